/* Building the axle command's output in a growing string. */
#include <stdarg.h>
#include <stdio.h>
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

void cli_put_json_string(cli_buf *b, const axle_scalar *x)
{
    char *s = NULL;
    if (axle_scalar_to_string(&s, x, AXLE_FORMAT_JSON)) {
        b->failed = true;
        return;
    }
    /* QQ's JSON form is already a string ("3/2"); RR's is a number, quoted here as it is */
    bool quoted = s[0] == '"';
    if (!quoted)
        cli_puts(b, "\"");
    cli_puts(b, s);
    if (!quoted)
        cli_puts(b, "\"");
    axle_free(s);
}

void cli_put_space(cli_buf *b, const axle_space *V, axle_format fmt)
{
    char *s = NULL;
    if (axle_space_to_string(&s, V, fmt)) {
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

void cli_put_vector(cli_buf *b, const axle_vector *v, axle_format fmt)
{
    char *s = NULL;
    if (axle_vector_to_string(&s, v, fmt)) {
        b->failed = true;
        return;
    }
    cli_puts(b, s);
    axle_free(s);
}

void cli_put_poly(cli_buf *b, const axle_poly *p, axle_format fmt)
{
    char *s = NULL;
    if (axle_poly_to_string(&s, p, fmt)) {
        b->failed = true;
        return;
    }
    cli_puts(b, s);
    axle_free(s);
}

/* The decimal digits of k as UTF-8 subscripts (sub) or superscripts. */
static void put_unicode_digits(cli_buf *b, unsigned long k, bool sub)
{
    static const char *const subs[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                       "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
    static const char *const sups[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                       "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    unsigned char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (unsigned char)(k % 10);
        k /= 10;
    } while (k && n < sizeof digits);
    while (n > 0)
        cli_puts(b, (sub ? subs : sups)[digits[--n]]);
}

void cli_put_name(cli_buf *b, const char *name, size_t k, axle_format fmt)
{
    cli_puts(b, name);
    if (fmt == AXLE_FORMAT_UNICODE)
        put_unicode_digits(b, k, true);
    else
        cli_printf(b, fmt == AXLE_FORMAT_LATEX ? "_{%zu}" : "%zu", k);
}

void cli_put_power(cli_buf *b, unsigned long e, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_UNICODE)
        put_unicode_digits(b, e, false);
    else
        cli_printf(b, fmt == AXLE_FORMAT_LATEX ? "^{%lu}" : "^%lu", e);
}

int cli_emit(cli_buf *b, const char *cmd_name)
{
    if (b->failed) {
        free(b->s);
        fprintf(stderr, "axle: %s: out of memory while formatting the answer\n", cmd_name);
        return CLI_FAILED;
    }
    fputs(b->s ? b->s : "", stdout);
    fputc('\n', stdout);
    free(b->s);
    b->s = NULL;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "axle: cannot write the answer to standard output\n");
        return CLI_FAILED;
    }
    return CLI_OK;
}

int cli_usage(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("axle: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputs("\nTry 'axle --help' for more information.\n", stderr);
    va_end(ap);
    return CLI_USAGE;
}

int cli_failure(const char *cmd_name, axle_status s)
{
    const char *msg = s == AXLE_ENOMEM ? axle_strerror(s) : axle_error_message();
    if (!msg[0])
        msg = axle_strerror(s);
    switch (s) {
    case AXLE_ESINGULAR:
        fprintf(stderr, "axle: %s: no inverse: %s\n", cmd_name, msg);
        return CLI_FAILED;
    case AXLE_ENOSOLUTION:
        fprintf(stderr, "axle: %s: no solution: %s\n", cmd_name, msg);
        return CLI_FAILED;
    case AXLE_EDIM:
    case AXLE_EINVAL:
    case AXLE_EPARSE:
        fprintf(stderr, "axle: %s: %s\n", cmd_name, msg);
        return CLI_USAGE;
    default: /* the status word once: "out of memory", not "out of memory: out of memory" */
        if (strcmp(msg, axle_strerror(s)) == 0)
            fprintf(stderr, "axle: %s: %s\n", cmd_name, msg);
        else
            fprintf(stderr, "axle: %s: %s: %s\n", cmd_name, axle_strerror(s), msg);
        return CLI_FAILED;
    }
}
