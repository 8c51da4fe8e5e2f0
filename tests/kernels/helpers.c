#include "helpers.h"

#include <criterion/criterion.h>
#include <math.h>

axle_matrix *km_mul(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_mul(&C, A, B));
    return C;
}

axle_matrix *km_sub(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_sub(&C, A, B));
    return C;
}

axle_matrix *km_transpose(const axle_matrix *A)
{
    axle_matrix *T = NULL;
    TS_OK(axle_matrix_transpose(&T, A));
    return T;
}

axle_matrix *km_zero(axle_field F, size_t rows, size_t cols)
{
    axle_matrix *Z = NULL;
    TS_OK(axle_matrix_new(&Z, F, rows, cols));
    return Z;
}

axle_matrix *km_identity(axle_field F, size_t n)
{
    axle_matrix *I = NULL;
    TS_OK(axle_matrix_identity(&I, F, n));
    return I;
}

axle_matrix *km_copy(const axle_matrix *A)
{
    axle_matrix *B = NULL;
    TS_OK(axle_matrix_copy(&B, A));
    return B;
}

axle_matrix *km_doubles(axle_field F, size_t rows, size_t cols, const double *v)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_doubles(&A, F, rows, cols, v));
    return A;
}

double km_frob(const axle_matrix *A)
{
    double s = 0, x = 0;
    for (size_t i = 0; i < axle_matrix_rows(A); i++)
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            TS_OK(axle_matrix_get_double(&x, A, i, j));
            s += x * x;
        }
    return sqrt(s);
}

void km_assert_product(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C, double tol,
                       const char *what)
{
    axle_matrix *P = km_mul(A, B);
    if (axle_matrix_field(A) == AXLE_QQ) {
        cr_assert(axle_matrix_equal(P, C), "%s (QQ, exact)", what);
    } else {
        axle_matrix *D = km_sub(P, C);
        double scale = fmax(1.0, km_frob(A) * km_frob(B) + km_frob(C)), err = km_frob(D);
        cr_assert_leq(err, tol * scale, "%s (RR): defect %g > %g", what, err / scale, tol);
        axle_matrix_free(D);
    }
    axle_matrix_free(P);
}

void km_assert_close(const axle_matrix *A, const axle_matrix *B, double tol, const char *what)
{
    cr_assert(ts_close(A, B, tol), "%s (%s)", what, axle_field_name(axle_matrix_field(A)));
}

axle_scalar *km_det(const axle_matrix *A)
{
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    cr_assert_eq(axle_scalar_field(d), axle_matrix_field(A));
    return d;
}

void km_assert_scalar(const axle_scalar *x, const axle_scalar *y, double tol, double scale,
                      const char *what)
{
    if (axle_scalar_field(x) == AXLE_QQ) {
        cr_assert(axle_scalar_equal(x, y), "%s (QQ, exact): %g != %g", what,
                  axle_scalar_to_double(x), axle_scalar_to_double(y));
        return;
    }
    double a = axle_scalar_to_double(x), b = axle_scalar_to_double(y);
    cr_assert_leq(fabs(a - b), tol * scale, "%s (RR): %.17g != %.17g", what, a, b);
}

axle_scalar *km_frac(axle_field F, long num, long den)
{
    axle_scalar *x = NULL;
    TS_OK(axle_scalar_from_frac(&x, F, num, den));
    return x;
}
