/* Evaluating an inner product (LADR 6A–6B): <u, v> = u^T G v on standard coordinates, norms
 * (squared exactly; as a string, a double or an exact algebraic number through the field's square
 * root kernels) and orthogonality, decided without a field branch: the value goes through the
 * backend's chop (exact fields leave it alone, RR zeroes what is rounding noise relative to the
 * norms involved) and is then tested for zero. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "inner/inner_internal.h"

axle_status ax_inner_form(axle_matrix **out, const axle_inner *ip, const axle_matrix *X,
                          const axle_matrix *Y)
{
    *out = NULL;
    axle_matrix *Xt = NULL, *GY = NULL;
    axle_status s = axle_matrix_transpose(&Xt, X);
    if (!s)
        s = ip->standard                           ? axle_matrix_mul(out, Xt, Y)
            : (s = axle_matrix_mul(&GY, ip->G, Y)) ? s
                                                   : axle_matrix_mul(out, Xt, GY);
    axle_matrix_free(Xt);
    axle_matrix_free(GY);
    return s;
}

axle_status ax_inner_negligible(bool *out, const axle_scalar *x, double scale, size_t dim)
{
    axle_matrix *A = NULL;
    axle_status s = axle_matrix_new(&A, axle_scalar_field(x), dim ? dim : 1, 2);
    if (!s && !(s = axle_matrix_set(A, 0, 0, x))) {
        ax_matrix_chop(A, scale);
        *out = ax_inner_exactly_zero(A); /* not |x| as a double: 10^-400 is not 0 over QQ */
    }
    axle_matrix_free(A);
    return s;
}

/* <X, Y> for the single columns X and Y, as a new scalar. */
static axle_status form_scalar(axle_scalar **out, const axle_inner *ip, const axle_matrix *X,
                               const axle_matrix *Y)
{
    axle_matrix *P = NULL;
    axle_status s = ax_inner_form(&P, ip, X, Y);
    if (!s)
        s = axle_matrix_get(out, P, 0, 0);
    axle_matrix_free(P);
    return s;
}

axle_status axle_inner_apply(axle_scalar **out, const axle_inner *ip, const axle_vector *u,
                             const axle_vector *v)
{
    AX_OUT(out);
    const char *what = "the inner product <u, v>";
    axle_matrix *x = NULL, *y = NULL;
    axle_status s = ax_inner_vector_coords(&x, ip, u, "u", what);
    if (!s)
        s = ax_inner_vector_coords(&y, ip, v, "v", what);
    if (!s)
        s = form_scalar(out, ip, x, y);
    axle_matrix_free(x);
    axle_matrix_free(y);
    return s;
}

axle_status axle_inner_norm_squared(axle_scalar **out, const axle_inner *ip, const axle_vector *v)
{
    AX_OUT(out);
    axle_matrix *x = NULL;
    axle_status s = ax_inner_vector_coords(&x, ip, v, "v", "the norm of v");
    if (!s)
        s = form_scalar(out, ip, x, x);
    axle_matrix_free(x);
    return s;
}

axle_status axle_inner_norm_string(char **out, const axle_inner *ip, const axle_vector *v,
                                   axle_format fmt)
{
    AX_OUT(out);
    axle_scalar *r = NULL;
    axle_status s = axle_inner_norm_squared(&r, ip, v);
    if (s)
        return s;
    s = ax_inner_kernels_of(ip->V->field)->sqrt_string(out, r, fmt);
    axle_scalar_free(r);
    return s;
}

axle_status axle_inner_norm_double(double *out, const axle_inner *ip, const axle_vector *v)
{
    axle_status s;
    if ((s = ax_check_out(out)))
        return s;
    axle_scalar *r = NULL;
    if ((s = axle_inner_norm_squared(&r, ip, v)))
        return s;
    double d = ax_inner_ratio_sqrt(r, r); /* √r = r/√r, also when r is beyond double's range */
    axle_scalar_free(r);
    if (!isfinite(d))
        return ax_error(AXLE_ERANGE, "the norm of v is beyond the range of a double");
    *out = d;
    return AXLE_OK;
}

axle_status axle_inner_norm(axle_algebraic **out, const axle_inner *ip, const axle_vector *v)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_inner_check(ip, "the norm of v")))
        return s;
    const ax_inner_kernels *K = ax_inner_kernels_of(ip->V->field);
    if (!K->sqrt_exact)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the norm as an exact algebraic number needs QQ, not %s: use "
                        "axle_inner_norm_string or axle_inner_norm_double",
                        axle_field_name(ip->V->field));
    axle_scalar *r = NULL;
    if ((s = axle_inner_norm_squared(&r, ip, v)))
        return s;
    s = K->sqrt_exact(out, r);
    axle_scalar_free(r);
    return s;
}

