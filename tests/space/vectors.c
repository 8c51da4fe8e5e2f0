/* Vectors: coordinates, arithmetic, equality, printing in every space's notation and format. */
#include "helpers.h"

FIELDS(vectors, arithmetic)
{
    axle_space *V = sp_fn(*F, 3);
    long a[] = {1, -2, 3}, b[] = {4, 0, -1}, sum[] = {5, -2, 2}, diff[] = {-3, -2, 4},
         comb[] = {-2, -6, 11};
    axle_vector *va = sp_ints(V, a), *vb = sp_ints(V, b), *s = NULL, *d = NULL, *c = NULL,
                *l = NULL;
    axle_vector *want_s = sp_ints(V, sum), *want_d = sp_ints(V, diff), *want_c = sp_ints(V, comb);
    TS_OK(axle_vector_add(&s, va, vb));
    TS_OK(axle_vector_sub(&d, va, vb));
    cr_assert(sp_equal(s, want_s));
    cr_assert(sp_equal(d, want_d));
    cr_assert(!sp_equal(s, d));
    axle_scalar *two = NULL, *m1 = NULL;
    TS_OK(axle_scalar_from_int(&two, *F, 2));
    TS_OK(axle_scalar_from_int(&m1, *F, -1));
    TS_OK(axle_vector_scale(&c, two, va));
    const axle_scalar *cs[] = {two, m1};
    const axle_vector *vs[] = {va, vb};
    TS_OK(axle_vector_lincomb(&l, V, cs, vs, 2)); /* 2a - b = (-2, -4, 7) */
    long lc[] = {-2, -4, 7};
    axle_vector *want_l = sp_ints(V, lc);
    cr_assert(sp_equal(l, want_l));
    axle_vector *c2 = NULL;
    TS_OK(axle_vector_lincomb(&c2, V, cs, vs, 0));
    axle_vector *zero = NULL;
    TS_OK(axle_vector_zero(&zero, V));
    cr_assert(sp_equal(c2, zero), "the empty linear combination is 0");
    cr_assert(!sp_equal(c, want_c));
    axle_scalar *x = NULL;
    TS_OK(axle_vector_coord(&x, c, 2));
    cr_assert_eq(axle_scalar_to_double(x), 6.0);
    cr_assert_eq(axle_vector_space(c), V);
    axle_scalar_free(x);
    axle_scalar_free(two);
    axle_scalar_free(m1);
    axle_vector *all[] = {va, vb, s, d, c, l, want_s, want_d, want_c, want_l, c2, zero};
    sp_unref_all(all, sizeof all / sizeof *all);
    axle_space_unref(V);
}

Test(vectors, rr_equality_uses_the_tolerance)
{
    axle_space *V = sp_fn(AXLE_RR, 2);
    axle_matrix *a = NULL, *b = NULL, *c = NULL;
    double x[] = {1.0, 3.0}, y[] = {1.0 + 1e-15, 3.0}, z[] = {1.0 + 1e-9, 3.0};
    TS_OK(axle_matrix_from_doubles(&a, AXLE_RR, 2, 1, x));
    TS_OK(axle_matrix_from_doubles(&b, AXLE_RR, 2, 1, y));
    TS_OK(axle_matrix_from_doubles(&c, AXLE_RR, 2, 1, z));
    axle_vector *va = NULL, *vb = NULL, *vc = NULL;
    TS_OK(axle_vector_from_coords(&va, V, a));
    TS_OK(axle_vector_from_coords(&vb, V, b));
    TS_OK(axle_vector_from_coords(&vc, V, c));
    cr_assert(sp_equal(va, vb), "equal to the rank tolerance");
    cr_assert(!sp_equal(va, vc));
    axle_space *W = sp_fn(AXLE_QQ, 2);
    axle_matrix *qa = NULL, *qb = NULL;
    axle_vector *wa = NULL, *wb = NULL;
    TS_OK(axle_matrix_convert(&qa, a, AXLE_QQ));
    TS_OK(axle_matrix_convert(&qb, b, AXLE_QQ));
    TS_OK(axle_vector_from_coords(&wa, W, qa));
    TS_OK(axle_vector_from_coords(&wb, W, qb));
    cr_assert(!sp_equal(wa, wb), "QQ equality is exact");
    axle_matrix *ms[] = {a, b, c, qa, qb};
    for (size_t i = 0; i < 5; i++)
        axle_matrix_free(ms[i]);
    axle_vector *all[] = {va, vb, vc, wa, wb};
    sp_unref_all(all, 5);
    axle_space_unref(V);
    axle_space_unref(W);
}

