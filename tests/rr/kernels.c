/* RR kernels on small matrices with answers only RR gives: the orthonormal null basis and its
 * sign, minimum-norm solutions, det without early overflow. Known answers shared with QQ are in
 * tests/kernels. */
#include <criterion/criterion.h>
#include <math.h>

#include "helpers.h"

#define TOL 1e-12

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

/* N is orthonormal, cols(A) x k, and A N = 0. */
static void check_null(const axle_matrix *A, const axle_matrix *N, size_t k)
{
    cr_assert_eq(axle_matrix_rows(N), axle_matrix_cols(A));
    cr_assert_eq(axle_matrix_cols(N), k);
    axle_matrix *Z = NULL;
    TS_OK(axle_matrix_new(&Z, AXLE_RR, axle_matrix_rows(A), k));
    cr_assert_lt(ts_defect(A, N, Z), TOL);
    axle_matrix *Nt = ts_transpose(N);
    axle_matrix *I = ts_identity(AXLE_RR, k);
    cr_assert_lt(ts_defect(Nt, N, I), TOL);
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
    cr_assert_lt(ts_defect(A, X, B), 1e-13);
    check_null(A, N, 1);
    /* Minimum norm: X is orthogonal to the null space. */
    axle_matrix *Nt = ts_transpose(N);
    axle_matrix *P = ts_mul(Nt, X);
    cr_assert_lt(ts_frob(P), 1e-13);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(N);
    axle_matrix_free(Nt);
    axle_matrix_free(P);
}
