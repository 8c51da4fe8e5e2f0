#include "support.h"

#include <criterion/criterion.h>
#include <criterion/logging.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

axle_field ts_fields[2] = {AXLE_QQ, AXLE_RR};

/* The seed every random test starts from unless AXLE_TEST_SEED says otherwise: fixed, so a CI
 * run is repeatable and a failure replays as is. */
#define TS_DEFAULT_SEED 20261201u

ts_rng ts_rng_new(const char *test_name)
{
    uint64_t seed = TS_DEFAULT_SEED;
    const char *env = getenv("AXLE_TEST_SEED");
    if (env && *env)
        seed = strtoull(env, NULL, 10);
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

void ts_shuffle(ts_rng *r, size_t *perm, size_t n)
{
    for (size_t i = 0; i < n; i++)
        perm[i] = i;
    for (size_t i = n; i > 1; i--) {
        size_t k = (size_t)ts_range(r, 0, (long)i - 1);
        size_t t = perm[i - 1];
        perm[i - 1] = perm[k];
        perm[k] = t;
    }
}

/* A = P L [I_r 0; 0 0] U Q with P, Q random permutations, L = [T 0; B I] unit lower and
 * U = [T' C; 0 I] unit upper triangular (small random entries): the rank-r identity block moved
 * by unimodular transforms, the idea of FLINT's randrank. Only the first r columns of P L and the
 * first r rows of U Q matter: X = P [T; B] has the r x r minor det T = 1, Y = [T' C] Q has
 * det T' = 1, so X is injective, Y is onto F^r and A = X Y has rank exactly r. Both X^T X and
 * Y Y^T are the identity plus small integer terms, which keeps A well conditioned enough for RR
 * rank decisions at the sizes the tests use. */
axle_matrix *ts_random_rank(ts_rng *r, axle_field F, size_t rows, size_t cols, size_t rank)
{
    cr_assert(rank <= rows && rank <= cols, "ts_random_rank: rank %zu exceeds %zu x %zu", rank,
              rows, cols);
    long *X = calloc(rows * rank + 1, sizeof *X), *Y = calloc(rank * cols + 1, sizeof *Y);
    long *A = calloc(rows * cols + 1, sizeof *A);
    size_t *prow = calloc(rows + 1, sizeof *prow), *pcol = calloc(cols + 1, sizeof *pcol);
    cr_assert(X && Y && A && prow && pcol);
    ts_shuffle(r, prow, rows);
    ts_shuffle(r, pcol, cols);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < rank; j++) {
            long v = i >= rank ? ts_range(r, -2, 2) : j < i ? ts_range(r, -1, 1) : i == j;
            X[prow[i] * rank + j] = v;
        }
    for (size_t i = 0; i < rank; i++)
        for (size_t j = 0; j < cols; j++) {
            long v = j >= rank ? ts_range(r, -2, 2) : j > i ? ts_range(r, -1, 1) : i == j;
            Y[i * cols + pcol[j]] = v;
        }
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            for (size_t k = 0; k < rank; k++)
                A[i * cols + j] += X[i * rank + k] * Y[k * cols + j];
    axle_matrix *M = ts_ints(F, rows, cols, A);
    free(X);
    free(Y);
    free(A);
    free(prow);
    free(pcol);
    return M;
}

/* A = D + E with E uniform in [-4, 4) (doubles with 53-bit mantissas, the same exact values in
 * both fields) and D = d on the diagonal, d = 4 max(m, n) + 1, rows shuffled. ||E||_2 <= ||E||_F
 * <= 4 sqrt(m n) <= d - 1, so by Weyl's inequality every one of the min(m, n) singular values lies
 * in [1, 2d] (up to the rounding of d + E's diagonal, far below 1): full rank, condition number
 * below 2d, on every seed. */
axle_matrix *ts_random_full_rank(ts_rng *r, axle_field F, size_t rows, size_t cols)
{
    double d = 4.0 * (double)(rows > cols ? rows : cols) + 1;
    double *A = calloc(rows * cols + 1, sizeof *A);
    size_t *perm = calloc(rows + 1, sizeof *perm);
    cr_assert(A && perm);
    ts_shuffle(r, perm, rows);
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++)
            A[perm[i] * cols + j] = (double)(ts_next(r) >> 11) * 0x1p-50 - 4.0 + (i == j ? d : 0.0);
    axle_matrix *M = NULL;
    TS_OK(axle_matrix_from_doubles(&M, F, rows, cols, A));
    free(A);
    free(perm);
    return M;
}

