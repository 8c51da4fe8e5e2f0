/* Determinants over Q: clear the denominators of each row (det A = det M / prod of the row
 * multipliers), then det M by one of three exact methods, tested against each other:
 *   - divisor (the default for entries below about 2^20): solve M x = b for a random small b by
 *     Dixon's p-adic lifting on one LU modulo a prime p < 2^26 (lu_modp.c); the least common
 *     multiple d of the denominators of x divides det M (x = adj(M) b / det M), and is usually
 *     det M up to a small factor. Then e = det M / d is recovered by CRT from det M / d modulo
 *     further primes until their product exceeds 2 H / d, H the Hadamard bound: few primes.
 *     Nothing rests on a heuristic: the lifting runs to p^K > 2 N H (N the Hadamard bound of the
 *     Cramer numerators), where rational reconstruction is unique, so x and d are exact, and the
 *     CRT runs to the proven bound H / d (the divisor trick of Abbott, Bronstein and Mulders,
 *     "Fast deterministic computation of determinants of dense matrices", ISSAC 1999; Pan 1988);
 *   - modular: det M modulo primes p < 2^26 by the LU on BLAS and CRT until the product of the
 *     primes exceeds 2 H (used for larger entries, and when M is singular modulo the first
 *     primes, where the divisor has nothing to work with);
 *   - Bareiss (ffge.c) for small n and huge entries, where reducing each entry modulo many primes
 *     would cost more than n^3/3 big products;
 *   - small (n <= 23, row-cleared entries below 2^61, straight from the QQ matrix): Bareiss in
 *     128-bit words when every minor fits, else 62-bit primes from a table (see below).
 * Cost of the divisor route for n x n entries of b bits: one LU (2/3 n^3 flops in dgemm),
 * K = log(2 N H) / log p lifting steps of O(n^2) (two triangular solves and one dgemv, all exact
 * in doubles), K^2 n / 2 limb operations to assemble x, and a few LUs for e. */
#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lu_modp.h"
#include "qq.h"

/* Primes tried for the LU of the divisor before M is taken to be (probably) singular and handed
 * to the Hadamard-bound route, which decides. */
#define DIVISOR_PRIMES 3
/* The right-hand side of the divisor's system: entries in [-B_RANGE, B_RANGE]. */
#define B_RANGE 100

/* Residues of entries beyond 2^53: ax_dsrc_residues takes each from mpz_fdiv_ui, which
 * recomputes the divisor's inverse on every call (at n = 50 with 100-digit entries two thirds of
 * the determinant went there). Here an entry's 32-bit halves h_k are dotted with
 * w_k = 2^(32 k) mod p: each product is below 2^58, sixteen of them and a residue below 2^63,
 * and a Barrett quotient v = floor(2^64 / p) reduces a sum x < 2^64 to x - q p in [0, 2 p). The
 * low and high halves go to two sums (independent chains). */
_Static_assert(GMP_NUMB_BITS == 64, "the residues below read 64-bit limbs");

static inline uint64_t barrett_red(uint64_t x, uint64_t p, uint64_t v)
{
    uint64_t q = (uint64_t)(((ax_u128)x * v) >> 64);
    uint64_t r = x - q * p;
    return r >= p ? r - p : r;
}

/* The largest number of 32-bit halves of an entry of S's rows. */
static size_t big_halves(const ax_dsrc *S)
{
    size_t h = 1;
    for (size_t i = 0; S->M && i < S->m; i++)
        for (size_t j = 0; j < S->n; j++) {
            size_t t = 2 * mpz_size(AX_Z(S->M, S->rows ? S->rows[i] : i, j));
            h = t > h ? t : h;
        }
    return h;
}

/* The residues of the integer matrix S->M (no exact doubles) modulo the primes F[0..nq) (nq <=
 * RES_BATCH) into a + q m n, column-major, as above: an entry's limbs are read once for all of
 * them. w is workspace of RES_BATCH big_halves(S) words. */
