#!/usr/bin/env bash
# check-format.sh SOURCE_ROOT CLANG_FORMAT: fail, listing the files, if any tracked .c/.h file
# differs from its clang-format rendering.
set -u
cd "$1" || exit 1
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find src include tests examples bench -name '*.[ch]')
bad=$(echo "$files" | xargs "$2" --dry-run 2>&1 | grep -o '^[^:]*\.[ch]' | sort -u)
if [ -n "$bad" ]; then
    echo "not formatted with .clang-format (run clang-format -i on them):"
    echo "$bad"
    exit 1
fi
echo "all $(echo "$files" | wc -l) C files formatted"
