/* Equality, order, negation, conjugate, inverse and square root, checked exactly where the
 * answer is known and by substitution (numerically, via certified values) on random input. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>

#include "helpers.h"

static axle_algebraic *root_of(const char *poly, double re, double im)
{
    axle_poly *p = ta_poly(poly);
    axle_roots *r = ta_roots(p);
    axle_algebraic *a = NULL;
    TS_OK(axle_algebraic_copy(&a, ta_root_near(r, re, im)));
    axle_roots_free(r);
    axle_poly_free(p);
    return a;
}

static const char *minpoly(const axle_algebraic *a)
{
    static char buf[512];
    axle_poly *p = NULL;
    char *s = NULL;
    TS_OK(axle_algebraic_minpoly(&p, a));
    TS_OK(axle_poly_to_string(&s, p, AXLE_FORMAT_TEXT));
    snprintf(buf, sizeof buf, "%s", s);
    axle_free(s);
    axle_poly_free(p);
    return buf;
}

static bool eq(const axle_algebraic *a, const axle_algebraic *b)
{
    bool e;
    TS_OK(axle_algebraic_equal(&e, a, b));
    return e;
}

Test(ops, equality_and_order)
{
    axle_algebraic *s2 = root_of("x^2 - 2", 1.4, 0), *s2b = root_of("2x^2 - 4", 1.4, 0),
                   *m2 = root_of("x^2 - 2", -1.4, 0), *c = root_of("x^3 - 2x - 5", 2, 0), *h = NULL;
    TS_OK(axle_algebraic_from_frac(&h, 7, 5));
    cr_assert(eq(s2, s2b));
    cr_assert(!eq(s2, m2));
    cr_assert(!eq(s2, h));
    int r;
    TS_OK(axle_algebraic_cmp(&r, m2, s2));
    cr_assert_eq(r, -1);
    TS_OK(axle_algebraic_cmp(&r, h, s2)); /* 1.4 < 1.41421... */
    cr_assert_eq(r, -1);
    TS_OK(axle_algebraic_cmp(&r, c, s2));
    cr_assert_eq(r, 1);
    TS_OK(axle_algebraic_cmp(&r, s2b, s2));
    cr_assert_eq(r, 0);
    TS_OK(axle_algebraic_sign(&r, m2));
    cr_assert_eq(r, -1);
    axle_algebraic *all[] = {s2, s2b, m2, c, h};
    for (size_t i = 0; i < 5; i++)
        axle_algebraic_free(all[i]);
}

Test(ops, complex_equality)
{
    axle_algebraic *a = root_of("x^4 + 1", 0.7, 0.7), *b = root_of("x^4 + 1", 0.7, -0.7), *c = NULL;
    cr_assert(!eq(a, b));
    TS_OK(axle_algebraic_conj(&c, b));
    cr_assert(eq(a, c));
    cr_assert(!axle_algebraic_is_real(a));
    axle_algebraic_free(a);
    axle_algebraic_free(b);
    axle_algebraic_free(c);
}

Test(ops, neg_and_inv)
{
    axle_algebraic *a = root_of("x^3 - 2x - 5", 2, 0), *n = NULL, *i = NULL, *ii = NULL;
    TS_OK(axle_algebraic_neg(&n, a));
    cr_assert_str_eq(minpoly(n), "x^3 - 2x + 5");
    TS_OK(axle_algebraic_inv(&i, a));
    cr_assert_str_eq(minpoly(i), "5x^3 + 2x^2 - 1");
    double x, y;
    TS_OK(axle_algebraic_to_double(&x, NULL, i));
    cr_assert_float_eq(x, 1 / 2.0945514815423265, 1e-15);
    TS_OK(axle_algebraic_inv(&ii, i));
    cr_assert(eq(ii, a));
    axle_algebraic_free(n);
    axle_algebraic_free(i);
    axle_algebraic_free(ii);
    axle_algebraic_free(a);
    /* complex: 1/(1 + 2i) = (1 - 2i)/5 */
    a = root_of("x^2 - 2x + 5", 1, 2);
    TS_OK(axle_algebraic_inv(&i, a));
    TS_OK(axle_algebraic_to_double(&x, &y, i));
    cr_assert(fabs(x - 0.2) < 1e-15 && fabs(y + 0.4) < 1e-15);
    cr_assert_str_eq(ta_str(i, AXLE_FORMAT_TEXT, 0), "1/5 - (2/5)i");
    TS_OK(axle_algebraic_neg(&n, a));
    cr_assert_str_eq(ta_str(n, AXLE_FORMAT_TEXT, 0), "-1 - 2*i");
    axle_algebraic_free(n);
    axle_algebraic_free(i);
    axle_algebraic_free(a);
}

