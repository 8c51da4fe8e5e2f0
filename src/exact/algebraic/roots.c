/* All roots of a polynomial over Q, exactly: factor over Q, isolate each irreducible factor's
 * real roots (Descartes / VCA) and certify its non-real roots (Aberth + inclusion discs), then put
 * them in the canonical order. */
#include <stdlib.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"

axle_status ax_alist_push(ax_alist *L, axle_algebraic *x, unsigned long m)
{
    if (L->n == L->cap) {
        size_t cap = L->cap ? 2 * L->cap : 8, b1, b2;
        if (!ax_size_mul(&b1, cap, sizeof *L->a) || !ax_size_mul(&b2, cap, sizeof *L->m)) {
            axle_algebraic_free(x);
            return ax_nomem();
        }
        axle_algebraic **a = ax_realloc(L->a, b1);
        if (a)
            L->a = a;
        unsigned long *mm = a ? ax_realloc(L->m, b2) : NULL;
        if (!mm) {
            axle_algebraic_free(x);
            return ax_nomem();
        }
        L->m = mm;
        L->cap = cap;
    }
    L->a[L->n] = x;
    L->m[L->n++] = m;
    return AXLE_OK;
}

void ax_alist_clear(ax_alist *L)
{
    for (size_t i = 0; i < L->n; i++)
        axle_algebraic_free(L->a[i]);
    free(L->a);
    free(L->m);
    L->a = NULL;
    L->m = NULL;
    L->n = L->cap = 0;
}

static axle_status push_complex(ax_alist *L, const ax_zpoly *f, unsigned long m, const mpq_t re,
                                const mpq_t im, const mpq_t rad)
{
    for (int conj = 0; conj < 2; conj++) {
        axle_algebraic *x;
        axle_status s = ax_alg_new(&x, f, AX_ALG_COMPLEX);
        if (s)
            return s;
        mpq_set(x->re, re);
        mpq_set(x->im, im);
        if (conj)
            mpq_neg(x->im, x->im);
        mpq_set(x->rad, rad);
        s = ax_alist_push(L, x, m);
        if (s)
            return s;
    }
    return AXLE_OK;
}

/* The non-real pair of a x^2 + b x + c (a > 0) with D = b^2 - 4ac < 0, from the closed form:
 * re = -b/2a exactly and im = √(-D)/2a from the integer square root s = ⌊√(-D · 4^4)⌋, so that im
 * lies in [s, s + 1)/(2^4 · 2a); the centre (2s + 1)/(2^5 · 2a) with radius 1/(2^4 · 2a), at most
 * im/16 since -D >= 1, isolates it from its conjugate and the real axis. (Aberth's iteration needs
 * the precision that tells the roots 2 im apart at size |re|: 66000 bits for 10^20000 ± i.)
 * *done = false when D >= 0 (the real roots are isolated as any others). */
static axle_status quadratic_pair(ax_alist *L, const ax_zpoly *f, unsigned long m, bool real_only,
                                  bool *done)
{
    mpz_t D, t;
    mpz_inits(D, t, NULL);
    mpz_mul(D, f->c[1], f->c[1]);
    mpz_mul(t, f->c[2], f->c[0]);
    mpz_submul_ui(D, t, 4);
    *done = mpz_sgn(D) < 0;
    axle_status s = AXLE_OK;
    if (*done && !real_only) {
        mpq_t re, im, rad;
        mpq_inits(re, im, rad, NULL);
        mpz_neg(mpq_numref(re), f->c[1]);
        mpz_mul_2exp(mpq_denref(re), f->c[2], 1);
        mpq_canonicalize(re);
        mpz_neg(t, D);
        mpz_mul_2exp(t, t, 8);
        mpz_sqrt(t, t);
        mpz_mul_2exp(mpq_numref(im), t, 1);
        mpz_add_ui(mpq_numref(im), mpq_numref(im), 1);
        mpz_mul_2exp(mpq_denref(im), f->c[2], 6);
        mpq_canonicalize(im);
        mpz_set_ui(mpq_numref(rad), 1);
        mpz_mul_2exp(mpq_denref(rad), f->c[2], 5);
        mpq_canonicalize(rad);
        s = push_complex(L, f, m, re, im, rad);
        mpq_clears(re, im, rad, NULL);
    }
    mpz_clears(D, t, NULL);
    return s;
}

