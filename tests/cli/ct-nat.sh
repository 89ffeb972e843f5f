#!/bin/sh
# ofct ct-replay with NAT (--ct port=PORT:ACTION, -w): real captures
# (tests/data/ct) replayed through source and destination NAT, and the
# translated packets checked.
#
# The captures were taken without NAT, so the server's packets are first
# made what a server behind a NAT would send (with ofct replay's header
# rewrites): to the translated client (source NAT) or from the real
# server (destination NAT).  The translated addresses have as many digits
# as the originals, so that the FTP commands that NAT rewrites keep their
# length and the captured acknowledgements stay right.  Then:
#
#   - every packet is translated (snat or dnat), none is invalid, and the
#     data connections are new|rel;
#   - every checksum of the written capture verifies;
#   - the conversation as the server saw it (translated client packets,
#     server packets) and as the client saw it (client packets, translated
#     server packets) each go through the tracker with the same verdicts
#     as the original capture, so sequence numbers, FTP commands and
#     related connections all match; the client's view is the original
#     capture byte for byte.

. "$srcdir/tests/cli/testlib.sh"

data=$srcdir/tests/data/ct
client=10.1.1.1
server=10.1.1.2

# replay_ports FLOWS OUT IN1 [IN2]: runs IN1 (port 1) and IN2 (port 2)
# through the flows of FLOWS (text) and writes what leaves port 3 to OUT.
replay_ports() {
    printf '%s\n' "$1" >"$tmp/flows"
    set -- "$tmp/flows" "$2" "-i 1=$3" "${4:+-i 2=$4}"
    # shellcheck disable=SC2086
    "$OFCT" replay --flows "$1" $3 $4 -o 3="$2" -q >/dev/null 2>"$tmp/err"
}

# nat_case NAME CAPTURE HELPERS KIND ADDR ACTION...: replays CAPTURE
# (with HELPERS, the ct-replay options that assign the helpers in the
# original) through a NAT of KIND (snat or dnat, to ADDR) given by the
# ct-replay ACTION options, and checks it as said above.
nat_case() {
    name=$1 capture=$data/$2 helpers=$3 kind=$4 addr=$5
    shift 5
    if [ "$kind" = snat ]; then
        to_inside="priority=10,ip,nw_src=$server,actions=mod_nw_dst:$addr,output:3"
        server_view="in_port=1,ip,nw_src=$addr,actions=output:3
in_port=2,ip,nw_src=$server,actions=output:3"
    else
        to_inside="priority=10,ip,nw_src=$server,actions=mod_nw_src:$addr,output:3"
        server_view="in_port=1,ip,nw_dst=$addr,actions=output:3
in_port=2,ip,nw_src=$addr,actions=output:3"
    fi
    client_view="in_port=1,ip,nw_src=$client,actions=output:3
in_port=2,ip,nw_dst=$client,actions=output:3"

    if ! replay_ports "$to_inside
priority=0,actions=output:3" "$tmp/in.pcap" "$capture"; then
        fail "$name: ofct replay could not rewrite the capture"
        return
    fi
    run_ofct ct-replay "$@" -w "$tmp/out.pcap" "$tmp/in.pcap"
    cp "$tmp/out" "$tmp/nat.txt"
    if [ "$rc" != 0 ] || grep -q 'inv' "$tmp/out" ||
       grep -v 'snat -> \|dnat -> ' "$tmp/out" | grep -q .; then
        fail "$name: a packet is invalid or not translated"
    else
        pass
    fi

    # Checksums: the parser verifies every one and says which is wrong.
    run_ofct -m ct-replay --no-commit "$tmp/out.pcap"
    if grep -qi 'checksum' "$tmp/out"; then
        fail "$name: a checksum of the translated packets is wrong"
    else
        pass
    fi
    if command -v tcpdump >/dev/null 2>&1; then
        if tcpdump -vv -nn -r "$tmp/out.pcap" 2>/dev/null |
           grep -qi 'incorrect\|bad cksum'; then
            fail "$name: tcpdump finds a wrong checksum"
        else
            pass
        fi
    fi

    # shellcheck disable=SC2086
    run_ofct ct-replay $helpers "$capture"
    cp "$tmp/out" "$tmp/want"
    for view in server client; do
        if [ $view = server ]; then
            replay_ports "$server_view" "$tmp/view.pcap" "$tmp/out.pcap" \
                "$tmp/in.pcap"
        else
            replay_ports "$client_view" "$tmp/view.pcap" "$capture" \
                "$tmp/out.pcap"
        fi
        # shellcheck disable=SC2086
        run_ofct ct-replay $helpers "$tmp/view.pcap"
        if cmp -s "$tmp/out" "$tmp/want"; then
            pass
        else
            fail "$name: the $view's view differs from the original:
$(diff "$tmp/want" "$tmp/out" | head -20)"
        fi
    done
    if command -v tcpdump >/dev/null 2>&1; then
        tcpdump -nn -t -x -r "$capture" >"$tmp/want.x" 2>/dev/null
        tcpdump -nn -t -x -r "$tmp/view.pcap" >"$tmp/got.x" 2>/dev/null
        if cmp -s "$tmp/want.x" "$tmp/got.x"; then
            pass
        else
            fail "$name: the client's view is not the original capture"
        fi
    fi
    cp "$tmp/nat.txt" "$tmp/out"
}

