/* RR determinant and inverse from an LU factorisation with partial pivoting (dgetrf):
 * O(n^3) flops for the factorisation, O(n^3) more for dgetri, and O(n^2) around them. */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "rr.h"

/* det A = sign(P) * prod U(i, i). The product is accumulated as mantissa * 2^exponent so that
 * intermediate products never overflow or underflow; a result beyond double range is
 * AXLE_ERANGE, a result below it rounds (to a subnormal or 0) as IEEE arithmetic does. An exact
 * zero pivot gives det 0 (no error: a singular matrix has determinant 0). */
axle_status ax_rr_det(axle_scalar **out, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_lu lu;
    axle_status s = ax_rr_lu_compute(&lu, A, NULL);
    if (s)
        return s;
    size_t n = lu.n;
    double mant = 1.0;
    long long exp2 = (long long)n * lu.e; /* det A = 2^(n e) det(2^-e A) */
    if (lu.singular) {
        mant = 0.0;
    } else {
        for (size_t i = 0; i < n; i++) {
            int e;
            mant *= frexp(lu.lu[i + i * n], &e);
            exp2 += e;
            mant = frexp(mant, &e);
            exp2 += e;
            if (lu.ipiv[i] != (lapack_int)(i + 1))
                mant = -mant;
        }
    }
    ax_rr_lu_free(&lu);
    if (mant != 0.0 && exp2 > DBL_MAX_EXP)
        return ax_error(AXLE_ERANGE,
                        "the determinant is about 10^%.0f, beyond double range (about 1.8e308)",
                        (double)exp2 * log10(2.0));
    long long lo = DBL_MIN_EXP - DBL_MANT_DIG - 1; /* below this everything rounds to 0 */
    double det = mant == 0.0 ? 0.0 : ldexp(mant, (int)(exp2 < lo ? lo : exp2));
    return ax_scalar_from_d(out, det);
}

/* The refusal of a matrix singular to working precision. */
static axle_status singular(double rcond, double tol)
{
    return ax_error(AXLE_ESINGULAR,
                    "the matrix is singular to working precision: its reciprocal condition "
                    "number is about %.3g, below the tolerance %.3g",
                    rcond, tol);
}

/* The decision of a computed inverse that did not clear the fast test: dgecon's estimate on a
 * fresh factorisation, as before the inverse was computed. */
static axle_status decide_slowly(const axle_matrix *A, double tol)
{
    ax_rr_lu lu;
    axle_status s = ax_rr_lu_compute(&lu, A, NULL);
    if (s)
        return s;
    if (!lu.singular)
        s = ax_rr_lu_decide_estimate(&lu, tol); /* the decision alone, no probe (rr.h) */
    double rcond = lu.rcond;
    bool refuse = lu.singular || !(rcond >= tol);
    ax_rr_lu_free(&lu);
    if (s)
        return s;
    return refuse ? singular(rcond, tol) : AXLE_OK;
}

/* A^-1 by dgetrf + dgetri on 2^-e A (then rescaled; AXLE_ERANGE if an entry overflows), refused
 * (AXLE_ESINGULAR) when dgecon's reciprocal condition estimate in the 1-norm is below the
 * tolerance tol = axle_rr_effective_tolerance(n, n).
 *
 * The estimate is needed only near the threshold: it never exceeds ||A^-1||_1, so it is at least
 * the true reciprocal condition number 1 / (||A||_1 ||A^-1||_1), which the inverse itself gives
 * in the pass that copies it out. When that is at least 64 tol (the factor 64 absorbing the
 * rounding in the computed inverse) the estimate would clear tol too, and nothing more is done;
 * otherwise the matrix is factored again and decided by the estimate as before. */
axle_status ax_rr_inverse(axle_matrix **out, const axle_matrix *A)
{
    *out = NULL;
    size_t n = A->rows;
    double tol = axle_rr_effective_tolerance(n, n);
    axle_matrix *X; /* aligned: dgetri took 13% longer on a 256 x 256 matrix 16 bytes off */
    axle_status s = ax_matrix_alloc_rr_small(&X, n, n);
    if (s)
        return s;
    ax_rr_lu lu; /* factored and inverted in X's storage (ld = n: packed) */
    if ((s = ax_rr_lu_compute(&lu, A, X->d))) {
        axle_matrix_free(X);
        return s;
    }
    lapack_int ln = (lapack_int)n, info;
    double query = 0.0, *work = NULL;
    if (lu.singular) {
        s = singular(0.0, tol);
    } else {
        info = LAPACKE_dgetri_work(LAPACK_COL_MAJOR, ln, X->d, ln, lu.ipiv, &query, -1);
        size_t lwork = info == 0 && query >= (double)n && query < 1e15 ? (size_t)query : n;
        if (!(work = ax_malloc(lwork * sizeof *work)))
            s = ax_nomem();
        else
            info = LAPACKE_dgetri_work(LAPACK_COL_MAJOR, ln, X->d, ln, lu.ipiv, work,
                                       (lapack_int)lwork);
        if (s)
            ;
        else if (info > 0)
            s = ax_error(AXLE_ESINGULAR, "the matrix is singular: U(%d, %d) is exactly zero",
                         (int)info, (int)info);
        else
            s = ax_rr_info(info, "dgetri", "inversion failed");
    }
    free(work);
    ax_rr_lu_free(&lu);
    if (s) {
        axle_matrix_free(X);
        return s;
    }
    /* X = (2^-e A)^-1. Its column sums give its 1-norm, and are non-finite if an entry is. */
    double xnorm = 0.0;
    for (size_t j = 0; j < n; j++) {
        const double *c = X->d + j * n;
        double sum = 0.0;
        for (size_t i = 0; i < n; i++)
            sum += fabs(c[i]);
        xnorm = sum > xnorm || isnan(sum) ? sum : xnorm;
    }
    double rcond = 1.0 / (lu.anorm * xnorm);
    if (!(isfinite(xnorm) && rcond >= 64.0 * tol) && (s = decide_slowly(A, tol))) {
        axle_matrix_free(X);
        return s;
    }
    if (lu.e != 0) /* A^-1 = 2^-e (2^-e A)^-1 */
        for (size_t i = 0; i < n * n; i++)
            X->d[i] = ax_rr_pow2(X->d[i], -lu.e);
    if ((lu.e != 0 || !isfinite(xnorm)) && (s = ax_rr_check_finite(X, "the inverse"))) {
        axle_matrix_free(X);
        return s;
    }
    *out = X;
    return AXLE_OK;
}
