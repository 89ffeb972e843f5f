#!/usr/bin/env python3
"""Runs ovs-ofctl on the rows of tests/unit/check_flow.c and prints the C
tables with its answers (expected outputs written literally)."""
import subprocess, sys, re

def ovs(args):
    p = subprocess.run(['ovs-ofctl'] + args, capture_output=True, text=True)
    if p.returncode:
        err = p.stderr.strip().split('\n')[-1]
        err = re.sub(r'^ovs-ofctl: ', '', err)
        return p.stdout + 'error: ' + err + '\n'
    return p.stdout

def cstr(s, indent=6):
    """A C string literal, split at newlines and at 70 columns."""
    parts = []
    for line in s.split('\n'):
        parts.append(line + '\n')
    if parts[-1] == '\n':
        parts.pop()
    else:
        parts[-1] = parts[-1][:-1]
    out = []
    for p in parts:
        while len(p) > 64:
            # cut at a space or comma if possible
            cut = max(p.rfind(' ', 0, 64), p.rfind(',', 0, 64))
            if cut < 20:
                cut = 64
            out.append(p[:cut + 1 if p[cut] in ' ,' else cut])
            p = p[cut + 1 if p[cut] in ' ,' else cut:]
        out.append(p)
    esc = [o.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
           for o in out]
    if not esc:
        return '""'
    return ('\n' + ' ' * indent).join('"%s"' % e for e in esc)

def opts(versions, formats=''):
    a = []
    if versions:
        a += ['-O', versions]
    if formats:
        a += ['-F', formats]
    return a

