/* axle_poly_roots on random and classical polynomials: certified enclosures, multiplicities,
 * canonical order, agreement with LAPACK's companion-matrix eigenvalues. */
#include <criterion/criterion.h>
#include <math.h>

#include "helpers.h"

static axle_poly *random_poly(ts_rng *g, long deg, long h)
{
    long c[32];
    for (long i = 0; i <= deg; i++)
        c[i] = ts_range(g, -h, h);
    if (c[deg] == 0)
        c[deg] = 1;
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_ints(&p, AXLE_QQ, (size_t)deg + 1, c));
    return p;
}

Test(roots, random_property)
{
    ts_rng g = ts_rng_new("roots/random_property");
    for (int t = 0; t < 40; t++) {
        long deg = ts_range(&g, 1, 9);
        axle_poly *p = random_poly(&g, deg, 20);
        axle_roots *r = ta_roots(p);
        ta_check_roots(p, r, true);
        axle_roots_free(r);
        axle_poly_free(p);
    }
}

/* A leading coefficient larger than all others puts every root inside |z| < 2; the real roots
 * in [1, 2) must still be found (the Cauchy bound is below 2, not below 1). */
Test(roots, dominant_leading_coefficient)
{
    const long p1[] = {-3, -3, -3, 8};      /* 8x^3 - 3x^2 - 3x - 3: a real root near 1.2 */
    const long p2[] = {-7, -7, -7, -7, 16}; /* 16x^4 - 7x^3 - 7x^2 - 7x - 7 */
    const long *fixed[] = {p1, p2};
    const size_t len[] = {4, 5};
    for (size_t k = 0; k < 2; k++) {
        axle_poly *p = NULL;
        TS_OK(axle_poly_from_ints(&p, AXLE_QQ, len[k], fixed[k]));
        axle_roots *r = ta_roots(p);
        ta_check_roots(p, r, true);
        axle_roots_free(r);
        axle_poly_free(p);
    }
    ts_rng g = ts_rng_new("roots/dominant_leading_coefficient");
    for (int t = 0; t < 40; t++) {
        long deg = ts_range(&g, 1, 9);
        axle_poly *p = random_poly(&g, deg, 20);
        axle_scalar *lead = NULL;
        axle_poly *x = NULL, *bump = NULL, *q = NULL;
        TS_OK(axle_scalar_from_int(&lead, AXLE_QQ, ts_range(&g, 100, 400)));
        TS_OK(axle_poly_monomial(&x, AXLE_QQ, (unsigned long)deg));
        TS_OK(axle_poly_scale(&bump, lead, x));
        TS_OK(axle_poly_add(&q, p, bump));
        axle_roots *r = ta_roots(q);
        ta_check_roots(q, r, true);
        axle_roots_free(r);
        axle_scalar_free(lead);
        axle_poly_free(x);
        axle_poly_free(bump);
        axle_poly_free(q);
        axle_poly_free(p);
    }
}

Test(roots, random_products_with_multiplicities)
{
    ts_rng g = ts_rng_new("roots/random_products_with_multiplicities");
    for (int t = 0; t < 15; t++) {
        axle_poly *a = random_poly(&g, ts_range(&g, 1, 3), 6);
        axle_poly *b = random_poly(&g, ts_range(&g, 1, 3), 6);
        axle_poly *a2 = NULL, *p = NULL;
        TS_OK(axle_poly_pow(&a2, a, (unsigned long)ts_range(&g, 1, 3)));
        TS_OK(axle_poly_mul(&p, a2, b));
        axle_roots *r = ta_roots(p);
        ta_check_roots(p, r, true);
        axle_roots_free(r);
        axle_poly_free(a);
        axle_poly_free(b);
        axle_poly_free(a2);
        axle_poly_free(p);
    }
}

Test(roots, real_roots_only)
{
    axle_poly *p = ta_poly("x^5 - x - 1");
    axle_roots *r = NULL;
    TS_OK(axle_poly_real_roots(&r, p));
    cr_assert_eq(axle_roots_count(r), 1);
    double x;
    TS_OK(axle_algebraic_to_double(&x, NULL, axle_roots_get(r, 0, NULL)));
    cr_assert_float_eq(x, 1.1673039782614187, 1e-15);
    axle_roots_free(r);
    r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 5);
    ta_check_roots(p, r, true);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(roots, constants_have_no_roots)
{
    axle_poly *p = ta_poly("7/3");
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 0);
    cr_assert_null(axle_roots_get(r, 0, NULL));
    char *s = NULL;
    TS_OK(axle_roots_to_string(&s, r, AXLE_FORMAT_JSON, 0));
    cr_assert_str_eq(s, "{\"roots\":[]}");
    axle_free(s);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(roots, canonical_order_of_pairs)
{
    /* (x^2 + 1)(x^2 + 4)(x^2 - 2x + 2)(x - 3): reals, then pairs by real part, then imaginary
     * part: i, -i, 2i, -2i, 1 + i, 1 - i */
    axle_poly *p = ta_poly("x^7 - 5x^6 + 13x^5 - 31x^4 + 44x^3 - 50x^2 + 32x - 24");
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, true);
    const double want[][2] = {{3, 0}, {0, 1}, {0, -1}, {0, 2}, {0, -2}, {1, 1}, {1, -1}};
    cr_assert_eq(axle_roots_count(r), 7);
    for (size_t i = 0; i < 7; i++) {
        double x, y;
        TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, i, NULL)));
        cr_assert(fabs(x - want[i][0]) < 1e-12 && fabs(y - want[i][1]) < 1e-12,
                  "root %zu is %g%+gi", i, x, y);
    }
    axle_roots_free(r);
    axle_poly_free(p);
}