static axle_status degree_limit(size_t n)
{
    return ax_error(AXLE_ERANGE,
                    "exact roots are limited to irreducible factors of degree %d "
                    "(AXLE_ROOTS_MAX_DEGREE; cyclotomic and binomial factors excepted); this "
                    "polynomial has "
                    "one of degree %zu",
                    AXLE_ROOTS_MAX_DEGREE, n);
}

axle_status ax_alg_roots_irreducible(ax_alist *L, const ax_zpoly *f, unsigned long m,
                                     bool real_only)
{
    size_t n = f->len - 1;
    axle_status s;
    if (n == 1) {
        mpq_t q;
        mpq_init(q);
        mpz_neg(mpq_numref(q), f->c[0]);
        mpz_set(mpq_denref(q), f->c[1]);
        mpq_canonicalize(q);
        axle_algebraic *x;
        s = ax_alg_rational(&x, q);
        mpq_clear(q);
        return s ? s : ax_alist_push(L, x, m);
    }
    bool nomem, done = false;
    unsigned long order = ax_alg_cyclotomic_order(f, &nomem);
    if (nomem)
        return ax_nomem();
    if (order && real_only) /* Φ_m for m >= 3: no real roots */
        return AXLE_OK;
    if (order && (s = ax_alg_unity_roots(L, f, order, m, &done)))
        return s;
    if (done)
        return AXLE_OK;
    /* x^n = β: from the closed form, as the roots of unity (binomial.c) */
    if (ax_alg_is_binomial(f) && (s = ax_alg_binomial_roots(L, f, m, real_only, &done)))
        return s;
    if (done)
        return AXLE_OK;
    if (n == 2 && (s = quadratic_pair(L, f, m, real_only, &done)))
        return s;
    if (done)
        return AXLE_OK;
    if (n > AXLE_ROOTS_MAX_DEGREE)
        return degree_limit(n);
    ax_intervals R;
    s = ax_alg_isolate_real(&R, f);
    if (s)
        return s;
    size_t nreal = R.n;
    for (size_t i = 0; i < R.n && !s; i++) {
        axle_algebraic *x;
        s = ax_alg_new(&x, f, AX_ALG_REAL);
        if (s)
            break;
        mpq_set(x->lo, R.v[i].lo);
        mpq_set(x->hi, R.v[i].hi);
        s = ax_alist_push(L, x, m);
    }
    ax_iv_clear(&R);
    if (s || real_only || nreal == n)
        return s;
    /* the non-real roots: discs off the real axis; a root close to the axis may need more
     * precision before its disc clears the axis */
    size_t want = (n - nreal) / 2;
    for (unsigned long prec = 128;; prec *= 4) {
        mpq_t *re, *im, *rad;
        s = ax_alg_all_discs(&re, &im, &rad, f, prec);
        if (s)
            break;
        size_t up = 0;
        for (size_t k = 0; k < n; k++)
            if (mpq_sgn(im[k]) > 0 && mpq_cmp(im[k], rad[k]) > 0)
                up++;
        if (up == want)
            for (size_t k = 0; k < n && !s; k++)
                if (mpq_sgn(im[k]) > 0 && mpq_cmp(im[k], rad[k]) > 0)
                    s = push_complex(L, f, m, re[k], im[k], rad[k]);
        ax_alg_discs_clear(re, im, rad, n);
        if (up == want || s)
            break;
        if (prec >= (1UL << 16)) {
            s = ax_error(AXLE_EUNCERTIFIED,
                         "a non-real root of a degree-%zu polynomial could not be "
                         "separated from the real axis",
                         n);
            break;
        }
    }
    return s;
}

