#!/usr/bin/env python3
"""Runs ovs-ofctl on the rows of tests/unit/check_flow11.c (subfields in
matches, OpenFlow 1.1 flow_mods) and prints the C tables with its answers
(expected outputs written literally).  Usage:
    tools/probe-ovs-flow11-rows.py >tests/unit/check_flow11-rows.h"""
import subprocess, re

def run(args):
    return subprocess.run(['ovs-ofctl'] + args, capture_output=True,
                          text=True)

def ovs(args):
    """Standard output, then "error: " and the last line of standard error
    when ovs-ofctl failed."""
    p = run(args)
    if p.returncode:
        err = p.stderr.rstrip('\n').split('\n')[-1]
        err = re.sub(r'^ovs-ofctl: ', '', err)
        return p.stdout + 'error: ' + err + '\n'
    return p.stdout

def cstr(s, indent=6):
    """A C string literal, split at newlines and at 64 columns."""
    parts = [line + '\n' for line in s.split('\n')]
    if parts[-1] == '\n':
        parts.pop()
    else:
        parts[-1] = parts[-1][:-1]
    out = []
    for p in parts:
        while len(p) > 64:
            cut = max(p.rfind(' ', 0, 64), p.rfind(',', 0, 64))
            if cut < 20:
                cut = 64
            else:
                cut += 1
            out.append(p[:cut])
            p = p[cut:]
        out.append(p)
    esc = [o.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
           for o in out]
    if not esc:
        return '""'
    return ('\n' + ' ' * indent).join('"%s"' % e for e in esc)

def opts(versions):
    return ['-O', versions] if versions else []

# ------------------------------------------------------------- subfields
# Flows with "FIELD[BITS]=VALUE" match items, by OVS and NXM/OXM name, in
# OpenFlow 1.0 (NXM) and with -O OpenFlow13 and OpenFlow15.
SUBFIELD_FLOWS = '''
reg0[0..3]=5
reg0[]=5
reg0[4]=1
reg0[4]=0x1
reg0[31]=1
reg0[0..3]=010
reg0[]=+5
reg0[]=0X5
reg0[]=0x
reg0[]=0xAbC
reg0[]=0x0000000000000000000005
reg0[]=4294967295
reg0[0..3]:5
reg0[0..3]=5,reg0[8..11]=3
reg0[0..3]=5,reg0[2..5]=0
reg0=0x100,reg0[0..3]=5
reg0=0x100/0x100,reg0[0..3]=5
reg0[0..3]=5,reg0=7
NXM_NX_REG0[0..3]=5
NXM_NX_REG0_W[0..3]=5
reg15[16..31]=0xffff
xreg0[0..3]=5
xreg3[32..63]=5
xxreg0[100..103]=5
xxreg0[]=0x112233445566778899aabbccddeeff00
xxreg0[0..127]=0xffffffffffffffffffffffffffffffff
xxreg0[]=-1
metadata[0..7]=5
metadata[]=5
metadata[]=-1
OXM_OF_METADATA[0..3]=5
metadata[0..7]=5,metadata=0x100/0xff00
pkt_mark[0..15]=0xffff
in_port[]=5
NXM_OF_IN_PORT[]=5
OXM_OF_IN_PORT[]=5
in_port_oxm[]=5
in_port_oxm[]=65536
ct_state[0..7]=0x21
ct_state[5]=1
ct_state[]=0
ct_zone[]=5
ct_mark[0..7]=5
ct_label[0..63]=5
ct_label[64..127]=0x5
ct_state=+trk,ip,ct_nw_proto[]=6
ct_state=+trk,ip,ct_nw_src[0..7]=1
ct_state=+trk,ip,ct_nw_proto=6,ct_tp_src[0..7]=1
ct_state=+trk,ipv6,ct_ipv6_dst[0..7]=1
eth_src[0..7]=0xff
dl_src[0..7]=0xff
eth_dst[40..47]=1
dl_type[]=0x800
eth_type[]=0x86dd
vlan_tci[0..11]=5
vlan_tci[]=0x1005
vlan_vid[0..3]=5
vlan_vid[]=5
ip,nw_src[0..7]=10
ip,nw_src[24..31]=10
ip,nw_src[]=0x0a000001
ip,nw_proto[]=6
ip,nw_ttl[]=1
ip,nw_frag[]=1
ip,nw_frag[]=3
ip,nw_frag[1]=1
ipv6,ipv6_src[0..63]=0x1
ipv6,ipv6_dst[64..127]=0x20010db8
ipv6,ipv6_label[]=0x12345
ipv6,ipv6_label[0..7]=0x45
arp,arp_op[]=1
arp,arp_spa[0..7]=1
arp,arp_sha[0..7]=1
arp,arp_tha[]=0x010203040506
icmp,icmp_type[]=8
icmp6,icmpv6_code[]=0
icmp6,icmp_type=135,nd_target[0..7]=1
icmp6,icmp_type=135,nd_sll[0..7]=1
tcp,tcp_src[0..3]=1
tcp,tcp_flags[]=0x12
tcp,tcp_flags[0..11]=0x12
udp,udp_dst[0..7]=53
sctp,sctp_src[]=5
tcp_src[]=1
tp_src[0..3]=1
reg0[0..3]=5,ct_mark[0..7]=3,metadata[8..15]=1
'''.split()

