/* axle — the eigen floor: characteristic and minimal polynomials of square matrices and operators
 * (LADR 5.B, 5.22–5.27, 8.C–8.D), the spectrum (eigenvalues, multiplicities, eigenvectors, Jordan
 * structure), bases in which a matrix is simple, eigenspaces of operators; over both fields.
 *
 * χ_A(x) = det(x I − A), monic of degree n (χ of the 0x0 matrix is 1). The minimal polynomial of
 * an operator T is the monic polynomial p of least degree with p(T) = 0; the minimal polynomial of
 * T at a vector v is the monic p of least degree with p(T) v = 0, the first linear dependence
 * among v, Tv, T²v, ... (Axler 5.22). The minimal polynomial divides χ (Cayley–Hamilton, 8.49).
 *
 * QQ: every result is exact. χ is computed multimodularly (Hessenberg reduction modulo word-size
 * primes, CRT up to a proven coefficient bound); minimal polynomials come from the exact RREF of a
 * Krylov matrix, so they are exact too (no probabilistic step). See docs/reference/eigen.md.
 *
 * RR: χ from LAPACK's Hessenberg reduction (dgebal, dgehrd) and the Hessenberg recurrence: the
 * coefficients of a matrix within a small multiple of eps ||A|| of A (not correctly rounded).
 * Minimal polynomials need rank decisions: a Krylov vector is taken as dependent on the earlier
 * ones (normalised) when the RREF kernel (axle_matrix_rref, the tolerance of include/axle/field.h)
 * finds it not to be a pivot column. Multiple or clustered eigenvalues make this decision, and so
 * the degree of an RR minimal polynomial, sensitive to rounding.
 *
 * Size: n = rows(A) = dim V is at most AXLE_EIGEN_MAX_DIM (AXLE_ERANGE before anything is
 * allocated); over QQ the result must fit AXLE_POLY_MAX_BITS by an a-priori bound (AXLE_ERANGE,
 * before the computation). RR: AXLE_ERANGE when a coefficient overflows a double.
 *
 * Statuses common to every function here: AXLE_EINVAL for a NULL argument (named), AXLE_EDIM for
 * a non-square matrix or a map that is not an operator, AXLE_EFIELD for mixed fields, AXLE_ERANGE
 * for sizes above the limits, AXLE_ENOMEM. On failure *out is NULL, nothing leaks and the inputs
 * are unchanged. */
#ifndef AXLE_EIGEN_H
#define AXLE_EIGEN_H

#include "algebraic.h"
#include "common.h"
#include "io.h"
#include "map.h"
#include "matrix.h"
#include "numfield.h"
#include "poly.h"
#include "status.h"
#include "vector.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest n for which the functions here compute anything. */
#define AXLE_EIGEN_MAX_DIM 4096

/* χ_A = det(x I − A) of a square matrix A, a new monic polynomial of degree n of A's field.
 * QQ: exact, multimodular (O(n^3) word operations per prime, about log2(H) / 61 primes of 62 bits
 * or 2.5 times as many below 2^26 on doubles; H = max over k of the smaller of e_k of the row norms
 * and e_k of the column norms of A with denominators cleared, at most C(n, n/2) beta^n with beta
 * the largest row norm).
 * RR: Hessenberg reduction and recurrence, O(n^3). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_charpoly(axle_poly **out, const axle_matrix *A);

/* The minimal polynomial of a square matrix A: the monic p of least degree with p(A) = 0. First
 * the Krylov dependence of A at a fixed vector (when its degree is n it is χ_A and the answer);
 * otherwise the first dependence among I, A, A², ... as vectors of F^(n×n) (Axler 5.24), from one
 * RREF. QQ: exact. AXLE_ERANGE when the powers of A could exceed AXLE_POLY_MAX_BITS bits. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_minpoly(axle_poly **out, const axle_matrix *A);

/* The minimal polynomial of A at the column vector v (n x 1): the monic p of least degree with
 * p(A) v = 0 (the zero vector's is 1). AXLE_EDIM unless A is square and v is rows(A) x 1. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_minpoly_vector(axle_poly **out,
                                                               const axle_matrix *A,
                                                               const axle_matrix *v);

/* χ_T of an operator T : V -> V, the characteristic polynomial of M(T) (any basis gives the same).
 * AXLE_EDIM when T is not an operator ("the characteristic polynomial needs an operator, but T
 * maps P_2(QQ) to QQ^2"). */
