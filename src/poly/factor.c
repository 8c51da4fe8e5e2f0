/* Square-free decomposition (Yun) and complete factorization over Q; rational roots from the
 * linear factors. */
#include <stdlib.h>

#include "poly/poly_impl.h"

struct axle_poly_factors {
    axle_scalar *unit;
    size_t n;
    axle_poly **f;
    unsigned long *mult;
};

void axle_poly_factors_free(axle_poly_factors *F)
{
    if (!F)
        return;
    axle_scalar_free(F->unit);
    for (size_t i = 0; i < F->n; i++)
        axle_poly_free(F->f[i]);
    free(F->f);
    free(F->mult);
    free(F);
}

size_t axle_poly_factors_count(const axle_poly_factors *F)
{
    return F ? F->n : 0;
}

const axle_scalar *axle_poly_factors_unit(const axle_poly_factors *F)
{
    return F ? F->unit : NULL;
}

const axle_poly *axle_poly_factors_get(const axle_poly_factors *F, size_t i, unsigned long *mult)
{
    if (!F || i >= F->n)
        return NULL;
    if (mult)
        *mult = F->mult[i];
    return F->f[i];
}

static axle_status coefficient_limit(const char *what, size_t bits)
{
    return ax_error(AXLE_ERANGE,
                    "%s is limited to coefficients of %lu bits (AXLE_POLY_FACTOR_MAX_BITS, about "
                    "315000 digits) once the denominators are cleared; this polynomial needs %zu",
                    what, (unsigned long)AXLE_POLY_FACTOR_MAX_BITS, bits);
}

/* The unit (content with the sign of the leading coefficient) and the primitive part of p,
 * within the factorization limits of poly.h. */
static axle_status split_content(mpq_t unit, ax_zpoly *P, const axle_poly *p, const char *what)
{
    axle_status s = ax_poly_check(p, "p");
    if (s)
        return s;
    if (p->field != AXLE_QQ)
        return ax_error(AXLE_EUNSUPPORTED, "%s is available over QQ only", what);
    if (!p->len)
        return ax_error(AXLE_EDOMAIN, "%s of the zero polynomial is not defined", what);
    /* the limits, before any work: the degree; each numerator, and the denominators together
     * (their lcm, which scales the numerators, has at most as many bits as they have) */
    if (p->len - 1 > AXLE_POLY_FACTOR_MAX_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "%s is limited to degree %d (AXLE_POLY_FACTOR_MAX_DEGREE); this polynomial "
                        "has degree %zu",
                        what, AXLE_POLY_FACTOR_MAX_DEGREE, p->len - 1);
    size_t denbits = 0;
    for (size_t i = 0; i < p->len; i++) {
        size_t nb = mpz_sizeinbase(mpq_numref(p->q[i]), 2);
        if (mpz_cmp_ui(mpq_denref(p->q[i]), 1) != 0)
            denbits += mpz_sizeinbase(mpq_denref(p->q[i]), 2);
        if (nb > AXLE_POLY_FACTOR_MAX_BITS || denbits > AXLE_POLY_FACTOR_MAX_BITS)
            return coefficient_limit(what, nb > AXLE_POLY_FACTOR_MAX_BITS ? nb : denbits);
    }
    mpz_t den;
    mpz_init(den);
    if (!ax_zp_from_qq(P, den, p)) {
        mpz_clear(den);
        return ax_nomem();
    }
    ax_zp_content(mpq_numref(unit), P);
    if (mpz_sgn(P->c[P->len - 1]) < 0)
        mpz_neg(mpq_numref(unit), mpq_numref(unit));
    mpz_set(mpq_denref(unit), den);
    mpq_canonicalize(unit);
    ax_zp_primitive(P);
    mpz_clear(den);
    for (size_t i = 0; i < P->len; i++) {
        size_t nb = mpz_sizeinbase(P->c[i], 2);
        if (nb > AXLE_POLY_FACTOR_MAX_BITS)
            return coefficient_limit(what, nb);
    }
    return AXLE_OK;
}

/* True when some small prime proves the primitive f square-free: p does not divide lc(f) and
 * gcd(f, f') = 1 mod p imply disc(f) != 0. */
