/* The RR inner kernels (src/backend.h): LAPACK (src/rr/inner*.c, declared in inner_rr.h). */
#include "backend.h"
#include "inner_rr.h"

const ax_inner_kernels ax_inner_rr = {
    .ldl = ax_rr_ldl,
    .symmetric = ax_rr_symmetric,
    .semidefinite = ax_rr_semidefinite,
    .gram_schmidt = ax_rr_gram_schmidt,
    .lstsq = ax_rr_lstsq,
    .pinv = ax_rr_pinv,
    .qr = ax_rr_qr,
    .cholesky = ax_rr_cholesky,
    .svd = ax_rr_inner_svd,
    .spectral = ax_rr_spectral,
    .sqrt = ax_rr_sqrt,
    .polar = ax_rr_polar,
    .sqrt_string = ax_rr_sqrt_string,
    .sqrt_exact = NULL,
    .normalize = ax_rr_normalize,
    .unit_scale = ax_rr_unit_scale,
};
