/* The RR inner kernels around the Cholesky factor (src/backend.h, ax_inner_kernels): symmetry and
 * positive (semi)definiteness decisions, LDL^T and Cholesky through dpotrf, the products with
 * L^T and L^-T every kernel with a Gram matrix needs, and the square roots of a norm squared.
 *
 * Decisions use tol = axle_rr_effective_tolerance(n, n) (include/axle/field.h): symmetric when
 * |a_ij - a_ji| <= tol max|A|; positive definite when dpotrf succeeds and the smallest pivot of
 * A = L D L^T (D = diag(L_kk^2) for the Cholesky factor) is above tol times the largest;
 * positive semidefinite when every eigenvalue (dsyevd) is >= -tol max|lambda|. */
#include <cblas.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "inner_rr.h"

/* The largest magnitude of an entry of A. */
static double max_abs(const axle_matrix *A)
{
    double big = 0.0;
    for (size_t j = 0; j < A->cols; j++)
        for (size_t i = 0; i < A->rows; i++)
            big = fmax(big, fabs(AX_D(A, i, j)));
    return big;
}

/* The first (i, j), i < j in reading order, with |a_ij - a_ji| > tol max|A|; false when none. */
static bool asymmetric_entry(const axle_matrix *A, size_t *pi, size_t *pj)
{
    size_t n = A->rows;
    double limit = axle_rr_effective_tolerance(n, n) * max_abs(A);
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (fabs(AX_D(A, i, j) - AX_D(A, j, i)) > limit) {
                *pi = i;
                *pj = j;
                return true;
            }
    return false;
}

axle_status ax_rr_error_d(axle_status s, const char *fmt, double x, double y)
{
    ax_buf bx = {0}, by = {0};
    ax_buf_put_double(&bx, x, AXLE_FORMAT_TEXT);
    ax_buf_put_double(&by, y, AXLE_FORMAT_TEXT);
    char *sx = NULL, *sy = NULL;
    axle_status t = ax_buf_finish(&bx, &sx);
    if (t)
        ax_buf_drop(&by);
    else if (!(t = ax_buf_finish(&by, &sy)))
        t = ax_error(s, fmt, sx, sy);
    free(sx);
    free(sy);
    return t;
}

static axle_status not_symmetric(const axle_matrix *A, size_t i, size_t j)
{
    char fmt[128];
    snprintf(fmt, sizeof fmt,
             "the matrix is not symmetric: entry (%zu, %zu) is %%s but entry (%zu, %zu) is %%s",
             i + 1, j + 1, j + 1, i + 1);
    return ax_rr_error_d(AXLE_EDOMAIN, fmt, AX_D(A, i, j), AX_D(A, j, i));
}

axle_status ax_rr_symmetric(bool *out, const axle_matrix *A)
{
    size_t i, j;
    *out = !asymmetric_entry(A, &i, &j);
    return AXLE_OK;
}

axle_status ax_rr_chol(axle_matrix **L, const axle_matrix *A)
{
    *L = NULL;
    size_t n = A->rows, i, j;
    if (asymmetric_entry(A, &i, &j))
        return not_symmetric(A, i, j);
    /* An even exponent: 2^-e A = L' L'^T gives L = 2^(e/2) L' exactly. */
    int e = ax_rr_exponent(A, false);
    e += e & 1;
    axle_matrix *F;
    axle_status s = ax_matrix_alloc(&F, AXLE_RR, n, n);
    if (s)
        return s;
    for (size_t c = 0; c < n; c++)
        for (size_t r = c; r < n; r++)
            AX_D(F, r, c) = ax_rr_pow2(AX_D(A, r, c), -e);
    lapack_int ln = (lapack_int)n;
    lapack_int info = LAPACKE_dpotrf_work(LAPACK_COL_MAJOR, 'L', ln, F->d, ln);
    if (info > 0) {
        /* dpotrf stops at the first pivot (the Schur complement's diagonal entry) that is not
         * positive and leaves it on the diagonal */
        size_t k = (size_t)info - 1;
        double p = ax_rr_pow2(AX_D(F, k, k), e);
        axle_matrix_free(F);
        char fmt[128];
        snprintf(fmt, sizeof fmt,
                 "the matrix is not positive definite: pivot %zu of its LDL\xe1\xb5\x80 "
                 "factorization is %s",
                 k + 1, p <= 0.0 ? "%s" : "not positive");
        return ax_rr_error_d(AXLE_EDOMAIN, fmt, p, 0.0);
    }
    if ((s = ax_rr_info(info, "dpotrf", "Cholesky factorization failed"))) {
        axle_matrix_free(F);
        return s;
    }
    size_t kmin = 0;
    double dmax = 0.0;
    for (size_t k = 0; k < n; k++) {
        double l = AX_D(F, k, k);
        dmax = fmax(dmax, l * l);
        if (l < AX_D(F, kmin, kmin))
            kmin = k;
    }
    double lmin = AX_D(F, kmin, kmin), tol = axle_rr_effective_tolerance(n, n);
    if (lmin * lmin <= tol * dmax) {
        axle_matrix_free(F);
        char fmt[160];
        snprintf(fmt, sizeof fmt,
                 "the matrix is not positive definite: pivot %zu of its LDL\xe1\xb5\x80 "
                 "factorization is %%s, at most %.3g times the largest pivot %%s (the tolerance)",
                 kmin + 1, tol);
        return ax_rr_error_d(AXLE_EDOMAIN, fmt, ax_rr_pow2(lmin * lmin, e), ax_rr_pow2(dmax, e));
    }
    if (e != 0)
        for (size_t c = 0; c < n; c++)
            for (size_t r = c; r < n; r++)
                AX_D(F, r, c) = ax_rr_pow2(AX_D(F, r, c), e / 2);
    *L = F;
    return AXLE_OK;
}

