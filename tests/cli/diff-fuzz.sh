#!/bin/sh
# Differential fuzzing of the decoder against Open vSwitch: feeds the same
# mutated wire action lists to `ofct parse-actions VERSION` and `ovs-ofctl
# parse-actions VERSION` and requires the same stdout for each list: the
# "actions=TEXT" or "bad VERSION actions: ERROR" line, the re-encoding
# difference lines and the empty line.
#
# The lists come from tests/mutate-actions (tests/fuzz/mutate-actions.c)
# with a fixed seed: the seeds of tests/data/diff-fuzz-seeds.txt (Open
# vSwitch's encodings of tests/data/interop-actions.txt) and the hex column
# of tests/data/ofp-ct-vectors.tsv, then FUZZ_COUNT (default 5000) mutants
# of them made from FUZZ_SEED (default 1).
#
# ofct's documented deviation (DIFFERENCES FROM OVS-OFCTL in ofct(8)),
# nat(src,random) and the like where ovs-ofctl prints nat(src), is counted
# apart and passes.
#
# So is a list that ofct rejects because it uses an action or a field that
# Open vSwitch knows and ofct does not implement (ofct's reason then says
# "... is not supported by ofct": the tables lib/openflow/
# ofp-raw-unsupported.c and mf-unsupported.c): it is out of scope, and the
# report counts these lists by the action or field's name.
#
# One more class passes, counted apart: both tools reject an OXM entry
# whose header names no field ofct knows (or has an impossible length),
# one with OFPBAC_BAD_SET_TYPE and the other with OFPBAC_BAD_SET_LEN.
# Which of the two Open vSwitch picks for such a header follows no rule
# that its behaviour reveals (it differs between neighbouring field
# numbers and lengths), so ofct does not try to mimic it.
#
# The report groups the mismatches by kind: what each tool did, and the
# reason ofct gave on stderr for rejecting a list (numbers replaced by N).
# It shows the FUZZ_EXAMPLES (default 3) shortest lists of each kind.  The
# whole list of mismatches goes to the file named by FUZZ_MISMATCHES, if
# set: "VERSION HEX", ofct's stdout, ovs-ofctl's and ofct's reason, as
# tab-separated fields with newlines as "|".
#
# Exits 77 (SKIP) without ovs-ofctl; OVS_OFCTL may name the binary and
# MUTATE_ACTIONS the generator.

OVS_OFCTL=${OVS_OFCTL:-ovs-ofctl}
if ! command -v "$OVS_OFCTL" >/dev/null 2>&1; then
    echo "SKIP: $OVS_OFCTL not found"
    exit 77
fi

. "$srcdir/tests/cli/testlib.sh"

mutate=${MUTATE_ACTIONS:-$builddir/tests/mutate-actions}
if [ ! -x "$mutate" ]; then
    echo "$mutate: not built" >&2
    exit 99
fi
FUZZ_SEED=${FUZZ_SEED:-1}
FUZZ_COUNT=${FUZZ_COUNT:-5000}
FUZZ_EXAMPLES=${FUZZ_EXAMPLES:-3}
versions='OpenFlow10 OpenFlow11 OpenFlow12 OpenFlow13 OpenFlow14 OpenFlow15'

{
    grep -v '^#' "$srcdir/tests/data/diff-fuzz-seeds.txt"
    awk -F '\t' '$1 ~ /^OpenFlow1[0-5]$/ && $3 != "-" && $3 != "" {
        print $1, $3 }' "$srcdir/tests/data/ofp-ct-vectors.tsv"
} >"$tmp/seeds" || exit 99
"$mutate" -s "$FUZZ_SEED" -n "$FUZZ_COUNT" <"$tmp/seeds" >"$tmp/lists" ||
    exit 99

