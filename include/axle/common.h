/* axle — linear algebra done right, in C.
 * common.h: export and attribute macros shared by every public header. */
#ifndef AXLE_COMMON_H
#define AXLE_COMMON_H

#include <stdbool.h>
#include <stddef.h>

#if defined(_WIN32) && defined(AXLE_BUILDING)
#define AXLE_API __declspec(dllexport)
#elif defined(__GNUC__) || defined(__clang__)
#define AXLE_API __attribute__((visibility("default")))
#else
#define AXLE_API
#endif

#if defined(__GNUC__) || defined(__clang__)
/* A fallible function: its status must be looked at. */
#define AXLE_NODISCARD __attribute__((warn_unused_result))
#else
#define AXLE_NODISCARD
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Free memory that axle handed to the caller as a plain buffer (strings from the
 * *_to_string functions). NULL is a no-op. */
AXLE_API void axle_free(void *p);

#ifdef __cplusplus
}
#endif

#endif
