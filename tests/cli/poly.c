/* axle factor and axle roots, run as a program: JSON byte for byte, the human formats, every
 * error, and content × product of the printed factors == the input (parsed back and multiplied). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <axle/algebraic.h>

#include "../text/json_check.h"
#include "run.h"
#include "support.h"

Test(factor, json_exact)
{
    expect_out(RUN(NULL, "factor", "--format", "json", "x^4 - 1"),
               "{\"content\":\"1\",\"factors\":[{\"poly\":[\"1\",\"-1\"],\"multiplicity\":1},"
               "{\"poly\":[\"1\",\"1\"],\"multiplicity\":1},{\"poly\":[\"1\",\"0\",\"1\"],"
               "\"multiplicity\":1}]}");
    expect_out(RUN(NULL, "factor", "--format", "json", "6x^3 + 9x^2 - 6x"),
               "{\"content\":\"3\",\"factors\":[{\"poly\":[\"1\",\"0\"],\"multiplicity\":1},"
               "{\"poly\":[\"1\",\"2\"],\"multiplicity\":1},{\"poly\":[\"2\",\"-1\"],"
               "\"multiplicity\":1}]}");
    expect_out(RUN(NULL, "factor", "--format", "json", "--", "-2x^2 + 2"),
               "{\"content\":\"-2\",\"factors\":[{\"poly\":[\"1\",\"-1\"],\"multiplicity\":1},"
               "{\"poly\":[\"1\",\"1\"],\"multiplicity\":1}]}");
    expect_out(RUN(NULL, "factor", "--format", "json", "x^6 + 3x^4 + 3x^2 + 1"),
               "{\"content\":\"1\",\"factors\":[{\"poly\":[\"1\",\"0\",\"1\"],\"multiplicity\":3}"
               "]}");
    expect_out(RUN(NULL, "factor", "--format", "json", "3/2 x^2 + x"),
               "{\"content\":\"1/2\",\"factors\":[{\"poly\":[\"1\",\"0\"],\"multiplicity\":1},"
               "{\"poly\":[\"3\",\"2\"],\"multiplicity\":1}]}");
    expect_out(RUN(NULL, "factor", "--format", "json", "-7"),
               "{\"content\":\"-7\",\"factors\":[]}");
    /* --field qq is accepted; a leading minus sign works without -- too */
    expect_out(RUN(NULL, "factor", "--field", "qq", "--format", "json", "-x^2 + 1"),
               "{\"content\":\"-1\",\"factors\":[{\"poly\":[\"1\",\"-1\"],\"multiplicity\":1},"
               "{\"poly\":[\"1\",\"1\"],\"multiplicity\":1}]}");
}

Test(factor, human_formats)
{
    expect_out(RUN(NULL, "factor", "x^4 - 1"), "x^4 - 1 = (x - 1)(x + 1)(x^2 + 1)");
    expect_out(RUN(NULL, "factor", "6x^3 + 9x^2 - 6x"), "6x^3 + 9x^2 - 6x = 3x(x + 2)(2x - 1)");
    expect_out(RUN(NULL, "factor", "--", "-2x^2 + 2"), "-2x^2 + 2 = -2(x - 1)(x + 1)");
    expect_out(RUN(NULL, "factor", "x^6 + 3x^4 + 3x^2 + 1"), "x^6 + 3x^4 + 3x^2 + 1 = (x^2 + 1)^3");
    expect_out(RUN(NULL, "factor", "3/2 x^2 + x"), "3/2 x^2 + x = (1/2)x(3x + 2)");
    expect_out(RUN(NULL, "factor", "x^3"), "x^3 = x^3");
    expect_out(RUN(NULL, "factor", "5"), "5 = 5");
    expect_out(RUN(NULL, "factor", "--format", "unicode", "x^4 - 2x^2 + 1"),
               "x\u2074 \u2212 2x\u00b2 + 1 = (x \u2212 1)\u00b2(x + 1)\u00b2");
    expect_out(RUN(NULL, "factor", "--format", "unicode", "-1/2 x^2 + 1/2"),
               "\u22121/2 x\u00b2 + 1/2 = (\u22121/2)(x \u2212 1)(x + 1)");
    expect_out(RUN(NULL, "factor", "--format", "latex", "x^12 - 1"),
               "x^{12} - 1 = (x - 1)(x + 1)(x^{2} - x + 1)(x^{2} + 1)(x^{2} + x + 1)(x^{4} - "
               "x^{2} + 1)");
    expect_out(RUN(NULL, "factor", "--format", "latex", "3/2 x^2 + 3/2"),
               "\\frac{3}{2}x^{2} + \\frac{3}{2} = \\frac{3}{2}(x^{2} + 1)");
}

