/* axle_matrix_parse: shapes, exactness, whitespace, and malformed input of every kind. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "support.h"

static axle_matrix *parse_ok(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    axle_status s = axle_matrix_parse(&A, F, text);
    cr_assert_eq(s, AXLE_OK, "\"%s\": %s: %s", text, axle_strerror(s), axle_error_message());
    cr_assert_not_null(A);
    return A;
}

static void assert_entry(const axle_matrix *A, size_t i, size_t j, long num, long den)
{
    mpq_t q, want;
    mpq_inits(q, want, NULL);
    TS_OK(axle_matrix_get_mpq(q, A, i, j));
    mpq_set_si(want, num, (unsigned long)den);
    mpq_canonicalize(want);
    cr_assert(mpq_equal(q, want), "entry (%zu, %zu) is %s, not %ld/%ld", i, j,
              mpq_get_str(NULL, 10, q), num, den);
    mpq_clears(q, want, NULL);
}

ParameterizedTestParameters(parse, example)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, parse, example)
{
    axle_matrix *A = parse_ok(*F, "[[1, -2/3], [0.5, 4]]");
    cr_assert_eq(axle_matrix_field(A), *F);
    cr_assert_eq(axle_matrix_rows(A), 2);
    cr_assert_eq(axle_matrix_cols(A), 2);
    double d;
    TS_OK(axle_matrix_get_double(&d, A, 0, 1));
    cr_assert_eq(d, -2.0 / 3.0);
    TS_OK(axle_matrix_get_double(&d, A, 1, 0));
    cr_assert_eq(d, 0.5);
    if (*F == AXLE_QQ) {
        assert_entry(A, 0, 0, 1, 1);
        assert_entry(A, 0, 1, -2, 3);
        assert_entry(A, 1, 0, 1, 2);
        assert_entry(A, 1, 1, 4, 1);
    }
    axle_matrix_free(A);
}

ParameterizedTestParameters(parse, shapes)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, parse, shapes)
{
    static const struct {
        const char *text;
        size_t rows, cols;
    } cases[] = {
        {"[]", 0, 0},
        {"  [ ]  ", 0, 0},
        {"[[]]", 1, 0},
        {"[[], []]", 2, 0},
        {"[[7]]", 1, 1},
        {"[[1, 2, 3]]", 1, 3},
        {"[[1], [2], [3]]", 3, 1},
        {"\n[\t[1,2]\r\n,[3 ,4 ] ]\n", 2, 2},
        {"[[1,2],[3,4],[5,6]]", 3, 2},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        axle_matrix *A = parse_ok(*F, cases[k].text);
        cr_assert_eq(axle_matrix_rows(A), cases[k].rows, "\"%s\"", cases[k].text);
        cr_assert_eq(axle_matrix_cols(A), cases[k].cols, "\"%s\"", cases[k].text);
        axle_matrix_free(A);
    }
    axle_matrix *A = parse_ok(*F, "[[1,2],[3,4],[5,6]]");
    long want[] = {1, 2, 3, 4, 5, 6};
    axle_matrix *B = ts_ints(*F, 3, 2, want);
    cr_assert(axle_matrix_equal(A, B));
    axle_matrix_free(A);
    axle_matrix_free(B);
}

Test(parse, qq_reads_decimals_exactly)
{
    axle_matrix *A = parse_ok(AXLE_QQ, "[[0.1, 1e-3, -2.5E+2, .125, 1.5/2, -2/-4, 3e0/6e-1]]");
    assert_entry(A, 0, 0, 1, 10);
    assert_entry(A, 0, 1, 1, 1000);
    assert_entry(A, 0, 2, -250, 1);
    assert_entry(A, 0, 3, 1, 8);
    assert_entry(A, 0, 4, 3, 4);
    assert_entry(A, 0, 5, 1, 2);
    assert_entry(A, 0, 6, 5, 1);
    axle_matrix_free(A);
}

Test(parse, rr_rounds_each_exact_value_once)
{
    /* 0.1 as the nearest double; 1/3 as the nearest double to 1/3 (not 1.0/3.0 computed from a
     * rounded 3); a value just below the subnormal range, and a huge one that still fits */
    axle_matrix *A =
        parse_ok(AXLE_RR, "[[0.1, 1/3, 2.4703282292062328e-324, 1.7976931348623157e308, "
                          "4.9406564584124654e-324, -0.0]]");
    double d;
    TS_OK(axle_matrix_get_double(&d, A, 0, 0));
    cr_assert_eq(d, 0.1);
    TS_OK(axle_matrix_get_double(&d, A, 0, 1));
    cr_assert_eq(d, 1.0 / 3.0);
    TS_OK(axle_matrix_get_double(&d, A, 0, 2));
    cr_assert_eq(d, ldexp(1.0, -1074)); /* just above half the least subnormal */
    TS_OK(axle_matrix_get_double(&d, A, 0, 3));
    cr_assert_eq(d, DBL_MAX);
    TS_OK(axle_matrix_get_double(&d, A, 0, 4));
    cr_assert_eq(d, ldexp(1.0, -1074));
    TS_OK(axle_matrix_get_double(&d, A, 0, 5));
    cr_assert_eq(d, 0.0);
    axle_matrix_free(A);
}

