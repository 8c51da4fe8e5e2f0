/* The spaces F^n, P_m(F), F^{m,n}, products and duals: construction, reference counting, queries
 * and sameness. */
#include <stdio.h>
#include <stdlib.h>

#include "space/space_internal.h"

axle_status ax_check_space(const axle_space *V, const char *what)
{
    if (!V)
        return ax_error(AXLE_EINVAL, "%s is NULL; a space is required", what);
    return AXLE_OK;
}

axle_status ax_space_new(axle_space **out, axle_space_kind kind, axle_field F, size_t dim)
{
    *out = NULL;
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field %d: use AXLE_QQ or AXLE_RR", (int)F);
    axle_space *V = ax_calloc(1, sizeof *V);
    if (!V)
        return ax_nomem();
    atomic_init(&V->refs, 1);
    V->kind = kind;
    V->field = F;
    V->dim = dim;
    *out = V;
    return AXLE_OK;
}

axle_status ax_subspace_new(axle_space **out, const axle_space *V, axle_matrix *basis)
{
    axle_status s = ax_space_new(out, AXLE_SPACE_SUBSPACE, V->field, basis->cols);
    if (s) {
        axle_matrix_free(basis);
        return s;
    }
    (*out)->parent = axle_space_ref(V);
    (*out)->basis = basis;
    return AXLE_OK;
}

static axle_status check_size(size_t dim, const char *what)
{
    if (dim > AXLE_MATRIX_MAX_ENTRIES)
        return ax_error(AXLE_ERANGE, "%s would have dimension %zu, more than the limit %u", what,
                        dim, AXLE_MATRIX_MAX_ENTRIES);
    return AXLE_OK;
}

axle_status axle_space_fn(axle_space **out, axle_field F, size_t n)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_size(n, "F^n")))
        return s;
    if ((s = ax_space_new(out, AXLE_SPACE_FN, F, n)))
        return s;
    (*out)->cols = n;
    return AXLE_OK;
}

axle_status axle_space_poly(axle_space **out, axle_field F, size_t m)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_size(m, "P_m(F)")) || (s = ax_space_new(out, AXLE_SPACE_POLY, F, m + 1)))
        return s;
    (*out)->rows = m;
    return AXLE_OK;
}

axle_status axle_space_matrices(axle_space **out, axle_field F, size_t m, size_t n)
{
    size_t dim;
    AX_OUT(out);
    axle_status s;
    if (!ax_size_mul(&dim, m, n))
        return ax_error(AXLE_ERANGE, "F^{%zu,%zu} is too large to represent", m, n);
    if ((s = check_size(dim, "F^{m,n}")) || (s = ax_space_new(out, AXLE_SPACE_MATRICES, F, dim)))
        return s;
    (*out)->rows = m;
    (*out)->cols = n;
    return AXLE_OK;
}

axle_status axle_space_product(axle_space **out, const axle_space *const *parts, size_t k)
{
    AX_OUT(out);
    axle_status s;
    if (!parts)
        return ax_error(AXLE_EINVAL, "the list of factors parts is NULL");
    if (k == 0)
        return ax_error(AXLE_EINVAL, "a product needs at least one factor");
    size_t dim = 0;
    for (size_t i = 0; i < k; i++) {
        if (!parts[i])
            return ax_error(AXLE_EINVAL, "factor %zu of the product is NULL", i);
        if (parts[i]->field != parts[0]->field)
            return ax_error(AXLE_EFIELD,
                            "factor %zu of the product is over %s but factor 0 is "
                            "over %s",
                            i, axle_field_name(parts[i]->field), axle_field_name(parts[0]->field));
        dim += parts[i]->dim;
        if ((s = check_size(dim, "the product")))
            return s;
    }
    axle_space **p = ax_calloc(k, sizeof *p);
    if (!p)
        return ax_nomem();
    if ((s = ax_space_new(out, AXLE_SPACE_PRODUCT, parts[0]->field, dim))) {
        free(p);
        return s;
    }
    for (size_t i = 0; i < k; i++)
        p[i] = axle_space_ref(parts[i]);
    (*out)->parts = p;
    (*out)->nparts = k;
    return AXLE_OK;
}

axle_status axle_space_dual(axle_space **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "V")) || (s = ax_space_new(out, AXLE_SPACE_DUAL, V->field, V->dim)))
        return s;
    (*out)->parent = axle_space_ref(V);
    return AXLE_OK;
}

axle_space *axle_space_ref(const axle_space *V)
{
    axle_space *W = (axle_space *)V;
    if (W)
        atomic_fetch_add(&W->refs, 1);
    return W;
}

void axle_space_unref(const axle_space *V)
{
    axle_space *W = (axle_space *)V;
    if (!W || atomic_fetch_sub(&W->refs, 1) != 1)
        return;
    for (size_t i = 0; i < W->nparts; i++)
        axle_space_unref(W->parts[i]);
    free(W->parts);
    axle_space_unref(W->parent);
    axle_space_unref(W->divisor);
    axle_matrix_free(W->basis);
    axle_matrix_free(W->project);
    free(W);
}

