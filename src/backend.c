/* The public elimination kernels: validate arguments, answer the zero-size cases (which are the
 * same in every field), then dispatch to the field's backend. */
#include <stdlib.h>

#include "axle/eigen.h"
#include "backend.h"

const ax_backend *ax_backend_of(axle_field F)
{
    return F == AXLE_RR ? &ax_backend_rr : &ax_backend_qq;
}

const ax_poly_kernels *ax_poly_kernels_of(axle_field F)
{
    return ax_backend_of(F)->poly;
}

void ax_matrix_chop(axle_matrix *A, double scale)
{
    ax_backend_of(A->field)->chop(A, scale);
}

size_t ax_matrix_product_bits(const axle_matrix *A, const axle_matrix *B)
{
    return ax_backend_of(A->field)->product_bits(A, B);
}

static bool empty(const axle_matrix *A)
{
    return A->rows == 0 || A->cols == 0;
}

axle_status ax_matrix_colspace(axle_matrix **out, const axle_matrix *A)
{
    *out = NULL;
    if (empty(A))
        return ax_matrix_alloc(out, A->field, A->rows, 0);
    return ax_backend_of(A->field)->colspace(out, A);
}

static axle_status identity(axle_matrix **out, axle_field F, size_t n)
{
    return axle_matrix_identity(out, F, n);
}

axle_status axle_matrix_mul(axle_matrix **out, const axle_matrix *A, const axle_matrix *B)
{
    AX_OUT(out);
    /* the common case in one test (an 8 x 8 product takes 40 ns: three calls to checks were a
     * tenth of it); any failure or empty shape takes the checks below for its message */
    if (A && B && A->field == B->field && A->cols == B->rows && A->rows && B->cols && A->cols)
        return ax_backend_of(A->field)->mul(out, A, B);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_check_matrix(B, "B")) ||
        (s = ax_check_same_field(A, B, "A", "B")))
        return s;
    if (A->cols != B->rows)
        return ax_error(
            AXLE_EDIM, "cannot multiply a %zux%zu matrix by a %zux%zu matrix: %zu %s but %zu %s",
            A->rows, A->cols, B->rows, B->cols, A->cols, ax_plural(A->cols, "column", "columns"),
            B->rows, ax_plural(B->rows, "row", "rows"));
    if (A->rows == 0 || B->cols == 0 || A->cols == 0)
        return ax_matrix_alloc(out, A->field, A->rows, B->cols);
    return ax_backend_of(A->field)->mul(out, A, B);
}

axle_status axle_matrix_rref(axle_matrix **out, size_t *pivots, size_t *rank, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (empty(A)) {
        if ((s = ax_matrix_alloc(out, A->field, A->rows, A->cols)))
            return s;
        if (rank)
            *rank = 0;
        return AXLE_OK;
    }
    size_t r = 0;
    if ((s = ax_backend_of(A->field)->rref(out, pivots, &r, A)))
        return s;
    if (rank)
        *rank = r;
    return AXLE_OK;
}

axle_status axle_matrix_rank(size_t *out, const axle_matrix *A)
{
    axle_status s = ax_check_out(out);
    if (s || (s = ax_check_matrix(A, "A")))
        return s;
    if (empty(A)) {
        *out = 0;
        return AXLE_OK;
    }
    return ax_backend_of(A->field)->rank(out, A);
}

axle_status axle_matrix_null(axle_matrix **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (empty(A))
        return identity(out, A->field, A->cols);
    return ax_backend_of(A->field)->null(out, A);
}

/* Solve when A has no columns: the unique solution is the empty 0 x k matrix if B = 0. */
static axle_status solve_no_unknowns(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                                     const axle_matrix *B)
{
    axle_matrix *Z;
    axle_status s = ax_matrix_alloc(&Z, A->field, A->rows, B->cols);
    if (s)
        return s;
    bool zero = axle_matrix_equal(Z, B);
    axle_matrix_free(Z);
    if (!zero)
        return ax_error(AXLE_ENOSOLUTION,
                        "the system is inconsistent: there are no unknowns but the right-hand "
                        "side is not zero");
    if ((s = ax_matrix_alloc(x, A->field, 0, B->cols)))
        return s;
    if (null && (s = ax_matrix_alloc(null, A->field, 0, 0))) {
        axle_matrix_free(*x);
        *x = NULL;
    }
    return s;
}

