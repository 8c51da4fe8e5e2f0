#!/bin/sh
# The list include/axle.api must name every public function of include/axle/*.h and its pointer
# parameters, and nothing else: a new public function fails this test until it is listed (and
# tests/api/null.c then fails until the new entries have a NULL case). Every function declared at
# file scope in include/axle/*.h must also carry AXLE_API (without it the function is not
# exported from the shared library), in any order with the other attribute macros.
#
# A parameter is a pointer parameter when it is written with "*" or as an array ("const long v[]"),
# or its type is a pointer or array type: the GMP types mpq_t, mpz_t, mpf_t and any *_ptr or
# *_srcptr, and every typedef of the headers that declares a pointer, a function pointer or an
# array.
# Usage: check-list.sh SOURCE_ROOT
set -eu
root=$1
list=$root/include/axle.api
headers=$(mktemp)
listed=$(mktemp)
unexported=$(mktemp)
raw=$(mktemp)
trap 'rm -f "$headers" "$listed" "$unexported" "$raw"' EXIT

# The headers, comments and preprocessor lines removed, cut into file-scope statements (at ";"
# outside braces, or at the "}" ending a function body); then every function declaration as
# "header function param param ...", with the names of its pointer parameters. Functions declared
# without AXLE_API go to $unexported too.
awk -v unexported="$unexported" '
    function emit(    t) {
        t = stmt
        gsub(/[ \t]+/, " ", t)
        sub(/^ /, "", t)
        sub(/ $/, "", t)
        if (t != "" && t != ";") {
            n_st++
            st[n_st] = t
            st_hdr[n_st] = hdr
        }
        stmt = ""
    }
    # The text of s from the "(" at position i to its matching ")" (exclusive), or -1.
    function group_end(s, i,    d, c) {
        d = 0
        for (; i <= length(s); i++) {
            c = substr(s, i, 1)
            if (c == "(") d++
            else if (c == ")" && --d == 0) return i
        }
        return -1
    }
    function is_ptr_type(p,    t, n, w, k) {
        if (index(p, "*") || index(p, "[")) return 1
        t = p
        gsub(/[^A-Za-z_0-9]+/, " ", t)
        n = split(t, w, " ")
        for (k = 1; k < n; k++)     # the last word is the name
            if (w[k] ~ /^mp[qzf]_t$/ || w[k] ~ /_(src)?ptr$/ || (w[k] in ptrtype))
                return 1
        return 0
    }
    FNR == 1 {
        if (stmt != "") emit()
        hdr = FILENAME
        sub(/.*\//, "", hdr)
        incomment = 0; depth = 0; cont = 0; stmt = ""
    }
    {
        line = $0
        # Preprocessor lines, with their continuations.
        if (cont) { cont = (line ~ /\\$/); next }
        if (!incomment && line ~ /^[ \t]*#/) { cont = (line ~ /\\$/); next }
        # Comments.
        out = ""
        while (line != "") {
            if (incomment) {
                e = index(line, "*/")
                if (!e) { line = ""; break }
                line = substr(line, e + 2); incomment = 0; out = out " "
                continue
            }
            b = index(line, "/*"); s = index(line, "//")
            if (s && (!b || s < b)) { out = out substr(line, 1, s - 1); line = ""; break }
            if (!b) { out = out line; line = ""; break }
            out = out substr(line, 1, b - 1) " "
            line = substr(line, b + 2); incomment = 1
        }
        # extern "C" { ... } of C++ is not a scope of its own.
        gsub(/extern[ \t]*"C"[ \t]*\{/, " ", out)
        for (i = 1; i <= length(out); i++) {
            c = substr(out, i, 1)
            if (c == "{") {
                if (depth == 0) head = stmt
                depth++
            } else if (c == "}") {
                if (depth == 0) continue    # the "}" closing extern "C"
                depth--
                if (depth == 0 && head ~ /\)[ \t]*$/) {   # a function body ends
                    stmt = head ";"
                    emit()
                    continue
                }
            }
            stmt = stmt c
            if (c == ";" && depth == 0) emit()
        }
        stmt = stmt " "
    }
    END {
        if (stmt ~ /[^ \t]/) emit()
        # Pointer, function pointer and array typedefs.
        for (k = 1; k <= n_st; k++) {
            t = st[k]
            if (t !~ /(^| )typedef /) continue
            if (match(t, /\( ?\* ?[A-Za-z_][A-Za-z_0-9]* ?\)/)) {
                name = substr(t, RSTART, RLENGTH)
                gsub(/[ ()*]/, "", name)
                ptrtype[name] = 1
                continue
            }
            tail = t
            sub(/.*\}/, "", tail)          # after the body of a struct/enum, if any
            sub(/ ?;$/, "", tail)
            if (index(tail, "*") || index(tail, "[")) {
                sub(/ ?\[.*$/, "", tail)
                name = tail
                sub(/.*[^A-Za-z_0-9]/, "", name)
                ptrtype[name] = 1
            }
        }
        for (k = 1; k <= n_st; k++) {
            t = st[k]
            if (t ~ /(^| )typedef / || index(t, "(") == 0) continue
            # The function name: the first identifier followed by "(" that is not an attribute
            # macro (upper case, or __attribute__/__declspec), whose arguments are skipped.
            rest = t; pos = 0; fn = ""; pre = ""
            while (match(rest, /[A-Za-z_][A-Za-z_0-9]* ?\(/)) {
                word = substr(rest, RSTART, RLENGTH)
                sub(/ ?\($/, "", word)
                open = RSTART + RLENGTH - 1
                if (word ~ /^[A-Z_][A-Z_0-9]*$/ || word ~ /^__/) {
                    cl = group_end(rest, open)
                    if (cl < 0) break
                    pre = pre substr(rest, 1, cl)
                    rest = substr(rest, cl + 1)
                    continue
                }
                fn = word
                pre = pre substr(rest, 1, RSTART - 1)
                cl = group_end(rest, open)
                args = (cl < 0) ? "" : substr(rest, open + 1, cl - open - 1)
                break
            }
            if (fn == "") continue
            if (pre !~ /(^|[^A-Za-z_0-9])AXLE_API([^A-Za-z_0-9]|$)/)
                print st_hdr[k] " " fn > unexported
            out = st_hdr[k] " " fn
            # The parameters: split at the commas outside parentheses (a callback parameter
            # "void (*f)(int, void *)" is one parameter, named f).
            n = 0; d = 0; a[1] = ""
            for (i = 1; i <= length(args); i++) {
                c = substr(args, i, 1)
                if (c == "(") d++
                if (c == ")") d--
                if (c == "," && d == 0) { a[++n] = ""; continue }
                if (n == 0) n = 1
                a[n] = a[n] c
            }
            for (i = 1; i <= n; i++) {
                p = a[i]
                gsub(/^ +| +$/, "", p)
                if (p == "void" || p == "" || p == "...") continue
                if (match(p, /\( ?\* ?[A-Za-z_][A-Za-z_0-9]* ?\)/)) {
                    name = substr(p, RSTART, RLENGTH)
                    gsub(/[ ()*]/, "", name)
                    out = out " " name
                    continue
                }
                if (!is_ptr_type(p)) continue
                name = p
                sub(/ ?\[.*$/, "", name)
                sub(/.*[^A-Za-z_0-9]/, "", name)
                out = out " " name
            }
            print out
        }
    }' "$root"/include/axle/*.h > "$raw"
sort "$raw" > "$headers"

# The list without comments, blank lines and the "?" marks (NULL accepted).
sed -e 's/#.*//' -e 's/?//g' -e 's/[[:blank:]][[:blank:]]*/ /g' -e 's/^ //' -e 's/ $//' "$list" |
    grep -v '^$' | sort > "$listed"

status=0
if [ -s "$unexported" ]; then
    echo "functions declared in include/axle/*.h without AXLE_API (not exported):"
    sed 's/^/  /' "$unexported"
    status=1
fi
if ! cmp -s "$headers" "$listed"; then
    echo "include/axle.api does not match the functions declared in include/axle/*.h:"
    comm -23 "$headers" "$listed" | sed 's/^/  in the headers, not in the list: /'
    comm -13 "$headers" "$listed" | sed 's/^/  in the list, not in the headers: /'
    status=1
fi
[ "$status" -eq 0 ] && echo "include/axle.api: $(wc -l < "$listed") functions, as in the headers"
exit "$status"