axle_status ax_rr_gram_factor(axle_matrix **L, const axle_matrix *G)
{
    *L = NULL;
    axle_status s = G ? ax_rr_chol(L, G) : AXLE_OK;
    if (s != AXLE_EDOMAIN)
        return s;
    /* An inner product accepted exactly can still be singular in doubles (the integral's Gram
     * matrix on P_m in the monomial basis, a Hilbert-like matrix, from m = 26 or so on [-1, 1]):
     * say which matrix, not "the matrix" */
    char msg[512];
    const char *m = axle_error_message();
    size_t skip = strncmp(m, "the matrix", 10) == 0 ? 10 : 0;
    snprintf(msg, sizeof msg, "%s", m + skip);
    return ax_error(s, "the inner product's Gram matrix, in double precision,%s%s",
                    skip ? "" : ": ", msg);
}

axle_status ax_rr_cholesky(axle_matrix **L, const axle_matrix *A)
{
    return ax_rr_chol(L, A);
}

axle_status ax_rr_ldl(axle_matrix **L, axle_matrix **D, const axle_matrix *A)
{
    if (L)
        *L = NULL;
    *D = NULL;
    size_t n = A->rows;
    axle_matrix *C, *Dm;
    axle_status s = ax_rr_chol(&C, A);
    if (s)
        return s;
    if ((s = ax_matrix_alloc(&Dm, AXLE_RR, n, 1))) {
        axle_matrix_free(C);
        return s;
    }
    /* L D L^T = C C^T with D = diag(C_kk^2), L = C diag(C_kk)^-1 */
    for (size_t k = 0; k < n; k++) {
        double c = AX_D(C, k, k);
        AX_D(Dm, k, 0) = c * c;
        AX_D(C, k, k) = 1.0;
        for (size_t i = k + 1; i < n; i++)
            AX_D(C, i, k) /= c;
    }
    if (!ax_rr_all_finite(Dm->d, n)) {
        axle_matrix_free(C);
        axle_matrix_free(Dm);
        return ax_error(AXLE_ERANGE, "a pivot of the LDL\xe1\xb5\x80 factorization overflows the "
                                     "range of double");
    }
    *D = Dm;
    if (L)
        *L = C;
    else
        axle_matrix_free(C);
    return AXLE_OK;
}

axle_status ax_rr_semidefinite(bool *out, const axle_matrix *A)
{
    size_t n = A->rows;
    double *a = ax_malloc(n * n * sizeof *a), *w = ax_malloc(n * sizeof *w);
    axle_status s = AXLE_OK;
    if (!a || !w)
        s = ax_nomem();
    else {
        /* the symmetric part (A is symmetric to the tolerance) */
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n; i++)
                a[i + j * n] = 0.5 * AX_D(A, i, j) + 0.5 * AX_D(A, j, i);
        s = ax_rr_syevd(a, w, n, false);
    }
    if (!s) {
        double big = fmax(fabs(w[0]), fabs(w[n - 1])); /* ascending */
        *out = w[0] >= -axle_rr_effective_tolerance(n, n) * big;
    }
    free(a);
    free(w);
    return s;
}

/* ---- products with the Cholesky factor ------------------------------------------------------ */

