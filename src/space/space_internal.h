/* axle internal: the storage of spaces and vectors, and the coordinate-matrix helpers the space
 * module is built on. Everything here is field-generic: it calls only the public matrix kernels. */
#ifndef AX_SPACE_INTERNAL_H
#define AX_SPACE_INTERNAL_H

#include <stdatomic.h>

#include "axle/list.h"
#include "axle/space.h"
#include "axle/vector.h"
#include "backend.h"
#include "core/internal.h"

struct axle_space {
    atomic_size_t refs;
    axle_space_kind kind;
    axle_field field;
    size_t dim;
    size_t rows, cols;    /* F^n: cols = n; P_m: rows = m; F^{m,n}: rows x cols; L(V, W): the
                             dim W x dim V matrices M(T) */
    axle_space **parts;   /* product: its parts; L(V, W): V and W */
    size_t nparts;        /* product: their number */
    axle_space *parent;   /* subspace: ambient; quotient V/U: V; dual V': V */
    axle_space *divisor;  /* quotient V/U: U */
    axle_matrix *basis;   /* subspace: dim(parent) x dim; quotient: basis of the complement of U */
    axle_matrix *project; /* quotient: dim x dim(V), the coordinates of v + U are project * v */
};

struct axle_vector {
    atomic_size_t refs;
    axle_space *space;
    axle_matrix *c; /* dim x 1 coordinates in the space's standard basis */
};

/* ---- spaces (space.c) ----------------------------------------------------------------------- */
/* A new space of the given kind with one reference and every other field zero. */
axle_status ax_space_new(axle_space **out, axle_space_kind kind, axle_field F, size_t dim);
/* A subspace of V with the given basis (ownership of basis passes to the subspace, also on
 * failure). */
axle_status ax_subspace_new(axle_space **out, const axle_space *V, axle_matrix *basis);
/* The space's name as text, for messages; a static "<?>" when out of memory. Free with
 * ax_name_free. */
char *ax_space_name(const axle_space *V);
void ax_name_free(char *name);
/* AXLE_EINVAL naming `what` when V is NULL. */
axle_status ax_check_space(const axle_space *V, const char *what);
/* Report why vectors of `have` cannot be used where `want` is required (EFIELD / EDIM), or OK
 * when the spaces are the same. `what` names the vector ("vector 2", "the right-hand side"). */
axle_status ax_check_in(const axle_space *want, const axle_space *have, const char *what);
/* Check a list v[0..k-1] of vectors of V; a NULL V or v is reported by the names Vname and vname
 * (ax_check_list names them as written at the call: the parameters). */
axle_status ax_check_list_named(const axle_space *V, const axle_vector *const *v, size_t k,
                                const char *Vname, const char *vname);
#define ax_check_list(V, v, k) ax_check_list_named((V), (v), (k), #V, #v)
/* Check that U and W are subspaces of one ambient space. */
axle_status ax_check_subspaces(const axle_space *U, const axle_space *W);

/* ---- vectors (vector.c) -----------------------------------------------------------------------
 */
/* A new vector of V owning the dim x 1 coordinate matrix c (freed on failure). */
axle_status ax_vector_new(axle_vector **out, const axle_space *V, axle_matrix *c);
/* The dim V x k matrix whose columns are the coordinates of v[0..k-1] (checked with
 * ax_check_list; ax_list_matrix names V and v as written at the call). */
axle_status ax_list_matrix_named(axle_matrix **out, const axle_space *V,
                                 const axle_vector *const *v, size_t k, const char *Vname,
                                 const char *vname);
#define ax_list_matrix(out, V, v, k) ax_list_matrix_named((out), (V), (v), (k), #V, #v)
/* The dim V x k matrix of b[0..k-1] (coords.c), checked to be a basis of V: AXLE_EINVAL when
 * k != dim V or the list is dependent (a rank decision on that matrix). */
axle_status ax_basis_matrix(axle_matrix **out, const axle_space *V, const axle_vector *const *b,
                            size_t k);

/* ---- printing (growing strings: ax_buf in core/internal.h) -------------------------------- */
/* Append V's name in fmt (JSON: the text name, unquoted). */
void ax_space_name_to(ax_buf *b, const axle_space *V, axle_format fmt);
/* Append v in fmt (see axle_vector_to_string); a failure is recorded in the buffer via *status. */
axle_status ax_vector_print_to(ax_buf *b, const axle_vector *v, axle_format fmt);

/* ---- coordinate matrices (mat.c) ------------------------------------------------------------ */
/* Columns [start, start + count) of A. */
axle_status ax_mat_cols(axle_matrix **out, const axle_matrix *A, size_t start, size_t count);
/* Rows [start, start + count) of A. */
axle_status ax_mat_rows(axle_matrix **out, const axle_matrix *A, size_t start, size_t count);
/* The columns of A listed in idx[0..k-1]. */
axle_status ax_mat_pick(axle_matrix **out, const axle_matrix *A, const size_t *idx, size_t k);
/* [A | B] (same number of rows and field). */
/* The largest |entry| of A, as a double (0 for an empty matrix). */
double ax_mat_max_abs(const axle_matrix *A);

axle_status ax_mat_hcat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B);
/* Copy the entries of src into dst at (i0, j0) (exact in both fields). */
axle_status ax_mat_paste(axle_matrix *dst, size_t i0, size_t j0, const axle_matrix *src);
/* A canonical basis of the column space of A (the backend's colspace kernel). QQ: the transposed
 * nonzero rows of rref(A^T), which depend only on col(A); RR: orthonormal. */
axle_status ax_mat_colspace(axle_matrix **out, const axle_matrix *A);
/* The rank of the first j columns of A. */
axle_status ax_mat_prefix_rank(size_t *out, const axle_matrix *A, size_t j);
/* The leading pivots: the columns j with rank(A[:, 0..j]) > rank(A[:, 0..j-1]), found by
 * bisection on prefix ranks; piv needs room for cols(A) entries. */
axle_status ax_mat_leading_pivots(size_t *piv, size_t *count, const axle_matrix *A);
/* The leading pivots among columns lo, lo + 1, ... (piv needs room for cols(A) - lo entries). */
axle_status ax_mat_pivots_from(size_t *piv, size_t *count, const axle_matrix *A, size_t lo);
/* The first column j of A with rank(A[:, 0..j]) <= j (cols(A) when independent). */
axle_status ax_mat_first_dependent(size_t *out, const axle_matrix *A);
/* Whether b (n x 1) is in the column space of A (rank decision). */
axle_status ax_mat_in_colspace(bool *out, const axle_matrix *A, const axle_matrix *b);

#endif
