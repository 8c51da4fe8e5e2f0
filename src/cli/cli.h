/* The axle command: shared declarations of its parts (main.c: arguments and dispatch, input.c:
 * reading text and matrices, output.c: rendering answers, vectors.c: reading lists of vectors,
 * cmd_*.c: one command each). Uses only <axle.h>. */
#ifndef AXLE_CLI_H
#define AXLE_CLI_H

#include <stdio.h>

#include <axle.h>

/* Exit statuses. */
enum { CLI_OK = 0, CLI_FAILED = 1, CLI_USAGE = 2 };

/* The parsed command line. args are the positional arguments after COMMAND, in order; "--and"
 * stays among them as a separator (only `subspace` takes it). */
typedef struct cli_options {
    const char *cmd_name;
    axle_field field;
    bool field_given;
    axle_format format;
    const char *space;    /* --space VALUE, or NULL */
    const char *digits;   /* --digits VALUE, or NULL */
    const char *from;     /* --from SPACE, or NULL */
    const char *to;       /* --to SPACE, or NULL */
    const char *interval; /* --interval A,B (gs, proj), or NULL */
    const char *gram;     /* --gram MATRIX (gs, proj), or NULL */
    const char *of;       /* --of V (proj), or NULL */
    bool steps;           /* --steps (eig) */
    const char **args;
    size_t nargs;
} cli_options;

/* The text an argument stands for: "-" standard input, "@FILE" the file, otherwise the argument
 * itself; a new NUL-terminated string (free with free()) with its length in *len. what names the
 * argument in messages. NULL after printing a message: input that is not text (a NUL byte,
 * another control character than a blank, invalid UTF-8), a file or standard input larger than
 * the --max-input limit (read in chunks, so the cap bounds the memory), a read error. */
char *cli_load_text(const char *arg, const char *what, size_t *len);

/* The default and the largest --max-input (bytes read from one @FILE or standard input). */
#define CLI_DEFAULT_MAX_INPUT ((size_t)64 << 20)
#define CLI_LARGEST_MAX_INPUT ((size_t)-1 / 4)
/* Set the limit of cli_load_text (1 <= bytes <= CLI_LARGEST_MAX_INPUT). */
void cli_set_max_input(size_t bytes);

/* Print the failed parse's message as "axle: WHAT, line L, column C: message", then the line
 * with a caret under byte offset pos of text. */
void cli_show_parse_error(const char *text, size_t len, size_t pos, const char *what);
/* The same with the message msg instead of axle's. */
void cli_show_parse_message(const char *text, size_t len, size_t pos, const char *what,
                            const char *msg);

/* Read POLY (the text, @FILE or -) over QQ into *p with axle_poly_parse (sums, products, powers,
 * parentheses, division by numbers: "(x^2 + 1)^3", "2x(x - 1)(x + 1/2)", "x^3/6"; its size
 * limits). CLI_USAGE after a message (line, column and a caret when the failure has a place). */
int cli_read_poly(axle_poly **p, const char *arg);

/* The one argument of a command on a single nonzero QQ polynomial (factor, roots): usage errors
 * (no POLY, several: the hint shows `example`) give CLI_USAGE; --field rr (`why_qq` says why) or
 * the zero polynomial (`zero` says why not) give CLI_FAILED, with the message on stderr. */
int cli_read_nonzero_qq_poly(axle_poly **p, const cli_options *o, const char *cmd,
                             const char *example, const char *why_qq, const char *zero);

/* Print "axle: WHAT: message" for a failed axle call (not a parse error) to stderr. */
void cli_show_error(const char *what, axle_status s);

