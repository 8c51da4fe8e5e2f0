/* Polynomials as text: printing in the four io formats and parsing sums of terms in x. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "poly/poly_impl.h"

/* U+2212 MINUS SIGN */
/* Coefficient k of p as a new scalar, its absolute value if abs is set. */
static axle_status coeff_scalar(axle_scalar **out, const axle_poly *p, size_t k, bool abs)
{
    if (p->field == AXLE_RR)
        return ax_scalar_from_d(out, abs ? fabs(p->d[k]) : p->d[k]);
    mpq_t v;
    mpq_init(v);
    if (abs)
        mpq_abs(v, p->q[k]);
    else
        mpq_set(v, p->q[k]);
    axle_status s = ax_scalar_from_mpq(out, AXLE_QQ, v);
    mpq_clear(v);
    return s;
}

static int coeff_sign(const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        return mpq_sgn(p->q[k]);
    return (p->d[k] > 0) - (p->d[k] < 0);
}

static bool coeff_is_one(const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        return mpz_cmpabs_ui(mpq_numref(p->q[k]), 1) == 0 &&
               mpz_cmp_ui(mpq_denref(p->q[k]), 1) == 0;
    return fabs(p->d[k]) == 1.0;
}

static void put_power(ax_buf *b, size_t k, axle_format fmt)
{
    char digits[32];
    if (k == 0)
        return;
    ax_buf_puts(b, "x");
    if (k == 1)
        return;
    snprintf(digits, sizeof digits, "%zu", k);
    if (fmt == AXLE_FORMAT_UNICODE) {
        ax_buf_script(b, k, true);
    } else if (fmt == AXLE_FORMAT_LATEX) {
        ax_buf_puts(b, "^{");
        ax_buf_puts(b, digits);
        ax_buf_puts(b, "}");
    } else {
        ax_buf_puts(b, "^");
        ax_buf_puts(b, digits);
    }
}

static axle_status put_json(ax_buf *b, const axle_poly *p)
{
    ax_buf_puts(b, "[");
    for (size_t k = p->len; k-- > 0;) {
        axle_scalar *c;
        char *s;
        axle_status st = coeff_scalar(&c, p, k, false);
        if (st)
            return st;
        st = axle_scalar_to_string(&s, c, AXLE_FORMAT_JSON);
        axle_scalar_free(c);
        if (st)
            return st;
        ax_buf_puts(b, s);
        axle_free(s);
        if (k)
            ax_buf_puts(b, ",");
    }
    ax_buf_puts(b, "]");
    return AXLE_OK;
}

static axle_status put_terms(ax_buf *b, const axle_poly *p, axle_format fmt)
{
    const char *minus = fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-";
    bool first = true;
    for (size_t k = p->len; k-- > 0;) {
        int sg = coeff_sign(p, k);
        if (!sg)
            continue;
        if (first)
            ax_buf_puts(b, sg < 0 ? minus : "");
        else {
            ax_buf_puts(b, " ");
            ax_buf_puts(b, sg < 0 ? minus : "+");
            ax_buf_puts(b, " ");
        }
        first = false;
        if (k == 0 || !coeff_is_one(p, k)) {
            axle_scalar *c;
            char *s;
            axle_status st = coeff_scalar(&c, p, k, true);
            if (st)
                return st;
            st = axle_scalar_to_string(&s, c, fmt);
            axle_scalar_free(c);
            if (st)
                return st;
            ax_buf_puts(b, s);
            /* keep "3/2 x" and "1e-05 x" readable (and parseable) */
            if (k > 0 && fmt != AXLE_FORMAT_LATEX && (strpbrk(s, "/e") || strstr(s, "\xc3\x97")))
                ax_buf_puts(b, " ");
            axle_free(s);
        }
        put_power(b, k, fmt);
    }
    if (first)
        ax_buf_puts(b, "0");
    return AXLE_OK;
}

axle_status axle_poly_to_string(char **out, const axle_poly *p, axle_format fmt)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    if ((s = ax_poly_check(p, "p")))
        return s;
    if (fmt != AXLE_FORMAT_TEXT && fmt != AXLE_FORMAT_UNICODE && fmt != AXLE_FORMAT_LATEX &&
        fmt != AXLE_FORMAT_JSON)
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    ax_buf b = {0};
    s = fmt == AXLE_FORMAT_JSON ? put_json(&b, p) : put_terms(&b, p, fmt);
    if (s) {
        ax_buf_drop(&b);
        return s;
    }
    return ax_buf_finish(&b, out);
}

/* ---- parsing ------------------------------------------------------------------------------- */

#define AX_POLY_MAX_PARSE_DEGREE 1000000ul

typedef struct term {
    size_t exp;
    mpq_t c;
} term;

typedef struct parser {
    const char *t;
    size_t pos;
    term *terms;
    size_t n, cap;
} parser;

