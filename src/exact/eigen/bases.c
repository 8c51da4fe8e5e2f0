/* Bases over QQ in which A is simple (diagonal, triangular = Jordan, Jordan), from the exact
 * spectrum: when every eigenvalue is rational, P holds the Jordan chains (the eigenvectors when
 * every block has size 1) and J the values, with 1 above the diagonal inside each chain. A P = P J
 * and the rank of P are checked exactly before anything is returned. */
#include <stdlib.h>

#include "exact/eigen/spec_impl.h"

/* AXLE_EDOMAIN naming eigenvalue k of Q. */
static axle_status obstruction(const ax_qspec *Q, size_t k, const char *form, bool rational)
{
    char *v = NULL;
    const ax_qs_factor *F = &Q->F[Q->fac[k]];
    if (axle_algebraic_to_string(&v, Q->val[k], AXLE_FORMAT_UNICODE, 0))
        return ax_nomem();
    axle_status s;
    if (rational)
        s = ax_error(AXLE_EDOMAIN,
                     "the eigenvalue %s is not rational: A has no %s form over QQ; "
                     "axle_eigen_jordan_chains gives the Jordan basis over Q(λ)",
                     v, form);
    else
        s = ax_error(AXLE_EDOMAIN,
                     "A is not diagonalizable: the eigenvalue %s has algebraic multiplicity %zu "
                     "but geometric multiplicity %zu",
                     v, F->m, F->geo);
    axle_free(v);
    return s;
}

/* P (chains as columns) and J for a spectrum whose eigenvalues are all rational, verified. */
static axle_status build(axle_matrix **Pout, axle_matrix **Jout, const axle_matrix *A,
                         const ax_qspec *Q)
{
    size_t n = Q->n, c = 0;
    axle_matrix *P = NULL, *J = NULL, *AP = NULL, *PJ = NULL;
    axle_status s;
    if ((s = ax_matrix_alloc(&P, AXLE_QQ, n, n)) || (s = ax_matrix_alloc(&J, AXLE_QQ, n, n)))
        goto done;
    mpq_t lam;
    mpq_init(lam);
    for (size_t k = 0; k < Q->count && !s; k++) { /* eigenvalue order, one factor each */
        const ax_qs_factor *F = &Q->F[Q->fac[k]];
        /* the root of f1 x + f0 */
        mpz_neg(mpq_numref(lam), F->f.c[0]);
        mpz_set(mpq_denref(lam), F->f.c[1]);
        mpq_canonicalize(lam);
        size_t j = 0;
        for (size_t b = 0; b < F->geo; b++)
            for (size_t i = 0; i < F->blocks[b]; i++, j++, c++) {
                for (size_t r = 0; r < n; r++) {
                    const ax_nfv *x = &AX_NFE(F->J, r, j);
                    mpz_set(mpq_numref(AX_Q(P, r, c)), x->c[0]);
                    mpz_set(mpq_denref(AX_Q(P, r, c)), x->den);
                }
                mpq_set(AX_Q(J, c, c), lam);
                if (i > 0)
                    mpq_set_ui(AX_Q(J, c - 1, c), 1, 1);
            }
    }
    mpq_clear(lam);
    size_t rank = 0;
    if (c != n || (s = axle_matrix_mul(&AP, A, P)) || (s = axle_matrix_mul(&PJ, P, J)) ||
        (s = axle_matrix_rank(&rank, P)))
        goto done;
    if (!axle_matrix_equal(AP, PJ) || rank != n) {
        s = ax_error(AXLE_EUNCERTIFIED, "the exact eigen kernel could not verify A P = P J with P "
                                        "invertible (a bug in axle; please report the matrix)");
        goto done;
    }
done:
    if (!s && c != n)
        s = ax_error(AXLE_EUNCERTIFIED,
                     "the exact eigen kernel built a basis of %zu vectors for "
                     "n = %zu (a bug)",
                     c, n);
    axle_matrix_free(AP);
    axle_matrix_free(PJ);
    if (s) {
        axle_matrix_free(P);
        axle_matrix_free(J);
        return s;
    }
    if (Pout)
        *Pout = P;
    else
        axle_matrix_free(P);
    if (Jout)
        *Jout = J;
    else
        axle_matrix_free(J);
    return AXLE_OK;
}

static axle_status form(axle_matrix **P, axle_matrix **J, const axle_matrix *A,
                        const ax_spectrum *S, const char *name, bool diagonal)
{
    if (P)
        *P = NULL;
    if (J)
        *J = NULL;
    if (!S || S->ops != &ax_qs_ops || !A || A->field != AXLE_QQ || A->rows != S->n ||
        A->cols != S->n)
        return ax_error(AXLE_EINVAL,
                        "the exact %s kernel needs the QQ matrix and its exact "
                        "spectrum",
                        name);
    const ax_qspec *Q = S->data;
    for (size_t k = 0; k < Q->count; k++)
        if (Q->F[Q->fac[k]].d != 1)
            return obstruction(Q, k, name, true);
    if (diagonal)
        for (size_t k = 0; k < Q->count; k++)
            if (Q->F[Q->fac[k]].e != 1)
                return obstruction(Q, k, name, false);
    return build(P, J, A, Q);
}

axle_status ax_qq_diagonalize(axle_matrix **P, axle_matrix **D, const axle_matrix *A,
                              const ax_spectrum *S)
{
    return form(P, D, A, S, "diagonal", true);
}

axle_status ax_qq_triangularize(axle_matrix **P, axle_matrix **T, const axle_matrix *A,
                                const ax_spectrum *S)
{
    return form(P, T, A, S, "triangular", false);
}

axle_status ax_qq_jordan(axle_matrix **J, axle_matrix **P, const axle_matrix *A,
                         const ax_spectrum *S)
{
    return form(P, J, A, S, "Jordan", false);
}
