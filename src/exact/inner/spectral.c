/* The exact spectral theorem (QQ, LADR 7.29): for A self-adjoint for G, an eigenbasis orthogonal
 * for G, when every eigenvalue is rational. The eigenvalues are the rational roots of χ (the
 * multimodular charpoly kernel); each eigenspace null(A - λI) (the multimodular null space
 * kernel) is orthogonalized for G by the exact Gram–Schmidt kernel (eigenspaces of distinct
 * eigenvalues are already orthogonal). A E = E diag(values) and E^T G E = diag(r) are verified
 * exactly before anything is returned. An irrational eigenvalue is AXLE_EDOMAIN, naming the
 * first (ascending) as axle_algebraic prints it. */
#include "exact/exact.h"
#include "exact/inner/qi_impl.h"
#include "qq/inner.h"

static axle_status irrational(const axle_roots *roots)
{
    for (size_t i = 0; i < axle_roots_count(roots); i++) {
        const axle_algebraic *a = axle_roots_get(roots, i, NULL);
        if (axle_algebraic_is_rational(a))
            continue;
        char *t = NULL;
        axle_status s = axle_algebraic_to_string(&t, a, AXLE_FORMAT_UNICODE, 0);
        if (!s)
            s = ax_error(AXLE_EDOMAIN,
                         "the eigenvalue %s is irrational: its eigenvectors lie over Q(%s); "
                         "axle_map_eigen has them exactly",
                         t, t);
        axle_free(t);
        return s;
    }
    return ax_error(AXLE_EUNCERTIFIED,
                    "the exact spectral kernel found no irrational eigenvalue among the roots of "
                    "a characteristic polynomial that has one (a bug)");
}

/* E and r: each eigenspace of R orthogonalized for G in place. */
static axle_status orthogonalize(axle_matrix **E, axle_matrix **r, const ax_qi_rspec *R,
                                 const axle_matrix *G)
{
    size_t n = R->n;
    axle_status s = ax_matrix_alloc(E, AXLE_QQ, n, n);
    AX_STEP(s, ax_matrix_alloc(r, AXLE_QQ, n, 1));
    for (size_t i = 0, col = 0; !s && i < R->k; col += R->mult[i++]) {
        axle_matrix *V = NULL, *Ei = NULL, *ri = NULL;
        s = ax_matrix_block(&V, R->E, 0, n, col, R->mult[i]);
        if (!s && (s = ax_qq_gram_schmidt(&Ei, &ri, NULL, NULL, G, V)) == AXLE_EDOMAIN)
            s = ax_error(AXLE_EUNCERTIFIED,
                         "the exact spectral kernel found a dependent eigenspace basis (a bug)");
        AX_STEP(s, ax_matrix_paste(*E, 0, col, Ei));
        AX_STEP(s, ax_matrix_paste(*r, col, 0, ri));
        axle_matrix_free(V);
        axle_matrix_free(Ei);
        axle_matrix_free(ri);
    }
    return s;
}

/* A E = E diag(values) and E^T G E = diag(r), exactly. */
static axle_status verify(const axle_matrix *E, const axle_matrix *r, const axle_matrix *values,
                          const axle_matrix *A, const axle_matrix *G)
{
    size_t n = E->rows;
    axle_matrix *AE = NULL, *ED = NULL, *F = NULL;
    axle_status s = axle_matrix_mul(&AE, A, E);
    AX_STEP(s, axle_matrix_copy(&ED, E));
    for (size_t j = 0; !s && j < n; j++)
        for (size_t i = 0; i < n; i++)
            mpq_mul(AX_Q(ED, i, j), AX_Q(ED, i, j), AX_Q(values, j, 0));
    if (!s && !axle_matrix_equal(AE, ED))
        s = ax_error(AXLE_EUNCERTIFIED, "the exact spectral kernel failed A E = E diag(values)");
    AX_STEP(s, ax_qi_form(&F, E, G, E));
    for (size_t i = 0; !s && i < n; i++)
        for (size_t j = 0; !s && j < n; j++)
            if (i == j ? !mpq_equal(AX_Q(F, i, i), AX_Q(r, i, 0)) : mpq_sgn(AX_Q(F, i, j)) != 0)
                s = ax_error(AXLE_EUNCERTIFIED,
                             "the exact spectral kernel's eigenvectors %zu and %zu are not "
                             "orthogonal, or a norm is wrong",
                             j + 1, i + 1);
    axle_matrix_free(AE);
    axle_matrix_free(ED);
    axle_matrix_free(F);
    return s;
}

axle_status ax_qq_spectral(axle_matrix **E, axle_matrix **r, axle_matrix **values,
                           const axle_matrix *A, const axle_matrix *G)
{
    if (E)
        *E = NULL;
    if (r)
        *r = NULL;
    if (values)
        *values = NULL;
    ax_qi_rspec R;
    axle_roots *roots = NULL;
    axle_matrix *Em = NULL, *rm = NULL, *vm = NULL;
    axle_status s = ax_qi_values(&R, &roots, A, "spectral decomposition");
    if (!s && roots)
        s = irrational(roots);
    axle_roots_free(roots);
    AX_STEP(s, ax_matrix_alloc(&vm, AXLE_QQ, A->rows, 1));
    for (size_t i = 0, row = 0; !s && i < R.k; row += R.mult[i++])
        for (size_t c = row; c < row + R.mult[i]; c++)
            mpq_set(AX_Q(vm, c, 0), R.lam[i]);
    if (!s && (E || r)) {
        AX_STEP(s, ax_qi_vectors(&R, A, "spectral decomposition"));
        AX_STEP(s, orthogonalize(&Em, &rm, &R, G));
        AX_STEP(s, verify(Em, rm, vm, A, G));
    }
    ax_qi_rspec_clear(&R);
    if (s) {
        axle_matrix_free(Em);
        axle_matrix_free(rm);
        axle_matrix_free(vm);
        return s;
    }
    if (E)
        *E = Em;
    else
        axle_matrix_free(Em);
    if (r)
        *r = rm;
    else
        axle_matrix_free(rm);
    if (values)
        *values = vm;
    else
        axle_matrix_free(vm);
    return AXLE_OK;
}
