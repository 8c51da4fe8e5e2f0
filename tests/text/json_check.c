/* Recursive-descent check of the JSON grammar of RFC 8259 (values, no extensions). */
#include "json_check.h"

#include <string.h>

typedef struct jp {
    const char *s;
    size_t i;
    int depth;
} jp;

static void ws(jp *p)
{
    while (p->s[p->i] == ' ' || p->s[p->i] == '\t' || p->s[p->i] == '\n' || p->s[p->i] == '\r')
        p->i++;
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool value(jp *p);

static bool string(jp *p)
{
    if (p->s[p->i] != '"')
        return false;
    p->i++;
    for (;;) {
        unsigned char c = (unsigned char)p->s[p->i];
        if (c == '"') {
            p->i++;
            return true;
        }
        if (c < 0x20)
            return false;
        if (c == '\\') {
            p->i++;
            char e = p->s[p->i];
            if (e == 'u') {
                for (int k = 1; k <= 4; k++)
                    if (!strchr("0123456789abcdefABCDEF", p->s[p->i + k]) || !p->s[p->i + k])
                        return false;
                p->i += 5;
                continue;
            }
            if (!e || !strchr("\"\\/bfnrt", e))
                return false;
        }
        p->i++;
    }
}

static bool number(jp *p)
{
    if (p->s[p->i] == '-')
        p->i++;
    if (p->s[p->i] == '0')
        p->i++;
    else if (digit(p->s[p->i]))
        while (digit(p->s[p->i]))
            p->i++;
    else
        return false;
    if (p->s[p->i] == '.') {
        p->i++;
        if (!digit(p->s[p->i]))
            return false;
        while (digit(p->s[p->i]))
            p->i++;
    }
    if (p->s[p->i] == 'e' || p->s[p->i] == 'E') {
        p->i++;
        if (p->s[p->i] == '+' || p->s[p->i] == '-')
            p->i++;
        if (!digit(p->s[p->i]))
            return false;
        while (digit(p->s[p->i]))
            p->i++;
    }
    return true;
}

static bool sequence(jp *p, char close, bool members)
{
    p->i++;
    if (++p->depth > 1000)
        return false;
    ws(p);
    if (p->s[p->i] == close) {
        p->i++;
        p->depth--;
        return true;
    }
    for (;;) {
        ws(p);
        if (members) {
            if (!string(p))
                return false;
            ws(p);
            if (p->s[p->i] != ':')
                return false;
            p->i++;
            ws(p);
        }
        if (!value(p))
            return false;
        ws(p);
        if (p->s[p->i] == close) {
            p->i++;
            p->depth--;
            return true;
        }
        if (p->s[p->i] != ',')
            return false;
        p->i++;
    }
}

static bool literal(jp *p, const char *word)
{
    size_t n = strlen(word);
    if (strncmp(p->s + p->i, word, n) != 0)
        return false;
    p->i += n;
    return true;
}

static bool value(jp *p)
{
    switch (p->s[p->i]) {
    case '{':
        return sequence(p, '}', true);
    case '[':
        return sequence(p, ']', false);
    case '"':
        return string(p);
    case 't':
        return literal(p, "true");
    case 'f':
        return literal(p, "false");
    case 'n':
        return literal(p, "null");
    default:
        return number(p);
    }
}

bool json_valid(const char *text, size_t *where)
{
    jp p = {text, 0, 0};
    ws(&p);
    bool ok = value(&p);
    if (ok) {
        ws(&p);
        ok = p.s[p.i] == '\0';
    }
    if (!ok && where)
        *where = p.i;
    return ok;
}
