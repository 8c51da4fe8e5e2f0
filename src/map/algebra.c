/* The algebra of maps (LADR 3A, 3D, 3E, 3F, 5B): sums, scalar multiples, products, powers and
 * polynomials of operators, inverses, restrictions to invariant subspaces, the induced map on
 * V/null T and the dual map. Every one is a matrix computation on M(T). */
#include "map/map_internal.h"

/* S and T both map V -> W. */
static axle_status check_same_spaces(const axle_map *S, const axle_map *T)
{
    axle_status s;
    bool dom, cod;
    if ((s = ax_check_map(S, "S")) || (s = ax_check_map(T, "T")))
        return s;
    if (S->V->field != T->V->field)
        return ax_error(AXLE_EFIELD, "S is over %s but T is over %s", axle_field_name(S->V->field),
                        axle_field_name(T->V->field));
    if ((s = axle_space_equal(&dom, S->V, T->V)) || (s = axle_space_equal(&cod, S->W, T->W)))
        return s;
    if (dom && cod)
        return AXLE_OK;
    char *a = ax_space_name(S->V), *b = ax_space_name(S->W), *c = ax_space_name(T->V),
         *d = ax_space_name(T->W);
    s = ax_error(AXLE_EDIM, "S maps %s to %s but T maps %s to %s", a, b, c, d);
    ax_name_free(a);
    ax_name_free(b);
    ax_name_free(c);
    ax_name_free(d);
    return s;
}

typedef axle_status (*matrix_op)(axle_matrix **, const axle_matrix *, const axle_matrix *);

static axle_status combine(axle_map **out, const axle_map *S, const axle_map *T, matrix_op op)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *M;
    if ((s = check_same_spaces(S, T)) || (s = op(&M, S->M, T->M)))
        return s;
    return ax_map_new(out, S->V, S->W, M);
}

axle_status axle_map_add(axle_map **out, const axle_map *S, const axle_map *T)
{
    return combine(out, S, T, axle_matrix_add);
}

axle_status axle_map_sub(axle_map **out, const axle_map *S, const axle_map *T)
{
    return combine(out, S, T, axle_matrix_sub);
}

axle_status axle_map_scale(axle_map **out, const axle_scalar *c, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *M;
    if ((s = ax_check_map(T, "T")))
        return s;
    if (!c)
        return ax_error(AXLE_EINVAL, "the scalar c is NULL");
    if (axle_scalar_field(c) != T->V->field)
        return ax_error(AXLE_EFIELD, "the scalar c is over %s but T is over %s",
                        axle_field_name(axle_scalar_field(c)), axle_field_name(T->V->field));
    if ((s = axle_matrix_scale(&M, c, T->M)))
        return s;
    return ax_map_new(out, T->V, T->W, M);
}

axle_status axle_map_compose(axle_map **out, const axle_map *S, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    bool meet;
    if ((s = ax_check_map(S, "S")) || (s = ax_check_map(T, "T")))
        return s;
    if (S->V->field != T->V->field)
        return ax_error(AXLE_EFIELD, "S is over %s but T is over %s", axle_field_name(S->V->field),
                        axle_field_name(T->V->field));
    if ((s = axle_space_equal(&meet, S->V, T->W)))
        return s;
    if (!meet) {
        char *a = ax_space_name(S->V), *b = ax_space_name(T->W);
        s = ax_error(AXLE_EDIM, "cannot compose: S starts at %s but T ends at %s", a, b);
        ax_name_free(a);
        ax_name_free(b);
        return s;
    }
    axle_matrix *M;
    if ((s = ax_map_check_spaces(T->V, S->W)) || (s = axle_matrix_mul(&M, S->M, T->M)))
        return s;
    ax_map_chop(M, S->M, T->M);
    return ax_map_new(out, T->V, S->W, M);
}

/* *R = *R X, checked against the size limit first. */
static axle_status times(axle_matrix **R, const axle_matrix *X, const char *what)
{
    axle_matrix *P;
    axle_status s;
    if ((s = ax_map_check_product(*R, X, what)) || (s = axle_matrix_mul(&P, *R, X)))
        return s;
    axle_matrix_free(*R);
    *R = P;
    return AXLE_OK;
}

