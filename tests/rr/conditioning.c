/* RR on ill-conditioned input and the tolerance setting.
 *
 * What happens on the 12 x 12 Hilbert matrix (condition number about 1.7e16) with the default
 * tolerance 12 eps ~ 2.7e-15: dgecon's reciprocal condition estimate is about 2e-17, so
 * axle_matrix_inverse refuses it with AXLE_ESINGULAR; its 12th computed singular value falls
 * below 12 eps sigma_max, so the numerical rank is 11 (10 or 11 is accepted, as rounding differs
 * between LAPACK builds), the null space is nontrivial and solve returns a minimum-norm solution
 * rather than the LU one. det is still computed (2.55e-78 against the exact 2.64e-78). A smaller
 * tolerance keeps or raises the rank (whether H12's rank is then 12 depends on rounding noise,
 * so the test claims it on a matrix with exact singular values). The 8 x 8 Hilbert matrix
 * (condition about 1.5e10) is inverted and agrees with the exact integer inverse to about 4e-8
 * relative. */
#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <float.h>
#include <math.h>

#include "helpers.h"

static void restore_tolerance(void)
{
    TS_OK(axle_rr_set_tolerance(0.0));
}

Test(rr_conditioning, hilbert12_default_tolerance, .fini = restore_tolerance)
{
    axle_matrix *H = ts_hilbert(AXLE_RR, 12);
    axle_matrix *X = (axle_matrix *)H;
    cr_assert_eq(axle_matrix_inverse(&X, H), AXLE_ESINGULAR);
    cr_assert_null(X);
    cr_log_info("Hilbert 12 inverse: %s", axle_error_message());
    size_t rank = 0;
    TS_OK(axle_matrix_rank(&rank, H));
    cr_log_info("Hilbert 12 numerical rank (tol %.3g): %zu", axle_rr_effective_tolerance(12, 12),
                rank);
    cr_assert_lt(rank, 12);
    cr_assert_geq(rank, 9);
    axle_matrix *N = NULL;
    TS_OK(axle_matrix_null(&N, H));
    cr_assert_eq(axle_matrix_cols(N), 12 - rank);
    /* H N is tiny compared with H: the null vectors are numerical null vectors. */
    axle_matrix *Z = NULL;
    TS_OK(axle_matrix_new(&Z, AXLE_RR, 12, 12 - rank));
    cr_assert_lt(ts_defect(H, N, Z), 1e-13);
    size_t piv[12], rrank = 0;
    axle_matrix *R = NULL;
    TS_OK(axle_matrix_rref(&R, piv, &rrank, H));
    cr_assert_eq(rrank, rank);
    /* The determinant is computed anyway (exact value about 2.6e-78). */
    double d = rr_det(H);
    cr_log_info("Hilbert 12 det: %.3g", d);
    cr_assert_lt(fabs(d), 1e-70);
    axle_matrix_free(H);
    axle_matrix_free(N);
    axle_matrix_free(Z);
    axle_matrix_free(R);
}

Test(rr_conditioning, hilbert12_consistent_solve_is_min_norm, .fini = restore_tolerance)
{
    axle_matrix *H = ts_hilbert(AXLE_RR, 12);
    axle_matrix *one = NULL;
    TS_OK(axle_matrix_new(&one, AXLE_RR, 12, 1));
    for (size_t i = 0; i < 12; i++)
        TS_OK(axle_matrix_set_double(one, i, 0, 1.0));
    axle_matrix *B = ts_mul(H, one);
    axle_matrix *X = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&X, &N, H, B));
    cr_assert_gt(axle_matrix_cols(N), 0);
    cr_assert_lt(ts_defect(H, X, B), 1e-12);
    axle_matrix_free(H);
    axle_matrix_free(one);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(N);
}

/* A smaller tolerance can only keep or raise a rank. Which of H12's tiny singular values survive
 * 1e-18 is rounding noise (they are computed with an absolute error near eps sigma_max), so the
 * exact claim is made on a matrix whose singular values every LAPACK computes exactly: a
 * permuted diagonal one (its bidiagonal form is itself), with sigma_min = 1e-16 between 1e-18
 * and the default 12 eps ~ 2.7e-15, a factor of 25 or more from each. */
Test(rr_conditioning, smaller_tolerance_restores_full_rank, .fini = restore_tolerance)
{
    axle_matrix *H = ts_hilbert(AXLE_RR, 12), *D = NULL;
    size_t hdefault = 0, hsmall = 0, rank = 0;
    TS_OK(axle_matrix_rank(&hdefault, H));
    TS_OK(axle_matrix_new(&D, AXLE_RR, 12, 12));
    for (size_t i = 0; i < 12; i++)
        TS_OK(axle_matrix_set_double(D, (5 * i + 3) % 12, i, i == 7 ? 1e-16 : ldexp(1.0, -(int)i)));
    TS_OK(axle_matrix_rank(&rank, D));
    cr_assert_eq(rank, 11);
    TS_OK(axle_rr_set_tolerance(1e-18));
    cr_assert_eq(axle_rr_effective_tolerance(12, 12), 1e-18);
    TS_OK(axle_matrix_rank(&rank, D));
    cr_assert_eq(rank, 12);
    TS_OK(axle_matrix_rank(&hsmall, H));
    cr_assert_geq(hsmall, hdefault);
    TS_OK(axle_rr_set_tolerance(0.0));
    cr_assert_eq(axle_rr_effective_tolerance(12, 12), 12 * DBL_EPSILON);
    TS_OK(axle_matrix_rank(&rank, D));
    cr_assert_eq(rank, 11);
    TS_OK(axle_matrix_rank(&rank, H));
    cr_assert_eq(rank, hdefault);
    cr_assert_lt(rank, 12);
    axle_matrix_free(H);
    axle_matrix_free(D);
}

