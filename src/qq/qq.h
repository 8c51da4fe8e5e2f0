/* axle internal: the exact QQ kernels. Everything here works on integers: a QQ matrix is first
 * turned into an integer matrix by clearing denominators row by row (same row space, same null
 * space, same RREF), then handled by multimodular methods with word-size primes p < 2^62,
 * the Chinese remainder theorem and a Hadamard bound, and an exact check where the method is
 * probabilistic. */
#ifndef AX_QQ_H
#define AX_QQ_H

#include "core/internal.h"
#include "exact/word.h"

/* ---- arithmetic modulo a word-size prime (modp.c, on exact/word.h) ------------------------- */

/* A deterministic stream of distinct primes in (2^61, 2^62), largest first. */
typedef struct ax_primes {
    uint64_t next; /* next odd candidate to test */
} ax_primes;

void ax_primes_init(ax_primes *ps);
uint64_t ax_primes_next(ax_primes *ps);

/* Gauss-Jordan elimination of the rows x cols row-major residue matrix a modulo p, in place: on
 * return a holds the RREF modulo p. Writes the rank to *rank, the pivot columns to piv (room
 * for min(rows, cols)), and, if perm is not NULL, the original row index of each pivot row
 * (room for rows; the rows of a at positions 0..rank-1 came from those rows of the input, in
 * that order, and those rows of the input are independent modulo p). If det is not NULL it gets
 * (+-) the product of the pivots, which for rank == rows is the determinant modulo p of the
 * submatrix formed by the pivot columns. nz is workspace with room for cols indices. */
void ax_modp_rref(uint64_t *a, size_t rows, size_t cols, uint64_t p, size_t *rank, size_t *piv,
                  size_t *perm, uint64_t *det, size_t *nz);

/* Swap rows i and k of the row-major residue matrix a (cols columns) from column `from` on. */
void ax_modp_swap_rows(uint64_t *a, size_t cols, size_t i, size_t k, size_t from);

/* The determinant of the n x n residue matrix a modulo p (a is destroyed). */
uint64_t ax_modp_det(uint64_t *a, size_t n, uint64_t p);

/* ---- the rank profile and the pivot block's factors (profile.c) ------------------------------ */

/* Forward elimination (row echelon form, not reduced) of the rows x cols residue matrix a modulo
 * p, in place, keeping the multipliers below the pivots: the rank to *rank, the pivot columns to
 * piv (room for min(rows, cols)), and to perm (room for rows) the original row index of each row
 * of a after the row exchanges; rows perm[0..rank-1] of the input are independent modulo p. */
void ax_profile_modp(uint64_t *a, size_t rows, size_t cols, uint64_t p, size_t *rank, size_t *piv,
                     size_t *perm);

/* The LU factors modulo p of the pivot block B (order n) of a profile: B = L U, L unit lower
 * triangular, U upper triangular with a nonzero diagonal, each with Shoup quotients. */
typedef struct ax_bfact {
    size_t n;
    uint64_t p;
    uint64_t *l, *ls, *u, *us, *dinv, *dinvs; /* one allocation, owned by l */
} ax_bfact;

/* The factors of the leading r x r block at the columns piv of an ax_profile_modp result a (cols
 * columns). On failure nothing is held. */
axle_status ax_bfact_init(ax_bfact *f, const uint64_t *a, size_t cols, size_t r, const size_t *piv,
                          uint64_t p);
void ax_bfact_clear(ax_bfact *f);
/* y = B^-1 y modulo p for the n x k row-major residue matrix y. */
void ax_bfact_solve(const ax_bfact *f, uint64_t *y, size_t k);

/* ---- integer matrices (zmat.c) ------------------------------------------------------------- */

/* A rows x cols integer matrix, row-major. view (NULL: none) marks rows whose entries are
 * read-only views of limbs the matrix does not own (ax_zmat_from_rows: the numerators of an
 * input row without denominators): nothing may write to them, and ax_zmat_clear leaves them. A
 * row exchange must move its flag with it. bits, when not 0, is 1 + ax_zmat_max_bits(M) (set by
 * ax_zmat_from_rows; 0, as in a zero-initialised struct, means not known). */
