/* Printing scalars and matrices in the four formats; round trips through the parser; JSON
 * validity. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_check.h"
#include "support.h"

static char *matrix_str(const axle_matrix *A, axle_format fmt)
{
    char *s = (char *)"not reset";
    TS_OK(axle_matrix_to_string(&s, A, fmt));
    cr_assert_not_null(s);
    return s;
}

static void expect_matrix(const axle_matrix *A, axle_format fmt, const char *want)
{
    char *s = matrix_str(A, fmt);
    cr_assert_str_eq(s, want, "format %d:\n%s\nwanted\n%s", (int)fmt, s, want);
    axle_free(s);
}

static void expect_scalar(const axle_scalar *x, axle_format fmt, const char *want)
{
    char *s = NULL;
    TS_OK(axle_scalar_to_string(&s, x, fmt));
    cr_assert_str_eq(s, want, "format %d", (int)fmt);
    axle_free(s);
}

static axle_matrix *parse(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_parse(&A, F, text));
    return A;
}

Test(print, qq_matrix_all_formats)
{
    axle_matrix *A = parse(AXLE_QQ, "[[1, -2/3], [0.5, 4]]");
    expect_matrix(A, AXLE_FORMAT_TEXT, "[[1, -2/3], [1/2, 4]]");
    expect_matrix(A, AXLE_FORMAT_UNICODE,
                  "\u23a1  1  \u22122/3\u23a4\n"
                  "\u23a31/2     4\u23a6");
    expect_matrix(A, AXLE_FORMAT_LATEX,
                  "\\begin{pmatrix}\n"
                  "1 & -\\frac{2}{3} \\\\\n"
                  "\\frac{1}{2} & 4\n"
                  "\\end{pmatrix}");
    expect_matrix(A, AXLE_FORMAT_JSON, "[[\"1\",\"-2/3\"],[\"1/2\",\"4\"]]");
    axle_matrix_free(A);
}

Test(print, rr_matrix_all_formats)
{
    axle_matrix *A = parse(AXLE_RR, "[[1, -2/3], [0.5, 4]]");
    expect_matrix(A, AXLE_FORMAT_TEXT, "[[1, -0.6666666666666666], [0.5, 4]]");
    expect_matrix(A, AXLE_FORMAT_UNICODE,
                  "\u23a1  1  \u22120.6666666666666666\u23a4\n"
                  "\u23a30.5                    4\u23a6");
    expect_matrix(A, AXLE_FORMAT_LATEX,
                  "\\begin{pmatrix}\n"
                  "1 & -0.6666666666666666 \\\\\n"
                  "0.5 & 4\n"
                  "\\end{pmatrix}");
    expect_matrix(A, AXLE_FORMAT_JSON, "[[1,-0.6666666666666666],[0.5,4]]");
    axle_matrix_free(A);
}

Test(print, rr_exponents)
{
    axle_matrix *A = parse(AXLE_RR, "[[1e20, -1.5e-5, 0.1]]");
    expect_matrix(A, AXLE_FORMAT_TEXT, "[[1e20, -1.5e-5, 0.1]]");
    expect_matrix(A, AXLE_FORMAT_JSON, "[[1e20,-1.5e-5,0.1]]");
    expect_matrix(A, AXLE_FORMAT_UNICODE,
                  "[1\u00d710\u00b2\u2070  "
                  "\u22121.5\u00d710\u207b\u2075  0.1]");
    expect_matrix(A, AXLE_FORMAT_LATEX,
                  "\\begin{pmatrix}\n"
                  "1 \\times 10^{20} & -1.5 \\times 10^{-5} & 0.1\n"
                  "\\end{pmatrix}");
    axle_matrix_free(A);
}

ParameterizedTestParameters(print, zero_sizes)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, print, zero_sizes)
{
    axle_matrix *A = NULL, *B = NULL, *C = NULL;
    TS_OK(axle_matrix_new(&A, *F, 0, 0));
    TS_OK(axle_matrix_new(&B, *F, 2, 0));
    TS_OK(axle_matrix_new(&C, *F, 0, 3));
    expect_matrix(A, AXLE_FORMAT_TEXT, "[]");
    expect_matrix(A, AXLE_FORMAT_JSON, "[]");
    expect_matrix(A, AXLE_FORMAT_UNICODE, "[]");
    expect_matrix(A, AXLE_FORMAT_LATEX, "\\begin{pmatrix}\\end{pmatrix}");
    expect_matrix(B, AXLE_FORMAT_TEXT, "[[], []]");
    expect_matrix(B, AXLE_FORMAT_JSON, "[[],[]]");
    expect_matrix(B, AXLE_FORMAT_UNICODE, "[[], []]");
    expect_matrix(C, AXLE_FORMAT_TEXT, "[]");
    expect_matrix(C, AXLE_FORMAT_JSON, "[]");
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(C);
}

Test(print, scalars)
{
    axle_scalar *x = NULL;
    TS_OK(axle_scalar_from_frac(&x, AXLE_QQ, -2, 3));
    expect_scalar(x, AXLE_FORMAT_TEXT, "-2/3");
    expect_scalar(x, AXLE_FORMAT_UNICODE, "\u22122/3");
    expect_scalar(x, AXLE_FORMAT_LATEX, "-\\frac{2}{3}");
    expect_scalar(x, AXLE_FORMAT_JSON, "\"-2/3\"");
    axle_scalar_free(x);

    TS_OK(axle_scalar_from_int(&x, AXLE_QQ, 12));
    expect_scalar(x, AXLE_FORMAT_TEXT, "12");
    expect_scalar(x, AXLE_FORMAT_LATEX, "12");
    expect_scalar(x, AXLE_FORMAT_JSON, "\"12\"");
    axle_scalar_free(x);

    TS_OK(axle_scalar_from_double(&x, AXLE_RR, -1.5e-5));
    expect_scalar(x, AXLE_FORMAT_TEXT, "-1.5e-5");
    expect_scalar(x, AXLE_FORMAT_UNICODE, "\u22121.5\u00d710\u207b\u2075");
    expect_scalar(x, AXLE_FORMAT_LATEX, "-1.5 \\times 10^{-5}");
    expect_scalar(x, AXLE_FORMAT_JSON, "-1.5e-5");
    axle_scalar_free(x);

    TS_OK(axle_scalar_from_double(&x, AXLE_RR, -0.0));
    expect_scalar(x, AXLE_FORMAT_TEXT, "0");
    expect_scalar(x, AXLE_FORMAT_JSON, "0");
    axle_scalar_free(x);

    TS_OK(axle_scalar_from_double(&x, AXLE_RR, 2.0));
    expect_scalar(x, AXLE_FORMAT_JSON, "2");
    axle_scalar_free(x);
}

/* The RR rendering of one double in text format. */
static char *double_text(double d)
{
    axle_scalar *x = NULL;
    TS_OK(axle_scalar_from_double(&x, AXLE_RR, d));
    char *s = NULL;
    TS_OK(axle_scalar_to_string(&s, x, AXLE_FORMAT_TEXT));
    axle_scalar_free(x);
    return s;
}

