/* Operators on inner product spaces over both fields (LADR 7): the adjoint for non-standard inner
 * products (<T u, v> = <u, T* v> for random Gram matrices B^T B + I and for the integral product
 * on P_m with T = differentiation; T** = T), the self-adjoint, normal, positive and isometry tests
 * on examples both ways, the spectral theorem (an orthonormal eigenbasis that diagonalizes T),
 * the positive square root (√T² = T), the polar decomposition (S an isometry, P positive,
 * S P = T), and every error path. Fixed default seed (AXLE_TEST_SEED overrides). */
#include <float.h>

#include "op_helpers.h"

/* <T u, v>_W = <u, T* v>_V for random u, v, and T** = T. */
static void check_adjoint(const axle_inner *ipV, const axle_inner *ipW, const axle_map *T,
                          ts_rng *r)
{
    axle_map *Ts = NULL, *Tss = NULL;
    TS_OK(axle_map_adjoint(&Ts, ipV, ipW, T));
    cr_assert_eq(axle_map_domain(Ts), axle_map_codomain(T));
    cr_assert_eq(axle_map_codomain(Ts), axle_map_domain(T));
    for (int t = 0; t < 4; t++) {
        axle_vector *u = in_random_vec(r, axle_inner_space(ipV));
        axle_vector *v = in_random_vec(r, axle_inner_space(ipW));
        axle_vector *Tu = NULL, *Tsv = NULL;
        axle_scalar *a = NULL, *b = NULL;
        TS_OK(axle_map_apply(&Tu, T, u));
        TS_OK(axle_map_apply(&Tsv, Ts, v));
        TS_OK(axle_inner_apply(&a, ipW, Tu, v));
        TS_OK(axle_inner_apply(&b, ipV, u, Tsv));
        double scale = 0;
        TS_OK(axle_inner_norm_double(&scale, ipW, Tu));
        double nv = 0;
        TS_OK(axle_inner_norm_double(&nv, ipW, v));
        oh_assert_scalar(a, b, 10 * scale * nv, "<T u, v> = <u, T* v>");
        axle_vector_unref(u);
        axle_vector_unref(v);
        axle_vector_unref(Tu);
        axle_vector_unref(Tsv);
        axle_scalar_free(a);
        axle_scalar_free(b);
    }
    TS_OK(axle_map_adjoint(&Tss, ipW, ipV, Ts));
    axle_matrix *M = oh_matrix_of(T), *Mss = oh_matrix_of(Tss);
    oh_assert_close(Mss, M, "T** = T");
    axle_matrix_free(M);
    axle_matrix_free(Mss);
    axle_map_unref(Ts);
    axle_map_unref(Tss);
}

FIELDS(adjoint, random_gram_matrices)
{
    ts_rng r = ts_rng_new("adjoint/random_gram_matrices");
    for (size_t t = 0; t < 6; t++) {
        size_t n = 1 + t % 4, m = 1 + (t * 3) % 5;
        axle_space *V = in_fn(*F, n), *W = in_fn(*F, m);
        axle_matrix *GV = in_random_gram(&r, *F, n), *GW = in_random_gram(&r, *F, m);
        axle_inner *ipV = in_gram(V, GV), *ipW = in_gram(W, GW);
        axle_matrix *M = ts_random_int(&r, *F, m, n, -4, 4);
        axle_map *T = oh_map(V, W, M);
        check_adjoint(ipV, ipW, T, &r);
        /* the adjoint for G differs from the transpose unless G is the identity */
        axle_map *Ts = NULL;
        TS_OK(axle_map_adjoint(&Ts, ipV, ipW, T));
        axle_matrix *Ms = oh_matrix_of(Ts), *A = NULL, *B = NULL, *Mt = ts_transpose(M);
        A = ts_mul(GV, Ms);
        B = ts_mul(Mt, GW);
        oh_assert_close(A, B, "GV M(T*) = M^T GW");
        axle_matrix_free(A);
        axle_matrix_free(B);
        axle_matrix_free(Mt);
        axle_matrix_free(Ms);
        axle_map_unref(Ts);
        axle_map_unref(T);
        axle_matrix_free(M);
        axle_inner_unref(ipV);
        axle_inner_unref(ipW);
        axle_matrix_free(GV);
        axle_matrix_free(GW);
        axle_space_unref(V);
        axle_space_unref(W);
    }
}

/* The integral product on P_3 over [0, 1] and [-1, 2], T = differentiation, and the map P_3 ->
 * F^2 (dot product) that evaluates at 0 and 1. */