# ---------------------------------------------------------------- fields
# (field, prerequisite text, value, masked value or None, cidr or None,
#  bad value or None)
FIELDS = [
    ('in_port', '', '5', '5/0xff', None, 'bogus'),
    ('in_port', '', 'LOCAL', None, None, None),
    ('in_port_oxm', '', '7', '7/0xff', None, '65280'),
    ('metadata', '', '0x1234', '0x1234/0xff00ff00ffff0000', None, '0xg'),
    ('pkt_mark', '', '0x5', '0x5/0xff', None, None),
    ('ct_state', '', '+trk+new', '0x21/0x21', None, '+foo'),
    ('ct_state', '', 'new|trk', '+trk-est-inv', None, '0x100'),
    ('ct_zone', '', '5', '5/0xff', None, '65536'),
    ('ct_mark', '', '0x5', '0x5/0xff', None, '0x100000000'),
    ('ct_label', '', '0x5', '0x5/0xff000000000000000000000000000000',
     None, None),
    ('ct_label', '', '0x102030405060708090a0b0c0d0e0f00', None, None, None),
    ('ct_nw_proto', 'ct_state=+trk+new,ip', '6', '6/0xf', None, '256'),
    ('ct_nw_src', 'ct_state=+trk+new,ip', '10.1.2.3', '10.1.2.3/255.0.255.0',
     '10.1.2.3/24', '10.1.2'),
    ('ct_nw_dst', 'ct_state=+trk+est,ip', '10.1.2.4', '10.1.2.4/255.255.0.255',
     '10.1.2.4/8', '1.2.3.4/33'),
    ('ct_ipv6_src', 'ct_state=+trk+new,ipv6', '2001:db8::1',
     '2001:db8::1/ffff::ffff', '2001:db8::1/64', '2001:db8::g'),
    ('ct_ipv6_dst', 'ct_state=+trk+new,ipv6', 'fe80::2', None, 'fe80::2/10',
     'fe80::2/129'),
    ('ct_tp_src', 'ct_state=+trk+new,ip,ct_nw_proto=6', '80', '80/0xff00',
     None, '65536'),
    ('ct_tp_dst', 'ct_state=+trk+new,ip,ct_nw_proto=17', '53', None, None,
     None),
    ('dl_src', '', '00:11:22:33:44:55', '00:11:22:33:44:55/ff:ff:ff:00:00:00',
     None, '00:11:22:33:44'),
    ('dl_dst', '', '01:00:00:00:00:00/01:00:00:00:00:00', None, None, None),
    ('eth_src', '', 'aa:bb:cc:dd:ee:ff', None, None, None),
    ('eth_dst', '', 'ff:ff:ff:ff:ff:ff', 'ff:ff:ff:ff:ff:ff/fe:ff:ff:ff:ff:ff',
     None, None),
    ('dl_type', '', '0x88cc', '0x88cc/0xff00', None, None),
    ('eth_type', '', '0x0800', None, None, None),
    ('vlan_tci', '', '0x1005', '0x1005/0x1fff', None, None),
    ('vlan_tci', '', '0', '0/0x1000', None, None),
    ('dl_vlan', '', '5', '5/0xff', None, '4096'),
    ('vlan_vid', '', '0x1005', '0x1000/0x1000', None, '0x2000'),
    ('dl_vlan_pcp', '', '3', None, None, '8'),
    ('vlan_pcp', '', '7', None, None, None),
    ('nw_src', 'ip', '192.168.1.1', '192.168.1.1/255.255.0.255',
     '192.168.1.1/16', '192.168.1.1/33'),
    ('nw_dst', 'ip', '10.0.0.1', None, '10.0.0.0/8', 'x'),
    ('ip_src', 'ip', '1.2.3.4', None, '1.2.3.4/32', None),
    ('ip_dst', 'ip', '4.3.2.1', None, '4.3.2.1/0', None),
    ('ipv6_src', 'ipv6', '2001:db8::5', '2001:db8::5/ffff:ffff::ffff',
     '2001:db8::/32', 'zz::1'),
    ('ipv6_dst', 'ipv6', '::1', None, '::ffff:1.2.3.4/96', None),
    ('ipv6_label', 'ipv6', '0x12345', '0x12345/0xff', None, '0x100000'),
    ('nw_proto', 'ip', '89', None, None, '256'),
    ('ip_proto', 'ipv6', '17', None, None, None),
    ('nw_tos', 'ip', '0x10', None, None, '0x11'),
    ('ip_dscp', 'ip', '46', None, None, '64'),
    ('nw_ecn', 'ip', '3', None, None, '4'),
    ('ip_ecn', 'ipv6', '1', None, None, None),
    ('nw_ttl', 'ip', '64', None, None, '256'),
    ('nw_frag', 'ip', 'first', None, None, 'sometimes'),
    ('ip_frag', 'ip', 'not_later', None, None, None),
    ('nw_frag', 'ipv6', 'yes', None, None, None),
    ('arp_op', 'arp', '2', None, None, '256'),
    ('arp_spa', 'arp', '10.0.0.1', '10.0.0.1/255.0.0.255', '10.0.0.0/24',
     None),
    ('arp_tpa', 'rarp', '10.0.0.2', None, None, None),
    ('arp_sha', 'arp', '00:00:00:00:00:01',
     '00:00:00:00:00:01/00:00:00:00:00:ff', None, None),
    ('arp_tha', 'arp', '00:00:00:00:00:02', None, None, None),
    ('tcp_src', 'tcp', '80', '0x50/0xfff0', None, '65536'),
    ('tcp_dst', 'tcp6', '443', None, None, None),
    ('tp_src', 'tcp', '22', None, None, None),
    ('tp_dst', 'udp', '53', '0x35/0xff', None, None),
    ('tcp_flags', 'tcp', '+syn-ack', '0x012/0x0ff', None, '+bad'),
    ('tcp_flags', 'tcp6', 'syn|ack', None, None, None),
    ('udp_src', 'udp', '68', None, None, None),
    ('udp_dst', 'udp6', '547', '0x200/0xff00', None, None),
    ('sctp_src', 'sctp', '1', None, None, None),
    ('sctp_dst', 'sctp6', '2', '2/0xff', None, None),
    ('icmp_type', 'icmp', '8', None, None, '256'),
    ('icmp_code', 'icmp', '0', None, None, None),
    ('icmpv6_type', 'icmp6', '128', None, None, None),
    ('icmpv6_code', 'icmp6', '1', None, None, None),
    ('nd_target', 'icmp6,icmpv6_type=135', 'fe80::1', None, 'fe80::/64',
     None),
    ('nd_sll', 'icmp6,icmpv6_type=135', '00:11:22:33:44:55', None, None, None),
    ('nd_tll', 'icmp6,icmpv6_type=136', '00:11:22:33:44:66', None, None, None),
    ('reg0', '', '0x5', '0x5/0xff', None, '0x100000000'),
    ('reg7', '', '7', None, None, None),
    ('reg15', '', '0xffffffff', '0/0x80000000', None, None),
    ('xreg0', '', '0x123456789', '0x1/0x1', None, None),
    ('xreg7', '', '1', None, None, None),
    ('xxreg0', '', '0x5', '0x5/0xf', None, None),
    ('xxreg3', '', '0xffffffffffffffff0000000000000001', None, None, None),
]

