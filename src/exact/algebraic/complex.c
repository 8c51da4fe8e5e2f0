/* Certified complex roots of square-free integer polynomials.
 *
 * Approximation: the Aberth–Ehrlich iteration (O. Aberth, "Iteration methods for finding all zeros
 * of a polynomial simultaneously", Math. Comp. 27, 1973; L. W. Ehrlich 1967) in GMP mpf
 * arithmetic, started on a circle of the Fujiwara radius 2 max |a_i / a_n|^(1/(n-i)); O(n^2)
 * operations per sweep, cubic convergence near simple roots. Refinement of one root: Newton's
 * iteration, O(n) per step, quadratic convergence.
 *
 * Certificate (all exact, on the dyadic approximations z_k converted to rationals): since
 * p'/p (z) = sum 1/(z - ζ_j), some root ζ_j lies within r = n |p(z)| / |p'(z)| of z. We take a
 * rational R > r and check that the n discs D(z_k, R_k) are pairwise disjoint; then each holds at
 * least one root, n disjoint discs share n roots, so each holds exactly one, strictly inside. A
 * refined disc D' is accepted only when D' ⊆ D for the old isolating disc D, so it holds the same
 * root. Precision doubles until the certificate holds (AXLE_EUNCERTIFIED past 2^16 bits).
 *
 * Warm start: when the coefficients and the root bound fit a double comfortably, the same
 * iteration runs first in double complex arithmetic (cheap sweeps), and its approximations, when
 * finite and distinct, are the starting points of the mpf iteration, which then needs only a few
 * sweeps. They are only starting points: the mpf iteration and the exact certificate decide. */
#include <complex.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>

#include "exact/algebraic/alg_impl.h"

#define MAX_PREC (1UL << 16)

long ax_alg_log2(const mpq_t x)
{
    long e = (long)mpz_sizeinbase(mpq_numref(x), 2) - (long)mpz_sizeinbase(mpq_denref(x), 2);
    /* 2^(e-1) < |x| < 2^(e+1): compare |x| with 2^e */
    mpq_t a, p;
    mpq_inits(a, p, NULL);
    mpq_abs(a, x);
    mpq_set_ui(p, 1, 1);
    if (e >= 0)
        mpq_mul_2exp(p, p, (unsigned long)e);
    else
        mpq_div_2exp(p, p, (unsigned long)-e);
    if (mpq_cmp(a, p) < 0)
        e--;
    mpq_clears(a, p, NULL);
    return e;
}

/* ---- complex mpf numbers ----------------------------------------------------------------------
 */

typedef struct cf {
    mpf_t re, im;
} cf;

static void cf_init(cf *z, mp_bitcnt_t prec)
{
    mpf_init2(z->re, prec);
    mpf_init2(z->im, prec);
}

static void cf_clear(cf *z)
{
    mpf_clear(z->re);
    mpf_clear(z->im);
}

/* Scratch space for one precision. */
typedef struct ctx {
    mp_bitcnt_t prec;
    size_t n; /* degree */
    mpf_t *a; /* coefficients, lowest first */
    mpf_t t1, t2, t3;
    cf p, d, N, S, w, u;
} ctx;

static bool ctx_init(ctx *c, const ax_zpoly *f, mp_bitcnt_t prec)
{
    c->prec = prec;
    c->n = f->len - 1;
    c->a = ax_calloc(f->len, sizeof(mpf_t));
    if (!c->a)
        return false;
    for (size_t i = 0; i < f->len; i++) {
        mpf_init2(c->a[i], prec);
        mpf_set_z(c->a[i], f->c[i]);
    }
    mpf_init2(c->t1, prec);
    mpf_init2(c->t2, prec);
    mpf_init2(c->t3, prec);
    cf *all[] = {&c->p, &c->d, &c->N, &c->S, &c->w, &c->u};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        cf_init(all[i], prec);
    return true;
}

static void ctx_clear(ctx *c)
{
    for (size_t i = 0; i <= c->n; i++)
        mpf_clear(c->a[i]);
    free(c->a);
    mpf_clear(c->t1);
    mpf_clear(c->t2);
    mpf_clear(c->t3);
    cf *all[] = {&c->p, &c->d, &c->N, &c->S, &c->w, &c->u};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        cf_clear(all[i]);
}

