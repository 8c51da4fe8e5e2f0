/* RR determinant and inverse from an LU factorisation with partial pivoting (dgetrf):
 * O(n^3) flops for the factorisation, O(n^2) for dgecon, O(n^3) more for dgetri. */
#include <float.h>
#include <math.h>

#include "rr.h"

/* det A = sign(P) * prod U(i, i). The product is accumulated as mantissa * 2^exponent so that
 * intermediate products never overflow or underflow; a result beyond double range is
 * AXLE_ERANGE, a result below it rounds (to a subnormal or 0) as IEEE arithmetic does. An exact
 * zero pivot gives det 0 (no error: a singular matrix has determinant 0). */
axle_status ax_rr_det(axle_scalar **out, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_lu lu;
    axle_status s = ax_rr_lu_compute(&lu, A, false);
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

/* A^-1 by dgetrf + dgetri on 2^-e A (then rescaled; AXLE_ERANGE if an entry overflows), refused
 * (AXLE_ESINGULAR) when dgecon's reciprocal condition estimate in the 1-norm is below the
 * tolerance axle_rr_effective_tolerance(n, n). */
axle_status ax_rr_inverse(axle_matrix **out, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_lu lu;
    axle_status s = ax_rr_lu_compute(&lu, A, true);
    if (s)
        return s;
    size_t n = lu.n;
    double tol = axle_rr_effective_tolerance(n, n);
    if (lu.singular || !(lu.rcond >= tol)) {
        double rcond = lu.singular ? 0.0 : lu.rcond;
        ax_rr_lu_free(&lu);
        return ax_error(AXLE_ESINGULAR,
                        "the matrix is singular to working precision: its reciprocal condition "
                        "number is about %.3g, below the tolerance %.3g",
                        rcond, tol);
    }
    lapack_int info =
        LAPACKE_dgetri(LAPACK_COL_MAJOR, (lapack_int)n, lu.lu, (lapack_int)n, lu.ipiv);
    if (info > 0) {
        ax_rr_lu_free(&lu);
        return ax_error(AXLE_ESINGULAR, "the matrix is singular: U(%d, %d) is exactly zero",
                        (int)info, (int)info);
    }
    if ((s = ax_rr_info(info, "dgetri", "inversion failed"))) {
        ax_rr_lu_free(&lu);
        return s;
    }
    axle_matrix *X;
    if ((s = ax_matrix_alloc(&X, AXLE_RR, n, n))) {
        ax_rr_lu_free(&lu);
        return s;
    }
    for (size_t j = 0; j < n; j++) /* A^-1 = 2^-e (2^-e A)^-1 */
        for (size_t i = 0; i < n; i++)
            AX_D(X, i, j) = ax_rr_pow2(lu.lu[i + j * n], -lu.e);
    ax_rr_lu_free(&lu);
    if ((s = ax_rr_check_finite(X, "the inverse"))) {
        axle_matrix_free(X);
        return s;
    }
    *out = X;
    return AXLE_OK;
}
