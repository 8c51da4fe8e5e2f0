/* The RR wrappers' decision paths after their cost was cut (issue 12): the condition estimator
 * on dgetrs solves agrees with dgecon, its overflow fallback, the inverse's fast acceptance and
 * its slow decision near the threshold, the LU growth check, and the finite checks. */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "rr/rr.h"

#define BOGUS ((axle_matrix *)1)

static unsigned long long lcg = 42;
static double uniform(void) /* in [-1, 1) */
{
    lcg = lcg * 6364136223846793005ull + 1442695040888963407ull;
    return (double)(lcg >> 11) * 0x1p-52 - 1.0;
}

static axle_matrix *random_rr(size_t n)
{
    axle_matrix *A;
    TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            TS_OK(axle_matrix_set_double(A, i, j, uniform()));
    return A;
}

/* A unit upper triangular n x n matrix with c above the diagonal. */
static axle_matrix *unit_upper(size_t n, double c)
{
    axle_matrix *A;
    TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
    for (size_t i = 0; i < n; i++)
        for (size_t j = i; j < n; j++)
            TS_OK(axle_matrix_set_double(A, i, j, i == j ? 1.0 : c));
    return A;
}

/* ax_rr_lu_solve_rcond against LAPACKE_dgecon on the same factors, and its solutions against
 * dgetrs alone. */
/* The true reciprocal 1-norm condition number of the LU's scaled matrix 2^-e A, from A's inverse:
 * 1 / (||2^-e A||_1 ||(2^-e A)^-1||_1), with ||(2^-e A)^-1||_1 = 2^e ||A^-1||_1. */
static double true_rcond(const axle_matrix *A, const ax_rr_lu *lu)
{
    axle_matrix *X = NULL;
    TS_OK(axle_matrix_inverse(&X, A));
    size_t n = axle_matrix_rows(A);
    double xnorm = 0.0;
    for (size_t j = 0; j < n; j++) {
        double sum = 0.0;
        for (size_t i = 0; i < n; i++)
            sum += fabs(rr_get(X, i, j));
        xnorm = fmax(xnorm, ldexp(sum, lu->e));
    }
    axle_matrix_free(X);
    return 1.0 / (lu->anorm * xnorm);
}

static void check_estimate(const axle_matrix *A, size_t k)
{
    size_t n = axle_matrix_rows(A);
    ax_rr_lu lu;
    TS_OK(ax_rr_lu_compute(&lu, A, NULL));
    cr_assert(!lu.singular);
    double *W = calloc(n * (k + 2), sizeof *W), *B = calloc(n * (k ? k : 1), sizeof *B);
    for (size_t i = 0; i < n * k; i++)
        W[i] = B[i] = uniform();
    TS_OK(ax_rr_lu_solve_rcond(&lu, W, k, INFINITY)); /* the estimate itself */
    double rcond = -1.0;
    cr_assert_eq(LAPACKE_dgecon(LAPACK_COL_MAJOR, '1', (lapack_int)n, lu.lu, (lapack_int)n,
                                lu.anorm, &rcond),
                 0);
    cr_assert(fabs(lu.rcond - rcond) <= 1e-6 * rcond, "n = %zu: estimate %.17g, dgecon %.17g", n,
              lu.rcond, rcond);
    if (k) {
        cr_assert_eq(LAPACKE_dgetrs(LAPACK_COL_MAJOR, 'N', (lapack_int)n, (lapack_int)k, lu.lu,
                                    (lapack_int)n, lu.ipiv, B, (lapack_int)n),
                     0);
        double big = 0.0; /* the solutions agree to rounding times the condition number */
        for (size_t i = 0; i < n * k; i++)
            big = fmax(big, fabs(B[i]));
        for (size_t i = 0; i < n * k; i++)
            cr_assert(fabs(W[i] - B[i]) <= 1e-13 / rcond * big, "entry %zu: %.17g vs %.17g", i,
                      W[i], B[i]);
    }
    free(W);
    free(B);
    ax_rr_lu_free(&lu);
}

