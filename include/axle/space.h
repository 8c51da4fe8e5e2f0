/* axle — vector spaces and subspaces (LADR chapters 1–2, 3E, 3F).
 *
 * A space knows its field, its dimension and how to show a vector:
 *   F^n          tuples (1, -2, 3/4)                standard basis e_1, ..., e_n
 *   P_m(F)       polynomials 3x^2 - x + 1/2         standard basis 1, x, ..., x^m
 *   F^{m,n}      matrices [[1, 2], [3, 4]]          standard basis E_{1,1}, E_{1,2}, ..., E_{m,n}
 *                                                    (row by row)
 *   V_1 x ... x V_k   tuples of parts ((1, 2), x + 1)  the parts' standard bases, one after another
 *   V/U          cosets v + U                        the cosets w_1 + U, ..., w_k + U of the basis
 *                                                    of the complement of U (axle_space_complement)
 *   V'           functionals x |-> 2x_1 - x_3        the dual basis of V's standard basis
 *                                                    (x_j is the j-th standard coordinate)
 *   U (subspace) vectors of the ambient space        the basis of axle_space_basis()
 *   L(V, W)      maps, shown as their matrix M(T)    E_{1,1}, E_{1,2}, ..., E_{dim W,dim V} (row by
 *                in the standard bases               row; include/axle/map.h)
 *
 * A vector is its coordinates in its space's standard basis. Spaces are opaque, reference-counted
 * and immutable after construction: share them freely (also across threads), release each
 * reference with axle_space_unref(). A subspace holds a reference to its ambient space, a quotient
 * to V and U, a dual to V, a product to its parts, so they can be released in any order.
 *
 * Two spaces are "the same" (axle_space_equal) when they are built the same way: F^3 made twice is
 * one space, and two subspaces are the same when they have the same ambient space and the same
 * vectors. Vectors must belong to the same space to be combined.
 *
 * Decisions over RR: independence, membership, inclusion and equality of subspaces are rank
 * decisions with the tolerance of include/axle/field.h: a singular value below
 * axle_rr_effective_tolerance(m, n) * sigma_max counts as zero, for the m x n coordinate matrix
 * the decision is made on (named in each function's comment). Subspace bases over RR are kept
 * orthonormal (in standard coordinates) for stability. Over QQ every answer is exact and a
 * subspace's basis is canonical: the standard null-space basis of the equations defining it, so
 * equal subspaces have equal bases.
 *
 * Statuses common to every function here: AXLE_EINVAL for a NULL object argument, AXLE_EFIELD when
 * objects over different fields are mixed, AXLE_EDIM when objects belong to different spaces or
 * sizes disagree, AXLE_ERANGE for an index out of range or a space too large, AXLE_ENOMEM. On
 * failure the out-parameter is NULL (pointers) or unchanged (plain values). */
#ifndef AXLE_SPACE_H
#define AXLE_SPACE_H

#include "common.h"
#include "field.h"
#include "io.h"
#include "matrix.h"
#include "scalar.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_space axle_space;
typedef struct axle_vector axle_vector;

typedef enum axle_space_kind {
    AXLE_SPACE_FN = 0,       /* F^n */
    AXLE_SPACE_POLY = 1,     /* P_m(F) */
    AXLE_SPACE_MATRICES = 2, /* F^{m,n} */
    AXLE_SPACE_PRODUCT = 3,  /* V_1 x ... x V_k */
    AXLE_SPACE_QUOTIENT = 4, /* V/U */
    AXLE_SPACE_DUAL = 5,     /* V' */
    AXLE_SPACE_SUBSPACE = 6, /* a subspace U of an ambient space */
    AXLE_SPACE_MAPS = 7      /* L(V, W): maps V -> W (include/axle/map.h: axle_space_maps) */
} axle_space_kind;

/* ---- the spaces ----------------------------------------------------------------------------- */

/* F^n (n >= 0). */
AXLE_API AXLE_NODISCARD axle_status axle_space_fn(axle_space **out, axle_field F, size_t n);

/* P_m(F): polynomials of degree at most m, dimension m + 1. */
AXLE_API AXLE_NODISCARD axle_status axle_space_poly(axle_space **out, axle_field F, size_t m);

