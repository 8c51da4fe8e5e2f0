/* Factorization over Q: square-free decomposition, complete factorization, rational roots.
 * Factorizations are checked by expansion (unit * prod f_i^e_i == p exactly) and against
 * independently known irreducible factors: Eisenstein polynomials, whose irreducibility is a
 * theorem, multiplied together with random multiplicities must come back exactly. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static axle_poly_factors *factor(const axle_poly *p)
{
    axle_poly_factors *F = NULL;
    TS_OK(axle_poly_factor(&F, p));
    tp_check_factorization(p, F);
    return F;
}

/* The factors as "(f)^e" strings joined, for comparisons with known answers. */
static void expect_factors(const char *in, const char *unit, const char *const *want, size_t n)
{
    axle_poly *p = tp_parse(AXLE_QQ, in);
    axle_poly_factors *F = factor(p);
    char *u = NULL;
    TS_OK(axle_scalar_to_string(&u, axle_poly_factors_unit(F), AXLE_FORMAT_TEXT));
    cr_assert_str_eq(u, unit, "%s: unit %s", in, u);
    axle_free(u);
    cr_assert_eq(axle_poly_factors_count(F), n, "%s: %zu factors", in, axle_poly_factors_count(F));
    for (size_t i = 0; i < n; i++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(F, i, &m);
        char got[256];
        snprintf(got, sizeof got, "(%s)^%lu", tp_str(f), m);
        cr_assert_str_eq(got, want[i], "%s: factor %zu is %s", in, i, got);
    }
    axle_poly_factors_free(F);
    axle_poly_free(p);
}

Test(poly_factor, known)
{
    expect_factors("x^4 - 1", "1", (const char *[]){"(x - 1)^1", "(x + 1)^1", "(x^2 + 1)^1"}, 3);
    expect_factors("6x^5 + 11x^4 - x^3 + 5x - 6", "1",
                   (const char *[]){"(2x + 3)^1", "(3x - 2)^1", "(x^3 + x^2 + 1)^1"}, 3);
    expect_factors("-4x^4 - 8x^3 - 8x^2 - 8x - 4", "-4",
                   (const char *[]){"(x + 1)^2", "(x^2 + 1)^1"}, 2);
    expect_factors("x^5 - 3x^4 + 3x^3 - x^2", "1", (const char *[]){"(x - 1)^3", "(x)^2"}, 2);
    expect_factors("2x^3 - x + 0.5", "1/2", (const char *[]){"(4x^3 - 2x + 1)^1"}, 1);
    expect_factors("3/4", "3/4", NULL, 0);
    expect_factors("x^2 - 2", "1", (const char *[]){"(x^2 - 2)^1"}, 1);
    expect_factors("x^4 + 4", "1", (const char *[]){"(x^2 - 2x + 2)^1", "(x^2 + 2x + 2)^1"}, 2);
    expect_factors("x^8 - 40x^6 + 352x^4 - 960x^2 + 576", "1",
                   (const char *[]){"(x^8 - 40x^6 + 352x^4 - 960x^2 + 576)^1"}, 1);
}

/* The primitive part of a random Eisenstein polynomial for the prime q: a_d not divisible by q,
 * a_0 divisible by q but not by q^2, every other coefficient divisible by q. Irreducible over Q. */
static axle_poly *eisenstein(ts_rng *r, long d, long q)
{
    long *c = calloc((size_t)d + 1, sizeof *c);
    cr_assert_not_null(c);
    for (long k = 1; k < d; k++)
        c[k] = q * ts_range(r, -4, 4);
    do
        c[d] = ts_range(r, 1, 7);
    while (c[d] % q == 0);
    long u;
    do
        u = ts_range(r, -5, 5);
    while (u % q == 0);
    c[0] = q * u;
    axle_poly *p = tp_ints(AXLE_QQ, (size_t)d + 1, c), *pp = NULL;
    free(c);
    TS_OK(axle_poly_primitive(&pp, p));
    axle_poly_free(p);
    return pp;
}

