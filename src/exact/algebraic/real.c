/* Exact real-root isolation for square-free integer polynomials: Descartes' rule of signs with
 * Vincent–Collins–Akritas bisection (G. E. Collins and A. G. Akritas, "Polynomial real root
 * isolation using Descartes' rule of signs", SYMSAC 1976; the variant with Taylor shifts of
 * Krandick and Mehlhorn). Every step is integer arithmetic on mpz coefficients.
 *
 * A node of the search is an integer polynomial q whose roots in (0, 1) are, after the affine map
 * x -> (c + x) / 2^k, the roots of f(2^b x) in (c / 2^k, (c + 1) / 2^k). The number of sign
 * variations of (x + 1)^n q(1 / (x + 1)) bounds the number of roots of q in (0, 1) and has its
 * parity; 0 or 1 decides, otherwise the interval is halved. Cost: O(n^2) additions per node,
 * O(n (log n + bitsize)) nodes for a degree-n polynomial in the worst case. */
#include <limits.h>
#include <stdlib.h>

#include "exact/algebraic/alg_impl.h"

int ax_alg_sign_at(const ax_zpoly *f, const mpz_t u, const mpz_t v)
{
    if (!f->len)
        return 0;
    /* the homogeneous Horner scheme: sum a_i u^i v^(n-i) has the sign of f(u/v) for v > 0 */
    mpz_t acc, vp, t;
    mpz_init_set(acc, f->c[f->len - 1]);
    mpz_init_set(vp, v);
    mpz_init(t);
    for (size_t i = f->len - 1; i-- > 0;) {
        mpz_mul(acc, acc, u);
        mpz_mul(t, f->c[i], vp);
        mpz_add(acc, acc, t);
        mpz_mul(vp, vp, v);
    }
    int s = mpz_sgn(acc);
    mpz_clear(acc);
    mpz_clear(vp);
    mpz_clear(t);
    return s;
}

int ax_alg_sign_at_q(const ax_zpoly *f, const mpq_t x)
{
    return ax_alg_sign_at(f, mpq_numref(x), mpq_denref(x));
}

void ax_iv_clear(ax_intervals *L)
{
    for (size_t i = 0; i < L->n; i++) {
        mpq_clear(L->v[i].lo);
        mpq_clear(L->v[i].hi);
    }
    free(L->v);
    L->v = NULL;
    L->n = L->cap = 0;
}

/* Append the interval (c, c + 1) * 2^(e) (exact point c * 2^e when point), negated when neg. */
static bool iv_push(ax_intervals *L, const mpz_t c, long e, bool point, bool neg)
{
    if (L->n == L->cap) {
        size_t cap = L->cap ? 2 * L->cap : 8, bytes;
        if (!ax_size_mul(&bytes, cap, sizeof(ax_iv)))
            return false;
        ax_iv *v = ax_realloc(L->v, bytes);
        if (!v)
            return false;
        L->v = v;
        L->cap = cap;
    }
    ax_iv *I = &L->v[L->n++];
    mpq_init(I->lo);
    mpq_init(I->hi);
    mpq_set_z(I->lo, c);
    mpq_set_z(I->hi, c);
    if (!point)
        mpz_add_ui(mpq_numref(I->hi), mpq_numref(I->hi), 1);
    if (e >= 0) {
        mpq_mul_2exp(I->lo, I->lo, (unsigned long)e);
        mpq_mul_2exp(I->hi, I->hi, (unsigned long)e);
    } else {
        mpq_div_2exp(I->lo, I->lo, (unsigned long)-e);
        mpq_div_2exp(I->hi, I->hi, (unsigned long)-e);
    }
    if (neg) {
        mpq_neg(I->lo, I->lo);
        mpq_neg(I->hi, I->hi);
        mpq_swap(I->lo, I->hi);
    }
    return true;
}

/* q(x) <- q(x + 1), in place (repeated synthetic division, O(n^2) additions). */
static void taylor_shift1(mpz_t *a, size_t len)
{
    for (size_t i = 0; i + 1 < len; i++)
        for (size_t j = len - 1; j-- > i;)
            mpz_add(a[j], a[j], a[j + 1]);
}

