/* The matrix commands: rank, det, trace, rref, null, inv, solve (axle COMMAND MATRIX [RHS]). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

typedef enum command {
    CMD_RANK,
    CMD_DET,
    CMD_TRACE,
    CMD_RREF,
    CMD_NULL,
    CMD_INV,
    CMD_SOLVE
} command;

static const char *const command_names[] = {"rank", "det", "trace", "rref", "null", "inv", "solve"};

/* ---- the commands: each appends its answer to b ------------------------------------------- */

static void json_head(cli_buf *b, const cli_options *o, const char *key)
{
    cli_printf(b, "{\"field\":\"%s\",\"%s\":", axle_field_name(o->field), key);
}

static axle_status do_rank(cli_buf *b, const cli_options *o, const axle_matrix *A)
{
    size_t r;
    axle_status s = axle_matrix_rank(&r, A);
    if (s)
        return s;
    if (o->format == AXLE_FORMAT_JSON) {
        json_head(b, o, "rank");
        cli_printf(b, "%zu}", r);
    } else if (o->format == AXLE_FORMAT_LATEX) {
        cli_printf(b, "\\operatorname{rank} A = %zu", r);
    } else {
        cli_printf(b, "rank %zu", r);
    }
    return AXLE_OK;
}

/* det or trace: "det = -2", "\\det A = -2", {"field":"QQ","det":"-2"}. */
static axle_status do_scalar(cli_buf *b, const cli_options *o, const axle_matrix *A, bool det)
{
    axle_scalar *d = NULL;
    axle_status s = det ? axle_matrix_det(&d, A) : axle_matrix_trace(&d, A);
    if (s)
        return s;
    if (o->format == AXLE_FORMAT_JSON)
        json_head(b, o, det ? "det" : "trace");
    else if (o->format == AXLE_FORMAT_LATEX)
        cli_puts(b, det ? "\\det A = " : "\\operatorname{tr} A = ");
    else
        cli_puts(b, det ? "det = " : "trace = ");
    cli_put_scalar(b, d, o->format);
    if (o->format == AXLE_FORMAT_JSON)
        cli_puts(b, "}");
    axle_scalar_free(d);
    return AXLE_OK;
}

static axle_status do_rref(cli_buf *b, const cli_options *o, const axle_matrix *A)
{
    size_t m = axle_matrix_rows(A), n = axle_matrix_cols(A);
    size_t *pivots = malloc(((m < n ? m : n) + 1) * sizeof *pivots);
    if (!pivots)
        return AXLE_ENOMEM;
    axle_matrix *R = NULL;
    size_t rank = 0;
    axle_status s = axle_matrix_rref(&R, pivots, &rank, A);
    if (s) {
        free(pivots);
        return s;
    }
    bool json = o->format == AXLE_FORMAT_JSON;
    if (json)
        json_head(b, o, "rref");
    else if (o->format == AXLE_FORMAT_LATEX)
        cli_puts(b, "\\operatorname{rref} A = ");
    cli_put_matrix(b, R, o->format);
    if (json)
        cli_puts(b, ",\"pivots\":[");
    else if (o->format == AXLE_FORMAT_LATEX)
        cli_puts(b, "\n\\text{pivot columns: }");
    else
        cli_puts(b, "\npivots:");
    for (size_t k = 0; k < rank; k++)
        cli_printf(b, json ? "%s%zu" : "%s %zu", k ? "," : "", pivots[k]);
    if (json)
        cli_puts(b, "]}");
    else if (rank == 0)
        cli_puts(b, o->format == AXLE_FORMAT_LATEX ? "\\text{none}" : " none");
    axle_matrix_free(R);
    free(pivots);
    return AXLE_OK;
}

/* The columns of N as a list of vectors, in the command's format. */
static void put_basis(cli_buf *b, const cli_options *o, const axle_matrix *N)
{
    size_t k = axle_matrix_cols(N);
    switch (o->format) {
    case AXLE_FORMAT_JSON:
        cli_puts(b, "[");
        for (size_t j = 0; j < k; j++) {
            if (j)
                cli_puts(b, ",");
            cli_put_column(b, N, j, o->format);
        }
        cli_puts(b, "]");
        return;
    case AXLE_FORMAT_LATEX:
        if (k == 0) {
            cli_puts(b, "\\operatorname{null} A = \\{0\\}");
            return;
        }
        cli_puts(b, "\\operatorname{null} A = \\operatorname{span}\\left(");
        for (size_t j = 0; j < k; j++) {
            cli_puts(b, j ? ", " : "");
            cli_put_column(b, N, j, o->format);
        }
        cli_puts(b, "\\right)");
        return;
    case AXLE_FORMAT_TEXT:
    case AXLE_FORMAT_UNICODE:
        if (k == 0) {
            cli_puts(b, "null space: {0}");
            return;
        }
        cli_printf(b, "null space basis (%zu vector%s):", k, k == 1 ? "" : "s");
        for (size_t j = 0; j < k; j++) {
            cli_puts(b, "\n");
            cli_put_column(b, N, j, o->format);
        }
        return;
    }
}