typedef struct ax_zmat {
    size_t rows, cols;
    mpz_t *z;
    bool *view;
    size_t bits;
} ax_zmat;

#define AX_Z(M, i, j) ((M)->z[(size_t)(i) * (M)->cols + (size_t)(j)])

/* A new zero matrix (AXLE_ENOMEM / AXLE_ERANGE reported). */
axle_status ax_zmat_init(ax_zmat *M, size_t rows, size_t cols);
void ax_zmat_clear(ax_zmat *M);

/* Clear denominators row by row: M = [D A | D B] where D is the diagonal matrix of the least
 * common multiples of the denominators of each row of [A | B]. B may be NULL (no columns);
 * with identity set, B is taken to be the identity (A square). If lcm is not NULL it gets the
 * product of the row multipliers (det D). A row without denominators is a read-only view of
 * the input's numerators (no copy): M must not be written to, and A and B must outlive it. */
axle_status ax_zmat_from_rows(ax_zmat *M, mpz_t lcm, const axle_matrix *A, const axle_matrix *B,
                              bool identity);

/* M = d A with d the lcm of all A's denominators (one common factor: M keeps A's symmetry). */
axle_status ax_zmat_from_common(ax_zmat *M, mpz_t d, const axle_matrix *A);

/* Residues of M modulo p into a (rows x cols, row-major), for the listed rows (NULL: all rows,
 * nrows must then be M->rows). */
void ax_zmat_mod(uint64_t *a, const ax_zmat *M, const size_t *rows, size_t nrows, uint64_t p);

/* An upper bound for the absolute value of every nrows x nrows minor of the listed rows of M
 * (NULL: all rows): the product of the rows' Euclidean norms, each rounded up (Hadamard). */
void ax_zmat_hadamard(mpz_t bound, const ax_zmat *M, const size_t *rows, size_t nrows);

/* ---- Chinese remaindering (crt.c) ------------------------------------------------------------ */

/* Incremental CRT of many values at once: after ax_crt_add for primes p1..pk the values are the
 * unique residues modulo p1...pk in the symmetric range (once ax_crt_finish is called). */
typedef struct ax_crt {
    size_t n;
    mpz_t *x;
    mpz_t mod;
    mpz_t tmp;
} ax_crt;

axle_status ax_crt_init(ax_crt *c, size_t n);
void ax_crt_clear(ax_crt *c);
/* Fold in the residues r[0..n-1] modulo the prime p (p must not divide the current modulus). */
void ax_crt_add(ax_crt *c, const uint64_t *r, uint64_t p);
/* True once the modulus exceeds 2 * bound (values bounded by bound in absolute value are then
 * determined). */
bool ax_crt_enough(const ax_crt *c, const mpz_t bound);
/* Move every value into (-mod/2, mod/2]. */
void ax_crt_finish(ax_crt *c);

/* Wang's rational reconstruction of u modulo m (0 <= u < m): num / den with |num| <= N,
 * 0 < den <= D, gcd(num, den) = 1 and num = u den modulo m, unique when m > 2 N D; false when
 * there is none. t is workspace (six initialised integers). */
bool ax_ratrecon(mpz_t num, mpz_t den, const mpz_t u, const mpz_t m, const mpz_t N, const mpz_t D,
                 mpz_t t[6]);

/* ---- exact reduced row echelon form (echelon.c) ---------------------------------------------- */

/* The RREF R of an integer matrix M (rows x cols) in the form R = X / d: rank r, pivot columns
 * piv[0..r-1], the free (non-pivot) columns fre[0..cols-r-1], and for each row t < r of R and
 * each free column fre[k] the integer x[t * nfree + k] = d * R[t][fre[k]]; d != 0. Rows r.. of R
 * are zero; R[t][piv[s]] is 1 if s == t, else 0. */
typedef struct ax_echelon {
    size_t rows, cols, rank, nfree;
    size_t *piv, *fre;
    mpz_t d;
    mpz_t *x;
    /* when has_g: g = gcd(prod of the nonzero x, d) >= 1, which gcd(x, d) divides for every x
     * (ax_echelon_get reduces by gcd(x, g), nothing when g = 1); set by the echelon.c entry
     * points, false (g not initialised) from the others */
    bool has_g;
    mpz_t g;
} ax_echelon;