static bool squarefree_mod_p(const ax_zpoly *f, bool *ok)
{
    static const uint64_t primes[] = {1000003, 1000033, 1000037, 1000039, 999983, 999979};
    ax_np a, d, g;
    ax_np_init(&a);
    ax_np_init(&d);
    ax_np_init(&g);
    bool sqf = false;
    *ok = true;
    for (size_t i = 0; *ok && !sqf && i < sizeof primes / sizeof primes[0]; i++) {
        uint64_t p = primes[i];
        if (mpz_fdiv_ui(f->c[f->len - 1], (unsigned long)p) == 0)
            continue;
        *ok = ax_np_from_zp(&a, f, p) && ax_np_derivative(&d, &a, p) && ax_np_gcd(&g, &a, &d, p);
        sqf = *ok && g.len == 1;
    }
    ax_np_clear(&a);
    ax_np_clear(&d);
    ax_np_clear(&g);
    return sqf;
}

/* q = f / g, exact; false when out of memory or, setting *inexact, when g does not divide f. */
static bool divide_exact(ax_zpoly *q, const ax_zpoly *f, const ax_zpoly *g, bool *inexact)
{
    bool mem = true;
    if (ax_zp_divides(q, f, g, &mem))
        return true;
    if (mem)
        *inexact = true;
    return false;
}

/* Yun's algorithm over Z on primitive f of degree >= 1 (Geddes, Czapor & Labahn 8.2; the
 * divisions are exact over Z because every divisor is primitive): appends the square-free
 * factors a_i of multiplicity i (nonconstant ones only) to L. */
static axle_status yun(ax_zlist *L, const ax_zpoly *f)
{
    bool ok = true;
    if (f->len <= 2 || squarefree_mod_p(f, &ok))
        return ax_zlist_push(L, f, 1) ? AXLE_OK : ax_nomem();
    if (!ok)
        return ax_nomem();
    ax_zpoly df, a, b, c, d, t;
    ax_zpoly *all[] = {&df, &a, &b, &c, &d, &t};
    for (size_t i = 0; i < 6; i++)
        ax_zp_init(all[i]);
    bool inexact = false;
    ok = ax_zp_derivative(&df, f) && ax_zp_gcd(&a, f, &df);
    ok = ok && divide_exact(&b, f, &a, &inexact) && divide_exact(&c, &df, &a, &inexact);
    ok = ok && ax_zp_derivative(&t, &b) && ax_zp_sub(&d, &c, &t);
    for (unsigned long i = 1; ok && b.len > 1; i++) {
        if (d.len) {
            ok = ax_zp_gcd(&a, &b, &d);
        } else {
            ok = ax_zp_set(&a, &b);
            ax_zp_primitive(&a);
        }
        if (ok && a.len > 1)
            ok = ax_zlist_push(L, &a, i);
        ok = ok && divide_exact(&t, &b, &a, &inexact) && ax_zp_set(&b, &t);
        ok = ok && divide_exact(&c, &d, &a, &inexact);
        ok = ok && ax_zp_derivative(&t, &b) && ax_zp_sub(&d, &c, &t);
    }
    for (size_t i = 0; i < 6; i++)
        ax_zp_clear(all[i]);
    /* a division that fails is a bug, not an input property; report it rather than crash */
    if (ok)
        return AXLE_OK;
    return inexact ? ax_error(AXLE_EDOMAIN, "square-free decomposition failed: inexact division")
                   : ax_nomem();
}

static int cmp_zp(const ax_zpoly *f, const ax_zpoly *g)
{
    if (f->len != g->len)
        return f->len < g->len ? -1 : 1;
    for (size_t i = f->len; i-- > 0;) {
        int c = mpz_cmp(f->c[i], g->c[i]);
        if (c)
            return c;
    }
    return 0;
}

/* Sort L by degree, then coefficients (insertion sort: factor lists are short). */
static void sort_list(ax_zlist *L)
{
    for (size_t i = 1; i < L->n; i++) {
        for (size_t j = i; j > 0 && cmp_zp(&L->f[j - 1], &L->f[j]) > 0; j--) {
            ax_zpoly t = L->f[j];
            L->f[j] = L->f[j - 1];
            L->f[j - 1] = t;
            unsigned long m = L->mult[j];
            L->mult[j] = L->mult[j - 1];
            L->mult[j - 1] = m;
        }
    }
}

