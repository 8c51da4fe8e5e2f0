/* Square-free decomposition (Yun) and complete factorization over Q, and the rational roots from
 * the linear factors: the QQ side's exact polynomial kernels (src/backend.h), built on the
 * Zassenhaus factorization of zassenhaus.c. */
#include <stdlib.h>

#include "backend.h"
#include "exact/exact.h"

static axle_status coefficient_limit(const char *what, size_t bits)
{
    return ax_error(AXLE_ERANGE,
                    "%s is limited to coefficients of %lu bits (AXLE_POLY_FACTOR_MAX_BITS, about "
                    "315000 digits) once the denominators are cleared; this polynomial needs %zu",
                    what, (unsigned long)AXLE_POLY_FACTOR_MAX_BITS, bits);
}

/* The unit (content with the sign of the leading coefficient) and the primitive part of p,
 * within the factorization limits of poly.h. p is a valid QQ polynomial. */
static axle_status split_content(mpq_t unit, ax_zpoly *P, const axle_poly *p, const char *what)
{
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
    axle_status s = ax_zp_from_qq_primitive(unit, P, p);
    if (s)
        return s;
    for (size_t i = 0; i < P->len; i++) {
        size_t nb = mpz_sizeinbase(P->c[i], 2);
        if (nb > AXLE_POLY_FACTOR_MAX_BITS)
            return coefficient_limit(what, nb);
    }
    return AXLE_OK;
}

/* *sqf: whether some small prime proves the primitive f square-free: p does not divide lc(f)
 * and gcd(f, f') = 1 mod p imply disc(f) != 0. */
static axle_status squarefree_mod_p(bool *sqf, const ax_zpoly *f)
{
    static const uint64_t primes[] = {1000003, 1000033, 1000037, 1000039, 999983, 999979};
    ax_np a, d, g;
    ax_np_init(&a);
    ax_np_init(&d);
    ax_np_init(&g);
    axle_status s = AXLE_OK;
    *sqf = false;
    for (size_t i = 0; !s && !*sqf && i < sizeof primes / sizeof primes[0]; i++) {
        uint64_t p = primes[i];
        if (mpz_fdiv_ui(f->c[f->len - 1], (unsigned long)p) == 0)
            continue;
        s = ax_np_from_zp(&a, f, p);
        AX_STEP(s, ax_np_derivative(&d, &a, p));
        AX_STEP(s, ax_np_gcd(&g, &a, &d, p));
        *sqf = !s && g.len == 1;
    }
    ax_np_clear(&a);
    ax_np_clear(&d);
    ax_np_clear(&g);
    return s;
}

/* q = f / g, exact; a division that leaves a remainder is a bug, not an input property: report
 * it rather than crash. */
static axle_status divide_exact(ax_zpoly *q, const ax_zpoly *f, const ax_zpoly *g)
{
    bool divides;
    axle_status s = ax_zp_divides(&divides, q, f, g);
    if (!s && !divides)
        s = ax_error(AXLE_EDOMAIN, "square-free decomposition failed: inexact division");
    return s;
}

/* Yun's algorithm over Z on primitive f of degree >= 1 (Geddes, Czapor & Labahn 8.2; the
 * divisions are exact over Z because every divisor is primitive): appends the square-free
 * factors a_i of multiplicity i (nonconstant ones only) to L. */
