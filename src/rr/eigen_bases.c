/* Bases in which an RR matrix is simple: the eigenvector basis (diagonalize) and the real Schur
 * basis (triangularize, LAPACKE_dgees).
 *
 * diagonalize reads the spectrum: every eigenvalue real and every group's eigenvectors
 * independent to the tolerance (include/axle/eigen.h), then P = the eigenvectors as columns and
 * D = diag(values). Before returning it checks the residual of A P = P D along two fixed sign
 * vectors against 100 n eps ||A||_F ||P||_F (O(n^2), below): each column's residual is LAPACK's
 * backward error, a small multiple of eps ||A||, so a larger one means LAPACK returned wrong
 * vectors: AXLE_ENOCONV.
 *
 * triangularize: dgees computes A = P T P^T with P orthogonal and T quasi upper triangular (the
 * real Schur form), in place on the output matrix T. T is upper triangular exactly when every
 * eigenvalue is real; a 2 x 2 block left on its diagonal holds a conjugate pair a +- bi, and then
 * no real triangular basis exists: AXLE_EDOMAIN. T's entries below the diagonal are set to 0. */
#include <cblas.h>
#include <stdlib.h>
#include <string.h>

#include "eigen_kernel.h"

static axle_status not_real(double re, double im, const char *what, const char *tail)
{
    char *pair = NULL;
    axle_status s = ax_rr_pair_string(&pair, re, im);
    if (s)
        return s;
    s = ax_error(AXLE_EDOMAIN, "%s: the eigenvalues %s are not real%s", what, pair, tail);
    free(pair);
    return s;
}

#define DIAG_WHAT "A is not diagonalizable over RR"

/* AXLE_EDOMAIN naming the first obstruction in S (a complex eigenvalue, a defective group). */
static axle_status diag_obstruction(const ax_spectrum *S)
{
    for (size_t k = 0; k < S->count; k++)
        if (!S->vals[k].real)
            return not_real(S->vals[k].re, fabs(S->vals[k].im), DIAG_WHAT, "");
    for (size_t k = 0; k < S->count; k++) {
        const ax_eigval *e = &S->vals[k];
        if (e->geo < e->alg) {
            char *v = NULL;
            axle_status s = ax_rr_eigen_value_string(&v, S->data, k, AXLE_FORMAT_TEXT);
            if (s)
                return s;
            s = ax_error(AXLE_EDOMAIN,
                         "%s: the eigenvalue %s (algebraic multiplicity %zu) has only %zu "
                         "independent %s to the tolerance (eigenvalues within "
                         "AXLE_EIGEN_RR_CLUSTER = %g times ||A||_F count as one)",
                         DIAG_WHAT, v, e->alg, e->geo,
                         ax_plural(e->geo, "eigenvector", "eigenvectors"), AXLE_EIGEN_RR_CLUSTER);
            free(v);
            return s;
        }
    }
    return AXLE_OK;
}

/* The larger of ||A (P x) - P (D x)||_2 over two fixed sign vectors x (entries +-1 from a fixed
 * xorshift sequence), D = diag(w): four matrix-vector products, O(n^2), where ||A P - P D||_F
 * would take a matrix product. For random signs E ||M x||_2^2 = ||M||_F^2, so a wrong eigenvector
 * (a column of A P - P D far above the limit) shows unless the signs cancel it against the other
 * columns, which two independent sign vectors make unlikely: the check is for LAPACK failures,
 * not for the last bits. buf holds 3n doubles. */
static double probe_residual(const double *A, lapack_int lda, const double *P, const double *w,
                             lapack_int n, double *buf)
{
    double *x = buf, *y = buf + n, *z = buf + 2 * n, worst = 0.0;
    unsigned long long r = 0x9e3779b97f4a7c15ull;
    for (int probe = 0; probe < 2; probe++) {
        for (lapack_int i = 0; i < n; i++) {
            r ^= r << 13;
            r ^= r >> 7;
            r ^= r << 17;
            x[i] = r >> 63 ? 1.0 : -1.0;
        }
        /* y = P x, z = A y; x = D x, y = P x; z - y */
        cblas_dgemv(CblasColMajor, CblasNoTrans, n, n, 1.0, P, n, x, 1, 0.0, y, 1);
        cblas_dgemv(CblasColMajor, CblasNoTrans, n, n, 1.0, A, lda, y, 1, 0.0, z, 1);
        for (lapack_int i = 0; i < n; i++)
            x[i] *= w[i];
        cblas_dgemv(CblasColMajor, CblasNoTrans, n, n, 1.0, P, n, x, 1, 0.0, y, 1);
        double sum = 0.0;
        for (lapack_int i = 0; i < n; i++)
            sum += (z[i] - y[i]) * (z[i] - y[i]);
        worst = fmax(worst, sqrt(sum));
    }
    return worst;
}