#define RES_BATCH 4
static void det_residues(const ax_dsrc *S, const ax_dmodp *F, size_t nq, double *a, uint64_t *w,
                         size_t halves)
{
    uint64_t p[RES_BATCH], v[RES_BATCH];
    for (size_t q = 0; q < RES_BATCH; q++) {
        /* the unused slots repeat the first prime (computed, not stored) */
        p[q] = F[q < nq ? q : 0].p;
        v[q] = UINT64_MAX / p[q]; /* p odd: floor((2^64 - 1) / p) = floor(2^64 / p) */
        uint64_t *wq = w + q * halves;
        wq[0] = 1;
        for (size_t k = 1; k < halves; k++)
            wq[k] = barrett_red(wq[k - 1] << 32, p[q], v[q]);
    }
    size_t m = S->m, n = S->n;
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            mpz_srcptr z = AX_Z(S->M, S->rows ? S->rows[i] : i, j);
            const mp_limb_t *l = mpz_limbs_read(z);
            size_t sz = mpz_size(z);
            uint64_t acc[RES_BATCH] = {0};
            for (size_t t = 0; t < sz; t += 8) {
                /* eight limbs: two sums of eight products below 2^58 each, with acc < p below
                 * 2^63 */
                size_t e = t + 8 < sz ? t + 8 : sz;
                uint64_t lo[RES_BATCH] = {0}, hi[RES_BATCH] = {0};
                for (size_t u = t; u < e; u++) {
                    uint64_t x = (uint64_t)l[u], xl = x & 0xffffffffu, xh = x >> 32;
                    for (size_t q = 0; q < RES_BATCH; q++) {
                        lo[q] += xl * w[q * halves + 2 * u];
                        hi[q] += xh * w[q * halves + 2 * u + 1];
                    }
                }
                for (size_t q = 0; q < RES_BATCH; q++)
                    acc[q] = barrett_red(acc[q] + lo[q] + hi[q], p[q], v[q]);
            }
            bool neg = mpz_sgn(z) < 0;
            for (size_t q = 0; q < nq; q++) {
                uint64_t r = neg && acc[q] ? p[q] - acc[q] : acc[q];
                a[q * m * n + i + j * m] = ax_dmodp_from_u64(&F[q], r);
            }
        }
}

/* CRT of det M / d (d = 1: det M) over the primes of S until the modulus exceeds 2 bound; the
 * prime F0 with det M = d0 modulo it (if F0 is not NULL) is folded in first. Primes dividing d
 * are skipped. *exhausted when the prime stream ran out (the caller falls back to Bareiss). */
static axle_status crt_quotient(mpz_t e, bool *exhausted, ax_dsrc *S, const mpz_t d,
                                const mpz_t bound, const ax_dmodp *F0, uint64_t d0, double *a,
                                size_t *rowperm)
{
    ax_crt crt;
    size_t n = S->n, halves = 0, nq = 0, iq = 0;
    /* entries from GMP: RES_BATCH primes' residues at a time (det_residues) */
    bool batch = !S->exact && S->M;
    uint64_t *w = NULL;
    double *ab = NULL;
    ax_dmodp Fq[RES_BATCH];
    if (batch) {
        halves = big_halves(S);
        w = ax_malloc(RES_BATCH * halves * sizeof *w);
        ab = ax_malloc(RES_BATCH * n * n * sizeof *ab);
        if (!w || !ab) {
            free(w);
            free(ab);
            return ax_nomem();
        }
    }
    axle_status s = ax_crt_init(&crt, 1);
    if (s) {
        free(w);
        free(ab);
        return s;
    }
    *exhausted = false;
    ax_dmodp F;
    bool have = F0 != NULL;
    if (have)
        F = *F0;
    uint64_t r = d0;
    for (;;) {
        if (have) {
            uint64_t dinv = ax_invmod(mpz_fdiv_ui(d, F.p), F.p);
            if (dinv) {
                uint64_t q = ax_mulmod(r, dinv, F.p);
                ax_crt_add(&crt, &q, F.p);
                if (ax_crt_enough(&crt, bound))
                    break;
            }
        }
        double *x = a;
        if (batch) {
            if (iq == nq) { /* the next batch of primes and their residues */
                for (nq = 0; nq < RES_BATCH && ax_dsrc_prime(S, &Fq[nq]); nq++)
                    ;
                if (nq)
                    det_residues(S, Fq, nq, ab, w, halves);
                iq = 0;
            }
            if (iq == nq) {
                *exhausted = true;
                break;
            }
            F = Fq[iq];
            x = ab + iq++ * n * n;
        } else {
            if (!ax_dsrc_prime(S, &F)) {
                *exhausted = true;
                break;
            }
            ax_dsrc_residues(S, &F, a);
        }
        if ((s = ax_dmodp_det(&r, &F, x, n, n, rowperm)))
            break;
        have = true;
    }
    if (!s && !*exhausted) {
        ax_crt_finish(&crt);
        mpz_set(e, crt.x[0]);
    }
    ax_crt_clear(&crt);
    free(w);
    free(ab);
    return s;
}

