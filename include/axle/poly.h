/* axle — polynomials in one variable x over QQ or RR (Axler chapter 4).
 *
 * An axle_poly is an immutable polynomial a_0 + a_1 x + ... + a_n x^n over one field. Every
 * operation returns a new polynomial; free it with axle_poly_free(). Both operands of a binary
 * operation must be of the same field (AXLE_EFIELD otherwise); a NULL polynomial argument is
 * AXLE_EINVAL. On failure the out-parameters are NULL.
 *
 * Degree: the zero polynomial has degree -infinity (Axler 4.6); axle_poly_degree() returns
 * AXLE_POLY_DEG_ZERO (-1) for it, so `deg r < deg b` comparisons and the division identity read
 * as in the book.
 *
 * RR polynomials keep every coefficient the arithmetic produced: only exact zeros are trimmed from
 * the top. Decisions that need a tolerance (gcd) say so.
 *
 * Text: polynomials are sums of terms in x, e.g. "x^4 - 1", "3/2 x^2 + x", "2x^3-x+0.5",
 * "-x^2 + 2*x - 1/3" (see axle_poly_parse for the grammar). Printing (axle_poly_to_string) is
 * highest degree first: text "x^3 - 2x + 1/2", unicode "x³ − 2x + 1/2", LaTeX
 * "x^{3} - 2x + \frac{1}{2}", JSON the coefficient list highest degree first (["1","0","-2","1/2"]
 * over QQ, numbers over RR; the zero polynomial is []).
 *
 * Factorization over Q (axle_poly_factor) is complete: content times primitive irreducible
 * integer polynomials with positive leading coefficients, with multiplicities. */
#ifndef AXLE_POLY_H
#define AXLE_POLY_H

#include <gmp.h>

#include "common.h"
#include "field.h"
#include "io.h"
#include "matrix.h"
#include "scalar.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_poly axle_poly;

/* The degree axle_poly_degree() reports for the zero polynomial (standing for -infinity). */
#define AXLE_POLY_DEG_ZERO (-1L)

/* ---- size limits ------------------------------------------------------------------------------
 * A few bytes can ask for an enormous polynomial ("(x+1)^999999", "2^1000000 x"). Every operation
 * that builds a result bigger than its operands (axle_poly_mul, _pow, _compose, and the products,
 * quotients and powers in axle_poly_parse) bounds the result's size BEFORE computing it and
 * refuses with AXLE_ERANGE, and a message naming the limit, when the bound is above one of:
 *   AXLE_POLY_MAX_DEGREE  the degree (no axle_poly is ever longer: construction refuses it too);
 *   AXLE_POLY_MAX_BITS    QQ: the total size of the coefficients in bits, bounded a priori by
 *                         (d + 1)(log2 |P|_1 + log2 D + 2), where D is a common denominator of
 *                         the coefficients and P = D p the integer polynomial, for a result of
 *                         degree d (|P q|_1 <= |P|_1 |Q|_1, |P^e|_1 = |P|_1^e for the bound).
 * 2^26 bits is 8 MiB of coefficients: (x + 1)^8000 (5.5 MiB; bound 7.6 MiB) is within it,
 * (x + 1)^10000, ((x + 1)^100)^100 or 2^(2^26) are not. Within the limits a product or power
 * takes well under a few seconds. RR results are bounded by the degree only.
 *   AXLE_POLY_MAX_WORK    axle_poly_parse: the work of evaluating the text, estimated before any
 *                         arithmetic in coefficient operations (a sum, negation or product by a
 *                         constant of a dense operand of degree d costs d + 1; a monomial term c
 * x^k costs 1, so sparse sums stay linear; each fraction costs log2 M / 64 with M the common
 * denominator of the numbers in the text, whose size is bounded by AXLE_POLY_MAX_BITS too). 2^25
 * admits ten dense terms of degree 10^6, (x + 1)^8000 or a sum of 10^6 monomials, and refuses 11
 * copies of (x^1000000 + 1) summed, or 1/2 + 1/3 + ... over 2 10^4 primes. */
#define AXLE_POLY_MAX_DEGREE 1000000L
#define AXLE_POLY_MAX_BITS 67108864L
#define AXLE_POLY_MAX_WORK 33554432L

/* ---- construction ---------------------------------------------------------------------------
 * Coefficient arrays are lowest degree first: c[k] is the coefficient of x^k, k < n. Trailing
 * zeros are allowed (and trimmed); n == 0 gives the zero polynomial. */

AXLE_API AXLE_NODISCARD axle_status axle_poly_from_ints(axle_poly **out, axle_field F, size_t n,
                                                        const long *c);
