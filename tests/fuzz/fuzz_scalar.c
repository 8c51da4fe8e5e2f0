/* Fuzz target: numbers (axle_scalar_parse) over QQ and RR; what parses prints and reads back to
 * the same value. */
#include "fuzz.h"

static void one(axle_field F, const char *text)
{
    axle_scalar *x = NULL;
    axle_status s = axle_scalar_parse(&x, F, text);
    if (s) {
        FUZZ_CHECK(x == NULL);
        fuzz_check_failure(s, text);
        return;
    }
    FUZZ_EVERY_FORMAT(axle_scalar_to_string, x);
    char *t = NULL;
    FUZZ_CHECK(axle_scalar_to_string(&t, x, AXLE_FORMAT_TEXT) == AXLE_OK);
    axle_scalar *y = NULL;
    FUZZ_CHECK(axle_scalar_parse(&y, F, t) == AXLE_OK);
    char *u = NULL;
    FUZZ_CHECK(axle_scalar_to_string(&u, y, AXLE_FORMAT_TEXT) == AXLE_OK);
    FUZZ_CHECK(strcmp(t, u) == 0);
    if (F == AXLE_RR)
        FUZZ_CHECK(axle_scalar_to_double(x) == axle_scalar_to_double(y));
    axle_free(u);
    axle_free(t);
    axle_scalar_free(y);
    axle_scalar_free(x);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    one(AXLE_QQ, text);
    one(AXLE_RR, text);
    free(text);
    return 0;
}
