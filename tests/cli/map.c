/* axle map and axle trace, run as a program: every form (MATRIX, MATRIX between --from and --to,
 * each built-in), every format (QQ byte for byte, RR numbers within a tolerance), every error, and
 * rank-nullity read back from the JSON of random matrices. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../text/json_check.h"
#include "run.h"
#include "support.h"

/* ---- JSON, QQ: exact ---------------------------------------------------------------------- */

Test(map, json_differentiation)
{
    const char *want =
        "{\"field\":\"QQ\",\"domain\":\"P_3(QQ)\",\"codomain\":\"P_2(QQ)\",\"matrix\":[[\"0\","
        "\"1\",\"0\",\"0\"],[\"0\",\"0\",\"2\",\"0\"],[\"0\",\"0\",\"0\",\"3\"]],\"rank\":3,"
        "\"nullity\":1,\"null\":[[\"1\",\"0\",\"0\",\"0\"]],\"range\":[[\"1\",\"0\",\"0\"],[\"0\","
        "\"1\",\"0\"],[\"0\",\"0\",\"1\"]],\"injective\":false,\"surjective\":true,"
        "\"invertible\":false}";
    expect_out(RUN(NULL, "map", "--format", "json", "--from", "P3", "diff"), want);
    /* P3 is the default domain; P_3 is read as P3 */
    expect_out(RUN(NULL, "map", "--format", "json", "diff"), want);
    expect_out(RUN(NULL, "map", "--format=json", "--from=P_3", "diff"), want);
    /* D on P_3 as an operator: trace and det */
    expect_out(
        RUN(NULL, "map", "--format", "json", "--to", "P3", "diff"),
        "{\"field\":\"QQ\",\"domain\":\"P_3(QQ)\",\"codomain\":\"P_3(QQ)\",\"matrix\":[["
        "\"0\",\"1\",\"0\",\"0\"],[\"0\",\"0\",\"2\",\"0\"],[\"0\",\"0\",\"0\",\"3\"],[\"0\","
        "\"0\",\"0\",\"0\"]],\"rank\":3,\"nullity\":1,\"null\":[[\"1\",\"0\",\"0\",\"0\"]],"
        "\"range\":[[\"1\",\"0\",\"0\",\"0\"],[\"0\",\"1\",\"0\",\"0\"],[\"0\",\"0\",\"1\","
        "\"0\"]],\"injective\":false,\"surjective\":false,\"invertible\":false,\"trace\":"
        "\"0\",\"det\":\"0\"}");
    /* on P_0 = F: D is the zero map to P_0 */
    expect_out(RUN(NULL, "map", "--format", "json", "--from", "P0", "diff"),
               "{\"field\":\"QQ\",\"domain\":\"P_0(QQ)\",\"codomain\":\"P_0(QQ)\",\"matrix\":[["
               "\"0\"]],\"rank\":0,\"nullity\":1,\"null\":[[\"1\"]],\"range\":[],\"injective\":"
               "false,\"surjective\":false,\"invertible\":false,\"trace\":\"0\",\"det\":\"0\"}");
}

