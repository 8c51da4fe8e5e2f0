/* The axle command, run as a program: outputs byte for byte (RR numbers up to rounding), exit
 * codes, stderr messages, @file and standard input, JSON validity, and answers checked by
 * substitution. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../text/json_check.h"
#include "run.h"
#include "support.h"

static const char *M3 = "[[1, 2, 3], [4, 5, 6], [7, 8, 10]]";
static const char *M23 = "[[1, 1, 0], [0, 0, 1]]";

Test(cli, json_shapes_qq)
{
    expect_out(RUN(NULL, "rank", "--format", "json", "[[1, 2], [2, 4]]"),
               "{\"field\":\"QQ\",\"rank\":1}");
    expect_out(RUN(NULL, "det", "--format", "json", "[[1, 2], [3, 4]]"),
               "{\"field\":\"QQ\",\"det\":\"-2\"}");
    expect_out(RUN(NULL, "rref", "--format", "json", "[[1, 2], [3, 4]]"),
               "{\"field\":\"QQ\",\"rref\":[[\"1\",\"0\"],[\"0\",\"1\"]],\"pivots\":[0,1]}");
    expect_out(RUN(NULL, "null", "--format", "json", "[[1, 1, 0], [0, 0, 1]]"),
               "{\"field\":\"QQ\",\"null\":[[\"-1\",\"1\",\"0\"]]}");
    expect_out(RUN(NULL, "inv", "--format", "json", "[[2, 0], [0, 4]]"),
               "{\"field\":\"QQ\",\"inverse\":[[\"1/2\",\"0\"],[\"0\",\"1/4\"]]}");
    expect_out(
        RUN(NULL, "solve", "--format", "json", M23, "[2, 3]"),
        "{\"field\":\"QQ\",\"solution\":[\"2\",\"0\",\"3\"],\"null\":[[\"-1\",\"1\",\"0\"]]}");
    expect_out(RUN(NULL, "solve", "--format", "json", "[[1, 2], [3, 4]]", "[[1, 0], [0, 1]]"),
               "{\"field\":\"QQ\",\"solution\":[[\"-2\",\"1\"],[\"3/2\",\"-1/2\"]],\"null\":[]}");
    expect_out(RUN(NULL, "rref", "--format=json", "[[0, 0]]"),
               "{\"field\":\"QQ\",\"rref\":[[\"0\",\"0\"]],\"pivots\":[]}");
}

/* Exit 0, nothing on stderr, stdout `skeleton` (plus a newline) with RR numbers at each '#' equal
 * to want[] up to rounding: the last digits of RR results differ between CPUs and BLAS kernels.
 * Frees r. */
static void expect_rr_out(run r, const char *skeleton, const double *want, size_t n)
{
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_str_eq(r.err, "");
    char *line = malloc(strlen(skeleton) + 2);
    cr_assert_not_null(line);
    strcpy(line, skeleton);
    strcat(line, "\n");
    ts_assert_numbers(r.out, line, want, n, 1e-12);
    free(line);
    run_free(&r);
}

Test(cli, json_shapes_rr)
{
    expect_out(RUN(NULL, "rank", "--field", "rr", "--format", "json", "[[1, 2], [2, 4]]"),
               "{\"field\":\"RR\",\"rank\":1}");
    expect_rr_out(RUN(NULL, "det", "--field=rr", "--format", "json", "[[2, 0], [0, -1/4]]"),
                  "{\"field\":\"RR\",\"det\":#}", (double[]){-0.5}, 1);
    expect_rr_out(RUN(NULL, "inv", "--field", "RR", "--format", "json", "[[2, 0], [0, 4]]"),
                  "{\"field\":\"RR\",\"inverse\":[[#,#],[#,#]]}", (double[]){0.5, 0, 0, 0.25}, 4);
    expect_rr_out(RUN(NULL, "rref", "--field", "rr", "--format", "json", "[[2, 0], [0, 4]]"),
                  "{\"field\":\"RR\",\"rref\":[[#,#],[#,#]],\"pivots\":[0,1]}",
                  (double[]){1, 0, 0, 1}, 4);
    /* the null space in RR is orthonormal: check its shape and validity */
    run r = RUN(NULL, "null", "--field", "rr", "--format", "json", M23);
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strncmp(r.out, "{\"field\":\"RR\",\"null\":[[", 23) == 0, "%s", r.out);
    run_free(&r);
}

