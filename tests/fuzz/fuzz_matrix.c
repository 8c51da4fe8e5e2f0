/* Fuzz target: matrices (axle_matrix_parse) over QQ and RR. What parses prints in every format,
 * reads back equal from its text form, and, when square and at most 16 x 16, has a determinant
 * and a rank (the work on a parsed input must be bounded: a slow unit is a finding). */
#include "fuzz.h"

#define MAX_DET 16

static void one(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    axle_status s = axle_matrix_parse(&A, F, text);
    if (s) {
        FUZZ_CHECK(A == NULL);
        fuzz_check_failure(s, text);
        return;
    }
    FUZZ_EVERY_FORMAT(axle_matrix_to_string, A);
    char *t = NULL;
    FUZZ_CHECK(axle_matrix_to_string(&t, A, AXLE_FORMAT_TEXT) == AXLE_OK);
    axle_matrix *B = NULL;
    FUZZ_CHECK(axle_matrix_parse(&B, F, t) == AXLE_OK);
    if (axle_matrix_rows(A) == 0 || axle_matrix_cols(A) == 0)
        FUZZ_CHECK(axle_matrix_rows(B) == axle_matrix_rows(A) || axle_matrix_rows(B) == 0);
    else
        FUZZ_CHECK(axle_matrix_equal(A, B));
    axle_matrix_free(B);
    axle_free(t);

    size_t n = axle_matrix_rows(A);
    if (n == axle_matrix_cols(A) && n <= MAX_DET) {
        axle_scalar *d = NULL;
        s = axle_matrix_det(&d, A);
        FUZZ_CHECK(s == AXLE_OK || s == AXLE_ERANGE || s == AXLE_ENOMEM);
        axle_scalar_free(d);
        size_t r = 0;
        s = axle_matrix_rank(&r, A);
        FUZZ_CHECK(s == AXLE_OK || s == AXLE_ERANGE || s == AXLE_ENOMEM);
        FUZZ_CHECK(r <= n);
    }
    axle_matrix_free(A);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    one(AXLE_QQ, text);
    one(AXLE_RR, text);
    free(text);
    return 0;
}
