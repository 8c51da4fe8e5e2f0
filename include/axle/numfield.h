/* axle — number fields Q(α) = Q[x]/(p) and linear algebra over them.
 *
 * A number field K = Q(α) is made from an irreducible QQ polynomial p of degree n >= 1; α is the
 * class of x, so p(α) = 0 and every element is a unique rational polynomial in α of degree < n
 * (K has the basis 1, α, ..., α^(n-1) over Q). Degree 1 gives Q itself. The purpose: exact
 * eigenvectors. For an eigenvalue α of a rational matrix A with minimal polynomial p, the
 * eigenspace is null(A − αI) over Q(α): axle_nfmatrix_eigenspace, or axle_nfmatrix_from_shift
 * followed by axle_nfmatrix_null.
 *
 * Objects:
 *   axle_numfield  opaque, immutable, reference-counted (axle_numfield_ref / _unref). Every element
 *                  and matrix holds a reference to its field, so they can be freed in any order.
 *   axle_nfelem    an immutable element of K; free with axle_nfelem_free().
 *   axle_nfmatrix  a rows x cols matrix over K, mutable like axle_matrix (set entries with
 *                  axle_nfmatrix_set); free with axle_nfmatrix_free().
 *
 * Two fields are the same when their defining polynomials agree up to a rational factor (equal
 * stored moduli, below); combining elements or matrices of different fields gives AXLE_EFIELD.
 * Results refer to the field of the first operand.
 *
 * Representation (what the costs below refer to): the modulus is kept as the primitive integer
 * polynomial f = p / content(p) with positive leading coefficient (axle_numfield_modulus). An
 * element is (c_0 + c_1 α + ... + c_{n-1} α^(n-1)) / d with integers c_k and d > 0, canonical:
 * gcd(c_0, ..., c_{n-1}, d) = 1 (zero is 0/1). A product is a schoolbook integer product
 * (n^2 multiplications) reduced by pseudo-division by f (n^2 more; no extra growth when f is
 * monic, otherwise each step multiplies by lc(f) / gcd), then made canonical.
 *
 * Printing: an element is a polynomial in the field's generator name, highest power first, in the
 * style of axle_poly_to_string: text "a^2 - 3a + 1/2", Unicode "α² − 3α + 1/2", LaTeX
 * "\alpha^{2} - 3\alpha + \frac{1}{2}", JSON the list of coefficient strings highest degree first
 * (["1","-3","1/2"]; zero is []). The default generator name is "a" in text, "α" in Unicode and
 * "\alpha" in LaTeX; a field created with a name (an ASCII identifier such as "phi") prints that
 * name in every format (LaTeX: \mathrm{phi} for names longer than one letter), except the name
 * "lambda" (the eigenvalue fields of axle_eigen_eigenspace), written λ in Unicode and \lambda in
 * LaTeX. Outside LaTeX a name of several letters follows a coefficient with '*' ("3*phi + 2",
 * "2*lambda^2"), as axle_nfelem_parse reads it back; one letter does not ("3a + 2", "2λ²").
 *
 * Statuses common to every function here: AXLE_EINVAL for a NULL argument or a bad enum,
 * AXLE_EFIELD for mixed fields, AXLE_ENOMEM. On failure out-parameters are NULL. */
#ifndef AXLE_NUMFIELD_H
#define AXLE_NUMFIELD_H

#include <gmp.h>

#include "common.h"
#include "field.h"
#include "io.h"
#include "matrix.h"
#include "poly.h"
#include "scalar.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_numfield axle_numfield;
typedef struct axle_nfelem axle_nfelem;
typedef struct axle_nfmatrix axle_nfmatrix;

/* ---- the field ------------------------------------------------------------------------------ */

/* Q(α) = Q[x]/(p) for a QQ polynomial p of degree >= 1. Irreducibility is verified with
 * axle_poly_factor (Zassenhaus; see poly.h for its cost). name is the generator's name for
 * printing (an ASCII identifier of at most 32 characters: a letter, then letters, digits or '_')
 * or NULL for the default (a / α / \alpha). AXLE_EFIELD if p is an RR polynomial; AXLE_EDOMAIN if
 * p is constant or reducible (the message names a factor); AXLE_EINVAL for a bad name. */
AXLE_API AXLE_NODISCARD axle_status axle_numfield_new(axle_numfield **out, const axle_poly *p,
                                                      const char *name);

/* As axle_numfield_new, with p parsed by axle_poly_parse over QQ ("x^2 - x - 1"). AXLE_EPARSE
 * for malformed text. */
AXLE_API AXLE_NODISCARD axle_status axle_numfield_parse(axle_numfield **out, const char *poly,
                                                        const char *name);

/* Take / release a reference. unref(NULL) is a no-op; ref returns its argument. */
AXLE_API axle_numfield *axle_numfield_ref(const axle_numfield *K);
AXLE_API void axle_numfield_unref(const axle_numfield *K);

/* The degree n = [K : Q] (0 for NULL). */
AXLE_API size_t axle_numfield_degree(const axle_numfield *K);