# decode TOOL VERSION IN OUT ERR: runs TOOL's parse-actions VERSION on the
# hex lines of IN, with stdout to OUT and stderr to ERR.  When TOOL fails,
# or prints a record count other than the line count (it died on a list),
# runs it on each line alone instead: a list that makes it fail gets the
# record "@@crash EXIT-STATUS".
decode() {
    "$1" parse-actions "$2" <"$3" >"$4" 2>"$5"
    status=$?
    n_in=$(wc -l <"$3")
    n_out=$(grep -c '^$' "$4")
    [ $status = 0 ] && [ "$n_in" = "$n_out" ] && return 0
    echo "note: $1 parse-actions $2 exits $status after $n_out of $n_in" \
         "lists; decoding them one by one"
    : >"$4"
    : >"$5"
    line=0
    while IFS= read -r hex; do
        line=$((line + 1))
        printf '%s\n' "$hex" >"$tmp/one"
        "$1" parse-actions "$2" <"$tmp/one" >"$tmp/one.out" 2>"$tmp/one.err"
        status=$?
        if [ $status = 0 ]; then
            cat "$tmp/one.out" >>"$4"
        else
            printf '@@crash %s\n\n' $status >>"$4"
        fi
        sed "s/^ofct: line 1:/ofct: line $line:/" "$tmp/one.err" >>"$5"
    done <"$3"
}

n_lists=0
: >"$tmp/mismatches"
for version in $versions; do
    awk -v v="$version" '$1 == v { print $2 }' "$tmp/lists" >"$tmp/hex"
    [ -s "$tmp/hex" ] || continue
    n_lists=$((n_lists + $(wc -l <"$tmp/hex")))
    decode "$OFCT" "$version" "$tmp/hex" "$tmp/ofct.out" "$tmp/ofct.err"
    decode "$OVS_OFCTL" "$version" "$tmp/hex" "$tmp/ovs.out" "$tmp/ovs.err"

    # Compares the outputs record by record (a record ends at an empty
    # line) and prints a line per list that differs: VERSION HEX, ofct's
    # record, ovs-ofctl's, and the reason ofct gave on stderr, separated by
    # tabs, with "|" for newlines.
    awk -v v="$version" -v hexfile="$tmp/hex" -v ofct="$tmp/ofct.out" \
        -v ofct_err="$tmp/ofct.err" -v known="$tmp/known.$version" \
        -v unsupported="$tmp/unsupported.$version" \
        -v oxm="$tmp/oxm.$version" '
        BEGIN {
            while ((getline line < ofct_err) > 0) {
                if (line ~ /^ofct: line [0-9]+: /) {
                    n = line
                    sub(/^ofct: line /, "", n)
                    sub(/:.*/, "", n)
                    sub(/^ofct: line [0-9]+: /, "", line)
                    reason[n + 0] = line
                }
            }
        }
        function next_record(file,   line, rec) {
            rec = ""
            while ((getline line < file) > 0) {
                if (line == "") return rec
                rec = rec line "|"
            }
            return rec "@@eof|"
        }
        $0 != "" { ovs_rec = ovs_rec $0 "|"; next }
        {
            i++
            ofct_rec = next_record(ofct)
            if ((getline hex < hexfile) <= 0) hex = "?"
            if (ofct_rec != ovs_rec) {
                # The documented deviation (ofct(8)): ofct prints
                # nat(src,random) where ovs-ofctl drops the flags.
                norm = ofct_rec
                gsub(/nat\(src(,(persistent|hash|random))+\)/, "nat(src)",
                     norm)
                gsub(/nat\(dst(,(persistent|hash|random))+\)/, "nat(dst)",
                     norm)
                if (norm == ovs_rec)
                    print "known" > known
                else if (match(reason[i],
                               /[^ ]+ is not supported by ofct/)) {
                    # Out of scope: print the action or field name.
                    what = substr(reason[i], RSTART, RLENGTH)
                    sub(/ .*/, "", what)
                    if (substr(reason[i], 1, RSTART - 1) ~ /field $/)
                        what = "field " what
                    print what > unsupported
                } else if (ofct_rec ~ /^bad [^|]* actions: OFPBAC_BAD_SET_(TYPE|LEN)\|$/ \
                           && ovs_rec ~ /^bad [^|]* actions: OFPBAC_BAD_SET_(TYPE|LEN)\|$/ \
                           && reason[i] ~ /unknown OXM field|impossible length/)
                    print "oxm" > oxm
                else
                    printf "%s %s\t%s\t%s\t%s\n", v, hex, ofct_rec,
                           ovs_rec, reason[i]
            }
            ovs_rec = ""
        }' "$tmp/ovs.out" >>"$tmp/mismatches"
done

