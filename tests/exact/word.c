/* White-box tests of the word-size module (src/exact/word.c): primality against trial division
 * and GMP near 2^26, 2^32, 2^62 and 2^64, Carmichael numbers and strong pseudoprimes to small
 * bases, prime search at the boundaries, powmod and invmod against GMP on random values, nmod
 * vectors against single products. */
#include <criterion/criterion.h>
#include <gmp.h>

#include "exact/word.h"
#include "support.h"

static bool gmp_prime(uint64_t n)
{
    mpz_t z;
    mpz_init_set_ui(z, n);
    bool p = mpz_probab_prime_p(z, 40) != 0;
    mpz_clear(z);
    return p;
}

static bool trial_prime(uint64_t n)
{
    if (n < 2)
        return false;
    for (uint64_t d = 2; d * d <= n; d++)
        if (n % d == 0)
            return false;
    return true;
}

Test(exact_word, small_numbers_by_trial_division)
{
    for (uint64_t n = 0; n < 200000; n++)
        cr_assert_eq(ax_is_prime(n), trial_prime(n), "n = %llu", (unsigned long long)n);
}

/* ax_is_prime agrees with GMP on `count` consecutive numbers from `from` (wrapping stops). */
static void agree_from(uint64_t from, unsigned count)
{
    for (uint64_t n = from, k = 0; k < count && n >= from; n++, k++)
        cr_assert_eq(ax_is_prime(n), gmp_prime(n), "n = %llu", (unsigned long long)n);
}

Test(exact_word, boundaries_agree_with_gmp)
{
    agree_from((UINT64_C(1) << 26) - 3000, 6000);
    agree_from((UINT64_C(1) << 32) - 3000, 6000);
    agree_from((UINT64_C(1) << 62) - 3000, 6000);
    agree_from(UINT64_MAX - 5999, 6000);
}

Test(exact_word, carmichael_numbers_are_composite)
{
    static const uint64_t carmichael[] = {561,           1105,
                                          1729,          2465,
                                          2821,          6601,
                                          8911,          41041,
                                          825265,        321197185,
                                          5394826801,    232250619601,
                                          9746347772161, UINT64_C(1436697831295441)};
    for (size_t i = 0; i < sizeof carmichael / sizeof carmichael[0]; i++) {
        uint64_t n = carmichael[i];
        cr_assert_not(ax_is_prime(n), "%llu", (unsigned long long)n);
        cr_assert_not(gmp_prime(n), "%llu (the list is wrong)", (unsigned long long)n);
        /* Korselt: n - 1 is a multiple of p - 1 for a few small prime factors p */
        for (uint64_t p = 3; p < 100; p += 2)
            if (n % p == 0 && trial_prime(p))
                cr_assert_eq((n - 1) % (p - 1), 0, "%llu is not a Carmichael number",
                             (unsigned long long)n);
    }
}

/* The least strong pseudoprimes to the first k prime bases (OEIS A014233), and 4759123141, the
 * strong pseudoprime to the bases 2, 7 and 61 just above 2^32. */
Test(exact_word, strong_pseudoprimes_are_composite)
{
    static const uint64_t spsp[] = {
        2047,          1373653,       25326001,        3215031751,
        2152302898747, 3474749660383, 341550071728321, UINT64_C(3825123056546413051),
        4759123141};
    for (size_t i = 0; i < sizeof spsp / sizeof spsp[0]; i++) {
        cr_assert_not(ax_is_prime(spsp[i]), "%llu", (unsigned long long)spsp[i]);
        cr_assert_not(gmp_prime(spsp[i]));
    }
}

/* No prime strictly between a and b (a < b). */
static void no_prime_between(uint64_t a, uint64_t b)
{
    for (uint64_t n = a + 1; n < b; n++)
        cr_assert_not(gmp_prime(n), "%llu", (unsigned long long)n);
}

