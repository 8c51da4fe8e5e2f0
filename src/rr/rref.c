/* RR reduced row echelon form.
 *
 * Method (consistent with axle_matrix_rank by construction):
 *   1. SVD A = U S V^T (dgesdd); r = the numerical rank (singular values above tol * s_1,
 *      tol = axle_rr_effective_tolerance(m, n)). The nearest rank-r matrix is
 *      A_r = U_r S_r W with W = V_r^T (r x n, orthonormal rows) (Eckart-Young), and A_r has the
 *      same row space, hence the same RREF, as W.
 *   2. Pivot columns are chosen left to right on W by an incremental Householder QR: column j
 *      is a pivot when its distance from the span of the earlier pivot columns exceeds
 *      delta = min(sqrt(tol * s_1 / s_r), 1 / (2 sqrt(n))). Rounding perturbs W by about
 *      eps * s_1 / s_r (times a modest factor), while a column whose distance from the earlier
 *      columns of A is d has distance at least d / s_1 in W: delta is the geometric mean of
 *      tol * s_1 / s_r and 1, well above the first and well below the second. The cap
 *      1 / (2 sqrt(n)) guarantees exactly r pivots (a rejected column keeps a residual <= delta,
 *      and the squared residuals of all columns sum to the number of missing pivots because
 *      W W^T = I).
 *   3. The entries: a non-pivot column j with k_j pivots to its left gets the least-squares
 *      coefficients of a_j on those k_j pivot columns of A (Householder QR of the pivot columns,
 *      dgeqrf + dormqr, then a k_j x k_j triangular solve, as the QR of leading columns is
 *      nested); pivot columns are exact unit vectors and every entry below a row's echelon step
 *      is an exact zero. Working from A's own columns (not from W) keeps the error near
 *      eps * cond(A_pivots) rather than eps * s_1 / s_r.
 * So R is the exact RREF of the matrix obtained from A by replacing each non-pivot column by its
 * projection onto the span of the pivot columns before it (a change of about tol * ||A||).
 * Cost: the SVD, O(m n min(m, n)), plus O(r^2 n + m r n) for the pivots and the entries. */
#include <cblas.h>
#include <math.h>
#include <stdlib.h>

#include "rr.h"

/* The Householder reflector H = I - tau v v^T (v[0] = 1) with H x = beta e_1 for the column x
 * of length len (x is left unchanged). */
static void householder(const double *x, size_t len, double *v, double *tau)
{
    double alpha = x[0];
    double norm = cblas_dnrm2((lapack_int)len, x, 1);
    double beta = alpha >= 0.0 ? -norm : norm;
    v[0] = 1.0;
    double scale = 1.0 / (alpha - beta);
    for (size_t i = 1; i < len; i++)
        v[i] = x[i] * scale;
    *tau = (beta - alpha) / beta;
}

/* Choose pivots on W (r x n, column-major, ld r; overwritten by the QR): pivots[0..*k-1] get
 * the pivot columns, step[j] the number of pivots at or before column j. v (r entries) and work
 * (n entries) are scratch. */
static void choose_pivots(double *W, size_t r, size_t n, double delta, size_t *pivots, size_t *k,
                          size_t *step, double *v, double *work)
{
    size_t p = 0;
    for (size_t j = 0; j < n; j++) {
        double *col = W + j * r;
        if (p < r && cblas_dnrm2((lapack_int)(r - p), col + p, 1) > delta) {
            double tau;
            householder(col + p, r - p, v, &tau);
            if (j + 1 < n) {
                /* Y = W[p:r, j+1:n] <- (I - tau v v^T) Y as work = Y^T v, Y -= tau v work^T. */
                lapack_int len = (lapack_int)(r - p), rest = (lapack_int)(n - j - 1);
                double *Y = W + (j + 1) * r + p;
                cblas_dgemv(CblasColMajor, CblasTrans, len, rest, 1.0, Y, (lapack_int)r, v, 1, 0.0,
                            work, 1);
                cblas_dger(CblasColMajor, len, rest, -tau, v, 1, work, 1, Y, (lapack_int)r);
            }
            pivots[p++] = j;
        }
        step[j] = p;
    }
    *k = p;
}

/* Fill R (zero on entry) from the pivots: unit pivot columns, least-squares coefficients for
 * the others (see 3. above). As is 2^-e A, packed m x n. */
