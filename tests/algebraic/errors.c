/* Every failure path of the algebraic module reports its status and leaves outputs NULL. */
#include <criterion/criterion.h>

#include "helpers.h"

Test(errors, polynomial_inputs)
{
    axle_poly *p = NULL;
    axle_roots *r = (axle_roots *)1;
    TS_OK(axle_poly_parse(&p, AXLE_RR, "x^2 - 2"));
    cr_assert_eq(axle_poly_roots(&r, p), AXLE_EUNSUPPORTED);
    cr_assert_null(r);
    cr_assert_eq(axle_poly_real_roots(&r, p), AXLE_EUNSUPPORTED);
    axle_poly_free(p);
    TS_OK(axle_poly_parse(&p, AXLE_QQ, "0"));
    cr_assert_eq(axle_poly_roots(&r, p), AXLE_EDOMAIN);
    cr_assert_null(r);
    axle_poly_free(p);
    cr_assert_eq(axle_poly_roots(&r, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_poly_roots(NULL, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_roots_count(NULL), 0);
    axle_roots_free(NULL);
}

Test(errors, values)
{
    axle_algebraic *z = NULL, *out = (axle_algebraic *)1, *c = NULL;
    TS_OK(axle_algebraic_from_frac(&z, 0, 3));
    cr_assert_eq(axle_algebraic_inv(&out, z), AXLE_EDOMAIN);
    cr_assert_null(out);
    cr_assert_eq(axle_algebraic_from_frac(&out, 1, 0), AXLE_EDOMAIN);
    cr_assert_null(out);
    axle_scalar *x = NULL;
    TS_OK(axle_scalar_from_double(&x, AXLE_RR, 0.5));
    cr_assert_eq(axle_algebraic_from_scalar(&out, x), AXLE_EFIELD);
    axle_scalar_free(x);
    cr_assert_eq(axle_algebraic_from_scalar(&out, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_algebraic_neg(&out, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_algebraic_sqrt(NULL, z), AXLE_EINVAL);
    axle_poly *p = ta_poly("x^2 + 1");
    axle_roots *r = ta_roots(p);
    TS_OK(axle_algebraic_copy(&c, axle_roots_get(r, 0, NULL)));
    int s;
    bool b;
    cr_assert_eq(axle_algebraic_cmp(&s, c, z), AXLE_EDOMAIN);
    cr_assert_eq(axle_algebraic_sign(&s, c), AXLE_EDOMAIN);
    cr_assert_eq(axle_algebraic_equal(&b, c, NULL), AXLE_EINVAL);
    mpq_t q1, q2, q3;
    mpq_inits(q1, q2, q3, NULL);
    cr_assert_eq(axle_algebraic_get_mpq(q1, c), AXLE_EDOMAIN);
    cr_assert_eq(axle_algebraic_interval(q1, q2, c), AXLE_EDOMAIN);
    cr_assert_eq(axle_algebraic_disc(q1, q2, q3, z), AXLE_EDOMAIN);
    mpq_clears(q1, q2, q3, NULL);
    char *str = (char *)1, *im = (char *)1;
    cr_assert_eq(axle_algebraic_to_string(&str, c, AXLE_FORMAT_TEXT, 10001), AXLE_ERANGE);
    cr_assert_null(str);
    cr_assert_eq(axle_algebraic_to_string(&str, c, (axle_format)9, 0), AXLE_EINVAL);
    cr_assert_eq(axle_algebraic_to_decimal(&str, &im, c, 0), AXLE_ERANGE);
    cr_assert(str == NULL && im == NULL);
    cr_assert_eq(axle_roots_to_string(&str, NULL, AXLE_FORMAT_JSON, 0), AXLE_EINVAL);
    bool unity = true;
    cr_assert_eq(axle_algebraic_root_of_unity(&unity, NULL, NULL, NULL), AXLE_EINVAL);
    cr_assert(unity, "the answer is untouched on failure");
    cr_assert_str_neq(axle_error_message(), "");
    axle_roots_free(r);
    axle_poly_free(p);
    axle_algebraic_free(c);
    axle_algebraic_free(z);
    axle_algebraic_free(NULL);
}
