/* The lexer of every notation (see lex.h): whitespace, numbers, delimiters, integers, lists and
 * the one "expected ... found ..." error. */
#include <stdio.h>

#include "text/lex.h"

bool ax_text_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void ax_lex_skip(ax_lex *L)
{
    while (ax_text_is_space(L->text[L->pos]))
        L->pos++;
}

bool ax_lex_peek(ax_lex *L, char c)
{
    ax_lex_skip(L);
    return L->text[L->pos] == c;
}

bool ax_lex_accept(ax_lex *L, char c)
{
    if (!ax_lex_peek(L, c))
        return false;
    L->pos++;
    return true;
}

axle_status ax_lex_expected(const ax_lex *L, const char *what)
{
    return ax_expected_at(L->text, L->pos, what);
}

axle_status ax_lex_take(ax_lex *L, char c, const char *what)
{
    return ax_lex_accept(L, c) ? AXLE_OK : ax_lex_expected(L, what);
}

axle_status ax_lex_end(ax_lex *L, const char *what)
{
    ax_lex_skip(L);
    return L->text[L->pos] ? ax_lex_expected(L, what) : AXLE_OK;
}

axle_status ax_lex_exact(ax_lex *L, mpq_t q)
{
    ax_lex_skip(L);
    return ax_parse_number(q, L->text, &L->pos);
}

axle_status ax_lex_number(ax_lex *L, mpq_t q, axle_field F)
{
    ax_lex_skip(L);
    size_t start = L->pos;
    axle_status s = ax_lex_exact(L, q);
    if (!s && !ax_field_holds(F, q))
        s = ax_error_at(AXLE_ERANGE, start,
                        "the number at offset %zu is beyond the range of a double", start);
    return s;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool ax_lex_at_decimal(const ax_lex *L)
{
    return is_digit(L->text[L->pos]) || L->text[L->pos] == '.';
}

axle_status ax_lex_decimal(ax_lex *L, mpq_t q)
{
    if (!ax_lex_at_decimal(L))
        return ax_lex_expected(L, "a number");
    return ax_parse_decimal(q, L->text, &L->pos);
}

axle_status ax_lex_integer(ax_lex *L, unsigned long *v, const char *what, const char *noun,
                           unsigned long limit, const char *limit_name)
{
    ax_lex_skip(L);
    if (!is_digit(L->text[L->pos]))
        return ax_lex_expected(L, what);
    size_t start = L->pos;
    *v = 0;
    while (is_digit(L->text[L->pos])) {
        *v = *v * 10 + (unsigned long)(L->text[L->pos] - '0');
        if (*v > limit)
            return ax_error_at(AXLE_ERANGE, start,
                               "%s at offset %zu is above the limit of %lu (%s)", noun, start,
                               limit, limit_name);
        L->pos++;
    }
    return AXLE_OK;
}

axle_status ax_lex_list(ax_lex *L, char open, char close, const char *open_what,
                        const char *item_name, ax_lex_item_fn item, void *ctx, size_t *count,
                        size_t *close_at)
{
    char after[64];
    snprintf(after, sizeof after, "',' or '%c' after %s", close, item_name);
    axle_status s = ax_lex_take(L, open, open_what);
    *count = 0;
    if (!s && ax_lex_peek(L, close)) {
        *close_at = L->pos++;
        return AXLE_OK;
    }
    while (!s) {
        ax_lex_skip(L);
        if ((s = item(ctx, L, *count)))
            break;
        ++*count;
        if (ax_lex_accept(L, ','))
            continue;
        if (ax_lex_peek(L, close)) {
            *close_at = L->pos++;
            return AXLE_OK;
        }
        s = ax_lex_expected(L, after);
    }
    return s;
}
