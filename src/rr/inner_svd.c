/* The RR least-squares and singular-value kernels (src/backend.h): dgelsd for minimum-norm least
 * squares, dgesdd for the pseudoinverse and the SVD, all at the rank tolerance tol =
 * axle_rr_effective_tolerance(m, n) of include/axle/field.h (singular values <= tol σ_max count
 * as zero).
 *
 * Singular values of T : V -> W for Gram matrices GV = LV LV^T and GW = LW LW^T are those of
 * N = LW^T M LV^-T (M = M(T), m x n): N is the matrix of T in orthonormal bases (the columns of
 * LV^-T and LW^-T), so N^T N y = σ² y gives the eigenvectors x = LV^-T y of T*T. The distinct
 * values are the clusters of consecutive singular values (decreasing, with the n - min(m, n)
 * missing ones as zeros) whose gaps are at most tol σ_max; values at most tol σ_max are 0. */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "inner_rr.h"

/* ---- least squares -------------------------------------------------------------------------- */

/* dgelsd on copies of A (m x n) and B (m x k, in a max(m, n) x k buffer b, solution in its first
 * n rows): *rank and the singular values in s (min(m, n)). */
static axle_status gelsd(double *b, size_t ldb, size_t *rank, const axle_matrix *A,
                         const axle_matrix *B)
{
    size_t m = A->rows, n = A->cols, k = B->cols, mn = m < n ? m : n;
    double *a = ax_rr_copy_scaled(A, 0), *s = ax_malloc(mn * sizeof *s);
    axle_status st = AXLE_OK;
    if (!a || !s) {
        st = ax_nomem();
        goto done;
    }
    for (size_t j = 0; j < k; j++)
        memcpy(b + j * ldb, B->d + j * B->ld, m * sizeof *b);
    lapack_int r = 0;
    lapack_int info =
        LAPACKE_dgelsd(LAPACK_COL_MAJOR, (lapack_int)m, (lapack_int)n, (lapack_int)k, a,
                       (lapack_int)m, b, (lapack_int)ldb, s, axle_rr_effective_tolerance(m, n), &r);
    if (!(st = ax_rr_info(info, "dgelsd", "the singular value decomposition did not converge")))
        *rank = (size_t)r;
done:
    free(a);
    free(s);
    return st;
}

axle_status ax_rr_lstsq(axle_matrix **x, size_t *rank, axle_matrix **residual, const axle_matrix *A,
                        const axle_matrix *B)
{
    *x = NULL;
    if (residual)
        *residual = NULL;
    size_t m = A->rows, n = A->cols, k = B->cols, ldb = m > n ? m : n, r = 0;
    axle_matrix *X = NULL, *Res = NULL, *D = NULL;
    double *b = ax_calloc(ldb, k * sizeof *b);
    axle_status s;
    if (!b)
        return ax_nomem();
    if ((s = gelsd(b, ldb, &r, A, B)) || (s = ax_matrix_alloc_rr_unset(&X, n, k)))
        goto done;
    for (size_t j = 0; j < k; j++)
        memcpy(X->d + j * X->ld, b + j * ldb, n * sizeof *b);
    if ((s = ax_rr_check_finite(X, "the least-squares solution")))
        goto done;
    if (residual) {
        /* D = B - A X, then the squared norms of its columns as sums of squares: the square of
         * dnrm2's norm rounds twice (‖(1, 2)‖² came out 5.000000000000001), and a sum of squares
         * that is representable never overflows on the way */
        if ((s = axle_matrix_copy(&D, B)) || (s = ax_matrix_alloc(&Res, AXLE_RR, 1, k)))
            goto done;
        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, (int)m, (int)k, (int)n, -1.0, A->d,
                    (int)A->ld, X->d, (int)X->ld, 1.0, D->d, (int)D->ld);
        for (size_t j = 0; j < k; j++) {
            const double *d = D->d + j * D->ld;
            AX_D(Res, 0, j) = cblas_ddot((int)m, d, 1, d, 1);
        }
        if ((s = ax_rr_check_finite(Res, "the squared residual")))
            goto done;
        *residual = Res;
        Res = NULL;
    }
    if (rank)
        *rank = r;
    *x = X;
    X = NULL;
