/* Running the axle command as a child process with files for its standard streams. */
#include <criterion/criterion.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "run.h"

static char *read_all(int fd)
{
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    cr_assert_not_null(s);
    lseek(fd, 0, SEEK_SET);
    for (;;) {
        if (cap - n < 2) {
            cap *= 2;
            s = realloc(s, cap);
            cr_assert_not_null(s);
        }
        ssize_t got = read(fd, s + n, cap - n - 1);
        cr_assert(got >= 0, "read: %s", strerror(errno));
        if (got == 0)
            break;
        n += (size_t)got;
    }
    s[n] = '\0';
    return s;
}

static int temp_file(const char *content)
{
    char name[] = "/tmp/axle-cli-test-XXXXXX";
    int fd = mkstemp(name);
    cr_assert(fd >= 0, "mkstemp: %s", strerror(errno));
    unlink(name);
    if (content) {
        size_t n = strlen(content);
        cr_assert_eq(write(fd, content, n), (ssize_t)n);
        lseek(fd, 0, SEEK_SET);
    }
    return fd;
}

/* Run axle with args (NULL-terminated), stdin from `input` (NULL: empty). */
run axle_run(const char *input, const char *const *args)
{
    const char *exe = getenv("AXLE_EXE");
    cr_assert_not_null(exe, "AXLE_EXE is not set");
    const char *argv[64];
    size_t n = 0;
    argv[n++] = exe;
    for (; args[n - 1] && n < 63; n++)
        argv[n] = args[n - 1];
    cr_assert_null(args[n - 1], "axle_run: more than 62 arguments");
    argv[n] = NULL;
    int in = temp_file(input ? input : ""), out = temp_file(NULL), err = temp_file(NULL);
    fflush(NULL);
    pid_t pid = fork();
    cr_assert(pid >= 0, "fork: %s", strerror(errno));
    if (pid == 0) {
        dup2(in, 0);
        dup2(out, 1);
        dup2(err, 2);
        execv(exe, (char *const *)argv);
        _exit(127);
    }
    int status = 0;
    cr_assert_eq(waitpid(pid, &status, 0), pid);
    cr_assert(WIFEXITED(status), "axle did not exit normally (signal %d)",
              WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    run r = {WEXITSTATUS(status), read_all(out), read_all(err)};
    close(in);
    close(out);
    close(err);
    return r;
}

void run_free(run *r)
{
    free(r->out);
    free(r->err);
}

/* Exit 0, stdout exactly `want` plus a newline, nothing on stderr. */
void expect_out(run r, const char *want)
{
    cr_assert_eq(r.code, 0, "exit %d, stderr: %s", r.code, r.err);
    size_t n = strlen(want);
    cr_assert(strncmp(r.out, want, n) == 0 && r.out[n] == '\n' && r.out[n + 1] == '\0',
              "stdout:\n%s\nwanted:\n%s", r.out, want);
    cr_assert_str_eq(r.err, "");
    run_free(&r);
}

/* Exit `code`, stdout empty, stderr containing each of the given pieces. */
void expect_fail(run r, int code, const char *piece1, const char *piece2)
{
    cr_assert_eq(r.code, code, "exit %d, not %d; stderr: %s", r.code, code, r.err);
    cr_assert_str_eq(r.out, "");
    cr_assert(strncmp(r.err, "axle: ", 6) == 0, "stderr: %s", r.err);
    cr_assert(strstr(r.err, piece1), "stderr lacks \"%s\": %s", piece1, r.err);
    if (piece2)
        cr_assert(strstr(r.err, piece2), "stderr lacks \"%s\": %s", piece2, r.err);
    run_free(&r);
}

void expect_has(const char *const *args, const char *const *pieces)
{
    run r = axle_run(NULL, args);
    cr_assert_eq(r.code, 0, "exit %d: %s", r.code, r.err);
    cr_assert_str_empty(r.err);
    for (size_t i = 0; pieces[i]; i++)
        cr_assert(strstr(r.out, pieces[i]), "'%s' not in:\n%s", pieces[i], r.out);
    run_free(&r);
}

const char *json_find(const char *json, const char *key)
{
    char pattern[64];
    snprintf(pattern, sizeof pattern, "\"%s\":", key);
    const char *p = strstr(json, pattern);
    cr_assert_not_null(p, "no \"%s\" in %s", key, json);
    return p + strlen(pattern);
}

long json_int(const char *json, const char *key)
{
    const char *p = json_find(json, key);
    char *end;
    long v = strtol(p, &end, 10);
    cr_assert(end != p, "\"%s\" is not an integer in %s", key, json);
    return v;
}

static void skip_blanks(const char **p)
{
    while (**p == ' ' || **p == '\n' || **p == '\t' || **p == '\r')
        ++*p;
}

char **json_strings(const char **p, size_t *n)
{
    skip_blanks(p);
    cr_assert_eq(**p, '[', "expected a JSON array at: %.40s", *p);
    ++*p;
    size_t cap = 8;
    char **s = malloc(cap * sizeof *s);
    cr_assert_not_null(s);
    *n = 0;
    skip_blanks(p);
    while (**p != ']') {
        if (*n) {
            cr_assert_eq(**p, ',', "expected ',' at: %.40s", *p);
            ++*p;
            skip_blanks(p);
        }
        cr_assert_eq(**p, '"', "expected a JSON string at: %.40s", *p);
        const char *end = strchr(*p + 1, '"');
        cr_assert_not_null(end);
        if (*n == cap) {
            cap *= 2;
            s = realloc(s, cap * sizeof *s);
            cr_assert_not_null(s);
        }
        size_t len = (size_t)(end - *p - 1);
        s[*n] = malloc(len + 1);
        cr_assert_not_null(s[*n]);
        memcpy(s[*n], *p + 1, len);
        s[(*n)++][len] = '\0';
        *p = end + 1;
        skip_blanks(p);
    }
    ++*p;
    return s;
}

void json_strings_free(char **s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(s[i]);
    free(s);
}
