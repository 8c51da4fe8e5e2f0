/* The shared random generators keep their promises by construction, on every seed: the default
 * seed is fixed (a run replays), ts_shuffle gives a permutation, ts_random_rank gives exactly
 * the rank asked for, over QQ and, for well-conditioned sizes, as RR's numerical rank. */
#include <criterion/criterion.h>
#include <stdlib.h>

#include "support.h"

Test(generators, seed_is_repeatable)
{
    ts_rng a = ts_rng_new("generators::seed_is_repeatable");
    ts_rng b = ts_rng_new("generators::seed_is_repeatable");
    for (int i = 0; i < 8; i++)
        cr_assert_eq(ts_next(&a), ts_next(&b));
}

Test(generators, shuffle_is_a_permutation)
{
    ts_rng r = ts_rng_new("generators::shuffle_is_a_permutation");
    size_t perm[17];
    for (size_t n = 0; n <= 17; n++) {
        bool seen[17] = {false};
        ts_shuffle(&r, perm, n);
        for (size_t i = 0; i < n; i++) {
            cr_assert_lt(perm[i], n);
            cr_assert(!seen[perm[i]], "%zu appears twice", perm[i]);
            seen[perm[i]] = true;
        }
    }
}

/* A random rank k <= min(m, n), a matrix of that rank, and its rank as F computes it. */
static void check_random_rank(ts_rng *r, axle_field F, size_t m, size_t n)
{
    size_t k = (size_t)ts_range(r, 0, (long)(m < n ? m : n)), rank = 99;
    axle_matrix *A = ts_random_rank(r, F, m, n, k);
    TS_OK(axle_matrix_rank(&rank, A));
    cr_assert_eq(rank, k, "%s: %zu x %zu asked rank %zu, got %zu", axle_field_name(F), m, n, k,
                 rank);
    axle_matrix_free(A);
}

/* Small shapes are where a product of random factors loses rank most often (the old generator
 * did in about one 1 x 1 case in 7). */
Test(generators, random_rank_is_exact)
{
    ts_rng r = ts_rng_new("generators::random_rank_is_exact");
    for (int t = 0; t < 600; t++) {
        long hi = t < 500 ? 6 : 40;
        size_t m = (size_t)ts_range(&r, 1, hi), n = (size_t)ts_range(&r, 1, hi);
        check_random_rank(&r, AXLE_QQ, m, n);
    }
}

Test(generators, random_rank_is_numerical_rank_in_rr)
{
    ts_rng r = ts_rng_new("generators::random_rank_is_numerical_rank_in_rr");
    for (int t = 0; t < 300; t++) {
        size_t m = (size_t)ts_range(&r, 1, 20), n = (size_t)ts_range(&r, 1, 20);
        check_random_rank(&r, AXLE_RR, m, n);
    }
}

/* ts_random_full_rank: full rank min(m, n) in both fields, on every shape. */
Test(generators, random_full_rank_is_full_rank)
{
    ts_rng r = ts_rng_new("generators::random_full_rank_is_full_rank");
    for (int t = 0; t < 200; t++) {
        size_t m = (size_t)ts_range(&r, 1, 25), n = (size_t)ts_range(&r, 1, 25), rank = 99;
        axle_field F = ts_fields[t % 2];
        axle_matrix *A = ts_random_full_rank(&r, F, m, n);
        TS_OK(axle_matrix_rank(&rank, A));
        cr_assert_eq(rank, m < n ? m : n, "%s: %zu x %zu has rank %zu", axle_field_name(F), m, n,
                     rank);
        axle_matrix_free(A);
    }
}
