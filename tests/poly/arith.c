/* Polynomial arithmetic over both fields: construction, ring identities, division with
 * remainder, gcd, derivative, composition, evaluation at scalars and matrices, content, and every
 * error path. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <stdlib.h>

#include "helpers.h"

/* Exact equality over QQ, near equality over RR. */
static void assert_same(const axle_poly *p, const axle_poly *q, double tol)
{
    if (axle_poly_field(p) == AXLE_QQ)
        cr_assert(axle_poly_equal(p, q), "%s", tp_str(p));
    else
        cr_assert_leq(tp_rel_diff(p, q), tol, "relative difference %g", tp_rel_diff(p, q));
}

ParameterizedTestParameters(poly, construct)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, poly, construct)
{
    long c[] = {1, 0, -2, 0, 0};
    axle_poly *p = tp_ints(*F, 5, c);
    cr_assert_eq(axle_poly_degree(p), 2);
    cr_assert_eq(axle_poly_field(p), *F);
    axle_scalar *lc = NULL, *c7 = NULL;
    TS_OK(axle_poly_leading(&lc, p));
    cr_assert_eq(axle_scalar_to_double(lc), -2.0);
    TS_OK(axle_poly_coeff(&c7, p, 7));
    cr_assert(axle_scalar_is_zero(c7));
    axle_scalar_free(lc);
    axle_scalar_free(c7);

    /* the same polynomial from fractions, doubles, scalars, text */
    long num[] = {2, 0, -6}, den[] = {2, 5, 3};
    double d[] = {1.0, 0.0, -2.0};
    axle_poly *q1 = NULL, *q2 = NULL, *q3 = NULL, *q4 = tp_parse(*F, "-2x^2 + 1");
    TS_OK(axle_poly_from_fracs(&q1, *F, 3, num, den));
    TS_OK(axle_poly_from_doubles(&q2, *F, 3, d));
    axle_scalar *s[3] = {NULL, NULL, NULL};
    for (int k = 0; k < 3; k++)
        TS_OK(axle_scalar_from_int(&s[k], *F, c[k]));
    TS_OK(axle_poly_from_scalars(&q3, *F, 3, (const axle_scalar *const *)s));
    cr_assert(axle_poly_equal(p, q1));
    cr_assert(axle_poly_equal(p, q2));
    cr_assert(axle_poly_equal(p, q3));
    cr_assert(axle_poly_equal(p, q4));
    for (int k = 0; k < 3; k++)
        axle_scalar_free(s[k]);

    /* zero polynomial: degree -infinity */
    axle_poly *z = NULL, *one = NULL, *x5 = NULL, *conv = NULL;
    TS_OK(axle_poly_from_ints(&z, *F, 3, (long[]){0, 0, 0}));
    cr_assert(axle_poly_is_zero(z));
    cr_assert_eq(axle_poly_degree(z), AXLE_POLY_DEG_ZERO);
    TS_OK(axle_poly_monomial(&one, *F, 0));
    cr_assert_eq(axle_poly_degree(one), 0);
    TS_OK(axle_poly_monomial(&x5, *F, 5));
    cr_assert_eq(axle_poly_degree(x5), 5);
    TS_OK(axle_poly_convert(&conv, p, *F == AXLE_QQ ? AXLE_RR : AXLE_QQ));
    cr_assert_eq(axle_poly_degree(conv), 2);
    cr_assert(!axle_poly_equal(conv, p)); /* different fields */
    axle_poly *p2 = NULL;
    axle_scalar *k = NULL;
    TS_OK(axle_scalar_from_int(&k, *F, 7));
    TS_OK(axle_poly_constant(&p2, k));
    cr_assert_eq(axle_poly_degree(p2), 0);
    axle_scalar_free(k);
    axle_poly *all[] = {p, q1, q2, q3, q4, z, one, x5, conv, p2};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        axle_poly_free(all[i]);
}

ParameterizedTestParameters(poly, ring)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

/* sum over k of |a_k| t^k: the size of the terms whose sum is a(t) for |x| = t */
static double abs_eval(const axle_poly *a, double t)
{
    double v = 0;
    for (long k = axle_poly_degree(a); k >= 0; k--) {
        axle_scalar *c = NULL;
        TS_OK(axle_poly_coeff(&c, a, (size_t)k));
        v = v * t + fabs(axle_scalar_to_double(c));
        axle_scalar_free(c);
    }
    return v;
}

