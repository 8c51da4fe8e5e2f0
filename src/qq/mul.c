/* Products over Q on integers: C = A B with the rows of A and the columns of B cleared of
 * denominators (A = Da^-1 A', B = B' Db^-1), the integer product C' = A' B', and one
 * canonicalisation per entry: C[i][j] = C'[i][j] / (a_i b_j).
 *
 * The integer product uses floating-point BLAS for exact work (the FFLAS-FFPACK idea of Dumas,
 * Giorgi and Pernet, "Dense linear algebra over word-size prime fields: the FFLAS and FFPACK
 * packages", ACM TOMS 35(3), 2008): with a = max |A'|, b = max |B'|,
 *   - if k a b < 2^53 every partial sum of every dot product is an integer of absolute value
 *     below 2^53, so one cblas_dgemm on the entries as doubles is exact (in any summation order,
 *     with or without fused multiply-adds). Cost: one m n k dgemm plus O(m k + k n + m n)
 *     conversions.
 *   - otherwise multimodular: for primes p with K h^2 + h <= 2^53 - 2^28 (h = (p - 1) / 2, K the
 *     length of a chunk of the inner dimension, at most MUL_CHUNK; lu_modp.h's bound and
 *     reduction) the symmetric residues of A' and B' are multiplied by dgemm chunk by chunk,
 *     reducing between chunks, so everything stays exact;
 *     the residues of C' are recombined by incremental CRT (crt.c) until the product of the
 *     primes exceeds 2 k a b. Cost per prime: one m n k dgemm, O(m k + k n) word reductions of
 *     the inputs and O(m n) for the reduction and recombination step (which grows with the size
 *     of the modulus so far).
 *   - tiny products with huge entries keep the schoolbook mpz_addmul loop (m n k multiply-adds),
 *     which wins there because it pays no per-prime overhead. */
#include <cblas.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lu_modp.h"
#include "qq.h"

/* The longest stretch of the inner dimension one dgemm accumulates modulo p before reducing:
 * it sets the prime size (K h^2 <= 2^53 - 2^28: K = 512 gives p close to 2^23). */
#define MUL_CHUNK 512
/* 2^53: integers of smaller absolute value are exact doubles, and so are their sums as long as
 * every partial sum stays below it. */
#define TWO53 9007199254740992.0

/* x == 1, inline (mpz_cmp_ui is a call: per entry it was a tenth of a 100 x 100 product). */
static inline bool is_one(mpz_srcptr x)
{
    return mpz_size(x) == 1 && mpz_sgn(x) > 0 && mpz_getlimbn(x, 0) == 1;
}

/* The lcm of the denominators along each row of X (by_cols false) or each column (true). */
static void line_lcms(mpz_t *l, const axle_matrix *X, bool by_cols)
{
    size_t lines = by_cols ? X->cols : X->rows, len = by_cols ? X->rows : X->cols;
    for (size_t a = 0; a < lines; a++) {
        mpz_set_ui(l[a], 1);
        for (size_t b = 0; b < len; b++) {
            mpq_srcptr q = by_cols ? AX_Q(X, b, a) : AX_Q(X, a, b);
            if (!is_one(mpq_denref(q)))
                mpz_lcm(l[a], l[a], mpq_denref(q));
        }
    }
}

/* Clear the denominators of X along its rows (by_cols false: X' = Dx X) or its columns (X' = X Dx),
 * with l[line] the lcm of the denominators on each line. */
static axle_status clear_lines(ax_zmat *Xz, mpz_t *l, const axle_matrix *X, bool by_cols)
{
    size_t lines = by_cols ? X->cols : X->rows, len = by_cols ? X->rows : X->cols;
    axle_status s = ax_zmat_init(Xz, X->rows, X->cols);
    if (s)
        return s;
    mpz_t tmp;
    mpz_init(tmp);
    line_lcms(l, X, by_cols);
    for (size_t a = 0; a < lines; a++) {
        bool one = is_one(l[a]);
        for (size_t b = 0; b < len; b++) {
            size_t i = by_cols ? b : a, j = by_cols ? a : b;
            if (one) {
                mpz_set(AX_Z(Xz, i, j), mpq_numref(AX_Q(X, i, j)));
                continue;
            }
            mpz_divexact(tmp, l[a], mpq_denref(AX_Q(X, i, j)));
            mpz_mul(AX_Z(Xz, i, j), mpq_numref(AX_Q(X, i, j)), tmp);
        }
    }
    mpz_clear(tmp);
    return AXLE_OK;
}