FIELDS(adjoint, integral_product)
{
    ts_rng r = ts_rng_new("adjoint/integral_product");
    axle_space *P = NULL, *W = in_fn(*F, 2);
    TS_OK(axle_space_poly(&P, *F, 3));
    long ends[2][2] = {{0, 1}, {-1, 2}};
    for (int c = 0; c < 2; c++) {
        axle_scalar *a = NULL, *b = NULL;
        TS_OK(axle_scalar_from_int(&a, *F, ends[c][0]));
        TS_OK(axle_scalar_from_int(&b, *F, ends[c][1]));
        axle_inner *ip = NULL;
        TS_OK(axle_inner_integral(&ip, P, a, b));
        axle_map *D = NULL;
        TS_OK(axle_map_differentiation(&D, P, P));
        check_adjoint(ip, ip, D, &r);
        bool sa = true;
        TS_OK(axle_map_is_self_adjoint(&sa, ip, D));
        cr_assert(!sa, "differentiation is not self-adjoint");
        axle_matrix *E = oh_mat(*F, "[[1, 0, 0, 0], [1, 1, 1, 1]]");
        axle_map *ev = oh_map(P, W, E);
        axle_inner *dot = in_dot(W);
        check_adjoint(ip, dot, ev, &r);
        axle_inner_unref(dot);
        axle_map_unref(ev);
        axle_matrix_free(E);
        axle_map_unref(D);
        axle_inner_unref(ip);
        axle_scalar_free(a);
        axle_scalar_free(b);
    }
    axle_space_unref(P);
    axle_space_unref(W);
}

typedef axle_status (*op_test)(bool *, const axle_inner *, const axle_map *);

static bool ask(op_test fn, const axle_inner *ip, const axle_map *T)
{
    bool b = false;
    TS_OK(fn(&b, ip, T));
    return b;
}

/* A matrix case and its answers (self-adjoint, normal, positive, isometry) for the standard
 * inner product. */
typedef struct op_case {
    const char *text;
    bool sa, normal, pos, iso;
} op_case;

static const op_case op_cases[] = {
    {"[[2, -1], [-1, 2]]", true, true, true, false},
    {"[[1, 2], [2, 1]]", true, true, false, false},
    {"[[0, 0], [0, 0]]", true, true, true, false},
    {"[[0, -1], [1, 0]]", false, true, false, true},
    {"[[3/5, -4/5], [4/5, 3/5]]", false, true, false, true},
    {"[[0, 1], [1, 0]]", true, true, false, true},
    {"[[1, 0], [0, 1]]", true, true, true, true},
    {"[[1, 1], [0, 1]]", false, false, false, false},
    {"[[1, 2], [0, 3]]", false, false, false, false},
    {"[[2, 1, 0], [1, 2, 1], [0, 1, 2]]", true, true, true, false},
    {"[[1, 1, 0], [0, 1, 1], [1, 0, 1]]", false, true, false, false},
};

FIELDS(operators, standard_examples)
{
    for (size_t c = 0; c < sizeof op_cases / sizeof op_cases[0]; c++) {
        const op_case *k = &op_cases[c];
        axle_matrix *M = oh_mat(*F, k->text);
        axle_space *V = in_fn(*F, axle_matrix_rows(M));
        axle_inner *ip = in_dot(V);
        axle_map *T = oh_map(V, V, M);
        cr_assert_eq(ask(axle_map_is_self_adjoint, ip, T), k->sa, "%s: self-adjoint", k->text);
        cr_assert_eq(ask(axle_map_is_normal, ip, T), k->normal, "%s: normal", k->text);
        cr_assert_eq(ask(axle_map_is_positive, ip, T), k->pos, "%s: positive", k->text);
        bool iso = false;
        TS_OK(axle_map_is_isometry(&iso, ip, ip, T));
        cr_assert_eq(iso, k->iso, "%s: isometry", k->text);
        axle_map_unref(T);
        axle_inner_unref(ip);
        axle_space_unref(V);
        axle_matrix_free(M);
    }
}

/* For G = [[2, 1], [1, 2]]: p1 = (1, 0), p2 = (1, -2) are G-orthogonal with ‖p1‖² = 2, ‖p2‖² = 6.
 * T = P diag(a, b) P^{-1} is self-adjoint for G (and positive when a, b >= 0), not for the dot
 * product; the matrix that maps p1/√2 to p2/√6 and p2/√6 to -p1/√2 is a G-isometry, normal, not
 * self-adjoint. */
