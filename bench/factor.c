/* axle-bench-factor: medians of axle_poly_factor against FLINT's fmpz_poly_factor, measured in
 * the same run on the same integer polynomials.
 *
 * Inputs: characteristic polynomials of random integer matrices (entries in [-10, 10]; computed
 * with FLINT when the build found it, otherwise replaced by random polynomials with coefficients
 * of the same size), random dense polynomials with big coefficients (irreducible with high
 * probability), products of several random factors, Swinnerton-Dyer polynomials (the
 * recombination worst case), x^n - 1 and Wilkinson's polynomial prod (x - k).
 * Each timing is the median of several runs; ratio = axle / peer (below 1 means axle is faster).
 *
 * Usage: axle-bench-factor [--quick] [--repeat N] [--seed S] */
#include <axle.h>
#include <axle/poly.h>
#include <gmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common.h"

#ifdef AXLE_BENCH_FLINT
#include <flint/fmpz_mat.h>
#include <flint/fmpz_poly.h>
#include <flint/fmpz_poly_factor.h>
#endif

static int repeat = 5;
static void fail(const char *what)
{
    fprintf(stderr, "axle-bench-factor: %s: %s\n", what, axle_error_message());
    exit(1);
}

/* An integer polynomial: len coefficients, lowest degree first. */
typedef struct zpol {
    size_t len;
    mpz_t *c;
} zpol;

static zpol zpol_new(size_t len)
{
    zpol f = {len, malloc(len * sizeof(mpz_t))};
    if (!f.c)
        exit(1);
    for (size_t i = 0; i < len; i++)
        mpz_init(f.c[i]);
    return f;
}

static void zpol_free(zpol *f)
{
    for (size_t i = 0; i < f->len; i++)
        mpz_clear(f->c[i]);
    free(f->c);
}

static zpol zpol_mul(const zpol *f, const zpol *g)
{
    zpol r = zpol_new(f->len + g->len - 1);
    for (size_t i = 0; i < f->len; i++)
        for (size_t j = 0; j < g->len; j++)
            mpz_addmul(r.c[i + j], f->c[i], g->c[j]);
    return r;
}

/* Degree d, monic, other coefficients uniform with up to `digits` decimal digits, random sign. */
static zpol random_poly(size_t d, unsigned digits)
{
    zpol f = zpol_new(d + 1);
    for (size_t i = 0; i < d; i++) {
        for (unsigned k = 0; k < digits; k++) {
            mpz_mul_ui(f.c[i], f.c[i], 10);
            mpz_add_ui(f.c[i], f.c[i], (unsigned long)(bench_rng() % 10));
        }
        if (bench_rng() & 1)
            mpz_neg(f.c[i], f.c[i]);
    }
    mpz_set_ui(f.c[d], 1);
    return f;
}

static zpol product_of_random(size_t pieces, size_t d, unsigned digits)
{
    zpol f = random_poly(d, digits);
    for (size_t k = 1; k < pieces; k++) {
        zpol g = random_poly(d, digits), h = zpol_mul(&f, &g);
        zpol_free(&f);
        zpol_free(&g);
        f = h;
    }
    return f;
}

static zpol x_n_minus_1(size_t n)
{
    zpol f = zpol_new(n + 1);
    mpz_set_si(f.c[0], -1);
    mpz_set_ui(f.c[n], 1);
    return f;
}

static zpol wilkinson(size_t n)
{
    zpol f = zpol_new(1);
    mpz_set_ui(f.c[0], 1);
    for (size_t k = 1; k <= n; k++) {
        zpol g = zpol_new(2);
        mpz_set_si(g.c[0], -(long)k);
        mpz_set_ui(g.c[1], 1);
        zpol h = zpol_mul(&f, &g);
        zpol_free(&f);
        zpol_free(&g);
        f = h;
    }
    return f;
}

/* S(x + sqrt(p)) S(x - sqrt(p)) = A(x)^2 - p B(x)^2 where S(x + t) = sum_j T_j(x) t^j with
 * T_j = sum_i C(i, j) s_i x^(i - j); A takes the even j (times p^(j/2)), B the odd j. */