Test(map, json_builtins)
{
    expect_out(RUN(NULL, "map", "--format", "json", "--from", "P1", "mulx"),
               "{\"field\":\"QQ\",\"domain\":\"P_1(QQ)\",\"codomain\":\"P_2(QQ)\",\"matrix\":[["
               "\"0\",\"0\"],[\"1\",\"0\"],[\"0\",\"1\"]],\"rank\":2,\"nullity\":0,\"null\":[],"
               "\"range\":[[\"0\",\"1\",\"0\"],[\"0\",\"0\",\"1\"]],\"injective\":true,"
               "\"surjective\":false,\"invertible\":false}");
    /* --to P3 from P1: multiplication by x into a larger space */
    run r = RUN(NULL, "map", "--format", "json", "--from", "P1", "--to", "P3", "mulx");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strstr(r.out, "\"codomain\":\"P_3(QQ)\",\"matrix\":[[\"0\",\"0\"],[\"1\",\"0\"],["
                            "\"0\",\"1\"],[\"0\",\"0\"]]"),
              "%s", r.out);
    run_free(&r);
    /* transposition on F^{2,2} (the default): an involution, trace 2 and det -1 */
    expect_out(
        RUN(NULL, "map", "--format", "json", "transpose"),
        "{\"field\":\"QQ\",\"domain\":\"QQ^{2,2}\",\"codomain\":\"QQ^{2,2}\",\"matrix\":[["
        "\"1\",\"0\",\"0\",\"0\"],[\"0\",\"0\",\"1\",\"0\"],[\"0\",\"1\",\"0\",\"0\"],[\"0\","
        "\"0\",\"0\",\"1\"]],\"rank\":4,\"nullity\":0,\"null\":[],\"range\":[[\"1\",\"0\","
        "\"0\",\"0\"],[\"0\",\"1\",\"0\",\"0\"],[\"0\",\"0\",\"1\",\"0\"],[\"0\",\"0\",\"0\","
        "\"1\"]],\"injective\":true,\"surjective\":true,\"invertible\":true,\"trace\":\"2\","
        "\"det\":\"-1\"}");
    /* F^{1,2} -> F^{2,1}: not an operator, no trace */
    expect_out(RUN(NULL, "map", "--format", "json", "--from", "F1x2", "transpose"),
               "{\"field\":\"QQ\",\"domain\":\"QQ^{1,2}\",\"codomain\":\"QQ^{2,1}\",\"matrix\":[["
               "\"1\",\"0\"],[\"0\",\"1\"]],\"rank\":2,\"nullity\":0,\"null\":[],\"range\":[[\"1\","
               "\"0\"],[\"0\",\"1\"]],\"injective\":true,\"surjective\":true,\"invertible\":true}");
    expect_out(
        RUN(NULL, "map", "--format", "json", "id"),
        "{\"field\":\"QQ\",\"domain\":\"QQ^3\",\"codomain\":\"QQ^3\",\"matrix\":[[\"1\",\"0\","
        "\"0\"],[\"0\",\"1\",\"0\"],[\"0\",\"0\",\"1\"]],\"rank\":3,\"nullity\":0,\"null\":[],"
        "\"range\":[[\"1\",\"0\",\"0\"],[\"0\",\"1\",\"0\"],[\"0\",\"0\",\"1\"]],"
        "\"injective\":true,\"surjective\":true,\"invertible\":true,\"trace\":\"3\",\"det\":"
        "\"1\"}");
    /* the identity of P_1 and of F^{1,1}, and of F^0 */
    run p = RUN(NULL, "map", "--format", "json", "--from", "P1", "id");
    cr_assert_eq(p.code, 0, "%s", p.err);
    cr_assert(strstr(p.out, "\"domain\":\"P_1(QQ)\",\"codomain\":\"P_1(QQ)\""), "%s", p.out);
    cr_assert(strstr(p.out, "\"trace\":\"2\",\"det\":\"1\"}"), "%s", p.out);
    run_free(&p);
    expect_out(RUN(NULL, "map", "--format", "json", "--from", "F0", "id"),
               "{\"field\":\"QQ\",\"domain\":\"QQ^0\",\"codomain\":\"QQ^0\",\"matrix\":[],"
               "\"rank\":0,\"nullity\":0,\"null\":[],\"range\":[],\"injective\":true,"
               "\"surjective\":true,\"invertible\":true,\"trace\":\"0\",\"det\":\"1\"}");
}

