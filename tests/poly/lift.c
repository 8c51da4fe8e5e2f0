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
#include "exact/exact.h"

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

/* ---- the two modular factorization methods against each other ------------------------------ */

/* The monic irreducible factors of f mod p in a canonical order (by degree, then coefficients
 * from the top), so that two factorizations compare position by position. */
static void sort_np(ax_np *g, size_t r)
{
    for (size_t i = 1; i < r; i++)
        for (size_t j = i; j > 0; j--) {
            ax_np *a = &g[j - 1], *b = &g[j];
            int c = a->len < b->len ? -1 : a->len > b->len;
            for (size_t k = a->len; c == 0 && k-- > 0;)
                c = a->c[k] < b->c[k] ? -1 : a->c[k] > b->c[k];
            if (c <= 0)
                break;
            ax_np t = *a;
            *a = *b;
            *b = t;
        }
}

/* A random monic square-free polynomial of degree n modulo p. */
static void random_squarefree_np(ax_np *f, ts_rng *r, size_t n, uint64_t p)
{
    ax_np d, g;
    ax_np_init(&d);
    ax_np_init(&g);
    for (;;) {
        cr_assert_eq(ax_np_fit(f, n + 1), AXLE_OK);
        for (size_t i = 0; i < n; i++)
            f->c[i] = ts_next(r) % p;
        f->c[n] = 1;
        f->len = n + 1;
        cr_assert_eq(ax_np_derivative(&d, f, p), AXLE_OK);
        cr_assert_eq(ax_np_gcd(&g, f, &d, p), AXLE_OK);
        if (g.len == 1)
            break;
    }
    ax_np_clear(&d);
    ax_np_clear(&g);
}

static void check_same_factors(const ax_np *f, uint64_t p, ts_rng *r)
{
    uint64_t s1 = ts_next(r), s2 = ts_next(r);
    ax_np *a, *b;
    size_t ra, rb;
    cr_assert_eq(ax_np_factor_berlekamp(&a, &ra, f, p, &s1), AXLE_OK);
    cr_assert_eq(ax_np_factor_cz(&b, &rb, f, p, &s2), AXLE_OK);
    cr_assert_eq(ra, rb, "degree %zu mod %llu: Berlekamp %zu factors, CZ %zu", f->len - 1,
                 (unsigned long long)p, ra, rb);
    size_t ca, cb;
    cr_assert_eq(ax_np_count_factors_berlekamp(&ca, f, p), AXLE_OK);
    cr_assert_eq(ax_np_count_factors_cz(&cb, f, p), AXLE_OK);
    cr_assert_eq(ca, ra);
    cr_assert_eq(cb, ra);
    sort_np(a, ra);
    sort_np(b, rb);
    ax_np prod, t;
    ax_np_init(&prod);
    ax_np_init(&t);
    cr_assert_eq(ax_np_fit(&prod, 1), AXLE_OK);
    prod.c[0] = 1;
    prod.len = 1;
    for (size_t i = 0; i < ra; i++) {
        cr_assert_eq(a[i].len, b[i].len);
        for (size_t k = 0; k < a[i].len; k++)
            cr_assert_eq(a[i].c[k], b[i].c[k]);
        cr_assert_eq(b[i].c[b[i].len - 1], 1, "factors are monic");
        cr_assert_eq(ax_np_mul(&t, &prod, &b[i], p), AXLE_OK);
        cr_assert_eq(ax_np_set(&prod, &t), AXLE_OK);
    }
    cr_assert_eq(prod.len, f->len, "the factors multiply back to f");
    for (size_t k = 0; k < f->len; k++)
        cr_assert_eq(prod.c[k], f->c[k]);
    for (size_t i = 0; i < ra; i++) {
        ax_np_clear(&a[i]);
        ax_np_clear(&b[i]);
    }
    free(a);
    free(b);
    ax_np_clear(&prod);
    ax_np_clear(&t);
}

Test(poly_lift, cantor_zassenhaus_agrees_with_berlekamp)
{
    /* small primes (Frobenius by substitution) and larger ones (by repeated squaring; Berlekamp
     * builds its matrix in O(n^2 p), so p stays small), degrees
     * from 1 to 80, random square-free inputs with many and with few factors */
    static const uint64_t primes[] = {3, 5, 7, 11, 13, 17, 101, 1009};
    ts_rng r = ts_rng_new("poly_lift/cantor_zassenhaus_agrees_with_berlekamp");
    ax_np f;
    ax_np_init(&f);
    for (size_t i = 0; i < sizeof primes / sizeof primes[0]; i++)
        for (int t = 0; t < 12; t++) {
            size_t n = (size_t)ts_range(&r, 1, 80);
            random_squarefree_np(&f, &r, n, primes[i]);
            check_same_factors(&f, primes[i], &r);
        }
    /* x^n - 1 mod p splits into many factors of equal degree */
    for (size_t n = 2; n <= 60; n += 7) {
        cr_assert_eq(ax_np_fit(&f, n + 1), AXLE_OK);
        for (size_t k = 0; k <= n; k++)
            f.c[k] = 0;
        f.c[0] = 7 - 1;
        f.c[n] = 1;
        f.len = n + 1;
        if (n % 7)
            check_same_factors(&f, 7, &r);
    }
    ax_np_clear(&f);
}

Test(poly_lift, cyclotomic_products_through_recombination)
{
    /* x^n - 1 itself splits without modular work; (x^n - 1) / (x - 1) = 1 + x + ... + x^(n-1)
     * goes through the whole Zassenhaus path: unit constant terms, so only the d-1 test prunes
     * the subsets; every Phi_d (d | n, d > 1) must come back */
    static const unsigned long ns[] = {120, 210};
    for (size_t t = 0; t < sizeof ns / sizeof ns[0]; t++) {
        unsigned long n = ns[t];
        long *c = malloc(n * sizeof *c);
        cr_assert_not_null(c);
        for (unsigned long i = 0; i < n; i++)
            c[i] = 1;
        axle_poly *p = tp_ints(AXLE_QQ, n, c);
        free(c);
        axle_poly_factors *F = tp_factor(p);
        size_t divisors = 0;
        for (unsigned long d = 2; d <= n; d++) {
            if (n % d)
                continue;
            divisors++;
            axle_poly *phi = tp_cyclotomic(d);
            bool found = false;
            for (size_t i = 0; i < axle_poly_factors_count(F); i++)
                found = found || axle_poly_equal(axle_poly_factors_get(F, i, NULL), phi);
            cr_assert(found, "Phi_%lu missing from (x^%lu - 1)/(x - 1)", d, n);
            axle_poly_free(phi);
        }
        cr_assert_eq(axle_poly_factors_count(F), divisors);
        axle_poly_factors_free(F);
        axle_poly_free(p);
    }
}

Test(poly_lift, cyclotomic_polynomials_by_formula)
{
    /* the O(2^k n) construction of Phi_n against the division-based one of the test helpers */
    ax_zpoly z;
    ax_zp_init(&z);
    for (unsigned long n = 1; n <= 400; n += (n < 60 ? 1 : 37)) {
        cr_assert_eq(ax_zp_cyclotomic(&z, n), AXLE_OK);
        axle_poly *got = NULL, *want = tp_cyclotomic(n);
        TS_OK(ax_zp_to_poly(&got, &z, NULL));
        cr_assert(axle_poly_equal(got, want), "Phi_%lu", n);
        axle_poly_free(got);
        axle_poly_free(want);
    }
    ax_zp_clear(&z);
}
