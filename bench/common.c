#define _POSIX_C_SOURCE 200809L
#include "common.h"

#include <stdbool.h>
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

/* One call of run(ctx) in a forked child: its CPU and wall time and the resident memory it adds
 * at its peak (KiB: the child's peak resident set size, getrusage, after the call against its size
 * before it). False, with *peak_kib = -1, when the child could not report. */
static bool probe(void (*run)(void *), void *ctx, double *cpu, double *wall, long *peak_kib)
{
    *peak_kib = -1;
    int fd[2];
    if (pipe(fd) != 0)
        return false;
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        return false;
    }
    if (pid == 0) {
        close(fd[0]);
        long before = max_rss_kib();
        double c0 = bench_cpu_now(), w0 = bench_now();
        run(ctx);
        double r[3] = {bench_cpu_now() - c0, bench_now() - w0, 0};
        r[2] = (double)(max_rss_kib() - before);
        ssize_t w = write(fd[1], r, sizeof r);
        _exit(w == (ssize_t)sizeof r ? 0 : 1);
    }
    close(fd[1]);
    double r[3];
    bool ok = read(fd[0], r, sizeof r) == (ssize_t)sizeof r;
    close(fd[0]);
    int status;
    waitpid(pid, &status, 0);
    ok = ok && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (ok) {
        *cpu = r[0];
        *wall = r[1];
        *peak_kib = (long)r[2];
    }
    return ok;
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
    /* First each contender's call in a forked child: its peak memory, and its time. */
    double slowest = 0, fastest = 1e300;
    bool probed = true;
    for (int i = 0; i < k; i++) {
        cpu[i * cap] = wall[i * cap] = 0;
        probed &= probe(run[i], ctx[i], cpu + i * cap, wall + i * cap, &out[i].peak_kib);
        out[i].batch = 1;
        slowest = cpu[i * cap] > slowest ? cpu[i * cap] : slowest;
        fastest = cpu[i * cap] < fastest ? cpu[i * cap] : fastest;
    }
    /* Calls of half a second and more: cache and allocator warm-up are noise against them, so
     * these calls (made in turn, A B C) are the first sample. Otherwise a warm-up call in this
     * process, and batches for calls below 1 ms. */
    int s = probed && fastest >= BENCH_WARM ? 1 : 0;
    for (int i = 0; i < k && !s; i++) {
        double t0 = bench_cpu_now();
        run[i](ctx[i]);
        double t = bench_cpu_now() - t0;
        long calls = 1;
        while (t < BENCH_BATCH) { /* how many calls fill a batch */
            run[i](ctx[i]);
            calls++;
            t = bench_cpu_now() - t0;
        }
        out[i].batch = calls;
        slowest = i == 0 || t > slowest ? t : slowest;
    }
    int want = plan->min_samples < cap ? plan->min_samples : cap;
    if (want > 1 && slowest * want * k > plan->budget)
        want = (int)(plan->budget / (slowest * k)) > 1 ? (int)(plan->budget / (slowest * k)) : 1;
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
    }
    free(cpu);
    free(wall);
    free(spent);
}
