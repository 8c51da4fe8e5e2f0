/* Exact solution of a nonsingular system B X = Y over QQ by Dixon's p-adic lifting
 * (J. D. Dixon, "Exact solution of linear equations using p-adic expansions", Numer. Math. 40,
 * 1982). With B and Y integer (denominators cleared row by row; for the echelon form B is the
 * pivot block M[I, piv] of a rank profile and Y the rest of those rows, echelon.c):
 *   - the LU factors of B modulo a word-size prime p are computed once (profile.c: forward
 *     elimination, about n^3 / 3 word products; for the echelon form they come with the rank
 *     profile for free);
 *   - with R_0 = Y, each step takes X_i = B^-1 R_i mod p (two triangular solves) and
 *     R_{i+1} = (R_i - B X_i) / p (exact), so that B (X_0 + X_1 p + ... + X_{K-1} p^{K-1}) = Y
 *     modulo p^K;
 *   - K is the first with p^K > 2 N D, where D = Hadamard(B) bounds |det B| and N bounds the
 *     Cramer numerators |det B_j| (B with column j replaced by a column of Y):
 *     Hadamard([B | Y]) row-wise, since each such row norm is at most the full row's;
 *   - every entry is det B_j / det B, so it is recovered from its residue modulo p^K by
 *     rational reconstruction (half-extended Euclid, "Modern Computer Algebra", von zur Gathen
 *     and Gerhard, section 5.10, with the unbalanced bounds N and D, unique since p^K > 2 N D);
 *     a running common denominator d (a divisor of det B) is carried from entry to entry: x d
 *     has numerator at most N and denominator at most D / d, and is usually an integer, found
 *     without any Euclid (the trick used by FLINT's and LinBox's Dixon solvers);
 *   - the result is checked exactly (B X d = Y d over the integers) before it is returned.
 * ax_qq_dixon declines (the caller falls back to the RREF of [A | B]) when ax_cost_dixon predicts
 * more work than fraction-free Gauss-Jordan (few rows, huge entries), unless a prime is forced.
 * Cost: O(n^3) word operations once, then per step O(n^2 k) word products (the triangular
 * solves, with Shoup's precomputed quotients) and O(n^2 k) small products for B X_i (128-bit
 * accumulation when the entries of B fit in 32 bits, else mpz), with K = O(n log(n |B|) / log p)
 * steps. */
#include <cblas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lu_modp.h"
#include "qq.h"

/* How many primes to try before giving up (A' singular modulo each of them). */
#define DIXON_PRIMES 3

__extension__ typedef __int128 ax_i128;

/* Dixon draws its primes from below 3 * 2^60, away from the start of the
 * stream the echelon code uses: a determinant divisible by Dixon's primes
 * does not also hurt the fallback. */
void ax_dixon_primes_init(ax_primes *ps)
{
    ps->next = (UINT64_C(3) << 60) + 1;
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

/* One lifting step: X_i = B^-1 R mod p, X += X_i pk, R = (R - B X_i) / p. xi (n x k) is
 * workspace; asmall is B as int64 when every entry fits in 32 bits, else NULL. */
static void step(const ax_bfact *f, uint64_t *xi, const int64_t *asmall, mpz_t *R, mpz_t *X,
                 const mpz_t pk, const ax_zmat *S, size_t k, mpz_t tmp)
{
    size_t n = f->n;
    uint64_t p = f->p;
    for (size_t t = 0; t < n * k; t++)
        xi[t] = mpz_fdiv_ui(R[t], p);
    ax_bfact_solve(f, xi, k);
    for (size_t t = 0; t < n * k; t++)
        if (xi[t])
            mpz_addmul_ui(X[t], pk, xi[t]);
    for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < k; c++) {
            mpz_t *r = &R[i * k + c];
            if (asmall) {
                /* |a| < 2^32, x < 2^62: each product < 2^94, and n < 2^32 of them fit. */
                ax_i128 s = 0;
                const int64_t *a = asmall + i * n;
                for (size_t j = 0; j < n; j++)
                    s += (ax_i128)a[j] * (int64_t)xi[j * k + c];
                mpz_sub_i128(*r, s, tmp);
            } else {
                for (size_t j = 0; j < n; j++)
                    mpz_submul_ui(*r, AX_Z(S, i, j), xi[j * k + c]);
            }
            mpz_divexact_ui(*r, *r, p);
        }
}

