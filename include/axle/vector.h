/* axle — vectors of a space (LADR 1A–1B, 3C, 3E, 3F).
 *
 * A vector belongs to one space (it keeps a reference to it) and is its coordinates in that
 * space's standard basis (see include/axle/space.h). Vectors are opaque, reference-counted and
 * immutable: arithmetic makes new vectors. Functions taking two vectors need them in the same space
 * (AXLE_EDIM otherwise, AXLE_EFIELD across fields; the message names both spaces).
 * Statuses common to every function: AXLE_EINVAL for a NULL argument, AXLE_ENOMEM. */
#ifndef AXLE_VECTOR_H
#define AXLE_VECTOR_H

#include "common.h"
#include "field.h"
#include "io.h"
#include "matrix.h"
#include "scalar.h"
#include "space.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- making vectors ---------------------------------------------------------------------------
 */

/* The vector of V with coordinates c (a dim V x 1 or 1 x dim V matrix over V's field) in V's
 * standard basis. AXLE_EDIM with a message like "vector has 3 coordinates but the space P_3(QQ)
 * has dimension 4". */
AXLE_API AXLE_NODISCARD axle_status axle_vector_from_coords(axle_vector **out, const axle_space *V,
                                                            const axle_matrix *c);

/* The same from n integers (n must be dim V). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_from_ints(axle_vector **out, const axle_space *V,
                                                          const long *c, size_t n);

/* Parse a vector of V, whitespace free-form (space, tab, newline, CR, FF, VT, as everywhere in
 * axle), numbers as in axle_scalar_parse (QQ exact), each notation read as the library reads it
 * elsewhere:
 *   F^n       (1, -2, 3/4)              exactly n entries; () for F^0
 *   P_m(F)    3x^2 - x + 1/2, (x+1)^2   the language of axle_poly_parse (sums, products,
 *                                       powers, parentheses, division by numbers); degree <= m
 *   F^{m,n}   [[1, 2], [3, 4]]          as axle_matrix_parse; m rows of n entries
 *   V_1 x ... x V_k   ((1, 2), x + 1)   a parenthesised tuple of parts
 *   V'        (2, 0, -1)                the functional's coordinates (its values on e_1..e_n)
 *   V/U       (1, 0, 2) + U             a vector of V, optionally followed by "+ U"
 *   subspace  a vector of the ambient space that lies in the subspace
 * AXLE_EPARSE with axle_error_position() and a message naming what was expected; AXLE_EDIM for a
 * wrong number of entries or a too high degree; AXLE_EDOMAIN for a zero denominator, a division
 * by zero or, in a subspace, a vector outside it; AXLE_ERANGE for a number beyond double range
 * in RR and for the limits of axle_poly_parse. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_parse(axle_vector **out, const axle_space *V,
                                                      const char *text);

/* Parse a tuple "(a_1, ..., a_n)" of any length n >= 0 (blanks free-form, numbers as in
 * axle_scalar_parse) as a vector of a new space F^n, for callers that learn the dimension from the
 * text (the command line). Statuses as for axle_vector_parse. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_parse_tuple(axle_vector **out, axle_field F,
                                                            const char *text);

/* The zero vector of V, and the standard basis vector e_j of V (0-based; AXLE_ERANGE if
 * j >= dim V). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_zero(axle_vector **out, const axle_space *V);
AXLE_API AXLE_NODISCARD axle_status axle_vector_standard(axle_vector **out, const axle_space *V,
                                                         size_t j);

/* Take / release a reference (unref(NULL) is a no-op; ref returns its argument). */
AXLE_API axle_vector *axle_vector_ref(const axle_vector *v);
AXLE_API void axle_vector_unref(const axle_vector *v);

/* The space of v (borrowed: valid while v is). */
AXLE_API const axle_space *axle_vector_space(const axle_vector *v);

/* ---- reading ----------------------------------------------------------------------------------
 */

