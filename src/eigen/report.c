/* The whole spectrum as one string (axle_eigen_to_string): assembled from the generic fields of
 * the kernel's ax_spectrum and from its ops (the value and the eigenspace basis of each
 * eigenvalue in the requested format); chi and mu through the polynomial printer. JSON is one
 * object with the keys of include/axle/eigen.h; text, Unicode and LaTeX are a report of one line
 * per polynomial, one for diagonalizability and one per eigenvalue. */
#include <string.h>

#include "core/format.h"
#include "eigen_internal.h"

/* p's coefficients as JSON strings, highest degree first (as `axle charpoly --format json`):
 * the printer's JSON form of each coefficient, quoted when it is a number (RR). */
static void put_json_coeffs(ax_buf *b, const axle_poly *p)
{
    ax_buf_puts(b, "[");
    for (size_t k = p->len; k-- > 0;) {
        ax_buf c = {0};
        ax_buf_put_coeff(&c, p, k, false, AXLE_FORMAT_JSON);
        if (c.failed || !c.p) {
            b->failed = true;
        } else {
            const char *quote = c.p[0] == '"' ? "" : "\"";
            ax_buf_puts(b, quote);
            ax_buf_putn(b, c.p, c.len);
            ax_buf_puts(b, quote);
        }
        ax_buf_drop(&c);
        if (k)
            ax_buf_puts(b, ",");
    }
    ax_buf_puts(b, "]");
}

/* Append the string t a printer made with status s, and free it. */
static axle_status put_owned(ax_buf *b, axle_status s, char *t)
{
    if (!s)
        ax_buf_puts(b, t);
    axle_free(t);
    return s;
}

static axle_status put_poly(ax_buf *b, const axle_poly *p, axle_format fmt)
{
    if (!p) { /* overflowed the field's numbers (RR, large n) */
        ax_buf_puts(b, fmt == AXLE_FORMAT_LATEX ? "\\text{(coefficients beyond double range)}"
                                                : "(coefficients beyond double range)");
        return AXLE_OK;
    }
    char *t = NULL;
    axle_status s = axle_poly_to_string(&t, p, fmt);
    return put_owned(b, s, t);
}

static axle_status put_json(ax_buf *b, const axle_eigen *E, const axle_poly *chi,
                            const axle_poly *mu)
{
    const ax_spectrum *S = E->S;
    ax_buf_printf(b, "{\"field\":\"%s\",\"n\":%zu,\"charpoly\":", axle_field_name(E->field), E->n);
    /* null when the polynomial overflowed the field's numbers (RR, large n) */
    if (chi)
        put_json_coeffs(b, chi);
    else
        ax_buf_puts(b, "null");
    ax_buf_puts(b, ",\"minpoly\":");
    if (mu)
        put_json_coeffs(b, mu);
    else
        ax_buf_puts(b, "null");
    ax_buf_printf(b, ",\"diagonalizable\":%s,\"eigenvalues\":[",
                  S->diag[AXLE_OVER_C] ? "true" : "false");
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < S->count && !s; k++) {
        const ax_eigval *v = &S->vals[k];
        char *t = NULL;
        if ((s = S->ops->value_string(&t, S->data, k, AXLE_FORMAT_JSON)))
            break;
        /* the value's object, its closing brace replaced by the keys that follow */
        size_t len = strlen(t);
        if (k)
            ax_buf_puts(b, ",");
        ax_buf_putn(b, t, len && t[len - 1] == '}' ? len - 1 : len);
        axle_free(t);
        t = NULL;
        ax_buf_printf(b, ",\"algebraic_multiplicity\":%zu,\"geometric_multiplicity\":%zu", v->alg,
                      v->geo);
        if (v->blocks) {
            ax_buf_puts(b, ",\"jordan_blocks\":[");
            for (size_t i = 0; i < v->nblocks; i++)
                ax_buf_printf(b, "%s%zu", i ? "," : "", v->blocks[i]);
            ax_buf_puts(b, "]");
        }
        ax_buf_puts(b, ",\"eigenvectors\":");
        if (!(s = S->ops->vectors_string(&t, S->data, k, AXLE_FORMAT_JSON)))
            ax_buf_puts(b, t);
        axle_free(t);
        ax_buf_puts(b, "}");
    }
    ax_buf_puts(b, "]}");
    return s;
}