/* r = r * z + (add_re, 0) (add may be NULL). */
static void cf_muladd(ctx *c, cf *r, const cf *z, const mpf_t add_re)
{
    mpf_mul(c->t1, r->re, z->re);
    mpf_mul(c->t2, r->im, z->im);
    mpf_sub(c->t3, c->t1, c->t2);
    mpf_mul(c->t1, r->re, z->im);
    mpf_mul(c->t2, r->im, z->re);
    mpf_add(r->im, c->t1, c->t2);
    mpf_set(r->re, c->t3);
    if (add_re)
        mpf_add(r->re, r->re, add_re);
}

/* r = a / b; false when b = 0. r must not alias b. */
static bool cf_div(ctx *c, cf *r, const cf *a, const cf *b)
{
    mpf_mul(c->t1, b->re, b->re);
    mpf_mul(c->t2, b->im, b->im);
    mpf_add(c->t3, c->t1, c->t2);
    if (mpf_sgn(c->t3) == 0)
        return false;
    mpf_mul(c->t1, a->re, b->re);
    mpf_mul(c->t2, a->im, b->im);
    mpf_add(c->t1, c->t1, c->t2);
    mpf_mul(c->t2, a->im, b->re);
    mpf_mul(r->im, a->re, b->im);
    mpf_sub(r->im, c->t2, r->im);
    mpf_div(r->re, c->t1, c->t3);
    mpf_div(r->im, r->im, c->t3);
    return true;
}

static void cf_abs2(mpf_t r, ctx *c, const cf *z)
{
    mpf_mul(c->t1, z->re, z->re);
    mpf_mul(c->t2, z->im, z->im);
    mpf_add(r, c->t1, c->t2);
}

/* c->p = f(z), c->d = f'(z). */
static void horner(ctx *c, const cf *z)
{
    mpf_set(c->p.re, c->a[c->n]);
    mpf_set_ui(c->p.im, 0);
    mpf_set_ui(c->d.re, 0);
    mpf_set_ui(c->d.im, 0);
    for (size_t i = c->n; i-- > 0;) {
        cf_muladd(c, &c->d, z, NULL);
        mpf_add(c->d.re, c->d.re, c->p.re);
        mpf_add(c->d.im, c->d.im, c->p.im);
        cf_muladd(c, &c->p, z, c->a[i]);
    }
}

/* Starting points on the circle of radius 2 max |a_i/a_n|^(1/(n-i)), rotated off the axes. */
static void start_points(cf *z, const ax_zpoly *f)
{
    size_t n = f->len - 1;
    double e = -1e300;
    double ln = (double)mpz_sizeinbase(f->c[n], 2);
    for (size_t i = 0; i < n; i++) {
        if (!mpz_sgn(f->c[i]))
            continue;
        double t = ((double)mpz_sizeinbase(f->c[i], 2) - ln + 1) / (double)(n - i);
        if (t > e)
            e = t;
    }
    long ex = (long)ceil(e) + 1;
    const double pi = 3.14159265358979323846;
    for (size_t k = 0; k < n; k++) {
        double th = 2 * pi * (double)k / (double)n + 0.4;
        mpf_set_d(z[k].re, cos(th));
        mpf_set_d(z[k].im, sin(th));
        if (ex >= 0) {
            mpf_mul_2exp(z[k].re, z[k].re, (unsigned long)ex);
            mpf_mul_2exp(z[k].im, z[k].im, (unsigned long)ex);
        } else {
            mpf_div_2exp(z[k].re, z[k].re, (unsigned long)-ex);
            mpf_div_2exp(z[k].im, z[k].im, (unsigned long)-ex);
        }
    }
}

/* The Aberth–Ehrlich iteration in double complex arithmetic from the points z (see the top of
 * this file); on success z holds its approximations. false (z unchanged) when the polynomial or
 * its roots are too large for doubles, or the result is not finite and distinct. */