Test(factor, errors)
{
    expect_fail(RUN(NULL, "factor", "0"), 1, "factor: the zero polynomial", NULL);
    expect_fail(RUN(NULL, "factor", "x - x"), 1, "zero polynomial", NULL);
    expect_fail(RUN(NULL, "factor", "--field", "rr", "x^2 - 1"), 1, "factor:", "needs --field qq");
    expect_fail(RUN(NULL, "factor", "x^2 + + 1"), 2, "POLY, line 1, column 7", NULL);
    run r = RUN(NULL, "factor", "x^2 + + 1");
    cr_assert(strstr(r.err, "\n  x^2 + + 1\n        ^\n"), "%s", r.err);
    run_free(&r);
    expect_fail(RUN(NULL, "factor", "x^2 + 1/0"), 2, "POLY", "division by zero");
    expect_fail(RUN(NULL, "factor", "y"), 2, "POLY, line 1, column 1", NULL);
    expect_fail(RUN(NULL, "factor", ""), 2, "POLY, line 1, column 1", NULL);
    expect_fail(RUN(NULL, "factor", "x^2", "-", "1"), 2, "factor takes one POLY", "quote");
    expect_fail(RUN(NULL, "factor"), 2, "factor needs POLY", NULL);
    expect_fail(RUN(NULL, "factor", "-x"), 2, "unknown option '-x'", "put --");
    expect_fail(RUN(NULL, "factor", "@/nonexistent/axle-poly"), 2, "POLY: cannot open", NULL);
}

Test(factor, stdin)
{
    expect_out(RUN("x^2 - 1\n", "factor", "-"), "x^2 - 1 = (x - 1)(x + 1)");
    expect_fail(RUN("x^2 -\n 1 1", "factor", "-"), 2, "POLY, line 2, column 4", NULL);
}

/* The coefficient strings (highest degree first) as a QQ polynomial. */
static axle_poly *poly_from_strings(char **c, size_t n)
{
    mpq_t *q = malloc((n + 1) * sizeof *q);
    cr_assert_not_null(q);
    for (size_t k = 0; k < n; k++) {
        mpq_init(q[k]);
        cr_assert_eq(mpq_set_str(q[k], c[n - 1 - k], 10), 0, "%s", c[n - 1 - k]);
        mpq_canonicalize(q[k]);
        /* factors are integer polynomials */
        cr_assert_eq(mpz_cmp_ui(mpq_denref(q[k]), 1), 0, "%s", c[n - 1 - k]);
    }
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, n, q));
    for (size_t k = 0; k < n; k++)
        mpq_clear(q[k]);
    free(q);
    return p;
}

/* content × prod f_i^{e_i} == POLY (== expanded, when given, for expressions the library's
 * parser does not read), each f_i primitive with a positive leading coefficient, in order of
 * degree and then coefficients. */