/* F^{m,n}: m x n matrices, dimension m n. */
AXLE_API AXLE_NODISCARD axle_status axle_space_matrices(axle_space **out, axle_field F, size_t m,
                                                        size_t n);

/* V_1 x ... x V_k (k >= 1, all over one field). The product keeps references to the parts. */
AXLE_API AXLE_NODISCARD axle_status axle_space_product(axle_space **out,
                                                       const axle_space *const *parts, size_t k);

/* V/U for a subspace U of V (V is U's ambient space). dim V/U = dim V - dim U (3.105). Its basis
 * is the cosets of the basis of axle_space_complement(U). AXLE_EINVAL if U is not a subspace. */
AXLE_API AXLE_NODISCARD axle_status axle_space_quotient(axle_space **out, const axle_space *U);

/* V', the dual space; dim V' = dim V. Its standard basis is the dual basis of V's standard basis,
 * so a functional's coordinates are its values on V's standard basis. */
AXLE_API AXLE_NODISCARD axle_status axle_space_dual(axle_space **out, const axle_space *V);

/* Take / release a reference. unref(NULL) is a no-op; ref returns its argument. */
AXLE_API axle_space *axle_space_ref(const axle_space *V);
AXLE_API void axle_space_unref(const axle_space *V);

AXLE_API axle_field axle_space_field(const axle_space *V);
AXLE_API size_t axle_space_dim(const axle_space *V);
AXLE_API axle_space_kind axle_space_kind_of(const axle_space *V);

/* The space a subspace, quotient V/U or dual V' is built on (the ambient space, V, V); NULL for
 * the others. Borrowed: valid while V is. */
AXLE_API const axle_space *axle_space_parent(const axle_space *V);
/* For V/U: U (borrowed); NULL otherwise. */
AXLE_API const axle_space *axle_space_divisor(const axle_space *V);
/* For a product: the number of parts and part i (borrowed; NULL out of range). 0 / NULL otherwise.
 */
AXLE_API size_t axle_space_part_count(const axle_space *V);
AXLE_API const axle_space *axle_space_part(const axle_space *V, size_t i);

/* *out = whether V and W are the same space (see the top of this header). A rank decision on the
 * dim x 2 dim matrix of both bases when both are subspaces. */
AXLE_API AXLE_NODISCARD axle_status axle_space_equal(bool *out, const axle_space *V,
                                                     const axle_space *W);

/* The name of V as a new string (free with axle_free()): "QQ^3", "P_2(RR)", "QQ^{2,3}",
 * "QQ^3 x P_1(QQ)", "QQ^3/U", "(QQ^3)'", "subspace of dimension 2 of QQ^3"; Unicode uses ℚ, ℝ,
 * ×, ′ and superscripts, LaTeX \mathbb{Q} etc., JSON a JSON string of the text form. */
AXLE_API AXLE_NODISCARD axle_status axle_space_to_string(char **out, const axle_space *V,
                                                         axle_format fmt);

/* ---- subspaces (1C, 2C) ---------------------------------------------------------------------- */

/* span(v_1, ..., v_k) as a subspace of V (every v_i a vector of V; k may be 0, giving {0}). */
AXLE_API AXLE_NODISCARD axle_status axle_space_span(axle_space **out, const axle_space *V,
                                                    const axle_vector *const *v, size_t k);

/* The span of the columns of A (dim V rows, coordinates in V's standard basis; any number of
 * columns). */
AXLE_API AXLE_NODISCARD axle_status axle_space_span_coords(axle_space **out, const axle_space *V,
                                                           const axle_matrix *A);

/* The common null space {v in V : phi_i(v) = 0 for all i} of functionals phi_1..phi_k in V'
 * (vectors of the dual of V; k may be 0, giving V itself). */
AXLE_API AXLE_NODISCARD axle_status axle_space_equations(axle_space **out, const axle_space *V,
                                                         const axle_vector *const *phi, size_t k);

/* The same with the functionals as the rows of M (dim V columns): the null space of M, in the
 * canonical basis every subspace has (over QQ the same basis as any span of the same subspace). */
