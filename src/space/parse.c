/* Reading vectors from text in the notation of their space (see axle_vector_parse): a recursive
 * descent over the space's structure that collects exact coordinates, numbers read by
 * ax_parse_number. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "space/space_internal.h"

typedef struct parser {
    const char *t;
    size_t pos;
    axle_field field; /* RR: every number must be within double range */
} parser;

static void skip(parser *p)
{
    while (p->t[p->pos] == ' ' || p->t[p->pos] == '\t' || p->t[p->pos] == '\n' ||
           p->t[p->pos] == '\r')
        p->pos++;
}

static axle_status expected(const parser *p, const char *what)
{
    unsigned char c = (unsigned char)p->t[p->pos];
    char found[32];
    if (!c)
        snprintf(found, sizeof found, "end of text");
    else if (c >= 0x20 && c < 0x7f)
        snprintf(found, sizeof found, "'%c'", c);
    else
        snprintf(found, sizeof found, "byte 0x%02x", c);
    return ax_parse_error(p->pos, "expected %s at offset %zu, found %s", what, p->pos, found);
}

/* Skip blanks, then consume c or report what was expected. */
static axle_status take(parser *p, char c, const char *what)
{
    skip(p);
    if (p->t[p->pos] != c)
        return expected(p, what);
    p->pos++;
    return AXLE_OK;
}

static bool peek(parser *p, char c)
{
    skip(p);
    return p->t[p->pos] == c;
}

static axle_status number(parser *p, mpq_t q)
{
    skip(p);
    size_t start = p->pos;
    axle_status s = ax_parse_number(q, p->t, &p->pos);
    if (!s && p->field == AXLE_RR && isinf(ax_mpq_get_d(q)))
        s = ax_error_at(AXLE_ERANGE, start,
                        "the number at offset %zu is beyond the range of a double", start);
    return s;
}

/* A tuple of V with `have` coordinates where V->dim belong; at: the first coordinate too many,
 * or the ')' where one is missing. */
static axle_status wrong_count(const axle_space *V, size_t have, size_t at)
{
    char *name = ax_space_name(V);
    axle_status s = ax_error_at(AXLE_EDIM, at,
                                "the vector has %zu %s but the space %s has dimension %zu (%s at "
                                "offset %zu)",
                                have, ax_plural(have, "coordinate", "coordinates"), name, V->dim,
                                have > V->dim ? "the first one too many is" : "the tuple ends", at);
    ax_name_free(name);
    return s;
}

/* Whether the text from pos on is a polynomial in x (up to the end or a ',' or ')' that ends it
 * as a part of a product). */
static bool polynomial_ahead(const parser *p)
{
    for (size_t k = p->pos; p->t[k] && p->t[k] != ',' && p->t[k] != ')'; k++)
        if (p->t[k] == 'x')
            return true;
    return false;
}

/* The message for a tuple written where a polynomial belongs, or the other way round. */
static axle_status cannot_mix(const parser *p, const axle_space *V, const char *holds,
                              const char *found)
{
    char *name = ax_space_name(V);
    axle_status s = ax_parse_error(p->pos,
                                   "cannot mix tuples and polynomials: the space %s holds %s, "
                                   "found %s at offset %zu",
                                   name, holds, found, p->pos);
    ax_name_free(name);
    return s;
}

static axle_status parse_space(parser *p, const axle_space *V, mpq_t *q);

/* (a_1, ..., a_n) with exactly V->dim entries. */
static axle_status parse_tuple(parser *p, const axle_space *V, mpq_t *q)
{
    skip(p);
    if (p->t[p->pos] != '(' && polynomial_ahead(p))
        return cannot_mix(p, V, "tuples (a_1, ..., a_n)", "a polynomial");
    axle_status s = take(p, '(', "'('");
    if (s)
        return s;
    if (peek(p, ')')) {
        p->pos++;
        return V->dim == 0 ? AXLE_OK : wrong_count(V, 0, p->pos - 1);
    }
    mpq_t extra;
    mpq_init(extra);
    size_t n = 0, extra_at = 0;
    for (;;) {
        skip(p);
        if (n == V->dim)
            extra_at = p->pos;
        if ((s = number(p, n < V->dim ? q[n] : extra)))
            break;
        n++;
        if (peek(p, ',')) {
            p->pos++;
            continue;
        }
        s = take(p, ')', "',' or ')'");
        break;
    }
    mpq_clear(extra);
    if (!s && n != V->dim)
        s = wrong_count(V, n, n > V->dim ? extra_at : p->pos - 1);
    return s;
}

