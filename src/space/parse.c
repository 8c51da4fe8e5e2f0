/* Reading vectors from text in the notation of their space (see axle_vector_parse): a recursive
 * descent over the space's structure that collects exact coordinates. The notations are the text
 * layer's: tuples are its lists, F^{m,n} its [[...]] grammar (text/lex.h), P_m(F) the polynomial
 * expression grammar read through poly (poly/poly_text.h). */
#include <stdio.h>
#include <stdlib.h>

#include "poly/poly_text.h"
#include "space/space_internal.h"

typedef struct parser {
    ax_lex L;
    axle_field field; /* RR: every number must be within double range */
} parser;

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
    const char *t = p->L.text;
    for (size_t k = p->L.pos; t[k] && t[k] != ',' && t[k] != ')'; k++)
        if (t[k] == 'x')
            return true;
    return false;
}

/* The message for a tuple written where a polynomial belongs, or the other way round. */
static axle_status cannot_mix(size_t at, const axle_space *V, const char *holds, const char *found)
{
    char *name = ax_space_name(V);
    axle_status s = ax_parse_error(at,
                                   "cannot mix tuples and polynomials: the space %s holds %s, "
                                   "found %s at offset %zu",
                                   name, holds, found, at);
    ax_name_free(name);
    return s;
}

static axle_status parse_space(parser *p, const axle_space *V, mpq_t *q);

/* A list of numbers into q[0..n), those beyond n into extra (counted, to be reported). */
typedef struct numbers {
    parser *p;
    mpq_t *vals; /* the exact values read, before core stores them */
    size_t n, extra_at;
    mpq_t extra;
} numbers;

static axle_status tuple_entry(void *ctx, ax_lex *L, size_t k)
{
    numbers *c = ctx;
    if (k == c->n)
        c->extra_at = L->pos;
    return ax_lex_number(L, k < c->n ? c->vals[k] : c->extra, c->p->field);
}

/* (a_1, ..., a_n) with exactly V->dim entries. */
static axle_status parse_tuple(parser *p, const axle_space *V, mpq_t *q)
{
    ax_lex_skip(&p->L);
    if (p->L.text[p->L.pos] != '(' && polynomial_ahead(p))
        return cannot_mix(p->L.pos, V, "tuples (a_1, ..., a_n)", "a polynomial");
    numbers c = {.p = p, .vals = q, .n = V->dim};
    mpq_init(c.extra);
    size_t n, close;
    axle_status s =
        ax_lex_list(&p->L, '(', ')', "'('", "a coordinate", tuple_entry, &c, &n, &close);
    mpq_clear(c.extra);
    if (!s && n != V->dim)
        s = wrong_count(V, n, n > V->dim ? c.extra_at : close);
    return s;
}

/* The entries of F^{m,n}'s [[a, b], [c, d]]: V->rows rows of V->cols, row by row into q. */
typedef struct entries {
    parser *p;
    const axle_space *V;
    mpq_t *vals;
    mpq_t extra;
} entries;

static axle_status matrix_entry(void *ctx, ax_lex *L, size_t i, size_t j)
{
    entries *c = ctx;
    bool inside = i < c->V->rows && j < c->V->cols;
    return ax_lex_number(L, inside ? c->vals[i * c->V->cols + j] : c->extra, c->p->field);
}

static axle_status matrix_row(void *ctx, size_t i, size_t len, size_t row_start)
{
    const axle_space *V = ((entries *)ctx)->V;
    if (len == V->cols)
        return AXLE_OK;
    return ax_error_at(AXLE_EDIM, row_start,
                       "row %zu has %zu %s but the matrices of %s^{%zu,%zu} have %zu %s (the row "
                       "begins at offset %zu)",
                       i + 1, len, ax_plural(len, "entry", "entries"), axle_field_name(V->field),
                       V->rows, V->cols, V->cols, ax_plural(V->cols, "column", "columns"),
                       row_start);
}

static axle_status parse_matrix(parser *p, const axle_space *V, mpq_t *q)
{
    entries c = {.p = p, .V = V, .vals = q};
    mpq_init(c.extra);
    ax_rows_reader R = {matrix_entry, matrix_row, &c};
    size_t rows, close;
    axle_status s = ax_text_rows(&p->L, &R, &rows, &close);
    mpq_clear(c.extra);
    if (!s && rows != V->rows)
        s = ax_error_at(AXLE_EDIM, close,
                        "the matrix has %zu %s but the matrices of %s^{%zu,%zu} have %zu %s (it "
                        "ends at offset %zu)",
                        rows, ax_plural(rows, "row", "rows"), axle_field_name(V->field), V->rows,
                        V->cols, V->rows, ax_plural(V->rows, "row", "rows"), close);
    return s;
}

