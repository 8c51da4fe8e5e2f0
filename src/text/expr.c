/* The polynomial expression grammar (see expr.h): recursive descent into a node list. */
#include <stdlib.h>

#include "text/expr.h"

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
static axle_status add_node(ax_expr *E, ax_expr_node nd, size_t *at)
{
    ax_expr_node *t = make_room(E->nodes, E->n, &E->cap, sizeof *t);
    if (!t)
        return ax_nomem();
    E->nodes = t;
    E->nodes[E->n] = nd;
    *at = E->n++;
    return AXLE_OK;
}

static axle_status binary(ax_expr *E, ax_expr_kind k, size_t pos, size_t *a, size_t b)
{
    return add_node(E, (ax_expr_node){k, pos, *a, b, 0, 0}, a);
}

static axle_status number(ax_expr *E, ax_lex *L, size_t *at)
{
    mpq_t *t = make_room(E->nums, E->nn, &E->ncap, sizeof *t);
    if (!t)
        return ax_nomem();
    E->nums = t;
    size_t start = L->pos;
    mpq_init(E->nums[E->nn]);
    axle_status s = ax_lex_decimal(L, E->nums[E->nn]);
    if (s) {
        mpq_clear(E->nums[E->nn]);
        return s;
    }
    return add_node(E, (ax_expr_node){AX_EXPR_NUM, start, 0, 0, 0, E->nn++}, at);
}

static axle_status sum(ax_expr *E, ax_lex *L, size_t *at);

/* atom := decimal | 'x' | '(' sum ')' */
static axle_status atom(ax_expr *E, ax_lex *L, size_t *at)
{
    ax_lex_skip(L);
    if (ax_lex_at_decimal(L))
        return number(E, L, at);
    if (L->text[L->pos] == 'x')
        return add_node(E, (ax_expr_node){AX_EXPR_X, L->pos++, 0, 0, 0, 0}, at);
    if (L->text[L->pos] != '(')
        return ax_lex_expected(L, "a number, 'x' or '('");
    if (E->depth == AX_EXPR_MAX_DEPTH)
        return ax_parse_error(L->pos, "parentheses nested more than %d deep at offset %zu",
                              AX_EXPR_MAX_DEPTH, L->pos);
    L->pos++;
    E->depth++;
    axle_status s = sum(E, L, at);
    E->depth--;
    return s ? s : ax_lex_take(L, ')', "')' or an operator");
}

/* factor := atom [ '^' digits ] */
static axle_status factor(ax_expr *E, ax_lex *L, size_t *at)
{
    axle_status s = atom(E, L, at);
    if (s)
        return s;
    size_t save = L->pos;
    if (!ax_lex_peek(L, '^')) {
        L->pos = save;
        return AXLE_OK;
    }
    size_t op = L->pos++;
    unsigned long e;
    if ((s = ax_lex_integer(L, &e, "a nonnegative integer exponent after '^'", "exponent",
                            (unsigned long)AXLE_POLY_MAX_DEGREE, "AXLE_POLY_MAX_DEGREE")))
        return s;
    return add_node(E, (ax_expr_node){AX_EXPR_POW, op, *at, 0, e, 0}, at);
}

/* term := factor { ['*' | '/'] factor }; juxtaposition multiplies before 'x' or '(' */
static axle_status term(ax_expr *E, ax_lex *L, size_t *at)
{
    axle_status s = factor(E, L, at);
    while (!s) {
        size_t save = L->pos;
        ax_lex_skip(L);
        char c = L->text[L->pos];
        ax_expr_kind k = c == '/' ? AX_EXPR_DIV : AX_EXPR_MUL;
        if (c == '*' || c == '/')
            L->pos++;
        else if (c != 'x' && c != '(') {
            L->pos = save;
            return AXLE_OK;
        }
        ax_lex_skip(L);
        size_t right, pos = L->pos;
        if (!(s = factor(E, L, &right)))
            s = binary(E, k, pos, at, right);
    }
    return s;
}

/* A term, recorded as a summand when it is at the top level. */
static axle_status summand(ax_expr *E, ax_lex *L, size_t *at)
{
    ax_lex_skip(L);
    size_t start = L->pos;
    axle_status s = term(E, L, at);
    if (s || E->depth)
        return s;
    ax_expr_term *t = make_room(E->terms, E->nterms, &E->tcap, sizeof *t);
    if (!t)
        return ax_nomem();
    E->terms = t;
    E->terms[E->nterms++] = (ax_expr_term){start, *at};
    return AXLE_OK;
}

/* sum := ['+'|'-'] term { ('+'|'-') term } */
static axle_status sum(ax_expr *E, ax_lex *L, size_t *at)
{
    ax_lex_skip(L);
    char c = L->text[L->pos];
    if (c == '+' || c == '-')
        L->pos++;
    axle_status s = summand(E, L, at);
    if (!s && c == '-')
        s = add_node(E, (ax_expr_node){AX_EXPR_NEG, L->pos, *at, 0, 0, 0}, at);
    while (!s) {
        ax_lex_skip(L);
        c = L->text[L->pos];
        if (c != '+' && c != '-')
            return AXLE_OK;
        size_t op = L->pos++, right;
        if (!(s = summand(E, L, &right)))
            s = binary(E, c == '+' ? AX_EXPR_ADD : AX_EXPR_SUB, op, at, right);
    }
    return s;
}

axle_status ax_expr_read(ax_expr *E, ax_lex *L)
{
    size_t root;
    return sum(E, L, &root);
}

void ax_expr_free(ax_expr *E)
{
    for (size_t i = 0; i < E->nn; i++)
        mpq_clear(E->nums[i]);
    free(E->nums);
    free(E->nodes);
    free(E->terms);
    *E = (ax_expr){0};
}
