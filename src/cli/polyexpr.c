/* Reading POLY arguments: the library's polynomial grammar (axle_poly_parse: sums, products,
 * powers, parentheses and division by numbers, "(x^2 + 1)^3", "2x(x - 1)(x + 1/2)", "x^3/6"),
 * with its size limits; the command line adds no grammar of its own. */
#include <stdlib.h>

#include "cli.h"

int cli_read_poly(axle_poly **p, const char *arg)
{
    *p = NULL;
    size_t len;
    char *text = cli_load_text(arg, "POLY", &len);
    if (!text)
        return CLI_USAGE;
    axle_status s = axle_poly_parse(p, AXLE_QQ, text);
    if (s && axle_error_position() != (size_t)-1)
        cli_show_parse_error(text, len, axle_error_position(), "POLY");
    else if (s)
        cli_show_error("POLY", s);
    free(text);
    return s ? CLI_USAGE : CLI_OK;
}

int cli_read_nonzero_qq_poly(axle_poly **p, const cli_options *o, const char *cmd,
                             const char *example, const char *why_qq, const char *zero)
{
    *p = NULL;
    if (o->nargs == 0)
        return cli_usage("%s needs POLY", cmd);
    if (o->nargs > 1)
        return cli_usage("%s takes one POLY (quote it: axle %s '%s')", cmd, cmd, example);
    if (o->field != AXLE_QQ) {
        fprintf(stderr, "axle: %s: %s\n", cmd, why_qq);
        return CLI_FAILED;
    }
    int rc = cli_read_poly(p, o->args[0]);
    if (rc)
        return rc;
    if (axle_poly_is_zero(*p)) {
        axle_poly_free(*p);
        *p = NULL;
        fprintf(stderr, "axle: %s: %s\n", cmd, zero);
        return CLI_FAILED;
    }
    return 0;
}
