/* The characteristic polynomial over Q, multimodular.
 *
 * A = B / d with B an integer matrix and d the least common multiple of A's denominators (one
 * common multiplier: a row-wise one would change the spectrum). Then
 *     det(x I - A) = d^-n det(d x I - B),   so   c_k(A) = c_k(B) / d^(n-k)
 * for the coefficients c_k of x^k. The c_k(B) are found modulo word-size primes and put together
 * by the Chinese remainder theorem: primes below 2^26 on doubles (cp_* below) unless B's entries
 * are so large that reducing them for the extra primes would cost more than the elimination,
 * then primes p < 2^62 with Shoup products.
 *
 * Modulo p: Hessenberg reduction by elimination similarities, then the Hessenberg recurrence
 * (H. Cohen, A Course in Computational Algebraic Number Theory, 1993, Algorithm 2.2.9): with
 * p_0 = 1,
 *     p_m(x) = (x - h_mm) p_(m-1)(x) - sum_(i<m) h_im (h_(i+1,i) ... h_(m,m-1)) p_(i-1)(x),
 * and p_n the characteristic polynomial; about (5/6 + 1/6) n^3 word products per prime. Every
 * prime is good: the characteristic polynomial is defined modulo every p and reduction commutes
 * with it, so nothing is certified after the fact.
 *
 * When to stop (proven): c_(n-k)(B) = (-1)^k times the sum of the C(n, k) principal k x k minors
 * of B, and by Hadamard's inequality each of them is at most the product of its rows' Euclidean
 * norms (a row of a principal submatrix is part of a row of B), and of its columns'. So
 * |c_(n-k)(B)| <= e_k(|r_1|, ..., |r_n|), the elementary symmetric function of the row norms, and
 * the same for the columns; the CRT stops once the product of the primes exceeds twice the
 * largest over k of the smaller of the two (the values are read in the symmetric range). This is
 * at most C(n, k) beta^k (beta the largest row norm, the bound used before): 1.5 to 3 % fewer
 * bits on random matrices, more when the norms differ.
 *
 * Integer matrices with entries below 2^52 (the common case) skip the integer matrix: the
 * entries go to doubles once, the bounds come from them, and the residues too. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "axle/eigen.h"
#include "lu_modp.h"
#include "qq.h"

/* The entries of B = d A: an integer matrix, or (ax_qq_charpoly's direct path for integer A
 * with entries below 2^52, where no integer matrix is built) exact doubles, row-major. */
typedef struct cp_src {
    size_t n;
    const ax_zmat *B; /* NULL: bd holds the entries */
    const double *bd;
} cp_src;

/* An upper bound on log2 of the Euclidean norm whose square is the nonnegative integer s (-1100
 * for 0, below every other). mpz_get_d_2exp truncates: the mantissa is rounded up first. */
static double log2_norm_up(const mpz_t s)
{
    if (!mpz_sgn(s))
        return -1100.0;
    long e;
    double m = mpz_get_d_2exp(&e, s) * (1.0 + 0x1p-50);
    return 0.5 * (log2(m) + (double)e) + 0x1p-40;
}

/* Upper bounds on log2 of the Euclidean norms of the rows (lr) and columns (lc) of B: in mpz
 * for an integer matrix; for doubles, the sum of n squares rounded (relative error below
 * (n + 1) 2^-53) and then rounded up by more. */
static void log2_norms(const cp_src *S, double *lr, double *lc)
{
    size_t n = S->n;
    if (S->bd) {
        for (size_t j = 0; j < n; j++)
            lc[j] = 0.0;
        for (size_t i = 0; i < n; i++) {
            double t = 0.0;
            for (size_t j = 0; j < n; j++) {
                double x = S->bd[i * n + j];
                t += x * x;
                lc[j] += x * x;
            }
            lr[i] = t;
        }
        double up = 1.0 + (double)(n + 2) * 0x1p-52;
        for (size_t i = 0; i < n; i++) {
            lr[i] = lr[i] > 0 ? 0.5 * log2(lr[i] * up) + 0x1p-40 : -1100.0;
            lc[i] = lc[i] > 0 ? 0.5 * log2(lc[i] * up) + 0x1p-40 : -1100.0;
        }
        return;
    }
    mpz_t t;
    mpz_init(t);
    for (size_t i = 0; i < n; i++) {
        mpz_set_ui(t, 0);
        for (size_t j = 0; j < n; j++)
            mpz_addmul(t, AX_Z(S->B, i, j), AX_Z(S->B, i, j));
        lr[i] = log2_norm_up(t);
    }
    for (size_t j = 0; j < n; j++) {
        mpz_set_ui(t, 0);
        for (size_t i = 0; i < n; i++)
            mpz_addmul(t, AX_Z(S->B, i, j), AX_Z(S->B, i, j));
        lc[j] = log2_norm_up(t);
    }
    mpz_clear(t);
}

