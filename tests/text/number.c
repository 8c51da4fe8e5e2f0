/* Number tokens (ax_parse_number) and correctly rounded rational -> double (ax_mpq_get_d). */
#include <criterion/criterion.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/internal.h"
#include "support.h"

/* ---- ax_parse_number ----------------------------------------------------------------------- */

typedef struct good {
    const char *text;
    const char *value; /* canonical mpq text */
    size_t end;        /* where parsing stops */
} good;

Test(number, valid_tokens)
{
    static const good cases[] = {
        {"0", "0", 1},
        {"-12", "-12", 3},
        {"+7", "7", 2},
        {"3/4", "3/4", 3},
        {"6/-4", "-3/2", 4},
        {"-2/-3", "2/3", 5},
        {"+2/+3", "2/3", 5},
        {"0.125", "1/8", 5},
        {".5", "1/2", 2},
        {"-.5", "-1/2", 3},
        {"1.", "1", 2},
        {"0.1", "1/10", 3},
        {"1e-3", "1/1000", 4},
        {"2.5E+4", "25000", 6},
        {"1e3", "1000", 3},
        {"1.5/2", "3/4", 5},
        {"1e3/7", "1000/7", 5},
        {"0.2/0.3", "2/3", 7},
        {"007", "7", 3},
        {"0e100000", "0", 8},
        {"12.50", "25/2", 5},
        {"1e0000000000000000000002", "100", 24},
        {"123456789012345678901234567890", "123456789012345678901234567890", 30},
        /* the token ends where the grammar does */
        {"1,", "1", 1},
        {"1]", "1", 1},
        {"1 2", "1", 1},
        {"1.2.3", "6/5", 3},
        {"1/2/3", "1/2", 3},
        {"4x", "4", 1},
        {"1e5e", "100000", 3},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        mpq_t q, want;
        mpq_inits(q, want, NULL);
        mpq_set_str(want, cases[k].value, 10);
        size_t pos = 0;
        axle_status s = ax_parse_number(q, cases[k].text, &pos);
        cr_assert_eq(s, AXLE_OK, "\"%s\": %s", cases[k].text, axle_error_message());
        cr_assert(mpq_equal(q, want), "\"%s\" read as %s", cases[k].text, mpq_get_str(NULL, 10, q));
        cr_assert_eq(pos, cases[k].end, "\"%s\" stops at %zu, not %zu", cases[k].text, pos,
                     cases[k].end);
        mpq_clears(q, want, NULL);
    }
}

Test(number, starts_at_pos)
{
    mpq_t q;
    mpq_init(q);
    size_t pos = 3;
    TS_OK(ax_parse_number(q, "ab,-5/10]", &pos));
    cr_assert_eq(pos, 8);
    cr_assert_eq(mpq_cmp_si(q, -1, 2), 0);
    mpq_clear(q);
}

typedef struct bad {
    const char *text;
    axle_status status;
    size_t pos;        /* for AXLE_EPARSE */
    const char *words; /* a piece of the message */
} bad;