static bool warm_start(cf *z, const ax_zpoly *f)
{
    size_t n = f->len - 1;
    for (size_t i = 0; i <= n; i++)
        if (mpz_sizeinbase(f->c[i], 2) > 600)
            return false;
    double complex *a = ax_calloc(n + 1, sizeof *a), *w = ax_calloc(n, sizeof *w);
    bool ok = a && w;
    for (size_t i = 0; ok && i <= n; i++)
        a[i] = mpz_get_d(f->c[i]);
    for (size_t k = 0; ok && k < n; k++) {
        w[k] = mpf_get_d(z[k].re) + mpf_get_d(z[k].im) * I;
        /* |w|^n must stay far from overflow */
        ok = cabs(w[k]) > 0 && (double)n * log2(cabs(w[k])) < 600;
    }
    for (int it = 0; ok && it < 500; it++) {
        bool all = true;
        for (size_t k = 0; k < n; k++) {
            double complex p = a[n], d = 0;
            for (size_t i = n; i-- > 0;) {
                d = d * w[k] + p;
                p = p * w[k] + a[i];
            }
            if (p == 0 || d == 0)
                continue;
            double complex N = p / d, S = 0;
            for (size_t j = 0; j < n; j++)
                if (j != k && w[k] != w[j])
                    S += 1 / (w[k] - w[j]);
            double complex c = N / (1 - N * S);
            w[k] -= c;
            if (cabs(c) > 1e-15 * cabs(w[k]))
                all = false;
        }
        if (all)
            break;
    }
    for (size_t k = 0; ok && k < n; k++) {
        ok = isfinite(creal(w[k])) && isfinite(cimag(w[k]));
        for (size_t j = 0; ok && j < k; j++)
            ok = w[j] != w[k];
    }
    for (size_t k = 0; ok && k < n; k++) {
        mpf_set_d(z[k].re, creal(w[k]));
        mpf_set_d(z[k].im, cimag(w[k]));
    }
    free(a);
    free(w);
    return ok;
}

/* Aberth–Ehrlich sweeps (Gauss–Seidel order) until every correction is below 2^-(prec-8)
 * relative, or the sweep limit. */
static void aberth(ctx *c, cf *z, bool *conv)
{
    size_t n = c->n;
    mpf_t aw, az, eps;
    mpf_init2(aw, c->prec);
    mpf_init2(az, c->prec);
    mpf_init2(eps, c->prec);
    mpf_set_ui(eps, 1);
    mpf_div_2exp(eps, eps, 2 * (c->prec - 8));
    for (size_t k = 0; k < n; k++)
        conv[k] = false;
    unsigned long maxit = 200 + 4 * c->prec;
    for (unsigned long it = 0; it < maxit; it++) {
        bool all = true;
        for (size_t k = 0; k < n; k++) {
            if (conv[k])
                continue;
            horner(c, &z[k]);
            if (mpf_sgn(c->p.re) == 0 && mpf_sgn(c->p.im) == 0) {
                conv[k] = true;
                continue;
            }
            if (!cf_div(c, &c->N, &c->p, &c->d)) { /* f'(z) = 0: nudge */
                mpf_set_d(c->t1, 1.0 / 1024);
                mpf_add(z[k].re, z[k].re, c->t1);
                all = false;
                continue;
            }
            mpf_set_ui(c->S.re, 0);
            mpf_set_ui(c->S.im, 0);
            for (size_t j = 0; j < n; j++) {
                if (j == k)
                    continue;
                mpf_sub(c->u.re, z[k].re, z[j].re);
                mpf_sub(c->u.im, z[k].im, z[j].im);
                mpf_set_ui(c->w.re, 1);
                mpf_set_ui(c->w.im, 0);
                if (!cf_div(c, &c->p, &c->w, &c->u))
                    continue;
                mpf_add(c->S.re, c->S.re, c->p.re);
                mpf_add(c->S.im, c->S.im, c->p.im);
            }
            /* w = N / (1 - N S) */
            mpf_set(c->u.re, c->N.re);
            mpf_set(c->u.im, c->N.im);
            cf_muladd(c, &c->u, &c->S, NULL);
            mpf_ui_sub(c->u.re, 1, c->u.re);
            mpf_neg(c->u.im, c->u.im);
            if (!cf_div(c, &c->w, &c->N, &c->u)) {
                mpf_set(c->w.re, c->N.re);
                mpf_set(c->w.im, c->N.im);
            }
            mpf_sub(z[k].re, z[k].re, c->w.re);
            mpf_sub(z[k].im, z[k].im, c->w.im);
            cf_abs2(aw, c, &c->w);
            cf_abs2(az, c, &z[k]);
            if (mpf_sgn(az) == 0)
                mpf_set_ui(az, 1);
            mpf_mul(az, az, eps);
            if (mpf_cmp(aw, az) <= 0)
                conv[k] = true;
            else
                all = false;
        }
        if (all)
            break;
    }
    mpf_clear(aw);
    mpf_clear(az);
    mpf_clear(eps);
}

