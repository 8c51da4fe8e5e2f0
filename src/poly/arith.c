/* Polynomial arithmetic (Axler 4.4-4.8): sums, products, powers, division with remainder,
 * derivative, composition. QQ products and divisions run on integer polynomials (denominators
 * cleared once), not coefficient by coefficient on mpq_t. */
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "poly/poly_impl.h"

/* Validate the output and one operand. */
static axle_status start(axle_poly **out, const axle_poly *p)
{
    AX_OUT(out);
    return ax_poly_check(p, "p");
}

/* Validate the output and two operands of the same field. */
static axle_status start2(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    AX_OUT(out);
    return ax_poly_check2(p, q);
}

/* out = p + sign * q */
static axle_status add_signed(axle_poly **out, const axle_poly *p, const axle_poly *q, int sign)
{
    axle_status s = start2(out, p, q);
    if (s)
        return s;
    size_t n = p->len > q->len ? p->len : q->len;
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, n)))
        return s;
    for (size_t k = 0; k < n; k++) {
        if (p->field == AXLE_QQ) {
            if (k < p->len)
                mpq_set(r->q[k], p->q[k]);
            if (k < q->len) {
                if (sign > 0)
                    mpq_add(r->q[k], r->q[k], q->q[k]);
                else
                    mpq_sub(r->q[k], r->q[k], q->q[k]);
            }
        } else {
            double a = k < p->len ? p->d[k] : 0.0, b = k < q->len ? q->d[k] : 0.0;
            r->d[k] = sign > 0 ? a + b : a - b;
            if (!isfinite(r->d[k])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
            }
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_add(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    return add_signed(out, p, q, 1);
}

axle_status axle_poly_sub(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    return add_signed(out, p, q, -1);
}

axle_status axle_poly_neg(axle_poly **out, const axle_poly *p)
{
    axle_status s = start(out, p);
    axle_poly *r = NULL;
    if (s || (s = ax_poly_alloc(&r, p->field, p->len)))
        return s;
    for (size_t k = 0; k < p->len; k++) {
        if (p->field == AXLE_QQ)
            mpq_neg(r->q[k], p->q[k]);
        else
            r->d[k] = -p->d[k];
    }
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_scale(axle_poly **out, const axle_scalar *c, const axle_poly *p)
{
    axle_status s = start(out, p);
    if (s)
        return s;
    if (!c)
        return ax_error(AXLE_EINVAL, "scalar c is NULL");
    if (c->field != p->field)
        return ax_error(AXLE_EFIELD, "scalar over %s times a polynomial over %s",
                        axle_field_name(c->field), axle_field_name(p->field));
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, p->len)))
        return s;
    for (size_t k = 0; k < p->len; k++) {
        if (p->field == AXLE_QQ) {
            mpq_mul(r->q[k], p->q[k], c->q);
        } else {
            r->d[k] = p->d[k] * c->d;
            if (!isfinite(r->d[k])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
            }
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* ---- size bounds ------------------------------------------------------------------------- */

axle_status ax_psize_check(ax_psize z, axle_field F, const char *what)
{
    if (z.deg > (double)AXLE_POLY_MAX_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "%s would have degree %.0f, above the limit of %ld (AXLE_POLY_MAX_DEGREE)",
                        what, z.deg, AXLE_POLY_MAX_DEGREE);
    double bits = fmin(z.terms, z.deg + 1) * (z.num + z.den + 2);
    if (F == AXLE_QQ && !(bits <= (double)AXLE_POLY_MAX_BITS))
        return ax_error(AXLE_ERANGE,
                        "%s could need %.3g bits of coefficients, above the limit of %ld bits "
                        "= 8 MiB (AXLE_POLY_MAX_BITS)",
                        what, bits, AXLE_POLY_MAX_BITS);
    return AXLE_OK;
}

/* The bound of p = P / D (D > 0): log2 |P|_1 summed in doubles scaled by the largest 2^e. */
static ax_psize zsize(const ax_zpoly *P, const mpz_t D)
{
    ax_psize z = {P->len > 1 ? (double)(P->len - 1) : 0.0, 0.0, 0.0, 0.0};
    long top = LONG_MIN;
    for (size_t i = 0; i < P->len; i++) {
        if (!mpz_sgn(P->c[i]))
            continue;
        z.terms++;
        if ((long)mpz_sizeinbase(P->c[i], 2) > top)
            top = (long)mpz_sizeinbase(P->c[i], 2);
    }
    if (top != LONG_MIN) {
        double sum = 0;
        for (size_t i = 0; i < P->len; i++) {
            long e;
            double m = fabs(mpz_get_d_2exp(&e, P->c[i]));
            sum += ldexp(m, (int)(e - top > -2000 ? e - top : -2000));
        }
        z.num = fmax(0.0, (double)top + log2(sum));
    }
    long e;
    double m = mpz_get_d_2exp(&e, D);
    z.den = fmax(0.0, (double)e + log2(m));
    return z;
}

/* The bound of a product of polynomials with bounds a, b: |P Q|_1 <= |P|_1 |Q|_1. */
static ax_psize size_mul(ax_psize a, ax_psize b)
{
    return (ax_psize){a.deg + b.deg, a.num + b.num, a.den + b.den, a.terms * b.terms};
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

bool ax_zp_mul_fast(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g)
{
    if (f->len < 4 || g->len < 4)
        return ax_zp_mul(r, f, g);
    size_t shorter = f->len < g->len ? f->len : g->len, lenbits = 1;
    while (lenbits < 64 && ((size_t)1 << lenbits) <= shorter)
        lenbits++;
    size_t slot_bits = max_bits(f) + max_bits(g) + lenbits + 2;
    size_t sl = (slot_bits + GMP_NUMB_BITS - 1) / GMP_NUMB_BITS;
    size_t n = f->len + g->len - 1;
    if (!ax_zp_zero(r, n))
        return false;
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
    return true;
}

/* p q for RR polynomials (already validated). */
static axle_status mul_rr(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s;
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, AXLE_RR, p->len + q->len - 1)))
        return s;
    for (size_t i = 0; i < p->len; i++)
        for (size_t j = 0; j < q->len; j++)
            r->d[i + j] += p->d[i] * q->d[j];
    for (size_t k = 0; k < r->len; k++)
        if (!isfinite(r->d[k])) {
            axle_poly_free(r);
            return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
        }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* p q for polynomials of the same field (already validated), refused beyond the size limits. */
static axle_status mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s;
    if (!p->len || !q->len)
        return ax_poly_alloc(out, p->field, 0);
    if (p->field == AXLE_RR) {
        ax_psize z = {(double)(p->len + q->len - 2), 0, 0, (double)(p->len + q->len - 1)};
        return (s = ax_psize_check(z, AXLE_RR, "the product")) ? s : mul_rr(out, p, q);
    }
    ax_zpoly f, g, h;
    mpz_t df, dg;
    ax_zp_init(&f);
    ax_zp_init(&g);
    ax_zp_init(&h);
    mpz_inits(df, dg, NULL);
    if (!ax_zp_from_qq(&f, df, p) || !ax_zp_from_qq(&g, dg, q))
        s = ax_nomem();
    else if (!(s = ax_psize_check(size_mul(zsize(&f, df), zsize(&g, dg)), AXLE_QQ,
                                  "the product"))) {
        if (!ax_zp_mul_fast(&h, &f, &g))
            s = ax_nomem();
        else {
            mpz_mul(df, df, dg);
            s = ax_zp_to_poly(out, &h, df);
        }
    }
    ax_zp_clear(&f);
    ax_zp_clear(&g);
    ax_zp_clear(&h);
    mpz_clears(df, dg, NULL);
    return s;
}

axle_status axle_poly_mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = start2(out, p, q);
    return s ? s : mul(out, p, q);
}

