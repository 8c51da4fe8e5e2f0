/* axle — linear maps T : V -> W between spaces (LADR chapter 3, 9–10: trace and determinant).
 *
 * A map knows its domain V, its codomain W (it holds a reference to both) and its matrix M(T) in
 * the standard bases of V and W (include/axle/space.h): the dim W x dim V matrix whose column j is
 * the coordinates of T(e_j). A matrix in any other bases is one call away (axle_map_matrix), and
 * so is a map given by its matrix in other bases (axle_map_from_matrix_in). A functional on V is a
 * map V -> F^1 (Axler 3.118); axle_map_to_functional / axle_map_from_functional convert between
 * such a map and the vector of V' with the same values.
 *
 * Maps are opaque, reference-counted and immutable: every operation makes a new map; share them
 * freely (also across threads) and release each reference with axle_map_unref(). All maps and
 * vectors combined in one call must be over one field (AXLE_EFIELD otherwise) and belong to the
 * spaces the operation requires (AXLE_EDIM otherwise; the message names both spaces: "S starts at
 * P_2(QQ) but T ends at P_3(QQ)").
 *
 * Over RR the decisions (rank, invertibility, invariance, membership in range T, equality) are
 * those of the matrix kernels with the tolerance of include/axle/field.h, made on M(T) or on the
 * coordinate matrix named in each comment; over QQ every answer is exact.
 *
 * Size: a map's matrix has dim V * dim W entries, at most AXLE_MATRIX_MAX_ENTRIES (AXLE_ERANGE
 * before anything is allocated otherwise; so is L(V, W), whose dimension is that product).
 *
 * Statuses common to every function here: AXLE_EINVAL for a NULL argument (the message names it)
 * or an invalid enum, AXLE_EFIELD, AXLE_EDIM, AXLE_ERANGE for a size above the limits, AXLE_ENOMEM.
 * On failure the out-parameter is NULL (pointers) or unchanged (plain values), nothing leaks and
 * the inputs are unchanged. */
#ifndef AXLE_MAP_H
#define AXLE_MAP_H

#include "common.h"
#include "field.h"
#include "io.h"
#include "matrix.h"
#include "poly.h"
#include "scalar.h"
#include "space.h"
#include "status.h"
#include "vector.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_map axle_map;

/* A map given by a function: *out = T(v) for a vector v of the domain V, a new vector of the
 * codomain W (a vector of W's ambient space lying in W is accepted when W is a subspace). Return
 * AXLE_OK, or a status to abort the construction. `user` is passed through unchanged. */
typedef axle_status (*axle_map_callback)(axle_vector **out, const axle_vector *v, void *user);

/* ---- making maps ------------------------------------------------------------------------------
 */

/* The map V -> W with matrix M in the standard bases (M: dim W x dim V over V's field; the
 * message says "matrix has 3 columns but the domain P_3(QQ) has dimension 4"). M is copied. */
AXLE_API AXLE_NODISCARD axle_status axle_map_from_matrix(axle_map **out, const axle_space *V,
                                                         const axle_space *W, const axle_matrix *M);

/* The map V -> W whose matrix with respect to the basis beta[0..nb-1] of V and gamma[0..ng-1] of W
 * is A (dim W x dim V): T(beta_k) = sum_j A_{j,k} gamma_j. beta == NULL or gamma == NULL stands
 * for the standard basis (nb or ng is then ignored). M(T) = C_gamma A C_beta^(-1), where
 * the columns of C are the basis vectors' standard coordinates. AXLE_EINVAL if a list is not a
 * basis (wrong length or dependent: a rank decision on C). */
AXLE_API AXLE_NODISCARD axle_status axle_map_from_matrix_in(axle_map **out, const axle_space *V,
                                                            const axle_vector *const *beta,
                                                            size_t nb, const axle_space *W,
                                                            const axle_vector *const *gamma,
                                                            size_t ng, const axle_matrix *A);

