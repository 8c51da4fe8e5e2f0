/* Subspaces (LADR 1C, 2C): from a spanning list, from equations, {0} and V; bases, membership and
 * inclusion. A subspace stores a basis in the ambient space's standard coordinates: over QQ the
 * canonical standard null-space basis, over RR an orthonormal one. */
#include "space/space_internal.h"

static axle_status check_coords(const axle_space *V, const axle_matrix *A, size_t want, bool rows,
                                const char *what)
{
    axle_status s;
    if ((s = ax_check_space(V, "V")))
        return s;
    if (!A)
        return ax_error(AXLE_EINVAL, "%s is NULL", what);
    if (A->field != V->field)
        return ax_error(AXLE_EFIELD, "%s is over %s but the space is over %s", what,
                        axle_field_name(A->field), axle_field_name(V->field));
    size_t have = rows ? A->rows : A->cols;
    if (have != want) {
        char *name = ax_space_name(V);
        s = ax_error(AXLE_EDIM, "%s has %zu %s but the space %s has dimension %zu", what, have,
                     rows ? ax_plural(have, "row", "rows") : ax_plural(have, "column", "columns"),
                     name, want);
        ax_name_free(name);
    }
    return s;
}

axle_status axle_space_span_coords(axle_space **out, const axle_space *V, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_coords(V, A, V ? V->dim : 0, true, "the matrix A of spanning vectors")))
        return s;
    axle_matrix *B;
    if ((s = ax_mat_colspace(&B, A)))
        return s;
    return ax_subspace_new(out, V, B);
}

axle_status axle_space_span(axle_space **out, const axle_space *V, const axle_vector *const *v,
                            size_t k)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *A;
    if ((s = ax_list_matrix(&A, V, v, k)))
        return s;
    s = axle_space_span_coords(out, V, A);
    axle_matrix_free(A);
    return s;
}

axle_status axle_space_equations_coords(axle_space **out, const axle_space *V, const axle_matrix *M)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_coords(V, M, V ? V->dim : 0, false, "the matrix M of equations")))
        return s;
    /* The solution set is null M; its canonical basis keeps equal subspaces' bases equal, however
     * they were built (from equations or from a span). */
    axle_matrix *N, *B;
    if ((s = axle_matrix_null(&N, M)))
        return s;
    s = ax_mat_colspace(&B, N);
    axle_matrix_free(N);
    if (s)
        return s;
    return ax_subspace_new(out, V, B);
}

axle_status axle_space_equations(axle_space **out, const axle_space *V,
                                 const axle_vector *const *phi, size_t k)
{
    AX_OUT(out);
    axle_status s;
    axle_space *D;
    axle_matrix *P = NULL, *M = NULL;
    if ((s = ax_check_space(V, "V")) || (s = axle_space_dual(&D, V)))
        return s;
    if (!(s = ax_list_matrix(&P, D, phi, k)) && !(s = axle_matrix_transpose(&M, P)))
        s = axle_space_equations_coords(out, V, M);
    axle_matrix_free(P);
    axle_matrix_free(M);
    axle_space_unref(D);
    return s;
}

axle_status axle_space_zero(axle_space **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *B;
    if ((s = ax_check_space(V, "V")) || (s = ax_matrix_alloc(&B, V->field, V->dim, 0)))
        return s;
    return ax_subspace_new(out, V, B);
}

axle_status axle_space_whole(axle_space **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *B;
    if ((s = ax_check_space(V, "V")) || (s = axle_matrix_identity(&B, V->field, V->dim)))
        return s;
    return ax_subspace_new(out, V, B);
}

axle_status axle_space_basis(axle_matrix **out, const axle_space *U)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(U, "U")))
        return s;
    if (U->kind == AXLE_SPACE_SUBSPACE)
        return axle_matrix_copy(out, U->basis);
    return axle_matrix_identity(out, U->field, U->dim);
}

axle_status axle_space_basis_vector(axle_vector **out, const axle_space *U, size_t j)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(U, "U")))
        return s;
    if (U->kind != AXLE_SPACE_SUBSPACE)
        return axle_vector_standard(out, U, j);
    if (j >= U->dim)
        return ax_error(AXLE_ERANGE,
                        "basis index %zu is out of range: the subspace has "
                        "dimension %zu",
                        j, U->dim);
    axle_matrix *c;
    if ((s = ax_mat_cols(&c, U->basis, j, 1)))
        return s;
    return ax_vector_new(out, U->parent, c);
}

axle_status axle_space_contains(bool *out, const axle_space *U, const axle_vector *v)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_space(U, "U")))
        return s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    bool sub = U->kind == AXLE_SPACE_SUBSPACE;
    if ((s = ax_check_in(sub ? U->parent : U, v->space, "the vector")))
        return s;
    if (!sub) {
        *out = true;
        return AXLE_OK;
    }
    return ax_mat_in_colspace(out, U->basis, v->c);
}

axle_status axle_space_is_subset(bool *out, const axle_space *U, const axle_space *W)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_subspaces(U, W)))
        return s;
    axle_matrix *M;
    size_t r;
    if ((s = ax_mat_hcat(&M, W->basis, U->basis)))
        return s;
    if (!(s = axle_matrix_rank(&r, M)))
        *out = r == W->dim;
    axle_matrix_free(M);
    return s;
}