axle_status ax_rr_diagonalize(axle_matrix **P, axle_matrix **D, const axle_matrix *A,
                              const ax_spectrum *S)
{
    if (P)
        *P = NULL;
    if (D)
        *D = NULL;
    axle_status s = diag_obstruction(S);
    if (s)
        return s;
    const ax_rr_spec *E = S->data;
    size_t n = E->n;
    lapack_int ln = 0, lda = 0;
    if ((s = ax_rr_li(&ln, n, "the dimension")) ||
        (s = ax_rr_li(&lda, A->ld, "the leading dimension")))
        return s;
    axle_matrix *Pm = NULL, *Dm = NULL;
    double *buf = ax_calloc(3 * n, sizeof *buf);
    if (!buf) {
        s = ax_nomem();
        goto fail;
    }
    if ((s = ax_matrix_alloc(&Pm, AXLE_RR, n, n)) || (s = ax_matrix_alloc(&Dm, AXLE_RR, n, n)))
        goto fail;
    memcpy(Pm->d, E->v, n * n * sizeof *Pm->d); /* all real: column k is entry k's vector */
    for (size_t k = 0; k < n; k++)
        AX_D(Dm, k, k) = E->wr[k];
    double res = probe_residual(A->d, lda, Pm->d, E->wr, ln, buf);
    double limit = 100.0 * (double)n * DBL_EPSILON * ax_rr_frobenius(A->d, n, n, A->ld) *
                   ax_rr_frobenius(Pm->d, n, n, n);
    if (!(res <= limit)) {
        s = ax_error(AXLE_ENOCONV,
                     "%s's eigenvectors fail the check ||A P - P D|| <= 100 n eps ||A||_F ||P||_F "
                     "along fixed sign vectors (residual %g, limit %g)",
                     E->symmetric ? "dsyevd" : "dgeev", res, limit);
        goto fail;
    }
    free(buf);
    if (P)
        *P = Pm;
    else
        axle_matrix_free(Pm);
    if (D)
        *D = Dm;
    else
        axle_matrix_free(Dm);
    return AXLE_OK;
fail:
    free(buf);
    axle_matrix_free(Pm);
    axle_matrix_free(Dm);
    return s;
}

#define TRI_WHAT "no upper-triangular basis over RR"
#define TRI_TAIL "; over C, axle_matrix_schur_complex gives the complex Schur form A = Q T Q^H"

/* dgees on T (overwritten by the Schur form, Schur vectors into P) through the _work interface:
 * LAPACKE_dgees's workspace query and allocation without its NaN pass over A (checked here). */
static axle_status gees(axle_matrix *T, axle_matrix *P, double *wr, double *wi, lapack_int ln)
{
    double q = 0.0;
    lapack_int sdim = 0, info = LAPACKE_dgees_work(LAPACK_COL_MAJOR, 'V', 'N', NULL, ln, T->d, ln,
                                                   &sdim, wr, wi, P->d, ln, &q, -1, NULL);
    if (info)
        return ax_rr_info(info, "dgees", "the workspace query failed");
    lapack_int lwork = q < 1.0 ? 1 : (lapack_int)q;
    double *work = ax_calloc((size_t)lwork, sizeof *work);
    if (!work)
        return ax_nomem();
    axle_status s = ax_rr_info(LAPACKE_dgees_work(LAPACK_COL_MAJOR, 'V', 'N', NULL, ln, T->d, ln,
                                                  &sdim, wr, wi, P->d, ln, work, lwork, NULL),
                               "dgees", "the QR iteration did not converge");
    free(work);
    return s;
}

axle_status ax_rr_triangularize(axle_matrix **P, axle_matrix **T, const axle_matrix *A,
                                const ax_spectrum *S)
{
    if (P)
        *P = NULL;
    if (T)
        *T = NULL;
    /* The spectrum already knows a complex eigenvalue: refuse before the O(n^3) work. */
    for (size_t k = 0; S && k < S->count; k++)
        if (!S->vals[k].real)
            return not_real(S->vals[k].re, fabs(S->vals[k].im), TRI_WHAT, TRI_TAIL);
    size_t n = A->rows;
    lapack_int ln = 0;
    axle_status s;
    if ((s = ax_rr_li(&ln, n, "the dimension")))
        return s;
    for (size_t j = 0; j < n; j++)
        if (!ax_all_finite(A->d + j * A->ld, n))
            return ax_error(AXLE_EDOMAIN, "A has an entry that is not finite in column %zu", j);
    axle_matrix *Pm = NULL, *Tm = NULL;
    double *wr = ax_calloc(n, sizeof *wr), *wi = ax_calloc(n, sizeof *wi);
    if (!wr || !wi) {
        s = ax_nomem();
        goto fail;
    }
    if ((s = ax_matrix_alloc(&Pm, AXLE_RR, n, n)) || (s = ax_matrix_alloc(&Tm, AXLE_RR, n, n)))
        goto fail;
    for (size_t j = 0; j < n; j++)
        memcpy(Tm->d + j * n, A->d + j * A->ld, n * sizeof *Tm->d);
    if ((s = gees(Tm, Pm, wr, wi, ln)))
        goto fail;
    for (size_t k = 0; k < n; k++)
        if (wi[k] != 0.0) {
            s = not_real(wr[k], fabs(wi[k]), TRI_WHAT, TRI_TAIL);
            goto fail;
        }
    if (!ax_all_finite(Tm->d, n * n) || !ax_all_finite(Pm->d, n * n)) {
        s = ax_error(AXLE_ENOCONV, "dgees returned a non-finite Schur form");
        goto fail;
    }
    for (size_t j = 0; j < n; j++)
        for (size_t i = j + 1; i < n; i++)
            AX_D(Tm, i, j) = 0.0;
    free(wr);
    free(wi);
    if (P)
        *P = Pm;
    else
        axle_matrix_free(Pm);
    if (T)
        *T = Tm;
    else
        axle_matrix_free(Tm);
    return AXLE_OK;
fail:
    free(wr);
    free(wi);
    axle_matrix_free(Pm);
    axle_matrix_free(Tm);
    return s;
}
