#!/usr/bin/env bash
# suite.sh VALGRIND TEST_EXE [VALGRIND_OPTIONS...]: run a Criterion test program under memcheck,
# following its forked workers. A worker reports its result to the runner before valgrind's
# exit-time leak check runs, and the runner ignores the worker's exit status, so an error found
# in a worker would not fail the suite by itself: every process writes its own log here, and any
# error in any log fails the test.
set -u
vg=$1
exe=$2
shift 2
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
"$vg" "$@" --trace-children=yes --log-file="$logs/vg.%p" "$exe" --jobs=1
status=$?
bad=0
for f in "$logs"/vg.*; do
    [ -s "$f" ] || continue
    bad=1
    echo "== valgrind reported in $(basename "$f"):"
    cat "$f"
done
[ $status -eq 0 ] || echo "the test program exited with status $status"
[ $status -eq 0 ] && [ $bad -eq 0 ]