/* The unique map V -> W with T(beta_k) = images[k] (3.5), beta a basis of V (NULL with n = dim V:
 * the standard basis) and images[0..n-1] vectors of W. AXLE_EINVAL if beta is not a basis or
 * n != dim V. */
AXLE_API AXLE_NODISCARD axle_status axle_map_from_images(axle_map **out, const axle_space *V,
                                                         const axle_space *W,
                                                         const axle_vector *const *beta,
                                                         const axle_vector *const *images,
                                                         size_t n);

/* The map V -> W that agrees with f on the standard basis of V (the basis of axle_space_basis
 * when V is a subspace): f is called once per basis vector, in order. A callback that fails, or
 * returns NULL or a vector of another space, makes the call fail with a message naming the basis
 * vector ("the callback's value at basis vector 2 (x^2) is a vector of QQ^3, not of P_2(QQ)"):
 * the callback's own status when it returned one (AXLE_EINVAL when it returned AXLE_OK with a
 * NULL vector), AXLE_EDIM/AXLE_EFIELD for a wrong space. Nothing the callback returned leaks. */
AXLE_API AXLE_NODISCARD axle_status axle_map_from_callback(axle_map **out, const axle_space *V,
                                                           const axle_space *W, axle_map_callback f,
                                                           void *user);

/* ---- built-in maps ----------------------------------------------------------------------------
 */

/* The identity I : V -> V. */
AXLE_API AXLE_NODISCARD axle_status axle_map_identity(axle_map **out, const axle_space *V);

/* The zero map V -> W. */
AXLE_API AXLE_NODISCARD axle_status axle_map_zero(axle_map **out, const axle_space *V,
                                                  const axle_space *W);

/* Differentiation D p = p' from V = P_m(F) to W = P_k(F) for any k >= m - 1 (k >= 0; D on P_m is
 * the operator k = m). W == NULL means P_{m-1}(F) (P_0(F) when m = 0). AXLE_EINVAL if V is not a
 * space of polynomials; AXLE_EDIM if W is not P_k over V's field with k large enough. */
AXLE_API AXLE_NODISCARD axle_status axle_map_differentiation(axle_map **out, const axle_space *V,
                                                             const axle_space *W);

/* Multiplication by x, p |-> x p, from V = P_m(F) to W = P_k(F) for any k >= m + 1. W == NULL
 * means P_{m+1}(F). Statuses as axle_map_differentiation. */
AXLE_API AXLE_NODISCARD axle_status axle_map_multiply_x(axle_map **out, const axle_space *V,
                                                        const axle_space *W);

/* Transposition A |-> A^t from V = F^{m,n} to F^{n,m} (made here). AXLE_EINVAL if V is not a
 * space of matrices. */
AXLE_API AXLE_NODISCARD axle_status axle_map_transposition(axle_map **out, const axle_space *V);

/* The evaluation functional p |-> p(c) on V = P_m(F), as a map V -> F^1 (made here); c a scalar of
 * V's field. AXLE_EINVAL if V is not a space of polynomials; over QQ AXLE_ERANGE, before any
 * power is computed, when the powers c^0, ..., c^m could take more than AXLE_POLY_MAX_BITS bits in
 * all (about L m^2 / 2, L = log2 |numerator| + log2 denominator of c); over RR AXLE_ERANGE if a
 * power overflows. */
AXLE_API AXLE_NODISCARD axle_status axle_map_evaluation(axle_map **out, const axle_space *V,
                                                        const axle_scalar *c);

/* The functional p |-> integral of p from a to b on V = P_m(F), as a map V -> F^1 (made here):
 * the coordinates (b^(j+1) - a^(j+1)) / (j + 1), exact over QQ. AXLE_EINVAL if V is not a space
 * of polynomials; AXLE_ERANGE if a coordinate overflows over RR, and over QQ before any power is
 * computed when they could take more than AXLE_POLY_MAX_BITS bits in all (the bound of
 * axle_map_evaluation with the L of a and b added). */