Test(cli, text_outputs)
{
    expect_out(RUN(NULL, "rank", M3), "rank 3");
    expect_out(RUN(NULL, "det", M3), "det = -3");
    expect_out(RUN(NULL, "det", "--format", "unicode", M3), "det = \u22123");
    expect_out(RUN(NULL, "det", "--format", "latex", "[[1, 2], [3, 9/2]]"),
               "\\det A = -\\frac{3}{2}");
    expect_out(RUN(NULL, "rref", M23), "[[1, 1, 0], [0, 0, 1]]\npivots: 0, 2");
    expect_out(RUN(NULL, "rref", "[[0, 0], [0, 0]]"), "[[0, 0], [0, 0]]\npivots: none");
    expect_out(RUN(NULL, "rref", "--format", "unicode", M23),
               "\u23a11  1  0\u23a4\n\u23a30  0  1\u23a6\npivots: 0, 2");
    expect_out(RUN(NULL, "null", M23), "null space basis (1 vector):\n[-1, 1, 0]");
    expect_out(RUN(NULL, "null", "[[1, 2, 3]]"),
               "null space basis (2 vectors):\n[-2, 1, 0]\n[-3, 0, 1]");
    expect_out(RUN(NULL, "null", "--format", "unicode", M23),
               "null space basis (1 vector):\n(\u22121, 1, 0)");
    expect_out(RUN(NULL, "null", M3), "null space: {0}");
    expect_out(RUN(NULL, "null", "--format", "latex", M23),
               "\\operatorname{null} A = \\operatorname{span}\\left(\\begin{pmatrix}-1 \\\\ 1 "
               "\\\\ 0\\end{pmatrix}\\right)");
    expect_out(RUN(NULL, "inv", M3), "[[-2/3, -4/3, 1], [-2/3, 11/3, -2], [1, -2, 1]]");
    expect_out(RUN(NULL, "inv", "--format", "latex", "[[2]]"),
               "A^{-1} = \\begin{pmatrix}\n\\frac{1}{2}\n\\end{pmatrix}");
    expect_out(RUN(NULL, "solve", M23, "[2, 3]"),
               "solution: [2, 0, 3]\nnull space basis (1 vector):\n[-1, 1, 0]");
    expect_out(RUN(NULL, "solve", "[[1, 2], [3, 4]]", "[[5], [6]]"),
               "solution: [-4, 9/2]\nnull space: {0}");
    expect_out(RUN(NULL, "rank", "--field", "rr", M3), "rank 3");
    expect_out(RUN(NULL, "--format", "text", "det", "[]"), "det = 1");
}

Test(cli, exact_decimals)
{
    expect_out(RUN(NULL, "det", "[[0.1, 0], [0, 0.3]]"), "det = 3/100");
    expect_rr_out(RUN(NULL, "det", "--field", "rr", "[[0.1]]"), "det = #", (double[]){0.1}, 1);
}

Test(cli, input_from_file_and_stdin)
{
    char name[] = "/tmp/axle-cli-matrix-XXXXXX";
    int fd = mkstemp(name);
    cr_assert(fd >= 0);
    const char *text = "[[1, 2],\n [3, 4]]\n";
    cr_assert_eq(write(fd, text, strlen(text)), (ssize_t)strlen(text));
    close(fd);
    char arg[64];
    snprintf(arg, sizeof arg, "@%s", name);
    expect_out(RUN(NULL, "det", arg), "det = -2");
    expect_out(RUN("[[2, 0],\n\t[0, 2]]\n", "det", "-"), "det = 4");
    expect_out(RUN("[1, 1]", "solve", arg, "-"), "solution: [-1, 1]\nnull space: {0}");
    expect_out(RUN("[[1, 2], [3, 4]]", "solve", "-", arg), "solution:\n"
                                                           "[[1, 0], [0, 1]]\n"
                                                           "null space: {0}");
    unlink(name);
    expect_fail(RUN(NULL, "det", "@/nonexistent/axle-matrix"), 2, "MATRIX: cannot open",
                "No such file");
    expect_fail(RUN(NULL, "det", "-"), 2, "expected '[' to begin the matrix", "line 1, column 1");
    expect_fail(RUN("[[1]]", "solve", "-", "-"), 2, "cannot both be read from standard input",
                NULL);
}

