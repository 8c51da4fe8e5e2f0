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
} ax_backend;

extern const ax_backend ax_backend_qq; /* src/qq/backend_qq.c */
extern const ax_backend ax_backend_rr; /* src/rr/backend_rr.c */

/* The backend of field F (F must be valid). */
const ax_backend *ax_backend_of(axle_field F);

/* ax_backend_of(A's field)->chop(A, scale); A must not be NULL. */
void ax_matrix_chop(axle_matrix *A, double scale);

/* ax_backend_of(A's field)->product_bits(A, B); A and B of one field, not NULL. */
size_t ax_matrix_product_bits(const axle_matrix *A, const axle_matrix *B);

/* The backend's canonical column-space basis of A (not NULL); rows(A) x 0 when A has no rows or
 * no columns. */
axle_status ax_matrix_colspace(axle_matrix **out, const axle_matrix *A);

#endif
