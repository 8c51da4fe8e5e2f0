/* Factorization of a square-free primitive integer polynomial (Zassenhaus; von zur Gathen &
 * Gerhard, Modern Computer Algebra, Algorithm 15.19):
 *
 *  1. choose a small odd prime p with p not dividing lc(f) and f square-free mod p; several such
 *     primes are tried (Berlekamp's kernel dimension, or above degree 1000 the distinct-degree
 *     factorization, counts the modular factors) and the one with the fewest factors is kept; one
 *     factor mod p proves f irreducible;
 *  2. factor f mod p (Berlekamp or Cantor–Zassenhaus by degree, nmod.c);
 *  3. lift the factorization to p^k > 2B (hensel.c), where B is the coefficient bound of
 *     GG 15.19 for lc(f) times any factor of f: B = sqrt(n+1) 2^n |f|_inf |lc(f)|, which follows
 *     from Mignotte's bound |g|_1 <= 2^deg(g) |f|_2 on a factor g, with |f|_2 <= sqrt(n+1) |f|_inf;
 *  4. recombine: for subsets S of the lifted factors of growing size s, b prod_S g_i mod p^k
 *     (symmetric residues, b the leading coefficient of what is left) is a true factor exactly
 *     when its primitive part divides what is left; cheap bound tests on the x^(d-1) coefficient
 *     (subleading_bound below) and on the constant coefficient reject almost every wrong subset
 *     first.
 *
 * Steps 1-3 are polynomial; step 4 is exponential in the number r of modular factors in the worst
 * case (sum over s <= r/2 of C(r, s) subsets), reached by polynomials with many modular factors
 * and few true factors, such as Swinnerton-Dyer polynomials (degree 2^m, at least 2^(m-1)
 * factors modulo every prime: about 2^15 subset tests at degree 32). */
#include <math.h>
#include <stdlib.h>

#include "exact/exact.h"

#define AX_PRIMES_TO_TRY 5
#define AX_PRIME_LIMIT (1u << 20)

void ax_zlist_clear(ax_zlist *L)
{
    for (size_t i = 0; i < L->n; i++)
        ax_zp_clear(&L->f[i]);
    free(L->f);
    free(L->mult);
    L->f = NULL;
    L->mult = NULL;
    L->n = L->cap = 0;
}

axle_status ax_zlist_push(ax_zlist *L, const ax_zpoly *f, unsigned long m)
{
    if (L->n == L->cap) {
        size_t cap = L->cap ? 2 * L->cap : 8;
        ax_zpoly *nf = ax_realloc(L->f, cap * sizeof *nf);
        if (!nf)
            return ax_nomem();
        L->f = nf;
        unsigned long *nm = ax_realloc(L->mult, cap * sizeof *nm);
        if (!nm)
            return ax_nomem();
        L->mult = nm;
        L->cap = cap;
    }
    ax_zp_init(&L->f[L->n]);
    axle_status s = ax_zp_set(&L->f[L->n], f);
    if (s) {
        ax_zp_clear(&L->f[L->n]);
        return s;
    }
    L->mult[L->n++] = m;
    return AXLE_OK;
}

/* *good: whether p is usable (p does not divide lc(f), f is square-free mod p); fp = f mod p made
 * monic. */
static axle_status good_prime(bool *good, ax_np *fp, const ax_zpoly *f, uint64_t p)
{
    *good = false;
    if (mpz_fdiv_ui(f->c[f->len - 1], (unsigned long)p) == 0)
        return AXLE_OK;
    ax_np d, g;
    ax_np_init(&d);
    ax_np_init(&g);
    axle_status s = ax_np_from_zp(fp, f, p);
    AX_STEP(s, ax_np_derivative(&d, fp, p));
    AX_STEP(s, ax_np_gcd(&g, fp, &d, p));
    *good = !s && g.len == 1;
    ax_np_make_monic(fp, p);
    ax_np_clear(&d);
    ax_np_clear(&g);
    return s;
}

