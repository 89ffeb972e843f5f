/* Rows of tests/unit/check_flow.c, written by tools/probe-ovs-flow-rows.py
 * from the answers of ovs-ofctl 3.1 (Debian openvswitch-common):
 *   flow rows:      ovs-ofctl [-O VERSIONS] parse-flow FLOW
 *   protocol rows:  ovs-ofctl [-O VERSIONS] [-F FORMATS] parse-flow FLOW,
 *                   first two lines
 *   wire rows:      ovs-ofctl -O VERSION [-F FORMAT] -mmmmm parse-flow FLOW
 *                   (bytes), the same without -m and with -mmm (text)
 *   print rows:     ovs-ofctl ofp-print HEX [VERBOSITY]
 * Standard output, then "error: " and the last line of standard error
 * (without "ovs-ofctl: ") when it failed.  Not edited by hand. */

static const struct flow_row field_rows[] = {
    { "",
      "in_port=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow15",
      "in_port=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "",
      "in_port=5/0xff,actions=drop",
      "error: 5/0xff: invalid or unknown port for in_port\n" },
    { "",
      "in_port=bogus,actions=drop",
      "error: bogus: invalid or unknown port for in_port\n" },
    { "",
      "in_port=LOCAL,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD in_port=LOCAL actions=drop\n" },
    { "OpenFlow15",
      "in_port=LOCAL,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=LOCAL actions=drop\n" },
    { "",
      "in_port_oxm=7,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD in_port=7 actions=drop\n" },
    { "OpenFlow15",
      "in_port_oxm=7,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=7 actions=drop\n" },
    { "",
      "in_port_oxm=7/0xff,actions=drop",
      "error: 7/0xff: port value out of range for in_port_oxm\n" },
    { "",
      "in_port_oxm=65280,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD in_port=65280 actions=drop\n" },
    { "",
      "metadata=0x1234,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0x1234 actions=drop\n" },
    { "OpenFlow15",
      "metadata=0x1234,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD metadata=0x1234 "
      "actions=drop\n" },
    { "",
      "metadata=0x1234/0xff00ff00ffff0000,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0/0xff00ff00ffff0000 "
      "actions=drop\n" },
    { "",
      "metadata=0xg,actions=drop",
      "error: 0xg: bad syntax for metadata value\n" },
    { "",
      "pkt_mark=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD pkt_mark=0x5 actions=drop\n" },
    { "OpenFlow15",
      "pkt_mark=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD pkt_mark=0x5 actions=drop\n" },
    { "",
      "pkt_mark=0x5/0xff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD pkt_mark=0x5/0xff actions=drop\n" },
    { "",
      "ct_state=+trk+new,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk "
      "actions=drop\n" },
    { "",
      "ct_state=0x21/0x21,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk actions=drop\n" },
    { "",
      "ct_state=+foo,actions=drop",
      "error: foo: unknown ct_state flag(s)\n" },
    { "",
      "ct_state=new|trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=new|trk actions=drop\n" },
    { "OpenFlow15",
      "ct_state=new|trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=new|trk "
      "actions=drop\n" },
    { "",
      "ct_state=+trk-est-inv,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=-est-inv+trk actions=drop\n" },
    { "",
      "ct_state=0x100,actions=drop",
      "error: 0x100: unknown ct_state flag(s)\n" },
    { "",
      "ct_zone=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_zone=5 actions=drop\n" },
    { "OpenFlow15",
      "ct_zone=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_zone=5 actions=drop\n" },
    { "",
      "ct_zone=5/0xff,actions=drop",
      "error: 5/0xff: invalid mask for field ct_zone\n" },
    { "",
      "ct_zone=65536,actions=drop",
      "error: 65536: value too large for 2-byte field ct_zone\n" },
    { "",
      "ct_mark=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_mark=0x5 actions=drop\n" },
    { "OpenFlow15",
      "ct_mark=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_mark=0x5 actions=drop\n" },
    { "",
      "ct_mark=0x5/0xff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_mark=0x5/0xff actions=drop\n" },
    { "",
      "ct_mark=0x100000000,actions=drop",
      "error: 0x100000000: value too large for 4-byte field ct_mark\n" },
    { "",
      "ct_label=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_label=0x5 actions=drop\n" },
    { "OpenFlow15",
      "ct_label=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_label=0x5 actions=drop\n" },
    { "",
      "ct_label=0x5/0xff000000000000000000000000000000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "ct_label=0/0xff000000000000000000000000000000 actions=drop\n" },
    { "",
      "ct_label=0x102030405060708090a0b0c0d0e0f00,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "ct_label=0x102030405060708090a0b0c0d0e0f00 actions=drop\n" },
    { "OpenFlow15",
      "ct_label=0x102030405060708090a0b0c0d0e0f00,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "ct_label=0x102030405060708090a0b0c0d0e0f00 actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,ct_nw_proto=6,ip "
      "actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,ip,ct_nw_proto=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_proto=6,ip actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=6/0xf,actions=drop",
      "error: 6/0xf: invalid mask for field ct_nw_proto\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=256,actions=drop",
      "error: 256: value too large for 1-byte field ct_nw_proto\n" },
    { "",
      "ct_nw_proto=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 38 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...8......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 05 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 ee 01 06 00 00 00-                        "
      "|........        |\n" },
    { "OpenFlow13",
      "ct_nw_proto=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 09 00 01 ee 01-06 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_src=10.1.2.3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_src=10.1.2.3,ip actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,ip,ct_nw_src=10.1.2.3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_src=10.1.2.3,ip actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_src=10.1.2.3/255.0.255.0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_src=10.0.2.0/255.0.255.0,ip actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_src=10.1.2.3/24,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_src=10.1.2.0/24,ip actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_src=10.1.2,actions=drop",
      "error: 10.1.2: invalid IP address\n" },
    { "",
      "ct_nw_src=10.1.2.3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 38 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...8......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 08 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 f0 04 0a 01 02 03-                        "
      "|........        |\n" },
    { "OpenFlow13",
      "ct_nw_src=10.1.2.3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 0c 00 01 f0 04-0a 01 02 03 00 00 00 00 "
      "|................|\n" },
    { "",
      "ct_state=+trk+est,ip,ct_nw_dst=10.1.2.4,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+est+trk,"
      "ct_nw_dst=10.1.2.4,ip actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+est,ip,ct_nw_dst=10.1.2.4,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_nw_dst=10.1.2.4,ip actions=drop\n" },
    { "",
      "ct_state=+trk+est,ip,ct_nw_dst=10.1.2.4/255.255.0.255,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+est+trk,"
      "ct_nw_dst=10.1.0.4/255.255.0.255,ip actions=drop\n" },
    { "",
      "ct_state=+trk+est,ip,ct_nw_dst=10.1.2.4/8,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+est+trk,"
      "ct_nw_dst=10.0.0.0/8,ip actions=drop\n" },
    { "",
      "ct_state=+trk+est,ip,ct_nw_dst=1.2.3.4/33,actions=drop",
      "error: 1.2.3.4/33: IPv4 network prefix bits not between 0 and "
      "32, inclusive\n" },
    { "",
      "ct_nw_dst=10.1.2.4,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 38 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...8......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 08 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 f2 04 0a 01 02 04-                        "
      "|........        |\n" },
    { "OpenFlow13",
      "ct_nw_dst=10.1.2.4,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 0c 00 01 f2 04-0a 01 02 04 00 00 00 00 "
      "|................|\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_src=2001:db8::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_src=2001:db8::1,ipv6 actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,ipv6,ct_ipv6_src=2001:db8::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_src=2001:db8::1,ipv6 actions=drop\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_src=2001:db8::1/ffff::ffff,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_src=2001::1/ffff::ffff,ipv6 actions=drop\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_src=2001:db8::1/64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_src=2001:db8::/64,ipv6 actions=drop\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_src=2001:db8::g,actions=drop",
      "error: 2001:db8::g: invalid IPv6 address\n" },
    { "",
      "ct_ipv6_src=2001:db8::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 48 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...H......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 14 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 f4 10 20 01 0d b8-00 00 00 00 00 00 00 00 |.... "
      "...........|\n"
      "00000040  00 00 00 01 00 00 00 00-                        "
      "|........        |\n" },
    { "OpenFlow13",
      "ct_ipv6_src=2001:db8::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 48 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...H............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 18 00 01 f4 10-20 01 0d b8 00 00 00 00 "
      "|........ .......|\n"
      "00000040  00 00 00 00 00 00 00 01-                        "
      "|........        |\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_dst=fe80::2,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_dst=fe80::2,ipv6 actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,ipv6,ct_ipv6_dst=fe80::2,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_dst=fe80::2,ipv6 actions=drop\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_dst=fe80::2/10,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,"
      "ct_ipv6_dst=fe80::/10,ipv6 actions=drop\n" },
    { "",
      "ct_state=+trk+new,ipv6,ct_ipv6_dst=fe80::2/129,actions=drop",
      "error: fe80::2/129: IPv6 network prefix bits not between 0 and "
      "128, inclusive\n" },
    { "",
      "ct_ipv6_dst=fe80::2,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 48 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...H......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 14 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 f6 10 fe 80 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000040  00 00 00 02 00 00 00 00-                        "
      "|........        |\n" },
    { "OpenFlow13",
      "ct_ipv6_dst=fe80::2,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 48 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...H............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 18 00 01 f6 10-fe 80 00 00 00 00 00 00 "
      "|................|\n"
      "00000040  00 00 00 00 00 00 00 02-                        "
      "|........        |\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=6,ct_tp_src=80,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,ct_nw_proto=6,"
      "ct_tp_src=80,ip actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,ip,ct_nw_proto=6,ct_tp_src=80,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_proto=6,ct_tp_src=80,ip actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=6,ct_tp_src=80/0xff00,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,ct_nw_proto=6,"
      "ct_tp_src=0x0/0xff00,ip actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=6,ct_tp_src=65536,actions=drop",
      "error: 65536: value too large for 2-byte field ct_tp_src\n" },
    { "",
      "ct_tp_src=80,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ct_tp_src=80,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ct_state=+trk+new,ip,ct_nw_proto=17,ct_tp_dst=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,ct_nw_proto=17,"
      "ct_tp_dst=53,ip actions=drop\n" },
    { "OpenFlow15",
      "ct_state=+trk+new,ip,ct_nw_proto=17,ct_tp_dst=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+new+trk,"
      "ct_nw_proto=17,ct_tp_dst=53,ip actions=drop\n" },
    { "",
      "ct_tp_dst=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ct_tp_dst=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "dl_src=00:11:22:33:44:55,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_src=00:11:22:33:44:55 "
      "actions=drop\n" },
    { "OpenFlow15",
      "dl_src=00:11:22:33:44:55,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_src=00:11:22:33:44:55 "
      "actions=drop\n" },
    { "",
      "dl_src=00:11:22:33:44:55/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "dl_src=00:11:22:00:00:00/ff:ff:ff:00:00:00 actions=drop\n" },
    { "",
      "dl_src=00:11:22:33:44,actions=drop",
      "error: 00:11:22:33:44: invalid Ethernet address\n" },
    { "",
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00 actions=drop\n" },
    { "OpenFlow15",
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00 actions=drop\n" },
    { "",
      "eth_src=aa:bb:cc:dd:ee:ff,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_src=aa:bb:cc:dd:ee:ff "
      "actions=drop\n" },
    { "OpenFlow15",
      "eth_src=aa:bb:cc:dd:ee:ff,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_src=aa:bb:cc:dd:ee:ff "
      "actions=drop\n" },
    { "",
      "eth_dst=ff:ff:ff:ff:ff:ff,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_dst=ff:ff:ff:ff:ff:ff "
      "actions=drop\n" },
    { "OpenFlow15",
      "eth_dst=ff:ff:ff:ff:ff:ff,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_dst=ff:ff:ff:ff:ff:ff "
      "actions=drop\n" },
    { "",
      "eth_dst=ff:ff:ff:ff:ff:ff/fe:ff:ff:ff:ff:ff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "dl_dst=fe:ff:ff:ff:ff:ff/fe:ff:ff:ff:ff:ff actions=drop\n" },
    { "",
      "dl_type=0x88cc,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_type=0x88cc actions=drop\n" },
    { "OpenFlow15",
      "dl_type=0x88cc,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_type=0x88cc "
      "actions=drop\n" },
    { "",
      "dl_type=0x88cc/0xff00,actions=drop",
      "error: 0x88cc/0xff00: invalid mask for field eth_type\n" },
    { "",
      "eth_type=0x0800,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip actions=drop\n" },
    { "OpenFlow15",
      "eth_type=0x0800,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip actions=drop\n" },
    { "",
      "vlan_tci=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "OpenFlow15",
      "vlan_tci=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "",
      "vlan_tci=0x1005/0x1fff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "",
      "vlan_tci=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x0000 actions=drop\n" },
    { "OpenFlow15",
      "vlan_tci=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD vlan_tci=0x0000/0x1fff "
      "actions=drop\n" },
    { "",
      "vlan_tci=0/0x1000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x0000/0x1000 actions=drop\n" },
    { "",
      "dl_vlan=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "OpenFlow15",
      "dl_vlan=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "",
      "dl_vlan=5/0xff,actions=drop",
      "error: 5/0xff: invalid mask for field dl_vlan\n" },
    { "",
      "dl_vlan=4096,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan=0 actions=drop\n" },
    { "",
      "vlan_vid=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "OpenFlow15",
      "vlan_vid=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "",
      "vlan_vid=0x1000/0x1000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x1000/0x1000 actions=drop\n" },
    { "",
      "vlan_vid=0x2000,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x0000 actions=drop\n" },
    { "",
      "dl_vlan_pcp=3,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan_pcp=3 actions=drop\n" },
    { "OpenFlow15",
      "dl_vlan_pcp=3,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_vlan_pcp=3 actions=drop\n" },
    { "",
      "dl_vlan_pcp=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan_pcp=0 actions=drop\n" },
    { "",
      "vlan_pcp=7,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan_pcp=7 actions=drop\n" },
    { "OpenFlow15",
      "vlan_pcp=7,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_vlan_pcp=7 actions=drop\n" },
    { "",
      "ip,nw_src=192.168.1.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_src=192.168.1.1 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_src=192.168.1.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_src=192.168.1.1 "
      "actions=drop\n" },
    { "",
      "ip,nw_src=192.168.1.1/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_src=192.168.0.1/255.255.0.255 "
      "actions=drop\n" },
    { "",
      "ip,nw_src=192.168.1.1/16,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_src=192.168.0.0/16 "
      "actions=drop\n" },
    { "",
      "ip,nw_src=192.168.1.1/33,actions=drop",
      "error: 192.168.1.1/33: IPv4 network prefix bits not between 0 "
      "and 32, inclusive\n" },
    { "",
      "nw_src=192.168.1.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_src=192.168.1.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,nw_dst=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_dst=10.0.0.1 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_dst=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_dst=10.0.0.1 "
      "actions=drop\n" },
    { "",
      "ip,nw_dst=10.0.0.0/8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_dst=10.0.0.0/8 actions=drop\n" },
    { "",
      "ip,nw_dst=x,actions=drop",
      "error: x: invalid IP address\n" },
    { "",
      "nw_dst=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_dst=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,ip_src=1.2.3.4,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_src=1.2.3.4 actions=drop\n" },
    { "OpenFlow15",
      "ip,ip_src=1.2.3.4,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_src=1.2.3.4 "
      "actions=drop\n" },
    { "",
      "ip,ip_src=1.2.3.4/32,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_src=1.2.3.4 actions=drop\n" },
    { "",
      "ip_src=1.2.3.4,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ip_src=1.2.3.4,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,ip_dst=4.3.2.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_dst=4.3.2.1 actions=drop\n" },
    { "OpenFlow15",
      "ip,ip_dst=4.3.2.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_dst=4.3.2.1 "
      "actions=drop\n" },
    { "",
      "ip,ip_dst=4.3.2.1/0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip actions=drop\n" },
    { "",
      "ip_dst=4.3.2.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ip_dst=4.3.2.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ipv6,ipv6_src=2001:db8::5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_src=2001:db8::5 "
      "actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_src=2001:db8::5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,ipv6_src=2001:db8::5 "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_src=2001:db8::5/ffff:ffff::ffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,"
      "ipv6_src=2001:db8::5/ffff:ffff::ffff actions=drop\n" },
    { "",
      "ipv6,ipv6_src=2001:db8::/32,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_src=2001:db8::/32 "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_src=zz::1,actions=drop",
      "error: zz::1: invalid IPv6 address\n" },
    { "",
      "ipv6_src=2001:db8::5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ipv6_src=2001:db8::5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ipv6,ipv6_dst=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_dst=::1 actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_dst=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,ipv6_dst=::1 "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_dst=::ffff:1.2.3.4/96,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_dst=::ffff:0.0.0.0/96 "
      "actions=drop\n" },
    { "",
      "ipv6_dst=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ipv6_dst=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ipv6,ipv6_label=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_label=0x12345 "
      "actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_label=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,ipv6_label=0x12345 "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_label=0x12345/0xff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_label=0x00045/0x000ff "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_label=0x100000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_VALUE***\n"
      "00000000  01 04 00 40 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...@......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 0e 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 06 02 86 dd 00 01-36 04 00 10 00 00 00 00 "
      "|........6.......|\n" },
    { "",
      "ipv6_label=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ipv6_label=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,nw_proto=89,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_proto=89 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_proto=89,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_proto=89 "
      "actions=drop\n" },
    { "",
      "ip,nw_proto=256,actions=drop",
      "error: 256: value too large for 1-byte field nw_proto\n" },
    { "",
      "nw_proto=89,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_proto=89,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ipv6,ip_proto=17,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD udp6 actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ip_proto=17,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD udp6 actions=drop\n" },
    { "",
      "ip_proto=17,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ip_proto=17,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,nw_tos=0x10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_tos=16 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_tos=0x10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_tos=16 actions=drop\n" },
    { "",
      "ip,nw_tos=0x11,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_tos=16 actions=drop\n" },
    { "",
      "nw_tos=0x10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_tos=0x10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,ip_dscp=46,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_tos=184 actions=drop\n" },
    { "OpenFlow15",
      "ip,ip_dscp=46,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_tos=184 actions=drop\n" },
    { "",
      "ip,ip_dscp=64,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_tos=0 actions=drop\n" },
    { "",
      "ip_dscp=46,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ip_dscp=46,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,nw_ecn=3,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_ecn=3 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_ecn=3,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_ecn=3 actions=drop\n" },
    { "",
      "ip,nw_ecn=4,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_ecn=0 actions=drop\n" },
    { "",
      "nw_ecn=3,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_ecn=3,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ipv6,ip_ecn=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,nw_ecn=1 actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ip_ecn=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,nw_ecn=1 actions=drop\n" },
    { "",
      "ip_ecn=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ip_ecn=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,nw_ttl=64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_ttl=64 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_ttl=64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_ttl=64 actions=drop\n" },
    { "",
      "ip,nw_ttl=256,actions=drop",
      "error: 256: value too large for 1-byte field nw_ttl\n" },
    { "",
      "nw_ttl=64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_ttl=64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,nw_frag=first,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_frag=first actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_frag=first,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_frag=first "
      "actions=drop\n" },
    { "",
      "ip,nw_frag=sometimes,actions=drop",
      "error: sometimes: unknown fragment type (valid types are \"no\", "
      "\"yes\", \"first\", \"later\", \"not_later\"\n" },
    { "",
      "nw_frag=first,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_frag=first,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ip,ip_frag=not_later,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_frag=not_later actions=drop\n" },
    { "OpenFlow15",
      "ip,ip_frag=not_later,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_frag=not_later "
      "actions=drop\n" },
    { "",
      "ip_frag=not_later,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "ip_frag=not_later,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "ipv6,nw_frag=yes,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,nw_frag=yes actions=drop\n" },
    { "OpenFlow15",
      "ipv6,nw_frag=yes,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,nw_frag=yes "
      "actions=drop\n" },
    { "",
      "nw_frag=yes,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nw_frag=yes,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "arp,arp_op=2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,arp_op=2 actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_op=2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,arp_op=2 actions=drop\n" },
    { "",
      "arp,arp_op=256,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,arp_op=0 actions=drop\n" },
    { "",
      "arp_op=2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "arp_op=2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "arp,arp_spa=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,arp_spa=10.0.0.1 actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_spa=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,arp_spa=10.0.0.1 "
      "actions=drop\n" },
    { "",
      "arp,arp_spa=10.0.0.1/255.0.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,arp_spa=10.0.0.1/255.0.0.255 "
      "actions=drop\n" },
    { "",
      "arp,arp_spa=10.0.0.0/24,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,arp_spa=10.0.0.0/24 "
      "actions=drop\n" },
    { "",
      "arp_spa=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "arp_spa=10.0.0.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "rarp,arp_tpa=10.0.0.2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD rarp,arp_tpa=10.0.0.2 actions=drop\n" },
    { "OpenFlow15",
      "rarp,arp_tpa=10.0.0.2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD rarp,arp_tpa=10.0.0.2 "
      "actions=drop\n" },
    { "",
      "arp_tpa=10.0.0.2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "arp_tpa=10.0.0.2,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "arp,arp_sha=00:00:00:00:00:01,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,arp_sha=00:00:00:00:00:01 "
      "actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_sha=00:00:00:00:00:01,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,"
      "arp_sha=00:00:00:00:00:01 actions=drop\n" },
    { "",
      "arp,arp_sha=00:00:00:00:00:01/00:00:00:00:00:ff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,"
      "arp_sha=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "",
      "arp_sha=00:00:00:00:00:01,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "arp_sha=00:00:00:00:00:01,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "arp,arp_tha=00:00:00:00:00:02,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,arp_tha=00:00:00:00:00:02 "
      "actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_tha=00:00:00:00:00:02,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,"
      "arp_tha=00:00:00:00:00:02 actions=drop\n" },
    { "",
      "arp_tha=00:00:00:00:00:02,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "arp_tha=00:00:00:00:00:02,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "tcp,tcp_src=80,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD tcp,tp_src=80 actions=drop\n" },
    { "OpenFlow15",
      "tcp,tcp_src=80,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp,tp_src=80 actions=drop\n" },
    { "",
      "tcp,tcp_src=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,tp_src=0x50/0xfff0 actions=drop\n" },
    { "",
      "tcp,tcp_src=65536,actions=drop",
      "error: 65536: value too large for 2-byte field tcp_src\n" },
    { "",
      "tcp_src=80,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tcp_src=80,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "tcp6,tcp_dst=443,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp6,tp_dst=443 actions=drop\n" },
    { "OpenFlow15",
      "tcp6,tcp_dst=443,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp6,tp_dst=443 "
      "actions=drop\n" },
    { "",
      "tcp_dst=443,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tcp_dst=443,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "tcp,tp_src=22,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD tcp,tp_src=22 actions=drop\n" },
    { "OpenFlow15",
      "tcp,tp_src=22,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp,tp_src=22 actions=drop\n" },
    { "",
      "tp_src=22,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tp_src=22,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "udp,tp_dst=53,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD udp,tp_dst=53 actions=drop\n" },
    { "OpenFlow15",
      "udp,tp_dst=53,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD udp,tp_dst=53 actions=drop\n" },
    { "",
      "udp,tp_dst=0x35/0xff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD udp,tp_dst=0x35/0xff actions=drop\n" },
    { "",
      "tp_dst=53,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tp_dst=53,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "tcp,tcp_flags=+syn-ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,tcp_flags=+syn-ack actions=drop\n" },
    { "OpenFlow15",
      "tcp,tcp_flags=+syn-ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp,tcp_flags=+syn-ack "
      "actions=drop\n" },
    { "",
      "tcp,tcp_flags=0x012/0x0ff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,"
      "tcp_flags=-fin+syn-rst-psh+ack-urg-ece-cwr actions=drop\n" },
    { "",
      "tcp,tcp_flags=+bad,actions=drop",
      "error: bad: unknown TCP flag(s)\n" },
    { "",
      "tcp_flags=+syn-ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tcp_flags=+syn-ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "tcp6,tcp_flags=syn|ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp6,tcp_flags=syn|ack actions=drop\n" },
    { "OpenFlow15",
      "tcp6,tcp_flags=syn|ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp6,tcp_flags=syn|ack "
      "actions=drop\n" },
    { "",
      "tcp_flags=syn|ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tcp_flags=syn|ack,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "udp,udp_src=68,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD udp,tp_src=68 actions=drop\n" },
    { "OpenFlow15",
      "udp,udp_src=68,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD udp,tp_src=68 actions=drop\n" },
    { "",
      "udp_src=68,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "udp_src=68,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "udp6,udp_dst=547,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD udp6,tp_dst=547 actions=drop\n" },
    { "OpenFlow15",
      "udp6,udp_dst=547,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD udp6,tp_dst=547 "
      "actions=drop\n" },
    { "",
      "udp6,udp_dst=0x200/0xff00,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD udp6,tp_dst=0x200/0xff00 "
      "actions=drop\n" },
    { "",
      "udp_dst=547,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "udp_dst=547,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "sctp,sctp_src=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD sctp,tp_src=1 actions=drop\n" },
    { "OpenFlow15",
      "sctp,sctp_src=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD sctp,tp_src=1 actions=drop\n" },
    { "",
      "sctp_src=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "sctp_src=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "sctp6,sctp_dst=2,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD sctp6,tp_dst=2 actions=drop\n" },
    { "OpenFlow15",
      "sctp6,sctp_dst=2,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD sctp6,tp_dst=2 "
      "actions=drop\n" },
    { "",
      "sctp6,sctp_dst=2/0xff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD sctp6,tp_dst=0x2/0xff actions=drop\n" },
    { "",
      "sctp_dst=2,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "sctp_dst=2,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp,icmp_type=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD icmp,icmp_type=8 actions=drop\n" },
    { "OpenFlow15",
      "icmp,icmp_type=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp,icmp_type=8 "
      "actions=drop\n" },
    { "",
      "icmp,icmp_type=256,actions=drop",
      "error: 256: value too large for 1-byte field icmp_type\n" },
    { "",
      "icmp_type=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "icmp_type=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp,icmp_code=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD icmp,icmp_code=0 actions=drop\n" },
    { "OpenFlow15",
      "icmp,icmp_code=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp,icmp_code=0 "
      "actions=drop\n" },
    { "",
      "icmp_code=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "icmp_code=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp6,icmpv6_type=128,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=128 actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmpv6_type=128,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_type=128 "
      "actions=drop\n" },
    { "",
      "icmpv6_type=128,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "icmpv6_type=128,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp6,icmpv6_code=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_code=1 actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmpv6_code=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_code=1 "
      "actions=drop\n" },
    { "",
      "icmpv6_code=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "icmpv6_code=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp6,icmpv6_type=135,nd_target=fe80::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_target=fe80::1 actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmpv6_type=135,nd_target=fe80::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_target=fe80::1 actions=drop\n" },
    { "",
      "icmp6,icmpv6_type=135,nd_target=fe80::/64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_target=fe80::/64 actions=drop\n" },
    { "",
      "nd_target=fe80::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nd_target=fe80::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp6,icmpv6_type=135,nd_sll=00:11:22:33:44:55,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_sll=00:11:22:33:44:55 actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmpv6_type=135,nd_sll=00:11:22:33:44:55,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_sll=00:11:22:33:44:55 actions=drop\n" },
    { "",
      "nd_sll=00:11:22:33:44:55,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nd_sll=00:11:22:33:44:55,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "icmp6,icmpv6_type=136,nd_tll=00:11:22:33:44:66,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=136,"
      "nd_tll=00:11:22:33:44:66 actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmpv6_type=136,nd_tll=00:11:22:33:44:66,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_type=136,"
      "nd_tll=00:11:22:33:44:66 actions=drop\n" },
    { "",
      "nd_tll=00:11:22:33:44:66,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "nd_tll=00:11:22:33:44:66,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "",
      "reg0=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow15",
      "reg0=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "",
      "reg0=0x5/0xff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5/0xff actions=drop\n" },
    { "",
      "reg0=0x100000000,actions=drop",
      "error: 0x100000000: value too large for 4-byte field reg0\n" },
    { "",
      "reg7=7,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg7=0x7 actions=drop\n" },
    { "OpenFlow15",
      "reg7=7,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg7=0x7 actions=drop\n" },
    { "",
      "reg15=0xffffffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg15=0xffffffff actions=drop\n" },
    { "OpenFlow15",
      "reg15=0xffffffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg15=0xffffffff "
      "actions=drop\n" },
    { "",
      "reg15=0/0x80000000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg15=0/0x80000000 actions=drop\n" },
    { "",
      "xreg0=0x123456789,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x1,reg1=0x23456789 "
      "actions=drop\n" },
    { "OpenFlow15",
      "xreg0=0x123456789,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x1,reg1=0x23456789 "
      "actions=drop\n" },
    { "",
      "xreg0=0x1/0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg1=0x1/0x1 actions=drop\n" },
    { "",
      "xreg7=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg14=0,reg15=0x1 actions=drop\n" },
    { "OpenFlow15",
      "xreg7=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg14=0,reg15=0x1 "
      "actions=drop\n" },
    { "",
      "xxreg0=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0,reg1=0,reg2=0,reg3=0x5 "
      "actions=drop\n" },
    { "OpenFlow15",
      "xxreg0=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0,reg1=0,reg2=0,"
      "reg3=0x5 actions=drop\n" },
    { "",
      "xxreg0=0x5/0xf,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg3=0x5/0xf actions=drop\n" },
    { "",
      "xxreg3=0xffffffffffffffff0000000000000001,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg12=0xffffffff,reg13=0xffffffff,"
      "reg14=0,reg15=0x1 actions=drop\n" },
    { "OpenFlow15",
      "xxreg3=0xffffffffffffffff0000000000000001,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg12=0xffffffff,"
      "reg13=0xffffffff,reg14=0,reg15=0x1 actions=drop\n" },
};

static const struct flow_row order_rows[] = {
    { "",
      "tp_dst=80,nw_src=1.2.3.4,tcp,ct_state=+trk,reg3=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+trk,tcp,reg3=0x1,"
      "nw_src=1.2.3.4,tp_dst=80 actions=drop\n" },
    { "",
      "ct_mark=1,ct_zone=2,ct_state=-trk,ct_label=3,priority=7,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD priority=7,ct_state=-trk,ct_zone=2,"
      "ct_mark=0x1,ct_label=0x3 actions=drop\n" },
    { "",
      "metadata=1,pkt_mark=2,in_port=3,dl_vlan=4,"
      "dl_src=00:00:00:00:00:05,dl_dst=00:00:00:00:00:06,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD pkt_mark=0x2,metadata=0x1,in_port=3,"
      "dl_vlan=4,dl_src=00:00:00:00:00:05,dl_dst=00:00:00:00:00:06 "
      "actions=drop\n" },
    { "",
      "nw_ttl=3,nw_ecn=1,nw_tos=4,nw_proto=6,nw_dst=1.1.1.1,ip,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,nw_dst=1.1.1.1,nw_tos=4,"
      "nw_ecn=1,nw_ttl=3 actions=drop\n" },
    { "",
      "tcp_flags=+syn,tp_src=1,tp_dst=2,tcp,ipv6_label=1,ipv6_dst=::2,"
      "ipv6_src=::1,ipv6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp6,ipv6_src=::1,ipv6_dst=::2,"
      "ipv6_label=0x00001,tp_src=1,tp_dst=2,tcp_flags=+syn "
      "actions=drop\n" },
    { "",
      "nd_tll=00:00:00:00:00:01,icmp6,icmp_type=136,nd_target=::1,"
      "icmp_code=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=136,icmp_code=0,"
      "nd_target=::1,nd_tll=00:00:00:00:00:01 actions=drop\n" },
    { "",
      "arp_tha=00:00:00:00:00:02,arp_sha=00:00:00:00:00:01,"
      "arp_tpa=2.2.2.2,arp_spa=1.1.1.1,arp_op=1,arp,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,arp_spa=1.1.1.1,arp_tpa=2.2.2.2,"
      "arp_op=1,arp_sha=00:00:00:00:00:01,arp_tha=00:00:00:00:00:02 "
      "actions=drop\n" },
    { "",
      "reg15=1,reg0=2,xreg3=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x2,reg6=0,reg7=0x3,reg15=0x1 "
      "actions=drop\n" },
    { "",
      "udp,udp_dst=53,udp_src=1000,nw_frag=no,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD udp,nw_frag=no,tp_src=1000,"
      "tp_dst=53 actions=drop\n" },
    { "",
      "ipv6,nw_proto=58,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6 actions=drop\n" },
    { "",
      "ip,nw_proto=2,tp_src=17,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_proto=2 actions=drop\n" },
    { "",
      "dl_type=0x0806,nw_proto=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,arp_op=1 actions=drop\n" },
    { "",
      "dl_type=0x8035,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD rarp actions=drop\n" },
    { "",
      "dl_type=0x1234,dl_vlan_pcp=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan_pcp=5,dl_type=0x1234 "
      "actions=drop\n" },
    { "",
      "vlan_tci=0x1123/0x1fff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD dl_vlan=291 actions=drop\n" },
    { "",
      "ct_tp_dst=80,ct_nw_proto=6,ct_nw_dst=1.1.1.1,ct_nw_src=2.2.2.2,"
      "ct_state=+trk+new,ip,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+new+trk,ct_nw_src=2.2.2.2,"
      "ct_nw_dst=1.1.1.1,ct_nw_proto=6,ct_tp_dst=80,ip actions=drop\n" },
    { "",
      "ct_ipv6_dst=::2,ct_ipv6_src=::1,ct_state=+trk+est,ipv6,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+est+trk,ct_ipv6_src=::1,"
      "ct_ipv6_dst=::2,ipv6 actions=drop\n" },
    { "",
      "sctp6,tp_dst=9,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD sctp6,tp_dst=9 actions=drop\n" },
    { "",
      "icmp,icmp_code=3,icmp_type=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD icmp,icmp_type=5,icmp_code=3 "
      "actions=drop\n" },
    { "OpenFlow13",
      "tp_dst=80,nw_src=1.2.3.4,tcp,ct_state=+trk,reg3=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=+trk,tcp,reg3=0x1,"
      "nw_src=1.2.3.4,tp_dst=80 actions=drop\n" },
    { "OpenFlow13",
      "ct_mark=1,ct_zone=2,ct_state=-trk,ct_label=3,priority=7,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD priority=7,ct_state=-trk,"
      "ct_zone=2,ct_mark=0x1,ct_label=0x3 actions=drop\n" },
    { "OpenFlow13",
      "metadata=1,pkt_mark=2,in_port=3,dl_vlan=4,"
      "dl_src=00:00:00:00:00:05,dl_dst=00:00:00:00:00:06,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD pkt_mark=0x2,metadata=0x1,"
      "in_port=3,dl_vlan=4,dl_src=00:00:00:00:00:05,"
      "dl_dst=00:00:00:00:00:06 actions=drop\n" },
    { "OpenFlow13",
      "nw_ttl=3,nw_ecn=1,nw_tos=4,nw_proto=6,nw_dst=1.1.1.1,ip,"
      "actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD tcp,nw_dst=1.1.1.1,"
      "nw_tos=4,nw_ecn=1,nw_ttl=3 actions=drop\n" },
    { "OpenFlow13",
      "tcp_flags=+syn,tp_src=1,tp_dst=2,tcp,ipv6_label=1,ipv6_dst=::2,"
      "ipv6_src=::1,ipv6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD tcp6,ipv6_src=::1,"
      "ipv6_dst=::2,ipv6_label=0x00001,tp_src=1,tp_dst=2,"
      "tcp_flags=+syn actions=drop\n" },
    { "OpenFlow13",
      "nd_tll=00:00:00:00:00:01,icmp6,icmp_type=136,nd_target=::1,"
      "icmp_code=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD icmp6,icmp_type=136,"
      "icmp_code=0,nd_target=::1,nd_tll=00:00:00:00:00:01 actions=drop\n" },
};

static const struct flow_row keyword_rows[] = {
    { "",
      "table=3,priority=5,cookie=0x10,idle_timeout=30,hard_timeout=60,"
      "importance=2,send_flow_rem,check_overlap,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OpenFlow10+table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD table:3 priority=5,ip cookie:0x10 "
      "idle:30 hard:60 send_flow_rem check_overlap actions=drop\n" },
    { "",
      "table=256,actions=drop",
      "error: unknown table \"256\"\n" },
    { "",
      "table=-1,actions=drop",
      "error: unknown table \"-1\"\n" },
    { "",
      "priority=65536,actions=drop",
      "error: invalid priority \"65536\"\n" },
    { "",
      "priority=-1,actions=drop",
      "error: invalid priority \"-1\"\n" },
    { "",
      "idle_timeout=x,actions=drop",
      "error: invalid idle_timeout \"x\"\n" },
    { "",
      "cookie=1/1,actions=drop",
      "error: flow additions cannot use a cookie mask\n" },
    { "",
      "cookie=0xg,actions=drop",
      "error: invalid numeric format 0xg\n" },
    { "",
      "bogus=1,actions=drop",
      "error: unknown keyword bogus\n" },
    { "",
      "bogus,actions=drop",
      "error: field bogus missing value\n" },
    { "",
      "table,actions=drop",
      "error: field table missing value\n" },
    { "",
      "ip",
      "error: must specify an action\n" },
    { "",
      "ip,tcp,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD tcp actions=drop\n" },
    { "",
      "ipv4,ip4,ip6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ipv6 actions=drop\n" },
    { "",
      "duration=1s,n_packets=2,n_bytes=3,idle_age=4,hard_age=5,"
      "actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "",
      "no_readonly_table,allow_hidden_fields,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "",
      "reset_counts,no_packet_counts,no_byte_counts,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "",
      "out_port=5,actions=drop",
      "error: unknown keyword out_port\n" },
    { "",
      "ip actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip actions=drop\n" },
    { "",
      "  ip , tcp ,  actions = drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD tcp actions=drop\n" },
    { "",
      "ip,actions=ct(commit,exec(set_field:1->ct_mark)),drop",
      "error: \"drop\" must not be accompanied by any other action or "
      "instruction\n" },
    { "",
      "actions=ct(commit)",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ipv6,actions=ct(commit,nat(src=10.0.0.1))",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,actions=ct(alg=ftp)",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "udp,actions=ct(commit,alg=ftp)",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "tcp,actions=ct(commit,alg=tftp)",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ct_state=+inv+trk,ip,actions=ct(commit)",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,actions=resubmit(,1),ct(table=2),bogus_action",
      "error: unknown action bogus_action\n" },
    { "",
      "mpls,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD mpls actions=drop\n" },
    { "",
      "rarp,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD rarp actions=drop\n" },
    { "OpenFlow13",
      "table=3,priority=5,cookie=0x10,idle_timeout=30,hard_timeout=60,"
      "importance=2,send_flow_rem,check_overlap,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD table:3 priority=5,ip "
      "cookie:0x10 idle:30 hard:60 send_flow_rem check_overlap "
      "actions=drop\n" },
    { "OpenFlow13",
      "table=256,actions=drop",
      "error: unknown table \"256\"\n" },
    { "OpenFlow13",
      "table=-1,actions=drop",
      "error: unknown table \"-1\"\n" },
    { "OpenFlow13",
      "reset_counts,no_packet_counts,no_byte_counts,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reset_counts "
      "no_packet_counts no_byte_counts actions=drop\n" },
    { "OpenFlow13",
      "out_port=5,actions=drop",
      "error: unknown keyword out_port\n" },
};

static const struct protocol_row protocol_rows[] = {
    { "", "",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow13", "",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "", "NXM",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: NXM+table_id\n" },
    { "", "OpenFlow10+table_id",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "table=1,ip,actions=drop",
      "usable protocols: OXM,OpenFlow10+table_id,NXM+table_id,"
      "OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "table=255,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "OpenFlow15", "",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: NXM+table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: NXM+table_id\n" },
    { "OpenFlow13", "",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "OpenFlow15", "",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: NXM+table_id\n" },
    { "", "OpenFlow10+table_id",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "table=2,ct_state=+trk,actions=drop",
      "usable protocols: OXM,NXM+table_id\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ip,actions=ct(commit)",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow13", "",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow13", "",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "OpenFlow15", "",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "error: no usable protocol\n" },
    { "", "OpenFlow10+table_id",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "reset_counts,ip,actions=drop",
      "usable protocols: OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow13", "",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow13", "",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "OpenFlow15", "",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "", "OpenFlow10+table_id",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "no_packet_counts,ip,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "", "",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "check_overlap,send_flow_rem,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "metadata=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ip,nw_src=1.2.3.4/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "dl_src=00:00:00:00:00:01/ff:ff:ff:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "OpenFlow15", "",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "tcp,tp_dst=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "OpenFlow15", "",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ipv6,ipv6_src=::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ip,actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "ip,actions=mod_nw_src:1.2.3.4",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "importance=5,ip,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "OpenFlow13", "",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n" },
    { "", "NXM",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10+table_id\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "sctp,tp_src=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow12\n" },
    { "", "",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow10,OpenFlow13", "",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "OpenFlow13", "",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n" },
    { "OpenFlow11,OpenFlow12", "",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n" },
    { "OpenFlow15", "",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n" },
    { "", "OpenFlow10",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "", "NXM",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n" },
    { "", "OpenFlow10+table_id",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "error: no usable protocol\n" },
    { "OpenFlow10,OpenFlow14", "OXM",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow14\n" },
    { "OpenFlow12", "OXM",
      "nw_ecn=1,ip,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow12\n" },
};

static const struct wire_row wire_rows[] = {
    { "OpenFlow10-table_id",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "010e0050000000010038184f0000000000000000000000000000000000000800"
      "000600000a000000000000000000005000000000000000000000000000000064"
      "ffffffffffff00000000000800020000",
      "OFPT_FLOW_MOD (xid=0x1): ADD priority=100,tcp,nw_src=10.0.0.0/8,"
      "tp_dst=80 actions=output:2\n",
      "OFPT_FLOW_MOD (xid=0x1): ADD tcp,in_port=*,dl_vlan=*,"
      "dl_vlan_pcp=*,dl_src=*,dl_dst=*,nw_src=10.0.0.0/8,nw_dst=*,"
      "nw_tos=*,tp_src=*,tp_dst=80 pri:100 actions=output:2\n" },
    { "OpenFlow10+table_id",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "010e0050000000010038184f0000000000000000000000000000000000000800"
      "000600000a00000000000000000000500000000000000000ff00000000000064"
      "ffffffffffff00000000000800020000",
      "OFPT_FLOW_MOD (xid=0x1): ADD table:255 priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n",
      "OFPT_FLOW_MOD (xid=0x1): ADD table:255 tcp,in_port=*,dl_vlan=*,"
      "dl_vlan_pcp=*,dl_src=*,dl_dst=*,nw_src=10.0.0.0/8,nw_dst=*,"
      "nw_tos=*,tp_src=*,tp_dst=80 pri:100 actions=output:2\n" },
    { "NXM-table_id",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "0104005800000001000023200000000d00000000000000000000000000000064"
      "ffffffffffff0000001d00000000000000000602080000000f080a000000ff00"
      "000000000c01060000140200500000000000000800020000",
      "NXT_FLOW_MOD (xid=0x1): ADD priority=100,tcp,nw_src=10.0.0.0/8,"
      "tp_dst=80 actions=output:2\n",
      "NXT_FLOW_MOD (xid=0x1): ADD NXM_OF_ETH_TYPE(0800), "
      "NXM_OF_IP_SRC_W(0a000000/ff000000), NXM_OF_IP_PROTO(06), "
      "NXM_OF_TCP_DST(0050) pri:100 actions=output:2\n" },
    { "NXM+table_id",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "0104005800000001000023200000000d0000000000000000ff00000000000064"
      "ffffffffffff0000001d00000000000000000602080000000f080a000000ff00"
      "000000000c01060000140200500000000000000800020000",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 NXM_OF_ETH_TYPE(0800), "
      "NXM_OF_IP_SRC_W(0a000000/ff000000), NXM_OF_IP_PROTO(06), "
      "NXM_OF_TCP_DST(0050) pri:100 actions=output:2\n" },
    { "OXM-OpenFlow12",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "030e007000000001000000000000000000000000000000000000000000000064"
      "ffffffffffffffffffffffff000000000001002180000a020800800017080a00"
      "0000ff000000800014010680001c020050000000000000000004001800000000"
      "00000010000000020000000000000000",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n" },
    { "OXM-OpenFlow13",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "040e007000000001000000000000000000000000000000000000000000000064"
      "ffffffffffffffffffffffff000000000001002180000a020800800017080a00"
      "0000ff000000800014010680001c020050000000000000000004001800000000"
      "00000010000000020000000000000000",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n" },
    { "OXM-OpenFlow14",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "050e007000000001000000000000000000000000000000000000000000000064"
      "ffffffffffffffffffffffff000000000001002180000a020800800017080a00"
      "0000ff000000800014010680001c020050000000000000000004001800000000"
      "00000010000000020000000000000000",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n" },
    { "OXM-OpenFlow15",
      "priority=100,tcp,nw_src=10.0.0.0/8,tp_dst=80,actions=output:2",
      "060e007000000001000000000000000000000000000000000000000000000064"
      "ffffffffffffffffffffffff000000000001002180000a020800800017080a00"
      "0000ff000000800014010680001c020050000000000000000004001800000000"
      "00000010000000020000000000000000",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD priority=100,tcp,"
      "nw_src=10.0.0.0/8,tp_dst=80 actions=output:2\n" },
    { "OpenFlow10+table_id",
      "table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,"
      "send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)",
      "010e007000000001003820ef0000000000000000000000000000000000000800"
      "0000000000000000000000000000000000000000000012340100000a00148000"
      "ffffffffffff0001ffff00180000232000230001000000000005ff0000000000"
      "ffff001000002320000efff802000000",
      "OFPT_FLOW_MOD (xid=0x1): ADD table:1 ip cookie:0x1234 idle:10 "
      "hard:20 send_flow_rem actions=ct(commit,zone=5),resubmit(,2)\n",
      "OFPT_FLOW_MOD (xid=0x1): ADD table:1 ip,in_port=*,dl_vlan=*,"
      "dl_vlan_pcp=*,dl_src=*,dl_dst=*,nw_src=*,nw_dst=*,nw_proto=*,"
      "nw_tos=*,tp_src=*,tp_dst=* cookie:0x1234 idle:10 hard:20 "
      "send_flow_rem actions=ct(commit,zone=5),resubmit(,2)\n" },
    { "NXM+table_id",
      "table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,"
      "send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)",
      "0104006000000001000023200000000d00000000000012340100000a00148000"
      "ffffffffffff000100060000000000000000060208000000ffff001800002320"
      "00230001000000000005ff0000000000ffff001000002320000efff802000000",
      "NXT_FLOW_MOD (xid=0x1): ADD table:1 ip cookie:0x1234 idle:10 "
      "hard:20 send_flow_rem actions=ct(commit,zone=5),resubmit(,2)\n",
      "NXT_FLOW_MOD (xid=0x1): ADD table:1 NXM_OF_ETH_TYPE(0800) "
      "cookie:0x1234 idle:10 hard:20 send_flow_rem actions=ct(commit,"
      "zone=5),resubmit(,2)\n" },
    { "OXM-OpenFlow12",
      "table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,"
      "send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)",
      "030e007000000001000000000000123400000000000000000100000a00148000"
      "ffffffffffffffffffffffff000100000001000a80000a020800000000000000"
      "0004003000000000ffff00180000232000230001000000000005ff0000000000"
      "ffff001000002320000efff802000000",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n" },
    { "OXM-OpenFlow13",
      "table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,"
      "send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)",
      "040e007000000001000000000000123400000000000000000100000a00148000"
      "ffffffffffffffffffffffff000100000001000a80000a020800000000000000"
      "0004003000000000ffff00180000232000230001000000000005ff0000000000"
      "ffff001000002320000efff802000000",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n" },
    { "OXM-OpenFlow14",
      "table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,"
      "send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)",
      "050e007000000001000000000000123400000000000000000100000a00148000"
      "ffffffffffffffffffffffff000100000001000a80000a020800000000000000"
      "0004003000000000ffff00180000232000230001000000000005ff0000000000"
      "ffff001000002320000efff802000000",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n" },
    { "OXM-OpenFlow15",
      "table=1,cookie=0x1234,idle_timeout=10,hard_timeout=20,"
      "send_flow_rem,ip,actions=ct(commit,zone=5),resubmit(,2)",
      "060e007000000001000000000000123400000000000000000100000a00148000"
      "ffffffffffffffffffffffff000100000001000a80000a020800000000000000"
      "0004003000000000ffff00180000232000230001000000000005ff0000000000"
      "ffff001000002320000efff802000000",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD table:1 ip cookie:0x1234 "
      "idle:10 hard:20 send_flow_rem actions=ct(commit,zone=5),"
      "resubmit(,2)\n" },
    { "NXM-table_id",
      "ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,"
      "actions=ct_clear,NORMAL",
      "0104007000000001000023200000000d00000000000000000000000000008000"
      "ffffffffffff000000240000000000000000060208000001d308000000220000"
      "00220001d40200010001d70800000001000000ff00000000ffff001000002320"
      "002b00000000000000000008fffa0000",
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+est+trk,ct_zone=1,"
      "ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n",
      "NXT_FLOW_MOD (xid=0x1): ADD NXM_OF_ETH_TYPE(0800), "
      "NXM_NX_CT_STATE_W(00000022/00000022), NXM_NX_CT_ZONE(0001), "
      "NXM_NX_CT_MARK_W(00000001/000000ff) actions=ct_clear,NORMAL\n" },
    { "NXM+table_id",
      "ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,"
      "actions=ct_clear,NORMAL",
      "0104007000000001000023200000000d0000000000000000ff00000000008000"
      "ffffffffffff000000240000000000000000060208000001d308000000220000"
      "00220001d40200010001d70800000001000000ff00000000ffff001000002320"
      "002b00000000000000000008fffa0000",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 NXM_OF_ETH_TYPE(0800), "
      "NXM_NX_CT_STATE_W(00000022/00000022), NXM_NX_CT_ZONE(0001), "
      "NXM_NX_CT_MARK_W(00000001/000000ff) actions=ct_clear,NORMAL\n" },
    { "OXM-OpenFlow12",
      "ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,"
      "actions=ct_clear,NORMAL",
      "030e008000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001002880000a0208000001d3080000"
      "0022000000220001d40200010001d70800000001000000ff0004002800000000"
      "ffff001000002320002b00000000000000000010fffffffa0000000000000000",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n" },
    { "OXM-OpenFlow13",
      "ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,"
      "actions=ct_clear,NORMAL",
      "040e008000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001002880000a0208000001d3080000"
      "0022000000220001d40200010001d70800000001000000ff0004002800000000"
      "ffff001000002320002b00000000000000000010fffffffa0000000000000000",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n" },
    { "OXM-OpenFlow14",
      "ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,"
      "actions=ct_clear,NORMAL",
      "050e008000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001002880000a0208000001d3080000"
      "0022000000220001d40200010001d70800000001000000ff0004002800000000"
      "ffff001000002320002b00000000000000000010fffffffa0000000000000000",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n" },
    { "OXM-OpenFlow15",
      "ct_state=+trk+est,ct_zone=1,ct_mark=0x1/0xff,ip,"
      "actions=ct_clear,NORMAL",
      "060e008000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001002880000a0208000001d3080000"
      "0022000000220001d40200010001d70800000001000000ff0004002800000000"
      "ffff001000002320002b00000000000000000010fffffffa0000000000000000",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+est+trk,"
      "ct_zone=1,ct_mark=0x1/0xff,ip actions=ct_clear,NORMAL\n" },
    { "NXM-table_id",
      "ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop",
      "0104008000000001000023200000000d00000000000000000000000000008000"
      "ffffffffffff0000004e0000000000000000060286dd0001292020010db80000"
      "00000000000000000000ffffffff0000000000000000000000000001d9200000"
      "0000000000000000000000000001000000000000000000000000000000010000",
      "NXT_FLOW_MOD (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n",
      "NXT_FLOW_MOD (xid=0x1): ADD NXM_OF_ETH_TYPE(86dd), "
      "NXM_NX_IPV6_DST_W(20010db8000000000000000000000000/ffffffff00000"
      "0000000000000000000), "
      "NXM_NX_CT_LABEL_W(00000000000000000000000000000001/0000000000000"
      "0000000000000000001) actions=drop\n" },
    { "NXM+table_id",
      "ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop",
      "0104008000000001000023200000000d0000000000000000ff00000000008000"
      "ffffffffffff0000004e0000000000000000060286dd0001292020010db80000"
      "00000000000000000000ffffffff0000000000000000000000000001d9200000"
      "0000000000000000000000000001000000000000000000000000000000010000",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 NXM_OF_ETH_TYPE(86dd), "
      "NXM_NX_IPV6_DST_W(20010db8000000000000000000000000/ffffffff00000"
      "0000000000000000000), "
      "NXM_NX_CT_LABEL_W(00000000000000000000000000000001/0000000000000"
      "0000000000000000001) actions=drop\n" },
    { "OXM-OpenFlow12",
      "ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop",
      "030e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001005280000a0286dd800037202001"
      "0db8000000000000000000000000ffffffff0000000000000000000000000001"
      "d920000000000000000000000000000000010000000000000000000000000000"
      "0001000000000000",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n" },
    { "OXM-OpenFlow13",
      "ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop",
      "040e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001005280000a0286dd800037202001"
      "0db8000000000000000000000000ffffffff0000000000000000000000000001"
      "d920000000000000000000000000000000010000000000000000000000000000"
      "0001000000000000",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n" },
    { "OXM-OpenFlow14",
      "ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop",
      "050e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001005280000a0286dd800037202001"
      "0db8000000000000000000000000ffffffff0000000000000000000000000001"
      "d920000000000000000000000000000000010000000000000000000000000000"
      "0001000000000000",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n" },
    { "OXM-OpenFlow15",
      "ct_label=0x1/0x1,ipv6,ipv6_dst=2001:db8::/32,actions=drop",
      "060e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001005280000a0286dd800037202001"
      "0db8000000000000000000000000ffffffff0000000000000000000000000001"
      "d920000000000000000000000000000000010000000000000000000000000000"
      "0001000000000000",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_label=0x1/0x1,ipv6,"
      "ipv6_dst=2001:db8::/32 actions=drop\n" },
    { "OpenFlow10-table_id",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "010e005000000001003820c80003001122334455000000000000000700000806"
      "0001000000000000000000000000000000000000000000000000000000008000"
      "ffffffffffff000000000008fffe0000",
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_vlan_pcp=*,dl_src=00:11:22:33:44:55,dl_dst=*,nw_src=*,"
      "nw_dst=*,arp_op=1,nw_tos=*,icmp_type=*,icmp_code=* "
      "actions=LOCAL\n" },
    { "OpenFlow10+table_id",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "010e005000000001003820c80003001122334455000000000000000700000806"
      "000100000000000000000000000000000000000000000000ff00000000008000"
      "ffffffffffff000000000008fffe0000",
      "OFPT_FLOW_MOD (xid=0x1): ADD table:255 arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "OFPT_FLOW_MOD (xid=0x1): ADD table:255 arp,in_port=3,dl_vlan=7,"
      "dl_vlan_pcp=*,dl_src=00:11:22:33:44:55,dl_dst=*,nw_src=*,"
      "nw_dst=*,arp_op=1,nw_tos=*,icmp_type=*,icmp_code=* "
      "actions=LOCAL\n" },
    { "NXM-table_id",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "0104006000000001000023200000000d00000000000000000000000000008000"
      "ffffffffffff0000002400000000000000000002000300000406001122334455"
      "0000060208060000090410071fff00001e0200010000000000000008fffe0000",
      "NXT_FLOW_MOD (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "NXT_FLOW_MOD (xid=0x1): ADD NXM_OF_IN_PORT(0003), "
      "NXM_OF_ETH_SRC(001122334455), NXM_OF_ETH_TYPE(0806), "
      "NXM_OF_VLAN_TCI_W(1007/1fff), NXM_OF_ARP_OP(0001) actions=LOCAL\n" },
    { "NXM+table_id",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "0104006000000001000023200000000d0000000000000000ff00000000008000"
      "ffffffffffff0000002400000000000000000002000300000406001122334455"
      "0000060208060000090410071fff00001e0200010000000000000008fffe0000",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "NXT_FLOW_MOD (xid=0x1): ADD table:255 NXM_OF_IN_PORT(0003), "
      "NXM_OF_ETH_SRC(001122334455), NXM_OF_ETH_TYPE(0806), "
      "NXM_OF_VLAN_TCI_W(1007/1fff), NXM_OF_ARP_OP(0001) actions=LOCAL\n" },
    { "OXM-OpenFlow12",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "030e007000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000010028800000040000000380000806"
      "00112233445580000a02080680000c02100780002a0200010004001800000000"
      "00000010fffffffe0000000000000000",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "OFPT_FLOW_MOD (OF1.2) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n" },
    { "OXM-OpenFlow13",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "040e007000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000010028800000040000000380000806"
      "00112233445580000a02080680000c02100780002a0200010004001800000000"
      "00000010fffffffe0000000000000000",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n" },
    { "OXM-OpenFlow14",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "050e007000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000010028800000040000000380000806"
      "00112233445580000a02080680000c02100780002a0200010004001800000000"
      "00000010fffffffe0000000000000000",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "OFPT_FLOW_MOD (OF1.4) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n" },
    { "OXM-OpenFlow15",
      "in_port=3,dl_vlan=7,dl_src=00:11:22:33:44:55,arp,arp_op=1,"
      "actions=LOCAL",
      "060e007000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000010028800000040000000380000806"
      "00112233445580000a02080680000c02100780002a0200010004001800000000"
      "00000010fffffffe0000000000000000",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n",
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,in_port=3,dl_vlan=7,"
      "dl_src=00:11:22:33:44:55,arp_op=1 actions=LOCAL\n" },
};

static const struct print_row print_rows[] = {
    { "0100000800000001", 2, 0,
      "OFPT_HELLO (xid=0x1):\n"
      " version bitmap: 0x01\n" },
    { "0100000800000001", 0, 0,
      "OFPT_HELLO (xid=0x1):\n"
      " version bitmap: 0x01\n" },
    { "0100000800000001", 1, 0,
      "OFPT_HELLO (xid=0x1):\n"
      " version bitmap: 0x01\n" },
    { "0100000800000001", 5, 0,
      "OFPT_HELLO (xid=0x1):\n"
      " version bitmap: 0x01\n"
      "00000000  01 00 00 08 00 00 00 01-                        "
      "|........        |\n" },
    { "0102000800000011", 2, 0,
      "OFPT_ECHO_REQUEST (xid=0x11): 0 bytes of payload\n" },
    { "0102000800000011", 0, 0,
      "OFPT_ECHO_REQUEST (xid=0x11): 0 bytes of payload\n" },
    { "0102000800000011", 1, 0,
      "OFPT_ECHO_REQUEST (xid=0x11): 0 bytes of payload\n" },
    { "0102000800000011", 5, 0,
      "OFPT_ECHO_REQUEST (xid=0x11): 0 bytes of payload\n"
      "00000000  01 02 00 08 00 00 00 11-                        "
      "|........        |\n" },
    { "0103000c0000002161626364", 2, 0,
      "OFPT_ECHO_REPLY (xid=0x21): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n" },
    { "0103000c0000002161626364", 0, 0,
      "OFPT_ECHO_REPLY (xid=0x21): 4 bytes of payload\n" },
    { "0103000c0000002161626364", 1, 0,
      "OFPT_ECHO_REPLY (xid=0x21): 4 bytes of payload\n" },
    { "0103000c0000002161626364", 5, 0,
      "OFPT_ECHO_REPLY (xid=0x21): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n"
      "00000000  01 03 00 0c 00 00 00 21-61 62 63 64             "
      "|.......!abcd    |\n" },
    { "0112000800000031", 2, 0,
      "OFPT_BARRIER_REQUEST (xid=0x31):\n" },
    { "0112000800000031", 0, 0,
      "OFPT_BARRIER_REQUEST (xid=0x31):\n" },
    { "0112000800000031", 1, 0,
      "OFPT_BARRIER_REQUEST (xid=0x31):\n" },
    { "0112000800000031", 5, 0,
      "OFPT_BARRIER_REQUEST (xid=0x31):\n"
      "00000000  01 12 00 08 00 00 00 31-                        "
      "|.......1        |\n" },
    { "0113000800000041", 2, 0,
      "OFPT_BARRIER_REPLY (xid=0x41):\n" },
    { "0113000800000041", 0, 0,
      "OFPT_BARRIER_REPLY (xid=0x41):\n" },
    { "0113000800000041", 1, 0,
      "OFPT_BARRIER_REPLY (xid=0x41):\n" },
    { "0113000800000041", 5, 0,
      "OFPT_BARRIER_REPLY (xid=0x41):\n"
      "00000000  01 13 00 08 00 00 00 41-                        "
      "|.......A        |\n" },
    { "0200000800000002", 2, 0,
      "OFPT_HELLO (OF1.1) (xid=0x2):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0200000800000002", 0, 0,
      "OFPT_HELLO (OF1.1) (xid=0x2):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0200000800000002", 1, 0,
      "OFPT_HELLO (OF1.1) (xid=0x2):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0200000800000002", 5, 0,
      "OFPT_HELLO (OF1.1) (xid=0x2):\n"
      " version bitmap: 0x01, 0x02\n"
      "00000000  02 00 00 08 00 00 00 02-                        "
      "|........        |\n" },
    { "0202000800000012", 2, 0,
      "OFPT_ECHO_REQUEST (OF1.1) (xid=0x12): 0 bytes of payload\n" },
    { "0202000800000012", 0, 0,
      "OFPT_ECHO_REQUEST (OF1.1) (xid=0x12): 0 bytes of payload\n" },
    { "0202000800000012", 1, 0,
      "OFPT_ECHO_REQUEST (OF1.1) (xid=0x12): 0 bytes of payload\n" },
    { "0202000800000012", 5, 0,
      "OFPT_ECHO_REQUEST (OF1.1) (xid=0x12): 0 bytes of payload\n"
      "00000000  02 02 00 08 00 00 00 12-                        "
      "|........        |\n" },
    { "0203000c0000002261626364", 2, 0,
      "OFPT_ECHO_REPLY (OF1.1) (xid=0x22): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n" },
    { "0203000c0000002261626364", 0, 0,
      "OFPT_ECHO_REPLY (OF1.1) (xid=0x22): 4 bytes of payload\n" },
    { "0203000c0000002261626364", 1, 0,
      "OFPT_ECHO_REPLY (OF1.1) (xid=0x22): 4 bytes of payload\n" },
    { "0203000c0000002261626364", 5, 0,
      "OFPT_ECHO_REPLY (OF1.1) (xid=0x22): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n"
      "00000000  02 03 00 0c 00 00 00 22-61 62 63 64             "
      "|.......\"abcd    |\n" },
    { "0214000800000032", 2, 0,
      "OFPT_BARRIER_REQUEST (OF1.1) (xid=0x32):\n" },
    { "0214000800000032", 0, 0,
      "OFPT_BARRIER_REQUEST (OF1.1) (xid=0x32):\n" },
    { "0214000800000032", 1, 0,
      "OFPT_BARRIER_REQUEST (OF1.1) (xid=0x32):\n" },
    { "0214000800000032", 5, 0,
      "OFPT_BARRIER_REQUEST (OF1.1) (xid=0x32):\n"
      "00000000  02 14 00 08 00 00 00 32-                        "
      "|.......2        |\n" },
    { "0215000800000042", 2, 0,
      "OFPT_BARRIER_REPLY (OF1.1) (xid=0x42):\n" },
    { "0215000800000042", 0, 0,
      "OFPT_BARRIER_REPLY (OF1.1) (xid=0x42):\n" },
    { "0215000800000042", 1, 0,
      "OFPT_BARRIER_REPLY (OF1.1) (xid=0x42):\n" },
    { "0215000800000042", 5, 0,
      "OFPT_BARRIER_REPLY (OF1.1) (xid=0x42):\n"
      "00000000  02 15 00 08 00 00 00 42-                        "
      "|.......B        |\n" },
    { "0300000800000003", 2, 0,
      "OFPT_HELLO (OF1.2) (xid=0x3):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0302000800000013", 2, 0,
      "OFPT_ECHO_REQUEST (OF1.2) (xid=0x13): 0 bytes of payload\n" },
    { "0303000c0000002361626364", 2, 0,
      "OFPT_ECHO_REPLY (OF1.2) (xid=0x23): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n" },
    { "0314000800000033", 2, 0,
      "OFPT_BARRIER_REQUEST (OF1.2) (xid=0x33):\n" },
    { "0315000800000043", 2, 0,
      "OFPT_BARRIER_REPLY (OF1.2) (xid=0x43):\n" },
    { "0400000800000004", 2, 0,
      "OFPT_HELLO (OF1.3) (xid=0x4):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0402000800000014", 2, 0,
      "OFPT_ECHO_REQUEST (OF1.3) (xid=0x14): 0 bytes of payload\n" },
    { "0403000c0000002461626364", 2, 0,
      "OFPT_ECHO_REPLY (OF1.3) (xid=0x24): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n" },
    { "0414000800000034", 2, 0,
      "OFPT_BARRIER_REQUEST (OF1.3) (xid=0x34):\n" },
    { "0415000800000044", 2, 0,
      "OFPT_BARRIER_REPLY (OF1.3) (xid=0x44):\n" },
    { "0500000800000005", 2, 0,
      "OFPT_HELLO (OF1.4) (xid=0x5):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0502000800000015", 2, 0,
      "OFPT_ECHO_REQUEST (OF1.4) (xid=0x15): 0 bytes of payload\n" },
    { "0503000c0000002561626364", 2, 0,
      "OFPT_ECHO_REPLY (OF1.4) (xid=0x25): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n" },
    { "0514000800000035", 2, 0,
      "OFPT_BARRIER_REQUEST (OF1.4) (xid=0x35):\n" },
    { "0515000800000045", 2, 0,
      "OFPT_BARRIER_REPLY (OF1.4) (xid=0x45):\n" },
    { "0600000800000006", 2, 0,
      "OFPT_HELLO (OF1.5) (xid=0x6):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0602000800000016", 2, 0,
      "OFPT_ECHO_REQUEST (OF1.5) (xid=0x16): 0 bytes of payload\n" },
    { "0603000c0000002661626364", 2, 0,
      "OFPT_ECHO_REPLY (OF1.5) (xid=0x26): 4 bytes of payload\n"
      "00000000  61 62 63 64                                     |abcd "
      "           |\n" },
    { "0614000800000036", 2, 0,
      "OFPT_BARRIER_REQUEST (OF1.5) (xid=0x36):\n" },
    { "0615000800000046", 2, 0,
      "OFPT_BARRIER_REPLY (OF1.5) (xid=0x46):\n" },
    { "04000010000000040001000800000012", 2, 0,
      "OFPT_HELLO (OF1.3) (xid=0x4):\n"
      " version bitmap: 0x01, 0x04\n" },
    { "06000010000000050001000800000072", 2, 0,
      "OFPT_HELLO (OF1.5) (xid=0x5):\n"
      " version bitmap: 0x01, 0x04, 0x05, 0x06\n" },
    { "05000010000000060001000800000030", 2, 0,
      "OFPT_HELLO (OF1.4) (xid=0x6):\n"
      " version bitmap: 0x04, 0x05\n" },
    { "05000010000000060001000800000030", 0, 0,
      "OFPT_HELLO (OF1.4) (xid=0x6):\n"
      " version bitmap: 0x04, 0x05\n" },
    { "05000010000000060001000800000030", 1, 0,
      "OFPT_HELLO (OF1.4) (xid=0x6):\n"
      " version bitmap: 0x04, 0x05\n" },
    { "05000010000000060001000800000030", 5, 0,
      "OFPT_HELLO (OF1.4) (xid=0x6):\n"
      " version bitmap: 0x04, 0x05\n"
      "00000000  05 00 00 10 00 00 00 06-00 01 00 08 00 00 00 30 "
      "|...............0|\n" },
    { "01010014000000020001000601000008000000ff", 2, 0,
      "OFPT_ERROR (xid=0x2): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (xid=0xff):\n"
      " version bitmap: 0x01\n" },
    { "0401001400000003000200050400000800000003", 2, 0,
      "OFPT_ERROR (OF1.3) (xid=0x3): OFPBAC_BAD_ARGUMENT\n"
      "OFPT_HELLO (OF1.3) (xid=0x3):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001400000004000400090400000800000004", 2, 0,
      "OFPT_ERROR (OF1.3) (xid=0x4): OFPBMC_BAD_PREREQ\n"
      "OFPT_HELLO (OF1.3) (xid=0x4):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0101000c000000050002000d", 2, 0,
      "OFPT_ERROR (xid=0x5): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 0c 00 00 00 05-00 02 00 0d             "
      "|............    |\n" },
    { "010d001800000060ffffffff000100080000000800030000", 2, 0,
      "OFPT_PACKET_OUT (xid=0x60): in_port=1 actions=output:3 "
      "data_len=0\n" },
    { "010d0028000000610000002afffe00180000000800030000ffff001000002320"
      "002b000000000000", 2, 0,
      "OFPT_PACKET_OUT (xid=0x61): in_port=LOCAL actions=output:3,"
      "ct_clear buffer=0x0000002a\n" },
    { "020d0028000000620000002a0000000500100000000000000000001000000003"
      "0000000000000000", 2, 0,
      "OFPT_PACKET_OUT (OF1.1) (xid=0x62): in_port=5 actions=output:3 "
      "buffer=0x0000002a\n" },
    { "030d002800000063fffffffffffffffd00100000000000000000001000000003"
      "0000000000000000", 2, 0,
      "OFPT_PACKET_OUT (OF1.2) (xid=0x63): in_port=CONTROLLER "
      "actions=output:3 data_len=0\n" },
    { "040d0038000000640000007b0000000200200000000000000000001000000003"
      "0000000000000000ffff001000002320002b000000000000", 2, 0,
      "OFPT_PACKET_OUT (OF1.3) (xid=0x64): in_port=2 actions=output:3,"
      "ct_clear buffer=0x0000007b\n" },
    { "050d0038000000650000007b0000000200200000000000000000001000000003"
      "000000000000000000000010000000030000000000000000", 2, 0,
      "OFPT_PACKET_OUT (OF1.4) (xid=0x65): in_port=2 actions=output:3,"
      "output:3 buffer=0x0000007b\n" },
    { "040d001800000066ffffffff000000010000000000000000", 2, 0,
      "OFPT_PACKET_OUT (OF1.3) (xid=0x66): in_port=1 actions=drop "
      "data_len=0\n" },
    { "011200090000002300", 2, 0,
      "***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 12 00 09 00 00 00 23-00                      "
      "|.......#.       |\n" },
    { "0163000800000024", 2, 0,
      "***decode error: OFPBRC_BAD_TYPE***\n"
      "00000000  01 63 00 08 00 00 00 24-                        "
      "|.c.....$        |\n" },
    { "0700000800000025", 2, 0,
      "OFPT_HELLO (OF 0x07) (xid=0x25):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07\n" },
    { "0104001000000026", 2, 0,
      "(***truncated to 8 bytes from 16***)\n"
      "00000000  01 04 00 10 00 00 00 26-                        "
      "|.......&        |\n" },
    { "0601000c000000060001000101020304", 2, 0,
      "(***only uses 12 bytes out of 16***)\n"
      "00000000  06 01 00 0c 00 00 00 06-00 01 00 01 01 02 03 04 "
      "|................|\n" },
    { "01000004", 2, 0,
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 00 00 04                                     |.... "
      "           |\n" },
    { "010d001800000067ffffffff000100080000000900030000", 2, 0,
      "OFPT_PACKET_OUT (xid=0x67): ***decode error: OFPBAC_BAD_LEN***\n"
      "00000000  01 0d 00 18 00 00 00 67-ff ff ff ff 00 01 00 08 "
      "|.......g........|\n"
      "00000010  00 00 00 09 00 03 00 00-                        "
      "|........        |\n" },
    { "040d002000000068ffffffff0000000100080000000000000000001000000003", 2, 0,
      "OFPT_PACKET_OUT (OF1.3) (xid=0x68): ***decode error: "
      "OFPBAC_BAD_LEN***\n"
      "00000000  04 0d 00 20 00 00 00 68-ff ff ff ff 00 00 00 01 |... "
      "...h........|\n"
      "00000010  00 08 00 00 00 00 00 00-00 00 00 10 00 00 00 03 "
      "|................|\n" },
};