static void tri(axle_matrix *X, const axle_matrix *L, CBLAS_SIDE side, CBLAS_TRANSPOSE trans,
                bool inverse)
{
    if (!L || X->rows == 0 || X->cols == 0)
        return;
    int m = (int)X->rows, k = (int)X->cols, ldl = (int)L->ld, ldx = (int)X->ld;
    if (inverse)
        cblas_dtrsm(CblasColMajor, side, CblasLower, trans, CblasNonUnit, m, k, 1.0, L->d, ldl,
                    X->d, ldx);
    else
        cblas_dtrmm(CblasColMajor, side, CblasLower, trans, CblasNonUnit, m, k, 1.0, L->d, ldl,
                    X->d, ldx);
}

void ax_rr_lt_mul(axle_matrix *X, const axle_matrix *L)
{
    tri(X, L, CblasLeft, CblasTrans, false);
}

void ax_rr_lt_solve(axle_matrix *X, const axle_matrix *L)
{
    tri(X, L, CblasLeft, CblasTrans, true);
}

void ax_rr_mul_lt(axle_matrix *X, const axle_matrix *L)
{
    tri(X, L, CblasRight, CblasTrans, false);
}

void ax_rr_solve_lt(axle_matrix *X, const axle_matrix *L)
{
    tri(X, L, CblasRight, CblasTrans, true);
}

axle_status ax_rr_orthonormal_matrix(axle_matrix **N, const axle_matrix *M, const axle_matrix *LW,
                                     const axle_matrix *LV)
{
    axle_status s = axle_matrix_copy(N, M);
    if (s)
        return s;
    ax_rr_lt_mul(*N, LW);
    ax_rr_solve_lt(*N, LV);
    if ((s = ax_rr_check_finite(*N, "the matrix of the map in orthonormal bases"))) {
        axle_matrix_free(*N);
        *N = NULL;
    }
    return s;
}

axle_status ax_rr_gemm(axle_matrix **out, const axle_matrix *X, const axle_matrix *Y, bool yt)
{
    size_t m = X->rows, k = X->cols, n = yt ? Y->rows : Y->cols;
    axle_matrix *C;
    axle_status s = ax_matrix_alloc(&C, AXLE_RR, m, n);
    if (s)
        return s;
    if (m && n && k)
        cblas_dgemm(CblasColMajor, CblasNoTrans, yt ? CblasTrans : CblasNoTrans, (int)m, (int)n,
                    (int)k, 1.0, X->d, (int)X->ld, Y->d, (int)Y->ld, 0.0, C->d, (int)C->ld);
    *out = C;
    return AXLE_OK;
}

/* ---- square roots of a norm squared ---------------------------------------------------------- */

/* AXLE_EDOMAIN unless r >= 0 (positive when `positive`). */
static axle_status check_r(const axle_scalar *r, bool positive)
{
    if (r->d > 0.0 || (!positive && r->d == 0.0))
        return AXLE_OK;
    return ax_rr_error_d(AXLE_EDOMAIN,
                         positive ? "the norm squared %s is not positive"
                                  : "the norm squared %s is negative",
                         r->d, 0.0);
}

axle_status ax_rr_sqrt_string(char **out, const axle_scalar *r, axle_format fmt)
{
    *out = NULL;
    axle_status s = check_r(r, false);
    if (s)
        return s;
    ax_buf b = {0};
    ax_buf_put_double(&b, sqrt(r->d), fmt);
    return ax_buf_finish(&b, out);
}

axle_status ax_rr_normalize(axle_matrix **out, const axle_matrix *e, const axle_scalar *r)
{
    *out = NULL;
    axle_status s = check_r(r, true);
    if (s)
        return s;
    axle_matrix *w;
    if ((s = ax_matrix_alloc_rr_unset(&w, e->rows, e->cols)))
        return s;
    double root = sqrt(r->d);
    for (size_t j = 0; j < e->cols; j++)
        for (size_t i = 0; i < e->rows; i++)
            AX_D(w, i, j) = AX_D(e, i, j) / root;
    if ((s = ax_rr_check_finite(w, "the normalized vector"))) {
        axle_matrix_free(w);
        return s;
    }
    *out = w;
    return AXLE_OK;
}

axle_status ax_rr_unit_scale(axle_matrix **w, char **s, const axle_matrix *e, const axle_scalar *r,
                             axle_format fmt)
{
    (void)fmt;
    *s = NULL;
    return ax_rr_normalize(w, e, r);
}
