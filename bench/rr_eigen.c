/* rr-eigen: the cost of axle's RR eigen decompositions over the raw LAPACKE call (issue 10).
 *
 * Each sample times a batch of axle calls and a batch of raw calls on the same data, interleaved
 * (the order alternates between samples), in process CPU time; the table gives the medians per
 * call and their ratio axle / raw. The raw side copies the input LAPACK overwrites into a
 * workspace allocated once, then calls the routine the axle kernel uses:
 *   eigen (symmetric A):      axle_matrix_eigen       vs dsyevd ('V')
 *   eigen (general A):        axle_matrix_eigen       vs dgeev (right vectors)
 *   diagonalize (symmetric):  axle_matrix_diagonalize vs dsyevd ('V')
 *   triangularize (real):     axle_matrix_triangularize vs dgees ('V')
 * and, to show where axle_matrix_eigen's time goes, the floor's characteristic and minimal
 * polynomials (axle_matrix_charpoly, axle_matrix_minpoly) against the same raw dgeev.
 * Symmetric A: (B + B^T) / 2 for B uniform in [-1, 1]; general: B itself (complex pairs); real
 * spectrum for triangularize: D S with D diagonal in [1, 2] and S symmetric (similar to
 * D^(1/2) S D^(1/2)). Run it with OPENBLAS_NUM_THREADS=1 (one BLAS thread).
 *
 * Usage: rr-eigen [--quick] [--repeat N] [--seed S]  (N samples per size; sizes 8 64 256 1024,
 * or 8 64 with --quick) */
#define _POSIX_C_SOURCE 200809L
#include <axle.h>
#include <lapacke.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common.h"

static void fail(const char *what)
{
    fprintf(stderr, "rr-eigen: %s: %s\n", what, axle_error_message());
    exit(1);
}

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

typedef enum {
    OP_EIG_SYM,
    OP_EIG_GEN,
    OP_DIAG_SYM,
    OP_TRI_REAL,
    OP_CHARPOLY,
    OP_MINPOLY,
    OP_COUNT
} op_kind;
static const char *const op_name[OP_COUNT] = {"eigen-sym",     "eigen-gen", "diagonalize",
                                              "triangularize", "charpoly",  "minpoly"};

typedef struct workload {
    size_t n;
    axle_matrix *S, *G, *R; /* symmetric, general, real spectrum */
    double *s0, *g0, *r0;   /* the same data, packed column-major */
    double *a, *w, *wi, *v; /* raw workspaces */
} workload;

static double sink; /* keeps results alive */

static void run_axle(op_kind op, const workload *w)
{
    axle_eigen *E = NULL;
    axle_matrix *P = NULL, *D = NULL;
    axle_poly *p = NULL;
    axle_status s = AXLE_OK;
    switch (op) {
    case OP_EIG_SYM:
        s = axle_matrix_eigen(&E, w->S);
        break;
    case OP_EIG_GEN:
        s = axle_matrix_eigen(&E, w->G);
        break;
    case OP_DIAG_SYM:
        s = axle_matrix_diagonalize(&P, &D, w->S);
        break;
    case OP_TRI_REAL:
        s = axle_matrix_triangularize(&P, &D, w->R);
        break;
    case OP_CHARPOLY:
        s = axle_matrix_charpoly(&p, w->G);
        break;
    case OP_MINPOLY:
        s = axle_matrix_minpoly(&p, w->G);
        break;
    case OP_COUNT:
        break;
    }
    if (s)
        fail(op_name[op]);
    if (E)
        sink += (double)axle_eigen_count(E);
    axle_eigen_unref(E);
    axle_matrix_free(P);
    axle_matrix_free(D);
    axle_poly_free(p);
}

static void run_raw(op_kind op, const workload *w)
{
    size_t n = w->n;
    lapack_int N = (lapack_int)n, sdim = 0;
    switch (op) {
    case OP_EIG_SYM:
    case OP_DIAG_SYM:
        memcpy(w->a, w->s0, n * n * sizeof *w->a);
        LAPACKE_dsyevd(LAPACK_COL_MAJOR, 'V', 'L', N, w->a, N, w->w);
        break;
    case OP_EIG_GEN:
    case OP_CHARPOLY:
    case OP_MINPOLY:
        memcpy(w->a, w->g0, n * n * sizeof *w->a);
        LAPACKE_dgeev(LAPACK_COL_MAJOR, 'N', 'V', N, w->a, N, w->w, w->wi, NULL, 1, w->v, N);
        break;
    case OP_TRI_REAL:
        memcpy(w->a, w->r0, n * n * sizeof *w->a);
        LAPACKE_dgees(LAPACK_COL_MAJOR, 'V', 'N', NULL, N, w->a, N, &sdim, w->w, w->wi, w->v, N);
        break;
    case OP_COUNT:
        break;
    }
    sink += w->w[0];
}