FIELDS(operators, gram_examples)
{
    axle_space *V = in_fn(*F, 2);
    axle_matrix *G = oh_mat(*F, "[[2, 1], [1, 2]]");
    axle_inner *ip = in_gram(V, G), *dot = in_dot(V);
    /* P = [[1, 1], [0, -2]], P^{-1} = [[1, 1/2], [0, -1/2]] */
    axle_matrix *T1 = oh_mat(*F, "[[1, -1], [0, 3]]");   /* P diag(1, 3) P^{-1} */
    axle_matrix *T2 = oh_mat(*F, "[[1, 3/2], [0, -2]]"); /* P diag(1, -2) P^{-1} */
    axle_map *A = oh_map(V, V, T1), *B = oh_map(V, V, T2);
    cr_assert(ask(axle_map_is_self_adjoint, ip, A));
    cr_assert(ask(axle_map_is_positive, ip, A));
    cr_assert(ask(axle_map_is_normal, ip, A));
    cr_assert(!ask(axle_map_is_self_adjoint, dot, A));
    cr_assert(!ask(axle_map_is_normal, dot, A));
    cr_assert(ask(axle_map_is_self_adjoint, ip, B));
    cr_assert(!ask(axle_map_is_positive, ip, B));
    /* G-isometries (M^T G M = G): the reflection p1 -> p1, p2 -> -p2, M = P diag(1, -1) P^{-1},
     * and the swap of the coordinates, under which G = [[2, 1], [1, 2]] is symmetric. */
    axle_matrix *R = oh_mat(*F, "[[1, 1], [0, -1]]"), *S = oh_mat(*F, "[[0, 1], [1, 0]]");
    axle_map *Rm = oh_map(V, V, R), *Sm = oh_map(V, V, S);
    bool iso = false;
    TS_OK(axle_map_is_isometry(&iso, ip, ip, Rm));
    cr_assert(iso, "P diag(1, -1) P^{-1} is a G-isometry");
    TS_OK(axle_map_is_isometry(&iso, ip, ip, Sm));
    cr_assert(iso, "the swap is a G-isometry");
    TS_OK(axle_map_is_isometry(&iso, dot, dot, Rm));
    cr_assert(!iso, "P diag(1, -1) P^{-1} is not a dot-product isometry");
    TS_OK(axle_map_is_isometry(&iso, ip, ip, A));
    cr_assert(!iso);
    /* an isometry between different spaces: (F^2, diag(4, 9)) -> (F^3, dot), x -> (2 x1, 3 x2, 0)
     */
    axle_space *W = in_fn(*F, 3);
    axle_matrix *D = oh_mat(*F, "[[4, 0], [0, 9]]"), *E = oh_mat(*F, "[[2, 0], [0, 3], [0, 0]]");
    axle_inner *ipD = in_gram(V, D), *dotW = in_dot(W);
    axle_map *Em = oh_map(V, W, E);
    TS_OK(axle_map_is_isometry(&iso, ipD, dotW, Em));
    cr_assert(iso);
    TS_OK(axle_map_is_isometry(&iso, dot, dotW, Em));
    cr_assert(!iso);
    axle_map_unref(Em);
    axle_inner_unref(ipD);
    axle_inner_unref(dotW);
    axle_matrix_free(D);
    axle_matrix_free(E);
    axle_space_unref(W);
    axle_map_unref(Rm);
    axle_map_unref(Sm);
    axle_matrix_free(R);
    axle_matrix_free(S);
    axle_map_unref(A);
    axle_map_unref(B);
    axle_matrix_free(T1);
    axle_matrix_free(T2);
    axle_inner_unref(ip);
    axle_inner_unref(dot);
    axle_matrix_free(G);
    axle_space_unref(V);
}

/* Normality does not depend on the scale of T: for tiny and huge T the products T T* and T* T
 * underflowed to 0 over RR (T = 10^-300 [[1, 2], [3, 4]] was "normal" for G = [[2, 1], [1, 2]])
 * or overflowed (AXLE_ERANGE for 10^300 T). Both fields give the answers of the unscaled T. */
