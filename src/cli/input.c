/* Reading arguments: inline text, @file or - (standard input), with parse errors shown as line,
 * column and a caret under the offending character; MATRIX arguments. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The whole of f as a NUL-terminated string, or NULL (errno set). *len gets its length. */
static char *slurp(FILE *f, size_t *len)
{
    size_t cap = 4096, n = 0;
    char *s = malloc(cap);
    if (!s)
        return NULL;
    for (;;) {
        if (cap - n < 2) {
            char *t = cap > ((size_t)-1) / 2 ? NULL : realloc(s, cap * 2);
            if (!t) {
                free(s);
                errno = ENOMEM;
                return NULL;
            }
            s = t;
            cap *= 2;
        }
        size_t got = fread(s + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                free(s);
                return NULL;
            }
            break;
        }
    }
    s[n] = '\0';
    *len = n;
    return s;
}

/* Load the text an argument stands for; NULL after printing a message. */
static char *load(const char *arg, const char *what, size_t *len)
{
    if (strcmp(arg, "-") == 0) {
        char *s = slurp(stdin, len);
        if (!s)
            fprintf(stderr, "axle: %s: cannot read standard input: %s\n", what, strerror(errno));
        return s;
    }
    if (arg[0] == '@') {
        FILE *f = fopen(arg + 1, "rb");
        if (!f) {
            fprintf(stderr, "axle: %s: cannot open '%s': %s\n", what, arg + 1, strerror(errno));
            return NULL;
        }
        char *s = slurp(f, len);
        if (!s)
            fprintf(stderr, "axle: %s: cannot read '%s': %s\n", what, arg + 1, strerror(errno));
        fclose(f);
        return s;
    }
    *len = strlen(arg);
    char *s = malloc(*len + 1);
    if (!s) {
        fprintf(stderr, "axle: out of memory\n");
        return NULL;
    }
    memcpy(s, arg, *len + 1);
    return s;
}

/* axle's message without its " at offset N" (the CLI shows line and column instead); when the
 * offset ends a parenthetical remark, "(the row begins at offset N)", the whole remark goes. */
static void print_message(const char *msg)
{
    static const char marker[] = " at offset ";
    const char *p = strstr(msg, marker);
    if (!p) {
        fputs(msg, stderr);
        return;
    }
    const char *end = p + sizeof marker - 1;
    while (*end >= '0' && *end <= '9')
        end++;
    const char *open = NULL;
    if (*end == ')')
        for (const char *q = p; q > msg; q--)
            if (q[-1] == '(') {
                open = q - 1;
                break;
            }
    if (open) {
        while (open > msg && open[-1] == ' ')
            open--;
        p = open;
        end++;
    }
    fwrite(msg, 1, (size_t)(p - msg), stderr);
    fputs(end, stderr);
}

char *cli_load_text(const char *arg, const char *what, size_t *len)
{
    char *text = load(arg, what, len);
    if (text && strlen(text) != *len) {
        fprintf(stderr, "axle: %s: the input contains a NUL byte at offset %zu\n", what,
                strlen(text));
        free(text);
        return NULL;
    }
    return text;
}

void cli_show_error(const char *what, axle_status s)
{
    fprintf(stderr, "axle: %s: ", what);
    const char *msg = s == AXLE_ENOMEM ? axle_strerror(s) : axle_error_message();
    print_message(msg[0] ? msg : axle_strerror(s));
    fputc('\n', stderr);
}

/* "line L, column C" of byte offset pos, then the line with a caret under that column. */
void cli_show_parse_error(const char *text, size_t len, size_t pos, const char *what)
{
    cli_show_parse_message(text, len, pos, what, axle_error_message());
}

