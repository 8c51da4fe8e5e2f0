/* Multifactor Hensel lifting (von zur Gathen & Gerhard, Modern Computer Algebra, Algorithms 15.10
 * and 15.17): the modular factors are split into a balanced binary tree; at each node the
 * factorization f = g h (mod p) and the Bezout relation s g + t h = 1 (mod p) are lifted
 * quadratically along the precision chain 1, ..., ceil(k/4), ceil(k/2), k (every step at most
 * doubles the exponent), and the two lifted halves are lifted further in the children. All
 * polynomials are monic, reduced into [0, p^k). The last step does not lift s and t.
 *
 * Products of the (nonnegative, reduced) polynomials use Kronecker substitution: pack each
 * polynomial into one big integer with slots wide enough for a coefficient of the product,
 * multiply with GMP (subquadratic), unpack. Cost of a full lift: O(M(n log p^k) log k log r). */
#include <stdlib.h>
#include <string.h>

#include "exact/exact.h"

/* f mod M into [0, M), trimmed. */
static void polmod(ax_zpoly *f, const mpz_t M)
{
    for (size_t i = 0; i < f->len; i++)
        mpz_mod(f->c[i], f->c[i], M);
    ax_zp_trim(f);
}

/* Pack f (nonnegative coefficients) into x with slots of sl limbs. */
static void pack(mpz_t x, const ax_zpoly *f, size_t sl)
{
    size_t total = f->len * sl;
    mp_limb_t *w = mpz_limbs_write(x, (mp_size_t)total);
    memset(w, 0, total * sizeof *w);
    for (size_t i = 0; i < f->len; i++) {
        size_t n = mpz_size(f->c[i]);
        if (n)
            memcpy(w + i * sl, mpz_limbs_read(f->c[i]), n * sizeof *w);
    }
    mpz_limbs_finish(x, (mp_size_t)total);
}

