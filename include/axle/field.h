/* axle — the two fields.
 *
 * QQ: exact rationals (GMP). Nothing is rounded; equality and rank are exact.
 * RR: IEEE doubles (LAPACKE on OpenBLAS). Rank, null space, consistency and singularity decisions
 *     use a relative tolerance: singular values below tol * sigma_max count as zero, with
 *     tol = max(m, n) * DBL_EPSILON by default (the convention of numpy.linalg.matrix_rank and
 *     LAPACK's rcond). The same number bounds the reciprocal condition estimate below which
 *     axle_matrix_inverse (and the LU path of axle_matrix_solve) call a matrix singular; the
 *     consistency test of axle_matrix_solve never goes below sqrt(DBL_EPSILON).
 *     axle_rr_set_tolerance() changes it for the calling thread. */
#ifndef AXLE_FIELD_H
#define AXLE_FIELD_H

#include "common.h"
#include "status.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum axle_field {
    AXLE_QQ = 0, /* exact rationals */
    AXLE_RR = 1  /* double precision reals */
} axle_field;

/* "QQ" or "RR" (NULL for an invalid value). */
AXLE_API const char *axle_field_name(axle_field F);

/* True when F is AXLE_QQ or AXLE_RR. */
AXLE_API bool axle_field_valid(axle_field F);

/* Parse "qq"/"QQ"/"Q" or "rr"/"RR"/"R" into *out. AXLE_EINVAL for anything else. */
AXLE_API AXLE_NODISCARD axle_status axle_field_parse(axle_field *out, const char *name);

/* The relative rank tolerance of RR in this thread. 0 (the default) means max(m, n) * DBL_EPSILON
 * for an m-by-n matrix; a positive value t means singular values below t * sigma_max are zero. */
AXLE_API double axle_rr_tolerance(void);

/* Set the relative rank tolerance of RR for this thread: 0 restores the default, a value in (0, 1)
 * fixes it. AXLE_EDOMAIN for a negative, NaN or >= 1 value (the setting is then unchanged). */
AXLE_API AXLE_NODISCARD axle_status axle_rr_set_tolerance(double tol);

/* The relative tolerance actually used for an m-by-n matrix in this thread. */
AXLE_API double axle_rr_effective_tolerance(size_t m, size_t n);

#ifdef __cplusplus
}
#endif

#endif