/* The coordinates of v in its space's standard basis, as a new dim x 1 matrix. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_coords(axle_matrix **out, const axle_vector *v);

/* Coordinate i of v as a new scalar (AXLE_ERANGE if i >= dim). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_coord(axle_scalar **out, const axle_vector *v,
                                                      size_t i);

/* The coordinates of v with respect to the basis b_1..b_k of v's space (3C): the k x 1 matrix c
 * with v = c_1 b_1 + ... + c_k b_k. AXLE_EINVAL when the list is not a basis (k != dim, or
 * dependent: a rank decision on the dim x k matrix of the b_i). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_coords_in(axle_matrix **out, const axle_vector *v,
                                                          const axle_vector *const *b, size_t k);

/* v as a new string (free with axle_free()): in the notation of its space (include/axle/space.h),
 * with numbers as axle_scalar_to_string prints them. JSON: F^n and V' give an array of entries,
 * P_m an array of coefficients from the constant term up, F^{m,n} an array of rows, a product an
 * array of its parts, V/U the JSON of its canonical representative, a subspace vector the JSON of
 * the ambient vector. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_to_string(char **out, const axle_vector *v,
                                                          axle_format fmt);

/* ---- arithmetic and equality ------------------------------------------------------------------
 */

AXLE_API AXLE_NODISCARD axle_status axle_vector_add(axle_vector **out, const axle_vector *v,
                                                    const axle_vector *w);
AXLE_API AXLE_NODISCARD axle_status axle_vector_sub(axle_vector **out, const axle_vector *v,
                                                    const axle_vector *w);
/* c v (AXLE_EFIELD if c is of another field). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_scale(axle_vector **out, const axle_scalar *c,
                                                      const axle_vector *v);
/* c_1 v_1 + ... + c_k v_k, all v_i in V (k may be 0: the zero vector of V). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_lincomb(axle_vector **out, const axle_space *V,
                                                        const axle_scalar *const *c,
                                                        const axle_vector *const *v, size_t k);

/* *out = whether v = w (same space). QQ: exact. RR: a rank decision on the (dim + 1) x 2 matrix
 * [v w; s s] (s = the largest |entry| of v and w, or 1), i.e. v and w agree to the relative
 * tolerance of axle_rr_effective_tolerance(dim + 1, 2). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_equal(bool *out, const axle_vector *v,
                                                      const axle_vector *w);

/* ---- subspaces, quotients, duals ---------------------------------------------------------------
 */

/* A vector u of a subspace U as a vector of U's ambient space. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_embed(axle_vector **out, const axle_vector *u);

/* A vector v of U's ambient space as a vector of the subspace U. AXLE_EDOMAIN if v is not in U
 * (the decision of axle_space_contains). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_restrict(axle_vector **out, const axle_space *U,
                                                         const axle_vector *v);

/* The coset v + U in Q = V/U (v a vector of V). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_coset(axle_vector **out, const axle_space *Q,
                                                      const axle_vector *v);

/* The canonical representative of a coset c = v + U: the unique element of v + U in the
 * complement W of U (axle_space_complement), a vector of V. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_representative(axle_vector **out,
                                                               const axle_vector *c);

/* *out = whether v + U = w + U in Q = V/U, i.e. v - w in U (3.101); v and w vectors of V. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_same_coset(bool *out, const axle_space *Q,
                                                           const axle_vector *v,
                                                           const axle_vector *w);

/* phi(v) for a functional phi in V' and v in V. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_eval(axle_scalar **out, const axle_vector *phi,
                                                     const axle_vector *v);

/* The dual basis phi_1..phi_n of a basis b_1..b_n of V (3.112: phi_j(b_k) = 1 if j = k, else 0):
 * fills phi[0..n-1] with new vectors of D = V' (D must be a dual of V's space). On failure every
 * phi[i] is NULL. AXLE_EINVAL if the b_i are not a basis (a rank decision on the n x n matrix). */
AXLE_API AXLE_NODISCARD axle_status axle_vector_dual_basis(axle_vector **phi, const axle_space *D,
                                                           const axle_vector *const *b, size_t n);

/* The image of v under the natural map V -> V'' (3.F): the functional phi |-> phi(v) on V', a
 * vector of DD (which must be the dual of a dual of v's space). Its coordinates equal v's. */
AXLE_API AXLE_NODISCARD axle_status axle_vector_double_dual(axle_vector **out, const axle_space *DD,
                                                            const axle_vector *v);

#ifdef __cplusplus
}
#endif

#endif
