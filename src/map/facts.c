/* Facts about a map (LADR 3B, 3C, 3F, 8D, 10B): T(v), M(T) in any bases, null T and range T,
 * rank and nullity, injectivity and surjectivity, solving T v = w (with a certificate when w is
 * not in range T), equality, printing, and the trace and determinant of an operator. */

#include "map/map_internal.h"

axle_status axle_map_apply(axle_vector **out, const axle_map *T, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *c;
    if ((s = ax_check_map(T, "T")))
        return s;
    if (!v)
        return ax_error(AXLE_EINVAL, "v is NULL; a vector is required");
    if ((s = ax_check_in(T->V, v->space, "v")) || (s = axle_matrix_mul(&c, T->M, v->c)))
        return s;
    ax_map_chop(c, T->M, v->c);
    return ax_vector_new(out, T->W, c);
}

axle_status axle_map_matrix(axle_matrix **out, const axle_map *T, const axle_vector *const *beta,
                            size_t nb, const axle_vector *const *gamma, size_t ng)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    axle_matrix *Cb = NULL, *Cg = NULL, *X = NULL;
    /* C_gamma A = M(T) C_beta: the columns of A are the gamma-coordinates of T(beta_k). A standard
     * basis (NULL) costs nothing: no product for beta, no solve for gamma. */
    if (!beta)
        s = axle_matrix_copy(&X, T->M);
    else if (!(s = ax_map_basis(&Cb, T->V, beta, nb)))
        s = axle_matrix_mul(&X, T->M, Cb);
    if (!s && !gamma) {
        *out = X;
        X = NULL;
    } else if (!s && !(s = ax_map_basis(&Cg, T->W, gamma, ng)) &&
               (s = axle_matrix_solve(out, NULL, Cg, X)) == AXLE_ENOSOLUTION)
        s = ax_error(AXLE_EINVAL, "gamma is not a basis: its matrix is singular to the tolerance");
    axle_matrix_free(Cb);
    axle_matrix_free(Cg);
    axle_matrix_free(X);
    return s;
}

axle_status axle_map_null(axle_space **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s = ax_check_map(T, "T");
    return s ? s : axle_space_equations_coords(out, T->V, T->M);
}

axle_status axle_map_range(axle_space **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s = ax_check_map(T, "T");
    return s ? s : axle_space_span_coords(out, T->W, T->M);
}

axle_status axle_map_rank(size_t *out, const axle_map *T)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_map(T, "T")))
        return s;
    return axle_matrix_rank(out, T->M);
}

axle_status axle_map_nullity(size_t *out, const axle_map *T)
{
    size_t r;
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_map(T, "T")) || (s = axle_matrix_rank(&r, T->M)))
        return s;
    *out = T->V->dim - r;
    return AXLE_OK;
}

/* *out = whether rank T reaches dim V (injective) and/or dim W (surjective). */
static axle_status full_rank(bool *out, const axle_map *T, bool in, bool onto)
{
    size_t r;
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_map(T, "T")) || (s = axle_matrix_rank(&r, T->M)))
        return s;
    *out = (!in || r == T->V->dim) && (!onto || r == T->W->dim);
    return AXLE_OK;
}

axle_status axle_map_is_injective(bool *out, const axle_map *T)
{
    return full_rank(out, T, true, false);
}

axle_status axle_map_is_surjective(bool *out, const axle_map *T)
{
    return full_rank(out, T, false, true);
}

axle_status axle_map_is_invertible(bool *out, const axle_map *T)
{
    return full_rank(out, T, true, true);
}

/* A functional phi on W with phi(range T) = 0 and phi(w) != 0: the left null vector of M(T) with
 * the largest |phi(w)|; *out stays NULL if every one vanishes on w (RR's decisions disagreeing).
 * The values are compared exactly (mpq: a double of an RR entry is exact), so a QQ value below
 * the range of double still counts as nonzero. */
static axle_status certificate_of(axle_vector **out, const axle_map *T, const axle_vector *w)
{
    axle_matrix *Mt = NULL, *L = NULL, *Lt = NULL, *vals = NULL, *col = NULL;
    axle_space *D = NULL;
    axle_status s;
    size_t best = 0;
    mpq_t x, top;
    mpq_inits(x, top, NULL);
    if ((s = axle_matrix_transpose(&Mt, T->M)) || (s = axle_matrix_null(&L, Mt)) ||
        (s = axle_matrix_transpose(&Lt, L)) || (s = axle_matrix_mul(&vals, Lt, w->c)))
        goto done;
    for (size_t j = 0; j < L->cols && !s; j++) {
        if (!(s = axle_matrix_get_mpq(x, vals, j, 0))) {
            mpq_abs(x, x);
            if (mpq_cmp(x, top) > 0) {
                mpq_swap(x, top);
                best = j + 1;
            }
        }
    }
    if (!s && best && !(s = axle_space_dual(&D, T->W)) && !(s = ax_mat_cols(&col, L, best - 1, 1)))
        s = ax_vector_new(out, D, col);
done:
    mpq_clears(x, top, NULL);
    axle_matrix_free(Mt);
    axle_matrix_free(L);
    axle_matrix_free(Lt);
    axle_matrix_free(vals);
    axle_space_unref(D);
    return s;
}