def join(*items):
    return ','.join(i for i in items if i)

field_rows = []
for name, pre, value, masked, cidr, bad in FIELDS:
    flow = join(pre, '%s=%s' % (name, value), 'actions=drop')
    field_rows.append(('', flow))
    field_rows.append(('OpenFlow15', flow))
    if masked:
        field_rows.append(('', join(pre, '%s=%s' % (name, masked),
                                    'actions=drop')))
    if cidr:
        field_rows.append(('', join(pre, '%s=%s' % (name, cidr),
                                    'actions=drop')))
    if bad:
        field_rows.append(('', join(pre, '%s=%s' % (name, bad),
                                    'actions=drop')))
    if pre:
        # The prerequisite missing: OpenFlow 1.0 drops the field, NXM and
        # OXM refuse it when decoding.
        flow = '%s=%s,actions=drop' % (name, value)
        field_rows.append(('', flow))
        field_rows.append(('OpenFlow13', flow))

# ---------------------------------------------------------- canonical order
ORDER = [
    'tp_dst=80,nw_src=1.2.3.4,tcp,ct_state=+trk,reg3=1,actions=drop',
    'ct_mark=1,ct_zone=2,ct_state=-trk,ct_label=3,priority=7,actions=drop',
    'metadata=1,pkt_mark=2,in_port=3,dl_vlan=4,dl_src=00:00:00:00:00:05,'
    'dl_dst=00:00:00:00:00:06,actions=drop',
    'nw_ttl=3,nw_ecn=1,nw_tos=4,nw_proto=6,nw_dst=1.1.1.1,ip,actions=drop',
    'tcp_flags=+syn,tp_src=1,tp_dst=2,tcp,ipv6_label=1,ipv6_dst=::2,'
    'ipv6_src=::1,ipv6,actions=drop',
    'nd_tll=00:00:00:00:00:01,icmp6,icmp_type=136,nd_target=::1,'
    'icmp_code=0,actions=drop',
    'arp_tha=00:00:00:00:00:02,arp_sha=00:00:00:00:00:01,arp_tpa=2.2.2.2,'
    'arp_spa=1.1.1.1,arp_op=1,arp,actions=drop',
    'reg15=1,reg0=2,xreg3=3,actions=drop',
    'udp,udp_dst=53,udp_src=1000,nw_frag=no,actions=drop',
    'ipv6,nw_proto=58,actions=drop',
    'ip,nw_proto=2,tp_src=17,actions=drop',
    'dl_type=0x0806,nw_proto=1,actions=drop',
    'dl_type=0x8035,actions=drop',
    'dl_type=0x1234,dl_vlan_pcp=5,actions=drop',
    'vlan_tci=0x1123/0x1fff,actions=drop',
    'ct_tp_dst=80,ct_nw_proto=6,ct_nw_dst=1.1.1.1,ct_nw_src=2.2.2.2,'
    'ct_state=+trk+new,ip,actions=drop',
    'ct_ipv6_dst=::2,ct_ipv6_src=::1,ct_state=+trk+est,ipv6,actions=drop',
    'sctp6,tp_dst=9,actions=drop',
    'icmp,icmp_code=3,icmp_type=5,actions=drop',
]
order_rows = [('', f) for f in ORDER] + [('OpenFlow13', f) for f in ORDER[:6]]