/* The rounding-noise scale of each vector of a list for the decisions below: w_i =
 * √max(<x_i, x_i>, max|G| x_i^T x_i). Computing <x_i, x_j> = x_i^T G x_j in doubles errs by
 * about eps |x_i|^T |G| |x_j| <= eps n max|G| ‖x_i‖_2 ‖x_j‖_2, which for an ill-conditioned G
 * exceeds eps ‖x_i‖ ‖x_j‖ in ip's norm; for G = I both are the same. C = [<x_i, x_j>] (k x k). */
static axle_status noise_scales(double **w, const axle_inner *ip, const axle_matrix *X,
                                const axle_matrix *C)
{
    size_t k = axle_matrix_cols(X);
    double g = ip->G ? ax_mat_max_abs(ip->G) : 1.0; /* G NULL: the identity */
    axle_matrix *Xt = NULL, *S = NULL;
    *w = ax_calloc(k ? k : 1, sizeof **w);
    axle_status s = *w ? AXLE_OK : ax_nomem();
    if (!s)
        s = axle_matrix_transpose(&Xt, X);
    if (!s)
        s = axle_matrix_mul(&S, Xt, X);
    for (size_t i = 0; !s && i < k; i++) {
        double c, e;
        if (!(s = axle_matrix_get_double(&c, C, i, i)) &&
            !(s = axle_matrix_get_double(&e, S, i, i)))
            (*w)[i] = sqrt(fmax(fabs(c), g * fabs(e)));
    }
    axle_matrix_free(Xt);
    axle_matrix_free(S);
    if (s) {
        free(*w);
        *w = NULL;
    }
    return s;
}

/* Whether C_ij is zero relative to w_i w_j. */
static axle_status pair_orthogonal(bool *out, const axle_matrix *C, size_t i, size_t j,
                                   const double *w, size_t dim)
{
    axle_scalar *c = NULL;
    axle_status s = axle_matrix_get(&c, C, i, j);
    if (!s)
        s = ax_inner_negligible(out, c, w[i] * w[j], dim);
    axle_scalar_free(c);
    return s;
}

/* Whether C_ii = 1 (over RR within the tolerance relative to w_i²). */
static axle_status unit_norm(bool *out, const axle_matrix *C, size_t i, const double *w, size_t dim)
{
    axle_scalar *c = NULL, *one = NULL, *d = NULL;
    axle_status s = axle_matrix_get(&c, C, i, i);
    if (!s && !(s = axle_scalar_from_int(&one, axle_matrix_field(C), 1)) &&
        !(s = axle_scalar_sub(&d, c, one)))
        s = ax_inner_negligible(out, d, w[i] * w[i], dim);
    axle_scalar_free(c);
    axle_scalar_free(one);
    axle_scalar_free(d);
    return s;
}

axle_status axle_inner_is_orthogonal(bool *out, const axle_inner *ip, const axle_vector *u,
                                     const axle_vector *v)
{
    const char *what = "orthogonality";
    axle_status s;
    if ((s = ax_check_out(out)))
        return s;
    axle_matrix *x = NULL, *y = NULL, *X = NULL, *C = NULL;
    double *w = NULL;
    bool r = false;
    if (!(s = ax_inner_vector_coords(&x, ip, u, "u", what)) &&
        !(s = ax_inner_vector_coords(&y, ip, v, "v", what)) && !(s = ax_mat_hcat(&X, x, y)) &&
        !(s = ax_inner_form(&C, ip, X, X)) && !(s = noise_scales(&w, ip, X, C)) &&
        !(s = pair_orthogonal(&r, C, 0, 1, w, ip->V->dim)))
        *out = r;
    free(w);
    axle_matrix_free(x);
    axle_matrix_free(y);
    axle_matrix_free(X);
    axle_matrix_free(C);
    return s;
}

axle_status axle_inner_is_orthogonal_list(bool *out, const axle_inner *ip,
                                          const axle_vector *const *v, size_t k, bool normal)
{
    const char *what = "orthogonality of a list";
    axle_status s;
    if ((s = ax_check_out(out)))
        return s;
    axle_matrix *X = NULL, *C = NULL;
    double *w = NULL;
    bool r = true;
    if (!(s = ax_inner_list_coords(&X, ip, v, k, what)) && !(s = ax_inner_form(&C, ip, X, X)))
        s = noise_scales(&w, ip, X, C);
    for (size_t i = 0; !s && r && i < k; i++) {
        if (normal)
            s = unit_norm(&r, C, i, w, ip->V->dim);
        for (size_t j = i + 1; !s && r && j < k; j++)
            s = pair_orthogonal(&r, C, i, j, w, ip->V->dim);
    }
    free(w);
    axle_matrix_free(X);
    axle_matrix_free(C);
    if (!s)
        *out = r;
    return s;
}
