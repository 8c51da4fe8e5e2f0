/* qq-elim: axle's QQ elimination kernels against FLINT (issue 12's table), CPU time of this
 * process, axle and FLINT interleaved on the same seeded inputs (entries in [-10, 10]), medians.
 * Run one kernel per process for stable numbers (the heap state left by one kernel slows the
 * next one's many small allocations) and with OPENBLAS_NUM_THREADS=1.
 *
 * Usage: qq-elim n repeats [kernel...]   kernels: 0 rank, 1 rank of a half-rank product,
 *   2 null space of n x (n + 1), 3 rref of n x (n + 1) (FLINT: fmpq_mat_rref), 4 rref of the
 *   half-rank product, 5 solve (fmpz_mat_solve), 6 inverse (fmpz_mat_inv), 7 product. */
#include <axle.h>
#include <flint/fmpq_mat.h>
#include <flint/fmpz_mat.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double cpu(void)
{
    struct timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

static unsigned long long state = 12345;
static long entry(void)
{
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (long)((state >> 33) % 21) - 10;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    return n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2;
}

typedef struct {
    axle_matrix *A;
    fmpz_mat_t F;
    fmpq_mat_t Q;
} mat;

static void make(mat *m, size_t r, size_t c, long *v)
{
    if (axle_matrix_from_ints(&m->A, AXLE_QQ, r, c, v))
        exit(1);
    fmpz_mat_init(m->F, (slong)r, (slong)c);
    fmpq_mat_init(m->Q, (slong)r, (slong)c);
    for (size_t i = 0; i < r; i++)
        for (size_t j = 0; j < c; j++) {
            fmpz_set_si(fmpz_mat_entry(m->F, i, j), v[i * c + j]);
            fmpq_set_si(fmpq_mat_entry(m->Q, i, j), v[i * c + j], 1);
        }
    free(v);
}

static long *random_ints(size_t r, size_t c)
{
    long *v = malloc(r * c * sizeof *v);
    if (!v)
        exit(1);
    for (size_t k = 0; k < r * c; k++)
        v[k] = entry();
    return v;
}

/* F G with F n x k and G k x n random: rank k (with high probability). */
static long *low_rank(size_t n, size_t k)
{
    long *a = random_ints(n, k), *b = random_ints(k, n), *v = calloc(n * n, sizeof *v);
    if (!v)
        exit(1);
    for (size_t i = 0; i < n; i++)
        for (size_t t = 0; t < k; t++)
            for (size_t j = 0; j < n; j++)
                v[i * n + j] += a[i * k + t] * b[t * n + j];
    free(a);
    free(b);
    return v;
}

enum { K_RANK, K_RANKLOW, K_NULL, K_RREF, K_RREFLOW, K_SOLVE, K_INV, K_MUL, NK };
static const char *names[] = {"rank",       "rank (n/2)", "null n x n+1", "rref n x n+1",
                              "rref (n/2)", "solve",      "inverse",      "mul"};
static mat A, S, W, b;
static size_t n;

static void run_axle(int k)
{
    axle_matrix *X = NULL, *N = NULL;
    size_t r;
    axle_status s = AXLE_OK;
    switch (k) {
    case K_RANK:
        s = axle_matrix_rank(&r, A.A);
        break;
    case K_RANKLOW:
        s = axle_matrix_rank(&r, S.A);
        break;
    case K_NULL:
        s = axle_matrix_null(&X, W.A);
        break;
    case K_RREF:
        s = axle_matrix_rref(&X, NULL, NULL, W.A);
        break;
    case K_RREFLOW:
        s = axle_matrix_rref(&X, NULL, NULL, S.A);
        break;
    case K_SOLVE:
        s = axle_matrix_solve(&X, &N, A.A, b.A);
        break;
    case K_INV:
        s = axle_matrix_inverse(&X, A.A);
        break;
    default:
        s = axle_matrix_mul(&X, A.A, A.A);
        break;
    }
    if (s) {
        fprintf(stderr, "qq-elim: axle %s: %s\n", names[k], axle_error_message());
        exit(1);
    }
    axle_matrix_free(X);
    axle_matrix_free(N);
}

static void run_flint(int k)
{
    slong m = (slong)n;
    fmpz_t den;
    fmpz_mat_t X;
    fmpq_mat_t R;
    fmpz_init(den);
    switch (k) {
    case K_RANK:
        fmpz_mat_rank(A.F);
        break;
    case K_RANKLOW:
        fmpz_mat_rank(S.F);
        break;
    case K_NULL:
        fmpz_mat_init(X, m + 1, m + 1);
        fmpz_mat_nullspace(X, W.F);
        fmpz_mat_clear(X);
        break;
    case K_RREF:
        fmpq_mat_init(R, m, m + 1);
        fmpq_mat_rref(R, W.Q);
        fmpq_mat_clear(R);
        break;
    case K_RREFLOW:
        fmpq_mat_init(R, m, m);
        fmpq_mat_rref(R, S.Q);
        fmpq_mat_clear(R);
        break;
    case K_SOLVE:
        fmpz_mat_init(X, m, 1);
        fmpz_mat_solve(X, den, A.F, b.F);
        fmpz_mat_clear(X);
        break;
    case K_INV:
        fmpz_mat_init(X, m, m);
        fmpz_mat_inv(X, den, A.F);
        fmpz_mat_clear(X);
        break;
    default:
        fmpz_mat_init(X, m, m);
        fmpz_mat_mul(X, A.F, A.F);
        fmpz_mat_clear(X);
        break;
    }
    fmpz_clear(den);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: qq-elim n repeats [kernel...]\n");
        return 2;
    }
    n = strtoul(argv[1], NULL, 10);
    int reps = atoi(argv[2]), use[NK] = {0};
    if (n < 2 || reps < 1 || reps > 64) {
        fprintf(stderr, "qq-elim: n >= 2 and 1 <= repeats <= 64\n");
        return 2;
    }
    for (int k = 0; k < NK; k++)
        use[k] = argc == 3;
    for (int i = 3; i < argc; i++)
        if (atoi(argv[i]) >= 0 && atoi(argv[i]) < NK)
            use[atoi(argv[i])] = 1;
    make(&A, n, n, random_ints(n, n));
    make(&S, n, n, low_rank(n, n / 2));
    make(&W, n, n + 1, random_ints(n, n + 1));
    make(&b, n, 1, random_ints(n, 1));
    double ta[NK][64], tf[NK][64];
    for (int r = 0; r < reps; r++)
        for (int k = 0; k < NK; k++) {
            if (!use[k])
                continue;
            double t = cpu();
            run_axle(k);
            ta[k][r] = cpu() - t;
            t = cpu();
            run_flint(k);
            tf[k][r] = cpu() - t;
        }
    for (int k = 0; k < NK; k++) {
        if (!use[k])
            continue;
        double a = median(ta[k], reps), f = median(tf[k], reps);
        printf("%-13s n=%-4zu axle %10.4f s  flint %10.4f s  ratio %6.2f\n", names[k], n, a, f,
               a / f);
    }
    return 0;
}
