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

/* Whether coefficient k is +0 (its text is the same for all such k). */
static bool coeff_is_plus_zero(const axle_poly *p, size_t k)
{
    if (p->field == AXLE_QQ)
        return mpq_sgn(p->q[k]) == 0;
    return p->d[k] == 0 && !signbit(p->d[k]);
}

static axle_status put_json(ax_buf *b, const axle_poly *p)
{
    ax_buf_puts(b, "[");
    char *zero = NULL; /* the text of +0, made once (x^1000000 has a million zeros) */
    axle_status st = AXLE_OK;
    for (size_t k = p->len; k-- > 0 && !st;) {
        bool z = coeff_is_plus_zero(p, k);
        if (!z || !zero) {
            axle_scalar *c;
            char *s;
            st = coeff_scalar(&c, p, k, false);
            if (st)
                break;
            st = axle_scalar_to_string(&s, c, AXLE_FORMAT_JSON);
            axle_scalar_free(c);
            if (st)
                break;
            ax_buf_puts(b, s);
            if (z)
                zero = s;
            else
                axle_free(s);
        } else {
            ax_buf_puts(b, zero);
        }
        if (k)
            ax_buf_puts(b, ",");
    }
    axle_free(zero);
    if (st)
        return st;
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
    AX_OUT(out);
    axle_status s;
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

/* ---- parsing --------------------------------------------------------------------------------
 * One grammar for polynomial text, read in three passes so that the work is bounded by the text:
 * 1. the text is parsed into a tree (every syntax error is reported before any arithmetic);
 * 2. the size of every node's value is bounded a priori (degree, log2 of the 1-norm of the
 *    integer numerator, denominator bits) and checked against AXLE_POLY_MAX_DEGREE and
 *    AXLE_POLY_MAX_BITS, so "((x+1)^100)^100" is judged as the (x+1)^10000 it is;
 * 3. the tree is evaluated exactly over QQ and converted to the field once.
 * Nodes are stored in creation order, operands before the operation, so passes 2 and 3 are loops
 * (only parentheses recurse, at most PARSE_MAX_DEPTH deep). Values are kept sparse while they are
 * monomials c x^k and summed in place, so a long sum of terms costs time linear in its length. */

/* Deepest nesting of parentheses. */
#define PARSE_MAX_DEPTH 200

typedef enum { N_NUM, N_X, N_NEG, N_ADD, N_SUB, N_MUL, N_DIV, N_POW } node_kind;

typedef struct node {
    node_kind kind;
    size_t pos;      /* where the node's text starts (the divisor for N_DIV) */
    size_t a, b;     /* operands (node indices), as the kind needs */
    unsigned long e; /* N_POW: the exponent */
    size_t num;      /* N_NUM: index into the parser's numbers */
} node;

typedef struct parser {
    char *t; /* a copy of the text (a number's '/' is cut off while the number is read) */
    size_t pos;
    unsigned depth;
    node *nodes;
    size_t n, cap;
    mpq_t *nums;
    size_t nn, ncap;
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

/* The array a (n elements of `size` bytes, room for *cap) with room for one more, doubling its
 * capacity when full; NULL (a untouched) when memory runs out. */
static void *make_room(void *a, size_t n, size_t *cap, size_t size)
{
    if (n < *cap)
        return a;
    size_t c = *cap ? 2 * *cap : 16, bytes;
    void *t = ax_size_mul(&bytes, c, size) ? ax_realloc(a, bytes) : NULL;
    if (t)
        *cap = c;
    return t;
}

/* Append a node; its index in *at. */
static axle_status add_node(parser *ps, node nd, size_t *at)
{
    node *t = make_room(ps->nodes, ps->n, &ps->cap, sizeof *t);
    if (!t)
        return ax_nomem();
    ps->nodes = t;
    ps->nodes[ps->n] = nd;
    *at = ps->n++;
    return AXLE_OK;
}

static axle_status binary(parser *ps, node_kind k, size_t pos, size_t *a, size_t b)
{
    return add_node(ps, (node){k, pos, *a, b, 0, 0}, a);
}

/* A number token (a decimal as in axle_scalar_parse; '/' is the division operator here). */
static axle_status parse_number(parser *ps, size_t *at)
{
    size_t end = ps->pos;
    while (is_digit(ps->t[end]))
        end++;
    if (ps->t[end] == '.')
        for (end++; is_digit(ps->t[end]); end++)
            ;
    if (ps->t[end] == 'e' || ps->t[end] == 'E') {
        size_t j = end + 1 + (ps->t[end + 1] == '+' || ps->t[end + 1] == '-');
        if (is_digit(ps->t[j]))
            for (end = j; is_digit(ps->t[end]); end++)
                ;
    }
    mpq_t *t = make_room(ps->nums, ps->nn, &ps->ncap, sizeof *t);
    if (!t)
        return ax_nomem();
    ps->nums = t;
    size_t start = ps->pos;
    char cut = ps->t[end];
    if (cut == '/')
        ps->t[end] = '\0';
    mpq_init(ps->nums[ps->nn]);
    axle_status s = ax_parse_number(ps->nums[ps->nn], ps->t, &ps->pos);
    ps->t[end] = cut;
    if (s) {
        mpq_clear(ps->nums[ps->nn]);
        return s;
    }
    return add_node(ps, (node){N_NUM, start, 0, 0, 0, ps->nn++}, at);
}

static axle_status parse_sum(parser *ps, size_t *at);

/* atom := number | 'x' | '(' poly ')' */
static axle_status parse_atom(parser *ps, size_t *at)
{
    skip_blanks(ps);
    char c = ps->t[ps->pos];
    if (is_digit(c) || c == '.')
        return parse_number(ps, at);
    if (c == 'x')
        return add_node(ps, (node){N_X, ps->pos++, 0, 0, 0, 0}, at);
    if (c != '(')
        return ax_parse_error(ps->pos, "expected a number, 'x' or '(' at offset %zu", ps->pos);
    if (ps->depth == PARSE_MAX_DEPTH)
        return ax_parse_error(ps->pos, "parentheses nested more than %d deep at offset %zu",
                              PARSE_MAX_DEPTH, ps->pos);
    ps->pos++;
    ps->depth++;
    axle_status s = parse_sum(ps, at);
    ps->depth--;
    if (s)
        return s;
    skip_blanks(ps);
    if (ps->t[ps->pos] != ')')
        return ax_parse_error(ps->pos, "expected ')' or an operator at offset %zu", ps->pos);
    ps->pos++;
    return AXLE_OK;
}

/* factor := atom [ '^' digits ] */
static axle_status parse_factor(parser *ps, size_t *at)
{
    axle_status s = parse_atom(ps, at);
    if (s)
        return s;
    size_t save = ps->pos;
    skip_blanks(ps);
    if (ps->t[ps->pos] != '^') {
        ps->pos = save;
        return AXLE_OK;
    }
    size_t op = ps->pos++;
    skip_blanks(ps);
    if (!is_digit(ps->t[ps->pos]))
        return ax_parse_error(
            ps->pos, "expected a nonnegative integer exponent after '^' at offset %zu", ps->pos);
    size_t start = ps->pos;
    unsigned long e = 0;
    while (is_digit(ps->t[ps->pos])) {
        e = e * 10 + (unsigned long)(ps->t[ps->pos] - '0');
        if (e > (unsigned long)AXLE_POLY_MAX_DEGREE)
            return ax_error_at(AXLE_ERANGE, start,
                               "exponent at offset %zu is above the limit of %ld "
                               "(AXLE_POLY_MAX_DEGREE)",
                               start, AXLE_POLY_MAX_DEGREE);
        ps->pos++;
    }
    return add_node(ps, (node){N_POW, op, *at, 0, e, 0}, at);
}

/* term := factor { ['*' | '/'] factor }; juxtaposition multiplies before 'x' or '(' */
static axle_status parse_term(parser *ps, size_t *at)
{
    axle_status s = parse_factor(ps, at);
    while (!s) {
        size_t save = ps->pos;
        skip_blanks(ps);
        char c = ps->t[ps->pos];
        node_kind k = c == '/' ? N_DIV : N_MUL;
        if (c == '*' || c == '/')
            ps->pos++;
        else if (c != 'x' && c != '(') {
            ps->pos = save;
            return AXLE_OK;
        }
        skip_blanks(ps);
        size_t right, pos = ps->pos;
        if (!(s = parse_factor(ps, &right)))
            s = binary(ps, k, pos, at, right);
    }
    return s;
}

/* poly := ['+'|'-'] term { ('+'|'-') term } */
static axle_status parse_sum(parser *ps, size_t *at)
{
    skip_blanks(ps);
    char c = ps->t[ps->pos];
    if (c == '+' || c == '-')
        ps->pos++;
    axle_status s = parse_term(ps, at);
    if (!s && c == '-')
        s = add_node(ps, (node){N_NEG, ps->pos, *at, 0, 0, 0}, at);
    while (!s) {
        skip_blanks(ps);
        c = ps->t[ps->pos];
        if (c != '+' && c != '-')
            return AXLE_OK;
        size_t op = ps->pos++, right;
        if (!(s = parse_term(ps, &right)))
            s = binary(ps, c == '+' ? N_ADD : N_SUB, op, at, right);
    }
    return s;
}

/* ---- pass 2: size bounds --------------------------------------------------------------------
 * With M the lcm of the denominators of the numbers in the text and of the numerators of the
 * numbers that divide, every value is P / (M^k Q) with P an integer polynomial, |P|_1 <= 2^num,
 * and Q <= 2^extra an integer from divisions by expressions (not single numbers). */
typedef struct bound {
    double deg, num, k, extra;
    double terms; /* at most this many nonzero coefficients */
} bound;

static double log2_abs(const mpz_t z)
{
    if (mpz_sgn(z) == 0)
        return 0;
    long e;
    double m = fabs(mpz_get_d_2exp(&e, z));
    return fmax(0.0, (double)e + log2(m));
}

/* The bound of the number a/b taken with k = 1 when b > 1: P = a M / b. */
static bound number_bound(const mpz_t a, const mpz_t b, double m)
{
    double k = mpz_cmp_ui(b, 1) != 0;
    return (bound){0, log2_abs(a) + k * (m - log2_abs(b)), k, 0, 1};
}

static bound times(bound a, bound b)
{
    return (bound){a.deg + b.deg, a.num + b.num, a.k + b.k, a.extra + b.extra,
                   fmin(a.terms * b.terms, a.deg + b.deg + 1)};
}

/* log2(2^u + 2^v) */
static double log2_sum(double u, double v)
{
    double hi = fmax(u, v), lo = fmin(u, v);
    return hi + log2(1 + exp2(lo - hi));
}

static const char *node_name(node_kind k)
{
    switch (k) {
    case N_ADD:
        return "the sum";
    case N_SUB:
        return "the difference";
    case N_MUL:
        return "the product";
    case N_DIV:
        return "the quotient";
    case N_POW:
        return "the power";
    default:
        return "the term";
    }
}

/* The denominators of the numbers in the text and the numerators of the numbers that divide. */
static mpz_srcptr denominator_of(const parser *ps, const node *nd)
{
    if (nd->kind == N_NUM)
        return mpq_denref(ps->nums[nd->num]);
    if (nd->kind == N_DIV && ps->nodes[nd->b].kind == N_NUM &&
        mpq_sgn(ps->nums[ps->nodes[nd->b].num]))
        return mpq_numref(ps->nums[ps->nodes[nd->b].num]);
    return NULL;
}

/* M = lcm of the denominators, refused when the sum of their sizes (a bound of log2 M) is above
 * AXLE_POLY_MAX_BITS; the lcm is a balanced tree (pairwise rounds), not a chain, so that it costs
 * about a product of the sizes' sum rather than (number of terms) * log2 M. *fractions counts the
 * numbers with a denominator (or dividing) other than 1. */
static axle_status common_denominator(const parser *ps, mpz_t M, size_t *fractions)
{
    double bits = 0;
    size_t n = 0;
    for (size_t i = 0; i < ps->n; i++) {
        mpz_srcptr d = denominator_of(ps, &ps->nodes[i]);
        if (d && mpz_cmpabs_ui(d, 1) != 0) {
            bits += log2_abs(d) + 1;
            n++;
        }
    }
    *fractions = n;
    if (bits > (double)AXLE_POLY_MAX_BITS)
        return ax_error_at(AXLE_ERANGE, 0,
                           "the common denominator of the numbers would have about %.0f bits, "
                           "above the limit AXLE_POLY_MAX_BITS = 2^26",
                           bits);
    if (n == 0) {
        mpz_set_ui(M, 1);
        return AXLE_OK;
    }
    mpz_t *v = ax_calloc(n, sizeof *v);
    if (!v)
        return ax_nomem();
    n = 0;
    for (size_t i = 0; i < ps->n; i++) {
        mpz_srcptr d = denominator_of(ps, &ps->nodes[i]);
        if (d && mpz_cmpabs_ui(d, 1) != 0)
            mpz_init_set(v[n++], d);
    }
    for (size_t len = n; len > 1; len = (len + 1) / 2)
        for (size_t j = 0; 2 * j < len; j++) {
            if (2 * j + 1 < len)
                mpz_lcm(v[j], v[2 * j], v[2 * j + 1]);
            else
                mpz_swap(v[j], v[2 * j]);
        }
    mpz_abs(M, v[0]);
    for (size_t i = 0; i < n; i++)
        mpz_clear(v[i]);
    free(v);
    return AXLE_OK;
}

static axle_status check_sizes(const parser *ps)
{
    mpz_t M, t;
    mpz_init(M);
    size_t fractions;
    axle_status s = common_denominator(ps, M, &fractions);
    if (s) {
        mpz_clear(M);
        return s;
    }
    bound *bd = ax_calloc(ps->n, sizeof *bd);
    bool *dense = ax_calloc(ps->n, sizeof *dense);
    if (!bd || !dense) {
        free(bd);
        free(dense);
        mpz_clear(M);
        return ax_nomem();
    }
    mpz_init(t);
    double m = log2_abs(M);
    /* The work of pass 3 in coefficient operations: a sum of two monomials of the same degree,
     * or a product of monomials, is one; whatever touches a dense value costs its length. The
     * in-place sums of fractions each cost about log2 M / 64 word operations. */
    double work = (double)fractions * (m / 64 + 1);
    if (work > (double)AXLE_POLY_MAX_WORK)
        s = ax_error_at(AXLE_ERANGE, 0,
                        "the %zu fractions over a common denominator of %.0f bits need about %.0f "
                        "word operations, above the limit AXLE_POLY_MAX_WORK = 2^25",
                        fractions, m, work);
    for (size_t i = 0; i < ps->n && !s; i++) {
        const node *nd = &ps->nodes[i];
        bound a = bd[nd->a], b = bd[nd->b], r = {0, 0, 0, 0, 1};
        switch (nd->kind) {
        case N_NUM:
            r = number_bound(mpq_numref(ps->nums[nd->num]), mpq_denref(ps->nums[nd->num]), m);
            break;
        case N_X:
            r.deg = 1;
            break;
        case N_NEG:
            r = a;
            break;
        case N_ADD:
        case N_SUB:
            r.deg = fmax(a.deg, b.deg);
            r.k = fmax(a.k, b.k);
            r.extra = a.extra + b.extra;
            r.num = log2_sum(a.num + (r.k - a.k) * m + b.extra, b.num + (r.k - b.k) * m + a.extra);
            r.terms = fmin(a.terms + b.terms, r.deg + 1);
            break;
        case N_MUL:
            r = times(a, b);
            break;
        case N_DIV:
            if (b.deg > 0) {
                s = ax_parse_error(nd->pos,
                                   "a polynomial can be divided only by a nonzero number; the "
                                   "divisor at offset %zu contains x",
                                   nd->pos);
                break;
            }
            if (ps->nodes[nd->b].kind == N_NUM) {
                mpq_srcptr c = ps->nums[ps->nodes[nd->b].num];
                if (!mpq_sgn(c)) {
                    s = ax_error_at(AXLE_EDOMAIN, nd->pos, "division by zero at offset %zu",
                                    nd->pos);
                    break;
                }
                mpz_abs(t, mpq_numref(c));
                b = number_bound(mpq_denref(c), t, m);
            } else { /* 1 / (P / (M^k Q)) = M^k Q / P with |P| <= 2^num */
                b = (bound){0, b.k * m + b.extra, 0, b.num, 1};
            }
            r = times(a, b);
            break;
        case N_POW: {
            double e = (double)nd->e;
            r = (bound){a.deg * e, a.num * e, a.k * e, a.extra * e,
                        a.terms == 1 ? 1 : a.deg * e + 1};
            break;
        }
        }
        bd[i] = r;
        bool da = dense[nd->a], db = dense[nd->b];
        switch (nd->kind) {
        case N_NEG:
            dense[i] = da;
            work += da ? a.deg + 1 : 1;
            break;
        case N_ADD:
        case N_SUB: /* a sum into the dense operand costs O(1) plus its growth */
            dense[i] = da || db || a.deg != b.deg;
            if (!dense[i])
                work += 1;
            else if (da && db)
                work += a.deg + b.deg + 2;
            else if (da)
                work += 1 + fmax(0, b.deg - a.deg);
            else if (db) /* taken over, negated for a difference */
                work += 1 + (nd->kind == N_SUB ? b.deg + 1 : 0) + fmax(0, a.deg - b.deg);
            else /* two monomials: the first made dense */
                work += r.deg + 1;
            break;
        case N_MUL:
            dense[i] = da || db;
            work += (da ? a.deg + 1 : 1) + (db ? b.deg + 1 : 1) + (dense[i] ? r.deg + 1 : 0);
            break;
        case N_DIV:
            dense[i] = da;
            work += da ? a.deg + 1 : 1;
            break;
        case N_POW:
            dense[i] = da;
            work += da ? (a.deg + 1) + (r.deg + 1) : 1;
            break;
        default:
            work += 1;
            break;
        }
        if (!s && work > (double)AXLE_POLY_MAX_WORK) {
            s = ax_error_at(AXLE_ERANGE, nd->pos,
                            "%s at offset %zu brings the expression to about %.0f coefficient "
                            "operations, above the limit AXLE_POLY_MAX_WORK = 2^25",
                            node_name(nd->kind), nd->pos, work);
            break;
        }
        ax_psize z = {r.deg, r.num, r.k * m + r.extra, r.terms};
        if (!s && nd->kind != N_NUM && nd->kind != N_X &&
            (s = ax_psize_check(z, node_name(nd->kind)))) {
            /* the message again, naming the place, and the place for a caret */
            char what[64], msg[256];
            snprintf(what, sizeof what, "%s at offset %zu", node_name(nd->kind), nd->pos);
            s = ax_psize_check(z, what);
            snprintf(msg, sizeof msg, "%s", axle_error_message());
            ax_error_at(s, nd->pos, "%s", msg);
        }
    }
    mpz_clears(M, t, NULL);
    free(bd);
    free(dense);
    return s;
}

/* ---- pass 3: evaluation ---------------------------------------------------------------------
 * A value is the monomial c x^k (dense false) or dense: len coefficients in use of cap
 * initialised ones. */
typedef struct value {
    bool dense;
    size_t k;
    mpq_t c;
    mpq_t *v;
    size_t len, cap;
} value;

static void value_clear(value *x)
{
    mpq_clear(x->c);
    for (size_t i = 0; i < x->cap; i++)
        mpq_clear(x->v[i]);
    free(x->v);
}

/* Room for n coefficients (at least doubling). */
static bool value_fit(value *x, size_t n)
{
    if (n <= x->cap)
        return true;
    size_t cap = n > 2 * x->cap ? n : 2 * x->cap, bytes;
    mpq_t *v = ax_size_mul(&bytes, cap, sizeof *v) ? ax_realloc(x->v, bytes) : NULL;
    if (!v)
        return false;
    for (size_t i = x->cap; i < cap; i++)
        mpq_init(v[i]);
    x->v = v;
    x->cap = cap;
    return true;
}

static bool make_dense(value *x)
{
    if (x->dense)
        return true;
    if (!value_fit(x, x->k + 1))
        return false;
    for (size_t i = 0; i < x->k; i++)
        mpq_set_ui(x->v[i], 0, 1);
    mpq_swap(x->v[x->k], x->c);
    x->len = x->k + 1;
    x->dense = true;
    return true;
}

static void negate(value *x)
{
    if (!x->dense)
        mpq_neg(x->c, x->c);
    for (size_t i = 0; x->dense && i < x->len; i++)
        mpq_neg(x->v[i], x->v[i]);
}

/* x = x + sign y (y's storage may be taken over). */
static bool add_values(value *x, value *y, int sign)
{
    if (!x->dense && !y->dense && x->k == y->k) {
        (sign > 0 ? mpq_add : mpq_sub)(x->c, x->c, y->c);
        return true;
    }
    if (y->dense && (!x->dense || y->cap > x->cap)) { /* sum into the longer storage */
        value t = *x;
        *x = *y;
        *y = t;
        if (sign < 0)
            negate(x);
        sign = 1;
    }
    if (!make_dense(x))
        return false;
    size_t n = y->dense ? y->len : y->k + 1;
    if (!value_fit(x, n))
        return false;
    for (size_t i = x->len; i < n; i++)
        mpq_set_ui(x->v[i], 0, 1);
    if (n > x->len)
        x->len = n;
    if (!y->dense)
        (sign > 0 ? mpq_add : mpq_sub)(x->v[y->k], x->v[y->k], y->c);
    for (size_t i = 0; y->dense && i < y->len; i++)
        (sign > 0 ? mpq_add : mpq_sub)(x->v[i], x->v[i], y->v[i]);
    return true;
}

/* x = x c x^k for a monomial c x^k. */
static bool times_monomial(value *x, const mpq_t c, size_t k)
{
    if (!x->dense) {
        mpq_mul(x->c, x->c, c);
        x->k += k;
        return true;
    }
    if (!value_fit(x, x->len + k))
        return false;
    for (size_t i = x->len; i-- > 0;) {
        mpq_mul(x->v[i + k], x->v[i], c);
        if (k)
            mpq_set_ui(x->v[i], 0, 1);
    }
    x->len += k;
    return true;
}

static axle_status to_poly(axle_poly **out, value *x, axle_field F)
{
    if (!make_dense(x))
        return ax_nomem();
    return axle_poly_from_mpq(out, F, x->len, x->v);
}

/* x = p (p freed). */
static void from_poly(value *x, axle_poly *p)
{
    x->dense = true;
    x->len = p->len;
    for (size_t i = 0; i < p->len; i++)
        mpq_swap(x->v[i], p->q[i]);
    axle_poly_free(p);
}

/* x = x * y or x^e through the library's bounded arithmetic. */
static axle_status dense_op(value *x, value *y, unsigned long e)
{
    axle_poly *p = NULL, *q = NULL, *r = NULL;
    axle_status s = to_poly(&p, x, AXLE_QQ);
    if (!s && y)
        s = to_poly(&q, y, AXLE_QQ);
    if (!s)
        s = y ? axle_poly_mul(&r, p, q) : axle_poly_pow(&r, p, e);
    axle_poly_free(p);
    axle_poly_free(q);
    if (!s && !value_fit(x, r->len))
        s = ax_nomem();
    if (s) {
        axle_poly_free(r);
        return s;
    }
    from_poly(x, r);
    return AXLE_OK;
}

static axle_status power(value *x, unsigned long e)
{
    if (x->dense)
        return dense_op(x, NULL, e);
    mpz_pow_ui(mpq_numref(x->c), mpq_numref(x->c), e);
    mpz_pow_ui(mpq_denref(x->c), mpq_denref(x->c), e);
    x->k *= e;
    return AXLE_OK;
}

/* x = x / y for a constant y (pass 2 refused divisors with x). */
static axle_status divide(value *x, value *y, size_t pos)
{
    if (!make_dense(y))
        return ax_nomem();
    if (!mpq_sgn(y->v[0]))
        return ax_error_at(AXLE_EDOMAIN, pos, "division by zero at offset %zu", pos);
    mpq_inv(y->v[0], y->v[0]);
    return times_monomial(x, y->v[0], 0) ? AXLE_OK : ax_nomem();
}

static axle_status evaluate(axle_poly **out, const parser *ps, axle_field F)
{
    value *val = ax_calloc(ps->n, sizeof *val);
    if (!val)
        return ax_nomem();
    axle_status s = AXLE_OK;
    size_t i;
    for (i = 0; i < ps->n && !s; i++) {
        const node *nd = &ps->nodes[i];
        value *x = &val[i], *a = &val[nd->a], *b = &val[nd->b];
        if (nd->kind != N_NUM && nd->kind != N_X) { /* take the first operand's storage over */
            *x = *a;
            *a = (value){0};
            mpq_init(a->c);
        } else {
            mpq_init(x->c);
        }
        switch (nd->kind) {
        case N_NUM:
            mpq_set(x->c, ps->nums[nd->num]);
            break;
        case N_X:
            mpq_set_ui(x->c, 1, 1);
            x->k = 1;
            break;
        case N_NEG:
            negate(x);
            break;
        case N_ADD:
        case N_SUB:
            if (!add_values(x, b, nd->kind == N_ADD ? 1 : -1))
                s = ax_nomem();
            break;
        case N_MUL:
            if (x->dense && b->dense) {
                s = dense_op(x, b, 0);
                break;
            }
            if (b->dense) { /* multiply the dense operand by the monomial */
                value t = *x;
                *x = *b;
                *b = t;
            }
            if (!times_monomial(x, b->c, b->k))
                s = ax_nomem();
            break;
        case N_DIV:
            s = divide(x, b, nd->pos);
            break;
        case N_POW:
            s = power(x, nd->e);
            break;
        }
    }
    if (!s)
        s = to_poly(out, &val[ps->n - 1], F);
    for (size_t j = 0; j < i; j++)
        value_clear(&val[j]);
    free(val);
    return s;
}

axle_status axle_poly_parse(axle_poly **out, axle_field F, const char *text)
{
    AX_OUT(out);
    axle_status s;
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field %d", (int)F);
    if (!text)
        return ax_error(AXLE_EINVAL, "polynomial text is NULL");
    size_t len = strlen(text);
    parser ps = {ax_malloc(len + 1), 0, 0, NULL, 0, 0, NULL, 0, 0};
    if (!ps.t)
        return ax_nomem();
    memcpy(ps.t, text, len + 1);
    skip_blanks(&ps);
    size_t root;
    if (ps.t[ps.pos] == '\0')
        s = ax_parse_error(ps.pos, "expected a polynomial at offset %zu", ps.pos);
    else if (!(s = parse_sum(&ps, &root)) && ps.t[ps.pos] != '\0')
        s = ax_parse_error(ps.pos,
                           "expected an operator (+ - * / ^) or the end of the polynomial at "
                           "offset %zu",
                           ps.pos);
    if (!s)
        s = check_sizes(&ps);
    if (!s)
        s = evaluate(out, &ps, F);
    for (size_t i = 0; i < ps.nn; i++)
        mpq_clear(ps.nums[i]);
    free(ps.nums);
    free(ps.nodes);
    free(ps.t);
    return s;
}
