/* Vectors: construction from coordinates, reference counting, reading coordinates, arithmetic and
 * equality. A vector is a dim x 1 coordinate matrix plus a reference to its space. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "space/space_internal.h"

static axle_status check_vector(const axle_vector *v, const char *what)
{
    if (!v)
        return ax_error(AXLE_EINVAL, "%s is NULL; a vector is required", what);
    return AXLE_OK;
}

axle_status ax_vector_new(axle_vector **out, const axle_space *V, axle_matrix *c)
{
    axle_vector *v = ax_malloc(sizeof *v);
    if (!v) {
        axle_matrix_free(c);
        *out = NULL;
        return ax_nomem();
    }
    atomic_init(&v->refs, 1);
    v->space = axle_space_ref(V);
    v->c = c;
    *out = v;
    return AXLE_OK;
}

axle_status ax_list_matrix_named(axle_matrix **out, const axle_space *V,
                                 const axle_vector *const *v, size_t k, const char *Vname,
                                 const char *vname)
{
    *out = NULL;
    axle_status s = ax_check_list_named(V, v, k, Vname, vname);
    if (s || (s = ax_matrix_alloc(out, V->field, V->dim, k)))
        return s;
    for (size_t j = 0; j < k && !s; j++)
        s = ax_mat_paste(*out, 0, j, v[j]->c);
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

axle_status axle_vector_from_coords(axle_vector **out, const axle_space *V, const axle_matrix *c)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "V")))
        return s;
    if (!c)
        return ax_error(AXLE_EINVAL, "the coordinate matrix c is NULL");
    if (c->field != V->field)
        return ax_error(AXLE_EFIELD, "the coordinates are over %s but the space is over %s",
                        axle_field_name(c->field), axle_field_name(V->field));
    bool column = c->cols == 1 && c->rows == V->dim, row = c->rows == 1 && c->cols == V->dim;
    if (!column && !row) {
        char *name = ax_space_name(V);
        if (c->cols == 1 || c->rows == 1) {
            size_t n = c->cols == 1 ? c->rows : c->cols;
            s = ax_error(AXLE_EDIM, "vector has %zu %s but the space %s has dimension %zu", n,
                         ax_plural(n, "coordinate", "coordinates"), name, V->dim);
        } else {
            s = ax_error(AXLE_EDIM, "coordinates must be a column or a row, not a %zux%zu matrix",
                         c->rows, c->cols);
        }
        ax_name_free(name);
        return s;
    }
    axle_matrix *copy;
    if ((s = column ? axle_matrix_copy(&copy, c) : axle_matrix_transpose(&copy, c)))
        return s;
    return ax_vector_new(out, V, copy);
}

axle_status axle_vector_from_ints(axle_vector **out, const axle_space *V, const long *c, size_t n)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "V")))
        return s;
    if (n != V->dim) {
        char *name = ax_space_name(V);
        s = ax_error(AXLE_EDIM, "vector has %zu %s but the space %s has dimension %zu", n,
                     ax_plural(n, "coordinate", "coordinates"), name, V->dim);
        ax_name_free(name);
        return s;
    }
    if (n > 0 && !c)
        return ax_error(AXLE_EINVAL, "the coordinate array c is NULL");
    axle_matrix *m;
    if ((s = axle_matrix_from_ints(&m, V->field, n, 1, c)))
        return s;
    return ax_vector_new(out, V, m);
}

axle_status axle_vector_zero(axle_vector **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *m;
    if ((s = ax_check_space(V, "V")) || (s = ax_matrix_alloc(&m, V->field, V->dim, 1)))
        return s;
    return ax_vector_new(out, V, m);
}

axle_status axle_vector_standard(axle_vector **out, const axle_space *V, size_t j)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "V")))
        return s;
    if (j >= V->dim)
        return ax_error(AXLE_ERANGE, "basis index %zu is out of range: the space has dimension %zu",
                        j, V->dim);
    axle_matrix *m;
    if ((s = ax_matrix_alloc(&m, V->field, V->dim, 1)))
        return s;
    if ((s = axle_matrix_set_frac(m, j, 0, 1, 1))) {
        axle_matrix_free(m);
        return s;
    }
    return ax_vector_new(out, V, m);
}

axle_vector *axle_vector_ref(const axle_vector *v)
{
    axle_vector *w = (axle_vector *)v;
    if (w)
        atomic_fetch_add(&w->refs, 1);
    return w;
}

void axle_vector_unref(const axle_vector *v)
{
    axle_vector *w = (axle_vector *)v;
    if (!w || atomic_fetch_sub(&w->refs, 1) != 1)
        return;
    axle_space_unref(w->space);
    axle_matrix_free(w->c);
    free(w);
}

const axle_space *axle_vector_space(const axle_vector *v)
{
    return v ? v->space : NULL;
}

axle_status axle_vector_coords(axle_matrix **out, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_vector(v, "v")))
        return s;
    return axle_matrix_copy(out, v->c);
}

axle_status axle_vector_coord(axle_scalar **out, const axle_vector *v, size_t i)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_vector(v, "v")))
        return s;
    if (i >= v->space->dim)
        return ax_error(AXLE_ERANGE, "coordinate %zu is out of range: the space has dimension %zu",
                        i, v->space->dim);
    return axle_matrix_get(out, v->c, i, 0);
}

/* Both vectors present and in the same space. */
static axle_status check_pair(const axle_vector *v, const axle_vector *w)
{
    axle_status s;
    if ((s = check_vector(v, "the first vector")) || (s = check_vector(w, "the second vector")))
        return s;
    return ax_check_in(v->space, w->space, "the second vector");
}

