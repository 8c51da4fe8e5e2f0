/* axle internal: helpers shared by the RR (double, LAPACKE) kernels.
 *
 * Every kernel works on packed column-major copies (leading dimension max(1, rows)): LAPACK
 * overwrites its inputs and axle inputs must stay untouched. Sizes are checked before they are
 * narrowed to lapack_int. */
#ifndef AX_RR_H
#define AX_RR_H

#include <float.h>
#include <lapacke.h>
#include <math.h>
#include <stdint.h>

#include "backend.h"

/* Narrow a size to lapack_int; AXLE_ERANGE (naming `what`) if it does not fit (inline: the
 * small kernels call it several times). */
#define AX_LI_MAX (sizeof(lapack_int) >= 8 ? (size_t)INT64_MAX : (size_t)INT32_MAX)
axle_status ax_rr_li_error(size_t v, const char *what);
static inline axle_status ax_rr_li(lapack_int *out, size_t v, const char *what)
{
    if (v > AX_LI_MAX)
        return ax_rr_li_error(v, what);
    *out = (lapack_int)v;
    return AXLE_OK;
}

/* Map a LAPACKE return value: 0 -> AXLE_OK; workspace allocation failure -> AXLE_ENOMEM; any
 * other negative value (a bad argument: a bug in axle) -> AXLE_EINVAL naming the routine;
 * positive values are the caller's to interpret, so they map to AXLE_ENOCONV with `what`. */
axle_status ax_rr_info(lapack_int info, const char *routine, const char *what);

/* A power-of-two scale 2^e for A (multiplying by 2^-e is exact unless it underflows). 0 when
 * the entries are already safe: the largest below 2^AX_RR_SAFE_EXP and, with centre, the
 * smallest nonzero above 2^-AX_RR_SAFE_EXP. Otherwise, with centre false, e is the binary
 * exponent of the largest entry, so 2^-e A has entries in [-1, 1] (for SVDs: nothing
 * overflows, and entries pushed below the subnormal range are far below any rank tolerance);
 * with centre true, e is the midpoint of the exponents of the largest and the smallest nonzero
 * entry (for LU: both ends of the dynamic range keep the same distance from overflow and
 * underflow) when that keeps both within 2^+-AX_RR_SAFE_EXP, and otherwise the shift nearest 0
 * that keeps every entry representable. */
#define AX_RR_SAFE_EXP 256
int ax_rr_exponent(const axle_matrix *A, bool centre);

/* x 2^e, rounded once (as ldexp; a multiplication by an exact power of two when 2^-e is a
 * normal number). */
static inline double ax_rr_pow2(double x, int e)
{
    if (e == 0)
        return x;
    if (e >= DBL_MIN_EXP - 1 && e <= DBL_MAX_EXP - 1)
        return x * ldexp(1.0, e);
    return ldexp(x, e);
}

/* A packed copy of 2^-e A (rows*cols doubles, leading dimension max(1, rows)), or NULL after
 * reporting AXLE_ENOMEM. */
double *ax_rr_copy_scaled(const axle_matrix *A, int e);

/* Whether x[0..n-1] are all finite; one vectorised pass without branches. */
bool ax_rr_all_finite(const double *x, size_t n);

/* For tests: the widest vector code the finite checks and the LU / SVD input scan may choose where
 * the CPU has it (2: AVX-512, the default; 1: AVX2; 0: SSE2 or the portable code), so that the
 * narrower paths run on every machine. */
extern int ax_rr_simd_limit;

/* AXLE_ERANGE (mentioning `what`) unless all entries of the fresh matrix M are finite. */
axle_status ax_rr_check_finite(const axle_matrix *M, const char *what);

/* A thin singular value decomposition 2^-e A = U diag(s) VT, e = ax_rr_exponent(A, false), from
 * LAPACKE_dgesdd on a scaled copy (rank, null space and RREF do not depend on the scale).
 * s has min(m, n) entries in decreasing order. With want_vectors, u is m x k and vt is n x n
 * (the full right factor, so its last rows span the null space), k = min(m, n); otherwise u and
 * vt are NULL. rank counts the s[i] > tol * s[0] with tol = axle_rr_effective_tolerance(m, n)
 * (0 if s[0] == 0). */
typedef struct ax_rr_svd {
    size_t m, n, k, rank;
    int e;
    double *s, *u, *vt;
    double tol;
} ax_rr_svd;

axle_status ax_rr_svd_compute(ax_rr_svd *out, const axle_matrix *A, bool want_vectors);
/* The full decomposition (dgesdd with jobz 'A'): as above with vectors, but u is m x m. */
axle_status ax_rr_svd_compute_full(ax_rr_svd *out, const axle_matrix *A);
void ax_rr_svd_free(ax_rr_svd *svd);

/* The null-space basis read off an SVD with vectors: the rows rank..n-1 of vt as the columns of a
 * fresh n x (n - rank) matrix, each column's largest-magnitude entry made positive. */
axle_status ax_rr_null_from_svd(axle_matrix **out, const ax_rr_svd *svd);
/* Rows first .. first + count - 1 of an SVD's vt (with vectors) as the columns of a fresh
 * n x count matrix, signed as above; rows 0 .. rank - 1 span the row space. */
axle_status ax_rr_vt_rows(axle_matrix **out, const ax_rr_svd *svd, size_t first, size_t count);

