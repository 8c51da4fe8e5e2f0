#!/usr/bin/env bash
# check-install.sh BUILD_ROOT SOURCE_ROOT SANITIZE BINDIR RPATH: `meson install` into a temporary
# DESTDIR, compile the README's quickstart against it with `pkg-config axle`, run it and compare its
# output, then run the installed `axle` command. BINDIR is where `axle` is installed (an absolute
# path under the prefix); RPATH says how `axle` finds the library: origin (an rpath relative to
# itself), absolute (an rpath to the final libdir, which a staging tree does not have) or none
# (the system's libdir). Whenever the pkg-config flags carry an rpath, the quickstart must run
# without LD_LIBRARY_PATH.
set -eu
build=$1
src=$2
sanitize=${3:-none}
bindir=$4
rpath=$5
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null
pc=$(dirname "$(find "$dest" -name axle.pc | head -n 1)")
[ -f "$pc/axle.pc" ] || { echo "axle.pc was not installed"; exit 1; }
export PKG_CONFIG_PATH=$pc
# The installed paths, moved into the staging tree.
libdir=$dest$(pkg-config --variable=libdir axle)
includedir=$dest$(pkg-config --variable=includedir axle)
[ -f "$includedir/axle.h" ] || { echo "axle.h not installed in $includedir"; exit 1; }
pc_args=(--define-variable=prefix="$dest$(pkg-config --variable=prefix axle)"
    --define-variable=libdir="$libdir" --define-variable=includedir="$includedir")
flags=(-std=c11 -Wall -Wextra -Wpedantic -Werror)
[ "$sanitize" != none ] && flags+=("-fsanitize=$sanitize")
libs=$(pkg-config "${pc_args[@]}" --libs axle)
# shellcheck disable=SC2046,SC2086
cc "${flags[@]}" "$src/examples/quickstart.c" -o "$dest/quickstart" \
    $(pkg-config "${pc_args[@]}" --cflags axle) $libs
unset LD_LIBRARY_PATH
case $libs in
*-rpath*) "$dest/quickstart" >"$dest/out.txt" ;;
*) LD_LIBRARY_PATH=$libdir "$dest/quickstart" >"$dest/out.txt" ;;
esac
diff -u "$src/examples/quickstart.expected" "$dest/out.txt"
axle=$dest$bindir/axle
[ -x "$axle" ] || { echo "axle was not installed at $axle"; exit 1; }
if [ "$rpath" = origin ]; then
    out=$("$axle" det '[[1, 2], [3, 4]]')
else
    out=$(LD_LIBRARY_PATH=$libdir "$axle" det '[[1, 2], [3, 4]]')
fi
[ "$out" = "det = -2" ] || { echo "installed axle printed: $out"; exit 1; }
echo "installed library and command work through pkg-config (rpath: $rpath)"
