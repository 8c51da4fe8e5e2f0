/* The QQ polynomial kernels (src/backend.h): sums, scalings, derivatives and evaluation on the
 * canonical mpq_t coefficients; products, powers, division, gcd and content on integer
 * polynomials (denominators cleared once, the exact engine's Z[x], exact/exact.h), not
 * coefficient by coefficient on mpq_t. */
#include <limits.h>
#include <math.h>
#include <string.h>

#include "backend.h"
#include "exact/exact.h"

/* The bound of p = P / D (D > 0) for the n coefficients P_i = at(P, i): log2 |P|_1 summed in
 * doubles scaled by the largest 2^e. */
static ax_psize zsize(size_t n, mpz_srcptr (*at)(const void *, size_t), const void *P,
                      const mpz_t D)
{
    ax_psize z = {n > 1 ? (double)(n - 1) : 0.0, 0.0, 0.0, 0.0};
    long top = LONG_MIN;
    for (size_t i = 0; i < n; i++) {
        if (!mpz_sgn(at(P, i)))
            continue;
        z.terms++;
        if ((long)mpz_sizeinbase(at(P, i), 2) > top)
            top = (long)mpz_sizeinbase(at(P, i), 2);
    }
    if (top != LONG_MIN) {
        double sum = 0;
        for (size_t i = 0; i < n; i++) {
            long e;
            double m = fabs(mpz_get_d_2exp(&e, at(P, i)));
            sum += ldexp(m, (int)(e - top > -2000 ? e - top : -2000));
        }
        z.num = fmax(0.0, (double)top + log2(sum));
    }
    long e;
    double m = mpz_get_d_2exp(&e, D);
    z.den = fmax(0.0, (double)e + log2(m));
    return z;
}

/* Coefficient i of an integer polynomial; the numerator of coefficient i of a QQ polynomial. */
static mpz_srcptr zpoly_at(const void *P, size_t i)
{
    return ((const ax_zpoly *)P)->c[i];
}

static mpz_srcptr numerator_at(const void *p, size_t i)
{
    return mpq_numref(((const axle_poly *)p)->q[i]);
}

/* With integer coefficients (D = 1) P is p's numerators, read in place; otherwise D p is formed. */
static axle_status qq_size(ax_psize *out, const axle_poly *p)
{
    bool integer = true;
    for (size_t i = 0; i < p->len && integer; i++)
        integer = mpz_cmp_ui(mpq_denref(p->q[i]), 1) == 0;
    ax_zpoly f;
    mpz_t d;
    ax_zp_init(&f);
    mpz_init_set_ui(d, 1);
    axle_status s = AXLE_OK;
    if (integer)
        *out = zsize(p->len, numerator_at, p, d);
    else if (!(s = ax_zp_from_qq(&f, d, p)))
        *out = zsize(f.len, zpoly_at, &f, d);
    ax_zp_clear(&f);
    mpz_clear(d);
    return s;
}