/* log2 of max_k C(n, k) beta^k, beta the largest row norm (lr: upper bounds on the rows' log2
 * norms): lgamma for the binomials; rounding errors far below a bit (the caller adds two). */
static double log2_binomial_bound(const double *lr, size_t n)
{
    double lb = 0.0; /* log2 beta */
    for (size_t i = 0; i < n; i++)
        lb = lr[i] > lb ? lr[i] : lb;
    double nn = (double)n, best = 0.0, lgn = lgamma(nn + 1);
    for (size_t k = 1; k <= n; k++) {
        double kk = (double)k;
        double v = (lgn - lgamma(kk + 1) - lgamma(nn - kk + 1)) / log(2.0) + kk * lb;
        best = v > best ? v : best;
    }
    return best;
}

/* log2 of the bound |c_(n-k)(B)| <= e_k(x_1, ..., x_n) for the norms x_i of the rows of B (each
 * principal k x k minor is at most the product of its rows' norms, Hadamard, and c_(n-k) is
 * (-1)^k times their sum), and the same for the columns; the smaller of the two for each k, the
 * largest over k. e_k(y) of y_i = x_i / max x in doubles (y_i <= 1, so e_k(y) <= C(n, k) <= 2^n:
 * n <= 1000 for the double range), every y_i and e_k rounded up well beyond the doubles' relative
 * errors (at most n 2^-51 over the recurrence) and absolute ones (subnormals: n^2 2^-1074). E
 * and R are workspace of n + 1. At n = 100 (entries in [-10, 10]) 592 bits against 607 for
 * C(n, k) beta^k, at 400 2771 against 2814. */
static double log2_esym_bound(const double *lr, const double *lc, size_t n, double *E, double *R)
{
    double best = 0.0;
    for (int side = 0; side < 2; side++) {
        const double *l = side ? lc : lr;
        double top = l[0];
        for (size_t i = 1; i < n; i++)
            top = l[i] > top ? l[i] : top;
        E[0] = 1.0;
        for (size_t k = 1; k <= n; k++)
            E[k] = 0.0;
        for (size_t i = 0; i < n; i++) {
            double y = exp2(l[i] - top) * (1.0 + 0x1p-45);
            y = y > 0x1p-1000 ? y : 0x1p-1000;
            for (size_t k = i + 1; k >= 1; k--)
                E[k] += y * E[k - 1];
        }
        double slack = 1.0 + (double)n * 0x1p-48;
        for (size_t k = 1; k <= n; k++) {
            double v = log2(E[k] * slack + 0x1p-1000) + 0x1p-40 + (double)k * top;
            if (side == 0)
                R[k] = v;
            else {
                v = v < R[k] ? v : R[k];
                best = v > best ? v : best;
            }
        }
    }
    return best;
}

/* log2 of a bound on every |c_k(B)|: the better of the two above (the binomial one alone past
 * n = 1000). ws is workspace of 4 n + 2 doubles. */
static double log2_coefficient_bound(const cp_src *S, double *ws)
{
    size_t n = S->n;
    if (n == 0)
        return 0.0;
    double *lr = ws, *lc = ws + n;
    log2_norms(S, lr, lc);
    double b = log2_binomial_bound(lr, n);
    if (n <= 1000) {
        double e = log2_esym_bound(lr, lc, n, ws + 2 * n, ws + 3 * n + 1);
        b = e < b ? e : b;
    }
    return b;
}

/* Swap rows i and k and columns i and k of the n x n row-major matrix a (a similarity), for
 * both kinds of residue: the 62-bit path's and the doubles path's. */