Test(cli, parse_errors_exit_2)
{
    expect_fail(RUN(NULL, "det", "[[1, 2], [3 4]]"), 2, "MATRIX, line 1, column 13",
                "expected ',' or ']' after an entry, found '4'");
    /* a caret under the column */
    run r = RUN(NULL, "det", "[[1, 2], [3 4]]");
    cr_assert(strstr(r.err, "\n  [[1, 2], [3 4]]\n              ^\n"), "%s", r.err);
    run_free(&r);
    expect_fail(RUN("[[1, 2],\n [3, 4x]]", "rank", "-"), 2, "line 2, column 7", "found 'x'");
    expect_fail(RUN(NULL, "rank", "[[1, 2], [3]]"), 2, "row 2 has 1 entry but row 1 has 2", NULL);
    expect_fail(RUN(NULL, "rank", "[[1/0]]"), 2, "zero denominator", NULL);
    expect_fail(RUN(NULL, "rank", "--field", "rr", "[[1e999]]"), 2, "beyond the range", NULL);
    expect_fail(RUN(NULL, "rank", "[[1e999999]]"), 2, "exponent", NULL);
    expect_fail(RUN(NULL, "rank", "[[1,]]"), 2, "expected a number", NULL);
    expect_fail(RUN(NULL, "rank", ""), 2, "found end of text", NULL);
    expect_fail(RUN(NULL, "solve", "[[1, 2], [3, 4]]", "[1, 2"), 2, "RHS",
                "expected ']' to end the vector");
    expect_fail(RUN(NULL, "solve", "[[1, 2], [3, 4]]", "[1 2]"), 2, "RHS, line 1, column 4", NULL);
    expect_fail(RUN(NULL, "solve", "[[1, 2], [3, 4]]", "[1, 2]]"), 2, "RHS", "unbalanced ']'");
}

Test(cli, math_failures_exit_1)
{
    expect_fail(RUN(NULL, "inv", "[[1, 2], [2, 4]]"), 1, "inv: no inverse", "singular");
    expect_fail(RUN(NULL, "inv", "--field", "rr", "[[1, 2], [2, 4]]"), 1, "no inverse", "singular");
    expect_fail(RUN(NULL, "inv", "--format", "json", "[[0]]"), 1, "no inverse", NULL);
    expect_fail(RUN(NULL, "solve", "[[1, 2], [2, 4]]", "[1, 3]"), 1, "solve: no solution",
                "inconsistent");
    expect_fail(RUN(NULL, "solve", "--field", "rr", "[[1, 2], [2, 4]]", "[1, 3]"), 1, "no solution",
                NULL);
}

Test(cli, shape_errors_exit_2)
{
    expect_fail(RUN(NULL, "det", "[[1, 2, 3]]"), 2, "det:", "square");
    expect_fail(RUN(NULL, "inv", "[[1, 2, 3]]"), 2, "inv:", "square");
    expect_fail(RUN(NULL, "solve", "[[1, 2], [3, 4]]", "[1, 2, 3]"), 2, "solve:", "3");
}