/* The bound D on |det B| (rows of the first n columns), N on the Cramer numerators, and the
 * modulus to pass, target = 2 N D. */
static void bounds(mpz_t N, mpz_t D, mpz_t target, const ax_zmat *M, size_t n)
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
    mpz_mul(target, N, D);
    mpz_mul_2exp(target, target, 1);
}

/* Reconstruct every entry of X (residues modulo pk) into Q (canonical), with the running
 * common denominator; false if some entry has no reconstruction within the bounds. */
static bool reconstruct(axle_matrix *Q, mpz_t *X, size_t count, const mpz_t pk, const mpz_t N,
                        const mpz_t D, mpz_t dacc)
{
    mpz_t y, half, num, den, dleft, t[6];
    mpz_inits(y, half, num, den, dleft, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
    mpz_fdiv_q_2exp(half, pk, 1);
    mpz_set_ui(dacc, 1);
    /* x dacc has a denominator of at most D / dacc (dacc divides det B when the entries so far
     * are right): with early attempts' balanced bounds, random residues would otherwise
     * reconstruct entry after entry (2 N D is about p^K) with dacc growing past p^K, a Euclid
     * each, before one fails (a [-10, 10] solve, n = 25: at entry 5, 20% of the solve) */
    mpz_set(dleft, D);
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
        } else if (ax_ratrecon(num, den, y, pk, N, dleft, t)) {
            mpz_mul(dacc, dacc, den);
            mpz_fdiv_q(dleft, dleft, den);
            mpz_set(mpq_numref(q), num);
            mpz_set(mpq_denref(q), dacc);
        } else {
            ok = false;
        }
        if (ok)
            mpq_canonicalize(q);
    }
    mpz_clears(y, half, num, den, dleft, t[0], t[1], t[2], t[3], t[4], t[5], NULL);
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

/* Output-sensitive early termination, certified: before p^K reaches the proven 2 N D, try the
 * reconstruction with balanced bounds nb = db = floor(sqrt(p^K / 2)) (each capped by the proven
 * N and D; 2 nb db <= p^K), and accept only what passes the exact check B X = Y: B is
 * nonsingular (its LU modulo p exists), so a checked X is the solution however it was found.
 * Random residues rarely survive the running common denominator, so a premature attempt
 * usually fails within a few entries. The Hadamard bounds are far above the true sizes for
 * structured inputs: a 50 x 50 Hilbert inverse (rows cleared to 140-bit entries) has a 15,000-bit
 * bound and entries of under 200 bits. Attempts come at 128, 256, 512, ... bits of p^K. */
static bool early(axle_matrix *Q, mpz_t *X, size_t count, const mpz_t pk, const mpz_t N,
                  const mpz_t D, const ax_zmat *S, mpz_t dacc)
{
    mpz_t nb, db;
    mpz_inits(nb, db, NULL);
    mpz_fdiv_q_2exp(nb, pk, 1);
    mpz_sqrt(nb, nb);
    mpz_set(db, nb);
    if (mpz_cmp(nb, N) > 0)
        mpz_set(nb, N);
    if (mpz_cmp(db, D) > 0)
        mpz_set(db, D);
    bool ok = reconstruct(Q, X, count, pk, nb, db, dacc) && verify(Q, S, dacc);
    mpz_clears(nb, db, NULL);
    return ok;
}

/* Whether an early attempt at p^K of `bits` bits pays, after `steps` lifting steps of about
 * step_cost word operations each. A failed attempt costs at least one half-extended Euclid on p^K
 * (its first entry): some 0.3 bits division steps, each about 3 bits / 64 word operations and
 * the overhead of four mpz calls, while the lifting grows only linearly in bits when n^2 k is
 * small: a 10 x 10 system of 100-digit entries has a 6,700-bit target, and attempts up to 4,096
 * bits took as long as the whole lifting (solve 0.8 -> 1.4 ms). Attempt when the lifting so far
 * cost 4 times more (the attempts then add at most about half of it). */
