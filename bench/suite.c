/* axle-bench: the benchmark suite. axle against raw LAPACKE (always), FLINT, Calcium and PARI (when
 * the build found them) on seeded inputs every contender gets identically; the contenders'
 * answers are compared before they are timed; each figure is the median of interleaved samples in
 * CPU time, with min, max, wall time and peak memory. Writes a markdown table, a CSV and log-log
 * SVG plots (one line per contender, fitted exponent) under --out, and with --docs the generated
 * docs/benchmarks.md.
 *
 * Usage: axle-bench [--quick | --smoke] [--only TEXT] [--seed S] [--min-time SECONDS]
 *                   [--samples N] [--out DIR] [--docs FILE --docs-svg DIR --svg-rel PATH]
 *   --quick     smaller sizes and shorter samples; --smoke tiny sizes, one sample (the test)
 *   --only      the rows whose "group operation" contains TEXT: "qq det", "rr", "eigen Jordan"
 *               (groups: rr, qq, eigen, cost) — with --samples and --min-time, a profiling run
 *   --seed      the inputs' seed (default 12345); --out the results' directory
 *   --docs      also write the page FILE, its plots into DIR, linked as PATH/name.svg
 *   --source    what was built, for the report ("commit 1a2b3c4", scripts/bench passes it) */
#define _GNU_SOURCE
#include "suite.h"

#include <axle.h>
#include <cblas.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

bench_options bench_opt;
bench_row *bench_rows;
size_t bench_nrows;
static size_t rows_cap;
static double load_min = 1e9, load_max = 0;

void bench_fail(const char *what)
{
    fprintf(stderr, "axle-bench: %s: %s\n", what, axle_error_message());
    exit(1);
}

void bench_digest(bench_ctx *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (gmp_vasprintf(&s, fmt, ap) < 0) {
        fprintf(stderr, "axle-bench: out of memory\n");
        exit(1);
    }
    va_end(ap);
    free(c->digest);
    c->digest = s;
}

void bench_refused(bench_ctx *c, const char *what)
{
    if (!c->check)
        bench_fail(what);
    free(c->error);
    size_t len = strlen(what) + strlen(axle_error_message()) + 3;
    c->error = malloc(len);
    if (!c->error)
        exit(1);
    snprintf(c->error, len, "%s: %s", what, axle_error_message());
}

bool bench_selected(const bench_group *g, const char *op)
{
    if (!bench_opt.only)
        return true;
    char key[96];
    snprintf(key, sizeof key, "%s %s", g->key, op);
    return strstr(key, bench_opt.only) != NULL;
}

/* The array a of n elements of `size` bytes (capacity *cap), grown to hold one more; the new
 * element a[n] zeroed. */
static void *grow(void *a, size_t n, size_t *cap, size_t size)
{
    if (n == *cap) {
        *cap = *cap ? 2 * *cap : 64;
        a = realloc(a, *cap * size);
        if (!a) {
            fprintf(stderr, "axle-bench: out of memory\n");
            exit(1);
        }
    }
    memset((char *)a + n * size, 0, size);
    return a;
}

static double load_now(void)
{
    double l = -1;
    FILE *f = fopen("/proc/loadavg", "r");
    if (f) {
        if (fscanf(f, "%lf", &l) != 1)
            l = -1;
        fclose(f);
    }
    return l;
}

static void note_load(void)
{
    double l = load_now();
    if (l < 0)
        return;
    load_min = l < load_min ? l : load_min;
    load_max = l > load_max ? l : load_max;
}

/* Two digests agree: equal strings, or numbers within a relative 1e-6 (RR results). */
static bool agree(const char *a, const char *b)
{
    if (strcmp(a, b) == 0)
        return true;
    char *ea, *eb;
    double x = strtod(a, &ea), y = strtod(b, &eb);
    if (*ea || *eb || ea == a || eb == b)
        return false;
    double m = fabs(x) > fabs(y) ? fabs(x) : fabs(y);
    return fabs(x - y) <= 1e-6 * (m > 1 ? m : 1);
}

