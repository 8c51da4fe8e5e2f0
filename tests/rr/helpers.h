/* Helpers for the RR backend tests: small matrix algebra that aborts the test on failure, and a
 * few structured test matrices. */
#ifndef AXLE_TEST_RR_HELPERS_H
#define AXLE_TEST_RR_HELPERS_H

#include "support.h"

/* An RR matrix from row-major doubles. */
axle_matrix *rr_doubles(size_t rows, size_t cols, const double *v);

/* The QQ matrix A converted to RR. */
axle_matrix *rr_from_qq(const axle_matrix *A);

double rr_get(const axle_matrix *A, size_t i, size_t j);
/* The determinant as a double. */
double rr_det(const axle_matrix *A);

#endif
