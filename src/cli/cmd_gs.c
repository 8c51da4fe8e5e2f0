/* axle gs [--space Pm] [--interval A,B | --gram MATRIX] V0 V1 ...: Gram–Schmidt (Axler 6.32) on a
 * linearly independent list, with the report of axle_gs_to_string (the orthogonal list, its norms
 * squared, the orthonormal list); and the inner product options gs and proj share. */
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* --interval A,B: the two numbers over F; CLI_USAGE after a message. */
static int read_interval(axle_scalar **a, axle_scalar **b, const cli_options *o)
{
    *a = *b = NULL;
    const char *text = o->interval;
    const char *comma = strchr(text, ',');
    if (!comma || strchr(comma + 1, ','))
        return cli_usage("--interval needs two numbers A,B separated by a comma (such as -1,1), "
                         "not '%s'",
                         text);
    size_t len = (size_t)(comma - text);
    char *left = malloc(len + 1);
    if (!left) {
        fputs("axle: out of memory\n", stderr);
        return CLI_FAILED;
    }
    memcpy(left, text, len);
    left[len] = '\0';
    const char *part[2] = {left, comma + 1};
    const char *name[2] = {"--interval A", "--interval B"};
    axle_scalar **out[2] = {a, b};
    int rc = CLI_OK;
    for (size_t i = 0; i < 2 && !rc; i++) {
        axle_status s = axle_scalar_parse(out[i], o->field, part[i]);
        if (s == AXLE_EPARSE && axle_error_position() != (size_t)-1)
            cli_show_parse_error(part[i], strlen(part[i]), axle_error_position(), name[i]);
        else if (s)
            cli_show_error(name[i], s);
        if (s)
            rc = CLI_USAGE;
    }
    free(left);
    if (rc) {
        axle_scalar_free(*a);
        *a = NULL;
    }
    return rc;
}

int cli_read_inner(axle_inner **ip, const cli_options *o, const axle_space *V)
{
    *ip = NULL;
    axle_status s;
    if (o->interval) {
        axle_scalar *a, *b;
        int rc = read_interval(&a, &b, o);
        if (rc)
            return rc;
        s = axle_inner_integral(ip, V, a, b);
        axle_scalar_free(a);
        axle_scalar_free(b);
    } else if (o->gram) {
        axle_matrix *G = NULL;
        int rc = cli_read_matrix(&G, o->field, o->gram, "--gram", false);
        if (rc)
            return rc;
        s = axle_inner_gram(ip, V, G);
        axle_matrix_free(G);
    } else {
        s = axle_inner_dot(ip, V);
    }
    return s ? cli_failure(o->cmd_name, s) : CLI_OK;
}

int cli_gs(const cli_options *o)
{
    cli_vectors l;
    const char *const *lists[] = {o->args};
    size_t counts[] = {o->nargs};
    int rc = cli_read_vectors(&l, o, lists, counts, 1);
    if (rc)
        return rc;
    axle_inner *ip = NULL;
    rc = cli_read_inner(&ip, o, l.space);
    if (rc) {
        cli_vectors_free(&l);
        return rc;
    }
    axle_gs *L = NULL;
    char *report = NULL;
    axle_status s = axle_inner_gram_schmidt(&L, ip, (const axle_vector *const *)l.v, l.count);
    if (!s)
        s = axle_gs_to_string(&report, L, o->format);
    axle_gs_unref(L);
    axle_inner_unref(ip);
    cli_vectors_free(&l);
    return cli_emit_report(o, s, report);
}

int cli_emit_report(const cli_options *o, axle_status s, char *report)
{
    if (s) {
        axle_free(report);
        return cli_failure(o->cmd_name, s);
    }
    cli_buf b = {0};
    cli_puts(&b, report);
    axle_free(report);
    return cli_emit(&b, o->cmd_name);
}