/* (a + b) c = a c + b c, (a b)' = a' b + a b', a^5 = a a a a a, deg(ab) = deg a + deg b,
 * (p o q)(x) = p(q(x)). */
ParameterizedTest(axle_field *F, poly, ring)
{
    ts_rng r = ts_rng_new("poly/ring");
    for (int it = 0; it < 30; it++) {
        axle_poly *a = tp_random(&r, *F, ts_range(&r, 0, 6), 9),
                  *b = tp_random(&r, *F, ts_range(&r, 0, 6), 9),
                  *c = tp_random(&r, *F, ts_range(&r, 0, 6), 9);
        axle_poly *ab = tp_add(a, b), *l = tp_mul(ab, c), *ac = tp_mul(a, c), *bc = tp_mul(b, c),
                  *rr = tp_add(ac, bc);
        assert_same(l, rr, 1e-12);
        axle_poly *m = tp_mul(a, b);
        cr_assert_eq(axle_poly_degree(m), axle_poly_degree(a) + axle_poly_degree(b));
        axle_poly *dm = NULL, *da = NULL, *db = NULL;
        TS_OK(axle_poly_derivative(&dm, m));
        TS_OK(axle_poly_derivative(&da, a));
        TS_OK(axle_poly_derivative(&db, b));
        axle_poly *t1 = tp_mul(da, b), *t2 = tp_mul(a, db), *t3 = tp_add(t1, t2);
        assert_same(dm, t3, 1e-12);
        axle_poly *a5 = NULL, *prod = NULL;
        TS_OK(axle_poly_pow(&a5, a, 5));
        TS_OK(axle_poly_monomial(&prod, *F, 0));
        for (int k = 0; k < 5; k++) {
            axle_poly *t = tp_mul(prod, a);
            axle_poly_free(prod);
            prod = t;
        }
        assert_same(a5, prod, 1e-12);
        /* composition, checked at a point */
        axle_poly *comp = NULL;
        TS_OK(axle_poly_compose(&comp, a, b));
        if (axle_poly_degree(b) >= 1)
            cr_assert_eq(axle_poly_degree(comp), axle_poly_degree(a) * axle_poly_degree(b));
        axle_scalar *x = NULL, *bx = NULL, *abx = NULL, *cx = NULL;
        TS_OK(axle_scalar_from_frac(&x, *F, ts_range(&r, -5, 5), 3));
        TS_OK(axle_poly_eval(&bx, b, x));
        TS_OK(axle_poly_eval(&abx, a, bx));
        TS_OK(axle_poly_eval(&cx, comp, x));
        if (*F == AXLE_QQ)
            cr_assert(axle_scalar_equal(abx, cx));
        else {
            /* scale by the size of the terms each side sums (|a|(|b|(|x|)) for a(b(x)), |a o
             * b|(|x|) for the expanded composition), not by the result, which may cancel */
            double t = fabs(axle_scalar_to_double(x));
            double size = fmax(abs_eval(a, abs_eval(b, t)), abs_eval(comp, t));
            cr_assert_leq(fabs(axle_scalar_to_double(abx) - axle_scalar_to_double(cx)),
                          1e-12 * fmax(1.0, size));
        }
        axle_poly *neg = NULL, *zero = NULL;
        TS_OK(axle_poly_neg(&neg, a));
        zero = tp_add(a, neg);
        cr_assert(axle_poly_is_zero(zero));
        axle_scalar_free(x);
        axle_scalar_free(bx);
        axle_scalar_free(abx);
        axle_scalar_free(cx);
        axle_poly *all[] = {a,  b,  c,  ab, l,  ac, bc,   rr,   m,   dm,
                            da, db, t1, t2, t3, a5, prod, comp, neg, zero};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
}

ParameterizedTestParameters(poly, division)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

/* Axler 4.8: a = q b + r with deg r < deg b. */
ParameterizedTest(axle_field *F, poly, division)
{
    ts_rng r = ts_rng_new("poly/division");
    for (int it = 0; it < 60; it++) {
        axle_poly *a = tp_random(&r, *F, ts_range(&r, 0, 12), 20),
                  *b = tp_random(&r, *F, ts_range(&r, 0, 6), 20);
        if (*F == AXLE_QQ && it % 2) { /* fractions too */
            axle_poly_free(a);
            axle_poly_free(b);
            a = tp_random_frac(&r, ts_range(&r, 0, 12));
            b = tp_random_frac(&r, ts_range(&r, 0, 6));
        }
        axle_poly *q = NULL, *rem = NULL;
        TS_OK(axle_poly_divrem(&q, &rem, a, b));
        cr_assert_lt(axle_poly_degree(rem), axle_poly_degree(b));
        axle_poly *qb = tp_mul(q, b), *back = tp_add(qb, rem);
        if (*F == AXLE_QQ) {
            assert_same(back, a, 0);
        } else {
            /* long division is backward stable: the residual a - (q b + r) is small against the
             * size of the terms q b it cancels, which can be far larger than a when lc(b) is
             * small next to b's other coefficients */
            double scale = fmax(fmax(1.0, tp_norm_inf(a)), tp_norm_inf(q) * tp_norm_inf(b) *
                                                               (double)(axle_poly_degree(b) + 1));
            double diff = tp_rel_diff(back, a) * fmax(1.0, fmax(tp_norm_inf(back), tp_norm_inf(a)));
            cr_assert_leq(diff, 1e-13 * scale * (double)(axle_poly_degree(a) + 2),
                          "residual %g against terms of size %g", diff, scale);
        }
        /* exact multiples leave no remainder */
        axle_poly *ab = tp_mul(a, b), *q2 = NULL, *r2 = NULL;
        TS_OK(axle_poly_divrem(&q2, &r2, ab, b));
        if (*F == AXLE_QQ) {
            cr_assert(axle_poly_is_zero(r2));
            cr_assert(axle_poly_equal(q2, a));
        } else {
            cr_assert_leq(tp_rel_diff(q2, a), 1e-8);
        }
        axle_poly *all[] = {a, b, q, rem, qb, back, ab, q2, r2};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
    /* a concrete case: x^4 - 1 = (2/3 x^2 - 4/9 x + 8/27)(3/2 x^2 + x) + (-8/27 x - 1) */
    axle_poly *a = tp_parse(*F, "x^4 - 1"), *b = tp_parse(*F, "3/2 x^2 + x"), *q = NULL,
              *rem = NULL;
    TS_OK(axle_poly_divrem(&q, &rem, a, b));
    if (*F == AXLE_QQ) {
        cr_assert_str_eq(tp_str(q), "2/3 x^2 - 4/9 x + 8/27");
        cr_assert_str_eq(tp_str(rem), "-8/27 x - 1");
    }
    axle_poly_free(a);
    axle_poly_free(b);
    axle_poly_free(q);
    axle_poly_free(rem);
}

Test(poly, gcd_qq)
{
    ts_rng r = ts_rng_new("poly/gcd_qq");
    for (int it = 0; it < 40; it++) {
        axle_poly *a = tp_random(&r, AXLE_QQ, ts_range(&r, 0, 6), 9),
                  *b = tp_random(&r, AXLE_QQ, ts_range(&r, 0, 6), 9),
                  *c = tp_random_frac(&r, ts_range(&r, 0, 4));
        axle_poly *ac = tp_mul(a, c), *bc = tp_mul(b, c), *g = NULL, *g0 = NULL;
        TS_OK(axle_poly_gcd(&g, ac, bc));
        TS_OK(axle_poly_gcd(&g0, a, b));
        /* g is monic, divides both, and c divides g */
        axle_scalar *lc = NULL;
        TS_OK(axle_poly_leading(&lc, g));
        cr_assert(axle_scalar_to_double(lc) == 1.0);
        axle_poly *r1 = tp_rem(ac, g), *r2 = tp_rem(bc, g), *r3 = tp_rem(g, c);
        cr_assert(axle_poly_is_zero(r1));
        cr_assert(axle_poly_is_zero(r2));
        cr_assert(axle_poly_is_zero(r3));
        cr_assert_eq(axle_poly_degree(g), axle_poly_degree(c) + axle_poly_degree(g0));
        /* Bezout: s a + t b = gcd(a, b), with the degree bounds */
        axle_poly *G = NULL, *s = NULL, *t = NULL;
        TS_OK(axle_poly_xgcd(&G, &s, &t, ac, bc));
        cr_assert(axle_poly_equal(G, g));
        axle_poly *sa = tp_mul(s, ac), *tb = tp_mul(t, bc), *sum = tp_add(sa, tb);
        cr_assert(axle_poly_equal(sum, g), "s a + t b = %s", tp_str(sum));
        if (axle_poly_degree(ac) >= 1 && axle_poly_degree(bc) >= 1) {
            cr_assert_lt(axle_poly_degree(s), axle_poly_degree(bc));
            cr_assert_lt(axle_poly_degree(t), axle_poly_degree(ac));
        }
        /* the cofactors are coprime */
        axle_poly *qa = NULL, *qb = NULL, *one = NULL;
        TS_OK(axle_poly_divrem(&qa, NULL, ac, g));
        TS_OK(axle_poly_divrem(&qb, NULL, bc, g));
        TS_OK(axle_poly_gcd(&one, qa, qb));
        cr_assert_eq(axle_poly_degree(one), 0);
        axle_scalar_free(lc);
        axle_poly *all[] = {a, b, c, ac, bc, g, g0, r1, r2, r3, G, s, t, sa, tb, sum, qa, qb, one};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
    /* gcd with zero, and of zero and zero */
    axle_poly *z = tp_parse(AXLE_QQ, "0"), *p = tp_parse(AXLE_QQ, "2x^2 - 2"), *g = NULL;
    TS_OK(axle_poly_gcd(&g, p, z));
    cr_assert_str_eq(tp_str(g), "x^2 - 1");
    axle_poly_free(g);
    TS_OK(axle_poly_gcd(&g, z, z));
    cr_assert(axle_poly_is_zero(g));
    axle_poly_free(g);
    axle_poly *G = NULL, *s = NULL, *t = NULL;
    TS_OK(axle_poly_xgcd(&G, &s, &t, z, z));
    cr_assert(axle_poly_is_zero(G) && axle_poly_is_zero(s) && axle_poly_is_zero(t));
    axle_poly_free(G);
    axle_poly_free(s);
    axle_poly_free(t);
    axle_poly_free(z);
    axle_poly_free(p);
}

Test(poly, gcd_rr)
{
    /* (x - 1)(x + 2) and (x - 1)(x - 3): gcd x - 1 to rounding */
    axle_poly *a = tp_parse(AXLE_RR, "x^2 + x - 2"), *b = tp_parse(AXLE_RR, "x^2 - 4x + 3"),
              *g = NULL, *e = tp_parse(AXLE_RR, "x - 1");
    TS_OK(axle_poly_gcd(&g, a, b));
    cr_assert_eq(axle_poly_degree(g), 1);
    cr_assert_leq(tp_rel_diff(g, e), 1e-12);
    axle_poly_free(g);
    /* perturbed beyond the tolerance: coprime; within it (tolerance raised): common factor */
    axle_poly *c = tp_parse(AXLE_RR, "x^2 - 4x + 3.000001");
    TS_OK(axle_poly_gcd(&g, a, c));
    cr_assert_eq(axle_poly_degree(g), 0);
    axle_poly_free(g);
    TS_OK(axle_rr_set_tolerance(1e-4));
    TS_OK(axle_poly_gcd(&g, a, c));
    cr_assert_eq(axle_poly_degree(g), 1);
    TS_OK(axle_rr_set_tolerance(0));
    axle_poly_free(g);
    /* random common factors agree with QQ converted */
    ts_rng r = ts_rng_new("poly/gcd_rr");
    for (int it = 0; it < 20; it++) {
        axle_poly *p = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 3), 5),
                  *q = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 3), 5),
                  *h = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 2), 5);
        axle_poly *ph = tp_mul(p, h), *qh = tp_mul(q, h), *gq = NULL, *gr = NULL, *phr = NULL,
                  *qhr = NULL, *gqr = NULL;
        TS_OK(axle_poly_gcd(&gq, ph, qh));
        TS_OK(axle_poly_convert(&phr, ph, AXLE_RR));
        TS_OK(axle_poly_convert(&qhr, qh, AXLE_RR));
        TS_OK(axle_poly_gcd(&gr, phr, qhr));
        TS_OK(axle_poly_convert(&gqr, gq, AXLE_RR));
        cr_assert_eq(axle_poly_degree(gr), axle_poly_degree(gq), "gcd %s over RR", tp_str(gr));
        cr_assert_leq(tp_rel_diff(gr, gqr), 1e-6);
        axle_poly *all[] = {p, q, h, ph, qh, gq, gr, phr, qhr, gqr};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
    axle_poly_free(a);
    axle_poly_free(b);
    axle_poly_free(c);
    axle_poly_free(e);
}