/* B = ceil(sqrt(n+1)) 2^n |f|_inf |lc f|; k = least with p^k > 2B. */
static unsigned long lift_exponent(const ax_zpoly *f, uint64_t p)
{
    mpz_t B, A, pk;
    mpz_inits(B, A, pk, NULL);
    for (size_t i = 0; i < f->len; i++)
        if (mpz_cmpabs(f->c[i], A) > 0)
            mpz_abs(A, f->c[i]);
    size_t n = f->len - 1;
    mpz_sqrt(B, (mpz_set_ui(B, (unsigned long)n + 1), B));
    mpz_add_ui(B, B, 1);
    mpz_mul_2exp(B, B, n + 1);
    mpz_mul(B, B, A);
    mpz_mul(B, B, f->c[f->len - 1]);
    mpz_abs(B, B);
    /* from a lower estimate of k (one power, not k products of growing size: B has as many bits
     * as the largest coefficient, 10^5 digits and more) up to the least k */
    double est = (double)(mpz_sizeinbase(B, 2) - 1) / log2((double)p);
    unsigned long k = est > 2 ? (unsigned long)est - 1 : 1;
    mpz_ui_pow_ui(pk, (unsigned long)p, k);
    while (mpz_cmp(pk, B) <= 0) {
        mpz_mul_ui(pk, pk, (unsigned long)p);
        k++;
    }
    mpz_clears(B, A, pk, NULL);
    return k;
}

/* x mod M into the symmetric range (-M/2, M/2]. */
static void symmetric(mpz_t x, const mpz_t M, const mpz_t half)
{
    mpz_mod(x, x, M);
    if (mpz_cmp(x, half) > 0)
        mpz_sub(x, x, M);
}

typedef struct recomb {
    ax_zpoly *G;   /* lifted monic factors, reduced mod M */
    size_t r;      /* number of lifted factors */
    bool *used;    /* factors already moved into a true factor */
    mpz_t M, half; /* p^k and floor(p^k / 2) */
} recomb;

/* g = b prod_{i in S} G_i mod M, symmetric. */
static axle_status subset_product(ax_zpoly *g, const recomb *R, const size_t *S, size_t s,
                                  const mpz_t b)
{
    axle_status st = ax_zp_zero(g, 1);
    if (st)
        return st;
    mpz_set(g->c[0], b);
    for (size_t j = 0; j < s; j++) {
        if ((st = ax_zp_mul(g, g, &R->G[S[j]])))
            return st;
        for (size_t i = 0; i < g->len; i++)
            mpz_mod(g->c[i], g->c[i], R->M);
    }
    for (size_t i = 0; i < g->len; i++)
        symmetric(g->c[i], R->M, R->half);
    ax_zp_trim(g);
    return AXLE_OK;
}

/* D = |b| ((n - 1) ceil(|f|_2) + |b|) for f of degree n and leading coefficient b: by
 * Mignotte's bound |g_j| <= C(d-1, j) |f|_2 + C(d-1, j-1) |lc f| on the coefficients of a factor
 * g of degree d <= n (von zur Gathen & Gerhard, Modern Computer Algebra, Corollary 6.33), the
 * x^(d-1) coefficient of (b / lc g) g is at most |b| (|f|_2 + (d - 1) |b|) in absolute value;
 * D swaps the roles of |f|_2 and |b| and is never smaller (|f|_2 >= |b| and n >= d): a looser
 * bound, which only lets more subsets reach the exact division. D is far below the lifting
 * modulus, so the test rejects almost every wrong subset (the constant-term test alone does not
 * when the constant terms are units, as for x^n - 1). */
