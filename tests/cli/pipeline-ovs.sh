#!/bin/sh
# ofct replay against a real switch: for each FTP scenario that
# tests/data/pipeline/record-ovs.sh ran through Open vSwitch 3.1 (userspace
# datapath), ofct replays the captures of what each port received, and its
# per-flow n_packets and n_bytes must equal "ovs-ofctl dump-flows" after
# the live run, and its connections "ovs-appctl dpctl/dump-conntrack".
#
# Known differences, left out of the comparison:
#   - durations and idle ages, which are wall-clock time in a switch;
#   - ",parent=(...)", which ofct adds to related connections;
#   - the helper of a data connection that ct(commit,alg=ftp) commits on
#     its first packet: OVS gives it the ct action's helper ("helper=ftp")
#     and ofct's engine, as the kernel, none;
#   - EPRT over IPv4 (scenario "eprt"): OVS's FTP ALG reads EPRT only for
#     IPv6 and drops the data connection; ofct's, as Linux's, relates it.
#     That scenario is checked against ofct's own expected counts.
. "$srcdir/tests/cli/testlib.sh"

d=$srcdir/tests/data/pipeline

flows_of() {
    sed -n '/^ cookie=/{s/ duration=[^,]*,//;s/ idle_age=[^,]*,//;p;}' \
        | sort
}

conns_of() {
    sed -e 's/,parent=([^)]*)//' \
        -e '/dport=21)/!s/,helper=ftp$//' | sort
}

for table in ftp-fw ftp-fw2; do
    for scenario in active passive epsv reverse eprt; do
        for flows in $table.flows $table.old.flows; do
            name=$flows.$scenario
            run_ofct replay --flows "$d/$flows" \
                -i "1=$d/$table.$scenario.p1.pcap" \
                -i "2=$d/$table.$scenario.p2.pcap"
            expect "$name: replays" 0 '*' ''
            sed -n '/^== flows$/,/^== connections$/p' "$tmp/out" \
                | flows_of >"$tmp/flows"
            sed '1,/^== connections$/d' "$tmp/out" | conns_of >"$tmp/conns"
            if [ $scenario = eprt ]; then
                flows_of <"$d/$table.eprt.ofct-flows.txt" >"$tmp/want"
            else
                flows_of <"$d/$table.$scenario.flows.txt" >"$tmp/want"
            fi
            if cmp -s "$tmp/want" "$tmp/flows"; then
                pass
            else
                fail "$name: counters differ from the switch's"
                diff "$tmp/want" "$tmp/flows"
            fi
            [ $scenario = eprt ] && continue
            conns_of <"$d/$table.$scenario.conntrack.txt" >"$tmp/want"
            if cmp -s "$tmp/want" "$tmp/conns"; then
                pass
            else
                fail "$name: connections differ from the switch's"
                diff "$tmp/want" "$tmp/conns"
            fi
        done
    done
done

finish
