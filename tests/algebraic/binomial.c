/* Roots of binomials x^n - a placed from their closed form |a|^(1/n) e^(iπ(2k + [a < 0])/n)
 * (src/exact/algebraic/binomial.c): count, certified and distinct enclosures, values, conjugate
 * pairs, and agreement with the general method. */
#include <criterion/criterion.h>
#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"
#include "helpers.h"

/* disc or interval of a as a disc (centre, radius) in doubles, rounded outwards enough */
static void enclosure(const axle_algebraic *a, double *re, double *im, double *rad)
{
    if (a->kind == AX_ALG_COMPLEX) {
        *re = mpq_get_d(a->re);
        *im = mpq_get_d(a->im);
        *rad = mpq_get_d(a->rad);
    } else {
        double lo = mpq_get_d(a->lo), hi = mpq_get_d(a->hi);
        *re = (lo + hi) / 2;
        *im = 0;
        *rad = (hi - lo) / 2;
    }
}

/* x^n = num/den: n roots, each certified, pairwise disjoint enclosures, each value (to_double
 * and the printed digits) within 1e-9 of |a|^(1/n) e^(iθ_k) for a distinct k, conjugates present */
static void check_binomial(const char *text, int n, double a, bool lapack)
{
    axle_poly *p = ta_poly(text);
    axle_roots *r = ta_roots(p);
    ta_check_roots(p, r, lapack);
    cr_assert_eq(axle_roots_count(r), (size_t)n, "%s", text);
    double rho = pow(fabs(a), 1.0 / n), pi = 3.14159265358979323846;
    bool *seen = calloc((size_t)n, sizeof *seen);
    cr_assert(seen);
    for (size_t i = 0; i < (size_t)n; i++) {
        unsigned long m;
        const axle_algebraic *x = axle_roots_get(r, i, &m);
        cr_assert_eq(m, 1);
        double xr, xi;
        TS_OK(axle_algebraic_to_double(&xr, &xi, x));
        double th = atan2(xi, xr);
        if (th < 0)
            th += 2 * pi;
        long j = lround(th * n / pi) % (2 * n); /* θ = π j / n, j = 2k + [a < 0] */
        cr_assert_eq(j % 2, a < 0 ? 1 : 0, "%s: root %zu at angle %g", text, i, th);
        cr_assert(!seen[j / 2], "%s: two roots at angle %g", text, th);
        seen[j / 2] = true;
        double er = rho * cos(pi * (double)j / n), ei = rho * sin(pi * (double)j / n);
        cr_assert(hypot(xr - er, xi - ei) < 1e-9 * rho, "%s: %g%+gi, expected %g%+gi", text, xr, xi,
                  er, ei);
        /* printed digits */
        const char *s = ta_str(x, AXLE_FORMAT_TEXT, 10);
        const char *t = strstr(s, "~ ");
        cr_assert(t, "%s", s);
        double pr = 0, pim = 0;
        char sign = 0;
        if (x->kind == AX_ALG_REAL) {
            cr_assert_eq(sscanf(t + 2, "%lf", &pr), 1, "%s", s);
        } else if (sscanf(t + 2, "%lf %c %lfi", &pr, &sign, &pim) == 3) {
            if (sign == '-')
                pim = -pim;
        } else { /* purely imaginary */
            pr = 0;
            cr_assert_eq(sscanf(t + 2, "%lfi", &pim), 1, "%s", s);
        }
        cr_assert(fabs(pr - er) <= 1e-9 * rho && fabs(pim - ei) <= 1e-9 * rho, "%s vs %g%+gi", s,
                  er, ei);
        /* its conjugate is a root too */
        axle_algebraic *c;
        TS_OK(axle_algebraic_conj(&c, x));
        bool found = false;
        for (size_t k = 0; k < (size_t)n && !found; k++) {
            bool eq;
            TS_OK(axle_algebraic_equal(&eq, c, axle_roots_get(r, k, NULL)));
            found = eq;
        }
        cr_assert(found, "%s: conjugate of root %zu missing", text, i);
        axle_algebraic_free(c);
        /* enclosures pairwise disjoint */
        double cr_, ci_, rd;
        enclosure(x, &cr_, &ci_, &rd);
        for (size_t k = 0; k < i; k++) {
            double dr, di, dd;
            enclosure(axle_roots_get(r, k, NULL), &dr, &di, &dd);
            cr_assert(hypot(cr_ - dr, ci_ - di) > rd + dd, "%s: roots %zu and %zu overlap", text, k,
                      i);
        }
    }
    free(seen);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(binomial, x5_minus_2, .timeout = 120)
{
    check_binomial("x^5 - 2", 5, 2, true);
}

Test(binomial, x6_plus_3, .timeout = 120)
{
    check_binomial("x^6 + 3", 6, -3, true);
}

Test(binomial, x115_minus_2, .timeout = 120)
{
    /* took 4.7 s by the general complex-root search */
    check_binomial("x^115 - 2", 115, 2, false);
}

Test(binomial, rational_and_large_constants, .timeout = 120)
{
    check_binomial("4x^7 + 3", 7, -0.75, true);
    check_binomial("x^4 - 1/1000", 4, 1e-3, true);
    /* |a|^(1/n) = 2^40 e^0.3...: the scaling by 2^q */
    check_binomial("x^3 - 3000000000000000000000000000000000000", 3, 3e36, false);
}

Test(binomial, beyond_the_general_degree_limit, .timeout = 120)
{
    char text[64];
    snprintf(text, sizeof text, "x^%d - 3", AXLE_ROOTS_MAX_DEGREE + 101);
    axle_poly *p = ta_poly(text);
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), (size_t)AXLE_ROOTS_MAX_DEGREE + 101);
    axle_roots_free(r);
    axle_poly_free(p);
}