ParameterizedTestParameters(poly, matrix_eval)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

/* p(A): Horner agrees with sum c_k A^k; (pq)(A) = p(A) q(A); (p o q)(A) = p(q(A)); a diagonal
 * matrix gives diag(p(d_i)). */
ParameterizedTest(axle_field *F, poly, matrix_eval)
{
    ts_rng r = ts_rng_new("poly/matrix_eval");
    double tol = 1e-9;
    for (int it = 0; it < 10; it++) {
        size_t n = (size_t)ts_range(&r, 1, 5);
        axle_matrix *A = ts_random_int(&r, *F, n, n, -3, 3);
        axle_poly *p = tp_random(&r, *F, ts_range(&r, 0, 5), 5),
                  *q = tp_random(&r, *F, ts_range(&r, 0, 3), 5);
        axle_matrix *pA = NULL, *qA = NULL, *pqA = NULL, *prod = NULL, *sum = NULL, *Ak = NULL;
        TS_OK(axle_poly_eval_matrix(&pA, p, A));
        TS_OK(axle_poly_eval_matrix(&qA, q, A));
        axle_poly *pq = tp_mul(p, q);
        TS_OK(axle_poly_eval_matrix(&pqA, pq, A));
        TS_OK(axle_matrix_mul(&prod, pA, qA));
        cr_assert(ts_close(pqA, prod, tol));
        /* direct sum */
        TS_OK(axle_matrix_new(&sum, *F, n, n));
        TS_OK(axle_matrix_identity(&Ak, *F, n));
        for (long k = 0; k <= axle_poly_degree(p); k++) {
            axle_scalar *c = NULL;
            axle_matrix *t = NULL, *u = NULL;
            TS_OK(axle_poly_coeff(&c, p, (size_t)k));
            TS_OK(axle_matrix_scale(&t, c, Ak));
            TS_OK(axle_matrix_add(&u, sum, t));
            axle_matrix_free(sum);
            sum = u;
            axle_matrix_free(t);
            TS_OK(axle_matrix_mul(&t, Ak, A));
            axle_matrix_free(Ak);
            Ak = t;
            axle_scalar_free(c);
        }
        cr_assert(ts_close(pA, sum, tol));
        axle_poly *comp = NULL;
        axle_matrix *compA = NULL, *pqA2 = NULL;
        TS_OK(axle_poly_compose(&comp, p, q));
        TS_OK(axle_poly_eval_matrix(&compA, comp, A));
        TS_OK(axle_poly_eval_matrix(&pqA2, p, qA));
        cr_assert(ts_close(compA, pqA2, tol));
        axle_matrix *all[] = {A, pA, qA, pqA, prod, sum, Ak, compA, pqA2};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_matrix_free(all[i]);
        axle_poly_free(p);
        axle_poly_free(q);
        axle_poly_free(pq);
        axle_poly_free(comp);
    }
    long diag[] = {2, 0, 0, 0, -1, 0, 0, 0, 3};
    axle_matrix *D = ts_ints(*F, 3, 3, diag), *pD = NULL;
    axle_poly *p = tp_parse(*F, "x^3 - 2x + 1/2");
    TS_OK(axle_poly_eval_matrix(&pD, p, D));
    double expect[] = {4.5, 1.5, 21.5};
    for (size_t i = 0; i < 3; i++)
        for (size_t j = 0; j < 3; j++) {
            double v = 0;
            TS_OK(axle_matrix_get_double(&v, pD, i, j));
            cr_assert_eq(v, i == j ? expect[i] : 0.0);
        }
    axle_matrix_free(D);
    axle_matrix_free(pD);
    axle_poly_free(p);
}

