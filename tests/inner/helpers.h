/* Shared helpers for the inner floor's tests: spaces, vectors and inner products from integers,
 * comparisons (exact over QQ, within a tolerance over RR), random positive-definite Gram
 * matrices. Random tests use a fixed default seed (tests/support). */
#ifndef AXLE_TEST_INNER_HELPERS_H
#define AXLE_TEST_INNER_HELPERS_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <axle/inner.h>

#include "support.h"

#define IN_TOL 1e-9

static inline axle_space *in_fn(axle_field F, size_t n)
{
    axle_space *V = NULL;
    TS_OK(axle_space_fn(&V, F, n));
    return V;
}

static inline axle_space *in_poly(axle_field F, size_t m)
{
    axle_space *V = NULL;
    TS_OK(axle_space_poly(&V, F, m));
    return V;
}

static inline axle_vector *in_vec(const axle_space *V, const long *c)
{
    axle_vector *v = NULL;
    TS_OK(axle_vector_from_ints(&v, V, c, axle_space_dim(V)));
    return v;
}

static inline axle_vector *in_parse(const axle_space *V, const char *text)
{
    axle_vector *v = NULL;
    TS_OK(axle_vector_parse(&v, V, text));
    return v;
}

static inline axle_scalar *in_int(axle_field F, long x)
{
    axle_scalar *s = NULL;
    TS_OK(axle_scalar_from_int(&s, F, x));
    return s;
}

static inline axle_scalar *in_frac(axle_field F, long num, long den)
{
    axle_scalar *s = NULL;
    TS_OK(axle_scalar_from_frac(&s, F, num, den));
    return s;
}

static inline axle_inner *in_dot(const axle_space *V)
{
    axle_inner *ip = NULL;
    TS_OK(axle_inner_dot(&ip, V));
    return ip;
}

static inline axle_inner *in_gram(const axle_space *V, const axle_matrix *G)
{
    axle_inner *ip = NULL;
    TS_OK(axle_inner_gram(&ip, V, G));
    return ip;
}

static inline axle_inner *in_integral(const axle_space *V, long a, long b)
{
    axle_scalar *sa = in_int(axle_space_field(V), a), *sb = in_int(axle_space_field(V), b);
    axle_inner *ip = NULL;
    TS_OK(axle_inner_integral(&ip, V, sa, sb));
    axle_scalar_free(sa);
    axle_scalar_free(sb);
    return ip;
}

/* Whether x = y: exactly over QQ, within tol relative to max(1, |y|) over RR. */
static inline bool in_close(const axle_scalar *x, const axle_scalar *y, double tol)
{
    if (axle_scalar_field(x) == AXLE_QQ)
        return axle_scalar_equal(x, y);
    double a = axle_scalar_to_double(x), b = axle_scalar_to_double(y);
    return fabs(a - b) <= tol * fmax(1.0, fabs(b));
}

/* Assert that the scalar x equals num/den (exactly over QQ). */
static inline void in_assert_value(const axle_scalar *x, long num, long den)
{
    axle_scalar *y = in_frac(axle_scalar_field(x), num, den);
    cr_assert(in_close(x, y, IN_TOL), "got %.17g, want %ld/%ld", axle_scalar_to_double(x), num,
              den);
    axle_scalar_free(y);
}

/* The standard coordinates of v. */
static inline axle_matrix *in_coords(const axle_vector *v)
{
    axle_matrix *c = NULL;
    TS_OK(axle_vector_coords(&c, v));
    return c;
}

/* Assert that the vectors u and v are equal (exactly over QQ, within tol over RR). */
static inline void in_assert_vec(const axle_vector *u, const axle_vector *v, double tol)
{
    axle_matrix *a = in_coords(u), *b = in_coords(v);
    cr_assert(ts_close(a, b, tol), "the vectors differ");
    axle_matrix_free(a);
    axle_matrix_free(b);
}

/* A random symmetric positive-definite n x n Gram matrix A^T A + I, A with entries in [-3, 3]. */
static inline axle_matrix *in_random_gram(ts_rng *r, axle_field F, size_t n)
{
    axle_matrix *A = ts_random_int(r, F, n, n, -3, 3), *At = ts_transpose(A);
    axle_matrix *P = ts_mul(At, A), *I = ts_identity(F, n), *G = NULL;
    TS_OK(axle_matrix_add(&G, P, I));
    axle_matrix_free(A);
    axle_matrix_free(At);
    axle_matrix_free(P);
    axle_matrix_free(I);
    return G;
}

/* A random vector of V with integer coordinates in [-5, 5]. */
static inline axle_vector *in_random_vec(ts_rng *r, const axle_space *V)
{
    size_t n = axle_space_dim(V);
    axle_matrix *c = ts_random_int(r, axle_space_field(V), n, 1, -5, 5);
    axle_vector *v = NULL;
    TS_OK(axle_vector_from_coords(&v, V, c));
    axle_matrix_free(c);
    return v;
}

/* The vector of W (another field's copy of v's space) with v's coordinates converted to W's field.
 */
static inline axle_vector *in_convert(const axle_vector *v, const axle_space *W)
{
    axle_matrix *c = in_coords(v), *d = NULL;
    TS_OK(axle_matrix_convert(&d, c, axle_space_field(W)));
    axle_vector *w = NULL;
    TS_OK(axle_vector_from_coords(&w, W, d));
    axle_matrix_free(c);
    axle_matrix_free(d);
    return w;
}

/* <u, v>. */
static inline axle_scalar *in_apply(const axle_inner *ip, const axle_vector *u,
                                    const axle_vector *v)
{
    axle_scalar *s = NULL;
    TS_OK(axle_inner_apply(&s, ip, u, v));
    return s;
}

static inline axle_scalar *in_norm2(const axle_inner *ip, const axle_vector *v)
{
    axle_scalar *s = NULL;
    TS_OK(axle_inner_norm_squared(&s, ip, v));
    return s;
}

/* Assert that a call failed with status want and a message containing `part` (may be NULL). */
#define IN_FAILS(expr, want, part)                                                                 \
    do {                                                                                           \
        axle_status in_s_ = (expr);                                                                \
        cr_assert_eq(in_s_, (want), "%s gave %s (%s), want %s", #expr, axle_strerror(in_s_),       \
                     axle_error_message(), axle_strerror(want));                                   \
        const char *in_p_ = (part);                                                                \
        if (in_p_)                                                                                 \
            cr_assert(strstr(axle_error_message(), in_p_), "message '%s' lacks '%s'",              \
                      axle_error_message(), in_p_);                                                \
    } while (0)

#endif