Test(rr_wrappers, estimate_is_dgecons)
{
    const size_t sizes[] = {1, 2, 3, 8, 17, 64, 200};
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        axle_matrix *A = random_rr(sizes[t]);
        check_estimate(A, 0);
        check_estimate(A, 1);
        check_estimate(A, 3);
        axle_matrix_free(A);
    }
    /* ill-conditioned, but with finite solves: Hilbert 10 (rcond ~ 1e-14) and a unit upper
     * triangular matrix with -1 above the diagonal (||A^-1|| = 2^(n-1)) */
    axle_matrix *H = ts_hilbert(AXLE_RR, 10), *K = unit_upper(30, -1.0);
    check_estimate(H, 2);
    check_estimate(K, 1);
    axle_matrix_free(H);
    axle_matrix_free(K);
}

/* For small n the proven bound replaces the estimate when it clears 16 tol: it is a lower bound
 * on the reciprocal condition number (computed here from the exact inverse), so never above
 * dgecon's estimate either; the solutions are those of dgetrs. */
Test(rr_wrappers, proven_bound_is_below_the_condition)
{
    const size_t sizes[] = {1, 2, 5, 8, 20, 31};
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        axle_matrix *A = random_rr(n);
        ax_rr_lu lu;
        TS_OK(ax_rr_lu_compute(&lu, A, NULL));
        double *W = calloc(n * 3, sizeof *W), *B = calloc(n, sizeof *B);
        for (size_t i = 0; i < n; i++)
            W[i] = B[i] = uniform();
        TS_OK(ax_rr_lu_solve_rcond(&lu, W, 1, 1e-300));
        double rcond = true_rcond(A, &lu), est = -1.0;
        cr_assert(lu.rcond > 0.0 && lu.rcond <= rcond * (1 + 1e-10), "n %zu: %g vs %g", n, lu.rcond,
                  rcond);
        cr_assert_eq(LAPACKE_dgecon(LAPACK_COL_MAJOR, '1', (lapack_int)n, lu.lu, (lapack_int)n,
                                    lu.anorm, &est),
                     0);
        cr_assert(lu.rcond <= est * (1 + 1e-10));
        cr_assert_eq(LAPACKE_dgetrs(LAPACK_COL_MAJOR, 'N', (lapack_int)n, 1, lu.lu, (lapack_int)n,
                                    lu.ipiv, B, (lapack_int)n),
                     0);
        for (size_t i = 0; i < n; i++)
            cr_assert(fabs(W[i] - B[i]) <= 1e-13 / rcond * (1.0 + fabs(B[i])));
        free(W);
        free(B);
        ax_rr_lu_free(&lu);
        axle_matrix_free(A);
    }
}

/* A^-1 (1, ..., 1)/n overflows in the plain triangular solves (entries grow like 1e6^k): the
 * decision falls back to dgecon, whose scaled solves give a tiny estimate. The matrix is
 * refused by inverse and solve (least squares instead), and its determinant is exactly 1. */
Test(rr_wrappers, estimator_overflow_falls_back_to_dgecon)
{
    axle_matrix *A = unit_upper(60, -1e6);
    ax_rr_lu lu;
    TS_OK(ax_rr_lu_compute(&lu, A, NULL));
    double *W = calloc(2 * 60, sizeof *W);
    TS_OK(ax_rr_lu_solve_rcond(&lu, W, 0, axle_rr_effective_tolerance(60, 60)));
    double rcond = -1.0;
    cr_assert_eq(LAPACKE_dgecon(LAPACK_COL_MAJOR, '1', 60, lu.lu, 60, lu.anorm, &rcond), 0);
    cr_assert_eq(lu.rcond, rcond);
    cr_assert(lu.rcond < 1e-300);
    free(W);
    ax_rr_lu_free(&lu);
    axle_matrix *X = BOGUS;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR, "%s", axle_error_message());
    cr_assert_null(X);
    cr_assert_eq(rr_det(A), 1.0);
    axle_matrix_free(A);
}

/* diag(1, d): rcond = d. Above 64 tol the inverse is accepted from its own norm; between tol and
 * 64 tol it is decided by the estimate (and accepted); below tol refused. */