static mpz_t *mpz_array(size_t n)
{
    mpz_t *v = ax_calloc(n ? n : 1, sizeof *v);
    if (v)
        for (size_t k = 0; k < n; k++)
            mpz_init(v[k]);
    return v;
}

static void mpz_array_free(mpz_t *v, size_t n)
{
    if (!v)
        return;
    for (size_t k = 0; k < n; k++)
        mpz_clear(v[k]);
    free(v);
}

/* ---- C' = A' B' by the schoolbook loop ------------------------------------------------------ */

static void mul_naive(mpz_t *Cz, const ax_zmat *Az, const ax_zmat *Bz)
{
    size_t m = Az->rows, k = Az->cols, n = Bz->cols;
    for (size_t i = 0; i < m; i++) {
        mpz_t *crow = Cz + i * n;
        for (size_t t = 0; t < k; t++) {
            mpz_srcptr a = AX_Z(Az, i, t);
            if (mpz_sgn(a) == 0)
                continue;
            mpz_t *brow = Bz->z + t * n;
            for (size_t j = 0; j < n; j++)
                mpz_addmul(crow[j], a, brow[j]);
        }
    }
}

/* ---- C' = A' B' by one exact dgemm (k a b < 2^53) ------------------------------------------- */

/* Entry (i, j) of the packed C := the numerator c' (taken over by swapping) over a_i b_j; tmp
 * is scratch. */
static axle_status set_entry(axle_matrix *C, size_t i, size_t j, mpz_t num, mpz_t *la, mpz_t *lb,
                             mpq_t tmp)
{
    if (is_one(la[i]) && is_one(lb[j]))
        return ax_qq_store_z(C, i * C->cols + j, num, NULL);
    mpz_swap(mpq_numref(tmp), num);
    mpz_mul(mpq_denref(tmp), la[i], lb[j]);
    mpq_canonicalize(tmp);
    return ax_qq_store(C, i * C->cols + j, tmp);
}

/* C = A B from the row-major doubles Ad (m x k) and Bd (k x n) of A' and B', all below 2^53 in
 * absolute value, when k a b < 2^53. */
static axle_status mul_dgemm(axle_matrix *C, size_t k, const double *Ad, const double *Bd,
                             mpz_t *la, mpz_t *lb)
{
    size_t m = C->rows, n = C->cols;
    double *Cd = ax_malloc(m * n * sizeof *Cd);
    if (!Cd)
        return ax_nomem();
    cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, (blasint)m, (blasint)n, (blasint)k, 1.0,
                Ad, (blasint)k, Bd, (blasint)n, 0.0, Cd, (blasint)n);
    /* every entry of C' is an integer below 2^53: a long; integer factors (the common case)
     * need no canonicalisation (profile at n = 200: mpz_set_d, the swaps and the per-entry
     * denominator tests were a third of the product) */
    bool bint = true;
    for (size_t j = 0; j < n && bint; j++)
        bint = is_one(lb[j]);
    mpz_t num;
    mpq_t tmp;
    mpz_init(num);
    mpq_init(tmp);
    axle_status s = AXLE_OK;
    for (size_t i = 0; i < m && !s; i++) {
        bool direct = bint && is_one(la[i]);
        for (size_t j = 0; j < n && !s; j++) {
            long v = (long)Cd[i * n + j];
            if (direct) {
                ax_qq_packed_init_si(C, i * n + j, v);
                continue;
            }
            mpz_set_si(num, v);
            s = set_entry(C, i, j, num, la, lb, tmp);
        }
    }
    mpz_clear(num);
    mpq_clear(tmp);
    free(Cd);
    return s;
}

/* ---- C' = A' B' multimodularly -------------------------------------------------------------- */

/* The symmetric residues modulo F's prime of the entries of M, column-major (leading dimension
 * M->rows). */
static void residues_sym(double *d, const ax_zmat *M, const ax_dmodp *F)
{
    for (size_t i = 0; i < M->rows; i++)
        for (size_t j = 0; j < M->cols; j++)
            d[i + j * M->rows] = ax_dmodp_from_u64(F, mpz_fdiv_ui(AX_Z(M, i, j), F->p));
}

/* C' modulo primes below ax_dmodp_prime_bound(K) (lu_modp.h: a dgemm over K residues added to a
 * reduced accumulator stays exact, ax_dmodp_red brings it back), CRT to 2 bound. */
