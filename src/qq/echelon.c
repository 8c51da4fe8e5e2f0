/* The exact reduced row echelon form of an integer matrix M, multimodular:
 *
 *  1. The rank profile modulo a prime p0 (the BLAS LU below 2^26 when the entries are small, else
 *     elimination modulo a 62-bit prime) gives a rank r, pivot columns P and r rows I of M that
 *     are independent modulo p0; B = M[I, P] is then nonsingular over Q (det B != 0 mod p0).
 *  2. The top r rows of the RREF, if the guess is right, are B^-1 M[I, :]. Two routes:
 *     - few free columns: Dixon lifting on B (dixon.c), then the check that every row of M
 *       outside I equals M[i, P] R;
 *     - many free columns (the CRT route, lift): with d = det B the matrix d B^-1 M[I, :] =
 *       adj(B) M[I, :] is an integer matrix whose entries are r x r minors of M[I, :] (Cramer),
 *       bounded by the Hadamard bound of those rows. Its residues come from BLAS LUs of all of M
 *       modulo primes below 2^26, the rows I first (the primes that divide d show other pivots
 *       and are skipped); CRT until the modulus exceeds twice that bound and twice the bound of
 *       the (r + 1)-minors of M makes them exact and proves rank M = r (every counted prime shows
 *       rank r, so every (r + 1)-minor vanishes): no row-by-row check.
 *  3. Then the row space of M is spanned by R, r = rank M, and R, in reduced echelon form
 *     (checked), is the RREF. If a check fails, or a prime shows a better profile, p0 was
 *     unlucky (it divides a minor of M): start again with the next prime. Each unlucky prime
 *     divides the same nonzero pivot minor, so this ends.
 *
 * Cost of the CRT route for an m x n matrix of rank r whose entries have b bits: k = O(r (b +
 * log n) / 24) LUs of O(mnr) flops (dgemm) and O(k^2) word operations per CRT value. The rank
 * alone (ax_zmat_rank) needs only the LUs. This is the classical multimodular approach (Cohen, A
 * Course in Computational Algebraic Number Theory, 2.3, for the modular elimination and CRT;
 * guessing the pivots modulo a prime and then verifying is standard, cf. FLINT's
 * fmpz_mat_rref_mul); the code is ours. */
#include <stdlib.h>
#include <string.h>

#include "lu_modp.h"
#include "qq.h"

static uint64_t mpz_mod_word(const mpz_t x, uint64_t p);

void ax_echelon_clear(ax_echelon *E)
{
    if (E->has_g)
        mpz_clear(E->g);
    E->has_g = false;
    free(E->piv);
    free(E->fre);
    E->piv = E->fre = NULL;
    if (E->x) {
        for (size_t k = 0; k < E->rank * E->nfree; k++)
            mpz_clear(E->x[k]);
        free(E->x);
        E->x = NULL;
    }
    mpz_clear(E->d);
}

/* The canonical form of every x / d at the price of one gcd (batch gcd against one modulus).
 * Let P = prod of the nonzero x modulo |d| and g = gcd(P, |d|) = gcd(prod x, d). For each x,
 * gcd(x, d) divides both x, hence prod x, and d, so it divides g; and gcd(x, g) divides x and
 * g | d, hence gcd(x, d). So gcd(x, d) = gcd(x, g): when g = 1 (the common case: d is the
 * determinant of the pivot block or the lcm of canonical denominators) every x / d is already
 * in lowest terms and no entry needs a gcd; otherwise the gcd is with g, often much smaller than
 * d. One multiplication and one division modulo d per entry replace a gcd of numbers of
 * log2 |d| bits (55% of a 100 x 100 inverse in mpq_canonicalize). A product of 0 (some prime
 * power of d divides the product) stops early with g = |d|, the plain gcd per entry. */
void ax_echelon_set_gcd(ax_echelon *E)
{
    if (!E->has_g)
        mpz_init(E->g);
    mpz_set_ui(E->g, 1);
    E->has_g = true;
    size_t count = E->rank * E->nfree;
    if (!E->x || count == 0 || mpz_cmpabs_ui(E->d, 1) == 0)
        return;
    if (mpz_size(E->d) == 1) {
        /* d of one word (the small route's): the same on words, a 128-bit product per entry
         * against GMP's word gcd per entry (27% of a 10 x 10 inverse) */
        uint64_t ad = mpz_getlimbn(E->d, 0), P = 1;
        for (size_t e = 0; e < count && P; e++) {
            mpz_srcptr x = E->x[e];
            if (!mpz_sgn(x))
                continue;
            uint64_t u = mpz_size(x) == 1 ? mpz_getlimbn(x, 0) : mpz_fdiv_ui(x, ad);
            P = ax_mulmod(P, u < ad ? u : u % ad, ad);
        }
        mpz_set_ui(E->g, P);
        mpz_gcd_ui(E->g, E->g, ad);
        return;
    }
    mpz_t P, ad;
    mpz_init_set_ui(P, 1);
    mpz_init(ad);
    mpz_abs(ad, E->d);
    for (size_t e = 0; e < count && mpz_sgn(P); e++)
        if (mpz_sgn(E->x[e])) {
            mpz_mul(P, P, E->x[e]);
            mpz_tdiv_r(P, P, ad);
        }
    mpz_gcd(E->g, P, ad);
    mpz_clears(P, ad, NULL);
}