static bool attempt_pays(size_t bits, size_t steps, double step_cost)
{
    double b = (double)bits, euclid = 0.3 * b * (3 * b / 64 + 30);
    return (double)steps * step_cost >= 4 * euclid;
}

/* The schedule of early attempts, shared by both liftings. */
typedef struct early_plan {
    size_t attempt, goal, steps; /* next attempt's bits, the proven bound's bits, steps so far */
} early_plan;

static early_plan early_start(const mpz_t target)
{
    return (early_plan){.attempt = 128, .goal = mpz_sizeinbase(target, 2), .steps = 0};
}

/* After one more lifting step (about base + per_bit * bits(p^K) word operations): an early
 * attempt when it is due and pays; true when it found the solution (in Q, dacc). Not when the
 * proven bound is about as near: the last steps cost less than a check. */
static bool early_after_step(early_plan *e, double base, double per_bit, axle_matrix *Q, mpz_t *X,
                             size_t count, const mpz_t pk, const mpz_t N, const mpz_t D,
                             const ax_zmat *S, mpz_t dacc)
{
    e->steps++;
    size_t bits = mpz_sizeinbase(pk, 2);
    if (bits < e->attempt || e->attempt >= e->goal - e->goal / 4)
        return false;
    e->attempt *= 2;
    return attempt_pays(bits, e->steps, base + per_bit * (double)bits) &&
           early(Q, X, count, pk, N, D, S, dacc);
}

axle_status ax_dixon_lift(axle_matrix **X, mpz_t den, const ax_zmat *S, size_t n, const ax_bfact *f)
{
    *X = NULL;
    size_t k = S->cols - n, nk = n * k;
    uint64_t *xi = ax_malloc((nk ? nk : 1) * sizeof *xi);
    int64_t *asmall = NULL;
    mpz_t *R = ax_calloc(nk ? nk : 1, sizeof *R), *Xp = ax_calloc(nk ? nk : 1, sizeof *Xp);
    axle_matrix *Q = NULL;
    axle_status s = AXLE_OK;
    if (!xi || !R || !Xp) {
        s = ax_nomem();
        goto out_nompz;
    }
    /* The 128-bit fast path for B X_i when every |b| < 2^32. */
    bool small = n < (UINT64_C(1) << 32);
    for (size_t i = 0; i < n && small; i++)
        for (size_t j = 0; j < n && small; j++)
            small = mpz_sizeinbase(AX_Z(S, i, j), 2) <= 32;
    if (small) {
        if (!(asmall = ax_malloc((n ? n * n : 1) * sizeof *asmall))) {
            s = ax_nomem();
            goto out_nompz;
        }
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                asmall[i * n + j] = mpz_get_si(AX_Z(S, i, j));
    }
    for (size_t t = 0; t < nk; t++) {
        mpz_init(R[t]);
        mpz_init(Xp[t]);
    }
    for (size_t i = 0; i < n; i++)
        for (size_t c = 0; c < k; c++)
            mpz_set(R[i * k + c], AX_Z(S, i, n + c));
    mpz_t N, D, target, pk, tmp;
    mpz_inits(N, D, target, pk, tmp, NULL);
    bounds(N, D, target, S, n);
    mpz_set_ui(pk, 1);
    bool found = false;
    early_plan plan = early_start(target);
    size_t lb = 0;
    for (size_t i = 0; i < n && !small; i++)
        for (size_t j = 0; j < n; j++) {
            size_t l = mpz_size(AX_Z(S, i, j));
            lb = l > lb ? l : lb;
        }
    /* a step: n^2 k products of B's entries (128-bit words, or mpz calls on lb limbs), n k
     * updates of X on p^K's limbs */
    double per_product = small ? 1.0 : (double)lb + 8, nkd = (double)n * (double)k;
    if ((s = ax_matrix_alloc(&Q, AXLE_QQ, n, k)))
        goto out;
    while (!found && mpz_cmp(pk, target) <= 0) {
        step(f, xi, asmall, R, Xp, pk, S, k, tmp);
        mpz_mul_ui(pk, pk, f->p);
        found = early_after_step(&plan, nkd * ((double)n * per_product + 8), nkd / 128, Q, Xp, nk,
                                 pk, N, D, S, tmp);
    }
    if (found || (reconstruct(Q, Xp, nk, pk, N, D, tmp) && verify(Q, S, tmp))) {
        *X = Q;
        Q = NULL;
        mpz_swap(den, tmp);
    }
    axle_matrix_free(Q);
out:
    mpz_clears(N, D, target, pk, tmp, NULL);
    for (size_t t = 0; t < nk; t++) {
        mpz_clear(R[t]);
        mpz_clear(Xp[t]);
    }
out_nompz:
    free(R);
    free(Xp);
    free(xi);
    free(asmall);
    return s;
}

