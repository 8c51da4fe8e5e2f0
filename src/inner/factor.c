/* Matrix factorizations of the inner floor (LADR 6.B, 7.C): QR with orthonormal Q and Cholesky
 * L L^T where the field has square roots (the kernels; QQ has none and points to the exact
 * forms), the exact QR A = Q' R' (Gram–Schmidt on A's columns, the gram_schmidt kernel with the
 * standard inner product) and A = L D L^T (the ldl kernel) on both fields. The floor checks the
 * arguments and answers the zero sizes. */
#include "inner_internal.h"

/* AXLE_EDOMAIN when the m x n A cannot have full column rank because m < n. */
static axle_status check_tall(const axle_matrix *A)
{
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A);
    if (m >= n)
        return AXLE_OK;
    return ax_error(AXLE_EDOMAIN,
                    "A has %zu %s and %zu columns, so its rank is below %zu: QR needs linearly "
                    "independent columns",
                    m, ax_plural(m, "row", "rows"), n, n);
}

/* AXLE_EUNSUPPORTED for a factorization with square roots over a field without them. */
static axle_status no_square_roots(axle_field F, const char *what, const char *instead)
{
    return ax_error(AXLE_EUNSUPPORTED, "%s needs square roots, which %s does not have: %s", what,
                    axle_field_name(F), instead);
}

/* AXLE_EDIM unless A is square. */
static axle_status check_square(const axle_matrix *A, const char *what)
{
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A);
    if (m == n)
        return AXLE_OK;
    return ax_error(AXLE_EDIM, "%s needs a square matrix, A is %zux%zu", what, m, n);
}

axle_status axle_matrix_qr(axle_matrix **Q, axle_matrix **R, const axle_matrix *A)
{
    if (R)
        *R = NULL;
    AX_OUT(Q);
    AX_OUT(R);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    axle_field F = axle_matrix_field(A);
    const ax_inner_kernels *K = ax_inner_kernels_of(F);
    if (!K->qr)
        return no_square_roots(F, "QR with an orthonormal Q",
                               "axle_matrix_qr_orthogonal gives the exact A = Q' R'");
    if ((s = check_tall(A)))
        return s;
    if (axle_matrix_cols(A) == 0) {
        if ((s = axle_matrix_new(Q, F, axle_matrix_rows(A), 0)) ||
            (s = axle_matrix_new(R, F, 0, 0))) {
            axle_matrix_free(*Q);
            *Q = NULL;
        }
        return s;
    }
    return K->qr(Q, R, A);
}

axle_status axle_matrix_qr_orthogonal(axle_matrix **Q, axle_matrix **R, axle_matrix **d,
                                      const axle_matrix *A)
{
    if (R)
        *R = NULL;
    if (d)
        *d = NULL;
    AX_OUT(Q);
    AX_OUT(R);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = check_tall(A)))
        return s;
    axle_field F = axle_matrix_field(A);
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A), dep = 0;
    axle_matrix *E = NULL, *r = NULL, *Rp = NULL;
    if (n == 0) {
        if (!(s = axle_matrix_new(&E, F, m, 0)) && !(s = axle_matrix_new(&r, F, 0, 1)))
            s = axle_matrix_new(&Rp, F, 0, 0);
    } else {
        const ax_inner_kernels *K = ax_inner_kernels_of(F);
        s = K->gram_schmidt(&E, &r, &Rp, &dep, NULL, A);
        if (s == AXLE_EDOMAIN)
            s = ax_error(AXLE_EDOMAIN,
                         "column %zu of A is in the span of the columns before it: QR needs "
                         "linearly independent columns",
                         dep + 1);
    }
    if (s) {
        axle_matrix_free(E);
        axle_matrix_free(r);
        axle_matrix_free(Rp);
        return s;
    }
    *Q = E;
    *R = Rp;
    if (d)
        *d = r;
    else
        axle_matrix_free(r);
    return AXLE_OK;
}

axle_status axle_matrix_cholesky(axle_matrix **L, const axle_matrix *A)
{
    AX_OUT(L);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    axle_field F = axle_matrix_field(A);
    const ax_inner_kernels *K = ax_inner_kernels_of(F);
    if (!K->cholesky)
        return no_square_roots(F, "Cholesky's L L^T",
                               "axle_matrix_ldl gives the exact A = L D L^T");
    if ((s = check_square(A, "Cholesky")))
        return s;
    if (axle_matrix_rows(A) == 0)
        return axle_matrix_new(L, F, 0, 0);
    return K->cholesky(L, A);
}

axle_status axle_matrix_ldl(axle_matrix **L, axle_matrix **D, const axle_matrix *A)
{
    if (D)
        *D = NULL;
    AX_OUT(L);
    AX_OUT(D);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = check_square(A, "LDL^T")))
        return s;
    axle_field F = axle_matrix_field(A);
    if (axle_matrix_rows(A) == 0) {
        if ((s = axle_matrix_new(L, F, 0, 0)) || (s = axle_matrix_new(D, F, 0, 1))) {
            axle_matrix_free(*L);
            *L = NULL;
        }
        return s;
    }
    const ax_inner_kernels *K = ax_inner_kernels_of(F);
    return K->ldl(L, D, A);
}
