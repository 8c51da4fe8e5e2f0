/* The display of algebraic numbers in the four formats, and certain decimal digits. */
#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* The displays of all roots of p in format f joined with " | ". */
static const char *all(const char *poly, axle_format f)
{
    static char buf[2048];
    axle_poly *p = ta_poly(poly);
    axle_roots *r = ta_roots(p);
    buf[0] = 0;
    for (size_t i = 0; i < axle_roots_count(r); i++) {
        if (i)
            strcat(buf, " | ");
        strcat(buf, ta_str(axle_roots_get(r, i, NULL), f, 0));
    }
    axle_roots_free(r);
    axle_poly_free(p);
    return buf;
}

Test(display, rationals)
{
    cr_assert_str_eq(all("2x^2 - x - 3", AXLE_FORMAT_UNICODE), "\u22121 | 3/2");
    cr_assert_str_eq(all("2x + 3", AXLE_FORMAT_LATEX), "-\\frac{3}{2}");
}

Test(display, real_surds)
{
    cr_assert_str_eq(all("x^2 - x - 1", AXLE_FORMAT_UNICODE),
                     "(1 \u2212 \u221a5)/2 | (1 + \u221a5)/2");
    cr_assert_str_eq(all("x^2 - x - 1", AXLE_FORMAT_TEXT), "(1 - sqrt(5))/2 | (1 + sqrt(5))/2");
    cr_assert_str_eq(all("x^2 - x - 1", AXLE_FORMAT_LATEX),
                     "\\frac{1 - \\sqrt{5}}{2} | \\frac{1 + \\sqrt{5}}{2}");
    cr_assert_str_eq(all("x^2 - 12", AXLE_FORMAT_UNICODE), "\u22122\u221a3 | 2\u221a3");
    cr_assert_str_eq(all("x^2 - 12", AXLE_FORMAT_TEXT), "-2*sqrt(3) | 2*sqrt(3)");
    cr_assert_str_eq(all("2x^2 - 1", AXLE_FORMAT_UNICODE), "\u2212\u221a2/2 | \u221a2/2");
    cr_assert_str_eq(all("2x^2 - 1", AXLE_FORMAT_LATEX),
                     "-\\frac{\\sqrt{2}}{2} | \\frac{\\sqrt{2}}{2}");
    cr_assert_str_eq(all("x^2 + 2x - 17", AXLE_FORMAT_UNICODE),
                     "\u22121 \u2212 3\u221a2 | \u22121 + 3\u221a2");
    cr_assert_str_eq(all("4x^2 - 4x - 71", AXLE_FORMAT_TEXT),
                     "(1 - 6*sqrt(2))/2 | (1 + 6*sqrt(2))/2");
}

Test(display, complex_surds)
{
    cr_assert_str_eq(all("x^2 + x + 1", AXLE_FORMAT_UNICODE),
                     "\u22121/2 + (\u221a3/2)i = e^(2\u03c0i/3) | "
                     "\u22121/2 \u2212 (\u221a3/2)i = e^(2\u03c0i\u00b72/3)");
    cr_assert_str_eq(all("x^2 - 4x + 5", AXLE_FORMAT_UNICODE), "2 + i | 2 \u2212 i");
    cr_assert_str_eq(all("x^2 + 3", AXLE_FORMAT_UNICODE), "i\u221a3 | \u2212i\u221a3");
    cr_assert_str_eq(all("x^2 + 12", AXLE_FORMAT_TEXT), "2*i*sqrt(3) | -2*i*sqrt(3)");
    cr_assert_str_eq(all("x^2 + 1", AXLE_FORMAT_LATEX),
                     "i = e^{2\\pi i/4} | -i = e^{2\\pi i \\cdot 3/4}");
    cr_assert_str_eq(all("x^2 + x + 1", AXLE_FORMAT_LATEX),
                     "-\\frac{1}{2} + \\frac{\\sqrt{3}}{2}i = e^{2\\pi i/3} | "
                     "-\\frac{1}{2} - \\frac{\\sqrt{3}}{2}i = e^{2\\pi i \\cdot 2/3}");
}

/* The square part of a huge discriminant is split off at once (one square at a time took 13 s for
 * 10^100000 x^2 + 1; found by fuzzing). The roots are +-i/10^50000. */
