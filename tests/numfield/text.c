/* Elements and matrices of Q(α) as text in the four formats, parsing, and round trips. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static void assert_elem(const axle_nfelem *x, axle_format fmt, const char *expected)
{
    char *s = NULL;
    TS_OK(axle_nfelem_to_string(&s, x, fmt));
    cr_assert_str_eq(s, expected);
    axle_free(s);
}

static void assert_matrix(const axle_nfmatrix *M, axle_format fmt, const char *expected)
{
    char *s = NULL;
    TS_OK(axle_nfmatrix_to_string(&s, M, fmt));
    cr_assert_str_eq(s, expected);
    axle_free(s);
}

Test(numfield_text, element_formats)
{
    axle_numfield *K = tn_field("x^3 - 2");
    axle_nfelem *x = tn_parse(K, "1/2 a^2 - 3a + 1/2");
    assert_elem(x, AXLE_FORMAT_TEXT, "1/2 a^2 - 3a + 1/2");
    assert_elem(x, AXLE_FORMAT_UNICODE, "1/2 \xce\xb1\xc2\xb2 \xe2\x88\x92 3\xce\xb1 + 1/2");
    assert_elem(x, AXLE_FORMAT_LATEX, "\\frac{1}{2}\\alpha^{2} - 3\\alpha + \\frac{1}{2}");
    assert_elem(x, AXLE_FORMAT_JSON, "[\"1/2\",\"-3\",\"1/2\"]");
    axle_nfelem *z = tn_int(K, 0), *a = tn_gen(K), *m = NULL;
    TS_OK(axle_nfelem_neg(&m, a));
    assert_elem(z, AXLE_FORMAT_TEXT, "0");
    assert_elem(z, AXLE_FORMAT_JSON, "[]");
    assert_elem(a, AXLE_FORMAT_TEXT, "a");
    assert_elem(m, AXLE_FORMAT_UNICODE, "\xe2\x88\x92\xce\xb1");
    assert_elem(m, AXLE_FORMAT_JSON, "[\"-1\",\"0\"]");
    char *s = NULL;
    cr_assert_eq(axle_nfelem_to_string(&s, x, (axle_format)9), AXLE_EINVAL);
    cr_assert_null(s);
    axle_nfelem *el[] = {x, z, a, m};
    for (size_t i = 0; i < sizeof el / sizeof el[0]; i++)
        axle_nfelem_free(el[i]);
    axle_numfield_unref(K);
}

Test(numfield_text, named_generator)
{
    axle_numfield *K = NULL;
    TS_OK(axle_numfield_parse(&K, "x^2 - x - 1", "phi"));
    axle_nfelem *x = tn_parse(K, "2*phi^3 - phi");
    /* 2φ^3 − φ = 2(2φ + 1) − φ = 3φ + 2 */
    assert_elem(x, AXLE_FORMAT_TEXT, "3*phi + 2");
    assert_elem(x, AXLE_FORMAT_UNICODE, "3*phi + 2");
    assert_elem(x, AXLE_FORMAT_LATEX, "3\\mathrm{phi} + 2");
    axle_nfelem *y = tn_parse(K, "3 phi + 2"), *w = tn_parse(K, "3x + 2");
    cr_assert(axle_nfelem_equal(x, y));
    cr_assert(axle_nfelem_equal(x, w));
    axle_numfield *L = NULL;
    TS_OK(axle_numfield_parse(&L, "x^2 + 1", "i"));
    axle_nfelem *i = tn_parse(L, "i");
    assert_elem(i, AXLE_FORMAT_LATEX, "i");
    axle_nfelem *el[] = {x, y, w, i};
    for (size_t k = 0; k < sizeof el / sizeof el[0]; k++)
        axle_nfelem_free(el[k]);
    axle_numfield_unref(K);
    axle_numfield_unref(L);
}

Test(numfield_text, matrix_formats)
{
    axle_numfield *K = tn_field("x^2 - x - 1");
    axle_nfelem *a = tn_gen(K);
    axle_matrix *A = tn_matrix("[[1, 1], [1, 0]]");
    axle_nfmatrix *S = NULL, *N = NULL, *E = NULL;
    TS_OK(axle_nfmatrix_from_shift(&S, A, a));
    TS_OK(axle_nfmatrix_null(&N, S));
    assert_matrix(S, AXLE_FORMAT_TEXT, "[[-a + 1, 1], [1, -a]]");
    assert_matrix(S, AXLE_FORMAT_UNICODE,
                  "[[\xe2\x88\x92\xce\xb1 + 1, 1], [1, \xe2\x88\x92\xce\xb1]]");
    assert_matrix(S, AXLE_FORMAT_LATEX,
                  "\\begin{pmatrix}\n-\\alpha + 1 & 1 \\\\\n1 & -\\alpha\n\\end{pmatrix}");
    assert_matrix(S, AXLE_FORMAT_JSON, "[[[\"-1\",\"1\"],[\"1\"]],[[\"1\"],[\"-1\",\"0\"]]]");
    assert_matrix(N, AXLE_FORMAT_TEXT, "[[a], [1]]");
    TS_OK(axle_nfmatrix_new(&E, K, 0, 0));
    assert_matrix(E, AXLE_FORMAT_TEXT, "[]");
    axle_nfmatrix_free(S);
    axle_nfmatrix_free(N);
    axle_nfmatrix_free(E);
    axle_matrix_free(A);
    axle_nfelem_free(a);
    axle_numfield_unref(K);
}

