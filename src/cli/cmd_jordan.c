/* axle jordan MATRIX: the Jordan form of a square QQ matrix and a Jordan basis. For each
 * eigenvalue λ (axle_matrix_eigen) its block sizes and its Jordan chains v1, ..., vs with
 * (A − λI) v1 = 0 and (A − λI) v(i+1) = vi (axle_eigen_jordan_chains: vectors over Q(λ), printed
 * as polynomials in λ); then J, block-diagonal with the eigenvalues in their board forms; when
 * every eigenvalue is rational also P with P^-1 A P = J (axle_matrix_jordan), checked here.
 * JSON: {"field":"QQ","n":N,"jordan":[{"minpoly":[…],"value":"…","re":…,"im":…,"blocks":[…],
 * "chains":[[v1,…],…]},…]} with vectors as arrays of coordinate strings (text form, λ written l),
 * plus "J" and "P" (arrays of rows of strings) when every eigenvalue is rational.
 * RR: AXLE_EUNSUPPORTED from axle_matrix_jordan (the Jordan form of a float matrix is
 * ill-posed). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Entry i of column j of an nfmatrix in fmt (JSON: a string of the text form). */
static void put_nf_entry(cli_buf *b, const axle_nfmatrix *M, size_t i, size_t j, axle_format fmt)
{
    axle_nfelem *x = NULL;
    char *s = NULL;
    axle_format f = fmt == AXLE_FORMAT_JSON ? AXLE_FORMAT_TEXT : fmt;
    if (axle_nfmatrix_get(&x, M, i, j) || axle_nfelem_to_string(&s, x, f)) {
        axle_nfelem_free(x);
        b->failed = true;
        return;
    }
    cli_printf(b, fmt == AXLE_FORMAT_JSON ? "\"%s\"" : "%s", s);
    axle_free(s);
    axle_nfelem_free(x);
}

void cli_put_nf_column(cli_buf *b, const axle_nfmatrix *M, size_t j, axle_format fmt)
{
    static const char *const open[] = {"[", "(", "\\begin{pmatrix}", "["};
    static const char *const sep[] = {", ", ", ", " \\\\ ", ","};
    static const char *const close[] = {"]", ")", "\\end{pmatrix}", "]"};
    cli_puts(b, open[fmt]);
    for (size_t i = 0; i < axle_nfmatrix_rows(M); i++) {
        if (i)
            cli_puts(b, sep[fmt]);
        put_nf_entry(b, M, i, j, fmt);
    }
    cli_puts(b, close[fmt]);
}

/* The name of the generator of M's field in fmt ("l", "λ"), as a new string. */
static axle_status generator_name(char **out, const axle_nfmatrix *M, axle_format fmt)
{
    axle_nfelem *g = NULL;
    axle_status s = axle_nfelem_gen(&g, axle_nfmatrix_field(M));
    if (!s)
        s = axle_nfelem_to_string(out, g, fmt);
    axle_nfelem_free(g);
    return s;
}

/* The data of one eigenvalue. */
typedef struct jordan_value {
    char *value; /* board form in the output format (JSON: the value's object) */
    size_t *blocks, nblocks;
    axle_nfmatrix *chains; /* n x a, the chains one after another */
    bool rational;
} jordan_value;

static void values_free(jordan_value *v, size_t count)
{
    for (size_t k = 0; v && k < count; k++) {
        axle_free(v[k].value);
        axle_free(v[k].blocks);
        axle_nfmatrix_free(v[k].chains);
    }
    free(v);
}

static axle_status load_values(jordan_value **out, const axle_eigen *E, axle_format fmt)
{
    size_t count = axle_eigen_count(E);
    jordan_value *v = calloc(count ? count : 1, sizeof *v);
    if (!v)
        return AXLE_ENOMEM;
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < count && !s; k++) {
        axle_algebraic *a = NULL;
        s = axle_eigen_value(&a, E, k);
        if (!s) {
            v[k].rational = axle_algebraic_is_rational(a);
            s = axle_eigen_value_string(&v[k].value, E, k, fmt);
        }
        axle_algebraic_free(a);
        if (!s)
            s = axle_eigen_jordan_blocks(&v[k].blocks, &v[k].nblocks, E, k);
        if (!s)
            s = axle_eigen_jordan_chains(&v[k].chains, E, k);
    }
    if (s) {
        values_free(v, count);
        return s;
    }
    *out = v;
    return AXLE_OK;
}

/* J with the eigenvalues' strings on the diagonal: text [[a, 1], [0, a]], Unicode the same,
 * LaTeX a pmatrix. */