# The same, with actions other than drop.
SUBFIELD_ACTION_FLOWS = [
    'ip,nw_ttl[]=64,actions=ct(commit)',
    'reg0[0..3]=5,ip,actions=ct(commit,zone=NXM_NX_REG0[0..15])',
    'reg5[0..3]=5,actions=load:1->NXM_NX_REG0[0..3]',
    'reg0[0..3]=5,actions=drop,reg1[0]=1',
]

# Errors: bad values, bad bits, bad names, and a field that cannot be
# masked matched on part of its bits (no usable protocol).
SUBFIELD_ERRORS = '''
reg0[4]=2
reg0[0..3]=0x1f
reg0[0..3]=5/3
reg0[0..3]=
reg0[0..3]
reg0[0..3]=abc
reg0[0..3]=-1
reg0[]=09
reg0[]=5x
reg0[]=0xg
reg0[]=4294967296
reg0[]=0x100000000
reg0[]=18446744073709551615
xxreg0[]=18446744073709551616
xxreg0[0..127]=0x1ffffffffffffffffffffffffffffffff
ct_zone[]=70000
ct_zone[0..7]=300
eth_src[0..7]=0x1ff
ip,nw_src[0..7]=0x1ff
ip,nw_src[]=10.0.0.1
ipv6,ipv6_src[0..7]=0x1ff
ct_state[0..3]=0x1f
tcp,tcp_flags[0..3]=0x1f
tcp,tcp_flags[0..3]=0x1000
in_port[0..3]=0x1f
ip,nw_frag[0]=2
ipv6,ipv6_label[0..3]=0x1f
ipv6,ipv6_label[]=0x1fffff
reg0[0..40]=1
reg0[3..0]=1
reg0[-1]=1
reg0[x]=1
reg0[=1
reg0[1..]=1
reg0[0..3]x=5
reg0[0..3][1]=5
reg0-x[1]=1
reg0]=1
[0..3]=1
foo[0..3]=1
reg0_W[0..3]=1
dl_type[0..7]=0x8
in_port[0..3]=5
ct_zone[0..7]=5
dl_vlan[]=5
dl_vlan_pcp[]=5
vlan_pcp[]=5
ip,nw_tos[]=5
ip,nw_tos[2..7]=5
ip,ip_dscp[]=5
ip,nw_ecn[]=1
ip,nw_ttl[0..3]=1
ip,ip_proto[0..3]=6
arp,arp_op[0..7]=1
icmp,icmp_type[0..3]=8
'''.split()

subfield_rows = []
for f in SUBFIELD_FLOWS:
    for v in ['', 'OpenFlow13', 'OpenFlow15']:
        subfield_rows.append((v, f + ',actions=drop'))
