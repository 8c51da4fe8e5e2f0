/* Arithmetic in Q(α): known identities in small fields, then the field axioms, norm and trace
 * laws and minimal polynomials on random elements of several fields (printed seeds). */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* Assert x == the element given as text. */
static void assert_is(const axle_nfelem *x, const char *text)
{
    axle_nfelem *y = tn_parse(axle_nfelem_field(x), text);
    cr_assert(axle_nfelem_equal(x, y), "got %s, expected %s", tn_str(x), text);
    axle_nfelem_free(y);
}

static void assert_scalar(const axle_scalar *x, long num, long den)
{
    mpq_t q, e;
    mpq_inits(q, e, NULL);
    axle_scalar_get_mpq(q, x);
    mpq_set_si(e, num, (unsigned long)den);
    mpq_canonicalize(e);
    cr_assert(mpq_equal(q, e), "got %g, expected %ld/%ld", mpq_get_d(q), num, den);
    mpq_clears(q, e, NULL);
}

Test(numfield, golden_ratio)
{
    axle_numfield *K = tn_field("x^2 - x - 1");
    cr_assert_eq(axle_numfield_degree(K), 2);
    axle_nfelem *a = tn_gen(K);
    axle_nfelem *a2 = tn_mul(a, a);
    assert_is(a2, "a + 1");
    axle_nfelem *ai = tn_inv(a);
    assert_is(ai, "a - 1");
    axle_scalar *N = NULL, *T = NULL;
    TS_OK(axle_nfelem_norm(&N, a));
    TS_OK(axle_nfelem_trace(&T, a));
    assert_scalar(N, -1, 1);
    assert_scalar(T, 1, 1);
    axle_scalar_free(N);
    axle_scalar_free(T);
    /* α^10 = F_10 α + F_9 = 55α + 34 and α^-3 = 2α − 3 */
    axle_nfelem *p = NULL;
    TS_OK(axle_nfelem_pow(&p, a, 10));
    assert_is(p, "55a + 34");
    axle_nfelem_free(p);
    TS_OK(axle_nfelem_pow(&p, a, -3));
    assert_is(p, "2a - 3");
    axle_nfelem_free(p);
    TS_OK(axle_nfelem_pow(&p, a, 0));
    cr_assert(axle_nfelem_is_one(p));
    axle_nfelem_free(p);
    axle_nfelem_free(a);
    axle_nfelem_free(a2);
    axle_nfelem_free(ai);
    axle_numfield_unref(K);
}

Test(numfield, non_monic_modulus)
{
    /* 2x^2 - 3: α^2 = 3/2, α^3 = 3/2 α, 1/α = 2/3 α */
    axle_numfield *K = tn_field("4x^2 - 6");
    axle_poly *f = NULL;
    TS_OK(axle_numfield_modulus(&f, K));
    char *s = NULL;
    TS_OK(axle_poly_to_string(&s, f, AXLE_FORMAT_TEXT));
    cr_assert_str_eq(s, "2x^2 - 3");
    axle_free(s);
    axle_poly_free(f);
    axle_nfelem *x = tn_parse(K, "a^3");
    assert_is(x, "3/2 a");
    axle_nfelem *y = tn_parse(K, "a^2");
    cr_assert(axle_nfelem_is_rational(y));
    assert_is(y, "3/2");
    axle_nfelem *a = tn_gen(K), *ai = tn_inv(a);
    cr_assert(!axle_nfelem_is_rational(a));
    assert_is(ai, "2/3 a");
    /* (1 + α)(1 − α) = 1 − 3/2 = −1/2 */
    axle_nfelem *u = tn_parse(K, "1 + a"), *v = tn_parse(K, "1 - a"), *w = tn_mul(u, v);
    assert_is(w, "-1/2");
    axle_scalar *N = NULL;
    TS_OK(axle_nfelem_norm(&N, u));
    assert_scalar(N, -1, 2);
    axle_scalar_free(N);
    axle_nfelem *z[] = {x, y, a, ai, u, v, w};
    for (size_t i = 0; i < sizeof z / sizeof z[0]; i++)
        axle_nfelem_free(z[i]);
    axle_numfield_unref(K);
}

