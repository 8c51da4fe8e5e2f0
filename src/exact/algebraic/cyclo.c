/* Roots of unity: recognising a cyclotomic polynomial Φ_m among irreducible factors, and the
 * certified enclosures of its roots e^(2πik/m), gcd(k, m) = 1, from their known position instead
 * of the general complex-root search.
 *
 * Certificate (exact integer arithmetic): each centre c is a dyadic rational near e^(2πik/m)
 * (from double cos/sin; its accuracy is not trusted). Horner's scheme at c in fixed point with
 * 2^-Q steps and a running error bound gives an upper bound R on n |f(c)| / |f'(c)|, and the
 * disc D(c, R) holds a root of f (the inclusion theorem used in complex.c). The discs of the
 * upper half plane are checked to lie above the real axis and to have disjoint projections on the
 * real axis, in order of decreasing real part: so they hold φ(m)/2 distinct roots, with their
 * conjugates all φ(m) of them, one each; and since cos decreases on (0, π), the j-th of them in
 * that order is e^(2πik/m) for the j-th k coprime to m. */
#include <math.h>
#include <stdlib.h>

#include "exact/algebraic/alg_impl.h"

/* fractional bits of the centres placed by ax_alg_unity_roots (two Newton steps from double
 * precision; enough for axle_algebraic_to_double without refinement), and the guard bits of the
 * fixed-point evaluation above those of the centre */
#define CENTRE_BITS 192
#define GUARD_BITS 64

unsigned long ax_alg_euler_phi(unsigned long n)
{
    unsigned long r = n;
    for (unsigned long p = 2; p <= n / p; p++)
        if (n % p == 0) {
            while (n % p == 0)
                n /= p;
            r -= r / p;
        }
    if (n > 1)
        r -= r / n;
    return r;
}

/* A bound M with φ(m) > d for every m > M: φ(m) > m / (e^γ ln ln m + 3 / ln ln m) for m >= 3
 * except m = 223092870 (Rosser & Schoenfeld 1962, Theorem 15), far beyond the degrees here. */
static unsigned long totient_bound(unsigned long d)
{
    unsigned long m = 2 * d + 30;
    for (;; m += m / 8) {
        double ll = log(log((double)m));
        if ((double)m / (1.7810724179901979 * ll + 3 / ll) > 1.01 * (double)d + 1)
            return m;
    }
}

unsigned long ax_alg_cyclotomic_order(const ax_zpoly *f, bool *nomem)
{
    *nomem = false;
    size_t d = f->len - 1;
    /* Φ_m for m >= 3 is monic, palindromic, with constant term 1, of even degree φ(m) */
    if (d < 2 || d % 2 || mpz_cmp_ui(f->c[d], 1) || mpz_cmp_ui(f->c[0], 1) ||
        d > AXLE_POLY_FACTOR_MAX_DEGREE * 2UL)
        return 0;
    for (size_t i = 1; i <= d / 2; i++)
        if (mpz_cmp(f->c[i], f->c[d - i]))
            return 0;
    ax_zpoly phi;
    ax_zp_init(&phi);
    unsigned long found = 0, top = totient_bound(d);
    for (unsigned long m = 3; !found && m <= top; m++) {
        if (ax_alg_euler_phi(m) != d)
            continue;
        if (ax_zp_cyclotomic(&phi, m)) {
            *nomem = true;
            break;
        }
        if (ax_zp_equal(&phi, f))
            found = m;
    }
    ax_zp_clear(&phi);
    return found;
}

/* (re + im i) *= (A + B i) / 2^cb, truncated (t, s scratch). */
static void mul_fix(mpz_t re, mpz_t im, const mpz_t A, const mpz_t B, unsigned long cb, mpz_t t,
                    mpz_t s)
{
    mpz_mul(t, re, A);
    mpz_submul(t, im, B);
    mpz_mul(s, re, B);
    mpz_addmul(s, im, A);
    mpz_fdiv_q_2exp(re, t, cb);
    mpz_fdiv_q_2exp(im, s, cb);
}