Test(number, malformed_tokens)
{
    static const bad cases[] = {
        {"", AXLE_EPARSE, 0, "expected a number"},
        {"x", AXLE_EPARSE, 0, "found 'x'"},
        {"-", AXLE_EPARSE, 1, "digit after the sign"},
        {"--1", AXLE_EPARSE, 1, "digit after the sign"},
        {"+-1", AXLE_EPARSE, 1, "digit after the sign"},
        {".", AXLE_EPARSE, 1, "digit after '.'"},
        {"-.e5", AXLE_EPARSE, 2, "digit after '.'"},
        {"e5", AXLE_EPARSE, 0, "expected a number"},
        {"1e", AXLE_EPARSE, 2, "digit in the exponent"},
        {"1e+", AXLE_EPARSE, 3, "digit in the exponent"},
        {"1E-x", AXLE_EPARSE, 3, "digit in the exponent"},
        {"1//2", AXLE_EPARSE, 2, "denominator after '/'"},
        {"1/", AXLE_EPARSE, 2, "end of text"},
        {"1/ 2", AXLE_EPARSE, 2, "denominator"},
        {"1/-", AXLE_EPARSE, 3, "digit after the sign"},
        {"1/.", AXLE_EPARSE, 3, "digit after '.'"},
        {"1/2e", AXLE_EPARSE, 4, "exponent"},
        {"\x01", AXLE_EPARSE, 0, "byte 0x01"},
        {"1/0", AXLE_EDOMAIN, 1, "zero denominator"},
        {"-3/0.000", AXLE_EDOMAIN, 2, "zero denominator"},
        {"0/0", AXLE_EDOMAIN, 1, "zero denominator"},
        {"1/0e5", AXLE_EDOMAIN, 1, "zero denominator"},
        {"1e100001", AXLE_ERANGE, 2, "exponent"},
        {"1e-100001", AXLE_ERANGE, 3, "exponent"},
        {"1e99999999999999999999999", AXLE_ERANGE, 2, "exponent"},
        {"1/1e100001", AXLE_ERANGE, 4, "exponent"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        mpq_t q;
        mpq_init(q);
        size_t pos = 0;
        axle_status s = ax_parse_number(q, cases[k].text, &pos);
        cr_assert_eq(s, cases[k].status, "\"%s\": status %s, message %s", cases[k].text,
                     axle_strerror(s), axle_error_message());
        cr_assert_eq(pos, 0, "\"%s\": pos moved on failure", cases[k].text);
        /* every failure has a place: parse errors, zero denominators (at the '/'), exponents
         * beyond the limit (at their digits) */
        cr_assert_eq(axle_error_position(), cases[k].pos, "\"%s\": position %zu, not %zu",
                     cases[k].text, axle_error_position(), cases[k].pos);
        cr_assert(strstr(axle_error_message(), cases[k].words), "\"%s\": message \"%s\"",
                  cases[k].text, axle_error_message());
        mpq_clear(q);
    }
}

Test(number, exponent_limit)
{
    mpq_t q, want;
    mpq_inits(q, want, NULL);
    size_t pos = 0;
    TS_OK(ax_parse_number(q, "1e100000", &pos));
    mpz_ui_pow_ui(mpq_numref(want), 10, 100000);
    cr_assert(mpq_equal(q, want));
    pos = 0;
    TS_OK(ax_parse_number(q, "-1e-100000", &pos));
    mpq_inv(want, want);
    mpq_neg(want, want);
    cr_assert(mpq_equal(q, want));
    cr_assert_eq(ax_mpq_get_d(q), -0.0);
    cr_assert(signbit(ax_mpq_get_d(q)));
    mpq_clears(q, want, NULL);
}

Test(number, long_digit_strings)
{
    /* 5000 digits, in the integer and in the fraction part */
    size_t n = 5000;
    char *s = malloc(n + 3);
    cr_assert_not_null(s);
    s[0] = '0';
    s[1] = '.';
    memset(s + 2, '3', n);
    s[n + 2] = '\0';
    mpq_t q, want;
    mpq_inits(q, want, NULL);
    size_t pos = 0;
    TS_OK(ax_parse_number(q, s, &pos));
    cr_assert_eq(pos, n + 2);
    /* 0.333...3 (n threes) = (10^n - 1) / (3 * 10^n) */
    mpz_ui_pow_ui(mpq_denref(want), 10, n);
    mpz_sub_ui(mpq_numref(want), mpq_denref(want), 1);
    mpz_mul_ui(mpq_denref(want), mpq_denref(want), 3);
    mpq_canonicalize(want);
    cr_assert(mpq_equal(q, want));
    cr_assert_eq(ax_mpq_get_d(q), 1.0 / 3.0);
    mpq_clears(q, want, NULL);
    free(s);
}

/* ---- ax_mpq_get_d -------------------------------------------------------------------------- */

/* True when d is the double nearest to q, ties to even (checked exactly with rationals against
 * both neighbours of d). */
static bool is_nearest(const mpq_t q, double d)
{
    if (isinf(d)) {
        /* q must be at least DBL_MAX + half an ulp (the tie goes to "even", i.e. infinity) */
        mpq_t lim;
        mpq_init(lim);
        mpq_set_d(lim, DBL_MAX);
        mpq_t half;
        mpq_init(half);
        mpq_set_d(half, ldexp(1.0, DBL_MAX_EXP - DBL_MANT_DIG - 1));
        mpq_add(lim, lim, half);
        if (d < 0)
            mpq_neg(lim, lim);
        int c = mpq_cmp(q, lim);
        mpq_clears(lim, half, NULL);
        return d > 0 ? c >= 0 : c <= 0;
    }
    mpq_t x, diff, other;
    mpq_inits(x, diff, other, NULL);
    mpq_set_d(x, d);
    mpq_sub(diff, q, x);
    mpq_abs(diff, diff);
    bool ok = true;
    double nb[2] = {nextafter(d, -INFINITY), nextafter(d, INFINITY)};
    for (int k = 0; k < 2; k++) {
        if (isinf(nb[k]))
            continue;
        mpq_set_d(x, nb[k]);
        mpq_sub(other, q, x);
        mpq_abs(other, other);
        int c = mpq_cmp(diff, other);
        if (c > 0)
            ok = false;
        if (c == 0) {
            /* a tie: d must have an even last mantissa bit */
            double ad = fabs(d);
            int e;
            frexp(ad, &e);
            double ulp = ad < DBL_MIN ? ldexp(1.0, DBL_MIN_EXP - DBL_MANT_DIG)
                                      : ldexp(1.0, e - DBL_MANT_DIG);
            double m = ad / ulp;
            if (fmod(m, 2.0) != 0.0)
                ok = false;
        }
    }
    mpq_clears(x, diff, other, NULL);
    return ok;
}

Test(number, get_d_simple)
{
    mpq_t q;
    mpq_init(q);
    mpq_set_si(q, 0, 1);
    cr_assert_eq(ax_mpq_get_d(q), 0.0);
    cr_assert(!signbit(ax_mpq_get_d(q)));
    mpq_set_si(q, 1, 3);
    cr_assert_eq(ax_mpq_get_d(q), 1.0 / 3.0);
    mpq_set_si(q, -2, 3);
    cr_assert_eq(ax_mpq_get_d(q), -2.0 / 3.0);
    mpq_set_si(q, 1, 10);
    cr_assert_eq(ax_mpq_get_d(q), 0.1);
    mpq_set_si(q, 7, 1);
    cr_assert_eq(ax_mpq_get_d(q), 7.0);
    mpq_clear(q);
}

/* q = (2m + 1) * 2^(e-1): exactly halfway between m * 2^e and (m + 1) * 2^e. */
static double halfway(long m, int e, int extra_sign)
{
    mpq_t q, t;
    mpq_inits(q, t, NULL);
    mpq_set_si(q, 2 * m + 1, 1);
    if (e - 1 >= 0)
        mpz_mul_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)(e - 1));
    else
        mpz_mul_2exp(mpq_denref(q), mpq_denref(q), (mp_bitcnt_t)(1 - e));
    mpq_canonicalize(q);
    /* a nudge of 2^-3000 up or down breaks the tie */
    if (extra_sign) {
        mpq_set_ui(t, 1, 1);
        mpz_mul_2exp(mpq_denref(t), mpq_denref(t), 3000);
        if (extra_sign < 0)
            mpq_neg(t, t);
        mpq_add(q, q, t);
    }
    double d = ax_mpq_get_d(q);
    cr_assert(is_nearest(q, d), "halfway(%ld, %d, %d) gave %a", m, e, extra_sign, d);
    mpq_clears(q, t, NULL);
    return d;
}

