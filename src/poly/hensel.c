/* Multifactor Hensel lifting (von zur Gathen & Gerhard, Modern Computer Algebra, Algorithms 15.10
 * and 15.17): the modular factors are split into a balanced binary tree; at each node the
 * factorization f = g h (mod p) and the Bezout relation s g + t h = 1 (mod p) are lifted
 * quadratically, p -> p^2 -> p^4 -> ... -> p^k (the last step capped at p^k), and the two lifted
 * halves are lifted further in the children. All polynomials are monic, reduced into [0, p^k).
 *
 * Products of the (nonnegative, reduced) polynomials use Kronecker substitution: pack each
 * polynomial into one big integer with slots wide enough for a coefficient of the product,
 * multiply with GMP (subquadratic), unpack. Cost of a full lift: O(M(n log p^k) log k log r). */
#include <stdlib.h>
#include <string.h>

#include "poly/poly_impl.h"

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
static bool mul_nonneg(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b)
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
    bool ok = ax_zp_zero(r, n);
    if (ok) {
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
    return ok;
}

/* r = a b mod M (a, b reduced). */
static bool mulmod(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b, const mpz_t M)
{
    if (!mul_nonneg(r, a, b))
        return false;
    polmod(r, M);
    return true;
}

/* q, r with a = q h + r mod M, h monic (reduced); r may alias a. */
static bool divrem_monic(ax_zpoly *q, ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *h,
                         const mpz_t M)
{
    if (!ax_zp_set(r, a))
        return false;
    size_t dh = h->len - 1;
    size_t qlen = r->len > dh ? r->len - dh : 0;
    if (!ax_zp_zero(q, qlen))
        return false;
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
    return true;
}

/* r = a + b mod M */
static bool addmod(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b, const mpz_t M)
{
    size_t n = a->len > b->len ? a->len : b->len;
    if (!ax_zp_fit(r, n))
        return false;
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
    return true;
}

/* r = a - b mod M */
static bool submod(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b, const mpz_t M)
{
    if (!ax_zp_sub(r, a, b))
        return false;
    polmod(r, M);
    return true;
}

static bool from_np(ax_zpoly *r, const ax_np *f)
{
    if (!ax_zp_zero(r, f->len))
        return false;
    for (size_t i = 0; i < f->len; i++)
        mpz_set_ui(r->c[i], (unsigned long)f->c[i]);
    return true;
}

enum { T_E, T_Q, T_R, T_U, T_B, T_C, T_D, T_COUNT };

/* One quadratic step (GG Algorithm 15.10) modulo M (m | M | m^2): f = g h, s g + t h = 1. */
static bool hensel_step(const ax_zpoly *f, ax_zpoly *g, ax_zpoly *h, ax_zpoly *s, ax_zpoly *t,
                        const mpz_t M, ax_zpoly *w)
{
    ax_zpoly *e = &w[T_E], *q = &w[T_Q], *r = &w[T_R], *u = &w[T_U], *b = &w[T_B], *c = &w[T_C],
             *d = &w[T_D];
    /* e = f - g h */
    bool ok = mulmod(u, g, h, M) && ax_zp_set(e, f);
    if (!ok)
        return false;
    polmod(e, M);
    ok = submod(e, e, u, M);
    /* (q, r) = divrem(s e, h); g* = g + t e + q g; h* = h + r */
    ok = ok && mulmod(u, s, e, M) && divrem_monic(q, r, u, h, M);
    ok = ok && mulmod(u, t, e, M) && addmod(u, u, g, M) && mulmod(b, q, g, M) &&
         addmod(g, u, b, M) && addmod(h, h, r, M);
    if (!ok)
        return false;
    /* b = s g* + t h* - 1 */
    ok = mulmod(u, s, g, M) && mulmod(b, t, h, M) && addmod(b, b, u, M);
    if (!ok)
        return false;
    if (b->len == 0 && !ax_zp_zero(b, 1))
        return false;
    mpz_sub_ui(b->c[0], b->c[0], 1);
    polmod(b, M);
    /* (c, d) = divrem(s b, h*); s* = s - d; t* = t - t b - c g* */
    ok = mulmod(u, s, b, M) && divrem_monic(c, d, u, h, M) && submod(s, s, d, M);
    ok = ok && mulmod(u, t, b, M) && submod(t, t, u, M) && mulmod(u, c, g, M) && submod(t, t, u, M);
    return ok;
}

typedef struct lifter {
    const ax_np *g;
    ax_zpoly *G;
    uint64_t p;
    unsigned long k;
    ax_zpoly w[T_COUNT];
} lifter;

/* Lift the monic F (reduced mod p^k, F = prod g[lo..hi) mod p) into G[lo..hi). */
static bool lift_node(lifter *L, const ax_zpoly *F, size_t lo, size_t hi)
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
    bool ok = ax_np_set(&a, &L->g[lo]) && ax_np_set(&b, &L->g[mid]);
    for (size_t i = lo + 1; ok && i < mid; i++)
        ok = ax_np_mul(&a, &a, &L->g[i], L->p);
    for (size_t i = mid + 1; ok && i < hi; i++)
        ok = ax_np_mul(&b, &b, &L->g[i], L->p);
    ok = ok && ax_np_xgcd(&gg, &s0, &t0, &a, &b, L->p);
    ax_zpoly g, h, s, t;
    ax_zp_init(&g);
    ax_zp_init(&h);
    ax_zp_init(&s);
    ax_zp_init(&t);
    ok = ok && from_np(&g, &a) && from_np(&h, &b) && from_np(&s, &s0) && from_np(&t, &t0);
    /* precision chain 1 -> 2 -> 4 ... capped at k */
    unsigned long have = 1;
    mpz_t M;
    mpz_init(M);
    while (ok && have < L->k) {
        have = have * 2 < L->k ? have * 2 : L->k;
        mpz_ui_pow_ui(M, (unsigned long)L->p, have);
        ok = hensel_step(F, &g, &h, &s, &t, M, L->w);
    }
    ok = ok && lift_node(L, &g, lo, mid) && lift_node(L, &h, mid, hi);
    mpz_clear(M);
    ax_np_clear(&a);
    ax_np_clear(&b);
    ax_np_clear(&gg);
    ax_np_clear(&s0);
    ax_np_clear(&t0);
    ax_zp_clear(&g);
    ax_zp_clear(&h);
    ax_zp_clear(&s);
    ax_zp_clear(&t);
    return ok;
}

bool ax_hensel_lift(ax_zpoly *G, const ax_zpoly *f, const ax_np *g, size_t r, uint64_t p,
                    unsigned long k)
{
    lifter L;
    L.g = g;
    L.G = G;
    L.p = p;
    L.k = k;
    for (size_t i = 0; i < T_COUNT; i++)
        ax_zp_init(&L.w[i]);
    /* F = f / lc(f) mod p^k: monic */
    mpz_t pk, inv;
    mpz_inits(pk, inv, NULL);
    mpz_ui_pow_ui(pk, (unsigned long)p, k);
    ax_zpoly F;
    ax_zp_init(&F);
    bool ok = ax_zp_set(&F, f) && mpz_invert(inv, f->c[f->len - 1], pk) != 0;
    if (ok) {
        for (size_t i = 0; i < F.len; i++)
            mpz_mul(F.c[i], F.c[i], inv);
        polmod(&F, pk);
        ok = lift_node(&L, &F, 0, r);
    }
    ax_zp_clear(&F);
    mpz_clears(pk, inv, NULL);
    for (size_t i = 0; i < T_COUNT; i++)
        ax_zp_clear(&L.w[i]);
    return ok;
}
