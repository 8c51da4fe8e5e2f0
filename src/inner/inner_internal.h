/* axle internal: what the inner floor's files share. Field-generic: everything goes through the
 * public matrix, space, map and eigen functions and the inner kernels of src/backend.h. */
#ifndef AX_INNER_INTERNAL_H
#define AX_INNER_INTERNAL_H

#include <stdatomic.h>

#include "axle/inner.h"
#include "backend.h"
#include "map/map_internal.h"

/* How an inner product was made (for axle_inner_to_string). */
typedef enum ax_inner_kind {
    AX_INNER_DOT,
    AX_INNER_TRACE,
    AX_INNER_GRAM,
    AX_INNER_INTEGRAL,
    AX_INNER_RESTRICT,
    AX_INNER_PRODUCT
} ax_inner_kind;

/* The public inner product (include/axle/inner.h): immutable after construction. */
struct axle_inner {
    atomic_size_t refs;
    ax_inner_kind kind;
    axle_space *V; /* the space it is on (a reference) */
    /* dim V x dim V, symmetric positive definite, V's standard basis; NULL for the identity (the
     * standard inner products of F^n, P_m, F^{m,n}, ...: nothing of size dim² is kept). An
     * explicit identity stays only for axle_inner_gram (the caller's matrix). */
    axle_matrix *G;
    bool standard; /* G is the identity (G NULL, or axle_inner_gram's I): kernels get G = NULL */
    axle_scalar *a, *b; /* AX_INNER_INTEGRAL: the interval; NULL otherwise */
};

/* The public Gram–Schmidt result: the orthogonal e'_j as the columns of E (dim x k, standard
 * coordinates of ip's space) and r (k x 1) their norms squared. */
struct axle_gs {
    atomic_size_t refs;
    axle_inner *ip; /* a reference */
    axle_matrix *E, *r;
};

/* The public singular-value result. */
struct axle_svd {
    atomic_size_t refs;
    axle_field field;
    ax_svals *S;
};

/* The Gram matrix to hand to a kernel: NULL for a standard inner product, else ip->G. */
const axle_matrix *ax_inner_kernel_gram(const axle_inner *ip);

/* The inner kernels of ip's field. */
const ax_inner_kernels *ax_inner_kernels_of(axle_field F);

/* AXLE_EINVAL for a NULL ip or v (`name` names v: "u", "v"), AXLE_EFIELD, AXLE_EDIM unless v is
 * a vector of ip's space (a vector of a subspace of ip's space is accepted as its ambient
 * vector). *coords = v's standard coordinates in ip's space (a new dim x 1 matrix). `what` names
 * the operation for the messages ("the inner product"). */
axle_status ax_inner_vector_coords(axle_matrix **coords, const axle_inner *ip, const axle_vector *v,
                                   const char *name, const char *what);

/* The same for the list v[0..k-1] (named v_1, ..., v_k; v may be NULL only when k = 0): their
 * standard coordinates as the columns of a new dim x k matrix. */
axle_status ax_inner_list_coords(axle_matrix **X, const axle_inner *ip, const axle_vector *const *v,
                                 size_t k, const char *what);

/* AXLE_EINVAL / AXLE_EFIELD / AXLE_EDIM unless U is ip's space itself or a subspace of it (its
 * ambient space is ip's space): *B = a basis of U as the columns of a dim x dim U matrix of
 * standard coordinates of ip's space (the identity for the space itself; AXLE_ERANGE instead,
 * ax_inner_whole_space_error, when ip keeps no Gram matrix and dim > AXLE_INNER_MAX_DIM). */
axle_status ax_inner_subspace_basis(axle_matrix **B, const axle_inner *ip, const axle_space *U,
                                    const char *what);

/* AXLE_ERANGE "`what` the whole space P_3000(QQ) would build a 3001x3001 matrix ...": work on
 * the whole space of an inner product that keeps no Gram matrix (a standard one, ip->G NULL),
 * refused above AXLE_INNER_MAX_DIM before the dim x dim matrix is allocated. */
axle_status ax_inner_whole_space_error(const axle_inner *ip, const char *what);

/* AXLE_EINVAL / AXLE_EFIELD / AXLE_EDIM unless T : V -> W has V = ipV's space and W = ipW's
 * space (ipW may equal ipV for an operator). *M = M(T) in the standard bases, borrowed. */
