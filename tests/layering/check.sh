#!/bin/sh
# The layering of src/ (docs/architecture.md): fails, naming file and line, on
#   (a) an #include that runs up a layer. The layers, bottom to top:
#         core < text < {qq, exact | rr} < backend (src/backend.[ch]) < poly < space < map < eigen
#         < inner < cli
#       A file may include its own directory, the public headers (include/axle.h,
#       include/axle/*.h) and the layers below its own, except that qq/ and exact/ (the QQ side)
#       and rr/ (the RR side) never include each other, the floors above the backend line (poly,
#       space, map, eigen, inner) never include a header of qq/, exact/ or rr/, and cli/ includes
#       only public headers and its own. src/backend.h is also open to qq/, exact/ and rr/, which
#       implement the kernel interface it declares.
#   (b) storage read outside core/, qq/, exact/ and rr/: AX_Q( or AX_D(, or the members q and d
#       (->q, ->d: the numbers of a matrix, a polynomial or a scalar).
# A directory of src/ that is not in the table above, or a quoted #include that names no file,
# is an error too (a new directory gets its place in the table first).
# It also prints, as information, how often each floor above the backend line branches on the
# field (== AXLE_QQ, != AXLE_RR, case AXLE_QQ ...): each is a decision a backend kernel could take.
# Comments are ignored. Usage: check.sh SOURCE_ROOT
set -eu
root=${1:?usage: check.sh SOURCE_ROOT}
cd "$root"
[ -d src ] || { echo "check.sh: no src/ under $root" >&2; exit 2; }

files=$(find src -type f \( -name '*.c' -o -name '*.h' \) | LC_ALL=C sort)
[ -n "$files" ] || { echo "check.sh: no C files under $root/src" >&2; exit 2; }