/* ---- the same lifting on doubles and BLAS (p < 2^26, lu_modp.c) ----------------------------
 * When B's entries are small the whole lifting runs in floating point, exactly: the LU modulo p
 * is E5's BLAS LU, each step's triangular solves are daxpy's with delayed reduction, and the
 * residual R - B X_i is a dgemv/dgemm whose every partial sum is an integer below 2^53 (checked
 * beforehand: n |b| h + |R| < 2^53 with |R| <= max(|Y|, n |b|)). Digits are taken in [-h, h];
 * two of them are folded into the big integers at a time (|x_i + p x_{i+1}| < p^2 / 2 < 2^51).
 * About 2.4 times as many steps as with 62-bit primes, each far cheaper. */

/* Whether the lifting of S (n x (n + k)) can run in doubles with primes below bound. */
static bool fits_doubles(const ax_zmat *S, size_t n, uint64_t bound)
{
    size_t bb = 0, by = 0, k = S->cols - n;
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++) {
            size_t b = mpz_sizeinbase(AX_Z(S, i, j), 2);
            bb = b > bb ? b : bb;
        }
        for (size_t c = 0; c < k; c++) {
            size_t b = mpz_sizeinbase(AX_Z(S, i, n + c), 2);
            by = b > by ? b : by;
        }
    }
    size_t lg = 0;
    while (lg < 64 && ((size_t)1 << lg) < n)
        lg++;
    size_t lp = 0;
    while (lp < 64 && (UINT64_C(1) << lp) < bound)
        lp++;
    /* |B X_i| <= n |b| h < 2^(lg + bb + lp - 1), |R| <= max(|Y|, n |b|): both below 2^51 */
    return bb + lg + lp <= 51 && by <= 50;
}

