/* axle gs, proj, lsq and svd, run as a program: every format on the classroom cases (the Legendre
 * polynomials by Gram–Schmidt on P_2 with the integral over [-1, 1], a least-squares line fit,
 * the singular values of [[1, 1], [0, 1]]), exact strings over QQ and RR within a tolerance of
 * the exact values (never RR byte for byte), usage errors (exit 2) and mathematical ones (exit 1)
 * with their messages. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/json_check.h"
#include "run.h"
#include "support.h"

#define LEGENDRE "--space", "P2", "--interval", "-1,1", "1", "x", "x^2"
/* the line fit through (-2, 1), (-1, 1), (0, 2), (1, 3), (2, 3): y = 2 + 3/5 t, error 2/5 */
#define LINE "[[1, -2], [1, -1], [1, 0], [1, 1], [1, 2]]"
#define LINE_Y "[1, 1, 2, 3, 3]"
#define GOLDEN "[[1, 1], [0, 1]]"

/* Run axle with args and --format json: exit 0, valid JSON; the output (free with run_free). */
static run json_run(const char *const *args)
{
    run r = axle_run(NULL, args);
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    cr_assert_str_empty(r.err);
    size_t where = 0;
    cr_assert(json_valid(r.out, &where), "invalid JSON at %zu: %s", where, r.out);
    return r;
}

#define JSON(...) json_run((const char *const[]){"--format", "json", __VA_ARGS__, NULL})

/* The numbers of the flat JSON array at p ("[1.5,-2]" or "[\"1.5\",\"-2\"]") against want[0..n-1]
 * within tol (relative to max(1, |want|)). */
static void expect_numbers(const char *p, const double *want, size_t n, double tol)
{
    while (*p == ' ')
        p++;
    cr_assert_eq(*p, '[', "not an array: %s", p);
    p++;
    for (size_t i = 0; i < n; i++) {
        if (*p == '"')
            p++;
        char *end;
        double x = strtod(p, &end);
        cr_assert(end != p, "no number at: %s", p);
        cr_assert(fabs(x - want[i]) <= tol * fmax(1, fabs(want[i])),
                  "entry %zu is %.17g, not %.17g", i, x, want[i]);
        p = end;
        if (*p == '"')
            p++;
        cr_assert(*p == (i + 1 < n ? ',' : ']'), "at entry %zu: %s", i, p);
        p++;
    }
}

/* ---- gs ------------------------------------------------------------------------------------ */

Test(gs, legendre_json_qq)
{
    run r = JSON("gs", LEGENDRE);
    cr_assert(strncmp(r.out, "{\"field\":\"QQ\",", 14) == 0, "%s", r.out);
    cr_assert(strstr(r.out, "\"orthogonal\":[[\"1\",\"0\",\"0\"],[\"0\",\"1\",\"0\"],[\"-1/3\","
                            "\"0\",\"1\"]]"),
              "%s", r.out);
    const char *p = json_find(r.out, "norms_squared");
    size_t k = 0;
    char **s = json_strings(&p, &k);
    cr_assert_eq(k, 3);
    cr_assert_str_eq(s[0], "2");
    cr_assert_str_eq(s[1], "2/3");
    cr_assert_str_eq(s[2], "8/45");
    json_strings_free(s, k);
    /* e_j's coordinates as display strings (the issue's [[…],…]): e_3 = √(45/8)·(x² − 1/3) */
    cr_assert(strstr(r.out, "\"orthonormal\":[[\"\u221a2/2\",\"0\",\"0\"],[\"0\",\"\u221a6/2\","
                            "\"0\"],[\"\u2212\u221a10/4\",\"0\",\"3\u221a10/4\"]]"),
              "%s", r.out);
    p = json_find(r.out, "orthonormal_display");
    s = json_strings(&p, &k);
    cr_assert_eq(k, 3);
    cr_assert_str_eq(s[0], "\u221a2/2");
    cr_assert_str_eq(s[1], "\u221a6/2\u00b7x");
    cr_assert_str_eq(s[2], "\u221a10/4\u00b7(3x\u00b2 \u2212 1)");
    json_strings_free(s, k);
    run_free(&r);
}

