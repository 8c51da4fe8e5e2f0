/* Roots of an irreducible binomial f = a_n x^n + a_0 (n >= 2) from their closed form
 * x = ρ e^(iπ j / n), ρ = |β|^(1/n), β = -a_0 / a_n, j = 2k + [β < 0], instead of the general
 * real-root isolation and complex-root search.
 *
 * Scaling: x = 2^q u with the integer q near log2 ρ, so that u is a root of u^n = β' = β / 2^(qn)
 * with |u| near [1, 2): the work is done on u in fixed point (units 2^-P) and the enclosures are
 * scaled back by the exact power 2^q.
 *
 * Real roots: ρ' = |β'|^(1/n) lies strictly between R / 2^P and (R + 1) / 2^P for
 * R = floor(floor(|β'| 2^(nP))^(1/n)) (exact integer n-th root; equality is impossible since an
 * irreducible f of degree >= 2 has no rational root).
 *
 * Non-real roots (certificate, exact integer arithmetic): each centre c is a dyadic rational near
 * ρ' e^(iπ j / n) (from double cos/sin and Newton steps; their accuracy is not trusted). c^n is
 * computed by binary powering in fixed point with a running error bound (ball arithmetic), which
 * gives an upper bound on deg g |g(c)| / |g'(c)| = |c| |c^n - β'| / |c|^n for g = u^n - β'; the
 * disc D(c, 2^e) above that bound holds a root of g (the inclusion theorem used in complex.c and
 * cyclo.c). As for roots of unity (cyclo.c), the discs of the upper half plane are checked to lie
 * above the real axis and to have disjoint projections on it, in order of decreasing real part:
 * so they hold distinct roots, as many as f has non-real roots in the upper half plane. */
#include <math.h>
#include <stdlib.h>

#include "exact/algebraic/alg_impl.h"

/* fractional bits of the centres of u (enough for axle_algebraic_to_double without refinement) */
#define CENTRE_BITS 192

bool ax_alg_is_binomial(const ax_zpoly *f)
{
    size_t n = f->len - 1;
    if (f->len < 3 || !mpz_sgn(f->c[0]) || !mpz_sgn(f->c[n]))
        return false;
    for (size_t i = 1; i < n; i++)
        if (mpz_sgn(f->c[i]))
            return false;
    return true;
}

/* u^n = β' = num / den (den > 0), x = 2^q u; ρ' ≈ rho (double) */
typedef struct binom {
    size_t n;
    bool neg;
    long q;
    double rho;
    mpz_t num, den;
} binom;

static void binom_init(binom *b, const ax_zpoly *f)
{
    size_t n = f->len - 1;
    b->n = n;
    mpz_inits(b->num, b->den, NULL);
    mpz_neg(b->num, f->c[0]);
    mpz_set(b->den, f->c[n]);
    if (mpz_sgn(b->den) < 0) {
        mpz_neg(b->num, b->num);
        mpz_neg(b->den, b->den);
    }
    b->neg = mpz_sgn(b->num) < 0;
    long en, ed;
    double dn = fabs(mpz_get_d_2exp(&en, b->num)), dd = mpz_get_d_2exp(&ed, b->den);
    double l = (log2(dn) - log2(dd) + (double)(en - ed)) / (double)n; /* log2 ρ */
    double fq = floor(l);
    b->q = (long)fq;
    b->rho = exp2(l - fq);
    unsigned long sh = (unsigned long)labs(b->q) * (unsigned long)n;
    if (b->q > 0)
        mpz_mul_2exp(b->den, b->den, sh);
    else if (b->q < 0)
        mpz_mul_2exp(b->num, b->num, sh);
}

static void binom_clear(binom *b)
{
    mpz_clears(b->num, b->den, NULL);
}

/* A complex ball (x + y i) 2^-P with |value - true| <= err 2^-P. */
typedef struct ball {
    mpz_t x, y, err;
} ball;