# ---------------------------------------------------------- keywords
KEYWORDS = [
    'table=3,priority=5,cookie=0x10,idle_timeout=30,hard_timeout=60,'
    'importance=2,send_flow_rem,check_overlap,ip,actions=drop',
    'table=256,actions=drop',
    'table=-1,actions=drop',
    'priority=65536,actions=drop',
    'priority=-1,actions=drop',
    'idle_timeout=x,actions=drop',
    'cookie=1/1,actions=drop',
    'cookie=0xg,actions=drop',
    'bogus=1,actions=drop',
    'bogus,actions=drop',
    'table,actions=drop',
    'ip',
    'ip,tcp,actions=drop',
    'ipv4,ip4,ip6,actions=drop',
    'duration=1s,n_packets=2,n_bytes=3,idle_age=4,hard_age=5,actions=drop',
    'no_readonly_table,allow_hidden_fields,actions=drop',
    'reset_counts,no_packet_counts,no_byte_counts,actions=drop',
    'out_port=5,actions=drop',
    'ip actions=drop',
    '  ip , tcp ,  actions = drop',
    'ip,actions=ct(commit,exec(set_field:1->ct_mark)),drop',
    'actions=ct(commit)',
    'ipv6,actions=ct(commit,nat(src=10.0.0.1))',
    'ip,actions=ct(alg=ftp)',
    'udp,actions=ct(commit,alg=ftp)',
    'tcp,actions=ct(commit,alg=tftp)',
    'ct_state=+inv+trk,ip,actions=ct(commit)',
    'ip,actions=resubmit(,1),ct(table=2),bogus_action',
    'mpls,actions=drop',
    'rarp,actions=drop',
]
keyword_rows = [('', f) for f in KEYWORDS] + \
               [('OpenFlow13', f) for f in KEYWORDS[:3] + KEYWORDS[16:18]]

# ---------------------------------------------------------- protocols
PROTO_FLOWS = [
    'ip,actions=drop',
    'table=1,ip,actions=drop',
    'table=255,ip,actions=drop',
    'ct_state=+trk,actions=drop',
    'table=2,ct_state=+trk,actions=drop',
    'ip,actions=ct(commit)',
    'reset_counts,ip,actions=drop',
    'no_packet_counts,ip,actions=drop',
    'check_overlap,send_flow_rem,ip,actions=drop',
    'metadata=1,actions=drop',
    'ip,nw_src=1.2.3.4/255.255.0.255,actions=drop',
    'dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop',
    'tcp,tp_dst=0x50/0xfff0,actions=drop',
    'ipv6,ipv6_src=::1,actions=drop',
    'ipv6,actions=drop',
    'in_port=1,actions=drop',
    'ip,actions=goto_table:3',
    'ip,actions=mod_nw_src:1.2.3.4',
    'importance=5,ip,actions=drop',
    'sctp,tp_src=1,actions=drop',
    'nw_ecn=1,ip,actions=drop',
]
PROTO_OPTS = [('', ''), ('OpenFlow10,OpenFlow13', ''), ('OpenFlow13', ''),
              ('OpenFlow11,OpenFlow12', ''), ('OpenFlow15', ''),
              ('', 'OpenFlow10'), ('', 'NXM'), ('', 'OpenFlow10+table_id'),
              ('OpenFlow10,OpenFlow14', 'OXM'), ('OpenFlow12', 'OXM')]
