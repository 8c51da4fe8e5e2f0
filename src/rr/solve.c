/* RR linear systems A X = B.
 *
 * A and B are first scaled by powers of two (exact; see ax_rr_exponent): X = 2^(f - e) X' with
 * A' = 2^-e A, B' = 2^-f B, A' X' = B'. Then:
 *   - A square with reciprocal condition number >= tol: LU (dgetrf + dgetrs), the unique
 *     solution; the null space is n x 0. O(n^3 + n^2 k). The decision (ax_rr_lu_solve_rcond):
 *     below n = 32 an O(n^2) proven bound when it clears 16 tol; otherwise one more solve, with
 *     a pseudo-random vector r seeded by a hash of A's pivots, that shows rcond >= 2 tol unless
 *     r is nearly orthogonal to A's smallest left singular vector (|u . r| < 2^-20: probability
 *     under 1.5e-6 for r uniform in the cube independently of A; a matrix that fails it must be
 *     searched for against the hash); only when neither clears it, dgecon's estimate
 *     (Hager-Higham in the 1-norm, 3 to 5 solves) decides.
 *   - Otherwise: the SVD A' = U S V^T (dgesdd) with the numerical rank r (singular values above
 *     tol * s_1, as axle_matrix_rank); X' = V_r S_r^-1 U_r^T B' is the minimum-norm least-squares
 *     solution of the nearest rank-r system, and the null space is V's last n - r columns (as
 *     axle_matrix_null), from the same decomposition. O(m n min(m, n) + (m + n) r k).
 * The system is declared inconsistent (AXLE_ENOSOLUTION) when, for some column b of B with
 * solution x, the normwise backward error (Rigal-Gaches)
 *       eta = ||b - A x||_2 / (||A||_2 ||x||_2 + ||b||_2)
 * exceeds max(tol, sqrt(DBL_EPSILON)): x then solves no system within that relative distance of
 * the given one. The floor sqrt(eps) ~ 1.5e-8 absorbs the rounding in the computed residual
 * (about max(m, n) eps) and the singular values dropped below tol * s_1. tol is
 * axle_rr_effective_tolerance(m, n). A solution beyond double range is AXLE_ERANGE. */
#include <cblas.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "rr.h"

/* X = 2^shift X' into a fresh n x k matrix (X' packed with leading dimension n), AXLE_ERANGE if
 * an entry overflows. */
static axle_status unscale(axle_matrix **out, const double *Xs, size_t n, size_t k, int shift)
{
    axle_status s = ax_matrix_alloc_rr_unset(out, n, k);
    if (s)
        return s;
    double *d = (*out)->d; /* ld = n */
    bool finite = true;
    for (size_t i = 0; i < n * k; i++) {
        double t = ax_rr_pow2(Xs[i], shift);
        finite &= isfinite(t) != 0;
        d[i] = t;
    }
    if (!finite) {
        axle_matrix_free(*out);
        *out = NULL;
        return ax_error(AXLE_ERANGE, "the solution overflows the range of double");
    }
    return AXLE_OK;
}

/* The unique solution through LU, or *done = false when A is not safely nonsingular: dgetrf,
 * then the solves of B, in the result's own storage, and the condition decision
 * (ax_rr_lu_solve_decide); two allocations (the factors, the result) besides the null space. */
static axle_status solve_lu(axle_matrix **x, axle_matrix **null, bool *done, const axle_matrix *A,
                            const axle_matrix *B)
{
    *done = false;
    size_t n = A->rows, k = B->cols;
    ax_rr_lu lu;
    axle_status s = ax_rr_lu_compute(&lu, A, NULL);
    if (s == AXLE_ERANGE)
        return AXLE_OK; /* LU overflows: not safely nonsingular, the SVD path decides */
    if (s)
        return s;
    axle_matrix *X = NULL;
    if (lu.singular || (s = ax_matrix_alloc_rr_unset(&X, n, k))) {
        ax_rr_lu_free(&lu);
        return s;
    }
    /* X = 2^-f B (n k entries: no overflow, B exists; X is packed, ld = n) */
    int f = ax_rr_exponent(B, false);
    double *W = X->d;
    for (size_t j = 0; j < k; j++)
        for (size_t i = 0; i < n; i++)
            W[i + j * n] = ax_rr_pow2(AX_D(B, i, j), -f);
    double tol = axle_rr_effective_tolerance(n, n);
    if (!(s = ax_rr_lu_solve_decide(&lu, W, k, tol)) && lu.rcond >= tol) {
        int shift = f - lu.e;
        if (shift != 0)
            for (size_t i = 0; i < n * k; i++)
                W[i] = ax_rr_pow2(W[i], shift);
        if (!ax_rr_all_finite(W, n * k))
            s = ax_error(AXLE_ERANGE, "the solution overflows the range of double");
        else if (!null || !(s = ax_matrix_alloc(null, AXLE_RR, n, 0))) {
            *x = X;
            X = NULL;
            *done = true;
        }
    }
    axle_matrix_free(X);
    ax_rr_lu_free(&lu);
    return s;
}

