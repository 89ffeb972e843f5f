#!/bin/sh
# Interoperability with Open vSwitch: runs every action list of
# tests/data/interop-actions.txt through ofct and through ovs-ofctl in each
# OpenFlow version from 1.0 to 1.5 and requires them to agree.
#
# For each list LINE and version V:
#
#   encode    `ofct encode-actions V LINE` exits 0 and prints one line of
#             hex, HEX.
#   encoder   HEX is the action list that ovs-ofctl's own encoder makes of
#             the same text: the actions at the end of the flow_mod that
#             `ovs-ofctl -O V -mmmmm parse-flow "MATCH,actions=LINE"`
#             hex-dumps (inside the apply_actions instruction for OF1.1+).
#             Skipped, and counted, when ovs-ofctl finds no protocol for
#             the flow in V ("no usable protocol": OpenFlow 1.1 has no
#             set_field for most fields); the other checks still run.
#   decode    (section "main") `ofct parse-actions V` and `ovs-ofctl
#             parse-actions V` print the same stdout for HEX, and that is
#             "actions=TEXT" and an empty line: no re-encoding difference.
#   deviation (section "deviations", see the corpus header and ofct(8))
#             ofct's TEXT for HEX encodes back to HEX and parses to the
#             same TEXT again, and ovs-ofctl decodes HEX without an error
#             and without difference lines (its text drops the nat flags).
#
# An empty HEX ("drop") has nothing to decode: both tools skip empty input
# lines.  Exits 77 (SKIP) without ovs-ofctl; OVS_OFCTL may name the
# ovs-ofctl binary.

OVS_OFCTL=${OVS_OFCTL:-ovs-ofctl}
if ! command -v "$OVS_OFCTL" >/dev/null 2>&1; then
    echo "SKIP: $OVS_OFCTL not found"
    exit 77
fi

. "$srcdir/tests/cli/testlib.sh"

corpus=$srcdir/tests/data/interop-actions.txt
versions='OpenFlow10 OpenFlow11 OpenFlow12 OpenFlow13 OpenFlow14 OpenFlow15'
tab=$(printf '\t')

n_skip_encoder=0
n_deviation_notes=0

# report SUMMARY DETAIL...: records a failure and prints it, with each
# DETAIL indented.
report() {
    n_fail=$((n_fail + 1))
    echo "FAIL: $1"
    shift
    for d in "$@"; do
        printf '%s\n' "$d" | sed 's/^/    /'
    done
}

# indent FILE: FILE's lines prefixed by "| ".
indent() {
    if [ -s "$1" ]; then
        sed 's/^/| /' "$1"
    else
        echo '(empty)'
    fi
}

