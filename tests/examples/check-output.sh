#!/usr/bin/env bash
# check-output.sh PROGRAM EXPECTED: run PROGRAM, compare its standard output with the file
# EXPECTED; print a diff and fail on any difference or a non-zero exit.
set -u
prog=$1
expected=$2
actual=$(mktemp)
trap 'rm -f "$actual"' EXIT
"$prog" >"$actual" || { echo "$prog exited with status $?"; exit 1; }
if ! diff -u "$expected" "$actual"; then
    echo "output of $prog differs from $expected (above)"
    exit 1
fi
