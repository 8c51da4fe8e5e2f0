/* Factorization worst cases: Swinnerton-Dyer polynomials (irreducible, but split into many
 * factors modulo every prime), cyclotomic polynomials, x^n - 1, Wilkinson's polynomial, huge
 * coefficients, high multiplicities, and a large product. */
#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <stdio.h>
#include <time.h>

#include "helpers.h"

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static void expect_irreducible(const axle_poly *p)
{
    axle_poly_factors *F = tp_factor(p);
    cr_assert_eq(axle_poly_factors_count(F), 1, "%s splits", tp_str(p));
    axle_poly_factors_free(F);
}

Test(poly_worst, swinnerton_dyer_8)
{
    axle_poly *p = tp_swinnerton_dyer(3);
    cr_assert_str_eq(tp_str(p), "x^8 - 40x^6 + 352x^4 - 960x^2 + 576");
    expect_irreducible(p);
    /* a product of two conjugate-free pieces: SD8(x) SD8(x + 1) factors into exactly those */
    axle_poly *x1 = tp_parse(AXLE_QQ, "x + 1"), *q = NULL;
    TS_OK(axle_poly_compose(&q, p, x1));
    axle_poly *pq = tp_mul(p, q);
    axle_poly_factors *F = tp_factor(pq);
    cr_assert_eq(axle_poly_factors_count(F), 2);
    axle_poly_factors_free(F);
    axle_poly_free(x1);
    axle_poly_free(q);
    axle_poly_free(pq);
    axle_poly_free(p);
}

Test(poly_worst, swinnerton_dyer_16, .timeout = 240)
{
    axle_poly *p = tp_swinnerton_dyer(4);
    cr_assert_eq(axle_poly_degree(p), 16);
    double t0 = now();
    expect_irreducible(p);
    cr_log_info("SD16 factored in %.3f s", now() - t0);
    axle_poly_free(p);
}

Test(poly_worst, cyclotomic)
{
    /* Phi_n is irreducible of degree phi(n) */
    static const unsigned long n[] = {1, 2, 3, 5, 8, 12, 15, 21, 30, 36, 60, 105};
    static const long phi[] = {1, 1, 2, 4, 4, 4, 8, 12, 8, 12, 16, 48};
    for (size_t i = 0; i < sizeof n / sizeof n[0]; i++) {
        axle_poly *c = tp_cyclotomic(n[i]);
        cr_assert_eq(axle_poly_degree(c), phi[i]);
        expect_irreducible(c);
        axle_poly_free(c);
    }
}

Test(poly_worst, x_n_minus_1)
{
    /* x^n - 1 = prod_{d | n} Phi_d: one factor per divisor, each Phi_d */
    for (unsigned long n = 1; n <= 64; n++) {
        tp_check_cyclotomic_split(n);
    }
}

Test(poly_worst, wilkinson)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_monomial(&p, AXLE_QQ, 0));
    for (long k = 1; k <= 20; k++) {
        axle_poly *f = tp_ints(AXLE_QQ, 2, (long[]){-k, 1}), *t = tp_mul(p, f);
        axle_poly_free(p);
        axle_poly_free(f);
        p = t;
    }
    axle_poly_factors *F = tp_factor(p);
    cr_assert_eq(axle_poly_factors_count(F), 20);
    axle_poly_factors_free(F);
    axle_matrix *R = NULL;
    TS_OK(axle_poly_rational_roots(&R, NULL, p));
    cr_assert_eq(axle_matrix_rows(R), 20);
    for (size_t k = 0; k < 20; k++) {
        double v = 0;
        TS_OK(axle_matrix_get_double(&v, R, k, 0));
        cr_assert_eq(v, (double)(k + 1));
    }
    axle_matrix_free(R);
    /* and Wilkinson's polynomial times x^2 + 1 with its huge coefficients, squared */
    axle_poly *q = tp_parse(AXLE_QQ, "x^2 + 1"), *pq = tp_mul(p, q), *pq2 = tp_mul(pq, pq);
    F = tp_factor(pq2);
    cr_assert_eq(axle_poly_factors_count(F), 21);
    for (size_t i = 0; i < 21; i++) {
        unsigned long m = 0;
        (void)axle_poly_factors_get(F, i, &m);
        cr_assert_eq(m, 2);
    }
    axle_poly_factors_free(F);
    axle_poly_free(q);
    axle_poly_free(pq);
    axle_poly_free(pq2);
    axle_poly_free(p);
}