axle_status axle_map_pow(axle_map **out, const axle_map *T, unsigned long e)
{
    AX_OUT(out);
    axle_status s;
    axle_matrix *R = NULL, *B = NULL;
    if ((s = ax_check_map(T, "T")) || (s = ax_map_check_operator(T, "T")) ||
        (s = axle_matrix_identity(&R, T->V->field, T->V->dim)) || (s = axle_matrix_copy(&B, T->M)))
        goto done;
    /* right-to-left binary powering: R = T^(bits of e seen) and B = T^(2^k), each product checked
     */
    while (e && !s) {
        if (e & 1)
            s = times(&R, B, "the power T^e");
        e >>= 1;
        if (e && !s) {
            axle_matrix *C = NULL;
            if (!(s = ax_map_check_product(B, B, "the power T^e")) &&
                !(s = axle_matrix_mul(&C, B, B))) {
                axle_matrix_free(B);
                B = C;
            }
        }
    }
    if (!s) {
        s = ax_map_new(out, T->V, T->V, R);
        R = NULL;
    }
done:
    axle_matrix_free(R);
    axle_matrix_free(B);
    return s;
}

/* The a priori bound of Horner's rule for a polynomial of degree d - 1 at M (n x n): the result
 * could take about d b / 2 bits, b = the backend's product_bits(M, M) (0 over RR), and the d
 * products about d n times that in bit operations. Refused above AXLE_POLY_MAX_BITS, or above
 * AX_MAP_MAX_WORK word operations. */
#define AX_MAP_MAX_WORK ((size_t)1 << 32)
static axle_status check_horner(const axle_matrix *M, size_t d)
{
    size_t b = ax_matrix_product_bits(M, M), size, work;
    bool over = !ax_size_mul(&size, d, b / 2 + 1) || size > (size_t)AXLE_POLY_MAX_BITS ||
                !ax_size_mul(&work, size / 64 + 1, d) ||
                !ax_size_mul(&work, work, axle_matrix_rows(M)) || work > AX_MAP_MAX_WORK;
    if (b && over)
        return ax_error(AXLE_ERANGE,
                        "p(T) for p of degree %zu is refused: its %zu x %zu matrix could need "
                        "more than AXLE_POLY_MAX_BITS = %ld bits or %zu word operations",
                        d - 1, axle_matrix_rows(M), axle_matrix_rows(M), AXLE_POLY_MAX_BITS,
                        AX_MAP_MAX_WORK);
    return AXLE_OK;
}

axle_status axle_map_poly(axle_map **out, const axle_poly *p, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    if (!p)
        return ax_error(AXLE_EINVAL, "the polynomial p is NULL");
    if (axle_poly_field(p) != T->V->field)
        return ax_error(AXLE_EFIELD, "the polynomial p is over %s but T is over %s",
                        axle_field_name(axle_poly_field(p)), axle_field_name(T->V->field));
    if ((s = ax_map_check_operator(T, "T")))
        return s;
    if ((s = check_horner(T->M, (size_t)(axle_poly_degree(p) + 1))))
        return s;
    size_t n = T->V->dim;
    axle_matrix *R = NULL, *I = NULL, *cI = NULL, *S = NULL;
    axle_scalar *c = NULL;
    /* Horner: R = (...(a_d T + a_{d-1}) T + ...) + a_0, each product checked against the limit */
    if ((s = ax_matrix_alloc(&R, T->V->field, n, n)) ||
        (s = axle_matrix_identity(&I, T->V->field, n)))
        goto done;
    for (long k = axle_poly_degree(p); k >= 0 && !s; k--) {
        if (k < axle_poly_degree(p) && (s = times(&R, T->M, "p(T)")))
            break;
        if (!(s = axle_poly_coeff(&c, p, (size_t)k)) && !(s = axle_matrix_scale(&cI, c, I)) &&
            !(s = axle_matrix_add(&S, R, cI))) {
            axle_matrix_free(R);
            R = S;
            S = NULL;
        }
        axle_scalar_free(c);
        axle_matrix_free(cI);
        c = NULL;
        cI = NULL;
    }
    if (!s) {
        s = ax_map_new(out, T->V, T->V, R);
        R = NULL;
    }
done:
    axle_matrix_free(R);
    axle_matrix_free(I);
    return s;
}

