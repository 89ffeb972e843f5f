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


def read_pcap_ts(path):
    """Returns [(time in ms, frame bytes)] of a classic pcap file of
    Ethernet frames (microsecond or nanosecond timestamps)."""
    with open(path, "rb") as f:
        data = f.read()
    magic = data[:4]
    e = "<" if magic in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1") else ">"
    nano = magic in (b"\x4d\x3c\xb2\xa1", b"\xa1\xb2\x3c\x4d")
    out, ofs = [], 24
    while ofs + 16 <= len(data):
        sec, frac, caplen = struct.unpack(e + "III", data[ofs:ofs + 12])
        ms = sec * 1000 + (frac // 1000000 if nano else frac // 1000)
        out.append((ms, data[ofs + 16:ofs + 16 + caplen]))
        ofs += 16 + caplen
    return out


def csum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xFFFF) + (s >> 16)
    return struct.pack("!H", ~s & 0xFFFF)


def ip4(a):
    return bytes(int(x) for x in a.split("."))


def ip6(a):
    import ipaddress
    return ipaddress.IPv6Address(a).packed


def l4(proto, sport, dport, flags=0x02):
    """A UDP or TCP header (checksum zero, filled in by ipv4/ipv6())."""
    if proto == 17:
        return struct.pack("!HHHH", sport, dport, 8 + 4, 0) + b"ping"
    return struct.pack("!HHIIBBHHH", sport, dport, 1000, 0 if flags == 2
                       else 2000, 5 << 4, flags, 65535, 0, 0)


def ipv4(src, dst, proto, payload):
    """An IPv4 packet with its header and (TCP, UDP, ICMP) checksums."""
    s, d = ip4(src), ip4(dst)
    if proto in (6, 17):
        ofs = 16 if proto == 6 else 6
        pseudo = s + d + struct.pack("!BBH", 0, proto, len(payload))
        payload = (payload[:ofs] + csum(pseudo + payload)
                   + payload[ofs + 2:])
    elif proto == 1:
        payload = payload[:2] + csum(payload) + payload[4:]
    hdr = struct.pack("!BBHHHBBH", 0x45, 0, 20 + len(payload), 1, 0, 64,
                      proto, 0) + s + d
    return hdr[:10] + csum(hdr) + hdr[12:] + payload


def ipv6(src, dst, proto, payload):
    s, d = ip6(src), ip6(dst)
    pseudo = s + d + struct.pack("!IxxxB", len(payload), proto)
    ofs = {6: 16, 17: 6, 58: 2}[proto]
    payload = payload[:ofs] + csum(pseudo + payload) + payload[ofs + 2:]
    return (struct.pack("!IHBB", 6 << 28, len(payload), proto, 64) + s + d
            + payload)


def ether(pkt):
    etype = b"\x86\xdd" if pkt[0] >> 4 == 6 else b"\x08\x00"
    return (b"\x00\x00\x00\x00\x00\x02" + b"\x00\x00\x00\x00\x00\x01"
            + etype + pkt)


def icmp_error(v6, src, dst, quoted, cut):
    """An ICMP(v6) destination unreachable from 'src' to 'dst' quoting the
    first 'cut' bytes of the packet 'quoted' (all of it for None)."""
    q = quoted if cut is None else quoted[:cut]
    if v6:
        return ipv6(src, dst, 58, struct.pack("!BBHI", 1, 4, 0, 0) + q)
    return ipv4(src, dst, 1, struct.pack("!BBHI", 3, 3, 0, 0) + q)


