/* Eigenspaces of operators as subspaces, over both fields: E(λ, T) ⊆ G(λ, T), dim E = geometric
 * and dim G = algebraic multiplicity for the rational eigenvalues of the classroom cases, {0} for
 * a λ that is not an eigenvalue, differentiation on P_m (E(0) the constants, G(0) everything);
 * the primary decomposition over QQ: a direct sum of dimension dim V whose parts are invariant,
 * with dimensions deg f · m per factor; AXLE_EUNSUPPORTED over RR. */
#include <gmp.h>

#include "spectrum_helpers.h"

static axle_map *op(axle_field F, const char *text, axle_space **V)
{
    axle_matrix *A = eg_parse(F, text);
    axle_map *T = NULL;
    TS_OK(axle_space_fn(V, F, axle_matrix_rows(A)));
    TS_OK(axle_map_from_matrix(&T, *V, *V, A));
    axle_matrix_free(A);
    return T;
}

static axle_scalar *scalar(axle_field F, double x)
{
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_from_double(&c, F, x));
    return c;
}

/* E ⊆ G with the dimensions of the exact spectrum, for each rational eigenvalue. */
FIELDS(eigenspace, classroom)
{
    for (size_t i = 0; i < EG_NCASES; i++) {
        axle_space *V = NULL;
        axle_map *T = op(*F, eg_cases[i].text, &V);
        axle_matrix *Aq = eg_parse(AXLE_QQ, eg_cases[i].text);
        axle_eigen *Eq = eg_eigen(Aq);
        for (size_t k = 0; k < axle_eigen_count(Eq); k++) {
            axle_algebraic *a = NULL;
            TS_OK(axle_eigen_value(&a, Eq, k));
            if (axle_algebraic_is_rational(a)) {
                mpq_t q;
                mpq_init(q);
                TS_OK(axle_algebraic_get_mpq(q, a));
                axle_scalar *lam = NULL;
                TS_OK(axle_scalar_from_mpq(&lam, *F, q));
                mpq_clear(q);
                axle_space *E = NULL, *G = NULL;
                TS_OK(axle_map_eigenspace(&E, T, lam));
                TS_OK(axle_map_generalized_eigenspace(&G, T, lam));
                bool sub = false;
                TS_OK(axle_space_is_subset(&sub, E, G));
                cr_assert(sub, "%s: E not in G", eg_cases[i].name);
                cr_assert_eq(axle_space_dim(E), axle_eigen_geometric_multiplicity(Eq, k), "%s",
                             eg_cases[i].name);
                cr_assert_eq(axle_space_dim(G), axle_eigen_algebraic_multiplicity(Eq, k), "%s",
                             eg_cases[i].name);
                axle_space_unref(E);
                axle_space_unref(G);
                axle_scalar_free(lam);
            }
            axle_algebraic_free(a);
        }
        /* 7 is an eigenvalue of none of them (but over RR within the tolerance of 10^30) */
        if (*F == AXLE_RR && strstr(eg_cases[i].name, "10^30"))
            goto next;
        axle_scalar *seven = scalar(*F, 7);
        axle_space *E = NULL;
        TS_OK(axle_map_eigenspace(&E, T, seven));
        cr_assert_eq(axle_space_dim(E), 0, "%s: dim E(7) = %zu", eg_cases[i].name,
                     axle_space_dim(E));
        axle_space_unref(E);
        TS_OK(axle_map_generalized_eigenspace(&E, T, seven));
        cr_assert_eq(axle_space_dim(E), 0);
        axle_space_unref(E);
        axle_scalar_free(seven);
    next:
        axle_eigen_unref(Eq);
        axle_matrix_free(Aq);
        axle_map_unref(T);
        axle_space_unref(V);
    }
}

FIELDS(eigenspace, differentiation)
{
    axle_space *V = NULL, *E = NULL, *G = NULL;
    axle_map *D = NULL;
    TS_OK(axle_space_poly(&V, *F, 3));
    TS_OK(axle_map_differentiation(&D, V, V));
    axle_scalar *zero = scalar(*F, 0);
    TS_OK(axle_map_eigenspace(&E, D, zero));
    TS_OK(axle_map_generalized_eigenspace(&G, D, zero));
    cr_assert_eq(axle_space_dim(E), 1);
    cr_assert_eq(axle_space_dim(G), 4);
    axle_vector *c = NULL;
    char *s = NULL;
    TS_OK(axle_space_basis_vector(&c, E, 0));
    TS_OK(axle_vector_to_string(&s, c, AXLE_FORMAT_TEXT));
    cr_assert_null(strchr(s, 'x'), "E(0) of d/dx is not the constants: %s", s);
    axle_free(s);
    axle_vector_unref(c);
    axle_scalar_free(zero);
    axle_space_unref(E);
    axle_space_unref(G);
    axle_map_unref(D);
    axle_space_unref(V);
}

/* The parts are a direct sum of dim V, each invariant (T maps its basis into it), with
 * dimension deg f · m. */
