/* Property tests for the RR kernels on random matrices (seeds are printed; replay with
 * AXLE_TEST_SEED=<seed>): A A^-1 = I, det(AB) = det A det B, rank + nullity = cols, A N = 0 and
 * N^T N = I, RREF idempotent and consistent with rank, solutions satisfy A X = B. */
#include <criterion/criterion.h>
#include <math.h>

#include "helpers.h"

#define ROUNDS 40

static size_t dim(ts_rng *r, size_t lo, size_t hi)
{
    return (size_t)ts_range(r, (long)lo, (long)hi);
}

Test(rr_properties, inverse_times_matrix_is_identity)
{
    ts_rng r = ts_rng_new("rr_properties.inverse");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 30);
        axle_matrix *A = rr_full_rank(&r, n, n);
        axle_matrix *X = NULL;
        TS_OK(axle_matrix_inverse(&X, A));
        axle_matrix *I = rr_eye(n);
        double cond = rr_frob(A) * rr_frob(X);
        cr_assert_lt(rr_defect(A, X, I), 1e-14 * cond, "A A^-1 != I (n = %zu)", n);
        cr_assert_lt(rr_defect(X, A, I), 1e-14 * cond, "A^-1 A != I (n = %zu)", n);
        axle_matrix_free(A);
        axle_matrix_free(X);
        axle_matrix_free(I);
    }
}

Test(rr_properties, det_is_multiplicative)
{
    ts_rng r = ts_rng_new("rr_properties.det");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 25);
        axle_matrix *A = rr_full_rank(&r, n, n);
        axle_matrix *B = rr_full_rank(&r, n, n);
        axle_matrix *AB = rr_mul(A, B);
        double da = rr_det(A), db = rr_det(B), dab = rr_det(AB);
        /* Relative error of det is about n eps cond; random matrices are well conditioned. */
        cr_assert_leq(fabs(dab - da * db), 1e-9 * fabs(da * db),
                      "det(AB) = %.17g but det A det B = %.17g (n = %zu)", dab, da * db, n);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(AB);
    }
}

Test(rr_properties, det_of_integer_matrices_matches_transpose_and_scaling)
{
    ts_rng r = ts_rng_new("rr_properties.det_int");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 12);
        axle_matrix *A = ts_random_int(&r, AXLE_RR, n, n, -5, 5);
        axle_matrix *At = rr_transpose(A);
        double da = rr_det(A), dt = rr_det(At);
        cr_assert_leq(fabs(da - dt), 1e-9 * fmax(1.0, fabs(da)));
        /* Integer matrices have integer determinants (exact below 2^53 / rounding). */
        cr_assert_leq(fabs(da - round(da)), 1e-6 * fmax(1.0, fabs(da)));
        axle_matrix_free(A);
        axle_matrix_free(At);
    }
}

Test(rr_properties, rank_nullity_and_null_basis)
{
    ts_rng r = ts_rng_new("rr_properties.rank_nullity");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 20), n = dim(&r, 1, 20);
        size_t k = dim(&r, 0, m < n ? m : n);
        axle_matrix *A = k ? ts_random_rank(&r, AXLE_RR, m, n, k) : NULL;
        if (!A)
            TS_OK(axle_matrix_new(&A, AXLE_RR, m, n));
        size_t rank = 99;
        TS_OK(axle_matrix_rank(&rank, A));
        cr_assert_leq(rank, k);
        axle_matrix *N = NULL;
        TS_OK(axle_matrix_null(&N, A));
        cr_assert_eq(rank + axle_matrix_cols(N), n, "rank %zu + nullity %zu != %zu cols", rank,
                     axle_matrix_cols(N), n);
        axle_matrix *Z = NULL;
        TS_OK(axle_matrix_new(&Z, AXLE_RR, m, axle_matrix_cols(N)));
        cr_assert_lt(rr_defect(A, N, Z), ts_tol(n), "A N != 0");
        axle_matrix *Nt = rr_transpose(N);
        axle_matrix *I = rr_eye(axle_matrix_cols(N));
        cr_assert_lt(rr_defect(Nt, N, I), ts_tol(n), "N^T N != I");
        axle_matrix_free(A);
        axle_matrix_free(N);
        axle_matrix_free(Z);
        axle_matrix_free(Nt);
        axle_matrix_free(I);
    }
}

/* R is in reduced row echelon form with the given pivots, rank rows nonzero. */
static void check_echelon(const axle_matrix *R, const size_t *piv, size_t rank)
{
    size_t m = axle_matrix_rows(R), n = axle_matrix_cols(R);
    for (size_t i = 0; i < rank; i++) {
        if (i > 0)
            cr_assert_gt(piv[i], piv[i - 1], "pivots must increase");
        for (size_t l = 0; l < m; l++)
            cr_assert_eq(rr_get(R, l, piv[i]), l == i ? 1.0 : 0.0, "pivot column not e_%zu", i);
        for (size_t j = 0; j < piv[i]; j++)
            cr_assert_eq(rr_get(R, i, j), 0.0, "entry left of the pivot in row %zu", i);
    }
    for (size_t i = rank; i < m; i++)
        for (size_t j = 0; j < n; j++)
            cr_assert_eq(rr_get(R, i, j), 0.0, "row %zu beyond the rank is not zero", i);
}