static void subleading_bound(mpz_t D, const ax_zpoly *f)
{
    mpz_t t;
    mpz_init(t);
    mpz_set_ui(D, 0);
    for (size_t i = 0; i < f->len; i++)
        mpz_addmul(D, f->c[i], f->c[i]);
    mpz_sqrtrem(D, t, D);
    if (mpz_sgn(t))
        mpz_add_ui(D, D, 1);
    mpz_mul_ui(D, D, (unsigned long)(f->len - 2));
    mpz_abs(t, f->c[f->len - 1]);
    mpz_add(D, D, t);
    mpz_mul(D, D, t);
    mpz_clear(t);
}

/* The search of the recombination: the lifted factors still in play and what is left of f. */
typedef struct search {
    recomb *R;
    ax_zpoly rest, g, q; /* the part of f not yet factored; a candidate factor; rest / g */
    size_t *idx;         /* the nl indices of the factors still in play */
    size_t nl;
    size_t *cmb;           /* the current combination: positions into idx, increasing */
    size_t *S;             /* the same combination as indices of factors */
    mpz_t b, target, c, D; /* lc(rest), b rest(0), scratch, the subleading bound of rest */
} search;

/* The two cheap tests on the combination cmb[0..s), which reject almost every wrong subset: the
 * x^(d-1) coefficient of b prod_S G_i (b times the sum of the G_i's subleading coefficients)
 * is at most D in absolute value, and its constant coefficient divides b rest(0). */
static bool plausible(search *X, size_t s)
{
    const recomb *R = X->R;
    mpz_set_ui(X->c, 0);
    for (size_t j = 0; j < s; j++) {
        const ax_zpoly *Gj = &R->G[X->idx[X->cmb[j]]];
        mpz_add(X->c, X->c, Gj->c[Gj->len - 2]);
    }
    mpz_mul(X->c, X->c, X->b);
    symmetric(X->c, R->M, R->half);
    if (mpz_cmpabs(X->c, X->D) > 0)
        return false;
    mpz_set(X->c, X->b);
    for (size_t j = 0; j < s; j++) {
        mpz_mul(X->c, X->c, R->G[X->idx[X->cmb[j]]].c[0]);
        mpz_mod(X->c, X->c, R->M);
    }
    symmetric(X->c, R->M, R->half);
    return mpz_sgn(X->c) != 0 && mpz_divisible_p(X->target, X->c);
}

/* The next combination of s positions out of nl in lexicographic order; false after the last. */
static bool next_combination(size_t *cmb, size_t s, size_t nl)
{
    size_t j = s;
    while (j > 0 && cmb[j - 1] == nl - s + (j - 1))
        j--;
    if (j == 0)
        return false;
    cmb[j - 1]++;
    for (size_t t = j; t < s; t++)
        cmb[t] = cmb[t - 1] + 1;
    return true;
}

/* *found: whether the primitive part of b prod_S G_i (S the combination) divides rest, which
 * makes it a true factor: then it is appended to L with multiplicity m, rest is divided by it and
 * its modular factors leave play. */
static axle_status try_combination(bool *found, search *X, ax_zlist *L, size_t s, unsigned long m)
{
    *found = false;
    for (size_t j = 0; j < s; j++)
        X->S[j] = X->idx[X->cmb[j]];
    axle_status st = subset_product(&X->g, X->R, X->S, s, X->b);
    if (st)
        return st;
    ax_zp_primitive(&X->g);
    if ((st = ax_zp_divides(found, &X->q, &X->rest, &X->g)) || !*found)
        return st;
    for (size_t j = 0; j < s; j++)
        X->R->used[X->S[j]] = true;
    st = ax_zlist_push(L, &X->g, m);
    AX_STEP(st, ax_zp_set(&X->rest, &X->q));
    return st;
}

/* Tries the subsets of s of the factors in play, in lexicographic order, up to the first true
 * factor (*found). */
