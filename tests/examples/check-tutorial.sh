#!/usr/bin/env bash
# check-tutorial.sh DOC EXAMPLE EXPECTED AXLE: keep a tutorial chapter true to its example program.
# Every ```c block of DOC must appear, line for line, in the source EXAMPLE; every line of an
# untagged ``` block (program output) must be a line of EXPECTED; every "$ axle ARGS" line of a
# ```sh block is run with the command AXLE and must print the lines that follow it in DOC.
set -u
doc=$1 example=$2 expected=$3 axle=$4
source_text=$(<"$example")
failed=0
block="" kind="" cmd="" want=""
check_command() {
    [ -z "$cmd" ] && return
    local got
    got=$(eval "set -- $cmd" && "$axle" "$@" 2>&1)
    if [ "$got" != "${want%$'\n'}" ]; then
        printf '%s: "$ axle %s" prints\n%s\nnot\n%s\n' "$doc" "$cmd" "$got" "${want%$'\n'}"
        failed=1
    fi
    cmd="" want=""
}
while IFS= read -r line; do
    if [ -z "$kind" ]; then
        case $line in
        '```c') kind=c block="" ;;
        '```sh') kind=sh ;;
        '```') kind=out ;;
        '```'*) kind=other ;;
        esac
        continue
    fi
    if [ "$line" = '```' ]; then
        if [ "$kind" = c ] && [[ $source_text != *"${block%$'\n'}"* ]]; then
            printf '%s: this C block is not in %s:\n%s\n' "$doc" "$example" "$block"
            failed=1
        fi
        [ "$kind" = sh ] && check_command
        kind=""
        continue
    fi
    case $kind in
    c) block+="$line"$'\n' ;;
    out)
        if ! grep -Fxq -- "$line" "$expected"; then
            printf '%s: output line not in %s: %s\n' "$doc" "$expected" "$line"
            failed=1
        fi
        ;;
    sh)
        case $line in
        '$ axle '*) check_command; cmd=${line#'$ axle '} ;;
        '$ '*) check_command ;;
        *) [ -n "$cmd" ] && want+="$line"$'\n' ;;
        esac
        ;;
    esac
done <"$doc"
exit $failed
