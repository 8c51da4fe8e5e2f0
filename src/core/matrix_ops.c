/* Matrix operations that need no kernel: transpose, sum, difference, scaling, and the block
 * copies (sub-matrices, chosen columns, concatenation, pasting) that the floors above the backend
 * line use instead of moving entries one by one. */
#include <math.h>
#include <string.h>

#include "internal.h"

axle_status axle_matrix_transpose(axle_matrix **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    axle_matrix *T;
    if ((s = ax_matrix_alloc(&T, A->field, A->cols, A->rows)))
        return s;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++) {
            if (A->field == AXLE_QQ)
                mpq_set(AX_Q(T, j, i), AX_Q(A, i, j));
            else
                AX_D(T, j, i) = AX_D(A, i, j);
        }
    *out = T;
    return AXLE_OK;
}

static axle_status add_sub(axle_matrix **out, const axle_matrix *A, const axle_matrix *B, bool sub)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_check_matrix(B, "B")) ||
        (s = ax_check_same_field(A, B, "A", "B")))
        return s;
    if (A->rows != B->rows || A->cols != B->cols)
        return ax_error(AXLE_EDIM, "cannot %s a %zux%zu matrix and a %zux%zu matrix",
                        sub ? "subtract" : "add", A->rows, A->cols, B->rows, B->cols);
    axle_matrix *C;
    if ((s = ax_matrix_alloc(&C, A->field, A->rows, A->cols)))
        return s;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++) {
            if (A->field == AXLE_QQ) {
                if (sub)
                    mpq_sub(AX_Q(C, i, j), AX_Q(A, i, j), AX_Q(B, i, j));
                else
                    mpq_add(AX_Q(C, i, j), AX_Q(A, i, j), AX_Q(B, i, j));
            } else {
                double r = sub ? AX_D(A, i, j) - AX_D(B, i, j) : AX_D(A, i, j) + AX_D(B, i, j);
                if (!isfinite(r)) {
                    axle_matrix_free(C);
                    return ax_error(AXLE_ERANGE, "entry (%zu, %zu) of the %s overflows", i, j,
                                    sub ? "difference" : "sum");
                }
                AX_D(C, i, j) = r;
            }
        }
    *out = C;
    return AXLE_OK;
}

axle_status axle_matrix_add(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    return add_sub(out, A, B, false);
}

axle_status axle_matrix_sub(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    return add_sub(out, A, B, true);
}

axle_status axle_matrix_scale(axle_matrix **out, const axle_scalar *c, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (!c)
        return ax_error(AXLE_EINVAL, "scalar c is NULL");
    if (c->field != A->field)
        return ax_error(AXLE_EFIELD, "cannot scale a %s matrix by a %s scalar",
                        axle_field_name(A->field), axle_field_name(c->field));
    axle_matrix *C;
    if ((s = ax_matrix_alloc(&C, A->field, A->rows, A->cols)))
        return s;
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++) {
            if (A->field == AXLE_QQ) {
                mpq_mul(AX_Q(C, i, j), c->q, AX_Q(A, i, j));
            } else {
                double r = c->d * AX_D(A, i, j);
                if (!isfinite(r)) {
                    axle_matrix_free(C);
                    return ax_error(AXLE_ERANGE, "entry (%zu, %zu) of the product overflows", i, j);
                }
                AX_D(C, i, j) = r;
            }
        }
    *out = C;
    return AXLE_OK;
}

/* dst(di + i, dj + j) = src(si + i, c_j) for i < rows, j < cols, where c_j = idx[j], or sj + j
 * when idx is NULL. Each field in its storage order: RR one memcpy per column (column-major),
 * QQ mpq_set along the rows (row-major). The caller has checked fields and ranges. */
static void copy_block(axle_matrix *dst, size_t di, size_t dj, const axle_matrix *src, size_t si,
                       size_t sj, const size_t *idx, size_t rows, size_t cols)
{
    if (rows == 0)
        return;
    if (src->field == AXLE_RR) {
        for (size_t j = 0; j < cols; j++)
            memcpy(&AX_D(dst, di, dj + j), &AX_D(src, si, idx ? idx[j] : sj + j),
                   rows * sizeof *src->d);
        return;
    }
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            mpq_set(AX_Q(dst, di + i, dj + j), AX_Q(src, si + i, idx ? idx[j] : sj + j));
}