# Each file with its comments blanked out (line numbers kept), through one awk program that
# knows the table and reports "file:line: problem".
# shellcheck disable=SC2086
awk -v root="$root" '
function layer_of(dir) {
    if (dir in rank)
        return rank[dir]
    return -1
}
# The directory (layer name) of a path under src/: "core" for src/core/x.h, "backend" for
# src/backend.h, "" for a path outside src/.
function dir_of(path,    rest, n, parts) {
    if (substr(path, 1, 4) != "src/")
        return ""
    rest = substr(path, 5)
    n = split(rest, parts, "/")
    if (n == 1)
        return rest ~ /^backend\.[ch]$/ ? "backend" : "?" rest
    return parts[1]
}
function exists(path,    line, r) {
    if (path in known)
        return known[path]
    r = (getline line < path) >= 0
    if (r)
        close(path)
    known[path] = r
    return r
}
# "a/./b/../c" -> "a/c"
function normalize(path,    n, parts, out, k, i) {
    n = split(path, parts, "/")
    k = 0
    for (i = 1; i <= n; i++) {
        if (parts[i] == "." || parts[i] == "")
            continue
        if (parts[i] == ".." && k > 0) {
            k--
            continue
        }
        out[++k] = parts[i]
    }
    path = ""
    for (i = 1; i <= k; i++)
        path = path (i > 1 ? "/" : "") out[i]
    return path
}
function report(msg) {
    printf "%s:%d: %s\n", FILENAME, FNR, msg
    bad++
}
function check_include(target, quoted,    here, cand, tdir, fdir, fr, tr) {
    fdir = dir_of(FILENAME)
    if (layer_of(fdir) < 0)
        return  # the file itself has no layer (reported once, at its first line)
    if (quoted) {
        here = FILENAME
        sub(/[^\/]*$/, "", here)
        cand = normalize(here target)
        if (!exists(cand)) {
            cand = normalize("src/" target)
            if (!exists(cand)) {
                cand = normalize("include/" target)
                if (!exists(cand)) {
                    report("#include \"" target "\" names no file of src/ or include/")
                    return
                }
            }
        }
    } else if (target == "axle.h" || target ~ /^axle\//) {
        cand = "include/" target
    } else {
        return  # a system header
    }
    if (substr(cand, 1, 8) == "include/")
        return  # public headers are open to every layer
    tdir = dir_of(cand)
    if (tdir == fdir)
        return
    tr = layer_of(tdir)
    if (tr < 0) {
        report("includes " cand ", in " tdir "/, a directory that has no layer")
        return
    }
    if (fdir == "cli") {
        report("includes " cand ": cli/ uses the public API only (include/axle.h)")
        return
    }
    if (fdir in above && tdir in side) {
        report("includes " cand ": " fdir "/ is above the backend line and may not include " \
               tdir "/ (reach it through src/backend.h)")
        return
    }
    if (fdir in side && tdir in side && side[fdir] != side[tdir]) {
        report("includes " cand ": the " side[fdir] " side (" fdir "/) may not include the " \
               side[tdir] " side (" tdir "/)")
        return
    }
    if (tdir == "backend" && fdir in side)
        return  # the two sides implement the kernel interface src/backend.h
    fr = layer_of(fdir)
    if (tr > fr)
        report("includes " cand ": " tdir " is above " fdir " (an include runs up a layer)")
}
BEGIN {
    n = split("core text qq exact rr backend poly space map eigen inner cli", names, " ")
    split("1 2 3 3 3 4 5 6 7 8 9 10", ranks, " ")
    for (i = 1; i <= n; i++)
        rank[names[i]] = ranks[i] + 0
    side["qq"] = "QQ"; side["exact"] = "QQ"; side["rr"] = "RR"
    nabove = split("poly space map eigen inner", floors, " ")
    for (i = 1; i <= nabove; i++)
        above[floors[i]] = 1
    storage["core"] = storage["qq"] = storage["exact"] = storage["rr"] = 1
}
FNR == 1 {
    incomment = 0
    fdir = dir_of(FILENAME)
    if (substr(fdir, 1, 1) == "?")
        report(FILENAME " has no layer: at the top of src/ only backend.c and backend.h live")
    else if (layer_of(fdir) < 0)
        report("src/" fdir "/ has no layer in the table of tests/layering/check.sh " \
               "(core text qq exact rr backend poly space map eigen inner cli)")
}
{
    # blank out comments (block comments may span lines) and string literals
    line = $0
    out = ""
    while (line != "") {
        if (incomment) {
            p = index(line, "*/")
            if (!p) { line = ""; break }
            line = substr(line, p + 2)
            incomment = 0
            continue
        }
        p1 = index(line, "/*"); p2 = index(line, "//")
        if (p1 && (!p2 || p1 < p2)) {
            out = out substr(line, 1, p1 - 1) " "
            line = substr(line, p1 + 2)
            incomment = 1
        } else if (p2) {
            out = out substr(line, 1, p2 - 1)
            line = ""
        } else {
            out = out line
            line = ""
        }
    }
    code = out
    if (code ~ /^[ \t]*#[ \t]*include[ \t]*"/) {
        t = code
        sub(/^[ \t]*#[ \t]*include[ \t]*"/, "", t)
        sub(/".*/, "", t)
        check_include(t, 1)
        next
    }
    if (code ~ /^[ \t]*#[ \t]*include[ \t]*</) {
        t = code
        sub(/^[ \t]*#[ \t]*include[ \t]*</, "", t)
        sub(/>.*/, "", t)
        check_include(t, 0)
        next
    }
    gsub(/"([^"\\]|\\.)*"/, "\"\"", code)
    if (!(fdir in storage) && (code ~ /(^|[^A-Za-z0-9_])AX_[QD][ \t]*\(/ || code ~ /->[ \t]*[qd]([^A-Za-z0-9_]|$)/))
        report("reads the storage of numbers (AX_Q, AX_D, ->q, ->d) outside core/, qq/, exact/ " \
               "and rr/")
    if (fdir in above)
        branches[fdir] += gsub(/(==|!=)[ \t]*AXLE_(QQ|RR)|AXLE_(QQ|RR)[ \t]*(==|!=)|case[ \t]+AXLE_(QQ|RR)/, "&", code)
}
END {
    for (i = 1; i <= nabove; i++)
        printf "info: src/%s/ branches on the field (== / != / case AXLE_QQ or AXLE_RR) %d times\n",
               floors[i], branches[floors[i]] + 0
    if (bad) {
        printf "layering: %d problems\n", bad
        exit 1
    }
    print "layering: ok"
}
' $files
