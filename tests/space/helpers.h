/* Shared helpers for the space tests: vectors from integers and strings, string checks. Each
 * helper aborts the current test on failure. */
#ifndef AXLE_TEST_SPACE_HELPERS_H
#define AXLE_TEST_SPACE_HELPERS_H

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include <axle/list.h>
#include <axle/space.h>
#include <axle/vector.h>

#include "support.h"

static inline axle_space *sp_fn(axle_field F, size_t n)
{
    axle_space *V = NULL;
    TS_OK(axle_space_fn(&V, F, n));
    return V;
}

static inline axle_vector *sp_ints(const axle_space *V, const long *c)
{
    axle_vector *v = NULL;
    TS_OK(axle_vector_from_ints(&v, V, c, axle_space_dim(V)));
    return v;
}

static inline axle_vector *sp_parse(const axle_space *V, const char *text)
{
    axle_vector *v = NULL;
    TS_OK(axle_vector_parse(&v, V, text));
    return v;
}

/* A random vector of V with integer coordinates in [lo, hi]. */
static inline axle_vector *sp_random(ts_rng *r, const axle_space *V, long lo, long hi)
{
    axle_matrix *c = ts_random_int(r, axle_space_field(V), axle_space_dim(V), 1, lo, hi);
    axle_vector *v = NULL;
    TS_OK(axle_vector_from_coords(&v, V, c));
    axle_matrix_free(c);
    return v;
}

/* The subspace of V spanned by k random vectors that span a space of dimension exactly rank
 * (rank <= min(k, dim V)), given as a random dim x k coordinate matrix of that rank. */
static inline axle_space *sp_random_subspace(ts_rng *r, const axle_space *V, size_t k, size_t rank)
{
    axle_matrix *A = ts_random_rank(r, axle_space_field(V), axle_space_dim(V), k, rank);
    axle_space *U = NULL;
    TS_OK(axle_space_span_coords(&U, V, A));
    axle_matrix_free(A);
    return U;
}

/* Assert that v prints as `want` in fmt. */
static inline void sp_prints(const axle_vector *v, axle_format fmt, const char *want)
{
    char *s = NULL;
    TS_OK(axle_vector_to_string(&s, v, fmt));
    cr_assert_str_eq(s, want);
    axle_free(s);
}

static inline bool sp_equal(const axle_vector *v, const axle_vector *w)
{
    bool eq = false;
    TS_OK(axle_vector_equal(&eq, v, w));
    return eq;
}

static inline bool sp_same(const axle_space *U, const axle_space *W)
{
    bool eq = false;
    TS_OK(axle_space_equal(&eq, U, W));
    return eq;
}

static inline void sp_unref_all(axle_vector **v, size_t k)
{
    for (size_t i = 0; i < k; i++)
        axle_vector_unref(v[i]);
}

#endif
