/* Standard inner products keep no Gram matrix (G = NULL for the identity), over both fields:
 * (1) every operation of the inner floor gives the same results for the dot / trace product
 * (G NULL) as for axle_inner_gram with an explicit identity (G kept): inner products, norms,
 * orthogonality, Gram–Schmidt, orthonormal bases, projections, distances, complements, Riesz,
 * restriction, orthogonal sums, adjoints, the operator tests, the spectral theorem, singular
 * values, least squares, the Gram matrix and the descriptions; (2) spaces far above
 * AXLE_INNER_MAX_DIM work when the work is bounded by the input (P_3000 and P_20000: Gram–Schmidt,
 * norms, projections onto small subspaces, Riesz), and what would build a dim x dim matrix from the
 * space alone, or an explicit Gram matrix that is not I, is refused with AXLE_ERANGE before it is
 * allocated. */
#include <stdio.h>

#include "helpers.h"
#include "inner/inner_internal.h"

/* ---- (1) G NULL against an explicit identity ------------------------------------------------ */

/* Assert the scalars equal (exactly over QQ, within IN_TOL over RR); both freed. */
static void same_scalar(axle_scalar *x, axle_scalar *y)
{
    cr_assert(in_close(x, y, IN_TOL), "%.17g != %.17g", axle_scalar_to_double(x),
              axle_scalar_to_double(y));
    axle_scalar_free(x);
    axle_scalar_free(y);
}