/* p^e over RR by binary powering (the degree already checked). */
static axle_status pow_rr(axle_poly **out, const axle_poly *p, unsigned long e)
{
    axle_poly *r, *b;
    axle_status s;
    if ((s = axle_poly_monomial(&r, AXLE_RR, 0)))
        return s;
    if ((s = axle_poly_copy(&b, p))) {
        axle_poly_free(r);
        return s;
    }
    while (e && !s) {
        axle_poly *t;
        if ((e & 1) && !(s = mul(&t, r, b))) {
            axle_poly_free(r);
            r = t;
        }
        e >>= 1;
        if (e && !s && !(s = mul(&t, b, b))) {
            axle_poly_free(b);
            b = t;
        }
    }
    axle_poly_free(b);
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

/* P^e for an integer polynomial P by binary powering; r distinct from P. False on no memory. */
static bool zpow(ax_zpoly *r, const ax_zpoly *P, unsigned long e)
{
    ax_zpoly b, t;
    ax_zp_init(&b);
    ax_zp_init(&t);
    bool ok = ax_zp_zero(r, 1) && ax_zp_set(&b, P);
    if (ok)
        mpz_set_ui(r->c[0], 1);
    while (ok && e) {
        if (e & 1) {
            ok = ax_zp_mul_fast(&t, r, &b) && ax_zp_set(r, &t);
        }
        e >>= 1;
        if (ok && e)
            ok = ax_zp_mul_fast(&t, &b, &b) && ax_zp_set(&b, &t);
    }
    ax_zp_clear(&b);
    ax_zp_clear(&t);
    return ok;
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

axle_status axle_poly_pow(axle_poly **out, const axle_poly *p, unsigned long e)
{
    axle_status s = start(out, p);
    if (s)
        return s;
    if (e == 0)
        return axle_poly_monomial(out, p->field, 0);
    if (p->len == 0)
        return ax_poly_alloc(out, p->field, 0);
    if (p->field == AXLE_RR) {
        ax_psize z = {(double)(p->len - 1) * (double)e, 0, 0, (double)(p->len - 1) * (double)e + 1};
        return (s = ax_psize_check(z, AXLE_RR, "the power")) ? s : pow_rr(out, p, e);
    }
    size_t nonzero = 0;
    for (size_t k = 0; k < p->len; k++)
        nonzero += mpq_sgn(p->q[k]) != 0;
    ax_zpoly f, r;
    mpz_t d;
    ax_zp_init(&f);
    ax_zp_init(&r);
    mpz_init(d);
    if (!ax_zp_from_qq(&f, d, p))
        s = ax_nomem();
    else {
        ax_psize z = zsize(&f, d);
        double terms = nonzero == 1 ? 1 : z.deg * (double)e + 1;
        z = (ax_psize){z.deg * (double)e, z.num * (double)e, z.den * (double)e, terms};
        if (!(s = ax_psize_check(z, AXLE_QQ, "the power"))) {
            if (nonzero == 1)
                s = monomial_pow(out, p, e);
            else if (!zpow(&r, &f, e))
                s = ax_nomem();
            else {
                mpz_pow_ui(d, d, e);
                s = ax_zp_to_poly(out, &r, d);
            }
        }
    }
    ax_zp_clear(&f);
    ax_zp_clear(&r);
    mpz_clear(d);
    return s;
}

/* QQ division: with A = da a, B = db b integer and beta = lc(B), pseudo-division gives
 * beta^k A = Q B + R (k = deg A - deg B + 1), so q = db Q / (da beta^k), r = R / (da beta^k). */
static axle_status divrem_qq(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    ax_zpoly A, B, Q;
    mpz_t da, db, den;
    ax_zp_init(&A);
    ax_zp_init(&B);
    ax_zp_init(&Q);
    mpz_inits(da, db, den, NULL);
    axle_status s = AXLE_OK;
    if (!ax_zp_from_qq(&A, da, a) || !ax_zp_from_qq(&B, db, b))
        s = ax_nomem();
    size_t qlen = A.len >= B.len ? A.len - B.len + 1 : 0;
    if (!s && !ax_zp_zero(&Q, qlen))
        s = ax_nomem();
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

static axle_status divrem_rr(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    size_t qlen = a->len >= b->len ? a->len - b->len + 1 : 0;
    double *rem = ax_calloc(a->len ? a->len : 1, sizeof *rem);
    axle_poly *Q = NULL, *R = NULL;
    axle_status s = rem ? ax_poly_alloc(&Q, AXLE_RR, qlen) : ax_nomem();
    if (!s)
        s = ax_poly_alloc(&R, AXLE_RR, b->len - 1);
    if (s) {
        free(rem);
        axle_poly_free(Q);
        return s;
    }
    for (size_t k = 0; k < a->len; k++)
        rem[k] = a->d[k];
    double lc = b->d[b->len - 1];
    for (size_t i = qlen; i-- > 0;) {
        double c = rem[i + b->len - 1] / lc;
        Q->d[i] = c;
        for (size_t j = 0; j + 1 < b->len; j++)
            rem[i + j] -= c * b->d[j];
    }
    for (size_t k = 0; k + 1 < b->len; k++)
        R->d[k] = k < a->len ? rem[k] : 0.0;
    free(rem);
    for (size_t k = 0; k < Q->len; k++)
        if (!isfinite(Q->d[k]))
            s = ax_error(AXLE_ERANGE, "quotient coefficient of x^%zu overflows a double", k);
    for (size_t k = 0; k < R->len; k++)
        if (!isfinite(R->d[k]))
            s = ax_error(AXLE_ERANGE, "remainder coefficient of x^%zu overflows a double", k);
    ax_poly_trim(Q);
    ax_poly_trim(R);
    if (!s && q)
        *q = Q;
    else
        axle_poly_free(Q);
    if (!s && r)
        *r = R;
    else
        axle_poly_free(R);
    return s;
}

axle_status axle_poly_divrem(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
{
    if (q)
        *q = NULL;
    if (r)
        *r = NULL;
    axle_status s = ax_poly_check2(a, b);
    if (s)
        return s;
    if (!b->len)
        return ax_error(AXLE_EDOMAIN, "division by the zero polynomial");
    return a->field == AXLE_QQ ? divrem_qq(q, r, a, b) : divrem_rr(q, r, a, b);
}

axle_status axle_poly_derivative(axle_poly **out, const axle_poly *p)
{
    axle_status s = start(out, p);
    axle_poly *r = NULL;
    if (s || (s = ax_poly_alloc(&r, p->field, p->len ? p->len - 1 : 0)))
        return s;
    for (size_t k = 1; k < p->len; k++) {
        if (p->field == AXLE_QQ) {
            mpz_mul_ui(mpq_numref(r->q[k - 1]), mpq_numref(p->q[k]), (unsigned long)k);
            mpz_set(mpq_denref(r->q[k - 1]), mpq_denref(p->q[k]));
            mpq_canonicalize(r->q[k - 1]);
        } else {
            r->d[k - 1] = (double)k * p->d[k];
            if (!isfinite(r->d[k - 1])) {
                axle_poly_free(r);
                return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k - 1);
            }
        }
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* r + c for a coefficient c of p (index k), in place. */
static void add_coeff(axle_poly *r, const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        mpq_add(r->q[0], r->q[0], p->q[k]);
    else
        r->d[0] += p->d[k];
}

/* With p = P / Dp, q = Q / Dq and d = deg p: p(q) = sum P_i Q^i Dq^(d-i) / (Dp Dq^d), so
 * log2 |numerator|_1 <= log2 |P|_1 + d max(log2 |Q|_1, log2 Dq). */
static axle_status compose_size_check(const axle_poly *p, const axle_poly *q)
{
    double dp = p->len > 1 ? (double)(p->len - 1) : 0, dq = q->len > 1 ? (double)(q->len - 1) : 0;
    ax_psize z = {dp * dq, 0, 0, dp * dq + 1};
    if (p->field == AXLE_RR || dp == 0)
        return ax_psize_check(z, p->field, "p(q(x))");
    ax_zpoly f, g;
    mpz_t df, dg;
    ax_zp_init(&f);
    ax_zp_init(&g);
    mpz_inits(df, dg, NULL);
    axle_status s;
    if (!ax_zp_from_qq(&f, df, p) || !ax_zp_from_qq(&g, dg, q))
        s = ax_nomem();
    else {
        ax_psize a = zsize(&f, df), b = zsize(&g, dg);
        z.num = a.num + dp * fmax(b.num, b.den);
        z.den = a.den + dp * b.den;
        s = ax_psize_check(z, AXLE_QQ, "p(q(x))");
    }
    ax_zp_clear(&f);
    ax_zp_clear(&g);
    mpz_clears(df, dg, NULL);
    return s;
}

axle_status axle_poly_compose(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s = start2(out, p, q);
    if (s)
        return s;
    if ((s = compose_size_check(p, q)))
        return s;
    axle_poly *r;
    if ((s = ax_poly_alloc(&r, p->field, 0)))
        return s;
    /* Horner in q: r = (...(c_n q + c_{n-1}) q + ...) + c_0 */
    for (size_t k = p->len; k-- > 0 && !s;) {
        axle_poly *t, *u = NULL;
        if ((s = mul(&t, r, q)))
            break;
        axle_poly_free(r);
        r = t;
        if (r->len == 0) {
            s = ax_poly_alloc(&u, p->field, 1);
            if (s)
                break;
            axle_poly_free(r);
            r = u;
        }
        add_coeff(r, p, k);
        if (r->field == AXLE_RR && !isfinite(r->d[0]))
            s = ax_error(AXLE_ERANGE, "p(q(x)) overflows a double");
        ax_poly_trim(r);
    }
    if (s) {
        axle_poly_free(r);
        return s;
    }
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_eval(axle_scalar **out, const axle_poly *p, const axle_scalar *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    if (!x)
        return ax_error(AXLE_EINVAL, "scalar x is NULL");
    if (x->field != p->field)
        return ax_error(AXLE_EFIELD, "evaluating a polynomial over %s at a scalar over %s",
                        axle_field_name(p->field), axle_field_name(x->field));
    if (p->field == AXLE_RR) {
        double v = 0.0;
        for (size_t k = p->len; k-- > 0;)
            v = v * x->d + p->d[k];
        if (!isfinite(v))
            return ax_error(AXLE_ERANGE, "p(x) overflows a double");
        return ax_scalar_from_d(out, v);
    }
    mpq_t v;
    mpq_init(v);
    for (size_t k = p->len; k-- > 0;) {
        mpq_mul(v, v, x->q);
        mpq_add(v, v, p->q[k]);
    }
    s = ax_scalar_from_mpq(out, AXLE_QQ, v);
    mpq_clear(v);
    return s;
}

axle_status axle_poly_eval_matrix(axle_matrix **out, const axle_poly *p, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")) || (s = ax_check_matrix(A, "A")))
        return s;
    if (A->field != p->field)
        return ax_error(AXLE_EFIELD, "evaluating a polynomial over %s at a matrix over %s",
                        axle_field_name(p->field), axle_field_name(A->field));
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "p(A) needs a square matrix, A is %zux%zu", A->rows, A->cols);
    size_t n = A->rows;
    axle_matrix *R;
    if ((s = ax_matrix_alloc(&R, p->field, n, n)))
        return s;
    /* Horner: R = (...(c_n A + c_{n-1} I) A + ...) + c_0 I, deg p matrix products */
    for (size_t k = p->len; k-- > 0;) {
        if (k + 1 < p->len) {
            axle_matrix *T;
            if ((s = axle_matrix_mul(&T, R, A))) {
                axle_matrix_free(R);
                return s;
            }
            axle_matrix_free(R);
            R = T;
        }
        for (size_t i = 0; i < n; i++) {
            if (p->field == AXLE_QQ) {
                mpq_add(AX_Q(R, i, i), AX_Q(R, i, i), p->q[k]);
            } else {
                AX_D(R, i, i) += p->d[k];
            }
        }
    }
    if (p->field == AXLE_RR) {
        for (size_t j = 0; j < n; j++)
            for (size_t i = 0; i < n; i++)
                if (!isfinite(AX_D(R, i, j))) {
                    axle_matrix_free(R);
                    return ax_error(AXLE_ERANGE, "p(A) overflows a double");
                }
    }
    *out = R;
    return AXLE_OK;
}
