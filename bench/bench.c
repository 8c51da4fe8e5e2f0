/* axle-bench: medians of axle's kernels against peers measured in the same run.
 *
 * RR is compared with raw LAPACKE/CBLAS calls on the same data (the wrapper's overhead);
 * QQ with FLINT when the build found it (meson option, optional peer). Each timing is the median
 * of several runs; ratios are axle / peer (below 1 means axle is faster).
 *
 * Usage: axle-bench [--quick] [--repeat N] [--seed S] */
#include <axle.h>
#include <cblas.h>
#include <lapacke.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#ifdef AXLE_BENCH_FLINT
#include <flint/fmpq_mat.h>
#include <flint/fmpz_mat.h>
#endif

static int repeat = 5;
static void fail(const char *what)
{
    fprintf(stderr, "axle-bench: %s: %s\n", what, axle_error_message());
    exit(1);
}

/* A random n x m integer matrix with entries in [-10, 10], as longs (row-major). */
static long *random_ints(size_t n, size_t m)
{
    long *v = malloc(n * m * sizeof *v);
    if (!v)
        exit(1);
    for (size_t k = 0; k < n * m; k++)
        v[k] = (long)(bench_rng() % 21) - 10;
    return v;
}

/* RR matrices are the integer ones times 1/(sigma sqrt(n/e)), sigma = 6.06 the deviation of an
 * entry uniform in [-10, 10]: |det| of an n x n random matrix is about sqrt(n!) sigma^n, which
 * overflows a double from n ~ 200; scaled, it stays near 1 and every n times the same work. */
static double rr_scale(size_t n)
{
    return 1.0 / (6.06 * sqrt((double)n / 2.718281828459045));
}

typedef enum { OP_DET, OP_RANK, OP_INV, OP_SOLVE, OP_RREF, OP_MUL } op_kind;
static const char *op_names[] = {"det", "rank", "inverse", "solve", "rref", "mul"};

/* One axle call on A (and b for solve); frees its result. */
static void run_axle(op_kind op, const axle_matrix *A, const axle_matrix *b)
{
    axle_matrix *R = NULL, *N = NULL;
    axle_scalar *d = NULL;
    size_t rank = 0;
    axle_status s = AXLE_OK;
    switch (op) {
    case OP_DET:
        s = axle_matrix_det(&d, A);
        break;
    case OP_RANK:
        s = axle_matrix_rank(&rank, A);
        break;
    case OP_INV:
        s = axle_matrix_inverse(&R, A);
        break;
    case OP_SOLVE:
        s = axle_matrix_solve(&R, &N, A, b);
        break;
    case OP_RREF:
        s = axle_matrix_rref(&R, NULL, &rank, A);
        break;
    case OP_MUL:
        s = axle_matrix_mul(&R, A, A);
        break;
    }
    if (s)
        fail(op_names[op]);
    axle_matrix_free(R);
    axle_matrix_free(N);
    axle_scalar_free(d);
}

static double time_axle(op_kind op, axle_field F, size_t n, const long *v, const long *bv)
{
    axle_matrix *A = NULL, *b = NULL;
    if (F == AXLE_RR) {
        double *d = malloc(n * n * sizeof *d);
        if (!d)
            exit(1);
        for (size_t k = 0; k < n * n; k++)
            d[k] = (double)v[k] * rr_scale(n);
        if (axle_matrix_from_doubles(&A, F, n, n, d))
            fail("setup");
        free(d);
    } else if (axle_matrix_from_ints(&A, F, n, n, v)) {
        fail("setup");
    }
    if (axle_matrix_from_ints(&b, F, n, 1, bv))
        fail("setup");
    double *t = malloc((size_t)repeat * sizeof *t);
    for (int r = 0; r < repeat; r++) {
        double t0 = bench_now();
        run_axle(op, A, b);
        t[r] = bench_now() - t0;
    }
    double m = bench_median(t, repeat);
    free(t);
    axle_matrix_free(A);
    axle_matrix_free(b);
    return m;
}

/* Raw LAPACKE/CBLAS on column-major copies: what axle's RR wrapper should cost at most. */
static double time_lapack(op_kind op, size_t n, const long *v, const long *bv)
{
    lapack_int N = (lapack_int)n;
    double *A0 = malloc(n * n * sizeof *A0), *A = malloc(n * n * sizeof *A),
           *B = malloc(n * n * sizeof *B), *s = malloc(n * sizeof *s), *b = malloc(n * sizeof *b);
    lapack_int *ipiv = malloc(n * sizeof *ipiv);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            A0[i + j * n] = (double)v[i * n + j] * rr_scale(n);
    double *t = malloc((size_t)repeat * sizeof *t);
    for (int r = 0; r < repeat; r++) {
        double t0 = bench_now();
        memcpy(A, A0, n * n * sizeof *A); /* axle copies too: LAPACK overwrites its input */
        switch (op) {
        case OP_DET:
            LAPACKE_dgetrf(LAPACK_COL_MAJOR, N, N, A, N, ipiv);
            break;
        case OP_RANK:
        case OP_RREF:
            LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'N', N, N, A, N, s, NULL, 1, NULL, 1);
            break;
        case OP_INV:
            LAPACKE_dgetrf(LAPACK_COL_MAJOR, N, N, A, N, ipiv);
            LAPACKE_dgetri(LAPACK_COL_MAJOR, N, A, N, ipiv);
            break;
        case OP_SOLVE:
            for (size_t i = 0; i < n; i++)
                b[i] = (double)bv[i];
            LAPACKE_dgesv(LAPACK_COL_MAJOR, N, 1, A, N, ipiv, b, N);
            break;
        case OP_MUL:
            cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0, A0, N, A0, N, 0.0,
                        B, N);
            break;
        }
        t[r] = bench_now() - t0;
    }
    double m = bench_median(t, repeat);
    free(t);
    free(A0);
    free(A);
    free(B);
    free(s);
    free(b);
    free(ipiv);
    return m;
}

