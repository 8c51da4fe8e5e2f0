/* Certain decimal digits of an algebraic number: the interval or disc is refined until rounding
 * to N significant digits is decided, so every printed digit is correct. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exact/algebraic/alg_impl.h"

/* |x| (x != 0) rounded half away from zero to N significant digits: M · 10^(e - N + 1), M with
 * exactly N digits. */
static void round_sig(mpz_t M, long *e, const mpq_t x, unsigned N)
{
    mpq_t a, p;
    mpz_t t;
    mpq_inits(a, p, NULL);
    mpz_init(t);
    mpq_abs(a, x);
    long e10 = (long)floor((double)ax_alg_log2(a) * 0.30102999566398120);
    for (;;) {
        mpz_ui_pow_ui(t, 10, (unsigned long)labs(e10));
        mpq_set_z(p, t);
        if (e10 < 0)
            mpq_inv(p, p);
        if (mpq_cmp(a, p) < 0) {
            e10--;
            continue;
        }
        mpz_mul_ui(mpq_numref(p), mpq_numref(p), 10);
        mpq_canonicalize(p);
        if (mpq_cmp(a, p) >= 0) {
            e10++;
            continue;
        }
        break;
    }
    long sh = (long)N - 1 - e10;
    mpz_ui_pow_ui(t, 10, (unsigned long)labs(sh));
    if (sh >= 0)
        mpz_mul(mpq_numref(a), mpq_numref(a), t);
    else
        mpz_mul(mpq_denref(a), mpq_denref(a), t);
    mpq_canonicalize(a);
    /* floor(a + 1/2) */
    mpz_mul_2exp(t, mpq_numref(a), 1);
    mpz_add(t, t, mpq_denref(a));
    mpz_mul_2exp(M, mpq_denref(a), 1);
    mpz_fdiv_q(M, t, M);
    mpz_ui_pow_ui(t, 10, N);
    if (mpz_cmp(M, t) == 0) {
        mpz_divexact_ui(M, M, 10);
        e10++;
    }
    *e = e10;
    mpq_clears(a, p, NULL);
    mpz_clear(t);
}

/* The decimal M · 10^(e - N + 1) with trailing zeros dropped, positional for -5 < e < N as
 * printf's %g does, otherwise scientific ("1.5e+50"; LaTeX "1.5 \cdot 10^{50}"). */
static void str_add_decimal(ax_buf *b, bool neg, const mpz_t M, long e, unsigned N, axle_format f)
{
    char *ds = mpz_get_str(NULL, 10, M);
    if (!ds) {
        b->failed = true;
        return;
    }
    size_t full = strlen(ds), L = full;
    while (L > 1 && ds[L - 1] == '0')
        L--;
    if (neg)
        ax_buf_puts(b, ax_alg_minus(f));
    char one[2] = {0, 0};
    if (e < -4 || e >= (long)N) {
        one[0] = ds[0];
        ax_buf_puts(b, one);
        if (L > 1) {
            ax_buf_puts(b, ".");
            ds[L] = 0;
            ax_buf_puts(b, ds + 1);
        }
        if (f == AXLE_FORMAT_LATEX)
            ax_buf_printf(b, " \\cdot 10^{%ld}", e);
        else
            ax_buf_printf(b, "e%s%02ld", e < 0 ? (f == AXLE_FORMAT_UNICODE ? "\u2212" : "-") : "+",
                          labs(e));
    } else if (e >= 0) {
        for (long i = 0; i <= e; i++) {
            one[0] = (size_t)i < L ? ds[i] : '0';
            ax_buf_puts(b, one);
        }
        if ((size_t)e + 1 < L) {
            ax_buf_puts(b, ".");
            ds[L] = 0;
            ax_buf_puts(b, ds + e + 1);
        }
    } else {
        ax_buf_puts(b, "0.");
        for (long i = 0; i < -e - 1; i++)
            ax_buf_puts(b, "0");
        ds[L] = 0;
        ax_buf_puts(b, ds);
    }
    void (*freef)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freef);
    freef(ds, full + 1);
}

