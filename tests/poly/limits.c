/* Size limits of polynomial arithmetic (AXLE_POLY_MAX_DEGREE, AXLE_POLY_MAX_BITS): a few bytes of
 * input that ask for an enormous result are refused at once with AXLE_ERANGE and a message naming
 * the limit, before any arithmetic (GMP would abort when its allocation fails); results within the
 * limits are computed, and the Kronecker product agrees with the schoolbook sum of products. */
#include <criterion/criterion.h>
#include <gmp.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

/* Expect AXLE_ERANGE, a NULL result and a message naming the limit. */
static void expect_refused(axle_status s, axle_poly *const *out, const char *limit)
{
    cr_assert_eq(s, AXLE_ERANGE, "status %d (%s)", s, axle_error_message());
    cr_assert_null(*out);
    cr_assert(strstr(axle_error_message(), limit), "message \"%s\" does not name %s",
              axle_error_message(), limit);
}

/* The reproducer: 2^(2^36) as a constant polynomial ran until GMP aborted. */
Test(poly_limits, huge_constant_power, .timeout = 120)
{
    axle_poly *two = tp_parse(AXLE_QQ, "2"), *out = NULL;
    expect_refused(axle_poly_pow(&out, two, 1ul << 36), &out, "AXLE_POLY_MAX_BITS");
    expect_refused(axle_poly_pow(&out, two, (unsigned long)AXLE_POLY_MAX_BITS), &out,
                   "AXLE_POLY_MAX_BITS");
    /* 2^(2^20) is a megabit: within the limit, computed exactly */
    TS_OK(axle_poly_pow(&out, two, 1ul << 20));
    mpq_t c;
    mpq_init(c);
    axle_poly_coeff_mpq(c, out, 0);
    cr_assert_eq(mpz_scan1(mpq_numref(c), 0), 1ul << 20);
    cr_assert_eq(mpz_sizeinbase(mpq_numref(c), 2), (1ul << 20) + 1);
    mpq_clear(c);
    axle_poly_free(out);
    /* 1^e and (-1)^e stay small for any e */
    axle_poly *m1 = tp_parse(AXLE_QQ, "-1");
    TS_OK(axle_poly_pow(&out, m1, 4000000001ul));
    cr_assert(axle_poly_equal(out, m1));
    axle_poly_free(out);
    axle_poly_free(m1);
    axle_poly_free(two);
}

Test(poly_limits, powers, .timeout = 120)
{
    axle_poly *p = tp_parse(AXLE_QQ, "x + 1"), *out = NULL;
    /* bound (e + 1)(e + 2) bits: 10000 is over 2^26, 8000 under (products_and_compositions) */
    expect_refused(axle_poly_pow(&out, p, 10000), &out, "AXLE_POLY_MAX_BITS");
    axle_poly *p100 = NULL;
    TS_OK(axle_poly_pow(&p100, p, 100));
    expect_refused(axle_poly_pow(&out, p100, 100), &out, "AXLE_POLY_MAX_BITS");
    axle_poly_free(p100);
    expect_refused(axle_poly_pow(&out, p, 4000000000ul), &out, "AXLE_POLY_MAX_DEGREE");
    axle_poly *x = tp_parse(AXLE_QQ, "x");
    TS_OK(axle_poly_pow(&out, x, (unsigned long)AXLE_POLY_MAX_DEGREE));
    cr_assert_eq(axle_poly_degree(out), AXLE_POLY_MAX_DEGREE);
    axle_poly_free(out);
    expect_refused(axle_poly_pow(&out, x, (unsigned long)AXLE_POLY_MAX_DEGREE + 1), &out,
                   "AXLE_POLY_MAX_DEGREE");
    axle_poly *xr = tp_parse(AXLE_RR, "x + 1");
    expect_refused(axle_poly_pow(&out, xr, (unsigned long)AXLE_POLY_MAX_DEGREE + 1), &out,
                   "AXLE_POLY_MAX_DEGREE");
    expect_refused(axle_poly_monomial(&out, AXLE_QQ, (unsigned long)AXLE_POLY_MAX_DEGREE + 1), &out,
                   "AXLE_POLY_MAX_DEGREE");
    axle_poly_free(xr);
    axle_poly_free(x);
    axle_poly_free(p);
}

