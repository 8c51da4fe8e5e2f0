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

#endif