axle_status ax_inner_map_matrix(const axle_matrix **M, const axle_inner *ipV, const axle_inner *ipW,
                                const axle_map *T, const char *what);

/* A new axle_gs over ip from E and r (taking ownership of both, also on failure). */
axle_status ax_gs_new(axle_gs **out, const axle_inner *ip, axle_matrix *E, axle_matrix *r);

/* For a scale-invariant question about M (normality, least squares up to a factor): *out = 2^-e M
 * with e the binary exponent of max|M| when M's products would leave the range of double
 * (max|M| below 2^-200 or above 2^200; e >= -1000), else *out = NULL and e = 0 (use M itself).
 * Exact over QQ (a power of two). */
axle_status ax_inner_balance(axle_matrix **out, int *e, const axle_matrix *M);

/* x/√r as a double (r > 0), without the overflow or underflow of r or √r on the way: exact
 * values far beyond the range of double give their ordinary quotient (scalars.c). x = r gives
 * √r. */
double ax_inner_ratio_sqrt(const axle_scalar *x, const axle_scalar *r);
/* Whether every entry of A is exactly 0: no rounding to a double on the way (over QQ 10^-400 is
 * not zero; over RR the entries are the doubles themselves) (scalars.c). */
bool ax_inner_exactly_zero(const axle_matrix *A);

/* M(T*) = GV^{-1} M^T GW for M = M(T) (m x n); GV, GW as for kernels (NULL = identity). */
axle_status ax_inner_adjoint_matrix(axle_matrix **out, const axle_matrix *M, const axle_matrix *GV,
                                    const axle_matrix *GW);

/* The matrix of the orthogonal projection onto the column space of B (n x k, any rank) for G:
 * B (B^T G B)^+ B^T G, a new n x n matrix; the zero matrix when k = 0 or B = 0. */
axle_status ax_inner_projection_matrix(axle_matrix **out, const axle_matrix *B,
                                       const axle_matrix *G);

/* X^T G Y for the standard coordinates X (n x a) and Y (n x b) of ip's space (eval.c). */
axle_status ax_inner_form(axle_matrix **out, const axle_inner *ip, const axle_matrix *X,
                          const axle_matrix *Y);

/* *out = whether the scalar x is zero after the field's chop at `scale` for a dim x 2 matrix
 * (exact fields: x == 0; RR: |x| <= axle_rr_effective_tolerance(dim, 2) scale). */
axle_status ax_inner_negligible(bool *out, const axle_scalar *x, double scale, size_t dim);

/* AXLE_EINVAL when ip is NULL (the message starts with `what`). */
axle_status ax_inner_check(const axle_inner *ip, const char *what);

/* The failure s (not AXLE_OK / AXLE_ENOMEM) re-reported with its message prefixed by `what: `;
 * returns s. */
axle_status ax_inner_reword(axle_status s, const char *what);

/* Gram–Schmidt (the field's gram_schmidt kernel) on the columns of B (n x k, full column rank)
 * for G (NULL = identity): E (n x k) the orthogonal list, r (k x 1) its norms squared; k = 0 or
 * n = 0 gives an n x 0 E and a 0 x 1 r. */
axle_status ax_inner_orthogonal_basis(axle_matrix **E, axle_matrix **r, const axle_matrix *B,
                                      const axle_matrix *G);

/* E D^{-1} E^T G X (D = diag r): the orthogonal projections, onto the span of the orthogonal
 * columns of E with norms squared r, of the columns of X (n x c; X NULL = the identity, giving
 * the n x n projection matrix; G NULL = identity). A new matrix: exact over QQ; over RR E from
 * Householder QR keeps it stable. */
axle_status ax_inner_project_coords(axle_matrix **out, const axle_matrix *E, const axle_matrix *r,
                                    const axle_matrix *G, const axle_matrix *X);

/* M(T) for an operator T on ip's space (borrowed): AXLE_EINVAL for a NULL ip or T, the checks of
 * ax_inner_map_matrix with ipV = ipW = ip. `what` names the operation. (operators.c) */
axle_status ax_inner_operator_matrix(const axle_matrix **M, const axle_inner *ip, const axle_map *T,
                                     const char *what);

#endif
