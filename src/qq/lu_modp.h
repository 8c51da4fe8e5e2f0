/* axle internal: elimination modulo a prime p < 2^26 on floating-point BLAS (the FFLAS-FFPACK
 * method of Dumas, Giorgi and Pernet, "Dense linear algebra over word-size prime fields: the FFLAS
 * and FFPACK packages", ACM TOMS 35(3), 2008; the rank-profile-revealing recursive LU of Jeannerod,
 * Pernet and Storjohann, "Rank-profile revealing Gaussian elimination and the CUP matrix
 * decomposition", J. Symb. Comp. 56, 2013). The code is ours.
 *
 * Residues are doubles in the symmetric range [-h, h], h = (p - 1) / 2, matrices column-major with
 * a leading dimension. A product of two residues is at most h^2 < 2^50 in absolute value, so a
 * dot product of k of them added to a residue stays an exact integer below 2^53 as long as
 * k h^2 + h <= 2^53 - 2^28: cblas_dgemm computes it exactly in any summation order, and one
 * reduction (a multiply by 1/p, a rounding and one correction) brings it back to [-h, h]. Longer
 * inner dimensions are split into chunks of that length, reducing between chunks. */
#ifndef AX_QQ_LU_MODP_H
#define AX_QQ_LU_MODP_H

#include "core/internal.h"
#include "exact/word.h"

/* Primes accepted: 5 <= p < AX_DMODP_PRIME_LIMIT. */
#define AX_DMODP_PRIME_LIMIT (UINT64_C(1) << 26)

/* The largest integral double a reduction accepts, 2^53 - 2^28: below it x and the nearest
 * multiple q p of a prime p < 2^26 are exact, and so is x - q p. */
#define AX_DMODP_EXACT 9007198986305536.0

/* A prime and its constants. chunk is the longest dot product accumulated exactly. */
typedef struct ax_dmodp {
    uint64_t p;
    double pd, h, pinv;
    size_t chunk;
} ax_dmodp;

/* Set up F for the prime 5 <= p < 2^26 (p is not tested for primality). */
void ax_dmodp_init(ax_dmodp *F, uint64_t p);

/* The bound below which every prime lets a dot product of k residues accumulate exactly in one
 * dgemm (chunk >= k), capped at AX_DMODP_PRIME_LIMIT: primes for a matrix of n columns. */
uint64_t ax_dmodp_prime_bound(size_t k);

/* The largest prime below n (0 if none), as ax_prev_prime, remembered for n below 2^32. */
uint64_t ax_dmodp_prev_prime(uint64_t n);

/* x mod p in [-h, h] for an integral double |x| <= AX_DMODP_EXACT. y = x (1/p) is within
 * |y| 2^-52 < 1/2 of x / p (|y| < 2^51 as p >= 5), so its rounding q is off by at most one from
 * the nearest quotient, x - q p lies in [-h - p, h + p], and one correction each way suffices. */
static inline double ax_dmodp_red(const ax_dmodp *F, double x)
{
    /* 1.5 * 2^52: adding and subtracting it rounds a double below 2^51 to an integer. */
    const double magic = 6755399441055744.0;
    double q = (x * F->pinv + magic) - magic;
    double r = x - q * F->pd;
    r = r > F->h ? r - F->pd : r;
    return r < -F->h ? r + F->pd : r;
}

/* Residue conversions: r in [0, p) to [-h, h] and back. */
static inline double ax_dmodp_from_u64(const ax_dmodp *F, uint64_t r)
{
    return (double)r > F->h ? (double)r - F->pd : (double)r;
}
static inline uint64_t ax_dmodp_to_u64(const ax_dmodp *F, double x)
{
    return x < 0 ? (uint64_t)(x + F->pd) : (uint64_t)x;
}

/* Reduce the rows x cols block x (leading dimension ld) of integral doubles
 * |x| <= AX_DMODP_EXACT into [-h, h]. */
void ax_dmodp_reduce(const ax_dmodp *F, double *x, size_t rows, size_t cols, size_t ld);

/* C = C - A B mod p: C is m x n, A m x k, B k x n (column-major, leading dimensions lda, ldb,
 * ldc), every entry in [-h, h]; on return C is in [-h, h]. One dgemm per chunk of k. */
void ax_dmodp_gemm_sub(const ax_dmodp *F, size_t m, size_t n, size_t k, const double *A, size_t lda,
                       const double *B, size_t ldb, double *C, size_t ldc);

