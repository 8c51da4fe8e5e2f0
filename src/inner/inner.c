/* Inner products (LADR 6A): the constructors (dot, trace, Gram matrix, integral, restriction,
 * orthogonal sum), reference counting and queries, and the helpers the inner floor's files share
 * (src/inner/inner_internal.h). Field-generic: the Gram check is the field's ldl kernel, the
 * integral's Gram matrix is built with the public scalar arithmetic. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "inner/inner_internal.h"

/* ---- shared helpers ------------------------------------------------------------------------- */

const axle_matrix *ax_inner_kernel_gram(const axle_inner *ip)
{
    return ip->standard ? NULL : ip->G;
}

const ax_inner_kernels *ax_inner_kernels_of(axle_field F)
{
    return ax_backend_of(F)->inner;
}

axle_status ax_inner_reword(axle_status s, const char *what)
{
    if (s == AXLE_OK || s == AXLE_ENOMEM)
        return s;
    char msg[512];
    snprintf(msg, sizeof msg, "%s", axle_error_message());
    return ax_error(s, "%s: %s", what, msg);
}

axle_status ax_inner_check(const axle_inner *ip, const char *what)
{
    if (!ip)
        return ax_error(AXLE_EINVAL, "%s: the inner product ip is NULL", what);
    return AXLE_OK;
}

axle_status ax_inner_vector_coords(axle_matrix **coords, const axle_inner *ip, const axle_vector *v,
                                   const char *name, const char *what)
{
    *coords = NULL;
    axle_status s;
    if ((s = ax_inner_check(ip, what)))
        return s;
    if (!v)
        return ax_error(AXLE_EINVAL, "%s: the vector %s is NULL", what, name);
    /* A vector of a subspace of ip's space: its ambient vector. */
    const axle_space *S = v->space;
    bool same = false;
    if (S->kind == AXLE_SPACE_SUBSPACE && S->field == ip->V->field &&
        (s = axle_space_equal(&same, S->parent, ip->V)))
        return s;
    if (same)
        return axle_matrix_mul(coords, S->basis, v->c);
    /* A vector of ip's space, or of its ambient space lying in it. */
    axle_vector *fixed = NULL;
    if ((s = ax_map_vector_in(&fixed, ip->V, v, name)))
        return ax_inner_reword(s, what);
    s = axle_matrix_copy(coords, fixed ? fixed->c : v->c);
    axle_vector_unref(fixed);
    return s;
}

axle_status ax_inner_list_coords(axle_matrix **X, const axle_inner *ip, const axle_vector *const *v,
                                 size_t k, const char *what)
{
    *X = NULL;
    axle_matrix *A = NULL;
    axle_status s = ax_inner_check(ip, what);
    if (!s && k > 0 && !v)
        s = ax_error(AXLE_EINVAL, "%s: the list v of %zu %s is NULL", what, k,
                     ax_plural(k, "vector", "vectors"));
    if (!s)
        s = axle_matrix_new(&A, ip->V->field, ip->V->dim, k);
    char name[40];
    for (size_t i = 0; !s && i < k; i++) {
        axle_matrix *x = NULL;
        snprintf(name, sizeof name, "v_%zu", i + 1);
        if (!(s = ax_inner_vector_coords(&x, ip, v[i], name, what)))
            s = ax_mat_paste(A, 0, i, x);
        axle_matrix_free(x);
    }
    if (s) {
        axle_matrix_free(A);
        return s;
    }
    *X = A;
    return AXLE_OK;
}

axle_status ax_inner_whole_space_error(const axle_inner *ip, const char *what)
{
    char *name = ax_space_name(ip->V);
    size_t n = ip->V->dim;
    axle_status s = ax_error(AXLE_ERANGE,
                             "%s the whole space %s would build a %zux%zu matrix for an inner "
                             "product given by nothing bigger than its space: above "
                             "AXLE_INNER_MAX_DIM = %d it is refused",
                             what, name, n, n, AXLE_INNER_MAX_DIM);
    ax_name_free(name);
    return s;
}

/* "a subspace of P_2(QQ)" or "P_2(QQ)": what U is, for the messages. */
static void describe_space(ax_buf *b, const axle_space *U)
{
    if (U->kind == AXLE_SPACE_SUBSPACE) {
        ax_buf_puts(b, "a subspace of ");
        U = U->parent;
    }
    ax_space_name_to(b, U, AXLE_FORMAT_TEXT);
}

/* The checks shared by the questions about a subspace U of ip's space, and whether U is that
 * space itself. */
static axle_status subspace_check(bool *same, const axle_inner *ip, const axle_space *U,
                                  const char *what)
{
    *same = false;
    axle_status s;
    if ((s = ax_inner_check(ip, what)))
        return s;
    if (!U)
        return ax_error(AXLE_EINVAL, "%s: the subspace U is NULL", what);
    return U->field == ip->V->field ? axle_space_equal(same, U, ip->V) : AXLE_OK;
}

