/* QQ products against the naive mpq triple loop, on integers, fractions and huge entries. */
#include <criterion/criterion.h>

#include "helpers.h"

Test(qq_mul, known)
{
    long a[] = {1, 2, 3, 4, 5, 6}, b[] = {1, 0, -1, 1, 2, 2};
    axle_matrix *A = ts_ints(AXLE_QQ, 2, 3, a), *B = ts_ints(AXLE_QQ, 3, 2, b);
    axle_matrix *C = qh_mul(A, B);
    long w[] = {5, 8, 11, 17};
    axle_matrix *W = ts_ints(AXLE_QQ, 2, 2, w);
    cr_assert(axle_matrix_equal(C, W));
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(C);
    axle_matrix_free(W);
}

Test(qq_mul, random_against_naive)
{
    ts_rng r = ts_rng_new("qq_mul.random_against_naive");
    for (int rep = 0; rep < 30; rep++) {
        size_t m = (size_t)ts_range(&r, 1, 9), k = (size_t)ts_range(&r, 1, 9);
        size_t n = (size_t)ts_range(&r, 1, 9);
        axle_matrix *A = rep % 3 == 0   ? ts_random_int(&r, AXLE_QQ, m, k, -10, 10)
                         : rep % 3 == 1 ? ts_random_frac(&r, AXLE_QQ, m, k)
                                        : qh_random_huge(&r, m, k, 50);
        axle_matrix *B = rep % 2 ? ts_random_frac(&r, AXLE_QQ, k, n) : qh_random_huge(&r, k, n, 30);
        axle_matrix *C = qh_mul(A, B), *W = qh_naive_mul(A, B);
        cr_assert(axle_matrix_equal(C, W), "A B differs from the naive product (%zux%zux%zu)", m, k,
                  n);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(C);
        axle_matrix_free(W);
    }
}

/* (A B) C = A (B C) on fractions, and the identity is neutral. */
Test(qq_mul, associative_and_identity)
{
    ts_rng r = ts_rng_new("qq_mul.associative_and_identity");
    axle_matrix *A = ts_random_frac(&r, AXLE_QQ, 7, 5), *B = ts_random_frac(&r, AXLE_QQ, 5, 6);
    axle_matrix *C = ts_random_frac(&r, AXLE_QQ, 6, 4), *I = qh_identity(5);
    axle_matrix *AB = qh_mul(A, B), *BC = qh_mul(B, C);
    axle_matrix *L = qh_mul(AB, C), *R = qh_mul(A, BC), *AI = qh_mul(A, I);
    cr_assert(axle_matrix_equal(L, R));
    cr_assert(axle_matrix_equal(AI, A));
    axle_matrix *list[] = {A, B, C, I, AB, BC, L, R, AI};
    for (size_t k = 0; k < sizeof list / sizeof list[0]; k++)
        axle_matrix_free(list[k]);
}
