/* Hard cases: Wilkinson's polynomial, clustered roots, Swinnerton-Dyer, cyclotomic polynomials,
 * huge coefficients, repeated roots; and the exact real isolation on unfactored input. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>

#include "exact/algebraic/alg_impl.h"
#include "helpers.h"

/* prod (a_k x - b_k) */
static axle_poly *product(size_t n, const long *a, const long *b)
{
    axle_poly *p = NULL;
    long one = 1;
    TS_OK(axle_poly_from_ints(&p, AXLE_QQ, 1, &one));
    for (size_t k = 0; k < n; k++) {
        long c[2] = {-b[k], a[k]};
        axle_poly *f = NULL, *q = NULL;
        TS_OK(axle_poly_from_ints(&f, AXLE_QQ, 2, c));
        TS_OK(axle_poly_mul(&q, p, f));
        axle_poly_free(p);
        axle_poly_free(f);
        p = q;
    }
    return p;
}

/* Isolate the real roots of the square-free p without factoring; check root k lies in interval
 * k (b_k / a_k ascending). */
static void isolate_unfactored(const axle_poly *p, size_t n, const long *a, const long *b)
{
    ax_zpoly f;
    ax_zp_init(&f);
    cr_assert_eq(ax_zp_from_qq(&f, NULL, p), AXLE_OK);
    ax_intervals L;
    TS_OK(ax_alg_isolate_real(&L, &f));
    cr_assert_eq(L.n, n);
    mpq_t r;
    mpq_init(r);
    for (size_t k = 0; k < n; k++) {
        mpq_set_si(r, b[k], (unsigned long)a[k]);
        mpq_canonicalize(r);
        cr_assert(mpq_cmp(L.v[k].lo, r) <= 0 && mpq_cmp(r, L.v[k].hi) <= 0,
                  "root %zu not in its interval", k);
        if (mpq_equal(L.v[k].lo, L.v[k].hi))
            continue;
        cr_assert(!mpq_equal(L.v[k].lo, r) && !mpq_equal(L.v[k].hi, r),
                  "an open interval must hold its root inside");
    }
    mpq_clear(r);
    ax_iv_clear(&L);
    ax_zp_clear(&f);
}

Test(worst, wilkinson)
{
    long a[20], b[20];
    for (long k = 0; k < 20; k++) {
        a[k] = 1;
        b[k] = k + 1;
    }
    axle_poly *p = product(20, a, b);
    isolate_unfactored(p, 20, a, b);
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, false);
    for (size_t k = 0; k < 20; k++) {
        mpq_t q;
        mpq_init(q);
        TS_OK(axle_algebraic_get_mpq(q, axle_roots_get(r, k, NULL)));
        cr_assert_eq(mpq_cmp_si(q, (long)k + 1, 1), 0);
        mpq_clear(q);
    }
    axle_roots_free(r);
    /* perturbed: x^19 coefficient -210 - 2^-23 (Wilkinson's famous example): 10 real roots */
    axle_poly *e = NULL, *q = NULL;
    TS_OK(axle_poly_parse(&e, AXLE_QQ, "-1/8388608 x^19"));
    TS_OK(axle_poly_add(&q, p, e));
    r = ta_roots(q);
    ta_check_roots(q, r, false);
    size_t nreal = 0;
    for (size_t i = 0; i < axle_roots_count(r); i++)
        nreal += axle_algebraic_is_real(axle_roots_get(r, i, NULL));
    cr_assert_eq(nreal, 10);
    double x, y;
    TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, 19, NULL)));
    cr_assert(fabs(x - 19.502439400) < 1e-6 && fabs(fabs(y) - 1.940330347) < 1e-6);
    axle_roots_free(r);
    axle_poly_free(e);
    axle_poly_free(q);
    axle_poly_free(p);
}

