/* The fast factorization paths: Hensel lifting to high precision through deep factor trees,
 * Newton division with a lifted inverse, the d-1 coefficient test of the recombination (which must
 * never reject a true factor, even one with a huge x^(d-1) coefficient or a non-monic leading
 * coefficient), and Berlekamp's delayed-reduction elimination at larger degrees. Expected answers
 * are built from pieces whose irreducibility is a theorem (linear factors, quadratics with a
 * non-square discriminant, Eisenstein polynomials) and compared exactly. */
#include <criterion/criterion.h>
#include <gmp.h>
#include <stdlib.h>

#include "helpers.h"

/* A random integer of up to `bits` bits (at least 1 in absolute value), random sign. */
static void random_big(mpz_t z, ts_rng *r, unsigned bits)
{
    mpz_set_ui(z, 0);
    for (unsigned b = 0; b < bits; b += 32) {
        mpz_mul_2exp(z, z, 32);
        mpz_add_ui(z, z, (unsigned long)(ts_next(r) & 0xffffffffu));
    }
    mpz_fdiv_r_2exp(z, z, bits);
    if (mpz_sgn(z) == 0)
        mpz_set_ui(z, 1);
    if (ts_next(r) & 1)
        mpz_neg(z, z);
}

static axle_poly *from_mpz(size_t n, mpz_t *c)
{
    mpq_t *q = calloc(n, sizeof *q);
    cr_assert_not_null(q);
    for (size_t i = 0; i < n; i++) {
        mpq_init(q[i]);
        mpq_set_z(q[i], c[i]);
    }
    axle_poly *p = NULL;
    TS_OK(axle_poly_from_mpq(&p, AXLE_QQ, n, q));
    for (size_t i = 0; i < n; i++)
        mpq_clear(q[i]);
    free(q);
    return p;
}

/* A primitive irreducible linear or quadratic piece with big coefficients (the quadratic's
 * discriminant is not a square), positive leading coefficient. */
static axle_poly *big_piece(ts_rng *r, int deg, unsigned bits)
{
    mpz_t c[3], g, disc, t;
    for (int i = 0; i < 3; i++)
        mpz_init(c[i]);
    mpz_inits(g, disc, t, NULL);
    for (;;) {
        for (int i = 0; i <= deg; i++)
            random_big(c[i], r, i == deg ? 1 + bits / 4 : bits);
        mpz_abs(c[deg], c[deg]);
        mpz_gcd(g, c[0], c[1]);
        if (deg == 2)
            mpz_gcd(g, g, c[2]);
        if (mpz_cmp_ui(g, 1) != 0)
            continue;
        if (deg == 1)
            break;
        mpz_mul(disc, c[1], c[1]);
        mpz_mul(t, c[0], c[2]);
        mpz_submul_ui(disc, t, 4);
        if (!mpz_perfect_square_p(disc))
            break;
    }
    axle_poly *p = from_mpz((size_t)deg + 1, c);
    for (int i = 0; i < 3; i++)
        mpz_clear(c[i]);
    mpz_clears(g, disc, t, NULL);
    return p;
}

/* x^d + q (a_{d-1} x^{d-1} + ... + a_1 x) + q u with q prime not dividing u: irreducible by
 * Eisenstein's criterion. Big a_i. */
static axle_poly *big_eisenstein(ts_rng *r, size_t d, unsigned long q, unsigned bits)
{
    mpz_t *c = calloc(d + 1, sizeof *c);
    cr_assert_not_null(c);
    for (size_t i = 0; i <= d; i++)
        mpz_init(c[i]);
    for (size_t i = 1; i < d; i++) {
        random_big(c[i], r, bits);
        mpz_mul_ui(c[i], c[i], q);
    }
    do
        random_big(c[0], r, bits);
    while (mpz_divisible_ui_p(c[0], q));
    mpz_mul_ui(c[0], c[0], q);
    mpz_set_ui(c[d], 1);
    axle_poly *p = from_mpz(d + 1, c);
    for (size_t i = 0; i <= d; i++)
        mpz_clear(c[i]);
    free(c);
    return p;
}

