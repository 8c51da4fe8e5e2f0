/* Growing strings for every printer in the library: amortised O(1) appends, and a failed
 * allocation remembered until ax_buf_finish reports it once. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

bool ax_buf_reserve(ax_buf *b, size_t extra)
{
    if (b->failed)
        return false;
    if (extra < b->cap - b->len)
        return true;
    size_t cap = b->cap ? b->cap : 64;
    while (cap - b->len <= extra) {
        if (cap > SIZE_MAX / 2) {
            b->failed = true;
            return false;
        }
        cap *= 2;
    }
    char *p = ax_realloc(b->p, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void ax_buf_putn(ax_buf *b, const char *s, size_t n)
{
    if (!ax_buf_reserve(b, n))
        return;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

void ax_buf_puts(ax_buf *b, const char *s)
{
    ax_buf_putn(b, s, strlen(s));
}

void ax_buf_printf(ax_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if (!ax_buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void ax_buf_script(ax_buf *b, size_t n, bool super)
{
    static const char *const sup[] = {"\u2070", "\u00b9", "\u00b2", "\u00b3", "\u2074",
                                      "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
    static const char *const sub[] = {"\u2080", "\u2081", "\u2082", "\u2083", "\u2084",
                                      "\u2085", "\u2086", "\u2087", "\u2088", "\u2089"};
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%zu", n);
    for (int i = 0; i < len; i++) {
        unsigned d = (unsigned char)digits[i] - (unsigned)'0';
        if (d < 10)
            ax_buf_puts(b, (super ? sup : sub)[d]);
    }
}

axle_status ax_buf_finish(ax_buf *b, char **out)
{
    *out = NULL;
    if (!ax_buf_reserve(b, 0)) {
        ax_buf_drop(b);
        return ax_nomem();
    }
    b->p[b->len] = '\0';
    *out = b->p;
    b->p = NULL;
    b->len = b->cap = 0;
    return AXLE_OK;
}

void ax_buf_drop(ax_buf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
    b->failed = false;
}