# Active FTP through a source NAT: the PORT command carries the
# translated address, the server's connection back is related and goes to
# the client.
nat_case "SNAT, active FTP" ftp_active_port_ipv4.pcap "--helper ftp=21" \
    snat 10.1.1.9 \
    --ct 'port=21:ct(commit,helper=ftp,nat(src=10.1.1.9))' \
    --ct 'ct(commit,nat)'
expect_grep "SNAT, active FTP" out \
    '1: new|trk|snat -> tcp 10.1.1.9:54842 > 10.1.1.2:21 [S]'
expect_grep "SNAT, active FTP" out \
    '11: est|trk|snat -> tcp 10.1.1.9:54842 > 10.1.1.2:21 [P.] len 23'
expect_grep "SNAT, active FTP" out \
    '16: new|rel|trk|dnat -> tcp 10.1.1.2:20 > 10.1.1.1:39035 [S]'
expect_grep "SNAT, active FTP" out \
    '17: est|rel|rpl|trk|snat -> tcp 10.1.1.9:39035 > 10.1.1.2:20 [S.]'
if [ "$(grep -c 'new|rel' "$tmp/out")" = 2 ]; then
    pass
else
    fail "SNAT, active FTP: expected two related data connections"
fi
if command -v tcpdump >/dev/null 2>&1; then
    if tcpdump -nn -A -r "$tmp/out.pcap" 2>/dev/null |
       grep -q 'PORT 10,1,1,9,152,123'; then
        pass
    else
        fail "SNAT, active FTP: the PORT command is not rewritten"
    fi
fi

# Passive FTP through a source NAT: the 227 reply stays, the client's
# data connection leaves from the translated address.
nat_case "SNAT, passive FTP" ftp_passive_pasv_ipv4.pcap "--helper ftp=21" \
    snat 10.1.1.9 \
    --ct 'port=21:ct(commit,helper=ftp,nat(src=10.1.1.9))' \
    --ct 'ct(commit,nat)'
expect_grep "SNAT, passive FTP" out 'new|rel|trk|snat -> tcp 10.1.1.9:'

nat_case "SNAT, EPSV" ftp_epsv_ipv4.pcap "--helper ftp=21" snat 10.1.1.9 \
    --ct 'port=21:ct(commit,helper=ftp,nat(src=10.1.1.9))' \
    --ct 'ct(commit,nat)'
expect_grep "SNAT, EPSV" out 'new|rel|trk|snat -> tcp 10.1.1.9:'

# Destination NAT: the client talks to 10.1.1.2, the server is 10.1.1.3.
nat_case "DNAT, active FTP" ftp_active_port_ipv4.pcap "--helper ftp=21" \
    dnat 10.1.1.3 \
    --ct 'port=21:ct(commit,helper=ftp,nat(dst=10.1.1.3))' \
    --ct 'ct(commit,nat)'
expect_grep "DNAT, active FTP" out \
    '16: new|rel|trk|snat -> tcp 10.1.1.2:20 > 10.1.1.1:39035 [S]'