#define SWAP_SIMILAR(name, T)                                                                      \
    static void name(T *a, size_t n, size_t i, size_t k)                                           \
    {                                                                                              \
        for (size_t c = 0; c < n; c++) {                                                           \
            T t = a[i * n + c];                                                                    \
            a[i * n + c] = a[k * n + c];                                                           \
            a[k * n + c] = t;                                                                      \
        }                                                                                          \
        for (size_t r = 0; r < n; r++) {                                                           \
            T t = a[r * n + i];                                                                    \
            a[r * n + i] = a[r * n + k];                                                           \
            a[r * n + k] = t;                                                                      \
        }                                                                                          \
    }
SWAP_SIMILAR(swap_similar_u64, uint64_t)
SWAP_SIMILAR(swap_similar_f64, double)

/* Reduce the n x n residue matrix a (row-major) to upper Hessenberg form modulo p by similarity
 * transforms, in place. For column j the pivot goes to row j + 1 (a row and column swap), then
 * row i -= u_i row (j+1) for i > j + 1 and column (j+1) += sum_i u_i column i, the inverse of the
 * row operations (they commute: all of them use row j + 1 alone). u and us are workspace of n. */
static void hessenberg_modp(uint64_t *a, size_t n, uint64_t p, uint64_t *u, uint64_t *us)
{
    for (size_t j = 0; j + 2 < n; j++) {
        size_t piv = j + 1;
        while (piv < n && a[piv * n + j] == 0)
            piv++;
        if (piv == n)
            continue;
        if (piv != j + 1)
            swap_similar_u64(a, n, piv, j + 1);
        uint64_t inv = ax_invmod(a[(j + 1) * n + j], p), invs = ax_shoup(inv, p);
        bool any = false;
        for (size_t i = j + 2; i < n; i++) {
            u[i] = ax_mulmod_shoup(inv, invs, a[i * n + j], p);
            us[i] = ax_shoup(u[i], p);
            if (u[i]) {
                any = true;
                ax_nvec_submul(a + i * n + j, a + (j + 1) * n + j, u[i], n - j, p);
            }
        }
        if (!any)
            continue;
        for (size_t r = 0; r < n; r++) {
            const uint64_t *row = a + r * n;
            uint64_t acc = row[j + 1];
            for (size_t i = j + 2; i < n; i++) {
                uint64_t t = ax_mulmod_shoup(u[i], us[i], row[i], p);
                acc += t;
                acc = acc >= p ? acc - p : acc;
            }
            a[r * n + j + 1] = acc;
        }
    }
}

/* The characteristic polynomial of the upper Hessenberg h modulo p by Cohen's recurrence: out
 * gets its n + 1 coefficients, lowest first (out[n] = 1). P is workspace of (n + 1)^2 residues
 * (row m holds p_m). */
static void hessenberg_charpoly_modp(uint64_t *out, const uint64_t *h, size_t n, uint64_t p,
                                     uint64_t *P)
{
    size_t w = n + 1;
    P[0] = 1;
    for (size_t m = 1; m <= n; m++) {
        uint64_t *pm = P + m * w;
        const uint64_t *prev = P + (m - 1) * w;
        /* (x - h_mm) p_(m-1) (1-based indices; h is 0-based). */
        uint64_t hmm = h[(m - 1) * n + (m - 1)];
        pm[0] = 0;
        for (size_t k = 0; k < m; k++)
            pm[k + 1] = prev[k];
        ax_nvec_submul(pm, prev, hmm, m, p);
        uint64_t t = 1;
        for (size_t i = m - 1; i >= 1; i--) {
            /* t = h_(i+1,i) ... h_(m,m-1) */
            t = ax_mulmod(t, h[i * n + (i - 1)], p);
            if (t == 0)
                break;
            uint64_t c = ax_mulmod(h[(i - 1) * n + (m - 1)], t, p);
            if (c)
                ax_nvec_submul(pm, P + (i - 1) * w, c, i, p);
        }
    }
    for (size_t k = 0; k <= n; k++)
        out[k] = P[n * w + k];
}

axle_status ax_qq_charpoly_modp(uint64_t *out, const uint64_t *a, size_t n, uint64_t p)
{
    uint64_t *h = ax_calloc(n * n + 1, sizeof *h);
    uint64_t *u = ax_calloc(2 * n + 1, sizeof *u);
    uint64_t *P = ax_calloc((n + 1) * (n + 1), sizeof *P);
    axle_status s = AXLE_OK;
    if (!h || !u || !P)
        s = ax_nomem();
    else {
        for (size_t k = 0; k < n * n; k++)
            h[k] = a[k];
        hessenberg_modp(h, n, p, u, u + n);
        hessenberg_charpoly_modp(out, h, n, p, P);
    }
    free(h);
    free(u);
    free(P);
    return s;
}