/* The Descartes test of the node q: 0 or 1 when the number of sign variations of
 * (x + 1)^n q(1 / (x + 1)) (a bound on the roots of q in (0, 1), with their parity) is 0 or 1, and
 * 2 when it is 2 or more (the node is bisected; the exact count is not needed). Two savings over
 * a full shift per node, the decisions unchanged:
 * - the sign variations of q itself bound its roots in (0, inf), and the count for (0, 1) is at
 *   most that for (0, inf) (Descartes' bound does not grow on a subinterval, e.g. A. Eigenwillig,
 *   "Real root isolation for exact and approximate polynomials using Descartes' rule of signs",
 *   thesis, 2008, §2.2); so var(q) = 0 means no root, and var(q) = 1 one root in (0, inf), inside
 *   (0, 1) exactly when q(0) q(1) < 0 (the count has the parity of that sign change);
 * - otherwise the shift runs as synthetic division, which finishes coefficient i of the shifted
 *   polynomial in pass i, so the sign variations are counted as the passes go and the shift stops
 *   at the second one (the partial Taylor shift of F. Rouillier and P. Zimmermann, "Efficient
 *   isolation of polynomial's real roots", J. Comput. Appl. Math. 162, 2004, §3).
 * tmp has room for len coefficients. */
static unsigned long descartes(mpz_t *q, size_t len, mpz_t *tmp)
{
    unsigned long v = 0;
    int last = 0;
    for (size_t i = 0; i < len && v < 2; i++) {
        int s = mpz_sgn(q[i]);
        if (s && last && s != last)
            v++;
        if (s)
            last = s;
    }
    if (v == 0)
        return 0;
    if (v == 1 && mpz_sgn(q[0])) {
        mpz_set(tmp[0], q[0]);
        for (size_t i = 1; i < len; i++)
            mpz_add(tmp[0], tmp[0], q[i]);
        return mpz_sgn(tmp[0]) * mpz_sgn(q[0]) < 0 ? 1 : 0;
    }
    for (size_t i = 0; i < len; i++)
        mpz_set(tmp[i], q[len - 1 - i]);
    v = 0;
    last = 0;
    for (size_t i = 0; i < len; i++) {
        for (size_t j = len - 1; j-- > i;)
            mpz_add(tmp[j], tmp[j], tmp[j + 1]);
        int s = mpz_sgn(tmp[i]); /* final from this pass on */
        if (s && last && s != last && ++v == 2)
            return 2;
        if (s)
            last = s;
    }
    return v;
}

typedef struct node {
    ax_zpoly q;
    mpz_t c;
    unsigned long k;
} node;

static void node_free(node *x)
{
    ax_zp_clear(&x->q);
    mpz_clear(x->c);
}

/* Divide q by the largest power of 2 dividing every coefficient. The scalings 2^n q(x / 2) are
 * the only source of common factors here (Taylor shifts keep the content, and the input is
 * primitive), so this keeps the coefficients as small as the full content would, without a gcd
 * per node; the sign variations do not change. */
static void remove_pow2(ax_zpoly *q)
{
    mp_bitcnt_t e = ~(mp_bitcnt_t)0;
    for (size_t i = 0; i < q->len; i++)
        if (mpz_sgn(q->c[i])) {
            mp_bitcnt_t t = mpz_scan1(q->c[i], 0);
            if (t < e)
                e = t;
        }
    if (e == ~(mp_bitcnt_t)0 || e == 0)
        return;
    for (size_t i = 0; i < q->len; i++)
        mpz_tdiv_q_2exp(q->c[i], q->c[i], e);
}

