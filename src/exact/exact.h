/* axle internal: the interface of the exact engine (QQ side, below the backend line): integer
 * polynomials Z[x] (zpoly.c), polynomials modulo a word-size prime F_p[x] (nmod.c), Hensel
 * lifting (hensel.c), factorization over Z (zassenhaus.c). algebraic/ and numfield/
 * are built on it; the floors above the backend line reach it only through src/backend.h.
 * Never installed. */
#ifndef AX_EXACT_H
#define AX_EXACT_H

#include <gmp.h>
#include <stdint.h>

#include "axle/poly.h"
#include "core/internal.h"
#include "exact/word.h"

/* Every helper that can fail returns axle_status: AXLE_OK, or the status ax_nomem() (or
 * ax_error) recorded, with its outputs left valid for clearing. A sequence of such steps reads
 * AX_STEP(s, step()); AX_STEP(s, next()); ...: each runs only while s is still AXLE_OK. */
#define AX_STEP(s, call)                                                                           \
    do {                                                                                           \
        if (!(s))                                                                                  \
            (s) = (call);                                                                          \
    } while (0)

/* ---- integer polynomials (mpz coefficients, lowest degree first) ---------------------------- */
typedef struct ax_zpoly {
    mpz_t *c;
    size_t len;   /* number of meaningful coefficients; 0 is the zero polynomial */
    size_t alloc; /* number of initialised mpz_t */
} ax_zpoly;

void ax_zp_init(ax_zpoly *f);
void ax_zp_clear(ax_zpoly *f);
/* Make room for n coefficients (new ones are zero). */
axle_status ax_zp_fit(ax_zpoly *f, size_t n);
/* Set length n (fit first), zeroing the coefficients. */
axle_status ax_zp_zero(ax_zpoly *f, size_t n);
void ax_zp_trim(ax_zpoly *f);
long ax_zp_deg(const ax_zpoly *f);
axle_status ax_zp_set(ax_zpoly *r, const ax_zpoly *f);
axle_status ax_zp_mul(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g);
axle_status ax_zp_sub(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g);
axle_status ax_zp_derivative(ax_zpoly *r, const ax_zpoly *f);
/* The nonnegative gcd of the coefficients (0 for the zero polynomial). */
void ax_zp_content(mpz_t c, const ax_zpoly *f);
/* Divide by the content and make the leading coefficient positive (no-op on zero). */
void ax_zp_primitive(ax_zpoly *f);
/* *divides: whether g divides f exactly over Z, and then q = f / g (otherwise q is undefined).
 * g must be nonzero. */
axle_status ax_zp_divides(bool *divides, ax_zpoly *q, const ax_zpoly *f, const ax_zpoly *g);
/* The primitive gcd (positive leading coefficient) of primitive f and g. */
axle_status ax_zp_gcd(ax_zpoly *r, const ax_zpoly *f, const ax_zpoly *g);
/* Clear the denominators of a QQ polynomial: f = den * p with den the lcm of the coefficients'
 * denominators (den may be NULL when not wanted). */
axle_status ax_zp_from_qq(ax_zpoly *f, mpz_t den, const axle_poly *p);
/* p = c F for the QQ polynomial p: F a primitive integer polynomial with positive leading
 * coefficient, c the content of p with the sign of its leading coefficient (p = 0: c = 0, F = 0).
 */
axle_status ax_zp_from_qq_primitive(mpq_t c, ax_zpoly *F, const axle_poly *p);
/* The QQ polynomial f / den (den may be NULL for 1; den must be nonzero). */
axle_status ax_zp_to_poly(axle_poly **out, const ax_zpoly *f, const mpz_t den);
bool ax_zp_equal(const ax_zpoly *f, const ax_zpoly *g);
/* The n-th cyclotomic polynomial Phi_n (n >= 1) in O(2^k n) coefficient operations for n with k
 * distinct primes. */
axle_status ax_zp_cyclotomic(ax_zpoly *r, unsigned long n);
/* n when f is x^n - 1 (*sign = -1) or x^n + 1 (*sign = +1) with n >= 2, else 0. */
unsigned long ax_zp_binomial_unit(const ax_zpoly *f, int *sign);

/* ---- polynomials modulo a word-size prime p < 2^20 (coefficients in [0, p)); nmod.c's delayed
 * reductions rely on that bound ------------------------------------------------------------------
 */
typedef struct ax_np {
    uint64_t *c;
    size_t len;
    size_t alloc;
} ax_np;

void ax_np_init(ax_np *f);
void ax_np_clear(ax_np *f);
axle_status ax_np_fit(ax_np *f, size_t n);
void ax_np_trim(ax_np *f);
axle_status ax_np_set(ax_np *r, const ax_np *f);
/* f mod p from an integer polynomial. */
axle_status ax_np_from_zp(ax_np *r, const ax_zpoly *f, uint64_t p);
axle_status ax_np_mul(ax_np *r, const ax_np *f, const ax_np *g, uint64_t p);
/* q, r with f = q g + r (g nonzero); q may be NULL. r may alias f. */
axle_status ax_np_divrem(ax_np *q, ax_np *r, const ax_np *f, const ax_np *g, uint64_t p);
/* Monic gcd. */
axle_status ax_np_gcd(ax_np *r, const ax_np *f, const ax_np *g, uint64_t p);
/* Monic gcd g and s, t with s f + t g = gcd. */
axle_status ax_np_xgcd(ax_np *g, ax_np *s, ax_np *t, const ax_np *a, const ax_np *b, uint64_t p);
axle_status ax_np_derivative(ax_np *r, const ax_np *f, uint64_t p);
void ax_np_make_monic(ax_np *f, uint64_t p);

