/* RR kernels on small matrices with known answers: mul, det, inverse, rank, null, rref, solve.
 * Every result is also checked by substitution. */
#include <criterion/criterion.h>
#include <math.h>

#include "helpers.h"

#define TOL 1e-12

Test(rr_kernels, mul_known)
{
    axle_matrix *A = rr_doubles(2, 3, (double[]){1, 2, 3, 4, 5, 6});
    axle_matrix *B = rr_doubles(3, 2, (double[]){7, 8, 9, 10, 11, 12});
    axle_matrix *want = rr_doubles(2, 2, (double[]){58, 64, 139, 154});
    axle_matrix *C = rr_mul(A, B);
    /* small integers: every product and partial sum is exact in any BLAS kernel */
    cr_assert(axle_matrix_equal(C, want));
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(want);
    axle_matrix_free(C);
}

Test(rr_kernels, det_known_values_and_sign)
{
    axle_matrix *A = rr_doubles(2, 2, (double[]){1, 2, 3, 4});
    cr_assert_float_eq(rr_det(A), -2.0, TOL);
    /* A row swap is needed by partial pivoting: the permutation sign must be right. */
    axle_matrix *P = rr_doubles(3, 3, (double[]){0, 1, 0, 0, 0, 1, 1, 0, 0});
    cr_assert_eq(rr_det(P), 1.0);
    axle_matrix *Q = rr_doubles(3, 3, (double[]){0, 1, 0, 1, 0, 0, 0, 0, 1});
    cr_assert_eq(rr_det(Q), -1.0);
    axle_matrix *D = rr_doubles(3, 3, (double[]){2, 7, -1, 0, 3, 5, 0, 0, -0.5});
    cr_assert_float_eq(rr_det(D), -3.0, TOL);
    axle_matrix *one = rr_doubles(1, 1, (double[]){-4.25});
    cr_assert_eq(rr_det(one), -4.25);
    axle_matrix_free(A);
    axle_matrix_free(P);
    axle_matrix_free(Q);
    axle_matrix_free(D);
    axle_matrix_free(one);
}

Test(rr_kernels, det_of_singular_is_zero_without_error)
{
    axle_matrix *Z = rr_doubles(2, 2, (double[]){0, 0, 0, 0});
    axle_matrix *S = rr_doubles(3, 3, (double[]){1, 2, 3, 2, 4, 6, 1, 0, 1});
    cr_assert_eq(rr_det(Z), 0.0);
    cr_assert_float_eq(rr_det(S), 0.0, 1e-14);
    axle_matrix_free(Z);
    axle_matrix_free(S);
}

Test(rr_kernels, det_tiny_and_huge_products_do_not_overflow_early)
{
    /* diag(1e200, 1e200, 1e-200, 1e-200): the running product would overflow naively. */
    axle_matrix *D = NULL;
    TS_OK(axle_matrix_new(&D, AXLE_RR, 4, 4));
    double v[] = {1e200, 1e200, 1e-200, 1e-200};
    for (size_t i = 0; i < 4; i++)
        TS_OK(axle_matrix_set_double(D, i, i, v[i]));
    cr_assert_float_eq(rr_det(D), 1.0, 1e-12);
    axle_matrix_free(D);
}

Test(rr_kernels, inverse_known)
{
    axle_matrix *A = rr_doubles(2, 2, (double[]){4, 7, 2, 6});
    axle_matrix *want = rr_doubles(2, 2, (double[]){0.6, -0.7, -0.2, 0.4});
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    cr_assert(ts_close(X, want, TOL));
    axle_matrix *I = rr_eye(2);
    cr_assert_lt(rr_defect(A, X, I), TOL);
    axle_matrix_free(A);
    axle_matrix_free(want);
    axle_matrix_free(X);
    axle_matrix_free(I);
}

Test(rr_kernels, rank_known)
{
    size_t r = 99;
    axle_matrix *A = rr_doubles(3, 3, (double[]){1, 2, 3, 4, 5, 6, 7, 8, 9});
    TS_OK(axle_matrix_rank(&r, A));
    cr_assert_eq(r, 2);
    axle_matrix *Z = rr_doubles(2, 3, (double[]){0, 0, 0, 0, 0, 0});
    TS_OK(axle_matrix_rank(&r, Z));
    cr_assert_eq(r, 0);
    axle_matrix *W = rr_doubles(2, 4, (double[]){1, 0, 2, 0, 0, 1, 0, 3});
    TS_OK(axle_matrix_rank(&r, W));
    cr_assert_eq(r, 2);
    axle_matrix *T = rr_doubles(4, 1, (double[]){0, 1e-300, 0, 0});
    TS_OK(axle_matrix_rank(&r, T));
    cr_assert_eq(r, 1, "a tiny but nonzero column has rank 1 (the tolerance is relative)");
    axle_matrix_free(A);
    axle_matrix_free(Z);
    axle_matrix_free(W);
    axle_matrix_free(T);
}

