/* Helpers shared by the number-field tests. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

const char *const tn_moduli[] = {
    "x^2 - x - 1",           /* golden ratio */
    "2x^2 - 3",              /* not monic: sqrt(3/2) */
    "x^3 - 2",               /* Eisenstein at 2 */
    "3x^3 - 6x + 2",         /* Eisenstein at 2, not monic */
    "x^4 - 10x^2 + 1",       /* sqrt 2 + sqrt 3 */
    "x^5 - x - 1",           /* irreducible quintic */
    "x^6 + x^3 + 1",         /* 9th cyclotomic polynomial */
    "1/2 x^3 - 5/3 x + 1/6", /* rational coefficients: (3x^3 - 10x + 1) / 6 */
    "x - 3/4",               /* degree 1: Q itself */
};
const size_t tn_moduli_count = sizeof tn_moduli / sizeof tn_moduli[0];

axle_numfield *tn_field(const char *p)
{
    axle_numfield *K = NULL;
    TS_OK(axle_numfield_parse(&K, p, NULL));
    return K;
}

axle_nfelem *tn_int(const axle_numfield *K, long v)
{
    axle_nfelem *x = NULL;
    TS_OK(axle_nfelem_from_int(&x, K, v));
    return x;
}

axle_nfelem *tn_gen(const axle_numfield *K)
{
    axle_nfelem *x = NULL;
    TS_OK(axle_nfelem_gen(&x, K));
    return x;
}

axle_nfelem *tn_parse(const axle_numfield *K, const char *text)
{
    axle_nfelem *x = NULL;
    TS_OK(axle_nfelem_parse(&x, K, text));
    return x;
}

axle_nfelem *tn_random(ts_rng *r, const axle_numfield *K, long h)
{
    size_t n = axle_numfield_degree(K);
    long num[32], den[32];
    cr_assert_leq(n, 32);
    for (size_t k = 0; k < n; k++) {
        num[k] = ts_range(r, -h, h);
        den[k] = ts_range(r, 1, 4);
    }
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_fracs(&p, AXLE_QQ, n, num, den));
    axle_nfelem *x = NULL;
    TS_OK(axle_nfelem_from_poly(&x, K, p));
    axle_poly_free(p);
    return x;
}

axle_nfelem *tn_random_nonzero(ts_rng *r, const axle_numfield *K, long h)
{
    for (;;) {
        axle_nfelem *x = tn_random(r, K, h);
        if (!axle_nfelem_is_zero(x))
            return x;
        axle_nfelem_free(x);
    }
}

#define TN_BINARY(name, fn)                                                                        \
    axle_nfelem *name(const axle_nfelem *x, const axle_nfelem *y)                                  \
    {                                                                                              \
        axle_nfelem *z = NULL;                                                                     \
        TS_OK(fn(&z, x, y));                                                                       \
        return z;                                                                                  \
    }

TN_BINARY(tn_add, axle_nfelem_add)
TN_BINARY(tn_sub, axle_nfelem_sub)
TN_BINARY(tn_mul, axle_nfelem_mul)
TN_BINARY(tn_div, axle_nfelem_div)

axle_nfelem *tn_inv(const axle_nfelem *x)
{
    axle_nfelem *z = NULL;
    TS_OK(axle_nfelem_inv(&z, x));
    return z;
}

const char *tn_str(const axle_nfelem *x)
{
    static char buf[4096];
    char *s = NULL;
    TS_OK(axle_nfelem_to_string(&s, x, AXLE_FORMAT_TEXT));
    snprintf(buf, sizeof buf, "%s", s);
    axle_free(s);
    return buf;
}

axle_nfelem *tn_eval(const axle_poly *p, const axle_nfelem *x)
{
    const axle_numfield *K = axle_nfelem_field(x);
    axle_nfelem *acc = tn_int(K, 0);
    mpq_t c;
    mpq_init(c);
    for (long k = axle_poly_degree(p); k >= 0; k--) {
        axle_nfelem *t = tn_mul(acc, x), *ck = NULL;
        axle_poly_coeff_mpq(c, p, (size_t)k);
        TS_OK(axle_nfelem_from_mpq(&ck, K, c));
        axle_nfelem_free(acc);
        acc = tn_add(t, ck);
        axle_nfelem_free(t);
        axle_nfelem_free(ck);
    }
    mpq_clear(c);
    return acc;
}

axle_matrix *tn_companion(const axle_poly *p)
{
    size_t n = (size_t)axle_poly_degree(p);
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_new(&C, AXLE_QQ, n, n));
    mpq_t c, lc;
    mpq_inits(c, lc, NULL);
    axle_poly_coeff_mpq(lc, p, n);
    for (size_t i = 1; i < n; i++)
        TS_OK(axle_matrix_set_frac(C, i, i - 1, 1, 1));
    for (size_t i = 0; i < n; i++) {
        axle_poly_coeff_mpq(c, p, i);
        mpq_div(c, c, lc);
        mpq_neg(c, c);
        TS_OK(axle_matrix_set_mpq(C, i, n - 1, c));
    }
    mpq_clears(c, lc, NULL);
    return C;
}

axle_matrix *tn_matrix(const char *text)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_parse(&A, AXLE_QQ, text));
    return A;
}

axle_nfmatrix *tn_random_matrix(ts_rng *rng, const axle_numfield *K, size_t m, size_t n, size_t r)
{
    axle_nfmatrix *A = NULL, *B = NULL, *C = NULL;
    TS_OK(axle_nfmatrix_new(&A, K, m, r));
    TS_OK(axle_nfmatrix_new(&B, K, r, n));
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < r; j++) {
            axle_nfelem *x = tn_random(rng, K, 3);
            TS_OK(axle_nfmatrix_set(A, i, j, x));
            axle_nfelem_free(x);
        }
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < n; j++) {
            axle_nfelem *x = tn_random(rng, K, 3);
            TS_OK(axle_nfmatrix_set(B, i, j, x));
            axle_nfelem_free(x);
        }
    TS_OK(axle_nfmatrix_mul(&C, A, B));
    axle_nfmatrix_free(A);
    axle_nfmatrix_free(B);
    return C;
}
