/* Helpers for the RR backend tests: small matrix algebra that aborts the test on failure, and a
 * few structured test matrices. */
#ifndef AXLE_TEST_RR_HELPERS_H
#define AXLE_TEST_RR_HELPERS_H

#include "support.h"

/* The n x n Hilbert matrix 1 / (i + j + 1) over F. */
axle_matrix *rr_hilbert(axle_field F, size_t n);
/* An RR matrix from row-major doubles. */
axle_matrix *rr_doubles(size_t rows, size_t cols, const double *v);

axle_matrix *rr_mul(const axle_matrix *A, const axle_matrix *B);
axle_matrix *rr_sub(const axle_matrix *A, const axle_matrix *B);
axle_matrix *rr_transpose(const axle_matrix *A);
axle_matrix *rr_eye(size_t n);
/* The QQ matrix A converted to RR. */
axle_matrix *rr_from_qq(const axle_matrix *A);

double rr_get(const axle_matrix *A, size_t i, size_t j);
/* Frobenius norm. */
double rr_frob(const axle_matrix *A);
/* ||A B - C||_F / max(1, ||A||_F ||B||_F + ||C||_F): the relative defect of A B = C. */
double rr_defect(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C);
/* The determinant as a double. */
double rr_det(const axle_matrix *A);

#endif
