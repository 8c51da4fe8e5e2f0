/* Greatest common divisors, content and primitive part.
 * QQ gcd: the primitive polynomial remainder sequence over Z (Collins; Knuth TAOCP 4.6.1,
 * Algorithm E): pseudo-remainders with their content divided out, so coefficients stay bounded by
 * the size of the remainder sequence's true primitive parts.
 * RR gcd: Euclid with a relative tolerance (see include/axle/poly.h); Euclid loses accuracy at
 * every step, so its default tolerance is looser than the rank tolerance. */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "poly/poly_impl.h"

static axle_status gcd_qq(axle_poly **out, const axle_poly *a, const axle_poly *b)
{
    ax_zpoly f, g, r;
    ax_zp_init(&f);
    ax_zp_init(&g);
    ax_zp_init(&r);
    axle_status s = AXLE_OK;
    if (!ax_zp_from_qq(&f, NULL, a) || !ax_zp_from_qq(&g, NULL, b))
        s = ax_nomem();
    if (!s) {
        ax_zp_primitive(&f);
        ax_zp_primitive(&g);
        if (!ax_zp_gcd(&r, &f, &g))
            s = ax_nomem();
    }
    if (!s)
        s = ax_zp_to_poly(out, &r, r.len ? r.c[r.len - 1] : NULL); /* monic */
    ax_zp_clear(&f);
    ax_zp_clear(&g);
    ax_zp_clear(&r);
    return s;
}

static double maxabs(const double *x, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; i++)
        m = fmax(m, fabs(x[i]));
    return m;
}

/* Divide u (lu coefficients) by the monic v (lv >= 1 coefficients) in place: the remainder is
 * left in u[0 .. lv-2], the quotient is discarded. *scale gets the largest magnitude met (dividend
 * coefficients and subtracted products: the size of the rounding errors) and *qsum the sum of the
 * quotient's absolute coefficients (how much an error in v weighs in the remainder). */
static void rem_monic(double *u, size_t lu, const double *v, size_t lv, double *scale, double *qsum)
{
    *scale = maxabs(u, lu);
    *qsum = 0.0;
    if (lu < lv)
        return;
    for (size_t i = lu - lv + 1; i-- > 0;) {
        double c = u[i + lv - 1];
        *qsum += fabs(c);
        for (size_t j = 0; j + 1 < lv; j++) {
            double t = c * v[j];
            *scale = fmax(*scale, fabs(t));
            u[i + j] -= t;
        }
        u[i + lv - 1] = 0.0;
    }
}

/* How far past the tolerance a candidate's remainders may be: Euclid's remainders carry the
 * amplified rounding of every step before them, so a true common factor comes out a little off. */
#define GCD_RR_SLACK 4.0

/* True when the monic g (lg coefficients) divides p to the tolerance: the remainder of p / g is at
 * most GCD_RR_SLACK * tol * max|p_k|. w is workspace for len(p) doubles. */
static bool divides(const double *g, size_t lg, const axle_poly *p, double tol, double *w)
{
    double scale, qsum;
    for (size_t k = 0; k < p->len; k++)
        w[k] = p->d[k];
    double norm = maxabs(w, p->len);
    rem_monic(w, p->len, g, lg, &scale, &qsum);
    size_t lr = p->len < lg ? p->len : lg - 1;
    return maxabs(w, lr) <= GCD_RR_SLACK * tol * norm;
}

/* RR gcd: Euclid on monic divisors with a running bound on each remainder's rounding error
 * (absolute, per coefficient: the dividend's error, the quotient times the divisor's error, and
 * the division's own rounding). Leading remainder coefficients within that bound are noise and
 * dropped. When a whole remainder is within the bound or within tol times the division's scale,
 * the divisor is a candidate, accepted only if it divides both inputs to the tolerance measured
 * against the inputs' own sizes (a remainder can be tiny next to an ill-conditioned divisor and
 * still far from zero for the inputs); a rejected candidate's remainder is kept as it is (only
 * exact zeros dropped) and Euclid goes on. The constant 1 divides everything, so the sequence
 * ends there at the latest. */
