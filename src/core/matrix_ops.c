/* Entry-wise matrix arithmetic that needs no kernel: transpose, sum, difference, scaling. */
#include <math.h>

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
