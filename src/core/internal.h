/* axle internal: the storage of scalars and matrices, error reporting, allocation helpers.
 * Included by every layer; never installed. Internal symbols carry the ax_ prefix and hidden
 * visibility (the library is built with gnu_symbol_visibility=hidden). */
#ifndef AX_INTERNAL_H
#define AX_INTERNAL_H

#include <gmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "axle/common.h"
#include "axle/field.h"
#include "axle/matrix.h"
#include "axle/poly.h"
#include "axle/scalar.h"
#include "axle/status.h"

#if defined(__GNUC__) || defined(__clang__)
#define AX_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define AX_PRINTF(f, a)
#endif

/* ---- errors --------------------------------------------------------------------------------
 * ax_error records status s and a printf-style message for axle_error_message() in this thread,
 * and returns s, so a failure path reads `return ax_error(AXLE_EDIM, "...", ...);`. */
axle_status ax_error(axle_status s, const char *fmt, ...) AX_PRINTF(2, 3);
/* The noun for a count in messages: `one` when n == 1, `many` otherwise ("%zu %s", n,
 * ax_plural(n, "row", "rows")). */
static inline const char *ax_plural(size_t n, const char *one, const char *many)
{
    return n == 1 ? one : many;
}
/* As ax_error, for AXLE_EPARSE, also recording the byte offset. */
axle_status ax_parse_error(size_t pos, const char *fmt, ...) AX_PRINTF(2, 3);
/* As ax_error, also recording the byte offset of the text where the failure lies (reading text:
 * a zero denominator, a number out of range). */
axle_status ax_error_at(axle_status s, size_t pos, const char *fmt, ...) AX_PRINTF(3, 4);
/* Shorthand for an allocation failure. */
axle_status ax_nomem(void);

/* ---- allocation (each returns NULL on failure; the caller reports with ax_nomem()) ---------- */
void *ax_malloc(size_t n);
void *ax_calloc(size_t count, size_t size); /* overflow-checked */
void *ax_realloc(void *p, size_t n);
/* Multiply two sizes; false on overflow. */
bool ax_size_mul(size_t *out, size_t a, size_t b);
/* Out-of-memory testing (this thread only): make the k-th allocation from now (k >= 1) through
 * ax_malloc/ax_calloc/ax_realloc fail, as if the system had no memory, and with persistent every
 * later one too; k = 0 turns the hook off. ax_oom_fired tells whether the failure has happened
 * since the last ax_oom_fail_at. GMP's own allocations are not affected. */
void ax_oom_fail_at(unsigned long k, bool persistent);
bool ax_oom_fired(void);

/* ---- growing strings (buf.c) -----------------------------------------------------------------
 * Start from ax_buf b = {0}; append; ax_buf_finish hands the string out or reports the first
 * allocation failure (AXLE_ENOMEM) once. */
typedef struct ax_buf {
    char *p;
    size_t len, cap;
    bool failed;
} ax_buf;
/* Make room for extra more bytes (and the terminating NUL); false after any failure. */
bool ax_buf_reserve(ax_buf *b, size_t extra);
void ax_buf_putn(ax_buf *b, const char *s, size_t n);
void ax_buf_puts(ax_buf *b, const char *s);
void ax_buf_printf(ax_buf *b, const char *fmt, ...) AX_PRINTF(2, 3);
/* Append n in Unicode superscript (super) or subscript digits. */
void ax_buf_script(ax_buf *b, size_t n, bool super);
/* Hand the string to *out (AXLE_ENOMEM and *out NULL if any step failed). */
axle_status ax_buf_finish(ax_buf *b, char **out);
/* Free the buffer's memory without handing it out. */
void ax_buf_drop(ax_buf *b);

/* U+2212 MINUS SIGN, for Unicode output. */
#define AX_MINUS "\xe2\x88\x92"

/* The field's symbol in a space's name: QQ / RR in text and JSON, \u211a / \u211d in Unicode,
 * \mathbb{Q} / \mathbb{R} in LaTeX. */
const char *ax_field_symbol(axle_field F, axle_format fmt);

/* ---- scalars --------------------------------------------------------------------------------- */
struct axle_scalar {
    axle_field field;
    mpq_t q;  /* QQ value (initialised only for QQ) */
    double d; /* RR value */
};

/* A new scalar of field F with value q (QQ: copied; RR: rounded, AXLE_ERANGE on overflow). */
axle_status ax_scalar_from_mpq(axle_scalar **out, axle_field F, const mpq_t q);
/* log2 |numerator| + log2 denominator of a QQ scalar (about the bits each power of it adds; 0 for
 * 0 and +-1); 0 over RR, whose powers do not grow. */
double ax_scalar_height_bits(const axle_scalar *c);
/* A new RR scalar (x must be finite). */
axle_status ax_scalar_from_d(axle_scalar **out, double x);

/* ---- exact <-> double ----------------------------------------------------------------------- */
/* The double nearest to q (ties to even), +-HUGE_VAL beyond range, correctly rounded also in
 * the subnormal range. (mpq_get_d truncates; this does not.) */
double ax_mpq_get_d(const mpq_t q);

