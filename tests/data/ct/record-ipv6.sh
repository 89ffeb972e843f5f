#!/bin/sh
# Records the ipv6_*.pcap captures of this directory with the Linux
# kernel's connection table after each: real clients and servers (python's
# http.server and a UDP echo server, curl, a UDP client, ping) in two
# network namespaces joined by a veth pair, captured with tcpdump in the
# server's namespace, whose netfilter conntrack follows the traffic (an
# nftables rule that looks at ct state turns it on there).
#
# Needs root, iproute2, ethtool, nftables, conntrack, tcpdump, python3,
# curl and ping (iputils-ping).
# Creates and deletes the namespaces ofct-rec-c and ofct-rec-s; touches
# nothing else.  Usage: record-ipv6.sh [OUTPUT-DIRECTORY]
set -eu
out=$(cd "${1:-.}" && pwd)
C=ofct-rec-c
S=ofct-rec-s
pids=

cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    ip netns del $C 2>/dev/null || true
    ip netns del $S 2>/dev/null || true
}
trap cleanup EXIT INT TERM

ip netns add $C
ip netns add $S
ip link add veth-c netns $C type veth peer name veth-s netns $S
ip -n $C addr add fd00::1/64 dev veth-c nodad
ip -n $S addr add fd00::2/64 dev veth-s nodad
for ns in $C $S; do ip -n $ns link set lo up; done
ip -n $C link set veth-c up
ip -n $S link set veth-s up
# Without offload the senders fill in their checksums, so that the
# captures have real ones.
ip netns exec $C ethtool -K veth-c tx off >/dev/null
ip netns exec $S ethtool -K veth-s tx off >/dev/null
ip netns exec $S nft -f - <<'NFT'
table inet ofct_rec {
    chain pre {
        type filter hook prerouting priority 0; policy accept;
        ct state { new, established, related, invalid } counter
    }
}
NFT
# Per-connection packet and byte counters, as in the shared captures.
ip netns exec $S sysctl -qw net.netfilter.nf_conntrack_acct=1

ip netns exec $S python3 -m http.server --bind fd00::2 8080 \
    >/dev/null 2>&1 &
pids="$pids $!"
ip netns exec $S python3 -c '
import socket
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("fd00::2", 7777))
while True:
    data, peer = s.recvfrom(2048)
    s.sendto(b"echo: " + data, peer)
' &
pids="$pids $!"
sleep 1

# capture NAME COMMAND...: runs COMMAND in the client namespace while
# tcpdump records, then saves the kernel's table.
capture() {
    name=$1
    shift
    ip netns exec $S conntrack -F 2>/dev/null || true
    ip netns exec $S tcpdump -i veth-s -U -w "$out/$name.pcap" \
        'ip6 and not ip6[6] == 0 and not (ip6[6] == 58 and ip6[40] >= 130)' \
        2>/dev/null &
    tpid=$!
    sleep 1
    ip netns exec $C "$@" >/dev/null 2>&1 || true
    sleep 1
    kill $tpid
    wait $tpid 2>/dev/null || true
    ip netns exec $S conntrack -L -o extended >"$out/$name.conntrack.txt" \
        2>/dev/null || true
}

capture ipv6_tcp_http curl -sg 'http://[fd00::2]:8080/'
capture ipv6_udp_echo python3 -c '
import socket, time
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(("fd00::1", 34567))
for i in range(3):
    s.sendto(b"hello %d" % i, ("fd00::2", 7777))
    s.recvfrom(2048)
    time.sleep(0.2)
s.sendto(b"anyone?", ("fd00::2", 7999))
time.sleep(0.2)
'
capture ipv6_ping ping -6 -c 3 -i 0.2 fd00::2
