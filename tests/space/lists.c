/* Lists (LADR 2A–2C): independence, the dependence lemma's witness, span membership with
 * coefficients, reducing to a basis (2.30), extending to a basis (2.32). */
#include "helpers.h"

FIELDS(lists, dependence_witness)
{
    axle_space *V = sp_fn(*F, 3);
    /* v2 = v0 - v1, the example of the later `axle span` JSON */
    axle_vector *v[] = {sp_parse(V, "(1, 2, 3)"), sp_parse(V, "(0, 1, 1)"),
                        sp_parse(V, "(1, 1, 2)"), sp_parse(V, "(0, 0, 1)")};
    const axle_vector *const *l = (const axle_vector *const *)v;
    bool indep = true;
    TS_OK(axle_list_is_independent(&indep, V, l, 4));
    cr_assert(!indep);
    TS_OK(axle_list_is_independent(&indep, V, l, 2));
    cr_assert(indep);
    size_t j = 99;
    axle_matrix *a = NULL;
    TS_OK(axle_list_dependence(&j, &a, V, l, 4));
    cr_assert_eq(j, 2);
    long want[] = {1, -1};
    axle_matrix *w = ts_ints(*F, 2, 1, want);
    cr_assert(ts_close(a, w, ts_tol(3)), "v_2 = v_0 - v_1");
    axle_matrix_free(a);
    axle_matrix_free(w);
    TS_OK(axle_list_dependence(&j, &a, V, l, 2));
    cr_assert_eq(j, 2, "independent: index = k");
    cr_assert_null(a);
    size_t dim = 0;
    TS_OK(axle_list_dim(&dim, V, l, 4));
    cr_assert_eq(dim, 3);
    TS_OK(axle_list_dim(&dim, V, l, 0));
    cr_assert_eq(dim, 0);
    sp_unref_all(v, 4);
    axle_space_unref(V);
}

FIELDS(lists, zero_vector_first)
{
    axle_space *P = NULL;
    TS_OK(axle_space_poly(&P, *F, 2));
    axle_vector *v[] = {sp_parse(P, "0"), sp_parse(P, "x")};
    size_t j = 99;
    axle_matrix *a = NULL;
    TS_OK(axle_list_dependence(&j, &a, P, (const axle_vector *const *)v, 2));
    cr_assert_eq(j, 0, "0 is in the span of the empty list");
    cr_assert_eq(axle_matrix_rows(a), 0);
    axle_matrix_free(a);
    sp_unref_all(v, 2);
    axle_space_unref(P);
}

FIELDS(lists, span_membership)
{
    axle_space *P = NULL;
    TS_OK(axle_space_poly(&P, *F, 2));
    axle_vector *v[] = {sp_parse(P, "1 + x"), sp_parse(P, "x - x^2")};
    const axle_vector *const *l = (const axle_vector *const *)v;
    axle_vector *in = sp_parse(P, "2 + 5x - 3x^2"), *out = sp_parse(P, "x^2");
    bool b = false;
    axle_matrix *a = NULL;
    TS_OK(axle_list_in_span(&b, &a, P, l, 2, in));
    cr_assert(b);
    long want[] = {2, 3};
    axle_matrix *w = ts_ints(*F, 2, 1, want);
    cr_assert(ts_close(a, w, ts_tol(3)));
    axle_matrix_free(a);
    axle_matrix_free(w);
    TS_OK(axle_list_in_span(&b, &a, P, l, 2, out));
    cr_assert(!b);
    cr_assert_null(a);
    TS_OK(axle_list_in_span(&b, NULL, P, l, 0, out));
    cr_assert(!b);
    axle_vector *z = NULL;
    TS_OK(axle_vector_zero(&z, P));
    TS_OK(axle_list_in_span(&b, &a, P, l, 0, z));
    cr_assert(b, "0 is in span()");
    cr_assert_eq(axle_matrix_rows(a), 0);
    axle_matrix_free(a);
    sp_unref_all(v, 2);
    axle_vector *all[] = {in, out, z};
    sp_unref_all(all, 3);
    axle_space_unref(P);
}

FIELDS(lists, reduce_to_basis)
{
    axle_space *V = sp_fn(*F, 3);
    axle_vector *v[] = {sp_parse(V, "(0, 0, 0)"), sp_parse(V, "(1, 2, 0)"),
                        sp_parse(V, "(2, 4, 0)"), sp_parse(V, "(0, 1, 0)"),
                        sp_parse(V, "(1, 1, 0)"), sp_parse(V, "(5, 0, 1)")};
    size_t kept[6], n = 0;
    TS_OK(axle_list_reduce_to_basis(kept, &n, V, (const axle_vector *const *)v, 6));
    cr_assert_eq(n, 3);
    cr_assert_eq(kept[0], 1);
    cr_assert_eq(kept[1], 3);
    cr_assert_eq(kept[2], 5);
    sp_unref_all(v, 6);
    axle_space_unref(V);
}

FIELDS(lists, extend_to_basis)
{
    axle_space *V = sp_fn(*F, 4);
    axle_vector *v[] = {sp_parse(V, "(1, 1, 0, 0)"), sp_parse(V, "(0, 0, 1, 1)")};
    axle_vector *added[4];
    size_t n = 0;
    TS_OK(axle_list_extend_to_basis(added, &n, V, (const axle_vector *const *)v, 2));
    cr_assert_eq(n, 2);
    axle_vector *e0 = sp_parse(V, "(1, 0, 0, 0)"), *e2 = sp_parse(V, "(0, 0, 1, 0)");
    cr_assert(sp_equal(added[0], e0), "e_1 is added first");
    cr_assert(sp_equal(added[1], e2), "e_2 is in the span of v_0 and e_1; e_3 comes next");
    axle_vector *all[] = {v[0], v[1], added[0], added[1]};
    bool indep = false;
    TS_OK(axle_list_is_independent(&indep, V, (const axle_vector *const *)all, 4));
    cr_assert(indep);
    sp_unref_all(all, 4);
    axle_vector_unref(e0);
    axle_vector_unref(e2);
    /* a dependent list cannot be extended */
    axle_vector *d[] = {sp_parse(V, "(1, 0, 0, 0)"), sp_parse(V, "(2, 0, 0, 0)")};
    cr_assert_eq(axle_list_extend_to_basis(added, &n, V, (const axle_vector *const *)d, 2),
                 AXLE_EINVAL);
    cr_assert_null(added[0]);
    sp_unref_all(d, 2);
    /* the empty list extends to the standard basis */
    TS_OK(axle_list_extend_to_basis(added, &n, V, NULL, 0));
    cr_assert_eq(n, 4);
    sp_unref_all(added, 4);
    axle_space_unref(V);
}