AXLE_API AXLE_NODISCARD axle_status axle_map_charpoly(axle_poly **out, const axle_map *T);

/* The minimal polynomial of an operator T (as axle_matrix_minpoly on M(T)). */
AXLE_API AXLE_NODISCARD axle_status axle_map_minpoly(axle_poly **out, const axle_map *T);

/* The minimal polynomial of the operator T at v ∈ V: the first linear dependence among v, Tv,
 * T²v, ... (Axler 5.22). v may be a vector of V, or of V's ambient space lying in V. AXLE_EDIM
 * when T is not an operator or v is not in V. */
AXLE_API AXLE_NODISCARD axle_status axle_map_minpoly_vector(axle_poly **out, const axle_map *T,
                                                            const axle_vector *v);

/* ---- the spectrum: eigenvalues, eigenvectors, multiplicities, Jordan structure (LADR 5, 8) ----
 *
 * An axle_eigen is the spectrum of a square n x n matrix A (or of an operator T through M(T) in
 * V's basis; eigenvector coordinates are then coordinates in that basis): opaque, immutable,
 * reference-counted (axle_eigen_ref / axle_eigen_unref, NULL is a no-op). Its generic accessors
 * work on both fields, so a teaching program runs unchanged on QQ and RR; the exact objects are
 * handed out by QQ-only accessors that answer AXLE_EUNSUPPORTED on RR.
 *
 * QQ: exact. χ_A is factored over Q (axle_poly_factor); every irreducible factor f of multiplicity
 * m gives deg f distinct complex eigenvalues, the roots of f (the conjugates), each an exact
 * axle_algebraic, listed as separate eigenvalues; all the eigenvalues of A, across the factors,
 * come in the canonical order of axle_poly_roots (real ascending, then conjugate pairs). All
 * conjugates share their multiplicities and Jordan block sizes, which come from the ranks of f(A)^k
 * over Q (k = 1 … m) without leaving Q: dim null f(A)^k = deg f · Σ_blocks min(size, k).
 * Eigenvectors and Jordan chains are vectors over Q(λ) (axle_numfield), each verified by
 * substitution (A v = λ v, (A − λ I) v_{i+1} = v_i) before it is returned.
 *
 * RR: LAPACK, dsyevd for symmetric A (real eigenvalues ascending, orthonormal eigenvectors),
 * dgeev otherwise (complex eigenvalues in conjugate pairs, positive imaginary part first, with
 * complex eigenvectors normalised to Euclidean norm 1). count = n: repeated values are repeated,
 * one eigenvector each. Multiplicities group eigenvalues whose distance is at most
 * AXLE_EIGEN_RR_CLUSTER · ||A||_F (relative, so that A and cA have the same multiplicities; a
 * documented tolerance: an eigenvalue of multiplicity m is perturbed by about eps^(1/m), so
 * decisions on repeated eigenvalues are judgements, not facts); the geometric multiplicity of a
 * group is the numerical rank of its eigenvectors (singular values at most tol · σ_max count as
 * zero, the rule of include/axle/field.h, with tol the larger of the field's tolerance and
 * AXLE_EIGEN_RR_CLUSTER: rounding splits a defective eigenvalue into eigenvectors about as far
 * apart as its values, so directions that agree to the clustering's tolerance count as one;
 * eps^(1/2) ≈ 1.5e-8 lies well inside 1e-6, so a double defective eigenvalue is caught, but
 * eps^(1/3) ≈ 6e-6 does not, so a Jordan block of size 3 or more that is not already triangular may
 * come out as separate simple eigenvalues). The Jordan form of a floating-point matrix is
 * ill-posed: the Jordan accessors answer AXLE_EUNSUPPORTED, with a message that points to QQ.
 *
 * Indices k run over 0 … axle_eigen_count(E) − 1; an index out of range is AXLE_ERANGE (status
 * functions) or 0 (queries). */
typedef struct axle_eigen axle_eigen;

/* The relative distance within which two RR eigenvalues count as one (see above). */
#define AXLE_EIGEN_RR_CLUSTER 1e-6

