/* Fraction-free elimination over Z and the crossover model that chooses it.
 *
 * Bareiss (E. H. Bareiss, "Sylvester's identity and multistep integer-preserving Gaussian
 * elimination", Math. Comp. 22, 1968): after k pivots every entry of the trailing block is a
 * (k+1) x (k+1) minor of the input, reached by B[i][j] = (p B[i][j] - B[i][c] B[r][j]) / d with
 * the previous pivot d dividing exactly; the last pivot is the determinant. The Gauss-Jordan form
 * of the same identity (Nakos, Turner and Williams, "Fraction-free algorithms for linear and
 * polynomial equations", SIGSAM Bull. 31, 1997) also updates the rows above the pivot, so that
 * every pivot entry equals the current pivot minor d and B / d is the RREF. The code is ours.
 *
 * Cost: n^3/3 (det) or about r m n (Gauss-Jordan) products of integers of up to r b bits for
 * entries of b bits: quasi-linear in b, where the multimodular methods do about r b / 24 primes
 * (below 2^26, for the BLAS LU of lu_modp.c), each reducing every entry (m n b / 64 word
 * operations): quadratic in b. Small n with huge
 * entries goes fraction-free, everything else multimodular, decided from estimated word
 * operations (as FLINT's fmpz_mat_det chooses between its variants): for the determinant before
 * starting, for the RREF once the first prime has shown the rank profile (the lifting works on r
 * rows and r (n - r) values: a square nonsingular matrix needs no lifting at all). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lu_modp.h"
#include "qq.h"

/* Word operations of one product of two L-limb integers as GMP does it (schoolbook, Toom, FFT),
 * plus the fixed cost of an mpz call. */
static double mul_cost(double limbs)
{
    double m;
    if (limbs <= 32)
        m = limbs * limbs;
    else if (limbs <= 4096)
        m = 4.2 * pow(limbs, 1.585);
    else
        m = 46.0 * limbs * log2(limbs);
    return m + 40.0;
}

/* Cost of producing one prime below 2^26 (Miller-Rabin on the candidates before it). */
#define PRIME_COST 3e3

size_t ax_zmat_max_bits(const ax_zmat *M)
{
    size_t b = 0, n = M->rows * M->cols;
    for (size_t k = 0; k < n; k++)
        if (mpz_sgn(M->z[k])) {
            size_t t = mpz_sizeinbase(M->z[k], 2);
            b = t > b ? t : b;
        }
    return b;
}

double ax_cost_ff(size_t m, size_t n, size_t r, size_t bits, bool jordan)
{
    double cost = 0.0;
    for (size_t s = 1; s <= r; s++) {
        double rows = jordan ? (double)m - 1.0 : (double)(m - s),
               cols = jordan ? (double)(n - s + 1) : (double)(n - s);
        cost += rows * cols * 3.0 * mul_cost((double)s * (double)bits / 64.0 + 1.0);
    }
    return cost;
}

double ax_cost_modular(size_t rows, size_t n, size_t r, size_t bits, size_t values)
{
    /* the primes of the BLAS LU (lu_modp.c) for rows x n: about log2 of their bound bits each */
    size_t k = rows < n ? rows : n;
    double pbits = log2((double)ax_dmodp_prime_bound(k ? k : 1)) - 0.1;
    double primes = (double)r * ((double)bits + 0.5 * log2((double)n + 1.0) + 1.0) / pbits + 2.0;
    /* reducing an entry: on doubles when it fits in 52 bits, else mpn_mod_1 (about 3 cycles a
     * limb) and the call; the LU: rows n r multiply-adds, mostly in dgemm (about 0.2 cycles each
     * with the scalar panels) */
    double red = bits <= 52 ? 2.0 : 10.0 + 3.0 * ((double)bits / 64.0 + 1.0);
    double per_prime =
        PRIME_COST + red * (double)rows * (double)n + 0.2 * (double)rows * (double)n * (double)r;
    /* incremental CRT two primes at a time: folding a residue into a value of w words reduces it
     * and adds a multiple of the modulus (about 5 w cycles), and w grows to primes pbits / 64 */
    double steps = primes / 2.0, words = primes * pbits / 64.0;
    return primes * per_prime + 5.0 * (double)values * steps * words / 2.0;
}

double ax_cost_dixon(size_t n, size_t k, size_t bits)
{
    double steps = 2.0 * (double)n * ((double)bits + log2((double)n + 1.0) + 1.0) / 61.0 + 1.0;
    double nn = (double)n * (double)n;
    return nn * (double)n + steps * nn * (double)k * ((double)bits / 64.0 + 2.0);
}

bool ax_zmat_det_prefer_bareiss(const ax_zmat *M)
{
    size_t n = M->rows, bits = ax_zmat_max_bits(M);
    return n <= 1 || ax_cost_ff(n, n, n, bits, false) < ax_cost_modular(n, n, n, bits, 1);
}