/* Horner's scheme for p = f(c) = X + Y i and d = f'(c) = U + V i in fixed point (units of
 * 2^-(cb + GUARD_BITS)) at c = (A + B i) / 2^cb, truncating each product. */
static void horner_fix(mpz_t X, mpz_t Y, mpz_t U, mpz_t V, const ax_zpoly *f, const mpz_t A,
                       const mpz_t B, unsigned long cb)
{
    size_t n = f->len - 1;
    mpz_t t, s;
    mpz_inits(t, s, NULL);
    mpz_mul_2exp(X, f->c[n], cb + GUARD_BITS);
    mpz_set_ui(Y, 0);
    mpz_set_ui(U, 0);
    mpz_set_ui(V, 0);
    for (size_t i = n; i-- > 0;) {
        /* d = d c + p */
        mul_fix(U, V, A, B, cb, t, s);
        mpz_add(U, U, X);
        mpz_add(V, V, Y);
        /* p = p c + a_i */
        mul_fix(X, Y, A, B, cb, t, s);
        mpz_mul_2exp(t, f->c[i], cb + GUARD_BITS);
        mpz_add(X, X, t);
    }
    mpz_clears(t, s, NULL);
}

/* One Newton step c -= f(c) / f'(c) on the centre (A + B i) / 2^cb (no accuracy is claimed:
 * the certificate is computed afterwards). */
static void newton_fix(mpz_t A, mpz_t B, const mpz_t X, const mpz_t Y, const mpz_t U, const mpz_t V,
                       unsigned long cb)
{
    mpz_t re, im, den;
    mpz_inits(re, im, den, NULL);
    mpz_mul(den, U, U);
    mpz_addmul(den, V, V);
    if (mpz_sgn(den)) {
        mpz_mul(re, X, U); /* (X + Yi)(U - Vi) */
        mpz_addmul(re, Y, V);
        mpz_mul(im, Y, U);
        mpz_submul(im, X, V);
        mpz_mul_2exp(re, re, cb);
        mpz_mul_2exp(im, im, cb);
        mpz_fdiv_q(re, re, den);
        mpz_fdiv_q(im, im, den);
        mpz_sub(A, A, re);
        mpz_sub(B, B, im);
    }
    mpz_clears(re, im, den, NULL);
}

/* An upper bound num/den on n |f(c)| / |f'(c)| from horner_fix's values; false when |f'(c)| is
 * too small to bound away from 0 at this precision. Error in units of the fixed point: each step
 * truncates each part by less than 1 (|error| < 2 for the complex value) and multiplies the error
 * carried so far by |c| <= 1 + 2^-40 (checked by the caller), a factor below 2 over n <= 2^38
 * steps; so |p error| < 4n and |d error| < 2n (4n + 2) <= 12 n^2 (d also carries p's error). */
static bool inclusion_bound(mpz_t num, mpz_t den, size_t n, const mpz_t X, const mpz_t Y,
                            const mpz_t U, const mpz_t V)
{
    mpz_t t, s;
    mpz_inits(t, s, NULL);
    mpz_abs(t, X);
    mpz_abs(s, Y);
    mpz_add(num, t, s); /* |p| <= |X| + |Y| */
    mpz_add_ui(num, num, 4 * (unsigned long)n);
    mpz_mul_ui(num, num, (unsigned long)n);
    mpz_abs(t, U);
    mpz_abs(s, V);
    if (mpz_cmp(t, s) < 0)
        mpz_swap(t, s);
    mpz_set_ui(s, (unsigned long)n);
    mpz_mul(s, s, s);
    mpz_mul_ui(s, s, 12);
    mpz_sub(den, t, s); /* |d| >= max(|U|, |V|) - error */
    bool ok = mpz_sgn(den) > 0;
    mpz_clears(t, s, NULL);
    return ok;
}

/* The centre of e^(2πik/m) to about cb bits (Newton from double precision) in A, B (units of
 * 2^-cb), and e with 2^e > deg f |f(c)| / |f'(c)|: the disc D(c, 2^e) holds a root of f. False
 * when the bound does not hold at this precision or |c| > 1 + 2^-40. */
