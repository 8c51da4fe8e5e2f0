/* axle — the inner floor: inner product spaces and operators on them (LADR chapters 6 and 7), over
 * both fields.
 *
 * An inner product on a space V is an object of its own (axle_inner): V together with its Gram
 * matrix G in V's standard basis, G_ij = <e_i, e_j>, symmetric and positive definite, so that
 * <u, v> = u^T G v on standard coordinates. The constructors cover LADR's examples:
 *   axle_inner_dot       the standard one: the dot product on F^n, the coefficient dot product on
 *                        P_m(F), the trace product tr(A B^T) on F^{m,n} (all G = I, which is not
 *                        stored: O(1) for any dimension); a subspace gets the dot product of its
 *                        ambient space restricted to it (B^T B in its basis B), a product the
 *                        parts' standard ones (block diagonal)
 *   axle_inner_gram      any symmetric positive-definite G (checked)
 *   axle_inner_integral  <p, q> = ∫_a^b p(x) q(x) dx on P_m(F), a < b (G exact over QQ:
 *                        G_ij = (b^(i+j+1) - a^(i+j+1)) / (i+j+1))
 *   axle_inner_restrict  the inner product a subspace inherits, G_U = B^T G B (B U's basis)
 *   axle_inner_product   the orthogonal sum on V_1 x ... x V_k
 * A vector of a subspace U is given and returned as a vector of U's ambient space (as everywhere
 * in axle) when the inner product is on the ambient space; an inner product on U itself (from
 * axle_inner_restrict) takes vectors of U.
 *
 * Exactness over QQ. Inner products, norms squared, Gram–Schmidt's orthogonal list, projections,
 * distances squared, least squares, the pseudoinverse and adjoints are rational and exact. What
 * needs a square root is kept exactly as a pair: an orthonormal vector as (v, r) meaning v/√r with
 * r = ‖v‖² rational, printed with simplified square roots ("√2/2", "√6/2·x", "√10/4·(3x² − 1)");
 * a norm or a singular value as an axle_algebraic (√3, (1 + √5)/2, root of ...). A result that
 * is irrational and has no such exact form (an orthonormal eigenbasis for an irrational
 * eigenvalue, a square root √T that is not rational: see axle_map_sqrt) is
 * refused over QQ with AXLE_EDOMAIN naming the number, never rounded.
 *
 * RR: LAPACK throughout, stable methods: Gram–Schmidt through Householder QR (dgeqrf) after a
 * Cholesky factor of G, least squares through dgelsd, the SVD through dgesdd, the spectral
 * theorem through dsyevd. Decisions (positive definiteness, dependence, self-adjointness, rank)
 * use the tolerance of include/axle/field.h, relative to the norms involved; each function's
 * comment names what it decides on.
 *
 * Statuses common to every function here: AXLE_EINVAL for a NULL argument (named), AXLE_EFIELD
 * for mixed fields, AXLE_EDIM when a vector, subspace or map does not belong to the inner product's
 * space (the message names both spaces), AXLE_ERANGE for sizes above the limits, AXLE_ENOMEM. On
 * failure the out-parameter is NULL (pointers) or unchanged (plain values), nothing leaks and the
 * inputs are unchanged. */
#ifndef AXLE_INNER_H
#define AXLE_INNER_H

#include "algebraic.h"
#include "common.h"
#include "eigen.h"
#include "io.h"
#include "map.h"
#include "matrix.h"
#include "scalar.h"
#include "space.h"
#include "status.h"
#include "vector.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_inner axle_inner; /* an inner product on a space */
typedef struct axle_gs axle_gs;       /* an orthogonal list and its norms (Gram–Schmidt) */
typedef struct axle_svd axle_svd;     /* singular values (and, over RR, the SVD) */

/* ---- inner products (6A) --------------------------------------------------------------------- */