axle_field axle_space_field(const axle_space *V)
{
    return V ? V->field : AXLE_QQ;
}

size_t axle_space_dim(const axle_space *V)
{
    return V ? V->dim : 0;
}

axle_space_kind axle_space_kind_of(const axle_space *V)
{
    return V ? V->kind : AXLE_SPACE_FN;
}

const axle_space *axle_space_parent(const axle_space *V)
{
    return V ? V->parent : NULL;
}

const axle_space *axle_space_divisor(const axle_space *V)
{
    return V ? V->divisor : NULL;
}

size_t axle_space_part_count(const axle_space *V)
{
    return V ? V->nparts : 0;
}

const axle_space *axle_space_part(const axle_space *V, size_t i)
{
    return V && i < V->nparts ? V->parts[i] : NULL;
}

/* Same ambient space and the same span of the bases (which have equal sizes). */
static axle_status same_subspace(bool *out, const axle_space *U, const axle_space *W)
{
    axle_status s = axle_space_equal(out, U->parent, W->parent);
    if (s || !*out)
        return s;
    axle_matrix *M;
    size_t r;
    if ((s = ax_mat_hcat(&M, U->basis, W->basis)))
        return s;
    if (!(s = axle_matrix_rank(&r, M)))
        *out = r == U->dim;
    axle_matrix_free(M);
    return s;
}

axle_status axle_space_equal(bool *out, const axle_space *V, const axle_space *W)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_space(V, "V")) || (s = ax_check_space(W, "W")))
        return s;
    if (V == W) {
        *out = true;
        return AXLE_OK;
    }
    *out = false;
    if (V->kind != W->kind || V->field != W->field || V->dim != W->dim || V->rows != W->rows ||
        V->cols != W->cols || V->nparts != W->nparts)
        return AXLE_OK;
    switch (V->kind) {
    case AXLE_SPACE_FN:
    case AXLE_SPACE_POLY:
    case AXLE_SPACE_MATRICES:
        *out = true;
        return AXLE_OK;
    case AXLE_SPACE_PRODUCT:
    case AXLE_SPACE_MAPS:
        for (size_t i = 0; i < V->nparts; i++)
            if ((s = axle_space_equal(out, V->parts[i], W->parts[i])) || !*out)
                return s;
        return AXLE_OK;
    case AXLE_SPACE_DUAL:
        return axle_space_equal(out, V->parent, W->parent);
    case AXLE_SPACE_QUOTIENT:
        return same_subspace(out, V->divisor, W->divisor);
    case AXLE_SPACE_SUBSPACE:
        return same_subspace(out, V, W);
    }
    return AXLE_OK;
}

axle_status ax_check_in(const axle_space *want, const axle_space *have, const char *what)
{
    bool same;
    axle_status s = axle_space_equal(&same, want, have);
    if (s || same)
        return s;
    char *a = ax_space_name(have), *b = ax_space_name(want);
    if (have->field != want->field)
        s = ax_error(AXLE_EFIELD, "%s is over %s but %s is over %s", what,
                     axle_field_name(have->field), b, axle_field_name(want->field));
    else
        s = ax_error(AXLE_EDIM, "%s is a vector of %s, not of %s", what, a, b);
    ax_name_free(a);
    ax_name_free(b);
    return s;
}

axle_status ax_check_list_named(const axle_space *V, const axle_vector *const *v, size_t k,
                                const char *Vname, const char *vname)
{
    axle_status s = ax_check_space(V, Vname);
    if (s)
        return s;
    if (k > 0 && !v)
        return ax_error(AXLE_EINVAL, "the list %s of %zu %s is NULL", vname, k,
                        ax_plural(k, "vector", "vectors"));
    char what[48];
    for (size_t i = 0; i < k; i++) {
        if (!v[i])
            return ax_error(AXLE_EINVAL, "vector %zu of the list is NULL", i);
        snprintf(what, sizeof what, "vector %zu of the list", i);
        if ((s = ax_check_in(V, v[i]->space, what)))
            return s;
    }
    return AXLE_OK;
}

axle_status ax_check_subspaces(const axle_space *U, const axle_space *W)
{
    axle_status s;
    if ((s = ax_check_space(U, "U")) || (s = ax_check_space(W, "W")))
        return s;
    if (U->kind != AXLE_SPACE_SUBSPACE || W->kind != AXLE_SPACE_SUBSPACE)
        return ax_error(AXLE_EINVAL,
                        "%s is not a subspace (make one with axle_space_span, "
                        "axle_space_whole, ...)",
                        U->kind != AXLE_SPACE_SUBSPACE ? "the first space" : "the second space");
    bool same;
    if ((s = axle_space_equal(&same, U->parent, W->parent)) || same)
        return s;
    char *a = ax_space_name(U->parent), *b = ax_space_name(W->parent);
    s = ax_error(U->field != W->field ? AXLE_EFIELD : AXLE_EDIM,
                 "the subspaces lie in different spaces: %s and %s", a, b);
    ax_name_free(a);
    ax_name_free(b);
    return s;
}
