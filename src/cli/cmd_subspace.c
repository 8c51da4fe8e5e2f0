/* axle subspace sum|intersect U1_VECTORS... --and U2_VECTORS...: for U1 = span(U1_VECTORS) and
 * U2 = span(U2_VECTORS), the dimensions of U1, U2, U1 + U2 and U1 ∩ U2 (so that
 * dim(U1 + U2) = dim U1 + dim U2 - dim(U1 ∩ U2), Axler 2.43, can be checked) and a basis of the
 * sum or the intersection (QQ: the canonical basis; RR: orthonormal). */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* "U1 + U2" / "U1 ∩ U2" in the format. */
static void put_result_name(cli_buf *b, bool sum, axle_format fmt)
{
    static const char *const cap[] = {" intersect ", " \u2229 ", " \\cap ", ""};
    cli_put_name(b, "U", 1, fmt);
    cli_puts(b, sum ? " + " : cap[fmt]);
    cli_put_name(b, "U", 2, fmt);
}

static void put_dims(cli_buf *b, const size_t dims[4], axle_format fmt)
{
    const char *dim = fmt == AXLE_FORMAT_LATEX ? "\\dim" : "dim";
    cli_printf(b, "%s ", dim);
    cli_put_name(b, "U", 1, fmt);
    cli_printf(b, " = %zu, %s ", dims[0], dim);
    cli_put_name(b, "U", 2, fmt);
    cli_printf(b, " = %zu, %s(", dims[1], dim);
    put_result_name(b, true, fmt);
    cli_printf(b, ") = %zu, %s(", dims[2], dim);
    put_result_name(b, false, fmt);
    cli_printf(b, ") = %zu", dims[3]);
}

static axle_status put_basis(cli_buf *b, const axle_space *U, axle_format fmt)
{
    size_t k = axle_space_dim(U);
    bool json = fmt == AXLE_FORMAT_JSON;
    cli_puts(b, json ? "[" : "");
    for (size_t j = 0; j < k; j++) {
        axle_vector *v = NULL;
        axle_status s = axle_space_basis_vector(&v, U, j);
        if (s)
            return s;
        cli_puts(b, j == 0 ? "" : json ? "," : ", ");
        cli_put_vector(b, v, fmt);
        axle_vector_unref(v);
    }
    if (json)
        cli_puts(b, "]");
    else if (k == 0)
        cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "()" : "() (the subspace is {0})");
    return AXLE_OK;
}

static axle_status answer(cli_buf *b, const cli_options *o, bool sum, const cli_vectors *l1,
                          const cli_vectors *l2)
{
    axle_space *U[4] = {NULL, NULL, NULL, NULL}; /* U1, U2, U1 + U2, U1 ∩ U2 */
    axle_status s = axle_space_span(&U[0], l1->space, (const axle_vector *const *)l1->v, l1->count);
    if (!s)
        s = axle_space_span(&U[1], l2->space, (const axle_vector *const *)l2->v, l2->count);
    if (!s)
        s = axle_space_sum(&U[2], U[0], U[1]);
    if (!s)
        s = axle_space_intersect(&U[3], U[0], U[1]);
    if (s)
        goto done;
    size_t dims[4];
    for (size_t i = 0; i < 4; i++)
        dims[i] = axle_space_dim(U[i]);
    const axle_space *R = U[sum ? 2 : 3];
    axle_format fmt = o->format;
    if (fmt == AXLE_FORMAT_JSON) {
        cli_printf(b,
                   "{\"field\":\"%s\",\"operation\":\"%s\",\"dims\":{\"U1\":%zu,\"U2\":%zu,"
                   "\"sum\":%zu,\"intersection\":%zu},\"dimension\":%zu,\"basis\":",
                   axle_field_name(o->field), sum ? "sum" : "intersect", dims[0], dims[1], dims[2],
                   dims[3], dims[sum ? 2 : 3]);
        s = put_basis(b, R, fmt);
        cli_puts(b, "}");
        goto done;
    }
    put_dims(b, dims, fmt);
    cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "\n\\text{basis of } " : "\nbasis of ");
    put_result_name(b, sum, fmt);
    cli_puts(b, fmt == AXLE_FORMAT_LATEX ? "\\text{: } " : ": ");
    s = put_basis(b, R, fmt);
done:
    for (size_t i = 0; i < 4; i++)
        axle_space_unref(U[i]);
    return s;
}

int cli_subspace(const cli_options *o)
{
    if (o->nargs == 0)
        return cli_usage("%s", "subspace needs sum or intersect, then two lists of vectors "
                               "separated by --and");
    const char *op = o->args[0];
    bool sum = strcmp(op, "sum") == 0;
    if (!sum && strcmp(op, "intersect") != 0)
        return cli_usage("unknown subspace operation '%s' (use sum or intersect)", op);
    size_t and_at = 0, ands = 0;
    for (size_t i = 1; i < o->nargs; i++)
        if (strcmp(o->args[i], "--and") == 0) {
            and_at = i;
            ands++;
        }
    if (ands != 1)
        return cli_usage(ands ? "subspace takes two lists: %s separates them only once"
                              : "missing %s between the two lists of vectors",
                         "--and");
    const char *const *lists[] = {o->args + 1, o->args + and_at + 1};
    size_t counts[] = {and_at - 1, o->nargs - and_at - 1};
    for (size_t i = 0; i < 2; i++)
        if (counts[i] == 0)
            return cli_usage("subspace %s: no vectors %s --and: U%zu needs at least one vector "
                             "(write the zero vector, such as (0, 0), for the subspace {0})",
                             op, i ? "after" : "before", i + 1);
    cli_vectors l[2];
    int rc = cli_read_vectors(l, o, lists, counts, 2);
    if (rc)
        return rc;
    cli_buf b = {0};
    axle_status s = answer(&b, o, sum, &l[0], &l[1]);
    cli_vectors_free(&l[0]);
    cli_vectors_free(&l[1]);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
