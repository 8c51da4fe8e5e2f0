#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

uint64_t bench_rng_state = 12345;

uint64_t bench_rng(void)
{
    uint64_t z = (bench_rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

double bench_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

double bench_cpu_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

void bench_interleaved(void (*a)(void *), void (*b)(void *), void *ctx, int samples, double *a_med,
                       double *b_med)
{
    int calls = 0;
    double t0 = bench_cpu_now();
    while (bench_cpu_now() - t0 < 2e-3 || calls < 1) {
        b(ctx);
        calls++;
    }
    a(ctx);
    double *ta = malloc((size_t)samples * sizeof *ta), *tb = malloc((size_t)samples * sizeof *tb);
    if (!ta || !tb)
        exit(1);
    for (int s = 0; s < samples; s++)
        for (int half = 0; half < 2; half++) {
            int a_turn = (half == 0) == (s % 2 == 0);
            double t1 = bench_cpu_now();
            for (int c = 0; c < calls; c++)
                (a_turn ? a : b)(ctx);
            (a_turn ? ta : tb)[s] = (bench_cpu_now() - t1) / calls;
        }
    *a_med = bench_median(ta, samples);
    *b_med = bench_median(tb, samples);
    free(ta);
    free(tb);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

double bench_median(double *t, int n)
{
    qsort(t, (size_t)n, sizeof *t, cmp_double);
    return n % 2 ? t[n / 2] : 0.5 * (t[n / 2 - 1] + t[n / 2]);
}

int bench_options(int argc, char **argv, const char *prog, int *quick, int *repeat)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0)
            *quick = 1;
        else if (strcmp(argv[i], "--repeat") == 0 && i + 1 < argc)
            *repeat = atoi(argv[++i]);
        else if (strcmp(argv[i], "--seed") == 0 && i + 1 < argc)
            bench_rng_state = strtoull(argv[++i], NULL, 10);
        else {
            fprintf(stderr, "usage: %s [--quick] [--repeat N] [--seed S]\n", prog);
            return 0;
        }
    }
    if (*repeat < 1 || *quick)
        *repeat = 1;
    return 1;
}