static zpol conjugate_product(const zpol *S, unsigned long p)
{
    size_t n = S->len;
    zpol A = zpol_new(n), B = zpol_new(n);
    mpz_t c, pw;
    mpz_inits(c, pw, NULL);
    for (size_t j = 0; j < n; j++) {
        mpz_ui_pow_ui(pw, p, (unsigned long)(j / 2));
        zpol *acc = j % 2 ? &B : &A;
        for (size_t i = j; i < n; i++) {
            mpz_bin_uiui(c, (unsigned long)i, (unsigned long)j);
            mpz_mul(c, c, S->c[i]);
            mpz_mul(c, c, pw);
            mpz_add(acc->c[i - j], acc->c[i - j], c);
        }
    }
    zpol A2 = zpol_mul(&A, &A), B2 = zpol_mul(&B, &B);
    zpol r = zpol_new(2 * n - 1);
    for (size_t i = 0; i < r.len; i++) {
        mpz_mul_ui(c, B2.c[i], p);
        mpz_sub(r.c[i], A2.c[i], c);
    }
    while (r.len > 1 && mpz_sgn(r.c[r.len - 1]) == 0)
        mpz_clear(r.c[--r.len]);
    mpz_clears(c, pw, NULL);
    zpol_free(&A);
    zpol_free(&B);
    zpol_free(&A2);
    zpol_free(&B2);
    return r;
}

static zpol swinnerton_dyer(int k)
{
    static const unsigned long primes[] = {2, 3, 5, 7, 11};
    zpol S = zpol_new(2);
    mpz_set_ui(S.c[1], 1);
    for (int i = 0; i < k; i++) {
        zpol T = conjugate_product(&S, primes[i]);
        zpol_free(&S);
        S = T;
    }
    return S;
}

#ifdef AXLE_BENCH_FLINT
/* The characteristic polynomial of a random n x n matrix with entries in [-10, 10]. */
static zpol charpoly(size_t n)
{
    fmpz_mat_t A;
    fmpz_poly_t cp;
    fmpz_mat_init(A, (slong)n, (slong)n);
    fmpz_poly_init(cp);
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            fmpz_set_si(fmpz_mat_entry(A, (slong)i, (slong)j), (slong)(bench_rng() % 21) - 10);
    fmpz_mat_charpoly(cp, A);
    zpol f = zpol_new((size_t)fmpz_poly_length(cp));
    for (size_t i = 0; i < f.len; i++)
        fmpz_get_mpz(f.c[i], fmpz_poly_get_coeff_ptr(cp, (slong)i));
    fmpz_poly_clear(cp);
    fmpz_mat_clear(A);
    return f;
}
#else
/* Without FLINT: a random monic polynomial with coefficients of a charpoly's size (about
 * n log10(sqrt(n) * 6) digits at the middle). */
static zpol charpoly(size_t n)
{
    unsigned digits = (unsigned)(n * 1.2 + 5);
    return random_poly(n, digits);
}
#endif

/* Median time of axle_poly_factor on f; *count gets the number of distinct factors. */
static double time_axle(const zpol *f, size_t *count)
{
    mpq_t *c = malloc(f->len * sizeof *c);
    if (!c)
        exit(1);
    for (size_t i = 0; i < f->len; i++) {
        mpq_init(c[i]);
        mpq_set_z(c[i], f->c[i]);
    }
    axle_poly *p = NULL;
    if (axle_poly_from_mpq(&p, AXLE_QQ, f->len, c))
        fail("setup");
    for (size_t i = 0; i < f->len; i++)
        mpq_clear(c[i]);
    free(c);
    double *t = malloc((size_t)repeat * sizeof *t);
    for (int r = 0; r < repeat; r++) {
        axle_poly_factors *F = NULL;
        double t0 = bench_now();
        if (axle_poly_factor(&F, p))
            fail("factor");
        t[r] = bench_now() - t0;
        *count = axle_poly_factors_count(F);
        axle_poly_factors_free(F);
    }
    double m = bench_median(t, repeat);
    free(t);
    axle_poly_free(p);
    return m;
}

