#!/usr/bin/env bash
# check-install.sh BUILD_ROOT SOURCE_ROOT SANITIZE: `meson install` into a temporary DESTDIR,
# compile the README's quickstart against it with `pkg-config axle`, run it (no LD_LIBRARY_PATH),
# compare its output; run the installed `axle` command.
set -eu
build=$1
src=$2
sanitize=${3:-none}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
meson install -C "$build" --destdir "$dest" --no-rebuild --quiet >/dev/null
pc=$(dirname "$(find "$dest" -name axle.pc | head -n 1)")
[ -f "$pc/axle.pc" ] || { echo "axle.pc was not installed"; exit 1; }
[ -f "$(find "$dest" -path '*include/axle.h' | head -n 1)" ] || { echo "axle.h not installed"; exit 1; }
export PKG_CONFIG_PATH=$pc
prefix=$dest$(pkg-config --variable=prefix axle)
pc_args=(--define-variable=prefix="$prefix")
flags=()
[ "$sanitize" != none ] && flags+=("-fsanitize=$sanitize")
# shellcheck disable=SC2046
cc -std=c11 -Wall -Wextra -Wpedantic -Werror "${flags[@]}" "$src/examples/quickstart.c" \
    -o "$dest/quickstart" $(pkg-config "${pc_args[@]}" --cflags --libs axle)
# No LD_LIBRARY_PATH: the rpath that `pkg-config --libs axle` adds must find the library.
unset LD_LIBRARY_PATH
"$dest/quickstart" >"$dest/out.txt"
diff -u "$src/examples/quickstart.expected" "$dest/out.txt"
# The installed command finds the library through its own rpath.
axle=$dest$(pkg-config --variable=prefix axle)/bin/axle
[ -x "$axle" ] || { echo "axle was not installed at $axle"; exit 1; }
out=$("$axle" det '[[1, 2], [3, 4]]')
[ "$out" = "det = -2" ] || { echo "installed axle printed: $out"; exit 1; }
echo "installed library and command work through pkg-config, without LD_LIBRARY_PATH"