Test(numfield, degree_one_is_q)
{
    axle_numfield *K = tn_field("4x - 3");
    cr_assert_eq(axle_numfield_degree(K), 1);
    axle_nfelem *a = tn_gen(K);
    assert_is(a, "3/4");
    axle_nfelem *b = tn_parse(K, "x^2 + 1"); /* (3/4)^2 + 1 */
    assert_is(b, "25/16");
    axle_nfelem *c = tn_div(a, b);
    assert_is(c, "12/25");
    axle_nfelem *d = tn_inv(c);
    assert_is(d, "25/12");
    axle_nfelem *e = NULL;
    TS_OK(axle_nfelem_neg(&e, d));
    axle_nfelem *ei = tn_inv(e);
    assert_is(ei, "-12/25");
    axle_poly *m = NULL;
    TS_OK(axle_nfelem_minpoly(&m, c));
    cr_assert_eq(axle_poly_degree(m), 1);
    axle_poly_free(m);
    axle_nfelem *z[] = {a, b, c, d, e, ei};
    for (size_t i = 0; i < sizeof z / sizeof z[0]; i++)
        axle_nfelem_free(z[i]);
    axle_numfield_unref(K);
}

Test(numfield, cube_root_of_two)
{
    axle_numfield *K = tn_field("x^3 - 2");
    axle_nfelem *x = tn_parse(K, "1 + a"), *xi = tn_inv(x);
    /* 1/(1 + ∛2) = (1 − ∛2 + ∛4)/3 */
    assert_is(xi, "1/3 a^2 - 1/3 a + 1/3");
    axle_poly *m = NULL, *c = NULL, *e = NULL;
    TS_OK(axle_nfelem_minpoly(&m, x));
    TS_OK(axle_poly_parse(&e, AXLE_QQ, "x^3 - 3x^2 + 3x - 3"));
    cr_assert(axle_poly_equal(m, e));
    TS_OK(axle_nfelem_charpoly(&c, x));
    cr_assert(axle_poly_equal(c, e));
    axle_poly_free(m);
    axle_poly_free(c);
    axle_poly_free(e);
    /* a rational element: minpoly x − 5/2, charpoly (x − 5/2)^3 */
    axle_nfelem *q = NULL;
    TS_OK(axle_nfelem_from_frac(&q, K, 5, 2));
    TS_OK(axle_nfelem_minpoly(&m, q));
    TS_OK(axle_nfelem_charpoly(&c, q));
    TS_OK(axle_poly_parse(&e, AXLE_QQ, "x^3 - 15/2 x^2 + 75/4 x - 125/8"));
    cr_assert_eq(axle_poly_degree(m), 1);
    cr_assert(axle_poly_equal(c, e));
    axle_poly_free(m);
    axle_poly_free(c);
    axle_poly_free(e);
    axle_scalar *T = NULL;
    TS_OK(axle_nfelem_trace(&T, q));
    assert_scalar(T, 15, 2);
    axle_scalar_free(T);
    axle_matrix *M = NULL;
    TS_OK(axle_nfelem_mul_matrix(&M, x));
    axle_matrix *E = tn_matrix("[[1, 0, 2], [1, 1, 0], [0, 1, 1]]");
    cr_assert(axle_matrix_equal(M, E));
    axle_matrix_free(M);
    axle_matrix_free(E);
    axle_nfelem_free(q);
    axle_nfelem_free(x);
    axle_nfelem_free(xi);
    axle_numfield_unref(K);
}

Test(numfield, constructors_agree)
{
    axle_numfield *K = tn_field("x^4 - 10x^2 + 1");
    axle_nfelem *a = NULL, *b = NULL, *c = NULL, *d = NULL;
    axle_scalar *s = NULL;
    mpq_t q;
    mpq_init(q);
    mpq_set_si(q, -7, 3);
    TS_OK(axle_scalar_from_frac(&s, AXLE_QQ, -7, 3));
    TS_OK(axle_nfelem_from_frac(&a, K, 7, -3));
    TS_OK(axle_nfelem_from_mpq(&b, K, q));
    TS_OK(axle_nfelem_from_scalar(&c, K, s));
    d = tn_parse(K, "-14/6");
    cr_assert(axle_nfelem_equal(a, b) && axle_nfelem_equal(b, c) && axle_nfelem_equal(c, d));
    axle_nfelem *e = NULL;
    TS_OK(axle_nfelem_copy(&e, a));
    cr_assert(axle_nfelem_equal(a, e));
    axle_nfelem_coeff_mpq(q, e, 0);
    cr_assert_eq(mpq_cmp_si(q, -7, 3), 0);
    axle_nfelem_coeff_mpq(q, e, 9);
    cr_assert_eq(mpq_sgn(q), 0);
    axle_poly *rep = NULL;
    axle_nfelem *g4 = tn_parse(K, "a^5");
    TS_OK(axle_nfelem_to_poly(&rep, g4)); /* α^5 = 10α^3 − α */
    cr_assert_eq(axle_poly_degree(rep), 3);
    axle_poly_free(rep);
    /* the same field built twice is one field; elements combine */
    axle_numfield *L = tn_field("2x^4 - 20x^2 + 2");
    cr_assert(axle_numfield_equal(K, L));
    axle_nfelem *f = tn_int(L, 3), *g = tn_add(a, f);
    assert_is(g, "2/3");
    axle_nfelem *z[] = {a, b, c, d, e, f, g, g4};
    for (size_t i = 0; i < sizeof z / sizeof z[0]; i++)
        axle_nfelem_free(z[i]);
    axle_scalar_free(s);
    mpq_clear(q);
    /* elements keep their field alive */
    axle_nfelem *h = tn_gen(L);
    axle_numfield_unref(L);
    axle_numfield_unref(K);
    axle_nfelem *h2 = tn_mul(h, h), *h4 = tn_mul(h2, h2);
    axle_nfelem *ten = tn_int(axle_nfelem_field(h), 10), *t = tn_mul(ten, h2);
    axle_nfelem *one = tn_sub(t, h4); /* α^4 = 10α^2 − 1 */
    cr_assert(axle_nfelem_is_one(one), "got %s", tn_str(one));
    axle_nfelem *y[] = {h, h2, h4, ten, t, one};
    for (size_t i = 0; i < sizeof y / sizeof y[0]; i++)
        axle_nfelem_free(y[i]);
}

