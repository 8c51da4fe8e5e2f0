/* axle internal: what the eigen floor's files share. Field-generic: everything goes through the
 * public matrix and polynomial kernels and the spectral kernels of src/backend.h. */
#ifndef AX_EIGEN_INTERNAL_H
#define AX_EIGEN_INTERNAL_H

#include "axle/eigen.h"
#include "backend.h"
#include "map/map_internal.h"

/* The square matrix M(T) of an operator T, borrowed (AXLE_EINVAL for a NULL T, AXLE_EDIM naming
 * both spaces when T is not an operator, `what` naming the operation). */
axle_status ax_eigen_operator_matrix(const axle_matrix **M, const axle_map *T, const char *what);

/* AXLE_EDIM unless A is square, AXLE_ERANGE when n > AXLE_EIGEN_MAX_DIM (`what` names the
 * operation: "the spectrum needs a square matrix, got 2x3"). A must be a valid matrix. */
axle_status ax_eigen_check_square(const axle_matrix *A, const char *what);

/* The spectrum of an already checked square matrix A: chi, mu and the field's eigen kernel (the
 * 0x0 matrix answered here: count 0, diagonalizable over every field). Each output is fresh;
 * on failure all three are NULL. chi and mu stay NULL when the kernel does not read chi
 * (ax_backend.eigen_reads_chi false: RR); ax_eigen_polys computes them later. */
axle_status ax_eigen_spectrum(ax_spectrum **S, axle_poly **chi, axle_poly **mu,
                              const axle_matrix *A);

/* The k matrix outputs outs[i] (named names[i]) of a function whose outputs may each be NULL but
 * not all (AXLE_EINVAL naming them): each non-NULL one set to NULL (bases.c). */
axle_status ax_eigen_outputs_check(axle_matrix **const *outs, const char *const *names, size_t k);
/* Each non-NULL outs[i] set to a new 0x0 matrix of field F; on failure all NULL again. */
axle_status ax_eigen_outputs_empty(axle_matrix **const *outs, size_t k, axle_field F);

/* χ and μ of E (either output may be NULL): copies of the stored ones, or computed now from the
 * kept copy of A (not stored: E stays immutable). */
typedef struct axle_eigen axle_eigen;
axle_status ax_eigen_polys(axle_poly **chi, axle_poly **mu, const axle_eigen *E);

/* The public result type (include/axle/eigen.h): immutable after construction. */
struct axle_eigen {
    atomic_size_t refs;
    axle_field field;
    size_t n;
    axle_poly *chi, *mu;
    axle_matrix *A; /* a copy of the matrix when chi and mu are computed on demand (RR) */
    ax_spectrum *S;
};

#endif