axle_status axle_matrix_solve(axle_matrix **x, axle_matrix **null, const axle_matrix *A,
                              const axle_matrix *B)
{
    if (null)
        *null = NULL;
    AX_OUT(x);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = ax_check_matrix(B, "B")) ||
        (s = ax_check_same_field(A, B, "the matrix", "the right-hand side")))
        return s;
    if (A->rows != B->rows)
        return ax_error(AXLE_EDIM, "the matrix has %zu %s but the right-hand side has %zu", A->rows,
                        ax_plural(A->rows, "row", "rows"), B->rows);
    if (A->cols == 0)
        return solve_no_unknowns(x, null, A, B);
    if (A->rows == 0 || B->cols == 0) {
        /* Every x solves it (no equations) or there is nothing to solve for: X = 0. */
        if ((s = ax_matrix_alloc(x, A->field, A->cols, B->cols)))
            return s;
        if (null && (s = axle_matrix_null(null, A))) {
            axle_matrix_free(*x);
            *x = NULL;
        }
        return s;
    }
    return ax_backend_of(A->field)->solve(x, null, A, B);
}

static axle_status check_square(const axle_matrix *A, const char *op)
{
    if (A->rows != A->cols)
        return ax_error(AXLE_EDIM, "%s needs a square matrix, got %zux%zu", op, A->rows, A->cols);
    return AXLE_OK;
}

axle_status axle_matrix_inverse(axle_matrix **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = check_square(A, "the inverse")))
        return s;
    if (A->rows == 0)
        return ax_matrix_alloc(out, A->field, 0, 0);
    return ax_backend_of(A->field)->inverse(out, A);
}

axle_status axle_matrix_det(axle_scalar **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")) || (s = check_square(A, "the determinant")))
        return s;
    if (A->rows == 0)
        return axle_scalar_from_int(out, A->field, 1);
    return ax_backend_of(A->field)->det(out, A);
}

axle_status ax_matrix_charpoly(axle_poly **out, const axle_matrix *A)
{
    *out = NULL;
    axle_status s;
    if ((s = check_square(A, "the characteristic polynomial")))
        return s;
    if (A->rows > AXLE_EIGEN_MAX_DIM)
        return ax_error(AXLE_ERANGE,
                        "the characteristic polynomial of a %zux%zu matrix is refused: n is above "
                        "the limit AXLE_EIGEN_MAX_DIM = %d",
                        A->rows, A->cols, AXLE_EIGEN_MAX_DIM);
    if (A->rows == 0) {
        axle_scalar *one;
        if ((s = axle_scalar_from_int(&one, A->field, 1)))
            return s;
        s = axle_poly_constant(out, one);
        axle_scalar_free(one);
        return s;
    }
    return ax_backend_of(A->field)->charpoly(out, A);
}

void ax_poly_factor_list_clear(ax_poly_factor_list *L)
{
    axle_scalar_free(L->unit);
    for (size_t i = 0; i < L->n; i++)
        axle_poly_free(L->f[i]);
    free(L->f);
    free(L->mult);
    *L = (ax_poly_factor_list){0};
}

void ax_svals_free(ax_svals *S)
{
    if (!S)
        return;
    if (S->ops && S->ops->free)
        S->ops->free(S->data);
    free(S->approx);
    free(S->mult);
    axle_matrix_free(S->U);
    axle_matrix_free(S->Sigma);
    axle_matrix_free(S->Vt);
    free(S);
}

axle_status ax_inner_dependent_error(size_t j)
{
    if (j == 0)
        return ax_error(AXLE_EDOMAIN, "v_1 is the zero vector: the list is linearly dependent");
    if (j <= 3)
        return ax_error(AXLE_EDOMAIN, "v_%zu is in span(v_1%s%s): the list is linearly dependent",
                        j + 1, j >= 2 ? ", v_2" : "", j >= 3 ? ", v_3" : "");
    return ax_error(AXLE_EDOMAIN,
                    "v_%zu is in span(v_1, ..., v_%zu): the list is linearly dependent", j + 1, j);
}

void ax_spectrum_free(ax_spectrum *S)
{
    if (!S)
        return;
    if (S->ops && S->ops->free)
        S->ops->free(S->data);
    for (size_t k = 0; S->vals && k < S->count; k++)
        free(S->vals[k].blocks);
    free(S->vals);
    axle_poly_free(S->mu);
    free(S);
}
