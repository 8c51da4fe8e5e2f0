/* Greatest common divisors, content and primitive part, written once for both fields: the
 * arguments are checked here, the field's polynomial kernels compute (src/backend.h). QQ: the
 * primitive polynomial remainder sequence over Z (qq/poly.c); RR: Euclid with a relative tolerance
 * (rr/poly_gcd.c). The extended gcd (the extended Euclidean algorithm, here), content and
 * primitive part are exact notions: over a field without exact arithmetic (RR) they are
 * AXLE_EUNSUPPORTED. */
#include "poly/poly_impl.h"

axle_status axle_poly_gcd(axle_poly **out, const axle_poly *a, const axle_poly *b)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check2(a, b)))
        return s;
    return ax_poly_kernels_of(a->field)->gcd(out, a, b);
}

/* 1 / lc(p) for a nonzero p. */
static axle_status inverse_leading(axle_scalar **out, const axle_poly *p)
{
    axle_scalar *lc = NULL, *one = NULL;
    axle_status s = axle_poly_leading(&lc, p);
    if (!s && !(s = axle_scalar_from_int(&one, p->field, 1)))
        s = axle_scalar_div(out, one, lc);
    axle_scalar_free(lc);
    axle_scalar_free(one);
    return s;
}

/* The extended Euclidean algorithm: the remainder sequence r_i with r_i = s_i a + t_i b. */
static axle_status xgcd(axle_poly **G, axle_poly **S, axle_poly **T, const axle_poly *a,
                        const axle_poly *b)
{
    axle_field F = a->field;
    axle_poly *r0 = NULL, *r1 = NULL, *s0 = NULL, *s1 = NULL, *t0 = NULL, *t1 = NULL;
    axle_status s = axle_poly_copy(&r0, a);
    if (!s)
        s = axle_poly_copy(&r1, b);
    if (!s)
        s = axle_poly_monomial(&s0, F, 0);
    if (!s)
        s = ax_poly_alloc(&s1, F, 0);
    if (!s)
        s = ax_poly_alloc(&t0, F, 0);
    if (!s)
        s = axle_poly_monomial(&t1, F, 0);
    while (!s && r1->len) {
        axle_poly *q = NULL, *r = NULL, *m = NULL, *ns = NULL, *nt = NULL;
        s = axle_poly_divrem(&q, &r, r0, r1);
        if (!s && !(s = axle_poly_mul(&m, q, s1)))
            s = axle_poly_sub(&ns, s0, m);
        axle_poly_free(m);
        m = NULL;
        if (!s && !(s = axle_poly_mul(&m, q, t1)))
            s = axle_poly_sub(&nt, t0, m);
        axle_poly_free(m);
        axle_poly_free(q);
        if (s) {
            axle_poly_free(r);
            axle_poly_free(ns);
            axle_poly_free(nt);
            break;
        }
        axle_poly_free(r0);
        axle_poly_free(s0);
        axle_poly_free(t0);
        r0 = r1;
        r1 = r;
        s0 = s1;
        s1 = ns;
        t0 = t1;
        t1 = nt;
    }
    if (!s && r0->len) {
        /* normalise: divide r0, s0, t0 by lc(r0) */
        axle_scalar *inv = NULL;
        s = inverse_leading(&inv, r0);
        axle_poly *x[3] = {r0, s0, t0};
        for (int i = 0; i < 3 && !s; i++) {
            axle_poly *y;
            if (!(s = axle_poly_scale(&y, inv, x[i]))) {
                axle_poly_free(x[i]);
                x[i] = y;
            }
        }
        r0 = x[0];
        s0 = x[1];
        t0 = x[2];
        axle_scalar_free(inv);
    }
    if (!s && !r0->len) { /* gcd(0, 0) = 0 = 0 a + 0 b */
        axle_poly_free(s0);
        s0 = NULL;
        s = ax_poly_alloc(&s0, F, 0);
    }
    axle_poly_free(r1);
    axle_poly_free(s1);
    axle_poly_free(t1);
    if (s) {
        axle_poly_free(r0);
        axle_poly_free(s0);
        axle_poly_free(t0);
        return s;
    }
    if (G)
        *G = r0;
    else
        axle_poly_free(r0);
    if (S)
        *S = s0;
    else
        axle_poly_free(s0);
    if (T)
        *T = t0;
    else
        axle_poly_free(t0);
    return AXLE_OK;
}

axle_status axle_poly_xgcd(axle_poly **g, axle_poly **s, axle_poly **t, const axle_poly *a,
                           const axle_poly *b)
{
    if (g)
        *g = NULL;
    if (s)
        *s = NULL;
    if (t)
        *t = NULL;
    axle_status st = ax_poly_check2(a, b);
    if (st)
        return st;
    if (!ax_poly_kernels_of(a->field)->exact)
        return ax_error(AXLE_EUNSUPPORTED, "the extended gcd is available over QQ only");
    return xgcd(g, s, t, a, b);
}

/* The content kernel of p's field, after the checks content and primitive part share. */
static axle_status content(axle_scalar **c, axle_poly **prim, const axle_poly *p)
{
    axle_status s = ax_poly_check(p, "p");
    if (s)
        return s;
    const ax_poly_kernels *K = ax_poly_kernels_of(p->field);
    if (!K->exact)
        return ax_error(AXLE_EUNSUPPORTED, "content and primitive part are defined over QQ only");
    if (!p->len)
        return ax_error(AXLE_EDOMAIN, "the zero polynomial has no content");
    return K->content(c, prim, p);
}

axle_status axle_poly_content(axle_scalar **out, const axle_poly *p)
{
    AX_OUT(out);
    return content(out, NULL, p);
}

axle_status axle_poly_primitive(axle_poly **out, const axle_poly *p)
{
    AX_OUT(out);
    return content(NULL, out, p);
}
