/* Word-size modular arithmetic: powers, inverses, deterministic primality, prime search, nmod
 * vectors (word.h). */
#include "exact/word.h"

uint64_t ax_powmod(uint64_t b, uint64_t e, uint64_t p)
{
    uint64_t r = 1 % p;
    b %= p;
    while (e) {
        if (e & 1)
            r = ax_mulmod(r, b, p);
        b = ax_mulmod(b, b, p);
        e >>= 1;
    }
    return r;
}

uint64_t ax_invmod(uint64_t a, uint64_t p)
{
    /* Euclid on (p, a) keeping s with s a = r (mod p); |s| <= p, held as a sign and a magnitude */
    uint64_t r0 = p, r1 = a % p, s0 = 0, s1 = 1;
    bool n0 = false, n1 = false; /* s0 < 0, s1 < 0 */
    while (r1) {
        uint64_t q = r0 / r1, t = r0 - q * r1;
        r0 = r1;
        r1 = t;
        /* s2 = s0 - q s1: |q s1| <= p keeps every magnitude in range */
        uint64_t qs = q * s1, s2;
        bool n2;
        if (n0 != n1) { /* s0 and -q s1 have the sign of s0 */
            s2 = s0 + qs;
            n2 = n0;
        } else if (s0 >= qs) {
            s2 = s0 - qs;
            n2 = n0;
        } else {
            s2 = qs - s0;
            n2 = !n0;
        }
        s0 = s1;
        n0 = n1;
        s1 = s2;
        n1 = n2;
    }
    if (r0 != 1)
        return 0;
    return n0 && s0 ? p - s0 : s0;
}

/* One strong-probable-prime round: n - 1 = d 2^s with d odd; false when base a proves n
 * composite. */
static bool sprp(uint64_t n, uint64_t d, unsigned s, uint64_t a)
{
    uint64_t x = ax_powmod(a, d, n);
    if (x == 1 || x == n - 1)
        return true;
    for (unsigned i = 1; i < s; i++) {
        x = ax_mulmod(x, x, n);
        if (x == n - 1)
            return true;
    }
    return false;
}

bool ax_is_prime(uint64_t n)
{
    static const uint64_t small[] = {2,  3,  5,  7,  11, 13, 17, 19, 23,
                                     29, 31, 37, 41, 43, 47, 53, 59, 61};
    static const uint64_t bases32[] = {2, 7, 61};
    static const uint64_t bases64[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    if (n < 2)
        return false;
    for (size_t i = 0; i < sizeof small / sizeof small[0]; i++)
        if (n % small[i] == 0)
            return n == small[i];
    if (n < 61 * 61)
        return true;
    uint64_t d = n - 1;
    unsigned s = 0;
    while (!(d & 1)) {
        d >>= 1;
        s++;
    }
    const uint64_t *bases = n <= UINT32_MAX ? bases32 : bases64;
    size_t nb =
        n <= UINT32_MAX ? sizeof bases32 / sizeof bases32[0] : sizeof bases64 / sizeof bases64[0];
    for (size_t i = 0; i < nb; i++)
        if (!sprp(n, d, s, bases[i]))
            return false;
    return true;
}

uint64_t ax_next_prime(uint64_t n)
{
    if (n < 2)
        return 2;
    for (uint64_t c = (n + 1) | 1; c > n; c += 2) /* c > n: stops on wrap-around */
        if (ax_is_prime(c))
            return c;
    return 0;
}

uint64_t ax_prev_prime(uint64_t n)
{
    if (n <= 2)
        return 0;
    if (n == 3)
        return 2;
    for (uint64_t c = (n - 2) | 1; c >= 3; c -= 2)
        if (ax_is_prime(c))
            return c;
    return 0;
}

uint64_t ax_word_rand(uint64_t *rng)
{
    uint64_t z = (*rng += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

uint64_t ax_random_prime(uint64_t lo, uint64_t hi, uint64_t *rng)
{
    uint64_t start = lo + ax_word_rand(rng) % (hi - lo);
    uint64_t p = ax_next_prime(start - 1);
    if (p && p < hi)
        return p;
    p = ax_next_prime(lo - 1);
    return p && p < hi ? p : 0;
}

void ax_nvec_submul(uint64_t *r, const uint64_t *a, uint64_t c, size_t n, uint64_t p)
{
    uint64_t cs = ax_shoup(c, p);
    for (size_t i = 0; i < n; i++) {
        uint64_t t = ax_mulmod_shoup(c, cs, a[i], p);
        r[i] = r[i] >= t ? r[i] - t : r[i] - t + p;
    }
}

void ax_nvec_scale(uint64_t *r, uint64_t c, size_t n, uint64_t p)
{
    uint64_t cs = ax_shoup(c, p);
    for (size_t i = 0; i < n; i++)
        r[i] = ax_mulmod_shoup(c, cs, r[i], p);
}