/* N is orthonormal, cols(A) x k, and A N = 0. */
static void check_null(const axle_matrix *A, const axle_matrix *N, size_t k)
{
    cr_assert_eq(axle_matrix_rows(N), axle_matrix_cols(A));
    cr_assert_eq(axle_matrix_cols(N), k);
    axle_matrix *Z = NULL;
    TS_OK(axle_matrix_new(&Z, AXLE_RR, axle_matrix_rows(A), k));
    cr_assert_lt(rr_defect(A, N, Z), TOL);
    axle_matrix *Nt = rr_transpose(N);
    axle_matrix *I = rr_eye(k);
    cr_assert_lt(rr_defect(Nt, N, I), TOL);
    axle_matrix_free(Z);
    axle_matrix_free(Nt);
    axle_matrix_free(I);
}

Test(rr_kernels, null_known)
{
    axle_matrix *A = rr_doubles(2, 3, (double[]){1, 1, 0, 0, 0, 1});
    axle_matrix *N = NULL;
    TS_OK(axle_matrix_null(&N, A));
    check_null(A, N, 1);
    /* The null space is spanned by (-1, 1, 0)/sqrt(2); the largest entry is made positive, so
     * the tie breaks towards the first entry of largest magnitude. */
    cr_assert_float_eq(fabs(rr_get(N, 0, 0)), sqrt(0.5), TOL);
    cr_assert_float_eq(rr_get(N, 0, 0) + rr_get(N, 1, 0), 0.0, TOL);
    cr_assert_float_eq(rr_get(N, 2, 0), 0.0, TOL);
    axle_matrix *F = rr_doubles(2, 2, (double[]){2, 1, 1, 3});
    axle_matrix *N0 = NULL;
    TS_OK(axle_matrix_null(&N0, F));
    check_null(F, N0, 0);
    axle_matrix *Z = rr_doubles(2, 3, (double[]){0, 0, 0, 0, 0, 0});
    axle_matrix *N3 = NULL;
    TS_OK(axle_matrix_null(&N3, Z));
    check_null(Z, N3, 3);
    axle_matrix_free(A);
    axle_matrix_free(N);
    axle_matrix_free(F);
    axle_matrix_free(N0);
    axle_matrix_free(Z);
    axle_matrix_free(N3);
}

Test(rr_kernels, rref_known)
{
    axle_matrix *A = rr_doubles(3, 4, (double[]){1, 2, 1, 4, 2, 4, 0, 6, 3, 6, 1, 10});
    axle_matrix *want = rr_doubles(3, 4, (double[]){1, 2, 0, 3, 0, 0, 1, 1, 0, 0, 0, 0});
    axle_matrix *R = NULL;
    size_t piv[3] = {9, 9, 9}, rank = 9;
    TS_OK(axle_matrix_rref(&R, piv, &rank, A));
    cr_assert_eq(rank, 2);
    cr_assert_eq(piv[0], 0);
    cr_assert_eq(piv[1], 2);
    cr_assert(ts_close(R, want, TOL));
    /* Pivot columns are exact unit vectors, zeros below the echelon are exact. */
    cr_assert_eq(rr_get(R, 0, 0), 1.0);
    cr_assert_eq(rr_get(R, 1, 2), 1.0);
    cr_assert_eq(rr_get(R, 0, 2), 0.0);
    cr_assert_eq(rr_get(R, 2, 3), 0.0);
    cr_assert_eq(rr_get(R, 1, 1), 0.0);
    axle_matrix_free(A);
    axle_matrix_free(want);
    axle_matrix_free(R);
}

Test(rr_kernels, rref_leading_zero_column_and_wide)
{
    axle_matrix *A = rr_doubles(2, 4, (double[]){0, 2, 4, 1, 0, 1, 2, 1});
    axle_matrix *want = rr_doubles(2, 4, (double[]){0, 1, 2, 0, 0, 0, 0, 1});
    axle_matrix *R = NULL;
    size_t piv[2], rank;
    TS_OK(axle_matrix_rref(&R, piv, &rank, A));
    cr_assert_eq(rank, 2);
    cr_assert_eq(piv[0], 1);
    cr_assert_eq(piv[1], 3);
    cr_assert(ts_close(R, want, TOL));
    axle_matrix *R2 = NULL;
    TS_OK(axle_matrix_rref(&R2, NULL, NULL, A));
    cr_assert(ts_close(R, R2, TOL), "rref without pivots and rank gives another R");
    axle_matrix_free(A);
    axle_matrix_free(want);
    axle_matrix_free(R);
    axle_matrix_free(R2);
}