axle_status ax_zmat_det_modular(mpz_t det, const ax_zmat *M)
{
    size_t n = M->rows;
    if (n == 0) {
        mpz_set_ui(det, 1);
        return AXLE_OK;
    }
    mpz_t H, one;
    mpz_inits(H, one, NULL);
    mpz_set_ui(one, 1);
    ax_zmat_hadamard(H, M, NULL, n);
    if (mpz_sgn(H) == 0) { /* a zero row */
        mpz_set_ui(det, 0);
        mpz_clears(H, one, NULL);
        return AXLE_OK;
    }
    ax_dsrc S;
    double *a = NULL;
    size_t *rowperm = NULL;
    axle_status s = ax_dsrc_init(&S, M, NULL, n, ax_dmodp_prime_bound(n));
    if (!s) {
        a = ax_malloc(n * n * sizeof *a);
        rowperm = ax_malloc(n * sizeof *rowperm);
        if (!a || !rowperm)
            s = ax_nomem();
    } else {
        S.exact = NULL;
    }
    bool exhausted = false;
    if (!s)
        s = crt_quotient(det, &exhausted, &S, one, H, NULL, 0, a, rowperm);
    if (!s && exhausted)
        s = ax_zmat_det_bareiss(det, M);
    free(a);
    free(rowperm);
    free(S.exact);
    mpz_clears(H, one, NULL);
    return s;
}

/* The product over the rows of ceil(sqrt(|row i of M|^2 + extra[i]^2)) (extra may be NULL): the
 * Hadamard bound, in doubles when every sum of squares is below 2^53 (exact), else in mpz. */
static void row_norm_product(mpz_t out, const ax_dsrc *S, const double *extra)
{
    size_t n = S->n;
    mpz_set_ui(out, 1);
    if (S->exact && (double)n * S->amax * S->amax + (double)B_RANGE * B_RANGE < 0x1p53) {
        double *sum = ax_calloc(n ? n : 1, sizeof *sum);
        if (sum) {
            for (size_t j = 0; j < n; j++) {
                const double *c = S->exact + j * n;
                for (size_t i = 0; i < n; i++)
                    sum[i] += c[i] * c[i];
            }
            for (size_t i = 0; i < n; i++) {
                uint64_t v = (uint64_t)(sum[i] + (extra ? extra[i] * extra[i] : 0.0));
                uint64_t root = (uint64_t)sqrt((double)v);
                while (root > 0 && (ax_u128)root * root > v)
                    root--;
                while ((ax_u128)root * root < v)
                    root++;
                mpz_mul_ui(out, out, (unsigned long)root);
            }
            free(sum);
            return;
        }
    }
    mpz_t y, t, v;
    mpz_inits(y, t, v, NULL);
    for (size_t i = 0; i < n; i++) {
        mpz_set_si(y, extra ? (long)extra[i] : 0);
        mpz_mul(y, y, y);
        for (size_t j = 0; j < n; j++) {
            if (S->M)
                mpz_set(v, AX_Z(S->M, i, j));
            else
                mpz_set_d(v, S->exact[i + j * n]);
            mpz_addmul(y, v, v);
        }
        mpz_sqrtrem(y, t, y);
        if (mpz_sgn(t))
            mpz_add_ui(y, y, 1);
        mpz_mul(out, out, y);
    }
    mpz_clears(y, t, v, NULL);
}

/* The lcm d of the denominators of the solution of M x = b (b random, small), by Dixon lifting
 * on the LU (lu, rowperm) of M modulo F, every step exact in doubles (the caller checks
 * n max|M| h + n max|M| < 2^53). D bounds |det M|. *ok false when a reconstruction fails (not
 * expected: the bounds are proven). */