Test(display, huge_discriminant, .timeout = 120)
{
    axle_poly *p = ta_poly("1e100000 x^2 + 1");
    axle_roots *r = ta_roots(p);
    cr_assert_eq(axle_roots_count(r), 2);
    char *want = malloc(50010), *s = NULL;
    cr_assert(want);
    strcpy(want, "(1/1");
    memset(want + 4, '0', 50000);
    strcpy(want + 50004, ")i");
    TS_OK(axle_algebraic_to_string(&s, axle_roots_get(r, 0, NULL), AXLE_FORMAT_TEXT, 0));
    cr_assert_str_eq(s, want);
    axle_free(s);
    free(want);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(display, roots_of_unity_and_others)
{
    cr_assert_str_eq(all("x^4 + x^3 + x^2 + x + 1", AXLE_FORMAT_UNICODE),
                     "e^(2\u03c0i\u00b72/5) \u2248 \u22120.8090169944 + 0.5877852523i | "
                     "e^(2\u03c0i\u00b73/5) \u2248 \u22120.8090169944 \u2212 0.5877852523i | "
                     "e^(2\u03c0i/5) \u2248 0.3090169944 + 0.9510565163i | "
                     "e^(2\u03c0i\u00b74/5) \u2248 0.3090169944 \u2212 0.9510565163i");
    cr_assert_str_eq(all("x^3 - 2x - 5", AXLE_FORMAT_TEXT),
                     "root of x^3 - 2x - 5 ~ 2.094551482 | "
                     "root of x^3 - 2x - 5 ~ -1.047275741 + 1.135939889i | "
                     "root of x^3 - 2x - 5 ~ -1.047275741 - 1.135939889i");
    cr_assert_str_eq(all("x^4 + 2", AXLE_FORMAT_TEXT),
                     "root of x^4 + 2 ~ -0.8408964153 + 0.8408964153i | "
                     "root of x^4 + 2 ~ -0.8408964153 - 0.8408964153i | "
                     "root of x^4 + 2 ~ 0.8408964153 + 0.8408964153i | "
                     "root of x^4 + 2 ~ 0.8408964153 - 0.8408964153i");
    /* real part exactly zero */
    cr_assert_str_eq(all("x^4 + 5x^2 + 5", AXLE_FORMAT_UNICODE),
                     "root of x\u2074 + 5x\u00b2 + 5 \u2248 1.175570505i | "
                     "root of x\u2074 + 5x\u00b2 + 5 \u2248 \u22121.175570505i | "
                     "root of x\u2074 + 5x\u00b2 + 5 \u2248 1.902113033i | "
                     "root of x\u2074 + 5x\u00b2 + 5 \u2248 \u22121.902113033i");
}

Test(display, certain_digits)
{
    axle_poly *p = ta_poly("x^3 - 2x - 5");
    axle_roots *r = ta_roots(p);
    const axle_algebraic *a = axle_roots_get(r, 0, NULL);
    cr_assert_str_eq(ta_str(a, AXLE_FORMAT_UNICODE, 30),
                     "root of x\u00b3 \u2212 2x \u2212 5 \u2248 2.09455148154232659148238654058");
    char *re = NULL, *im = NULL;
    TS_OK(axle_algebraic_to_decimal(&re, &im, a, 3));
    cr_assert_str_eq(re, "2.09");
    cr_assert_str_eq(im, "0");
    axle_free(re);
    axle_free(im);
    axle_roots_free(r);
    axle_poly_free(p);
    p = ta_poly("x^2 - 2e100");
    r = ta_roots(p);
    TS_OK(axle_algebraic_to_decimal(&re, NULL, axle_roots_get(r, 1, NULL), 12));
    cr_assert_str_eq(re, "1.41421356237e+50");
    axle_free(re);
    axle_roots_free(r);
    axle_poly_free(p);
    p = ta_poly("1e40 x^2 - 2");
    r = ta_roots(p);
    TS_OK(axle_algebraic_to_decimal(&re, NULL, axle_roots_get(r, 0, NULL), 5));
    cr_assert_str_eq(re, "-1.4142e-20");
    axle_free(re);
    axle_roots_free(r);
    axle_poly_free(p);
}

Test(display, json)
{
    axle_poly *p = ta_poly("x^3 - 2x - 5");
    axle_roots *r = ta_roots(p);
    cr_assert_str_eq(
        ta_str(axle_roots_get(r, 0, NULL), AXLE_FORMAT_JSON, 0),
        "{\"minpoly\":[\"1\",\"0\",\"-2\",\"-5\"],\"value\":\"root of x\u00b3 \u2212 2x "
        "\u2212 5 \u2248 2.094551482\",\"re\":2.0945514815423265,\"im\":0}");
    axle_roots_free(r);
    axle_poly_free(p);
    p = ta_poly("x^3 - x^2 - x");
    r = ta_roots(p);
    char *s = NULL;
    TS_OK(axle_roots_to_string(&s, r, AXLE_FORMAT_JSON, 0));
    cr_assert_str_eq(s, "{\"roots\":["
                        "{\"minpoly\":[\"1\",\"-1\",\"-1\"],\"value\":\"(1 \u2212 \u221a5)/2\","
                        "\"re\":-0.6180339887498949,\"im\":0,\"multiplicity\":1},"
                        "{\"minpoly\":[\"1\",\"0\"],\"value\":\"0\",\"re\":0,\"im\":0,"
                        "\"multiplicity\":1},"
                        "{\"minpoly\":[\"1\",\"-1\",\"-1\"],\"value\":\"(1 + \u221a5)/2\","
                        "\"re\":1.618033988749895,\"im\":0,\"multiplicity\":1}]}");
    axle_free(s);
    axle_roots_free(r);
    axle_poly_free(p);
}
