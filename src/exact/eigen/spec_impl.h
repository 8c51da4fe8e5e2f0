/* axle internal: the exact (QQ) spectral kernel: eigenvalues as algebraic numbers, Jordan
 * structure from ranks over Q, eigenvectors and Jordan chains over Q(λ). Never installed. */
#ifndef AX_SPEC_IMPL_H
#define AX_SPEC_IMPL_H

#include "axle/eigen.h"
#include "backend.h"
#include "exact/algebraic/alg_impl.h"
#include "exact/numfield/nf_impl.h"

/* Work limits of the kernel (AXLE_ERANGE before the first root, see limits() in spectrum.c), in
 * operations on coordinates: n d^2 for the eigenvector of a simple eigenvalue of degree d > 1;
 * m^2 n d^3 + e n^3 d^2 for the other eigenspaces and chains over Q(λ) (d > 1); e m^3 for the
 * chains of a rational eigenvalue. Measured on a loaded 2-core machine: 2.6e6 (the chains of
 * [[R, I], [0, R]] 16 times, n = 64) took 2.0 s, 1.0e6 (40 rotations, n = 80) 2.1 s, 5.1e5 (a
 * simple eigenvalue of degree 80) about 1 s, 1.6e7 (a rational eigenvalue, m = 200, e = 2)
 * 1.2 s: each limit is a few seconds. */
#define AX_QS_MAX_SIMPLE_WORK 4e6
#define AX_QS_MAX_WORK 4e6
#define AX_QS_MAX_RATIONAL_WORK 6e7
/* Eigenvectors of simple eigenvalues of at most this degree are scaled to the standard form
 * (last nonzero coordinate 1); above, they keep integral coordinates (spectrum.c). */
#define AX_QS_NORMALISE_MAX_DEGREE 2

/* One irreducible factor f of χ and what all its roots (conjugates) share. */
typedef struct ax_qs_factor {
    ax_zpoly f;       /* primitive, positive leading coefficient, irreducible */
    size_t d, m, e;   /* degree; multiplicity in χ; in μ (the largest Jordan block) */
    size_t geo;       /* number of Jordan blocks = dim E(λ) */
    size_t *blocks;   /* geo sizes, descending */
    axle_numfield *K; /* Q(λ) = Q[x]/(f), generator named "lambda" */
    axle_nfmatrix *E; /* n x geo: eigenspace basis (standard form of axle_nfmatrix_null) */
    axle_nfmatrix *J; /* n x m: Jordan chains, one per block, blocks descending */
} ax_qs_factor;

typedef struct ax_qspec {
    size_t n, nf, count;
    ax_qs_factor *F;      /* nf factors, order of the factorization */
    axle_algebraic **val; /* count eigenvalues */
    size_t *fac;          /* the factor of each eigenvalue */
} ax_qspec;

/* The matrix A = Z / den with Z an integer matrix (row-major n x n mpz). */
typedef struct ax_qs_int {
    size_t n;
    mpz_t *z;
    mpz_t den;
} ax_qs_int;

axle_status ax_qs_int_init(ax_qs_int *Z, const axle_matrix *A);
void ax_qs_int_clear(ax_qs_int *Z);

/* (A − λ I) X over K = Q(λ) (λ the generator), X n x k over K (chains.c). */
axle_status ax_qs_shift_apply(axle_nfmatrix **out, const ax_qs_int *Z, const axle_nfmatrix *X);
/* The Jordan chains (n x m) of f in the generalized eigenspace G (n x m over K, the standard
 * null-space basis of (A − λI)^e) with the given block sizes (chains.c). */
axle_status ax_qs_chains(axle_nfmatrix **out, const ax_qs_int *Z, const axle_nfmatrix *G,
                         const size_t *blocks, size_t nblocks);
/* Verify the eigenvectors E and chains J of factor F by substitution (chains.c):
 * AXLE_EUNCERTIFIED naming the failure. */
axle_status ax_qs_verify(const ax_qs_int *Z, const ax_qs_factor *F);

/* The spectrum's operations (print.c). */
extern const ax_spectrum_ops ax_qs_ops;
void ax_qs_free(void *data);

#endif
