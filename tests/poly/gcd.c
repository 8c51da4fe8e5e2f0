/* The RR gcd against the exact QQ gcd: the reported regression (a remainder dropped as small
 * although the nearest roots are 0.011 apart), common factors with well-separated roots found with
 * the QQ degree, near but distinct roots kept apart, and the promise that the result divides both
 * inputs to the tolerance. */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "helpers.h"

static axle_poly *to_rr(const axle_poly *p)
{
    axle_poly *r = NULL;
    TS_OK(axle_poly_convert(&r, p, AXLE_RR));
    return r;
}

/* p *= (den x - num). */
static void mul_linear(axle_poly **p, long num, long den)
{
    long c[2] = {-num, den};
    axle_poly *l = tp_ints(AXLE_QQ, 2, c), *q = tp_mul(*p, l);
    axle_poly_free(l);
    axle_poly_free(*p);
    *p = q;
}

static axle_poly *constant(long c)
{
    return tp_ints(AXLE_QQ, 1, &c);
}

/* The RR gcd g of the QQ polynomials a, b (converted) divides both to the default tolerance
 * (relative to each input's largest coefficient; the test's own division adds rounding, hence
 * the factor 10). Returns g. */
static axle_poly *checked_rr_gcd(const axle_poly *a, const axle_poly *b)
{
    axle_poly *ar = to_rr(a), *br = to_rr(b), *g = NULL;
    TS_OK(axle_poly_gcd(&g, ar, br));
    long n = axle_poly_degree(a) > axle_poly_degree(b) ? axle_poly_degree(a) : axle_poly_degree(b);
    double tol = (double)(n + 1) * sqrt(DBL_EPSILON);
    const axle_poly *in[2] = {ar, br};
    for (int i = 0; i < 2; i++) {
        axle_poly *r = tp_rem(in[i], g);
        cr_assert_leq(tp_norm_inf(r), 10 * tol * tp_norm_inf(in[i]),
                      "gcd %s leaves remainder %s of %s", tp_str(g), tp_str(r), tp_str(in[i]));
        axle_poly_free(r);
    }
    axle_poly_free(ar);
    axle_poly_free(br);
    return g;
}

Test(poly_gcd, reported_near_roots_are_coprime)
{
    /* The nearest roots of a and b are 0.011 apart; Euclid's last remainder is -8.7e-7, small
     * next to the ill-conditioned divisor x^2 - 112.09x - 71.51 it came from but not next to the
     * inputs: x + 0.6343... leaves a(-0.6343) = -0.047 over RR. */
    const char *ta = "-3/2 x^8 + 24x^7 - 135x^6 + 276x^5 + 69/2 x^4 - 468x^3 - 216x^2",
               *tb = "-x^4 - x^3 + 8x^2 - 20x - 16";
    axle_poly *a = tp_parse(AXLE_QQ, ta), *b = tp_parse(AXLE_QQ, tb), *gq = NULL;
    TS_OK(axle_poly_gcd(&gq, a, b));
    cr_assert_eq(axle_poly_degree(gq), 0);
    axle_poly *gr = checked_rr_gcd(a, b);
    cr_assert_eq(axle_poly_degree(gr), 0, "RR gcd %s", tp_str(gr));
    axle_poly_free(gr);
    axle_poly *all[] = {a, b, gq};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        axle_poly_free(all[i]);
}

/* Take a root num/den (den 1..3, |num/den| <= 4, at least 1/3 from every root taken so far) and
 * record it. */
static void fresh_root(ts_rng *r, long *num, long *den, double *taken, size_t *ntaken)
{
    for (;;) {
        *den = ts_range(r, 1, 3);
        *num = ts_range(r, -4 * *den, 4 * *den);
        double x = (double)*num / (double)*den;
        bool ok = true;
        for (size_t i = 0; i < *ntaken && ok; i++)
            ok = fabs(x - taken[i]) >= 1.0 / 3.0 - 1e-12;
        if (ok) {
            taken[(*ntaken)++] = x;
            return;
        }
    }
}

/* A product of `deg` linear factors with fresh roots, times a nonzero constant. */
static axle_poly *random_roots(ts_rng *r, long deg, double *taken, size_t *ntaken)
{
    long c = ts_range(r, 1, 5) * (ts_range(r, 0, 1) ? 1 : -1);
    axle_poly *p = constant(c);
    for (long k = 0; k < deg; k++) {
        long num, den;
        fresh_root(r, &num, &den, taken, ntaken);
        mul_linear(&p, num, den);
    }
    return p;
}