/* Roots of g in (0, 1), g(0) != 0, appended to L scaled by 2^b (negated when neg). */
static axle_status vca(ax_intervals *L, const ax_zpoly *g, long b, bool neg)
{
    size_t cap = 16, n = 0;
    node *stack = ax_calloc(cap, sizeof(node));
    ax_zpoly tmp;
    ax_zp_init(&tmp);
    if (!stack || ax_zp_fit(&tmp, g->len)) {
        free(stack);
        ax_zp_clear(&tmp);
        return ax_nomem();
    }
    bool ok = true;
    ax_zp_init(&stack[0].q);
    mpz_init(stack[0].c);
    stack[0].k = 0;
    ok = !ax_zp_set(&stack[0].q, g);
    n = 1;
    while (ok && n) {
        node cur = stack[--n];
        size_t len = cur.q.len;
        unsigned long v = len > 1 ? descartes(cur.q.c, len, tmp.c) : 0;
        if (v == 1) {
            ok = iv_push(L, cur.c, b - (long)cur.k, false, neg);
        } else if (v > 1) {
            /* left half: 2^n q(x / 2); right half: that shifted by 1 */
            if (n + 2 > cap) {
                size_t bytes;
                ok = ax_size_mul(&bytes, 2 * cap, sizeof(node));
                node *s = ok ? ax_realloc(stack, bytes) : NULL;
                if (!s) {
                    node_free(&cur);
                    ok = false;
                    break;
                }
                stack = s;
                cap *= 2;
            }
            node *R = &stack[n], *Lf = &stack[n + 1];
            ax_zp_init(&R->q);
            ax_zp_init(&Lf->q);
            mpz_init(R->c);
            mpz_init(Lf->c);
            n += 2;
            for (size_t i = 0; i < len; i++)
                mpz_mul_2exp(cur.q.c[i], cur.q.c[i], (unsigned long)(len - 1 - i));
            remove_pow2(&cur.q);
            ok = !ax_zp_set(&R->q, &cur.q);
            if (ok) { /* the left child takes cur's polynomial, cur gets Lf's empty one */
                ax_zpoly t = Lf->q;
                Lf->q = cur.q;
                cur.q = t;
            }
            if (ok) {
                taylor_shift1(R->q.c, R->q.len);
                mpz_mul_2exp(Lf->c, cur.c, 1);
                mpz_add_ui(R->c, Lf->c, 1);
                Lf->k = R->k = cur.k + 1;
                if (mpz_sgn(R->q.c[0]) == 0) { /* a root exactly at the midpoint */
                    ok = iv_push(L, R->c, b - (long)R->k, true, neg);
                    for (size_t i = 0; i + 1 < R->q.len; i++)
                        mpz_set(R->q.c[i], R->q.c[i + 1]);
                    R->q.len--;
                }
            }
        }
        node_free(&cur);
    }
    while (n)
        node_free(&stack[--n]);
    free(stack);
    ax_zp_clear(&tmp);
    return ok ? AXLE_OK : ax_nomem();
}

static int iv_cmp(const void *x, const void *y)
{
    const ax_iv *a = x, *b = y;
    int c = mpq_cmp(a->lo, b->lo);
    return c ? c : mpq_cmp(a->hi, b->hi);
}

axle_status ax_alg_isolate_real(ax_intervals *L, const ax_zpoly *f)
{
    L->v = NULL;
    L->n = L->cap = 0;
    ax_zpoly g;
    ax_zp_init(&g);
    axle_status s = ax_zp_set(&g, f);
    if (s)
        return s;
    mpz_t zero;
    mpz_init(zero);
    if (g.len > 1 && mpz_sgn(g.c[0]) == 0) { /* square-free: x divides once */
        if (!iv_push(L, zero, 0, true, false))
            s = ax_nomem();
        for (size_t i = 0; i + 1 < g.len; i++)
            mpz_set(g.c[i], g.c[i + 1]);
        g.len--;
    }
    /* Fujiwara: every root has |z| <= 2 max_j |a_(n-j) / a_n|^(1/j) (j = 1 … n), and
     * |a_(n-j) / a_n| < 2^(e_j), e_j = bits(a_(n-j)) - bits(a_n) + 1, so |z| < 2^(M + 1) for
     * M = max_j ceil(e_j / j): b = M + 1, at least 1. (Cauchy's 1 + max |a_i / a_n| was about
     * n times as many bits for a spectrum of size 10^100: 2^6600 for the roots of a 20 x 20 χ near
     * 10^101, and every bit is one more level of bisection on coefficients of b n bits, which
     * took 16 s and 1.2 GB; now 0.05 s.) */
    long n = (long)g.len - 1, lead = (long)mpz_sizeinbase(g.c[g.len - 1], 2), M = LONG_MIN;
    for (long j = 1; j <= n; j++) {
        if (!mpz_sgn(g.c[n - j]))
            continue;
        long e = (long)mpz_sizeinbase(g.c[n - j], 2) - lead + 1;
        long c = e >= 0 ? (e + j - 1) / j : -(-e / j);
        if (c > M)
            M = c;
    }
    long b = M == LONG_MIN || M < 0 ? 1 : M + 1;
    for (int side = 0; side < 2 && !s && g.len > 1; side++) {
        ax_zpoly h;
        ax_zp_init(&h);
        if ((s = ax_zp_set(&h, &g))) {
            ax_zp_clear(&h);
            break;
        }
        for (size_t i = 0; i < h.len; i++) {
            mpz_mul_2exp(h.c[i], h.c[i], (unsigned long)b * i);
            if (side && (i & 1))
                mpz_neg(h.c[i], h.c[i]);
        }
        ax_zp_primitive(&h);
        s = vca(L, &h, b, side == 1);
        ax_zp_clear(&h);
    }
    mpz_clear(zero);
    ax_zp_clear(&g);
    if (s) {
        ax_iv_clear(L);
        return s;
    }
    if (L->n > 1)
        qsort(L->v, L->n, sizeof(ax_iv), iv_cmp);
    return AXLE_OK;
}