/* num[k]/den[k]; AXLE_EDOMAIN if a denominator is zero. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_from_fracs(axle_poly **out, axle_field F, size_t n,
                                                         const long *num, const long *den);
/* Doubles (QQ keeps their exact binary values); AXLE_EDOMAIN for NaN or an infinity. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_from_doubles(axle_poly **out, axle_field F, size_t n,
                                                           const double *c);
/* Canonical GMP rationals, read only (RR rounds to nearest; AXLE_ERANGE on overflow). The
 * parameter is not const-qualified only because C cannot convert mpq_t * to const mpq_t *. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_from_mpq(axle_poly **out, axle_field F, size_t n,
                                                       mpq_t *c);
/* Scalars, all of field F (AXLE_EFIELD otherwise; AXLE_EINVAL for a NULL entry). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_from_scalars(axle_poly **out, axle_field F, size_t n,
                                                           const axle_scalar *const *c);
/* The constant polynomial c (the zero polynomial when c is 0), of c's field. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_constant(axle_poly **out, const axle_scalar *c);
/* The polynomial x^k. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_monomial(axle_poly **out, axle_field F,
                                                       unsigned long k);
/* A copy of p. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_copy(axle_poly **out, const axle_poly *p);
/* p converted to field F (QQ -> RR rounds each coefficient, AXLE_ERANGE on overflow; RR -> QQ
 * keeps exact binary values). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_convert(axle_poly **out, const axle_poly *p,
                                                      axle_field F);

/* Free p. NULL is a no-op. */
AXLE_API void axle_poly_free(axle_poly *p);

/* ---- queries --------------------------------------------------------------------------------- */

AXLE_API axle_field axle_poly_field(const axle_poly *p);
/* For a NULL p these queries answer as every axle query does (0, false): NULL is not the zero
 * polynomial, so axle_poly_is_zero(NULL) is false and axle_poly_degree(NULL) is 0, not
 * AXLE_POLY_DEG_ZERO; axle_poly_field(NULL) is AXLE_QQ (0); axle_poly_equal is false when either
 * argument is NULL. For every p: axle_poly_is_zero(p) == (axle_poly_degree(p) == -1). */
/* The degree; AXLE_POLY_DEG_ZERO (-1, meaning -infinity) for the zero polynomial. */
AXLE_API long axle_poly_degree(const axle_poly *p);
AXLE_API bool axle_poly_is_zero(const axle_poly *p);
/* True when p and q have the same field and exactly the same coefficients. */
AXLE_API bool axle_poly_equal(const axle_poly *p, const axle_poly *q);
/* The coefficient of x^k as a new scalar (zero for k above the degree). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_coeff(axle_scalar **out, const axle_poly *p,
                                                    size_t k);
/* The coefficient of x^k as an exact rational in rop (initialised by the caller; RR: the binary
 * value). */
AXLE_API void axle_poly_coeff_mpq(mpq_t rop, const axle_poly *p, size_t k);
/* The leading coefficient (zero for the zero polynomial). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_leading(axle_scalar **out, const axle_poly *p);

/* ---- arithmetic (Axler 4.4) ------------------------------------------------------------------ */

AXLE_API AXLE_NODISCARD axle_status axle_poly_add(axle_poly **out, const axle_poly *p,
                                                  const axle_poly *q);
AXLE_API AXLE_NODISCARD axle_status axle_poly_sub(axle_poly **out, const axle_poly *p,
                                                  const axle_poly *q);
