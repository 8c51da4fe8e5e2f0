/* The trace of a square matrix: the sum of its diagonal entries (LADR 8.D). */
#include <math.h>

#include "core/internal.h"

axle_status axle_matrix_trace(axle_scalar **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "the trace needs a square matrix, A is %zux%zu", A->rows,
                        A->cols);
    if (A->field == AXLE_RR) {
        double t = 0;
        for (size_t i = 0; i < A->rows; i++)
            t += AX_D(A, i, i);
        if (!isfinite(t))
            return ax_error(AXLE_ERANGE, "the trace of the %zux%zu matrix A overflows double range",
                            A->rows, A->cols);
        return ax_scalar_from_d(out, t);
    }
    mpq_t t;
    mpq_init(t);
    for (size_t i = 0; i < A->rows; i++)
        mpq_add(t, t, AX_Q(A, i, i));
    s = ax_scalar_from_mpq(out, AXLE_QQ, t);
    mpq_clear(t);
    return s;
}
