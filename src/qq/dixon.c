/* Exact solution of a square nonsingular system A X = B over QQ by Dixon's p-adic lifting
 * (J. D. Dixon, "Exact solution of linear equations using p-adic expansions", Numer. Math. 40,
 * 1982). After clearing denominators row by row (A' X = B', same solutions):
 *   - C = A'^{-1} mod p is computed once (Gauss-Jordan on [A' | I] modulo a word-size prime);
 *   - with R_0 = B', each step takes X_i = C R_i mod p and R_{i+1} = (R_i - A' X_i) / p (exact),
 *     so that A' (X_0 + X_1 p + ... + X_{K-1} p^{K-1}) = B' modulo p^K;
 *   - K is the first with p^K > 2 N D, where D = Hadamard(A') bounds |det A'| and N bounds the
 *     Cramer numerators |det A'_j| (A' with column j replaced by a column of B'):
 *     Hadamard([A' | B']) row-wise, since each such row norm is at most the full row's;
 *   - every entry is det A'_j / det A', so it is recovered from its residue modulo p^K by
 *     rational reconstruction (half-extended Euclid, "Modern Computer Algebra", von zur Gathen
 *     and Gerhard, section 5.10, with the unbalanced bounds N and D, unique since p^K > 2 N D);
 *     a running common denominator d (a divisor of det A') is carried from entry to entry: x d
 *     has numerator at most N and denominator at most D / d, and is usually an integer, found
 *     without any Euclid (the trick used by FLINT's and LinBox's Dixon solvers);
 *   - the result is checked exactly (A' X d = B' d over the integers) before it is returned.
 * Declines (the caller falls back to the RREF of [A | B]) when ax_cost_dixon predicts more work
 * than fraction-free Gauss-Jordan (few rows, huge entries), unless a prime is forced.
 * Cost: O(n^3) word operations once, then per step O(n^2 k) word products (C R_i, with Shoup's
 * precomputed quotients) and O(n^2 k) small products for A' X_i (128-bit accumulation when the
 * entries of A' fit in 32 bits, else mpz), with K = O(n log(n |A'|) / log p) steps. */
#include <stdlib.h>

#include "qq.h"

/* How many primes to try before giving up (A' singular modulo each of them). */
#define DIXON_PRIMES 3

__extension__ typedef __int128 ax_i128;

typedef struct dixon {
    size_t n, k;
    uint64_t p;
    uint64_t *c, *cs; /* C = A'^{-1} mod p and its Shoup quotients, n x n */
    int64_t *asmall;  /* A' as int64 when every entry fits in 32 bits, else NULL */
    uint64_t *rbar;   /* R_i mod p, n x k */
    uint64_t *xi;     /* X_i, n x k */
    uint64_t *work;   /* [A' | I] mod p, n x 2n, and the elimination workspace */
    size_t *piv, *nz;
} dixon;

static void dixon_free(dixon *d)
{
    free(d->c);
    free(d->cs);
    free(d->asmall);
    free(d->rbar);
    free(d->xi);
    free(d->work);
    free(d->piv);
    free(d->nz);
}

/* Dixon draws its primes from below 3 * 2^60, away from the start of the
 * stream the echelon code uses: a determinant divisible by Dixon's primes
 * does not also hurt the fallback. */
void ax_dixon_primes_init(ax_primes *ps)
{
    ps->next = (UINT64_C(3) << 60) + 1;
}

/* C = A'^{-1} mod p into d->c; false if A' is singular modulo p. */
static bool inverse_modp(dixon *d, const ax_zmat *M, uint64_t p)
{
    size_t n = d->n, w = 2 * n, rank;
    uint64_t *a = d->work;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++)
            a[i * w + j] = mpz_fdiv_ui(AX_Z(M, i, j), p);
        for (size_t j = 0; j < n; j++)
            a[i * w + n + j] = i == j;
    }
    ax_modp_rref(a, n, w, p, &rank, d->piv, NULL, NULL, d->nz);
    if (rank < n || d->piv[n - 1] != n - 1)
        return false;
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++) {
            uint64_t v = a[i * w + n + j];
            d->c[i * n + j] = v;
            d->cs[i * n + j] = ax_shoup(v, p);
        }
    d->p = p;
    return true;
}

