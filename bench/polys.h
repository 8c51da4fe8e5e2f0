/* Integer polynomials for the factorization rows (polys.c). */
#ifndef AXLE_BENCH_POLYS_H
#define AXLE_BENCH_POLYS_H

#include <gmp.h>
#include <stddef.h>

#include "common.h"

/* len coefficients, constant first. */
typedef struct bench_poly {
    size_t len;
    mpz_t *c;
} bench_poly;

void bench_poly_free(bench_poly *f);

/* x^n - 1. */
bench_poly bench_poly_x_n_minus_1(size_t n);

/* Wilkinson's (x - 1)(x - 2)...(x - n). */
bench_poly bench_poly_wilkinson(size_t n);

/* The product of `pieces` random monic polynomials of degree d (coefficients of `digits`
 * decimal digits; bench_rng). */
bench_poly bench_poly_random_product(size_t pieces, size_t d, unsigned digits);

/* The Swinnerton-Dyer polynomial of the first k primes, degree 2^k: the product of
 * x ± sqrt(2) ± sqrt(3) ± ... over all signs. */
bench_poly bench_poly_swinnerton_dyer(int k);

#endif
