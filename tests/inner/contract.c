/* The statuses common to every function of include/axle/inner.h, over both fields: arguments of the
 * other field are AXLE_EFIELD with a message naming both fields, vectors, subspaces, maps and
 * inner products of another space are AXLE_EDIM with a message naming both spaces, and on failure
 * every pointer output is NULL and every plain output unchanged. The calls are the ones the
 * topic suites (products, norms, gs, complement, operators, lstsq, svd) test for their own error
 * paths only in part: here each function meets both mismatches. */
#include <stdio.h>

#include "op_helpers.h"

#define SENTINEL(T) ((T *)&sentinel)
static int sentinel;

/* The objects of one test: everything over F on V = F^3 and W = F^2, and the mismatches: the
 * same over the other field (…2) and over F on F^4 (…o). */
typedef struct fixture {
    axle_field F, F2;
    axle_space *V, *W, *P, *V2, *W2, *Vo, *U, *U2, *Uo;
    axle_inner *ip, *ipW, *ip2, *ipo;
    axle_vector *v, *v2, *vo, *w2, *wo;
    axle_map *T, *Top, *T2, *To;
    axle_matrix *G2, *Go;
    axle_scalar *a, *b2;
    axle_gs *L;
} fixture;

static axle_space *span1(const axle_vector *v)
{
    axle_space *U = NULL;
    const axle_vector *l[1] = {v};
    TS_OK(axle_space_span(&U, axle_vector_space(v), l, 1));
    return U;
}

static fixture make(axle_field F)
{
    fixture x = {.F = F, .F2 = F == AXLE_QQ ? AXLE_RR : AXLE_QQ};
    x.V = in_fn(F, 3);
    x.W = in_fn(F, 2);
    x.P = in_poly(F, 2);
    x.V2 = in_fn(x.F2, 3);
    x.W2 = in_fn(x.F2, 2);
    x.Vo = in_fn(F, 4);
    const char *g3 = "[[2, 1, 0], [1, 2, 0], [0, 0, 1]]";
    axle_matrix *G = oh_mat(F, g3), *M = oh_mat(F, "[[1, 2, 3], [4, 5, 6]]"),
                *Mop = oh_mat(F, "[[2, 1, 0], [1, 2, 0], [0, 0, 3]]"),
                *M2 = oh_mat(x.F2, "[[2, 1, 0], [1, 2, 0], [0, 0, 3]]"),
                *Mo = oh_mat(F, "[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]");
    x.G2 = oh_mat(x.F2, g3);
    x.Go = oh_mat(F, "[[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1]]");
    x.ip = in_gram(x.V, G);
    x.ipW = in_dot(x.W);
    x.ip2 = in_gram(x.V2, x.G2);
    x.ipo = in_dot(x.Vo);
    x.v = in_parse(x.V, "(1, 2, 3)");
    x.v2 = in_parse(x.V2, "(1, 2, 3)");
    x.vo = in_parse(x.Vo, "(1, 2, 3, 4)");
    x.w2 = in_parse(x.W2, "(1, 2)");
    x.wo = in_parse(x.V, "(1, 2, 3)"); /* a vector of V where one of W is wanted */
    x.U = span1(x.v);
    x.U2 = span1(x.v2);
    x.Uo = span1(x.vo);
    x.T = oh_map(x.V, x.W, M);
    x.Top = oh_map(x.V, x.V, Mop);
    x.T2 = oh_map(x.V2, x.V2, M2);
    x.To = oh_map(x.Vo, x.Vo, Mo);
    x.a = in_int(F, 0);
    x.b2 = in_int(x.F2, 1);
    const axle_vector *l[1] = {x.v};
    TS_OK(axle_inner_gram_schmidt(&x.L, x.ip, l, 1));
    axle_matrix *mats[] = {G, M, Mop, M2, Mo};
    for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
        axle_matrix_free(mats[i]);
    return x;
}

