#include "helpers.h"

#include <criterion/criterion.h>
#include <math.h>

axle_matrix *km_doubles(axle_field F, size_t rows, size_t cols, const double *v)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_doubles(&A, F, rows, cols, v));
    return A;
}

void km_assert_product(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C, double tol,
                       const char *what)
{
    if (axle_matrix_field(A) == AXLE_QQ) {
        axle_matrix *P = ts_mul(A, B);
        cr_assert(axle_matrix_equal(P, C), "%s (QQ, exact)", what);
        axle_matrix_free(P);
    } else {
        double d = ts_defect(A, B, C);
        cr_assert_leq(d, tol, "%s (RR): defect %g > %g", what, d, tol);
    }
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
