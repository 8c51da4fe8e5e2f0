/* axle_poly_roots on random and classical polynomials: certified enclosures, multiplicities,
 * canonical order, agreement with LAPACK's companion-matrix eigenvalues. */
#include <criterion/criterion.h>
#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"
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

/* Roots far from 1: real-root isolation scales by 2^b with b from a root bound. Cauchy's
 * 1 + max |a_i / a_n| was about n times too many bits when the roots are near 10^k (|a_i| near
 * 10^(k (n - i))): x^30 - 3 10^2900 x - 3 10^3000, roots 10^100 times those of x^30 - 3x - 3,
 * took 28 s of CPU (the spectrum of a 20 x 20 matrix of entries near 10^100 16 s and 1.2 GB);
 * with Fujiwara's bound 0.04 s. The random part checks the bound on roots scaled by 10^k, k from
 * -60 to 200 (a bound too small would lose roots). */
Test(roots, roots_near_ten_to_the_hundred, .timeout = 20)
{
    axle_poly *p = NULL, *q = NULL;
    char *text = malloc(6200);
    cr_assert_not_null(text);
    int len = snprintf(text, 6200, "x^30 - 3");
    for (int i = 0; i < 2900; i++)
        text[len++] = '0';
    len += snprintf(text + len, 6200 - (size_t)len, "x - 3");
    for (int i = 0; i < 3000; i++)
        text[len++] = '0';
    text[len] = '\0';
    TS_OK(axle_poly_parse(&p, AXLE_QQ, text));
    TS_OK(axle_poly_parse(&q, AXLE_QQ, "x^30 - 3x - 3"));
    free(text);
    axle_roots *r = ta_roots(p), *rq = ta_roots(q);
    ta_check_roots(p, r, false);
    cr_assert_eq(axle_roots_count(r), 30);
    for (size_t i = 0; i < 30; i++) {
        double x, y, u, v;
        TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, i, NULL)));
        TS_OK(axle_algebraic_to_double(&u, &v, axle_roots_get(rq, i, NULL)));
        cr_assert(fabs(x / 1e100 - u) <= 1e-12 && fabs(y / 1e100 - v) <= 1e-12,
                  "root %zu: %g%+gi against 1e100 (%g%+gi)", i, x, y, u, v);
    }
    axle_roots_free(r);
    axle_roots_free(rq);
    axle_poly_free(p);
    axle_poly_free(q);

    ts_rng g = ts_rng_new("roots/roots_near_ten_to_the_hundred");
    const char *scale[] = {"1e60", "1e-100", "1e-200", "1/3", "7e5"};
    for (int t = 0; t < 25; t++) {
        axle_poly *f = random_poly(&g, ts_range(&g, 2, 9), 20), *x = NULL, *h = NULL;
        axle_scalar *c = NULL;
        TS_OK(axle_scalar_parse(&c, AXLE_QQ, scale[t % 5]));
        TS_OK(axle_poly_monomial(&x, AXLE_QQ, 1));
        TS_OK(axle_poly_scale(&h, c, x));
        TS_OK(axle_poly_compose(&p, f, h)); /* roots: those of f divided by c */
        r = ta_roots(p);
        ta_check_roots(p, r, false);
        axle_roots_free(r);
        axle_scalar_free(c);
        axle_poly_free(f);
        axle_poly_free(x);
        axle_poly_free(h);
        axle_poly_free(p);
        p = NULL;
    }
}

/* Roots of very different sizes in one polynomial: χ of [[10^k, 1, 0], [1, 10^k, 1], [0, 1, 7]]
 * has two roots near 10^k and one near 7, whose isolating interval can start as wide as the
 * root bound. Approximating them refines relative to their size (geometric splitting), so this
 * takes well under a second; halving to an absolute 2^-8 took minutes at k = 20000. */
Test(roots, roots_of_very_different_sizes)
{
    const unsigned k = 20000;
    char *text = malloc(3 * k + 200);
    cr_assert_not_null(text);
    char *big = malloc(k + 2);
    cr_assert_not_null(big);
    big[0] = '1';
    memset(big + 1, '0', k);
    big[k + 1] = '\0';
    snprintf(text, 3 * k + 200, "[[%s, 1, 0], [1, %s, 1], [0, 1, 7]]", big, big);
    axle_matrix *A = NULL;
    axle_poly *chi = NULL;
    TS_OK(axle_matrix_parse(&A, AXLE_QQ, text));
    TS_OK(axle_matrix_charpoly(&chi, A));
    axle_roots *r = ta_roots(chi);
    cr_assert_eq(axle_roots_count(r), 3);
    double x, y;
    /* canonical order: real roots ascending, so the one near 7 comes first */
    TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, 0, NULL)));
    cr_assert(fabs(x - 7) < 1e-9 && y == 0, "root near 7: %.17g", x);
    char *s = NULL;
    for (size_t i = 1; i < 3; i++) {
        TS_OK(axle_algebraic_to_decimal(&s, NULL, axle_roots_get(r, i, NULL), 6));
        cr_assert_str_eq(s, "1e+20000");
        axle_free(s);
    }
    axle_roots_free(r);
    axle_poly_free(chi);
    axle_matrix_free(A);
    free(big);
    free(text);
}