/* The time of a contender's previous size, to skip sizes that would exceed the budget. */
typedef struct past {
    const bench_group *g;
    char op[40], input[32];
    int who;
    size_t n[2];
    double t[2];
} past;
static past *pasts;
static size_t npasts, pasts_cap;

static past *past_of(const bench_group *g, const char *op, const char *input, int who)
{
    for (size_t k = 0; k < npasts; k++)
        if (pasts[k].g == g && pasts[k].who == who && !strcmp(pasts[k].op, op) &&
            !strcmp(pasts[k].input, input))
            return pasts + k;
    pasts = grow(pasts, npasts, &pasts_cap, sizeof *pasts);
    past *p = pasts + npasts++;
    p->g = g;
    p->who = who;
    snprintf(p->op, sizeof p->op, "%s", op);
    snprintf(p->input, sizeof p->input, "%s", input);
    return p;
}

/* The predicted time at n from the last two sizes (exponent between 2 and 5; 3.5 from one). */
static double predict(const past *p, size_t n)
{
    if (!p->n[1])
        return 0;
    double e = 3.5;
    if (p->n[0] && p->t[0] > 0 && p->t[1] > 0 && p->n[1] != p->n[0])
        e = log(p->t[1] / p->t[0]) / log((double)p->n[1] / (double)p->n[0]);
    e = e < 2 ? 2 : e > 5 ? 5 : e;
    return p->t[1] * pow((double)n / (double)p->n[1], e);
}

static void print_row(const bench_row *r)
{
    char t[64];
    printf("%-5s %-22s %-12s %5zu", r->group->key, r->op, r->input, r->n);
    for (int i = 0; i < r->group->count; i++) {
        const char *name = r->group->names[i];
        switch (r->state[i]) {
        case BENCH_RUN:
            printf("  %s %s", name, bench_fmt_time(t, sizeof t, r->st[i].cpu_med, NULL, NULL));
            if (i > 0 && r->state[0] == BENCH_RUN)
                printf(" (%.2f)", r->st[0].cpu_med / r->st[i].cpu_med);
            break;
        case BENCH_ABSENT:
            printf("  %s absent", name);
            break;
        case BENCH_NONE:
            printf("  %s -", name);
            break;
        case BENCH_SKIPPED:
            printf("  %s skipped", name);
            break;
        case BENCH_REFUSED:
            printf("  %s refused (%s)", name, r->note);
            break;
        }
    }
    printf("\n");
    fflush(stdout);
}

