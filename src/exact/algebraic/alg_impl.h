/* axle internal: storage of algebraic numbers, exact real-root isolation, certified complex
 * enclosures. Never installed. */
#ifndef AX_ALG_IMPL_H
#define AX_ALG_IMPL_H

#include <gmp.h>

#include "axle/algebraic.h"
#include "core/format.h"
#include "exact/exact.h"

typedef enum ax_alg_kind { AX_ALG_RATIONAL, AX_ALG_REAL, AX_ALG_COMPLEX } ax_alg_kind;

/* The enclosure of one root of an irreducible integer polynomial:
 *   RATIONAL: lo = hi = the value;
 *   REAL:     open interval (lo, hi), lo < hi, exactly one root, p(lo) p(hi) < 0;
 *   COMPLEX:  closed disc |z - (re + im i)| <= rad, rad > 0, exactly one root of p strictly
 *             inside, |im| > rad (the disc stays off the real axis). */
struct axle_algebraic {
    ax_zpoly p;
    ax_alg_kind kind;
    mpq_t lo, hi;
    mpq_t re, im, rad;
    /* e^(2πi unity_k / unity_n) when the root was built as a root of unity (ax_alg_unity_roots),
     * unity_n = 0 otherwise (the printer then finds out itself) */
    unsigned long unity_n, unity_k;
};

struct axle_roots {
    axle_algebraic **a;
    unsigned long *mult;
    size_t n;
};

/* A new algebraic number with minimal polynomial p (copied) and zeroed enclosure data. */
axle_status ax_alg_new(axle_algebraic **out, const ax_zpoly *p, ax_alg_kind kind);

/* ---- integer polynomial helpers (real.c) -------------------------------------------------- */
/* Sign of f(u/v), v > 0, exactly. */
int ax_alg_sign_at(const ax_zpoly *f, const mpz_t u, const mpz_t v);
int ax_alg_sign_at_q(const ax_zpoly *f, const mpq_t x);

/* ---- real roots (real.c) ------------------------------------------------------------------ */
/* An isolating list for a square-free integer polynomial: root i lies in (v[i].lo, v[i].hi) or
 * equals v[i].lo = v[i].hi (a rational root met exactly); ascending, pairwise disjoint. */
typedef struct ax_iv {
    mpq_t lo, hi;
} ax_iv;
typedef struct ax_intervals {
    ax_iv *v;
    size_t n, cap;
} ax_intervals;

void ax_iv_clear(ax_intervals *L);
/* Isolate the real roots of the square-free f (deg >= 1) by Descartes' rule of signs and
 * Vincent–Collins–Akritas bisection. */
axle_status ax_alg_isolate_real(ax_intervals *L, const ax_zpoly *f);
/* Bisect the open isolating interval (lo, hi) of a root of f (with f(lo) f(hi) < 0) until
 * hi - lo <= 2^-bits (bits may be negative). */
void ax_alg_refine_interval(mpq_t lo, mpq_t hi, const ax_zpoly *f, long bits);

/* ---- complex roots (complex.c) ------------------------------------------------------------ */
/* Certified discs for all n = deg f roots of the square-free f (deg >= 1): centres re[i] + im[i] i
 * and radii rad[i] (n entries each, initialised here; clear with ax_alg_discs_clear), pairwise
 * disjoint, each holding exactly one root strictly inside. Precision starts at prec bits (at least
 * 128) and doubles; AXLE_EUNCERTIFIED if 2^16 bits do not suffice. */
axle_status ax_alg_all_discs(mpq_t **re, mpq_t **im, mpq_t **rad, const ax_zpoly *f,
                             unsigned long prec);
void ax_alg_discs_clear(mpq_t *re, mpq_t *im, mpq_t *rad, size_t n);
/* Shrink the isolating disc (re, im, rad) of a root of f to radius <= 2^-bits. */
axle_status ax_alg_refine_disc(mpq_t re, mpq_t im, mpq_t rad, const ax_zpoly *f, long bits);

/* ---- enclosures common to both kinds (algebraic.c) ----------------------------------------- */
/* An enclosure of a as a rectangle [re_lo, re_hi] x [im_lo, im_hi] of size <= 2^-bits. */
axle_status ax_alg_box(mpq_t re_lo, mpq_t re_hi, mpq_t im_lo, mpq_t im_hi, const axle_algebraic *a,
                       long bits);