Test(cli, usage)
{
    const char *const helps[][2] = {
        {"--help", NULL}, {"-h", NULL}, {"help", NULL}, {"rank", "--help"}};
    for (size_t k = 0; k < 4; k++) {
        run r = axle_run(NULL, (const char *const[]){helps[k][0], helps[k][1], NULL});
        cr_assert_eq(r.code, 0);
        cr_assert(strncmp(r.out, "usage: axle COMMAND", 19) == 0, "%s", r.out);
        cr_assert(strstr(r.out, "solve"));
        cr_assert_str_eq(r.err, "");
        run_free(&r);
    }
    expect_out(RUN(NULL, "version"), "axle " AXLE_VERSION_STRING);
    expect_out(RUN(NULL, "--version"), "axle " AXLE_VERSION_STRING);

    run r = axle_run(NULL, (const char *const[]){NULL});
    cr_assert_eq(r.code, 2);
    cr_assert(strstr(r.err, "missing COMMAND") && strstr(r.err, "axle --help"), "%s", r.err);
    run_free(&r);
    expect_fail(RUN(NULL, "transpose", "[[1]]"), 2, "unknown command 'transpose'", "--help");
    expect_fail(RUN(NULL, "rank", "--fmt", "json", "[[1]]"), 2, "unknown option '--fmt'", NULL);
    expect_fail(RUN(NULL, "rank", "-x", "[[1]]"), 2, "unknown option '-x'", NULL);
    expect_fail(RUN(NULL, "rank", "--field", "zz", "[[1]]"), 2, "unknown field 'zz'", NULL);
    expect_fail(RUN(NULL, "rank", "--format", "xml", "[[1]]"), 2, "unknown format 'xml'", NULL);
    expect_fail(RUN(NULL, "rank", "[[1]]", "--format"), 2, "'--format' needs a value", NULL);
    expect_fail(RUN(NULL, "rank"), 2, "rank needs MATRIX", NULL);
    expect_fail(RUN(NULL, "solve", "[[1]]"), 2, "solve needs MATRIX and RHS", NULL);
    expect_fail(RUN(NULL, "rank", "[[1]]", "[[2]]"), 2, "too many arguments", NULL);
    /* options may come first, and -- ends them */
    expect_out(RUN(NULL, "--field", "rr", "--format", "json", "rank", "[[1]]"),
               "{\"field\":\"RR\",\"rank\":1}");
    expect_out(RUN(NULL, "rank", "--", "[[1]]"), "rank 1");
}

/* Every command in every format produces output (RR: Unicode and JSON); JSON is valid. */
Test(cli, all_formats_valid)
{
    static const char *const cmds[] = {"rank", "det", "rref", "null", "inv", "solve"};
    static const char *const fmts[] = {"text", "unicode", "latex", "json"};
    static const char *const fields[] = {"qq", "rr"};
    const char *A = "[[2, -1, 0], [-1, 2, -1], [0, -1, 2.5e-3]]";
    for (size_t c = 0; c < 6; c++)
        for (size_t f = 0; f < 4; f++)
            for (size_t F = 0; F < 2; F++) {
                if (F == 1 && (f == 0 || f == 2))
                    continue; /* RR text and LaTeX differ from QQ only in the numbers */
                /* solve takes an RHS; the others stop at the NULL in its place */
                const char *args[] = {cmds[c],
                                      "--field",
                                      fields[F],
                                      "--format",
                                      fmts[f],
                                      A,
                                      c == 5 ? "[1, 0, 1e-3]" : NULL,
                                      NULL};
                run r = axle_run(NULL, args);
                cr_assert_eq(r.code, 0, "%s %s %s: %s", cmds[c], fmts[f], fields[F], r.err);
                cr_assert(r.out[0] && r.out[strlen(r.out) - 1] == '\n');
                if (f == 3) {
                    size_t where = 0;
                    cr_assert(json_valid(r.out, &where), "%s %s: invalid JSON at %zu: %s", cmds[c],
                              fields[F], where, r.out);
                    char head[32];
                    snprintf(head, sizeof head, "{\"field\":\"%s\",", F ? "RR" : "QQ");
                    cr_assert(strncmp(r.out, head, strlen(head)) == 0, "%s", r.out);
                }
                run_free(&r);
            }
}

/* Answers checked by substitution: A * inv(A) = I and A * x = b from the printed text, on random
 * matrices in both fields. */
