/* Fuzz target: vectors (axle_vector_parse_tuple, and axle_vector_parse in one space of each
 * kind: F^n, P_m, F^{m,n}, a product, a dual, a quotient, a subspace) over QQ and RR. What parses
 * prints in every format and reads back equal from its text form. */
#include "fuzz.h"

enum { NSPACES = 7 };
static axle_space *spaces[2][NSPACES];

static void must(axle_status s)
{
    FUZZ_CHECK(s == AXLE_OK);
}

static void make_spaces(int f, axle_field F)
{
    axle_space **S = spaces[f];
    must(axle_space_fn(&S[0], F, 3));
    must(axle_space_poly(&S[1], F, 4));
    must(axle_space_matrices(&S[2], F, 2, 2));
    axle_space *fn2 = NULL, *p1 = NULL;
    must(axle_space_fn(&fn2, F, 2));
    must(axle_space_poly(&p1, F, 1));
    const axle_space *parts[] = {fn2, p1};
    must(axle_space_product(&S[3], parts, 2));
    axle_space_unref(fn2);
    axle_space_unref(p1);
    must(axle_space_dual(&S[4], S[0]));
    axle_vector *u[2] = {NULL, NULL};
    must(axle_vector_parse(&u[0], S[0], "(1, 1, 0)"));
    must(axle_vector_parse(&u[1], S[0], "(0, 1, 1)"));
    axle_space *U = NULL;
    must(axle_space_span(&U, S[0], (const axle_vector *const *)u, 1));
    must(axle_space_quotient(&S[5], U));
    axle_space_unref(U);
    must(axle_space_span(&S[6], S[0], (const axle_vector *const *)u, 2));
    axle_vector_unref(u[0]);
    axle_vector_unref(u[1]);
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    make_spaces(0, AXLE_QQ);
    make_spaces(1, AXLE_RR);
    return 0;
}

/* v printed as text reads back in its space as an equal vector (not for functionals: they print
 * as "x |-> 2x_1 - x_3" but read as the tuple of their coordinates). */
static void round_trip(const axle_vector *v)
{
    FUZZ_EVERY_FORMAT(axle_vector_to_string, v);
    if (axle_space_kind_of(axle_vector_space(v)) == AXLE_SPACE_DUAL)
        return;
    char *t = NULL;
    must(axle_vector_to_string(&t, v, AXLE_FORMAT_TEXT));
    axle_vector *w = NULL;
    must(axle_vector_parse(&w, axle_vector_space(v), t));
    bool eq = false;
    must(axle_vector_equal(&eq, v, w));
    FUZZ_CHECK(eq);
    axle_vector_unref(w);
    axle_free(t);
}

static void one(axle_field F, const axle_space *V, const char *text)
{
    axle_vector *v = NULL;
    axle_status s = V ? axle_vector_parse(&v, V, text) : axle_vector_parse_tuple(&v, F, text);
    if (s) {
        FUZZ_CHECK(v == NULL);
        fuzz_check_failure(s, text);
        return;
    }
    round_trip(v);
    axle_vector_unref(v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    for (int f = 0; f < 2; f++) {
        axle_field F = f ? AXLE_RR : AXLE_QQ;
        one(F, NULL, text);
        for (int i = 0; i < NSPACES; i++)
            one(F, spaces[f][i], text);
    }
    free(text);
    return 0;
}