/* The real (im = false) or imaginary part of a with N certain significant digits. */
axle_status ax_alg_str_part(ax_buf *b, const axle_algebraic *a, bool im, unsigned N, axle_format f)
{
    bool zero;
    axle_status s = ax_alg_part_is_zero(&zero, a, im);
    if (s)
        return s;
    if (zero) {
        ax_buf_puts(b, "0");
        return AXLE_OK;
    }
    mpq_t rl, rh, il, ih;
    mpz_t M1, M2;
    mpq_inits(rl, rh, il, ih, NULL);
    mpz_inits(M1, M2, NULL);
    long bits = 16, e1, e2, need = (long)(N * 3.33) + 8, cap = -1;
    /* when the enclosure already shows the part's magnitude, start at the precision it needs
     * rather than 2^-16 absolute (a part near 2^40000 would take 40000 bisection steps) */
    if (a->kind == AX_ALG_COMPLEX) {
        mpq_sub(rl, im ? a->im : a->re, a->rad);
        mpq_add(rh, im ? a->im : a->re, a->rad);
    } else {
        mpq_set(rl, a->lo);
        mpq_set(rh, a->hi);
    }
    if (mpq_sgn(rl) * mpq_sgn(rh) > 0) {
        long m1 = ax_alg_log2(rl), m2 = ax_alg_log2(rh);
        long want = need - (m1 < m2 ? m1 : m2);
        if (want < bits)
            bits = want;
    }
    for (;;) {
        s = ax_alg_box(rl, rh, il, ih, a, bits);
        if (s)
            break;
        mpq_ptr l = im ? il : rl, h = im ? ih : rh;
        if (mpq_sgn(l) * mpq_sgn(h) <= 0 && !mpq_equal(l, h)) {
            bits *= 2; /* the part is nonzero: refine until its sign shows */
            continue;
        }
        long want = need - ax_alg_log2(l);
        if (cap < 0)
            cap = want + 4 * (long)N + 512;
        if (bits < want) {
            bits = want;
            continue;
        }
        round_sig(M1, &e1, l, N);
        round_sig(M2, &e2, h, N);
        if ((e1 == e2 && mpz_cmp(M1, M2) == 0) || bits >= cap) {
            if (e1 != e2 || mpz_cmp(M1, M2) != 0) {
                /* within 10^-(N+100) of a rounding tie: print the centre's rounding */
                mpq_add(l, l, h);
                mpq_div_2exp(l, l, 1);
                round_sig(M1, &e1, l, N);
            }
            str_add_decimal(b, mpq_sgn(l) < 0, M1, e1, N, f);
            break;
        }
        bits += bits / 4 + 16;
    }
    mpq_clears(rl, rh, il, ih, NULL);
    mpz_clears(M1, M2, NULL);
    return s;
}

/* "2.0945514815", "0.309 + 0.951i", "−1.2i" */
axle_status ax_alg_str_value(ax_buf *b, const axle_algebraic *a, unsigned N, axle_format f)
{
    if (a->kind != AX_ALG_COMPLEX)
        return ax_alg_str_part(b, a, false, N, f);
    bool rezero;
    axle_status s = ax_alg_part_is_zero(&rezero, a, false);
    if (!s && !rezero) {
        s = ax_alg_str_part(b, a, false, N, f);
        ax_buf_puts(b, ax_alg_binop(f, mpq_sgn(a->im) > 0));
    } else if (!s && mpq_sgn(a->im) < 0) {
        ax_buf_puts(b, ax_alg_minus(f));
    }
    if (s)
        return s;
    ax_buf sub = {0};
    s = ax_alg_str_part(&sub, a, true, N, f);
    if (!s && !sub.failed) {
        const char *t = sub.p;
        /* drop the sign: it went into the operator */
        if (strncmp(t, "-", 1) == 0)
            t += 1;
        else if (strncmp(t, "\u2212", strlen("\u2212")) == 0)
            t += strlen("\u2212");
        ax_buf_puts(b, t);
        ax_buf_puts(b, "i");
    }
    if (sub.failed)
        b->failed = true;
    free(sub.p);
    return s;
}
