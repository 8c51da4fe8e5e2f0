/* Polynomials over QQ and RR: construction, queries, conversion. */
#include <math.h>
#include <stdlib.h>

#include "poly/poly_impl.h"

/* Check the output, the field and (when n > 0) the array c, named by its parameter `what`. */
static axle_status check_new(axle_poly **out, axle_field F, size_t n, const void *c,
                             const char *what)
{
    AX_OUT(out);
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field %d", (int)F);
    if (n && !c)
        return ax_error(AXLE_EINVAL, "coefficient array %s is NULL", what);
    return AXLE_OK;
}

/* Set coefficient k of a freshly allocated polynomial from an exact rational. */
static axle_status set_coeff(axle_poly *p, size_t k, const mpq_t v)
{
    if (p->field == AXLE_QQ) {
        mpq_set(p->q[k], v);
        return AXLE_OK;
    }
    double d = ax_mpq_get_d(v);
    if (!isfinite(d))
        return ax_error(AXLE_ERANGE, "coefficient of x^%zu is beyond the range of a double", k);
    p->d[k] = d;
    return AXLE_OK;
}

axle_status axle_poly_from_mpq(axle_poly **out, axle_field F, size_t n, mpq_t *c)
{
    axle_status s = check_new(out, F, n, c, "c");
    axle_poly *p = NULL;
    if (!s)
        s = ax_poly_alloc(&p, F, n);
    for (size_t k = 0; !s && k < n; k++)
        s = set_coeff(p, k, c[k]);
    if (s) {
        axle_poly_free(p);
        return s;
    }
    ax_poly_trim(p);
    *out = p;
    return AXLE_OK;
}

axle_status axle_poly_from_ints(axle_poly **out, axle_field F, size_t n, const long *c)
{
    axle_status s = check_new(out, F, n, c, "c");
    axle_poly *p = NULL;
    if (!s)
        s = ax_poly_alloc(&p, F, n);
    if (s)
        return s;
    for (size_t k = 0; k < n; k++) {
        if (F == AXLE_QQ)
            mpq_set_si(p->q[k], c[k], 1);
        else
            p->d[k] = (double)c[k];
    }
    ax_poly_trim(p);
    *out = p;
    return AXLE_OK;
}

axle_status axle_poly_from_fracs(axle_poly **out, axle_field F, size_t n, const long *num,
                                 const long *den)
{
    axle_status s = check_new(out, F, n, num, "num");
    if (!s && n && !den)
        s = ax_error(AXLE_EINVAL, "denominator array den is NULL");
    for (size_t k = 0; !s && k < n; k++)
        if (den[k] == 0)
            s = ax_error(AXLE_EDOMAIN, "denominator of the coefficient of x^%zu is zero", k);
    axle_poly *p = NULL;
    if (!s)
        s = ax_poly_alloc(&p, F, n);
    if (s)
        return s;
    mpq_t v;
    mpq_init(v);
    for (size_t k = 0; k < n && !s; k++) {
        mpz_set_si(mpq_numref(v), num[k]);
        mpz_set_si(mpq_denref(v), den[k]);
        mpq_canonicalize(v);
        s = set_coeff(p, k, v);
    }
    mpq_clear(v);
    if (s) {
        axle_poly_free(p);
        return s;
    }
    ax_poly_trim(p);
    *out = p;
    return AXLE_OK;
}

axle_status axle_poly_from_doubles(axle_poly **out, axle_field F, size_t n, const double *c)
{
    axle_status s = check_new(out, F, n, c, "c");
    for (size_t k = 0; !s && k < n; k++)
        if (!isfinite(c[k]))
            s = ax_error(AXLE_EDOMAIN, "coefficient of x^%zu is not finite", k);
    axle_poly *p = NULL;
    if (!s)
        s = ax_poly_alloc(&p, F, n);
    if (s)
        return s;
    for (size_t k = 0; k < n; k++) {
        if (F == AXLE_QQ)
            mpq_set_d(p->q[k], c[k]);
        else
            p->d[k] = c[k];
    }
    ax_poly_trim(p);
    *out = p;
    return AXLE_OK;
}