Test(print, rr_shortest)
{
    static const struct {
        double d;
        const char *want;
    } cases[] = {
        {0.1, "0.1"},
        {1.0 / 3.0, "0.3333333333333333"},
        {0.30000000000000004, "0.30000000000000004"},
        {123456.0, "123456"},
        {1e15, "1e15"},
        {9007199254740992.0, "9007199254740992"},
        {1e300, "1e300"},
        {DBL_MAX, "1.7976931348623157e308"},
        {DBL_MIN, "2.2250738585072014e-308"},
        {4.9406564584124654e-324, "5e-324"}, /* subnormals: the shortest form too */
        {1e-310, "1e-310"},
        {-2.5, "-2.5"},
        {100, "100"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *s = double_text(cases[k].d);
        cr_assert_str_eq(s, cases[k].want, "%a", cases[k].d);
        axle_free(s);
    }
}

/* Count significant digits in a %g-style string. */
static int significant_digits(const char *s)
{
    int n = 0;
    bool leading = true;
    for (; *s && *s != 'e'; s++) {
        if (*s < '0' || *s > '9')
            continue;
        if (*s == '0' && leading)
            continue;
        leading = false;
        n++;
    }
    return n;
}

static double random_double(ts_rng *r)
{
    double d;
    do {
        uint64_t bits = ts_next(r);
        memcpy(&d, &bits, sizeof d);
    } while (!isfinite(d));
    return d;
}

Test(print, rr_random_doubles_read_back_shortest)
{
    ts_rng r = ts_rng_new("print::rr_random_doubles_read_back_shortest");
    char buf[64];
    for (int k = 0; k < 3000; k++) {
        double d = k % 2 ? random_double(&r) : (double)ts_range(&r, -1000000, 1000000) / 1024;
        char *s = double_text(d);
        axle_scalar *y = NULL;
        TS_OK(axle_scalar_parse(&y, AXLE_RR, s));
        cr_assert_eq(axle_scalar_to_double(y), d, "%a printed as %s", d, s);
        axle_scalar_free(y);
        int n = significant_digits(s);
        cr_assert(n <= 17, "%s", s);
        /* not longer than needed: with 15 digits whenever %.15g already reads back */
        snprintf(buf, sizeof buf, "%.15g", d);
        if (strtod(buf, NULL) == d)
            cr_assert(n <= 15, "%a printed as %s, but %s reads back", d, s, buf);
        cr_assert(json_valid(s, NULL), "%s is not a JSON number", s);
        axle_free(s);
    }
}

ParameterizedTestParameters(print, round_trip_random)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

/* parse(print(A)) == A, in the text format and (RR) the JSON format, for random shapes and
 * entries; JSON output is always valid JSON. */
ParameterizedTest(axle_field *F, print, round_trip_random)
{
    ts_rng r = ts_rng_new("print::round_trip_random");
    for (int t = 0; t < 60; t++) {
        size_t m = (size_t)ts_range(&r, 0, 6), n = (size_t)ts_range(&r, 1, 6);
        if (m == 0)
            n = 0; /* a 0 x n matrix prints as [] and reads back as 0 x 0 */
        axle_matrix *A = NULL;
        if (*F == AXLE_QQ) {
            A = ts_random_frac(&r, *F, m, n);
            if (t % 3 == 0 && m && n) {
                /* a few huge entries */
                mpq_t q;
                mpq_init(q);
                mpz_ui_pow_ui(mpq_numref(q), 3, 200);
                mpz_ui_pow_ui(mpq_denref(q), 7, 90);
                mpq_neg(q, q);
                TS_OK(axle_matrix_set_mpq(A, 0, 0, q));
                mpq_clear(q);
            }
        } else {
            TS_OK(axle_matrix_new(&A, *F, m, n));
            for (size_t i = 0; i < m; i++)
                for (size_t j = 0; j < n; j++)
                    TS_OK(axle_matrix_set_double(A, i, j, random_double(&r)));
        }
        char *s = matrix_str(A, AXLE_FORMAT_TEXT);
        axle_matrix *B = parse(*F, s);
        cr_assert(axle_matrix_equal(A, B), "text round trip failed for %s", s);
        axle_matrix_free(B);
        axle_free(s);

        s = matrix_str(A, AXLE_FORMAT_JSON);
        size_t where = 0;
        cr_assert(json_valid(s, &where), "invalid JSON at offset %zu: %s", where, s);
        if (*F == AXLE_RR) {
            B = parse(*F, s);
            cr_assert(axle_matrix_equal(A, B), "JSON round trip failed for %s", s);
            axle_matrix_free(B);
        }
        axle_free(s);

        /* the other formats at least render */
        axle_free(matrix_str(A, AXLE_FORMAT_UNICODE));
        axle_free(matrix_str(A, AXLE_FORMAT_LATEX));
        axle_matrix_free(A);
    }
}

/* Number of code points on each line is the same: the columns line up. */
Test(print, unicode_alignment)
{
    axle_matrix *A = parse(AXLE_QQ, "[[1, -22/7, 0], [100, 1/2, -3], [-5, 0, 123456]]");
    char *s = matrix_str(A, AXLE_FORMAT_UNICODE);
    cr_assert_str_eq(s, "\u23a1  1  \u221222/7       0\u23a4\n"
                        "\u23a2100    1/2      \u22123\u23a5\n"
                        "\u23a3 \u22125      0  123456\u23a6");
    axle_free(s);
    axle_matrix_free(A);
}

Test(print, errors)
{
    axle_matrix *A = parse(AXLE_QQ, "[[1]]");
    char *s = (char *)"x";
    cr_assert_eq(axle_matrix_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    cr_assert_null(s);
    cr_assert_eq(axle_matrix_to_string(NULL, A, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    s = (char *)"x";
    cr_assert_eq(axle_matrix_to_string(&s, A, (axle_format)9), AXLE_EINVAL);
    cr_assert_null(s);
    s = (char *)"x";
    cr_assert_eq(axle_scalar_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    cr_assert_null(s);
    axle_scalar *x = NULL;
    TS_OK(axle_scalar_from_int(&x, AXLE_QQ, 1));
    cr_assert_eq(axle_scalar_to_string(&s, x, (axle_format)-1), AXLE_EINVAL);
    cr_assert_eq(axle_scalar_to_string(NULL, x, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    axle_scalar_free(x);
    axle_matrix_free(A);
}

Test(print, format_parse)
{
    static const struct {
        const char *name;
        axle_format fmt;
    } ok[] = {{"text", AXLE_FORMAT_TEXT},   {"unicode", AXLE_FORMAT_UNICODE},
              {"latex", AXLE_FORMAT_LATEX}, {"json", AXLE_FORMAT_JSON},
              {"JSON", AXLE_FORMAT_JSON},   {"LaTeX", AXLE_FORMAT_LATEX}};
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        axle_format f = (axle_format)-1;
        TS_OK(axle_format_parse(&f, ok[k].name));
        cr_assert_eq(f, ok[k].fmt, "%s", ok[k].name);
    }
    static const char *bad[] = {"", "tex", "texts", "html", "json "};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        axle_format f = AXLE_FORMAT_LATEX;
        cr_assert_eq(axle_format_parse(&f, bad[k]), AXLE_EINVAL, "\"%s\"", bad[k]);
        cr_assert_eq(f, AXLE_FORMAT_LATEX);
        cr_assert(strstr(axle_error_message(), "unknown format"));
    }
    axle_format f;
    cr_assert_eq(axle_format_parse(&f, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_format_parse(NULL, "text"), AXLE_EINVAL);
}

/* The validator used above must itself reject what JSON forbids. */
Test(print, json_checker_rejects)
{
    static const char *bad[] = {"inf", "nan", "[1,]", "[01]",  "1.", "[\"a]", "{1:2}",  "[1 2]",
                                "-",   ".5",  "1e",   "[[1],", "",   "+1",    "\"\t\"", "[NaN]"};
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++)
        cr_assert(!json_valid(bad[k], NULL), "accepted %s", bad[k]);
    static const char *good[] = {"{\"field\":\"QQ\",\"rank\":2}", "[[],[]]", "-0.5e-7",
                                 "[\"\\u00e9\\n\"]", " [ 1 , 2 ] "};
    for (size_t k = 0; k < sizeof good / sizeof good[0]; k++)
        cr_assert(json_valid(good[k], NULL), "rejected %s", good[k]);
}

/* axle promises finite RR entries, but a caller can break that through axle_matrix_rr_data():
 * the printer still says what is there instead of printing garbage. */
Test(print, nonfinite_written_through_raw_storage)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_RR, 1, 3));
    size_t ld = 0;
    double *d = axle_matrix_rr_data(A, &ld);
    cr_assert_not_null(d);
    d[0] = NAN;
    d[ld] = INFINITY;
    d[2 * ld] = -INFINITY;
    expect_matrix(A, AXLE_FORMAT_TEXT, "[[nan, inf, -inf]]");
    axle_matrix_free(A);
}
