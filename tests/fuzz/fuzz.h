/* Shared by the libFuzzer harnesses: the input as a C string, and checks that stop the run (a
 * failed check is a finding, like a crash). Each harness defines LLVMFuzzerTestOneInput. */
#ifndef AXLE_FUZZ_H
#define AXLE_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <axle.h>

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz check failed at %s:%d: %s (last message: %s)\n", __FILE__,       \
                    __LINE__, #cond, axle_error_message());                                        \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input up to its first NUL byte as a new C string (the API reads C strings). */
static inline char *fuzz_text(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);
    if (!s)
        abort();
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* A failed call: a status from the documented set, a message, and for parse errors a position
 * inside the text. */
static inline void fuzz_check_failure(axle_status s, const char *text)
{
    FUZZ_CHECK(s == AXLE_EPARSE || s == AXLE_EDOMAIN || s == AXLE_ERANGE || s == AXLE_EDIM ||
               s == AXLE_ENOMEM || s == AXLE_EFIELD || s == AXLE_EUNSUPPORTED);
    FUZZ_CHECK(axle_error_message()[0] != '\0');
    if (s == AXLE_EPARSE)
        FUZZ_CHECK(axle_error_position() <= strlen(text));
}

/* Render with every format: each must succeed (axle_free the strings). */
#define FUZZ_EVERY_FORMAT(to_string, obj)                                                          \
    do {                                                                                           \
        static const axle_format fmts[] = {AXLE_FORMAT_TEXT, AXLE_FORMAT_UNICODE,                  \
                                           AXLE_FORMAT_LATEX, AXLE_FORMAT_JSON};                   \
        for (size_t f_ = 0; f_ < sizeof fmts / sizeof fmts[0]; f_++) {                             \
            char *s_ = NULL;                                                                       \
            FUZZ_CHECK(to_string(&s_, (obj), fmts[f_]) == AXLE_OK && s_);                          \
            axle_free(s_);                                                                         \
        }                                                                                          \
    } while (0)

#endif
