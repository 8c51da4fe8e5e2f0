/* Sums, intersections, direct sums and complements of subspaces (LADR 1C, 2C). */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "space/space_internal.h"

/* The RR rank decisions on stored bases put side by side ([B_U | B_W], sum, intersection and
 * direct-sum test) use the tolerance max(tol, sqrt(DBL_EPSILON)) for the thread's tol of that
 * shape. The stored bases are orthonormal but rounded: each is off its exact subspace by about
 * eps times the condition number of the data it came from, which can exceed the default max(m, n)
 * eps, so two bases of one common direction would look independent (a sum of dimension 5 for six
 * vectors of rank 4). Singular values of joined orthonormal bases lie in [0, sqrt 2]: a direction
 * is counted as common when the bases come within an angle of about sqrt(eps) of it, the geometric
 * mean of the rounding and 1 (as in src/rr/rref.c). The previous tolerance is set back after the
 * call, on every path. QQ is exact and keeps the plain kernels. */
typedef struct {
    bool set;
    double saved;
} joined_tol;

static axle_status joined_tol_begin(joined_tol *t, axle_field F, size_t rows, size_t cols)
{
    *t = (joined_tol){.set = false, .saved = axle_rr_tolerance()};
    if (F != AXLE_RR)
        return AXLE_OK;
    double tol = fmax(axle_rr_effective_tolerance(rows, cols), sqrt(DBL_EPSILON));
    axle_status s = axle_rr_set_tolerance(tol);
    t->set = s == AXLE_OK;
    return s;
}

static void joined_tol_end(const joined_tol *t)
{
    if (t->set) {
        axle_status s = axle_rr_set_tolerance(t->saved); /* a tolerance it had: cannot fail */
        (void)s;
    }
}

axle_status axle_space_sum(axle_space **out, const axle_space *U, const axle_space *W)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *M, *B;
    if ((s = ax_check_subspaces(U, W)) || (s = ax_mat_hcat(&M, U->basis, W->basis)))
        return s;
    joined_tol t;
    if (!(s = joined_tol_begin(&t, M->field, M->rows, M->cols)))
        s = ax_mat_colspace(&B, M);
    joined_tol_end(&t);
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
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_subspaces(U, W)))
        return s;
    axle_matrix *M = NULL, *N = NULL, *C = NULL, *I = NULL, *B = NULL;
    joined_tol t = {.set = false};
    if (!(s = ax_mat_hcat(&M, U->basis, W->basis)) &&
        !(s = joined_tol_begin(&t, M->field, M->rows, M->cols)) && !(s = axle_matrix_null(&N, M)) &&
        !(s = ax_mat_rows(&C, N, 0, U->dim)) && !(s = axle_matrix_mul(&I, U->basis, C)))
        s = ax_mat_colspace(&B, I);
    joined_tol_end(&t);
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
    joined_tol t = {.set = false};
    if (!s && !(s = joined_tol_begin(&t, M->field, M->rows, M->cols)) &&
        !(s = axle_matrix_rank(&r, M)))
        *out = r == total;
    joined_tol_end(&t);
    axle_matrix_free(M);
    return s;
}

axle_status axle_space_complement(axle_space **out, const axle_space *U)
{
    AX_OUT(out);
    axle_status s;
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
