/* Every error path of the eigen floor's first part, over both fields: NULL arguments, non-square
 * matrices, maps that are not operators, vectors of the wrong shape, space or field, and the size
 * limits (AXLE_EIGEN_MAX_DIM; over QQ the a-priori bits bound), each with its status and message;
 * outputs NULL after failure. */
#include <gmp.h>
#include <string.h>

#include "helpers.h"

FIELDS(errors, null_and_shape)
{
    axle_poly *p = (axle_poly *)1;
    axle_matrix *A = ts_zero(*F, 2, 3), *S = ts_identity(*F, 2), *v = ts_zero(*F, 3, 1);
    eg_assert_fails(axle_matrix_charpoly(NULL, S), AXLE_EINVAL, "out");
    eg_assert_fails(axle_matrix_charpoly(&p, NULL), AXLE_EINVAL, "A");
    cr_assert_null(p);
    p = (axle_poly *)1;
    eg_assert_fails(axle_matrix_charpoly(&p, A), AXLE_EDIM, "square");
    cr_assert_null(p);
    eg_assert_fails(axle_matrix_minpoly(&p, A), AXLE_EDIM, "square");
    eg_assert_fails(axle_matrix_minpoly(&p, NULL), AXLE_EINVAL, "A");
    eg_assert_fails(axle_matrix_minpoly_vector(&p, S, v), AXLE_EDIM, "2x1");
    eg_assert_fails(axle_matrix_minpoly_vector(&p, S, NULL), AXLE_EINVAL, "v");
    eg_assert_fails(axle_matrix_minpoly_vector(&p, A, v), AXLE_EDIM, "square");
    axle_matrix *w = ts_zero(*F == AXLE_QQ ? AXLE_RR : AXLE_QQ, 2, 1);
    eg_assert_fails(axle_matrix_minpoly_vector(&p, S, w), AXLE_EFIELD, "");
    cr_assert_null(p);
    axle_matrix_free(w);
    axle_matrix_free(A);
    axle_matrix_free(S);
    axle_matrix_free(v);
}

FIELDS(errors, maps)
{
    axle_space *V = NULL, *W = NULL, *U = NULL;
    axle_map *D = NULL, *I = NULL;
    axle_vector *u = NULL;
    TS_OK(axle_space_poly(&V, *F, 2));
    TS_OK(axle_space_poly(&W, *F, 1));
    TS_OK(axle_space_fn(&U, *F, 3));
    TS_OK(axle_map_differentiation(&D, V, W));
    TS_OK(axle_map_identity(&I, V));
    TS_OK(axle_vector_zero(&u, U));
    axle_poly *p = NULL;
    eg_assert_fails(axle_map_charpoly(&p, D), AXLE_EDIM, "needs an operator");
    eg_assert_fails(axle_map_minpoly(&p, D), AXLE_EDIM, "needs an operator");
    eg_assert_fails(axle_map_minpoly_vector(&p, D, u), AXLE_EDIM, "needs an operator");
    eg_assert_fails(axle_map_charpoly(&p, NULL), AXLE_EINVAL, "T");
    eg_assert_fails(axle_map_minpoly(&p, NULL), AXLE_EINVAL, "T");
    eg_assert_fails(axle_map_minpoly_vector(&p, I, NULL), AXLE_EINVAL, "v");
    eg_assert_fails(axle_map_minpoly_vector(&p, NULL, u), AXLE_EINVAL, "T");
    cr_assert_neq(axle_map_minpoly_vector(&p, I, u), AXLE_OK, "u is not in P_2");
    cr_assert_null(p);
    axle_vector_unref(u);
    axle_map_unref(D);
    axle_map_unref(I);
    axle_space_unref(V);
    axle_space_unref(W);
    axle_space_unref(U);
}

Test(errors, dimension_limit)
{
    /* RR storage is allocated zeroed and never touched: the refusal comes first. */
    size_t n = AXLE_EIGEN_MAX_DIM + 1;
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_RR, n, n));
    axle_poly *p = NULL;
    eg_assert_fails(axle_matrix_charpoly(&p, A), AXLE_ERANGE, "AXLE_EIGEN_MAX_DIM");
    eg_assert_fails(axle_matrix_minpoly(&p, A), AXLE_ERANGE, "AXLE_EIGEN_MAX_DIM");
    cr_assert_null(p);
    axle_matrix_free(A);
}

Test(errors, qq_bits_limit)
{
    /* One entry of 2^(2^21) in a 40x40 matrix: chi could have ~2^21 * 40 bits per coefficient. */
    axle_matrix *A = ts_zero(AXLE_QQ, 40, 40);
    mpq_t q;
    mpq_init(q);
    mpz_setbit(mpq_numref(q), 1u << 21);
    TS_OK(axle_matrix_set_mpq(A, 3, 5, q));
    axle_poly *p = NULL;
    eg_assert_fails(axle_matrix_charpoly(&p, A), AXLE_ERANGE, "AXLE_POLY_MAX_BITS");
    cr_assert_null(p);
    mpq_clear(q);
    axle_matrix_free(A);
}

Test(errors, qq_work_limit)
{
    /* Every entry of an 8x8 matrix near 2^300000: chi fits AXLE_POLY_MAX_BITS (about 2.2e7 bits),
     * but some 39000 primes, each reducing 300000 limbs, is past the multimodular work limit. */
    axle_matrix *A = ts_zero(AXLE_QQ, 8, 8);
    mpq_t q;
    mpq_init(q);
    for (size_t i = 0; i < 8; i++)
        for (size_t j = 0; j < 8; j++) {
            mpz_set_ui(mpq_numref(q), 3 + i + 8 * j);
            mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 300000);
            TS_OK(axle_matrix_set_mpq(A, i, j, q));
        }
    axle_poly *p = NULL;
    eg_assert_fails(axle_matrix_charpoly(&p, A), AXLE_ERANGE, "word operations");
    cr_assert_null(p);
    mpq_clear(q);
    axle_matrix_free(A);
}

Test(errors, rr_overflow)
{
    /* 1e300 I_2: chi = x^2 - 2e300 x + 1e600, whose constant term overflows. */
    axle_matrix *A = NULL;
    TS_OK(axle_matrix_from_doubles(&A, AXLE_RR, 2, 2, (double[]){1e300, 0, 0, 1e300}));
    axle_poly *p = NULL;
    eg_assert_fails(axle_matrix_charpoly(&p, A), AXLE_ERANGE, "beyond the range of a double");
    cr_assert_null(p);
    axle_matrix_free(A);
}