axle_status ax_dixon_lift_blas(axle_matrix **X, mpz_t den, bool *applies, const ax_zmat *S,
                               size_t n)
{
    *X = NULL;
    *applies = false;
    size_t k = S->cols - n, nk = n * k;
    uint64_t bound = ax_dmodp_prime_bound(n);
    if (n == 0 || k == 0 || !fits_doubles(S, n, bound))
        return AXLE_OK;
    double *lu = ax_malloc(n * n * sizeof *lu), *b = ax_malloc(n * n * sizeof *b);
    double *R = ax_malloc(nk * sizeof *R), *rb = ax_malloc(n * sizeof *rb);
    double *xi = ax_malloc(2 * nk * sizeof *xi), *uinv = ax_malloc(n * sizeof *uinv);
    size_t *rowperm = ax_malloc(n * sizeof *rowperm), *colperm = ax_malloc(n * sizeof *colperm);
    mpz_t *Xp = ax_calloc(nk, sizeof *Xp);
    axle_status s = AXLE_OK;
    if (!lu || !b || !R || !rb || !xi || !uinv || !rowperm || !colperm || !Xp) {
        s = ax_nomem();
        goto out;
    }
    /* B row-major as doubles (exact), R = Y column by column (R[c * n + i]) */
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < n; j++)
            b[i * n + j] = mpz_get_d(AX_Z(S, i, j));
        for (size_t c = 0; c < k; c++)
            R[c * n + i] = mpz_get_d(AX_Z(S, i, n + c));
    }
    ax_dmodp F;
    uint64_t p = bound;
    bool found = false;
    for (int t = 0; t < DIXON_PRIMES && !found; t++) {
        p = ax_dmodp_prev_prime(p);
        ax_dmodp_init(&F, p);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                lu[i + j * n] = ax_dmodp_red(&F, b[i * n + j]);
        size_t rank;
        if ((s = ax_dmodp_lu(&F, lu, n, n, n, &rank, rowperm, colperm)))
            goto out;
        found = rank == n;
    }
    if (!found)
        goto out;
    *applies = true;
    ax_dmodp_pivot_inverses(&F, lu, n, n, uinv);
    for (size_t t = 0; t < nk; t++)
        mpz_init(Xp[t]);
    mpz_t N, D, target, pk, tmp;
    mpz_inits(N, D, target, pk, tmp, NULL);
    bounds(N, D, target, S, n);
    mpz_set_ui(pk, 1);
    double pd = (double)p;
    axle_matrix *Q = NULL;
    bool done = false;
    early_plan plan = early_start(target);
    double nkd = (double)n * (double)k;
    if ((s = ax_matrix_alloc(&Q, AXLE_QQ, n, k)))
        goto out_mpz;
    while (!done && mpz_cmp(pk, target) <= 0) {
        /* two steps: digits x (in xi) and x' (in xi + nk) */
        for (int half = 0; half < 2; half++) {
            double *x = xi + (size_t)half * nk;
            for (size_t c = 0; c < k; c++) {
                double *r = R + c * n;
                for (size_t i = 0; i < n; i++)
                    rb[i] = ax_dmodp_red(&F, r[i]);
                ax_dmodp_lu_solve(&F, lu, n, n, rowperm, uinv, x + c * n, rb);
            }
            /* R = (R - B X) / p, exact in doubles */
            if (k == 1)
                cblas_dgemv(CblasRowMajor, CblasNoTrans, (blasint)n, (blasint)n, -1.0, b,
                            (blasint)n, x, 1, 1.0, R, 1);
            else
                cblas_dgemm(CblasColMajor, CblasTrans, CblasNoTrans, (blasint)n, (blasint)k,
                            (blasint)n, -1.0, b, (blasint)n, x, (blasint)n, 1.0, R, (blasint)n);
            for (size_t t = 0; t < nk; t++)
                R[t] = nearbyint(R[t] / pd);
        }
        for (size_t c = 0; c < k; c++)
            for (size_t i = 0; i < n; i++) {
                double d = xi[c * n + i] + pd * xi[nk + c * n + i];
                mpz_t *e = &Xp[i * k + c];
                if (d > 0)
                    mpz_addmul_ui(*e, pk, (unsigned long)d);
                else if (d < 0)
                    mpz_submul_ui(*e, pk, (unsigned long)-d);
            }
        mpz_mul_ui(pk, pk, p);
        mpz_mul_ui(pk, pk, p);
        /* the early termination of ax_dixon_lift (reconstruct reduces the signed values); a
         * double step: two solves and products, 4 n^2 k flops (counted as 2 n^2 k word
         * operations), and n k updates of X */
        done = early_after_step(&plan, nkd * (2.0 * (double)n + 8), nkd / 64, Q, Xp, nk, pk, N, D,
                                S, tmp);
    }
    if (!done)
        for (size_t t = 0; t < nk; t++)
            mpz_mod(Xp[t], Xp[t], pk);
    if (done || (reconstruct(Q, Xp, nk, pk, N, D, tmp) && verify(Q, S, tmp))) {
        *X = Q;
        Q = NULL;
        mpz_swap(den, tmp);
    }
    axle_matrix_free(Q);
out_mpz:
    mpz_clears(N, D, target, pk, tmp, NULL);
    for (size_t t = 0; t < nk; t++)
        mpz_clear(Xp[t]);
