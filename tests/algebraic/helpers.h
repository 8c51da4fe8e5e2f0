/* Helpers shared by the algebraic-number tests; each aborts the current test on failure. */
#ifndef AXLE_TEST_ALG_HELPERS_H
#define AXLE_TEST_ALG_HELPERS_H

#include <axle/algebraic.h>
#include <axle/poly.h>

#include "support.h"

/* Parse a QQ polynomial. */
axle_poly *ta_poly(const char *text);
/* The roots of p (must succeed). */
axle_roots *ta_roots(const axle_poly *p);
/* The display of a (static buffer, valid until the next call). */
const char *ta_str(const axle_algebraic *a, axle_format f, unsigned digits);
/* The eigenvalues of p's companion matrix (LAPACK dgeev): n = deg p values in wr, wi. */
void ta_eigen(const axle_poly *p, double *wr, double *wi);
/* Check every root of p: enclosure certified (sign change at the ends of a real interval; a disc
 * off the real axis), minimal polynomial irreducible-looking and dividing p, multiplicities adding
 * up to deg p, canonical order, and (when lapack) agreement of each root with LAPACK's eigenvalues
 * of the companion matrix of p's square-free part to a relative 1e-6. */
void ta_check_roots(const axle_poly *p, const axle_roots *r, bool lapack);
/* The single root of p closest to (re, im). */
const axle_algebraic *ta_root_near(const axle_roots *r, double re, double im);

#endif
