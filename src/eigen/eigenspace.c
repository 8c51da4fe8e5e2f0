/* Eigenspaces of an operator as subspaces (LADR 5.52, 8.11, 8.21), through the map floor's public
 * functions: E(λ, T) = null(T − λI), G(λ, T) = null (T − λI)^dim V, and the primary
 * decomposition V = ⊕ null f_i(T)^{m_i} over the irreducible factors f_i^{m_i} of χ_T (the
 * field's exact factorization; AXLE_EUNSUPPORTED where there is none). */
#include <stdlib.h>

#include "eigen_internal.h"

/* T − λI for an operator T and a scalar λ of its field. */
static axle_status shifted(axle_map **out, const axle_map *T, const axle_scalar *lambda,
                           const char *what)
{
    *out = NULL;
    const axle_matrix *M;
    axle_status s;
    if ((s = ax_eigen_operator_matrix(&M, T, what)))
        return s;
    if (!lambda)
        return ax_error(AXLE_EINVAL, "scalar lambda is NULL");
    if (axle_scalar_field(lambda) != axle_map_field(T))
        return ax_error(AXLE_EFIELD, "%s: lambda is over %s but T is over %s", what,
                        axle_field_name(axle_scalar_field(lambda)),
                        axle_field_name(axle_map_field(T)));
    axle_map *I = NULL, *L = NULL;
    if (!(s = axle_map_identity(&I, axle_map_domain(T))) && !(s = axle_map_scale(&L, lambda, I)))
        s = axle_map_sub(out, T, L);
    axle_map_unref(I);
    axle_map_unref(L);
    return s;
}

axle_status axle_map_eigenspace(axle_space **out, const axle_map *T, const axle_scalar *lambda)
{
    AX_OUT(out);
    axle_map *D;
    axle_status s = shifted(&D, T, lambda, "the eigenspace");
    if (!s)
        s = axle_map_null(out, D);
    axle_map_unref(D);
    return s;
}

/* G(λ, T) = null D^dim V for D = T − λI. The nullities of D, D², D⁴, … grow until the chain of
 * null spaces stops (at the latest at a power >= dim V, LADR 8.4), and dim null D^a =
 * dim null D^(2a) means it has stopped at a: so the squaring stops there, at a <= 2 · (the index
 * of λ), after O(log) products instead of the powers up to dim V (each product size-checked
 * first, as axle_map_pow does). Over RR this also keeps the
 * powers small: D^dim V would scale the other eigenvalues' directions by |μ − λ|^dim V, and the
 * rank decision would take the small ones for null. */
static axle_status generalized_null(axle_space **out, const axle_map *D, size_t dim)
{
    axle_map *P = axle_map_ref(D);
    size_t a = 1, nul = 0;
    axle_status s = axle_map_nullity(&nul, P);
    while (!s && a < dim) {
        axle_map *Q = NULL;
        size_t next = 0;
        if ((s = ax_map_check_product(P->M, P->M, "a power of T - lambda I")) ||
            (s = axle_map_compose(&Q, P, P)) || (s = axle_map_nullity(&next, Q))) {
            axle_map_unref(Q);
            break;
        }
        axle_map_unref(P);
        P = Q;
        a *= 2;
        if (next == nul)
            break;
        nul = next;
    }
    if (!s)
        s = axle_map_null(out, P);
    axle_map_unref(P);
    return s;
}

axle_status axle_map_generalized_eigenspace(axle_space **out, const axle_map *T,
                                            const axle_scalar *lambda)
{
    AX_OUT(out);
    axle_map *D;
    axle_status s = shifted(&D, T, lambda, "the generalized eigenspace");
    if (!s)
        s = generalized_null(out, D, axle_space_dim(axle_map_domain(T)));
    axle_map_unref(D);
    return s;
}

static void free_spaces(axle_space **U, size_t k)
{
    for (size_t i = 0; i < k; i++)
        axle_space_unref(U[i]);
    free(U);
}

/* null f(T)^m. */
static axle_status primary_component(axle_space **out, const axle_map *T, const axle_poly *f,
                                     unsigned long m)
{
    axle_poly *p = NULL;
    axle_map *P = NULL;
    axle_status s;
    if (!(s = axle_poly_pow(&p, f, m)) && !(s = axle_map_poly(&P, p, T)))
        s = axle_map_null(out, P);
    axle_poly_free(p);
    axle_map_unref(P);
    return s;
}

axle_status axle_map_primary_decomposition(axle_space ***spaces, size_t *count, const axle_map *T)
{
    AX_OUT(spaces);
    axle_status s;
    if ((s = ax_check_out(count)))
        return s;
    *count = 0;
    const axle_matrix *M;
    if ((s = ax_eigen_operator_matrix(&M, T, "the primary decomposition")) ||
        (s = ax_eigen_check_square(M, "the primary decomposition")))
        return s;
    if (!ax_backend_of(M->field)->poly_factor)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the primary decomposition needs the factorization of the characteristic "
                        "polynomial, which %s does not have; compute over QQ",
                        axle_field_name(M->field));
    axle_poly *chi = NULL;
    axle_poly_factors *fac = NULL;
    if ((s = ax_matrix_charpoly(&chi, M)) || (s = axle_poly_factor(&fac, chi))) {
        axle_poly_free(chi);
        return s;
    }
    axle_poly_free(chi);
    size_t k = axle_poly_factors_count(fac), got = 0, dim = 0;
    axle_space **U = ax_calloc(k ? k : 1, sizeof *U);
    if (!U)
        s = ax_nomem();
    for (; !s && got < k; got++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(fac, got, &m);
        if (!(s = primary_component(&U[got], T, f, m)))
            dim += axle_space_dim(U[got]);
    }
    axle_poly_factors_free(fac);
    if (!s && dim != M->rows)
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the primary components have dimensions adding up to %zu, not dim V = %zu; "
                     "this is a bug",
                     dim, M->rows);
    if (s) {
        free_spaces(U, got);
        return s;
    }
    *spaces = U;
    *count = k;
    return AXLE_OK;
}
