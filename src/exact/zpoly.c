/* Integer polynomials (mpz coefficients): the exact workhorse behind QQ polynomials.
 * QQ polynomials are turned into integer ones by clearing denominators; products, exact
 * divisions and gcds then run on integers. */
#include <stdlib.h>

#include "exact/exact.h"

void ax_zp_init(ax_zpoly *f)
{
    f->c = NULL;
    f->len = 0;
    f->alloc = 0;
}

void ax_zp_clear(ax_zpoly *f)
{
    for (size_t i = 0; i < f->alloc; i++)
        mpz_clear(f->c[i]);
    free(f->c);
    ax_zp_init(f);
}

axle_status ax_zp_fit(ax_zpoly *f, size_t n)
{
    if (n <= f->alloc)
        return AXLE_OK;
    size_t m = f->alloc * 2 > n ? f->alloc * 2 : n;
    size_t bytes;
    if (!ax_size_mul(&bytes, m, sizeof(mpz_t)))
        return ax_nomem();
    mpz_t *c = ax_realloc(f->c, bytes);
    if (!c)
        return ax_nomem();
    for (size_t i = f->alloc; i < m; i++)
        mpz_init(c[i]);
    f->c = c;
    f->alloc = m;
    return AXLE_OK;
}

axle_status ax_zp_zero(ax_zpoly *f, size_t n)
{
    axle_status s = ax_zp_fit(f, n);
    if (s)
        return s;
    for (size_t i = 0; i < n; i++)
        mpz_set_ui(f->c[i], 0);
    f->len = n;
    return AXLE_OK;
}

void ax_zp_trim(ax_zpoly *f)
{
    while (f->len && mpz_sgn(f->c[f->len - 1]) == 0)
        f->len--;
}

long ax_zp_deg(const ax_zpoly *f)
{
    return (long)f->len - 1;
}

axle_status ax_zp_set(ax_zpoly *r, const ax_zpoly *f)
{
    if (r == f)
        return AXLE_OK;
    axle_status s = ax_zp_fit(r, f->len);
    if (s)
        return s;
    for (size_t i = 0; i < f->len; i++)
        mpz_set(r->c[i], f->c[i]);
    r->len = f->len;
    return AXLE_OK;
}

bool ax_zp_equal(const ax_zpoly *f, const ax_zpoly *g)
{
    if (f->len != g->len)
        return false;
    for (size_t i = 0; i < f->len; i++)
        if (mpz_cmp(f->c[i], g->c[i]) != 0)
            return false;
    return true;
}

axle_status ax_zp_mul(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g)
{
    if (!f->len || !g->len) {
        r->len = 0;
        return AXLE_OK;
    }
    ax_zpoly t;
    ax_zp_init(&t);
    axle_status s = ax_zp_zero(&t, f->len + g->len - 1);
    if (s) {
        ax_zp_clear(&t);
        return s;
    }
    for (size_t i = 0; i < f->len; i++) {
        if (mpz_sgn(f->c[i]) == 0)
            continue;
        for (size_t j = 0; j < g->len; j++)
            mpz_addmul(t.c[i + j], f->c[i], g->c[j]);
    }
    ax_zp_trim(&t);
    s = ax_zp_set(r, &t);
    ax_zp_clear(&t);
    return s;
}

axle_status ax_zp_sub(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g)
{
    size_t n = f->len > g->len ? f->len : g->len;
    axle_status s = ax_zp_fit(r, n);
    if (s)
        return s;
    for (size_t i = 0; i < n; i++) {
        if (i < f->len && i < g->len)
            mpz_sub(r->c[i], f->c[i], g->c[i]);
        else if (i < f->len)
            mpz_set(r->c[i], f->c[i]);
        else
            mpz_neg(r->c[i], g->c[i]);
    }
    r->len = n;
    ax_zp_trim(r);
    return AXLE_OK;
}

axle_status ax_zp_derivative(ax_zpoly *r, const ax_zpoly *f)
{
    if (f->len <= 1) {
        r->len = 0;
        return AXLE_OK;
    }
    axle_status s = ax_zp_fit(r, f->len - 1);
    if (s)
        return s;
    for (size_t i = 1; i < f->len; i++)
        mpz_mul_ui(r->c[i - 1], f->c[i], (unsigned long)i);
    r->len = f->len - 1;
    ax_zp_trim(r);
    return AXLE_OK;
}

void ax_zp_content(mpz_t c, const ax_zpoly *f)
{
    mpz_set_ui(c, 0);
    for (size_t i = f->len; i-- > 0;) {
        mpz_gcd(c, c, f->c[i]);
        if (mpz_cmp_ui(c, 1) == 0)
            break;
    }
}

void ax_zp_primitive(ax_zpoly *f)
{
    if (!f->len)
        return;
    mpz_t c;
    mpz_init(c);
    ax_zp_content(c, f);
    if (mpz_sgn(f->c[f->len - 1]) < 0)
        mpz_neg(c, c);
    if (mpz_cmp_ui(c, 1) != 0)
        for (size_t i = 0; i < f->len; i++)
            mpz_divexact(f->c[i], f->c[i], c);
    mpz_clear(c);
}