/* z -= v for a signed 128-bit v. */
static void mpz_sub_i128(mpz_t z, ax_i128 v, mpz_t tmp)
{
    bool neg = v < 0;
    ax_u128 u = neg ? (ax_u128)0 - (ax_u128)v : (ax_u128)v;
    uint64_t hi = (uint64_t)(u >> 64), lo = (uint64_t)u;
    if (hi) {
        mpz_set_ui(tmp, hi);
        mpz_mul_2exp(tmp, tmp, 64);
        mpz_add_ui(tmp, tmp, lo);
        if (neg)
            mpz_add(z, z, tmp);
        else
            mpz_sub(z, z, tmp);
    } else if (neg) {
        mpz_add_ui(z, z, lo);
    } else {
        mpz_sub_ui(z, z, lo);
    }
}

/* Wang's rational reconstruction: n / den with |n| <= N, 0 < den <= D and n = u den modulo m
 * (0 <= u < m, m > 2 N D so that it is unique); false when there is none. */
static bool ratrecon(mpz_t num, mpz_t den, const mpz_t u, const mpz_t m, const mpz_t N,
                     const mpz_t D, mpz_t t[6])
{
    mpz_t *r0 = &t[0], *r1 = &t[1], *s0 = &t[2], *s1 = &t[3], *q = &t[4], *x = &t[5];
    mpz_set(*r0, m);
    mpz_set(*r1, u);
    mpz_set_ui(*s0, 0);
    mpz_set_ui(*s1, 1);
    while (mpz_cmp(*r1, N) > 0) {
        mpz_fdiv_qr(*q, *x, *r0, *r1);
        mpz_swap(*r0, *r1);
        mpz_swap(*r1, *x); /* r1 = r0 mod r1 */
        mpz_mul(*x, *q, *s1);
        mpz_sub(*x, *s0, *x);
        mpz_swap(*s0, *s1);
        mpz_swap(*s1, *x); /* s1 = s0 - q s1 */
    }
    if (mpz_sgn(*s1) == 0 || mpz_cmpabs(*s1, D) > 0)
        return false;
    mpz_gcd(*x, *r1, *s1);
    if (mpz_cmp_ui(*x, 1) != 0)
        return false;
    mpz_set(num, *r1);
    mpz_abs(den, *s1);
    if (mpz_sgn(*s1) < 0)
        mpz_neg(num, num);
    return true;
}

/* One lifting step: X_i = C R mod p, X += X_i pk, R = (R - A' X_i) / p. */
static void step(dixon *d, mpz_t *R, mpz_t *X, const mpz_t pk, const ax_zmat *M, mpz_t tmp)
{
    size_t n = d->n, k = d->k;
    uint64_t p = d->p;
    for (size_t t = 0; t < n * k; t++)
        d->rbar[t] = mpz_fdiv_ui(R[t], p);
    for (size_t i = 0; i < n; i++) {
        uint64_t *x = d->xi + i * k;
        for (size_t c = 0; c < k; c++)
            x[c] = 0;
        const uint64_t *ci = d->c + i * n, *csi = d->cs + i * n;
        for (size_t j = 0; j < n; j++) {
            uint64_t cw = ci[j], cws = csi[j];
            if (!cw)
                continue;
            const uint64_t *r = d->rbar + j * k;
            for (size_t c = 0; c < k; c++) {
                uint64_t v = x[c] + ax_mulmod_shoup(cw, cws, r[c], p);
                x[c] = v >= p ? v - p : v;
            }
        }
    }
    for (size_t t = 0; t < n * k; t++)
        if (d->xi[t])
            mpz_addmul_ui(X[t], pk, d->xi[t]);
    for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < k; c++) {
            mpz_t *r = &R[i * k + c];
            if (d->asmall) {
                /* |a| < 2^32, x < 2^62: each product < 2^94, and n < 2^32 of them fit. */
                ax_i128 s = 0;
                const int64_t *a = d->asmall + i * n;
                for (size_t j = 0; j < n; j++)
                    s += (ax_i128)a[j] * (int64_t)d->xi[j * k + c];
                mpz_sub_i128(*r, s, tmp);
            } else {
                for (size_t j = 0; j < n; j++)
                    mpz_submul_ui(*r, AX_Z(M, i, j), d->xi[j * k + c]);
            }
            mpz_divexact_ui(*r, *r, p);
        }
}

