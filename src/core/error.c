/* Status descriptions and the per-thread record of the most recent failure. */
#include <stdio.h>

#include "internal.h"

#define AX_MSG_MAX 512

static _Thread_local struct {
    axle_status status;
    size_t position;
    char message[AX_MSG_MAX];
} last = {AXLE_OK, (size_t)-1, ""};

const char *axle_strerror(axle_status s)
{
    switch (s) {
    case AXLE_OK:
        return "success";
    case AXLE_EDIM:
        return "dimension mismatch";
    case AXLE_EFIELD:
        return "field mismatch";
    case AXLE_ESINGULAR:
        return "singular matrix";
    case AXLE_ENOSOLUTION:
        return "inconsistent system";
    case AXLE_EPARSE:
        return "parse error";
    case AXLE_EDOMAIN:
        return "not defined";
    case AXLE_EUNSUPPORTED:
        return "unsupported for this field";
    case AXLE_ENOCONV:
        return "no convergence";
    case AXLE_ERANGE:
        return "out of range";
    case AXLE_EINVAL:
        return "invalid argument";
    case AXLE_ENOMEM:
        return "out of memory";
    case AXLE_ETOLERANCE:
        return "tolerance decisions disagree";
    case AXLE_EUNCERTIFIED:
        return "not certified";
    case AXLE_STATUS_COUNT:
        break;
    }
    return "unknown status";
}

const char *axle_error_message(void)
{
    return last.message;
}

axle_status axle_error_status(void)
{
    return last.status;
}

size_t axle_error_position(void)
{
    return last.position;
}

void axle_error_clear(void)
{
    last.status = AXLE_OK;
    last.position = (size_t)-1;
    last.message[0] = '\0';
}

static void record(axle_status s, size_t pos, const char *fmt, va_list ap)
{
    last.status = s;
    last.position = pos;
    int n = vsnprintf(last.message, sizeof last.message, fmt, ap);
    if (n < 0)
        snprintf(last.message, sizeof last.message, "%s", axle_strerror(s));
}

axle_status ax_error(axle_status s, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(s, (size_t)-1, fmt, ap);
    va_end(ap);
    return s;
}

axle_status ax_parse_error(size_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(AXLE_EPARSE, pos, fmt, ap);
    va_end(ap);
    return AXLE_EPARSE;
}

axle_status ax_error_at(axle_status s, size_t pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    record(s, pos, fmt, ap);
    va_end(ap);
    return s;
}

axle_status ax_nomem(void)
{
    return ax_error(AXLE_ENOMEM, "out of memory");
}
