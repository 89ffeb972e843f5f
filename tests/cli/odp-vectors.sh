#!/bin/sh
# Runs every row of tests/data/odp-ct-actions.txt (Open vSwitch's own ODP
# action strings for ct, ct_clear, nat, helper and recirc, with the netlink
# bytes its odp_actions_from_string() writes) through ofct:
#
#   roundtrip / normalized:TEXT
#            parse-odp-actions --hex prints TEXT (the input for roundtrip)
#            and the row's bytes; decode-odp-actions turns those bytes into
#            TEXT again with no byte differences when TEXT is parsed back;
#   error    parse-odp-actions prints "odp_actions_from_string: error", as
#            OVS's test-odp does, and the reason on stderr.
#
# Where ofct differs from OVS on purpose, the row's expectation is replaced
# by ofct's, listed in 'deviations' below with the reason.

. "$srcdir/tests/cli/testlib.sh"

vectors=$srcdir/tests/data/odp-ct-actions.txt
tab=$(printf '\t')

# ACTION<TAB>EXPECT<TAB>HEX as ofct has it, for the rows where ofct does not
# do what OVS does:
#   - OVS prints recirculation ids in hex ("recirc(0x1)") but parses only
#     decimal, so its own output does not read back; ofct reads both.
#   - OVS turns zone=65536 into zone 0 silently; ofct refuses it.
deviations="\
ct(commit,nat(dst=10.10.10.7:80)),recirc(0x1)${tab}roundtrip${tab}20000c00040001001800060004000200080003000a0a0a0706000500500000000800070001000000
ct,recirc(0x1)${tab}roundtrip${tab}04000c000800070001000000
recirc(0x1)${tab}roundtrip${tab}0800070001000000
ct(commit,zone=65536)${tab}error${tab}-"

row_fail() {
    fail "line $lineno: $action ($expect)
  $1"
}

# check_parse TEXT HEX: parse-odp-actions --hex on $action prints TEXT and
# HEX.
check_parse() {
    printf '%s\n' "$action" >"$tmp/in"
    run_ofct parse-odp-actions --hex
    printf '%s\n%s\n' "$1" "$2" >"$tmp/expected"
    if [ "$rc" != 0 ] || [ -s "$tmp/err" ] ||
       ! cmp -s "$tmp/expected" "$tmp/out"; then
        row_fail "parse-odp-actions --hex: expected (status 0):
$(sed 's/^/    | /' "$tmp/expected")"
    else
        pass
    fi
}

# check_decode TEXT HEX: decode-odp-actions on HEX prints TEXT and no byte
# difference.
check_decode() {
    printf '%s\n' "$2" >"$tmp/in"
    run_ofct decode-odp-actions
    printf '%s\n\n' "$1" >"$tmp/expected"
    if [ "$rc" != 0 ] || [ -s "$tmp/err" ] ||
       ! cmp -s "$tmp/expected" "$tmp/out"; then
        row_fail "decode-odp-actions $2: expected (status 0):
$(sed 's/^/    | /' "$tmp/expected")"
    else
        pass
    fi
}

check_error() {
    printf '%s\n' "$action" >"$tmp/in"
    run_ofct parse-odp-actions --hex
    if [ "$rc" != 0 ] ||
       ! same_text "$tmp/out" "odp_actions_from_string: error" ||
       ! grep -q '^ofct: line 1: .* at offset [0-9]*: ' "$tmp/err"; then
        row_fail "expected odp_actions_from_string: error and a reason with
  its offset on stderr"
    else
        pass
    fi
}

lineno=0
n_rows=0
n_deviations=0
while IFS=$tab read -r action expect hex source; do
    lineno=$((lineno + 1))
    case $action in
        '#'* | '') continue ;;
    esac
    n_rows=$((n_rows + 1))
    rc=- ; : >"$tmp/out"; : >"$tmp/err"
    if [ -z "$source" ]; then
        row_fail "malformed row: fewer than 4 columns"
        continue
    fi

    deviation=$(printf '%s\n' "$deviations" |
                awk -F "$tab" -v a="$action" '$1 == a')
    if [ -n "$deviation" ]; then
        n_deviations=$((n_deviations + 1))
        expect=$(printf '%s\n' "$deviation" | cut -f2)
        hex=$(printf '%s\n' "$deviation" | cut -f3)
    fi

    case $expect in
        roundtrip) text=$action ;;
        normalized:*) text=${expect#normalized:} ;;
        error) check_error; continue ;;
        *) row_fail "malformed row: unknown expectation"; continue ;;
    esac
    check_parse "$text" "$hex"
    check_decode "$text" "$hex"
done <"$vectors"

echo "$n_rows vector rows, $n_deviations deliberate deviations from OVS"
rc=- ; : >"$tmp/out"; : >"$tmp/err"
if [ "$n_rows" -lt 68 ]; then
    fail "expected at least 68 rows in $vectors"
fi
if [ "$n_deviations" -ne 4 ]; then
    fail "expected the 4 listed deviations to match rows, $n_deviations did"
fi
finish
