/* The QQ inner kernels (src/backend.h): exact. QR and Cholesky with orthonormal factors need
 * square roots and are absent (the floor answers AXLE_EUNSUPPORTED). */
#include "backend.h"
#include "exact/exact.h"
#include "qq.h"
#include "qq/inner.h"

const ax_inner_kernels ax_inner_qq = {
    .ldl = ax_qq_ldl,
    .symmetric = ax_qq_symmetric,
    .semidefinite = ax_qq_semidefinite,
    .gram_schmidt = ax_qq_gram_schmidt,
    .lstsq = ax_qq_lstsq,
    .pinv = ax_qq_pinv,
    .qr = NULL,
    .cholesky = NULL,
    .svd = ax_qq_svd,
    .spectral = ax_qq_spectral,
    .sqrt = ax_qq_sqrt,
    .polar = ax_qq_polar,
    .sqrt_string = ax_qq_sqrt_string,
    .sqrt_exact = ax_qq_sqrt_exact,
    .normalize = ax_qq_normalize,
    .unit_scale = ax_qq_unit_scale,
};
