#!/bin/sh
# Runs every row of tests/data/ofctl-ct-flows.tsv (Open vSwitch's own flow
# vectors with ct matches and actions) through "ofct OPTS parse-flow FLOW"
# and expects what ovs-ofctl prints: "usable protocols: USABLE" on the
# first line and the flow_mod (without its xid) on the third, or, for an
# ERROR row, exit status 1 and the same message after "ofct: ".
#
# ofct refuses on purpose a few action texts that ovs-ofctl silently
# changes or cannot decode back (see DIFFERENCES FROM OVS-OFCTL in
# ofct(8)); for those rows it must exit 1.

. "$srcdir/tests/cli/testlib.sh"

vectors=$srcdir/tests/data/ofctl-ct-flows.tsv
tab=$(printf '\t')
# An empty first column would vanish in "read" (tabs are white space):
# it reads as "-".

is_deliberate_difference() {
    case $1 in
        *'zone=5,zone=6'* | *':70000'* | *'ct_clear(1)'* \
        | 'ip,actions=ct(nat(dst=10.0.0.1))') return 0 ;;
    esac
    return 1
}

check_row() {
    # shellcheck disable=SC2086 # OPTS is a list of options.
    "$OFCT" $opts parse-flow "$input" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if is_deliberate_difference "$input"; then
        [ "$rc" = 1 ] && pass || fail "line $lineno: '$input' must be refused"
        return
    fi
    case $expected in
        'ERROR: ovs-ofctl: '*)
            want_err="ofct: ${expected#ERROR: ovs-ofctl: }"
            if [ "$rc" != 1 ] || ! same_text "$tmp/err" "$want_err"; then
                fail "line $lineno: $opts '$input': expected exit 1 and: $want_err"
            else
                pass
            fi
            return ;;
    esac
    got_usable=$(sed -n 1p "$tmp/out")
    got_line=$(sed -n 3p "$tmp/out" | sed 's/ (xid=0x[0-9a-f]*)//')
    if [ "$rc" != 0 ] || [ "$got_usable" != "usable protocols: $usable" ] \
       || [ "$got_line" != "$expected" ]; then
        fail "line $lineno: $opts '$input': expected
    usable protocols: $usable
    $expected"
    else
        pass
    fi
}

lineno=0
n_rows=0
while IFS=$tab read -r opts input usable expected source; do
    lineno=$((lineno + 1))
    case $opts in
        '#'* | opts) continue ;;
    esac
    [ "$opts" = - ] && opts=
    n_rows=$((n_rows + 1))
    check_row
done <<EOV
$(sed "s/^$tab/-$tab/" "$vectors")
EOV

echo "$n_rows vector rows"
finish