done:
    free(b);
    axle_matrix_free(X);
    axle_matrix_free(Res);
    axle_matrix_free(D);
    return s;
}

/* ---- the pseudoinverse ---------------------------------------------------------------------- */

axle_status ax_rr_pinv(axle_matrix **out, const axle_matrix *A)
{
    *out = NULL;
    size_t m = A->rows, n = A->cols;
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, true);
    if (s)
        return s;
    /* 2^-e A = U S V^T, so A+ = 2^-e V_r S_r^-1 U_r^T over the rank r */
    size_t r = svd.rank;
    axle_matrix *X = NULL, *P = NULL;
    if ((s = ax_matrix_alloc(&P, AXLE_RR, n, m)) || r == 0 ||
        (s = ax_matrix_alloc_rr_unset(&X, n, r)))
        goto done;
    for (size_t i = 0; i < r; i++) {
        double c = ax_rr_pow2(1.0 / svd.s[i], -svd.e);
        for (size_t j = 0; j < n; j++)
            AX_D(X, j, i) = c * svd.vt[i + j * n];
    }
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasTrans, (int)n, (int)m, (int)r, 1.0, X->d,
                (int)X->ld, svd.u, (int)m, 0.0, P->d, (int)P->ld);
    s = ax_rr_check_finite(P, "the pseudoinverse");
done:
    ax_rr_svd_free(&svd);
    axle_matrix_free(X);
    if (s)
        axle_matrix_free(P);
    else
        *out = P;
    return s;
}

/* ---- singular values ------------------------------------------------------------------------ */

/* The kernel's own data (ax_svals.data). */
typedef struct rr_svals {
    size_t n, count;
    double *value;   /* count distinct values, decreasing */
    size_t *cluster; /* n entries: the distinct value of each singular value (with the zeros) */
    double *vt;      /* n x n: the right singular vectors of N as rows */
    axle_matrix *LV; /* the Cholesky factor of GV, NULL for the standard inner product */
} rr_svals;

static void svals_free(void *data)
{
    rr_svals *D = data;
    if (!D)
        return;
    free(D->value);
    free(D->cluster);
    free(D->vt);
    axle_matrix_free(D->LV);
    free(D);
}

static axle_status svals_value_string(char **out, const void *data, size_t k, axle_format fmt)
{
    const rr_svals *D = data;
    ax_buf b = {0};
    ax_buf_put_double(&b, D->value[k], fmt);
    return ax_buf_finish(&b, out);
}

static axle_status svals_top_space(axle_matrix **out, const void *data, size_t j)
{
    *out = NULL;
    const rr_svals *D = data;
    size_t n = D->n, c = D->cluster[j - 1];
    if (c == D->cluster[j] && D->value[c] > 0.0) {
        char fmt[128];
        snprintf(fmt, sizeof fmt,
                 "the %zu largest singular values do not determine a subspace: "
                 "\xcf\x83_%zu = \xcf\x83_%zu = %%s (to the tolerance)",
                 j, j, j + 1);
        return ax_rr_error_d(AXLE_EDOMAIN, fmt, D->value[c], 0.0);
    }
    axle_matrix *X;
    axle_status s = ax_matrix_alloc_rr_unset(&X, n, j);
    if (s)
        return s;
    for (size_t i = 0; i < j; i++)
        for (size_t r = 0; r < n; r++)
            AX_D(X, r, i) = D->vt[i + r * n];
    ax_rr_lt_solve(X, D->LV);
    *out = X;
    return AXLE_OK;
}

