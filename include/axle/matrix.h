/* axle — dense matrices over QQ or RR.
 *
 * axle_matrix is the one mutable axle type: build inputs with it, read outputs from it. QQ entries
 * are exact rationals; RR entries are finite doubles stored column-major with a leading dimension
 * (LAPACK's layout), so LAPACK works on them without a transposing copy. Zero-size matrices (0 rows
 * or 0 columns) are allowed: a 3x0 matrix is the basis of the zero subspace of F^3.
 *
 * Functions that make a new matrix write it to their first argument; on failure that is NULL and
 * the inputs are untouched. Output never aliases input: every result is a fresh matrix. */
#ifndef AXLE_MATRIX_H
#define AXLE_MATRIX_H

#include "common.h"
#include "field.h"
#include "scalar.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_matrix axle_matrix;

/* Largest number of entries a matrix may have (2^31 - 1, so RR sizes always fit LAPACK's 32-bit
 * integers). Larger requests fail with AXLE_ERANGE. */
#define AXLE_MATRIX_MAX_ENTRIES 2147483647u

/* ---- creation and storage ---------------------------------------------------------------- */

/* The rows x cols zero matrix. AXLE_ERANGE if rows*cols exceeds AXLE_MATRIX_MAX_ENTRIES. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_new(axle_matrix **out, axle_field F, size_t rows,
                                                    size_t cols);

/* The n x n identity. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_identity(axle_matrix **out, axle_field F, size_t n);

/* A matrix from row-major arrays of integers, of num/den pairs, or of doubles.
 * from_fracs: den[i] == 0 gives AXLE_EDOMAIN. from_doubles: NaN/Inf give AXLE_EDOMAIN; in QQ the
 * exact binary values are kept. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_from_ints(axle_matrix **out, axle_field F,
                                                          size_t rows, size_t cols,
                                                          const long *entries);
AXLE_API AXLE_NODISCARD axle_status axle_matrix_from_fracs(axle_matrix **out, axle_field F,
                                                           size_t rows, size_t cols,
                                                           const long *num, const long *den);
AXLE_API AXLE_NODISCARD axle_status axle_matrix_from_doubles(axle_matrix **out, axle_field F,
                                                             size_t rows, size_t cols,
                                                             const double *entries);

/* A copy of A. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_copy(axle_matrix **out, const axle_matrix *A);

/* Free A. NULL is a no-op. */
AXLE_API void axle_matrix_free(axle_matrix *A);

AXLE_API axle_field axle_matrix_field(const axle_matrix *A);
AXLE_API size_t axle_matrix_rows(const axle_matrix *A);
AXLE_API size_t axle_matrix_cols(const axle_matrix *A);

/* ---- entries (0-based; AXLE_ERANGE for an index outside the matrix) ----------------------- */

/* Entry (i, j) as a new scalar of A's field. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_get(axle_scalar **out, const axle_matrix *A,
                                                    size_t i, size_t j);

/* Set entry (i, j) to x. AXLE_EFIELD if x is of another field. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_set(axle_matrix *A, size_t i, size_t j,
                                                    const axle_scalar *x);

/* Set entry (i, j) to num/den (AXLE_EDOMAIN if den == 0). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_set_frac(axle_matrix *A, size_t i, size_t j,
                                                         long num, long den);

/* Set entry (i, j) to a double (exact binary value in QQ; AXLE_EDOMAIN for NaN/Inf). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_set_double(axle_matrix *A, size_t i, size_t j,
                                                           double x);

/* Entry (i, j) as the nearest double (QQ entries are rounded correctly). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_get_double(double *out, const axle_matrix *A,
                                                           size_t i, size_t j);

/* Entry (i, j) as an exact rational (RR entries: their binary value). rop is initialised by the
 * caller. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_get_mpq(mpq_t rop, const axle_matrix *A, size_t i,
                                                        size_t j);

/* Set entry (i, j) to a canonical GMP rational (RR: nearest double, AXLE_ERANGE on overflow). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_set_mpq(axle_matrix *A, size_t i, size_t j,
                                                        const mpq_t q);

/* RR only: the column-major storage and its leading dimension (entry (i, j) is
 * data[i + j * ld]), for handing to BLAS/LAPACK directly. NULL for a QQ matrix. Writing NaN or Inf
 * through this pointer breaks axle's promise that RR entries are finite. */
AXLE_API double *axle_matrix_rr_data(axle_matrix *A, size_t *ld);
AXLE_API const double *axle_matrix_rr_const_data(const axle_matrix *A, size_t *ld);

/* ---- comparison, conversion, arithmetic ---------------------------------------------------- */

/* True when A and B have the same field, the same shape and exactly equal entries. */
AXLE_API bool axle_matrix_equal(const axle_matrix *A, const axle_matrix *B);