/* Print "axle: MESSAGE" and the --help hint to stderr; returns CLI_USAGE. */
int cli_usage(const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

/* The exit status for a failed computation, after printing "axle: CMD: message": the answer does
 * not exist (1: singular, inconsistent, no convergence) or the input does not fit (2). */
int cli_failure(const char *cmd_name, axle_status s);

/* Read a MATRIX argument ("[[1, 2]]", "@file" or "-") over F into *out. what names the argument
 * in messages ("MATRIX", "RHS"). allow_vector also accepts a flat list "[5, 6]" as a column.
 * On failure prints a message (with the line, column and a caret for parse errors) to stderr and
 * returns CLI_USAGE. */
int cli_read_matrix(axle_matrix **out, axle_field F, const char *arg, const char *what,
                    bool allow_vector);

/* A list of vectors read from the command line, all of one space. */
typedef struct cli_vectors {
    axle_space *space;
    axle_vector **v;
    size_t count;
} cli_vectors;

/* Read the vectors of `nlists` lists (lists[i] has counts[i] arguments; each argument is one
 * vector, or "@FILE" / "-" holding one vector per non-blank line) into out[i], all in one space:
 * F^n when the first vector is a tuple "(1, 2, 3)", otherwise P_m(F) with m the highest degree
 * that appears or given by --space Pm. Vectors are named v0, v1, ... in messages (numbered
 * across the lists). On failure prints a message and returns CLI_USAGE (out[] emptied). */
int cli_read_vectors(cli_vectors *out, const cli_options *o, const char *const *const *lists,
                     const size_t *counts, size_t nlists);
void cli_vectors_free(cli_vectors *l);

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
/* Append axle's rendering of A / x / v / p, or note the failure. */
void cli_put_matrix(cli_buf *b, const axle_matrix *A, axle_format fmt);
void cli_put_scalar(cli_buf *b, const axle_scalar *x, axle_format fmt);
/* x as a JSON string on both fields ("7", "2.5"): exact text over QQ, the shortest round-trip
 * number over RR, quoted. */
void cli_put_json_string(cli_buf *b, const axle_scalar *x);
/* V's name (axle_space_to_string) in fmt. */
void cli_put_space(cli_buf *b, const axle_space *V, axle_format fmt);
void cli_put_vector(cli_buf *b, const axle_vector *v, axle_format fmt);
void cli_put_poly(cli_buf *b, const axle_poly *p, axle_format fmt);
/* Column j of M as a vector: text [a, b], unicode (a, b), a LaTeX pmatrix column, JSON [a,b]. */
void cli_put_column(cli_buf *b, const axle_matrix *M, size_t j, axle_format fmt);
/* "v" with subscript k: text v2, unicode v₂, LaTeX v_{2}. */
void cli_put_name(cli_buf *b, const char *name, size_t k, axle_format fmt);
/* A superscript exponent: text ^3, unicode ³, LaTeX ^{3}. */
void cli_put_power(cli_buf *b, unsigned long e, axle_format fmt);

/* Print b (and a newline) to stdout and free it; the exit status (CLI_FAILED when b ran out of
 * memory or stdout cannot be written). */
int cli_emit(cli_buf *b, const char *cmd_name);

/* The commands; each returns the exit status. cli_matrix_command runs rank, det, trace, rref,
 * null, inv and solve (by o->cmd_name). */
int cli_matrix_command(const cli_options *o);
int cli_map(const cli_options *o);
int cli_span(const cli_options *o);
int cli_subspace(const cli_options *o);
int cli_factor(const cli_options *o);
int cli_roots(const cli_options *o);
/* charpoly and minpoly (by o->cmd_name). */
int cli_eigen_poly(const cli_options *o);
/* The one MATRIX argument of charpoly, minpoly, eig and jordan into *A (over --field): CLI_USAGE
 * after a message when it is missing, followed by more, or malformed. */
int cli_read_one_matrix(axle_matrix **A, const cli_options *o);
/* eig (cmd_eig.c; with --steps the Krylov walk-through of cmd_steps.c) and jordan (cmd_jordan.c).
 */
int cli_eig(const cli_options *o);
int cli_eig_steps(const cli_options *o);
int cli_jordan(const cli_options *o);
/* The inner product commands: gs (cmd_gs.c), proj (cmd_proj.c), lsq (cmd_lsq.c), svd
 * (cmd_svd.c). */
int cli_gs(const cli_options *o);
int cli_proj(const cli_options *o);
int cli_lsq(const cli_options *o);
int cli_svd(const cli_options *o);
/* The inner product on V that --interval A,B (the integral over [A, B] on P_m) or --gram MATRIX
 * asks for, else the dot product; into *ip. CLI_USAGE after a message for a malformed option,
 * otherwise the exit status of cli_failure when the library refuses it (a Gram matrix that is not
 * positive definite: 1). */
int cli_read_inner(axle_inner **ip, const cli_options *o, const axle_space *V);
/* Print a report string of the library (taking it: freed here) and return CLI_OK; or, when s is a
 * failure, the exit status of cli_failure. */
int cli_emit_report(const cli_options *o, axle_status s, char *report);
/* Column j of a matrix over a number field (entries polynomials in its generator): text [a, b],
 * Unicode (a, b), LaTeX a pmatrix column, JSON ["a","b"] (strings of the text form). */
void cli_put_nf_column(cli_buf *b, const axle_nfmatrix *M, size_t j, axle_format fmt);
/* M after a label such as "J = ": on the same line when it prints on one line, otherwise (the
 * Unicode bracket picture) from the next line on, each line after `indent`. */
void cli_put_matrix_block(cli_buf *b, const axle_matrix *M, axle_format fmt, const char *indent);

#endif