for f in SUBFIELD_ACTION_FLOWS:
    subfield_rows.append(('', f))
for f in SUBFIELD_ERRORS:
    subfield_rows.append(('', f + ',actions=drop'))

# ----------------------------------------------------------- OpenFlow 1.1
# Flows through "-O OpenFlow11 parse-flow": every field of the OpenFlow 1.1
# match, fields it cannot hold (no usable protocol, or dropped as OVS
# drops nw_ecn), the flow_mod parameters and flags, and actions.
OF11_FLOWS = [
    'actions=drop',
    'tcp,actions=drop',
    'ip,actions=output:1',
    'in_port=1,actions=drop',
    'in_port=LOCAL,actions=drop',
    'in_port=65279,actions=drop',
    'in_port_oxm=7,actions=drop',
    'table=1,priority=5,cookie=0x12,idle_timeout=3,hard_timeout=4,'
    'send_flow_rem,in_port=3,dl_src=00:11:22:33:44:55/ff:ff:ff:00:00:00,'
    'dl_dst=01:02:03:04:05:06,dl_vlan=5,dl_vlan_pcp=3,tcp,nw_src=10.0.0.0/8,'
    'nw_dst=1.2.3.4,nw_tos=8,tp_src=80,tp_dst=443,metadata=0x1234/0xffff,'
    'actions=output:3,goto_table:4',
    'dl_src=00:11:22:33:44:55,actions=drop',
    'dl_dst=01:00:00:00:00:00/01:00:00:00:00:00,actions=drop',
    'dl_src=00:11:22:33:44:55/ff:ff:ff:ff:ff:00,dl_dst=aa:bb:cc:dd:ee:ff,'
    'actions=drop',
    'dl_vlan=5,actions=drop',
    'dl_vlan=0,actions=drop',
    'dl_vlan=4095,actions=drop',
    'dl_vlan_pcp=3,actions=drop',
    'dl_vlan=5,dl_vlan_pcp=7,actions=drop',
    'vlan_tci=0,actions=drop',
    'vlan_tci=0x1000/0x1000,actions=drop',
    'vlan_tci=0x1005,actions=drop',
    'vlan_tci=0x1005/0x1fff,actions=drop',
    'vlan_tci=0x6005,actions=drop',
    'vlan_tci=0xf000/0xf000,actions=drop',
    'vlan_tci=0x0005/0x0fff,actions=drop',
    'vlan_vid=5,actions=drop',
    'vlan_vid=0x1005,actions=drop',
    'vlan_vid=0x1000/0x1000,actions=drop',
    'vlan_vid=0/0x1000,actions=drop',
    'vlan_pcp=5,actions=drop',
    'dl_type=0x88cc,actions=drop',
    'arp,actions=drop',
    'arp,arp_op=2,arp_spa=10.0.0.1,arp_tpa=10.0.0.0/24,actions=drop',
    'arp,arp_sha=00:00:00:00:00:01,actions=drop',
    'rarp,arp_op=3,arp_spa=10.0.0.1/255.0.0.255,actions=drop',
    'ip,nw_src=192.168.1.1,actions=drop',
    'ip,nw_src=192.168.1.1/255.255.0.255,actions=drop',
    'ip,nw_dst=10.0.0.0/8,actions=drop',
    'ip,nw_proto=89,actions=drop',
    'ip,nw_tos=0x10,actions=drop',
    'ip,ip_dscp=46,actions=drop',
    'ip,nw_ecn=3,actions=drop',
    'ip,nw_ttl=64,actions=drop',
    'ip,nw_frag=first,actions=drop',
    'tcp,tp_src=80,tp_dst=443,actions=drop',
    'tcp,tcp_src=0x50/0xfff0,actions=drop',
    'udp,udp_dst=53,actions=drop',
    'sctp,sctp_src=1,sctp_dst=2,actions=drop',
    'icmp,icmp_type=8,icmp_code=0,actions=drop',
    'icmp,icmp_type=3,actions=drop',
    'tcp,tcp_flags=+syn,actions=drop',
    'ipv6,actions=drop',
    'tcp6,actions=drop',
    'ipv6,ipv6_src=2001:db8::1,actions=drop',
    'mpls,actions=drop',
    'metadata=0x1234,actions=drop',
    'metadata=0x1234/0xff00ff00ffff0000,actions=drop',
    'metadata[0..7]=5,ip,nw_src[24..31]=10,actions=drop',
    'reg0=5,actions=drop',
    'pkt_mark=1,actions=drop',
    'ct_state=+trk,ip,actions=drop',
    'tp_src=80,actions=drop',
    'ip,tp_src=80,actions=drop',
    'actions=output:1,output:2',
    'actions=in_port,output:LOCAL,controller,controller:100,normal,flood,all',
    'actions=output:65279',
    'actions=mod_dl_src:00:11:22:33:44:55,mod_dl_dst:00:11:22:33:44:66',
    'ip,actions=mod_nw_src:1.2.3.4,mod_nw_dst:4.3.2.1,mod_nw_tos:8',
    'ip,actions=mod_nw_ecn:2,mod_nw_ttl:9',
    'tcp,actions=mod_tp_src:80,mod_tp_dst:443',
    'udp,actions=mod_tp_src:80',
    'actions=set_field:5->reg0',
    'actions=load:5->NXM_NX_REG0[0..7]',
    'actions=move:NXM_NX_REG0[]->NXM_NX_REG1[]',
    'ip,actions=set_field:1.2.3.4->ip_src',
    'actions=set_field:00:11:22:33:44:55->eth_src',
    'actions=goto_table:3',
    'table=2,actions=goto_table:1',
    'ip,actions=output:1,goto_table:2',
    'actions=resubmit(,3)',
    'actions=note:01.02.03',
    'ip,actions=ct(commit,zone=5)',
    'ip,actions=ct(commit,nat(src=10.0.0.1))',
    'actions=ct_clear',
    'actions=conjunction(1,1/2)',
    'cookie=0x5,actions=drop',
    'priority=0,actions=drop',
    'priority=65535,actions=drop',
    'idle_timeout=5,hard_timeout=10,importance=5,actions=drop',
    'check_overlap,actions=drop',
    'reset_counts,actions=drop',
    'no_packet_counts,actions=drop',
    'out_port=3,actions=drop',
]
of11_rows = [('OpenFlow11', f) for f in OF11_FLOWS]
# More versions: OpenFlow 1.1 is chosen when allowed and nothing before it
# fits.
of11_rows += [('OpenFlow11,OpenFlow13', 'metadata=0x5,actions=drop'),
              ('OpenFlow11,OpenFlow13', 'ct_state=+trk,actions=drop')]