/* The largest n for which the inner floor builds an n x n matrix from a space alone: an explicit
 * Gram matrix it makes itself (the integral on P_m for m + 1 = n; the standard inner product of a
 * subspace, B^T B, or of a product having a part whose Gram matrix is not I; axle_inner_restrict
 * to a proper subspace; an orthogonal sum with a part that is not standard), and, for a standard
 * inner product, the whole space's identity (axle_inner_orthonormal_basis; U = the whole space in
 * axle_inner_complement / _project / _projection / _distance_squared; the Gram matrix printed by
 * axle_inner_to_string). Above it: AXLE_ERANGE before anything is allocated. A standard inner
 * product whose standard basis is orthonormal (the dot product on F^n and P_m(F), the trace
 * product on F^{m,n}, V/U, V', products of those) keeps no Gram matrix at all and has no limit:
 * its work is bounded by the vectors given (Gram–Schmidt of k vectors of F^n costs O(k² n)).
 * axle_inner_gram takes a G of any size (the caller's). */
#define AXLE_INNER_MAX_DIM 2048

/* The standard inner product of V (see the top of this header). Every kind of space has one: for
 * V/U and V' it is the dot product of the standard coordinates. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_dot(axle_inner **out, const axle_space *V);

/* The trace product <A, B> = tr(A B^T) on V = F^{m,n} (the same as axle_inner_dot there);
 * AXLE_EDIM when V is not a space of matrices. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_trace(axle_inner **out, const axle_space *V);

/* The inner product with Gram matrix G (dim V x dim V, V's field) in V's standard basis.
 * AXLE_EDOMAIN when G is not symmetric ("the Gram matrix is not symmetric: entry (1, 2) is 1 but
 * entry (2, 1) is 2", 1-based) or not positive definite ("... not positive definite: pivot 2 of
 * its LDLᵀ factorization is -3" over QQ, exact; over RR Cholesky (dpotrf) fails or its smallest
 * pivot is below the tolerance times the largest). Cost O(n^3). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_gram(axle_inner **out, const axle_space *V,
                                                    const axle_matrix *G);

/* <p, q> = ∫_a^b p(x) q(x) dx on V = P_m(F), a and b scalars of V's field. AXLE_EDIM when V is not
 * a polynomial space; AXLE_EDOMAIN when a >= b ("the interval [1, 1] is degenerate: a < b is
 * needed"). AXLE_ERANGE over RR when a power of a or b overflows a double. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_integral(axle_inner **out, const axle_space *V,
                                                        const axle_scalar *a, const axle_scalar *b);

/* The inner product the subspace U of ip's space inherits, as an inner product on U itself (its
 * vectors are vectors of U, coordinates in U's basis). AXLE_EDIM when U is not a subspace of ip's
 * space. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_restrict(axle_inner **out, const axle_inner *ip,
                                                        const axle_space *U);

/* The orthogonal sum of ip[0..k-1] (k >= 1, one field) on the product of their spaces
 * (axle_space_product of those spaces, made here): <(u_i), (v_i)> = Σ <u_i, v_i>_i. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_product(axle_inner **out,
                                                       const axle_inner *const *ip, size_t k);

AXLE_API axle_inner *axle_inner_ref(const axle_inner *ip);
AXLE_API void axle_inner_unref(const axle_inner *ip);

/* The space the inner product is on (borrowed: valid while ip is) and its field. */
AXLE_API const axle_space *axle_inner_space(const axle_inner *ip);
AXLE_API axle_field axle_inner_field(const axle_inner *ip);

/* Whether ip is the standard inner product of its space (G = I; on a subspace, from
 * axle_inner_restrict of a standard one: false unless its basis is orthonormal); NULL: false. */
AXLE_API bool axle_inner_is_standard(const axle_inner *ip);

/* The Gram matrix G (a new dim x dim matrix; for a standard inner product, which keeps none, the
 * identity built on demand: O(dim²) memory for any dim). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_gram_matrix(axle_matrix **out, const axle_inner *ip);

/* A description as a new string: "dot product on QQ^3", "trace product on QQ^{2,2}",
 * "∫_{-1}^{1} p(x) q(x) dx on P_2(QQ)" (text: "integral from -1 to 1 of p(x) q(x) dx on ..."),
 * "Gram matrix [[2, 1], [1, 2]] on QQ^2"; JSON {"kind":"dot"|"trace"|"integral"|"gram"|
 * "restriction"|"product","space":"…","gram":[[…]]} (plus "interval":["a","b"] for integral). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_to_string(char **out, const axle_inner *ip,
                                                         axle_format fmt);

/* ---- evaluating (6A–6B) ---------------------------------------------------------------------- */

