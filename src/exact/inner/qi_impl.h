/* axle internal: the exact (QQ) inner kernels of the spectral family (src/backend.h,
 * ax_inner_kernels): singular values (svd.c), the spectral theorem (spectral.c), the positive
 * square root (sqrt.c) and the polar decomposition (polar.c), with what they share (common.c).
 * Built on the exact engine: the multimodular charpoly, factorization over Z, real root
 * isolation and algebraic square roots; eigenspaces from the multimodular null space kernel.
 * Every result is verified exactly before it is returned (AXLE_EUNCERTIFIED otherwise). Never
 * installed. */
#ifndef AX_QI_IMPL_H
#define AX_QI_IMPL_H

#include "axle/eigen.h"
#include "backend.h"
#include "exact/algebraic/alg_impl.h"
#include "exact/exact.h"

/* Work limits: k n^3 (n bits(A) / 640) for the k distinct rational eigenvalues of ax_qi_vectors
 * (one multimodular null space each, checked before the first; measured: k = 3 at n = 27 with
 * 3900-bit entries, 9.7e6, took 3.7 s, k = 27 there, 8.8e7, 9 s) and Σ (deg f)^2 n^3 for the square
 * root by invariant subspaces; the word operations of p(A) for the square root by Horner (sqrt.c).
 * Each is a few seconds on a loaded 2-core machine. */
#define AX_QI_MAX_WORK 1e8
#define AX_QI_MAX_EVAL_WORK 1e8
/* The square root by Horner only for Σ deg f <= this (the interpolant has degree one less). */
#define AX_QI_HORNER_MAX_DEGREE 8

/* The rational spectrum of a diagonalizable n x n matrix: its k distinct eigenvalues ascending,
 * their multiplicities (adding up to n) and, once ax_qi_vectors has run, E (n x n): the bases of
 * null(A - λ I) side by side, eigenvalue after eigenvalue. */
typedef struct ax_qi_rspec {
    size_t n, k;
    mpq_t *lam;
    size_t *mult;
    axle_matrix *E;
} ax_qi_rspec;

void ax_qi_rspec_clear(ax_qi_rspec *R);

/* χ(A) for the square QQ A through the charpoly kernel, with its dimension limit
 * (AXLE_EIGEN_MAX_DIM; `what` names the operation in the message). */
axle_status ax_qi_charpoly(axle_poly **chi, const axle_matrix *A, const char *what);

/* The eigenvalues of the n x n A, whose characteristic polynomial has only real roots (A is
 * self-adjoint for some inner product). When they are all rational: R->n, k, lam, mult set and
 * *roots NULL. Otherwise R stays empty and *roots is the list of the real roots of χ ascending
 * (AXLE_EUNCERTIFIED when they do not account for all n eigenvalues). */
axle_status ax_qi_values(ax_qi_rspec *R, axle_roots **roots, const axle_matrix *A,
                         const char *what);

/* R->E from the rational eigenvalues of R (ax_qi_values): null(A - λ I) for each, whose
 * dimension must be λ's multiplicity (A diagonalizable; AXLE_EUNCERTIFIED otherwise). AXLE_ERANGE
 * above AX_QI_MAX_WORK before the first null space. */
axle_status ax_qi_vectors(ax_qi_rspec *R, const axle_matrix *A, const char *what);

/* M(T*T) = GV^{-1} M^T GW M for M (m x n); GV, GW NULL for the identity. */
axle_status ax_qi_gram_product(axle_matrix **out, const axle_matrix *M, const axle_matrix *GV,
                               const axle_matrix *GW);

/* X^T G Y (G NULL: X^T Y). */
axle_status ax_qi_form(axle_matrix **out, const axle_matrix *X, const axle_matrix *G,
                       const axle_matrix *Y);

/* The irreducible factors of f(x²) appended to L, f irreducible with f(0) != 0: f(x²) itself, or
 * g(x) and g(-x) up to sign when the square roots of f's roots have degree deg f. */
axle_status ax_qi_square_factors(ax_zlist *L, const ax_zpoly *f);

/* The positive square root of A, positive for G: the semantics of the sqrt kernel, `what`
 * naming the operator in the messages ("T", "T*T"). ax_qi_sqrt is the dispatcher; the variants
 * (sqrt.c) are reachable for the tests. */
typedef enum ax_qi_sqrt_method {
    AX_QI_SQRT_AUTO,   /* Horner unless that is too large, then the blocks */
    AX_QI_SQRT_HORNER, /* p(A), p the interpolant of √λ */
    AX_QI_SQRT_BLOCKS  /* Z Y^{-1} from the invariant subspaces null f(A) */
} ax_qi_sqrt_method;
axle_status ax_qi_sqrt_with(axle_matrix **out, const axle_matrix *A, const axle_matrix *G,
                            const char *what, ax_qi_sqrt_method method);
axle_status ax_qi_sqrt(axle_matrix **out, const axle_matrix *A, const axle_matrix *G,
                       const char *what);

#endif