void ts_assert_rref_form(const axle_matrix *R, const size_t *piv, size_t rank)
{
    size_t m = axle_matrix_rows(R), n = axle_matrix_cols(R);
    mpq_t q;
    mpq_init(q);
    for (size_t t = 0; t < rank; t++) {
        cr_assert_lt(piv[t], n);
        if (t > 0)
            cr_assert_gt(piv[t], piv[t - 1], "pivots must increase");
        for (size_t j = 0; j < piv[t]; j++) {
            TS_OK(axle_matrix_get_mpq(q, R, t, j));
            cr_assert(mpq_sgn(q) == 0, "R[%zu][%zu] left of the pivot is not 0", t, j);
        }
        for (size_t i = 0; i < m; i++) {
            TS_OK(axle_matrix_get_mpq(q, R, i, piv[t]));
            cr_assert(mpq_cmp_si(q, i == t ? 1 : 0, 1) == 0, "pivot column %zu is not e_%zu",
                      piv[t], t);
        }
    }
    for (size_t i = rank; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            TS_OK(axle_matrix_get_mpq(q, R, i, j));
            cr_assert(mpq_sgn(q) == 0, "row %zu below the rank is not zero", i);
        }
    mpq_clear(q);
}

axle_matrix *ts_mul(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_mul(&C, A, B));
    return C;
}

axle_matrix *ts_sub(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_sub(&C, A, B));
    return C;
}

axle_matrix *ts_transpose(const axle_matrix *A)
{
    axle_matrix *T = NULL;
    TS_OK(axle_matrix_transpose(&T, A));
    return T;
}

axle_matrix *ts_copy(const axle_matrix *A)
{
    axle_matrix *B = NULL;
    TS_OK(axle_matrix_copy(&B, A));
    return B;
}

axle_matrix *ts_zero(axle_field F, size_t rows, size_t cols)
{
    axle_matrix *Z = NULL;
    TS_OK(axle_matrix_new(&Z, F, rows, cols));
    return Z;
}

axle_matrix *ts_identity(axle_field F, size_t n)
{
    axle_matrix *I = NULL;
    TS_OK(axle_matrix_identity(&I, F, n));
    return I;
}

axle_matrix *ts_hilbert(axle_field F, size_t n)
{
    axle_matrix *H = NULL;
    TS_OK(axle_matrix_new(&H, F, n, n));
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            TS_OK(axle_matrix_set_frac(H, i, j, 1, (long)(i + j + 1)));
    return H;
}

double ts_frob(const axle_matrix *A)
{
    double s = 0, x = 0;
    for (size_t i = 0; i < axle_matrix_rows(A); i++)
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            TS_OK(axle_matrix_get_double(&x, A, i, j));
            s += x * x;
        }
    return sqrt(s);
}

double ts_defect(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C)
{
    axle_matrix *AB = ts_mul(A, B), *D = ts_sub(AB, C);
    double d = ts_frob(D) / fmax(1.0, ts_frob(A) * ts_frob(B) + ts_frob(C));
    axle_matrix_free(AB);
    axle_matrix_free(D);
    return d;
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

void ts_assert_numbers(const char *got, const char *skeleton, const double *want, size_t n,
                       double tol)
{
    const char *g = got;
    size_t k = 0;
    for (const char *s = skeleton; *s; s++) {
        if (*s != '#') {
            cr_assert_eq(*g, *s, "output %s differs from %s at offset %td", got, skeleton, g - got);
            g++;
            continue;
        }
        char *end = NULL;
        double x = strtod(g, &end);
        cr_assert(end != g, "output %s has no number at offset %td (%s)", got, g - got, skeleton);
        cr_assert_lt(k, n, "%s has more numbers than expected", got);
        cr_assert(fabs(x - want[k]) <= tol * fmax(1.0, fabs(want[k])),
                  "number %zu of %s is %.17g, expected %.17g within %g", k, got, x, want[k], tol);
        k++;
        g = end;
    }
    cr_assert_eq(*g, '\0', "output %s continues after %s", got, skeleton);
    cr_assert_eq(k, n, "%s has %zu numbers, expected %zu", got, k, n);
}
