#!/bin/sh
# probe-ovs-raw-actions.sh: derives, from Open vSwitch's ovs-ofctl alone,
# the table of the raw (wire) actions that OVS decodes and ofct does not
# implement, and prints it as lib/openflow/ofp-raw-unsupported.c.  Not run
# by `make check` or CI (it takes a few minutes); run it from the top of the
# source tree when the oracle or OFP_RAW_ACTIONS changes:
#
#   sh tools/probe-ovs-raw-actions.sh > lib/openflow/ofp-raw-unsupported.c
#
# OVS_OFCTL may name the binary (default ovs-ofctl).  Findings that need a
# human's look (an implemented action whose name or length limits differ
# from OVS's, a length sweep that contradicts the announced range) go to
# stderr.
#
# How it probes, for each OpenFlow version 1.0 .. 1.5:
#
# 1. Recognition.  `ovs-ofctl parse-actions` gets one 16-byte list per
#    candidate: an action header with length 0, for every standard type
#    0 .. 0xfffe and every subtype 0 .. 0xffff of the Nicira (0x2320) and
#    ONF (0x4f4e4600) vendors.  A type OVS does not know answers
#    OFPBAC_BAD_TYPE or OFPBAC_BAD_VENDOR_TYPE; any other answer (always
#    OFPBAC_BAD_LEN, since no action is 0 bytes long) means OVS knows it.
#    OVS looks the action up before it checks its length, so this is
#    exactly the set of (vendor, type, version) OVS recognises.
#
# 2. Name and length limits.  Each recognised action is decoded alone
#    with length 0, and OVS logs "OpenFlow action NAME length 0 not in
#    valid range [MIN,MAX]": its name and limits (65528 = no maximum
#    beyond the 16-bit length).  (This log is rate-limited, hence one
#    ovs-ofctl run per probe.)
#
# 3. Cross-check by sweeping the length: 8 .. 256 in steps of 8, MIN - 8,
#    MIN, MAX, MAX + 8 and 65528, each a list of exactly that many bytes
#    (zero body).  A length outside [MIN,MAX] must give the range message
#    and a length inside it must not (the action's own body checks may
#    still give OFPBAC_BAD_LEN or another error, with a different message).
#    Contradictions go to stderr.
#
# 4. The (vendor, type, version) triples that ofct's OFP_RAW_ACTIONS
#    (lib/openflow/ofpact.h) decodes are left out; the rest are merged into
#    one row per action and contiguous version range.

set -e
srcdir=${srcdir:-.}
OVS_OFCTL=${OVS_OFCTL:-ovs-ofctl}
hdr=$srcdir/lib/openflow/ofpact.h
tmp=$(mktemp -d "${TMPDIR:-/tmp}/probe-raw.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# Step 1: "VERSION VENDOR TYPE" for every action OVS recognises.
: >"$tmp/known"
for v in 10 11 12 13 14 15; do
    for vendor in 00000000 00002320 4f4e4600; do
        awk -v vendor=$vendor 'BEGIN {
            if (vendor == "00000000")
                for (t = 0; t < 65535; t++)
                    printf "%04x0000000000000000000000000000\n", t
            else
                for (t = 0; t < 65536; t++)
                    printf "ffff0000%s%04x000000000000\n", vendor, t
        }' >"$tmp/lists"
        "$OVS_OFCTL" parse-actions OpenFlow$v <"$tmp/lists" 2>/dev/null |
            awk -v v=$v -v vendor=$vendor 'BEGIN { RS = "" }
                {
                    split($0, line, "\n")
                    if (line[1] !~ /OFPBAC_BAD_(VENDOR_)?TYPE$/)
                        print v, vendor, NR - 1
                }' >>"$tmp/known"
    done
done

# action_hex VENDOR TYPE LEN BUFLEN: an action of type TYPE whose length
# field says LEN, in a list of BUFLEN zero-padded bytes.
action_hex() {
    awk -v vendor=$1 -v type=$2 -v len=$3 -v buflen=$4 'BEGIN {
        if (vendor == "00000000") {
            s = sprintf("%04x%04x", type, len); n = 4
        } else {
            s = sprintf("ffff%04x%s%04x", len, vendor, type); n = 10
        }
        for (; n < buflen; n++) s = s "00"
        print s
    }'
}

# probe VERSION HEX: ovs-ofctl's answer and log for one list, one line.
probe() {
    printf '%s\n' "$2" | "$OVS_OFCTL" parse-actions OpenFlow$1 2>&1 |
        sed -n 's/^.*|WARN|//p; /^bad \|^actions=/p' | tr '\n' ' '
}

