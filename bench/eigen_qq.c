/* qq-eigen: axle's exact eigenvalues against Calcium (issue 10's target, issue 13's method) and
 * axle's characteristic polynomial against FLINT.
 *
 * Seeded random n x n integer matrices with entries in [-10, 10]. Rows:
 *   eigen          axle_matrix_eigen over QQ (the full spectrum: charpoly, factorization, roots,
 *                  Jordan structure, exact eigenvectors) against qqbar_eigenvalues_fmpq_mat
 *                  (Calcium: the eigenvalues only), n = 10, 20, 40, 60;
 *   charpoly+roots the eigenvalues only: axle_matrix_charpoly then axle_poly_roots, against
 *                  qqbar_eigenvalues_fmpq_mat, same n;
 *   charpoly       axle_matrix_charpoly against fmpz_mat_charpoly (FLINT), n = 100, 200.
 * Each side gets the same matrix, converted once outside the timing. The two contenders run in
 * interleaved batches (bench_interleaved), CPU time of this process, medians; run with
 * OPENBLAS_NUM_THREADS=1. Results are checked: the same number of distinct eigenvalues with
 * multiplicities adding up to n, the same characteristic polynomial; a mismatch is an error
 * (exit 1), never a row. A peer that is not installed is reported absent.
 *
 * Usage: qq-eigen [--quick] [--repeat N] [--seed S]   (--repeat: samples per row, default 5;
 * --quick: n = 10, 20 and 100 only, one sample) */
#include <axle.h>
#include <stdio.h>
#include <stdlib.h>

#include "common.h"

#ifdef AXLE_BENCH_FLINT
#include <flint/fmpq_mat.h>
#include <flint/fmpz_mat.h>
#include <flint/fmpz_poly.h>
#endif
#ifdef AXLE_BENCH_CALCIUM
#include <calcium/qqbar.h>
#endif

typedef struct workload {
    size_t n;
    axle_matrix *A;
#ifdef AXLE_BENCH_FLINT
    fmpz_mat_t Z;
    fmpz_poly_t chi;
#endif
#ifdef AXLE_BENCH_CALCIUM
    fmpq_mat_t Q;
    qqbar_ptr eig;
#endif
} workload;

static void fail(const char *what, size_t n)
{
    fprintf(stderr, "qq-eigen: n = %zu: %s: %s\n", n, what, axle_error_message());
    exit(1);
}

static void run_eigen(void *p)
{
    workload *w = p;
    axle_eigen *E = NULL;
    if (axle_matrix_eigen(&E, w->A))
        fail("axle_matrix_eigen", w->n);
    axle_eigen_unref(E);
}

static void run_charpoly_roots(void *p)
{
    workload *w = p;
    axle_poly *chi = NULL;
    axle_roots *r = NULL;
    if (axle_matrix_charpoly(&chi, w->A))
        fail("axle_matrix_charpoly", w->n);
    if (axle_poly_roots(&r, chi))
        fail("axle_poly_roots", w->n);
    axle_roots_free(r);
    axle_poly_free(chi);
}

static void run_charpoly(void *p)
{
    workload *w = p;
    axle_poly *chi = NULL;
    if (axle_matrix_charpoly(&chi, w->A))
        fail("axle_matrix_charpoly", w->n);
    axle_poly_free(chi);
}

#ifdef AXLE_BENCH_CALCIUM
static void run_calcium(void *p)
{
    workload *w = p;
    qqbar_eigenvalues_fmpq_mat(w->eig, w->Q, 0);
}
#endif

#ifdef AXLE_BENCH_FLINT
static void run_flint_charpoly(void *p)
{
    workload *w = p;
    fmpz_mat_charpoly(w->chi, w->Z);
}

