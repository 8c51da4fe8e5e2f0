/* Every public function called with NULL for each of its pointer arguments in turn (issue 7).
 *
 * include/axle.api lists every AXLE_API function and its pointer parameters (check-list.sh keeps
 * it equal to the headers); this file has one case per listed (function, parameter): the call with
 * that argument NULL and valid objects everywhere else. A parameter marked "?" in the list accepts
 * NULL (the call succeeds, or for a function without a status simply returns: frees and unrefs do
 * nothing, queries give 0, false or NULL); every other NULL must give AXLE_EINVAL with a message
 * that says what is NULL and names the parameter (its name in the header, or "first"/"second"
 * for the last two parameters), and leave every output pointer NULL. The cases of one header run in
 * one Criterion test (one worker); a crash fails that test and prints the function and the
 * argument. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <ctype.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <axle.h>

#include "support.h"

/* ---- valid arguments --------------------------------------------------------------------------
 * QQ throughout: A = [[2, 1], [1, 1]] (invertible), B a 2x1 right-hand side, p = x^2 - 2 with its
 * roots and factorization, p2 = x - 1; algebraic numbers √2 (real), 1/2 (rational), i (non-real);
 * V = QQ^2 with vectors v, w, the standard basis vl, the subspace U = span(e_1) with a vector u,
 * the quotient Q = V/U with the coset c = v + U, the dual D = V' with a functional phi, DD = V'',
 * the product P = V x V; K = Q(√2) with its generator e and the matrix N = A over K; Pm = P_1(QQ),
 * the map T : V -> V with matrix A, and T as the vector Lv of L(V, V); the 0x0 matrix Z0 and its
 * spectrum E (answered without a spectral kernel); the dot product ip on V and the Gram–Schmidt
 * result gs of vl. */
static struct fixture {
    mpq_t q, qs[2], rrop, rlo, rhi, rre, rim, rrad;
    long longs[4];
    double doubles[4];
    axle_scalar *s;
    const axle_scalar *sl[2];
    axle_matrix *A, *B, *M;
    axle_poly *p, *p2;
    axle_roots *roots;
    axle_poly_factors *fac;
    axle_algebraic *a, *ar, *ac;
    axle_space *V, *U, *Q, *D, *DD, *P;
    const axle_space *Vl[2], *Ul[2];
    axle_vector *v, *w, *u, *c, *phi;
    const axle_vector *vl[2], *phil[2];
    axle_numfield *K;
    axle_nfelem *e;
    axle_nfmatrix *N, *Nm;
    axle_space *Pm;
    axle_map *T;
    axle_vector *Lv;
    axle_matrix *Z0;
    axle_eigen *E;
    axle_inner *ip;
    const axle_inner *ipl[2];
    axle_gs *gs;
} fx;

static void fx_init(void)
{
    mpq_inits(fx.q, fx.qs[0], fx.qs[1], fx.rrop, fx.rlo, fx.rhi, fx.rre, fx.rim, fx.rrad, NULL);
    mpq_set_ui(fx.q, 1, 2);
    mpq_set_ui(fx.qs[0], 1, 1);
    mpq_set_ui(fx.qs[1], 1, 3);
    for (int i = 0; i < 4; i++) {
        fx.longs[i] = i + 1;
        fx.doubles[i] = 0.5 * (i + 1);
    }
    TS_OK(axle_scalar_from_int(&fx.s, AXLE_QQ, 2));
    fx.sl[0] = fx.sl[1] = fx.s;
    TS_OK(axle_matrix_from_ints(&fx.A, AXLE_QQ, 2, 2, (const long[]){2, 1, 1, 1}));
    TS_OK(axle_matrix_from_ints(&fx.B, AXLE_QQ, 2, 1, (const long[]){1, 2}));
    TS_OK(axle_matrix_copy(&fx.M, fx.A));
    TS_OK(axle_poly_parse(&fx.p, AXLE_QQ, "x^2 - 2"));
    TS_OK(axle_poly_parse(&fx.p2, AXLE_QQ, "x - 1"));
    TS_OK(axle_poly_roots(&fx.roots, fx.p));
    TS_OK(axle_poly_factor(&fx.fac, fx.p));
    axle_algebraic *t = NULL;
    TS_OK(axle_algebraic_from_frac(&t, 2, 1));
    TS_OK(axle_algebraic_sqrt(&fx.a, t));
    axle_algebraic_free(t);
    TS_OK(axle_algebraic_from_frac(&t, -1, 1));
    TS_OK(axle_algebraic_sqrt(&fx.ac, t));
    axle_algebraic_free(t);
    TS_OK(axle_algebraic_from_frac(&fx.ar, 1, 2));
    TS_OK(axle_space_fn(&fx.V, AXLE_QQ, 2));
    fx.Vl[0] = fx.Vl[1] = fx.V;
    TS_OK(axle_space_product(&fx.P, fx.Vl, 2));
    TS_OK(axle_vector_from_ints(&fx.v, fx.V, (const long[]){1, 2}, 2));
    TS_OK(axle_vector_from_ints(&fx.w, fx.V, (const long[]){3, 4}, 2));
    for (size_t j = 0; j < 2; j++) {
        axle_vector *b = NULL;
        TS_OK(axle_vector_standard(&b, fx.V, j));
        fx.vl[j] = b;
    }
    TS_OK(axle_space_span(&fx.U, fx.V, fx.vl, 1));
    fx.Ul[0] = fx.Ul[1] = fx.U;
    TS_OK(axle_space_basis_vector(&fx.u, fx.U, 0));
    TS_OK(axle_space_quotient(&fx.Q, fx.U));
    TS_OK(axle_vector_coset(&fx.c, fx.Q, fx.v));
    TS_OK(axle_space_dual(&fx.D, fx.V));
    TS_OK(axle_space_dual(&fx.DD, fx.D));
    TS_OK(axle_vector_from_ints(&fx.phi, fx.D, (const long[]){1, 0}, 2));
    fx.phil[0] = fx.phil[1] = fx.phi;
    TS_OK(axle_numfield_parse(&fx.K, "x^2 - 2", NULL));
    TS_OK(axle_nfelem_gen(&fx.e, fx.K));
    TS_OK(axle_nfmatrix_from_matrix(&fx.N, fx.K, fx.A));
    TS_OK(axle_nfmatrix_from_matrix(&fx.Nm, fx.K, fx.A));
    TS_OK(axle_space_poly(&fx.Pm, AXLE_QQ, 1));
    TS_OK(axle_map_from_matrix(&fx.T, fx.V, fx.V, fx.A));
    TS_OK(axle_map_to_vector(&fx.Lv, fx.T));
    TS_OK(axle_matrix_new(&fx.Z0, AXLE_QQ, 0, 0));
    TS_OK(axle_matrix_eigen(&fx.E, fx.Z0));
    TS_OK(axle_inner_dot(&fx.ip, fx.V));
    fx.ipl[0] = fx.ipl[1] = fx.ip;
    TS_OK(axle_inner_gram_schmidt(&fx.gs, fx.ip, fx.vl, 2));
}

static void fx_fini(void)
{
    mpq_clears(fx.q, fx.qs[0], fx.qs[1], fx.rrop, fx.rlo, fx.rhi, fx.rre, fx.rim, fx.rrad, NULL);
    axle_scalar_free(fx.s);
    axle_matrix_free(fx.A);
    axle_matrix_free(fx.B);
    axle_matrix_free(fx.M);
    axle_poly_free(fx.p);
    axle_poly_free(fx.p2);
    axle_roots_free(fx.roots);
    axle_poly_factors_free(fx.fac);
    axle_algebraic_free(fx.a);
    axle_algebraic_free(fx.ar);
    axle_algebraic_free(fx.ac);
    axle_vector_unref(fx.v);
    axle_vector_unref(fx.w);
    axle_vector_unref(fx.u);
    axle_vector_unref(fx.c);
    axle_vector_unref(fx.phi);
    for (size_t j = 0; j < 2; j++)
        axle_vector_unref(fx.vl[j]);
    axle_space_unref(fx.V);
    axle_space_unref(fx.U);
    axle_space_unref(fx.Q);
    axle_space_unref(fx.D);
    axle_space_unref(fx.DD);
    axle_space_unref(fx.P);
    axle_nfmatrix_free(fx.N);
    axle_nfmatrix_free(fx.Nm);
    axle_nfelem_free(fx.e);
    axle_numfield_unref(fx.K);
    axle_space_unref(fx.Pm);
    axle_map_unref(fx.T);
    axle_vector_unref(fx.Lv);
    axle_matrix_free(fx.Z0);
    axle_eigen_unref(fx.E);
    axle_gs_unref(fx.gs);
    axle_inner_unref(fx.ip);
}

/* ---- the cases --------------------------------------------------------------------------------
 */

typedef struct api_case {
    const char *header, *fn, *param;
    axle_status (*call)(void);
    bool accepts_null;
} api_case;

static const api_case *current;

/* A non-NULL value for output pointers, so a failing call that forgets to set them is seen. */
static max_align_t junk;
#define JUNK ((void *)&junk)

#define CASE(id) static axle_status case_##id(void)

