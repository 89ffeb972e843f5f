#!/bin/sh
# The ofct command line itself: help, version, option and argument errors,
# input errors and their exit statuses (0 ok, 1 bad input, 2 bad usage).

. "$srcdir/tests/cli/testlib.sh"

# Help and version.
for opt in --help -h; do
    run_ofct $opt
    expect "$opt" 0 '*' ''
    for cmd in parse-actions parse-instructions encode-actions \
               encode-instructions; do
        expect_grep "$opt lists $cmd" out "  $cmd VERSION"
    done
    expect_grep "$opt shows the usage" out "usage: ofct [OPTIONS] COMMAND"
done

for opt in --version -V; do
    run_ofct $opt
    expect "$opt" 0 "ofct (ofct) ${PACKAGE_VERSION:?}" ''
done

run_ofct parse-actions --help
expect "subcommand --help" 0 '*' ''
expect_grep "subcommand --help" out "usage: ofct parse-actions VERSION"

# Bad usage: exit status 2, a message on stderr, nothing on stdout.
run_ofct
expect "no command" 2 '' "ofct: missing command; use --help for help"

run_ofct frobnicate
expect "unknown command" 2 '' \
    "ofct: unknown command 'frobnicate'; use --help for help"

run_ofct --bogus parse-actions OpenFlow10
expect "unknown long option" 2 '' \
    "ofct: unknown option '--bogus'; use --help for help"

run_ofct -x parse-actions OpenFlow10
expect "unknown short option" 2 '' \
    "ofct: unknown option '-x'; use --help for help"

run_ofct -mx parse-actions OpenFlow10
expect "unknown option grouped with a known one" 2 '' \
    "ofct: unknown option '-x'; use --help for help"

run_ofct -O
expect "-O without argument" 2 '' "ofct: option '-O' requires an argument"

run_ofct --protocols=OpenFlow99 parse-actions OpenFlow10
expect "-O with a bad version" 2 '' \
    "ofct: OpenFlow99: not a valid OpenFlow version (use OpenFlow10 ... OpenFlow15)"

# Global options are accepted before the command.
run_ofct -O OpenFlow13 -m -m parse-actions OpenFlow10
expect "global options" 0 '' ''

run_ofct parse-actions
expect "parse-actions without VERSION" 2 '' \
    "ofct: parse-actions: wrong number of arguments (usage: ofct parse-actions VERSION)"

run_ofct parse-actions OpenFlow10 extra
expect "parse-actions with an extra argument" 2 '' '*'

run_ofct encode-actions
expect "encode-actions without VERSION" 2 '' \
    "ofct: encode-actions: wrong number of arguments (usage: ofct encode-actions VERSION [ACTIONS])"

run_ofct encode-actions OpenFlow10 ct_clear extra
expect "encode-actions with an extra argument" 2 '' '*'

run_ofct parse-instructions OpenFlow99
expect "parse-instructions with a bad version" 2 '' \
    "ofct: OpenFlow99: not a valid OpenFlow version (use OpenFlow10 ... OpenFlow15)"

run_ofct encode-actions OF1.9 ct_clear
expect "encode-actions with a bad version" 2 '' '*'

# Input without any data line: nothing to do, success.
set_input '# only a comment\n\n   \n# and another\n'
run_ofct parse-actions OpenFlow13
expect "parse-actions on comments only" 0 '' ''
run_ofct encode-actions OpenFlow13
expect "encode-actions on comments only" 0 '' ''

# Bad hex: exit status 1 and the line it is on.
set_input 'zz\n'
run_ofct parse-actions OpenFlow10
expect "bad hex digit" 1 '' "ofct: line 1: invalid hex digit \`z' at offset 0"

set_input '# comment\n\nabc\n'
run_ofct parse-instructions OpenFlow13
expect "odd number of hex digits" 1 '' \
    "ofct: line 3: odd number of hex digits (c) at offset 2"

# A trailing '#' comment is not part of the hex.
set_input 'zz # comment with ffff\n'
run_ofct parse-actions OpenFlow10
expect "hex with a trailing comment" 1 '' \
    "ofct: line 1: invalid hex digit \`z' at offset 0"

# Output that cannot be written is an error, not a silent success.
if [ -w /dev/full ]; then
    "$OFCT" --help >/dev/full 2>"$tmp/err"
    rc=$?
    : >"$tmp/out"
    expect "write error" 1 '' "ofct: error writing standard output"

    # parse-flows copies its held output (past a megabyte, a temporary
    # file) with sendfile(): a failed copy is an error too.
    awk -v n=8000 -f "$srcdir/tests/bench/gen-flows.awk" >"$tmp/flows"
    "$OFCT" parse-flows "$tmp/flows" >/dev/full 2>"$tmp/err"
    rc=$?
    : >"$tmp/out"
    expect "parse-flows write error" 1 '' "ofct: error writing standard output: No space left on device
ofct: error writing standard output"
fi

# The same output to a file, a pipe and appended to a file.
awk -v n=8000 -f "$srcdir/tests/bench/gen-flows.awk" >"$tmp/flows"
"$OFCT" parse-flows "$tmp/flows" >"$tmp/file" 2>"$tmp/err"
if [ $? = 0 ] && [ "$(wc -l <"$tmp/file")" = 8002 ]; then
    pass
else
    fail "parse-flows of 8,000 flows to a file"
fi
"$OFCT" parse-flows "$tmp/flows" 2>"$tmp/err" | cat >"$tmp/pipe"
if cmp -s "$tmp/file" "$tmp/pipe"; then pass; else
    fail "parse-flows to a pipe differs"; fi
printf 'before\n' >"$tmp/append"
"$OFCT" parse-flows "$tmp/flows" >>"$tmp/append" 2>"$tmp/err"
if { printf 'before\n'; cat "$tmp/file"; } | cmp -s - "$tmp/append"; then
    pass
else
    fail "parse-flows appended to a file differs"
fi

finish