static axle_status yun(ax_zlist *L, const ax_zpoly *f)
{
    bool sqf = true;
    axle_status s = f->len <= 2 ? AXLE_OK : squarefree_mod_p(&sqf, f);
    if (s || sqf)
        return s ? s : ax_zlist_push(L, f, 1);
    ax_zpoly df, a, b, c, d, t;
    ax_zpoly *all[] = {&df, &a, &b, &c, &d, &t};
    for (size_t i = 0; i < 6; i++)
        ax_zp_init(all[i]);
    s = ax_zp_derivative(&df, f);
    AX_STEP(s, ax_zp_gcd(&a, f, &df));
    AX_STEP(s, divide_exact(&b, f, &a));
    AX_STEP(s, divide_exact(&c, &df, &a));
    AX_STEP(s, ax_zp_derivative(&t, &b));
    AX_STEP(s, ax_zp_sub(&d, &c, &t));
    for (unsigned long i = 1; !s && b.len > 1; i++) {
        if (d.len) {
            s = ax_zp_gcd(&a, &b, &d);
        } else if (!(s = ax_zp_set(&a, &b))) {
            ax_zp_primitive(&a);
        }
        if (!s && a.len > 1)
            s = ax_zlist_push(L, &a, i);
        AX_STEP(s, divide_exact(&t, &b, &a));
        AX_STEP(s, ax_zp_set(&b, &t));
        AX_STEP(s, divide_exact(&c, &d, &a));
        AX_STEP(s, ax_zp_derivative(&t, &b));
        AX_STEP(s, ax_zp_sub(&d, &c, &t));
    }
    for (size_t i = 0; i < 6; i++)
        ax_zp_clear(all[i]);
    return s;
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

axle_status ax_exact_decompose(mpq_t unit, ax_zlist *L, const axle_poly *p, bool full,
                               const char *what)
{
    ax_zpoly P;
    ax_zlist sqf = {0};
    ax_zp_init(&P);
    axle_status s = split_content(unit, &P, p, what);
    if (!s && P.len > 1)
        s = yun(full ? &sqf : L, &P);
    for (size_t i = 0; !s && full && i < sqf.n; i++)
        s = ax_zp_factor_squarefree(L, &sqf.f[i], sqf.mult[i]);
    if (!s && full)
        sort_list(L);
    ax_zp_clear(&P);
    ax_zlist_clear(&sqf);
    return s;
}

axle_status ax_qq_poly_factor(ax_poly_factor_list *out, const axle_poly *p, bool full)
{
    *out = (ax_poly_factor_list){0};
    mpq_t unit;
    ax_zlist L = {0};
    mpq_init(unit);
    axle_status s =
        ax_exact_decompose(unit, &L, p, full, full ? "factorization" : "square-free decomposition");
    if (!s)
        s = ax_scalar_from_mpq(&out->unit, AXLE_QQ, unit);
    if (!s && L.n) {
        out->f = ax_calloc(L.n, sizeof *out->f);
        out->mult = ax_calloc(L.n, sizeof *out->mult);
        if (!out->f || !out->mult)
            s = ax_nomem();
    }
    for (size_t i = 0; !s && i < L.n; i++) {
        s = ax_zp_to_poly(&out->f[i], &L.f[i], NULL);
        if (!s)
            out->mult[out->n++] = L.mult[i];
    }
    if (s)
        ax_poly_factor_list_clear(out);
    mpq_clear(unit);
    ax_zlist_clear(&L);
    return s;
}

/* The roots -b/a of the linear factors a x + b (a > 0) of L in increasing order, with their
 * multiplicities (m may be NULL). R has one column, a row per linear factor. */
static void linear_roots(axle_matrix *R, unsigned long *m, const ax_zlist *L)
{
    size_t k = 0;
    for (size_t i = 0; i < L->n; i++) {
        const ax_zpoly *f = &L->f[i];
        if (f->len != 2)
            continue;
        mpq_set_num(AX_Q(R, k, 0), f->c[0]);
        mpq_set_den(AX_Q(R, k, 0), f->c[1]);
        mpq_canonicalize(AX_Q(R, k, 0));
        mpq_neg(AX_Q(R, k, 0), AX_Q(R, k, 0));
        if (m)
            m[k] = L->mult[i];
        k++;
    }
    /* increasing order (insertion sort on a short list) */
    for (size_t a = 1; a < k; a++)
        for (size_t b = a; b > 0 && mpq_cmp(AX_Q(R, b - 1, 0), AX_Q(R, b, 0)) > 0; b--) {
            mpq_swap(AX_Q(R, b - 1, 0), AX_Q(R, b, 0));
            if (m) {
                unsigned long t = m[b];
                m[b] = m[b - 1];
                m[b - 1] = t;
            }
        }
}

axle_status ax_qq_poly_rational_roots(axle_matrix **roots, unsigned long **mult, const axle_poly *p)
{
    mpq_t unit;
    ax_zlist L = {0};
    mpq_init(unit);
    axle_status s = ax_exact_decompose(unit, &L, p, true, "factorization");
    mpq_clear(unit);
    size_t k = 0;
    for (size_t i = 0; !s && i < L.n; i++)
        k += L.f[i].len == 2;
    unsigned long *m = NULL;
    axle_matrix *R = NULL;
    if (!s && mult && k && !(m = ax_calloc(k, sizeof *m)))
        s = ax_nomem();
    if (!s)
        s = ax_matrix_alloc(&R, AXLE_QQ, k, 1);
    if (!s)
        linear_roots(R, m, &L);
    ax_zlist_clear(&L);
    if (s) {
        free(m);
        return s;
    }
    *roots = R;
    if (mult)
        *mult = m;
    return AXLE_OK;
}