/* r = a b (r may alias a or b). The product of the centres, truncated to units 2^-P, is off by
 * less than 2 units; the centres' errors contribute |a| eb + (|b| + eb) ea (in units 2^-2P,
 * rounded up to 2^-P), with |a| <= |xa| + |ya|. */
static void ball_mul(ball *r, const ball *a, const ball *b, unsigned long P, mpz_t t[5])
{
    mpz_mul(t[0], a->x, b->x);
    mpz_submul(t[0], a->y, b->y);
    mpz_mul(t[1], a->x, b->y);
    mpz_addmul(t[1], a->y, b->x);
    mpz_abs(t[2], a->x);
    mpz_abs(t[3], a->y);
    mpz_add(t[2], t[2], t[3]);
    mpz_mul(t[2], t[2], b->err);
    mpz_abs(t[3], b->x);
    mpz_abs(t[4], b->y);
    mpz_add(t[3], t[3], t[4]);
    mpz_add(t[3], t[3], b->err);
    mpz_mul(t[3], t[3], a->err);
    mpz_add(t[2], t[2], t[3]);
    mpz_cdiv_q_2exp(r->err, t[2], P);
    mpz_add_ui(r->err, r->err, 2);
    mpz_fdiv_q_2exp(r->x, t[0], P);
    mpz_fdiv_q_2exp(r->y, t[1], P);
}

/* r = c^k as a ball in units 2^-P, c = (A + B i) / 2^P exactly, k >= 1 (binary powering). */
static void ball_pow(ball *r, const mpz_t A, const mpz_t B, size_t k, unsigned long P, mpz_t t[5])
{
    ball u;
    mpz_init_set(u.x, A);
    mpz_init_set(u.y, B);
    mpz_init(u.err);
    mpz_set(r->x, A);
    mpz_set(r->y, B);
    mpz_set_ui(r->err, 0);
    int top = 0;
    while (((size_t)1 << top) <= k / 2)
        top++;
    for (int i = top - 1; i >= 0; i--) {
        ball_mul(r, r, r, P, t);
        if ((k >> i) & 1)
            ball_mul(r, r, &u, P, t);
    }
    mpz_clears(u.x, u.y, u.err, NULL);
}

/* The centre near ρ' e^(iπ j / n) in A, B (units 2^-P), and e with 2^e > deg f |f(x)| / |f'(x)|
 * at x = 2^q c: the disc D(x, 2^e) holds a root of f. False when the bound does not hold at
 * this precision. */