/* the direct placement isolates the same roots as the general method: every direct enclosure
 * meets exactly one general enclosure */
Test(binomial, same_roots_as_the_general_method, .timeout = 120)
{
    const char *polys[] = {"x^2 - 2", "x^3 + 2", "x^4 + 5", "x^5 - 3", "2x^6 - 7", "3x^7 + 5"};
    for (size_t t = 0; t < sizeof polys / sizeof *polys; t++) {
        axle_poly *p = ta_poly(polys[t]);
        ax_zpoly f;
        ax_zp_init(&f);
        cr_assert_eq(ax_zp_from_qq(&f, NULL, p), AXLE_OK);
        ax_zp_primitive(&f);
        cr_assert(ax_alg_is_binomial(&f));
        size_t n = f.len - 1;
        ax_alist L = {0};
        bool done;
        TS_OK(ax_alg_binomial_roots(&L, &f, 1, false, &done));
        cr_assert(done, "%s", polys[t]);
        cr_assert_eq(L.n, n);
        mpq_t *re, *im, *rad;
        TS_OK(ax_alg_all_discs(&re, &im, &rad, &f, 128));
        ax_intervals R;
        TS_OK(ax_alg_isolate_real(&R, &f));
        size_t nreal = 0;
        for (size_t i = 0; i < n; i++) {
            const axle_algebraic *x = L.a[i];
            int meets = 0;
            if (x->kind == AX_ALG_REAL) {
                nreal++;
                for (size_t k = 0; k < R.n; k++)
                    meets += mpq_cmp(x->lo, R.v[k].hi) < 0 && mpq_cmp(R.v[k].lo, x->hi) < 0;
            } else {
                double xr = mpq_get_d(x->re), xi = mpq_get_d(x->im), xd = mpq_get_d(x->rad);
                for (size_t k = 0; k < n; k++) {
                    double d = hypot(xr - mpq_get_d(re[k]), xi - mpq_get_d(im[k]));
                    meets += d <= xd + mpq_get_d(rad[k]) + 1e-12;
                }
            }
            cr_assert_eq(meets, 1, "%s: root %zu meets %d general enclosures", polys[t], i, meets);
        }
        cr_assert_eq(nreal, R.n, "%s", polys[t]);
        ax_iv_clear(&R);
        ax_alg_discs_clear(re, im, rad, n);
        ax_alist_clear(&L);
        ax_zp_clear(&f);
        axle_poly_free(p);
    }
}

