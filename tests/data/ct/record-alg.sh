#!/bin/sh
# Records the FTP captures of this directory that the shared set lacks,
# with the Linux kernel's verdict on every packet: FTP over IPv6 (EPRT,
# EPSV), EPRT over IPv4, and an FTP bounce attempt (PORT and EPRT naming
# a third host, which the kernel's helper must ignore) followed by a
# passive transfer.
#
# vsftpd serves in one network namespace, curl is the client in another,
# and a third one bridges them, as the shared captures were made: its
# netfilter conntrack follows the bridged traffic (br_netfilter), with the
# kernel's ftp helper assigned by nftables to port 21, and logs the
# kernel's verdict on each packet (after its conntrack hook, in
# prerouting) to NFLOG group 1, which tcpdump records beside the capture
# of the bridge's port to the server; a small Python program then pairs
# verdicts and frames.  The tracker sees the frames as the wire carries
# them (a tracker on the server would see the large segments that the
# server's TCP hands down before they are cut into frames).
# Per scenario S it writes, as the shared captures have them:
#   S.pcap            the frames, captured on the server's interface
#   S.pktstate.txt    frame, time, direction, the kernel's verdict, summary
#   S.conntrack.txt   conntrack -L -o extended after the traffic
#   S.expect.txt      conntrack -E expect during it, conntrack -L expect after
#
# Needs root, iproute2, ethtool, nftables, conntrack, tcpdump, python3,
# curl, vsftpd (and its "ftp" user) and a kernel with br_netfilter.
# Creates and deletes the namespaces ofct-alg-c, ofct-alg-b and ofct-alg-s
# and a temporary directory; touches nothing else.
# Usage: record-alg.sh [OUTPUT-DIRECTORY]
set -eu
out=$(cd "${1:-.}" && pwd)
C=ofct-alg-c
B=ofct-alg-b
S=ofct-alg-s
work=$(mktemp -d)
pids=

