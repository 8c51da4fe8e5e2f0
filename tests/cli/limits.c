/* The axle command's input limits: @FILE and - are read in chunks up to --max-input bytes
 * (default 64 MiB) and refused as soon as they hold more; input that is not text (a NUL byte,
 * control characters, invalid UTF-8) is refused with its line and column. */
#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "run.h"

/* A temporary file holding n bytes of data; "@" and its path in at (free with drop_file). */
typedef struct temp {
    char path[64];
    char at[72];
} temp;

static temp make_file(const void *data, size_t n)
{
    temp t;
    snprintf(t.path, sizeof t.path, "/tmp/axle-limits-XXXXXX");
    int fd = mkstemp(t.path);
    cr_assert(fd >= 0, "mkstemp: %s", strerror(errno));
    const char *p = data;
    for (size_t done = 0; done < n;) {
        ssize_t w = write(fd, p + done, n - done);
        cr_assert(w > 0, "write: %s", strerror(errno));
        done += (size_t)w;
    }
    close(fd);
    snprintf(t.at, sizeof t.at, "@%s", t.path);
    return t;
}

static void drop_file(temp *t)
{
    unlink(t->path);
}

/* A string literal's bytes and their number (NULs included, the terminating one not). */
#define BYTES(s) s, sizeof s - 1

/* "[[1]]" followed by blanks up to n bytes in all (a valid matrix of any size). */
static char *padded_matrix(size_t n)
{
    char *s = malloc(n + 1);
    cr_assert_not_null(s);
    memset(s, ' ', n);
    memcpy(s, "[[1]]", 5);
    s[n] = '\0';
    return s;
}

Test(limits, file_a_few_bytes_over_the_cap_is_refused)
{
    char *text = padded_matrix(103);
    temp t = make_file(text, 100);
    expect_out(RUN(NULL, "det", "--max-input", "100", t.at), "det = 1");
    drop_file(&t);
    t = make_file(text, 103);
    run r = RUN(NULL, "det", "--max-input", "100", t.at);
    cr_assert_eq(r.code, 2, "exit %d: %s", r.code, r.err);
    cr_assert(strstr(r.err, "is larger than the limit of 100 bytes; raise it with --max-input"),
              "%s", r.err);
    cr_assert(strstr(r.err, t.at), "the message names the file: %s", r.err);
    run_free(&r);
    drop_file(&t);
    free(text);
}

Test(limits, suffixes_are_powers_of_1024)
{
    char *text = padded_matrix(1025);
    temp t = make_file(text, 1024);
    expect_out(RUN(NULL, "rank", "--max-input", "1K", t.at), "rank 1");
    expect_out(RUN(NULL, "rank", "--max-input=1k", t.at), "rank 1");
    drop_file(&t);
    t = make_file(text, 1025);
    expect_fail(RUN(NULL, "rank", "--max-input", "1K", t.at), 2, "larger than the limit of 1 KiB",
                NULL);
    expect_out(RUN(NULL, "rank", "--max-input", "1M", t.at), "rank 1");
    drop_file(&t);
    free(text);
}

Test(limits, standard_input_over_the_cap)
{
    char *text = padded_matrix(60);
    expect_fail(RUN(text, "det", "--max-input", "50", "-"), 2,
                "MATRIX: standard input is larger than the limit of 50 bytes",
                "raise it with --max-input");
    expect_out(RUN(text, "det", "--max-input", "60", "-"), "det = 1");
    free(text);
}

Test(limits, every_reader_is_capped)
{
    temp t = make_file(BYTES("(1, 2)\n(3, 4)\n"));
    expect_fail(RUN(NULL, "span", "--max-input", "10", t.at), 2, "larger than the limit of 10",
                NULL);
    expect_fail(RUN(NULL, "subspace", "sum", "--max-input", "10", "(1, 0)", "--and", t.at), 2,
                "larger than the limit of 10", NULL);
    drop_file(&t);
    t = make_file(BYTES("x^2 - 1    "));
    expect_fail(RUN(NULL, "factor", "--max-input", "8", t.at), 2, "POLY",
                "larger than the limit of 8 bytes");
    drop_file(&t);
}

