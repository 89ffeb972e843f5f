#!/bin/sh
# Regenerates tests/data/diff-fuzz-seeds.txt, the seeds of
# tests/cli/diff-fuzz.sh: the wire encodings that Open vSwitch's own
# encoder (ovs-ofctl parse-flow) gives to every action list of
# tests/data/interop-actions.txt in every OpenFlow version.  Not run by
# `make check`; run it from the top of the source tree after changing the
# corpus:
#
#   sh tests/fuzz/make-seeds.sh > tests/data/diff-fuzz-seeds.txt
#
# Each output line is "VERSIONS HEX", VERSIONS being the comma-separated
# versions in which ovs-ofctl encodes a list as HEX.

set -e
srcdir=${srcdir:-.}
OVS_OFCTL=${OVS_OFCTL:-ovs-ofctl}
corpus=$srcdir/tests/data/interop-actions.txt
tab=$(printf '\t')
tmp=$(mktemp -d "${TMPDIR:-/tmp}/make-seeds.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

awk -v tab="$tab" '
    /^#%section[ \t]/ { next }
    {
        m = "ip"
        if (match($0, /#[ \t]*match=[^ \t]*/)) {
            m = substr($0, RSTART, RLENGTH)
            sub(/^#[ \t]*match=/, "", m)
        }
        line = $0
        sub(/#.*/, "", line)
        gsub(/^[ \t]+|[ \t]+$/, "", line)
        if (line != "") print m tab line
    }' "$corpus" >"$tmp/lines"

: >"$tmp/all"
for version in OpenFlow10 OpenFlow11 OpenFlow12 OpenFlow13 OpenFlow14 \
               OpenFlow15; do
    : >"$tmp/pf.all"
    while IFS=$tab read -r match actions; do
        rc=0
        "$OVS_OFCTL" -O "$version" -mmmmm parse-flow \
            "$match,actions=$actions" >"$tmp/out" 2>"$tmp/err" || rc=$?
        echo "@@@ $rc" >>"$tmp/pf.all"
        if [ $rc = 0 ]; then
            cat "$tmp/out" >>"$tmp/pf.all"
        else
            cat "$tmp/err" >>"$tmp/pf.all"
        fi
    done <"$tmp/lines"
    awk -v tab="$tab" -f "$srcdir/tests/cli/ovs-flowmod.awk" "$tmp/pf.all" |
        awk -F "$tab" -v v="$version" '$1 == "ok" && $2 != "-" {
            print $2, v }' >>"$tmp/all"
done

cat <<EOF
# diff-fuzz-seeds.txt -- seeds of tests/cli/diff-fuzz.sh: the encodings by
# Open vSwitch's encoder (ovs-ofctl $("$OVS_OFCTL" --version | sed -n '1s/.* //p') parse-flow) of the action lists
# of tests/data/interop-actions.txt, made by tests/fuzz/make-seeds.sh; do
# not edit.  Format: VERSIONS HEX, VERSIONS the comma-separated OpenFlow
# versions in which ovs-ofctl encodes a list as HEX.
EOF
# One line per HEX, in the order of first appearance.
awk '
    ($1, $2) in seen { next }
    { seen[$1, $2] = 1 }
    !($1 in versions) { order[++n] = $1; versions[$1] = $2; next }
    { versions[$1] = versions[$1] "," $2 }
    END { for (i = 1; i <= n; i++) print versions[order[i]], order[i] }
' "$tmp/all"
