/* Elements of Q(α): construction, queries and field arithmetic. */
#include <stdlib.h>

#include "exact/numfield/nf_impl.h"

axle_status ax_nfelem_check(const axle_nfelem *x, const char *what)
{
    if (!x)
        return ax_error(AXLE_EINVAL, "the number-field element %s is NULL", what);
    return AXLE_OK;
}

axle_status ax_nfelem_alloc(axle_nfelem **out, const axle_numfield *K)
{
    axle_nfelem *x = ax_malloc(sizeof *x);
    if (!x)
        return ax_nomem();
    if (!ax_nfv_init(K, &x->v)) {
        free(x);
        return ax_nomem();
    }
    x->K = axle_numfield_ref(K);
    *out = x;
    return AXLE_OK;
}

void axle_nfelem_free(axle_nfelem *x)
{
    if (!x)
        return;
    ax_nfv_clear(x->K, &x->v);
    axle_numfield_unref(x->K);
    free(x);
}

/* Common start of the constructors: check out and K, allocate a zero element. */
static axle_status start(axle_nfelem **out, const axle_numfield *K)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_numfield_check(K, "K")))
        return s;
    return ax_nfelem_alloc(out, K);
}

axle_status axle_nfelem_from_int(axle_nfelem **out, const axle_numfield *K, long v)
{
    axle_status s = start(out, K);
    if (!s)
        ax_nfv_set_si(K, &(*out)->v, v);
    return s;
}

axle_status axle_nfelem_from_frac(axle_nfelem **out, const axle_numfield *K, long num, long den)
{
    if (out)
        *out = NULL;
    if (den == 0)
        return ax_error(AXLE_EDOMAIN, "the denominator of %ld/0 is zero", num);
    mpq_t q;
    mpq_init(q);
    mpz_set_si(mpq_numref(q), num);
    mpz_set_si(mpq_denref(q), den);
    if (den < 0) {
        mpz_neg(mpq_numref(q), mpq_numref(q));
        mpz_neg(mpq_denref(q), mpq_denref(q));
    }
    mpq_canonicalize(q);
    axle_status s = axle_nfelem_from_mpq(out, K, q);
    mpq_clear(q);
    return s;
}

axle_status axle_nfelem_from_mpq(axle_nfelem **out, const axle_numfield *K, const mpq_t q)
{
    if (out && !q) {
        *out = NULL;
        return ax_error(AXLE_EINVAL, "the rational q is NULL");
    }
    axle_status s = start(out, K);
    if (!s)
        ax_nfv_set_mpq(K, &(*out)->v, q);
    return s;
}

axle_status axle_nfelem_from_scalar(axle_nfelem **out, const axle_numfield *K, const axle_scalar *x)
{
    AX_OUT(out);
    axle_status s;
    if (!x)
        return ax_error(AXLE_EINVAL, "scalar x is NULL");
    if (axle_scalar_field(x) != AXLE_QQ)
        return ax_error(AXLE_EFIELD, "a number-field element needs a QQ scalar, not an RR one");
    mpq_t q;
    mpq_init(q);
    axle_scalar_get_mpq(q, x);
    s = axle_nfelem_from_mpq(out, K, q);
    mpq_clear(q);
    return s;
}

