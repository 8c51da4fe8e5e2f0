/* Fuzz target: the command line's lists of vectors (src/cli/vectors.c, as `axle span` and
 * `axle subspace` read them) and its MATRIX / RHS reader (src/cli/input.c), linked from the axle
 * program's objects. The input is the argument list with '|' between arguments ("(1, 2)|(3, 4)"
 * or "x + 1|x^2"); an argument "--and" starts the next list; a first argument "--space P3" is the
 * option. Arguments naming a file ("@...") or standard input ("-") are skipped. Every list that
 * reads has a dimension and prints. Run with -close_fd_mask=2: the readers print their messages. */
#include "cli.h"
#include "fuzz.h"

enum { MAX_ARGS = 64 };

static void lists(const cli_options *o, const char *const *args, size_t nargs)
{
    const char *const *starts[MAX_ARGS + 1];
    size_t counts[MAX_ARGS + 1], nlists = 1;
    starts[0] = args;
    counts[0] = 0;
    for (size_t i = 0; i < nargs; i++) {
        if (strcmp(args[i], "--and") == 0) {
            starts[nlists] = args + i + 1;
            counts[nlists++] = 0;
        } else {
            counts[nlists - 1]++;
        }
    }
    cli_vectors out[MAX_ARGS + 1];
    int rc = cli_read_vectors(out, o, starts, counts, nlists);
    FUZZ_CHECK(rc == CLI_OK || rc == CLI_USAGE);
    if (rc)
        return;
    for (size_t i = 0; i < nlists; i++) {
        FUZZ_CHECK(out[i].count == counts[i]);
        size_t dim = 0;
        axle_status s =
            axle_list_dim(&dim, out[i].space, (const axle_vector *const *)out[i].v, out[i].count);
        FUZZ_CHECK(s == AXLE_OK && dim <= out[i].count);
        for (size_t j = 0; j < out[i].count; j++)
            FUZZ_EVERY_FORMAT(axle_vector_to_string, out[i].v[j]);
        cli_vectors_free(&out[i]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = fuzz_text(data, size);
    const char *args[MAX_ARGS];
    size_t nargs = 0;
    cli_options o = {.cmd_name = "span", .format = AXLE_FORMAT_TEXT};
    for (char *a = text, *bar; a && nargs < MAX_ARGS; a = bar ? bar + 1 : NULL) {
        if ((bar = strchr(a, '|')))
            *bar = '\0';
        if (a[0] == '@' || strcmp(a, "-") == 0)
            goto out;
        if (nargs == 0 && !o.space && strncmp(a, "--space ", 8) == 0)
            o.space = a + 8;
        else
            args[nargs++] = a;
    }
    for (int f = 0; f < 2; f++) {
        o.field = f ? AXLE_RR : AXLE_QQ;
        lists(&o, args, nargs);
        if (nargs == 1) {
            axle_matrix *A = NULL;
            int rc = cli_read_matrix(&A, o.field, args[0], "MATRIX", true);
            FUZZ_CHECK(rc == CLI_OK ? A != NULL : rc == CLI_USAGE && A == NULL);
            axle_matrix_free(A);
        }
    }
out:
    free(text);
    return 0;
}