axle_status ax_inner_subspace_basis(axle_matrix **B, const axle_inner *ip, const axle_space *U,
                                    const char *what)
{
    *B = NULL;
    bool same;
    axle_status s;
    if ((s = subspace_check(&same, ip, U, what)))
        return s;
    if (same && !ip->G && U->dim > AXLE_INNER_MAX_DIM)
        return ax_inner_whole_space_error(ip, what);
    if (same)
        return axle_matrix_identity(B, U->field, U->dim);
    if (U->field == ip->V->field && U->kind == AXLE_SPACE_SUBSPACE &&
        (s = axle_space_equal(&same, U->parent, ip->V)))
        return s;
    if (same)
        return axle_space_basis(B, U);
    ax_buf b = {0};
    ax_buf_printf(&b, "%s ", what);
    describe_space(&b, U);
    ax_buf_puts(&b, " with an inner product on ");
    ax_space_name_to(&b, ip->V, AXLE_FORMAT_TEXT);
    if (U->field != ip->V->field)
        ax_buf_printf(&b, " (fields %s and %s)", axle_field_name(U->field),
                      axle_field_name(ip->V->field));
    char *msg;
    if (ax_buf_finish(&b, &msg))
        return ax_nomem();
    s = ax_error(U->field != ip->V->field ? AXLE_EFIELD : AXLE_EDIM, "%s", msg);
    free(msg);
    return s;
}

/* AXLE_EDIM / AXLE_EFIELD unless X (named) is ip's space. */
static axle_status check_space_is(const axle_space *X, const axle_inner *ip, const char *name,
                                  const char *what)
{
    bool same = false;
    axle_status s;
    if (X->field == ip->V->field && (s = axle_space_equal(&same, X, ip->V)))
        return s;
    if (same)
        return AXLE_OK;
    char *a = ax_space_name(X), *b = ax_space_name(ip->V);
    if (X->field != ip->V->field)
        s = ax_error(AXLE_EFIELD, "%s: %s is over %s but the inner product is over %s", what, name,
                     axle_field_name(X->field), axle_field_name(ip->V->field));
    else
        s = ax_error(AXLE_EDIM, "%s: %s is %s but the inner product is on %s", what, name, a, b);
    ax_name_free(a);
    ax_name_free(b);
    return s;
}

axle_status ax_inner_map_matrix(const axle_matrix **M, const axle_inner *ipV, const axle_inner *ipW,
                                const axle_map *T, const char *what)
{
    *M = NULL;
    axle_status s;
    if (!ipV)
        return ax_error(AXLE_EINVAL, "%s: the inner product ipV is NULL", what);
    if (!ipW)
        return ax_error(AXLE_EINVAL, "%s: the inner product ipW is NULL", what);
    if (!T)
        return ax_error(AXLE_EINVAL, "%s: the map T is NULL", what);
    if ((s = check_space_is(T->V, ipV, "the domain of T", what)) ||
        (s = check_space_is(T->W, ipW, "the codomain of T", what)))
        return s;
    *M = T->M;
    return AXLE_OK;
}

axle_status ax_gs_new(axle_gs **out, const axle_inner *ip, axle_matrix *E, axle_matrix *r)
{
    *out = NULL;
    axle_gs *L = ax_calloc(1, sizeof *L);
    if (!L) {
        axle_matrix_free(E);
        axle_matrix_free(r);
        return ax_nomem();
    }
    atomic_init(&L->refs, 1);
    L->ip = axle_inner_ref(ip);
    L->E = E;
    L->r = r;
    *out = L;
    return AXLE_OK;
}

axle_status ax_inner_adjoint_matrix(axle_matrix **out, const axle_matrix *M, const axle_matrix *GV,
                                    const axle_matrix *GW)
{
    *out = NULL;
    axle_matrix *Mt = NULL, *X = NULL;
    axle_status s = axle_matrix_transpose(&Mt, M);
    if (!s && GW) {
        s = axle_matrix_mul(&X, Mt, GW);
        axle_matrix_free(Mt);
        Mt = X;
        X = NULL;
    }
    if (!s && GV && axle_matrix_rows(Mt) > 0 && axle_matrix_cols(Mt) > 0) {
        s = axle_matrix_solve(&X, NULL, GV, Mt);
        axle_matrix_free(Mt);
        Mt = X;
    }
    if (s) {
        axle_matrix_free(Mt);
        return s;
    }
    *out = Mt;
    return AXLE_OK;
}

