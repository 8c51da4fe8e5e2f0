/* qq_kernels: wall-clock times of the QQ kernels on random n x n integer matrices with entries
 * in [-10, 10] (the target: 200 x 200 in well under 5 s each).
 * Usage: qq_kernels [n [seed]]. Prints one line per kernel: name, n, seconds. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <axle.h>

static double now(void)
{
    struct timespec ts;
    timespec_get(&ts, TIME_UTC);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static unsigned long long state;
static long next_entry(void)
{
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (long)((state >> 33) % 21) - 10;
}

static axle_matrix *random_matrix(size_t rows, size_t cols)
{
    long *v = malloc(rows * cols * sizeof *v);
    axle_matrix *A = NULL;
    for (size_t k = 0; v && k < rows * cols; k++)
        v[k] = next_entry();
    if (!v || axle_matrix_from_ints(&A, AXLE_QQ, rows, cols, v)) {
        fprintf(stderr, "qq_kernels: cannot build a %zux%zu matrix\n", rows, cols);
        exit(1);
    }
    free(v);
    return A;
}

static void report(const char *what, size_t n, double t0, axle_status s)
{
    if (s) {
        fprintf(stderr, "qq_kernels: %s failed: %s\n", what, axle_error_message());
        exit(1);
    }
    printf("%-14s n=%-4zu %8.3f s\n", what, n, now() - t0);
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)strtoul(argv[1], NULL, 10) : 200;
    state = argc > 2 ? strtoull(argv[2], NULL, 10) : 1;
    axle_matrix *A = random_matrix(n, n), *b = random_matrix(n, 1), *X = NULL, *N = NULL;
    /* a rank n - 1 matrix: the last row is the sum of the others */
    axle_matrix *S = random_matrix(n, n);
    mpq_t q, acc;
    mpq_inits(q, acc, NULL);
    for (size_t j = 0; j < n; j++) {
        mpq_set_ui(acc, 0, 1);
        for (size_t i = 0; i + 1 < n; i++) {
            if (axle_matrix_get_mpq(q, S, i, j))
                return 1;
            mpq_add(acc, acc, q);
        }
        if (axle_matrix_set_mpq(S, n - 1, j, acc))
            return 1;
    }
    mpq_clears(q, acc, NULL);
    axle_scalar *d = NULL;
    size_t r = 0;
    double t = now();
    report("det", n, t, axle_matrix_det(&d, A));
    t = now();
    report("rank", n, t, axle_matrix_rank(&r, A));
    t = now();
    report("rank (n-1)", n, t, axle_matrix_rank(&r, S));
    t = now();
    report("rref", n, t, axle_matrix_rref(&X, NULL, NULL, A));
    axle_matrix_free(X);
    t = now();
    report("rref (n-1)", n, t, axle_matrix_rref(&X, NULL, NULL, S));
    axle_matrix_free(X);
    t = now();
    report("null (n-1)", n, t, axle_matrix_null(&N, S));
    axle_matrix_free(N);
    t = now();
    report("solve", n, t, axle_matrix_solve(&X, &N, A, b));
    axle_matrix_free(X);
    axle_matrix_free(N);
    t = now();
    report("solve (n-1)", n, t, axle_matrix_solve(&X, &N, S, b) == AXLE_ENOSOLUTION ? 0 : 1);
    t = now();
    report("inverse", n, t, axle_matrix_inverse(&X, A));
    axle_matrix_free(X);
    t = now();
    report("mul", n, t, axle_matrix_mul(&X, A, A));
    axle_matrix_free(X);
    axle_scalar_free(d);
    axle_matrix_free(A);
    axle_matrix_free(b);
    axle_matrix_free(S);
    return 0;
}