/* (x - 1)^n by powering against the binomial theorem (signed Kronecker digits, squaring). */
Test(poly_limits, binomial_powers)
{
    axle_poly *p = tp_parse(AXLE_QQ, "x - 1"), *out = NULL;
    unsigned long ns[] = {1, 2, 3, 7, 64, 65, 300, 1000};
    mpz_t b;
    mpq_t c;
    mpz_init(b);
    mpq_init(c);
    for (size_t i = 0; i < sizeof ns / sizeof *ns; i++) {
        unsigned long n = ns[i];
        TS_OK(axle_poly_pow(&out, p, n));
        cr_assert_eq(axle_poly_degree(out), (long)n);
        for (unsigned long k = 0; k <= n; k++) {
            mpz_bin_uiui(b, n, k);
            if ((n - k) % 2)
                mpz_neg(b, b);
            axle_poly_coeff_mpq(c, out, k);
            cr_assert(mpz_cmp(mpq_numref(c), b) == 0 && mpz_cmp_ui(mpq_denref(c), 1) == 0,
                      "(x - 1)^%lu: coefficient of x^%lu", n, k);
        }
        axle_poly_free(out);
    }
    /* denominators: (x/2 - 1/3)^5 = sum C(5,k) (1/2)^k (-1/3)^(5-k) x^k */
    axle_poly *q = tp_parse(AXLE_QQ, "1/2 x - 1/3"), *want = NULL;
    TS_OK(axle_poly_pow(&out, q, 5));
    TS_OK(axle_poly_parse(&want, AXLE_QQ,
                          "1/32 x^5 - 5/48 x^4 + 5/36 x^3 - 5/54 x^2 + 5/162 x - 1/243"));
    cr_assert(axle_poly_equal(out, want), "got %s", tp_str(out));
    axle_poly_free(want);
    axle_poly_free(out);
    axle_poly_free(q);
    mpq_clear(c);
    mpz_clear(b);
    axle_poly_free(p);
}

/* A random integer polynomial with n coefficients of up to bits bits (signs random, some zero,
 * some all-ones words that fill their limbs exactly). */
static axle_poly *random_big(ts_rng *r, size_t n, unsigned long bits)
{
    mpq_t *c = calloc(n, sizeof *c);
    cr_assert_not_null(c);
    for (size_t k = 0; k < n; k++) {
        mpq_init(c[k]);
        long kind = ts_range(r, 0, 5);
        unsigned long b = (unsigned long)ts_range(r, 1, (long)bits);
        if (kind == 0)
            continue;
        if (kind == 1) { /* 2^b - 1: every bit set */
            mpz_setbit(mpq_numref(c[k]), b);
            mpz_sub_ui(mpq_numref(c[k]), mpq_numref(c[k]), 1);
        } else {
            for (unsigned long i = 0; i < b; i++)
                if (ts_next(r) & 1)
                    mpz_setbit(mpq_numref(c[k]), i);
        }
        if (ts_next(r) & 1)
            mpz_neg(mpq_numref(c[k]), mpq_numref(c[k]));
    }
    mpz_set_ui(mpq_numref(c[n - 1]), 3);
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, n, c));
    for (size_t k = 0; k < n; k++)
        mpq_clear(c[k]);
    free(c);
    return p;
}

/* The coefficients of p q as sums of products, one at a time. */
static void check_product(const axle_poly *p, const axle_poly *q, const axle_poly *pq)
{
    long dp = axle_poly_degree(p), dq = axle_poly_degree(q);
    cr_assert_eq(axle_poly_degree(pq), dp + dq);
    mpq_t a, b, sum, got;
    mpq_inits(a, b, sum, got, NULL);
    for (long k = 0; k <= dp + dq; k++) {
        mpq_set_ui(sum, 0, 1);
        for (long i = k > dq ? k - dq : 0; i <= k && i <= dp; i++) {
            axle_poly_coeff_mpq(a, p, (size_t)i);
            axle_poly_coeff_mpq(b, q, (size_t)(k - i));
            mpq_mul(a, a, b);
            mpq_add(sum, sum, a);
        }
        axle_poly_coeff_mpq(got, pq, (size_t)k);
        cr_assert(mpq_equal(sum, got), "coefficient of x^%ld", k);
    }
    mpq_clears(a, b, sum, got, NULL);
}

