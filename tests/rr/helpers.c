#include "helpers.h"

#include <criterion/criterion.h>
#include <math.h>

axle_matrix *rr_hilbert(axle_field F, size_t n)
{
    axle_matrix *H = NULL;
    TS_OK(axle_matrix_new(&H, F, n, n));
    for (size_t i = 0; i < n; i++)
        for (size_t j = 0; j < n; j++)
            TS_OK(axle_matrix_set_frac(H, i, j, 1, (long)(i + j + 1)));
    return H;
}

axle_matrix *rr_doubles(size_t rows, size_t cols, const double *v)
{
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_doubles(&A, AXLE_RR, rows, cols, v));
    return A;
}

axle_matrix *rr_mul(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_mul(&C, A, B));
    return C;
}

axle_matrix *rr_sub(const axle_matrix *A, const axle_matrix *B)
{
    axle_matrix *C = NULL;
    TS_OK(axle_matrix_sub(&C, A, B));
    return C;
}

axle_matrix *rr_transpose(const axle_matrix *A)
{
    axle_matrix *T = NULL;
    TS_OK(axle_matrix_transpose(&T, A));
    return T;
}

axle_matrix *rr_eye(size_t n)
{
    axle_matrix *I = NULL;
    TS_OK(axle_matrix_identity(&I, AXLE_RR, n));
    return I;
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

double rr_frob(const axle_matrix *A)
{
    double s = 0;
    for (size_t i = 0; i < axle_matrix_rows(A); i++)
        for (size_t j = 0; j < axle_matrix_cols(A); j++) {
            double x = rr_get(A, i, j);
            s += x * x;
        }
    return sqrt(s);
}

double rr_defect(const axle_matrix *A, const axle_matrix *B, const axle_matrix *C)
{
    axle_matrix *AB = rr_mul(A, B);
    axle_matrix *D = rr_sub(AB, C);
    double d = rr_frob(D) / fmax(1.0, rr_frob(A) * rr_frob(B) + rr_frob(C));
    axle_matrix_free(AB);
    axle_matrix_free(D);
    return d;
}

double rr_det(const axle_matrix *A)
{
    axle_scalar *d = NULL;
    TS_OK(axle_matrix_det(&d, A));
    double x = axle_scalar_to_double(d);
    axle_scalar_free(d);
    return x;
}