Test(poly_factor, eisenstein_products)
{
    ts_rng r = ts_rng_new("poly_factor/eisenstein_products");
    static const long primes[] = {2, 3, 5, 7};
    for (int it = 0; it < 25; it++) {
        int k = (int)ts_range(&r, 1, 4);
        axle_poly *f[4], *p = NULL;
        unsigned long e[4];
        TS_OK(axle_poly_from_fracs(&p, AXLE_QQ, 1, (long[]){ts_range(&r, -30, 30) | 1},
                                   (long[]){ts_range(&r, 1, 9)}));
        for (int i = 0; i < k; i++) {
            f[i] = eisenstein(&r, ts_range(&r, 1, 6), primes[i]);
            e[i] = (unsigned long)ts_range(&r, 1, 3);
            axle_poly *fe = NULL;
            TS_OK(axle_poly_pow(&fe, f[i], e[i]));
            axle_poly *t = tp_mul(p, fe);
            axle_poly_free(p);
            axle_poly_free(fe);
            p = t;
        }
        axle_poly_factors *F = factor(p);
        /* every known factor appears, with its multiplicity; nothing else appears */
        size_t expected = 0;
        for (int i = 0; i < k; i++) {
            bool dup = false;
            for (int j = 0; j < i; j++)
                dup = dup || axle_poly_equal(f[i], f[j]);
            if (dup)
                continue;
            unsigned long total = 0;
            for (int j = 0; j < k; j++)
                if (axle_poly_equal(f[i], f[j]))
                    total += e[j];
            expected++;
            bool found = false;
            for (size_t j = 0; j < axle_poly_factors_count(F); j++) {
                unsigned long m = 0;
                const axle_poly *g = axle_poly_factors_get(F, j, &m);
                if (axle_poly_equal(g, f[i])) {
                    found = true;
                    cr_assert_eq(m, total);
                }
            }
            cr_assert(found, "factor %s missing", tp_str(f[i]));
        }
        cr_assert_eq(axle_poly_factors_count(F), expected, "input %s", tp_str(p));
        for (int i = 0; i < k; i++)
            axle_poly_free(f[i]);
        axle_poly_factors_free(F);
        axle_poly_free(p);
    }
}

/* Brute force for small degree: a cubic or quadratic with no rational root (checked by the
 * rational root theorem over divisors, independent of the factorizer) is irreducible. */
static bool has_rational_root(const axle_poly *f)
{
    mpq_t a0, an;
    mpq_inits(a0, an, NULL);
    axle_poly_coeff_mpq(a0, f, 0);
    axle_poly_coeff_mpq(an, f, (size_t)axle_poly_degree(f));
    long c0 = labs(mpz_get_si(mpq_numref(a0))), cn = labs(mpz_get_si(mpq_numref(an)));
    mpq_clears(a0, an, NULL);
    if (c0 == 0)
        return true;
    bool found = false;
    for (long u = 1; u <= c0 && !found; u++) {
        if (c0 % u)
            continue;
        for (long v = 1; v <= cn && !found; v++) {
            if (cn % v)
                continue;
            for (int sg = -1; sg <= 1 && !found; sg += 2) {
                axle_scalar *x = NULL, *y = NULL;
                TS_OK(axle_scalar_from_frac(&x, AXLE_QQ, sg * u, v));
                TS_OK(axle_poly_eval(&y, f, x));
                found = axle_scalar_is_zero(y);
                axle_scalar_free(x);
                axle_scalar_free(y);
            }
        }
    }
    return found;
}

Test(poly_factor, small_degree_irreducible)
{
    ts_rng r = ts_rng_new("poly_factor/small_degree_irreducible");
    for (int it = 0; it < 200; it++) {
        axle_poly *p = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 7), 12);
        axle_poly_factors *F = factor(p);
        for (size_t i = 0; i < axle_poly_factors_count(F); i++) {
            const axle_poly *f = axle_poly_factors_get(F, i, NULL);
            long d = axle_poly_degree(f);
            if (d == 2 || d == 3)
                cr_assert(!has_rational_root(f), "factor %s has a rational root", tp_str(f));
        }
        axle_poly_factors_free(F);
        axle_poly_free(p);
    }
}

Test(poly_factor, random_products)
{
    /* products of random polynomials: every factor of each piece divides the product's
     * factorization, and the number of factors is at least the number of pieces */
    ts_rng r = ts_rng_new("poly_factor/random_products");
    for (int it = 0; it < 30; it++) {
        int k = (int)ts_range(&r, 2, 4);
        axle_poly *p = NULL;
        TS_OK(axle_poly_monomial(&p, AXLE_QQ, 0));
        for (int i = 0; i < k; i++) {
            axle_poly *f = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 8), 50), *t = tp_mul(p, f);
            axle_poly_free(p);
            axle_poly_free(f);
            p = t;
        }
        axle_poly_factors *F = factor(p);
        unsigned long total = 0;
        for (size_t i = 0; i < axle_poly_factors_count(F); i++) {
            unsigned long m = 0;
            (void)axle_poly_factors_get(F, i, &m);
            total += m;
        }
        cr_assert_geq(total, (unsigned long)k);
        axle_poly_factors_free(F);
        axle_poly_free(p);
    }
}