axle_status ax_inner_orthogonal_basis(axle_matrix **E, axle_matrix **r, const axle_matrix *B,
                                      const axle_matrix *G)
{
    *E = *r = NULL;
    axle_field F = axle_matrix_field(B);
    size_t n = axle_matrix_rows(B), k = axle_matrix_cols(B);
    if (k == 0 || n == 0) {
        axle_status s = axle_matrix_new(E, F, n, 0);
        if (!s && (s = axle_matrix_new(r, F, 0, 1))) {
            axle_matrix_free(*E);
            *E = NULL;
        }
        return s;
    }
    size_t dep;
    return ax_inner_kernels_of(F)->gram_schmidt(E, r, NULL, &dep, G, B);
}

axle_status ax_inner_project_coords(axle_matrix **out, const axle_matrix *E, const axle_matrix *r,
                                    const axle_matrix *G, const axle_matrix *X)
{
    *out = NULL;
    axle_field F = axle_matrix_field(E);
    size_t n = axle_matrix_rows(E), k = axle_matrix_cols(E);
    if (k == 0)
        return axle_matrix_new(out, F, n, X ? axle_matrix_cols(X) : n);
    /* E D^{-1}, column by column (a product with the diagonal D^{-1} would cost k^2 n). */
    axle_matrix *Ed = NULL, *col = NULL, *scaled = NULL, *GE = NULL, *H = NULL, *C = NULL;
    axle_scalar *one = NULL, *rj = NULL, *inv = NULL;
    axle_status s = axle_matrix_new(&Ed, F, n, k);
    if (!s)
        s = axle_scalar_from_int(&one, F, 1);
    for (size_t j = 0; !s && j < k; j++) {
        if (!(s = axle_matrix_get(&rj, r, j, 0)) && !(s = axle_scalar_div(&inv, one, rj)) &&
            !(s = ax_mat_cols(&col, E, j, 1)) && !(s = axle_matrix_scale(&scaled, inv, col)))
            s = ax_mat_paste(Ed, 0, j, scaled);
        axle_scalar_free(rj);
        axle_scalar_free(inv);
        axle_matrix_free(col);
        axle_matrix_free(scaled);
        rj = inv = NULL;
        col = scaled = NULL;
    }
    /* H = E^T G X: (G E)^T X, or (G E)^T itself for X = I. */
    if (!s)
        s = G ? axle_matrix_mul(&GE, G, E) : axle_matrix_copy(&GE, E);
    if (!s)
        s = axle_matrix_transpose(&H, GE);
    if (!s && X) {
        s = axle_matrix_mul(&C, H, X);
        axle_matrix_free(H);
        H = C;
    }
    if (!s)
        s = axle_matrix_mul(out, Ed, H);
    axle_matrix_free(Ed);
    axle_matrix_free(GE);
    axle_matrix_free(H);
    axle_scalar_free(one);
    return s;
}

axle_status ax_inner_projection_matrix(axle_matrix **out, const axle_matrix *B,
                                       const axle_matrix *G)
{
    *out = NULL;
    axle_matrix *C = NULL, *E = NULL, *r = NULL;
    axle_status s = ax_mat_colspace(&C, B);
    if (!s)
        s = ax_inner_orthogonal_basis(&E, &r, C, G);
    if (!s)
        s = ax_inner_project_coords(out, E, r, G, NULL);
    axle_matrix_free(C);
    axle_matrix_free(E);
    axle_matrix_free(r);
    return s;
}

/* ---- construction --------------------------------------------------------------------------- */

/* Whether G is the identity: exactly over QQ; over RR up to rounding noise of size `scale` (then
 * G is set to the exact identity). */
static axle_status settle_identity_at(bool *out, axle_matrix **G, double scale)
{
    *out = false;
    size_t n = axle_matrix_rows(*G);
    axle_matrix *I = NULL, *D = NULL;
    axle_status s = axle_matrix_identity(&I, axle_matrix_field(*G), n);
    if (!s)
        s = axle_matrix_sub(&D, *G, I);
    if (!s) {
        ax_matrix_chop(D, scale);
        if (ax_inner_exactly_zero(D)) {
            axle_matrix_free(*G);
            *G = I;
            I = NULL;
            *out = true;
        }
    }
    axle_matrix_free(I);
    axle_matrix_free(D);
    return s;
}

static axle_status settle_identity(bool *out, axle_matrix **G)
{
    return settle_identity_at(out, G, 1.0);
}

/* *G = B^T B (n x k B, k x k *G) dropped to NULL when it is the identity: exactly over QQ; over RR
 * up to the orthonormality error of a computed orthonormal basis (RR's canonical subspace bases
 * come from an SVD or QR: |B^T B - I| is a small multiple of n eps, 7.8e-16 for n = 2), taken as
 * 16 n times the tolerance. */
static axle_status drop_identity(axle_matrix **G, const axle_matrix *B)
{
    bool identity = false;
    axle_status s = settle_identity_at(&identity, G, 16.0 * (double)axle_matrix_rows(B));
    if (!s && identity) {
        axle_matrix_free(*G);
        *G = NULL;
    }
    return s;
}