# Step 2 and 3: "VERSION VENDOR TYPE NAME MIN MAX" per recognised action.
: >"$tmp/rows"
while read -r v vendor type; do
    out=$(probe $v "$(action_hex $vendor $type 0 16)")
    set -- $(printf '%s\n' "$out" | sed -n \
        's/.*OpenFlow action \([A-Z0-9_]*\) length 0 not in valid range \[\([0-9]*\),\([0-9]*\)\].*/\1 \2 \3/p')
    if [ $# != 3 ]; then
        echo "OpenFlow$v vendor $vendor type $type: no range: $out" >&2
        continue
    fi
    name=$1 min=$2 max=$3
    echo "$v $vendor $type $name $min $max" >>"$tmp/rows"
    for len in $(awk -v min=$min -v max=$max 'BEGIN {
            for (l = 8; l <= 256; l += 8) print l
            if (min > 8) print min - 8
            print min; print max
            if (max + 8 <= 65528) print max + 8
            print 65528 }' | sort -nu); do
        buflen=$len
        [ $vendor != 00000000 ] && [ $len -lt 16 ] && buflen=16
        out=$(probe $v "$(action_hex $vendor $type $len $buflen)")
        case $out in
            *"length $len not in valid range"*) in_range=no ;;
            *) in_range=yes ;;
        esac
        if [ $len -ge $min ] && [ $len -le $max ]; then
            want=yes
        else
            want=no
        fi
        if [ $in_range != $want ]; then
            echo "$name (OpenFlow$v): length $len contradicts [$min,$max]:" \
                 "$out" >&2
        fi
    done
done <"$tmp/known"
sort -k2,2 -k3,3n -k1,1n "$tmp/rows" >"$tmp/sorted"

# Step 4: ofct's raw actions, "VENDOR TYPE MINV MAXV MINLEN MAXLEN NAME".
awk '/^#define OFP_RAW_ACTIONS/ { on = 1 }
     on { line = line " " $0; if ($0 !~ /\\$/) on = 0 }
     END {
         gsub(/\\/, " ", line)
         n = split(line, raw, /RAW\(/)
         for (i = 2; i <= n; i++) {
             s = raw[i]; gsub(/[ \t]+/, "", s); sub(/\).*/, "", s)
             split(s, f, ",")
             vendor = f[2] == "NX_VENDOR_ID" ? "00002320" \
                    : f[2] == "ONF_VENDOR_ID" ? "4f4e4600" : "00000000"
             sub(/OFCT_OFP/, "", f[4]); sub(/OFCT_OFP/, "", f[5])
             maxlen = f[7] ~ /^0x/ ? 65528 : f[7]
             name = f[8]; gsub(/"/, "", name)
             print vendor, f[3], f[4], f[5], f[6], maxlen, name
         }
     }' "$hdr" >"$tmp/ofct"

awk -v ovs_version="$("$OVS_OFCTL" --version | sed -n '1s/.* //p')" '
    FNR == NR { ofct[++n_ofct] = $0; next }
    {
        v = $1; vendor = $2; type = $3; name = $4; min = $5; max = $6
        for (i = 1; i <= n_ofct; i++) {
            split(ofct[i], o, " ")
            if (o[1] == vendor && o[2] == type && v >= o[3] && v <= o[4]) {
                if (o[7] != name || o[5] != min || o[6] != max)
                    printf "ofct %s [%s,%s] vs OVS %s [%s,%s] in " \
                           "OpenFlow%s\n", o[7], o[5], o[6], name, min,
                           max, v > "/dev/stderr"
                next
            }
        }
        key = vendor " " type " " name " " min " " max
        if (key == last_key && v == last_v + 1) {
            row[n_rows] = key " " first_v " " v
        } else {
            row[++n_rows] = key " " v " " v
            first_v = v
        }
        last_key = key; last_v = v
    }
    END {
        print "/* Raw OpenFlow actions that Open vSwitch " ovs_version \
              " decodes and ofct does not"
        print " * implement: generated by tools/probe-ovs-raw-actions.sh" \
              " from ovs-ofctl"
        print " * alone; do not edit.  One row per action and contiguous" \
              " range of"
        print " * OpenFlow versions: vendor (0 for a standard action), type" \
              " or"
        print " * experimenter subtype, first and last version, minimum" \
              " and maximum"
        print " * length (65528: no limit but the 16-bit length) and name" \
              " as OVS logs it."
        print " * ofpact.c checks such an action'"'"'s length as it does an" \
              " implemented"
        print " * one'"'"'s, then rejects it as \"NAME is not supported by" \
              " ofct\". */"
        print "#include <config.h>"
        print ""
        print "#include \"openflow/ofpact.h\""
        print ""
        print "static const struct ofp_raw_unsupported rows[] = {"
        for (i = 1; i <= n_rows; i++) {
            split(row[i], r, " ")
            printf "    { 0x%s, %5d, OFCT_OFP%s, OFCT_OFP%s, %2d, %5d,\n" \
                   "      \"%s\" },\n", r[1], r[2], r[6], r[7], r[4], r[5],
                   r[3]
        }
        print "};"
        print ""
        print "const struct ofp_raw_unsupported *"
        print "ofp_raw_unsupported_find(uint32_t vendor, uint16_t type,"
        print "                         enum ofct_ofp_version version)"
        print "{"
        print "    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {"
        print "        const struct ofp_raw_unsupported *r = &rows[i];"
        print ""
        print "        if (r->vendor == vendor && r->type == type"
        print "            && version >= r->min_version" \
              " && version <= r->max_version) {"
        print "            return r;"
        print "        }"
        print "    }"
        print "    return NULL;"
        print "}"
    }' "$tmp/ofct" "$tmp/sorted"