Test(gs, legendre_text_unicode_latex)
{
    HAS(ARGS("gs", LEGENDRE), "= 2", "= 2/3", "= 8/45", "x^2 - 1/3");
    HAS(ARGS("gs", "--format", "unicode", LEGENDRE), "= 2/3", "= 8/45", "\u221a10/4");
    HAS(ARGS("gs", "--format", "latex", LEGENDRE), "\\frac{8}{45}", "\\sqrt{10}");
}

Test(gs, legendre_rr)
{
    run r = JSON("gs", "--field", "rr", LEGENDRE);
    cr_assert(strncmp(r.out, "{\"field\":\"RR\",", 14) == 0, "%s", r.out);
    /* the norms squared are strings on both fields, as the shape ["…",…] has them, and
     * the orthonormal vectors arrays of coordinates ([[…],…]) */
    cr_assert(strstr(r.out, "\"norms_squared\":[\""), "%s", r.out);
    cr_assert(strstr(r.out, "\"orthonormal\":[[\""), "%s", r.out);
    cr_assert(strstr(r.out, "\"orthonormal_display\":[\""), "%s", r.out);
    expect_numbers(json_find(r.out, "norms_squared"), (const double[]){2, 2.0 / 3, 8.0 / 45}, 3,
                   1e-12);
    /* e'_2 = x^2 - 1/3 */
    const char *p = json_find(r.out, "orthogonal");
    cr_assert(p[0] == '[' && p[1] == '[', "%s", r.out);
    p = strstr(p + 1, "],[");
    cr_assert(p);
    p = strstr(p + 1, "],[");
    cr_assert(p);
    expect_numbers(p + 2, (const double[]){-1.0 / 3, 0, 1}, 3, 1e-12);
    run_free(&r);
}

Test(gs, dot_product_and_gram)
{
    /* the dot product of Q^3 by default */
    run r = JSON("gs", "(1, 1, 0)", "(1, 0, 1)");
    cr_assert(strstr(r.out, "\"orthogonal\":[[\"1\",\"1\",\"0\"],[\"1/2\",\"-1/2\",\"1\"]],"
                            "\"norms_squared\":[\"2\",\"3/2\"]"),
              "%s", r.out);
    cr_assert(strstr(r.out, "\"\u221a6/6\u00b7(1, \u22121, 2)\""), "%s", r.out);
    run_free(&r);
    /* <u, v> = u^T G v with G = [[2, 1], [1, 2]]: e'_2 = (0, 1) - 1/2 (1, 0), |e'_2|^2 = 3/2 */
    r = JSON("gs", "--gram", "[[2, 1], [1, 2]]", "(1, 0)", "(0, 1)");
    cr_assert(strstr(r.out, "\"orthogonal\":[[\"1\",\"0\"],[\"-1/2\",\"1\"]],\"norms_squared\":"
                            "[\"2\",\"3/2\"]"),
              "%s", r.out);
    run_free(&r);
    /* a unit vector stays rational: (3/5, 4/5) */
    HAS(ARGS("gs", "(3, 4)"), "= 25");
}

Test(gs, interval_stdin_and_gram_rr)
{
    /* on [0, 1]: the shifted Legendre polynomials, 1 and √3·(2x − 1) */
    run r = JSON("gs", "--interval", "0,1", "1", "x");
    cr_assert(strstr(r.out, "\"norms_squared\":[\"1\",\"1/12\"],\"orthonormal\":[[\"1\",\"0\"],"
                            "[\"\u2212\u221a3\",\"2\u221a3\"]],\"orthonormal_display\":[\"1\","
                            "\"\u221a3\u00b7(2x \u2212 1)\"]"),
              "%s", r.out);
    run_free(&r);
    /* the vectors one per line from standard input */
    expect_out(RUN("(1, 1, 0)\n(1, 0, 1)\n", "gs", "--format", "json", "-"),
               "{\"field\":\"QQ\",\"orthogonal\":[[\"1\",\"1\",\"0\"],[\"1/2\",\"-1/2\",\"1\"]],"
               "\"norms_squared\":[\"2\",\"3/2\"],\"orthonormal\":[[\"\u221a2/2\",\"\u221a2/2\","
               "\"0\"],[\"\u221a6/6\",\"\u2212\u221a6/6\",\"\u221a6/3\"]],"
               "\"orthonormal_display\":[\"\u221a2/2\u00b7(1, 1, 0)\",\"\u221a6/6\u00b7(1, "
               "\u22121, 2)\"]}");
    /* a Gram matrix over RR: e'_2 = (-1/2, 1), |e'_2|^2 = 3/2 */
    r = JSON("gs", "--field", "rr", "--gram", "[[2, 1], [1, 2]]", "(1, 0)", "(0, 1)");
    expect_numbers(json_find(r.out, "norms_squared"), (const double[]){2, 1.5}, 2, 1e-12);
    const char *p = strstr(json_find(r.out, "orthogonal"), "],[");
    cr_assert(p, "%s", r.out);
    expect_numbers(p + 2, (const double[]){-0.5, 1}, 2, 1e-12);
    run_free(&r);
    HAS(ARGS("gs", "--format", "latex", "(1, 1, 0)", "(1, 0, 1)"), "\\|e'_{2}\\|^2 = \\frac{3}{2}",
        "\\frac{\\sqrt{6}}{6} \\cdot \\left(1, -1, 2\\right)");
}

