/* Shared helpers for the eigen tests: polynomials from integer coefficients, comparisons (exact
 * over QQ, coefficient-wise within a tolerance over RR), and p(A) = 0 checks. */
#ifndef AXLE_TEST_EIGEN_HELPERS_H
#define AXLE_TEST_EIGEN_HELPERS_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <axle/eigen.h>

#include "support.h"

/* The polynomial with integer coefficients c[0..n-1], lowest degree first. */
static inline axle_poly *eg_poly(axle_field F, size_t n, const long *c)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_ints(&p, F, n, c));
    return p;
}

/* prod (x - r[i]) over i < n. */
static inline axle_poly *eg_from_roots(axle_field F, size_t n, const long *r)
{
    axle_poly *p = eg_poly(F, 1, (long[]){1});
    for (size_t i = 0; i < n; i++) {
        axle_poly *f = eg_poly(F, 2, (long[]){-r[i], 1}), *q = NULL;
        TS_OK(axle_poly_mul(&q, p, f));
        axle_poly_free(p);
        axle_poly_free(f);
        p = q;
    }
    return p;
}

/* Whether p = q: exactly over QQ; over RR the same degree and every coefficient within tol of
 * q's relative to max(1, |q_k|). */
static inline bool eg_poly_close(const axle_poly *p, const axle_poly *q, double tol)
{
    if (axle_poly_field(p) == AXLE_QQ)
        return axle_poly_equal(p, q);
    if (axle_poly_degree(p) != axle_poly_degree(q))
        return false;
    for (long k = 0; k <= axle_poly_degree(p); k++) {
        axle_scalar *a = NULL, *b = NULL;
        TS_OK(axle_poly_coeff(&a, p, (size_t)k));
        TS_OK(axle_poly_coeff(&b, q, (size_t)k));
        double x = axle_scalar_to_double(a), y = axle_scalar_to_double(b);
        axle_scalar_free(a);
        axle_scalar_free(b);
        if (fabs(x - y) > tol * fmax(1.0, fabs(y)))
            return false;
    }
    return true;
}

/* Assert that p(A) = 0: exactly over QQ, within tol * (scale of the terms) over RR. */
static inline void eg_assert_kills(const axle_poly *p, const axle_matrix *A, double tol)
{
    axle_matrix *P = NULL;
    TS_OK(axle_poly_eval_matrix(&P, p, A));
    size_t n = axle_matrix_rows(A);
    if (axle_matrix_field(A) == AXLE_QQ) {
        axle_matrix *Z = ts_zero(AXLE_QQ, n, n);
        cr_assert(axle_matrix_equal(P, Z), "p(A) is not zero");
        axle_matrix_free(Z);
    } else {
        /* |p(A)| against sum |p_k| |A|^k. */
        double a = fmax(1.0, ts_maxnorm(A) * (double)n), scale = 0.0, pw = 1.0;
        for (long k = 0; k <= axle_poly_degree(p); k++) {
            axle_scalar *c = NULL;
            TS_OK(axle_poly_coeff(&c, p, (size_t)k));
            scale += fabs(axle_scalar_to_double(c)) * pw;
            axle_scalar_free(c);
            pw *= a;
        }
        cr_assert_leq(ts_maxnorm(P), tol * scale, "p(A) is not zero: %g against %g", ts_maxnorm(P),
                      scale);
    }
    axle_matrix_free(P);
}

/* Assert that s is `want` and the thread's message contains `fragment`. */
static inline void eg_assert_fails(axle_status s, axle_status want, const char *fragment)
{
    cr_assert_eq(s, want, "status %d (%s), want %d", s, axle_error_message(), want);
    cr_assert(strstr(axle_error_message(), fragment), "message \"%s\" lacks \"%s\"",
              axle_error_message(), fragment);
}

static inline axle_poly *eg_charpoly(const axle_matrix *A)
{
    axle_poly *p = NULL;
    TS_OK(axle_matrix_charpoly(&p, A));
    return p;
}

static inline axle_poly *eg_minpoly(const axle_matrix *A)
{
    axle_poly *p = NULL;
    TS_OK(axle_matrix_minpoly(&p, A));
    return p;
}

#endif
