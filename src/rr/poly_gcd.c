/* The RR polynomial gcd: Euclid with a relative tolerance (see include/axle/poly.h); Euclid loses
 * accuracy at every step, so its default tolerance is looser than the rank tolerance. */
#include <float.h>
#include <math.h>
#include <stdlib.h>

#include "rr.h"

static double maxabs(const double *x, size_t n)
{
    double m = 0.0;
    for (size_t i = 0; i < n; i++)
        m = fmax(m, fabs(x[i]));
    return m;
}

static bool all_finite(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isfinite(x[i]))
            return false;
    return true;
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
axle_status ax_rr_poly_gcd(axle_poly **out, const axle_poly *a, const axle_poly *b)
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
    axle_status s = AXLE_OK;
    /* invariant: lu >= lv; v is the current divisor; at the end u holds the gcd */
    while (lv > 0) {
        double lc = v[lv - 1], scale, qsum;
        for (size_t k = 0; k < lv; k++)
            v[k] /= lc;
        ev /= fabs(lc);
        rem_monic(u, lu, v, lv, &scale, &qsum);
        /* a monic divisor or a remainder beyond double range: no tolerance decision is
         * possible (1e-300 x + 1 made monic is x + 1e300; the next remainder needs 1e600) */
        if (!all_finite(v, lv) || !all_finite(u, lv - 1)) {
            s = ax_error(AXLE_ERANGE, "a remainder of the gcd's Euclidean sequence overflows "
                                      "a double");
            break;
        }
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
    if (!s)
        s = ax_poly_alloc(&g, AXLE_RR, lu);
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
