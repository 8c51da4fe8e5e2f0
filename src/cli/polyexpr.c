/* Reading POLY arguments: axle_poly_parse's sums of terms ("x^4 - 1", "3/2 x^2 + x") and, when
 * that grammar does not take the text, expressions with products, powers and parentheses:
 *   expr   := ['+'|'-'] term { ('+'|'-') term }
 *   term   := factor { ['*'] factor }   (juxtaposition multiplies before 'x' or '(': 2x(x - 1))
 *   factor := atom [ '^' digits ]
 *   atom   := number | 'x' | '(' expr ')'
 * evaluated exactly with axle's polynomial arithmetic (numbers as axle_scalar_parse reads them). */
#include <gmp.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* Largest exponent and degree an expression may build. */
#define MAX_EXPONENT 10000
#define MAX_DEGREE 100000
/* Deepest nesting of parentheses (the parser recurses once per level). */
#define MAX_DEPTH 200

typedef struct expr_parser {
    const char *t;
    size_t pos;
    unsigned depth;
    bool failed;
    size_t err_pos;
    char msg[192];
} expr_parser;

static void skip(expr_parser *e)
{
    while (e->t[e->pos] == ' ' || e->t[e->pos] == '\t' || e->t[e->pos] == '\n' ||
           e->t[e->pos] == '\r')
        e->pos++;
}

/* Record the first failure at the current position; returns NULL for the caller to pass up. */
static axle_poly *fail(expr_parser *e, const char *fmt, const char *arg)
{
    if (!e->failed) {
        e->failed = true;
        e->err_pos = e->pos;
        snprintf(e->msg, sizeof e->msg, fmt, arg);
    }
    return NULL;
}