static bool unity_centre(mpz_t A, mpz_t B, long *e, const ax_zpoly *f, unsigned long k,
                         unsigned long m, unsigned long cb)
{
    const double tau = 6.28318530717958647692;
    double th = tau * (double)k / (double)m;
    mpz_t X, Y, U, V, num, den;
    mpz_inits(X, Y, U, V, num, den, NULL);
    /* the doubles scaled by 2^53 are integers; then to cb bits */
    mpz_set_d(A, ldexp(cos(th), 53));
    mpz_set_d(B, ldexp(sin(th), 53));
    mpz_mul_2exp(A, A, cb);
    mpz_mul_2exp(B, B, cb);
    mpz_fdiv_q_2exp(A, A, 53);
    mpz_fdiv_q_2exp(B, B, 53);
    for (unsigned long acc = 50; acc < cb + 8; acc *= 2) {
        horner_fix(X, Y, U, V, f, A, B, cb);
        newton_fix(A, B, X, Y, U, V, cb);
    }
    /* |c|^2 <= (1 + 2^-40)^2 holds when (A^2 + B^2 - 2^(2 cb)) 2^38 <= 2^(2 cb) */
    mpz_mul(num, A, A);
    mpz_addmul(num, B, B);
    mpz_set_ui(den, 1);
    mpz_mul_2exp(den, den, 2 * cb);
    mpz_sub(num, num, den);
    mpz_mul_2exp(num, num, 38);
    bool ok = mpz_cmp(num, den) <= 0;
    if (ok) {
        horner_fix(X, Y, U, V, f, A, B, cb);
        ok = inclusion_bound(num, den, f->len - 1, X, Y, U, V);
    }
    /* num / den (same units) < 2^e */
    if (ok)
        *e = (long)mpz_sizeinbase(num, 2) - (long)mpz_sizeinbase(den, 2) + 1;
    mpz_clears(X, Y, U, V, num, den, NULL);
    return ok;
}

void ax_alg_set_pow2(mpq_t r, long e)
{
    mpq_set_ui(r, 1, 1);
    if (e >= 0)
        mpq_mul_2exp(r, r, (unsigned long)e);
    else
        mpq_div_2exp(r, r, (unsigned long)-e);
}

void ax_alg_set_scaled(mpq_t r, const mpz_t a, unsigned long P, long q)
{
    mpq_set_z(r, a);
    long sh = q - (long)P;
    if (sh >= 0)
        mpq_mul_2exp(r, r, (unsigned long)sh);
    else
        mpq_div_2exp(r, r, (unsigned long)-sh);
}

/* r = a / 2^cb */
static void set_dyadic(mpq_t r, const mpz_t a, unsigned long cb)
{
    ax_alg_set_scaled(r, a, cb, 0);
}

bool ax_alg_updiscs_separated(const ax_alg_updisc *D, size_t n, unsigned long P, long q)
{
    mpq_t r, x;
    mpz_t t;
    mpq_inits(r, x, NULL);
    mpz_init(t);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++) {
        ax_alg_set_pow2(r, D[i].e);
        ax_alg_set_scaled(x, D[i].B, P, q);
        ok = mpq_cmp(x, r) > 0;
        if (ok && i + 1 < n) {
            ax_alg_set_pow2(x, D[i + 1].e);
            mpq_add(r, r, x);
            mpz_sub(t, D[i].A, D[i + 1].A);
            ax_alg_set_scaled(x, t, P, q);
            ok = mpq_cmp(x, r) > 0;
        }
    }
    mpq_clears(r, x, NULL);
    mpz_clear(t);
    return ok;
}

static bool coprime(unsigned long a, unsigned long b)
{
    while (b) {
        unsigned long r = a % b;
        a = b;
        b = r;
    }
    return a == 1;
}

