/* axle internal: polynomial text for the floors above poly (the vectors of P_m(F) are read by
 * the same grammar, text/expr.h, and the same bounded evaluation as axle_poly_parse). */
#ifndef AX_POLY_TEXT_H
#define AX_POLY_TEXT_H

#include "text/lex.h"

/* Read the polynomial expression at L (L stops after whitespace at the first byte that cannot
 * continue it), bounded and evaluated exactly as axle_poly_parse does. *len gets its number of
 * coefficients (degree + 1; 0 for zero); when *len <= n they are swapped into q[0..*len)
 * (initialised by the caller), otherwise q is untouched. *lead_at gets the offset of the first
 * top-level term that may reach that degree (for a message about a degree too high). */
axle_status ax_poly_read(ax_lex *L, mpq_t *q, size_t n, size_t *len, size_t *lead_at);

#endif
