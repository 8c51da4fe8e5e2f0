#!/usr/bin/env bash
# check-install.sh BUILD_ROOT SOURCE_ROOT SANITIZE: `meson install` into a temporary DESTDIR,
# compile the README's quickstart against it with `pkg-config axle`, run it, compare its output.
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
libdir=$(pkg-config "${pc_args[@]}" --variable=libdir axle)
LD_LIBRARY_PATH="$libdir" "$dest/quickstart" >"$dest/out.txt"
diff -u "$src/examples/quickstart.expected" "$dest/out.txt"
echo "installed library works through pkg-config"