static void check_expression(const char *text, const char *expanded)
{
    run r = RUN(NULL, "factor", "--format", "json", "--", text);
    cr_assert_eq(r.code, 0, "%s: %s", text, r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    const char *p = json_find(r.out, "content");
    const char *end = strchr(p + 1, '"');
    char content[128];
    cr_assert(*p == '"' && end && (size_t)(end - p) < sizeof content, "%s", r.out);
    memcpy(content, p + 1, (size_t)(end - p - 1));
    content[end - p - 1] = '\0';
    axle_scalar *c = NULL;
    TS_OK(axle_scalar_parse(&c, AXLE_QQ, content));
    axle_poly *prod = NULL, *next = NULL;
    TS_OK(axle_poly_constant(&prod, c));
    axle_poly *prev = NULL;
    for (const char *q = r.out; (q = strstr(q, "\"poly\":"));) {
        q += 7;
        size_t n;
        char **coef = json_strings(&q, &n);
        axle_poly *f = poly_from_strings(coef, n);
        long e = json_int(q, "multiplicity");
        cr_assert(e >= 1);
        axle_scalar *fc = NULL;
        TS_OK(axle_poly_content(&fc, f));
        cr_assert(axle_scalar_sign(fc) > 0, "%s: factor not primitive/positive", r.out);
        mpq_t one;
        mpq_init(one);
        axle_scalar_get_mpq(one, fc);
        cr_assert_eq(mpq_cmp_ui(one, 1, 1), 0, "%s: a factor is not primitive", r.out);
        mpq_clear(one);
        axle_scalar_free(fc);
        if (prev) {
            long dp = axle_poly_degree(prev), df = axle_poly_degree(f);
            cr_assert(dp <= df, "%s: factors out of order", r.out);
            if (dp == df) {
                int cmp = 0;
                mpq_t a, b;
                mpq_inits(a, b, NULL);
                for (long k = df; k >= 0 && cmp == 0; k--) {
                    axle_poly_coeff_mpq(a, prev, (size_t)k);
                    axle_poly_coeff_mpq(b, f, (size_t)k);
                    cmp = mpq_cmp(a, b);
                }
                mpq_clears(a, b, NULL);
                cr_assert(cmp < 0, "%s: factors out of order", r.out);
            }
        }
        axle_poly *fe = NULL;
        TS_OK(axle_poly_pow(&fe, f, (unsigned long)e));
        TS_OK(axle_poly_mul(&next, prod, fe));
        axle_poly_free(prod);
        axle_poly_free(fe);
        axle_poly_free(prev);
        prod = next;
        prev = f;
        json_strings_free(coef, n);
    }
    axle_poly_free(prev);
    axle_poly *want = NULL;
    TS_OK(axle_poly_parse(&want, AXLE_QQ, expanded ? expanded : text));
    cr_assert(axle_poly_equal(prod, want), "%s: content x product differs: %s", text, r.out);
    axle_poly_free(want);
    axle_poly_free(prod);
    axle_scalar_free(c);
    run_free(&r);
}

static void check_product(const char *text)
{
    check_expression(text, NULL);
}

Test(factor, content_times_product)
{
    static const char *const polys[] = {
        "x^4 - 1",
        "6x^3 + 9x^2 - 6x",
        "-2x^2 + 2",
        "x^6 + 3x^4 + 3x^2 + 1", /* (x^2 + 1)^3 */
        "3/2 x^2 + x",
        "-4/9 x^5 + 4/9 x",
        "x^8 - 8x^6 + 20x^4 - 16x^2 + 2",
        "12x^7 - 30x^6 + 6x^5 + 36x^4 - 24x^3",
        "0.5x^2 - 0.125",
        "-3",
    };
    for (size_t i = 0; i < sizeof polys / sizeof polys[0]; i++)
        check_product(polys[i]);
}

/* POLY may be written with products, powers and parentheses. */
Test(factor, expressions)
{
    expect_out(RUN(NULL, "factor", "(x^2+1)^3"), "x^6 + 3x^4 + 3x^2 + 1 = (x^2 + 1)^3");
    expect_out(RUN(NULL, "factor", "--format", "json", "(x^2 + 1)^3"),
               "{\"content\":\"1\",\"factors\":[{\"poly\":[\"1\",\"0\",\"1\"],\"multiplicity\":3}"
               "]}");
    check_expression("(x^2+1)^3", "x^6 + 3x^4 + 3x^2 + 1");
    check_expression("2x(x - 1)(x + 1/2)", "2x^3 - x^2 - x");
    check_expression("-3(x - 1)^2 * (2x + 4)^3 + 0", "-24x^5 - 96x^4 - 24x^3 + 240x^2 + 96x - 192");
    check_expression("((x))^2 - (1/4)", "x^2 - 1/4");
    expect_fail(RUN(NULL, "factor", "(x - 1)(x + 1) - (x^2 - 1)"), 1, "zero polynomial", NULL);
}

Test(factor, expression_errors)
{
    expect_fail(RUN(NULL, "factor", "(x^2+1"), 2, "POLY, line 1, column 7", "expected ')'");
    expect_fail(RUN(NULL, "factor", "(x+1)^99999"), 2, "POLY", "AXLE_POLY_MAX_BITS");
    expect_fail(RUN(NULL, "factor", "(x+1)^1000001"), 2, "POLY", "AXLE_POLY_MAX_DEGREE");
    expect_fail(RUN(NULL, "factor", "(x+1)^"), 2, "column 7", "exponent after '^'");
    expect_fail(RUN(NULL, "factor", "(1/0)x"), 2, "POLY", "division by zero");
    expect_fail(RUN(NULL, "factor", "(x+1) 2"), 2, "column 7", "expected an operator");
    expect_fail(RUN(NULL, "factor", "(x+1)(x-y)"), 2, "column 9", "expected a number, 'x' or '('");
    expect_fail(RUN(NULL, "factor", "(x^3000)^400"), 2, "POLY", "AXLE_POLY_MAX_DEGREE");
    /* deep nesting is refused, not a stack overflow */
    char deep[100002];
    memset(deep, '(', 100000);
    strcpy(deep + 100000, "x");
    expect_fail(RUN(deep, "factor", "-"), 2, "column 201", "nested more than 200 deep");
    char ok[404];
    memset(ok, '(', 200);
    ok[200] = 'x';
    memset(ok + 201, ')', 200);
    strcpy(ok + 401, "^2");
    expect_out(RUN(NULL, "factor", ok), "x^2 = x^2");
}

/* The reproducers: tiny texts whose construction ran for minutes are judged as a whole
 * (the nested power is the polynomial it stands for) and refused at once; a syntax error after a
 * big power is reported before any arithmetic. */
Test(factor, expression_size, .timeout = 120)
{
    expect_fail(RUN(NULL, "factor", "((x+1)^100)^100"), 2, "column 12", "AXLE_POLY_MAX_BITS");
    expect_fail(RUN(NULL, "factor", "((x+(x+1)^20- 31)^20- 3)^22"), 2, "POLY",
                "AXLE_POLY_MAX_BITS");
    expect_fail(RUN(NULL, "factor", "0-((x+1)^20- 1 + 13-4)^ 403)^2"), 2, "column 28",
                "expected an operator");
    /* a dense power of big coefficients is refused; one big term is only its own size */
    expect_fail(RUN(NULL, "factor", "(2^1000000 x + 1)^100"), 2, "POLY", "AXLE_POLY_MAX_BITS");
}

/* Division by a nonzero number, as in the library's grammar; not by a polynomial. */
Test(factor, division)
{
    expect_out(RUN(NULL, "factor", "x/2"), "1/2 x = (1/2)x");
    check_expression("x^3/6 - x/6", "1/6 x^3 - 1/6 x");
    check_expression("(x^2 - 1)/(3/2)", "2/3 x^2 - 2/3");
    expect_fail(RUN(NULL, "factor", "x/(x + 1)"), 2, "column 3",
                "divided only by a nonzero number");
    expect_fail(RUN(NULL, "factor", "x/(1 - 1)"), 2, "column 3", "division by zero");
}

/* Random products of small factors factor back into their input. */
Test(factor, random_products, .timeout = 120)
{
    ts_rng rng = ts_rng_new("factor::random_products");
    for (int t = 0; t < 8; t++) {
        axle_poly *p = NULL;
        long c0 = ts_range(&rng, -6, 6);
        TS_OK(axle_poly_from_ints(&p, AXLE_QQ, 1, (long[]){c0 ? c0 : 1}));
        int nf = (int)ts_range(&rng, 1, 4);
        for (int k = 0; k < nf; k++) {
            long c[3] = {ts_range(&rng, -5, 5), ts_range(&rng, -5, 5), ts_range(&rng, 1, 3)};
            size_t n = (size_t)ts_range(&rng, 2, 3);
            axle_poly *f = NULL, *g = NULL;
            TS_OK(axle_poly_from_ints(&f, AXLE_QQ, n, c));
            TS_OK(axle_poly_mul(&g, p, f));
            axle_poly_free(f);
            axle_poly_free(p);
            p = g;
        }
        char *text = NULL;
        TS_OK(axle_poly_to_string(&text, p, AXLE_FORMAT_TEXT));
        cr_log_info("factor::random_products: %s", text);
        if (!axle_poly_is_zero(p))
            check_product(text);
        axle_free(text);
        axle_poly_free(p);
    }
}

Test(roots, outputs)
{
    expect_out(RUN(NULL, "roots", "--format", "json", "x^2 - x - 1"),
               "{\"roots\":[{\"minpoly\":[\"1\",\"-1\",\"-1\"],\"value\":\"(1 \u2212 \u221a5)/2\","
               "\"re\":-0.6180339887498949,\"im\":0,\"multiplicity\":1},{\"minpoly\":[\"1\","
               "\"-1\",\"-1\"],\"value\":\"(1 + \u221a5)/2\",\"re\":1.618033988749895,\"im\":0,"
               "\"multiplicity\":1}]}");
    expect_out(RUN(NULL, "roots", "--format", "json", "x^3 - 2x^2 + x"),
               "{\"roots\":[{\"minpoly\":[\"1\",\"0\"],\"value\":\"0\",\"re\":0,\"im\":0,"
               "\"multiplicity\":1},{\"minpoly\":[\"1\",\"-1\"],\"value\":\"1\",\"re\":1,\"im\":0,"
               "\"multiplicity\":2}]}");
    expect_out(RUN(NULL, "roots", "--format", "json", "7"), "{\"roots\":[]}");
    expect_out(RUN(NULL, "roots", "x^2 - x - 1"), "(1 - sqrt(5))/2\n(1 + sqrt(5))/2");
    expect_out(RUN(NULL, "roots", "x^3 - 2x^2 + x"), "0\n1  (multiplicity 2)");
    expect_out(RUN(NULL, "roots", "--digits", "5", "x^3 - 2x - 5"),
               "root of x^3 - 2x - 5 ~ 2.0946\n"
               "root of x^3 - 2x - 5 ~ -1.0473 + 1.1359i\n"
               "root of x^3 - 2x - 5 ~ -1.0473 - 1.1359i");
    expect_out(RUN(NULL, "roots", "3"), "no roots (a nonzero constant)");
    run r = RUN(NULL, "roots", "--format", "unicode", "x^4 + 1");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strlen(r.out) > 0 && r.out[strlen(r.out) - 1] == '\n', "%s", r.out);
    size_t lines = 0;
    for (const char *q = r.out; *q; q++)
        lines += *q == '\n';
    cr_assert_eq(lines, 4, "%s", r.out);
    run_free(&r);
    r = RUN(NULL, "roots", "--format", "json", "x^5 - x - 1");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    run_free(&r);
}

