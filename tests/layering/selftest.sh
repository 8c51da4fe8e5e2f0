#!/bin/sh
# check.sh itself: on a small fake tree it must report exactly the planted problems, each with its
# file and line, and pass the same tree once they are removed. Usage: selftest.sh CHECK_SH
set -eu
check=${1:?usage: selftest.sh CHECK_SH}
check=$(cd "$(dirname "$check")" && pwd)/$(basename "$check")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
mkdir -p src/core src/text src/qq src/exact src/rr src/poly src/space src/cli include/axle

put() { # put FILE LINE...: write the lines to FILE
    f=$1
    shift
    printf '%s\n' "$@" >"$f"
}
put include/axle.h '#include "axle/matrix.h"'
put include/axle/matrix.h 'typedef struct axle_matrix axle_matrix;'
put src/core/internal.h '#include "axle/matrix.h"' '#define AX_Q(A, i, j) ((A)->q[(i)])'
put src/core/matrix.c '#include "internal.h"' 'int f(void) { return AX_Q(A, 0, 0); }'
put src/text/lex.c '#include "core/internal.h"' '#include <stdio.h>'
put src/qq/qq.h '#include "core/internal.h"'
put src/qq/kernels.c '#include "qq.h"' '#include "backend.h"' '#include "exact/exact.h"'
put src/exact/exact.h '#include "qq/qq.h"'
put src/rr/rr.h '#include "backend.h"' 'double g(const axle_matrix *A) { return A->d[0]; }'
put src/backend.h '#include "core/internal.h"'
put src/backend.c '#include "backend.h"' '#include "qq/qq.h"' '#include "rr/rr.h"'
put src/poly/poly_impl.h '#include "backend.h"' '#include "text/lex.c"'
put src/space/space.c '#include "poly/poly_impl.h"' '#include <axle.h>' \
    '/* AX_Q(A, 0, 0) in a comment and "->q[" in a string are not reads */' \
    'const char *s = "AX_D(A, 0, 0) ->d[0]"; // AX_D(A, 1, 1)' \
    'int branch(int F) { return F == AXLE_QQ ? 1 : F != AXLE_RR; }' \
    'int dim(const struct s *x) { return x->dq + x->qd; }' \
    '/* a comment over' '   #include "qq/qq.h"' '   lines */'
put src/cli/main.c '#include <axle.h>' '#include "cli.h"'
put src/cli/cli.h '#include <axle/matrix.h>'

out=$tmp/out
if ! sh "$check" "$tmp" >"$out" 2>&1; then
    echo "selftest: check.sh fails the clean tree:"
    cat "$out"
    exit 1
fi
grep -q '^layering: ok$' "$out" || { echo "selftest: no 'layering: ok'"; cat "$out"; exit 1; }
grep -q '^info: src/space/ branches on the field .* 2 times$' "$out" ||
    { echo "selftest: the field branches of src/space are not counted as 2"; cat "$out"; exit 1; }

# Now plant one problem of each kind.
printf '%s\n' '#include "rr/rr.h"' >>src/qq/kernels.c                 # line 4: QQ side -> RR side
printf '%s\n' '#include "qq/qq.h"' >>src/rr/rr.h                      # line 3: RR side -> QQ side
printf '%s\n' '#include "space/x.h"' >>src/text/lex.c                  # line 3: names no file
printf '%s\n' '#include "poly/poly_impl.h"' >>src/text/lex.c           # line 4: runs up
printf '%s\n' '#include "exact/exact.h"' >>src/space/space.c           # line 10: floor -> side
printf '%s\n' 'int h(const axle_matrix *A) { return AX_D(A, 0, 0); }' >>src/space/space.c # 11
printf '%s\n' 'int k(const axle_matrix *A) { return A -> q [1]; }' >>src/poly/poly_impl.h # 3
printf '%s\n' 'double m(const axle_scalar *c) { return c->d; }' >>src/poly/poly_impl.h     # 4
printf '%s\n' '#include "core/internal.h"' >>src/cli/main.c            # line 3: cli -> internal
mkdir src/io
put src/io/print.c '#include "core/internal.h"'                        # unknown directory
put src/stray.c '#include "core/internal.h"'                           # unknown root file

if sh "$check" "$tmp" >"$out" 2>&1; then
    echo "selftest: check.sh passes a tree with planted problems:"
    cat "$out"
    exit 1
fi
fail=0
for want in 'src/qq/kernels.c:4: includes src/rr/rr.h' \
    'src/rr/rr.h:3: includes src/qq/qq.h' \
    'src/text/lex.c:3: #include "space/x.h" names no file' \
    'src/text/lex.c:4: includes src/poly/poly_impl.h: poly is above text' \
    'src/space/space.c:10: includes src/exact/exact.h: space/ is above the backend line' \
    'src/space/space.c:11: reads the storage of numbers' \
    'src/poly/poly_impl.h:3: reads the storage of numbers' \
    'src/poly/poly_impl.h:4: reads the storage of numbers' \
    'src/cli/main.c:3: includes src/core/internal.h: cli/ uses the public API only' \
    'src/io/print.c:1: src/io/ has no layer' \
    'src/stray.c:1: src/stray.c has no layer'; do
    if ! grep -qF "$want" "$out"; then
        echo "selftest: missing report: $want"
        fail=1
    fi
done
grep -q '^layering: 11 problems$' "$out" || { echo "selftest: expected exactly 11 problems"; fail=1; }
if [ $fail -ne 0 ]; then
    echo "--- check.sh said:"
    cat "$out"
    exit 1
fi
echo "selftest: ok"
