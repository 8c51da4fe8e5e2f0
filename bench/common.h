/* Shared by the benchmark programs: a reproducible generator, a monotonic clock, medians. */
#ifndef AXLE_BENCH_COMMON_H
#define AXLE_BENCH_COMMON_H

#include <stdint.h>

/* The state of bench_rng (set it from --seed). */
extern uint64_t bench_rng_state;

/* The next value of a splitmix64 sequence. */
uint64_t bench_rng(void);

/* Seconds on a monotonic clock. */
double bench_now(void);

/* Seconds of CPU time used by the process. */
double bench_cpu_now(void);

/* Two workloads timed against each other: `samples` samples, each a batch of calls of a(ctx) and a
 * batch of b(ctx) in CPU time, the order alternating between samples, a batch as many calls as
 * b takes about 2 ms for. *a_med, *b_med: the medians per call. Both run once first (warm-up). */
void bench_interleaved(void (*a)(void *), void (*b)(void *), void *ctx, int samples, double *a_med,
                       double *b_med);

/* The median of t[0..n-1] (sorts t). */
double bench_median(double *t, int n);

/* Read [--quick] [--repeat N] [--seed S] into *quick, *repeat (at least 1; 1 with --quick) and
 * bench_rng_state. False, after a usage line naming prog on stderr, for anything else. */
int bench_options(int argc, char **argv, const char *prog, int *quick, int *repeat);

#endif