/* <u, v> (u, v vectors of ip's space). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_apply(axle_scalar **out, const axle_inner *ip,
                                                     const axle_vector *u, const axle_vector *v);

/* ‖v‖² = <v, v>, exact over QQ. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_norm_squared(axle_scalar **out, const axle_inner *ip,
                                                            const axle_vector *v);

/* ‖v‖ on either field: as a string (QQ the simplified square root of ‖v‖², "3√10/4"; RR the
 * number as axle_scalar_to_string prints it) and as a double. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_norm_string(char **out, const axle_inner *ip,
                                                           const axle_vector *v, axle_format fmt);
AXLE_API AXLE_NODISCARD axle_status axle_inner_norm_double(double *out, const axle_inner *ip,
                                                           const axle_vector *v);

/* ‖v‖ as an exact algebraic number √(‖v‖²) (QQ only; AXLE_EUNSUPPORTED on RR). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_norm(axle_algebraic **out, const axle_inner *ip,
                                                    const axle_vector *v);

/* *out = whether <u, v> = 0. QQ exact; RR |<u, v>| <= tol w_u w_v with tol =
 * axle_rr_effective_tolerance(dim, 2) and w_x = max(‖x‖, √(max|G| x·x)) (the rounding noise of
 * x^T G y in doubles: ‖x‖ ‖y‖ for G = I, more for an ill-conditioned G). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_is_orthogonal(bool *out, const axle_inner *ip,
                                                             const axle_vector *u,
                                                             const axle_vector *v);

/* *out = whether v_1..v_k are pairwise orthogonal (normal = false) or orthonormal (normal = true),
 * with the decision of axle_inner_is_orthogonal and, for norms, |‖v‖² - 1| <= tol w_v² over RR. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_is_orthogonal_list(bool *out, const axle_inner *ip,
                                                                  const axle_vector *const *v,
                                                                  size_t k, bool normal);

/* ---- Gram–Schmidt and orthonormal bases (6B) ------------------------------------------------- */

/* Gram–Schmidt (6.32) on the linearly independent list v_1..v_k (k >= 0) of ip's space: the
 * orthogonal list e'_j = v_j - Σ_{i<j} <v_j, e'_i>/<e'_i, e'_i> e'_i (span(e'_1..e'_j) =
 * span(v_1..v_j) for every j) with r_j = ‖e'_j‖², and the orthonormal list e_j = e'_j/√r_j.
 * QQ: exact, e'_j and r_j rational. RR: Householder QR (dgeqrf) of L^T [v_1 .. v_k], G = L L^T,
 * signs chosen so that <v_j, e_j> > 0, as the classical formula gives. AXLE_EDOMAIN when the list
 * is dependent, naming the first dependent vector ("v_3 is in span(v_1, v_2): the list is linearly
 * dependent", 1-based); RR decides that on |R_jj| <= tol ‖L^T v_j‖. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_gram_schmidt(axle_gs **out, const axle_inner *ip,
                                                            const axle_vector *const *v, size_t k);

/* An orthonormal basis of ip's space: Gram–Schmidt on its standard basis (6.35); for an inner
 * product on a subspace, on the subspace's basis. A standard inner product (G = I) gives the
 * standard basis itself (r_j = 1) in O(dim²), without the Gram–Schmidt kernel. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_orthonormal_basis(axle_gs **out,
                                                                 const axle_inner *ip);

AXLE_API axle_gs *axle_gs_ref(const axle_gs *L);
AXLE_API void axle_gs_unref(const axle_gs *L);

/* The number of vectors, and the inner product they are orthogonal for (borrowed). */
AXLE_API size_t axle_gs_count(const axle_gs *L);
AXLE_API const axle_inner *axle_gs_inner(const axle_gs *L);

/* e'_j (j < count): the orthogonal vector, a new vector of ip's space; exact over QQ. */
AXLE_API AXLE_NODISCARD axle_status axle_gs_orthogonal(axle_vector **out, const axle_gs *L,
                                                       size_t j);

