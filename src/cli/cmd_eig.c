/* axle eig [--steps] MATRIX: the spectrum of a square matrix (axle_matrix_eigen). A report in
 * text, Unicode or LaTeX: χ and the minimal polynomial, one line per eigenvalue (its board form,
 * algebraic and geometric multiplicities, over QQ its Jordan block sizes) followed by a basis of
 * its eigenspace, and whether the matrix is diagonalizable over Q, R and C. JSON is the object of
 * axle_eigen_to_string. --steps is cmd_steps.c. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The words of the report, per format (text, Unicode, LaTeX). */
typedef struct eig_words {
    const char *chi, *mu, *lambda_open, *lambda_close, *sep, *span_open, *span_close, *line_end;
} eig_words;

static const eig_words words[] = {
    {"charpoly: ", "minpoly: ", "eigenvalue ", ": ", ", ", "  eigenspace basis: ", "", ""},
    {"\u03c7(x) = ", "\u03bc(x) = ", "\u03bb = ", ": ", ", ", "  E(\u03bb) = span(", ")", ""},
    {"\\chi_A(x) = ", "m_A(x) = ", "\\lambda = ", " \\quad \\text{", ", ",
     "E(\\lambda) = \\operatorname{span}\\left(", "\\right)", " \\\\"},
};

static void put_line_end(cli_buf *b, axle_format fmt)
{
    cli_puts(b, words[fmt].line_end);
    cli_puts(b, "\n");
}

/* Eigenvalue k: its value, multiplicities, Jordan blocks (QQ), then its eigenspace basis. */
static axle_status put_eigenvalue(cli_buf *b, const axle_eigen *E, size_t k, axle_format fmt)
{
    const eig_words *w = &words[fmt];
    char *value = NULL, *vectors = NULL;
    axle_status s = axle_eigen_value_string(&value, E, k, fmt);
    if (!s)
        s = axle_eigen_eigenvectors_string(&vectors, E, k, fmt);
    size_t *blocks = NULL, nblocks = 0;
    if (!s && axle_eigen_field(E) == AXLE_QQ)
        s = axle_eigen_jordan_blocks(&blocks, &nblocks, E, k);
    if (s) {
        axle_free(value);
        axle_free(vectors);
        return s;
    }
    cli_puts(b, w->lambda_open);
    cli_puts(b, value);
    cli_puts(b, w->lambda_close);
    cli_printf(b, "algebraic multiplicity %zu%sgeometric multiplicity %zu",
               axle_eigen_algebraic_multiplicity(E, k), w->sep,
               axle_eigen_geometric_multiplicity(E, k));
    if (blocks) {
        cli_printf(b, "%sJordan block%s ", w->sep, nblocks == 1 ? "" : "s");
        for (size_t i = 0; i < nblocks; i++)
            cli_printf(b, i ? ", %zu" : "%zu", blocks[i]);
    }
    if (fmt == AXLE_FORMAT_LATEX)
        cli_puts(b, "} \\quad ");
    else
        cli_puts(b, "\n");
    if (axle_eigen_field(E) == AXLE_RR && fmt != AXLE_FORMAT_LATEX)
        cli_puts(b, "  eigenvector: ");
    else
        cli_puts(b, w->span_open);
    cli_puts(b, vectors);
    if (axle_eigen_field(E) == AXLE_QQ || fmt == AXLE_FORMAT_LATEX)
        cli_puts(b, w->span_close);
    put_line_end(b, fmt);
    axle_free(blocks);
    axle_free(value);
    axle_free(vectors);
    return AXLE_OK;
}

static void put_yes_no(cli_buf *b, const char *over, bool yes, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_LATEX)
        cli_printf(b, "%s: \\text{%s}", over, yes ? "yes" : "no");
    else
        cli_printf(b, "%s: %s", over, yes ? "yes" : "no");
}

/* "diagonalizable over Q: no, over R: yes, over C: yes" (RR: over R and C only: a float matrix
 * does not know whether its eigenvalues are rational). */
static void put_diagonalizable(cli_buf *b, const axle_eigen *E, axle_format fmt)
{
    static const char *const sets[][3] = {
        {"over Q", "over R", "over C"},
        {"over \u211a", "over \u211d", "over \u2102"},
        {"\\text{over } \\mathbb{Q}", "\\text{over } \\mathbb{R}", "\\text{over } \\mathbb{C}"}};
    cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "\\text{diagonalizable } " : "diagonalizable ");
    bool first = true;
    for (int over = AXLE_OVER_Q; over <= AXLE_OVER_C; over++) {
        if (over == AXLE_OVER_Q && axle_eigen_field(E) == AXLE_RR)
            continue;
        if (!first)
            cli_puts(b, ", ");
        first = false;
        put_yes_no(b, sets[fmt][over], axle_eigen_diagonalizable(E, (axle_eigen_over)over), fmt);
    }
}

static axle_status put_report(cli_buf *b, const axle_eigen *E, axle_format fmt)
{
    /* χ and μ; over RR they can overflow a double (AXLE_ERANGE) while the spectrum is fine */
    axle_poly *p[2] = {NULL, NULL};
    axle_status s = AXLE_OK;
    for (int i = 0; i < 2 && !s; i++) {
        s = i ? axle_eigen_minpoly(&p[i], E) : axle_eigen_charpoly(&p[i], E);
        if (s == AXLE_ERANGE)
            s = AXLE_OK;
        else if (s)
            break;
        cli_puts(b, i ? words[fmt].mu : words[fmt].chi);
        if (p[i])
            cli_put_poly(b, p[i], fmt);
        else
            cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "\\text{(coefficients beyond double range)}"
                                                 : "(coefficients beyond double range)");
        put_line_end(b, fmt);
    }
    axle_poly_free(p[0]);
    axle_poly_free(p[1]);
    size_t count = axle_eigen_count(E);
    if (!s && count == 0) {
        cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "\\text{no eigenvalues (the 0x0 matrix)}"
                                             : "no eigenvalues (the 0x0 matrix)");
        put_line_end(b, fmt);
    }
    for (size_t k = 0; k < count && !s; k++)
        s = put_eigenvalue(b, E, k, fmt);
    if (!s)
        put_diagonalizable(b, E, fmt);
    return s;
}

int cli_eig(const cli_options *o)
{
    if (o->steps)
        return cli_eig_steps(o);
    axle_matrix *A = NULL;
    int rc = cli_read_one_matrix(&A, o);
    if (rc)
        return rc;
    axle_eigen *E = NULL;
    axle_status s = axle_matrix_eigen(&E, A);
    axle_matrix_free(A);
    cli_buf b = {0};
    if (!s && o->format == AXLE_FORMAT_JSON) {
        char *json = NULL;
        s = axle_eigen_to_string(&json, E, AXLE_FORMAT_JSON);
        if (!s)
            cli_puts(&b, json);
        axle_free(json);
    } else if (!s) {
        s = put_report(&b, E, o->format);
    }
    axle_eigen_unref(E);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