/* ---- ordering ------------------------------------------------------------------------------- */

/* Compare the real (im = false) or imaginary parts of two non-real roots, refining in place.
 * *out = 0 when they cannot be told apart at 2^-128 relative precision. */
static axle_status part_cmp(int *out, axle_algebraic *a, axle_algebraic *b, bool im)
{
    mpq_t al, ah, bl, bh, t;
    mpq_inits(al, ah, bl, bh, t, NULL);
    axle_status s = AXLE_OK;
    for (;;) {
        mpq_srcptr ca = im ? a->im : a->re, cb = im ? b->im : b->re;
        mpq_sub(al, ca, a->rad);
        mpq_add(ah, ca, a->rad);
        mpq_sub(bl, cb, b->rad);
        mpq_add(bh, cb, b->rad);
        if (mpq_cmp(ah, bl) < 0) {
            *out = -1;
            break;
        }
        if (mpq_cmp(bh, al) < 0) {
            *out = 1;
            break;
        }
        /* the size: the larger modulus of the centres, at least 1 */
        long mag = 0;
        mpq_srcptr parts[4] = {a->re, a->im, b->re, b->im};
        for (int i = 0; i < 4; i++)
            if (mpq_sgn(parts[i])) {
                long l = ax_alg_log2(parts[i]);
                if (l > mag)
                    mag = l;
            }
        long ra = ax_alg_log2(a->rad), rb = ax_alg_log2(b->rad);
        if (ra < mag - 128 && rb < mag - 128) {
            *out = 0;
            break;
        }
        axle_algebraic *w = ra >= rb ? a : b;
        s = ax_alg_refine_disc(w->re, w->im, w->rad, &w->p, 1 - (ra >= rb ? ra : rb));
        if (s)
            break;
    }
    mpq_clears(al, ah, bl, bh, t, NULL);
    return s;
}

static axle_status complex_cmp(int *out, axle_algebraic *a, axle_algebraic *b)
{
    axle_status s = part_cmp(out, a, b, false);
    if (!s && *out == 0)
        s = part_cmp(out, a, b, true);
    if (!s && *out == 0)
        *out = mpq_cmp(a->im, b->im);
    return s;
}

/* Insertion sort of L->a[lo, hi) with a refining comparison (few roots; each comparison may
 * refine the enclosures, which stay isolating). */
static axle_status sort_range(ax_alist *L, size_t lo, size_t hi, bool complex)
{
    for (size_t i = lo + 1; i < hi; i++) {
        size_t j = i;
        while (j > lo) {
            int c;
            axle_status s = complex ? complex_cmp(&c, L->a[j - 1], L->a[j])
                                    : ax_alg_real_cmp(&c, L->a[j - 1], L->a[j]);
            if (s)
                return s;
            if (c <= 0)
                break;
            axle_algebraic *ta = L->a[j];
            L->a[j] = L->a[j - 1];
            L->a[j - 1] = ta;
            unsigned long tm = L->m[j];
            L->m[j] = L->m[j - 1];
            L->m[j - 1] = tm;
            j--;
        }
    }
    return AXLE_OK;
}

/* Canonical order: real roots ascending, then conjugate pairs (positive imaginary part first)
 * sorted by the member with positive imaginary part. */
