/* Polynomials that test a factorization: Swinnerton-Dyer polynomials (irreducible, yet split into
 * linear or quadratic factors modulo every prime: the recombination worst case), x^n - 1 (many
 * cyclotomic factors), Wilkinson's prod (x - k) (n linear factors, huge coefficients) and products
 * of random dense factors. */
#include "polys.h"

#include <stdio.h>
#include <stdlib.h>

static bench_poly poly_new(size_t len)
{
    bench_poly f = {len, malloc(len * sizeof(mpz_t))};
    if (!f.c) {
        fprintf(stderr, "axle-bench: out of memory\n");
        exit(1);
    }
    for (size_t i = 0; i < len; i++)
        mpz_init(f.c[i]);
    return f;
}

void bench_poly_free(bench_poly *f)
{
    for (size_t i = 0; i < f->len; i++)
        mpz_clear(f->c[i]);
    free(f->c);
    f->c = NULL;
    f->len = 0;
}

static bench_poly poly_mul(const bench_poly *f, const bench_poly *g)
{
    bench_poly r = poly_new(f->len + g->len - 1);
    for (size_t i = 0; i < f->len; i++)
        for (size_t j = 0; j < g->len; j++)
            mpz_addmul(r.c[i + j], f->c[i], g->c[j]);
    return r;
}

/* f <- f g */
static void poly_mul_into(bench_poly *f, bench_poly *g)
{
    bench_poly h = poly_mul(f, g);
    bench_poly_free(f);
    bench_poly_free(g);
    *f = h;
}

bench_poly bench_poly_x_n_minus_1(size_t n)
{
    bench_poly f = poly_new(n + 1);
    mpz_set_si(f.c[0], -1);
    mpz_set_ui(f.c[n], 1);
    return f;
}

bench_poly bench_poly_wilkinson(size_t n)
{
    bench_poly f = poly_new(1);
    mpz_set_ui(f.c[0], 1);
    for (size_t k = 1; k <= n; k++) {
        bench_poly g = poly_new(2);
        mpz_set_si(g.c[0], -(long)k);
        mpz_set_ui(g.c[1], 1);
        poly_mul_into(&f, &g);
    }
    return f;
}

/* Monic of degree d, the other coefficients of `digits` random decimal digits, random signs. */
static bench_poly random_poly(size_t d, unsigned digits)
{
    bench_poly f = poly_new(d + 1);
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

bench_poly bench_poly_random_product(size_t pieces, size_t d, unsigned digits)
{
    bench_poly f = random_poly(d, digits);
    for (size_t k = 1; k < pieces; k++) {
        bench_poly g = random_poly(d, digits);
        poly_mul_into(&f, &g);
    }
    return f;
}

/* S(x + sqrt(p)) S(x - sqrt(p)) = A(x)^2 - p B(x)^2, where S(x + t) = sum_j T_j(x) t^j with
 * T_j = sum_i C(i, j) s_i x^(i - j): A collects the even j (times p^(j/2)), B the odd j. */
static bench_poly conjugate_product(const bench_poly *S, unsigned long p)
{
    size_t n = S->len;
    bench_poly A = poly_new(n), B = poly_new(n);
    mpz_t c, pw;
    mpz_inits(c, pw, NULL);
    for (size_t j = 0; j < n; j++) {
        mpz_ui_pow_ui(pw, p, (unsigned long)(j / 2));
        bench_poly *acc = j % 2 ? &B : &A;
        for (size_t i = j; i < n; i++) {
            mpz_bin_uiui(c, (unsigned long)i, (unsigned long)j);
            mpz_mul(c, c, S->c[i]);
            mpz_mul(c, c, pw);
            mpz_add(acc->c[i - j], acc->c[i - j], c);
        }
    }
    bench_poly A2 = poly_mul(&A, &A), B2 = poly_mul(&B, &B), r = poly_new(2 * n - 1);
    for (size_t i = 0; i < r.len; i++) {
        mpz_mul_ui(c, B2.c[i], p);
        mpz_sub(r.c[i], A2.c[i], c);
    }
    while (r.len > 1 && mpz_sgn(r.c[r.len - 1]) == 0)
        mpz_clear(r.c[--r.len]);
    mpz_clears(c, pw, NULL);
    bench_poly_free(&A);
    bench_poly_free(&B);
    bench_poly_free(&A2);
    bench_poly_free(&B2);
    return r;
}

bench_poly bench_poly_swinnerton_dyer(int k)
{
    static const unsigned long primes[] = {2, 3, 5, 7, 11, 13};
    bench_poly S = poly_new(2);
    mpz_set_ui(S.c[1], 1);
    for (int i = 0; i < k && i < 6; i++) {
        bench_poly T = conjugate_product(&S, primes[i]);
        bench_poly_free(&S);
        S = T;
    }
    return S;
}