static axle_poly *expected(expr_parser *e, const char *what)
{
    char found[32], msg[96];
    unsigned char c = (unsigned char)e->t[e->pos];
    if (!c)
        snprintf(found, sizeof found, "end of text");
    else if (c >= 0x20 && c < 0x7f)
        snprintf(found, sizeof found, "'%c'", c);
    else
        snprintf(found, sizeof found, "byte 0x%02x", c);
    snprintf(msg, sizeof msg, "expected %s, found %s", what, found);
    return fail(e, "%s", msg);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* The length of a decimal "12", "1.5", ".5", "2e-3" at t (0 if none). */
static size_t decimal_len(const char *t)
{
    size_t k = 0, digits = 0;
    for (; is_digit(t[k]); k++)
        digits++;
    if (t[k] == '.')
        for (k++; is_digit(t[k]); k++)
            digits++;
    if (!digits)
        return 0;
    if (t[k] == 'e' || t[k] == 'E') {
        size_t j = k + 1 + (t[k + 1] == '+' || t[k + 1] == '-');
        if (is_digit(t[j])) {
            while (is_digit(t[j]))
                j++;
            k = j;
        }
    }
    return k;
}

/* A number "3", "-" excluded, "3/4", "1.5e3/7" as a constant polynomial. */
static axle_poly *number(expr_parser *e)
{
    const char *t = e->t + e->pos;
    size_t k = decimal_len(t);
    if (t[k] == '/' && decimal_len(t + k + 1))
        k += 1 + decimal_len(t + k + 1);
    char *text = malloc(k + 1);
    if (!text)
        return fail(e, "%s", "out of memory");
    memcpy(text, t, k);
    text[k] = '\0';
    axle_scalar *c = NULL;
    axle_poly *p = NULL;
    axle_status s = axle_scalar_parse(&c, AXLE_QQ, text);
    free(text);
    if (!s)
        s = axle_poly_constant(&p, c);
    axle_scalar_free(c);
    if (s)
        return fail(e, "%s", s == AXLE_ENOMEM ? axle_strerror(s) : axle_error_message());
    e->pos += k;
    return p;
}

static axle_poly *expr(expr_parser *e);

static axle_poly *atom(expr_parser *e)
{
    skip(e);
    char c = e->t[e->pos];
    if (c == '(') {
        if (e->depth == MAX_DEPTH)
            return fail(e, "parentheses nested more than %s deep", "200");
        e->pos++;
        e->depth++;
        axle_poly *p = expr(e);
        e->depth--;
        if (!p)
            return NULL;
        skip(e);
        if (e->t[e->pos] != ')') {
            axle_poly_free(p);
            return expected(e, "')' or an operator");
        }
        e->pos++;
        return p;
    }
    if (c == 'x') {
        e->pos++;
        axle_poly *p = NULL;
        return axle_poly_monomial(&p, AXLE_QQ, 1) ? fail(e, "%s", "out of memory") : p;
    }
    if (is_digit(c) || c == '.')
        return number(e);
    return expected(e, "a number, 'x' or '('");
}

/* Limits on what a few bytes of text may ask for: the bits of one coefficient (numerator plus
 * denominator, about 300000 digits) and of all coefficients together (about 16 MB). */
#define MAX_COEFF_BITS 1000000.0
#define MAX_TOTAL_BITS 134217728.0

/* The largest number of bits in a coefficient of p (numerator plus denominator). */
static double coeff_bits(const axle_poly *p)
{
    double best = 0;
    mpq_t c;
    mpq_init(c);
    for (long k = 0; k <= axle_poly_degree(p); k++) {
        axle_poly_coeff_mpq(c, p, (size_t)k);
        double b =
            (double)mpz_sizeinbase(mpq_numref(c), 2) + (double)mpz_sizeinbase(mpq_denref(c), 2);
        if (b > best)
            best = b;
    }
    mpq_clear(c);
    return best;
}

/* True when a result of degree deg whose coefficients have at most bits bits is within the
 * limits. */
static bool size_ok(double deg, double bits)
{
    return bits <= MAX_COEFF_BITS && bits * (deg + 1) <= MAX_TOTAL_BITS;
}

static axle_poly *factor(expr_parser *e)
{
    axle_poly *p = atom(e);
    if (!p)
        return NULL;
    skip(e);
    if (e->t[e->pos] != '^')
        return p;
    e->pos++;
    skip(e);
    if (!is_digit(e->t[e->pos])) {
        axle_poly_free(p);
        return expected(e, "a digit after '^'");
    }
    size_t at = e->pos;
    unsigned long n = 0;
    while (is_digit(e->t[e->pos]))
        if ((n = n * 10 + (unsigned long)(e->t[e->pos++] - '0')) > MAX_EXPONENT) {
            e->pos = at;
            axle_poly_free(p);
            return fail(e, "exponent above %s", "10000");
        }
    long d = axle_poly_degree(p);
    axle_poly *q = NULL;
    if (d > 0 && (unsigned long)d * n > MAX_DEGREE) {
        e->pos = at;
        axle_poly_free(p);
        return fail(e, "the power has degree above %s", "100000");
    }
    /* |coefficient of p^n| <= (sum of |coefficients of p|)^n <= ((d + 1) max)^n */
    double dd = d > 0 ? (double)d : 0;
    if (!size_ok(dd * (double)n, (double)n * (coeff_bits(p) + log2(dd + 1) + 1))) {
        e->pos = at;
        axle_poly_free(p);
        return fail(e, "the power's coefficients would exceed %s", "the size limit (16 MB)");
    }
    axle_status s = axle_poly_pow(&q, p, n);
    axle_poly_free(p);
    return s ? fail(e, "%s", axle_error_message()) : q;
}

/* A factor written right after another one without '*': x or a parenthesis ("x 2" is refused). */
static bool starts_factor(char c)
{
    return c == 'x' || c == '(';
}

static axle_poly *term(expr_parser *e)
{
    axle_poly *p = factor(e);
    while (p) {
        skip(e);
        if (e->t[e->pos] == '*')
            e->pos++;
        else if (!starts_factor(e->t[e->pos]))
            break;
        axle_poly *f = factor(e), *q = NULL;
        long dp = axle_poly_degree(p), df = f ? axle_poly_degree(f) : 0;
        double shorter = (double)(dp < df ? dp : df);
        if (f && dp + df > MAX_DEGREE)
            fail(e, "the product has degree above %s", "100000");
        else if (f && !size_ok((double)(dp + df), coeff_bits(p) + coeff_bits(f) +
                                                      log2(shorter > 0 ? shorter + 1 : 1) + 1))
            fail(e, "the product's coefficients would exceed %s", "the size limit (16 MB)");
        else if (f && axle_poly_mul(&q, p, f))
            fail(e, "%s", axle_error_message());
        axle_poly_free(p);
        axle_poly_free(f);
        p = q;
    }
    return p;
}

static axle_poly *expr(expr_parser *e)
{
    skip(e);
    bool negative = false;
    if (e->t[e->pos] == '+' || e->t[e->pos] == '-')
        negative = e->t[e->pos++] == '-';
    axle_poly *p = NULL;
    if (axle_poly_from_ints(&p, AXLE_QQ, 0, NULL))
        return fail(e, "%s", "out of memory");
    for (;;) {
        axle_poly *t = term(e), *q = NULL;
        if (!t) {
            axle_poly_free(p);
            return NULL;
        }
        axle_status s = negative ? axle_poly_sub(&q, p, t) : axle_poly_add(&q, p, t);
        axle_poly_free(p);
        axle_poly_free(t);
        if (s)
            return fail(e, "%s", axle_error_message());
        p = q;
        skip(e);
        if (e->t[e->pos] != '+' && e->t[e->pos] != '-')
            return p;
        negative = e->t[e->pos++] == '-';
    }
}

int cli_read_poly(axle_poly **p, const char *arg)
{
    *p = NULL;
    size_t len;
    char *text = cli_load_text(arg, "POLY", &len);
    if (!text)
        return CLI_USAGE;
    axle_status s = axle_poly_parse(p, AXLE_QQ, text);
    if (s == AXLE_EPARSE) {
        /* not a plain sum of terms: try the expression grammar; if that fails too, report its
         * error when the text uses parentheses, otherwise the plain grammar's */
        size_t pos = axle_error_position();
        char msg[256];
        snprintf(msg, sizeof msg, "%s", axle_error_message());
        expr_parser e = {text, 0, 0, false, 0, ""};
        *p = expr(&e);
        skip(&e);
        if (*p && e.t[e.pos] != '\0') {
            axle_poly_free(*p);
            *p = expected(&e, "an operator or the end of the polynomial");
        }
        if (*p)
            s = AXLE_OK;
        else if (strchr(text, '('))
            cli_show_parse_message(text, len, e.err_pos, "POLY", e.msg);
        else
            cli_show_parse_message(text, len, pos, "POLY", msg);
    } else if (s) {
        cli_show_error("POLY", s);
    }
    free(text);
    return s ? CLI_USAGE : CLI_OK;
}

int cli_read_nonzero_qq_poly(axle_poly **p, const cli_options *o, const char *cmd,
                             const char *example, const char *why_qq, const char *zero)
{
    *p = NULL;
    if (o->nargs == 0)
        return cli_usage("%s needs POLY", cmd);
    if (o->nargs > 1)
        return cli_usage("%s takes one POLY (quote it: axle %s '%s')", cmd, cmd, example);
    if (o->field != AXLE_QQ) {
        fprintf(stderr, "axle: %s: %s\n", cmd, why_qq);
        return CLI_FAILED;
    }
    int rc = cli_read_poly(p, o->args[0]);
    if (rc)
        return rc;
    if (axle_poly_is_zero(*p)) {
        axle_poly_free(*p);
        *p = NULL;
        fprintf(stderr, "axle: %s: %s\n", cmd, zero);
        return CLI_FAILED;
    }
    return 0;
}