/* Assert the matrices equal; both freed. */
static void same_matrix(axle_matrix *A, axle_matrix *B)
{
    char *a = NULL, *b = NULL;
    TS_OK(axle_matrix_to_string(&a, A, AXLE_FORMAT_TEXT));
    TS_OK(axle_matrix_to_string(&b, B, AXLE_FORMAT_TEXT));
    cr_assert(ts_close(A, B, IN_TOL), "the matrices differ: %s and %s", a, b);
    axle_free(a);
    axle_free(b);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Assert the maps' matrices equal; both freed. */
static void same_map(axle_map *S, axle_map *T)
{
    axle_matrix *A = NULL, *B = NULL;
    TS_OK(axle_map_matrix(&A, S, NULL, 0, NULL, 0));
    TS_OK(axle_map_matrix(&B, T, NULL, 0, NULL, 0));
    same_matrix(A, B);
    axle_map_unref(S);
    axle_map_unref(T);
}

/* Assert the strings equal; both freed. */
static void same_string(char *a, char *b)
{
    cr_assert_str_eq(a, b);
    axle_free(a);
    axle_free(b);
}

/* Assert the Gram–Schmidt results equal (orthogonal vectors, norms squared, report); both freed.
 */
static void same_gs(axle_gs *L, axle_gs *M)
{
    cr_assert_eq(axle_gs_count(L), axle_gs_count(M));
    for (size_t j = 0; j < axle_gs_count(L); j++) {
        axle_vector *u = NULL, *v = NULL;
        TS_OK(axle_gs_orthogonal(&u, L, j));
        TS_OK(axle_gs_orthogonal(&v, M, j));
        in_assert_vec(u, v, IN_TOL);
        axle_vector_unref(u);
        axle_vector_unref(v);
        axle_scalar *a = NULL, *b = NULL;
        TS_OK(axle_gs_norm_squared(&a, L, j));
        TS_OK(axle_gs_norm_squared(&b, M, j));
        same_scalar(a, b);
    }
    char *s = NULL, *t = NULL;
    TS_OK(axle_gs_to_string(&s, L, AXLE_FORMAT_JSON));
    TS_OK(axle_gs_to_string(&t, M, AXLE_FORMAT_JSON));
    same_string(s, t);
    axle_gs_unref(L);
    axle_gs_unref(M);
}

/* Every operation on V (dim n >= 3) for ip (G NULL) and jp (the explicit identity). */
static void compare_on(ts_rng *r, const axle_inner *ip, const axle_inner *jp)
{
    const axle_space *V = axle_inner_space(ip);
    axle_field F = axle_space_field(V);
    size_t n = axle_space_dim(V);
    cr_assert_null(ip->G);
    cr_assert_not_null(jp->G);
    cr_assert(axle_inner_is_standard(ip) && axle_inner_is_standard(jp));

    axle_vector *v[3];
    for (size_t i = 0; i < 3; i++)
        v[i] = in_random_vec(r, V);
    const axle_vector *const *vl = (const axle_vector *const *)v;

    /* inner products, norms, orthogonality */
    same_scalar(in_apply(ip, v[0], v[1]), in_apply(jp, v[0], v[1]));
    same_scalar(in_norm2(ip, v[2]), in_norm2(jp, v[2]));
    char *s = NULL, *t = NULL;
    TS_OK(axle_inner_norm_string(&s, ip, v[0], AXLE_FORMAT_TEXT));
    TS_OK(axle_inner_norm_string(&t, jp, v[0], AXLE_FORMAT_TEXT));
    same_string(s, t);
    double a, b;
    TS_OK(axle_inner_norm_double(&a, ip, v[1]));
    TS_OK(axle_inner_norm_double(&b, jp, v[1]));
    cr_assert_float_eq(a, b, IN_TOL * fmax(1.0, b));
    bool p, q;
    TS_OK(axle_inner_is_orthogonal(&p, ip, v[0], v[1]));
    TS_OK(axle_inner_is_orthogonal(&q, jp, v[0], v[1]));
    cr_assert_eq(p, q);

    /* Gram–Schmidt and orthonormal bases */
    axle_gs *L = NULL, *M = NULL;
    TS_OK(axle_inner_gram_schmidt(&L, ip, vl, 3));
    TS_OK(axle_inner_gram_schmidt(&M, jp, vl, 3));
    TS_OK(axle_inner_is_orthogonal_list(&p, ip, vl, 3, false));
    TS_OK(axle_inner_is_orthogonal_list(&q, jp, vl, 3, false));
    cr_assert_eq(p, q);
    axle_matrix *c = NULL, *d = NULL;
    TS_OK(axle_gs_coefficients(&c, L, v[2]));
    TS_OK(axle_gs_coefficients(&d, M, v[2]));
    same_matrix(c, d);
    same_gs(L, M);
    TS_OK(axle_inner_orthonormal_basis(&L, ip));
    TS_OK(axle_inner_orthonormal_basis(&M, jp));
    same_gs(L, M);
    /* the orthonormal basis of a standard inner product (the standard basis, no kernel call) is
     * the kernel's Gram–Schmidt of the standard basis */
    axle_vector **std = calloc(n, sizeof *std);
    cr_assert_not_null(std);
    for (size_t i = 0; i < n; i++)
        TS_OK(axle_vector_standard(&std[i], V, i));
    TS_OK(axle_inner_orthonormal_basis(&L, ip));
    TS_OK(axle_inner_gram_schmidt(&M, ip, (const axle_vector *const *)std, n));
    same_gs(L, M);
    for (size_t i = 0; i < n; i++)
        axle_vector_unref(std[i]);
    free(std);

    /* projections, distances, complements onto U = span(v_0, v_1) */
    axle_space *U = NULL, *A = NULL, *B = NULL;
    TS_OK(axle_space_span(&U, V, vl, 2));
    axle_vector *x = NULL, *y = NULL;
    TS_OK(axle_inner_project(&x, ip, U, v[2]));
    TS_OK(axle_inner_project(&y, jp, U, v[2]));
    in_assert_vec(x, y, IN_TOL);
    axle_vector_unref(x);
    axle_vector_unref(y);
    axle_map *S = NULL, *T = NULL;
    TS_OK(axle_inner_projection(&S, ip, U));
    TS_OK(axle_inner_projection(&T, jp, U));
    same_map(S, T);
    axle_scalar *e = NULL, *f = NULL;
    TS_OK(axle_inner_distance_squared(&e, ip, U, v[2]));
    TS_OK(axle_inner_distance_squared(&f, jp, U, v[2]));
    same_scalar(e, f);
    TS_OK(axle_inner_complement(&A, ip, U));
    TS_OK(axle_inner_complement(&B, jp, U));
    TS_OK(axle_space_equal(&p, A, B));
    cr_assert(p);
    cr_assert_eq(axle_space_dim(A), n - 2);
    axle_space_unref(A);
    axle_space_unref(B);
    TS_OK(axle_inner_complement(&A, ip, V));
    TS_OK(axle_inner_complement(&B, jp, V));
    cr_assert(axle_space_dim(A) == 0 && axle_space_dim(B) == 0);
    axle_space_unref(A);
    axle_space_unref(B);
    TS_OK(axle_inner_project(&x, ip, V, v[2]));
    in_assert_vec(x, v[2], IN_TOL);
    axle_vector_unref(x);

    /* restriction: to U (B^T B, explicit on both) and to V itself (G NULL kept NULL) */
    axle_inner *iu = NULL, *ju = NULL;
    TS_OK(axle_inner_restrict(&iu, ip, U));
    TS_OK(axle_inner_restrict(&ju, jp, U));
    TS_OK(axle_inner_gram_matrix(&c, iu));
    TS_OK(axle_inner_gram_matrix(&d, ju));
    same_matrix(c, d);
    axle_inner_unref(iu);
    axle_inner_unref(ju);
    TS_OK(axle_inner_restrict(&iu, ip, V));
    TS_OK(axle_inner_restrict(&ju, jp, V));
    cr_assert(iu->G == NULL && ju->G == NULL && axle_inner_is_standard(ju));
    same_scalar(in_apply(iu, v[0], v[1]), in_apply(ju, v[0], v[1]));
    axle_inner_unref(iu);
    axle_inner_unref(ju);

    /* Riesz: u = phi's coordinates */
    axle_space *D = NULL;
    TS_OK(axle_space_dual(&D, V));
    axle_vector *phi = in_random_vec(r, D);
    TS_OK(axle_inner_riesz(&x, ip, phi));
    TS_OK(axle_inner_riesz(&y, jp, phi));
    in_assert_vec(x, y, IN_TOL);
    axle_vector_unref(x);
    axle_vector_unref(y);
    axle_vector_unref(phi);
    axle_space_unref(D);

    /* operators: adjoint, the tests, lstsq and the pseudoinverse, singular values */
    axle_matrix *Mr = ts_random_int(r, F, n, n, -3, 3);
    axle_map *R = NULL;
    TS_OK(axle_map_from_matrix(&R, V, V, Mr));
    TS_OK(axle_map_adjoint(&S, ip, ip, R));
    TS_OK(axle_map_adjoint(&T, jp, jp, R));
    same_map(S, T);
    TS_OK(axle_map_is_self_adjoint(&p, ip, R));
    TS_OK(axle_map_is_self_adjoint(&q, jp, R));
    cr_assert_eq(p, q);
    TS_OK(axle_map_is_normal(&p, ip, R));
    TS_OK(axle_map_is_normal(&q, jp, R));
    cr_assert_eq(p, q);
    TS_OK(axle_map_is_isometry(&p, ip, jp, R));
    TS_OK(axle_map_is_isometry(&q, jp, ip, R));
    cr_assert_eq(p, q);
    TS_OK(axle_map_lstsq(&x, ip, ip, R, v[0]));
    TS_OK(axle_map_lstsq(&y, jp, jp, R, v[0]));
    in_assert_vec(x, y, IN_TOL);
    axle_vector_unref(x);
    axle_vector_unref(y);
    TS_OK(axle_map_pseudoinverse(&S, ip, ip, R));
    TS_OK(axle_map_pseudoinverse(&T, jp, jp, R));
    same_map(S, T);
    TS_OK(axle_map_norm_double(&a, ip, ip, R));
    TS_OK(axle_map_norm_double(&b, jp, jp, R));
    cr_assert_float_eq(a, b, IN_TOL * fmax(1.0, b));
    /* R^T R: self-adjoint and positive (both), its spectral data over RR (QQ: the eigenvalues
     * need not be rational) */
    axle_map *Rs = NULL, *P = NULL;
    TS_OK(axle_map_adjoint(&Rs, ip, ip, R));
    TS_OK(axle_map_compose(&P, Rs, R));
    TS_OK(axle_map_is_positive(&p, ip, P));
    TS_OK(axle_map_is_positive(&q, jp, P));
    cr_assert(p && q);
    if (F == AXLE_RR) {
        axle_matrix *w1 = NULL, *w2 = NULL;
        TS_OK(axle_map_spectral(NULL, &w1, ip, P));
        TS_OK(axle_map_spectral(NULL, &w2, jp, P));
        same_matrix(w1, w2);
        TS_OK(axle_map_sqrt(&S, ip, P));
        TS_OK(axle_map_sqrt(&T, jp, P));
        same_map(S, T);
    }
    axle_map_unref(Rs);
    axle_map_unref(P);
    axle_map_unref(R);
    axle_matrix_free(Mr);

    /* the Gram matrix (built on demand) and the descriptions agree except for the kind */
    TS_OK(axle_inner_gram_matrix(&c, ip));
    same_matrix(c, ts_identity(F, n));
    TS_OK(axle_inner_to_string(&s, ip, AXLE_FORMAT_JSON));
    TS_OK(axle_inner_to_string(&t, jp, AXLE_FORMAT_JSON));
    cr_assert_str_eq(strstr(s, "\"space\""), strstr(t, "\"space\""));
    axle_free(s);
    axle_free(t);

    axle_space_unref(U);
    for (size_t i = 0; i < 3; i++)
        axle_vector_unref(v[i]);
}

/* The same inner product made with axle_inner_gram and an explicit identity. */
static axle_inner *explicit_identity(const axle_space *V)
{
    axle_matrix *I = ts_identity(axle_space_field(V), axle_space_dim(V));
    axle_inner *jp = in_gram(V, I);
    axle_matrix_free(I);
    return jp;
}

FIELDS(inner_standard, dot_matches_explicit_identity)
{
    ts_rng r = ts_rng_new("inner_standard::dot_matches_explicit_identity");
    axle_space *V[3] = {in_fn(*F, 5), in_poly(*F, 3), NULL};
    TS_OK(axle_space_matrices(&V[2], *F, 2, 3));
    for (size_t k = 0; k < 3; k++) {
        axle_inner *ip = in_dot(V[k]), *jp = explicit_identity(V[k]);
        compare_on(&r, ip, jp);
        axle_inner_unref(ip);
        axle_inner_unref(jp);
        axle_space_unref(V[k]);
    }
}

FIELDS(inner_standard, trace_matches_explicit_identity)
{
    ts_rng r = ts_rng_new("inner_standard::trace_matches_explicit_identity");
    axle_space *M = NULL;
    TS_OK(axle_space_matrices(&M, *F, 3, 2));
    axle_inner *ip = NULL, *jp = explicit_identity(M);
    TS_OK(axle_inner_trace(&ip, M));
    compare_on(&r, ip, jp);
    char *s = NULL;
    TS_OK(axle_inner_to_string(&s, ip, AXLE_FORMAT_JSON));
    cr_assert(strstr(s, "\"kind\":\"trace\""), "%s", s);
    cr_assert(strstr(s, "\"gram\":[["), "%s", s);
    axle_free(s);
    axle_inner_unref(ip);
    axle_inner_unref(jp);
    axle_space_unref(M);
}

/* A product of standard parts keeps no G, one with a non-standard part the block diagonal; the
 * dot product of a product space with a subspace part (non-orthonormal basis) and of a subspace
 * with an orthonormal basis. */
FIELDS(inner_standard, products_and_subspaces)
{
    axle_space *A = in_fn(*F, 2), *P = in_poly(*F, 1), *X = NULL, *U = NULL, *W = NULL;
    axle_inner *a = in_dot(A), *p = in_dot(P), *g = in_integral(P, 0, 1), *s = NULL;
    TS_OK(axle_inner_product(&s, (const axle_inner *const[]){a, p}, 2));
    cr_assert(s->G == NULL && axle_inner_is_standard(s));
    axle_matrix *G = NULL;
    TS_OK(axle_inner_gram_matrix(&G, s));
    same_matrix(G, ts_identity(*F, 4));
    char *t = NULL;
    TS_OK(axle_inner_to_string(&t, s, AXLE_FORMAT_TEXT));
    cr_assert(strstr(t, "[[1, 0, 0, 0], [0, 1, 0, 0]"), "%s", t);
    axle_free(t);
    axle_inner_unref(s);
    /* with the integral on P_1: G = diag(I_2, [[1, 1/2], [1/2, 1/3]]) */
    TS_OK(axle_inner_product(&s, (const axle_inner *const[]){a, g}, 2));
    cr_assert(s->G != NULL && !axle_inner_is_standard(s));
    TS_OK(axle_inner_gram_matrix(&G, s));
    long want[] = {6, 0, 0, 0, 0, 6, 0, 0, 0, 0, 6, 3, 0, 0, 3, 2};
    axle_matrix *W6 = ts_ints(*F, 4, 4, want), *Gs = NULL;
    axle_scalar *sixth = in_frac(*F, 1, 6);
    TS_OK(axle_matrix_scale(&Gs, sixth, W6));
    same_matrix(G, Gs);
    axle_matrix_free(W6);
    axle_scalar_free(sixth);
    axle_inner_unref(s);
    /* the dot product of A x span((1, 1)): G = diag(I_2, B^T B), B U's basis (QQ (1, 1): [2];
     * RR orthonormal: [1], G = I not stored) */
    axle_vector *u = in_vec(A, (const long[]){1, 1});
    TS_OK(axle_space_span(&U, A, (const axle_vector *const[]){u}, 1));
    TS_OK(axle_space_product(&X, (const axle_space *const[]){A, U}, 2));
    TS_OK(axle_inner_dot(&s, X));
    TS_OK(axle_inner_gram_matrix(&G, s));
    long want2[] = {1, 0, 0, 0, 1, 0, 0, 0, *F == AXLE_QQ ? 2 : 1};
    same_matrix(G, ts_ints(*F, 3, 3, want2));
    cr_assert_eq(s->G == NULL, *F == AXLE_RR);
    axle_inner_unref(s);
    /* the dot product restricted to a random plane U of F^5: B^T B, I over RR (orthonormal
     * canonical basis, within rounding: not stored, standard), not over QQ */
    ts_rng rg = ts_rng_new("inner_standard::products_and_subspaces");
    axle_space *F5 = in_fn(*F, 5), *Y = NULL;
    axle_vector *y[2] = {in_random_vec(&rg, F5), in_random_vec(&rg, F5)};
    TS_OK(axle_space_span(&Y, F5, (const axle_vector *const *)y, 2));
    axle_inner *d5 = in_dot(F5), *r5 = NULL;
    TS_OK(axle_inner_restrict(&r5, d5, Y));
    cr_assert_eq(r5->G == NULL, *F == AXLE_RR);
    cr_assert_eq(axle_inner_is_standard(r5), *F == AXLE_RR);
    axle_inner_unref(r5);
    TS_OK(axle_inner_dot(&r5, Y));
    cr_assert_eq(axle_inner_is_standard(r5), *F == AXLE_RR);
    axle_inner_unref(r5);
    axle_inner_unref(d5);
    axle_vector_unref(y[0]);
    axle_vector_unref(y[1]);
    axle_space_unref(Y);
    axle_space_unref(F5);
    /* the dot product of span(x) in P_1: B^T B = [1], kept as NULL */
    axle_vector *x = in_vec(P, (const long[]){0, 1});
    TS_OK(axle_space_span(&W, P, (const axle_vector *const[]){x}, 1));
    TS_OK(axle_inner_dot(&s, W));
    cr_assert(s->G == NULL && axle_inner_is_standard(s));
    axle_inner_unref(s);
    axle_vector_unref(x);
    axle_vector_unref(u);
    axle_space_unref(W);
    axle_space_unref(X);
    axle_space_unref(U);
    axle_inner_unref(a);
    axle_inner_unref(p);
    axle_inner_unref(g);
    axle_space_unref(A);
    axle_space_unref(P);
}

/* ---- (2) spaces above AXLE_INNER_MAX_DIM ------------------------------------------------------
 */

/* The polynomial c x^k in V, c an integer. */
static axle_vector *monomial(const axle_space *V, size_t k, long c)
{
    axle_matrix *m = ts_zero(axle_space_field(V), axle_space_dim(V), 1);
    axle_scalar *s = in_int(axle_space_field(V), c);
    TS_OK(axle_matrix_set(m, k, 0, s));
    axle_vector *v = NULL;
    TS_OK(axle_vector_from_coords(&v, V, m));
    axle_scalar_free(s);
    axle_matrix_free(m);
    return v;
}

/* `axle gs --space P3000 x` and more on P_3000 and P_20000: Gram–Schmidt of a few vectors, norms,
 * a projection onto and the distance to a two-dimensional subspace, Riesz, the dot product of a
 * subspace, restriction and an orthogonal sum; work bounded by the vectors given. */
FIELDS(inner_standard, large_standard_spaces)
{
    size_t m[] = {3000, 20000};
    for (size_t t = 0; t < 2; t++) {
        axle_space *P = in_poly(*F, m[t]);
        axle_inner *ip = NULL;
        TS_OK(axle_inner_dot(&ip, P));
        cr_assert(ip->G == NULL && axle_inner_is_standard(ip));
        axle_vector *v[3] = {monomial(P, 1, 1), monomial(P, m[t], 3), NULL};
        axle_vector *w = NULL;
        TS_OK(axle_vector_add(&w, v[0], v[1]));
        v[2] = w; /* x + 3x^m */
        axle_gs *L = NULL;
        TS_OK(axle_inner_gram_schmidt(&L, ip, (const axle_vector *const *)v, 2));
        axle_scalar *r = NULL;
        TS_OK(axle_gs_norm_squared(&r, L, 1));
        in_assert_value(r, 9, 1);
        axle_scalar_free(r);
        char *s = NULL;
        TS_OK(axle_gs_orthonormal_string(&s, L, 1, AXLE_FORMAT_TEXT));
        cr_assert(strstr(s, "x^"), "%s", s);
        axle_free(s);
        axle_gs_unref(L);
        axle_scalar *n2 = in_norm2(ip, w);
        in_assert_value(n2, 10, 1);
        axle_scalar_free(n2);
        /* project x + 3x^m + 2 onto span(x, x^m): x + 3x^m, distance² 4 */
        axle_space *U = NULL;
        TS_OK(axle_space_span(&U, P, (const axle_vector *const *)v, 2));
        axle_vector *c = monomial(P, 0, 2), *z = NULL, *pz = NULL;
        TS_OK(axle_vector_add(&z, w, c));
        TS_OK(axle_inner_project(&pz, ip, U, z));
        in_assert_vec(pz, w, IN_TOL);
        axle_scalar *d = NULL;
        TS_OK(axle_inner_distance_squared(&d, ip, U, z));
        in_assert_value(d, 4, 1);
        axle_scalar_free(d);
        /* U's own dot product (B^T B = diag(1, 1): standard) and the restriction to U */
        axle_inner *iu = NULL;
        TS_OK(axle_inner_dot(&iu, U));
        cr_assert(iu->G == NULL);
        axle_inner_unref(iu);
        TS_OK(axle_inner_restrict(&iu, ip, U));
        cr_assert(iu->G == NULL);
        axle_inner_unref(iu);
        TS_OK(axle_inner_restrict(&iu, ip, P));
        cr_assert(iu->G == NULL);
        axle_inner_unref(iu);
        /* Riesz of phi = 5 e_0^*: 5 */
        axle_space *D = NULL;
        TS_OK(axle_space_dual(&D, P));
        axle_vector *phi = monomial(D, 0, 5), *u = NULL, *five = monomial(P, 0, 5);
        TS_OK(axle_inner_riesz(&u, ip, phi));
        in_assert_vec(u, five, IN_TOL);
        /* the orthogonal sum with F^2 keeps no G either */
        axle_space *A = in_fn(*F, 2);
        axle_inner *a = in_dot(A), *sum = NULL;
        TS_OK(axle_inner_product(&sum, (const axle_inner *const[]){ip, a}, 2));
        cr_assert(sum->G == NULL && axle_space_dim(axle_inner_space(sum)) == m[t] + 3);
        TS_OK(axle_inner_to_string(&s, ip, AXLE_FORMAT_TEXT));
        cr_assert(strstr(s, "dot product"), "%s", s);
        axle_free(s);
        axle_inner_unref(sum);
        axle_inner_unref(a);
        axle_space_unref(A);
        axle_vector_unref(u);
        axle_vector_unref(five);
        axle_vector_unref(phi);
        axle_space_unref(D);
        axle_vector_unref(c);
        axle_vector_unref(z);
        axle_vector_unref(pz);
        axle_space_unref(U);
        for (size_t i = 0; i < 3; i++)
            axle_vector_unref(v[i]);
        axle_inner_unref(ip);
        axle_space_unref(P);
    }
    /* the orthonormal basis of P_600 (QQ's Gram–Schmidt kernel refuses the 601 x 601 identity by
     * its work estimate; the standard basis needs no kernel) */
    axle_space *P6 = in_poly(*F, 600);
    axle_inner *i6 = in_dot(P6);
    axle_gs *L6 = NULL;
    TS_OK(axle_inner_orthonormal_basis(&L6, i6));
    cr_assert_eq(axle_gs_count(L6), 601);
    axle_vector *e6 = NULL, *x6 = monomial(P6, 600, 1);
    TS_OK(axle_gs_orthonormal(&e6, L6, 600));
    in_assert_vec(e6, x6, IN_TOL);
    axle_vector_unref(e6);
    axle_vector_unref(x6);
    axle_gs_unref(L6);
    axle_inner_unref(i6);
    axle_space_unref(P6);
    /* the trace product on F^{100,100} (dimension 10000) */
    axle_space *M = NULL;
    TS_OK(axle_space_matrices(&M, *F, 100, 100));
    axle_inner *ip = NULL;
    TS_OK(axle_inner_trace(&ip, M));
    cr_assert(ip->G == NULL);
    axle_vector *e = monomial(M, 101, 2);
    axle_scalar *n2 = in_norm2(ip, e);
    in_assert_value(n2, 4, 1);
    axle_scalar_free(n2);
    axle_vector_unref(e);
    axle_inner_unref(ip);
    axle_space_unref(M);
}

/* What would build a dim x dim matrix from a space alone, or an explicit Gram matrix that is not
 * I, above AXLE_INNER_MAX_DIM: AXLE_ERANGE before the allocation, outputs NULL. */
FIELDS(inner_standard, large_explicit_refused)
{
    axle_space *P = in_poly(*F, AXLE_INNER_MAX_DIM), *Q = in_poly(*F, 1), *X = NULL, *U = NULL;
    axle_inner *ip = in_dot(P);
    axle_gs *L = (axle_gs *)1;
    IN_FAILS(axle_inner_orthonormal_basis(&L, ip), AXLE_ERANGE, "AXLE_INNER_MAX_DIM");
    cr_assert_null(L);
    axle_space *C = (axle_space *)1;
    IN_FAILS(axle_inner_complement(&C, ip, P), AXLE_ERANGE, "2049x2049");
    cr_assert_null(C);
    axle_map *T = (axle_map *)1;
    IN_FAILS(axle_inner_projection(&T, ip, P), AXLE_ERANGE, "the whole space");
    cr_assert_null(T);
    char *s = (char *)1;
    IN_FAILS(axle_inner_to_string(&s, ip, AXLE_FORMAT_JSON), AXLE_ERANGE, "AXLE_INNER_MAX_DIM");
    cr_assert_null(s);
    /* the integral on P_2048 */
    axle_scalar *z = in_int(*F, 0), *o = in_int(*F, 1);
    axle_inner *jp = (axle_inner *)1;
    IN_FAILS(axle_inner_integral(&jp, P, z, o), AXLE_ERANGE, "2049x2049 Gram matrix");
    cr_assert_null(jp);
    /* an orthogonal sum with a part that is not standard */
    axle_inner *g = in_integral(Q, 0, 1);
    jp = (axle_inner *)1;
    IN_FAILS(axle_inner_product(&jp, (const axle_inner *const[]){ip, g}, 2), AXLE_ERANGE,
             "2051x2051");
    cr_assert_null(jp);
    /* the dot product of P_2048 x span(1 + x): its Gram matrix diag(I, [2]) over QQ; over RR
     * U's basis is orthonormal, B^T B = I up to rounding: G = I, not stored */
    axle_vector *u = in_vec(Q, (const long[]){1, 1});
    TS_OK(axle_space_span(&U, Q, (const axle_vector *const[]){u}, 1));
    TS_OK(axle_space_product(&X, (const axle_space *const[]){P, U}, 2));
    jp = (axle_inner *)1;
    if (*F == AXLE_QQ) {
        IN_FAILS(axle_inner_dot(&jp, X), AXLE_ERANGE, "2050x2050");
        cr_assert_null(jp);
    } else {
        TS_OK(axle_inner_dot(&jp, X));
        cr_assert(jp->G == NULL && axle_inner_is_standard(jp));
        axle_inner_unref(jp);
    }
    axle_vector_unref(u);
    axle_inner_unref(g);
    axle_scalar_free(z);
    axle_scalar_free(o);
    axle_inner_unref(ip);
    axle_space_unref(U);
    axle_space_unref(X);
    axle_space_unref(Q);
    axle_space_unref(P);
}

/* An orthogonal sum of standard parts is standard, whatever its size, also when a part keeps the
 * caller's explicit identity (axle_inner_gram of I, standard by axle_inner_is_standard): the sum
 * P_2048 ⊕ (P_1, gram I) was refused ("2051x2051") although the reference says only a part that
 * is not standard makes the sum explicit. */
FIELDS(inner_standard, large_sum_with_an_explicit_identity)
{
    axle_space *P = in_poly(*F, AXLE_INNER_MAX_DIM), *Q = in_poly(*F, 1);
    axle_matrix *I = NULL;
    TS_OK(axle_matrix_identity(&I, *F, 2));
    axle_inner *ip = in_dot(P), *g = NULL, *jp = NULL;
    TS_OK(axle_inner_gram(&g, Q, I));
    cr_assert(axle_inner_is_standard(g) && g->G != NULL);
    TS_OK(axle_inner_product(&jp, (const axle_inner *const[]){ip, g}, 2));
    cr_assert(jp->G == NULL && axle_inner_is_standard(jp));
    axle_inner_unref(jp);
    axle_inner_unref(g);
    axle_inner_unref(ip);
    axle_matrix_free(I);
    axle_space_unref(Q);
    axle_space_unref(P);
}
