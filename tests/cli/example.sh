#!/bin/sh
# The action-codec example: the action lists of
# tests/data/example-actions.txt encode, and their encoding decodes back to
# the text ovs-ofctl prints for them, with no re-encoding difference.

. "$srcdir/tests/cli/testlib.sh"

example=$srcdir/tests/data/example-actions.txt
n_lists=$(grep -cEv '^[[:space:]]*(#|$)' "$example")

for version in OpenFlow10 OpenFlow11 OpenFlow12 OpenFlow13 OpenFlow14 \
               OpenFlow15; do
    cp "$example" "$tmp/in"
    run_ofct encode-actions $version
    expect "$version: encode the example" 0 '*' ''
    if [ "$(grep -Ec '^([0-9a-f]{2})+$' "$tmp/out")" != "$n_lists" ]; then
        fail "$version: expected $n_lists lines of hex"
        continue
    fi
    pass

    cp "$tmp/out" "$tmp/in"
    run_ofct parse-actions $version
    expect "$version: decode the example" 0 '*' ''
    # One "actions=" line and one empty line per list: any other line would
    # be a re-encoding difference.
    if [ "$(grep -c '^actions=' "$tmp/out")" = "$n_lists" ] &&
       [ "$(wc -l <"$tmp/out")" -eq $((2 * n_lists)) ]; then
        pass
    else
        fail "$version: decoded text or re-encoding differences"
    fi
    if [ $version = OpenFlow13 ]; then
        if cmp -s "$srcdir/tests/data/example-actions.OpenFlow13.out" \
               "$tmp/out"; then
            pass
        else
            fail "$version: output differs from example-actions.OpenFlow13.out"
        fi
    fi
done

finish