Test(poly, content)
{
    axle_poly *p = tp_parse(AXLE_QQ, "-4/3 x^2 + 2/9 x - 2"), *pp = NULL;
    axle_scalar *c = NULL, *want = NULL;
    TS_OK(axle_poly_content(&c, p));
    TS_OK(axle_scalar_from_frac(&want, AXLE_QQ, -2, 9));
    cr_assert(axle_scalar_equal(c, want));
    TS_OK(axle_poly_primitive(&pp, p));
    cr_assert_str_eq(tp_str(pp), "6x^2 - x + 9");
    axle_poly *back = NULL;
    TS_OK(axle_poly_scale(&back, c, pp));
    cr_assert(axle_poly_equal(back, p));
    axle_scalar_free(c);
    axle_scalar_free(want);
    axle_poly_free(p);
    axle_poly_free(pp);
    axle_poly_free(back);
}

Test(poly, errors)
{
    axle_poly *q = tp_parse(AXLE_QQ, "x^2 + 1"), *r = tp_parse(AXLE_RR, "x - 1"),
              *z = tp_parse(AXLE_QQ, "0"), *out = (axle_poly *)1, *out2 = (axle_poly *)1;
    /* division by the zero polynomial */
    cr_assert_eq(axle_poly_divrem(&out, &out2, q, z), AXLE_EDOMAIN);
    cr_assert_null(out);
    cr_assert_null(out2);
    /* mixed fields */
    cr_assert_eq(axle_poly_add(&out, q, r), AXLE_EFIELD);
    cr_assert_null(out);
    cr_assert_eq(axle_poly_mul(&out, q, r), AXLE_EFIELD);
    cr_assert_eq(axle_poly_gcd(&out, q, r), AXLE_EFIELD);
    cr_assert_eq(axle_poly_divrem(&out, NULL, q, r), AXLE_EFIELD);
    cr_assert_eq(axle_poly_compose(&out, q, r), AXLE_EFIELD);
    axle_scalar *x = NULL, *y = (axle_scalar *)1;
    TS_OK(axle_scalar_from_int(&x, AXLE_RR, 2));
    cr_assert_eq(axle_poly_eval(&y, q, x), AXLE_EFIELD);
    cr_assert_null(y);
    cr_assert_eq(axle_poly_scale(&out, x, q), AXLE_EFIELD);
    axle_scalar *s2[1] = {x};
    cr_assert_eq(axle_poly_from_scalars(&out, AXLE_QQ, 1, (const axle_scalar *const *)s2),
                 AXLE_EFIELD);
    axle_matrix *A = NULL, *B = (axle_matrix *)1;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, 2, 3));
    cr_assert_eq(axle_poly_eval_matrix(&B, q, A), AXLE_EDIM);
    cr_assert_null(B);
    cr_assert_eq(axle_poly_eval_matrix(&B, r, A), AXLE_EFIELD);
    /* NULL arguments and bad enums */
    cr_assert_eq(axle_poly_add(&out, q, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_poly_add(NULL, q, q), AXLE_EINVAL);
    cr_assert_eq(axle_poly_from_ints(&out, (axle_field)7, 0, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_poly_from_ints(&out, AXLE_QQ, 2, NULL), AXLE_EINVAL);
    /* bad coefficient values */
    cr_assert_eq(axle_poly_from_fracs(&out, AXLE_QQ, 1, (long[]){1}, (long[]){0}), AXLE_EDOMAIN);
    cr_assert_eq(axle_poly_from_doubles(&out, AXLE_RR, 1, (double[]){NAN}), AXLE_EDOMAIN);
    mpq_t big[1];
    mpq_init(big[0]);
    mpz_ui_pow_ui(mpq_numref(big[0]), 10, 400);
    cr_assert_eq(axle_poly_from_mpq(&out, AXLE_RR, 1, big), AXLE_ERANGE);
    mpq_clear(big[0]);
    cr_assert_eq(axle_poly_pow(&out, q, 4000000000ul), AXLE_ERANGE);
    cr_assert_eq(axle_poly_monomial(&out, AXLE_QQ, 4000000000ul), AXLE_ERANGE);
    /* RR-only / QQ-only operations */
    cr_assert_eq(axle_poly_xgcd(&out, NULL, NULL, r, r), AXLE_EUNSUPPORTED);
    cr_assert_eq(axle_poly_content(&y, r), AXLE_EUNSUPPORTED);
    cr_assert_eq(axle_poly_primitive(&out, z), AXLE_EDOMAIN);
    /* overflow in RR arithmetic */
    axle_poly *huge = NULL;
    TS_OK(axle_poly_from_doubles(&huge, AXLE_RR, 2, (double[]){1e300, 1e300}));
    cr_assert_eq(axle_poly_mul(&out, huge, huge), AXLE_ERANGE);
    cr_assert_null(out);
    axle_poly_free(huge);
    axle_scalar_free(x);
    axle_matrix_free(A);
    axle_poly_free(q);
    axle_poly_free(r);
    axle_poly_free(z);
}
