/* Sums and intersections of RR subspaces decide ranks on their stored (rounded) orthonormal bases
 * with a tolerance that covers that rounding: the dimensions agree with QQ on integer data with
 * exact rank deficiencies, and the dimension formula dim U + dim W = dim(U + W) + dim(U ∩ W)
 * holds. */
#include "helpers.h"

#define MAXN 6
#define MAXK 8

/* The n x k row-major integer matrix x as a matrix over F. */
static axle_matrix *ints(axle_field F, size_t n, size_t k, const long *x)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_ints(&A, F, n, k, x));
    return A;
}

/* Columns 0..k1-1 of the n x (k1 + k2) integer matrix x span U, the next k2 span W. */
static void dims_of(size_t dims[4], bool *direct, axle_field F, const long *x, size_t n, size_t k1,
                    size_t k2)
{
    long x1[MAXN * MAXK], x2[MAXN * MAXK];
    for (size_t i = 0; i < n; i++) {
        for (size_t j = 0; j < k1; j++)
            x1[i * k1 + j] = x[i * (k1 + k2) + j];
        for (size_t j = 0; j < k2; j++)
            x2[i * k2 + j] = x[i * (k1 + k2) + k1 + j];
    }
    axle_matrix *A1 = ints(F, n, k1, x1), *A2 = ints(F, n, k2, x2);
    axle_space *V = sp_fn(F, n), *U = NULL, *W = NULL, *S = NULL, *I = NULL;
    TS_OK(axle_space_span_coords(&U, V, A1));
    TS_OK(axle_space_span_coords(&W, V, A2));
    TS_OK(axle_space_sum(&S, U, W));
    TS_OK(axle_space_intersect(&I, U, W));
    const axle_space *both[] = {U, W};
    TS_OK(axle_space_is_direct_sum(direct, both, 2));
    dims[0] = axle_space_dim(U);
    dims[1] = axle_space_dim(W);
    dims[2] = axle_space_dim(S);
    dims[3] = axle_space_dim(I);
    cr_assert_eq(dims[0] + dims[1], dims[2] + dims[3],
                 "%s: dimension formula: %zu + %zu != %zu + %zu", axle_field_name(F), dims[0],
                 dims[1], dims[2], dims[3]);
    cr_assert_eq(*direct, dims[3] == 0);
    axle_space *all[] = {V, U, W, S, I};
    for (size_t i = 0; i < 5; i++)
        axle_space_unref(all[i]);
    axle_matrix_free(A1);
    axle_matrix_free(A2);
}

/* RR and QQ give the same dimensions; the dimension of the sum is the rank of all k1 + k2. */
static void agree(const long *x, size_t n, size_t k1, size_t k2)
{
    size_t d[2][4], rank = 0;
    bool direct[2];
    axle_matrix *A = ints(AXLE_QQ, n, k1 + k2, x);
    TS_OK(axle_matrix_rank(&rank, A));
    axle_matrix_free(A);
    dims_of(d[0], &direct[0], AXLE_QQ, x, n, k1, k2);
    dims_of(d[1], &direct[1], AXLE_RR, x, n, k1, k2);
    cr_assert_eq(d[0][2], rank);
    for (int i = 0; i < 4; i++)
        cr_assert_eq(d[0][i], d[1][i], "dimension %d: QQ %zu, RR %zu", i, d[0][i], d[1][i]);
    cr_assert_eq(direct[0], direct[1]);
}

/* The CLI reproducer (`axle subspace sum --field rr`): the six vectors have rank 4 but RR said
 * the sum had dimension 5 (the default tolerance 5 eps on [B_U | B_W] was below the rounding of
 * the two bases). */
static const long repro[5 * 6] = {-3, -6, 1,  0,  -1, 0, -3, -6, 1, 0,  1,  -2, 0, 0, 0,
                                  3,  2,  -5, -1, -2, 1, -3, 2,  2, -3, -6, -3, 0, 1, -10};

Test(sumint, reproducer_rank_four)
{
    agree(repro, 5, 3, 3);
}

/* A tolerance the caller set is in force again after the calls. */
Test(sumint, caller_tolerance_restored)
{
    TS_OK(axle_rr_set_tolerance(1e-12));
    agree(repro, 5, 3, 3);
    cr_assert_eq(axle_rr_tolerance(), 1e-12);
    TS_OK(axle_rr_set_tolerance(0));
    agree(repro, 5, 3, 3);
    cr_assert_eq(axle_rr_tolerance(), 0.0);
}

/* Random integer spanning lists with exact rank deficiencies: U and W spanned by integer
 * combinations of c shared, a own (U) and b own (W) random directions, so the intersection is
 * often not {0} and the lists are often dependent. */
Test(sumint, rr_dims_equal_qq_dims, .timeout = 60)
{
    ts_rng r = ts_rng_new("sumint/rr_dims_equal_qq_dims");
    for (int round = 0; round < 40; round++) {
        size_t n = (size_t)ts_range(&r, 1, MAXN);
        size_t c = (size_t)ts_range(&r, 0, 2), a = (size_t)ts_range(&r, 0, 2),
               b = (size_t)ts_range(&r, 0, 2);
        size_t k1 = (size_t)ts_range(&r, 1, MAXK / 2), k2 = (size_t)ts_range(&r, 1, MAXK / 2);
        long dir[6][MAXN], x[MAXN * MAXK];
        for (size_t d = 0; d < c + a + b; d++)
            for (size_t i = 0; i < n; i++)
                dir[d][i] = ts_range(&r, -3, 3);
        for (size_t j = 0; j < k1 + k2; j++) {
            long coef[6];
            for (size_t d = 0; d < c + a + b; d++) {
                bool mine = d < c || (j < k1 ? d < c + a : d >= c + a);
                coef[d] = mine ? ts_range(&r, -2, 2) : 0;
            }
            for (size_t i = 0; i < n; i++) {
                long s = 0;
                for (size_t d = 0; d < c + a + b; d++)
                    s += coef[d] * dir[d][i];
                x[i * (k1 + k2) + j] = s;
            }
        }
        agree(x, n, k1, k2);
    }
}
