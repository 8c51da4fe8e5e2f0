/* Property tests with printed seeds over random subspaces: the dimension formulas, U ⊕ complement
 * = V, (U⁰)⁰ ≅ U through the double dual, quotient dimensions, the dependence lemma by
 * substitution, and RR agreeing with QQ. */
#include "helpers.h"

static axle_space *random_sub(ts_rng *r, const axle_space *V)
{
    size_t n = axle_space_dim(V);
    size_t k = (size_t)ts_range(r, 0, (long)n + 2), rank = (size_t)ts_range(r, 0, (long)n);
    return sp_random_subspace(r, V, k, rank < k ? rank : k);
}

/* RR equality and membership decisions here compare *computed* vectors (cosets, combinations,
 * recomputed bases), whose rounding errors exceed the default rank tolerance max(m, n)·ε. The
 * random integer data is well conditioned, so 1e-9 separates rounding from real differences. */
static void loosen_rr_tolerance(axle_field F)
{
    if (F == AXLE_RR)
        TS_OK(axle_rr_set_tolerance(1e-9));
}

FIELDS(properties, sum_intersection_formula)
{
    ts_rng r = ts_rng_new("properties/sum_intersection_formula");
    loosen_rr_tolerance(*F);
    for (int round = 0; round < 25; round++) {
        axle_space *V = sp_fn(*F, (size_t)ts_range(&r, 1, 6));
        axle_space *U1 = random_sub(&r, V), *U2 = random_sub(&r, V), *S = NULL, *I = NULL;
        TS_OK(axle_space_sum(&S, U1, U2));
        TS_OK(axle_space_intersect(&I, U1, U2));
        cr_assert_eq(axle_space_dim(S) + axle_space_dim(I), axle_space_dim(U1) + axle_space_dim(U2),
                     "2.43");
        bool sub = false;
        const axle_space *pairs[][2] = {{U1, S}, {U2, S}, {I, U1}, {I, U2}};
        for (size_t i = 0; i < 4; i++) {
            TS_OK(axle_space_is_subset(&sub, pairs[i][0], pairs[i][1]));
            cr_assert(sub);
        }
        bool direct = false;
        const axle_space *both[] = {U1, U2};
        TS_OK(axle_space_is_direct_sum(&direct, both, 2));
        cr_assert_eq(direct, axle_space_dim(I) == 0, "1.45");
        axle_space *all[] = {V, U1, U2, S, I};
        for (size_t i = 0; i < 5; i++)
            axle_space_unref(all[i]);
    }
}

FIELDS(properties, complement_and_quotient)
{
    ts_rng r = ts_rng_new("properties/complement_and_quotient");
    loosen_rr_tolerance(*F);
    for (int round = 0; round < 20; round++) {
        axle_space *P = NULL;
        TS_OK(axle_space_poly(&P, *F, (size_t)ts_range(&r, 0, 5)));
        size_t n = axle_space_dim(P);
        axle_space *U = random_sub(&r, P), *W = NULL, *Q = NULL, *S = NULL, *Whole = NULL;
        TS_OK(axle_space_complement(&W, U));
        TS_OK(axle_space_sum(&S, U, W));
        TS_OK(axle_space_whole(&Whole, P));
        bool direct = false;
        const axle_space *both[] = {U, W};
        TS_OK(axle_space_is_direct_sum(&direct, both, 2));
        cr_assert(direct && sp_same(S, Whole), "V = U ⊕ W (2.33)");
        TS_OK(axle_space_quotient(&Q, U));
        cr_assert_eq(axle_space_dim(Q), n - axle_space_dim(U), "3.105");
        /* v + U = (v + u) + U for u in U */
        axle_vector *v = sp_random(&r, P, -5, 5), *u = NULL, *vu = NULL, *c1 = NULL, *c2 = NULL;
        if (axle_space_dim(U) > 0) {
            TS_OK(axle_space_basis_vector(&u, U,
                                          (size_t)ts_range(&r, 0, (long)axle_space_dim(U) - 1)));
        } else {
            TS_OK(axle_vector_zero(&u, P));
        }
        TS_OK(axle_vector_add(&vu, v, u));
        TS_OK(axle_vector_coset(&c1, Q, v));
        TS_OK(axle_vector_coset(&c2, Q, vu));
        cr_assert(sp_equal(c1, c2));
        axle_vector *vs[] = {v, u, vu, c1, c2};
        sp_unref_all(vs, 5);
        axle_space *all[] = {P, U, W, Q, S, Whole};
        for (size_t i = 0; i < 6; i++)
            axle_space_unref(all[i]);
    }
}