static axle_status divisor_lift(mpz_t d, bool *ok, const ax_dsrc *S, const ax_dmodp *F,
                                const double *lu, const size_t *rowperm, const mpz_t D)
{
    size_t n = S->n;
    double *r = ax_malloc(4 * n * sizeof *r);
    mpz_t *X = ax_calloc(n, sizeof *X);
    if (!r || !X) {
        free(r);
        free(X);
        return ax_nomem();
    }
    double *rr = r + n, *x = r + 2 * n, *uinv = r + 3 * n;
    mpz_t N, target, pk, y, num, den, half, t, w[6];
    mpz_inits(N, target, pk, y, num, den, half, t, w[0], w[1], w[2], w[3], w[4], w[5], NULL);
    for (size_t i = 0; i < n; i++)
        mpz_init(X[i]);
    /* b, and N: the product of the row norms of [M | b] bounds every Cramer numerator */
    uint64_t rng = UINT64_C(0x5eed5eed) + n;
    for (size_t i = 0; i < n; i++)
        r[i] = (double)(long)(ax_word_rand(&rng) % (2 * B_RANGE + 1)) - B_RANGE;
    row_norm_product(N, S, r);
    mpz_mul(target, N, D);
    mpz_mul_2exp(target, target, 1);
    ax_dmodp_pivot_inverses(F, lu, n, n, uinv);
    /* r = b; repeat: x = M^{-1} r mod p, X += x p^i, r = (r - M x) / p (exact: M x = r mod p) */
    mpz_set_ui(pk, 1);
    while (mpz_cmp(pk, target) <= 0) {
        for (size_t i = 0; i < n; i++)
            rr[i] = ax_dmodp_red(F, r[i]);
        ax_dmodp_lu_solve(F, lu, n, n, rowperm, uinv, x, rr);
        for (size_t i = 0; i < n; i++) {
            if (x[i] > 0)
                mpz_addmul_ui(X[i], pk, (unsigned long)x[i]);
            else if (x[i] < 0)
                mpz_submul_ui(X[i], pk, (unsigned long)-x[i]);
        }
        cblas_dgemv(CblasColMajor, CblasNoTrans, (blasint)n, (blasint)n, -1.0, S->exact, (blasint)n,
                    x, 1, 1.0, r, 1);
        for (size_t i = 0; i < n; i++)
            r[i] /= F->pd;
        mpz_mul_ui(pk, pk, F->p);
    }
    /* x = X mod p^K, entry by entry with the running common denominator d: x d has numerator at
     * most N and denominator at most D / d (the lcm of divisors of det M divides it), so it is
     * found as a small integer or by one reconstruction, unique since p^K > 2 N D. */
    *ok = true;
    mpz_set_ui(d, 1);
    mpz_fdiv_q_2exp(half, pk, 1);
    for (size_t i = 0; i < n && *ok; i++) {
        mpz_mul(y, X[i], d);
        mpz_mod(y, y, pk);
        if (mpz_cmp(y, half) > 0)
            mpz_sub(t, y, pk);
        else
            mpz_set(t, y);
        if (mpz_cmpabs(t, N) <= 0)
            continue;
        if (ax_ratrecon(num, den, y, pk, N, D, w))
            mpz_mul(d, d, den);
        else
            *ok = false;
    }
    for (size_t i = 0; i < n; i++)
        mpz_clear(X[i]);
    free(X);
    free(r);
    mpz_clears(N, target, pk, y, num, den, half, t, w[0], w[1], w[2], w[3], w[4], w[5], NULL);
    return AXLE_OK;
}

/* The divisor route on the exact entries S->exact (freed here). */
static axle_status divisor_run(mpz_t det, bool *done, ax_dsrc S)
{
    size_t n = S.n;
    axle_status s = AXLE_OK;
    /* the lifting's products M x and updates stay below 2^53: n a (h + 1) + |b| */
    uint64_t pmax = ax_dmodp_prime_bound(n);
    if ((double)n * S.amax * ((double)pmax / 2 + 1) + B_RANGE >= AX_DMODP_EXACT) {
        free(S.exact);
        return AXLE_OK;
    }
    double *a = ax_malloc(n * n * sizeof *a);
    size_t *rowperm = ax_malloc(n * sizeof *rowperm);
    mpz_t H, d, E;
    mpz_inits(H, d, E, NULL);
    if (!a || !rowperm) {
        s = ax_nomem();
        goto out;
    }
    row_norm_product(H, &S, NULL);
    if (mpz_sgn(H) == 0) { /* a zero row */
        mpz_set_ui(det, 0);
        *done = true;
        goto out;
    }
    ax_dmodp F;
    uint64_t d0 = 0;
    for (int t = 0; t < DIVISOR_PRIMES && !d0; t++) {
        if (!ax_dsrc_prime(&S, &F))
            goto out;
        ax_dsrc_residues(&S, &F, a);
        if ((s = ax_dmodp_det(&d0, &F, a, n, n, rowperm)))
            goto out;
    }
    if (!d0) /* singular modulo each: probably singular, which the Hadamard route proves */
        goto out;
    bool ok = false, exhausted = false;
    if ((s = divisor_lift(d, &ok, &S, &F, a, rowperm, H)) || !ok)
        goto out;
    /* |det M / d| <= H / d */
    mpz_fdiv_q(E, H, d);
    if ((s = crt_quotient(det, &exhausted, &S, d, E, &F, d0, a, rowperm)) || exhausted)
        goto out;
    mpz_mul(det, det, d);
    *done = true;
out:
    free(a);
    free(rowperm);
    free(S.exact);
    mpz_clears(H, d, E, NULL);
    return s;
}

