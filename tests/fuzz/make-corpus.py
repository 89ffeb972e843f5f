#!/usr/bin/env python3
"""Writes the seed corpora of the libFuzzer targets of tests/fuzz.

    python3 tests/fuzz/make-corpus.py SRCDIR OUTDIR

makes OUTDIR/TARGET/ (one file per seed) for every target, from the test
data of SRCDIR (the top of the source tree): the OpenFlow and datapath
vectors, the flows files, the hex messages of the unit test rows and the
captures of tests/data.  Each seed starts with the selector byte its
target reads (see the comment at the top of each tests/fuzz/fuzz-*.c).
With OFCT naming a built ofct, the flow_mods that it encodes for the
flows files, in every protocol, are seeds of fuzz-ofp-print too.  `make
fuzz` runs it; it needs nothing but Python 3."""

import glob
import hashlib
import os
import re
import struct
import subprocess
import sys

VERSIONS = ["OpenFlow10", "OpenFlow11", "OpenFlow12", "OpenFlow13",
            "OpenFlow14", "OpenFlow15"]
HEX = re.compile(r"^[0-9a-fA-F]+$")


def lines(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#"):
                yield line


class Corpus:
    def __init__(self, out):
        self.out = out
        self.count = {}

    def add(self, target, data):
        if isinstance(data, str):
            data = data.encode()
        d = os.path.join(self.out, target)
        os.makedirs(d, exist_ok=True)
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(d, name), "wb") as f:
            f.write(data)
        self.count[target] = self.count.get(target, 0) + 1


def read_pcap(path):
    """Returns (linktype, [frame bytes]) of a classic pcap file."""
    with open(path, "rb") as f:
        data = f.read()
    magic = data[:4]
    if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        e = "<"
    elif magic in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        e = ">"
    else:
        return None, []
    link = struct.unpack(e + "I", data[20:24])[0]
    frames, ofs = [], 24
    while ofs + 16 <= len(data):
        caplen = struct.unpack(e + "I", data[ofs + 8:ofs + 12])[0]
        frames.append(data[ofs + 16:ofs + 16 + caplen])
        ofs += 16 + caplen
    return link, frames


def pcapng(link, frames):
    """A small pcapng file of 'frames' (at most 4)."""
    def block(btype, body):
        body += b"\0" * (-len(body) % 4)
        n = 12 + len(body)
        return struct.pack("<II", btype, n) + body + struct.pack("<I", n)
    out = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1))
    out += block(1, struct.pack("<HHI", link, 0, 65535))
    for i, fr in enumerate(frames[:4]):
        out += block(6, struct.pack("<IIIII", 0, 0, i * 1000, len(fr),
                                    len(fr)) + fr)
    return out