static axle_status do_null(cli_buf *b, const cli_options *o, const axle_matrix *A)
{
    axle_matrix *N = NULL;
    axle_status s = axle_matrix_null(&N, A);
    if (s)
        return s;
    if (o->format == AXLE_FORMAT_JSON)
        json_head(b, o, "null");
    put_basis(b, o, N);
    if (o->format == AXLE_FORMAT_JSON)
        cli_puts(b, "}");
    axle_matrix_free(N);
    return AXLE_OK;
}

static axle_status do_inv(cli_buf *b, const cli_options *o, const axle_matrix *A)
{
    axle_matrix *X = NULL;
    axle_status s = axle_matrix_inverse(&X, A);
    if (s)
        return s;
    if (o->format == AXLE_FORMAT_JSON)
        json_head(b, o, "inverse");
    else if (o->format == AXLE_FORMAT_LATEX)
        cli_puts(b, "A^{-1} = ");
    cli_put_matrix(b, X, o->format);
    if (o->format == AXLE_FORMAT_JSON)
        cli_puts(b, "}");
    axle_matrix_free(X);
    return AXLE_OK;
}

static axle_status do_solve(cli_buf *b, const cli_options *o, const axle_matrix *A,
                            const axle_matrix *B)
{
    axle_matrix *X = NULL, *N = NULL;
    axle_status s = axle_matrix_solve(&X, &N, A, B);
    if (s)
        return s;
    /* One right-hand side: the solution is a vector; several: a matrix. */
    bool vector = axle_matrix_cols(B) == 1;
    bool json = o->format == AXLE_FORMAT_JSON;
    if (json)
        json_head(b, o, "solution");
    else if (o->format == AXLE_FORMAT_LATEX)
        cli_puts(b, "x = ");
    else
        cli_puts(b, vector ? "solution: " : "solution:\n");
    if (vector)
        cli_put_column(b, X, 0, o->format);
    else
        cli_put_matrix(b, X, o->format);
    cli_puts(b, json ? ",\"null\":" : "\n");
    put_basis(b, o, N);
    if (json)
        cli_puts(b, "}");
    axle_matrix_free(X);
    axle_matrix_free(N);
    return AXLE_OK;
}

int cli_matrix_command(const cli_options *o)
{
    size_t k = 0;
    while (k + 1 < sizeof command_names / sizeof command_names[0] &&
           strcmp(o->cmd_name, command_names[k]))
        k++;
    command cmd = (command)k;
    size_t want = cmd == CMD_SOLVE ? 2 : 1;
    if (o->nargs < want)
        return cli_usage(cmd == CMD_SOLVE ? "%s needs MATRIX and RHS" : "%s needs MATRIX",
                         o->cmd_name);
    if (o->nargs > want)
        return cli_usage("too many arguments (from '%s' on)", o->args[want]);
    const char *matrix = o->args[0], *rhs = want == 2 ? o->args[1] : NULL;
    if (rhs && strcmp(matrix, "-") == 0 && strcmp(rhs, "-") == 0)
        return cli_usage("%s", "MATRIX and RHS cannot both be read from standard input");

    axle_matrix *A = NULL, *B = NULL;
    int rc;
    if ((rc = cli_read_matrix(&A, o->field, matrix, "MATRIX", false)))
        return rc;
    if (rhs && (rc = cli_read_matrix(&B, o->field, rhs, "RHS", true))) {
        axle_matrix_free(A);
        return rc;
    }
    cli_buf b = {0};
    axle_status s = AXLE_OK;
    switch (cmd) {
    case CMD_RANK:
        s = do_rank(&b, o, A);
        break;
    case CMD_DET:
    case CMD_TRACE:
        s = do_scalar(&b, o, A, cmd == CMD_DET);
        break;
    case CMD_RREF:
        s = do_rref(&b, o, A);
        break;
    case CMD_NULL:
        s = do_null(&b, o, A);
        break;
    case CMD_INV:
        s = do_inv(&b, o, A);
        break;
    case CMD_SOLVE:
        s = do_solve(&b, o, A, B);
        break;
    }
    axle_matrix_free(A);
    axle_matrix_free(B);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
