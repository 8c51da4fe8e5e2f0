#!/usr/bin/env bash
# expect-status.sh STATUS COMMAND...: run COMMAND; succeed only if it exits with STATUS.
want=$1
shift
"$@"
got=$?
[ "$got" -eq "$want" ] || { echo "expected exit status $want, got $got" >&2; exit 1; }