static axle_status mul_multimod(mpz_t *Cz, const ax_zmat *Az, const ax_zmat *Bz, const mpz_t bound)
{
    size_t m = Az->rows, k = Az->cols, n = Bz->cols, K = k < MUL_CHUNK ? k : MUL_CHUNK;
    double *Ad = ax_malloc(m * k * sizeof *Ad), *Bd = ax_malloc(k * n * sizeof *Bd);
    double *Cd = ax_malloc(m * n * sizeof *Cd);
    uint64_t *res = ax_malloc(m * n * sizeof *res);
    ax_crt crt = {0};
    axle_status s = (!Ad || !Bd || !Cd || !res) ? ax_nomem() : ax_crt_init(&crt, m * n);
    if (s)
        goto done;
    /* the values' final size at once, not one reallocation per prime */
    for (size_t t = 0; t < m * n; t++)
        mpz_realloc2(crt.x[t], mpz_sizeinbase(bound, 2) + 2 + 26);
    uint64_t p = ax_dmodp_prime_bound(K);
    ax_dmodp F;
    do {
        p = ax_prev_prime(p);
        if (p < (1u << 16)) { /* ~10^6 bits of modulus used up: not reached in practice */
            mul_naive(Cz, Az, Bz);
            goto done;
        }
        ax_dmodp_init(&F, p);
        residues_sym(Ad, Az, &F);
        residues_sym(Bd, Bz, &F);
        for (size_t t0 = 0; t0 < k; t0 += K) {
            size_t len = k - t0 < K ? k - t0 : K;
            cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, (blasint)m, (blasint)n,
                        (blasint)len, 1.0, Ad + t0 * m, (blasint)m, Bd + t0, (blasint)k,
                        t0 ? 1.0 : 0.0, Cd, (blasint)m);
            ax_dmodp_reduce(&F, Cd, m, n, m);
        }
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++)
                res[i * n + j] = ax_dmodp_to_u64(&F, Cd[i + j * m]);
        ax_crt_add(&crt, res, p);
    } while (!ax_crt_enough(&crt, bound));
    ax_crt_finish(&crt);
    for (size_t t = 0; t < m * n; t++)
        mpz_swap(Cz[t], crt.x[t]);
done:
    ax_crt_clear(&crt);
    free(Ad);
    free(Bd);
    free(Cd);
    free(res);
    return s;
}

/* Whether the schoolbook loop beats the multimodular product, by a cost model fitted to timings
 * (nanoseconds, one core): the loop does m n k multiply-adds of about 18 + 0.5 la lb (la, lb the
 * limb counts of a and b); the multimodular product does, for each of np primes, a dgemm
 * (about 0.25 per multiply-add), the reduction of the m k + k n inputs (about 10 + 2 limbs each)
 * and 3 us of set-up, then about 1.8 np^2 of recombination per output entry. */
static bool prefer_naive(size_t m, size_t k, size_t n, const mpz_t amax, const mpz_t bmax,
                         const mpz_t bound)
{
    double la = (double)mpz_size(amax), lb = (double)mpz_size(bmax);
    double dm = (double)m, dk = (double)k, dn = (double)n;
    double np = (double)mpz_sizeinbase(bound, 2) / 23.0 + 1.0;
    double naive = dm * dn * dk * (18.0 + 0.5 * la * lb);
    double per_prime =
        0.25 * dm * dn * dk + dm * dk * (10.0 + 2.0 * la) + dk * dn * (10.0 + 2.0 * lb) + 3000.0;
    double multi = np * per_prime + 1.8 * dm * dn * np * np + 10000.0;
    return naive <= multi;
}

/* One pass over X without building the integer matrix: xmax = max |X'| and, into d (row-major,
 * like X), the entries of X' as doubles (exact whenever they are below 2^53, which is all the
 * dgemm path uses). */
