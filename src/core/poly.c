/* Polynomial storage: allocation, release, trimming and the argument checks shared by every
 * module that reads a polynomial. */
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
