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
    /* Each code has one meaning. Codes are only ever appended (numeric values never change). */
    AXLE_OK = 0,
    /* The shapes of the arguments do not fit together (3 columns but a 2-dimensional domain, a
     * coordinate too many in text). */
    AXLE_EDIM,
    /* Objects over different fields were mixed (QQ with RR, or two different number fields). */
    AXLE_EFIELD,
    /* A matrix or map that must be invertible is not. */
    AXLE_ESINGULAR,
    /* A linear system is inconsistent: no solution exists. */
    AXLE_ENOSOLUTION,
    /* Malformed text; axle_error_position() gives the byte offset. */
    AXLE_EPARSE,
    /* The operation is not defined for these values (division by zero, a zero denominator, NaN
     * input, the sign of a non-real number). */
    AXLE_EDOMAIN,
    /* The operation is not available for this field (factoring an RR polynomial). */
    AXLE_EUNSUPPORTED,
    /* RR: a LAPACK routine did not converge (info > 0 from an iterative routine such as the SVD,
     * or non-finite output from it). Nothing else reports this code. */
    AXLE_ENOCONV,
    /* A value outside a limit: an index outside the object, a size or an amount of work beyond a
     * documented limit (refused before it is attempted), an RR result beyond double range. */
    AXLE_ERANGE,
    /* An argument is invalid: NULL where an object is required, an unknown enum value, or an
     * argument that breaks the function's stated precondition (a dependent list to extend). */
    AXLE_EINVAL,
    /* Memory could not be allocated. */
    AXLE_ENOMEM,
    /* RR: two decisions at the rank tolerance disagree about the same input, which lies at the
     * tolerance's edge (a vector judged dependent on earlier ones that no coefficients within
     * the tolerance reproduce). A smaller or larger axle_rr_set_tolerance decides it. */
    AXLE_ETOLERANCE,
    /* QQ: an exact answer that rests on a certified numerical step (isolating complex roots,
     * telling a square root from its conjugates, approximating a value) could not be certified
     * within the precision limit of that step. The answer is exact whenever it is given. */
    AXLE_EUNCERTIFIED,
    AXLE_STATUS_COUNT /* number of status codes; not a status */
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
