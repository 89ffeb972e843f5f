#!/bin/sh
# ofct trace against Open vSwitch's ofproto/trace: for each case of
# tests/data/pipeline/trace-cases.txt, ofct's trace must be what OVS 3.1
# printed for the same flows and packet (recorded by record-trace.sh),
# but for the "Megaflow:" line, which ofct does not print, and the numbers
# of recirculation ids, which in OVS depend on the switch's history.  The
# switch had ports 1, 2 and LOCAL; trace-ports.txt maps them to datapath
# ports.  The FTP cases run with the early syntax of the tables too.
. "$srcdir/tests/cli/testlib.sh"

d=$srcdir/tests/data/pipeline
ports=$(cat "$d/trace-ports.txt")

norm_ids() {
    sed -e 's/recirc(0x[0-9a-f]*)/recirc(ID)/g' \
        -e 's/recirc_id=0x[0-9a-f]*/recirc_id=ID/g' "$1"
}

# check NAME FLOWS FLOW [OPTION...]
check() {
    name=$1 flows=$2 flow=$3
    shift 3
    # shellcheck disable=SC2086
    run_ofct trace --flows "$d/$flows" --port LOCAL $ports "$@" "$flow"
    norm_ids "$tmp/out" >"$tmp/got"
    norm_ids "$d/trace-$name.txt" >"$tmp/want"
    if [ "$rc" -eq 0 ] && cmp -s "$tmp/want" "$tmp/got"; then
        pass
    else
        fail "$name ($flows): differs from ofproto/trace"
        diff "$tmp/want" "$tmp/got"
    fi
}

while IFS='|' read -r name flows flow options; do
    case $name in ''|'#'*) continue ;; esac
    # shellcheck disable=SC2086
    check "$name" "$flows" "$flow" $options
    case $flows in
    ftp-fw*.flows)
        # shellcheck disable=SC2086
        check "$name" "${flows%.flows}.old.flows" "$flow" $options
        ;;
    esac
done <"$d/trace-cases.txt"

# Without --ct-next the engine decides: a SYN to an FTP server that host 1
# has not contacted is new, and dropped.
run_ofct trace --flows "$d/ftp-fw.flows" \
    'in_port=2,tcp,nw_src=10.1.1.2,nw_dst=10.1.1.1,tp_src=20,tp_dst=40001,tcp_flags=0x002'
expect_grep "the engine decides without --ct-next" out \
    'recirc(0x1) - resume conntrack with ct_state=new|trk'
expect_grep "and the SYN is dropped" out 'Datapath actions: drop'

finish