/* ---- exact certificate ----------------------------------------------------------------------- */

/* R: a rational with R > n |f(x)| / |f'(x)| at x = xr + xi i (exactly); false when f'(x) = 0.
 * An exact root gets R = 2^-floor. */
static bool inclusion_radius(mpq_t R, const ax_zpoly *f, const mpq_t xr, const mpq_t xi,
                             unsigned long floor)
{
    size_t n = f->len - 1;
    mpq_t pr, pi, dr, di, t, u, r2;
    mpq_inits(pr, pi, dr, di, t, u, r2, NULL);
    /* x = (Xr + Xi i) / 2^k (the points are dyadic): Horner on integer numerators, without the
     * gcds of rational arithmetic. After j steps p = P / 2^(kj) and p' = D / 2^(k(j-1)):
     *   P <- P X + a_i 2^(k(j+1)),  D <- D X + P. */
    mpz_t Xr, Xi, Pr, Pi, Dr, Di, T, U;
    mpz_inits(Xr, Xi, Pr, Pi, Dr, Di, T, U, NULL);
    mp_bitcnt_t kr = mpz_scan1(mpq_denref(xr), 0), ki = mpz_scan1(mpq_denref(xi), 0);
    mp_bitcnt_t k = kr > ki ? kr : ki;
    bool dyadic =
        mpz_sizeinbase(mpq_denref(xr), 2) == kr + 1 && mpz_sizeinbase(mpq_denref(xi), 2) == ki + 1;
    if (dyadic) {
        mpz_mul_2exp(Xr, mpq_numref(xr), k - kr);
        mpz_mul_2exp(Xi, mpq_numref(xi), k - ki);
        mpz_set(Pr, f->c[n]);
        for (size_t i = n, j = 0; i-- > 0; j++) {
            /* D = D X + P */
            mpz_mul(T, Dr, Xr);
            mpz_submul(T, Di, Xi);
            mpz_mul(U, Dr, Xi);
            mpz_addmul(U, Di, Xr);
            mpz_add(Dr, T, Pr);
            mpz_add(Di, U, Pi);
            /* P = P X + a_i 2^(k(j+1)) */
            mpz_mul(T, Pr, Xr);
            mpz_submul(T, Pi, Xi);
            mpz_mul(U, Pr, Xi);
            mpz_addmul(U, Pi, Xr);
            mpz_mul_2exp(Pr, f->c[i], k * (j + 1));
            mpz_add(Pr, Pr, T);
            mpz_set(Pi, U);
        }
        /* p = P / 2^(kn), p' = D / 2^(k(n-1)) */
        mpq_set_z(pr, Pr);
        mpq_div_2exp(pr, pr, k * n);
        mpq_set_z(pi, Pi);
        mpq_div_2exp(pi, pi, k * n);
        mpq_set_z(dr, Dr);
        mpq_div_2exp(dr, dr, k * (n - 1));
        mpq_set_z(di, Di);
        mpq_div_2exp(di, di, k * (n - 1));
    } else {
        mpq_set_z(pr, f->c[n]);
        for (size_t i = n; i-- > 0;) {
            /* d = d x + p */
            mpq_mul(t, dr, xr);
            mpq_mul(u, di, xi);
            mpq_sub(t, t, u);
            mpq_mul(u, dr, xi);
            mpq_mul(di, di, xr);
            mpq_add(di, di, u);
            mpq_add(dr, t, pr);
            mpq_add(di, di, pi);
            /* p = p x + a_i */
            mpq_mul(t, pr, xr);
            mpq_mul(u, pi, xi);
            mpq_sub(t, t, u);
            mpq_mul(u, pr, xi);
            mpq_mul(pi, pi, xr);
            mpq_add(pi, pi, u);
            mpq_set_z(u, f->c[i]);
            mpq_add(pr, t, u);
        }
    }
    mpz_clears(Xr, Xi, Pr, Pi, Dr, Di, T, U, NULL);
    mpq_mul(t, dr, dr);
    mpq_mul(u, di, di);
    mpq_add(t, t, u);
    bool ok = mpq_sgn(t) != 0;
    if (ok) {
        mpq_mul(u, pr, pr);
        mpq_mul(r2, pi, pi);
        mpq_add(u, u, r2);
        mpq_div(r2, u, t);
        mpq_set_ui(t, (unsigned long)(n * n), 1);
        mpq_mul(r2, r2, t);
        if (mpq_sgn(r2) == 0) {
            mpq_set_ui(R, 1, 1);
            mpq_div_2exp(R, R, floor);
        } else {
            mpf_t s;
            mpf_init2(s, 64);
            mpf_set_q(s, r2);
            mpf_sqrt(s, s);
            mpq_set_f(R, s);
            mpq_set_ui(t, (1UL << 30) + 1, 1UL << 30);
            mpq_mul(R, R, t);
            mpf_clear(s);
            for (;;) {
                mpq_mul(t, R, R);
                if (mpq_cmp(t, r2) > 0)
                    break;
                mpq_mul_2exp(R, R, 1);
            }
        }
    }
    mpq_clears(pr, pi, dr, di, t, u, r2, NULL);
    return ok;
}