/* The spectrum of a square matrix A (AXLE_EDIM if not square). QQ cost: χ (multimodular), its
 * factorization, root isolation, one rational null space of f(A)^k per factor and power, and one
 * elimination of rank dim E over each Q(λ) (axle_nfmatrix_eigenspace); AXLE_EUNCERTIFIED if a
 * complex root could not be certified, AXLE_ERANGE beyond the factorization limits of poly.h. RR:
 * AXLE_ENOCONV when LAPACK's QR iteration does not converge, AXLE_ERANGE when an eigenvalue is
 * beyond the range of a double (entries near 1e308). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_eigen(axle_eigen **out, const axle_matrix *A);
/* The spectrum of an operator T (AXLE_EDIM if T is not an operator). */
AXLE_API AXLE_NODISCARD axle_status axle_map_eigen(axle_eigen **out, const axle_map *T);

AXLE_API axle_eigen *axle_eigen_ref(const axle_eigen *E);
AXLE_API void axle_eigen_unref(const axle_eigen *E);

/* The field, n, and the number of eigenvalues listed: QQ the distinct complex eigenvalues (each
 * conjugate separately), RR n. */
AXLE_API axle_field axle_eigen_field(const axle_eigen *E);
AXLE_API size_t axle_eigen_dim(const axle_eigen *E);
AXLE_API size_t axle_eigen_count(const axle_eigen *E);

/* χ_A and the minimal polynomial of A, as new polynomials. RR: AXLE_ERANGE when a coefficient
 * is beyond the range of a double (det A of a 256 x 256 matrix of entries near 10 is about
 * 10^300): the spectrum is computed without them, and axle_eigen_to_string then prints them as
 * null (JSON) or "(coefficients beyond double range)". */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_charpoly(axle_poly **out, const axle_eigen *E);
AXLE_API AXLE_NODISCARD axle_status axle_eigen_minpoly(axle_poly **out, const axle_eigen *E);

/* Eigenvalue k as a new string (free with axle_free()). QQ: the board form of
 * axle_algebraic_to_string ("(1 + √5)/2", "root of x³ − 2x − 5 ≈ 2.094551482"); JSON its object
 * {"minpoly":[…],"value":"…","re":…,"im":…}. RR: "1.5", "0.5 + 0.8660254038i" (10 significant
 * digits; JSON {"re":…,"im":…} with the doubles themselves). */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_value_string(char **out, const axle_eigen *E,
                                                            size_t k, axle_format fmt);
/* Eigenvalue k as doubles (QQ: as axle_algebraic_to_double). */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_value_double(double *re, double *im,
                                                            const axle_eigen *E, size_t k);
/* True when eigenvalue k is real (QQ exact; RR: im == 0 as LAPACK returns it). */
AXLE_API bool axle_eigen_is_real(const axle_eigen *E, size_t k);
/* Multiplicities of eigenvalue k (0 for k out of range): algebraic = its multiplicity as a root
 * of χ, geometric = dim E(λ, A). */
AXLE_API size_t axle_eigen_algebraic_multiplicity(const axle_eigen *E, size_t k);
AXLE_API size_t axle_eigen_geometric_multiplicity(const axle_eigen *E, size_t k);
/* The sizes of the Jordan blocks of eigenvalue k, descending, as a new array of *count entries
 * (free with axle_free(); they add up to the algebraic multiplicity; *count is the geometric
 * one). RR: AXLE_EUNSUPPORTED (ill-posed; use QQ). */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_jordan_blocks(size_t **sizes, size_t *count,
                                                             const axle_eigen *E, size_t k);

/* The dimension of the eigenspace basis axle_eigen_eigenvector returns for eigenvalue k: the
 * geometric multiplicity over QQ; 1 over RR (each listed eigenvalue has its own vector). */
AXLE_API size_t axle_eigen_eigenvector_count(const axle_eigen *E, size_t k);
/* Basis vector j of the eigenspace of eigenvalue k as n doubles each for the real and imaginary
 * parts (re and im hold n entries; im is all zero for a real vector). QQ: the exact vector
 * rounded; RR: LAPACK's. */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_eigenvector_double(double *re, double *im,
                                                                  const axle_eigen *E, size_t k,
                                                                  size_t j);
