/* axle internal: the backend interface. Each field fills in one ax_backend; the modules above it
 * (matrix kernels, spaces, maps, ...) are written once and call kernels only through this table.
 *
 * Contract for every kernel:
 *   - inputs are already validated by the caller (src/backend.c): non-NULL, of the backend's
 *     field, shapes consistent (square where required, rows(B) == rows(A) in solve), and with
 *     rows >= 1 and cols >= 1 for A (zero-size cases are answered generically before dispatch);
 *   - on success the outputs are fresh objects; on failure every output is NULL, nothing leaks,
 *     and the kernel has reported the problem with ax_error() (status and message);
 *   - mathematical outcomes: AXLE_ESINGULAR (inverse), AXLE_ENOSOLUTION (solve),
 *     AXLE_ENOCONV (RR iterations).
 * The semantics of each entry are those of the public function of the same name in
 * include/axle/matrix.h. */
#ifndef AX_BACKEND_H
#define AX_BACKEND_H

#include "axle/algebraic.h"
#include "axle/io.h"
#include "axle/numfield.h"
#include "core/internal.h"

/* ---- exact polynomial kernels ---------------------------------------------------------------
 * A factorization p = unit * prod f[i]^mult[i] (n factors), as the exact kernels return it: unit
 * a scalar of p's field, f[i] fresh polynomials. ax_poly_factor_list_clear frees what it holds
 * and empties it. */
typedef struct ax_poly_factor_list {
    axle_scalar *unit;
    size_t n;
    axle_poly **f;
    unsigned long *mult;
} ax_poly_factor_list;

void ax_poly_factor_list_clear(ax_poly_factor_list *L);

/* ---- polynomial kernels ------------------------------------------------------------------------
 * The same contract: the poly floor has validated the operands (non-NULL, of the backend's field,
 * divisors nonzero) and, before a kernel that builds a bigger result (mul, pow), checked the
 * bound of that result against the size limits; results are fresh and trimmed; RR kernels report
 * AXLE_ERANGE when a coefficient overflows a double. Semantics are those of the public functions
 * of the same names in include/axle/poly.h. */

/* An a-priori bound on a polynomial p: deg p <= deg, at most `terms` nonzero coefficients, and
 * over QQ p = P / D with P an integer polynomial, log2 |P|_1 <= num and log2 D <= den (doubles,
 * never negative; RR: num = den = 0). Its coefficients need at most min(terms, deg + 1)
 * (num + den + 2) bits, so a sparse x^999 - 10^50000 is judged by its two coefficients, not by a
 * thousand. */
typedef struct ax_psize {
    double deg, num, den, terms;
} ax_psize;

typedef struct ax_poly_kernels {
    /* The bound of p itself (QQ: D the lcm of the denominators). */
    axle_status (*size)(ax_psize *out, const axle_poly *p);
    /* p + sign q, sign = 1 or -1. */
    axle_status (*add)(axle_poly **out, const axle_poly *p, const axle_poly *q, int sign);
    /* c p, c a scalar of the field. */
    axle_status (*scale)(axle_poly **out, const axle_scalar *c, const axle_poly *p);
    /* p q, p and q nonzero. */
    axle_status (*mul)(axle_poly **out, const axle_poly *p, const axle_poly *q);
    /* p^e, p nonzero, e >= 1. */
    axle_status (*pow)(axle_poly **out, const axle_poly *p, unsigned long e);
    /* a = q b + r with deg r < deg b (b nonzero); q or r may be NULL when not wanted. */
    axle_status (*divrem)(axle_poly **q, axle_poly **r, const axle_poly *a, const axle_poly *b);
    axle_status (*derivative)(axle_poly **out, const axle_poly *p);
    /* p(x), x a scalar of the field. */
    axle_status (*eval)(axle_scalar **out, const axle_poly *p, const axle_scalar *x);
    /* The monic gcd: QQ exact, RR to the tolerance. */
    axle_status (*gcd)(axle_poly **out, const axle_poly *a, const axle_poly *b);
    /* Exact arithmetic: the exact-only operations (extended gcd, content, primitive part) are
     * defined; the floor answers them with AXLE_EUNSUPPORTED otherwise. */
    bool exact;
    /* The content c and the primitive part of a nonzero p (either output may be NULL); NULL when
     * not exact. */
    axle_status (*content)(axle_scalar **c, axle_poly **prim, const axle_poly *p);
} ax_poly_kernels;