AXLE_API AXLE_NODISCARD axle_status axle_map_integration(axle_map **out, const axle_space *V,
                                                         const axle_scalar *a,
                                                         const axle_scalar *b);

/* The inclusion U -> V, u |-> u, of a subspace U into its ambient space V. AXLE_EINVAL if U is
 * not a subspace. */
AXLE_API AXLE_NODISCARD axle_status axle_map_inclusion(axle_map **out, const axle_space *U);

/* The quotient map pi : V -> V/U, v |-> v + U (3.104), for a quotient space Q = V/U. AXLE_EINVAL
 * if Q is not a quotient space. */
AXLE_API AXLE_NODISCARD axle_status axle_map_quotient(axle_map **out, const axle_space *Q);

/* The projection V_1 x ... x V_k -> V_i, (v_1, ..., v_k) |-> v_i (0-based i) of a product space P.
 * AXLE_EINVAL if P is not a product, AXLE_ERANGE if i >= the number of parts. */
AXLE_API AXLE_NODISCARD axle_status axle_map_projection(axle_map **out, const axle_space *P,
                                                        size_t i);

/* ---- reference counting and queries -----------------------------------------------------------
 */

/* Take / release a reference. unref(NULL) is a no-op; ref returns its argument. */
AXLE_API axle_map *axle_map_ref(const axle_map *T);
AXLE_API void axle_map_unref(const axle_map *T);

/* The domain V and codomain W (borrowed: valid while T is); NULL for a NULL T. */
AXLE_API const axle_space *axle_map_domain(const axle_map *T);
AXLE_API const axle_space *axle_map_codomain(const axle_map *T);
/* The field (AXLE_QQ for a NULL T). */
AXLE_API axle_field axle_map_field(const axle_map *T);

/* *out = whether T is an operator: its domain and codomain are the same space (axle_space_equal).
 */
AXLE_API AXLE_NODISCARD axle_status axle_map_is_operator(bool *out, const axle_map *T);

/* ---- algebra of maps (3A, 3D, 5B) -------------------------------------------------------------
 */