Test(gs, errors)
{
    /* a dependent list names the first dependent vector */
    expect_fail(RUN(NULL, "gs", "(1, 2)", "(2, 4)", "(0, 1)"), 1, "linearly dependent", "v_2");
    expect_fail(RUN(NULL, "gs", "--field", "rr", "(1, 2)", "(2, 4)"), 1, "linearly dependent",
                "v_2");
    /* inner products that are not */
    expect_fail(RUN(NULL, "gs", "--gram", "[[1, 2], [2, 1]]", "(1, 0)"), 1, "positive definite",
                NULL);
    expect_fail(RUN(NULL, "gs", "--gram", "[[1, 2], [0, 1]]", "(1, 0)"), 1, "not symmetric", NULL);
    expect_fail(RUN(NULL, "gs", "--interval", "1,1", "1", "x"), 1, "degenerate", NULL);
    expect_fail(RUN(NULL, "gs", "--interval", "2,1", "1", "x"), 1, "a < b", NULL);
    /* usage */
    expect_fail(RUN(NULL, "gs"), 2, "gs needs at least one vector", NULL);
    expect_fail(RUN(NULL, "gs", "--interval", "1", "x"), 2, "--interval needs two numbers", "'1'");
    expect_fail(RUN(NULL, "gs", "--interval", "0,1,2", "x"), 2, "--interval needs two numbers",
                NULL);
    expect_fail(RUN(NULL, "gs", "--interval", "0,1/0", "x"), 2, "--interval B", NULL);
    expect_fail(RUN(NULL, "gs", "--interval", "a,1", "x"), 2, "--interval A", "column 1");
    expect_fail(RUN(NULL, "gs", "--interval", "0,1", "--gram", "[[1]]", "x"), 2,
                "--interval or --gram, not both", NULL);
    expect_fail(RUN(NULL, "gs", "--gram", "[[1, 0]", "(1, 0)"), 2, "--gram", "column");
    expect_fail(RUN(NULL, "gs", "--gram", "[[1, 0], [0, 1]]", "(1, 0, 0)"), 2, "Gram", NULL);
    expect_fail(RUN(NULL, "gs", "--interval", "0,1", "(1, 0)"), 2, "polynomial", NULL);
    expect_fail(RUN(NULL, "gs", "(1, 0)", "(1, 0, 0)"), 2, "v1", NULL);
    expect_fail(RUN(NULL, "gs", "--of", "(1)", "(1)"), 2, "gs does not take --of", NULL);
    expect_fail(RUN(NULL, "span", "--gram", "[[1]]", "(1)"), 2, "span does not take --gram", NULL);
}

/* ---- proj ---------------------------------------------------------------------------------- */

