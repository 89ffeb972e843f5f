#!/bin/sh
# Records FTP through the Linux kernel's NAT, with its FTP helper, for
# tests/cli/ct-nat.sh to compare ofct's NAT with: per scenario S,
#   S.in.pcap    the packets as they reach the NAT router, from either side
#   S.out.pcap   the same packets as the router sends them on, translated
# Both are captured on all the router's interfaces ("any": Linux cooked
# v2 frames, which name the interface), the first with tcpdump -Q in, the
# second with -Q out.
#
# Three network namespaces: the client (10.1.1.1, behind the router), the
# router (10.1.1.254 and the service address 10.1.1.100 inside,
# 10.1.2.254 outside) and the server (10.1.2.2, vsftpd).  The router's
# nftables assign the kernel's ftp helper to port 21 and either translate
# the client to the router's outside address (source NAT, "masquerade"),
# or the service address to the server (destination NAT).  Offloads are
# off, so that checksums are filled in and frames are not merged.
#
# Needs root, iproute2, ethtool, nftables, tcpdump, curl, vsftpd (and its
# "ftp" user) and a kernel with nf_nat_ftp.  Creates and deletes the
# namespaces ofct-nat-c, ofct-nat-r and ofct-nat-s and a temporary
# directory; touches nothing else.
# Usage: record-nat.sh [OUTPUT-DIRECTORY]
set -eu
out=$(cd "${1:-.}" && pwd)
C=ofct-nat-c
R=ofct-nat-r
S=ofct-nat-s
work=$(mktemp -d)
pids=

cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    ip netns del $C 2>/dev/null || true
    ip netns del $R 2>/dev/null || true
    ip netns del $S 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

ip netns add $C
ip netns add $R
ip netns add $S
ip link add veth-c netns $C type veth peer name in0 netns $R
ip link add veth-s netns $S type veth peer name out0 netns $R
ip -n $C addr add 10.1.1.1/24 dev veth-c
ip -n $R addr add 10.1.1.254/24 dev in0
ip -n $R addr add 10.1.1.100/24 dev in0
ip -n $R addr add 10.1.2.254/24 dev out0
ip -n $S addr add 10.1.2.2/24 dev veth-s
for ns in $C $R $S; do ip -n $ns link set lo up; done
ip -n $C link set veth-c up
ip -n $S link set veth-s up
ip -n $R link set in0 up
ip -n $R link set out0 up
ip -n $C route add default via 10.1.1.254
ip -n $S route add 10.1.1.0/24 via 10.1.2.254
ip netns exec $R sysctl -qw net.ipv4.ip_forward=1
ip netns exec $C ethtool -K veth-c tx off tso off gso off gro off >/dev/null
ip netns exec $S ethtool -K veth-s tx off tso off gso off gro off >/dev/null
for dev in in0 out0; do
    ip netns exec $R ethtool -K $dev tx off tso off gso off gro off \
        >/dev/null
done

# nat_rules snat|dnat: the router's rules.
nat_rules() {
    if [ "$1" = snat ]; then
        nat='chain post { type nat hook postrouting priority srcnat; oifname "out0" masquerade; }'
    else
        nat='chain pre_nat { type nat hook prerouting priority dstnat; ip daddr 10.1.1.100 tcp dport 21 dnat to 10.1.2.2; }'
    fi
    ip netns exec $R nft flush ruleset
    ip netns exec $R nft -f - <<NFT
table ip ofct_nat {
    ct helper ftp-std {
        type "ftp" protocol tcp
        l3proto ip
    }
    chain pre {
        type filter hook prerouting priority filter; policy accept;
        ct state new tcp dport 21 ct helper set "ftp-std"
    }
    $nat
}
NFT
}

mkdir -p "$work/empty" "$work/root"
seq 1 400 | sed 's/^/line /' >"$work/root/file.txt"
chmod 755 "$work" "$work/root"
cat >"$work/vsftpd.conf" <<EOF
listen=YES
listen_ipv6=NO
background=NO
anonymous_enable=YES
local_enable=NO
write_enable=NO
no_anon_password=YES
ftp_username=ftp
nopriv_user=nobody
secure_chroot_dir=$work/empty
seccomp_sandbox=NO
connect_from_port_20=YES
port_enable=YES
pasv_enable=YES
pasv_min_port=40000
pasv_max_port=40100
pasv_address=10.1.2.2
dirmessage_enable=NO
xferlog_enable=NO
EOF
home=$(getent passwd ftp | cut -d: -f6)
ip netns exec $S unshare --mount --propagation private sh -c \
    "mount --bind '$work/root' '$home' && exec vsftpd '$work/vsftpd.conf'" \
    >/dev/null 2>&1 &
pids="$pids $!"
sleep 1

# capture NAME snat|dnat COMMAND...: runs COMMAND in the client namespace
# through the NAT, recording what reaches the router and what leaves it.
capture() {
    name=$1
    nat_rules "$2"
    shift 2
    ip netns exec $R tcpdump -i any -Q in -U -w "$out/$name.in.pcap" tcp \
        2>/dev/null &
    ipid=$!
    ip netns exec $R tcpdump -i any -Q out -U -w "$out/$name.out.pcap" tcp \
        2>/dev/null &
    opid=$!
    sleep 1
    if ! ip netns exec $C "$@"; then
        echo "$name: the transfer failed" >&2
        exit 1
    fi
    sleep 2
    kill $ipid $opid 2>/dev/null || true
    wait $ipid $opid 2>/dev/null || true
}

url=ftp://10.1.2.2/file.txt
vip=ftp://10.1.1.100/file.txt
capture nat_ftp_port_snat snat curl -sS -o /dev/null -P - --disable-eprt $url
capture nat_ftp_eprt_snat snat curl -sS -o /dev/null -P - $url
capture nat_ftp_pasv_snat snat curl -sS -o /dev/null --disable-epsv $url
capture nat_ftp_pasv_dnat dnat curl -sS -o /dev/null --disable-epsv $vip
capture nat_ftp_port_dnat dnat curl -sS -o /dev/null -P - --disable-eprt $vip