/* Compute the echelon form of M exactly: the rank profile modulo a first prime, then, as the cost
 * model predicts cheapest, Dixon lifting on the pivot block, the CRT route (BLAS LUs modulo
 * primes below 2^26 that also prove the rank) or fraction-free Gauss-Jordan (ffge.c); either way
 * the result is the exact RREF. On failure E holds nothing (do not clear it). */
axle_status ax_echelon_compute(ax_echelon *E, const ax_zmat *M);
/* The variants (tested against each other). The CRT route on a profile modulo a 62-bit prime: */
axle_status ax_echelon_modular(ax_echelon *E, const ax_zmat *M);
/* The rank profile modulo a prime, then Dixon lifting on the pivot block for the non-pivot
 * columns, certified (echelon.c); the default. */
axle_status ax_echelon_dixon(ax_echelon *E, const ax_zmat *M);
axle_status ax_echelon_fraction_free(ax_echelon *E, const ax_zmat *M);
/* The same elimination on machine words (echelon_small.c) when Hadamard's bound keeps every
 * entry below 2^61 and M is small: *done false (E untouched) when it does not apply. */
axle_status ax_echelon_small(ax_echelon *E, bool *done, const ax_zmat *M);
void ax_echelon_clear(ax_echelon *E);
/* R[t][fre[k]] as a canonical rational. */
void ax_echelon_get(mpq_t q, const ax_echelon *E, size_t t, size_t k);
/* Set E->g (has_g) from E's values, so that ax_echelon_get needs no gcd per entry (echelon.c);
 * the echelon.c entry points call it. */
void ax_echelon_set_gcd(ax_echelon *E);

/* The rank of M (fast path modulo a prime when it shows full rank, else from the RREF). */
axle_status ax_zmat_rank(size_t *rank, const ax_zmat *M);
/* The rank of A modulo one prime below 2^26 (BLAS LU, entries read in place): a lower bound for
 * its rank over Q, which it proves when it equals min(rows, cols). */
axle_status ax_qq_rank_lower(size_t *rank, const axle_matrix *A);

/* The determinant of the square integer matrix M: Bareiss for small n (by n and entry size,
 * measured crossovers in det.c), else the divisor route from n = 24 when it applies, else
 * multimodular. */
axle_status ax_zmat_det(mpz_t det, const ax_zmat *M);
/* The variants (tested against each other): multimodular on the BLAS LU with the Hadamard bound
 * (det.c); Bareiss's fraction-free elimination (ffge.c). */
axle_status ax_zmat_det_modular(mpz_t det, const ax_zmat *M);
axle_status ax_zmat_det_bareiss(mpz_t det, const ax_zmat *M);
/* The divisor route (det.c): a Dixon solve on the BLAS LU gives a divisor d of det M, then
 * det M / d by CRT to the Hadamard bound over d. *done false (nothing reported) when it does not
 * apply: entries too large for the lifting in doubles, or M singular modulo the first primes. */
axle_status ax_zmat_det_divisor(mpz_t det, bool *done, const ax_zmat *M);

/* ---- fraction-free elimination and the crossover model (ffge.c) ------------------------------ */

/* The largest bit size of an entry of M (0 for a zero matrix). */
size_t ax_zmat_max_bits(const ax_zmat *M);
/* The same, read from M->bits when it is known (zmat.c). */
size_t ax_zmat_bits(const ax_zmat *M);
/* Estimated word operations of fraction-free elimination of an m x n matrix of rank r with
 * entries of `bits` bits (jordan: Gauss-Jordan for the RREF, else Bareiss for the determinant),
 * and of the multimodular route on `rows` rows of n columns (primes below 2^26 up to the Hadamard
 * bound of r rows, each reducing those rows for a BLAS LU, plus CRT of `values` results, two
 * primes a step). */
double ax_cost_ff(size_t m, size_t n, size_t r, size_t bits, bool jordan);
double ax_cost_modular(size_t rows, size_t n, size_t r, size_t bits, size_t values);
/* Estimated word operations of Dixon lifting for an n x n system with k right-hand sides whose
 * cleared entries have `bits` bits: one inverse modulo p, then about 2 n bits / 61 steps, each a
 * product by the integer matrix. */
