/* Helpers shared by the polynomial tests. Each aborts the current test on an unexpected
 * failure. */
#ifndef AXLE_TEST_POLY_HELPERS_H
#define AXLE_TEST_POLY_HELPERS_H

#include <axle/poly.h>

#include "support.h"

/* Parse text over F. */
axle_poly *tp_parse(axle_field F, const char *text);
/* Integer coefficients, lowest degree first. */
axle_poly *tp_ints(axle_field F, size_t n, const long *c);
/* A random polynomial of exact degree d with integer coefficients in [-h, h]. */
axle_poly *tp_random(ts_rng *r, axle_field F, long d, long h);
/* A random QQ polynomial of exact degree d with coefficients num/den, |num| <= 9, den in 1..5. */
axle_poly *tp_random_frac(ts_rng *r, long d);
/* Binary operations that must succeed. */
axle_poly *tp_mul(const axle_poly *a, const axle_poly *b);
axle_poly *tp_add(const axle_poly *a, const axle_poly *b);
axle_poly *tp_sub(const axle_poly *a, const axle_poly *b);
/* The remainder of a by b (b nonzero). */
axle_poly *tp_rem(const axle_poly *a, const axle_poly *b);
/* Max-norm of the coefficients of p - q, relative to max(1, |p|, |q|) (either field). */
double tp_rel_diff(const axle_poly *p, const axle_poly *q);
/* The largest absolute value of a coefficient, as a double. */
double tp_norm_inf(const axle_poly *p);
/* Text form (static buffer, valid until the next call). */
const char *tp_str(const axle_poly *p);
/* unit * prod f_i^e_i of a factorization. */
axle_poly *tp_expand(const axle_poly_factors *F);
/* Assert that F is a correct factorization of p: the product equals p, the factors are distinct,
 * primitive, with positive leading coefficients, and nonconstant. */
void tp_check_factorization(const axle_poly *p, const axle_poly_factors *F);
/* The Swinnerton-Dyer polynomial prod (x +- sqrt(p_1) +- ... +- sqrt(p_k)) for the first k
 * primes (degree 2^k). */
axle_poly *tp_swinnerton_dyer(int k);
/* The n-th cyclotomic polynomial, computed by division: (x^n - 1) / prod_{d | n, d < n} Phi_d. */
axle_poly *tp_cyclotomic(unsigned long n);
/* axle_poly_factor(p), checked with tp_check_factorization. */
axle_poly_factors *tp_factor(const axle_poly *p);
/* x^n - 1 factors as the product of Phi_d over the divisors d of n, one factor each. */
void tp_check_cyclotomic_split(unsigned long n);

#endif
