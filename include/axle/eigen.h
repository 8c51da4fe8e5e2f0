/* axle — the eigen floor, first part: characteristic and minimal polynomials of square matrices
 * and operators (LADR 5.B, 5.22–5.27, 8.C–8.D), over both fields.
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

#include "common.h"
#include "map.h"
#include "matrix.h"
#include "poly.h"
#include "status.h"
#include "vector.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The largest n for which the functions here compute anything. */
#define AXLE_EIGEN_MAX_DIM 4096

/* χ_A = det(x I − A) of a square matrix A, a new monic polynomial of degree n of A's field.
 * QQ: exact, multimodular (O(n^3) word operations per prime, about as many primes as
 * log2(C(n, n/2) beta^n) / 61 with beta the largest row norm of A with denominators cleared).
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

#ifdef __cplusplus
}
#endif

#endif
