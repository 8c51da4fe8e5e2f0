/* Matrices from text: [[1, -2/3], [0.5, 4]].
 *
 *   matrix := ws '[' ws ( ']' | row ( ws ',' ws row )* ws ']' ) ws
 *   row    := '[' ws ( ']' | number ( ws ',' ws number )* ws ']' )
 *   ws     := ( ' ' | '\t' | '\n' | '\r' | '\f' | '\v' )*
 *
 * with number as in ax_parse_number (src/core/number.c). One pass over the text, entries
 * collected row-major into a growing array and moved into the matrix at the end: O(length of the
 * text) plus the cost of the GMP arithmetic on the entries. */
#include <math.h>
#include <stdlib.h>

#include "axle/io.h"
#include "core/internal.h"

typedef struct entries {
    axle_field field;
    size_t count, capacity;
    mpq_t *q;  /* QQ: initialised entries q[0..count) */
    double *d; /* RR */
} entries;

static void entries_free(entries *E)
{
    if (E->q) {
        for (size_t k = 0; k < E->count; k++)
            mpq_clear(E->q[k]);
        free(E->q);
    }
    free(E->d);
}

/* Room for one more entry, the one at offset pos. */
static axle_status entries_grow(entries *E, size_t pos)
{
    if (E->count < E->capacity)
        return AXLE_OK;
    if (E->capacity >= AXLE_MATRIX_MAX_ENTRIES)
        return ax_error_at(AXLE_ERANGE, pos, "the matrix has more than %u entries",
                           AXLE_MATRIX_MAX_ENTRIES);
    size_t cap = E->capacity ? 2 * E->capacity : 16;
    if (cap > AXLE_MATRIX_MAX_ENTRIES)
        cap = AXLE_MATRIX_MAX_ENTRIES;
    size_t bytes;
    if (E->field == AXLE_QQ) {
        if (!ax_size_mul(&bytes, cap, sizeof *E->q))
            return ax_nomem();
        mpq_t *q = ax_realloc(E->q, bytes);
        if (!q)
            return ax_nomem();
        E->q = q;
    } else {
        if (!ax_size_mul(&bytes, cap, sizeof *E->d))
            return ax_nomem();
        double *d = ax_realloc(E->d, bytes);
        if (!d)
            return ax_nomem();
        E->d = d;
    }
    E->capacity = cap;
    return AXLE_OK;
}

typedef struct parser {
    const char *text;
    size_t pos;
    entries E;
    mpq_t value; /* RR: the exact value of the entry being read */
} parser;

static void skip_ws(parser *P)
{
    for (;;) {
        char c = P->text[P->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v')
            return;
        P->pos++;
    }
}

static axle_status expected(const parser *P, const char *what)
{
    unsigned char c = (unsigned char)P->text[P->pos];
    if (!c)
        return ax_parse_error(P->pos, "expected %s at offset %zu, found end of text", what, P->pos);
    if (c >= 0x20 && c < 0x7f)
        return ax_parse_error(P->pos, "expected %s at offset %zu, found '%c'", what, P->pos, c);
    return ax_parse_error(P->pos, "expected %s at offset %zu, found byte 0x%02x", what, P->pos, c);
}

static axle_status parse_entry(parser *P)
{
    size_t start = P->pos;
    axle_status s = entries_grow(&P->E, start);
    if (s)
        return s;
    if (P->E.field == AXLE_QQ) {
        mpq_t *q = &P->E.q[P->E.count];
        mpq_init(*q);
        P->E.count++; /* counted at once, so that entries_free clears it on failure */
        return ax_parse_number(*q, P->text, &P->pos);
    }
    if ((s = ax_parse_number(P->value, P->text, &P->pos)))
        return s;
    double d = ax_mpq_get_d(P->value);
    if (d == HUGE_VAL || d == -HUGE_VAL)
        return ax_error_at(AXLE_ERANGE, start,
                           "the number at offset %zu is beyond the range of a double", start);
    P->E.d[P->E.count++] = d;
    return AXLE_OK;
}

/* One row at P->pos (which is at '['); *len gets its number of entries. */
static axle_status parse_row(parser *P, size_t *len)
{
    size_t before = P->E.count;
    P->pos++; /* '[' */
    skip_ws(P);
    if (P->text[P->pos] == ']') {
        P->pos++;
        *len = 0;
        return AXLE_OK;
    }
    for (;;) {
        axle_status s = parse_entry(P);
        if (s)
            return s;
        skip_ws(P);
        char c = P->text[P->pos];
        if (c == ']') {
            P->pos++;
            *len = P->E.count - before;
            return AXLE_OK;
        }
        if (c != ',')
            return expected(P, "',' or ']' after an entry");
        P->pos++;
        skip_ws(P);
    }
}

static axle_status parse_rows(parser *P, size_t *rows, size_t *cols)
{
    skip_ws(P);
    if (P->text[P->pos] != '[')
        return expected(P, "'[' to begin the matrix");
    P->pos++;
    skip_ws(P);
    *rows = *cols = 0;
    if (P->text[P->pos] == ']') {
        P->pos++;
        return AXLE_OK;
    }
    for (;;) {
        if (P->text[P->pos] != '[')
            return expected(P, "'[' to begin a row");
        size_t row_start = P->pos, len = 0;
        axle_status s = parse_row(P, &len);
        if (s)
            return s;
        if (*rows == 0)
            *cols = len;
        else if (len != *cols)
            return ax_parse_error(row_start,
                                  "row %zu has %zu %s but row 1 has %zu (the row begins at "
                                  "offset %zu)",
                                  *rows + 1, len, ax_plural(len, "entry", "entries"), *cols,
                                  row_start);
        ++*rows;
        skip_ws(P);
        char c = P->text[P->pos];
        if (c == ']') {
            P->pos++;
            return AXLE_OK;
        }
        if (c != ',')
            return expected(P, "',' or ']' after a row");
        P->pos++;
        skip_ws(P);
    }
}

static axle_status build(axle_matrix **out, parser *P, size_t rows, size_t cols)
{
    axle_status s = ax_matrix_alloc(out, P->E.field, rows, cols);
    if (s)
        return s;
    axle_matrix *A = *out;
    for (size_t i = 0; i < rows; i++)
        for (size_t j = 0; j < cols; j++) {
            if (A->field == AXLE_QQ)
                mpq_swap(AX_Q(A, i, j), P->E.q[i * cols + j]);
            else
                AX_D(A, i, j) = P->E.d[i * cols + j];
        }
    return AXLE_OK;
}

axle_status axle_matrix_parse(axle_matrix **out, axle_field F, const char *text)
{
    AX_OUT(out);
    axle_status s;
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field value %d", (int)F);
    if (!text)
        return ax_error(AXLE_EINVAL, "axle_matrix_parse: text is NULL");
    parser P = {.text = text, .pos = 0, .E = {.field = F}};
    mpq_init(P.value);
    size_t rows = 0, cols = 0;
    s = parse_rows(&P, &rows, &cols);
    if (!s) {
        skip_ws(&P);
        if (P.text[P.pos])
            s = expected(&P, "end of text after the matrix");
    }
    if (!s)
        s = build(out, &P, rows, cols);
    entries_free(&P.E);
    mpq_clear(P.value);
    return s;
}
