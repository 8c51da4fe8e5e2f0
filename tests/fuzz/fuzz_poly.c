/* Fuzz target: polynomials (axle_poly_parse) over QQ and RR. What parses prints in every format
 * and reads back equal from its text form; over QQ a nonzero polynomial is also factored and its
 * roots found, as `axle factor` and `axle roots` do (the work must be bounded by the input's
 * size: a slow unit is a finding). */
#include "fuzz.h"

static void solve(const axle_poly *p)
{
    if (axle_poly_is_zero(p))
        return;
    axle_poly_factors *f = NULL;
    axle_status s = axle_poly_factor(&f, p);
    FUZZ_CHECK(s == AXLE_OK || s == AXLE_ERANGE || s == AXLE_ENOMEM);
    axle_poly_factors_free(f);
    axle_roots *r = NULL;
    s = axle_poly_roots(&r, p);
    FUZZ_CHECK(s == AXLE_OK || s == AXLE_ERANGE || s == AXLE_ENOMEM);
    if (r) {
        char *t = NULL;
        FUZZ_CHECK(axle_roots_to_string(&t, r, AXLE_FORMAT_TEXT, 10) == AXLE_OK);
        axle_free(t);
    }
    axle_roots_free(r);
}

static void one(axle_field F, const char *text)
{
    axle_poly *p = NULL;
    axle_status s = axle_poly_parse(&p, F, text);
    if (s) {
        FUZZ_CHECK(p == NULL);
        fuzz_check_failure(s, text);
        return;
    }
    FUZZ_EVERY_FORMAT(axle_poly_to_string, p);
    char *t = NULL;
    FUZZ_CHECK(axle_poly_to_string(&t, p, AXLE_FORMAT_TEXT) == AXLE_OK);
    axle_poly *q = NULL;
    FUZZ_CHECK(axle_poly_parse(&q, F, t) == AXLE_OK);
    FUZZ_CHECK(axle_poly_equal(p, q));
    axle_poly_free(q);
    axle_free(t);
    if (F == AXLE_QQ)
        solve(p);
    axle_poly_free(p);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    one(AXLE_QQ, text);
    one(AXLE_RR, text);
    free(text);
    return 0;
}