void ax_echelon_get(mpq_t q, const ax_echelon *E, size_t t, size_t k)
{
    mpz_srcptr x = E->x[t * E->nfree + k];
    if (E->has_g) {
        mpz_ptr num = mpq_numref(q), den = mpq_denref(q);
        if (!mpz_sgn(x)) {
            mpz_set_ui(num, 0);
            mpz_set_ui(den, 1);
            return;
        }
        if (mpz_cmp_ui(E->g, 1) == 0) {
            mpz_set(num, x);
            mpz_set(den, E->d);
        } else if (mpz_size(E->g) == 1) {
            /* g of one word (the common case: the small primes of d): a word gcd, often 1 */
            unsigned long h = mpz_gcd_ui(NULL, x, mpz_getlimbn(E->g, 0));
            if (h == 1) {
                mpz_set(num, x);
                mpz_set(den, E->d);
            } else {
                mpz_divexact_ui(num, x, h);
                mpz_divexact_ui(den, E->d, h);
            }
        } else {
            mpz_gcd(den, x, E->g); /* gcd(x, d), see ax_echelon_set_gcd */
            mpz_divexact(num, x, den);
            mpz_divexact(den, E->d, den);
        }
        if (mpz_sgn(den) < 0) {
            mpz_neg(num, num);
            mpz_neg(den, den);
        }
        return;
    }
    if (mpz_sgn(x) && mpz_size(x) == 1 && mpz_size(E->d) == 1) {
        /* one word each: the gcd on words */
        mp_limb_t a = mpz_getlimbn(x, 0), b = mpz_getlimbn(E->d, 0), g = mpn_gcd_1(&a, 1, b);
        mpz_set_ui(mpq_numref(q), a / g);
        mpz_set_ui(mpq_denref(q), b / g);
        if (mpz_sgn(x) != mpz_sgn(E->d))
            mpz_neg(mpq_numref(q), mpq_numref(q));
        return;
    }
    mpz_set(mpq_numref(q), x);
    mpz_set(mpq_denref(q), E->d);
    if (mpz_cmp_ui(E->d, 1) != 0)
        mpq_canonicalize(q);
}

/* True when the rank profile (rq, piv) is better than E's: a higher rank, or the same rank with
 * pivots further left at the first difference. Modulo a prime the profile can only get worse
 * than over Q, so a better profile proves E's came from an unlucky prime. */
static bool better_profile(const ax_echelon *E, size_t rq, const size_t *piv)
{
    if (rq != E->rank)
        return rq > E->rank;
    for (size_t t = 0; t < rq; t++)
        if (piv[t] != E->piv[t])
            return piv[t] < E->piv[t];
    return false;
}

/* Fold the residues r2 modulo p2 into r1 modulo p1 (in place): the residues modulo p1 p2 < 2^52,
 * so that the CRT gets one modulus of about 50 bits instead of two of 25. */
static void crt_pair(uint64_t *r1, uint64_t p1, const uint64_t *r2, uint64_t p2, size_t count)
{
    uint64_t inv = ax_invmod(p1 % p2, p2), invs = ax_shoup(inv, p2);
    for (size_t k = 0; k < count; k++) {
        /* r1 < p1 < 2 p2 for neighbouring primes: at most one subtraction, no division */
        uint64_t u = r1[k] < p2 ? r1[k] : r1[k] - p2;
        u = u < p2 ? u : u % p2;
        uint64_t v = r2[k] >= u ? r2[k] - u : r2[k] + p2 - u;
        r1[k] += p1 * ax_mulmod_shoup(inv, invs, v, p2);
    }
}

/* An upper bound for every k x k minor of M: the product of the k largest row norms, each
 * rounded up (Hadamard). */
