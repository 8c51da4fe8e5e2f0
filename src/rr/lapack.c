/* RR helpers: size narrowing, LAPACKE status mapping, packed copies, and the two factorisations
 * the kernels share (SVD via dgesdd, LU via dgetrf + dgecon). */
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "rr.h"

#define AX_LI_MAX (sizeof(lapack_int) >= 8 ? (size_t)INT64_MAX : (size_t)INT32_MAX)

axle_status ax_rr_li(lapack_int *out, size_t v, const char *what)
{
    if (v > AX_LI_MAX)
        return ax_error(AXLE_ERANGE, "%s (%zu) is too large for LAPACK's %zu-bit integers", what, v,
                        sizeof(lapack_int) * 8);
    *out = (lapack_int)v;
    return AXLE_OK;
}

axle_status ax_rr_info(lapack_int info, const char *routine, const char *what)
{
    if (info == 0)
        return AXLE_OK;
    if (info == LAPACK_WORK_MEMORY_ERROR || info == LAPACK_TRANSPOSE_MEMORY_ERROR)
        return ax_nomem();
    if (info < 0)
        return ax_error(AXLE_EINVAL, "internal error: %s rejected argument %d", routine,
                        (int)-info);
    return ax_error(AXLE_ENOCONV, "%s: %s (info = %d)", routine, what, (int)info);
}

int ax_rr_exponent(const axle_matrix *A, bool centre)
{
    double big = 0.0, small = INFINITY;
    for (size_t j = 0; j < A->cols; j++)
        for (size_t i = 0; i < A->rows; i++) {
            double a = fabs(AX_D(A, i, j));
            if (a > big)
                big = a;
            if (a > 0.0 && a < small)
                small = a;
        }
    if (big == 0.0)
        return 0;
    int hi, lo;
    frexp(big, &hi);
    frexp(small, &lo);
    if (hi <= AX_RR_SAFE_EXP && (!centre || lo >= -AX_RR_SAFE_EXP))
        return 0; /* already safe: leave A as it is */
    if (!centre)
        return hi;
    int e = (hi + lo) / 2;
    if (hi - e <= AX_RR_SAFE_EXP)
        return e; /* both extremes end up within 2^+-AX_RR_SAFE_EXP */
    /* The spread is too wide for both extremes to be safe. Keep every entry representable
     * instead: shift by the e nearest 0 with 2^(hi - e) <= 2^1000 and 2^(lo - e) >= 2^-1060 (so
     * [[1e300, 0], [0, 1e-320]] keeps its determinant 1e-20); if no shift keeps both, avoid
     * overflow and let the smallest entries underflow. */
    int emin = hi - 1000, emax = lo + 1060;
    if (emin > emax)
        return emin;
    return emin > 0 ? emin : emax < 0 ? emax : 0;
}

double *ax_rr_copy_scaled(const axle_matrix *A, int e)
{
    size_t n;
    if (!ax_size_mul(&n, A->rows, A->cols)) {
        ax_nomem();
        return NULL;
    }
    double *d = ax_malloc((n ? n : 1) * sizeof *d);
    if (!d) {
        ax_nomem();
        return NULL;
    }
    for (size_t j = 0; j < A->cols; j++) {
        const double *a = A->d + j * A->ld;
        double *o = d + j * A->rows;
        if (e == 0)
            memcpy(o, a, A->rows * sizeof *o);
        else
            for (size_t i = 0; i < A->rows; i++)
                o[i] = ax_rr_pow2(a[i], -e);
    }
    return d;
}

axle_status ax_rr_check_finite(const axle_matrix *M, const char *what)
{
    for (size_t j = 0; j < M->cols; j++)
        if (!ax_all_finite(M->d + j * M->ld, M->rows))
            return ax_error(AXLE_ERANGE, "%s overflows the range of double", what);
    return AXLE_OK;
}

void ax_rr_svd_free(ax_rr_svd *svd)
{
    free(svd->s);
    free(svd->u);
    free(svd->vt);
    svd->s = svd->u = svd->vt = NULL;
}

