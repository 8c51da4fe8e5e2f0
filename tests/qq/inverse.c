/* QQ inverses of the kinds only QQ holds: A A^-1 = A^-1 A = I exactly with huge entries and
 * fraction-scaled rows. The properties shared with RR are in tests/kernels. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"

static void assert_inverse(const axle_matrix *A)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    axle_matrix *I = ts_identity(AXLE_QQ, n), *AX = ts_mul(A, X), *XA = ts_mul(X, A);
    cr_assert(axle_matrix_equal(AX, I), "A A^-1 != I (n = %zu)", n);
    cr_assert(axle_matrix_equal(XA, I), "A^-1 A != I (n = %zu)", n);
    axle_matrix_free(X);
    axle_matrix_free(I);
    axle_matrix_free(AX);
    axle_matrix_free(XA);
}

/* 50-digit entries, and unit triangular products with rows scaled by fractions, up to 30 x 30
 * (integer, fraction and well-conditioned kinds, in both fields, are in tests/kernels). */
Test(qq_inverse, huge_and_scaled_kinds)
{
    ts_rng r = ts_rng_new("qq_inverse.random_kinds");
    for (size_t n = 1; n <= 12; n++) {
        axle_matrix *H = qh_random_huge(&r, n, n, 50);
        axle_matrix *U = qh_random_invertible(&r, n);
        assert_inverse(H);
        assert_inverse(U);
        axle_matrix_free(H);
        axle_matrix_free(U);
    }
    axle_matrix *U = qh_random_invertible(&r, 30);
    assert_inverse(U);
    axle_matrix_free(U);
}

/* Singular matrices on both sides of the size below which the rank is read off the RREF of
 * [A | I] (no separate rank first): AXLE_ESINGULAR naming the exact rank, no output. */
Test(qq_inverse, singular_reports_the_exact_rank)
{
    ts_rng r = ts_rng_new("qq_inverse.singular");
    const size_t sizes[] = {1, 2, 5, 12, 31, 32, 33, 40};
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        for (size_t rank = 0; rank<n; rank += n> 8 ? n / 3 : 1) {
            axle_matrix *A = ts_random_rank(&r, AXLE_QQ, n, n, rank), *X = NULL;
            cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR, "n = %zu, rank %zu", n, rank);
            cr_assert_null(X);
            char want[64];
            snprintf(want, sizeof want, "rank %zu < %zu", rank, n);
            cr_assert(strstr(axle_error_message(), want), "%s (want %s)", axle_error_message(),
                      want);
            axle_matrix_free(A);
        }
    }
}
