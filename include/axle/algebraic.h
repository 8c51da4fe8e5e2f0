/* axle — exact algebraic numbers: the real and complex roots of polynomials over Q (Axler 4).
 *
 * An axle_algebraic is one complex number α that is a root of a polynomial with rational
 * coefficients, stored exactly as
 *   - its minimal polynomial p: irreducible over Q, primitive, integer coefficients, positive
 *     leading coefficient (degree 1 exactly when α is rational), and
 *   - a certified isolating region that selects exactly one root of p:
 *       rational α: the value itself;
 *       real α:     an open interval (lo, hi) with rational endpoints, p(lo) p(hi) < 0, holding no
 *                   other root of p (found by Descartes' rule of signs with Vincent–Collins–Akritas
 *                   bisection, in exact integer arithmetic);
 *       non-real α: a closed disc with rational centre and radius holding exactly one root of p
 *                   and not meeting the real axis. Its certificate: for any z, some root of p lies
 *                   within n |p(z)| / |p'(z)| of z (n = deg p); Aberth–Ehrlich iteration (GMP mpf,
 *                   precision doubled until it succeeds) gives n approximations whose discs of
 *                   those radii, evaluated exactly, are pairwise disjoint — so each holds exactly
 *                   one of the n roots.
 * Values are immutable; every operation returns a new one; free with axle_algebraic_free(). NULL
 * arguments are AXLE_EINVAL; on failure out-parameters are NULL. Operations never round: equality
 * and order are exact (enclosures are refined until they decide).
 *
 * Canonical order of roots (axle_poly_roots): real roots ascending, then the non-real roots in
 * conjugate pairs, pairs ordered by real part and then by imaginary part of the member with
 * positive imaginary part; within a pair the root with positive imaginary part comes first. Real
 * parts of different pairs are compared by refining their discs to 2^-128 relative to their size;
 * real parts that still cannot be told apart count as equal (they are equal whenever they are
 * known to be, e.g. for conjugates or for roots of the same quadratic).
 *
 * Display (axle_algebraic_to_string), as a teacher writes it:
 *   rationals            3/2
 *   quadratic surds      (1 + √5)/2, (1 − √5)/2, 2√3, −√2/2, −1/2 + (√3/2)i, 2 − i, i√3
 *   roots of unity       the surd form when quadratic, then "= e^(2πi·k/n)"; otherwise
 *                        e^(2πi·k/n) ≈ 0.3090169944 + 0.9510565163i  (minimal polynomial Φ_n,
 *                        k coprime to n)
 *   anything else        root of x³ − 2x − 5 ≈ 2.094551482
 * in AXLE_FORMAT_TEXT (ASCII: "(1 + sqrt(5))/2", "root of x^3 - 2x - 5 ~ 2.094551482",
 * "exp(2*pi*i*2/5)"), AXLE_FORMAT_UNICODE (as above) and AXLE_FORMAT_LATEX ("\frac{1 +
 * \sqrt{5}}{2}",
 * "\text{root of } x^{3} - 2x - 5 \approx 2.094551482", "e^{2\pi i \cdot 2/5}").
 * AXLE_FORMAT_JSON gives an object
 *   {"minpoly":["1","0","-2","-5"],"value":"root of x³ − 2x − 5 ≈ 2.094551482",
 *    "re":2.0945514815423265,"im":0}
 * with the minimal polynomial's integer coefficients highest degree first (strings), the Unicode
 * display and the value's real and imaginary parts as JSON numbers (nearest doubles).
 * Approximate digits are significant digits and are certain: the enclosure is refined until every
 * point of it rounds (half away from zero) to the same printed decimal (trailing zeros dropped, as
 * %g does). Only a value within 10^-(digits+100) of a rounding tie would stop that; it then prints
 * the rounding of the enclosure's centre. */
#ifndef AXLE_ALGEBRAIC_H
#define AXLE_ALGEBRAIC_H

#include <gmp.h>

#include "common.h"
#include "io.h"
#include "poly.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_algebraic axle_algebraic;

/* ---- construction ------------------------------------------------------------------------- */

/* The rational number q (canonical, as GMP requires). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_from_mpq(axle_algebraic **out, const mpq_t q);
/* num/den; AXLE_EDOMAIN when den == 0. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_from_frac(axle_algebraic **out, long num,
                                                             long den);
/* A QQ scalar (AXLE_EFIELD for an RR scalar). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_from_scalar(axle_algebraic **out,
                                                               const axle_scalar *x);
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_copy(axle_algebraic **out,
                                                        const axle_algebraic *a);
/* Free a. NULL is a no-op. */
AXLE_API void axle_algebraic_free(axle_algebraic *a);

/* ---- the roots of a polynomial ------------------------------------------------------------- */

typedef struct axle_roots axle_roots;

/* The largest degree of an irreducible factor whose roots are isolated by the general method
 * (Descartes/VCA for the real ones, Aberth–Ehrlich and the disc certificate for the others; its
 * cost grows like n^3 and more). Cyclotomic factors Φ_m are exempt: their roots e^(2πik/m) are
 * placed directly and certified in O(n) per root; so are binomials a x^n + b, whose roots
 * |b/a|^(1/n) e^(iπj/n) are certified in O(log n) products per root. The polynomial itself is
 * bounded by the factorization limits of poly.h (AXLE_POLY_FACTOR_MAX_DEGREE,
 * AXLE_POLY_FACTOR_MAX_BITS). */
#define AXLE_ROOTS_MAX_DEGREE 200

