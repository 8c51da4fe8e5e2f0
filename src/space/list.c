/* Lists of vectors (LADR 2A–2C): independence, the linear dependence lemma, span membership,
 * reducing a spanning list to a basis (2.30) and extending an independent list to one (2.32).
 * Each works on the dim V x k matrix of coordinates; the "first j such that ..." questions are
 * answered by bisection on prefix ranks, O(log k) rank computations per answer. */
#include <stdlib.h>

#include "space/space_internal.h"

axle_status axle_list_is_independent(bool *out, const axle_space *V, const axle_vector *const *v,
                                     size_t k)
{
    axle_status s = ax_check_out(out);
    axle_matrix *A;
    size_t r;
    if (s || (s = ax_list_matrix(&A, V, v, k)))
        return s;
    if (!(s = axle_matrix_rank(&r, A)))
        *out = r == k;
    axle_matrix_free(A);
    return s;
}

axle_status axle_list_dependence(size_t *index, axle_matrix **coeffs, const axle_space *V,
                                 const axle_vector *const *v, size_t k)
{
    if (coeffs)
        *coeffs = NULL;
    axle_status s = ax_check_out(index);
    if (s)
        return s;
    axle_matrix *A, *P = NULL;
    size_t j;
    if ((s = ax_list_matrix(&A, V, v, k)))
        return s;
    if (!(s = ax_mat_first_dependent(&j, A)) && j < k && coeffs &&
        !(s = ax_mat_cols(&P, A, 0, j)) && (s = axle_matrix_solve(coeffs, NULL, P, v[j]->c)) &&
        s == AXLE_ENOSOLUTION)
        s = ax_error(AXLE_ETOLERANCE,
                     "vector %zu was found dependent on the earlier ones but no "
                     "coefficients within the tolerance express it",
                     j);
    axle_matrix_free(A);
    axle_matrix_free(P);
    if (!s)
        *index = j;
    return s;
}

axle_status axle_list_in_span(bool *out, axle_matrix **coeffs, const axle_space *V,
                              const axle_vector *const *v, size_t k, const axle_vector *w)
{
    if (coeffs)
        *coeffs = NULL;
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    if (!w)
        return ax_error(AXLE_EINVAL, "w is NULL; a vector is required");
    axle_matrix *A;
    bool in = false;
    if ((s = ax_check_in(V, w->space, "w")) || (s = ax_list_matrix(&A, V, v, k)))
        return s;
    if (!(s = ax_mat_in_colspace(&in, A, w->c)) && in && coeffs &&
        (s = axle_matrix_solve(coeffs, NULL, A, w->c)) == AXLE_ENOSOLUTION) {
        in = false; /* RR: the rank and the residual tests disagreed at the tolerance's edge */
        s = AXLE_OK;
    }
    axle_matrix_free(A);
    if (!s)
        *out = in;
    return s;
}

axle_status axle_list_dim(size_t *out, const axle_space *V, const axle_vector *const *v, size_t k)
{
    axle_status s = ax_check_out(out);
    axle_matrix *A;
    if (s || (s = ax_list_matrix(&A, V, v, k)))
        return s;
    s = axle_matrix_rank(out, A);
    axle_matrix_free(A);
    return s;
}

axle_status axle_list_reduce_to_basis(size_t *kept, size_t *count, const axle_space *V,
                                      const axle_vector *const *v, size_t k)
{
    axle_status s = ax_check_out(count);
    if (s)
        return s;
    if (k > 0 && !kept)
        return ax_error(AXLE_EINVAL, "the output array of kept indices is NULL");
    axle_matrix *A;
    if ((s = ax_list_matrix(&A, V, v, k)))
        return s;
    s = ax_mat_leading_pivots(kept, count, A);
    axle_matrix_free(A);
    return s;
}

axle_status axle_list_extend_to_basis(axle_vector **added, size_t *count, const axle_space *V,
                                      const axle_vector *const *v, size_t k)
{
    for (size_t i = 0; added && V && i < V->dim; i++)
        added[i] = NULL;
    axle_status s = ax_check_out(count);
    if (s || (s = ax_check_out(added)) || (s = ax_check_space(V, "V")))
        return s;
    axle_matrix *A = NULL, *Id = NULL, *M = NULL;
    size_t j, n = 0;
    size_t *piv = ax_calloc(V->dim + 1, sizeof *piv);
    if (!piv)
        return ax_nomem();
    if ((s = ax_list_matrix(&A, V, v, k)) || (s = ax_mat_first_dependent(&j, A)))
        goto done;
    if (j < k) {
        s = ax_error(AXLE_EINVAL,
                     "the list is linearly dependent (vector %zu is in the span of "
                     "the ones before it), so it cannot be extended to a basis",
                     j);
        goto done;
    }
    if ((s = axle_matrix_identity(&Id, V->field, V->dim)) || (s = ax_mat_hcat(&M, A, Id)) ||
        (s = ax_mat_pivots_from(piv, &n, M, k)))
        goto done;
    for (size_t i = 0; i < n && !s; i++)
        s = axle_vector_standard(&added[i], V, piv[i] - k);
    if (s)
        for (size_t i = 0; i < n; i++) {
            axle_vector_unref(added[i]);
            added[i] = NULL;
        }
    else
        *count = n;
done:
    free(piv);
    axle_matrix_free(A);
    axle_matrix_free(Id);
    axle_matrix_free(M);
    return s;
}