/* p q: QQ by Kronecker substitution (the integer polynomials packed into one integer each, one
 * GMP product) above a few terms, schoolbook below. AXLE_ERANGE beyond the size limits. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_mul(axle_poly **out, const axle_poly *p,
                                                  const axle_poly *q);
AXLE_API AXLE_NODISCARD axle_status axle_poly_neg(axle_poly **out, const axle_poly *p);
/* c p, c a scalar of p's field. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_scale(axle_poly **out, const axle_scalar *c,
                                                    const axle_poly *p);
/* p^e (p^0 = 1, also for p = 0). AXLE_ERANGE when the result would exceed the size limits
 * above (degree e deg p, or coefficient bits about e log2 |P|_1 for the integer multiple P of p);
 * checked before any arithmetic. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_pow(axle_poly **out, const axle_poly *p,
                                                  unsigned long e);

/* Division with remainder (Axler 4.8): a = q b + r with deg r < deg b. Either of q, r may be NULL
 * when not wanted. AXLE_EDOMAIN when b is the zero polynomial. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_divrem(axle_poly **q, axle_poly **r,
                                                     const axle_poly *a, const axle_poly *b);

/* The monic greatest common divisor (gcd(0, 0) = 0).
 * QQ: exact, by the primitive polynomial remainder sequence over Z (contents removed at every
 * step, so the integers stay the size of the inputs' gcd chain).
 * RR: Euclid's algorithm with a tolerance tol: the thread's axle_rr_tolerance() when one was set
 * with axle_rr_set_tolerance(), otherwise n * sqrt(DBL_EPSILON) (about 1.5e-8 n) for
 * n = max(deg a, deg b) + 1. Each divisor is made monic; leading remainder coefficients within the
 * remainder's tracked rounding error are dropped. When a remainder is that small, or at most tol
 * times the coefficients its division worked with, the divisor is accepted only if dividing a and
 * b by it leaves remainders of at most 4 tol times each input's largest coefficient; otherwise
 * Euclid goes on. What it promises: the result g divides a and b to that tolerance (a backward
 * error: a and b are within 4 tol, relatively, of multiples of g). When the common roots are
 * simple and the other roots of a and b lie well apart from each other (say 1/3 for inputs of
 * degree <= 10 with coefficients of similar size), deg g is the exact gcd's degree and g is
 * within about 1e-6 of it; nearby but distinct roots can make the degree lower (never a factor
 * that does not divide to the tolerance). gcd(a, 0) is a made monic. AXLE_ERANGE when a monic
 * divisor or a remainder of the sequence overflows a double (gcd(x^2 - 1, 1e-300 x + 1)). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_gcd(axle_poly **out, const axle_poly *a,
                                                  const axle_poly *b);

/* Extended gcd: g = gcd(a, b) (monic, as axle_poly_gcd) and s, t with s a + t b = g, where
 * deg s < deg b and deg t < deg a when both degrees are at least 1. QQ only (the extended
 * Euclidean algorithm on rationals, O(deg^2) operations; AXLE_EUNSUPPORTED for RR). g, s or t may
 * be NULL when not wanted. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_xgcd(axle_poly **g, axle_poly **s, axle_poly **t,
                                                   const axle_poly *a, const axle_poly *b);

/* The derivative p'. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_derivative(axle_poly **out, const axle_poly *p);

/* The composition p(q(x)) (Horner in q). AXLE_ERANGE beyond the size limits. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_compose(axle_poly **out, const axle_poly *p,
                                                      const axle_poly *q);

/* p(x) for a scalar x of p's field (Horner). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_eval(axle_scalar **out, const axle_poly *p,
                                                   const axle_scalar *x);

/* p(A) for a square matrix A of p's field (Horner with axle_matrix_mul; deg p products).
 * AXLE_EDIM if A is not square. QQ: AXLE_ERANGE, before any product, when the Horner steps could
 * take more than AXLE_POLY_MAX_BITS bits in all (n^2 entries each, growing by about
 * bits(num A) + bits(den A) + log2(n) / 2 per step: x^16000 at a 3x3 matrix of 30-bit entries). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_eval_matrix(axle_matrix **out, const axle_poly *p,
                                                          const axle_matrix *A);

/* QQ only (AXLE_EUNSUPPORTED for RR). The content: the rational c, with the sign of the leading
 * coefficient, such that p / c is a primitive integer polynomial (coefficients with gcd 1) with a
 * positive leading coefficient. AXLE_EDOMAIN for the zero polynomial. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_content(axle_scalar **out, const axle_poly *p);
/* QQ only: the primitive part p / content(p). AXLE_EDOMAIN for the zero polynomial. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_primitive(axle_poly **out, const axle_poly *p);

/* ---- text ---------------------------------------------------------------------------------- */

/* p as a new string in the given format (see the top of this header); free with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_to_string(char **out, const axle_poly *p,
                                                        axle_format fmt);

/* Parse a polynomial in x over F. Grammar (blanks free-form between tokens):
 *   poly   := ['+'|'-'] term { ('+'|'-') term }
 *   term   := factor { ['*' | '/'] factor }   (no operator: juxtaposition, before 'x' or '(')
 *   factor := atom [ '^' digits ]
 *   atom   := number | 'x' | '(' poly ')'
 * where number is a decimal as in axle_scalar_parse ("3", "0.5", "1e-3"; "3/4" is 3 divided by
 * 4). Products and quotients go left to right ("1/2 x" and "x/2" are x/2; "2/3^2" is 2/9), and a
 * sign belongs to the sum ("x + -1" and "x/-2" are errors). Examples: "x^4 - 1", "3/2 x^2 + x",
 * "2x^3-x+0.5", "(x^2 + 1)^3", "2x(x - 1)(x + 1/2)", "x^3/6". The text is parsed whole first
 * (AXLE_EPARSE with axle_error_position() and what was expected, before any arithmetic), then
 * every product, quotient and power is checked against the size limits above (AXLE_ERANGE with
 * its position: "((x+1)^100)^100" is judged as (x+1)^10000), then evaluated exactly and converted
 * to F once. A divisor must be a nonzero constant: one containing x is AXLE_EPARSE, zero is
 * AXLE_EDOMAIN (both with the divisor's position). An exponent above AXLE_POLY_MAX_DEGREE is
 * AXLE_ERANGE; over RR a coefficient beyond double range too. Parentheses nest at most 200 deep. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_parse(axle_poly **out, axle_field F,
                                                    const char *text);

/* ---- factorization over Q -------------------------------------------------------------------
 * A factorization is unit * prod f_i^{e_i}: the unit is a rational scalar, the f_i are distinct
 * primitive integer polynomials with positive leading coefficients, e_i >= 1. */

