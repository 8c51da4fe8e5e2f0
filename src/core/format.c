/* Numbers as text in the four formats, appended to a growing string: rationals, doubles, and
 * the entries of matrices, scalars and polynomial coefficients (the storage is read here, so the
 * text layer above writes numbers without knowing how a field stores them).
 *
 * QQ numbers print exactly ("-2/3"); RR numbers in the shortest "%.{15,16,17}g" form that reads
 * back to the same double, with the exponent tidied ("1e20", "1.5e-5", never "-0") so that the
 * same string is valid axle input and a valid JSON number. */
#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "format.h"

bool ax_format_valid(axle_format fmt)
{
    return fmt == AXLE_FORMAT_TEXT || fmt == AXLE_FORMAT_UNICODE || fmt == AXLE_FORMAT_LATEX ||
           fmt == AXLE_FORMAT_JSON;
}

/* The digits of an integer, "-12". */
static void put_mpz(ax_buf *b, const mpz_t z)
{
    size_t n = mpz_sizeinbase(z, 10) + 2;
    if (!ax_buf_reserve(b, n))
        return;
    mpz_get_str(b->p + b->len, 10, z);
    b->len += strlen(b->p + b->len);
}

/* True when text (an ASCII number) reads back as exactly x. */
static bool reads_back(const char *text, double x)
{
    mpq_t q;
    mpq_init(q);
    size_t pos = 0;
    bool ok =
        ax_parse_number(q, text, &pos) == AXLE_OK && text[pos] == '\0' && ax_mpq_get_d(q) == x;
    mpq_clear(q);
    return ok;
}

/* Tidy "%g" output: any locale's decimal point becomes '.', the exponent loses its '+' and
 * leading zeros ("1e+20" -> "1e20", "1.5e-05" -> "1.5e-5"). */
static void tidy(char *dst, size_t size, const char *src)
{
    size_t k = 0;
    const char *p = src;
    while (*p && k + 1 < size) {
        char c = *p;
        if (isdigit((unsigned char)c) || c == '-') {
            dst[k++] = c;
            p++;
        } else if (c == 'e' || c == 'E') {
            dst[k++] = 'e';
            p++;
            if (*p == '+' || *p == '-') {
                if (*p == '-' && k + 1 < size)
                    dst[k++] = '-';
                p++;
            }
            while (p[0] == '0' && isdigit((unsigned char)p[1]))
                p++;
        } else {
            /* the decimal point, however many bytes the locale spells it with */
            dst[k++] = '.';
            while (*p && !isdigit((unsigned char)*p) && *p != 'e' && *p != 'E')
                p++;
        }
    }
    dst[k] = '\0';
}

#define AX_DBL_STR 40

/* The shortest %.{15,16,17}g that reads back to x ("0" for both zeros). A normal double with a
 * shorter decimal form prints it anyway (%g drops the trailing zeros); subnormals, whose
 * precision is lower, try every precision from 1 ("5e-324", not "4.94065645841247e-324"). */
static void double_str(char out[AX_DBL_STR], double x)
{
    if (x == 0) {
        strcpy(out, "0");
        return;
    }
    if (!isfinite(x)) { /* only if someone wrote one through axle_matrix_rr_data() */
        strcpy(out, isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
        return;
    }
    char raw[AX_DBL_STR];
    for (int digits = fabs(x) < DBL_MIN ? 1 : 15; digits <= 17; digits++) {
        snprintf(raw, sizeof raw, "%.*g", digits, x);
        tidy(out, AX_DBL_STR, raw);
        if (digits == 17 || reads_back(out, x))
            return;
    }
}

void ax_buf_put_double(ax_buf *b, double x, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_JSON && !isfinite(x)) {
        /* JSON has no infinity or NaN: an approximation beyond double range ("approx" of a
         * singular value, "re" of a root above 1.8e308) is null, as JSON.stringify writes it */
        ax_buf_puts(b, "null");
        return;
    }
    char s[AX_DBL_STR];
    double_str(s, x);
    if (fmt == AXLE_FORMAT_TEXT || fmt == AXLE_FORMAT_JSON) {
        ax_buf_puts(b, s);
        return;
    }
    const char *p = s;
    if (*p == '-') {
        ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-");
        p++;
    }
    const char *e = strchr(p, 'e');
    if (!e) {
        ax_buf_puts(b, p);
        return;
    }
    ax_buf_putn(b, p, (size_t)(e - p));
    e++;
    if (fmt == AXLE_FORMAT_LATEX) {
        ax_buf_puts(b, " \\times 10^{");
        ax_buf_puts(b, e);
        ax_buf_puts(b, "}");
        return;
    }
    ax_buf_puts(b, "\xc3\x97"
                   "10"); /* U+00D7 MULTIPLICATION SIGN */
    if (*e == '-') {
        ax_buf_puts(b, "\xe2\x81\xbb"); /* U+207B SUPERSCRIPT MINUS */
        e++;
    }
    ax_buf_script(b, (size_t)strtoul(e, NULL, 10), true);
}

