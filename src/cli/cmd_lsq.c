/* axle lsq MATRIX RHS: least squares (Axler 6.68). Among the x that minimize ‖A x − b‖ the one of
 * least norm (x = A⁺ b, also for a rank-deficient A), the residual ‖A x − b‖² and rank A.
 * JSON {"field":"QQ","solution":[…],"residual_squared":"…","rank":r}; with several right-hand
 * sides (RHS a matrix) the solution is a matrix and residual_squared a list, one per column. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static void put_residuals(cli_buf *b, const axle_matrix *R, axle_format fmt)
{
    size_t k = axle_matrix_cols(R);
    bool brackets = fmt == AXLE_FORMAT_JSON || k == 0; /* no right-hand side: [] */
    bool json = fmt == AXLE_FORMAT_JSON;
    if (k != 1)
        cli_puts(b, brackets ? "[" : "");
    for (size_t j = 0; j < k; j++) {
        axle_scalar *x = NULL;
        if (axle_matrix_get(&x, R, 0, j)) {
            b->failed = true;
            return;
        }
        if (j)
            cli_puts(b, json ? "," : ", ");
        if (json)
            cli_put_json_string(b, x);
        else
            cli_put_scalar(b, x, fmt);
        axle_scalar_free(x);
    }
    if (k != 1)
        cli_puts(b, brackets ? "]" : "");
}

static axle_status answer(cli_buf *b, const cli_options *o, const axle_matrix *A,
                          const axle_matrix *B)
{
    axle_matrix *X = NULL, *R = NULL;
    size_t rank = 0;
    axle_status s = axle_matrix_lstsq(&X, &rank, &R, A, B);
    if (s)
        return s;
    bool vector = axle_matrix_cols(B) == 1;
    axle_format fmt = o->format;
    static const char *const solution[] = {"solution: ", "x = ", "x = "};
    static const char *const residual[] = {
        "residual squared: ", "\u2016Ax \u2212 b\u2016\u00b2 = ", "\\|Ax - b\\|^2 = "};
    static const char *const rank_label[] = {"rank: ", "rank A = ", "\\operatorname{rank} A = "};
    if (fmt == AXLE_FORMAT_JSON)
        cli_printf(b, "{\"field\":\"%s\",\"solution\":", axle_field_name(o->field));
    else
        cli_puts(b, solution[fmt]);
    if (vector)
        cli_put_column(b, X, 0, fmt);
    else
        cli_put_matrix_block(b, X, fmt, "    ");
    const char *newline = fmt == AXLE_FORMAT_LATEX ? " \\\\\n" : "\n"; /* LaTeX: a line break */
    cli_puts(b, fmt == AXLE_FORMAT_JSON ? ",\"residual_squared\":" : newline);
    if (fmt != AXLE_FORMAT_JSON)
        cli_puts(b, residual[fmt]);
    put_residuals(b, R, fmt);
    if (fmt == AXLE_FORMAT_JSON)
        cli_printf(b, ",\"rank\":%zu}", rank);
    else
        cli_printf(b, "%s%s%zu", newline, rank_label[fmt], rank);
    axle_matrix_free(X);
    axle_matrix_free(R);
    return AXLE_OK;
}

int cli_lsq(const cli_options *o)
{
    if (o->nargs < 2)
        return cli_usage("%s", "lsq needs MATRIX and RHS");
    if (o->nargs > 2)
        return cli_usage("too many arguments (from '%s' on)", o->args[2]);
    if (strcmp(o->args[0], "-") == 0 && strcmp(o->args[1], "-") == 0)
        return cli_usage("%s", "MATRIX and RHS cannot both be read from standard input");
    axle_matrix *A = NULL, *B = NULL;
    int rc = cli_read_matrix(&A, o->field, o->args[0], "MATRIX", false);
    if (!rc)
        rc = cli_read_matrix(&B, o->field, o->args[1], "RHS", true);
    cli_buf b = {0};
    axle_status s = rc ? AXLE_OK : answer(&b, o, A, B);
    axle_matrix_free(A);
    axle_matrix_free(B);
    if (rc)
        return rc;
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