Test(rr_wrappers, inverse_near_the_threshold)
{
    double tol = axle_rr_effective_tolerance(2, 2);
    const double ds[] = {1e-3, 100 * tol, 8 * tol, 2 * tol};
    for (size_t t = 0; t < sizeof ds / sizeof *ds; t++) {
        axle_matrix *A = rr_doubles(2, 2, (double[]){1, 0, 0, ds[t]}), *X = NULL;
        TS_OK(axle_matrix_inverse(&X, A));
        cr_assert_eq(rr_get(X, 0, 0), 1.0);
        cr_assert(fabs(rr_get(X, 1, 1) * ds[t] - 1.0) < 1e-15);
        cr_assert_eq(rr_get(X, 0, 1), 0.0);
        axle_matrix_free(A);
        axle_matrix_free(X);
    }
    axle_matrix *A = rr_doubles(2, 2, (double[]){1, 0, 0, tol / 4}), *X = BOGUS;
    cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR);
    cr_assert_null(X);
    cr_assert_not_null(strstr(axle_error_message(), "reciprocal condition number"));
    axle_matrix_free(A);
    /* the same decisions in solve: LU (no null space) above tol, least squares below */
    for (int below = 0; below < 2; below++) {
        double d = below ? tol / 4 : 2 * tol;
        axle_matrix *M = rr_doubles(2, 2, (double[]){1, 0, 0, d});
        axle_matrix *b = rr_doubles(2, 1, (double[]){3, 0}), *x = NULL, *N = NULL;
        TS_OK(axle_matrix_solve(&x, &N, M, b));
        cr_assert_eq(rr_get(x, 0, 0), 3.0);
        cr_assert_eq(rr_get(x, 1, 0), 0.0);
        cr_assert_eq(axle_matrix_cols(N), below ? 1u : 0u);
        axle_matrix_free(M);
        axle_matrix_free(b);
        axle_matrix_free(x);
        axle_matrix_free(N);
    }
}

/* A nearly singular matrix (no exact zero pivot) with a consistent right-hand side: the
 * estimate sends it to the SVD, which gives the minimum-norm solution and the null space. */
Test(rr_wrappers, nearly_singular_solve_is_least_squares)
{
    axle_matrix *A = rr_doubles(2, 2, (double[]){1, 1, 1, 1 + 2 * DBL_EPSILON});
    axle_matrix *b = rr_doubles(2, 1, (double[]){2, 2}), *x = NULL, *N = NULL;
    TS_OK(axle_matrix_solve(&x, &N, A, b));
    cr_assert(fabs(rr_get(x, 0, 0) - 1.0) < 1e-12 && fabs(rr_get(x, 1, 0) - 1.0) < 1e-12);
    cr_assert_eq(axle_matrix_cols(N), 1u);
    axle_matrix_free(A);
    axle_matrix_free(b);
    axle_matrix_free(x);
    axle_matrix_free(N);
}

/* Wilkinson's growth matrix (1 on the diagonal, -1 below, 1 in the last column: U(n, n) =
 * 2^(n-1)) at 2^990 with one entry near the underflow threshold, so that the scale cannot
 * centre it: the factors overflow, which the growth check catches (det: AXLE_ERANGE). */
Test(rr_wrappers, lu_overflow_is_caught)
{
    size_t n = 40;
    axle_matrix *A;
    TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            double v = j == n - 1 || i == j ? 1.0 : i > j ? -1.0 : 0.0;
            TS_OK(axle_matrix_set_double(A, i, j, ldexp(v, 990)));
        }
    TS_OK(axle_matrix_set_double(A, 0, 1, 0x1p-1070));
    ax_rr_lu lu;
    cr_assert_eq(ax_rr_lu_compute(&lu, A, NULL), AXLE_ERANGE);
    cr_assert_null(lu.lu);
    axle_scalar *d = (axle_scalar *)1;
    cr_assert_eq(axle_matrix_det(&d, A), AXLE_ERANGE);
    cr_assert_null(d);
    axle_matrix_free(A);
}

/* Every vector path of the finite check (ax_rr_simd_limit: AVX-512, AVX2, SSE2 wherever the CPU
 * has them), at every length to 37 and every start modulo 64 bytes: finite extremes, -0 and
 * subnormals pass; each kind of Inf and NaN (signalling too) is found at every position. */
