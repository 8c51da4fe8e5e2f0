/* Dual spaces (LADR 3F): evaluation, the annihilator U⁰ and the natural map V -> V''. A
 * functional's coordinates are its values on the standard basis e_1..e_n, so phi(v) = phi^T v and
 * U⁰ = null(B_U^T). */
#include "space/space_internal.h"

static axle_status check_dual_of(const axle_space *D, const axle_space *V, const char *what)
{
    axle_status s = ax_check_space(D, what);
    if (s)
        return s;
    bool same = false;
    if (D->kind == AXLE_SPACE_DUAL && (s = axle_space_equal(&same, D->parent, V)))
        return s;
    if (!same) {
        char *a = ax_space_name(D), *b = ax_space_name(V);
        s = ax_error(D->field != V->field ? AXLE_EFIELD : AXLE_EDIM, "%s is %s, not the dual of %s",
                     what, a, b);
        ax_name_free(a);
        ax_name_free(b);
    }
    return s;
}

axle_status axle_vector_eval(axle_scalar **out, const axle_vector *phi, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    if (!phi || !v)
        return ax_error(AXLE_EINVAL, "%s is NULL; a vector is required", phi ? "v" : "phi");
    axle_matrix *pt = NULL, *x = NULL;
    if (!(s = check_dual_of(phi->space, v->space, "the functional's space")) &&
        !(s = axle_matrix_transpose(&pt, phi->c)) && !(s = axle_matrix_mul(&x, pt, v->c)))
        s = axle_matrix_get(out, x, 0, 0);
    axle_matrix_free(pt);
    axle_matrix_free(x);
    return s;
}

axle_status axle_space_annihilator(axle_space **out, const axle_space *U)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(U, "U")))
        return s;
    const axle_space *V = U->kind == AXLE_SPACE_SUBSPACE ? U->parent : U;
    axle_space *D = NULL;
    axle_matrix *B = NULL, *Bt = NULL, *N = NULL, *C = NULL;
    /* U⁰ = null B_U^T, kept in the canonical basis every subspace has */
    if (!(s = axle_space_dual(&D, V)) && !(s = axle_space_basis(&B, U)) &&
        !(s = axle_matrix_transpose(&Bt, B)) && !(s = axle_matrix_null(&N, Bt)) &&
        !(s = ax_mat_colspace(&C, N))) {
        s = ax_subspace_new(out, D, C);
        C = NULL;
    }
    axle_space_unref(D);
    axle_matrix_free(B);
    axle_matrix_free(Bt);
    axle_matrix_free(N);
    axle_matrix_free(C);
    return s;
}

axle_status axle_vector_double_dual(axle_vector **out, const axle_space *DD, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    if ((s = ax_check_space(DD, "the double dual DD")))
        return s;
    axle_space *D = NULL;
    axle_matrix *c = NULL;
    /* The evaluation map sends e_j to the dual basis vector of e_j' in V'': coordinates agree. */
    if (!(s = axle_space_dual(&D, v->space)) && !(s = check_dual_of(DD, D, "the double dual DD")) &&
        !(s = axle_matrix_copy(&c, v->c)))
        s = ax_vector_new(out, DD, c);
    axle_space_unref(D);
    return s;
}