/* A new inner product of the given kind on V owning G (freed on failure), a and b copied. G NULL
 * means the identity (nothing is allocated for it). An explicit G that turns out to be the
 * identity is dropped to NULL too, except for AX_INNER_GRAM: the caller's matrix is kept (its
 * size is the caller's input). */
static axle_status inner_new(axle_inner **out, ax_inner_kind kind, const axle_space *V,
                             axle_matrix *G, const axle_scalar *a, const axle_scalar *b)
{
    *out = NULL;
    bool standard = true;
    axle_status s = G ? settle_identity(&standard, &G) : AXLE_OK;
    if (!s && standard && G && kind != AX_INNER_GRAM) {
        axle_matrix_free(G);
        G = NULL;
    }
    axle_inner *ip = s ? NULL : ax_calloc(1, sizeof *ip);
    if (!s && !ip)
        s = ax_nomem();
    if (!s && a && (s = axle_scalar_copy(&ip->a, a)) == AXLE_OK)
        s = axle_scalar_copy(&ip->b, b);
    if (s) {
        if (ip) {
            axle_scalar_free(ip->a);
            free(ip);
        }
        axle_matrix_free(G);
        return s;
    }
    atomic_init(&ip->refs, 1);
    ip->kind = kind;
    ip->V = axle_space_ref(V);
    ip->G = G;
    ip->standard = standard;
    *out = ip;
    return AXLE_OK;
}

/* AXLE_ERANGE before an explicit n x n Gram matrix the library would build itself (not the
 * caller's, as axle_inner_gram's) is allocated when n > AXLE_INNER_MAX_DIM. `what` says whose
 * ("the standard inner product of U", ...). */
static axle_status check_explicit_dim(size_t n, const char *what, const axle_space *V)
{
    if (n <= AXLE_INNER_MAX_DIM)
        return AXLE_OK;
    char *name = ax_space_name(V);
    axle_status s = ax_error(AXLE_ERANGE,
                             "%s %s needs an explicit %zux%zu Gram matrix: above "
                             "AXLE_INNER_MAX_DIM = %d it is refused",
                             what, name, n, n, AXLE_INNER_MAX_DIM);
    ax_name_free(name);
    return s;
}

/* *out = M^T G M (G NULL: M^T M), a new matrix. */
static axle_status congruence(axle_matrix **out, const axle_matrix *G, const axle_matrix *M)
{
    *out = NULL;
    axle_matrix *Mt = NULL, *GM = NULL;
    axle_status s = axle_matrix_transpose(&Mt, M);
    if (!s && G)
        s = axle_matrix_mul(&GM, G, M);
    if (!s)
        s = axle_matrix_mul(out, Mt, GM ? GM : M);
    axle_matrix_free(Mt);
    axle_matrix_free(GM);
    return s;
}

/* The block-diagonal matrix of the Gram matrices G[0..k-1] of sizes d[0..k-1] (NULL: the identity
 * block), n = Σ d_i, a new n x n matrix over F. */
static axle_status block_diagonal(axle_matrix **out, axle_field F, size_t n,
                                  const axle_matrix *const *G, const size_t *d, size_t k)
{
    axle_status s = axle_matrix_new(out, F, n, n);
    axle_scalar *one = NULL;
    if (!s)
        s = axle_scalar_from_int(&one, F, 1);
    size_t off = 0;
    for (size_t i = 0; !s && i < k; i++) {
        if (G[i])
            s = ax_matrix_paste(*out, off, off, G[i]);
        for (size_t j = 0; !s && !G[i] && j < d[i]; j++)
            s = axle_matrix_set(*out, off + j, off + j, one);
        off += d[i];
    }
    axle_scalar_free(one);
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

/* The Gram matrix of V's standard inner product in V's standard basis: NULL (the identity, nothing
 * allocated) when that basis is orthonormal for it (F^n, P_m(F), F^{m,n}, V/U, V', and products
 * of those); B^T G B for a subspace (B its basis, G its ambient space's: B^T B for G = I); the
 * block diagonal of the parts' for a product with a part whose Gram matrix is not I. An explicit
 * one above AXLE_INNER_MAX_DIM is refused before it is built. */
static axle_status standard_gram(axle_matrix **out, const axle_space *V)
{
    *out = NULL;
    axle_status s = AXLE_OK;
    if (V->kind == AXLE_SPACE_SUBSPACE) {
        axle_matrix *G = NULL;
        if ((s = check_explicit_dim(V->dim, "the standard inner product of", V)) ||
            (s = standard_gram(&G, V->parent)))
            return s;
        /* an orthonormal basis under the dot product (RR's canonical bases are): I, not stored */
        if (!(s = congruence(out, G, V->basis)) && !G)
            s = drop_identity(out, V->basis);
        axle_matrix_free(G);
        if (s) {
            axle_matrix_free(*out);
            *out = NULL;
        }
        return s;
    }
    if (V->kind != AXLE_SPACE_PRODUCT)
        return AXLE_OK;
    axle_matrix **G = ax_calloc(V->nparts ? V->nparts : 1, sizeof *G);
    size_t *d = ax_calloc(V->nparts ? V->nparts : 1, sizeof *d);
    bool identity = true;
    s = G && d ? AXLE_OK : ax_nomem();
    for (size_t i = 0; !s && i < V->nparts; i++) {
        s = standard_gram(&G[i], V->parts[i]);
        d[i] = V->parts[i]->dim;
        identity = identity && !G[i];
    }
    if (!s && !identity && !(s = check_explicit_dim(V->dim, "the standard inner product of", V)))
        s = block_diagonal(out, V->field, V->dim, (const axle_matrix *const *)G, d, V->nparts);
    for (size_t i = 0; G && i < V->nparts; i++)
        axle_matrix_free(G[i]);
    free(G);
    free(d);
    return s;
}

axle_status axle_inner_dot(axle_inner **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "the space V")))
        return s;
    axle_matrix *G = NULL;
    if ((s = standard_gram(&G, V)))
        return s;
    return inner_new(out, AX_INNER_DOT, V, G, NULL, NULL);
}

