/* Rows of tests/unit/check_flow11.c, written by
 * tools/probe-ovs-flow11-rows.py from the answers of ovs-ofctl 3.1 (Debian
 * openvswitch-common):
 *   subfield rows:  ovs-ofctl [-O VERSIONS] parse-flow FLOW
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

