/* axle internal: the exact QQ inner kernels (src/backend.h, ax_inner_kernels): LDLᵀ, symmetry
 * and semidefiniteness, Gram–Schmidt (inner.c), minimum-norm least squares and the
 * pseudoinverse (lstsq.c), the square roots of norms squared (inner.c). All on integers:
 * fraction-free symmetric elimination, the integer product and solve kernels. */
#ifndef AX_QQ_INNER_H
#define AX_QQ_INNER_H

#include "core/internal.h"

/* The upper bound, in estimated word operations, on the fraction-free symmetric elimination of one
 * matrix; larger inputs are refused with AXLE_ERANGE before any work. Measured: LDLᵀ of the
 * Hilbert matrix of order 80 (1.5e9) 1.7 s, of order 100 (6.1e9) 13 s; Gram–Schmidt of 120
 * random vectors in Z^120 (1e9) 2.6 s, of 200 (1.1e10) 35 s. */
#define AX_QQ_INNER_MAX_WORK 2147483648.0 /* 2^31 */
/* The upper bound, in bits, on the estimated size of a least-squares solution or pseudoinverse
 * (ratios of minors of order up to 2 rank A); larger results are refused with AXLE_ERANGE. */
#define AX_QQ_LSTSQ_MAX_BITS                                                                       \
    67108864.0 /* 2^26 bits: 8 MiB (a 150 x 150 pinv, estimated at                                 \
                * 1.6e8, took 14 s; 100 x 100, 4.1e7, 2 s) */

axle_status ax_qq_ldl(axle_matrix **L, axle_matrix **D, const axle_matrix *A);
axle_status ax_qq_symmetric(bool *out, const axle_matrix *A);
/* The order from which semidefinite takes the signs of χ (multimodular, qq/charpoly.c) rather
 * than the symmetric fraction-free elimination with diagonal pivoting, whose entries grow with
 * the order (measured: equal near n = 60 on small integer entries, χ three times faster at
 * n = 150; the elimination stops at the first negative pivot, χ does not). */
#define AX_QQ_PSD_CHARPOLY_FROM 56
axle_status ax_qq_semidefinite(bool *out, const axle_matrix *A);
/* The two variants, tested against each other. */
axle_status ax_qq_semidefinite_ldl(bool *out, const axle_matrix *A);
axle_status ax_qq_semidefinite_charpoly(bool *out, const axle_matrix *A);
/* Gram–Schmidt for the Gram matrix G (NULL: the identity) on the columns of V, with the
 * semantics of ax_inner_kernels.gram_schmidt: exported for the QQ spectral kernel (orthogonal
 * bases of eigenspaces). *dep is written only on AXLE_EDOMAIN and may be NULL. */
axle_status ax_qq_gram_schmidt(axle_matrix **E, axle_matrix **r, axle_matrix **Rp, size_t *dep,
                               const axle_matrix *G, const axle_matrix *V);
axle_status ax_qq_lstsq(axle_matrix **x, size_t *rank, axle_matrix **residual, const axle_matrix *A,
                        const axle_matrix *B);
axle_status ax_qq_pinv(axle_matrix **out, const axle_matrix *A);
axle_status ax_qq_sqrt_string(char **out, const axle_scalar *r, axle_format fmt);
axle_status ax_qq_sqrt_exact(axle_algebraic **out, const axle_scalar *r);
axle_status ax_qq_normalize(axle_matrix **out, const axle_matrix *e, const axle_scalar *r);
axle_status ax_qq_unit_scale(axle_matrix **w, char **s, const axle_matrix *e, const axle_scalar *r,
                             axle_format fmt);

#endif