static bool binom_centre(mpz_t A, mpz_t B, long *e, const binom *b, unsigned long j,
                         unsigned long P)
{
    const double pi = 3.14159265358979323846;
    double th = pi * (double)j / (double)b->n;
    size_t n = b->n;
    ball W;
    mpz_t t[5], beta, x, y, num, den;
    mpz_inits(W.x, W.y, W.err, t[0], t[1], t[2], t[3], t[4], beta, x, y, num, den, NULL);
    /* the doubles scaled by 2^53 are integers; then to P bits */
    mpz_set_d(A, ldexp(b->rho * cos(th), 53));
    mpz_set_d(B, ldexp(b->rho * sin(th), 53));
    mpz_mul_2exp(A, A, P);
    mpz_mul_2exp(B, B, P);
    mpz_fdiv_q_2exp(A, A, 53);
    mpz_fdiv_q_2exp(B, B, 53);
    mpz_mul_2exp(beta, b->num, P); /* β' 2^P, truncated (Newton only) */
    mpz_fdiv_q(beta, beta, b->den);
    for (unsigned long acc = 40; acc < P + 8; acc *= 2) {
        /* c -= (c^n - β') / (n V), V = c^(n-1) */
        ball_pow(&W, A, B, n - 1, P, t);
        mpz_mul(x, W.x, A); /* c^n = V c: x + y i */
        mpz_submul(x, W.y, B);
        mpz_mul(y, W.x, B);
        mpz_addmul(y, W.y, A);
        mpz_fdiv_q_2exp(x, x, P);
        mpz_fdiv_q_2exp(y, y, P);
        mpz_sub(x, x, beta);
        mpz_mul(den, W.x, W.x);
        mpz_addmul(den, W.y, W.y);
        mpz_mul_ui(den, den, (unsigned long)n);
        if (!mpz_sgn(den))
            break;
        mpz_mul(num, x, W.x); /* (x + y i)(Vx - Vy i) */
        mpz_addmul(num, y, W.y);
        mpz_mul_2exp(num, num, P);
        mpz_fdiv_q(num, num, den);
        mpz_sub(A, A, num);
        mpz_mul(num, y, W.x);
        mpz_submul(num, x, W.y);
        mpz_mul_2exp(num, num, P);
        mpz_fdiv_q(num, num, den);
        mpz_sub(B, B, num);
    }
    /* the certificate: c^n as a ball */
    ball_pow(&W, A, B, n, P, t);
    mpz_mul(x, b->den, W.x); /* |c^n - β'| 2^P den <= |den X - num 2^P| + den |Y| + den err */
    mpz_mul_2exp(y, b->num, P);
    mpz_sub(x, x, y);
    mpz_abs(num, x);
    mpz_abs(y, W.y);
    mpz_add(y, y, W.err);
    mpz_addmul(num, y, b->den);
    mpz_abs(t[0], A); /* |c| 2^P <= |A| + |B| */
    mpz_abs(t[1], B);
    mpz_add(t[0], t[0], t[1]);
    mpz_mul(num, num, t[0]);
    mpz_abs(x, W.x); /* |c^n| 2^P >= max(|X|, |Y|) - err */
    mpz_abs(y, W.y);
    if (mpz_cmp(x, y) < 0)
        mpz_swap(x, y);
    mpz_sub(den, x, W.err);
    bool ok = mpz_sgn(den) > 0;
    if (ok) {
        /* R <= num / (den_b den 2^P) < 2^e (for u), times 2^q for x */
        mpz_mul(den, den, b->den);
        *e = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2) - (long)P + 1 + b->q;
    }
    mpz_clears(W.x, W.y, W.err, t[0], t[1], t[2], t[3], t[4], beta, x, y, num, den, NULL);
    return ok;
}

/* the real roots of f: ±ρ in (R, R + 1) 2^(q - P) */
static axle_status binom_real(ax_alist *L, const ax_zpoly *f, const binom *b, unsigned long mult,
                              unsigned long P)
{
    mpz_t T;
    mpz_init(T);
    mpz_abs(T, b->num);
    mpz_mul_2exp(T, T, (unsigned long)b->n * P);
    mpz_fdiv_q(T, T, b->den);
    mpz_root(T, T, (unsigned long)b->n);
    axle_status s = AXLE_OK;
    for (int sign = 1; sign >= -1 && !s; sign -= 2) {
        bool root = sign > 0 ? !b->neg : (b->neg ? b->n % 2 == 1 : b->n % 2 == 0);
        if (!root)
            continue;
        axle_algebraic *x;
        s = ax_alg_new(&x, f, AX_ALG_REAL);
        if (s)
            break;
        ax_alg_set_scaled(x->lo, T, P, b->q);
        mpz_add_ui(T, T, 1);
        ax_alg_set_scaled(x->hi, T, P, b->q);
        mpz_sub_ui(T, T, 1);
        if (sign < 0) {
            mpq_neg(x->lo, x->lo);
            mpq_neg(x->hi, x->hi);
            mpq_swap(x->lo, x->hi);
        }
        s = ax_alist_push(L, x, mult);
    }
    mpz_clear(T);
    return s;
}

