/* Numbers as text and exact rationals as doubles.
 *
 * ax_parse_number reads one number token exactly:
 *
 *   number   := decimal [ '/' decimal ]
 *   decimal  := [ '+' | '-' ] mantissa [ ( 'e' | 'E' ) [ '+' | '-' ] digit+ ]
 *   mantissa := digit+ [ '.' digit* ] | '.' digit+
 *
 * so "-12", "3/4", "-2/-3", "0.125", ".5", "1.", "1e-3", "2.5E+4" and also "1.5/2" or "1e3/7"
 * (a quotient of two decimals) are numbers; "1//2", "--1", "1e", "+" and "." are not. Every
 * decimal is read exactly: "0.1" is 1/10. Exponents are limited to +-100000 (AXLE_ERANGE beyond,
 * so a few bytes of text cannot ask for a gigabyte-sized integer); a zero denominator is
 * AXLE_EDOMAIN. Both record their offset (ax_error_at) for axle_error_position().
 *
 * ax_mpq_get_d rounds a rational to the nearest double, ties to even, with gradual underflow and
 * overflow to +-HUGE_VAL: an integer quotient with at least 55 significant bits plus a sticky bit
 * (the remainder) decides the rounding exactly, as in a correctly rounded strtod. Cost: one
 * division of integers of the operands' size. */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

#define AX_EXPONENT_LIMIT 100000L

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* Describe text[pos] for an error message: "'x'", "end of text" or a byte in hex. */
static void describe(char *buf, size_t size, const char *text, size_t pos)
{
    unsigned char c = (unsigned char)text[pos];
    if (!c)
        snprintf(buf, size, "end of text");
    else if (c >= 0x20 && c < 0x7f)
        snprintf(buf, size, "'%c'", c);
    else
        snprintf(buf, size, "byte 0x%02x", c);
}

axle_status ax_expected_at(const char *text, size_t pos, const char *what)
{
    char found[32];
    describe(found, sizeof found, text, pos);
    return ax_parse_error(pos, "expected %s at offset %zu, found %s", what, pos, found);
}

/* Set z to the integer written by the digits of text[a..b) skipping a '.' among them. */
static axle_status digits_to_mpz(mpz_t z, const char *text, size_t a, size_t b)
{
    char small[64];
    size_t n = b - a;
    char *buf = n < sizeof small ? small : ax_malloc(n + 1);
    if (!buf)
        return ax_nomem();
    size_t k = 0;
    for (size_t i = a; i < b; i++)
        if (text[i] != '.')
            buf[k++] = text[i];
    buf[k] = '\0';
    if (k == 0)
        mpz_set_ui(z, 0);
    else
        mpz_set_str(z, buf, 10); /* cannot fail: buf holds decimal digits only */
    if (buf != small)
        free(buf);
    return AXLE_OK;
}

axle_status ax_parse_decimal(mpq_t q, const char *text, size_t *pos)
{
    size_t p = *pos;
    bool negative = false;
    if (text[p] == '+' || text[p] == '-') {
        negative = text[p] == '-';
        p++;
    }
    size_t start = p;
    size_t int_digits = 0, frac_digits = 0;
    while (is_digit(text[p])) {
        p++;
        int_digits++;
    }
    if (text[p] == '.') {
        p++;
        while (is_digit(text[p])) {
            p++;
            frac_digits++;
        }
    }
    if (int_digits + frac_digits == 0) {
        if (p > start) /* only a '.' was read */
            return ax_expected_at(text, p, "a digit after '.'");
        return ax_expected_at(text, start, p > *pos ? "a digit after the sign" : "a number");
    }
    size_t end = p;
    long exponent = 0;
    if (text[p] == 'e' || text[p] == 'E') {
        p++;
        bool exp_negative = false;
        if (text[p] == '+' || text[p] == '-') {
            exp_negative = text[p] == '-';
            p++;
        }
        if (!is_digit(text[p]))
            return ax_expected_at(text, p, "a digit in the exponent");
        size_t exp_start = p;
        while (is_digit(text[p])) {
            if (exponent <= AX_EXPONENT_LIMIT)
                exponent = exponent * 10 + (text[p] - '0');
            p++;
        }
        if (exponent > AX_EXPONENT_LIMIT)
            return ax_error_at(AXLE_ERANGE, exp_start,
                               "exponent at offset %zu is beyond the limit of +-%ld (the exact "
                               "value would take too much memory)",
                               exp_start, AX_EXPONENT_LIMIT);
        if (exp_negative)
            exponent = -exponent;
    }
    axle_status s = digits_to_mpz(mpq_numref(q), text, start, end);
    if (s)
        return s;
    mpz_set_ui(mpq_denref(q), 1);
    long scale = exponent - (long)frac_digits;
    if (mpz_sgn(mpq_numref(q)) != 0 && scale != 0) {
        mpz_t p10;
        mpz_init(p10);
        mpz_ui_pow_ui(p10, 10, (unsigned long)labs(scale));
        if (scale > 0)
            mpz_mul(mpq_numref(q), mpq_numref(q), p10);
        else
            mpz_set(mpq_denref(q), p10);
        mpz_clear(p10);
        mpq_canonicalize(q);
    }
    if (negative)
        mpq_neg(q, q);
    *pos = p;
    return AXLE_OK;
}