static axle_status search_size(bool *found, search *X, ax_zlist *L, size_t s, unsigned long m)
{
    const recomb *R = X->R;
    X->nl = 0;
    for (size_t i = 0; i < R->r; i++)
        if (!R->used[i])
            X->idx[X->nl++] = i;
    mpz_set(X->b, X->rest.c[X->rest.len - 1]);
    mpz_mul(X->target, X->b, X->rest.c[0]);
    subleading_bound(X->D, &X->rest);
    for (size_t j = 0; j < s; j++)
        X->cmb[j] = j;
    *found = false;
    do {
        if (plausible(X, s)) {
            axle_status st = try_combination(found, X, L, s, m);
            if (st || *found)
                return st;
        }
    } while (next_combination(X->cmb, s, X->nl));
    return AXLE_OK;
}

/* The recombination: appends the true factors of f to L. f has f(0) != 0. Subsets grow in size
 * s while 2 s is at most the number of factors left in play (a larger true factor has a
 * cofactor of fewer modular factors, found first); what remains at the end is irreducible. */
static axle_status recombine(ax_zlist *L, const ax_zpoly *f, recomb *R, unsigned long m)
{
    search X = {.R = R};
    ax_zp_init(&X.rest);
    ax_zp_init(&X.g);
    ax_zp_init(&X.q);
    X.idx = ax_calloc(R->r, sizeof *X.idx);
    X.S = ax_calloc(R->r, sizeof *X.S);
    X.cmb = ax_calloc(R->r, sizeof *X.cmb);
    mpz_inits(X.b, X.target, X.c, X.D, NULL);
    axle_status s = X.idx && X.S && X.cmb ? ax_zp_set(&X.rest, f) : ax_nomem();
    size_t left = R->r;
    for (size_t k = 1; !s && 2 * k <= left;) {
        bool found;
        s = search_size(&found, &X, L, k, m);
        if (found)
            left -= k;
        else
            k++;
    }
    if (!s && X.rest.len > 1) {
        ax_zp_primitive(&X.rest);
        s = ax_zlist_push(L, &X.rest, m);
    }
    free(X.idx);
    free(X.S);
    free(X.cmb);
    mpz_clears(X.b, X.target, X.c, X.D, NULL);
    ax_zp_clear(&X.rest);
    ax_zp_clear(&X.g);
    ax_zp_clear(&X.q);
    return s;
}

/* f with f(0) != 0, deg f >= 2. */
static axle_status factor_nonzero_constant(ax_zlist *L, const ax_zpoly *f, unsigned long m)
{
    /* the modular work below grows like n^3 and took minutes at degree 2048: refuse first */
    if (f->len - 1 > AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "factorization: a square-free factor of degree %zu needs the general "
                        "modular factorization, limited to degree %d "
                        "(AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE; x^n +- 1 and binomials split by "
                        "Capelli's theorem are exempt up to AXLE_POLY_FACTOR_MAX_DEGREE)",
                        f->len - 1, AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE);
    ax_np fp, best;
    ax_np_init(&fp);
    ax_np_init(&best);
    uint64_t p = 2, bestp = 0; /* odd primes from 3 on */
    size_t bestr = 0;
    int found = 0;
    axle_status s = AXLE_OK;
    while (!s && found < AX_PRIMES_TO_TRY && (p = ax_next_prime(p)) < AX_PRIME_LIMIT) {
        bool good;
        if ((s = good_prime(&good, &fp, f, p)) || !good)
            continue;
        size_t r;
        if ((s = ax_np_count_factors(&r, &fp, p)))
            break;
        found++;
        if (bestp == 0 || r < bestr) {
            bestp = p;
            bestr = r;
            s = ax_np_set(&best, &fp);
        }
        if (r == 1)
            break;
    }
    if (!s && bestp == 0)
        s = ax_error(AXLE_ERANGE, "no prime below 2^20 keeps the polynomial square-free");
    else if (!s && bestr == 1)
        s = ax_zlist_push(L, f, m);
    if (s || bestr == 1) {
        ax_np_clear(&fp);
        ax_np_clear(&best);
        return s;
    }
    uint64_t seed = 0x5eed ^ bestp;
    ax_np *g = NULL;
    size_t r = 0;
    if ((s = ax_np_factor(&g, &r, &best, bestp, &seed))) {
        ax_np_clear(&fp);
        ax_np_clear(&best);
        return s;
    }
    recomb R;
    R.r = r;
    R.G = ax_calloc(r, sizeof *R.G);
    R.used = ax_calloc(r, sizeof *R.used);
    mpz_inits(R.M, R.half, NULL);
    s = R.G && R.used ? AXLE_OK : ax_nomem();
    if (!s) {
        for (size_t i = 0; i < r; i++)
            ax_zp_init(&R.G[i]);
        unsigned long k = lift_exponent(f, bestp);
        mpz_ui_pow_ui(R.M, (unsigned long)bestp, k);
        mpz_fdiv_q_2exp(R.half, R.M, 1);
        s = ax_hensel_lift(R.G, f, g, r, bestp, k);
    }
    AX_STEP(s, recombine(L, f, &R, m));
    for (size_t i = 0; R.G && i < r; i++)
        ax_zp_clear(&R.G[i]);
    free(R.G);
    free(R.used);
    mpz_clears(R.M, R.half, NULL);
    for (size_t i = 0; i < r; i++)
        ax_np_clear(&g[i]);
    free(g);
    ax_np_clear(&fp);
    ax_np_clear(&best);
    return s;
}