Test(proj, every_format)
{
    /* x^2 onto span(1, x) in P_2 with the integral over [-1, 1]: 1/3, at distance^2 8/45 */
    run r = JSON("proj", "--space", "P2", "--interval", "-1,1", "1", "x", "--of", "x^2");
    cr_assert_str_eq(r.out, "{\"field\":\"QQ\",\"projection\":[\"1/3\",\"0\",\"0\"],"
                            "\"distance_squared\":\"8/45\"}\n");
    run_free(&r);
    HAS(ARGS("proj", "--interval", "-1,1", "1", "x", "--of", "x^2"), "projection: 1/3\n",
        "distance squared: 8/45\n", "distance: ");
    HAS(ARGS("proj", "--format", "unicode", "--interval", "-1,1", "1", "x", "--of", "x^2"),
        "P_U(v) = 1/3\n", "\u2016v \u2212 P_U(v)\u2016\u00b2 = 8/45\n", "\u221a10");
    HAS(ARGS("proj", "--format", "latex", "--interval", "-1,1", "1", "x", "--of", "x^2"),
        "P_U(v) = ", "\\frac{8}{45}", "\\sqrt{10}");
    /* the dot product of Q^3: (1, 2, 3) onto the plane z = 0 */
    expect_out(RUN(NULL, "proj", "(1, 0, 0)", "(0, 1, 0)", "--of", "(1, 2, 3)"),
               "projection: (1, 2, 0)\ndistance squared: 9\ndistance: 3");
    /* a spanning list that is not independent spans the same U */
    HAS(ARGS("proj", "(1, 1)", "(2, 2)", "--of", "(1, 0)"), "projection: (1/2, 1/2)\n",
        "distance squared: 1/2\n");
    /* v in U: itself, at distance 0 */
    HAS(ARGS("proj", "(1, 1)", "--of", "(3, 3)"), "projection: (3, 3)\ndistance squared: 0\n");
}

Test(proj, gram)
{
    /* with <u, v> = u^T [[2, 1], [1, 2]] v: (0, 1) onto span((1, 0)) is (1/2, 0) */
    expect_out(RUN(NULL, "proj", "--format", "json", "--gram", "[[2, 1], [1, 2]]", "(1, 0)", "--of",
                   "(0, 1)"),
               "{\"field\":\"QQ\",\"projection\":[\"1/2\",\"0\"],\"distance_squared\":\"3/2\"}");
}

Test(proj, rr)
{
    run r = JSON("proj", "--field", "rr", "--space", "P2", "--interval", "-1,1", "1", "x", "--of",
                 "x^2");
    cr_assert(strncmp(r.out, "{\"field\":\"RR\",", 14) == 0, "%s", r.out);
    expect_numbers(json_find(r.out, "projection"), (const double[]){1.0 / 3, 0, 0}, 3, 1e-12);
    const char *p = json_find(r.out, "distance_squared");
    cr_assert(*p == '"', "%s", r.out);
    cr_assert(fabs(strtod(p + 1, NULL) - 8.0 / 45) < 1e-12, "%s", r.out);
    run_free(&r);
    /* v in U: the distance squared at the noise floor is 0, and so is the distance (it printed
     * the norm of the rounding noise, 6.7e-16, under "distance squared: 0") */
    HAS(ARGS("proj", "--field", "rr", "(1, 2, 3)", "--of", "(2, 4, 6)"), "distance squared: 0\n",
        "distance: 0\n");
}

Test(proj, errors)
{
    expect_fail(RUN(NULL, "proj", "(1, 0)"), 2, "proj needs --of V", NULL);
    expect_fail(RUN(NULL, "proj", "--of", "(1, 0)"), 2, "proj needs the vectors", NULL);
    expect_fail(RUN(NULL, "proj", "(1, 0)", "--of", "(1, 0, 0)"), 2, "v1", NULL);
    expect_fail(RUN(NULL, "proj", "(1, 0)", "--of", "(1, 0"), 2, "v1", NULL);
    expect_fail(RUN(NULL, "proj", "--gram", "[[0, 0], [0, 1]]", "(1, 0)", "--of", "(1, 1)"), 1,
                "positive definite", NULL);
    expect_fail(RUN(NULL, "lsq", "--of", "(1)", "[[1]]", "[1]"), 2, "lsq does not take --of", NULL);
}

/* ---- lsq ----------------------------------------------------------------------------------- */

