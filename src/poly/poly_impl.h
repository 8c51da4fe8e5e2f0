/* axle internal: size bounds of the poly floor, and (until the QQ polynomial kernels move behind
 * src/backend.h) the exact engine's interface. Never installed. */
#ifndef AX_POLY_IMPL_H
#define AX_POLY_IMPL_H

#include <gmp.h>
#include <stdint.h>

#include "axle/poly.h"
#include "backend.h"
#include "core/internal.h"
#include "exact/exact.h"

/* ---- size bounds (the limits AXLE_POLY_MAX_DEGREE and AXLE_POLY_MAX_BITS of axle/poly.h) ------
 * ax_psize (src/backend.h) bounds a polynomial; the field's size kernel measures one. Report
 * AXLE_ERANGE ("WHAT would have ..., above the limit ...") when the bound z is over a limit;
 * AXLE_OK otherwise. */
axle_status ax_psize_check(ax_psize z, const char *what);

#endif
