/* Reading arguments: inline text, @file or - (standard input), with parse errors shown as line,
 * column and a caret under the offending character; MATRIX arguments. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The largest @FILE or standard input read (--max-input). */
static size_t max_input = CLI_DEFAULT_MAX_INPUT;

void cli_set_max_input(size_t bytes)
{
    max_input = bytes;
}

/* bytes as "64 MiB", "3 KiB" or "1000 bytes" (a unit only when it divides bytes). */
static void format_size(char *buf, size_t size, size_t bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        snprintf(buf, size, "%zu MiB", bytes / (1024 * 1024));
    else if (bytes >= 1024 && bytes % 1024 == 0)
        snprintf(buf, size, "%zu KiB", bytes / 1024);
    else
        snprintf(buf, size, "%zu %s", bytes, bytes == 1 ? "byte" : "bytes");
}

/* How reading f ended. */
typedef enum { READ_OK, READ_ERROR, READ_NOMEM, READ_TOO_LARGE } read_result;

/* f read in chunks into a new NUL-terminated string *out of length *len, at most max_input bytes:
 * READ_TOO_LARGE as soon as one byte more arrives (so /dev/zero costs max_input bytes, not all
 * the memory there is). Reading stops early at a NUL byte (the text check after it refuses the
 * input). */
static read_result slurp(FILE *f, char **out, size_t *len)
{
    size_t cap = max_input + 2 < 65536 ? max_input + 2 : 65536, n = 0; /* cap <= max_input + 2 */
    char *s = malloc(cap);
    if (!s)
        return READ_NOMEM;
    for (;;) {
        if (cap - n < 2) { /* n <= max_input here, so max_input + 2 leaves room */
            size_t grown = cap < (max_input + 2) / 2 ? 2 * cap : max_input + 2;
            char *t = realloc(s, grown);
            if (!t) {
                free(s);
                return READ_NOMEM;
            }
            s = t;
            cap = grown;
        }
        size_t want = cap - n - 1; /* at most max_input + 1 - n: one byte over the limit tells */
        size_t got = fread(s + n, 1, want, f);
        bool nul = memchr(s + n, '\0', got) != NULL;
        n += got;
        if (n > max_input) {
            free(s);
            return READ_TOO_LARGE;
        }
        if (nul)
            break;
        if (got == 0) {
            if (ferror(f)) {
                free(s);
                return READ_ERROR;
            }
            break;
        }
    }
    s[n] = '\0';
    *out = s;
    *len = n;
    return READ_OK;
}

/* Read f, which the user named `name` ("@FILE", "standard input"); NULL after a message. */
static char *read_input(FILE *f, const char *name, const char *what, size_t *len)
{
    char *s = NULL;
    int err = 0;
    read_result r = slurp(f, &s, len);
    err = errno;
    if (r == READ_TOO_LARGE) {
        char limit[64];
        format_size(limit, sizeof limit, max_input);
        fprintf(stderr, "axle: %s: %s is larger than the limit of %s; raise it with --max-input\n",
                what, name, limit);
    } else if (r == READ_NOMEM) {
        fprintf(stderr, "axle: %s: out of memory reading %s\n", what, name);
    } else if (r == READ_ERROR) {
        fprintf(stderr, "axle: %s: cannot read %s: %s\n", what, name, strerror(err));
    }
    return s;
}

/* Load the text an argument stands for; NULL after printing a message. */
static char *load(const char *arg, const char *what, size_t *len)
{
    if (strcmp(arg, "-") == 0)
        return read_input(stdin, "standard input", what, len);
    if (arg[0] == '@') {
        FILE *f = fopen(arg + 1, "rb");
        if (!f) {
            fprintf(stderr, "axle: %s: cannot open '%s': %s\n", what, arg + 1, strerror(errno));
            return NULL;
        }
        char *s = read_input(f, arg, what, len);
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

/* The length of the UTF-8 sequence at s (at most n bytes available), or 0 if it is not one
 * (overlong forms, surrogates and values above U+10FFFF are not). */
static size_t utf8_length(const unsigned char *s, size_t n)
{
    size_t k = s[0] < 0x80   ? 1
               : s[0] < 0xC2 ? 0
               : s[0] < 0xE0 ? 2
               : s[0] < 0xF0 ? 3
               : s[0] < 0xF5 ? 4
                             : 0;
    if (k == 0 || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] > 0x9F) ||
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] > 0x8F))
        return 0;
    return k;
}

/* The offset of the first byte of text[0..len) that no text has: a NUL or another control
 * character than the blanks \t \n \v \f \r, DEL, or a byte outside a UTF-8 sequence; len if
 * there is none. */
static size_t first_non_text(const char *text, size_t len)
{
    const unsigned char *u = (const unsigned char *)text;
    for (size_t k = 0; k < len;) {
        if ((u[k] < 0x20 && !(u[k] >= '\t' && u[k] <= '\r')) || u[k] == 0x7F)
            return k;
        size_t step = utf8_length(u + k, len - k);
        if (step == 0)
            return k;
        k += step;
    }
    return len;
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

/* Line and column (counting characters, not bytes), from 1, of byte offset pos of text. */
static void line_column(const char *text, size_t pos, size_t *line, size_t *column,
                        size_t *line_start)
{
    *line = 1;
    *line_start = 0;
    for (size_t k = 0; k < pos; k++)
        if (text[k] == '\n') {
            ++*line;
            *line_start = k + 1;
        }
    *column = 1;
    for (size_t k = *line_start; k < pos; k++)
        *column += ((unsigned char)text[k] & 0xC0) != 0x80;
}

char *cli_load_text(const char *arg, const char *what, size_t *len)
{
    char *text = load(arg, what, len);
    if (!text)
        return NULL;
    size_t bad = first_non_text(text, *len);
    if (bad < *len) {
        size_t line, column, line_start;
        line_column(text, bad, &line, &column, &line_start);
        char byte[32] = "a NUL byte";
        if (text[bad])
            snprintf(byte, sizeof byte, "byte 0x%02x", (unsigned char)text[bad]);
        fprintf(stderr, "axle: %s, line %zu, column %zu: the input is not text (%s)\n", what, line,
                column, byte);
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
    size_t line, column, line_start;
    line_column(text, pos, &line, &column, &line_start);
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

/* Whitespace as the library's grammars take it (the C locale's isspace; the command never sets
 * a locale). */
static bool is_space(char c)
{
    return isspace((unsigned char)c) != 0;
}

/* A flat list "[5, 6]": '[' followed by something other than '[' or ']'. */
static bool looks_like_vector(const char *s)
{
    while (is_space(*s))
        s++;
    if (*s != '[')
        return false;
    s++;
    while (is_space(*s))
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
    while (last > 0 && is_space(text[last - 1]))
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
    } else if (s && axle_error_position() != (size_t)-1) {
        /* a parse error, or a value at one place in the text: a zero denominator, a number out
         * of range */
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