/* LU decomposition revealing both rank profiles' information, in place. a is m x n, column-major
 * with leading dimension lda >= m, entries in [-h, h]. On return with rank r:
 *   - rowperm[i] (room for m) is the original row of row i; rows rowperm[0..r-1] are independent
 *     modulo p;
 *   - colperm[j] (room for n) is the original column of column j; colperm[0..r-1] are increasing
 *     and are the column rank profile (the pivot columns of the RREF modulo p: column c is among
 *     them iff it is not a combination of the columns before it), colperm[r..n-1] the others in
 *     increasing order;
 *   - with B[i][j] = A[rowperm[i]][colperm[j]], B = L U where L (m x r) is unit lower trapezoidal,
 *     stored strictly below the diagonal of a's first r columns, and U (r x n) upper trapezoidal
 *     with the nonzero pivots U[k][k], stored on and above the diagonal of a's first r rows;
 *     a[i][j] is 0 for i, j >= r.
 * rowperm or colperm may be NULL. Fails only with AXLE_ENOMEM (a then holds garbage). */
axle_status ax_dmodp_lu(const ax_dmodp *F, double *a, size_t m, size_t n, size_t lda, size_t *rank,
                        size_t *rowperm, size_t *colperm);

/* The determinant modulo p, in [0, p), of the n x n matrix a (destroyed: it holds the LU
 * factors, and rowperm, room for n, the row permutation, as ax_dmodp_lu). */
axle_status ax_dmodp_det(uint64_t *det, const ax_dmodp *F, double *a, size_t n, size_t lda,
                         size_t *rowperm);

/* After ax_dmodp_lu of a square matrix of full rank n: x = A^{-1} b mod p, for b in [-h, h]
 * (x and b of length n, distinct). uinv[k] is the inverse of the pivot U[k][k] in [-h, h]
 * (ax_dmodp_pivot_inverses). */
void ax_dmodp_lu_solve(const ax_dmodp *F, const double *lu, size_t n, size_t lda,
                       const size_t *rowperm, const double *uinv, double *x, const double *b);
void ax_dmodp_pivot_inverses(const ax_dmodp *F, const double *lu, size_t n, size_t lda,
                             double *uinv);

/* Upper triangular solve modulo p: B = U^{-1} B for the r x r upper triangle U (leading dimension
 * ldu, nonzero diagonal) and the r x nb block B (ldb), both column-major with entries in [-h, h];
 * on return B is in [-h, h]. Recursive, the off-diagonal blocks by ax_dmodp_gemm_sub. */
void ax_dmodp_trsm_upper(const ax_dmodp *F, const double *U, size_t ldu, size_t r, double *B,
                         size_t ldb, size_t nb);

/* After ax_dmodp_lu of an r x n matrix A of rank r (rowperm from it): the determinant modulo p,
 * in [0, p), of A's columns colperm[0..r-1] (in that order), the product of the pivots times the
 * sign of the row permutation. */
axle_status ax_dmodp_lu_det(uint64_t *det, const ax_dmodp *F, const double *a, size_t r, size_t lda,
                            const size_t *rowperm);

/* ---- residues of an integer matrix modulo one prime after another ---------------------------- */

struct ax_zmat;

/* The residues of the listed rows of an integer matrix modulo primes below a bound, largest
 * first, as column-major doubles (m x n, leading dimension m). When every entry is at most
 * AX_DMODP_EXACT in absolute value the entries are kept as doubles once (exact) and reduced on
 * doubles; otherwise each residue comes from GMP. */
typedef struct ax_dsrc {
    const struct ax_zmat *M; /* NULL: exact holds the entries */
    const size_t *rows;      /* the rows of M taken (NULL: 0..m-1) */
    size_t m, n;
    double *exact; /* the entries column-major when they fit, else NULL (owned) */
    double amax;   /* then the largest |entry| */
    uint64_t next; /* the primes handed out are those below next, largest first */
} ax_dsrc;

/* Set up S for the rows `rows` (NULL: all; m of them) of M, primes below `bound`. */
axle_status ax_dsrc_init(ax_dsrc *S, const struct ax_zmat *M, const size_t *rows, size_t m,
                         uint64_t bound);
/* The next prime into F, or false when the stream is exhausted (primes below 2^16 are not used:
 * more than 10^7 bits of modulus handed out). */
bool ax_dsrc_prime(ax_dsrc *S, ax_dmodp *F);
/* The residues modulo F's prime into a (m x n, column-major, leading dimension m). */
void ax_dsrc_residues(const ax_dsrc *S, const ax_dmodp *F, double *a);
void ax_dsrc_clear(ax_dsrc *S);

#endif