static void scan_cleared(mpz_t xmax, double *d, mpz_t *l, const axle_matrix *X, bool by_cols)
{
    mpz_t tmp;
    mpz_init(tmp);
    mpz_set_ui(xmax, 0);
    mp_limb_t wmax = 0; /* the largest word-size entry */
    bool rowone = true;
    for (size_t i = 0; i < X->rows; i++) {
        if (!by_cols)
            rowone = is_one(l[i]);
        for (size_t j = 0; j < X->cols; j++) {
            mpq_srcptr q = AX_Q(X, i, j);
            mpz_srcptr v = mpq_numref(q);
            bool one = by_cols ? is_one(l[j]) : rowone;
            if (mpz_size(v) <= 1 && one) {
                /* a word-size integer: no big-integer work */
                mp_limb_t w = mpz_getlimbn(v, 0);
                wmax = w > wmax ? w : wmax;
                d[i * X->cols + j] = mpz_sgn(v) < 0 ? -(double)w : (double)w;
                continue;
            }
            if (!one) {
                mpz_divexact(tmp, l[by_cols ? j : i], mpq_denref(q));
                mpz_mul(tmp, tmp, v);
                v = tmp;
            }
            if (mpz_cmpabs(v, xmax) > 0)
                mpz_abs(xmax, v);
            d[i * X->cols + j] = mpz_get_d(v);
        }
    }
    if (mpz_cmp_ui(xmax, wmax) < 0)
        mpz_set_ui(xmax, wmax);
    mpz_clear(tmp);
}

/* ---- integer factors of word size (the common case) ---------------------------------------- */

/* When every entry of X is an integer of at most one limb: the entries as doubles, row-major,
 * into d, the largest absolute value into *wmax, and true; false at the first other entry (d
 * then partly written). One contiguous pass, no lcm, no big-integer call. */
static bool scan_words(double *d, mp_limb_t *wmax, const axle_matrix *X)
{
    size_t len = X->rows * X->cols;
    mp_limb_t w = 0;
    for (size_t t = 0; t < len; t++) {
        mpz_srcptr v = mpq_numref(X->q[t]), den = mpq_denref(X->q[t]);
        if (mpz_size(v) > 1 || mpz_size(den) != 1 || mpz_getlimbn(den, 0) != 1)
            return false;
        mp_limb_t x = mpz_getlimbn(v, 0);
        w = x > w ? x : w;
        d[t] = mpz_sgn(v) < 0 ? -(double)x : (double)x;
    }
    *wmax = w;
    return true;
}

/* C = op(A) op(B) row-major (m x n, inner dimension k) by the plain loop, op(X)[i][t] at
 * X[i * si + t * st]: exact under the same condition as the dgemm (every partial sum is an
 * integer below 2^53); for small products, where the BLAS call's fixed cost dominates. */
/* Four doubles (GCC / clang vector extension; unaligned loads and stores through memcpy). */
typedef double ax_v4d __attribute__((vector_size(32)));
#define MUL_SMALL_BODY                                                                             \
    for (size_t i = 0; i < m; i++) {                                                               \
        const double *a = A + i * ai;                                                              \
        size_t j = 0;                                                                              \
        for (; j + 8 <= n; j += 8) { /* eight sums kept in registers across the t loop */          \
            ax_v4d c0 = {0, 0, 0, 0}, c1 = c0;                                                     \
            for (size_t t = 0; t < k; t++) {                                                       \
                ax_v4d b0, b1, x = {a[t * at], a[t * at], a[t * at], a[t * at]};                   \
                memcpy(&b0, B + t * bt + j, sizeof b0);                                            \
                memcpy(&b1, B + t * bt + j + 4, sizeof b1);                                        \
                c0 += x * b0;                                                                      \
                c1 += x * b1;                                                                      \
            }                                                                                      \
            memcpy(C + i * n + j, &c0, sizeof c0);                                                 \
            memcpy(C + i * n + j + 4, &c1, sizeof c1);                                             \
        }                                                                                          \
        for (; j < n; j++) {                                                                       \
            double c = 0;                                                                          \
            for (size_t t = 0; t < k; t++)                                                         \
                c += a[t * at] * B[t * bt + j];                                                    \
            C[i * n + j] = c;                                                                      \
        }                                                                                          \
    }

/* mul_small's loop when B's rows are contiguous (bj == 1), for AVX2 with FMA and for the
 * baseline: the partial sums are exact integers, so the fused multiply-add changes nothing. */
__attribute__((target("avx2,fma"))) static void mul_small_avx2(double *C, const double *A,
                                                               size_t ai, size_t at,
                                                               const double *B, size_t bt, size_t m,
                                                               size_t k, size_t n)
{
    MUL_SMALL_BODY
}

static void mul_small_rows(double *C, const double *A, size_t ai, size_t at, const double *B,
                           size_t bt, size_t m, size_t k, size_t n)
{
    MUL_SMALL_BODY
}

