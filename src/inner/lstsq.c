/* Least squares and the pseudoinverse (LADR 6.68). For matrices and for maps between spaces with
 * standard inner products the field's kernels answer (QQ exact on integers through a full-rank
 * factorization, RR dgelsd / dgesdd); the floor checks the arguments and answers the zero sizes.
 * For other inner products the generic construction, exact over QQ: the minimum-norm minimizer
 * lies in (null T)⊥ = range T*, whose coordinates are range(GV^{-1} M^T); with B a basis of it
 * (the canonical column space), x = B z where z minimizes ‖M B z − w‖ in GW, so that the normal
 * equations (B^T M^T GW M B) z = B^T M^T GW w have a positive-definite matrix (M B has full
 * column rank). T⁺ is the same with w running through W's standard basis. */
#include <math.h>

#include "inner_internal.h"

/* ‖B_j‖² of each column of B (m x k) in a new 1 x k matrix: the residuals when nothing can be
 * fitted. */
static axle_status column_norms(axle_matrix **out, const axle_matrix *B)
{
    size_t k = axle_matrix_cols(B);
    axle_matrix *R = NULL;
    axle_status s = axle_matrix_new(&R, axle_matrix_field(B), 1, k);
    for (size_t j = 0; j < k && !s; j++) {
        axle_matrix *c = NULL, *ct = NULL, *n2 = NULL;
        axle_scalar *x = NULL;
        if (!(s = ax_matrix_block(&c, B, 0, axle_matrix_rows(B), j, 1)) &&
            !(s = axle_matrix_transpose(&ct, c)) && !(s = axle_matrix_mul(&n2, ct, c)) &&
            !(s = axle_matrix_get(&x, n2, 0, 0)))
            s = axle_matrix_set(R, 0, j, x);
        axle_matrix_free(c);
        axle_matrix_free(ct);
        axle_matrix_free(n2);
        axle_scalar_free(x);
    }
    if (s)
        axle_matrix_free(R);
    else
        *out = R;
    return s;
}

axle_status axle_matrix_lstsq(axle_matrix **x, size_t *rank, axle_matrix **residual_squared,
                              const axle_matrix *A, const axle_matrix *B)
{
    if (residual_squared)
        *residual_squared = NULL;
    AX_OUT(x);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_check_matrix(B, "B")) ||
        (s = ax_check_same_field(A, B, "the matrix", "the right-hand side")))
        return s;
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A), k = axle_matrix_cols(B);
    if (axle_matrix_rows(B) != m)
        return ax_error(AXLE_EDIM, "the matrix has %zu %s but the right-hand side has %zu", m,
                        ax_plural(m, "row", "rows"), axle_matrix_rows(B));
    axle_field F = axle_matrix_field(A);
    if (m && n && k) {
        const ax_inner_kernels *K = ax_inner_kernels_of(F);
        return K->lstsq(x, rank, residual_squared, A, B);
    }
    /* nothing to fit (no equations, no unknowns) or nothing to solve for: x = 0 */
    size_t r = 0;
    if (!k && (s = axle_matrix_rank(&r, A)))
        return s;
    if ((s = axle_matrix_new(x, F, n, k)))
        return s;
    if (residual_squared && (s = column_norms(residual_squared, B))) {
        axle_matrix_free(*x);
        *x = NULL;
        return s;
    }
    if (rank)
        *rank = r;
    return AXLE_OK;
}

axle_status axle_matrix_pinv(axle_matrix **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s = ax_check_matrix(A, "A");
    if (s)
        return s;
    axle_field F = axle_matrix_field(A);
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A);
    if (!m || !n)
        return axle_matrix_new(out, F, n, m);
    const ax_inner_kernels *K = ax_inner_kernels_of(F);
    return K->pinv(out, A);
}

/* The minimum-norm (in ipV) least-squares solutions (in ipW) of M x = w for the columns of Wc
 * (m x k): a new n x k matrix. */