static void put_board_j(cli_buf *b, const jordan_value *v, size_t count, size_t n, axle_format fmt)
{
    const char **diag = malloc((n ? n : 1) * sizeof *diag);
    bool *one = malloc((n ? n : 1) * sizeof *one); /* one[i]: a 1 at (i, i+1) */
    if (!diag || !one) {
        free(diag);
        free(one);
        b->failed = true;
        return;
    }
    /* the board form up to " = ": "i = e^(2πi/4)" is i on the diagonal */
    for (size_t k = 0; k < count; k++) {
        char *eq = strstr(v[k].value, " = ");
        if (eq)
            *eq = '\0';
    }
    size_t i = 0;
    for (size_t k = 0; k < count; k++)
        for (size_t m = 0; m < v[k].nblocks; m++)
            for (size_t t = 0; t < v[k].blocks[m] && i < n; t++, i++) {
                diag[i] = v[k].value;
                one[i] = t + 1 < v[k].blocks[m];
            }
    bool latex = fmt == AXLE_FORMAT_LATEX;
    cli_puts(b, latex ? "\\begin{pmatrix}" : "[");
    for (size_t r = 0; r < n; r++) {
        cli_puts(b, latex ? (r ? " \\\\ " : "") : (r ? ", [" : "["));
        for (size_t c = 0; c < n; c++) {
            if (c)
                cli_puts(b, latex ? " & " : ", ");
            cli_puts(b, c == r ? diag[r] : c == r + 1 && one[r] ? "1" : "0");
        }
        if (!latex)
            cli_puts(b, "]");
    }
    cli_puts(b, latex ? "\\end{pmatrix}" : "]");
    free(diag);
    free(one);
}

/* A QQ matrix as JSON rows of strings. */
static void put_json_matrix(cli_buf *b, const axle_matrix *M)
{
    cli_puts(b, "[");
    for (size_t i = 0; i < axle_matrix_rows(M); i++) {
        cli_puts(b, i ? ",[" : "[");
        for (size_t j = 0; j < axle_matrix_cols(M); j++) {
            axle_scalar *x = NULL;
            if (axle_matrix_get(&x, M, i, j)) {
                b->failed = true;
                return;
            }
            if (j)
                cli_puts(b, ",");
            cli_put_json_string(b, x);
            axle_scalar_free(x);
        }
        cli_puts(b, "]");
    }
    cli_puts(b, "]");
}

static void put_json(cli_buf *b, const jordan_value *v, size_t count, size_t n,
                     const axle_matrix *J, const axle_matrix *P)
{
    cli_printf(b, "{\"field\":\"QQ\",\"n\":%zu,\"jordan\":[", n);
    for (size_t k = 0; k < count; k++) {
        /* the value's object {"minpoly":…,"value":…,"re":…,"im":…} without its closing brace */
        size_t len = strlen(v[k].value);
        cli_puts(b, k ? "," : "");
        if (len < 2 || v[k].value[len - 1] != '}') {
            b->failed = true;
            return;
        }
        v[k].value[len - 1] = '\0';
        cli_puts(b, v[k].value);
        v[k].value[len - 1] = '}';
        cli_puts(b, ",\"blocks\":[");
        for (size_t m = 0; m < v[k].nblocks; m++)
            cli_printf(b, m ? ",%zu" : "%zu", v[k].blocks[m]);
        cli_puts(b, "],\"chains\":[");
        size_t col = 0;
        for (size_t m = 0; m < v[k].nblocks; m++) {
            cli_puts(b, m ? ",[" : "[");
            for (size_t t = 0; t < v[k].blocks[m]; t++, col++) {
                cli_puts(b, t ? "," : "");
                cli_put_nf_column(b, v[k].chains, col, AXLE_FORMAT_JSON);
            }
            cli_puts(b, "]");
        }
        cli_puts(b, "]}");
    }
    cli_puts(b, "]");
    if (J && P) {
        cli_puts(b, ",\"J\":");
        put_json_matrix(b, J);
        cli_puts(b, ",\"P\":");
        put_json_matrix(b, P);
    }
    cli_puts(b, "}");
}

/* One eigenvalue: its blocks and chains. */
static axle_status put_value(cli_buf *b, const jordan_value *v, axle_format fmt)
{
    static const char *const open[] = {"eigenvalue ", "\u03bb = ", "\\lambda = "};
    bool latex = fmt == AXLE_FORMAT_LATEX;
    cli_puts(b, open[fmt]);
    cli_puts(b, v->value);
    cli_puts(b, latex ? " \\quad \\text{Jordan block" : ": Jordan block");
    cli_puts(b, v->nblocks == 1 ? " " : "s ");
    for (size_t m = 0; m < v->nblocks; m++)
        cli_printf(b, m ? ", %zu" : "%zu", v->blocks[m]);
    if (!v->rational) {
        char *g = NULL;
        axle_status s = generator_name(&g, v->chains, fmt);
        if (s)
            return s;
        if (latex)
            cli_printf(b, "; chains over } \\mathbb{Q}(%s)", g);
        else
            cli_printf(b, "; chains over Q(%s), %s = this eigenvalue", g, g);
        axle_free(g);
    } else if (latex) {
        cli_puts(b, "}");
    }
    cli_puts(b, latex ? " \\\\\n" : "\n");
    size_t col = 0;
    for (size_t m = 0; m < v->nblocks; m++) {
        cli_puts(b, latex ? "\\quad " : "  chain: ");
        for (size_t t = 0; t < v->blocks[m]; t++, col++) {
            if (t)
                cli_puts(b, latex ? ",\\ " : ", ");
            cli_put_nf_column(b, v->chains, col, fmt);
        }
        cli_puts(b, latex ? " \\\\\n" : "\n");
    }
    return AXLE_OK;
}

