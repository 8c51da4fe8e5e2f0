/* axle — lists of vectors (LADR 2A–2C).
 *
 * A list is a plain C array v[0..k-1] of vectors of one space V (k may be 0); V is passed
 * explicitly so the empty list knows its space. Indices are 0-based. Statuses common to every
 * function: AXLE_EINVAL for a NULL argument, AXLE_EDIM when a vector is not in V (the message
 * names the index and both spaces), AXLE_EFIELD across fields, AXLE_ENOMEM.
 *
 * Over RR the decisions are rank decisions with axle_rr_effective_tolerance(dim V, j) for the
 * dim V x j coordinate matrix of the first j vectors; over QQ they are exact. Costs: O(log k) rank
 * computations per vector found (prefix ranks located by bisection), each O(n k min(n, k)). */
#ifndef AXLE_LIST_H
#define AXLE_LIST_H

#include "common.h"
#include "matrix.h"
#include "space.h"
#include "status.h"
#include "vector.h"

#ifdef __cplusplus
extern "C" {
#endif

/* *out = whether v_0..v_{k-1} is linearly independent (rank = k). The empty list is. */
AXLE_API AXLE_NODISCARD axle_status axle_list_is_independent(bool *out, const axle_space *V,
                                                             const axle_vector *const *v, size_t k);

/* The linear dependence lemma (2.19): *index = the first j with v_j in span(v_0, ..., v_{j-1}),
 * and *coeffs = the j x 1 matrix a with v_j = a_0 v_0 + ... + a_{j-1} v_{j-1} (unique, since
 * v_0..v_{j-1} are independent; j = 0 means v_0 = 0 and a is 0 x 1). When the list is independent
 * *index = k and *coeffs = NULL. coeffs may be NULL if not wanted. Over RR, AXLE_ETOLERANCE if
 * the rank and the solve disagree at the tolerance's edge (v_j is judged dependent but no
 * coefficients within the tolerance reproduce it). */
AXLE_API AXLE_NODISCARD axle_status axle_list_dependence(size_t *index, axle_matrix **coeffs,
                                                         const axle_space *V,
                                                         const axle_vector *const *v, size_t k);

/* *out = whether w is in span(v_0..v_{k-1}); if so and coeffs is not NULL, *coeffs = a k x 1
 * matrix a with w = sum a_i v_i (QQ: free coefficients 0; RR: minimum norm), else *coeffs = NULL.
 */
AXLE_API AXLE_NODISCARD axle_status axle_list_in_span(bool *out, axle_matrix **coeffs,
                                                      const axle_space *V,
                                                      const axle_vector *const *v, size_t k,
                                                      const axle_vector *w);

/* *out = dim span(v_0..v_{k-1}). */
AXLE_API AXLE_NODISCARD axle_status axle_list_dim(size_t *out, const axle_space *V,
                                                  const axle_vector *const *v, size_t k);

/* Reduce the list to a basis of its span (2.30): keep v_j exactly when it is not in the span of
 * v_0..v_{j-1}. kept (room for k entries) gets the kept indices in increasing order, *count their
 * number (= dim span). */
AXLE_API AXLE_NODISCARD axle_status axle_list_reduce_to_basis(size_t *kept, size_t *count,
                                                              const axle_space *V,
                                                              const axle_vector *const *v,
                                                              size_t k);

/* Extend a linearly independent list to a basis of V (2.32): append the standard basis vectors
 * e_j of V that are not in the span of the list and of the e_i already added (j increasing).
 * added (room for dim V entries) gets the new vectors, *count = dim V - k. AXLE_EINVAL if the list
 * is dependent (the message gives the dependence lemma's index). On failure every added[i] is
 * NULL (all dim V of them; when V itself is NULL, added is left alone). */
AXLE_API AXLE_NODISCARD axle_status axle_list_extend_to_basis(axle_vector **added, size_t *count,
                                                              const axle_space *V,
                                                              const axle_vector *const *v,
                                                              size_t k);

#ifdef __cplusplus
}
#endif

#endif