Test(map, json_matrix)
{
    /* T(x) = A x from QQ^2 to QQ^2 */
    expect_out(
        RUN(NULL, "map", "--format", "json", "[[1, 2], [2, 4]]"),
        "{\"field\":\"QQ\",\"domain\":\"QQ^2\",\"codomain\":\"QQ^2\",\"matrix\":[[\"1\","
        "\"2\"],[\"2\",\"4\"]],\"rank\":1,\"nullity\":1,\"null\":[[\"1\",\"-1/2\"]],\"range\":"
        "[[\"1\",\"2\"]],\"injective\":false,\"surjective\":false,\"invertible\":false,"
        "\"trace\":\"5\",\"det\":\"0\"}");
    /* from QQ^3 to QQ^2 */
    expect_out(RUN(NULL, "map", "--format", "json", "[[1, 0, 1], [0, 1, 1/2]]"),
               "{\"field\":\"QQ\",\"domain\":\"QQ^3\",\"codomain\":\"QQ^2\",\"matrix\":[[\"1\","
               "\"0\",\"1\"],[\"0\",\"1\",\"1/2\"]],\"rank\":2,\"nullity\":1,\"null\":[[\"1\","
               "\"1/2\",\"-1\"]],\"range\":[[\"1\",\"0\"],[\"0\",\"1\"]],\"injective\":false,"
               "\"surjective\":true,\"invertible\":false}");
    /* MATRIX in the standard bases of --from P1 and --to F2: p |-> (p(0), p(1)) */
    expect_out(
        RUN(NULL, "map", "--format", "json", "--from", "P1", "[[1, 0], [1, 1]]"),
        "{\"field\":\"QQ\",\"domain\":\"P_1(QQ)\",\"codomain\":\"QQ^2\",\"matrix\":[[\"1\","
        "\"0\"],[\"1\",\"1\"]],\"rank\":2,\"nullity\":0,\"null\":[],\"range\":[[\"1\",\"0\"],"
        "[\"0\",\"1\"]],\"injective\":true,\"surjective\":true,\"invertible\":true}");
    /* the trace of M(D) on P_1 -> P_1 given as a MATRIX */
    run r = RUN(NULL, "map", "--format", "json", "--from", "P1", "--to", "P1", "[[0, 1], [0, 0]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strstr(r.out, "\"trace\":\"0\",\"det\":\"0\"}"), "%s", r.out);
    run_free(&r);
    /* F^{2,2} -> F^1: A |-> trace A, as a 1 x 4 MATRIX */
    expect_out(RUN(NULL, "map", "--format", "json", "--from", "F2x2", "[[1, 0, 0, 1]]"),
               "{\"field\":\"QQ\",\"domain\":\"QQ^{2,2}\",\"codomain\":\"QQ^1\",\"matrix\":[[\"1\","
               "\"0\",\"0\",\"1\"]],\"rank\":1,\"nullity\":3,\"null\":[[\"1\",\"0\",\"0\",\"-1\"],["
               "\"0\",\"1\",\"0\",\"0\"],[\"0\",\"0\",\"1\",\"0\"]],\"range\":[[\"1\"]],"
               "\"injective\":false,\"surjective\":true,\"invertible\":false}");
    /* from standard input */
    expect_out(RUN("[[2]]", "map", "--format", "json", "-"),
               "{\"field\":\"QQ\",\"domain\":\"QQ^1\",\"codomain\":\"QQ^1\",\"matrix\":[[\"2\"]],"
               "\"rank\":1,\"nullity\":0,\"null\":[],\"range\":[[\"1\"]],\"injective\":true,"
               "\"surjective\":true,\"invertible\":true,\"trace\":\"2\",\"det\":\"2\"}");
}

/* ---- JSON, RR: numbers within a tolerance ------------------------------------------------- */

/* The value after "key" as a JSON string holding a number ("trace":"5" on both fields). */
static double json_string_number(const char *json, const char *key)
{
    const char *p = json_find(json, key);
    cr_assert_eq(*p, '"', "\"%s\" is not a string in %s", key, json);
    char *end;
    double v = strtod(p + 1, &end);
    cr_assert(end != p + 1 && *end == '"', "\"%s\" does not hold a number in %s", key, json);
    return v;
}

/* The vectors of the list after "key": (a JSON array of arrays of numbers, or of strings "p/q"
 * read as p) into v[0..], at most cap numbers; returns how many lists, *len the length of each. */
static size_t json_vectors(const char *json, const char *key, double *v, size_t cap, size_t *len)
{
    const char *p = json_find(json, key);
    cr_assert_eq(*p, '[');
    p++;
    size_t count = 0, n = 0;
    *len = 0;
    while (*p == '[') {
        p++;
        size_t k = 0;
        while (*p != ']') {
            char *end;
            cr_assert(n < cap);
            p += *p == '"';
            v[n++] = strtod(p, &end);
            cr_assert(end != p, "not a number at %.20s", p);
            p = strchr(end, *strpbrk(end, ",]"));
            p += *p == ',';
            k++;
        }
        *len = k;
        count++;
        p++;
        p += *p == ',';
    }
    cr_assert_eq(*p, ']');
    return count;
}