Test(exact_word, prime_search_at_the_boundaries)
{
    const uint64_t at[] = {UINT64_C(1) << 26, UINT64_C(1) << 32, UINT64_C(1) << 62,
                           UINT64_C(1) << 63};
    for (size_t i = 0; i < sizeof at / sizeof at[0]; i++) {
        uint64_t lo = ax_prev_prime(at[i]), hi = ax_next_prime(at[i]);
        cr_assert(gmp_prime(lo) && gmp_prime(hi));
        cr_assert(lo < at[i] && hi > at[i]);
        no_prime_between(lo, hi);
    }
    cr_assert_eq(ax_prev_prime(UINT64_C(1) << 62), (UINT64_C(1) << 62) - 57);
    /* the largest 64-bit prime is 2^64 - 59; nothing follows it */
    cr_assert_eq(ax_prev_prime(UINT64_MAX), UINT64_MAX - 58);
    cr_assert_eq(ax_next_prime(UINT64_MAX - 58), 0);
    cr_assert_eq(ax_next_prime(UINT64_MAX), 0);
    cr_assert_eq(ax_next_prime(0), 2);
    cr_assert_eq(ax_next_prime(2), 3);
    cr_assert_eq(ax_prev_prime(3), 2);
    cr_assert_eq(ax_prev_prime(2), 0);
}

Test(exact_word, random_primes)
{
    uint64_t rng = 12345;
    for (int k = 0; k < 200; k++) {
        uint64_t p = ax_random_prime(UINT64_C(1) << 30, UINT64_C(1) << 31, &rng);
        cr_assert(p >= UINT64_C(1) << 30 && p < UINT64_C(1) << 31 && gmp_prime(p));
    }
    cr_assert_eq(ax_random_prime(24, 29, &rng), 0); /* 24..28 holds no prime */
    for (int k = 0; k < 20; k++)
        cr_assert_eq(ax_random_prime(20, 29, &rng), 23);
}

/* A random modulus: word sizes from 2 bits to 64. */
static uint64_t random_modulus(ts_rng *r)
{
    unsigned bits = 2 + (unsigned)(ts_next(r) % 63);
    uint64_t m = ts_next(r) >> (64 - bits);
    return m < 2 ? 2 : m;
}

Test(exact_word, powmod_and_invmod_agree_with_gmp)
{
    ts_rng r = ts_rng_new("exact_word.powmod_and_invmod_agree_with_gmp");
    mpz_t a, e, m, want;
    mpz_inits(a, e, m, want, NULL);
    for (int k = 0; k < 20000; k++) {
        uint64_t p = k % 4 == 0 ? UINT64_MAX - 58 : random_modulus(&r);
        uint64_t x = ts_next(&r), y = ts_next(&r) >> (ts_next(&r) % 64);
        mpz_set_ui(a, x);
        mpz_set_ui(e, y);
        mpz_set_ui(m, p);
        mpz_powm(want, a, e, m);
        cr_assert_eq(ax_powmod(x, y, p), mpz_get_ui(want), "%llu^%llu mod %llu",
                     (unsigned long long)x, (unsigned long long)y, (unsigned long long)p);
        uint64_t inv = ax_invmod(x, p);
        if (mpz_invert(want, a, m))
            cr_assert_eq(inv, mpz_get_ui(want), "1/%llu mod %llu", (unsigned long long)x,
                         (unsigned long long)p);
        else
            cr_assert_eq(inv, 0, "%llu has no inverse mod %llu", (unsigned long long)x,
                         (unsigned long long)p);
    }
    cr_assert_eq(ax_powmod(0, 0, 7), 1);
    cr_assert_eq(ax_powmod(5, 0, 1), 0);
    mpz_clears(a, e, m, want, NULL);
}

Test(exact_word, nmod_vectors)
{
    ts_rng r = ts_rng_new("exact_word.nmod_vectors");
    const uint64_t primes[] = {3, 1000003, (UINT64_C(1) << 62) - 57,
                               ax_prev_prime(UINT64_C(1) << 63)};
    uint64_t u[64], v[64], w[64];
    for (size_t i = 0; i < sizeof primes / sizeof primes[0]; i++) {
        uint64_t p = primes[i], c = ts_next(&r) % p;
        for (size_t j = 0; j < 64; j++) {
            u[j] = ts_next(&r) % p;
            v[j] = ts_next(&r) % p;
            w[j] = u[j];
        }
        ax_nvec_submul(w, v, c, 64, p);
        for (size_t j = 0; j < 64; j++)
            cr_assert_eq((w[j] + ax_mulmod(c, v[j], p)) % p, u[j]);
        ax_nvec_scale(w, c, 64, p);
        for (size_t j = 0; j < 64; j++)
            cr_assert_eq(w[j], ax_mulmod(c, (u[j] + p - ax_mulmod(c, v[j], p)) % p, p));
    }
}
