/* Linear maps (LADR 3A): storage, reference counting, the shared checks, and the general
 * constructors: from a matrix in any bases, from the images of a basis, from a callback. */
#include <stdio.h>
#include <stdlib.h>

#include "map/map_internal.h"

axle_status ax_check_map(const axle_map *T, const char *what)
{
    if (!T)
        return ax_error(AXLE_EINVAL, "%s is NULL; a map is required", what);
    return AXLE_OK;
}

axle_status ax_map_check_spaces(const axle_space *V, const axle_space *W)
{
    axle_status s;
    if ((s = ax_check_space(V, "the domain V")) || (s = ax_check_space(W, "the codomain W")))
        return s;
    if (V->field != W->field)
        return ax_error(AXLE_EFIELD, "the domain is over %s but the codomain is over %s",
                        axle_field_name(V->field), axle_field_name(W->field));
    size_t n;
    if (!ax_size_mul(&n, V->dim, W->dim) || n > AXLE_MATRIX_MAX_ENTRIES) {
        char *a = ax_space_name(V), *b = ax_space_name(W);
        s = ax_error(AXLE_ERANGE,
                     "a map from %s to %s needs a %zu x %zu matrix, more than the limit of %u "
                     "entries",
                     a, b, W->dim, V->dim, AXLE_MATRIX_MAX_ENTRIES);
        ax_name_free(a);
        ax_name_free(b);
    }
    return s;
}

axle_status ax_map_new(axle_map **out, const axle_space *V, const axle_space *W, axle_matrix *M)
{
    *out = NULL;
    axle_map *T = ax_calloc(1, sizeof *T);
    if (!T) {
        axle_matrix_free(M);
        return ax_nomem();
    }
    atomic_init(&T->refs, 1);
    T->V = axle_space_ref(V);
    T->W = axle_space_ref(W);
    T->M = M;
    *out = T;
    return AXLE_OK;
}

axle_status ax_map_check_operator(const axle_map *T, const char *what)
{
    bool same;
    axle_status s = axle_space_equal(&same, T->V, T->W);
    if (s || same)
        return s;
    char *a = ax_space_name(T->V), *b = ax_space_name(T->W);
    s = ax_error(AXLE_EDIM, "%s is not an operator: it maps %s to %s", what, a, b);
    ax_name_free(a);
    ax_name_free(b);
    return s;
}

axle_status ax_map_vector_in(axle_vector **fixed, const axle_space *W, const axle_vector *v,
                             const char *what)
{
    *fixed = NULL;
    bool same;
    axle_status s = axle_space_equal(&same, W, v->space);
    if (s || same)
        return s;
    if (W->kind == AXLE_SPACE_SUBSPACE && (s = axle_space_equal(&same, W->parent, v->space)))
        return s;
    if (W->kind == AXLE_SPACE_SUBSPACE && same) {
        bool in;
        if ((s = axle_space_contains(&in, W, v)))
            return s;
        if (!in) {
            char *name = ax_space_name(W);
            s = ax_error(AXLE_EDOMAIN, "%s is not in the %s", what, name);
            ax_name_free(name);
            return s;
        }
        return axle_vector_restrict(fixed, W, v);
    }
    return ax_check_in(W, v->space, what);
}

axle_status ax_map_basis(axle_matrix **out, const axle_space *V, const axle_vector *const *b,
                         size_t k)
{
    if (!b)
        return axle_matrix_identity(out, V->field, V->dim);
    return ax_basis_matrix(out, V, b, k);
}

axle_status ax_map_check_product(const axle_matrix *A, const axle_matrix *B, const char *what)
{
    size_t bits = ax_matrix_product_bits(A, B);
    if (bits > (size_t)AXLE_POLY_MAX_BITS)
        return ax_error(AXLE_ERANGE,
                        "%s could need %zu bits of entries, more than the limit "
                        "AXLE_POLY_MAX_BITS = %ld",
                        what, bits, AXLE_POLY_MAX_BITS);
    return AXLE_OK;
}

void ax_map_chop(axle_matrix *P, const axle_matrix *A, const axle_matrix *B)
{
    size_t k = axle_matrix_cols(A);
    ax_matrix_chop(P, ax_mat_max_abs(A) * ax_mat_max_abs(B) * (double)(k ? k : 1));
}

axle_map *axle_map_ref(const axle_map *T)
{
    axle_map *U = (axle_map *)T;
    if (U)
        atomic_fetch_add(&U->refs, 1);
    return U;
}

void axle_map_unref(const axle_map *T)
{
    axle_map *U = (axle_map *)T;
    if (!U || atomic_fetch_sub(&U->refs, 1) != 1)
        return;
    axle_space_unref(U->V);
    axle_space_unref(U->W);
    axle_matrix_free(U->M);
    free(U);
}

const axle_space *axle_map_domain(const axle_map *T)
{
    return T ? T->V : NULL;
}

const axle_space *axle_map_codomain(const axle_map *T)
{
    return T ? T->W : NULL;
}

axle_field axle_map_field(const axle_map *T)
{
    return T ? T->V->field : AXLE_QQ;
}

axle_status axle_map_is_operator(bool *out, const axle_map *T)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_map(T, "T")))
        return s;
    return axle_space_equal(out, T->V, T->W);
}

/* M has the shape and field of a map V -> W. */
static axle_status check_shape(const axle_space *V, const axle_space *W, const axle_matrix *M,
                               const char *what)
{
    axle_status s;
    if ((s = ax_check_matrix(M, what)))
        return s;
    if (M->field != V->field)
        return ax_error(AXLE_EFIELD, "%s is over %s but the spaces are over %s", what,
                        axle_field_name(M->field), axle_field_name(V->field));
    if (M->rows == W->dim && M->cols == V->dim)
        return AXLE_OK;
    bool cols = M->cols != V->dim;
    char *name = ax_space_name(cols ? V : W);
    s = ax_error(AXLE_EDIM, "%s has %zu %s but the %s %s has dimension %zu", what,
                 cols ? M->cols : M->rows,
                 cols ? ax_plural(M->cols, "column", "columns") : ax_plural(M->rows, "row", "rows"),
                 cols ? "domain" : "codomain", name, cols ? V->dim : W->dim);
    ax_name_free(name);
    return s;
}

