/* axle internal: word-size modular arithmetic, the base of every multimodular method on the QQ
 * side (qq/ and the exact engine). Never installed.
 *
 * Residues are uint64_t in [0, p). Which moduli each function accepts:
 *   ax_mulmod, ax_powmod, ax_invmod, ax_is_prime   any p >= 1 below 2^64 (products in 128 bits;
 *                                                    a 64-bit fast path when p < 2^32);
 *   ax_shoup, ax_mulmod_shoup                      p < 2^63 (Shoup's precomputed quotient);
 *   nmod vectors (ax_nvec_*)                       p < 2^63.
 * Primality is decided, not guessed: one Miller–Rabin test whose base set is deterministic for
 * every 64-bit n (bases 2, 7, 61 below 2^32, Jaeschke 1993; the twelve primes 2..37 above,
 * which suffice below 3.3 * 10^24, Sorenson & Webster 2017). */
#ifndef AX_EXACT_WORD_H
#define AX_EXACT_WORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Products of two residues need 128 bits. */
__extension__ typedef unsigned __int128 ax_u128;
__extension__ typedef __int128 ax_i128;

/* The inverse of the odd x modulo 2^64 (Newton's iteration: x x = 1 modulo 8, and each step
 * doubles the number of correct low bits). */
static inline uint64_t ax_inv_odd(uint64_t x)
{
    uint64_t y = x;
    for (int k = 0; k < 5; k++)
        y *= 2 - x * y;
    return y;
}

/* One fraction-free (Bareiss) update, (p b - c e) / d, when d divides p b - c e and the quotient
 * fits in an int64: d = 2^shift d' with d' odd and dinv = ax_inv_odd(d'). The 128-bit difference
 * is shifted exactly, and its residue times dinv modulo 2^64 is the quotient (no division). */
static inline int64_t ax_bareiss_step(int64_t b, int64_t p, int64_t c, int64_t e, unsigned shift,
                                      uint64_t dinv)
{
    ax_i128 t = (ax_i128)b * p - (ax_i128)c * e;
    return (int64_t)((uint64_t)(t >> shift) * dinv);
}

/* a b mod p (a, b < p). */
static inline uint64_t ax_mulmod(uint64_t a, uint64_t b, uint64_t p)
{
    if (p <= UINT32_MAX)
        return a * b % p;
    return (uint64_t)(((ax_u128)a * b) % p);
}

/* The Shoup quotient floor(w 2^64 / p) of w < p < 2^63, for ax_mulmod_shoup. */
static inline uint64_t ax_shoup(uint64_t w, uint64_t p)
{
    return (uint64_t)(((ax_u128)w << 64) / p);
}

/* w b mod p by Shoup's method (V. Shoup, NTL), ws = ax_shoup(w, p) precomputed; w, b < p < 2^63.
 * One high product and two low ones, no division: the fast way to multiply many residues by one
 * fixed w. */
static inline uint64_t ax_mulmod_shoup(uint64_t w, uint64_t ws, uint64_t b, uint64_t p)
{
    uint64_t q = (uint64_t)(((ax_u128)ws * b) >> 64);
    uint64_t r = w * b - q * p;
    return r >= p ? r - p : r;
}

/* b^e mod p (0^0 = 1 mod p); b need not be reduced. */
uint64_t ax_powmod(uint64_t b, uint64_t e, uint64_t p);

/* The inverse of a modulo p (extended Euclid, any modulus p >= 2), or 0 when gcd(a, p) != 1; a
 * need not be reduced. */
uint64_t ax_invmod(uint64_t a, uint64_t p);

/* Whether n is prime (deterministic for every 64-bit n). */
bool ax_is_prime(uint64_t n);

/* The least prime > n, or 0 when there is none below 2^64 (n >= 2^64 - 59). */
uint64_t ax_next_prime(uint64_t n);

/* The greatest prime < n, or 0 when there is none (n <= 2). */
uint64_t ax_prev_prime(uint64_t n);

/* A random prime in [lo, hi) (2 <= lo < hi), drawn from the generator state *rng (any value; it
 * advances): the next prime after a uniform point, wrapping to the first prime >= lo. 0 when the
 * interval holds no prime. */
uint64_t ax_random_prime(uint64_t lo, uint64_t hi, uint64_t *rng);

/* The next value of the splitmix64 generator with state *rng (Steele, Lea & Flood 2014). */
uint64_t ax_word_rand(uint64_t *rng);

/* ---- nmod vectors: arrays of residues modulo p < 2^63 ------------------------------------- */

/* r[i] = (r[i] - c a[i]) mod p for i < n, c < p: the row operation of elimination. */
void ax_nvec_submul(uint64_t *r, const uint64_t *a, uint64_t c, size_t n, uint64_t p);

/* r[i] = c r[i] mod p for i < n, c < p. */
void ax_nvec_scale(uint64_t *r, uint64_t c, size_t n, uint64_t p);

#endif