static double uniform(void)
{
    return (double)(bench_rng() >> 11) * 0x1p-52 - 1.0; /* in [-1, 1) */
}

static axle_matrix *from_packed(const double *a, size_t n)
{
    axle_matrix *A = NULL;
    if (axle_matrix_new(&A, AXLE_RR, n, n))
        fail("allocation");
    size_t ld;
    double *d = axle_matrix_rr_data(A, &ld);
    for (size_t j = 0; j < n; j++)
        memcpy(d + j * ld, a + j * n, n * sizeof *d);
    return A;
}

static void workload_init(workload *w, size_t n)
{
    w->n = n;
    size_t nn = n * n;
    w->s0 = malloc(nn * sizeof *w->s0);
    w->g0 = malloc(nn * sizeof *w->g0);
    w->r0 = malloc(nn * sizeof *w->r0);
    w->a = calloc(nn, sizeof *w->a);
    w->v = calloc(nn, sizeof *w->v);
    w->w = calloc(n, sizeof *w->w);
    w->wi = calloc(n, sizeof *w->wi);
    if (!w->s0 || !w->g0 || !w->r0 || !w->a || !w->v || !w->w || !w->wi)
        exit(1);
    for (size_t k = 0; k < nn; k++)
        w->g0[k] = uniform();
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            w->s0[i + j * n] = (w->g0[i + j * n] + w->g0[j + i * n]) / 2;
    for (size_t i = 0; i < n; i++) {
        double d = 1.5 + uniform() / 2; /* in [1, 2) */
        for (size_t j = 0; j < n; j++)
            w->r0[i + j * n] = d * w->s0[i + j * n];
    }
    w->S = from_packed(w->s0, n);
    w->G = from_packed(w->g0, n);
    w->R = from_packed(w->r0, n);
}

static void workload_free(workload *w)
{
    axle_matrix_free(w->S);
    axle_matrix_free(w->G);
    axle_matrix_free(w->R);
    free(w->s0);
    free(w->g0);
    free(w->r0);
    free(w->a);
    free(w->v);
    free(w->w);
    free(w->wi);
}

/* Calls per batch so that one batch takes a few milliseconds. */
static int batch_size(op_kind op, const workload *w)
{
    double t0 = cpu_now();
    int calls = 0;
    while (cpu_now() - t0 < 2e-3 || calls < 1) {
        run_raw(op, w);
        calls++;
    }
    return calls;
}

int main(int argc, char **argv)
{
    int quick = 0, repeat = 0;
    if (!bench_options(argc, argv, "rr-eigen", &quick, &repeat))
        return 2;
    const size_t sizes[] = {8, 64, 256, 1024};
    size_t nsizes = quick ? 2 : 4;
    printf("%-13s %5s %12s %12s %7s\n", "kernel", "n", "axle (s)", "raw (s)", "ratio");
    for (size_t k = 0; k < nsizes; k++) {
        size_t n = sizes[k];
        workload w;
        workload_init(&w, n);
        int samples = repeat > 1 ? repeat : (quick ? 5 : n >= 1024 ? 5 : 15);
        double *ta = malloc((size_t)samples * sizeof *ta),
               *tr = malloc((size_t)samples * sizeof *tr);
        if (!ta || !tr)
            return 1;
        for (op_kind op = 0; op < OP_COUNT; op++) {
            int calls = batch_size(op, &w);
            run_axle(op, &w); /* warm up */
            for (int s = 0; s < samples; s++) {
                for (int half = 0; half < 2; half++) {
                    bool axle_turn = (half == 0) == (s % 2 == 0);
                    double t0 = cpu_now();
                    for (int c = 0; c < calls; c++)
                        axle_turn ? run_axle(op, &w) : run_raw(op, &w);
                    double t = (cpu_now() - t0) / calls;
                    (axle_turn ? ta : tr)[s] = t;
                }
            }
            double a = bench_median(ta, samples), r = bench_median(tr, samples);
            printf("%-13s %5zu %12.3e %12.3e %7.3f\n", op_name[op], n, a, r, a / r);
            fflush(stdout);
        }
        free(ta);
        free(tr);
        workload_free(&w);
    }
    if (sink == 12345.678)
        puts("");
    return 0;
}