/* Non-real roots of quadratics come from the closed form: the pair 10^20000 ± i in a moment (the
 * iterative discs needed 66000 bits to tell them apart), and random quadratics with D < 0 agree
 * with the formula in doubles and with the canonical order (positive imaginary part first). */
Test(roots, quadratic_pairs_from_the_closed_form)
{
    const unsigned k = 20000;
    char *text = malloc(3 * k + 100);
    cr_assert_not_null(text);
    int len = snprintf(text, 3 * k + 100, "x^2 - 2");
    for (unsigned i = 0; i < k; i++)
        text[len++] = '0';
    len += snprintf(text + len, 3 * k + 100 - (size_t)len, "x + 1");
    for (unsigned i = 0; i < 2 * k; i++)
        text[len++] = '0';
    snprintf(text + len, 3 * k + 100 - (size_t)len, " + 1");
    axle_poly *p = NULL;
    cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, text), AXLE_OK, "%s", axle_error_message());
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 2);
    char *re = NULL, *im = NULL;
    TS_OK(axle_algebraic_to_decimal(&re, &im, axle_roots_get(r, 0, NULL), 6));
    cr_assert_str_eq(re, "1e+20000");
    cr_assert_str_eq(im, "1");
    axle_free(re);
    axle_free(im);
    axle_roots_free(r);
    axle_poly_free(p);
    free(text);

    ts_rng g = ts_rng_new("roots/quadratic_pairs_from_the_closed_form");
    for (int t = 0; t < 200; t++) {
        /* c > b^2 / 4a: D = b^2 - 4ac < 0 */
        long a = ts_range(&g, 1, 50), b = ts_range(&g, -1000, 1000);
        long c = b * b / (4 * a) + ts_range(&g, 1, 100000);
        long co[3] = {c, b, a};
        TS_OK(axle_poly_from_ints(&p, AXLE_QQ, 3, co));
        r = ta_roots(p);
        ta_check_roots(p, r, false);
        size_t n = axle_roots_count(r);
        double want_re = -(double)b / (2.0 * (double)a);
        double want_im = sqrt((double)(4 * a * c - b * b)) / (2.0 * (double)a);
        for (size_t i = 0; i < n; i++) {
            unsigned long mult;
            const axle_algebraic *x = axle_roots_get(r, i, &mult);
            double u, v;
            TS_OK(axle_algebraic_to_double(&u, &v, x));
            /* a square factor (b^2 - 4ac < 0 and not irreducible) cannot happen: one pair */
            cr_assert_eq(n, 2);
            cr_assert(fabs(u - want_re) <= 1e-12 * (1 + fabs(want_re)) &&
                          fabs(v - (i == 0 ? want_im : -want_im)) <= 1e-12 * (1 + want_im),
                      "%ldx^2 + %ldx + %ld root %zu: %.17g%+.17gi", a, b, c, i, u, v);
        }
        axle_roots_free(r);
        axle_poly_free(p);
        p = NULL;
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

/* ---- roots of unity: placed from their closed form, certified ------------------------------- */

static axle_poly *x_n_minus_1(unsigned long n)
{
    axle_poly *xn = NULL, *one = NULL, *p = NULL;
    TS_OK(axle_poly_monomial(&xn, AXLE_QQ, n));
    TS_OK(axle_poly_monomial(&one, AXLE_QQ, 0));
    TS_OK(axle_poly_sub(&p, xn, one));
    axle_poly_free(xn);
    axle_poly_free(one);
    return p;
}

/* The roots of x^n - 1: n of them, each e^(2πi k/m) with (k, m) reported by
 * axle_algebraic_root_of_unity matching its value, together every n-th root of unity once. */
static void check_unity(unsigned long n, bool full)
{
    axle_poly *p = x_n_minus_1(n);
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), n);
    if (full)
        ta_check_roots(p, r, n <= 64);
    bool *seen = calloc(n, sizeof *seen);
    cr_assert_not_null(seen);
    const double tau = 6.28318530717958647692;
    for (size_t i = 0; i < n; i++) {
        unsigned long mult, m = 0, k = 0;
        const axle_algebraic *a = axle_roots_get(r, i, &mult);
        cr_assert_eq(mult, 1);
        bool unity = false;
        TS_OK(axle_algebraic_root_of_unity(&unity, a, &m, &k));
        cr_assert(unity, "root %zu of x^%lu - 1", i, n);
        cr_assert(m >= 1 && n % m == 0 && k < m);
        unsigned long j = k * (n / m);
        cr_assert(!seen[j], "e^(2πi %lu/%lu) twice", j, n);
        seen[j] = true;
        double re, im;
        TS_OK(axle_algebraic_to_double(&re, &im, a));
        cr_assert_lt(
            hypot(re - cos(tau * (double)j / (double)n), im - sin(tau * (double)j / (double)n)),
            1e-12);
    }
    free(seen);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(roots, roots_of_unity_closed_form, .timeout = 120)
{
    /* x^2000 - 1 took more than 300 s in the general complex-root search; x^12 - 1 and x^360 - 1
     * are checked in full (certified enclosures, canonical order, conjugate pairs, LAPACK) */
    check_unity(12, true);
    check_unity(360, true);
    check_unity(2000, false);
    /* the text form names them */
    axle_poly *p = x_n_minus_1(12);
    axle_roots *r = ta_roots(p);
    const axle_algebraic *a =
        ta_root_near(r, cos(6.28318530717958647692 / 12), sin(6.28318530717958647692 / 12));
    cr_assert_str_eq(ta_str(a, AXLE_FORMAT_TEXT, 10), "exp(2*pi*i/12) ~ 0.8660254038 + 0.5i");
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(roots, unity_discs_agree_with_the_general_method)
{
    /* white box: for Phi_m, the directly placed discs against the Aberth–Ehrlich discs of the
     * general path; each must isolate the same root as exactly one of them */
    static const unsigned long ms[] = {3, 5, 7, 9, 15, 16, 21, 35, 60, 105};
    for (size_t t = 0; t < sizeof ms / sizeof ms[0]; t++) {
        ax_zpoly f;
        ax_zp_init(&f);
        cr_assert_eq(ax_zp_cyclotomic(&f, ms[t]), AXLE_OK);
        bool nomem, done;
        cr_assert_eq(ax_alg_cyclotomic_order(&f, &nomem), ms[t]);
        ax_alist L = {0};
        TS_OK(ax_alg_unity_roots(&L, &f, ms[t], 1, &done));
        cr_assert(done);
        size_t n = f.len - 1;
        cr_assert_eq(L.n, n);
        mpq_t *re, *im, *rad;
        TS_OK(ax_alg_all_discs(&re, &im, &rad, &f, 128));
        for (size_t i = 0; i < L.n; i++) {
            const axle_algebraic *x = L.a[i];
            cr_assert(mpq_cmp(x->rad, x->im) < 0 || mpq_sgn(x->im) < 0);
            size_t same = 0;
            for (size_t j = 0; j < n; j++) {
                bool eq;
                TS_OK(ax_alg_same_disc(&eq, &f, x->re, x->im, x->rad, re[j], im[j], rad[j]));
                same += eq;
            }
            cr_assert_eq(same, 1, "Phi_%lu root %zu", ms[t], i);
        }
        ax_alg_discs_clear(re, im, rad, n);
        ax_alist_clear(&L);
        ax_zp_clear(&f);
    }
    /* not cyclotomic: palindromic with constant 1 but no Phi_m */
    ax_zpoly g;
    ax_zp_init(&g);
    cr_assert_eq(ax_zp_zero(&g, 3), AXLE_OK);
    mpz_set_ui(g.c[0], 1);
    mpz_set_si(g.c[1], 3);
    mpz_set_ui(g.c[2], 1);
    bool nomem;
    cr_assert_eq(ax_alg_cyclotomic_order(&g, &nomem), 0);
    ax_zp_clear(&g);
}

Test(roots, degree_limit_of_the_general_method, .timeout = 120)
{
    /* x^(L+1) - 2x - 2 is irreducible (Eisenstein), neither cyclotomic nor a binomial: refused
     * at once, naming the limit; its real roots likewise */
    char text[64];
    snprintf(text, sizeof text, "x^%d - 2x - 2", AXLE_ROOTS_MAX_DEGREE + 1);
    axle_poly *p = ta_poly(text);
    axle_roots *r = (axle_roots *)1;
    cr_assert_eq(axle_poly_roots(&r, p), AXLE_ERANGE);
    cr_assert_null(r);
    cr_assert(strstr(axle_error_message(), "AXLE_ROOTS_MAX_DEGREE"), "%s", axle_error_message());
    cr_assert_eq(axle_poly_real_roots(&r, p), AXLE_ERANGE);
    axle_poly_free(p);
    /* beyond the factorization limit: refused before factoring */
    p = x_n_minus_1(100000);
    cr_assert_eq(axle_poly_roots(&r, p), AXLE_ERANGE);
    cr_assert(strstr(axle_error_message(), "AXLE_POLY_FACTOR_MAX_DEGREE"), "%s",
              axle_error_message());
    axle_poly_free(p);
}