#ifdef AXLE_BENCH_FLINT
static double time_flint(op_kind op, size_t n, const long *v, const long *bv)
{
    slong N = (slong)n;
    fmpz_mat_t A, R, B, X;
    fmpz_t den;
    fmpz_init(den);
    fmpz_mat_init(A, N, N);
    fmpz_mat_init(R, N, N);
    fmpz_mat_init(B, N, 1);
    fmpz_mat_init(X, N, 1);
    for (slong i = 0; i < N; i++) {
        for (slong j = 0; j < N; j++)
            fmpz_set_si(fmpz_mat_entry(A, i, j), v[i * N + j]);
        fmpz_set_si(fmpz_mat_entry(B, i, 0), bv[i]);
    }
    double *t = malloc((size_t)repeat * sizeof *t);
    for (int r = 0; r < repeat; r++) {
        double t0 = bench_now();
        switch (op) {
        case OP_DET:
            fmpz_mat_det(den, A);
            break;
        case OP_RANK:
            fmpz_mat_rank(A);
            break;
        case OP_INV:
            fmpz_mat_inv(R, den, A);
            break;
        case OP_SOLVE:
            fmpz_mat_solve(X, den, A, B);
            break;
        case OP_RREF:
            fmpz_mat_rref(R, den, A);
            break;
        case OP_MUL:
            fmpz_mat_mul(R, A, A);
            break;
        }
        t[r] = bench_now() - t0;
    }
    double m = bench_median(t, repeat);
    free(t);
    fmpz_mat_clear(A);
    fmpz_mat_clear(R);
    fmpz_mat_clear(B);
    fmpz_mat_clear(X);
    fmpz_clear(den);
    return m;
}
#endif

static void row(const char *field, op_kind op, size_t n, double t_axle, const char *peer,
                double t_peer)
{
    if (t_peer > 0)
        printf("| %-2s | %-7s | %4zu | %10.3f | %-7s | %10.3f | %6.2f |\n", field, op_names[op], n,
               1e3 * t_axle, peer, 1e3 * t_peer, t_axle / t_peer);
    else
        printf("| %-2s | %-7s | %4zu | %10.3f | %-7s | %10s | %6s |\n", field, op_names[op], n,
               1e3 * t_axle, peer, "-", "-");
}

int main(int argc, char **argv)
{
    int quick = 0;
    if (!bench_options(argc, argv, "axle-bench", &quick, &repeat))
        return 2;
    const char *threads = getenv("OPENBLAS_NUM_THREADS");
    printf("axle-bench %s: median of %d runs, random integer matrices with entries in [-10, 10]\n",
           AXLE_VERSION_STRING, repeat);
    printf("OPENBLAS_NUM_THREADS=%s; ratio = axle / peer (< 1: axle faster)\n\n",
           threads ? threads : "(unset: OpenBLAS default)");
    printf("| F  | op      |    n |  axle (ms) | peer    |  peer (ms) |  ratio |\n");
    printf("|----|---------|------|------------|---------|------------|--------|\n");

    const size_t qq_sizes[] = {20, 50, 100, 200};
    const size_t rr_sizes[] = {50, 200, 500, 1000};
    size_t nq = quick ? 1 : 4, nr = quick ? 1 : 4;
    for (size_t k = 0; k < nr; k++) {
        size_t n = rr_sizes[k];
        long *v = random_ints(n, n), *bv = random_ints(n, 1);
        for (op_kind op = OP_DET; op <= OP_MUL; op++) {
            if (op == OP_RREF)
                continue; /* LAPACK has no RREF; rank stands for the SVD cost */
            row("RR", op, n, time_axle(op, AXLE_RR, n, v, bv), "LAPACKE",
                time_lapack(op, n, v, bv));
        }
        free(v);
        free(bv);
    }
    for (size_t k = 0; k < nq; k++) {
        size_t n = qq_sizes[k];
        long *v = random_ints(n, n), *bv = random_ints(n, 1);
        for (op_kind op = OP_DET; op <= OP_MUL; op++) {
            double ta = time_axle(op, AXLE_QQ, n, v, bv);
#ifdef AXLE_BENCH_FLINT
            row("QQ", op, n, ta, "FLINT", time_flint(op, n, v, bv));
#else
            row("QQ", op, n, ta, "(none)", 0);
#endif
        }
        free(v);
        free(bv);
    }
#ifndef AXLE_BENCH_FLINT
    printf("\nFLINT not found at build time (apt-get install libflint-dev, then reconfigure) — "
           "QQ shown without a peer.\n");
#endif
    return 0;
}
