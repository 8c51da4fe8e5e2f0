/* Scalars over both fields: construction, exactness, arithmetic and every error path. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <float.h>
#include <math.h>

#include "support.h"

ParameterizedTestParameters(scalar, construct)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, scalar, construct)
{
    axle_scalar *a = NULL, *b = NULL, *c = NULL;
    TS_OK(axle_scalar_from_frac(&a, *F, 6, -4));
    cr_assert_eq(axle_scalar_field(a), *F);
    cr_assert_eq(axle_scalar_to_double(a), -1.5);
    cr_assert_eq(axle_scalar_sign(a), -1);
    TS_OK(axle_scalar_parse(&b, *F, " -3/2 "));
    cr_assert(axle_scalar_equal(a, b));
    TS_OK(axle_scalar_from_double(&c, *F, -1.5));
    cr_assert(axle_scalar_equal(a, c));
    axle_scalar_free(a);
    axle_scalar_free(b);
    axle_scalar_free(c);

    axle_scalar *z = NULL;
    TS_OK(axle_scalar_from_int(&z, *F, 0));
    cr_assert(axle_scalar_is_zero(z));
    axle_scalar_free(z);
}

ParameterizedTestParameters(scalar, errors)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, scalar, errors)
{
    axle_scalar *x = (axle_scalar *)1;
    cr_assert_eq(axle_scalar_from_frac(&x, *F, 1, 0), AXLE_EDOMAIN);
    cr_assert_null(x);
    cr_assert_eq(axle_scalar_from_double(&x, *F, NAN), AXLE_EDOMAIN);
    cr_assert_eq(axle_scalar_from_double(&x, *F, INFINITY), AXLE_EDOMAIN);
    cr_assert_eq(axle_scalar_parse(&x, *F, "1/0"), AXLE_EDOMAIN);
    cr_assert_eq(axle_scalar_parse(&x, *F, ""), AXLE_EPARSE);
    cr_assert_eq(axle_scalar_parse(&x, *F, "1 2"), AXLE_EPARSE);
    cr_assert_eq(axle_error_position(), 2);
    cr_assert_eq(axle_scalar_parse(&x, *F, NULL), AXLE_EINVAL);
    cr_assert_null(x);

    axle_scalar *one = NULL, *zero = NULL;
    TS_OK(axle_scalar_from_int(&one, *F, 1));
    TS_OK(axle_scalar_from_int(&zero, *F, 0));
    cr_assert_eq(axle_scalar_div(&x, one, zero), AXLE_EDOMAIN);
    cr_assert_null(x);
    cr_assert_eq(axle_scalar_add(&x, one, NULL), AXLE_EINVAL);
    axle_scalar_free(one);
    axle_scalar_free(zero);
}

Test(scalar, mixing_fields_is_efield)
{
    axle_scalar *q = NULL, *r = NULL, *x = (axle_scalar *)1;
    TS_OK(axle_scalar_from_int(&q, AXLE_QQ, 2));
    TS_OK(axle_scalar_from_int(&r, AXLE_RR, 2));
    cr_assert_eq(axle_scalar_add(&x, q, r), AXLE_EFIELD);
    cr_assert_null(x);
    int c = 7;
    cr_assert_eq(axle_scalar_cmp(&c, q, r), AXLE_EFIELD);
    cr_assert_eq(c, 7, "out must be untouched on failure");
    cr_assert(!axle_scalar_equal(q, r));
    axle_scalar_free(q);
    axle_scalar_free(r);
}

Test(scalar, qq_is_exact)
{
    axle_scalar *a = NULL, *b = NULL, *s = NULL, *t = NULL, *third = NULL;
    TS_OK(axle_scalar_parse(&a, AXLE_QQ, "0.1"));
    TS_OK(axle_scalar_parse(&b, AXLE_QQ, "0.2"));
    TS_OK(axle_scalar_add(&s, a, b));
    TS_OK(axle_scalar_parse(&t, AXLE_QQ, "3/10"));
    cr_assert(axle_scalar_equal(s, t), "0.1 + 0.2 must be exactly 3/10 in QQ");
    TS_OK(axle_scalar_from_frac(&third, AXLE_QQ, 1, 3));
    cr_assert_eq(axle_scalar_to_double(third), 1.0 / 3.0, "correctly rounded");
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, third);
    cr_assert_eq(mpz_get_si(mpq_numref(q)), 1);
    cr_assert_eq(mpz_get_si(mpq_denref(q)), 3);
    mpq_clear(q);
    axle_scalar_free(a);
    axle_scalar_free(b);
    axle_scalar_free(s);
    axle_scalar_free(t);
    axle_scalar_free(third);
}

Test(scalar, double_to_qq_is_the_binary_value)
{
    axle_scalar *x = NULL, *tenth = NULL;
    TS_OK(axle_scalar_from_double(&x, AXLE_QQ, 0.1));
    TS_OK(axle_scalar_from_frac(&tenth, AXLE_QQ, 1, 10));
    cr_assert(!axle_scalar_equal(x, tenth), "0.1 as a double is not 1/10");
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, x);
    cr_assert_eq(mpz_cmp_ui(mpq_denref(q), 1), 1);
    cr_assert(mpz_popcount(mpq_denref(q)) == 1, "denominator is a power of two");
    cr_assert_eq(mpq_get_d(q), 0.1);
    mpq_clear(q);
    axle_scalar_free(x);
    axle_scalar_free(tenth);
}

Test(scalar, rr_overflow_is_erange)
{
    axle_scalar *big = NULL, *two = NULL, *x = (axle_scalar *)1;
    TS_OK(axle_scalar_from_double(&big, AXLE_RR, DBL_MAX));
    TS_OK(axle_scalar_from_int(&two, AXLE_RR, 2));
    cr_assert_eq(axle_scalar_mul(&x, big, two), AXLE_ERANGE);
    cr_assert_null(x);
    cr_assert_eq(axle_scalar_parse(&x, AXLE_RR, "1e400"), AXLE_ERANGE);
    axle_scalar *q = NULL;
    TS_OK(axle_scalar_parse(&q, AXLE_QQ, "1e400"));
    cr_assert_eq(axle_scalar_convert(&x, q, AXLE_RR), AXLE_ERANGE);
    cr_assert_eq(axle_scalar_to_double(q), HUGE_VAL);
    axle_scalar_free(q);
    axle_scalar_free(big);
    axle_scalar_free(two);
}

Test(scalar, non_canonical_mpq_is_refused)
{
    mpq_t q;
    mpq_init(q);
    mpz_set_si(mpq_denref(q), -2);
    axle_scalar *x = (axle_scalar *)1;
    cr_assert_eq(axle_scalar_from_mpq(&x, AXLE_QQ, q), AXLE_EDOMAIN);
    cr_assert_null(x);
    mpq_clear(q);
}

ParameterizedTestParameters(scalar, field_axioms)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, scalar, field_axioms)
{
    ts_rng r = ts_rng_new("scalar/field_axioms");
    for (int k = 0; k < 200; k++) {
        axle_scalar *a = NULL, *b = NULL, *s = NULL, *d = NULL, *p = NULL, *q = NULL, *n = NULL;
        TS_OK(axle_scalar_from_frac(&a, *F, ts_range(&r, -50, 50), ts_range(&r, 1, 30)));
        TS_OK(axle_scalar_from_frac(&b, *F, ts_range(&r, 1, 50), ts_range(&r, 1, 30)));
        TS_OK(axle_scalar_add(&s, a, b));
        TS_OK(axle_scalar_sub(&d, s, b)); /* (a + b) - b */
        TS_OK(axle_scalar_mul(&p, a, b));
        TS_OK(axle_scalar_div(&q, p, b)); /* (a b) / b */
        TS_OK(axle_scalar_neg(&n, a));
        double ad = axle_scalar_to_double(a);
        if (*F == AXLE_QQ) {
            cr_assert(axle_scalar_equal(d, a));
            cr_assert(axle_scalar_equal(q, a));
        } else {
            cr_assert_float_eq(axle_scalar_to_double(d), ad, 1e-12);
            cr_assert_float_eq(axle_scalar_to_double(q), ad, 1e-12);
        }
        cr_assert_eq(axle_scalar_to_double(n), -ad);
        int c = 2;
        TS_OK(axle_scalar_cmp(&c, a, s));
        cr_assert_eq(c, -1, "b > 0 so a < a + b");
        axle_scalar *all[] = {a, b, s, d, p, q, n};
        for (size_t i = 0; i < 7; i++)
            axle_scalar_free(all[i]);
    }
}
