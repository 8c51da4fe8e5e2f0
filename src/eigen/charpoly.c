/* The characteristic polynomial of a square matrix or an operator: the checks, then the backend's
 * spectral kernel (QQ multimodular, RR Hessenberg; src/backend.c answers the 0x0 case). */
#include "eigen_internal.h"

axle_status ax_eigen_operator_matrix(const axle_matrix **M, const axle_map *T, const char *what)
{
    *M = NULL;
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    bool same;
    if ((s = axle_space_equal(&same, T->V, T->W)))
        return s;
    if (!same) {
        char *a = ax_space_name(T->V), *b = ax_space_name(T->W);
        s = ax_error(AXLE_EDIM, "%s needs an operator, but T maps %s to %s", what, a, b);
        ax_name_free(a);
        ax_name_free(b);
        return s;
    }
    *M = T->M;
    return AXLE_OK;
}

axle_status axle_matrix_charpoly(axle_poly **out, const axle_matrix *A)
{
    AX_OUT(out);
    axle_status s = ax_check_matrix(A, "A");
    return s ? s : ax_matrix_charpoly(out, A);
}

axle_status axle_map_charpoly(axle_poly **out, const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    axle_status s = ax_eigen_operator_matrix(&M, T, "the characteristic polynomial");
    return s ? s : ax_matrix_charpoly(out, M);
}