void ax_buf_put_mpq(ax_buf *b, const mpq_t q, axle_format fmt)
{
    bool negative = mpq_sgn(q) < 0;
    bool integer = mpz_cmp_ui(mpq_denref(q), 1) == 0;
    mpz_t num;
    mpz_init(num);
    mpz_abs(num, mpq_numref(q));
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(b, "\"");
    if (negative)
        ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-");
    if (fmt == AXLE_FORMAT_LATEX && !integer) {
        ax_buf_puts(b, "\\frac{");
        put_mpz(b, num);
        ax_buf_puts(b, "}{");
        put_mpz(b, mpq_denref(q));
        ax_buf_puts(b, "}");
    } else {
        put_mpz(b, num);
        if (!integer) {
            ax_buf_puts(b, "/");
            put_mpz(b, mpq_denref(q));
        }
    }
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(b, "\"");
    mpz_clear(num);
}

void ax_buf_put_scalar(ax_buf *b, const axle_scalar *x, axle_format fmt)
{
    if (x->field == AXLE_QQ)
        ax_buf_put_mpq(b, x->q, fmt);
    else
        ax_buf_put_double(b, x->d, fmt);
}

void ax_buf_put_scalar_string(ax_buf *b, const axle_scalar *x)
{
    bool quote = x->field == AXLE_RR; /* ax_buf_put_mpq quotes QQ's JSON form itself */
    if (quote)
        ax_buf_puts(b, "\"");
    ax_buf_put_scalar(b, x, AXLE_FORMAT_JSON);
    if (quote)
        ax_buf_puts(b, "\"");
}

void ax_buf_put_entry(ax_buf *b, const axle_matrix *A, size_t i, size_t j, axle_format fmt)
{
    if (A->field == AXLE_QQ)
        ax_buf_put_mpq(b, AX_Q(A, i, j), fmt);
    else
        ax_buf_put_double(b, AX_D(A, i, j), fmt);
}

void ax_buf_put_coeff(ax_buf *b, const axle_poly *p, size_t k, bool abs, axle_format fmt)
{
    if (p->field == AXLE_RR) {
        ax_buf_put_double(b, abs ? fabs(p->d[k]) : p->d[k], fmt);
        return;
    }
    if (!abs || mpq_sgn(p->q[k]) >= 0) {
        ax_buf_put_mpq(b, p->q[k], fmt);
        return;
    }
    mpq_t v;
    mpq_init(v);
    mpq_abs(v, p->q[k]);
    ax_buf_put_mpq(b, v, fmt);
    mpq_clear(v);
}

int ax_poly_coeff_sign(const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        return mpq_sgn(p->q[k]);
    return (p->d[k] > 0) - (p->d[k] < 0);
}

bool ax_poly_coeff_is_unit(const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        return mpz_cmpabs_ui(mpq_numref(p->q[k]), 1) == 0 &&
               mpz_cmp_ui(mpq_denref(p->q[k]), 1) == 0;
    return fabs(p->d[k]) == 1.0;
}

bool ax_poly_coeff_is_plus_zero(const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        return mpq_sgn(p->q[k]) == 0;
    return p->d[k] == 0 && !signbit(p->d[k]);
}
