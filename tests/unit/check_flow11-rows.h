/* Rows of tests/unit/check_flow11.c, written by
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

static const struct flow_row subfield_rows[] = {
    { "",
      "reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "",
      "reg0[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "",
      "reg0[4]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x10/0x10 actions=drop\n" },
    { "OpenFlow13",
      "reg0[4]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x10/0x10 "
      "actions=drop\n" },
    { "OpenFlow15",
      "reg0[4]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x10/0x10 "
      "actions=drop\n" },
    { "",
      "reg0[4]=0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x10/0x10 actions=drop\n" },
    { "OpenFlow13",
      "reg0[4]=0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x10/0x10 "
      "actions=drop\n" },
    { "OpenFlow15",
      "reg0[4]=0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x10/0x10 "
      "actions=drop\n" },
    { "",
      "reg0[31]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x80000000/0x80000000 "
      "actions=drop\n" },
    { "OpenFlow13",
      "reg0[31]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x80000000/0x80000000 "
      "actions=drop\n" },
    { "OpenFlow15",
      "reg0[31]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x80000000/0x80000000 "
      "actions=drop\n" },
    { "",
      "reg0[0..3]=010,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x8/0xf actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]=010,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x8/0xf actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]=010,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x8/0xf actions=drop\n" },
    { "",
      "reg0[]=+5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=+5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=+5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "",
      "reg0[]=0X5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=0X5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=0X5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "",
      "reg0[]=0x,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0 actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=0x,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0 actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=0x,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0 actions=drop\n" },
    { "",
      "reg0[]=0xAbC,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0xabc actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=0xAbC,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0xabc actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=0xAbC,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0xabc actions=drop\n" },
    { "",
      "reg0[]=0x0000000000000000000005,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=0x0000000000000000000005,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=0x0000000000000000000005,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5 actions=drop\n" },
    { "",
      "reg0[]=4294967295,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0xffffffff actions=drop\n" },
    { "OpenFlow13",
      "reg0[]=4294967295,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0xffffffff "
      "actions=drop\n" },
    { "OpenFlow15",
      "reg0[]=4294967295,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0xffffffff "
      "actions=drop\n" },
    { "",
      "reg0[0..3]:5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]:5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]:5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "",
      "reg0[0..3]=5,reg0[8..11]=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x305/0xf0f actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]=5,reg0[8..11]=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x305/0xf0f "
      "actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]=5,reg0[8..11]=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x305/0xf0f "
      "actions=drop\n" },
    { "",
      "reg0[0..3]=5,reg0[2..5]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x1/0x3f actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]=5,reg0[2..5]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x1/0x3f actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]=5,reg0[2..5]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x1/0x3f actions=drop\n" },
    { "",
      "reg0=0x100,reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x105 actions=drop\n" },
    { "OpenFlow13",
      "reg0=0x100,reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x105 actions=drop\n" },
    { "OpenFlow15",
      "reg0=0x100,reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x105 actions=drop\n" },
    { "",
      "reg0=0x100/0x100,reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x105/0x10f actions=drop\n" },
    { "OpenFlow13",
      "reg0=0x100/0x100,reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x105/0x10f "
      "actions=drop\n" },
    { "OpenFlow15",
      "reg0=0x100/0x100,reg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x105/0x10f "
      "actions=drop\n" },
    { "",
      "reg0[0..3]=5,reg0=7,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x7 actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]=5,reg0=7,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x7 actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]=5,reg0=7,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x7 actions=drop\n" },
    { "",
      "NXM_NX_REG0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow13",
      "NXM_NX_REG0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow15",
      "NXM_NX_REG0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "",
      "NXM_NX_REG0_W[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow13",
      "NXM_NX_REG0_W[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "OpenFlow15",
      "NXM_NX_REG0_W[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x5/0xf actions=drop\n" },
    { "",
      "reg15[16..31]=0xffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg15=0xffff0000/0xffff0000 "
      "actions=drop\n" },
    { "OpenFlow13",
      "reg15[16..31]=0xffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "reg15=0xffff0000/0xffff0000 actions=drop\n" },
    { "OpenFlow15",
      "reg15[16..31]=0xffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "reg15=0xffff0000/0xffff0000 actions=drop\n" },
    { "",
      "xreg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg1=0x5/0xf actions=drop\n" },
    { "OpenFlow13",
      "xreg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg1=0x5/0xf actions=drop\n" },
    { "OpenFlow15",
      "xreg0[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg1=0x5/0xf actions=drop\n" },
    { "",
      "xreg3[32..63]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg6=0x5 actions=drop\n" },
    { "OpenFlow13",
      "xreg3[32..63]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg6=0x5 actions=drop\n" },
    { "OpenFlow15",
      "xreg3[32..63]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg6=0x5 actions=drop\n" },
    { "",
      "xxreg0[100..103]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x50/0xf0 actions=drop\n" },
    { "OpenFlow13",
      "xxreg0[100..103]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x50/0xf0 "
      "actions=drop\n" },
    { "OpenFlow15",
      "xxreg0[100..103]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x50/0xf0 "
      "actions=drop\n" },
    { "",
      "xxreg0[]=0x112233445566778899aabbccddeeff00,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0x11223344,reg1=0x55667788,"
      "reg2=0x99aabbcc,reg3=0xddeeff00 actions=drop\n" },
    { "OpenFlow13",
      "xxreg0[]=0x112233445566778899aabbccddeeff00,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0x11223344,"
      "reg1=0x55667788,reg2=0x99aabbcc,reg3=0xddeeff00 actions=drop\n" },
    { "OpenFlow15",
      "xxreg0[]=0x112233445566778899aabbccddeeff00,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0x11223344,"
      "reg1=0x55667788,reg2=0x99aabbcc,reg3=0xddeeff00 actions=drop\n" },
    { "",
      "xxreg0[0..127]=0xffffffffffffffffffffffffffffffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0xffffffff,reg1=0xffffffff,"
      "reg2=0xffffffff,reg3=0xffffffff actions=drop\n" },
    { "OpenFlow13",
      "xxreg0[0..127]=0xffffffffffffffffffffffffffffffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0xffffffff,"
      "reg1=0xffffffff,reg2=0xffffffff,reg3=0xffffffff actions=drop\n" },
    { "OpenFlow15",
      "xxreg0[0..127]=0xffffffffffffffffffffffffffffffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0xffffffff,"
      "reg1=0xffffffff,reg2=0xffffffff,reg3=0xffffffff actions=drop\n" },
    { "",
      "xxreg0[]=-1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg0=0,reg1=0,reg2=0xffffffff,"
      "reg3=0xffffffff actions=drop\n" },
    { "OpenFlow13",
      "xxreg0[]=-1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD reg0=0,reg1=0,"
      "reg2=0xffffffff,reg3=0xffffffff actions=drop\n" },
    { "OpenFlow15",
      "xxreg0[]=-1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD reg0=0,reg1=0,"
      "reg2=0xffffffff,reg3=0xffffffff actions=drop\n" },
    { "",
      "metadata[0..7]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0x5/0xff actions=drop\n" },
    { "OpenFlow13",
      "metadata[0..7]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD metadata=0x5/0xff "
      "actions=drop\n" },
    { "OpenFlow15",
      "metadata[0..7]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD metadata=0x5/0xff "
      "actions=drop\n" },
    { "",
      "metadata[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0x5 actions=drop\n" },
    { "OpenFlow13",
      "metadata[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD metadata=0x5 actions=drop\n" },
    { "OpenFlow15",
      "metadata[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD metadata=0x5 actions=drop\n" },
    { "",
      "metadata[]=-1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0xffffffffffffffff "
      "actions=drop\n" },
    { "OpenFlow13",
      "metadata[]=-1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "metadata=0xffffffffffffffff actions=drop\n" },
    { "OpenFlow15",
      "metadata[]=-1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "metadata=0xffffffffffffffff actions=drop\n" },
    { "",
      "OXM_OF_METADATA[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0x5/0xf actions=drop\n" },
    { "OpenFlow13",
      "OXM_OF_METADATA[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD metadata=0x5/0xf "
      "actions=drop\n" },
    { "OpenFlow15",
      "OXM_OF_METADATA[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD metadata=0x5/0xf "
      "actions=drop\n" },
    { "",
      "metadata[0..7]=5,metadata=0x100/0xff00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD metadata=0x100/0xff00 actions=drop\n" },
    { "OpenFlow13",
      "metadata[0..7]=5,metadata=0x100/0xff00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD metadata=0x100/0xff00 "
      "actions=drop\n" },
    { "OpenFlow15",
      "metadata[0..7]=5,metadata=0x100/0xff00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD metadata=0x100/0xff00 "
      "actions=drop\n" },
    { "",
      "pkt_mark[0..15]=0xffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD pkt_mark=0xffff/0xffff actions=drop\n" },
    { "OpenFlow13",
      "pkt_mark[0..15]=0xffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD pkt_mark=0xffff/0xffff "
      "actions=drop\n" },
    { "OpenFlow15",
      "pkt_mark[0..15]=0xffff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD pkt_mark=0xffff/0xffff "
      "actions=drop\n" },
    { "",
      "in_port[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow13",
      "in_port[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow15",
      "in_port[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "",
      "NXM_OF_IN_PORT[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow13",
      "NXM_OF_IN_PORT[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow15",
      "NXM_OF_IN_PORT[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "",
      "OXM_OF_IN_PORT[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow13",
      "OXM_OF_IN_PORT[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow15",
      "OXM_OF_IN_PORT[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "",
      "in_port_oxm[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow13",
      "in_port_oxm[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "OpenFlow15",
      "in_port_oxm[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=5 actions=drop\n" },
    { "",
      "in_port_oxm[]=65536,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD in_port=ANY actions=drop\n" },
    { "OpenFlow13",
      "in_port_oxm[]=65536,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD in_port=ANY actions=drop\n" },
    { "OpenFlow15",
      "in_port_oxm[]=65536,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD in_port=ANY actions=drop\n" },
    { "",
      "ct_state[0..7]=0x21,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=new|trk actions=drop\n" },
    { "OpenFlow13",
      "ct_state[0..7]=0x21,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=new|trk "
      "actions=drop\n" },
    { "OpenFlow15",
      "ct_state[0..7]=0x21,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=new|trk "
      "actions=drop\n" },
    { "",
      "ct_state[5]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=+trk actions=drop\n" },
    { "OpenFlow13",
      "ct_state[5]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=+trk actions=drop\n" },
    { "OpenFlow15",
      "ct_state[5]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=+trk actions=drop\n" },
    { "",
      "ct_state[]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_state=0 actions=drop\n" },
    { "OpenFlow13",
      "ct_state[]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=0 actions=drop\n" },
    { "OpenFlow15",
      "ct_state[]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_state=0 actions=drop\n" },
    { "",
      "ct_zone[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_zone=5 actions=drop\n" },
    { "OpenFlow13",
      "ct_zone[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_zone=5 actions=drop\n" },
    { "OpenFlow15",
      "ct_zone[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_zone=5 actions=drop\n" },
    { "",
      "ct_mark[0..7]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_mark=0x5/0xff actions=drop\n" },
    { "OpenFlow13",
      "ct_mark[0..7]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_mark=0x5/0xff "
      "actions=drop\n" },
    { "OpenFlow15",
      "ct_mark[0..7]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_mark=0x5/0xff "
      "actions=drop\n" },
    { "",
      "ct_label[0..63]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_label=0x5/0xffffffffffffffff "
      "actions=drop\n" },
    { "OpenFlow13",
      "ct_label[0..63]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "ct_label=0x5/0xffffffffffffffff actions=drop\n" },
    { "OpenFlow15",
      "ct_label[0..63]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "ct_label=0x5/0xffffffffffffffff actions=drop\n" },
    { "",
      "ct_label[64..127]=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "ct_label=0x50000000000000000/0xffffffffffffffff0000000000000000 "
      "actions=drop\n" },
    { "OpenFlow13",
      "ct_label[64..127]=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "ct_label=0x50000000000000000/0xffffffffffffffff0000000000000000 "
      "actions=drop\n" },
    { "OpenFlow15",
      "ct_label[64..127]=0x5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "ct_label=0x50000000000000000/0xffffffffffffffff0000000000000000 "
      "actions=drop\n" },
    { "",
      "ct_state=+trk,ip,ct_nw_proto[]=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 48 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...H......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 17 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 06 02 08 00 00 01-d3 08 00 00 00 20 00 00 "
      "|............. ..|\n"
      "00000040  00 20 00 01 ee 01 06 00-                        |. "
      "......        |\n" },
    { "OpenFlow13",
      "ct_state=+trk,ip,ct_nw_proto[]=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 50 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...P............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 1b 80 00 0a 02-08 00 00 01 d3 08 00 00 "
      "|................|\n"
      "00000040  00 20 00 00 00 20 00 01-ee 01 06 00 00 00 00 00 |. "
      "... ..........|\n" },
    { "OpenFlow15",
      "ct_state=+trk,ip,ct_nw_proto[]=6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  06 0e 00 50 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...P............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 1b 80 00 0a 02-08 00 00 01 d3 08 00 00 "
      "|................|\n"
      "00000040  00 20 00 00 00 20 00 01-ee 01 06 00 00 00 00 00 |. "
      "... ..........|\n" },
    { "",
      "ct_state=+trk,ip,ct_nw_src[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 50 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...P......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 1e 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 06 02 08 00 00 01-d3 08 00 00 00 20 00 00 "
      "|............. ..|\n"
      "00000040  00 20 00 01 f1 08 00 00-00 01 00 00 00 ff 00 00 |. "
      "..............|\n" },
    { "OpenFlow13",
      "ct_state=+trk,ip,ct_nw_src[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 58 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...X............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 22 80 00 0a 02-08 00 00 01 d3 08 00 00 "
      "|...\"............|\n"
      "00000040  00 20 00 00 00 20 00 01-f1 08 00 00 00 01 00 00 |. "
      "... ..........|\n"
      "00000050  00 ff 00 00 00 00 00 00-                        "
      "|........        |\n" },
    { "OpenFlow15",
      "ct_state=+trk,ip,ct_nw_src[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  06 0e 00 58 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...X............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 22 80 00 0a 02-08 00 00 01 d3 08 00 00 "
      "|...\"............|\n"
      "00000040  00 20 00 00 00 20 00 01-f1 08 00 00 00 01 00 00 |. "
      "... ..........|\n"
      "00000050  00 ff 00 00 00 00 00 00-                        "
      "|........        |\n" },
    { "",
      "ct_state=+trk,ip,ct_nw_proto=6,ct_tp_src[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 50 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...P......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 1f 00 00 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 06 02 08 00 00 01-d3 08 00 00 00 20 00 00 "
      "|............. ..|\n"
      "00000040  00 20 00 01 ee 01 06 00-01 f9 04 00 01 00 ff 00 |. "
      "..............|\n" },
    { "OpenFlow13",
      "ct_state=+trk,ip,ct_nw_proto=6,ct_tp_src[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 58 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...X............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 23 80 00 0a 02-08 00 00 01 d3 08 00 00 "
      "|...#............|\n"
      "00000040  00 20 00 00 00 20 00 01-ee 01 06 00 01 f9 04 00 |. "
      "... ..........|\n"
      "00000050  01 00 ff 00 00 00 00 00-                        "
      "|........        |\n" },
    { "OpenFlow15",
      "ct_state=+trk,ip,ct_nw_proto=6,ct_tp_src[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  06 0e 00 58 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...X............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 23 80 00 0a 02-08 00 00 01 d3 08 00 00 "
      "|...#............|\n"
      "00000040  00 20 00 00 00 20 00 01-ee 01 06 00 01 f9 04 00 |. "
      "... ..........|\n"
      "00000050  01 00 ff 00 00 00 00 00-                        "
      "|........        |\n" },
    { "",
      "ct_state=+trk,ipv6,ct_ipv6_dst[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ***decode error: OFPBMC_BAD_PREREQ***\n"
      "00000000  01 04 00 68 00 00 00 01-00 00 23 20 00 00 00 0d "
      "|...h......# ....|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff 00 00-00 36 00 00 00 00 00 00 "
      "|.........6......|\n"
      "00000030  00 00 06 02 86 dd 00 01-d3 08 00 00 00 20 00 00 "
      "|............. ..|\n"
      "00000040  00 20 00 01 f7 20 00 00-00 00 00 00 00 00 00 00 |. "
      "... ..........|\n"
      "00000050  00 00 00 00 00 01 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  00 00 00 00 00 ff 00 00-                        "
      "|........        |\n" },
    { "OpenFlow13",
      "ct_state=+trk,ipv6,ct_ipv6_dst[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  04 0e 00 70 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...p............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 3a 80 00 0a 02-86 dd 00 01 d3 08 00 00 "
      "|...:............|\n"
      "00000040  00 20 00 00 00 20 00 01-f7 20 00 00 00 00 00 00 |. "
      "... ... ......|\n"
      "00000050  00 00 00 00 00 00 00 00-00 01 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  00 00 00 00 00 00 00 00-00 ff 00 00 00 00 00 00 "
      "|................|\n" },
    { "OpenFlow15",
      "ct_state=+trk,ipv6,ct_ipv6_dst[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_PREREQ***\n"
      "00000000  06 0e 00 70 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...p............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 3a 80 00 0a 02-86 dd 00 01 d3 08 00 00 "
      "|...:............|\n"
      "00000040  00 20 00 00 00 20 00 01-f7 20 00 00 00 00 00 00 |. "
      "... ... ......|\n"
      "00000050  00 00 00 00 00 00 00 00-00 01 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  00 00 00 00 00 00 00 00-00 ff 00 00 00 00 00 00 "
      "|................|\n" },
    { "",
      "eth_src[0..7]=0xff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "dl_src=00:00:00:00:00:ff/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow13",
      "eth_src[0..7]=0xff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "dl_src=00:00:00:00:00:ff/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow15",
      "eth_src[0..7]=0xff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "dl_src=00:00:00:00:00:ff/00:00:00:00:00:ff actions=drop\n" },
    { "",
      "dl_src[0..7]=0xff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "dl_src=00:00:00:00:00:ff/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow13",
      "dl_src[0..7]=0xff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "dl_src=00:00:00:00:00:ff/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow15",
      "dl_src[0..7]=0xff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "dl_src=00:00:00:00:00:ff/00:00:00:00:00:ff actions=drop\n" },
    { "",
      "eth_dst[40..47]=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/ff:00:00:00:00:00 actions=drop\n" },
    { "OpenFlow13",
      "eth_dst[40..47]=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/ff:00:00:00:00:00 actions=drop\n" },
    { "OpenFlow15",
      "eth_dst[40..47]=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/ff:00:00:00:00:00 actions=drop\n" },
    { "",
      "dl_type[]=0x800,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip actions=drop\n" },
    { "OpenFlow13",
      "dl_type[]=0x800,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip actions=drop\n" },
    { "OpenFlow15",
      "dl_type[]=0x800,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip actions=drop\n" },
    { "",
      "eth_type[]=0x86dd,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ipv6 actions=drop\n" },
    { "OpenFlow13",
      "eth_type[]=0x86dd,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ipv6 actions=drop\n" },
    { "OpenFlow15",
      "eth_type[]=0x86dd,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6 actions=drop\n" },
    { "",
      "vlan_tci[0..11]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x0005/0x0fff actions=drop\n" },
    { "OpenFlow13",
      "vlan_tci[0..11]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD vlan_tci=0x0005/0x0fff "
      "actions=drop\n" },
    { "OpenFlow15",
      "vlan_tci[0..11]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD vlan_tci=0x0005/0x0fff "
      "actions=drop\n" },
    { "",
      "vlan_tci[]=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "OpenFlow13",
      "vlan_tci[]=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "OpenFlow15",
      "vlan_tci[]=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "",
      "vlan_vid[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x0005/0x000f actions=drop\n" },
    { "OpenFlow13",
      "vlan_vid[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD vlan_tci=0x0005/0x000f "
      "actions=drop\n" },
    { "OpenFlow15",
      "vlan_vid[0..3]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD vlan_tci=0x0005/0x000f "
      "actions=drop\n" },
    { "",
      "vlan_vid[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD vlan_tci=0x0005/0x0fff actions=drop\n" },
    { "OpenFlow13",
      "vlan_vid[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD vlan_tci=0x0005/0x0fff "
      "actions=drop\n" },
    { "OpenFlow15",
      "vlan_vid[]=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD vlan_tci=0x0005/0x0fff "
      "actions=drop\n" },
    { "",
      "ip,nw_src[0..7]=10,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_src=0.0.0.10/0.0.0.255 "
      "actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_src[0..7]=10,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,"
      "nw_src=0.0.0.10/0.0.0.255 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_src[0..7]=10,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,"
      "nw_src=0.0.0.10/0.0.0.255 actions=drop\n" },
    { "",
      "ip,nw_src[24..31]=10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_src=10.0.0.0/8 actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_src[24..31]=10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,nw_src=10.0.0.0/8 "
      "actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_src[24..31]=10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_src=10.0.0.0/8 "
      "actions=drop\n" },
    { "",
      "ip,nw_src[]=0x0a000001,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_src=10.0.0.1 actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_src[]=0x0a000001,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,nw_src=10.0.0.1 "
      "actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_src[]=0x0a000001,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_src=10.0.0.1 "
      "actions=drop\n" },
    { "",
      "ip,nw_proto[]=6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD tcp actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_proto[]=6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD tcp actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_proto[]=6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp actions=drop\n" },
    { "",
      "ip,nw_ttl[]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_ttl=1 actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_ttl[]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,nw_ttl=1 actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_ttl[]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_ttl=1 actions=drop\n" },
    { "",
      "ip,nw_frag[]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_frag=first actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_frag[]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,nw_frag=first "
      "actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_frag[]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_frag=first "
      "actions=drop\n" },
    { "",
      "ip,nw_frag[]=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_frag=later actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_frag[]=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,nw_frag=later "
      "actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_frag[]=3,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_frag=later "
      "actions=drop\n" },
    { "",
      "ip,nw_frag[1]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_frag=later actions=drop\n" },
    { "OpenFlow13",
      "ip,nw_frag[1]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ip,nw_frag=later "
      "actions=drop\n" },
    { "OpenFlow15",
      "ip,nw_frag[1]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ip,nw_frag=later "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_src[0..63]=0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,"
      "ipv6_src=::1/::ffff:ffff:ffff:ffff actions=drop\n" },
    { "OpenFlow13",
      "ipv6,ipv6_src[0..63]=0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ipv6,"
      "ipv6_src=::1/::ffff:ffff:ffff:ffff actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_src[0..63]=0x1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,"
      "ipv6_src=::1/::ffff:ffff:ffff:ffff actions=drop\n" },
    { "",
      "ipv6,ipv6_dst[64..127]=0x20010db8,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_dst=0:0:2001:db8::/64 "
      "actions=drop\n" },
    { "OpenFlow13",
      "ipv6,ipv6_dst[64..127]=0x20010db8,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ipv6,"
      "ipv6_dst=0:0:2001:db8::/64 actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_dst[64..127]=0x20010db8,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,"
      "ipv6_dst=0:0:2001:db8::/64 actions=drop\n" },
    { "",
      "ipv6,ipv6_label[]=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_label=0x12345 "
      "actions=drop\n" },
    { "OpenFlow13",
      "ipv6,ipv6_label[]=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ipv6,ipv6_label=0x12345 "
      "actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_label[]=0x12345,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,ipv6_label=0x12345 "
      "actions=drop\n" },
    { "",
      "ipv6,ipv6_label[0..7]=0x45,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ipv6,ipv6_label=0x00045/0x000ff "
      "actions=drop\n" },
    { "OpenFlow13",
      "ipv6,ipv6_label[0..7]=0x45,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ipv6,"
      "ipv6_label=0x00045/0x000ff actions=drop\n" },
    { "OpenFlow15",
      "ipv6,ipv6_label[0..7]=0x45,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ipv6,"
      "ipv6_label=0x00045/0x000ff actions=drop\n" },
    { "",
      "arp,arp_op[]=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD arp,arp_op=1 actions=drop\n" },
    { "OpenFlow13",
      "arp,arp_op[]=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD arp,arp_op=1 actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_op[]=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,arp_op=1 actions=drop\n" },
    { "",
      "arp,arp_spa[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,arp_spa=0.0.0.1/0.0.0.255 "
      "actions=drop\n" },
    { "OpenFlow13",
      "arp,arp_spa[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD arp,"
      "arp_spa=0.0.0.1/0.0.0.255 actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_spa[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,"
      "arp_spa=0.0.0.1/0.0.0.255 actions=drop\n" },
    { "",
      "arp,arp_sha[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,"
      "arp_sha=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow13",
      "arp,arp_sha[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD arp,"
      "arp_sha=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_sha[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,"
      "arp_sha=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "",
      "arp,arp_tha[]=0x010203040506,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD arp,arp_tha=01:02:03:04:05:06 "
      "actions=drop\n" },
    { "OpenFlow13",
      "arp,arp_tha[]=0x010203040506,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD arp,"
      "arp_tha=01:02:03:04:05:06 actions=drop\n" },
    { "OpenFlow15",
      "arp,arp_tha[]=0x010203040506,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD arp,"
      "arp_tha=01:02:03:04:05:06 actions=drop\n" },
    { "",
      "icmp,icmp_type[]=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD icmp,icmp_type=8 actions=drop\n" },
    { "OpenFlow13",
      "icmp,icmp_type[]=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD icmp,icmp_type=8 "
      "actions=drop\n" },
    { "OpenFlow15",
      "icmp,icmp_type[]=8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp,icmp_type=8 "
      "actions=drop\n" },
    { "",
      "icmp6,icmpv6_code[]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_code=0 actions=drop\n" },
    { "OpenFlow13",
      "icmp6,icmpv6_code[]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD icmp6,icmp_code=0 "
      "actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmpv6_code[]=0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_code=0 "
      "actions=drop\n" },
    { "",
      "icmp6,icmp_type=135,nd_target[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_target=::1/::ff actions=drop\n" },
    { "OpenFlow13",
      "icmp6,icmp_type=135,nd_target[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_target=::1/::ff actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmp_type=135,nd_target[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_target=::1/::ff actions=drop\n" },
    { "",
      "icmp6,icmp_type=135,nd_sll[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_sll=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow13",
      "icmp6,icmp_type=135,nd_sll[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_sll=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "OpenFlow15",
      "icmp6,icmp_type=135,nd_sll[0..7]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD icmp6,icmp_type=135,"
      "nd_sll=00:00:00:00:00:01/00:00:00:00:00:ff actions=drop\n" },
    { "",
      "tcp,tcp_src[0..3]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,tp_src=0x1/0xf actions=drop\n" },
    { "OpenFlow13",
      "tcp,tcp_src[0..3]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD tcp,tp_src=0x1/0xf "
      "actions=drop\n" },
    { "OpenFlow15",
      "tcp,tcp_src[0..3]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp,tp_src=0x1/0xf "
      "actions=drop\n" },
    { "",
      "tcp,tcp_flags[]=0x12,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,tcp_flags=syn|ack actions=drop\n" },
    { "OpenFlow13",
      "tcp,tcp_flags[]=0x12,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD tcp,tcp_flags=syn|ack "
      "actions=drop\n" },
    { "OpenFlow15",
      "tcp,tcp_flags[]=0x12,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp,tcp_flags=syn|ack "
      "actions=drop\n" },
    { "",
      "tcp,tcp_flags[0..11]=0x12,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD tcp,tcp_flags=syn|ack actions=drop\n" },
    { "OpenFlow13",
      "tcp,tcp_flags[0..11]=0x12,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD tcp,tcp_flags=syn|ack "
      "actions=drop\n" },
    { "OpenFlow15",
      "tcp,tcp_flags[0..11]=0x12,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD tcp,tcp_flags=syn|ack "
      "actions=drop\n" },
    { "",
      "udp,udp_dst[0..7]=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD udp,tp_dst=0x35/0xff actions=drop\n" },
    { "OpenFlow13",
      "udp,udp_dst[0..7]=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD udp,tp_dst=0x35/0xff "
      "actions=drop\n" },
    { "OpenFlow15",
      "udp,udp_dst[0..7]=53,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD udp,tp_dst=0x35/0xff "
      "actions=drop\n" },
    { "",
      "sctp,sctp_src[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD sctp,tp_src=5 actions=drop\n" },
    { "OpenFlow13",
      "sctp,sctp_src[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD sctp,tp_src=5 actions=drop\n" },
    { "OpenFlow15",
      "sctp,sctp_src[]=5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD sctp,tp_src=5 actions=drop\n" },
    { "",
      "tcp_src[]=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tcp_src[]=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow15",
      "tcp_src[]=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD actions=drop\n" },
    { "",
      "tp_src[0..3]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow13",
      "tp_src[0..3]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow15",
      "tp_src[0..3]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD actions=drop\n" },
    { "",
      "reg0[0..3]=5,ct_mark[0..7]=3,metadata[8..15]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ct_mark=0x3/0xff,reg0=0x5/0xf,"
      "metadata=0x100/0xff00 actions=drop\n" },
    { "OpenFlow13",
      "reg0[0..3]=5,ct_mark[0..7]=3,metadata[8..15]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_mark=0x3/0xff,"
      "reg0=0x5/0xf,metadata=0x100/0xff00 actions=drop\n" },
    { "OpenFlow15",
      "reg0[0..3]=5,ct_mark[0..7]=3,metadata[8..15]=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow15\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ADD ct_mark=0x3/0xff,"
      "reg0=0x5/0xf,metadata=0x100/0xff00 actions=drop\n" },
    { "",
      "ip,nw_ttl[]=64,actions=ct(commit)",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,nw_ttl=64 actions=ct(commit)\n" },
    { "",
      "reg0[0..3]=5,ip,actions=ct(commit,zone=NXM_NX_REG0[0..15])",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD ip,reg0=0x5/0xf actions=ct(commit,"
      "zone=NXM_NX_REG0[0..15])\n" },
    { "",
      "reg5[0..3]=5,actions=load:1->NXM_NX_REG0[0..3]",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: NXM-table_id\n"
      "NXT_FLOW_MOD (xid=0x1): ADD reg5=0x5/0xf "
      "actions=load:0x1->NXM_NX_REG0[0..3]\n" },
    { "",
      "reg0[0..3]=5,actions=drop,reg1[0]=1",
      "error: unknown action reg1[0]\n" },
    { "",
      "reg0[4]=2,actions=drop",
      "error: reg0[4]: value 0x2 does not fit into 1 bits\n" },
    { "",
      "reg0[0..3]=0x1f,actions=drop",
      "error: reg0[0..3]: value 0x1f does not fit into 4 bits\n" },
    { "",
      "reg0[0..3]=5/3,actions=drop",
      "error: reg0[0..3]: cannot parse integer value: 5/3\n" },
    { "",
      "reg0[0..3]=,actions=drop",
      "error: reg0[0..3]: cannot parse integer value: \n" },
    { "",
      "reg0[0..3],actions=drop",
      "error: reg0[0..3]: cannot parse integer value: \n" },
    { "",
      "reg0[0..3]=abc,actions=drop",
      "error: reg0[0..3]: cannot parse integer value: abc\n" },
    { "",
      "reg0[0..3]=-1,actions=drop",
      "error: reg0[0..3]: cannot parse integer value: -1\n" },
    { "",
      "reg0[]=09,actions=drop",
      "error: reg0[]: cannot parse integer value: 09\n" },
    { "",
      "reg0[]=5x,actions=drop",
      "error: reg0[]: cannot parse integer value: 5x\n" },
    { "",
      "reg0[]=0xg,actions=drop",
      "error: reg0[]: cannot parse integer value: 0xg\n" },
    { "",
      "reg0[]=4294967296,actions=drop",
      "error: reg0[]: cannot parse integer value: 4294967296\n" },
    { "",
      "reg0[]=0x100000000,actions=drop",
      "error: reg0[]: cannot parse integer value: 0x100000000\n" },
    { "",
      "reg0[]=18446744073709551615,actions=drop",
      "error: reg0[]: cannot parse integer value: 18446744073709551615\n" },
    { "",
      "xxreg0[]=18446744073709551616,actions=drop",
      "error: xxreg0[]: cannot parse integer value: "
      "18446744073709551616\n" },
    { "",
      "xxreg0[0..127]=0x1ffffffffffffffffffffffffffffffff,actions=drop",
      "error: xxreg0[0..127]: cannot parse integer value: "
      "0x1ffffffffffffffffffffffffffffffff\n" },
    { "",
      "ct_zone[]=70000,actions=drop",
      "error: ct_zone[]: cannot parse integer value: 70000\n" },
    { "",
      "ct_zone[0..7]=300,actions=drop",
      "error: ct_zone[0..7]: value 0x12c does not fit into 8 bits\n" },
    { "",
      "eth_src[0..7]=0x1ff,actions=drop",
      "error: eth_src[0..7]: value 00:00:00:00:01:ff does not fit into "
      "8 bits\n" },
    { "",
      "ip,nw_src[0..7]=0x1ff,actions=drop",
      "error: nw_src[0..7]: value 0.0.1.255 does not fit into 8 bits\n" },
    { "",
      "ip,nw_src[]=10.0.0.1,actions=drop",
      "error: nw_src[]: cannot parse integer value: 10.0.0.1\n" },
    { "",
      "ipv6,ipv6_src[0..7]=0x1ff,actions=drop",
      "error: ipv6_src[0..7]: value ::1ff does not fit into 8 bits\n" },
    { "",
      "ct_state[0..3]=0x1f,actions=drop",
      "error: ct_state[0..3]: value "
      "+new+est+rel+rpl+inv-trk-snat-dnat-[Unknown]-[Unknown]-[Unknown]"
      "-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Un"
      "known]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Unknow"
      "n]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-[Unknown]-["
      "Unknown]-[Unknown] does not fit into 4 bits\n" },
    { "",
      "tcp,tcp_flags[0..3]=0x1f,actions=drop",
      "error: tcp_flags[0..3]: value fin|syn|rst|psh|ack does not fit "
      "into 4 bits\n" },
    { "",
      "tcp,tcp_flags[0..3]=0x1000,actions=drop",
      "error: tcp_flags[0..3]: value 0x1000 does not fit into 4 bits\n" },
    { "",
      "in_port[0..3]=0x1f,actions=drop",
      "error: in_port[0..3]: value 31 does not fit into 4 bits\n" },
    { "",
      "ip,nw_frag[0]=2,actions=drop",
      "error: nw_frag[0]: value <error> does not fit into 1 bits\n" },
    { "",
      "ipv6,ipv6_label[0..3]=0x1f,actions=drop",
      "error: ipv6_label[0..3]: value 0x1f does not fit into 4 bits\n" },
    { "",
      "ipv6,ipv6_label[]=0x1fffff,actions=drop",
      "error: ipv6_label[]: value 0x1fffff does not fit into 20 bits\n" },
    { "",
      "reg0[0..40]=1,actions=drop",
      "error: reg0[0..40]: ending bit 40 is not valid because field is "
      "only 32 bits wide\n" },
    { "",
      "reg0[3..0]=1,actions=drop",
      "error: reg0[3..0]: starting bit 3 is after ending bit 0\n" },
    { "",
      "reg0[-1]=1,actions=drop",
      "error: reg0[-1]: starting bit -1 is not valid because field is "
      "only 32 bits wide\n" },
    { "",
      "reg0[x]=1,actions=drop",
      "error: reg0[x]: syntax error expecting [] or [<bit>] or "
      "[<start>..<end>]\n" },
    { "",
      "reg0[=1,actions=drop",
      "error: reg0[: syntax error expecting [] or [<bit>] or "
      "[<start>..<end>]\n" },
    { "",
      "reg0[1..]=1,actions=drop",
      "error: reg0[1..]: syntax error expecting [] or [<bit>] or "
      "[<start>..<end>]\n" },
    { "",
      "reg0[0..3]x=5,actions=drop",
      "error: unexpected input following field syntax\n" },
    { "",
      "reg0[0..3][1]=5,actions=drop",
      "error: unexpected input following field syntax\n" },
    { "",
      "reg0-x[1]=1,actions=drop",
      "error: unexpected input following field syntax\n" },
    { "",
      "reg0]=1,actions=drop",
      "error: unknown keyword reg0]\n" },
    { "",
      "[0..3]=1,actions=drop",
      "error: [0..3]: unknown field `'\n" },
    { "",
      "foo[0..3]=1,actions=drop",
      "error: foo[0..3]: unknown field `foo'\n" },
    { "",
      "reg0_W[0..3]=1,actions=drop",
      "error: reg0_W[0..3]: unknown field `reg0_W'\n" },
    { "",
      "dl_type[0..7]=0x8,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "in_port[0..3]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ct_zone[0..7]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "dl_vlan[]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "dl_vlan_pcp[]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "vlan_pcp[]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,nw_tos[]=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow10-table_id\n"
      "OFPT_FLOW_MOD (xid=0x1): ADD ip,nw_tos=4 actions=drop\n" },
    { "",
      "ip,nw_tos[2..7]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,ip_dscp[]=5,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,nw_ecn[]=1,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,nw_ttl[0..3]=1,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "ip,ip_proto[0..3]=6,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "arp,arp_op[0..7]=1,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
    { "",
      "icmp,icmp_type[0..3]=8,actions=drop",
      "error: actions are invalid with specified match "
      "(OFPBAC_MATCH_INCONSISTENT)\n" },
};

static const struct flow_row of11_rows[] = {
    { "OpenFlow11",
      "actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow11",
      "tcp,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=drop\n" },
    { "OpenFlow11",
      "ip,actions=output:1",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1\n" },
    { "OpenFlow11",
      "in_port=1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=1 actions=drop\n" },
    { "OpenFlow11",
      "in_port=LOCAL,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=LOCAL actions=drop\n" },
    { "OpenFlow11",
      "in_port=65279,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=65279 actions=drop\n" },
    { "OpenFlow11",
      "in_port_oxm=7,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=7 actions=drop\n" },
    { "OpenFlow11",
      "table=1,priority=5,cookie=0x12,idle_timeout=3,hard_timeout=4,"
      "send_flow_rem,in_port=3,"
      "dl_src=00:11:22:33:44:55/ff:ff:ff:00:00:00,"
      "dl_dst=01:02:03:04:05:06,dl_vlan=5,dl_vlan_pcp=3,tcp,"
      "nw_src=10.0.0.0/8,nw_dst=1.2.3.4,nw_tos=8,tp_src=80,tp_dst=443,"
      "metadata=0x1234/0xffff,actions=output:3,goto_table:4",
      "usable protocols: OXM,NXM+table_id,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD table:1 priority=5,tcp,"
      "metadata=0x1234/0xffff,in_port=3,dl_vlan=5,dl_vlan_pcp=3,"
      "dl_src=00:11:22:00:00:00/ff:ff:ff:00:00:00,"
      "dl_dst=01:02:03:04:05:06,nw_src=10.0.0.0/8,nw_dst=1.2.3.4,"
      "nw_tos=8,tp_src=80,tp_dst=443 cookie:0x12 idle:3 hard:4 "
      "send_flow_rem actions=output:3,goto_table:4\n" },
    { "OpenFlow11",
      "dl_src=00:11:22:33:44:55,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_src=00:11:22:33:44:55 "
      "actions=drop\n" },
    { "OpenFlow11",
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00 actions=drop\n" },
    { "OpenFlow11",
      "dl_src=00:11:22:33:44:55/ff:ff:ff:ff:ff:00,"
      "dl_dst=aa:bb:cc:dd:ee:ff,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_src=00:11:22:33:44:00/ff:ff:ff:ff:ff:00,"
      "dl_dst=aa:bb:cc:dd:ee:ff actions=drop\n" },
    { "OpenFlow11",
      "dl_vlan=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "OpenFlow11",
      "dl_vlan=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=0 actions=drop\n" },
    { "OpenFlow11",
      "dl_vlan=4095,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=4095 actions=drop\n" },
    { "OpenFlow11",
      "dl_vlan_pcp=3,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=3 actions=drop\n" },
    { "OpenFlow11",
      "dl_vlan=5,dl_vlan_pcp=7,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=7 "
      "actions=drop\n" },
    { "OpenFlow11",
      "vlan_tci=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n" },
    { "OpenFlow11",
      "vlan_tci=0x1000/0x1000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "vlan_tci=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "OpenFlow11",
      "vlan_tci=0x1005/0x1fff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "vlan_tci=0x6005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n" },
    { "OpenFlow11",
      "vlan_tci=0xf000/0xf000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "vlan_tci=0x0005/0x0fff,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "vlan_vid=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n" },
    { "OpenFlow11",
      "vlan_vid=0x1005,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "OpenFlow11",
      "vlan_vid=0x1000/0x1000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "vlan_vid=0/0x1000,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "vlan_pcp=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=5 actions=drop\n" },
    { "OpenFlow11",
      "dl_type=0x88cc,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_type=0x88cc "
      "actions=drop\n" },
    { "OpenFlow11",
      "arp,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp actions=drop\n" },
    { "OpenFlow11",
      "arp,arp_op=2,arp_spa=10.0.0.1,arp_tpa=10.0.0.0/24,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp,arp_spa=10.0.0.1,"
      "arp_tpa=10.0.0.0/24,arp_op=2 actions=drop\n" },
    { "OpenFlow11",
      "arp,arp_sha=00:00:00:00:00:01,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "rarp,arp_op=3,arp_spa=10.0.0.1/255.0.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD rarp,"
      "arp_spa=10.0.0.1/255.0.0.255,arp_op=3 actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_src=192.168.1.1,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_src=192.168.1.1 "
      "actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_src=192.168.1.1/255.255.0.255,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,"
      "nw_src=192.168.0.1/255.255.0.255 actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_dst=10.0.0.0/8,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_dst=10.0.0.0/8 "
      "actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_proto=89,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_proto=89 "
      "actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_tos=0x10,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=16 actions=drop\n" },
    { "OpenFlow11",
      "ip,ip_dscp=46,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=184 actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_ecn=3,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=drop\n" },
    { "OpenFlow11",
      "ip,nw_ttl=64,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "ip,nw_frag=first,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "tcp,tp_src=80,tp_dst=443,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp,tp_src=80,tp_dst=443 "
      "actions=drop\n" },
    { "OpenFlow11",
      "tcp,tcp_src=0x50/0xfff0,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "udp,udp_dst=53,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp,tp_dst=53 actions=drop\n" },
    { "OpenFlow11",
      "sctp,sctp_src=1,sctp_dst=2,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD sctp,tp_src=1,tp_dst=2 "
      "actions=drop\n" },
    { "OpenFlow11",
      "icmp,icmp_type=8,icmp_code=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=8,"
      "icmp_code=0 actions=drop\n" },
    { "OpenFlow11",
      "icmp,icmp_type=3,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=3 "
      "actions=drop\n" },
    { "OpenFlow11",
      "tcp,tcp_flags=+syn,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "ipv6,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ipv6 actions=drop\n" },
    { "OpenFlow11",
      "tcp6,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "ipv6,ipv6_src=2001:db8::1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "mpls,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD mpls actions=drop\n" },
    { "OpenFlow11",
      "metadata=0x1234,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD metadata=0x1234 "
      "actions=drop\n" },
    { "OpenFlow11",
      "metadata=0x1234/0xff00ff00ffff0000,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "metadata=0/0xff00ff00ffff0000 actions=drop\n" },
    { "OpenFlow11",
      "metadata[0..7]=5,ip,nw_src[24..31]=10,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,metadata=0x5/0xff,"
      "nw_src=10.0.0.0/8 actions=drop\n" },
    { "OpenFlow11",
      "reg0=5,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "pkt_mark=1,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "ct_state=+trk,ip,actions=drop",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "tp_src=80,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=drop\n" },
    { "OpenFlow11",
      "ip,tp_src=80,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=drop\n" },
    { "OpenFlow11",
      "actions=output:1,output:2",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1,output:2\n" },
    { "OpenFlow11",
      "actions=in_port,output:LOCAL,controller,controller:100,normal,"
      "flood,all",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=IN_PORT,LOCAL,"
      "CONTROLLER:65535,CONTROLLER:100,NORMAL,FLOOD,ALL\n" },
    { "OpenFlow11",
      "actions=output:65279",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:65279\n" },
    { "OpenFlow11",
      "actions=mod_dl_src:00:11:22:33:44:55,"
      "mod_dl_dst:00:11:22:33:44:66",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=mod_dl_src:00:11:22:33:44:55,"
      "mod_dl_dst:00:11:22:33:44:66\n" },
    { "OpenFlow11",
      "ip,actions=mod_nw_src:1.2.3.4,mod_nw_dst:4.3.2.1,mod_nw_tos:8",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip "
      "actions=mod_nw_src:1.2.3.4,mod_nw_dst:4.3.2.1,mod_nw_tos:8\n" },
    { "OpenFlow11",
      "ip,actions=mod_nw_ecn:2,mod_nw_ttl:9",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=mod_nw_ecn:2,"
      "mod_nw_ttl:9\n" },
    { "OpenFlow11",
      "tcp,actions=mod_tp_src:80,mod_tp_dst:443",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=mod_tp_src:80,"
      "mod_tp_dst:443\n" },
    { "OpenFlow11",
      "udp,actions=mod_tp_src:80",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp actions=mod_tp_src:80\n" },
    { "OpenFlow11",
      "actions=set_field:5->reg0",
      "usable protocols: NXM,OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "actions=load:5->NXM_NX_REG0[0..7]",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=load:0x5->NXM_NX_REG0[0..7]\n" },
    { "OpenFlow11",
      "actions=move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=move:NXM_NX_REG0[]->NXM_NX_REG1[]\n" },
    { "OpenFlow11",
      "ip,actions=set_field:1.2.3.4->ip_src",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip "
      "actions=mod_nw_src:1.2.3.4\n" },
    { "OpenFlow11",
      "actions=set_field:00:11:22:33:44:55->eth_src",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=mod_dl_src:00:11:22:33:44:55\n" },
    { "OpenFlow11",
      "actions=goto_table:3",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=goto_table:3\n" },
    { "OpenFlow11",
      "table=2,actions=goto_table:1",
      "error: actions are invalid with specified match "
      "(OFPBIC_BAD_TABLE_ID)\n" },
    { "OpenFlow11",
      "ip,actions=output:1,goto_table:2",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1,"
      "goto_table:2\n" },
    { "OpenFlow11",
      "actions=resubmit(,3)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=resubmit(,3)\n" },
    { "OpenFlow11",
      "actions=note:01.02.03",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=note:01.02.03.00.00.00\n" },
    { "OpenFlow11",
      "ip,actions=ct(commit,zone=5)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=ct(commit,"
      "zone=5)\n" },
    { "OpenFlow11",
      "ip,actions=ct(commit,nat(src=10.0.0.1))",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=ct(commit,"
      "nat(src=10.0.0.1))\n" },
    { "OpenFlow11",
      "actions=ct_clear",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=ct_clear\n" },
    { "OpenFlow11",
      "actions=conjunction(1,1/2)",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=conjunction(1,1/2)\n" },
    { "OpenFlow11",
      "cookie=0x5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD cookie:0x5 actions=drop\n" },
    { "OpenFlow11",
      "priority=0,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD priority=0 actions=drop\n" },
    { "OpenFlow11",
      "priority=65535,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD priority=65535 "
      "actions=drop\n" },
    { "OpenFlow11",
      "idle_timeout=5,hard_timeout=10,importance=5,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD idle:5 hard:10 "
      "actions=drop\n" },
    { "OpenFlow11",
      "check_overlap,actions=drop",
      "usable protocols: any\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD check_overlap actions=drop\n" },
    { "OpenFlow11",
      "reset_counts,actions=drop",
      "usable protocols: OXM\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "no_packet_counts,actions=drop",
      "usable protocols: OXM-OpenFlow13,OXM-OpenFlow14,OXM-OpenFlow15\n"
      "error: no usable protocol\n" },
    { "OpenFlow11",
      "out_port=3,actions=drop",
      "error: unknown keyword out_port\n" },
    { "OpenFlow11,OpenFlow13",
      "metadata=0x5,actions=drop",
      "usable protocols: NXM,OXM,OpenFlow11\n"
      "chosen protocol: OpenFlow11\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD metadata=0x5 actions=drop\n" },
    { "OpenFlow11,OpenFlow13",
      "ct_state=+trk,actions=drop",
      "usable protocols: NXM,OXM\n"
      "chosen protocol: OXM-OpenFlow13\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD ct_state=+trk actions=drop\n" },
};

static const struct wire_row wire_rows[] = {
    { "actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=drop\n" },
    { "tcp,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000600000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=drop\n" },
    { "ip,actions=output:1",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1\n" },
    { "in_port=1,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000001000003fe00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=1 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=1 actions=drop\n" },
    { "in_port=LOCAL,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058fffffffe000003fe00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=LOCAL actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=LOCAL actions=drop\n" },
    { "in_port=65279,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff00000000000000580000feff000003fe00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=65279 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=65279 actions=drop\n" },
    { "in_port_oxm=7,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000007000003fe00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=7 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=7 actions=drop\n" },
    { "table=1,priority=5,cookie=0x12,idle_timeout=3,hard_timeout=4,"
      "send_flow_rem,in_port=3,"
      "dl_src=00:11:22:33:44:55/ff:ff:ff:00:00:00,"
      "dl_dst=01:02:03:04:05:06,dl_vlan=5,dl_vlan_pcp=3,tcp,"
      "nw_src=10.0.0.0/8,nw_dst=1.2.3.4,nw_tos=8,tp_src=80,tp_dst=443,"
      "metadata=0x1234/0xffff,actions=output:3,goto_table:4",
      "020e00a800000001000000000000001200000000000000000100000300040005"
      "ffffffffffffffffffffffff0001000000000058000000030000030000112200"
      "0000000000ffffff01020304050600000000000000050300080008060a000000"
      "00ffffff0102030400000000005001bb00000000000000000000000000001234"
      "ffffffffffff0000000400180000000000000010000000030000000000000000"
      "0001000804000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD table:1 priority=5,tcp,"
      "metadata=0x1234/0xffff,in_port=3,dl_vlan=5,dl_vlan_pcp=3,"
      "dl_src=00:11:22:00:00:00/ff:ff:ff:00:00:00,"
      "dl_dst=01:02:03:04:05:06,nw_src=10.0.0.0/8,nw_dst=1.2.3.4,"
      "nw_tos=8,tp_src=80,tp_dst=443 cookie:0x12 idle:3 hard:4 "
      "send_flow_rem actions=output:3,goto_table:4\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD table:1 priority=5,tcp,"
      "metadata=0x1234/0xffff,in_port=3,dl_vlan=5,dl_vlan_pcp=3,"
      "dl_src=00:11:22:00:00:00/ff:ff:ff:00:00:00,"
      "dl_dst=01:02:03:04:05:06,nw_src=10.0.0.0/8,nw_dst=1.2.3.4,"
      "nw_tos=8,tp_src=80,tp_dst=443 cookie:0x12 idle:3 hard:4 "
      "send_flow_rem actions=output:3,goto_table:4\n" },
    { "dl_src=00:11:22:33:44:55,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00112233"
      "4455000000000000000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_src=00:11:22:33:44:55 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_src=00:11:22:33:44:55 "
      "actions=drop\n" },
    { "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff010000000000feffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00 actions=drop\n" },
    { "dl_src=00:11:22:33:44:55/ff:ff:ff:ff:ff:00,"
      "dl_dst=aa:bb:cc:dd:ee:ff,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00112233"
      "44000000000000ffaabbccddeeff000000000000000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_src=00:11:22:33:44:00/ff:ff:ff:ff:ff:00,"
      "dl_dst=aa:bb:cc:dd:ee:ff actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_src=00:11:22:33:44:00/ff:ff:ff:ff:ff:00,"
      "dl_dst=aa:bb:cc:dd:ee:ff actions=drop\n" },
    { "dl_vlan=5,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffff000500000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "dl_vlan=0,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=0 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=0 actions=drop\n" },
    { "dl_vlan=4095,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffff0fff00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=4095 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=4095 actions=drop\n" },
    { "dl_vlan_pcp=3,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000fffffffffffffffe03000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=3 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=3 actions=drop\n" },
    { "dl_vlan=5,dl_vlan_pcp=7,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000ffffffffffff000507000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=7 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=7 "
      "actions=drop\n" },
    { "vlan_tci=0,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffffffff00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n" },
    { "vlan_tci=0x1005,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000ffffffffffff000500000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=0 "
      "actions=drop\n" },
    { "vlan_tci=0x6005,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffffffff00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n" },
    { "vlan_vid=5,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffffffff00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=drop\n" },
    { "vlan_vid=0x1005,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffff000500000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5 actions=drop\n" },
    { "vlan_pcp=5,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000fffffffffffffffe05000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=5 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=5 actions=drop\n" },
    { "dl_type=0x88cc,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000088cc000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_type=0x88cc "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_type=0x88cc "
      "actions=drop\n" },
    { "arp,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000806000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp actions=drop\n" },
    { "arp,arp_op=2,arp_spa=10.0.0.1,arp_tpa=10.0.0.0/24,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff00000000080600020a000001"
      "000000000a000000000000ff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp,arp_spa=10.0.0.1,"
      "arp_tpa=10.0.0.0/24,arp_op=2 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp,arp_spa=10.0.0.1,"
      "arp_tpa=10.0.0.0/24,arp_op=2 actions=drop\n" },
    { "rarp,arp_op=3,arp_spa=10.0.0.1/255.0.0.255,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff00000000803500030a000001"
      "00ffff0000000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD rarp,"
      "arp_spa=10.0.0.1/255.0.0.255,arp_op=3 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD rarp,"
      "arp_spa=10.0.0.1/255.0.0.255,arp_op=3 actions=drop\n" },
    { "ip,nw_src=192.168.1.1,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000008000000c0a80101"
      "0000000000000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_src=192.168.1.1 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_src=192.168.1.1 "
      "actions=drop\n" },
    { "ip,nw_src=192.168.1.1/255.255.0.255,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000008000000c0a80001"
      "0000ff0000000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,"
      "nw_src=192.168.0.1/255.255.0.255 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,"
      "nw_src=192.168.0.1/255.255.0.255 actions=drop\n" },
    { "ip,nw_dst=10.0.0.0/8,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff0a00000000ffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_dst=10.0.0.0/8 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_dst=10.0.0.0/8 "
      "actions=drop\n" },
    { "ip,nw_proto=89,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800005900000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_proto=89 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_proto=89 "
      "actions=drop\n" },
    { "ip,nw_tos=0x10,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003e700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800100000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=16 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=16 actions=drop\n" },
    { "ip,ip_dscp=46,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003e700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800b80000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=184 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=184 actions=drop\n" },
    { "ip,nw_ecn=3,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=drop\n" },
    { "tcp,tp_src=80,tp_dst=443,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000600000000"
      "ffffffff00000000ffffffff005001bb00000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp,tp_src=80,tp_dst=443 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp,tp_src=80,tp_dst=443 "
      "actions=drop\n" },
    { "udp,udp_dst=53,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000035700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800001100000000"
      "ffffffff00000000ffffffff0000003500000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp,tp_dst=53 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp,tp_dst=53 actions=drop\n" },
    { "sctp,sctp_src=1,sctp_dst=2,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800008400000000"
      "ffffffff00000000ffffffff0001000200000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD sctp,tp_src=1,tp_dst=2 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD sctp,tp_src=1,tp_dst=2 "
      "actions=drop\n" },
    { "icmp,icmp_type=8,icmp_code=0,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000100000000"
      "ffffffff00000000ffffffff0008000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=8,"
      "icmp_code=0 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=8,"
      "icmp_code=0 actions=drop\n" },
    { "icmp,icmp_type=3,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000039700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000100000000"
      "ffffffff00000000ffffffff0003000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=3 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=3 "
      "actions=drop\n" },
    { "ipv6,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000086dd000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ipv6 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ipv6 actions=drop\n" },
    { "mpls,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000008847000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD mpls actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD mpls actions=drop\n" },
    { "metadata=0x1234,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000001234"
      "0000000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD metadata=0x1234 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD metadata=0x1234 "
      "actions=drop\n" },
    { "metadata=0x1234/0xff00ff00ffff0000,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "00ff00ff0000ffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "metadata=0/0xff00ff00ffff0000 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "metadata=0/0xff00ff00ffff0000 actions=drop\n" },
    { "metadata[0..7]=5,ip,nw_src[24..31]=10,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff00000000080000000a000000"
      "00ffffff00000000ffffffff0000000000000000000000000000000000000005"
      "ffffffffffffff00",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,metadata=0x5/0xff,"
      "nw_src=10.0.0.0/8 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,metadata=0x5/0xff,"
      "nw_src=10.0.0.0/8 actions=drop\n" },
    { "actions=output:1,output:2",
      "020e00b000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400280000000000000010000000010000000000000000"
      "00000010000000020000000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1,output:2\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1,output:2\n" },
    { "actions=in_port,output:LOCAL,controller,controller:100,normal,"
      "flood,all",
      "020e010000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400780000000000000010fffffff80000000000000000"
      "00000010fffffffe000000000000000000000010fffffffdffff000000000000"
      "00000010fffffffd006400000000000000000010fffffffa0000000000000000"
      "00000010fffffffb000000000000000000000010fffffffc0000000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=IN_PORT,LOCAL,"
      "CONTROLLER:65535,CONTROLLER:100,NORMAL,FLOOD,ALL\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=IN_PORT,LOCAL,"
      "CONTROLLER:65535,CONTROLLER:100,NORMAL,FLOOD,ALL\n" },
    { "actions=output:65279",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004001800000000000000100000feff0000000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:65279\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:65279\n" },
    { "actions=mod_dl_src:00:11:22:33:44:55,"
      "mod_dl_dst:00:11:22:33:44:66",
      "020e00b000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400280000000000030010001122334455000000000000"
      "00040010001122334466000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=mod_dl_src:00:11:22:33:44:55,"
      "mod_dl_dst:00:11:22:33:44:66\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=mod_dl_src:00:11:22:33:44:55,"
      "mod_dl_dst:00:11:22:33:44:66\n" },
    { "ip,actions=mod_nw_src:1.2.3.4,mod_nw_dst:4.3.2.1,mod_nw_tos:8",
      "020e00a800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400200000000000050008010203040006000804030201"
      "0007000808000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip "
      "actions=mod_nw_src:1.2.3.4,mod_nw_dst:4.3.2.1,mod_nw_tos:8\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip "
      "actions=mod_nw_src:1.2.3.4,mod_nw_dst:4.3.2.1,mod_nw_tos:8\n" },
    { "ip,actions=mod_nw_ecn:2,mod_nw_ttl:9",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000080008020000000017000809000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=mod_nw_ecn:2,"
      "mod_nw_ttl:9\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=mod_nw_ecn:2,"
      "mod_nw_ttl:9\n" },
    { "tcp,actions=mod_tp_src:80,mod_tp_dst:443",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000600000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff00040018000000000009000800500000000a000801bb0000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=mod_tp_src:80,"
      "mod_tp_dst:443\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=mod_tp_src:80,"
      "mod_tp_dst:443\n" },
    { "udp,actions=mod_tp_src:80",
      "020e009800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800001100000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff00040010000000000009000800500000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp actions=mod_tp_src:80\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp actions=mod_tp_src:80\n" },
    { "actions=load:5->NXM_NX_REG0[0..7]",
      "020e00a800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004002000000000ffff0018000023200007000700010004"
      "0000000000000005",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=load:0x5->NXM_NX_REG0[0..7]\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=load:0x5->NXM_NX_REG0[0..7]\n" },
    { "actions=move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "020e00a800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004002000000000ffff0018000023200006002000000000"
      "0001000400010204",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=move:NXM_NX_REG0[]->NXM_NX_REG1[]\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=move:NXM_NX_REG0[]->NXM_NX_REG1[]\n" },
    { "ip,actions=set_field:1.2.3.4->ip_src",
      "020e009800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff00040010000000000005000801020304",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip "
      "actions=mod_nw_src:1.2.3.4\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip "
      "actions=mod_nw_src:1.2.3.4\n" },
    { "actions=set_field:00:11:22:33:44:55->eth_src",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000030010001122334455000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=mod_dl_src:00:11:22:33:44:55\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=mod_dl_src:00:11:22:33:44:55\n" },
    { "actions=goto_table:3",
      "020e009000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0001000803000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=goto_table:3\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=goto_table:3\n" },
    { "ip,actions=output:1,goto_table:2",
      "020e00a800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000"
      "0001000802000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1,"
      "goto_table:2\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1,"
      "goto_table:2\n" },
    { "actions=resubmit(,3)",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004001800000000ffff001000002320000efff803000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=resubmit(,3)\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=resubmit(,3)\n" },
    { "actions=note:01.02.03",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004001800000000ffff0010000023200008010203000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=note:01.02.03.00.00.00\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "actions=note:01.02.03.00.00.00\n" },
    { "ip,actions=ct(commit,zone=5)",
      "020e00a800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004002000000000ffff0018000023200023000100000000"
      "0005ff0000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=ct(commit,"
      "zone=5)\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=ct(commit,"
      "zone=5)\n" },
    { "ip,actions=ct(commit,nat(src=10.0.0.1))",
      "020e00c000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004003800000000ffff0030000023200023000100000000"
      "0000ff0000000000ffff00180000232000240000000100010a00000100000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=ct(commit,"
      "nat(src=10.0.0.1))\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=ct(commit,"
      "nat(src=10.0.0.1))\n" },
    { "actions=ct_clear",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004001800000000ffff001000002320002b000000000000",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=ct_clear\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=ct_clear\n" },
    { "actions=conjunction(1,1/2)",
      "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff0004001800000000ffff0010000023200022000200000001",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=conjunction(1,1/2)\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=conjunction(1,1/2)\n" },
    { "cookie=0x5,actions=drop",
      "020e008800000001000000000000000500000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD cookie:0x5 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD cookie:0x5 actions=drop\n" },
    { "priority=0,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000000000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD priority=0 actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD priority=0 actions=drop\n" },
    { "priority=65535,actions=drop",
      "020e00880000000100000000000000000000000000000000000000000000ffff"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD priority=65535 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD priority=65535 "
      "actions=drop\n" },
    { "idle_timeout=5,hard_timeout=10,importance=5,actions=drop",
      "020e0088000000010000000000000000000000000000000000000005000a8000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD idle:5 hard:10 "
      "actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD idle:5 hard:10 "
      "actions=drop\n" },
    { "check_overlap,actions=drop",
      "020e008800000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000200000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD check_overlap actions=drop\n",
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD check_overlap actions=drop\n" },
};

static const struct print_row print_rows[] = {
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffffffff00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffffffff00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 5, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=output:1\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 fd 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff ff ff 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000fffffffffffffffe00000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x1000/0x1000 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000fffffffffffffffe05000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan_pcp=5 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000ffffffffffff000507000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_vlan=5,dl_vlan_pcp=7 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000ffffffffffffffff07000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD vlan_tci=0x0000 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fd00000000"
      "0000ffffffffffff000000000000ffffffffffff100000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_VALUE***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 fd 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 10 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f900000000"
      "0000ffffffffffff000000000000ffffffffffff000508000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_VALUE***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 f9 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 05 08 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003fb00000000"
      "0000ffffffffffff000000000000ffffffffffff000003000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800010000000003fe00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_VALUE***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 01 00 00-00 00 03 fe 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058fffffffe000003fe00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=LOCAL "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003e700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000008000b0000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_VALUE***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 e7 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-08 00 0b 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003e700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800080000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_tos=8 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003e700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000086dd0b0000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ipv6 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003df00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000600000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000039700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000100000000"
      "ffffffff00000000ffffffff012c000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_FIELD***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 97 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-08 00 00 01 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 01 2c 00 00 "
      "|.............,..|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000035700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000100000000"
      "ffffffff00000000ffffffff0000012c00000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_FIELD***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 57 00 00 00 00 "
      "|...X.......W....|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-08 00 00 01 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 01 2c "
      "|...............,|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000100000000"
      "ffffffff00000000ffffffff0008000100000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD icmp,icmp_type=8,"
      "icmp_code=1 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800005900000000"
      "ffffffff00000000ffffffff0008000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,nw_proto=89 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800001100000000"
      "ffffffff00000000ffffffff0008000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD udp,tp_src=8,tp_dst=0 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000031700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800008400000000"
      "ffffffff00000000ffffffff0000000800000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD sctp,tp_src=0,tp_dst=8 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000033700000000"
      "0000ffffffffffff000000000000ffffffffffff000000000800000000000000"
      "ffffffff00000000ffffffff0008000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff00000000000000000a000001"
      "0000000000000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff00000000080000000a0b0c0d"
      "00ff00ff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ip,"
      "nw_src=10.0.12.0/255.0.255.0 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff00000000080600020a000001"
      "0000000000000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD arp,arp_spa=10.0.0.1,"
      "arp_op=2 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff000000008035000200000000"
      "ffffffff0a000001000000000000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD rarp,arp_tpa=10.0.0.1,"
      "arp_op=2 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003d700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000086dd000600000000"
      "ffffffff0a000001000000000000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD ipv6 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00112233"
      "4455000000000000000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_src=00:11:22:33:44:55 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff011122334455feffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD "
      "dl_dst=01:00:00:00:00:00/01:00:00:00:00:00 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00112233"
      "4455ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000001234"
      "ffffffffffff000f000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD metadata=0x1230/0xfff0 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003f700000000"
      "0000ffffffffffff000000000000ffffffffffff0000000005ff000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD dl_type=0x05ff "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000ffffffff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff0000000000000058000000000000000000000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD in_port=0,dl_vlan=0,"
      "dl_vlan_pcp=0,dl_type=0x0000 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000002005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_TYPE***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 02 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005000000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_LEN***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 50 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...P............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a00000000100000000000000000000000000000000ff00000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_TABLE_ID***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-ff 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a00000000100000000000000000000000000000000ff03000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_TABLE_ID***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-ff 03 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000500000000000000000001000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): MOD cookie:0x5 "
      "actions=output:1\n" },
    { "020e00a0000000010000000000000005000000000000000f0002000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): MOD_STRICT cookie:0x5/0xf "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000500000000000000ff0004000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): DEL_STRICT cookie:0x5/0xff "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000005000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_COMMAND***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 05 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000300000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD send_flow_rem "
      "check_overlap actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000400000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_FLAGS***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 04 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000009000000008000"
      "ffffffffffffffffffffffff000400000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_COMMAND***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 09 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 04 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a00000000100000000000000000000000000000000ff00000000008000"
      "ffffffffffffffffffffffff000400000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_TABLE_ID***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-ff 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 04 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffff00010000ffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBAC_BAD_OUT_PORT***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff 00 01 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000009000000008000"
      "ffffffff00010000ffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ***decode error: "
      "OFPBAC_BAD_OUT_PORT***\n"
      "00000000  02 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 09 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff 00 01 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 00 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffff00000005ffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD out_port:5 "
      "actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffff00000007000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "00000007ffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD buf:0x7 actions=output:1\n" },
    { "020e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000070000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD actions=output:1\n" },
    { "040e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000000005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ADD actions=output:1\n" },
    { "060e00a000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000002005800000000000003ff00000000"
      "0000ffffffffffff000000000000ffffffffffff000000000000000000000000"
      "ffffffff00000000ffffffff0000000000000000000000000000000000000000"
      "ffffffffffffffff000400180000000000000010000000010000000000000000", 2, 0,
      "OFPT_FLOW_MOD (OF1.5) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_TYPE***\n"
      "00000000  06 0e 00 a0 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 02 00 58 00 00 00 00-00 00 03 ff 00 00 00 00 "
      "|...X............|\n"
      "00000040  00 00 ff ff ff ff ff ff-00 00 00 00 00 00 ff ff "
      "|................|\n"
      "00000050  ff ff ff ff 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000060  ff ff ff ff 00 00 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000070  00 00 00 00 00 00 00 00-00 00 00 00 00 00 00 00 "
      "|................|\n"
      "00000080  ff ff ff ff ff ff ff ff-00 04 00 18 00 00 00 00 "
      "|................|\n"
      "00000090  00 00 00 10 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|................|\n" },
    { "020e004000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000001000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.1) (xid=0x1): ADD tcp actions=drop\n" },
    { "040e00400000000100000000000000000000000000000000ff00000000008000"
      "ffffffffffffffffffffffff000000000001000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_TABLE_ID***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-ff 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 0f 80 00 0a 02-08 00 80 00 14 01 06 00 "
      "|................|\n" },
    { "040e00400000000100000000000000000000000000000000ff03000000008000"
      "ffffffffffffffffffffffff000000000001000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): DEL table:255 tcp actions=drop\n" },
    { "040e004000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff002000000001000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_FLAGS***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 20 00 00 "
      "|............. ..|\n"
      "00000030  00 01 00 0f 80 00 0a 02-08 00 80 00 14 01 06 00 "
      "|................|\n" },
    { "040e004000000001000000000000000000000000000000000000000000008000"
      "ffffffff00010000ffffffff000000000001000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBAC_BAD_OUT_PORT***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff 00 01 00 00-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 0f 80 00 0a 02-08 00 80 00 14 01 06 00 "
      "|................|\n" },
    { "040e004000000001000000000000000000000000000000000009000000008000"
      "ffffffffffffffffffffffff000000000001000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPFMFC_BAD_COMMAND***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 09 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 01 00 0f 80 00 0a 02-08 00 80 00 14 01 06 00 "
      "|................|\n" },
    { "040e004000000001000000000000000000000000000000000000000000008000"
      "ffffffffffffffffffffffff000000000002000f80000a020800800014010600", 2, 0,
      "OFPT_FLOW_MOD (OF1.3) (xid=0x1): ***decode error: "
      "OFPBMC_BAD_TYPE***\n"
      "00000000  04 0e 00 40 00 00 00 01-00 00 00 00 00 00 00 00 "
      "|...@............|\n"
      "00000010  00 00 00 00 00 00 00 00-00 00 00 00 00 00 80 00 "
      "|................|\n"
      "00000020  ff ff ff ff ff ff ff ff-ff ff ff ff 00 00 00 00 "
      "|................|\n"
      "00000030  00 02 00 0f 80 00 0a 02-08 00 80 00 14 01 06 00 "
      "|................|\n" },
};