Test(rr_wrappers, all_finite)
{
    _Alignas(64) double buf[37 + 7];
    uint64_t snan = 0x7ff0000000000001u, nnan = 0xfff8000000000123u;
    double bad[5] = {INFINITY, -INFINITY, NAN, 0.0, 0.0};
    memcpy(&bad[3], &snan, sizeof snan);
    memcpy(&bad[4], &nnan, sizeof nnan);
    const double good[] = {DBL_MAX, -0x1p-1074, -0.0, 0x1p-1022, -DBL_MAX, 1.0};
    for (int limit = 2; limit >= 0; limit--) {
        ax_rr_simd_limit = limit;
        for (size_t off = 0; off < 8; off++) {
            double *x = buf + off;
            for (size_t n = 0; n <= 37; n++) {
                for (size_t i = 0; i < 37; i++)
                    x[i] = good[(i + off) % 6];
                cr_assert(ax_rr_all_finite(x, n), "limit %d, n %zu", limit, n);
                for (size_t p = 0; p < n; p++)
                    for (size_t b = 0; b < 5; b++) {
                        double keep = x[p];
                        x[p] = bad[b];
                        cr_assert(!ax_rr_all_finite(x, n),
                                  "limit %d, n %zu, offset %zu, position %zu, bad %zu", limit, n,
                                  off, p, b);
                        x[p] = keep;
                    }
            }
        }
    }
    ax_rr_simd_limit = 2;
}

/* A product whose only overflowing entry is the last one (after a vectorised block), on every
 * vector path of the finite check. */
static void product_overflow(int limit)
{
    ax_rr_simd_limit = limit;
    size_t n = 9;
    axle_matrix *A = NULL, *C = BOGUS;
    TS_OK(axle_matrix_identity(&A, AXLE_RR, n));
    TS_OK(axle_matrix_set_double(A, n - 1, n - 1, 1e200));
    cr_assert_eq(axle_matrix_mul(&C, A, A), AXLE_ERANGE);
    cr_assert_null(C);
    cr_assert_not_null(strstr(axle_error_message(), "product"));
    TS_OK(axle_matrix_set_double(A, n - 1, n - 1, 1e150));
    TS_OK(axle_matrix_mul(&C, A, A));
    cr_assert_eq(rr_get(C, n - 1, n - 1), 1e150 * 1e150);
    cr_assert_eq(rr_get(C, 0, 1), 0.0);
    axle_matrix_free(C);
    axle_matrix_free(A);
    ax_rr_simd_limit = 2;
}

Test(rr_wrappers, product_overflow_is_erange)
{
    for (int limit = 2; limit >= 0; limit--)
        product_overflow(limit);
}

/* The one-pass copy finds the scale exponent and the 1-norm that the separate passes find,
 * wherever the largest and the smallest nonzero entries sit (in the vectorised part or the tail).
 */
static void one_pass_scan(int limit)
{
    ax_rr_simd_limit = limit;
    const size_t sizes[] = {1, 3, 4, 5, 8, 11, 16, 19};
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        for (size_t p = 0; p < n * n; p++) {
            axle_matrix *A = random_rr(n);
            size_t ld;
            double *a = axle_matrix_rr_data(A, &ld);
            a[p] = p % 2 ? 1e300 : -1e-300;                           /* one extreme ... */
            a[(p * 7 + 3) % (n * n)] = p % 2 ? 0x1p-1074 : -0x1p1000; /* ... and the other */
            a[(p * 5 + 1) % (n * n)] = 0.0;
            ax_rr_lu lu;
            TS_OK(ax_rr_lu_compute(&lu, A, NULL));
            cr_assert_eq(lu.e, ax_rr_exponent(A, true), "n %zu, p %zu", n, p);
            axle_matrix *S = NULL; /* 2^-e A, whose 1-norm lu.anorm is */
            TS_OK(axle_matrix_copy(&S, A));
            double *s = axle_matrix_rr_data(S, &ld);
            for (size_t i = 0; i < n * n; i++)
                s[i] = ax_rr_pow2(s[i], -lu.e);
            double norm = LAPACKE_dlange(LAPACK_COL_MAJOR, '1', (lapack_int)n, (lapack_int)n, s,
                                         (lapack_int)n);
            cr_assert(fabs(lu.anorm - norm) <= 1e-14 * norm, "%g vs %g", lu.anorm, norm);
            ax_rr_lu_free(&lu);
            axle_matrix_free(S);
            axle_matrix_free(A);
        }
    } /* entries in the safe range (no rescaling): the 1-norm is the scan's own, on every column
       * length around the vector widths */
    for (size_t n = 1; n <= 20; n++) {
        axle_matrix *A = random_rr(n);
        size_t ld;
        double *a = axle_matrix_rr_data(A, &ld);
        a[n * n / 2] = 0.0;
        a[n * n - 1] = n % 2 ? 0x1p-250 : -0x1p250;
        ax_rr_lu lu;
        TS_OK(ax_rr_lu_compute(&lu, A, NULL));
        cr_assert_eq(lu.e, 0, "n %zu", n);
        cr_assert_eq((uintptr_t)lu.lu % 64, 0, "n %zu: the factors start on a 64-byte boundary", n);
        double norm =
            LAPACKE_dlange(LAPACK_COL_MAJOR, '1', (lapack_int)n, (lapack_int)n, a, (lapack_int)ld);
        cr_assert(fabs(lu.anorm - norm) <= 1e-14 * norm, "n %zu: %g vs %g", n, lu.anorm, norm);
        ax_rr_lu_free(&lu);
        axle_matrix_free(A);
    }
    ax_rr_simd_limit = 2;
}