/* The '(' that opens the parentheses around offset at, or (size_t)-1. */
static size_t open_paren(const char *t, size_t at)
{
    for (size_t depth = 0; at-- > 0;)
        if (t[at] == ')')
            depth++;
        else if (t[at] == '(' && depth-- == 0)
            return at;
    return (size_t)-1;
}

/* A polynomial of degree at most V->rows, read by the polynomial grammar; a ',' inside its
 * parentheses is a tuple written where a polynomial belongs. */
static axle_status parse_poly(parser *p, const axle_space *V, mpq_t *q)
{
    size_t len, at, start = p->L.pos;
    axle_status s = ax_poly_read(&p->L, q, V->dim, &len, &at);
    size_t err = axle_error_position(); /* a parse error lies at or after the start */
    if (s == AXLE_EPARSE && err != (size_t)-1 && err >= start && p->L.text[err] == ',') {
        size_t open = open_paren(p->L.text, err);
        if (open != (size_t)-1 && open >= start)
            return cannot_mix(open, V, "polynomials in x", "a tuple");
    }
    if (!s && len > V->dim)
        s = ax_error_at(AXLE_EDIM, at,
                        "a term of degree %zu does not fit in P_%zu(%s), whose polynomials have "
                        "degree at most %zu (the term begins at offset %zu)",
                        len - 1, V->rows, axle_field_name(V->field), V->rows, at);
    return s;
}

static axle_status parse_product(parser *p, const axle_space *V, mpq_t *q)
{
    axle_status s = ax_lex_take(&p->L, '(', "'(' to start a tuple of parts");
    size_t at = 0;
    for (size_t i = 0; i < V->nparts && !s; i++) {
        if (i && (s = ax_lex_take(&p->L, ',', "',' before the next part of the product")))
            break;
        ax_lex_skip(&p->L);
        s = parse_space(p, V->parts[i], q + at);
        at += V->parts[i]->dim;
    }
    return s ? s : ax_lex_take(&p->L, ')', "')' after the last part of the product");
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
        if (!ax_field_holds(V->field, q[i])) {
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
    if (!s && V->kind == AXLE_SPACE_QUOTIENT && ax_lex_peek(&p->L, '+')) {
        size_t save = p->L.pos++;
        if (!ax_lex_accept(&p->L, 'U'))
            p->L.pos = save; /* not "+ U": leave the '+' for the caller to reject */
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
    parser p = {{text, 0}, V->field};
    axle_matrix *c;
    ax_lex_skip(&p.L);
    if (!(s = parse_space(&p, V, q)))
        s = ax_lex_end(&p.L, "end of text");
    if (!s && !(s = to_column(&c, V, q)))
        s = ax_vector_new(out, V, c);
    free_coords(q, V->dim);
    return s;
}

/* The entries of a tuple of unknown length, a growing array. */
typedef struct any_tuple {
    parser *p;
    mpq_t *vals;
    size_t n, cap;
} any_tuple;

static axle_status any_entry(void *ctx, ax_lex *L, size_t k)
{
    any_tuple *c = ctx;
    if (k == c->cap) {
        size_t cap = c->cap ? 2 * c->cap : 8, bytes;
        mpq_t *grown = ax_size_mul(&bytes, cap, sizeof *grown) ? ax_realloc(c->vals, bytes) : NULL;
        if (!grown)
            return ax_nomem();
        c->vals = grown;
        c->cap = cap;
    }
    mpq_init(c->vals[c->n++]);
    return ax_lex_number(L, c->vals[k], c->p->field);
}

axle_status axle_vector_parse_tuple(axle_vector **out, axle_field F, const char *text)
{
    AX_OUT(out);
    axle_status s;
    if (!text)
        return ax_error(AXLE_EINVAL, "the text is NULL");
    parser p = {{text, 0}, F};
    any_tuple t = {&p, NULL, 0, 0};
    size_t n, close;
    axle_space *V = NULL;
    axle_matrix *c;
    if (!(s = ax_lex_list(&p.L, '(', ')', "'('", "a coordinate", any_entry, &t, &n, &close)))
        s = ax_lex_end(&p.L, "end of text");
    if (!s && !(s = axle_space_fn(&V, F, n)) && !(s = to_column(&c, V, t.vals)))
        s = ax_vector_new(out, V, c);
    axle_space_unref(V);
    free_coords(t.vals, t.n);
    return s;
}
