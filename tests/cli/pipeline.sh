#!/bin/sh
# ofct replay and trace: the FTP firewall of Open vSwitch's conntrack
# design over real captures (tests/data/pipeline/, see its README.md), in
# the syntax it was written in and in today's; output captures; errors.
. "$srcdir/tests/cli/testlib.sh"

d=$srcdir/tests/data/pipeline

# replay_fw TABLE SCENARIO: replays a scenario's captures.
replay_fw() {
    run_ofct replay --flows "$d/$1" -i "1=$d/$2.p1.pcap" \
        -i "2=$d/$2.p2.pcap"
}

# Active FTP from host 1 (port 1) to the server, host 2 (port 2): the
# server's data connection from port 20 is related and allowed.
for flows in ftp-fw.flows ftp-fw.old.flows; do
    replay_fw $flows ftp-fw.active
    expect "$flows: active FTP replays" 0 '*' ''
    expect_grep "$flows: the data connection's SYN is related, allowed" out \
        '20: in_port=2 tcp 10.1.1.2:20 > 10.1.1.1:53245 [S]: 0:5 ct(new|rel|trk) 0:7 -> 1'
    expect_grep "$flows: its data is related too" out \
        '24: in_port=2 tcp 10.1.1.2:20 > 10.1.1.1:53245 [.] len 1448: 0:5 ct(new|rel|trk) 0:7 -> 1'
    expect_grep "$flows: the control connection is committed" out \
        '3: in_port=1 tcp 10.1.1.1:60382 > 10.1.1.2:21 [S]: 0:4 -> 2'
    expect_grep "$flows: and its replies established" out \
        '4: in_port=2 tcp 10.1.1.2:21 > 10.1.1.1:60382 [S.]: 0:5 ct(est|rpl|trk) 0:6 -> 1'
    if grep -q -- '-> drop' "$tmp/out"; then
        fail "$flows: active FTP drops nothing"
    else
        pass
    fi
    cp "$tmp/out" "$tmp/$flows.active"
done
# The early syntax is normalized: the same output, flows printed today's
# way.
if cmp -s "$tmp/ftp-fw.flows.active" "$tmp/ftp-fw.old.flows.active"; then
    pass
else
    fail "conn_state and ct(recirc) run as ct_state and ct(table=0)"
fi
expect_grep "flows are printed in today's syntax" out \
    ' cookie=0x0, duration=0.006s, table=0, n_packets=20, n_bytes=4612, idle_age=0, ct_state=-trk,tcp,in_port=2 actions=ct(table=0)'
expect_grep "the related flow's counters" out \
    ' cookie=0x0, duration=0.006s, table=0, n_packets=5, n_bytes=3338, idle_age=0, ct_state=+rel+trk,tcp,in_port=2 actions=output:1'
expect_grep "the connection table follows the flows" out \
    'tcp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=60382,dport=21),reply=(src=10.1.1.2,dst=10.1.1.1,sport=21,dport=60382),protoinfo=(state=TIME_WAIT),helper=ftp'

# From host 2, FTP to host 1 is dropped at its first SYN.
for flows in ftp-fw.flows ftp-fw.old.flows ftp-fw2.flows ftp-fw2.old.flows
do
    replay_fw $flows ftp-fw.reverse
    expect_grep "$flows: reverse FTP dropped at the first SYN" out \
        '3: in_port=2 tcp 10.1.1.2:58056 > 10.1.1.1:21 [S]: 0:5 ct(new|trk) 0:1 -> drop'
    expect_grep "$flows: no connection is committed" out '== connections'
    if sed -n '/^== connections/,$p' "$tmp/out" | grep -q '^tcp'; then
        fail "$flows: reverse FTP leaves no connection"
    else
        pass
    fi
done

# The second table commits the related data connection, after which its
# packets are established.
replay_fw ftp-fw2.old.flows ftp-fw2.active
expect_grep "ftp-fw2: the data SYN is committed as related" out \
    'in_port=2 tcp 10.1.1.2:20 > 10.1.1.1:46395 [S]: 0:5 ct(new|rel|trk) 0:7 -> 1'
expect_grep "ftp-fw2: then established" out \
    'in_port=2 tcp 10.1.1.2:20 > 10.1.1.1:46395 [.]: 0:5 ct(est|rel|trk) 0:6 -> 1'

# -o writes what left each port: every packet of host 1 went out on port
# 2 and the other way round; -q leaves only the tables.
run_ofct replay -q --flows "$d/ftp-fw.flows" -i "1=$d/ftp-fw.active.p1.pcap" \
    -i "2=$d/ftp-fw.active.p2.pcap" -o "1=$tmp/to1.pcap" -o "2=$tmp/to2.pcap"
expect "-o and -q" 0 '*' ''
expect_grep "-q prints the tables first" out '== flows'
if [ "$(head -1 "$tmp/out")" = "== flows" ]; then pass; else
    fail "-q prints no packet line"; fi
run_ofct ct-replay --no-commit "$tmp/to2.pcap"
if [ "$(wc -l <"$tmp/out")" -eq 18 ]; then pass; else
    fail "port 2 got host 1's 18 packets"; fi
run_ofct ct-replay --no-commit "$tmp/to1.pcap"
if [ "$(wc -l <"$tmp/out")" -eq 21 ]; then pass; else
    fail "port 1 got host 2's 21 packets"; fi

