#!/bin/sh
# probe-ovs-fields.sh: derives, from Open vSwitch's ovs-ofctl alone, the
# NXM/OXM headers of the fields that OVS knows and ofct's field table
# (lib/openflow/meta-field.c) lacks, and prints them as
# lib/openflow/mf-unsupported.c.  Not run by `make check` or CI; run it
# from the top of the source tree with a built ofct when the oracle or the
# field table changes:
#
#   OFCT=BUILD/utilities/ofct sh tools/probe-ovs-fields.sh \
#       > lib/openflow/mf-unsupported.c
#
# OVS_OFCTL may name the binary (default ovs-ofctl).  Findings that need a
# human's look go to stderr.
#
# How it probes (every probe is an OpenFlow 1.0 NXAST_REG_MOVE of one bit,
# "move:HEADER[0]->NXM_NX_REG0[0]", decoded by `ovs-ofctl parse-actions`):
#
# 1. Recognition.  Every header of the classes that ovs-fields(7) lists,
#    NXM_OF (0x0000), NXM_NX (0x0001), ERICOXM_OF (0x1000), OXM_OF
#    (0x8000) and OXM_OF_PKT_REG (0x8001), with every field number 0..127
#    and every length 0..255, and every experimenter header (class 0xffff)
#    of the vendors it lists, NXOXM_ET (0x00002320), NXOXM_NSH (0x005ad650)
#    and ONFOXM_ET (0x4f4e4600), with every field number and length.  OVS
#    decodes the move if and only if it knows the header (a fixed-width
#    field has exactly one length; a field that decodes with several
#    lengths, tun_metadata<N>, is variable).
#
# 2. Name and width: the same move from bit 65535 makes OVS log "bit offset
#    65535 exceeds N-bit width of source field NAME".
#
# 3. The headers that ofct decodes in the same move are left out; so is a
#    header of a field ofct has under another header (reported on stderr:
#    ofct lacks that header, not the field).

set -e
srcdir=${srcdir:-.}
OVS_OFCTL=${OVS_OFCTL:-ovs-ofctl}
if [ -z "${OFCT:-}" ] || [ ! -x "$OFCT" ]; then
    echo "OFCT must name a built ofct" >&2
    exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/probe-fields.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# move_hex SRC_OFS: reads "CLASS VENDOR FIELD LEN" lines (VENDOR "-" for
# a non-experimenter class) and prints the move probe of each header.
move_hex() {
    awk -v ofs=$1 '{
        h = sprintf("%s%04x", $1, $3 * 512 + $4)
        if ($2 == "-")
            printf "ffff00180000232000060001%04x0000%s00010004\n", ofs, h
        else
            printf "ffff00200000232000060001%04x0000%s%s0001000400000000\n",
                   ofs, h, $2
    }'
}

# decodes TOOL: reads "CLASS VENDOR FIELD LEN" lines on stdin and prints
# those whose move TOOL decodes.
decodes() {
    cat >"$tmp/cands"
    move_hex 0 <"$tmp/cands" >"$tmp/hex"
    "$1" parse-actions OpenFlow10 <"$tmp/hex" 2>/dev/null |
        awk 'BEGIN { RS = "" } { split($0, l, "\n"); print l[1] }' |
        paste -d ' ' "$tmp/cands" - |
        awk '$5 ~ /^actions=/ { print $1, $2, $3, $4 }'
}

# Step 1.
{
    for class in 0000 0001 1000 8000 8001; do
        awk -v c=$class 'BEGIN {
            for (f = 0; f < 128; f++)
                for (l = 0; l < 256; l++)
                    print c, "-", f, l
        }'
    done
    for vendor in 00002320 005ad650 4f4e4600; do
        awk -v v=$vendor 'BEGIN {
            for (f = 0; f < 128; f++)
                for (l = 0; l < 256; l++)
                    print "ffff", v, f, l
        }'
    done
} | decodes "$OVS_OFCTL" >"$tmp/ovs"

# "CLASS VENDOR FIELD LEN VARIABLE": LEN is the length, or for a variable
# field (VARIABLE 1) the largest length that names it.  (In OVS 3.1 a
# variable field takes every length up to its largest.)
awk '{
        k = $1 " " $2 " " $3
        if (!(k in n)) order[++n_keys] = k
        n[k]++
        if (!(k in len) || $4 > len[k]) len[k] = $4
     }
     END {
         for (i = 1; i <= n_keys; i++) {
             k = order[i]
             print k, len[k], (n[k] > 1)
         }
     }' "$tmp/ovs" >"$tmp/headers"

# Step 3, first half: what ofct decodes.
decodes "$OFCT" <"$tmp/ovs" >"$tmp/ofct"