n_mismatch=$(wc -l <"$tmp/mismatches")
n_known=$(cat "$tmp"/known.* 2>/dev/null | wc -l)
cat "$tmp"/unsupported.* >"$tmp/unsupported" 2>/dev/null || :
n_unsupported=$(wc -l <"$tmp/unsupported")
n_oxm=$(cat "$tmp"/oxm.* 2>/dev/null | wc -l)
n_match=$((n_lists - n_mismatch - n_known - n_unsupported - n_oxm))
if [ -n "${FUZZ_MISMATCHES:-}" ]; then
    cp "$tmp/mismatches" "$FUZZ_MISMATCHES"
fi

# Groups the mismatches into kinds and shows each kind with its shortest
# examples.
awk -F '\t' -v max="$FUZZ_EXAMPLES" '
    function first(rec) { sub(/\|.*/, "", rec); return rec }
    function error_of(line) { sub(/.*: /, "", line); return line }
    function kind_of(o, s, why,   fo, fs) {
        fo = first(o); fs = first(s)
        # The reason without its numbers and action offset.
        sub(/^bad action at offset [0-9]+ /, "", why)
        gsub(/0x[0-9a-f]+|[0-9]+/, "N", why)
        if (fo ~ /^@@crash/) return "ofct crashes"
        if (fs ~ /^@@crash/) return "ovs-ofctl crashes"
        if (why ~ /unknown OpenFlowN action/)
            return "ofct does not know the action: ovs-ofctl " \
                   (fs ~ /^bad / ? error_of(fs) : "decodes it")
        if (fo ~ /^bad / && fs ~ /^bad /)
            return "ofct " error_of(fo) ", ovs-ofctl " error_of(fs) \
                   " (ofct: " why ")"
        if (fs ~ /^bad /)
            return "ofct decodes, ovs-ofctl " error_of(fs)
        if (fo ~ /^bad /)
            return "ofct " error_of(fo) " (" why "), ovs-ofctl decodes"
        if (fo != fs) return "both decode, to other texts"
        return "same text, other re-encoding differences"
    }
    {
        k = kind_of($2, $3, $4)
        if (!(k in count)) order[++n_kinds] = k
        count[k]++
        split($1, vh, " ")
        len = length(vh[2])
        # Keeps the max shortest examples of each kind, shortest first.
        for (i = 1; i <= max; i++) {
            if (!((k, i) in ex_len) || len < ex_len[k, i]) {
                for (j = max; j > i; j--) {
                    if ((k, j - 1) in ex_len) {
                        ex_len[k, j] = ex_len[k, j - 1]
                        ex[k, j] = ex[k, j - 1]
                    }
                }
                ex_len[k, i] = len
                ex[k, i] = $0
                break
            }
        }
    }
    function show(label, rec) {
        sub(/\|$/, "", rec)
        gsub(/\|/, "\n          | ", rec)
        printf "      %-10s| %s\n", label, rec
    }
    END {
        for (i = 1; i <= n_kinds; i++) {
            k = order[i]
            printf "FAIL: %d lists: %s\n", count[k], k
            for (j = 1; j <= max && (k, j) in ex; j++) {
                split(ex[k, j], f, "\t")
                printf "    %s\n", f[1]
                show("ofct", f[2])
                show("ovs-ofctl", f[3])
                if (f[4] != "") printf "      (ofct: %s)\n", f[4]
            }
        }
    }' "$tmp/mismatches"

# The out-of-scope lists, by the name of the action or field.
if [ "$n_unsupported" -gt 0 ]; then
    echo "$n_unsupported lists use actions or fields ofct does not" \
         "implement (out of scope):"
    sort "$tmp/unsupported" | uniq -c | sort -k1,1nr -k2 |
        awk '{ printf "    %6d  %s\n", $1, substr($0, index($0, $2)) }'
fi

echo "$n_lists lists (seed $FUZZ_SEED, $FUZZ_COUNT mutants):" \
     "$n_match decoded the same, $n_known with the known nat flags" \
     "deviation, $n_unsupported out of scope, $n_oxm rejected by both" \
     "for an unknown OXM header (BAD_SET_TYPE/BAD_SET_LEN)," \
     "$n_mismatch differently"
n_pass=$((n_match + n_known + n_unsupported + n_oxm))
n_fail=$n_mismatch
finish