/* ---- The same modulo primes p < 2^26 on doubles ------------------------------------------
 * (the floating-point approach of FFLAS-FFPACK, Dumas, Giorgi & Pernet, ACM TOMS 35(3), 2008).
 * Residues are integral doubles r with |r| <= B = (p + 1) / 2. The prime is chosen so that
 * n B^2 + B <= 2^52: a residue plus up to n products of residues is an exact integer of magnitude
 * at most 2^52 whatever the order of the additions, and one reduction brings it back. Reduction
 * of such an x: y = x * fl(1/p) is within |x/p| 2^-52 <= 1/p of x/p, so q = round(y) has
 * |x/p - q| <= 1/2 + 1/p and r = x - q p (exact: q p < 2^53 and r small) has |r| <= p/2 + 1,
 * i.e. |r| <= B (r is an integer, p odd). The rank-1 row updates and the dot products of the
 * column updates then run two doubles at a time, about four times the speed of the 62-bit
 * Shoup products per prime, for about 2.5 times as many primes. */
typedef double ax_v2d __attribute__((vector_size(16)));
#define AX_CP_MAGIC 6755399441055744.0 /* 1.5 * 2^52: x + M - M rounds |x| < 2^51 */
#define AX_CP_MIN_PRIME (UINT64_C(1) << 20)

typedef struct cp_prime {
    double pd, pinv;
    bool avx2; /* the kernels below have AVX2 versions, chosen at run time */
} cp_prime;

static inline double cp_red(const cp_prime *F, double x)
{
    double q = (x * F->pinv + AX_CP_MAGIC) - AX_CP_MAGIC;
    return x - q * F->pd;
}

static inline ax_v2d cp_red2(const cp_prime *F, ax_v2d x)
{
    ax_v2d pinv = {F->pinv, F->pinv}, pd = {F->pd, F->pd}, m = {AX_CP_MAGIC, AX_CP_MAGIC};
    ax_v2d q = (x * pinv + m) - m;
    return x - q * pd;
}

static inline ax_v2d cp_load(const double *x)
{
    ax_v2d v;
    memcpy(&v, x, sizeof v);
    return v;
}

static inline void cp_store(double *x, ax_v2d v)
{
    memcpy(x, &v, sizeof v);
}

/* The largest prime bound for n: the largest odd p with n B^2 + B <= 2^52, B = (p + 1) / 2,
 * capped at 2^26. */
static uint64_t cp_prime_bound(size_t n)
{
    double top = 4503599627370496.0; /* 2^52 */
    uint64_t b = (uint64_t)sqrt(top / (double)(n ? n : 1)) + 2;
    while (b > 1 && (double)n * (double)b * (double)b + (double)b > top)
        b--;
    uint64_t p = 2 * b - 1;
    return p < (UINT64_C(1) << 26) ? p : (UINT64_C(1) << 26);
}

#if defined(__GNUC__) && defined(__x86_64__)
/* Four doubles at a time with fused multiply-adds where the processor has AVX2 and FMA (the
 * build targets baseline x86-64). A fused a - u s or a + x y is the exact integer (it is below
 * 2^52), and round(x fl(1/p)) by one fused multiply-add with 1.5 * 2^52 rounds the exact product,
 * closer to x / p than the two-step form: the same exactness argument holds. */
#include <immintrin.h>
#define AX_CP_HAVE_AVX2 1

__attribute__((target("avx2,fma"))) static void cp_row_submul_avx2(const cp_prime *F,
                                                                   double *restrict r,
                                                                   const double *restrict s,
                                                                   double u, size_t len)
{
    __m256d uu = _mm256_set1_pd(u), pinv = _mm256_set1_pd(F->pinv), pd = _mm256_set1_pd(F->pd);
    __m256d m = _mm256_set1_pd(AX_CP_MAGIC);
    size_t c = 0;
    for (; c + 8 <= len; c += 8) {
        __m256d x0 = _mm256_fnmadd_pd(uu, _mm256_loadu_pd(s + c), _mm256_loadu_pd(r + c));
        __m256d x1 = _mm256_fnmadd_pd(uu, _mm256_loadu_pd(s + c + 4), _mm256_loadu_pd(r + c + 4));
        __m256d q0 = _mm256_sub_pd(_mm256_fmadd_pd(x0, pinv, m), m);
        __m256d q1 = _mm256_sub_pd(_mm256_fmadd_pd(x1, pinv, m), m);
        _mm256_storeu_pd(r + c, _mm256_fnmadd_pd(q0, pd, x0));
        _mm256_storeu_pd(r + c + 4, _mm256_fnmadd_pd(q1, pd, x1));
    }
    for (; c < len; c++)
        r[c] = cp_red(F, r[c] - u * s[c]);
}

