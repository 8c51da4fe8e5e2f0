/* Status codes, messages, the field descriptor and RR's tolerance setting. */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"
#include "support.h"

Test(status, every_code_has_its_own_description)
{
    for (int s = 0; s < AXLE_STATUS_COUNT; s++) {
        const char *d = axle_strerror((axle_status)s);
        cr_assert(d && *d);
        cr_assert_str_neq(d, "unknown status", "status %d has no description", s);
        for (int t = 0; t < s; t++)
            cr_assert_str_neq(d, axle_strerror((axle_status)t));
    }
    cr_assert_str_eq(axle_strerror((axle_status)999), "unknown status");
}

Test(status, message_names_the_problem)
{
    axle_matrix *A = NULL, *B = NULL, *C = (axle_matrix *)1;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, 2, 3));
    TS_OK(axle_matrix_new(&B, AXLE_QQ, 2, 3));
    cr_assert_eq(axle_matrix_mul(&C, A, B), AXLE_EDIM);
    cr_assert_null(C);
    cr_assert_eq(axle_error_status(), AXLE_EDIM);
    cr_assert(strstr(axle_error_message(), "3 columns but 2 rows"), "message: %s",
              axle_error_message());
    cr_assert_eq(axle_error_position(), (size_t)-1);
    axle_matrix_free(A);
    axle_matrix_free(B);
}

/* Counts in messages take the singular for 1 (one plural helper, ax_plural). */
Test(status, count_nouns_agree)
{
    axle_matrix *A = NULL, *B = NULL, *C = NULL, *N = NULL;
    TS_OK(axle_matrix_new(&A, AXLE_QQ, 1, 1));
    TS_OK(axle_matrix_new(&B, AXLE_QQ, 2, 1));
    cr_assert_eq(axle_matrix_mul(&C, A, B), AXLE_EDIM);
    cr_assert(strstr(axle_error_message(), ": 1 column but 2 rows"), "message: %s",
              axle_error_message());
    cr_assert_eq(axle_matrix_mul(&C, B, B), AXLE_EDIM);
    cr_assert(strstr(axle_error_message(), ": 1 column but 2 rows"), "message: %s",
              axle_error_message());
    cr_assert_eq(axle_matrix_solve(&C, &N, A, B), AXLE_EDIM);
    cr_assert_str_eq(axle_error_message(), "the matrix has 1 row but the right-hand side has 2");
    axle_matrix_free(A);
    axle_matrix_free(B);
}

Test(status, parse_errors_carry_a_position)
{
    axle_scalar *x = NULL;
    cr_assert_eq(axle_scalar_parse(&x, AXLE_QQ, "  12/x"), AXLE_EPARSE);
    cr_assert_null(x);
    cr_assert_eq(axle_error_position(), 5, "position %zu", axle_error_position());
    cr_assert(strlen(axle_error_message()) > 0);
}

Test(status, null_arguments_are_einval)
{
    axle_matrix *A = NULL;
    cr_assert_eq(axle_matrix_new(NULL, AXLE_QQ, 1, 1), AXLE_EINVAL);
    cr_assert_eq(axle_matrix_copy(&A, NULL), AXLE_EINVAL);
    cr_assert_null(A);
    cr_assert_eq(axle_matrix_new(&A, (axle_field)7, 1, 1), AXLE_EINVAL);
    size_t r = 0;
    cr_assert_eq(axle_matrix_rank(&r, NULL), AXLE_EINVAL);
    axle_matrix *I = NULL, *N = (axle_matrix *)1;
    TS_OK(axle_matrix_identity(&I, AXLE_QQ, 2));
    cr_assert_eq(axle_matrix_solve(NULL, &N, I, I), AXLE_EINVAL);
    cr_assert_null(N, "every output is NULL on failure, also when another output is invalid");
    axle_matrix_free(I);
    axle_matrix_free(NULL);
    axle_scalar_free(NULL);
}

Test(field, names_and_parsing)
{
    axle_field F;
    cr_assert_str_eq(axle_field_name(AXLE_QQ), "QQ");
    cr_assert_str_eq(axle_field_name(AXLE_RR), "RR");
    cr_assert_null(axle_field_name((axle_field)5));
    TS_OK(axle_field_parse(&F, "qq"));
    cr_assert_eq(F, AXLE_QQ);
    TS_OK(axle_field_parse(&F, "RR"));
    cr_assert_eq(F, AXLE_RR);
    cr_assert_eq(axle_field_parse(&F, "complex"), AXLE_EINVAL);
    cr_assert(strstr(axle_error_message(), "complex"));
    cr_assert(axle_field_valid(AXLE_QQ) && !axle_field_valid((axle_field)-1));
}

