/* The adjoint (LADR 7.2): T* : W -> V with <T v, w>_W = <v, T* w>_V. In standard coordinates
 * <T v, w> = v^T M^T GW w and <v, T* w> = v^T GV M(T*) w, so M(T*) = GV^{-1} M^T GW: the
 * transpose for standard inner products, otherwise one product and one solve (GV is positive
 * definite): ax_inner_adjoint_matrix (inner.c). Exact over QQ. */
#include "inner_internal.h"

axle_status axle_map_adjoint(axle_map **out, const axle_inner *ipV, const axle_inner *ipW,
                             const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s = ax_inner_map_matrix(&M, ipV, ipW, T, "the adjoint");
    if (s)
        return s;
    axle_matrix *A = NULL;
    if ((s = ax_inner_adjoint_matrix(&A, M, ax_inner_kernel_gram(ipV), ax_inner_kernel_gram(ipW))))
        return s;
    return ax_map_new(out, T->W, T->V, A);
}
