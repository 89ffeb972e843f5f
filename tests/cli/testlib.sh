# Helpers for the CLI tests, sourced by tests/cli/*.sh.
#
# `make check` sets OFCT (the ofct binary), srcdir and builddir (absolute
# top source and build directories).  To run one test by hand from a build
# directory:
#   OFCT=$PWD/utilities/ofct srcdir=$PWD/.. sh ../tests/cli/usage.sh
#
# A test calls run_ofct, then the expect_* checks, and ends with finish,
# which prints "N passed, M failed" and sets the exit status.  Exit 99 tells
# the automake harness that the test could not run at all.

if [ -z "${OFCT:-}" ] || [ -z "${srcdir:-}" ]; then
    echo "OFCT and srcdir must be set (make check sets them)" >&2
    exit 99
fi
if [ ! -x "$OFCT" ]; then
    echo "$OFCT: not built" >&2
    exit 99
fi

# Messages must not depend on the user's locale.
LC_ALL=C
export LC_ALL

n_pass=0
n_fail=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ofct-test.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# run_ofct [ARG...]: runs ofct with stdin from $tmp/in (empty unless the
# test wrote it), leaving $tmp/out, $tmp/err and $rc.
: >"$tmp/in"
run_ofct() {
    "$OFCT" "$@" <"$tmp/in" >"$tmp/out" 2>"$tmp/err"
    rc=$?
}

# set_input TEXT: makes TEXT (printf %b escapes allowed) the next stdin.
set_input() {
    printf '%b' "$1" >"$tmp/in"
}

pass() {
    n_pass=$((n_pass + 1))
}

# fail DESCRIPTION: records a failure and shows what ofct did.
fail() {
    n_fail=$((n_fail + 1))
    echo "FAIL: $1"
    echo "  exit status: $rc"
    echo "  stdout:"; sed 's/^/    | /' "$tmp/out"
    echo "  stderr:"; sed 's/^/    | /' "$tmp/err"
}

# expect DESCRIPTION STATUS STDOUT STDERR: checks the last run_ofct.  STDOUT
# and STDERR are exact texts without their final newline ('' = empty); '*'
# means "anything".
expect() {
    desc=$1 want_rc=$2 want_out=$3 want_err=$4
    if [ "$rc" != "$want_rc" ]; then
        fail "$desc: exit status $rc, expected $want_rc"
    elif [ "$want_out" != '*' ] && ! same_text "$tmp/out" "$want_out"; then
        fail "$desc: stdout differs, expected:
$want_out"
    elif [ "$want_err" != '*' ] && ! same_text "$tmp/err" "$want_err"; then
        fail "$desc: stderr differs, expected:
$want_err"
    else
        pass
    fi
}

# expect_grep DESCRIPTION FILE PATTERN: the last run's FILE (out or err)
# has a line matching the fixed string PATTERN.
expect_grep() {
    if grep -qF -- "$3" "$tmp/$2"; then
        pass
    else
        fail "$1: no line with '$3' in std$2"
    fi
}

# same_text FILE TEXT: FILE holds exactly TEXT plus a newline (or nothing
# when TEXT is empty).
same_text() {
    if [ -z "$2" ]; then
        [ ! -s "$1" ]
    else
        printf '%s\n' "$2" | cmp -s - "$1"
    fi
}

# pcap_head FILE N OUT: writes the first N frames of the pcap FILE (a
# little-endian one, as all of tests/data/ct) to OUT.
pcap_head() {
    ofs=24 i=0
    while [ "$i" -lt "$2" ]; do
        set -- "$1" "$2" "$3" $(od -An -tu1 -j $((ofs + 8)) -N 4 "$1")
        ofs=$((ofs + 16 + $4 + 256 * $5 + 65536 * $6 + 16777216 * $7))
        i=$((i + 1))
    done
    head -c "$ofs" "$1" >"$3"
}

finish() {
    echo "$n_pass passed, $n_fail failed"
    [ "$n_fail" -eq 0 ] && [ "$n_pass" -gt 0 ]
    exit $?
}
