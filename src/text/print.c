/* Scalars and matrices as text, Unicode, LaTeX and JSON: the layouts (nested brackets, pmatrix,
 * aligned rows); each number is written by core's formatters (core/format.h: QQ exactly, RR in
 * the shortest form that reads back). Everything is built in one growing buffer: O(total output
 * length). */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "axle/io.h"
#include "core/format.h"

static void sb_spaces(ax_buf *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        ax_buf_putn(b, " ", 1);
}

/* ---- public -------------------------------------------------------------------------------- */

axle_status axle_format_parse(axle_format *out, const char *name)
{
    static const char *const names[] = {"text", "unicode", "latex", "json"};
    if (!out || !name)
        return ax_error(AXLE_EINVAL, "axle_format_parse: argument %s is NULL",
                        out ? "name" : "out");
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        size_t n = strlen(names[k]), i = 0;
        while (i < n && tolower((unsigned char)name[i]) == names[k][i])
            i++;
        if (i == n && name[i] == '\0') {
            *out = (axle_format)k;
            return AXLE_OK;
        }
    }
    return ax_error(AXLE_EINVAL, "unknown format \"%.40s\" (use text, unicode, latex or json)",
                    name);
}

axle_status axle_scalar_to_string(char **out, const axle_scalar *x, axle_format fmt)
{
    AX_OUT(out);
    if (!x)
        return ax_error(AXLE_EINVAL, "axle_scalar_to_string: scalar x is NULL");
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    ax_buf b = {0};
    ax_buf_put_scalar(&b, x, fmt);
    return ax_buf_finish(&b, out);
}

/* [[1, -2/3], [1/2, 4]] (text) or [["1","-2/3"],["1/2","4"]] (JSON); a rows x 0 matrix is a
 * list of empty rows, [[], []]. */
static void put_nested(ax_buf *b, const axle_matrix *A, axle_format fmt)
{
    const char *sep = fmt == AXLE_FORMAT_JSON ? "," : ", ";
    ax_buf_puts(b, "[");
    for (size_t i = 0; i < A->rows; i++) {
        if (i)
            ax_buf_puts(b, sep);
        ax_buf_puts(b, "[");
        for (size_t j = 0; j < A->cols; j++) {
            if (j)
                ax_buf_puts(b, sep);
            ax_buf_put_entry(b, A, i, j, fmt);
        }
        ax_buf_puts(b, "]");
    }
    ax_buf_puts(b, "]");
}

static void put_latex(ax_buf *b, const axle_matrix *A)
{
    ax_buf_puts(b, "\\begin{pmatrix}");
    for (size_t i = 0; i < A->rows && A->cols; i++) {
        ax_buf_puts(b, "\n");
        for (size_t j = 0; j < A->cols; j++) {
            if (j)
                ax_buf_puts(b, " & ");
            ax_buf_put_entry(b, A, i, j, AXLE_FORMAT_LATEX);
        }
        if (i + 1 < A->rows)
            ax_buf_puts(b, " \\\\");
    }
    if (A->rows && A->cols)
        ax_buf_puts(b, "\n");
    ax_buf_puts(b, "\\end{pmatrix}");
}

/* Number of code points of a UTF-8 string (every character axle prints is one column wide). */
static size_t columns_of(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t k = 0; k < n; k++)
        w += ((unsigned char)s[k] & 0xC0) != 0x80;
    return w;
}

/* Aligned rows between bracket pieces:
 *   ⎡1   −2/3⎤
 *   ⎣1/2    4⎦
 * Each entry is rendered once into a scratch buffer; offsets locate them. */
static void put_unicode(ax_buf *b, const axle_matrix *A)
{
    if (!A->rows || !A->cols) {
        put_nested(b, A, AXLE_FORMAT_TEXT);
        return;
    }
    size_t n = A->rows * A->cols;
    ax_buf cells = {0};
    size_t *start = ax_calloc(n + 1, sizeof *start);
    size_t *width = ax_calloc(A->cols, sizeof *width);
    if (!start || !width) {
        b->failed = true;
        goto done;
    }
    for (size_t i = 0; i < A->rows; i++)
        for (size_t j = 0; j < A->cols; j++) {
            size_t k = i * A->cols + j;
            start[k] = cells.len;
            ax_buf_put_entry(&cells, A, i, j, AXLE_FORMAT_UNICODE);
            if (cells.failed) {
                b->failed = true;
                goto done;
            }
            size_t w = columns_of(cells.p + start[k], cells.len - start[k]);
            if (w > width[j])
                width[j] = w;
        }
    start[n] = cells.len;
    for (size_t i = 0; i < A->rows; i++) {
        const char *left = "[", *right = "]";
        if (A->rows > 1) {
            bool first = i == 0, last = i + 1 == A->rows;
            left = first ? "\xe2\x8e\xa1" : last ? "\xe2\x8e\xa3" : "\xe2\x8e\xa2";
            right = first ? "\xe2\x8e\xa4" : last ? "\xe2\x8e\xa6" : "\xe2\x8e\xa5";
        }
        if (i)
            ax_buf_puts(b, "\n");
        ax_buf_puts(b, left);
        for (size_t j = 0; j < A->cols; j++) {
            size_t k = i * A->cols + j;
            size_t len = start[k + 1] - start[k];
            if (j)
                sb_spaces(b, 2);
            sb_spaces(b, width[j] - columns_of(cells.p + start[k], len));
            ax_buf_putn(b, cells.p + start[k], len);
        }
        ax_buf_puts(b, right);
    }
done:
    free(cells.p);
    free(start);
    free(width);
}

axle_status axle_matrix_to_string(char **out, const axle_matrix *A, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_matrix(A, "A")))
        return s;
    if (!ax_format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    ax_buf b = {0};
    if (fmt == AXLE_FORMAT_LATEX)
        put_latex(&b, A);
    else if (fmt == AXLE_FORMAT_UNICODE)
        put_unicode(&b, A);
    else
        put_nested(&b, A, fmt);
    return ax_buf_finish(&b, out);
}