static axle_status minor_bound(mpz_t H, const ax_zmat *M, size_t k)
{
    size_t m = M->rows;
    mpz_t *norm = ax_malloc((m ? m : 1) * sizeof *norm);
    if (!norm)
        return ax_nomem();
    for (size_t i = 0; i < m; i++) {
        mpz_init(norm[i]);
        ax_zmat_hadamard(norm[i], M, &i, 1);
    }
    /* the k largest by selection: k passes over m norms are cheap beside the LUs */
    mpz_set_ui(H, 1);
    for (size_t t = 0; t < k && t < m; t++) {
        size_t best = t;
        for (size_t i = t + 1; i < m; i++)
            if (mpz_cmp(norm[i], norm[best]) > 0)
                best = i;
        mpz_swap(norm[t], norm[best]);
        mpz_mul(H, H, norm[t]);
    }
    for (size_t i = 0; i < m; i++)
        mpz_clear(norm[i]);
    free(norm);
    return AXLE_OK;
}

/* Steps 2 and 3: lift the top rows (indices rows[0..r-1]) into E and prove the rank. Pivots and
 * free columns are set. *retry is set (and nothing lifted) when a prime shows that E's rank
 * profile came from an unlucky prime; the caller starts again with the next one. Each prime is a
 * BLAS LU of all of M modulo p < 2^26 (lu_modp.c), the rows I first: a prime counts when it shows
 * rank r, the pivot columns P and its pivots in the rows I (det B != 0 modulo p). Then with the
 * pivot columns first, U = [U1 | U2] on the rows I and B^-1 M[I, fre] = U1^-1 U2; the residues
 * of det B and det B U1^-1 U2 go to the CRT, two primes at a time, until the modulus exceeds
 * twice the Hadamard bounds of the r x r minors of M[I, :] (the values are such minors, by
 * Cramer) and of the (r + 1) x (r + 1) minors of M. Those minors are 0 modulo every counted
 * prime (rank r there), so they are 0: rank M <= r, and det B != 0 gives rank M = r. The rows I
 * then span the row space of M, and R = B^-1 M[I, :] has M's row space: no row-by-row check is
 * needed (for a half-rank 400 x 400 matrix that check was 60% of the time). The caller checks
 * the echelon shape. */