FIELDS(operators, normal_at_extreme_scales)
{
    axle_space *V = in_fn(*F, 2);
    axle_matrix *G = oh_mat(*F, "[[2, 1], [1, 2]]");
    axle_inner *ip = in_gram(V, G), *dot = in_dot(V);
    const char *scales[] = {"1e-300", "1e300"};
    for (size_t k = 0; k < 2; k++) {
        axle_scalar *c = NULL;
        TS_OK(axle_scalar_parse(&c, *F, scales[k]));
        /* [[1, -1], [0, 3]] is self-adjoint for G, [[1, 2], [3, 4]] is not normal for G, and
         * [[0, -1], [1, 0]] is normal (a rotation) for the dot product */
        const char *text[] = {"[[1, -1], [0, 3]]", "[[1, 2], [3, 4]]", "[[0, -1], [1, 0]]"};
        for (size_t j = 0; j < 3; j++) {
            axle_matrix *M = oh_mat(*F, text[j]), *cM = NULL;
            TS_OK(axle_matrix_scale(&cM, c, M));
            axle_map *T = oh_map(V, V, M), *cT = oh_map(V, V, cM);
            const axle_inner *on = j == 2 ? dot : ip;
            cr_assert_eq(ask(axle_map_is_normal, on, cT), ask(axle_map_is_normal, on, T),
                         "%s %s: normal", scales[k], text[j]);
            axle_map_unref(T);
            axle_map_unref(cT);
            axle_matrix_free(M);
            axle_matrix_free(cM);
        }
        axle_scalar_free(c);
    }
    axle_inner_unref(ip);
    axle_inner_unref(dot);
    axle_matrix_free(G);
    axle_space_unref(V);
}

/* The self-adjoint test with a Gram matrix decides on GM - (GM)^T cleared of the noise of the
 * product; G M itself was cleared first, entry by entry, which could zero one of a pair and keep
 * the other: M = [[1, a], [b, 1]] with G = 2I, 2a above the noise level and 2b below it, 2(a - b)
 * below it, was not self-adjoint over RR (the identity restricted to a subspace, with the
 * restricted inner product, was refused by the spectral theorem that way). */
Test(operators, rr_self_adjoint_noise_on_both_sides)
{
    axle_space *V = in_fn(AXLE_RR, 2);
    axle_matrix *G = oh_mat(AXLE_RR, "[[2, 0], [0, 2]]");
    axle_inner *ip = in_gram(V, G);
    /* the noise level of G M: tol(2, 2) max|G| max|M| cols(G) = 2 eps 2 1 2 */
    double L = 8 * DBL_EPSILON, a = 0.6 * L, b = 0.25 * L;
    double m[4] = {1, a, b, 1}; /* row-major: M = [[1, a], [b, 1]] */
    axle_matrix *M = NULL;
    TS_OK(axle_matrix_from_doubles(&M, AXLE_RR, 2, 2, m));
    axle_map *T = oh_map(V, V, M);
    cr_assert(ask(axle_map_is_self_adjoint, ip, T));
    cr_assert(ask(axle_map_is_positive, ip, T));
    axle_map_unref(T);
    axle_matrix_free(M);
    axle_inner_unref(ip);
    axle_matrix_free(G);
    axle_space_unref(V);
}

/* The spectral basis: orthonormal for ip (the orthogonal vectors with their norms squared) and
 * made of eigenvectors, T e'_j = λ_j e'_j, with ascending λ. */
