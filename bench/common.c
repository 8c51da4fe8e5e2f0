#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

uint64_t bench_rng_state = 12345;

uint64_t bench_rng(void)
{
    uint64_t z = (bench_rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

long bench_rng_range(long lo, long hi)
{
    return lo + (long)(bench_rng() % (uint64_t)(hi - lo + 1));
}

static double seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

double bench_now(void)
{
    return seconds(CLOCK_MONOTONIC);
}

double bench_cpu_now(void)
{
    return seconds(CLOCK_PROCESS_CPUTIME_ID);
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

static long max_rss_kib(void)
{
    struct rusage u;
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

long bench_peak_kib(void (*run)(void *), void *ctx)
{
    int fd[2];
    if (pipe(fd) != 0)
        return -1;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return -1;
    }
    if (pid == 0) {
        close(fd[0]);
        long before = max_rss_kib();
        run(ctx);
        long delta = max_rss_kib() - before;
        ssize_t w = write(fd[1], &delta, sizeof delta);
        _exit(w == (ssize_t)sizeof delta ? 0 : 1);
    }
    close(fd[1]);
    long delta = -1;
    if (read(fd[0], &delta, sizeof delta) != (ssize_t)sizeof delta)
        delta = -1;
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? delta : -1;
}

#define BENCH_BATCH 1e-3 /* calls shorter than this run in batches this long */
#define BENCH_WARM 0.5   /* first calls this long count as a sample */

/* Whether the samples taken are enough: some contender has spent min_time (the others then
 * have as many samples, each a batch of at least 1 ms). */
static int enough(const double *spent, int k, double min_time)
{
    for (int i = 0; i < k; i++)
        if (spent[i] >= min_time)
            return 1;
    return 0;
}

void bench_measure(int k, void (*const run[])(void *), void *const ctx[], const bench_plan *plan,
                   bench_stats *out)
{
    int cap = plan->max_samples > 0 ? plan->max_samples : 1;
    double *cpu = malloc((size_t)(k * cap) * sizeof *cpu);
    double *wall = malloc((size_t)(k * cap) * sizeof *wall);
    double *spent = calloc((size_t)k, sizeof *spent);
    if (!cpu || !wall || !spent) {
        fprintf(stderr, "axle-bench: out of memory\n");
        exit(1);
    }
    double slowest = 0, fastest = 1e300;
    for (int i = 0; i < k; i++) {
        double t0 = bench_cpu_now(), w0 = bench_now();
        run[i](ctx[i]);
        double t = bench_cpu_now() - t0;
        cpu[i * cap] = t; /* sample 0 when every first call is slow (see below) */
        wall[i * cap] = bench_now() - w0;
        long calls = 1;
        while (t < BENCH_BATCH) { /* how many calls fill a batch */
            run[i](ctx[i]);
            calls++;
            t = bench_cpu_now() - t0;
        }
        out[i].batch = calls;
        slowest = t > slowest ? t : slowest;
        fastest = t < fastest ? t : fastest;
    }
    int want = plan->min_samples < cap ? plan->min_samples : cap;
    if (want > 1 && slowest * want * k > plan->budget)
        want = (int)(plan->budget / (slowest * k)) > 1 ? (int)(plan->budget / (slowest * k)) : 1;
    /* Calls of half a second and more: cache and allocator warm-up are noise against them, so
     * the first calls (made in turn, A B C) are the first sample. */
    int s = fastest >= BENCH_WARM ? 1 : 0;
    for (int i = 0; s && i < k; i++)
        spent[i] = cpu[i * cap];
    while (s < want || s < 1 || !enough(spent, k, plan->min_time)) {
        if (s >= cap || (s >= want && want < plan->min_samples))
            break;
        for (int step = 0; step < k; step++) {
            int i = s % 2 ? k - 1 - step : step;
            double c0 = bench_cpu_now(), w0 = bench_now();
            for (long c = 0; c < out[i].batch; c++)
                run[i](ctx[i]);
            double c1 = bench_cpu_now(), w1 = bench_now();
            cpu[i * cap + s] = (c1 - c0) / (double)out[i].batch;
            wall[i * cap + s] = (w1 - w0) / (double)out[i].batch;
            spent[i] += c1 - c0;
        }
        s++;
    }
    for (int i = 0; i < k; i++) {
        double *c = cpu + i * cap, *w = wall + i * cap;
        out[i].samples = s;
        out[i].cpu_med = bench_median(c, s); /* sorts c */
        out[i].cpu_min = c[0];
        out[i].cpu_max = c[s - 1];
        out[i].wall_med = bench_median(w, s);
        out[i].peak_kib = bench_peak_kib(run[i], ctx[i]);
    }
    free(cpu);
    free(wall);
    free(spent);
}
