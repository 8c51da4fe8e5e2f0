/* Exact values beyond the range of double, on both fields (read as exact rationals through the
 * public axle_scalar_get_mpq / axle_matrix_get_mpq, which RR answers exactly too):
 *   ax_inner_exactly_zero   a zero test that does not round (10^-400 is not zero over QQ)
 *   ax_inner_ratio_sqrt     x/√r as a double with r and √r far beyond 2^±1023 while the answer is
 *                           an ordinary double (‖(3·10^200, 4·10^200)‖ = 5·10^200; e = e'/√r =
 *                           (1, 0) for e' = (10^-200, 0)): mantissas and binary exponents apart,
 *                           the square root halves an exponent instead of squaring a number. */
#include <limits.h>
#include <math.h>

#include "inner_internal.h"

/* q = m 2^e with m in [1/4, 2) (or m = 0, e = 0 for q = 0). */
static double split(long *e, const mpq_t q)
{
    long en = 0, ed = 0;
    if (!mpq_sgn(q)) {
        *e = 0;
        return 0.0;
    }
    double m = mpz_get_d_2exp(&en, mpq_numref(q)) / mpz_get_d_2exp(&ed, mpq_denref(q));
    *e = en - ed;
    return m;
}

double ax_inner_ratio_sqrt(const axle_scalar *x, const axle_scalar *r)
{
    mpq_t qx, qr;
    mpq_inits(qx, qr, NULL);
    axle_scalar_get_mpq(qx, x);
    axle_scalar_get_mpq(qr, r);
    long ex, er;
    double mx = split(&ex, qx), mr = split(&er, qr);
    mpq_clears(qx, qr, NULL);
    if (mx == 0.0)
        return 0.0;
    if (er & 1) { /* an even exponent halves exactly */
        mr *= 2;
        er--;
    }
    long e = ex - er / 2;
    if (e > INT_MAX / 2)
        e = INT_MAX / 2;
    if (e < INT_MIN / 2)
        e = INT_MIN / 2;
    return ldexp(mx / sqrt(mr), (int)e);
}

bool ax_inner_exactly_zero(const axle_matrix *A)
{
    mpq_t q;
    mpq_init(q);
    bool zero = true;
    for (size_t i = 0; zero && i < axle_matrix_rows(A); i++)
        for (size_t j = 0; zero && j < axle_matrix_cols(A); j++)
            zero = !axle_matrix_get_mpq(q, A, i, j) && mpq_sgn(q) == 0;
    mpq_clear(q);
    return zero;
}