extern const ax_poly_kernels ax_poly_qq; /* src/qq/poly.c */
extern const ax_poly_kernels ax_poly_rr; /* src/rr/poly.c */

/* ---- the spectrum (spectral kernels: eigen) -------------------------------------------------
 * What the field's eigen kernel finds for a square n x n matrix, in the generic form the eigen
 * floor's result type (axle_eigen, include/axle/eigen.h) reads. The field-specific part (exact
 * algebraic numbers and vectors over Q(λ); LAPACK's arrays) sits behind `data` and is reached
 * through `ops`, whose semantics are those of the public accessors of the same names
 * (axle_eigen_value_string, _eigenvectors_string, _eigenvector_double, _value, _eigenspace,
 * _jordan_chains); k < count and j < vals[k].nvec are checked by the floor. */
typedef struct ax_eigval {
    double re, im;  /* the value (QQ: as axle_algebraic_to_double) */
    bool real;      /* QQ exact; RR im == 0 */
    bool in_field;  /* the value lies in the matrix's field: QQ rational, RR real */
    size_t alg;     /* algebraic multiplicity */
    size_t geo;     /* geometric multiplicity */
    size_t nvec;    /* eigenvectors kept for this entry: QQ geo, RR 1 */
    size_t nblocks; /* QQ: Jordan block sizes, descending (nblocks == geo); RR: 0, NULL */
    size_t *blocks;
} ax_eigval;

typedef struct ax_spectrum_ops {
    void (*free)(void *data);
    axle_status (*value_string)(char **out, const void *data, size_t k, axle_format fmt);
    axle_status (*vectors_string)(char **out, const void *data, size_t k, axle_format fmt);
    axle_status (*vector_double)(double *re, double *im, const void *data, size_t k, size_t j);
    /* Exact objects: QQ only, NULL on RR (the floor answers AXLE_EUNSUPPORTED). */
    axle_status (*value_exact)(axle_algebraic **out, const void *data, size_t k);
    axle_status (*eigenspace_exact)(axle_nfmatrix **out, const void *data, size_t k);
    axle_status (*chains_exact)(axle_nfmatrix **out, const void *data, size_t k);
} ax_spectrum_ops;

typedef struct ax_spectrum {
    size_t n;        /* the matrix's size */
    size_t count;    /* entries of vals: QQ distinct complex eigenvalues, RR n */
    ax_eigval *vals; /* count entries, order of include/axle/eigen.h */
    bool diag[3];    /* diagonalizable over Q, R, C (indexed by axle_eigen_over) */
    const ax_spectrum_ops *ops;
    void *data; /* the kernel's own, freed by ops->free */
    /* the minimal polynomial when the kernel found it without being given it (QQ: the monic
     * product of f^e over the factors f of chi, e the largest Jordan block), else NULL */
    axle_poly *mu;
} ax_spectrum;

/* Free S: ops->free(data), every vals[k].blocks, vals, mu, S. NULL is a no-op. */
void ax_spectrum_free(ax_spectrum *S);

/* ---- inner kernels (the inner floor, include/axle/inner.h) -----------------------------------
 * The same contract as the matrix kernels: the floor has validated shapes and fields. A Gram
 * matrix argument G is either NULL, meaning the identity (the standard inner product), or the
 * symmetric positive-definite Gram matrix of an axle_inner (already checked by ldl below).
 * Decisions over RR use the tolerance of include/axle/field.h relative to the norms involved. */

/* Singular values of T : V -> W (M = M(T), dim W x dim V = m x n) with respect to Gram matrices
 * GV (n x n) and GW (m x m): the square roots of the eigenvalues of T*T, M(T*T) =
 * GV^{-1} M^T GW M, distinct and decreasing, multiplicities adding up to n (zero included). */