Test(number, get_d_ties_to_even)
{
    long m = (1L << 52) + 2; /* even mantissa */
    cr_assert_eq(halfway(m, 0, 0), (double)m);
    cr_assert_eq(halfway(m + 1, 0, 0), (double)(m + 2));
    cr_assert_eq(halfway(m, 0, 1), (double)(m + 1));
    cr_assert_eq(halfway(m + 1, 0, -1), (double)(m + 1));
    cr_assert_eq(halfway(m, -60, 0), ldexp((double)m, -60));
    cr_assert_eq(halfway(m + 1, 40, 0), ldexp((double)(m + 2), 40));
    /* subnormals: unit 2^-1074 */
    cr_assert_eq(halfway(0, -1074, 0), 0.0);                       /* 2^-1075 -> 0 */
    cr_assert_eq(halfway(0, -1074, 1), ldexp(1.0, -1074));         /* just above -> min */
    cr_assert_eq(halfway(1, -1074, 0), ldexp(2.0, -1074));         /* 3 * 2^-1075 -> 2 ulp */
    cr_assert_eq(halfway(2, -1074, 0), ldexp(2.0, -1074));         /* 5 * 2^-1075 -> 2 ulp */
    cr_assert_eq(halfway(12345, -1074, 0), ldexp(12346.0, -1074)); /* 12345.5 -> 12346 */
    /* the largest subnormal rounding up to DBL_MIN */
    long top = (1L << 52) - 1;
    cr_assert_eq(halfway(top, -1074, 0), DBL_MIN);
    cr_assert_eq(halfway(top, -1074, -1), ldexp((double)top, -1074));
    /* DBL_MAX and beyond: DBL_MAX + half an ulp ties to "even" = infinity */
    long maxm = (1L << 53) - 1;
    cr_assert_eq(halfway(maxm, 971, 0), HUGE_VAL);
    cr_assert_eq(halfway(maxm, 971, -1), DBL_MAX);
    cr_assert_eq(halfway(maxm - 1, 971, 0), ldexp((double)(maxm - 1), 971)); /* even */
    cr_assert_eq(halfway(maxm - 1, 971, 1), DBL_MAX);
}