/* The 2-norm of x without overflow or underflow (x scaled by its largest entry first): BLAS
 * dnrm2 implementations differ, and some square the entries as they are. */
static double norm2(const double *x, size_t n)
{
    double big = 0.0;
    for (size_t i = 0; i < n; i++)
        if (fabs(x[i]) > big)
            big = fabs(x[i]);
    if (big == 0.0)
        return 0.0;
    double sum = 0.0;
    for (size_t i = 0; i < n; i++) {
        double t = x[i] / big;
        sum += t * t;
    }
    return big * sqrt(sum);
}

/* Largest normwise backward error over the k columns (all packed: R = B' - A' X' is m x k,
 * X' is n x k, B' is m x k); anorm = ||A'||_2. */
static double backward_error(const double *R, const double *X, const double *B, size_t m, size_t n,
                             size_t k, double anorm, size_t *worst)
{
    double eta = 0.0;
    *worst = 0;
    for (size_t c = 0; c < k; c++) {
        double r = norm2(R + c * m, m);
        double xn = norm2(X + c * n, n);
        double bn = norm2(B + c * m, m);
        double e = r == 0.0 ? 0.0 : r / (anorm * xn + bn);
        if (!(e <= eta)) {
            eta = isnan(e) ? INFINITY : e;
            *worst = c;
        }
    }
    return eta;
}

static axle_status solve_svd(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                             const axle_matrix *B)
{
    size_t m = A->rows, n = A->cols, k = B->cols, nk;
    if (!ax_size_mul(&nk, n, k) || nk > AXLE_MATRIX_MAX_ENTRIES)
        return ax_error(AXLE_ERANGE, "the %zu x %zu solution is too large (at most %u entries)", n,
                        k, AXLE_MATRIX_MAX_ENTRIES);
    int f = ax_rr_exponent(B, false);
    double *Bs = ax_rr_copy_scaled(B, f);
    if (!Bs)
        return AXLE_ENOMEM;
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, true);
    if (s) {
        free(Bs);
        return s;
    }
    size_t r = svd.rank;
    axle_matrix *X = NULL, *N = NULL;
    double *As = ax_rr_copy_scaled(A, svd.e);
    double *C = ax_calloc(r ? r : 1, k * sizeof *C);
    double *Xs = ax_calloc(n, k * sizeof *Xs);
    double *R = ax_calloc(m, k * sizeof *R);
    if (!As || !C || !Xs || !R) {
        s = ax_nomem();
        goto done;
    }
    lapack_int lm = (lapack_int)m, ln = (lapack_int)n, lk = (lapack_int)k, lr = (lapack_int)r;
    if (r > 0) {
        /* C = S_r^-1 U_r^T B', X' = V_r C. */
        cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, lr, lk, lm, 1.0, svd.u, lm, Bs, lm,
                    0.0, C, lr);
        for (size_t c = 0; c < k; c++)
            for (size_t i = 0; i < r; i++)
                C[i + c * r] /= svd.s[i];
        cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, ln, lk, lr, 1.0, svd.vt, ln, C, lr,
                    0.0, Xs, ln);
    }
    if (!ax_all_finite(Xs, n * k)) {
        s = ax_error(AXLE_ERANGE, "the solution overflows the range of double");
        goto done;
    }
    /* R = B' - A' X'. */
    for (size_t i = 0; i < m * k; i++)
        R[i] = Bs[i];
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, lm, lk, ln, -1.0, As, lm, Xs, ln, 1.0, R,
                lm);
    size_t worst;
    double eta = backward_error(R, Xs, Bs, m, n, k, svd.s[0], &worst);
    double limit = fmax(svd.tol, sqrt(DBL_EPSILON));
    if (eta > limit) {
        s = ax_error(AXLE_ENOSOLUTION,
                     "the system is inconsistent: the least-squares residual is %.3g relative to "
                     "||A|| ||x|| + ||b|| (right-hand side column %zu of %zu), above the "
                     "tolerance %.3g",
                     eta, worst + 1, k, limit);
        goto done;
    }
    if ((s = unscale(&X, Xs, n, k, f - svd.e)) || (null && (s = ax_rr_null_from_svd(&N, &svd))))
        goto done;
    *x = X;
    if (null)
        *null = N;
    X = NULL;
done:
    axle_matrix_free(X);
    free(As);
    free(C);
    free(Xs);
    free(R);
    free(Bs);
    ax_rr_svd_free(&svd);
    return s;
}

axle_status ax_rr_solve(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                        const axle_matrix *B)
{
    *x = NULL;
    if (null)
        *null = NULL;
    size_t k = B->cols;
    lapack_int li = 0;
    axle_status s;
    if ((s = ax_rr_li(&li, A->rows, "the number of rows")) ||
        (s = ax_rr_li(&li, A->cols, "the number of columns")) ||
        (s = ax_rr_li(&li, k + 2, "the number of right-hand sides (plus 2)")))
        return s;
    if (A->rows == A->cols) {
        bool done = false;
        if ((s = solve_lu(x, null, &done, A, B)) || done)
            return s;
    }
    return solve_svd(x, null, A, B);
}