Test(map, json_rr)
{
    run r = RUN(NULL, "map", "--field", "rr", "--format", "json", "[[1, 2], [2, 4]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    const char *head = "{\"field\":\"RR\",\"domain\":\"RR^2\",\"codomain\":\"RR^2\",\"matrix\":"
                       "[[1,2],[2,4]],\"rank\":1,\"nullity\":1,";
    cr_assert(strncmp(r.out, head, strlen(head)) == 0, "%s", r.out);
    double v[64];
    size_t len;
    /* null T and range T: orthonormal, along (-2, 1) and (1, 2) */
    cr_assert_eq(json_vectors(r.out, "null", v, 64, &len), 1);
    cr_assert_eq(len, 2);
    cr_assert(fabs(fabs(v[0]) - 2 / sqrt(5)) < 1e-12 && fabs(v[0] + 2 * v[1]) < 1e-12, "%s", r.out);
    cr_assert_eq(json_vectors(r.out, "range", v, 64, &len), 1);
    cr_assert(fabs(fabs(v[0]) - 1 / sqrt(5)) < 1e-12 && fabs(2 * v[0] - v[1]) < 1e-12, "%s", r.out);
    cr_assert(strstr(r.out, "\"injective\":false,\"surjective\":false,\"invertible\":false"), "%s",
              r.out);
    cr_assert(fabs(json_string_number(r.out, "trace") - 5) < 1e-12, "%s", r.out);
    cr_assert(fabs(json_string_number(r.out, "det")) < 1e-12, "%s", r.out);
    run_free(&r);

    /* differentiation over RR: the same facts as over QQ */
    r = RUN(NULL, "map", "--field", "rr", "--format", "json", "--to", "P3", "diff");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(json_valid(r.out, NULL), "%s", r.out);
    cr_assert(strstr(r.out, "\"domain\":\"P_3(RR)\",\"codomain\":\"P_3(RR)\",\"matrix\":[[0,1,0,0],"
                            "[0,0,2,0],[0,0,0,3],[0,0,0,0]],\"rank\":3,\"nullity\":1"),
              "%s", r.out);
    cr_assert_eq(json_vectors(r.out, "null", v, 64, &len), 1);
    cr_assert(fabs(fabs(v[0]) - 1) < 1e-12 && fabs(v[1]) + fabs(v[2]) + fabs(v[3]) < 1e-12);
    cr_assert_eq(json_vectors(r.out, "range", v, 64, &len), 3);
    cr_assert_eq(len, 4);
    for (size_t j = 0; j < 3; j++) /* range D = P_2: no x^3 term */
        cr_assert(fabs(v[4 * j + 3]) < 1e-12, "%s", r.out);
    cr_assert(fabs(json_string_number(r.out, "trace")) < 1e-12 &&
                  fabs(json_string_number(r.out, "det")) < 1e-12,
              "%s", r.out);
    run_free(&r);

    r = RUN(NULL, "map", "--field", "rr", "--format", "json", "transpose");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strstr(r.out, "\"invertible\":true"), "%s", r.out);
    cr_assert(fabs(json_string_number(r.out, "trace") - 2) < 1e-12, "%s", r.out);
    cr_assert(fabs(json_string_number(r.out, "det") + 1) < 1e-12, "%s", r.out);
    run_free(&r);
}

/* rank + nullity = dim V, and the lists have those lengths, for random matrices of every rank. */
Test(map, rank_nullity_random)
{
    ts_rng rng = ts_rng_new("map.rank_nullity_random");
    static const axle_field fields[] = {AXLE_QQ, AXLE_RR};
    for (int trial = 0; trial < 12; trial++) {
        size_t m = (size_t)ts_range(&rng, 1, 5), n = (size_t)ts_range(&rng, 1, 5);
        size_t rank = (size_t)ts_range(&rng, 0, (long)(m < n ? m : n));
        axle_field F = fields[trial % 2];
        axle_matrix *A = ts_random_rank(&rng, AXLE_QQ, m, n, rank);
        char *text = NULL;
        TS_OK(axle_matrix_to_string(&text, A, AXLE_FORMAT_TEXT));
        run r = RUN(NULL, "map", "--field", F == AXLE_QQ ? "qq" : "rr", "--format", "json", text);
        cr_assert_eq(r.code, 0, "%s: %s", text, r.err);
        cr_assert(json_valid(r.out, NULL), "%s", r.out);
        cr_assert_eq(json_int(r.out, "rank"), (long)rank, "%s: %s", text, r.out);
        cr_assert_eq(json_int(r.out, "nullity"), (long)(n - rank), "%s: %s", text, r.out);
        double v[64];
        size_t len;
        size_t k = json_vectors(r.out, "null", v, 64, &len);
        cr_assert(k == n - rank && (k == 0 || len == n), "%s", r.out);
        k = json_vectors(r.out, "range", v, 64, &len);
        cr_assert(k == rank && (k == 0 || len == m), "%s", r.out);
        cr_assert(strstr(r.out, rank == n ? "\"injective\":true" : "\"injective\":false"));
        cr_assert(strstr(r.out, rank == m ? "\"surjective\":true" : "\"surjective\":false"));
        run_free(&r);
        axle_free(text);
        axle_matrix_free(A);
    }
}

/* ---- the human formats -------------------------------------------------------------------- */

Test(map, text)
{
    expect_out(RUN(NULL, "map", "diff"), "T: P_3(QQ) -> P_2(QQ)\n"
                                         "M(T) = [[0, 1, 0, 0], [0, 0, 2, 0], [0, 0, 0, 3]]\n"
                                         "null T = span(1) (dimension 1)\n"
                                         "range T = span(1, x, x^2) (dimension 3)\n"
                                         "dim P_3(QQ) = dim null T + dim range T: 4 = 1 + 3\n"
                                         "injective: no, surjective: yes, invertible: no");
    expect_out(RUN(NULL, "map", "[[1, 2], [2, 4]]"),
               "T: QQ^2 -> QQ^2\n"
               "M(T) = [[1, 2], [2, 4]]\n"
               "null T = span((1, -1/2)) (dimension 1)\n"
               "range T = span((1, 2)) (dimension 1)\n"
               "dim QQ^2 = dim null T + dim range T: 2 = 1 + 1\n"
               "injective: no, surjective: no, invertible: no\n"
               "trace T = 5, det T = 0");
    expect_out(RUN(NULL, "map", "--from", "P1", "mulx"),
               "T: P_1(QQ) -> P_2(QQ)\n"
               "M(T) = [[0, 0], [1, 0], [0, 1]]\n"
               "null T = {0} (dimension 0)\n"
               "range T = span(x, x^2) (dimension 2)\n"
               "dim P_1(QQ) = dim null T + dim range T: 2 = 0 + 2\n"
               "injective: yes, surjective: no, invertible: no");
    /* over RR the text holds numbers of the BLAS's last digits: only the exact parts are compared
     */
    run r = RUN(NULL, "map", "--field", "rr", "diff");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strncmp(r.out,
                      "T: P_3(RR) -> P_2(RR)\nM(T) = [[0, 1, 0, 0], [0, 0, 2, 0], [0, 0, 0, "
                      "3]]\nnull T = span(",
                      63) == 0,
              "%s", r.out);
    cr_assert(strstr(r.out, "(dimension 1)\nrange T = span("), "%s", r.out);
    cr_assert(strstr(r.out, "(dimension 3)\ndim P_3(RR) = dim null T + dim range T: 4 = 1 + 3\n"
                            "injective: no, surjective: yes, invertible: no\n"),
              "%s", r.out);
    run_free(&r);
}