axle_status axle_nfelem_from_poly(axle_nfelem **out, const axle_numfield *K, const axle_poly *q)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_numfield_check(K, "K")))
        return s;
    if (!q)
        return ax_error(AXLE_EINVAL, "polynomial q is NULL");
    if (axle_poly_field(q) != AXLE_QQ)
        return ax_error(AXLE_EFIELD, "a number-field element needs a QQ polynomial, not an RR one");
    long deg = axle_poly_degree(q);
    if (deg > AXLE_NFELEM_MAX_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "the polynomial has degree %ld; an element of a number field is made from "
                        "a polynomial of degree at most %d (reducing a longer one modulo the "
                        "field's polynomial costs quadratic time and more)",
                        deg, AXLE_NFELEM_MAX_DEGREE);
    size_t len = deg < 0 ? 0 : (size_t)deg + 1;
    /* clear denominators: q = (sum c_k x^k) / den */
    mpz_t den;
    mpz_init_set_ui(den, 1);
    mpq_t a;
    mpq_init(a);
    for (size_t k = 0; k < len; k++) {
        axle_poly_coeff_mpq(a, q, k);
        mpz_lcm(den, den, mpq_denref(a));
    }
    mpz_t *c = ax_calloc(len ? len : 1, sizeof *c);
    ax_nfws w = {0};
    if (!c || !ax_nfws_init(K, &w) || (s = ax_nfelem_alloc(out, K))) {
        free(c);
        ax_nfws_clear(&w);
        mpq_clear(a);
        mpz_clear(den);
        return s ? s : ax_nomem();
    }
    for (size_t k = 0; k < len; k++) {
        axle_poly_coeff_mpq(a, q, k);
        mpz_init(c[k]);
        mpz_divexact(c[k], den, mpq_denref(a));
        mpz_mul(c[k], c[k], mpq_numref(a));
    }
    ax_nfv_set_zpoly(K, &w, &(*out)->v, c, len, den);
    for (size_t k = 0; k < len; k++)
        mpz_clear(c[k]);
    free(c);
    ax_nfws_clear(&w);
    mpq_clear(a);
    mpz_clear(den);
    return AXLE_OK;
}

axle_status axle_nfelem_gen(axle_nfelem **out, const axle_numfield *K)
{
    axle_status s = start(out, K);
    if (s)
        return s;
    if (K->n == 1) {
        /* α is the root -f_0/f_1 of the linear modulus */
        mpq_t q;
        mpq_init(q);
        mpz_neg(mpq_numref(q), K->f[0]);
        mpz_set(mpq_denref(q), K->f[1]);
        mpq_canonicalize(q);
        ax_nfv_set_mpq(K, &(*out)->v, q);
        mpq_clear(q);
    } else {
        mpz_set_ui((*out)->v.c[1], 1);
    }
    return AXLE_OK;
}

axle_status axle_nfelem_copy(axle_nfelem **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")) || (s = ax_nfelem_alloc(out, x->K)))
        return s;
    ax_nfv_set(x->K, &(*out)->v, &x->v);
    return AXLE_OK;
}

const axle_numfield *axle_nfelem_field(const axle_nfelem *x)
{
    return x ? x->K : NULL;
}

bool axle_nfelem_is_zero(const axle_nfelem *x)
{
    return x && ax_nfv_is_zero(x->K, &x->v);
}

bool axle_nfelem_is_one(const axle_nfelem *x)
{
    return x && ax_nfv_is_one(x->K, &x->v);
}

bool axle_nfelem_is_rational(const axle_nfelem *x)
{
    if (!x)
        return false;
    for (size_t k = 1; k < x->K->n; k++)
        if (mpz_sgn(x->v.c[k]))
            return false;
    return true;
}

bool axle_nfelem_equal(const axle_nfelem *x, const axle_nfelem *y)
{
    return x && y && ax_nf_same(x->K, y->K) && ax_nfv_equal(x->K, &x->v, &y->v);
}

axle_status ax_nfv_to_poly(const axle_numfield *K, axle_poly **out, const ax_nfv *a)
{
    mpq_t *c = ax_calloc(K->n, sizeof *c);
    if (!c)
        return ax_nomem();
    for (size_t k = 0; k < K->n; k++) {
        mpq_init(c[k]);
        ax_nfv_coeff_mpq(K, c[k], a, k);
    }
    axle_status s = axle_poly_from_mpq(out, AXLE_QQ, K->n, c);
    for (size_t k = 0; k < K->n; k++)
        mpq_clear(c[k]);
    free(c);
    return s;
}

axle_status axle_nfelem_to_poly(axle_poly **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    return ax_nfv_to_poly(x->K, out, &x->v);
}

void axle_nfelem_coeff_mpq(mpq_t rop, const axle_nfelem *x, size_t k)
{
    if (!rop)
        return;
    if (!x) {
        mpq_set_ui(rop, 0, 1);
        return;
    }
    ax_nfv_coeff_mpq(x->K, rop, &x->v, k);
}

/* ---- arithmetic ------------------------------------------------------------------------------ */

typedef enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV } op;

