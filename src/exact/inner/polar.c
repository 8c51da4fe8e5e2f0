/* The exact polar decomposition (QQ, LADR 7.45): A = S P with P = √(T*T) (sqrt.c on
 * M(T*T) = G^{-1} A^T G A) and S = A P^{-1}, for an invertible A only (otherwise S is not
 * unique). S^T G S = G (S an isometry) and S P = A are verified before they are returned. */
#include "exact/exact.h"
#include "exact/inner/qi_impl.h"

/* S^T G S = G and S P = A, exactly. */
static axle_status verify(const axle_matrix *S, const axle_matrix *P, const axle_matrix *A,
                          const axle_matrix *G)
{
    axle_matrix *F = NULL, *I = NULL, *SP = NULL;
    axle_status s = ax_qi_form(&F, S, G, S);
    if (!G)
        AX_STEP(s, axle_matrix_identity(&I, AXLE_QQ, A->rows));
    AX_STEP(s, axle_matrix_mul(&SP, S, P));
    if (!s && !axle_matrix_equal(F, G ? G : I))
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact polar decomposition's S is not an isometry (S^T G S != G)");
    if (!s && !axle_matrix_equal(SP, A))
        s = ax_error(AXLE_EUNCERTIFIED, "the exact polar decomposition failed S √(T*T) = T");
    axle_matrix_free(F);
    axle_matrix_free(I);
    axle_matrix_free(SP);
    return s;
}

axle_status ax_qq_polar(axle_matrix **S, axle_matrix **P, const axle_matrix *A,
                        const axle_matrix *G)
{
    if (S)
        *S = NULL;
    if (P)
        *P = NULL;
    if (!S && !P)
        return ax_error(AXLE_EINVAL, "the polar decomposition needs an output (S or P)");
    size_t n = A->rows, rank = 0;
    axle_status s = axle_matrix_rank(&rank, A);
    if (!s && rank < n)
        return ax_error(AXLE_EDOMAIN,
                        "T is not invertible (rank %zu of %zu): the isometry S of its polar "
                        "decomposition T = S √(T*T) is not unique",
                        rank, n);
    axle_matrix *N = NULL, *Pm = NULL, *Pi = NULL, *Sm = NULL;
    AX_STEP(s, ax_qi_gram_product(&N, A, G, G));
    AX_STEP(s, ax_qi_sqrt(&Pm, N, G, "T*T"));
    if (!s && (s = axle_matrix_inverse(&Pi, Pm)) == AXLE_ESINGULAR)
        s = ax_error(AXLE_EUNCERTIFIED, "√(T*T) of an invertible T is singular (a bug)");
    AX_STEP(s, axle_matrix_mul(&Sm, A, Pi));
    AX_STEP(s, verify(Sm, Pm, A, G));
    axle_matrix_free(N);
    axle_matrix_free(Pi);
    if (s) {
        axle_matrix_free(Pm);
        axle_matrix_free(Sm);
        return s;
    }
    if (S)
        *S = Sm;
    else
        axle_matrix_free(Sm);
    if (P)
        *P = Pm;
    else
        axle_matrix_free(Pm);
    return AXLE_OK;
}
