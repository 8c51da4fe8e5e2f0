/* axle internal: the poly floor's shared declarations (size bounds). The floor reaches the
 * field-specific polynomial kernels through src/backend.h only. Never installed. */
#ifndef AX_POLY_IMPL_H
#define AX_POLY_IMPL_H

#include "axle/poly.h"
#include "backend.h"
#include "core/internal.h"

/* ---- size bounds (the limits AXLE_POLY_MAX_DEGREE and AXLE_POLY_MAX_BITS of axle/poly.h) ------
 * ax_psize (src/backend.h) bounds a polynomial; the field's size kernel measures one. Report
 * AXLE_ERANGE ("WHAT would have ..., above the limit ...") when the bound z is over a limit;
 * AXLE_OK otherwise. */
axle_status ax_psize_check(ax_psize z, const char *what);

#endif
