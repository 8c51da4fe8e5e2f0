/* The RR Gram–Schmidt and QR kernels (src/backend.h): Householder QR (dgeqrf, dorgqr) with a
 * positive diagonal, never the classical loop.
 *
 * Gram–Schmidt for G = L L^T (L = I for the standard inner product) on the columns of V: W = L^T V
 * is the matrix of the v_j in a G-orthonormal basis, W = Q R its QR, and V = L^-T Q R. So the
 * G-orthonormal e_j are the columns of L^-T Q (a triangular solve), e'_j = R_jj e_j is the
 * classical orthogonal vector (v_j minus its projection onto span(v_1..v_{j-1})), r_j = R_jj^2,
 * and V = E Rp with Rp = diag(R_jj)^-1 R. Column j is dependent on the earlier ones when
 * |R_jj| <= tol ||W_j|| (the sine of its angle to their span), tol =
 * axle_rr_effective_tolerance(n, k). O(n^2 k) for the products with L, O(n k^2) for the QR. */
#include <cblas.h>
#include <stdlib.h>

#include "inner_rr.h"

/* W = Q R for the RR n x k W, k <= n: *Q (n x k, orthonormal columns) and *R (k x k upper
 * triangular, positive diagonal), from dgeqrf and dorgqr on a copy of W scaled by a power of two.
 * *dep = the first j with |R_jj| <= tol ||W_j||, or k when there is none; Q and R are made only
 * then (NULL otherwise). AXLE_ERANGE when R overflows. */
static axle_status householder(axle_matrix **Q, axle_matrix **R, size_t *dep, const axle_matrix *W)
{
    *Q = *R = NULL;
    size_t n = W->rows, k = W->cols;
    int e = ax_rr_exponent(W, false);
    axle_matrix *A, *Rm = NULL;
    axle_status s = ax_matrix_alloc_rr_unset(&A, n, k);
    if (s)
        return s;
    double *a = A->d, *tau = ax_malloc(2 * k * sizeof *tau), *norm = tau + k;
    if (!tau) {
        axle_matrix_free(A);
        return ax_nomem();
    }
    for (size_t j = 0; j < k; j++) {
        for (size_t i = 0; i < n; i++)
            a[i + j * n] = ax_rr_pow2(AX_D(W, i, j), -e);
        norm[j] = cblas_dnrm2((int)n, a + j * n, 1);
    }
    lapack_int ln = (lapack_int)n, lk = (lapack_int)k;
    s = ax_rr_info(LAPACKE_dgeqrf(LAPACK_COL_MAJOR, ln, lk, a, ln, tau), "dgeqrf",
                   "QR factorization failed");
    double tol = axle_rr_effective_tolerance(n, k);
    *dep = k;
    for (size_t j = 0; !s && j < k; j++)
        if (fabs(a[j + j * n]) <= tol * norm[j]) {
            *dep = j;
            break;
        }
    if (!s && *dep == k && !(s = ax_matrix_alloc(&Rm, AXLE_RR, k, k))) {
        for (size_t i = 0; i < k; i++) {
            double sign = a[i + i * n] < 0.0 ? -1.0 : 1.0;
            norm[i] = sign; /* the norms are no longer needed */
            for (size_t j = i; j < k; j++)
                AX_D(Rm, i, j) = ax_rr_pow2(sign * a[i + j * n], e);
        }
        if (!(s = ax_rr_check_finite(Rm, "the triangular factor R")))
            s = ax_rr_info(LAPACKE_dorgqr(LAPACK_COL_MAJOR, ln, lk, lk, a, ln, tau), "dorgqr",
                           "forming Q failed");
        for (size_t j = 0; !s && j < k; j++)
            if (norm[j] < 0.0)
                for (size_t i = 0; i < n; i++)
                    a[i + j * n] = -a[i + j * n];
    }
    free(tau);
    if (s || *dep < k) {
        axle_matrix_free(A);
        axle_matrix_free(Rm);
        return s;
    }
    *Q = A;
    *R = Rm;
    return AXLE_OK;
}

/* householder on the first min(k, n) columns of the n x k W; *dep as there, n when k > n and the
 * first n columns are independent (n + 1 vectors of F^n are dependent). */
static axle_status qr_columns(axle_matrix **Q, axle_matrix **R, size_t *dep, const axle_matrix *W)
{
    if (W->cols <= W->rows)
        return householder(Q, R, dep, W);
    axle_matrix *H;
    axle_status s = ax_matrix_block(&H, W, 0, W->rows, 0, W->rows);
    if (s)
        return s;
    s = householder(Q, R, dep, H);
    axle_matrix_free(H);
    axle_matrix_free(*Q);
    axle_matrix_free(*R);
    *Q = *R = NULL;
    return s;
}

