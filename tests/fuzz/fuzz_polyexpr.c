/* Fuzz target: the command line's POLY grammar (src/cli/polyexpr.c: axle_poly_parse's sums of
 * terms, then products, powers and parentheses), linked from the axle program's objects. A POLY
 * that reads is factored and its roots found, as `axle factor` and `axle roots` do: the work must
 * be bounded by the input's size (a slow unit is a finding). Inputs naming a file ("@...") or
 * standard input ("-") are skipped. Run with -close_fd_mask=2: the reader prints its messages. */
#include "cli.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    if (text[0] == '@' || strcmp(text, "-") == 0) {
        free(text);
        return 0;
    }
    axle_poly *p = NULL;
    int rc = cli_read_poly(&p, text);
    FUZZ_CHECK(rc == CLI_OK ? p != NULL : rc == CLI_USAGE && p == NULL);
    if (p && !axle_poly_is_zero(p)) {
        FUZZ_EVERY_FORMAT(axle_poly_to_string, p);
        axle_poly_factors *f = NULL;
        axle_status s = axle_poly_factor(&f, p);
        FUZZ_CHECK(s == AXLE_OK || s == AXLE_ERANGE || s == AXLE_ENOMEM);
        axle_poly_factors_free(f);
        axle_roots *r = NULL;
        s = axle_poly_roots(&r, p);
        FUZZ_CHECK(s == AXLE_OK || s == AXLE_ERANGE || s == AXLE_ENOMEM);
        axle_roots_free(r);
    }
    axle_poly_free(p);
    free(text);
    return 0;
}