Test(map, unicode_and_latex)
{
    run r = RUN(NULL, "map", "--format", "unicode", "--to", "P3", "diff");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strstr(r.out, "T: P\u2083(\u211a) \u2192 P\u2083(\u211a)\nM(T) =\n"), "%s", r.out);
    cr_assert(strstr(r.out, "range T = span(1, x, x\u00b2) (dimension 3)\n"), "%s", r.out);
    cr_assert(strstr(r.out, "trace T = 0, det T = 0\n"), "%s", r.out);
    run_free(&r);
    r = RUN(NULL, "map", "--format", "latex", "diff");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strstr(r.out, "T \\colon "), "%s", r.out);
    cr_assert(strstr(r.out, " \\to "), "%s", r.out);
    cr_assert(strstr(r.out, "\\mathcal{M}(T) = \\begin{pmatrix}"), "%s", r.out);
    cr_assert(strstr(r.out, "\\operatorname{null} T = \\operatorname{span}\\left(1\\right) "
                            "\\quad (\\dim = 1)\n"),
              "%s", r.out);
    cr_assert(strstr(r.out, "\\text{injective: } \\text{no}, \\text{surjective: } \\text{yes}"),
              "%s", r.out);
    run_free(&r);
    r = RUN(NULL, "map", "--format", "latex", "[[1, 0], [0, 2]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strstr(r.out, "\\operatorname{null} T = \\{0\\} \\quad (\\dim = 0)\n"), "%s", r.out);
    cr_assert(strstr(r.out, "\\operatorname{tr} T = 3, \\quad \\det T = 2\n"), "%s", r.out);
    run_free(&r);
}