axle_status ax_zmat_det_divisor(mpz_t det, bool *done, const ax_zmat *M)
{
    *done = false;
    if (M->rows == 0)
        return AXLE_OK;
    ax_dsrc S;
    axle_status s = ax_dsrc_init(&S, M, NULL, M->rows, ax_dmodp_prime_bound(M->rows));
    if (s || !S.exact)
        return s;
    return divisor_run(det, done, S);
}

/* The divisor route straight from a QQ matrix whose entries are integers below 2^52 (no integer
 * matrix is built: at n = 50 that copy and its n^2 allocations cost a third of the time).
 * *done false when it does not apply. */
static axle_status qq_det_divisor(mpz_t det, bool *done, const axle_matrix *A)
{
    size_t n = A->rows;
    *done = false;
    for (size_t k = 0; k < n * n; k++)
        if (mpz_cmp_ui(mpq_denref(A->q[k]), 1) != 0 || mpz_sizeinbase(mpq_numref(A->q[k]), 2) > 52)
            return AXLE_OK;
    ax_dsrc S = {.M = NULL, .m = n, .n = n, .next = ax_dmodp_prime_bound(n)};
    if (!(S.exact = ax_malloc(n * n * sizeof *S.exact)))
        return ax_nomem();
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            double v = (double)mpz_get_si(mpq_numref(AX_Q(A, i, j)));
            S.exact[i + j * n] = v;
            S.amax = v > S.amax ? v : -v > S.amax ? -v : S.amax;
        }
    return divisor_run(det, done, S);
}

/* The crossovers, measured on random matrices (CPU time, one BLAS thread, a loaded 2-core
 * machine): with entries of 4 bits Bareiss wins up to n = 4 or 5 and with 20 bits up to n = 10;
 * beyond 20 bits the word-operation model of ffge.c decides. The divisor route overtakes the
 * plain multimodular one between n = 24 and 32 (at n = 50: 0.23 against 0.45 ms). */
#define DIVISOR_MIN_N 24

static bool det_prefer_bareiss(const ax_zmat *M)
{
    size_t n = M->rows, bits = ax_zmat_max_bits(M);
    if (n <= 4)
        return true;
    if (bits <= 20)
        return n < 5 + bits / 4;
    return ax_zmat_det_prefer_bareiss(M);
}

axle_status ax_zmat_det(mpz_t det, const ax_zmat *M)
{
    if (det_prefer_bareiss(M))
        return ax_zmat_det_bareiss(det, M);
    if (M->rows >= DIVISOR_MIN_N) {
        bool done;
        axle_status s = ax_zmat_det_divisor(det, &done, M);
        if (s || done)
            return s;
    }
    return ax_zmat_det_modular(det, M);
}

/* ---- Small matrices: no integer matrix, no BLAS, no prime search ----------------------------
 * For n <= SMALL_MAX with every row-scaled entry below 2^61 in absolute value the entries are
 * read once into int64_t and the determinant is found by one of two word-size methods:
 *   - Bareiss in 128 bits when H* = prod_i max(1, |row i|) < 2^61: every entry Bareiss produces
 *     is a minor of M, at most H* in absolute value (Hadamard on its rows, each part of a row of
 *     M), so the products p B[i][j] - B[i][c] B[r][j] stay below 2^123 and each exact division by
 *     the previous pivot is a 64-bit product with the 2-adic inverse of its odd part (the
 *     quotient is below 2^63, so its residue modulo 2^64 is the quotient);
 *   - otherwise det M modulo primes just below 2^62 (a fixed table: no Miller-Rabin per call) by
 *     fraction-free elimination (one inverse per prime) and CRT until the product of the primes
 *     exceeds 2 H*: a few primes where the BLAS route's 24-bit primes and prime search cost more
 *     than the elimination at this size. */