def dump_hex(out):
    """The bytes of the message that "-mmmmm parse-flow" dumped."""
    h = ''
    for l in out.split('\n'):
        if re.match(r'^[0-9a-f]{8}  ', l):
            h += l[10:58].replace('-', ' ').replace(' ', '')
    return h

# flow_mod bytes of OpenFlow 1.1 for the flows above that ovs-ofctl
# encodes, with the text of those bytes at verbosity 0 and 3; not those
# with a transport port and no transport protocol, which OVS writes and
# drops when it reads them back (the test encodes the decoded flow again).
OF11_WIRE_FLOWS = [f for f in OF11_FLOWS
                   if run(['-O', 'OpenFlow11', 'parse-flow', f]).returncode
                   == 0 and not f.startswith(('tp_src', 'ip,tp_src'))]
wire_rows = []
for f in OF11_WIRE_FLOWS:
    h = dump_hex(run(['-O', 'OpenFlow11', '-mmmmm', 'parse-flow',
                      f]).stdout)
    t0 = run(['ofp-print', h, '0']).stdout
    t3 = run(['ofp-print', h, '3']).stdout
    wire_rows.append((f, h, t0, t3))

# OpenFlow 1.1 flow_mods that ovs-ofctl does not write: every case of the
# match's VLAN, values the match's fields cannot take, fields without
# their prerequisites, the parameters' errors in OVS's order, and an
# OpenFlow 1.1 match in later versions and OXM in OpenFlow 1.1.
def hex_of(flow, version='OpenFlow11'):
    return bytes.fromhex(dump_hex(run(['-O', version, '-mmmmm',
                                       'parse-flow', flow]).stdout))

