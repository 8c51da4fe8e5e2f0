/* RR rank and null space from the singular value decomposition (dgesdd, O(m n min(m, n))):
 * the rank counts singular values above tol * sigma_max, tol = axle_rr_effective_tolerance(m, n);
 * the null space is spanned by the right singular vectors beyond the rank (orthonormal). */
#include "rr.h"

axle_status ax_rr_rank(size_t *out, const axle_matrix *A)
{
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, false);
    if (s)
        return s;
    *out = svd.rank;
    ax_rr_svd_free(&svd);
    return AXLE_OK;
}

axle_status ax_rr_null(axle_matrix **out, const axle_matrix *A)
{
    *out = NULL;
    ax_rr_svd svd;
    axle_status s = ax_rr_svd_compute(&svd, A, true);
    if (s)
        return s;
    s = ax_rr_null_from_svd(out, &svd);
    ax_rr_svd_free(&svd);
    return s;
}
