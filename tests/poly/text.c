/* Polynomials as text: the four output formats, the parser's grammar, round trips, and malformed
 * input of every kind. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <math.h>
#include <string.h>

#include "helpers.h"

static char *fmt(const axle_poly *p, axle_format f)
{
    char *s = NULL;
    TS_OK(axle_poly_to_string(&s, p, f));
    return s;
}

static void expect(const char *in, axle_field F, axle_format f, const char *want)
{
    axle_poly *p = tp_parse(F, in);
    char *s = fmt(p, f);
    cr_assert_str_eq(s, want, "\"%s\" printed as \"%s\"", in, s);
    axle_free(s);
    axle_poly_free(p);
}

Test(poly_text, formats_qq)
{
    expect("x^3 - 2x + 1/2", AXLE_QQ, AXLE_FORMAT_TEXT, "x^3 - 2x + 1/2");
    expect("x^3 - 2x + 1/2", AXLE_QQ, AXLE_FORMAT_UNICODE, "x\xc2\xb3 \xe2\x88\x92 2x + 1/2");
    expect("x^3 - 2x + 1/2", AXLE_QQ, AXLE_FORMAT_LATEX, "x^{3} - 2x + \\frac{1}{2}");
    expect("x^3 - 2x + 1/2", AXLE_QQ, AXLE_FORMAT_JSON, "[\"1\",\"0\",\"-2\",\"1/2\"]");
    expect("-x^12 + 3/2 x - 1", AXLE_QQ, AXLE_FORMAT_TEXT, "-x^12 + 3/2 x - 1");
    expect("-x^12 + 3/2 x - 1", AXLE_QQ, AXLE_FORMAT_UNICODE,
           "\xe2\x88\x92x\xc2\xb9\xc2\xb2 + 3/2 x \xe2\x88\x92 1");
    expect("-x^12 + 3/2 x - 1", AXLE_QQ, AXLE_FORMAT_LATEX, "-x^{12} + \\frac{3}{2}x - 1");
    expect("0", AXLE_QQ, AXLE_FORMAT_TEXT, "0");
    expect("0", AXLE_QQ, AXLE_FORMAT_LATEX, "0");
    expect("0", AXLE_QQ, AXLE_FORMAT_JSON, "[]");
    expect("-7", AXLE_QQ, AXLE_FORMAT_JSON, "[\"-7\"]");
    expect("x", AXLE_QQ, AXLE_FORMAT_TEXT, "x");
    expect("-1", AXLE_QQ, AXLE_FORMAT_TEXT, "-1");
    expect("0.1x", AXLE_QQ, AXLE_FORMAT_TEXT, "1/10 x");
}

Test(poly_text, formats_rr)
{
    expect("x^3 - 2x + 1/2", AXLE_RR, AXLE_FORMAT_TEXT, "x^3 - 2x + 0.5");
    expect("x^3 - 2x + 1/2", AXLE_RR, AXLE_FORMAT_JSON, "[1,0,-2,0.5]");
    expect("x^3 - 2x + 1/2", AXLE_RR, AXLE_FORMAT_UNICODE, "x\xc2\xb3 \xe2\x88\x92 2x + 0.5");
    expect("-0.25x^2", AXLE_RR, AXLE_FORMAT_LATEX, "-0.25x^{2}");
}

/* The grammar: signs, implicit and explicit multiplication, repeated powers summed, blanks. */
Test(poly_text, grammar)
{
    const char *same[][2] = {
        {"x^4 - 1", "x^4-1"},
        {"3/2 x^2 + x", "1.5*x^2+x"},
        {"2x^3-x+0.5", "2 x ^ 3 - x + 1/2"},
        {"x + x", "2x"},
        {"x^2 - x^2 + 1", "1"},
        {"+x", "x"},
        {"- 3", "-3"},
        {"1e2 x", "100x"},
        {"\t x \n", "x"},
        {"x^0", "1"},
        {"0x^7", "0"},
        {"2*x", "2x"},
        {"2 * 3", "6"},
        {"(x)", "x"},
        /* products, powers and parentheses */
        {"(x + 1)^2", "x^2 + 2x + 1"},
        {"2x(x - 1)(x + 1/2)", "2x^3 - x^2 - x"},
        {"(x - 1)*(x + 1)", "x^2 - 1"},
        {"-(x - 1)^3", "-x^3 + 3x^2 - 3x + 1"},
        {"((x^2))^3 - x^6 + 7", "7"},
        /* division by a nonzero number, left to right with products */
        {"x/2", "1/2 x"},
        {"3x^2/4 - x/6", "0.75x^2 - 1/6 x"},
        {"(x^2 - 1)/(2 + 1)", "1/3 x^2 - 1/3"},
        {"x/2/3", "1/6 x"},
        {"1/2x", "0.5x"},
        {"2/3^2", "2/9"},
        {"x/(2/3)", "1.5x"},
        {"(x/3 + 1/5)^2", "1/9 x^2 + 2/15 x + 1/25"},
    };
    for (size_t i = 0; i < sizeof same / sizeof same[0]; i++) {
        axle_poly *a = tp_parse(AXLE_QQ, same[i][0]), *b = tp_parse(AXLE_QQ, same[i][1]);
        cr_assert(axle_poly_equal(a, b), "\"%s\" != \"%s\"", same[i][0], same[i][1]);
        axle_poly_free(a);
        axle_poly_free(b);
    }
}

