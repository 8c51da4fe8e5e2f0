/* Orthogonal complements and projections (LADR 6C): U⊥ as the equations B^T G v = 0 (B U's
 * basis), and P_U v = Σ <v, e'_j>/r_j e'_j through Gram–Schmidt of U's basis (exact over QQ,
 * Householder-stable over RR). */
#include "inner/inner_internal.h"

axle_status axle_inner_complement(axle_space **out, const axle_inner *ip, const axle_space *U)
{
    AX_OUT(out);
    axle_matrix *B = NULL, *GB = NULL, *M = NULL;
    axle_status s = ax_inner_subspace_basis(&B, ip, U, "the orthogonal complement of");
    /* The equations B^T G = (G B)^T (G symmetric). */
    if (!s && !ip->standard)
        s = axle_matrix_mul(&GB, ip->G, B);
    if (!s)
        s = axle_matrix_transpose(&M, GB ? GB : B);
    axle_matrix_free(B);
    axle_matrix_free(GB);
    if (!s)
        s = axle_space_equations_coords(out, ip->V, M);
    axle_matrix_free(M);
    return s;
}

/* The orthogonal list (E, r) of U's basis for ip. */
static axle_status subspace_orthogonal(axle_matrix **E, axle_matrix **r, const axle_inner *ip,
                                       const axle_space *U, const char *what)
{
    *E = *r = NULL;
    axle_matrix *B = NULL;
    axle_status s = ax_inner_subspace_basis(&B, ip, U, what);
    if (!s)
        s = ax_inner_orthogonal_basis(E, r, B, ax_inner_kernel_gram(ip));
    axle_matrix_free(B);
    return s;
}

/* P_U x for v's coordinates x (*x also handed out). */
static axle_status project_vector(axle_matrix **px, axle_matrix **x, const axle_inner *ip,
                                  const axle_space *U, const axle_vector *v, const char *what)
{
    *px = *x = NULL;
    axle_matrix *E = NULL, *r = NULL;
    axle_status s = subspace_orthogonal(&E, &r, ip, U, what);
    if (!s)
        s = ax_inner_vector_coords(x, ip, v, "v", what);
    if (!s)
        s = ax_inner_project_coords(px, E, r, ax_inner_kernel_gram(ip), *x);
    axle_matrix_free(E);
    axle_matrix_free(r);
    if (s) {
        axle_matrix_free(*x);
        *x = NULL;
    }
    return s;
}

axle_status axle_inner_project(axle_vector **out, const axle_inner *ip, const axle_space *U,
                               const axle_vector *v)
{
    AX_OUT(out);
    axle_matrix *px = NULL, *x = NULL;
    axle_status s = project_vector(&px, &x, ip, U, v, "projecting onto");
    axle_matrix_free(x);
    if (s)
        return s;
    return ax_vector_new(out, ip->V, px);
}

axle_status axle_inner_projection(axle_map **out, const axle_inner *ip, const axle_space *U)
{
    AX_OUT(out);
    axle_matrix *E = NULL, *r = NULL, *P = NULL;
    axle_status s = subspace_orthogonal(&E, &r, ip, U, "the orthogonal projection onto");
    if (!s)
        s = ax_inner_project_coords(&P, E, r, ax_inner_kernel_gram(ip), NULL);
    axle_matrix_free(E);
    axle_matrix_free(r);
    if (s)
        return s;
    return ax_map_new(out, ip->V, ip->V, P);
}

axle_status axle_inner_distance_squared(axle_scalar **out, const axle_inner *ip,
                                        const axle_space *U, const axle_vector *v)
{
    AX_OUT(out);
    axle_matrix *px = NULL, *x = NULL, *w = NULL, *d = NULL, *xx = NULL;
    axle_scalar *dist = NULL, *vv = NULL;
    axle_status s = project_vector(&px, &x, ip, U, v, "the distance to");
    if (!s)
        s = axle_matrix_sub(&w, x, px);
    if (!s)
        s = ax_inner_form(&d, ip, w, w);
    if (!s)
        s = ax_inner_form(&xx, ip, x, x);
    if (!s)
        s = axle_matrix_get(&dist, d, 0, 0);
    if (!s)
        s = axle_matrix_get(&vv, xx, 0, 0);
    /* RR: a distance squared below the square of the rounding noise of P_U v, tol² ‖v‖², is
     * zero (v lies in U; this also removes a tiny negative rounding). */
    bool zero = false;
    size_t n = s ? 0 : ip->V->dim;
    if (!s)
        s = ax_inner_negligible(
            &zero, dist, axle_rr_effective_tolerance(n ? n : 1, 2) * axle_scalar_to_double(vv), n);
    if (!s && zero) {
        axle_scalar_free(dist);
        dist = NULL;
        s = axle_scalar_from_int(&dist, ip->V->field, 0);
    }
    axle_matrix_free(px);
    axle_matrix_free(x);
    axle_matrix_free(w);
    axle_matrix_free(d);
    axle_matrix_free(xx);
    axle_scalar_free(vv);
    if (s) {
        axle_scalar_free(dist);
        return s;
    }
    *out = dist;
    return AXLE_OK;
}
