/* Scalars of QQ (exact rationals) and RR (finite doubles). */
#include <math.h>
#include <stdlib.h>

#include "internal.h"

static axle_scalar *scalar_new(axle_field F)
{
    axle_scalar *x = ax_malloc(sizeof *x);
    if (!x)
        return NULL;
    x->field = F;
    x->d = 0.0;
    if (F == AXLE_QQ)
        mpq_init(x->q);
    return x;
}

static axle_status check_field(axle_field F)
{
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field value %d", (int)F);
    return AXLE_OK;
}

static axle_status check_scalar(const axle_scalar *x, const char *what)
{
    if (!x)
        return ax_error(AXLE_EINVAL, "%s is NULL", what);
    return AXLE_OK;
}

axle_status ax_scalar_from_d(axle_scalar **out, double x)
{
    *out = NULL;
    if (!isfinite(x))
        return ax_error(AXLE_ERANGE, "RR result is not finite (overflow)");
    axle_scalar *s = scalar_new(AXLE_RR);
    if (!s)
        return ax_nomem();
    s->d = x;
    *out = s;
    return AXLE_OK;
}

axle_status ax_scalar_from_mpq(axle_scalar **out, axle_field F, const mpq_t q)
{
    *out = NULL;
    if (F == AXLE_RR) {
        double d = ax_mpq_get_d(q);
        if (!isfinite(d))
            return ax_error(AXLE_ERANGE, "rational value is too large for a double");
        return ax_scalar_from_d(out, d);
    }
    axle_scalar *s = scalar_new(AXLE_QQ);
    if (!s)
        return ax_nomem();
    mpq_set(s->q, q);
    *out = s;
    return AXLE_OK;
}

axle_status axle_scalar_from_int(axle_scalar **out, axle_field F, long v)
{
    return axle_scalar_from_frac(out, F, v, 1);
}

axle_status axle_scalar_from_frac(axle_scalar **out, axle_field F, long num, long den)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_field(F)))
        return s;
    if (den == 0)
        return ax_error(AXLE_EDOMAIN, "fraction %ld/0 has a zero denominator", num);
    mpq_t q;
    mpq_init(q);
    mpz_set_si(mpq_numref(q), num);
    mpz_set_si(mpq_denref(q), den);
    mpq_canonicalize(q);
    s = ax_scalar_from_mpq(out, F, q);
    mpq_clear(q);
    return s;
}

axle_status axle_scalar_from_double(axle_scalar **out, axle_field F, double x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_field(F)))
        return s;
    if (!isfinite(x))
        return ax_error(AXLE_EDOMAIN, "scalar must be finite, got %g", x);
    if (F == AXLE_RR)
        return ax_scalar_from_d(out, x);
    axle_scalar *r = scalar_new(AXLE_QQ);
    if (!r)
        return ax_nomem();
    mpq_set_d(r->q, x);
    *out = r;
    return AXLE_OK;
}

axle_status axle_scalar_from_mpq(axle_scalar **out, axle_field F, const mpq_t q)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_field(F)))
        return s;
    if (!q)
        return ax_error(AXLE_EINVAL, "rational q is NULL");
    if (mpz_sgn(mpq_denref(q)) <= 0)
        return ax_error(AXLE_EDOMAIN, "rational is not canonical (denominator <= 0)");
    return ax_scalar_from_mpq(out, F, q);
}

axle_status axle_scalar_copy(axle_scalar **out, const axle_scalar *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_scalar(x, "scalar x")))
        return s;
    if (x->field == AXLE_RR)
        return ax_scalar_from_d(out, x->d);
    return ax_scalar_from_mpq(out, AXLE_QQ, x->q);
}

axle_status axle_scalar_convert(axle_scalar **out, const axle_scalar *x, axle_field F)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_scalar(x, "scalar x")) || (s = check_field(F)))
        return s;
    if (x->field == AXLE_QQ)
        return ax_scalar_from_mpq(out, F, x->q);
    return axle_scalar_from_double(out, F, x->d);
}

void axle_scalar_free(axle_scalar *x)
{
    if (!x)
        return;
    if (x->field == AXLE_QQ)
        mpq_clear(x->q);
    free(x);
}

axle_field axle_scalar_field(const axle_scalar *x)
{
    return x ? x->field : AXLE_QQ;
}

double axle_scalar_to_double(const axle_scalar *x)
{
    if (!x)
        return 0.0;
    return x->field == AXLE_RR ? x->d : ax_mpq_get_d(x->q);
}

