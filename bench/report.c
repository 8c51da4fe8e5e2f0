/* The suite's output: the markdown table (with the plots, the fitted exponents and a reading of
 * the ratios written from the numbers), the CSV, and the log-log SVG plots, drawn here without a
 * plotting dependency. The same markdown, with the run's machine, versions and load, is the
 * generated docs/benchmarks.md. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suite.h"

/* A line of a plot: one contender's medians over n for one (group, op, input). */
typedef struct line {
    size_t count;
    double n[16], t[16];
} line;

static bool same_series(const bench_row *a, const bench_row *b)
{
    return a->group == b->group && !strcmp(a->op, b->op) && !strcmp(a->input, b->input);
}

static void series_line(size_t first, int who, line *l)
{
    l->count = 0;
    for (size_t k = first; k < bench_nrows && same_series(bench_rows + first, bench_rows + k); k++)
        if (bench_rows[k].state[who] == BENCH_RUN && l->count < 16) {
            l->n[l->count] = (double)bench_rows[k].n;
            l->t[l->count++] = bench_rows[k].st[who].cpu_med;
        }
}

/* The least-squares slope of log t against log n over the largest three sizes of l (NAN with
 * fewer than two); *from, *to: the sizes it spans. */
static double slope(const line *l, double *from, double *to)
{
    if (l->count < 2)
        return NAN;
    size_t s = l->count > 3 ? l->count - 3 : 0, k = l->count - s;
    double mx = 0, my = 0, sxx = 0, sxy = 0;
    for (size_t i = s; i < l->count; i++) {
        mx += log(l->n[i]) / (double)k;
        my += log(l->t[i]) / (double)k;
    }
    for (size_t i = s; i < l->count; i++) {
        double dx = log(l->n[i]) - mx;
        sxx += dx * dx;
        sxy += dx * (log(l->t[i]) - my);
    }
    *from = l->n[s];
    *to = l->n[l->count - 1];
    return sxx > 0 ? sxy / sxx : NAN;
}

/* "qq-null-n-x-n-1-small": a file name from the series. */
static void slug(char *out, size_t len, const bench_row *r)
{
    char raw[128];
    const char *small = strstr(r->input, "[-10, 10]");
    snprintf(raw, sizeof raw, "%s-%s-%.*s%s", r->group->key, r->op,
             small ? (int)(small - r->input) : (int)strlen(r->input), r->input,
             small ? "small" : "");
    size_t k = 0;
    bool dash = false;
    for (const char *p = raw; *p && k + 2 < len; p++) {
        char c = *p;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            out[k++] = c;
            dash = false;
        } else if (c >= 'A' && c <= 'Z') {
            out[k++] = (char)(c - 'A' + 'a');
            dash = false;
        } else if (!dash && k > 0) {
            out[k++] = '-';
            dash = true;
        }
    }
    while (k > 0 && out[k - 1] == '-')
        k--;
    out[k] = '\0';
}

static const char *const colors[BENCH_MAX_CONTENDERS] = {"#1f77b4", "#d62728", "#2ca02c",
                                                         "#9467bd"};

/* The log-log plot of the series starting at row first into path. False when it has fewer than
 * two sizes. */