axle_status axle_inner_trace(axle_inner **out, const axle_space *V)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "the space V")))
        return s;
    if (V->kind != AXLE_SPACE_MATRICES) {
        char *name = ax_space_name(V);
        s = ax_error(AXLE_EDIM, "the trace product needs a space of matrices F^{m,n}, not %s",
                     name);
        ax_name_free(name);
        return s;
    }
    /* tr(A B^T) = Σ a_ij b_ij: the standard basis E_ij is orthonormal, G = I (not stored) */
    return inner_new(out, AX_INNER_TRACE, V, NULL, NULL, NULL);
}

/* AXLE_EDOMAIN unless G (n x n, n >= 0) is symmetric positive definite: the field's ldl kernel,
 * its message ("the matrix ...") in the words of the inner product ("the Gram matrix ..."). */
static axle_status check_gram(const axle_matrix *G)
{
    if (axle_matrix_rows(G) == 0)
        return AXLE_OK;
    axle_matrix *D = NULL;
    axle_status s = ax_inner_kernels_of(axle_matrix_field(G))->ldl(NULL, &D, G);
    axle_matrix_free(D);
    if (s == AXLE_OK || s == AXLE_ENOMEM)
        return s;
    char msg[512];
    const char *m = axle_error_message();
    size_t skip = strncmp(m, "the matrix", 10) == 0 ? 10 : 0;
    snprintf(msg, sizeof msg, "%s", m + skip);
    return ax_error(s, "the Gram matrix%s%s", skip ? "" : ": ", msg);
}

axle_status axle_inner_gram(axle_inner **out, const axle_space *V, const axle_matrix *G)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "the space V")) || (s = ax_check_matrix(G, "the Gram matrix G")))
        return s;
    if (axle_matrix_field(G) != V->field)
        return ax_error(AXLE_EFIELD, "the Gram matrix is over %s but the space is over %s",
                        axle_field_name(axle_matrix_field(G)), axle_field_name(V->field));
    if (axle_matrix_rows(G) != V->dim || axle_matrix_cols(G) != V->dim) {
        char *name = ax_space_name(V);
        s = ax_error(AXLE_EDIM, "the Gram matrix is %zu x %zu but %s has dimension %zu",
                     axle_matrix_rows(G), axle_matrix_cols(G), name, V->dim);
        ax_name_free(name);
        return s;
    }
    if ((s = check_gram(G)))
        return s;
    /* (G + G^T)/2: G itself over QQ (checked symmetric); over RR it removes the asymmetry the
     * tolerance let through, so the kernels get an exactly symmetric G. */
    axle_matrix *Gt = NULL, *S = NULL, *C = NULL;
    axle_scalar *half = NULL;
    if (!(s = axle_matrix_transpose(&Gt, G)) && !(s = axle_matrix_add(&S, G, Gt)) &&
        !(s = axle_scalar_from_frac(&half, V->field, 1, 2)))
        s = axle_matrix_scale(&C, half, S);
    axle_matrix_free(Gt);
    axle_matrix_free(S);
    axle_scalar_free(half);
    if (s)
        return s;
    return inner_new(out, AX_INNER_GRAM, V, C, NULL, NULL);
}

/* AXLE_ERANGE before the integral's Gram matrix over QQ could take more than AXLE_POLY_MAX_BITS
 * bits: entry (i, j) has about (i + j + 1) h + log2(i + j + 1) bits, h the larger height of a, b.
 */