#ifdef AXLE_BENCH_FLINT
static double time_flint(const zpol *f, size_t *count)
{
    fmpz_poly_t g;
    fmpz_poly_init(g);
    for (size_t i = 0; i < f->len; i++) {
        fmpz_t z;
        fmpz_init(z);
        fmpz_set_mpz(z, f->c[i]);
        fmpz_poly_set_coeff_fmpz(g, (slong)i, z);
        fmpz_clear(z);
    }
    double *t = malloc((size_t)repeat * sizeof *t);
    for (int r = 0; r < repeat; r++) {
        fmpz_poly_factor_t F;
        fmpz_poly_factor_init(F);
        double t0 = bench_now();
        fmpz_poly_factor(F, g);
        t[r] = bench_now() - t0;
        *count = (size_t)F->num;
        fmpz_poly_factor_clear(F);
    }
    double m = bench_median(t, repeat);
    free(t);
    fmpz_poly_clear(g);
    return m;
}
#endif

static void row(const char *name, const zpol *f)
{
    size_t ca = 0;
    double ta = time_axle(f, &ca);
#ifdef AXLE_BENCH_FLINT
    size_t cf = 0;
    double tf = time_flint(f, &cf);
    printf("| %-26s | %4zu | %7zu | %10.3f | %-6s | %10.3f | %6.2f |%s\n", name, f->len - 1, ca,
           1e3 * ta, "FLINT", 1e3 * tf, ta / tf, ca == cf ? "" : " factor counts differ!");
#else
    printf("| %-26s | %4zu | %7zu | %10.3f | %-6s | %10s | %6s |\n", name, f->len - 1, ca, 1e3 * ta,
           "(none)", "-", "-");
#endif
}

static void bench(const char *name, zpol f)
{
    row(name, &f);
    zpol_free(&f);
}

int main(int argc, char **argv)
{
    int quick = 0;
    if (!bench_options(argc, argv, "axle-bench-factor", &quick, &repeat))
        return 2;
    printf("axle-bench-factor %s: factorization over Q, median of %d runs\n", AXLE_VERSION_STRING,
           repeat);
    printf("ratio = axle / peer (< 1: axle faster)\n\n");
    printf("| input                      |  deg | factors |  axle (ms) | peer   |  peer (ms) |  "
           "ratio |\n");
    printf("|----------------------------|------|---------|------------|--------|------------|-----"
           "---|\n");
    char name[64];
    const size_t cp_sizes[] = {50, 100, 200};
    for (size_t k = 0; k < (quick ? 1u : 3u); k++) {
        snprintf(name, sizeof name, "charpoly %zux%zu", cp_sizes[k], cp_sizes[k]);
        bench(name, charpoly(cp_sizes[k]));
    }
    const size_t rd[] = {100, 200, 300};
    const unsigned rdig[] = {50, 200, 500};
    for (size_t k = 0; k < (quick ? 1u : 3u); k++) {
        snprintf(name, sizeof name, "random, %u digits", rdig[k]);
        bench(name, random_poly(rd[k], rdig[k]));
    }
    bench("4 x random deg 25, 20 dig", product_of_random(4, 25, 20));
    if (!quick)
        bench("6 x random deg 50, 100 dig", product_of_random(6, 50, 100));
    bench("Swinnerton-Dyer 8", swinnerton_dyer(3));
    bench("Swinnerton-Dyer 16", swinnerton_dyer(4));
    if (!quick)
        bench("Swinnerton-Dyer 32", swinnerton_dyer(5));
    bench("x^60 - 1", x_n_minus_1(60));
    if (!quick)
        bench("x^210 - 1", x_n_minus_1(210));
    bench("Wilkinson 20", wilkinson(20));
#ifndef AXLE_BENCH_FLINT
    printf("\nFLINT not found at build time (apt-get install libflint-dev, then reconfigure) — "
           "charpolys replaced by random polynomials of their size, no peer column.\n");
#endif
    return 0;
}
