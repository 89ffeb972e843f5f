#!/bin/sh
# Inputs that the libFuzzer targets of tests/fuzz found wrong, through the
# command line: each must get its clear error (and no sanitizer report,
# under --enable-sanitizers).  Inputs that a unit suite checks better are
# in tests/unit instead.

. "$srcdir/tests/cli/testlib.sh"

# hex2bin HEX: writes the bytes of HEX to stdout.
hex2bin() {
    h=$1
    while [ -n "$h" ]; do
        b=${h%"${h#??}"}
        h=${h#??}
        # shellcheck disable=SC2059
        printf "\\$(printf %o "0x$b")"
    done
}

# fuzz-pcap: a pcapng frame stamped 0xffff0000 << 32 microseconds after
# 1970 (18446462598732 s), which does not fit in 64 bits of nanoseconds:
# the seconds were multiplied into a signed overflow.
shb=0a0d0d0a1c0000004d3c2b1a01000000ffffffffffffffff1c000000
idb=0100000014000000010000000000010014000000
epb=0600000020000000000000000000ffff00000000000000000000000020000000
hex2bin "$shb$idb$epb" >"$tmp/ts.pcapng"
run_ofct ct-replay "$tmp/ts.pcapng"
expect "pcapng timestamp out of range" 1 '' \
    "ofct: $tmp/ts.pcapng: frame 1: timestamp 18446462598732 s is out of range"

finish
