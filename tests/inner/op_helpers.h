/* Helpers for the tests of operators on inner product spaces, least squares and singular values
 * (tests/inner/operators.c, svd.c, lstsq.c, factor.c), on top of helpers.h: matrices and maps
 * from text, comparisons that are exact over QQ and within a tolerance over RR, failures with a
 * message. Every helper aborts the test on failure. */
#ifndef AXLE_TEST_INNER_OP_HELPERS_H
#define AXLE_TEST_INNER_OP_HELPERS_H

#include "helpers.h"

static inline axle_matrix *oh_mat(axle_field F, const char *text)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_parse(&A, F, text));
    return A;
}

static inline axle_map *oh_map(const axle_space *V, const axle_space *W, const axle_matrix *M)
{
    axle_map *T = NULL;
    TS_OK(axle_map_from_matrix(&T, V, W, M));
    return T;
}

/* M(T) in the standard bases. */
static inline axle_matrix *oh_matrix_of(const axle_map *T)
{
    axle_matrix *M = NULL;
    TS_OK(axle_map_matrix(&M, T, NULL, 0, NULL, 0));
    return M;
}

/* A = B exactly over QQ, within 1e-9 n relative over RR. */
static inline void oh_assert_close(const axle_matrix *A, const axle_matrix *B, const char *what)
{
    size_t n = axle_matrix_rows(A) + axle_matrix_cols(A);
    cr_assert(ts_close(A, B, ts_tol(n)), "%s: matrices differ (max entries %g and %g)", what,
              ts_maxnorm(A), ts_maxnorm(B));
}

/* x = y exactly over QQ, |x - y| <= 1e-9 max(1, scale) over RR. */
static inline void oh_assert_scalar(const axle_scalar *x, const axle_scalar *y, double scale,
                                    const char *what)
{
    if (axle_scalar_field(x) == AXLE_QQ) {
        cr_assert(axle_scalar_equal(x, y), "%s: %g != %g", what, axle_scalar_to_double(x),
                  axle_scalar_to_double(y));
        return;
    }
    double a = axle_scalar_to_double(x), b = axle_scalar_to_double(y);
    cr_assert_leq(fabs(a - b), 1e-9 * fmax(1.0, scale), "%s: %.17g != %.17g", what, a, b);
}

/* The call failed with status `want`, and its message is not empty. */
#define OH_FAILS(expr, want)                                                                       \
    do {                                                                                           \
        IN_FAILS(expr, want, NULL);                                                                \
        cr_assert(strlen(axle_error_message()) > 0, "%s: no message", #expr);                      \
    } while (0)

#endif
