/* Every failure path of the number-field module: each status it can return is provoked, outputs
 * are NULL afterwards, and the message says what was wrong. */
#include <criterion/criterion.h>
#include <limits.h>
#include <string.h>

#include "helpers.h"

#define EXPECT(expr, status)                                                                       \
    do {                                                                                           \
        axle_status e_s_ = (expr);                                                                 \
        cr_assert_eq(e_s_, status, "%s gave %s (%s)", #expr, axle_strerror(e_s_),                  \
                     axle_error_message());                                                        \
        cr_assert_gt(strlen(axle_error_message()), 0);                                             \
    } while (0)

Test(numfield_errors, field_construction)
{
    axle_numfield *K = (axle_numfield *)1;
    axle_poly *p = NULL, *c = NULL, *z = NULL, *rr = NULL;
    /* reducible: the message names a factor */
    TS_OK(axle_poly_parse(&p, AXLE_QQ, "x^4 + 4"));
    EXPECT(axle_numfield_new(&K, p, NULL), AXLE_EDOMAIN);
    cr_assert_null(K);
    cr_assert(strstr(axle_error_message(), "x^2 - 2x + 2") ||
                  strstr(axle_error_message(), "x^2 + 2x + 2"),
              "%s", axle_error_message());
    EXPECT(axle_numfield_parse(&K, "x^2 - 2x + 1", NULL), AXLE_EDOMAIN);          /* a square */
    EXPECT(axle_numfield_parse(&K, "1/2 x^3 - 5/3 x + 7/6", NULL), AXLE_EDOMAIN); /* root 1 */
    /* constant and zero */
    TS_OK(axle_poly_parse(&c, AXLE_QQ, "5"));
    TS_OK(axle_poly_parse(&z, AXLE_QQ, "0"));
    EXPECT(axle_numfield_new(&K, c, NULL), AXLE_EDOMAIN);
    EXPECT(axle_numfield_new(&K, z, NULL), AXLE_EDOMAIN);
    /* RR polynomial, NULLs, bad names */
    TS_OK(axle_poly_parse(&rr, AXLE_RR, "x^2 - 2"));
    EXPECT(axle_numfield_new(&K, rr, NULL), AXLE_EFIELD);
    EXPECT(axle_numfield_new(&K, NULL, NULL), AXLE_EINVAL);
    EXPECT(axle_numfield_new(NULL, rr, NULL), AXLE_EINVAL);
    EXPECT(axle_numfield_parse(&K, NULL, NULL), AXLE_EINVAL);
    EXPECT(axle_numfield_parse(&K, "x^2 - 2", ""), AXLE_EINVAL);
    EXPECT(axle_numfield_parse(&K, "x^2 - 2", "2a"), AXLE_EINVAL);
    EXPECT(axle_numfield_parse(&K, "x^2 - 2", "a b"), AXLE_EINVAL);
    EXPECT(axle_numfield_parse(&K, "x^2 - 2", "abcdefghijklmnopqrstuvwxyzabcdefg"), AXLE_EINVAL);
    EXPECT(axle_numfield_parse(&K, "x^2 -", NULL), AXLE_EPARSE);
    cr_assert_null(K);
    axle_poly_free(p);
    p = (axle_poly *)1;
    EXPECT(axle_numfield_modulus(&p, NULL), AXLE_EINVAL);
    cr_assert_null(p);
    cr_assert_eq(axle_numfield_degree(NULL), 0);
    cr_assert(!axle_numfield_equal(NULL, NULL));
    axle_numfield_unref(NULL);
    cr_assert_null(axle_numfield_ref(NULL));
    axle_poly_free(c);
    axle_poly_free(z);
    axle_poly_free(rr);
}