static axle_status lift(ax_echelon *E, const ax_zmat *M, const size_t *rows, bool *retry)
{
    *retry = false;
    size_t r = E->rank, m = M->rows, n = M->cols, nf = E->nfree, nval;
    mpz_set_ui(E->d, 1);
    if (r == 0) { /* rank 0 modulo p0: M is zero, or p0 divides all its entries */
        for (size_t k = 0; k < m * n; k++)
            *retry = *retry || mpz_sgn(M->z[k]) != 0;
        return AXLE_OK;
    }
    if (nf == 0) /* r = n columns, det B != 0: rank n */
        return AXLE_OK;
    if (!ax_size_mul(&nval, m, n) || nval > SIZE_MAX / 16)
        return ax_error(AXLE_ERANGE, "matrix too large");
    nval = r * nf + 1;
    ax_dsrc src;
    ax_crt crt;
    crt.x = NULL;
    src.exact = NULL;
    double *a = ax_malloc(m * n * sizeof *a);
    uint64_t *res = ax_malloc(2 * nval * sizeof *res), *res2 = res ? res + nval : NULL;
    size_t *rowperm = ax_malloc(m * sizeof *rowperm), *colperm = ax_malloc(n * sizeof *colperm),
           *order = ax_malloc(m * sizeof *order);
    bool *in = ax_calloc(m, sizeof *in);
    axle_status s = (!a || !res || !rowperm || !colperm || !order || !in) ? ax_nomem()
                                                                          : ax_crt_init(&crt, nval);
    mpz_t H, H1;
    mpz_inits(H, H1, NULL);
    if (s)
        goto done;
    /* the rows I first, then the others in their order */
    for (size_t t = 0; t < r; t++) {
        order[t] = rows[t];
        in[rows[t]] = true;
    }
    for (size_t i = 0, t = r; i < m; i++)
        if (!in[i])
            order[t++] = i;
    ax_zmat_hadamard(H, M, rows, r);
    if (r < m && r < n && !(s = minor_bound(H1, M, r + 1)) && mpz_cmp(H1, H) > 0)
        mpz_swap(H, H1);
    if (!s)
        s = ax_dsrc_init(&src, M, order, m, ax_dmodp_prime_bound(m < n ? m : n));
    if (s)
        goto done;
    /* every value ends up below twice the bound times one pair of primes: room for it at once
     * (grown a limb per step, the reallocations and their copies were 7% at n = 400) */
    for (size_t k = 0; k < nval; k++)
        mpz_realloc2(crt.x[k], mpz_sizeinbase(H, 2) + 2 + 2 * 26);
    /* the prime whose residues wait in res for a partner, or 0 (the modulus is tested after
     * each pair: at most one prime more than needed) */
    uint64_t held = 0;
    ax_dmodp F;
    while (!ax_crt_enough(&crt, H)) {
        if (!ax_dsrc_prime(&src, &F)) {
            s = ax_error(AXLE_ERANGE, "matrix too large: its echelon form needs more than "
                                      "10^7 bits of modulus");
            break;
        }
        size_t rq;
        ax_dsrc_residues(&src, &F, a);
        if ((s = ax_dmodp_lu(&F, a, m, n, m, &rq, rowperm, colperm)))
            break;
        if (better_profile(E, rq, colperm)) {
            *retry = true; /* p0 was unlucky: without this, no prime would ever match it */
            break;
        }
        if (rq != r || memcmp(colperm, E->piv, r * sizeof *colperm) != 0)
            continue;     /* p divides det B */
        bool in_i = true; /* the pivots in the rows I (with I first, they are unless p | det B) */
        for (size_t t = 0; t < r; t++)
            in_i = in_i && rowperm[t] < r;
        if (!in_i)
            continue;
        uint64_t det, *out = held ? res2 : res;
        if ((s = ax_dmodp_lu_det(&det, &F, a, r, m, rowperm)))
            break;
        double *Y = a + r * m, dd = ax_dmodp_from_u64(&F, det);
        ax_dmodp_trsm_upper(&F, a, m, r, Y, m, nf);
        out[0] = det;
        /* value 1 + k r + t is d x[t][k] (column by column, as Y: contiguous, vectorized) */
        for (size_t k = 0; k < nf; k++) {
            const double *y = Y + k * m;
            uint64_t *o = out + 1 + k * r;
            for (size_t t = 0; t < r; t++)
                o[t] = ax_dmodp_to_u64(&F, ax_dmodp_red(&F, dd * y[t]));
        }
        if (!held) {
            held = F.p;
            continue;
        }
        crt_pair(res, held, res2, F.p, nval);
        ax_crt_add(&crt, res, held * F.p);
        held = 0;
    }
    if (s || *retry)
        goto done;
    ax_crt_finish(&crt);
    E->x = ax_calloc(nval - 1, sizeof *E->x);
    if (!E->x) {
        s = ax_nomem();
        goto done;
    }
    mpz_swap(E->d, crt.x[0]);
    for (size_t t = 0; t < r; t++)
        for (size_t k = 0; k < nf; k++) {
            mpz_init(E->x[t * nf + k]);
            mpz_swap(E->x[t * nf + k], crt.x[1 + k * r + t]);
        }
done:
    mpz_clears(H, H1, NULL);
    ax_crt_clear(&crt);
    ax_dsrc_clear(&src);
    free(a);
    free(res);
    free(rowperm);
    free(colperm);
    free(order);
    free(in);
    return s;
}

/* Step 3: rows outside `in` satisfy d M[i, fre[k]] = sum_t M[i, piv[t]] x[t][k]. */
static bool verify(const ax_echelon *E, const ax_zmat *M, const bool *in)
{
    size_t r = E->rank, nf = E->nfree;
    bool ok = true;
    mpz_t acc, rhs;
    mpz_inits(acc, rhs, NULL);
    for (size_t i = 0; i < M->rows && ok; i++) {
        if (in[i])
            continue;
        for (size_t k = 0; k < nf && ok; k++) {
            mpz_set_ui(acc, 0);
            for (size_t t = 0; t < r; t++)
                mpz_addmul(acc, AX_Z(M, i, E->piv[t]), E->x[t * nf + k]);
            mpz_mul(rhs, E->d, AX_Z(M, i, E->fre[k]));
            ok = mpz_cmp(acc, rhs) == 0;
        }
    }
    mpz_clears(acc, rhs, NULL);
    return ok;
}

/* Free the lifted values so that a retry starts clean. */
static void drop_values(ax_echelon *E)
{
    if (!E->x)
        return;
    for (size_t k = 0; k < E->rank * E->nfree; k++)
        mpz_clear(E->x[k]);
    free(E->x);
    E->x = NULL;
}

/* R read off the lifted values is in reduced echelon form: row t has nothing left of its pivot.
 * (Over Q the pivot of row t is the first nonzero column of B^-1 M[I, :] only when the profile
 * modulo p0 was the true one.) */
static bool echelon_shape(const ax_echelon *E)
{
    for (size_t t = 0; t < E->rank; t++)
        for (size_t k = 0; k < E->nfree && E->fre[k] < E->piv[t]; k++)
            if (mpz_sgn(E->x[t * E->nfree + k]))
                return false;
    return true;
}

