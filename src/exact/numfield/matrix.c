/* Matrices over Q(α): storage, construction from QQ matrices (A and A − cI), entries, products. */
#include <stdlib.h>

#include "exact/numfield/nf_impl.h"

axle_status ax_nfmatrix_check(const axle_nfmatrix *M, const char *what)
{
    if (!M)
        return ax_error(AXLE_EINVAL, "the number-field matrix %s is NULL", what);
    return AXLE_OK;
}

axle_status ax_nfmatrix_alloc(axle_nfmatrix **out, const axle_numfield *K, size_t rows, size_t cols)
{
    size_t count;
    if (!ax_size_mul(&count, rows, cols) || count > AXLE_MATRIX_MAX_ENTRIES)
        return ax_error(AXLE_ERANGE, "a %zu x %zu matrix has too many entries (at most %u)", rows,
                        cols, AXLE_MATRIX_MAX_ENTRIES);
    axle_nfmatrix *M = ax_malloc(sizeof *M);
    if (!M)
        return ax_nomem();
    if (!ax_nfv_init_array(K, &M->e, count)) {
        free(M);
        return ax_nomem();
    }
    M->K = axle_numfield_ref(K);
    M->rows = rows;
    M->cols = cols;
    *out = M;
    return AXLE_OK;
}

void axle_nfmatrix_free(axle_nfmatrix *M)
{
    if (!M)
        return;
    ax_nfv_clear_array(M->K, M->e, M->rows * M->cols);
    axle_numfield_unref(M->K);
    free(M);
}

axle_status axle_nfmatrix_new(axle_nfmatrix **out, const axle_numfield *K, size_t rows, size_t cols)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_numfield_check(K, "K")))
        return s;
    return ax_nfmatrix_alloc(out, K, rows, cols);
}

axle_status ax_nf_check_qq(const axle_matrix *A)
{
    axle_status s = ax_check_matrix(A, "A");
    if (s)
        return s;
    if (axle_matrix_field(A) != AXLE_QQ)
        return ax_error(AXLE_EFIELD,
                        "a matrix over a number field is built from a QQ matrix, not an RR one "
                        "(convert it with axle_matrix_convert)");
    return AXLE_OK;
}

axle_status axle_nfmatrix_from_matrix(axle_nfmatrix **out, const axle_numfield *K,
                                      const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_numfield_check(K, "K")) || (s = ax_nf_check_qq(A)))
        return s;
    if ((s = ax_nfmatrix_alloc(out, K, A->rows, A->cols)))
        return s;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++)
            ax_nfv_set_mpq(K, &AX_NFE(*out, i, j), AX_Q(A, i, j));
    return AXLE_OK;
}

axle_status axle_nfmatrix_from_shift(axle_nfmatrix **out, const axle_matrix *A,
                                     const axle_nfelem *c)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(c, "c")) || (s = ax_nf_check_qq(A)))
        return s;
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "A - cI needs a square matrix A, not %zu x %zu", A->rows,
                        A->cols);
    const axle_numfield *K = c->K;
    ax_nfws w;
    if (!ax_nfws_init(K, &w))
        return ax_nomem();
    if (!(s = axle_nfmatrix_from_matrix(out, K, A)))
        for (size_t i = 0; i < A->rows; i++)
            ax_nfv_sub(K, &w, &AX_NFE(*out, i, i), &AX_NFE(*out, i, i), &c->v);
    ax_nfws_clear(&w);
    return s;
}

axle_status axle_nfmatrix_copy(axle_nfmatrix **out, const axle_nfmatrix *M)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")) || (s = ax_nfmatrix_alloc(out, M->K, M->rows, M->cols)))
        return s;
    for (size_t k = 0; k < M->rows * M->cols; k++)
        ax_nfv_set(M->K, &(*out)->e[k], &M->e[k]);
    return AXLE_OK;
}

const axle_numfield *axle_nfmatrix_field(const axle_nfmatrix *M)
{
    return M ? M->K : NULL;
}

size_t axle_nfmatrix_rows(const axle_nfmatrix *M)
{
    return M ? M->rows : 0;
}

size_t axle_nfmatrix_cols(const axle_nfmatrix *M)
{
    return M ? M->cols : 0;
}

static axle_status check_index(const axle_nfmatrix *M, size_t i, size_t j)
{
    if (i >= M->rows || j >= M->cols)
        return ax_error(AXLE_ERANGE, "entry (%zu, %zu) is outside a %zu x %zu matrix", i, j,
                        M->rows, M->cols);
    return AXLE_OK;
}

axle_status axle_nfmatrix_get(axle_nfelem **out, const axle_nfmatrix *M, size_t i, size_t j)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")) || (s = check_index(M, i, j)) ||
        (s = ax_nfelem_alloc(out, M->K)))
        return s;
    ax_nfv_set(M->K, &(*out)->v, &AX_NFE(M, i, j));
    return AXLE_OK;
}

axle_status axle_nfmatrix_set(axle_nfmatrix *M, size_t i, size_t j, const axle_nfelem *x)
{
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")) || (s = ax_nfelem_check(x, "x")) ||
        (s = check_index(M, i, j)) || (s = ax_nf_check_same(M->K, x->K)))
        return s;
    ax_nfv_set(M->K, &AX_NFE(M, i, j), &x->v);
    return AXLE_OK;
}

bool axle_nfmatrix_equal(const axle_nfmatrix *M, const axle_nfmatrix *N)
{
    if (!M || !N || !ax_nf_same(M->K, N->K) || M->rows != N->rows || M->cols != N->cols)
        return false;
    for (size_t k = 0; k < M->rows * M->cols; k++)
        if (!ax_nfv_equal(M->K, &M->e[k], &N->e[k]))
            return false;
    return true;
}

bool axle_nfmatrix_is_zero(const axle_nfmatrix *M)
{
    if (!M)
        return false;
    for (size_t k = 0; k < M->rows * M->cols; k++)
        if (!ax_nfv_is_zero(M->K, &M->e[k]))
            return false;
    return true;
}

axle_status axle_nfmatrix_mul(axle_nfmatrix **out, const axle_nfmatrix *M, const axle_nfmatrix *N)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")) || (s = ax_nfmatrix_check(N, "N")) ||
        (s = ax_nf_check_same(M->K, N->K)))
        return s;
    if (M->cols != N->rows)
        return ax_error(AXLE_EDIM, "cannot multiply a %zu x %zu matrix by a %zu x %zu matrix",
                        M->rows, M->cols, N->rows, N->cols);
    const axle_numfield *K = M->K;
    ax_nfws w;
    ax_nfv t;
    if (!ax_nfws_init(K, &w))
        return ax_nomem();
    if (!ax_nfv_init(K, &t)) {
        ax_nfws_clear(&w);
        return ax_nomem();
    }
    if (!(s = ax_nfmatrix_alloc(out, K, M->rows, N->cols))) {
        for (size_t i = 0; i < M->rows; i++)
            for (size_t k = 0; k < M->cols; k++) {
                const ax_nfv *a = &AX_NFE(M, i, k);
                if (ax_nfv_is_zero(K, a))
                    continue;
                for (size_t j = 0; j < N->cols; j++) {
                    const ax_nfv *b = &AX_NFE(N, k, j);
                    if (ax_nfv_is_zero(K, b))
                        continue;
                    ax_nfv_mul(K, &w, &t, a, b);
                    ax_nfv_add(K, &w, &AX_NFE(*out, i, j), &AX_NFE(*out, i, j), &t);
                }
            }
    }
    ax_nfv_clear(K, &t);
    ax_nfws_clear(&w);
    return s;
}