static bool write_svg(const char *path, size_t first)
{
    const bench_row *r0 = bench_rows + first;
    line lines[BENCH_MAX_CONTENDERS];
    double nmin = 1e300, nmax = 0, tmin = 1e300, tmax = 0;
    size_t most = 0;
    for (int i = 0; i < r0->group->count; i++) {
        series_line(first, i, lines + i);
        most = lines[i].count > most ? lines[i].count : most;
        for (size_t k = 0; k < lines[i].count; k++) {
            nmin = fmin(nmin, lines[i].n[k]);
            nmax = fmax(nmax, lines[i].n[k]);
            tmin = fmin(tmin, lines[i].t[k]);
            tmax = fmax(tmax, lines[i].t[k]);
        }
    }
    if (most < 2 || nmax <= nmin)
        return false;
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    const double W = 480, H = 300, L = 70, R = 15, T = 34, B = 44;
    double lx0 = log10(nmin) - 0.05, lx1 = log10(nmax) + 0.05;
    double ly0 = floor(log10(tmin * 1e3)), ly1 = ceil(log10(tmax * 1e3));
    if (ly1 <= ly0)
        ly1 = ly0 + 1;
#define PX(n) (L + (log10(n) - lx0) / (lx1 - lx0) * (W - L - R))
#define PY(ms) (H - B - (log10(ms) - ly0) / (ly1 - ly0) * (H - T - B))
    fprintf(f,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" "
            "font-family=\"sans-serif\" font-size=\"12\">\n<rect width=\"100%%\" "
            "height=\"100%%\" fill=\"white\"/>\n",
            W, H);
    fprintf(f, "<text x=\"%.0f\" y=\"20\" font-size=\"14\">%s: %s (%s), CPU time per call</text>\n",
            L, r0->group->key, r0->op, r0->input);
    for (double e = ly0; e <= ly1 + 1e-9; e += 1) {
        double y = PY(pow(10, e));
        char label[32];
        fprintf(f,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%s</text>\n",
                L, y, W - R, y, L - 5, y + 4,
                bench_fmt_time(label, sizeof label, pow(10, e) * 1e-3, NULL, NULL));
    }
    for (size_t k = 0; k < most; k++) {
        const line *l = lines;
        for (int i = 0; i < r0->group->count; i++)
            if (lines[i].count == most)
                l = lines + i;
        double x = PX(l->n[k]);
        fprintf(f,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/>\n"
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%g</text>\n",
                x, T, x, H - B, x, H - B + 16, l->n[k]);
    }
    fprintf(f, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">n</text>\n", (L + W - R) / 2,
            H - 10);
    fprintf(f,
            "<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" fill=\"none\" "
            "stroke=\"#444\"/>\n",
            L, T, W - L - R, H - T - B);
    int legend = 0;
    for (int i = 0; i < r0->group->count; i++) {
        const line *l = lines + i;
        if (!l->count)
            continue;
        fprintf(f, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"", colors[i]);
        for (size_t k = 0; k < l->count; k++)
            fprintf(f, "%.1f,%.1f ", PX(l->n[k]), PY(l->t[k] * 1e3));
        fprintf(f, "\"/>\n");
        for (size_t k = 0; k < l->count; k++)
            fprintf(f, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>\n", PX(l->n[k]),
                    PY(l->t[k] * 1e3), colors[i]);
        double from, to, e = slope(l, &from, &to);
        char fit[64] = "";
        if (!isnan(e))
            snprintf(fit, sizeof fit, ", exponent %.2f (n = %g..%g)", e, from, to);
        fprintf(f,
                "<text x=\"%.0f\" y=\"%.0f\" fill=\"%s\" stroke=\"white\" "
                "stroke-width=\"3\" paint-order=\"stroke\">%s%s</text>\n",
                L + 10, T + 16 + 16 * legend++, colors[i], r0->group->names[i], fit);
    }
#undef PX
#undef PY
    fprintf(f, "</svg>\n");
    fclose(f);
    return true;
}

/* t seconds with three significant digits and a unit: "812 ns", "3.64 µs", "1.25 s"; with
 * lo and hi, their range in the same unit after it: "3.64 µs (3.5–4.1)". */
const char *bench_fmt_time(char *buf, size_t len, double t, const double *lo, const double *hi)
{
    static const char *const unit[] = {"ns", "µs", "ms", "s"};
    double scale = 1e9;
    int u = 0;
    while (u < 3 && t * scale >= 999.5) {
        scale /= 1e3;
        u++;
    }
    if (lo && hi)
        snprintf(buf, len, "%.3g %s (%.3g–%.3g)", t * scale, unit[u], *lo * scale, *hi * scale);
    else
        snprintf(buf, len, "%.3g %s", t * scale, unit[u]);
    return buf;
}

static void cell_time(FILE *f, const bench_row *r, int i)
{
    char a[64];
    switch (r->state[i]) {
    case BENCH_RUN:
        fprintf(f, " %s |",
                bench_fmt_time(a, sizeof a, r->st[i].cpu_med,
                               r->st[i].samples > 1 ? &r->st[i].cpu_min : NULL, &r->st[i].cpu_max));
        break;
    case BENCH_ABSENT:
        fprintf(f, " absent |");
        break;
    case BENCH_NONE:
        fprintf(f, " — |");
        break;
    case BENCH_SKIPPED:
        fprintf(f, " skipped |");
        break;
    case BENCH_REFUSED:
        fprintf(f, " refused |");
        break;
    }
}

