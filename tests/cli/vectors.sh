#!/bin/sh
# Runs every row of tests/data/ofp-ct-vectors.tsv (Open vSwitch's own
# vectors for ct, nat, ct_clear and resubmit(...,ct)) through ofct, and
# expects what ovs-ofctl does for the same input:
#
#   ok       parse-actions prints "actions=TEXT" and no re-encoding
#            difference, and encode-actions VERSION TEXT gives HEX back;
#   decodes  parse-actions prints "actions=TEXT" and exactly the byte
#            differences between HEX and the log column's reencode=HEX;
#   OFP...   parse-actions prints "bad VERSION actions: OFP...";
#   other    (VERSION is ANY) encode-actions OpenFlow10 TEXT exits 1 with
#            "ofct: EXPECTED" on stderr.
#
# The file's header explains the columns in full.

. "$srcdir/tests/cli/testlib.sh"

vectors=$srcdir/tests/data/ofp-ct-vectors.tsv
tab=$(printf '\t')

# Describes the current row in a failure report.
row_fail() {
    fail "line $lineno: $version $expected
  text: $text
  hex:  $hex
  $1"
}

# diff_lines A B: the lines parse-actions prints when re-encoding the hex
# bytes A gave the hex bytes B (the format of ovs-ofctl's
# print_differences()).
diff_lines() {
    awk -v a="$1" -v b="$2" 'BEGIN {
        na = length(a) / 2; nb = length(b) / 2
        for (i = 0; i < na && i < nb; i++) {
            x = substr(a, 2 * i + 1, 2); y = substr(b, 2 * i + 1, 2)
            if (x != y) printf "%2d: %s -> %s\n", i, x, y
        }
        for (i = na; i < nb; i++)
            printf "%2d: (none) -> %s\n", i, substr(b, 2 * i + 1, 2)
        for (i = nb; i < na; i++)
            printf "%2d: %s -> (none)\n", i, substr(a, 2 * i + 1, 2)
    }'
}

# parse_hex: runs "parse-actions $version" on $hex.
parse_hex() {
    printf '%s\n' "$hex" >"$tmp/in"
    run_ofct parse-actions "$version"
}

# expect_stdout_file DESCRIPTION: stdout must equal $tmp/expected and the
# exit status 0.
expect_stdout_file() {
    if [ "$rc" != 0 ]; then
        row_fail "$1: exit status $rc"
    elif ! cmp -s "$tmp/expected" "$tmp/out"; then
        row_fail "$1: expected stdout:
$(sed 's/^/    | /' "$tmp/expected")"
    else
        pass
    fi
}

check_ok() {
    parse_hex
    printf 'actions=%s\n\n' "$text" >"$tmp/expected"
    expect_stdout_file "parse-actions"

    : >"$tmp/in"
    run_ofct encode-actions "$version" "$text"
    printf '%s\n' "$hex" >"$tmp/expected"
    expect_stdout_file "encode-actions"
}

check_decodes() {
    reencode=${log#reencode=}
    if [ "$reencode" = "$log" ]; then
        row_fail "malformed row: no reencode= in the log column"
        return
    fi
    parse_hex
    { printf 'actions=%s\n' "$text"
      diff_lines "$hex" "$reencode"
      echo; } >"$tmp/expected"
    expect_stdout_file "parse-actions"
}

check_decode_error() {
    parse_hex
    printf 'bad %s actions: %s\n\n' "$version" "$expected" >"$tmp/expected"
    expect_stdout_file "parse-actions"
}

check_text_error() {
    : >"$tmp/in"
    run_ofct encode-actions OpenFlow10 "$text"
    if [ "$rc" != 1 ]; then
        row_fail "encode-actions: exit status $rc, expected 1"
    elif [ -s "$tmp/out" ]; then
        row_fail "encode-actions: unexpected stdout"
    elif ! same_text "$tmp/err" "ofct: $expected"; then
        row_fail "encode-actions: expected stderr: ofct: $expected"
    else
        pass
    fi
}

lineno=0
n_rows=0
while IFS=$tab read -r version text hex expected log source; do
    lineno=$((lineno + 1))
    case $version in
        '#'* | of_version | '') continue ;;
    esac
    n_rows=$((n_rows + 1))
    rc=- ; : >"$tmp/out"; : >"$tmp/err"
    # '-' stands for an empty field.  A missing last column means the row
    # lost a field (tabs collapse when a field is empty).
    [ "$text" = - ] && text=
    [ "$hex" = - ] && hex=
    if [ -z "$source" ]; then
        row_fail "malformed row: fewer than 6 columns"
        continue
    fi

    case $version:$expected in
        ANY:*) check_text_error ;;
        *:ok) check_ok ;;
        *:decodes) check_decodes ;;
        *:OFP* | *:NX*) check_decode_error ;;
        *) row_fail "malformed row: unknown expectation" ;;
    esac
done <"$vectors"

echo "$n_rows vector rows"
if [ "$n_rows" -lt 200 ]; then
    rc=-
    : >"$tmp/out"; : >"$tmp/err"
    fail "expected at least 200 rows in $vectors"
fi
finish