/* r = a b for nonnegative a, b (Kronecker substitution when both are long enough). */
static axle_status mul_nonneg(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b)
{
    if (a->len < 8 || b->len < 8)
        return ax_zp_mul(r, a, b);
    size_t bits = 0;
    for (size_t i = 0; i < a->len; i++)
        if (mpz_sizeinbase(a->c[i], 2) > bits)
            bits = mpz_sizeinbase(a->c[i], 2);
    size_t bbits = 0;
    for (size_t i = 0; i < b->len; i++)
        if (mpz_sizeinbase(b->c[i], 2) > bbits)
            bbits = mpz_sizeinbase(b->c[i], 2);
    size_t shorter = a->len < b->len ? a->len : b->len, lenbits = 1;
    while (((size_t)1 << lenbits) <= shorter)
        lenbits++;
    size_t slot_bits = bits + bbits + lenbits + 1;
    size_t sl = (slot_bits + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS;
    size_t n = a->len + b->len - 1;
    mpz_t x, y;
    mpz_init(x);
    mpz_init(y);
    pack(x, a, sl);
    pack(y, b, sl);
    mpz_mul(x, x, y);
    axle_status s = ax_zp_zero(r, n);
    if (!s) {
        const mp_limb_t *w = mpz_limbs_read(x);
        size_t size = mpz_size(x);
        for (size_t i = 0; i < n; i++) {
            size_t lo = i * sl;
            if (lo >= size)
                break;
            size_t cnt = size - lo < sl ? size - lo : sl;
            mp_limb_t *d = mpz_limbs_write(r->c[i], (mp_size_t)cnt);
            memcpy(d, w + lo, cnt * sizeof *d);
            mpz_limbs_finish(r->c[i], (mp_size_t)cnt);
        }
        ax_zp_trim(r);
    }
    mpz_clear(x);
    mpz_clear(y);
    return s;
}

/* r = a b mod M (a, b reduced). */
static axle_status mulmod(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b, const mpz_t M)
{
    axle_status s = mul_nonneg(r, a, b);
    if (!s)
        polmod(r, M);
    return s;
}

/* q, r with a = q h + r mod M, h monic (reduced); r may alias a. */
static axle_status divrem_monic(ax_zpoly *q, ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *h,
                                const mpz_t M)
{
    size_t dh = h->len - 1;
    size_t qlen = a->len > dh ? a->len - dh : 0;
    axle_status s;
    if ((s = ax_zp_set(r, a)) || (s = ax_zp_zero(q, qlen)))
        return s;
    for (size_t i = qlen; i-- > 0;) {
        mpz_mod(q->c[i], r->c[i + dh], M);
        if (mpz_sgn(q->c[i]) == 0)
            continue;
        for (size_t j = 0; j < dh; j++)
            mpz_submul(r->c[i + j], q->c[i], h->c[j]);
    }
    if (r->len > dh)
        r->len = dh;
    polmod(r, M);
    ax_zp_trim(q);
    return AXLE_OK;
}

/* r = a + b mod M */
static axle_status addmod(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b, const mpz_t M)
{
    size_t n = a->len > b->len ? a->len : b->len;
    axle_status s = ax_zp_fit(r, n);
    if (s)
        return s;
    for (size_t i = 0; i < n; i++) {
        if (i < a->len && i < b->len)
            mpz_add(r->c[i], a->c[i], b->c[i]);
        else if (i < a->len)
            mpz_set(r->c[i], a->c[i]);
        else
            mpz_set(r->c[i], b->c[i]);
    }
    r->len = n;
    polmod(r, M);
    return AXLE_OK;
}

static axle_status from_np(ax_zpoly *r, const ax_np *f)
{
    axle_status s = ax_zp_zero(r, f->len);
    if (s)
        return s;
    for (size_t i = 0; i < f->len; i++)
        mpz_set_ui(r->c[i], (unsigned long)f->c[i]);
    return AXLE_OK;
}

/* ---- the lifting step in delta form ----------------------------------------------------------
 * One step lifts from m = p^a to M = p^a' (a < a' <= 2a) with every correction computed modulo
 * the cofactor m2 = p^(a' - a) <= m (von zur Gathen & Gerhard 15.10 rewritten as in Shoup's and
 * FLINT's implementations): since f - g h = 0 mod m, the error e = (f - g h) / m is taken mod m2,
 * the corrections are computed mod m2 and added multiplied by m. Products are therefore of
 * half-size numbers. The two divisions by the monic h use a precomputed inverse I of the reversed
 * h modulo x^L (a quotient is then one truncated product: Newton division), and I is lifted with
 * g, h, s, t by one p-adic Newton step. The last step lifts only g and h. */

/* f = (f / m) mod m2, every coefficient of f divisible by m. */
static void divexact_mod(ax_zpoly *f, const mpz_t m, const mpz_t m2)
{
    for (size_t i = 0; i < f->len; i++) {
        mpz_divexact(f->c[i], f->c[i], m);
        mpz_mod(f->c[i], f->c[i], m2);
    }
    ax_zp_trim(f);
}

/* r = a mod M */
static axle_status reduce(ax_zpoly *r, const ax_zpoly *a, const mpz_t M)
{
    axle_status s = ax_zp_fit(r, a->len);
    if (s)
        return s;
    for (size_t i = 0; i < a->len; i++)
        mpz_mod(r->c[i], a->c[i], M);
    r->len = a->len;
    ax_zp_trim(r);
    return AXLE_OK;
}

static void truncate(ax_zpoly *f, size_t L)
{
    if (f->len > L)
        f->len = L;
    ax_zp_trim(f);
}

/* x = x + m y (x, y nonnegative: the result stays nonnegative). */
static axle_status add_scaled(ax_zpoly *x, const mpz_t m, const ax_zpoly *y)
{
    size_t old = x->len;
    if (y->len > old) {
        axle_status s = ax_zp_fit(x, y->len);
        if (s)
            return s;
        for (size_t i = old; i < y->len; i++)
            mpz_set_ui(x->c[i], 0);
        x->len = y->len;
    }
    for (size_t i = 0; i < y->len; i++)
        mpz_addmul(x->c[i], m, y->c[i]);
    return AXLE_OK;
}

/* f = (-f) mod m2 */
static void negmod(ax_zpoly *f, const mpz_t m2)
{
    for (size_t i = 0; i < f->len; i++) {
        mpz_neg(f->c[i], f->c[i]);
        mpz_mod(f->c[i], f->c[i], m2);
    }
    ax_zp_trim(f);
}

/* r = the first n coefficients of f reversed as a polynomial of length n (r_i = f_(n-1-i)). */
static axle_status reverse(ax_zpoly *r, const ax_zpoly *f, size_t n)
{
    axle_status s = ax_zp_zero(r, n);
    if (s)
        return s;
    for (size_t i = 0; i < n && i < f->len; i++)
        mpz_set(r->c[n - 1 - i], f->c[i]);
    ax_zp_trim(r);
    return AXLE_OK;
}

enum { T_E, T_Q, T_R, T_U, T_V, T_B, T_C, T_D, T_DG, T_GM, T_HM, T_SM, T_TM, T_IM, T_X, T_COUNT };

/* q, r with a = q h + r mod m2 (h monic, reduced mod m2), using I = 1 / rev(h) mod (x^L, m2).
 * x is scratch. */
static axle_status divrem_inv(ax_zpoly *q, ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *h,
                              const ax_zpoly *I, size_t L, const mpz_t m2, ax_zpoly *x)
{
    size_t dh = h->len - 1;
    if (a->len <= dh) {
        q->len = 0;
        return reduce(r, a, m2);
    }
    size_t lq = a->len - dh;
    if (lq > L) /* not expected: the classical division */
        return divrem_monic(q, r, a, h, m2);
    /* rev(q) = rev(a) / rev(h) mod x^lq */
    axle_status s;
    if ((s = ax_zp_zero(x, lq)))
        return s;
    for (size_t i = 0; i < lq; i++)
        mpz_set(x->c[i], a->c[a->len - 1 - i]);
    ax_zp_trim(x);
    if ((s = mul_nonneg(q, x, I)))
        return s;
    truncate(q, lq);
    if ((s = reduce(x, q, m2)) || (s = reverse(q, x, lq)))
        return s;
    /* r = a - q h mod x^dh */
    if ((s = mul_nonneg(x, q, h)))
        return s;
    truncate(x, dh);
    if ((s = ax_zp_fit(r, dh)))
        return s;
    for (size_t i = 0; i < dh; i++) {
        if (i < a->len)
            mpz_set(r->c[i], a->c[i]);
        else
            mpz_set_ui(r->c[i], 0);
        if (i < x->len)
            mpz_sub(r->c[i], r->c[i], x->c[i]);
        mpz_mod(r->c[i], r->c[i], m2);
    }
    r->len = dh;
    ax_zp_trim(r);
    return AXLE_OK;
}

/* One step from m to M = m m2 (m2 | m): f = g h mod m, s g + t h = 1 mod m, I rev(h) = 1 mod
 * (x^L, m) become the same relations mod M (only g, h when last). f is reduced mod p^k. */
static axle_status hensel_step(const ax_zpoly *f, ax_zpoly *g, ax_zpoly *h, ax_zpoly *s,
                               ax_zpoly *t, ax_zpoly *I, size_t L, const mpz_t m, const mpz_t m2,
                               const mpz_t M, bool last, ax_zpoly *w)
{
    ax_zpoly *e = &w[T_E], *q = &w[T_Q], *r = &w[T_R], *u = &w[T_U], *v = &w[T_V], *b = &w[T_B],
             *c = &w[T_C], *d = &w[T_D], *dg = &w[T_DG], *gm = &w[T_GM], *hm = &w[T_HM],
             *sm = &w[T_SM], *tm = &w[T_TM], *Im = &w[T_IM], *x = &w[T_X];
    axle_status st = AXLE_OK;
    AX_STEP(st, reduce(gm, g, m2));
    AX_STEP(st, reduce(hm, h, m2));
    AX_STEP(st, reduce(Im, I, m2));
    AX_STEP(st, reduce(sm, s, m2));
    AX_STEP(st, reduce(tm, t, m2));
    /* e = (f - g h) / m mod m2 */
    AX_STEP(st, mul_nonneg(u, g, h));
    AX_STEP(st, ax_zp_sub(e, f, u));
    if (st)
        return st;
    divexact_mod(e, m, m2);
    /* (q, r) = divrem(s e, h); dg = t e + q g (mod m2); g* = g + m dg, h* = h + m r */
    AX_STEP(st, mulmod(u, sm, e, m2));
    AX_STEP(st, divrem_inv(q, r, u, hm, Im, L, m2, x));
    AX_STEP(st, mulmod(u, tm, e, m2));
    AX_STEP(st, mulmod(v, q, gm, m2));
    AX_STEP(st, addmod(dg, u, v, m2));
    if (st)
        return st;
    if (!last) {
        /* b = (s g* + t h* - 1) / m = (s g + t h - 1) / m + s dg + t r (mod m2) */
        AX_STEP(st, mul_nonneg(u, s, g));
        AX_STEP(st, mul_nonneg(v, t, h));
        AX_STEP(st, addmod(b, u, v, M));
        if (!st && !b->len)
            st = ax_zp_zero(b, 1);
        if (st)
            return st;
        mpz_sub_ui(b->c[0], b->c[0], 1);
        divexact_mod(b, m, m2);
        AX_STEP(st, mulmod(u, sm, dg, m2));
        AX_STEP(st, addmod(b, b, u, m2));
        AX_STEP(st, mulmod(u, tm, r, m2));
        AX_STEP(st, addmod(b, b, u, m2));
        /* (c, d) = divrem(s b, h); s* = s - m d, t* = t - m (t b + c g) */
        AX_STEP(st, mulmod(u, sm, b, m2));
        AX_STEP(st, divrem_inv(c, d, u, hm, Im, L, m2, x));
        AX_STEP(st, mulmod(u, tm, b, m2));
        AX_STEP(st, mulmod(v, c, gm, m2));
        AX_STEP(st, addmod(u, u, v, m2));
        if (st)
            return st;
        negmod(d, m2);
        negmod(u, m2);
        AX_STEP(st, add_scaled(s, m, d));
        AX_STEP(st, add_scaled(t, m, u));
    }
    AX_STEP(st, add_scaled(g, m, dg));
    AX_STEP(st, add_scaled(h, m, r));
    if (st || last)
        return st;
    /* I* = I + m (I err mod m2), err = (1 - rev(h*) I) / m mod (x^L, m2) */
    size_t dh = h->len - 1;
    if ((st = reverse(v, h, dh + 1)))
        return st;
    truncate(v, L);
    if ((st = mul_nonneg(u, v, I)))
        return st;
    truncate(u, L);
    if (!u->len && (st = ax_zp_zero(u, 1)))
        return st;
    mpz_sub_ui(u->c[0], u->c[0], 1);
    divexact_mod(u, m, m2);
    negmod(u, m2);
    if ((st = mulmod(v, Im, u, m2)))
        return st;
    truncate(v, L);
    return add_scaled(I, m, v);
}

typedef struct lifter {
    const ax_np *g;
    ax_zpoly *G;
    uint64_t p;
    unsigned long k;
    unsigned long *chain; /* precisions 1 = chain[n-1] < ... < chain[0] = k */
    size_t nchain;
    ax_zpoly w[T_COUNT];
} lifter;

/* I = 1 / rev(h) mod (x^L, p) for monic h (rev(h) has constant term 1). */
static axle_status series_inverse(ax_zpoly *I, const ax_np *h, size_t L, uint64_t p)
{
    size_t dh = h->len - 1;
    uint64_t *v = ax_calloc(L, sizeof *v);
    if (!v)
        return ax_nomem();
    v[0] = 1;
    for (size_t k = 1; k < L; k++) {
        uint64_t acc = 0;
        for (size_t j = 1; j <= dh && j <= k; j++)
            acc = (acc + h->c[dh - j] * v[k - j]) % p;
        v[k] = (p - acc) % p;
    }
    axle_status s = ax_zp_zero(I, L);
    for (size_t i = 0; !s && i < L; i++)
        mpz_set_ui(I->c[i], (unsigned long)v[i]);
    free(v);
    if (!s)
        ax_zp_trim(I);
    return s;
}

/* Lift the monic F (reduced mod p^k, F = prod g[lo..hi) mod p) into G[lo..hi). */
static axle_status lift_node(lifter *L, const ax_zpoly *F, size_t lo, size_t hi)
{
    if (hi - lo == 1)
        return ax_zp_set(&L->G[lo], F);
    size_t mid = lo + (hi - lo) / 2;
    ax_np a, b, gg, s0, t0;
    ax_np_init(&a);
    ax_np_init(&b);
    ax_np_init(&gg);
    ax_np_init(&s0);
    ax_np_init(&t0);
    axle_status s = ax_np_set(&a, &L->g[lo]);
    AX_STEP(s, ax_np_set(&b, &L->g[mid]));
    for (size_t i = lo + 1; !s && i < mid; i++)
        s = ax_np_mul(&a, &a, &L->g[i], L->p);
    for (size_t i = mid + 1; !s && i < hi; i++)
        s = ax_np_mul(&b, &b, &L->g[i], L->p);
    AX_STEP(s, ax_np_xgcd(&gg, &s0, &t0, &a, &b, L->p));
    ax_zpoly g, h, sz, t, I;
    ax_zp_init(&g);
    ax_zp_init(&h);
    ax_zp_init(&sz);
    ax_zp_init(&t);
    ax_zp_init(&I);
    size_t len = F->len - 1; /* quotients in the steps are shorter than deg F */
    AX_STEP(s, from_np(&g, &a));
    AX_STEP(s, from_np(&h, &b));
    AX_STEP(s, from_np(&sz, &s0));
    AX_STEP(s, from_np(&t, &t0));
    AX_STEP(s, series_inverse(&I, &b, len, L->p));
    mpz_t m, m2, M;
    mpz_inits(m, m2, M, NULL);
    for (size_t j = L->nchain - 1; !s && j-- > 0;) {
        unsigned long a0 = L->chain[j + 1], a1 = L->chain[j];
        mpz_ui_pow_ui(m, (unsigned long)L->p, a0);
        mpz_ui_pow_ui(m2, (unsigned long)L->p, a1 - a0);
        mpz_mul(M, m, m2);
        s = hensel_step(F, &g, &h, &sz, &t, &I, len, m, m2, M, j == 0, L->w);
    }
    AX_STEP(s, lift_node(L, &g, lo, mid));
    AX_STEP(s, lift_node(L, &h, mid, hi));
    mpz_clears(m, m2, M, NULL);
    ax_np_clear(&a);
    ax_np_clear(&b);
    ax_np_clear(&gg);
    ax_np_clear(&s0);
    ax_np_clear(&t0);
    ax_zp_clear(&g);
    ax_zp_clear(&h);
    ax_zp_clear(&sz);
    ax_zp_clear(&t);
    ax_zp_clear(&I);
    return s;
}

axle_status ax_hensel_lift(ax_zpoly *G, const ax_zpoly *f, const ax_np *g, size_t r, uint64_t p,
                           unsigned long k)
{
    lifter L;
    L.g = g;
    L.G = G;
    L.p = p;
    L.k = k;
    /* the precision chain k, ceil(k/2), ..., 1: every step at most doubles the exponent */
    L.nchain = 1;
    for (unsigned long e = k; e > 1; e = (e + 1) / 2)
        L.nchain++;
    L.chain = ax_calloc(L.nchain, sizeof *L.chain);
    if (!L.chain)
        return ax_nomem();
    L.chain[0] = k;
    for (size_t i = 1; i < L.nchain; i++)
        L.chain[i] = (L.chain[i - 1] + 1) / 2;
    for (size_t i = 0; i < T_COUNT; i++)
        ax_zp_init(&L.w[i]);
    /* F = f / lc(f) mod p^k: monic */
    mpz_t pk, inv;
    mpz_inits(pk, inv, NULL);
    mpz_ui_pow_ui(pk, (unsigned long)p, k);
    ax_zpoly F;
    ax_zp_init(&F);
    axle_status s = ax_zp_set(&F, f);
    if (!s && !mpz_invert(inv, f->c[f->len - 1], pk))
        s = ax_error(AXLE_EDOMAIN, "Hensel lifting needs lc(f) prime to p");
    if (!s) {
        for (size_t i = 0; i < F.len; i++)
            mpz_mul(F.c[i], F.c[i], inv);
        polmod(&F, pk);
        s = lift_node(&L, &F, 0, r);
    }
    ax_zp_clear(&F);
    mpz_clears(pk, inv, NULL);
    for (size_t i = 0; i < T_COUNT; i++)
        ax_zp_clear(&L.w[i]);
    free(L.chain);
    return s;
}