static void check_spectral(const axle_inner *ip, const axle_map *T, const axle_gs *L,
                           const axle_matrix *values)
{
    size_t n = axle_space_dim(axle_inner_space(ip));
    cr_assert_eq(axle_gs_count(L), n);
    cr_assert_eq(axle_matrix_rows(values), n);
    axle_vector **e = calloc(n, sizeof *e);
    double prev = -INFINITY, scale = 1;
    axle_matrix *M = oh_matrix_of(T);
    scale = fmax(1.0, ts_maxnorm(M));
    for (size_t j = 0; j < n; j++) {
        TS_OK(axle_gs_orthogonal(&e[j], L, j));
        axle_scalar *lam = NULL;
        TS_OK(axle_matrix_get(&lam, values, j, 0));
        double l = axle_scalar_to_double(lam);
        cr_assert_geq(l, prev - 1e-9 * scale, "eigenvalues ascending");
        prev = l;
        axle_vector *Te = NULL, *le = NULL;
        TS_OK(axle_map_apply(&Te, T, e[j]));
        TS_OK(axle_vector_scale(&le, lam, e[j]));
        axle_matrix *a = NULL, *b = NULL;
        TS_OK(axle_vector_coords(&a, Te));
        TS_OK(axle_vector_coords(&b, le));
        cr_assert(ts_close(a, b, 1e-9 * scale), "T e_%zu = lambda e_%zu", j, j);
        axle_matrix_free(a);
        axle_matrix_free(b);
        axle_vector_unref(Te);
        axle_vector_unref(le);
        axle_scalar_free(lam);
    }
    /* pairwise orthogonal: exactly over QQ, to 1e-9 ‖e_i‖ ‖e_j‖ over RR */
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++) {
            axle_scalar *x = in_apply(ip, e[i], e[j]), *zero = in_int(axle_scalar_field(x), 0);
            double ni = 0, nj = 0;
            TS_OK(axle_inner_norm_double(&ni, ip, e[i]));
            TS_OK(axle_inner_norm_double(&nj, ip, e[j]));
            oh_assert_scalar(x, zero, ni * nj, "the spectral basis is orthogonal");
            axle_scalar_free(x);
            axle_scalar_free(zero);
        }
    for (size_t j = 0; j < n; j++) {
        axle_scalar *r = NULL, *nn = NULL;
        TS_OK(axle_gs_norm_squared(&r, L, j));
        TS_OK(axle_inner_norm_squared(&nn, ip, e[j]));
        oh_assert_scalar(r, nn, 1, "r_j = ‖e'_j‖²");
        axle_scalar_free(r);
        axle_scalar_free(nn);
        axle_vector_unref(e[j]);
    }
    free(e);
    axle_matrix_free(M);
}