/* Where to split (lo, hi), an interval with f(lo) f(hi) != 0 and one root of f inside: at 0
 * when the interval holds 0 (f(0) != 0 then: 0 is not the root); when one end is 0, at a power of
 * two below every nonzero root's modulus (|α| >= |a_0| / (|a_0| + max |a_i|), Cauchy's bound for
 * the reversed polynomial) if that lies inside; when both ends have one sign and differ in
 * magnitude by more than 2^4, at a power of two halfway between them in the exponent (geometric
 * bisection); otherwise at the midpoint. A root near 2^60000 in (0, 2^60001) is then reached in
 * about log2(60000) splits instead of 60000 halvings, each a sign evaluation on huge numbers. */
static void split_point(mpq_t m, const mpq_t lo, const mpq_t hi, const ax_zpoly *f)
{
    int sl = mpq_sgn(lo), sh = mpq_sgn(hi);
    if (sl < 0 && sh > 0) {
        mpq_set_ui(m, 0, 1);
        return;
    }
    mpq_add(m, lo, hi);
    mpq_div_2exp(m, m, 1);
    if (sl == 0 && sh == 0)
        return;
    long ehi = sh ? ax_alg_log2(hi) : 0, elo = sl ? ax_alg_log2(lo) : 0;
    long near, far = sl == 0 ? ehi : sh == 0 ? elo : (sl > 0 ? ehi : elo);
    if (sl == 0 || sh == 0) {
        size_t k = 0;
        while (k < f->len && !mpz_sgn(f->c[k]))
            k++;
        if (k != 0 || k + 1 >= f->len)
            return; /* f(0) = 0 or f constant: keep the midpoint */
        size_t big = 0;
        for (size_t i = 1; i < f->len; i++)
            if (mpz_cmpabs(f->c[i], f->c[big]) > 0)
                big = i;
        near = (long)mpz_sizeinbase(f->c[0], 2) - (long)mpz_sizeinbase(f->c[big], 2) - 2;
    } else {
        near = sl > 0 ? elo : ehi;
    }
    if (far - near <= 4)
        return;
    long e = near + (far - near) / 2;
    mpq_set_ui(m, 1, 1);
    if (e >= 0)
        mpq_mul_2exp(m, m, (unsigned long)e);
    else
        mpq_div_2exp(m, m, (unsigned long)-e);
    if (sl < 0 || sh < 0)
        mpq_neg(m, m);
    /* strictly inside, or the midpoint after all */
    if (mpq_cmp(m, lo) <= 0 || mpq_cmp(m, hi) >= 0) {
        mpq_add(m, lo, hi);
        mpq_div_2exp(m, m, 1);
    }
}

void ax_alg_refine_interval(mpq_t lo, mpq_t hi, const ax_zpoly *f, long bits)
{
    if (mpq_equal(lo, hi))
        return;
    mpq_t w, eps, m;
    mpq_inits(w, eps, m, NULL);
    mpq_set_ui(eps, 1, 1);
    if (bits >= 0)
        mpq_div_2exp(eps, eps, (unsigned long)bits);
    else
        mpq_mul_2exp(eps, eps, (unsigned long)-bits);
    int slo = ax_alg_sign_at_q(f, lo);
    for (;;) {
        mpq_sub(w, hi, lo);
        if (mpq_cmp(w, eps) <= 0)
            break;
        split_point(m, lo, hi, f);
        int sm = ax_alg_sign_at_q(f, m);
        if (sm == 0) {
            mpq_set(lo, m);
            mpq_set(hi, m);
            break;
        }
        if (sm == slo)
            mpq_set(lo, m);
        else
            mpq_set(hi, m);
    }
    mpq_clears(w, eps, m, NULL);
}