static double ratio(const bench_row *r, int i)
{
    return r->state[0] == BENCH_RUN && r->state[i] == BENCH_RUN && r->st[i].cpu_med > 0
               ? r->st[0].cpu_med / r->st[i].cpu_med
               : NAN;
}

static void write_table(FILE *f, const bench_group *g)
{
    fprintf(f,
            "### %s\n\nCPU time per call: median (min–max over the samples); ratio = %s "
            "(below 1: %s faster); wall = %s's median wall time; peak = the resident memory "
            "one call of %s adds, in MiB (measured in a forked copy of the process, which "
            "also faults its code pages in: about 1 MiB of noise).\n\n"
            "| operation | input | n |",
            g->title, g->ratio, g->names[0], g->names[0], g->names[0]);
    for (int i = 0; i < g->count; i++)
        fprintf(f, " %s |%s", g->names[i], i ? " ratio |" : "");
    fprintf(f, " wall | peak |\n|---|---|--:|");
    for (int i = 0; i < g->count; i++)
        fprintf(f, "--:|%s", i ? "--:|" : "");
    fprintf(f, "--:|--:|\n");
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *r = bench_rows + k;
        if (r->group != g)
            continue;
        fprintf(f, "| %s | %s | %zu |", r->op, r->input, r->n);
        for (int i = 0; i < g->count; i++) {
            cell_time(f, r, i);
            if (i) {
                double q = ratio(r, i);
                if (isnan(q))
                    fprintf(f, " |");
                else
                    fprintf(f, " **%.2f** |", q);
            }
        }
        char w[32];
        if (r->state[0] == BENCH_RUN)
            fprintf(f, " %s | %.1f |\n", bench_fmt_time(w, sizeof w, r->st[0].wall_med, NULL, NULL),
                    r->st[0].peak_kib >= 0 ? (double)r->st[0].peak_kib / 1024 : NAN);
        else
            fprintf(f, " | |\n");
    }
    fprintf(f, "\n");
}

/* The exponents and plots of g's series. */
static void write_plots(FILE *f, const bench_group *g, const char *svg_dir, const char *svg_rel)
{
    char(*names)[128] = malloc(bench_nrows * sizeof *names);
    if (!names)
        exit(1);
    size_t plots = 0;
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *r = bench_rows + k;
        if (r->group != g || (k > 0 && same_series(bench_rows + k - 1, r)))
            continue;
        char path[1024];
        slug(names[plots], sizeof names[plots], r);
        snprintf(path, sizeof path, "%s/%s.svg", svg_dir, names[plots]);
        if (!write_svg(path, k))
            continue;
        if (!plots) {
            fprintf(f, "Fitted exponents: the least-squares slope of log t against log n over the "
                       "largest three sizes.\n\n| operation | input | sizes |");
            for (int i = 0; i < g->count; i++)
                fprintf(f, " %s |", g->names[i]);
            fprintf(f, " plot |\n|---|---|---|");
            for (int i = 0; i < g->count; i++)
                fprintf(f, "--:|");
            fprintf(f, "---|\n");
        }
        line l;
        double from = 0, to = 0, e[BENCH_MAX_CONTENDERS];
        for (int i = 0; i < g->count; i++) {
            double a, b;
            series_line(k, i, &l);
            e[i] = slope(&l, &a, &b);
            if (!isnan(e[i]) && (to == 0 || b > to)) {
                from = a;
                to = b;
            }
        }
        fprintf(f, "| %s | %s | %g–%g |", r->op, r->input, from, to);
        for (int i = 0; i < g->count; i++)
            fprintf(f, isnan(e[i]) ? " |" : " %.2f |", e[i]);
        fprintf(f, " [svg](%s/%s.svg) |\n", svg_rel, names[plots]);
        plots++;
    }
    if (plots) {
        fprintf(f, "\n");
        for (size_t k = 0; k < plots; k++)
            fprintf(f, "![%s](%s/%s.svg)\n", names[k], svg_rel, names[k]);
        fprintf(f, "\n");
    }
    free(names);
}

/* The row of (group key, op, input, n), or NULL. */
static const bench_row *find_row(const char *key, const char *op, const char *input, size_t n)
{
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *r = bench_rows + k;
        if (!strcmp(r->group->key, key) && !strcmp(r->op, op) && !strcmp(r->input, input) &&
            r->n == n)
            return r;
    }
    return NULL;
}

/* The contender's fitted exponent over the sizes from..to of the series of r (NAN when not all
 * measured). */
