/* The RR spectral-theorem kernels (src/backend.h): the spectral decomposition, the positive
 * square root and the polar decomposition of an operator A on (F^n, G), G = L L^T.
 *
 * In the G-orthonormal basis of the columns of L^-T the operator A has the matrix
 * S = L^T A L^-T = L^-1 (G A) L^-T, symmetric when A is self-adjoint (G A symmetric; the floor
 * checks it; S is formed as L^T A L^-T, one triangular product and one solve). dsyevd on (S +
 * S^T)/2 gives S = Y Λ Y^T with Y orthogonal, so the eigenvectors of A are x = L^-T y
 * (G-orthonormal: r = 1) and √A = L^-T (Y Λ^1/2 Y^T) L^T, computed as B B^T with B = Y Λ^1/4 so
 * that the middle factor is symmetric positive semidefinite by construction. The polar
 * decomposition comes from the SVD S = Ũ Σ Ṽ^T (any A, singular too): A = S_A P_A with the isometry
 * S_A = L^-T Ũ Ṽ^T L^T and the positive P_A = L^-T Ṽ Σ Ṽ^T L^T. O(n^3). */
#include <stdlib.h>
#include <string.h>

#include "inner_rr.h"

/* The symmetric eigendecomposition of A for G: *L (G's factor, NULL for the identity), *Y the
 * orthonormal eigenvectors of the symmetric part of S = L^T A L^-T (a new n x n matrix), w their
 * eigenvalues (n entries, ascending, the caller's). */
static axle_status decompose(axle_matrix **L, axle_matrix **Y, double *w, const axle_matrix *A,
                             const axle_matrix *G)
{
    *L = *Y = NULL;
    size_t n = A->rows;
    axle_matrix *S = NULL;
    axle_status s;
    if ((s = ax_rr_gram_factor(L, G)) || (s = ax_rr_orthonormal_matrix(&S, A, *L, *L)) ||
        (s = ax_matrix_alloc_rr_unset(Y, n, n)))
        goto done;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            AX_D(*Y, i, j) = 0.5 * AX_D(S, i, j) + 0.5 * AX_D(S, j, i);
    s = ax_rr_syevd((*Y)->d, w, n, true);
done:
    axle_matrix_free(S);
    if (s) {
        axle_matrix_free(*L);
        axle_matrix_free(*Y);
        *L = *Y = NULL;
    }
    return s;
}

axle_status ax_rr_spectral(axle_matrix **E, axle_matrix **r, axle_matrix **values,
                           const axle_matrix *A, const axle_matrix *G)
{
    axle_matrix **outs[] = {E, r, values};
    for (size_t i = 0; i < 3; i++)
        if (outs[i])
            *outs[i] = NULL;
    size_t n = A->rows;
    axle_matrix *L = NULL, *Y = NULL, *rm = NULL, *vm = NULL;
    axle_status s;
    if ((s = ax_matrix_alloc_rr_unset(&vm, n, 1)) || (s = decompose(&L, &Y, vm->d, A, G)) ||
        (s = ax_matrix_alloc_rr_unset(&rm, n, 1)))
        goto done;
    for (size_t i = 0; i < n; i++)
        AX_D(rm, i, 0) = 1.0;
    ax_rr_lt_solve(Y, L); /* x = L^-T y */
    if ((s = ax_rr_check_finite(Y, "an eigenvector")))
        goto done;
    axle_matrix **made[] = {&Y, &rm, &vm};
    for (size_t i = 0; i < 3; i++)
        if (outs[i]) {
            *outs[i] = *made[i];
            *made[i] = NULL;
        }
done:
    axle_matrix_free(L);
    axle_matrix_free(Y);
    axle_matrix_free(rm);
    axle_matrix_free(vm);
    return s;
}

/* *out = L^-T (B B^T) L^T for the n x n B (a new matrix). */
static axle_status conjugate_square(axle_matrix **out, const axle_matrix *B, const axle_matrix *L,
                                    const char *what)
{
    axle_status s = ax_rr_gemm(out, B, B, true);
    if (s)
        return s;
    ax_rr_lt_solve(*out, L);
    ax_rr_mul_lt(*out, L);
    if ((s = ax_rr_check_finite(*out, what))) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

axle_status ax_rr_sqrt(axle_matrix **out, const axle_matrix *A, const axle_matrix *G)
{
    *out = NULL;
    size_t n = A->rows;
    axle_matrix *L = NULL, *Y = NULL;
    double *w = ax_malloc(n * sizeof *w);
    if (!w)
        return ax_nomem();
    axle_status s = decompose(&L, &Y, w, A, G);
    if (!s) {
        for (size_t j = 0; j < n; j++) { /* B = Y Λ^1/4 */
            double c = sqrt(sqrt(fmax(w[j], 0.0)));
            for (size_t i = 0; i < n; i++)
                AX_D(Y, i, j) *= c;
        }
        s = conjugate_square(out, Y, L, "the square root");
    }
    free(w);
    axle_matrix_free(L);
    axle_matrix_free(Y);
    return s;
}

axle_status ax_rr_polar(axle_matrix **S, axle_matrix **P, const axle_matrix *A,
                        const axle_matrix *G)
{
    if (S)
        *S = NULL;
    if (P)
        *P = NULL;
    size_t n = A->rows;
    axle_matrix *L = NULL, *N = NULL, *Sm = NULL, *Pm = NULL, *U = NULL, *V = NULL;
    ax_rr_svd svd = {0};
    axle_status s;
    if ((s = ax_rr_gram_factor(&L, G)) || (s = ax_rr_orthonormal_matrix(&N, A, L, L)) ||
        (s = ax_rr_svd_compute_full(&svd, N)) || (s = ax_matrix_alloc_rr_unset(&U, n, n)) ||
        (s = ax_matrix_alloc_rr_unset(&V, n, n)))
        goto done;
    /* 2^-e N = U diag(s) V^T: V = the rows of vt as columns */
    memcpy(U->d, svd.u, n * n * sizeof *svd.u);
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            AX_D(V, i, j) = svd.vt[j + i * n];
    if (S) { /* L^-T U V^T L^T */
        if ((s = ax_rr_gemm(&Sm, U, V, true)))
            goto done;
        ax_rr_lt_solve(Sm, L);
        ax_rr_mul_lt(Sm, L);
        if ((s = ax_rr_check_finite(Sm, "the isometry")))
            goto done;
    }
    if (P) { /* L^-T (B B^T) L^T, B = V Σ^1/2 */
        for (size_t j = 0; j < n; j++) {
            double c = sqrt(ax_rr_pow2(svd.s[j], svd.e));
            for (size_t i = 0; i < n; i++)
                AX_D(V, i, j) *= c;
        }
        if ((s = conjugate_square(&Pm, V, L, "the positive factor")))
            goto done;
    }
    if (S)
        *S = Sm;
    if (P)
        *P = Pm;
    Sm = Pm = NULL;
done:
    ax_rr_svd_free(&svd);
    axle_matrix *list[] = {L, N, Sm, Pm, U, V};
    for (size_t i = 0; i < sizeof list / sizeof *list; i++)
        axle_matrix_free(list[i]);
    return s;
}
