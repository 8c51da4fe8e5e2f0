/* Exact values beyond the range of double, on both fields (read as exact rationals through the
 * public axle_matrix_get_mpq, which RR answers exactly too):
 *   ax_inner_exactly_zero   a zero test that does not round (10^-400 is not zero over QQ) */
#include "inner_internal.h"

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