static axle_status check_integral_size(size_t m, const axle_scalar *a, const axle_scalar *b)
{
    double h = ax_scalar_height_bits(a), hb = ax_scalar_height_bits(b);
    if (hb > h)
        h = hb;
    double n = (double)m + 1.0, bits = n * n * ((2.0 * n - 1.0) * (h + 1.0) + 64.0);
    if (bits > (double)AXLE_POLY_MAX_BITS)
        return ax_error(AXLE_ERANGE,
                        "the Gram matrix of the integral on P_%zu with these endpoints could need "
                        "%.0f bits, more than the limit AXLE_POLY_MAX_BITS = %ld",
                        m, bits, AXLE_POLY_MAX_BITS);
    return AXLE_OK;
}

/* G_ij = (b^k - a^k)/k, k = i + j + 1, through the public scalar arithmetic. */
static axle_status integral_gram(axle_matrix **out, size_t m, const axle_scalar *a,
                                 const axle_scalar *b)
{
    axle_field F = axle_scalar_field(a);
    size_t n = m + 1, K = 2 * m + 1;
    axle_scalar **v = ax_calloc(K, sizeof *v);
    if (!v)
        return ax_nomem();
    axle_scalar *pa = NULL, *pb = NULL;
    axle_status s = axle_scalar_copy(&pa, a);
    if (!s)
        s = axle_scalar_copy(&pb, b);
    for (size_t k = 1; !s && k <= K; k++) {
        axle_scalar *d = NULL, *kk = NULL, *t = NULL;
        if (k > 1 && !(s = axle_scalar_mul(&t, pa, a))) {
            axle_scalar_free(pa);
            pa = t;
            if (!(s = axle_scalar_mul(&t, pb, b))) {
                axle_scalar_free(pb);
                pb = t;
            }
        }
        if (!s && !(s = axle_scalar_sub(&d, pb, pa)) &&
            !(s = axle_scalar_from_int(&kk, F, (long)k)))
            s = axle_scalar_div(&v[k - 1], d, kk);
        if (s == AXLE_ERANGE)
            s = ax_error(AXLE_ERANGE,
                         "the integral's Gram matrix on P_%zu overflows a double: b^%zu - a^%zu "
                         "is beyond double range",
                         m, k, k);
        axle_scalar_free(d);
        axle_scalar_free(kk);
    }
    axle_scalar_free(pa);
    axle_scalar_free(pb);
    if (!s)
        s = axle_matrix_new(out, F, n, n);
    for (size_t i = 0; !s && i < n; i++)
        for (size_t j = 0; !s && j < n; j++)
            s = axle_matrix_set(*out, i, j, v[i + j]);
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    for (size_t k = 0; k < K; k++)
        axle_scalar_free(v[k]);
    free(v);
    return s;
}

axle_status axle_inner_integral(axle_inner **out, const axle_space *V, const axle_scalar *a,
                                const axle_scalar *b)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "the space V")))
        return s;
    if (!a || !b)
        return ax_error(AXLE_EINVAL, "the endpoint %s of the interval is NULL", a ? "b" : "a");
    if (V->kind != AXLE_SPACE_POLY) {
        char *name = ax_space_name(V);
        s = ax_error(AXLE_EDIM,
                     "the integral inner product needs a polynomial space P_m(F), not %s", name);
        ax_name_free(name);
        return s;
    }
    if (axle_scalar_field(a) != V->field || axle_scalar_field(b) != V->field)
        return ax_error(AXLE_EFIELD, "the endpoints are over %s and %s but the space is over %s",
                        axle_field_name(axle_scalar_field(a)),
                        axle_field_name(axle_scalar_field(b)), axle_field_name(V->field));
    int c;
    if ((s = axle_scalar_cmp(&c, a, b)))
        return s;
    if (c >= 0) {
        char *sa = NULL, *sb = NULL;
        if (!(s = axle_scalar_to_string(&sa, a, AXLE_FORMAT_TEXT)) &&
            !(s = axle_scalar_to_string(&sb, b, AXLE_FORMAT_TEXT)))
            s = ax_error(AXLE_EDOMAIN, "the interval [%s, %s] is degenerate: a < b is needed", sa,
                         sb);
        axle_free(sa);
        axle_free(sb);
        return s;
    }
    if ((s = check_explicit_dim(V->dim, "the integral inner product on", V)) ||
        (s = check_integral_size(V->rows, a, b)))
        return s;
    axle_matrix *G = NULL;
    if ((s = integral_gram(&G, V->rows, a, b)))
        return s;
    return inner_new(out, AX_INNER_INTEGRAL, V, G, a, b);
}