/* The eigenspace basis of eigenvalue k as a new string: text/Unicode "(1, λ − 1), (0, 1)", LaTeX a
 * list of column vectors, JSON an array of vectors, each an array of n coordinate strings. QQ
 * coordinates are exact, in the display form: rationals as rationals, over a quadratic λ as
 * surds a + b√d ("(1 + √5)/2", "−1/2 + (√3/2)i"), over a field of degree >= 3 as polynomials in
 * the eigenvalue written λ (text "l"). RR: 10 significant digits, "a + bi" for complex entries
 * (JSON: numbers, complex entries as {"re":…,"im":…}). */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_eigenvectors_string(char **out, const axle_eigen *E,
                                                                   size_t k, axle_format fmt);

/* Where diagonalizability is asked: over Q (eigenvalues rational), over R (eigenvalues real) or
 * over C (geometric = algebraic multiplicity for every eigenvalue). */
typedef enum axle_eigen_over { AXLE_OVER_Q = 0, AXLE_OVER_R = 1, AXLE_OVER_C = 2 } axle_eigen_over;

/* True when A is diagonalizable over the given field (false for a bad enum). RR decides with the
 * tolerances above; over Q it answers false unless every eigenvalue is rational, which RR cannot
 * know: RR answers over Q as over R. */
AXLE_API bool axle_eigen_diagonalizable(const axle_eigen *E, axle_eigen_over over);

/* The whole spectrum as a new string. JSON, over QQ:
 *   {"field":"QQ","n":N,"charpoly":[…],"minpoly":[…],"diagonalizable":true|false,
 *    "eigenvalues":[{"minpoly":[…],"value":"…","re":…,"im":…,"algebraic_multiplicity":a,
 *                    "geometric_multiplicity":g,"jordan_blocks":[…],"eigenvectors":[[…],…]},…]}
 * (diagonalizable over C); over RR the same keys without "minpoly" and "jordan_blocks" per
 * eigenvalue, n entries. Text/Unicode/LaTeX: a report, one eigenvalue per line with its
 * multiplicities and eigenspace basis. */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_to_string(char **out, const axle_eigen *E,
                                                         axle_format fmt);

/* QQ only (AXLE_EUNSUPPORTED on RR): eigenvalue k as an exact algebraic number; a basis of its
 * eigenspace as the columns of an n x g matrix over Q(λ) (the field made from λ's minimal
 * polynomial, generator printed λ); its Jordan chains as the columns of an n x a matrix over Q(λ):
 * one chain per block, blocks in descending size, each chain v_1, …, v_s with (A − λI) v_1 = 0 and
 * (A − λI) v_{i+1} = v_i, so the columns of all chains of all eigenvalues form a Jordan basis. */
AXLE_API AXLE_NODISCARD axle_status axle_eigen_value(axle_algebraic **out, const axle_eigen *E,
                                                     size_t k);
AXLE_API AXLE_NODISCARD axle_status axle_eigen_eigenspace(axle_nfmatrix **out, const axle_eigen *E,
                                                          size_t k);
AXLE_API AXLE_NODISCARD axle_status axle_eigen_jordan_chains(axle_nfmatrix **out,
                                                             const axle_eigen *E, size_t k);

/* ---- bases in which a matrix is simple, over the matrix's own field ----
 * Each returns P invertible and the simple matrix with P^-1 A P equal to it (QQ exactly; RR within
 * rounding). AXLE_EDOMAIN with a message naming the obstruction when no such basis exists over
 * the field ("A is not diagonalizable: the eigenvalue 2 has algebraic multiplicity 2 but geometric
 * multiplicity 1"; "the eigenvalue √2 is not rational: no basis over QQ"). Either output may be
 * NULL when not wanted (not both: AXLE_EINVAL). The 0x0 matrix gives 0x0 outputs on both fields.
 * QQ: A P = P X and the rank of P are checked exactly before anything is returned. */