def main():
    src, out = sys.argv[1], sys.argv[2]
    data = os.path.join(src, "tests", "data")
    c = Corpus(out)

    # Action lists in wire form, per version.
    for line in lines(os.path.join(data, "ofp-ct-vectors.tsv")):
        cols = line.split("\t")
        if len(cols) < 3 or cols[0] not in VERSIONS + ["A"]:
            continue
        if HEX.match(cols[2]) and len(cols[2]) % 2 == 0:
            vs = range(6) if cols[0] == "A" else [VERSIONS.index(cols[0])]
            for v in vs:
                c.add("fuzz-actions", bytes([v]) + bytes.fromhex(cols[2]))
        if cols[1] not in ("-", ""):
            c.add("fuzz-actions-parse", cols[1])
    for line in lines(os.path.join(data, "diff-fuzz-seeds.txt")):
        vers, _, hx = line.partition(" ")
        if HEX.match(hx.strip()) and len(hx.strip()) % 2 == 0:
            for name in vers.split(","):
                if name in VERSIONS:
                    v = VERSIONS.index(name)
                    raw = bytes.fromhex(hx.strip())
                    c.add("fuzz-actions", bytes([v]) + raw)
                    if v:
                        # As an apply_actions instruction.
                        c.add("fuzz-actions", bytes([v | 8])
                              + struct.pack(">HHI", 4, 8 + len(raw), 0)
                              + raw)

    # Action text.
    for name in ("interop-actions.txt", "example-actions.txt"):
        for line in lines(os.path.join(data, name)):
            c.add("fuzz-actions-parse", re.sub(r"#.*", "", line).strip())

    # Flow text.
    for line in lines(os.path.join(data, "ofctl-ct-flows.tsv")):
        cols = line.split("\t")
        if len(cols) > 1 and cols[0] != "opts":
            c.add("fuzz-flow-parse", cols[1])
    for name in ["interop-flows.txt"] + [
            os.path.relpath(p, data)
            for p in glob.glob(os.path.join(data, "pipeline", "*.flows"))]:
        for line in lines(os.path.join(data, name)):
            c.add("fuzz-flow-parse", line.strip())

    # OpenFlow messages: the hex of the unit test rows.
    msg = re.compile(r'"(0[1-6][0-9a-f]{14,})"')
    for path in glob.glob(os.path.join(src, "tests", "unit", "*.[ch]")):
        with open(path, encoding="utf-8", errors="replace") as f:
            for m in msg.finditer(f.read()):
                if len(m.group(1)) % 2 == 0:
                    c.add("fuzz-ofp-print", bytes([len(c.count) % 6])
                          + bytes.fromhex(m.group(1)))

    # Flow_mods as ofct encodes the flows files, hex dumped by -mmmmm.
    ofct = os.environ.get("OFCT", "")
    if ofct and os.access(ofct, os.X_OK):
        files = glob.glob(os.path.join(data, "pipeline", "*.flows"))
        files.append(os.path.join(data, "interop-flows.txt"))
        runs = [["-O", v] for v in VERSIONS] + [["-F", "nxm"]]
        for path in files:
            for opts in runs:
                r = subprocess.run([ofct, "-mmmmm"] + opts
                                   + ["parse-flows", path],
                                   stdout=subprocess.PIPE,
                                   stderr=subprocess.DEVNULL, check=False)
                msg = b""
                for line in r.stdout.split(b"\n") + [b""]:
                    m = re.match(rb"^[0-9a-f]{8}  ((?:[0-9a-f]{2}[ -]){1,16})",
                                 line)
                    if m:
                        msg += bytes.fromhex(
                            m.group(1).replace(b"-", b" ").decode())
                    elif msg:
                        c.add("fuzz-ofp-print", bytes([len(msg) % 6]) + msg)
                        msg = b""

    # Datapath actions: text (odd selector) and netlink (even).
    for line in lines(os.path.join(data, "odp-ct-actions.txt")):
        cols = line.split("\t")
        c.add("fuzz-odp", b"\x01" + cols[0].encode())
        if len(cols) > 2 and HEX.match(cols[2]) and len(cols[2]) % 2 == 0:
            c.add("fuzz-odp", b"\x00" + bytes.fromhex(cols[2]))

    # Captures: whole files, their frames and frame sequences.
    links = {1: 0, 101: 1, 113: 2, 228: 3, 229: 4, 276: 5}
    ct_links = {1: 0, 101: 2, 113: 3, 228: 4, 229: 5, 276: 6}
    pcaps = sorted(glob.glob(os.path.join(data, "ct", "*.pcap"))
                   + glob.glob(os.path.join(data, "pipeline", "*.pcap")))
    for path in pcaps:
        with open(path, "rb") as f:
            whole = f.read()
        link, frames = read_pcap(path)
        if link not in links:
            continue
        if len(whole) < 20000:
            c.add("fuzz-pcap", whole)
        c.add("fuzz-pcap", pcapng(link, frames))
        for fr in frames[:20]:
            c.add("fuzz-frame", bytes([links[link] | 8 | 16]) + fr)
        # The conversation under each kind of ct action that fits it: the
        # control byte's low bits pick the action, the high bits the time
        # step (1 s).
        base = os.path.basename(path)
        picks = [0, 2]
        if "ftp" in base and "tftp" not in base:
            picks = [4, 10, 13]
        elif "tftp" in base:
            picks = [5, 11]
        elif "nat" in base or "udp" in base:
            picks = [0, 6, 7]
        for pick in picks:
            seq = bytes([ct_links[link] | 8 | 16 | 128])
            for fr in frames[:24]:
                seq += bytes([0x70 | pick]) + struct.pack(">H", len(fr)) + fr
            c.add("fuzz-conntrack", seq)
            if pick in (6, 10):
                # The same, returning through bare nat.
                seq2 = bytes([ct_links[link] | 8 | 16 | 128])
                for i, fr in enumerate(frames[:24]):
                    seq2 += (bytes([0x70 | (pick if i % 2 == 0 else 8)])
                             + struct.pack(">H", len(fr)) + fr)
                c.add("fuzz-conntrack", seq2)

    for t in sorted(c.count):
        print("%s: %d seeds" % (t, c.count[t]))


if __name__ == "__main__":
    main()
