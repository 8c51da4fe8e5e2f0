/* The [[...]] grammar, once for matrices (axle_matrix_parse) and for the vectors of F^{m,n}
 * (axle_vector_parse): a list of rows, each a list of numbers (see lex.h). */
#include "text/lex.h"

typedef struct rows_ctx {
    const ax_rows_reader *R;
    size_t i;
} rows_ctx;

static axle_status entry(void *ctx, ax_lex *L, size_t j)
{
    rows_ctx *c = ctx;
    return c->R->entry(c->R->ctx, L, c->i, j);
}

static axle_status row(void *ctx, ax_lex *L, size_t i)
{
    rows_ctx *c = ctx;
    if (L->text[L->pos] != '[')
        return ax_lex_expected(L, "'[' to begin a row");
    size_t row_start = L->pos, len, close;
    c->i = i;
    axle_status s = ax_lex_list(L, '[', ']', "'['", "an entry", entry, c, &len, &close);
    return s ? s : c->R->row_done(c->R->ctx, i, len, row_start);
}

axle_status ax_text_rows(ax_lex *L, const ax_rows_reader *R, size_t *rows, size_t *close_at)
{
    rows_ctx c = {R, 0};
    return ax_lex_list(L, '[', ']', "'[' to begin the matrix", "a row", row, &c, rows, close_at);
}
