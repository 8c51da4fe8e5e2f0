/* The RR workloads: each axle call against the raw LAPACKE/CBLAS call a C programmer would make on
 * the same column-major buffer (copying what LAPACK overwrites into a workspace allocated once):
 *   solve: dgesv;  det: dgetrf and U's diagonal;  inverse: dgetrf + dgetri;  product: dgemm;
 *   eigen (symmetric): dsyevd with vectors;  eigen (general): dgeev with right vectors;
 *   SVD: dgesdd with all of U and V^T;  least squares (A 2n x n): dgelsd;
 *   rank: dgesdd without vectors;  null space: dgesdd with vectors ('S'), the rank's singular
 *   values counted as axle counts them (above max(m, n) eps s_1).
 * Inputs: A uniform in [-c, c], c = sqrt(3 e / n) (|det A| stays near 1 at every n); the symmetric
 * (A + A^T) / 2; for rank and null space the product of n x n/2 and n/2 x n such factors. */
#include <axle.h>
#include <cblas.h>
#include <float.h>
#include <lapacke.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"

typedef enum {
    RR_SOLVE,
    RR_DET,
    RR_INV,
    RR_MUL,
    RR_EIG_SYM,
    RR_EIG_GEN,
    RR_SVD,
    RR_LSTSQ,
    RR_RANK,
    RR_NULL,
    RR_OPS
} rr_op;
static const char *const rr_name[RR_OPS] = {
    "solve",           "det", "inverse",       "product", "eigen (symmetric)",
    "eigen (general)", "SVD", "least squares", "rank",    "null space"};

typedef struct rr_data {
    size_t n;
    axle_matrix *A, *S, *L, *b; /* general, symmetric, rank n/2; right-hand side */
    axle_matrix *T, *tb;        /* least squares: 2n x n and 2n x 1 */
    double *a0, *s0, *l0, *b0;  /* the same, packed column-major */
    double *t0, *tb0, *t, *tx;
    double *a, *x, *c, *w, *wi, *v, *u;
    lapack_int *ipiv;
} rr_data;

typedef struct rr_ctx {
    bench_ctx base;
    rr_op op;
    rr_data *d;
} rr_ctx;

static double sink;

static void digest_double(bench_ctx *c, double v)
{
    bench_digest(c, "%.17g", v);
}

static void rr_axle(void *p)
{
    rr_ctx *c = p;
    rr_data *d = c->d;
    axle_matrix *X = NULL, *N = NULL;
    axle_scalar *s = NULL;
    axle_eigen *E = NULL;
    axle_svd *svd = NULL;
    size_t rank = 0;
    axle_status st = AXLE_OK;
    switch (c->op) {
    case RR_SOLVE:
        st = axle_matrix_solve(&X, &N, d->A, d->b);
        break;
    case RR_DET:
        st = axle_matrix_det(&s, d->A);
        break;
    case RR_INV:
        st = axle_matrix_inverse(&X, d->A);
        break;
    case RR_MUL:
        st = axle_matrix_mul(&X, d->A, d->A);
        break;
    case RR_EIG_SYM:
        st = axle_matrix_eigen(&E, d->S);
        break;
    case RR_EIG_GEN:
        st = axle_matrix_eigen(&E, d->A);
        break;
    case RR_SVD:
        st = axle_matrix_svd(&svd, d->A);
        break;
    case RR_LSTSQ:
        st = axle_matrix_lstsq(&X, &rank, NULL, d->T, d->tb);
        break;
    case RR_RANK:
        st = axle_matrix_rank(&rank, d->L);
        break;
    case RR_NULL:
        st = axle_matrix_null(&N, d->L);
        break;
    case RR_OPS:
        break;
    }
    if (st)
        bench_refused(&c->base, rr_name[c->op]);
    else if (c->base.check) {
        double v = 0;
        if (s)
            v = axle_scalar_to_double(s);
        else if (E)
            for (size_t k = 0; k < axle_eigen_count(E); k++) {
                double re, im;
                if (axle_eigen_value_double(&re, &im, E, k))
                    bench_fail("eigenvalue");
                v = hypot(re, im) > v ? hypot(re, im) : v;
            }
        else if (svd) {
            if (axle_svd_value_double(&v, svd, 0))
                bench_fail("singular value");
        } else if (c->op == RR_RANK)
            v = (double)rank;
        else if (c->op == RR_NULL)
            v = (double)axle_matrix_cols(N);
        else if (axle_matrix_get_double(&v, X, 0, 0))
            bench_fail("entry");
        digest_double(&c->base, v);
    }
    /* only what the call made is freed: five calls through the PLT on NULL are harness time (a
     * few ns beside the 40 ns of an 8 x 8 dgemm) that the raw contender does not spend */
    if (X)
        axle_matrix_free(X);
    if (N)
        axle_matrix_free(N);
    if (s)
        axle_scalar_free(s);
    if (E)
        axle_eigen_unref(E);
    if (svd)
        axle_svd_unref(svd);
}