/* [[a, b], [c, d]] with V->rows rows of V->cols entries, row by row into q. */
static axle_status parse_matrix(parser *p, const axle_space *V, mpq_t *q)
{
    axle_status s = take(p, '[', "'['");
    if (s)
        return s;
    mpq_t extra;
    mpq_init(extra);
    size_t i = 0;
    if (peek(p, ']')) {
        p->pos++;
        goto check;
    }
    for (;;) {
        if ((s = take(p, '[', "'[' to start a row")))
            goto done;
        size_t row_start = p->pos - 1, j = 0;
        if (!peek(p, ']')) {
            for (;;) {
                bool inside = i < V->rows && j < V->cols;
                if ((s = number(p, inside ? q[i * V->cols + j] : extra)))
                    goto done;
                j++;
                if (!peek(p, ','))
                    break;
                p->pos++;
            }
        }
        if ((s = take(p, ']', "',' or ']'")))
            goto done;
        if (j != V->cols) {
            s = ax_error_at(AXLE_EDIM, row_start,
                            "row %zu has %zu %s but the matrices of %s^{%zu,%zu} have %zu %s "
                            "(the row begins at offset %zu)",
                            i + 1, j, ax_plural(j, "entry", "entries"), axle_field_name(V->field),
                            V->rows, V->cols, V->cols, ax_plural(V->cols, "column", "columns"),
                            row_start);
            goto done;
        }
        i++;
        if (!peek(p, ','))
            break;
        p->pos++;
    }
    if ((s = take(p, ']', "',' or ']'")))
        goto done;
check:
    if (i != V->rows)
        s = ax_error_at(AXLE_EDIM, p->pos - 1,
                        "the matrix has %zu %s but the matrices of %s^{%zu,%zu} have %zu %s (it "
                        "ends at offset %zu)",
                        i, ax_plural(i, "row", "rows"), axle_field_name(V->field), V->rows, V->cols,
                        V->rows, ax_plural(V->rows, "row", "rows"), p->pos - 1);
done:
    mpq_clear(extra);
    return s;
}

static bool starts_number(char c)
{
    return (c >= '0' && c <= '9') || c == '.';
}

/* One term of a polynomial (after its sign): c, c x, c x^k, c*x^k, (c)x^k, x^k. */
static axle_status parse_term(parser *p, const axle_space *V, mpq_t *q, bool negative, mpq_t coef)
{
    axle_status s;
    bool have_coef = false, have_x = false;
    size_t degree = 0;
    mpq_set_ui(coef, 1, 1);
    skip(p);
    size_t start = p->pos;
    if (p->t[p->pos] == '(') {
        p->pos++;
        if ((s = number(p, coef)))
            return s;
        if (peek(p, ',')) {
            p->pos = start;
            return cannot_mix(p, V, "polynomials in x", "a tuple");
        }
        if ((s = take(p, ')', "')'")))
            return s;
        have_coef = true;
    } else if (starts_number(p->t[p->pos])) {
        if ((s = number(p, coef)))
            return s;
        have_coef = true;
    }
    skip(p);
    if (have_coef && p->t[p->pos] == '*') {
        p->pos++;
        skip(p);
        if (p->t[p->pos] != 'x')
            return expected(p, "'x' after '*'");
    }
    if (p->t[p->pos] == 'x') {
        have_x = true;
        degree = 1;
        p->pos++;
        if (peek(p, '^')) {
            p->pos++;
            skip(p);
            if (p->t[p->pos] < '0' || p->t[p->pos] > '9')
                return expected(p, "a digit after '^'");
            degree = 0;
            while (p->t[p->pos] >= '0' && p->t[p->pos] <= '9') {
                if (degree <= V->rows)
                    degree = degree * 10 + (size_t)(p->t[p->pos] - '0');
                p->pos++;
            }
        }
    }
    if (!have_coef && !have_x)
        return expected(p, "a term (a number or x)");
    if (degree > V->rows)
        return ax_error_at(AXLE_EDIM, start,
                           "a term of degree %s%zu does not fit in P_%zu(%s), whose "
                           "polynomials have degree at most %zu (the term begins at offset %zu)",
                           degree > V->rows + 1 ? "above " : "",
                           degree > V->rows + 1 ? V->rows + 1 : degree, V->rows,
                           axle_field_name(V->field), V->rows, start);
    if (negative)
        mpq_neg(coef, coef);
    mpq_add(q[degree], q[degree], coef);
    return AXLE_OK;
}