FIELDS(properties, annihilator_double_dual)
{
    ts_rng r = ts_rng_new("properties/annihilator_double_dual");
    loosen_rr_tolerance(*F);
    for (int round = 0; round < 20; round++) {
        axle_space *M = NULL;
        TS_OK(axle_space_matrices(&M, *F, (size_t)ts_range(&r, 1, 2), (size_t)ts_range(&r, 1, 3)));
        size_t n = axle_space_dim(M);
        axle_space *U = random_sub(&r, M), *A = NULL, *AA = NULL, *D = NULL, *DD = NULL;
        TS_OK(axle_space_annihilator(&A, U));
        cr_assert_eq(axle_space_dim(A), n - axle_space_dim(U), "3.125");
        TS_OK(axle_space_annihilator(&AA, A));
        cr_assert_eq(axle_space_dim(AA), axle_space_dim(U));
        TS_OK(axle_space_dual(&D, M));
        TS_OK(axle_space_dual(&DD, D));
        for (size_t j = 0; j < axle_space_dim(U); j++) {
            axle_vector *u = NULL, *uu = NULL;
            bool in = false;
            TS_OK(axle_space_basis_vector(&u, U, j));
            TS_OK(axle_vector_double_dual(&uu, DD, u));
            TS_OK(axle_space_contains(&in, AA, uu));
            cr_assert(in, "(U⁰)⁰ is the image of U in V''");
            axle_vector_unref(u);
            axle_vector_unref(uu);
        }
        axle_space *all[] = {M, U, A, AA, D, DD};
        for (size_t i = 0; i < 6; i++)
            axle_space_unref(all[i]);
    }
}

FIELDS(properties, dependence_lemma_by_substitution)
{
    ts_rng r = ts_rng_new("properties/dependence_lemma_by_substitution");
    loosen_rr_tolerance(*F);
    for (int round = 0; round < 25; round++) {
        size_t n = (size_t)ts_range(&r, 1, 5), k = (size_t)ts_range(&r, 1, 7);
        axle_space *V = sp_fn(*F, n);
        axle_matrix *A =
            ts_random_rank(&r, *F, n, k, (size_t)ts_range(&r, 0, (long)(n < k ? n : k)));
        axle_vector *v[8] = {0};
        for (size_t i = 0; i < k; i++) {
            axle_matrix *col = NULL;
            TS_OK(axle_matrix_new(&col, *F, n, 1));
            for (size_t t = 0; t < n; t++) {
                axle_scalar *x = NULL;
                TS_OK(axle_matrix_get(&x, A, t, i));
                TS_OK(axle_matrix_set(col, t, 0, x));
                axle_scalar_free(x);
            }
            TS_OK(axle_vector_from_coords(&v[i], V, col));
            axle_matrix_free(col);
        }
        const axle_vector *const *l = (const axle_vector *const *)v;
        size_t j = 0, rank = 0, dim = 0, kept[8], count = 0;
        axle_matrix *a = NULL;
        TS_OK(axle_list_dependence(&j, &a, V, l, k));
        TS_OK(axle_matrix_rank(&rank, A));
        bool indep = false;
        TS_OK(axle_list_is_independent(&indep, V, l, k));
        cr_assert_eq(indep, rank == k);
        cr_assert_eq(j == k, indep);
        if (j < k) {
            /* v_j = sum a_i v_i, and v_0..v_{j-1} are independent */
            axle_scalar *cs[8] = {0};
            for (size_t i = 0; i < j; i++)
                TS_OK(axle_matrix_get(&cs[i], a, i, 0));
            axle_vector *comb = NULL;
            TS_OK(axle_vector_lincomb(&comb, V, (const axle_scalar *const *)cs, l, j));
            cr_assert(sp_equal(comb, v[j]), "the witness reproduces v_%zu", j);
            TS_OK(axle_list_is_independent(&indep, V, l, j));
            cr_assert(indep);
            axle_vector_unref(comb);
            for (size_t i = 0; i < j; i++)
                axle_scalar_free(cs[i]);
        }
        TS_OK(axle_list_dim(&dim, V, l, k));
        cr_assert_eq(dim, rank);
        /* 2.30: the kept vectors are independent and span the same subspace */
        TS_OK(axle_list_reduce_to_basis(kept, &count, V, l, k));
        cr_assert_eq(count, rank);
        const axle_vector *basis[8];
        for (size_t i = 0; i < count; i++)
            basis[i] = v[kept[i]];
        axle_space *S1 = NULL, *S2 = NULL;
        TS_OK(axle_list_is_independent(&indep, V, basis, count));
        cr_assert(indep);
        TS_OK(axle_space_span(&S1, V, l, k));
        TS_OK(axle_space_span(&S2, V, basis, count));
        cr_assert(sp_same(S1, S2));
        /* 2.32: extending the reduced list gives a basis of V */
        axle_vector *added[8] = {0};
        size_t nadded = 0;
        TS_OK(axle_list_extend_to_basis(added, &nadded, V, basis, count));
        cr_assert_eq(count + nadded, n);
        const axle_vector *full[16];
        for (size_t i = 0; i < count; i++)
            full[i] = basis[i];
        for (size_t i = 0; i < nadded; i++)
            full[count + i] = added[i];
        TS_OK(axle_list_is_independent(&indep, V, full, n));
        cr_assert(indep);
        sp_unref_all(added, nadded);
        axle_matrix_free(a);
        axle_matrix_free(A);
        sp_unref_all(v, k);
        axle_space_unref(S1);
        axle_space_unref(S2);
        axle_space_unref(V);
    }
}

