#!/bin/bash
# Records what Open vSwitch does with the FTP firewall tables, for
# tests/cli/pipeline-ovs.sh: real FTP traffic through a real switch, the
# packets each port received, and the switch's flow and connection tables
# afterwards.  Run as root on Debian 12 with openvswitch-switch, vsftpd,
# curl, tcpdump and ethtool; it writes into the directory it sits in.
#
#   tests/data/pipeline/record-ovs.sh [START_SWITCH_SH]
#
# START_SWITCH_SH is the script that starts a private switch with a
# userspace-datapath bridge br0 in a directory (default:
# ../shared/ovs/start-switch.sh from the top of the source tree); its
# sibling stop-switch.sh stops it.
#
# Two namespaces, "host 1" (10.1.1.1, switch port 1) and "host 2"
# (10.1.1.2, switch port 2), are joined to br0 through veth pairs with
# ofport_request.  Each runs vsftpd (active mode from port 20, passive
# mode allowed).  For each table (ftp-fw: the firewall of the ALG design,
# ftp-fw2: its variant that commits the related data connection) and each
# scenario, the switch starts empty, the flows go in with ovs-ofctl, and:
#
#   active   host 1 downloads a file from host 2 in active mode (PORT)
#   passive  host 1 downloads a file from host 2 in passive mode (PASV)
#   eprt     the same as active with EPRT, which OVS's ALG reads only for
#            IPv6: OVS drops the data connection, ofct (as Linux) relates
#            it
#   epsv     the same as passive with EPSV
#   reverse  host 2 tries to download from host 1: dropped at its SYN
#
# Each namespace's "tcpdump -Q out" is what the switch received on its
# port.  Outputs, per TABLE.SCENARIO: .p1.pcap and .p2.pcap, .flows.txt
# ("ovs-ofctl dump-flows") and .conntrack.txt ("ovs-appctl
# dpctl/dump-conntrack").
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
start=${1:-$top/../shared/ovs/start-switch.sh}
stop=$(dirname "$start")/stop-switch.sh
work=$(mktemp -d /tmp/ofct-record.XXXXXX)
ns1=ofct-rec-h1
ns2=ofct-rec-h2

# Removes the hosts: their processes, namespaces and switch ports.
remove_hosts() {
    for ns in $ns1 $ns2; do
        ip netns pids $ns 2>/dev/null | xargs -r kill -9 2>/dev/null || true
        ip netns del $ns 2>/dev/null || true
    done
    for v in ofct-rec-v1 ofct-rec-v2; do
        vsctl --if-exists del-port br0 $v 2>/dev/null || true
        ip link del $v 2>/dev/null || true
    done
    sleep 1
}

cleanup() {
    set +e
    remove_hosts
    [ -f "$work/sw/ovs-vswitchd.pid" ] && "$stop" "$work/sw" >/dev/null 2>&1
    rm -rf "$work"
}
trap cleanup EXIT

vsctl() { ovs-vsctl --db="unix:$work/sw/db.sock" "$@"; }
ofctl() { ovs-ofctl "$@"; }
appctl() { ovs-appctl -t "$work/sw/ovs-vswitchd.ctl" "$@"; }
mgmt=

# A namespace with one veth end, address 10.1.1.N, no IPv6 (its router
# and neighbor solicitations would only add noise), no offloads (so that
# tcpdump sees real checksums and real segment sizes).
make_host() {
    local n=$1 ns=$2
    ip netns add "$ns"
    ip link add "ofct-rec-v$n" type veth peer name eth0 netns "$ns"
    ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.disable_ipv6=1
    ip netns exec "$ns" ip link set lo up
    ip netns exec "$ns" ip addr add "10.1.1.$n/24" dev eth0
    ip netns exec "$ns" ip link set eth0 address "02:00:00:00:00:0$n"
    ip netns exec "$ns" ethtool -K eth0 tx off tso off gso off gro off \
        >/dev/null 2>&1 || true
    ethtool -K "ofct-rec-v$n" tx off tso off gso off gro off \
        >/dev/null 2>&1 || true
    ip link set "ofct-rec-v$n" up
    ip netns exec "$ns" ip link set eth0 up
    vsctl add-port br0 "ofct-rec-v$n" \
        -- set interface "ofct-rec-v$n" ofport_request="$n"
}