axle_status axle_map_solve(axle_vector **v, axle_space **null, axle_vector **certificate,
                           const axle_map *T, const axle_vector *w)
{
    if (null)
        *null = NULL;
    if (certificate)
        *certificate = NULL;
    AX_OUT(v);
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    if (!w)
        return ax_error(AXLE_EINVAL, "w is NULL; a vector is required");
    axle_matrix *x = NULL;
    if ((s = ax_check_in(T->W, w->space, "w")))
        return s;
    if ((s = axle_matrix_solve(&x, NULL, T->M, w->c)) == AXLE_ENOSOLUTION) {
        if (certificate && (s = certificate_of(certificate, T, w)))
            return s;
        return ax_error(AXLE_ENOSOLUTION, "w is not in range T: T v = w has no solution");
    }
    if (s || (s = ax_vector_new(v, T->V, x)))
        return s;
    if (null && (s = axle_map_null(null, T))) {
        axle_vector_unref(*v);
        *v = NULL;
    }
    return s;
}

axle_status axle_map_equal(bool *out, const axle_map *S, const axle_map *T)
{
    axle_status s = ax_check_out(out);
    bool dom, cod;
    if (s || (s = ax_check_map(S, "S")) || (s = ax_check_map(T, "T")))
        return s;
    if ((s = axle_space_equal(&dom, S->V, T->V)) || (s = axle_space_equal(&cod, S->W, T->W)))
        return s;
    if (!dom || !cod) {
        *out = false;
        return AXLE_OK;
    }
    axle_vector *a = NULL, *b = NULL;
    if (!(s = axle_map_to_vector(&a, S)) && !(s = axle_map_to_vector(&b, T)))
        s = axle_vector_equal(out, a, b);
    axle_vector_unref(a);
    axle_vector_unref(b);
    return s;
}

axle_status axle_map_to_string(char **out, const axle_map *T, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    if (fmt < AXLE_FORMAT_TEXT || fmt > AXLE_FORMAT_JSON)
        return ax_error(AXLE_EINVAL, "invalid output format %d", (int)fmt);
    char *m;
    if ((s = axle_matrix_to_string(&m, T->M, fmt)))
        return s;
    ax_buf b = {0};
    bool json = fmt == AXLE_FORMAT_JSON;
    if (json)
        ax_buf_printf(&b, "{\"field\":\"%s\",\"domain\":\"", axle_field_name(T->V->field));
    ax_space_name_to(&b, T->V, fmt);
    ax_buf_puts(&b, json                         ? "\",\"codomain\":\""
                    : fmt == AXLE_FORMAT_UNICODE ? " \u2192 "
                    : fmt == AXLE_FORMAT_LATEX   ? " \\to "
                                                 : " -> ");
    ax_space_name_to(&b, T->W, fmt);
    ax_buf_puts(&b, json                         ? "\",\"matrix\":"
                    : fmt == AXLE_FORMAT_UNICODE ? ", \u2133(T) =\n"
                    : fmt == AXLE_FORMAT_LATEX   ? ", \\mathcal{M}(T) = "
                                                 : ", M(T) = ");
    ax_buf_puts(&b, m);
    if (json)
        ax_buf_puts(&b, "}");
    axle_free(m);
    return ax_buf_finish(&b, out);
}

/* The square matrix M(T) of an operator T, borrowed, for the basis-free invariants. */
static axle_status operator_matrix(const axle_matrix **M, const axle_map *T)
{
    axle_status s;
    if ((s = ax_check_map(T, "T")) || (s = ax_map_check_operator(T, "T")))
        return s;
    *M = T->M;
    return AXLE_OK;
}

axle_status axle_map_trace(axle_scalar **out, const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s = operator_matrix(&M, T);
    return s ? s : axle_matrix_trace(out, M);
}

axle_status axle_map_det(axle_scalar **out, const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s = operator_matrix(&M, T);
    return s ? s : axle_matrix_det(out, M);
}