axle_status ax_zp_divides(bool *divides, ax_zpoly *q, const ax_zpoly *f, const ax_zpoly *g)
{
    *divides = false;
    if (!f->len) {
        q->len = 0;
        *divides = true;
        return AXLE_OK;
    }
    if (f->len < g->len)
        return AXLE_OK;
    /* cheap necessary conditions first: leading and constant coefficients */
    if (!mpz_divisible_p(f->c[f->len - 1], g->c[g->len - 1]))
        return AXLE_OK;
    if (mpz_sgn(g->c[0]) != 0 && !mpz_divisible_p(f->c[0], g->c[0]))
        return AXLE_OK;
    ax_zpoly r;
    ax_zp_init(&r);
    size_t dq = f->len - g->len;
    axle_status s;
    if ((s = ax_zp_set(&r, f)) || (s = ax_zp_zero(q, dq + 1))) {
        ax_zp_clear(&r);
        return s;
    }
    mpz_srcptr lc = g->c[g->len - 1];
    bool exact = true;
    for (size_t i = dq + 1; i-- > 0 && exact;) {
        mpz_t *top = &r.c[i + g->len - 1];
        if (mpz_sgn(*top) == 0)
            continue;
        if (!mpz_divisible_p(*top, lc)) {
            exact = false;
            break;
        }
        mpz_divexact(q->c[i], *top, lc);
        for (size_t j = 0; j < g->len; j++)
            mpz_submul(r.c[i + j], q->c[i], g->c[j]);
    }
    for (size_t i = 0; exact && i + 1 < g->len; i++)
        if (mpz_sgn(r.c[i]) != 0)
            exact = false;
    ax_zp_clear(&r);
    ax_zp_trim(q);
    *divides = exact;
    return AXLE_OK;
}

/* r = prem(a, b): lc(b)^(deg a - deg b + 1) a mod b, computed in place on r (r != b). */
static axle_status pseudo_rem(ax_zpoly *r, const ax_zpoly *a, const ax_zpoly *b)
{
    axle_status s = ax_zp_set(r, a);
    if (s)
        return s;
    mpz_srcptr lc = b->c[b->len - 1];
    mpz_t t;
    mpz_init(t);
    while (r->len >= b->len) {
        size_t shift = r->len - b->len;
        mpz_set(t, r->c[r->len - 1]);
        for (size_t i = 0; i < r->len - 1; i++)
            mpz_mul(r->c[i], r->c[i], lc);
        for (size_t j = 0; j + 1 < b->len; j++)
            mpz_submul(r->c[shift + j], t, b->c[j]);
        r->len--;
        ax_zp_trim(r);
    }
    mpz_clear(t);
    return AXLE_OK;
}

axle_status ax_zp_gcd(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g)
{
    if (!f->len)
        return ax_zp_set(r, g);
    if (!g->len)
        return ax_zp_set(r, f);
    ax_zpoly a, b, t;
    ax_zp_init(&a);
    ax_zp_init(&b);
    ax_zp_init(&t);
    const ax_zpoly *big = f->len >= g->len ? f : g, *small = f->len >= g->len ? g : f;
    axle_status s;
    if (!(s = ax_zp_set(&a, big)))
        s = ax_zp_set(&b, small);
    /* the primitive PRS: a, b <- b, pp(prem(a, b)) until the remainder vanishes */
    while (!s && b.len > 1) {
        if ((s = pseudo_rem(&t, &a, &b)))
            break;
        ax_zp_primitive(&t);
        ax_zpoly swap = a;
        a = b;
        b = t;
        t = swap;
        if (!b.len)
            break;
    }
    if (!s) {
        if (b.len == 1) { /* a constant remainder: coprime */
            if (!(s = ax_zp_zero(r, 1)))
                mpz_set_ui(r->c[0], 1);
        } else if (!(s = ax_zp_set(r, &a))) {
            ax_zp_primitive(r);
        }
    }
    ax_zp_clear(&a);
    ax_zp_clear(&b);
    ax_zp_clear(&t);
    return s;
}

axle_status ax_zp_from_qq(ax_zpoly *f, mpz_t den, const axle_poly *p)
{
    mpz_t l;
    mpz_init_set_ui(l, 1);
    for (size_t i = 0; i < p->len; i++)
        mpz_lcm(l, l, mpq_denref(p->q[i]));
    axle_status s = ax_zp_fit(f, p->len);
    if (!s) {
        for (size_t i = 0; i < p->len; i++) {
            mpz_divexact(f->c[i], l, mpq_denref(p->q[i]));
            mpz_mul(f->c[i], f->c[i], mpq_numref(p->q[i]));
        }
        f->len = p->len;
        if (den)
            mpz_set(den, l);
    }
    mpz_clear(l);
    return s;
}

