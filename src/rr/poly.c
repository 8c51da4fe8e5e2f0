/* The RR polynomial kernels (src/backend.h) on the double coefficients: each result coefficient
 * is computed in double arithmetic as written, and a coefficient that overflows is reported
 * (AXLE_ERANGE) instead of stored. The tolerance gcd is in poly_gcd.c. */
#include <math.h>
#include <stdlib.h>

#include "rr.h"

/* The degree and the number of nonzero coefficients: an RR bound has no coefficient size. */
static axle_status rr_size(ax_psize *out, const axle_poly *p)
{
    double terms = 0;
    for (size_t k = 0; k < p->len; k++)
        terms += p->d[k] != 0.0;
    *out = (ax_psize){p->len > 1 ? (double)(p->len - 1) : 0.0, 0.0, 0.0, terms};
    return AXLE_OK;
}

/* out = r after checking its coefficients are finite ("coefficient of x^k overflows a double");
 * r is trimmed, or freed on failure. */
static axle_status finish(axle_poly **out, axle_poly *r)
{
    for (size_t k = 0; k < r->len; k++)
        if (!isfinite(r->d[k])) {
            axle_poly_free(r);
            return ax_error(AXLE_ERANGE, "coefficient of x^%zu overflows a double", k);
        }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

/* p + sign q */
static axle_status rr_add(axle_poly **out, const axle_poly *p, const axle_poly *q, int sign)
{
    size_t n = p->len > q->len ? p->len : q->len;
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_RR, n);
    if (s)
        return s;
    for (size_t k = 0; k < n; k++) {
        double a = k < p->len ? p->d[k] : 0.0, b = k < q->len ? q->d[k] : 0.0;
        r->d[k] = sign > 0 ? a + b : a - b;
    }
    return finish(out, r);
}

static axle_status rr_scale(axle_poly **out, const axle_scalar *c, const axle_poly *p)
{
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_RR, p->len);
    if (s)
        return s;
    for (size_t k = 0; k < p->len; k++)
        r->d[k] = p->d[k] * c->d;
    return finish(out, r);
}

/* p q, schoolbook (a power's squares may underflow to zero). */
static axle_status rr_mul(axle_poly **out, const axle_poly *p, const axle_poly *q)
{
    axle_status s;
    axle_poly *r;
    if (!p->len || !q->len)
        return ax_poly_alloc(out, AXLE_RR, 0);
    if ((s = ax_poly_alloc(&r, AXLE_RR, p->len + q->len - 1)))
        return s;
    for (size_t i = 0; i < p->len; i++)
        for (size_t j = 0; j < q->len; j++)
            r->d[i + j] += p->d[i] * q->d[j];
    return finish(out, r);
}

static axle_status copy(axle_poly **out, const axle_poly *p)
{
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_RR, p->len);
    if (s)
        return s;
    for (size_t k = 0; k < p->len; k++)
        r->d[k] = p->d[k];
    *out = r;
    return AXLE_OK;
}

/* p^e by binary powering. */
static axle_status rr_pow(axle_poly **out, const axle_poly *p, unsigned long e)
{
    axle_poly *r, *b;
    axle_status s;
    if ((s = ax_poly_alloc(&r, AXLE_RR, 1)))
        return s;
    r->d[0] = 1.0;
    if ((s = copy(&b, p))) {
        axle_poly_free(r);
        return s;
    }
    while (e && !s) {
        axle_poly *t;
        if ((e & 1) && !(s = rr_mul(&t, r, b))) {
            axle_poly_free(r);
            r = t;
        }
        e >>= 1;
        if (e && !s && !(s = rr_mul(&t, b, b))) {
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

static axle_status rr_divrem(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b)
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

static axle_status rr_derivative(axle_poly **out, const axle_poly *p)
{
    axle_poly *r;
    axle_status s = ax_poly_alloc(&r, AXLE_RR, p->len ? p->len - 1 : 0);
    if (s)
        return s;
    for (size_t k = 1; k < p->len; k++)
        r->d[k - 1] = (double)k * p->d[k];
    return finish(out, r);
}

/* Horner. */
static axle_status rr_eval(axle_scalar **out, const axle_poly *p, const axle_scalar *x)
{
    double v = 0.0;
    for (size_t k = p->len; k-- > 0;)
        v = v * x->d + p->d[k];
    if (!isfinite(v))
        return ax_error(AXLE_ERANGE, "p(x) overflows a double");
    return ax_scalar_from_d(out, v);
}

const ax_poly_kernels ax_poly_rr = {
    .size = rr_size,
    .add = rr_add,
    .scale = rr_scale,
    .mul = rr_mul,
    .pow = rr_pow,
    .divrem = rr_divrem,
    .derivative = rr_derivative,
    .eval = rr_eval,
    .gcd = ax_rr_poly_gcd,
    .exact = false,
    .content = NULL,
};
