/* Helpers shared by the number-field tests. Each aborts the current test on an unexpected
 * failure. */
#ifndef AXLE_TEST_NUMFIELD_HELPERS_H
#define AXLE_TEST_NUMFIELD_HELPERS_H

#include <axle/numfield.h>
#include <axle/poly.h>

#include "support.h"

/* Irreducible polynomials over Q used across the tests (axle_numfield_new checks each). */
extern const char *const tn_moduli[];
extern const size_t tn_moduli_count;

/* The field Q[x]/(p) for p given as text. */
axle_numfield *tn_field(const char *p);
/* Elements. */
axle_nfelem *tn_int(const axle_numfield *K, long v);
axle_nfelem *tn_gen(const axle_numfield *K);
axle_nfelem *tn_parse(const axle_numfield *K, const char *text);
/* A random element: coefficients num/den with |num| <= h, den in 1..4. */
axle_nfelem *tn_random(ts_rng *r, const axle_numfield *K, long h);
/* A random nonzero element. */
axle_nfelem *tn_random_nonzero(ts_rng *r, const axle_numfield *K, long h);
/* Operations that must succeed. */
axle_nfelem *tn_add(const axle_nfelem *x, const axle_nfelem *y);
axle_nfelem *tn_sub(const axle_nfelem *x, const axle_nfelem *y);
axle_nfelem *tn_mul(const axle_nfelem *x, const axle_nfelem *y);
axle_nfelem *tn_div(const axle_nfelem *x, const axle_nfelem *y);
axle_nfelem *tn_inv(const axle_nfelem *x);
/* Text form (static buffer, valid until the next call). */
const char *tn_str(const axle_nfelem *x);
/* p(x) for a QQ polynomial p, by Horner in K. */
axle_nfelem *tn_eval(const axle_poly *p, const axle_nfelem *x);
/* The companion matrix of p / lc(p) (a QQ matrix whose characteristic polynomial is p / lc(p)). */
axle_matrix *tn_companion(const axle_poly *p);
/* A QQ matrix parsed from text. */
axle_matrix *tn_matrix(const char *text);
/* A random m x n matrix over K of rank at most r (product of random m x r and r x n matrices). */
axle_nfmatrix *tn_random_matrix(ts_rng *rng, const axle_numfield *K, size_t m, size_t n, size_t r);

#endif
