/* Coordinate-matrix helpers for the space module: slicing and concatenation (core's block
 * copies), canonical column-space bases and prefix-rank pivots. Field-generic: no storage is read
 * here, and every decision is a rank from the backend's kernels. */
#include <math.h>

#include "space/space_internal.h"

axle_status ax_mat_paste(axle_matrix *dst, size_t i0, size_t j0, const axle_matrix *src)
{
    return ax_matrix_paste(dst, i0, j0, src);
}

axle_status ax_mat_cols(axle_matrix **out, const axle_matrix *A, size_t start, size_t count)
{
    return ax_matrix_block(out, A, 0, A->rows, start, count);
}

axle_status ax_mat_rows(axle_matrix **out, const axle_matrix *A, size_t start, size_t count)
{
    return ax_matrix_block(out, A, start, count, 0, A->cols);
}

axle_status ax_mat_pick(axle_matrix **out, const axle_matrix *A, const size_t *idx, size_t k)
{
    return ax_matrix_pick_cols(out, A, idx, k);
}

axle_status ax_mat_hcat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    return ax_matrix_hcat(out, A, B);
}

axle_status ax_mat_colspace(axle_matrix **out, const axle_matrix *A)
{
    return ax_matrix_colspace(out, A);
}

axle_status ax_mat_prefix_rank(size_t *out, const axle_matrix *A, size_t j)
{
    if (j == 0) {
        *out = 0;
        return AXLE_OK;
    }
    axle_matrix *P;
    axle_status s = ax_mat_cols(&P, A, 0, j);
    if (s)
        return s;
    s = axle_matrix_rank(out, P);
    axle_matrix_free(P);
    return s;
}

/* Pivots among columns [lo, hi) given r_lo = rank of the first lo columns, r_hi of the first hi. */
static axle_status pivots_between(size_t *piv, size_t *count, const axle_matrix *A, size_t lo,
                                  size_t r_lo, size_t hi, size_t r_hi)
{
    if (r_hi <= r_lo)
        return AXLE_OK;
    if (hi - lo == 1) {
        piv[(*count)++] = lo;
        return AXLE_OK;
    }
    size_t mid = lo + (hi - lo) / 2, r_mid;
    axle_status s = ax_mat_prefix_rank(&r_mid, A, mid);
    if (s || (s = pivots_between(piv, count, A, lo, r_lo, mid, r_mid)))
        return s;
    return pivots_between(piv, count, A, mid, r_mid, hi, r_hi);
}

axle_status ax_mat_pivots_from(size_t *piv, size_t *count, const axle_matrix *A, size_t lo)
{
    size_t r, r_lo, n = 0;
    axle_status s = axle_matrix_rank(&r, A);
    if (s || (s = ax_mat_prefix_rank(&r_lo, A, lo)) ||
        (s = pivots_between(piv, &n, A, lo, r_lo, A->cols, r)))
        return s;
    *count = n;
    return AXLE_OK;
}

axle_status ax_mat_leading_pivots(size_t *piv, size_t *count, const axle_matrix *A)
{
    return ax_mat_pivots_from(piv, count, A, 0);
}

axle_status ax_mat_first_dependent(size_t *out, const axle_matrix *A)
{
    /* The prefix of length j is independent iff its rank is j; that property only fails from
     * some point on, so bisect for the shortest dependent prefix. */
    size_t lo = 0, hi = A->cols, r; /* prefix lo is independent; the answer is in [lo, hi] */
    axle_status s = axle_matrix_rank(&r, A);
    if (s)
        return s;
    if (r == A->cols) {
        *out = A->cols;
        return AXLE_OK;
    }
    while (hi - lo > 1) { /* invariant: prefix hi is dependent */
        size_t mid = lo + (hi - lo) / 2;
        if ((s = ax_mat_prefix_rank(&r, A, mid)))
            return s;
        if (r == mid)
            lo = mid;
        else
            hi = mid;
    }
    *out = hi - 1;
    return AXLE_OK;
}

axle_status ax_mat_in_colspace(bool *out, const axle_matrix *A, const axle_matrix *b)
{
    axle_matrix *Ab;
    size_t r1, r2;
    axle_status s = ax_mat_hcat(&Ab, A, b);
    if (s)
        return s;
    if (!(s = axle_matrix_rank(&r1, A)) && !(s = axle_matrix_rank(&r2, Ab)))
        *out = r2 == r1;
    axle_matrix_free(Ab);
    return s;
}

double ax_mat_max_abs(const axle_matrix *A)
{
    double best = 0, x;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++)
            if (!axle_matrix_get_double(&x, A, i, j) && fabs(x) > best)
                best = fabs(x);
    return best;
}
