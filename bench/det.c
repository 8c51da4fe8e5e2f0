/* axle-bench-det: the QQ determinant against FLINT's fmpz_mat_det (issue 12's table).
 *
 * Random n x n integer matrices with entries in [-10, 10] (n = 50, 100, 200, 400), the two
 * libraries called alternately on the same matrix, CPU time of this process (set
 * OPENBLAS_NUM_THREADS=1 for one BLAS thread), median of --repeat runs; the results are compared.
 * Prints a table and the exponent fitted to the times from n = 100 to 400.
 *
 * Usage: axle-bench-det [--quick] [--repeat N] [--seed S] */
#include <axle.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "common.h"

#ifdef AXLE_BENCH_FLINT
#include <flint/fmpz_mat.h>
#endif

static double cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    int quick = 0, repeat = 5;
    if (!bench_options(argc, argv, "axle-bench-det", &quick, &repeat))
        return 2;
    const char *threads = getenv("OPENBLAS_NUM_THREADS");
    printf("axle-bench-det %s: CPU time, median of %d alternating runs, entries in [-10, 10], "
           "OPENBLAS_NUM_THREADS=%s\n\n",
           AXLE_VERSION_STRING, repeat, threads ? threads : "(unset)");
    printf(
        "|    n |  axle (ms) | FLINT (ms) | ratio |\n|------|------------|------------|-------|\n");
    const size_t sizes[] = {50, 100, 200, 400};
    size_t ns = quick ? 2 : 4;
    double ta[4] = {0}, tf[4] = {0};
    double *t1 = malloc((size_t)repeat * sizeof *t1), *t2 = malloc((size_t)repeat * sizeof *t2);
    mpq_t q;
    mpq_init(q);
    for (size_t s = 0; s < ns; s++) {
        size_t n = sizes[s];
        long *v = malloc(n * n * sizeof *v);
        for (size_t k = 0; k < n * n; k++)
            v[k] = (long)(bench_rng() % 21) - 10;
        axle_matrix *A = NULL;
        if (!t1 || !t2 || !v || axle_matrix_from_ints(&A, AXLE_QQ, n, n, v)) {
            fprintf(stderr, "axle-bench-det: cannot build a %zux%zu matrix\n", n, n);
            return 1;
        }
#ifdef AXLE_BENCH_FLINT
        fmpz_mat_t F;
        fmpz_t fd;
        fmpz_init(fd);
        fmpz_mat_init(F, (slong)n, (slong)n);
        for (size_t i = 0; i < n; i++)
            for (size_t j = 0; j < n; j++)
                fmpz_set_si(fmpz_mat_entry(F, i, j), v[i * n + j]);
#endif
        for (int r = 0; r < repeat; r++) {
            axle_scalar *d = NULL;
            double t0 = cpu_now();
            if (axle_matrix_det(&d, A)) {
                fprintf(stderr, "axle-bench-det: %s\n", axle_error_message());
                return 1;
            }
            t1[r] = cpu_now() - t0;
            axle_scalar_get_mpq(q, d);
            axle_scalar_free(d);
            t2[r] = 0;
#ifdef AXLE_BENCH_FLINT
            t0 = cpu_now();
            fmpz_mat_det(fd, F);
            t2[r] = cpu_now() - t0;
            mpz_t z;
            mpz_init(z);
            fmpz_get_mpz(z, fd);
            if (mpz_cmp(z, mpq_numref(q)) != 0 || mpz_cmp_ui(mpq_denref(q), 1) != 0) {
                fprintf(stderr, "axle-bench-det: n = %zu: axle and FLINT disagree\n", n);
                return 1;
            }
            mpz_clear(z);
#endif
        }
        ta[s] = bench_median(t1, repeat);
        tf[s] = bench_median(t2, repeat);
        if (tf[s] > 0)
            printf("| %4zu | %10.2f | %10.2f | %5.2f |\n", n, 1e3 * ta[s], 1e3 * tf[s],
                   ta[s] / tf[s]);
        else
            printf("| %4zu | %10.2f | %10s | %5s |\n", n, 1e3 * ta[s], "-", "-");
#ifdef AXLE_BENCH_FLINT
        fmpz_mat_clear(F);
        fmpz_clear(fd);
#endif
        axle_matrix_free(A);
        free(v);
    }
    if (ns == 4) {
        printf("\nexponent from n = 100 to 400: axle %.2f", log(ta[3] / ta[1]) / log(4.0));
        if (tf[1] > 0)
            printf(", FLINT %.2f", log(tf[3] / tf[1]) / log(4.0));
        printf("\n");
    }
    mpq_clear(q);
    free(t1);
    free(t2);
    return 0;
}
