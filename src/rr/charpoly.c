/* The characteristic polynomial over R: balance, reduce to Hessenberg form with Householder
 * similarities, and run the Hessenberg recurrence in doubles.
 *
 * A is first scaled by a power of two 2^-e (exact) so that its largest entry is about 1; then
 * LAPACKE_dgebal ('B': permutation and power-of-two diagonal scaling, both exact similarities)
 * and LAPACKE_dgehrd (orthogonal similarity, backward stable) give an upper Hessenberg H similar
 * to a matrix within a small multiple of eps * ||A|| of 2^-e A. The coefficients come from
 * Cohen's recurrence on H (Algorithm 2.2.9 of A Course in Computational Algebraic Number Theory,
 * the same as the QQ kernel's modulo p), O(n^3) flops, and are scaled back:
 * c_k(A) = 2^(e (n - k)) c_k(2^-e A). The coefficients are those of a nearby matrix, not
 * correctly rounded: their error is about n eps times C(n, k) ||A||^(n-k) for the coefficient of
 * x^k (each is a sum of principal minors), so small coefficients that cancel lose relative
 * accuracy. AXLE_ERANGE when a coefficient overflows a double. */
#include <stdlib.h>

#include "rr.h"

static void hessenberg_charpoly(double *out, const double *h, size_t n, double *P)
{
    size_t w = n + 1;
    P[0] = 1.0;
    for (size_t m = 1; m <= n; m++) {
        double *pm = P + m * w;
        const double *prev = P + (m - 1) * w;
        double hmm = h[(m - 1) + (m - 1) * n];
        pm[0] = 0.0;
        for (size_t k = 0; k < m; k++)
            pm[k + 1] = prev[k];
        for (size_t k = 0; k < m; k++)
            pm[k] -= hmm * prev[k];
        double t = 1.0;
        for (size_t i = m - 1; i >= 1; i--) {
            t *= h[i + (i - 1) * n]; /* h_(i+1,i), 1-based */
            if (t == 0.0)
                break;
            double c = h[(i - 1) + (m - 1) * n] * t; /* h_(i,m) t */
            const double *pi = P + (i - 1) * w;
            for (size_t k = 0; k < i; k++)
                pm[k] -= c * pi[k];
        }
    }
    for (size_t k = 0; k <= n; k++)
        out[k] = P[n * w + k];
}

axle_status ax_rr_charpoly(axle_poly **out, const axle_matrix *A)
{
    *out = NULL;
    size_t n = A->rows;
    lapack_int ln = 0, ilo = 0, ihi = 0;
    axle_status s = ax_rr_li(&ln, n, "the dimension");
    if (s)
        return s;
    int e = ax_rr_exponent(A, false);
    double *h = ax_rr_copy_scaled(A, e);
    if (!h)
        return AXLE_ENOMEM;
    double *scale = ax_calloc(n, sizeof *scale);
    double *tau = ax_calloc(n, sizeof *tau);
    double *P = ax_calloc(n + 1, (n + 1) * sizeof *P);
    double *c = ax_calloc(n + 1, sizeof *c);
    if (!scale || !tau || !P || !c)
        s = ax_nomem();
    if (!s)
        s = ax_rr_info(LAPACKE_dgebal(LAPACK_COL_MAJOR, 'B', ln, h, ln, &ilo, &ihi, scale),
                       "dgebal", "balancing");
    if (!s && n > 1)
        s = ax_rr_info(LAPACKE_dgehrd(LAPACK_COL_MAJOR, ln, ilo, ihi, h, ln, tau), "dgehrd",
                       "the Hessenberg reduction");
    if (!s) {
        /* Below the subdiagonal dgehrd leaves its reflectors: H is the upper Hessenberg part. */
        hessenberg_charpoly(c, h, n, P);
        for (size_t k = 0; k <= n; k++) {
            c[k] = ax_rr_pow2(c[k], e * (int)(n - k));
            if (!isfinite(c[k])) {
                s = ax_error(AXLE_ERANGE,
                             "the coefficient of x^%zu of the characteristic polynomial is beyond "
                             "the range of a double",
                             k);
                break;
            }
        }
    }
    if (!s && !(s = ax_poly_alloc(out, AXLE_RR, n + 1))) {
        for (size_t k = 0; k <= n; k++)
            ax_poly_set_d(*out, k, c[k]);
        ax_poly_trim(*out);
    }
    free(h);
    free(scale);
    free(tau);
    free(P);
    free(c);
    return s;
}