/* ... on every vector path of the scan (AVX2 for columns of 16 and more, SSE2) */
Test(rr_wrappers, one_pass_scan_agrees)
{
    for (int limit = 2; limit >= 0; limit--)
        one_pass_scan(limit);
}

/* The probe (n >= 32, where the proven bound is not tried): a random matrix is accepted from one
 * solve with the pseudo-random vector, its rcond then a lower bound on the true reciprocal
 * condition number (from the inverse) and on dgecon's estimate, and at least 2 tol; with its last
 * row scaled by 1e-8 (rcond about 1e-10: between tol and what the probe can prove) the probe
 * hands over to the estimate, which is then dgecon's and accepts. Both solve B as dgetrs does;
 * Hilbert 40 is refused by the estimate after the probe (solve: least squares, a null space). */
Test(rr_wrappers, probe_accepts_or_hands_over)
{
    const size_t sizes[] = {32, 64, 150};
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        double tol = axle_rr_effective_tolerance(n, n);
        for (int graded = 0; graded < 2; graded++) {
            axle_matrix *A = random_rr(n);
            if (graded)
                for (size_t j = 0; j < n; j++)
                    TS_OK(axle_matrix_set_double(A, n - 1, j, 1e-8 * rr_get(A, n - 1, j)));
            ax_rr_lu lu;
            TS_OK(ax_rr_lu_compute(&lu, A, NULL));
            double *W = calloc(n * 3, sizeof *W), *B = calloc(n, sizeof *B);
            for (size_t i = 0; i < n; i++)
                W[i] = B[i] = uniform();
            TS_OK(ax_rr_lu_solve_rcond(&lu, W, 1, tol));
            double est = -1.0;
            cr_assert_eq(LAPACKE_dgecon(LAPACK_COL_MAJOR, '1', (lapack_int)n, lu.lu, (lapack_int)n,
                                        lu.anorm, &est),
                         0);
            if (graded) {
                cr_assert(est >= tol && est < 1e-6, "n %zu: dgecon %g", n, est);
                cr_assert(fabs(lu.rcond - est) <= 1e-6 * est, "n %zu: %g vs dgecon %g", n, lu.rcond,
                          est);
            } else {
                double rcond = true_rcond(A, &lu);
                cr_assert(lu.rcond >= 2.0 * tol, "n %zu: %g", n, lu.rcond);
                cr_assert(lu.rcond <= rcond * (1 + 1e-10), "n %zu: %g vs %g", n, lu.rcond, rcond);
                cr_assert(lu.rcond <= est * (1 + 1e-10), "n %zu: %g vs dgecon %g", n, lu.rcond,
                          est);
            }
            cr_assert_eq(LAPACKE_dgetrs(LAPACK_COL_MAJOR, 'N', (lapack_int)n, 1, lu.lu,
                                        (lapack_int)n, lu.ipiv, B, (lapack_int)n),
                         0);
            for (size_t i = 0; i < n; i++)
                cr_assert(fabs(W[i] - B[i]) <= 1e-13 / est * (1.0 + fabs(B[i])), "n %zu, i %zu", n,
                          i);
            /* the public solve takes the LU path: no null space */
            axle_matrix *b = rr_doubles(n, 1, B), *x = NULL, *N = NULL;
            TS_OK(axle_matrix_solve(&x, &N, A, b));
            cr_assert_eq(axle_matrix_cols(N), 0u);
            free(W);
            free(B);
            ax_rr_lu_free(&lu);
            axle_matrix_free(A);
            axle_matrix_free(b);
            axle_matrix_free(x);
            axle_matrix_free(N);
        }
    }
    size_t n = 40;
    axle_matrix *H = ts_hilbert(AXLE_RR, n), *b = NULL, *x = NULL, *N = NULL;
    ax_rr_lu lu;
    TS_OK(ax_rr_lu_compute(&lu, H, NULL));
    double *W = calloc(n * 3, sizeof *W);
    TS_OK(ax_rr_lu_solve_rcond(&lu, W, 0, axle_rr_effective_tolerance(n, n)));
    cr_assert(lu.rcond < axle_rr_effective_tolerance(n, n), "%g", lu.rcond);
    free(W);
    ax_rr_lu_free(&lu);
    TS_OK(axle_matrix_new(&b, AXLE_RR, n, 1));
    TS_OK(axle_matrix_set_double(b, 0, 0, 1.0));
    TS_OK(axle_matrix_solve(&x, &N, H, b));
    cr_assert_gt(axle_matrix_cols(N), 0u);
    axle_matrix_free(H);
    axle_matrix_free(b);
    axle_matrix_free(x);
    axle_matrix_free(N);
}