static double exponent_between(const bench_row *r, int who, size_t from, size_t to)
{
    line l = {0};
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *q = bench_rows + k;
        if (same_series(q, r) && q->n >= from && q->n <= to && q->state[who] == BENCH_RUN &&
            l.count < 16) {
            l.n[l.count] = (double)q->n;
            l.t[l.count++] = q->st[who].cpu_med;
        }
    }
    double a, b;
    return l.count >= 2 && l.n[0] == (double)from && l.n[l.count - 1] == (double)to
               ? slope(&l, &a, &b)
               : NAN;
}

/* The issues' targets, met or missed, from the rows. */
static void write_targets(FILE *f)
{
    static const char *const qq_ops[] = {"det",   "rank",    "null n x (n+1)", "rref",
                                         "solve", "inverse", "product",        "charpoly"};
    static const size_t qq_n[] = {100, 200, 400};
    int met = 0, missed = 0, absent = 0;
    fprintf(f, "- **QQ against FLINT** (issue 12's target: axle / FLINT ≤ 1.0 at n = 100, 200, "
               "400 and a fitted exponent from 100 to 400 of at most 3.1, for det, rank, null "
               "space, RREF, solve, inverse, product, charpoly):");
    for (size_t o = 0; o < sizeof qq_ops / sizeof *qq_ops; o++) {
        for (size_t k = 0; k < 3; k++) {
            const bench_row *r = find_row("qq", qq_ops[o], "[-10, 10]", qq_n[k]);
            double q = r ? ratio(r, 1) : NAN;
            if (isnan(q))
                absent++;
            else if (q <= 1.0)
                met++;
            else {
                fprintf(f, "%s %s n = %zu: %.2f", missed++ ? "," : " missed:", qq_ops[o], qq_n[k],
                        q);
            }
        }
        const bench_row *r = find_row("qq", qq_ops[o], "[-10, 10]", 100);
        double e = r ? exponent_between(r, 0, 100, 400) : NAN;
        if (!isnan(e) && e > 3.1)
            fprintf(f, "%s %s exponent %.2f", missed++ ? "," : " missed:", qq_ops[o], e);
    }
    if (met + missed == 0)
        fprintf(f, " not measured (peer absent, skipped or sizes not run).\n");
    else
        fprintf(f, "%s; %d ratios met%s.\n", missed ? "" : " every ratio measured met", met,
                absent ? ", the others not measured (peer absent, skipped or size not run)" : "");
    missed = 0;
    int rows = 0;
    fprintf(f, "- **QQ against PARI** (the issue's target: ahead of PARI on every kernel):");
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *r = bench_rows + k;
        double q = strcmp(r->group->key, "qq") ? NAN : ratio(r, 2);
        if (isnan(q))
            continue;
        rows++;
        if (q >= 1.0)
            fprintf(f, "%s %s (%s) n = %zu: %.2f", missed++ ? "," : " behind on", r->op, r->input,
                    r->n, q);
    }
    fprintf(f, "%s (%d rows compared).\n", missed ? "" : " ahead on every row", rows);
    missed = 0;
    rows = 0;
    fprintf(f, "- **Exact eigenvalues against Calcium** (issue 10's target: within 1.5× at n = 10, "
               "20, 40):");
    static const size_t eig_n[] = {10, 20, 40};
    for (size_t k = 0; k < 3; k++) {
        const bench_row *r = find_row("eigen", "eigenvalues", "[-10, 10]", eig_n[k]);
        double q = r ? ratio(r, 1) : NAN;
        if (isnan(q))
            continue;
        rows++;
        fprintf(f, "%s n = %zu: %.2f%s", rows > 1 ? "," : "", eig_n[k], q,
                q <= 1.5 ? "" : " (missed)");
    }
    fprintf(f, "%s.\n", rows ? "" : " not measured");
}