/* Whether a's real part (im = false) or imaginary part (im = true) is exactly zero. */
axle_status ax_alg_part_is_zero(bool *out, const axle_algebraic *a, bool im);
/* floor(log2 |x|) for x != 0. */
long ax_alg_log2(const mpq_t x);

/* The rational q as an algebraic number. */
axle_status ax_alg_rational(axle_algebraic **out, const mpq_t q);
/* For a and b of the same kind and minimal polynomial: whether they are the same root (refining
 * copies of their enclosures). */
axle_status ax_alg_same_root(bool *out, const axle_algebraic *a, const axle_algebraic *b);
/* Compare two real algebraic numbers, refining their intervals in place (they stay isolating). */
axle_status ax_alg_real_cmp(int *out, axle_algebraic *a, axle_algebraic *b);
/* Disc same-root test: both discs isolate a root of f; true when it is the same root. */
axle_status ax_alg_same_disc(bool *out, const ax_zpoly *f, const mpq_t re1, const mpq_t im1,
                             const mpq_t rad1, const mpq_t re2, const mpq_t im2, const mpq_t rad2);

/* A growing list of algebraic numbers with multiplicities (owned). */
typedef struct ax_alist {
    axle_algebraic **a;
    unsigned long *m;
    size_t n, cap;
} ax_alist;
/* Append x (ownership passes to L; x is freed on failure). */
axle_status ax_alist_push(ax_alist *L, axle_algebraic *x, unsigned long m);
void ax_alist_clear(ax_alist *L);
/* Append the distinct roots of the irreducible primitive f (deg >= 1), all with multiplicity m,
 * unsorted: real ones (unless real_only is false, also the non-real ones in conjugate pairs). */
axle_status ax_alg_roots_irreducible(ax_alist *L, const ax_zpoly *f, unsigned long m,
                                     bool real_only);
/* Sort L into the canonical order of axle_poly_roots (non-real roots must come in (upper, lower)
 * pairs, as ax_alg_roots_irreducible appends them). */
axle_status ax_alg_canonical_order(ax_alist *L);

/* ---- roots of unity (cyclo.c) -------------------------------------------------------------- */
unsigned long ax_alg_euler_phi(unsigned long n);
/* m >= 3 when the primitive f is the cyclotomic polynomial Φ_m, else 0 (also when memory ran
 * out: *nomem is then true). */
unsigned long ax_alg_cyclotomic_order(const ax_zpoly *f, bool *nomem);
/* Append the φ(m) roots of f = Φ_m (m >= 3) with multiplicity mult, certified from their known
 * positions, in conjugate pairs (upper first) of increasing real part. *done is false (and
 * nothing appended) when the certificate does not hold; the caller then takes the general path. */
axle_status ax_alg_unity_roots(ax_alist *L, const ax_zpoly *f, unsigned long m, unsigned long mult,
                               bool *done);
/* Shrink the isolating disc (re, im, rad) of a root of f = Φ_m to radius below 2^-bits from the
 * root's closed form (the new disc is proven to lie inside the old one). *done is false, and the
 * disc unchanged, when that does not succeed; the caller then refines the general way. */
axle_status ax_alg_unity_refine(mpq_t re, mpq_t im, mpq_t rad, const ax_zpoly *f, unsigned long m,
                                long bits, bool *done);

/* r = 2^e. */
void ax_alg_set_pow2(mpq_t r, long e);
/* r = a 2^(q - P), exactly. */
void ax_alg_set_scaled(mpq_t r, const mpz_t a, unsigned long P, long q);

/* One upper-half-plane disc of a closed-form root: centre (A + B i) 2^(q - P), radius 2^e
 * (k: the root's index in its closed form, e^(2πik/m) for roots of unity). */
typedef struct ax_alg_updisc {
    mpz_t A, B;
    long e;
    unsigned long k;
} ax_alg_updisc;
/* True when the n discs D (each proven to hold a root) lie above the real axis,
 * B 2^(q-P) > 2^e, and their real projections are disjoint and decreasing,
 * (A_i - A_(i+1)) 2^(q-P) > 2^e_i + 2^e_(i+1): then they hold n different roots, none real. */