/* "over Q no, over R yes, over C yes" in the format's words. */
static void put_diag(ax_buf *b, const ax_spectrum *S, axle_format fmt)
{
    static const char *const field[3][3] = {{"Q", "R", "C"},
                                            {"\xe2\x84\x9a", "\xe2\x84\x9d", "\xe2\x84\x82"},
                                            {"\\mathbb{Q}", "\\mathbb{R}", "\\mathbb{C}"}};
    int f = fmt == AXLE_FORMAT_UNICODE ? 1 : fmt == AXLE_FORMAT_LATEX ? 2 : 0;
    bool latex = fmt == AXLE_FORMAT_LATEX;
    ax_buf_puts(b, latex ? "\\text{diagonalizable: }" : "diagonalizable: ");
    for (int i = 0; i < 3; i++) {
        const char *ans = S->diag[i] ? "yes" : "no";
        if (latex)
            ax_buf_printf(b, "%s\\text{over } %s \\text{ %s}", i ? ", " : "", field[f][i], ans);
        else
            ax_buf_printf(b, "%sover %s %s", i ? ", " : "", field[f][i], ans);
    }
}

/* One eigenvalue's line: "eigenvalue 2: algebraic multiplicity 2, geometric multiplicity 1,
 * Jordan blocks 2; eigenspace basis (1, 0)". */
static axle_status put_value_line(ax_buf *b, const ax_spectrum *S, size_t k, axle_format fmt)
{
    const ax_eigval *v = &S->vals[k];
    bool latex = fmt == AXLE_FORMAT_LATEX;
    char *t = NULL;
    if (fmt == AXLE_FORMAT_UNICODE) {
        ax_buf_puts(b, "\xce\xbb");
        ax_buf_script(b, k + 1, false);
        ax_buf_puts(b, " = ");
    } else if (latex) {
        ax_buf_printf(b, "\\lambda_{%zu} = ", k + 1);
    } else {
        ax_buf_printf(b, "eigenvalue %zu: ", k + 1);
    }
    axle_status s = S->ops->value_string(&t, S->data, k, fmt);
    if ((s = put_owned(b, s, t)))
        return s;
    const char *open = latex ? "\\text{" : "", *close = latex ? "}" : "";
    ax_buf_printf(b, ", %salgebraic multiplicity %zu, geometric multiplicity %zu", open, v->alg,
                  v->geo);
    if (v->blocks) {
        ax_buf_puts(b, ", Jordan blocks ");
        for (size_t i = 0; i < v->nblocks; i++)
            ax_buf_printf(b, "%s%zu", i ? " " : "", v->blocks[i]);
    }
    ax_buf_printf(b, ";%s %s", close, latex ? "\\text{eigenvectors: }" : "eigenvectors: ");
    t = NULL;
    s = S->ops->vectors_string(&t, S->data, k, fmt);
    return put_owned(b, s, t);
}

static axle_status put_report(ax_buf *b, const axle_eigen *E, const axle_poly *chi,
                              const axle_poly *mu, axle_format fmt)
{
    const char *nl = fmt == AXLE_FORMAT_LATEX ? " \\\\\n" : "\n";
    axle_status s;
    ax_buf_puts(b, fmt == AXLE_FORMAT_LATEX     ? "\\chi_A(x) = "
                   : fmt == AXLE_FORMAT_UNICODE ? "\xcf\x87(x) = "
                                                : "charpoly: ");
    if ((s = put_poly(b, chi, fmt)))
        return s;
    ax_buf_puts(b, nl);
    ax_buf_puts(b, fmt == AXLE_FORMAT_LATEX     ? "m_A(x) = "
                   : fmt == AXLE_FORMAT_UNICODE ? "m(x) = "
                                                : "minpoly: ");
    if ((s = put_poly(b, mu, fmt)))
        return s;
    ax_buf_puts(b, nl);
    put_diag(b, E->S, fmt);
    for (size_t k = 0; k < E->S->count; k++) {
        ax_buf_puts(b, nl);
        if ((s = put_value_line(b, E->S, k, fmt)))
            return s;
    }
    if (E->S->count == 0) {
        ax_buf_puts(b, nl);
        ax_buf_puts(b, fmt == AXLE_FORMAT_LATEX ? "\\text{no eigenvalues}" : "no eigenvalues");
    }
    return AXLE_OK;
}

axle_status axle_eigen_to_string(char **out, const axle_eigen *E, axle_format fmt)
{
    AX_OUT(out);
    if (!E)
        return ax_error(AXLE_EINVAL, "spectrum E is NULL");
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    /* χ and μ (computed now over RR): a coefficient beyond the range of the field's numbers
     * (AXLE_ERANGE) prints as null / "(coefficients beyond double range)", the spectrum is fine */
    axle_poly *chi = NULL, *mu = NULL;
    axle_status s = ax_eigen_polys(&chi, NULL, E);
    if (!s)
        s = ax_eigen_polys(NULL, &mu, E);
    if (s == AXLE_ERANGE)
        s = AXLE_OK;
    ax_buf b = {0};
    if (!s)
        s = fmt == AXLE_FORMAT_JSON ? put_json(&b, E, chi, mu) : put_report(&b, E, chi, mu, fmt);
    axle_poly_free(chi);
    axle_poly_free(mu);
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}