/* Every form in every format, both fields: exit 0, JSON valid. */
Test(map, all_forms_all_formats)
{
    static const char *const forms[][6] = {
        {"diff", NULL},
        {"--to", "P4", "diff", NULL},
        {"mulx", NULL},
        {"--from", "P2", "--to", "P5", "mulx", NULL},
        {"transpose", NULL},
        {"--from", "F2x3", "transpose", NULL},
        {"id", NULL},
        {"--from", "P2", "id", NULL},
        {"--from", "F2x2", "id", NULL},
        {"[[1, -2/3], [0.5, 4]]", NULL},
        {"[[1, 2, 3]]", NULL},
        {"--from", "P2", "--to", "F1", "[[1, 1, 1]]", NULL},
    };
    static const char *const formats[] = {"text", "unicode", "latex", "json"};
    for (size_t k = 0; k < sizeof forms / sizeof forms[0]; k++)
        for (size_t f = 0; f < 4; f++)
            for (int rr = 0; rr < 2; rr++) {
                const char *args[12] = {"map", "--format", formats[f], "--field", rr ? "rr" : "qq"};
                size_t n = 5;
                for (size_t i = 0; forms[k][i]; i++)
                    args[n++] = forms[k][i];
                args[n] = NULL;
                run r = axle_run(NULL, args);
                cr_assert_eq(r.code, 0, "%s %s: %s", forms[k][0], formats[f], r.err);
                cr_assert_str_eq(r.err, "");
                cr_assert(r.out[0] != '\0' && r.out[strlen(r.out) - 1] == '\n');
                if (f == 3)
                    cr_assert(json_valid(r.out, NULL), "%s", r.out);
                else
                    cr_assert(strstr(r.out, "injective"), "%s", r.out);
                run_free(&r);
            }
}

/* ---- errors --------------------------------------------------------------------------------- */

Test(map, usage_errors)
{
    expect_fail(RUN(NULL, "map"), 2, "map needs a MATRIX or one of diff, mulx, transpose, id",
                NULL);
    expect_fail(RUN(NULL, "map", "diff", "id"), 2, "too many arguments (from 'id' on)", NULL);
    expect_fail(RUN(NULL, "map", "integrate"), 2, "unknown map 'integrate'",
                "diff, mulx, transpose, id");
    expect_fail(RUN(NULL, "map", "Diff"), 2, "unknown map 'Diff'", NULL);
    /* spaces that do not parse */
    const char *const bad[] = {"Q3", "F", "P", "F3x", "Fx3", "P3x", "F-1", "p3", "F3 ", "P_", ""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char want[64];
        snprintf(want, sizeof want, "--from: unknown space '%s'", bad[i]);
        expect_fail(RUN(NULL, "map", "--from", bad[i], "id"), 2, want, "F3, P3, F2x3");
    }
    expect_fail(RUN(NULL, "map", "--to", "R2", "[[1]]"), 2, "--to: unknown space 'R2'", NULL);
    /* spaces too large for the command */
    expect_fail(RUN(NULL, "map", "--from", "F201", "id"), 2, "--from F201", "at most 200");
    expect_fail(RUN(NULL, "map", "--from", "P200", "diff"), 2, "--from P200", "at most 200");
    expect_fail(RUN(NULL, "map", "--from", "F15x14", "transpose"), 2, "at most 200", NULL);
    expect_fail(RUN(NULL, "map", "--from", "F99999999999999999999999", "id"), 2, "at most 200",
                NULL);
    /* the largest spaces pass */
    run r = RUN(NULL, "map", "--format", "json", "--from", "P199", "diff");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert_eq(json_int(r.out, "rank"), 199);
    run_free(&r);
    r = RUN(NULL, "map", "--format", "json", "--to", "F10x20", "[[1]]");
    cr_assert_eq(r.code, 2);
    cr_assert(strstr(r.err, "MATRIX has 1 rows but --to F10x20 has dimension 200"), "%s", r.err);
    run_free(&r);
    /* a built-in on the wrong kind of space */
    expect_fail(RUN(NULL, "map", "--from", "F3", "diff"), 2, "map diff: --from F3",
                "polynomials Pm");
    expect_fail(RUN(NULL, "map", "--from", "F2x2", "mulx"), 2, "map mulx: --from F2x2", NULL);
    expect_fail(RUN(NULL, "map", "--from", "P2", "transpose"), 2, "map transpose: --from P2",
                "matrices FmxN");
    /* --to where the built-in fixes the codomain, or names no polynomial space */
    expect_fail(RUN(NULL, "map", "--to", "F2x2", "transpose"), 2, "map transpose: --to",
                "fixes the codomain");
    expect_fail(RUN(NULL, "map", "--to", "F3", "id"), 2, "map id: --to", "fixes the codomain");
    expect_fail(RUN(NULL, "map", "--to", "F3", "diff"), 2, "map diff: --to F3", "polynomials Pk");
    /* a codomain too small for the map (the library's message) */
    expect_fail(RUN(NULL, "map", "--to", "P1", "diff"), 2, "map:", "P_1(QQ)");
    expect_fail(RUN(NULL, "map", "--to", "P3", "mulx"), 2, "map:", "P_3(QQ)");
    /* MATRIX against --from and --to */
    expect_fail(RUN(NULL, "map", "--from", "P3", "[[1, 2, 3]]"), 2,
                "MATRIX has 3 columns but --from P3 has dimension 4", NULL);
    expect_fail(RUN(NULL, "map", "--to", "F2x2", "[[1, 2, 3]]"), 2,
                "MATRIX has 1 rows but --to F2x2 has dimension 4", NULL);
    expect_fail(RUN(NULL, "map", "[[1, 2], [3]]"), 2, "MATRIX", NULL);
    expect_fail(RUN(NULL, "map", "[[1, 2]"), 2, "MATRIX, line 1, column", NULL);
    /* --from and --to belong to map only */
    expect_fail(RUN(NULL, "rank", "--from", "F2", "[[1, 2]]"), 2, "rank does not take --from",
                NULL);
    expect_fail(RUN(NULL, "span", "--to", "F2", "(1, 2)"), 2, "span does not take --to", NULL);
    expect_fail(RUN(NULL, "map", "id", "--from"), 2, "'--from' needs a value", NULL);
    expect_fail(RUN(NULL, "map", "--space", "P3", "diff"), 2, "map does not take --space", NULL);
}

