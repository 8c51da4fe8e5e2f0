/* The RR inner kernels (src/backend.h): LAPACK. */
#include "backend.h"
#include "rr.h"

const ax_inner_kernels ax_inner_rr = {
    .ldl = NULL,
    .symmetric = NULL,
    .semidefinite = NULL,
    .gram_schmidt = NULL,
    .lstsq = NULL,
    .pinv = NULL,
    .qr = NULL,
    .cholesky = NULL,
    .svd = NULL,
    .spectral = NULL,
    .sqrt = NULL,
    .polar = NULL,
    .sqrt_string = NULL,
    .sqrt_exact = NULL,
    .normalize = NULL,
    .unit_scale = NULL,
};
