/* The QQ inner kernels (src/backend.h): exact. QR and Cholesky with orthonormal factors need
 * square roots and are absent (the floor answers AXLE_EUNSUPPORTED). */
#include "backend.h"
#include "exact/exact.h"
#include "qq.h"

const ax_inner_kernels ax_inner_qq = {
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