Test(poly_factor, squarefree)
{
    /* (x - 1)^3 (x + 2)^2 (x^2 + 1) * 5/3 */
    const char *parts[] = {"x - 1", "x - 1", "x - 1", "x + 2", "x + 2", "x^2 + 1"};
    axle_poly *p = tp_parse(AXLE_QQ, "5/3");
    for (size_t i = 0; i < 6; i++) {
        axle_poly *f = tp_parse(AXLE_QQ, parts[i]), *t = tp_mul(p, f);
        axle_poly_free(p);
        axle_poly_free(f);
        p = t;
    }
    axle_poly_factors *S = NULL;
    TS_OK(axle_poly_squarefree(&S, p));
    cr_assert_eq(axle_poly_factors_count(S), 3);
    const char *want[] = {"x^2 + 1", "x + 2", "x - 1"};
    for (size_t i = 0; i < 3; i++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(S, i, &m);
        cr_assert_eq(m, i + 1);
        cr_assert_str_eq(tp_str(f), want[i]);
    }
    axle_poly *e = tp_expand(S);
    cr_assert(axle_poly_equal(e, p));
    axle_poly_free(e);
    axle_poly_factors_free(S);
    /* random: the parts are square-free and pairwise coprime, and multiply back */
    ts_rng r = ts_rng_new("poly_factor/squarefree");
    for (int it = 0; it < 20; it++) {
        axle_poly *a = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 3), 6),
                  *b = tp_random(&r, AXLE_QQ, ts_range(&r, 1, 3), 6), *a3 = NULL, *pp = NULL;
        TS_OK(axle_poly_pow(&a3, a, 3));
        pp = tp_mul(a3, b);
        TS_OK(axle_poly_squarefree(&S, pp));
        e = tp_expand(S);
        cr_assert(axle_poly_equal(e, pp));
        for (size_t i = 0; i < axle_poly_factors_count(S); i++) {
            const axle_poly *f = axle_poly_factors_get(S, i, NULL);
            axle_poly *d = NULL, *g = NULL;
            TS_OK(axle_poly_derivative(&d, f));
            TS_OK(axle_poly_gcd(&g, f, d));
            cr_assert_eq(axle_poly_degree(g), 0, "%s is not square-free", tp_str(f));
            axle_poly_free(d);
            axle_poly_free(g);
            for (size_t j = 0; j < i; j++) {
                TS_OK(axle_poly_gcd(&g, f, axle_poly_factors_get(S, j, NULL)));
                cr_assert_eq(axle_poly_degree(g), 0);
                axle_poly_free(g);
            }
        }
        axle_poly_free(e);
        axle_poly_factors_free(S);
        axle_poly_free(a);
        axle_poly_free(b);
        axle_poly_free(a3);
        axle_poly_free(pp);
    }
    axle_poly_free(p);
}

Test(poly_factor, rational_roots)
{
    /* 12 (x - 2/3)(x + 3/2)^2 (x^2 + 1) x */
    axle_poly *p = tp_parse(AXLE_QQ, "12x");
    const char *parts[] = {"x - 2/3", "x + 3/2", "x + 3/2", "x^2 + 1"};
    for (size_t i = 0; i < 4; i++) {
        axle_poly *f = tp_parse(AXLE_QQ, parts[i]), *t = tp_mul(p, f);
        axle_poly_free(p);
        axle_poly_free(f);
        p = t;
    }
    axle_matrix *R = NULL;
    unsigned long *m = NULL;
    TS_OK(axle_poly_rational_roots(&R, &m, p));
    cr_assert_eq(axle_matrix_rows(R), 3);
    double want[] = {-1.5, 0, 2.0 / 3.0};
    unsigned long wm[] = {2, 1, 1};
    for (size_t i = 0; i < 3; i++) {
        axle_scalar *x = NULL, *y = NULL;
        TS_OK(axle_matrix_get(&x, R, i, 0));
        cr_assert_eq(axle_scalar_to_double(x), want[i]);
        cr_assert_eq(m[i], wm[i]);
        TS_OK(axle_poly_eval(&y, p, x));
        cr_assert(axle_scalar_is_zero(y));
        axle_scalar_free(x);
        axle_scalar_free(y);
    }
    axle_free(m);
    axle_matrix_free(R);
    axle_poly_free(p);
    /* no rational roots */
    p = tp_parse(AXLE_QQ, "x^2 - 2");
    TS_OK(axle_poly_rational_roots(&R, &m, p));
    cr_assert_eq(axle_matrix_rows(R), 0);
    cr_assert_null(m);
    axle_matrix_free(R);
    axle_poly_free(p);
}

