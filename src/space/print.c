/* Printing vectors in the notation of their space: tuples, polynomials, matrices, tuples of parts,
 * cosets and functionals, as plain text, Unicode, LaTeX or JSON. Numbers come from
 * axle_scalar_to_string. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "space/space_internal.h"

/* Append entry i of the column c in fmt. */
static axle_status put_entry(ax_buf *b, const axle_matrix *c, size_t i, axle_format fmt)
{
    axle_scalar *x;
    char *str;
    axle_status s = axle_matrix_get(&x, c, i, 0);
    if (s)
        return s;
    s = axle_scalar_to_string(&str, x, fmt);
    axle_scalar_free(x);
    if (s)
        return s;
    ax_buf_puts(b, str);
    axle_free(str);
    return AXLE_OK;
}

static void open_paren(ax_buf *b, axle_format fmt)
{
    ax_buf_puts(b, fmt == AXLE_FORMAT_JSON ? "[" : fmt == AXLE_FORMAT_LATEX ? "\\left(" : "(");
}

static void close_paren(ax_buf *b, axle_format fmt)
{
    ax_buf_puts(b, fmt == AXLE_FORMAT_JSON ? "]" : fmt == AXLE_FORMAT_LATEX ? "\\right)" : ")");
}

static axle_status put_tuple(ax_buf *b, const axle_matrix *c, axle_format fmt)
{
    axle_status s = AXLE_OK;
    open_paren(b, fmt);
    for (size_t i = 0; i < c->rows && !s; i++) {
        if (i)
            ax_buf_puts(b, fmt == AXLE_FORMAT_JSON ? "," : ", ");
        s = put_entry(b, c, i, fmt);
    }
    close_paren(b, fmt);
    return s;
}

/* The name of term i of a linear form: polynomial x^i, or coordinate function x_{i+1}. */
static void put_monomial(ax_buf *b, size_t i, bool poly, axle_format fmt)
{
    if (poly) {
        if (i == 0)
            return;
        ax_buf_puts(b, "x");
        if (i == 1)
            return;
        if (fmt == AXLE_FORMAT_UNICODE)
            ax_buf_script(b, i, true);
        else
            ax_buf_printf(b, fmt == AXLE_FORMAT_LATEX ? "^{%zu}" : "^%zu", i);
        return;
    }
    ax_buf_puts(b, "x");
    if (fmt == AXLE_FORMAT_UNICODE)
        ax_buf_script(b, i + 1, false);
    else
        ax_buf_printf(b, fmt == AXLE_FORMAT_LATEX ? "_{%zu}" : "_%zu", i + 1);
}

/* One term c * name with its sign; *first tells whether it starts the sum. */
static axle_status put_term(ax_buf *b, const axle_matrix *c, size_t i, bool poly, axle_format fmt,
                            bool *first)
{
    axle_scalar *x = NULL, *ax = NULL;
    char *str = NULL;
    axle_status s = axle_matrix_get(&x, c, i, 0);
    if (s)
        return s;
    int sign = axle_scalar_sign(x);
    if (sign == 0)
        goto done;
    const char *minus = fmt == AXLE_FORMAT_UNICODE ? "\u2212" : "-";
    if (*first)
        ax_buf_puts(b, sign < 0 ? minus : "");
    else
        ax_buf_printf(b, " %s ", sign < 0 ? minus : "+");
    *first = false;
    if ((s = sign < 0 ? axle_scalar_neg(&ax, x) : axle_scalar_copy(&ax, x)) ||
        (s = axle_scalar_to_string(&str, ax, fmt)))
        goto done;
    bool named = poly ? i > 0 : true;
    bool one = strcmp(str, "1") == 0;
    if (!named || !one) {
        bool wrap = named && fmt != AXLE_FORMAT_LATEX && strchr(str, '/');
        ax_buf_printf(b, wrap ? "(%s)" : "%s", str);
    }
    put_monomial(b, i, poly, fmt);
done:
    axle_free(str);
    axle_scalar_free(x);
    axle_scalar_free(ax);
    return s;
}

