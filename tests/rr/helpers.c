#include "helpers.h"

#include <criterion/criterion.h>
#include <math.h>

axle_matrix *rr_doubles(size_t rows, size_t cols, const double *v)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_doubles(&A, AXLE_RR, rows, cols, v));
    return A;
}

axle_matrix *rr_from_qq(const axle_matrix *A)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_convert(&C, A, AXLE_RR));
    return C;
}

double rr_get(const axle_matrix *A, size_t i, size_t j)
{
    double x = NAN;
    TS_OK(axle_matrix_get_double(&x, A, i, j));
    return x;
}

double rr_det(const axle_matrix *A)
{
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    double x = axle_scalar_to_double(d);
    axle_scalar_free(d);
    return x;
}