/* A converted to field F: QQ -> RR rounds each entry to the nearest double (AXLE_ERANGE if one
 * overflows), RR -> QQ keeps each double's exact binary value. F equal to A's field copies. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_convert(axle_matrix **out, const axle_matrix *A,
                                                        axle_field F);

/* Transpose. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_transpose(axle_matrix **out, const axle_matrix *A);

/* A + B, A - B (AXLE_EDIM unless the shapes agree, AXLE_EFIELD unless the fields agree). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_add(axle_matrix **out, const axle_matrix *A,
                                                    const axle_matrix *B);
AXLE_API AXLE_NODISCARD axle_status axle_matrix_sub(axle_matrix **out, const axle_matrix *A,
                                                    const axle_matrix *B);

/* c A. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_scale(axle_matrix **out, const axle_scalar *c,
                                                      const axle_matrix *A);

/* A B (AXLE_EDIM unless cols(A) == rows(B)). QQ clears denominators and multiplies integers;
 * RR calls dgemm. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_mul(axle_matrix **out, const axle_matrix *A,
                                                    const axle_matrix *B);

/* ---- elimination kernels (dispatched to the field's backend) -------------------------------- */

/* Reduced row echelon form R of A, its rank, and its pivot columns (pivots[0..rank-1],
 * increasing; pivots may be NULL, else it must hold min(rows, cols) entries; rank may be NULL).
 * QQ: the unique exact RREF, certified: the rank profile modulo a prime, Dixon p-adic lifting on
 * the pivot block for the other columns, then an exact check (every row of A in the span of R's,
 * R in reduced echelon form; a wrong profile from an unlucky prime fails it and another prime is
 * tried); many free columns take CRT over primes instead, few rows with huge entries fraction-
 * free elimination. RR: the rank is axle_matrix_rank's (SVD); pivot columns are chosen
 * left to right, a column being a pivot when it lies farther than a tolerance-derived threshold
 * from the span of the earlier ones, measured in the numerical row space; the other entries are
 * least-squares coefficients on the pivot columns. R is then the exact RREF of a matrix within
 * about tol * norm(A) of A. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_rref(axle_matrix **out, size_t *pivots,
                                                     size_t *rank, const axle_matrix *A);

/* The rank of A (QQ: exact; full rank modulo one prime proves itself, as the rank modulo a prime
 * never exceeds the rank over Q; otherwise it comes with the certified RREF. RR: singular values
 * above tol * sigma_max). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_rank(size_t *out, const axle_matrix *A);

/* A basis of the null space {x : A x = 0}, as the columns of a cols(A) x k matrix (k = cols - rank,
 * possibly 0). QQ: the standard basis read off the RREF (free variable j set to 1, the others to
 * 0), so A N = 0 holds exactly by the RREF's certificate. RR: an orthonormal basis (right singular
 * vectors), each vector's largest-magnitude entry positive. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_null(axle_matrix **out, const axle_matrix *A);

/* Solve A X = B for X (B has rows(A) rows and any number of columns). *x gets one particular
 * solution (QQ: free variables set to 0; RR: the minimum-norm solution); if null is not NULL,
 * *null gets a basis of the null space of A, so every solution is X + null * Y.
 * AXLE_ENOSOLUTION when the system is inconsistent (RR: for some column b of B,
 * ||b - A x||_2 > max(tol, sqrt(eps)) * (||A||_2 ||x||_2 + ||b||_2)); AXLE_EDIM when
 * rows(B) != rows(A); AXLE_ERANGE if the RR solution overflows. RR uses LU when A is square and
 * its reciprocal condition number is at least the tolerance, the SVD otherwise (decided by a
 * proven bound, a solve with a pseudo-random vector seeded by A's LU pivots, wrong with
 * probability under 1.5e-6 unless A was searched for against that seed, or dgecon's estimate:
 * docs/reference.md). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_solve(axle_matrix **x, axle_matrix **null,
                                                      const axle_matrix *A, const axle_matrix *B);

/* The inverse of a square matrix. AXLE_EDIM if A is not square; AXLE_ESINGULAR if it is singular
 * (RR: if the 1-norm reciprocal condition estimate of dgecon is below the tolerance);
 * AXLE_ERANGE if an RR entry of the inverse overflows. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_inverse(axle_matrix **out, const axle_matrix *A);

/* The determinant of a square matrix (AXLE_EDIM otherwise). The determinant of a 0x0 matrix is
 * 1. QQ: exact (multimodular: CRT over word-size primes up to the Hadamard bound); RR: from an LU
 * factorisation, AXLE_ERANGE beyond double range (results below it round to a subnormal or 0). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_det(axle_scalar **out, const axle_matrix *A);

/* The trace of a square matrix, the sum of its diagonal entries, as a new scalar. AXLE_EDIM if A
 * is not square (the trace of a 0x0 matrix is 0); AXLE_ERANGE if the RR sum overflows. */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_trace(axle_scalar **out, const axle_matrix *A);

#ifdef __cplusplus
}
#endif

#endif
