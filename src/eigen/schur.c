/* The complex Schur form (include/axle/eigen.h: axle_matrix_schur_complex): the checks and the
 * 0x0 case here, the form by the field's kernel (src/backend.h: schur_complex, NULL on a field
 * that has no complex arithmetic: QQ, whose triangular bases over Q(λ) are the Jordan chains). */
#include "eigen_internal.h"

axle_status axle_matrix_schur_complex(axle_matrix **Qre, axle_matrix **Qim, axle_matrix **Tre,
                                      axle_matrix **Tim, const axle_matrix *A)
{
    axle_matrix **const outs[4] = {Qre, Qim, Tre, Tim};
    const char *const names[4] = {"Qre", "Qim", "Tre", "Tim"};
    axle_status s;
    if ((s = ax_eigen_outputs_check(outs, names, 4)) || (s = ax_check_matrix(A, "A")) ||
        (s = ax_eigen_check_square(A, "the complex Schur form")))
        return s;
    if (A->rows == 0)
        return ax_eigen_outputs_empty(outs, 4, A->field);
    const ax_backend *B = ax_backend_of(A->field);
    if (!B->schur_complex)
        return ax_error(AXLE_EUNSUPPORTED,
                        "the complex Schur form is computed in floating point (RR): over QQ, "
                        "axle_eigen_jordan_chains gives an exact triangular basis over Q(λ) for "
                        "each eigenvalue λ");
    return B->schur_complex(Qre, Qim, Tre, Tim, A);
}