protocol_rows = []
for f in PROTO_FLOWS:
    for v, fm in PROTO_OPTS:
        protocol_rows.append((v, fm, f))

# ---------------------------------------------------------- wire
WIRE_FLOWS = [
    'priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2',
    'table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,'
    'send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)',
    'ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,actions=ct_clear,NORMAL',
    'ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop',
    'in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,actions=LOCAL',
    'reg0=0x5/0xff,tcp6,tcp_flags=+syn,actions=ct(commit,'
    'exec(set_field:0x1->ct_mark),nat(src=10.0.0.1-10.0.0.9:100-200))',
    'importance=7,out_port=5,udp,tp_src=53,actions=controller',
]
WIRE_PROTOCOLS = [('OpenFlow10', 'OpenFlow10-table_id'),
                  ('OpenFlow10', 'OpenFlow10+table_id'),
                  ('OpenFlow10', 'NXM-table_id'),
                  ('OpenFlow10', 'NXM+table_id'),
                  ('OpenFlow12', ''), ('OpenFlow13', ''), ('OpenFlow14', ''),
                  ('OpenFlow15', '')]
wire_rows = []
for f in WIRE_FLOWS:
    for v, fm in WIRE_PROTOCOLS:
        out5 = ovs(opts(v, fm) + ['-mmmmm', 'parse-flow', f])
        if 'error:' in out5:
            continue
        lines = out5.split('\n')
        chosen = lines[1].split(': ')[1]
        hexs = ''.join(re.match(r'^[0-9a-f]{8}  (.{48})', l).group(1)
                       .replace(' ', '').replace('-', '')
                       for l in lines[3:] if re.match(r'^[0-9a-f]{8}  ', l))
        text0 = ovs(opts(v, fm) + ['parse-flow', f]).split('\n')[2] + '\n'
        text3 = ovs(opts(v, fm) + ['-mmm', 'parse-flow', f]).split('\n')[2] + '\n'
        wire_rows.append((chosen, f, hexs, text0, text3))