Test(poly_factor, errors)
{
    axle_poly *z = tp_parse(AXLE_QQ, "0"), *r = tp_parse(AXLE_RR, "x^2 - 1");
    axle_poly_factors *F = (axle_poly_factors *)1;
    cr_assert_eq(axle_poly_factor(&F, z), AXLE_EDOMAIN);
    cr_assert_null(F);
    cr_assert_eq(axle_poly_factor(&F, r), AXLE_EUNSUPPORTED);
    cr_assert_null(F);
    cr_assert_eq(axle_poly_squarefree(&F, r), AXLE_EUNSUPPORTED);
    cr_assert_eq(axle_poly_squarefree(&F, z), AXLE_EDOMAIN);
    cr_assert_eq(axle_poly_factor(&F, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_poly_factor(NULL, z), AXLE_EINVAL);
    axle_matrix *R = (axle_matrix *)1;
    cr_assert_eq(axle_poly_rational_roots(&R, NULL, r), AXLE_EUNSUPPORTED);
    cr_assert_null(R);
    cr_assert_eq(axle_poly_factors_count(NULL), 0);
    cr_assert_null(axle_poly_factors_unit(NULL));
    cr_assert_null(axle_poly_factors_get(NULL, 0, NULL));
    axle_poly_factors_free(NULL);
    axle_poly_free(z);
    axle_poly_free(r);
}

/* x^n + c, built from its coefficients (no parser limits in the way). */
static axle_poly *binomial(unsigned long n, long c)
{
    mpq_t *q = calloc(n + 1, sizeof *q);
    cr_assert_not_null(q);
    for (unsigned long i = 0; i <= n; i++)
        mpq_init(q[i]);
    mpq_set_si(q[0], c, 1);
    mpq_set_ui(q[n], 1, 1);
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, n + 1, q));
    for (unsigned long i = 0; i <= n; i++)
        mpq_clear(q[i]);
    free(q);
    return p;
}

Test(poly_factor, limits_refused_at_once, .timeout = 120)
{
    /* x^100000 - 1 used to ask for a 10^10-word Berlekamp matrix ("out of memory"): refused
     * before any work, naming the limit; one degree above the limit too */
    unsigned long degs[] = {100000, AXLE_POLY_FACTOR_MAX_DEGREE + 1};
    for (size_t i = 0; i < 2; i++) {
        axle_poly *p = binomial(degs[i], -1);
        axle_poly_factors *F = (axle_poly_factors *)1;
        cr_assert_eq(axle_poly_factor(&F, p), AXLE_ERANGE);
        cr_assert_null(F);
        cr_assert(strstr(axle_error_message(), "AXLE_POLY_FACTOR_MAX_DEGREE"), "%s",
                  axle_error_message());
        cr_assert_eq(axle_poly_squarefree(&F, p), AXLE_ERANGE);
        axle_matrix *R = (axle_matrix *)1;
        cr_assert_eq(axle_poly_rational_roots(&R, NULL, p), AXLE_ERANGE);
        cr_assert_null(R);
        axle_poly_free(p);
    }
    /* a coefficient above AXLE_POLY_FACTOR_MAX_BITS, and denominators whose lcm would be */
    mpq_t c[3];
    for (int i = 0; i < 3; i++)
        mpq_init(c[i]);
    mpz_ui_pow_ui(mpq_numref(c[0]), 2, AXLE_POLY_FACTOR_MAX_BITS);
    mpq_set_si(c[1], -3, 1);
    mpq_set_ui(c[2], 1, 1);
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, 3, c));
    axle_poly_factors *F = (axle_poly_factors *)1;
    cr_assert_eq(axle_poly_factor(&F, p), AXLE_ERANGE);
    cr_assert_null(F);
    cr_assert(strstr(axle_error_message(), "AXLE_POLY_FACTOR_MAX_BITS"), "%s",
              axle_error_message());
    axle_poly_free(p);
    mpq_set_ui(c[0], 1, 3);
    mpz_set_ui(mpq_numref(c[1]), 1);
    mpz_ui_pow_ui(mpq_denref(c[1]), 3, AXLE_POLY_FACTOR_MAX_BITS / 2);
    mpz_mul_ui(mpq_denref(c[2]), mpq_denref(c[1]), 1);
    mpz_add_ui(mpq_denref(c[2]), mpq_denref(c[2]), 2); /* coprime to the other */
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, 3, c));
    cr_assert_eq(axle_poly_factor(&F, p), AXLE_ERANGE);
    axle_poly_free(p);
    for (int i = 0; i < 3; i++)
        mpq_clear(c[i]);
}

