/* Every error path of the space module: NULL arguments, vectors from different spaces, wrong
 * lengths, mixed fields, bad indices, non-subspaces, non-bases. Each leaves the output NULL. */
#include "helpers.h"

#define FAILS(expr, status)                                                                        \
    do {                                                                                           \
        axle_status fs_ = (expr);                                                                  \
        cr_assert_eq(fs_, (status), "%s gave %s (%s)", #expr, axle_strerror(fs_),                  \
                     axle_error_message());                                                        \
        cr_assert_gt(strlen(axle_error_message()), 0);                                             \
    } while (0)

Test(errors, construction)
{
    axle_space *V = NULL;
    FAILS(axle_space_fn(NULL, AXLE_QQ, 3), AXLE_EINVAL);
    FAILS(axle_space_fn(&V, (axle_field)7, 3), AXLE_EINVAL);
    cr_assert_null(V);
    FAILS(axle_space_matrices(&V, AXLE_QQ, (size_t)1 << 40, (size_t)1 << 40), AXLE_ERANGE);
    FAILS(axle_space_matrices(&V, AXLE_QQ, (size_t)1 << 20, (size_t)1 << 20), AXLE_ERANGE);
    FAILS(axle_space_poly(&V, AXLE_QQ, (size_t)1 << 40), AXLE_ERANGE);
    FAILS(axle_space_product(&V, NULL, 0), AXLE_EINVAL);
    axle_space *Q3 = sp_fn(AXLE_QQ, 3), *R3 = sp_fn(AXLE_RR, 3);
    const axle_space *mixed[] = {Q3, R3}, *holes[] = {Q3, NULL};
    FAILS(axle_space_product(&V, mixed, 2), AXLE_EFIELD);
    FAILS(axle_space_product(&V, holes, 2), AXLE_EINVAL);
    FAILS(axle_space_dual(&V, NULL), AXLE_EINVAL);
    FAILS(axle_space_quotient(&V, Q3), AXLE_EINVAL);
    cr_assert_null(V);
    char *s = NULL;
    FAILS(axle_space_to_string(&s, Q3, (axle_format)9), AXLE_EINVAL);
    FAILS(axle_space_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    cr_assert_null(s);
    bool b;
    FAILS(axle_space_equal(&b, Q3, NULL), AXLE_EINVAL);
    axle_space_unref(Q3);
    axle_space_unref(R3);
}

Test(errors, vectors)
{
    axle_space *V = sp_fn(AXLE_QQ, 3), *P = NULL, *R = sp_fn(AXLE_RR, 3);
    TS_OK(axle_space_poly(&P, AXLE_QQ, 3));
    axle_vector *v = NULL;
    long c[] = {1, 2, 3, 4};
    FAILS(axle_vector_from_ints(&v, P, c, 3), AXLE_EDIM);
    cr_assert_str_eq(axle_error_message(),
                     "vector has 3 coordinates but the space P_3(QQ) has dimension 4");
    FAILS(axle_vector_from_ints(&v, P, c, 1), AXLE_EDIM);
    cr_assert_str_eq(axle_error_message(),
                     "vector has 1 coordinate but the space P_3(QQ) has dimension 4");
    FAILS(axle_vector_from_ints(&v, V, NULL, 3), AXLE_EINVAL);
    axle_matrix *m = ts_ints(AXLE_QQ, 2, 2, c), *mr = NULL;
    FAILS(axle_vector_from_coords(&v, P, m), AXLE_EDIM);
    TS_OK(axle_matrix_new(&mr, AXLE_RR, 3, 1));
    FAILS(axle_vector_from_coords(&v, V, mr), AXLE_EFIELD);
    FAILS(axle_vector_from_coords(&v, V, NULL), AXLE_EINVAL);
    FAILS(axle_vector_standard(&v, V, 3), AXLE_ERANGE);
    FAILS(axle_vector_zero(&v, NULL), AXLE_EINVAL);
    FAILS(axle_vector_parse(&v, V, NULL), AXLE_EINVAL);
    cr_assert_null(v);
    axle_vector *a = sp_ints(V, c), *p = sp_ints(P, c), *r = NULL, *out = NULL;
    TS_OK(axle_vector_zero(&r, R));
    FAILS(axle_vector_add(&out, a, p), AXLE_EDIM);
    FAILS(axle_vector_sub(&out, a, r), AXLE_EFIELD);
    FAILS(axle_vector_add(&out, a, NULL), AXLE_EINVAL);
    axle_scalar *half = NULL;
    TS_OK(axle_scalar_from_frac(&half, AXLE_RR, 1, 2));
    FAILS(axle_vector_scale(&out, half, a), AXLE_EFIELD);
    FAILS(axle_vector_scale(&out, NULL, a), AXLE_EINVAL);
    const axle_scalar *cs[] = {half};
    const axle_vector *vs[] = {a}, *ps[] = {p};
    FAILS(axle_vector_lincomb(&out, V, cs, vs, 1), AXLE_EFIELD);
    FAILS(axle_vector_lincomb(&out, V, NULL, vs, 1), AXLE_EINVAL);
    FAILS(axle_vector_lincomb(&out, V, cs, ps, 1), AXLE_EDIM);
    cr_assert_null(out);
    bool b;
    FAILS(axle_vector_equal(&b, a, p), AXLE_EDIM);
    axle_scalar *x = NULL;
    FAILS(axle_vector_coord(&x, a, 3), AXLE_ERANGE);
    cr_assert_null(x);
    char *s = NULL;
    FAILS(axle_vector_to_string(&s, a, (axle_format)-1), AXLE_EINVAL);
    FAILS(axle_vector_to_string(&s, NULL, AXLE_FORMAT_TEXT), AXLE_EINVAL);
    axle_matrix *co = NULL;
    FAILS(axle_vector_coords(&co, NULL), AXLE_EINVAL);
    FAILS(axle_vector_embed(&out, a), AXLE_EINVAL);
    FAILS(axle_vector_restrict(&out, V, a), AXLE_EINVAL);
    FAILS(axle_vector_coords_in(&co, a, ps, 1), AXLE_EDIM);
    cr_assert_null(co);
    axle_scalar_free(half);
    axle_matrix_free(m);
    axle_matrix_free(mr);
    axle_vector *all[] = {a, p, r};
    sp_unref_all(all, 3);
    axle_space_unref(V);
    axle_space_unref(P);
    axle_space_unref(R);
}

Test(errors, lists_and_subspaces)
{
    axle_space *V = sp_fn(AXLE_QQ, 2), *W = sp_fn(AXLE_QQ, 3), *R = sp_fn(AXLE_RR, 2);
    long c[] = {1, 2, 3};
    axle_vector *v = sp_ints(V, c), *w = sp_ints(W, c), *r = NULL;
    TS_OK(axle_vector_zero(&r, R));
    const axle_vector *bad[] = {v, w}, *mixed[] = {v, r}, *holes[] = {v, NULL};
    bool b;
    size_t n, kept[2];
    axle_matrix *m = NULL;
    FAILS(axle_list_is_independent(&b, V, bad, 2), AXLE_EDIM);
    cr_assert_str_eq(axle_error_message(), "vector 1 of the list is a vector of QQ^3, not of QQ^2");
    FAILS(axle_list_is_independent(&b, V, mixed, 2), AXLE_EFIELD);
    FAILS(axle_list_is_independent(&b, V, holes, 2), AXLE_EINVAL);
    FAILS(axle_list_is_independent(&b, V, NULL, 2), AXLE_EINVAL);
    FAILS(axle_list_is_independent(&b, NULL, bad, 0), AXLE_EINVAL);
    FAILS(axle_list_dependence(&n, &m, V, bad, 2), AXLE_EDIM);
    FAILS(axle_list_in_span(&b, &m, V, bad, 1, w), AXLE_EDIM);
    FAILS(axle_list_in_span(&b, &m, V, bad, 1, NULL), AXLE_EINVAL);
    FAILS(axle_list_dim(&n, V, mixed, 2), AXLE_EFIELD);
    FAILS(axle_list_reduce_to_basis(kept, &n, V, bad, 2), AXLE_EDIM);
    FAILS(axle_list_reduce_to_basis(NULL, &n, V, bad, 2), AXLE_EINVAL);
    axle_vector *added[2] = {0};
    FAILS(axle_list_extend_to_basis(added, &n, V, bad, 2), AXLE_EDIM);
    cr_assert_null(m);

    axle_space *U = NULL, *UW = NULL, *UR = NULL, *S = NULL;
    FAILS(axle_space_span(&U, V, bad, 2), AXLE_EDIM);
    axle_matrix *A = ts_ints(AXLE_QQ, 3, 1, c), *AR = NULL;
    FAILS(axle_space_span_coords(&U, V, A), AXLE_EDIM);
    TS_OK(axle_matrix_new(&AR, AXLE_RR, 2, 1));
    FAILS(axle_space_span_coords(&U, V, AR), AXLE_EFIELD);
    FAILS(axle_space_equations_coords(&U, V, A), AXLE_EDIM);
    FAILS(axle_space_equations(&U, V, (const axle_vector *const *)&v, 1), AXLE_EDIM);
    cr_assert_null(U);
    TS_OK(axle_space_whole(&U, V));
    TS_OK(axle_space_whole(&UW, W));
    TS_OK(axle_space_whole(&UR, R));
    FAILS(axle_space_sum(&S, U, UW), AXLE_EDIM);
    FAILS(axle_space_intersect(&S, U, UR), AXLE_EFIELD);
    FAILS(axle_space_sum(&S, U, V), AXLE_EINVAL);
    FAILS(axle_space_is_subset(&b, U, UW), AXLE_EDIM);
    const axle_space *two[] = {U, UW};
    FAILS(axle_space_is_direct_sum(&b, two, 2), AXLE_EDIM);
    FAILS(axle_space_is_direct_sum(&b, two, 0), AXLE_EINVAL);
    FAILS(axle_space_contains(&b, U, w), AXLE_EDIM);
    FAILS(axle_space_contains(&b, U, NULL), AXLE_EINVAL);
    FAILS(axle_space_complement(&S, NULL), AXLE_EINVAL);
    FAILS(axle_space_annihilator(&S, NULL), AXLE_EINVAL);
    axle_vector *out = NULL;
    FAILS(axle_space_basis_vector(&out, U, 2), AXLE_ERANGE);
    cr_assert_null(S);
    cr_assert_null(out);
    axle_matrix_free(A);
    axle_matrix_free(AR);
    axle_vector *vs[] = {v, w, r};
    sp_unref_all(vs, 3);
    axle_space *all[] = {V, W, R, U, UW, UR};
    for (size_t i = 0; i < 6; i++)
        axle_space_unref(all[i]);
}

Test(errors, quotients_and_duals)
{
    axle_space *V = sp_fn(AXLE_QQ, 2), *W = sp_fn(AXLE_QQ, 3), *U = NULL, *Q = NULL, *D = NULL,
               *DW = NULL;
    TS_OK(axle_space_zero(&U, V));
    TS_OK(axle_space_quotient(&Q, U));
    TS_OK(axle_space_dual(&D, V));
    TS_OK(axle_space_dual(&DW, W));
    long c[] = {1, 2, 3};
    axle_vector *v = sp_ints(V, c), *w = sp_ints(W, c), *out = NULL, *phi = sp_ints(DW, c);
    FAILS(axle_vector_coset(&out, V, v), AXLE_EINVAL);
    FAILS(axle_vector_coset(&out, Q, w), AXLE_EDIM);
    FAILS(axle_vector_representative(&out, v), AXLE_EINVAL);
    bool b;
    FAILS(axle_vector_same_coset(&b, Q, v, w), AXLE_EDIM);
    axle_scalar *x = NULL;
    FAILS(axle_vector_eval(&x, phi, v), AXLE_EDIM);
    FAILS(axle_vector_eval(&x, v, v), AXLE_EDIM);
    cr_assert_null(x);
    axle_vector *dual[2] = {0};
    const axle_vector *basis[] = {v, v};
    FAILS(axle_vector_dual_basis(dual, V, basis, 2), AXLE_EINVAL);
    FAILS(axle_vector_dual_basis(dual, D, basis, 2), AXLE_EINVAL);
    FAILS(axle_vector_dual_basis(dual, DW, basis, 2), AXLE_EDIM);
    FAILS(axle_vector_double_dual(&out, D, v), AXLE_EDIM);
    cr_assert_null(out);
    axle_vector *vs[] = {v, w, phi};
    sp_unref_all(vs, 3);
    axle_space *all[] = {V, W, U, Q, D, DW};
    for (size_t i = 0; i < 6; i++)
        axle_space_unref(all[i]);
}