void bench_case(const bench_group *g, const char *op, const char *input, size_t n,
                bench_call *calls)
{
    note_load();
    for (int i = 0; i < g->count; i++)
        if (calls[i].state == BENCH_RUN &&
            predict(past_of(g, op, input, i), n) > bench_opt.call_cap)
            calls[i].state = BENCH_SKIPPED;
    const char *first = NULL;
    int first_who = 0;
    char note[160] = "";
    for (int i = 0; i < g->count; i++) {
        if (calls[i].state != BENCH_RUN)
            continue;
        calls[i].ctx->check = true;
        calls[i].run(calls[i].ctx);
        calls[i].ctx->check = false;
        if (calls[i].ctx->error) {
            calls[i].state = BENCH_REFUSED;
            if (!*note)
                snprintf(note, sizeof note, "%s", calls[i].ctx->error);
            free(calls[i].ctx->error);
            calls[i].ctx->error = NULL;
            continue;
        }
        if (!calls[i].ctx->digest)
            continue;
        if (!first) {
            first = calls[i].ctx->digest;
            first_who = i;
        } else if (!agree(first, calls[i].ctx->digest)) {
            fprintf(stderr,
                    "axle-bench: %s %s (%s, n = %zu): %s and %s disagree:\n  %s: %.300s\n  %s: "
                    "%.300s\n",
                    g->key, op, input, n, g->names[first_who], g->names[i], g->names[first_who],
                    first, g->names[i], calls[i].ctx->digest);
            exit(1);
        }
    }
    void (*run[BENCH_MAX_CONTENDERS])(void *);
    void *ctx[BENCH_MAX_CONTENDERS];
    int who[BENCH_MAX_CONTENDERS], k = 0;
    for (int i = 0; i < g->count; i++)
        if (calls[i].state == BENCH_RUN) {
            run[k] = calls[i].run;
            ctx[k] = calls[i].ctx;
            who[k++] = i;
        }
    bench_stats st[BENCH_MAX_CONTENDERS];
    if (k > 0)
        bench_measure(k, run, ctx, &bench_opt.plan, st);
    bench_rows = grow(bench_rows, bench_nrows, &rows_cap, sizeof *bench_rows);
    bench_row *r = bench_rows + bench_nrows++;
    r->group = g;
    snprintf(r->op, sizeof r->op, "%s", op);
    snprintf(r->input, sizeof r->input, "%s", input);
    r->n = n;
    snprintf(r->note, sizeof r->note, "%s", note);
    for (int i = 0; i < g->count; i++)
        r->state[i] = calls[i].state;
    for (int j = 0; j < k; j++) {
        r->st[who[j]] = st[j];
        past *p = past_of(g, op, input, who[j]);
        p->n[0] = p->n[1];
        p->t[0] = p->t[1];
        p->n[1] = n;
        p->t[1] = st[j].cpu_med;
    }
    for (int i = 0; i < g->count; i++) {
        free(calls[i].ctx ? calls[i].ctx->digest : NULL);
        if (calls[i].ctx)
            calls[i].ctx->digest = NULL;
    }
    print_row(r);
    note_load();
}

const char *bench_peer_version(const char *peer)
{
    if (!strcmp(peer, "LAPACKE")) {
#ifdef AXLE_BENCH_OPENBLAS
        static char buf[64];
        /* "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH ...": the first two words */
        snprintf(buf, sizeof buf, "LAPACKE on %s", openblas_get_config());
        char *sp = strchr(buf + strlen("LAPACKE on OpenBLAS "), ' ');
        if (sp)
            *sp = '\0';
        return buf;
#else
        return "LAPACKE on the system BLAS";
#endif
    }
    return bench_qq_peer_version(peer);
}

static void cpu_model(char *buf, size_t len)
{
    snprintf(buf, len, "unknown CPU");
    FILE *f = fopen("/proc/cpuinfo", "r");
    if (!f)
        return;
    char line[512];
    while (fgets(line, sizeof line, f))
        if (!strncmp(line, "model name", 10)) {
            char *v = strchr(line, ':');
            if (v) {
                v += 1 + (v[1] == ' ');
                v[strcspn(v, "\n")] = '\0';
                snprintf(buf, len, "%s", v);
            }
            break;
        }
    fclose(f);
}

static int usage(void)
{
    fprintf(stderr, "usage: axle-bench [--quick | --smoke] [--only TEXT] [--seed S] "
                    "[--min-time SECONDS] [--samples N] [--out DIR] [--docs FILE --docs-svg DIR "
                    "--svg-rel PATH] [--source TEXT]\n");
    return 2;
}