Test(roots, errors)
{
    expect_fail(RUN(NULL, "roots", "0"), 1, "roots: every number is a root", NULL);
    expect_fail(RUN(NULL, "roots", "--field", "rr", "x"), 1, "roots:", "--field qq");
    expect_fail(RUN(NULL, "roots", "--digits", "0", "x"), 2, "--digits needs a whole number", NULL);
    expect_fail(RUN(NULL, "roots", "--digits", "12a", "x"), 2, "--digits", NULL);
    expect_fail(RUN(NULL, "roots", "--digits", "10001", "x"), 2, "--digits", NULL);
    expect_fail(RUN(NULL, "roots", "x^^2"), 2, "POLY, line 1, column 3", NULL);
    expect_fail(RUN(NULL, "roots"), 2, "roots needs POLY", NULL);
    expect_fail(RUN(NULL, "factor", "--digits", "4", "x"), 2, "factor does not take --digits",
                NULL);
}

Test(help, mentions_every_command)
{
    run r = RUN(NULL, "help");
    cr_assert_eq(r.code, 0);
    static const char *const cmds[] = {"rank",  "det",  "rref",     "null",   "inv",
                                       "solve", "span", "subspace", "factor", "roots"};
    for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++) {
        char pattern[32];
        snprintf(pattern, sizeof pattern, "\n  %s ", cmds[i]);
        cr_assert(strstr(r.out, pattern), "help lacks %s", cmds[i]);
    }
    cr_assert(strstr(r.out, "--space Pm") && strstr(r.out, "--digits N"), "%s", r.out);
    run_free(&r);
}
