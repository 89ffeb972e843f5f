#!/bin/sh
# Compares ofct with the Debian ovs-ofctl on the flows of
# tests/data/interop-flows.txt: "parse-flow" must give the same standard
# output and exit status for -O OpenFlow10, OpenFlow11, OpenFlow13 and
# OpenFlow15 (and the same bytes: the OpenFlow 1.1 and 1.3 runs add
# -mmmmm, which dumps them), and "ofp-print" of ofct's own encoding must
# print as ovs-ofctl's ofp-print of the same bytes; "parse-flows" of those
# flows together (in OpenFlow 1.1, also of those that fit it), and of
# 8,000 generated ones, must print what ovs-ofctl prints.  Standard error
# is not compared: ovs-ofctl logs with timestamps.  Skipped (exit 77)
# without ovs-ofctl.

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

# compare_file DESCRIPTION INPUT CMD...: as compare, with INPUT as
# standard input and a diff rather than the whole output on failure (the
# outputs are long).
compare_file() {
    desc=$1 input=$2; shift 2
    "$OVS_OFCTL" "$@" <"$input" >"$tmp/ovs.out" 2>/dev/null
    ovs_rc=$?
    "$OFCT" "$@" <"$input" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" != "$ovs_rc" ]; then
        fail "$desc: exit status $rc, ovs-ofctl $ovs_rc"
    elif ! cmp -s "$tmp/ovs.out" "$tmp/out"; then
        diff "$tmp/ovs.out" "$tmp/out" | head -20 >"$tmp/diff"
        : >"$tmp/out"
        fail "$desc: output differs from ovs-ofctl's:
$(sed 's/^/    | /' "$tmp/diff")"
    else
        pass
    fi
}

n_flows=0
: >"$tmp/good-flows"
: >"$tmp/good-flows11"
while IFS= read -r flow; do
    case $flow in
        '#'* | '') continue ;;
    esac
    n_flows=$((n_flows + 1))
    compare "-O OpenFlow10 parse-flow '$flow'" -O OpenFlow10 parse-flow "$flow"
    compare "-O OpenFlow11 -mmmmm parse-flow '$flow'" \
            -O OpenFlow11 -mmmmm parse-flow "$flow"
    if [ "$ovs_rc" = 0 ]; then
        printf '%s\n' "$flow" >>"$tmp/good-flows11"
    fi
    hex11=$(dumped_hex)
    if [ -n "$hex11" ]; then
        compare "ofp-print of '$flow' (OpenFlow 1.1)" ofp-print "$hex11"
    fi
    compare "-O OpenFlow13 -mmmmm parse-flow '$flow'" \
            -O OpenFlow13 -mmmmm parse-flow "$flow"
    if [ "$ovs_rc" = 0 ]; then
        printf '%s\n' "$flow" >>"$tmp/good-flows"
    fi
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

# parse-flows: the flows above that ovs-ofctl accepts, all in one file,
# and 8,000 flows of the benchmark's kind (enough for ofct's reader
# thread and for its output to go through a temporary file), from a file
# and from standard input, with a bad line at the end.
awk -v n=8000 -f "$srcdir/tests/bench/gen-flows.awk" >"$tmp/bench-flows"
cp "$tmp/bench-flows" "$tmp/bad-flows"
echo 'ip,actions=bogus' >>"$tmp/bad-flows"
compare "-O OpenFlow11 parse-flows (interop flows)" \
        -O OpenFlow11 parse-flows "$tmp/good-flows"
compare "-O OpenFlow11 parse-flows (interop flows that fit OpenFlow 1.1)" \
        -O OpenFlow11 parse-flows "$tmp/good-flows11"
for v in OpenFlow10 OpenFlow13 OpenFlow15; do
    compare "-O $v parse-flows (interop flows)" \
            -O $v parse-flows "$tmp/good-flows"
    compare_file "-O $v parse-flows (8,000 flows)" /dev/null \
                 -O $v parse-flows "$tmp/bench-flows"
    compare_file "-O $v parse-flows - (8,000 flows)" "$tmp/bench-flows" \
                 -O $v parse-flows -
done
compare_file "parse-flows - (a bad line after 8,000)" "$tmp/bad-flows" \
             parse-flows -
compare_file "-mmmmm parse-flows (8,000 flows)" /dev/null \
             -mmmmm parse-flows "$tmp/bench-flows"

# OFPT_ERROR messages: standard, Nicira vendor (0xb0c2) and experimenter
# (0xffff) errors, unknown ones, hello failures with text, data that is a
# message, too short or cut short, damaged errors, in several versions and
# at verbosity 1 and 5 (tests/unit/check_ofp_errors.c has them all).
for hex in 04010010000000010004000001020304 \
           01010010000000010003000401020304 \
           0101001000000001000000004142430a \
           0601001600000001000000017f00e282ac2209 \
           01010018000000010001000601000008000000aa \
           0201001c000000010001000602000010000000aa0102030405060708 \
           0101001800000001b0c200000000232000010100aabbccdd \
           0201001600000001b0c2000000002320000501020102 \
           0401001400000001b0c2000000002320000f0000 \
           0301001000000001ffff000200002320 \
           0401001200000001ffff08fc4f4e46000102 \
           0601001300000001ffff001600002320060000 \
           0501001000000001ffff000100000000 \
           0401000c0000000100040099 0101000c0000000100040000 \
           0401000c00000001ffff0002 0101000f00000001b0c2000000002320 \
           0101000b0000000100010006 0401001400000001000100060400000c; do
    for verbosity in 1 5; do
        compare "ofp-print $hex $verbosity" ofp-print "$hex" "$verbosity"
    done
done
finish
