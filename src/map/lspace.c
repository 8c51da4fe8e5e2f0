/* L(V, W) as a space (LADR 3.40, 3.61): its vectors are maps, with coordinates the entries of
 * M(T) row by row; and functionals as maps V -> F^1 (3.118). */
#include <stdlib.h>

#include "map/map_internal.h"

axle_status axle_space_maps(axle_space **out, const axle_space *V, const axle_space *W)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_map_check_spaces(V, W)))
        return s;
    axle_space **parts = ax_calloc(2, sizeof *parts);
    if (!parts)
        return ax_nomem();
    if ((s = ax_space_new(out, AXLE_SPACE_MAPS, V->field, V->dim * W->dim))) {
        free(parts);
        return s;
    }
    parts[0] = axle_space_ref(V);
    parts[1] = axle_space_ref(W);
    (*out)->parts = parts;
    (*out)->nparts = 2;
    (*out)->rows = W->dim;
    (*out)->cols = V->dim;
    return AXLE_OK;
}

/* Copy the entries of A (m x n) into a new (m n) x 1 column, row by row, or back when `back`:
 * the column A into a new m x n matrix. Exact on both fields. */
static axle_status reshape(axle_matrix **out, const axle_matrix *A, size_t m, size_t n, bool back)
{
    axle_status s = axle_matrix_new(out, axle_matrix_field(A), back ? m : m * n, back ? n : 1);
    mpq_t q;
    mpq_init(q);
    for (size_t k = 0; k < m * n && !s; k++) {
        size_t i = k / n, j = k % n;
        if (!(s = axle_matrix_get_mpq(q, A, back ? k : i, back ? 0 : j)))
            s = axle_matrix_set_mpq(*out, back ? i : k, back ? j : 0, q);
    }
    mpq_clear(q);
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

axle_status axle_map_to_vector(axle_vector **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    axle_space *L = NULL;
    axle_matrix *c = NULL;
    if (!(s = ax_check_map(T, "T")) && !(s = axle_space_maps(&L, T->V, T->W)) &&
        !(s = reshape(&c, T->M, T->W->dim, T->V->dim, false)))
        s = ax_vector_new(out, L, c);
    axle_space_unref(L);
    return s;
}

axle_status axle_map_from_vector(axle_map **out, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    const axle_space *L = v->space;
    if (L->kind != AXLE_SPACE_MAPS) {
        char *name = ax_space_name(L);
        s = ax_error(AXLE_EINVAL, "v is a vector of %s, not of a space of maps L(V, W)", name);
        ax_name_free(name);
        return s;
    }
    axle_matrix *M;
    if ((s = reshape(&M, v->c, L->rows, L->cols, true)))
        return s;
    return ax_map_new(out, L->parts[0], L->parts[1], M);
}

axle_status axle_map_to_functional(axle_vector **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    if (T->W->kind != AXLE_SPACE_FN || T->W->dim != 1) {
        char *name = ax_space_name(T->W);
        s = ax_error(AXLE_EDIM, "a functional maps into %s^1, but T maps into %s",
                     axle_field_name(T->W->field), name);
        ax_name_free(name);
        return s;
    }
    axle_space *D = NULL;
    axle_matrix *c = NULL;
    if (!(s = axle_space_dual(&D, T->V)) && !(s = axle_matrix_transpose(&c, T->M)))
        s = ax_vector_new(out, D, c);
    axle_space_unref(D);
    return s;
}

axle_status axle_map_from_functional(axle_map **out, const axle_vector *phi)
{
    AX_OUT(out);
    axle_status s;
    if (!phi)
        return ax_error(AXLE_EINVAL, "phi is NULL; a vector is required");
    if (phi->space->kind != AXLE_SPACE_DUAL) {
        char *name = ax_space_name(phi->space);
        s = ax_error(AXLE_EINVAL, "phi is a vector of %s, not of a dual space V'", name);
        ax_name_free(name);
        return s;
    }
    axle_space *W = NULL;
    axle_matrix *M = NULL;
    if (!(s = axle_space_fn(&W, phi->space->field, 1)) && !(s = axle_matrix_transpose(&M, phi->c)))
        s = ax_map_new(out, phi->space->parent, W, M);
    axle_space_unref(W);
    return s;
}