/* A reading of the ratios: what the numbers say, computed from them. */
static void write_reading(FILE *f, const bench_run_info *info)
{
    fprintf(f, "## What the numbers say\n\nThis section is written by the suite from the table "
               "above.\n\n");
    if (info->load_max > 0.5 * info->cores)
        fprintf(f,
                "- The machine was loaded: the 1-minute load average ran from %.1f to %.1f on "
                "%d cores. Contenders were interleaved sample by sample, so a ratio is "
                "fairer than either time, but single ratios still move by 10–20 %%.\n",
                info->load_min, info->load_max, info->cores);
    /* RR against its targets */
    int rr_rows = 0, rr_miss = 0;
    double worst = 0;
    const char *worst_op = "";
    size_t worst_n = 0;
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *r = bench_rows + k;
        if (strcmp(r->group->key, "rr") != 0)
            continue;
        double q = ratio(r, 1);
        if (isnan(q))
            continue;
        rr_rows++;
        double target = r->n >= 256 ? 1.02 : r->n <= 8 ? 1.5 : 1e9;
        rr_miss += q > target;
        if (q > worst) {
            worst = q;
            worst_op = r->op;
            worst_n = r->n;
        }
    }
    if (rr_rows) {
        fprintf(f,
                "- **RR against raw LAPACKE**: %d rows; the issue's targets (≤ 1.02 at n ≥ 256, "
                "≤ 1.5 at n = 8) are missed on %d of them: ",
                rr_rows, rr_miss);
        bool first = true;
        for (size_t k = 0; k < bench_nrows; k++) {
            const bench_row *r = bench_rows + k;
            double q = ratio(r, 1);
            if (strcmp(r->group->key, "rr") || isnan(q))
                continue;
            double target = r->n >= 256 ? 1.02 : r->n <= 8 ? 1.5 : 1e9;
            if (q > target) {
                fprintf(f, "%s%s at n = %zu (%.2f)", first ? "" : ", ", r->op, r->n, q);
                first = false;
            }
        }
        fprintf(f, "%s. The largest ratio is %.2f (%s, n = %zu).\n", first ? "none" : "", worst,
                worst_op, worst_n);
    }
    /* QQ against each peer */
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_group *g = bench_rows[k].group;
        bool seen = false;
        for (size_t j = 0; j < k; j++)
            seen |= bench_rows[j].group == g;
        if (seen || !strcmp(g->key, "rr"))
            continue;
        if (!strcmp(g->key, "cost")) {
            fprintf(f, "- **What exactness costs** (axle over QQ / axle over RR, the same "
                       "matrices) at the largest size measured:");
            int listed = 0;
            for (size_t j = k; j < bench_nrows; j++) {
                const bench_row *r = bench_rows + j;
                bool last = j + 1 >= bench_nrows || !same_series(r, bench_rows + j + 1);
                if (r->group == g && last && !isnan(ratio(r, 1)))
                    fprintf(f, "%s %s n = %zu: %.3g×", listed++ ? "," : "", r->op, r->n,
                            ratio(r, 1));
            }
            fprintf(f, "%s.\n", listed ? "" : " nothing measured");
            continue;
        }
        for (int i = 1; i < g->count; i++) {
            int rows = 0, ahead = 0;
            double lo = 1e300, hi = 0;
            for (size_t j = k; j < bench_nrows; j++) {
                const bench_row *r = bench_rows + j;
                double q = r->group == g ? ratio(r, i) : NAN;
                if (isnan(q))
                    continue;
                rows++;
                ahead += q < 1;
                lo = fmin(lo, q);
                hi = fmax(hi, q);
            }
            if (!rows) {
                fprintf(f, "- **%s against %s**: no row measured (%s).\n", g->names[0], g->names[i],
                        bench_peer_version(g->names[i]) ? "no common operation"
                                                        : "absent at configure time");
                continue;
            }
            fprintf(f,
                    "- **%s against %s** (%s): %s is faster on %d of %d rows; ratios from "
                    "%.3g to %.3g. Slowest rows at the largest size measured:",
                    g->names[0], g->names[i], g->key, g->names[0], ahead, rows, lo, hi);
            int listed = 0;
            for (size_t j = k; j < bench_nrows; j++) {
                const bench_row *r = bench_rows + j;
                double q = r->group == g ? ratio(r, i) : NAN;
                bool last = j + 1 >= bench_nrows || !same_series(r, bench_rows + j + 1) ||
                            isnan(ratio(bench_rows + j + 1, i));
                if (!isnan(q) && last && q > 1) {
                    fprintf(f, "%s %s (%s) n = %zu: %.2f", listed ? "," : "", r->op, r->input, r->n,
                            q);
                    listed++;
                }
            }
            fprintf(f, "%s.\n", listed ? "" : " none above 1");
        }
    }
    write_targets(f);
    for (size_t k = 0; k < bench_nrows; k++)
        if (*bench_rows[k].note)
            fprintf(f, "- *refused*: %s %s (%s), n = %zu: \"%s\".\n", bench_rows[k].group->key,
                    bench_rows[k].op, bench_rows[k].input, bench_rows[k].n, bench_rows[k].note);
    fprintf(f, "- Rows marked *skipped* were left out because the contender's previous size "
               "predicted a call longer than the run's per-call budget; *—* marks an operation "
               "the peer does not have; *absent* a peer not found when the suite was "
               "configured.\n\n");
}

