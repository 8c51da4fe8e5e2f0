/* Reduced row echelon form, rank and null space over Q(α) by Gauss–Jordan elimination on
 * canonical field elements. The RREF is unique, so the pivot row may be chosen freely: the
 * nonzero candidate of smallest size (bits of its coefficients and denominator) keeps the
 * multipliers small. Cost for an m x n matrix of rank r: r inversions and at most r m n
 * multiply-subtracts (each O(deg^2) integer products plus a reduction mod the modulus); entries
 * that are zero are skipped, so sparse inputs such as A − αI with integer A cost less. */
#include <stdlib.h>

#include "exact/numfield/nf_impl.h"

static void swap_rows(axle_nfmatrix *R, size_t a, size_t b)
{
    for (size_t j = 0; j < R->cols; j++) {
        ax_nfv t = AX_NFE(R, a, j);
        AX_NFE(R, a, j) = AX_NFE(R, b, j);
        AX_NFE(R, b, j) = t;
    }
}

axle_status ax_nf_gauss_jordan(axle_nfmatrix *R, size_t *pivots, size_t *rank)
{
    const axle_numfield *K = R->K;
    size_t m = R->rows, n = R->cols, r = 0;
    ax_nfws w;
    ax_nfv inv, tmp;
    if (!ax_nfws_init(K, &w))
        return ax_nomem();
    if (!ax_nfv_init(K, &inv)) {
        ax_nfws_clear(&w);
        return ax_nomem();
    }
    if (!ax_nfv_init(K, &tmp)) {
        ax_nfv_clear(K, &inv);
        ax_nfws_clear(&w);
        return ax_nomem();
    }
    axle_status s = AXLE_OK;
    for (size_t j = 0; j < n && r < m && !s; j++) {
        size_t best = m, best_size = 0;
        for (size_t i = r; i < m; i++) {
            if (ax_nfv_is_zero(K, &AX_NFE(R, i, j)))
                continue;
            size_t sz = ax_nfv_size(K, &AX_NFE(R, i, j));
            if (best == m || sz < best_size) {
                best = i;
                best_size = sz;
            }
        }
        if (best == m)
            continue;
        if (best != r)
            swap_rows(R, best, r);
        /* entries left of column j in row r are zero: earlier pivot columns were cleared, and
         * earlier non-pivot columns were zero in rows r.. already */
        if (!ax_nfv_is_one(K, &AX_NFE(R, r, j))) {
            if ((s = ax_nfv_inv(K, &inv, &AX_NFE(R, r, j))))
                break;
            for (size_t c = j + 1; c < n; c++)
                if (!ax_nfv_is_zero(K, &AX_NFE(R, r, c)))
                    ax_nfv_mul(K, &w, &AX_NFE(R, r, c), &AX_NFE(R, r, c), &inv);
            ax_nfv_set_si(K, &AX_NFE(R, r, j), 1);
        }
        for (size_t i = 0; i < m; i++) {
            ax_nfv *f = &AX_NFE(R, i, j);
            if (i == r || ax_nfv_is_zero(K, f))
                continue;
            for (size_t c = j + 1; c < n; c++)
                if (!ax_nfv_is_zero(K, &AX_NFE(R, r, c)))
                    ax_nfv_submul(K, &w, &AX_NFE(R, i, c), f, &AX_NFE(R, r, c), &tmp);
            ax_nfv_set_si(K, f, 0);
        }
        if (pivots)
            pivots[r] = j;
        r++;
    }
    ax_nfv_clear(K, &tmp);
    ax_nfv_clear(K, &inv);
    ax_nfws_clear(&w);
    *rank = r;
    return s;
}

axle_status axle_nfmatrix_rref(axle_nfmatrix **out, size_t *pivots, size_t *rank,
                               const axle_nfmatrix *M)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")) || (s = axle_nfmatrix_copy(out, M)))
        return s;
    size_t r = 0;
    if ((s = ax_nf_gauss_jordan(*out, pivots, &r))) {
        axle_nfmatrix_free(*out);
        *out = NULL;
        return s;
    }
    if (rank)
        *rank = r;
    return AXLE_OK;
}

axle_status axle_nfmatrix_rank(size_t *out, const axle_nfmatrix *M)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    axle_nfmatrix *R;
    size_t r = 0;
    if ((s = axle_nfmatrix_rref(&R, NULL, &r, M)))
        return s;
    axle_nfmatrix_free(R);
    *out = r;
    return AXLE_OK;
}

axle_status axle_nfmatrix_null(axle_nfmatrix **out, const axle_nfmatrix *M)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")))
        return s;
    size_t n = M->cols, r = 0;
    size_t *piv = ax_calloc(n ? n : 1, sizeof *piv);
    bool *is_piv = ax_calloc(n ? n : 1, sizeof *is_piv);
    axle_nfmatrix *R = NULL;
    if (!piv || !is_piv) {
        s = ax_nomem();
        goto done;
    }
    if ((s = axle_nfmatrix_rref(&R, piv, &r, M)))
        goto done;
    for (size_t i = 0; i < r; i++)
        is_piv[piv[i]] = true;
    if ((s = ax_nfmatrix_alloc(out, M->K, n, n - r)))
        goto done;
    /* free column fc gives the vector with 1 in place fc and -R[i][fc] in place piv[i] */
    for (size_t fc = 0, t = 0; fc < n; fc++) {
        if (is_piv[fc])
            continue;
        ax_nfv_set_si(M->K, &AX_NFE(*out, fc, t), 1);
        for (size_t i = 0; i < r; i++)
            ax_nfv_neg(M->K, &AX_NFE(*out, piv[i], t), &AX_NFE(R, i, fc));
        t++;
    }
done:
    axle_nfmatrix_free(R);
    free(piv);
    free(is_piv);
    return s;
}
