#!/bin/sh
# parse-flows benchmark (run by `make bench`; figures, not pass/fail):
# 100,000 generated flows with ct_state/ct_zone/ct_mark/ct_label matches
# and ct/nat/exec/ct_clear/resubmit actions (tests/bench/gen-flows.awk),
# through "ofct parse-flows", and through "ovs-ofctl parse-flows" when it
# is installed.  ovs-ofctl 3.x needs about 0.75 s and 39 MB here; ofct's
# target is 5 times faster in half the memory.
#
# For each tool it prints the best wall time of BENCH_RUNS runs (default
# 5: the machine may be busy, and the fastest run is the one least
# disturbed), flows per second, peak RSS (needs GNU time, /usr/bin/time),
# and instructions: counted by "perf stat" where the kernel allows it,
# else by valgrind's callgrind over the first BENCH_INSTR_FLOWS flows
# (default 10,000; 0 skips it), which is slower but exact and repeatable
# on a loaded machine.  Then the ratios of ovs-ofctl's figures to ofct's.
#
# LIBTOOL, when set (make bench sets it), runs the real program rather
# than libtool's wrapper script, whose start-up would count in the time.
set -e
: "${OFCT:?}" "${srcdir:?}"
n=${N_FLOWS:-100000}
runs=${BENCH_RUNS:-5}
instr_flows=${BENCH_INSTR_FLOWS:-10000}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ofct-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

awk -v n="$n" -f "$srcdir/tests/bench/gen-flows.awk" >"$tmp/flows.txt"
if [ "$instr_flows" -gt "$n" ]; then
    instr_flows=$n
fi
head -n "$instr_flows" "$tmp/flows.txt" >"$tmp/flows-instr.txt"

# exec_prog CMD...: runs CMD, through "libtool --mode=execute" if LIBTOOL
# is set so that a libtool wrapper among the arguments becomes the real
# program.
exec_prog() {
    if [ -n "$LIBTOOL" ]; then
        "$LIBTOOL" --mode=execute "$@"
    else
        "$@"
    fi
}

# time_once NAME CMD...: one run of CMD; sets 'secs' and 'kb' ('kb' empty
# without GNU time).  The clock is read around CMD alone (/usr/bin/time's
# %e has only 10 ms resolution).
time_once() {
    name=$1; shift
    : >"$tmp/time"
    exec_prog sh -c '
        out=$1 tf=$2; shift 2
        start=$(date +%s.%N)
        if [ -x /usr/bin/time ]; then
            /usr/bin/time -f %M -o "$tf" "$@" >"$out"
        else
            "$@" >"$out"
        fi
        end=$(date +%s.%N)
        echo "$start $end" >>"$tf"' sh "$tmp/$name.out" "$tmp/time" "$@"
    kb=$(awk 'NF == 1 { print $1 }' "$tmp/time")
    secs=$(awk 'NF == 2 { print $2 - $1 }' "$tmp/time")
}

# instructions CMD... FILE: instructions CMD needs for FILE, with the
# number of flows they are for ("N M"), or nothing if nothing counts
# them.
instructions() {
    if command -v perf >/dev/null 2>&1 \
       && exec_prog perf stat -x, -e instructions:u -o "$tmp/perf" \
              "$@" "$tmp/flows.txt" >/dev/null 2>&1; then
        count=$(awk -F, '/instructions/ { print $1 }' "$tmp/perf")
        case $count in
            '' | *[!0-9]*) ;;
            *) echo "$count $n"; return ;;
        esac
    fi
    if [ "$instr_flows" -gt 0 ] && command -v valgrind >/dev/null 2>&1 \
       && exec_prog valgrind --tool=callgrind --callgrind-out-file=/dev/null \
              "$@" "$tmp/flows-instr.txt" >/dev/null 2>"$tmp/vg"; then
        count=$(sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$tmp/vg" \
                | tr -d ,)
        if [ -n "$count" ]; then
            echo "$count $instr_flows"
        fi
    fi
}

# run NAME CMD...: times CMD on the flows and prints one line; leaves
# the figures in NAME_secs, NAME_kb, NAME_ipf (instructions per flow),
# with '-' in NAME read as '_'.
run() {
    label=$1; shift
    name=$(echo "$label" | tr - _)
    best=; best_kb=
    i=0
    while [ "$i" -lt "$runs" ]; do
        time_once "$name" "$@" "$tmp/flows.txt"
        if [ -z "$best" ] || awk -v a="$secs" -v b="$best" \
                                 'BEGIN { exit !(a < b) }'; then
            best=$secs
        fi
        if [ -n "$kb" ] && { [ -z "$best_kb" ] || [ "$kb" -gt "$best_kb" ]; }
        then
            best_kb=$kb
        fi
        i=$((i + 1))
    done
    ins=$(instructions "$@")
    line=$(awk -v name="$label" -v n="$n" -v s="$best" -v kb="$best_kb" \
               -v runs="$runs" -v ins="$ins" 'BEGIN {
        printf "%-10s %d flows in %.3f s (best of %d): %.0f flows/s", name,
               n, s, runs, (s > 0 ? n / s : 0)
        if (kb != "") printf ", peak RSS %.1f MB", kb / 1024
        if (split(ins, f, " ") == 2)
            printf ", %.0f instructions/flow (%s flows)", f[1] / f[2], f[2]
        printf "\n" }')
    echo "$line"
    eval "${name}_secs=\$best ${name}_kb=\$best_kb"
    eval "${name}_ipf=\$(echo \"\$ins\" | awk 'NF == 2 { print \$1 / \$2 }')"
}

echo "== parse-flows of $n flows"
run ofct "$OFCT" parse-flows
if command -v ovs-ofctl >/dev/null 2>&1; then
    run ovs-ofctl ovs-ofctl parse-flows
    if cmp -s "$tmp/ofct.out" "$tmp/ovs_ofctl.out"; then
        echo "outputs: identical"
    else
        echo "outputs: DIFFERENT"
    fi
    awk -v os="$ovs_ofctl_secs" -v fs="$ofct_secs" \
        -v ok="$ovs_ofctl_kb" -v fk="$ofct_kb" \
        -v oi="$ovs_ofctl_ipf" -v fi="$ofct_ipf" 'BEGIN {
        printf "ofct vs ovs-ofctl: %.1fx faster", (fs > 0 ? os / fs : 0)
        if (ok != "" && fk != "")
            printf ", %.1f%% of its peak RSS", 100 * fk / ok
        if (oi != "" && fi != "" && fi > 0)
            printf ", %.1fx fewer instructions", oi / fi
        printf " (target: 5x faster, at most 50%% of the memory)\n" }'
fi
