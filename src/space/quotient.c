/* Quotient spaces V/U (LADR 3E). The basis of V/U is w_1 + U, ..., w_k + U for the basis of the
 * complement W of U (axle_space_complement), so V = U ⊕ W and dim V/U = dim V - dim U. With
 * P = [B_U | B_W]^(-1), the coordinates of v + U are the last k entries of P v: the W-part of
 * v. */
#include "space/space_internal.h"

axle_status axle_space_quotient(axle_space **out, const axle_space *U)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(U, "U")))
        return s;
    if (U->kind != AXLE_SPACE_SUBSPACE) {
        char *name = ax_space_name(U);
        s = ax_error(AXLE_EINVAL, "a quotient V/U needs a subspace U, but %s is not one", name);
        ax_name_free(name);
        return s;
    }
    const axle_space *V = U->parent;
    axle_space *W = NULL, *Q = NULL;
    axle_matrix *M = NULL, *P = NULL, *proj = NULL, *basis = NULL;
    if (!(s = axle_space_complement(&W, U)) && !(s = ax_mat_hcat(&M, U->basis, W->basis)) &&
        !(s = axle_matrix_inverse(&P, M)) && !(s = ax_mat_rows(&proj, P, U->dim, W->dim)) &&
        !(s = axle_matrix_copy(&basis, W->basis)) &&
        !(s = ax_space_new(&Q, AXLE_SPACE_QUOTIENT, V->field, W->dim))) {
        Q->parent = axle_space_ref(V);
        Q->divisor = axle_space_ref(U);
        Q->basis = basis;
        Q->project = proj;
        basis = proj = NULL;
        *out = Q;
    }
    axle_space_unref(W);
    axle_matrix_free(M);
    axle_matrix_free(P);
    axle_matrix_free(proj);
    axle_matrix_free(basis);
    return s;
}

static axle_status check_quotient(const axle_space *Q)
{
    axle_status s = ax_check_space(Q, "Q");
    if (s)
        return s;
    if (Q->kind != AXLE_SPACE_QUOTIENT) {
        char *name = ax_space_name(Q);
        s = ax_error(AXLE_EINVAL, "%s is not a quotient space V/U", name);
        ax_name_free(name);
    }
    return s;
}

axle_status axle_vector_coset(axle_vector **out, const axle_space *Q, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_quotient(Q)))
        return s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    axle_matrix *c;
    if ((s = ax_check_in(Q->parent, v->space, "the representative")) ||
        (s = axle_matrix_mul(&c, Q->project, v->c)))
        return s;
    /* Over RR, a v in U leaves rounding noise in place of the zero coset: clear it, relative to
     * the size of the data it was computed from (no-op over QQ). */
    ax_matrix_chop(c, ax_mat_max_abs(Q->project) * ax_mat_max_abs(v->c) *
                          (double)(Q->project->cols ? Q->project->cols : 1));
    return ax_vector_new(out, Q, c);
}

axle_status axle_vector_representative(axle_vector **out, const axle_vector *c)
{
    AX_OUT(out);
    axle_status s;
    if (!c)
        return ax_error(AXLE_EINVAL, "the coset c is NULL; a vector is required");
    axle_matrix *v;
    if ((s = check_quotient(c->space)) || (s = axle_matrix_mul(&v, c->space->basis, c->c)))
        return s;
    return ax_vector_new(out, c->space->parent, v);
}

axle_status axle_vector_same_coset(bool *out, const axle_space *Q, const axle_vector *v,
                                   const axle_vector *w)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_quotient(Q)))
        return s;
    if (!v || !w)
        return ax_error(AXLE_EINVAL, "vector %s is NULL", v ? "w" : "v");
    axle_vector *d;
    if ((s = ax_check_in(Q->parent, v->space, "the first vector")) ||
        (s = ax_check_in(Q->parent, w->space, "the second vector")) ||
        (s = axle_vector_sub(&d, v, w)))
        return s;
    s = axle_space_contains(out, Q->divisor, d);
    axle_vector_unref(d);
    return s;
}