/* The free columns of E from its rank and pivots: the columns that are not pivots, in order. */
static void set_free_columns(ax_echelon *E)
{
    E->nfree = 0;
    for (size_t j = 0, t = 0; j < E->cols; j++) {
        if (t < E->rank && E->piv[t] == j)
            t++;
        else
            E->fre[E->nfree++] = j;
    }
}

/* Start an echelon form of M: E empty with d = 0 and room for the pivots and free columns;
 * false on no memory (E then holds nothing to free but d and the arrays, freed by
 * ax_echelon_clear). */
static bool echelon_start(ax_echelon *E, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols, mn = m < n ? m : n;
    memset(E, 0, sizeof *E);
    mpz_init(E->d);
    E->rows = m;
    E->cols = n;
    E->piv = ax_calloc(mn ? mn : 1, sizeof *E->piv);
    E->fre = ax_calloc(n ? n : 1, sizeof *E->fre);
    return E->piv && E->fre;
}

/* The multimodular echelon form: the rank profile by Gauss-Jordan modulo a 62-bit prime p0, then
 * the CRT route (lift) on it; the variant the dispatcher's CRT route is tested against. */
axle_status ax_echelon_modular(ax_echelon *E, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols;
    bool started = echelon_start(E, M);
    uint64_t *a = ax_calloc(m, n * sizeof *a);
    size_t *perm = ax_calloc(m, sizeof *perm);
    size_t *nz = ax_calloc(n, sizeof *nz);
    axle_status s = AXLE_OK;
    if (!a || !perm || !nz || !started) {
        s = ax_nomem();
        goto done;
    }
    ax_primes ps;
    ax_primes_init(&ps);
    for (;;) {
        uint64_t p0 = ax_primes_next(&ps);
        ax_zmat_mod(a, M, NULL, m, p0);
        ax_modp_rref(a, m, n, p0, &E->rank, E->piv, perm, NULL, nz);
        set_free_columns(E);
        bool retry = false;
        if ((s = lift(E, M, perm, &retry)))
            goto done;
        if (!retry && echelon_shape(E))
            break;
        drop_values(E);
    }
done:
    free(a);
    free(perm);
    free(nz);
    if (s)
        ax_echelon_clear(E);
    else
        ax_echelon_set_gcd(E);
    return s;
}

/* The rank profile of M modulo a prime below 2^26 by the BLAS LU (lu_modp.c): rank, pivot
 * columns (increasing) and rows, perm[0..r-1] independent modulo p. */
static axle_status profile_blas(const ax_zmat *M, size_t *rank, size_t *piv, size_t *perm)
{
    size_t m = M->rows, n = M->cols;
    ax_dmodp F;
    ax_dmodp_init(&F, ax_dmodp_prev_prime(ax_dmodp_prime_bound(n)));
    double *a = ax_malloc((m > 0 && n > 0 ? m * n : 1) * sizeof *a);
    size_t *colperm = ax_malloc((n ? n : 1) * sizeof *colperm);
    axle_status s = AXLE_OK;
    if (!a || !colperm) {
        s = ax_nomem();
    } else {
        for (size_t i = 0; i < m; i++)
            for (size_t j = 0; j < n; j++)
                a[i + j * m] = ax_dmodp_from_u64(&F, mpz_mod_word(AX_Z(M, i, j), F.p));
        if (m && n) {
            s = ax_dmodp_lu(&F, a, m, n, m, rank, perm, colperm);
        } else {
            *rank = 0;
            for (size_t i = 0; i < m; i++)
                perm[i] = i;
        }
        for (size_t t = 0; !s && t < *rank; t++)
            piv[t] = colperm[t];
    }
    free(a);
    free(colperm);
    return s;
}

/* Whether the first rank profile of M runs on doubles and BLAS (profile_blas): entries of b bits
 * and n columns with b + log2 n + 26 <= 51, for Dixon's lifting on doubles after it. */
static bool blas_first(const ax_zmat *M)
{
    size_t n = M->cols, lg = 0;
    while (lg < 64 && ((size_t)1 << lg) < n)
        lg++;
    return ax_zmat_bits(M) + lg + 26 <= 51;
}

/* A rank profile from profile_blas: rank, pivot columns piv[0..rank-1], rows perm[0..m-1]. */
typedef struct profile0 {
    size_t rank;
    size_t *piv, *perm;
} profile0;

/* The lifted part of the echelon form: B X = Y with B = M[I, piv], Y = M[I, fre] (I the rows
 * perm[0..r-1] of the profile in a), by Dixon lifting with the profile's own factors of B (a
 * NULL: on doubles and BLAS, its own factors); E->x and E->d from X. *lifted false (nothing set)
 * if the lifting failed or does not apply. */