Test(numfield_errors, elements)
{
    axle_numfield *K = tn_field("x^3 - 2"), *L = tn_field("x^3 - 3");
    axle_nfelem *x = tn_gen(K), *y = tn_gen(L), *zero = tn_int(K, 0), *r = (axle_nfelem *)1;
    /* mixing fields */
    EXPECT(axle_nfelem_add(&r, x, y), AXLE_EFIELD);
    cr_assert_null(r);
    EXPECT(axle_nfelem_sub(&r, x, y), AXLE_EFIELD);
    EXPECT(axle_nfelem_mul(&r, x, y), AXLE_EFIELD);
    EXPECT(axle_nfelem_div(&r, x, y), AXLE_EFIELD);
    cr_assert(!axle_nfelem_equal(x, y));
    /* zero divisors */
    EXPECT(axle_nfelem_inv(&r, zero), AXLE_EDOMAIN);
    EXPECT(axle_nfelem_div(&r, x, zero), AXLE_EDOMAIN);
    EXPECT(axle_nfelem_pow(&r, zero, -1), AXLE_EDOMAIN);
    EXPECT(axle_nfelem_pow(&r, zero, LONG_MIN), AXLE_EDOMAIN);
    EXPECT(axle_nfelem_from_frac(&r, K, 1, 0), AXLE_EDOMAIN);
    cr_assert_null(r);
    /* wrong fields of inputs */
    axle_scalar *s = NULL;
    axle_poly *p = NULL;
    TS_OK(axle_scalar_from_int(&s, AXLE_RR, 2));
    TS_OK(axle_poly_parse(&p, AXLE_RR, "x + 1"));
    EXPECT(axle_nfelem_from_scalar(&r, K, s), AXLE_EFIELD);
    EXPECT(axle_nfelem_from_poly(&r, K, p), AXLE_EFIELD);
    /* NULLs */
    EXPECT(axle_nfelem_from_int(&r, NULL, 1), AXLE_EINVAL);
    EXPECT(axle_nfelem_from_int(NULL, K, 1), AXLE_EINVAL);
    EXPECT(axle_nfelem_from_scalar(&r, K, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_from_poly(&r, K, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_gen(&r, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_copy(&r, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_add(&r, NULL, x), AXLE_EINVAL);
    EXPECT(axle_nfelem_mul(&r, x, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_neg(&r, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_inv(&r, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_pow(&r, NULL, 2), AXLE_EINVAL);
    cr_assert_null(r);
    axle_scalar *sc = (axle_scalar *)1;
    EXPECT(axle_nfelem_norm(&sc, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_trace(&sc, NULL), AXLE_EINVAL);
    cr_assert_null(sc);
    axle_poly *q = (axle_poly *)1;
    EXPECT(axle_nfelem_minpoly(&q, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_charpoly(&q, NULL), AXLE_EINVAL);
    EXPECT(axle_nfelem_to_poly(&q, NULL), AXLE_EINVAL);
    cr_assert_null(q);
    axle_matrix *M = (axle_matrix *)1;
    EXPECT(axle_nfelem_mul_matrix(&M, NULL), AXLE_EINVAL);
    cr_assert_null(M);
    char *str = (char *)1;
    EXPECT(axle_nfelem_to_string(&str, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    cr_assert_null(str);
    /* queries on NULL are safe */
    cr_assert(!axle_nfelem_is_zero(NULL));
    cr_assert(!axle_nfelem_is_one(NULL));
    cr_assert(!axle_nfelem_is_rational(NULL));
    cr_assert_null(axle_nfelem_field(NULL));
    axle_nfelem_free(NULL);
    /* the norm of zero is 0 (not an error) */
    TS_OK(axle_nfelem_norm(&sc, zero));
    cr_assert(axle_scalar_is_zero(sc));
    axle_scalar_free(sc);
    axle_scalar_free(s);
    axle_poly_free(p);
    axle_nfelem_free(x);
    axle_nfelem_free(y);
    axle_nfelem_free(zero);
    axle_numfield_unref(K);
    axle_numfield_unref(L);
}

Test(numfield_errors, matrices)
{
    axle_numfield *K = tn_field("x^2 - 5"), *L = tn_field("x^2 - 7");
    axle_nfmatrix *M = NULL, *N = NULL, *O = (axle_nfmatrix *)1;
    TS_OK(axle_nfmatrix_new(&M, K, 2, 3));
    TS_OK(axle_nfmatrix_new(&N, L, 3, 2));
    axle_nfelem *x = tn_gen(K), *y = tn_gen(L), *e = (axle_nfelem *)1;
    /* ranges */
    EXPECT(axle_nfmatrix_get(&e, M, 2, 0), AXLE_ERANGE);
    cr_assert_null(e);
    EXPECT(axle_nfmatrix_get(&e, M, 0, 3), AXLE_ERANGE);
    EXPECT(axle_nfmatrix_set(M, 5, 0, x), AXLE_ERANGE);
    EXPECT(axle_nfmatrix_new(&O, K, SIZE_MAX, 2), AXLE_ERANGE);
    cr_assert_null(O);
    EXPECT(axle_nfmatrix_new(&O, K, 100000, 100000), AXLE_ERANGE);
    /* fields */
    EXPECT(axle_nfmatrix_set(M, 0, 0, y), AXLE_EFIELD);
    EXPECT(axle_nfmatrix_mul(&O, M, N), AXLE_EFIELD);
    cr_assert(!axle_nfmatrix_equal(M, N));
    axle_matrix *A = tn_matrix("[[1, 2], [3, 4]]"), *Ar = NULL, *W = tn_matrix("[[1, 2, 3]]");
    TS_OK(axle_matrix_convert(&Ar, A, AXLE_RR));
    EXPECT(axle_nfmatrix_from_matrix(&O, K, Ar), AXLE_EFIELD);
    EXPECT(axle_nfmatrix_from_shift(&O, Ar, x), AXLE_EFIELD);
    /* dimensions */
    EXPECT(axle_nfmatrix_from_shift(&O, W, x), AXLE_EDIM);
    EXPECT(axle_nfmatrix_mul(&O, M, M), AXLE_EDIM);
    EXPECT(axle_nfmatrix_eigenspace(&O, W, x), AXLE_EDIM);
    EXPECT(axle_nfmatrix_eigenspace(&O, Ar, x), AXLE_EFIELD);
    EXPECT(axle_nfmatrix_eigenspace(&O, A, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_eigenspace(&O, NULL, x), AXLE_EINVAL);
    cr_assert_null(O);
    /* NULLs and bad formats */
    EXPECT(axle_nfmatrix_new(&O, NULL, 1, 1), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_from_matrix(&O, K, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_from_matrix(&O, NULL, A), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_from_shift(&O, A, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_copy(&O, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_mul(&O, NULL, M), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_rref(&O, NULL, NULL, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_null(&O, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_set(NULL, 0, 0, x), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_set(M, 0, 0, NULL), AXLE_EINVAL);
    EXPECT(axle_nfmatrix_get(&e, NULL, 0, 0), AXLE_EINVAL);
    cr_assert_null(O);
    size_t rank = 77;
    EXPECT(axle_nfmatrix_rank(&rank, NULL), AXLE_EINVAL);
    cr_assert_eq(rank, 77);
    EXPECT(axle_nfmatrix_rank(NULL, M), AXLE_EINVAL);
    char *s = (char *)1;
    EXPECT(axle_nfmatrix_to_string(&s, M, (axle_format)-1), AXLE_EINVAL);
    cr_assert_null(s);
    EXPECT(axle_nfmatrix_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    cr_assert_eq(axle_nfmatrix_rows(NULL), 0);
    cr_assert_eq(axle_nfmatrix_cols(NULL), 0);
    cr_assert_null(axle_nfmatrix_field(NULL));
    cr_assert(!axle_nfmatrix_is_zero(NULL));
    axle_nfmatrix_free(NULL);
    /* inputs are unchanged by failures */
    cr_assert(axle_nfmatrix_is_zero(M));
    axle_matrix_free(A);
    axle_matrix_free(Ar);
    axle_matrix_free(W);
    axle_nfmatrix_free(M);
    axle_nfmatrix_free(N);
    axle_nfelem_free(x);
    axle_nfelem_free(y);
    axle_numfield_unref(K);
    axle_numfield_unref(L);
}
