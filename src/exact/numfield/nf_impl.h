/* axle internal: number fields Q(α) = Q[x]/(f), their elements and matrices. Never installed.
 *
 * The field keeps f, the primitive integer polynomial with positive leading coefficient that
 * defines it (n + 1 coefficients, lowest first). An element value (ax_nfv) is
 * (c_0 + c_1 α + ... + c_{n-1} α^{n-1}) / den with integer c_k and den > 0, canonical:
 * gcd(c_0, ..., c_{n-1}, den) = 1, and zero is 0/1. */
#ifndef AX_NF_IMPL_H
#define AX_NF_IMPL_H

#include <gmp.h>
#include <stdatomic.h>

#include "axle/numfield.h"
#include "core/internal.h"

#define AX_NF_NAME_MAX 32

struct axle_numfield {
    atomic_size_t refs;
    size_t n; /* degree */
    mpz_t *f; /* n + 1 coefficients, f[n] > 0, content 1 */
    bool monic;
    char name[AX_NF_NAME_MAX + 1]; /* "" for the default generator name */
};

typedef struct ax_nfv {
    mpz_t *c; /* n coefficients */
    mpz_t den;
} ax_nfv;

/* Scratch space for products: 2n - 1 integers and a few temporaries. */
typedef struct ax_nfws {
    mpz_t *t;
    size_t len;
    mpz_t g, u, m;
} ax_nfws;

struct axle_nfelem {
    axle_numfield *K;
    ax_nfv v;
};

struct axle_nfmatrix {
    axle_numfield *K;
    size_t rows, cols;
    ax_nfv *e; /* row-major: entry (i, j) is e[i * cols + j] */
};

#define AX_NFE(M, i, j) ((M)->e[(size_t)(i) * (M)->cols + (size_t)(j)])

/* ---- fields ---------------------------------------------------------------------------------- */
struct ax_zpoly;
/* Q[x]/(z) for z primitive, positive leading coefficient, degree >= 1 and known to be irreducible
 * (not checked: the caller factored it); name a valid identifier or NULL. */
axle_status ax_numfield_from_irreducible(axle_numfield **out, const struct ax_zpoly *z,
                                         const char *name);
/* True when K and L define the same field (same pointer or equal moduli). */
bool ax_nf_same(const axle_numfield *K, const axle_numfield *L);
/* Report AXLE_EFIELD unless K and L are the same field. */
axle_status ax_nf_check_same(const axle_numfield *K, const axle_numfield *L);

/* ---- element values (each needs K for the degree and modulus) -------------------------------- */
/* Initialise v to zero; false when out of memory. */
bool ax_nfv_init(const axle_numfield *K, ax_nfv *v);
void ax_nfv_clear(const axle_numfield *K, ax_nfv *v);
/* Initialise an array of count values to zero; false when out of memory (nothing is left). */
bool ax_nfv_init_array(const axle_numfield *K, ax_nfv **out, size_t count);
void ax_nfv_clear_array(const axle_numfield *K, ax_nfv *v, size_t count);

/* Scratch space; false when out of memory (w->t is then NULL, and clearing is a no-op). */
bool ax_nfws_init(const axle_numfield *K, ax_nfws *w);
void ax_nfws_clear(ax_nfws *w);

void ax_nfv_set(const axle_numfield *K, ax_nfv *r, const ax_nfv *a);
void ax_nfv_set_mpq(const axle_numfield *K, ax_nfv *r, const mpq_t q);
void ax_nfv_set_si(const axle_numfield *K, ax_nfv *r, long v);
/* r = (c_0 + ... + c_{len-1} x^{len-1}) / den reduced mod f (den > 0; len may exceed n; c is
 * overwritten). */
void ax_nfv_set_zpoly(const axle_numfield *K, ax_nfws *w, ax_nfv *r, mpz_t *c, size_t len,
                      const mpz_t den);
/* r = the value with (canonical) rational coordinates q[0..n-1]. */
void ax_nfv_set_mpq_vec(const axle_numfield *K, ax_nfv *r, mpq_t *q);
/* Remove the gcd of coefficients and denominator; zero becomes 0/1. */
void ax_nfv_canonicalize(const axle_numfield *K, ax_nfv *r);

bool ax_nfv_is_zero(const axle_numfield *K, const ax_nfv *a);
bool ax_nfv_is_one(const axle_numfield *K, const ax_nfv *a);
bool ax_nfv_equal(const axle_numfield *K, const ax_nfv *a, const ax_nfv *b);
/* A cheap size measure (total bits of coefficients and denominator), for pivot choice. */
size_t ax_nfv_size(const axle_numfield *K, const ax_nfv *a);

/* Arithmetic; r may alias any operand. */
void ax_nfv_add(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b);
void ax_nfv_sub(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b);
void ax_nfv_neg(const axle_numfield *K, ax_nfv *r, const ax_nfv *a);
void ax_nfv_mul(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b);
/* r = r - a b; tmp is a scratch value (must not alias r, a or b). */
void ax_nfv_submul(const axle_numfield *K, ax_nfws *w, ax_nfv *r, const ax_nfv *a, const ax_nfv *b,
                   ax_nfv *tmp);
/* r = 1 / a for nonzero a (the caller checks); r may alias a. Statuses from the linear solve. */
axle_status ax_nfv_inv(const axle_numfield *K, ax_nfv *r, const ax_nfv *a);
/* The n x n QQ matrix of multiplication by a. */
axle_status ax_nfv_mul_matrix(const axle_numfield *K, axle_matrix **out, const ax_nfv *a);
/* The coefficient of α^k as a rational (rop initialised by the caller). */
void ax_nfv_coeff_mpq(const axle_numfield *K, mpq_t rop, const ax_nfv *a, size_t k);
/* The representative as a QQ polynomial. */
axle_status ax_nfv_to_poly(const axle_numfield *K, axle_poly **out, const ax_nfv *a);
/* Append a as text in fmt (text.c), the generator written `name`, or the field's own name when
 * name is NULL. */
axle_status ax_nfv_put(ax_buf *b, const axle_numfield *K, const ax_nfv *a, axle_format fmt,
                       const char *name);

/* ---- validation and allocation of the public types ------------------------------------------- */
/* A new zero element of K (holding a reference to K). */
axle_status ax_nfelem_alloc(axle_nfelem **out, const axle_numfield *K);
/* NULL checks, reporting a message naming `what`. */
axle_status ax_nfelem_check(const axle_nfelem *x, const char *what);
axle_status ax_numfield_check(const axle_numfield *K, const char *what);
axle_status ax_nfmatrix_check(const axle_nfmatrix *M, const char *what);
axle_status ax_format_check(axle_format fmt);
/* A new zero matrix over K (checks the size limit). */
axle_status ax_nfmatrix_alloc(axle_nfmatrix **out, const axle_numfield *K, size_t rows,
                              size_t cols);

/* Bring R to reduced row echelon form in place (Gauss–Jordan); pivots (min(m, n) entries, may be
 * NULL) and the rank are written. */
axle_status ax_nf_gauss_jordan(axle_nfmatrix *R, size_t *pivots, size_t *rank);
/* AXLE_EINVAL for NULL, AXLE_EFIELD unless A is a QQ matrix. */
axle_status ax_nf_check_qq(const axle_matrix *A);

#endif
