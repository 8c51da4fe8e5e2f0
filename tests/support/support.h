/* Shared helpers for axle's Criterion tests: field parameters, seeded random matrices, RR
 * comparisons. Random tests start from a fixed default seed (CI is repeatable); AXLE_TEST_SEED=<n>
 * runs them from another. The seed is printed so a failing property test can be replayed. */
#ifndef AXLE_TEST_SUPPORT_H
#define AXLE_TEST_SUPPORT_H

#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <stdint.h>

#include <axle.h>

/* The two fields, for ParameterizedTestParameters: `return cr_make_param_array(axle_field,
 * ts_fields, 2);` */
extern axle_field ts_fields[2];

/* A test run once per field: FIELDS(suite, name) { ... *F ... } (F points to the field). */
#define FIELDS(suite, name)                                                                        \
    ParameterizedTestParameters(suite, name)                                                       \
    {                                                                                              \
        return cr_make_param_array(axle_field, ts_fields, 2);                                      \
    }                                                                                              \
    ParameterizedTest(axle_field *F, suite, name)

/* A reproducible generator (splitmix64). */
typedef struct ts_rng {
    uint64_t s;
} ts_rng;

/* A generator seeded from AXLE_TEST_SEED, or from a fixed default seed when it is unset; the seed
 * is printed on stderr with the test name so a failure can be replayed. */
ts_rng ts_rng_new(const char *test_name);
uint64_t ts_next(ts_rng *r);
/* Uniform integer in [lo, hi]. */
long ts_range(ts_rng *r, long lo, long hi);

/* A rows x cols matrix with integer entries uniform in [lo, hi] (aborts the test on failure). */
axle_matrix *ts_random_int(ts_rng *r, axle_field F, size_t rows, size_t cols, long lo, long hi);
/* A random permutation of 0 .. n-1 in perm[0 .. n-1]. */
void ts_shuffle(ts_rng *r, size_t *perm, size_t n);
/* A random rows x cols integer matrix of rank exactly `rank` (<= min(rows, cols)), by
 * construction: an identity block of size rank moved by random unimodular row and column
 * transforms (entries of size about 4 rank). */
axle_matrix *ts_random_rank(ts_rng *r, axle_field F, size_t rows, size_t cols, size_t rank);
/* A random rows x cols matrix of full rank min(rows, cols) and condition number below
 * 8 max(rows, cols) + 2, by construction (a dominant diagonal plus uniform real entries in
 * [-4, 4), exact binary values in both fields; see support.c): invertible when square. */
axle_matrix *ts_random_full_rank(ts_rng *r, axle_field F, size_t rows, size_t cols);
/* A random matrix with fraction entries num/den, num in [-9, 9], den in [1, 7]. */
axle_matrix *ts_random_frac(ts_rng *r, axle_field F, size_t rows, size_t cols);

/* Matrix from row-major longs, aborting the test on failure. */
axle_matrix *ts_ints(axle_field F, size_t rows, size_t cols, const long *v);

/* Assert that R is in reduced row echelon form with the given rank and pivot columns, exactly
 * (pivot columns are unit vectors, zeros are zeros) in both fields. */
void ts_assert_rref_form(const axle_matrix *R, const size_t *piv, size_t rank);

/* Matrix algebra through the public API, aborting the test on failure. */
axle_matrix *ts_mul(const axle_matrix *A, const axle_matrix *B);
axle_matrix *ts_sub(const axle_matrix *A, const axle_matrix *B);
axle_matrix *ts_transpose(const axle_matrix *A);
axle_matrix *ts_copy(const axle_matrix *A);
axle_matrix *ts_zero(axle_field F, size_t rows, size_t cols);
axle_matrix *ts_identity(axle_field F, size_t n);
/* The n x n Hilbert matrix 1 / (i + j - 1) (1-based; RR: each entry rounded). */
axle_matrix *ts_hilbert(axle_field F, size_t n);
/* Frobenius norm (entries as doubles). */
double ts_frob(const axle_matrix *A);
/* ||A B - C||_F / max(1, ||A||_F ||B||_F + ||C||_F): the relative defect of A B = C. */
double ts_defect(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C);
/* Max-norm of A (entries as doubles). */
double ts_maxnorm(const axle_matrix *A);
/* True when A and B have the same shape and field and, for QQ, are equal, for RR, differ entrywise
 * by at most tol * max(1, maxnorm(A), maxnorm(B)). */
bool ts_close(const axle_matrix *A, const axle_matrix *B, double tol);
/* A converted to RR and compared with the RR matrix B as in ts_close. */
bool ts_agree(const axle_matrix *Aqq, const axle_matrix *Brr, double tol);

/* Assert that the text `got` reads as `skeleton` where each '#' of the skeleton stands for a
 * number (as strtod reads it), and that those numbers are want[0 .. n-1] within
 * tol * max(1, |want[k]|): RR output checked without depending on its last digits. */
void ts_assert_numbers(const char *got, const char *skeleton, const double *want, size_t n,
                       double tol);

/* The default test tolerance for RR comparisons of an n-sized problem: 1e-9 scaled by n. */
double ts_tol(size_t n);

/* Abort the current test with the axle error message if s != AXLE_OK. */
#define TS_OK(expr)                                                                                \
    do {                                                                                           \
        axle_status ts_s_ = (expr);                                                                \
        cr_assert_eq(ts_s_, AXLE_OK, "%s failed: %s: %s", #expr, axle_strerror(ts_s_),             \
                     axle_error_message());                                                        \
    } while (0)

/* Under ASan, a test that walks allocation failures ends with a leak check of its own:
 * Criterion's worker reports the test's result before LeakSanitizer's exit-time check could fail
 * it. A no-op otherwise. */
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#define TS_CHECK_NO_LEAKS()                                                                        \
    cr_assert_eq(__lsan_do_recoverable_leak_check(), 0, "memory leaked (report above)")
#else
#define TS_CHECK_NO_LEAKS() ((void)0)
#endif

#endif