/* Parse one number token at text[*pos] (integer, p/q, decimal, exponent; no surrounding blanks,
 * an optional leading sign) into q exactly; advances *pos past it. AXLE_EPARSE (position set),
 * AXLE_EDOMAIN for a zero denominator, AXLE_ERANGE for an exponent beyond +-100000. */
axle_status ax_parse_number(mpq_t q, const char *text, size_t *pos);

/* ---- matrices -------------------------------------------------------------------------------
 * QQ: rows*cols canonical mpq_t, row-major: entry (i, j) is q[i * cols + j].
 * RR: ld*cols doubles, column-major: entry (i, j) is d[i + j * ld], ld >= max(1, rows).
 * Entries of RR matrices are always finite. */
struct axle_matrix {
    axle_field field;
    size_t rows, cols;
    size_t ld;
    mpq_t *q;
    double *d;
    struct ax_limb_pool *pool; /* QQ: NULL, or the limb pool of a packed matrix (below) */
};

#define AX_Q(A, i, j) ((A)->q[(size_t)(i) * (A)->cols + (size_t)(j)])

/* ---- packed QQ matrices (matrix.c) -----------------------------------------------------------
 * A QQ matrix either lets each entry own its limbs (GMP's allocator: two allocations per entry,
 * and two frees) or is packed: the mpq_t array, one limb for every numerator and one for every
 * denominator live in one block, and longer values take their limbs from chunks of a pool the
 * matrix owns. A 100 x 100 result then costs one allocation instead of 20,000, and freeing it one
 * free (glibc's per-entry malloc was most of a word-size product or an RREF, and slower still
 * after many earlier allocations).
 * Packed entries are valid canonical mpq_t for READING with any GMP function. They must never be
 * handed to a GMP function that writes them (it would realloc or free a limb it does not own),
 * cleared, or swapped with an entry of another matrix. Every write goes through ax_qq_store (or,
 * for a matrix the caller just allocated packed, ax_qq_packed_init_si); code that wants to write
 * entries with GMP directly first calls ax_matrix_qq_unpack. The public setters take care of
 * this themselves, so a user never sees the difference. Every entry keeps _mp_alloc >= 1, so a
 * misuse that grows an entry fails loudly (an invalid realloc) instead of computing garbage. */
typedef struct ax_limb_pool {
    struct ax_limb_chunk *chunks; /* limbs for values longer than one word, newest first */
    mp_limb_t *base;              /* 2 limbs per entry: [2k] numerator, [2k + 1] denominator */
} ax_limb_pool;
/* A new packed QQ matrix. zero: every entry 0; otherwise the caller initialises every entry with
 * ax_qq_packed_init_si before anything else (axle_matrix_free included) reads the matrix, and may
 * then store other values with ax_qq_store. */
axle_status ax_matrix_alloc_qq_packed(axle_matrix **out, size_t rows, size_t cols, bool zero);
/* Entry k (row-major index) of a packed matrix := v, a value whose magnitude fits in a limb,
 * pointing the entry at its base limbs (the first write of an unset packed matrix). */
static inline void ax_qq_packed_init_si(axle_matrix *A, size_t k, int64_t v)
{
    mp_limb_t *b = A->pool->base + 2 * k;
    __mpz_struct *num = mpq_numref(A->q[k]), *den = mpq_denref(A->q[k]);
    b[0] = v < 0 ? -(mp_limb_t)v : (mp_limb_t)v;
    b[1] = 1;
    num->_mp_alloc = den->_mp_alloc = 1;
    num->_mp_size = v < 0 ? -1 : v > 0;
    den->_mp_size = 1;
    num->_mp_d = b;
    den->_mp_d = b + 1;
}
/* Entry k of QQ matrix A := num / den (den NULL: 1; together canonical), packed or not; num and
 * den may be any entry's parts, this one's included in either role (a reciprocal). Packed, the
 * value takes new limbs from the pool when it does not fit the entry's; AXLE_ENOMEM (reported)
 * when the pool cannot grow, the entry then unchanged. */
axle_status ax_qq_store_z(axle_matrix *A, size_t k, mpz_srcptr num, mpz_srcptr den);
static inline axle_status ax_qq_store(axle_matrix *A, size_t k, const mpq_t v)
{
    return ax_qq_store_z(A, k, mpq_numref(v), mpq_denref(v));
}
/* Give every entry of A its own limbs (nothing to do unless packed): for code that writes,
 * clears or swaps entries with GMP directly. AXLE_ENOMEM (reported) leaves A as it was. */
axle_status ax_matrix_qq_unpack(axle_matrix *A);
/* The limbs of a packed matrix's pool chunks (0 when it has none, or is not packed): for tests. */
size_t ax_matrix_qq_pool_limbs(const axle_matrix *A);
#define AX_D(A, i, j) ((A)->d[(size_t)(i) + (size_t)(j) * (A)->ld])

/* A new zero matrix (checks the size limit; reports AXLE_ERANGE / AXLE_ENOMEM). */
axle_status ax_matrix_alloc(axle_matrix **out, axle_field F, size_t rows, size_t cols);
/* As ax_matrix_alloc over RR, the entries left unset (no zeroing pass): for kernels that write
 * every entry before the matrix is seen. */