Test(number, get_d_extremes)
{
    mpq_t q;
    mpq_init(q);
    mpq_set_ui(q, 1, 1);
    mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 1024);
    cr_assert_eq(ax_mpq_get_d(q), HUGE_VAL);
    mpq_neg(q, q);
    cr_assert_eq(ax_mpq_get_d(q), -HUGE_VAL);
    mpq_set_ui(q, 1, 1);
    mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 1000000);
    cr_assert_eq(ax_mpq_get_d(q), HUGE_VAL);
    mpq_inv(q, q);
    cr_assert_eq(ax_mpq_get_d(q), 0.0);
    mpq_set_d(q, DBL_MAX);
    cr_assert_eq(ax_mpq_get_d(q), DBL_MAX);
    mpq_set_d(q, DBL_MIN);
    cr_assert_eq(ax_mpq_get_d(q), DBL_MIN);
    mpq_set_d(q, ldexp(1.0, -1074));
    cr_assert_eq(ax_mpq_get_d(q), ldexp(1.0, -1074));
    mpq_set_d(q, -ldexp(3.0, -1074));
    cr_assert_eq(ax_mpq_get_d(q), -ldexp(3.0, -1074));
    /* a quotient of two huge integers near 1 */
    mpz_ui_pow_ui(mpq_numref(q), 10, 3000);
    mpz_add_ui(mpq_denref(q), mpq_numref(q), 1);
    mpq_canonicalize(q);
    cr_assert_eq(ax_mpq_get_d(q), 1.0);
    mpq_clear(q);
}