Test(parse, big_entries)
{
    axle_matrix *A = parse_ok(AXLE_QQ, "[[123456789012345678901234567890/7, 1e400]]");
    mpq_t q, want;
    mpq_inits(q, want, NULL);
    TS_OK(axle_matrix_get_mpq(q, A, 0, 0));
    mpq_set_str(want, "123456789012345678901234567890/7", 10);
    mpq_canonicalize(want);
    cr_assert(mpq_equal(q, want));
    TS_OK(axle_matrix_get_mpq(q, A, 0, 1));
    mpz_ui_pow_ui(mpq_numref(want), 10, 400);
    mpz_set_ui(mpq_denref(want), 1);
    cr_assert(mpq_equal(q, want));
    mpq_clears(q, want, NULL);
    axle_matrix_free(A);
}

typedef struct bad {
    const char *text;
    axle_status status;
    size_t pos;        /* for AXLE_EPARSE */
    const char *words; /* a piece of the message */
} bad;

static const bad malformed[] = {
    /* empty, blank, or not a matrix */
    {"", AXLE_EPARSE, 0, "expected '[' to begin the matrix at offset 0, found end of text"},
    {"   \n", AXLE_EPARSE, 4, "expected '['"},
    {"1", AXLE_EPARSE, 0, "found '1'"},
    {"1//2", AXLE_EPARSE, 0, "expected '['"},
    {"{[1]}", AXLE_EPARSE, 0, "found '{'"},
    /* a flat list is not a matrix */
    {"[1, 2]", AXLE_EPARSE, 1, "expected '[' to begin a row"},
    /* unbalanced brackets */
    {"[", AXLE_EPARSE, 1, "end of text"},
    {"[[", AXLE_EPARSE, 2, "expected a number"},
    {"[[1", AXLE_EPARSE, 3, "expected ',' or ']'"},
    {"[[1]", AXLE_EPARSE, 4, "expected ',' or ']' after a row"},
    {"[[1]]]", AXLE_EPARSE, 5, "expected end of text"},
    {"]", AXLE_EPARSE, 0, "found ']'"},
    {"[]]", AXLE_EPARSE, 2, "expected end of text"},
    {"[[1, 2]], [[3]]", AXLE_EPARSE, 8, "expected end of text after the matrix"},
    {"[[[1]]]", AXLE_EPARSE, 2, "expected a number"},
    /* separators */
    {"[[1,]]", AXLE_EPARSE, 4, "expected a number at offset 4, found ']'"},
    {"[[,1]]", AXLE_EPARSE, 2, "expected a number"},
    {"[[1,,2]]", AXLE_EPARSE, 4, "expected a number"},
    {"[[1 2]]", AXLE_EPARSE, 4, "expected ',' or ']' after an entry at offset 4, found '2'"},
    {"[[1];[2]]", AXLE_EPARSE, 4, "expected ',' or ']' after a row"},
    {"[[1] [2]]", AXLE_EPARSE, 5, "expected ',' or ']' after a row"},
    {"[[1],]", AXLE_EPARSE, 5, "expected '[' to begin a row"},
    {"[[1], 2]", AXLE_EPARSE, 6, "expected '[' to begin a row"},
    {"[[1; 2]]", AXLE_EPARSE, 3, "found ';'"},
    /* numbers */
    {"[[--1]]", AXLE_EPARSE, 3, "digit after the sign"},
    {"[[1//2]]", AXLE_EPARSE, 4, "denominator after '/'"},
    {"[[1e]]", AXLE_EPARSE, 4, "digit in the exponent"},
    {"[[1e+]]", AXLE_EPARSE, 5, "digit in the exponent"},
    {"[[.]]", AXLE_EPARSE, 3, "digit after '.'"},
    {"[[1.2.3]]", AXLE_EPARSE, 5, "found '.'"},
    {"[[1/2/3]]", AXLE_EPARSE, 5, "found '/'"},
    {"[[0x10]]", AXLE_EPARSE, 3, "found 'x'"},
    {"[[inf]]", AXLE_EPARSE, 2, "expected a number"},
    {"[[nan]]", AXLE_EPARSE, 2, "expected a number"},
    {"[[1e5e5]]", AXLE_EPARSE, 5, "found 'e'"},
    {"[[\xe2\x88\x92"
     "1]]",
     AXLE_EPARSE, 2, "byte 0xe2"},
    {"[[\"1\"]]", AXLE_EPARSE, 2, "found '\"'"},
    /* ragged rows */
    {"[[1, 2], [3]]", AXLE_EPARSE, 9, "row 2 has 1 entry but row 1 has 2"},
    {"[[1], [2, 3]]", AXLE_EPARSE, 6, "row 2 has 2 entries but row 1 has 1"},
    {"[[1, 2], [3, 4], [5, 6, 7]]", AXLE_EPARSE, 17, "row 3 has 3 entries but row 1 has 2"},
    {"[[], [1]]", AXLE_EPARSE, 5, "row 2 has 1 entry but row 1 has 0"},
    /* values */
    {"[[1/0]]", AXLE_EDOMAIN, 3, "zero denominator"},
    {"[[1, 2], [3, 0/0]]", AXLE_EDOMAIN, 14, "zero denominator"},
    {"[[1e100001]]", AXLE_ERANGE, 4, "exponent"},
};