/* The proven bound's two factors, recomputed here in the dot-product order: ||U^-1||_1 and
 * ||L^-1||_1 bounded through the comparison matrices. For a random 5 x 5 the worst case
 * ||L^-1||_1 <= 2^4 already clears 16 tol and the second pass is skipped; for 31 x 31 (2^30)
 * it does not, and the second pass gives the bound. */
Test(rr_wrappers, proven_bound_skips_or_runs_the_second_pass)
{
    const size_t sizes[] = {5, 31};
    for (size_t t = 0; t < 2; t++) {
        size_t n = sizes[t];
        axle_matrix *A = random_rr(n);
        ax_rr_lu lu;
        TS_OK(ax_rr_lu_compute(&lu, A, NULL));
        const double *a = lu.lu;
        double *y = calloc(n, sizeof *y), bu = 0.0, bl = 0.0;
        for (size_t j = 0; j < n; j++) {
            double s = 1.0;
            for (size_t i = 0; i < j; i++)
                s += fabs(a[i + j * n]) * y[i];
            y[j] = s / fabs(a[j + j * n]);
            bu = fmax(bu, y[j]);
        }
        for (size_t j = n; j-- > 0;) {
            double s = 1.0;
            for (size_t i = j + 1; i < n; i++)
                s += fabs(a[i + j * n]) * y[i];
            y[j] = s;
            bl = fmax(bl, s);
        }
        double tol = axle_rr_effective_tolerance(n, n);
        double *W = calloc(n * 3, sizeof *W);
        TS_OK(ax_rr_lu_solve_rcond(&lu, W, 1, tol));
        double expect = 1.0 / (lu.anorm * bu * (t == 0 ? ldexp(1.0, (int)n - 1) : bl));
        cr_assert(t == 0 || 1.0 / (lu.anorm * bu * ldexp(1.0, (int)n - 1)) < 16 * tol);
        cr_assert(fabs(lu.rcond - expect) <= 1e-12 * expect, "n %zu: %.17g vs %.17g", n, lu.rcond,
                  expect);
        free(y);
        free(W);
        ax_rr_lu_free(&lu);
        axle_matrix_free(A);
    }
}

/* The probe's vector was one fixed sequence: I - u u^T, for a unit u orthogonal to it, is
 * singular (rank n - 1) yet its probe solve saw nothing of the null direction, so solve returned
 * a unique solution with no null space and inverse an inverse. The probe is now seeded by the
 * pivots, and the inverse's slow decision (rcond already near tol) runs no probe at all: both
 * refuse it, as dgecon's estimate does. */
