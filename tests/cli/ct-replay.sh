#!/bin/sh
# ofct ct-replay and ct-bench: output formats, options, and errors on bad
# input.  Agreement with the kernel is in ct-kernel.sh.

. "$srcdir/tests/cli/testlib.sh"

data=$srcdir/tests/data/ct

# dpctl/dump-conntrack format.  After a RST, OVS's tracker shows
# TIME_WAIT where the kernel shows CLOSE.
run_ofct ct-replay --dump "$data/tcp_http_rst_ipv4.pcap"
expect "dpctl dump after a RST" 0 '*' ''
expect_grep "dpctl dump after a RST" out \
    'tcp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=38414,dport=8080),reply=(src=10.1.1.2,dst=10.1.1.1,sport=8080,dport=38414),protoinfo=(state=TIME_WAIT)'
run_ofct ct-replay --dump --format=conntrack "$data/tcp_http_rst_ipv4.pcap"
expect_grep "conntrack dump after a RST" out ' 6 30 CLOSE src=10.1.1.1 '

run_ofct ct-replay --zone 5 --dump "$data/udp_closed_port_icmp_ipv4.pcap"
expect "zone 5" 0 '1: new|trk
2: rel|rpl|trk
udp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=34567,dport=7999),reply=(src=10.1.1.2,dst=10.1.1.1,sport=7999,dport=34567),zone=5' ''

# -m: counters, ids, timeouts and per-peer TCP states.
run_ofct -m ct-replay --dump "$data/tcp_http_fin_ipv4.pcap"
expect_grep "-m dump" out 'sport=44280,dport=8080,packets=7,bytes=458)'
expect_grep "-m dump" out ',id=1,timeout=30,protoinfo=(state_orig=FIN_WAIT_2,state_reply=FIN_WAIT_2)'

# Without commit nothing is stored: a SYN+ACK without a connection is
# invalid, and every other segment could start (or pick up) one: new.
run_ofct ct-replay --no-commit --dump "$data/tcp_http_fin_ipv4.pcap"
expect "--no-commit" 0 '*' ''
if [ "$(grep -c 'new|trk$' "$tmp/out")" = 13 ] &&
   [ "$(grep -c '^2: inv|trk$' "$tmp/out")" = 1 ] &&
   ! grep -q '^tcp' "$tmp/out"; then
    pass
else
    fail "--no-commit: expected 13 new, the SYN+ACK invalid, no connection"
fi

# Timeouts: with udp_multiple at 1 s the replies 0.2 s apart still match.
run_ofct ct-replay --timeout udp_first=1 --timeout udp_multiple=1 \
    "$data/udp_echo_ipv4.pcap"
expect "--timeout" 0 '1: new|trk
2: est|rpl|trk
3: est|trk
4: est|rpl|trk
5: est|trk
6: est|rpl|trk' ''

# Several captures: one engine, packets numbered on across the files.
run_ofct ct-replay --dump "$data/udp_closed_port_icmp_ipv4.pcap" \
    "$data/udp_echo_ipv4.pcap"
expect "two captures" 0 '*' ''
expect_grep "two captures" out '3: new|trk'
expect_grep "two captures" out '8: est|rpl|trk'
if [ "$(grep -c '^udp,' "$tmp/out")" = 2 ]; then
    pass
else
    fail "two captures: expected both connections in the table"
fi

run_ofct ct-replay --no-tcp-seq-chk --no-l4-csum "$data/icmp_echo_ipv4.pcap"
expect "--no-tcp-seq-chk --no-l4-csum" 0 '*' ''

# A bad checksum: invalid, and -m says why.
cp "$data/udp_echo_ipv4.pcap" "$tmp/bad.pcap"
printf 'X' | dd of="$tmp/bad.pcap" bs=1 seek=83 conv=notrunc 2>/dev/null
run_ofct -m ct-replay "$tmp/bad.pcap"
expect_grep "bad checksum" out '1: inv|trk (UDP datagram at offset 34: bad checksum)'
expect_grep "bad checksum" out '2: new|trk'

# Errors.
run_ofct ct-replay
expect "no file" 2 '' '*'
run_ofct ct-replay --dump
expect "only options" 2 '' 'ofct: ct-replay: no capture file given'
run_ofct ct-replay --zone 65536 "$data/udp_echo_ipv4.pcap"
expect "zone too large" 2 '' \
    "ofct: --zone: '65536' is not a number from 0 to 65535"
run_ofct ct-replay --format=json "$data/udp_echo_ipv4.pcap"
expect "bad format" 2 '' "ofct: --format: 'json' is not dpctl or conntrack"
run_ofct ct-replay --timeout udp_last=3 "$data/udp_echo_ipv4.pcap"
expect "bad timeout" 2 '' \
    "ofct: --timeout: unknown timeout 'udp_last' (for example tcp_established, udp_first)"
run_ofct ct-replay --frobnicate "$data/udp_echo_ipv4.pcap"
expect "unknown option" 2 '' "ofct: ct-replay: unknown option '--frobnicate'"
run_ofct ct-replay "$tmp/missing.pcap"
expect_grep "missing file" err "ofct: $tmp/missing.pcap: "
[ "$rc" = 1 ] && pass || fail "missing file: exit status $rc"
printf 'not a capture\n' >"$tmp/text.pcap"
run_ofct ct-replay "$tmp/text.pcap"
expect_grep "not a capture" err "ofct: $tmp/text.pcap: "
[ "$rc" = 1 ] && pass || fail "not a capture: exit status $rc"

# A capture cut short: what was read is replayed, then the error.
head -c 300 "$data/udp_echo_ipv4.pcap" >"$tmp/cut.pcap"
run_ofct ct-replay "$tmp/cut.pcap"
expect "cut capture" 1 '1: new|trk
2: est|rpl|trk
3: est|trk' '*'
expect_grep "cut capture" err "after frame 3: truncated dump file"

# ct-bench runs both workloads (figures are for `make bench`).
run_ofct ct-bench --packets 3200 --threads 2
expect_grep "ct-bench A" out 'conntrack: '
expect_grep "ct-bench A" out 'connections: 2'
run_ofct ct-bench --conns 5000 --packets 5000 --random --batch 7
expect_grep "ct-bench B" out 'connections: 5000'
expect_grep "ct-bench B" out 'bytes per connection: '
run_ofct ct-bench --threads 0
expect "ct-bench --threads 0" 2 '' \
    "ofct: --threads: '0' is not a number from 1 to 256"
run_ofct ct-bench extra
expect "ct-bench extra argument" 2 '' \
    "ofct: ct-bench: unexpected argument 'extra'"

finish