Test(vectors, print_tuples_polynomials_matrices)
{
    axle_space *V = sp_fn(AXLE_QQ, 3), *P = NULL, *M = NULL;
    TS_OK(axle_space_poly(&P, AXLE_QQ, 3));
    TS_OK(axle_space_matrices(&M, AXLE_QQ, 2, 2));
    axle_vector *v = sp_parse(V, "(1, -2, 3/4)");
    sp_prints(v, AXLE_FORMAT_TEXT, "(1, -2, 3/4)");
    sp_prints(v, AXLE_FORMAT_UNICODE, "(1, \u22122, 3/4)");
    sp_prints(v, AXLE_FORMAT_LATEX, "\\left(1, -2, \\frac{3}{4}\\right)");
    sp_prints(v, AXLE_FORMAT_JSON, "[\"1\",\"-2\",\"3/4\"]");
    axle_vector *p = sp_parse(P, "3x^2 - x + 1/2");
    sp_prints(p, AXLE_FORMAT_TEXT, "3x^2 - x + 1/2");
    sp_prints(p, AXLE_FORMAT_UNICODE, "3x\u00b2 \u2212 x + 1/2");
    sp_prints(p, AXLE_FORMAT_LATEX, "3x^{2} - x + \\frac{1}{2}");
    sp_prints(p, AXLE_FORMAT_JSON, "[\"1/2\",\"-1\",\"3\",\"0\"]");
    axle_vector *q = sp_parse(P, "-x^3 + (2/3)x");
    sp_prints(q, AXLE_FORMAT_TEXT, "-x^3 + (2/3)x");
    axle_vector *z = NULL;
    TS_OK(axle_vector_zero(&z, P));
    sp_prints(z, AXLE_FORMAT_TEXT, "0");
    axle_vector *m = sp_parse(M, "[[1, 2], [3, -4/5]]");
    sp_prints(m, AXLE_FORMAT_TEXT, "[[1, 2], [3, -4/5]]");
    sp_prints(m, AXLE_FORMAT_JSON, "[[\"1\",\"2\"],[\"3\",\"-4/5\"]]");
    axle_matrix *c = NULL;
    TS_OK(axle_vector_coords(&c, m));
    long want[] = {1, 2, 3, 0};
    axle_matrix *w = ts_ints(AXLE_QQ, 4, 1, want);
    TS_OK(axle_matrix_set_frac(w, 3, 0, -4, 5));
    cr_assert(axle_matrix_equal(c, w), "E_{1,1}, E_{1,2}, E_{2,1}, E_{2,2} order");
    axle_matrix_free(c);
    axle_matrix_free(w);
    axle_vector *all[] = {v, p, q, z, m};
    sp_unref_all(all, 5);
    axle_space_unref(V);
    axle_space_unref(P);
    axle_space_unref(M);
}

Test(vectors, print_products_functionals_rr)
{
    axle_space *V = sp_fn(AXLE_QQ, 2), *P = NULL, *X = NULL, *D = NULL, *R = sp_fn(AXLE_RR, 2);
    TS_OK(axle_space_poly(&P, AXLE_QQ, 1));
    const axle_space *parts[] = {V, P};
    TS_OK(axle_space_product(&X, parts, 2));
    TS_OK(axle_space_dual(&D, V));
    axle_vector *x = sp_parse(X, "((1, 2), 3x + 1)");
    sp_prints(x, AXLE_FORMAT_TEXT, "((1, 2), 3x + 1)");
    sp_prints(x, AXLE_FORMAT_JSON, "[[\"1\",\"2\"],[\"1\",\"3\"]]");
    axle_vector *phi = sp_parse(D, "(2, -1)");
    sp_prints(phi, AXLE_FORMAT_TEXT, "x |-> 2x_1 - x_2");
    sp_prints(phi, AXLE_FORMAT_UNICODE, "x \u21a6 2x\u2081 \u2212 x\u2082");
    sp_prints(phi, AXLE_FORMAT_LATEX, "x \\mapsto 2x_{1} - x_{2}");
    axle_vector *r = sp_parse(R, "(0.5, -2)");
    sp_prints(r, AXLE_FORMAT_TEXT, "(0.5, -2)");
    sp_prints(r, AXLE_FORMAT_JSON, "[0.5,-2]");
    axle_vector *all[] = {x, phi, r};
    sp_unref_all(all, 3);
    axle_space *sp[] = {V, P, X, D, R};
    for (size_t i = 0; i < 5; i++)
        axle_space_unref(sp[i]);
}

FIELDS(vectors, coordinates_in_a_basis)
{
    axle_space *P = NULL;
    TS_OK(axle_space_poly(&P, *F, 2));
    /* basis 1, 1 + x, (1 + x)^2 of P_2; p = 2 + 3x + x^2 = 0 * 1 + 1 * (1 + x) + 1 * (1 + x)^2 */
    axle_vector *b[] = {sp_parse(P, "1"), sp_parse(P, "1 + x"), sp_parse(P, "x^2 + 2x + 1")};
    axle_vector *p = sp_parse(P, "x^2 + 3x + 2");
    axle_matrix *c = NULL;
    TS_OK(axle_vector_coords_in(&c, p, (const axle_vector *const *)b, 3));
    long want[] = {0, 1, 1};
    axle_matrix *w = ts_ints(*F, 3, 1, want);
    cr_assert(ts_close(c, w, ts_tol(3)));
    axle_matrix_free(c);
    axle_matrix_free(w);
    /* not a basis: too short, or dependent */
    cr_assert_eq(axle_vector_coords_in(&c, p, (const axle_vector *const *)b, 2), AXLE_EINVAL);
    cr_assert_null(c);
    axle_vector *dep[] = {b[0], b[1], b[0]};
    cr_assert_eq(axle_vector_coords_in(&c, p, (const axle_vector *const *)dep, 3), AXLE_EINVAL);
    sp_unref_all(b, 3);
    axle_vector_unref(p);
    axle_space_unref(P);
}