static const ax_svals_ops rr_svals_ops = {
    .free = svals_free,
    .value_string = svals_value_string,
    .value_exact = NULL,
    .top_space = svals_top_space,
};

/* The distinct values of the n singular values sig (decreasing, zeros included) into S->approx,
 * S->mult, S->count and D->value, D->cluster (all allocated here), for the threshold thr. */
static axle_status clusters(ax_svals *S, rr_svals *D, const double *sig, double thr)
{
    size_t n = D->n, count = 0;
    D->cluster = ax_malloc(n * sizeof *D->cluster);
    D->value = ax_malloc(n * sizeof *D->value);
    S->mult = ax_malloc(n * sizeof *S->mult);
    S->approx = ax_malloc(n * sizeof *S->approx);
    if (!D->cluster || !D->value || !S->mult || !S->approx)
        return ax_nomem();
    for (size_t i = 0; i < n; i++) {
        bool zero = sig[i] <= thr,
             join = i > 0 && (zero ? D->value[count - 1] == 0.0 : sig[i - 1] - sig[i] <= thr);
        if (!join) {
            D->value[count] = 0.0;
            S->mult[count++] = 0;
        }
        D->cluster[i] = count - 1;
        S->mult[count - 1]++;
        if (!zero) /* the running sum, made a mean below */
            D->value[count - 1] += sig[i];
    }
    for (size_t c = 0; c < count; c++)
        S->approx[c] = D->value[c] /= (double)S->mult[c];
    S->count = count;
    return AXLE_OK;
}

axle_status ax_rr_inner_svd(ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                            const axle_matrix *GW)
{
    *out = NULL;
    size_t m = M->rows, n = M->cols, k = m < n ? m : n;
    axle_matrix *LW = NULL, *N = NULL;
    ax_rr_svd svd = {0};
    ax_svals *S = ax_calloc(1, sizeof *S);
    rr_svals *D = ax_calloc(1, sizeof *D);
    double *sig = ax_calloc(n, sizeof *sig);
    axle_status s;
    if (S && D) {
        S->ops = &rr_svals_ops;
        S->data = D; /* freed with S from here on */
    }
    if (!S || !D || !sig) {
        s = ax_nomem();
        goto done;
    }
    S->m = m;
    S->n = D->n = n;
    if ((s = ax_rr_gram_factor(&D->LV, GV)) || (s = ax_rr_gram_factor(&LW, GW)) ||
        (s = ax_rr_orthonormal_matrix(&N, M, LW, D->LV)) || (s = ax_rr_svd_compute_full(&svd, N)))
        goto done;
    for (size_t i = 0; i < k; i++)
        sig[i] = ax_rr_pow2(svd.s[i], svd.e);
    if (!ax_rr_all_finite(sig, k)) {
        s = ax_error(AXLE_ERANGE, "a singular value overflows the range of double");
        goto done;
    }
    if ((s = clusters(S, D, sig, svd.tol * sig[0])) ||
        (s = ax_matrix_alloc_rr_unset(&S->U, m, m)) ||
        (s = ax_matrix_alloc(&S->Sigma, AXLE_RR, m, n)) ||
        (s = ax_matrix_alloc_rr_unset(&S->Vt, n, n)))
        goto done;
    memcpy(S->U->d, svd.u, m * m * sizeof *svd.u);
    memcpy(S->Vt->d, svd.vt, n * n * sizeof *svd.vt);
    for (size_t i = 0; i < k; i++)
        AX_D(S->Sigma, i, i) = sig[i];
    D->vt = svd.vt; /* the kernel keeps its own copy for top_space */
    svd.vt = NULL;
    *out = S;
    S = NULL;
done:
    if (S && S->data)
        ax_svals_free(S); /* and D, through its ops */
    else if (!*out) {
        free(S);
        svals_free(D);
    }
    ax_rr_svd_free(&svd);
    axle_matrix_free(LW);
    axle_matrix_free(N);
    free(sig);
    return s;
}
