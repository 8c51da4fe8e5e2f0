/* axle proj [--space Pm] [--interval A,B | --gram MATRIX] U0 U1 ... --of V: the orthogonal
 * projection P_U v of v onto U = span(U0, U1, ...) (Axler 6.55), the closest vector of U to v
 * (6.61), and the distance from v to U: squared exactly, and as ‖v − P_U v‖ (over QQ a simplified
 * square root). JSON {"field":"QQ","projection":[…],"distance_squared":"…"}. */
#include <stdlib.h>

#include "cli.h"

/* The labels of the three lines: text, Unicode, LaTeX. */
static const char *const projection_label[] = {"projection: ", "P_U(v) = ", "P_U(v) = "};
static const char *const squared_label[] = {
    "distance squared: ", "\u2016v \u2212 P_U(v)\u2016\u00b2 = ", "\\|v - P_U(v)\\|^2 = "};
static const char *const distance_label[] = {
    "distance: ", "\u2016v \u2212 P_U(v)\u2016 = ", "\\|v - P_U(v)\\| = "};

static axle_status answer(cli_buf *b, const cli_options *o, const axle_inner *ip,
                          const cli_vectors *u, const axle_vector *v)
{
    axle_space *U = NULL;
    axle_vector *p = NULL, *r = NULL;
    axle_scalar *d2 = NULL;
    char *d = NULL;
    axle_status s = axle_space_span(&U, u->space, (const axle_vector *const *)u->v, u->count);
    if (!s)
        s = axle_inner_project(&p, ip, U, v);
    if (!s)
        s = axle_inner_distance_squared(&d2, ip, U, v);
    if (s)
        goto done;
    axle_format fmt = o->format;
    if (fmt == AXLE_FORMAT_JSON) {
        cli_printf(b, "{\"field\":\"%s\",\"projection\":", axle_field_name(o->field));
        cli_put_vector(b, p, fmt);
        cli_puts(b, ",\"distance_squared\":");
        cli_put_json_string(b, d2);
        cli_puts(b, "}");
        goto done;
    }
    /* ‖v − P_U v‖ = 0 exactly when its square is: over RR the square at the noise floor is
     * returned as 0, and the norm of the noise itself would print as 6.7e-16 under it */
    s = axle_scalar_is_zero(d2) ? axle_vector_zero(&r, axle_vector_space(v))
                                : axle_vector_sub(&r, v, p);
    if (!s)
        s = axle_inner_norm_string(&d, ip, r, fmt);
    if (s)
        goto done;
    cli_puts(b, projection_label[fmt]);
    cli_put_vector(b, p, fmt);
    const char *newline = fmt == AXLE_FORMAT_LATEX ? " \\\\\n" : "\n";
    cli_printf(b, "%s%s", newline, squared_label[fmt]);
    cli_put_scalar(b, d2, fmt);
    cli_printf(b, "%s%s%s", newline, distance_label[fmt], d);
done:
    axle_free(d);
    axle_scalar_free(d2);
    axle_vector_unref(r);
    axle_vector_unref(p);
    axle_space_unref(U);
    return s;
}

int cli_proj(const cli_options *o)
{
    if (!o->of)
        return cli_usage("%s", "proj needs --of V, the vector to project");
    if (o->nargs == 0)
        return cli_usage("%s", "proj needs the vectors U0 U1 ... that span U, then --of V");
    cli_vectors l[2];
    const char *const *lists[] = {o->args, &o->of};
    size_t counts[] = {o->nargs, 1};
    int rc = cli_read_vectors(l, o, lists, counts, 2);
    if (rc)
        return rc;
    if (l[1].count != 1) {
        rc = cli_usage("--of takes one vector, '%s' holds %zu", o->of, l[1].count);
        goto done;
    }
    axle_inner *ip = NULL;
    rc = cli_read_inner(&ip, o, l[0].space);
    if (rc)
        goto done;
    cli_buf b = {0};
    axle_status s = answer(&b, o, ip, &l[0], l[1].v[0]);
    axle_inner_unref(ip);
    if (s) {
        free(b.s);
        rc = cli_failure(o->cmd_name, s);
    } else {
        rc = cli_emit(&b, o->cmd_name);
    }
done:
    cli_vectors_free(&l[0]);
    cli_vectors_free(&l[1]);
    return rc;
}
