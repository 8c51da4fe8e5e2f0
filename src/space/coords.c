/* Change of basis (LADR 3C, 3F): coordinates with respect to any basis, and the dual basis. Both
 * need the matrix B of the basis (columns in standard coordinates): coordinates solve B c = v, the
 * dual basis is the rows of B^(-1). */
#include "space/space_internal.h"

axle_status ax_basis_matrix(axle_matrix **out, const axle_space *V, const axle_vector *const *b,
                            size_t k)
{
    axle_status s = ax_list_matrix(out, V, b, k);
    if (s)
        return s;
    size_t r = 0;
    if (k == V->dim && (s = axle_matrix_rank(&r, *out)))
        goto fail;
    if (k != V->dim || r != k) {
        char *name = ax_space_name(V);
        if (k != V->dim)
            s = ax_error(AXLE_EINVAL,
                         "a list of %zu %s is not a basis of %s, which has dimension %zu", k,
                         ax_plural(k, "vector", "vectors"), name, V->dim);
        else
            s = ax_error(AXLE_EINVAL,
                         "the list is not a basis of %s: it is linearly dependent "
                         "(rank %zu of %zu)",
                         name, r, k);
        ax_name_free(name);
        goto fail;
    }
    return AXLE_OK;
fail:
    axle_matrix_free(*out);
    *out = NULL;
    return s;
}

axle_status axle_vector_coords_in(axle_matrix **out, const axle_vector *v,
                                  const axle_vector *const *b, size_t k)
{
    AX_OUT(out);
    axle_status s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    axle_matrix *B;
    if ((s = ax_basis_matrix(&B, v->space, b, k)))
        return s;
    s = axle_matrix_solve(out, NULL, B, v->c);
    axle_matrix_free(B);
    return s;
}

axle_status axle_vector_dual_basis(axle_vector **phi, const axle_space *D,
                                   const axle_vector *const *b, size_t n)
{
    if (!phi)
        return ax_error(AXLE_EINVAL, "the output array phi is NULL");
    for (size_t i = 0; i < n; i++)
        phi[i] = NULL;
    axle_status s = ax_check_space(D, "D");
    if (s)
        return s;
    if (D->kind != AXLE_SPACE_DUAL) {
        char *name = ax_space_name(D);
        s = ax_error(AXLE_EINVAL, "%s is not a dual space", name);
        ax_name_free(name);
        return s;
    }
    axle_matrix *B = NULL, *Binv = NULL, *row = NULL, *col = NULL;
    if ((s = ax_basis_matrix(&B, D->parent, b, n)))
        return s;
    if ((s = axle_matrix_inverse(&Binv, B)) == AXLE_ESINGULAR)
        s = ax_error(AXLE_EINVAL, "the list is not a basis: its matrix is singular");
    for (size_t j = 0; j < n && !s; j++) {
        if (!(s = ax_mat_rows(&row, Binv, j, 1)) && !(s = axle_matrix_transpose(&col, row)))
            s = ax_vector_new(&phi[j], D, col);
        axle_matrix_free(row);
        row = col = NULL;
    }
    axle_matrix_free(B);
    axle_matrix_free(Binv);
    if (s)
        for (size_t i = 0; i < n; i++) {
            axle_vector_unref(phi[i]);
            phi[i] = NULL;
        }
    return s;
}