static axle_status parse_poly(parser *p, const axle_space *V, mpq_t *q)
{
    mpq_t coef;
    mpq_init(coef);
    axle_status s;
    bool negative = false;
    skip(p);
    if (p->t[p->pos] == '+' || p->t[p->pos] == '-')
        negative = p->t[p->pos++] == '-';
    for (;;) {
        if ((s = parse_term(p, V, q, negative, coef)))
            break;
        skip(p);
        if (p->t[p->pos] != '+' && p->t[p->pos] != '-')
            break;
        negative = p->t[p->pos++] == '-';
    }
    mpq_clear(coef);
    return s;
}

static axle_status parse_product(parser *p, const axle_space *V, mpq_t *q)
{
    axle_status s = take(p, '(', "'(' to start a tuple of parts");
    size_t at = 0;
    for (size_t i = 0; i < V->nparts && !s; i++) {
        if (i && (s = take(p, ',', "',' before the next part of the product")))
            break;
        s = parse_space(p, V->parts[i], q + at);
        at += V->parts[i]->dim;
    }
    return s ? s : take(p, ')', "')' after the last part of the product");
}

/* Coordinate i of V's vectors in words, in V's notation, for messages. */
static void coordinate_name(char *buf, size_t size, const axle_space *V, size_t i)
{
    if (V->kind == AXLE_SPACE_POLY && i == 0)
        snprintf(buf, size, "the constant term");
    else if (V->kind == AXLE_SPACE_POLY && i == 1)
        snprintf(buf, size, "the coefficient of x");
    else if (V->kind == AXLE_SPACE_POLY)
        snprintf(buf, size, "the coefficient of x^%zu", i);
    else if (V->kind == AXLE_SPACE_MATRICES || V->kind == AXLE_SPACE_MAPS)
        snprintf(buf, size, "entry (%zu, %zu)", i / V->cols + 1, i % V->cols + 1);
    else
        snprintf(buf, size, "coordinate %zu", i + 1);
}

/* The coordinates of a vector of V from exact values (RR rounds; a value beyond double range is
 * AXLE_ERANGE naming the coordinate). */
static axle_status to_column(axle_matrix **out, const axle_space *V, mpq_t *q)
{
    size_t n = V->dim;
    axle_status s = ax_matrix_alloc(out, V->field, n, 1);
    for (size_t i = 0; i < n && !s; i++) {
        if (V->field == AXLE_RR && isinf(ax_mpq_get_d(q[i]))) {
            char name[64];
            coordinate_name(name, sizeof name, V, i);
            s = ax_error(AXLE_ERANGE, "%s is beyond the range of a double", name);
            break;
        }
        s = axle_matrix_set_mpq(*out, i, 0, q[i]);
    }
    if (s) {
        axle_matrix_free(*out);
        *out = NULL;
    }
    return s;
}

static mpq_t *new_coords(size_t n)
{
    mpq_t *q = ax_calloc(n + 1, sizeof *q);
    if (q)
        for (size_t i = 0; i < n; i++)
            mpq_init(q[i]);
    return q;
}

static void free_coords(mpq_t *q, size_t n)
{
    if (!q)
        return;
    for (size_t i = 0; i < n; i++)
        mpq_clear(q[i]);
    free(q);
}

/* A vector of the parent space read from the text, then mapped to a subspace or quotient vector
 * whose coordinates land in q. */