/* Error unless chi (axle's) equals FLINT's w->chi coefficient by coefficient. */
static void check_charpoly(const axle_poly *chi, workload *w)
{
    mpq_t a;
    mpz_t b;
    mpq_init(a);
    mpz_init(b);
    int same = axle_poly_degree(chi) == (long)fmpz_poly_degree(w->chi);
    for (size_t k = 0; same && k <= w->n; k++) {
        axle_poly_coeff_mpq(a, chi, k);
        fmpz_poly_get_coeff_mpz(b, w->chi, (slong)k);
        same = mpz_cmp_ui(mpq_denref(a), 1) == 0 && mpz_cmp(mpq_numref(a), b) == 0;
    }
    mpq_clear(a);
    mpz_clear(b);
    if (!same) {
        fprintf(stderr, "qq-eigen: n = %zu: axle's and FLINT's characteristic polynomials differ\n",
                w->n);
        exit(1);
    }
}
#endif

static void workload_init(workload *w, size_t n)
{
    long *v = malloc(n * n * sizeof *v);
    if (!v) {
        fprintf(stderr, "qq-eigen: out of memory\n");
        exit(1);
    }
    for (size_t k = 0; k < n * n; k++)
        v[k] = (long)(bench_rng() % 21) - 10;
    w->n = n;
    w->A = NULL;
    if (axle_matrix_from_ints(&w->A, AXLE_QQ, n, n, v))
        fail("axle_matrix_from_ints", n);
#ifdef AXLE_BENCH_FLINT
    fmpz_mat_init(w->Z, (slong)n, (slong)n);
    fmpz_poly_init(w->chi);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            fmpz_set_si(fmpz_mat_entry(w->Z, i, j), v[i * n + j]);
#endif
#ifdef AXLE_BENCH_CALCIUM
    fmpq_mat_init(w->Q, (slong)n, (slong)n);
    fmpq_mat_set_fmpz_mat(w->Q, w->Z);
    w->eig = _qqbar_vec_init((slong)n);
#endif
    free(v);
}

static void workload_clear(workload *w)
{
    axle_matrix_free(w->A);
#ifdef AXLE_BENCH_FLINT
    fmpz_mat_clear(w->Z);
    fmpz_poly_clear(w->chi);
#endif
#ifdef AXLE_BENCH_CALCIUM
    fmpq_mat_clear(w->Q);
    _qqbar_vec_clear(w->eig, (slong)w->n);
#endif
}

#ifdef AXLE_BENCH_CALCIUM
/* The number of distinct values among Calcium's n eigenvalues (listed with repetition). */
static size_t calcium_distinct(const workload *w)
{
    size_t d = 0;
    for (size_t i = 0; i < w->n; i++) {
        size_t j = 0;
        while (j < i && !qqbar_equal(w->eig + j, w->eig + i))
            j++;
        d += j == i;
    }
    return d;
}
#endif

/* Runs both eigen rows for w, checking the answers against Calcium's first. */
static void eigen_rows(workload *w, int samples)
{
    axle_eigen *E = NULL;
    axle_poly *chi = NULL;
    axle_roots *r = NULL;
    if (axle_matrix_eigen(&E, w->A))
        fail("axle_matrix_eigen", w->n);
    if (axle_matrix_charpoly(&chi, w->A))
        fail("axle_matrix_charpoly", w->n);
    if (axle_poly_roots(&r, chi))
        fail("axle_poly_roots", w->n);
    size_t count = axle_eigen_count(E), total = 0;
    for (size_t k = 0; k < count; k++)
        total += axle_eigen_algebraic_multiplicity(E, k);
    if (count != axle_roots_count(r) || total != w->n) {
        fprintf(stderr,
                "qq-eigen: n = %zu: axle_matrix_eigen lists %zu eigenvalues (multiplicities %zu), "
                "axle_poly_roots %zu\n",
                w->n, count, total, axle_roots_count(r));
        exit(1);
    }
    double peer[2] = {0, 0}, mine[2];
#ifdef AXLE_BENCH_CALCIUM
    run_calcium(w);
    size_t cd = calcium_distinct(w);
    if (cd != count) {
        fprintf(stderr, "qq-eigen: n = %zu: axle finds %zu distinct eigenvalues, Calcium %zu\n",
                w->n, count, cd);
        exit(1);
    }
    run_flint_charpoly(w);
    check_charpoly(chi, w);
    bench_interleaved(run_eigen, run_calcium, w, samples, &mine[0], &peer[0]);
    bench_interleaved(run_charpoly_roots, run_calcium, w, samples, &mine[1], &peer[1]);
#else
    double t0 = bench_cpu_now();
    for (int s = 0; s < samples; s++)
        run_eigen(w);
    mine[0] = (bench_cpu_now() - t0) / samples;
    t0 = bench_cpu_now();
    for (int s = 0; s < samples; s++)
        run_charpoly_roots(w);
    mine[1] = (bench_cpu_now() - t0) / samples;
#endif
    const char *names[2] = {"eigen (full spectrum)", "charpoly + roots"};
    for (int k = 0; k < 2; k++)
        if (peer[k] > 0)
            printf("| %-21s | %4zu | %12.3f | %12.3f | %6.2f |\n", names[k], w->n, 1e3 * mine[k],
                   1e3 * peer[k], mine[k] / peer[k]);
        else
            printf("| %-21s | %4zu | %12.3f | %12s | %6s |\n", names[k], w->n, 1e3 * mine[k],
                   "absent", "-");
    fflush(stdout);
    axle_roots_free(r);
    axle_poly_free(chi);
    axle_eigen_unref(E);
}