#define SMALL_MAX 23

/* The primes below 2^62, largest first (checked by tests/qq/det.c). */
const uint64_t ax_det_small_primes[AX_DET_SMALL_PRIMES] = {
    UINT64_C(4611686018427387847), UINT64_C(4611686018427387817), UINT64_C(4611686018427387787),
    UINT64_C(4611686018427387761), UINT64_C(4611686018427387751), UINT64_C(4611686018427387737),
    UINT64_C(4611686018427387733), UINT64_C(4611686018427387709), UINT64_C(4611686018427387701),
    UINT64_C(4611686018427387631), UINT64_C(4611686018427387617), UINT64_C(4611686018427387587),
    UINT64_C(4611686018427387461), UINT64_C(4611686018427387421), UINT64_C(4611686018427387409),
    UINT64_C(4611686018427387329),
};

/* det of the n x n row-major a (destroyed), all of whose minors are below 2^61 in absolute
 * value (the caller's H* test). */
int64_t ax_det_small_bareiss(int64_t *a, size_t n)
{
    int64_t prev = 1;
    int sign = 1;
    for (size_t c = 0; c < n; c++) {
        size_t i = c;
        while (i < n && a[i * n + c] == 0)
            i++;
        if (i == n)
            return 0;
        if (i != c) {
            for (size_t j = c; j < n; j++) {
                int64_t t = a[i * n + j];
                a[i * n + j] = a[c * n + j];
                a[c * n + j] = t;
            }
            sign = -sign;
        }
        int64_t pv = a[c * n + c];
        unsigned tz = (unsigned)__builtin_ctzll((uint64_t)prev);
        uint64_t inv = ax_inv_odd((uint64_t)(prev >> tz) | 1);
        for (i = c + 1; i < n; i++) {
            int64_t f = a[i * n + c];
            int64_t *row = a + i * n, *pr = a + c * n;
            for (size_t j = c + 1; j < n; j++)
                row[j] = ax_bareiss_step(row[j], pv, f, pr[j], tz, inv);
        }
        prev = pv;
    }
    return sign < 0 ? -prev : prev;
}

/* det of the n x n row-major a modulo p < 2^62 (residues in [0, p)), by fraction-free
 * elimination: row i = pv row i - a[i][c] row c multiplies the determinant by pv for each of
 * the n - 1 - c rows below the pivot, so with pivots pv_0..pv_(n-1) (the final diagonal)
 * det = pv_(n-1) / prod_(k=1..n-2) G_k, G_k = pv_0 ... pv_(k-1). a is destroyed. */
uint64_t ax_det_small_modp(uint64_t *a, size_t n, uint64_t p)
{
    uint64_t sign = 1, G = 1, D = 1;
    for (size_t c = 0; c < n; c++) {
        size_t i = c;
        while (i < n && a[i * n + c] == 0)
            i++;
        if (i == n)
            return 0;
        if (i != c) {
            ax_modp_swap_rows(a, n, i, c, c);
            sign = p - sign;
        }
        uint64_t pv = a[c * n + c], pvs = ax_shoup(pv, p);
        const uint64_t *pr = a + c * n;
        for (i = c + 1; i < n; i++) {
            uint64_t *row = a + i * n, f = row[c];
            if (f == 0) {
                for (size_t j = c + 1; j < n; j++)
                    row[j] = ax_mulmod_shoup(pv, pvs, row[j], p);
                continue;
            }
            uint64_t fs = ax_shoup(f, p);
            for (size_t j = c + 1; j < n; j++) {
                uint64_t x = ax_mulmod_shoup(pv, pvs, row[j], p);
                uint64_t y = ax_mulmod_shoup(f, fs, pr[j], p);
                row[j] = x >= y ? x - y : x - y + p;
            }
        }
        if (c + 2 < n) {
            /* after pivot c: G = pv_0..pv_c = G_(c+1), folded into D for k = c + 1 <= n - 2 */
            G = ax_mulmod(G, pv, p);
            D = ax_mulmod(D, G, p);
        }
    }
    uint64_t d = ax_mulmod(a[n * n - 1], ax_invmod(D, p), p);
    return sign == 1 ? d : (d ? p - d : 0);
}

/* The small route on the QQ matrix A (n <= SMALL_MAX): det A as num / den. *done false when an
 * entry does not fit (the caller takes the general route). */