/* r_j = ‖e'_j‖² as a new scalar; exact over QQ. */
AXLE_API AXLE_NODISCARD axle_status axle_gs_norm_squared(axle_scalar **out, const axle_gs *L,
                                                         size_t j);

/* The orthonormal e_j = e'_j/√r_j as a vector: RR always; QQ when r_j is the square of a rational
 * (otherwise AXLE_EDOMAIN: "e_2 = e'_2/√(2/3) is not rational: use axle_gs_orthogonal and
 * axle_gs_norm_squared, or axle_gs_orthonormal_string"). */
AXLE_API AXLE_NODISCARD axle_status axle_gs_orthonormal(axle_vector **out, const axle_gs *L,
                                                        size_t j);

/* e_j as a display string in the notation of the space: QQ s·w with w = e'_j divided by its
 * content (positive; the integer primitive form) and s = content/√r_j printed as a simplified
 * square root ("√6/6·(2, -1, 1)", "√10/4·(3x^2 - 1)"; plain w when s = 1, the vector s w itself
 * when s is rational); RR as axle_vector_to_string prints e_j. JSON: the Unicode form as a JSON
 * string ("\"√6/6·(2, −1, 1)\""). */
AXLE_API AXLE_NODISCARD axle_status axle_gs_orthonormal_string(char **out, const axle_gs *L,
                                                               size_t j, axle_format fmt);

/* The standard coordinates of e_j as doubles (dim entries into out). */
AXLE_API AXLE_NODISCARD axle_status axle_gs_orthonormal_double(double *out, const axle_gs *L,
                                                               size_t j);

/* The coefficients c_j = <v, e'_j> / r_j of v along the orthogonal list (a new count x 1 matrix):
 * Σ c_j e'_j is the orthogonal projection of v onto span(e'), and equals v when v is in that span
 * (6.30: coordinates by inner products). */
AXLE_API AXLE_NODISCARD axle_status axle_gs_coefficients(axle_matrix **out, const axle_gs *L,
                                                         const axle_vector *v);

/* The report: JSON {"field":"QQ","orthogonal":[[…],…],"norms_squared":["…",…],
 * "orthonormal":[[…],…],"orthonormal_display":["…",…]} — orthogonal the e'_j as JSON vectors
 * (axle_vector_to_string), norms_squared the r_j as strings (both fields), orthonormal the
 * standard coordinates of each e_j as display strings (QQ ± simplified square roots: e_3 of the
 * Legendre example is ["−√10/4","0","3√10/4"]; RR the numbers), orthonormal_display the strings of
 * axle_gs_orthonormal_string ("√10/4·(3x² − 1)"); text, Unicode and LaTeX one line per vector
 * ("e'_1 = 1    ‖e'_1‖² = 2    e_1 = √2/2"). */
AXLE_API AXLE_NODISCARD axle_status axle_gs_to_string(char **out, const axle_gs *L,
                                                      axle_format fmt);

/* The Riesz representation (6.42): the unique u of ip's space with phi(v) = <v, u> for all v,
 * phi a vector of the dual of ip's space. u = G^{-1} phi (coordinates). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_riesz(axle_vector **out, const axle_inner *ip,
                                                     const axle_vector *phi);

/* ---- orthogonal complements and minimization (6C) ---------------------------------------------
 */

/* U⊥ = {v : <u, v> = 0 for all u in U}, a subspace of ip's space (U a subspace of it, or the
 * space itself: then {0}); V = U ⊕ U⊥ (6.49). AXLE_EDIM when U lies in another space. Over RR the
 * null space of B^T G at the rank tolerance (B U's basis). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_complement(axle_space **out, const axle_inner *ip,
                                                          const axle_space *U);

/* P_U v, the orthogonal projection of v onto U (6.55), the best approximation of v in U (6.61):
 * B c with (B^T G B) c = B^T G v. Exact over QQ; RR through the QR of L^T B. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_project(axle_vector **out, const axle_inner *ip,
                                                       const axle_space *U, const axle_vector *v);

/* The operator P_U on ip's space: P² = P, self-adjoint, range U, null U⊥. */
AXLE_API AXLE_NODISCARD axle_status axle_inner_projection(axle_map **out, const axle_inner *ip,
                                                          const axle_space *U);