def edit(msg, edits):
    x = bytearray(msg)
    for off, val in edits:
        if isinstance(val, bytes):
            x[off:off + len(val)] = val
        else:
            x[off] = val
    return bytes(x).hex()

M = 48                          # the match
def wc(w):
    return (M + 8, w.to_bytes(4, 'big'))
ALL = 0x3ff
base = hex_of('actions=output:1')
b13 = hex_of('tcp,actions=drop', 'OpenFlow13')
PRINT_HEX = [edit(base, e) for e in [
    [wc(ALL & ~0x2), (M + 36, b'\xff\xff')],
    [wc(ALL & ~0x2), (M + 36, b'\xff\xfe')],
    [wc(ALL & ~0x6), (M + 36, b'\xff\xfe'), (M + 38, 5)],
    [wc(ALL & ~0x6), (M + 36, b'\x00\x05'), (M + 38, 7)],
    [wc(ALL & ~0x6), (M + 36, b'\xff\xff'), (M + 38, 7)],
    [wc(ALL & ~0x2), (M + 36, b'\x10\x00')],
    [wc(ALL & ~0x6), (M + 36, b'\x00\x05'), (M + 38, 8)],
    [wc(ALL & ~0x4), (M + 38, 3)],
    [wc(ALL & ~0x1), (M + 4, b'\x00\x01\x00\x00')],
    [wc(ALL & ~0x1), (M + 4, b'\xff\xff\xff\xfe')],
    [wc(ALL & ~0x18), (M + 40, b'\x08\x00'), (M + 42, 0x0b)],
    [wc(ALL & ~0x18), (M + 40, b'\x08\x00'), (M + 42, 0x08)],
    [wc(ALL & ~0x18), (M + 40, b'\x86\xdd'), (M + 42, 0x0b)],
    [wc(ALL & ~0x20), (M + 43, 6)],
    [wc(ALL & ~0x68), (M + 40, b'\x08\x00'), (M + 43, 1),
     (M + 60, b'\x01\x2c')],
    [wc(ALL & ~0xa8), (M + 40, b'\x08\x00'), (M + 43, 1),
     (M + 62, b'\x01\x2c')],
    [wc(ALL & ~0xe8), (M + 40, b'\x08\x00'), (M + 43, 1),
     (M + 60, b'\x00\x08'), (M + 62, b'\x00\x01')],
    [wc(ALL & ~0xe8), (M + 40, b'\x08\x00'), (M + 43, 89),
     (M + 60, b'\x00\x08')],
    [wc(ALL & ~0xe8), (M + 40, b'\x08\x00'), (M + 43, 17),
     (M + 60, b'\x00\x08')],
    [wc(ALL & ~0xe8), (M + 40, b'\x08\x00'), (M + 43, 132),
     (M + 62, b'\x00\x08')],
    [wc(ALL & ~0xc8), (M + 40, b'\x08\x00'), (M + 60, b'\x00\x08')],
    [(M + 44, b'\x0a\x00\x00\x01'), (M + 48, b'\x00\x00\x00\x00')],
    [wc(ALL & ~0x8), (M + 40, b'\x08\x00'), (M + 44, b'\x0a\x0b\x0c\x0d'),
     (M + 48, b'\x00\xff\x00\xff')],
    [wc(ALL & ~0x28), (M + 40, b'\x08\x06'), (M + 43, 2),
     (M + 44, b'\x0a\x00\x00\x01'), (M + 48, b'\x00\x00\x00\x00')],
    [wc(ALL & ~0x28), (M + 40, b'\x80\x35'), (M + 43, 2),
     (M + 52, b'\x0a\x00\x00\x01'), (M + 56, b'\x00\x00\x00\x00')],
    [wc(ALL & ~0x28), (M + 40, b'\x86\xdd'), (M + 43, 6),
     (M + 52, b'\x0a\x00\x00\x01'), (M + 56, b'\x00\x00\x00\x00')],
    [(M + 12, b'\x00\x11\x22\x33\x44\x55'), (M + 18, b'\x00' * 6)],
    [(M + 24, b'\x01\x11\x22\x33\x44\x55'),
     (M + 30, b'\xfe\xff\xff\xff\xff\xff')],
    [(M + 12, b'\x00\x11\x22\x33\x44\x55')],
    [(M + 72, b'\x00' * 6 + b'\x12\x34'),
     (M + 80, b'\xff' * 6 + b'\x00\x0f')],
    [wc(ALL & ~0x8), (M + 40, b'\x05\xff')],
    [wc(0xffffffff)],
    [wc(0)],
    [(M + 1, 2)],
    [(M + 3, 80)],
    [(24, 255)],
    [(24, 255), (25, 3)],
    [(25, 1), (15, 5)],
    [(25, 2), (15, 5), (23, 0xf)],
    [(25, 4), (15, 5), (23, 0xff)],
    [(25, 5)],
    [(45, 3)],
    [(45, 4)],
    [(25, 9), (45, 4)],
    [(24, 255), (45, 4)],
    [(36, b'\x00\x01\x00\x00')],
    [(36, b'\x00\x01\x00\x00'), (25, 9)],
    [(36, b'\x00\x00\x00\x05')],
    [(40, b'\x00\x00\x00\x07')],
    [(32, b'\x00\x00\x00\x07')],
    [(46, b'\x00\x07')],
    [(0, 4)],
    [(0, 6), (49, 2)],
]] + [edit(b13, e) for e in [
    [(0, 2)],
    [(24, 255)],
    [(24, 255), (25, 3)],
    [(45, 0x20)],
    [(36, b'\x00\x01\x00\x00')],
    [(25, 9)],
    [(M + 1, 2)],
]]
print_rows = []
for h in PRINT_HEX:
    for verb in ([None, '5'] if h == PRINT_HEX[0] else [None]):
        p = run(['ofp-print', h] + ([verb] if verb else []))
        print_rows.append((h, int(verb) if verb else 2, p.stdout,
                           p.returncode))

