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

/* The median of t[0..n-1] (sorts t). */
double bench_median(double *t, int n);

#endif