/* ---- axle trace --------------------------------------------------------------------------- */

Test(trace, all_formats)
{
    expect_out(RUN(NULL, "trace", "[[1, 2], [3, 4]]"), "trace = 5");
    expect_out(RUN(NULL, "trace", "[[1/2, 7], [0, 1/3]]"), "trace = 5/6");
    expect_out(RUN(NULL, "trace", "--format", "json", "[[1, 2], [3, -4]]"),
               "{\"field\":\"QQ\",\"trace\":\"-3\"}");
    expect_out(RUN(NULL, "trace", "--format", "latex", "[[1/2, 0], [0, 1]]"),
               "\\operatorname{tr} A = \\frac{3}{2}");
    expect_out(RUN(NULL, "trace", "--format", "unicode", "[[-1, 0], [0, -1]]"), "trace = \u22122");
    expect_out(RUN("[[0.1, 0], [0, 0.2]]", "trace", "-"), "trace = 3/10");
    run r = RUN(NULL, "trace", "--field", "rr", "--format", "json", "[[0.1, 0], [0, 0.2]]");
    cr_assert_eq(r.code, 0, "%s", r.err);
    cr_assert(strncmp(r.out, "{\"field\":\"RR\",\"trace\":", 22) == 0, "%s", r.out);
    cr_assert(fabs(strtod(r.out + 22, NULL) - 0.3) < 1e-15, "%s", r.out);
    run_free(&r);
}

Test(trace, errors)
{
    expect_fail(RUN(NULL, "trace", "[[1, 2, 3]]"), 2, "trace:", "square");
    expect_fail(RUN(NULL, "trace"), 2, "trace needs MATRIX", NULL);
    expect_fail(RUN(NULL, "trace", "[[1]]", "[[2]]"), 2, "too many arguments", NULL);
    expect_fail(RUN(NULL, "trace", "[[1, x]]"), 2, "MATRIX, line 1, column 6", NULL);
    expect_fail(RUN(NULL, "trace", "--field", "rr", "[[1e308, 0], [0, 1e308]]"), 1, "trace:", NULL);
}

Test(help, mentions_map_and_trace)
{
    run r = RUN(NULL, "help");
    cr_assert_eq(r.code, 0);
    cr_assert(strstr(r.out, "\n  map ") && strstr(r.out, "\n  trace "), "%s", r.out);
    cr_assert(strstr(r.out, "--from SPACE") && strstr(r.out, "--to SPACE"), "%s", r.out);
    run_free(&r);
}
