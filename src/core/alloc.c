/* Allocation helpers: overflow-checked sizes, axle_free for buffers handed to callers, and the
 * fail-on-demand hook the out-of-memory tests use (internal: hidden, reachable only from the
 * static library the white-box tests link). */
#include <stdint.h>
#include <stdlib.h>

#include "internal.h"

/* Allocations left before the injected failure (0: the hook is off), per thread; after it,
 * persistent makes every later allocation fail too. */
static _Thread_local unsigned long oom_countdown;
static _Thread_local bool oom_fired, oom_persistent;

void ax_oom_fail_at(unsigned long k, bool persistent)
{
    oom_countdown = k;
    oom_fired = false;
    oom_persistent = persistent;
}

bool ax_oom_fired(void)
{
    return oom_fired;
}

/* True when this allocation is to fail. */
static bool oom_now(void)
{
    if (oom_fired)
        return oom_persistent;
    if (oom_countdown == 0 || --oom_countdown != 0)
        return false;
    oom_fired = true;
    return true;
}

void axle_free(void *p)
{
    free(p);
}

bool ax_size_mul(size_t *out, size_t a, size_t b)
{
    if (a != 0 && b > SIZE_MAX / a)
        return false;
    *out = a * b;
    return true;
}

void *ax_malloc(size_t n)
{
    if (oom_now())
        return NULL;
    return malloc(n ? n : 1);
}

void *ax_calloc(size_t count, size_t size)
{
    size_t n;
    if (!ax_size_mul(&n, count, size) || oom_now())
        return NULL;
    return calloc(n ? count : 1, n ? size : 1);
}

void *ax_realloc(void *p, size_t n)
{
    if (oom_now())
        return NULL;
    return realloc(p, n ? n : 1);
}
