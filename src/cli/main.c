/* axle COMMAND [--field qq|rr] [--format text|unicode|latex|json] MATRIX [RHS]
 *
 * Exit status: 0 on success; 1 when the answer does not exist (singular matrix, inconsistent
 * system) or the computation failed; 2 for a usage error or input the command cannot take
 * (malformed text, a non-square matrix for det or inv, an RHS of the wrong height). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "usage: axle COMMAND [--field qq|rr] [--format text|unicode|latex|json] MATRIX [RHS]\n"
    "\n"
    "Commands:\n"
    "  rank     the rank of MATRIX\n"
    "  det      the determinant of a square MATRIX\n"
    "  rref     the reduced row echelon form of MATRIX and its pivot columns (from 0)\n"
    "  null     a basis of the null space {x : MATRIX x = 0}\n"
    "  inv      the inverse of a square MATRIX\n"
    "  solve    solve MATRIX x = RHS: one solution and a basis of the null space\n"
    "  help     show this help\n"
    "  version  show the version of axle\n"
    "\n"
    "MATRIX is written as rows of numbers, [[1, -2/3], [0.5, 4]] (integers, fractions p/q,\n"
    "decimals, exponents such as 1e-3), or @FILE to read it from a file, or - to read it from\n"
    "standard input. RHS is a vector [5, 6] or a matrix with as many rows as MATRIX.\n"
    "\n"
    "Options:\n"
    "  --field qq|rr      exact rationals (qq, the default) or double precision (rr)\n"
    "  --format FORMAT    text (the default), unicode, latex or json\n"
    "  -h, --help         show this help\n"
    "  --version          show the version of axle\n"
    "\n"
    "Exit status: 0 on success; 1 when the answer does not exist (a singular matrix has no\n"
    "inverse, an inconsistent system has no solution); 2 for a usage error or malformed input.\n";

typedef enum command { CMD_RANK, CMD_DET, CMD_RREF, CMD_NULL, CMD_INV, CMD_SOLVE } command;

static const char *const command_names[] = {"rank", "det", "rref", "null", "inv", "solve"};

typedef struct options {
    command cmd;
    const char *cmd_name;
    axle_field field;
    axle_format format;
    const char *matrix, *rhs;
} options;

static int usage_error(const char *fmt, const char *arg)
{
    fputs("axle: ", stderr);
    fprintf(stderr, fmt, arg);
    fputs("\nTry 'axle --help' for more information.\n", stderr);
    return CLI_USAGE;
}

/* The value of --name VALUE or --name=VALUE at argv[*i]; NULL if argv[*i] is another option. */
static const char *option_value(int argc, char **argv, int *i, const char *name, bool *missing)
{
    size_t n = strlen(name);
    const char *a = argv[*i];
    if (strncmp(a, name, n) != 0)
        return NULL;
    if (a[n] == '=')
        return a + n + 1;
    if (a[n] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = true;
        return NULL;
    }
    return argv[++*i];
}

/* Parse the arguments. Returns -1 to go on, or an exit status (after printing help etc.). */
static int parse_args(options *o, int argc, char **argv)
{
    const char *positional[3];
    int npos = 0;
    bool only_positional = false;
    o->field = AXLE_QQ;
    o->format = AXLE_FORMAT_TEXT;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool is_option = !only_positional && a[0] == '-' && a[1] != '\0';
        if (!is_option) {
            if (npos == 3)
                return usage_error("too many arguments (from '%s' on)", a);
            positional[npos++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_positional = true;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fputs(usage_text, stdout);
            return CLI_OK;
        }
        if (strcmp(a, "--version") == 0) {
            printf("axle %s\n", AXLE_VERSION_STRING);
            return CLI_OK;
        }
        bool missing = false;
        const char *v;
        if ((v = option_value(argc, argv, &i, "--field", &missing))) {
            if (axle_field_parse(&o->field, v))
                return usage_error("unknown field '%s' (use qq or rr)", v);
        } else if ((v = option_value(argc, argv, &i, "--format", &missing))) {
            if (axle_format_parse(&o->format, v))
                return usage_error("unknown format '%s' (use text, unicode, latex or json)", v);
        } else if (missing) {
            return usage_error("option '%s' needs a value", a);
        } else {
            return usage_error("unknown option '%s'", a);
        }
    }
    if (npos == 0)
        return usage_error("%s", "missing COMMAND");
    const char *name = positional[0];
    if (strcmp(name, "help") == 0) {
        fputs(usage_text, stdout);
        return CLI_OK;
    }
    if (strcmp(name, "version") == 0) {
        printf("axle %s\n", AXLE_VERSION_STRING);
        return CLI_OK;
    }
    size_t k = 0;
    while (k < sizeof command_names / sizeof command_names[0] && strcmp(name, command_names[k]))
        k++;
    if (k == sizeof command_names / sizeof command_names[0])
        return usage_error("unknown command '%s'", name);
    o->cmd = (command)k;
    o->cmd_name = command_names[k];
    int want = o->cmd == CMD_SOLVE ? 3 : 2;
    if (npos < want)
        return usage_error(o->cmd == CMD_SOLVE ? "%s needs MATRIX and RHS" : "%s needs MATRIX",
                           name);
    if (npos > want)
        return usage_error("too many arguments (from '%s' on)", positional[want]);
    o->matrix = positional[1];
    o->rhs = want == 3 ? positional[2] : NULL;
    if (o->rhs && strcmp(o->matrix, "-") == 0 && strcmp(o->rhs, "-") == 0)
        return usage_error("%s", "MATRIX and RHS cannot both be read from standard input");
    return -1;
}