static void skip_blanks(parser *ps)
{
    while (ps->t[ps->pos] == ' ' || ps->t[ps->pos] == '\t' || ps->t[ps->pos] == '\n' ||
           ps->t[ps->pos] == '\r')
        ps->pos++;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* 'x' [ '^' digits ] at ps->pos (which holds 'x'). */
static axle_status parse_monomial(parser *ps, size_t *exp)
{
    ps->pos++;
    size_t save = ps->pos;
    skip_blanks(ps);
    if (ps->t[ps->pos] != '^') {
        ps->pos = save;
        *exp = 1;
        return AXLE_OK;
    }
    ps->pos++;
    skip_blanks(ps);
    if (!is_digit(ps->t[ps->pos]))
        return ax_parse_error(ps->pos,
                              "expected a nonnegative integer exponent after '^' at "
                              "offset %zu",
                              ps->pos);
    size_t start = ps->pos, e = 0;
    while (is_digit(ps->t[ps->pos])) {
        e = e * 10 + (size_t)(ps->t[ps->pos] - '0');
        if (e > AX_POLY_MAX_PARSE_DEGREE)
            return ax_error(AXLE_ERANGE, "exponent at offset %zu is above %lu", start,
                            AX_POLY_MAX_PARSE_DEGREE);
        ps->pos++;
    }
    *exp = e;
    return AXLE_OK;
}

static axle_status add_term(parser *ps, size_t exp, const mpq_t c)
{
    if (ps->n == ps->cap) {
        size_t cap = ps->cap ? 2 * ps->cap : 8;
        term *t = ax_realloc(ps->terms, cap * sizeof *t);
        if (!t)
            return ax_nomem();
        ps->terms = t;
        ps->cap = cap;
    }
    ps->terms[ps->n].exp = exp;
    mpq_init(ps->terms[ps->n].c);
    mpq_set(ps->terms[ps->n].c, c);
    ps->n++;
    return AXLE_OK;
}

/* term := number [ ['*'] monomial ] | monomial, with the sign already read into neg. */
static axle_status parse_term(parser *ps, bool neg)
{
    mpq_t c;
    mpq_init(c);
    mpq_set_ui(c, 1, 1);
    size_t exp = 0;
    axle_status s = AXLE_OK;
    char ch = ps->t[ps->pos];
    if (is_digit(ch) || ch == '.') {
        s = ax_parse_number(c, ps->t, &ps->pos);
        if (!s) {
            size_t save = ps->pos;
            skip_blanks(ps);
            bool star = ps->t[ps->pos] == '*';
            if (star) {
                ps->pos++;
                skip_blanks(ps);
            }
            if (ps->t[ps->pos] == 'x')
                s = parse_monomial(ps, &exp);
            else if (star)
                s = ax_parse_error(ps->pos, "expected 'x' after '*' at offset %zu", ps->pos);
            else
                ps->pos = save;
        }
    } else if (ch == 'x') {
        s = parse_monomial(ps, &exp);
    } else {
        s = ax_parse_error(ps->pos, "expected a coefficient or 'x' at offset %zu", ps->pos);
    }
    if (!s) {
        if (neg)
            mpq_neg(c, c);
        s = add_term(ps, exp, c);
    }
    mpq_clear(c);
    return s;
}

axle_status axle_poly_parse(axle_poly **out, axle_field F, const char *text)
{
    axle_status s = ax_check_out(out);
    if (s)
        return s;
    *out = NULL;
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field %d", (int)F);
    if (!text)
        return ax_error(AXLE_EINVAL, "polynomial text is NULL");
    parser ps = {text, 0, NULL, 0, 0};
    skip_blanks(&ps);
    bool neg = false;
    if (text[ps.pos] == '+' || text[ps.pos] == '-') {
        neg = text[ps.pos] == '-';
        ps.pos++;
        skip_blanks(&ps);
    }
    if (text[ps.pos] == '\0')
        s = ax_parse_error(ps.pos, "expected a polynomial at offset %zu", ps.pos);
    while (!s) {
        if ((s = parse_term(&ps, neg)))
            break;
        skip_blanks(&ps);
        char ch = text[ps.pos];
        if (ch == '\0')
            break;
        if (ch != '+' && ch != '-') {
            s = ax_parse_error(
                ps.pos, "expected '+', '-' or the end of the polynomial at offset %zu", ps.pos);
            break;
        }
        neg = ch == '-';
        ps.pos++;
        skip_blanks(&ps);
    }
    size_t len = 0;
    for (size_t i = 0; i < ps.n; i++)
        if (ps.terms[i].exp + 1 > len)
            len = ps.terms[i].exp + 1;
    mpq_t *c = NULL;
    if (!s && len) {
        c = ax_calloc(len, sizeof *c);
        if (!c)
            s = ax_nomem();
    }
    if (!s) {
        for (size_t k = 0; k < len; k++)
            mpq_init(c[k]);
        for (size_t i = 0; i < ps.n; i++)
            mpq_add(c[ps.terms[i].exp], c[ps.terms[i].exp], ps.terms[i].c);
        s = axle_poly_from_mpq(out, F, len, c);
        for (size_t k = 0; k < len; k++)
            mpq_clear(c[k]);
    }
    free(c);
    for (size_t i = 0; i < ps.n; i++)
        mpq_clear(ps.terms[i].c);
    free(ps.terms);
    return s;
}
