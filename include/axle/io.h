/* axle — text in, text out.
 *
 * Matrices are written as nested brackets: [[1, -2/3], [0.5, 4]]. Whitespace (space, tab,
 * newline, carriage return, form feed, vertical tab: the one rule of every axle notation) is
 * free-form; entries are integers, fractions p/q, decimals and exponents (1e-3) as in
 * axle_scalar_parse(). Every row must have the same length. [] is the 0x0 matrix and [[], []] the
 * 2x0 matrix (a 0xn matrix prints as [] too, so it reads back as 0x0).
 *
 * A number is [sign] mantissa [e|E [sign] digits], optionally followed by '/' and a second such
 * decimal: "-12", "3/4", "-2/-3", "0.125", ".5", "1.", "2.5E+4", and also "1.5/2" (= 3/4) or
 * "1e3/7". Every decimal is read exactly ("0.1" is 1/10); RR rounds the exact value once, to the
 * nearest double. Not numbers: "1//2", "--1", "1e", ".", "inf", "nan", "0x10". Exponents beyond
 * +-100000 give AXLE_ERANGE.
 *
 * Output formats:
 *   AXLE_FORMAT_TEXT     plain ASCII: "-2/3", matrices as "[[1, -2/3], [1/2, 4]]"
 *   AXLE_FORMAT_UNICODE  "−2/3" with a true minus sign; matrices as aligned rows in brackets
 *   AXLE_FORMAT_LATEX    "-\frac{2}{3}", matrices as \begin{pmatrix} ... \end{pmatrix}
 *   AXLE_FORMAT_JSON     QQ scalars as strings "-2/3", RR as JSON numbers; matrices as arrays of
 *                        row arrays
 * RR numbers print in the shortest form that reads back to the same double. */
#ifndef AXLE_IO_H
#define AXLE_IO_H

#include "common.h"
#include "field.h"
#include "matrix.h"
#include "scalar.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum axle_format {
    AXLE_FORMAT_TEXT = 0,
    AXLE_FORMAT_UNICODE = 1,
    AXLE_FORMAT_LATEX = 2,
    AXLE_FORMAT_JSON = 3
} axle_format;

/* Parse "text", "unicode", "latex" or "json". AXLE_EINVAL otherwise. */
AXLE_API AXLE_NODISCARD axle_status axle_format_parse(axle_format *out, const char *name);

/* Parse a matrix over F. AXLE_EPARSE with axle_error_position() set and a message saying what was
 * expected ("expected ',' or ']' at offset 7"); AXLE_EDOMAIN for a zero denominator; AXLE_ERANGE
 * for an entry beyond double range in RR, an exponent beyond +-100000 or a matrix too large
 * (these too with axle_error_position() at the offending number). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_parse(axle_matrix **out, axle_field F,
                                                      const char *text);

/* A scalar as a new string in the given format; free it with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_scalar_to_string(char **out, const axle_scalar *x,
                                                          axle_format fmt);

/* A matrix as a new string in the given format; free it with axle_free(). */
AXLE_API AXLE_NODISCARD axle_status axle_matrix_to_string(char **out, const axle_matrix *A,
                                                          axle_format fmt);

#ifdef __cplusplus
}
#endif

#endif