static void check_primary(const axle_map *T, const char *name)
{
    axle_space **U = NULL;
    size_t k = 0;
    TS_OK(axle_map_primary_decomposition(&U, &k, T));
    const axle_space *V = axle_map_domain(T);
    size_t dim = 0;
    for (size_t i = 0; i < k; i++) {
        dim += axle_space_dim(U[i]);
        for (size_t j = 0; j < axle_space_dim(U[i]); j++) {
            axle_vector *u = NULL, *w = NULL;
            TS_OK(axle_space_basis_vector(&u, U[i], j));
            TS_OK(axle_map_apply(&w, T, u));
            bool in = false;
            TS_OK(axle_space_contains(&in, U[i], w));
            cr_assert(in, "%s: part %zu is not invariant", name, i);
            axle_vector_unref(u);
            axle_vector_unref(w);
        }
    }
    cr_assert_eq(dim, axle_space_dim(V), "%s: dimensions add up to %zu", name, dim);
    if (k > 0) {
        bool direct = false;
        TS_OK(axle_space_is_direct_sum(&direct, (const axle_space *const *)U, k));
        cr_assert(direct, "%s: not a direct sum", name);
    }
    axle_poly *chi = NULL;
    axle_poly_factors *fac = NULL;
    TS_OK(axle_map_charpoly(&chi, T));
    TS_OK(axle_poly_factor(&fac, chi));
    cr_assert_eq(axle_poly_factors_count(fac), k);
    for (size_t i = 0; i < k; i++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(fac, i, &m);
        cr_assert_eq(axle_space_dim(U[i]), (size_t)axle_poly_degree(f) * m, "%s: part %zu", name,
                     i);
        axle_space_unref(U[i]);
    }
    axle_free(U);
    axle_poly_factors_free(fac);
    axle_poly_free(chi);
}

Test(eigenspace, primary_decomposition)
{
    for (size_t i = 0; i < EG_NCASES; i++) {
        axle_space *V = NULL;
        axle_map *T = op(AXLE_QQ, eg_cases[i].text, &V);
        check_primary(T, eg_cases[i].name);
        axle_map_unref(T);
        axle_space_unref(V);
    }
    ts_rng r = ts_rng_new("primary_random");
    for (int t = 0; t < 6; t++) {
        size_t n = 1 + (size_t)t;
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -2, 2);
        axle_space *V = NULL;
        axle_map *T = NULL;
        TS_OK(axle_space_fn(&V, AXLE_QQ, n));
        TS_OK(axle_map_from_matrix(&T, V, V, A));
        check_primary(T, "random");
        axle_map_unref(T);
        axle_space_unref(V);
        axle_matrix_free(A);
    }
}

/* The 0-dimensional space: no parts. */
Test(eigenspace, primary_zero)
{
    axle_space *V = NULL;
    axle_map *T = NULL;
    TS_OK(axle_space_fn(&V, AXLE_QQ, 0));
    TS_OK(axle_map_identity(&T, V));
    axle_space **U = NULL;
    size_t k = 7;
    TS_OK(axle_map_primary_decomposition(&U, &k, T));
    cr_assert_eq(k, 0);
    axle_free(U);
    axle_map_unref(T);
    axle_space_unref(V);
}

Test(eigenspace, primary_rr_unsupported)
{
    axle_space *V = NULL;
    axle_map *T = op(AXLE_RR, "[[2, 1], [0, 2]]", &V);
    axle_space **U = (axle_space **)1;
    size_t k = 7;
    cr_assert_eq(axle_map_primary_decomposition(&U, &k, T), AXLE_EUNSUPPORTED);
    cr_assert(strstr(axle_error_message(), "QQ"), "%s", axle_error_message());
    cr_assert_null(U);
    cr_assert_eq(k, 0);
    axle_map_unref(T);
    axle_space_unref(V);
}

/* G(2, T) for T = diag(2, 2.5, 30, …, 30) on RR^12 is span(e_1): null (T − 2I)^12 took e_2 for
 * null too, (0.5 / 28)^12 ≈ 1e-21 being below the rank tolerance (dim 2 before). The squaring
 * stops at the first power whose null space stops growing. Both fields. */
FIELDS(eigenspace, generalized_well_conditioned)
{
    size_t n = 12;
    axle_matrix *A = ts_zero(*F, n, n);
    for (size_t i = 0; i < n; i++) {
        axle_scalar *c = scalar(*F, i == 0 ? 2 : i == 1 ? 2.5 : 30);
        TS_OK(axle_matrix_set(A, i, i, c));
        axle_scalar_free(c);
    }
    axle_space *V = NULL, *G = NULL;
    axle_map *T = NULL;
    TS_OK(axle_space_fn(&V, *F, n));
    TS_OK(axle_map_from_matrix(&T, V, V, A));
    axle_scalar *two = scalar(*F, 2);
    TS_OK(axle_map_generalized_eigenspace(&G, T, two));
    cr_assert_eq(axle_space_dim(G), 1, "dim G(2, T) = %zu", axle_space_dim(G));
    axle_space_unref(G);
    axle_scalar_free(two);
    axle_map_unref(T);
    axle_space_unref(V);
    axle_matrix_free(A);
}
