/* Allocation helpers: overflow-checked sizes, and axle_free for buffers handed to callers. */
#include <stdint.h>
#include <stdlib.h>

#include "internal.h"

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
    return malloc(n ? n : 1);
}

void *ax_calloc(size_t count, size_t size)
{
    size_t n;
    if (!ax_size_mul(&n, count, size))
        return NULL;
    return calloc(n ? count : 1, n ? size : 1);
}

void *ax_realloc(void *p, size_t n)
{
    return realloc(p, n ? n : 1);
}
