/* Quotients (LADR 3E) and duals (3F): cosets, coset equality, quotient bases and dimensions,
 * evaluation, dual bases, annihilators and the double dual. */
#include "helpers.h"

FIELDS(quotient_dual, cosets)
{
    axle_space *V = sp_fn(*F, 3), *U = NULL, *Q = NULL;
    axle_vector *u = sp_parse(V, "(1, 1, 0)");
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)&u, 1));
    TS_OK(axle_space_quotient(&Q, U));
    cr_assert_eq(axle_space_dim(Q), 2);
    cr_assert_eq(axle_space_parent(Q), V);
    cr_assert_eq(axle_space_divisor(Q), U);
    axle_vector *v = sp_parse(V, "(3, 1, 5)"), *w = sp_parse(V, "(2, 0, 5)"),
                *x = sp_parse(V, "(2, 1, 5)");
    bool same = false;
    TS_OK(axle_vector_same_coset(&same, Q, v, w));
    cr_assert(same);
    TS_OK(axle_vector_same_coset(&same, Q, v, x));
    cr_assert(!same);
    axle_vector *cv = NULL, *cw = NULL, *cx = NULL, *rep = NULL, *sum = NULL, *vx = NULL,
                *csum = NULL;
    TS_OK(axle_vector_coset(&cv, Q, v));
    TS_OK(axle_vector_coset(&cw, Q, w));
    TS_OK(axle_vector_coset(&cx, Q, x));
    cr_assert(sp_equal(cv, cw));
    cr_assert(!sp_equal(cv, cx));
    /* the representative lies in the coset and in the complement */
    TS_OK(axle_vector_representative(&rep, cv));
    TS_OK(axle_vector_same_coset(&same, Q, rep, v));
    cr_assert(same);
    if (*F == AXLE_QQ)
        sp_prints(cv, AXLE_FORMAT_TEXT, "(2, 0, 5) + U");
    /* (v + U) + (x + U) = (v + x) + U */
    TS_OK(axle_vector_add(&sum, cv, cx));
    TS_OK(axle_vector_add(&vx, v, x));
    TS_OK(axle_vector_coset(&csum, Q, vx));
    cr_assert(sp_equal(sum, csum));
    axle_vector *all[] = {u, v, w, x, cv, cw, cx, rep, sum, vx, csum};
    sp_unref_all(all, sizeof all / sizeof *all);
    axle_space_unref(V);
    axle_space_unref(U);
    axle_space_unref(Q);
}

FIELDS(quotient_dual, evaluation_and_dual_basis)
{
    axle_space *P = NULL, *D = NULL;
    TS_OK(axle_space_poly(&P, *F, 2));
    TS_OK(axle_space_dual(&D, P));
    /* phi(1) = 1, phi(x) = 2, phi(x^2) = 1 */
    axle_vector *phi = sp_parse(D, "(1, 2, 1)"), *p = sp_parse(P, "3x^2 - x + 4");
    axle_scalar *val = NULL;
    TS_OK(axle_vector_eval(&val, phi, p));
    cr_assert_eq(axle_scalar_to_double(val), 4.0 - 2.0 + 3.0);
    axle_scalar_free(val);
    /* the dual basis of 1, x - 1, (x - 1)^2 */
    axle_vector *b[] = {sp_parse(P, "1"), sp_parse(P, "x - 1"), sp_parse(P, "x^2 - 2x + 1")};
    axle_vector *dual[3];
    TS_OK(axle_vector_dual_basis(dual, D, (const axle_vector *const *)b, 3));
    for (size_t j = 0; j < 3; j++)
        for (size_t k = 0; k < 3; k++) {
            TS_OK(axle_vector_eval(&val, dual[j], b[k]));
            double want = j == k ? 1.0 : 0.0;
            cr_assert_float_eq(axle_scalar_to_double(val), want, 1e-12, "phi_%zu(b_%zu)", j, k);
            if (*F == AXLE_QQ)
                cr_assert(axle_scalar_to_double(val) == want);
            axle_scalar_free(val);
        }
    sp_unref_all(dual, 3);
    axle_vector *dep[] = {b[0], b[1], b[1]};
    cr_assert_eq(axle_vector_dual_basis(dual, D, (const axle_vector *const *)dep, 3), AXLE_EINVAL);
    cr_assert_null(dual[0]);
    sp_unref_all(b, 3);
    axle_vector_unref(phi);
    axle_vector_unref(p);
    axle_space_unref(P);
    axle_space_unref(D);
}

FIELDS(quotient_dual, annihilator)
{
    axle_space *V = sp_fn(*F, 4), *U = NULL, *A = NULL, *AA = NULL, *D = NULL, *DD = NULL;
    axle_vector *u[] = {sp_parse(V, "(1, 0, 1, 0)"), sp_parse(V, "(0, 1, 0, 1)")};
    TS_OK(axle_space_span(&U, V, (const axle_vector *const *)u, 2));
    TS_OK(axle_space_annihilator(&A, U));
    cr_assert_eq(axle_space_dim(A), 2);
    TS_OK(axle_space_dual(&D, V));
    cr_assert(sp_same(axle_space_parent(A), D), "U⁰ is a subspace of V'");
    /* every functional of U⁰ kills U */
    for (size_t j = 0; j < axle_space_dim(A); j++) {
        axle_vector *phi = NULL;
        TS_OK(axle_space_basis_vector(&phi, A, j));
        for (size_t i = 0; i < 2; i++) {
            axle_scalar *x = NULL;
            TS_OK(axle_vector_eval(&x, phi, u[i]));
            cr_assert_float_eq(axle_scalar_to_double(x), 0.0, 1e-12);
            axle_scalar_free(x);
        }
        axle_vector_unref(phi);
    }
    /* (U⁰)⁰ in V'' is the image of U under V -> V'' */
    TS_OK(axle_space_annihilator(&AA, A));
    TS_OK(axle_space_dual(&DD, D));
    cr_assert_eq(axle_space_dim(AA), 2);
    for (size_t i = 0; i < 2; i++) {
        axle_vector *uu = NULL;
        bool in = false;
        TS_OK(axle_vector_double_dual(&uu, DD, u[i]));
        TS_OK(axle_space_contains(&in, AA, uu));
        cr_assert(in);
        axle_vector_unref(uu);
    }
    /* the annihilator of V is {0}, of {0} all of V' */
    axle_space *Z = NULL, *AZ = NULL, *AV = NULL;
    TS_OK(axle_space_zero(&Z, V));
    TS_OK(axle_space_annihilator(&AZ, Z));
    TS_OK(axle_space_annihilator(&AV, V));
    cr_assert_eq(axle_space_dim(AZ), 4);
    cr_assert_eq(axle_space_dim(AV), 0);
    sp_unref_all(u, 2);
    axle_space *all[] = {V, U, A, AA, D, DD, Z, AZ, AV};
    for (size_t i = 0; i < 9; i++)
        axle_space_unref(all[i]);
}