static axle_status fill_rref(axle_matrix *R, const double *As, const size_t *piv, size_t k,
                             const size_t *step)
{
    size_t m = R->rows, n = R->cols;
    double *Q = ax_calloc(m, k * sizeof *Q);
    double *tau = ax_calloc(k, sizeof *tau);
    double *Y = ax_calloc(m, (n - k) * sizeof *Y);
    axle_status s = AXLE_OK;
    if (!Q || !tau || !Y) {
        s = ax_nomem();
        goto done;
    }
    for (size_t c = 0, q = 0, p = 0; c < n; c++) {
        double *dst = p < k && piv[p] == c ? Q + (p++) * m : Y + (q++) * m;
        for (size_t i = 0; i < m; i++)
            dst[i] = As[i + c * m];
    }
    lapack_int lm = (lapack_int)m, lk = (lapack_int)k, rest = (lapack_int)(n - k);
    lapack_int info = LAPACKE_dgeqrf(LAPACK_COL_MAJOR, lm, lk, Q, lm, tau);
    if ((s = ax_rr_info(info, "dgeqrf", "QR factorisation failed")))
        goto done;
    info = LAPACKE_dormqr(LAPACK_COL_MAJOR, 'L', 'T', lm, rest, lk, Q, lm, tau, Y, lm);
    if ((s = ax_rr_info(info, "dormqr", "applying Q failed")))
        goto done;
    for (size_t c = 0, q = 0, p = 0; c < n; c++) {
        if (p < k && piv[p] == c) {
            AX_D(R, p, c) = 1.0;
            p++;
            continue;
        }
        double *y = Y + (q++) * m;
        size_t kj = step[c];
        if (kj == 0)
            continue;
        cblas_dtrsv(CblasColMajor, CblasUpper, CblasNoTrans, CblasNonUnit, (lapack_int)kj, Q, lm, y,
                    1);
        for (size_t i = 0; i < kj; i++)
            AX_D(R, i, c) = y[i] + 0.0; /* + 0.0 turns -0 into 0 */
    }
    s = ax_rr_check_finite(R, "the reduced row echelon form");
done:
    free(Q);
    free(tau);
    free(Y);
    return s;
}

static axle_status rref_from_svd(axle_matrix **out, size_t *pivots, size_t *rank,
                                 const ax_rr_svd *svd, const axle_matrix *A)
{
    size_t m = svd->m, n = svd->n, r = svd->rank;
    axle_status s = ax_matrix_alloc(out, AXLE_RR, m, n);
    if (s || r == 0) {
        *rank = 0;
        return s;
    }
    if (r == n) { /* full column rank: R = [I; 0], every column a pivot */
        for (size_t i = 0; i < n; i++) {
            AX_D(*out, i, i) = 1.0;
            if (pivots)
                pivots[i] = i;
        }
        *rank = n;
        return AXLE_OK;
    }
    double *W = ax_calloc(r, n * sizeof *W);
    size_t *piv = ax_calloc(r, sizeof *piv);
    size_t *step = ax_calloc(n, sizeof *step);
    double *v = ax_calloc(r, sizeof *v);
    double *work = ax_calloc(n, sizeof *work);
    double *As = ax_rr_copy_scaled(A, svd->e);
    if (!W || !piv || !step || !v || !work || !As) {
        s = ax_nomem();
        goto done;
    }
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < r; i++)
            W[i + j * r] = svd->vt[i + j * n];
    double delta = fmin(sqrt(svd->tol * (svd->s[0] / svd->s[r - 1])), 0.5 / sqrt((double)n));
    size_t k;
    choose_pivots(W, r, n, delta, piv, &k, step, v, work);
    /* k == r by the argument above; should rounding ever lose a pivot, the rows beyond k are
     * zero and the reported rank is k. */
    if ((s = fill_rref(*out, As, piv, k, step)))
        goto done;
    if (pivots)
        for (size_t i = 0; i < k; i++)
            pivots[i] = piv[i];
    *rank = k;
done:
    free(W);
    free(piv);
    free(step);
    free(v);
    free(work);
    free(As);
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

axle_status ax_rr_rref(axle_matrix **out, size_t *pivots, size_t *rank, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, true);
    if (s)
        return s;
    s = rref_from_svd(out, pivots, rank, &svd, A);
    ax_rr_svd_free(&svd);
    return s;
}
