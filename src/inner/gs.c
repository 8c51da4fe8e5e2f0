/* Gram–Schmidt and orthonormal bases (LADR 6B): the orthogonal list e'_j and its norms squared
 * r_j from the field's gram_schmidt kernel (QQ exact; RR Householder QR), the orthonormal e_j =
 * e'_j/√r_j through the normalize and unit_scale kernels (QQ keeps it as the exact pair), the
 * coefficients <v, e'_j>/r_j and the report. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "inner/inner_internal.h"

/* Gram–Schmidt on the columns of X (dim x k) for ip. */
static axle_status gs_of(axle_gs **out, const axle_inner *ip, const axle_matrix *X)
{
    if (ip->V->dim == 0 && axle_matrix_cols(X) > 0)
        return ax_error(AXLE_EDOMAIN,
                        "v_1 is the zero vector (the space has dimension 0): the list is linearly "
                        "dependent");
    axle_matrix *E = NULL, *r = NULL;
    axle_status s = ax_inner_orthogonal_basis(&E, &r, X, ax_inner_kernel_gram(ip));
    if (s)
        return s;
    return ax_gs_new(out, ip, E, r);
}

axle_status axle_inner_gram_schmidt(axle_gs **out, const axle_inner *ip,
                                    const axle_vector *const *v, size_t k)
{
    AX_OUT(out);
    const char *what = "Gram-Schmidt";
    axle_matrix *X = NULL;
    axle_status s = ax_inner_list_coords(&X, ip, v, k, what);
    if (s)
        return s;
    s = gs_of(out, ip, X);
    axle_matrix_free(X);
    return s;
}

axle_status axle_inner_orthonormal_basis(axle_gs **out, const axle_inner *ip)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_inner_check(ip, "an orthonormal basis")))
        return s;
    if (!ip->G && ip->V->dim > AXLE_INNER_MAX_DIM)
        return ax_inner_whole_space_error(ip, "an orthonormal basis of");
    axle_matrix *I = NULL;
    if ((s = axle_matrix_identity(&I, ip->V->field, ip->V->dim)))
        return s;
    if (ip->standard) {
        /* G = I: the standard basis is already orthonormal, Gram–Schmidt leaves it as it is
         * (e'_j = e_j, r_j = 1, on both fields: the kernel's answer without its O(n³) work, which
         * QQ refused above P_400 by its work estimate) */
        axle_matrix *r = NULL;
        axle_scalar *one = NULL;
        size_t n = ip->V->dim;
        if (!(s = axle_matrix_new(&r, ip->V->field, n, 1)) &&
            !(s = axle_scalar_from_int(&one, ip->V->field, 1)))
            for (size_t j = 0; !s && j < n; j++)
                s = axle_matrix_set(r, j, 0, one);
        axle_scalar_free(one);
        if (s) {
            axle_matrix_free(I);
            axle_matrix_free(r);
            return s;
        }
        return ax_gs_new(out, ip, I, r);
    }
    s = gs_of(out, ip, I);
    axle_matrix_free(I);
    return s;
}

axle_gs *axle_gs_ref(const axle_gs *L)
{
    axle_gs *p = (axle_gs *)L;
    if (p)
        atomic_fetch_add(&p->refs, 1);
    return p;
}

void axle_gs_unref(const axle_gs *L)
{
    axle_gs *p = (axle_gs *)L;
    if (!p || atomic_fetch_sub(&p->refs, 1) != 1)
        return;
    axle_inner_unref(p->ip);
    axle_matrix_free(p->E);
    axle_matrix_free(p->r);
    free(p);
}

size_t axle_gs_count(const axle_gs *L)
{
    return L ? axle_matrix_cols(L->E) : 0;
}

const axle_inner *axle_gs_inner(const axle_gs *L)
{
    return L ? L->ip : NULL;
}

/* AXLE_EINVAL for a NULL L, AXLE_ERANGE for j >= count. */
static axle_status check_index(const axle_gs *L, size_t j, const char *what)
{
    if (!L)
        return ax_error(AXLE_EINVAL, "%s: the Gram-Schmidt result L is NULL", what);
    size_t k = axle_matrix_cols(L->E);
    if (j >= k)
        return ax_error(AXLE_ERANGE, "%s: index %zu is out of range: the list has %zu %s", what, j,
                        k, ax_plural(k, "vector", "vectors"));
    return AXLE_OK;
}

