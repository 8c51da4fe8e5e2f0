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
 *   3. With W = Q T' (T' upper trapezoidal; the sub-threshold parts of non-pivot columns set to
 *      zero), the RREF's top r rows are T^-1 T' where T is T' restricted to the pivot columns;
 *      pivot columns are then set to exact unit vectors and the entries below each row's
 *      echelon step to exact zeros.
 * So R is the exact RREF of a matrix within about tol * ||A|| of A. Cost: the SVD, O(m n
 * min(m, n)), plus O(r^2 n) for the pivot selection and the triangular solve. */
#include <cblas.h>
#include <math.h>
#include <stdlib.h>

#include "rr.h"

/* Reflect the column x (length len) to beta e_1 with H = I - tau v v^T, v[0] = 1; v gets the
 * vector, the return value is beta. x is left unchanged. */
static double householder(const double *x, size_t len, double *v, double *tau)
{
    double alpha = x[0];
    double norm = cblas_dnrm2((lapack_int)len, x, 1);
    double beta = alpha >= 0.0 ? -norm : norm;
    v[0] = 1.0;
    double scale = 1.0 / (alpha - beta);
    for (size_t i = 1; i < len; i++)
        v[i] = x[i] * scale;
    *tau = (beta - alpha) / beta;
    return beta;
}

/* Choose pivots on W (r x n, column-major, ld r) in place: on return W holds T' (see above),
 * pivots[0..*k-1] the pivot columns and step[j] the number of pivots at or before column j.
 * v (r entries) and work (n entries) are scratch. */
static void choose_pivots(double *W, size_t r, size_t n, double delta, size_t *pivots, size_t *k,
                          size_t *step, double *v, double *work)
{
    size_t p = 0;
    for (size_t j = 0; j < n; j++) {
        double *col = W + j * r;
        if (p < r && cblas_dnrm2((lapack_int)(r - p), col + p, 1) > delta) {
            double tau;
            double beta = householder(col + p, r - p, v, &tau);
            col[p] = beta;
            for (size_t i = p + 1; i < r; i++)
                col[i] = 0.0;
            if (j + 1 < n) {
                /* Y = W[p:r, j+1:n] <- (I - tau v v^T) Y as work = Y^T v, Y -= tau v work^T. */
                lapack_int len = (lapack_int)(r - p), rest = (lapack_int)(n - j - 1);
                double *Y = W + (j + 1) * r + p;
                cblas_dgemv(CblasColMajor, CblasTrans, len, rest, 1.0, Y, (lapack_int)r, v, 1, 0.0,
                            work, 1);
                cblas_dger(CblasColMajor, len, rest, -tau, v, 1, work, 1, Y, (lapack_int)r);
            }
            pivots[p++] = j;
        } else {
            for (size_t i = p; i < r; i++)
                col[i] = 0.0;
        }
        step[j] = p;
    }
    *k = p;
}

static axle_status rref_from_svd(axle_matrix **out, size_t *pivots, size_t *rank,
                                 const ax_rr_svd *svd)
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
    double *T = ax_calloc(r, r * sizeof *T);
    double *work = ax_calloc(n, sizeof *work);
    if (!W || !piv || !step || !v || !T || !work) {
        s = ax_nomem();
        goto fail;
    }
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < r; i++)
            W[i + j * r] = svd->vt[i + j * n];
    double delta = fmin(sqrt(svd->tol * (svd->s[0] / svd->s[r - 1])), 0.5 / sqrt((double)n));
    size_t k;
    choose_pivots(W, r, n, delta, piv, &k, step, v, work);
    /* k == r by the argument above; should rounding ever lose a pivot, the rows beyond k are
     * zero and the reported rank is k. */
    for (size_t c = 0; c < k; c++)
        for (size_t i = 0; i <= c; i++)
            T[i + c * k] = W[i + piv[c] * r];
    cblas_dtrsm(CblasColMajor, CblasLeft, CblasUpper, CblasNoTrans, CblasNonUnit, (lapack_int)k,
                (lapack_int)n, 1.0, T, (lapack_int)(k ? k : 1), W, (lapack_int)r);
    axle_matrix *R = *out;
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < step[j]; i++)
            AX_D(R, i, j) = W[i + j * r] + 0.0; /* + 0.0 turns -0 into 0 */
    for (size_t i = 0; i < k; i++)
        for (size_t l = 0; l < k; l++)
            AX_D(R, l, piv[i]) = l == i ? 1.0 : 0.0;
    if ((s = ax_rr_check_finite(R, "the reduced row echelon form")))
        goto fail;
    if (pivots)
        for (size_t i = 0; i < k; i++)
            pivots[i] = piv[i];
    *rank = k;
    free(W);
    free(piv);
    free(step);
    free(v);
    free(T);
    free(work);
    return AXLE_OK;
fail:
    free(W);
    free(piv);
    free(step);
    free(v);
    free(T);
    free(work);
    axle_matrix_free(*out);
    *out = NULL;
    return s;
}

axle_status ax_rr_rref(axle_matrix **out, size_t *pivots, size_t *rank, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, true);
    if (s)
        return s;
    s = rref_from_svd(out, pivots, rank, &svd);
    ax_rr_svd_free(&svd);
    return s;
}
