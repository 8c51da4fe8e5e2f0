/* Fuzz target: number-field text. Elements (axle_nfelem_parse) of Q(a) with a^2 = 2, of Q(phi)
 * with phi^2 = phi + 1 (a named generator) and of a cubic field; what parses prints in every
 * format and reads back equal from its text form. The text is also tried as a defining
 * polynomial (axle_numfield_parse: parse, then an irreducibility test by factoring). */
#include "fuzz.h"

enum { NFIELDS = 3 };
static axle_numfield *fields[NFIELDS];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    FUZZ_CHECK(axle_numfield_parse(&fields[0], "x^2 - 2", NULL) == AXLE_OK);
    FUZZ_CHECK(axle_numfield_parse(&fields[1], "x^2 - x - 1", "phi") == AXLE_OK);
    FUZZ_CHECK(axle_numfield_parse(&fields[2], "2x^3 - 3x + 7/2", NULL) == AXLE_OK);
    return 0;
}

static void element(const axle_numfield *K, const char *text)
{
    axle_nfelem *x = NULL;
    axle_status s = axle_nfelem_parse(&x, K, text);
    if (s) {
        FUZZ_CHECK(x == NULL);
        fuzz_check_failure(s, text);
        return;
    }
    FUZZ_EVERY_FORMAT(axle_nfelem_to_string, x);
    char *t = NULL;
    FUZZ_CHECK(axle_nfelem_to_string(&t, x, AXLE_FORMAT_TEXT) == AXLE_OK);
    axle_nfelem *y = NULL;
    FUZZ_CHECK(axle_nfelem_parse(&y, K, t) == AXLE_OK);
    FUZZ_CHECK(axle_nfelem_equal(x, y));
    axle_nfelem_free(y);
    axle_free(t);
    axle_nfelem_free(x);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    for (int i = 0; i < NFIELDS; i++)
        element(fields[i], text);
    axle_numfield *K = NULL;
    axle_status s = axle_numfield_parse(&K, text, NULL);
    if (s) {
        FUZZ_CHECK(K == NULL);
        fuzz_check_failure(s, text);
    }
    axle_numfield_unref(K);
    free(text);
    return 0;
}
