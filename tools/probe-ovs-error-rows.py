#!/usr/bin/env python3
"""Asks ovs-ofctl 3.1 how it prints OFPT_ERROR messages and prints the rows
of tests/unit/check_ofp_errors.c (tests/unit/check_ofp_errors-rows.h).

  tools/probe-ovs-error-rows.py --map   every (version, form, vendor, type,
                                        code) of the sweep that ovs-ofctl
                                        names, one per line
  tools/probe-ovs-error-rows.py         the C rows

The sweep sends each version (OpenFlow 1.0-1.5) errors in the three forms
Open vSwitch reads: standard (type, code), Nicira's OFPET 0xb0c2 with a
nested vendor error (vendor, type, code), and OFPET_EXPERIMENTER 0xffff
(exp_code, experimenter id).  It covers every type and code ovs-ofctl
print-error knows and their neighbours, so that a name ovs-ofctl gives only
when decoding is found too."""
import subprocess, sys
from concurrent.futures import ThreadPoolExecutor

NX = 0x2320
ONF = 0x4f4e4600

def ofp_print(hexs, verbosity=None):
    args = ['ovs-ofctl', 'ofp-print', hexs]
    if verbosity is not None:
        args.append(str(verbosity))
    p = subprocess.run(args, capture_output=True, text=True)
    return p.stdout, p.returncode

def header(version, length, xid=1):
    return '%02x01%04x%08x' % (version, length, xid)

def error_msg(version, form, vendor, type_, code, data='', xid=1):
    """The hex of an error message; 'data' is hex."""
    n = len(data) // 2
    if form == 'std':
        return header(version, 12 + n, xid) + '%04x%04x' % (type_, code) + data
    if form == 'nxv':
        return (header(version, 20 + n, xid) + 'b0c20000'
                + '%08x%04x%04x' % (vendor, type_, code) + data)
    assert form == 'exp'
    return (header(version, 16 + n, xid) + 'ffff%04x%08x' % (type_, vendor)
            + data)

def name_of(out):
    first = out.split('\n')[0]
    tail = first.split('): ', 1)[1] if '): ' in first else ''
    return None if tail.startswith('***') or not tail else tail

def sweep():
    """(version, form, vendor, type, code) candidates."""
    cands = set()
    nx_types = [0, 1, 2, 3, 5, 6, 13, 14]
    onf = (list(range(2295, 2320)) + list(range(2355, 2376))
           + list(range(2595, 2606)) + list(range(2635, 2646))
           + list(range(4245, 4256)) + list(range(4440, 4452)))
    for v in range(1, 7):
        for t in list(range(0, 20)) + [0xb0c2, 0xfffe]:
            for c in range(0, 25):
                cands.add((v, 'std', 0, t, c))
        for t in nx_types:
            for c in range(250, 541):
                cands.add((v, 'std', 0, t, c))
                cands.add((v, 'nxv', NX, t, c))
        for t in range(0, 20):
            for c in range(0, 25):
                cands.add((v, 'nxv', NX, t, c))
                cands.add((v, 'nxv', 0, t, c))
        for t in list(range(0, 50)) + onf:
            cands.add((v, 'nxv', NX, t, 0))
            cands.add((v, 'nxv', ONF, t, 0))
            cands.add((v, 'exp', NX, t, 0))
            cands.add((v, 'exp', ONF, t, 0))
        for t in range(0, 20):
            cands.add((v, 'exp', 0, t, 0))
            cands.add((v, 'exp', 0x12345678, t, 0))
    return sorted(cands)

def probe_map():
    cands = sweep()
    with ThreadPoolExecutor(max_workers=2) as ex:
        outs = list(ex.map(lambda c: ofp_print(error_msg(*c))[0], cands))
    return [(c, name_of(o)) for c, o in zip(cands, outs) if name_of(o)]

def cstr(s, indent=6):
    """A C string literal, split after each newline."""
    parts = [l + '\n' for l in s.split('\n')]
    parts[-1] = parts[-1][:-1]
    if parts[-1] == '':
        parts.pop()
    esc = [p.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
           for p in parts]
    if not esc:
        return '""'
    return ('\n' + ' ' * indent).join('"%s"' % e for e in esc)

# The data after the error header, in turn for the named errors: nothing,
# a piece of a header, a whole hello of the error's version, a request cut
# short (its length says more), text.
def payloads(version):
    return [
        '',
        '01020304',
        '%02x000008000000aa' % version,
        '%02x0e0048000000bb0000' % version,
        '6e6f20636f6d6d6f6e2076657273696f6e',
    ]

