/* Shared helpers for the map tests: maps from integer matrices, random maps of a given rank, and
 * comparisons exact over QQ and within a tolerance over RR. Each helper aborts the current test
 * on failure. */
#ifndef AXLE_TEST_MAP_HELPERS_H
#define AXLE_TEST_MAP_HELPERS_H

#include <math.h>

#include <axle/map.h>

#include "../space/helpers.h"

static inline axle_space *mp_poly(axle_field F, size_t m)
{
    axle_space *V = NULL;
    TS_OK(axle_space_poly(&V, F, m));
    return V;
}

/* The map V -> W with the integer matrix v (dim W x dim V, row-major). */
static inline axle_map *mp_ints(const axle_space *V, const axle_space *W, const long *v)
{
    axle_matrix *M = ts_ints(axle_space_field(V), axle_space_dim(W), axle_space_dim(V), v);
    axle_map *T = NULL;
    TS_OK(axle_map_from_matrix(&T, V, W, M));
    axle_matrix_free(M);
    return T;
}

/* A random map V -> W of rank exactly `rank`. */
static inline axle_map *mp_random(ts_rng *r, const axle_space *V, const axle_space *W, size_t rank)
{
    axle_matrix *M =
        ts_random_rank(r, axle_space_field(V), axle_space_dim(W), axle_space_dim(V), rank);
    axle_map *T = NULL;
    TS_OK(axle_map_from_matrix(&T, V, W, M));
    axle_matrix_free(M);
    return T;
}

/* M(T) in the standard bases. */
static inline axle_matrix *mp_matrix(const axle_map *T)
{
    axle_matrix *M = NULL;
    TS_OK(axle_map_matrix(&M, T, NULL, 0, NULL, 0));
    return M;
}

/* Whether A = B: exactly over QQ, within the test tolerance over RR. */
static inline bool mp_close(const axle_matrix *A, const axle_matrix *B)
{
    return ts_close(A, B, ts_tol(axle_matrix_rows(A) + axle_matrix_cols(A)));
}

/* Whether S and T have the same spaces and close matrices. */
static inline bool mp_same(const axle_map *S, const axle_map *T)
{
    bool dom = false, cod = false;
    TS_OK(axle_space_equal(&dom, axle_map_domain(S), axle_map_domain(T)));
    TS_OK(axle_space_equal(&cod, axle_map_codomain(S), axle_map_codomain(T)));
    if (!dom || !cod)
        return false;
    axle_matrix *A = mp_matrix(S), *B = mp_matrix(T);
    bool eq = mp_close(A, B);
    axle_matrix_free(A);
    axle_matrix_free(B);
    return eq;
}

/* Whether the scalars x and y agree (QQ exactly, RR relatively within tol). */
static inline bool mp_scalar_close(const axle_scalar *x, const axle_scalar *y, double tol)
{
    if (axle_scalar_field(x) == AXLE_QQ)
        return axle_scalar_equal(x, y);
    double a = axle_scalar_to_double(x), b = axle_scalar_to_double(y);
    double scale = fabs(a) > fabs(b) ? fabs(a) : fabs(b);
    return fabs(a - b) <= tol * (scale > 1 ? scale : 1);
}

/* Assert that T prints as `want` in fmt. */
static inline void mp_prints(const axle_map *T, axle_format fmt, const char *want)
{
    char *s = NULL;
    TS_OK(axle_map_to_string(&s, T, fmt));
    cr_assert_str_eq(s, want);
    axle_free(s);
}

/* Assert that the last failure's message contains `part`. */
static inline void mp_message_has(const char *part)
{
    cr_assert(strstr(axle_error_message(), part), "message \"%s\" lacks \"%s\"",
              axle_error_message(), part);
}

#endif