/* Factor the square-free monic polynomial f modulo the odd prime p into monic irreducibles. On
 * success *fac is a new array of *count factors (each to be cleared with ax_np_clear, the array
 * freed with free). rng is a seed state. The dispatcher chooses by degree: Berlekamp's Q-matrix
 * with random splitting (n^2 words) for small degree, Cantor–Zassenhaus (distinct-degree, then
 * equal-degree factorization; O(n) words) above AX_BERLEKAMP_MAX_DEGREE (nmod.c). */
axle_status ax_np_factor(ax_np **fac, size_t *count, const ax_np *f, uint64_t p, uint64_t *rng);
axle_status ax_np_factor_berlekamp(ax_np **fac, size_t *count, const ax_np *f, uint64_t p,
                                   uint64_t *rng);
axle_status ax_np_factor_cz(ax_np **fac, size_t *count, const ax_np *f, uint64_t p, uint64_t *rng);
/* *count: the number of irreducible factors of the square-free monic f mod p. Berlekamp:
 * n - rank(Q - I); Cantor–Zassenhaus: from the distinct-degree factorization. */
axle_status ax_np_count_factors(size_t *count, const ax_np *f, uint64_t p);
axle_status ax_np_count_factors_berlekamp(size_t *count, const ax_np *f, uint64_t p);
axle_status ax_np_count_factors_cz(size_t *count, const ax_np *f, uint64_t p);

/* ---- Hensel lifting ------------------------------------------------------------------------- */
/* f is an integer polynomial with lc(f) prime to p and f = lc(f) * prod g[i] mod p, the g[i]
 * monic, pairwise coprime mod p. Computes monic integer polynomials G[i] (coefficients in
 * [0, p^k)) with f = lc(f) * prod G[i] mod p^k and G[i] = g[i] mod p (quadratic multifactor
 * lifting along a balanced factor tree). G must hold r initialised ax_zpoly. */
axle_status ax_hensel_lift(ax_zpoly *G, const ax_zpoly *f, const ax_np *g, size_t r, uint64_t p,
                           unsigned long k);

/* ---- factorization -------------------------------------------------------------------------- */
/* A growing list of integer polynomials with multiplicities. */
typedef struct ax_zlist {
    ax_zpoly *f;
    unsigned long *mult;
    size_t n, cap;
} ax_zlist;

void ax_zlist_clear(ax_zlist *L);
/* Append a copy of f with multiplicity m. */
axle_status ax_zlist_push(ax_zlist *L, const ax_zpoly *f, unsigned long m);

/* Factor a primitive, square-free integer polynomial of degree >= 1 with positive leading
 * coefficient into irreducibles, appending them to L with multiplicity m. */
axle_status ax_zp_factor_squarefree(ax_zlist *L, const ax_zpoly *f, unsigned long m);

/* The unit (the content, with the sign of the leading coefficient) and the factors of the valid QQ
 * polynomial p, appended to L: full, its irreducible factors over Z sorted by degree then
 * coefficients; otherwise Yun's square-free parts (factor.c). Refuses the zero polynomial
 * (AXLE_EDOMAIN) and p over the limits AXLE_POLY_FACTOR_MAX_DEGREE / _BITS (AXLE_ERANGE), naming
 * `what` ("factorization"), before any work. */
axle_status ax_exact_decompose(mpq_t unit, ax_zlist *L, const axle_poly *p, bool full,
                               const char *what);

/* The QQ side's exact polynomial kernels (src/backend.h). */
struct ax_poly_factor_list;
axle_status ax_qq_poly_factor(struct ax_poly_factor_list *out, const axle_poly *p, bool full);
axle_status ax_qq_poly_rational_roots(axle_matrix **roots, unsigned long **mult,
                                      const axle_poly *p);

/* The QQ side's spectral kernels (src/backend.h; src/exact/eigen/). */
struct ax_spectrum;
axle_status ax_qq_eigen(struct ax_spectrum **out, const axle_matrix *A, const axle_poly *chi,
                        const axle_poly *mu);
axle_status ax_qq_diagonalize(axle_matrix **P, axle_matrix **D, const axle_matrix *A,
                              const struct ax_spectrum *S);
axle_status ax_qq_triangularize(axle_matrix **P, axle_matrix **T, const axle_matrix *A,
                                const struct ax_spectrum *S);
axle_status ax_qq_jordan(axle_matrix **J, axle_matrix **P, const axle_matrix *A,
                         const struct ax_spectrum *S);

/* The QQ side's exact inner kernels of the spectral family (src/backend.h; src/exact/inner/). */
struct ax_svals;
axle_status ax_qq_svd(struct ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                      const axle_matrix *GW);
axle_status ax_qq_spectral(axle_matrix **E, axle_matrix **r, axle_matrix **values,
                           const axle_matrix *A, const axle_matrix *G);
axle_status ax_qq_sqrt(axle_matrix **out, const axle_matrix *A, const axle_matrix *G);
axle_status ax_qq_polar(axle_matrix **S, axle_matrix **P, const axle_matrix *A,
                        const axle_matrix *G);

#endif