/* ---- the commands: each appends its answer to b ------------------------------------------- */

static void json_head(cli_buf *b, const options *o, const char *key)
{
    cli_printf(b, "{\"field\":\"%s\",\"%s\":", axle_field_name(o->field), key);
}

static axle_status do_rank(cli_buf *b, const options *o, const axle_matrix *A)
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

static axle_status do_det(cli_buf *b, const options *o, const axle_matrix *A)
{
    axle_scalar *d = NULL;
    axle_status s = axle_matrix_det(&d, A);
    if (s)
        return s;
    if (o->format == AXLE_FORMAT_JSON)
        json_head(b, o, "det");
    else
        cli_puts(b, o->format == AXLE_FORMAT_LATEX ? "\\det A = " : "det = ");
    cli_put_scalar(b, d, o->format);
    if (o->format == AXLE_FORMAT_JSON)
        cli_puts(b, "}");
    axle_scalar_free(d);
    return AXLE_OK;
}

static axle_status do_rref(cli_buf *b, const options *o, const axle_matrix *A)
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
static void put_basis(cli_buf *b, const options *o, const axle_matrix *N)
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

static axle_status do_null(cli_buf *b, const options *o, const axle_matrix *A)
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

static axle_status do_inv(cli_buf *b, const options *o, const axle_matrix *A)
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

static axle_status do_solve(cli_buf *b, const options *o, const axle_matrix *A,
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

/* The exit status for a failed computation: the answer does not exist (1), or the input does not
 * fit the command (2). */
static int failure(const options *o, axle_status s)
{
    const char *msg = s == AXLE_ENOMEM ? axle_strerror(s) : axle_error_message();
    if (!msg[0])
        msg = axle_strerror(s);
    switch (s) {
    case AXLE_ESINGULAR:
        fprintf(stderr, "axle: %s: no inverse: %s\n", o->cmd_name, msg);
        return CLI_FAILED;
    case AXLE_ENOSOLUTION:
        fprintf(stderr, "axle: %s: no solution: %s\n", o->cmd_name, msg);
        return CLI_FAILED;
    case AXLE_EDIM:
    case AXLE_EINVAL:
        fprintf(stderr, "axle: %s: %s\n", o->cmd_name, msg);
        return CLI_USAGE;
    default:
        fprintf(stderr, "axle: %s: %s: %s\n", o->cmd_name, axle_strerror(s), msg);
        return CLI_FAILED;
    }
}

int main(int argc, char **argv)
{
    options o = {0};
    int rc = parse_args(&o, argc, argv);
    if (rc >= 0)
        return rc;
    axle_matrix *A = NULL, *B = NULL;
    if ((rc = cli_read_matrix(&A, o.field, o.matrix, "MATRIX", false)))
        return rc;
    if (o.rhs && (rc = cli_read_matrix(&B, o.field, o.rhs, "RHS", true))) {
        axle_matrix_free(A);
        return rc;
    }
    cli_buf b = {0};
    axle_status s = AXLE_OK;
    switch (o.cmd) {
    case CMD_RANK:
        s = do_rank(&b, &o, A);
        break;
    case CMD_DET:
        s = do_det(&b, &o, A);
        break;
    case CMD_RREF:
        s = do_rref(&b, &o, A);
        break;
    case CMD_NULL:
        s = do_null(&b, &o, A);
        break;
    case CMD_INV:
        s = do_inv(&b, &o, A);
        break;
    case CMD_SOLVE:
        s = do_solve(&b, &o, A, B);
        break;
    }
    axle_matrix_free(A);
    axle_matrix_free(B);
    if (s) {
        free(b.s);
        return failure(&o, s);
    }
    if (b.failed) {
        free(b.s);
        fprintf(stderr, "axle: %s: out of memory while formatting the answer\n", o.cmd_name);
        return CLI_FAILED;
    }
    fputs(b.s ? b.s : "", stdout);
    fputc('\n', stdout);
    free(b.s);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "axle: cannot write the answer to standard output\n");
        return CLI_FAILED;
    }
    return CLI_OK;
}