axle_status ax_alg_binomial_roots(ax_alist *L, const ax_zpoly *f, unsigned long mult,
                                  bool real_only, bool *done)
{
    *done = false;
    binom b;
    binom_init(&b, f);
    size_t n = b.n, before = L->n;
    axle_status s = binom_real(L, f, &b, mult, CENTRE_BITS);
    /* the upper half plane: 0 < j < n, j = 2k + [β < 0], in order of increasing angle */
    size_t half = real_only ? 0 : (n - (b.neg ? n % 2 : 2 - n % 2)) / 2;
    ax_alg_updisc *D = half ? ax_calloc(half, sizeof *D) : NULL;
    if (!s && half && !D)
        s = ax_nomem();
    bool ok = !s;
    for (size_t i = 0; i < half && D; i++)
        mpz_inits(D[i].A, D[i].B, NULL);
    size_t cnt = 0;
    for (unsigned long j = b.neg ? 1 : 2; ok && D && j < n; j += 2) {
        ok = cnt < half && binom_centre(D[cnt].A, D[cnt].B, &D[cnt].e, &b, j, CENTRE_BITS);
        cnt++;
    }
    ok = ok && cnt == half;
    /* every disc holds a different non-real root (as for roots of unity) */
    ok = ok && ax_alg_updiscs_separated(D, half, CENTRE_BITS, b.q);
    for (size_t i = half; ok && !s && i-- > 0;) {
        for (int conj = 0; conj < 2 && !s; conj++) {
            axle_algebraic *x;
            s = ax_alg_new(&x, f, AX_ALG_COMPLEX);
            if (s)
                break;
            ax_alg_set_scaled(x->re, D[i].A, CENTRE_BITS, b.q);
            ax_alg_set_scaled(x->im, D[i].B, CENTRE_BITS, b.q);
            if (conj)
                mpq_neg(x->im, x->im);
            ax_alg_set_pow2(x->rad, D[i].e);
            s = ax_alist_push(L, x, mult);
        }
    }
    for (size_t i = 0; i < half && D; i++)
        mpz_clears(D[i].A, D[i].B, NULL);
    free(D);
    binom_clear(&b);
    if (!s && ok) {
        *done = true;
    } else { /* nothing appended on failure */
        while (L->n > before)
            axle_algebraic_free(L->a[--L->n]);
    }
    return s;
}

axle_status ax_alg_binomial_refine(mpq_t re, mpq_t im, mpq_t rad, const ax_zpoly *f, long bits,
                                   bool *done)
{
    *done = false;
    binom b;
    binom_init(&b, f);
    /* which ρ e^(iπ j / n) the disc holds: the nearest to its centre (then proven below) */
    const double pi = 3.14159265358979323846;
    mpq_t sr, si; /* the centre / 2^q: doubles of moderate size whatever ρ */
    mpq_inits(sr, si, NULL);
    if (b.q >= 0) {
        mpq_div_2exp(sr, re, (unsigned long)b.q);
        mpq_div_2exp(si, im, (unsigned long)b.q);
    } else {
        mpq_mul_2exp(sr, re, (unsigned long)-b.q);
        mpq_mul_2exp(si, im, (unsigned long)-b.q);
    }
    double ang = atan2(mpq_get_d(si), mpq_get_d(sr));
    mpq_clears(sr, si, NULL);
    if (ang < 0)
        ang += 2 * pi;
    unsigned long j = (unsigned long)lround(ang * (double)b.n / pi) % (2 * b.n);
    long pb = bits + 16 + (b.q > 0 ? b.q : 0);
    unsigned long P = pb > CENTRE_BITS ? (unsigned long)pb : CENTRE_BITS;
    mpz_t A, B;
    mpz_inits(A, B, NULL);
    long e;
    mpq_t cr, ci, r;
    mpq_inits(cr, ci, r, NULL);
    if (j % 2 == (b.neg ? 1u : 0u) && binom_centre(A, B, &e, &b, j, P)) {
        ax_alg_set_scaled(cr, A, P, b.q);
        ax_alg_set_scaled(ci, B, P, b.q);
        ax_alg_set_pow2(r, e);
        *done = ax_alg_take_inner_disc(re, im, rad, cr, ci, r);
    }
    mpq_clears(cr, ci, r, NULL);
    mpz_clears(A, B, NULL);
    binom_clear(&b);
    return AXLE_OK;
}