Test(rr_wrappers, probe_is_not_one_fixed_vector)
{
    const size_t sizes[] = {32, 64, 150};
    for (size_t t = 0; t < sizeof sizes / sizeof *sizes; t++) {
        size_t n = sizes[t];
        double *r = calloc(n, sizeof *r), *u = calloc(n, sizeof *u), nu = 0.0;
        unsigned long long st = 0x9e3779b97f4a7c15ull; /* the former fixed probe */
        for (size_t i = 0; i < n; i++) {
            st = st * 6364136223846793005ull + 1442695040888963407ull;
            r[i] = (double)(st >> 11) * 0x1p-52 - 1.0;
        }
        for (size_t i = 0; i + 1 < n; i += 2) { /* u . r = 0 */
            u[i] = r[i + 1];
            u[i + 1] = -r[i];
        }
        for (size_t i = 0; i < n; i++)
            nu += u[i] * u[i];
        axle_matrix *A = NULL, *b = NULL, *x = NULL, *N = NULL, *X = BOGUS;
        TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                TS_OK(axle_matrix_set_double(A, i, j, (i == j) - u[i] * u[j] / nu));
        size_t rank = 0;
        TS_OK(axle_matrix_rank(&rank, A));
        cr_assert_eq(rank, n - 1);
        b = rr_doubles(n, 1, r); /* in the range of A (orthogonal to u): consistent */
        TS_OK(axle_matrix_solve(&x, &N, A, b));
        cr_assert_eq(axle_matrix_cols(N), 1u, "n %zu", n);
        cr_assert_eq(axle_matrix_inverse(&X, A), AXLE_ESINGULAR, "n %zu", n);
        cr_assert_null(X);
        axle_matrix_free(A);
        axle_matrix_free(b);
        axle_matrix_free(x);
        axle_matrix_free(N);
        free(r);
        free(u);
    }
}

/* ax_rr_lu_decide_estimate: no probe, so on a well-conditioned 64 x 64 matrix (where the probe
 * would decide with its smaller lower bound) rcond is dgecon's estimate. */
Test(rr_wrappers, decide_estimate_runs_no_probe)
{
    size_t n = 64;
    axle_matrix *A = random_rr(n);
    double tol = axle_rr_effective_tolerance(n, n);
    ax_rr_lu lu;
    TS_OK(ax_rr_lu_compute(&lu, A, NULL));
    TS_OK(ax_rr_lu_solve_decide(&lu, NULL, 0, tol));
    double probed = lu.rcond, est = -1.0;
    TS_OK(ax_rr_lu_decide_estimate(&lu, tol));
    cr_assert_eq(
        LAPACKE_dgecon(LAPACK_COL_MAJOR, '1', (lapack_int)n, lu.lu, (lapack_int)n, lu.anorm, &est),
        0);
    cr_assert(probed >= 2.0 * tol && probed < est * 1e-3, "probe %g, dgecon %g", probed, est);
    cr_assert(fabs(lu.rcond - est) <= 1e-6 * est, "%g vs dgecon %g", lu.rcond, est);
    ax_rr_lu_free(&lu);
    axle_matrix_free(A);
}

/* The small kernels' allocation: the layout of ax_matrix_alloc_rr_unset (ld = rows, entries in
 * the header's block, writable to the last one), the entries 64-byte aligned, inside its bounds,
 * the generic path outside them (no rows or columns, a dimension past 2^12, a refused size), and an
 * allocation failure that leaves the output NULL. */
