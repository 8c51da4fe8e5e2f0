/* Polynomials as text: printing in the four formats (numbers through core/format.h) and reading
 * the expression grammar of text/expr.h. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/format.h"
#include "poly/poly_impl.h"
#include "poly/poly_text.h"
#include "text/expr.h"

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

static void put_json(ax_buf *b, const axle_poly *p)
{
    ax_buf_puts(b, "[");
    size_t zero = 0, zero_len = 0; /* the text of +0, made once (x^1000000 has a million zeros) */
    for (size_t k = p->len; k-- > 0;) {
        bool z = ax_poly_coeff_is_plus_zero(p, k);
        if (z && zero_len) {
            ax_buf_reserve(b, zero_len);
            ax_buf_putn(b, b->p + zero, zero_len);
        } else {
            size_t at = b->len;
            ax_buf_put_coeff(b, p, k, false, AXLE_FORMAT_JSON);
            if (z && !b->failed) {
                zero = at;
                zero_len = b->len - at;
            }
        }
        if (k)
            ax_buf_puts(b, ",");
    }
    ax_buf_puts(b, "]");
}

static void put_terms(ax_buf *b, const axle_poly *p, axle_format fmt)
{
    const char *minus = fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-";
    bool first = true;
    for (size_t k = p->len; k-- > 0;) {
        int sg = ax_poly_coeff_sign(p, k);
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
        if (k == 0 || !ax_poly_coeff_is_unit(p, k)) {
            size_t at = b->len;
            ax_buf_put_coeff(b, p, k, true, fmt);
            /* keep "3/2 x" and "1e-05 x" readable (and parseable) */
            const char *c = b->failed ? "" : b->p + at;
            if (k > 0 && fmt != AXLE_FORMAT_LATEX && (strpbrk(c, "/e") || strstr(c, "\xc3\x97")))
                ax_buf_puts(b, " ");
        }
        put_power(b, k, fmt);
    }
    if (first)
        ax_buf_puts(b, "0");
}

axle_status axle_poly_to_string(char **out, const axle_poly *p, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_poly_check(p, "p")))
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    ax_buf b = {0};
    if (fmt == AXLE_FORMAT_JSON)
        put_json(&b, p);
    else
        put_terms(&b, p, fmt);
    return ax_buf_finish(&b, out);
}

/* ---- parsing --------------------------------------------------------------------------------
 * The grammar is the text layer's (text/expr.h); its text is read in three passes so that the
 * work is bounded by the text:
 * 1. the text is parsed into a node list (every syntax error is reported before any arithmetic);
 * 2. the size of every node's value is bounded a priori (degree, log2 of the 1-norm of the
 *    integer numerator, denominator bits) and checked against AXLE_POLY_MAX_DEGREE and
 *    AXLE_POLY_MAX_BITS, so "((x+1)^100)^100" is judged as the (x+1)^10000 it is;
 * 3. the nodes are evaluated exactly and the value converted to the field once.
 * Nodes are stored operands before the operation, so passes 2 and 3 are loops. Values are kept
 * sparse while they are monomials c x^k and summed in place, so a long sum of terms costs time
 * linear in its length. */

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

static const char *node_name(ax_expr_kind k)
{
    switch (k) {
    case AX_EXPR_ADD:
        return "the sum";
    case AX_EXPR_SUB:
        return "the difference";
    case AX_EXPR_MUL:
        return "the product";
    case AX_EXPR_DIV:
        return "the quotient";
    case AX_EXPR_POW:
        return "the power";
    default:
        return "the term";
    }
}

/* The denominators of the numbers in the text and the numerators of the numbers that divide. */
static mpz_srcptr denominator_of(const ax_expr *ps, const ax_expr_node *nd)
{
    if (nd->kind == AX_EXPR_NUM)
        return mpq_denref(ps->nums[nd->num]);
    if (nd->kind == AX_EXPR_DIV && ps->nodes[nd->b].kind == AX_EXPR_NUM &&
        mpq_sgn(ps->nums[ps->nodes[nd->b].num]))
        return mpq_numref(ps->nums[ps->nodes[nd->b].num]);
    return NULL;
}