/* Text and α-Unicode output parse back to the same element. */
Test(numfield_text, round_trip)
{
    ts_rng r = ts_rng_new("numfield_text/round_trip");
    for (size_t f = 0; f < tn_moduli_count; f++) {
        axle_numfield *K = tn_field(tn_moduli[f]);
        for (int rep = 0; rep < 10; rep++) {
            axle_nfelem *x = tn_random(&r, K, 20), *y = NULL;
            char *s = NULL;
            TS_OK(axle_nfelem_to_string(&s, x, AXLE_FORMAT_TEXT));
            TS_OK(axle_nfelem_parse(&y, K, s));
            cr_assert(axle_nfelem_equal(x, y), "%s did not read back", s);
            axle_free(s);
            axle_nfelem_free(y);
            axle_nfelem_free(x);
        }
        axle_numfield_unref(K);
    }
    axle_numfield *K = tn_field("x^2 - 2");
    axle_nfelem *x = tn_parse(K, "\xce\xb1^2 + 3\xce\xb1"), *y = tn_parse(K, "3a + 2");
    cr_assert(axle_nfelem_equal(x, y));
    axle_nfelem_free(x);
    axle_nfelem_free(y);
    axle_numfield_unref(K);
}

Test(numfield_text, parse_errors)
{
    axle_numfield *K = NULL;
    TS_OK(axle_numfield_parse(&K, "x^2 - x - 1", "phi"));
    axle_nfelem *x = (axle_nfelem *)1;
    cr_assert_eq(axle_nfelem_parse(&x, K, "2 phi + + 1"), AXLE_EPARSE);
    cr_assert_null(x);
    cr_assert_eq(axle_error_position(), 8, "position %zu", axle_error_position());
    cr_assert_eq(axle_nfelem_parse(&x, K, "2 a + 1"), AXLE_EPARSE); /* a is not the name */
    cr_assert_eq(axle_error_position(), 2, "position %zu", axle_error_position());
    cr_assert_eq(axle_nfelem_parse(&x, K, "phi^"), AXLE_EPARSE);
    cr_assert_eq(axle_nfelem_parse(&x, K, ""), AXLE_EPARSE);
    cr_assert_eq(axle_nfelem_parse(&x, K, "1/0 phi"), AXLE_EDOMAIN);
    /* a zero denominator keeps EDOMAIN and its place is mapped back to the text as given (the
     * generator phi is rewritten as x before the polynomial parser sees it) */
    const char *zd = "phi^2 + phi + 3/0 phi";
    cr_assert_eq(axle_nfelem_parse(&x, K, zd), AXLE_EDOMAIN);
    cr_assert_null(x);
    size_t at = axle_error_position();
    cr_assert(at == (size_t)(strchr(zd, '/') - zd) || at == (size_t)(strchr(zd, '/') - zd) + 1,
              "position %zu: %s", at, axle_error_message());
    cr_assert(strstr(axle_error_message(), "of the text as given"), "%s", axle_error_message());
    cr_assert_null(strstr(axle_error_message(), "at offset 12"), "%s", axle_error_message());
    /* a high power is refused before the reduction (a^1000000 used to exhaust memory) */
    cr_assert_eq(axle_nfelem_parse(&x, K, "phi^10001 + 1"), AXLE_ERANGE);
    cr_assert(strstr(axle_error_message(), "at most 10000"), "%s", axle_error_message());
    TS_OK(axle_nfelem_parse(&x, K, "phi^10000"));
    axle_nfelem_free(x);
    x = NULL;
    cr_assert_eq(axle_nfelem_parse(&x, K, NULL), AXLE_EINVAL);
    cr_assert_eq(axle_nfelem_parse(&x, NULL, "1"), AXLE_EINVAL);
    cr_assert_null(x);
    axle_numfield *L = (axle_numfield *)1;
    cr_assert_eq(axle_numfield_parse(&L, "x^2 +* 1", NULL), AXLE_EPARSE);
    cr_assert_null(L);
    axle_numfield_unref(K);
}