/* e'_j as a dim x 1 matrix and r_j as a scalar (either may be NULL when not wanted). */
static axle_status column(axle_matrix **e, axle_scalar **r, const axle_gs *L, size_t j)
{
    axle_status s = AXLE_OK;
    if (e)
        s = ax_mat_cols(e, L->E, j, 1);
    if (!s && r && (s = axle_matrix_get(r, L->r, j, 0)) && e) {
        axle_matrix_free(*e);
        *e = NULL;
    }
    return s;
}

axle_status axle_gs_orthogonal(axle_vector **out, const axle_gs *L, size_t j)
{
    AX_OUT(out);
    axle_matrix *e = NULL;
    axle_status s;
    if ((s = check_index(L, j, "the orthogonal vector e'_j")) || (s = column(&e, NULL, L, j)))
        return s;
    return ax_vector_new(out, L->ip->V, e);
}

axle_status axle_gs_norm_squared(axle_scalar **out, const axle_gs *L, size_t j)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_index(L, j, "the norm squared r_j")))
        return s;
    return column(NULL, out, L, j);
}

axle_status axle_gs_orthonormal(axle_vector **out, const axle_gs *L, size_t j)
{
    AX_OUT(out);
    const char *what = "the orthonormal vector e_j";
    axle_status s;
    if ((s = check_index(L, j, what)))
        return s;
    axle_matrix *e = NULL, *u = NULL;
    axle_scalar *r = NULL;
    if ((s = column(&e, &r, L, j)))
        return s;
    s = ax_inner_kernels_of(L->ip->V->field)->normalize(&u, e, r);
    if (s == AXLE_EDOMAIN) {
        char *rs = NULL;
        if (!(s = axle_scalar_to_string(&rs, r, AXLE_FORMAT_TEXT)))
            s = ax_error(AXLE_EDOMAIN,
                         "e_%zu = e'_%zu/\u221a(%s) is not rational: use axle_gs_orthogonal and "
                         "axle_gs_norm_squared, or axle_gs_orthonormal_string",
                         j + 1, j + 1, rs);
        axle_free(rs);
    }
    axle_matrix_free(e);
    axle_scalar_free(r);
    if (s)
        return s;
    return ax_vector_new(out, L->ip->V, u);
}

/* Whether the printed vector w needs parentheses after a factor: a sum, or a leading sign. */
static bool needs_parens(const char *w)
{
    if (w[0] == '(' || w[0] == '[' || w[0] == '\\')
        return false;
    return w[0] == '-' || strncmp(w, AX_MINUS, strlen(AX_MINUS)) == 0 || strstr(w, " + ") ||
           strstr(w, " - ") || strstr(w, " " AX_MINUS " ");
}

/* s·w in fmt (not JSON) into b. */
static axle_status display(ax_buf *b, const axle_gs *L, size_t j, axle_format fmt)
{
    axle_matrix *e = NULL, *w = NULL;
    axle_scalar *r = NULL;
    char *sc = NULL, *ws = NULL;
    axle_vector *wv = NULL;
    axle_status s = column(&e, &r, L, j);
    if (!s)
        s = ax_inner_kernels_of(L->ip->V->field)->unit_scale(&w, &sc, e, r, fmt);
    if (!s) {
        s = ax_vector_new(&wv, L->ip->V, w);
        w = NULL;
    }
    if (!s)
        s = axle_vector_to_string(&ws, wv, fmt);
    if (!s) {
        if (!sc) {
            ax_buf_puts(b, ws);
        } else if (strcmp(ws, "1") == 0) {
            ax_buf_puts(b, sc);
        } else {
            bool par = needs_parens(ws);
            ax_buf_puts(b, sc);
            ax_buf_puts(b, fmt == AXLE_FORMAT_TEXT      ? "*"
                           : fmt == AXLE_FORMAT_UNICODE ? "\u00b7"
                                                        : " \\cdot ");
            ax_buf_printf(b, par ? "(%s)" : "%s", ws);
        }
    }
    axle_matrix_free(e);
    axle_matrix_free(w);
    axle_scalar_free(r);
    axle_vector_unref(wv);
    axle_free(sc);
    axle_free(ws);
    return s;
}

/* A JSON string of the Unicode display of e_j into b. */
static axle_status display_json(ax_buf *b, const axle_gs *L, size_t j)
{
    ax_buf t = {0};
    axle_status s = display(&t, L, j, AXLE_FORMAT_UNICODE);
    char *str = NULL;
    if (!s)
        s = ax_buf_finish(&t, &str);
    else
        ax_buf_drop(&t);
    if (s)
        return s;
    ax_buf_puts(b, "\"");
    for (const char *p = str; *p; p++) {
        /* a matrix's bracket picture spans lines: JSON strings hold no raw control characters */
        if (*p == '\n')
            ax_buf_puts(b, "\\n");
        else if ((unsigned char)*p < 0x20)
            ax_buf_printf(b, "\\u%04x", (unsigned)(unsigned char)*p);
        else if (*p == '"' || *p == '\\')
            ax_buf_printf(b, "\\%c", *p);
        else
            ax_buf_putn(b, p, 1);
    }
    ax_buf_puts(b, "\"");
    axle_free(str);
    return AXLE_OK;
}