Test(properties, rr_agrees_with_qq)
{
    ts_rng r = ts_rng_new("properties/rr_agrees_with_qq");
    for (int round = 0; round < 20; round++) {
        size_t n = (size_t)ts_range(&r, 1, 6);
        size_t ka = (size_t)ts_range(&r, 1, 5), kb = (size_t)ts_range(&r, 1, 5);
        axle_matrix *A =
            ts_random_rank(&r, AXLE_QQ, n, ka, (size_t)ts_range(&r, 0, (long)(n < ka ? n : ka)));
        axle_matrix *B =
            ts_random_rank(&r, AXLE_QQ, n, kb, (size_t)ts_range(&r, 0, (long)(n < kb ? n : kb)));
        size_t dims[2][4];
        for (int f = 0; f < 2; f++) {
            axle_field F = f ? AXLE_RR : AXLE_QQ;
            axle_matrix *Af = NULL, *Bf = NULL;
            TS_OK(axle_matrix_convert(&Af, A, F));
            TS_OK(axle_matrix_convert(&Bf, B, F));
            axle_space *V = sp_fn(F, n), *U1 = NULL, *U2 = NULL, *S = NULL, *I = NULL;
            TS_OK(axle_space_span_coords(&U1, V, Af));
            TS_OK(axle_space_span_coords(&U2, V, Bf));
            TS_OK(axle_space_sum(&S, U1, U2));
            TS_OK(axle_space_intersect(&I, U1, U2));
            dims[f][0] = axle_space_dim(U1);
            dims[f][1] = axle_space_dim(U2);
            dims[f][2] = axle_space_dim(S);
            dims[f][3] = axle_space_dim(I);
            axle_matrix_free(Af);
            axle_matrix_free(Bf);
            axle_space *all[] = {V, U1, U2, S, I};
            for (size_t i = 0; i < 5; i++)
                axle_space_unref(all[i]);
        }
        for (int i = 0; i < 4; i++)
            cr_assert_eq(dims[0][i], dims[1][i], "dimension %d: QQ %zu, RR %zu", i, dims[0][i],
                         dims[1][i]);
        axle_matrix_free(A);
        axle_matrix_free(B);
    }
}