typedef struct ax_svals_ops {
    void (*free)(void *data);
    /* Value k as a string (QQ: axle_algebraic_to_string of √λ; RR: the number as
     * axle_scalar_to_string prints a double). */
    axle_status (*value_string)(char **out, const void *data, size_t k, axle_format fmt);
    /* Value k exactly (QQ); NULL on RR (the floor answers AXLE_EUNSUPPORTED). */
    axle_status (*value_exact)(axle_algebraic **out, const void *data, size_t k);
    /* A basis (the columns of an n x j matrix, standard coordinates of V) of the sum of the
     * eigenspaces of T*T for its j largest eigenvalues counted with multiplicity, 1 <= j < n.
     * AXLE_EDOMAIN when that space is not determined (σ_j = σ_{j+1} > 0 splits one eigenvalue) or,
     * over QQ, not rational (σ_j and σ_{j+1} are roots of one irreducible factor). */
    axle_status (*top_space)(axle_matrix **out, const void *data, size_t j);
} ax_svals_ops;

typedef struct ax_svals {
    size_t m, n;    /* M(T) is m x n */
    size_t count;   /* distinct singular values */
    double *approx; /* count values, decreasing (QQ: axle_algebraic_to_double) */
    size_t *mult;   /* count multiplicities, adding up to n */
    /* RR: the SVD of N = LW^T M LV^{-T} (G = L L^T; N = M for standard inner products):
     * U (m x m), Sigma (m x n), Vt (n x n). QQ: NULL. */
    axle_matrix *U, *Sigma, *Vt;
    const ax_svals_ops *ops;
    void *data; /* the kernel's own, freed by ops->free */
} ax_svals;

/* Free S: ops->free(data), approx, mult, U, Sigma, Vt, S. NULL is a no-op. */
void ax_svals_free(ax_svals *S);

/* The gram_schmidt kernels' AXLE_EDOMAIN for the dependent column j (0-based), one message for
 * both fields: "v_{j+1} is in span(v_1, ..., v_j): the list is linearly dependent" ("v_1 is the
 * zero vector: ..." for j = 0, the span written out up to v_3). */
axle_status ax_inner_dependent_error(size_t j);