static axle_status add_sub(axle_vector **out, const axle_vector *v, const axle_vector *w, bool sub)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *m;
    if ((s = check_pair(v, w)) ||
        (s = sub ? axle_matrix_sub(&m, v->c, w->c) : axle_matrix_add(&m, v->c, w->c)))
        return s;
    return ax_vector_new(out, v->space, m);
}

axle_status axle_vector_add(axle_vector **out, const axle_vector *v, const axle_vector *w)
{
    return add_sub(out, v, w, false);
}

axle_status axle_vector_sub(axle_vector **out, const axle_vector *v, const axle_vector *w)
{
    return add_sub(out, v, w, true);
}

static axle_status check_scalar(const axle_scalar *c, axle_field F, const char *what)
{
    if (!c)
        return ax_error(AXLE_EINVAL, "%s is NULL; a scalar is required", what);
    if (axle_scalar_field(c) != F)
        return ax_error(AXLE_EFIELD, "%s is over %s but the vector is over %s", what,
                        axle_field_name(axle_scalar_field(c)), axle_field_name(F));
    return AXLE_OK;
}

axle_status axle_vector_scale(axle_vector **out, const axle_scalar *c, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *m;
    if ((s = check_vector(v, "v")) || (s = check_scalar(c, v->space->field, "the scalar c")) ||
        (s = axle_matrix_scale(&m, c, v->c)))
        return s;
    return ax_vector_new(out, v->space, m);
}

axle_status axle_vector_lincomb(axle_vector **out, const axle_space *V, const axle_scalar *const *c,
                                const axle_vector *const *v, size_t k)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_list(V, v, k)))
        return s;
    if (k > 0 && !c)
        return ax_error(AXLE_EINVAL, "the coefficient array c is NULL");
    char what[48];
    for (size_t i = 0; i < k; i++) {
        snprintf(what, sizeof what, "coefficient %zu", i);
        if ((s = check_scalar(c[i], V->field, what)))
            return s;
    }
    axle_matrix *acc, *term = NULL, *next = NULL;
    if ((s = ax_matrix_alloc(&acc, V->field, V->dim, 1)))
        return s;
    for (size_t i = 0; i < k && !s; i++) {
        if (!(s = axle_matrix_scale(&term, c[i], v[i]->c)) &&
            !(s = axle_matrix_add(&next, acc, term))) {
            axle_matrix_free(acc);
            acc = next;
        }
        axle_matrix_free(term);
        term = NULL;
    }
    if (s) {
        axle_matrix_free(acc);
        return s;
    }
    return ax_vector_new(out, V, acc);
}

axle_status axle_vector_equal(bool *out, const axle_vector *v, const axle_vector *w)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_pair(v, w)))
        return s;
    /* (v; s) and (w; s) are dependent exactly when v = w; over RR that is a rank decision. */
    double scale = fmax(ax_mat_max_abs(v->c), ax_mat_max_abs(w->c));
    if (!(scale > 0) || !isfinite(scale))
        scale = 1;
    size_t n = v->space->dim, r;
    axle_matrix *M;
    if ((s = ax_matrix_alloc(&M, v->space->field, n + 1, 2)))
        return s;
    if (!(s = ax_mat_paste(M, 0, 0, v->c)) && !(s = ax_mat_paste(M, 0, 1, w->c)) &&
        !(s = axle_matrix_set_double(M, n, 0, scale)) &&
        !(s = axle_matrix_set_double(M, n, 1, scale)) && !(s = axle_matrix_rank(&r, M)))
        *out = r < 2;
    axle_matrix_free(M);
    return s;
}

static axle_status check_subspace(const axle_space *U, const char *what)
{
    axle_status s = ax_check_space(U, what);
    if (s)
        return s;
    if (U->kind != AXLE_SPACE_SUBSPACE) {
        char *name = ax_space_name(U);
        s = ax_error(AXLE_EINVAL, "%s must be a subspace, but it is %s", what, name);
        ax_name_free(name);
    }
    return s;
}

axle_status axle_vector_embed(axle_vector **out, const axle_vector *u)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *m;
    if ((s = check_vector(u, "u")) || (s = check_subspace(u->space, "the vector's space")) ||
        (s = axle_matrix_mul(&m, u->space->basis, u->c)))
        return s;
    return ax_vector_new(out, u->space->parent, m);
}

axle_status axle_vector_restrict(axle_vector **out, const axle_space *U, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    bool in;
    if ((s = check_subspace(U, "U")) || (s = check_vector(v, "v")) ||
        (s = axle_space_contains(&in, U, v)))
        return s;
    axle_matrix *x = NULL;
    if (in && (s = axle_matrix_solve(&x, NULL, U->basis, v->c)) && s != AXLE_ENOSOLUTION)
        return s;
    if (!x) {
        char *name = ax_space_name(U);
        s = ax_error(AXLE_EDOMAIN, "the vector is not in the %s", name);
        ax_name_free(name);
        return s;
    }
    return ax_vector_new(out, U, x);
}