static axle_status lift_dixon(ax_echelon *E, const ax_zmat *M, const uint64_t *a,
                              const size_t *perm, uint64_t p, bool *lifted)
{
    size_t r = E->rank, n = M->cols, nf = E->nfree;
    *lifted = false;
    /* S = [B | Y] shares M's integers (read only; its array is freed, not its entries) */
    ax_zmat S = {.rows = r, .cols = n, .z = ax_malloc(r * n * sizeof(mpz_t))};
    E->x = ax_calloc(r * nf, sizeof *E->x);
    if (!S.z || !E->x) {
        free(S.z);
        free(E->x);
        E->x = NULL;
        return ax_nomem();
    }
    for (size_t t = 0; t < r; t++) {
        mpz_t *src = M->z + perm[t] * n;
        for (size_t s = 0; s < r; s++)
            S.z[t * n + s][0] = src[E->piv[s]][0];
        for (size_t k = 0; k < nf; k++)
            S.z[t * n + r + k][0] = src[E->fre[k]][0];
    }
    ax_bfact f;
    axle_matrix *X = NULL;
    axle_status s;
    if (!a) {
        bool applies;
        s = ax_dixon_lift_blas(&X, E->d, &applies, &S, r);
    } else if (!(s = ax_bfact_init(&f, a, n, r, E->piv, p))) {
        s = ax_dixon_lift(&X, E->d, &S, r, &f);
        ax_bfact_clear(&f);
    }
    free(S.z);
    if (s || !X) {
        free(E->x);
        E->x = NULL;
        return s;
    }
    mpz_t q;
    mpz_init(q);
    for (size_t e = 0; e < r * nf; e++) {
        mpz_init(E->x[e]);
        mpz_divexact(q, E->d, mpq_denref(X->q[e]));
        mpz_mul(E->x[e], q, mpq_numref(X->q[e]));
    }
    mpz_clear(q);
    axle_matrix_free(X);
    *lifted = true;
    return AXLE_OK;
}

/* The rank profile modulo p0 (forward elimination), Dixon lifting on its pivot block, and the
 * certificate: Dixon's exact check (B X = Y), every other row in the span (verify) and the
 * echelon shape. Then the rows of R = B^-1 M[I, :] lie in the row space of M, every row of M is
 * a combination of them (R has r independent rows: rank M = r, which the nonzero pivot minor
 * det B also bounds from below), and R is in reduced echelon form: it is the RREF of M, and
 * [-X; I] on the free columns a basis of the null space. A wrong profile (p0 divides a minor of
 * M) fails the check and the next prime is tried; each such prime divides the same nonzero
 * minor, so this ends. With `choose`, the profile settles the route for the pivot block: Dixon
 * lifting, or with many free columns the CRT route (lift: the same certificate, the values from
 * BLAS LUs modulo many primes), or, with *use_ff set (E then holds nothing), fraction-free
 * Gauss-Jordan when that is predicted cheaper. */