axle_status axle_inner_restrict(axle_inner **out, const axle_inner *ip, const axle_space *U)
{
    AX_OUT(out);
    const char *what = "restricting to";
    bool same;
    axle_status s;
    /* U = ip's space: the same Gram matrix (no basis matrix is built: it would be the identity) */
    if ((s = subspace_check(&same, ip, U, what)))
        return s;
    axle_matrix *G = NULL;
    if (same) {
        if (ip->G && (s = axle_matrix_copy(&G, ip->G)))
            return s;
        return inner_new(out, AX_INNER_RESTRICT, U, G, NULL, NULL);
    }
    axle_matrix *B = NULL;
    if ((s = ax_inner_subspace_basis(&B, ip, U, what)) ||
        (s = check_explicit_dim(U->dim, "the restriction to", U)) ||
        (s = congruence(&G, ip->G, B)) || (!ip->G && (s = drop_identity(&G, B)))) {
        axle_matrix_free(B);
        axle_matrix_free(G);
        return s;
    }
    axle_matrix_free(B);
    return inner_new(out, AX_INNER_RESTRICT, U, G, NULL, NULL);
}

axle_status axle_inner_product(axle_inner **out, const axle_inner *const *ip, size_t k)
{
    AX_OUT(out);
    if (!ip)
        return ax_error(AXLE_EINVAL, "the list ip of inner products is NULL");
    if (k == 0)
        return ax_error(AXLE_EINVAL, "an orthogonal sum needs at least one inner product");
    for (size_t i = 0; i < k; i++) {
        if (!ip[i])
            return ax_error(AXLE_EINVAL, "inner product %zu of the list is NULL", i);
        if (ip[i]->V->field != ip[0]->V->field)
            return ax_error(AXLE_EFIELD,
                            "inner product %zu is over %s but inner product 0 is over %s", i,
                            axle_field_name(ip[i]->V->field), axle_field_name(ip[0]->V->field));
    }
    const axle_space **parts = ax_calloc(k, sizeof *parts);
    const axle_matrix **G = ax_calloc(k, sizeof *G);
    size_t *d = ax_calloc(k, sizeof *d);
    axle_status s = parts && G && d ? AXLE_OK : ax_nomem();
    bool identity = true;
    for (size_t i = 0; !s && i < k; i++) {
        parts[i] = ip[i]->V;
        /* a standard part counts as I even when it keeps the caller's explicit identity
         * (axle_inner_gram of I): the sum is then standard too, with no limit on its size */
        G[i] = ip[i]->standard ? NULL : ip[i]->G;
        d[i] = ip[i]->V->dim;
        identity = identity && !G[i];
    }
    axle_space *P = NULL;
    axle_matrix *M = NULL;
    if (!s)
        s = axle_space_product(&P, parts, k);
    /* all parts' Gram matrices the identity: so is the sum's (not stored) */
    if (!s && !identity && !(s = check_explicit_dim(P->dim, "the orthogonal sum on", P)))
        s = block_diagonal(&M, P->field, P->dim, G, d, k);
    free(parts);
    free(G);
    free(d);
    if (!s) {
        s = inner_new(out, AX_INNER_PRODUCT, P, M, NULL, NULL);
        M = NULL;
    }
    axle_matrix_free(M);
    axle_space_unref(P);
    return s;
}

/* ---- reference counting and queries --------------------------------------------------------- */

axle_inner *axle_inner_ref(const axle_inner *ip)
{
    axle_inner *p = (axle_inner *)ip;
    if (p)
        atomic_fetch_add(&p->refs, 1);
    return p;
}

void axle_inner_unref(const axle_inner *ip)
{
    axle_inner *p = (axle_inner *)ip;
    if (!p || atomic_fetch_sub(&p->refs, 1) != 1)
        return;
    axle_space_unref(p->V);
    axle_matrix_free(p->G);
    axle_scalar_free(p->a);
    axle_scalar_free(p->b);
    free(p);
}

const axle_space *axle_inner_space(const axle_inner *ip)
{
    return ip ? ip->V : NULL;
}

axle_field axle_inner_field(const axle_inner *ip)
{
    return ip ? ip->V->field : AXLE_QQ;
}

bool axle_inner_is_standard(const axle_inner *ip)
{
    return ip && ip->standard;
}

axle_status axle_inner_gram_matrix(axle_matrix **out, const axle_inner *ip)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_inner_check(ip, "the Gram matrix")))
        return s;
    /* a standard inner product keeps no G: the identity, built on demand */
    return ip->G ? axle_matrix_copy(out, ip->G)
                 : axle_matrix_identity(out, ip->V->field, ip->V->dim);
}

/* ---- description ---------------------------------------------------------------------------- */

/* Words in running text: plain, or \text{...} in LaTeX. */
static void put_words(ax_buf *b, const char *w, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_LATEX)
        ax_buf_printf(b, "\\text{%s}", w);
    else
        ax_buf_puts(b, w);
}