ParameterizedTestParameters(parse, malformed)
{
    return cr_make_param_array(axle_field, ts_fields, 2);
}

ParameterizedTest(axle_field *F, parse, malformed)
{
    for (size_t k = 0; k < sizeof malformed / sizeof malformed[0]; k++) {
        const bad *c = &malformed[k];
        axle_matrix *A = (axle_matrix *)&k; /* must be reset to NULL */
        axle_status s = axle_matrix_parse(&A, *F, c->text);
        cr_assert_eq(s, c->status, "\"%s\": status %s (%s)", c->text, axle_strerror(s),
                     axle_error_message());
        cr_assert_null(A, "\"%s\": output not NULL on failure", c->text);
        cr_assert_eq(axle_error_status(), c->status);
        cr_assert_eq(axle_error_position(), c->pos, "\"%s\": position %zu, not %zu (%s)", c->text,
                     axle_error_position(), c->pos, axle_error_message());
        cr_assert(strstr(axle_error_message(), c->words), "\"%s\": message \"%s\" lacks \"%s\"",
                  c->text, axle_error_message(), c->words);
    }
}

Test(parse, rr_overflow)
{
    /* DBL_MAX + half an ulp is 1.797693134862315807937...e308: at or beyond it, overflow */
    static const char *texts[] = {"[[1e309]]", "[[1, 2], [-1.8e308, 0]]",
                                  "[[1.7976931348623159e308]]"};
    static const size_t at[] = {2, 10, 2}; /* where the number begins */
    for (size_t k = 0; k < sizeof texts / sizeof texts[0]; k++) {
        axle_matrix *A = NULL;
        cr_assert_eq(axle_matrix_parse(&A, AXLE_RR, texts[k]), AXLE_ERANGE, "%s", texts[k]);
        cr_assert_null(A);
        cr_assert(strstr(axle_error_message(), "beyond the range of a double"), "%s",
                  axle_error_message());
        cr_assert_eq(axle_error_position(), at[k], "%s: position %zu", texts[k],
                     axle_error_position());
        /* QQ holds them exactly */
        TS_OK(axle_matrix_parse(&A, AXLE_QQ, texts[k]));
        axle_matrix_free(A);
    }
    /* just below the limit rounds to DBL_MAX; 1e-400 underflows to zero: no error */
    axle_matrix *A = parse_ok(AXLE_RR, "[[1.7976931348623158e308, 1e-400]]");
    double d;
    TS_OK(axle_matrix_get_double(&d, A, 0, 0));
    cr_assert_eq(d, DBL_MAX);
    TS_OK(axle_matrix_get_double(&d, A, 0, 1));
    cr_assert_eq(d, 0.0);
    axle_matrix_free(A);
}

Test(parse, bad_arguments)
{
    axle_matrix *A = NULL;
    cr_assert_eq(axle_matrix_parse(&A, AXLE_QQ, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_error_position(), (size_t)-1); /* no text, no place in it */
    cr_assert_null(A);
    cr_assert_eq(axle_matrix_parse(NULL, AXLE_QQ, "[[1]]"), AXLE_EINVAL);
    cr_assert_eq(axle_matrix_parse(&A, (axle_field)7, "[[1]]"), AXLE_EINVAL);
    cr_assert_null(A);
}

Test(parse, large_matrix_text)
{
    /* 120 x 120 random fractions: parse time is linear in the text */
    ts_rng r = ts_rng_new("parse::large_matrix_text");
    axle_matrix *A = ts_random_frac(&r, AXLE_QQ, 120, 120);
    char *s = NULL;
    TS_OK(axle_matrix_to_string(&s, A, AXLE_FORMAT_TEXT));
    axle_matrix *B = parse_ok(AXLE_QQ, s);
    cr_assert(axle_matrix_equal(A, B));
    axle_free(s);
    axle_matrix_free(A);
    axle_matrix_free(B);
}