Test(worst, clustered)
{
    long a[8], b[8];
    for (long k = 0; k < 8; k++) {
        a[k] = 1007 - k; /* 1/1007 < 1/1006 < ... ascending */
        b[k] = 1;
    }
    axle_poly *p = product(8, a, b);
    isolate_unfactored(p, 8, a, b);
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, false);
    cr_assert_eq(axle_roots_count(r), 8);
    axle_roots_free(r);
    axle_poly_free(p);
    /* an irreducible cluster: the roots of x^2 - 2 and x^2 - 2 - 10^-30 are 1.8e-31 apart */
    p = ta_poly("x^4 - 4.000000000000000000000000000001 x^2 + 4.000000000000000000000000000002");
    r = ta_roots(p);
    ta_check_roots(p, r, false);
    cr_assert_eq(axle_roots_count(r), 4);
    int c;
    TS_OK(axle_algebraic_cmp(&c, axle_roots_get(r, 2, NULL), axle_roots_get(r, 3, NULL)));
    cr_assert_lt(c, 0);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(worst, swinnerton_dyer)
{
    axle_poly *p = ta_poly("x^8 - 40x^6 + 352x^4 - 960x^2 + 576");
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, true);
    cr_assert_eq(axle_roots_count(r), 8);
    double want[8];
    int k = 0;
    for (int s2 = -1; s2 <= 1; s2 += 2)
        for (int s3 = -1; s3 <= 1; s3 += 2)
            for (int s5 = -1; s5 <= 1; s5 += 2)
                want[k++] = s2 * sqrt(2) + s3 * sqrt(3) + s5 * sqrt(5);
    for (int i = 0; i < 8; i++)
        for (int j = i + 1; j < 8; j++)
            if (want[j] < want[i]) {
                double t = want[i];
                want[i] = want[j];
                want[j] = t;
            }
    for (size_t i = 0; i < 8; i++) {
        const axle_algebraic *a = axle_roots_get(r, i, NULL);
        cr_assert(axle_algebraic_is_real(a) && axle_algebraic_degree(a) == 8);
        double x;
        TS_OK(axle_algebraic_to_double(&x, NULL, a));
        cr_assert_float_eq(x, want[i], 1e-13);
    }
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(worst, cyclotomic)
{
    for (unsigned long n = 1; n <= 30; n++) {
        char text[32];
        snprintf(text, sizeof text, "x^%lu - 1", n);
        axle_poly *p = ta_poly(text);
        axle_roots *r = ta_roots(p);
        ta_check_roots(p, r, n <= 24);
        cr_assert_eq(axle_roots_count(r), n);
        bool seen[31] = {false};
        for (size_t i = 0; i < n; i++) {
            unsigned long m, k;
            bool unity = false;
            TS_OK(axle_algebraic_root_of_unity(&unity, axle_roots_get(r, i, NULL), &m, &k));
            cr_assert(unity);
            cr_assert_eq(n % m, 0);
            unsigned long j = k * (n / m);
            cr_assert(!seen[j], "e^(2 pi i %lu/%lu) twice", j, n);
            seen[j] = true;
        }
        axle_roots_free(r);
        axle_poly_free(p);
    }
}

Test(worst, huge_coefficients)
{
    /* (10^100 x - 1)(x^2 + 10^100)(x - 10^50)(x^2 - 10^100 x + 1) */
    axle_poly *f1 = ta_poly("1e100 x - 1"), *f2 = ta_poly("x^2 + 1e100"), *f3 = ta_poly("x - 1e50"),
              *f4 = ta_poly("x^2 - 1e100 x + 1");
    axle_poly *t1 = NULL, *t2 = NULL, *p = NULL;
    TS_OK(axle_poly_mul(&t1, f1, f2));
    TS_OK(axle_poly_mul(&t2, t1, f3));
    TS_OK(axle_poly_mul(&p, t2, f4));
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, false);
    cr_assert_eq(axle_roots_count(r), 6);
    const double want[][2] = {{1e-100, 0}, {1e-100, 0}, {1e50, 0},
                              {1e100, 0},  {0, 1e50},   {0, -1e50}};
    /* ascending: 1e-100 (twice: 1/10^100 and the small root of f4 ~ 1e-100 + 1e-300) */
    for (size_t i = 0; i < 6; i++) {
        double x, y;
        TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, i, NULL)));
        double s = fmax(fabs(want[i][0]), fabs(want[i][1]));
        cr_assert(fabs(x - want[i][0]) <= 1e-12 * s && fabs(y - want[i][1]) <= 1e-12 * s,
                  "root %zu: %g%+gi", i, x, y);
    }
    cr_assert(axle_algebraic_is_rational(axle_roots_get(r, 0, NULL)));
    cr_assert_eq(axle_algebraic_degree(axle_roots_get(r, 1, NULL)), 2);
    axle_roots_free(r);
    axle_poly *ps[] = {f1, f2, f3, f4, t1, t2, p};
    for (size_t i = 0; i < 7; i++)
        axle_poly_free(ps[i]);
}

Test(worst, repeated_roots)
{
    axle_poly *p = ta_poly("x^9 - 3x^8 + 3x^7 - x^6 - 3x^5 + 9x^4 - 11x^3 + 9x^2 - 6x + 2");
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, true);
    /* (x-1)^3 (x^2+1)^2 (x^2-2): -√2, 1 (3), √2, i (2), -i (2) */
    const unsigned long mult[] = {1, 3, 1, 2, 2};
    cr_assert_eq(axle_roots_count(r), 5);
    for (size_t i = 0; i < 5; i++) {
        unsigned long m;
        axle_roots_get(r, i, &m);
        cr_assert_eq(m, mult[i]);
    }
    char *s = NULL;
    TS_OK(axle_roots_to_string(&s, r, AXLE_FORMAT_UNICODE, 0));
    cr_assert_str_eq(s, "\u2212\u221a2\n1  (multiplicity 3)\n\u221a2\n"
                        "i = e^(2\u03c0i/4)  (multiplicity 2)\n"
                        "\u2212i = e^(2\u03c0i\u00b73/4)  (multiplicity 2)\n");
    axle_free(s);
    axle_roots_free(r);
    axle_poly_free(p);
}