axle_status axle_gs_orthonormal_string(char **out, const axle_gs *L, size_t j, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_index(L, j, "the orthonormal vector e_j")))
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "unknown output format %d", (int)fmt);
    ax_buf b = {0};
    s = fmt == AXLE_FORMAT_JSON ? display_json(&b, L, j) : display(&b, L, j, fmt);
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}

axle_status axle_gs_orthonormal_double(double *out, const axle_gs *L, size_t j)
{
    axle_status s;
    if ((s = ax_check_out(out)) || (s = check_index(L, j, "the orthonormal vector e_j")))
        return s;
    axle_scalar *r = NULL;
    if ((s = column(NULL, &r, L, j)))
        return s;
    size_t n = axle_matrix_rows(L->E);
    double *tmp = ax_calloc(n ? n : 1, sizeof *tmp);
    if (!tmp) {
        axle_scalar_free(r);
        return ax_nomem();
    }
    for (size_t i = 0; !s && i < n; i++) {
        axle_scalar *x = NULL;
        if (!(s = axle_matrix_get(&x, L->E, i, j))) {
            /* x/√r without forming √r: r and x may lie beyond the range of double */
            tmp[i] = ax_inner_ratio_sqrt(x, r);
            axle_scalar_free(x);
            if (!isfinite(tmp[i]))
                s = ax_error(AXLE_ERANGE,
                             "coordinate %zu of e_%zu is beyond the range of a double: use "
                             "axle_gs_orthonormal_string",
                             i, j + 1);
        }
    }
    axle_scalar_free(r);
    if (!s)
        memcpy(out, tmp, n * sizeof *tmp);
    free(tmp);
    return s;
}

axle_status axle_gs_coefficients(axle_matrix **out, const axle_gs *L, const axle_vector *v)
{
    AX_OUT(out);
    const char *what = "the coefficients along the orthogonal list";
    if (!L)
        return ax_error(AXLE_EINVAL, "%s: the Gram-Schmidt result L is NULL", what);
    axle_matrix *x = NULL, *c = NULL;
    axle_status s = ax_inner_vector_coords(&x, L->ip, v, "v", what);
    if (!s)
        s = ax_inner_form(&c, L->ip, L->E, x);
    for (size_t j = 0; !s && j < axle_matrix_cols(L->E); j++) {
        axle_scalar *cj = NULL, *rj = NULL, *q = NULL;
        if (!(s = axle_matrix_get(&cj, c, j, 0)) && !(s = axle_matrix_get(&rj, L->r, j, 0)) &&
            !(s = axle_scalar_div(&q, cj, rj)))
            s = axle_matrix_set(c, j, 0, q);
        axle_scalar_free(cj);
        axle_scalar_free(rj);
        axle_scalar_free(q);
    }
    axle_matrix_free(x);
    if (s) {
        axle_matrix_free(c);
        return s;
    }
    *out = c;
    return AXLE_OK;
}

/* Append e'_j (vector) or r_j (scalar) in fmt. */
static axle_status put_orthogonal(ax_buf *b, const axle_gs *L, size_t j, axle_format fmt)
{
    axle_vector *e = NULL;
    char *str = NULL;
    axle_status s = axle_gs_orthogonal(&e, L, j);
    if (!s && !(s = axle_vector_to_string(&str, e, fmt)))
        ax_buf_puts(b, str);
    axle_vector_unref(e);
    axle_free(str);
    return s;
}

/* r_j in fmt; in JSON a string on both fields (the report's "norms_squared":["…",…]). */
static axle_status put_norm(ax_buf *b, const axle_gs *L, size_t j, axle_format fmt)
{
    axle_scalar *r = NULL;
    char *str = NULL;
    axle_status s = axle_gs_norm_squared(&r, L, j);
    if (!s && fmt == AXLE_FORMAT_JSON)
        ax_buf_put_scalar_string(b, r);
    else if (!s && !(s = axle_scalar_to_string(&str, r, fmt)))
        ax_buf_puts(b, str);
    axle_scalar_free(r);
    axle_free(str);
    return s;
}