AXLE_API AXLE_NODISCARD axle_status axle_space_equations_coords(axle_space **out,
                                                                const axle_space *V,
                                                                const axle_matrix *M);

/* {0} and V itself, as subspaces of V. */
AXLE_API AXLE_NODISCARD axle_status axle_space_zero(axle_space **out, const axle_space *V);
AXLE_API AXLE_NODISCARD axle_status axle_space_whole(axle_space **out, const axle_space *V);

/* The basis of U as the columns of a new dim(ambient) x dim(U) matrix (coordinates in the ambient
 * space's standard basis). QQ: canonical; RR: orthonormal. For a space that is not a subspace:
 * the identity (its standard basis). */
AXLE_API AXLE_NODISCARD axle_status axle_space_basis(axle_matrix **out, const axle_space *U);

/* Basis vector j of U as a vector of the ambient space (of V itself when V is not a subspace). */
AXLE_API AXLE_NODISCARD axle_status axle_space_basis_vector(axle_vector **out, const axle_space *U,
                                                            size_t j);

/* *out = whether v (a vector of U's ambient space) lies in U. Rank decision on the
 * dim(ambient) x (dim U + 1) matrix [basis | v]. A space that is not a subspace contains every
 * one of its vectors. */
AXLE_API AXLE_NODISCARD axle_status axle_space_contains(bool *out, const axle_space *U,
                                                        const axle_vector *v);

/* *out = whether U ⊆ W (subspaces of one ambient space). Rank decision on [basis W | basis U]. */
AXLE_API AXLE_NODISCARD axle_status axle_space_is_subset(bool *out, const axle_space *U,
                                                         const axle_space *W);

/* U + W and U ∩ W (subspaces of one ambient space). Over QQ
 * dim(U + W) = dim U + dim W - dim(U ∩ W) exactly (2.43). Over RR both (and
 * axle_space_is_direct_sum) decide the rank of the joined orthonormal bases [B_U | B_W] at the
 * tolerance max(axle_rr_effective_tolerance, sqrt(DBL_EPSILON)), which covers the rounding of
 * those bases, so the formula holds there too and dimensions agree with QQ on well-conditioned
 * data; the thread's tolerance is unchanged afterwards. Cost: O(n^3) kernels on n x (dim U +
 * dim W) matrices, n = dim ambient. */
AXLE_API AXLE_NODISCARD axle_status axle_space_sum(axle_space **out, const axle_space *U,
                                                   const axle_space *W);
AXLE_API AXLE_NODISCARD axle_status axle_space_intersect(axle_space **out, const axle_space *U,
                                                         const axle_space *W);

/* *out = whether U_1 + ... + U_k is a direct sum (k >= 1 subspaces of one ambient space), i.e.
 * dim(U_1 + ... + U_k) = dim U_1 + ... + dim U_k (2.39 / 3.94): a rank decision on the
 * concatenation of their bases. */
AXLE_API AXLE_NODISCARD axle_status axle_space_is_direct_sum(bool *out, const axle_space *const *U,
                                                             size_t k);

/* A complement W of U: ambient = U ⊕ W (2.33), spanned by the standard basis vectors that
 * extending U's basis to a basis of the ambient space adds (2.32), so W is deterministic. W's
 * basis is exactly those e_j in increasing j on both fields (it is reduced echelon and
 * orthonormal at once): over RR it is the same as over QQ whenever the RR rank decisions agree,
 * so quotient coordinates (axle_space_quotient) agree too.
 * A space that is not a subspace is treated as the whole space (its complement is {0}). */
AXLE_API AXLE_NODISCARD axle_status axle_space_complement(axle_space **out, const axle_space *U);

/* ---- duality (3F) -----------------------------------------------------------------------------
 */

/* The annihilator U⁰ = {phi in V' : phi(u) = 0 for u in U}, a subspace of V' where V is U's
 * ambient space (V itself if U is not a subspace: then U⁰ = {0}). dim U⁰ = dim V - dim U (3.125).
 */
AXLE_API AXLE_NODISCARD axle_status axle_space_annihilator(axle_space **out, const axle_space *U);

#ifdef __cplusplus
}
#endif

#endif