static axle_status dixon(ax_echelon *E, const ax_zmat *M, bool choose, bool *use_ff,
                         const profile0 *pre)
{
    size_t m = M->rows, n = M->cols, bits = ax_zmat_bits(M);
    *use_ff = false;
    bool crt_route = false;
    bool started = echelon_start(E, M);
    uint64_t *a = ax_calloc(m, n * sizeof *a);
    size_t *perm = ax_calloc(m, sizeof *perm);
    bool *in = ax_calloc(m, sizeof *in);
    axle_status s = AXLE_OK;
    if (!a || !perm || !in || !started) {
        s = ax_nomem();
        goto done;
    }
    ax_primes ps;
    ax_primes_init(&ps);
    /* The first attempt runs on doubles and BLAS when the entries are small enough (the lifting
     * checks its own bound and declines otherwise); later ones, and big entries, on 62-bit
     * primes. */
    bool blas = blas_first(M);
    for (;;) {
        uint64_t p0 = 0;
        if (blas && pre) { /* the caller's profile (ax_echelon_compute), from profile_blas too */
            E->rank = pre->rank;
            memcpy(E->piv, pre->piv, pre->rank * sizeof *E->piv);
            memcpy(perm, pre->perm, m * sizeof *perm);
            pre = NULL;
        } else if (blas) {
            if ((s = profile_blas(M, &E->rank, E->piv, perm)))
                goto done;
        } else {
            p0 = ax_primes_next(&ps);
            ax_zmat_mod(a, M, NULL, m, p0);
            ax_profile_modp(a, m, n, p0, &E->rank, E->piv, perm);
        }
        size_t r = E->rank;
        set_free_columns(E);
        if (choose && r > 0 && E->nfree > 0 && (!blas || 4 * E->nfree > n)) {
            /* Dixon's steps cost r^2 (n - r) each and there are about twice as many of them
             * as primes for the CRT route, whose eliminations cost r^2 n each: with many free
             * columns (the inverse's [A | D], a matrix of half rank) the CRT route is cheaper.
             * On doubles, whose solves go one right-hand side at a time, always (measured: half
             * rank at n = 50 took twice the CRT route's time). */
            double dix = ax_cost_dixon(r, E->nfree, bits),
                   crt = 4 * E->nfree > n ? ax_cost_modular(m, n, r, bits, r * E->nfree + 1) : dix;
            if (blas && 4 * E->nfree > n)
                dix = crt + 1.0;
            double best = dix < crt ? dix : crt;
            if (ax_cost_ff(m, n, r, bits, true) < best) {
                *use_ff = true;
                break;
            }
            crt_route = crt < dix;
        }
        choose = false;
        memset(in, 0, m * sizeof *in);
        for (size_t t = 0; t < r; t++)
            in[perm[t]] = true;
        mpz_set_ui(E->d, 1);
        if (crt_route) {
            bool retry;
            if ((s = lift(E, M, perm, &retry)))
                goto done;
            if (retry) {
                blas = false;
                continue;
            }
        } else if (r > 0 && E->nfree > 0) {
            bool lifted;
            if ((s = lift_dixon(E, M, blas ? NULL : a, perm, p0, &lifted)))
                goto done;
            if (!lifted) {
                blas = false;
                continue;
            }
        }
        /* the CRT route proved the rank itself (lift) */
        if (echelon_shape(E) && (crt_route || verify(E, M, in)))
            break;
        drop_values(E);
        blas = false;
    }
done:
    free(a);
    free(perm);
    free(in);
    if (s || *use_ff)
        ax_echelon_clear(E);
    return s;
}

axle_status ax_echelon_dixon(ax_echelon *E, const ax_zmat *M)
{
    bool use_ff;
    axle_status s = dixon(E, M, false, &use_ff, NULL);
    if (!s)
        ax_echelon_set_gcd(E);
    return s;
}

/* The dispatcher. When M has at least as many rows as columns and small entries, the rank profile
 * modulo a prime below 2^26 (profile_blas) comes first: if it shows rank n = cols, the pivot
 * columns' n x n minor on the rows perm[0..n-1] is nonzero modulo p, hence nonzero over Q, so
 * rank M = n and the RREF is [I; 0] (pivots 0..n-1, no free column): nothing is lifted, solved
 * or checked (a random square matrix, whose RREF is I). Otherwise small matrices whose minors
 * fit in a word are eliminated on words, and the profile (computed once) says which route is
 * cheapest. */
axle_status ax_echelon_compute(ax_echelon *E, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols;
    bool use_ff;
    profile0 pre = {0};
    axle_status s = AXLE_OK;
    if (n > 0 && m >= n && blas_first(M)) {
        pre.piv = ax_malloc(n * sizeof *pre.piv);
        pre.perm = ax_malloc(m * sizeof *pre.perm);
        if (!pre.piv || !pre.perm) {
            s = ax_nomem();
            goto done;
        }
        if ((s = profile_blas(M, &pre.rank, pre.piv, pre.perm)))
            goto done;
        if (pre.rank == n) {
            if (!echelon_start(E, M)) {
                ax_echelon_clear(E);
                s = ax_nomem();
                goto done;
            }
            E->rank = n;
            for (size_t t = 0; t < n; t++)
                E->piv[t] = t;
            mpz_set_ui(E->d, 1);
            goto done;
        }
    }
    if ((s = ax_echelon_small(E, &use_ff, M)) || use_ff)
        goto done;
    s = dixon(E, M, true, &use_ff, pre.piv ? &pre : NULL);
    if (!s && use_ff)
        s = ax_echelon_fraction_free(E, M);
done:
    free(pre.piv);
    free(pre.perm);
    if (!s)
        ax_echelon_set_gcd(E);
    return s;
}

/* x mod p for an integer x (a single-limb fast path). */
static uint64_t mpz_mod_word(const mpz_t x, uint64_t p)
{
    if (mpz_size(x) <= 1) {
        uint64_t u = (uint64_t)mpz_getlimbn(x, 0);
        u = u < p ? u : u % p; /* small entries need no division */
        return mpz_sgn(x) < 0 && u ? p - u : u;
    }
    return mpz_fdiv_ui(x, p);
}

/* The rank modulo p < 2^26 of the m x n matrix whose entry (i, j) is get(src, i, j), by the
 * BLAS LU (lu_modp.c): a lower bound for the rank over Q (0, a useless bound, if p divides a
 * denominator). */