static axle_status binary(axle_nfelem **out, const axle_nfelem *x, const axle_nfelem *y, op o)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")) || (s = ax_nfelem_check(y, "y")) ||
        (s = ax_nf_check_same(x->K, y->K)))
        return s;
    const axle_numfield *K = x->K;
    if (o == OP_DIV && ax_nfv_is_zero(K, &y->v))
        return ax_error(AXLE_EDOMAIN, "division by zero in a number field");
    ax_nfws w;
    if (!ax_nfws_init(K, &w))
        return ax_nomem();
    if ((s = ax_nfelem_alloc(out, K))) {
        ax_nfws_clear(&w);
        return s;
    }
    ax_nfv *r = &(*out)->v;
    switch (o) {
    case OP_ADD:
        ax_nfv_add(K, &w, r, &x->v, &y->v);
        break;
    case OP_SUB:
        ax_nfv_sub(K, &w, r, &x->v, &y->v);
        break;
    case OP_MUL:
        ax_nfv_mul(K, &w, r, &x->v, &y->v);
        break;
    case OP_DIV:
        if (!(s = ax_nfv_inv(K, r, &y->v)))
            ax_nfv_mul(K, &w, r, r, &x->v);
        break;
    }
    ax_nfws_clear(&w);
    if (s) {
        axle_nfelem_free(*out);
        *out = NULL;
    }
    return s;
}

axle_status axle_nfelem_add(axle_nfelem **out, const axle_nfelem *x, const axle_nfelem *y)
{
    return binary(out, x, y, OP_ADD);
}

axle_status axle_nfelem_sub(axle_nfelem **out, const axle_nfelem *x, const axle_nfelem *y)
{
    return binary(out, x, y, OP_SUB);
}

axle_status axle_nfelem_mul(axle_nfelem **out, const axle_nfelem *x, const axle_nfelem *y)
{
    return binary(out, x, y, OP_MUL);
}

axle_status axle_nfelem_div(axle_nfelem **out, const axle_nfelem *x, const axle_nfelem *y)
{
    return binary(out, x, y, OP_DIV);
}

axle_status axle_nfelem_neg(axle_nfelem **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")) || (s = ax_nfelem_alloc(out, x->K)))
        return s;
    ax_nfv_neg(x->K, &(*out)->v, &x->v);
    return AXLE_OK;
}

axle_status axle_nfelem_inv(axle_nfelem **out, const axle_nfelem *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    if (ax_nfv_is_zero(x->K, &x->v))
        return ax_error(AXLE_EDOMAIN, "zero has no inverse in a number field");
    if ((s = ax_nfelem_alloc(out, x->K)))
        return s;
    if ((s = ax_nfv_inv(x->K, &(*out)->v, &x->v))) {
        axle_nfelem_free(*out);
        *out = NULL;
    }
    return s;
}

axle_status axle_nfelem_pow(axle_nfelem **out, const axle_nfelem *x, long e)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_nfelem_check(x, "x")))
        return s;
    const axle_numfield *K = x->K;
    if (e < 0 && ax_nfv_is_zero(K, &x->v))
        return ax_error(AXLE_EDOMAIN, "zero raised to the negative power %ld", e);
    ax_nfws w;
    if (!ax_nfws_init(K, &w))
        return ax_nomem();
    axle_nfelem *b = NULL;
    if ((s = ax_nfelem_alloc(out, K)) || (s = ax_nfelem_alloc(&b, K)))
        goto done;
    if (e < 0)
        s = ax_nfv_inv(K, &b->v, &x->v);
    else
        ax_nfv_set(K, &b->v, &x->v);
    if (s)
        goto done;
    ax_nfv_set_si(K, &(*out)->v, 1);
    /* |e| without overflow for LONG_MIN */
    unsigned long u = e < 0 ? 0ul - (unsigned long)e : (unsigned long)e;
    while (u) {
        if (u & 1)
            ax_nfv_mul(K, &w, &(*out)->v, &(*out)->v, &b->v);
        u >>= 1;
        if (u)
            ax_nfv_mul(K, &w, &b->v, &b->v, &b->v);
    }
done:
    axle_nfelem_free(b);
    ax_nfws_clear(&w);
    if (s) {
        axle_nfelem_free(*out);
        *out = NULL;
    }
    return s;
}
