#!/bin/sh
# Compares ofct with the Debian ovs-ofctl on the flows of
# tests/data/interop-flows.txt: "parse-flow" must give the same standard
# output and exit status for -O OpenFlow10, OpenFlow13 and OpenFlow15 (and
# the same bytes: the OpenFlow 1.3 run adds -mmmmm, which dumps them), and
# "ofp-print" of ofct's own encoding must print as ovs-ofctl's ofp-print
# of the same bytes.  Standard error is not compared: ovs-ofctl logs with
# timestamps.  Skipped (exit 77) without ovs-ofctl.

. "$srcdir/tests/cli/testlib.sh"

OVS_OFCTL=${OVS_OFCTL:-$(command -v ovs-ofctl)}
if [ -z "$OVS_OFCTL" ] || [ ! -x "$OVS_OFCTL" ]; then
    echo "ovs-ofctl not found: skipped"
    exit 77
fi

flows=$srcdir/tests/data/interop-flows.txt

# compare DESCRIPTION CMD...: runs CMD with ofct and with ovs-ofctl.
compare() {
    desc=$1; shift
    "$OVS_OFCTL" "$@" >"$tmp/ovs.out" 2>/dev/null
    ovs_rc=$?
    "$OFCT" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" != "$ovs_rc" ]; then
        fail "$desc: exit status $rc, ovs-ofctl $ovs_rc"
    elif ! cmp -s "$tmp/ovs.out" "$tmp/out"; then
        fail "$desc: output differs from ovs-ofctl's:
$(sed 's/^/    | /' "$tmp/ovs.out")"
    else
        pass
    fi
}

# The bytes of the message that "-mmmmm parse-flow" dumped, as hex.
dumped_hex() {
    sed -n 's/^[0-9a-f]\{8\}  \(.\{48\}\).*/\1/p' "$tmp/out" | tr -d ' \n-'
}

n_flows=0
while IFS= read -r flow; do
    case $flow in
        '#'* | '') continue ;;
    esac
    n_flows=$((n_flows + 1))
    compare "-O OpenFlow10 parse-flow '$flow'" -O OpenFlow10 parse-flow "$flow"
    compare "-O OpenFlow13 -mmmmm parse-flow '$flow'" \
            -O OpenFlow13 -mmmmm parse-flow "$flow"
    hex=$(dumped_hex)
    compare "-O OpenFlow15 parse-flow '$flow'" -O OpenFlow15 parse-flow "$flow"
    if [ -n "$hex" ]; then
        compare "ofp-print of '$flow' (OpenFlow 1.3)" ofp-print "$hex"
    fi
done <"$flows"

echo "$n_flows flows"
if [ "$n_flows" -lt 300 ]; then
    rc=- ; : >"$tmp/out"; : >"$tmp/err"
    fail "expected at least 300 flows in $flows"
fi
finish