/* Over RR the expression is evaluated exactly and rounded once: (x + 0.1)^2 / 3 has the
 * coefficients 1/3, 1/15, 1/300 (compared with a tolerance of a few units in the last place). */
Test(poly_text, expressions_rr)
{
    axle_poly *p = tp_parse(AXLE_RR, "(x + 0.1)^2 / 3");
    cr_assert_eq(axle_poly_degree(p), 2);
    const double want[] = {1.0 / 300, 1.0 / 15, 1.0 / 3};
    mpq_t c;
    mpq_init(c);
    for (size_t k = 0; k < 3; k++) {
        axle_poly_coeff_mpq(c, p, k);
        cr_assert(fabs(mpq_get_d(c) - want[k]) <= 4e-16 * want[k], "coefficient of x^%zu: %.17g", k,
                  mpq_get_d(c));
    }
    mpq_clear(c);
    axle_poly_free(p);
}

ParameterizedTestParameters(poly_text, round_trip)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

/* Printing then parsing gives the same polynomial (text and unicode-free formats). */
ParameterizedTest(axle_field *F, poly_text, round_trip)
{
    ts_rng r = ts_rng_new("poly_text/round_trip");
    for (int it = 0; it < 50; it++) {
        axle_poly *p = *F == AXLE_QQ ? tp_random_frac(&r, ts_range(&r, 0, 8))
                                     : tp_random(&r, AXLE_RR, ts_range(&r, 0, 8), 1000);
        if (*F == AXLE_RR) { /* non-integer doubles too */
            axle_scalar *c = NULL;
            axle_poly *t = NULL;
            TS_OK(axle_scalar_from_double(&c, AXLE_RR, 1.0 / 3.0));
            TS_OK(axle_poly_scale(&t, c, p));
            axle_scalar_free(c);
            axle_poly_free(p);
            p = t;
        }
        char *s = fmt(p, AXLE_FORMAT_TEXT);
        axle_poly *q = tp_parse(*F, s);
        cr_assert(axle_poly_equal(p, q), "\"%s\" did not read back", s);
        axle_free(s);
        axle_poly_free(p);
        axle_poly_free(q);
    }
}

/* Malformed text: the status, the position, and a message saying what was expected. */
Test(poly_text, malformed)
{
    struct {
        const char *text;
        size_t pos;
        const char *words;
    } bad[] = {
        {"", 0, "expected a polynomial"},
        {"   ", 3, "expected a polynomial"},
        {"x^", 2, "exponent"},
        {"x^-1", 2, "exponent"},
        {"x^ y", 3, "exponent"},
        {"2 3", 2, "expected an operator"},
        {"x 2", 2, "expected an operator"},
        {"2x3", 2, "expected an operator"},
        {"x +", 3, "expected a number, 'x' or '('"},
        {"x + - 1", 4, "expected a number, 'x' or '('"},
        {"y", 0, "expected a number, 'x' or '('"},
        {"(x", 2, "expected ')'"},
        {"(x))", 3, "expected an operator"},
        {"2*", 2, "expected a number, 'x' or '('"},
        {"x^2 +* x", 5, "expected a number, 'x' or '('"},
        {"--x", 1, "expected a number, 'x' or '('"},
        {"x;", 1, "expected an operator"},
        {"x/-2", 2, "expected a number, 'x' or '('"},
        {"(x+1)^2 2", 8, "expected an operator"},
        /* division by a non-constant: refused where the divisor starts */
        {"1/ x", 3, "divided only by a nonzero number"},
        {"x^2/(x + 1)", 4, "divided only by a nonzero number"},
        {"x/(x - x + 2)^1", 2, "contains x"},
        /* a syntax error comes before any arithmetic, however big the power before it */
        {"(x+1)^1000000 +", 15, "expected a number"},
        {"0-((x+1)^20- 1 + 13-4)^ 403)^2", 27, "expected an operator"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        axle_poly *p = (axle_poly *)1;
        cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, bad[i].text), AXLE_EPARSE, "\"%s\" accepted",
                     bad[i].text);
        cr_assert_null(p);
        cr_assert_eq(axle_error_position(), bad[i].pos, "\"%s\": position %zu, message %s",
                     bad[i].text, axle_error_position(), axle_error_message());
        cr_assert(strstr(axle_error_message(), bad[i].words), "\"%s\": message \"%s\"", bad[i].text,
                  axle_error_message());
    }
    axle_poly *p = NULL;
    cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, "1/0 x"), AXLE_EDOMAIN);
    cr_assert(strstr(axle_error_message(), "division by zero at offset 2"), "%s",
              axle_error_message());
    cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, "x/(2 - 2)"), AXLE_EDOMAIN);
    cr_assert(strstr(axle_error_message(), "division by zero at offset 2"), "%s",
              axle_error_message());
    cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, "x^1000001"), AXLE_ERANGE);
    cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, "x^99999999999999999999999"), AXLE_ERANGE);
    cr_assert_eq(axle_poly_parse(&p, AXLE_RR, "1e400 x"), AXLE_ERANGE);
    cr_assert_eq(axle_poly_parse(&p, AXLE_QQ, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_poly_parse(&p, (axle_field)9, "x"), AXLE_EINVAL);
    axle_poly *q = tp_parse(AXLE_QQ, "x");
    char *s = (char *)1;
    cr_assert_eq(axle_poly_to_string(&s, q, (axle_format)42), AXLE_EINVAL);
    cr_assert_null(s);
    axle_poly_free(q);
}