__attribute__((target("avx2,fma"))) static double cp_dot_avx2(const double *restrict x,
                                                              const double *restrict y, size_t len)
{
    __m256d a0 = _mm256_setzero_pd(), a1 = _mm256_setzero_pd();
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        a0 = _mm256_fmadd_pd(_mm256_loadu_pd(x + i), _mm256_loadu_pd(y + i), a0);
        a1 = _mm256_fmadd_pd(_mm256_loadu_pd(x + i + 4), _mm256_loadu_pd(y + i + 4), a1);
    }
    double t[4];
    _mm256_storeu_pd(t, _mm256_add_pd(a0, a1));
    double acc = (t[0] + t[1]) + (t[2] + t[3]);
    for (; i < len; i++)
        acc += x[i] * y[i];
    return acc;
}

/* r[k] -= c x[k] for k < len, unreduced (the caller bounds the sums). */
__attribute__((target("avx2,fma"))) static void cp_axpy_avx2(double *restrict r, double c,
                                                             const double *restrict x, size_t len)
{
    __m256d cc = _mm256_set1_pd(c);
    size_t k = 0;
    for (; k + 4 <= len; k += 4)
        _mm256_storeu_pd(r + k,
                         _mm256_fnmadd_pd(cc, _mm256_loadu_pd(x + k), _mm256_loadu_pd(r + k)));
    for (; k < len; k++)
        r[k] -= c * x[k];
}
#endif

/* r[c] = red(r[c] - u s[c]) for c < len. */
static void cp_row_submul(const cp_prime *F, double *restrict r, const double *restrict s, double u,
                          size_t len)
{
#ifdef AX_CP_HAVE_AVX2
    if (F->avx2) {
        cp_row_submul_avx2(F, r, s, u, len);
        return;
    }
#endif
    ax_v2d uu = {u, u};
    size_t c = 0;
    for (; c + 4 <= len; c += 4) {
        ax_v2d x0 = cp_load(r + c) - uu * cp_load(s + c);
        ax_v2d x1 = cp_load(r + c + 2) - uu * cp_load(s + c + 2);
        cp_store(r + c, cp_red2(F, x0));
        cp_store(r + c + 2, cp_red2(F, x1));
    }
    for (; c < len; c++)
        r[c] = cp_red(F, r[c] - u * s[c]);
}

/* sum of x[i] y[i] for i < len, exact (the caller bounds it). */
static double cp_dot(const cp_prime *F, const double *restrict x, const double *restrict y,
                     size_t len)
{
#ifdef AX_CP_HAVE_AVX2
    if (F->avx2)
        return cp_dot_avx2(x, y, len);
#else
    (void)F;
#endif
    ax_v2d a0 = {0, 0}, a1 = {0, 0};
    size_t i = 0;
    for (; i + 4 <= len; i += 4) {
        a0 += cp_load(x + i) * cp_load(y + i);
        a1 += cp_load(x + i + 2) * cp_load(y + i + 2);
    }
    a0 += a1;
    double acc = a0[0] + a0[1];
    for (; i < len; i++)
        acc += x[i] * y[i];
    return acc;
}

/* hessenberg_modp on doubles (the same similarities); u is workspace of n. */
static void cp_hessenberg(const cp_prime *F, uint64_t p, double *a, size_t n, double *u)
{
    for (size_t j = 0; j + 2 < n; j++) {
        size_t piv = j + 1;
        while (piv < n && a[piv * n + j] == 0)
            piv++;
        if (piv == n)
            continue;
        if (piv != j + 1)
            swap_similar_f64(a, n, piv, j + 1);
        double pv = a[(j + 1) * n + j];
        uint64_t inv = ax_invmod(pv < 0 ? (uint64_t)(pv + F->pd) : (uint64_t)pv, p);
        double invd = cp_red(F, (double)inv);
        bool any = false;
        for (size_t i = j + 2; i < n; i++) {
            u[i] = cp_red(F, invd * a[i * n + j]);
            if (u[i] != 0) {
                any = true;
                cp_row_submul(F, a + i * n + j, a + (j + 1) * n + j, u[i], n - j);
            }
        }
        if (!any)
            continue;
        for (size_t r = 0; r < n; r++) {
            double *row = a + r * n;
            row[j + 1] = cp_red(F, row[j + 1] + cp_dot(F, u + j + 2, row + j + 2, n - j - 2));
        }
    }
}