# Step 2 and the rest of 3.
ofct_names=$(sed -n 's/.*\.name = "\([a-z0-9_]*\)".*/\1/p' \
                 "$srcdir/lib/openflow/meta-field.c"; \
             sed -n 's/^ *MF_\(X*REG\)(.*/\1/p' \
                 "$srcdir/lib/openflow/meta-field.c" | sort -u)
: >"$tmp/rows"
while read -r class vendor field len var; do
    plen=$len
    if awk -v c=$class -v v=$vendor -v f=$field -v l=$plen \
           '$1 == c && $2 == v && $3 == f && $4 == l { found = 1 }
            END { exit !found }' "$tmp/ofct"; then
        continue
    fi
    out=$(echo $class $vendor $field $plen | move_hex 65535 |
          "$OVS_OFCTL" parse-actions OpenFlow10 2>&1 >/dev/null)
    set -- $(printf '%s\n' "$out" | sed -n \
        's/.*exceeds \([0-9]*\)-bit width of source field \([a-z0-9_]*\).*/\1 \2/p')
    if [ $# != 2 ]; then
        echo "$class $vendor $field $len: no name: $out" >&2
        continue
    fi
    n_bits=$1 name=$2
    hdr_name=$(echo $class $vendor $field $plen | move_hex 0 |
               "$OVS_OFCTL" parse-actions OpenFlow10 2>/dev/null |
               sed -n 's/^actions=move:\([A-Z0-9_]*\).*/\1/p')
    case " $(echo $ofct_names) " in
        *" $name "*|*" $(echo "$name" | sed 's/[0-9]*$//') "*)
            echo "ofct has field $name but not its header" \
                 "$class/$vendor/$field/$len" >&2
            continue ;;
    esac
    echo "$class $vendor $field $len $var $n_bits $name $hdr_name" \
        >>"$tmp/rows"
done <"$tmp/headers"

awk -v ovs_version="$("$OVS_OFCTL" --version | sed -n '1s/.* //p')" '
    BEGIN {
        q = "\047"
        print "/* NXM/OXM headers of the fields that Open vSwitch " \
              ovs_version " knows and"
        print " * ofct" q "s field table (meta-field.c) lacks: generated by"
        print " * tools/probe-ovs-fields.sh from ovs-ofctl alone; do not" \
              " edit."
        print " *"
        print " * Each row is a header as on the wire, unmasked (for an" \
              " experimenter"
        print " * class, 0xffff, its length counts the 4-byte experimenter" \
              " ID), the"
        print " * experimenter ID (0 for other classes), whether the field" \
              " has a variable"
        print " * width (the header" q "s length is then the largest that" \
              " names it) and"
        print " * OVS" q "s name of the field; the comment gives the" \
              " field" q "s width in bits"
        print " * and the name OVS prints for the header.  As in OVS, a" \
              " header with the"
        print " * hasmask bit names the field if half its length (rounded" \
              " down) does. */"
        print "#include <config.h>"
        print ""
        print "#include <stdbool.h>"
        print "#include <stddef.h>"
        print ""
        print "#include \"openflow/meta-field.h\""
        print ""
        print "struct mf_unsupported {"
        print "    uint32_t header;"
        print "    uint32_t experimenter;"
        print "    bool variable;"
        print "    const char *name;"
        print "};"
        print ""
        print "static const struct mf_unsupported rows[] = {"
    }
    {
        class = $1; vendor = $2; field = $3; len = $4; var = $5
        printf "    { NXM_HEADER(0x%s, %d, 0, %d), %s, %s, \"%s\" },\n" \
               "      /* %d bits; OVS prints it as %s */\n", class, field,
               len, vendor == "-" ? "0" : "0x" vendor,
               var ? "true" : "false", $7, $6, $8
    }
    END {
        print "};"
        print ""
        print "const char *"
        print "mf_unsupported_name(uint32_t header, uint32_t experimenter)"
        print "{"
        print "    bool is_exp = NXM_CLASS(header) == 0xffff;"
        print "    unsigned int len = NXM_LENGTH(header);"
        print ""
        print "    if (is_exp) {"
        print "        if (len < 4) {"
        print "            return NULL;"
        print "        }"
        print "        len -= 4;"
        print "    }"
        print "    if (NXM_HASMASK(header)) {"
        print "        len /= 2;"
        print "    }"
        print "    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {"
        print "        const struct mf_unsupported *r = &rows[i];"
        print "        unsigned int width = NXM_LENGTH(r->header)" \
              " - (is_exp ? 4 : 0);"
        print ""
        print "        if (NXM_CLASS(r->header) == NXM_CLASS(header)"
        print "            && NXM_FIELD(r->header) == NXM_FIELD(header)"
        print "            && (!is_exp || r->experimenter == experimenter)"
        print "            && (r->variable ? len <= width : len == width)) {"
        print "            return r->name;"
        print "        }"
        print "    }"
        print "    return NULL;"
        print "}"
    }' "$tmp/rows"