void cli_show_parse_message(const char *text, size_t len, size_t pos, const char *what,
                            const char *msg)
{
    if (pos > len)
        pos = len;
    size_t line = 1, line_start = 0;
    for (size_t k = 0; k < pos; k++)
        if (text[k] == '\n') {
            line++;
            line_start = k + 1;
        }
    size_t column = 1;
    for (size_t k = line_start; k < pos; k++)
        column += ((unsigned char)text[k] & 0xC0) != 0x80;
    fprintf(stderr, "axle: %s, line %zu, column %zu: ", what, line, column);
    print_message(msg);
    fputc('\n', stderr);

    /* A window of at most 72 bytes of the line around pos. */
    size_t from = pos > line_start + 40 ? pos - 40 : line_start;
    while (from > line_start && ((unsigned char)text[from] & 0xC0) == 0x80)
        from--;
    size_t to = from;
    while (to < len && text[to] != '\n' && to - from < 72)
        to++;
    while (to < len && ((unsigned char)text[to] & 0xC0) == 0x80)
        to++;
    fputs("  ", stderr);
    for (size_t k = from; k < to; k++)
        fputc(text[k] == '\t' || text[k] == '\r' ? ' ' : text[k], stderr);
    fputs("\n  ", stderr);
    for (size_t k = from; k < pos; k++)
        if (((unsigned char)text[k] & 0xC0) != 0x80)
            fputc(' ', stderr);
    fputs("^\n", stderr);
}

/* A flat list "[5, 6]": '[' followed by something other than '[' or ']'. */
static bool looks_like_vector(const char *s)
{
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    if (*s != '[')
        return false;
    s++;
    while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    return *s != '[' && *s != ']';
}

/* Parse "[5, 6]" as the column (5, 6)^T by reading "[" text "]" as a 1 x m matrix (so parse
 * positions are one byte past those in text). */
static axle_status parse_vector(axle_matrix **out, axle_field F, const char *text, size_t len)
{
    *out = NULL;
    char *wrapped = malloc(len + 3);
    if (!wrapped)
        return AXLE_ENOMEM;
    wrapped[0] = '[';
    memcpy(wrapped + 1, text, len);
    wrapped[len + 1] = ']';
    wrapped[len + 2] = '\0';
    axle_matrix *row = NULL;
    axle_status s = axle_matrix_parse(&row, F, wrapped);
    free(wrapped);
    if (s)
        return s;
    s = axle_matrix_transpose(out, row);
    axle_matrix_free(row);
    return s;
}

int cli_read_matrix(axle_matrix **out, axle_field F, const char *arg, const char *what,
                    bool allow_vector)
{
    *out = NULL;
    size_t len;
    char *text = cli_load_text(arg, what, &len);
    if (!text)
        return CLI_USAGE;
    bool vector = allow_vector && looks_like_vector(text);
    axle_status s = vector ? parse_vector(out, F, text, len) : axle_matrix_parse(out, F, text);
    size_t last = len;
    while (last > 0 && (text[last - 1] == ' ' || text[last - 1] == '\t' || text[last - 1] == '\n' ||
                        text[last - 1] == '\r'))
        last--;
    bool closes = last > 0 && text[last - 1] == ']';
    if (s == AXLE_EPARSE && vector && axle_error_position() > len &&
        (axle_error_position() > len + 1 || closes)) {
        /* The error lies in the brackets added around the vector: past them (len + 2) the vector
         * was never closed; at the closing one (len + 1), after a ']' of the vector's own, that
         * ']' closed too much. Any other error at len + 1 (a missing number before the end) is
         * shown as the library says it, at the end of the text. */
        fprintf(stderr, "axle: %s: %s\n", what,
                axle_error_position() > len + 1
                    ? "expected ']' to end the vector, found end of text"
                    : "unbalanced ']' in the vector");
    } else if (s == AXLE_EPARSE) {
        size_t pos = axle_error_position();
        if (vector && pos > 0)
            pos--;
        if (pos > len)
            pos = len;
        cli_show_parse_error(text, len, pos, what);
    } else if (s) {
        cli_show_error(what, s);
    }
    free(text);
    return s ? CLI_USAGE : CLI_OK;
}