axle_status ax_zp_from_qq_primitive(mpq_t c, ax_zpoly *F, const axle_poly *p)
{
    mpz_t den;
    mpz_init(den);
    axle_status s = ax_zp_from_qq(F, den, p);
    if (s) {
        mpz_clear(den);
        return s;
    }
    ax_zp_content(mpq_numref(c), F);
    if (F->len && mpz_sgn(F->c[F->len - 1]) < 0)
        mpz_neg(mpq_numref(c), mpq_numref(c));
    mpz_set(mpq_denref(c), den);
    mpq_canonicalize(c);
    ax_zp_primitive(F);
    mpz_clear(den);
    return AXLE_OK;
}

axle_status ax_zp_to_poly(axle_poly **out, const ax_zpoly *f, const mpz_t den)
{
    axle_poly *p;
    axle_status s = ax_poly_alloc(&p, AXLE_QQ, f->len);
    if (s)
        return s;
    for (size_t i = 0; i < f->len; i++) {
        mpz_set(mpq_numref(p->q[i]), f->c[i]);
        if (den) {
            mpz_set(mpq_denref(p->q[i]), den);
            mpq_canonicalize(p->q[i]);
        }
    }
    ax_poly_trim(p);
    *out = p;
    return AXLE_OK;
}

/* The squarefree kernel of n: its distinct primes (at most 15 below 2^64) in q, their product. */
static unsigned long radical(unsigned long n, unsigned long *q, unsigned *k)
{
    unsigned long m = 1;
    *k = 0;
    for (unsigned long p = 2; p <= n / p; p++)
        if (n % p == 0) {
            q[(*k)++] = p;
            m *= p;
            while (n % p == 0)
                n /= p;
        }
    if (n > 1) {
        q[(*k)++] = n;
        m *= n;
    }
    return m;
}

static unsigned parity(unsigned long x)
{
    unsigned b = 0;
    for (; x; x &= x - 1)
        b ^= 1;
    return b;
}

axle_status ax_zp_cyclotomic(ax_zpoly *r, unsigned long n)
{
    /* Phi_n(x) = Phi_m(x^(n/m)) for m the product of the distinct primes of n, and
     * Phi_m = prod_{d | m} (x^d - 1)^mu(m/d) (von zur Gathen & Gerhard, Modern Computer Algebra,
     * 14.10): multiplying or dividing exactly by x^d - 1 costs O(length); all the
     * multiplications (mu = +1: an even number of primes left out of m) come first */
    if (n == 0)
        return ax_error(AXLE_EDOMAIN, "the cyclotomic polynomial Phi_0 is not defined");
    unsigned long q[16];
    unsigned k;
    unsigned long m = radical(n, q, &k);
    size_t top = 1;
    for (unsigned long mask = 0; mask < (1UL << k); mask++) {
        unsigned long d = m;
        for (unsigned j = 0; j < k; j++)
            if (mask >> j & 1)
                d /= q[j];
        if (parity(mask) == 0)
            top += d;
    }
    ax_zpoly t;
    ax_zp_init(&t);
    axle_status s = ax_zp_zero(&t, top);
    if (s) {
        ax_zp_clear(&t);
        return s;
    }
    mpz_set_ui(t.c[0], 1);
    t.len = 1;
    for (unsigned pass = 0; pass < 2; pass++)
        for (unsigned long mask = 0; mask < (1UL << k); mask++) {
            if (parity(mask) != pass)
                continue;
            size_t d = m, len = t.len;
            for (unsigned j = 0; j < k; j++)
                if (mask >> j & 1)
                    d /= q[j];
            if (pass == 0) { /* t x^d - t: new t_i = t_(i-d) - t_i, from the top down */
                for (size_t i = len + d; i-- > 0;) {
                    if (i >= d && i < len)
                        mpz_sub(t.c[i], t.c[i - d], t.c[i]);
                    else if (i >= d)
                        mpz_set(t.c[i], t.c[i - d]);
                    else
                        mpz_neg(t.c[i], t.c[i]);
                }
                t.len = len + d;
            } else { /* t / (x^d - 1): q_i = q_(i-d) - t_i, from the bottom up */
                for (size_t i = 0; i + d < len; i++) {
                    if (i >= d)
                        mpz_sub(t.c[i], t.c[i - d], t.c[i]);
                    else
                        mpz_neg(t.c[i], t.c[i]);
                }
                t.len = len - d;
            }
        }
    /* substitute x^(n/m) */
    size_t e = n / m, len = (t.len - 1) * e + 1;
    s = ax_zp_zero(r, len);
    if (!s) {
        for (size_t i = 0; i < t.len; i++)
            mpz_swap(r->c[i * e], t.c[i]);
        r->len = len;
    }
    ax_zp_clear(&t);
    return s;
}

unsigned long ax_zp_binomial_unit(const ax_zpoly *f, int *sign)
{
    size_t n = f->len - 1;
    if (f->len < 3 || mpz_cmp_ui(f->c[n], 1) != 0 || mpz_cmpabs_ui(f->c[0], 1) != 0)
        return 0;
    for (size_t i = 1; i < n; i++)
        if (mpz_sgn(f->c[i]))
            return 0;
    *sign = mpz_sgn(f->c[0]);
    return (unsigned long)n;
}