/* hessenberg_charpoly_modp on doubles: out gets the n + 1 coefficients in [0, p). P is
 * workspace of (n + 1)^2, T of n. Each coefficient of p_m is p_(m-1) shifted plus at most m
 * products before its one reduction. */
static void cp_hessenberg_charpoly(const cp_prime *F, uint64_t *out, const double *h, size_t n,
                                   double *P, double *T)
{
    size_t w = n + 1;
    P[0] = 1;
    for (size_t m = 1; m <= n; m++) {
        double *pm = P + m * w;
        const double *prev = P + (m - 1) * w;
        double hmm = h[(m - 1) * n + (m - 1)];
        pm[0] = 0;
        for (size_t k = 0; k < m; k++)
            pm[k + 1] = prev[k];
        for (size_t k = 0; k < m; k++)
            pm[k] -= hmm * prev[k];
        /* T[i] = h_(i+1,i) ... h_(m,m-1), from those of m - 1 (independent products, not one
         * serial chain of reductions) */
        if (m >= 2) {
            double g = h[(m - 1) * n + (m - 2)];
            for (size_t i = 1; i + 2 <= m; i++)
                T[i] = cp_red(F, T[i] * g);
            T[m - 1] = g;
        }
        for (size_t i = m - 1; i >= 1; i--) {
            double c = cp_red(F, h[(i - 1) * n + (m - 1)] * T[i]);
            if (c == 0)
                continue;
            const double *pi = P + (i - 1) * w;
#ifdef AX_CP_HAVE_AVX2
            if (F->avx2) {
                cp_axpy_avx2(pm, c, pi, i);
                continue;
            }
#endif
            ax_v2d cc = {c, c};
            size_t k = 0;
            for (; k + 2 <= i; k += 2)
                cp_store(pm + k, cp_load(pm + k) - cc * cp_load(pi + k));
            for (; k < i; k++)
                pm[k] -= c * pi[k];
        }
        for (size_t k = 0; k <= m; k++)
            pm[k] = cp_red(F, pm[k]);
    }
    for (size_t k = 0; k <= n; k++) {
        double r = P[n * w + k];
        out[k] = r < 0 ? (uint64_t)(r + F->pd) : (uint64_t)r;
    }
}

bool ax_qq_charpoly_simd = true;

/* The characteristic polynomial modulo p <= cp_prime_bound(n) of the integer matrix B; d is
 * workspace of n * n + (n + 1)^2 + n doubles. bd, when not NULL, holds B's entries as doubles
 * (all of them below 2^52 in absolute value), reduced on doubles (exact: |x| <= 2^52 is what
 * cp_red accepts); otherwise GMP reduces B. */
static void cp_charpoly_dmodp(uint64_t *out, const ax_zmat *B, const double *bd, size_t n,
                              uint64_t p, double *d)
{
    cp_prime F = {(double)p, 1.0 / (double)p, false};
#ifdef AX_CP_HAVE_AVX2
    F.avx2 = ax_qq_charpoly_simd && __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
#endif
    double *h = d, *P = d + n * n, *u = P + (n + 1) * (n + 1);
    double half = (double)(p / 2);
    for (size_t k = 0; k < n * n; k++) {
        if (bd)
            h[k] = cp_red(&F, bd[k]);
        else {
            double r = (double)mpz_fdiv_ui(B->z[k], p);
            h[k] = r > half ? r - F.pd : r;
        }
    }
    cp_hessenberg(&F, p, h, n, u);
    cp_hessenberg_charpoly(&F, out, h, n, P, u);
}

/* Bits of the result before computing it: sum over k of (bits H + (n - k) bits d). */
static axle_status check_size(double hb, const mpz_t d, size_t n)
{
    double db = (double)mpz_sizeinbase(d, 2) - 1;
    double nn = (double)n, bits = (nn + 1) * hb + nn * (nn + 1) / 2 * db;
    if (bits > (double)AXLE_POLY_MAX_BITS)
        return ax_error(
            AXLE_ERANGE,
            "the characteristic polynomial of this %zux%zu matrix could take %.3g bits, "
            "above the limit AXLE_POLY_MAX_BITS = %ld",
            n, n, bits, (long)AXLE_POLY_MAX_BITS);
    return AXLE_OK;
}