axle_status axle_map_inverse(axle_map **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_map(T, "T")))
        return s;
    char *a = NULL, *b = NULL;
    if (T->V->dim != T->W->dim) {
        a = ax_space_name(T->V);
        b = ax_space_name(T->W);
        s = ax_error(AXLE_ESINGULAR, "T is not invertible: dim %s = %zu but dim %s = %zu", a,
                     T->V->dim, b, T->W->dim);
        ax_name_free(a);
        ax_name_free(b);
        return s;
    }
    axle_matrix *M;
    size_t r;
    if ((s = axle_matrix_inverse(&M, T->M)) == AXLE_ESINGULAR) {
        if ((s = axle_matrix_rank(&r, T->M)))
            return s;
        if (r < T->V->dim)
            return ax_error(AXLE_ESINGULAR, "T is not invertible: null T has dimension %zu",
                            T->V->dim - r);
        return ax_error(AXLE_ESINGULAR,
                        "T is not invertible to the tolerance: M(T) is too ill-conditioned");
    }
    if (s)
        return s;
    return ax_map_new(out, T->W, T->V, M);
}

axle_status axle_map_restrict(axle_map **out, const axle_map *T, const axle_space *U)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_map(T, "T")) || (s = ax_check_space(U, "U")))
        return s;
    if (U->kind != AXLE_SPACE_SUBSPACE) {
        char *name = ax_space_name(U);
        s = ax_error(AXLE_EINVAL, "a restriction T|_U needs a subspace U, but %s is not one", name);
        ax_name_free(name);
        return s;
    }
    if ((s = ax_map_check_operator(T, "T")) ||
        (s = ax_check_in(T->V, U->parent, "U's ambient space")))
        return s;
    axle_matrix *TB = NULL, *col = NULL, *X = NULL;
    /* T(u_j) = B x_j for every basis vector u_j of U, B = the basis of U */
    if ((s = axle_matrix_mul(&TB, T->M, U->basis)))
        return s;
    for (size_t j = 0; j < U->dim && !s; j++) {
        bool in = false;
        if (!(s = ax_mat_cols(&col, TB, j, 1)) && !(s = ax_mat_in_colspace(&in, U->basis, col)) &&
            !in)
            s = ax_error(AXLE_EDOMAIN, "U is not invariant under T: T(u_%zu) is not in U", j + 1);
        axle_matrix_free(col);
        col = NULL;
    }
    if (!s && (s = axle_matrix_solve(&X, NULL, U->basis, TB)) == AXLE_ENOSOLUTION)
        s = ax_error(AXLE_EDOMAIN,
                     "U is not invariant under T: T(U) is not in U to the tolerance of the solve");
    if (!s)
        s = ax_map_new(out, U, U, X);
    axle_matrix_free(TB);
    return s;
}

axle_status axle_map_induced(axle_map **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    axle_space *N = NULL, *Q = NULL;
    axle_matrix *M = NULL;
    /* T~(w_j + null T) = T w_j for the basis w_j of the complement of null T */
    if (!(s = ax_check_map(T, "T")) && !(s = axle_map_null(&N, T)) &&
        !(s = axle_space_quotient(&Q, N)) && !(s = axle_matrix_mul(&M, T->M, Q->basis)))
        s = ax_map_new(out, Q, T->W, M);
    axle_space_unref(N);
    axle_space_unref(Q);
    return s;
}

axle_status axle_map_dual(axle_map **out, const axle_map *T)
{
    AX_OUT(out);
    axle_status s;
    axle_space *Vd = NULL, *Wd = NULL;
    axle_matrix *M = NULL;
    /* M(T') = M(T)^t in the dual standard bases (3.132) */
    if (!(s = ax_check_map(T, "T")) && !(s = axle_space_dual(&Vd, T->V)) &&
        !(s = axle_space_dual(&Wd, T->W)) && !(s = axle_matrix_transpose(&M, T->M)))
        s = ax_map_new(out, Wd, Vd, M);
    axle_space_unref(Vd);
    axle_space_unref(Wd);
    return s;
}