Test(lsq, line_fit)
{
    run r = JSON("lsq", LINE, LINE_Y);
    cr_assert_str_eq(r.out, "{\"field\":\"QQ\",\"solution\":[\"2\",\"3/5\"],"
                            "\"residual_squared\":\"2/5\",\"rank\":2}\n");
    run_free(&r);
    expect_out(RUN(NULL, "lsq", LINE, LINE_Y),
               "solution: [2, 3/5]\nresidual squared: 2/5\nrank: 2");
    HAS(ARGS("lsq", "--format", "unicode", LINE, LINE_Y), "x = (2, 3/5)\n",
        "\u2016Ax \u2212 b\u2016\u00b2 = 2/5\n", "rank A = 2");
    HAS(ARGS("lsq", "--format", "latex", LINE, LINE_Y), "x = \\begin{pmatrix}",
        "\\end{pmatrix} \\\\\n\\|Ax - b\\|^2 = \\frac{2}{5} \\\\\n\\operatorname{rank} A = 2");
    /* a consistent system: its solution, residual 0 */
    HAS(ARGS("lsq", "[[2, 0], [0, 4]]", "[1, 1]"), "solution: [1/2, 1/4]\nresidual squared: 0\n");
    /* two right-hand sides: one residual each */
    HAS(ARGS("lsq", LINE, "[[1, 0], [1, 0], [2, 0], [3, 0], [3, 5]]"),
        "residual squared: 2/5, 10\nrank: 2");
    /* a matrix of solutions under its label when it takes several lines */
    HAS(ARGS("lsq", "--format", "unicode", LINE, "[[1, 0], [1, 0], [2, 0], [3, 0], [3, 5]]"),
        "x =\n    \u23a1  2  1\u23a4\n    \u23a33/5  1\u23a6\n\u2016Ax \u2212 b\u2016\u00b2 = 2/5, "
        "10");
}

Test(lsq, minimum_norm)
{
    /* rank 1: every x with x1 + x2 = 2 minimizes; (1, 1) has the least norm */
    run r = JSON("lsq", "[[1, 1], [1, 1]]", "[1, 3]");
    cr_assert_str_eq(r.out, "{\"field\":\"QQ\",\"solution\":[\"1\",\"1\"],"
                            "\"residual_squared\":\"2\",\"rank\":1}\n");
    run_free(&r);
    /* no right-hand side at all: an empty solution and no residuals */
    expect_out(RUN(NULL, "lsq", "[[1], [2]]", "[[], []]"),
               "solution: [[]]\nresidual squared: []\nrank: 1");
    /* the zero matrix: x = 0, the whole of b is residual */
    HAS(ARGS("lsq", "[[0, 0], [0, 0], [0, 0]]", "[1, 2, 2]"),
        "solution: [0, 0]\nresidual squared: 9\nrank: 0");
}

Test(lsq, rr)
{
    run r = JSON("lsq", "--field", "rr", LINE, LINE_Y);
    cr_assert(strncmp(r.out, "{\"field\":\"RR\",", 14) == 0, "%s", r.out);
    expect_numbers(json_find(r.out, "solution"), (const double[]){2, 0.6}, 2, 1e-12);
    const char *p = json_find(r.out, "residual_squared");
    cr_assert(*p == '"', "%s", r.out);
    cr_assert(fabs(strtod(p + 1, NULL) - 0.4) < 1e-12, "%s", r.out);
    cr_assert_eq(json_int(r.out, "rank"), 2);
    run_free(&r);
    r = JSON("lsq", "--field", "rr", "[[1, 1], [1, 1]]", "[1, 3]");
    expect_numbers(json_find(r.out, "solution"), (const double[]){1, 1}, 2, 1e-12);
    cr_assert_eq(json_int(r.out, "rank"), 1);
    run_free(&r);
}

Test(lsq, errors)
{
    expect_fail(RUN(NULL, "lsq", LINE), 2, "lsq needs MATRIX and RHS", NULL);
    expect_fail(RUN(NULL, "lsq", LINE, LINE_Y, "[1]"), 2, "too many arguments", NULL);
    expect_fail(RUN(NULL, "lsq", "-", "-"), 2, "cannot both be read from standard input", NULL);
    expect_fail(RUN(NULL, "lsq", LINE, "[1, 2]"), 2, "lsq: the matrix has 5 rows",
                "right-hand side has 2");
    expect_fail(RUN(NULL, "lsq", "[[1, 2]", "[1]"), 2, "MATRIX", "column");
    expect_fail(RUN(NULL, "lsq", "[[1, 2]]", "[1"), 2, "RHS", NULL);
    expect_fail(RUN(NULL, "lsq", "--space", "P2", "[[1]]", "[1]"), 2, "lsq does not take --space",
                NULL);
}

