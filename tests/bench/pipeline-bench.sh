#!/bin/sh
# Pipeline benchmarks (run by `make bench`; figures, not pass/fail):
#   A: a table of 100,000 flows in a dozen shapes: load time, classifier
#      lookups per second, whole packets per second (tests/bench-pipeline).
#   B: ofct replay of a generated capture of 1,000,000 packets (100,000
#      TCP connections, 10 packets each) through a 1,000-flow table that
#      sends every packet through ct and recirculates it, commits the new
#      connections by client subnet and passes the established ones.
set -e
: "${OFCT:?}"
builddir=${builddir:-$(dirname "$(dirname "$OFCT")")}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ofct-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

echo "== A: 100,000 flows"
"$builddir/tests/bench-pipeline" 100000 4000000

echo "== B: replay of 1,000,000 packets through 1,000 flows with ct"
{
    echo "table=0,priority=100,ip,ct_state=-trk,actions=ct(table=1)"
    i=0
    while [ $i -lt 996 ]; do
        echo "table=1,priority=10,ct_state=+trk+new,tcp,nw_src=10.$((i / 256)).$((i % 256)).0/24,tp_dst=80,actions=ct(commit),output:2"
        i=$((i + 1))
    done
    echo "table=1,priority=20,ct_state=+trk+est,tcp,nw_dst=10.255.0.1,actions=output:2"
    echo "table=1,priority=20,ct_state=+trk+est,tcp,nw_src=10.255.0.1,actions=output:1"
    echo "table=1,priority=0,actions=drop"
} >"$tmp/bench.flows"
"$OFCT" ct-bench --write-pcap "$tmp/big.pcap" --conns 100000
start=$(date +%s.%N)
"$OFCT" replay -q --flows "$tmp/bench.flows" -i "1=$tmp/big.pcap" \
    >"$tmp/out"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN {
    printf "replay: 1000000 packets in %.0f ms: %.0f packets per second\n",
           (e - s) * 1000, 1000000 / (e - s) }'
# Where the packets went, from the flow counters.
awk '/^ cookie=/ {
    n = $4; sub(/n_packets=/, "", n); sub(/,/, "", n)
    if ($0 ~ /table=0,/) t0 += n
    else if ($0 ~ /ct_state=\+new/) new += n
    else if ($0 ~ /est/) est += n
    else other += n
} END {
    printf "flows hit: table 0 %d, commits %d, established %d, other %d\n",
           t0, new, est, other
}' "$tmp/out"
