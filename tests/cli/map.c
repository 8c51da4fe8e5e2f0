/* axle trace, run as a program: every format, both fields, every error. */
#include <criterion/criterion.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "run.h"

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

Test(help, mentions_trace)
{
    run r = RUN(NULL, "help");
    cr_assert_eq(r.code, 0);
    cr_assert(strstr(r.out, "\n  trace "), "%s", r.out);
    run_free(&r);
}
