/* Subspaces (LADR 1C, 2C): spans, equations, membership, inclusion, sums, intersections, direct
 * sums and complements, over both fields. */
#include "helpers.h"

static size_t dim_of(const axle_space *U)
{
    return axle_space_dim(U);
}

FIELDS(subspaces, span_and_equations)
{
    axle_space *V = sp_fn(*F, 3), *D = NULL, *U = NULL, *E = NULL, *Z = NULL, *W = NULL;
    axle_vector *v[] = {sp_parse(V, "(1, 0, -1)"), sp_parse(V, "(0, 1, -1)"),
                        sp_parse(V, "(1, 1, -2)")};
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)v, 3));
    cr_assert_eq(dim_of(U), 2);
    cr_assert_eq(axle_space_parent(U), V);
    /* the same plane as the solutions of x1 + x2 + x3 = 0 */
    TS_OK(axle_space_dual(&D, V));
    axle_vector *phi = sp_parse(D, "(1, 1, 1)");
    TS_OK(axle_space_equations(&E, V, (const axle_vector *const *)&phi, 1));
    cr_assert(sp_same(U, E));
    bool in = false;
    axle_vector *p = sp_parse(V, "(2, -5, 3)"), *q = sp_parse(V, "(1, 1, 1)");
    TS_OK(axle_space_contains(&in, U, p));
    cr_assert(in);
    TS_OK(axle_space_contains(&in, U, q));
    cr_assert(!in);
    TS_OK(axle_space_zero(&Z, V));
    TS_OK(axle_space_whole(&W, V));
    cr_assert_eq(dim_of(Z), 0);
    cr_assert_eq(dim_of(W), 3);
    TS_OK(axle_space_contains(&in, W, q));
    cr_assert(in);
    TS_OK(axle_space_contains(&in, V, q));
    cr_assert(in, "a space contains its own vectors");
    bool sub = false;
    TS_OK(axle_space_is_subset(&sub, Z, U));
    cr_assert(sub);
    TS_OK(axle_space_is_subset(&sub, U, W));
    cr_assert(sub);
    TS_OK(axle_space_is_subset(&sub, W, U));
    cr_assert(!sub);
    /* the basis: dim x dim U, orthonormal over RR */
    axle_matrix *B = NULL, *Bt = NULL, *G = NULL, *I = NULL;
    TS_OK(axle_space_basis(&B, U));
    cr_assert_eq(axle_matrix_rows(B), 3);
    cr_assert_eq(axle_matrix_cols(B), 2);
    if (*F == AXLE_RR) {
        TS_OK(axle_matrix_transpose(&Bt, B));
        TS_OK(axle_matrix_mul(&G, Bt, B));
        TS_OK(axle_matrix_identity(&I, AXLE_RR, 2));
        cr_assert(ts_close(G, I, 1e-12), "orthonormal basis");
    }
    axle_vector *b1 = NULL;
    TS_OK(axle_space_basis_vector(&b1, U, 1));
    TS_OK(axle_space_contains(&in, U, b1));
    cr_assert(in);
    axle_matrix *ms[] = {B, Bt, G, I};
    for (size_t i = 0; i < 4; i++)
        axle_matrix_free(ms[i]);
    sp_unref_all(v, 3);
    axle_vector *vs[] = {phi, p, q, b1};
    sp_unref_all(vs, 4);
    axle_space *all[] = {V, D, U, E, Z, W};
    for (size_t i = 0; i < 6; i++)
        axle_space_unref(all[i]);
}

FIELDS(subspaces, sum_intersection_direct)
{
    axle_space *V = sp_fn(*F, 4), *U1 = NULL, *U2 = NULL, *U3 = NULL, *S = NULL, *I = NULL;
    axle_vector *a[] = {sp_parse(V, "(1, 0, 0, 0)"), sp_parse(V, "(0, 1, 0, 0)")};
    axle_vector *b[] = {sp_parse(V, "(0, 1, 0, 0)"), sp_parse(V, "(0, 0, 1, 0)")};
    axle_vector *c[] = {sp_parse(V, "(0, 0, 0, 1)")};
    TS_OK(axle_space_span(&U1, V, (const axle_vector *const *)a, 2));
    TS_OK(axle_space_span(&U2, V, (const axle_vector *const *)b, 2));
    TS_OK(axle_space_span(&U3, V, (const axle_vector *const *)c, 1));
    TS_OK(axle_space_sum(&S, U1, U2));
    TS_OK(axle_space_intersect(&I, U1, U2));
    cr_assert_eq(dim_of(S), 3);
    cr_assert_eq(dim_of(I), 1);
    bool in = false;
    TS_OK(axle_space_contains(&in, I, b[0]));
    cr_assert(in, "U1 ∩ U2 = span(e_2)");
    bool direct = true;
    const axle_space *two[] = {U1, U2}, *three[] = {U1, U3}, *one[] = {U2};
    TS_OK(axle_space_is_direct_sum(&direct, two, 2));
    cr_assert(!direct);
    TS_OK(axle_space_is_direct_sum(&direct, three, 2));
    cr_assert(direct);
    TS_OK(axle_space_is_direct_sum(&direct, one, 1));
    cr_assert(direct);
    /* 1.45 is not enough for three subspaces: pairwise intersections {0}, sum not direct */
    axle_space *L1 = NULL, *L2 = NULL, *L3 = NULL;
    axle_vector *x = sp_parse(V, "(1, 0, 0, 0)"), *y = sp_parse(V, "(0, 1, 0, 0)"),
                *xy = sp_parse(V, "(1, 1, 0, 0)");
    TS_OK(axle_space_span(&L1, V, (const axle_vector *const *)&x, 1));
    TS_OK(axle_space_span(&L2, V, (const axle_vector *const *)&y, 1));
    TS_OK(axle_space_span(&L3, V, (const axle_vector *const *)&xy, 1));
    const axle_space *lines[] = {L1, L2, L3};
    TS_OK(axle_space_is_direct_sum(&direct, lines, 3));
    cr_assert(!direct);
    sp_unref_all(a, 2);
    sp_unref_all(b, 2);
    sp_unref_all(c, 1);
    axle_vector *vs[] = {x, y, xy};
    sp_unref_all(vs, 3);
    axle_space *all[] = {V, U1, U2, U3, S, I, L1, L2, L3};
    for (size_t i = 0; i < 9; i++)
        axle_space_unref(all[i]);
}