static axle_status lstsq_gram(axle_matrix **out, const axle_matrix *M, const axle_inner *ipV,
                              const axle_inner *ipW, const axle_matrix *Wc)
{
    *out = NULL;
    axle_field F = axle_matrix_field(M);
    size_t n = axle_matrix_cols(M), k = axle_matrix_cols(Wc);
    axle_matrix *Mb = NULL, *Ms = NULL, *B = NULL, *MB = NULL, *N = NULL, *rhs = NULL, *z = NULL,
                *x = NULL;
    axle_scalar *c = NULL;
    int e;
    /* (2^-e M)⁺ = 2^e M⁺: a tiny or huge M is balanced first (its normal equations would underflow
     * or overflow) and the solution scaled back */
    axle_status s = ax_inner_balance(&Mb, &e, M);
    if (s)
        return s;
    if (Mb)
        M = Mb;
    /* B: a basis of range T* = (null T)⊥ */
    if ((s = ax_inner_adjoint_matrix(&Ms, M, ax_inner_kernel_gram(ipV), NULL)) ||
        (s = ax_matrix_colspace(&B, Ms)))
        goto done;
    if (axle_matrix_cols(B) == 0) {
        s = axle_matrix_new(out, F, n, k);
        goto done;
    }
    if ((s = ax_map_check_product(M, B, "least squares")) || (s = axle_matrix_mul(&MB, M, B)))
        goto done;
    ax_map_chop(MB, M, B);
    if ((s = ax_inner_form(&N, ipW, MB, MB)) || (s = ax_inner_form(&rhs, ipW, MB, Wc)) ||
        (s = axle_matrix_solve(&z, NULL, N, rhs)) || (s = axle_matrix_mul(&x, B, z)))
        goto done;
    ax_map_chop(x, B, z);
    if (!Mb) {
        *out = x;
        x = NULL;
    } else if (!(s = axle_scalar_from_double(&c, F, ldexp(1.0, -e)))) {
        s = axle_matrix_scale(out, c, x);
    }
done:
    axle_scalar_free(c);
    axle_matrix_free(x);
    axle_matrix_free(Mb);
    axle_matrix_free(Ms);
    axle_matrix_free(B);
    axle_matrix_free(MB);
    axle_matrix_free(N);
    axle_matrix_free(rhs);
    axle_matrix_free(z);
    return s;
}

axle_status axle_map_lstsq(axle_vector **out, const axle_inner *ipV, const axle_inner *ipW,
                           const axle_map *T, const axle_vector *w)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_matrix *wc = NULL, *x = NULL;
    axle_status s = ax_inner_map_matrix(&M, ipV, ipW, T, "least squares");
    if (s || (s = ax_inner_vector_coords(&wc, ipW, w, "w", "least squares")))
        return s;
    s = axle_inner_is_standard(ipV) && axle_inner_is_standard(ipW)
            ? axle_matrix_lstsq(&x, NULL, NULL, M, wc)
            : lstsq_gram(&x, M, ipV, ipW, wc);
    if (!s)
        s = axle_vector_from_coords(out, T->V, x);
    axle_matrix_free(wc);
    axle_matrix_free(x);
    return s;
}

axle_status axle_map_pseudoinverse(axle_map **out, const axle_inner *ipV, const axle_inner *ipW,
                                   const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s = ax_inner_map_matrix(&M, ipV, ipW, T, "the pseudoinverse");
    if (s)
        return s;
    axle_matrix *P = NULL, *I = NULL;
    if (axle_inner_is_standard(ipV) && axle_inner_is_standard(ipW)) {
        s = axle_matrix_pinv(&P, M);
    } else {
        if (!(s = axle_matrix_identity(&I, axle_matrix_field(M), axle_matrix_rows(M))))
            s = lstsq_gram(&P, M, ipV, ipW, I);
        axle_matrix_free(I);
    }
    if (s)
        return s;
    return ax_map_new(out, T->W, T->V, P);
}