# ---------------------------------------------------------- output
print('''/* Rows of tests/unit/check_flow11.c, written by
 * tools/probe-ovs-flow11-rows.py from the answers of ovs-ofctl 3.1 (Debian
 * openvswitch-common):
 *   subfield rows and OpenFlow 1.1 rows:
 *                   ovs-ofctl [-O VERSIONS] parse-flow FLOW
 *   wire rows:      ovs-ofctl -O OpenFlow11 -mmmmm parse-flow FLOW (bytes),
 *                   ovs-ofctl ofp-print HEX 0 and HEX 3 (text)
 *   print rows:     ovs-ofctl ofp-print HEX [VERBOSITY], HEX edited from
 *                   ovs-ofctl's own flow_mods
 * Standard output, then "error: " and the last line of standard error
 * (without "ovs-ofctl: ") when it failed.  Not edited by hand. */
''')

def emit_flow_rows(name, rows):
    print('static const struct flow_row %s[] = {' % name)
    for v, f in rows:
        exp = ovs(opts(v) + ['parse-flow', f])
        print('    { %s,\n      %s,\n      %s },' % (cstr(v), cstr(f),
                                                     cstr(exp)))
    print('};\n')

emit_flow_rows('subfield_rows', subfield_rows)
emit_flow_rows('of11_rows', of11_rows)

print('static const struct wire_row wire_rows[] = {')
for f, h, t0, t3 in wire_rows:
    print('    { %s,\n      %s,\n      %s,\n      %s },' % (
        cstr(f), cstr(h), cstr(t0), cstr(t3)))
print('};\n')

print('static const struct print_row print_rows[] = {')
for h, verb, out, rc in print_rows:
    print('    { %s, %d, %d,\n      %s },' % (cstr(h), verb, rc, cstr(out)))
print('};')