static void write_markdown(FILE *f, const bench_run_info *info, const char *svg_dir,
                           const char *svg_rel, bool page)
{
    if (page)
        fprintf(f, "# Benchmarks\n\n<!-- Generated by bench/axle-bench (scripts/bench): do not "
                   "edit by hand; rerun `scripts/bench` to regenerate. -->\n\n"
                   "`scripts/bench` builds a release configuration in its own build directory "
                   "(`build-bench`) and runs the suite, `build-bench/bench/axle-bench`; "
                   "`scripts/bench --quick` runs a subset in a few minutes, `scripts/bench "
                   "--install-peers` installs the optional peers (FLINT, Calcium, PARI) as root. "
                   "Every contender gets the same seeded input, converted once outside the "
                   "timing; answers are compared before anything is timed (a disagreement stops "
                   "the run); contenders run interleaved (A B C, then C B A), calls below 1 ms in "
                   "batches of 1 ms; each figure is the median CPU time "
                   "(`CLOCK_PROCESS_CPUTIME_ID`) of the samples, taken until each contender "
                   "spent a minimum time, with min and max; wall time and peak memory beside it. "
                   "Older hand-written measurements, issue by issue: "
                   "[benchmarks/history.md](benchmarks/history.md).\n\n");
    else
        fprintf(f, "# axle-bench results\n\n");
    fprintf(f,
            "## The run\n\n- %s run of %s: %.0f s of wall time, %.0f s of CPU time, seed %s\n"
            "- source: %s\n- machine: %s, %d cores\n- %s\n"
            "- load average (1 min): %.2f at the start, %.2f at the end, %.2f–%.2f during the "
            "run\n- versions: %s\n\n",
            info->mode, info->date, info->seconds, info->cpu_seconds, info->seed, info->source,
            info->cpu, info->cores, info->threads, info->load_start, info->load_end, info->load_min,
            info->load_max, info->versions);
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_group *g = bench_rows[k].group;
        bool seen = false;
        for (size_t j = 0; j < k; j++)
            seen |= bench_rows[j].group == g;
        if (seen)
            continue;
        write_table(f, g);
        write_plots(f, g, svg_dir, svg_rel);
    }
    write_reading(f, info);
}

int bench_write(const char *dir, const char *docs, const char *docs_svg, const char *svg_rel,
                const bench_run_info *info)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/results.csv", dir);
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return 1;
    }
    fprintf(f, "group,operation,input,n,contender,state,cpu_median_s,cpu_min_s,cpu_max_s,"
               "wall_median_s,samples,batch,peak_kib\n");
    static const char *const states[] = {"run", "absent", "none", "skipped", "refused"};
    for (size_t k = 0; k < bench_nrows; k++) {
        const bench_row *r = bench_rows + k;
        for (int i = 0; i < r->group->count; i++) {
            const bench_stats *s = r->st + i;
            fprintf(f, "%s,\"%s\",\"%s\",%zu,%s,%s", r->group->key, r->op, r->input, r->n,
                    r->group->names[i], states[r->state[i]]);
            if (r->state[i] == BENCH_RUN)
                fprintf(f, ",%.6e,%.6e,%.6e,%.6e,%d,%ld,%ld\n", s->cpu_med, s->cpu_min, s->cpu_max,
                        s->wall_med, s->samples, s->batch, s->peak_kib);
            else
                fprintf(f, ",,,,,,,\n");
        }
    }
    fclose(f);
    snprintf(path, sizeof path, "%s/results.md", dir);
    if (!(f = fopen(path, "w"))) {
        perror(path);
        return 1;
    }
    write_markdown(f, info, dir, ".", false);
    fclose(f);
    if (!docs)
        return 0;
    if (!(f = fopen(docs, "w"))) {
        perror(docs);
        return 1;
    }
    write_markdown(f, info, docs_svg, svg_rel, true);
    fclose(f);
    return 0;
}
