/* The suite's measuring engine: a reproducible generator, the clocks, and the timing of several
 * contenders against each other (interleaved, medians of repeats until a minimum time). */
#ifndef AXLE_BENCH_COMMON_H
#define AXLE_BENCH_COMMON_H

#include <stddef.h>
#include <stdint.h>

/* The state of bench_rng (set from --seed). */
extern uint64_t bench_rng_state;

/* The next value of a splitmix64 sequence. */
uint64_t bench_rng(void);

/* A uniform integer in [lo, hi]. */
long bench_rng_range(long lo, long hi);

/* Seconds on a monotonic clock; seconds of CPU time used by the process. */
double bench_now(void);
double bench_cpu_now(void);

/* The median of t[0..n-1] (sorts t). */
double bench_median(double *t, int n);

/* How long to measure: samples until some contender has spent min_time seconds of CPU time and
 * at least min_samples samples were taken, at most max_samples; fewer (at least one) when
 * min_samples samples of the slowest contender would take more than budget seconds in all. */
typedef struct bench_plan {
    double min_time;
    int min_samples, max_samples;
    double budget;
} bench_plan;

/* One contender's figures, seconds per call. */
typedef struct bench_stats {
    double cpu_med, cpu_min, cpu_max; /* CPU time of the process (CLOCK_PROCESS_CPUTIME_ID) */
    double wall_med;                  /* wall time (CLOCK_MONOTONIC) */
    int samples;                      /* samples taken */
    long batch;                       /* calls per sample (calls below 1 ms run in batches) */
    long peak_kib; /* resident memory one call adds at its peak (getrusage), -1 when unknown */
} bench_stats;

/* Times the k contenders run[i](ctx[i]) against each other. First one call each in a forked child
 * (peak memory: the resident memory the call adds, getrusage; these calls are the first sample
 * when every one took half a second or more), else one warm-up call each; then samples in which
 * every contender runs one batch in turn (A B C, then C B A: the order alternates, so drift
 * cancels in the ratios). A batch is one call, or for calls below 1 ms as many calls as take
 * 1 ms. out[i] gets contender i's figures. */
void bench_measure(int k, void (*const run[])(void *), void *const ctx[], const bench_plan *plan,
                   bench_stats *out);

#endif