nat_case "DNAT, EPSV" ftp_epsv_ipv4.pcap "--helper ftp=21" dnat 10.1.1.3 \
    --ct 'port=21:ct(commit,helper=ftp,nat(dst=10.1.1.3))' \
    --ct 'ct(commit,nat)'
expect_grep "DNAT, EPSV" out 'new|rel|trk|dnat -> tcp 10.1.1.1:'

nat_case "SNAT, TFTP" tftp_rrq_ipv4.pcap "--helper tftp=69" snat 10.1.1.9 \
    --ct 'port=69:ct(commit,helper=tftp,nat(src=10.1.1.9))' \
    --ct 'ct(commit,nat)'
expect_grep "SNAT, TFTP" out '2: new|rel|trk|dnat -> udp 10.1.1.2:'

nat_case "SNAT, HTTP" tcp_http_fin_ipv4.pcap "" snat 10.1.1.9 \
    --ct 'ct(commit,nat(src=10.1.1.9))'
nat_case "DNAT, UDP" udp_echo_ipv4.pcap "" dnat 10.1.1.3 \
    --ct 'ct(commit,nat(dst=10.1.1.3))'
nat_case "SNAT, ping" icmp_echo_ipv4.pcap "" snat 10.1.1.9 \
    --ct 'ct(commit,nat(src=10.1.1.9))'

# Against the kernel: FTP through a Linux router that translates with its
# FTP helper (record-nat.sh).  The packets that reached the router,
# translated by ofct, are those the router sent on, from the IP header on,
# but for the TTL it lowers: addresses, ports, rewritten commands (longer
# by two bytes where they carry an address), sequence and acknowledgement
# numbers and checksums.
for s in nat_ftp_port_snat nat_ftp_eprt_snat nat_ftp_pasv_snat \
         nat_ftp_pasv_dnat nat_ftp_port_dnat; do
    case $s in
        *snat) nat='src=10.1.2.254' ;;
        *) nat='dst=10.1.2.2' ;;
    esac
    run_ofct ct-replay --ct "port=21:ct(commit,helper=ftp,nat($nat))" \
        --ct 'ct(commit,nat)' -w "$tmp/k.pcap" "$data/$s.in.pcap"
    if [ "$rc" = 0 ] && ! grep -q 'inv' "$tmp/out" &&
       [ "$(grep -c 'new|rel' "$tmp/out")" = 1 ]; then
        pass
    else
        fail "$s: expected one related connection and no invalid packet"
    fi
    if "$builddir/tests/pcap-compare" "$tmp/k.pcap" "$data/$s.out.pcap" \
        >"$tmp/cmp" 2>&1; then
        pass
    else
        fail "$s: ofct and the kernel differ: $(cat "$tmp/cmp")"
    fi
done

# The dump shows the translated reply tuple.
run_ofct ct-replay --ct 'ct(commit,nat(src=10.1.1.9:4000))' --dump \
    "$data/udp_echo_ipv4.pcap"
expect_grep "dump" out 'reply=(src=10.1.1.2,dst=10.1.1.9,sport=7777,dport=4000)'

# Errors.
run_ofct ct-replay --ct 'ct(commit,nat(src=10.1.1.9,hash,random))' \
    "$data/udp_echo_ipv4.pcap"
expect "hash and random" 2 '' '*'
expect_grep "hash and random" err 'only one of hash and random'
run_ofct ct-replay --ct 'port=99999:ct(commit)' "$data/udp_echo_ipv4.pcap"
expect "bad port" 2 '' '*'
run_ofct ct-replay --ct 'port=21' "$data/udp_echo_ipv4.pcap"
expect "no action" 2 '' '*'
run_ofct ct-replay --ct 'ct(commit)' --ct 'ct(nat)' "$data/udp_echo_ipv4.pcap"
expect "two defaults" 2 '' 'ofct: --ct: only one without port='
run_ofct ct-replay --ct 'ct(commit)' --zone 3 "$data/udp_echo_ipv4.pcap"
expect "--ct and --zone" 2 '' '*'
run_ofct ct-replay -w "$tmp/no/such/dir/x.pcap" "$data/udp_echo_ipv4.pcap"
expect "unwritable -w" 1 '' '*'

finish