typedef struct ax_inner_kernels {
    /* A = L D L^T for the n x n A (n >= 1): L unit lower triangular (the output may be NULL when
     * not wanted), D the n x 1 matrix of pivots. AXLE_EDOMAIN when A is not symmetric ("the Gram
     * matrix is not symmetric: entry (1, 2) is 1 but entry (2, 1) is 2", 1-based; RR: differs by
     * more than tol max|A|) or not positive definite ("... not positive definite: pivot 2 of its
     * LDLᵀ factorization is -3"; RR: dpotrf fails or a pivot is <= tol times the largest). The
     * messages say "the matrix" (the floor's caller may prefix its own words). */
    axle_status (*ldl)(axle_matrix **L, axle_matrix **D, const axle_matrix *A);
    /* *out = whether the square A is symmetric (QQ exact; RR |a_ij - a_ji| <= tol max|A|). */
    axle_status (*symmetric)(bool *out, const axle_matrix *A);
    /* *out = whether the symmetric n x n A is positive semidefinite (QQ exact, e.g. symmetric
     * pivoting LDL^T or the signs of χ's coefficients; RR: dsyevd, every eigenvalue >= -tol
     * max|λ|). */
    axle_status (*semidefinite)(bool *out, const axle_matrix *A);
    /* Gram–Schmidt on the columns of V (n x k, k >= 1) for G: E (n x k) the orthogonal e'_j,
     * r (k x 1) the ‖e'_j‖² (both fields; RR e'_j = R_jj q_j from Householder QR of L^T V,
     * positive R_jj), Rp (k x k, unit upper triangular with V = E Rp; may be NULL when not
     * wanted). AXLE_EDOMAIN when column j (0-based, into *dep) is dependent on the earlier ones:
     * message "v_{j+1} is in span(v_1, ..., v_j): the list is linearly dependent". */
    axle_status (*gram_schmidt)(axle_matrix **E, axle_matrix **r, axle_matrix **Rp, size_t *dep,
                                const axle_matrix *G, const axle_matrix *V);
    /* Minimum-norm least squares, standard inner products: the semantics of axle_matrix_lstsq
     * (rank and residual may be NULL). A is m x n, B m x k, all >= 1. */
    axle_status (*lstsq)(axle_matrix **x, size_t *rank, axle_matrix **residual,
                         const axle_matrix *A, const axle_matrix *B);
    /* The Moore–Penrose pseudoinverse of the m x n A (axle_matrix_pinv). */
    axle_status (*pinv)(axle_matrix **out, const axle_matrix *A);
    /* QR and Cholesky with orthonormal Q / L L^T: RR only (NULL on QQ: square roots; the floor
     * answers AXLE_EUNSUPPORTED). Semantics of axle_matrix_qr / axle_matrix_cholesky. */
    axle_status (*qr)(axle_matrix **Q, axle_matrix **R, const axle_matrix *A);
    axle_status (*cholesky)(axle_matrix **L, const axle_matrix *A);
    /* The singular values (above) of M for GV, GW. QQ: exact eigenvalues of GV^{-1} M^T GW M and
     * their square roots (the exact engine; work limits as the eigen kernel's, AXLE_ERANGE);
     * RR: dgesdd, multiplicities by clustering at the rank tolerance. */
    axle_status (*svd)(ax_svals **out, const axle_matrix *M, const axle_matrix *GV,
                       const axle_matrix *GW);
    /* The spectral theorem for A (n x n) self-adjoint for G (checked by the floor: G A
     * symmetric): E (n x n) eigenvectors orthogonal for G, r (n x 1) their ‖·‖², values (n x 1)
     * ascending, column j of E for row j of values. RR: dsyevd on L^T A L^{-T} (r all 1). QQ:
     * exact when every eigenvalue is rational (Gram–Schmidt for G inside each eigenspace),
     * otherwise AXLE_EDOMAIN as axle_map_spectral. */
    axle_status (*spectral)(axle_matrix **E, axle_matrix **r, axle_matrix **values,
                            const axle_matrix *A, const axle_matrix *G);
    /* The positive square root (n x n) of A positive for G (checked by the floor): semantics of
     * axle_map_sqrt on matrices. */
    axle_status (*sqrt)(axle_matrix **out, const axle_matrix *A, const axle_matrix *G);
    /* The polar decomposition A = S P for G (either output may be NULL, not both): semantics of
     * axle_map_polar on matrices. */
    axle_status (*polar)(axle_matrix **S, axle_matrix **P, const axle_matrix *A,
                         const axle_matrix *G);
    /* Square roots of a norm squared r >= 0 (a scalar of the field), for the generic accessors:
     * sqrt_string: √r as a new string (QQ: the simplified square root as axle_algebraic_to_string
     * prints it, "3√10/4"; RR: sqrt(r) as axle_scalar_to_string prints a double). sqrt_exact:
     * √r as an axle_algebraic (QQ; NULL on RR: the floor answers AXLE_EUNSUPPORTED). */
    axle_status (*sqrt_string)(char **out, const axle_scalar *r, axle_format fmt);
    axle_status (*sqrt_exact)(axle_algebraic **out, const axle_scalar *r);
    /* e/√r for the n x 1 e with r = ‖e‖² > 0: RR always; QQ when r is the square of a rational,
     * otherwise AXLE_EDOMAIN ("e/√(2/3) is not rational"; the floor adds its own words). */
    axle_status (*normalize)(axle_matrix **out, const axle_matrix *e, const axle_scalar *r);
    /* The display split of e/√r = s·w: *w a new n x 1 matrix and *s a new string or NULL. QQ: w
     * = e divided by its content (the positive rational c with e/c integral and primitive), s =
     * c/√r as a simplified square root ("√6/6"); when c/√r is rational, w = e/√r itself and
     * s = NULL. RR: w = e/√r, s = NULL. */
    axle_status (*unit_scale)(axle_matrix **w, char **s, const axle_matrix *e, const axle_scalar *r,
                              axle_format fmt);
} ax_inner_kernels;