/* P^-1 A P == J, exactly. */
static axle_status check_basis(bool *ok, const axle_matrix *A, const axle_matrix *J,
                               const axle_matrix *P)
{
    axle_matrix *Pi = NULL, *AP = NULL, *PiAP = NULL;
    axle_status s = axle_matrix_inverse(&Pi, P);
    if (!s)
        s = axle_matrix_mul(&AP, A, P);
    if (!s)
        s = axle_matrix_mul(&PiAP, Pi, AP);
    *ok = !s && axle_matrix_equal(PiAP, J);
    axle_matrix_free(Pi);
    axle_matrix_free(AP);
    axle_matrix_free(PiAP);
    return s;
}

static void put_report(cli_buf *b, const jordan_value *v, size_t count, size_t n,
                       const axle_matrix *J, const axle_matrix *P, axle_format fmt)
{
    bool latex = fmt == AXLE_FORMAT_LATEX;
    for (size_t k = 0; k < count; k++)
        if (put_value(b, &v[k], fmt)) {
            b->failed = true;
            return;
        }
    cli_puts(b, "J = ");
    if (J)
        cli_put_matrix_block(b, J, fmt, "    ");
    else
        put_board_j(b, v, count, n, fmt);
    if (!P) {
        if (count && !latex)
            cli_puts(b, "\n(an eigenvalue is irrational: no Jordan basis over Q; the chains above "
                        "form one over the eigenvalues' fields)");
        return;
    }
    cli_puts(b, latex ? " \\\\\nP = " : "\nP = ");
    cli_put_matrix_block(b, P, fmt, "    ");
    if (latex)
        cli_puts(b, " \\\\\nP^{-1} A P = J \\quad \\text{(checked)}");
    else if (fmt == AXLE_FORMAT_UNICODE)
        cli_puts(b, "\nP\u207b\u00b9AP = J (checked)");
    else
        cli_puts(b, "\nP^-1 A P = J (checked)");
}

int cli_jordan(const cli_options *o)
{
    axle_matrix *A = NULL;
    int rc = cli_read_one_matrix(&A, o);
    if (rc)
        return rc;
    axle_matrix *J = NULL, *P = NULL;
    axle_eigen *E = NULL;
    jordan_value *v = NULL;
    /* RR: axle_matrix_jordan's refusal, which points to QQ; QQ: the spectrum first, and J and P
     * only when every eigenvalue is rational (there is no Jordan basis over Q otherwise) */
    axle_status s = o->field == AXLE_RR ? axle_matrix_jordan(&J, &P, A) : AXLE_OK;
    axle_matrix_free(J);
    axle_matrix_free(P);
    J = P = NULL;
    if (!s)
        s = axle_matrix_eigen(&E, A);
    if (!s)
        s = load_values(&v, E, o->format);
    bool rational = !s;
    for (size_t k = 0; !s && k < axle_eigen_count(E); k++)
        rational = rational && v[k].rational;
    if (!s && rational)
        s = axle_matrix_jordan(&J, &P, A);
    bool ok = true;
    if (!s && rational)
        s = check_basis(&ok, A, J, P);
    cli_buf b = {0};
    if (!s && !ok) {
        fprintf(stderr, "axle: jordan: internal error: P^-1 A P is not J\n");
        rc = CLI_FAILED;
    } else if (!s && o->format == AXLE_FORMAT_JSON) {
        put_json(&b, v, axle_eigen_count(E), axle_matrix_rows(A), J, P);
    } else if (!s) {
        put_report(&b, v, axle_eigen_count(E), axle_matrix_rows(A), J, P, o->format);
    }
    if (E)
        values_free(v, axle_eigen_count(E));
    axle_eigen_unref(E);
    axle_matrix_free(J);
    axle_matrix_free(P);
    axle_matrix_free(A);
    if (s || rc) {
        free(b.s);
        return s ? cli_failure(o->cmd_name, s) : rc;
    }
    return cli_emit(&b, o->cmd_name);
}