static axle_status gcd_rr(axle_poly **out, const axle_poly *a, const axle_poly *b)
{
    size_t n = (a->len > b->len ? a->len : b->len);
    double tol = axle_rr_tolerance() > 0 ? axle_rr_tolerance() : (double)n * sqrt(DBL_EPSILON);
    double *u = ax_calloc(n + 1, sizeof *u), *v = ax_calloc(n + 1, sizeof *v),
           *w = ax_calloc(n + 1, sizeof *w);
    if (!u || !v || !w) {
        free(u);
        free(v);
        free(w);
        return ax_nomem();
    }
    size_t lu = a->len, lv = b->len;
    for (size_t k = 0; k < lu; k++)
        u[k] = a->d[k];
    for (size_t k = 0; k < lv; k++)
        v[k] = b->d[k];
    if (lu < lv) {
        double *t = u;
        u = v;
        v = t;
        size_t l = lu;
        lu = lv;
        lv = l;
    }
    double eu = DBL_EPSILON * maxabs(u, lu), ev = DBL_EPSILON * maxabs(v, lv);
    /* invariant: lu >= lv; v is the current divisor; at the end u holds the gcd */
    while (lv > 0) {
        double lc = v[lv - 1], scale, qsum;
        for (size_t k = 0; k < lv; k++)
            v[k] /= lc;
        ev /= fabs(lc);
        rem_monic(u, lu, v, lv, &scale, &qsum);
        double er = eu + qsum * ev + 2.0 * DBL_EPSILON * (double)lv * scale;
        size_t lr = lv - 1;
        while (lr > 0 && fabs(u[lr - 1]) <= er)
            lr--;
        if (maxabs(u, lv - 1) <= fmax(er, tol * scale)) {
            if (divides(v, lv, a, tol, w) && divides(v, lv, b, tol, w)) {
                lr = 0;
            } else {
                for (lr = lv - 1; lr > 0 && u[lr - 1] == 0.0;)
                    lr--;
            }
        }
        double *t = u;
        u = v;
        v = t;
        lu = lv;
        lv = lr;
        eu = ev;
        ev = er;
    }
    axle_poly *g;
    axle_status s = ax_poly_alloc(&g, AXLE_RR, lu);
    if (!s) {
        double lc = lu ? u[lu - 1] : 1.0;
        for (size_t k = 0; k < lu; k++)
            g->d[k] = u[k] / lc;
        ax_poly_trim(g);
        *out = g;
    }
    free(u);
    free(v);
    free(w);
    return s;
}

axle_status axle_poly_gcd(axle_poly **out, const axle_poly *a, const axle_poly *b)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check2(a, b)))
        return s;
    return a->field == AXLE_QQ ? gcd_qq(out, a, b) : gcd_rr(out, a, b);
}

/* The extended Euclidean algorithm on QQ polynomials. */
static axle_status xgcd_qq(axle_poly **G, axle_poly **S, axle_poly **T, const axle_poly *a,
                           const axle_poly *b)
{
    axle_poly *r0 = NULL, *r1 = NULL, *s0 = NULL, *s1 = NULL, *t0 = NULL, *t1 = NULL;
    axle_status s = axle_poly_copy(&r0, a);
    if (!s)
        s = axle_poly_copy(&r1, b);
    if (!s)
        s = axle_poly_monomial(&s0, AXLE_QQ, 0);
    if (!s)
        s = ax_poly_alloc(&s1, AXLE_QQ, 0);
    if (!s)
        s = ax_poly_alloc(&t0, AXLE_QQ, 0);
    if (!s)
        s = axle_poly_monomial(&t1, AXLE_QQ, 0);
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
        mpq_t c;
        mpq_init(c);
        mpq_inv(c, r0->q[r0->len - 1]);
        s = ax_scalar_from_mpq(&inv, AXLE_QQ, c);
        mpq_clear(c);
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
        s = ax_poly_alloc(&s0, AXLE_QQ, 0);
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
    if (a->field != AXLE_QQ)
        return ax_error(AXLE_EUNSUPPORTED, "the extended gcd is available over QQ only");
    return xgcd_qq(g, s, t, a, b);
}

/* den * p = F with F integer; content = sign(lc) * content(F) / den. */
static axle_status content_parts(mpq_t c, ax_zpoly *F, const axle_poly *p)
{
    axle_status s = ax_poly_check(p, "p");
    if (s)
        return s;
    if (p->field != AXLE_QQ)
        return ax_error(AXLE_EUNSUPPORTED, "content and primitive part are defined over QQ only");
    if (!p->len)
        return ax_error(AXLE_EDOMAIN, "the zero polynomial has no content");
    mpz_t den;
    mpz_init(den);
    if (!ax_zp_from_qq(F, den, p)) {
        mpz_clear(den);
        return ax_nomem();
    }
    ax_zp_content(mpq_numref(c), F);
    if (mpz_sgn(F->c[F->len - 1]) < 0)
        mpz_neg(mpq_numref(c), mpq_numref(c));
    mpz_set(mpq_denref(c), den);
    mpq_canonicalize(c);
    ax_zp_primitive(F);
    mpz_clear(den);
    return AXLE_OK;
}

axle_status axle_poly_content(axle_scalar **out, const axle_poly *p)
{
    AX_OUT(out);
    axle_status s;
    mpq_t c;
    ax_zpoly F;
    mpq_init(c);
    ax_zp_init(&F);
    s = content_parts(c, &F, p);
    if (!s)
        s = ax_scalar_from_mpq(out, AXLE_QQ, c);
    mpq_clear(c);
    ax_zp_clear(&F);
    return s;
}

axle_status axle_poly_primitive(axle_poly **out, const axle_poly *p)
{
    AX_OUT(out);
    axle_status s;
    mpq_t c;
    ax_zpoly F;
    mpq_init(c);
    ax_zp_init(&F);
    s = content_parts(c, &F, p);
    if (!s)
        s = ax_zp_to_poly(out, &F, NULL);
    mpq_clear(c);
    ax_zp_clear(&F);
    return s;
}