Test(rr_conditioning, tolerance_changes_rank_and_inverse_decisions, .fini = restore_tolerance)
{
    /* diag(1, 1e-6): rank 2 by default; rank 1 and "singular" once the tolerance is 1e-5. */
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_RR, 2, 2));
    TS_OK(axle_matrix_set_double(A, 0, 0, 1.0));
    TS_OK(axle_matrix_set_double(A, 1, 1, 1e-6));
    size_t rank = 0;
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 2);
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    axle_matrix_free(X);
    TS_OK(axle_rr_set_tolerance(1e-5));
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, 1);
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR);
    cr_assert_null(X);
    axle_matrix *R = NULL;
    size_t piv[2], rrank = 0;
    TS_OK(axle_matrix_rref(&R, piv, &rrank, A));
    cr_assert_eq(rrank, 1);
    cr_assert_eq(piv[0], 0);
    axle_matrix *N = NULL;
    TS_OK(axle_matrix_null(&N, A));
    cr_assert_eq(axle_matrix_cols(N), 1);
    cr_assert_float_eq(fabs(rr_get(N, 1, 0)), 1.0, 1e-12);
    /* Solve now treats the system as rank 1: b = (1, 1) is inconsistent at this tolerance. */
    axle_matrix *B = rr_doubles(2, 1, (double[]){1, 1});
    axle_matrix *S = (axle_matrix *)A;
    cr_assert_eq(axle_matrix_solve(&S, NULL, A, B), AXLE_ENOSOLUTION);
    cr_assert_null(S);
    axle_matrix_free(A);
    axle_matrix_free(R);
    axle_matrix_free(N);
    axle_matrix_free(B);
}

Test(rr_conditioning, hilbert8_inverse_agrees_with_exact)
{
    axle_matrix *H = ts_hilbert(AXLE_RR, 8);
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, H));
    /* The exact inverse of the Hilbert matrix has integer entries:
     * (H^-1)_ij = (-1)^(i+j) (i+j+1) C(n+i, n-j-1) C(n+j, n-i-1) C(i+j, i)^2 (0-based). */
    size_t n = 8;
    double worst = 0, scale = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            double c1 = 1, c2 = 1, c3 = 1;
            for (size_t k = 0; k < n - j - 1; k++)
                c1 = c1 * (double)(n + i - k) / (double)(k + 1);
            for (size_t k = 0; k < n - i - 1; k++)
                c2 = c2 * (double)(n + j - k) / (double)(k + 1);
            for (size_t k = 0; k < i; k++)
                c3 = c3 * (double)(i + j - k) / (double)(k + 1);
            double e = ((i + j) % 2 ? -1.0 : 1.0) * (double)(i + j + 1) * round(c1) * round(c2) *
                       round(c3) * round(c3);
            worst = fmax(worst, fabs(rr_get(X, i, j) - e));
            scale = fmax(scale, fabs(e));
        }
    cr_log_info("Hilbert 8 inverse: max error %.3g relative to max entry %.3g", worst / scale,
                scale);
    cr_assert_lt(worst / scale, 1e-5);
    axle_matrix_free(H);
    axle_matrix_free(X);
}

/* A dynamic range too wide to centre (1e300 and a subnormal): LU must still see the matrix as it
 * is, so det is the product of the diagonal, solve falls back to the SVD, inverse is refused as
 * singular to working precision rather than reported as an overflow. */
Test(conditioning, extreme_dynamic_range)
{
    const double v[] = {1e300, 0, 0, 1e-320};
    const double b[] = {1, 0};
    axle_matrix *A = NULL, *B = NULL, *X = NULL, *N = NULL, *I = NULL;
    TS_OK(axle_matrix_from_doubles(&A, AXLE_RR, 2, 2, v));
    TS_OK(axle_matrix_from_doubles(&B, AXLE_RR, 2, 1, b));
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    double want = 1e300 * 1e-320;
    cr_assert(fabs(axle_scalar_to_double(d) - want) <= 1e-12 * want, "det %g",
              axle_scalar_to_double(d));
    TS_OK(axle_matrix_solve(&X, &N, A, B));
    double x0 = 0;
    TS_OK(axle_matrix_get_double(&x0, X, 0, 0));
    cr_assert(fabs(x0 - 1e-300) <= 1e-312, "x0 %g", x0);
    cr_assert_eq(axle_matrix_inverse(&I, A), AXLE_ESINGULAR);
    cr_assert_null(I);
    axle_scalar_free(d);
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(X);
    axle_matrix_free(N);
}