static axle_status make_factors(axle_poly_factors **out, const mpq_t unit, const ax_zlist *L)
{
    axle_poly_factors *F = ax_calloc(1, sizeof *F);
    if (!F)
        return ax_nomem();
    axle_status s = ax_scalar_from_mpq(&F->unit, AXLE_QQ, unit);
    if (!s && L->n) {
        F->f = ax_calloc(L->n, sizeof *F->f);
        F->mult = ax_calloc(L->n, sizeof *F->mult);
        if (!F->f || !F->mult)
            s = ax_nomem();
    }
    for (size_t i = 0; !s && i < L->n; i++) {
        s = ax_zp_to_poly(&F->f[i], &L->f[i], NULL);
        if (!s) {
            F->mult[i] = L->mult[i];
            F->n++;
        }
    }
    if (s) {
        axle_poly_factors_free(F);
        return s;
    }
    *out = F;
    return AXLE_OK;
}

static axle_status decompose(axle_poly_factors **out, const axle_poly *p, bool full)
{
    AX_OUT(out);
    axle_status s;
    mpq_t unit;
    ax_zpoly P;
    ax_zlist sqf = {0}, irr = {0};
    mpq_init(unit);
    ax_zp_init(&P);
    s = split_content(unit, &P, p, full ? "factorization" : "square-free decomposition");
    if (!s && P.len > 1)
        s = yun(&sqf, &P);
    for (size_t i = 0; !s && full && i < sqf.n; i++)
        s = ax_zp_factor_squarefree(&irr, &sqf.f[i], sqf.mult[i]);
    if (!s) {
        ax_zlist *L = full ? &irr : &sqf;
        if (full)
            sort_list(L);
        s = make_factors(out, unit, L);
    }
    mpq_clear(unit);
    ax_zp_clear(&P);
    ax_zlist_clear(&sqf);
    ax_zlist_clear(&irr);
    return s;
}

axle_status axle_poly_squarefree(axle_poly_factors **out, const axle_poly *p)
{
    return decompose(out, p, false);
}

axle_status axle_poly_factor(axle_poly_factors **out, const axle_poly *p)
{
    return decompose(out, p, true);
}

axle_status axle_poly_rational_roots(axle_matrix **roots, unsigned long **mult, const axle_poly *p)
{
    if (mult)
        *mult = NULL;
    AX_OUT(roots);
    axle_status s;
    axle_poly_factors *F;
    if ((s = axle_poly_factor(&F, p)))
        return s;
    size_t k = 0;
    for (size_t i = 0; i < F->n; i++)
        if (F->f[i]->len == 2)
            k++;
    unsigned long *m = NULL;
    axle_matrix *R = NULL;
    if (mult && k && !(m = ax_calloc(k, sizeof *m)))
        s = ax_nomem();
    if (!s)
        s = ax_matrix_alloc(&R, AXLE_QQ, k, 1);
    size_t j = 0;
    for (size_t i = 0; !s && i < F->n; i++) {
        const axle_poly *f = F->f[i];
        if (f->len != 2)
            continue;
        /* a x + b = 0 at x = -b / a; a > 0 */
        mpq_div(AX_Q(R, j, 0), f->q[0], f->q[1]);
        mpq_neg(AX_Q(R, j, 0), AX_Q(R, j, 0));
        if (m)
            m[j] = F->mult[i];
        j++;
    }
    /* increasing order (insertion sort on a short list) */
    for (size_t a = 1; !s && a < k; a++)
        for (size_t b = a; b > 0 && mpq_cmp(AX_Q(R, b - 1, 0), AX_Q(R, b, 0)) > 0; b--) {
            mpq_swap(AX_Q(R, b - 1, 0), AX_Q(R, b, 0));
            if (m) {
                unsigned long t = m[b];
                m[b] = m[b - 1];
                m[b - 1] = t;
            }
        }
    axle_poly_factors_free(F);
    if (s) {
        axle_matrix_free(R);
        free(m);
        return s;
    }
    *roots = R;
    if (mult)
        *mult = m;
    return AXLE_OK;
}