extern const ax_inner_kernels ax_inner_qq; /* src/qq/inner_table.c */
extern const ax_inner_kernels ax_inner_rr; /* src/rr/inner_table.c */

typedef struct ax_backend {
    axle_status (*mul)(axle_matrix **out, const axle_matrix *A, const axle_matrix *B);
    axle_status (*rref)(axle_matrix **out, size_t *pivots, size_t *rank, const axle_matrix *A);
    axle_status (*rank)(size_t *out, const axle_matrix *A);
    axle_status (*null)(axle_matrix **out, const axle_matrix *A);
    axle_status (*solve)(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                         const axle_matrix *B);
    axle_status (*inverse)(axle_matrix **out, const axle_matrix *A);
    axle_status (*det)(axle_scalar **out, const axle_matrix *A);
    /* Set to zero, in place, every entry of A of magnitude at most tol * scale, where tol is the
     * field's tolerance for A's shape: the rounding noise a computation leaves when its inputs
     * had magnitude about `scale`. Exact fields have no noise and leave A alone. */
    void (*chop)(axle_matrix *A, double scale);
    /* A basis of the column space of A as the columns of a rows(A) x rank matrix, canonical for
     * the subspace: QQ the transposed nonzero rows of rref(A^T) (equal subspaces give equal
     * bases); RR an orthonormal basis. */
    axle_status (*colspace)(axle_matrix **out, const axle_matrix *A);
    /* The polynomial kernel family. */
    const ax_poly_kernels *poly;
    /* An upper bound, in bits, on the storage the entries of A B take (cols(A) == rows(B)),
     * computed from A and B before the product is: the size check of repeated products (powers,
     * p(T)). QQ: with A = N_A / d_A (d_A the lcm of A's denominators), rows(A) cols(B) times
     * (bits |N_A|max + bits |N_B|max + ceil(log2 cols(A)) + bits d_A + bits d_B); SIZE_MAX when
     * that overflows. RR: 0, since a product of doubles takes no more room than its operands. */
    size_t (*product_bits)(const axle_matrix *A, const axle_matrix *B);
    /* The exact polynomial kernels, NULL for a field without exact factorization (RR; the poly
     * floor answers AXLE_EUNSUPPORTED). p is a valid polynomial of the field; the kernel refuses
     * the zero polynomial (AXLE_EDOMAIN) and what is over AXLE_POLY_FACTOR_MAX_DEGREE or
     * AXLE_POLY_FACTOR_MAX_BITS (AXLE_ERANGE) before any work. poly_factor: full, the
     * irreducible factors over Q (primitive integer polynomials, positive leading coefficient,
     * sorted by degree then coefficients); otherwise Yun's square-free parts. The semantics of
     * poly_rational_roots are those of axle_poly_rational_roots (include/axle/poly.h). */
    axle_status (*poly_factor)(ax_poly_factor_list *out, const axle_poly *p, bool full);
    axle_status (*poly_rational_roots)(axle_matrix **roots, unsigned long **mult,
                                       const axle_poly *p);
    /* ---- spectral kernels (the eigen floor) ----
     * charpoly: det(x I - A), monic of degree n, of the square n x n A with 1 <= n <=
     * AXLE_EIGEN_MAX_DIM (src/backend.c checks that and answers n = 0). QQ: exact, multimodular
     * (qq/charpoly.c), AXLE_ERANGE when its a-priori size bound exceeds AXLE_POLY_MAX_BITS; RR:
     * Hessenberg reduction and recurrence (rr/charpoly.c), AXLE_ERANGE on overflow. */
    axle_status (*charpoly)(axle_poly **out, const axle_matrix *A);
    /* eigen: the spectrum of the square n x n A, 1 <= n <= AXLE_EIGEN_MAX_DIM, given its
     * characteristic polynomial chi (computed by the floor) and its minimal polynomial mu, or NULL
     * when the floor has not computed it: a kernel that can find mu from the spectrum then sets
     * S->mu (QQ does, from the ranks of f(A)^k; RR does not). QQ: exact (src/exact/eigen/): factor
     * chi, isolate the roots, Jordan block sizes from the ranks of f(A)^k over Q, eigenvectors over
     * Q(λ) verified by substitution; AXLE_ERANGE / AXLE_EUNCERTIFIED as axle_poly_roots. RR: dsyevd
     * / dgeev (src/rr/eigen.c), AXLE_ENOCONV. */
    axle_status (*eigen)(ax_spectrum **out, const axle_matrix *A, const axle_poly *chi,
                         const axle_poly *mu);
    /* The eigen kernel reads chi (QQ: it factors it). When false (RR) the floor passes chi =
     * NULL and computes chi and mu only when they are asked for, so that a spectrum costs what
     * LAPACK's decomposition costs (chi is an O(n^3) Hessenberg reduction of its own). */
    bool eigen_reads_chi;
    /* Bases in the matrix's field for the spectrum S of A (from eigen above), with the semantics
     * of axle_matrix_diagonalize / _triangularize / _jordan (include/axle/eigen.h): P and the
     * simple matrix, either output NULL when not wanted; AXLE_EDOMAIN naming the obstruction.
     * jordan is NULL on RR (the floor answers AXLE_EUNSUPPORTED, pointing to QQ). */
    axle_status (*diagonalize)(axle_matrix **P, axle_matrix **D, const axle_matrix *A,
                               const ax_spectrum *S);
    axle_status (*triangularize)(axle_matrix **P, axle_matrix **T, const axle_matrix *A,
                                 const ax_spectrum *S);
    /* triangularize reads S (QQ: the Jordan basis); when false (RR: dgees finds the Schur form
     * and its eigenvalues by itself) the floor passes S = NULL and computes no spectrum first. */
    bool triangularize_reads_spectrum;
    axle_status (*jordan)(axle_matrix **J, axle_matrix **P, const axle_matrix *A,
                          const ax_spectrum *S);
    /* schur_complex: the complex Schur form A = Q T Q^H of the square n x n A, n >= 1, with the
     * semantics of axle_matrix_schur_complex (include/axle/eigen.h): real and imaginary parts as
     * separate matrices, any output NULL when not wanted (not all: the floor checks), T's entries
     * below the diagonal exactly 0. RR: zgees (src/rr/schur_complex.c), AXLE_ENOCONV; NULL on QQ
     * (the floor answers AXLE_EUNSUPPORTED, pointing to axle_eigen_jordan_chains). */
    axle_status (*schur_complex)(axle_matrix **Qre, axle_matrix **Qim, axle_matrix **Tre,
                                 axle_matrix **Tim, const axle_matrix *A);
    /* The inner kernel family (above). */
    const ax_inner_kernels *inner;
} ax_backend;