# ---------------------------------------------------------- other messages
def msg(ver, typ, xid, body=''):
    return '%02x%02x%04x%08x' % (ver, typ, 8 + len(body) // 2, xid) + body

def packet_out(ver, xid, buf, in_port, acts, data=''):
    if ver == 1:
        body = '%08x%04x%04x' % (buf, in_port, len(acts) // 2)
    else:
        body = '%08x%08x%04x000000000000' % (buf, in_port, len(acts) // 2)
    return msg(ver, 13, xid, body + acts + data)

OUT10 = '0000000800030000'                  # output:3, OpenFlow 1.0
OUT11 = '00000010000000030000000000000000'  # output:3, OpenFlow 1.1+
CT_CLEAR = 'ffff001000002320002b000000000000'   # ct_clear
PRINT_HEX = []
for v in range(1, 7):
    PRINT_HEX += [msg(v, 0, v),                          # hello
                  msg(v, 2, 0x10 + v),                   # echo request
                  msg(v, 3, 0x20 + v, '61626364'),       # echo reply
                  msg(v, 18 if v == 1 else 20, 0x30 + v),  # barrier
                  msg(v, 19 if v == 1 else 21, 0x40 + v)]
PRINT_HEX += [
    # hello with a version bitmap element
    '04000010000000040001000800000012',
    '06000010000000050001000800000072',
    '05000010000000060001000800000030',
    # error: bad request (bad length) with the request, bad action, bad
    # match, and one that does not decode
    '01010014000000020001000601000008000000ff',
    '0401001400000003000200050400000800000003',
    '0401001400000004000400090400000800000004',
    '0101000c000000050002000d',
    # packet_out: without data, with a buffer, every version up to 1.4
    packet_out(1, 0x60, 0xffffffff, 1, OUT10),
    packet_out(1, 0x61, 0x2a, 0xfffe, OUT10 + CT_CLEAR),
    packet_out(2, 0x62, 0x2a, 5, OUT11),
    packet_out(3, 0x63, 0xffffffff, 0xfffffffd, OUT11),
    packet_out(4, 0x64, 0x7b, 2, OUT11 + CT_CLEAR),
    packet_out(5, 0x65, 0x7b, 2, OUT11 + OUT11),
    packet_out(4, 0x66, 0xffffffff, 1, ''),
    # not decodable: a barrier with a body, an unknown type, an unknown
    # version, a length beyond the data, data beyond the length, a header
    # cut short, bad actions in a packet_out
    '011200090000002300',
    '0163000800000024',
    '0700000800000025',
    '0104001000000026',
    '0601000c000000060001000101020304',
    '01000004',
    packet_out(1, 0x67, 0xffffffff, 1, '0000000900030000'),
    packet_out(4, 0x68, 0xffffffff, 1, OUT11[:-16]),
]
VERBOSE_HEX = set(PRINT_HEX[:10] + [PRINT_HEX[32]])
print_rows = []
for h in PRINT_HEX:
    for verb in ([None, '0', '1', '5'] if h in VERBOSE_HEX else [None]):
        args = ['ofp-print', h] + ([verb] if verb else [])
        p = subprocess.run(['ovs-ofctl'] + args, capture_output=True,
                           text=True)
        print_rows.append((h, int(verb) if verb else 2, p.stdout, p.returncode))

# ---------------------------------------------------------- output
print('''/* Rows of tests/unit/check_flow.c, written by tools/probe-ovs-flow-rows.py
 * from the answers of ovs-ofctl 3.1 (Debian openvswitch-common):
 *   flow rows:      ovs-ofctl [-O VERSIONS] parse-flow FLOW
 *   protocol rows:  ovs-ofctl [-O VERSIONS] [-F FORMATS] parse-flow FLOW,
 *                   first two lines
 *   wire rows:      ovs-ofctl -O VERSION [-F FORMAT] -mmmmm parse-flow FLOW
 *                   (bytes), the same without -m and with -mmm (text)
 *   print rows:     ovs-ofctl ofp-print HEX [VERBOSITY]
 * Standard output, then "error: " and the last line of standard error
 * (without "ovs-ofctl: ") when it failed.  Not edited by hand. */
''')
def emit_flow_rows(name, rows):
    print('static const struct flow_row %s[] = {' % name)
    for r in rows:
        v, f = r[0], r[1]
        exp = ovs(opts(v) + ['parse-flow', f])
        print('    { %s,\n      %s,\n      %s },' % (cstr(v), cstr(f), cstr(exp)))
    print('};\n')

emit_flow_rows('field_rows', field_rows)
emit_flow_rows('order_rows', order_rows)
emit_flow_rows('keyword_rows', keyword_rows)

print('static const struct protocol_row protocol_rows[] = {')
for v, fm, f in protocol_rows:
    exp = ''.join(l + '\n' for l in ovs(opts(v, fm) + ['parse-flow', f])
                  .split('\n')[:2] if l)
    print('    { %s, %s,\n      %s,\n      %s },' % (cstr(v), cstr(fm), cstr(f), cstr(exp)))
print('};\n')

print('static const struct wire_row wire_rows[] = {')
for chosen, f, hexs, t0, t3 in wire_rows:
    print('    { %s,\n      %s,\n      %s,\n      %s,\n      %s },' % (
        cstr(chosen), cstr(f), cstr(hexs), cstr(t0), cstr(t3)))
print('};\n')

print('static const struct print_row print_rows[] = {')
for h, verb, out, rc in print_rows:
    print('    { %s, %d, %d,\n      %s },' % (cstr(h), verb, rc, cstr(out)))
print('};')
