/* axle internal: numbers as text, the part that needs the storage (so it lives in core, and the
 * text layer above reads and writes numbers without reading storage or branching on the field).
 *   - the exact number reader's pieces (number.c): one "expected X at offset N, found Y" error,
 *     a signed decimal without '/', whether a field holds an exact value;
 *   - formatters (format.c) appending a rational, a double, a scalar, a matrix entry or a
 *     polynomial coefficient to a growing string in one of the four formats;
 *   - a growing list of values of one field, stored as the field stores them (values.c), for
 *     readers that learn a matrix's shape only at its end. */
#ifndef AX_CORE_FORMAT_H
#define AX_CORE_FORMAT_H

#include "axle/io.h"
#include "core/internal.h"

/* ---- reading (number.c) ---------------------------------------------------------------------- */
/* AXLE_EPARSE, position pos: "expected <what> at offset <pos>, found <'c' | end of text | byte
 * 0xNN>". */
axle_status ax_expected_at(const char *text, size_t pos, const char *what);
/* One signed decimal at text[*pos] ([+|-] mantissa [e [+|-] digits], no '/') into q exactly;
 * advances *pos. Errors as ax_parse_number. */
axle_status ax_parse_decimal(mpq_t q, const char *text, size_t *pos);
/* Whether F holds the value q: QQ always, RR when q rounds to a finite double. */
bool ax_field_holds(axle_field F, const mpq_t q);

/* Whether fmt is one of the four formats. */
bool ax_format_valid(axle_format fmt);

/* ---- writing (format.c) ---------------------------------------------------------------------
 * QQ numbers exactly ("-2/3", LaTeX "-\frac{2}{3}", JSON "\"-2/3\""); RR numbers in the shortest
 * "%.{15,16,17}g" form that reads back to the same double, exponent tidied ("1e20", "1.5e-5"),
 * Unicode "1.5×10⁻⁵", LaTeX "1.5 \times 10^{-5}". A minus is U+2212 in Unicode. A double that is
 * not finite is null in JSON (which has no infinity), "inf" / "nan" in the other formats. */
void ax_buf_put_mpq(ax_buf *b, const mpq_t q, axle_format fmt);
void ax_buf_put_double(ax_buf *b, double x, axle_format fmt);
void ax_buf_put_scalar(ax_buf *b, const axle_scalar *x, axle_format fmt);
/* x as a JSON string on both fields, for the reports that give scalars as strings ("norms_squared",
 * "interval"): QQ as its JSON form ("\"-2/3\""), RR its shortest text quoted ("\"0.5\"") where
 * its JSON form is a number. */
void ax_buf_put_scalar_string(ax_buf *b, const axle_scalar *x);
void ax_buf_put_entry(ax_buf *b, const axle_matrix *A, size_t i, size_t j, axle_format fmt);
/* Coefficient k of p, its absolute value when abs is set. */
void ax_buf_put_coeff(ax_buf *b, const axle_poly *p, size_t k, bool abs, axle_format fmt);
/* The sign of coefficient k of p (-1, 0, 1); whether it is +-1; whether it is +0 (RR: not -0). */
int ax_poly_coeff_sign(const axle_poly *p, size_t k);
bool ax_poly_coeff_is_unit(const axle_poly *p, size_t k);
bool ax_poly_coeff_is_plus_zero(const axle_poly *p, size_t k);

/* ---- values of one field (values.c) ---------------------------------------------------------
 * Start from ax_values E = {.field = F}; push exact values (RR rounds each once); hand them to a
 * matrix; free. */
typedef struct ax_values {
    axle_field field;
    size_t count, capacity;
    mpq_t *q;  /* QQ: initialised values q[0..count) */
    double *d; /* RR */
} ax_values;
/* Append the value of v (QQ takes it over and leaves v zero; RR rounds it, AXLE_ERANGE beyond
 * double range); pos is the offset of its text, for the messages (also AXLE_ERANGE past
 * AXLE_MATRIX_MAX_ENTRIES values). */
axle_status ax_values_push(ax_values *E, mpq_t v, size_t pos);
/* A new rows x cols matrix of the values in row-major order (rows * cols == E->count); the
 * values are moved out of E. */
axle_status ax_values_to_matrix(axle_matrix **out, ax_values *E, size_t rows, size_t cols);
void ax_values_free(ax_values *E);

#endif