/* S + T and S - T (both V -> W). */
AXLE_API AXLE_NODISCARD axle_status axle_map_add(axle_map **out, const axle_map *S,
                                                 const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_sub(axle_map **out, const axle_map *S,
                                                 const axle_map *T);

/* c T for a scalar c of T's field. */
AXLE_API AXLE_NODISCARD axle_status axle_map_scale(axle_map **out, const axle_scalar *c,
                                                   const axle_map *T);

/* The product ST = S ∘ T (T first): T : U -> V and S : V -> W give ST : U -> W; M(ST) = M(S)M(T)
 * (3.43). AXLE_EDIM when T's codomain is not S's domain ("S starts at P_2(QQ) but T ends at
 * P_3(QQ)"). */
AXLE_API AXLE_NODISCARD axle_status axle_map_compose(axle_map **out, const axle_map *S,
                                                     const axle_map *T);

/* T^e for an operator T (T^0 = I), by binary powering (about 2 log2 e products). AXLE_EDIM if T
 * is not an operator; AXLE_ERANGE before any product whose exact entries could exceed
 * AXLE_POLY_MAX_BITS bits in all (a bound from the operands' numerator and denominator sizes:
 * the backend's product_bits; never over RR, where doubles do not grow); over RR AXLE_ERANGE also
 * if an entry overflows. */
AXLE_API AXLE_NODISCARD axle_status axle_map_pow(axle_map **out, const axle_map *T,
                                                 unsigned long e);

/* p(T) = a_0 I + a_1 T + ... + a_d T^d for an operator T and a polynomial p of T's field (Horner:
 * d products). AXLE_EDIM if T is not an operator; AXLE_ERANGE, before any product, when by the
 * same bound as axle_map_pow the result could exceed AXLE_POLY_MAX_BITS bits or the d products
 * 2^32 word operations (never over RR). */
AXLE_API AXLE_NODISCARD axle_status axle_map_poly(axle_map **out, const axle_poly *p,
                                                  const axle_map *T);

/* The inverse T^(-1) : W -> V (3.59). AXLE_ESINGULAR when T is not invertible: dim V != dim W, or
 * null T != {0} (the message gives dim null T); over RR when M(T)'s reciprocal condition estimate
 * is below the tolerance. */
AXLE_API AXLE_NODISCARD axle_status axle_map_inverse(axle_map **out, const axle_map *T);

/* The restriction T|_U : U -> U of an operator T on V to a subspace U of V invariant under T
 * (5.14); its matrix is in U's basis (axle_space_basis). AXLE_EDIM if T is not an operator or U is
 * not a subspace of V; AXLE_EDOMAIN if U is not invariant, naming the first basis vector whose
 * image leaves it ("U is not invariant under T: T(u_2) is not in U", 1-based; a rank decision on
 * [B_U | T(u_j)] over RR). */
AXLE_API AXLE_NODISCARD axle_status axle_map_restrict(axle_map **out, const axle_map *T,
                                                      const axle_space *U);

/* The induced map T~ : V/(null T) -> W, v + null T |-> T v (3.106): injective, with range T~ =
 * range T. Its domain is a new quotient space (axle_map_domain). */
AXLE_API AXLE_NODISCARD axle_status axle_map_induced(axle_map **out, const axle_map *T);

/* The dual map T' : W' -> V', phi |-> phi ∘ T (3.118). In the dual standard bases
 * M(T') = M(T)^t (3.132). */
AXLE_API AXLE_NODISCARD axle_status axle_map_dual(axle_map **out, const axle_map *T);

/* ---- L(V, W) as a space (3.40, 3.61) ----------------------------------------------------------
 */

/* L(V, W), the space of maps V -> W, of dimension dim V * dim W (AXLE_ERANGE above
 * AXLE_MATRIX_MAX_ENTRIES). Its standard basis is E_{j,k} (the map with M = the matrix unit at row
 * j, column k), row by row, so a vector's coordinates are the entries of M(T) row by row; vectors
 * print as their matrix M(T). axle_space_part_count is 2: part 0 is V, part 1 is W. */
AXLE_API AXLE_NODISCARD axle_status axle_space_maps(axle_space **out, const axle_space *V,
                                                    const axle_space *W);

/* T as a vector of L(V, W) (made here; equal to any other L(V, W)). */
AXLE_API AXLE_NODISCARD axle_status axle_map_to_vector(axle_vector **out, const axle_map *T);

/* The map a vector v of L(V, W) is. AXLE_EINVAL if v's space is not an L(V, W). */
AXLE_API AXLE_NODISCARD axle_status axle_map_from_vector(axle_map **out, const axle_vector *v);

/* A map T : V -> F^1 as the functional of V' with the same values (coordinates: M(T)'s one row).
 * AXLE_EDIM if T's codomain is not F^1. */
AXLE_API AXLE_NODISCARD axle_status axle_map_to_functional(axle_vector **out, const axle_map *T);

/* A functional phi of V' as the map V -> F^1 (made here), v |-> phi(v). AXLE_EINVAL if phi's space
 * is not a dual space. */
AXLE_API AXLE_NODISCARD axle_status axle_map_from_functional(axle_map **out,
                                                             const axle_vector *phi);

/* ---- applying and reading ---------------------------------------------------------------------
 */

/* T(v) for a vector v of T's domain: the vector of W with coordinates M(T) v. */
AXLE_API AXLE_NODISCARD axle_status axle_map_apply(axle_vector **out, const axle_map *T,
                                                   const axle_vector *v);

/* M(T, beta, gamma): the matrix of T with respect to the basis beta[0..nb-1] of V and
 * gamma[0..ng-1] of W (NULL: the standard basis, nb or ng ignored): C_gamma^(-1) M(T) C_beta
 * (3.84). A new dim W x dim V matrix. AXLE_EINVAL if a list is not a basis. */
AXLE_API AXLE_NODISCARD axle_status axle_map_matrix(axle_matrix **out, const axle_map *T,
                                                    const axle_vector *const *beta, size_t nb,
                                                    const axle_vector *const *gamma, size_t ng);

/* *out = whether S = T: the same domain and codomain (axle_space_equal) and the same matrix (QQ
 * exact; RR: M(S) - M(T) is zero to the relative tolerance, as axle_vector_equal on the maps as
 * vectors of L(V, W)). Maps between different spaces are not equal (no error). */
AXLE_API AXLE_NODISCARD axle_status axle_map_equal(bool *out, const axle_map *S, const axle_map *T);

/* T as a new string (free with axle_free()): "P_3(QQ) -> P_2(QQ), M(T) = [[0, 1, 0, 0], ...]" in
 * text; Unicode with → and the aligned matrix; LaTeX "\mathcal{P}_{3}(\mathbb{Q}) \to ...,
 * \mathcal{M}(T) = \begin{pmatrix}...\end{pmatrix}"; JSON one object
 * {"field":"QQ","domain":"P_3(QQ)","codomain":"P_2(QQ)","matrix":[["0","1","0","0"],...]}
 * (entries as axle_matrix_to_string prints them in JSON). */
AXLE_API AXLE_NODISCARD axle_status axle_map_to_string(char **out, const axle_map *T,
                                                       axle_format fmt);

/* ---- null space and range (3B) ----------------------------------------------------------------
 */

/* null T, a subspace of V (kind AXLE_SPACE_SUBSPACE: it prints and compares as any subspace).
 * From the matrix kernel's null space of M(T) (QQ: canonical basis; RR: orthonormal). */
AXLE_API AXLE_NODISCARD axle_status axle_map_null(axle_space **out, const axle_map *T);

/* range T, a subspace of W (the column space of M(T)). */
AXLE_API AXLE_NODISCARD axle_status axle_map_range(axle_space **out, const axle_map *T);

/* *out = dim range T (rank of M(T)) and dim null T = dim V - rank (3.22: exact by construction). */
AXLE_API AXLE_NODISCARD axle_status axle_map_rank(size_t *out, const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_nullity(size_t *out, const axle_map *T);

/* *out = whether T is injective (null T = {0}), surjective (range T = W), invertible (both). */
AXLE_API AXLE_NODISCARD axle_status axle_map_is_injective(bool *out, const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_is_surjective(bool *out, const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_is_invertible(bool *out, const axle_map *T);

/* Solve T v = w for w in W: *v = one solution (QQ: the free coordinates 0; RR: minimum norm) and,
 * if null is not NULL, *null = null T, so the solutions are v + null T. When w is not in range T:
 * AXLE_ENOSOLUTION ("w is not in range T"), *v and *null NULL, and, if certificate is not NULL,
 * *certificate = a functional phi in W' with phi(range T) = 0 and phi(w) != 0 (3.F: a vector of
 * the left null space of M(T) with the largest |phi(w)|; over QQ the proof is exact; over RR it
 * is NULL in the rare case that every left null vector vanishes on w to rounding). certificate
 * is NULL after success. null and certificate may be NULL. */
AXLE_API AXLE_NODISCARD axle_status axle_map_solve(axle_vector **v, axle_space **null,
                                                   axle_vector **certificate, const axle_map *T,
                                                   const axle_vector *w);

/* ---- operators: trace and determinant (8.D, 10.B) ---------------------------------------------
 */

/* trace T and det T of an operator T (AXLE_EDIM otherwise): the trace and determinant of M(T),
 * which do not depend on the basis (similar matrices). det by the matrix kernel
 * (axle_matrix_det: exact multimodular over QQ, LU over RR, AXLE_ERANGE beyond double range). */
AXLE_API AXLE_NODISCARD axle_status axle_map_trace(axle_scalar **out, const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_det(axle_scalar **out, const axle_map *T);

#ifdef __cplusplus
}
#endif

#endif