/* A random finite double, from every binade including subnormals. */
static double random_double(ts_rng *r)
{
    double d;
    do {
        uint64_t bits = ts_next(r);
        memcpy(&d, &bits, sizeof d);
    } while (!isfinite(d));
    return d;
}

Test(number, get_d_round_trips_doubles)
{
    ts_rng r = ts_rng_new("number::get_d_round_trips_doubles");
    mpq_t q;
    mpq_init(q);
    for (int k = 0; k < 20000; k++) {
        double d = random_double(&r);
        mpq_set_d(q, d);
        cr_assert_eq(ax_mpq_get_d(q), d, "%a round-trips as %a", d, ax_mpq_get_d(q));
    }
    mpq_clear(q);
}

Test(number, get_d_agrees_with_strtod)
{
    ts_rng r = ts_rng_new("number::get_d_agrees_with_strtod");
    mpq_t q;
    mpq_init(q);
    char text[80];
    for (int k = 0; k < 20000; k++) {
        /* up to 25 significant digits and exponents across the whole double range */
        int ndig = (int)ts_range(&r, 1, 25);
        int len = 0;
        if (ts_range(&r, 0, 1))
            text[len++] = '-';
        for (int i = 0; i < ndig; i++) {
            text[len++] = (char)('0' + ts_range(&r, i == 0 ? 1 : 0, 9));
            if (i == 0 && ndig > 1)
                text[len++] = '.';
        }
        snprintf(text + len, sizeof text - (size_t)len, "e%ld", ts_range(&r, -330, 310));
        size_t pos = 0;
        TS_OK(ax_parse_number(q, text, &pos));
        double want = strtod(text, NULL);
        double got = ax_mpq_get_d(q);
        cr_assert(got == want || (isinf(got) && isinf(want) && (got > 0) == (want > 0)),
                  "%s: strtod %a, ax_mpq_get_d %a", text, want, got);
        if (got == 0)
            cr_assert_eq(signbit(got), signbit(want), "%s: sign of zero", text);
    }
    mpq_clear(q);
}

Test(number, get_d_random_rationals_are_nearest)
{
    ts_rng r = ts_rng_new("number::get_d_random_rationals_are_nearest");
    mpq_t q;
    mpq_init(q);
    for (int k = 0; k < 5000; k++) {
        /* random numerator and denominator of up to ~1100 bits each, with random sizes, so
         * that quotients cover normal, subnormal and overflowing values */
        mpz_set_ui(mpq_numref(q), 0);
        mpz_set_ui(mpq_denref(q), 0);
        int nb = (int)ts_range(&r, 1, 18), db = (int)ts_range(&r, 1, 18);
        for (int i = 0; i < nb; i++) {
            mpz_mul_2exp(mpq_numref(q), mpq_numref(q), 64);
            mpz_add_ui(mpq_numref(q), mpq_numref(q), (unsigned long)(ts_next(&r) >> 1));
        }
        for (int i = 0; i < db; i++) {
            mpz_mul_2exp(mpq_denref(q), mpq_denref(q), 64);
            mpz_add_ui(mpq_denref(q), mpq_denref(q), (unsigned long)(ts_next(&r) >> 1));
        }
        mpz_tdiv_q_2exp(mpq_numref(q), mpq_numref(q), (mp_bitcnt_t)ts_range(&r, 0, 60));
        if (mpz_sgn(mpq_numref(q)) == 0)
            mpz_set_ui(mpq_numref(q), 1);
        if (mpz_sgn(mpq_denref(q)) == 0)
            mpz_set_ui(mpq_denref(q), 3);
        mpq_canonicalize(q);
        if (ts_range(&r, 0, 1))
            mpq_neg(q, q);
        double d = ax_mpq_get_d(q);
        cr_assert(is_nearest(q, d), "%s -> %a is not the nearest double", mpq_get_str(NULL, 10, q),
                  d);
    }
    mpq_clear(q);
}