axle_status ax_zmat_det_bareiss(mpz_t det, const ax_zmat *M)
{
    size_t n = M->rows;
    ax_zmat B;
    axle_status s = ax_zmat_init(&B, n, n);
    if (s)
        return s;
    for (size_t k = 0; k < n * n; k++)
        mpz_set(B.z[k], M->z[k]);
    mpz_t prev;
    mpz_init_set_ui(prev, 1);
    int sign = 1;
    mpz_set_ui(det, n == 0 ? 1 : 0);
    for (size_t c = 0; c < n; c++) {
        size_t i = c;
        while (i < n && mpz_sgn(AX_Z(&B, i, c)) == 0)
            i++;
        if (i == n) {
            sign = 0;
            break;
        }
        if (i != c) {
            for (size_t j = c; j < n; j++)
                mpz_swap(AX_Z(&B, i, j), AX_Z(&B, c, j));
            sign = -sign;
        }
        for (i = c + 1; i < n; i++) {
            for (size_t j = c + 1; j < n; j++) {
                mpz_mul(AX_Z(&B, i, j), AX_Z(&B, i, j), AX_Z(&B, c, c));
                mpz_submul(AX_Z(&B, i, j), AX_Z(&B, i, c), AX_Z(&B, c, j));
                mpz_divexact(AX_Z(&B, i, j), AX_Z(&B, i, j), prev);
            }
        }
        mpz_set(prev, AX_Z(&B, c, c));
    }
    if (n > 0 && sign != 0) {
        mpz_set(det, prev);
        if (sign < 0)
            mpz_neg(det, det);
    }
    mpz_clear(prev);
    ax_zmat_clear(&B);
    return AXLE_OK;
}

axle_status ax_echelon_fraction_free(ax_echelon *E, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols, mn = m < n ? m : n;
    memset(E, 0, sizeof *E);
    mpz_init_set_ui(E->d, 1);
    E->rows = m;
    E->cols = n;
    ax_zmat B;
    E->piv = ax_calloc(mn ? mn : 1, sizeof *E->piv);
    E->fre = ax_calloc(n ? n : 1, sizeof *E->fre);
    axle_status s = (!E->piv || !E->fre) ? ax_nomem() : ax_zmat_init(&B, m, n);
    if (s) {
        ax_echelon_clear(E);
        return s;
    }
    for (size_t k = 0; k < m * n; k++)
        mpz_set(B.z[k], M->z[k]);
    size_t r = 0, c;
    /* Invariant: rows r.. are zero in every column before c; rows ..r-1 hold d at their pivot
     * and zero at the other pivots. */
    for (c = 0; c < n && r < m; c++) {
        size_t i = r;
        while (i < m && mpz_sgn(AX_Z(&B, i, c)) == 0)
            i++;
        if (i == m) {
            E->fre[E->nfree++] = c;
            continue;
        }
        if (i != r)
            for (size_t j = c; j < n; j++)
                mpz_swap(AX_Z(&B, i, j), AX_Z(&B, r, j));
        mpz_srcptr p = AX_Z(&B, r, c);
        for (i = 0; i < m; i++) {
            if (i == r)
                continue;
            /* rows below r are zero before c; rows above are scaled there by p / d */
            size_t from = i > r ? c + 1 : 0;
            for (size_t j = from; j < n; j++) {
                if (j == c)
                    continue;
                mpz_mul(AX_Z(&B, i, j), AX_Z(&B, i, j), p);
                if (j > c)
                    mpz_submul(AX_Z(&B, i, j), AX_Z(&B, i, c), AX_Z(&B, r, j));
                mpz_divexact(AX_Z(&B, i, j), AX_Z(&B, i, j), E->d);
            }
            mpz_set_ui(AX_Z(&B, i, c), 0);
        }
        mpz_set(E->d, p);
        E->piv[r++] = c;
    }
    for (; c < n; c++) /* all rows used up: the remaining columns are free */
        E->fre[E->nfree++] = c;
    E->rank = r;
    if (r > 0 && E->nfree > 0) {
        E->x = ax_calloc(r * E->nfree, sizeof *E->x);
        if (!E->x) {
            ax_zmat_clear(&B);
            ax_echelon_clear(E);
            return ax_nomem();
        }
        for (size_t t = 0; t < r; t++)
            for (size_t k = 0; k < E->nfree; k++) {
                mpz_init(E->x[t * E->nfree + k]);
                mpz_swap(E->x[t * E->nfree + k], AX_Z(&B, t, E->fre[k]));
            }
    }
    if (r == 0)
        mpz_set_ui(E->d, 1);
    ax_zmat_clear(&B);
    return AXLE_OK;
}
