#include "helpers.h"

#include <criterion/criterion.h>
#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

axle_poly *ta_poly(const char *text)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_parse(&p, AXLE_QQ, text));
    return p;
}

axle_roots *ta_roots(const axle_poly *p)
{
    axle_roots *r = NULL;
    TS_OK(axle_poly_roots(&r, p));
    return r;
}

const char *ta_str(const axle_algebraic *a, axle_format f, unsigned digits)
{
    static char buf[4096];
    char *s = NULL;
    TS_OK(axle_algebraic_to_string(&s, a, f, digits));
    snprintf(buf, sizeof buf, "%s", s);
    axle_free(s);
    return buf;
}

void ta_eigen(const axle_poly *p, double *wr, double *wi)
{
    long n = axle_poly_degree(p);
    cr_assert(n >= 1);
    double *A = calloc((size_t)(n * n), sizeof(double));
    mpq_t c, lead;
    mpq_inits(c, lead, NULL);
    axle_poly_coeff_mpq(lead, p, (size_t)n);
    /* companion matrix, column-major: subdiagonal ones, last column -a_i / a_n */
    for (long i = 1; i < n; i++)
        A[i + (i - 1) * n] = 1;
    for (long i = 0; i < n; i++) {
        axle_poly_coeff_mpq(c, p, (size_t)i);
        mpq_div(c, c, lead);
        A[i + (n - 1) * n] = -mpq_get_d(c);
    }
    mpq_clears(c, lead, NULL);
    lapack_int info = LAPACKE_dgeev(LAPACK_COL_MAJOR, 'N', 'N', (lapack_int)n, A, (lapack_int)n, wr,
                                    wi, NULL, 1, NULL, 1);
    cr_assert_eq(info, 0);
    free(A);
}

static int qsign(const axle_poly *m, const mpq_t x)
{
    axle_scalar *xs = NULL, *v = NULL;
    TS_OK(axle_scalar_from_mpq(&xs, AXLE_QQ, x));
    TS_OK(axle_poly_eval(&v, m, xs));
    int s = axle_scalar_sign(v);
    axle_scalar_free(xs);
    axle_scalar_free(v);
    return s;
}

void ta_check_roots(const axle_poly *p, const axle_roots *r, bool lapack)
{
    size_t n = axle_roots_count(r);
    unsigned long total = 0;
    mpq_t lo, hi, re, im, rad;
    mpq_inits(lo, hi, re, im, rad, NULL);
    size_t nreal = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned long m;
        const axle_algebraic *a = axle_roots_get(r, i, &m);
        cr_assert(a && m >= 1);
        total += m;
        axle_poly *mp = NULL, *rem = NULL;
        TS_OK(axle_algebraic_minpoly(&mp, a));
        cr_assert_eq((unsigned long)axle_poly_degree(mp), axle_algebraic_degree(a));
        TS_OK(axle_poly_divrem(NULL, &rem, p, mp));
        cr_assert(axle_poly_is_zero(rem), "the minimal polynomial of root %zu does not divide p",
                  i);
        if (axle_algebraic_is_real(a)) {
            cr_assert_eq(nreal, i, "real roots come first");
            nreal++;
            TS_OK(axle_algebraic_interval(lo, hi, a));
            if (axle_algebraic_is_rational(a)) {
                cr_assert(mpq_equal(lo, hi));
                cr_assert_eq(qsign(mp, lo), 0, "a rational root is a root");
            } else {
                cr_assert(mpq_cmp(lo, hi) < 0);
                cr_assert_lt(qsign(mp, lo) * qsign(mp, hi), 0,
                             "no sign change on the isolating interval");
            }
            if (i > 0) {
                int c;
                TS_OK(axle_algebraic_cmp(&c, axle_roots_get(r, i - 1, NULL), a));
                cr_assert_lt(c, 0, "real roots ascending");
            }
        } else {
            TS_OK(axle_algebraic_disc(re, im, rad, a));
            mpq_abs(lo, im);
            cr_assert(mpq_cmp(lo, rad) > 0, "a disc meets the real axis");
            if ((i - nreal) % 2 == 0) {
                cr_assert_gt(mpq_sgn(im), 0, "the upper member of a pair comes first");
                cr_assert_lt(i + 1, n);
                axle_algebraic *c = NULL;
                bool eq;
                TS_OK(axle_algebraic_conj(&c, a));
                TS_OK(axle_algebraic_equal(&eq, c, axle_roots_get(r, i + 1, NULL)));
                cr_assert(eq, "conjugates are adjacent");
                axle_algebraic_free(c);
            }
        }
        axle_poly_free(mp);
        axle_poly_free(rem);
    }
    cr_assert_eq(total, (unsigned long)axle_poly_degree(p), "multiplicities add up to the degree");
    mpq_clears(lo, hi, re, im, rad, NULL);
    if (!lapack || n == 0)
        return;
    /* the square-free part's companion eigenvalues, matched one to one */
    axle_poly *d = NULL, *g = NULL, *sf = NULL;
    TS_OK(axle_poly_derivative(&d, p));
    TS_OK(axle_poly_gcd(&g, p, d));
    TS_OK(axle_poly_divrem(&sf, NULL, p, g));
    cr_assert_eq((size_t)axle_poly_degree(sf), n);
    double *wr = calloc(n, sizeof(double)), *wi = calloc(n, sizeof(double));
    bool *used = calloc(n, sizeof(bool));
    ta_eigen(sf, wr, wi);
    for (size_t i = 0; i < n; i++) {
        double x, y;
        TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, i, NULL)));
        size_t best = n;
        double bd = INFINITY;
        for (size_t j = 0; j < n; j++) {
            double dd = hypot(wr[j] - x, wi[j] - y);
            if (!used[j] && dd < bd) {
                bd = dd;
                best = j;
            }
        }
        cr_assert(best < n && bd <= 1e-6 * fmax(1, hypot(x, y)),
                  "root %zu = %g%+gi has no LAPACK eigenvalue nearby (%g)", i, x, y, bd);
        used[best] = true;
    }
    free(wr);
    free(wi);
    free(used);
    axle_poly_free(d);
    axle_poly_free(g);
    axle_poly_free(sf);
}

const axle_algebraic *ta_root_near(const axle_roots *r, double re, double im)
{
    const axle_algebraic *best = NULL;
    double bd = INFINITY;
    for (size_t i = 0; i < axle_roots_count(r); i++) {
        double x, y;
        TS_OK(axle_algebraic_to_double(&x, &y, axle_roots_get(r, i, NULL)));
        if (hypot(x - re, y - im) < bd) {
            bd = hypot(x - re, y - im);
            best = axle_roots_get(r, i, NULL);
        }
    }
    cr_assert(best);
    return best;
}