static void charpoly_row(workload *w, int samples)
{
    double mine, peer = 0;
#ifdef AXLE_BENCH_FLINT
    axle_poly *chi = NULL;
    if (axle_matrix_charpoly(&chi, w->A))
        fail("axle_matrix_charpoly", w->n);
    run_flint_charpoly(w);
    check_charpoly(chi, w);
    axle_poly_free(chi);
    bench_interleaved(run_charpoly, run_flint_charpoly, w, samples, &mine, &peer);
    printf("| %-21s | %4zu | %12.3f | %12.3f | %6.2f |\n", "charpoly (FLINT)", w->n, 1e3 * mine,
           1e3 * peer, mine / peer);
#else
    double t0 = bench_cpu_now();
    for (int s = 0; s < samples; s++)
        run_charpoly(w);
    mine = (bench_cpu_now() - t0) / samples;
    printf("| %-21s | %4zu | %12.3f | %12s | %6s |\n", "charpoly (FLINT)", w->n, 1e3 * mine,
           "absent", "-");
    (void)peer;
#endif
    fflush(stdout);
}

int main(int argc, char **argv)
{
    int quick = 0, samples = 5;
    if (!bench_options(argc, argv, "qq-eigen", &quick, &samples))
        return 2;
    const char *threads = getenv("OPENBLAS_NUM_THREADS");
    printf("qq-eigen %s: CPU time per call, median of %d interleaved samples, entries in "
           "[-10, 10], seed %llu, OPENBLAS_NUM_THREADS=%s\n",
           AXLE_VERSION_STRING, samples, (unsigned long long)bench_rng_state,
           threads ? threads : "(unset)");
#ifdef AXLE_BENCH_CALCIUM
    printf("peer for the eigen rows: Calcium %s (qqbar_eigenvalues_fmpq_mat, eigenvalues only)\n",
           calcium_version());
#else
    printf("peer for the eigen rows: Calcium absent\n");
#endif
#ifdef AXLE_BENCH_FLINT
    printf("peer for the charpoly rows: FLINT %s (fmpz_mat_charpoly)\n\n", FLINT_VERSION);
#else
    printf("peer for the charpoly rows: FLINT absent\n\n");
#endif
    printf("| operation             |    n |    axle (ms) |    peer (ms) |  ratio |\n"
           "|-----------------------|------|--------------|--------------|--------|\n");
    const size_t eig_n[] = {10, 20, 40, 60}, cp_n[] = {100, 200};
    size_t ne = quick ? 2 : 4, nc = quick ? 1 : 2;
    for (size_t s = 0; s < ne; s++) {
        workload w;
        workload_init(&w, eig_n[s]);
        eigen_rows(&w, samples);
        workload_clear(&w);
    }
    for (size_t s = 0; s < nc; s++) {
        workload w;
        workload_init(&w, cp_n[s]);
        charpoly_row(&w, samples);
        workload_clear(&w);
    }
    return 0;
}