# Starts vsftpd in namespace $1 on $2.
start_vsftpd() {
    local ns=$1 addr=$2
    mkdir -p "$work/ftp-$ns" /var/run/vsftpd/empty
    head -c 3000 /dev/zero | tr '\0' 'x' >"$work/ftp-$ns/hello.txt"
    cat >"$work/vsftpd-$ns.conf" <<EOF
listen=YES
listen_address=$addr
listen_ipv6=NO
background=NO
anonymous_enable=YES
local_enable=NO
write_enable=NO
anon_root=$work/ftp-$ns
no_anon_password=YES
connect_from_port_20=YES
port_enable=YES
pasv_enable=YES
seccomp_sandbox=NO
secure_chroot_dir=/var/run/vsftpd/empty
xferlog_enable=NO
EOF
    ip netns exec "$ns" vsftpd "$work/vsftpd-$ns.conf" &
    disown
}

# Host 1 downloads hello.txt from host 2 with curl OPTIONS.
fetch() {
    ip netns exec $ns1 curl -s -o /dev/null --max-time 10 "$@" \
        ftp://10.1.1.2/hello.txt
}

# Runs one scenario on fresh hosts, so that nothing of the last one (a
# server still retrying a data connection, a socket closing) leaks into
# it: flows, captures, traffic; then the hosts' links go down before the
# captures stop, so that the captures hold all the switch received.
run() {
    local table=$1 scenario=$2 out=$here/$1.$2
    local p1 p2

    make_host 1 $ns1
    make_host 2 $ns2
    start_vsftpd $ns1 10.1.1.1
    start_vsftpd $ns2 10.1.1.2
    appctl dpctl/flush-conntrack
    ofctl del-flows "$mgmt"
    ofctl add-flows "$mgmt" "$here/$table.flows"
    ip netns exec $ns1 tcpdump -Q out -i eth0 -U -w "$out.p1.pcap" \
        2>/dev/null &
    p1=$!
    ip netns exec $ns2 tcpdump -Q out -i eth0 -U -w "$out.p2.pcap" \
        2>/dev/null &
    p2=$!
    sleep 1
    case $scenario in
    active)
        fetch --disable-eprt -P 10.1.1.1 || echo "$table.$scenario: failed"
        ;;
    passive)
        fetch --disable-epsv || echo "$table.$scenario: failed"
        ;;
    eprt)
        fetch --max-time 4 -P 10.1.1.1 && echo "$table.$scenario: passed"
        ;;
    epsv)
        fetch || echo "$table.$scenario: failed"
        ;;
    reverse)
        ip netns exec $ns2 curl -s -o /dev/null --connect-timeout 3 \
            -P 10.1.1.2 ftp://10.1.1.1/hello.txt \
            && echo "$table.$scenario: passed"
        ;;
    esac
    sleep 2
    ip netns exec $ns1 ip link set eth0 down
    ip netns exec $ns2 ip link set eth0 down
    sleep 1
    kill -INT $p1 $p2
    wait $p1 $p2 || true
    # The switch's revalidators credit the flows every 500 ms.
    sleep 2
    ofctl dump-flows "$mgmt" >"$out.flows.txt"
    appctl dpctl/dump-conntrack >"$out.conntrack.txt"
    echo "$table.$scenario: $(tcpdump -r "$out.p1.pcap" 2>/dev/null | wc -l)" \
         "+ $(tcpdump -r "$out.p2.pcap" 2>/dev/null | wc -l) packets"
    remove_hosts
}

"$start" "$work/sw" >/dev/null
mgmt="unix:$work/sw/br0.mgmt"
for table in ftp-fw ftp-fw2; do
    for scenario in active passive eprt epsv reverse; do
        run $table $scenario
    done
done
ovs-vswitchd --version | head -1 >"$here/ovs-version.txt"
