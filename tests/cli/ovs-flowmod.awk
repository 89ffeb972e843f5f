# ovs-flowmod.awk: finds the action list in flow_mods that ovs-ofctl
# hex-dumps, for tests/cli/interop-ovs.sh and tests/fuzz/make-seeds.sh.
#
# Input: the outputs of `ovs-ofctl -O VERSION -mmmmm parse-flow FLOW`, one
# after the other, each after a line "@@@ EXIT-STATUS" (with the command's
# stderr instead of its stdout when the status is not 0).  Output: a line
# per command, "ok TAB HEX" (HEX is "-" for no actions), "skip" (ovs-ofctl
# found no usable protocol) or "fail TAB WHY".  Set tab to a tab with
# -v tab=...
#
# The layouts are those of OpenFlow 1.0 (ofp10_flow_mod, or nx_flow_mod and
# its NXM match), 1.1 (ofp11_flow_mod with the 88-byte ofp11_match) and
# 1.2+ (ofp11_flow_mod with an OXM match).  For 1.1+ the actions are those
# of the apply_actions instruction, none without one.

function hexval(s) {
    return (index("0123456789abcdef", substr(s, 1, 1)) - 1) * 16 \
           + index("0123456789abcdef", substr(s, 2, 1)) - 1
}

function u16(o) {
    return v[o] * 256 + v[o + 1]
}

function flush(   start, end, o, len, out, i) {
    if (!started)
        return
    if (rc != 0) {
        if (why ~ /no usable protocol/)
            print "skip"
        else
            print "fail" tab "ovs-ofctl parse-flow exits " rc ": " why
        return
    }
    if (n < 8) {
        print "fail" tab "no flow_mod in the output of ovs-ofctl"
        return
    }
    start = -1
    end = n
    if (v[0] == 1) {
        if (v[1] == 14)
            start = 72
        else if (v[1] == 4)
            start = 48 + int((u16(40) + 7) / 8) * 8
    } else {
        if (v[0] == 2)
            o = 136
        else
            o = 48 + int((u16(50) + 7) / 8) * 8
        start = end = o
        while (o + 8 <= n) {
            len = u16(o + 2)
            if (len < 8)
                break
            if (u16(o) == 4) {
                start = o + 8
                end = o + len
                break
            }
            o += len
        }
    }
    if (start < 0) {
        print "fail" tab "unknown flow_mod layout"
        return
    }
    out = ""
    for (i = start; i < end && i < n; i++)
        out = out h[i]
    print "ok" tab (out == "" ? "-" : out)
}

/^@@@ / {
    flush()
    started = 1
    rc = $2
    why = ""
    n = 0
    split("", h)
    split("", v)
    next
}

rc != 0 {
    why = why (why == "" ? "" : " / ") $0
    next
}

/^[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]  / {
    s = substr($0, 11, 48)
    gsub(/-/, " ", s)
    k = split(s, f, " ")
    for (i = 1; i <= k; i++) {
        h[n] = f[i]
        v[n] = hexval(f[i])
        n++
    }
}

END {
    flush()
}