# Splits the corpus into $tmp/lines: SECTION TAB MATCH TAB ACTIONS.
awk -v tab="$tab" '
    /^#%section[ \t]/ { section = $2; next }
    {
        m = "ip"
        if (match($0, /#[ \t]*match=[^ \t]*/)) {
            m = substr($0, RSTART, RLENGTH)
            sub(/^#[ \t]*match=/, "", m)
        }
        line = $0
        sub(/#.*/, "", line)
        gsub(/^[ \t]+|[ \t]+$/, "", line)
        if (line != "") print section tab m tab line
    }' "$corpus" >"$tmp/lines" || exit 99
n_lines=$(wc -l <"$tmp/lines")

# pf_actions: ovs-flowmod.awk on $tmp/pf.all (see there).
pf_actions() {
    awk -v tab="$tab" -f "$srcdir/tests/cli/ovs-flowmod.awk" "$tmp/pf.all"
}

# records FILE DIR: splits parse-actions output FILE into DIR/1, DIR/2...,
# one per input line (each ends with its empty line), and prints how many.
records() {
    rm -rf "$2"
    mkdir "$2"
    awk -v dir="$2" '
        { if (!open) { n++; open = 1 } print > (dir "/" n) }
        /^$/ { close(dir "/" n); open = 0 }
        END { print n + 0 }' "$1"
}

# round_trip_record FILE: FILE is "actions=..." and an empty line.
round_trip_record() {
    l1= l2= l3=
    { IFS= read -r l1; IFS= read -r l2; IFS= read -r l3; } <"$1"
    case $l1 in actions=*) ;; *) return 1 ;; esac
    [ -z "$l2" ] && [ -z "$l3" ]
}

# encode_all VERSION: ofct's encoding of each list in $tmp/enc.all, a line
# per list: "ok TAB HEX" (HEX "-" when empty) or "fail TAB WHY".  Encodes
# all the lists in one run of ofct, which reports a list that does not
# encode on stderr as "ofct: line N: ..." and prints nothing for it; falls
# back to a run per list when the output does not add up.
encode_all() {
    cut -f 3 "$tmp/lines" >"$tmp/actions"
    "$OFCT" encode-actions "$1" <"$tmp/actions" >"$tmp/enc.out" \
        2>"$tmp/enc.err"
    if awk -v tab="$tab" -v n="$n_lines" -v out="$tmp/enc.out" '
        /^ofct: line [0-9]+: / {
            i = $3; sub(/:$/, "", i)
            why = $0; sub(/^ofct: line [0-9]+: /, "", why)
            failed[i + 0] = why
            next
        }
        { exit 1 }              # anything else: do not trust the output
        END {
            for (i = 1; i <= n; i++) {
                if (i in failed) {
                    print "fail" tab "exit 1: " failed[i]
                } else if ((getline hex < out) > 0) {
                    print "ok" tab (hex == "" ? "-" : hex)
                } else {
                    exit 1
                }
            }
            if ((getline hex < out) > 0) exit 1
        }' "$tmp/enc.err" >"$tmp/enc.all"; then
        return
    fi
    : >"$tmp/enc.all"
    while IFS= read -r actions; do
        "$OFCT" encode-actions "$1" "$actions" \
            </dev/null >"$tmp/enc.out" 2>"$tmp/enc.err"
        rc=$?
        hex= extra=
        { IFS= read -r hex; IFS= read -r extra; } <"$tmp/enc.out"
        if [ $rc != 0 ] || [ -n "$extra" ] || [ ! -s "$tmp/enc.out" ]; then
            printf 'fail\texit %s: %s\n' $rc \
                "$(tr '\n' ' ' <"$tmp/enc.err")" >>"$tmp/enc.all"
        else
            printf 'ok\t%s\n' "${hex:--}" >>"$tmp/enc.all"
        fi
    done <"$tmp/actions"
}

for version in $versions; do
    # Pass 1: ofct's encoding of each list, and ovs-ofctl's flow_mod.
    encode_all "$version"
    : >"$tmp/pf.all"
    while IFS=$tab read -r section match actions; do
        "$OVS_OFCTL" -O "$version" -mmmmm parse-flow \
            "$match,actions=$actions" >"$tmp/pf.out" 2>"$tmp/pf.err"
        rc=$?
        echo "@@@ $rc" >>"$tmp/pf.all"
        if [ $rc = 0 ]; then
            cat "$tmp/pf.out" >>"$tmp/pf.all"
        else
            head -n 3 "$tmp/pf.err" >>"$tmp/pf.all"
        fi
    done <"$tmp/lines"
    pf_actions >"$tmp/pf.res"

    # Pass 2: compare the encodings; collect the lists to decode.
    : >"$tmp/hex.main"
    : >"$tmp/idx.main"
    : >"$tmp/dev"
    paste "$tmp/lines" "$tmp/enc.all" "$tmp/pf.res" >"$tmp/joined"
    while IFS=$tab read -r section match actions est ehex pst phex; do
        if [ "$est" != ok ]; then
            report "$version '$actions': ofct encode-actions fails" "$ehex"
            continue
        fi
        pass
        case $pst in
            skip)
                n_skip_encoder=$((n_skip_encoder + 1)) ;;
            ok)
                if [ "$ehex" = "$phex" ]; then
                    pass
                elif [ "$section" = deviations ]; then
                    # Documented in ofct(8): ofct keeps what OVS drops.
                    n_deviation_notes=$((n_deviation_notes + 1))
                    pass
                else
                    report "$version '$actions': ofct encodes other \
bytes than ovs-ofctl" "ofct:      $ehex" "ovs-ofctl: $phex" \
                        "(match: $match)"
                fi ;;
            *)
                report "$version '$actions': no encoding from ovs-ofctl" \
                    "match: $match" "$phex" ;;
        esac

        [ "$ehex" != - ] || continue
        case $section in
            main)
                printf '%s\n' "$ehex" >>"$tmp/hex.main"
                printf '%s\t%s\n' "$ehex" "$actions" >>"$tmp/idx.main" ;;
            deviations)
                printf '%s\t%s\n' "$ehex" "$actions" >>"$tmp/dev" ;;
            *)
                report "corpus line '$actions': unknown section '$section'" ;;
        esac
    done <"$tmp/joined"

    # Decode: both tools on all the main lists at once.
    n_main=$(wc -l <"$tmp/hex.main")
    "$OFCT" parse-actions "$version" <"$tmp/hex.main" \
        >"$tmp/ofct.out" 2>"$tmp/ofct.err"
    ofct_rc=$?
    "$OVS_OFCTL" parse-actions "$version" <"$tmp/hex.main" \
        >"$tmp/ovs.out" 2>"$tmp/ovs.err"
    ovs_rc=$?
    [ $ovs_rc = 0 ] || report "$version: ovs-ofctl parse-actions exits" \
        "$ovs_rc" "$(head -n 20 "$tmp/ovs.err")"
    [ $ofct_rc = 0 ] || report "$version: ofct parse-actions exits" \
        "$ofct_rc" "$(head -n 20 "$tmp/ofct.err")"
    n_ofct=$(records "$tmp/ofct.out" "$tmp/rofct")
    n_ovs=$(records "$tmp/ovs.out" "$tmp/rovs")
    if [ "$n_ofct" != "$n_main" ] || [ "$n_ovs" != "$n_main" ]; then
        report "$version: parse-actions of $n_main lists: ofct printed" \
            "$n_ofct records, ovs-ofctl $n_ovs"
    fi
    j=0
    while IFS=$tab read -r hex actions; do
        j=$((j + 1))
        [ -f "$tmp/rofct/$j" ] && [ -f "$tmp/rovs/$j" ] || continue
        if ! cmp -s "$tmp/rofct/$j" "$tmp/rovs/$j"; then
            report "$version '$actions': parse-actions output differs" \
                "hex: $hex" "ofct:" "$(indent "$tmp/rofct/$j")" \
                "ovs-ofctl:" "$(indent "$tmp/rovs/$j")"
        elif ! round_trip_record "$tmp/rovs/$j"; then
            report "$version '$actions': bytes do not round-trip" \
                "hex: $hex" "both print:" "$(indent "$tmp/rovs/$j")"
        else
            pass
        fi
    done <"$tmp/idx.main"
    if [ "$n_ofct" = "$n_ovs" ] && ! cmp -s "$tmp/ofct.out" "$tmp/ovs.out"
    then
        # Records may all agree while the outputs differ in how they are
        # split into records: then say so.
        same=yes
        j=0
        while [ $j -lt "$n_ovs" ]; do
            j=$((j + 1))
            cmp -s "$tmp/rofct/$j" "$tmp/rovs/$j" || { same=no; break; }
        done
        if [ $same = yes ]; then
            diff "$tmp/ovs.out" "$tmp/ofct.out" >"$tmp/diff" 2>&1
            report "$version: parse-actions stdout differs" \
                "$(head -n 20 "$tmp/diff")"
        fi
    fi

    # Deviations: ofct's text must round-trip; ovs-ofctl must decode.
    while IFS=$tab read -r hex actions; do
        printf '%s\n' "$hex" >"$tmp/in"
        "$OFCT" parse-actions "$version" <"$tmp/in" \
            >"$tmp/d1.out" 2>"$tmp/d1.err"
        rc=$?
        if [ $rc != 0 ] || ! round_trip_record "$tmp/d1.out"; then
            report "$version '$actions' (deviation): ofct parse-actions" \
                "hex: $hex" "exit $rc, stdout:" "$(indent "$tmp/d1.out")"
            continue
        fi
        text=$(sed -n '1s/^actions=//p' "$tmp/d1.out")
        hex2=$("$OFCT" encode-actions "$version" "$text" </dev/null \
                   2>"$tmp/d2.err")
        printf '%s\n' "$hex2" >"$tmp/in"
        text2=$("$OFCT" parse-actions "$version" <"$tmp/in" 2>&1 |
                    sed -n '1s/^actions=//p')
        if [ "$hex2" != "$hex" ] || [ "$text2" != "$text" ]; then
            report "$version '$actions' (deviation): no text round trip" \
                "hex:   $hex" "text:  $text" "hex2:  $hex2" "text2: $text2"
        else
            pass
        fi

        printf '%s\n' "$hex" >"$tmp/in"
        "$OVS_OFCTL" parse-actions "$version" <"$tmp/in" \
            >"$tmp/d3.out" 2>"$tmp/d3.err"
        rc=$?
        if [ $rc != 0 ] || ! round_trip_record "$tmp/d3.out"; then
            report "$version '$actions' (deviation): ovs-ofctl does not" \
                "decode ofct's bytes cleanly" "hex: $hex" \
                "exit $rc, stdout:" "$(indent "$tmp/d3.out")"
        else
            pass
            if ! cmp -s "$tmp/d1.out" "$tmp/d3.out"; then
                n_deviation_notes=$((n_deviation_notes + 1))
                [ "$version" != OpenFlow10 ] ||
                    echo "known deviation: ofct prints '$text'," \
                         "ovs-ofctl '$(sed -n '1s/^actions=//p' "$tmp/d3.out")'"
            fi
        fi
    done <"$tmp/dev"
done

echo "$n_lines action lists x 6 versions;" \
     "$n_skip_encoder encoder checks skipped (ovs-ofctl: no usable" \
     "protocol); $n_deviation_notes known text deviations"
if [ "$n_lines" -lt 180 ]; then
    report "expected at least 180 action lists in $corpus"
fi
finish
