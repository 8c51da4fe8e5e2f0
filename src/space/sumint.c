/* Sums, intersections, direct sums and complements of subspaces (LADR 1C, 2C). */
#include <stdlib.h>

#include "space/space_internal.h"

axle_status axle_space_sum(axle_space **out, const axle_space *U, const axle_space *W)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    axle_matrix *M, *B;
    if ((s = ax_check_subspaces(U, W)) || (s = ax_mat_hcat(&M, U->basis, W->basis)))
        return s;
    s = ax_mat_colspace(&B, M);
    axle_matrix_free(M);
    if (s)
        return s;
    return ax_subspace_new(out, U->parent, B);
}

/* U ∩ W: every (c, d) in null [B_U | B_W] gives B_U c = -B_W d in both, and every common vector
 * arises so; the c parts of a null basis map to a basis of U ∩ W because B_U and B_W are
 * injective. */
axle_status axle_space_intersect(axle_space **out, const axle_space *U, const axle_space *W)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    if ((s = ax_check_subspaces(U, W)))
        return s;
    axle_matrix *M = NULL, *N = NULL, *C = NULL, *I = NULL, *B = NULL;
    if (!(s = ax_mat_hcat(&M, U->basis, W->basis)) && !(s = axle_matrix_null(&N, M)) &&
        !(s = ax_mat_rows(&C, N, 0, U->dim)) && !(s = axle_matrix_mul(&I, U->basis, C)))
        s = ax_mat_colspace(&B, I);
    axle_matrix_free(M);
    axle_matrix_free(N);
    axle_matrix_free(C);
    axle_matrix_free(I);
    if (s)
        return s;
    return ax_subspace_new(out, U->parent, B);
}

axle_status axle_space_is_direct_sum(bool *out, const axle_space *const *U, size_t k)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    if (!U)
        return ax_error(AXLE_EINVAL, "the list of subspaces U is NULL");
    if (k == 0)
        return ax_error(AXLE_EINVAL, "a direct-sum test needs at least one subspace");
    size_t total = 0;
    for (size_t i = 0; i < k; i++) {
        if (!U[i])
            return ax_error(AXLE_EINVAL, "subspace %zu of the list is NULL", i);
        if ((s = ax_check_subspaces(U[0], U[i])))
            return s;
        total += U[i]->dim;
    }
    axle_matrix *M;
    if ((s = ax_matrix_alloc(&M, U[0]->field, U[0]->parent->dim, total)))
        return s;
    size_t col = 0, r;
    for (size_t i = 0; i < k && !s; i++) {
        s = ax_mat_paste(M, 0, col, U[i]->basis);
        col += U[i]->dim;
    }
    if (!s && !(s = axle_matrix_rank(&r, M)))
        *out = r == total;
    axle_matrix_free(M);
    return s;
}

axle_status axle_space_complement(axle_space **out, const axle_space *U)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    if ((s = ax_check_space(U, "U")))
        return s;
    if (U->kind != AXLE_SPACE_SUBSPACE)
        return axle_space_zero(out, U);
    const axle_space *V = U->parent;
    size_t n = V->dim, count = 0;
    axle_matrix *Id = NULL, *M = NULL, *E = NULL;
    size_t *piv = ax_calloc(n + 1, sizeof *piv);
    if (!piv)
        return ax_nomem();
    /* 2.32: append e_1..e_n to the basis of U and keep each e_j not in the span of what precedes
     * it; the basis of U itself is independent, so the search starts after it. The kept e_j, in
     * increasing j, are already the stored basis on both fields: the reduced echelon basis of
     * their span (QQ) and an orthonormal one (RR). Passing them through the RR column-space
     * kernel would rotate and reorder them (an SVD basis), unlike QQ. */
    if (!(s = axle_matrix_identity(&Id, V->field, n)) && !(s = ax_mat_hcat(&M, U->basis, Id)) &&
        !(s = ax_mat_pivots_from(piv, &count, M, U->dim))) {
        for (size_t i = 0; i < count; i++)
            piv[i] -= U->dim;
        s = ax_mat_pick(&E, Id, piv, count);
    }
    free(piv);
    axle_matrix_free(Id);
    axle_matrix_free(M);
    if (s)
        return s;
    return ax_subspace_new(out, V, E);
}
