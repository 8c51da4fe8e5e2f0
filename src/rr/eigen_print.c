/* The RR spectrum as text: eigenvalues and eigenvectors with 10 significant digits in text,
 * Unicode and LaTeX ("0.5 + 0.8660254038i", Unicode minus), and the doubles themselves in JSON
 * (the shortest form that reads back, {"re":…,"im":…} for a complex number). */
#include <stdio.h>
#include <stdlib.h>

#include "core/format.h"
#include "eigen_kernel.h"

/* x rounded to 10 significant digits, written by core's double formatter: the double nearest a
 * decimal of at most 15 digits prints as that decimal (trailing zeros dropped), in every
 * format's notation. snprintf and strtod read and write the same locale's decimal point. */
static void put_d10(ax_buf *b, double x, axle_format fmt)
{
    char s[40];
    snprintf(s, sizeof s, "%.9e", x);
    ax_buf_put_double(b, strtod(s, NULL), fmt);
}

/* re + im i: JSON {"re":…,"im":…}, otherwise "a + bi", "a − bi", "bi", or "a" when im is 0. */
static void put_complex(ax_buf *b, double re, double im, axle_format fmt)
{
    if (fmt == AXLE_FORMAT_JSON) {
        ax_buf_puts(b, "{\"re\":");
        ax_buf_put_double(b, re, fmt);
        ax_buf_puts(b, ",\"im\":");
        ax_buf_put_double(b, im, fmt);
        ax_buf_puts(b, "}");
        return;
    }
    if (im == 0.0) {
        put_d10(b, re, fmt);
        return;
    }
    if (re != 0.0) {
        put_d10(b, re, fmt);
        ax_buf_puts(b, im > 0.0 ? " + " : fmt == AXLE_FORMAT_UNICODE ? " " AX_MINUS " " : " - ");
        im = fabs(im);
    }
    /* A unit coefficient is not written: "i", "−i", "2 + i", as a teacher writes them. */
    char s[40];
    snprintf(s, sizeof s, "%.9e", fabs(im));
    if (strtod(s, NULL) == 1.0) {
        if (im < 0.0)
            ax_buf_puts(b, fmt == AXLE_FORMAT_UNICODE ? AX_MINUS : "-");
    } else
        put_d10(b, im, fmt);
    ax_buf_puts(b, "i");
}

axle_status ax_rr_eigen_value_string(char **out, const void *data, size_t k, axle_format fmt)
{
    const ax_rr_spec *D = data;
    ax_buf b = {0};
    put_complex(&b, D->wr[k], D->wi[k], fmt); /* JSON: the object, also when im is 0 */
    return ax_buf_finish(&b, out);
}

axle_status ax_rr_eigen_vectors_string(char **out, const void *data, size_t k, axle_format fmt)
{
    const ax_rr_spec *D = data;
    size_t n = D->n;
    double *re = ax_calloc(n ? n : 1, sizeof *re), *im = ax_calloc(n ? n : 1, sizeof *im);
    if (!re || !im) {
        free(re);
        free(im);
        return ax_nomem();
    }
    ax_rr_spec_vector(D, k, re, im);
    bool cplx = D->wi[k] != 0.0;
    ax_buf b = {0};
    const char *open = fmt == AXLE_FORMAT_JSON    ? "[["
                       : fmt == AXLE_FORMAT_LATEX ? "\\begin{pmatrix} "
                                                  : "(";
    const char *sep = fmt == AXLE_FORMAT_JSON ? "," : fmt == AXLE_FORMAT_LATEX ? " \\\\ " : ", ";
    const char *close = fmt == AXLE_FORMAT_JSON    ? "]]"
                        : fmt == AXLE_FORMAT_LATEX ? " \\end{pmatrix}"
                                                   : ")";
    ax_buf_puts(&b, open);
    for (size_t i = 0; i < n; i++) {
        if (i)
            ax_buf_puts(&b, sep);
        if (fmt == AXLE_FORMAT_JSON && !cplx)
            ax_buf_put_double(&b, re[i], fmt);
        else
            put_complex(&b, re[i], im[i], fmt);
    }
    ax_buf_puts(&b, close);
    free(re);
    free(im);
    return ax_buf_finish(&b, out);
}

axle_status ax_rr_pair_string(char **out, double re, double im)
{
    ax_buf b = {0};
    if (re != 0.0) {
        put_d10(&b, re, AXLE_FORMAT_TEXT);
        ax_buf_puts(&b, " \xc2\xb1 "); /* U+00B1 PLUS-MINUS SIGN */
    } else
        ax_buf_puts(&b, "\xc2\xb1");
    char s[40];
    snprintf(s, sizeof s, "%.9e", fabs(im));
    if (strtod(s, NULL) != 1.0)
        put_d10(&b, fabs(im), AXLE_FORMAT_TEXT);
    ax_buf_puts(&b, "i");
    return ax_buf_finish(&b, out);
}