/* |a - b|^2 for complex rationals. */
static void dist2(mpq_t d, const mpq_t ar, const mpq_t ai, const mpq_t br, const mpq_t bi)
{
    mpq_t t;
    mpq_init(t);
    mpq_sub(t, ar, br);
    mpq_mul(d, t, t);
    mpq_sub(t, ai, bi);
    mpq_mul(t, t, t);
    mpq_add(d, d, t);
    mpq_clear(t);
}

static bool certify(mpq_t *re, mpq_t *im, mpq_t *rad, const cf *z, const ax_zpoly *f,
                    unsigned long prec)
{
    size_t n = f->len - 1;
    for (size_t k = 0; k < n; k++) {
        mpq_set_f(re[k], z[k].re);
        mpq_set_f(im[k], z[k].im);
        if (!inclusion_radius(rad[k], f, re[k], im[k], prec))
            return false;
    }
    mpq_t d, s;
    mpq_inits(d, s, NULL);
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        for (size_t j = i + 1; ok && j < n; j++) {
            dist2(d, re[i], im[i], re[j], im[j]);
            mpq_add(s, rad[i], rad[j]);
            mpq_mul(s, s, s);
            ok = mpq_cmp(s, d) < 0;
        }
    mpq_clears(d, s, NULL);
    return ok;
}

void ax_alg_discs_clear(mpq_t *re, mpq_t *im, mpq_t *rad, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (re)
            mpq_clear(re[i]);
        if (im)
            mpq_clear(im[i]);
        if (rad)
            mpq_clear(rad[i]);
    }
    free(re);
    free(im);
    free(rad);
}

axle_status ax_alg_all_discs(mpq_t **ore, mpq_t **oim, mpq_t **orad, const ax_zpoly *f,
                             unsigned long prec)
{
    size_t n = f->len - 1;
    *ore = *oim = *orad = NULL;
    mpq_t *re = ax_calloc(n, sizeof(mpq_t)), *im = ax_calloc(n, sizeof(mpq_t)),
          *rad = ax_calloc(n, sizeof(mpq_t));
    cf *z = ax_calloc(n, sizeof(cf));
    bool *conv = ax_calloc(n, sizeof(bool));
    if (!re || !im || !rad || !z || !conv) {
        free(re);
        free(im);
        free(rad);
        free(z);
        free(conv);
        return ax_nomem();
    }
    for (size_t k = 0; k < n; k++) {
        mpq_init(re[k]);
        mpq_init(im[k]);
        mpq_init(rad[k]);
    }
    if (prec < 128)
        prec = 128;
    for (size_t k = 0; k < n; k++)
        cf_init(&z[k], prec);
    start_points(z, f);
    (void)warm_start(z, f);
    axle_status s = AXLE_EUNCERTIFIED;
    for (; prec <= MAX_PREC; prec *= 2) {
        ctx c;
        if (!ctx_init(&c, f, prec)) {
            s = ax_nomem();
            break;
        }
        for (size_t k = 0; k < n; k++) {
            mpf_set_prec(z[k].re, prec);
            mpf_set_prec(z[k].im, prec);
        }
        aberth(&c, z, conv);
        ctx_clear(&c);
        if (certify(re, im, rad, z, f, prec)) {
            s = AXLE_OK;
            break;
        }
    }
    for (size_t k = 0; k < n; k++)
        cf_clear(&z[k]);
    free(z);
    free(conv);
    if (s) {
        ax_alg_discs_clear(re, im, rad, n);
        if (s == AXLE_EUNCERTIFIED)
            return ax_error(s,
                            "the complex roots of a degree-%zu polynomial could not be "
                            "certified within %lu bits of precision",
                            n, MAX_PREC);
        return s;
    }
    *ore = re;
    *oim = im;
    *orad = rad;
    return AXLE_OK;
}