Test(poly_gcd, rr_degree_matches_qq_on_separated_roots)
{
    ts_rng r = ts_rng_new("poly_gcd/rr_degree_matches_qq_on_separated_roots");
    for (int it = 0; it < 300; it++) {
        double taken[16];
        size_t ntaken = 0;
        axle_poly *h = random_roots(&r, ts_range(&r, 0, 3), taken, &ntaken);
        if (ts_range(&r, 0, 3) == 0) { /* a complex pair: the roots +-i sqrt(k) */
            long c[3] = {ts_range(&r, 1, 6), 0, 1};
            axle_poly *qf = tp_ints(AXLE_QQ, 3, c), *t = tp_mul(h, qf);
            axle_poly_free(h);
            axle_poly_free(qf);
            h = t;
        }
        axle_poly *p = random_roots(&r, ts_range(&r, 0, 4), taken, &ntaken),
                  *q = random_roots(&r, ts_range(&r, 0, 4), taken, &ntaken);
        axle_poly *a = tp_mul(h, p), *b = tp_mul(h, q), *gq = NULL;
        TS_OK(axle_poly_gcd(&gq, a, b));
        cr_assert_eq(axle_poly_degree(gq), axle_poly_degree(h));
        axle_poly *gr = checked_rr_gcd(a, b), *gqr = to_rr(gq);
        cr_assert_eq(axle_poly_degree(gr), axle_poly_degree(gq), "case %d: RR gcd %s, QQ gcd %s",
                     it, tp_str(gr), axle_poly_degree(gq) == 0 ? "1" : "see degree");
        cr_assert_leq(tp_rel_diff(gr, gqr), 1e-6, "case %d: RR gcd %s", it, tp_str(gr));
        axle_poly *all[] = {h, p, q, a, b, gq, gr, gqr};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
}

Test(poly_gcd, near_roots_stay_apart)
{
    /* a has the root s/2, b the root s/2 + 1/d (d in 50..100); the other roots are integers in
     * [-3, 3], at least 0.48 from both: moving one root onto the other changes the inputs far
     * more than the tolerance, so the RR gcd is 1 as over QQ. */
    ts_rng r = ts_rng_new("poly_gcd/near_roots_stay_apart");
    for (int it = 0; it < 200; it++) {
        long s = 2 * ts_range(&r, -3, 2) + 1, d = ts_range(&r, 50, 100);
        axle_poly *a = constant(ts_range(&r, 1, 4)), *b = constant(-ts_range(&r, 1, 4));
        mul_linear(&a, s, 2);
        mul_linear(&b, s * d + 2, 2 * d);
        for (long k = ts_range(&r, 0, 3); k > 0; k--)
            mul_linear(&a, ts_range(&r, -3, 3), 1);
        for (long k = ts_range(&r, 0, 3); k > 0; k--)
            mul_linear(&b, ts_range(&r, -3, 3), 1);
        /* integer roots may coincide: divide out the exact common part from both */
        axle_poly *gq = NULL, *a1 = NULL, *b1 = NULL;
        TS_OK(axle_poly_gcd(&gq, a, b));
        TS_OK(axle_poly_divrem(&a1, NULL, a, gq));
        TS_OK(axle_poly_divrem(&b1, NULL, b, gq));
        axle_poly *gr = checked_rr_gcd(a1, b1);
        cr_assert_eq(axle_poly_degree(gr), 0, "case %d: RR gcd %s", it, tp_str(gr));
        axle_poly *all[] = {a, b, gq, a1, b1, gr};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
}

Test(poly_gcd, rr_result_divides_random_inputs)
{
    /* dense random integer inputs, with and without a random common factor: whatever degree the
     * RR gcd reports, it divides both inputs to the tolerance */
    ts_rng r = ts_rng_new("poly_gcd/rr_result_divides_random_inputs");
    for (int it = 0; it < 300; it++) {
        axle_poly *a = tp_random(&r, AXLE_QQ, ts_range(&r, 0, 8), 20),
                  *b = tp_random(&r, AXLE_QQ, ts_range(&r, 0, 8), 20),
                  *h = tp_random(&r, AXLE_QQ, ts_range(&r, 0, 2), 5);
        axle_poly *ah = tp_mul(a, h), *bh = tp_mul(b, h);
        axle_poly *g1 = checked_rr_gcd(a, b), *g2 = checked_rr_gcd(ah, bh);
        axle_poly *all[] = {a, b, h, ah, bh, g1, g2};
        for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
            axle_poly_free(all[i]);
    }
}
