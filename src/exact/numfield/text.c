/* Elements and matrices of Q(α) as text: an element prints as its representative polynomial (in
 * the style of axle_poly_to_string) with the generator's name in place of x; parsing maps the
 * generator's name back to x and uses axle_poly_parse. */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#include "exact/numfield/nf_impl.h"

#define AX_ALPHA_UTF8 "\xce\xb1" /* U+03B1 GREEK SMALL LETTER ALPHA */

#define AX_LAMBDA_UTF8 "\xce\xbb" /* U+03BB GREEK SMALL LETTER LAMDA */

/* The generator's name in fmt. The name "lambda" (the eigenvalue fields of the eigen floor) is
 * written λ in Unicode and \lambda in LaTeX. */
static void put_name(ax_buf *b, const axle_numfield *K, axle_format fmt)
{
    if (!strcmp(K->name, "lambda") && fmt != AXLE_FORMAT_TEXT && fmt != AXLE_FORMAT_JSON) {
        ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_LAMBDA_UTF8 : "\\lambda");
        return;
    }
    if (K->name[0]) {
        bool wide = fmt == AXLE_FORMAT_LATEX && K->name[1];
        ax_buf_puts(b, wide ? "\\mathrm{" : "");
        ax_buf_puts(b, K->name);
        ax_buf_puts(b, wide ? "}" : "");
        return;
    }
    ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_ALPHA_UTF8
                   : fmt == AXLE_FORMAT_LATEX ? "\\alpha"
                                              : "a");
}

/* Append a in fmt. The poly printer writes the variable as the letter x and uses that letter for
 * nothing else (its numbers are digits, '/', '.', 'e', and LaTeX's \frac), so each x is
 * replaced by the generator's name; outside LaTeX a name of several ASCII letters gets a '*'
 * after a coefficient ("2*lambda^2", "3*phi"; a single letter or λ stays "2a", "2λ"), as
 * axle_nfelem_parse reads it back. */
axle_status ax_nfv_put(ax_buf *b, const axle_numfield *K, const ax_nfv *a, axle_format fmt,
                       const char *name)
{
    axle_poly *p;
    char *s;
    axle_status st = ax_nfv_to_poly(K, &p, a);
    if (st)
        return st;
    st = axle_poly_to_string(&s, p, fmt);
    axle_poly_free(p);
    if (st)
        return st;
    const char *shown = name ? name : K->name;
    bool star = fmt != AXLE_FORMAT_LATEX && (unsigned char)shown[0] < 0x80 && shown[0] &&
                shown[1] && !(!name && fmt == AXLE_FORMAT_UNICODE && !strcmp(shown, "lambda"));
    for (const char *c = s; *c; c++) {
        if (*c == 'x' && star && c > s && (isdigit((unsigned char)c[-1]) || c[-1] == ')'))
            ax_buf_puts(b, "*");
        if (*c == 'x' && name)
            ax_buf_puts(b, name);
        else if (*c == 'x')
            put_name(b, K, fmt);
        else
            ax_buf_putn(b, c, 1);
    }
    axle_free(s);
    return AXLE_OK;
}

static axle_status finish(ax_buf *b, axle_status st, char **out)
{
    if (st) {
        ax_buf_drop(b);
        return st;
    }
    return ax_buf_finish(b, out);
}

axle_status axle_nfelem_to_string(char **out, const axle_nfelem *x, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")) || (s = ax_format_check(fmt)))
        return s;
    ax_buf b = {0};
    return finish(&b, ax_nfv_put(&b, x->K, &x->v, fmt, NULL), out);
}