extern const ax_backend ax_backend_qq; /* src/qq/backend_qq.c */
extern const ax_backend ax_backend_rr; /* src/rr/backend_rr.c */

/* The backend of field F (F must be valid). */
const ax_backend *ax_backend_of(axle_field F);

/* The polynomial kernels of field F (F must be valid). */
const ax_poly_kernels *ax_poly_kernels_of(axle_field F);

/* ax_backend_of(A's field)->chop(A, scale); A must not be NULL. */
void ax_matrix_chop(axle_matrix *A, double scale);

/* ax_backend_of(A's field)->product_bits(A, B); A and B of one field, not NULL. */
size_t ax_matrix_product_bits(const axle_matrix *A, const axle_matrix *B);

/* The checked characteristic polynomial kernel: A must be a valid matrix (not NULL); AXLE_EDIM
 * unless square, AXLE_ERANGE above AXLE_EIGEN_MAX_DIM, 1 for the 0x0 matrix, else the backend's
 * charpoly. */
axle_status ax_matrix_charpoly(axle_poly **out, const axle_matrix *A);

/* The backend's canonical column-space basis of A (not NULL); rows(A) x 0 when A has no rows or
 * no columns. */
axle_status ax_matrix_colspace(axle_matrix **out, const axle_matrix *A);

#endif
