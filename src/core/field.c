/* The field descriptor and RR's per-thread rank tolerance. */
#include <float.h>
#include <math.h>
#include <string.h>

#include "internal.h"

static _Thread_local double rr_tolerance = 0.0;

const char *axle_field_name(axle_field F)
{
    switch (F) {
    case AXLE_QQ:
        return "QQ";
    case AXLE_RR:
        return "RR";
    }
    return NULL;
}

const char *ax_field_symbol(axle_field F, axle_format fmt)
{
    bool q = F == AXLE_QQ;
    switch (fmt) {
    case AXLE_FORMAT_UNICODE:
        return q ? "\u211a" : "\u211d";
    case AXLE_FORMAT_LATEX:
        return q ? "\\mathbb{Q}" : "\\mathbb{R}";
    default:
        return q ? "QQ" : "RR";
    }
}

bool axle_field_valid(axle_field F)
{
    return F == AXLE_QQ || F == AXLE_RR;
}

axle_status axle_field_parse(axle_field *out, const char *name)
{
    if (!out || !name)
        return ax_error(AXLE_EINVAL, "axle_field_parse: argument %s is NULL", out ? "name" : "out");
    static const char *const qq[] = {"qq", "QQ", "Q"};
    static const char *const rr[] = {"rr", "RR", "R"};
    for (size_t i = 0; i < 3; i++) {
        if (strcmp(name, qq[i]) == 0) {
            *out = AXLE_QQ;
            return AXLE_OK;
        }
        if (strcmp(name, rr[i]) == 0) {
            *out = AXLE_RR;
            return AXLE_OK;
        }
    }
    return ax_error(AXLE_EINVAL, "unknown field '%s' (expected qq or rr)", name);
}

double axle_rr_tolerance(void)
{
    return rr_tolerance;
}

axle_status axle_rr_set_tolerance(double tol)
{
    if (!(tol >= 0.0 && tol < 1.0))
        return ax_error(AXLE_EDOMAIN, "RR tolerance must be 0 (the default) or in (0, 1), got %g",
                        tol);
    rr_tolerance = tol;
    return AXLE_OK;
}

double axle_rr_effective_tolerance(size_t m, size_t n)
{
    if (rr_tolerance > 0.0)
        return rr_tolerance;
    size_t k = m > n ? m : n;
    return (double)(k ? k : 1) * DBL_EPSILON;
}
