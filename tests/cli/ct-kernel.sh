#!/bin/sh
# ct-replay against the Linux kernel's verdicts on real captures (see
# tests/data/ct/README.md): every packet must get the ct_state that matches
# what the kernel's conntrack said of it, and the final table, printed as
# "conntrack -L -o extended" prints it, must hold the same connections in
# the same states with the same packet and byte counters.
#
# The captures replay with the FTP helper on port 21 and the TFTP helper
# on port 69, as the kernel's nftables rules assigned them: every data
# connection that the kernel created from an expectation must be related
# here, and no other.  The kernel says RELATED for such a connection's
# first packet and ESTABLISHED (with "expected") for the rest; OVS says
# "new|rel" and then "est|rel", which is what ofct must print.  The
# master keeps "helper=" in the final table, and just before each data
# connection opens, the expectation table holds what the kernel's did.

. "$srcdir/tests/cli/testlib.sh"

data=$srcdir/tests/data/ct
helpers="--helper ftp=21 --helper tftp=69"

# Maps a kernel verdict (column 4 of a .pktstate.txt file) to OVS flags.
verdicts_to_flags() {
    awk -F '\t' '
        /^#/ { next }
        {
            v = $4
            if (v ~ /^RELATED orig expected/) f = "new|rel|trk"
            else if (v ~ /^ESTABLISHED orig expected/) f = "est|rel|trk"
            else if (v ~ /^ESTABLISHED reply expected/) f = "est|rel|rpl|trk"
            else if (v ~ / expected/) f = "unmapped verdict " v
            else if (v ~ /^NEW orig/) f = "new|trk"
            else if (v ~ /^ESTABLISHED orig/) f = "est|trk"
            else if (v ~ /^ESTABLISHED reply/) f = "est|rpl|trk"
            else if (v ~ /^RELATED reply/) f = "rel|rpl|trk"
            else if (v ~ /^RELATED orig/) f = "rel|trk"
            else if (v ~ /^INVALID/) f = "inv|trk"
            else f = "unknown verdict " v
            print $1 ": " f
        }' "$1"
}

# Keeps what both sides of a "conntrack -L -o extended" line can agree on:
# drops the timeout (the timeouts are OVS's, not the kernel's), the times,
# ids and use counts, and squeezes the spacing.
normalize_table() {
    grep -E '^ipv[46] ' | sed -e 's/ delta-time=[0-9]*//' \
        -e 's/ \[start=[^]]*\]//' -e 's/ use=[0-9]*//' -e 's/ id=[0-9]*$//' |
    awk '{ $5 = ""; print }' | sort
}

# compare_table SCENARIO: the table that ct-replay --dump prints at the
# end of the capture holds what the kernel's did.
compare_table() {
    run_ofct ct-replay $helpers --dump --format=conntrack "$data/$1.pcap"
    expect "$1: replay with --dump" 0 '*' ''
    normalize_table <"$data/$1.conntrack.txt" >"$tmp/want"
    normalize_table <"$tmp/out" >"$tmp/got"
    if [ -s "$tmp/want" ] && cmp -s "$tmp/want" "$tmp/got"; then
        pass
    else
        fail "$1: final table differs from the kernel's:
$(diff "$tmp/want" "$tmp/got")"
    fi
}

# compare_expectations SCENARIO: cut the capture just before the first
# packet of each related connection; the expectation table must then hold
# exactly the expectation that the kernel created for it (its k-th [NEW]
# event), and at the end of the capture none, as the kernel's.
compare_expectations() {
    grep '\[NEW\]' "$data/$1.expect.txt" |
        sed 's/^.*\[NEW\] [0-9]* //' >"$tmp/kexp"
    awk -F '\t' '$4 ~ /^RELATED orig expected/ { print $1 }' \
        "$data/$1.pktstate.txt" >"$tmp/frames"
    if [ ! -s "$tmp/kexp" ] ||
       [ "$(wc -l <"$tmp/kexp")" != "$(wc -l <"$tmp/frames")" ]; then
        fail "$1: kernel expectations and related connections do not pair"
        return
    fi
    k=0
    while read -r frame; do
        k=$((k + 1))
        pcap_head "$data/$1.pcap" $((frame - 1)) "$tmp/head.pcap"
        run_ofct ct-replay $helpers --dump-expect --format=conntrack \
            "$tmp/head.pcap"
        sed -n "${k}p" "$tmp/kexp" >"$tmp/want"
        grep -v '^[0-9]*: ' "$tmp/out" | sed 's/^[0-9]* //' >"$tmp/got"
        if [ "$rc" = 0 ] && cmp -s "$tmp/want" "$tmp/got"; then
            pass
        else
            fail "$1: expectation before frame $frame differs from the kernel's:
$(diff "$tmp/want" "$tmp/got")"
        fi
    done <"$tmp/frames"
    run_ofct ct-replay $helpers --dump-expect "$data/$1.pcap"
    if [ "$rc" = 0 ] && ! grep -qv '^[0-9]*: ' "$tmp/out"; then
        pass
    else
        fail "$1: expectations left at the end"
    fi
}

for s in tcp_http_fin_ipv4 tcp_http_rst_ipv4 udp_echo_ipv4 icmp_echo_ipv4 \
         udp_closed_port_icmp_ipv4 ftp_active_port_ipv4 ftp_passive_pasv_ipv4 \
         ftp_epsv_ipv4 tftp_rrq_ipv4 \
         ftp_eprt_ipv4 ftp_eprt_ipv6 ftp_epsv_ipv6 ftp_bounce_ipv4; do
    run_ofct ct-replay $helpers "$data/$s.pcap"
    expect "$s: replay" 0 '*' ''
    verdicts_to_flags "$data/$s.pktstate.txt" >"$tmp/want"
    if cmp -s "$tmp/want" "$tmp/out"; then
        pass
    else
        fail "$s: per-packet states differ from the kernel's:
$(diff "$tmp/want" "$tmp/out")"
    fi

    compare_table "$s"
    if [ -f "$data/$s.expect.txt" ]; then
        compare_expectations "$s"
    fi
done

# Our own IPv6 captures (tests/data/ct/record-ipv6.sh), with the kernel's
# final table.  Their per-packet states were not recorded by the kernel;
# they are what the final tables imply: one new packet per connection, the
# rest est, and the ICMPv6 port unreachable related to the UDP datagram it
# quotes.
for s in ipv6_tcp_http ipv6_udp_echo ipv6_ping; do
    compare_table "$s"
done

run_ofct ct-replay "$data/ipv6_udp_echo.pcap"
expect "ipv6_udp_echo: per packet" 0 '1: new|trk
2: est|rpl|trk
3: est|trk
4: est|rpl|trk
5: est|trk
6: est|rpl|trk
7: new|trk
8: rel|rpl|trk' ''
run_ofct ct-replay "$data/ipv6_tcp_http.pcap"
expect "ipv6_tcp_http: per packet" 0 '*' ''
if [ "$(grep -c ': new|trk$' "$tmp/out")" = 1 ] &&
   [ "$(grep -c ': est|' "$tmp/out")" = "$(($(wc -l <"$tmp/out") - 1))" ]; then
    pass
else
    fail "ipv6_tcp_http: expected one new packet, then est"
fi

finish