axle_status ax_matrix_alloc_rr_unset(axle_matrix **out, size_t rows, size_t cols);
/* As ax_matrix_alloc_rr_unset (one block, ld = rows) with the entries 64-byte aligned, for the
 * results LAPACK works on in place, and without the generic path's field and overflow checks,
 * when 1 <= rows, cols <= 2^12 (the generic path otherwise). */
axle_status ax_matrix_alloc_rr_small(axle_matrix **out, size_t rows, size_t cols);
/* As ax_matrix_alloc over QQ, the mpq_t entries left uninitialised (no mpq_init pass): the caller
 * initialises every entry, for instance with mpz_init_set_si on the numerator and
 * mpz_init_set_ui on the denominator in the pass that writes the values, before anything else
 * (axle_matrix_free included) sees the matrix. (Saves the zeroing and mpq_init passes and, in
 * GMP, the reallocation of each numerator; all denominators first, then all numerators: glibc
 * was slower on interleaved allocations.) */
axle_status ax_matrix_alloc_qq_unset(axle_matrix **out, size_t rows, size_t cols);

/* Validation helpers: each reports a message naming `what` (e.g. "A") and returns the status. */
axle_status ax_check_matrix(const axle_matrix *A, const char *what);
axle_status ax_check_same_field(const axle_matrix *A, const axle_matrix *B, const char *a,
                                const char *b);
/* An output pointer: NULL gives "output argument NAME is NULL"; ax_check_out(out) names the
 * parameter as written at the call. */
axle_status ax_check_out_named(const void *out, const char *name);
#define ax_check_out(out) ax_check_out_named((out), #out)
/* The prologue of every function with an output parameter out: return AXLE_EINVAL ("output
 * argument out is NULL") when out is NULL, otherwise set *out = NULL, so that every later failure
 * leaves the output NULL. Use ax_check_out where the output must not be touched yet. */
#define AX_OUT(out)                                                                                \
    do {                                                                                           \
        if (!(out))                                                                                \
            return ax_check_out_named(NULL, #out);                                                 \
        *(out) = NULL;                                                                             \
    } while (0)

/* ---- blocks (matrix_ops.c) ------------------------------------------------------------------
 * Storage-aware copies in either field (RR: one memcpy per column). Arguments are non-NULL
 * matrices; a block outside the matrix is AXLE_ERANGE, a shape mismatch AXLE_EDIM, mixed fields
 * AXLE_EFIELD (each with a message), and on failure *out is NULL. */
/* A new rows x cols matrix: the block of A whose top-left entry is (i0, j0). */
axle_status ax_matrix_block(axle_matrix **out, const axle_matrix *A, size_t i0, size_t rows,
                            size_t j0, size_t cols);
/* A new matrix of A's columns idx[0..k-1], in that order. */
axle_status ax_matrix_pick_cols(axle_matrix **out, const axle_matrix *A, const size_t *idx,
                                size_t k);
/* [A | B] (same number of rows) and [A ; B] (same number of columns). */
axle_status ax_matrix_hcat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B);
axle_status ax_matrix_vcat(axle_matrix **out, const axle_matrix *A, const axle_matrix *B);
/* Copy src into dst with src's top-left entry at (i0, j0). */
axle_status ax_matrix_paste(axle_matrix *dst, size_t i0, size_t j0, const axle_matrix *src);

/* ---- polynomials (poly.c) --------------------------------------------------------------------
 * len coefficients, lowest degree first; len == 0 is the zero polynomial, otherwise the top
 * coefficient is nonzero. QQ uses q (canonical mpq_t), RR uses d (finite doubles). */
struct axle_poly {
    axle_field field;
    size_t len;
    mpq_t *q;
    double *d;
};

/* A new polynomial of field F with room for len coefficients, all zero (len stays as given; the
 * caller fills and then calls ax_poly_trim). */
axle_status ax_poly_alloc(axle_poly **out, axle_field F, size_t len);
/* Drop zero coefficients from the top. */
void ax_poly_trim(axle_poly *p);
/* Validation: NULL checks and field agreement, reporting the failure. */
axle_status ax_poly_check(const axle_poly *p, const char *what);
axle_status ax_poly_check2(const axle_poly *p, const axle_poly *q);
/* Set coefficient k (< len) of p: from an exact rational (QQ copies it; RR rounds to nearest and
 * reports AXLE_ERANGE, "coefficient of x^k is beyond the range of a double", on overflow), from a
 * long (RR rounds), from a finite double (QQ: its exact binary value), from a scalar of p's
 * field. */
axle_status ax_poly_set_mpq(axle_poly *p, size_t k, const mpq_t v);
void ax_poly_set_si(axle_poly *p, size_t k, long v);
void ax_poly_set_d(axle_poly *p, size_t k, double v);
void ax_poly_set_scalar(axle_poly *p, size_t k, const axle_scalar *c);

/* True when every RR entry in the array is finite. */
bool ax_all_finite(const double *x, size_t n);

#endif