/* An LU factorisation P 2^-e A = L U of a square matrix, e = ax_rr_exponent(A, true) (dgetrf
 * on a scaled copy, made in the same pass that finds e and the 1-norm). The factors are checked
 * for overflow (AXLE_ERANGE) only when Wilkinson's growth bound 2^(n-1) max |a_ij| allows it.
 * O(n^3), plus one pass over A. With buf (n x n doubles, the caller's), the factors are made in
 * buf; otherwise in a fresh block that ax_rr_lu_free releases. */
typedef struct ax_rr_lu {
    size_t n;
    int e;
    double *lu; /* n x n, packed; ipiv follows in the same block when owned */
    lapack_int *ipiv;
    double *spare; /* 2 n doubles of workspace, in the same block as ipiv */
    void *block;   /* what ax_rr_lu_free releases: lu (64-byte aligned in it) when owned */
    bool owned;    /* lu was allocated here (ax_rr_lu_free releases it) */
    bool singular; /* U has an exact zero on its diagonal */
    double anorm;  /* ||2^-e A||_1 */
    double rcond;  /* set by ax_rr_lu_solve_rcond */
} ax_rr_lu;

axle_status ax_rr_lu_compute(ax_rr_lu *out, const axle_matrix *A, double *buf);
/* W is n x (k + 2), packed; its first k columns hold right-hand sides, which are replaced by
 * (2^-e A)^-1 W (k may be 0); the last two are workspace. Sets lu->rcond for the decision
 * rcond >= tol, as cheaply as it can be shown (0 when U has an exact zero pivot; it does not
 * depend on the scale):
 *   - n < 32: an O(n^2) upper bound on ||A^-1||_1 (comparison matrices of L and U); when it
 *     proves the reciprocal condition number at least 16 tol, rcond is that proven lower bound;
 *   - otherwise a probe: rho = ||A^-1 r||_2 for a pseudo-random r uniform in [-1, 1]^n, seeded
 *     by a hash of the pivots (one solve more than dgesv). Unless |u . r| < delta = 2^-20 for
 *     the left singular vector u of the smallest singular value (probability at most
 *     sqrt(2) delta for r uniform in the cube independently of A; a matrix made to fail needs
 *     a search against the hash), ||A^-1||_1 <= sqrt(n) rho / delta; when that shows
 *     rcond >= 2 tol, rcond is delta / (sqrt(n) rho ||A||_1);
 *   - otherwise LAPACK dgecon's 1-norm reciprocal condition estimate, computed by the same
 *     Hager-Higham estimator (dlacn2) on plain or dgetrs solves (3 to 5 of them).
 * The first two never exceed the true reciprocal condition number (the second with the
 * probability above), and dgecon's estimate never falls below it, so either clearing tol means
 * the estimate would have cleared it too. tol = INFINITY: always the estimate. */
axle_status ax_rr_lu_solve_rcond(ax_rr_lu *lu, double *W, size_t k, double tol);
/* The same with W n x k only (the two spare columns are lu->spare): no workspace to allocate. */
axle_status ax_rr_lu_solve_decide(ax_rr_lu *lu, double *W, size_t k, double tol);
/* The decision alone (no right-hand side) without the probe: the proven bound, else the estimate.
 * For a caller that already knows rcond is near tol (the inverse's slow decision), where the
 * probe, which proves rcond >= 2 tol only from about 10^6 tol, could only accept wrongly. */
axle_status ax_rr_lu_decide_estimate(ax_rr_lu *lu, double tol);
void ax_rr_lu_free(ax_rr_lu *lu);

/* A workspace of the size a LAPACK workspace query returned in q (at least 1 entry of `size`
 * bytes, zeroed; *len its length), or NULL. */
void *ax_rr_workspace(double q, size_t size, lapack_int *len);

/* dsyevd on the packed symmetric n x n a (its lower triangle read; n < 2^31), through the _work
 * interface (the caller has checked the entries; no second pass for NaNs): the eigenvalues
 * ascending into w (n entries) and, with vectors, the orthonormal eigenvectors into a (column k
 * for w[k]; otherwise a is destroyed). AXLE_ENOCONV when the iteration does not converge. */
axle_status ax_rr_syevd(double *a, double *w, size_t n, bool vectors);

/* The kernels (see include/axle/matrix.h for their semantics). */
axle_status ax_rr_mul(axle_matrix **out, const axle_matrix *A, const axle_matrix *B);
axle_status ax_rr_rref(axle_matrix **out, size_t *pivots, size_t *rank, const axle_matrix *A);
axle_status ax_rr_rank(size_t *out, const axle_matrix *A);
axle_status ax_rr_null(axle_matrix **out, const axle_matrix *A);
axle_status ax_rr_solve(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                        const axle_matrix *B);
axle_status ax_rr_inverse(axle_matrix **out, const axle_matrix *A);
axle_status ax_rr_det(axle_scalar **out, const axle_matrix *A);
/* det(x I - A) of a square A (rr/charpoly.c: dgebal, dgehrd and the Hessenberg recurrence). */
axle_status ax_rr_charpoly(axle_poly **out, const axle_matrix *A);
/* The polynomial gcd to the tolerance (poly_gcd.c; the ax_poly_rr kernel). */
axle_status ax_rr_poly_gcd(axle_poly **out, const axle_poly *a, const axle_poly *b);

#endif