static axle_status assemble(axle_poly **out, const ax_crt *crt, const mpz_t d, size_t n)
{
    axle_status s = ax_poly_alloc(out, AXLE_QQ, n + 1);
    if (s)
        return s;
    mpq_t c;
    mpq_init(c);
    mpz_t dk;
    mpz_init_set_ui(dk, 1); /* d^(n-k) */
    for (size_t k = n + 1; k-- > 0;) {
        if (k == n)
            mpq_set_ui(c, 1, 1);
        else {
            mpz_mul(dk, dk, d);
            mpz_set(mpq_numref(c), crt->x[k]);
            mpz_set(mpq_denref(c), dk);
            mpq_canonicalize(c);
        }
        if ((s = ax_poly_set_mpq(*out, k, c)))
            break;
    }
    mpz_clear(dk);
    mpq_clear(c);
    if (s) {
        axle_poly_free(*out);
        *out = NULL;
        return s;
    }
    ax_poly_trim(*out);
    return AXLE_OK;
}

/* Limbs of B's entries in all (one per entry on the direct path). */
static double src_limbs(const cp_src *S)
{
    size_t n = S->n;
    if (!S->B)
        return (double)n * (double)n;
    double limbs = 0;
    for (size_t i = 0; i < n * n; i++)
        limbs += (double)mpz_size(S->B->z[i]);
    return limbs;
}

/* The word operations of the multimodular loop, bounded before it starts: each of the ~hb/61
 * primes reduces every entry of B (its limbs), runs the O(n^3) Hessenberg step and adds n + 1
 * residues to the CRT values (up to hb bits each). Huge entries make this quadratic in the entry
 * size: a 6x6 matrix of 10^100000-sized entries took 10 s. Refused above AX_CHARPOLY_MAX_WORK. */
#define AX_CHARPOLY_MAX_WORK 8589934592.0 /* 2^33 word operations: some 10-20 s */
static axle_status check_work(double hb, double limbs, size_t n)
{
    double nn = (double)n, primes = hb / 61 + 1;
    double work = primes * (limbs + nn * nn * nn + (nn + 1) * (hb / 64) / 2);
    if (work > AX_CHARPOLY_MAX_WORK)
        return ax_error(AXLE_ERANGE,
                        "the characteristic polynomial of this %zux%zu matrix would take about "
                        "%.3g word operations (%.0f primes over entries of %.0f words in all), "
                        "above the limit of 2^33",
                        n, n, work, primes, limbs);
    return AXLE_OK;
}

/* Whether the primes below 2^26 on doubles pay: they need a prime bound of at least 2^20 (all
 * n up to the work limit) and about 2.5 times as many primes, each costing a reduction of every
 * entry of B, so they are for matrices whose O(n^3) elimination outweighs the entries' size. */
static bool use_doubles(double limbs, size_t n, uint64_t bound)
{
    double nn = (double)n;
    return bound >= AX_CP_MIN_PRIME && 8 * limbs <= nn * nn * nn;
}

/* B's entries residues modulo p < 2^62 (the 62-bit path), row-major, into a. */
static void src_mod(uint64_t *a, const cp_src *S, uint64_t p)
{
    size_t n = S->n;
    if (S->B) {
        ax_zmat_mod(a, S->B, NULL, n, p);
        return;
    }
    for (size_t k = 0; k < n * n; k++) {
        double x = S->bd[k];
        uint64_t m = (uint64_t)(x < 0 ? -x : x) % p;
        a[k] = x < 0 && m ? p - m : m;
    }
}

/* The 62-bit primes in ax_primes_next's order (the largest below 2^62 first), the first from
 * det.c's table (a Miller-Rabin search per prime cost n < 8 two thirds of its time). */
static uint64_t next_prime62(ax_primes *ps, size_t *k)
{
    if (*k < AX_DET_SMALL_PRIMES)
        return ax_det_small_primes[(*k)++];
    if (*k == AX_DET_SMALL_PRIMES) {
        ps->next = ax_det_small_primes[AX_DET_SMALL_PRIMES - 1] - 2;
        (*k)++;
    }
    return ax_primes_next(ps);
}

