/* axle span and axle subspace, run as a program: JSON byte for byte in both fields, the human
 * formats, every error, the linear dependence lemma's witness checked by substitution and the
 * dimension formula dim(U1 + U2) = dim U1 + dim U2 - dim(U1 ∩ U2) on random lists. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../text/json_check.h"
#include "run.h"
#include "support.h"

Test(span, json_qq)
{
    expect_out(RUN(NULL, "span", "--format", "json", "(1, 0, 1)", "(0, 1, 1)", "(1, -1, 0)"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":2,\"basis\":[[\"1\",\"0\","
               "\"1\"],[\"0\",\"1\",\"1\"]],\"witness\":{\"index\":2,\"coefficients\":[\"1\","
               "\"-1\"]}}");
    expect_out(RUN(NULL, "span", "--format=json", "(1, 2)", "(0, 1/2)"),
               "{\"field\":\"QQ\",\"independent\":true,\"dimension\":2,\"basis\":[[\"1\",\"2\"],"
               "[\"0\",\"1/2\"]],\"witness\":null}");
    /* v_0 = 0: the witness is index 0 with no coefficients; the basis skips it */
    expect_out(RUN(NULL, "span", "--format", "json", "(0, 0)", "(1, 2)", "(3, 6)"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":1,\"basis\":[[\"1\",\"2\"]],"
               "\"witness\":{\"index\":0,\"coefficients\":[]}}");
    /* the first dependent vector is reported, not a later one */
    expect_out(RUN(NULL, "span", "--format", "json", "(1, 0)", "(2, 0)", "(0, 1)", "(0, 2)"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":2,\"basis\":[[\"1\",\"0\"],"
               "[\"0\",\"1\"]],\"witness\":{\"index\":1,\"coefficients\":[\"2\"]}}");
    /* 0.1 is exactly 1/10 */
    expect_out(RUN(NULL, "span", "--format", "json", "(0.1)", "(1)"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":1,\"basis\":[[\"1/10\"]],"
               "\"witness\":{\"index\":1,\"coefficients\":[\"10\"]}}");
}

Test(span, json_polynomials)
{
    /* coordinates in 1, x, x^2; m = 2 is the highest degree written */
    expect_out(RUN(NULL, "span", "--format", "json", "1 + x", "x - x^2", "1 + x^2"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":2,\"basis\":[[\"1\",\"1\","
               "\"0\"],[\"0\",\"1\",\"-1\"]],\"witness\":{\"index\":2,\"coefficients\":[\"1\","
               "\"-1\"]}}");
    expect_out(RUN(NULL, "span", "--space", "P3", "--format", "json", "1 + x", "x - x^2"),
               "{\"field\":\"QQ\",\"independent\":true,\"dimension\":2,\"basis\":[[\"1\",\"1\","
               "\"0\",\"0\"],[\"0\",\"1\",\"-1\",\"0\"]],\"witness\":null}");
    expect_out(RUN(NULL, "span", "--space=P_1", "--format", "json", "3"),
               "{\"field\":\"QQ\",\"independent\":true,\"dimension\":1,\"basis\":[[\"3\",\"0\"]],"
               "\"witness\":null}");
    /* a polynomial may start with a parenthesised coefficient or a minus sign */
    expect_out(RUN(NULL, "span", "--format", "json", "(1/2)x + 1", "-x - 2"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":1,\"basis\":[[\"1\","
               "\"1/2\"]],\"witness\":{\"index\":1,\"coefficients\":[\"-2\"]}}");
}

Test(span, json_rr)
{
    expect_out(RUN(NULL, "span", "--field", "rr", "--format", "json", "(1, 0)", "(0, 0.5)"),
               "{\"field\":\"RR\",\"independent\":true,\"dimension\":2,\"basis\":[[1,0],[0,0.5]],"
               "\"witness\":null}");
    run r = RUN(NULL, "span", "--field", "rr", "--format", "json", "(1, 0, 1)", "(0, 1, 1)",
                "(2, -3, -1)");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    const char *head = "{\"field\":\"RR\",\"independent\":false,\"dimension\":2,\"basis\":[[1,0,1],"
                       "[0,1,1]],\"witness\":{\"index\":2,\"coefficients\":[";
    cr_assert(strncmp(r.out, head, strlen(head)) == 0, "%s", r.out);
    char *end;
    double c0 = strtod(r.out + strlen(head), &end);
    cr_assert_eq(*end, ',');
    double c1 = strtod(end + 1, &end);
    cr_assert(fabs(c0 - 2) < 1e-12 && fabs(c1 + 3) < 1e-12, "%s", r.out);
    run_free(&r);
}

Test(span, human_formats)
{
    const char *a = "(1, 0, 1)", *b = "(0, 1, 1)", *c = "(1, -1/2, 1/2)";
    expect_out(RUN(NULL, "span", a, b, c), "linearly dependent: v2 = v0 - 1/2 v1\n"
                                           "dimension 2\n"
                                           "basis: (1, 0, 1), (0, 1, 1)");
    expect_out(RUN(NULL, "span", "--format", "unicode", a, b, c),
               "linearly dependent: v\u2082 = v\u2080 \u2212 1/2 v\u2081\n"
               "dimension 2\n"
               "basis: (1, 0, 1), (0, 1, 1)");
    expect_out(RUN(NULL, "span", "--format", "latex", a, b, c),
               "\\text{linearly dependent: } v_{2} = v_{0} - \\frac{1}{2} v_{1}\n"
               "\\dim = 2\n"
               "\\text{basis: } \\left(1, 0, 1\\right), \\left(0, 1, 1\\right)");
    expect_out(RUN(NULL, "span", a, b), "linearly independent\n"
                                        "dimension 2\n"
                                        "basis: (1, 0, 1), (0, 1, 1)");
    expect_out(RUN(NULL, "span", "(0, 0)"),
               "linearly dependent: v0 = 0\ndimension 0\nbasis: () (the span is {0})");
    expect_out(RUN(NULL, "span", "1 + x", "2 + 2x", "x^2"),
               "linearly dependent: v1 = 2 v0\ndimension 2\nbasis: x + 1, x^2");
    /* RR: the witness coefficient is computed, so it is compared up to rounding */
    run r = RUN(NULL, "span", "--field", "rr", "(1, 0)", "(-2, 0)");
    cr_assert_eq(r.code, 0, "%s", r.err);
    ts_assert_numbers(r.out, "linearly dependent: v1 = # v0\ndimension 1\nbasis: (1, 0)\n",
                      (double[]){-2}, 1, 1e-12);
    run_free(&r);
}

Test(span, files_and_stdin)
{
    char name[] = "/tmp/axle-cli-vectors-XXXXXX";
    int fd = mkstemp(name);
    cr_assert(fd >= 0);
    const char *text = "(1, 2)\n\n  (2, 4)\n";
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    char arg[64];
    snprintf(arg, sizeof arg, "@%s", name);
    expect_out(RUN("(0, 1)\n", "span", "--format", "json", arg, "-"),
               "{\"field\":\"QQ\",\"independent\":false,\"dimension\":2,\"basis\":[[\"1\",\"2\"],"
               "[\"0\",\"1\"]],\"witness\":{\"index\":1,\"coefficients\":[\"2\"]}}");
    unlink(name);
    /* an error on line 3 of standard input names v2 and the line */
    expect_fail(RUN("(1, 2)\n(3, 4)\n(5, y)\n", "span", "-"), 2,
                "v2 in standard input, line 3, column 5", "expected a number");
    expect_fail(RUN("\n \n", "span", "-"), 2, "standard input: no vectors", NULL);
    expect_fail(RUN("(1)", "span", "-", "-"), 2, "can be read only once", NULL);
    expect_fail(RUN(NULL, "span", "@/nonexistent/axle-vectors"), 2, "cannot open", NULL);
}

Test(span, errors)
{
    /* malformed vectors: the position with a caret */
    expect_fail(RUN(NULL, "span", "(1, 2)", "(1 2)"), 2, "v1, line 1, column 4",
                "expected ',' or ')'");
    run r = RUN(NULL, "span", "(1, 2)", "(1 2)");
    cr_assert(strstr(r.err, "\n  (1 2)\n     ^\n"), "%s", r.err);
    run_free(&r);
    expect_fail(RUN(NULL, "span", "(1, 2", "(3, 4)"), 2, "v0, line 1, column 6", "found end");
    expect_fail(RUN(NULL, "span", "(1/0, 2)"), 2, "v0, line 1, column 3", "zero denominator");
    expect_fail(RUN(NULL, "span", "x + ", "x"), 2, "v0, line 1, column 5", NULL);
    expect_fail(RUN(NULL, "span", "x", "(1, 2)"), 2, "v1, line 1, column 1",
                "cannot mix tuples and polynomials");
    expect_fail(RUN(NULL, "span", "--field", "rr", "(1e999)"), 2, "v0, line 1, column 2",
                "beyond the range of a double");
    /* length mismatch */
    expect_fail(RUN(NULL, "span", "(1, 2)", "(1, 2, 3)"), 2, "v1, line 1, column 8",
                "3 coordinates but the space QQ^2 has dimension 2");
    expect_fail(RUN(NULL, "span", "--space", "P1", "x", "x^2"), 2, "v1, line 1, column 1",
                "degree 2");
    /* usage */
    expect_fail(RUN(NULL, "span"), 2, "span needs at least one vector", NULL);
    expect_fail(RUN(NULL, "span", "--space", "R3", "(1)"), 2, "unknown space 'R3'", NULL);
    expect_fail(RUN(NULL, "span", "--space", "P", "x"), 2, "unknown space 'P'", NULL);
    expect_fail(RUN(NULL, "span", "(1)", "--and", "(2)"), 2, "span does not take --and", NULL);
    expect_fail(RUN(NULL, "span", "--digits", "3", "(1)"), 2, "span does not take --digits", NULL);
    expect_fail(RUN(NULL, "rank", "--space", "P2", "[[1]]"), 2, "rank does not take --space", NULL);
    expect_fail(RUN(NULL, "span", "x^200000"), 2, "degree above", NULL);
    /* beyond the polynomial grammar's limit: refused as axle factor refuses it */
    expect_fail(RUN(NULL, "span", "x^9999999"), 2, "v0, line 1, column 3", "AXLE_POLY_MAX_DEGREE");
}

Test(subspace, json_both_fields)
{
    const char *a = "(1, 0, 0)", *b = "(0, 1, 0)", *c = "(0, 1, 1)", *d = "(0, 0, 1)";
    expect_out(RUN(NULL, "subspace", "sum", "--format", "json", a, b, "--and", c, d),
               "{\"field\":\"QQ\",\"operation\":\"sum\",\"dims\":{\"U1\":2,\"U2\":2,\"sum\":3,"
               "\"intersection\":1},\"dimension\":3,\"basis\":[[\"1\",\"0\",\"0\"],[\"0\",\"1\","
               "\"0\"],[\"0\",\"0\",\"1\"]]}");
    expect_out(RUN(NULL, "subspace", "intersect", "--format", "json", a, b, "--and", c, d),
               "{\"field\":\"QQ\",\"operation\":\"intersect\",\"dims\":{\"U1\":2,\"U2\":2,"
               "\"sum\":3,\"intersection\":1},\"dimension\":1,\"basis\":[[\"0\",\"1\",\"0\"]]}");
    /* RR: the intersection's (orthonormal) basis vector is ±(0, 1, 0) up to rounding */
    run r = RUN(NULL, "subspace", "intersect", "--field", "rr", "--format", "json", a, b, "--and",
                c, d);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    const char *head = "{\"field\":\"RR\",\"operation\":\"intersect\",\"dims\":{\"U1\":2,"
                       "\"U2\":2,\"sum\":3,\"intersection\":1},\"dimension\":1,\"basis\":[[";
    cr_assert(strncmp(r.out, head, strlen(head)) == 0, "%s", r.out);
    char *end;
    double w0 = strtod(r.out + strlen(head), &end);
    cr_assert_eq(*end, ',');
    double w1 = strtod(end + 1, &end);
    cr_assert_eq(*end, ',');
    double w2 = strtod(end + 1, &end);
    cr_assert(strcmp(end, "]]}\n") == 0, "%s", r.out);
    cr_assert(fabs(w0) < 1e-12 && fabs(fabs(w1) - 1) < 1e-12 && fabs(w2) < 1e-12, "%s", r.out);
    run_free(&r);
    /* polynomials: span(1 + x, x^2) ∩ span(x, 1) = span(1 + x) */
    expect_out(
        RUN(NULL, "subspace", "intersect", "--format", "json", "1 + x", "x^2", "--and", "x", "1"),
        "{\"field\":\"QQ\",\"operation\":\"intersect\",\"dims\":{\"U1\":2,\"U2\":2,"
        "\"sum\":3,\"intersection\":1},\"dimension\":1,\"basis\":[[\"1\",\"1\",\"0\"]]}");
    /* an empty list is refused (the zero vector spans {0}) */
    expect_fail(RUN(NULL, "subspace", "sum", "--format", "json", a, "--and"), 2,
                "no vectors after --and", "U2 needs at least one vector");
}

Test(subspace, human_formats)
{
    const char *a = "(1, 0, 0)", *b = "(0, 1, 0)", *c = "(0, 1, 1)", *d = "(0, 0, 1)";
    expect_out(RUN(NULL, "subspace", "sum", a, b, "--and", c, d),
               "dim U1 = 2, dim U2 = 2, dim(U1 + U2) = 3, dim(U1 intersect U2) = 1\n"
               "basis of U1 + U2: (1, 0, 0), (0, 1, 0), (0, 0, 1)");
    expect_out(RUN(NULL, "subspace", "intersect", "--format", "unicode", a, b, "--and", c, d),
               "dim U\u2081 = 2, dim U\u2082 = 2, dim(U\u2081 + U\u2082) = 3, dim(U\u2081 \u2229 "
               "U\u2082) = 1\nbasis of U\u2081 \u2229 U\u2082: (0, 1, 0)");
    expect_out(RUN(NULL, "subspace", "intersect", "--format", "latex", a, "--and", d),
               "\\dim U_{1} = 1, \\dim U_{2} = 1, \\dim(U_{1} + U_{2}) = 2, \\dim(U_{1} \\cap "
               "U_{2}) = 0\n\\text{basis of } U_{1} \\cap U_{2}\\text{: } ()");
    expect_out(RUN(NULL, "subspace", "intersect", a, "--and", d),
               "dim U1 = 1, dim U2 = 1, dim(U1 + U2) = 2, dim(U1 intersect U2) = 0\n"
               "basis of U1 intersect U2: () (the subspace is {0})");
}

Test(subspace, errors)
{
    expect_fail(RUN(NULL, "subspace", "sum", "(1, 0)", "(0, 1)"), 2, "missing --and", NULL);
    expect_fail(RUN(NULL, "subspace", "sum", "(1)", "--and", "(2)", "--and", "(3)"), 2,
                "--and separates them only once", NULL);
    expect_fail(RUN(NULL, "subspace", "union", "(1)", "--and", "(2)"), 2,
                "unknown subspace operation 'union'", NULL);
    expect_fail(RUN(NULL, "subspace"), 2, "subspace needs sum or intersect", NULL);
    expect_fail(RUN(NULL, "subspace", "sum", "--and"), 2, "at least one vector", NULL);
    /* both lists live in one space: a length mismatch across them is an error */
    expect_fail(RUN(NULL, "subspace", "sum", "(1, 0)", "--and", "(1, 0, 0)"), 2,
                "v1, line 1, column 8", "3 coordinates");
    expect_fail(RUN(NULL, "subspace", "intersect", "(1, 0)", "--and", "(1, 0"), 2,
                "v1, line 1, column 6", NULL);
}

/* ---- property tests ---------------------------------------------------------------------------
 */

#define MAXV 8
#define MAXN 6

/* "(a, b, c)" for the n longs v. */
static char *tuple_text(const long *v, size_t n)
{
    char *s = malloc(16 * n + 4);
    cr_assert_not_null(s);
    strcpy(s, "(");
    for (size_t i = 0; i < n; i++)
        sprintf(s + strlen(s), "%s%ld", i ? ", " : "", v[i]);
    strcat(s, ")");
    return s;
}

/* The rank of the k vectors v[0..k-1] of length n (exact, over QQ). */
static size_t list_rank(long v[][MAXN], size_t k, size_t n)
{
    if (k == 0)
        return 0;
    long flat[MAXN * MAXV];
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < k; j++)
            flat[i * k + j] = v[j][i];
    axle_matrix *A = ts_ints(AXLE_QQ, n, k, flat);
    size_t r = 0;
    TS_OK(axle_matrix_rank(&r, A));
    axle_matrix_free(A);
    return r;
}

/* k random vectors of length n with entries in [-3, 3]; some are combinations of earlier ones. */
static void random_list(ts_rng *rng, long v[][MAXN], size_t k, size_t n)
{
    for (size_t j = 0; j < k; j++) {
        bool combine = j > 0 && ts_range(rng, 0, 2) == 0;
        for (size_t i = 0; i < n; i++)
            v[j][i] = combine ? 0 : ts_range(rng, -3, 3);
        if (combine)
            for (size_t l = 0; l < j; l++) {
                long c = ts_range(rng, -2, 2);
                for (size_t i = 0; i < n; i++)
                    v[j][i] += c * v[l][i];
            }
    }
}

/* The witness of the linear dependence lemma substitutes back: v_j = sum c_i v_i exactly,
 * v_0..v_{j-1} are independent, and the basis is the list's vectors not in the span of the
 * earlier ones. */
Test(span, witness_substitutes, .timeout = 120)
{
    ts_rng rng = ts_rng_new("span::witness_substitutes");
    for (int t = 0; t < 12; t++) {
        size_t n = (size_t)ts_range(&rng, 1, 4), k = (size_t)ts_range(&rng, 1, 6);
        long v[MAXV][MAXN];
        random_list(&rng, v, k, n);
        const char *args[MAXV + 4] = {"span", "--format", "json"};
        char *texts[MAXV];
        for (size_t j = 0; j < k; j++)
            args[3 + j] = texts[j] = tuple_text(v[j], n);
        args[3 + k] = NULL;
        run r = axle_run(NULL, args);
        cr_assert_eq(r.code, 0, "%s", r.err);
        cr_assert(json_valid(r.out, NULL), "%s", r.out);

        size_t rank = list_rank(v, k, n);
        cr_assert_eq((size_t)json_int(r.out, "dimension"), rank, "%s", r.out);
        /* the basis: the vectors that raise the rank of the prefix, in order */
        const char *p = json_find(r.out, "basis");
        cr_assert_eq(*p, '[');
        p++;
        size_t kept = 0;
        for (size_t j = 0; j < k; j++) {
            if (list_rank(v, j + 1, n) == list_rank(v, j, n))
                continue;
            if (kept++)
                p++; /* ',' */
            size_t m;
            char **coords = json_strings(&p, &m);
            cr_assert_eq(m, n);
            for (size_t i = 0; i < n; i++)
                cr_assert_eq(strtol(coords[i], NULL, 10), v[j][i], "%s", r.out);
            json_strings_free(coords, m);
        }
        cr_assert_eq(kept, rank);
        cr_assert_eq(*p, ']', "%s", r.out);

        bool independent = rank == k;
        cr_assert_eq(strstr(r.out, "\"independent\":true") != NULL, independent, "%s", r.out);
        if (independent) {
            cr_assert(strstr(r.out, "\"witness\":null}"), "%s", r.out);
        } else {
            size_t j = (size_t)json_int(r.out, "index");
            cr_assert(j < k);
            cr_assert_eq(list_rank(v, j, n), j, "v_0..v_{j-1} must be independent: %s", r.out);
            cr_assert_eq(list_rank(v, j + 1, n), j, "v_j must be in their span: %s", r.out);
            const char *q = json_find(r.out, "coefficients");
            size_t m;
            char **c = json_strings(&q, &m);
            cr_assert_eq(m, j);
            mpq_t sum, ci, term;
            mpq_inits(sum, ci, term, NULL);
            for (size_t i = 0; i < n; i++) {
                mpq_set_ui(sum, 0, 1);
                for (size_t l = 0; l < j; l++) {
                    cr_assert_eq(mpq_set_str(ci, c[l], 10), 0, "%s", c[l]);
                    mpq_canonicalize(ci);
                    mpq_set_si(term, v[l][i], 1);
                    mpq_mul(term, term, ci);
                    mpq_add(sum, sum, term);
                }
                mpq_set_si(term, v[j][i], 1);
                cr_assert(mpq_equal(sum, term), "coordinate %zu: v_j != sum c_i v_i: %s", i, r.out);
            }
            mpq_clears(sum, ci, term, NULL);
            json_strings_free(c, m);
        }
        run_free(&r);
        for (size_t j = 0; j < k; j++)
            free(texts[j]);
    }
}

/* dim(U1 + U2) = dim U1 + dim U2 - dim(U1 ∩ U2) on random spanning lists in both fields, every
 * dimension equal to an exact rank, and (QQ) the intersection's basis in both spans. */
Test(subspace, dimension_formula, .timeout = 120)
{
    ts_rng rng = ts_rng_new("subspace::dimension_formula");
    for (int t = 0; t < 10; t++) {
        const char *field = t % 2 ? "rr" : "qq";
        size_t n = (size_t)ts_range(&rng, 1, 5);
        size_t k1 = (size_t)ts_range(&rng, 1, 3), k2 = (size_t)ts_range(&rng, 1, 3);
        long v[MAXV][MAXN]; /* U1's list, then U2's */
        random_list(&rng, v, k1 + k2, n);
        /* sometimes share a vector so the intersection is not {0} */
        if (ts_range(&rng, 0, 1))
            memcpy(v[k1], v[0], sizeof v[0]);
        char *texts[MAXV];
        for (size_t j = 0; j < k1 + k2; j++)
            texts[j] = tuple_text(v[j], n);
        size_t d1 = list_rank(v, k1, n), d2 = list_rank(v + k1, k2, n);
        size_t dsum = list_rank(v, k1 + k2, n);
        for (int op = 0; op < 2; op++) {
            const char *args[MAXV + 8] = {
                "subspace", op ? "intersect" : "sum", "--field", field, "--format", "json"};
            size_t a = 6;
            for (size_t j = 0; j < k1; j++)
                args[a++] = texts[j];
            args[a++] = "--and";
            for (size_t j = 0; j < k2; j++)
                args[a++] = texts[k1 + j];
            args[a] = NULL;
            run r = axle_run(NULL, args);
            cr_assert_eq(r.code, 0, "%s", r.err);
            cr_assert(json_valid(r.out, NULL), "%s", r.out);
            long U1 = json_int(r.out, "U1"), U2 = json_int(r.out, "U2");
            long sum = json_int(r.out, "sum"), cap = json_int(r.out, "intersection");
            cr_assert_eq((size_t)U1, d1, "%s", r.out);
            cr_assert_eq((size_t)U2, d2, "%s", r.out);
            cr_assert_eq((size_t)sum, dsum, "%s", r.out);
            cr_assert_eq(sum, U1 + U2 - cap, "dimension formula fails: %s", r.out);
            cr_assert_eq(json_int(r.out, "dimension"), op ? cap : sum, "%s", r.out);
            if (op == 1 && t % 2 == 0) {
                /* each intersection basis vector w lies in span U1 and span U2 */
                const char *p = json_find(r.out, "basis") + 1;
                for (long b = 0; b < cap; b++) {
                    if (b)
                        p++;
                    size_t m;
                    char **w = json_strings(&p, &m);
                    cr_assert_eq(m, n);
                    axle_matrix *W = NULL;
                    TS_OK(axle_matrix_new(&W, AXLE_QQ, n, 1));
                    mpq_t q;
                    mpq_init(q);
                    for (size_t i = 0; i < n; i++) {
                        cr_assert_eq(mpq_set_str(q, w[i], 10), 0);
                        mpq_canonicalize(q);
                        TS_OK(axle_matrix_set_mpq(W, i, 0, q));
                    }
                    mpq_clear(q);
                    for (int u = 0; u < 2; u++) {
                        size_t k = u ? k2 : k1, off = u ? k1 : 0;
                        axle_space *V = NULL, *U = NULL;
                        axle_matrix *L = NULL;
                        long flat[MAXN * MAXV];
                        for (size_t i = 0; i < n; i++)
                            for (size_t j = 0; j < k; j++)
                                flat[i * k + j] = v[off + j][i];
                        L = ts_ints(AXLE_QQ, n, k, flat);
                        TS_OK(axle_space_fn(&V, AXLE_QQ, n));
                        TS_OK(axle_space_span_coords(&U, V, L));
                        axle_vector *wv = NULL;
                        TS_OK(axle_vector_from_coords(&wv, V, W));
                        bool in = false;
                        TS_OK(axle_space_contains(&in, U, wv));
                        cr_assert(in, "intersection vector not in U%d: %s", u + 1, r.out);
                        axle_vector_unref(wv);
                        axle_space_unref(U);
                        axle_space_unref(V);
                        axle_matrix_free(L);
                    }
                    axle_matrix_free(W);
                    json_strings_free(w, m);
                }
            }
            run_free(&r);
        }
        for (size_t j = 0; j < k1 + k2; j++)
            free(texts[j]);
    }
}