Test(cli, answers_substitute_back)
{
    ts_rng rng = ts_rng_new("cli::answers_substitute_back");
    for (int t = 0; t < 6; t++) {
        axle_field F = t % 2 ? AXLE_RR : AXLE_QQ;
        const char *field = F == AXLE_RR ? "rr" : "qq";
        size_t n = (size_t)ts_range(&rng, 1, 7);
        axle_matrix *A = ts_random_frac(&rng, AXLE_QQ, n, n);
        size_t rank = 0;
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank < n) {
            axle_matrix_free(A);
            continue;
        }
        char *text = NULL;
        TS_OK(axle_matrix_to_string(&text, A, AXLE_FORMAT_TEXT));
        axle_matrix *AF = NULL;
        TS_OK(axle_matrix_convert(&AF, A, F));

        run r = RUN(NULL, "inv", "--field", field, text);
        cr_assert_eq(r.code, 0, "%s", r.err);
        axle_matrix *X = NULL, *P = NULL, *I = NULL;
        TS_OK(axle_matrix_parse(&X, F, r.out));
        TS_OK(axle_matrix_mul(&P, AF, X));
        TS_OK(axle_matrix_identity(&I, F, n));
        cr_assert(ts_close(P, I, ts_tol(n)), "A inv(A) != I for %s", text);
        run_free(&r);

        /* b = A * (1, 2, ..., n)^T; solve must give that vector back */
        axle_matrix *x0 = NULL, *b = NULL;
        TS_OK(axle_matrix_new(&x0, F, n, 1));
        for (size_t i = 0; i < n; i++)
            TS_OK(axle_matrix_set_frac(x0, i, 0, (long)i + 1, 1));
        TS_OK(axle_matrix_mul(&b, AF, x0));
        char *btext = NULL;
        TS_OK(axle_matrix_to_string(&btext, b, AXLE_FORMAT_TEXT));
        r = RUN(NULL, "solve", "--field", field, "--format", "json", text, btext);
        cr_assert_eq(r.code, 0, "%s", r.err);
        cr_assert(json_valid(r.out, NULL), "%s", r.out);
        if (F == AXLE_QQ) {
            char want[256] = "{\"field\":\"QQ\",\"solution\":[";
            for (size_t i = 0; i < n; i++)
                snprintf(want + strlen(want), sizeof want - strlen(want), "%s\"%zu\"", i ? "," : "",
                         i + 1);
            strcat(want, "],\"null\":[]}\n");
            cr_assert_str_eq(r.out, want);
        }
        run_free(&r);
        axle_free(btext);
        axle_matrix_free(b);
        axle_matrix_free(x0);
        axle_matrix_free(X);
        axle_matrix_free(P);
        axle_matrix_free(I);
        axle_matrix_free(AF);
        axle_matrix_free(A);
        axle_free(text);
    }
}

/* A 200 x 200 integer matrix over QQ: every command answers and det agrees with the library's.
 * The time is logged, not asserted (speed is measured in bench/, not claimed by a test). */
Test(cli, qq_200_by_200, .timeout = 120)
{
    ts_rng rng = ts_rng_new("cli::qq_200_by_200");
    axle_matrix *A = ts_random_int(&rng, AXLE_QQ, 200, 200, -99, 99);
    char *text = NULL;
    TS_OK(axle_matrix_to_string(&text, A, AXLE_FORMAT_TEXT));
    static const char *const cmds[] = {"rank", "det", "rref", "null"};
    for (size_t c = 0; c < 4; c++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        run r = RUN(text, cmds[c], "--format", "json", "-");
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double secs = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
        cr_log_info("axle %s on 200x200 QQ: %.2f s", cmds[c], secs);
        cr_assert_eq(r.code, 0, "%s", r.err);
        cr_assert(json_valid(r.out, NULL));
        run_free(&r);
    }
    /* the determinant agrees with the library's */
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    char *ds = NULL;
    TS_OK(axle_scalar_to_string(&ds, d, AXLE_FORMAT_JSON));
    run r = RUN(text, "det", "--format", "json", "-");
    char want[4096];
    snprintf(want, sizeof want, "{\"field\":\"QQ\",\"det\":%s}\n", ds);
    cr_assert_str_eq(r.out, want);
    run_free(&r);
    axle_free(ds);
    axle_scalar_free(d);
    axle_free(text);
    axle_matrix_free(A);
}