Test(binomial, huge_roots_print_quickly, .timeout = 120)
{
    /* x^3 - 10^20000: roots near 10^6667; printing refined them to 2^-16 absolute (22000
     * bisection steps) before starting from their magnitude */
    size_t len = 20000 + 16;
    char *text = malloc(len);
    cr_assert(text);
    strcpy(text, "x^3 - 1");
    memset(text + 7, '0', 20000);
    text[20007] = '\0';
    axle_poly *p = ta_poly(text);
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 3);
    char *s = NULL;
    TS_OK(axle_algebraic_to_string(&s, axle_roots_get(r, 2, NULL), AXLE_FORMAT_TEXT, 10));
    const char *t = strstr(s, "~ ");
    cr_assert(t && strstr(t, "e+6666"), "%s", t ? t : "no value");
    axle_free(s);
    axle_roots_free(r);
    axle_poly_free(p);
    free(text);
}

Test(binomial, factored_by_capelli, .timeout = 120)
{
    /* x^2000 - 100 = (x^1000 - 10)(x^1000 + 10), irreducible by Capelli's theorem: factored
     * without modular work (over a minute of Cantor-Zassenhaus before), roots placed directly */
    axle_poly *p = ta_poly("x^2000 - 100");
    axle_poly_factors *F;
    TS_OK(axle_poly_factor(&F, p));
    cr_assert_eq(axle_poly_factors_count(F), 2);
    for (size_t i = 0; i < 2; i++)
        cr_assert_eq(axle_poly_degree(axle_poly_factors_get(F, i, NULL)), 1000);
    axle_poly_factors_free(F);
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 2000);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(binomial, huge_roots_refine_from_their_closed_form, .timeout = 120)
{
    /* roots near 1.26 10^400 (beyond double range) refined to 300 significant digits */
    char text[1300] = "x^3 + 2";
    memset(text + 7, '0', 1200);
    text[1207] = '\0';
    axle_poly *p = ta_poly(text);
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 3);
    for (size_t i = 0; i < 3; i++) {
        char *s = NULL;
        TS_OK(axle_algebraic_to_string(&s, axle_roots_get(r, i, NULL), AXLE_FORMAT_TEXT, 300));
        cr_assert(strstr(s, "e+400"), "%.80s", s);
        axle_free(s);
    }
    axle_roots_free(r);
    axle_poly_free(p);
}

/* The separation check that certifies closed-form discs (shared with roots of unity): it accepts
 * discs above the axis with disjoint decreasing projections, and refuses a disc touching the
 * axis, overlapping projections and the wrong order. Centres in units of 2^-4 (P = 4, q = 0). */
static bool separated(const long (*c)[3], size_t n)
{
    ax_alg_updisc D[3];
    for (size_t i = 0; i < n; i++) {
        mpz_init_set_si(D[i].A, c[i][0]);
        mpz_init_set_si(D[i].B, c[i][1]);
        D[i].e = c[i][2];
        D[i].k = 0;
    }
    bool ok = ax_alg_updiscs_separated(D, n, 4, 0);
    for (size_t i = 0; i < n; i++)
        mpz_clears(D[i].A, D[i].B, NULL);
    return ok;
}

Test(binomial, separation_check_refuses_what_it_cannot_prove)
{
    /* centres 2 + i and -1 + i, radii 1/4: above the axis, projections [1.75, 2.25] and
     * [-1.25, -0.75] */
    static const long good[][3] = {{32, 16, -2}, {-16, 16, -2}};
    cr_assert(separated(good, 2));
    static const long axis[][3] = {{32, 4, -2}, {-16, 16, -2}}; /* im 1/4 = radius */
    cr_assert_not(separated(axis, 2));
    static const long overlap[][3] = {{32, 16, -2}, {25, 16, -2}}; /* 7/16 apart < 1/2 */
    cr_assert_not(separated(overlap, 2));
    static const long order[][3] = {{-16, 16, -2}, {32, 16, -2}}; /* increasing */
    cr_assert_not(separated(order, 2));
    /* scaling by 2^q: the same discs at q = 3 have radii still 2^-2, centres 8 times further */
    ax_alg_updisc D;
    mpz_init_set_si(D.A, 0);
    mpz_init_set_si(D.B, 1); /* im = 2^-4 alone, 2^-1 at q = 3 */
    D.e = -2;
    D.k = 0;
    cr_assert_not(ax_alg_updiscs_separated(&D, 1, 4, 0));
    cr_assert(ax_alg_updiscs_separated(&D, 1, 4, 3));
    mpz_clears(D.A, D.B, NULL);
}
