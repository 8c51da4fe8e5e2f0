/* axle-bench, the benchmark suite: what the workload files (rr.c, qq.c, peer_*.c) share with the
 * driver (suite.c) and the writers of the results (report.c). */
#ifndef AXLE_BENCH_SUITE_H
#define AXLE_BENCH_SUITE_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>

#include "common.h"

#define BENCH_MAX_CONTENDERS 4

/* The first member of every contender's context: when check is set, the call writes a digest of
 * its result (a short string two correct contenders agree on) into digest. */
typedef struct bench_ctx {
    bool check;
    char *digest;
    char *error; /* set while checking when the call refused or failed (bench_refused) */
} bench_ctx;

/* An axle call refused its input: while checking, records "what: the message" in c->error (the
 * row then shows the contender as refused, and the reading quotes the message); while timing
 * (the same input was accepted before) it is fatal. */
void bench_refused(bench_ctx *c, const char *what);

/* Replaces c->digest by the printf-style (GMP's gmp_vasprintf: %Qd, %Zd allowed) string. */
void bench_digest(bench_ctx *c, const char *fmt, ...);

/* A contender's state in one row. */
typedef enum {
    BENCH_RUN,     /* measured */
    BENCH_ABSENT,  /* the peer was not found at configure time */
    BENCH_NONE,    /* the peer has no such operation */
    BENCH_SKIPPED, /* over the time budget: the previous size predicts too long a call */
    BENCH_REFUSED, /* the call returned an error status (its message in the reading) */
} bench_state;

/* One contender of a row: its name (column), one call of it on ctx, its state. */
typedef struct bench_call {
    void (*run)(void *);
    bench_ctx *ctx;
    bench_state state;
} bench_call;

/* A group of rows sharing contenders (one table): "RR", "QQ", ... */
typedef struct bench_group {
    const char *key;   /* file names and CSV: "rr", "qq", ... */
    const char *title; /* the table's heading */
    const char *ratio; /* what ratio the table shows, in words */
    int count;         /* contenders, [0] the one the ratios divide */
    const char *names[BENCH_MAX_CONTENDERS];
} bench_group;

/* One measured row. */
typedef struct bench_row {
    const bench_group *group;
    char op[40], input[32];
    size_t n;
    bench_state state[BENCH_MAX_CONTENDERS];
    bench_stats st[BENCH_MAX_CONTENDERS];
    char note[160]; /* the first refusal's message */
} bench_row;

/* The options of the run. */
typedef struct bench_options {
    bool quick, smoke;
    const char *only; /* run only rows whose "group op" contains this (NULL: all) */
    bench_plan plan;
    double call_cap; /* seconds: a contender predicted slower than this per call is skipped */
} bench_options;

extern bench_options bench_opt;

/* Whether a row of this group and operation is selected by --only. */
bool bench_selected(const bench_group *g, const char *op);

/* Checks that the contenders that run agree (each called once with check set: digests compared
 * as numbers to a relative 1e-6 when both read as numbers, else as strings; exit 1 on
 * disagreement), then measures them and records the row. calls has g->count entries. */
void bench_case(const bench_group *g, const char *op, const char *input, size_t n,
                bench_call *calls);

/* The recorded rows. */
extern bench_row *bench_rows;
extern size_t bench_nrows;

/* The workloads. */
void bench_rr(void);
void bench_qq(void);

/* What the peers compiled in are, for the report: "FLINT 2.9.0", or NULL when absent;
 * bench_qq_peer_version for the exact peers (qq.c). */
const char *bench_peer_version(const char *peer);
const char *bench_qq_peer_version(const char *peer);

/* The output (report.c): dir/results.md, dir/results.csv, dir/<group>-<op>.svg; with docs, the
 * generated page at docs and its plots in the directory docs_svg (relative name svg_rel). */
typedef struct bench_run_info {
    const char *date, *source, *cpu, *versions, *threads, *seed, *mode;
    int cores;
    double load_min, load_max, load_start, load_end, seconds, cpu_seconds;
} bench_run_info;
int bench_write(const char *dir, const char *docs, const char *docs_svg, const char *svg_rel,
                const bench_run_info *info);

void bench_fail(const char *what);

/* t seconds with three significant digits and a unit ("812 ns", "3.64 µs", "1.25 s"); with lo and
 * hi their range in the same unit after it ("3.64 µs (3.5–4.1)"). Returns buf. */
const char *bench_fmt_time(char *buf, size_t len, double t, const double *lo, const double *hi);

#endif