/* The numerical rank of singular values s[0..k-1] (descending) as axle counts it. */
static size_t count_rank(const double *s, size_t k, size_t n)
{
    size_t r = 0;
    while (r < k && s[r] > (double)n * DBL_EPSILON * s[0])
        r++;
    return r;
}

static void rr_raw(void *p)
{
    rr_ctx *c = p;
    rr_data *d = c->d;
    size_t n = d->n;
    lapack_int N = (lapack_int)n;
    double v = 0;
    switch (c->op) {
    case RR_SOLVE:
        memcpy(d->a, d->a0, n * n * sizeof *d->a);
        memcpy(d->x, d->b0, n * sizeof *d->x);
        LAPACKE_dgesv(LAPACK_COL_MAJOR, N, 1, d->a, N, d->ipiv, d->x, N);
        v = d->x[0];
        break;
    case RR_DET:
        memcpy(d->a, d->a0, n * n * sizeof *d->a);
        LAPACKE_dgetrf(LAPACK_COL_MAJOR, N, N, d->a, N, d->ipiv);
        v = 1;
        for (size_t i = 0; i < n; i++)
            v *= d->ipiv[i] == (lapack_int)(i + 1) ? d->a[i + i * n] : -d->a[i + i * n];
        break;
    case RR_INV:
        memcpy(d->a, d->a0, n * n * sizeof *d->a);
        LAPACKE_dgetrf(LAPACK_COL_MAJOR, N, N, d->a, N, d->ipiv);
        LAPACKE_dgetri(LAPACK_COL_MAJOR, N, d->a, N, d->ipiv);
        v = d->a[0];
        break;
    case RR_MUL:
        cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, N, N, N, 1.0, d->a0, N, d->a0, N,
                    0.0, d->c, N);
        v = d->c[0];
        break;
    case RR_EIG_SYM:
        memcpy(d->a, d->s0, n * n * sizeof *d->a);
        LAPACKE_dsyevd(LAPACK_COL_MAJOR, 'V', 'L', N, d->a, N, d->w);
        v = fabs(d->w[0]) > fabs(d->w[n - 1]) ? fabs(d->w[0]) : fabs(d->w[n - 1]);
        break;
    case RR_EIG_GEN:
        memcpy(d->a, d->a0, n * n * sizeof *d->a);
        LAPACKE_dgeev(LAPACK_COL_MAJOR, 'N', 'V', N, d->a, N, d->w, d->wi, NULL, 1, d->v, N);
        for (size_t i = 0; i < n; i++)
            v = hypot(d->w[i], d->wi[i]) > v ? hypot(d->w[i], d->wi[i]) : v;
        break;
    case RR_SVD:
        memcpy(d->a, d->a0, n * n * sizeof *d->a);
        LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'A', N, N, d->a, N, d->w, d->u, N, d->v, N);
        v = d->w[0];
        break;
    case RR_LSTSQ: {
        lapack_int rank;
        memcpy(d->t, d->t0, 2 * n * n * sizeof *d->t);
        memcpy(d->tx, d->tb0, 2 * n * sizeof *d->tx);
        LAPACKE_dgelsd(LAPACK_COL_MAJOR, 2 * N, N, 1, d->t, 2 * N, d->tx, 2 * N, d->w,
                       2.0 * (double)n * DBL_EPSILON, &rank);
        v = d->tx[0];
        break;
    }
    case RR_RANK:
        memcpy(d->a, d->l0, n * n * sizeof *d->a);
        LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'N', N, N, d->a, N, d->w, NULL, 1, NULL, 1);
        v = (double)count_rank(d->w, n, n);
        break;
    case RR_NULL:
        memcpy(d->a, d->l0, n * n * sizeof *d->a);
        LAPACKE_dgesdd(LAPACK_COL_MAJOR, 'S', N, N, d->a, N, d->w, d->u, N, d->v, N);
        v = (double)(n - count_rank(d->w, n, n));
        break;
    case RR_OPS:
        break;
    }
    sink += v;
    if (c->base.check)
        digest_double(&c->base, v);
}

/* Zeroed, from a 64-byte boundary as axle's RR entries are: calloc starts a block as large as a
 * 256 x 256 matrix 16 bytes off one, where OpenBLAS's dgetrf + dgetri take 9-10% longer (1.65
 * against 1.51 ms, one thread), and the raw contender would lose that to the allocator, not to
 * the wrapper. */
static double *alloc_doubles(size_t k)
{
    size_t bytes = ((k ? k : 1) * sizeof(double) + 63) / 64 * 64;
    double *p = aligned_alloc(64, bytes);
    if (!p) {
        fprintf(stderr, "axle-bench: out of memory\n");
        exit(1);
    }
    memset(p, 0, bytes);
    return p;
}