static axle_status put_linear_form(ax_buf *b, const axle_matrix *c, bool poly, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_JSON)
        return put_tuple(b, c, fmt);
    if (!poly)
        ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? "x \u21a6 "
                       : fmt == AXLE_FORMAT_LATEX ? "x \\mapsto "
                                                  : "x |-> ");
    bool first = true;
    axle_status s = AXLE_OK;
    for (size_t k = 0; k < c->rows && !s; k++)
        s = put_term(b, c, poly ? c->rows - 1 - k : k, poly, fmt, &first);
    if (first)
        ax_buf_puts(b, "0");
    return s;
}

static axle_status put_matrix(ax_buf *b, const axle_space *V, const axle_matrix *c, axle_format fmt)
{
    axle_matrix *M;
    char *str = NULL;
    mpq_t q;
    axle_status s = ax_matrix_alloc(&M, V->field, V->rows, V->cols);
    if (s)
        return s;
    mpq_init(q);
    for (size_t k = 0; k < V->dim && !s; k++)
        if (!(s = axle_matrix_get_mpq(q, c, k, 0)))
            s = axle_matrix_set_mpq(M, k / V->cols, k % V->cols, q);
    mpq_clear(q);
    if (!s && !(s = axle_matrix_to_string(&str, M, fmt)))
        ax_buf_puts(b, str);
    axle_free(str);
    axle_matrix_free(M);
    return s;
}

static axle_status put_parts(ax_buf *b, const axle_space *V, const axle_matrix *c, axle_format fmt)
{
    axle_status s = AXLE_OK;
    size_t at = 0;
    open_paren(b, fmt);
    for (size_t i = 0; i < V->nparts && !s; i++) {
        const axle_space *P = V->parts[i];
        axle_matrix *pc;
        axle_vector *pv;
        if (i)
            ax_buf_puts(b, fmt == AXLE_FORMAT_JSON ? "," : ", ");
        if ((s = ax_mat_rows(&pc, c, at, P->dim)) || (s = ax_vector_new(&pv, P, pc)))
            break;
        s = ax_vector_print_to(b, pv, fmt);
        axle_vector_unref(pv);
        at += P->dim;
    }
    close_paren(b, fmt);
    return s;
}

/* A vector derived from v (representative, embedding) printed in its own space. */
static axle_status put_derived(ax_buf *b, axle_status made, axle_vector *w, axle_format fmt)
{
    if (made)
        return made;
    axle_status s = ax_vector_print_to(b, w, fmt);
    axle_vector_unref(w);
    return s;
}

axle_status ax_vector_print_to(ax_buf *b, const axle_vector *v, axle_format fmt)
{
    const axle_space *V = v->space;
    axle_vector *w = NULL;
    axle_status s;
    switch (V->kind) {
    case AXLE_SPACE_FN:
        return put_tuple(b, v->c, fmt);
    case AXLE_SPACE_POLY:
        return put_linear_form(b, v->c, true, fmt);
    case AXLE_SPACE_DUAL:
        return put_linear_form(b, v->c, false, fmt);
    case AXLE_SPACE_MATRICES:
    case AXLE_SPACE_MAPS:
        return put_matrix(b, V, v->c, fmt);
    case AXLE_SPACE_PRODUCT:
        return put_parts(b, V, v->c, fmt);
    case AXLE_SPACE_QUOTIENT:
        s = axle_vector_representative(&w, v);
        if ((s = put_derived(b, s, w, fmt)) || fmt == AXLE_FORMAT_JSON)
            return s;
        ax_buf_puts(b, " + U");
        return AXLE_OK;
    case AXLE_SPACE_SUBSPACE:
        s = axle_vector_embed(&w, v);
        return put_derived(b, s, w, fmt);
    }
    return AXLE_OK;
}

axle_status axle_vector_to_string(char **out, const axle_vector *v, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    if (fmt < AXLE_FORMAT_TEXT || fmt > AXLE_FORMAT_JSON)
        return ax_error(AXLE_EINVAL, "invalid output format %d", (int)fmt);
    ax_buf b = {0};
    if ((s = ax_vector_print_to(&b, v, fmt))) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}