FIELDS(spectral, rational_examples)
{
    axle_space *V = in_fn(*F, 2), *V3 = in_fn(*F, 3);
    axle_matrix *G = oh_mat(*F, "[[2, 1], [1, 2]]");
    axle_inner *ip = in_gram(V, G), *dot = in_dot(V), *dot3 = in_dot(V3);
    struct {
        const axle_inner *ip;
        const axle_space *V;
        const char *T, *values;
    } cases[] = {
        {dot, V, "[[2, 1], [1, 2]]", "[[1], [3]]"},
        {ip, V, "[[1, -1], [0, 3]]", "[[1], [3]]"},
        {ip, V, "[[1, 3/2], [0, -2]]", "[[-2], [1]]"},
        {dot3, V3, "[[2, 0, 0], [0, 2, 0], [0, 0, -1]]", "[[-1], [2], [2]]"},
        {dot3, V3, "[[1, 1, 1], [1, 1, 1], [1, 1, 1]]", "[[0], [0], [3]]"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        axle_matrix *M = oh_mat(*F, cases[c].T), *want = oh_mat(*F, cases[c].values);
        axle_map *T = oh_map(cases[c].V, cases[c].V, M);
        axle_gs *L = NULL;
        axle_matrix *values = NULL;
        TS_OK(axle_map_spectral(&L, &values, cases[c].ip, T));
        check_spectral(cases[c].ip, T, L, values);
        oh_assert_close(values, want, cases[c].T);
        /* either output alone */
        axle_gs *L1 = NULL;
        axle_matrix *v1 = NULL;
        TS_OK(axle_map_spectral(&L1, NULL, cases[c].ip, T));
        TS_OK(axle_map_spectral(NULL, &v1, cases[c].ip, T));
        oh_assert_close(v1, want, "values alone");
        axle_gs_unref(L1);
        axle_matrix_free(v1);
        axle_gs_unref(L);
        axle_matrix_free(values);
        axle_map_unref(T);
        axle_matrix_free(M);
        axle_matrix_free(want);
    }
    axle_inner_unref(ip);
    axle_inner_unref(dot);
    axle_inner_unref(dot3);
    axle_matrix_free(G);
    axle_space_unref(V);
    axle_space_unref(V3);
}

/* Random T = G^{-1} S (S symmetric; computed over QQ, then rounded for RR) is self-adjoint for G:
 * RR always has the basis; QQ has it exactly when the eigenvalues are rational, and otherwise
 * refuses with AXLE_EDOMAIN. */
FIELDS(spectral, random_self_adjoint)
{
    ts_rng r = ts_rng_new("spectral/random_self_adjoint");
    for (size_t t = 0; t < 5; t++) {
        size_t n = 1 + t % 4;
        axle_space *V = in_fn(*F, n);
        axle_matrix *Gq = in_random_gram(&r, AXLE_QQ, n),
                    *B = ts_random_int(&r, AXLE_QQ, n, n, -3, 3);
        axle_matrix *Bt = ts_transpose(B), *S = NULL, *Mq = NULL, *G = NULL, *M = NULL;
        TS_OK(axle_matrix_add(&S, B, Bt));
        TS_OK(axle_matrix_solve(&Mq, NULL, Gq, S));
        TS_OK(axle_matrix_convert(&G, Gq, *F));
        TS_OK(axle_matrix_convert(&M, Mq, *F));
        axle_inner *ip = in_gram(V, G);
        axle_map *T = oh_map(V, V, M);
        cr_assert(ask(axle_map_is_self_adjoint, ip, T));
        axle_gs *L = NULL;
        axle_matrix *values = NULL;
        axle_status s = axle_map_spectral(&L, &values, ip, T);
        if (*F == AXLE_RR || s == AXLE_OK) {
            cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
            check_spectral(ip, T, L, values);
        } else {
            cr_assert_eq(s, AXLE_EDOMAIN, "%s", axle_error_message());
            cr_assert_null(L);
            cr_assert_null(values);
        }
        axle_gs_unref(L);
        axle_matrix_free(values);
        axle_map_unref(T);
        axle_inner_unref(ip);
        axle_matrix *mats[] = {Gq, B, Bt, S, Mq, G, M};
        for (size_t i = 0; i < sizeof mats / sizeof mats[0]; i++)
            axle_matrix_free(mats[i]);
        axle_space_unref(V);
    }
}

FIELDS(spectral, errors)
{
    axle_space *V = in_fn(*F, 2), *W = in_fn(*F, 3);
    axle_inner *ip = in_dot(V), *ipW = in_dot(W);
    axle_matrix *R = oh_mat(*F, "[[0, -1], [1, 0]]"), *J = oh_mat(*F, "[[1, 1], [0, 1]]");
    axle_matrix *E = oh_mat(*F, "[[1, 0], [0, 1], [0, 0]]");
    axle_map *rot = oh_map(V, V, R), *jb = oh_map(V, V, J), *inc = oh_map(V, W, E);
    axle_gs *L = (axle_gs *)&L;
    axle_matrix *values = (axle_matrix *)&values;
    OH_FAILS(axle_map_spectral(&L, &values, ip, rot), AXLE_EDOMAIN);
    cr_assert_null(L);
    cr_assert_null(values);
    cr_assert(strstr(axle_error_message(), "normal"), "%s", axle_error_message());
    OH_FAILS(axle_map_spectral(&L, &values, ip, jb), AXLE_EDOMAIN);
    OH_FAILS(axle_map_spectral(&L, &values, ip, inc), AXLE_EDIM);
    OH_FAILS(axle_map_spectral(&L, &values, ipW, jb), AXLE_EDIM);
    OH_FAILS(axle_map_spectral(NULL, NULL, ip, jb), AXLE_EINVAL);
    OH_FAILS(axle_map_spectral(&L, &values, NULL, jb), AXLE_EINVAL);
    OH_FAILS(axle_map_spectral(&L, &values, ip, NULL), AXLE_EINVAL);
    bool b = true;
    OH_FAILS(axle_map_is_self_adjoint(&b, ip, inc), AXLE_EDIM);
    OH_FAILS(axle_map_is_normal(&b, ipW, jb), AXLE_EDIM);
    OH_FAILS(axle_map_is_positive(&b, NULL, jb), AXLE_EINVAL);
    OH_FAILS(axle_map_is_positive(NULL, ip, jb), AXLE_EINVAL);
    OH_FAILS(axle_map_is_isometry(&b, ip, ip, inc), AXLE_EDIM);
    cr_assert(b, "a failed test leaves *out alone");
    axle_map *S = (axle_map *)&S, *P = (axle_map *)&P;
    OH_FAILS(axle_map_sqrt(&S, ip, jb), AXLE_EDOMAIN);
    cr_assert_null(S);
    OH_FAILS(axle_map_sqrt(&S, ip, rot), AXLE_EDOMAIN);
    OH_FAILS(axle_map_polar(&S, &P, ip, inc), AXLE_EDIM);
    cr_assert_null(S);
    cr_assert_null(P);
    OH_FAILS(axle_map_polar(NULL, NULL, ip, jb), AXLE_EINVAL);
    OH_FAILS(axle_map_adjoint(&S, ip, ip, inc), AXLE_EDIM);
    cr_assert_null(S);
    OH_FAILS(axle_map_adjoint(&S, ip, ipW, jb), AXLE_EDIM);
    axle_space *Vq = in_fn(*F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 2);
    axle_inner *ipq = in_dot(Vq);
    axle_status s = axle_map_adjoint(&S, ipq, ipq, jb);
    cr_assert(s == AXLE_EFIELD || s == AXLE_EDIM, "mixed fields: %d %s", s, axle_error_message());
    axle_inner_unref(ipq);
    axle_space_unref(Vq);
    axle_map_unref(rot);
    axle_map_unref(jb);
    axle_map_unref(inc);
    axle_matrix_free(R);
    axle_matrix_free(J);
    axle_matrix_free(E);
    axle_inner_unref(ip);
    axle_inner_unref(ipW);
    axle_space_unref(V);
    axle_space_unref(W);
}

/* √T: rational square roots exactly (and on RR), R² = T, R positive; for G too. */
FIELDS(sqrt, examples)
{
    axle_space *V = in_fn(*F, 2);
    axle_matrix *G = oh_mat(*F, "[[2, 1], [1, 2]]");
    axle_inner *dot = in_dot(V), *ip = in_gram(V, G);
    struct {
        const axle_inner *ip;
        const char *T, *root;
    } cases[] = {
        {dot, "[[5, 4], [4, 5]]", "[[2, 1], [1, 2]]"},
        {dot, "[[0, 0], [0, 0]]", "[[0, 0], [0, 0]]"},
        {dot, "[[4, 0], [0, 0]]", "[[2, 0], [0, 0]]"},
        /* P diag(4, 9) P^{-1}, root P diag(2, 3) P^{-1} with P = [[1, 1], [0, -2]] */
        {ip, "[[4, -5/2], [0, 9]]", "[[2, -1/2], [0, 3]]"},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        axle_matrix *M = oh_mat(*F, cases[c].T), *want = oh_mat(*F, cases[c].root);
        axle_map *T = oh_map(V, V, M), *R = NULL, *R2 = NULL;
        TS_OK(axle_map_sqrt(&R, cases[c].ip, T));
        axle_matrix *Rm = oh_matrix_of(R);
        oh_assert_close(Rm, want, cases[c].T);
        TS_OK(axle_map_compose(&R2, R, R));
        axle_matrix *R2m = oh_matrix_of(R2);
        oh_assert_close(R2m, M, "R^2 = T");
        cr_assert(ask(axle_map_is_positive, cases[c].ip, R), "√T is positive");
        axle_matrix_free(Rm);
        axle_matrix_free(R2m);
        axle_map_unref(R);
        axle_map_unref(R2);
        axle_map_unref(T);
        axle_matrix_free(M);
        axle_matrix_free(want);
    }
    /* eigenvalue 2: QQ refuses (√2 is irrational), RR answers */
    axle_matrix *M = oh_mat(*F, "[[2, 0], [0, 1]]");
    axle_map *T = oh_map(V, V, M), *R = NULL;
    axle_status s = axle_map_sqrt(&R, dot, T);
    if (*F == AXLE_QQ) {
        cr_assert_eq(s, AXLE_EDOMAIN, "%s", axle_error_message());
        cr_assert_null(R);
    } else {
        cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
        axle_matrix *Rm = oh_matrix_of(R);
        double x = 0;
        TS_OK(axle_matrix_get_double(&x, Rm, 0, 0));
        cr_assert_float_eq(x, sqrt(2.0), 1e-12);
        axle_matrix_free(Rm);
    }
    axle_map_unref(R);
    axle_map_unref(T);
    axle_matrix_free(M);
    axle_inner_unref(dot);
    axle_inner_unref(ip);
    axle_matrix_free(G);
    axle_space_unref(V);
}

/* T = S P: S an isometry, P positive, S P = T. */
static void check_polar(const axle_inner *ip, const axle_map *T, const axle_map *S,
                        const axle_map *P)
{
    bool iso = false;
    TS_OK(axle_map_is_isometry(&iso, ip, ip, S));
    cr_assert(iso, "S is an isometry");
    cr_assert(ask(axle_map_is_positive, ip, P), "P is positive");
    axle_map *SP = NULL;
    TS_OK(axle_map_compose(&SP, S, P));
    axle_matrix *a = oh_matrix_of(SP), *b = oh_matrix_of(T);
    oh_assert_close(a, b, "S P = T");
    axle_matrix_free(a);
    axle_matrix_free(b);
    axle_map_unref(SP);
}

FIELDS(polar, examples)
{
    axle_space *V = in_fn(*F, 2);
    axle_inner *dot = in_dot(V);
    /* [[3/5, -4/5], [4/5, 3/5]] [[2, 1], [1, 2]] */
    axle_matrix *M = oh_mat(*F, "[[2/5, -1], [11/5, 2]]"),
                *Sw = oh_mat(*F, "[[3/5, -4/5], [4/5, 3/5]]"), *Pw = oh_mat(*F, "[[2, 1], [1, 2]]");
    axle_map *T = oh_map(V, V, M), *S = NULL, *P = NULL;
    TS_OK(axle_map_polar(&S, &P, dot, T));
    check_polar(dot, T, S, P);
    axle_matrix *Sm = oh_matrix_of(S), *Pm = oh_matrix_of(P);
    oh_assert_close(Sm, Sw, "S");
    oh_assert_close(Pm, Pw, "P");
    axle_map *P1 = NULL;
    TS_OK(axle_map_polar(NULL, &P1, dot, T));
    axle_matrix *P1m = oh_matrix_of(P1);
    oh_assert_close(P1m, Pw, "P alone");
    axle_matrix_free(P1m);
    axle_map_unref(P1);
    axle_matrix_free(Sm);
    axle_matrix_free(Pm);
    axle_map_unref(S);
    axle_map_unref(P);
    /* singular: QQ refuses (S is not unique), RR gives some isometry S */
    axle_matrix *Z = oh_mat(*F, "[[1, 1], [1, 1]]");
    axle_map *Tz = oh_map(V, V, Z);
    S = P = NULL;
    axle_status s = axle_map_polar(&S, &P, dot, Tz);
    if (*F == AXLE_QQ) {
        cr_assert_eq(s, AXLE_EDOMAIN, "%s", axle_error_message());
        cr_assert_null(S);
        cr_assert_null(P);
    } else {
        cr_assert_eq(s, AXLE_OK, "%s", axle_error_message());
        check_polar(dot, Tz, S, P);
    }
    axle_map_unref(S);
    axle_map_unref(P);
    axle_map_unref(Tz);
    axle_matrix_free(Z);
    axle_map_unref(T);
    axle_matrix_free(M);
    axle_matrix_free(Sw);
    axle_matrix_free(Pw);
    axle_inner_unref(dot);
    axle_space_unref(V);
}

/* RR: random operators for random Gram matrices. */
Test(polar, random_rr)
{
    ts_rng r = ts_rng_new("polar/random_rr");
    for (size_t t = 0; t < 4; t++) {
        size_t n = 1 + t;
        axle_space *V = in_fn(AXLE_RR, n);
        axle_matrix *G = in_random_gram(&r, AXLE_RR, n),
                    *M = ts_random_int(&r, AXLE_RR, n, n, -4, 4);
        axle_inner *ip = in_gram(V, G);
        axle_map *T = oh_map(V, V, M), *S = NULL, *P = NULL;
        TS_OK(axle_map_polar(&S, &P, ip, T));
        check_polar(ip, T, S, P);
        axle_map_unref(S);
        axle_map_unref(P);
        axle_map_unref(T);
        axle_inner_unref(ip);
        axle_matrix_free(G);
        axle_matrix_free(M);
        axle_space_unref(V);
    }
}

/* The zero space: every operator on {0} is self-adjoint, positive, an isometry; its spectral
 * basis is empty. */
FIELDS(operators, zero_space)
{
    axle_space *V = in_fn(*F, 0);
    axle_inner *ip = in_dot(V);
    axle_matrix *M = ts_zero(*F, 0, 0);
    axle_map *T = oh_map(V, V, M);
    cr_assert(ask(axle_map_is_self_adjoint, ip, T));
    cr_assert(ask(axle_map_is_positive, ip, T));
    cr_assert(ask(axle_map_is_normal, ip, T));
    axle_gs *L = NULL;
    axle_matrix *values = NULL;
    TS_OK(axle_map_spectral(&L, &values, ip, T));
    cr_assert_eq(axle_gs_count(L), 0);
    cr_assert_eq(axle_matrix_rows(values), 0);
    axle_map *R = NULL, *S = NULL, *P = NULL;
    TS_OK(axle_map_sqrt(&R, ip, T));
    TS_OK(axle_map_polar(&S, &P, ip, T));
    axle_map_unref(R);
    axle_map_unref(S);
    axle_map_unref(P);
    axle_gs_unref(L);
    axle_matrix_free(values);
    axle_map_unref(T);
    axle_matrix_free(M);
    axle_inner_unref(ip);
    axle_space_unref(V);
}