axle_status ax_qq_charpoly(axle_poly **out, const axle_matrix *A)
{
    size_t n = A->rows;
    ax_zmat B;
    B.z = NULL;
    mpz_t d, H;
    mpz_inits(d, H, NULL);
    ax_crt crt;
    crt.x = NULL;
    uint64_t *a = NULL, *r = NULL;
    double *dw = NULL, *bd = NULL, *ws = NULL;
    cp_src S = {n, NULL, NULL};
    axle_status s = AXLE_OK;
    /* the direct path: integer entries below 2^52 go to doubles, no integer matrix */
    bool direct = true;
    for (size_t k = 0; k < n * n && direct; k++)
        direct =
            mpz_cmp_ui(mpq_denref(A->q[k]), 1) == 0 && mpz_sizeinbase(mpq_numref(A->q[k]), 2) <= 52;
    if (direct) {
        mpz_set_ui(d, 1);
        if (!(bd = ax_malloc((n ? n * n : 1) * sizeof *bd)))
            s = ax_nomem();
        for (size_t k = 0; bd && k < n * n; k++)
            bd[k] = (double)mpz_get_si(mpq_numref(A->q[k]));
        S.bd = bd;
    } else if (!(s = ax_zmat_from_common(&B, d, A)))
        S.B = &B;
    if (!s && !(ws = ax_malloc((4 * n + 2) * sizeof *ws)))
        s = ax_nomem();
    double limbs = 0;
    if (!s) {
        /* H = 2^(ceil(log2 bound) + 2): above the bound with room for the rounding of its log. */
        double hb = ceil(log2_coefficient_bound(&S, ws)) + 2;
        limbs = src_limbs(&S);
        if (!(s = check_size(hb, d, n)) && !(s = check_work(hb, limbs, n)))
            mpz_setbit(H, (mp_bitcnt_t)hb);
    }
    if (!s) {
        a = ax_calloc(n * n + 1, sizeof *a);
        r = ax_calloc(n + 1, sizeof *r);
        s = a && r ? ax_crt_init(&crt, n) : ax_nomem();
    }
    if (!s) {
        ax_primes ps;
        ax_primes_init(&ps);
        uint64_t dp = cp_prime_bound(n);
        size_t k62 = 0; /* the 62-bit primes handed out */
        if (use_doubles(limbs, n, dp)) {
            size_t ws2 = n * n + (n + 1) * (n + 2);
            s = (dw = ax_calloc(ws2, sizeof *dw)) ? AXLE_OK : ax_nomem();
            /* B's entries as doubles when they all fit in 52 bits (else GMP reduces them) */
            bool fit = S.B != NULL;
            for (size_t k = 0; fit && k < n * n; k++)
                fit = mpz_sizeinbase(B.z[k], 2) <= 52;
            if (!s && fit) {
                if (!(bd = ax_malloc((n ? n * n : 1) * sizeof *bd)))
                    s = ax_nomem();
                for (size_t k = 0; bd && k < n * n; k++)
                    bd[k] = (double)mpz_get_si(B.z[k]);
            }
        }
        while (!s) {
            uint64_t p;
            if (dw) {
                /* remembered across calls (lu_modp.c): a small matrix pays no Miller-Rabin
                 * search per prime (at n = 10 an eighth of the time) */
                dp = ax_dmodp_prev_prime(dp);
                if (dp < AX_CP_MIN_PRIME) {
                    /* out of small primes (the limits keep this from happening): the rest are
                     * 62-bit primes, distinct from them, for the same CRT */
                    free(dw);
                    dw = NULL;
                }
            }
            p = dw ? dp : next_prime62(&ps, &k62);
            if (dw)
                cp_charpoly_dmodp(r, S.B, bd, n, p, dw);
            else {
                src_mod(a, &S, p);
                if ((s = ax_qq_charpoly_modp(r, a, n, p)))
                    break;
            }
            ax_crt_add(&crt, r, p);
            if (ax_crt_enough(&crt, H))
                break;
        }
    }
    if (!s) {
        ax_crt_finish(&crt);
        s = assemble(out, &crt, d, n);
    }
    ax_crt_clear(&crt);
    free(a);
    free(r);
    free(dw);
    free(bd);
    free(ws);
    if (S.B)
        ax_zmat_clear(&B);
    mpz_clears(d, H, NULL);
    return s;
}