/* The distance from v to U squared, ‖v − P_U v‖² (exact over QQ). */
AXLE_API AXLE_NODISCARD axle_status axle_inner_distance_squared(axle_scalar **out,
                                                                const axle_inner *ip,
                                                                const axle_space *U,
                                                                const axle_vector *v);

/* Least squares for A x ≈ B (A m x n, B m x k, the standard inner products): the minimum-norm x
 * (n x k) among the minimizers of ‖A x − B‖ (6.68: x = A⁺ B), for rank-deficient A too. *rank
 * (may be NULL) gets rank A; *residual_squared (may be NULL) a new 1 x k matrix of ‖A x_j − B_j‖².
 * QQ exact, on integers (the rank profile of A, a full-rank factorization A = C F and integer
 * solves; never Gaussian elimination on mpq_t normal equations). RR: dgelsd with rcond the rank
 * tolerance of include/axle/field.h. AXLE_EDIM when rows(B) != rows(A). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_lstsq(axle_matrix **x, size_t *rank,
                                                      axle_matrix **residual_squared,
                                                      const axle_matrix *A, const axle_matrix *B);

/* The Moore–Penrose pseudoinverse A⁺ (n x m) of the m x n A (6.68): exact over QQ (A⁺ =
 * F^T (F F^T)^{-1} (C^T C)^{-1} C^T for A = C F); RR through the SVD (dgesdd), singular values
 * below the rank tolerance taken as zero. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_pinv(axle_matrix **out, const axle_matrix *A);

/* The same for a map T : V -> W with inner products ipV on V and ipW on W: the minimum-norm (in
 * ipV) minimizer of ‖T v − w‖ (in ipW), and the pseudoinverse T⁺ : W -> V (6.68). */
AXLE_API AXLE_NODISCARD axle_status axle_map_lstsq(axle_vector **out, const axle_inner *ipV,
                                                   const axle_inner *ipW, const axle_map *T,
                                                   const axle_vector *w);
AXLE_API AXLE_NODISCARD axle_status axle_map_pseudoinverse(axle_map **out, const axle_inner *ipV,
                                                           const axle_inner *ipW,
                                                           const axle_map *T);

/* ---- operators on inner product spaces (7) -----------------------------------------------------
 */

/* The adjoint T* : W -> V of T : V -> W with respect to ipV and ipW (7.2): <T v, w> = <v, T* w>.
 * M(T*) = G_V^{-1} M(T)^T G_W in the standard bases (the transpose only for standard inner
 * products). */
AXLE_API AXLE_NODISCARD axle_status axle_map_adjoint(axle_map **out, const axle_inner *ipV,
                                                     const axle_inner *ipW, const axle_map *T);

/* Tests on an operator T on ip's space (AXLE_EDIM when T is not an operator on that space).
 * self-adjoint: T = T* (G M symmetric). normal: T T* = T* T. positive: self-adjoint and
 * <T v, v> >= 0 for all v (G M positive semidefinite). QQ exact; RR at the tolerance relative to
 * ‖M‖. */
