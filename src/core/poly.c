/* Polynomial storage: allocation, release, trimming, the argument checks shared by every module
 * that reads a polynomial, and coefficient access (set from a number, read, compare), as
 * core/matrix.c is for matrix entries. */
#include <math.h>
#include <stdlib.h>

#include "axle/poly.h"
#include "internal.h"

axle_status ax_poly_alloc(axle_poly **out, axle_field F, size_t len)
{
    *out = NULL;
    if (len > (size_t)AXLE_POLY_MAX_DEGREE + 1)
        return ax_error(AXLE_ERANGE,
                        "a polynomial of degree %zu is above the limit of %ld "
                        "(AXLE_POLY_MAX_DEGREE)",
                        len - 1, AXLE_POLY_MAX_DEGREE);
    axle_poly *p = ax_calloc(1, sizeof *p);
    if (!p)
        return ax_nomem();
    p->field = F;
    p->len = len;
    if (len) {
        if (F == AXLE_QQ) {
            p->q = ax_calloc(len, sizeof *p->q);
            if (!p->q) {
                free(p);
                return ax_nomem();
            }
            for (size_t i = 0; i < len; i++)
                mpq_init(p->q[i]);
        } else {
            p->d = ax_calloc(len, sizeof *p->d);
            if (!p->d) {
                free(p);
                return ax_nomem();
            }
        }
    }
    *out = p;
    return AXLE_OK;
}

void axle_poly_free(axle_poly *p)
{
    if (!p)
        return;
    if (p->q) {
        /* every allocated slot was initialised; trimming only lowers len, so clear by capacity */
        for (size_t i = 0; i < p->len; i++)
            mpq_clear(p->q[i]);
    }
    free(p->q);
    free(p->d);
    free(p);
}

void ax_poly_trim(axle_poly *p)
{
    if (p->field == AXLE_QQ) {
        while (p->len && mpq_sgn(p->q[p->len - 1]) == 0)
            mpq_clear(p->q[--p->len]);
    } else {
        while (p->len && p->d[p->len - 1] == 0.0)
            p->len--;
    }
}

axle_status ax_poly_check(const axle_poly *p, const char *what)
{
    if (!p)
        return ax_error(AXLE_EINVAL, "polynomial %s is NULL", what);
    return AXLE_OK;
}

axle_status ax_poly_check2(const axle_poly *p, const axle_poly *q)
{
    if (!p || !q)
        return ax_error(AXLE_EINVAL, "the %s polynomial is NULL", p ? "second" : "first");
    if (p->field != q->field)
        return ax_error(AXLE_EFIELD, "polynomials over different fields (%s and %s)",
                        axle_field_name(p->field), axle_field_name(q->field));
    return AXLE_OK;
}

/* ---- coefficients ------------------------------------------------------------------------- */

axle_status ax_poly_set_mpq(axle_poly *p, size_t k, const mpq_t v)
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

void ax_poly_set_si(axle_poly *p, size_t k, long v)
{
    if (p->field == AXLE_QQ)
        mpq_set_si(p->q[k], v, 1);
    else
        p->d[k] = (double)v;
}

void ax_poly_set_d(axle_poly *p, size_t k, double v)
{
    if (p->field == AXLE_QQ)
        mpq_set_d(p->q[k], v);
    else
        p->d[k] = v;
}

void ax_poly_set_scalar(axle_poly *p, size_t k, const axle_scalar *c)
{
    if (p->field == AXLE_QQ)
        mpq_set(p->q[k], c->q);
    else
        p->d[k] = c->d;
}

axle_field axle_poly_field(const axle_poly *p)
{
    return p ? p->field : AXLE_QQ;
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