double ax_cost_dixon(size_t n, size_t k, size_t bits);
/* True when Bareiss is predicted cheaper than the multimodular determinant of the square M. */
bool ax_zmat_det_prefer_bareiss(const ax_zmat *M);

/* ---- Dixon p-adic lifting (dixon.c) ---------------------------------------------------------- */

/* The prime stream Dixon tries by default (primes just below 3 * 2^60, largest first). */
void ax_dixon_primes_init(ax_primes *ps);
/* Solve A X = B for a square A (QQ) by Dixon p-adic lifting modulo the prime `prime` < 2^62 (0: the
 * first primes of the ax_dixon_primes_init stream, a few tried). On success with *done true, *X is
 * the exact canonical solution (A is then nonsingular). *done false (status AXLE_OK, nothing
 * reported) means the method does not apply: A not square, A singular modulo the primes tried
 * (perhaps singular), or a failed reconstruction or check; the caller falls back to the RREF path.
 * Other statuses (AXLE_ENOMEM, AXLE_ERANGE) are reported failures. */
axle_status ax_qq_dixon(axle_matrix **X, bool *done, const axle_matrix *A, const axle_matrix *B,
                        uint64_t prime);
/* The lifting itself: solve S[:, 0..n) X = S[:, n..) for the integer n x (n + k) matrix S whose
 * leading block is nonsingular with the factors f modulo a prime. On success *X is the exact
 * canonical solution and den a common denominator of its entries; *X NULL (status AXLE_OK)
 * when the reconstruction or the exact check failed (f not from S's block). */
axle_status ax_dixon_lift(axle_matrix **X, mpz_t den, const ax_zmat *S, size_t n,
                          const ax_bfact *f);
/* The same on doubles and BLAS with a prime below 2^26 (its own LU modulo p): *applies false
 * (nothing computed) when B's or Y's entries are too large for exact double arithmetic, or B is
 * singular modulo the primes tried; then use ax_dixon_lift. */
axle_status ax_dixon_lift_blas(axle_matrix **X, mpz_t den, bool *applies, const ax_zmat *S,
                               size_t n);

/* ---- the backend entries (det.c, mul.c, backend_qq.c) -------------------------------------- */
axle_status ax_qq_mul(axle_matrix **out, const axle_matrix *A, const axle_matrix *B);
/* op(A) op(B), op(X) = X or, when tX, its transpose: word-size integer factors read in place
 * (no transposed copy), anything else through ax_qq_mul on the transposes (mul.c). */
axle_status ax_qq_mul_trans(axle_matrix **out, const axle_matrix *A, bool ta, const axle_matrix *B,
                            bool tb);
axle_status ax_qq_det(axle_scalar **out, const axle_matrix *A);
/* The small-matrix determinant kernels (det.c): Bareiss in 128 bits on int64 entries all of whose
 * minors are below 2^61, and det modulo p < 2^62 of residues in [0, p) (both destroy a); the
 * primes just below 2^62 they use, largest first. */
#define AX_DET_SMALL_PRIMES 16
extern const uint64_t ax_det_small_primes[AX_DET_SMALL_PRIMES];
int64_t ax_det_small_bareiss(int64_t *a, size_t n);
uint64_t ax_det_small_modp(uint64_t *a, size_t n, uint64_t p);

/* ---- the characteristic polynomial (charpoly.c) -------------------------------------------- */
/* The backend entry: exact, multimodular (Hessenberg modulo p, CRT to a proven bound). */
axle_status ax_qq_charpoly(axle_poly **out, const axle_matrix *A);
/* Whether the doubles path may use its AVX2 kernels where the processor has them (default true).
 * Tests set it false to run the portable kernels too, which a machine without AVX2 would run. */
extern bool ax_qq_charpoly_simd;
/* The n + 1 coefficients (lowest first, out[n] = 1) of the characteristic polynomial of the n x n
 * row-major residue matrix a modulo the prime p < 2^62 (a is not changed). */
axle_status ax_qq_charpoly_modp(uint64_t *out, const uint64_t *a, size_t n, uint64_t p);

#endif
