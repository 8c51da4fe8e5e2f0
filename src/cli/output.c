/* Building the axle command's output in a growing string. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static bool reserve(cli_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra < b->cap - b->len)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap - b->len <= extra) {
        if (cap > ((size_t)-1) / 2) {
            b->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *s = realloc(b->s, cap);
    if (!s) {
        b->failed = true;
        return false;
    }
    b->s = s;
    b->cap = cap;
    return true;
}

void cli_puts(cli_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (!reserve(b, n))
        return;
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

void cli_printf(cli_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !reserve(b, (size_t)n)) {
        b->failed = true;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void cli_put_matrix(cli_buf *b, const axle_matrix *A, axle_format fmt)
{
    char *s = NULL;
    if (axle_matrix_to_string(&s, A, fmt)) {
        b->failed = true;
        return;
    }
    cli_puts(b, s);
    axle_free(s);
}

void cli_put_scalar(cli_buf *b, const axle_scalar *x, axle_format fmt)
{
    char *s = NULL;
    if (axle_scalar_to_string(&s, x, fmt)) {
        b->failed = true;
        return;
    }
    cli_puts(b, s);
    axle_free(s);
}

void cli_put_column(cli_buf *b, const axle_matrix *M, size_t j, axle_format fmt)
{
    static const char *const open[] = {"[", "(", "\\begin{pmatrix}", "["};
    static const char *const sep[] = {", ", ", ", " \\\\ ", ","};
    static const char *const close[] = {"]", ")", "\\end{pmatrix}", "]"};
    cli_puts(b, open[fmt]);
    for (size_t i = 0; i < axle_matrix_rows(M); i++) {
        axle_scalar *x = NULL;
        if (axle_matrix_get(&x, M, i, j)) {
            b->failed = true;
            return;
        }
        if (i)
            cli_puts(b, sep[fmt]);
        cli_put_scalar(b, x, fmt);
        axle_scalar_free(x);
    }
    cli_puts(b, close[fmt]);
}