/* ---- svd ----------------------------------------------------------------------------------- */

Test(svd, golden_qq)
{
    double phi = (1 + sqrt(5)) / 2;
    run r = JSON("svd", GOLDEN);
    cr_assert(
        strncmp(r.out,
                "{\"field\":\"QQ\",\"singular_values\":[{\"value\":\"(1 + \u221a5)/2\","
                "\"approx\":",
                strlen("{\"field\":\"QQ\",\"singular_values\":[{\"value\":\"(1 + \u221a5)/2\","
                       "\"approx\":")) == 0,
        "%s", r.out);
    const char *p = json_find(r.out, "approx");
    cr_assert(fabs(strtod(p, NULL) - phi) < 1e-15, "%s", r.out);
    cr_assert(strstr(r.out, "{\"value\":\"(\u22121 + \u221a5)/2\",\"approx\":"), "%s", r.out);
    p = json_find(p, "approx");
    cr_assert(fabs(strtod(p, NULL) - (phi - 1)) < 1e-15, "%s", r.out);
    cr_assert(strstr(r.out, "\"multiplicity\":1},{"), "%s", r.out);
    cr_assert(!strstr(r.out, "\"U\""), "%s", r.out);
    run_free(&r);
    HAS(ARGS("svd", GOLDEN), "sqrt(5)");
    HAS(ARGS("svd", "--format", "unicode", GOLDEN), "\u221a5");
    HAS(ARGS("svd", "--format", "latex", GOLDEN), "\\sqrt{5}");
    /* zeros count: the zero matrix has the one singular value 0, twice */
    r = JSON("svd", "[[0, 0], [0, 0]]");
    cr_assert(strstr(r.out, "[{\"value\":\"0\",\"approx\":0,\"multiplicity\":2}]"), "%s", r.out);
    run_free(&r);
    /* sqrt(3) from [[1, 1], [1, 1], [1, 1]] (A^T A has eigenvalues 6 and 0) */
    r = JSON("svd", "[[1, 1], [1, 1], [1, 1]]");
    cr_assert(strstr(r.out, "\"value\":\"\u221a6\""), "%s", r.out);
    cr_assert(strstr(r.out, "\"value\":\"0\""), "%s", r.out);
    run_free(&r);
}

Test(svd, golden_rr)
{
    double phi = (1 + sqrt(5)) / 2;
    run r = JSON("svd", "--field", "rr", GOLDEN);
    cr_assert(strncmp(r.out, "{\"field\":\"RR\",", 14) == 0, "%s", r.out);
    const char *p = json_find(r.out, "approx");
    cr_assert(fabs(strtod(p, NULL) - phi) < 1e-12, "%s", r.out);
    p = json_find(p, "approx");
    cr_assert(fabs(strtod(p, NULL) - (phi - 1)) < 1e-12, "%s", r.out);
    /* Sigma = diag(phi, phi - 1) */
    p = json_find(r.out, "Sigma");
    cr_assert(p[0] == '[', "%s", r.out);
    expect_numbers(p + 1, (const double[]){phi, 0}, 2, 1e-12);
    cr_assert(strstr(r.out, "\"U\":[["), "%s", r.out);
    cr_assert(strstr(r.out, "\"Vt\":[["), "%s", r.out);
    run_free(&r);
    HAS(ARGS("svd", "--field", "rr", GOLDEN), "1.618");
}

Test(svd, errors)
{
    expect_fail(RUN(NULL, "svd"), 2, "svd needs MATRIX", NULL);
    expect_fail(RUN(NULL, "svd", GOLDEN, GOLDEN), 2, "too many arguments", NULL);
    expect_fail(RUN(NULL, "svd", "[[1, 2], [3]]"), 2, "MATRIX", NULL);
    expect_fail(RUN(NULL, "svd", "--interval", "0,1", GOLDEN), 2, "svd does not take --interval",
                NULL);
}