Test(poly_factor, cyclotomic_binomials_at_the_limit, .timeout = 120)
{
    /* x^n - 1 and x^n + 1 split into cyclotomic polynomials without modular work: x^2000 - 1
     * (once minutes) and x^2048 + 1 = Phi_4096 at the degree limit */
    tp_check_cyclotomic_split(2000);
    axle_poly *p = binomial(AXLE_POLY_FACTOR_MAX_DEGREE, 1);
    axle_poly_factors *F = factor(p);
    cr_assert_eq(axle_poly_factors_count(F), 1);
    cr_assert(axle_poly_equal(axle_poly_factors_get(F, 0, NULL), p));
    axle_poly_factors_free(F);
    axle_poly_free(p);
    /* x^15 + 1 = Phi_2 Phi_6 Phi_10 Phi_30 */
    static const char *const want[] = {"(x + 1)^1", "(x^2 - x + 1)^1",
                                       "(x^4 - x^3 + x^2 - x + 1)^1",
                                       "(x^8 + x^7 - x^5 - x^4 - x^3 + x + 1)^1"};
    expect_factors("x^15 + 1", "1", want, 4);
    /* squared: the square-free part is the binomial */
    static const char *const want2[] = {"(x - 1)^2", "(x + 1)^2", "(x^2 + 1)^2"};
    expect_factors("(x^4 - 1)^2", "1", want2, 3);
}

Test(poly_factor, huge_constant_term, .timeout = 120)
{
    /* 10^100000 - 3x^7 - 4 (9 s once): the lifting exponent is found with one power, not 10^5
     * products of growing numbers */
    mpq_t c[8];
    for (int i = 0; i < 8; i++)
        mpq_init(c[i]);
    mpz_ui_pow_ui(mpq_numref(c[0]), 10, 100000);
    mpz_sub_ui(mpq_numref(c[0]), mpq_numref(c[0]), 4);
    mpq_set_si(c[7], -3, 1);
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, 8, c));
    axle_poly_factors_free(factor(p));
    axle_poly_free(p);
    for (int i = 0; i < 8; i++)
        mpq_clear(c[i]);
}

Test(poly_factor, general_degree_limit, .timeout = 120)
{
    /* a dense square-free polynomial above AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE took 16 s
     * (degree 1001) to minutes (degree 2048) of Cantor-Zassenhaus for 6 primes: refused before
     * any modular work, naming the limit */
    size_t n = AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE + 2;
    mpq_t *c = malloc(n * sizeof *c);
    cr_assert_not_null(c);
    unsigned long s = 12345;
    for (size_t i = 0; i < n; i++) {
        s = s * 6364136223846793005UL + 1442695040888963407UL;
        mpq_init(c[i]);
        mpq_set_ui(c[i], 1 + (s >> 33) % 9, 1);
    }
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, n, c));
    axle_poly_factors *F = (axle_poly_factors *)1;
    cr_assert_eq(axle_poly_factor(&F, p), AXLE_ERANGE);
    cr_assert_null(F);
    cr_assert(strstr(axle_error_message(), "AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE"), "%s",
              axle_error_message());
    axle_poly_free(p);
    for (size_t i = 0; i < n; i++)
        mpq_clear(c[i]);
    free(c);
    /* a binomial whose Capelli cofactor needs the general path: x^2000 - 2^2000 (over 300 s) */
    p = tp_parse(AXLE_QQ, "x^2000 - 2^2000");
    F = (axle_poly_factors *)1;
    cr_assert_eq(axle_poly_factor(&F, p), AXLE_ERANGE);
    cr_assert_null(F);
    cr_assert(strstr(axle_error_message(), "AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE"), "%s",
              axle_error_message());
    axle_poly_free(p);
    /* the special forms are exempt: x^2000 - 1, x^2000 - 100 = (x^1000 - 10)(x^1000 + 10) */
    tp_check_cyclotomic_split(2000);
    static const char *const want[] = {"(x^1000 - 10)^1", "(x^1000 + 10)^1"};
    expect_factors("x^2000 - 100", "1", want, 2);
}