axle_status ax_rr_svd_compute(ax_rr_svd *out, const axle_matrix *A, bool want_vectors)
{
    size_t m = A->rows, n = A->cols, k = m < n ? m : n;
    *out = (ax_rr_svd){.m = m, .n = n, .k = k, .tol = axle_rr_effective_tolerance(m, n)};
    out->e = ax_rr_exponent(A, false);
    lapack_int lm = 0, ln = 0;
    axle_status s;
    if ((s = ax_rr_li(&lm, m, "the number of rows")) ||
        (s = ax_rr_li(&ln, n, "the number of columns")))
        return s;
    size_t nn;
    if (want_vectors && (!ax_size_mul(&nn, n, n) || nn > AXLE_MATRIX_MAX_ENTRIES))
        return ax_error(AXLE_ERANGE,
                        "the %zu x %zu matrix of right singular vectors of a %zu x %zu matrix is "
                        "too large (at most %u entries)",
                        n, n, m, n, AXLE_MATRIX_MAX_ENTRIES);
    double *a = ax_rr_copy_scaled(A, out->e);
    if (!a)
        return AXLE_ENOMEM;
    out->s = ax_calloc(k, sizeof *out->s);
    if (want_vectors) {
        out->u = ax_calloc(m * k, sizeof *out->u); /* m*k <= m*n: no overflow */
        out->vt = ax_calloc(n, n * sizeof *out->vt);
    }
    if (!out->s || (want_vectors && (!out->u || !out->vt))) {
        free(a);
        ax_rr_svd_free(out);
        return ax_nomem();
    }
    /* jobz 'S' gives U m x k and VT k x n; for m < n only 'A' gives the full n x n VT (and then
     * U is m x m = m x k). */
    char jobz = !want_vectors ? 'N' : (m >= n ? 'S' : 'A');
    lapack_int info =
        LAPACKE_dgesdd(LAPACK_COL_MAJOR, jobz, lm, ln, a, lm, out->s, out->u, lm, out->vt, ln);
    free(a);
    if ((s = ax_rr_info(info, "dgesdd", "the singular value decomposition did not converge"))) {
        ax_rr_svd_free(out);
        return s;
    }
    if (!ax_all_finite(out->s, k)) {
        ax_rr_svd_free(out);
        return ax_error(AXLE_ENOCONV, "dgesdd returned non-finite singular values");
    }
    size_t r = 0;
    if (k > 0 && out->s[0] > 0.0)
        while (r < k && out->s[r] > out->tol * out->s[0])
            r++;
    out->rank = r;
    return AXLE_OK;
}

axle_status ax_rr_vt_rows(axle_matrix **out, const ax_rr_svd *svd, size_t first, size_t count)
{
    size_t n = svd->n;
    axle_status s = ax_matrix_alloc(out, AXLE_RR, n, count);
    if (s)
        return s;
    axle_matrix *N = *out;
    for (size_t c = 0; c < count; c++) {
        /* Column c of N is row first + c of VT. Fix the sign so the largest entry is positive. */
        const double *row = svd->vt + (first + c);
        size_t big = 0;
        for (size_t i = 1; i < n; i++)
            if (fabs(row[i * n]) > fabs(row[big * n]))
                big = i;
        double sign = row[big * n] < 0.0 ? -1.0 : 1.0;
        for (size_t i = 0; i < n; i++)
            AX_D(N, i, c) = sign * row[i * n];
    }
    return AXLE_OK;
}

axle_status ax_rr_null_from_svd(axle_matrix **out, const ax_rr_svd *svd)
{
    return ax_rr_vt_rows(out, svd, svd->rank, svd->n - svd->rank);
}

void ax_rr_lu_free(ax_rr_lu *lu)
{
    free(lu->lu);
    free(lu->ipiv);
    lu->lu = NULL;
    lu->ipiv = NULL;
}

axle_status ax_rr_lu_compute(ax_rr_lu *out, const axle_matrix *A, bool want_rcond)
{
    size_t n = A->rows;
    *out = (ax_rr_lu){.n = n, .e = ax_rr_exponent(A, true)};
    lapack_int ln = 0;
    axle_status s = ax_rr_li(&ln, n, "the matrix order");
    if (s)
        return s;
    out->lu = ax_rr_copy_scaled(A, out->e);
    if (!out->lu)
        return AXLE_ENOMEM;
    out->ipiv = ax_calloc(n, sizeof *out->ipiv);
    if (!out->ipiv) {
        ax_rr_lu_free(out);
        return ax_nomem();
    }
    double anorm = 0.0;
    if (want_rcond)
        anorm = LAPACKE_dlange(LAPACK_COL_MAJOR, '1', ln, ln, out->lu, ln);
    lapack_int info = LAPACKE_dgetrf(LAPACK_COL_MAJOR, ln, ln, out->lu, ln, out->ipiv);
    if (info > 0) {
        out->singular = true; /* U(info, info) is exactly zero */
        return AXLE_OK;
    }
    if ((s = ax_rr_info(info, "dgetrf", "LU factorisation failed"))) {
        ax_rr_lu_free(out);
        return s;
    }
    if (!ax_all_finite(out->lu, n * n)) {
        ax_rr_lu_free(out);
        return ax_error(AXLE_ERANGE, "the LU factorisation of the matrix overflows double range");
    }
    if (want_rcond) {
        info = LAPACKE_dgecon(LAPACK_COL_MAJOR, '1', ln, out->lu, ln, anorm, &out->rcond);
        if ((s = ax_rr_info(info, "dgecon", "condition estimate failed"))) {
            ax_rr_lu_free(out);
            return s;
        }
    }
    return AXLE_OK;
}
