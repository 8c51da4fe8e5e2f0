/* Polynomials over QQ and RR: construction, queries, conversion. The coefficients are set and
 * read through core's accessors (core/poly.c), which also answer the storage queries (field,
 * coefficients, equality). */
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

axle_status axle_poly_from_mpq(axle_poly **out, axle_field F, size_t n, mpq_t *c)
{
    axle_status s = check_new(out, F, n, c, "c");
    axle_poly *p = NULL;
    if (!s)
        s = ax_poly_alloc(&p, F, n);
    for (size_t k = 0; !s && k < n; k++)
        s = ax_poly_set_mpq(p, k, c[k]);
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
    for (size_t k = 0; k < n; k++)
        ax_poly_set_si(p, k, c[k]);
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
        s = ax_poly_set_mpq(p, k, v);
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
    for (size_t k = 0; k < n; k++)
        ax_poly_set_d(p, k, c[k]);
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
    for (size_t k = 0; k < n; k++)
        ax_poly_set_scalar(p, k, c[k]);
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
    ax_poly_set_si(p, k, 1);
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
        s = ax_poly_set_mpq(r, k, v);
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

long axle_poly_degree(const axle_poly *p)
{
    return !p ? 0 : p->len ? (long)p->len - 1 : AXLE_POLY_DEG_ZERO;
}

bool axle_poly_is_zero(const axle_poly *p)
{
    return p && p->len == 0;
}

axle_status axle_poly_leading(axle_scalar **out, const axle_poly *p)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    return axle_poly_coeff(out, p, p->len ? p->len - 1 : 0);
}
