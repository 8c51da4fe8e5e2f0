/* The Riesz representation (LADR 6.42): the u with phi(v) = <v, u> for every v, u = G^{-1} phi on
 * standard coordinates (phi's coordinates are its values on the standard basis), through the
 * solve kernel. */
#include "inner/inner_internal.h"

axle_status axle_inner_riesz(axle_vector **out, const axle_inner *ip, const axle_vector *phi)
{
    AX_OUT(out);
    const char *what = "the Riesz representation";
    axle_status s;
    if ((s = ax_inner_check(ip, what)))
        return s;
    if (!phi)
        return ax_error(AXLE_EINVAL, "%s: the functional phi is NULL", what);
    const axle_space *D = phi->space;
    bool same = false;
    if (D->kind == AXLE_SPACE_DUAL && D->field == ip->V->field &&
        (s = axle_space_equal(&same, D->parent, ip->V)))
        return s;
    if (!same) {
        char *a = ax_space_name(D), *b = ax_space_name(ip->V);
        s = ax_error(D->field != ip->V->field ? AXLE_EFIELD : AXLE_EDIM,
                     "%s: phi is a vector of %s, not a functional on %s (a vector of its dual)",
                     what, a, b);
        ax_name_free(a);
        ax_name_free(b);
        return s;
    }
    axle_matrix *u = NULL;
    if (ip->standard || ip->V->dim == 0)
        s = axle_matrix_copy(&u, phi->c);
    else
        s = axle_matrix_solve(&u, NULL, ip->G, phi->c);
    if (s)
        return s;
    return ax_vector_new(out, ip->V, u);
}