Test(poly_limits, kronecker_matches_schoolbook)
{
    ts_rng r = ts_rng_new("poly_limits/kronecker_matches_schoolbook");
    for (int round = 0; round < 40; round++) {
        size_t n = (size_t)ts_range(&r, 1, 60), m = (size_t)ts_range(&r, 1, 60);
        unsigned long bits = (unsigned long)ts_range(&r, 1, round % 4 == 0 ? 400 : 70);
        axle_poly *p = random_big(&r, n, bits), *q = random_big(&r, m, bits), *pq = NULL;
        TS_OK(axle_poly_mul(&pq, p, q));
        check_product(p, q, pq);
        axle_poly_free(pq);
        TS_OK(axle_poly_mul(&pq, p, p)); /* squaring */
        check_product(p, p, pq);
        axle_poly_free(pq);
        axle_poly_free(p);
        axle_poly_free(q);
    }
}

Test(poly_limits, products_and_compositions, .timeout = 120)
{
    axle_poly *p = NULL, *out = NULL;
    /* (x + 1)^8000 is within the limit (bound 64 Mbit); its square is not */
    axle_poly *b = tp_parse(AXLE_QQ, "x + 1");
    TS_OK(axle_poly_pow(&p, b, 8000));
    expect_refused(axle_poly_mul(&out, p, p), &out, "AXLE_POLY_MAX_BITS");
    expect_refused(axle_poly_compose(&out, p, p), &out, "AXLE_POLY_MAX_DEGREE");
    axle_poly *x2 = tp_parse(AXLE_QQ, "x^2 + 1");
    expect_refused(axle_poly_compose(&out, p, x2), &out, "AXLE_POLY_MAX_BITS");
    axle_poly *big = tp_parse(AXLE_QQ, "x^600000 + 1");
    expect_refused(axle_poly_mul(&out, big, big), &out, "AXLE_POLY_MAX_DEGREE");
    axle_poly *bigr = tp_parse(AXLE_RR, "x^600000 + 1");
    expect_refused(axle_poly_mul(&out, bigr, bigr), &out, "AXLE_POLY_MAX_DEGREE");
    /* composition within the limits: (x^2 + 1) o (x - 1) */
    axle_poly *xm1 = tp_parse(AXLE_QQ, "x - 1"), *want = tp_parse(AXLE_QQ, "x^2 - 2x + 2");
    TS_OK(axle_poly_compose(&out, x2, xm1));
    cr_assert(axle_poly_equal(out, want));
    axle_poly_free(out);
    axle_poly_free(want);
    axle_poly_free(xm1);
    axle_poly_free(bigr);
    axle_poly_free(big);
    axle_poly_free(x2);
    axle_poly_free(b);
    axle_poly_free(p);
}

/* Text of n copies of item joined by sep (caller frees). */
static char *repeat(const char *first, const char *item, const char *sep, size_t n)
{
    size_t len = strlen(first) + n * (strlen(item) + strlen(sep)) + 1;
    char *t = malloc(len), *w = t;
    cr_assert_not_null(t);
    w += sprintf(w, "%s", first);
    for (size_t i = 0; i < n; i++)
        w += sprintf(w, "%s%s", sep, item);
    return t;
}

/* The work of evaluating a text is bounded too (AXLE_POLY_MAX_WORK): sums and quotients of dense
 * polynomials of degree 10^6 ran for 46 s and 7 s in 1120 bytes; they are refused before any
 * arithmetic, while sparse sums stay linear and a few dense terms still pass. */
