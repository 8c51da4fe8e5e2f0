/* axle — scalars of either field.
 *
 * An axle_scalar is an immutable value of QQ (an exact rational) or RR (a finite double). Create
 * one with a constructor, read it, free it with axle_scalar_free(). Arithmetic returns new
 * scalars; both operands must be of the same field (AXLE_EFIELD otherwise). */
#ifndef AXLE_SCALAR_H
#define AXLE_SCALAR_H

#include <gmp.h>

#include "common.h"
#include "field.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct axle_scalar axle_scalar;

/* The integer v. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_from_int(axle_scalar **out, axle_field F, long v);

/* num/den, reduced (QQ) or rounded to the nearest double (RR). AXLE_EDOMAIN if den == 0. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_from_frac(axle_scalar **out, axle_field F, long num,
                                                          long den);

/* A double: in QQ its exact binary value (0.1 becomes 3602879701896397/36028797018963968).
 * AXLE_EDOMAIN for NaN or an infinity. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_from_double(axle_scalar **out, axle_field F,
                                                            double x);

/* A GMP rational (canonical, as GMP requires). RR rounds to nearest;
 * AXLE_ERANGE if the value overflows a double. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_from_mpq(axle_scalar **out, axle_field F,
                                                         const mpq_t q);

/* Parse a number: an integer "-12", a fraction "3/4" or "-2/-3", a decimal "0.125", ".5", "1e-3",
 * "2.5E+4", optionally surrounded by blanks. QQ reads every decimal exactly ("0.1" is 1/10); RR
 * rounds the exact value to the nearest double. AXLE_EPARSE (with a position) for malformed text,
 * AXLE_EDOMAIN for a zero denominator, AXLE_ERANGE for a value beyond double range in RR or an
 * exponent beyond +-100000 (in both fields: the exact value is read first). */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_parse(axle_scalar **out, axle_field F,
                                                      const char *text);

/* A copy of x. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_copy(axle_scalar **out, const axle_scalar *x);

/* x converted to field F: QQ -> RR rounds to nearest (AXLE_ERANGE on overflow), RR -> QQ is the
 * exact binary value. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_convert(axle_scalar **out, const axle_scalar *x,
                                                        axle_field F);

/* Free a scalar. NULL is a no-op. */
AXLE_API void axle_scalar_free(axle_scalar *x);

/* The field of x. */
AXLE_API axle_field axle_scalar_field(const axle_scalar *x);

/* The nearest double (correctly rounded, ties to even; +-HUGE_VAL beyond range). */
AXLE_API double axle_scalar_to_double(const axle_scalar *x);

/* Store the exact value of x in rop (initialised by the caller). */
AXLE_API void axle_scalar_get_mpq(mpq_t rop, const axle_scalar *x);

/* -1, 0 or 1. */
AXLE_API int axle_scalar_sign(const axle_scalar *x);

/* True when x is zero (exactly, in both fields). */
AXLE_API bool axle_scalar_is_zero(const axle_scalar *x);

/* True when x and y are of the same field and exactly equal. */
AXLE_API bool axle_scalar_equal(const axle_scalar *x, const axle_scalar *y);

/* *out = -1, 0, 1 as x <, =, > y. AXLE_EFIELD when the fields differ. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_cmp(int *out, const axle_scalar *x,
                                                    const axle_scalar *y);

/* Arithmetic. AXLE_EFIELD when the fields differ; axle_scalar_div gives AXLE_EDOMAIN when y is
 * zero; RR results that overflow give AXLE_ERANGE. */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_add(axle_scalar **out, const axle_scalar *x,
                                                    const axle_scalar *y);
AXLE_API AXLE_NODISCARD axle_status axle_scalar_sub(axle_scalar **out, const axle_scalar *x,
                                                    const axle_scalar *y);
AXLE_API AXLE_NODISCARD axle_status axle_scalar_mul(axle_scalar **out, const axle_scalar *x,
                                                    const axle_scalar *y);
AXLE_API AXLE_NODISCARD axle_status axle_scalar_div(axle_scalar **out, const axle_scalar *x,
                                                    const axle_scalar *y);
AXLE_API AXLE_NODISCARD axle_status axle_scalar_neg(axle_scalar **out, const axle_scalar *x);

#ifdef __cplusplus
}
#endif

#endif
