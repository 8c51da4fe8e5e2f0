#include "helpers.h"

#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

axle_poly *tp_parse(axle_field F, const char *text)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_parse(&p, F, text));
    return p;
}

axle_poly *tp_ints(axle_field F, size_t n, const long *c)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_ints(&p, F, n, c));
    return p;
}

axle_poly *tp_random(ts_rng *r, axle_field F, long d, long h)
{
    long *c = calloc((size_t)d + 1, sizeof *c);
    cr_assert_not_null(c);
    for (long k = 0; k <= d; k++)
        c[k] = ts_range(r, -h, h);
    while (c[d] == 0)
        c[d] = ts_range(r, -h, h);
    axle_poly *p = tp_ints(F, (size_t)d + 1, c);
    free(c);
    return p;
}

axle_poly *tp_random_frac(ts_rng *r, long d)
{
    long *num = calloc((size_t)d + 1, sizeof *num), *den = calloc((size_t)d + 1, sizeof *den);
    cr_assert(num && den);
    for (long k = 0; k <= d; k++) {
        num[k] = ts_range(r, -9, 9);
        den[k] = ts_range(r, 1, 5);
    }
    while (num[d] == 0)
        num[d] = ts_range(r, -9, 9);
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_fracs(&p, AXLE_QQ, (size_t)d + 1, num, den));
    free(num);
    free(den);
    return p;
}

axle_poly *tp_mul(const axle_poly *a, const axle_poly *b)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_mul(&p, a, b));
    return p;
}

axle_poly *tp_add(const axle_poly *a, const axle_poly *b)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_add(&p, a, b));
    return p;
}

axle_poly *tp_sub(const axle_poly *a, const axle_poly *b)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_sub(&p, a, b));
    return p;
}

axle_poly *tp_rem(const axle_poly *a, const axle_poly *b)
{
    axle_poly *r = NULL;
    TS_OK(axle_poly_divrem(NULL, &r, a, b));
    return r;
}

const char *tp_str(const axle_poly *p)
{
    static char buf[4096];
    char *s = NULL;
    TS_OK(axle_poly_to_string(&s, p, AXLE_FORMAT_TEXT));
    snprintf(buf, sizeof buf, "%s", s);
    axle_free(s);
    return buf;
}

axle_poly *tp_expand(const axle_poly_factors *F)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_constant(&p, axle_poly_factors_unit(F)));
    for (size_t i = 0; i < axle_poly_factors_count(F); i++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(F, i, &m);
        axle_poly *fm = NULL;
        TS_OK(axle_poly_pow(&fm, f, m));
        axle_poly *t = tp_mul(p, fm);
        axle_poly_free(p);
        axle_poly_free(fm);
        p = t;
    }
    return p;
}

void tp_check_factorization(const axle_poly *p, const axle_poly_factors *F)
{
    axle_poly *e = tp_expand(F);
    cr_assert(axle_poly_equal(e, p), "product of the factors %s differs from the input", tp_str(e));
    axle_poly_free(e);
    size_t n = axle_poly_factors_count(F);
    for (size_t i = 0; i < n; i++) {
        unsigned long m = 0;
        const axle_poly *f = axle_poly_factors_get(F, i, &m);
        cr_assert_geq(m, 1);
        cr_assert_geq(axle_poly_degree(f), 1);
        axle_scalar *c = NULL, *lc = NULL;
        TS_OK(axle_poly_content(&c, f));
        mpq_t q;
        mpq_init(q);
        axle_scalar_get_mpq(q, c);
        cr_assert(mpq_cmp_ui(q, 1, 1) == 0, "factor %s is not primitive", tp_str(f));
        mpq_clear(q);
        TS_OK(axle_poly_leading(&lc, f));
        cr_assert_gt(axle_scalar_sign(lc), 0);
        axle_scalar_free(c);
        axle_scalar_free(lc);
        for (size_t j = 0; j < i; j++)
            cr_assert(!axle_poly_equal(f, axle_poly_factors_get(F, j, NULL)), "factor %s repeated",
                      tp_str(f));
    }
    cr_assert_eq(axle_poly_factors_get(F, n, NULL), NULL);
}

/* S(x + sqrt(p)) S(x - sqrt(p)) = A^2 - p B^2 with the Taylor expansion S(x + t) = sum S^(j)
 * t^j/j!: A collects the even j (times p^(j/2)), B the odd j (times p^((j-1)/2)). */
