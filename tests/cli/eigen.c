/* axle charpoly and axle minpoly, run as a program: every format over QQ byte for byte, RR read
 * back from the JSON within a tolerance, and the errors (non-square, missing or extra arguments,
 * malformed text). */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "run.h"
#include "support.h"

/* [[2, 1], [1, 2]]: chi = x^2 - 4x + 3 = minpoly; 2 I: chi = (x - 2)^2, minpoly x - 2. */
#define SYM "[[2, 1], [1, 2]]"
#define TWO_I "[[2, 0], [0, 2]]"

Test(eigen, json_qq)
{
    expect_out(RUN(NULL, "charpoly", "--format", "json", SYM),
               "{\"field\":\"QQ\",\"charpoly\":[\"1\",\"-4\",\"3\"]}");
    expect_out(RUN(NULL, "minpoly", "--format", "json", SYM),
               "{\"field\":\"QQ\",\"minpoly\":[\"1\",\"-4\",\"3\"]}");
    expect_out(RUN(NULL, "charpoly", "--format", "json", TWO_I),
               "{\"field\":\"QQ\",\"charpoly\":[\"1\",\"-4\",\"4\"]}");
    expect_out(RUN(NULL, "minpoly", "--format", "json", TWO_I),
               "{\"field\":\"QQ\",\"minpoly\":[\"1\",\"-2\"]}");
    /* rational entries, a zero coefficient */
    expect_out(RUN(NULL, "charpoly", "--format", "json", "[[0, 1/2], [-2, 0]]"),
               "{\"field\":\"QQ\",\"charpoly\":[\"1\",\"0\",\"1\"]}");
    expect_out(RUN(NULL, "charpoly", "--format", "json", "[[1/2]]"),
               "{\"field\":\"QQ\",\"charpoly\":[\"1\",\"-1/2\"]}");
}

Test(eigen, text_formats)
{
    expect_out(RUN(NULL, "charpoly", SYM), "charpoly: x^2 - 4x + 3");
    expect_out(RUN(NULL, "minpoly", TWO_I), "minpoly: x - 2");
    run r = RUN(NULL, "charpoly", "--format", "unicode", SYM);
    cr_assert_eq(r.code, 0);
    cr_assert(strncmp(r.out, "\u03c7(x) = x\u00b2", strlen("\u03c7(x) = x\u00b2")) == 0, "%s",
              r.out);
    run_free(&r);
    r = RUN(NULL, "minpoly", "--format", "latex", SYM);
    cr_assert_eq(r.code, 0);
    cr_assert(strncmp(r.out, "m_A(x) = ", 9) == 0, "%s", r.out);
    run_free(&r);
}

/* The coefficients of RR JSON output, highest first, against want within tol. */
static void expect_rr(const char *cmd, const char *matrix, const double *want, size_t n)
{
    run r = RUN(NULL, cmd, "--field", "rr", "--format", "json", matrix);
    cr_assert_eq(r.code, 0, "%s", r.err);
    const char *p = json_find(r.out, cmd);
    size_t k = 0;
    char **s = json_strings(&p, &k);
    cr_assert_eq(k, n, "%s has %zu coefficients", r.out, k);
    for (size_t i = 0; i < n; i++)
        cr_assert(fabs(strtod(s[i], NULL) - want[i]) <= 1e-9 * fmax(1.0, fabs(want[i])),
                  "%s: coefficient %zu", r.out, i);
    cr_assert(strstr(r.out, "\"field\":\"RR\""));
    json_strings_free(s, k);
    run_free(&r);
}

Test(eigen, json_rr)
{
    expect_rr("charpoly", SYM, (double[]){1, -4, 3}, 3);
    expect_rr("minpoly", SYM, (double[]){1, -4, 3}, 3);
    expect_rr("minpoly", TWO_I, (double[]){1, -2}, 2);
    expect_rr("charpoly", "[[1, 2, 3], [4, 5, 6], [7, 8, 10]]", (double[]){1, -16, -12, 3}, 4);
}

Test(eigen, errors)
{
    expect_fail(RUN(NULL, "charpoly", "[[1, 2, 3], [4, 5, 6]]"), 2, "square", "2x3");
    expect_fail(RUN(NULL, "minpoly", "--field", "rr", "[[1, 2]]"), 2, "square", NULL);
    expect_fail(RUN(NULL, "charpoly"), 2, "charpoly needs MATRIX", NULL);
    expect_fail(RUN(NULL, "minpoly", SYM, SYM), 2, "too many arguments", NULL);
    expect_fail(RUN(NULL, "charpoly", "[[1, 2], [3]]"), 2, "MATRIX", NULL);
}
