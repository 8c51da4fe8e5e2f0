/* QQ linear systems, what only QQ promises: free variables set to 0, the messages of an
 * inconsistent system, huge entries; every answer checked by substitution. The properties shared
 * with RR (known solutions, random consistent and inconsistent systems) are in tests/kernels. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"

/* Check A X = B and, if N is given, A N = 0 with the right number of columns. */
static void assert_solves(const axle_matrix *A, const axle_matrix *X, const axle_matrix *B,
                          const axle_matrix *N, size_t rank)
{
    cr_assert_eq(axle_matrix_rows(X), axle_matrix_cols(A));
    cr_assert_eq(axle_matrix_cols(X), axle_matrix_cols(B));
    axle_matrix *AX = ts_mul(A, X);
    cr_assert(axle_matrix_equal(AX, B), "A X != B");
    axle_matrix_free(AX);
    if (N) {
        cr_assert_eq(axle_matrix_rows(N), axle_matrix_cols(A));
        cr_assert_eq(axle_matrix_cols(N), axle_matrix_cols(A) - rank);
        axle_matrix *AN = ts_mul(A, N),
                    *Z = ts_zero(AXLE_QQ, axle_matrix_rows(A), axle_matrix_cols(N));
        cr_assert(axle_matrix_equal(AN, Z), "A N != 0");
        axle_matrix_free(AN);
        axle_matrix_free(Z);
    }
}

/* x + 2y + z = 4, 2x + 4y + 3z = 9: free y set to 0 gives x = 3, z = 1. */
Test(qq_solve, known_underdetermined)
{
    long a[] = {1, 2, 1, 2, 4, 3}, b[] = {4, 9};
    axle_matrix *A = ts_ints(AXLE_QQ, 2, 3, a), *B = ts_ints(AXLE_QQ, 2, 1, b);
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    long xw[] = {3, 0, 1}, nw[] = {-2, 1, 0};
    axle_matrix *XW = ts_ints(AXLE_QQ, 3, 1, xw), *NW = ts_ints(AXLE_QQ, 3, 1, nw);
    cr_assert(axle_matrix_equal(X, XW));
    cr_assert(axle_matrix_equal(N, NW));
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(N);
    axle_matrix_free(XW);
    axle_matrix_free(NW);
}

Test(qq_solve, inconsistent)
{
    /* x + y = 1, 2x + 2y = 3, x - y = 0: the second equation contradicts the first. */
    long a[] = {1, 1, 2, 2, 1, -1}, b[] = {1, 3, 0};
    axle_matrix *A = ts_ints(AXLE_QQ, 3, 2, a), *B = ts_ints(AXLE_QQ, 3, 1, b);
    axle_matrix *X = (axle_matrix *)1, *N = (axle_matrix *)1;
    cr_assert_eq(axle_matrix_solve(&X, &N, A, B), AXLE_ENOSOLUTION);
    cr_assert_null(X);
    cr_assert_null(N);
    cr_assert_eq(axle_error_status(), AXLE_ENOSOLUTION);
    cr_assert(strstr(axle_error_message(), "inconsistent") != NULL, "message: %s",
              axle_error_message());
    cr_assert(strstr(axle_error_message(), "row 3 of the reduced system reads 0 = 1") != NULL,
              "message: %s", axle_error_message());
    /* several right-hand sides, only the second one inconsistent */
    long b2[] = {2, 1, 4, 3, 0, 0};
    axle_matrix *B2 = ts_ints(AXLE_QQ, 3, 2, b2);
    cr_assert_eq(axle_matrix_solve(&X, NULL, A, B2), AXLE_ENOSOLUTION);
    cr_assert_null(X);
    cr_assert(strstr(axle_error_message(), "right-hand side column 2") != NULL, "message: %s",
              axle_error_message());
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(B2);
}

/* Free variables are set to 0 in the particular solution. */
Test(qq_solve, free_variables_zero)
{
    ts_rng r = ts_rng_new("qq_solve.free_variables_zero");
    axle_matrix *A = ts_random_rank(&r, AXLE_QQ, 6, 9, 4);
    axle_matrix *X0 = ts_random_int(&r, AXLE_QQ, 9, 1, -5, 5);
    axle_matrix *B = ts_mul(A, X0), *X = NULL, *R = NULL;
    size_t piv[6], rank = 0;
    TS_OK(axle_matrix_rref(&R, piv, &rank, A));
    TS_OK(axle_matrix_solve(&X, NULL, A, B));
    assert_solves(A, X, B, NULL, rank);
    for (size_t j = 0, t = 0; j < 9; j++) {
        if (t < rank && piv[t] == j) {
            t++;
            continue;
        }
        cr_assert(qh_entry_is(X, j, 0, 0, 1), "free variable %zu is not 0", j);
    }
    axle_matrix_free(A);
    axle_matrix_free(X0);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(R);
}

Test(qq_solve, huge_and_larger)
{
    ts_rng r = ts_rng_new("qq_solve.huge_and_larger");
    axle_matrix *H = qh_random_huge(&r, 8, 8, 50), *Bh = qh_random_huge(&r, 8, 2, 50);
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, H, Bh));
    assert_solves(H, X, Bh, N, 8);
    axle_matrix_free(X);
    axle_matrix_free(N);
    axle_matrix *A = ts_random_int(&r, AXLE_QQ, 60, 60, -10, 10);
    axle_matrix *B = ts_random_int(&r, AXLE_QQ, 60, 1, -10, 10);
    TS_OK(axle_matrix_solve(&X, NULL, A, B));
    assert_solves(A, X, B, NULL, 60);
    axle_matrix_free(X);
    axle_matrix_free(H);
    axle_matrix_free(Bh);
    axle_matrix_free(A);
    axle_matrix_free(B);
}