static axle_status put_matrix(ax_buf *b, const axle_matrix *A, axle_format fmt)
{
    char *s = NULL;
    axle_status st = axle_matrix_to_string(&s, A, fmt);
    if (!st)
        ax_buf_puts(b, s);
    axle_free(s);
    return st;
}

static axle_status put_scalar(ax_buf *b, const axle_scalar *x, axle_format fmt)
{
    char *s = NULL;
    axle_status st = axle_scalar_to_string(&s, x, fmt);
    if (!st)
        ax_buf_puts(b, s);
    axle_free(s);
    return st;
}

/* ip's Gram matrix printed: ip->G, or the identity when it keeps none (AXLE_ERANGE above
 * AXLE_INNER_MAX_DIM rather than printing dim² entries for an inner product made from nothing
 * bigger than its space). */
static axle_status put_gram(ax_buf *b, const axle_inner *ip, axle_format fmt)
{
    if (ip->G)
        return put_matrix(b, ip->G, fmt);
    if (ip->V->dim > AXLE_INNER_MAX_DIM) {
        char *name = ax_space_name(ip->V);
        axle_status s = ax_error(AXLE_ERANGE,
                                 "describing the inner product on %s would print its %zux%zu "
                                 "identity Gram matrix: above AXLE_INNER_MAX_DIM = %d it is "
                                 "refused (axle_inner_is_standard says G = I)",
                                 name, ip->V->dim, ip->V->dim, AXLE_INNER_MAX_DIM);
        ax_name_free(name);
        return s;
    }
    axle_matrix *I = NULL;
    axle_status s = axle_matrix_identity(&I, ip->V->field, ip->V->dim);
    if (!s)
        s = put_matrix(b, I, fmt);
    axle_matrix_free(I);
    return s;
}

static const char *const kind_names[] = {"dot",      "trace",       "gram",
                                         "integral", "restriction", "product"};

static axle_status describe_json(ax_buf *b, const axle_inner *ip)
{
    ax_buf_printf(b, "{\"kind\":\"%s\",\"space\":\"", kind_names[ip->kind]);
    ax_space_name_to(b, ip->V, AXLE_FORMAT_JSON);
    ax_buf_puts(b, "\",\"gram\":");
    axle_status s = put_gram(b, ip, AXLE_FORMAT_JSON);
    if (!s && ip->kind == AX_INNER_INTEGRAL) {
        ax_buf_puts(b, ",\"interval\":["); /* strings on both fields, as the header says */
        ax_buf_put_scalar_string(b, ip->a);
        ax_buf_puts(b, ",");
        ax_buf_put_scalar_string(b, ip->b);
        ax_buf_puts(b, "]");
    }
    ax_buf_puts(b, "}");
    return s;
}

static axle_status describe(ax_buf *b, const axle_inner *ip, axle_format fmt)
{
    axle_status s = AXLE_OK;
    bool tex = fmt == AXLE_FORMAT_LATEX;
    switch (ip->kind) {
    case AX_INNER_DOT:
        put_words(b, "dot product", fmt);
        break;
    case AX_INNER_TRACE:
        put_words(b, "trace product", fmt);
        break;
    case AX_INNER_INTEGRAL:
        ax_buf_puts(b, fmt == AXLE_FORMAT_TEXT ? "integral from " : tex ? "\\int_{" : "\u222b_{");
        if ((s = put_scalar(b, ip->a, fmt)))
            break;
        ax_buf_puts(b, fmt == AXLE_FORMAT_TEXT ? " to " : "}^{");
        if ((s = put_scalar(b, ip->b, fmt)))
            break;
        ax_buf_puts(b, fmt == AXLE_FORMAT_TEXT ? " of p(x) q(x) dx"
                       : tex                   ? "} p(x) q(x) \\, dx"
                                               : "} p(x) q(x) dx");
        break;
    case AX_INNER_GRAM:
    case AX_INNER_RESTRICT:
    case AX_INNER_PRODUCT:
        put_words(b,
                  ip->kind == AX_INNER_GRAM       ? "Gram matrix "
                  : ip->kind == AX_INNER_RESTRICT ? "restriction with Gram matrix "
                                                  : "orthogonal sum with Gram matrix ",
                  fmt);
        s = put_gram(b, ip, fmt);
        break;
    }
    put_words(b, " on ", fmt);
    ax_space_name_to(b, ip->V, fmt);
    return s;
}

axle_status axle_inner_to_string(char **out, const axle_inner *ip, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_inner_check(ip, "describing an inner product")))
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "unknown output format %d", (int)fmt);
    ax_buf b = {0};
    s = fmt == AXLE_FORMAT_JSON ? describe_json(&b, ip) : describe(&b, ip, fmt);
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}