/* /dev/zero never ends: it must be refused at once (its first byte is no text), not read until
 * memory runs out. */
Test(limits, dev_zero_stops_at_once, .timeout = 120)
{
    expect_fail(RUN(NULL, "det", "@/dev/zero"), 2, "MATRIX, line 1, column 1",
                "the input is not text (a NUL byte)");
    expect_fail(RUN(NULL, "span", "@/dev/zero"), 2, "not text", NULL);
}

/* An endless source of text: 2 MiB of blanks against a 1 MiB cap stops after 1 MiB. */
Test(limits, large_blank_file_over_the_cap, .timeout = 120)
{
    size_t n = (size_t)2 << 20;
    char *text = padded_matrix(n);
    temp t = make_file(text, n);
    expect_fail(RUN(NULL, "det", "--max-input", "1M", t.at), 2, "larger than the limit of 1 MiB",
                NULL);
    drop_file(&t);
    free(text);
}

Test(limits, bad_max_input_values)
{
    static const char *bad[] = {
        "0", "", "abc", "12X", "-5", "1.5M", "0K", "99999999999999999999999", "17179869184G"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        expect_fail(RUN(NULL, "det", "--max-input", bad[i], "[[1]]"), 2,
                    "--max-input needs a positive size in bytes", bad[i]);
    expect_fail(RUN(NULL, "det", "[[1]]", "--max-input"), 2, "'--max-input' needs a value", NULL);
}

Test(limits, help_lists_the_option)
{
    run r = RUN(NULL, "help");
    cr_assert_eq(r.code, 0);
    cr_assert(strstr(r.out, "--max-input BYTES"), "%s", r.out);
    cr_assert(strstr(r.out, "default 64M"), "%s", r.out);
    run_free(&r);
}

Test(limits, input_that_is_not_text)
{
    static const struct {
        const char *data;
        size_t n;
        const char *where, *what;
    } cases[] = {
        {BYTES("[[1, \x01]]"), "line 1, column 6", "not text (byte 0x01)"},
        {BYTES("[[1],\n [\0]]"), "line 2, column 3", "not text (a NUL byte)"},
        {BYTES("[[1, \xff]]"), "line 1, column 6", "not text (byte 0xff)"},
        {BYTES("[[1, \xc0\x80]]"), "line 1, column 6", "not text (byte 0xc0)"},    /* overlong */
        {BYTES("[[1, \xed\xa0\x80]]"), "line 1, column 6", "(byte 0xed)"},         /* surrogate */
        {BYTES("[[\xc3\xa9, \x7f]]"), "line 1, column 6", "not text (byte 0x7f)"}, /* after é */
        {BYTES("[[1, 2\xe2\x88"), "line 1, column 7", "not text (byte 0xe2)"},     /* cut short */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        temp t = make_file(cases[i].data, cases[i].n);
        run r = RUN(NULL, "det", t.at);
        cr_assert_eq(r.code, 2, "case %zu: exit %d: %s", i, r.code, r.err);
        cr_assert(strstr(r.err, cases[i].where) && strstr(r.err, cases[i].what), "case %zu: %s", i,
                  r.err);
        run_free(&r);
        drop_file(&t);
    }
    /* valid UTF-8 is text: the parser says what it found, with a caret */
    temp t = make_file(BYTES("[[\xe2\x88\x92"
                             "1]]"));
    expect_fail(RUN(NULL, "det", t.at), 2, "line 1, column 3", "found byte 0xe2");
    drop_file(&t);
    /* blanks of every kind are text */
    t = make_file(BYTES("[[1,\t2],\r\n\f[3,\v4]]"));
    expect_out(RUN(NULL, "det", t.at), "det = -2");
    drop_file(&t);
}