cleanup() {
    for p in $pids; do kill "$p" 2>/dev/null || true; done
    ip netns del $C 2>/dev/null || true
    ip netns del $B 2>/dev/null || true
    ip netns del $S 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

ip netns add $C
ip netns add $B
ip netns add $S
ip link add veth-c netns $C type veth peer name port-c netns $B
ip link add veth-s netns $S type veth peer name port-s netns $B
ip -n $B link add br0 type bridge
ip -n $B link set port-c master br0
ip -n $B link set port-s master br0
ip -n $C addr add 10.1.1.1/24 dev veth-c
ip -n $S addr add 10.1.1.2/24 dev veth-s
ip -n $C addr add fd00::1/64 dev veth-c nodad
ip -n $S addr add fd00::2/64 dev veth-s nodad
for ns in $C $B $S; do ip -n $ns link set lo up; done
for dev in port-c port-s br0; do ip -n $B link set $dev up; done
ip -n $C link set veth-c up
ip -n $S link set veth-s up
# Without offloads the senders fill in their checksums, and the bridge
# does not merge frames.
ip netns exec $C ethtool -K veth-c tx off tso off gso off gro off >/dev/null
ip netns exec $S ethtool -K veth-s tx off tso off gso off gro off >/dev/null
for dev in port-c port-s; do
    ip netns exec $B ethtool -K $dev tx off tso off gso off gro off >/dev/null
done
ip netns exec $B sysctl -qw net.netfilter.nf_conntrack_acct=1
ip netns exec $B sysctl -qw net.bridge.bridge-nf-call-iptables=1
ip netns exec $B sysctl -qw net.bridge.bridge-nf-call-ip6tables=1

# One rule per verdict, named as the shared captures name them.  Only the
# headers and the start of the payload are logged: whole large segments
# overflow the kernel's logging buffer and are lost.
{
    cat <<'NFT'
table inet ofct_rec {
    ct helper ftp-std {
        type "ftp" protocol tcp
        l3proto inet
    }
    chain pre {
        type filter hook prerouting priority 0; policy accept;
        ct state new tcp dport 21 ct helper set "ftp-std"
        jump verdict
    }
    chain verdict {
        ct state invalid log group 1 snaplen 128 prefix "INVALID" accept
        ct state untracked log group 1 snaplen 128 prefix "UNTRACKED" accept
NFT
    for state in new established related; do
        for dir in original reply; do
            d=$(echo $dir | cut -c1-4 | sed 's/repl/reply/')
            v=$(echo $state | tr a-z A-Z)
            echo "        ct state $state ct direction $dir ct status expected log group 1 snaplen 128 prefix \"$v $d expected\" accept"
            echo "        ct state $state ct direction $dir log group 1 snaplen 128 prefix \"$v $d\" accept"
        done
    done
    echo "        log group 1 snaplen 128 prefix \"UNKNOWN\" accept"
    echo "    }"
    echo "}"
} >"$work/rules.nft"
ip netns exec $B nft -f "$work/rules.nft"

# Anonymous FTP serves the home of the "ftp" user (the vsftpd package's,
# /srv/ftp); our files are mounted over it in vsftpd's own mount
# namespace only.
mkdir -p "$work/empty" "$work/root"
seq 1 400 | sed 's/^/line /' >"$work/root/file.txt"
printf 'hello\n' >"$work/root/small.txt"
chmod 755 "$work" "$work/root"
cat >"$work/vsftpd.conf" <<EOF
listen=NO
listen_ipv6=YES
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
dirmessage_enable=NO
xferlog_enable=NO
EOF
home=$(getent passwd ftp | cut -d: -f6)
ip netns exec $S unshare --mount --propagation private sh -c \
    "mount --bind '$work/root' '$home' && exec vsftpd '$work/vsftpd.conf'" \
    >/dev/null 2>&1 &
pids="$pids $!"
sleep 1

# capture NAME COMMAND...: runs COMMAND in the client namespace while
# tcpdump records the frames and the verdicts, then saves the kernel's
# tables and pairs verdicts with frames.
capture() {
    name=$1
    shift
    ip netns exec $B conntrack -F 2>/dev/null || true
    ip netns exec $B conntrack -F expect 2>/dev/null || true
    ip netns exec $B tcpdump -i port-s -U -w "$out/$name.pcap" \
        'tcp or udp or icmp or (icmp6 and ip6[40] < 128)' 2>/dev/null &
    tpid=$!
    ip netns exec $B tcpdump -i nflog:1 -U -w "$work/$name.nflog" \
        2>/dev/null &
    npid=$!
    ip netns exec $B conntrack -E expect -o timestamp \
        >"$work/$name.events" 2>"$work/$name.events.err" &
    epid=$!
    sleep 1
    ip netns exec $C "$@" >"$work/$name.client" 2>&1 || true
    # The kernel hands NFLOG records over in batches, at the latest after
    # a second.
    sleep 3
    kill $tpid $npid $epid 2>/dev/null || true
    wait $tpid $npid $epid 2>/dev/null || true
    {
        echo "# conntrack -L -o extended   (bridge namespace, after the traffic)"
        ip netns exec $B conntrack -L -o extended 2>&1
    } >"$out/$name.conntrack.txt"
    {
        echo "# conntrack -E expect -o timestamp   (expectation events, started before the traffic)"
        cat "$work/$name.events" "$work/$name.events.err"
        echo
        echo "# conntrack -L expect   (after the traffic)"
        ip netns exec $B conntrack -L expect 2>&1
    } >"$out/$name.expect.txt"
    python3 - "$out/$name.pcap" "$work/$name.nflog" \
        >"$out/$name.pktstate.txt" <<'PY'
# Pairs each frame of the capture with the kernel's verdict on it: the
# first unused NFLOG record whose IP packet (its first 128 bytes, as
# logged) is the frame's, the L4 checksum aside (a locally sent packet is
# logged before its checksum is filled in).  A large segment that the
# server sends is logged once, before it is cut into the frames on the
# wire: those frames take its verdict.
import struct, sys

def records(path):
    with open(path, 'rb') as f:
        data = f.read()
    magic = data[:4]
    endian = '<' if magic in (b'\xd4\xc3\xb2\xa1', b'\x4d\x3c\xb2\xa1') else '>'
    nano = magic in (b'\x4d\x3c\xb2\xa1', b'\xa1\xb2\x3c\x4d')
    link = struct.unpack(endian + 'I', data[20:24])[0]
    ofs = 24
    while ofs + 16 <= len(data):
        sec, frac, incl, _ = struct.unpack(endian + 'IIII', data[ofs:ofs + 16])
        yield link, sec + frac / (1e9 if nano else 1e6), data[ofs + 16:ofs + 16 + incl]
        ofs += 16 + incl

def l4_offset(ip):
    return (ip[0] & 15) * 4 if ip[0] >> 4 == 4 else 40

def l4_proto(ip):
    return ip[9] if ip[0] >> 4 == 4 else ip[6]

def key(ip):
    b = bytearray(ip)
    o, p = l4_offset(ip), l4_proto(ip)
    if p == 6 and len(b) >= o + 18:
        b[o + 16:o + 18] = b'\0\0'
    elif p == 17 and len(b) >= o + 8:
        b[o + 6:o + 8] = b'\0\0'
    return bytes(b)

def nflog(path):
    out = []
    for link, _, rec in records(path):
        prefix, payload, ofs = None, None, 4
        while ofs + 4 <= len(rec):
            tlen, ttype = struct.unpack('<HH', rec[ofs:ofs + 4])
            if tlen < 4:
                break
            value = rec[ofs + 4:ofs + tlen]
            if ttype == 10:
                prefix = value.split(b'\0')[0].decode()
            elif ttype == 9:
                payload = value
            ofs += (tlen + 3) & ~3
        if prefix is not None and payload is not None:
            out.append([key(payload), prefix, False, tcp_span(payload)])
    return out

def tcp_span(ip):
    """For TCP: (addresses, ports and ack), first and end sequence number."""
    o = l4_offset(ip)
    if l4_proto(ip) != 6 or len(ip) < o + 20:
        return None
    total = (struct.unpack('>H', ip[2:4])[0] if ip[0] >> 4 == 4
             else 40 + struct.unpack('>H', ip[4:6])[0])
    seq = struct.unpack('>I', ip[o + 4:o + 8])[0]
    ident = bytes(ip[12:20] if ip[0] >> 4 == 4 else ip[8:40]) + ip[o:o + 4] \
        + ip[o + 8:o + 12]
    return ident, seq, seq + total - o - (ip[o + 12] >> 4) * 4

def addr(ip, src):
    if ip[0] >> 4 == 4:
        a = ip[12:16] if src else ip[16:20]
        return '.'.join(str(x) for x in a)
    import ipaddress
    return str(ipaddress.IPv6Address(ip[8:24] if src else ip[24:40]))

def summary(ip):
    o, p = l4_offset(ip), l4_proto(ip)
    fam = 'IPv4' if ip[0] >> 4 == 4 else 'IPv6'
    s, d = addr(ip, True), addr(ip, False)
    if p == 6:
        sp, dp, seq, ack = struct.unpack('>HHII', ip[o:o + 12])
        flags = ip[o + 13]
        f = ''.join(c for c, bit in (('F', 1), ('S', 2), ('R', 4), ('P', 8),
                                     ('A', 16)) if flags & bit)
        f = ''.join(c for c in 'SFRPA' if c in f)
        plen = (struct.unpack('>H', ip[2:4])[0] if fam == 'IPv4'
                else 40 + struct.unpack('>H', ip[4:6])[0]) - o - (ip[o + 12] >> 4) * 4
        return '%s TCP %s:%d > %s:%d [%s] seq=%d ack=%d len=%d' % (
            fam, s, sp, d, dp, f, seq, ack, plen)
    if p == 17:
        sp, dp, ulen = struct.unpack('>HHH', ip[o:o + 6])
        return '%s UDP %s:%d > %s:%d len=%d' % (fam, s, sp, d, dp, ulen - 8)
    return '%s proto %d %s > %s' % (fam, p, s, d)

verdicts = nflog(sys.argv[2])
print('# per-packet kernel verdict (bridge namespace, inet prerouting, after conntrack)')
print('# columns (TAB separated): frame | t (s) | dir (c>s, s>c) | verdict | - | packet')
t0 = None
missing = 0
for n, (link, ts, frame) in enumerate(records(sys.argv[1]), 1):
    ip = frame[14:]
    t0 = ts if t0 is None else t0
    k = key(ip)
    verdict = 'NONE'
    for v in verdicts:
        if not v[2] and v[0] == k[:len(v[0])]:
            v[2] = True
            verdict = v[1]
            break
    span = tcp_span(ip)
    for v in verdicts if verdict == 'NONE' and span else []:
        if (v[3] and v[3][0] == span[0] and v[3][1] <= span[1]
                and span[2] <= v[3][2] and v[3][2] - v[3][1] > span[2] - span[1]):
            v[2] = True
            verdict = v[1]
            break
    missing += verdict == 'NONE'
    server = addr(ip, True) in ('10.1.1.2', 'fd00::2')
    print('%d\t%.6f\t%s\t%s\t-\t%s' % (n, ts - t0, 's>c' if server else 'c>s',
                                       verdict, summary(ip)))
print('# %d frames, %d without a verdict, %d verdicts without a frame' % (
    n, missing, sum(1 for v in verdicts if not v[2])))
PY
}

capture ftp_eprt_ipv4 curl -s -P - ftp://10.1.1.2/ ftp://10.1.1.2/file.txt
capture ftp_eprt_ipv6 curl -s -g -P - 'ftp://[fd00::2]/' \
    'ftp://[fd00::2]/file.txt'
capture ftp_epsv_ipv6 curl -s -g 'ftp://[fd00::2]/' \
    'ftp://[fd00::2]/file.txt'
capture ftp_bounce_ipv4 curl -s -Q '*PORT 10,1,1,3,0,25' \
    -Q '*EPRT |1|10.1.1.3|25|' ftp://10.1.1.2/small.txt
