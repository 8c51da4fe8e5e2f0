/* axle — status codes and error messages.
 *
 * Every fallible axle function returns an axle_status; AXLE_OK (0) means success. On failure the
 * function's out-parameter is set to NULL (or left untouched for plain values), its inputs are
 * unchanged, nothing leaks, and a message for a human is kept per thread: axle_error_message().
 *
 * NULL: a NULL pointer argument is AXLE_EINVAL (the message says what is NULL) unless the
 * function's comment says it may be NULL. Functions without a status accept NULL objects: frees
 * and unrefs do nothing, queries give 0, false or NULL (axle_poly_degree: AXLE_POLY_DEG_ZERO).
 * include/axle.api lists every public function and its pointer parameters; tests/api checks them.
 */
#ifndef AXLE_STATUS_H
#define AXLE_STATUS_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum axle_status {
    AXLE_OK = 0,
    AXLE_EDIM,         /* dimensions do not match (3 columns but a 2-dimensional domain) */
    AXLE_EFIELD,       /* objects over different fields were mixed (QQ with RR) */
    AXLE_ESINGULAR,    /* a matrix or map that must be invertible is not */
    AXLE_ENOSOLUTION,  /* a linear system is inconsistent: no solution exists */
    AXLE_EPARSE,       /* malformed text; axle_error_position() gives the byte offset */
    AXLE_EDOMAIN,      /* the operation is not defined here (division by zero, NaN input, ...) */
    AXLE_EUNSUPPORTED, /* the operation is not available for this field */
    AXLE_ENOCONV,      /* LAPACK's iteration did not converge */
    AXLE_ERANGE,       /* an index is out of range or a size is too large to represent */
    AXLE_EINVAL,       /* an argument is invalid (NULL where an object is required, bad enum) */
    AXLE_ENOMEM,       /* memory could not be allocated */
    AXLE_STATUS_COUNT  /* number of status codes; not a status */
} axle_status;

/* A short, fixed description of a status ("dimension mismatch"). Never NULL; unknown codes give
 * "unknown status". */
AXLE_API const char *axle_strerror(axle_status s);

/* The detailed message of the most recent failure in this thread ("matrix has 3 columns but the
 * right-hand side has 2 rows"), or "" if no axle call in this thread has failed yet. The message
 * stays valid until the next failing axle call in the same thread. */
AXLE_API const char *axle_error_message(void);

/* The status of the most recent failure in this thread (AXLE_OK if none). */
AXLE_API axle_status axle_error_status(void);

/* Where in the text the most recent failure lies, as a 0-based byte offset: for every AXLE_EPARSE,
 * and for failures of a parse function that belong to one place in its text (AXLE_EDOMAIN for a
 * zero denominator, AXLE_ERANGE for an exponent beyond the limit or a number beyond double range,
 * AXLE_EDIM for a coordinate too many); (size_t)-1 for any other failure. */
AXLE_API size_t axle_error_position(void);

/* Forget the most recent failure in this thread: afterwards axle_error_status() is AXLE_OK,
 * axle_error_message() is "" and axle_error_position() is (size_t)-1, as before any failure. No
 * successful call clears the record, so clear it before a call whose failure you want to tell
 * apart from an earlier one. Other threads' records are untouched. */
AXLE_API void axle_error_clear(void);

#ifdef __cplusplus
}
#endif

#endif
