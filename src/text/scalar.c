/* A scalar from text: one number, whitespace around it free, read by the lexer (lex.h) as an
 * entry of a matrix or a coordinate of a tuple is. */
#include "text/lex.h"

axle_status axle_scalar_parse(axle_scalar **out, axle_field F, const char *text)
{
    AX_OUT(out);
    if (!axle_field_valid(F))
        return ax_error(AXLE_EINVAL, "invalid field value %d", (int)F);
    if (!text)
        return ax_error(AXLE_EINVAL, "text is NULL");
    ax_lex L = {text, 0};
    mpq_t q;
    mpq_init(q);
    axle_status s = ax_lex_exact(&L, q);
    if (!s)
        s = ax_lex_end(&L, "end of text after the number");
    if (!s)
        s = ax_scalar_from_mpq(out, F, q);
    mpq_clear(q);
    return s;
}
