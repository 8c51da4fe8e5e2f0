/* Running the axle command (its path comes in AXLE_EXE) from Criterion tests, and checking its
 * output, exit status and messages. */
#ifndef AXLE_TEST_CLI_RUN_H
#define AXLE_TEST_CLI_RUN_H

typedef struct run {
    int code;
    char *out, *err;
} run;

/* Run axle with args (NULL-terminated, at most 62), stdin from `input` (NULL: empty). */
run axle_run(const char *input, const char *const *args);

#define RUN(input, ...) axle_run(input, (const char *const[]){__VA_ARGS__, NULL})

void run_free(run *r);

/* Exit 0, stdout exactly `want` plus a newline, nothing on stderr; frees r. */
void expect_out(run r, const char *want);

/* Exit `code`, stdout empty, stderr starting "axle: " and containing each of the given pieces
 * (piece2 may be NULL); frees r. */
void expect_fail(run r, int code, const char *piece1, const char *piece2);

/* Run axle with args (NULL-terminated), expect exit 0, nothing on stderr and every piece
 * (NULL-terminated) in the output; frees the run. HAS(ARGS("eig", M), "piece", ...) in short. */
void expect_has(const char *const *args, const char *const *pieces);

#define HAS(args, ...)                                                                             \
    expect_has((const char *const[]){args, NULL}, (const char *const[]){__VA_ARGS__, NULL})
#define ARGS(...) __VA_ARGS__

/* Reading answers back from axle's JSON (no escapes in its strings): */
/* The text just after "key": in json (the first occurrence at or after json); aborts the test if
 * absent. */
const char *json_find(const char *json, const char *key);
/* The integer after "key":. */
long json_int(const char *json, const char *key);
/* At *p (blanks skipped): a flat array of strings ["1","-2/3"]; *p moves past it. New strings in a
 * new array, *n their number; free with json_strings_free. */
char **json_strings(const char **p, size_t *n);
void json_strings_free(char **s, size_t n);

#endif