static axle_poly *conjugate_product(const axle_poly *S, long p)
{
    long n = axle_poly_degree(S);
    axle_poly *A = NULL, *B = NULL, *D = NULL;
    TS_OK(axle_poly_from_ints(&A, AXLE_QQ, 0, NULL));
    TS_OK(axle_poly_from_ints(&B, AXLE_QQ, 0, NULL));
    TS_OK(axle_poly_copy(&D, S));
    mpq_t w;
    mpq_init(w);
    mpq_set_ui(w, 1, 1); /* p^floor(j/2) / j! */
    for (long j = 0; j <= n; j++) {
        if (j > 0) {
            axle_poly *t = NULL;
            TS_OK(axle_poly_derivative(&t, D));
            axle_poly_free(D);
            D = t;
            mpq_t jj;
            mpq_init(jj);
            mpq_set_ui(jj, (unsigned long)j, 1);
            mpq_div(w, w, jj);
            if (j % 2 == 0) {
                mpq_set_ui(jj, (unsigned long)p, 1);
                mpq_mul(w, w, jj);
            }
            mpq_clear(jj);
        }
        axle_scalar *c = NULL;
        TS_OK(axle_scalar_from_mpq(&c, AXLE_QQ, w));
        axle_poly *term = NULL;
        TS_OK(axle_poly_scale(&term, c, D));
        axle_scalar_free(c);
        axle_poly **acc = j % 2 == 0 ? &A : &B;
        axle_poly *t = tp_add(*acc, term);
        axle_poly_free(*acc);
        axle_poly_free(term);
        *acc = t;
    }
    mpq_clear(w);
    axle_poly_free(D);
    axle_poly *A2 = tp_mul(A, A), *B2 = tp_mul(B, B);
    axle_scalar *ps = NULL;
    TS_OK(axle_scalar_from_int(&ps, AXLE_QQ, p));
    axle_poly *pB2 = NULL;
    TS_OK(axle_poly_scale(&pB2, ps, B2));
    axle_poly *r = tp_sub(A2, pB2);
    axle_scalar_free(ps);
    axle_poly_free(A);
    axle_poly_free(B);
    axle_poly_free(A2);
    axle_poly_free(B2);
    axle_poly_free(pB2);
    return r;
}

axle_poly *tp_swinnerton_dyer(int k)
{
    static const long primes[] = {2, 3, 5, 7, 11, 13};
    axle_poly *S = tp_parse(AXLE_QQ, "x");
    for (int i = 0; i < k; i++) {
        axle_poly *t = conjugate_product(S, primes[i]);
        axle_poly_free(S);
        S = t;
    }
    return S;
}

axle_poly *tp_cyclotomic(unsigned long n)
{
    axle_poly *p = NULL, *one = NULL;
    TS_OK(axle_poly_monomial(&p, AXLE_QQ, n));
    TS_OK(axle_poly_monomial(&one, AXLE_QQ, 0));
    axle_poly *t = tp_sub(p, one);
    axle_poly_free(p);
    axle_poly_free(one);
    p = t;
    for (unsigned long d = 1; d < n; d++) {
        if (n % d)
            continue;
        axle_poly *c = tp_cyclotomic(d), *q = NULL, *r = NULL;
        TS_OK(axle_poly_divrem(&q, &r, p, c));
        cr_assert(axle_poly_is_zero(r));
        axle_poly_free(p);
        axle_poly_free(c);
        axle_poly_free(r);
        p = q;
    }
    return p;
}

axle_poly_factors *tp_factor(const axle_poly *p)
{
    axle_poly_factors *F = NULL;
    TS_OK(axle_poly_factor(&F, p));
    tp_check_factorization(p, F);
    return F;
}

void tp_check_cyclotomic_split(unsigned long n)
{
    axle_poly *p = NULL, *one = NULL;
    TS_OK(axle_poly_monomial(&p, AXLE_QQ, n));
    TS_OK(axle_poly_monomial(&one, AXLE_QQ, 0));
    axle_poly *q = tp_sub(p, one);
    axle_poly_factors *F = tp_factor(q);
    size_t divisors = 0;
    for (unsigned long d = 1; d <= n; d++) {
        if (n % d)
            continue;
        divisors++;
        axle_poly *c = tp_cyclotomic(d);
        bool found = false;
        for (size_t i = 0; i < axle_poly_factors_count(F); i++)
            found = found || axle_poly_equal(axle_poly_factors_get(F, i, NULL), c);
        cr_assert(found, "Phi_%lu missing from x^%lu - 1", d, n);
        axle_poly_free(c);
    }
    cr_assert_eq(axle_poly_factors_count(F), divisors);
    axle_poly_factors_free(F);
    axle_poly_free(p);
    axle_poly_free(one);
    axle_poly_free(q);
}

/* Max-norm of the coefficients of p - q, relative to max(1, |p|, |q|). */
double tp_rel_diff(const axle_poly *p, const axle_poly *q)
{
    long n = axle_poly_degree(p) > axle_poly_degree(q) ? axle_poly_degree(p) : axle_poly_degree(q);
    double d = 0.0, s = 1.0;
    mpq_t a, b;
    mpq_inits(a, b, NULL);
    for (long k = 0; k <= n; k++) {
        axle_poly_coeff_mpq(a, p, (size_t)k);
        axle_poly_coeff_mpq(b, q, (size_t)k);
        double x = mpq_get_d(a), y = mpq_get_d(b);
        d = fmax(d, fabs(x - y));
        s = fmax(s, fmax(fabs(x), fabs(y)));
    }
    mpq_clears(a, b, NULL);
    return d / s;
}

/* The largest absolute value of a coefficient. */
double tp_norm_inf(const axle_poly *p)
{
    double m = 0.0;
    mpq_t a;
    mpq_init(a);
    for (long k = 0; k <= axle_poly_degree(p); k++) {
        axle_poly_coeff_mpq(a, p, (size_t)k);
        m = fmax(m, fabs(mpq_get_d(a)));
    }
    mpq_clear(a);
    return m;
}