static axle_status parse_derived(parser *p, const axle_space *V, mpq_t *q)
{
    const axle_space *P = V->parent;
    mpq_t *pq = new_coords(P->dim);
    if (!pq)
        return ax_nomem();
    axle_matrix *c = NULL;
    axle_vector *pv = NULL, *w = NULL;
    axle_status s = parse_space(p, P, pq);
    if (!s && V->kind == AXLE_SPACE_QUOTIENT && peek(p, '+')) {
        size_t save = p->pos++;
        if (peek(p, 'U'))
            p->pos++;
        else
            p->pos = save; /* not "+ U": leave the '+' for the caller to reject */
    }
    if (!s && !(s = to_column(&c, P, pq)) && !(s = ax_vector_new(&pv, P, c)))
        s = V->kind == AXLE_SPACE_QUOTIENT ? axle_vector_coset(&w, V, pv)
                                           : axle_vector_restrict(&w, V, pv);
    for (size_t i = 0; i < V->dim && !s; i++)
        s = axle_matrix_get_mpq(q[i], w->c, i, 0);
    axle_vector_unref(pv);
    axle_vector_unref(w);
    free_coords(pq, P->dim);
    return s;
}

static axle_status parse_space(parser *p, const axle_space *V, mpq_t *q)
{
    switch (V->kind) {
    case AXLE_SPACE_FN:
    case AXLE_SPACE_DUAL:
        return parse_tuple(p, V, q);
    case AXLE_SPACE_POLY:
        return parse_poly(p, V, q);
    case AXLE_SPACE_MATRICES:
    case AXLE_SPACE_MAPS:
        return parse_matrix(p, V, q);
    case AXLE_SPACE_PRODUCT:
        return parse_product(p, V, q);
    case AXLE_SPACE_QUOTIENT:
    case AXLE_SPACE_SUBSPACE:
        return parse_derived(p, V, q);
    }
    return AXLE_OK;
}

axle_status axle_vector_parse(axle_vector **out, const axle_space *V, const char *text)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "V")))
        return s;
    if (!text)
        return ax_error(AXLE_EINVAL, "the text is NULL");
    mpq_t *q = new_coords(V->dim);
    if (!q)
        return ax_nomem();
    parser p = {text, 0, V->field};
    axle_matrix *c;
    if (!(s = parse_space(&p, V, q))) {
        skip(&p);
        if (text[p.pos])
            s = expected(&p, "end of text");
    }
    if (!s && !(s = to_column(&c, V, q)))
        s = ax_vector_new(out, V, c);
    free_coords(q, V->dim);
    return s;
}

/* The entries of a tuple of unknown length into a growing array *q of *n values. */
static axle_status parse_any_tuple(parser *p, mpq_t **q, size_t *n)
{
    axle_status s = take(p, '(', "'('");
    if (s || peek(p, ')')) {
        p->pos += !s;
        return s;
    }
    size_t cap = 0;
    for (;;) {
        if (*n == cap) {
            mpq_t *grown = ax_realloc(*q, (cap ? 2 * cap : 8) * sizeof **q);
            if (!grown)
                return ax_nomem();
            *q = grown;
            cap = cap ? 2 * cap : 8;
        }
        mpq_init((*q)[*n]);
        (*n)++;
        if ((s = number(p, (*q)[*n - 1])))
            return s;
        if (!peek(p, ','))
            return take(p, ')', "',' or ')'");
        p->pos++;
    }
}

axle_status axle_vector_parse_tuple(axle_vector **out, axle_field F, const char *text)
{
    AX_OUT(out);
    axle_status s;
    if (!text)
        return ax_error(AXLE_EINVAL, "the text is NULL");
    parser p = {text, 0, F};
    mpq_t *q = NULL;
    size_t n = 0;
    axle_space *V = NULL;
    axle_matrix *c;
    if (!(s = parse_any_tuple(&p, &q, &n))) {
        skip(&p);
        if (text[p.pos])
            s = expected(&p, "end of text");
    }
    if (!s && !(s = axle_space_fn(&V, F, n)) && !(s = to_column(&c, V, q)))
        s = ax_vector_new(out, V, c);
    axle_space_unref(V);
    free_coords(q, n);
    return s;
}
