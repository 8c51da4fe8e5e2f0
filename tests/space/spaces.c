/* Spaces: dimensions, names in every format, sameness, products, reference counting. */
#include "helpers.h"

static void check_name(const axle_space *V, axle_format fmt, const char *want)
{
    char *s = NULL;
    TS_OK(axle_space_to_string(&s, V, fmt));
    cr_assert_str_eq(s, want);
    axle_free(s);
}

FIELDS(spaces, dimensions)
{
    axle_space *Fn = NULL, *P = NULL, *M = NULL, *X = NULL, *D = NULL;
    TS_OK(axle_space_fn(&Fn, *F, 3));
    TS_OK(axle_space_poly(&P, *F, 2));
    TS_OK(axle_space_matrices(&M, *F, 2, 3));
    const axle_space *parts[] = {Fn, P, M};
    TS_OK(axle_space_product(&X, parts, 3));
    TS_OK(axle_space_dual(&D, X));
    cr_assert_eq(axle_space_dim(Fn), 3);
    cr_assert_eq(axle_space_dim(P), 3);
    cr_assert_eq(axle_space_dim(M), 6);
    cr_assert_eq(axle_space_dim(X), 12);
    cr_assert_eq(axle_space_dim(D), 12);
    cr_assert_eq(axle_space_field(D), *F);
    cr_assert_eq(axle_space_kind_of(X), AXLE_SPACE_PRODUCT);
    cr_assert_eq(axle_space_part_count(X), 3);
    cr_assert_eq(axle_space_part(X, 1), P);
    cr_assert_null(axle_space_part(X, 3));
    cr_assert_eq(axle_space_parent(D), X);
    cr_assert_null(axle_space_parent(Fn));
    /* the parts may be released before the product and its dual */
    axle_space_unref(Fn);
    axle_space_unref(P);
    axle_space_unref(M);
    axle_space_unref(X);
    cr_assert_eq(axle_space_dim(axle_space_part(axle_space_parent(D), 2)), 6);
    axle_space_unref(D);
    axle_space_unref(NULL);
}

Test(spaces, names)
{
    axle_space *Fn = sp_fn(AXLE_QQ, 3), *P = NULL, *M = NULL, *X = NULL, *D = NULL, *U = NULL,
               *Q = NULL, *R = NULL;
    TS_OK(axle_space_poly(&P, AXLE_QQ, 12));
    TS_OK(axle_space_matrices(&M, AXLE_QQ, 2, 3));
    TS_OK(axle_space_fn(&R, AXLE_RR, 2));
    const axle_space *parts[] = {Fn, P};
    TS_OK(axle_space_product(&X, parts, 2));
    TS_OK(axle_space_dual(&D, Fn));
    TS_OK(axle_space_zero(&U, Fn));
    TS_OK(axle_space_quotient(&Q, U));
    check_name(Fn, AXLE_FORMAT_TEXT, "QQ^3");
    check_name(Fn, AXLE_FORMAT_UNICODE, "\u211a\u00b3");
    check_name(Fn, AXLE_FORMAT_LATEX, "\\mathbb{Q}^{3}");
    check_name(Fn, AXLE_FORMAT_JSON, "\"QQ^3\"");
    check_name(R, AXLE_FORMAT_TEXT, "RR^2");
    check_name(P, AXLE_FORMAT_TEXT, "P_12(QQ)");
    check_name(P, AXLE_FORMAT_UNICODE, "P\u2081\u2082(\u211a)");
    check_name(P, AXLE_FORMAT_LATEX, "\\mathcal{P}_{12}(\\mathbb{Q})");
    check_name(M, AXLE_FORMAT_TEXT, "QQ^{2,3}");
    check_name(X, AXLE_FORMAT_TEXT, "QQ^3 x P_12(QQ)");
    check_name(X, AXLE_FORMAT_UNICODE, "\u211a\u00b3 \u00d7 P\u2081\u2082(\u211a)");
    check_name(D, AXLE_FORMAT_TEXT, "(QQ^3)'");
    check_name(D, AXLE_FORMAT_UNICODE, "(\u211a\u00b3)\u2032");
    check_name(U, AXLE_FORMAT_TEXT, "subspace of dimension 0 of QQ^3");
    check_name(Q, AXLE_FORMAT_TEXT, "QQ^3/U");
    axle_space *all[] = {Fn, P, M, X, D, U, Q, R};
    for (size_t i = 0; i < 8; i++)
        axle_space_unref(all[i]);
}