bool ax_alg_updiscs_separated(const ax_alg_updisc *D, size_t n, unsigned long P, long q);
/* If the disc D(cr + ci i, r) lies inside D(re + im i, rad) (so holds the same root), swap it
 * into (re, im, rad) and return true; else false, nothing changed. */
bool ax_alg_take_inner_disc(mpq_t re, mpq_t im, mpq_t rad, mpq_t cr, mpq_t ci, mpq_t r);

/* ---- binomials (binomial.c) ---------------------------------------------------------------- */
/* Whether f (deg >= 2) is a binomial a_n x^n + a_0 with a_0 != 0. */
bool ax_alg_is_binomial(const ax_zpoly *f);
/* Append the roots of the irreducible binomial f with multiplicity mult, placed from their
 * closed form |β|^(1/n) e^(iπ j / n) and certified: the real ones, then (unless real_only) the
 * non-real ones in conjugate pairs (upper first) of increasing real part. *done is false (and
 * nothing appended) when the certificate does not hold; the caller then takes the general path. */
axle_status ax_alg_binomial_roots(ax_alist *L, const ax_zpoly *f, unsigned long mult,
                                  bool real_only, bool *done);
/* Shrink the isolating disc (re, im, rad) of a non-real root of the irreducible binomial f to
 * radius below 2^-bits from the root's closed form (the new disc is proven to lie inside the old
 * one). *done is false, and the disc unchanged, when that does not succeed. */
axle_status ax_alg_binomial_refine(mpq_t re, mpq_t im, mpq_t rad, const ax_zpoly *f, long bits,
                                   bool *done);

/* ---- text: format pieces (format.c), digits (digits.c), roots of unity (unity.c), quadratic
 * surds (surd.c), the display (print.c) ------------------------------------------------------- */
/* The decimal integer z; "-" or "−" by format; " + " or " - " / " − " by format and sign. */
void ax_alg_str_z(ax_buf *b, const mpz_t z);
const char *ax_alg_minus(axle_format f);
const char *ax_alg_binop(axle_format f, bool plus);
/* k·√d ("sqrt(d)", "2*sqrt(d)", "2√d", "2\sqrt{d}"); k = 1 is left out. */
void ax_alg_str_surd(ax_buf *b, const mpz_t k, const mpz_t d, axle_format f);
/* The real (im = false) or imaginary part of a with N certain significant digits. */
axle_status ax_alg_str_part(ax_buf *b, const axle_algebraic *a, bool im, unsigned N, axle_format f);
/* "2.0945514815", "0.309 + 0.951i", "−1.2i" with N certain significant digits. */
axle_status ax_alg_str_value(ax_buf *b, const axle_algebraic *a, unsigned N, axle_format f);
/* As axle_algebraic_root_of_unity; *nomem is set (and the answer false) when an allocation
 * failed, so that a printer can report AXLE_ENOMEM instead of falling back to another form. */
bool ax_alg_root_of_unity_test(const axle_algebraic *a, unsigned long *n, unsigned long *k,
                               bool *nomem);
/* "e^(2πi·k/n)", "exp(2*pi*i*k/n)", "e^{2\pi i \cdot k/n}" (k = 1 left out) */
void ax_alg_str_unity(ax_buf *b, unsigned long n, unsigned long k, axle_format f);
/* The surd form of a root of the irreducible quadratic c2 x² + c1 x + c0. */
void ax_alg_str_quadratic(ax_buf *b, const axle_algebraic *a, axle_format f);
/* That root as (N + σ s√d)/Q, σ = +1 when *plus (decided exactly), and the display of any
 * (N + R√d)/Q (R != 0, Q > 0, d not a square; d < 0 prints re + im i): surd.c. */
void ax_alg_quadratic_parts(mpz_t N, mpz_t s, mpz_t d, mpz_t Q, bool *plus,
                            const axle_algebraic *a);
void ax_alg_str_surd_value(ax_buf *b, const mpz_t N, const mpz_t R, const mpz_t d, const mpz_t Q,
                           axle_format f);
/* The display of a without the JSON wrapper (fmt TEXT, UNICODE or LATEX). */
axle_status ax_alg_display(char **out, const axle_algebraic *a, axle_format fmt, unsigned digits);
axle_status ax_alg_json(char **out, const axle_algebraic *a, unsigned digits,
                        const unsigned long *mult);

#endif
