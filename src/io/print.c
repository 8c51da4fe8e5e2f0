/* Scalars and matrices as text, Unicode, LaTeX and JSON.
 *
 * QQ entries print exactly ("-2/3"); RR entries in the shortest "%.{15,16,17}g" form that reads
 * back to the same double, with the exponent tidied ("1e20", "1.5e-5", never "-0") so that the
 * same string is valid axle input and a valid JSON number. Everything is built in one growing
 * buffer: O(total output length). */
#include <ctype.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "axle/io.h"
#include "core/internal.h"

static void sb_spaces(ax_buf *b, size_t n)
{
    for (size_t k = 0; k < n; k++)
        ax_buf_putn(b, " ", 1);
}

/* ---- numbers ------------------------------------------------------------------------------- */

/* The digits of an integer, "-12". */
static void put_mpz(ax_buf *b, const mpz_t z)
{
    size_t n = mpz_sizeinbase(z, 10) + 2;
    if (!ax_buf_reserve(b, n))
        return;
    mpz_get_str(b->p + b->len, 10, z);
    b->len += strlen(b->p + b->len);
}

/* True when text (an ASCII number) reads back as exactly x. */
static bool reads_back(const char *text, double x)
{
    mpq_t q;
    mpq_init(q);
    size_t pos = 0;
    bool ok =
        ax_parse_number(q, text, &pos) == AXLE_OK && text[pos] == '\0' && ax_mpq_get_d(q) == x;
    mpq_clear(q);
    return ok;
}

/* Tidy "%g" output: any locale's decimal point becomes '.', the exponent loses its '+' and
 * leading zeros ("1e+20" -> "1e20", "1.5e-05" -> "1.5e-5"). */
static void tidy(char *dst, size_t size, const char *src)
{
    size_t k = 0;
    const char *p = src;
    while (*p && k + 1 < size) {
        char c = *p;
        if (isdigit((unsigned char)c) || c == '-') {
            dst[k++] = c;
            p++;
        } else if (c == 'e' || c == 'E') {
            dst[k++] = 'e';
            p++;
            if (*p == '+' || *p == '-') {
                if (*p == '-' && k + 1 < size)
                    dst[k++] = '-';
                p++;
            }
            while (p[0] == '0' && isdigit((unsigned char)p[1]))
                p++;
        } else {
            /* the decimal point, however many bytes the locale spells it with */
            dst[k++] = '.';
            while (*p && !isdigit((unsigned char)*p) && *p != 'e' && *p != 'E')
                p++;
        }
    }
    dst[k] = '\0';
}

#define AX_DBL_STR 40

/* The shortest %.{15,16,17}g that reads back to x ("0" for both zeros). A normal double with a
 * shorter decimal form prints it anyway (%g drops the trailing zeros); subnormals, whose
 * precision is lower, try every precision from 1 ("5e-324", not "4.94065645841247e-324"). */
static void double_str(char out[AX_DBL_STR], double x)
{
    if (x == 0) {
        strcpy(out, "0");
        return;
    }
    if (!isfinite(x)) { /* only if someone wrote one through axle_matrix_rr_data() */
        strcpy(out, isnan(x) ? "nan" : x > 0 ? "inf" : "-inf");
        return;
    }
    char raw[AX_DBL_STR];
    for (int digits = fabs(x) < DBL_MIN ? 1 : 15; digits <= 17; digits++) {
        snprintf(raw, sizeof raw, "%.*g", digits, x);
        tidy(out, AX_DBL_STR, raw);
        if (digits == 17 || reads_back(out, x))
            return;
    }
}

/* An RR number in a format. */
static void put_double(ax_buf *b, double x, axle_format fmt)
{
    char s[AX_DBL_STR];
    double_str(s, x);
    if (fmt == AXLE_FORMAT_TEXT || fmt == AXLE_FORMAT_JSON) {
        ax_buf_puts(b, s);
        return;
    }
    const char *p = s;
    if (*p == '-') {
        ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-");
        p++;
    }
    const char *e = strchr(p, 'e');
    if (!e) {
        ax_buf_puts(b, p);
        return;
    }
    ax_buf_putn(b, p, (size_t)(e - p));
    e++;
    if (fmt == AXLE_FORMAT_LATEX) {
        ax_buf_puts(b, " \\times 10^{");
        ax_buf_puts(b, e);
        ax_buf_puts(b, "}");
        return;
    }
    ax_buf_puts(b, "\xc3\x97"
                   "10"); /* U+00D7 MULTIPLICATION SIGN */
    if (*e == '-') {
        ax_buf_puts(b, "\xe2\x81\xbb"); /* U+207B SUPERSCRIPT MINUS */
        e++;
    }
    ax_buf_script(b, (size_t)strtoul(e, NULL, 10), true);
}

/* A QQ number in a format. */
static void put_mpq(ax_buf *b, const mpq_t q, axle_format fmt)
{
    bool negative = mpq_sgn(q) < 0;
    bool integer = mpz_cmp_ui(mpq_denref(q), 1) == 0;
    mpz_t num;
    mpz_init(num);
    mpz_abs(num, mpq_numref(q));
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(b, "\"");
    if (negative)
        ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-");
    if (fmt == AXLE_FORMAT_LATEX && !integer) {
        ax_buf_puts(b, "\\frac{");
        put_mpz(b, num);
        ax_buf_puts(b, "}{");
        put_mpz(b, mpq_denref(q));
        ax_buf_puts(b, "}");
    } else {
        put_mpz(b, num);
        if (!integer) {
            ax_buf_puts(b, "/");
            put_mpz(b, mpq_denref(q));
        }
    }
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(b, "\"");
    mpz_clear(num);
}

static void put_entry(ax_buf *b, const axle_matrix *A, size_t i, size_t j, axle_format fmt)
{
    if (A->field == AXLE_QQ)
        put_mpq(b, AX_Q(A, i, j), fmt);
    else
        put_double(b, AX_D(A, i, j), fmt);
}

static bool format_valid(axle_format fmt)
{
    return fmt == AXLE_FORMAT_TEXT || fmt == AXLE_FORMAT_UNICODE || fmt == AXLE_FORMAT_LATEX ||
           fmt == AXLE_FORMAT_JSON;
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
    if (!format_valid(fmt))
        return ax_error(AXLE_EINVAL, "invalid format value %d", (int)fmt);
    ax_buf b = {0};
    if (x->field == AXLE_QQ)
        put_mpq(&b, x->q, fmt);
    else
        put_double(&b, x->d, fmt);
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
            put_entry(b, A, i, j, fmt);
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
            put_entry(b, A, i, j, AXLE_FORMAT_LATEX);
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
            put_entry(&cells, A, i, j, AXLE_FORMAT_UNICODE);
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
    if (!format_valid(fmt))
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