Test(rr_properties, rref_shape_rank_and_idempotence)
{
    ts_rng r = ts_rng_new("rr_properties.rref");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 15), n = dim(&r, 1, 15);
        size_t k = dim(&r, 1, m < n ? m : n);
        axle_matrix *A = ts_random_rank(&r, AXLE_RR, m, n, k);
        size_t piv[15], piv2[15], rank = 99, rank2 = 99, srank = 98;
        axle_matrix *R = NULL, *R2 = NULL;
        TS_OK(axle_matrix_rref(&R, piv, &rank, A));
        TS_OK(axle_matrix_rank(&srank, A));
        cr_assert_eq(rank, srank, "rref rank %zu but SVD rank %zu", rank, srank);
        check_echelon(R, piv, rank);
        TS_OK(axle_matrix_rref(&R2, piv2, &rank2, R));
        cr_assert_eq(rank2, rank);
        for (size_t i = 0; i < rank; i++)
            cr_assert_eq(piv2[i], piv[i]);
        cr_assert(ts_close(R2, R, ts_tol(n)), "rref(rref(A)) != rref(A)");
        /* R has A's row space: with equal ranks it suffices that R N = 0 for a basis N of
         * null A. */
        axle_matrix *N = NULL, *Z = NULL;
        TS_OK(axle_matrix_null(&N, A));
        TS_OK(axle_matrix_new(&Z, AXLE_RR, m, axle_matrix_cols(N)));
        cr_assert_lt(rr_defect(R, N, Z), ts_tol(n), "R N != 0");
        axle_matrix_free(A);
        axle_matrix_free(R);
        axle_matrix_free(R2);
        axle_matrix_free(N);
        axle_matrix_free(Z);
    }
}

Test(rr_properties, rref_of_random_full_rank_has_leading_pivots)
{
    ts_rng r = ts_rng_new("rr_properties.rref_full");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 12), n = dim(&r, 1, 12);
        axle_matrix *A = rr_full_rank(&r, m, n);
        axle_matrix *R = NULL;
        size_t piv[12], rank = 99;
        TS_OK(axle_matrix_rref(&R, piv, &rank, A));
        size_t k = m < n ? m : n;
        cr_assert_eq(rank, k);
        for (size_t i = 0; i < k; i++)
            cr_assert_eq(piv[i], i);
        check_echelon(R, piv, rank);
        /* Full row rank: R = A_P^-1 A, so A_P R = A. */
        if (m <= n) {
            axle_matrix *AP = NULL;
            TS_OK(axle_matrix_new(&AP, AXLE_RR, m, m));
            for (size_t i = 0; i < m; i++)
                for (size_t j = 0; j < m; j++)
                    TS_OK(axle_matrix_set_double(AP, i, j, rr_get(A, i, j)));
            cr_assert_lt(rr_defect(AP, R, A), 1e-10);
            axle_matrix_free(AP);
        }
        axle_matrix_free(A);
        axle_matrix_free(R);
    }
}

Test(rr_properties, solve_consistent_systems)
{
    ts_rng r = ts_rng_new("rr_properties.solve");
    for (int t = 0; t < ROUNDS; t++) {
        size_t m = dim(&r, 1, 15), n = dim(&r, 1, 15), c = dim(&r, 1, 3);
        size_t k = dim(&r, 1, m < n ? m : n);
        axle_matrix *A = ts_random_rank(&r, AXLE_RR, m, n, k);
        axle_matrix *X0 = ts_random_int(&r, AXLE_RR, n, c, -4, 4);
        axle_matrix *B = rr_mul(A, X0);
        axle_matrix *X = NULL, *N = NULL;
        TS_OK(axle_matrix_solve(&X, &N, A, B));
        cr_assert_lt(rr_defect(A, X, B), ts_tol(n), "A X != B (%zux%zu rank %zu)", m, n, k);
        size_t rank;
        TS_OK(axle_matrix_rank(&rank, A));
        cr_assert_eq(axle_matrix_cols(N), n - rank);
        /* X0 - X lies in the null space: it equals its projection N N^T (X0 - X). */
        axle_matrix *D = rr_sub(X0, X);
        axle_matrix *Nt = rr_transpose(N);
        axle_matrix *C = rr_mul(Nt, D);
        cr_assert_lt(rr_defect(N, C, D), ts_tol(n), "X0 - X is not in null A");
        axle_matrix *all[] = {A, X0, B, X, N, D, Nt, C};
        for (size_t i = 0; i < sizeof all / sizeof *all; i++)
            axle_matrix_free(all[i]);
    }
}

Test(rr_properties, solve_square_nonsingular)
{
    ts_rng r = ts_rng_new("rr_properties.solve_square");
    for (int t = 0; t < ROUNDS; t++) {
        size_t n = dim(&r, 1, 30), c = dim(&r, 1, 4);
        axle_matrix *A = rr_full_rank(&r, n, n);
        axle_matrix *B = rr_uniform(&r, n, c);
        axle_matrix *X = NULL, *N = NULL;
        TS_OK(axle_matrix_solve(&X, &N, A, B));
        cr_assert_lt(rr_defect(A, X, B), 1e-13 * (double)n);
        cr_assert_eq(axle_matrix_cols(N), 0);
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(X);
        axle_matrix_free(N);
    }
}