axle_status axle_nfmatrix_to_string(char **out, const axle_nfmatrix *M, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfmatrix_check(M, "M")) || (s = ax_format_check(fmt)))
        return s;
    ax_buf b = {0};
    bool latex = fmt == AXLE_FORMAT_LATEX;
    bool json = fmt == AXLE_FORMAT_JSON;
    const char *rowsep = latex ? " \\\\\n" : json ? "," : ", ";
    const char *colsep = latex ? " & " : json ? "," : ", ";
    ax_buf_puts(&b, latex ? "\\begin{pmatrix}\n" : "[");
    for (size_t i = 0; i < M->rows && !s; i++) {
        if (i)
            ax_buf_puts(&b, rowsep);
        ax_buf_puts(&b, latex ? "" : "[");
        for (size_t j = 0; j < M->cols && !s; j++) {
            if (j)
                ax_buf_puts(&b, colsep);
            s = ax_nfv_put(&b, M->K, &AX_NFE(M, i, j), fmt, NULL);
        }
        ax_buf_puts(&b, latex ? "" : "]");
    }
    ax_buf_puts(&b, latex ? "\n\\end{pmatrix}" : "]");
    return finish(&b, s, out);
}

/* ---- parsing --------------------------------------------------------------------------------- */

static bool ident_char(char c, bool first)
{
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return letter || (!first && ((c >= '0' && c <= '9') || c == '_'));
}

/* text with every identifier equal to name (and, for the default name, every α) replaced by x;
 * from[i] is the offset in text of byte i of the result. */
static axle_status rewrite(char **out, size_t **from, const char *text, const char *name,
                           bool alpha)
{
    size_t tlen = strlen(text), nlen = strlen(name), i = 0, o = 0;
    char *t = ax_malloc(tlen + 1);
    size_t *f = ax_calloc(tlen + 1, sizeof *f);
    if (!t || !f) {
        free(t);
        free(f);
        return ax_nomem();
    }
    while (i < tlen) {
        if (alpha && strncmp(text + i, AX_ALPHA_UTF8, 2) == 0) {
            f[o] = i;
            t[o++] = 'x';
            i += 2;
        } else if (ident_char(text[i], true)) {
            size_t j = i + 1;
            while (j < tlen && ident_char(text[j], false))
                j++;
            if (j - i == nlen && strncmp(text + i, name, nlen) == 0) {
                f[o] = i;
                t[o++] = 'x';
            } else {
                for (size_t k = i; k < j; k++) {
                    f[o] = k;
                    t[o++] = text[k];
                }
            }
            i = j;
        } else {
            f[o] = i;
            t[o++] = text[i++];
        }
    }
    f[o] = tlen;
    t[o] = '\0';
    *out = t;
    *from = f;
    return AXLE_OK;
}

axle_status axle_nfelem_parse(axle_nfelem **out, const axle_numfield *K, const char *text)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_numfield_check(K, "K")))
        return s;
    if (!text)
        return ax_error(AXLE_EINVAL, "the text to parse is NULL");
    const char *name = K->name[0] ? K->name : "a";
    char *t = NULL;
    size_t *from = NULL;
    if ((s = rewrite(&t, &from, text, name, !K->name[0])))
        return s;
    axle_poly *p;
    s = axle_poly_parse(&p, AXLE_QQ, t);
    size_t pos = s ? axle_error_position() : (size_t)-1;
    if (pos != (size_t)-1) {
        /* any failure with a place (EPARSE, and EDOMAIN / ERANGE of an entry such as a zero
         * denominator): map the offset back to the caller's text, keeping the status */
        size_t tl = strlen(t);
        pos = from[pos <= tl ? pos : tl];
        char msg[256];
        snprintf(msg, sizeof msg, "%s", axle_error_message());
        /* the parser's own " at offset N" counts in the rewritten text: drop it */
        char *at = strstr(msg, " at offset ");
        if (at) {
            char *end = at + strlen(" at offset ");
            while (*end >= '0' && *end <= '9')
                end++;
            memmove(at, end, strlen(end) + 1);
        }
        s = ax_error_at(
            s, pos, "%s (with the generator %s written as x; at offset %zu of the text as given)",
            msg, name, pos);
    }
    free(t);
    free(from);
    if (s)
        return s;
    s = axle_nfelem_from_poly(out, K, p);
    axle_poly_free(p);
    return s;
}