axle_status axle_map_from_matrix(axle_map **out, const axle_space *V, const axle_space *W,
                                 const axle_matrix *M)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *C;
    if ((s = ax_map_check_spaces(V, W)) || (s = check_shape(V, W, M, "the matrix M")) ||
        (s = axle_matrix_copy(&C, M)))
        return s;
    return ax_map_new(out, V, W, C);
}

/* The inverse of a basis matrix (a singular one over RR is reported as "not a basis"). */
static axle_status basis_inverse(axle_matrix **out, const axle_matrix *C, const char *what)
{
    axle_status s = axle_matrix_inverse(out, C);
    if (s == AXLE_ESINGULAR)
        s = ax_error(AXLE_EINVAL, "%s is not a basis: its matrix is singular to the tolerance",
                     what);
    return s;
}

/* The map V -> W with M(T) C_beta = Y, i.e. M(T) = Y C_beta^(-1) (the columns of Y are the
 * images of beta_1, ..., beta_n in W's standard coordinates; beta NULL: the standard basis). */
static axle_status from_images_matrix(axle_map **out, const axle_space *V, const axle_space *W,
                                      const axle_vector *const *beta, size_t nb,
                                      const axle_matrix *Y)
{
    axle_matrix *Cb = NULL, *Cbi = NULL, *M = NULL;
    axle_status s;
    if (!(s = ax_map_basis(&Cb, V, beta, nb)) && !(s = basis_inverse(&Cbi, Cb, "beta")) &&
        !(s = axle_matrix_mul(&M, Y, Cbi)))
        s = ax_map_new(out, V, W, M);
    axle_matrix_free(Cb);
    axle_matrix_free(Cbi);
    return s;
}

axle_status axle_map_from_matrix_in(axle_map **out, const axle_space *V,
                                    const axle_vector *const *beta, size_t nb, const axle_space *W,
                                    const axle_vector *const *gamma, size_t ng,
                                    const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_map_check_spaces(V, W)) || (s = check_shape(V, W, A, "the matrix A")))
        return s;
    axle_matrix *Cg = NULL, *Y = NULL;
    /* T(beta_k) = sum_j A_{jk} gamma_j: the images are the columns of C_gamma A */
    if (!(s = ax_map_basis(&Cg, W, gamma, ng)) && !(s = axle_matrix_mul(&Y, Cg, A)))
        s = from_images_matrix(out, V, W, beta, nb, Y);
    axle_matrix_free(Cg);
    axle_matrix_free(Y);
    return s;
}

axle_status axle_map_from_images(axle_map **out, const axle_space *V, const axle_space *W,
                                 const axle_vector *const *beta, const axle_vector *const *images,
                                 size_t n)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_map_check_spaces(V, W)))
        return s;
    if (!images)
        return ax_error(AXLE_EINVAL, "the list of images is NULL");
    if (n != V->dim) {
        char *name = ax_space_name(V);
        s = ax_error(AXLE_EINVAL, "%zu %s given, but the domain %s has dimension %zu", n,
                     ax_plural(n, "image is", "images are"), name, V->dim);
        ax_name_free(name);
        return s;
    }
    axle_matrix *Y = NULL;
    if (!(s = ax_list_matrix_named(&Y, W, images, n, "the codomain W", "images")))
        s = from_images_matrix(out, V, W, beta, n, Y);
    axle_matrix_free(Y);
    return s;
}

/* f(e_j) checked to be a vector of W; its coordinates pasted into column j of M. */
static axle_status callback_column(axle_matrix *M, const axle_space *V, const axle_space *W,
                                   axle_map_callback f, void *user, size_t j)
{
    axle_vector *e = NULL, *r = NULL, *fixed = NULL;
    char *str = NULL, what[160];
    axle_status s;
    if ((s = axle_vector_standard(&e, V, j)) ||
        (s = axle_vector_to_string(&str, e, AXLE_FORMAT_TEXT)))
        goto done;
    snprintf(what, sizeof what, "the callback's value at basis vector %zu (%s)", j, str);
    if ((s = f(&r, e, user))) {
        s = ax_error(s, "the callback failed at basis vector %zu (%s): %s", j, str,
                     axle_strerror(s));
        goto done;
    }
    if (!r) {
        s = ax_error(AXLE_EINVAL, "%s is NULL", what);
        goto done;
    }
    if (!(s = ax_map_vector_in(&fixed, W, r, what)))
        s = ax_mat_paste(M, 0, j, fixed ? fixed->c : r->c);
done:
    axle_vector_unref(e);
    axle_vector_unref(r);
    axle_vector_unref(fixed);
    axle_free(str);
    return s;
}

axle_status axle_map_from_callback(axle_map **out, const axle_space *V, const axle_space *W,
                                   axle_map_callback f, void *user)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_map_check_spaces(V, W)))
        return s;
    if (!f)
        return ax_error(AXLE_EINVAL, "the callback f is NULL");
    axle_matrix *M;
    if ((s = ax_matrix_alloc(&M, V->field, W->dim, V->dim)))
        return s;
    for (size_t j = 0; j < V->dim && !s; j++)
        s = callback_column(M, V, W, f, user, j);
    if (s) {
        axle_matrix_free(M);
        return s;
    }
    return ax_map_new(out, V, W, M);
}