static axle_status rank_modp_blas(size_t *rank, size_t m, size_t n, const ax_zmat *M,
                                  const axle_matrix *A)
{
    ax_dmodp F;
    ax_dmodp_init(&F, ax_dmodp_prev_prime(ax_dmodp_prime_bound(n)));
    *rank = 0;
    double *a = ax_malloc((m > 0 && n > 0 ? m * n : 1) * sizeof *a);
    if (!a)
        return ax_nomem();
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            uint64_t u;
            if (M) {
                u = mpz_mod_word(AX_Z(M, i, j), F.p);
            } else {
                mpq_srcptr q = AX_Q(A, i, j);
                u = mpz_mod_word(mpq_numref(q), F.p);
                if (mpz_cmp_ui(mpq_denref(q), 1) != 0) {
                    uint64_t d = mpz_mod_word(mpq_denref(q), F.p);
                    if (!d) {
                        free(a);
                        return AXLE_OK;
                    }
                    u = ax_mulmod(u, ax_invmod(d, F.p), F.p);
                }
            }
            a[i + j * m] = ax_dmodp_from_u64(&F, u);
        }
    axle_status s = ax_dmodp_lu(&F, a, m, n, m, rank, NULL, NULL);
    free(a);
    return s;
}

axle_status ax_qq_rank_lower(size_t *rank, const axle_matrix *A)
{
    return rank_modp_blas(rank, A->rows, A->cols, NULL, A);
}

/* The rank of M from LUs modulo primes alone, no echelon form: the rank modulo a prime is at most
 * the rank over Q, so the largest rank r seen is a lower bound, and once the product of the
 * primes used (each showing rank <= r) exceeds twice the Hadamard bound of the (r + 1) x (r + 1)
 * minors, every such minor, divisible by that product, is 0: rank M <= r. A prime showing a
 * larger rank raises r (the primes before it still count: their rank is below the new r too).
 * *done false when the prime stream ran out (the caller computes the echelon form). */
static axle_status rank_certified(size_t *rank, bool *done, const ax_zmat *M, size_t r)
{
    size_t m = M->rows, n = M->cols, mn = m < n ? m : n, mnn;
    *done = false;
    if (!ax_size_mul(&mnn, m, n) || mnn > SIZE_MAX / 16)
        return ax_error(AXLE_ERANGE, "matrix too large");
    ax_dsrc src;
    src.exact = NULL;
    double *a = ax_malloc(m * n * sizeof *a);
    mpz_t H, prod;
    mpz_inits(H, prod, NULL);
    mpz_set_ui(prod, 1);
    axle_status s = !a ? ax_nomem() : ax_dsrc_init(&src, M, NULL, m, ax_dmodp_prime_bound(mn));
    if (!s)
        s = minor_bound(H, M, r + 1);
    mpz_mul_2exp(H, H, 1); /* H is twice the bound from here on */
    ax_dmodp F;
    while (!s && r < mn && mpz_cmp(prod, H) <= 0) {
        if (!ax_dsrc_prime(&src, &F))
            goto done;
        size_t rq;
        ax_dsrc_residues(&src, &F, a);
        if ((s = ax_dmodp_lu(&F, a, m, n, m, &rq, NULL, NULL)))
            break;
        mpz_mul_ui(prod, prod, F.p);
        if (rq > r) {
            r = rq;
            if (!(s = minor_bound(H, M, r + 1)))
                mpz_mul_2exp(H, H, 1);
        }
    }
    if (!s) {
        *rank = r;
        *done = true;
    }
done:
    mpz_clears(H, prod, NULL);
    ax_dsrc_clear(&src);
    free(a);
    return s;
}

/* The rank modulo a prime is at most the rank over Q: full rank modulo p settles it (the nonzero
 * pivot minor is the proof). Otherwise more primes prove it (rank_certified), and only if their
 * stream ran out does the rank come with the certified echelon form. */
axle_status ax_zmat_rank(size_t *rank, const ax_zmat *M)
{
    size_t m = M->rows, n = M->cols, mn = m < n ? m : n, r = 0;
    axle_status s = mn ? rank_modp_blas(&r, m, n, M, NULL) : AXLE_OK;
    if (s)
        return s;
    if (r == mn) {
        *rank = r;
        return AXLE_OK;
    }
    bool done;
    if ((s = rank_certified(rank, &done, M, r)) || done)
        return s;
    ax_echelon E;
    if ((s = ax_echelon_compute(&E, M)))
        return s;
    *rank = E.rank;
    ax_echelon_clear(&E);
    return AXLE_OK;
}