def nat_icmp_seeds(c):
    """fuzz-conntrack: NATed UDP and TCP connections (source NAT out, bare
    nat back; destination NAT), then ICMP errors that quote them, in both
    directions, v4 and v6, with whole and truncated quotes, so that
    mutation starts from ct-nat-icmp.c."""
    # (v6, ct action for the first packet, client, server, address the
    # NAT shows the other side (the SNAT source / DNAT destination),
    # client's view of the server, port the server sees)
    cases = [
        (False, 6, "10.1.1.1", "10.1.1.2", "10.1.1.240", "10.1.1.2", 1024),
        (False, 7, "10.1.1.1", "10.1.1.2", "10.1.1.1", "10.9.9.9", None),
        (True, 12, "fd00::1", "fd00::2", "fd00::240", "fd00::2", None),
        (True, 13, "fd00::1", "fd00::2", "fd00::1", "fd00::9", None),
    ]
    for v6, act, cli, srv, seen_src, cli_dst, nat_port in cases:
        ip = ipv6 if v6 else ipv4
        router = "fd00::fe" if v6 else "10.1.1.254"
        for proto in (17, 6):
            dport = 21 if act in (7, 13) else 53
            sport = 40000
            out_sport = nat_port or sport
            # Client to server, as sent and as it leaves the NAT.
            before = ip(cli, cli_dst, proto, l4(proto, sport, dport))
            after = ip(seen_src, srv, proto, l4(proto, out_sport, dport))
            reply = ip(srv, seen_src, proto,
                       l4(proto, dport, out_sport, 0x12))
            reply_after = ip(cli_dst, cli, proto,
                             l4(proto, dport, sport, 0x12))
            frames = [(act, before), (8, reply)]
            for cut in (None, 28 if not v6 else 48, 24 if not v6 else 44,
                        20 if not v6 else 40, 12):
                # From the server's side (or a router on it) about the
                # translated packet, to the NAT's address: reply direction.
                frames.append((8, icmp_error(v6, srv, seen_src, after, cut)))
                frames.append((8, icmp_error(v6, router, seen_src, after,
                                             cut)))
                # From the client about the reply as it received it:
                # original direction.
                frames.append((8, icmp_error(v6, cli, cli_dst, reply_after,
                                             cut)))
                frames.append((act, icmp_error(v6, cli, cli_dst,
                                               reply_after, cut)))
            for cfg in (0, 16, 8 | 16 | 128):
                seq = bytes([cfg])
                for pick, fr in frames:
                    fr = ether(fr)
                    seq += (bytes([0x10 | pick]) + struct.pack(">H", len(fr))
                            + fr)
                c.add("fuzz-conntrack", seq)
            # Each error alone after the connection, too: short inputs.
            for pick, fr in frames[2:]:
                seq = bytes([16])
                for p2, f2 in frames[:2] + [(pick, fr)]:
                    f2 = ether(f2)
                    seq += bytes([p2]) + struct.pack(">H", len(f2)) + f2
                c.add("fuzz-conntrack", seq)


def pipeline_seeds(c, data):
    """fuzz-pipeline: the frames of each pair of captures of
    tests/data/pipeline (p1 from port 1, p2 from port 2) in timestamp
    order, under every table set; and the frames of the conntrack
    captures from alternating ports."""
    n_sets = 5
    for p1 in sorted(glob.glob(os.path.join(data, "pipeline", "*.p1.pcap"))):
        p2 = p1[:-len("p1.pcap")] + "p2.pcap"
        frames = [(t, 1, f) for t, f in read_pcap_ts(p1)]
        if os.path.exists(p2):
            frames += [(t, 2, f) for t, f in read_pcap_ts(p2)]
        frames.sort(key=lambda x: x[0])
        for s in range(n_sets):
            seq = bytes([s | ((s * 3 % 8) << 4) | 128])
            for _, port, fr in frames[:40]:
                seq += (bytes([0x30 | (port - 1)])
                        + struct.pack(">H", len(fr)) + fr)
            c.add("fuzz-pipeline", seq)
    for path in sorted(glob.glob(os.path.join(data, "ct", "*.pcap"))):
        link, frames = read_pcap(path)
        if link != 1:
            continue
        for s in range(n_sets):
            seq = bytes([s | 128])
            for i, fr in enumerate(frames[:24]):
                seq += (bytes([0x40 | (i % 2)])
                        + struct.pack(">H", len(fr)) + fr)
            c.add("fuzz-pipeline", seq)


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

    nat_icmp_seeds(c)
    pipeline_seeds(c, data)

    for t in sorted(c.count):
        print("%s: %d seeds" % (t, c.count[t]))


if __name__ == "__main__":
    main()
