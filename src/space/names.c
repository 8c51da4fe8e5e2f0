/* The names of spaces: "QQ^3", "P_2(QQ)", "QQ^{2,3}", products, quotients, duals, subspaces. */
#include <stdio.h>
#include <stdlib.h>

#include "space/space_internal.h"

static bool composite(const axle_space *V)
{
    return V->kind == AXLE_SPACE_PRODUCT || V->kind == AXLE_SPACE_QUOTIENT ||
           V->kind == AXLE_SPACE_SUBSPACE;
}

static void name_parens(ax_buf *b, const axle_space *V, axle_format fmt, bool parens)
{
    if (parens)
        ax_buf_puts(b, "(");
    ax_space_name_to(b, V, fmt);
    if (parens)
        ax_buf_puts(b, ")");
}

void ax_space_name_to(ax_buf *b, const axle_space *V, axle_format fmt)
{
    const char *F = ax_field_symbol(V->field, fmt);
    bool uni = fmt == AXLE_FORMAT_UNICODE, tex = fmt == AXLE_FORMAT_LATEX;
    switch (V->kind) {
    case AXLE_SPACE_FN:
        if (uni) {
            ax_buf_puts(b, F);
            ax_buf_script(b, V->cols, true);
        } else {
            ax_buf_printf(b, tex ? "%s^{%zu}" : "%s^%zu", F, V->cols);
        }
        return;
    case AXLE_SPACE_POLY:
        if (uni) {
            ax_buf_puts(b, "P");
            ax_buf_script(b, V->rows, false);
            ax_buf_printf(b, "(%s)", F);
        } else {
            ax_buf_printf(b, tex ? "\\mathcal{P}_{%zu}(%s)" : "P_%zu(%s)", V->rows, F);
        }
        return;
    case AXLE_SPACE_MATRICES:
        ax_buf_printf(b, "%s^{%zu,%zu}", F, V->rows, V->cols);
        return;
    case AXLE_SPACE_PRODUCT:
        for (size_t i = 0; i < V->nparts; i++) {
            if (i)
                ax_buf_puts(b, uni ? " \u00d7 " : tex ? " \\times " : " x ");
            name_parens(b, V->parts[i], fmt, composite(V->parts[i]));
        }
        return;
    case AXLE_SPACE_QUOTIENT:
        name_parens(b, V->parent, fmt, composite(V->parent));
        ax_buf_puts(b, "/U");
        return;
    case AXLE_SPACE_DUAL:
        name_parens(b, V->parent, fmt, V->parent->kind != AXLE_SPACE_DUAL);
        ax_buf_puts(b, uni ? "\u2032" : "'");
        return;
    case AXLE_SPACE_MAPS:
        ax_buf_puts(b, uni ? "\u2112(" : tex ? "\\mathcal{L}(" : "L(");
        ax_space_name_to(b, V->parts[0], fmt);
        ax_buf_puts(b, ", ");
        ax_space_name_to(b, V->parts[1], fmt);
        ax_buf_puts(b, ")");
        return;
    case AXLE_SPACE_SUBSPACE:
        ax_buf_printf(b,
                      tex ? "\\text{subspace of dimension %zu of } "
                          : "subspace of dimension "
                            "%zu of ",
                      V->dim);
        ax_space_name_to(b, V->parent, fmt);
        return;
    }
}

static char unknown[] = "<?>";

char *ax_space_name(const axle_space *V)
{
    ax_buf b = {0};
    ax_space_name_to(&b, V, AXLE_FORMAT_TEXT);
    char *s;
    if (ax_buf_finish(&b, &s))
        return unknown;
    return s;
}

void ax_name_free(char *name)
{
    if (name != unknown)
        free(name);
}

axle_status axle_space_to_string(char **out, const axle_space *V, axle_format fmt)
{
    AX_OUT(out);
    axle_status s;
    if ((s = ax_check_space(V, "V")))
        return s;
    if (fmt < AXLE_FORMAT_TEXT || fmt > AXLE_FORMAT_JSON)
        return ax_error(AXLE_EINVAL, "invalid output format %d", (int)fmt);
    ax_buf b = {0};
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(&b, "\"");
    ax_space_name_to(&b, V, fmt);
    if (fmt == AXLE_FORMAT_JSON)
        ax_buf_puts(&b, "\"");
    return ax_buf_finish(&b, out);
}
