/* The spectral theorem (LADR 7.29, 7.31), the positive square root (7.36) and the polar
 * decomposition (7.45) of operators on an inner product space: the floor checks the hypothesis
 * (self-adjoint, positive) through the operator tests and hands M(T) and the Gram matrix to the
 * field's kernel (RR: dsyevd on L^T M L^{-T}; QQ: exact where the result is rational). */
#include "inner_internal.h"

/* A new n x c zero matrix of M's field (the answers for the zero space). */
static axle_status zero(axle_matrix **out, const axle_matrix *M, size_t n, size_t c)
{
    return axle_matrix_new(out, axle_matrix_field(M), n, c);
}

/* AXLE_EDOMAIN for an operator that is not self-adjoint, saying why a normal one does not do. */
static axle_status not_self_adjoint(const axle_inner *ip, const axle_map *T)
{
    bool normal = false;
    axle_status s = axle_map_is_normal(&normal, ip, T);
    if (s)
        return s;
    if (normal)
        return ax_error(AXLE_EDOMAIN,
                        "T is normal but not self-adjoint: over a real field it has no orthonormal "
                        "basis of eigenvectors (its spectrum is not real); "
                        "axle_matrix_schur_complex gives the complex one");
    return ax_error(AXLE_EDOMAIN, "T is not self-adjoint for the inner product (T != T*): the "
                                  "spectral theorem needs a self-adjoint operator");
}

axle_status axle_map_spectral(axle_gs **basis, axle_matrix **values, const axle_inner *ip,
                              const axle_map *T)
{
    if (basis)
        *basis = NULL;
    if (values)
        *values = NULL;
    if (!basis && !values)
        return ax_error(AXLE_EINVAL, "output arguments basis and values are both NULL");
    const axle_matrix *M;
    bool sa = false;
    axle_status s = ax_inner_operator_matrix(&M, ip, T, "the spectral theorem");
    if (s || (s = axle_map_is_self_adjoint(&sa, ip, T)))
        return s;
    if (!sa)
        return not_self_adjoint(ip, T);
    size_t n = axle_matrix_rows(M);
    axle_matrix *E = NULL, *r = NULL, *vals = NULL;
    if (n == 0) {
        if (!(s = zero(&E, M, 0, 0)) && !(s = zero(&r, M, 0, 1)))
            s = zero(&vals, M, 0, 1);
    } else {
        const ax_inner_kernels *K = ax_inner_kernels_of(axle_matrix_field(M));
        s = K->spectral(&E, &r, &vals, M, ax_inner_kernel_gram(ip));
    }
    if (s) {
        axle_matrix_free(E);
        axle_matrix_free(r);
        axle_matrix_free(vals);
        return s;
    }
    if (basis) {
        s = ax_gs_new(basis, ip, E, r);
    } else {
        axle_matrix_free(E);
        axle_matrix_free(r);
    }
    if (s || !values)
        axle_matrix_free(vals);
    else
        *values = vals;
    return s;
}

axle_status axle_map_sqrt(axle_map **out, const axle_inner *ip, const axle_map *T)
{
    AX_OUT(out);
    const axle_matrix *M;
    bool positive = false;
    axle_status s = ax_inner_operator_matrix(&M, ip, T, "the square root");
    if (s || (s = axle_map_is_positive(&positive, ip, T)))
        return s;
    if (!positive)
        return ax_error(AXLE_EDOMAIN,
                        "T is not positive (self-adjoint with <T v, v> >= 0 for every v): only a "
                        "positive operator has a positive square root");
    size_t n = axle_matrix_rows(M);
    axle_matrix *R = NULL;
    if (n == 0) {
        s = zero(&R, M, 0, 0);
    } else {
        const ax_inner_kernels *K = ax_inner_kernels_of(axle_matrix_field(M));
        s = K->sqrt(&R, M, ax_inner_kernel_gram(ip));
    }
    if (s)
        return s;
    return ax_map_new(out, T->V, T->V, R);
}

axle_status axle_map_polar(axle_map **S, axle_map **P, const axle_inner *ip, const axle_map *T)
{
    if (S)
        *S = NULL;
    if (P)
        *P = NULL;
    if (!S && !P)
        return ax_error(AXLE_EINVAL, "output arguments S and P are both NULL");
    const axle_matrix *M;
    axle_status s = ax_inner_operator_matrix(&M, ip, T, "the polar decomposition");
    if (s)
        return s;
    size_t n = axle_matrix_rows(M);
    axle_matrix *Sm = NULL, *Pm = NULL;
    if (n == 0) {
        if (!(s = S ? zero(&Sm, M, 0, 0) : AXLE_OK))
            s = P ? zero(&Pm, M, 0, 0) : AXLE_OK;
    } else {
        const ax_inner_kernels *K = ax_inner_kernels_of(axle_matrix_field(M));
        s = K->polar(S ? &Sm : NULL, P ? &Pm : NULL, M, ax_inner_kernel_gram(ip));
    }
    axle_map *SS = NULL;
    if (!s && S) {
        s = ax_map_new(&SS, T->V, T->V, Sm);
        Sm = NULL;
    }
    if (!s && P) {
        s = ax_map_new(P, T->V, T->V, Pm);
        Pm = NULL;
    }
    if (s) {
        axle_map_unref(SS);
        axle_matrix_free(Sm);
        axle_matrix_free(Pm);
        return s;
    }
    if (S)
        *S = SS;
    return AXLE_OK;
}
