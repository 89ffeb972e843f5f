#!/bin/sh
# parse-flows benchmark (run by `make bench`; figures, not pass/fail):
# 100,000 generated flows with ct_state/ct_zone/ct_mark/ct_label matches
# and ct/nat/exec/ct_clear/resubmit actions (tests/bench/gen-flows.awk),
# through "ofct parse-flows", and through "ovs-ofctl parse-flows" when it
# is installed.  Prints wall time, flows per second and peak RSS (peak RSS
# needs GNU time, /usr/bin/time).  ovs-ofctl 3.x needs about 0.75 s and
# 39 MB here; ofct's target is 5 times faster in half the memory.
set -e
: "${OFCT:?}" "${srcdir:?}"
n=${N_FLOWS:-100000}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ofct-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

awk -v n="$n" -f "$srcdir/tests/bench/gen-flows.awk" >"$tmp/flows.txt"

# run NAME CMD...: times CMD (output discarded) and prints one line.
run() {
    name=$1; shift
    if [ -x /usr/bin/time ]; then
        /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >"$tmp/$name.out"
        read -r secs kb <"$tmp/time"
    else
        start=$(date +%s.%N)
        "$@" >"$tmp/$name.out"
        end=$(date +%s.%N)
        secs=$(awk -v s="$start" -v e="$end" 'BEGIN { print e - s }')
        kb=
    fi
    awk -v name="$name" -v n="$n" -v s="$secs" -v kb="$kb" 'BEGIN {
        printf "%-10s %d flows in %.3f s: %.0f flows/s", name, n, s,
               (s > 0 ? n / s : 0)
        if (kb != "") printf ", peak RSS %.1f MB", kb / 1024
        printf "\n" }'
}

echo "== parse-flows of $n flows"
run ofct "$OFCT" parse-flows "$tmp/flows.txt"
if command -v ovs-ofctl >/dev/null 2>&1; then
    run ovs-ofctl ovs-ofctl parse-flows "$tmp/flows.txt"
    if cmp -s "$tmp/ofct.out" "$tmp/ovs-ofctl.out"; then
        echo "outputs: identical"
    else
        echo "outputs: DIFFERENT"
    fi
fi