AXLE_API AXLE_NODISCARD axle_status axle_map_is_self_adjoint(bool *out, const axle_inner *ip,
                                                             const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_is_normal(bool *out, const axle_inner *ip,
                                                       const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_is_positive(bool *out, const axle_inner *ip,
                                                         const axle_map *T);

/* *out = whether T : V -> W is an isometry, ‖T v‖ = ‖v‖ for all v (T* T = I; 7.49). For an
 * operator over RR this is "orthogonal", over C "unitary" (7.53). */
AXLE_API AXLE_NODISCARD axle_status axle_map_is_isometry(bool *out, const axle_inner *ipV,
                                                         const axle_inner *ipW, const axle_map *T);

/* The spectral theorem (7.29, 7.31): for a self-adjoint T on ip's space, an orthonormal basis of
 * eigenvectors (*basis, an axle_gs whose orthogonal vectors are eigenvectors) and the eigenvalues
 * (*values, a new n x 1 matrix, ascending, the eigenvalue of vector j in row j); either output may
 * be NULL. AXLE_EDOMAIN when T is not self-adjoint. RR: dsyevd on L^T M L^{-T}. QQ: exact when
 * every eigenvalue is rational (Gram–Schmidt inside each eigenspace); otherwise AXLE_EDOMAIN naming
 * the first irrational eigenvalue ("the eigenvalue √2 is irrational: its eigenvectors lie over
 * Q(√2); axle_map_eigen has them exactly"). Normal operators over RR with a complex spectrum have
 * no real eigenbasis (AXLE_EDOMAIN, pointing to axle_matrix_schur_complex). */
AXLE_API AXLE_NODISCARD axle_status axle_map_spectral(axle_gs **basis, axle_matrix **values,
                                                      const axle_inner *ip, const axle_map *T);

/* The positive square root √T of a positive operator T (7.36: the unique positive R with
 * R² = T). AXLE_EDOMAIN when T is not positive. RR: dsyevd. QQ: exact whenever √T is rational
 * (√T = p(T), p interpolating √λ): when every eigenvalue λ is the square of a rational, and also
 * when √λ lies in Q(λ) and is positive at all of λ's conjugates (√ of [[5, 3], [3, 2]] is
 * [[2, 1], [1, 1]]); otherwise AXLE_EDOMAIN naming the eigenvalue ("√T is not rational: the
 * eigenvalue 2 of T has the irrational square root √2"). */
AXLE_API AXLE_NODISCARD axle_status axle_map_sqrt(axle_map **out, const axle_inner *ip,
                                                  const axle_map *T);

/* The polar decomposition T = S √(T* T) of an operator (7.45): S an isometry, √(T* T) positive;
 * either output may be NULL. RR through the SVD (any T). QQ exact when √(T* T) is rational (as in
 * axle_map_sqrt) and T is invertible (S = T √(T*T)^{-1} is then unique); a singular T over QQ is
 * AXLE_EDOMAIN (S is not unique there). */
AXLE_API AXLE_NODISCARD axle_status axle_map_polar(axle_map **S, axle_map **P, const axle_inner *ip,
                                                   const axle_map *T);

/* QR (A = Q R, Q m x n with orthonormal columns, R n x n upper triangular with positive diagonal,
 * A m x n of full column rank): RR Householder (dgeqrf, dorgqr). QQ: AXLE_EUNSUPPORTED (Q has
 * square roots) pointing to axle_matrix_qr_orthogonal. AXLE_EDOMAIN when rank A < n. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_qr(axle_matrix **Q, axle_matrix **R,
                                                   const axle_matrix *A);

/* The exact QR of either field: A = Q' R' with Q' m x n of pairwise orthogonal nonzero columns
 * (the Gram–Schmidt list of A's columns) and R' n x n unit upper triangular; *d (may be NULL) a new
 * n x 1 matrix of the ‖q'_j‖². Q = Q' D^{-1/2}, R = D^{1/2} R'. AXLE_EDOMAIN when rank A < n. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_qr_orthogonal(axle_matrix **Q, axle_matrix **R,
                                                              axle_matrix **d,
                                                              const axle_matrix *A);

/* Cholesky A = L L^T of a symmetric positive-definite A (L lower triangular, positive diagonal):
 * RR dpotrf; QQ AXLE_EUNSUPPORTED (square roots) pointing to axle_matrix_ldl. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_cholesky(axle_matrix **L, const axle_matrix *A);

/* A = L D L^T of a symmetric positive-definite A on either field: L unit lower triangular, D the
 * n x 1 matrix of positive pivots; exact over QQ. AXLE_EDOMAIN when A is not symmetric or not
 * positive definite (the message as axle_inner_gram's). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_ldl(axle_matrix **L, axle_matrix **D,
                                                    const axle_matrix *A);

/* ---- singular values and the SVD (7E–7F) --------------------------------------------------------
 */

/* The singular values of T : V -> W with respect to ipV and ipW (7.52: the nonnegative square
 * roots of the eigenvalues of T* T, each with its multiplicity, zeros included: the
 * multiplicities add up to dim V), in decreasing order. QQ: exact algebraic numbers √λ from the
 * exact eigenvalues of T* T. RR: dgesdd on L_W^T M L_V^{-T}, with U, Σ, V as below. */
AXLE_API AXLE_NODISCARD axle_status axle_map_svd(axle_svd **out, const axle_inner *ipV,
                                                 const axle_inner *ipW, const axle_map *T);
/* The same for a matrix with the standard inner products. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_svd(axle_svd **out, const axle_matrix *A);

AXLE_API axle_svd *axle_svd_ref(const axle_svd *S);
AXLE_API void axle_svd_unref(const axle_svd *S);

AXLE_API axle_field axle_svd_field(const axle_svd *S);
/* The number of distinct singular values (zero counts as one when it occurs). */
AXLE_API size_t axle_svd_count(const axle_svd *S);
/* The multiplicity of distinct value k (0 when k >= count). */
AXLE_API size_t axle_svd_multiplicity(const axle_svd *S, size_t k);
/* Value k (k < count, AXLE_ERANGE otherwise): as a string ("√3", "2", "root of x^4 - ... ≈ …";
 * RR as axle_scalar_to_string), as a double, and over QQ exactly (AXLE_EUNSUPPORTED on RR). */
AXLE_API AXLE_NODISCARD axle_status axle_svd_value_string(char **out, const axle_svd *S, size_t k,
                                                          axle_format fmt);
AXLE_API AXLE_NODISCARD axle_status axle_svd_value_double(double *out, const axle_svd *S, size_t k);
AXLE_API AXLE_NODISCARD axle_status axle_svd_value(axle_algebraic **out, const axle_svd *S,
                                                   size_t k);

/* RR: the SVD M = U Σ V^T of the matrix the singular values came from (for a map with inner
 * products, of L_W^T M L_V^{-T}; for standard ones M(T) itself): U (m x m), Σ (m x n), V^T (n x n),
 * any output NULL when not wanted; Σ holds dgesdd's singular values as computed, not the cluster
 * means and zeros of axle_svd_value_double. QQ: AXLE_EUNSUPPORTED (U and V have square roots in
 * general). */
AXLE_API AXLE_NODISCARD axle_status axle_svd_matrices(axle_matrix **U, axle_matrix **Sigma,
                                                      axle_matrix **Vt, const axle_svd *S);

/* The report: JSON {"field":"QQ","singular_values":[{"value":"√3","approx":1.7320508075688772,
 * "multiplicity":1},…]} in decreasing order; over RR also "U", "Sigma", "Vt" (arrays of rows).
 * Text / Unicode / LaTeX: one line per distinct value, then the matrices over RR. */
AXLE_API AXLE_NODISCARD axle_status axle_svd_to_string(char **out, const axle_svd *S,
                                                       axle_format fmt);

/* The operator norm ‖T‖ = max ‖T v‖ / ‖v‖, the largest singular value (7.85), as an exact algebraic
 * number over QQ (AXLE_EUNSUPPORTED on RR) and as a double on both fields. */
AXLE_API AXLE_NODISCARD axle_status axle_map_norm(axle_algebraic **out, const axle_inner *ipV,
                                                  const axle_inner *ipW, const axle_map *T);
AXLE_API AXLE_NODISCARD axle_status axle_map_norm_double(double *out, const axle_inner *ipV,
                                                         const axle_inner *ipW, const axle_map *T);

/* The best approximation of T by a map of rank at most k (7.92, Eckart–Young): T P_k with P_k the
 * orthogonal projection onto the sum of the eigenspaces of T* T for its k largest eigenvalues
 * (with multiplicity). k >= rank T gives T. AXLE_EDOMAIN when it is not unique (σ_k = σ_{k+1} > 0)
 * or, over QQ, not rational (the k-th and (k+1)-th singular values are conjugate roots of one
 * irreducible factor: the cut splits them). */
AXLE_API AXLE_NODISCARD axle_status axle_map_best_rank(axle_map **out, const axle_inner *ipV,
                                                       const axle_inner *ipW, const axle_map *T,
                                                       size_t k);

#ifdef __cplusplus
}
#endif

#endif