/* x^n - 1 = prod_{d | n} Phi_d and x^n + 1 = prod_{d | 2n, d not dividing n} Phi_d, the Phi_d
 * irreducible over Q: no modular work at all. */
static axle_status factor_binomial(ax_zlist *L, unsigned long n, int sign, unsigned long m)
{
    ax_zpoly phi;
    ax_zp_init(&phi);
    axle_status s = AXLE_OK;
    unsigned long top = sign < 0 ? n : 2 * n;
    for (unsigned long d = 1; !s && d <= top; d++)
        if (top % d == 0 && (sign < 0 || n % d != 0)) {
            s = ax_zp_cyclotomic(&phi, d);
            AX_STEP(s, ax_zlist_push(L, &phi, m));
        }
    ax_zp_clear(&phi);
    return s;
}

static bool is_binomial(const ax_zpoly *f)
{
    for (size_t i = 1; i + 1 < f->len; i++)
        if (mpz_sgn(f->c[i]))
            return false;
    return f->len >= 3;
}

/* Whether u/v (coprime, v > 0) is a k-th power in Q. */
static bool is_qpower(const mpz_t u, const mpz_t v, unsigned long k, mpz_t t)
{
    if (mpz_sgn(u) < 0 && k % 2 == 0)
        return false;
    mpz_abs(t, u);
    return mpz_root(t, t, k) && mpz_root(t, v, k);
}

/* Capelli's theorem: x^n - u/v (u/v in lowest terms, v > 0, u != 0) is irreducible over Q iff
 * u/v is not a p-th power for any prime p | n, and not in -4 Q^4 when 4 | n. */
static bool capelli_irreducible(unsigned long n, const mpz_t u, const mpz_t v)
{
    mpz_t t, a, b;
    mpz_inits(t, a, b, NULL);
    bool irr = true;
    unsigned long k = n;
    for (unsigned long p = 2; irr && p <= k; p++)
        if (k % p == 0) {
            irr = !is_qpower(u, v, p, t);
            while (k % p == 0)
                k /= p;
        }
    if (irr && n % 4 == 0 && mpz_sgn(u) < 0) { /* -u/(4v) a 4th power? */
        mpz_neg(a, u);
        mpz_mul_ui(b, v, 4);
        mpz_gcd(t, a, b);
        mpz_divexact(a, a, t);
        mpz_divexact(b, b, t);
        irr = !is_qpower(a, b, 4, t);
    }
    mpz_clears(t, a, b, NULL);
    return irr;
}

static axle_status factor_nonzero_constant(ax_zlist *L, const ax_zpoly *f, unsigned long m);