Test(ops, sqrt_known)
{
    axle_algebraic *two = NULL, *r = NULL, *m4 = NULL, *q = NULL;
    TS_OK(axle_algebraic_from_frac(&two, 2, 1));
    TS_OK(axle_algebraic_sqrt(&r, two));
    cr_assert_str_eq(ta_str(r, AXLE_FORMAT_UNICODE, 0), "\u221a2");
    axle_algebraic_free(r);
    TS_OK(axle_algebraic_from_frac(&m4, -4, 1));
    TS_OK(axle_algebraic_sqrt(&r, m4));
    cr_assert_str_eq(ta_str(r, AXLE_FORMAT_TEXT, 0), "2*i");
    axle_algebraic_free(r);
    TS_OK(axle_algebraic_from_frac(&q, 9, 4));
    TS_OK(axle_algebraic_sqrt(&r, q));
    cr_assert_str_eq(ta_str(r, AXLE_FORMAT_TEXT, 0), "3/2");
    axle_algebraic_free(r);
    /* √i = e^(2πi/8) */
    axle_algebraic *i = root_of("x^2 + 1", 0, 1);
    TS_OK(axle_algebraic_sqrt(&r, i));
    unsigned long n, k;
    bool unity = false;
    TS_OK(axle_algebraic_root_of_unity(&unity, r, &n, &k));
    cr_assert(unity && n == 8 && k == 1);
    axle_algebraic_free(r);
    /* √(-i) = e^(-2πi/8) = e^(2πi 7/8) */
    axle_algebraic *mi = root_of("x^2 + 1", 0, -1);
    TS_OK(axle_algebraic_sqrt(&r, mi));
    unity = false;
    TS_OK(axle_algebraic_root_of_unity(&unity, r, &n, &k));
    cr_assert(unity && n == 8 && k == 7);
    axle_algebraic_free(r);
    /* √((1 + √5)/2) */
    axle_algebraic *phi = root_of("x^2 - x - 1", 1.6, 0);
    TS_OK(axle_algebraic_sqrt(&r, phi));
    cr_assert_str_eq(minpoly(r), "x^4 - x^2 - 1");
    double x;
    TS_OK(axle_algebraic_to_double(&x, NULL, r));
    cr_assert_float_eq(x, sqrt((1 + sqrt(5)) / 2), 1e-15);
    axle_algebraic_free(r);
    axle_algebraic *zero = NULL;
    TS_OK(axle_algebraic_from_frac(&zero, 0, 1));
    TS_OK(axle_algebraic_sqrt(&r, zero));
    cr_assert(eq(r, zero));
    axle_algebraic_free(r);
    axle_algebraic *all[] = {two, m4, q, i, mi, phi, zero};
    for (size_t j = 0; j < 7; j++)
        axle_algebraic_free(all[j]);
}

/* Random roots of random cubics and quartics: −(−α) = α, 1/(1/α) = α, conj conj α = α, and
 * √α squares to α with the principal branch (Re > 0, or Im > 0 on the negative axis). */
Test(ops, random_property)
{
    ts_rng g = ts_rng_new("ops/random_property");
    for (int t = 0; t < 8; t++) {
        long c[5];
        long deg = ts_range(&g, 2, 4);
        for (long i = 0; i <= deg; i++)
            c[i] = ts_range(&g, -9, 9);
        c[deg] = ts_range(&g, 1, 9);
        if (c[0] == 0)
            c[0] = 1;
        axle_poly *p = NULL;
        TS_OK(axle_poly_from_ints(&p, AXLE_QQ, (size_t)deg + 1, c));
        axle_roots *r = ta_roots(p);
        for (size_t i = 0; i < axle_roots_count(r); i++) {
            const axle_algebraic *a = axle_roots_get(r, i, NULL);
            axle_algebraic *n = NULL, *nn = NULL, *v = NULL, *vv = NULL, *s = NULL, *cj = NULL,
                           *cc = NULL;
            TS_OK(axle_algebraic_neg(&n, a));
            TS_OK(axle_algebraic_neg(&nn, n));
            cr_assert(eq(nn, a));
            TS_OK(axle_algebraic_inv(&v, a));
            TS_OK(axle_algebraic_inv(&vv, v));
            cr_assert(eq(vv, a));
            TS_OK(axle_algebraic_conj(&cj, a));
            TS_OK(axle_algebraic_conj(&cc, cj));
            cr_assert(eq(cc, a));
            cr_assert_eq(eq(cj, a), axle_algebraic_is_real(a));
            double x, y, sx, sy, vx, vy;
            TS_OK(axle_algebraic_to_double(&x, &y, a));
            TS_OK(axle_algebraic_to_double(&vx, &vy, v));
            double m2 = x * x + y * y;
            cr_assert(fabs(vx - x / m2) < 1e-9 * fabs(1 / sqrt(m2)) + 1e-12 &&
                      fabs(vy + y / m2) < 1e-9 / sqrt(m2) + 1e-12);
            TS_OK(axle_algebraic_sqrt(&s, a));
            TS_OK(axle_algebraic_to_double(&sx, &sy, s));
            double scale = fmax(1, sqrt(m2));
            cr_assert(fabs(sx * sx - sy * sy - x) < 1e-9 * scale &&
                          fabs(2 * sx * sy - y) < 1e-9 * scale,
                      "sqrt of %g%+gi is %g%+gi", x, y, sx, sy);
            cr_assert(sx > 0 || (sx == 0 && sy > 0), "principal branch");
            axle_algebraic *ab[] = {n, nn, v, vv, s, cj, cc};
            for (size_t j = 0; j < 7; j++)
                axle_algebraic_free(ab[j]);
        }
        axle_roots_free(r);
        axle_poly_free(p);
    }
}
