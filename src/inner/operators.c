/* Tests on operators of inner product spaces (LADR 7A, 7C, 7F), on standard coordinates: with
 * <u, v> = u^T G v, T is self-adjoint iff G M is symmetric, positive iff moreover G M is positive
 * semidefinite (<T v, v> = v^T (G M)^T v), normal iff M M* = M* M with M* = G^{-1} M^T G, and an
 * isometry V -> W iff M^T GW M = GV. The decisions are the kernels' (symmetric for a standard
 * inner product, semidefinite) or a difference of products cleared of its rounding noise by the
 * field's chop (nothing over QQ) and compared with zero: exact over QQ, at the tolerance relative
 * to the factors' sizes over RR. */
#include <math.h>

#include "inner_internal.h"

axle_status ax_inner_operator_matrix(const axle_matrix **M, const axle_inner *ip, const axle_map *T,
                                     const char *what)
{
    axle_status s = ax_inner_check(ip, what);
    return s ? s : ax_inner_map_matrix(M, ip, ip, T, what);
}

axle_status ax_inner_balance(axle_matrix **out, int *e, const axle_matrix *M)
{
    *out = NULL;
    *e = 0;
    double m = ax_mat_max_abs(M);
    if (m == 0.0 || !isfinite(m) || (m >= 0x1p-200 && m <= 0x1p200))
        return AXLE_OK;
    (void)frexp(m, e);
    if (*e < -1000) /* 2^1000 stays a double; 2^-1000 max|M| >= 2^-74 is far from underflow */
        *e = -1000;
    axle_scalar *c = NULL;
    axle_status s = axle_scalar_from_double(&c, axle_matrix_field(M), ldexp(1.0, -*e));
    if (!s)
        s = axle_matrix_scale(out, c, M);
    axle_scalar_free(c);
    return s;
}

/* G M, or a copy of M when G is NULL (the identity). Not cleared of its rounding noise: the
 * decisions clear the differences they compare with zero (clearing G M entry by entry first could
 * zero one entry of a symmetric pair and keep the other). */
static axle_status gram_times(axle_matrix **out, const axle_matrix *G, const axle_matrix *M)
{
    if (!G)
        return axle_matrix_copy(out, M);
    axle_status s = ax_map_check_product(G, M, "G M");
    return s ? s : axle_matrix_mul(out, G, M);
}

/* Whether the n x n GM = G M is symmetric. G NULL (M given): the field's kernel. Otherwise G M
 * carries the rounding of the product (RR), which is relative to max|G| max|M| rather than to
 * max|G M| (cancellation): GM - GM^T is cleared of that noise by the field's chop and compared
 * with zero (exact over QQ). */
static axle_status symmetric(bool *out, const axle_matrix *GM, const axle_matrix *G,
                             const axle_matrix *M, const ax_inner_kernels *K)
{
    if (!G)
        return K->symmetric(out, GM);
    axle_matrix *GMt = NULL, *D = NULL;
    axle_status s = axle_matrix_transpose(&GMt, GM);
    if (!s && !(s = axle_matrix_sub(&D, GM, GMt))) {
        ax_map_chop(D, G, M);
        *out = ax_inner_exactly_zero(D);
    }
    axle_matrix_free(GMt);
    axle_matrix_free(D);
    return s;
}

/* *out = whether the operator T on ip's space is self-adjoint, or (positive) positive: G M
 * symmetric, and then positive semidefinite. `what` names the test in messages. */
static axle_status decide(bool *out, const axle_inner *ip, const axle_map *T, bool positive,
                          const char *what)
{
    axle_status s = ax_check_out(out);
    const axle_matrix *M;
    if (s || (s = ax_inner_operator_matrix(&M, ip, T, what)))
        return s;
    if (axle_matrix_rows(M) == 0) {
        *out = true;
        return AXLE_OK;
    }
    const axle_matrix *G = ax_inner_kernel_gram(ip);
    const ax_inner_kernels *K = ax_inner_kernels_of(axle_matrix_field(M));
    axle_matrix *GM = NULL;
    bool answer = false;
    if (!(s = gram_times(&GM, G, M)) && !(s = symmetric(&answer, GM, G, M, K)) && positive &&
        answer)
        s = K->semidefinite(&answer, GM);
    if (!s)
        *out = answer;
    axle_matrix_free(GM);
    return s;
}

axle_status axle_map_is_self_adjoint(bool *out, const axle_inner *ip, const axle_map *T)
{
    return decide(out, ip, T, false, "the self-adjoint test");
}

axle_status axle_map_is_positive(bool *out, const axle_inner *ip, const axle_map *T)
{
    return decide(out, ip, T, true, "the positivity test");
}

axle_status axle_map_is_normal(bool *out, const axle_inner *ip, const axle_map *T)
{
    axle_status s = ax_check_out(out);
    const axle_matrix *M;
    if (s || (s = ax_inner_operator_matrix(&M, ip, T, "the normality test")))
        return s;
    const axle_matrix *G = ax_inner_kernel_gram(ip);
    axle_matrix *Mb = NULL, *Ms = NULL, *P = NULL, *Q = NULL, *D = NULL;
    bool zero = false;
    int e;
    /* c T is normal iff T is: the products of a tiny or huge M would underflow or overflow */
    if (!(s = ax_inner_balance(&Mb, &e, M)) && Mb)
        M = Mb;
    if (!s && !(s = ax_inner_adjoint_matrix(&Ms, M, G, G)) &&
        !(s = ax_map_check_product(M, Ms, "T T*")) && !(s = axle_matrix_mul(&P, M, Ms)) &&
        !(s = axle_matrix_mul(&Q, Ms, M)) && !(s = axle_matrix_sub(&D, P, Q))) {
        ax_map_chop(D, M, Ms);
        zero = ax_inner_exactly_zero(D);
    }
    if (!s)
        *out = zero;
    axle_matrix_free(Mb);
    axle_matrix_free(Ms);
    axle_matrix_free(P);
    axle_matrix_free(Q);
    axle_matrix_free(D);
    return s;
}

axle_status axle_map_is_isometry(bool *out, const axle_inner *ipV, const axle_inner *ipW,
                                 const axle_map *T)
{
    axle_status s = ax_check_out(out);
    const axle_matrix *M;
    if (s || (s = ax_inner_map_matrix(&M, ipV, ipW, T, "the isometry test")))
        return s;
    const axle_matrix *GV = ax_inner_kernel_gram(ipV);
    axle_matrix *GWM = NULL, *Mt = NULL, *P = NULL, *I = NULL, *D = NULL;
    size_t n = axle_matrix_cols(M);
    bool zero = false;
    if (!(s = gram_times(&GWM, ax_inner_kernel_gram(ipW), M)) &&
        !(s = axle_matrix_transpose(&Mt, M)) && !(s = ax_map_check_product(Mt, GWM, "T* T")) &&
        !(s = axle_matrix_mul(&P, Mt, GWM)) &&
        !(s = GV ? AXLE_OK : axle_matrix_identity(&I, axle_matrix_field(M), n)) &&
        !(s = axle_matrix_sub(&D, P, GV ? GV : I))) {
        ax_map_chop(D, Mt, GWM);
        zero = ax_inner_exactly_zero(D);
    }
    if (!s)
        *out = zero;
    axle_matrix_free(GWM);
    axle_matrix_free(Mt);
    axle_matrix_free(P);
    axle_matrix_free(I);
    axle_matrix_free(D);
    return s;
}