# ct with nat: host 1's packets leave port 2 source-NATed, checksums right
# (a checksum error would make the conntrack engine find them invalid).
printf 'in_port=1,tcp,actions=ct(commit,nat(src=10.1.1.100)),2\n' \
    >"$tmp/nat.flows"
run_ofct replay -q --flows "$tmp/nat.flows" -i "1=$d/ftp-fw.active.p1.pcap" \
    -o "2=$tmp/nat.pcap"
expect_grep "the NAT connection's reply tuple" out \
    'tcp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=60382,dport=21),reply=(src=10.1.1.2,dst=10.1.1.100,sport=21,dport=60382),protoinfo=(state=CLOSING)'
printf 'ip,nw_src=10.1.1.100,actions=ct(commit),1\n' >"$tmp/count.flows"
run_ofct replay --flows "$tmp/count.flows" -i "2=$tmp/nat.pcap"
expect_grep "the first SYN left NATed" out \
    '1: in_port=2 tcp 10.1.1.100:60382 > 10.1.1.2:21 [S]: 0:1 -> 1'
expect_grep "16 of 17 did, with valid checksums" out \
    ' cookie=0x0, duration=0.005s, table=0, n_packets=16, n_bytes=1154, idle_age=0, ip,nw_src=10.1.1.100 actions=ct(commit),output:1'
expect_grep "a SYN-ACK that starts no connection is not translated" out \
    '10: in_port=2 tcp 10.1.1.1:53245 > 10.1.1.2:20 [S.]: 0:miss -> drop'
if sed -n '/^== connections/,$p' "$tmp/out" | grep -q 'src=10.1.1.100'; then
    pass
else
    fail "the NATed packets track as connections of 10.1.1.100"
fi

# A flow with a hard timeout of 2 s expires on the capture's clock: the
# FIN, 4 s after the first packet, falls to the drop flow, and the dump
# no longer shows the expired flow.
printf 'in_port=1,tcp,hard_timeout=2,actions=2\npriority=0,actions=drop\n' \
    >"$tmp/expire.flows"
run_ofct replay --flows "$tmp/expire.flows" -i "1=$d/ftp-fw.eprt.p1.pcap"
expect_grep "a flow before its hard timeout" out \
    '10: in_port=1 tcp 10.1.1.1:57892 > 10.1.1.2:21 [P.] len 16: 0:1 -> 2'
expect_grep "a flow after its hard timeout" out \
    '11: in_port=1 tcp 10.1.1.1:57892 > 10.1.1.2:21 [F.]: 0:2 -> drop'
if sed -n '/^== flows/,/^== connections/p' "$tmp/out" | grep -q 'hard_timeout'
then
    fail "the expired flow is still in the dump"
else
    pass
fi

# Errors.
run_ofct replay -i "1=$d/ftp-fw.active.p1.pcap"
expect "replay needs --flows" 2 '' 'ofct: replay: --flows FILE is required'
run_ofct replay --flows "$d/ftp-fw.flows"
expect "replay needs -i" 2 '' \
    'ofct: replay: give the captures as -i PORT=CAPTURE'
run_ofct replay --flows "$d/ftp-fw.flows" -i "$d/ftp-fw.active.p1.pcap"
expect "-i needs a port" 2 '' \
    "ofct: -i: '$d/ftp-fw.active.p1.pcap' is not PORT=FILE"
run_ofct replay --flows "$d/ftp-fw.flows" -i "x=$d/ftp-fw.active.p1.pcap"
expect "-i needs a port number" 2 '' "ofct: -i: 'x' is not an OpenFlow port"
run_ofct replay --flows "$d/nonexistent.flows" -i "1=$d/ftp-fw.active.p1.pcap"
expect "a missing flow file" 1 '' \
    "ofct: $d/nonexistent.flows: No such file or directory"
run_ofct replay --flows "$d/ftp-fw.flows" -i "1=$tmp/nope.pcap"
expect "a missing capture" 1 '' \
    "ofct: $tmp/nope.pcap: $tmp/nope.pcap: No such file or directory"
run_ofct replay --flows "$d/ftp-fw.flows" -i "1=$d/ftp-fw.active.p1.pcap" \
    -o "2=$tmp/no/such/dir.pcap"
expect "an output that cannot be written" 1 '' \
    "ofct: $tmp/no/such/dir.pcap: $tmp/no/such/dir.pcap: No such file or directory"
printf 'ip,actions=1\ntcp,actions=ct(bogus)\n' >"$tmp/bad.flows"
run_ofct replay --flows "$tmp/bad.flows" -i "1=$d/ftp-fw.active.p1.pcap"
expect "a bad flow names its line" 1 '' \
    "ofct: $tmp/bad.flows:2: invalid argument to \"ct\" action: \`bogus'"
run_ofct trace --flows "$d/ftp-fw.flows" --ct-next trk,bogus 'in_port=1,tcp'
expect "--ct-next checks its flags" 2 '' \
    'ofct: --ct-next: trk,bogus: unknown ct_state flag "bogus" (new, est, rel, rpl, inv, trk, snat, dnat)'
run_ofct trace --flows "$d/ftp-fw.flows"
expect "trace needs a flow" 2 '' \
    'ofct: trace: give one FLOW to trace (and no -i or -o)'
run_ofct trace --flows "$d/ftp-fw.flows" 'in_port=1,tcp,bogus=1'
expect "trace reports a bad flow" 1 '' 'ofct: unknown keyword bogus'

finish