Test(rr_wrappers, small_alloc_matches_the_generic_layout)
{
    const size_t shapes[][2] = {{1, 1},    {8, 8},          {3, 5},         {4096, 1},
                                {1, 4096}, {0, 5},          {5, 0},         {4097, 2},
                                {2, 4097}, {(size_t)-1, 1}, {1, (size_t)-1}};
    for (size_t t = 0; t < sizeof shapes / sizeof *shapes; t++) {
        size_t m = shapes[t][0], n = shapes[t][1];
        axle_matrix *A = BOGUS, *G = BOGUS;
        axle_status s = ax_matrix_alloc_rr_small(&A, m, n);
        cr_assert_eq(s, ax_matrix_alloc_rr_unset(&G, m, n), "%zu x %zu", m, n);
        if (s) {
            cr_assert_eq(s, AXLE_ERANGE, "%zu x %zu", m, n);
            cr_assert_null(A);
            cr_assert_null(G);
            continue;
        }
        size_t off = (size_t)((char *)A->d - (char *)A), goff = (size_t)((char *)G->d - (char *)G);
        cr_assert(A->field == AXLE_RR && A->rows == m && A->cols == n && A->ld == G->ld && !A->q &&
                      A->d && off >= sizeof *A,
                  "%zu x %zu", m, n);
        /* every RR matrix: entries 64-byte aligned, within the slack after the header */
        cr_assert((uintptr_t)A->d % 64 == 0 && off < sizeof *A + 16 + 64, "%zu x %zu", m, n);
        cr_assert((uintptr_t)G->d % 64 == 0 && goff < sizeof *G + 16 + 64, "%zu x %zu", m, n);
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < m; i++)
                AX_D(A, i, j) = (double)(i + j);
        if (m && n)
            cr_assert_eq(AX_D(A, m - 1, n - 1), (double)(m + n - 2));
        axle_matrix_free(A);
        axle_matrix_free(G);
    }
    for (size_t t = 0; t < 4; t++) {
        axle_matrix *A = BOGUS;
        ax_oom_fail_at(1, false);
        cr_assert_eq(ax_matrix_alloc_rr_small(&A, shapes[t][0], shapes[t][1]), AXLE_ENOMEM);
        ax_oom_fail_at(0, false);
        cr_assert_null(A);
    }
}

/* axle_matrix_mul's one-test path for the common case and the checks behind it: products of every
 * small shape (empty ones included) against the definition, then each refusal with its status
 * and message, the output NULL. */
Test(rr_wrappers, product_paths_agree_with_the_definition)
{
    for (size_t m = 0; m <= 3; m++)
        for (size_t k = 0; k <= 3; k++)
            for (size_t n = 0; n <= 3; n++) {
                axle_matrix *A, *B, *C = BOGUS;
                TS_OK(axle_matrix_new(&A, AXLE_RR, m, k));
                TS_OK(axle_matrix_new(&B, AXLE_RR, k, n));
                for (size_t i = 0; i < m; i++)
                    for (size_t l = 0; l < k; l++)
                        TS_OK(axle_matrix_set_double(A, i, l, (double)(i + 2 * l + 1)));
                for (size_t l = 0; l < k; l++)
                    for (size_t j = 0; j < n; j++)
                        TS_OK(axle_matrix_set_double(B, l, j, (double)(3 * l) - (double)j));
                TS_OK(axle_matrix_mul(&C, A, B));
                cr_assert(axle_matrix_rows(C) == m && axle_matrix_cols(C) == n);
                for (size_t i = 0; i < m; i++)
                    for (size_t j = 0; j < n; j++) {
                        double want = 0.0;
                        for (size_t l = 0; l < k; l++)
                            want += (double)(i + 2 * l + 1) * ((double)(3 * l) - (double)j);
                        cr_assert_eq(rr_get(C, i, j), want, "%zux%zu * %zux%zu at (%zu, %zu)", m, k,
                                     k, n, i, j);
                    }
                axle_matrix_free(C);
                axle_matrix_free(A);
                axle_matrix_free(B);
            }
    axle_matrix *A, *B, *Q, *C = BOGUS;
    TS_OK(axle_matrix_new(&A, AXLE_RR, 2, 3));
    TS_OK(axle_matrix_new(&B, AXLE_RR, 2, 3));
    TS_OK(axle_matrix_new(&Q, AXLE_QQ, 3, 2));
    cr_assert_eq(axle_matrix_mul(&C, A, B), AXLE_EDIM);
    cr_assert_null(C);
    cr_assert_not_null(strstr(axle_error_message(), "cannot multiply a 2x3 matrix by a 2x3"));
    C = BOGUS;
    cr_assert_eq(axle_matrix_mul(&C, A, Q), AXLE_EFIELD);
    cr_assert_null(C);
    C = BOGUS;
    cr_assert_eq(axle_matrix_mul(&C, NULL, B), AXLE_EINVAL);
    cr_assert_null(C);
    cr_assert_not_null(strstr(axle_error_message(), "matrix A is NULL"));
    C = BOGUS;
    cr_assert_eq(axle_matrix_mul(&C, A, NULL), AXLE_EINVAL);
    cr_assert_null(C);
    cr_assert_not_null(strstr(axle_error_message(), "matrix B is NULL"));
    axle_matrix_free(A);
    axle_matrix_free(B);
    axle_matrix_free(Q);
}
