/* Incremental Chinese remaindering of many values at once (Garner's step, one prime at a time):
 * x <- x + m * ((r - x) / m mod p), so that x stays the least non-negative residue modulo the
 * product m of the primes so far. Cost per value and prime: O(size of m). */
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