/* e_j's coordinates as a JSON array of display strings: coordinate c of e'_j gives c/√r_j =
 * ±√(c²/r_j), printed as the kernel prints a square root in Unicode ("−√10/4", "3√10/4", "0";
 * RR the number). */
static axle_status put_unit_coords(ax_buf *b, const axle_gs *L, size_t j)
{
    axle_matrix *e = NULL;
    axle_scalar *r = NULL;
    axle_status s = column(&e, &r, L, j);
    const ax_inner_kernels *K = ax_inner_kernels_of(L->ip->V->field);
    ax_buf_puts(b, "[");
    for (size_t i = 0; !s && i < axle_matrix_rows(e); i++) {
        axle_scalar *c = NULL, *c2 = NULL, *q = NULL;
        char *t = NULL;
        if (!(s = axle_matrix_get(&c, e, i, 0)) && !(s = axle_scalar_mul(&c2, c, c)) &&
            !(s = axle_scalar_div(&q, c2, r)) &&
            !(s = K->sqrt_string(&t, q, AXLE_FORMAT_UNICODE))) {
            ax_buf_puts(b, i ? ",\"" : "\"");
            if (axle_scalar_sign(c) < 0)
                ax_buf_puts(b, AX_MINUS);
            ax_buf_puts(b, t);
            ax_buf_puts(b, "\"");
        }
        axle_scalar_free(c);
        axle_scalar_free(c2);
        axle_scalar_free(q);
        axle_free(t);
    }
    ax_buf_puts(b, "]");
    axle_matrix_free(e);
    axle_scalar_free(r);
    return s;
}

static axle_status report_json(ax_buf *b, const axle_gs *L)
{
    size_t k = axle_matrix_cols(L->E);
    axle_status s = AXLE_OK;
    ax_buf_printf(b, "{\"field\":\"%s\",\"orthogonal\":[", axle_field_name(L->ip->V->field));
    for (size_t j = 0; !s && j < k; j++) {
        ax_buf_puts(b, j ? "," : "");
        s = put_orthogonal(b, L, j, AXLE_FORMAT_JSON);
    }
    ax_buf_puts(b, "],\"norms_squared\":[");
    for (size_t j = 0; !s && j < k; j++) {
        ax_buf_puts(b, j ? "," : "");
        s = put_norm(b, L, j, AXLE_FORMAT_JSON);
    }
    ax_buf_puts(b, "],\"orthonormal\":[");
    for (size_t j = 0; !s && j < k; j++) {
        ax_buf_puts(b, j ? "," : "");
        s = put_unit_coords(b, L, j);
    }
    ax_buf_puts(b, "],\"orthonormal_display\":[");
    for (size_t j = 0; !s && j < k; j++) {
        ax_buf_puts(b, j ? "," : "");
        s = display_json(b, L, j);
    }
    ax_buf_puts(b, "]}");
    return s;
}

/* "e'_1 = 1    ‖e'_1‖² = 2    e_1 = √2/2", one line per vector. */
static axle_status report_lines(ax_buf *b, const axle_gs *L, axle_format fmt)
{
    size_t k = axle_matrix_cols(L->E);
    bool tex = fmt == AXLE_FORMAT_LATEX, text = fmt == AXLE_FORMAT_TEXT;
    const char *gap = tex ? " \\quad " : "    ";
    axle_status s = AXLE_OK;
    for (size_t j = 0; !s && j < k; j++) {
        if (j)
            ax_buf_puts(b, tex ? " \\\\\n" : "\n");
        ax_buf_printf(b, tex ? "e'_{%zu} = " : "e'_%zu = ", j + 1);
        if ((s = put_orthogonal(b, L, j, fmt)))
            break;
        ax_buf_puts(b, gap);
        ax_buf_printf(b,
                      text  ? "||e'_%zu||^2 = "
                      : tex ? "\\|e'_{%zu}\\|^2 = "
                            : "\u2016e'_%zu\u2016\u00b2 = ",
                      j + 1);
        if ((s = put_norm(b, L, j, fmt)))
            break;
        ax_buf_puts(b, gap);
        ax_buf_printf(b, tex ? "e_{%zu} = " : "e_%zu = ", j + 1);
        s = display(b, L, j, fmt);
    }
    return s;
}

axle_status axle_gs_to_string(char **out, const axle_gs *L, axle_format fmt)
{
    AX_OUT(out);
    if (!L)
        return ax_error(AXLE_EINVAL, "the Gram-Schmidt result L is NULL");
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "unknown output format %d", (int)fmt);
    ax_buf b = {0};
    axle_status s = fmt == AXLE_FORMAT_JSON ? report_json(&b, L) : report_lines(&b, L, fmt);
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}