def main():
    named = probe_map()
    if sys.argv[1:] == ['--map']:
        for (v, form, vendor, t, c), name in named:
            print('OF1.%d %s 0x%x %d %d %s' % (v - 1, form, vendor, t, c,
                                               name))
        return
    rows = []
    for i, ((v, form, vendor, t, c), name) in enumerate(named):
        data = payloads(v)[i % 5]
        rows.append((error_msg(v, form, vendor, t, c, data, xid=i + 1), 2))

    # Unknown codes, types and vendors in every version, and codes that
    # one version names and the next does not.
    known = {k for k, _ in named}
    for v in range(1, 7):
        for c in [(v, 'std', 0, 0, 2), (v, 'std', 0, 1, 19),
                  (v, 'std', 0, 2, 18), (v, 'std', 0, 3, 10),
                  (v, 'std', 0, 4, 12), (v, 'std', 0, 5, 11),
                  (v, 'std', 0, 13, 10), (v, 'std', 0, 17, 16),
                  (v, 'std', 0, 18, 0), (v, 'std', 0, 0x1234, 0),
                  (v, 'std', 0, 0xb0c2, 1), (v, 'std', 0, 0xffff, 0),
                  (v, 'nxv', NX, 1, 600), (v, 'nxv', 0x1234, 1, 256),
                  (v, 'exp', NX, 100, 0), (v, 'exp', ONF, 2299, 0),
                  (v, 'exp', 0x1234, 1, 0)]:
            if c not in known:
                rows.append((error_msg(*c, data='01020304'), 2))

    # Damaged: shorter than an error, nested vendor header or experimenter
    # id cut short, length field and data disagreeing, unknown versions.
    for h in ['0101000b0000000100010006',
              '0101000c00000001000100',
              '0101000a000000010001',
              '0101000c00000001b0c20000',
              '0101001000000001b0c2000000002320',
              '0101001300000001b0c20000000023200001020000',
              '0401000c00000001ffff0002',
              '0401000e00000001ffff00020000',
              '0401000f00000001ffff0002000023',
              '0401001000000001ffff000200002320',
              '0401001400000001000100060400000c',
              '0401000c00000001000100060400000c00000002',
              '040100140000000100010006040000100000000201020304',
              '0701000c0000000100010006',
              '0001000c0000000100010006',
              '0401000c000000010001000604',
              '0301001000000001000000014142435c',
              '0601001600000001000000007f00e282ac2209']:
        rows.append((h, 2))

    # Inner messages: each message ofct prints, valid and not, inside an
    # error of its version, an inner error inside an error, hellos with
    # elements Open vSwitch does not understand.
    inner = [
        '0100000800000005',
        '0102000c0000000601020304',
        '011200080000000c',
        '0414000800000007',
        '04140008000000070102',
        '0401001000000009000100060102030405',
        '04010018000000090001000604000008000000aa',
        '0101000c000000ab0000000100',
        '0400001000000005000100080000001a',
        '04000010000000050001000800000001',
        '04000010000000050002000800000012',
        '0400000c0000000500010004',
    ]
    for h in inner:
        v = int(h[:2], 16)
        rows.append((error_msg(v, 'std', 0, 1, 6, h), 2))

    # Verbosity: the same messages at 0 to 5.
    for h in [error_msg(4, 'std', 0, 1, 6, '04000008000000aa'),
              error_msg(1, 'std', 0, 0, 0, '414243'),
              error_msg(1, 'nxv', NX, 1, 256, '0102'),
              error_msg(6, 'exp', ONF, 2300, 0, '06000008000000aa')]:
        for verb in range(0, 6):
            rows.append((h, verb))

    print('''/* Rows of tests/unit/check_ofp_errors.c, written by
 * tools/probe-ovs-error-rows.py from the answers of ovs-ofctl 3.1 (Debian
 * openvswitch-common): ovs-ofctl ofp-print HEX [VERBOSITY], standard
 * output.  Not edited by hand. */
''')
    print('static const struct error_row error_rows[] = {')
    for h, verb in rows:
        out, rc = ofp_print(h, verb if verb != 2 else None)
        assert rc == 0, h
        print('    { %s, %d,\n      %s },' % (cstr(h), verb, cstr(out)))
    print('};')

main()