Test(poly_limits, parse_work, .timeout = 120)
{
    axle_poly *out = NULL;
    char *t = repeat("(x^1000000+1)", "(x^1000000+1)", "+", 79);
    expect_refused(axle_poly_parse(&out, AXLE_QQ, t), &out, "AXLE_POLY_MAX_WORK");
    free(t);
    t = repeat("(x^1000000+1)", "1", "/", 600);
    expect_refused(axle_poly_parse(&out, AXLE_QQ, t), &out, "AXLE_POLY_MAX_WORK");
    free(t);
    /* within the limit: five dense terms, 5 (x^1000000 + 1) */
    t = repeat("(x^1000000+1)", "(x^1000000+1)", "+", 4);
    TS_OK(axle_poly_parse(&out, AXLE_QQ, t));
    cr_assert_eq(axle_poly_degree(out), 1000000);
    axle_poly_free(out);
    free(t);
    /* a sparse sum of 200000 monomials 3x^i */
    size_t n = 200000;
    t = malloc(n * 12 + 1);
    cr_assert_not_null(t);
    char *w = t;
    for (size_t i = 0; i < n; i++)
        w += sprintf(w, "%s3x^%zu", i ? "+" : "", i);
    TS_OK(axle_poly_parse(&out, AXLE_QQ, t));
    cr_assert_eq(axle_poly_degree(out), (long)n - 1);
    axle_poly_free(out);
    free(t);
    TS_OK(axle_poly_parse(&out, AXLE_QQ, "(x+1)^4000"));
    cr_assert_eq(axle_poly_degree(out), 4000);
    axle_poly_free(out);
}

/* Sums of fractions: the sum of 1/p over many primes (40 s for 148933 primes) is refused at once.
 */
Test(poly_limits, parse_fractions, .timeout = 120)
{
    size_t n = 20000, found = 0;
    char *t = malloc(n * 12 + 1), *w = t;
    cr_assert_not_null(t);
    for (unsigned long p = 2; found < n; p++) {
        bool prime = true;
        for (unsigned long d = 2; d * d <= p && prime; d++)
            prime = p % d != 0;
        if (prime)
            w += sprintf(w, "%s1/%lu", found++ ? "+" : "", p);
    }
    axle_poly *out = NULL;
    expect_refused(axle_poly_parse(&out, AXLE_QQ, t), &out, "AXLE_POLY_MAX_WORK");
    free(t);
    /* a legitimate sum of fractions */
    TS_OK(axle_poly_parse(&out, AXLE_QQ, "1/2 + 1/3 + 1/6 + x/5 - x/5"));
    axle_poly *one = tp_parse(AXLE_QQ, "1");
    cr_assert(axle_poly_equal(out, one));
    axle_poly_free(one);
    axle_poly_free(out);
}

Test(poly_limits, sparse_values_are_judged_by_their_terms)
{
    /* x^999 - 10^50000 has two coefficients (about 166 kbit in all): the bound counts nonzero
     * terms, not deg + 1 full-size coefficients (it was refused as "could need 1.66e+08 bits") */
    axle_poly *p = NULL, *out = NULL;
    TS_OK(axle_poly_parse(&p, AXLE_QQ, "x^999 - 1e50000"));
    cr_assert_eq(axle_poly_degree(p), 999);
    axle_poly *m = NULL;
    TS_OK(axle_poly_parse(&m, AXLE_QQ, "1e50000 x^500"));
    TS_OK(axle_poly_pow(&out, m, 100)); /* a monomial's power stays one term: 16.6 Mbit */
    cr_assert_eq(axle_poly_degree(out), 50000);
    axle_poly_free(out);
    out = NULL;
    TS_OK(axle_poly_mul(&out, p, m)); /* 2 x 1 terms */
    axle_poly_free(out);
    out = NULL;
    /* a dense power of the same sizes is still refused before it is computed */
    expect_refused(axle_poly_parse(&out, AXLE_QQ, "(x + 1e50000)^1000"), &out,
                   "AXLE_POLY_MAX_BITS");
    expect_refused(axle_poly_pow(&out, p, 1000), &out, "AXLE_POLY_MAX_BITS");
    axle_poly_free(m);
    axle_poly_free(p);
}