axle_status ax_alg_canonical_order(ax_alist *L)
{
    size_t nr = 0;
    for (size_t i = 0; i < L->n; i++)
        if (L->a[i]->kind != AX_ALG_COMPLEX) {
            axle_algebraic *ta = L->a[i];
            unsigned long tm = L->m[i];
            memmove(&L->a[nr + 1], &L->a[nr], (i - nr) * sizeof *L->a);
            memmove(&L->m[nr + 1], &L->m[nr], (i - nr) * sizeof *L->m);
            L->a[nr] = ta;
            L->m[nr++] = tm;
        }
    axle_status s = sort_range(L, 0, nr, false);
    if (s)
        return s;
    /* the complex part comes as (upper, lower) pairs: sort the pairs by their upper member */
    size_t np = (L->n - nr) / 2;
    for (size_t i = 1; i < np; i++) {
        size_t j = i;
        while (j > 0) {
            size_t x = nr + 2 * (j - 1), y = nr + 2 * j;
            int c;
            s = complex_cmp(&c, L->a[x], L->a[y]);
            if (s)
                return s;
            if (c <= 0)
                break;
            for (int k = 0; k < 2; k++) {
                axle_algebraic *ta = L->a[x + k];
                L->a[x + k] = L->a[y + k];
                L->a[y + k] = ta;
                unsigned long tm = L->m[x + k];
                L->m[x + k] = L->m[y + k];
                L->m[y + k] = tm;
            }
            j--;
        }
    }
    /* keep each lower member's disc the exact conjugate of its (possibly refined) upper one */
    for (size_t i = 0; i < np; i++) {
        axle_algebraic *u = L->a[nr + 2 * i], *d = L->a[nr + 2 * i + 1];
        mpq_set(d->re, u->re);
        mpq_neg(d->im, u->im);
        mpq_set(d->rad, u->rad);
    }
    return AXLE_OK;
}

static axle_status roots(axle_roots **out, const axle_poly *p, bool real_only)
{
    AX_OUT(out);
    if (!p)
        return ax_error(AXLE_EINVAL, "polynomial p is NULL");
    if (axle_poly_field(p) != AXLE_QQ)
        return ax_error(AXLE_EUNSUPPORTED, "exact roots need a QQ polynomial; this one is over "
                                           "RR (convert it with axle_poly_convert)");
    if (axle_poly_is_zero(p))
        return ax_error(AXLE_EDOMAIN, "the zero polynomial has every number as a root");
    /* the factors from the engine: primitive, positive leading coefficient */
    mpq_t unit;
    ax_zlist F = {0};
    mpq_init(unit);
    axle_status s = ax_exact_decompose(unit, &F, p, true, "factorization");
    mpq_clear(unit);
    ax_alist L = {0};
    /* the limit first, before any root is computed: every factor above it must be cyclotomic or
     * a binomial */
    for (size_t i = 0; i < F.n && !s; i++) {
        size_t n = F.f[i].len - 1;
        bool nomem;
        if (n > AXLE_ROOTS_MAX_DEGREE && !ax_alg_is_binomial(&F.f[i]) &&
            !ax_alg_cyclotomic_order(&F.f[i], &nomem))
            s = nomem ? ax_nomem() : degree_limit(n);
    }
    for (size_t i = 0; i < F.n && !s; i++)
        s = ax_alg_roots_irreducible(&L, &F.f[i], F.mult[i], real_only);
    ax_zlist_clear(&F);
    /* non-real roots were pushed in (upper, lower) pairs per factor: keep them pairwise */
    if (!s)
        s = ax_alg_canonical_order(&L);
    axle_roots *r = s ? NULL : ax_calloc(1, sizeof *r);
    if (!s && !r)
        s = ax_nomem();
    if (s) {
        ax_alist_clear(&L);
        return s;
    }
    r->a = L.a;
    r->mult = L.m;
    r->n = L.n;
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_roots(axle_roots **out, const axle_poly *p)
{
    return roots(out, p, false);
}

axle_status axle_poly_real_roots(axle_roots **out, const axle_poly *p)
{
    return roots(out, p, true);
}

void axle_roots_free(axle_roots *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        axle_algebraic_free(r->a[i]);
    free(r->a);
    free(r->mult);
    free(r);
}

size_t axle_roots_count(const axle_roots *r)
{
    return r ? r->n : 0;
}

const axle_algebraic *axle_roots_get(const axle_roots *r, size_t i, unsigned long *mult)
{
    if (!r || i >= r->n)
        return NULL;
    if (mult)
        *mult = r->mult[i];
    return r->a[i];
}