FIELDS(spaces, sameness)
{
    axle_space *A = sp_fn(*F, 3), *B = sp_fn(*F, 3), *C = sp_fn(*F, 4), *P = NULL, *Other = NULL;
    TS_OK(axle_space_poly(&P, *F, 2));
    TS_OK(axle_space_fn(&Other, *F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 3));
    cr_assert(sp_same(A, B), "F^3 built twice is one space");
    cr_assert(!sp_same(A, C));
    cr_assert(!sp_same(A, P), "F^3 and P_2(F) have the same dimension but are different");
    cr_assert(!sp_same(A, Other));
    axle_space *DA = NULL, *DB = NULL, *X1 = NULL, *X2 = NULL, *X3 = NULL;
    TS_OK(axle_space_dual(&DA, A));
    TS_OK(axle_space_dual(&DB, B));
    cr_assert(sp_same(DA, DB));
    cr_assert(!sp_same(DA, A));
    const axle_space *p1[] = {A, P}, *p2[] = {B, P}, *p3[] = {P, A};
    TS_OK(axle_space_product(&X1, p1, 2));
    TS_OK(axle_space_product(&X2, p2, 2));
    TS_OK(axle_space_product(&X3, p3, 2));
    cr_assert(sp_same(X1, X2));
    cr_assert(!sp_same(X1, X3), "the order of the factors matters");
    /* subspaces: same vectors, different spanning lists */
    long a[] = {1, 2, 0}, b[] = {0, 1, 1}, c[] = {1, 3, 1};
    axle_vector *va = sp_ints(A, a), *vb = sp_ints(A, b), *vc = sp_ints(B, c);
    const axle_vector *l1[] = {va, vb}, *l2[] = {vc, vb}, *l3[] = {va, vc};
    axle_space *U1 = NULL, *U2 = NULL, *U3 = NULL, *U4 = NULL;
    TS_OK(axle_space_span(&U1, A, l1, 2));
    TS_OK(axle_space_span(&U2, B, l2, 2));
    TS_OK(axle_space_span(&U3, A, l3, 2));
    TS_OK(axle_space_span(&U4, A, l1, 1));
    cr_assert(sp_same(U1, U2));
    cr_assert(sp_same(U1, U3));
    cr_assert(!sp_same(U1, U4));
    if (*F == AXLE_QQ) {
        axle_matrix *B1 = NULL, *B2 = NULL;
        TS_OK(axle_space_basis(&B1, U1));
        TS_OK(axle_space_basis(&B2, U2));
        cr_assert(axle_matrix_equal(B1, B2), "QQ bases are canonical");
        axle_matrix_free(B1);
        axle_matrix_free(B2);
    }
    axle_vector *vs[] = {va, vb, vc};
    sp_unref_all(vs, 3);
    axle_space *all[] = {A, B, C, P, Other, DA, DB, X1, X2, X3, U1, U2, U3, U4};
    for (size_t i = 0; i < sizeof all / sizeof *all; i++)
        axle_space_unref(all[i]);
}

FIELDS(spaces, zero_dimensional)
{
    axle_space *Z = sp_fn(*F, 0), *P0 = NULL, *M0 = NULL, *U = NULL;
    TS_OK(axle_space_poly(&P0, *F, 0));
    TS_OK(axle_space_matrices(&M0, *F, 0, 4));
    cr_assert_eq(axle_space_dim(Z), 0);
    cr_assert_eq(axle_space_dim(P0), 1);
    cr_assert_eq(axle_space_dim(M0), 0);
    axle_vector *z = NULL, *m = NULL;
    TS_OK(axle_vector_zero(&z, Z));
    sp_prints(z, AXLE_FORMAT_TEXT, "()");
    TS_OK(axle_space_whole(&U, Z));
    cr_assert_eq(axle_space_dim(U), 0);
    TS_OK(axle_vector_parse(&m, M0, "[]"));
    axle_vector_unref(z);
    axle_vector_unref(m);
    axle_space_unref(Z);
    axle_space_unref(P0);
    axle_space_unref(M0);
    axle_space_unref(U);
}