static axle_status qq_det_small(mpq_t det, bool *done, const axle_matrix *A)
{
    size_t n = A->rows;
    *done = false;
    int64_t a[SMALL_MAX * SMALL_MAX];
    uint64_t r[SMALL_MAX * SMALL_MAX];
    double log2h = 0.0; /* log2 H*, H* = prod max(1, |row|) */
    bool fits = true;
    mpz_set_ui(mpq_denref(det), 1);
    mpz_t l, t;
    mpz_inits(l, t, NULL);
    for (size_t i = 0; i < n && fits; i++) {
        mpz_set_ui(l, 1);
        for (size_t j = 0; j < n; j++)
            if (mpz_cmp_ui(mpq_denref(AX_Q(A, i, j)), 1) != 0)
                mpz_lcm(l, l, mpq_denref(AX_Q(A, i, j)));
        bool scaled = mpz_cmp_ui(l, 1) != 0;
        double s = 0.0;
        for (size_t j = 0; j < n && fits; j++) {
            mpz_srcptr v = mpq_numref(AX_Q(A, i, j));
            if (scaled) {
                mpz_divexact(t, l, mpq_denref(AX_Q(A, i, j)));
                mpz_mul(t, t, mpq_numref(AX_Q(A, i, j)));
                v = t;
            }
            if (mpz_sizeinbase(v, 2) > 61) {
                fits = false;
                break;
            }
            int64_t x = mpz_get_si(v);
            a[i * n + j] = x;
            s += (double)x * (double)x;
        }
        if (scaled)
            mpz_mul(mpq_denref(det), mpq_denref(det), l);
        /* log2 of the row norm, rounded up well beyond the doubles' errors */
        if (s > 1.0)
            log2h += 0.5 * log2(s) * (1.0 + 0x1p-40) + 0x1p-40;
    }
    mpz_clears(l, t, NULL);
    if (!fits)
        return AXLE_OK;
    *done = true;
    if (log2h < 61.0) {
        mpz_set_si(mpq_numref(det), ax_det_small_bareiss(a, n));
        mpq_canonicalize(det);
        return AXLE_OK;
    }
    ax_crt crt;
    axle_status s = ax_crt_init(&crt, 1);
    if (s) {
        *done = false;
        return s;
    }
    /* CRT until the modulus exceeds 2 H*: log2 of the modulus (each prime above 2^61.99) beyond
     * log2 H* + 1 */
    double have = 0.0;
    ax_primes ps;
    ax_primes_init(&ps);
    for (size_t k = 0; have <= log2h + 1.0; k++) {
        uint64_t p = k < AX_DET_SMALL_PRIMES ? ax_det_small_primes[k] : 0;
        if (!p) {
            /* past the table (H* above 2^990): the stream's primes below its last */
            do
                p = ax_primes_next(&ps);
            while (p >= ax_det_small_primes[AX_DET_SMALL_PRIMES - 1]);
        }
        for (size_t e = 0; e < n * n; e++)
            r[e] = a[e] < 0 ? (uint64_t)a[e] + p : (uint64_t)a[e];
        uint64_t d = ax_det_small_modp(r, n, p);
        ax_crt_add(&crt, &d, p);
        have += 61.99;
    }
    ax_crt_finish(&crt);
    mpz_set(mpq_numref(det), crt.x[0]);
    ax_crt_clear(&crt);
    mpq_canonicalize(det);
    return AXLE_OK;
}

axle_status ax_qq_det(axle_scalar **out, const axle_matrix *A)
{
    ax_zmat M;
    M.z = NULL;
    mpq_t q;
    mpq_init(q);
    bool done = false;
    axle_status s = A->rows <= SMALL_MAX       ? qq_det_small(q, &done, A)
                    : A->rows >= DIVISOR_MIN_N ? qq_det_divisor(mpq_numref(q), &done, A)
                                               : AXLE_OK;
    if (!s && !done) {
        mpz_set_ui(mpq_denref(q), 1);
        s = ax_zmat_from_rows(&M, mpq_denref(q), A, NULL, false);
        if (!s)
            s = ax_zmat_det(mpq_numref(q), &M);
    }
    ax_zmat_clear(&M);
    if (!s) {
        mpq_canonicalize(q);
        s = ax_scalar_from_mpq(out, AXLE_QQ, q);
    }
    mpq_clear(q);
    return s;
}