static axle_matrix *rr_matrix(const double *colmajor, size_t m, size_t n)
{
    axle_matrix *M = NULL;
    if (axle_matrix_new(&M, AXLE_RR, m, n))
        bench_fail("axle_matrix_new");
    size_t ld;
    double *p = axle_matrix_rr_data(M, &ld);
    for (size_t j = 0; j < n; j++)
        memcpy(p + j * ld, colmajor + j * m, m * sizeof *p);
    return M;
}

static void uniform(double *p, size_t k, double c)
{
    for (size_t i = 0; i < k; i++)
        p[i] = c * ((double)(bench_rng() >> 11) * 0x1p-52 - 1.0);
}

static void rr_data_init(rr_data *d, size_t n)
{
    size_t h = n / 2 ? n / 2 : 1;
    double c = sqrt(3.0 * exp(1.0) / (double)n);
    d->n = n;
    d->a0 = alloc_doubles(n * n);
    d->s0 = alloc_doubles(n * n);
    d->l0 = alloc_doubles(n * n);
    d->b0 = alloc_doubles(n);
    uniform(d->a0, n * n, c);
    uniform(d->b0, n, 1.0);
    for (size_t j = 0; j < n; j++)
        for (size_t i = 0; i < n; i++)
            d->s0[i + j * n] = 0.5 * (d->a0[i + j * n] + d->a0[j + i * n]);
    double *f = alloc_doubles(n * h), *g = alloc_doubles(h * n);
    uniform(f, n * h, c);
    uniform(g, h * n, c);
    cblas_dgemm(CblasColMajor, CblasNoTrans, CblasNoTrans, (int)n, (int)n, (int)h, 1.0, f, (int)n,
                g, (int)h, 0.0, d->l0, (int)n);
    free(f);
    free(g);
    d->t0 = alloc_doubles(2 * n * n);
    d->tb0 = alloc_doubles(2 * n);
    d->t = alloc_doubles(2 * n * n);
    d->tx = alloc_doubles(2 * n);
    uniform(d->t0, 2 * n * n, c);
    uniform(d->tb0, 2 * n, 1.0);
    d->T = rr_matrix(d->t0, 2 * n, n);
    d->tb = rr_matrix(d->tb0, 2 * n, 1);
    d->A = rr_matrix(d->a0, n, n);
    d->S = rr_matrix(d->s0, n, n);
    d->L = rr_matrix(d->l0, n, n);
    d->b = rr_matrix(d->b0, n, 1);
    d->a = alloc_doubles(n * n);
    d->c = alloc_doubles(n * n);
    d->v = alloc_doubles(n * n);
    d->u = alloc_doubles(n * n);
    d->x = alloc_doubles(n);
    d->w = alloc_doubles(n);
    d->wi = alloc_doubles(n);
    d->ipiv = malloc(n * sizeof *d->ipiv);
    if (!d->ipiv)
        exit(1);
}

static void rr_data_free(rr_data *d)
{
    axle_matrix_free(d->A);
    axle_matrix_free(d->S);
    axle_matrix_free(d->L);
    axle_matrix_free(d->b);
    axle_matrix_free(d->T);
    axle_matrix_free(d->tb);
    double *bufs[] = {d->a0, d->s0, d->l0, d->b0, d->a,   d->x, d->c, d->w,
                      d->wi, d->v,  d->u,  d->t0, d->tb0, d->t, d->tx};
    for (size_t k = 0; k < sizeof bufs / sizeof *bufs; k++)
        free(bufs[k]);
    free(d->ipiv);
}

static const bench_group rr_group = {"rr",
                                     "RR: axle against raw LAPACKE on the same buffer",
                                     "axle / LAPACKE",
                                     2,
                                     {"axle", "LAPACKE"}};

void bench_rr(void)
{
    const size_t sizes[] = {8, 64, 256, 1024}, smoke[] = {8, 20};
    const size_t *ns = bench_opt.smoke ? smoke : sizes;
    size_t count = bench_opt.smoke ? 2 : bench_opt.quick ? 3 : 4;
    for (size_t k = 0; k < count; k++) {
        bool any = false;
        for (int op = 0; op < RR_OPS; op++)
            any |= bench_selected(&rr_group, rr_name[op]);
        if (!any)
            return;
        rr_data d;
        rr_data_init(&d, ns[k]);
        for (int op = 0; op < RR_OPS; op++) {
            if (!bench_selected(&rr_group, rr_name[op]))
                continue;
            rr_ctx mine = {.op = (rr_op)op, .d = &d}, raw = {.op = (rr_op)op, .d = &d};
            bench_call calls[2] = {{rr_axle, &mine.base, BENCH_RUN},
                                   {rr_raw, &raw.base, BENCH_RUN}};
            bench_case(&rr_group, rr_name[op], "uniform", ns[k], calls);
        }
        rr_data_free(&d);
    }
    if (sink == 0.125)
        printf("%g\n", sink);
}