/* P^-1 A P = D diagonal: over QQ when every eigenvalue is rational with geometric = algebraic
 * multiplicity; over RR when every eigenvalue is real and the eigenvectors are independent (to the
 * tolerance). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_diagonalize(axle_matrix **P, axle_matrix **D,
                                                            const axle_matrix *A);
/* P^-1 A P = T upper triangular (LADR 5C), which exists over the field exactly when every
 * eigenvalue lies in it: QQ a Jordan basis (T = J); RR the real Schur form by dgees (P
 * orthogonal), AXLE_EDOMAIN when an eigenvalue is not real (axle_matrix_schur_complex then gives
 * the triangular form over C). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_triangularize(axle_matrix **P, axle_matrix **T,
                                                              const axle_matrix *A);
/* The complex Schur form A = Q T Q^H (LADR 5C and 6B over C: every complex matrix is upper
 * triangular in some orthonormal basis), Q unitary, T upper triangular with the eigenvalues of A on
 * its diagonal, which exists for every square matrix: the triangular basis when the spectrum is
 * complex and axle_matrix_triangularize answers AXLE_EDOMAIN. axle has no complex matrix type, so
 * Q = Qre + i Qim and T = Tre + i Tim come as their real and imaginary parts, four n x n RR
 * matrices; T's entries below the diagonal are exactly 0. Any output may be NULL when not wanted
 * (not all four: AXLE_EINVAL). AXLE_EDIM when A is not square, AXLE_ERANGE beyond
 * AXLE_EIGEN_MAX_DIM; the 0x0 matrix gives 0x0 outputs. RR: LAPACK's zgees (the complex QR
 * iteration; Q^H Q = I and Q T Q^H = A within rounding, the diagonal of T in no particular order),
 * AXLE_ENOCONV when it does not converge, AXLE_EDOMAIN for a non-finite entry. QQ:
 * AXLE_EUNSUPPORTED (a unitary Q needs square roots): axle_eigen_jordan_chains gives an exact
 * triangular basis over Q(λ). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_schur_complex(axle_matrix **Qre, axle_matrix **Qim,
                                                              axle_matrix **Tre, axle_matrix **Tim,
                                                              const axle_matrix *A);
/* P^-1 A P = J, the Jordan form (blocks in the order of the eigenvalues, each eigenvalue's blocks
 * in descending size, 1s above the diagonal): QQ when every eigenvalue is rational (otherwise
 * AXLE_EDOMAIN pointing to axle_eigen_jordan_chains, which works over Q(λ)); RR
 * AXLE_EUNSUPPORTED. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_jordan(axle_matrix **J, axle_matrix **P,
                                                       const axle_matrix *A);
/* The Jordan–Chevalley decomposition A = S + N over QQ (LADR 8.B): S diagonalizable over C, N
 * nilpotent, S N = N S, both polynomials in A with rational coefficients, found without the
 * eigenvalues (Newton's iteration on the square-free part s of χ, run on polynomials modulo χ:
 * ceil(log2 m) steps for m the largest multiplicity; then S = g(A) by Horner). s(S) = 0 and
 * N^n = 0 are proved on the polynomials, S N = N S on the matrices, before returning. AXLE_ERANGE
 * before the evaluation when its Horner intermediates could exceed AXLE_POLY_MAX_BITS (as
 * axle_poly_eval_matrix). RR: AXLE_EUNSUPPORTED. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_jordan_chevalley(axle_matrix **S, axle_matrix **N,
                                                                 const axle_matrix *A);

/* ---- eigenspaces of an operator as subspaces (LADR 5.52, 8.11) ----
 * E(λ, T) = null(T − λI) and G(λ, T) = null (T − λI)^dim V, as subspaces of V, for λ a scalar of
 * T's field (AXLE_EFIELD otherwise): {0} when λ is not an eigenvalue. RR: rank decisions with the
 * tolerance of include/axle/field.h. */
AXLE_API AXLE_NODISCARD axle_status axle_map_eigenspace(axle_space **out, const axle_map *T,
                                                        const axle_scalar *lambda);
AXLE_API AXLE_NODISCARD axle_status axle_map_generalized_eigenspace(axle_space **out,
                                                                    const axle_map *T,
                                                                    const axle_scalar *lambda);
/* V = ⊕ null f_i(T)^{m_i} over the field (QQ: f_i the irreducible factors of χ_T over Q with
 * multiplicities m_i; each is the sum of G(λ, T) over the roots λ of f_i, so for rational
 * eigenvalues these are the G(λ, T) of LADR 8.21). A new array of *count subspaces of V in the
 * order of the factorization (free each with axle_space_unref, then the array with axle_free();
 * for dim V = 0 the array is empty, *count = 0, and still to be freed). Their dimensions (deg f_i
 * times m_i) are checked to add up to dim V. RR: AXLE_EUNSUPPORTED. */
AXLE_API AXLE_NODISCARD axle_status axle_map_primary_decomposition(axle_space ***spaces,
                                                                   size_t *count,
                                                                   const axle_map *T);

#ifdef __cplusplus
}
#endif

#endif
