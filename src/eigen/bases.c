/* Bases in which a square matrix is simple (include/axle/eigen.h): diagonal, upper triangular
 * (LADR 5C), the Jordan form (LADR 8C). The checks and the 0x0 case here, the spectrum through
 * ax_eigen_spectrum, the basis by the field's kernel (src/backend.h: diagonalize, triangularize,
 * jordan; jordan is NULL on a field where the Jordan form is ill-posed). */
#include "eigen_internal.h"

typedef axle_status (*basis_kernel)(axle_matrix **X, axle_matrix **Y, const axle_matrix *A,
                                    const ax_spectrum *S);

axle_status ax_eigen_outputs_check(axle_matrix **const *outs, const char *const *names, size_t k)
{
    bool any = false;
    for (size_t i = 0; i < k; i++)
        if (outs[i]) {
            *outs[i] = NULL;
            any = true;
        }
    if (any)
        return AXLE_OK;
    if (k == 2)
        return ax_error(AXLE_EINVAL,
                        "output arguments %s and %s are both NULL: ask for at least one", names[0],
                        names[1]);
    return ax_error(AXLE_EINVAL, "output arguments %s … %s are all NULL: ask for at least one",
                    names[0], names[k - 1]);
}

axle_status ax_eigen_outputs_empty(axle_matrix **const *outs, size_t k, axle_field F)
{
    for (size_t i = 0; i < k; i++) {
        axle_status s = outs[i] ? ax_matrix_alloc(outs[i], F, 0, 0) : AXLE_OK;
        if (s) {
            for (size_t j = 0; j < i; j++)
                if (outs[j]) {
                    axle_matrix_free(*outs[j]);
                    *outs[j] = NULL;
                }
            return s;
        }
    }
    return AXLE_OK;
}

/* The common route: checks, the 0x0 answer (0x0 outputs on every field), the kernel's presence
 * (NULL: AXLE_EUNSUPPORTED with the message `unsupported`), the spectrum (when the kernel reads
 * it: spectral), the kernel. */
static axle_status basis(axle_matrix **X, axle_matrix **Y, const axle_matrix *A, const char *x,
                         const char *y, const char *what, basis_kernel kernel,
                         const char *unsupported, bool spectral)
{
    axle_matrix **const outs[2] = {X, Y};
    const char *const names[2] = {x, y};
    axle_status s;
    if ((s = ax_eigen_outputs_check(outs, names, 2)) || (s = ax_check_matrix(A, "A")) ||
        (s = ax_eigen_check_square(A, what)))
        return s;
    if (A->rows == 0)
        return ax_eigen_outputs_empty(outs, 2, A->field);
    if (!kernel)
        return ax_error(AXLE_EUNSUPPORTED, "%s", unsupported);
    ax_spectrum *S = NULL;
    axle_poly *chi = NULL, *mu = NULL;
    if (spectral && (s = ax_eigen_spectrum(&S, &chi, &mu, A)))
        return s;
    s = kernel(X, Y, A, S);
    ax_spectrum_free(S);
    axle_poly_free(chi);
    axle_poly_free(mu);
    return s;
}

axle_status axle_matrix_diagonalize(axle_matrix **P, axle_matrix **D, const axle_matrix *A)
{
    const ax_backend *B = A ? ax_backend_of(A->field) : NULL;
    return basis(P, D, A, "P", "D", "a diagonalizing basis", B ? B->diagonalize : NULL,
                 "no diagonalization kernel for this field", true);
}

axle_status axle_matrix_triangularize(axle_matrix **P, axle_matrix **T, const axle_matrix *A)
{
    const ax_backend *B = A ? ax_backend_of(A->field) : NULL;
    return basis(P, T, A, "P", "T", "an upper-triangular basis", B ? B->triangularize : NULL,
                 "no triangularization kernel for this field",
                 B ? B->triangularize_reads_spectrum : true);
}

axle_status axle_matrix_jordan(axle_matrix **J, axle_matrix **P, const axle_matrix *A)
{
    const ax_backend *B = A ? ax_backend_of(A->field) : NULL;
    return basis(J, P, A, "J", "P", "the Jordan form", B ? B->jordan : NULL,
                 "the Jordan form of a floating-point matrix is ill-posed (a perturbation of "
                 "size eps changes its blocks): compute it over QQ",
                 true);
}