/* AXLE_ERANGE when a nonzero column v_j of V has W_j = L^T v_j = 0: its coordinates underflowed
 * (a tiny v_j for a tiny G), which would read as a zero vector or a dependent list. */
static axle_status check_underflow(const axle_matrix *V, const axle_matrix *W)
{
    for (size_t j = 0; j < V->cols; j++) {
        bool v0 = true, w0 = true;
        for (size_t i = 0; i < V->rows; i++) {
            v0 = v0 && AX_D(V, i, j) == 0.0;
            w0 = w0 && AX_D(W, i, j) == 0.0;
        }
        if (w0 && !v0)
            return ax_error(AXLE_ERANGE,
                            "the coordinates L^T v_%zu of v_%zu in a G-orthonormal basis (G = L "
                            "L^T) underflow the range of double",
                            j + 1, j + 1);
    }
    return AXLE_OK;
}

axle_status ax_rr_gram_schmidt(axle_matrix **E, axle_matrix **r, axle_matrix **Rp, size_t *dep,
                               const axle_matrix *G, const axle_matrix *V)
{
    *E = *r = NULL;
    if (Rp)
        *Rp = NULL;
    size_t n = V->rows, k = V->cols, d = k;
    axle_matrix *L = NULL, *W = NULL, *Q = NULL, *R = NULL, *rm = NULL, *Rpm = NULL;
    axle_status s;
    if ((s = ax_rr_gram_factor(&L, G)) || (s = axle_matrix_copy(&W, V)))
        goto done;
    ax_rr_lt_mul(W, L);
    if ((s = ax_rr_check_finite(W, "L^T V")) || (s = check_underflow(V, W)) ||
        (s = qr_columns(&Q, &R, &d, W)))
        goto done;
    if (d < k) {
        if (dep)
            *dep = d;
        s = ax_inner_dependent_error(d);
        goto done;
    }
    ax_rr_lt_solve(Q, L); /* the G-orthonormal e_j */
    if ((s = ax_matrix_alloc(&rm, AXLE_RR, k, 1)) || (Rp && (s = axle_matrix_copy(&Rpm, R))))
        goto done;
    size_t tiny = k; /* the first r_j below the normal range: it has lost its precision */
    for (size_t j = 0; j < k; j++) {
        double rjj = AX_D(R, j, j);
        AX_D(rm, j, 0) = rjj * rjj;
        if (rjj * rjj < DBL_MIN && tiny == k)
            tiny = j;
        for (size_t i = 0; i < n; i++)
            AX_D(Q, i, j) *= rjj;
        for (size_t c = j; Rpm && c < k; c++)
            AX_D(Rpm, j, c) = c == j ? 1.0 : AX_D(R, j, c) / rjj;
    }
    if (tiny < k) {
        s = ax_error(AXLE_ERANGE,
                     "the norm squared ||e'_%zu||^2 = ||v_%zu - its projection||^2 (about %.3g) "
                     "is below the normal range of double",
                     tiny + 1, tiny + 1, AX_D(R, tiny, tiny) * AX_D(R, tiny, tiny));
        goto done;
    }
    if ((s = ax_rr_check_finite(rm, "a norm squared ||e'_j||^2")) ||
        (s = ax_rr_check_finite(Q, "the orthogonal list")) ||
        (Rpm && (s = ax_rr_check_finite(Rpm, "the triangular factor"))))
        goto done;
    *E = Q;
    *r = rm;
    if (Rp)
        *Rp = Rpm;
    Q = rm = Rpm = NULL;
done:
    axle_matrix_free(L);
    axle_matrix_free(W);
    axle_matrix_free(Q);
    axle_matrix_free(R);
    axle_matrix_free(rm);
    axle_matrix_free(Rpm);
    return s;
}

axle_status ax_rr_qr(axle_matrix **Q, axle_matrix **R, const axle_matrix *A)
{
    *Q = *R = NULL;
    size_t d;
    axle_status s = qr_columns(Q, R, &d, A);
    if (s)
        return s;
    if (d == A->cols)
        return AXLE_OK;
    if (d == A->rows)
        return ax_error(AXLE_EDOMAIN,
                        "the matrix has rank less than its %zu columns: it has only %zu %s",
                        A->cols, A->rows, ax_plural(A->rows, "row", "rows"));
    if (d == 0)
        return ax_error(AXLE_EDOMAIN,
                        "the matrix has rank less than its %zu columns: column 1 is zero", A->cols);
    return ax_error(AXLE_EDOMAIN,
                    "the matrix has rank less than its %zu columns: column %zu is in the span of "
                    "the columns before it",
                    A->cols, d + 1);
}
