#!/bin/sh
# ofct's conntrack engine against Open vSwitch's userspace conntrack on the
# same machine (run by `make bench`; figures, not pass/fail):
#   A: Open vSwitch's own benchmark, `ovstest test-conntrack benchmark N
#      3000000 32`, against `ofct ct-bench --threads N`, on 1 and 2 threads;
#   B: 1,000,000 distinct UDP connections committed, then looked up in
#      random order: OVS through tests/bench/ovs-ct-lookup.c, which runs
#      ofct's workload packet for packet, against `ofct ct-bench --conns`.
# OVS_BUILD must name a built Open vSwitch tree (configured, with
# `make tests/ovstest` done, which builds lib/libopenvswitch.a too); without
# it this prints "skipped: OVS_BUILD not set" and succeeds.  Nothing here
# fetches or builds Open vSwitch.
#
# Each figure is the best and the median of BENCH_RUNS runs (default 5),
# the runs of OVS and ofct interleaved so that a change in the machine's
# load hits both.  One-thread runs are pinned to CPU 0 with taskset when it
# is there.  Read the load line first: on a busy machine the figures mean
# little (tests/bench/README.md has figures from a quiet one).
set -e
if [ -z "$OVS_BUILD" ]; then
    echo "== OVS comparison: skipped: OVS_BUILD not set"
    exit 0
fi
: "${OFCT:?}" "${srcdir:?}"
runs=${BENCH_RUNS:-5}
ovstest=$OVS_BUILD/tests/ovstest
libovs=$OVS_BUILD/lib/.libs/libopenvswitch.a
for f in "$ovstest" "$libovs" "$OVS_BUILD/config.h" "$OVS_BUILD/Makefile"; do
    if [ ! -f "$f" ]; then
        echo "ovs-compare: OVS_BUILD=$OVS_BUILD: no $f (configure Open" \
             "vSwitch there and run 'make tests/ovstest')" >&2
        exit 1
    fi
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ofct-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# The OVS tree's source directory (it may be built out of tree) and the
# libraries its library needs.
mkvar() {
    sed -n "s/^$1 *= *//p" "$OVS_BUILD/Makefile" | head -n 1
}
ovs_src=$(mkvar abs_top_srcdir)
ovs_libs="$(mkvar SSL_LIBS) $(mkvar CAPNG_LIBS) $(mkvar LIBS)"
# shellcheck disable=SC2086 # $ovs_libs is a list of options.
${CC:-cc} -O2 -g -I"$OVS_BUILD" -I"$OVS_BUILD/include" -I"$OVS_BUILD/lib" \
    -I"$ovs_src/include" -I"$ovs_src/lib" \
    -o "$tmp/ovs-ct-lookup" "$srcdir/tests/bench/ovs-ct-lookup.c" \
    "$libovs" $ovs_libs -lpthread -lrt -lm

exec_prog() {
    if [ -n "$LIBTOOL" ]; then
        "$LIBTOOL" --mode=execute "$@"
    else
        "$@"
    fi
}
# pin CMD...: runs CMD on CPU 0 (with taskset, if it is there).
pin() {
    if command -v taskset >/dev/null 2>&1; then
        exec_prog taskset -c 0 "$@"
    else
        exec_prog "$@"
    fi
}
# ms FILE: the "conntrack: N ms" figure of a run's output.
ms() {
    sed -n 's/^conntrack: *\([0-9]*\) ms.*/\1/p' "$1" | tail -n 1
}
bpc() {
    sed -n 's/^bytes per connection: *\([0-9]*\).*/\1/p' "$1" | head -n 1
}

version=$(sed -n 's/^#define PACKAGE_VERSION "\(.*\)"/\1/p' \
              "$OVS_BUILD/config.h")
echo "== OVS comparison: Open vSwitch $version," \
     "$(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), $runs runs"
i=0
while [ "$i" -lt "$runs" ]; do
    pin "$ovstest" test-conntrack benchmark 1 3000000 32 >"$tmp/o" 2>/dev/null
    ms "$tmp/o" >>"$tmp/a1.ovs"
    pin "$OFCT" ct-bench --threads 1 --packets 3000000 --batch 32 \
        >"$tmp/o"
    ms "$tmp/o" >>"$tmp/a1.ofct"
    "$ovstest" test-conntrack benchmark 2 3000000 32 >"$tmp/o" 2>/dev/null
    ms "$tmp/o" >>"$tmp/a2.ovs"
    exec_prog "$OFCT" ct-bench --threads 2 --packets 3000000 --batch 32 \
        >"$tmp/o"
    ms "$tmp/o" >>"$tmp/a2.ofct"
    pin "$tmp/ovs-ct-lookup" --conns 1000000 --packets 1000000 --random \
        --batch 32 >"$tmp/o"
    ms "$tmp/o" >>"$tmp/b.ovs"
    bpc "$tmp/o" >>"$tmp/bb.ovs"
    pin "$OFCT" ct-bench --conns 1000000 --packets 1000000 \
        --random --batch 32 >"$tmp/o"
    ms "$tmp/o" >>"$tmp/b.ofct"
    bpc "$tmp/o" >>"$tmp/bb.ofct"
    i=$((i + 1))
done

# stats FILE: "BEST MEDIAN" of the numbers in FILE (best: the smallest).
stats() {
    sort -n "$1" | awk '{ v[NR] = $1 } END {
        m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        print v[1], m }'
}
# line NAME PACKETS FILE-STEM: one line for OVS and ofct with ratios.
line() {
    # shellcheck disable=SC2046 # stats prints two words.
    set -- "$1" "$2" $(stats "$tmp/$3.ovs") $(stats "$tmp/$3.ofct")
    awk -v name="$1" -v n="$2" -v ob="$3" -v om="$4" -v fb="$5" -v fm="$6" '
    function mpps(ms) { return ms > 0 ? n / ms / 1000 : 0 }
    BEGIN {
        printf "%-25s OVS %4d ms (%5.1f Mpps), median %5.0f | ofct %4d" \
               " ms (%5.1f Mpps), median %5.0f | ofct %.1fx, median %.1fx\n",
               name, ob, mpps(ob), om, fb, mpps(fb), fm,
               (fb > 0 ? ob / fb : 0), (fm > 0 ? om / fm : 0) }'
}
echo "best and median of $runs runs, milliseconds (lower is better):"
line "A, 1 thread, 3M packets" 3000000 a1
line "A, 2 threads, 6M packets" 6000000 a2
line "B, 1M random lookups" 1000000 b
# shellcheck disable=SC2046 # stats prints two words.
set -- $(stats "$tmp/bb.ovs") $(stats "$tmp/bb.ofct")
awk -v o="$2" -v f="$4" 'BEGIN {
    printf "B, bytes per connection (peak RSS / connections, median):" \
           " OVS %.0f, ofct %.0f\n", o, f }'