static void mul_small(double *C, const double *A, size_t ai, size_t at, const double *B, size_t bt,
                      size_t bj, size_t m, size_t k, size_t n)
{
    if (bj == 1) {
        if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"))
            mul_small_avx2(C, A, ai, at, B, bt, m, k, n);
        else
            mul_small_rows(C, A, ai, at, B, bt, m, k, n);
        return;
    }
    for (size_t i = 0; i < m; i++) {
        double *c = C + i * n;
        for (size_t j = 0; j < n; j++)
            c[j] = 0;
        for (size_t t = 0; t < k; t++) {
            double a = A[i * ai + t * at];
            const double *b = B + t * bt;
            for (size_t j = 0; j < n; j++)
                c[j] += a * b[j * bj];
        }
    }
}

/* Products with at most MUL_SMALL multiply-adds take the plain loop instead of the dgemm. */
#define MUL_SMALL (28 * 28 * 28)
/* Products whose three double buffers fit in MUL_STACK doubles keep them on the stack. */
#define MUL_STACK 1024

/* C = op(A) op(B) (op(X) = X, or Xᵀ when tX) when every entry of A and B is an integer of one
 * word and k max|A| max|B| < 2^52: one exact floating-point product (dgemm, or the plain loop
 * when small), and the result's entries initialised and written in one pass
 * (ax_matrix_alloc_qq_unset: mpz_init_set_si on the numerator, no mpq_init pass before it, no lcm
 * arrays, no canonicalisation). *done false (and nothing allocated) when the inputs are not of
 * that kind. */
static axle_status mul_words(axle_matrix **out, bool *done, const axle_matrix *A, bool ta,
                             const axle_matrix *B, bool tb)
{
    size_t m = ta ? A->cols : A->rows, k = ta ? A->rows : A->cols, n = tb ? B->rows : B->cols;
    /* three buffers, not one: one block above glibc's mmap threshold costs page faults per call
     * (the stack's pointers formed only when they stay inside it: C11 6.5.6) */
    double stack[MUL_STACK], *Ad = stack, *Bd, *Cd;
    bool heap = m * k + k * n + m * n > MUL_STACK;
    if (heap) {
        Ad = ax_malloc(m * k * sizeof *Ad);
        Bd = ax_malloc(k * n * sizeof *Bd);
        Cd = ax_malloc(m * n * sizeof *Cd);
    } else {
        Bd = Ad + m * k;
        Cd = Bd + k * n;
    }
    *done = false;
    mp_limb_t a, b;
    axle_status s = (!Ad || !Bd || !Cd) ? ax_nomem() : AXLE_OK;
    /* k a b below 2^52 in doubles (a margin for the rounding of the test itself) also means a,
     * b < 2^52, unless one is 0: then that factor is zero and so is C, exactly */
    if (s || !scan_words(Ad, &a, A) || !scan_words(Bd, &b, B) ||
        (double)a * (double)b * (double)k >= TWO53 / 2)
        goto done;
    *done = true;
    axle_matrix *C; /* last: nothing can fail once it exists, unset */
    if ((s = ax_matrix_alloc_qq_packed(&C, m, n, false)))
        goto done;
    if (m * k * n <= MUL_SMALL)
        mul_small(Cd, Ad, ta ? 1 : A->cols, ta ? A->cols : 1, Bd, tb ? 1 : B->cols,
                  tb ? B->cols : 1, m, k, n);
    else
        cblas_dgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
                    (blasint)m, (blasint)n, (blasint)k, 1.0, Ad, (blasint)A->cols, Bd,
                    (blasint)B->cols, 0.0, Cd, (blasint)n);
    /* packed: the result's entries in one block, written in one pass (per-entry GMP
     * allocations were 60% of a 100 x 100 product) */
    for (size_t t = 0; t < m * n; t++)
        ax_qq_packed_init_si(C, t, (int64_t)Cd[t]);
    *out = C;
done:
    if (heap) {
        free(Ad);
        free(Bd);
        free(Cd);
    }
    return s;
}

