/* Matrices from text: [[1, -2/3], [0.5, 4]].
 *
 *   matrix := '[' ( row ( ',' row )* )? ']'      row := '[' ( number ( ',' number )* )? ']'
 *
 * with whitespace and numbers as the lexer reads them (lex.h) and the [[...]] grammar shared with
 * the vectors of F^{m,n} (rows.c). One pass over the text, entries collected row-major as the
 * field stores them and moved into the matrix at the end: O(length of the text) plus the cost of
 * the GMP arithmetic on the entries. */
#include "axle/io.h"
#include "text/lex.h"

typedef struct parser {
    ax_values E;
    mpq_t value; /* the entry being read */
    size_t cols; /* the length of row 1 */
} parser;

static axle_status entry(void *ctx, ax_lex *L, size_t i, size_t j)
{
    (void)i;
    (void)j;
    parser *P = ctx;
    size_t start = L->pos;
    axle_status s = ax_lex_exact(L, P->value);
    return s ? s : ax_values_push(&P->E, P->value, start);
}

static axle_status row_done(void *ctx, size_t i, size_t len, size_t row_start)
{
    parser *P = ctx;
    if (i == 0)
        P->cols = len;
    else if (len != P->cols)
        return ax_parse_error(row_start,
                              "row %zu has %zu %s but row 1 has %zu (the row begins at "
                              "offset %zu)",
                              i + 1, len, ax_plural(len, "entry", "entries"), P->cols, row_start);
    return AXLE_OK;
}

axle_status axle_matrix_parse(axle_matrix **out, axle_field F, const char *text)
{
    AX_OUT(out);
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field value %d", (int)F);
    if (!text)
        return ax_error(AXLE_EINVAL, "axle_matrix_parse: text is NULL");
    parser P = {.E = {.field = F}};
    mpq_init(P.value);
    ax_rows_reader R = {entry, row_done, &P};
    ax_lex L = {text, 0};
    size_t rows = 0, close;
    axle_status s = ax_text_rows(&L, &R, &rows, &close);
    if (!s)
        s = ax_lex_end(&L, "end of text after the matrix");
    if (!s)
        s = ax_values_to_matrix(out, &P.E, rows, rows ? P.cols : 0);
    ax_values_free(&P.E);
    mpq_clear(P.value);
    return s;
}
