/* axle internal: what the RR inner kernels (inner.c, inner_svd.c, inner_spectral.c) share: the
 * checked Cholesky factor of a Gram matrix, products with it and its inverse (BLAS triangular
 * products and solves), and the kernels of ax_inner_rr (src/backend.h).
 *
 * Matrix dimensions are below AXLE_MATRIX_MAX_ENTRIES < 2^31, so they fit lapack_int and BLAS's
 * int without a check. */
#ifndef AX_RR_INNER_H
#define AX_RR_INNER_H

#include "rr.h"

/* A = L L^T for the symmetric positive-definite RR A (n x n, n >= 1): *L a new lower-triangular
 * matrix (zeros above the diagonal, positive diagonal); dpotrf on a copy scaled by an even power
 * of two. AXLE_EDOMAIN when A is not symmetric (|a_ij - a_ji| > tol max|A|) or not positive
 * definite (dpotrf fails, or the smallest pivot L_kk^2 is <= tol times the largest), with the
 * messages of the ldl kernel (src/backend.h); tol = axle_rr_effective_tolerance(n, n). */
axle_status ax_rr_chol(axle_matrix **L, const axle_matrix *A);

/* The Cholesky factor of a kernel's Gram argument: *L = NULL for G = NULL (the identity),
 * otherwise ax_rr_chol(G). */
axle_status ax_rr_gram_factor(axle_matrix **L, const axle_matrix *G);

/* In place, for L lower triangular n x n (nothing when L is NULL, the identity):
 *   ax_rr_lt_mul:   X := L^T X   (X n x k)
 *   ax_rr_lt_solve: X := L^-T X  (X n x k)
 *   ax_rr_mul_lt:   X := X L^T   (X k x n)
 *   ax_rr_solve_lt: X := X L^-T  (X k x n) */
void ax_rr_lt_mul(axle_matrix *X, const axle_matrix *L);
void ax_rr_lt_solve(axle_matrix *X, const axle_matrix *L);
void ax_rr_mul_lt(axle_matrix *X, const axle_matrix *L);
void ax_rr_solve_lt(axle_matrix *X, const axle_matrix *L);

/* *N = LW^T M LV^-T (a new matrix; an L NULL is the identity): the matrix of the map with matrix
 * M in the orthonormal bases given by the columns of LV^-T and LW^-T. AXLE_ERANGE on overflow. */
axle_status ax_rr_orthonormal_matrix(axle_matrix **N, const axle_matrix *M, const axle_matrix *LW,
                                     const axle_matrix *LV);

/* A new matrix X Y^T or X Y (dgemm; X, Y packed RR matrices of compatible shapes). */
axle_status ax_rr_gemm(axle_matrix **out, const axle_matrix *X, const axle_matrix *Y, bool yt);

/* ax_error(s, fmt, x, y) with x and y written as axle_scalar_to_string writes a double: fmt has
 * one or two %s (y is ignored with one). AXLE_ENOMEM when the strings cannot be made. */
axle_status ax_rr_error_d(axle_status s, const char *fmt, double x, double y);

/* The kernels (src/backend.h, ax_inner_kernels). */
axle_status ax_rr_ldl(axle_matrix **L, axle_matrix **D, const axle_matrix *A);
axle_status ax_rr_symmetric(bool *out, const axle_matrix *A);
axle_status ax_rr_semidefinite(bool *out, const axle_matrix *A);
axle_status ax_rr_gram_schmidt(axle_matrix **E, axle_matrix **r, axle_matrix **Rp, size_t *dep,
                               const axle_matrix *G, const axle_matrix *V);
axle_status ax_rr_qr(axle_matrix **Q, axle_matrix **R, const axle_matrix *A);
axle_status ax_rr_cholesky(axle_matrix **L, const axle_matrix *A);
axle_status ax_rr_sqrt_string(char **out, const axle_scalar *r, axle_format fmt);
axle_status ax_rr_normalize(axle_matrix **out, const axle_matrix *e, const axle_scalar *r);
axle_status ax_rr_unit_scale(axle_matrix **w, char **s, const axle_matrix *e, const axle_scalar *r,
                             axle_format fmt);
/* inner_svd.c */
axle_status ax_rr_lstsq(axle_matrix **x, size_t *rank, axle_matrix **residual, const axle_matrix *A,
                        const axle_matrix *B);
axle_status ax_rr_pinv(axle_matrix **out, const axle_matrix *A);
axle_status ax_rr_inner_svd(ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                            const axle_matrix *GW);
/* inner_spectral.c */
axle_status ax_rr_spectral(axle_matrix **E, axle_matrix **r, axle_matrix **values,
                           const axle_matrix *A, const axle_matrix *G);
axle_status ax_rr_sqrt(axle_matrix **out, const axle_matrix *A, const axle_matrix *G);
axle_status ax_rr_polar(axle_matrix **S, axle_matrix **P, const axle_matrix *A,
                        const axle_matrix *G);

#endif