axle_status ax_alg_refine_disc(mpq_t re, mpq_t im, mpq_t rad, const ax_zpoly *f, long bits)
{
    mpq_t eps, R, zr, zi, d, t;
    mpq_inits(eps, R, zr, zi, d, t, NULL);
    mpq_set_ui(eps, 1, 1);
    if (bits >= 0)
        mpq_div_2exp(eps, eps, (unsigned long)bits);
    else
        mpq_mul_2exp(eps, eps, (unsigned long)-bits);
    axle_status s = AXLE_OK;
    if (mpq_cmp(rad, eps) <= 0)
        goto done;
    /* a root of unity: from its closed form, O(n) per step instead of exact evaluation */
    bool nomem, unity = false;
    unsigned long order = ax_alg_cyclotomic_order(f, &nomem);
    if (nomem)
        s = ax_nomem();
    else if (order)
        s = ax_alg_unity_refine(re, im, rad, f, order, bits, &unity);
    else if (ax_alg_is_binomial(f))
        s = ax_alg_binomial_refine(re, im, rad, f, bits, &unity);
    if (s || (unity && mpq_cmp(rad, eps) <= 0))
        goto done;
    long mag = 0;
    if (mpq_sgn(re) || mpq_sgn(im)) {
        mpq_abs(t, re);
        mpq_abs(d, im);
        long a = mpq_sgn(t) ? ax_alg_log2(t) : LONG_MIN / 2;
        long b = ax_alg_log2(d);
        mag = a > b ? a : b;
        if (mag < 0)
            mag = 0;
    }
    long p0 = bits + mag + 64;
    unsigned long prec = p0 < 64 ? 64 : (unsigned long)p0;
    s = AXLE_EUNCERTIFIED;
    for (; prec <= 4 * MAX_PREC; prec *= 2) {
        ctx c;
        if (!ctx_init(&c, f, prec)) {
            s = ax_nomem();
            break;
        }
        cf z;
        cf_init(&z, prec);
        mpf_set_q(z.re, re);
        mpf_set_q(z.im, im);
        mpf_t stop, an;
        mpf_init2(stop, prec);
        mpf_init2(an, prec);
        mpf_set_ui(stop, 1);
        mpf_div_2exp(stop, stop, prec - 16);
        mpf_mul(stop, stop, stop);
        for (int it = 0; it < 200; it++) {
            horner(&c, &z);
            if (!cf_div(&c, &c.N, &c.p, &c.d))
                break;
            mpf_sub(z.re, z.re, c.N.re);
            mpf_sub(z.im, z.im, c.N.im);
            cf_abs2(an, &c, &c.N);
            cf_abs2(c.t3, &c, &z);
            if (mpf_sgn(c.t3))
                mpf_mul(c.t3, c.t3, stop);
            else
                mpf_set(c.t3, stop);
            if (mpf_cmp(an, c.t3) <= 0)
                break;
        }
        mpq_set_f(zr, z.re);
        mpq_set_f(zi, z.im);
        mpf_clear(stop);
        mpf_clear(an);
        cf_clear(&z);
        ctx_clear(&c);
        if (!inclusion_radius(R, f, zr, zi, (unsigned long)(bits > 0 ? bits : 0) + 8))
            continue;
        if (mpq_cmp(R, eps) > 0 || mpq_cmp(R, rad) > 0)
            continue;
        /* D(z, R) inside D(re, rad): |z - re| <= rad - R */
        dist2(d, zr, zi, re, im);
        mpq_sub(t, rad, R);
        mpq_mul(t, t, t);
        if (mpq_cmp(d, t) > 0)
            continue;
        mpq_set(re, zr);
        mpq_set(im, zi);
        mpq_set(rad, R);
        s = AXLE_OK;
        break;
    }
    if (s == AXLE_EUNCERTIFIED)
        ax_error(s, "a complex root could not be refined to 2^-%ld", bits);
done:
    mpq_clears(eps, R, zr, zi, d, t, NULL);
    return s;
}