void axle_scalar_get_mpq(mpq_t rop, const axle_scalar *x)
{
    if (!rop)
        return;
    if (!x) {
        mpq_set_ui(rop, 0, 1);
        return;
    }
    if (x->field == AXLE_RR)
        mpq_set_d(rop, x->d);
    else
        mpq_set(rop, x->q);
}

int axle_scalar_sign(const axle_scalar *x)
{
    if (!x)
        return 0;
    if (x->field == AXLE_QQ)
        return mpq_sgn(x->q);
    return (x->d > 0) - (x->d < 0);
}

bool axle_scalar_is_zero(const axle_scalar *x)
{
    return x && axle_scalar_sign(x) == 0;
}

bool axle_scalar_equal(const axle_scalar *x, const axle_scalar *y)
{
    if (!x || !y || x->field != y->field)
        return false;
    if (x->field == AXLE_QQ)
        return mpq_equal(x->q, y->q) != 0;
    return x->d == y->d;
}

static axle_status check_pair(const axle_scalar *x, const axle_scalar *y)
{
    axle_status s;
    if ((s = check_scalar(x, "first scalar")) || (s = check_scalar(y, "second scalar")))
        return s;
    if (x->field != y->field)
        return ax_error(AXLE_EFIELD, "cannot combine a %s scalar with a %s scalar",
                        axle_field_name(x->field), axle_field_name(y->field));
    return AXLE_OK;
}

axle_status axle_scalar_cmp(int *out, const axle_scalar *x, const axle_scalar *y)
{
    axle_status s = ax_check_out(out);
    if (s || (s = check_pair(x, y)))
        return s;
    if (x->field == AXLE_QQ) {
        int c = mpq_cmp(x->q, y->q);
        *out = (c > 0) - (c < 0);
    } else {
        *out = (x->d > y->d) - (x->d < y->d);
    }
    return AXLE_OK;
}

typedef enum { OP_ADD, OP_SUB, OP_MUL, OP_DIV } arith_op;

static axle_status arith(axle_scalar **out, const axle_scalar *x, const axle_scalar *y, arith_op op)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_pair(x, y)))
        return s;
    if (op == OP_DIV && axle_scalar_is_zero(y))
        return ax_error(AXLE_EDOMAIN, "division by zero");
    if (x->field == AXLE_RR) {
        double r = op == OP_ADD   ? x->d + y->d
                   : op == OP_SUB ? x->d - y->d
                   : op == OP_MUL ? x->d * y->d
                                  : x->d / y->d;
        return ax_scalar_from_d(out, r);
    }
    axle_scalar *r = scalar_new(AXLE_QQ);
    if (!r)
        return ax_nomem();
    switch (op) {
    case OP_ADD:
        mpq_add(r->q, x->q, y->q);
        break;
    case OP_SUB:
        mpq_sub(r->q, x->q, y->q);
        break;
    case OP_MUL:
        mpq_mul(r->q, x->q, y->q);
        break;
    case OP_DIV:
        mpq_div(r->q, x->q, y->q);
        break;
    }
    *out = r;
    return AXLE_OK;
}

axle_status axle_scalar_add(axle_scalar **out, const axle_scalar *x, const axle_scalar *y)
{
    return arith(out, x, y, OP_ADD);
}

axle_status axle_scalar_sub(axle_scalar **out, const axle_scalar *x, const axle_scalar *y)
{
    return arith(out, x, y, OP_SUB);
}

axle_status axle_scalar_mul(axle_scalar **out, const axle_scalar *x, const axle_scalar *y)
{
    return arith(out, x, y, OP_MUL);
}

axle_status axle_scalar_div(axle_scalar **out, const axle_scalar *x, const axle_scalar *y)
{
    return arith(out, x, y, OP_DIV);
}

axle_status axle_scalar_neg(axle_scalar **out, const axle_scalar *x)
{
    AX_OUT(out);
    axle_status s;
    if ((s = check_scalar(x, "scalar x")))
        return s;
    if (x->field == AXLE_RR)
        return ax_scalar_from_d(out, -x->d);
    axle_scalar *r = scalar_new(AXLE_QQ);
    if (!r)
        return ax_nomem();
    mpq_neg(r->q, x->q);
    *out = r;
    return AXLE_OK;
}

double ax_scalar_height_bits(const axle_scalar *c)
{
    if (c->field != AXLE_QQ || mpq_sgn(c->q) == 0)
        return 0;
    long e;
    double d = mpz_get_d_2exp(&e, mpq_numref(c->q)), b = (double)e + log2(fabs(d));
    d = mpz_get_d_2exp(&e, mpq_denref(c->q));
    return b + (double)e + log2(d);
}
