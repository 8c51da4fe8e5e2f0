/* axle span [--space Pm] V0 V1 ...: linear independence, the linear dependence lemma's witness
 * (Axler 2.19), a basis of the span taken from the list (2.30) and its dimension. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char *minus_sign(axle_format fmt)
{
    return fmt == AXLE_FORMAT_UNICODE ? "\u2212" : "-";
}

/* c_0 v_0 + ... + c_{k-1} v_{k-1} for the k x 1 matrix c, zero terms left out, unit
 * coefficients not written ("v0 - 1/2 v1"); "0" when every c_i is zero. */
static void put_combination(cli_buf *b, const axle_matrix *c, axle_format fmt)
{
    bool any = false;
    for (size_t i = 0; i < axle_matrix_rows(c); i++) {
        axle_scalar *x = NULL, *ax = NULL;
        if (axle_matrix_get(&x, c, i, 0)) {
            b->failed = true;
            return;
        }
        int sign = axle_scalar_sign(x);
        if (sign == 0) {
            axle_scalar_free(x);
            continue;
        }
        if (sign < 0 ? axle_scalar_neg(&ax, x) : axle_scalar_copy(&ax, x)) {
            axle_scalar_free(x);
            b->failed = true;
            return;
        }
        if (!any)
            cli_puts(b, sign < 0 ? minus_sign(fmt) : "");
        else
            cli_printf(b, " %s ", sign < 0 ? minus_sign(fmt) : "+");
        char *s = NULL;
        if (axle_scalar_to_string(&s, ax, fmt)) {
            b->failed = true;
        } else if (strcmp(s, "1") != 0) {
            cli_puts(b, s);
            cli_puts(b, " ");
        }
        axle_free(s);
        cli_put_name(b, "v", i, fmt);
        axle_scalar_free(x);
        axle_scalar_free(ax);
        any = true;
    }
    if (!any)
        cli_puts(b, "0");
}

/* v[kept[0]], v[kept[1]], ... separated by ", " (JSON: a JSON array). */
static void put_vectors(cli_buf *b, axle_vector *const *v, const size_t *kept, size_t count,
                        axle_format fmt)
{
    bool json = fmt == AXLE_FORMAT_JSON;
    if (json)
        cli_puts(b, "[");
    for (size_t i = 0; i < count; i++) {
        if (i)
            cli_puts(b, json ? "," : ", ");
        cli_put_vector(b, v[kept[i]], fmt);
    }
    if (json)
        cli_puts(b, "]");
    else if (count == 0)
        cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "()" : "() (the span is {0})");
}

static void put_answer(cli_buf *b, const cli_options *o, const cli_vectors *l, size_t index,
                       const axle_matrix *coeffs, const size_t *kept, size_t count)
{
    bool independent = index == l->count;
    axle_format fmt = o->format;
    if (fmt == AXLE_FORMAT_JSON) {
        cli_printf(b, "{\"field\":\"%s\",\"independent\":%s,\"dimension\":%zu,\"basis\":",
                   axle_field_name(o->field), independent ? "true" : "false", count);
        put_vectors(b, l->v, kept, count, fmt);
        if (independent) {
            cli_puts(b, ",\"witness\":null}");
        } else {
            cli_printf(b, ",\"witness\":{\"index\":%zu,\"coefficients\":", index);
            cli_put_column(b, coeffs, 0, fmt);
            cli_puts(b, "}}");
        }
        return;
    }
    bool latex = fmt == AXLE_FORMAT_LATEX;
    if (independent) {
        cli_puts(b, latex ? "\\text{linearly independent}" : "linearly independent");
    } else {
        cli_puts(b, latex ? "\\text{linearly dependent: } " : "linearly dependent: ");
        cli_put_name(b, "v", index, fmt);
        cli_puts(b, " = ");
        put_combination(b, coeffs, fmt);
    }
    cli_printf(b, latex ? "\n\\dim = %zu\n\\text{basis: } " : "\ndimension %zu\nbasis: ", count);
    put_vectors(b, l->v, kept, count, fmt);
}

int cli_span(const cli_options *o)
{
    cli_vectors l;
    const char *const *lists[] = {o->args};
    size_t counts[] = {o->nargs};
    int rc = cli_read_vectors(&l, o, lists, counts, 1);
    if (rc)
        return rc;
    size_t index = 0, count = 0;
    axle_matrix *coeffs = NULL;
    size_t *kept = malloc((l.count + 1) * sizeof *kept);
    axle_status s = kept ? AXLE_OK : AXLE_ENOMEM;
    const axle_vector *const *v = (const axle_vector *const *)l.v;
    if (!s)
        s = axle_list_dependence(&index, &coeffs, l.space, v, l.count);
    if (!s)
        s = axle_list_reduce_to_basis(kept, &count, l.space, v, l.count);
    cli_buf b = {0};
    if (!s)
        put_answer(&b, o, &l, index, coeffs, kept, count);
    axle_matrix_free(coeffs);
    free(kept);
    cli_vectors_free(&l);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
