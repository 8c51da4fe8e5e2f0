/* A strict JSON (RFC 8259) validator for the tests of axle's JSON output. */
#ifndef AXLE_TEST_JSON_CHECK_H
#define AXLE_TEST_JSON_CHECK_H

#include <stdbool.h>
#include <stddef.h>

/* True when text is exactly one JSON value (surrounding whitespace allowed). On false, *where
 * (if not NULL) gets the offset of the first byte that breaks the grammar. */
bool json_valid(const char *text, size_t *where);

#endif
