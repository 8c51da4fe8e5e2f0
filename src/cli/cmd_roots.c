/* axle roots [--digits N] POLY: every complex root of a polynomial over Q as an exact algebraic
 * number (axle_poly_roots: minimal polynomial and a certified isolating interval or disc), in the
 * canonical order (real roots ascending, then conjugate pairs), with multiplicities. */
#include <stdlib.h>
#include <string.h>

#include <axle/algebraic.h>

#include "cli.h"

/* The default and largest --digits (significant digits of approximate values). */
#define DEFAULT_DIGITS 10
#define MAX_DIGITS 10000

static bool parse_digits(const char *v, unsigned *out)
{
    unsigned long d = 0;
    if (*v < '0' || *v > '9')
        return false;
    for (; *v >= '0' && *v <= '9'; v++)
        if ((d = d * 10 + (unsigned long)(*v - '0')) > MAX_DIGITS)
            return false;
    *out = (unsigned)d;
    return *v == '\0' && d >= 1;
}

int cli_roots(const cli_options *o)
{
    unsigned digits = DEFAULT_DIGITS;
    if (o->digits && !parse_digits(o->digits, &digits))
        return cli_usage("--digits needs a whole number from 1 to %d, not '%s'", MAX_DIGITS,
                         o->digits);
    axle_poly *p = NULL;
    int rc = cli_read_nonzero_qq_poly(
        &p, o, "roots", "x^2 - x - 1",
        "exact roots need --field qq (they are found exactly over the rationals)",
        "every number is a root of the zero polynomial");
    if (rc)
        return rc;
    axle_roots *r = NULL;
    char *text = NULL;
    axle_status s = axle_poly_roots(&r, p);
    if (!s)
        s = axle_roots_to_string(&text, r, o->format, digits);
    cli_buf b = {0};
    if (!s && o->format != AXLE_FORMAT_JSON && axle_roots_count(r) == 0)
        cli_puts(&b, o->format == AXLE_FORMAT_LATEX ? "\\text{no roots (a nonzero constant)}"
                                                    : "no roots (a nonzero constant)");
    else if (!s) {
        size_t n = strlen(text); /* one root per line: the last newline is cli_emit's */
        while (n > 0 && text[n - 1] == '\n')
            text[--n] = '\0';
        cli_puts(&b, text);
    }
    axle_free(text);
    axle_roots_free(r);
    axle_poly_free(p);
    if (s) {
        free(b.s);
        return cli_failure(o->cmd_name, s);
    }
    return cli_emit(&b, o->cmd_name);
}
