/* Reading lists of vectors for span and subspace: tuples "(1, -2, 3/4)" in F^n or polynomials
 * "1 + x" in P_m, given inline, or one per line in @FILE or standard input. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

/* The highest degree --space or the text may ask for (P_m has m + 1 coordinates). */
#define MAX_DEGREE 100000

/* One vector's text and where it came from (for messages). */
typedef struct item {
    char *text;         /* the vector alone, NUL-terminated (owned) */
    const char *source; /* the whole argument or file text it was taken from */
    size_t source_len;
    size_t offset; /* of text within source */
    char what[96]; /* "v2" or "v2 in FILE" */
} item;

typedef struct reader {
    item *items;
    size_t count, cap;
    char **sources; /* loaded file / stdin texts (owned) */
    size_t nsources;
    bool used_stdin;
} reader;

static void reader_free(reader *r)
{
    for (size_t i = 0; i < r->count; i++)
        free(r->items[i].text);
    for (size_t i = 0; i < r->nsources; i++)
        free(r->sources[i]);
    free(r->items);
    free(r->sources);
}

/* Whitespace as the library's grammars take it (the C locale's isspace). */
static bool is_blank(char c)
{
    return isspace((unsigned char)c) != 0;
}

static bool add_item(reader *r, const char *source, size_t source_len, size_t offset, size_t len,
                     const char *origin)
{
    if (r->count == r->cap) {
        size_t cap = r->cap ? 2 * r->cap : 8;
        item *t = realloc(r->items, cap * sizeof *t);
        if (!t)
            return false;
        r->items = t;
        r->cap = cap;
    }
    item *it = &r->items[r->count];
    it->text = malloc(len + 1);
    if (!it->text)
        return false;
    memcpy(it->text, source + offset, len);
    it->text[len] = '\0';
    it->source = source;
    it->source_len = source_len;
    it->offset = offset;
    if (origin)
        snprintf(it->what, sizeof it->what, "v%zu in %s", r->count, origin);
    else
        snprintf(it->what, sizeof it->what, "v%zu", r->count);
    r->count++;
    return true;
}

/* Add the vectors one argument stands for; false after printing a message. */
static bool add_argument(reader *r, const char *arg)
{
    bool from_stdin = strcmp(arg, "-") == 0;
    if (!from_stdin && arg[0] != '@') {
        if (!add_item(r, arg, strlen(arg), 0, strlen(arg), NULL))
            goto nomem;
        return true;
    }
    if (from_stdin && r->used_stdin) {
        cli_usage("%s", "standard input (-) can be read only once");
        return false;
    }
    r->used_stdin |= from_stdin;
    char **t = realloc(r->sources, (r->nsources + 1) * sizeof *t);
    if (!t)
        goto nomem;
    r->sources = t;
    size_t len;
    char *text = cli_load_text(arg, from_stdin ? "standard input" : arg + 1, &len);
    if (!text)
        return false;
    r->sources[r->nsources++] = text;
    const char *origin = from_stdin ? "standard input" : arg + 1;
    size_t before = r->count;
    for (size_t start = 0; start < len;) {
        size_t end = start;
        while (end < len && text[end] != '\n')
            end++;
        size_t k = start;
        while (k < end && is_blank(text[k]))
            k++;
        if (k < end && !add_item(r, text, len, start, end - start, origin))
            goto nomem;
        start = end + 1;
    }
    if (r->count == before) {
        fprintf(stderr, "axle: %s: no vectors in it (write one vector per line)\n", origin);
        return false;
    }
    return true;
nomem:
    fputs("axle: out of memory\n", stderr);
    return false;
}

/* A tuple: '(' first, and after the first ')' nothing but blanks (so "(1/2)x + 1" is a
 * polynomial). Without any ')' the text is taken as an unfinished tuple. */
static bool is_tuple(const char *s)
{
    while (is_blank(*s))
        s++;
    if (*s != '(')
        return false;
    const char *close = strchr(s, ')');
    if (!close)
        return true;
    for (close++; is_blank(*close); close++)
        ;
    return *close == '\0';
}

/* The degree of the polynomial s as the library reads it (axle_poly_parse, the grammar of the
 * vectors of P_m; exactly, as the vectors' coordinates are read before any rounding), 0 for zero;
 * a text it refuses counts 0 here and is reported when it is read as a vector. */
static size_t poly_degree(const char *s)
{
    axle_poly *p = NULL;
    if (axle_poly_parse(&p, AXLE_QQ, s))
        return 0;
    long d = axle_poly_degree(p);
    axle_poly_free(p);
    return d > 0 ? (size_t)d : 0;
}

