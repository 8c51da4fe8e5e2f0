/* The axle command: shared declarations of its three parts (main.c: arguments and dispatch,
 * input.c: reading and parsing matrices, output.c: rendering answers). Uses only <axle.h>. */
#ifndef AXLE_CLI_H
#define AXLE_CLI_H

#include <stdio.h>

#include <axle.h>

/* Exit statuses. */
enum { CLI_OK = 0, CLI_FAILED = 1, CLI_USAGE = 2 };

/* Read a MATRIX argument ("[[1, 2]]", "@file" or "-") over F into *out. what names the argument
 * in messages ("MATRIX", "RHS"). allow_vector also accepts a flat list "[5, 6]" as a column.
 * On failure prints a message (with the line, column and a caret for parse errors) to stderr and
 * returns CLI_USAGE. */
int cli_read_matrix(axle_matrix **out, axle_field F, const char *arg, const char *what,
                    bool allow_vector);

/* A growing output string; functions set failed on out-of-memory. */
typedef struct cli_buf {
    char *s;
    size_t len, cap;
    bool failed;
} cli_buf;

void cli_puts(cli_buf *b, const char *s);
void cli_printf(cli_buf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Append axle's rendering of A / x, or note the failure. */
void cli_put_matrix(cli_buf *b, const axle_matrix *A, axle_format fmt);
void cli_put_scalar(cli_buf *b, const axle_scalar *x, axle_format fmt);
/* Column j of M as a vector: text [a, b], unicode (a, b), a LaTeX pmatrix column, JSON [a,b]. */
void cli_put_column(cli_buf *b, const axle_matrix *M, size_t j, axle_format fmt);

#endif