/* All distinct complex roots of the QQ polynomial p with their multiplicities, in the canonical
 * order (top of this header); the multiplicities add up to deg p. Built on axle_poly_factor:
 * each irreducible factor's real roots are isolated exactly, its non-real roots certified as
 * described above. A constant p has no roots. AXLE_EUNSUPPORTED for an RR polynomial, AXLE_EDOMAIN
 * for the zero polynomial, AXLE_EUNCERTIFIED if the complex roots could not be certified within
 * 2^16 bits of precision, AXLE_ERANGE beyond AXLE_ROOTS_MAX_DEGREE or the factorization limits
 * (refused after the factorization, before any root is computed). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_roots(axle_roots **out, const axle_poly *p);
/* As axle_poly_roots, the real roots only (ascending). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_real_roots(axle_roots **out, const axle_poly *p);

AXLE_API void axle_roots_free(axle_roots *r);
/* The number of distinct roots. */
AXLE_API size_t axle_roots_count(const axle_roots *r);
/* Root i (owned by r) and its multiplicity (mult may be NULL); NULL if i is out of range. */
AXLE_API const axle_algebraic *axle_roots_get(const axle_roots *r, size_t i, unsigned long *mult);
/* All roots as one string. JSON: {"roots":[{"minpoly":[...],"value":"...","re":...,"im":...,
 * "multiplicity":1}, ...]} in the canonical order (the shape the `axle roots` command prints);
 * other formats: one root per line, "value" or "value  (multiplicity m)" when m > 1. digits as in
 * axle_algebraic_to_string. Free with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_roots_to_string(char **out, const axle_roots *r,
                                                         axle_format fmt, unsigned digits);

/* ---- queries ------------------------------------------------------------------------------ */

/* The degree of the minimal polynomial (1 for a rational). */
AXLE_API unsigned long axle_algebraic_degree(const axle_algebraic *a);
AXLE_API bool axle_algebraic_is_rational(const axle_algebraic *a);
AXLE_API bool axle_algebraic_is_real(const axle_algebraic *a);
/* The minimal polynomial as a QQ polynomial (primitive, integer coefficients, positive leading
 * coefficient). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_minpoly(axle_poly **out,
                                                           const axle_algebraic *a);
/* The value of a rational a in rop (initialised by the caller); AXLE_EDOMAIN if a is irrational. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_get_mpq(mpq_t rop, const axle_algebraic *a);
/* A real a's isolating interval: lo < a < hi with no other root of the minimal polynomial in
 * [lo, hi] (lo = hi = a for a rational). AXLE_EDOMAIN for a non-real a. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_interval(mpq_t lo, mpq_t hi,
                                                            const axle_algebraic *a);
/* A non-real a's isolating disc |z − (re + im i)| ≤ rad. AXLE_EDOMAIN for a real a. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_disc(mpq_t re, mpq_t im, mpq_t rad,
                                                        const axle_algebraic *a);
/* Doubles for the real and imaginary parts (either pointer may be NULL), from an enclosure refined
 * to about 2^-74 of the larger part: the nearest doubles except, rarely, a part very much smaller
 * than the other or a value within that distance of a rounding boundary. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_to_double(double *re, double *im,
                                                             const axle_algebraic *a);
/* The real and imaginary parts as decimal strings with `digits` certain significant digits
 * (1 <= digits <= 10000, AXLE_ERANGE otherwise), trailing zeros dropped and the form chosen as
 * printf's %g does: "2.09", "-0.5", "1.41421356237e+50", "-1.4142e-20"; a part that is exactly
 * zero is "0". Either out pointer may be NULL; free the strings with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_to_decimal(char **re, char **im,
                                                              const axle_algebraic *a,
                                                              unsigned digits);
/* The display described at the top of this header; `digits` certain significant digits in the
 * approximate forms (0 means 10; above 10000 is AXLE_ERANGE). Free with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_to_string(char **out, const axle_algebraic *a,
                                                             axle_format fmt, unsigned digits);
/* *out = whether a is a root of unity e^(2πik/n) (k coprime to n, 0 <= k < n); when it is, *n
 * and *k are set (each may be NULL if not wanted; untouched otherwise). A status, not a bool,
 * because deciding it may allocate (AXLE_ENOMEM). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_root_of_unity(bool *out, const axle_algebraic *a,
                                                                 unsigned long *n,
                                                                 unsigned long *k);

/* ---- comparison and arithmetic -------------------------------------------------------------- */

/* *out = whether a == b (exact). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_equal(bool *out, const axle_algebraic *a,
                                                         const axle_algebraic *b);
/* *out = -1, 0, 1 as a <, =, > b; both real (AXLE_EDOMAIN otherwise). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_cmp(int *out, const axle_algebraic *a,
                                                       const axle_algebraic *b);
/* -1, 0 or 1 into *out: the sign of a real a (AXLE_EDOMAIN for a non-real a). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_sign(int *out, const axle_algebraic *a);
/* −a (minimal polynomial p(−x), up to sign). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_neg(axle_algebraic **out,
                                                       const axle_algebraic *a);
/* The complex conjugate (a itself, copied, when real). */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_conj(axle_algebraic **out,
                                                        const axle_algebraic *a);
/* 1/a (minimal polynomial x^n p(1/x), up to sign). AXLE_EDOMAIN when a is zero. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_inv(axle_algebraic **out,
                                                       const axle_algebraic *a);
/* The principal square root: the root of the factor of p(x²) that squares to a and has positive
 * real part, or, for a negative real a, positive imaginary part (√−4 = 2i); √0 = 0. For a >= 0
 * real the result is the nonnegative real square root. */
AXLE_API AXLE_NODISCARD axle_status axle_algebraic_sqrt(axle_algebraic **out,
                                                        const axle_algebraic *a);

#ifdef __cplusplus
}
#endif

#endif