axle_status axle_poly_from_scalars(axle_poly **out, axle_field F, size_t n,
                                   const axle_scalar *const *c)
{
    axle_status s = check_new(out, F, n, c, "c");
    for (size_t k = 0; !s && k < n; k++) {
        if (!c[k])
            s = ax_error(AXLE_EINVAL, "coefficient of x^%zu is NULL", k);
        else if (c[k]->field != F)
            s = ax_error(AXLE_EFIELD, "coefficient of x^%zu is over %s, not %s", k,
                         axle_field_name(c[k]->field), axle_field_name(F));
    }
    axle_poly *p = NULL;
    if (!s)
        s = ax_poly_alloc(&p, F, n);
    if (s)
        return s;
    for (size_t k = 0; k < n; k++) {
        if (F == AXLE_QQ)
            mpq_set(p->q[k], c[k]->q);
        else
            p->d[k] = c[k]->d;
    }
    ax_poly_trim(p);
    *out = p;
    return AXLE_OK;
}

axle_status axle_poly_constant(axle_poly **out, const axle_scalar *c)
{
    AX_OUT(out);
    if (!c)
        return ax_error(AXLE_EINVAL, "scalar c is NULL");
    const axle_scalar *one[1] = {c};
    return axle_poly_from_scalars(out, c->field, 1, one);
}

axle_status axle_poly_monomial(axle_poly **out, axle_field F, unsigned long k)
{
    axle_status s = check_new(out, F, 0, NULL, NULL);
    if (s)
        return s;
    if (k > (unsigned long)AXLE_POLY_MAX_DEGREE)
        return ax_error(AXLE_ERANGE,
                        "x^%lu: the degree is above the limit of %ld "
                        "(AXLE_POLY_MAX_DEGREE)",
                        k, AXLE_POLY_MAX_DEGREE);
    axle_poly *p = NULL;
    s = ax_poly_alloc(&p, F, (size_t)k + 1);
    if (s)
        return s;
    if (F == AXLE_QQ)
        mpq_set_ui(p->q[k], 1, 1);
    else
        p->d[k] = 1.0;
    *out = p;
    return AXLE_OK;
}

axle_status axle_poly_convert(axle_poly **out, const axle_poly *p, axle_field F)
{
    axle_status s = check_new(out, F, 0, NULL, NULL);
    if (!s)
        s = ax_poly_check(p, "p");
    axle_poly *r = NULL;
    if (!s)
        s = ax_poly_alloc(&r, F, p->len);
    if (s)
        return s;
    mpq_t v;
    mpq_init(v);
    for (size_t k = 0; k < p->len && !s; k++) {
        axle_poly_coeff_mpq(v, p, k);
        s = set_coeff(r, k, v);
    }
    mpq_clear(v);
    if (s) {
        axle_poly_free(r);
        return s;
    }
    ax_poly_trim(r);
    *out = r;
    return AXLE_OK;
}

axle_status axle_poly_copy(axle_poly **out, const axle_poly *p)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    return axle_poly_convert(out, p, p->field);
}

axle_field axle_poly_field(const axle_poly *p)
{
    return p ? p->field : AXLE_QQ;
}

long axle_poly_degree(const axle_poly *p)
{
    return !p ? 0 : p->len ? (long)p->len - 1 : AXLE_POLY_DEG_ZERO;
}

bool axle_poly_is_zero(const axle_poly *p)
{
    return p && p->len == 0;
}

bool axle_poly_equal(const axle_poly *p, const axle_poly *q)
{
    if (!p || !q || p->field != q->field || p->len != q->len)
        return false;
    for (size_t k = 0; k < p->len; k++) {
        if (p->field == AXLE_QQ ? !mpq_equal(p->q[k], q->q[k]) : p->d[k] != q->d[k])
            return false;
    }
    return true;
}

void axle_poly_coeff_mpq(mpq_t rop, const axle_poly *p, size_t k)
{
    if (!rop)
        return;
    if (!p || k >= p->len)
        mpq_set_ui(rop, 0, 1);
    else if (p->field == AXLE_QQ)
        mpq_set(rop, p->q[k]);
    else
        mpq_set_d(rop, p->d[k]);
}

axle_status axle_poly_coeff(axle_scalar **out, const axle_poly *p, size_t k)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    if (p->field == AXLE_RR)
        return ax_scalar_from_d(out, k < p->len ? p->d[k] : 0.0);
    mpq_t v;
    mpq_init(v);
    axle_poly_coeff_mpq(v, p, k);
    s = ax_scalar_from_mpq(out, AXLE_QQ, v);
    mpq_clear(v);
    return s;
}

axle_status axle_poly_leading(axle_scalar **out, const axle_poly *p)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    return axle_poly_coeff(out, p, p->len ? p->len - 1 : 0);
}