Test(field, rr_tolerance_default_and_setting)
{
    cr_assert_eq(axle_rr_tolerance(), 0.0);
    cr_assert_float_eq(axle_rr_effective_tolerance(3, 5), 5 * DBL_EPSILON, 1e-30);
    cr_assert_float_eq(axle_rr_effective_tolerance(0, 0), DBL_EPSILON, 1e-30);
    TS_OK(axle_rr_set_tolerance(1e-8));
    cr_assert_eq(axle_rr_effective_tolerance(100, 100), 1e-8);
    cr_assert_eq(axle_rr_set_tolerance(-1.0), AXLE_EDOMAIN);
    cr_assert_eq(axle_rr_set_tolerance(NAN), AXLE_EDOMAIN);
    cr_assert_eq(axle_rr_set_tolerance(1.0), AXLE_EDOMAIN);
    cr_assert_eq(axle_rr_tolerance(), 1e-8, "a refused setting must leave the old one");
    TS_OK(axle_rr_set_tolerance(0.0));
    cr_assert_eq(axle_rr_tolerance(), 0.0);
}

Test(status, error_clear_forgets_the_last_failure)
{
    axle_scalar *x = NULL;
    cr_assert_eq(axle_scalar_parse(&x, AXLE_QQ, "1/0"), AXLE_EDOMAIN);
    cr_assert_neq(axle_error_position(), (size_t)-1);
    axle_error_clear();
    cr_assert_eq(axle_error_status(), AXLE_OK);
    cr_assert_str_eq(axle_error_message(), "");
    cr_assert_eq(axle_error_position(), (size_t)-1);
    axle_error_clear(); /* clearing a clear record is harmless */
    cr_assert_eq(axle_error_status(), AXLE_OK);
    TS_OK(axle_scalar_parse(&x, AXLE_QQ, "2"));
    cr_assert_eq(axle_error_status(), AXLE_OK, "a success leaves the cleared record as it is");
    axle_scalar_free(x);
}

/* AXLE_ETOLERANCE: RR's rank and solve decisions disagree at the tolerance's edge. With the
 * tolerance 1/2, (0, 1/10) is dependent on (1, 0) by rank (singular values 1 and 1/10), but no
 * multiple of (1, 0) comes within the tolerance of it. */
Test(status, tolerance_disagreement_has_its_own_code)
{
    axle_space *V = NULL;
    axle_vector *v[2] = {NULL, NULL};
    axle_matrix *c[2] = {NULL, NULL}, *a = (axle_matrix *)1;
    TS_OK(axle_space_fn(&V, AXLE_RR, 2));
    TS_OK(axle_matrix_from_doubles(&c[0], AXLE_RR, 2, 1, (const double[]){1, 0}));
    TS_OK(axle_matrix_from_doubles(&c[1], AXLE_RR, 2, 1, (const double[]){0, 0.1}));
    for (int i = 0; i < 2; i++)
        TS_OK(axle_vector_from_coords(&v[i], V, c[i]));
    TS_OK(axle_rr_set_tolerance(0.5));
    size_t j = 99;
    cr_assert_eq(axle_list_dependence(&j, &a, V, (const axle_vector *const *)v, 2), AXLE_ETOLERANCE,
                 "%s", axle_error_message());
    cr_assert_null(a);
    cr_assert_eq(j, 99, "the index is untouched on failure");
    cr_assert(strstr(axle_error_message(), "vector 1 was found dependent"), "message: %s",
              axle_error_message());
    TS_OK(axle_list_dependence(&j, NULL, V, (const axle_vector *const *)v, 2));
    cr_assert_eq(j, 1, "without coefficients only the rank decides");
    TS_OK(axle_rr_set_tolerance(0));
    TS_OK(axle_list_dependence(&j, &a, V, (const axle_vector *const *)v, 2));
    cr_assert_eq(j, 2, "at the default tolerance the list is independent");
    cr_assert_null(a);
    for (int i = 0; i < 2; i++) {
        axle_vector_unref(v[i]);
        axle_matrix_free(c[i]);
    }
    axle_space_unref(V);
}

/* AXLE_EUNCERTIFIED: the exact engine's certified refinement of a complex root gives up at its
 * precision limit. (x - 1)^2 breaks the engine's precondition (square-free) so that no precision
 * certifies a disc around its double root 1 (the inclusion radius needs p'(z) != 0): the
 * refinement must fail with this code, not AXLE_ENOCONV. */
Test(status, uncertified_roots_have_their_own_code, .timeout = 60)
{
    ax_zpoly f;
    ax_zp_init(&f);
    (void)ax_zp_zero(&f, 3); /* bool or status: the length tells */
    cr_assert_eq(f.len, 3);
    mpz_set_si(f.c[0], 1);
    mpz_set_si(f.c[1], -2);
    mpz_set_si(f.c[2], 1);
    mpq_t re, im, rad;
    mpq_inits(re, im, rad, NULL);
    mpq_set_ui(re, 1, 1);
    mpq_set_ui(rad, 1, 1);
    cr_assert_eq(ax_alg_refine_disc(re, im, rad, &f, 10), AXLE_EUNCERTIFIED, "%s",
                 axle_error_message());
    cr_assert(strstr(axle_error_message(), "could not be refined"), "message: %s",
              axle_error_message());
    cr_assert_str_eq(axle_strerror(AXLE_EUNCERTIFIED), "not certified");
    mpq_clears(re, im, rad, NULL);
    ax_zp_clear(&f);
}