axle_status ax_parse_number(mpq_t q, const char *text, size_t *pos)
{
    if (!text || !pos)
        return ax_error(AXLE_EINVAL, "ax_parse_number: NULL argument");
    size_t p = *pos;
    axle_status s = ax_parse_decimal(q, text, &p);
    if (s)
        return s;
    if (text[p] != '/') {
        *pos = p;
        return AXLE_OK;
    }
    size_t slash = p++;
    if (!(is_digit(text[p]) || text[p] == '.' || text[p] == '+' || text[p] == '-'))
        return ax_expected_at(text, p, "a denominator after '/'");
    mpq_t den;
    mpq_init(den);
    s = ax_parse_decimal(den, text, &p);
    if (!s && mpq_sgn(den) == 0)
        s = ax_error_at(AXLE_EDOMAIN, slash, "zero denominator in the fraction at offset %zu",
                        slash);
    if (!s) {
        mpq_div(q, q, den);
        *pos = p;
    }
    mpq_clear(den);
    return s;
}

bool ax_field_holds(axle_field F, const mpq_t q)
{
    return F == AXLE_QQ || !isinf(ax_mpq_get_d(q));
}

double ax_mpq_get_d(const mpq_t q)
{
    int sign = mpq_sgn(q);
    if (sign == 0)
        return 0.0;
    /* |q| = n / d with n, d > 0; 2^(e-1) < |q| < 2^(e+1). */
    long e = (long)mpz_sizeinbase(mpq_numref(q), 2) - (long)mpz_sizeinbase(mpq_denref(q), 2);
    if (e > DBL_MAX_EXP + 1)
        return sign > 0 ? HUGE_VAL : -HUGE_VAL;
    if (e < DBL_MIN_EXP - DBL_MANT_DIG - 2) /* |q| < 2^-1075: half the least subnormal */
        return sign > 0 ? 0.0 : -0.0;

    /* Q = floor(n 2^k / d) with k chosen so that Q has 55 or 56 bits; sticky = remainder != 0. */
    long k = DBL_MANT_DIG + 2 - e;
    mpz_t Q, r, t, d;
    mpz_inits(Q, r, t, d, NULL);
    mpz_abs(t, mpq_numref(q));
    if (k >= 0) {
        mpz_mul_2exp(t, t, (mp_bitcnt_t)k);
        mpz_tdiv_qr(Q, r, t, mpq_denref(q));
    } else {
        mpz_mul_2exp(d, mpq_denref(q), (mp_bitcnt_t)-k);
        mpz_tdiv_qr(Q, r, t, d);
    }
    bool sticky = mpz_sgn(r) != 0;
    long L = (long)mpz_sizeinbase(Q, 2);
    long E = L - 1 - k; /* 2^E <= |q| < 2^(E+1) */
    double result;
    if (E >= DBL_MAX_EXP) {
        result = HUGE_VAL;
    } else {
        /* The unit in the last place of the result: 2^(E-52), or 2^-1074 for subnormals. */
        long u = E - (DBL_MANT_DIG - 1);
        if (u < DBL_MIN_EXP - DBL_MANT_DIG)
            u = DBL_MIN_EXP - DBL_MANT_DIG;
        long shift = u + k; /* low bits of Q below the ulp: at least 2 */
        if (shift > L) {
            result = 0.0; /* below half the least subnormal */
        } else {
            bool half = mpz_tstbit(Q, (mp_bitcnt_t)(shift - 1));
            bool below = sticky || mpz_scan1(Q, 0) < (mp_bitcnt_t)(shift - 1);
            mpz_tdiv_q_2exp(t, Q, (mp_bitcnt_t)shift);
            if (half && (below || mpz_odd_p(t)))
                mpz_add_ui(t, t, 1);
            result = ldexp(mpz_get_d(t), (int)u); /* exact: t <= 2^53; inf on overflow */
            if (isinf(result))
                result = HUGE_VAL;
        }
    }
    mpz_clears(Q, r, t, d, NULL);
    return sign > 0 ? result : -result;
}