Test(poly_worst, huge_coefficients)
{
    /* (x - 10^100)(3x + 10^100 + 7)(x^2 + 10^100 x + 1)^2 (x^3 - 2) */
    const char *parts[] = {
        "x - 1e100", "3x + 1e100 + 7", "x^2 + 1e100 x + 1", "x^2 + 1e100 x + 1", "x^3 - 2",
    };
    axle_poly *p = tp_parse(AXLE_QQ, "1");
    for (size_t i = 0; i < 5; i++) {
        axle_poly *f = tp_parse(AXLE_QQ, parts[i]), *t = tp_mul(p, f);
        axle_poly_free(p);
        axle_poly_free(f);
        p = t;
    }
    axle_poly_factors *F = tp_factor(p);
    cr_assert_eq(axle_poly_factors_count(F), 4);
    unsigned long total = 0;
    for (size_t i = 0; i < 4; i++) {
        unsigned long m = 0;
        (void)axle_poly_factors_get(F, i, &m);
        total += m;
    }
    cr_assert_eq(total, 5);
    axle_poly_factors_free(F);
    axle_poly_free(p);
}

Test(poly_worst, repeated_roots)
{
    /* (x - 1)^12 (x + 1)^7 (2x - 3)^5 (x^2 - 3)^4 */
    axle_poly *p = tp_parse(AXLE_QQ, "1");
    struct {
        const char *f;
        unsigned long e;
    } parts[] = {{"x - 1", 12}, {"x + 1", 7}, {"2x - 3", 5}, {"x^2 - 3", 4}};
    for (size_t i = 0; i < 4; i++) {
        axle_poly *f = tp_parse(AXLE_QQ, parts[i].f), *fe = NULL;
        TS_OK(axle_poly_pow(&fe, f, parts[i].e));
        axle_poly *t = tp_mul(p, fe);
        axle_poly_free(p);
        axle_poly_free(f);
        axle_poly_free(fe);
        p = t;
    }
    axle_poly_factors *F = tp_factor(p);
    cr_assert_eq(axle_poly_factors_count(F), 4);
    for (size_t i = 0; i < 4; i++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(F, i, &m);
        bool ok = false;
        for (size_t j = 0; j < 4; j++) {
            axle_poly *g = tp_parse(AXLE_QQ, parts[j].f);
            if (axle_poly_equal(f, g))
                ok = m == parts[j].e;
            axle_poly_free(g);
        }
        cr_assert(ok, "factor %s^%lu unexpected", tp_str(f), m);
    }
    axle_poly_factors_free(F);
    axle_poly_free(p);
}

Test(poly_worst, large_random_product)
{
    /* degree 120: a product of four random degree-30 polynomials with 20-digit coefficients */
    ts_rng r = ts_rng_new("poly_worst/large_random_product");
    axle_poly *p = tp_parse(AXLE_QQ, "1");
    for (int i = 0; i < 4; i++) {
        axle_poly *f = tp_random(&r, AXLE_QQ, 30, 1000000000L), *g = tp_random(&r, AXLE_QQ, 30, 7),
                  *fg = NULL;
        axle_scalar *s = NULL;
        TS_OK(axle_scalar_from_int(&s, AXLE_QQ, 99999999989L));
        TS_OK(axle_poly_scale(&fg, s, g));
        axle_poly *h = tp_add(f, fg), *t = tp_mul(p, h);
        axle_poly_free(p);
        axle_poly_free(f);
        axle_poly_free(g);
        axle_poly_free(fg);
        axle_poly_free(h);
        axle_scalar_free(s);
        p = t;
    }
    double t0 = now();
    axle_poly_factors *F = tp_factor(p);
    cr_log_info("degree 120 factored in %.3f s", now() - t0);
    cr_assert_geq(axle_poly_factors_count(F), 4);
    axle_poly_factors_free(F);
    axle_poly_free(p);
}
