/* rr-wrappers: the cost of axle's RR wrappers over the raw LAPACKE/CBLAS call (issue 12).
 *
 * For solve (one right-hand side), inverse, det and product of a random n x n matrix with entries
 * uniform in [-c, c], c = sqrt(3 e / n) (entries of deviation sqrt(e / n), so |det| stays near 1
 * and within double range at every n), each sample times a batch of axle calls and a batch of raw
 * calls on the same data, interleaved (the order alternates between samples), in process CPU time.
 * The table gives the medians per call and their ratio axle / raw. The raw side does what a caller
 * of LAPACK must do at least: copy the inputs LAPACK overwrites into a workspace allocated once,
 * then solve: dgesv;  inverse: dgetrf + dgetri;  det: dgetrf and the product of U's diagonal;
 *   product: dgemm into a buffer allocated once.
 * Run it with OPENBLAS_NUM_THREADS=1 (one BLAS thread, as the target is stated).
 *
 * Usage: rr-wrappers [--quick] [--repeat N] [--seed S]  (N samples per size; sizes 8 64 256 1000,
 * or 8 64 with --quick) */
#include <axle.h>
#include <cblas.h>
#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

static void fail(const char *what)
{
    fprintf(stderr, "rr-wrappers: %s: %s\n", what, axle_error_message());
    exit(1);
}

typedef enum { OP_SOLVE, OP_INV, OP_DET, OP_MUL, OP_COUNT } op_kind;
static const char *const op_name[OP_COUNT] = {"solve", "inverse", "det", "product"};

typedef struct workload {
    size_t n;
    axle_matrix *A, *b;
    double *a0, *b0;   /* the same data, packed column-major */
    double *a, *x, *c; /* raw workspaces */
    lapack_int *ipiv;
} workload;

static double sink; /* keeps results alive */

static void run_axle(op_kind op, const workload *w)
{
    axle_matrix *X = NULL, *N = NULL;
    axle_scalar *d = NULL;
    axle_status s = AXLE_OK;
    switch (op) {
    case OP_SOLVE:
        s = axle_matrix_solve(&X, &N, w->A, w->b);
        break;
    case OP_INV:
        s = axle_matrix_inverse(&X, w->A);
        break;
    case OP_DET:
        s = axle_matrix_det(&d, w->A);
        break;
    case OP_MUL:
        s = axle_matrix_mul(&X, w->A, w->A);
        break;
    case OP_COUNT:
        break;
    }
    if (s)
        fail(op_name[op]);
    if (d)
        sink += axle_scalar_to_double(d);
    axle_scalar_free(d);
    axle_matrix_free(X);
    axle_matrix_free(N);
}

static void run_raw(op_kind op, const workload *w)
{
    size_t n = w->n;
    lapack_int N = (lapack_int)n;
    switch (op) {
    case OP_SOLVE:
        memcpy(w->a, w->a0, n * n * sizeof *w->a);
        memcpy(w->x, w->b0, n * sizeof *w->x);
        LAPACKE_dgesv(LAPACK_COL_MAJOR, N, 1, w->a, N, w->ipiv, w->x, N);
        sink += w->x[0];
        break;
    case OP_INV:
        memcpy(w->a, w->a0, n * n * sizeof *w->a);
        LAPACKE_dgetrf(LAPACK_COL_MAJOR, N, N, w->a, N, w->ipiv);
        LAPACKE_dgetri(LAPACK_COL_MAJOR, N, w->a, N, w->ipiv);
        sink += w->a[0];
        break;
    case OP_DET: {
        memcpy(w->a, w->a0, n * n * sizeof *w->a);
        LAPACKE_dgetrf(LAPACK_COL_MAJOR, N, N, w->a, N, w->ipiv);
        double det = 1.0;
        for (size_t i = 0; i < n; i++)
            det *= w->ipiv[i] == (lapack_int)(i + 1) ? w->a[i + i * n] : -w->a[i + i * n];
        sink += det;
        break;
    }
    case OP_MUL:
        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0, w->a0, N, w->a0, N,
                    0.0, w->c, N);
        sink += w->c[0];
        break;
    case OP_COUNT:
        break;
    }
}

static void workload_init(workload *w, size_t n)
{
    w->n = n;
    if (axle_matrix_new(&w->A, AXLE_RR, n, n) || axle_matrix_new(&w->b, AXLE_RR, n, 1))
        fail("allocation");
    size_t lda, ldb;
    double *A = axle_matrix_rr_data(w->A, &lda), *b = axle_matrix_rr_data(w->b, &ldb);
    w->a0 = malloc(n * n * sizeof *w->a0);
    w->b0 = malloc(n * sizeof *w->b0);
    w->a = malloc(n * n * sizeof *w->a);
    w->x = malloc(n * sizeof *w->x);
    w->c = malloc(n * n * sizeof *w->c);
    w->ipiv = malloc(n * sizeof *w->ipiv);
    if (!w->a0 || !w->b0 || !w->a || !w->x || !w->c || !w->ipiv)
        exit(1);
    double c = sqrt(3.0 * exp(1.0) / (double)n);
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++) {
            double v = c * ((double)(bench_rng() >> 11) * 0x1p-52 - 1.0); /* uniform in [-c, c) */
            A[i + j * lda] = w->a0[i + j * n] = v;
        }
    for (size_t i = 0; i < n; i++)
        b[i] = w->b0[i] = (double)(bench_rng() >> 11) * 0x1p-52 - 1.0;
    /* touch the raw workspaces once, as a caller reusing them would have */
    memset(w->a, 0, n * n * sizeof *w->a);
    memset(w->c, 0, n * n * sizeof *w->c);
}

static void workload_free(workload *w)
{
    axle_matrix_free(w->A);
    axle_matrix_free(w->b);
    free(w->a0);
    free(w->b0);
    free(w->a);
    free(w->x);
    free(w->c);
    free(w->ipiv);
}

/* One kernel on one workload, for bench_interleaved. */
typedef struct job {
    op_kind op;
    const workload *w;
} job;

static void job_axle(void *ctx)
{
    const job *j = ctx;
    run_axle(j->op, j->w);
}

static void job_raw(void *ctx)
{
    const job *j = ctx;
    run_raw(j->op, j->w);
}

int main(int argc, char **argv)
{
    int quick = 0, repeat = 0;
    if (!bench_options(argc, argv, "rr-wrappers", &quick, &repeat))
        return 2;
    const size_t sizes[] = {8, 64, 256, 1000};
    size_t nsizes = quick ? 2 : 4;
    printf("%-8s %5s %12s %12s %7s\n", "kernel", "n", "axle (s)", "raw (s)", "ratio");
    for (size_t k = 0; k < nsizes; k++) {
        size_t n = sizes[k];
        workload w;
        workload_init(&w, n);
        int samples = repeat > 1 ? repeat : (quick ? 5 : n >= 1000 ? 9 : 21);
        for (op_kind op = 0; op < OP_COUNT; op++) {
            job j = {op, &w};
            double a, r;
            bench_interleaved(job_axle, job_raw, &j, samples, &a, &r);
            printf("%-8s %5zu %12.3e %12.3e %7.3f\n", op_name[op], n, a, r, a / r);
            fflush(stdout);
        }
        workload_free(&w);
    }
    if (sink == 12345.678)
        printf("%g\n", sink);
    return 0;
}