/* a x^n + b (n >= 2, a > 0, b != 0, primitive): x^n = β = -b/a. With g the largest divisor of n
 * such that β = γ^g in Q, x^n - γ^g has the factors x^(n/g) - γ and (g even) x^(n/g) + γ; each
 * is pushed as is when Capelli's theorem proves it irreducible, else factored the general way,
 * and so is the cofactor. Most binomials thus need no modular work (x^2000 - 100 took over a
 * minute of Cantor-Zassenhaus). */
static axle_status factor_general_binomial(ax_zlist *L, const ax_zpoly *f, unsigned long m)
{
    unsigned long n = (unsigned long)f->len - 1, g = 1;
    mpz_t u, v, t, gu, gv;
    mpz_inits(u, v, t, gu, gv, NULL);
    mpz_neg(u, f->c[0]);
    mpz_set(v, f->c[n]); /* coprime: f is primitive */
    for (unsigned long d = n; d >= 2 && g == 1; d--)
        if (n % d == 0 && is_qpower(u, v, d, t))
            g = d;
    /* γ = gu / gv */
    mpz_abs(gu, u);
    mpz_root(gu, gu, g);
    if (mpz_sgn(u) < 0)
        mpz_neg(gu, gu);
    mpz_root(gv, v, g);
    unsigned long k = n / g;
    ax_zpoly h, rest, q;
    ax_zp_init(&h);
    ax_zp_init(&rest);
    ax_zp_init(&q);
    axle_status s = ax_zp_set(&rest, f);
    AX_STEP(s, ax_zp_zero(&h, k + 1));
    for (int sign = 1; !s && sign >= (g % 2 ? 1 : -1); sign -= 2) {
        /* gv x^k - sign gu */
        mpz_set(h.c[k], gv);
        mpz_mul_si(h.c[0], gu, -sign);
        bool div;
        if ((s = ax_zp_divides(&div, &q, &rest, &h)) || !div) /* !div cannot happen: γ^g = β */
            continue;
        if ((s = ax_zp_set(&rest, &q)))
            break;
        mpz_mul_si(t, gu, sign);
        if (k == 1 || capelli_irreducible(k, t, gv))
            s = ax_zlist_push(L, &h, m);
        else
            s = factor_nonzero_constant(L, &h, m);
    }
    if (!s && rest.len > 1)
        s = rest.len == 2 ? ax_zlist_push(L, &rest, m) : factor_nonzero_constant(L, &rest, m);
    ax_zp_clear(&h);
    ax_zp_clear(&rest);
    ax_zp_clear(&q);
    mpz_clears(u, v, t, gu, gv, NULL);
    return s;
}

axle_status ax_zp_factor_squarefree(ax_zlist *L, const ax_zpoly *f, unsigned long m)
{
    if (f->len <= 2) /* degree 1 */
        return ax_zlist_push(L, f, m);
    int sign;
    unsigned long n = ax_zp_binomial_unit(f, &sign);
    if (n)
        return factor_binomial(L, n, sign, m);
    if (mpz_sgn(f->c[0]) != 0 && is_binomial(f))
        return factor_general_binomial(L, f, m);
    if (mpz_sgn(f->c[0]) != 0)
        return factor_nonzero_constant(L, f, m);
    /* f = x g with g(0) != 0 (f is square-free) */
    ax_zpoly x, g;
    ax_zp_init(&x);
    ax_zp_init(&g);
    axle_status s = ax_zp_zero(&x, 2);
    AX_STEP(s, ax_zp_zero(&g, f->len - 1));
    if (!s) {
        mpz_set_ui(x.c[1], 1);
        for (size_t i = 1; i < f->len; i++)
            mpz_set(g.c[i - 1], f->c[i]);
        s = ax_zlist_push(L, &x, m);
    }
    AX_STEP(s, ax_zp_factor_squarefree(L, &g, m));
    ax_zp_clear(&x);
    ax_zp_clear(&g);
    return s;
}