static void drop(fixture *x)
{
    axle_gs_unref(x->L);
    axle_scalar_free(x->a);
    axle_scalar_free(x->b2);
    axle_matrix_free(x->G2);
    axle_matrix_free(x->Go);
    axle_map *maps[] = {x->T, x->Top, x->T2, x->To};
    for (size_t i = 0; i < 4; i++)
        axle_map_unref(maps[i]);
    axle_vector *vs[] = {x->v, x->v2, x->vo, x->w2, x->wo};
    for (size_t i = 0; i < 5; i++)
        axle_vector_unref(vs[i]);
    axle_inner *ips[] = {x->ip, x->ipW, x->ip2, x->ipo};
    for (size_t i = 0; i < 4; i++)
        axle_inner_unref(ips[i]);
    axle_space *sp[] = {x->V, x->W, x->P, x->V2, x->W2, x->Vo, x->U, x->U2, x->Uo};
    for (size_t i = 0; i < 9; i++)
        axle_space_unref(sp[i]);
}

/* The message names both a and b. */
static void names_both(const char *call, const char *a, const char *b)
{
    const char *m = axle_error_message();
    cr_assert(strstr(m, a) && strstr(m, b), "%s: the message '%s' should name %s and %s", call, m,
              a, b);
}

/* A call with pointer output `out` (preset to a sentinel) fails with `want`, out NULL. */
#define FAILS_PTR(out, call, want, a, b)                                                           \
    do {                                                                                           \
        (out) = SENTINEL(void);                                                                    \
        OH_FAILS(call, want);                                                                      \
        cr_assert_null((out), "%s: the output is not NULL", #call);                                \
        names_both(#call, a, b);                                                                   \
    } while (0)

/* A call with a plain output `out` fails with `want` and leaves it as it was. */
#define FAILS_PLAIN(out, before, call, want, a, b)                                                 \
    do {                                                                                           \
        (out) = (before);                                                                          \
        OH_FAILS(call, want);                                                                      \
        cr_assert((out) == (before), "%s: the plain output changed", #call);                       \
        names_both(#call, a, b);                                                                   \
    } while (0)

FIELDS(inner_contract, other_field)
{
    fixture x = make(*F);
    const char *f1 = axle_field_name(x.F), *f2 = axle_field_name(x.F2);
    axle_scalar *s;
    axle_vector *u;
    axle_space *S;
    axle_map *R, *R2;
    axle_inner *ip;
    axle_gs *L;
    axle_svd *sv;
    axle_matrix *m;
    char *str;
    bool b;
    double d;
    const axle_vector *mixed[2] = {x.v, x.v2};
    const axle_inner *ips[2] = {x.ip, x.ip2};

    FAILS_PTR(ip, axle_inner_gram(&ip, x.V, x.G2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(ip, axle_inner_integral(&ip, x.P, x.a, x.b2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(ip, axle_inner_restrict(&ip, x.ip, x.U2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(ip, axle_inner_product(&ip, ips, 2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(s, axle_inner_apply(&s, x.ip, x.v, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(s, axle_inner_norm_squared(&s, x.ip, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(str, axle_inner_norm_string(&str, x.ip, x.v2, AXLE_FORMAT_TEXT), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(d, 7.0, axle_inner_norm_double(&d, x.ip, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(b, true, axle_inner_is_orthogonal(&b, x.ip, x.v, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(b, true, axle_inner_is_orthogonal_list(&b, x.ip, mixed, 2, false), AXLE_EFIELD, f1,
                f2);
    FAILS_PTR(L, axle_inner_gram_schmidt(&L, x.ip, mixed, 2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(m, axle_gs_coefficients(&m, x.L, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(u, axle_inner_riesz(&u, x.ip, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(S, axle_inner_complement(&S, x.ip2, x.U), AXLE_EFIELD, f1, f2);
    FAILS_PTR(u, axle_inner_project(&u, x.ip, x.U, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(R, axle_inner_projection(&R, x.ip2, x.U), AXLE_EFIELD, f1, f2);
    FAILS_PTR(s, axle_inner_distance_squared(&s, x.ip, x.U, x.v2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(u, axle_map_lstsq(&u, x.ip, x.ipW, x.T, x.w2), AXLE_EFIELD, f1, f2);
    FAILS_PTR(R, axle_map_pseudoinverse(&R, x.ip2, x.ipW, x.T), AXLE_EFIELD, f1, f2);
    FAILS_PTR(R, axle_map_adjoint(&R, x.ip2, x.ipW, x.T), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(b, true, axle_map_is_self_adjoint(&b, x.ip, x.T2), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(b, true, axle_map_is_normal(&b, x.ip2, x.Top), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(b, true, axle_map_is_positive(&b, x.ip2, x.Top), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(b, true, axle_map_is_isometry(&b, x.ip2, x.ipW, x.T), AXLE_EFIELD, f1, f2);
    m = SENTINEL(axle_matrix);
    FAILS_PTR(L, axle_map_spectral(&L, &m, x.ip2, x.Top), AXLE_EFIELD, f1, f2);
    cr_assert_null(m, "spectral: the values are not NULL");
    FAILS_PTR(R, axle_map_sqrt(&R, x.ip, x.T2), AXLE_EFIELD, f1, f2);
    R2 = SENTINEL(axle_map);
    FAILS_PTR(R, axle_map_polar(&R, &R2, x.ip2, x.Top), AXLE_EFIELD, f1, f2);
    cr_assert_null(R2, "polar: the positive factor is not NULL");
    FAILS_PTR(sv, axle_map_svd(&sv, x.ip2, x.ipW, x.T), AXLE_EFIELD, f1, f2);
    FAILS_PLAIN(d, 7.0, axle_map_norm_double(&d, x.ip2, x.ipW, x.T), AXLE_EFIELD, f1, f2);
    FAILS_PTR(R, axle_map_best_rank(&R, x.ip2, x.ipW, x.T, 1), AXLE_EFIELD, f1, f2);
    drop(&x);
}

FIELDS(inner_contract, other_space)
{
    fixture x = make(*F);
    char n3[16], n4[16], n2[16];
    snprintf(n3, sizeof n3, "%s^3", axle_field_name(*F));
    snprintf(n4, sizeof n4, "%s^4", axle_field_name(*F));
    snprintf(n2, sizeof n2, "%s^2", axle_field_name(*F));
    axle_scalar *s;
    axle_vector *u;
    axle_space *S;
    axle_map *R, *R2;
    axle_inner *ip;
    axle_gs *L;
    axle_svd *sv;
    axle_matrix *m;
    char *str;
    bool b;
    double d;
    const axle_vector *mixed[2] = {x.v, x.vo};

    FAILS_PTR(ip, axle_inner_gram(&ip, x.V, x.Go), AXLE_EDIM, "4 x 4", n3);
    FAILS_PTR(ip, axle_inner_restrict(&ip, x.ip, x.Uo), AXLE_EDIM, n4, n3);
    FAILS_PTR(s, axle_inner_apply(&s, x.ip, x.v, x.vo), AXLE_EDIM, n4, n3);
    FAILS_PTR(s, axle_inner_norm_squared(&s, x.ip, x.vo), AXLE_EDIM, n4, n3);
    FAILS_PTR(str, axle_inner_norm_string(&str, x.ip, x.vo, AXLE_FORMAT_TEXT), AXLE_EDIM, n4, n3);
    FAILS_PLAIN(d, 7.0, axle_inner_norm_double(&d, x.ip, x.vo), AXLE_EDIM, n4, n3);
    FAILS_PLAIN(b, true, axle_inner_is_orthogonal(&b, x.ip, x.vo, x.v), AXLE_EDIM, n4, n3);
    FAILS_PLAIN(b, true, axle_inner_is_orthogonal_list(&b, x.ip, mixed, 2, true), AXLE_EDIM, n4,
                n3);
    FAILS_PTR(L, axle_inner_gram_schmidt(&L, x.ip, mixed, 2), AXLE_EDIM, n4, n3);
    FAILS_PTR(m, axle_gs_coefficients(&m, x.L, x.vo), AXLE_EDIM, n4, n3);
    FAILS_PTR(u, axle_inner_riesz(&u, x.ip, x.vo), AXLE_EDIM, n4, n3);
    FAILS_PTR(S, axle_inner_complement(&S, x.ip, x.Uo), AXLE_EDIM, n4, n3);
    FAILS_PTR(u, axle_inner_project(&u, x.ip, x.Uo, x.v), AXLE_EDIM, n4, n3);
    FAILS_PTR(u, axle_inner_project(&u, x.ip, x.U, x.vo), AXLE_EDIM, n4, n3);
    FAILS_PTR(R, axle_inner_projection(&R, x.ip, x.Uo), AXLE_EDIM, n4, n3);
    FAILS_PTR(s, axle_inner_distance_squared(&s, x.ip, x.Uo, x.v), AXLE_EDIM, n4, n3);
    FAILS_PTR(u, axle_map_lstsq(&u, x.ip, x.ipW, x.T, x.wo), AXLE_EDIM, n3, n2);
    FAILS_PTR(R, axle_map_pseudoinverse(&R, x.ipW, x.ip, x.T), AXLE_EDIM, n3, n2);
    FAILS_PTR(R, axle_map_adjoint(&R, x.ipo, x.ipW, x.T), AXLE_EDIM, n3, n4);
    FAILS_PLAIN(b, true, axle_map_is_self_adjoint(&b, x.ip, x.T), AXLE_EDIM, n2, n3);
    FAILS_PLAIN(b, true, axle_map_is_normal(&b, x.ip, x.To), AXLE_EDIM, n4, n3);
    FAILS_PLAIN(b, true, axle_map_is_positive(&b, x.ipo, x.Top), AXLE_EDIM, n3, n4);
    FAILS_PLAIN(b, true, axle_map_is_isometry(&b, x.ipW, x.ip, x.T), AXLE_EDIM, n3, n2);
    m = SENTINEL(axle_matrix);
    FAILS_PTR(L, axle_map_spectral(&L, &m, x.ip, x.To), AXLE_EDIM, n4, n3);
    cr_assert_null(m, "spectral: the values are not NULL");
    FAILS_PTR(R, axle_map_sqrt(&R, x.ip, x.T), AXLE_EDIM, n2, n3);
    R2 = SENTINEL(axle_map);
    FAILS_PTR(R, axle_map_polar(&R, &R2, x.ipo, x.Top), AXLE_EDIM, n3, n4);
    cr_assert_null(R2, "polar: the positive factor is not NULL");
    FAILS_PTR(sv, axle_map_svd(&sv, x.ipW, x.ip, x.T), AXLE_EDIM, n3, n2);
    FAILS_PLAIN(d, 7.0, axle_map_norm_double(&d, x.ip, x.ipo, x.T), AXLE_EDIM, n2, n4);
    FAILS_PTR(R, axle_map_best_rank(&R, x.ipW, x.ip, x.T, 1), AXLE_EDIM, n3, n2);
    drop(&x);
}

/* The exact norms (QQ only) meet the same checks; over RR they are AXLE_EUNSUPPORTED whatever the
 * arguments, with outputs NULL. */
FIELDS(inner_contract, exact_norms)
{
    fixture x = make(*F);
    axle_algebraic *a;
    if (*F == AXLE_QQ) {
        FAILS_PTR(a, axle_inner_norm(&a, x.ip, x.v2), AXLE_EFIELD, "QQ", "RR");
        FAILS_PTR(a, axle_inner_norm(&a, x.ip, x.vo), AXLE_EDIM, "QQ^4", "QQ^3");
        FAILS_PTR(a, axle_map_norm(&a, x.ip2, x.ipW, x.T), AXLE_EFIELD, "QQ", "RR");
        FAILS_PTR(a, axle_map_norm(&a, x.ipo, x.ipW, x.T), AXLE_EDIM, "QQ^3", "QQ^4");
    } else {
        a = SENTINEL(axle_algebraic);
        OH_FAILS(axle_inner_norm(&a, x.ip, x.v), AXLE_EUNSUPPORTED);
        cr_assert_null(a);
        a = SENTINEL(axle_algebraic);
        OH_FAILS(axle_map_norm(&a, x.ip, x.ipW, x.T), AXLE_EUNSUPPORTED);
        cr_assert_null(a);
    }
    drop(&x);
}
