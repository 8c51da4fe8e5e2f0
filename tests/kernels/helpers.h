/* Helpers of the kernel suite, which runs every matrix kernel property over both fields: each
 * check is exact over QQ and holds to a norm-scaled tolerance over RR. Each helper aborts the
 * current test on failure. */
#ifndef AXLE_TEST_KERNELS_HELPERS_H
#define AXLE_TEST_KERNELS_HELPERS_H

#include "support.h"

/* A matrix of F from row-major doubles (exact binary values in QQ). */
axle_matrix *km_doubles(axle_field F, size_t rows, size_t cols, const double *v);

/* Assert A B = C: over QQ exactly, over RR ||A B - C||_F <= tol max(1, ||A||_F ||B||_F + ||C||_F)
 * (a relative backward error). */
void km_assert_product(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C, double tol,
                       const char *what);
/* Assert A = B: over QQ exactly, over RR entrywise within tol max(1, max |entry|) (ts_close). */
void km_assert_close(const axle_matrix *A, const axle_matrix *B, double tol, const char *what);

/* det A (as a double for RR comparisons and as a new scalar). */
axle_scalar *km_det(const axle_matrix *A);
/* Assert x = y: over QQ exactly, over RR |x - y| <= tol * scale. */
void km_assert_scalar(const axle_scalar *x, const axle_scalar *y, double tol, double scale,
                      const char *what);
/* The scalar num/den of F. */
axle_scalar *km_frac(axle_field F, long num, long den);

#endif