Test(rr_kernels, rref_of_zero_and_full_rank)
{
    axle_matrix *Z = rr_doubles(2, 2, (double[]){0, 0, 0, 0});
    axle_matrix *R = NULL;
    size_t rank = 9;
    TS_OK(axle_matrix_rref(&R, NULL, &rank, Z));
    cr_assert_eq(rank, 0);
    cr_assert(axle_matrix_equal(R, Z));
    axle_matrix_free(R);
    axle_matrix *T = rr_doubles(3, 2, (double[]){1, 2, 3, 4, 5, 7});
    axle_matrix *want = rr_doubles(3, 2, (double[]){1, 0, 0, 1, 0, 0});
    TS_OK(axle_matrix_rref(&R, NULL, &rank, T));
    cr_assert_eq(rank, 2);
    cr_assert(axle_matrix_equal(R, want), "full column rank gives exactly [I; 0]");
    axle_matrix_free(Z);
    axle_matrix_free(R);
    axle_matrix_free(T);
    axle_matrix_free(want);
}

Test(rr_kernels, solve_unique)
{
    axle_matrix *A = rr_doubles(3, 3, (double[]){2, 1, -1, -3, -1, 2, -2, 1, 2});
    axle_matrix *B = rr_doubles(3, 1, (double[]){8, -11, -3});
    axle_matrix *want = rr_doubles(3, 1, (double[]){2, 3, -1});
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    cr_assert(ts_close(X, want, TOL));
    cr_assert_eq(axle_matrix_rows(N), 3);
    cr_assert_eq(axle_matrix_cols(N), 0);
    axle_matrix_free(X);
    TS_OK(axle_matrix_solve(&X, NULL, A, B));
    cr_assert_lt(rr_defect(A, X, B), TOL);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(want);
    axle_matrix_free(X);
    axle_matrix_free(N);
}

Test(rr_kernels, solve_underdetermined_min_norm)
{
    /* x + y = 2: the minimum-norm solution is (1, 1), the null space (1, -1)/sqrt 2. */
    axle_matrix *A = rr_doubles(1, 2, (double[]){1, 1});
    axle_matrix *B = rr_doubles(1, 1, (double[]){2});
    axle_matrix *want = rr_doubles(2, 1, (double[]){1, 1});
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    cr_assert(ts_close(X, want, TOL));
    check_null(A, N, 1);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(want);
    axle_matrix_free(X);
    axle_matrix_free(N);
}

Test(rr_kernels, solve_square_singular_consistent_multi_rhs)
{
    axle_matrix *A = rr_doubles(3, 3, (double[]){1, 2, 3, 4, 5, 6, 7, 8, 9});
    axle_matrix *B = rr_doubles(3, 2, (double[]){6, 1, 15, 1, 24, 1}); /* A (1,1,1), A (-1,1,0) */
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    cr_assert_lt(rr_defect(A, X, B), 1e-13);
    check_null(A, N, 1);
    /* Minimum norm: X is orthogonal to the null space. */
    axle_matrix *Nt = rr_transpose(N);
    axle_matrix *P = rr_mul(Nt, X);
    cr_assert_lt(rr_frob(P), 1e-13);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(N);
    axle_matrix_free(Nt);
    axle_matrix_free(P);
}

Test(rr_kernels, solve_overdetermined_consistent)
{
    axle_matrix *A = rr_doubles(4, 2, (double[]){1, 0, 0, 1, 1, 1, 2, -1});
    axle_matrix *B = rr_doubles(4, 1, (double[]){0.5, -2, -1.5, 3});
    axle_matrix *want = rr_doubles(2, 1, (double[]){0.5, -2});
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    cr_assert(ts_close(X, want, TOL));
    cr_assert_eq(axle_matrix_cols(N), 0);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(want);
    axle_matrix_free(X);
    axle_matrix_free(N);
}

Test(rr_kernels, inputs_are_untouched)
{
    double v[] = {0, 2, 1, 3, 1, 4, 5, 9, 2};
    axle_matrix *A = rr_doubles(3, 3, v);
    axle_matrix *A0 = rr_copy(A);
    axle_matrix *B = rr_doubles(3, 1, (double[]){1, 2, 3});
    axle_matrix *B0 = rr_copy(B);
    axle_matrix *R = NULL, *N = NULL, *X = NULL, *XN = NULL, *I = NULL, *P = NULL;
    axle_scalar *d = NULL;
    size_t rank;
    TS_OK(axle_matrix_rref(&R, NULL, &rank, A));
    TS_OK(axle_matrix_rank(&rank, A));
    TS_OK(axle_matrix_null(&N, A));
    TS_OK(axle_matrix_solve(&X, &XN, A, B));
    TS_OK(axle_matrix_inverse(&I, A));
    TS_OK(axle_matrix_det(&d, A));
    TS_OK(axle_matrix_mul(&P, A, B));
    cr_assert(axle_matrix_equal(A, A0));
    cr_assert(axle_matrix_equal(B, B0));
    axle_matrix *all[] = {A, A0, B, B0, R, N, X, XN, I, P};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_matrix_free(all[i]);
    axle_scalar_free(d);
}