/* --space Pm or P_m: m into *m. */
static bool parse_space_option(const char *v, size_t *m)
{
    if (v[0] != 'P')
        return false;
    const char *p = v + 1 + (v[1] == '_');
    if (*p < '0' || *p > '9')
        return false;
    size_t d = 0;
    for (; *p >= '0' && *p <= '9'; p++)
        if (d <= MAX_DEGREE)
            d = d * 10 + (size_t)(*p - '0');
    *m = d;
    return *p == '\0';
}

/* A failed parse of item it: the library's message, with the line and column when it belongs to
 * one place in the text (a parse error, a zero denominator, a number out of range). */
static void show_vector_error(const item *it, axle_status s)
{
    if (axle_error_position() != (size_t)-1 && axle_error_position() <= strlen(it->text))
        cli_show_parse_error(it->source, it->source_len, it->offset + axle_error_position(),
                             it->what);
    else
        cli_show_error(it->what, s);
}

/* The space of the vectors (a new reference in *V), or CLI_USAGE after a message. When the
 * space comes from the first vector (a tuple) that vector is parsed into *first. */
static int choose_space(axle_space **V, axle_vector **first, const cli_options *o, const reader *r)
{
    *V = NULL;
    *first = NULL;
    size_t m = 0;
    bool poly = true;
    if (o->space) {
        if (!parse_space_option(o->space, &m))
            return cli_usage("unknown space '%s' (use Pm, e.g. --space P3 for polynomials of "
                             "degree at most 3)",
                             o->space);
    } else if (is_tuple(r->items[0].text)) {
        poly = false;
    } else {
        for (size_t i = 0; i < r->count; i++) {
            size_t d = poly_degree(r->items[i].text);
            if (d > m)
                m = d;
        }
    }
    if (poly && m > MAX_DEGREE) {
        fprintf(stderr, "axle: %s: degree above %d is more than this command handles\n",
                o->cmd_name, MAX_DEGREE);
        return CLI_USAGE;
    }
    axle_status s;
    if (poly) {
        s = axle_space_poly(V, o->field, m);
    } else if (!(s = axle_vector_parse_tuple(first, o->field, r->items[0].text))) {
        *V = axle_space_ref(axle_vector_space(*first));
        return CLI_OK;
    } else {
        show_vector_error(&r->items[0], s);
        return CLI_USAGE;
    }
    if (s) {
        cli_show_error(o->cmd_name, s);
        return CLI_USAGE;
    }
    return CLI_OK;
}

void cli_vectors_free(cli_vectors *l)
{
    for (size_t i = 0; i < l->count; i++)
        axle_vector_unref(l->v[i]);
    free(l->v);
    axle_space_unref(l->space);
    l->v = NULL;
    l->space = NULL;
    l->count = 0;
}

int cli_read_vectors(cli_vectors *out, const cli_options *o, const char *const *const *lists,
                     const size_t *counts, size_t nlists)
{
    reader r = {0};
    size_t *ends = calloc(nlists + 1, sizeof *ends); /* ends[i]: items of lists 0..i */
    for (size_t i = 0; i < nlists; i++)
        out[i] = (cli_vectors){0};
    int rc = CLI_USAGE;
    if (!ends) {
        fputs("axle: out of memory\n", stderr);
        return CLI_FAILED;
    }
    for (size_t i = 0; i < nlists; i++) {
        for (size_t j = 0; j < counts[i]; j++)
            if (!add_argument(&r, lists[i][j]))
                goto done;
        ends[i] = r.count;
    }
    if (r.count == 0) {
        rc = cli_usage("%s needs at least one vector", o->cmd_name);
        goto done;
    }
    axle_space *V = NULL;
    axle_vector *first = NULL;
    if ((rc = choose_space(&V, &first, o, &r)))
        goto done;
    size_t k = 0;
    for (size_t i = 0; i < nlists; i++) {
        size_t n = ends[i] - (i ? ends[i - 1] : 0);
        out[i].space = axle_space_ref(V);
        out[i].v = calloc(n + 1, sizeof *out[i].v);
        if (!out[i].v) {
            fputs("axle: out of memory\n", stderr);
            rc = CLI_FAILED;
            break;
        }
        for (; k < ends[i]; k++) {
            axle_status s;
            if (k == 0 && first) {
                out[i].v[out[i].count++] = first;
                first = NULL;
            } else if ((s = axle_vector_parse(&out[i].v[out[i].count], V, r.items[k].text))) {
                show_vector_error(&r.items[k], s);
                rc = CLI_USAGE;
                break;
            } else {
                out[i].count++;
            }
        }
        if (rc)
            break;
    }
    axle_vector_unref(first);
    axle_space_unref(V);
    if (rc)
        for (size_t i = 0; i < nlists; i++)
            cli_vectors_free(&out[i]);
done:
    free(ends);
    reader_free(&r);
    return rc;
}