typedef struct axle_poly_factors axle_poly_factors;

/* Limits of the factorization (and so of everything built on it: rational roots, exact roots,
 * eigenvalues). The work grows with the degree n like n^3 (modular factorization) and with the
 * coefficient size like the cost of multiplying numbers of that size (Hensel lifting), so a larger
 * input is refused at once, before any allocation or computation, with AXLE_ERANGE and a message
 * naming the limit:
 *   AXLE_POLY_FACTOR_MAX_DEGREE  the degree of p;
 *   AXLE_POLY_FACTOR_MAX_BITS    the size in bits of every coefficient of the primitive integer
 *                                polynomial p / content(p) (about 315,000 decimal digits);
 *   AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE  the degree of a square-free part (or of a binomial's
 *                                cofactor) that needs the general modular factorization: the
 *                                special forms split without modular work -- x^n - 1, x^n + 1 into
 *                                cyclotomic polynomials, a x^n + b by Capelli's theorem when its
 *                                pieces are proven irreducible -- are factored up to
 *                                AXLE_POLY_FACTOR_MAX_DEGREE; any other square-free part above
 *                                this degree is refused before the modular work starts. */
#define AXLE_POLY_FACTOR_MAX_DEGREE 2048
#define AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE 1000
#define AXLE_POLY_FACTOR_MAX_BITS (1UL << 20)

/* Square-free decomposition (Yun): p = unit * prod f_i^{i-th multiplicity}, where the f_i are
 * square-free, pairwise coprime, primitive with positive leading coefficient (not necessarily
 * irreducible), in increasing multiplicity. QQ only (AXLE_EUNSUPPORTED for RR); AXLE_EDOMAIN
 * for the zero polynomial. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_squarefree(axle_poly_factors **out,
                                                         const axle_poly *p);

/* Complete factorization into irreducibles over Q: unit = content(p) and the f_i irreducible over
 * Q (Zassenhaus: square-free decomposition, factorization modulo a small prime -- Berlekamp up to
 * degree 1000, Cantor–Zassenhaus above, O(n) words of memory --, quadratic multifactor Hensel
 * lifting beyond a Mignotte bound, recombination by subsets; x^n - 1 and x^n + 1 split at once
 * into cyclotomic polynomials). Factors are sorted by degree, then by coefficients. Polynomial
 * time except the recombination, which is exponential in the number of modular factors on rare
 * inputs (Swinnerton-Dyer polynomials). QQ only (AXLE_EUNSUPPORTED for RR); AXLE_EDOMAIN for the
 * zero polynomial; AXLE_ERANGE beyond AXLE_POLY_FACTOR_MAX_DEGREE or AXLE_POLY_FACTOR_MAX_BITS, and
 * for a square-free part that needs the modular path beyond AXLE_POLY_FACTOR_MAX_GENERAL_DEGREE
 * (the same limits hold for axle_poly_squarefree and axle_poly_rational_roots). */
AXLE_API AXLE_NODISCARD axle_status axle_poly_factor(axle_poly_factors **out, const axle_poly *p);

AXLE_API void axle_poly_factors_free(axle_poly_factors *f);
/* The number of distinct factors (0 for a constant). */
AXLE_API size_t axle_poly_factors_count(const axle_poly_factors *f);
/* The unit (the content, with the sign of the leading coefficient); owned by f. */
AXLE_API const axle_scalar *axle_poly_factors_unit(const axle_poly_factors *f);
/* Factor i (owned by f) and its multiplicity (mult may be NULL); NULL if i is out of range. */
AXLE_API const axle_poly *axle_poly_factors_get(const axle_poly_factors *f, size_t i,
                                                unsigned long *mult);

/* The rational roots of p, read off its linear factors over Q: a k x 1 QQ matrix of the distinct
 * roots in increasing order and, if mult is not NULL, a new array of their multiplicities (free
 * with axle_free(); NULL when k == 0). QQ only; AXLE_EDOMAIN for the zero polynomial. */
AXLE_API AXLE_NODISCARD axle_status axle_poly_rational_roots(axle_matrix **roots,
                                                             unsigned long **mult,
                                                             const axle_poly *p);

#ifdef __cplusplus
}
#endif

#endif