/* After a call with outputs: on failure the output must be NULL; on success it is released. */
#define FINISH(s, v, release)                                                                      \
    do {                                                                                           \
        if (s)                                                                                     \
            cr_expect_null(v, "%s(%s = NULL) failed but left output %s set", current->fn,          \
                           current->param, #v);                                                    \
        else if ((void *)(v) != JUNK)                                                              \
            release(v);                                                                            \
    } while (0)

/* After a call with plain-value outputs: on failure they are untouched. */
#define UNCHANGED(s, v, before)                                                                    \
    cr_expect(!(s) || (v) == (before), "%s(%s = NULL) failed but changed output %s", current->fn,  \
              current->param, #v)

/* A function without a status: its result for a NULL object must be the neutral value. */
#define VALUE(expr, expected)                                                                      \
    cr_expect((expr) == (expected), "%s(%s = NULL) did not give %s", current->fn, current->param,  \
              #expected)

/* One-line cases. CALL: the status is all there is to check. CALL_OUT: one object output v of
 * type T, NULL after a failure (released after a success). CALL_KEEP: one plain output v of type T
 * set to init before the call and untouched by a failure. QUERY: a function without a status whose
 * result for the NULL argument must be `expected`. NO_STATUS: a function without a status that
 * must simply return (frees, unrefs, optional out pointers of queries). */
#define CALL(id, call)                                                                             \
    CASE(id)                                                                                       \
    {                                                                                              \
        return call;                                                                               \
    }
#define CALL_OUT(id, T, v, release, call)                                                          \
    CASE(id)                                                                                       \
    {                                                                                              \
        T *v = JUNK;                                                                               \
        axle_status st = call;                                                                     \
        FINISH(st, v, release);                                                                    \
        return st;                                                                                 \
    }
#define CALL_KEEP(id, T, v, init, call)                                                            \
    CASE(id)                                                                                       \
    {                                                                                              \
        T v = init;                                                                                \
        axle_status st = call;                                                                     \
        UNCHANGED(st, v, init);                                                                    \
        return st;                                                                                 \
    }
#define QUERY(id, call, expected)                                                                  \
    CASE(id)                                                                                       \
    {                                                                                              \
        VALUE(call, expected);                                                                     \
        return AXLE_OK;                                                                            \
    }
#define NO_STATUS(id, call)                                                                        \
    CASE(id)                                                                                       \
    {                                                                                              \
        (void)(call);                                                                              \
        return AXLE_OK;                                                                            \
    }

/* ---- algebraic.h ----------------------------------------------------------------------------- */

CALL(algebraic_from_mpq_out, axle_algebraic_from_mpq(NULL, fx.q))
CALL_OUT(algebraic_from_mpq_q, axle_algebraic, out, axle_algebraic_free,
         axle_algebraic_from_mpq(&out, NULL))
CALL(algebraic_from_frac_out, axle_algebraic_from_frac(NULL, 1, 1))
CALL(algebraic_from_scalar_out, axle_algebraic_from_scalar(NULL, fx.s))
CALL_OUT(algebraic_from_scalar_x, axle_algebraic, out, axle_algebraic_free,
         axle_algebraic_from_scalar(&out, NULL))
CALL(algebraic_copy_out, axle_algebraic_copy(NULL, fx.a))
CALL_OUT(algebraic_copy_a, axle_algebraic, out, axle_algebraic_free,
         axle_algebraic_copy(&out, NULL))
NO_STATUS(algebraic_free_a, axle_algebraic_free(NULL))
CALL(poly_roots_out, axle_poly_roots(NULL, fx.p))
CALL_OUT(poly_roots_p, axle_roots, out, axle_roots_free, axle_poly_roots(&out, NULL))
CALL(poly_real_roots_out, axle_poly_real_roots(NULL, fx.p))
CALL_OUT(poly_real_roots_p, axle_roots, out, axle_roots_free, axle_poly_real_roots(&out, NULL))
NO_STATUS(roots_free_r, axle_roots_free(NULL))
QUERY(roots_count_r, axle_roots_count(NULL), 0)

CASE(roots_get_r)
{
    unsigned long mult;
    VALUE(axle_roots_get(NULL, 0, &mult), 0);
    return AXLE_OK;
}

NO_STATUS(roots_get_mult, axle_roots_get(fx.roots, 0, NULL))
CALL(roots_to_string_out, axle_roots_to_string(NULL, fx.roots, AXLE_FORMAT_TEXT, 10))
CALL_OUT(roots_to_string_r, char, out, axle_free,
         axle_roots_to_string(&out, NULL, AXLE_FORMAT_TEXT, 10))
QUERY(algebraic_degree_a, axle_algebraic_degree(NULL), 0)
QUERY(algebraic_is_rational_a, axle_algebraic_is_rational(NULL), 0)
QUERY(algebraic_is_real_a, axle_algebraic_is_real(NULL), 0)
CALL(algebraic_minpoly_out, axle_algebraic_minpoly(NULL, fx.a))
CALL_OUT(algebraic_minpoly_a, axle_poly, out, axle_poly_free, axle_algebraic_minpoly(&out, NULL))
CALL(algebraic_get_mpq_rop, axle_algebraic_get_mpq(NULL, fx.ar))
CALL(algebraic_get_mpq_a, axle_algebraic_get_mpq(fx.rrop, NULL))
CALL(algebraic_interval_lo, axle_algebraic_interval(NULL, fx.rhi, fx.a))
CALL(algebraic_interval_hi, axle_algebraic_interval(fx.rlo, NULL, fx.a))
CALL(algebraic_interval_a, axle_algebraic_interval(fx.rlo, fx.rhi, NULL))
CALL(algebraic_disc_re, axle_algebraic_disc(NULL, fx.rim, fx.rrad, fx.ac))
CALL(algebraic_disc_im, axle_algebraic_disc(fx.rre, NULL, fx.rrad, fx.ac))
CALL(algebraic_disc_rad, axle_algebraic_disc(fx.rre, fx.rim, NULL, fx.ac))
CALL(algebraic_disc_a, axle_algebraic_disc(fx.rre, fx.rim, fx.rrad, NULL))
CALL_KEEP(algebraic_to_double_re, double, im, 7, axle_algebraic_to_double(NULL, &im, fx.a))
CALL_KEEP(algebraic_to_double_im, double, re, 7, axle_algebraic_to_double(&re, NULL, fx.a))

CASE(algebraic_to_double_a)
{
    double re = 7;
    double im = 7;
    axle_status st = axle_algebraic_to_double(&re, &im, NULL);
    UNCHANGED(st, re, 7);
    UNCHANGED(st, im, 7);
    return st;
}

CALL_OUT(algebraic_to_decimal_re, char, im, axle_free,
         axle_algebraic_to_decimal(NULL, &im, fx.a, 10))
CALL_OUT(algebraic_to_decimal_im, char, re, axle_free,
         axle_algebraic_to_decimal(&re, NULL, fx.a, 10))

CASE(algebraic_to_decimal_a)
{
    char *re = JUNK;
    char *im = JUNK;
    axle_status st = axle_algebraic_to_decimal(&re, &im, NULL, 10);
    FINISH(st, re, axle_free);
    FINISH(st, im, axle_free);
    return st;
}

CALL(algebraic_to_string_out, axle_algebraic_to_string(NULL, fx.a, AXLE_FORMAT_TEXT, 10))
CALL_OUT(algebraic_to_string_a, char, out, axle_free,
         axle_algebraic_to_string(&out, NULL, AXLE_FORMAT_TEXT, 10))

CALL(algebraic_root_of_unity_out, axle_algebraic_root_of_unity(NULL, fx.ac, NULL, NULL))
CALL_KEEP(algebraic_root_of_unity_a, bool, out, true,
          axle_algebraic_root_of_unity(&out, NULL, NULL, NULL))

CASE(algebraic_root_of_unity_n)
{
    bool out;
    unsigned long k;
    return axle_algebraic_root_of_unity(&out, fx.ac, NULL, &k);
}

CASE(algebraic_root_of_unity_k)
{
    bool out;
    unsigned long n;
    return axle_algebraic_root_of_unity(&out, fx.ac, &n, NULL);
}

CALL(algebraic_equal_out, axle_algebraic_equal(NULL, fx.a, fx.a))
CALL_KEEP(algebraic_equal_a, bool, out, true, axle_algebraic_equal(&out, NULL, fx.a))
CALL_KEEP(algebraic_equal_b, bool, out, true, axle_algebraic_equal(&out, fx.a, NULL))
CALL(algebraic_cmp_out, axle_algebraic_cmp(NULL, fx.a, fx.a))
CALL_KEEP(algebraic_cmp_a, int, out, 7, axle_algebraic_cmp(&out, NULL, fx.a))
CALL_KEEP(algebraic_cmp_b, int, out, 7, axle_algebraic_cmp(&out, fx.a, NULL))
CALL(algebraic_sign_out, axle_algebraic_sign(NULL, fx.a))
CALL_KEEP(algebraic_sign_a, int, out, 7, axle_algebraic_sign(&out, NULL))
CALL(algebraic_neg_out, axle_algebraic_neg(NULL, fx.a))
CALL_OUT(algebraic_neg_a, axle_algebraic, out, axle_algebraic_free, axle_algebraic_neg(&out, NULL))
CALL(algebraic_conj_out, axle_algebraic_conj(NULL, fx.a))
CALL_OUT(algebraic_conj_a, axle_algebraic, out, axle_algebraic_free,
         axle_algebraic_conj(&out, NULL))
CALL(algebraic_inv_out, axle_algebraic_inv(NULL, fx.a))
CALL_OUT(algebraic_inv_a, axle_algebraic, out, axle_algebraic_free, axle_algebraic_inv(&out, NULL))
CALL(algebraic_sqrt_out, axle_algebraic_sqrt(NULL, fx.a))
CALL_OUT(algebraic_sqrt_a, axle_algebraic, out, axle_algebraic_free,
         axle_algebraic_sqrt(&out, NULL))

/* ---- common.h -------------------------------------------------------------------------------- */

NO_STATUS(free_p, axle_free(NULL))

/* ---- field.h --------------------------------------------------------------------------------- */

CALL(field_parse_out, axle_field_parse(NULL, "t"))
CALL_KEEP(field_parse_name, axle_field, out, (axle_field)7, axle_field_parse(&out, NULL))

/* ---- io.h ------------------------------------------------------------------------------------ */

CALL(format_parse_out, axle_format_parse(NULL, "t"))
CALL_KEEP(format_parse_name, axle_format, out, (axle_format)7, axle_format_parse(&out, NULL))
CALL(matrix_parse_out, axle_matrix_parse(NULL, AXLE_QQ, "[[1]]"))
CALL_OUT(matrix_parse_text, axle_matrix, out, axle_matrix_free,
         axle_matrix_parse(&out, AXLE_QQ, NULL))
CALL(scalar_to_string_out, axle_scalar_to_string(NULL, fx.s, AXLE_FORMAT_TEXT))
CALL_OUT(scalar_to_string_x, char, out, axle_free,
         axle_scalar_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(matrix_to_string_out, axle_matrix_to_string(NULL, fx.A, AXLE_FORMAT_TEXT))
CALL_OUT(matrix_to_string_A, char, out, axle_free,
         axle_matrix_to_string(&out, NULL, AXLE_FORMAT_TEXT))

/* ---- list.h ---------------------------------------------------------------------------------- */

CALL(list_is_independent_out, axle_list_is_independent(NULL, fx.V, fx.vl, 2))
CALL_KEEP(list_is_independent_V, bool, out, true, axle_list_is_independent(&out, NULL, fx.vl, 2))
CALL_KEEP(list_is_independent_v, bool, out, true, axle_list_is_independent(&out, fx.V, NULL, 2))
CALL_OUT(list_dependence_index, axle_matrix, coeffs, axle_matrix_free,
         axle_list_dependence(NULL, &coeffs, fx.V, fx.vl, 2))
CALL_KEEP(list_dependence_coeffs, size_t, index, 7,
          axle_list_dependence(&index, NULL, fx.V, fx.vl, 2))

CASE(list_dependence_V)
{
    size_t index = 7;
    axle_matrix *coeffs = JUNK;
    axle_status st = axle_list_dependence(&index, &coeffs, NULL, fx.vl, 2);
    FINISH(st, coeffs, axle_matrix_free);
    UNCHANGED(st, index, 7);
    return st;
}

CASE(list_dependence_v)
{
    size_t index = 7;
    axle_matrix *coeffs = JUNK;
    axle_status st = axle_list_dependence(&index, &coeffs, fx.V, NULL, 2);
    FINISH(st, coeffs, axle_matrix_free);
    UNCHANGED(st, index, 7);
    return st;
}

CALL_OUT(list_in_span_out, axle_matrix, coeffs, axle_matrix_free,
         axle_list_in_span(NULL, &coeffs, fx.V, fx.vl, 2, fx.v))
CALL_KEEP(list_in_span_coeffs, bool, out, true, axle_list_in_span(&out, NULL, fx.V, fx.vl, 2, fx.v))

CASE(list_in_span_V)
{
    bool out = true;
    axle_matrix *coeffs = JUNK;
    axle_status st = axle_list_in_span(&out, &coeffs, NULL, fx.vl, 2, fx.v);
    FINISH(st, coeffs, axle_matrix_free);
    UNCHANGED(st, out, true);
    return st;
}

CASE(list_in_span_v)
{
    bool out = true;
    axle_matrix *coeffs = JUNK;
    axle_status st = axle_list_in_span(&out, &coeffs, fx.V, NULL, 2, fx.v);
    FINISH(st, coeffs, axle_matrix_free);
    UNCHANGED(st, out, true);
    return st;
}

CASE(list_in_span_w)
{
    bool out = true;
    axle_matrix *coeffs = JUNK;
    axle_status st = axle_list_in_span(&out, &coeffs, fx.V, fx.vl, 2, NULL);
    FINISH(st, coeffs, axle_matrix_free);
    UNCHANGED(st, out, true);
    return st;
}

CALL(list_dim_out, axle_list_dim(NULL, fx.V, fx.vl, 2))
CALL_KEEP(list_dim_V, size_t, out, 7, axle_list_dim(&out, NULL, fx.vl, 2))
CALL_KEEP(list_dim_v, size_t, out, 7, axle_list_dim(&out, fx.V, NULL, 2))
CALL_KEEP(list_reduce_to_basis_kept, size_t, count, 7,
          axle_list_reduce_to_basis(NULL, &count, fx.V, fx.vl, 2))

CASE(list_reduce_to_basis_count)
{
    size_t kept[2];
    return axle_list_reduce_to_basis(kept, NULL, fx.V, fx.vl, 2);
}

CASE(list_reduce_to_basis_V)
{
    size_t kept[2];
    size_t count = 7;
    axle_status st = axle_list_reduce_to_basis(kept, &count, NULL, fx.vl, 2);
    UNCHANGED(st, count, 7);
    return st;
}

CASE(list_reduce_to_basis_v)
{
    size_t kept[2];
    size_t count = 7;
    axle_status st = axle_list_reduce_to_basis(kept, &count, fx.V, NULL, 2);
    UNCHANGED(st, count, 7);
    return st;
}

CALL_KEEP(list_extend_to_basis_added, size_t, count, 7,
          axle_list_extend_to_basis(NULL, &count, fx.V, fx.vl, 2))

CASE(list_extend_to_basis_count)
{
    axle_vector *added[2] = {JUNK, JUNK};
    axle_status st = axle_list_extend_to_basis(added, NULL, fx.V, fx.vl, 2);
    for (size_t i = 0; i < 2; i++)
        FINISH(st, added[i], axle_vector_unref);
    return st;
}

/* Without V the length of added (dim V) is unknown, so it is left alone. */
CASE(list_extend_to_basis_V)
{
    axle_vector *added[2] = {NULL, NULL};
    size_t count = 7;
    axle_status st = axle_list_extend_to_basis(added, &count, NULL, fx.vl, 2);
    UNCHANGED(st, count, 7);
    return st;
}

CASE(list_extend_to_basis_v)
{
    axle_vector *added[2] = {JUNK, JUNK};
    size_t count = 7;
    axle_status st = axle_list_extend_to_basis(added, &count, fx.V, NULL, 2);
    for (size_t i = 0; i < 2; i++)
        FINISH(st, added[i], axle_vector_unref);
    UNCHANGED(st, count, 7);
    return st;
}

/* ---- eigen.h --------------------------------------------------------------------------------- */

CALL(matrix_charpoly_out, axle_matrix_charpoly(NULL, fx.A))
CALL_OUT(matrix_charpoly_A, axle_poly, out, axle_poly_free, axle_matrix_charpoly(&out, NULL))
CALL(matrix_minpoly_out, axle_matrix_minpoly(NULL, fx.A))
CALL_OUT(matrix_minpoly_A, axle_poly, out, axle_poly_free, axle_matrix_minpoly(&out, NULL))
CALL(matrix_minpoly_vector_out, axle_matrix_minpoly_vector(NULL, fx.A, fx.B))
CALL_OUT(matrix_minpoly_vector_A, axle_poly, out, axle_poly_free,
         axle_matrix_minpoly_vector(&out, NULL, fx.B))
CALL_OUT(matrix_minpoly_vector_v, axle_poly, out, axle_poly_free,
         axle_matrix_minpoly_vector(&out, fx.A, NULL))
CALL(map_charpoly_out, axle_map_charpoly(NULL, fx.T))
CALL_OUT(map_charpoly_T, axle_poly, out, axle_poly_free, axle_map_charpoly(&out, NULL))
CALL(map_minpoly_out, axle_map_minpoly(NULL, fx.T))
CALL_OUT(map_minpoly_T, axle_poly, out, axle_poly_free, axle_map_minpoly(&out, NULL))
CALL(map_minpoly_vector_out, axle_map_minpoly_vector(NULL, fx.T, fx.v))
CALL_OUT(map_minpoly_vector_T, axle_poly, out, axle_poly_free,
         axle_map_minpoly_vector(&out, NULL, fx.v))
CALL_OUT(map_minpoly_vector_v, axle_poly, out, axle_poly_free,
         axle_map_minpoly_vector(&out, fx.T, NULL))

CALL(matrix_eigen_out, axle_matrix_eigen(NULL, fx.A))
CALL_OUT(matrix_eigen_A, axle_eigen, out, axle_eigen_unref, axle_matrix_eigen(&out, NULL))
CALL(map_eigen_out, axle_map_eigen(NULL, fx.T))
CALL_OUT(map_eigen_T, axle_eigen, out, axle_eigen_unref, axle_map_eigen(&out, NULL))
QUERY(eigen_ref_E, axle_eigen_ref(NULL), NULL)
NO_STATUS(eigen_unref_E, (axle_eigen_unref(NULL), 0))
QUERY(eigen_field_E, axle_eigen_field(NULL), AXLE_QQ)
QUERY(eigen_dim_E, axle_eigen_dim(NULL), 0)
QUERY(eigen_count_E, axle_eigen_count(NULL), 0)
CALL(eigen_charpoly_out, axle_eigen_charpoly(NULL, fx.E))
CALL_OUT(eigen_charpoly_E, axle_poly, out, axle_poly_free, axle_eigen_charpoly(&out, NULL))
CALL(eigen_minpoly_out, axle_eigen_minpoly(NULL, fx.E))
CALL_OUT(eigen_minpoly_E, axle_poly, out, axle_poly_free, axle_eigen_minpoly(&out, NULL))
CALL(eigen_value_string_out, axle_eigen_value_string(NULL, fx.E, 0, AXLE_FORMAT_TEXT))
CALL_OUT(eigen_value_string_E, char, out, axle_free,
         axle_eigen_value_string(&out, NULL, 0, AXLE_FORMAT_TEXT))
CALL_KEEP(eigen_value_double_re, double, im, 7, axle_eigen_value_double(NULL, &im, fx.E, 0))
CALL_KEEP(eigen_value_double_im, double, re, 7, axle_eigen_value_double(&re, NULL, fx.E, 0))
CALL_KEEP(eigen_value_double_E, double, re, 7, axle_eigen_value_double(&re, &re, NULL, 0))
QUERY(eigen_is_real_E, axle_eigen_is_real(NULL, 0), false)
QUERY(eigen_algebraic_multiplicity_E, axle_eigen_algebraic_multiplicity(NULL, 0), 0)
QUERY(eigen_geometric_multiplicity_E, axle_eigen_geometric_multiplicity(NULL, 0), 0)
CALL_KEEP(eigen_jordan_blocks_sizes, size_t, count, 0,
          axle_eigen_jordan_blocks(NULL, &count, fx.E, 0))
CALL_OUT(eigen_jordan_blocks_count, size_t, sizes, axle_free,
         axle_eigen_jordan_blocks(&sizes, NULL, fx.E, 0))

CASE(eigen_jordan_blocks_E)
{
    size_t *sizes = JUNK, count = 0;
    axle_status st = axle_eigen_jordan_blocks(&sizes, &count, NULL, 0);
    FINISH(st, sizes, axle_free);
    return st;
}

QUERY(eigen_eigenvector_count_E, axle_eigen_eigenvector_count(NULL, 0), 0)
CALL_KEEP(eigen_eigenvector_double_re, double, im, 7,
          axle_eigen_eigenvector_double(NULL, &im, fx.E, 0, 0))
CALL_KEEP(eigen_eigenvector_double_im, double, re, 7,
          axle_eigen_eigenvector_double(&re, NULL, fx.E, 0, 0))
CALL_KEEP(eigen_eigenvector_double_E, double, re, 7,
          axle_eigen_eigenvector_double(&re, &re, NULL, 0, 0))
CALL(eigen_eigenvectors_string_out, axle_eigen_eigenvectors_string(NULL, fx.E, 0, AXLE_FORMAT_TEXT))
CALL_OUT(eigen_eigenvectors_string_E, char, out, axle_free,
         axle_eigen_eigenvectors_string(&out, NULL, 0, AXLE_FORMAT_TEXT))
QUERY(eigen_diagonalizable_E, axle_eigen_diagonalizable(NULL, AXLE_OVER_C), false)
CALL(eigen_to_string_out, axle_eigen_to_string(NULL, fx.E, AXLE_FORMAT_TEXT))
CALL_OUT(eigen_to_string_E, char, out, axle_free,
         axle_eigen_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(eigen_value_out, axle_eigen_value(NULL, fx.E, 0))
CALL_OUT(eigen_value_E, axle_algebraic, out, axle_algebraic_free, axle_eigen_value(&out, NULL, 0))
CALL(eigen_eigenspace_out, axle_eigen_eigenspace(NULL, fx.E, 0))
CALL_OUT(eigen_eigenspace_E, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_eigen_eigenspace(&out, NULL, 0))
CALL(eigen_jordan_chains_out, axle_eigen_jordan_chains(NULL, fx.E, 0))
CALL_OUT(eigen_jordan_chains_E, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_eigen_jordan_chains(&out, NULL, 0))

/* The bases: X and Y the two outputs (either may be NULL when the other is asked for; here the
 * 0x0 matrix, whose bases need no kernel, except for the Jordan form and Jordan–Chevalley, which
 * use A), A the input. */
#define BASES(name, fn, M)                                                                         \
    CALL_OUT(name##_1, axle_matrix, Y, axle_matrix_free, fn(NULL, &Y, M))                          \
    CALL_OUT(name##_2, axle_matrix, X, axle_matrix_free, fn(&X, NULL, M))                          \
    CASE(name##_A)                                                                                 \
    {                                                                                              \
        axle_matrix *X = JUNK, *Y = JUNK;                                                          \
        axle_status st = fn(&X, &Y, NULL);                                                         \
        FINISH(st, X, axle_matrix_free);                                                           \
        FINISH(st, Y, axle_matrix_free);                                                           \
        return st;                                                                                 \
    }
BASES(matrix_diagonalize, axle_matrix_diagonalize, fx.Z0)
BASES(matrix_triangularize, axle_matrix_triangularize, fx.Z0)
BASES(matrix_jordan, axle_matrix_jordan, fx.Z0)
BASES(matrix_jordan_chevalley, axle_matrix_jordan_chevalley, fx.A)

/* The complex Schur form: each of the four outputs NULL in turn (the others asked for), then A. */
#define SCHUR_OUT(k)                                                                               \
    CASE(matrix_schur_complex_##k)                                                                 \
    {                                                                                              \
        axle_matrix *X[4] = {JUNK, JUNK, JUNK, JUNK};                                              \
        axle_status st =                                                                           \
            axle_matrix_schur_complex(k == 0 ? NULL : &X[0], k == 1 ? NULL : &X[1],                \
                                      k == 2 ? NULL : &X[2], k == 3 ? NULL : &X[3], fx.Z0);        \
        for (int i = 0; i < 4; i++)                                                                \
            if (i != k)                                                                            \
                FINISH(st, X[i], axle_matrix_free);                                                \
        return st;                                                                                 \
    }
SCHUR_OUT(0)
SCHUR_OUT(1)
SCHUR_OUT(2)
SCHUR_OUT(3)
CASE(matrix_schur_complex_A)
{
    axle_matrix *X[4] = {JUNK, JUNK, JUNK, JUNK};
    axle_status st = axle_matrix_schur_complex(&X[0], &X[1], &X[2], &X[3], NULL);
    for (int i = 0; i < 4; i++)
        FINISH(st, X[i], axle_matrix_free);
    return st;
}

CALL(map_eigenspace_out, axle_map_eigenspace(NULL, fx.T, fx.s))
CALL_OUT(map_eigenspace_T, axle_space, out, axle_space_unref, axle_map_eigenspace(&out, NULL, fx.s))
CALL_OUT(map_eigenspace_lambda, axle_space, out, axle_space_unref,
         axle_map_eigenspace(&out, fx.T, NULL))
CALL(map_generalized_eigenspace_out, axle_map_generalized_eigenspace(NULL, fx.T, fx.s))
CALL_OUT(map_generalized_eigenspace_T, axle_space, out, axle_space_unref,
         axle_map_generalized_eigenspace(&out, NULL, fx.s))
CALL_OUT(map_generalized_eigenspace_lambda, axle_space, out, axle_space_unref,
         axle_map_generalized_eigenspace(&out, fx.T, NULL))

/* The array of subspaces and its count. */
static axle_status primary_case(bool want_spaces, bool want_count, const axle_map *T)
{
    axle_space **spaces = JUNK;
    size_t count = 7;
    axle_status st =
        axle_map_primary_decomposition(want_spaces ? &spaces : NULL, want_count ? &count : NULL, T);
    if (st) {
        cr_expect(!want_spaces || !spaces, "%s failed but left spaces set", current->fn);
    } else {
        for (size_t i = 0; i < count; i++)
            axle_space_unref(spaces[i]);
        axle_free(spaces);
    }
    return st;
}

CALL(map_primary_decomposition_spaces, primary_case(false, true, fx.T))
CALL(map_primary_decomposition_count, primary_case(true, false, fx.T))
CALL(map_primary_decomposition_T, primary_case(true, true, NULL))

/* ---- inner.h: inner products, evaluating, Gram–Schmidt, complements ------------------------- */

CALL(inner_dot_out, axle_inner_dot(NULL, fx.V))
CALL_OUT(inner_dot_V, axle_inner, out, axle_inner_unref, axle_inner_dot(&out, NULL))
CALL(inner_trace_out, axle_inner_trace(NULL, fx.V))
CALL_OUT(inner_trace_V, axle_inner, out, axle_inner_unref, axle_inner_trace(&out, NULL))
CALL(inner_gram_out, axle_inner_gram(NULL, fx.V, fx.A))
CALL_OUT(inner_gram_V, axle_inner, out, axle_inner_unref, axle_inner_gram(&out, NULL, fx.A))
CALL_OUT(inner_gram_G, axle_inner, out, axle_inner_unref, axle_inner_gram(&out, fx.V, NULL))
CALL(inner_integral_out, axle_inner_integral(NULL, fx.Pm, fx.s, fx.s))
CALL_OUT(inner_integral_V, axle_inner, out, axle_inner_unref,
         axle_inner_integral(&out, NULL, fx.s, fx.s))
CALL_OUT(inner_integral_a, axle_inner, out, axle_inner_unref,
         axle_inner_integral(&out, fx.Pm, NULL, fx.s))
CALL_OUT(inner_integral_b, axle_inner, out, axle_inner_unref,
         axle_inner_integral(&out, fx.Pm, fx.s, NULL))
CALL(inner_restrict_out, axle_inner_restrict(NULL, fx.ip, fx.U))
CALL_OUT(inner_restrict_ip, axle_inner, out, axle_inner_unref,
         axle_inner_restrict(&out, NULL, fx.U))
CALL_OUT(inner_restrict_U, axle_inner, out, axle_inner_unref,
         axle_inner_restrict(&out, fx.ip, NULL))
CALL(inner_product_out, axle_inner_product(NULL, fx.ipl, 2))
CALL_OUT(inner_product_ip, axle_inner, out, axle_inner_unref, axle_inner_product(&out, NULL, 2))
QUERY(inner_ref_ip, axle_inner_ref(NULL), NULL)
NO_STATUS(inner_unref_ip, (axle_inner_unref(NULL), 0))
QUERY(inner_space_ip, axle_inner_space(NULL), NULL)
QUERY(inner_field_ip, axle_inner_field(NULL), AXLE_QQ)
QUERY(inner_is_standard_ip, axle_inner_is_standard(NULL), false)
CALL(inner_gram_matrix_out, axle_inner_gram_matrix(NULL, fx.ip))
CALL_OUT(inner_gram_matrix_ip, axle_matrix, out, axle_matrix_free,
         axle_inner_gram_matrix(&out, NULL))
CALL(inner_to_string_out, axle_inner_to_string(NULL, fx.ip, AXLE_FORMAT_TEXT))
CALL_OUT(inner_to_string_ip, char, out, axle_free,
         axle_inner_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(inner_apply_out, axle_inner_apply(NULL, fx.ip, fx.v, fx.w))
CALL_OUT(inner_apply_ip, axle_scalar, out, axle_scalar_free,
         axle_inner_apply(&out, NULL, fx.v, fx.w))
CALL_OUT(inner_apply_u, axle_scalar, out, axle_scalar_free,
         axle_inner_apply(&out, fx.ip, NULL, fx.w))
CALL_OUT(inner_apply_v, axle_scalar, out, axle_scalar_free,
         axle_inner_apply(&out, fx.ip, fx.v, NULL))
CALL(inner_norm_squared_out, axle_inner_norm_squared(NULL, fx.ip, fx.v))
CALL_OUT(inner_norm_squared_ip, axle_scalar, out, axle_scalar_free,
         axle_inner_norm_squared(&out, NULL, fx.v))
CALL_OUT(inner_norm_squared_v, axle_scalar, out, axle_scalar_free,
         axle_inner_norm_squared(&out, fx.ip, NULL))
CALL(inner_norm_string_out, axle_inner_norm_string(NULL, fx.ip, fx.v, AXLE_FORMAT_TEXT))
CALL_OUT(inner_norm_string_ip, char, out, axle_free,
         axle_inner_norm_string(&out, NULL, fx.v, AXLE_FORMAT_TEXT))
CALL_OUT(inner_norm_string_v, char, out, axle_free,
         axle_inner_norm_string(&out, fx.ip, NULL, AXLE_FORMAT_TEXT))
CALL(inner_norm_double_out, axle_inner_norm_double(NULL, fx.ip, fx.v))
CALL_KEEP(inner_norm_double_ip, double, out, 7, axle_inner_norm_double(&out, NULL, fx.v))
CALL_KEEP(inner_norm_double_v, double, out, 7, axle_inner_norm_double(&out, fx.ip, NULL))
CALL(inner_norm_out, axle_inner_norm(NULL, fx.ip, fx.v))
CALL_OUT(inner_norm_ip, axle_algebraic, out, axle_algebraic_free, axle_inner_norm(&out, NULL, fx.v))
CALL_OUT(inner_norm_v, axle_algebraic, out, axle_algebraic_free, axle_inner_norm(&out, fx.ip, NULL))
CALL(inner_is_orthogonal_out, axle_inner_is_orthogonal(NULL, fx.ip, fx.v, fx.w))
CALL_KEEP(inner_is_orthogonal_ip, bool, out, true, axle_inner_is_orthogonal(&out, NULL, fx.v, fx.w))
CALL_KEEP(inner_is_orthogonal_u, bool, out, true, axle_inner_is_orthogonal(&out, fx.ip, NULL, fx.w))
CALL_KEEP(inner_is_orthogonal_v, bool, out, true, axle_inner_is_orthogonal(&out, fx.ip, fx.v, NULL))
CALL(inner_is_orthogonal_list_out, axle_inner_is_orthogonal_list(NULL, fx.ip, fx.vl, 2, true))
CALL_KEEP(inner_is_orthogonal_list_ip, bool, out, false,
          axle_inner_is_orthogonal_list(&out, NULL, fx.vl, 2, true))
CALL_KEEP(inner_is_orthogonal_list_v, bool, out, false,
          axle_inner_is_orthogonal_list(&out, fx.ip, NULL, 2, true))
CALL(inner_gram_schmidt_out, axle_inner_gram_schmidt(NULL, fx.ip, fx.vl, 2))
CALL_OUT(inner_gram_schmidt_ip, axle_gs, out, axle_gs_unref,
         axle_inner_gram_schmidt(&out, NULL, fx.vl, 2))
CALL_OUT(inner_gram_schmidt_v, axle_gs, out, axle_gs_unref,
         axle_inner_gram_schmidt(&out, fx.ip, NULL, 2))
CALL(inner_orthonormal_basis_out, axle_inner_orthonormal_basis(NULL, fx.ip))
CALL_OUT(inner_orthonormal_basis_ip, axle_gs, out, axle_gs_unref,
         axle_inner_orthonormal_basis(&out, NULL))
QUERY(gs_ref_L, axle_gs_ref(NULL), NULL)
NO_STATUS(gs_unref_L, (axle_gs_unref(NULL), 0))
QUERY(gs_count_L, axle_gs_count(NULL), 0)
QUERY(gs_inner_L, axle_gs_inner(NULL), NULL)
CALL(gs_orthogonal_out, axle_gs_orthogonal(NULL, fx.gs, 0))
CALL_OUT(gs_orthogonal_L, axle_vector, out, axle_vector_unref, axle_gs_orthogonal(&out, NULL, 0))
CALL(gs_norm_squared_out, axle_gs_norm_squared(NULL, fx.gs, 0))
CALL_OUT(gs_norm_squared_L, axle_scalar, out, axle_scalar_free, axle_gs_norm_squared(&out, NULL, 0))
CALL(gs_orthonormal_out, axle_gs_orthonormal(NULL, fx.gs, 0))
CALL_OUT(gs_orthonormal_L, axle_vector, out, axle_vector_unref, axle_gs_orthonormal(&out, NULL, 0))
CALL(gs_orthonormal_string_out, axle_gs_orthonormal_string(NULL, fx.gs, 0, AXLE_FORMAT_TEXT))
CALL_OUT(gs_orthonormal_string_L, char, out, axle_free,
         axle_gs_orthonormal_string(&out, NULL, 0, AXLE_FORMAT_TEXT))
CALL(gs_orthonormal_double_out, axle_gs_orthonormal_double(NULL, fx.gs, 0))

CASE(gs_orthonormal_double_L)
{
    double d[2] = {7, 7};
    axle_status st = axle_gs_orthonormal_double(d, NULL, 0);
    cr_expect(!st || (d[0] == 7 && d[1] == 7), "%s failed but changed its output", current->fn);
    return st;
}

CALL(gs_coefficients_out, axle_gs_coefficients(NULL, fx.gs, fx.v))
CALL_OUT(gs_coefficients_L, axle_matrix, out, axle_matrix_free,
         axle_gs_coefficients(&out, NULL, fx.v))
CALL_OUT(gs_coefficients_v, axle_matrix, out, axle_matrix_free,
         axle_gs_coefficients(&out, fx.gs, NULL))
CALL(gs_to_string_out, axle_gs_to_string(NULL, fx.gs, AXLE_FORMAT_JSON))
CALL_OUT(gs_to_string_L, char, out, axle_free, axle_gs_to_string(&out, NULL, AXLE_FORMAT_JSON))
CALL(inner_riesz_out, axle_inner_riesz(NULL, fx.ip, fx.phi))
CALL_OUT(inner_riesz_ip, axle_vector, out, axle_vector_unref, axle_inner_riesz(&out, NULL, fx.phi))
CALL_OUT(inner_riesz_phi, axle_vector, out, axle_vector_unref, axle_inner_riesz(&out, fx.ip, NULL))
CALL(inner_complement_out, axle_inner_complement(NULL, fx.ip, fx.U))
CALL_OUT(inner_complement_ip, axle_space, out, axle_space_unref,
         axle_inner_complement(&out, NULL, fx.U))
CALL_OUT(inner_complement_U, axle_space, out, axle_space_unref,
         axle_inner_complement(&out, fx.ip, NULL))
CALL(inner_project_out, axle_inner_project(NULL, fx.ip, fx.U, fx.v))
CALL_OUT(inner_project_ip, axle_vector, out, axle_vector_unref,
         axle_inner_project(&out, NULL, fx.U, fx.v))
CALL_OUT(inner_project_U, axle_vector, out, axle_vector_unref,
         axle_inner_project(&out, fx.ip, NULL, fx.v))
CALL_OUT(inner_project_v, axle_vector, out, axle_vector_unref,
         axle_inner_project(&out, fx.ip, fx.U, NULL))
CALL(inner_projection_out, axle_inner_projection(NULL, fx.ip, fx.U))
CALL_OUT(inner_projection_ip, axle_map, out, axle_map_unref,
         axle_inner_projection(&out, NULL, fx.U))
CALL_OUT(inner_projection_U, axle_map, out, axle_map_unref,
         axle_inner_projection(&out, fx.ip, NULL))
CALL(inner_distance_squared_out, axle_inner_distance_squared(NULL, fx.ip, fx.U, fx.v))
CALL_OUT(inner_distance_squared_ip, axle_scalar, out, axle_scalar_free,
         axle_inner_distance_squared(&out, NULL, fx.U, fx.v))
CALL_OUT(inner_distance_squared_U, axle_scalar, out, axle_scalar_free,
         axle_inner_distance_squared(&out, fx.ip, NULL, fx.v))
CALL_OUT(inner_distance_squared_v, axle_scalar, out, axle_scalar_free,
         axle_inner_distance_squared(&out, fx.ip, fx.U, NULL))

/* The operator [[2, 1], [1, 2]] on V (eigenvalues 1 and 3, T*T with eigenvalues 1 and 9): the
 * spectral theorem and the polar decomposition exist over QQ. */
static axle_map *sym_map(void)
{
    axle_matrix *M = NULL;
    axle_map *S = NULL;
    TS_OK(axle_matrix_from_ints(&M, AXLE_QQ, 2, 2, (const long[]){2, 1, 1, 2}));
    TS_OK(axle_map_from_matrix(&S, fx.V, fx.V, M));
    axle_matrix_free(M);
    return S;
}

/* The singular values of A, over QQ or RR. */
static axle_svd *svd_of_A(axle_field F)
{
    axle_matrix *A = NULL;
    axle_svd *S = NULL;
    TS_OK(axle_matrix_convert(&A, fx.A, F));
    TS_OK(axle_matrix_svd(&S, A));
    axle_matrix_free(A);
    return S;
}

/* axle_matrix_lstsq with one argument NULL (`which`: 0 x, 1 rank, 2 residual, 3 A, 4 B). */
static axle_status lstsq_with_null(int which)
{
    axle_matrix *x = JUNK, *res = JUNK;
    size_t rank = 77;
    axle_status st = axle_matrix_lstsq(which == 0 ? NULL : &x, which == 1 ? NULL : &rank,
                                       which == 2 ? NULL : &res, which == 3 ? NULL : fx.A,
                                       which == 4 ? NULL : fx.B);
    if (which != 0)
        FINISH(st, x, axle_matrix_free);
    if (which != 2)
        FINISH(st, res, axle_matrix_free);
    UNCHANGED(st, rank, 77);
    return st;
}
CASE(matrix_lstsq_x)
{
    return lstsq_with_null(0);
}
CASE(matrix_lstsq_rank)
{
    return lstsq_with_null(1);
}
CASE(matrix_lstsq_residual_squared)
{
    return lstsq_with_null(2);
}
CASE(matrix_lstsq_A)
{
    return lstsq_with_null(3);
}
CASE(matrix_lstsq_B)
{
    return lstsq_with_null(4);
}
CALL(matrix_pinv_out, axle_matrix_pinv(NULL, fx.A))
CALL_OUT(matrix_pinv_A, axle_matrix, out, axle_matrix_free, axle_matrix_pinv(&out, NULL))
CALL(map_lstsq_out, axle_map_lstsq(NULL, fx.ip, fx.ip, fx.T, fx.v))
CALL_OUT(map_lstsq_ipV, axle_vector, out, axle_vector_unref,
         axle_map_lstsq(&out, NULL, fx.ip, fx.T, fx.v))
CALL_OUT(map_lstsq_ipW, axle_vector, out, axle_vector_unref,
         axle_map_lstsq(&out, fx.ip, NULL, fx.T, fx.v))
CALL_OUT(map_lstsq_T, axle_vector, out, axle_vector_unref,
         axle_map_lstsq(&out, fx.ip, fx.ip, NULL, fx.v))
CALL_OUT(map_lstsq_w, axle_vector, out, axle_vector_unref,
         axle_map_lstsq(&out, fx.ip, fx.ip, fx.T, NULL))
CALL(map_pseudoinverse_out, axle_map_pseudoinverse(NULL, fx.ip, fx.ip, fx.T))
CALL_OUT(map_pseudoinverse_ipV, axle_map, out, axle_map_unref,
         axle_map_pseudoinverse(&out, NULL, fx.ip, fx.T))
CALL_OUT(map_pseudoinverse_ipW, axle_map, out, axle_map_unref,
         axle_map_pseudoinverse(&out, fx.ip, NULL, fx.T))
CALL_OUT(map_pseudoinverse_T, axle_map, out, axle_map_unref,
         axle_map_pseudoinverse(&out, fx.ip, fx.ip, NULL))
CALL(map_adjoint_out, axle_map_adjoint(NULL, fx.ip, fx.ip, fx.T))
CALL_OUT(map_adjoint_ipV, axle_map, out, axle_map_unref, axle_map_adjoint(&out, NULL, fx.ip, fx.T))
CALL_OUT(map_adjoint_ipW, axle_map, out, axle_map_unref, axle_map_adjoint(&out, fx.ip, NULL, fx.T))
CALL_OUT(map_adjoint_T, axle_map, out, axle_map_unref, axle_map_adjoint(&out, fx.ip, fx.ip, NULL))
CALL(map_is_self_adjoint_out, axle_map_is_self_adjoint(NULL, fx.ip, fx.T))
CALL_KEEP(map_is_self_adjoint_ip, bool, out, false, axle_map_is_self_adjoint(&out, NULL, fx.T))
CALL_KEEP(map_is_self_adjoint_T, bool, out, false, axle_map_is_self_adjoint(&out, fx.ip, NULL))
CALL(map_is_normal_out, axle_map_is_normal(NULL, fx.ip, fx.T))
CALL_KEEP(map_is_normal_ip, bool, out, false, axle_map_is_normal(&out, NULL, fx.T))
CALL_KEEP(map_is_normal_T, bool, out, false, axle_map_is_normal(&out, fx.ip, NULL))
CALL(map_is_positive_out, axle_map_is_positive(NULL, fx.ip, fx.T))
CALL_KEEP(map_is_positive_ip, bool, out, false, axle_map_is_positive(&out, NULL, fx.T))
CALL_KEEP(map_is_positive_T, bool, out, false, axle_map_is_positive(&out, fx.ip, NULL))
CALL(map_is_isometry_out, axle_map_is_isometry(NULL, fx.ip, fx.ip, fx.T))
CALL_KEEP(map_is_isometry_ipV, bool, out, true, axle_map_is_isometry(&out, NULL, fx.ip, fx.T))
CALL_KEEP(map_is_isometry_ipW, bool, out, true, axle_map_is_isometry(&out, fx.ip, NULL, fx.T))
CALL_KEEP(map_is_isometry_T, bool, out, true, axle_map_is_isometry(&out, fx.ip, fx.ip, NULL))

/* axle_map_spectral with one argument NULL (0 basis, 1 values, 2 ip, 3 T) on sym_map(). */
static axle_status spectral_with_null(int which)
{
    axle_map *S = sym_map();
    axle_gs *b = JUNK;
    axle_matrix *vals = JUNK;
    axle_status st = axle_map_spectral(which == 0 ? NULL : &b, which == 1 ? NULL : &vals,
                                       which == 2 ? NULL : fx.ip, which == 3 ? NULL : S);
    if (which != 0)
        FINISH(st, b, axle_gs_unref);
    if (which != 1)
        FINISH(st, vals, axle_matrix_free);
    axle_map_unref(S);
    return st;
}
CASE(map_spectral_basis)
{
    return spectral_with_null(0);
}
CASE(map_spectral_values)
{
    return spectral_with_null(1);
}
CASE(map_spectral_ip)
{
    return spectral_with_null(2);
}
CASE(map_spectral_T)
{
    return spectral_with_null(3);
}
CALL(map_sqrt_out, axle_map_sqrt(NULL, fx.ip, fx.T))
CALL_OUT(map_sqrt_ip, axle_map, out, axle_map_unref, axle_map_sqrt(&out, NULL, fx.T))
CALL_OUT(map_sqrt_T, axle_map, out, axle_map_unref, axle_map_sqrt(&out, fx.ip, NULL))

/* axle_map_polar with one argument NULL (0 S, 1 P, 2 ip, 3 T) on sym_map(). */
static axle_status polar_with_null(int which)
{
    axle_map *T = sym_map(), *S = JUNK, *P = JUNK;
    axle_status st = axle_map_polar(which == 0 ? NULL : &S, which == 1 ? NULL : &P,
                                    which == 2 ? NULL : fx.ip, which == 3 ? NULL : T);
    if (which != 0)
        FINISH(st, S, axle_map_unref);
    if (which != 1)
        FINISH(st, P, axle_map_unref);
    axle_map_unref(T);
    return st;
}
CASE(map_polar_S)
{
    return polar_with_null(0);
}
CASE(map_polar_P)
{
    return polar_with_null(1);
}
CASE(map_polar_ip)
{
    return polar_with_null(2);
}
CASE(map_polar_T)
{
    return polar_with_null(3);
}

/* A factorization with outputs X, Y (and d) and input A, one of them NULL (`which`: 0 X, 1 Y, 2
 * d, 3 A); RR for QR and Cholesky, which QQ does not have. */
static axle_status factor_with_null(int kind, int which)
{
    axle_matrix *A = NULL, *X = JUNK, *Y = JUNK, *d = JUNK;
    TS_OK(axle_matrix_convert(&A, fx.A, kind == 0 || kind == 2 ? AXLE_RR : AXLE_QQ));
    const axle_matrix *in = which == 3 ? NULL : A;
    axle_status st;
    if (kind == 0)
        st = axle_matrix_qr(which == 0 ? NULL : &X, which == 1 ? NULL : &Y, in);
    else if (kind == 1)
        st = axle_matrix_qr_orthogonal(which == 0 ? NULL : &X, which == 1 ? NULL : &Y,
                                       which == 2 ? NULL : &d, in);
    else if (kind == 2)
        st = axle_matrix_cholesky(which == 0 ? NULL : &X, in);
    else
        st = axle_matrix_ldl(which == 0 ? NULL : &X, which == 1 ? NULL : &Y, in);
    if (which != 0)
        FINISH(st, X, axle_matrix_free);
    if (which != 1 && kind != 2)
        FINISH(st, Y, axle_matrix_free);
    if (which != 2 && kind == 1)
        FINISH(st, d, axle_matrix_free);
    axle_matrix_free(A);
    return st;
}
CASE(matrix_qr_Q)
{
    return factor_with_null(0, 0);
}
CASE(matrix_qr_R)
{
    return factor_with_null(0, 1);
}
CASE(matrix_qr_A)
{
    return factor_with_null(0, 3);
}
CASE(matrix_qr_orthogonal_Q)
{
    return factor_with_null(1, 0);
}
CASE(matrix_qr_orthogonal_R)
{
    return factor_with_null(1, 1);
}
CASE(matrix_qr_orthogonal_d)
{
    return factor_with_null(1, 2);
}
CASE(matrix_qr_orthogonal_A)
{
    return factor_with_null(1, 3);
}
CASE(matrix_cholesky_L)
{
    return factor_with_null(2, 0);
}
CASE(matrix_cholesky_A)
{
    return factor_with_null(2, 3);
}
CASE(matrix_ldl_L)
{
    return factor_with_null(3, 0);
}
CASE(matrix_ldl_D)
{
    return factor_with_null(3, 1);
}
CASE(matrix_ldl_A)
{
    return factor_with_null(3, 3);
}
CALL(map_svd_out, axle_map_svd(NULL, fx.ip, fx.ip, fx.T))
CALL_OUT(map_svd_ipV, axle_svd, out, axle_svd_unref, axle_map_svd(&out, NULL, fx.ip, fx.T))
CALL_OUT(map_svd_ipW, axle_svd, out, axle_svd_unref, axle_map_svd(&out, fx.ip, NULL, fx.T))
CALL_OUT(map_svd_T, axle_svd, out, axle_svd_unref, axle_map_svd(&out, fx.ip, fx.ip, NULL))
CALL(matrix_svd_out, axle_matrix_svd(NULL, fx.A))
CALL_OUT(matrix_svd_A, axle_svd, out, axle_svd_unref, axle_matrix_svd(&out, NULL))
QUERY(svd_ref_S, axle_svd_ref(NULL), NULL)
NO_STATUS(svd_unref_S, (axle_svd_unref(NULL), 0))
QUERY(svd_field_S, axle_svd_field(NULL), AXLE_QQ)
QUERY(svd_count_S, axle_svd_count(NULL), 0)
QUERY(svd_multiplicity_S, axle_svd_multiplicity(NULL, 0), 0)

/* An accessor of svd_of_A(QQ) with its output NULL (out) or the object NULL (S). */
#define SVD_CASE(id, T, release, call_out, call_S)                                                 \
    CASE(id##_out)                                                                                 \
    {                                                                                              \
        axle_svd *S = svd_of_A(AXLE_QQ);                                                           \
        axle_status st = call_out;                                                                 \
        axle_svd_unref(S);                                                                         \
        return st;                                                                                 \
    }                                                                                              \
    CALL_OUT(id##_S, T, out, release, call_S)
SVD_CASE(svd_value_string, char, axle_free, axle_svd_value_string(NULL, S, 0, AXLE_FORMAT_TEXT),
         axle_svd_value_string(&out, NULL, 0, AXLE_FORMAT_TEXT))
SVD_CASE(svd_value, axle_algebraic, axle_algebraic_free, axle_svd_value(NULL, S, 0),
         axle_svd_value(&out, NULL, 0))
SVD_CASE(svd_to_string, char, axle_free, axle_svd_to_string(NULL, S, AXLE_FORMAT_JSON),
         axle_svd_to_string(&out, NULL, AXLE_FORMAT_JSON))
CASE(svd_value_double_out)
{
    axle_svd *S = svd_of_A(AXLE_QQ);
    axle_status st = axle_svd_value_double(NULL, S, 0);
    axle_svd_unref(S);
    return st;
}
CALL_KEEP(svd_value_double_S, double, out, 7, axle_svd_value_double(&out, NULL, 0))

/* axle_svd_matrices over RR with one argument NULL (0 U, 1 Sigma, 2 Vt, 3 S). */
static axle_status svd_matrices_with_null(int which)
{
    axle_svd *S = svd_of_A(AXLE_RR);
    axle_matrix *U = JUNK, *Sg = JUNK, *Vt = JUNK;
    axle_status st = axle_svd_matrices(which == 0 ? NULL : &U, which == 1 ? NULL : &Sg,
                                       which == 2 ? NULL : &Vt, which == 3 ? NULL : S);
    if (which != 0)
        FINISH(st, U, axle_matrix_free);
    if (which != 1)
        FINISH(st, Sg, axle_matrix_free);
    if (which != 2)
        FINISH(st, Vt, axle_matrix_free);
    axle_svd_unref(S);
    return st;
}
CASE(svd_matrices_U)
{
    return svd_matrices_with_null(0);
}
CASE(svd_matrices_Sigma)
{
    return svd_matrices_with_null(1);
}
CASE(svd_matrices_Vt)
{
    return svd_matrices_with_null(2);
}
CASE(svd_matrices_S)
{
    return svd_matrices_with_null(3);
}
CALL(map_norm_out, axle_map_norm(NULL, fx.ip, fx.ip, fx.T))
CALL_OUT(map_norm_ipV, axle_algebraic, out, axle_algebraic_free,
         axle_map_norm(&out, NULL, fx.ip, fx.T))
CALL_OUT(map_norm_ipW, axle_algebraic, out, axle_algebraic_free,
         axle_map_norm(&out, fx.ip, NULL, fx.T))
CALL_OUT(map_norm_T, axle_algebraic, out, axle_algebraic_free,
         axle_map_norm(&out, fx.ip, fx.ip, NULL))
CALL(map_norm_double_out, axle_map_norm_double(NULL, fx.ip, fx.ip, fx.T))
CALL_KEEP(map_norm_double_ipV, double, out, 7, axle_map_norm_double(&out, NULL, fx.ip, fx.T))
CALL_KEEP(map_norm_double_ipW, double, out, 7, axle_map_norm_double(&out, fx.ip, NULL, fx.T))
CALL_KEEP(map_norm_double_T, double, out, 7, axle_map_norm_double(&out, fx.ip, fx.ip, NULL))
CALL(map_best_rank_out, axle_map_best_rank(NULL, fx.ip, fx.ip, fx.T, 1))
CALL_OUT(map_best_rank_ipV, axle_map, out, axle_map_unref,
         axle_map_best_rank(&out, NULL, fx.ip, fx.T, 1))
CALL_OUT(map_best_rank_ipW, axle_map, out, axle_map_unref,
         axle_map_best_rank(&out, fx.ip, NULL, fx.T, 1))
CALL_OUT(map_best_rank_T, axle_map, out, axle_map_unref,
         axle_map_best_rank(&out, fx.ip, fx.ip, NULL, 1))

/* ---- map.h ----------------------------------------------------------------------------------- */

/* A callback that ignores user: T = I. */
static axle_status cb_identity(axle_vector **out, const axle_vector *v, void *user)
{
    (void)user;
    *out = axle_vector_ref(v);
    return AXLE_OK;
}

CALL(map_from_matrix_out, axle_map_from_matrix(NULL, fx.V, fx.V, fx.A))
CALL_OUT(map_from_matrix_V, axle_map, out, axle_map_unref,
         axle_map_from_matrix(&out, NULL, fx.V, fx.A))
CALL_OUT(map_from_matrix_W, axle_map, out, axle_map_unref,
         axle_map_from_matrix(&out, fx.V, NULL, fx.A))
CALL_OUT(map_from_matrix_M, axle_map, out, axle_map_unref,
         axle_map_from_matrix(&out, fx.V, fx.V, NULL))
CALL(map_from_matrix_in_out, axle_map_from_matrix_in(NULL, fx.V, fx.vl, 2, fx.V, fx.vl, 2, fx.A))
CALL_OUT(map_from_matrix_in_V, axle_map, out, axle_map_unref,
         axle_map_from_matrix_in(&out, NULL, fx.vl, 2, fx.V, fx.vl, 2, fx.A))
CALL_OUT(map_from_matrix_in_beta, axle_map, out, axle_map_unref,
         axle_map_from_matrix_in(&out, fx.V, NULL, 2, fx.V, fx.vl, 2, fx.A))
CALL_OUT(map_from_matrix_in_W, axle_map, out, axle_map_unref,
         axle_map_from_matrix_in(&out, fx.V, fx.vl, 2, NULL, fx.vl, 2, fx.A))
CALL_OUT(map_from_matrix_in_gamma, axle_map, out, axle_map_unref,
         axle_map_from_matrix_in(&out, fx.V, fx.vl, 2, fx.V, NULL, 2, fx.A))
CALL_OUT(map_from_matrix_in_A, axle_map, out, axle_map_unref,
         axle_map_from_matrix_in(&out, fx.V, fx.vl, 2, fx.V, fx.vl, 2, NULL))
CALL(map_from_images_out, axle_map_from_images(NULL, fx.V, fx.V, fx.vl, fx.vl, 2))
CALL_OUT(map_from_images_V, axle_map, out, axle_map_unref,
         axle_map_from_images(&out, NULL, fx.V, fx.vl, fx.vl, 2))
CALL_OUT(map_from_images_W, axle_map, out, axle_map_unref,
         axle_map_from_images(&out, fx.V, NULL, fx.vl, fx.vl, 2))
CALL_OUT(map_from_images_beta, axle_map, out, axle_map_unref,
         axle_map_from_images(&out, fx.V, fx.V, NULL, fx.vl, 2))
CALL_OUT(map_from_images_images, axle_map, out, axle_map_unref,
         axle_map_from_images(&out, fx.V, fx.V, fx.vl, NULL, 2))
CALL(map_from_callback_out, axle_map_from_callback(NULL, fx.V, fx.V, cb_identity, NULL))
CALL_OUT(map_from_callback_V, axle_map, out, axle_map_unref,
         axle_map_from_callback(&out, NULL, fx.V, cb_identity, NULL))
CALL_OUT(map_from_callback_W, axle_map, out, axle_map_unref,
         axle_map_from_callback(&out, fx.V, NULL, cb_identity, NULL))
CALL_OUT(map_from_callback_f, axle_map, out, axle_map_unref,
         axle_map_from_callback(&out, fx.V, fx.V, NULL, NULL))
CALL_OUT(map_from_callback_user, axle_map, out, axle_map_unref,
         axle_map_from_callback(&out, fx.V, fx.V, cb_identity, NULL))
CALL(map_identity_out, axle_map_identity(NULL, fx.V))
CALL_OUT(map_identity_V, axle_map, out, axle_map_unref, axle_map_identity(&out, NULL))
CALL(map_zero_out, axle_map_zero(NULL, fx.V, fx.V))
CALL_OUT(map_zero_V, axle_map, out, axle_map_unref, axle_map_zero(&out, NULL, fx.V))
CALL_OUT(map_zero_W, axle_map, out, axle_map_unref, axle_map_zero(&out, fx.V, NULL))
CALL(map_differentiation_out, axle_map_differentiation(NULL, fx.Pm, NULL))
CALL_OUT(map_differentiation_V, axle_map, out, axle_map_unref,
         axle_map_differentiation(&out, NULL, NULL))
CALL_OUT(map_differentiation_W, axle_map, out, axle_map_unref,
         axle_map_differentiation(&out, fx.Pm, NULL))
CALL(map_multiply_x_out, axle_map_multiply_x(NULL, fx.Pm, NULL))
CALL_OUT(map_multiply_x_V, axle_map, out, axle_map_unref, axle_map_multiply_x(&out, NULL, NULL))
CALL_OUT(map_multiply_x_W, axle_map, out, axle_map_unref, axle_map_multiply_x(&out, fx.Pm, NULL))
CALL(map_transposition_out, axle_map_transposition(NULL, fx.V))
CALL_OUT(map_transposition_V, axle_map, out, axle_map_unref, axle_map_transposition(&out, NULL))
CALL(map_evaluation_out, axle_map_evaluation(NULL, fx.Pm, fx.s))
CALL_OUT(map_evaluation_V, axle_map, out, axle_map_unref, axle_map_evaluation(&out, NULL, fx.s))
CALL_OUT(map_evaluation_c, axle_map, out, axle_map_unref, axle_map_evaluation(&out, fx.Pm, NULL))
CALL(map_integration_out, axle_map_integration(NULL, fx.Pm, fx.s, fx.s))
CALL_OUT(map_integration_V, axle_map, out, axle_map_unref,
         axle_map_integration(&out, NULL, fx.s, fx.s))
CALL_OUT(map_integration_a, axle_map, out, axle_map_unref,
         axle_map_integration(&out, fx.Pm, NULL, fx.s))
CALL_OUT(map_integration_b, axle_map, out, axle_map_unref,
         axle_map_integration(&out, fx.Pm, fx.s, NULL))
CALL(map_inclusion_out, axle_map_inclusion(NULL, fx.U))
CALL_OUT(map_inclusion_U, axle_map, out, axle_map_unref, axle_map_inclusion(&out, NULL))
CALL(map_quotient_out, axle_map_quotient(NULL, fx.Q))
CALL_OUT(map_quotient_Q, axle_map, out, axle_map_unref, axle_map_quotient(&out, NULL))
CALL(map_projection_out, axle_map_projection(NULL, fx.P, 0))
CALL_OUT(map_projection_P, axle_map, out, axle_map_unref, axle_map_projection(&out, NULL, 0))
QUERY(map_ref_T, axle_map_ref(NULL), NULL)
NO_STATUS(map_unref_T, (axle_map_unref(NULL), 0))
QUERY(map_domain_T, axle_map_domain(NULL), NULL)
QUERY(map_codomain_T, axle_map_codomain(NULL), NULL)
QUERY(map_field_T, axle_map_field(NULL), AXLE_QQ)
CALL(map_is_operator_out, axle_map_is_operator(NULL, fx.T))
CALL_KEEP(map_is_operator_T, bool, out, true, axle_map_is_operator(&out, NULL))
CALL(map_add_out, axle_map_add(NULL, fx.T, fx.T))
CALL_OUT(map_add_S, axle_map, out, axle_map_unref, axle_map_add(&out, NULL, fx.T))
CALL_OUT(map_add_T, axle_map, out, axle_map_unref, axle_map_add(&out, fx.T, NULL))
CALL(map_sub_out, axle_map_sub(NULL, fx.T, fx.T))
CALL_OUT(map_sub_S, axle_map, out, axle_map_unref, axle_map_sub(&out, NULL, fx.T))
CALL_OUT(map_sub_T, axle_map, out, axle_map_unref, axle_map_sub(&out, fx.T, NULL))
CALL(map_scale_out, axle_map_scale(NULL, fx.s, fx.T))
CALL_OUT(map_scale_c, axle_map, out, axle_map_unref, axle_map_scale(&out, NULL, fx.T))
CALL_OUT(map_scale_T, axle_map, out, axle_map_unref, axle_map_scale(&out, fx.s, NULL))
CALL(map_compose_out, axle_map_compose(NULL, fx.T, fx.T))
CALL_OUT(map_compose_S, axle_map, out, axle_map_unref, axle_map_compose(&out, NULL, fx.T))
CALL_OUT(map_compose_T, axle_map, out, axle_map_unref, axle_map_compose(&out, fx.T, NULL))
CALL(map_pow_out, axle_map_pow(NULL, fx.T, 2))
CALL_OUT(map_pow_T, axle_map, out, axle_map_unref, axle_map_pow(&out, NULL, 2))
CALL(map_poly_out, axle_map_poly(NULL, fx.p, fx.T))
CALL_OUT(map_poly_p, axle_map, out, axle_map_unref, axle_map_poly(&out, NULL, fx.T))
CALL_OUT(map_poly_T, axle_map, out, axle_map_unref, axle_map_poly(&out, fx.p, NULL))
CALL(map_inverse_out, axle_map_inverse(NULL, fx.T))
CALL_OUT(map_inverse_T, axle_map, out, axle_map_unref, axle_map_inverse(&out, NULL))
CALL(map_restrict_out, axle_map_restrict(NULL, fx.T, fx.U))
CALL_OUT(map_restrict_T, axle_map, out, axle_map_unref, axle_map_restrict(&out, NULL, fx.U))
CALL_OUT(map_restrict_U, axle_map, out, axle_map_unref, axle_map_restrict(&out, fx.T, NULL))
CALL(map_induced_out, axle_map_induced(NULL, fx.T))
CALL_OUT(map_induced_T, axle_map, out, axle_map_unref, axle_map_induced(&out, NULL))
CALL(map_dual_out, axle_map_dual(NULL, fx.T))
CALL_OUT(map_dual_T, axle_map, out, axle_map_unref, axle_map_dual(&out, NULL))
CALL(space_maps_out, axle_space_maps(NULL, fx.V, fx.V))
CALL_OUT(space_maps_V, axle_space, out, axle_space_unref, axle_space_maps(&out, NULL, fx.V))
CALL_OUT(space_maps_W, axle_space, out, axle_space_unref, axle_space_maps(&out, fx.V, NULL))
CALL(map_to_vector_out, axle_map_to_vector(NULL, fx.T))
CALL_OUT(map_to_vector_T, axle_vector, out, axle_vector_unref, axle_map_to_vector(&out, NULL))
CALL(map_from_vector_out, axle_map_from_vector(NULL, fx.Lv))
CALL_OUT(map_from_vector_v, axle_map, out, axle_map_unref, axle_map_from_vector(&out, NULL))
CALL(map_to_functional_out, axle_map_to_functional(NULL, fx.T))
CALL_OUT(map_to_functional_T, axle_vector, out, axle_vector_unref,
         axle_map_to_functional(&out, NULL))
CALL(map_from_functional_out, axle_map_from_functional(NULL, fx.phi))
CALL_OUT(map_from_functional_phi, axle_map, out, axle_map_unref,
         axle_map_from_functional(&out, NULL))
CALL(map_apply_out, axle_map_apply(NULL, fx.T, fx.v))
CALL_OUT(map_apply_T, axle_vector, out, axle_vector_unref, axle_map_apply(&out, NULL, fx.v))
CALL_OUT(map_apply_v, axle_vector, out, axle_vector_unref, axle_map_apply(&out, fx.T, NULL))
CALL(map_matrix_out, axle_map_matrix(NULL, fx.T, fx.vl, 2, fx.vl, 2))
CALL_OUT(map_matrix_T, axle_matrix, out, axle_matrix_free,
         axle_map_matrix(&out, NULL, fx.vl, 2, fx.vl, 2))
CALL_OUT(map_matrix_beta, axle_matrix, out, axle_matrix_free,
         axle_map_matrix(&out, fx.T, NULL, 2, fx.vl, 2))
CALL_OUT(map_matrix_gamma, axle_matrix, out, axle_matrix_free,
         axle_map_matrix(&out, fx.T, fx.vl, 2, NULL, 2))
CALL(map_equal_out, axle_map_equal(NULL, fx.T, fx.T))
CALL_KEEP(map_equal_S, bool, out, true, axle_map_equal(&out, NULL, fx.T))
CALL_KEEP(map_equal_T, bool, out, true, axle_map_equal(&out, fx.T, NULL))
CALL(map_to_string_out, axle_map_to_string(NULL, fx.T, AXLE_FORMAT_TEXT))
CALL_OUT(map_to_string_T, char, out, axle_free, axle_map_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(map_null_out, axle_map_null(NULL, fx.T))
CALL_OUT(map_null_T, axle_space, out, axle_space_unref, axle_map_null(&out, NULL))
CALL(map_range_out, axle_map_range(NULL, fx.T))
CALL_OUT(map_range_T, axle_space, out, axle_space_unref, axle_map_range(&out, NULL))
CALL(map_rank_out, axle_map_rank(NULL, fx.T))
CALL_KEEP(map_rank_T, size_t, out, 7, axle_map_rank(&out, NULL))
CALL(map_nullity_out, axle_map_nullity(NULL, fx.T))
CALL_KEEP(map_nullity_T, size_t, out, 7, axle_map_nullity(&out, NULL))
CALL(map_is_injective_out, axle_map_is_injective(NULL, fx.T))
CALL_KEEP(map_is_injective_T, bool, out, true, axle_map_is_injective(&out, NULL))
CALL(map_is_surjective_out, axle_map_is_surjective(NULL, fx.T))
CALL_KEEP(map_is_surjective_T, bool, out, true, axle_map_is_surjective(&out, NULL))
CALL(map_is_invertible_out, axle_map_is_invertible(NULL, fx.T))
CALL_KEEP(map_is_invertible_T, bool, out, true, axle_map_is_invertible(&out, NULL))

/* solve: after any failure all three outputs are NULL; after success v and null are released. */
static axle_status solve_case(axle_vector **v, axle_space **null, axle_vector **cert,
                              const axle_map *T, const axle_vector *w)
{
    axle_vector *v0 = JUNK, *c0 = JUNK;
    axle_space *n0 = JUNK;
    axle_status st = axle_map_solve(v ? &v0 : NULL, null ? &n0 : NULL, cert ? &c0 : NULL, T, w);
    if (v)
        FINISH(st, v0, axle_vector_unref);
    if (null)
        FINISH(st, n0, axle_space_unref);
    if (cert)
        FINISH(st, c0, axle_vector_unref);
    return st;
}

CALL(map_solve_v, solve_case(NULL, JUNK, JUNK, fx.T, fx.w))
CALL(map_solve_null, solve_case(JUNK, NULL, JUNK, fx.T, fx.w))
CALL(map_solve_certificate, solve_case(JUNK, JUNK, NULL, fx.T, fx.w))
CALL(map_solve_T, solve_case(JUNK, JUNK, JUNK, NULL, fx.w))
CALL(map_solve_w, solve_case(JUNK, JUNK, JUNK, fx.T, NULL))
CALL(map_trace_out, axle_map_trace(NULL, fx.T))
CALL_OUT(map_trace_T, axle_scalar, out, axle_scalar_free, axle_map_trace(&out, NULL))
CALL(map_det_out, axle_map_det(NULL, fx.T))
CALL_OUT(map_det_T, axle_scalar, out, axle_scalar_free, axle_map_det(&out, NULL))

/* ---- matrix.h -------------------------------------------------------------------------------- */

CALL(matrix_new_out, axle_matrix_new(NULL, AXLE_QQ, 2, 2))
CALL(matrix_identity_out, axle_matrix_identity(NULL, AXLE_QQ, 2))
CALL(matrix_from_ints_out, axle_matrix_from_ints(NULL, AXLE_QQ, 2, 2, fx.longs))
CALL_OUT(matrix_from_ints_entries, axle_matrix, out, axle_matrix_free,
         axle_matrix_from_ints(&out, AXLE_QQ, 2, 2, NULL))
CALL(matrix_from_fracs_out, axle_matrix_from_fracs(NULL, AXLE_QQ, 2, 2, fx.longs, fx.longs))
CALL_OUT(matrix_from_fracs_num, axle_matrix, out, axle_matrix_free,
         axle_matrix_from_fracs(&out, AXLE_QQ, 2, 2, NULL, fx.longs))
CALL_OUT(matrix_from_fracs_den, axle_matrix, out, axle_matrix_free,
         axle_matrix_from_fracs(&out, AXLE_QQ, 2, 2, fx.longs, NULL))
CALL(matrix_from_doubles_out, axle_matrix_from_doubles(NULL, AXLE_QQ, 2, 2, fx.doubles))
CALL_OUT(matrix_from_doubles_entries, axle_matrix, out, axle_matrix_free,
         axle_matrix_from_doubles(&out, AXLE_QQ, 2, 2, NULL))
CALL(matrix_copy_out, axle_matrix_copy(NULL, fx.A))
CALL_OUT(matrix_copy_A, axle_matrix, out, axle_matrix_free, axle_matrix_copy(&out, NULL))
NO_STATUS(matrix_free_A, axle_matrix_free(NULL))
QUERY(matrix_field_A, axle_matrix_field(NULL), 0)
QUERY(matrix_rows_A, axle_matrix_rows(NULL), 0)
QUERY(matrix_cols_A, axle_matrix_cols(NULL), 0)
CALL(matrix_get_out, axle_matrix_get(NULL, fx.A, 0, 0))
CALL_OUT(matrix_get_A, axle_scalar, out, axle_scalar_free, axle_matrix_get(&out, NULL, 0, 0))
CALL(matrix_set_A, axle_matrix_set(NULL, 0, 0, fx.s))
CALL(matrix_set_x, axle_matrix_set(fx.M, 0, 0, NULL))
CALL(matrix_set_frac_A, axle_matrix_set_frac(NULL, 0, 0, 1, 1))
CALL(matrix_set_double_A, axle_matrix_set_double(NULL, 0, 0, 0.5))
CALL(matrix_get_double_out, axle_matrix_get_double(NULL, fx.A, 0, 0))
CALL_KEEP(matrix_get_double_A, double, out, 7, axle_matrix_get_double(&out, NULL, 0, 0))
CALL(matrix_get_mpq_rop, axle_matrix_get_mpq(NULL, fx.A, 0, 0))
CALL(matrix_get_mpq_A, axle_matrix_get_mpq(fx.rrop, NULL, 0, 0))
CALL(matrix_set_mpq_A, axle_matrix_set_mpq(NULL, 0, 0, fx.q))
CALL(matrix_set_mpq_q, axle_matrix_set_mpq(fx.M, 0, 0, NULL))

CASE(matrix_rr_data_A)
{
    size_t ld;
    VALUE(axle_matrix_rr_data(NULL, &ld), 0);
    return AXLE_OK;
}

NO_STATUS(matrix_rr_data_ld, axle_matrix_rr_data(fx.M, NULL))

CASE(matrix_rr_const_data_A)
{
    size_t ld;
    VALUE(axle_matrix_rr_const_data(NULL, &ld), 0);
    return AXLE_OK;
}

NO_STATUS(matrix_rr_const_data_ld, axle_matrix_rr_const_data(fx.A, NULL))
QUERY(matrix_equal_A, axle_matrix_equal(NULL, fx.A), 0)
QUERY(matrix_equal_B, axle_matrix_equal(fx.A, NULL), 0)
CALL(matrix_convert_out, axle_matrix_convert(NULL, fx.A, AXLE_QQ))
CALL_OUT(matrix_convert_A, axle_matrix, out, axle_matrix_free,
         axle_matrix_convert(&out, NULL, AXLE_QQ))
CALL(matrix_transpose_out, axle_matrix_transpose(NULL, fx.A))
CALL_OUT(matrix_transpose_A, axle_matrix, out, axle_matrix_free, axle_matrix_transpose(&out, NULL))
CALL(matrix_add_out, axle_matrix_add(NULL, fx.A, fx.A))
CALL_OUT(matrix_add_A, axle_matrix, out, axle_matrix_free, axle_matrix_add(&out, NULL, fx.A))
CALL_OUT(matrix_add_B, axle_matrix, out, axle_matrix_free, axle_matrix_add(&out, fx.A, NULL))
CALL(matrix_sub_out, axle_matrix_sub(NULL, fx.A, fx.A))
CALL_OUT(matrix_sub_A, axle_matrix, out, axle_matrix_free, axle_matrix_sub(&out, NULL, fx.A))
CALL_OUT(matrix_sub_B, axle_matrix, out, axle_matrix_free, axle_matrix_sub(&out, fx.A, NULL))
CALL(matrix_scale_out, axle_matrix_scale(NULL, fx.s, fx.A))
CALL_OUT(matrix_scale_c, axle_matrix, out, axle_matrix_free, axle_matrix_scale(&out, NULL, fx.A))
CALL_OUT(matrix_scale_A, axle_matrix, out, axle_matrix_free, axle_matrix_scale(&out, fx.s, NULL))
CALL(matrix_mul_out, axle_matrix_mul(NULL, fx.A, fx.A))
CALL_OUT(matrix_mul_A, axle_matrix, out, axle_matrix_free, axle_matrix_mul(&out, NULL, fx.A))
CALL_OUT(matrix_mul_B, axle_matrix, out, axle_matrix_free, axle_matrix_mul(&out, fx.A, NULL))

CASE(matrix_rref_out)
{
    size_t pivots[2];
    size_t rank = 7;
    axle_status st = axle_matrix_rref(NULL, pivots, &rank, fx.A);
    UNCHANGED(st, rank, 7);
    return st;
}

CASE(matrix_rref_pivots)
{
    axle_matrix *out = JUNK;
    size_t rank = 7;
    axle_status st = axle_matrix_rref(&out, NULL, &rank, fx.A);
    FINISH(st, out, axle_matrix_free);
    UNCHANGED(st, rank, 7);
    return st;
}

CASE(matrix_rref_rank)
{
    axle_matrix *out = JUNK;
    size_t pivots[2];
    axle_status st = axle_matrix_rref(&out, pivots, NULL, fx.A);
    FINISH(st, out, axle_matrix_free);
    return st;
}

CASE(matrix_rref_A)
{
    axle_matrix *out = JUNK;
    size_t pivots[2];
    size_t rank = 7;
    axle_status st = axle_matrix_rref(&out, pivots, &rank, NULL);
    FINISH(st, out, axle_matrix_free);
    UNCHANGED(st, rank, 7);
    return st;
}

CALL(matrix_rank_out, axle_matrix_rank(NULL, fx.A))
CALL_KEEP(matrix_rank_A, size_t, out, 7, axle_matrix_rank(&out, NULL))
CALL(matrix_null_out, axle_matrix_null(NULL, fx.A))
CALL_OUT(matrix_null_A, axle_matrix, out, axle_matrix_free, axle_matrix_null(&out, NULL))
CALL_OUT(matrix_solve_x, axle_matrix, null, axle_matrix_free,
         axle_matrix_solve(NULL, &null, fx.A, fx.B))
CALL_OUT(matrix_solve_null, axle_matrix, x, axle_matrix_free,
         axle_matrix_solve(&x, NULL, fx.A, fx.B))

CASE(matrix_solve_A)
{
    axle_matrix *x = JUNK;
    axle_matrix *null = JUNK;
    axle_status st = axle_matrix_solve(&x, &null, NULL, fx.B);
    FINISH(st, x, axle_matrix_free);
    FINISH(st, null, axle_matrix_free);
    return st;
}

CASE(matrix_solve_B)
{
    axle_matrix *x = JUNK;
    axle_matrix *null = JUNK;
    axle_status st = axle_matrix_solve(&x, &null, fx.A, NULL);
    FINISH(st, x, axle_matrix_free);
    FINISH(st, null, axle_matrix_free);
    return st;
}

CALL(matrix_inverse_out, axle_matrix_inverse(NULL, fx.A))
CALL_OUT(matrix_inverse_A, axle_matrix, out, axle_matrix_free, axle_matrix_inverse(&out, NULL))
CALL(matrix_det_out, axle_matrix_det(NULL, fx.A))
CALL_OUT(matrix_det_A, axle_scalar, out, axle_scalar_free, axle_matrix_det(&out, NULL))
CALL(matrix_trace_out, axle_matrix_trace(NULL, fx.A))
CALL_OUT(matrix_trace_A, axle_scalar, out, axle_scalar_free, axle_matrix_trace(&out, NULL))

/* ---- numfield.h ------------------------------------------------------------------------------ */

CALL(numfield_new_out, axle_numfield_new(NULL, fx.p, "t"))
CALL_OUT(numfield_new_p, axle_numfield, out, axle_numfield_unref,
         axle_numfield_new(&out, NULL, "t"))
CALL_OUT(numfield_new_name, axle_numfield, out, axle_numfield_unref,
         axle_numfield_new(&out, fx.p, NULL))
CALL(numfield_parse_out, axle_numfield_parse(NULL, "x^2 - 2", "t"))
CALL_OUT(numfield_parse_poly, axle_numfield, out, axle_numfield_unref,
         axle_numfield_parse(&out, NULL, "t"))
CALL_OUT(numfield_parse_name, axle_numfield, out, axle_numfield_unref,
         axle_numfield_parse(&out, "x^2 - 2", NULL))
QUERY(numfield_ref_K, axle_numfield_ref(NULL), 0)
NO_STATUS(numfield_unref_K, axle_numfield_unref(NULL))
QUERY(numfield_degree_K, axle_numfield_degree(NULL), 0)
CALL(numfield_modulus_out, axle_numfield_modulus(NULL, fx.K))
CALL_OUT(numfield_modulus_K, axle_poly, out, axle_poly_free, axle_numfield_modulus(&out, NULL))
QUERY(numfield_equal_K, axle_numfield_equal(NULL, fx.K), 0)
QUERY(numfield_equal_L, axle_numfield_equal(fx.K, NULL), 0)
CALL(nfelem_from_int_out, axle_nfelem_from_int(NULL, fx.K, 1))
CALL_OUT(nfelem_from_int_K, axle_nfelem, out, axle_nfelem_free, axle_nfelem_from_int(&out, NULL, 1))
CALL(nfelem_from_frac_out, axle_nfelem_from_frac(NULL, fx.K, 1, 1))
CALL_OUT(nfelem_from_frac_K, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_frac(&out, NULL, 1, 1))
CALL(nfelem_from_mpq_out, axle_nfelem_from_mpq(NULL, fx.K, fx.q))
CALL_OUT(nfelem_from_mpq_K, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_mpq(&out, NULL, fx.q))
CALL_OUT(nfelem_from_mpq_q, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_mpq(&out, fx.K, NULL))
CALL(nfelem_from_scalar_out, axle_nfelem_from_scalar(NULL, fx.K, fx.s))
CALL_OUT(nfelem_from_scalar_K, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_scalar(&out, NULL, fx.s))
CALL_OUT(nfelem_from_scalar_x, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_scalar(&out, fx.K, NULL))
CALL(nfelem_from_poly_out, axle_nfelem_from_poly(NULL, fx.K, fx.p))
CALL_OUT(nfelem_from_poly_K, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_poly(&out, NULL, fx.p))
CALL_OUT(nfelem_from_poly_q, axle_nfelem, out, axle_nfelem_free,
         axle_nfelem_from_poly(&out, fx.K, NULL))
CALL(nfelem_gen_out, axle_nfelem_gen(NULL, fx.K))
CALL_OUT(nfelem_gen_K, axle_nfelem, out, axle_nfelem_free, axle_nfelem_gen(&out, NULL))
CALL(nfelem_parse_out, axle_nfelem_parse(NULL, fx.K, "a + 1"))
CALL_OUT(nfelem_parse_K, axle_nfelem, out, axle_nfelem_free, axle_nfelem_parse(&out, NULL, "a + 1"))
CALL_OUT(nfelem_parse_text, axle_nfelem, out, axle_nfelem_free, axle_nfelem_parse(&out, fx.K, NULL))
CALL(nfelem_copy_out, axle_nfelem_copy(NULL, fx.e))
CALL_OUT(nfelem_copy_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_copy(&out, NULL))
NO_STATUS(nfelem_free_x, axle_nfelem_free(NULL))
QUERY(nfelem_field_x, axle_nfelem_field(NULL), 0)
QUERY(nfelem_is_zero_x, axle_nfelem_is_zero(NULL), 0)
QUERY(nfelem_is_one_x, axle_nfelem_is_one(NULL), 0)
QUERY(nfelem_is_rational_x, axle_nfelem_is_rational(NULL), 0)
QUERY(nfelem_equal_x, axle_nfelem_equal(NULL, fx.e), 0)
QUERY(nfelem_equal_y, axle_nfelem_equal(fx.e, NULL), 0)
CALL(nfelem_to_poly_out, axle_nfelem_to_poly(NULL, fx.e))
CALL_OUT(nfelem_to_poly_x, axle_poly, out, axle_poly_free, axle_nfelem_to_poly(&out, NULL))
NO_STATUS(nfelem_coeff_mpq_rop, axle_nfelem_coeff_mpq(NULL, fx.e, 2))
NO_STATUS(nfelem_coeff_mpq_x, axle_nfelem_coeff_mpq(fx.rrop, NULL, 2))
CALL(nfelem_add_out, axle_nfelem_add(NULL, fx.e, fx.e))
CALL_OUT(nfelem_add_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_add(&out, NULL, fx.e))
CALL_OUT(nfelem_add_y, axle_nfelem, out, axle_nfelem_free, axle_nfelem_add(&out, fx.e, NULL))
CALL(nfelem_sub_out, axle_nfelem_sub(NULL, fx.e, fx.e))
CALL_OUT(nfelem_sub_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_sub(&out, NULL, fx.e))
CALL_OUT(nfelem_sub_y, axle_nfelem, out, axle_nfelem_free, axle_nfelem_sub(&out, fx.e, NULL))
CALL(nfelem_mul_out, axle_nfelem_mul(NULL, fx.e, fx.e))
CALL_OUT(nfelem_mul_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_mul(&out, NULL, fx.e))
CALL_OUT(nfelem_mul_y, axle_nfelem, out, axle_nfelem_free, axle_nfelem_mul(&out, fx.e, NULL))
CALL(nfelem_div_out, axle_nfelem_div(NULL, fx.e, fx.e))
CALL_OUT(nfelem_div_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_div(&out, NULL, fx.e))
CALL_OUT(nfelem_div_y, axle_nfelem, out, axle_nfelem_free, axle_nfelem_div(&out, fx.e, NULL))
CALL(nfelem_neg_out, axle_nfelem_neg(NULL, fx.e))
CALL_OUT(nfelem_neg_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_neg(&out, NULL))
CALL(nfelem_inv_out, axle_nfelem_inv(NULL, fx.e))
CALL_OUT(nfelem_inv_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_inv(&out, NULL))
CALL(nfelem_pow_out, axle_nfelem_pow(NULL, fx.e, 1))
CALL_OUT(nfelem_pow_x, axle_nfelem, out, axle_nfelem_free, axle_nfelem_pow(&out, NULL, 1))
CALL(nfelem_norm_out, axle_nfelem_norm(NULL, fx.e))
CALL_OUT(nfelem_norm_x, axle_scalar, out, axle_scalar_free, axle_nfelem_norm(&out, NULL))
CALL(nfelem_trace_out, axle_nfelem_trace(NULL, fx.e))
CALL_OUT(nfelem_trace_x, axle_scalar, out, axle_scalar_free, axle_nfelem_trace(&out, NULL))
CALL(nfelem_minpoly_out, axle_nfelem_minpoly(NULL, fx.e))
CALL_OUT(nfelem_minpoly_x, axle_poly, out, axle_poly_free, axle_nfelem_minpoly(&out, NULL))
CALL(nfelem_charpoly_out, axle_nfelem_charpoly(NULL, fx.e))
CALL_OUT(nfelem_charpoly_x, axle_poly, out, axle_poly_free, axle_nfelem_charpoly(&out, NULL))
CALL(nfelem_mul_matrix_out, axle_nfelem_mul_matrix(NULL, fx.e))
CALL_OUT(nfelem_mul_matrix_x, axle_matrix, out, axle_matrix_free,
         axle_nfelem_mul_matrix(&out, NULL))
CALL(nfelem_to_string_out, axle_nfelem_to_string(NULL, fx.e, AXLE_FORMAT_TEXT))
CALL_OUT(nfelem_to_string_x, char, out, axle_free,
         axle_nfelem_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(nfmatrix_new_out, axle_nfmatrix_new(NULL, fx.K, 2, 2))
CALL_OUT(nfmatrix_new_K, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_new(&out, NULL, 2, 2))
CALL(nfmatrix_from_matrix_out, axle_nfmatrix_from_matrix(NULL, fx.K, fx.A))
CALL_OUT(nfmatrix_from_matrix_K, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_from_matrix(&out, NULL, fx.A))
CALL_OUT(nfmatrix_from_matrix_A, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_from_matrix(&out, fx.K, NULL))
CALL(nfmatrix_from_shift_out, axle_nfmatrix_from_shift(NULL, fx.A, fx.e))
CALL_OUT(nfmatrix_from_shift_A, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_from_shift(&out, NULL, fx.e))
CALL_OUT(nfmatrix_from_shift_c, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_from_shift(&out, fx.A, NULL))
CALL(nfmatrix_copy_out, axle_nfmatrix_copy(NULL, fx.N))
CALL_OUT(nfmatrix_copy_M, axle_nfmatrix, out, axle_nfmatrix_free, axle_nfmatrix_copy(&out, NULL))
NO_STATUS(nfmatrix_free_M, axle_nfmatrix_free(NULL))
QUERY(nfmatrix_field_M, axle_nfmatrix_field(NULL), 0)
QUERY(nfmatrix_rows_M, axle_nfmatrix_rows(NULL), 0)
QUERY(nfmatrix_cols_M, axle_nfmatrix_cols(NULL), 0)
CALL(nfmatrix_get_out, axle_nfmatrix_get(NULL, fx.N, 0, 0))
CALL_OUT(nfmatrix_get_M, axle_nfelem, out, axle_nfelem_free, axle_nfmatrix_get(&out, NULL, 0, 0))
CALL(nfmatrix_set_M, axle_nfmatrix_set(NULL, 0, 0, fx.e))
CALL(nfmatrix_set_x, axle_nfmatrix_set(fx.Nm, 0, 0, NULL))
QUERY(nfmatrix_equal_M, axle_nfmatrix_equal(NULL, fx.N), 0)
QUERY(nfmatrix_equal_N, axle_nfmatrix_equal(fx.N, NULL), 0)
QUERY(nfmatrix_is_zero_M, axle_nfmatrix_is_zero(NULL), 0)
CALL(nfmatrix_mul_out, axle_nfmatrix_mul(NULL, fx.N, fx.N))
CALL_OUT(nfmatrix_mul_M, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_mul(&out, NULL, fx.N))
CALL_OUT(nfmatrix_mul_N, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_mul(&out, fx.N, NULL))

CASE(nfmatrix_rref_out)
{
    size_t pivots[2];
    size_t rank = 7;
    axle_status st = axle_nfmatrix_rref(NULL, pivots, &rank, fx.N);
    UNCHANGED(st, rank, 7);
    return st;
}

CASE(nfmatrix_rref_pivots)
{
    axle_nfmatrix *out = JUNK;
    size_t rank = 7;
    axle_status st = axle_nfmatrix_rref(&out, NULL, &rank, fx.N);
    FINISH(st, out, axle_nfmatrix_free);
    UNCHANGED(st, rank, 7);
    return st;
}

CASE(nfmatrix_rref_rank)
{
    axle_nfmatrix *out = JUNK;
    size_t pivots[2];
    axle_status st = axle_nfmatrix_rref(&out, pivots, NULL, fx.N);
    FINISH(st, out, axle_nfmatrix_free);
    return st;
}

CASE(nfmatrix_rref_M)
{
    axle_nfmatrix *out = JUNK;
    size_t pivots[2];
    size_t rank = 7;
    axle_status st = axle_nfmatrix_rref(&out, pivots, &rank, NULL);
    FINISH(st, out, axle_nfmatrix_free);
    UNCHANGED(st, rank, 7);
    return st;
}

CALL(nfmatrix_rank_out, axle_nfmatrix_rank(NULL, fx.N))
CALL_KEEP(nfmatrix_rank_M, size_t, out, 7, axle_nfmatrix_rank(&out, NULL))
CALL(nfmatrix_null_out, axle_nfmatrix_null(NULL, fx.N))
CALL_OUT(nfmatrix_null_M, axle_nfmatrix, out, axle_nfmatrix_free, axle_nfmatrix_null(&out, NULL))
CALL(nfmatrix_eigenspace_out, axle_nfmatrix_eigenspace(NULL, fx.A, fx.e))
CALL_OUT(nfmatrix_eigenspace_A, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_eigenspace(&out, NULL, fx.e))
CALL_OUT(nfmatrix_eigenspace_c, axle_nfmatrix, out, axle_nfmatrix_free,
         axle_nfmatrix_eigenspace(&out, fx.A, NULL))
CALL(nfmatrix_to_string_out, axle_nfmatrix_to_string(NULL, fx.N, AXLE_FORMAT_TEXT))
CALL_OUT(nfmatrix_to_string_M, char, out, axle_free,
         axle_nfmatrix_to_string(&out, NULL, AXLE_FORMAT_TEXT))

/* ---- poly.h ---------------------------------------------------------------------------------- */

CALL(poly_from_ints_out, axle_poly_from_ints(NULL, AXLE_QQ, 2, fx.longs))
CALL_OUT(poly_from_ints_c, axle_poly, out, axle_poly_free,
         axle_poly_from_ints(&out, AXLE_QQ, 2, NULL))
CALL(poly_from_fracs_out, axle_poly_from_fracs(NULL, AXLE_QQ, 2, fx.longs, fx.longs))
CALL_OUT(poly_from_fracs_num, axle_poly, out, axle_poly_free,
         axle_poly_from_fracs(&out, AXLE_QQ, 2, NULL, fx.longs))
CALL_OUT(poly_from_fracs_den, axle_poly, out, axle_poly_free,
         axle_poly_from_fracs(&out, AXLE_QQ, 2, fx.longs, NULL))
CALL(poly_from_doubles_out, axle_poly_from_doubles(NULL, AXLE_QQ, 2, fx.doubles))
CALL_OUT(poly_from_doubles_c, axle_poly, out, axle_poly_free,
         axle_poly_from_doubles(&out, AXLE_QQ, 2, NULL))
CALL(poly_from_mpq_out, axle_poly_from_mpq(NULL, AXLE_QQ, 2, fx.qs))
CALL_OUT(poly_from_mpq_c, axle_poly, out, axle_poly_free,
         axle_poly_from_mpq(&out, AXLE_QQ, 2, NULL))
CALL(poly_from_scalars_out, axle_poly_from_scalars(NULL, AXLE_QQ, 2, fx.sl))
CALL_OUT(poly_from_scalars_c, axle_poly, out, axle_poly_free,
         axle_poly_from_scalars(&out, AXLE_QQ, 2, NULL))
CALL(poly_constant_out, axle_poly_constant(NULL, fx.s))
CALL_OUT(poly_constant_c, axle_poly, out, axle_poly_free, axle_poly_constant(&out, NULL))
CALL(poly_monomial_out, axle_poly_monomial(NULL, AXLE_QQ, 2))
CALL(poly_copy_out, axle_poly_copy(NULL, fx.p))
CALL_OUT(poly_copy_p, axle_poly, out, axle_poly_free, axle_poly_copy(&out, NULL))
CALL(poly_convert_out, axle_poly_convert(NULL, fx.p, AXLE_QQ))
CALL_OUT(poly_convert_p, axle_poly, out, axle_poly_free, axle_poly_convert(&out, NULL, AXLE_QQ))
NO_STATUS(poly_free_p, axle_poly_free(NULL))
QUERY(poly_field_p, axle_poly_field(NULL), 0)
QUERY(poly_degree_p, axle_poly_degree(NULL), 0)
QUERY(poly_is_zero_p, axle_poly_is_zero(NULL), 0)
QUERY(poly_equal_p, axle_poly_equal(NULL, fx.p), 0)
QUERY(poly_equal_q, axle_poly_equal(fx.p, NULL), 0)
CALL(poly_coeff_out, axle_poly_coeff(NULL, fx.p, 2))
CALL_OUT(poly_coeff_p, axle_scalar, out, axle_scalar_free, axle_poly_coeff(&out, NULL, 2))
NO_STATUS(poly_coeff_mpq_rop, axle_poly_coeff_mpq(NULL, fx.p, 2))
NO_STATUS(poly_coeff_mpq_p, axle_poly_coeff_mpq(fx.rrop, NULL, 2))
CALL(poly_leading_out, axle_poly_leading(NULL, fx.p))
CALL_OUT(poly_leading_p, axle_scalar, out, axle_scalar_free, axle_poly_leading(&out, NULL))
CALL(poly_add_out, axle_poly_add(NULL, fx.p, fx.p))
CALL_OUT(poly_add_p, axle_poly, out, axle_poly_free, axle_poly_add(&out, NULL, fx.p))
CALL_OUT(poly_add_q, axle_poly, out, axle_poly_free, axle_poly_add(&out, fx.p, NULL))
CALL(poly_sub_out, axle_poly_sub(NULL, fx.p, fx.p))
CALL_OUT(poly_sub_p, axle_poly, out, axle_poly_free, axle_poly_sub(&out, NULL, fx.p))
CALL_OUT(poly_sub_q, axle_poly, out, axle_poly_free, axle_poly_sub(&out, fx.p, NULL))
CALL(poly_mul_out, axle_poly_mul(NULL, fx.p, fx.p))
CALL_OUT(poly_mul_p, axle_poly, out, axle_poly_free, axle_poly_mul(&out, NULL, fx.p))
CALL_OUT(poly_mul_q, axle_poly, out, axle_poly_free, axle_poly_mul(&out, fx.p, NULL))
CALL(poly_neg_out, axle_poly_neg(NULL, fx.p))
CALL_OUT(poly_neg_p, axle_poly, out, axle_poly_free, axle_poly_neg(&out, NULL))
CALL(poly_scale_out, axle_poly_scale(NULL, fx.s, fx.p))
CALL_OUT(poly_scale_c, axle_poly, out, axle_poly_free, axle_poly_scale(&out, NULL, fx.p))
CALL_OUT(poly_scale_p, axle_poly, out, axle_poly_free, axle_poly_scale(&out, fx.s, NULL))
CALL(poly_pow_out, axle_poly_pow(NULL, fx.p, 2))
CALL_OUT(poly_pow_p, axle_poly, out, axle_poly_free, axle_poly_pow(&out, NULL, 2))
CALL_OUT(poly_divrem_q, axle_poly, r, axle_poly_free, axle_poly_divrem(NULL, &r, fx.p, fx.p2))
CALL_OUT(poly_divrem_r, axle_poly, q, axle_poly_free, axle_poly_divrem(&q, NULL, fx.p, fx.p2))

CASE(poly_divrem_a)
{
    axle_poly *q = JUNK;
    axle_poly *r = JUNK;
    axle_status st = axle_poly_divrem(&q, &r, NULL, fx.p2);
    FINISH(st, q, axle_poly_free);
    FINISH(st, r, axle_poly_free);
    return st;
}

CASE(poly_divrem_b)
{
    axle_poly *q = JUNK;
    axle_poly *r = JUNK;
    axle_status st = axle_poly_divrem(&q, &r, fx.p, NULL);
    FINISH(st, q, axle_poly_free);
    FINISH(st, r, axle_poly_free);
    return st;
}

CALL(poly_gcd_out, axle_poly_gcd(NULL, fx.p, fx.p))
CALL_OUT(poly_gcd_a, axle_poly, out, axle_poly_free, axle_poly_gcd(&out, NULL, fx.p))
CALL_OUT(poly_gcd_b, axle_poly, out, axle_poly_free, axle_poly_gcd(&out, fx.p, NULL))

CASE(poly_xgcd_g)
{
    axle_poly *s = JUNK;
    axle_poly *t = JUNK;
    axle_status st = axle_poly_xgcd(NULL, &s, &t, fx.p, fx.p2);
    FINISH(st, s, axle_poly_free);
    FINISH(st, t, axle_poly_free);
    return st;
}

CASE(poly_xgcd_s)
{
    axle_poly *g = JUNK;
    axle_poly *t = JUNK;
    axle_status st = axle_poly_xgcd(&g, NULL, &t, fx.p, fx.p2);
    FINISH(st, g, axle_poly_free);
    FINISH(st, t, axle_poly_free);
    return st;
}

CASE(poly_xgcd_t)
{
    axle_poly *g = JUNK;
    axle_poly *s = JUNK;
    axle_status st = axle_poly_xgcd(&g, &s, NULL, fx.p, fx.p2);
    FINISH(st, g, axle_poly_free);
    FINISH(st, s, axle_poly_free);
    return st;
}

CASE(poly_xgcd_a)
{
    axle_poly *g = JUNK;
    axle_poly *s = JUNK;
    axle_poly *t = JUNK;
    axle_status st = axle_poly_xgcd(&g, &s, &t, NULL, fx.p2);
    FINISH(st, g, axle_poly_free);
    FINISH(st, s, axle_poly_free);
    FINISH(st, t, axle_poly_free);
    return st;
}

CASE(poly_xgcd_b)
{
    axle_poly *g = JUNK;
    axle_poly *s = JUNK;
    axle_poly *t = JUNK;
    axle_status st = axle_poly_xgcd(&g, &s, &t, fx.p, NULL);
    FINISH(st, g, axle_poly_free);
    FINISH(st, s, axle_poly_free);
    FINISH(st, t, axle_poly_free);
    return st;
}

CALL(poly_derivative_out, axle_poly_derivative(NULL, fx.p))
CALL_OUT(poly_derivative_p, axle_poly, out, axle_poly_free, axle_poly_derivative(&out, NULL))
CALL(poly_compose_out, axle_poly_compose(NULL, fx.p, fx.p))
CALL_OUT(poly_compose_p, axle_poly, out, axle_poly_free, axle_poly_compose(&out, NULL, fx.p))
CALL_OUT(poly_compose_q, axle_poly, out, axle_poly_free, axle_poly_compose(&out, fx.p, NULL))
CALL(poly_eval_out, axle_poly_eval(NULL, fx.p, fx.s))
CALL_OUT(poly_eval_p, axle_scalar, out, axle_scalar_free, axle_poly_eval(&out, NULL, fx.s))
CALL_OUT(poly_eval_x, axle_scalar, out, axle_scalar_free, axle_poly_eval(&out, fx.p, NULL))
CALL(poly_eval_matrix_out, axle_poly_eval_matrix(NULL, fx.p, fx.A))
CALL_OUT(poly_eval_matrix_p, axle_matrix, out, axle_matrix_free,
         axle_poly_eval_matrix(&out, NULL, fx.A))
CALL_OUT(poly_eval_matrix_A, axle_matrix, out, axle_matrix_free,
         axle_poly_eval_matrix(&out, fx.p, NULL))
CALL(poly_content_out, axle_poly_content(NULL, fx.p))
CALL_OUT(poly_content_p, axle_scalar, out, axle_scalar_free, axle_poly_content(&out, NULL))
CALL(poly_primitive_out, axle_poly_primitive(NULL, fx.p))
CALL_OUT(poly_primitive_p, axle_poly, out, axle_poly_free, axle_poly_primitive(&out, NULL))
CALL(poly_to_string_out, axle_poly_to_string(NULL, fx.p, AXLE_FORMAT_TEXT))
CALL_OUT(poly_to_string_p, char, out, axle_free, axle_poly_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(poly_parse_out, axle_poly_parse(NULL, AXLE_QQ, "x^2 - 2"))
CALL_OUT(poly_parse_text, axle_poly, out, axle_poly_free, axle_poly_parse(&out, AXLE_QQ, NULL))
CALL(poly_squarefree_out, axle_poly_squarefree(NULL, fx.p))
CALL_OUT(poly_squarefree_p, axle_poly_factors, out, axle_poly_factors_free,
         axle_poly_squarefree(&out, NULL))
CALL(poly_factor_out, axle_poly_factor(NULL, fx.p))
CALL_OUT(poly_factor_p, axle_poly_factors, out, axle_poly_factors_free,
         axle_poly_factor(&out, NULL))
NO_STATUS(poly_factors_free_f, axle_poly_factors_free(NULL))
QUERY(poly_factors_count_f, axle_poly_factors_count(NULL), 0)
QUERY(poly_factors_unit_f, axle_poly_factors_unit(NULL), 0)

CASE(poly_factors_get_f)
{
    unsigned long mult;
    VALUE(axle_poly_factors_get(NULL, 0, &mult), 0);
    return AXLE_OK;
}

NO_STATUS(poly_factors_get_mult, axle_poly_factors_get(fx.fac, 0, NULL))
CALL_OUT(poly_rational_roots_roots, unsigned long, mult, axle_free,
         axle_poly_rational_roots(NULL, &mult, fx.p2))
CALL_OUT(poly_rational_roots_mult, axle_matrix, roots, axle_matrix_free,
         axle_poly_rational_roots(&roots, NULL, fx.p2))

CASE(poly_rational_roots_p)
{
    axle_matrix *roots = JUNK;
    unsigned long *mult = JUNK;
    axle_status st = axle_poly_rational_roots(&roots, &mult, NULL);
    FINISH(st, roots, axle_matrix_free);
    FINISH(st, mult, axle_free);
    return st;
}

/* ---- scalar.h -------------------------------------------------------------------------------- */

CALL(scalar_from_int_out, axle_scalar_from_int(NULL, AXLE_QQ, 1))
CALL(scalar_from_frac_out, axle_scalar_from_frac(NULL, AXLE_QQ, 1, 1))
CALL(scalar_from_double_out, axle_scalar_from_double(NULL, AXLE_QQ, 0.5))
CALL(scalar_from_mpq_out, axle_scalar_from_mpq(NULL, AXLE_QQ, fx.q))
CALL_OUT(scalar_from_mpq_q, axle_scalar, out, axle_scalar_free,
         axle_scalar_from_mpq(&out, AXLE_QQ, NULL))
CALL(scalar_parse_out, axle_scalar_parse(NULL, AXLE_QQ, "1/2"))
CALL_OUT(scalar_parse_text, axle_scalar, out, axle_scalar_free,
         axle_scalar_parse(&out, AXLE_QQ, NULL))
CALL(scalar_copy_out, axle_scalar_copy(NULL, fx.s))
CALL_OUT(scalar_copy_x, axle_scalar, out, axle_scalar_free, axle_scalar_copy(&out, NULL))
CALL(scalar_convert_out, axle_scalar_convert(NULL, fx.s, AXLE_QQ))
CALL_OUT(scalar_convert_x, axle_scalar, out, axle_scalar_free,
         axle_scalar_convert(&out, NULL, AXLE_QQ))
NO_STATUS(scalar_free_x, axle_scalar_free(NULL))
QUERY(scalar_field_x, axle_scalar_field(NULL), 0)
QUERY(scalar_to_double_x, axle_scalar_to_double(NULL), 0)
NO_STATUS(scalar_get_mpq_rop, axle_scalar_get_mpq(NULL, fx.s))
NO_STATUS(scalar_get_mpq_x, axle_scalar_get_mpq(fx.rrop, NULL))
QUERY(scalar_sign_x, axle_scalar_sign(NULL), 0)
QUERY(scalar_is_zero_x, axle_scalar_is_zero(NULL), 0)
QUERY(scalar_equal_x, axle_scalar_equal(NULL, fx.s), 0)
QUERY(scalar_equal_y, axle_scalar_equal(fx.s, NULL), 0)
CALL(scalar_cmp_out, axle_scalar_cmp(NULL, fx.s, fx.s))
CALL_KEEP(scalar_cmp_x, int, out, 7, axle_scalar_cmp(&out, NULL, fx.s))
CALL_KEEP(scalar_cmp_y, int, out, 7, axle_scalar_cmp(&out, fx.s, NULL))
CALL(scalar_add_out, axle_scalar_add(NULL, fx.s, fx.s))
CALL_OUT(scalar_add_x, axle_scalar, out, axle_scalar_free, axle_scalar_add(&out, NULL, fx.s))
CALL_OUT(scalar_add_y, axle_scalar, out, axle_scalar_free, axle_scalar_add(&out, fx.s, NULL))
CALL(scalar_sub_out, axle_scalar_sub(NULL, fx.s, fx.s))
CALL_OUT(scalar_sub_x, axle_scalar, out, axle_scalar_free, axle_scalar_sub(&out, NULL, fx.s))
CALL_OUT(scalar_sub_y, axle_scalar, out, axle_scalar_free, axle_scalar_sub(&out, fx.s, NULL))
CALL(scalar_mul_out, axle_scalar_mul(NULL, fx.s, fx.s))
CALL_OUT(scalar_mul_x, axle_scalar, out, axle_scalar_free, axle_scalar_mul(&out, NULL, fx.s))
CALL_OUT(scalar_mul_y, axle_scalar, out, axle_scalar_free, axle_scalar_mul(&out, fx.s, NULL))
CALL(scalar_div_out, axle_scalar_div(NULL, fx.s, fx.s))
CALL_OUT(scalar_div_x, axle_scalar, out, axle_scalar_free, axle_scalar_div(&out, NULL, fx.s))
CALL_OUT(scalar_div_y, axle_scalar, out, axle_scalar_free, axle_scalar_div(&out, fx.s, NULL))
CALL(scalar_neg_out, axle_scalar_neg(NULL, fx.s))
CALL_OUT(scalar_neg_x, axle_scalar, out, axle_scalar_free, axle_scalar_neg(&out, NULL))

/* ---- space.h --------------------------------------------------------------------------------- */

CALL(space_fn_out, axle_space_fn(NULL, AXLE_QQ, 2))
CALL(space_poly_out, axle_space_poly(NULL, AXLE_QQ, 2))
CALL(space_matrices_out, axle_space_matrices(NULL, AXLE_QQ, 2, 2))
CALL(space_product_out, axle_space_product(NULL, fx.Vl, 2))
CALL_OUT(space_product_parts, axle_space, out, axle_space_unref, axle_space_product(&out, NULL, 2))
CALL(space_quotient_out, axle_space_quotient(NULL, fx.U))
CALL_OUT(space_quotient_U, axle_space, out, axle_space_unref, axle_space_quotient(&out, NULL))
CALL(space_dual_out, axle_space_dual(NULL, fx.V))
CALL_OUT(space_dual_V, axle_space, out, axle_space_unref, axle_space_dual(&out, NULL))
QUERY(space_ref_V, axle_space_ref(NULL), 0)
NO_STATUS(space_unref_V, axle_space_unref(NULL))
QUERY(space_field_V, axle_space_field(NULL), 0)
QUERY(space_dim_V, axle_space_dim(NULL), 0)
QUERY(space_kind_of_V, axle_space_kind_of(NULL), 0)
QUERY(space_parent_V, axle_space_parent(NULL), 0)
QUERY(space_divisor_V, axle_space_divisor(NULL), 0)
QUERY(space_part_count_V, axle_space_part_count(NULL), 0)
QUERY(space_part_V, axle_space_part(NULL, 0), 0)
CALL(space_equal_out, axle_space_equal(NULL, fx.V, fx.V))
CALL_KEEP(space_equal_V, bool, out, true, axle_space_equal(&out, NULL, fx.V))
CALL_KEEP(space_equal_W, bool, out, true, axle_space_equal(&out, fx.V, NULL))
CALL(space_to_string_out, axle_space_to_string(NULL, fx.V, AXLE_FORMAT_TEXT))
CALL_OUT(space_to_string_V, char, out, axle_free,
         axle_space_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(space_span_out, axle_space_span(NULL, fx.V, fx.vl, 2))
CALL_OUT(space_span_V, axle_space, out, axle_space_unref, axle_space_span(&out, NULL, fx.vl, 2))
CALL_OUT(space_span_v, axle_space, out, axle_space_unref, axle_space_span(&out, fx.V, NULL, 2))
CALL(space_span_coords_out, axle_space_span_coords(NULL, fx.V, fx.A))
CALL_OUT(space_span_coords_V, axle_space, out, axle_space_unref,
         axle_space_span_coords(&out, NULL, fx.A))
CALL_OUT(space_span_coords_A, axle_space, out, axle_space_unref,
         axle_space_span_coords(&out, fx.V, NULL))
CALL(space_equations_out, axle_space_equations(NULL, fx.V, fx.phil, 2))
CALL_OUT(space_equations_V, axle_space, out, axle_space_unref,
         axle_space_equations(&out, NULL, fx.phil, 2))
CALL_OUT(space_equations_phi, axle_space, out, axle_space_unref,
         axle_space_equations(&out, fx.V, NULL, 2))
CALL(space_equations_coords_out, axle_space_equations_coords(NULL, fx.V, fx.A))
CALL_OUT(space_equations_coords_V, axle_space, out, axle_space_unref,
         axle_space_equations_coords(&out, NULL, fx.A))
CALL_OUT(space_equations_coords_M, axle_space, out, axle_space_unref,
         axle_space_equations_coords(&out, fx.V, NULL))
CALL(space_zero_out, axle_space_zero(NULL, fx.V))
CALL_OUT(space_zero_V, axle_space, out, axle_space_unref, axle_space_zero(&out, NULL))
CALL(space_whole_out, axle_space_whole(NULL, fx.V))
CALL_OUT(space_whole_V, axle_space, out, axle_space_unref, axle_space_whole(&out, NULL))
CALL(space_basis_out, axle_space_basis(NULL, fx.U))
CALL_OUT(space_basis_U, axle_matrix, out, axle_matrix_free, axle_space_basis(&out, NULL))
CALL(space_basis_vector_out, axle_space_basis_vector(NULL, fx.U, 0))
CALL_OUT(space_basis_vector_U, axle_vector, out, axle_vector_unref,
         axle_space_basis_vector(&out, NULL, 0))
CALL(space_contains_out, axle_space_contains(NULL, fx.U, fx.v))
CALL_KEEP(space_contains_U, bool, out, true, axle_space_contains(&out, NULL, fx.v))
CALL_KEEP(space_contains_v, bool, out, true, axle_space_contains(&out, fx.U, NULL))
CALL(space_is_subset_out, axle_space_is_subset(NULL, fx.U, fx.U))
CALL_KEEP(space_is_subset_U, bool, out, true, axle_space_is_subset(&out, NULL, fx.U))
CALL_KEEP(space_is_subset_W, bool, out, true, axle_space_is_subset(&out, fx.U, NULL))
CALL(space_sum_out, axle_space_sum(NULL, fx.U, fx.U))
CALL_OUT(space_sum_U, axle_space, out, axle_space_unref, axle_space_sum(&out, NULL, fx.U))
CALL_OUT(space_sum_W, axle_space, out, axle_space_unref, axle_space_sum(&out, fx.U, NULL))
CALL(space_intersect_out, axle_space_intersect(NULL, fx.U, fx.U))
CALL_OUT(space_intersect_U, axle_space, out, axle_space_unref,
         axle_space_intersect(&out, NULL, fx.U))
CALL_OUT(space_intersect_W, axle_space, out, axle_space_unref,
         axle_space_intersect(&out, fx.U, NULL))
CALL(space_is_direct_sum_out, axle_space_is_direct_sum(NULL, fx.Ul, 2))
CALL_KEEP(space_is_direct_sum_U, bool, out, true, axle_space_is_direct_sum(&out, NULL, 2))
CALL(space_complement_out, axle_space_complement(NULL, fx.U))
CALL_OUT(space_complement_U, axle_space, out, axle_space_unref, axle_space_complement(&out, NULL))
CALL(space_annihilator_out, axle_space_annihilator(NULL, fx.U))
CALL_OUT(space_annihilator_U, axle_space, out, axle_space_unref, axle_space_annihilator(&out, NULL))

/* ---- vector.h -------------------------------------------------------------------------------- */

CALL(vector_from_coords_out, axle_vector_from_coords(NULL, fx.V, fx.B))
CALL_OUT(vector_from_coords_V, axle_vector, out, axle_vector_unref,
         axle_vector_from_coords(&out, NULL, fx.B))
CALL_OUT(vector_from_coords_c, axle_vector, out, axle_vector_unref,
         axle_vector_from_coords(&out, fx.V, NULL))
CALL(vector_from_ints_out, axle_vector_from_ints(NULL, fx.V, fx.longs, 2))
CALL_OUT(vector_from_ints_V, axle_vector, out, axle_vector_unref,
         axle_vector_from_ints(&out, NULL, fx.longs, 2))
CALL_OUT(vector_from_ints_c, axle_vector, out, axle_vector_unref,
         axle_vector_from_ints(&out, fx.V, NULL, 2))
CALL(vector_parse_out, axle_vector_parse(NULL, fx.V, "(1, 2)"))
CALL_OUT(vector_parse_V, axle_vector, out, axle_vector_unref,
         axle_vector_parse(&out, NULL, "(1, 2)"))
CALL_OUT(vector_parse_text, axle_vector, out, axle_vector_unref,
         axle_vector_parse(&out, fx.V, NULL))
CALL(vector_parse_tuple_out, axle_vector_parse_tuple(NULL, AXLE_QQ, "(1, 2)"))
CALL_OUT(vector_parse_tuple_text, axle_vector, out, axle_vector_unref,
         axle_vector_parse_tuple(&out, AXLE_QQ, NULL))
CALL(vector_zero_out, axle_vector_zero(NULL, fx.V))
CALL_OUT(vector_zero_V, axle_vector, out, axle_vector_unref, axle_vector_zero(&out, NULL))
CALL(vector_standard_out, axle_vector_standard(NULL, fx.V, 0))
CALL_OUT(vector_standard_V, axle_vector, out, axle_vector_unref,
         axle_vector_standard(&out, NULL, 0))
QUERY(vector_ref_v, axle_vector_ref(NULL), 0)
NO_STATUS(vector_unref_v, axle_vector_unref(NULL))
QUERY(vector_space_v, axle_vector_space(NULL), 0)
CALL(vector_coords_out, axle_vector_coords(NULL, fx.v))
CALL_OUT(vector_coords_v, axle_matrix, out, axle_matrix_free, axle_vector_coords(&out, NULL))
CALL(vector_coord_out, axle_vector_coord(NULL, fx.v, 0))
CALL_OUT(vector_coord_v, axle_scalar, out, axle_scalar_free, axle_vector_coord(&out, NULL, 0))
CALL(vector_coords_in_out, axle_vector_coords_in(NULL, fx.v, fx.vl, 2))
CALL_OUT(vector_coords_in_v, axle_matrix, out, axle_matrix_free,
         axle_vector_coords_in(&out, NULL, fx.vl, 2))
CALL_OUT(vector_coords_in_b, axle_matrix, out, axle_matrix_free,
         axle_vector_coords_in(&out, fx.v, NULL, 2))
CALL(vector_to_string_out, axle_vector_to_string(NULL, fx.v, AXLE_FORMAT_TEXT))
CALL_OUT(vector_to_string_v, char, out, axle_free,
         axle_vector_to_string(&out, NULL, AXLE_FORMAT_TEXT))
CALL(vector_add_out, axle_vector_add(NULL, fx.v, fx.v))
CALL_OUT(vector_add_v, axle_vector, out, axle_vector_unref, axle_vector_add(&out, NULL, fx.v))
CALL_OUT(vector_add_w, axle_vector, out, axle_vector_unref, axle_vector_add(&out, fx.v, NULL))
CALL(vector_sub_out, axle_vector_sub(NULL, fx.v, fx.v))
CALL_OUT(vector_sub_v, axle_vector, out, axle_vector_unref, axle_vector_sub(&out, NULL, fx.v))
CALL_OUT(vector_sub_w, axle_vector, out, axle_vector_unref, axle_vector_sub(&out, fx.v, NULL))
CALL(vector_scale_out, axle_vector_scale(NULL, fx.s, fx.v))
CALL_OUT(vector_scale_c, axle_vector, out, axle_vector_unref, axle_vector_scale(&out, NULL, fx.v))
CALL_OUT(vector_scale_v, axle_vector, out, axle_vector_unref, axle_vector_scale(&out, fx.s, NULL))
CALL(vector_lincomb_out, axle_vector_lincomb(NULL, fx.V, fx.sl, fx.vl, 2))
CALL_OUT(vector_lincomb_V, axle_vector, out, axle_vector_unref,
         axle_vector_lincomb(&out, NULL, fx.sl, fx.vl, 2))
CALL_OUT(vector_lincomb_c, axle_vector, out, axle_vector_unref,
         axle_vector_lincomb(&out, fx.V, NULL, fx.vl, 2))
CALL_OUT(vector_lincomb_v, axle_vector, out, axle_vector_unref,
         axle_vector_lincomb(&out, fx.V, fx.sl, NULL, 2))
CALL(vector_equal_out, axle_vector_equal(NULL, fx.v, fx.v))
CALL_KEEP(vector_equal_v, bool, out, true, axle_vector_equal(&out, NULL, fx.v))
CALL_KEEP(vector_equal_w, bool, out, true, axle_vector_equal(&out, fx.v, NULL))
CALL(vector_embed_out, axle_vector_embed(NULL, fx.u))
CALL_OUT(vector_embed_u, axle_vector, out, axle_vector_unref, axle_vector_embed(&out, NULL))
CALL(vector_restrict_out, axle_vector_restrict(NULL, fx.U, fx.vl[0]))
CALL_OUT(vector_restrict_U, axle_vector, out, axle_vector_unref,
         axle_vector_restrict(&out, NULL, fx.vl[0]))
CALL_OUT(vector_restrict_v, axle_vector, out, axle_vector_unref,
         axle_vector_restrict(&out, fx.U, NULL))
CALL(vector_coset_out, axle_vector_coset(NULL, fx.Q, fx.v))
CALL_OUT(vector_coset_Q, axle_vector, out, axle_vector_unref, axle_vector_coset(&out, NULL, fx.v))
CALL_OUT(vector_coset_v, axle_vector, out, axle_vector_unref, axle_vector_coset(&out, fx.Q, NULL))
CALL(vector_representative_out, axle_vector_representative(NULL, fx.c))
CALL_OUT(vector_representative_c, axle_vector, out, axle_vector_unref,
         axle_vector_representative(&out, NULL))
CALL(vector_same_coset_out, axle_vector_same_coset(NULL, fx.Q, fx.v, fx.v))
CALL_KEEP(vector_same_coset_Q, bool, out, true, axle_vector_same_coset(&out, NULL, fx.v, fx.v))
CALL_KEEP(vector_same_coset_v, bool, out, true, axle_vector_same_coset(&out, fx.Q, NULL, fx.v))
CALL_KEEP(vector_same_coset_w, bool, out, true, axle_vector_same_coset(&out, fx.Q, fx.v, NULL))
CALL(vector_eval_out, axle_vector_eval(NULL, fx.phi, fx.v))
CALL_OUT(vector_eval_phi, axle_scalar, out, axle_scalar_free, axle_vector_eval(&out, NULL, fx.v))
CALL_OUT(vector_eval_v, axle_scalar, out, axle_scalar_free, axle_vector_eval(&out, fx.phi, NULL))
CALL(vector_dual_basis_phi, axle_vector_dual_basis(NULL, fx.D, fx.vl, 2))

CASE(vector_dual_basis_D)
{
    axle_vector *phi[2] = {JUNK, JUNK};
    axle_status st = axle_vector_dual_basis(phi, NULL, fx.vl, 2);
    for (size_t i = 0; i < 2; i++)
        FINISH(st, phi[i], axle_vector_unref);
    return st;
}

CASE(vector_dual_basis_b)
{
    axle_vector *phi[2] = {JUNK, JUNK};
    axle_status st = axle_vector_dual_basis(phi, fx.D, NULL, 2);
    for (size_t i = 0; i < 2; i++)
        FINISH(st, phi[i], axle_vector_unref);
    return st;
}

CALL(vector_double_dual_out, axle_vector_double_dual(NULL, fx.DD, fx.v))
CALL_OUT(vector_double_dual_DD, axle_vector, out, axle_vector_unref,
         axle_vector_double_dual(&out, NULL, fx.v))
CALL_OUT(vector_double_dual_v, axle_vector, out, axle_vector_unref,
         axle_vector_double_dual(&out, fx.DD, NULL))

/* ---- the table: header, function, parameter, case, whether NULL is accepted --------------------
 */

#define C(h, fn, p, id, how)                                                                       \
    {                                                                                              \
#h, #fn, #p, case_##id, how                                                                \
    }
#define ACCEPT true
#define REFUSE false

static const api_case cases[] = {
    C(algebraic, axle_algebraic_from_mpq, out, algebraic_from_mpq_out, REFUSE),
    C(algebraic, axle_algebraic_from_mpq, q, algebraic_from_mpq_q, REFUSE),
    C(algebraic, axle_algebraic_from_frac, out, algebraic_from_frac_out, REFUSE),
    C(algebraic, axle_algebraic_from_scalar, out, algebraic_from_scalar_out, REFUSE),
    C(algebraic, axle_algebraic_from_scalar, x, algebraic_from_scalar_x, REFUSE),
    C(algebraic, axle_algebraic_copy, out, algebraic_copy_out, REFUSE),
    C(algebraic, axle_algebraic_copy, a, algebraic_copy_a, REFUSE),
    C(algebraic, axle_algebraic_free, a, algebraic_free_a, ACCEPT),
    C(algebraic, axle_poly_roots, out, poly_roots_out, REFUSE),
    C(algebraic, axle_poly_roots, p, poly_roots_p, REFUSE),
    C(algebraic, axle_poly_real_roots, out, poly_real_roots_out, REFUSE),
    C(algebraic, axle_poly_real_roots, p, poly_real_roots_p, REFUSE),
    C(algebraic, axle_roots_free, r, roots_free_r, ACCEPT),
    C(algebraic, axle_roots_count, r, roots_count_r, ACCEPT),
    C(algebraic, axle_roots_get, r, roots_get_r, ACCEPT),
    C(algebraic, axle_roots_get, mult, roots_get_mult, ACCEPT),
    C(algebraic, axle_roots_to_string, out, roots_to_string_out, REFUSE),
    C(algebraic, axle_roots_to_string, r, roots_to_string_r, REFUSE),
    C(algebraic, axle_algebraic_degree, a, algebraic_degree_a, ACCEPT),
    C(algebraic, axle_algebraic_is_rational, a, algebraic_is_rational_a, ACCEPT),
    C(algebraic, axle_algebraic_is_real, a, algebraic_is_real_a, ACCEPT),
    C(algebraic, axle_algebraic_minpoly, out, algebraic_minpoly_out, REFUSE),
    C(algebraic, axle_algebraic_minpoly, a, algebraic_minpoly_a, REFUSE),
    C(algebraic, axle_algebraic_get_mpq, rop, algebraic_get_mpq_rop, REFUSE),
    C(algebraic, axle_algebraic_get_mpq, a, algebraic_get_mpq_a, REFUSE),
    C(algebraic, axle_algebraic_interval, lo, algebraic_interval_lo, REFUSE),
    C(algebraic, axle_algebraic_interval, hi, algebraic_interval_hi, REFUSE),
    C(algebraic, axle_algebraic_interval, a, algebraic_interval_a, REFUSE),
    C(algebraic, axle_algebraic_disc, re, algebraic_disc_re, REFUSE),
    C(algebraic, axle_algebraic_disc, im, algebraic_disc_im, REFUSE),
    C(algebraic, axle_algebraic_disc, rad, algebraic_disc_rad, REFUSE),
    C(algebraic, axle_algebraic_disc, a, algebraic_disc_a, REFUSE),
    C(algebraic, axle_algebraic_to_double, re, algebraic_to_double_re, ACCEPT),
    C(algebraic, axle_algebraic_to_double, im, algebraic_to_double_im, ACCEPT),
    C(algebraic, axle_algebraic_to_double, a, algebraic_to_double_a, REFUSE),
    C(algebraic, axle_algebraic_to_decimal, re, algebraic_to_decimal_re, ACCEPT),
    C(algebraic, axle_algebraic_to_decimal, im, algebraic_to_decimal_im, ACCEPT),
    C(algebraic, axle_algebraic_to_decimal, a, algebraic_to_decimal_a, REFUSE),
    C(algebraic, axle_algebraic_to_string, out, algebraic_to_string_out, REFUSE),
    C(algebraic, axle_algebraic_to_string, a, algebraic_to_string_a, REFUSE),
    C(algebraic, axle_algebraic_root_of_unity, out, algebraic_root_of_unity_out, REFUSE),
    C(algebraic, axle_algebraic_root_of_unity, a, algebraic_root_of_unity_a, REFUSE),
    C(algebraic, axle_algebraic_root_of_unity, n, algebraic_root_of_unity_n, ACCEPT),
    C(algebraic, axle_algebraic_root_of_unity, k, algebraic_root_of_unity_k, ACCEPT),
    C(algebraic, axle_algebraic_equal, out, algebraic_equal_out, REFUSE),
    C(algebraic, axle_algebraic_equal, a, algebraic_equal_a, REFUSE),
    C(algebraic, axle_algebraic_equal, b, algebraic_equal_b, REFUSE),
    C(algebraic, axle_algebraic_cmp, out, algebraic_cmp_out, REFUSE),
    C(algebraic, axle_algebraic_cmp, a, algebraic_cmp_a, REFUSE),
    C(algebraic, axle_algebraic_cmp, b, algebraic_cmp_b, REFUSE),
    C(algebraic, axle_algebraic_sign, out, algebraic_sign_out, REFUSE),
    C(algebraic, axle_algebraic_sign, a, algebraic_sign_a, REFUSE),
    C(algebraic, axle_algebraic_neg, out, algebraic_neg_out, REFUSE),
    C(algebraic, axle_algebraic_neg, a, algebraic_neg_a, REFUSE),
    C(algebraic, axle_algebraic_conj, out, algebraic_conj_out, REFUSE),
    C(algebraic, axle_algebraic_conj, a, algebraic_conj_a, REFUSE),
    C(algebraic, axle_algebraic_inv, out, algebraic_inv_out, REFUSE),
    C(algebraic, axle_algebraic_inv, a, algebraic_inv_a, REFUSE),
    C(algebraic, axle_algebraic_sqrt, out, algebraic_sqrt_out, REFUSE),
    C(algebraic, axle_algebraic_sqrt, a, algebraic_sqrt_a, REFUSE),
    C(common, axle_free, p, free_p, ACCEPT),
    C(field, axle_field_parse, out, field_parse_out, REFUSE),
    C(field, axle_field_parse, name, field_parse_name, REFUSE),
    C(io, axle_format_parse, out, format_parse_out, REFUSE),
    C(io, axle_format_parse, name, format_parse_name, REFUSE),
    C(io, axle_matrix_parse, out, matrix_parse_out, REFUSE),
    C(io, axle_matrix_parse, text, matrix_parse_text, REFUSE),
    C(io, axle_scalar_to_string, out, scalar_to_string_out, REFUSE),
    C(io, axle_scalar_to_string, x, scalar_to_string_x, REFUSE),
    C(io, axle_matrix_to_string, out, matrix_to_string_out, REFUSE),
    C(io, axle_matrix_to_string, A, matrix_to_string_A, REFUSE),
    C(list, axle_list_is_independent, out, list_is_independent_out, REFUSE),
    C(list, axle_list_is_independent, V, list_is_independent_V, REFUSE),
    C(list, axle_list_is_independent, v, list_is_independent_v, REFUSE),
    C(list, axle_list_dependence, index, list_dependence_index, REFUSE),
    C(list, axle_list_dependence, coeffs, list_dependence_coeffs, ACCEPT),
    C(list, axle_list_dependence, V, list_dependence_V, REFUSE),
    C(list, axle_list_dependence, v, list_dependence_v, REFUSE),
    C(map, axle_map_from_matrix, out, map_from_matrix_out, REFUSE),
    C(map, axle_map_from_matrix, V, map_from_matrix_V, REFUSE),
    C(map, axle_map_from_matrix, W, map_from_matrix_W, REFUSE),
    C(map, axle_map_from_matrix, M, map_from_matrix_M, REFUSE),
    C(map, axle_map_from_matrix_in, out, map_from_matrix_in_out, REFUSE),
    C(map, axle_map_from_matrix_in, V, map_from_matrix_in_V, REFUSE),
    C(map, axle_map_from_matrix_in, beta, map_from_matrix_in_beta, ACCEPT),
    C(map, axle_map_from_matrix_in, W, map_from_matrix_in_W, REFUSE),
    C(map, axle_map_from_matrix_in, gamma, map_from_matrix_in_gamma, ACCEPT),
    C(map, axle_map_from_matrix_in, A, map_from_matrix_in_A, REFUSE),
    C(map, axle_map_from_images, out, map_from_images_out, REFUSE),
    C(map, axle_map_from_images, V, map_from_images_V, REFUSE),
    C(map, axle_map_from_images, W, map_from_images_W, REFUSE),
    C(map, axle_map_from_images, beta, map_from_images_beta, ACCEPT),
    C(map, axle_map_from_images, images, map_from_images_images, REFUSE),
    C(map, axle_map_from_callback, out, map_from_callback_out, REFUSE),
    C(map, axle_map_from_callback, V, map_from_callback_V, REFUSE),
    C(map, axle_map_from_callback, W, map_from_callback_W, REFUSE),
    C(map, axle_map_from_callback, f, map_from_callback_f, REFUSE),
    C(map, axle_map_from_callback, user, map_from_callback_user, ACCEPT),
    C(map, axle_map_identity, out, map_identity_out, REFUSE),
    C(map, axle_map_identity, V, map_identity_V, REFUSE),
    C(map, axle_map_zero, out, map_zero_out, REFUSE),
    C(map, axle_map_zero, V, map_zero_V, REFUSE),
    C(map, axle_map_zero, W, map_zero_W, REFUSE),
    C(map, axle_map_differentiation, out, map_differentiation_out, REFUSE),
    C(map, axle_map_differentiation, V, map_differentiation_V, REFUSE),
    C(map, axle_map_differentiation, W, map_differentiation_W, ACCEPT),
    C(map, axle_map_multiply_x, out, map_multiply_x_out, REFUSE),
    C(map, axle_map_multiply_x, V, map_multiply_x_V, REFUSE),
    C(map, axle_map_multiply_x, W, map_multiply_x_W, ACCEPT),
    C(map, axle_map_transposition, out, map_transposition_out, REFUSE),
    C(map, axle_map_transposition, V, map_transposition_V, REFUSE),
    C(map, axle_map_evaluation, out, map_evaluation_out, REFUSE),
    C(map, axle_map_evaluation, V, map_evaluation_V, REFUSE),
    C(map, axle_map_evaluation, c, map_evaluation_c, REFUSE),
    C(map, axle_map_integration, out, map_integration_out, REFUSE),
    C(map, axle_map_integration, V, map_integration_V, REFUSE),
    C(map, axle_map_integration, a, map_integration_a, REFUSE),
    C(map, axle_map_integration, b, map_integration_b, REFUSE),
    C(map, axle_map_inclusion, out, map_inclusion_out, REFUSE),
    C(map, axle_map_inclusion, U, map_inclusion_U, REFUSE),
    C(map, axle_map_quotient, out, map_quotient_out, REFUSE),
    C(map, axle_map_quotient, Q, map_quotient_Q, REFUSE),
    C(map, axle_map_projection, out, map_projection_out, REFUSE),
    C(map, axle_map_projection, P, map_projection_P, REFUSE),
    C(map, axle_map_ref, T, map_ref_T, ACCEPT),
    C(map, axle_map_unref, T, map_unref_T, ACCEPT),
    C(map, axle_map_domain, T, map_domain_T, ACCEPT),
    C(map, axle_map_codomain, T, map_codomain_T, ACCEPT),
    C(map, axle_map_field, T, map_field_T, ACCEPT),
    C(map, axle_map_is_operator, out, map_is_operator_out, REFUSE),
    C(map, axle_map_is_operator, T, map_is_operator_T, REFUSE),
    C(map, axle_map_add, out, map_add_out, REFUSE),
    C(map, axle_map_add, S, map_add_S, REFUSE),
    C(map, axle_map_add, T, map_add_T, REFUSE),
    C(map, axle_map_sub, out, map_sub_out, REFUSE),
    C(map, axle_map_sub, S, map_sub_S, REFUSE),
    C(map, axle_map_sub, T, map_sub_T, REFUSE),
    C(map, axle_map_scale, out, map_scale_out, REFUSE),
    C(map, axle_map_scale, c, map_scale_c, REFUSE),
    C(map, axle_map_scale, T, map_scale_T, REFUSE),
    C(map, axle_map_compose, out, map_compose_out, REFUSE),
    C(map, axle_map_compose, S, map_compose_S, REFUSE),
    C(map, axle_map_compose, T, map_compose_T, REFUSE),
    C(map, axle_map_pow, out, map_pow_out, REFUSE),
    C(map, axle_map_pow, T, map_pow_T, REFUSE),
    C(map, axle_map_poly, out, map_poly_out, REFUSE),
    C(map, axle_map_poly, p, map_poly_p, REFUSE),
    C(map, axle_map_poly, T, map_poly_T, REFUSE),
    C(map, axle_map_inverse, out, map_inverse_out, REFUSE),
    C(map, axle_map_inverse, T, map_inverse_T, REFUSE),
    C(map, axle_map_restrict, out, map_restrict_out, REFUSE),
    C(map, axle_map_restrict, T, map_restrict_T, REFUSE),
    C(map, axle_map_restrict, U, map_restrict_U, REFUSE),
    C(map, axle_map_induced, out, map_induced_out, REFUSE),
    C(map, axle_map_induced, T, map_induced_T, REFUSE),
    C(map, axle_map_dual, out, map_dual_out, REFUSE),
    C(map, axle_map_dual, T, map_dual_T, REFUSE),
    C(map, axle_space_maps, out, space_maps_out, REFUSE),
    C(map, axle_space_maps, V, space_maps_V, REFUSE),
    C(map, axle_space_maps, W, space_maps_W, REFUSE),
    C(map, axle_map_to_vector, out, map_to_vector_out, REFUSE),
    C(map, axle_map_to_vector, T, map_to_vector_T, REFUSE),
    C(map, axle_map_from_vector, out, map_from_vector_out, REFUSE),
    C(map, axle_map_from_vector, v, map_from_vector_v, REFUSE),
    C(map, axle_map_to_functional, out, map_to_functional_out, REFUSE),
    C(map, axle_map_to_functional, T, map_to_functional_T, REFUSE),
    C(map, axle_map_from_functional, out, map_from_functional_out, REFUSE),
    C(map, axle_map_from_functional, phi, map_from_functional_phi, REFUSE),
    C(map, axle_map_apply, out, map_apply_out, REFUSE),
    C(map, axle_map_apply, T, map_apply_T, REFUSE),
    C(map, axle_map_apply, v, map_apply_v, REFUSE),
    C(map, axle_map_matrix, out, map_matrix_out, REFUSE),
    C(map, axle_map_matrix, T, map_matrix_T, REFUSE),
    C(map, axle_map_matrix, beta, map_matrix_beta, ACCEPT),
    C(map, axle_map_matrix, gamma, map_matrix_gamma, ACCEPT),
    C(map, axle_map_equal, out, map_equal_out, REFUSE),
    C(map, axle_map_equal, S, map_equal_S, REFUSE),
    C(map, axle_map_equal, T, map_equal_T, REFUSE),
    C(map, axle_map_to_string, out, map_to_string_out, REFUSE),
    C(map, axle_map_to_string, T, map_to_string_T, REFUSE),
    C(map, axle_map_null, out, map_null_out, REFUSE),
    C(map, axle_map_null, T, map_null_T, REFUSE),
    C(map, axle_map_range, out, map_range_out, REFUSE),
    C(map, axle_map_range, T, map_range_T, REFUSE),
    C(map, axle_map_rank, out, map_rank_out, REFUSE),
    C(map, axle_map_rank, T, map_rank_T, REFUSE),
    C(map, axle_map_nullity, out, map_nullity_out, REFUSE),
    C(map, axle_map_nullity, T, map_nullity_T, REFUSE),
    C(map, axle_map_is_injective, out, map_is_injective_out, REFUSE),
    C(map, axle_map_is_injective, T, map_is_injective_T, REFUSE),
    C(map, axle_map_is_surjective, out, map_is_surjective_out, REFUSE),
    C(map, axle_map_is_surjective, T, map_is_surjective_T, REFUSE),
    C(map, axle_map_is_invertible, out, map_is_invertible_out, REFUSE),
    C(map, axle_map_is_invertible, T, map_is_invertible_T, REFUSE),
    C(map, axle_map_solve, v, map_solve_v, REFUSE),
    C(map, axle_map_solve, null, map_solve_null, ACCEPT),
    C(map, axle_map_solve, certificate, map_solve_certificate, ACCEPT),
    C(map, axle_map_solve, T, map_solve_T, REFUSE),
    C(map, axle_map_solve, w, map_solve_w, REFUSE),
    C(map, axle_map_trace, out, map_trace_out, REFUSE),
    C(map, axle_map_trace, T, map_trace_T, REFUSE),
    C(map, axle_map_det, out, map_det_out, REFUSE),
    C(map, axle_map_det, T, map_det_T, REFUSE),
    C(eigen, axle_matrix_charpoly, out, matrix_charpoly_out, REFUSE),
    C(eigen, axle_matrix_charpoly, A, matrix_charpoly_A, REFUSE),
    C(eigen, axle_matrix_minpoly, out, matrix_minpoly_out, REFUSE),
    C(eigen, axle_matrix_minpoly, A, matrix_minpoly_A, REFUSE),
    C(eigen, axle_matrix_minpoly_vector, out, matrix_minpoly_vector_out, REFUSE),
    C(eigen, axle_matrix_minpoly_vector, A, matrix_minpoly_vector_A, REFUSE),
    C(eigen, axle_matrix_minpoly_vector, v, matrix_minpoly_vector_v, REFUSE),
    C(eigen, axle_map_charpoly, out, map_charpoly_out, REFUSE),
    C(eigen, axle_map_charpoly, T, map_charpoly_T, REFUSE),
    C(eigen, axle_map_minpoly, out, map_minpoly_out, REFUSE),
    C(eigen, axle_map_minpoly, T, map_minpoly_T, REFUSE),
    C(eigen, axle_map_minpoly_vector, out, map_minpoly_vector_out, REFUSE),
    C(eigen, axle_map_minpoly_vector, T, map_minpoly_vector_T, REFUSE),
    C(eigen, axle_map_minpoly_vector, v, map_minpoly_vector_v, REFUSE),
    C(eigen, axle_matrix_eigen, out, matrix_eigen_out, REFUSE),
    C(eigen, axle_matrix_eigen, A, matrix_eigen_A, REFUSE),
    C(eigen, axle_map_eigen, out, map_eigen_out, REFUSE),
    C(eigen, axle_map_eigen, T, map_eigen_T, REFUSE),
    C(eigen, axle_eigen_ref, E, eigen_ref_E, ACCEPT),
    C(eigen, axle_eigen_unref, E, eigen_unref_E, ACCEPT),
    C(eigen, axle_eigen_field, E, eigen_field_E, ACCEPT),
    C(eigen, axle_eigen_dim, E, eigen_dim_E, ACCEPT),
    C(eigen, axle_eigen_count, E, eigen_count_E, ACCEPT),
    C(eigen, axle_eigen_charpoly, out, eigen_charpoly_out, REFUSE),
    C(eigen, axle_eigen_charpoly, E, eigen_charpoly_E, REFUSE),
    C(eigen, axle_eigen_minpoly, out, eigen_minpoly_out, REFUSE),
    C(eigen, axle_eigen_minpoly, E, eigen_minpoly_E, REFUSE),
    C(eigen, axle_eigen_value_string, out, eigen_value_string_out, REFUSE),
    C(eigen, axle_eigen_value_string, E, eigen_value_string_E, REFUSE),
    C(eigen, axle_eigen_value_double, re, eigen_value_double_re, REFUSE),
    C(eigen, axle_eigen_value_double, im, eigen_value_double_im, REFUSE),
    C(eigen, axle_eigen_value_double, E, eigen_value_double_E, REFUSE),
    C(eigen, axle_eigen_is_real, E, eigen_is_real_E, ACCEPT),
    C(eigen, axle_eigen_algebraic_multiplicity, E, eigen_algebraic_multiplicity_E, ACCEPT),
    C(eigen, axle_eigen_geometric_multiplicity, E, eigen_geometric_multiplicity_E, ACCEPT),
    C(eigen, axle_eigen_jordan_blocks, sizes, eigen_jordan_blocks_sizes, REFUSE),
    C(eigen, axle_eigen_jordan_blocks, count, eigen_jordan_blocks_count, REFUSE),
    C(eigen, axle_eigen_jordan_blocks, E, eigen_jordan_blocks_E, REFUSE),
    C(eigen, axle_eigen_eigenvector_count, E, eigen_eigenvector_count_E, ACCEPT),
    C(eigen, axle_eigen_eigenvector_double, re, eigen_eigenvector_double_re, REFUSE),
    C(eigen, axle_eigen_eigenvector_double, im, eigen_eigenvector_double_im, REFUSE),
    C(eigen, axle_eigen_eigenvector_double, E, eigen_eigenvector_double_E, REFUSE),
    C(eigen, axle_eigen_eigenvectors_string, out, eigen_eigenvectors_string_out, REFUSE),
    C(eigen, axle_eigen_eigenvectors_string, E, eigen_eigenvectors_string_E, REFUSE),
    C(eigen, axle_eigen_diagonalizable, E, eigen_diagonalizable_E, ACCEPT),
    C(eigen, axle_eigen_to_string, out, eigen_to_string_out, REFUSE),
    C(eigen, axle_eigen_to_string, E, eigen_to_string_E, REFUSE),
    C(eigen, axle_eigen_value, out, eigen_value_out, REFUSE),
    C(eigen, axle_eigen_value, E, eigen_value_E, REFUSE),
    C(eigen, axle_eigen_eigenspace, out, eigen_eigenspace_out, REFUSE),
    C(eigen, axle_eigen_eigenspace, E, eigen_eigenspace_E, REFUSE),
    C(eigen, axle_eigen_jordan_chains, out, eigen_jordan_chains_out, REFUSE),
    C(eigen, axle_eigen_jordan_chains, E, eigen_jordan_chains_E, REFUSE),
    C(eigen, axle_matrix_diagonalize, P, matrix_diagonalize_1, ACCEPT),
    C(eigen, axle_matrix_diagonalize, D, matrix_diagonalize_2, ACCEPT),
    C(eigen, axle_matrix_diagonalize, A, matrix_diagonalize_A, REFUSE),
    C(eigen, axle_matrix_triangularize, P, matrix_triangularize_1, ACCEPT),
    C(eigen, axle_matrix_triangularize, T, matrix_triangularize_2, ACCEPT),
    C(eigen, axle_matrix_triangularize, A, matrix_triangularize_A, REFUSE),
    C(eigen, axle_matrix_schur_complex, Qre, matrix_schur_complex_0, ACCEPT),
    C(eigen, axle_matrix_schur_complex, Qim, matrix_schur_complex_1, ACCEPT),
    C(eigen, axle_matrix_schur_complex, Tre, matrix_schur_complex_2, ACCEPT),
    C(eigen, axle_matrix_schur_complex, Tim, matrix_schur_complex_3, ACCEPT),
    C(eigen, axle_matrix_schur_complex, A, matrix_schur_complex_A, REFUSE),
    C(eigen, axle_matrix_jordan, J, matrix_jordan_1, ACCEPT),
    C(eigen, axle_matrix_jordan, P, matrix_jordan_2, ACCEPT),
    C(eigen, axle_matrix_jordan, A, matrix_jordan_A, REFUSE),
    C(eigen, axle_matrix_jordan_chevalley, S, matrix_jordan_chevalley_1, ACCEPT),
    C(eigen, axle_matrix_jordan_chevalley, N, matrix_jordan_chevalley_2, ACCEPT),
    C(eigen, axle_matrix_jordan_chevalley, A, matrix_jordan_chevalley_A, REFUSE),
    C(eigen, axle_map_eigenspace, out, map_eigenspace_out, REFUSE),
    C(eigen, axle_map_eigenspace, T, map_eigenspace_T, REFUSE),
    C(eigen, axle_map_eigenspace, lambda, map_eigenspace_lambda, REFUSE),
    C(eigen, axle_map_generalized_eigenspace, out, map_generalized_eigenspace_out, REFUSE),
    C(eigen, axle_map_generalized_eigenspace, T, map_generalized_eigenspace_T, REFUSE),
    C(eigen, axle_map_generalized_eigenspace, lambda, map_generalized_eigenspace_lambda, REFUSE),
    C(eigen, axle_map_primary_decomposition, spaces, map_primary_decomposition_spaces, REFUSE),
    C(eigen, axle_map_primary_decomposition, count, map_primary_decomposition_count, REFUSE),
    C(eigen, axle_map_primary_decomposition, T, map_primary_decomposition_T, REFUSE),
    C(inner, axle_inner_dot, out, inner_dot_out, REFUSE),
    C(inner, axle_inner_dot, V, inner_dot_V, REFUSE),
    C(inner, axle_inner_trace, out, inner_trace_out, REFUSE),
    C(inner, axle_inner_trace, V, inner_trace_V, REFUSE),
    C(inner, axle_inner_gram, out, inner_gram_out, REFUSE),
    C(inner, axle_inner_gram, V, inner_gram_V, REFUSE),
    C(inner, axle_inner_gram, G, inner_gram_G, REFUSE),
    C(inner, axle_inner_integral, out, inner_integral_out, REFUSE),
    C(inner, axle_inner_integral, V, inner_integral_V, REFUSE),
    C(inner, axle_inner_integral, a, inner_integral_a, REFUSE),
    C(inner, axle_inner_integral, b, inner_integral_b, REFUSE),
    C(inner, axle_inner_restrict, out, inner_restrict_out, REFUSE),
    C(inner, axle_inner_restrict, ip, inner_restrict_ip, REFUSE),
    C(inner, axle_inner_restrict, U, inner_restrict_U, REFUSE),
    C(inner, axle_inner_product, out, inner_product_out, REFUSE),
    C(inner, axle_inner_product, ip, inner_product_ip, REFUSE),
    C(inner, axle_inner_ref, ip, inner_ref_ip, ACCEPT),
    C(inner, axle_inner_unref, ip, inner_unref_ip, ACCEPT),
    C(inner, axle_inner_space, ip, inner_space_ip, ACCEPT),
    C(inner, axle_inner_field, ip, inner_field_ip, ACCEPT),
    C(inner, axle_inner_is_standard, ip, inner_is_standard_ip, ACCEPT),
    C(inner, axle_inner_gram_matrix, out, inner_gram_matrix_out, REFUSE),
    C(inner, axle_inner_gram_matrix, ip, inner_gram_matrix_ip, REFUSE),
    C(inner, axle_inner_to_string, out, inner_to_string_out, REFUSE),
    C(inner, axle_inner_to_string, ip, inner_to_string_ip, REFUSE),
    C(inner, axle_inner_apply, out, inner_apply_out, REFUSE),
    C(inner, axle_inner_apply, ip, inner_apply_ip, REFUSE),
    C(inner, axle_inner_apply, u, inner_apply_u, REFUSE),
    C(inner, axle_inner_apply, v, inner_apply_v, REFUSE),
    C(inner, axle_inner_norm_squared, out, inner_norm_squared_out, REFUSE),
    C(inner, axle_inner_norm_squared, ip, inner_norm_squared_ip, REFUSE),
    C(inner, axle_inner_norm_squared, v, inner_norm_squared_v, REFUSE),
    C(inner, axle_inner_norm_string, out, inner_norm_string_out, REFUSE),
    C(inner, axle_inner_norm_string, ip, inner_norm_string_ip, REFUSE),
    C(inner, axle_inner_norm_string, v, inner_norm_string_v, REFUSE),
    C(inner, axle_inner_norm_double, out, inner_norm_double_out, REFUSE),
    C(inner, axle_inner_norm_double, ip, inner_norm_double_ip, REFUSE),
    C(inner, axle_inner_norm_double, v, inner_norm_double_v, REFUSE),
    C(inner, axle_inner_norm, out, inner_norm_out, REFUSE),
    C(inner, axle_inner_norm, ip, inner_norm_ip, REFUSE),
    C(inner, axle_inner_norm, v, inner_norm_v, REFUSE),
    C(inner, axle_inner_is_orthogonal, out, inner_is_orthogonal_out, REFUSE),
    C(inner, axle_inner_is_orthogonal, ip, inner_is_orthogonal_ip, REFUSE),
    C(inner, axle_inner_is_orthogonal, u, inner_is_orthogonal_u, REFUSE),
    C(inner, axle_inner_is_orthogonal, v, inner_is_orthogonal_v, REFUSE),
    C(inner, axle_inner_is_orthogonal_list, out, inner_is_orthogonal_list_out, REFUSE),
    C(inner, axle_inner_is_orthogonal_list, ip, inner_is_orthogonal_list_ip, REFUSE),
    C(inner, axle_inner_is_orthogonal_list, v, inner_is_orthogonal_list_v, REFUSE),
    C(inner, axle_inner_gram_schmidt, out, inner_gram_schmidt_out, REFUSE),
    C(inner, axle_inner_gram_schmidt, ip, inner_gram_schmidt_ip, REFUSE),
    C(inner, axle_inner_gram_schmidt, v, inner_gram_schmidt_v, REFUSE),
    C(inner, axle_inner_orthonormal_basis, out, inner_orthonormal_basis_out, REFUSE),
    C(inner, axle_inner_orthonormal_basis, ip, inner_orthonormal_basis_ip, REFUSE),
    C(inner, axle_gs_ref, L, gs_ref_L, ACCEPT),
    C(inner, axle_gs_unref, L, gs_unref_L, ACCEPT),
    C(inner, axle_gs_count, L, gs_count_L, ACCEPT),
    C(inner, axle_gs_inner, L, gs_inner_L, ACCEPT),
    C(inner, axle_gs_orthogonal, out, gs_orthogonal_out, REFUSE),
    C(inner, axle_gs_orthogonal, L, gs_orthogonal_L, REFUSE),
    C(inner, axle_gs_norm_squared, out, gs_norm_squared_out, REFUSE),
    C(inner, axle_gs_norm_squared, L, gs_norm_squared_L, REFUSE),
    C(inner, axle_gs_orthonormal, out, gs_orthonormal_out, REFUSE),
    C(inner, axle_gs_orthonormal, L, gs_orthonormal_L, REFUSE),
    C(inner, axle_gs_orthonormal_string, out, gs_orthonormal_string_out, REFUSE),
    C(inner, axle_gs_orthonormal_string, L, gs_orthonormal_string_L, REFUSE),
    C(inner, axle_gs_orthonormal_double, out, gs_orthonormal_double_out, REFUSE),
    C(inner, axle_gs_orthonormal_double, L, gs_orthonormal_double_L, REFUSE),
    C(inner, axle_gs_coefficients, out, gs_coefficients_out, REFUSE),
    C(inner, axle_gs_coefficients, L, gs_coefficients_L, REFUSE),
    C(inner, axle_gs_coefficients, v, gs_coefficients_v, REFUSE),
    C(inner, axle_gs_to_string, out, gs_to_string_out, REFUSE),
    C(inner, axle_gs_to_string, L, gs_to_string_L, REFUSE),
    C(inner, axle_inner_riesz, out, inner_riesz_out, REFUSE),
    C(inner, axle_inner_riesz, ip, inner_riesz_ip, REFUSE),
    C(inner, axle_inner_riesz, phi, inner_riesz_phi, REFUSE),
    C(inner, axle_inner_complement, out, inner_complement_out, REFUSE),
    C(inner, axle_inner_complement, ip, inner_complement_ip, REFUSE),
    C(inner, axle_inner_complement, U, inner_complement_U, REFUSE),
    C(inner, axle_inner_project, out, inner_project_out, REFUSE),
    C(inner, axle_inner_project, ip, inner_project_ip, REFUSE),
    C(inner, axle_inner_project, U, inner_project_U, REFUSE),
    C(inner, axle_inner_project, v, inner_project_v, REFUSE),
    C(inner, axle_inner_projection, out, inner_projection_out, REFUSE),
    C(inner, axle_inner_projection, ip, inner_projection_ip, REFUSE),
    C(inner, axle_inner_projection, U, inner_projection_U, REFUSE),
    C(inner, axle_inner_distance_squared, out, inner_distance_squared_out, REFUSE),
    C(inner, axle_inner_distance_squared, ip, inner_distance_squared_ip, REFUSE),
    C(inner, axle_inner_distance_squared, U, inner_distance_squared_U, REFUSE),
    C(inner, axle_inner_distance_squared, v, inner_distance_squared_v, REFUSE),
    C(inner, axle_matrix_lstsq, x, matrix_lstsq_x, REFUSE),
    C(inner, axle_matrix_lstsq, rank, matrix_lstsq_rank, ACCEPT),
    C(inner, axle_matrix_lstsq, residual_squared, matrix_lstsq_residual_squared, ACCEPT),
    C(inner, axle_matrix_lstsq, A, matrix_lstsq_A, REFUSE),
    C(inner, axle_matrix_lstsq, B, matrix_lstsq_B, REFUSE),
    C(inner, axle_matrix_pinv, out, matrix_pinv_out, REFUSE),
    C(inner, axle_matrix_pinv, A, matrix_pinv_A, REFUSE),
    C(inner, axle_map_lstsq, out, map_lstsq_out, REFUSE),
    C(inner, axle_map_lstsq, ipV, map_lstsq_ipV, REFUSE),
    C(inner, axle_map_lstsq, ipW, map_lstsq_ipW, REFUSE),
    C(inner, axle_map_lstsq, T, map_lstsq_T, REFUSE),
    C(inner, axle_map_lstsq, w, map_lstsq_w, REFUSE),
    C(inner, axle_map_pseudoinverse, out, map_pseudoinverse_out, REFUSE),
    C(inner, axle_map_pseudoinverse, ipV, map_pseudoinverse_ipV, REFUSE),
    C(inner, axle_map_pseudoinverse, ipW, map_pseudoinverse_ipW, REFUSE),
    C(inner, axle_map_pseudoinverse, T, map_pseudoinverse_T, REFUSE),
    C(inner, axle_map_adjoint, out, map_adjoint_out, REFUSE),
    C(inner, axle_map_adjoint, ipV, map_adjoint_ipV, REFUSE),
    C(inner, axle_map_adjoint, ipW, map_adjoint_ipW, REFUSE),
    C(inner, axle_map_adjoint, T, map_adjoint_T, REFUSE),
    C(inner, axle_map_is_self_adjoint, out, map_is_self_adjoint_out, REFUSE),
    C(inner, axle_map_is_self_adjoint, ip, map_is_self_adjoint_ip, REFUSE),
    C(inner, axle_map_is_self_adjoint, T, map_is_self_adjoint_T, REFUSE),
    C(inner, axle_map_is_normal, out, map_is_normal_out, REFUSE),
    C(inner, axle_map_is_normal, ip, map_is_normal_ip, REFUSE),
    C(inner, axle_map_is_normal, T, map_is_normal_T, REFUSE),
    C(inner, axle_map_is_positive, out, map_is_positive_out, REFUSE),
    C(inner, axle_map_is_positive, ip, map_is_positive_ip, REFUSE),
    C(inner, axle_map_is_positive, T, map_is_positive_T, REFUSE),
    C(inner, axle_map_is_isometry, out, map_is_isometry_out, REFUSE),
    C(inner, axle_map_is_isometry, ipV, map_is_isometry_ipV, REFUSE),
    C(inner, axle_map_is_isometry, ipW, map_is_isometry_ipW, REFUSE),
    C(inner, axle_map_is_isometry, T, map_is_isometry_T, REFUSE),
    C(inner, axle_map_spectral, basis, map_spectral_basis, ACCEPT),
    C(inner, axle_map_spectral, values, map_spectral_values, ACCEPT),
    C(inner, axle_map_spectral, ip, map_spectral_ip, REFUSE),
    C(inner, axle_map_spectral, T, map_spectral_T, REFUSE),
    C(inner, axle_map_sqrt, out, map_sqrt_out, REFUSE),
    C(inner, axle_map_sqrt, ip, map_sqrt_ip, REFUSE),
    C(inner, axle_map_sqrt, T, map_sqrt_T, REFUSE),
    C(inner, axle_map_polar, S, map_polar_S, ACCEPT),
    C(inner, axle_map_polar, P, map_polar_P, ACCEPT),
    C(inner, axle_map_polar, ip, map_polar_ip, REFUSE),
    C(inner, axle_map_polar, T, map_polar_T, REFUSE),
    C(inner, axle_matrix_qr, Q, matrix_qr_Q, REFUSE),
    C(inner, axle_matrix_qr, R, matrix_qr_R, REFUSE),
    C(inner, axle_matrix_qr, A, matrix_qr_A, REFUSE),
    C(inner, axle_matrix_qr_orthogonal, Q, matrix_qr_orthogonal_Q, REFUSE),
    C(inner, axle_matrix_qr_orthogonal, R, matrix_qr_orthogonal_R, REFUSE),
    C(inner, axle_matrix_qr_orthogonal, d, matrix_qr_orthogonal_d, ACCEPT),
    C(inner, axle_matrix_qr_orthogonal, A, matrix_qr_orthogonal_A, REFUSE),
    C(inner, axle_matrix_cholesky, L, matrix_cholesky_L, REFUSE),
    C(inner, axle_matrix_cholesky, A, matrix_cholesky_A, REFUSE),
    C(inner, axle_matrix_ldl, L, matrix_ldl_L, REFUSE),
    C(inner, axle_matrix_ldl, D, matrix_ldl_D, REFUSE),
    C(inner, axle_matrix_ldl, A, matrix_ldl_A, REFUSE),
    C(inner, axle_map_svd, out, map_svd_out, REFUSE),
    C(inner, axle_map_svd, ipV, map_svd_ipV, REFUSE),
    C(inner, axle_map_svd, ipW, map_svd_ipW, REFUSE),
    C(inner, axle_map_svd, T, map_svd_T, REFUSE),
    C(inner, axle_matrix_svd, out, matrix_svd_out, REFUSE),
    C(inner, axle_matrix_svd, A, matrix_svd_A, REFUSE),
    C(inner, axle_svd_ref, S, svd_ref_S, ACCEPT),
    C(inner, axle_svd_unref, S, svd_unref_S, ACCEPT),
    C(inner, axle_svd_field, S, svd_field_S, ACCEPT),
    C(inner, axle_svd_count, S, svd_count_S, ACCEPT),
    C(inner, axle_svd_multiplicity, S, svd_multiplicity_S, ACCEPT),
    C(inner, axle_svd_value_string, out, svd_value_string_out, REFUSE),
    C(inner, axle_svd_value_string, S, svd_value_string_S, REFUSE),
    C(inner, axle_svd_value_double, out, svd_value_double_out, REFUSE),
    C(inner, axle_svd_value_double, S, svd_value_double_S, REFUSE),
    C(inner, axle_svd_value, out, svd_value_out, REFUSE),
    C(inner, axle_svd_value, S, svd_value_S, REFUSE),
    C(inner, axle_svd_matrices, U, svd_matrices_U, ACCEPT),
    C(inner, axle_svd_matrices, Sigma, svd_matrices_Sigma, ACCEPT),
    C(inner, axle_svd_matrices, Vt, svd_matrices_Vt, ACCEPT),
    C(inner, axle_svd_matrices, S, svd_matrices_S, REFUSE),
    C(inner, axle_svd_to_string, out, svd_to_string_out, REFUSE),
    C(inner, axle_svd_to_string, S, svd_to_string_S, REFUSE),
    C(inner, axle_map_norm, out, map_norm_out, REFUSE),
    C(inner, axle_map_norm, ipV, map_norm_ipV, REFUSE),
    C(inner, axle_map_norm, ipW, map_norm_ipW, REFUSE),
    C(inner, axle_map_norm, T, map_norm_T, REFUSE),
    C(inner, axle_map_norm_double, out, map_norm_double_out, REFUSE),
    C(inner, axle_map_norm_double, ipV, map_norm_double_ipV, REFUSE),
    C(inner, axle_map_norm_double, ipW, map_norm_double_ipW, REFUSE),
    C(inner, axle_map_norm_double, T, map_norm_double_T, REFUSE),
    C(inner, axle_map_best_rank, out, map_best_rank_out, REFUSE),
    C(inner, axle_map_best_rank, ipV, map_best_rank_ipV, REFUSE),
    C(inner, axle_map_best_rank, ipW, map_best_rank_ipW, REFUSE),
    C(inner, axle_map_best_rank, T, map_best_rank_T, REFUSE),
    C(list, axle_list_in_span, out, list_in_span_out, REFUSE),
    C(list, axle_list_in_span, coeffs, list_in_span_coeffs, ACCEPT),
    C(list, axle_list_in_span, V, list_in_span_V, REFUSE),
    C(list, axle_list_in_span, v, list_in_span_v, REFUSE),
    C(list, axle_list_in_span, w, list_in_span_w, REFUSE),
    C(list, axle_list_dim, out, list_dim_out, REFUSE),
    C(list, axle_list_dim, V, list_dim_V, REFUSE),
    C(list, axle_list_dim, v, list_dim_v, REFUSE),
    C(list, axle_list_reduce_to_basis, kept, list_reduce_to_basis_kept, REFUSE),
    C(list, axle_list_reduce_to_basis, count, list_reduce_to_basis_count, REFUSE),
    C(list, axle_list_reduce_to_basis, V, list_reduce_to_basis_V, REFUSE),
    C(list, axle_list_reduce_to_basis, v, list_reduce_to_basis_v, REFUSE),
    C(list, axle_list_extend_to_basis, added, list_extend_to_basis_added, REFUSE),
    C(list, axle_list_extend_to_basis, count, list_extend_to_basis_count, REFUSE),
    C(list, axle_list_extend_to_basis, V, list_extend_to_basis_V, REFUSE),
    C(list, axle_list_extend_to_basis, v, list_extend_to_basis_v, REFUSE),
    C(matrix, axle_matrix_new, out, matrix_new_out, REFUSE),
    C(matrix, axle_matrix_identity, out, matrix_identity_out, REFUSE),
    C(matrix, axle_matrix_from_ints, out, matrix_from_ints_out, REFUSE),
    C(matrix, axle_matrix_from_ints, entries, matrix_from_ints_entries, REFUSE),
    C(matrix, axle_matrix_from_fracs, out, matrix_from_fracs_out, REFUSE),
    C(matrix, axle_matrix_from_fracs, num, matrix_from_fracs_num, REFUSE),
    C(matrix, axle_matrix_from_fracs, den, matrix_from_fracs_den, REFUSE),
    C(matrix, axle_matrix_from_doubles, out, matrix_from_doubles_out, REFUSE),
    C(matrix, axle_matrix_from_doubles, entries, matrix_from_doubles_entries, REFUSE),
    C(matrix, axle_matrix_copy, out, matrix_copy_out, REFUSE),
    C(matrix, axle_matrix_copy, A, matrix_copy_A, REFUSE),
    C(matrix, axle_matrix_free, A, matrix_free_A, ACCEPT),
    C(matrix, axle_matrix_field, A, matrix_field_A, ACCEPT),
    C(matrix, axle_matrix_rows, A, matrix_rows_A, ACCEPT),
    C(matrix, axle_matrix_cols, A, matrix_cols_A, ACCEPT),
    C(matrix, axle_matrix_get, out, matrix_get_out, REFUSE),
    C(matrix, axle_matrix_get, A, matrix_get_A, REFUSE),
    C(matrix, axle_matrix_set, A, matrix_set_A, REFUSE),
    C(matrix, axle_matrix_set, x, matrix_set_x, REFUSE),
    C(matrix, axle_matrix_set_frac, A, matrix_set_frac_A, REFUSE),
    C(matrix, axle_matrix_set_double, A, matrix_set_double_A, REFUSE),
    C(matrix, axle_matrix_get_double, out, matrix_get_double_out, REFUSE),
    C(matrix, axle_matrix_get_double, A, matrix_get_double_A, REFUSE),
    C(matrix, axle_matrix_get_mpq, rop, matrix_get_mpq_rop, REFUSE),
    C(matrix, axle_matrix_get_mpq, A, matrix_get_mpq_A, REFUSE),
    C(matrix, axle_matrix_set_mpq, A, matrix_set_mpq_A, REFUSE),
    C(matrix, axle_matrix_set_mpq, q, matrix_set_mpq_q, REFUSE),
    C(matrix, axle_matrix_rr_data, A, matrix_rr_data_A, ACCEPT),
    C(matrix, axle_matrix_rr_data, ld, matrix_rr_data_ld, ACCEPT),
    C(matrix, axle_matrix_rr_const_data, A, matrix_rr_const_data_A, ACCEPT),
    C(matrix, axle_matrix_rr_const_data, ld, matrix_rr_const_data_ld, ACCEPT),
    C(matrix, axle_matrix_equal, A, matrix_equal_A, ACCEPT),
    C(matrix, axle_matrix_equal, B, matrix_equal_B, ACCEPT),
    C(matrix, axle_matrix_convert, out, matrix_convert_out, REFUSE),
    C(matrix, axle_matrix_convert, A, matrix_convert_A, REFUSE),
    C(matrix, axle_matrix_transpose, out, matrix_transpose_out, REFUSE),
    C(matrix, axle_matrix_transpose, A, matrix_transpose_A, REFUSE),
    C(matrix, axle_matrix_add, out, matrix_add_out, REFUSE),
    C(matrix, axle_matrix_add, A, matrix_add_A, REFUSE),
    C(matrix, axle_matrix_add, B, matrix_add_B, REFUSE),
    C(matrix, axle_matrix_sub, out, matrix_sub_out, REFUSE),
    C(matrix, axle_matrix_sub, A, matrix_sub_A, REFUSE),
    C(matrix, axle_matrix_sub, B, matrix_sub_B, REFUSE),
    C(matrix, axle_matrix_scale, out, matrix_scale_out, REFUSE),
    C(matrix, axle_matrix_scale, c, matrix_scale_c, REFUSE),
    C(matrix, axle_matrix_scale, A, matrix_scale_A, REFUSE),
    C(matrix, axle_matrix_mul, out, matrix_mul_out, REFUSE),
    C(matrix, axle_matrix_mul, A, matrix_mul_A, REFUSE),
    C(matrix, axle_matrix_mul, B, matrix_mul_B, REFUSE),
    C(matrix, axle_matrix_rref, out, matrix_rref_out, REFUSE),
    C(matrix, axle_matrix_rref, pivots, matrix_rref_pivots, ACCEPT),
    C(matrix, axle_matrix_rref, rank, matrix_rref_rank, ACCEPT),
    C(matrix, axle_matrix_rref, A, matrix_rref_A, REFUSE),
    C(matrix, axle_matrix_rank, out, matrix_rank_out, REFUSE),
    C(matrix, axle_matrix_rank, A, matrix_rank_A, REFUSE),
    C(matrix, axle_matrix_null, out, matrix_null_out, REFUSE),
    C(matrix, axle_matrix_null, A, matrix_null_A, REFUSE),
    C(matrix, axle_matrix_solve, x, matrix_solve_x, REFUSE),
    C(matrix, axle_matrix_solve, null, matrix_solve_null, ACCEPT),
    C(matrix, axle_matrix_solve, A, matrix_solve_A, REFUSE),
    C(matrix, axle_matrix_solve, B, matrix_solve_B, REFUSE),
    C(matrix, axle_matrix_inverse, out, matrix_inverse_out, REFUSE),
    C(matrix, axle_matrix_inverse, A, matrix_inverse_A, REFUSE),
    C(matrix, axle_matrix_det, out, matrix_det_out, REFUSE),
    C(matrix, axle_matrix_det, A, matrix_det_A, REFUSE),
    C(matrix, axle_matrix_trace, out, matrix_trace_out, REFUSE),
    C(matrix, axle_matrix_trace, A, matrix_trace_A, REFUSE),
    C(numfield, axle_numfield_new, out, numfield_new_out, REFUSE),
    C(numfield, axle_numfield_new, p, numfield_new_p, REFUSE),
    C(numfield, axle_numfield_new, name, numfield_new_name, ACCEPT),
    C(numfield, axle_numfield_parse, out, numfield_parse_out, REFUSE),
    C(numfield, axle_numfield_parse, poly, numfield_parse_poly, REFUSE),
    C(numfield, axle_numfield_parse, name, numfield_parse_name, ACCEPT),
    C(numfield, axle_numfield_ref, K, numfield_ref_K, ACCEPT),
    C(numfield, axle_numfield_unref, K, numfield_unref_K, ACCEPT),
    C(numfield, axle_numfield_degree, K, numfield_degree_K, ACCEPT),
    C(numfield, axle_numfield_modulus, out, numfield_modulus_out, REFUSE),
    C(numfield, axle_numfield_modulus, K, numfield_modulus_K, REFUSE),
    C(numfield, axle_numfield_equal, K, numfield_equal_K, ACCEPT),
    C(numfield, axle_numfield_equal, L, numfield_equal_L, ACCEPT),
    C(numfield, axle_nfelem_from_int, out, nfelem_from_int_out, REFUSE),
    C(numfield, axle_nfelem_from_int, K, nfelem_from_int_K, REFUSE),
    C(numfield, axle_nfelem_from_frac, out, nfelem_from_frac_out, REFUSE),
    C(numfield, axle_nfelem_from_frac, K, nfelem_from_frac_K, REFUSE),
    C(numfield, axle_nfelem_from_mpq, out, nfelem_from_mpq_out, REFUSE),
    C(numfield, axle_nfelem_from_mpq, K, nfelem_from_mpq_K, REFUSE),
    C(numfield, axle_nfelem_from_mpq, q, nfelem_from_mpq_q, REFUSE),
    C(numfield, axle_nfelem_from_scalar, out, nfelem_from_scalar_out, REFUSE),
    C(numfield, axle_nfelem_from_scalar, K, nfelem_from_scalar_K, REFUSE),
    C(numfield, axle_nfelem_from_scalar, x, nfelem_from_scalar_x, REFUSE),
    C(numfield, axle_nfelem_from_poly, out, nfelem_from_poly_out, REFUSE),
    C(numfield, axle_nfelem_from_poly, K, nfelem_from_poly_K, REFUSE),
    C(numfield, axle_nfelem_from_poly, q, nfelem_from_poly_q, REFUSE),
    C(numfield, axle_nfelem_gen, out, nfelem_gen_out, REFUSE),
    C(numfield, axle_nfelem_gen, K, nfelem_gen_K, REFUSE),
    C(numfield, axle_nfelem_parse, out, nfelem_parse_out, REFUSE),
    C(numfield, axle_nfelem_parse, K, nfelem_parse_K, REFUSE),
    C(numfield, axle_nfelem_parse, text, nfelem_parse_text, REFUSE),
    C(numfield, axle_nfelem_copy, out, nfelem_copy_out, REFUSE),
    C(numfield, axle_nfelem_copy, x, nfelem_copy_x, REFUSE),
    C(numfield, axle_nfelem_free, x, nfelem_free_x, ACCEPT),
    C(numfield, axle_nfelem_field, x, nfelem_field_x, ACCEPT),
    C(numfield, axle_nfelem_is_zero, x, nfelem_is_zero_x, ACCEPT),
    C(numfield, axle_nfelem_is_one, x, nfelem_is_one_x, ACCEPT),
    C(numfield, axle_nfelem_is_rational, x, nfelem_is_rational_x, ACCEPT),
    C(numfield, axle_nfelem_equal, x, nfelem_equal_x, ACCEPT),
    C(numfield, axle_nfelem_equal, y, nfelem_equal_y, ACCEPT),
    C(numfield, axle_nfelem_to_poly, out, nfelem_to_poly_out, REFUSE),
    C(numfield, axle_nfelem_to_poly, x, nfelem_to_poly_x, REFUSE),
    C(numfield, axle_nfelem_coeff_mpq, rop, nfelem_coeff_mpq_rop, ACCEPT),
    C(numfield, axle_nfelem_coeff_mpq, x, nfelem_coeff_mpq_x, ACCEPT),
    C(numfield, axle_nfelem_add, out, nfelem_add_out, REFUSE),
    C(numfield, axle_nfelem_add, x, nfelem_add_x, REFUSE),
    C(numfield, axle_nfelem_add, y, nfelem_add_y, REFUSE),
    C(numfield, axle_nfelem_sub, out, nfelem_sub_out, REFUSE),
    C(numfield, axle_nfelem_sub, x, nfelem_sub_x, REFUSE),
    C(numfield, axle_nfelem_sub, y, nfelem_sub_y, REFUSE),
    C(numfield, axle_nfelem_mul, out, nfelem_mul_out, REFUSE),
    C(numfield, axle_nfelem_mul, x, nfelem_mul_x, REFUSE),
    C(numfield, axle_nfelem_mul, y, nfelem_mul_y, REFUSE),
    C(numfield, axle_nfelem_div, out, nfelem_div_out, REFUSE),
    C(numfield, axle_nfelem_div, x, nfelem_div_x, REFUSE),
    C(numfield, axle_nfelem_div, y, nfelem_div_y, REFUSE),
    C(numfield, axle_nfelem_neg, out, nfelem_neg_out, REFUSE),
    C(numfield, axle_nfelem_neg, x, nfelem_neg_x, REFUSE),
    C(numfield, axle_nfelem_inv, out, nfelem_inv_out, REFUSE),
    C(numfield, axle_nfelem_inv, x, nfelem_inv_x, REFUSE),
    C(numfield, axle_nfelem_pow, out, nfelem_pow_out, REFUSE),
    C(numfield, axle_nfelem_pow, x, nfelem_pow_x, REFUSE),
    C(numfield, axle_nfelem_norm, out, nfelem_norm_out, REFUSE),
    C(numfield, axle_nfelem_norm, x, nfelem_norm_x, REFUSE),
    C(numfield, axle_nfelem_trace, out, nfelem_trace_out, REFUSE),
    C(numfield, axle_nfelem_trace, x, nfelem_trace_x, REFUSE),
    C(numfield, axle_nfelem_minpoly, out, nfelem_minpoly_out, REFUSE),
    C(numfield, axle_nfelem_minpoly, x, nfelem_minpoly_x, REFUSE),
    C(numfield, axle_nfelem_charpoly, out, nfelem_charpoly_out, REFUSE),
    C(numfield, axle_nfelem_charpoly, x, nfelem_charpoly_x, REFUSE),
    C(numfield, axle_nfelem_mul_matrix, out, nfelem_mul_matrix_out, REFUSE),
    C(numfield, axle_nfelem_mul_matrix, x, nfelem_mul_matrix_x, REFUSE),
    C(numfield, axle_nfelem_to_string, out, nfelem_to_string_out, REFUSE),
    C(numfield, axle_nfelem_to_string, x, nfelem_to_string_x, REFUSE),
    C(numfield, axle_nfmatrix_new, out, nfmatrix_new_out, REFUSE),
    C(numfield, axle_nfmatrix_new, K, nfmatrix_new_K, REFUSE),
    C(numfield, axle_nfmatrix_from_matrix, out, nfmatrix_from_matrix_out, REFUSE),
    C(numfield, axle_nfmatrix_from_matrix, K, nfmatrix_from_matrix_K, REFUSE),
    C(numfield, axle_nfmatrix_from_matrix, A, nfmatrix_from_matrix_A, REFUSE),
    C(numfield, axle_nfmatrix_from_shift, out, nfmatrix_from_shift_out, REFUSE),
    C(numfield, axle_nfmatrix_from_shift, A, nfmatrix_from_shift_A, REFUSE),
    C(numfield, axle_nfmatrix_from_shift, c, nfmatrix_from_shift_c, REFUSE),
    C(numfield, axle_nfmatrix_copy, out, nfmatrix_copy_out, REFUSE),
    C(numfield, axle_nfmatrix_copy, M, nfmatrix_copy_M, REFUSE),
    C(numfield, axle_nfmatrix_free, M, nfmatrix_free_M, ACCEPT),
    C(numfield, axle_nfmatrix_field, M, nfmatrix_field_M, ACCEPT),
    C(numfield, axle_nfmatrix_rows, M, nfmatrix_rows_M, ACCEPT),
    C(numfield, axle_nfmatrix_cols, M, nfmatrix_cols_M, ACCEPT),
    C(numfield, axle_nfmatrix_get, out, nfmatrix_get_out, REFUSE),
    C(numfield, axle_nfmatrix_get, M, nfmatrix_get_M, REFUSE),
    C(numfield, axle_nfmatrix_set, M, nfmatrix_set_M, REFUSE),
    C(numfield, axle_nfmatrix_set, x, nfmatrix_set_x, REFUSE),
    C(numfield, axle_nfmatrix_equal, M, nfmatrix_equal_M, ACCEPT),
    C(numfield, axle_nfmatrix_equal, N, nfmatrix_equal_N, ACCEPT),
    C(numfield, axle_nfmatrix_is_zero, M, nfmatrix_is_zero_M, ACCEPT),
    C(numfield, axle_nfmatrix_mul, out, nfmatrix_mul_out, REFUSE),
    C(numfield, axle_nfmatrix_mul, M, nfmatrix_mul_M, REFUSE),
    C(numfield, axle_nfmatrix_mul, N, nfmatrix_mul_N, REFUSE),
    C(numfield, axle_nfmatrix_rref, out, nfmatrix_rref_out, REFUSE),
    C(numfield, axle_nfmatrix_rref, pivots, nfmatrix_rref_pivots, ACCEPT),
    C(numfield, axle_nfmatrix_rref, rank, nfmatrix_rref_rank, ACCEPT),
    C(numfield, axle_nfmatrix_rref, M, nfmatrix_rref_M, REFUSE),
    C(numfield, axle_nfmatrix_rank, out, nfmatrix_rank_out, REFUSE),
    C(numfield, axle_nfmatrix_rank, M, nfmatrix_rank_M, REFUSE),
    C(numfield, axle_nfmatrix_null, out, nfmatrix_null_out, REFUSE),
    C(numfield, axle_nfmatrix_null, M, nfmatrix_null_M, REFUSE),
    C(numfield, axle_nfmatrix_eigenspace, out, nfmatrix_eigenspace_out, REFUSE),
    C(numfield, axle_nfmatrix_eigenspace, A, nfmatrix_eigenspace_A, REFUSE),
    C(numfield, axle_nfmatrix_eigenspace, c, nfmatrix_eigenspace_c, REFUSE),
    C(numfield, axle_nfmatrix_to_string, out, nfmatrix_to_string_out, REFUSE),
    C(numfield, axle_nfmatrix_to_string, M, nfmatrix_to_string_M, REFUSE),
    C(poly, axle_poly_from_ints, out, poly_from_ints_out, REFUSE),
    C(poly, axle_poly_from_ints, c, poly_from_ints_c, REFUSE),
    C(poly, axle_poly_from_fracs, out, poly_from_fracs_out, REFUSE),
    C(poly, axle_poly_from_fracs, num, poly_from_fracs_num, REFUSE),
    C(poly, axle_poly_from_fracs, den, poly_from_fracs_den, REFUSE),
    C(poly, axle_poly_from_doubles, out, poly_from_doubles_out, REFUSE),
    C(poly, axle_poly_from_doubles, c, poly_from_doubles_c, REFUSE),
    C(poly, axle_poly_from_mpq, out, poly_from_mpq_out, REFUSE),
    C(poly, axle_poly_from_mpq, c, poly_from_mpq_c, REFUSE),
    C(poly, axle_poly_from_scalars, out, poly_from_scalars_out, REFUSE),
    C(poly, axle_poly_from_scalars, c, poly_from_scalars_c, REFUSE),
    C(poly, axle_poly_constant, out, poly_constant_out, REFUSE),
    C(poly, axle_poly_constant, c, poly_constant_c, REFUSE),
    C(poly, axle_poly_monomial, out, poly_monomial_out, REFUSE),
    C(poly, axle_poly_copy, out, poly_copy_out, REFUSE),
    C(poly, axle_poly_copy, p, poly_copy_p, REFUSE),
    C(poly, axle_poly_convert, out, poly_convert_out, REFUSE),
    C(poly, axle_poly_convert, p, poly_convert_p, REFUSE),
    C(poly, axle_poly_free, p, poly_free_p, ACCEPT),
    C(poly, axle_poly_field, p, poly_field_p, ACCEPT),
    C(poly, axle_poly_degree, p, poly_degree_p, ACCEPT),
    C(poly, axle_poly_is_zero, p, poly_is_zero_p, ACCEPT),
    C(poly, axle_poly_equal, p, poly_equal_p, ACCEPT),
    C(poly, axle_poly_equal, q, poly_equal_q, ACCEPT),
    C(poly, axle_poly_coeff, out, poly_coeff_out, REFUSE),
    C(poly, axle_poly_coeff, p, poly_coeff_p, REFUSE),
    C(poly, axle_poly_coeff_mpq, rop, poly_coeff_mpq_rop, ACCEPT),
    C(poly, axle_poly_coeff_mpq, p, poly_coeff_mpq_p, ACCEPT),
    C(poly, axle_poly_leading, out, poly_leading_out, REFUSE),
    C(poly, axle_poly_leading, p, poly_leading_p, REFUSE),
    C(poly, axle_poly_add, out, poly_add_out, REFUSE),
    C(poly, axle_poly_add, p, poly_add_p, REFUSE),
    C(poly, axle_poly_add, q, poly_add_q, REFUSE),
    C(poly, axle_poly_sub, out, poly_sub_out, REFUSE),
    C(poly, axle_poly_sub, p, poly_sub_p, REFUSE),
    C(poly, axle_poly_sub, q, poly_sub_q, REFUSE),
    C(poly, axle_poly_mul, out, poly_mul_out, REFUSE),
    C(poly, axle_poly_mul, p, poly_mul_p, REFUSE),
    C(poly, axle_poly_mul, q, poly_mul_q, REFUSE),
    C(poly, axle_poly_neg, out, poly_neg_out, REFUSE),
    C(poly, axle_poly_neg, p, poly_neg_p, REFUSE),
    C(poly, axle_poly_scale, out, poly_scale_out, REFUSE),
    C(poly, axle_poly_scale, c, poly_scale_c, REFUSE),
    C(poly, axle_poly_scale, p, poly_scale_p, REFUSE),
    C(poly, axle_poly_pow, out, poly_pow_out, REFUSE),
    C(poly, axle_poly_pow, p, poly_pow_p, REFUSE),
    C(poly, axle_poly_divrem, q, poly_divrem_q, ACCEPT),
    C(poly, axle_poly_divrem, r, poly_divrem_r, ACCEPT),
    C(poly, axle_poly_divrem, a, poly_divrem_a, REFUSE),
    C(poly, axle_poly_divrem, b, poly_divrem_b, REFUSE),
    C(poly, axle_poly_gcd, out, poly_gcd_out, REFUSE),
    C(poly, axle_poly_gcd, a, poly_gcd_a, REFUSE),
    C(poly, axle_poly_gcd, b, poly_gcd_b, REFUSE),
    C(poly, axle_poly_xgcd, g, poly_xgcd_g, ACCEPT),
    C(poly, axle_poly_xgcd, s, poly_xgcd_s, ACCEPT),
    C(poly, axle_poly_xgcd, t, poly_xgcd_t, ACCEPT),
    C(poly, axle_poly_xgcd, a, poly_xgcd_a, REFUSE),
    C(poly, axle_poly_xgcd, b, poly_xgcd_b, REFUSE),
    C(poly, axle_poly_derivative, out, poly_derivative_out, REFUSE),
    C(poly, axle_poly_derivative, p, poly_derivative_p, REFUSE),
    C(poly, axle_poly_compose, out, poly_compose_out, REFUSE),
    C(poly, axle_poly_compose, p, poly_compose_p, REFUSE),
    C(poly, axle_poly_compose, q, poly_compose_q, REFUSE),
    C(poly, axle_poly_eval, out, poly_eval_out, REFUSE),
    C(poly, axle_poly_eval, p, poly_eval_p, REFUSE),
    C(poly, axle_poly_eval, x, poly_eval_x, REFUSE),
    C(poly, axle_poly_eval_matrix, out, poly_eval_matrix_out, REFUSE),
    C(poly, axle_poly_eval_matrix, p, poly_eval_matrix_p, REFUSE),
    C(poly, axle_poly_eval_matrix, A, poly_eval_matrix_A, REFUSE),
    C(poly, axle_poly_content, out, poly_content_out, REFUSE),
    C(poly, axle_poly_content, p, poly_content_p, REFUSE),
    C(poly, axle_poly_primitive, out, poly_primitive_out, REFUSE),
    C(poly, axle_poly_primitive, p, poly_primitive_p, REFUSE),
    C(poly, axle_poly_to_string, out, poly_to_string_out, REFUSE),
    C(poly, axle_poly_to_string, p, poly_to_string_p, REFUSE),
    C(poly, axle_poly_parse, out, poly_parse_out, REFUSE),
    C(poly, axle_poly_parse, text, poly_parse_text, REFUSE),
    C(poly, axle_poly_squarefree, out, poly_squarefree_out, REFUSE),
    C(poly, axle_poly_squarefree, p, poly_squarefree_p, REFUSE),
    C(poly, axle_poly_factor, out, poly_factor_out, REFUSE),
    C(poly, axle_poly_factor, p, poly_factor_p, REFUSE),
    C(poly, axle_poly_factors_free, f, poly_factors_free_f, ACCEPT),
    C(poly, axle_poly_factors_count, f, poly_factors_count_f, ACCEPT),
    C(poly, axle_poly_factors_unit, f, poly_factors_unit_f, ACCEPT),
    C(poly, axle_poly_factors_get, f, poly_factors_get_f, ACCEPT),
    C(poly, axle_poly_factors_get, mult, poly_factors_get_mult, ACCEPT),
    C(poly, axle_poly_rational_roots, roots, poly_rational_roots_roots, REFUSE),
    C(poly, axle_poly_rational_roots, mult, poly_rational_roots_mult, ACCEPT),
    C(poly, axle_poly_rational_roots, p, poly_rational_roots_p, REFUSE),
    C(scalar, axle_scalar_from_int, out, scalar_from_int_out, REFUSE),
    C(scalar, axle_scalar_from_frac, out, scalar_from_frac_out, REFUSE),
    C(scalar, axle_scalar_from_double, out, scalar_from_double_out, REFUSE),
    C(scalar, axle_scalar_from_mpq, out, scalar_from_mpq_out, REFUSE),
    C(scalar, axle_scalar_from_mpq, q, scalar_from_mpq_q, REFUSE),
    C(scalar, axle_scalar_parse, out, scalar_parse_out, REFUSE),
    C(scalar, axle_scalar_parse, text, scalar_parse_text, REFUSE),
    C(scalar, axle_scalar_copy, out, scalar_copy_out, REFUSE),
    C(scalar, axle_scalar_copy, x, scalar_copy_x, REFUSE),
    C(scalar, axle_scalar_convert, out, scalar_convert_out, REFUSE),
    C(scalar, axle_scalar_convert, x, scalar_convert_x, REFUSE),
    C(scalar, axle_scalar_free, x, scalar_free_x, ACCEPT),
    C(scalar, axle_scalar_field, x, scalar_field_x, ACCEPT),
    C(scalar, axle_scalar_to_double, x, scalar_to_double_x, ACCEPT),
    C(scalar, axle_scalar_get_mpq, rop, scalar_get_mpq_rop, ACCEPT),
    C(scalar, axle_scalar_get_mpq, x, scalar_get_mpq_x, ACCEPT),
    C(scalar, axle_scalar_sign, x, scalar_sign_x, ACCEPT),
    C(scalar, axle_scalar_is_zero, x, scalar_is_zero_x, ACCEPT),
    C(scalar, axle_scalar_equal, x, scalar_equal_x, ACCEPT),
    C(scalar, axle_scalar_equal, y, scalar_equal_y, ACCEPT),
    C(scalar, axle_scalar_cmp, out, scalar_cmp_out, REFUSE),
    C(scalar, axle_scalar_cmp, x, scalar_cmp_x, REFUSE),
    C(scalar, axle_scalar_cmp, y, scalar_cmp_y, REFUSE),
    C(scalar, axle_scalar_add, out, scalar_add_out, REFUSE),
    C(scalar, axle_scalar_add, x, scalar_add_x, REFUSE),
    C(scalar, axle_scalar_add, y, scalar_add_y, REFUSE),
    C(scalar, axle_scalar_sub, out, scalar_sub_out, REFUSE),
    C(scalar, axle_scalar_sub, x, scalar_sub_x, REFUSE),
    C(scalar, axle_scalar_sub, y, scalar_sub_y, REFUSE),
    C(scalar, axle_scalar_mul, out, scalar_mul_out, REFUSE),
    C(scalar, axle_scalar_mul, x, scalar_mul_x, REFUSE),
    C(scalar, axle_scalar_mul, y, scalar_mul_y, REFUSE),
    C(scalar, axle_scalar_div, out, scalar_div_out, REFUSE),
    C(scalar, axle_scalar_div, x, scalar_div_x, REFUSE),
    C(scalar, axle_scalar_div, y, scalar_div_y, REFUSE),
    C(scalar, axle_scalar_neg, out, scalar_neg_out, REFUSE),
    C(scalar, axle_scalar_neg, x, scalar_neg_x, REFUSE),
    C(space, axle_space_fn, out, space_fn_out, REFUSE),
    C(space, axle_space_poly, out, space_poly_out, REFUSE),
    C(space, axle_space_matrices, out, space_matrices_out, REFUSE),
    C(space, axle_space_product, out, space_product_out, REFUSE),
    C(space, axle_space_product, parts, space_product_parts, REFUSE),
    C(space, axle_space_quotient, out, space_quotient_out, REFUSE),
    C(space, axle_space_quotient, U, space_quotient_U, REFUSE),
    C(space, axle_space_dual, out, space_dual_out, REFUSE),
    C(space, axle_space_dual, V, space_dual_V, REFUSE),
    C(space, axle_space_ref, V, space_ref_V, ACCEPT),
    C(space, axle_space_unref, V, space_unref_V, ACCEPT),
    C(space, axle_space_field, V, space_field_V, ACCEPT),
    C(space, axle_space_dim, V, space_dim_V, ACCEPT),
    C(space, axle_space_kind_of, V, space_kind_of_V, ACCEPT),
    C(space, axle_space_parent, V, space_parent_V, ACCEPT),
    C(space, axle_space_divisor, V, space_divisor_V, ACCEPT),
    C(space, axle_space_part_count, V, space_part_count_V, ACCEPT),
    C(space, axle_space_part, V, space_part_V, ACCEPT),
    C(space, axle_space_equal, out, space_equal_out, REFUSE),
    C(space, axle_space_equal, V, space_equal_V, REFUSE),
    C(space, axle_space_equal, W, space_equal_W, REFUSE),
    C(space, axle_space_to_string, out, space_to_string_out, REFUSE),
    C(space, axle_space_to_string, V, space_to_string_V, REFUSE),
    C(space, axle_space_span, out, space_span_out, REFUSE),
    C(space, axle_space_span, V, space_span_V, REFUSE),
    C(space, axle_space_span, v, space_span_v, REFUSE),
    C(space, axle_space_span_coords, out, space_span_coords_out, REFUSE),
    C(space, axle_space_span_coords, V, space_span_coords_V, REFUSE),
    C(space, axle_space_span_coords, A, space_span_coords_A, REFUSE),
    C(space, axle_space_equations, out, space_equations_out, REFUSE),
    C(space, axle_space_equations, V, space_equations_V, REFUSE),
    C(space, axle_space_equations, phi, space_equations_phi, REFUSE),
    C(space, axle_space_equations_coords, out, space_equations_coords_out, REFUSE),
    C(space, axle_space_equations_coords, V, space_equations_coords_V, REFUSE),
    C(space, axle_space_equations_coords, M, space_equations_coords_M, REFUSE),
    C(space, axle_space_zero, out, space_zero_out, REFUSE),
    C(space, axle_space_zero, V, space_zero_V, REFUSE),
    C(space, axle_space_whole, out, space_whole_out, REFUSE),
    C(space, axle_space_whole, V, space_whole_V, REFUSE),
    C(space, axle_space_basis, out, space_basis_out, REFUSE),
    C(space, axle_space_basis, U, space_basis_U, REFUSE),
    C(space, axle_space_basis_vector, out, space_basis_vector_out, REFUSE),
    C(space, axle_space_basis_vector, U, space_basis_vector_U, REFUSE),
    C(space, axle_space_contains, out, space_contains_out, REFUSE),
    C(space, axle_space_contains, U, space_contains_U, REFUSE),
    C(space, axle_space_contains, v, space_contains_v, REFUSE),
    C(space, axle_space_is_subset, out, space_is_subset_out, REFUSE),
    C(space, axle_space_is_subset, U, space_is_subset_U, REFUSE),
    C(space, axle_space_is_subset, W, space_is_subset_W, REFUSE),
    C(space, axle_space_sum, out, space_sum_out, REFUSE),
    C(space, axle_space_sum, U, space_sum_U, REFUSE),
    C(space, axle_space_sum, W, space_sum_W, REFUSE),
    C(space, axle_space_intersect, out, space_intersect_out, REFUSE),
    C(space, axle_space_intersect, U, space_intersect_U, REFUSE),
    C(space, axle_space_intersect, W, space_intersect_W, REFUSE),
    C(space, axle_space_is_direct_sum, out, space_is_direct_sum_out, REFUSE),
    C(space, axle_space_is_direct_sum, U, space_is_direct_sum_U, REFUSE),
    C(space, axle_space_complement, out, space_complement_out, REFUSE),
    C(space, axle_space_complement, U, space_complement_U, REFUSE),
    C(space, axle_space_annihilator, out, space_annihilator_out, REFUSE),
    C(space, axle_space_annihilator, U, space_annihilator_U, REFUSE),
    C(vector, axle_vector_from_coords, out, vector_from_coords_out, REFUSE),
    C(vector, axle_vector_from_coords, V, vector_from_coords_V, REFUSE),
    C(vector, axle_vector_from_coords, c, vector_from_coords_c, REFUSE),
    C(vector, axle_vector_from_ints, out, vector_from_ints_out, REFUSE),
    C(vector, axle_vector_from_ints, V, vector_from_ints_V, REFUSE),
    C(vector, axle_vector_from_ints, c, vector_from_ints_c, REFUSE),
    C(vector, axle_vector_parse, out, vector_parse_out, REFUSE),
    C(vector, axle_vector_parse, V, vector_parse_V, REFUSE),
    C(vector, axle_vector_parse, text, vector_parse_text, REFUSE),
    C(vector, axle_vector_parse_tuple, out, vector_parse_tuple_out, REFUSE),
    C(vector, axle_vector_parse_tuple, text, vector_parse_tuple_text, REFUSE),
    C(vector, axle_vector_zero, out, vector_zero_out, REFUSE),
    C(vector, axle_vector_zero, V, vector_zero_V, REFUSE),
    C(vector, axle_vector_standard, out, vector_standard_out, REFUSE),
    C(vector, axle_vector_standard, V, vector_standard_V, REFUSE),
    C(vector, axle_vector_ref, v, vector_ref_v, ACCEPT),
    C(vector, axle_vector_unref, v, vector_unref_v, ACCEPT),
    C(vector, axle_vector_space, v, vector_space_v, ACCEPT),
    C(vector, axle_vector_coords, out, vector_coords_out, REFUSE),
    C(vector, axle_vector_coords, v, vector_coords_v, REFUSE),
    C(vector, axle_vector_coord, out, vector_coord_out, REFUSE),
    C(vector, axle_vector_coord, v, vector_coord_v, REFUSE),
    C(vector, axle_vector_coords_in, out, vector_coords_in_out, REFUSE),
    C(vector, axle_vector_coords_in, v, vector_coords_in_v, REFUSE),
    C(vector, axle_vector_coords_in, b, vector_coords_in_b, REFUSE),
    C(vector, axle_vector_to_string, out, vector_to_string_out, REFUSE),
    C(vector, axle_vector_to_string, v, vector_to_string_v, REFUSE),
    C(vector, axle_vector_add, out, vector_add_out, REFUSE),
    C(vector, axle_vector_add, v, vector_add_v, REFUSE),
    C(vector, axle_vector_add, w, vector_add_w, REFUSE),
    C(vector, axle_vector_sub, out, vector_sub_out, REFUSE),
    C(vector, axle_vector_sub, v, vector_sub_v, REFUSE),
    C(vector, axle_vector_sub, w, vector_sub_w, REFUSE),
    C(vector, axle_vector_scale, out, vector_scale_out, REFUSE),
    C(vector, axle_vector_scale, c, vector_scale_c, REFUSE),
    C(vector, axle_vector_scale, v, vector_scale_v, REFUSE),
    C(vector, axle_vector_lincomb, out, vector_lincomb_out, REFUSE),
    C(vector, axle_vector_lincomb, V, vector_lincomb_V, REFUSE),
    C(vector, axle_vector_lincomb, c, vector_lincomb_c, REFUSE),
    C(vector, axle_vector_lincomb, v, vector_lincomb_v, REFUSE),
    C(vector, axle_vector_equal, out, vector_equal_out, REFUSE),
    C(vector, axle_vector_equal, v, vector_equal_v, REFUSE),
    C(vector, axle_vector_equal, w, vector_equal_w, REFUSE),
    C(vector, axle_vector_embed, out, vector_embed_out, REFUSE),
    C(vector, axle_vector_embed, u, vector_embed_u, REFUSE),
    C(vector, axle_vector_restrict, out, vector_restrict_out, REFUSE),
    C(vector, axle_vector_restrict, U, vector_restrict_U, REFUSE),
    C(vector, axle_vector_restrict, v, vector_restrict_v, REFUSE),
    C(vector, axle_vector_coset, out, vector_coset_out, REFUSE),
    C(vector, axle_vector_coset, Q, vector_coset_Q, REFUSE),
    C(vector, axle_vector_coset, v, vector_coset_v, REFUSE),
    C(vector, axle_vector_representative, out, vector_representative_out, REFUSE),
    C(vector, axle_vector_representative, c, vector_representative_c, REFUSE),
    C(vector, axle_vector_same_coset, out, vector_same_coset_out, REFUSE),
    C(vector, axle_vector_same_coset, Q, vector_same_coset_Q, REFUSE),
    C(vector, axle_vector_same_coset, v, vector_same_coset_v, REFUSE),
    C(vector, axle_vector_same_coset, w, vector_same_coset_w, REFUSE),
    C(vector, axle_vector_eval, out, vector_eval_out, REFUSE),
    C(vector, axle_vector_eval, phi, vector_eval_phi, REFUSE),
    C(vector, axle_vector_eval, v, vector_eval_v, REFUSE),
    C(vector, axle_vector_dual_basis, phi, vector_dual_basis_phi, REFUSE),
    C(vector, axle_vector_dual_basis, D, vector_dual_basis_D, REFUSE),
    C(vector, axle_vector_dual_basis, b, vector_dual_basis_b, REFUSE),
    C(vector, axle_vector_double_dual, out, vector_double_dual_out, REFUSE),
    C(vector, axle_vector_double_dual, DD, vector_double_dual_DD, REFUSE),
    C(vector, axle_vector_double_dual, v, vector_double_dual_v, REFUSE),
};

/* ---- running them -----------------------------------------------------------------------------
 */

static void name_the_crash(int sig)
{
    static const char what[] = "crashed: ";
    if (current) {
        ssize_t r = write(STDERR_FILENO, what, sizeof what - 1);
        r = write(STDERR_FILENO, current->fn, strlen(current->fn));
        r = write(STDERR_FILENO, "(", 1);
        r = write(STDERR_FILENO, current->param, strlen(current->param));
        r = write(STDERR_FILENO, " = NULL)\n", 9);
        (void)r;
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

#define NCASES (sizeof cases / sizeof cases[0])

/* Whether word occurs in msg as a whole word (not inside an identifier). */
static bool has_word(const char *msg, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(msg, word); p; p = strstr(p + 1, word)) {
        bool start = p == msg || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
        bool end = !(isalnum((unsigned char)p[n]) || p[n] == '_');
        if (start && end)
            return true;
    }
    return false;
}

/* The message of cases[i] names its parameter: by its name in the header, or, for the last two
 * parameters of a function (the two operands: axle_poly_add(out, p, q)), as "first"/"second". */
static bool names_param(const char *msg, size_t i)
{
    if (has_word(msg, cases[i].param))
        return true;
    bool last = i + 1 == NCASES || strcmp(cases[i + 1].fn, cases[i].fn) != 0;
    bool second_last = !last && (i + 2 == NCASES || strcmp(cases[i + 2].fn, cases[i].fn) != 0);
    return (last && i > 0 && strcmp(cases[i - 1].fn, cases[i].fn) == 0 &&
            has_word(msg, "second")) ||
           (second_last && has_word(msg, "first"));
}

static void run_case(size_t i)
{
    current = &cases[i];
    const int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGILL};
    for (size_t k = 0; k < sizeof sigs / sizeof sigs[0]; k++)
        signal(sigs[k], name_the_crash);
    /* Record another failure first, so that the message checked below is this call's. */
    axle_scalar *z = NULL;
    cr_assert_eq(axle_scalar_from_frac(&z, AXLE_QQ, 1, 0), AXLE_EDOMAIN);
    char before[512];
    snprintf(before, sizeof before, "%s", axle_error_message());

    axle_status s = current->call();
    const char *msg = axle_error_message();
    if (current->accepts_null) {
        cr_expect_eq(s, AXLE_OK, "%s(%s = NULL) is documented to accept NULL but gave %s: %s",
                     current->fn, current->param, axle_strerror(s), msg);
        return;
    }
    cr_expect_eq(s, AXLE_EINVAL, "%s(%s = NULL) gave \"%s\", not AXLE_EINVAL (message: %s)",
                 current->fn, current->param, axle_strerror(s), msg);
    cr_expect_eq(axle_error_status(), AXLE_EINVAL, "%s(%s = NULL): axle_error_status() is \"%s\"",
                 current->fn, current->param, axle_strerror(axle_error_status()));
    cr_expect(strcmp(msg, before) != 0 && strstr(msg, "NULL"),
              "%s(%s = NULL): the message \"%s\" does not say what is NULL", current->fn,
              current->param, msg);
    cr_expect(names_param(msg, i),
              "%s(%s = NULL): the message \"%s\" does not name the parameter %s", current->fn,
              current->param, msg, current->param);
}

/* The cases of one header, one after the other in this worker. */
static void run_header(const char *header)
{
    size_t n = 0;
    for (size_t i = 0; i < NCASES; i++)
        if (strcmp(cases[i].header, header) == 0) {
            run_case(i);
            n++;
        }
    cr_expect_gt(n, 0, "no cases for %s.h", header);
}

/* The headers whose cases run, one Criterion test (one worker) each; every case's header must be
 * here (every_case_header_is_run), so no case is left out of the run. */
static const char *headers[] = {"algebraic", "common", "eigen", "field",  "inner",
                                "io",        "list",   "map",   "matrix", "numfield",
                                "poly",      "scalar", "space", "vector"};
#define NHEADERS (sizeof headers / sizeof headers[0])

/* The parameters are copied into the test worker, which is a new process image: pass each header
 * as its index in headers[], not as a pointer. */
ParameterizedTestParameters(null, header)
{
    static size_t index[NHEADERS];
    for (size_t h = 0; h < NHEADERS; h++)
        index[h] = h;
    return cr_make_param_array(size_t, index, NHEADERS);
}

ParameterizedTest(size_t *h, null, header, .init = fx_init, .fini = fx_fini)
{
    cr_assert_lt(*h, NHEADERS);
    run_header(headers[*h]);
}

Test(null, every_case_header_is_run)
{
    for (size_t i = 0; i < NCASES; i++) {
        size_t h = 0;
        while (h < NHEADERS && strcmp(headers[h], cases[i].header) != 0)
            h++;
        cr_expect_lt(h, NHEADERS,
                     "case %s(%s) is in %s.h, which is not in headers[]: it never runs",
                     cases[i].fn, cases[i].param, cases[i].header);
    }
}

/* NULL entries of array arguments (not parameters of their own, so not in the list): each array
 * of objects with its second entry NULL is refused with AXLE_EINVAL and its outputs are NULL. */
static void entry_refused(axle_status s, const char *call)
{
    cr_expect_eq(s, AXLE_EINVAL, "%s with a NULL entry gave \"%s\"", call, axle_strerror(s));
    cr_expect(strstr(axle_error_message(), "NULL"),
              "%s: the message \"%s\" does not say what is NULL", call, axle_error_message());
}

#define ENTRY(call) entry_refused((call), #call)
/* As ENTRY, for a call whose object output is v. */
#define ENTRY_OUT(v, call)                                                                         \
    do {                                                                                           \
        v = JUNK;                                                                                  \
        ENTRY(call);                                                                               \
        cr_expect_null(v, "%s failed but left " #v " set", #call);                                 \
    } while (0)

Test(null, array_entries, .init = fx_init, .fini = fx_fini)
{
    const axle_vector *vn[2] = {fx.vl[0], NULL}, *phin[2] = {fx.phi, NULL};
    const axle_space *Vn[2] = {fx.V, NULL}, *Un[2] = {fx.U, NULL};
    const axle_scalar *sn[2] = {fx.s, NULL};
    bool b;
    size_t n, kept[2];
    axle_matrix *m;
    axle_space *sp;
    axle_vector *out, *vs[2] = {JUNK, JUNK};
    axle_poly *p;
    ENTRY(axle_list_is_independent(&b, fx.V, vn, 2));
    ENTRY_OUT(m, axle_list_dependence(&n, &m, fx.V, vn, 2));
    ENTRY_OUT(m, axle_list_in_span(&b, &m, fx.V, vn, 2, fx.w));
    ENTRY(axle_list_dim(&n, fx.V, vn, 2));
    ENTRY(axle_list_reduce_to_basis(kept, &n, fx.V, vn, 2));
    ENTRY(axle_list_extend_to_basis(vs, &n, fx.V, vn, 2));
    cr_expect(vs[0] == NULL && vs[1] == NULL, "axle_list_extend_to_basis left added[i] set");
    ENTRY_OUT(sp, axle_space_product(&sp, Vn, 2));
    ENTRY_OUT(sp, axle_space_span(&sp, fx.V, vn, 2));
    ENTRY_OUT(sp, axle_space_equations(&sp, fx.V, phin, 2));
    ENTRY(axle_space_is_direct_sum(&b, Un, 2));
    ENTRY_OUT(m, axle_vector_coords_in(&m, fx.w, vn, 2));
    ENTRY_OUT(out, axle_vector_lincomb(&out, fx.V, sn, fx.vl, 2));
    ENTRY_OUT(out, axle_vector_lincomb(&out, fx.V, fx.sl, vn, 2));
    vs[0] = vs[1] = JUNK;
    ENTRY(axle_vector_dual_basis(vs, fx.D, vn, 2));
    cr_expect(vs[0] == NULL && vs[1] == NULL, "axle_vector_dual_basis left phi[i] set");
    ENTRY_OUT(p, axle_poly_from_scalars(&p, AXLE_QQ, 2, sn));
    axle_map *T;
    ENTRY_OUT(T, axle_map_from_images(&T, fx.V, fx.V, vn, fx.vl, 2));
    ENTRY_OUT(T, axle_map_from_images(&T, fx.V, fx.V, fx.vl, vn, 2));
    ENTRY_OUT(T, axle_map_from_matrix_in(&T, fx.V, vn, 2, fx.V, fx.vl, 2, fx.A));
    ENTRY_OUT(T, axle_map_from_matrix_in(&T, fx.V, fx.vl, 2, fx.V, vn, 2, fx.A));
    ENTRY_OUT(m, axle_map_matrix(&m, fx.T, vn, 2, NULL, 0));
    ENTRY_OUT(m, axle_map_matrix(&m, fx.T, NULL, 0, vn, 2));
    const axle_inner *ipn[2] = {fx.ip, NULL};
    axle_inner *ip;
    axle_gs *gs;
    ENTRY_OUT(ip, axle_inner_product(&ip, ipn, 2));
    ENTRY(axle_inner_is_orthogonal_list(&b, fx.ip, vn, 2, false));
    ENTRY_OUT(gs, axle_inner_gram_schmidt(&gs, fx.ip, vn, 2));
}

/* Every (function, parameter) of include/axle.api has exactly one case here, with the same
 * expectation ("?" = accepts NULL), and every case is listed; every header with cases is run. */
Test(null, every_listed_parameter_has_a_case)
{
    FILE *f = fopen(AXLE_API_LIST, "r");
    cr_assert_not_null(f, "cannot open %s", AXLE_API_LIST);
    bool used[NCASES] = {false};
    size_t listed = 0, missing = 0;
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "#\n")] = '\0';
        char *header = strtok(line, " \t"), *fn = header ? strtok(NULL, " \t") : NULL;
        if (!fn)
            continue;
        for (char *p = strtok(NULL, " \t"); p; p = strtok(NULL, " \t")) {
            size_t len = strlen(p);
            bool accepts = len > 0 && p[len - 1] == '?';
            if (accepts)
                p[len - 1] = '\0';
            listed++;
            size_t i = 0;
            while (i < NCASES && (strcmp(cases[i].fn, fn) || strcmp(cases[i].param, p)))
                i++;
            if (i == NCASES) {
                cr_log_error("no NULL case for %s(%s) in tests/api/null.c", fn, p);
                missing++;
                continue;
            }
            used[i] = true;
            cr_expect(strncmp(header, cases[i].header, strlen(cases[i].header)) == 0 &&
                          strcmp(header + strlen(cases[i].header), ".h") == 0,
                      "%s is in %s in the list but in %s.h here", fn, header, cases[i].header);
            cr_expect_eq(accepts, cases[i].accepts_null,
                         "%s(%s): the list and the case disagree on whether NULL is accepted", fn,
                         p);
        }
    }
    fclose(f);
    cr_expect_eq(missing, 0, "%zu listed pointer parameters have no NULL case", missing);
    for (size_t i = 0; i < NCASES; i++)
        cr_expect(used[i], "case %s(%s) is not in include/axle.api", cases[i].fn, cases[i].param);
    cr_expect_eq(listed, NCASES, "%zu listed parameters, %zu cases", listed, NCASES);
}