axle_status ax_alg_unity_roots(ax_alist *L, const ax_zpoly *f, unsigned long m, unsigned long mult,
                               bool *done)
{
    *done = false;
    size_t half = (f->len - 1) / 2;
    ax_alg_updisc *D = ax_calloc(half, sizeof *D);
    if (!D)
        return ax_nomem();
    for (size_t j = 0; j < half; j++)
        mpz_inits(D[j].A, D[j].B, NULL);
    bool ok = true;
    size_t j = 0;
    for (unsigned long k = 1; ok && 2 * k < m; k++) {
        if (!coprime(k, m))
            continue;
        ok = j < half && unity_centre(D[j].A, D[j].B, &D[j].e, f, k, m, CENTRE_BITS);
        if (ok)
            D[j++].k = k;
    }
    ok = ok && j == half;
    /* every disc holds a different non-real root */
    ok = ok && ax_alg_updiscs_separated(D, half, CENTRE_BITS, 0);
    axle_status s = AXLE_OK;
    /* pushed in increasing real part (the canonical order's direction), each with its conjugate */
    for (size_t i = half; ok && !s && i-- > 0;) {
        for (int conj = 0; conj < 2 && !s; conj++) {
            axle_algebraic *x;
            s = ax_alg_new(&x, f, AX_ALG_COMPLEX);
            if (s)
                break;
            set_dyadic(x->re, D[i].A, CENTRE_BITS);
            set_dyadic(x->im, D[i].B, CENTRE_BITS);
            if (conj)
                mpq_neg(x->im, x->im);
            ax_alg_set_pow2(x->rad, D[i].e);
            x->unity_n = m;
            x->unity_k = conj ? m - D[i].k : D[i].k;
            s = ax_alist_push(L, x, mult);
        }
    }
    for (size_t i = 0; i < half; i++)
        mpz_clears(D[i].A, D[i].B, NULL);
    free(D);
    if (!s && ok)
        *done = true;
    return s;
}

bool ax_alg_take_inner_disc(mpq_t re, mpq_t im, mpq_t rad, mpq_t cr, mpq_t ci, mpq_t r)
{
    /* the new disc inside the old one holds the same root: |c' - c| + r' <= r */
    mpq_t d, t;
    mpq_inits(d, t, NULL);
    mpq_sub(d, cr, re);
    mpq_mul(d, d, d);
    mpq_sub(t, ci, im);
    mpq_mul(t, t, t);
    mpq_add(d, d, t);
    mpq_sub(t, rad, r);
    bool in = mpq_sgn(t) >= 0;
    if (in) {
        mpq_mul(t, t, t);
        in = mpq_cmp(d, t) <= 0;
    }
    if (in) {
        mpq_swap(re, cr);
        mpq_swap(im, ci);
        mpq_swap(rad, r);
    }
    mpq_clears(d, t, NULL);
    return in;
}

axle_status ax_alg_unity_refine(mpq_t re, mpq_t im, mpq_t rad, const ax_zpoly *f, unsigned long m,
                                long bits, bool *done)
{
    *done = false;
    /* which e^(2πik/m) the disc holds: the nearest to its centre (then proven below) */
    const double tau = 6.28318530717958647692;
    double ang = atan2(mpq_get_d(im), mpq_get_d(re));
    if (ang < 0)
        ang += tau;
    unsigned long k = (unsigned long)lround(ang * (double)m / tau) % m;
    if (!coprime(k, m))
        return AXLE_OK;
    unsigned long cb = bits > 0 ? (unsigned long)bits + 16 : 16;
    if (cb < CENTRE_BITS)
        cb = CENTRE_BITS;
    mpz_t A, B;
    mpz_inits(A, B, NULL);
    long e;
    mpq_t cr, ci, r;
    mpq_inits(cr, ci, r, NULL);
    if (unity_centre(A, B, &e, f, k, m, cb)) {
        set_dyadic(cr, A, cb);
        set_dyadic(ci, B, cb);
        ax_alg_set_pow2(r, e);
        *done = ax_alg_take_inner_disc(re, im, rad, cr, ci, r);
    }
    mpq_clears(cr, ci, r, NULL);
    mpz_clears(A, B, NULL);
    return AXLE_OK;
}
