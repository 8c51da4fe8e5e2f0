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

/* Read [--quick] [--repeat N] [--seed S] into *quick, *repeat (at least 1; 1 with --quick) and
 * bench_rng_state. False, after a usage line naming prog on stderr, for anything else. */
int bench_options(int argc, char **argv, const char *prog, int *quick, int *repeat);

#endif