/* The stored modulus: the primitive integer polynomial with positive leading coefficient that
 * defines K (a new QQ polynomial). */
AXLE_API AXLE_NODISCARD axle_status axle_numfield_modulus(axle_poly **out, const axle_numfield *K);

/* True when K and L are the same field (equal moduli). */
AXLE_API bool axle_numfield_equal(const axle_numfield *K, const axle_numfield *L);

/* ---- elements ------------------------------------------------------------------------------- */

/* The rational v, num/den (AXLE_EDOMAIN if den == 0), a canonical GMP rational, or a QQ scalar
 * (AXLE_EFIELD for an RR scalar). */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_from_int(axle_nfelem **out, const axle_numfield *K,
                                                         long v);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_from_frac(axle_nfelem **out, const axle_numfield *K,
                                                          long num, long den);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_from_mpq(axle_nfelem **out, const axle_numfield *K,
                                                         const mpq_t q);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_from_scalar(axle_nfelem **out,
                                                            const axle_numfield *K,
                                                            const axle_scalar *x);
/* Largest degree of a polynomial an element is made from (axle_nfelem_from_poly, _parse). */
#define AXLE_NFELEM_MAX_DEGREE 10000

/* q(α) for a QQ polynomial q (reduced mod p). AXLE_EFIELD for an RR polynomial; AXLE_ERANGE when
 * q has degree above AXLE_NFELEM_MAX_DEGREE. */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_from_poly(axle_nfelem **out, const axle_numfield *K,
                                                          const axle_poly *q);
/* The generator α. */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_gen(axle_nfelem **out, const axle_numfield *K);
/* Parse a polynomial in the generator: the grammar of axle_poly_parse with the field's generator
 * name ("a" or "α" for the default name) in place of x: "a^2 - 3a + 1/2", "2*phi - 1". The
 * letter x is accepted too. AXLE_EPARSE (position in the given text) for malformed text;
 * AXLE_ERANGE for a power of the generator above AXLE_NFELEM_MAX_DEGREE. */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_parse(axle_nfelem **out, const axle_numfield *K,
                                                      const char *text);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_copy(axle_nfelem **out, const axle_nfelem *x);
/* Free x (and its reference to its field). NULL is a no-op. */
AXLE_API void axle_nfelem_free(axle_nfelem *x);

/* The field of x (borrowed: valid while x is). */
AXLE_API const axle_numfield *axle_nfelem_field(const axle_nfelem *x);
AXLE_API bool axle_nfelem_is_zero(const axle_nfelem *x);
AXLE_API bool axle_nfelem_is_one(const axle_nfelem *x);
/* True when x lies in Q (its representative has degree <= 0). */
AXLE_API bool axle_nfelem_is_rational(const axle_nfelem *x);
/* True when x and y belong to the same field and are equal (false for different fields). */
AXLE_API bool axle_nfelem_equal(const axle_nfelem *x, const axle_nfelem *y);
/* The representative: the QQ polynomial q of degree < n with x = q(α). */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_to_poly(axle_poly **out, const axle_nfelem *x);
/* The coefficient of α^k in the representative (zero for k >= n), into rop (initialised by the
 * caller). */
AXLE_API void axle_nfelem_coeff_mpq(mpq_t rop, const axle_nfelem *x, size_t k);

/* Arithmetic. AXLE_EFIELD when the fields differ. inv and div give AXLE_EDOMAIN for a zero
 * divisor. Costs: add/sub O(n) big-integer operations; mul O(n^2); inv solves the n x n rational
 * system M_x y = e_0, M_x the matrix of multiplication by x, with axle_matrix_solve (multimodular),
 * O(n^3) plus the solve. */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_add(axle_nfelem **out, const axle_nfelem *x,
                                                    const axle_nfelem *y);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_sub(axle_nfelem **out, const axle_nfelem *x,
                                                    const axle_nfelem *y);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_mul(axle_nfelem **out, const axle_nfelem *x,
                                                    const axle_nfelem *y);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_div(axle_nfelem **out, const axle_nfelem *x,
                                                    const axle_nfelem *y);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_neg(axle_nfelem **out, const axle_nfelem *x);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_inv(axle_nfelem **out, const axle_nfelem *x);
/* x^e for any integer e (x^0 = 1, also for x = 0; a negative e inverts: AXLE_EDOMAIN for x = 0).
 * Binary powering, O(log |e|) multiplications. */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_pow(axle_nfelem **out, const axle_nfelem *x,
                                                    long e);

/* The norm N(x) = det M_x and the trace Tr(x) = tr M_x of the Q-linear map y |-> x y of K, as QQ
 * scalars (Cohen, A Course in Computational Algebraic Number Theory, 4.3). N is multiplicative,
 * Tr additive; N(x) = 0 only for x = 0. */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_norm(axle_scalar **out, const axle_nfelem *x);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_trace(axle_scalar **out, const axle_nfelem *x);