out:
    free(lu);
    free(b);
    free(R);
    free(rb);
    free(xi);
    free(uinv);
    free(rowperm);
    free(colperm);
    free(Xp);
    return s;
}

/* The LU factors of the leading n x n block of M modulo p into f, with the rows of M put in the
 * order of the elimination's row exchanges (the system is the same); false (nothing held) if
 * the block is singular modulo p or on no memory (*s set). */
static bool factor_modp(ax_bfact *f, ax_zmat *M, size_t n, uint64_t p, axle_status *s)
{
    uint64_t *a = ax_malloc(n * n * sizeof *a);
    size_t *piv = ax_malloc(n * sizeof *piv), *perm = ax_malloc(n * sizeof *perm), rank;
    mpz_t *rows = ax_malloc(n * M->cols * sizeof *rows);
    bool *view = ax_malloc(n * sizeof *view), ok = false;
    if (!a || !piv || !perm || !rows || !view) {
        *s = ax_nomem();
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            a[i * n + j] = mpz_fdiv_ui(AX_Z(M, i, j), p);
    ax_profile_modp(a, n, n, p, &rank, piv, perm);
    if (rank == n && !(*s = ax_bfact_init(f, a, n, n, piv, p))) {
        /* shallow moves of the mpz structs: row t of M becomes input row perm[t] (its view
         * flag with it) */
        size_t w = M->cols;
        memcpy(rows, M->z, n * w * sizeof *rows);
        for (size_t t = 0; t < n; t++)
            memcpy(M->z + t * w, rows + perm[t] * w, w * sizeof *rows);
        if (M->view) {
            memcpy(view, M->view, n * sizeof *view);
            for (size_t t = 0; t < n; t++)
                M->view[t] = view[perm[t]];
        }
        ok = true;
    }
done:
    free(a);
    free(piv);
    free(perm);
    free(rows);
    free(view);
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
    if (!prime) {
        /* small systems: fraction-free on words, if A is nonsingular (else the RREF path) */
        ax_echelon E;
        bool small;
        s = ax_echelon_small(&E, &small, &M);
        if (!s && small) {
            if (E.rank >= n && E.piv[n - 1] == n - 1 && !(s = ax_matrix_alloc(X, AXLE_QQ, n, k)))
                for (size_t t = 0; t < n; t++)
                    for (size_t c = 0; c < k; c++)
                        ax_echelon_get(AX_Q(*X, t, c), &E, t, c);
            *done = !s && *X;
            ax_echelon_clear(&E);
        }
        if (s || small) {
            ax_zmat_clear(&M);
            return s;
        }
    }
    /* Huge entries and few rows: each lifting step multiplies by the big-integer matrix, and
     * there are about 2 n bits / 61 steps; fraction-free Gauss-Jordan of [A | B] is cheaper. */
    size_t bits = ax_zmat_bits(&M);
    if (!prime && ax_cost_ff(n, n + k, n, bits, true) < ax_cost_dixon(n, k, bits)) {
        ax_zmat_clear(&M);
        return AXLE_OK;
    }
    if (!prime) {
        bool applies;
        mpz_t den;
        mpz_init(den);
        s = ax_dixon_lift_blas(X, den, &applies, &M, n);
        mpz_clear(den);
        if (s || applies) {
            *done = !s && *X;
            ax_zmat_clear(&M);
            return s;
        }
    }
    ax_bfact f;
    bool found = false;
    if (prime) {
        found = factor_modp(&f, &M, n, prime, &s);
    } else {
        ax_primes ps;
        ax_dixon_primes_init(&ps);
        for (int t = 0; t < DIXON_PRIMES && !found && !s; t++)
            found = factor_modp(&f, &M, n, ax_primes_next(&ps), &s);
    }
    if (found) {
        mpz_t den;
        mpz_init(den);
        s = ax_dixon_lift(X, den, &M, n, &f);
        *done = !s && *X;
        mpz_clear(den);
        ax_bfact_clear(&f);
    }
    ax_zmat_clear(&M);
    return s;
}
