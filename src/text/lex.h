/* The one lexer under every text notation of axle: matrices [[1, 2], [3, 4]], tuples (1, -2/3),
 * polynomials and polynomial expressions "(x + 1)^2 - 3x/4", vectors of every space.
 *
 * A reader is the whole text and a byte offset into it. The lexer knows
 *   - one whitespace rule: ' ', '\t', '\n', '\r', '\f', '\v' (the C locale's isspace);
 *   - numbers, through the one exact reader ax_parse_number (src/core/number.c) with its
 *     exponent limit: signed fractions "-2/-3" where a number stands alone (an entry, a
 *     coordinate), unsigned decimals "2.5e-3" where '/' and the signs are operators (expressions);
 *   - delimiters and operators as single bytes, the variable x, and integer exponents;
 *   - one error: "expected X at offset N, found Y" with N recorded for axle_error_position().
 * Lists "( item, item, ... )" are read by one function, so matrices, rows and tuples share
 * their grammar; polynomial expressions are read by ax_expr_read (expr.h). */
#ifndef AX_TEXT_LEX_H
#define AX_TEXT_LEX_H

#include "core/format.h"

typedef struct ax_lex {
    const char *text;
    size_t pos;
} ax_lex;

/* Whether c is whitespace in every notation. */
bool ax_text_is_space(char c);

/* Skip whitespace at L->pos. */
void ax_lex_skip(ax_lex *L);
/* Skip whitespace; whether the next byte is c (not consumed). */
bool ax_lex_peek(ax_lex *L, char c);
/* Skip whitespace; consume c and return true if it is next. */
bool ax_lex_accept(ax_lex *L, char c);
/* Skip whitespace, then consume c, or fail with ax_lex_expected(L, what). */
axle_status ax_lex_take(ax_lex *L, char c, const char *what);
/* AXLE_EPARSE "expected <what> at offset N, found <the byte at N>" with the position N. */
axle_status ax_lex_expected(const ax_lex *L, const char *what);
/* Skip whitespace; AXLE_OK at the end of the text, otherwise ax_lex_expected(L, what). */
axle_status ax_lex_end(ax_lex *L, const char *what);

/* Skip whitespace, then read a number standing alone ("-12", "3/4", "-2/-3", "1e-3") into q. */
axle_status ax_lex_exact(ax_lex *L, mpq_t q);
/* As ax_lex_exact; when F cannot hold the value (RR: beyond double range) AXLE_ERANGE at the
 * number. */
axle_status ax_lex_number(ax_lex *L, mpq_t q, axle_field F);
/* Whether an unsigned decimal starts at L->pos (a digit or '.'; no whitespace skipped). */
bool ax_lex_at_decimal(const ax_lex *L);
/* Read an unsigned decimal ("12", "0.5", "2.5e-3"; no sign, no '/') at L->pos into q. */
axle_status ax_lex_decimal(ax_lex *L, mpq_t q);
/* Skip whitespace, then read the digits of a nonnegative integer into *v; without a digit
 * ax_lex_expected(L, what); a value above limit is AXLE_ERANGE at its first digit, "<noun> at
 * offset N is above the limit of <limit> (<limit_name>)". */
axle_status ax_lex_integer(ax_lex *L, unsigned long *v, const char *what, const char *noun,
                           unsigned long limit, const char *limit_name);

/* A delimited list: open, then nothing or items separated by ',' up to close (whitespace free
 * around them). item(ctx, L, k) reads item k starting at L->pos (whitespace skipped); the list's
 * length goes to *count and the offset of its closing byte to *close_at. The messages say
 * "expected <open_what>" and "expected ',' or '<close>' after <item_name>". */
typedef axle_status (*ax_lex_item_fn)(void *ctx, ax_lex *L, size_t k);
axle_status ax_lex_list(ax_lex *L, char open, char close, const char *open_what,
                        const char *item_name, ax_lex_item_fn item, void *ctx, size_t *count,
                        size_t *close_at);

/* ---- the [[...]] grammar (matrix.c) --------------------------------------------------------
 *   matrix := '[' ( row ( ',' row )* )? ']'      row := '[' ( number ( ',' number )* )? ']'
 * entry(ctx, L, i, j) reads entry (i, j); row_done(ctx, i, len, row_start) checks the length of
 * row i (row_start: the offset of its '['); the number of rows goes to *rows, the offset of the
 * closing ']' to *close_at. */
typedef struct ax_rows_reader {
    axle_status (*entry)(void *ctx, ax_lex *L, size_t i, size_t j);
    axle_status (*row_done)(void *ctx, size_t i, size_t len, size_t row_start);
    void *ctx;
} ax_rows_reader;
axle_status ax_text_rows(ax_lex *L, const ax_rows_reader *R, size_t *rows, size_t *close_at);

#endif