/* The field axioms and the norm/trace laws on random elements of every test field. */
Test(numfield, axioms_random)
{
    ts_rng r = ts_rng_new("numfield/axioms_random");
    for (size_t f = 0; f < tn_moduli_count; f++) {
        axle_numfield *K = tn_field(tn_moduli[f]);
        size_t n = axle_numfield_degree(K);
        for (int rep = 0; rep < 6; rep++) {
            axle_nfelem *x = tn_random(&r, K, 9), *y = tn_random(&r, K, 9);
            axle_nfelem *z = tn_random_nonzero(&r, K, 9);
            /* associativity and commutativity of the product, distributivity */
            axle_nfelem *xy = tn_mul(x, y), *yx = tn_mul(y, x);
            cr_assert(axle_nfelem_equal(xy, yx), "%s: xy != yx", tn_moduli[f]);
            axle_nfelem *xy_z = tn_mul(xy, z), *yz = tn_mul(y, z), *x_yz = tn_mul(x, yz);
            cr_assert(axle_nfelem_equal(xy_z, x_yz), "%s: (xy)z != x(yz)", tn_moduli[f]);
            axle_nfelem *ypz = tn_add(y, z), *l = tn_mul(x, ypz), *xz = tn_mul(x, z);
            axle_nfelem *rr = tn_add(xy, xz);
            cr_assert(axle_nfelem_equal(l, rr), "%s: x(y+z) != xy+xz", tn_moduli[f]);
            /* inverses */
            axle_nfelem *zi = tn_inv(z), *one = tn_mul(z, zi);
            cr_assert(axle_nfelem_is_one(one), "%s: z z^-1 = %s", tn_moduli[f], tn_str(one));
            axle_nfelem *q = tn_div(x, z), *back = tn_mul(q, z);
            cr_assert(axle_nfelem_equal(back, x), "%s: (x/z) z != x", tn_moduli[f]);
            axle_nfelem *d = tn_sub(ypz, z), *nx = NULL, *s0 = NULL;
            cr_assert(axle_nfelem_equal(d, y));
            TS_OK(axle_nfelem_neg(&nx, x));
            s0 = tn_add(x, nx);
            cr_assert(axle_nfelem_is_zero(s0));
            /* norm multiplicative, trace additive, N(z) N(z^-1) = 1 */
            axle_scalar *Nx, *Ny, *Nxy, *P, *Tx, *Ty, *Ts, *S, *Nz, *Nzi, *U;
            TS_OK(axle_nfelem_norm(&Nx, x));
            TS_OK(axle_nfelem_norm(&Ny, y));
            TS_OK(axle_nfelem_norm(&Nxy, xy));
            TS_OK(axle_scalar_mul(&P, Nx, Ny));
            cr_assert(axle_scalar_equal(P, Nxy), "%s: N(xy) != N(x)N(y)", tn_moduli[f]);
            axle_nfelem *xpy = tn_add(x, y);
            TS_OK(axle_nfelem_trace(&Tx, x));
            TS_OK(axle_nfelem_trace(&Ty, y));
            TS_OK(axle_nfelem_trace(&Ts, xpy));
            TS_OK(axle_scalar_add(&S, Tx, Ty));
            cr_assert(axle_scalar_equal(S, Ts), "%s: Tr(x+y) != Tr x + Tr y", tn_moduli[f]);
            TS_OK(axle_nfelem_norm(&Nz, z));
            TS_OK(axle_nfelem_norm(&Nzi, zi));
            TS_OK(axle_scalar_mul(&U, Nz, Nzi));
            cr_assert(!axle_scalar_is_zero(Nz));
            assert_scalar(U, 1, 1);
            /* the minimal polynomial vanishes at z and divides the characteristic one */
            axle_poly *m = NULL, *c = NULL, *rem = NULL;
            TS_OK(axle_nfelem_minpoly(&m, z));
            TS_OK(axle_nfelem_charpoly(&c, z));
            axle_nfelem *mz = tn_eval(m, z), *cz = tn_eval(c, z);
            cr_assert(axle_nfelem_is_zero(mz), "%s: minpoly(z) != 0", tn_moduli[f]);
            cr_assert(axle_nfelem_is_zero(cz));
            cr_assert_eq((size_t)axle_poly_degree(c), n);
            TS_OK(axle_poly_divrem(NULL, &rem, c, m));
            cr_assert(axle_poly_is_zero(rem));
            /* N(z) = (-1)^n charpoly(0), Tr(z) = -(coefficient of x^(n-1)) */
            mpq_t c0, v;
            mpq_inits(c0, v, NULL);
            axle_poly_coeff_mpq(c0, c, 0);
            if (n % 2)
                mpq_neg(c0, c0);
            axle_scalar_get_mpq(v, Nz);
            cr_assert(mpq_equal(c0, v), "%s: N(z) != ±charpoly(0)", tn_moduli[f]);
            axle_scalar *Tz;
            TS_OK(axle_nfelem_trace(&Tz, z));
            axle_poly_coeff_mpq(c0, c, n - 1);
            mpq_neg(c0, c0);
            axle_scalar_get_mpq(v, Tz);
            cr_assert(mpq_equal(c0, v), "%s: Tr(z) != -charpoly[n-1]", tn_moduli[f]);
            axle_scalar_free(Tz);
            mpq_clears(c0, v, NULL);
            /* powers */
            axle_nfelem *z3 = NULL, *zm2 = NULL, *z1 = NULL;
            TS_OK(axle_nfelem_pow(&z3, z, 3));
            TS_OK(axle_nfelem_pow(&zm2, z, -2));
            z1 = tn_mul(z3, zm2);
            cr_assert(axle_nfelem_equal(z1, z));
            axle_poly_free(m);
            axle_poly_free(c);
            axle_poly_free(rem);
            axle_scalar *sc[] = {Nx, Ny, Nxy, P, Tx, Ty, Ts, S, Nz, Nzi, U};
            for (size_t i = 0; i < sizeof sc / sizeof sc[0]; i++)
                axle_scalar_free(sc[i]);
            axle_nfelem *el[] = {x,   y, z,    xy, yx, xy_z, yz,  x_yz, ypz, l,  xz,  rr, zi,
                                 one, q, back, d,  nx, s0,   xpy, mz,   cz,  z3, zm2, z1};
            for (size_t i = 0; i < sizeof el / sizeof el[0]; i++)
                axle_nfelem_free(el[i]);
        }
        axle_numfield_unref(K);
    }
}

/* A primitive element of Q(√2, √3): α = √2 + √3 has minimal polynomial x^4 − 10x^2 + 1, and
 * α^2 = 5 + 2√6, so (α^2 − 5)/2 = √6 has minimal polynomial x^2 − 6 and charpoly (x^2 − 6)^2. */
Test(numfield, subfield_minpoly)
{
    axle_numfield *K = tn_field("x^4 - 10x^2 + 1");
    axle_nfelem *s6 = tn_parse(K, "1/2 a^2 - 5/2");
    axle_poly *m = NULL, *c = NULL, *e = NULL, *e2 = NULL;
    TS_OK(axle_nfelem_minpoly(&m, s6));
    TS_OK(axle_poly_parse(&e, AXLE_QQ, "x^2 - 6"));
    cr_assert(axle_poly_equal(m, e));
    TS_OK(axle_nfelem_charpoly(&c, s6));
    TS_OK(axle_poly_pow(&e2, e, 2));
    cr_assert(axle_poly_equal(c, e2));
    axle_poly_free(m);
    axle_poly_free(c);
    axle_poly_free(e);
    axle_poly_free(e2);
    axle_nfelem_free(s6);
    axle_numfield_unref(K);
}