/* The factorization of the product of the distinct pieces f[0..k) is exactly those pieces. */
static void expect_pieces(axle_poly **f, size_t k)
{
    axle_poly *p = NULL;
    TS_OK(axle_poly_monomial(&p, AXLE_QQ, 0));
    for (size_t i = 0; i < k; i++) {
        axle_poly *t = tp_mul(p, f[i]);
        axle_poly_free(p);
        p = t;
    }
    axle_poly_factors *F = tp_factor(p);
    cr_assert_eq(axle_poly_factors_count(F), k, "%zu pieces, %zu factors", k,
                 axle_poly_factors_count(F));
    for (size_t i = 0; i < k; i++) {
        bool found = false;
        for (size_t j = 0; j < k && !found; j++)
            found = axle_poly_equal(axle_poly_factors_get(F, j, NULL), f[i]);
        cr_assert(found, "piece %s missing", tp_str(f[i]));
    }
    axle_poly_factors_free(F);
    axle_poly_free(p);
}

static bool distinct(axle_poly **f, size_t k, const axle_poly *g)
{
    for (size_t i = 0; i < k; i++)
        if (axle_poly_equal(f[i], g))
            return false;
    return true;
}

Test(poly_lift, big_linear_and_quadratic_pieces)
{
    /* up to 10 pieces: deep factor trees, lifting to hundreds of digits, and true factors whose
     * x^(d-1) coefficients are near the size of the bound */
    ts_rng r = ts_rng_new("poly_lift/big_linear_and_quadratic_pieces");
    for (int it = 0; it < 12; it++) {
        axle_poly *f[10];
        size_t k = (size_t)ts_range(&r, 2, 10);
        unsigned bits = (unsigned)ts_range(&r, 8, 200);
        for (size_t i = 0; i < k; i++) {
            do
                f[i] = big_piece(&r, (int)ts_range(&r, 1, 2), bits);
            while (!distinct(f, i, f[i]) && (axle_poly_free(f[i]), true));
        }
        expect_pieces(f, k);
        for (size_t i = 0; i < k; i++)
            axle_poly_free(f[i]);
    }
}

Test(poly_lift, big_eisenstein_products)
{
    /* irreducible pieces of degree up to 24 with coefficients up to 300 bits: many modular
     * factors, long precision chains */
    ts_rng r = ts_rng_new("poly_lift/big_eisenstein_products");
    static const unsigned long q[] = {2, 3, 5, 7};
    for (int it = 0; it < 6; it++) {
        axle_poly *f[4];
        size_t k = (size_t)ts_range(&r, 1, 4);
        for (size_t i = 0; i < k; i++)
            f[i] = big_eisenstein(&r, (size_t)ts_range(&r, 2, 24), q[i],
                                  (unsigned)ts_range(&r, 1, 300));
        expect_pieces(f, k);
        for (size_t i = 0; i < k; i++)
            axle_poly_free(f[i]);
    }
}

Test(poly_lift, high_degree_irreducible)
{
    /* Eisenstein of degree 120: Berlekamp on 120 x 120 matrices modulo several primes (the
     * delayed reduction), then lifting and recombination that must find nothing */
    ts_rng r = ts_rng_new("poly_lift/high_degree_irreducible");
    axle_poly *f = big_eisenstein(&r, 120, 3, 64);
    axle_poly_factors *F = tp_factor(f);
    cr_assert_eq(axle_poly_factors_count(F), 1);
    cr_assert(axle_poly_equal(axle_poly_factors_get(F, 0, NULL), f));
    axle_poly_factors_free(F);
    /* and times a shifted copy: exactly two factors */
    axle_poly *g = big_eisenstein(&r, 60, 5, 64);
    axle_poly *pieces[2] = {f, g};
    expect_pieces(pieces, 2);
    axle_poly_free(f);
    axle_poly_free(g);
}

Test(poly_lift, cyclotomic_products)
{
    /* x^n - 1 with many divisors: every constant term is +-1, so only the d-1 test prunes the
     * subsets; all Phi_d must come back */
    static const unsigned long ns[] = {120, 180, 210};
    for (size_t t = 0; t < sizeof ns / sizeof ns[0]; t++) {
        tp_check_cyclotomic_split(ns[t]);
    }
}