/* p + sign q */
static axle_status qq_add(axle_poly **out, const axle_poly *p, const axle_poly *q, int sign)
{
    size_t n = p->len > q->len ? p->len : q->len;
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_QQ, n);
    if (s)
        return s;
    for (size_t k = 0; k < n; k++) {
        if (k < p->len)
            mpq_set(r->q[k], p->q[k]);
        if (k < q->len) {
            if (sign > 0)
                mpq_add(r->q[k], r->q[k], q->q[k]);
            else
                mpq_sub(r->q[k], r->q[k], q->q[k]);
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

static axle_status qq_scale(axle_poly **out, const axle_scalar *c, const axle_poly *p)
{
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_QQ, p->len);
    if (s)
        return s;
    for (size_t k = 0; k < p->len; k++)
        mpq_mul(r->q[k], p->q[k], c->q);
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* ---- integer products -------------------------------------------------------------------------
 * Kronecker substitution: f(2^s) and g(2^s) for a slot width s of whole limbs with room for every
 * coefficient of f g and its sign, one GMP product (subquadratic), and the coefficients read back
 * as balanced base-2^s digits. Cost O(M(n (b + log n))) for n terms of b bits, against
 * O(n^2 M(b)) for the schoolbook product. */

/* The largest bit size of a coefficient of f. */
static size_t max_bits(const ax_zpoly *f)
{
    size_t b = 0;
    for (size_t i = 0; i < f->len; i++)
        if (mpz_sizeinbase(f->c[i], 2) > b)
            b = mpz_sizeinbase(f->c[i], 2);
    return b;
}

/* x = f(2^(sl GMP_NUMB_BITS)): the positive and the negative coefficients are packed limb by limb
 * into x and neg (each fits its slot), then subtracted. */
static void pack_signed(mpz_t x, mpz_t neg, const ax_zpoly *f, size_t sl)
{
    size_t total = f->len * sl;
    mp_limb_t *wp = mpz_limbs_write(x, (mp_size_t)total);
    mp_limb_t *wn = mpz_limbs_write(neg, (mp_size_t)total);
    memset(wp, 0, total * sizeof *wp);
    memset(wn, 0, total * sizeof *wn);
    for (size_t i = 0; i < f->len; i++) {
        size_t n = mpz_size(f->c[i]);
        if (n)
            memcpy((mpz_sgn(f->c[i]) > 0 ? wp : wn) + i * sl, mpz_limbs_read(f->c[i]),
                   n * sizeof *wp);
    }
    mpz_limbs_finish(x, (mp_size_t)total);
    mpz_limbs_finish(neg, (mp_size_t)total);
    mpz_sub(x, x, neg);
}

/* The n coefficients of r from z = sum r_i 2^(s i), s = sl GMP_NUMB_BITS, |r_i| < 2^(s-1): the
 * digits of |z| in base 2^s, each at least 2^(s-1) (after the carry) taken as digit - 2^s. */
static void unpack_signed(ax_zpoly *r, const mpz_t z, size_t n, size_t sl, const mpz_t base)
{
    const mp_limb_t *w = mpz_limbs_read(z);
    size_t size = mpz_size(z), s = sl * GMP_NUMB_BITS;
    bool carry = false;
    for (size_t i = 0; i < n; i++) {
        size_t lo = i * sl, cnt = lo < size ? (size - lo < sl ? size - lo : sl) : 0;
        if (cnt) {
            mp_limb_t *d = mpz_limbs_write(r->c[i], (mp_size_t)cnt);
            memcpy(d, w + lo, cnt * sizeof *d);
            mpz_limbs_finish(r->c[i], (mp_size_t)cnt);
        } else {
            mpz_set_ui(r->c[i], 0);
        }
        if (carry)
            mpz_add_ui(r->c[i], r->c[i], 1);
        carry = mpz_sgn(r->c[i]) && mpz_sizeinbase(r->c[i], 2) >= s;
        if (carry)
            mpz_sub(r->c[i], r->c[i], base);
        if (mpz_sgn(z) < 0)
            mpz_neg(r->c[i], r->c[i]);
    }
}

/* r = f g by Kronecker substitution when both have at least 4 terms, ax_zp_mul below that. r must
 * be distinct from f and g; f == g squares. */
static axle_status zmul(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g)
{
    if (f->len < 4 || g->len < 4)
        return ax_zp_mul(r, f, g);
    size_t shorter = f->len < g->len ? f->len : g->len, lenbits = 1;
    while (lenbits < 64 && ((size_t)1 << lenbits) <= shorter)
        lenbits++;
    size_t slot_bits = max_bits(f) + max_bits(g) + lenbits + 2;
    size_t sl = (slot_bits + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS;
    size_t n = f->len + g->len - 1;
    axle_status s = ax_zp_zero(r, n);
    if (s)
        return s;
    mpz_t x, y, t;
    mpz_inits(x, y, t, NULL);
    pack_signed(x, t, f, sl);
    if (f == g) {
        mpz_mul(x, x, x);
    } else {
        pack_signed(y, t, g, sl);
        mpz_mul(x, x, y);
    }
    mpz_set_ui(t, 0);
    mpz_setbit(t, (mp_bitcnt_t)(sl * GMP_NUMB_BITS));
    unpack_signed(r, x, n, sl, t);
    ax_zp_trim(r);
    mpz_clears(x, y, t, NULL);
    return AXLE_OK;
}

static axle_status qq_mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    ax_zpoly f, g, h;
    mpz_t df, dg;
    ax_zp_init(&f);
    ax_zp_init(&g);
    ax_zp_init(&h);
    mpz_inits(df, dg, NULL);
    axle_status s;
    if (!(s = ax_zp_from_qq(&f, df, p)) && !(s = ax_zp_from_qq(&g, dg, q)) &&
        !(s = zmul(&h, &f, &g))) {
        mpz_mul(df, df, dg);
        s = ax_zp_to_poly(out, &h, df);
    }
    ax_zp_clear(&f);
    ax_zp_clear(&g);
    ax_zp_clear(&h);
    mpz_clears(df, dg, NULL);
    return s;
}

/* P^e for an integer polynomial P by binary powering; r distinct from P. */
static axle_status zpow(ax_zpoly *r, const ax_zpoly *P, unsigned long e)
{
    ax_zpoly b, t;
    ax_zp_init(&b);
    ax_zp_init(&t);
    axle_status s = ax_zp_zero(r, 1);
    if (!s && !(s = ax_zp_set(&b, P)))
        mpz_set_ui(r->c[0], 1);
    while (!s && e) {
        if (e & 1 && !(s = zmul(&t, r, &b)))
            s = ax_zp_set(r, &t);
        e >>= 1;
        if (!s && e && !(s = zmul(&t, &b, &b)))
            s = ax_zp_set(&b, &t);
    }
    ax_zp_clear(&b);
    ax_zp_clear(&t);
    return s;
}

/* (c x^k)^e = c^e x^(k e) for QQ p = c x^k (the size already checked). */
static axle_status monomial_pow(axle_poly **out, const axle_poly *p, unsigned long e)
{
    size_t k = p->len - 1;
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_QQ, k * (size_t)e + 1);
    if (s)
        return s;
    mpz_pow_ui(mpq_numref(r->q[k * e]), mpq_numref(p->q[k]), e);
    mpz_pow_ui(mpq_denref(r->q[k * e]), mpq_denref(p->q[k]), e);
    *out = r;
    return AXLE_OK;
}

static axle_status qq_pow(axle_poly **out, const axle_poly *p, unsigned long e)
{
    size_t nonzero = 0;
    for (size_t k = 0; k < p->len; k++)
        nonzero += mpq_sgn(p->q[k]) != 0;
    if (nonzero == 1)
        return monomial_pow(out, p, e);
    ax_zpoly f, r;
    mpz_t d;
    ax_zp_init(&f);
    ax_zp_init(&r);
    mpz_init(d);
    axle_status s;
    if (!(s = ax_zp_from_qq(&f, d, p)) && !(s = zpow(&r, &f, e))) {
        mpz_pow_ui(d, d, e);
        s = ax_zp_to_poly(out, &r, d);
    }
    ax_zp_clear(&f);
    ax_zp_clear(&r);
    mpz_clear(d);
    return s;
}

/* QQ division: with A = da a, B = db b integer and beta = lc(B), pseudo-division gives
 * beta^k A = Q B + R (k = deg A - deg B + 1), so q = db Q / (da beta^k), r = R / (da beta^k). */
static axle_status qq_divrem(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    ax_zpoly A, B, Q;
    mpz_t da, db, den;
    ax_zp_init(&A);
    ax_zp_init(&B);
    ax_zp_init(&Q);
    mpz_inits(da, db, den, NULL);
    axle_status s;
    if (!(s = ax_zp_from_qq(&A, da, a)))
        s = ax_zp_from_qq(&B, db, b);
    size_t qlen = A.len >= B.len ? A.len - B.len + 1 : 0;
    if (!s)
        s = ax_zp_zero(&Q, qlen);
    if (!s) {
        mpz_srcptr beta = B.c[B.len - 1];
        for (size_t i = qlen; i-- > 0;) {
            for (size_t j = i + 1; j < qlen; j++)
                mpz_mul(Q.c[j], Q.c[j], beta);
            mpz_set(Q.c[i], A.c[i + B.len - 1]);
            for (size_t j = 0; j + 1 < i + B.len; j++)
                mpz_mul(A.c[j], A.c[j], beta);
            for (size_t j = 0; j + 1 < B.len; j++)
                mpz_submul(A.c[i + j], Q.c[i], B.c[j]);
            mpz_set_ui(A.c[i + B.len - 1], 0);
        }
        mpz_pow_ui(den, beta, qlen);
        mpz_mul(den, den, da);
        if (A.len > B.len - 1)
            A.len = B.len - 1;
        ax_zp_trim(&A);
        for (size_t j = 0; j < Q.len; j++)
            mpz_mul(Q.c[j], Q.c[j], db);
        ax_zp_trim(&Q);
        if (q)
            s = ax_zp_to_poly(q, &Q, den);
        if (!s && r && (s = ax_zp_to_poly(r, &A, den)) && q) {
            axle_poly_free(*q);
            *q = NULL;
        }
    }
    ax_zp_clear(&A);
    ax_zp_clear(&B);
    ax_zp_clear(&Q);
    mpz_clears(da, db, den, NULL);
    return s;
}

static axle_status qq_derivative(axle_poly **out, const axle_poly *p)
{
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_QQ, p->len ? p->len - 1 : 0);
    if (s)
        return s;
    for (size_t k = 1; k < p->len; k++) {
        mpz_mul_ui(mpq_numref(r->q[k - 1]), mpq_numref(p->q[k]), (unsigned long)k);
        mpz_set(mpq_denref(r->q[k - 1]), mpq_denref(p->q[k]));
        mpq_canonicalize(r->q[k - 1]);
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* Horner. */
static axle_status qq_eval(axle_scalar **out, const axle_poly *p, const axle_scalar *x)
{
    mpq_t v;
    mpq_init(v);
    for (size_t k = p->len; k-- > 0;) {
        mpq_mul(v, v, x->q);
        mpq_add(v, v, p->q[k]);
    }
    axle_status s = ax_scalar_from_mpq(out, AXLE_QQ, v);
    mpq_clear(v);
    return s;
}

/* The primitive polynomial remainder sequence over Z (Collins; Knuth TAOCP 4.6.1, Algorithm E):
 * pseudo-remainders with their content divided out, so coefficients stay bounded by the size of
 * the remainder sequence's true primitive parts. */
static axle_status qq_gcd(axle_poly **out, const axle_poly *a, const axle_poly *b)
{
    ax_zpoly f, g, r;
    ax_zp_init(&f);
    ax_zp_init(&g);
    ax_zp_init(&r);
    axle_status s;
    if (!(s = ax_zp_from_qq(&f, NULL, a)))
        s = ax_zp_from_qq(&g, NULL, b);
    if (!s) {
        ax_zp_primitive(&f);
        ax_zp_primitive(&g);
        s = ax_zp_gcd(&r, &f, &g);
    }
    if (!s)
        s = ax_zp_to_poly(out, &r, r.len ? r.c[r.len - 1] : NULL); /* monic */
    ax_zp_clear(&f);
    ax_zp_clear(&g);
    ax_zp_clear(&r);
    return s;
}

static axle_status qq_content(axle_scalar **c, axle_poly **prim, const axle_poly *p)
{
    mpq_t v;
    ax_zpoly F;
    mpq_init(v);
    ax_zp_init(&F);
    axle_status s = ax_zp_from_qq_primitive(v, &F, p);
    if (!s && c)
        s = ax_scalar_from_mpq(c, AXLE_QQ, v);
    if (!s && prim)
        s = ax_zp_to_poly(prim, &F, NULL);
    mpq_clear(v);
    ax_zp_clear(&F);
    return s;
}

const ax_poly_kernels ax_poly_qq = {
    .size = qq_size,
    .add = qq_add,
    .scale = qq_scale,
    .mul = qq_mul,
    .pow = qq_pow,
    .divrem = qq_divrem,
    .derivative = qq_derivative,
    .eval = qq_eval,
    .gcd = qq_gcd,
    .exact = true,
    .content = qq_content,
};