/* The bound D on |det A'| (rows of the first n columns) and N on the Cramer numerators. */
static void bounds(mpz_t N, mpz_t D, const ax_zmat *M, size_t n)
{
    ax_zmat_hadamard(N, M, NULL, M->rows);
    mpz_t s, root, rem;
    mpz_inits(s, root, rem, NULL);
    mpz_set_ui(D, 1);
    for (size_t i = 0; i < n; i++) {
        mpz_set_ui(s, 0);
        for (size_t j = 0; j < n; j++)
            mpz_addmul(s, AX_Z(M, i, j), AX_Z(M, i, j));
        mpz_sqrtrem(root, rem, s);
        if (mpz_sgn(rem))
            mpz_add_ui(root, root, 1);
        mpz_mul(D, D, root);
    }
    mpz_clears(s, root, rem, NULL);
}

/* Reconstruct every entry of X (residues modulo pk) into Q (canonical), with the running
 * common denominator; false if some entry has no reconstruction within the bounds. */
static bool reconstruct(axle_matrix *Q, mpz_t *X, size_t count, const mpz_t pk, const mpz_t N,
                        const mpz_t D, mpz_t dacc)
{
    mpz_t y, half, num, den, t[6];
    mpz_inits(y, half, num, den, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
    mpz_fdiv_q_2exp(half, pk, 1);
    mpz_set_ui(dacc, 1);
    bool ok = true;
    for (size_t e = 0; e < count && ok; e++) {
        mpz_mul(y, X[e], dacc);
        mpz_mod(y, y, pk);
        mpq_ptr q = Q->q[e];
        if (mpz_cmp(y, half) > 0)
            mpz_sub(num, y, pk);
        else
            mpz_set(num, y);
        if (mpz_cmpabs(num, N) <= 0) {
            /* x dacc is the integer num (unique within the bounds). */
            mpz_set(mpq_numref(q), num);
            mpz_set(mpq_denref(q), dacc);
        } else if (ratrecon(num, den, y, pk, N, D, t)) {
            mpz_mul(dacc, dacc, den);
            mpz_set(mpq_numref(q), num);
            mpz_set(mpq_denref(q), dacc);
        } else {
            ok = false;
        }
        if (ok)
            mpq_canonicalize(q);
    }
    mpz_clears(y, half, num, den, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
    return ok;
}

/* A' Q == B' exactly (Q with common denominator dacc: A' (Q dacc) == B' dacc). */
static bool verify(const axle_matrix *Q, const ax_zmat *M, const mpz_t dacc)
{
    size_t n = Q->rows, k = Q->cols;
    mpz_t *Y = ax_calloc(n * k, sizeof *Y);
    if (!Y)
        return false;
    mpz_t s;
    mpz_init(s);
    for (size_t e = 0; e < n * k; e++) {
        mpz_init(Y[e]);
        mpz_divexact(Y[e], dacc, mpq_denref(Q->q[e]));
        mpz_mul(Y[e], Y[e], mpq_numref(Q->q[e]));
    }
    bool ok = true;
    for (size_t i = 0; i < n && ok; i++)
        for (size_t c = 0; c < k && ok; c++) {
            mpz_mul(s, AX_Z(M, i, n + c), dacc);
            mpz_neg(s, s);
            for (size_t j = 0; j < n; j++)
                mpz_addmul(s, AX_Z(M, i, j), Y[j * k + c]);
            ok = mpz_sgn(s) == 0;
        }
    for (size_t e = 0; e < n * k; e++)
        mpz_clear(Y[e]);
    free(Y);
    mpz_clear(s);
    return ok;
}

axle_status ax_qq_dixon(axle_matrix **X, bool *done, const axle_matrix *A, const axle_matrix *B,
                        uint64_t prime)
{
    *X = NULL;
    *done = false;
    size_t n = A->rows, k = B->cols, nk;
    if (n == 0 || k == 0 || A->cols != n || B->rows != n)
        return AXLE_OK;
    if (!ax_size_mul(&nk, n, k) || n > SIZE_MAX / 4 / n)
        return ax_error(AXLE_ERANGE, "a %zux%zu system is too large", n, n);
    ax_zmat M;
    axle_status s = ax_zmat_from_rows(&M, NULL, A, B, false);
    if (s)
        return s;
    /* Huge entries and few rows: each lifting step multiplies by the big-integer matrix, and
     * there are about 2 n bits / 61 steps; fraction-free Gauss-Jordan of [A | B] is cheaper. */
    size_t bits = ax_zmat_max_bits(&M);
    if (!prime && ax_cost_ff(n, n + k, n, bits, true) < ax_cost_dixon(n, k, bits)) {
        ax_zmat_clear(&M);
        return AXLE_OK;
    }
    dixon d = {.n = n, .k = k};
    d.c = ax_malloc(n * n * sizeof *d.c);
    d.cs = ax_malloc(n * n * sizeof *d.cs);
    d.rbar = ax_malloc(nk * sizeof *d.rbar);
    d.xi = ax_malloc(nk * sizeof *d.xi);
    d.work = ax_malloc(2 * n * n * sizeof *d.work);
    d.piv = ax_malloc(n * sizeof *d.piv);
    d.nz = ax_malloc(2 * n * sizeof *d.nz);
    mpz_t *R = ax_calloc(nk, sizeof *R), *Xp = ax_calloc(nk, sizeof *Xp);
    axle_matrix *Q = NULL;
    if (!d.c || !d.cs || !d.rbar || !d.xi || !d.work || !d.piv || !d.nz || !R || !Xp) {
        s = ax_nomem();
        goto out_nompz;
    }
    for (size_t t = 0; t < nk; t++) {
        mpz_init(R[t]);
        mpz_init(Xp[t]);
    }

    bool found = false;
    if (prime) {
        found = inverse_modp(&d, &M, prime);
    } else {
        ax_primes ps;
        ax_dixon_primes_init(&ps);
        for (int t = 0; t < DIXON_PRIMES && !found; t++)
            found = inverse_modp(&d, &M, ax_primes_next(&ps));
    }
    free(d.work);
    d.work = NULL;
    if (!found)
        goto out;

    /* The 128-bit fast path for A' X_i when every |a'| < 2^32. */
    bool small = true;
    for (size_t i = 0; i < n && small; i++)
        for (size_t j = 0; j < n && small; j++)
            small = mpz_sizeinbase(AX_Z(&M, i, j), 2) <= 32;
    if (small) {
        if (!(d.asmall = ax_malloc(n * n * sizeof *d.asmall))) {
            s = ax_nomem();
            goto out;
        }
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                d.asmall[i * n + j] = mpz_get_si(AX_Z(&M, i, j));
    }

    for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < k; c++)
            mpz_set(R[i * k + c], AX_Z(&M, i, n + c));
    mpz_t N, D, target, pk, tmp;
    mpz_inits(N, D, target, pk, tmp, NULL);
    bounds(N, D, &M, n);
    mpz_mul(target, N, D);
    mpz_mul_2exp(target, target, 1);
    mpz_set_ui(pk, 1);
    while (mpz_cmp(pk, target) <= 0) {
        step(&d, R, Xp, pk, &M, tmp);
        mpz_mul_ui(pk, pk, d.p);
    }
    if (!(s = ax_matrix_alloc(&Q, AXLE_QQ, n, k))) {
        if (reconstruct(Q, Xp, nk, pk, N, D, tmp) && verify(Q, &M, tmp)) {
            *X = Q;
            *done = true;
        } else {
            axle_matrix_free(Q);
        }
    }
    mpz_clears(N, D, target, pk, tmp, NULL);
out:
    for (size_t t = 0; t < nk; t++) {
        mpz_clear(R[t]);
        mpz_clear(Xp[t]);
    }
out_nompz:
    free(R);
    free(Xp);
    dixon_free(&d);
    ax_zmat_clear(&M);
    return s;
}
