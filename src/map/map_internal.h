/* axle internal: the storage of linear maps and the checks the map floor shares. A map is its
 * matrix in the standard bases of its domain and codomain, so everything here is the space
 * floor's coordinate algebra: it calls only the public matrix kernels and src/backend.h. */
#ifndef AX_MAP_INTERNAL_H
#define AX_MAP_INTERNAL_H

#include "axle/map.h"
#include "space/space_internal.h"

struct axle_map {
    atomic_size_t refs;
    axle_space *V;  /* domain */
    axle_space *W;  /* codomain */
    axle_matrix *M; /* dim W x dim V: column j is the coordinates of T(e_j) */
};

/* A new map V -> W owning M (dim W x dim V, V's field; freed on failure). */
axle_status ax_map_new(axle_map **out, const axle_space *V, const axle_space *W, axle_matrix *M);
/* AXLE_EINVAL naming `what` when T is NULL. */
axle_status ax_check_map(const axle_map *T, const char *what);
/* AXLE_ERANGE (naming both spaces) when a dim W x dim V matrix would be above
 * AXLE_MATRIX_MAX_ENTRIES; AXLE_EFIELD when V and W are over different fields. */
axle_status ax_map_check_spaces(const axle_space *V, const axle_space *W);
/* AXLE_EDIM when T (named `what`) is not an operator: its domain is not its codomain. */
axle_status ax_map_check_operator(const axle_map *T, const char *what);
/* Whether v's space is W; a vector of W's ambient space lying in W is restricted into W
 * (*fixed a new vector, else NULL). `what` names v in messages. */
axle_status ax_map_vector_in(axle_vector **fixed, const axle_space *W, const axle_vector *v,
                             const char *what);
/* The matrix of a list that must be a basis of V, or V's standard basis (identity) when b is
 * NULL. */
axle_status ax_map_basis(axle_matrix **out, const axle_space *V, const axle_vector *const *b,
                         size_t k);
/* AXLE_ERANGE before computing A B when its exact entries could take more than
 * AXLE_POLY_MAX_BITS bits (the backend's product_bits; never over RR). `what` names the result. */
axle_status ax_map_check_product(const axle_matrix *A, const axle_matrix *B, const char *what);

/* Clear the rounding noise of the product P = A B (over RR: entries at the tolerance relative to
 * max|A| max|B| cols(A), as the space floor does for cosets; nothing over QQ). */
void ax_map_chop(axle_matrix *P, const axle_matrix *A, const axle_matrix *B);

#endif