/* Whether [start, start + count) lies within [0, n). */
static bool span_fits(size_t start, size_t count, size_t n)
{
    return count <= n && start <= n - count;
}

/* A new rows x cols matrix over A's field filled from A by copy_block, or NULL on failure. */
static axle_status extract(axle_matrix **out, const axle_matrix *A, size_t i0, size_t rows,
                           size_t j0, const size_t *idx, size_t cols)
{
    axle_status s = ax_matrix_alloc(out, A->field, rows, cols);
    if (!s)
        copy_block(*out, 0, 0, A, i0, j0, idx, rows, cols);
    return s;
}

axle_status ax_matrix_block(axle_matrix **out, const axle_matrix *A, size_t i0, size_t rows,
                            size_t j0, size_t cols)
{
    *out = NULL;
    if (!span_fits(i0, rows, A->rows) || !span_fits(j0, cols, A->cols))
        return ax_error(AXLE_ERANGE,
                        "the %zux%zu block at (%zu, %zu) does not fit in a %zux%zu matrix", rows,
                        cols, i0, j0, A->rows, A->cols);
    return extract(out, A, i0, rows, j0, NULL, cols);
}

axle_status ax_matrix_pick_cols(axle_matrix **out, const axle_matrix *A, const size_t *idx,
                                size_t k)
{
    *out = NULL;
    for (size_t j = 0; j < k; j++)
        if (idx[j] >= A->cols)
            return ax_error(AXLE_ERANGE, "column %zu is outside a matrix of %zu %s", idx[j],
                            A->cols, ax_plural(A->cols, "column", "columns"));
    return extract(out, A, 0, A->rows, 0, idx, k);
}

axle_status ax_matrix_paste(axle_matrix *dst, size_t i0, size_t j0, const axle_matrix *src)
{
    axle_status s = ax_check_same_field(dst, src, "the target", "the block");
    if (s)
        return s;
    if (!span_fits(i0, src->rows, dst->rows) || !span_fits(j0, src->cols, dst->cols))
        return ax_error(AXLE_ERANGE,
                        "a %zux%zu block at (%zu, %zu) does not fit in a %zux%zu matrix", src->rows,
                        src->cols, i0, j0, dst->rows, dst->cols);
    /* dst may be a packed result (core/internal.h): its entries get their own limbs first */
    if (src->rows && src->cols && (s = ax_matrix_qq_unpack(dst)))
        return s;
    copy_block(dst, i0, j0, src, 0, 0, NULL, src->rows, src->cols);
    return AXLE_OK;
}

/* [A | B] (beside) or [A ; B] (below). */
static axle_status concat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B,
                          bool beside)
{
    *out = NULL;
    axle_status s = ax_check_same_field(A, B, "the first block", "the second block");
    if (s)
        return s;
    if (beside ? A->rows != B->rows : A->cols != B->cols)
        return ax_error(AXLE_EDIM, "cannot put a %zux%zu matrix %s a %zux%zu matrix", B->rows,
                        B->cols, beside ? "beside" : "below", A->rows, A->cols);
    size_t rows = beside ? A->rows : A->rows + B->rows, cols = beside ? A->cols + B->cols : A->cols;
    if (rows < A->rows || cols < A->cols)
        return ax_error(AXLE_ERANGE,
                        "the concatenation of a %zux%zu and a %zux%zu matrix is too "
                        "large",
                        A->rows, A->cols, B->rows, B->cols);
    if ((s = ax_matrix_alloc(out, A->field, rows, cols)))
        return s;
    copy_block(*out, 0, 0, A, 0, 0, NULL, A->rows, A->cols);
    copy_block(*out, beside ? 0 : A->rows, beside ? A->cols : 0, B, 0, 0, NULL, B->rows, B->cols);
    return AXLE_OK;
}

axle_status ax_matrix_hcat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    return concat(out, A, B, true);
}

axle_status ax_matrix_vcat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    return concat(out, A, B, false);
}
