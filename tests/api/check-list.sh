#!/bin/sh
# The list include/axle.api must name every public function of include/axle/*.h and its pointer
# parameters, and nothing else: a new AXLE_API function fails this test until it is listed (and
# tests/api/null.c then fails until the new entries have a NULL case).
# Usage: check-list.sh SOURCE_ROOT
set -eu
root=$1
list=$root/include/axle.api
tmp=${TMPDIR:-/tmp}/axle-api-check.$$
trap 'rm -f "$tmp".*' EXIT

# Every AXLE_API declaration in the headers: "header function param param ..." with the names of
# the pointer parameters (mpq_t is an array type, so it is passed as a pointer too).
for h in "$root"/include/axle/*.h; do
    awk -v hdr="$(basename "$h")" '
        /^[ \t]*AXLE_API/ { on = 1; d = "" }
        on {
            line = $0
            sub(/\/\*.*\*\//, "", line)
            d = d " " line
            if (index(line, ";")) {
                on = 0
                open = index(d, "(")
                n = split(substr(d, 1, open - 1), w, /[ \t*]+/)
                out = hdr " " w[n]
                # The parameters: split at the commas outside parentheses (a callback
                # parameter "void (*f)(int, void *)" is one parameter, named f).
                args = substr(d, open + 1)
                sub(/\)[ \t]*;.*$/, "", args)
                k = 0; depth = 0; a[1] = ""
                for (i = 1; i <= length(args); i++) {
                    c = substr(args, i, 1)
                    if (c == "(") depth++
                    if (c == ")") depth--
                    if (c == "," && depth == 0) { a[++k] = ""; continue }
                    if (k == 0) k = 1
                    a[k] = a[k] c
                }
                for (i = 1; i <= k; i++) {
                    p = a[i]
                    gsub(/^[ \t]+|[ \t]+$/, "", p)
                    if (p == "void" || p == "")
                        continue
                    if (match(p, /\([ \t]*\*[ \t]*[A-Za-z_][A-Za-z_0-9]*[ \t]*\)/)) {
                        name = substr(p, RSTART, RLENGTH)
                        gsub(/[ \t()*]/, "", name)
                        out = out " " name
                        continue
                    }
                    m = split(p, t, /[ \t*]+/)
                    if (index(p, "*") || p ~ /(^|[ \t])mp[qz]_t[ \t]/)
                        out = out " " t[m]
                }
                print out
            }
        }' "$h"
done | sort > "$tmp.headers"

# The list without comments, blank lines and the "?" marks (NULL accepted).
sed -e 's/#.*//' -e 's/?//g' -e 's/[ \t][ \t]*/ /g' -e 's/^ //' -e 's/ $//' "$list" |
    grep -v '^$' | sort > "$tmp.list"

if ! cmp -s "$tmp.headers" "$tmp.list"; then
    echo "include/axle.api does not match the AXLE_API declarations in include/axle/*.h:"
    comm -23 "$tmp.headers" "$tmp.list" | sed 's/^/  in the headers, not in the list: /'
    comm -13 "$tmp.headers" "$tmp.list" | sed 's/^/  in the list, not in the headers: /'
    exit 1
fi
echo "include/axle.api: $(wc -l < "$tmp.list") functions, as in the headers"
