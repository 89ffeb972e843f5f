#!/bin/sh
# ofct ct-replay with the FTP and TFTP helpers: --helper, --dump-expect,
# the dumps' helper= and parent=, and errors.  Agreement with the kernel's
# helpers on the same captures is in ct-kernel.sh.

. "$srcdir/tests/cli/testlib.sh"

data=$srcdir/tests/data/ct

# Active FTP up to the PORT command's answer (frame 15), in zone 5: the
# master has its helper, and the server's connection back is expected.
pcap_head "$data/ftp_active_port_ipv4.pcap" 15 "$tmp/port.pcap"
run_ofct ct-replay --helper ftp --zone 5 --dump --dump-expect "$tmp/port.pcap"
expect "--dump-expect after PORT" 0 '*' ''
grep -v '^[0-9]*: ' "$tmp/out" >"$tmp/tables"
if printf '%s\n' \
    'tcp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=54842,dport=21),reply=(src=10.1.1.2,dst=10.1.1.1,sport=21,dport=54842),zone=5,protoinfo=(state=ESTABLISHED),helper=ftp' \
    'tcp,orig=(src=10.1.1.2,dst=10.1.1.1,sport=0,dport=39035),zone=5,parent=(src=10.1.1.1,dst=10.1.1.2,sport=54842,dport=21)' |
   cmp -s - "$tmp/tables"; then
    pass
else
    fail "--dump-expect after PORT: tables differ"
fi

# The whole capture: the data connections are related, in zone 5 too,
# and name their parent; no expectation is left.
run_ofct ct-replay --helper ftp=21 --zone 5 --dump --dump-expect \
    "$data/ftp_active_port_ipv4.pcap"
expect_grep "active FTP" out '16: new|rel|trk'
expect_grep "active FTP" out '17: est|rel|rpl|trk'
expect_grep "active FTP" out '18: est|rel|trk'
expect_grep "active FTP" out 'tcp,orig=(src=10.1.1.2,dst=10.1.1.1,sport=20,dport=51481),reply=(src=10.1.1.1,dst=10.1.1.2,sport=51481,dport=20),zone=5,protoinfo=(state=TIME_WAIT),parent=(src=10.1.1.1,dst=10.1.1.2,sport=54842,dport=21)'
if [ "$(grep -c 'rel' "$tmp/out")" = 18 ] &&
   [ "$(grep -c '^tcp,' "$tmp/out")" = 3 ]; then
    pass
else
    fail "active FTP: expected 16 related packets, 3 connections, no expectation"
fi

# TFTP, with the helper's default port, in the conntrack formats.
pcap_head "$data/tftp_rrq_ipv4.pcap" 1 "$tmp/rrq.pcap"
run_ofct ct-replay --helper tftp --dump-expect --format=conntrack \
    "$tmp/rrq.pcap"
expect "TFTP request" 0 '1: new|trk
300 proto=17 src=10.1.1.2 dst=10.1.1.1 sport=0 dport=40436 mask-src=255.255.255.255 mask-dst=255.255.255.255 sport=0 dport=65535 master-src=10.1.1.1 master-dst=10.1.1.2 sport=40436 dport=69 class=0 helper=tftp' ''
run_ofct ct-replay --helper tftp --dump --format=conntrack \
    "$data/tftp_rrq_ipv4.pcap"
expect_grep "TFTP transfer" out '2: new|rel|trk'
expect_grep "TFTP transfer" out ' packets=0 bytes=0 mark=0 helper=tftp use=1'

# A helper on another port than the capture's: nothing is related.
run_ofct ct-replay --helper ftp=2121 --helper tftp=69 --dump \
    "$data/ftp_passive_pasv_ipv4.pcap"
expect "helper on another port" 0 '*' ''
if ! grep -q 'rel\|helper=\|parent=' "$tmp/out"; then
    pass
else
    fail "helper on another port: something is related"
fi

# Without commit the master is not stored, so it expects nothing.
run_ofct ct-replay --no-commit --helper ftp "$data/ftp_passive_pasv_ipv4.pcap"
expect_grep "--no-commit" out '13: new|trk'

# A client's PORT and EPRT that name a third host (recorded against the
# kernel's helper, which ignored them): no expectation, then or later.
for n in 11 13; do
    pcap_head "$data/ftp_bounce_ipv4.pcap" $n "$tmp/bounce.pcap"
    run_ofct ct-replay --helper ftp --dump-expect "$tmp/bounce.pcap"
    expect "FTP bounce, $n frames" 0 '*' ''
    if [ "$(grep -vc '^[0-9]*: ' "$tmp/out")" = 0 ]; then
        pass
    else
        fail "FTP bounce, $n frames: an expectation was made"
    fi
done

# Errors.
run_ofct ct-replay --helper sip "$data/tftp_rrq_ipv4.pcap"
expect "unknown helper" 2 '' "ofct: --helper: unknown helper 'sip' (ftp or tftp)"
run_ofct ct-replay --helper =21 "$data/tftp_rrq_ipv4.pcap"
expect "no helper name" 2 '' "ofct: --helper: unknown helper '' (ftp or tftp)"
run_ofct ct-replay --helper ftp=0 "$data/tftp_rrq_ipv4.pcap"
expect "port 0" 2 '' "ofct: --helper: '0' is not a number from 1 to 65535"
run_ofct ct-replay --helper tftp=65536 "$data/tftp_rrq_ipv4.pcap"
expect "port 65536" 2 '' \
    "ofct: --helper: '65536' is not a number from 1 to 65535"
run_ofct ct-replay --helper "ftp=21x" "$data/tftp_rrq_ipv4.pcap"
expect "bad port" 2 '' "ofct: --helper: '21x' is not a number from 1 to 65535"
set -- ct-replay
for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17; do
    set -- "$@" --helper "ftp=$i"
done
run_ofct "$@" "$data/tftp_rrq_ipv4.pcap"
expect "too many helpers" 2 '' "ofct: --helper: at most 16"

finish
