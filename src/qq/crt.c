/* Incremental Chinese remaindering of many values at once (Garner's step, one prime at a time):
 * x <- x + m * ((r - x) / m mod p), so that x stays the least non-negative residue modulo the
 * product m of the primes so far. Cost per value and prime: O(size of m). And rational
 * reconstruction, which turns such residues back into fractions (Dixon lifting, the divisor of a
 * determinant). */
#include <stdlib.h>

#include "qq.h"

axle_status ax_crt_init(ax_crt *c, size_t n)
{
    c->n = n;
    c->x = ax_calloc(n ? n : 1, sizeof *c->x);
    if (!c->x)
        return ax_nomem();
    for (size_t k = 0; k < n; k++)
        mpz_init(c->x[k]);
    mpz_init_set_ui(c->mod, 1);
    mpz_init(c->tmp);
    return AXLE_OK;
}

void ax_crt_clear(ax_crt *c)
{
    if (!c->x)
        return;
    for (size_t k = 0; k < c->n; k++)
        mpz_clear(c->x[k]);
    free(c->x);
    c->x = NULL;
    mpz_clear(c->mod);
    mpz_clear(c->tmp);
}

void ax_crt_add(ax_crt *c, const uint64_t *r, uint64_t p)
{
    uint64_t minv = ax_invmod(mpz_fdiv_ui(c->mod, p), p), ms = ax_shoup(minv, p);
    for (size_t k = 0; k < c->n; k++) {
        uint64_t u = mpz_fdiv_ui(c->x[k], p);
        uint64_t v = r[k] >= u ? r[k] - u : r[k] - u + p;
        if (v)
            mpz_addmul_ui(c->x[k], c->mod, ax_mulmod_shoup(minv, ms, v, p));
    }
    mpz_mul_ui(c->mod, c->mod, p);
}

bool ax_crt_enough(const ax_crt *c, const mpz_t bound)
{
    mpz_t twice;
    mpz_init(twice);
    mpz_mul_2exp(twice, bound, 1);
    bool ok = mpz_cmp(c->mod, twice) > 0;
    mpz_clear(twice);
    return ok;
}

void ax_crt_finish(ax_crt *c)
{
    mpz_fdiv_q_2exp(c->tmp, c->mod, 1);
    for (size_t k = 0; k < c->n; k++)
        if (mpz_cmp(c->x[k], c->tmp) > 0)
            mpz_sub(c->x[k], c->x[k], c->mod);
}

/* Wang's rational reconstruction by the half-extended Euclidean algorithm (von zur Gathen and
 * Gerhard, "Modern Computer Algebra", 5.10); declared in qq.h. */
bool ax_ratrecon(mpz_t num, mpz_t den, const mpz_t u, const mpz_t m, const mpz_t N, const mpz_t D,
                 mpz_t t[6])
{
    mpz_t *r0 = &t[0], *r1 = &t[1], *s0 = &t[2], *s1 = &t[3], *q = &t[4], *x = &t[5];
    mpz_set(*r0, m);
    mpz_set(*r1, u);
    mpz_set_ui(*s0, 0);
    mpz_set_ui(*s1, 1);
    while (mpz_cmp(*r1, N) > 0) {
        mpz_fdiv_qr(*q, *x, *r0, *r1);
        mpz_swap(*r0, *r1);
        mpz_swap(*r1, *x); /* r1 = r0 mod r1 */
        mpz_mul(*x, *q, *s1);
        mpz_sub(*x, *s0, *x);
        mpz_swap(*s0, *s1);
        mpz_swap(*s1, *x); /* s1 = s0 - q s1 */
        /* |s| never decreases (|s_(i+1)| = |s_(i-1)| + q_i |s_i|): past D, no answer (a failed
         * attempt of Dixon's early termination stops here, not at the end of the Euclid) */
        if (mpz_cmpabs(*s1, D) > 0)
            return false;
    }
    if (mpz_sgn(*s1) == 0 || mpz_cmpabs(*s1, D) > 0)
        return false;
    mpz_gcd(*x, *r1, *s1);
    if (mpz_cmp_ui(*x, 1) != 0)
        return false;
    mpz_set(num, *r1);
    mpz_abs(den, *s1);
    if (mpz_sgn(*s1) < 0)
        mpz_neg(num, num);
    return true;
}
