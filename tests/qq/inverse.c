/* QQ inverses: A A^-1 = A^-1 A = I on random matrices of every kind, singular matrices. */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"

static void assert_inverse(const axle_matrix *A)
{
    size_t n = axle_matrix_rows(A);
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    axle_matrix *I = qh_identity(n), *AX = qh_mul(A, X), *XA = qh_mul(X, A);
    cr_assert(axle_matrix_equal(AX, I), "A A^-1 != I (n = %zu)", n);
    cr_assert(axle_matrix_equal(XA, I), "A^-1 A != I (n = %zu)", n);
    axle_matrix_free(X);
    axle_matrix_free(I);
    axle_matrix_free(AX);
    axle_matrix_free(XA);
}

Test(qq_inverse, known)
{
    long a[] = {2, 1, 1, 1};
    axle_matrix *A = ts_ints(AXLE_QQ, 2, 2, a), *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    long w[] = {1, -1, -1, 2};
    axle_matrix *W = ts_ints(AXLE_QQ, 2, 2, w);
    cr_assert(axle_matrix_equal(X, W));
    long b[] = {4};
    axle_matrix *B = ts_ints(AXLE_QQ, 1, 1, b), *Y = NULL;
    TS_OK(axle_matrix_inverse(&Y, B));
    cr_assert(qh_entry_is(Y, 0, 0, 1, 4));
    axle_matrix_free(A);
    axle_matrix_free(X);
    axle_matrix_free(W);
    axle_matrix_free(B);
    axle_matrix_free(Y);
}

Test(qq_inverse, random_kinds)
{
    ts_rng r = ts_rng_new("qq_inverse.random_kinds");
    for (size_t n = 1; n <= 12; n++) {
        axle_matrix *A = ts_random_int(&r, AXLE_QQ, n, n, -10, 10);
        axle_matrix *F = ts_random_frac(&r, AXLE_QQ, n, n);
        axle_matrix *H = qh_random_huge(&r, n, n, 50);
        axle_matrix *U = qh_random_invertible(&r, n);
        size_t rank = 0;
        TS_OK(axle_matrix_rank(&rank, A));
        if (rank == n)
            assert_inverse(A);
        TS_OK(axle_matrix_rank(&rank, F));
        if (rank == n)
            assert_inverse(F);
        assert_inverse(H);
        assert_inverse(U);
        axle_matrix_free(A);
        axle_matrix_free(F);
        axle_matrix_free(H);
        axle_matrix_free(U);
    }
}

Test(qq_inverse, larger)
{
    ts_rng r = ts_rng_new("qq_inverse.larger");
    axle_matrix *A = ts_random_int(&r, AXLE_QQ, 40, 40, -10, 10);
    assert_inverse(A);
    axle_matrix *U = qh_random_invertible(&r, 30);
    assert_inverse(U);
    axle_matrix_free(A);
    axle_matrix_free(U);
}

Test(qq_inverse, singular)
{
    ts_rng r = ts_rng_new("qq_inverse.singular");
    long a[] = {1, 2, 3, 2, 4, 6, 1, 0, 1};
    axle_matrix *A = ts_ints(AXLE_QQ, 3, 3, a), *X = (axle_matrix *)1;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR);
    cr_assert_null(X);
    cr_assert(strstr(axle_error_message(), "matrix is singular: rank 2 < 3") != NULL, "message: %s",
              axle_error_message());
    axle_matrix *Z = qh_zero(1, 1);
    cr_assert_eq(axle_matrix_inverse(&X, Z), AXLE_ESINGULAR);
    for (size_t n = 2; n <= 20; n += 6) {
        axle_matrix *S = ts_random_rank(&r, AXLE_QQ, n, n, n - 1);
        cr_assert_eq(axle_matrix_inverse(&X, S), AXLE_ESINGULAR);
        cr_assert_null(X);
        axle_matrix_free(S);
    }
    axle_matrix_free(A);
    axle_matrix_free(Z);
}

Test(qq_inverse, not_square)
{
    axle_matrix *A = qh_zero(2, 3), *X = NULL;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_EDIM);
    cr_assert_null(X);
    axle_matrix_free(A);
}
