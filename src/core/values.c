/* A growing list of values of one field, stored as the field stores them: readers collect a
 * matrix's entries before they know its shape (the RR side keeps doubles, 8 bytes an entry). */
#include <math.h>
#include <stdlib.h>

#include "format.h"

void ax_values_free(ax_values *E)
{
    if (E->q) {
        for (size_t k = 0; k < E->count; k++)
            mpq_clear(E->q[k]);
        free(E->q);
    }
    free(E->d);
    E->q = NULL;
    E->d = NULL;
    E->count = E->capacity = 0;
}

/* Room for one more value, the one whose text is at offset pos. */
static axle_status grow(ax_values *E, size_t pos)
{
    if (E->count < E->capacity)
        return AXLE_OK;
    if (E->capacity >= AXLE_MATRIX_MAX_ENTRIES)
        return ax_error_at(AXLE_ERANGE, pos, "the matrix has more than %u entries",
                           AXLE_MATRIX_MAX_ENTRIES);
    size_t cap = E->capacity ? 2 * E->capacity : 16, bytes;
    if (cap > AXLE_MATRIX_MAX_ENTRIES)
        cap = AXLE_MATRIX_MAX_ENTRIES;
    if (E->field == AXLE_QQ) {
        mpq_t *q = ax_size_mul(&bytes, cap, sizeof *q) ? ax_realloc(E->q, bytes) : NULL;
        if (!q)
            return ax_nomem();
        E->q = q;
    } else {
        double *d = ax_size_mul(&bytes, cap, sizeof *d) ? ax_realloc(E->d, bytes) : NULL;
        if (!d)
            return ax_nomem();
        E->d = d;
    }
    E->capacity = cap;
    return AXLE_OK;
}

axle_status ax_values_push(ax_values *E, mpq_t v, size_t pos)
{
    axle_status s = grow(E, pos);
    if (s)
        return s;
    if (E->field == AXLE_QQ) {
        mpq_init(E->q[E->count]);
        mpq_swap(E->q[E->count++], v);
        return AXLE_OK;
    }
    double d = ax_mpq_get_d(v);
    if (isinf(d))
        return ax_error_at(AXLE_ERANGE, pos,
                           "the number at offset %zu is beyond the range of a double", pos);
    E->d[E->count++] = d;
    return AXLE_OK;
}

axle_status ax_values_to_matrix(axle_matrix **out, ax_values *E, size_t rows, size_t cols)
{
    axle_status s = ax_matrix_alloc(out, E->field, rows, cols);
    if (s)
        return s;
    axle_matrix *A = *out;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            if (A->field == AXLE_QQ)
                mpq_swap(AX_Q(A, i, j), E->q[i * cols + j]);
            else
                AX_D(A, i, j) = E->d[i * cols + j];
        }
    return AXLE_OK;
}