/* M = lcm of the denominators, refused when the sum of their sizes (a bound of log2 M) is above
 * AXLE_POLY_MAX_BITS; the lcm is a balanced tree (pairwise rounds), not a chain, so that it costs
 * about a product of the sizes' sum rather than (number of terms) * log2 M. *fractions counts the
 * numbers with a denominator (or dividing) other than 1. */
static axle_status common_denominator(const ax_expr *ps, mpz_t M, size_t *fractions)
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

/* Pass 2; bd[i] gets the bound of node i. */
static axle_status check_sizes(const ax_expr *ps, bound *bd)
{
    mpz_t M, t;
    mpz_init(M);
    size_t fractions;
    axle_status s = common_denominator(ps, M, &fractions);
    if (s) {
        mpz_clear(M);
        return s;
    }
    bool *dense = ax_calloc(ps->n, sizeof *dense);
    if (!dense) {
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
        const ax_expr_node *nd = &ps->nodes[i];
        bound a = bd[nd->a], b = bd[nd->b], r = {0, 0, 0, 0, 1};
        switch (nd->kind) {
        case AX_EXPR_NUM:
            r = number_bound(mpq_numref(ps->nums[nd->num]), mpq_denref(ps->nums[nd->num]), m);
            break;
        case AX_EXPR_X:
            r.deg = 1;
            break;
        case AX_EXPR_NEG:
            r = a;
            break;
        case AX_EXPR_ADD:
        case AX_EXPR_SUB:
            r.deg = fmax(a.deg, b.deg);
            r.k = fmax(a.k, b.k);
            r.extra = a.extra + b.extra;
            r.num = log2_sum(a.num + (r.k - a.k) * m + b.extra, b.num + (r.k - b.k) * m + a.extra);
            r.terms = fmin(a.terms + b.terms, r.deg + 1);
            break;
        case AX_EXPR_MUL:
            r = times(a, b);
            break;
        case AX_EXPR_DIV:
            if (b.deg > 0) {
                s = ax_parse_error(nd->pos,
                                   "a polynomial can be divided only by a nonzero number; the "
                                   "divisor at offset %zu contains x",
                                   nd->pos);
                break;
            }
            if (ps->nodes[nd->b].kind == AX_EXPR_NUM) {
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
        case AX_EXPR_POW: {
            double e = (double)nd->e;
            r = (bound){a.deg * e, a.num * e, a.k * e, a.extra * e,
                        a.terms == 1 ? 1 : a.deg * e + 1};
            break;
        }
        }
        bd[i] = r;
        bool da = dense[nd->a], db = dense[nd->b];
        switch (nd->kind) {
        case AX_EXPR_NEG:
            dense[i] = da;
            work += da ? a.deg + 1 : 1;
            break;
        case AX_EXPR_ADD:
        case AX_EXPR_SUB: /* a sum into the dense operand costs O(1) plus its growth */
            dense[i] = da || db || a.deg != b.deg;
            if (!dense[i])
                work += 1;
            else if (da && db)
                work += a.deg + b.deg + 2;
            else if (da)
                work += 1 + fmax(0, b.deg - a.deg);
            else if (db) /* taken over, negated for a difference */
                work += 1 + (nd->kind == AX_EXPR_SUB ? b.deg + 1 : 0) + fmax(0, a.deg - b.deg);
            else /* two monomials: the first made dense */
                work += r.deg + 1;
            break;
        case AX_EXPR_MUL:
            dense[i] = da || db;
            work += (da ? a.deg + 1 : 1) + (db ? b.deg + 1 : 1) + (dense[i] ? r.deg + 1 : 0);
            break;
        case AX_EXPR_DIV:
            dense[i] = da;
            work += da ? a.deg + 1 : 1;
            break;
        case AX_EXPR_POW:
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
        if (!s && nd->kind != AX_EXPR_NUM && nd->kind != AX_EXPR_X &&
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
    x->len = (size_t)(axle_poly_degree(p) + 1);
    for (size_t i = 0; i < x->len; i++)
        axle_poly_coeff_mpq(x->v[i], p, i);
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

/* Pass 3: the value of the expression into *res. */
static axle_status evaluate(value *res, const ax_expr *ps)
{
    value *val = ax_calloc(ps->n, sizeof *val);
    if (!val)
        return ax_nomem();
    axle_status s = AXLE_OK;
    size_t i;
    for (i = 0; i < ps->n && !s; i++) {
        const ax_expr_node *nd = &ps->nodes[i];
        value *x = &val[i], *a = &val[nd->a], *b = &val[nd->b];
        if (nd->kind != AX_EXPR_NUM &&
            nd->kind != AX_EXPR_X) { /* take the first operand's storage over */
            *x = *a;
            *a = (value){0};
            mpq_init(a->c);
        } else {
            mpq_init(x->c);
        }
        switch (nd->kind) {
        case AX_EXPR_NUM:
            mpq_set(x->c, ps->nums[nd->num]);
            break;
        case AX_EXPR_X:
            mpq_set_ui(x->c, 1, 1);
            x->k = 1;
            break;
        case AX_EXPR_NEG:
            negate(x);
            break;
        case AX_EXPR_ADD:
        case AX_EXPR_SUB:
            if (!add_values(x, b, nd->kind == AX_EXPR_ADD ? 1 : -1))
                s = ax_nomem();
            break;
        case AX_EXPR_MUL:
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
        case AX_EXPR_DIV:
            s = divide(x, b, nd->pos);
            break;
        case AX_EXPR_POW:
            s = power(x, nd->e);
            break;
        }
    }
    if (!s)
        *res = val[--i];
    for (size_t j = 0; j < i; j++)
        value_clear(&val[j]);
    free(val);
    return s;
}

/* The expression at L, read, bounded and evaluated: its value dense and trimmed in *v (to be
 * cleared by the caller), and in *lead_at where the first top-level term begins whose degree
 * may reach the value's. */
static axle_status read_value(value *v, ax_lex *L, size_t *lead_at)
{
    ax_expr E = {0};
    bound *bd = NULL;
    axle_status s = ax_expr_read(&E, L);
    if (!s && !(bd = ax_calloc(E.n, sizeof *bd)))
        s = ax_nomem();
    if (!s)
        s = check_sizes(&E, bd);
    if (!s && !(s = evaluate(v, &E)) && !make_dense(v)) {
        value_clear(v);
        s = ax_nomem();
    }
    if (!s) {
        while (v->len > 0 && mpq_sgn(v->v[v->len - 1]) == 0)
            v->len--;
        size_t t = 0;
        while (t + 1 < E.nterms && bd[E.terms[t].node].deg + 1 < (double)v->len)
            t++;
        *lead_at = E.terms[t].pos;
    }
    free(bd);
    ax_expr_free(&E);
    return s;
}

axle_status ax_poly_read(ax_lex *L, mpq_t *q, size_t n, size_t *len, size_t *lead_at)
{
    value v;
    axle_status s = read_value(&v, L, lead_at);
    if (s)
        return s;
    *len = v.len;
    for (size_t i = 0; i < v.len && v.len <= n; i++)
        mpq_swap(q[i], v.v[i]);
    value_clear(&v);
    return AXLE_OK;
}

axle_status axle_poly_parse(axle_poly **out, axle_field F, const char *text)
{
    AX_OUT(out);
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field %d", (int)F);
    if (!text)
        return ax_error(AXLE_EINVAL, "polynomial text is NULL");
    ax_lex L = {text, 0};
    if (ax_lex_peek(&L, '\0'))
        return ax_lex_expected(&L, "a polynomial");
    value v;
    size_t lead_at;
    axle_status s = read_value(&v, &L, &lead_at);
    if (s)
        return s;
    s = ax_lex_end(&L, "an operator (+ - * / ^) or the end of the polynomial");
    if (!s)
        s = axle_poly_from_mpq(out, F, v.len, v.v);
    value_clear(&v);
    return s;
}
