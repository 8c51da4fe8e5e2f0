/* The pieces algebraic numbers are written with: integers, rationals, signs and surds in text,
 * Unicode and LaTeX. */
#include <string.h>

#include "exact/algebraic/alg_impl.h"

void ax_alg_str_z(ax_buf *b, const mpz_t z)
{
    char *t = mpz_get_str(NULL, 10, z);
    if (!t) {
        b->failed = true;
        return;
    }
    ax_buf_puts(b, t);
    void (*freef)(void *, size_t);
    mp_get_memory_functions(NULL, NULL, &freef);
    freef(t, strlen(t) + 1);
}

const char *ax_alg_minus(axle_format f)
{
    return f == AXLE_FORMAT_UNICODE ? "\u2212" : "-";
}

const char *ax_alg_binop(axle_format f, bool plus)
{
    return plus ? " + " : f == AXLE_FORMAT_UNICODE ? " \u2212 " : " - ";
}

/* k·√d ("sqrt(d)", "2*sqrt(d)", "2√d", "2\sqrt{d}"); k = 1 is left out. */
void ax_alg_str_surd(ax_buf *b, const mpz_t k, const mpz_t d, axle_format f)
{
    bool one = mpz_cmp_ui(k, 1) == 0;
    if (!one) {
        ax_alg_str_z(b, k);
        if (f == AXLE_FORMAT_TEXT)
            ax_buf_puts(b, "*");
    }
    ax_buf_puts(b, f == AXLE_FORMAT_TEXT ? "sqrt(" : f == AXLE_FORMAT_LATEX ? "\\sqrt{" : "\u221a");
    ax_alg_str_z(b, d);
    if (f != AXLE_FORMAT_UNICODE)
        ax_buf_puts(b, f == AXLE_FORMAT_TEXT ? ")" : "}");
}