FIELDS(subspaces, complement)
{
    axle_space *P = NULL, *U = NULL, *W = NULL, *S = NULL, *I = NULL, *Whole = NULL;
    TS_OK(axle_space_poly(&P, *F, 3));
    axle_vector *v[] = {sp_parse(P, "1 + x"), sp_parse(P, "x^2 - x^3")};
    TS_OK(axle_space_span(&U, P, (const axle_vector *const *)v, 2));
    TS_OK(axle_space_complement(&W, U));
    cr_assert_eq(dim_of(W), 2);
    TS_OK(axle_space_sum(&S, U, W));
    TS_OK(axle_space_intersect(&I, U, W));
    TS_OK(axle_space_whole(&Whole, P));
    cr_assert(sp_same(S, Whole));
    cr_assert_eq(dim_of(I), 0);
    /* 2.32 picks the standard vectors 1 and x^2 */
    axle_vector *one = sp_parse(P, "1"), *x2 = sp_parse(P, "x^2");
    bool in = false;
    TS_OK(axle_space_contains(&in, W, one));
    cr_assert(in);
    TS_OK(axle_space_contains(&in, W, x2));
    cr_assert(in);
    sp_unref_all(v, 2);
    axle_vector_unref(one);
    axle_vector_unref(x2);
    axle_space *all[] = {P, U, W, S, I, Whole};
    for (size_t i = 0; i < 6; i++)
        axle_space_unref(all[i]);
}

FIELDS(subspaces, embed_and_restrict)
{
    axle_space *V = sp_fn(*F, 3), *U = NULL;
    axle_vector *v[] = {sp_parse(V, "(1, 2, 0)"), sp_parse(V, "(0, 0, 1)")};
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)v, 2));
    axle_vector *w = sp_parse(V, "(2, 4, -3)"), *u = NULL, *back = NULL;
    TS_OK(axle_vector_restrict(&u, U, w));
    cr_assert_eq(axle_vector_space(u), U);
    TS_OK(axle_vector_embed(&back, u));
    cr_assert(sp_equal(back, w));
    if (*F == AXLE_QQ)
        sp_prints(u, AXLE_FORMAT_TEXT, "(2, 4, -3)");
    sp_unref_all(v, 2);
    axle_vector *all[] = {w, u, back};
    sp_unref_all(all, 3);
    axle_space_unref(V);
    axle_space_unref(U);
}

/* Over QQ a subspace's basis is canonical however it is built: the plane x + y - z = 0 from its
 * equation, from a span, and as the annihilator's annihilator all give the same basis matrix. */
Test(subspaces, canonical_basis_whatever_the_construction)
{
    axle_space *V = NULL, *E = NULL, *S = NULL;
    TS_OK(axle_space_fn(&V, AXLE_QQ, 3));
    const long eq[] = {1, 1, -1};
    const long sp[] = {1, 0, 0, 1, 1, 1}; /* columns (1, 0, 1) and (0, 1, 1) */
    axle_matrix *M = ts_ints(AXLE_QQ, 1, 3, eq), *A = ts_ints(AXLE_QQ, 3, 2, sp);
    TS_OK(axle_space_equations_coords(&E, V, M));
    TS_OK(axle_space_span_coords(&S, V, A));
    axle_matrix *BE = NULL, *BS = NULL;
    TS_OK(axle_space_basis(&BE, E));
    TS_OK(axle_space_basis(&BS, S));
    cr_assert(axle_matrix_equal(BE, BS), "equation and span give different bases");
    axle_matrix_free(M);
    axle_matrix_free(A);
    axle_matrix_free(BE);
    axle_matrix_free(BS);
    axle_space_unref(V);
    axle_space_unref(E);
    axle_space_unref(S);
}
