/* Determinants over Q: clear the denominators of each row (det A = det M / prod of the row
 * multipliers), then det M by one of two exact methods, chosen by the cost model in ffge.c:
 *   - multimodular: det M modulo word-size primes by Gaussian elimination (n^3/3 word operations
 *     each, after reducing every entry) and CRT until the product of the primes exceeds twice the
 *     Hadamard bound prod_i |row i of M|; no early termination, so nothing needs verifying;
 *   - Bareiss (ffge.c) for small n and huge entries, where reducing each entry modulo thousands of
 *     primes would cost far more than n^3/3 big products. */
#include <stdlib.h>

#include "qq.h"

axle_status ax_zmat_det_modular(mpz_t det, const ax_zmat *M)
{
    size_t n = M->rows;
    mpz_t H;
    mpz_init(H);
    ax_zmat_hadamard(H, M, NULL, n);
    if (mpz_sgn(H) == 0) { /* a zero row */
        mpz_clear(H);
        mpz_set_ui(det, 0);
        return AXLE_OK;
    }
    uint64_t *a = ax_calloc(n, n * sizeof *a);
    ax_crt crt;
    crt.x = NULL;
    axle_status s = a ? ax_crt_init(&crt, 1) : ax_nomem();
    if (!s) {
        ax_primes ps;
        ax_primes_init(&ps);
        do {
            uint64_t p = ax_primes_next(&ps);
            ax_zmat_mod(a, M, NULL, n, p);
            uint64_t d = ax_modp_det(a, n, p);
            ax_crt_add(&crt, &d, p);
        } while (!ax_crt_enough(&crt, H));
        ax_crt_finish(&crt);
        mpz_set(det, crt.x[0]);
    }
    ax_crt_clear(&crt);
    free(a);
    mpz_clear(H);
    return s;
}

axle_status ax_zmat_det(mpz_t det, const ax_zmat *M)
{
    return ax_zmat_det_prefer_bareiss(M) ? ax_zmat_det_bareiss(det, M)
                                         : ax_zmat_det_modular(det, M);
}

axle_status ax_qq_det(axle_scalar **out, const axle_matrix *A)
{
    ax_zmat M;
    mpq_t q;
    mpq_init(q);
    axle_status s = ax_zmat_from_rows(&M, mpq_denref(q), A, NULL, false);
    if (!s)
        s = ax_zmat_det(mpq_numref(q), &M);
    ax_zmat_clear(&M);
    if (!s) {
        mpq_canonicalize(q);
        s = ax_scalar_from_mpq(out, AXLE_QQ, q);
    }
    mpq_clear(q);
    return s;
}