/* The minimal polynomial of x over Q (monic QQ, degree d dividing n): the first linear relation
 * among 1, x, x^2, ..., read off the RREF of their coordinate vectors. The characteristic
 * polynomial det(tI − M_x) is its (n/d)-th power (axle_nfelem_charpoly). */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_minpoly(axle_poly **out, const axle_nfelem *x);
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_charpoly(axle_poly **out, const axle_nfelem *x);
/* The n x n QQ matrix M_x of multiplication by x in the basis 1, α, ..., α^(n-1) (column j holds
 * the coordinates of x α^j). */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_mul_matrix(axle_matrix **out, const axle_nfelem *x);

/* x as a new string in the given format (see the top of this header); free with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_nfelem_to_string(char **out, const axle_nfelem *x,
                                                          axle_format fmt);

/* ---- matrices over K ------------------------------------------------------------------------ */

/* The rows x cols zero matrix over K. AXLE_ERANGE if rows * cols exceeds
 * AXLE_MATRIX_MAX_ENTRIES. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_new(axle_nfmatrix **out, const axle_numfield *K,
                                                      size_t rows, size_t cols);
/* A QQ matrix A (AXLE_EFIELD for RR) as a matrix over K. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_from_matrix(axle_nfmatrix **out,
                                                              const axle_numfield *K,
                                                              const axle_matrix *A);
/* A − c I over c's field, for a square QQ matrix A (AXLE_EDIM if not square, AXLE_EFIELD for
 * RR). With c an eigenvalue α, null(A − αI) is the α-eigenspace. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_from_shift(axle_nfmatrix **out,
                                                             const axle_matrix *A,
                                                             const axle_nfelem *c);
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_copy(axle_nfmatrix **out, const axle_nfmatrix *M);
/* Free M. NULL is a no-op. */
AXLE_API void axle_nfmatrix_free(axle_nfmatrix *M);

AXLE_API const axle_numfield *axle_nfmatrix_field(const axle_nfmatrix *M);
AXLE_API size_t axle_nfmatrix_rows(const axle_nfmatrix *M);
AXLE_API size_t axle_nfmatrix_cols(const axle_nfmatrix *M);
/* Entry (i, j) (0-based) as a new element; AXLE_ERANGE outside the matrix. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_get(axle_nfelem **out, const axle_nfmatrix *M,
                                                      size_t i, size_t j);
/* Set entry (i, j) to x (AXLE_ERANGE outside, AXLE_EFIELD for another field). */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_set(axle_nfmatrix *M, size_t i, size_t j,
                                                      const axle_nfelem *x);
/* True when M and N have the same field and shape and equal entries. */
AXLE_API bool axle_nfmatrix_equal(const axle_nfmatrix *M, const axle_nfmatrix *N);
AXLE_API bool axle_nfmatrix_is_zero(const axle_nfmatrix *M);

/* M N (AXLE_EDIM unless cols(M) == rows(N)); rows(M) cols(M) cols(N) element products. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_mul(axle_nfmatrix **out, const axle_nfmatrix *M,
                                                      const axle_nfmatrix *N);

/* The reduced row echelon form of M over K (unique), its rank and pivot columns (as
 * axle_matrix_rref: pivots may be NULL, else it holds min(rows, cols) entries; rank may be NULL).
 * Gauss–Jordan over K: for each pivot one inversion and at most rows x cols element
 * multiply-subtracts, so O(r m n) multiplications of cost O(deg^2) each for an m x n matrix of
 * rank r; zero entries are skipped, and the pivot row is the one whose entry is smallest. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_rref(axle_nfmatrix **out, size_t *pivots,
                                                       size_t *rank, const axle_nfmatrix *M);
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_rank(size_t *out, const axle_nfmatrix *M);
/* A basis of {v : M v = 0} as the columns of a cols(M) x k matrix, k = cols − rank: the standard
 * basis read off the RREF (free variable j set to 1, the other free variables to 0), as QQ's
 * axle_matrix_null. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_null(axle_nfmatrix **out, const axle_nfmatrix *M);

/* The eigenspace null(A − cI) of a square QQ matrix A for c in K, as the same standard basis
 * axle_nfmatrix_null(A − cI) gives (n x 0 when c is not an eigenvalue), computed mostly over Q:
 * with p the minimal polynomial of c and q(x) = p(x)/(x − c) in K[x], the eigenspace is spanned by
 * q(A) W for a basis W of the rational null space of p(A) (multimodular QQ kernels); only a
 * small elimination of rank dim E runs over K. Much faster than Gauss–Jordan over K for n in the
 * tens (see docs/tutorial/ch04-numfields.md for timings). AXLE_EDIM if A is not square,
 * AXLE_EFIELD for RR. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_eigenspace(axle_nfmatrix **out,
                                                             const axle_matrix *A,
                                                             const axle_nfelem *c);

/* M as a new string (free with axle_free()): text "[[a, 1], [0, a^2 - 1]]", Unicode the same
 * nesting with Unicode entries, LaTeX a pmatrix, JSON an array of rows whose entries are
 * coefficient lists as for elements. */
AXLE_API AXLE_NODISCARD axle_status axle_nfmatrix_to_string(char **out, const axle_nfmatrix *M,
                                                            axle_format fmt);

#ifdef __cplusplus
}
#endif

#endif
