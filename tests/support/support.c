#include "support.h"

#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

axle_field ts_fields[2] = {AXLE_QQ, AXLE_RR};

ts_rng ts_rng_new(const char *test_name)
{
    uint64_t seed;
    const char *env = getenv("AXLE_TEST_SEED");
    if (env && *env) {
        seed = strtoull(env, NULL, 10);
    } else {
        struct timespec ts;
        timespec_get(&ts, TIME_UTC);
        seed = (uint64_t)ts.tv_sec * 1000003u ^ (uint64_t)ts.tv_nsec;
        seed %= 1000000007u;
    }
    /* On stderr, so the seed is in the test log whatever Criterion's verbosity. */
    fprintf(stderr, "%s: seed %llu (replay with AXLE_TEST_SEED=%llu)\n", test_name,
            (unsigned long long)seed, (unsigned long long)seed);
    ts_rng r = {seed};
    return r;
}

uint64_t ts_next(ts_rng *r)
{
    uint64_t z = (r->s += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

long ts_range(ts_rng *r, long lo, long hi)
{
    uint64_t span = (uint64_t)(hi - lo) + 1u;
    return lo + (long)(ts_next(r) % span);
}

axle_matrix *ts_ints(axle_field F, size_t rows, size_t cols, const long *v)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_ints(&A, F, rows, cols, v));
    return A;
}

axle_matrix *ts_random_int(ts_rng *r, axle_field F, size_t rows, size_t cols, long lo, long hi)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, F, rows, cols));
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            TS_OK(axle_matrix_set_frac(A, i, j, ts_range(r, lo, hi), 1));
    return A;
}

axle_matrix *ts_random_frac(ts_rng *r, axle_field F, size_t rows, size_t cols)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, F, rows, cols));
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            TS_OK(axle_matrix_set_frac(A, i, j, ts_range(r, -9, 9), ts_range(r, 1, 7)));
    return A;
}

axle_matrix *ts_random_rank(ts_rng *r, axle_field F, size_t rows, size_t cols, size_t rank)
{
    axle_matrix *L = ts_random_int(r, F, rows, rank, -3, 3);
    axle_matrix *R = ts_random_int(r, F, rank, cols, -3, 3);
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_mul(&A, L, R));
    axle_matrix_free(L);
    axle_matrix_free(R);
    return A;
}

double ts_maxnorm(const axle_matrix *A)
{
    double m = 0;
    for (size_t i = 0; i < axle_matrix_rows(A); i++)
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            double x = 0;
            TS_OK(axle_matrix_get_double(&x, A, i, j));
            if (fabs(x) > m)
                m = fabs(x);
        }
    return m;
}

bool ts_close(const axle_matrix *A, const axle_matrix *B, double tol)
{
    if (axle_matrix_field(A) != axle_matrix_field(B) ||
        axle_matrix_rows(A) != axle_matrix_rows(B) || axle_matrix_cols(A) != axle_matrix_cols(B))
        return false;
    if (axle_matrix_field(A) == AXLE_QQ)
        return axle_matrix_equal(A, B);
    double scale = fmax(1.0, fmax(ts_maxnorm(A), ts_maxnorm(B)));
    for (size_t i = 0; i < axle_matrix_rows(A); i++)
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            double a = 0, b = 0;
            TS_OK(axle_matrix_get_double(&a, A, i, j));
            TS_OK(axle_matrix_get_double(&b, B, i, j));
            if (!(fabs(a - b) <= tol * scale))
                return false;
        }
    return true;
}

bool ts_agree(const axle_matrix *Aqq, const axle_matrix *Brr, double tol)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_convert(&C, Aqq, AXLE_RR));
    bool ok = ts_close(C, Brr, tol);
    axle_matrix_free(C);
    return ok;
}

double ts_tol(size_t n)
{
    return 1e-9 * (double)(n > 0 ? n : 1);
}