int main(int argc, char **argv)
{
    const char *out = "bench-results", *docs = NULL, *docs_svg = NULL, *svg_rel = "benchmarks";
    const char *source = "not stated";
    double min_time = -1;
    int samples = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--quick"))
            bench_opt.quick = true;
        else if (!strcmp(a, "--smoke"))
            bench_opt.smoke = true;
        else if (!v)
            return usage();
        else if (!strcmp(a, "--only"))
            bench_opt.only = argv[++i];
        else if (!strcmp(a, "--seed"))
            bench_rng_state = strtoull(argv[++i], NULL, 10);
        else if (!strcmp(a, "--min-time"))
            min_time = atof(argv[++i]);
        else if (!strcmp(a, "--samples"))
            samples = atoi(argv[++i]);
        else if (!strcmp(a, "--out"))
            out = argv[++i];
        else if (!strcmp(a, "--docs"))
            docs = argv[++i];
        else if (!strcmp(a, "--docs-svg"))
            docs_svg = argv[++i];
        else if (!strcmp(a, "--svg-rel"))
            svg_rel = argv[++i];
        else if (!strcmp(a, "--source"))
            source = argv[++i];
        else
            return usage();
    }
    if (docs && !docs_svg)
        return usage();
    unsigned long long seed = bench_rng_state;
    if (bench_opt.smoke)
        bench_opt.plan = (bench_plan){0, 1, 1, 1};
    else if (bench_opt.quick)
        bench_opt.plan = (bench_plan){0.05, 3, 31, 3};
    else
        bench_opt.plan = (bench_plan){0.1, 5, 31, 3};
    bench_opt.call_cap = bench_opt.smoke ? 5 : bench_opt.quick ? 0.5 : 2;
    if (min_time >= 0)
        bench_opt.plan.min_time = min_time;
    if (samples > 0) {
        bench_opt.plan.min_samples = samples;
        if (bench_opt.plan.max_samples < samples)
            bench_opt.plan.max_samples = samples;
    }
    const char *threads = getenv("OPENBLAS_NUM_THREADS");
    char threads_s[96], cpu[160], versions[512], seed_s[32], date[64];
#ifdef AXLE_BENCH_OPENBLAS
    snprintf(threads_s, sizeof threads_s, "OPENBLAS_NUM_THREADS=%s (OpenBLAS runs %d thread%s)",
             threads ? threads : "(unset)", openblas_get_num_threads(),
             openblas_get_num_threads() == 1 ? "" : "s");
#else
    snprintf(threads_s, sizeof threads_s, "OPENBLAS_NUM_THREADS=%s", threads ? threads : "(unset)");
#endif
    cpu_model(cpu, sizeof cpu);
    snprintf(seed_s, sizeof seed_s, "%llu", seed);
    time_t now = time(NULL);
    strftime(date, sizeof date, "%Y-%m-%d %H:%M UTC", gmtime(&now));
    const char *peers[] = {"LAPACKE", "FLINT", "Calcium", "PARI"};
    int len =
        snprintf(versions, sizeof versions, "axle %s, GMP %s", AXLE_VERSION_STRING, gmp_version);
    for (size_t k = 0; k < sizeof peers / sizeof *peers; k++) {
        const char *v = bench_peer_version(peers[k]);
        len += snprintf(versions + len, sizeof versions - (size_t)len, ", %s%s", v ? v : peers[k],
                        v ? "" : " absent");
    }
    printf("axle-bench (%s run), seed %s, %s\n%s\n%s, %ld cores\n\n",
           bench_opt.smoke   ? "smoke"
           : bench_opt.quick ? "quick"
                             : "full",
           seed_s, threads_s, versions, cpu, sysconf(_SC_NPROCESSORS_ONLN));
    double load_start = load_now(), t0 = bench_now(), c0 = bench_cpu_now();
    note_load();
    bench_rr();
    bench_qq();
    bench_run_info info = {date,
                           source,
                           cpu,
                           versions,
                           threads_s,
                           seed_s,
                           bench_opt.smoke   ? "smoke"
                           : bench_opt.quick ? "quick"
                                             : "full",
                           (int)sysconf(_SC_NPROCESSORS_ONLN),
                           load_min,
                           load_max,
                           load_start,
                           load_now(),
                           bench_now() - t0,
                           bench_cpu_now() - c0};
    mkdir(out, 0777);
    if (docs_svg)
        mkdir(docs_svg, 0777);
    int rc = bench_write(out, docs, docs_svg, svg_rel, &info);
    printf("\n%zu rows in %.0f s; results in %s/results.md, results.csv and the SVG plots%s%s\n",
           bench_nrows, info.seconds, out, docs ? "; page " : "", docs ? docs : "");
    free(bench_rows);
    free(pasts);
    return rc;
}