/* C = A B when C' has to be built from big integers (naive or multimodular). */
static axle_status mul_big(axle_matrix *C, const axle_matrix *A, const axle_matrix *B, mpz_t *la,
                           mpz_t *lb, const mpz_t amax, const mpz_t bmax, const mpz_t bound,
                           bool blas_ok)
{
    size_t m = A->rows, k = A->cols, n = B->cols;
    ax_zmat Az = {0}, Bz = {0};
    mpz_t *Cz = mpz_array(m * n), *l2 = mpz_array(m > n ? m : n);
    axle_status s = (!Cz || !l2) ? ax_nomem() : AXLE_OK;
    if (s || (s = clear_lines(&Az, l2, A, false)) || (s = clear_lines(&Bz, l2, B, true)))
        goto done;
    if (!blas_ok || mpz_sgn(bound) == 0 || prefer_naive(m, k, n, amax, bmax, bound))
        mul_naive(Cz, &Az, &Bz);
    else if ((s = mul_multimod(Cz, &Az, &Bz, bound)))
        goto done;
    mpq_t tmp;
    mpq_init(tmp);
    for (size_t i = 0; i < m && !s; i++)
        for (size_t j = 0; j < n && !s; j++)
            s = set_entry(C, i, j, Cz[i * n + j], la, lb, tmp);
    mpq_clear(tmp);
done:
    ax_zmat_clear(&Az);
    ax_zmat_clear(&Bz);
    mpz_array_free(Cz, m * n);
    mpz_array_free(l2, m > n ? m : n);
    return s;
}

axle_status ax_qq_mul(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    size_t m = A->rows, k = A->cols, n = B->cols;
    if (m && n && k && m <= INT_MAX && n <= INT_MAX && k <= INT_MAX) {
        bool done;
        axle_status s = mul_words(out, &done, A, false, B, false);
        if (s || done)
            return s;
    }
    mpz_t *la = mpz_array(m), *lb = mpz_array(n);
    double *Ad = ax_malloc((m * k != 0 ? m * k : 1) * sizeof *Ad);
    double *Bd = ax_malloc((k * n != 0 ? k * n : 1) * sizeof *Bd);
    mpz_t amax, bmax, bound;
    mpz_inits(amax, bmax, bound, NULL);
    axle_matrix *C = NULL;
    axle_status s = (!la || !lb || !Ad || !Bd) ? ax_nomem() : AXLE_OK;
    if (s || (s = ax_matrix_alloc_qq_packed(&C, m, n, true)))
        goto done;
    line_lcms(la, A, false);
    line_lcms(lb, B, true);
    scan_cleared(amax, Ad, la, A, false);
    scan_cleared(bmax, Bd, lb, B, true);
    /* Every |C'[i][j]| (and every partial sum of it) is at most k a b; the doubles are exact only
     * when a and b are below 2^53 too (b = 0 gives k a b = 0 with a beyond double range). */
    mpz_mul(bound, amax, bmax);
    mpz_mul_ui(bound, bound, (unsigned long)k);
    bool blas_ok = m && n && k && m <= INT_MAX && n <= INT_MAX && k <= INT_MAX;
    if (blas_ok && mpz_cmp_d(bound, TWO53) < 0 && mpz_cmp_d(amax, TWO53) < 0 &&
        mpz_cmp_d(bmax, TWO53) < 0)
        s = mul_dgemm(C, k, Ad, Bd, la, lb);
    else
        s = mul_big(C, A, B, la, lb, amax, bmax, bound, blas_ok);
    if (s)
        goto done;
    *out = C;
    C = NULL;
done:
    axle_matrix_free(C);
    free(Ad);
    free(Bd);
    mpz_array_free(la, m);
    mpz_array_free(lb, n);
    mpz_clears(amax, bmax, bound, NULL);
    return s;
}

axle_status ax_qq_mul_trans(axle_matrix **out, const axle_matrix *A, bool ta, const axle_matrix *B,
                            bool tb)
{
    size_t m = ta ? A->cols : A->rows, k = ta ? A->rows : A->cols, n = tb ? B->rows : B->cols;
    axle_status s;
    if (m && n && k && m <= INT_MAX && n <= INT_MAX && k <= INT_MAX) {
        bool done;
        if ((s = mul_words(out, &done, A, ta, B, tb)) || done)
            return s;
    }
    axle_matrix *At = NULL, *Bt = NULL;
    if ((!ta || !(s = axle_matrix_transpose(&At, A))) &&
        (!tb || !(s = axle_matrix_transpose(&Bt, B))))
        s = ax_qq_mul(out, ta ? At : A, tb ? Bt : B);
    axle_matrix_free(At);
    axle_matrix_free(Bt);
    return s;
}
