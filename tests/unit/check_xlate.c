/* Unit tests for lib/datapath's translation of OpenFlow actions into
 * datapath actions, and for the recirculation table.
 *
 * The expected texts are what Open vSwitch 3.1 prints as "Datapath
 * actions:" in ofproto/trace for the same flows and packets (userspace
 * datapath, see tests/cli/translate.sh).  The expected bytes follow OVS's
 * translator (ofproto-dpif-xlate.c): zone always present, nat flags
 * before the nat ranges; little-endian host order. */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/datapath.h"

/* The translator and recirculation table of the current test. */
static struct ofct_recirc_table *recirc;
static struct ofct_xlate *xlate;

static void
setup(void)
{
    recirc = ofct_recirc_table_new(0);
    xlate = ofct_xlate_new(recirc);
}

static void
teardown(void)
{
    ofct_xlate_free(xlate);
    ofct_recirc_table_free(recirc);
}

static void
set_field(const char *assignment)
{
    struct ofct_error err;

    ck_assert_msg(!ofct_xlate_set_field(xlate, assignment, &err), "%s: %s",
                  assignment, err.msg);
}

/* Translates the actions of 'flow' and checks the datapath actions as text
 * and, unless 'hex' is NULL, as bytes. */
static void
check_xlate(const char *flow, const char *text, const char *hex)
{
    struct ofct_buf odp = OFCT_BUF_INITIALIZER;
    struct ofct_buf got = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert_msg(!ofct_xlate_flow_string(xlate, flow, &odp, &err), "%s: %s",
                  flow, err.msg);
    ck_assert_msg(!ofct_odp_actions_format(odp.data, odp.size, &got, &err),
                  "%s: %s", flow, err.msg);
    ck_assert_str_eq(ofct_buf_cstr(&got), text);
    if (hex) {
        ofct_buf_clear(&got);
        ofct_bytes_to_hex(odp.data, odp.size, &got);
        ck_assert_str_eq(ofct_buf_cstr(&got), hex);
    }
    ofct_buf_uninit(&odp);
    ofct_buf_uninit(&got);
}

static void
check_xlate_error(const char *flow, const char *msg)
{
    struct ofct_buf odp = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert_msg(ofct_xlate_flow_string(xlate, flow, &odp, &err),
                  "%s: translated, expected an error with \"%s\"", flow, msg);
    ck_assert_msg(strstr(err.msg, msg), "%s: error \"%s\", expected one "
                  "with \"%s\"", flow, err.msg, msg);
    ck_assert_uint_eq(odp.size, 0);
    ofct_buf_uninit(&odp);
}

/* ------------------------------------------------------------------ */
/* ct */

START_TEST(test_ct_zone)
{
    /* OVS writes the zone even when it is 0; the text leaves it out. */
    check_xlate("ip,actions=ct", "ct", "0c000c000600020000000000");
    check_xlate("ct(commit),output:2", "ct(commit),2",
                "10000c0004000100060002000000000008000100" "02000000");
    check_xlate("ct(commit,zone=5)", "ct(commit,zone=5)",
                "10000c00040001000600020005000000");
}
END_TEST

START_TEST(test_ct_zone_from_register)
{
    set_field("reg0=0x12345");
    check_xlate("ct(zone=NXM_NX_REG0[0..15],table=1)",
                "ct(zone=9029),recirc(0x1)", NULL);
    check_xlate("ct(zone=NXM_NX_REG0[4..19])", "ct(zone=4660)", NULL);
    /* A register written earlier in the same list. */
    check_xlate("set_field:7->reg0,ct(zone=NXM_NX_REG0[0..15])",
                "ct(zone=7)", NULL);
    check_xlate("load:0x2a->NXM_NX_REG1[16..31],"
                "ct(zone=NXM_NX_REG1[16..31])", "ct(zone=42)", NULL);
    check_xlate("move:NXM_NX_REG0[8..23]->NXM_NX_REG2[0..15],"
                "ct(zone=NXM_NX_REG2[0..15])", "ct(zone=291)", NULL);
}
END_TEST

START_TEST(test_ct_register_aliases)
{
    /* xreg0 is reg0:reg1, xxreg0 is reg0:reg1:reg2:reg3. */
    set_field("xreg0=0x0000000100000002");
    check_xlate("ct(zone=NXM_NX_REG1[0..15])", "ct(zone=2)", NULL);
    check_xlate("ct(zone=NXM_NX_REG0[0..15])", "ct(zone=1)", NULL);
    set_field("xxreg0=0x00000003000000040000000500000006");
    check_xlate("ct(zone=NXM_NX_REG3[0..15])", "ct(zone=6)", NULL);
    check_xlate("set_field:0x9->xreg1,ct(zone=NXM_NX_REG3[0..15])",
                "ct(zone=9)", NULL);
}
END_TEST

START_TEST(test_ct_exec_masks)
{
    /* Each write adds its mask; the value is the packet's under it. */
    set_field("reg0=0x12345");
    check_xlate("tcp,actions=ct(commit,zone=NXM_NX_REG0[4..19],"
                "exec(set_field:0x1/0xff->ct_mark,set_field:0x20/0xf0->"
                "ct_mark,set_field:0x2/0x2->ct_label),alg=ftp),output:2",
                "ct(commit,zone=4660,mark=0x21/0xff,label=0x2/0x2,"
                "helper=ftp),2", NULL);
    check_xlate("ct(commit,force,exec(set_field:0xabc->ct_mark,"
                "set_field:0x1->ct_label),alg=tftp)",
                "ct(force_commit,mark=0xabc/0xffffffff,label=0x1,"
                "helper=tftp)",
                "4c000c00040007000600020000000000" "0c000300bc0a0000ffffffff"
                "24000400" "01000000000000000000000000000000"
                "ffffffffffffffffffffffffffffffff" "0900050074667470"
                "00000000");
    check_xlate("ct(commit,exec(set_field:0->ct_mark))",
                "ct(commit,mark=0/0xffffffff)", NULL);
    check_xlate("ct(commit,exec(set_field:0/0->ct_mark))", "ct(commit)",
                NULL);
}
END_TEST

START_TEST(test_ct_exec_packet_values)
{
    /* Bits outside the mask come from the packet but are masked off. */
    set_field("ct_mark=0xffffffff");
    check_xlate("ct(commit,exec(set_field:0x1/0xf->ct_mark))",
                "ct(commit,mark=0x1/0xf)", NULL);
    /* Writes by move, from a register. */
    set_field("reg0=0x12345");
    check_xlate("ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
                "ct(commit,mark=0x12345/0xffffffff)", NULL);
    check_xlate("ct(commit,exec(move:NXM_NX_REG0[0..7]->"
                "NXM_NX_CT_LABEL[8..15]))", "ct(commit,label=0x4500/0xff00)",
                NULL);
    /* The masks of one ct do not leak into the next. */
    check_xlate("ct(commit,exec(set_field:1->ct_mark)),"
                "ct(commit,exec(set_field:2->ct_label))",
                "ct(commit,mark=0x1/0xffffffff),ct(commit,label=0x2)", NULL);
}
END_TEST

START_TEST(test_ct_helper)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf odp = OFCT_BUF_INITIALIZER;
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    /* ct(commit,alg=80) can only come from the wire. */
    ck_assert(!ofct_hex_to_bytes("ffff001800002320002300010000000000"
                                 "00ff0000000050", &wire, &err));
    ck_assert_msg(!ofct_actions_decode(acts, wire.data, wire.size,
                                       OFCT_OFP13, &err), "%s", err.msg);
    ck_assert(ofct_xlate_actions(xlate, acts, &odp, &err));
    ck_assert_str_eq(err.msg, "ct: alg=80 has no datapath helper (only ftp "
                     "and tftp do)");
    ck_assert_uint_eq(odp.size, 0);

    check_xlate("ct(commit,alg=ftp)", "ct(commit,helper=ftp)",
                "18000c000400010006000200000000000800050066747000");

    ofct_actions_free(acts);
    ofct_buf_uninit(&odp);
    ofct_buf_uninit(&wire);
}
END_TEST

START_TEST(test_ct_nat)
{
    /* OVS's translator writes the flags right after src/dst. */
    check_xlate("ct(commit,nat(src=10.0.0.1-10.0.0.9:1024-2048,persistent,"
                "random))",
                "ct(commit,nat(src=10.0.0.1-10.0.0.9:1024-2048,persistent,"
                "random))",
                "40000c00040001000600020000000000" "30000600" "04000100"
                "04000700" "04000900" "080003000a000001" "080004000a000009"
                "0600050000040000" "0600060000080000");
    check_xlate("ct(commit,nat(src,random))", "ct(commit,nat(src,random))",
                "1c000c000400010006000200000000000c0006000400010004000900");
    check_xlate("ct(nat)", "ct(nat)", "10000c00060002000000000004000600");
    check_xlate("ct(commit,nat(dst=[fe80::1]-[fe80::5]:80-90,hash))",
                "ct(commit,nat(dst=[fe80::1]-[fe80::5]:80-90,hash))",
                "54000c00040001000600020000000000" "44000600" "04000200"
                "04000800" "14000300fe800000000000000000000000000001"
                "14000400fe800000000000000000000000000005"
                "0600050050000000" "060006005a000000");
    /* One-address and one-port ranges shrink to their minimum. */
    check_xlate("ct(commit,nat(src=10.0.0.5-10.0.0.5:80-80))",
                "ct(commit,nat(src=10.0.0.5:80))", NULL);
    check_xlate("ct(commit,nat(dst=fe80::1))", "ct(commit,nat(dst=fe80::1))",
                NULL);
}
END_TEST

START_TEST(test_ct_recirc)
{
    struct ofct_recirc_state st;

    /* One id per resume state: the zone is not part of it, registers
     * are (OVS 3.1 gives the same sharing). */
    set_field("reg0=0x12345");
    check_xlate("set_field:7->reg0,ct(zone=NXM_NX_REG0[0..15],table=1),"
                "ct(zone=NXM_NX_REG0[0..15],table=2),ct(table=1)",
                "ct(zone=7),recirc(0x1),ct(zone=7),recirc(0x2),ct,"
                "recirc(0x1)", NULL);
    check_xlate("ct(table=1),ct(table=1)", "ct,recirc(0x3),ct,recirc(0x3)",
                "0c000c00060002000000000008000700030000000c000c000600020000"
                "000000" "0800070003000000");
    ck_assert_uint_eq(ofct_recirc_table_count(recirc), 3);

    ck_assert_int_eq(ofct_recirc_table_lookup(recirc, 2, &st), 0);
    ck_assert_uint_eq(st.table_id, 2);
    ck_assert(st.conntracked);
    ck_assert_uint_eq(st.regs[0], 7);
    ck_assert_uint_eq(st.in_port, 0xffff);
    ck_assert_int_eq(ofct_recirc_table_lookup(recirc, 3, &st), 0);
    ck_assert_uint_eq(st.table_id, 1);
    ck_assert_uint_eq(st.regs[0], 0x12345);
    ck_assert_int_eq(ofct_recirc_table_lookup(recirc, 0, &st), -1);
    ck_assert_int_eq(ofct_recirc_table_lookup(recirc, 4, &st), -1);

    /* The metadata and in_port are part of the state. */
    set_field("in_port=3");
    check_xlate("set_field:0x99->metadata,ct(table=1)", "ct,recirc(0x4)",
                NULL);
    ck_assert_int_eq(ofct_recirc_table_lookup(recirc, 4, &st), 0);
    ck_assert_uint_eq(st.in_port, 3);
    ck_assert_uint_eq(st.metadata, 0x99);
}
END_TEST

START_TEST(test_ct_recirc_without_table)
{
    struct ofct_xlate *x = ofct_xlate_new(NULL);
    struct ofct_buf odp = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert(ofct_xlate_flow_string(x, "ct(table=3)", &odp, &err));
    ck_assert_str_eq(err.msg, "ct(table=3) needs a recirculation table");
    ck_assert(!ofct_xlate_flow_string(x, "ct(commit)", &odp, &err));
    ofct_xlate_free(x);
    ofct_buf_uninit(&odp);
}
END_TEST

/* ------------------------------------------------------------------ */
/* ct_clear */

START_TEST(test_ct_clear)
{
    /* Untracked: nothing.  After ct without table=: untracked again. */
    check_xlate("ct_clear,output:2", "2", NULL);
    check_xlate("ct(commit),ct_clear,output:2", "ct(commit),2", NULL);
    check_xlate("ct(table=1),ct_clear,output:2", "ct,recirc(0x1),2", NULL);
    /* Tracked (as after recirculation): one ct_clear, then untracked. */
    set_field("ct_state=0x21");
    check_xlate("ct_clear,ct_clear,output:2", "ct_clear,2", "04001000"
                "0800010002000000");
    check_xlate("ct(commit),ct_clear", "ct(commit)", NULL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* output and the rest */

START_TEST(test_output)
{
    struct ofct_error err;

    /* OVS 3.1 with p1 = OpenFlow 1 / datapath 3, p2 = 2 / 2, br0 = LOCAL
     * / 1. */
    ck_assert(!ofct_xlate_map_port_string(xlate, "1=3", &err));
    ck_assert(!ofct_xlate_map_port_string(xlate, "LOCAL=1", &err));
    check_xlate("output:1,output:2,output:LOCAL", "3,2,1", NULL);
    set_field("in_port=1");
    check_xlate("output:1,output:2,output:IN_PORT,output:LOCAL", "2,3,1",
                NULL);
    check_xlate("2,IN_PORT", "2,3", NULL);
    /* A mapping can be changed. */
    ck_assert(!ofct_xlate_map_port(xlate, 1, 7, &err));
    check_xlate("in_port", "7", NULL);
    /* set_field to in_port changes which port is skipped. */
    check_xlate("set_field:2->in_port,output:1,output:2", "7", NULL);
}
END_TEST

START_TEST(test_output_errors)
{
    check_xlate_error("output:LOCAL", "output to LOCAL: no datapath port is "
                      "mapped to LOCAL");
    check_xlate_error("output:IN_PORT", "output to IN_PORT: the packet's "
                      "in_port is not set");
    check_xlate_error("NORMAL", "output to NORMAL: needs a switch's "
                      "forwarding");
    check_xlate_error("controller", "output to CONTROLLER: OVS sends the "
                      "packet to userspace");
}
END_TEST

START_TEST(test_untranslated)
{
    check_xlate_error("set_field:1.2.3.4->ip_src,ct(commit)", "writing "
                      "ip_src: header rewrites (OVS's set() and set_masked() "
                      "datapath actions) are not translated by ofct");
    check_xlate_error("mod_nw_src:1.2.3.4", "writing ip_src");
    check_xlate_error("move:NXM_NX_REG0[0..15]->NXM_OF_TCP_SRC[]",
                      "writing tcp_src");
    check_xlate_error("resubmit(,1)", "resubmit: needs flow tables");
    check_xlate_error("goto_table:1", "goto_table: needs flow tables");
    check_xlate_error("controller(reason=no_match)", "controller: OVS sends "
                      "the packet to userspace");
    /* Nothing is appended on error, even after good actions. */
    check_xlate_error("output:2,resubmit(,1)", "resubmit");
    /* Parse errors are the action parser's. */
    check_xlate_error("ct(frob)", "invalid argument to \"ct\" action");
    check_xlate_error("ip,actions", "must specify an action");
}
END_TEST

START_TEST(test_no_datapath_effect)
{
    check_xlate("note:01", "drop", "");
    check_xlate("drop", "drop", "");
    check_xlate("conjunction(1,1/2)", "drop", "");
    check_xlate("ip,priority=5,action=note:02,2", "2", NULL);
}
END_TEST

START_TEST(test_translator_unchanged)
{
    /* Translating does not change the translator's packet. */
    set_field("reg0=1");
    check_xlate("set_field:5->reg0,ct(zone=NXM_NX_REG0[0..15])",
                "ct(zone=5)", NULL);
    check_xlate("ct(zone=NXM_NX_REG0[0..15])", "ct(zone=1)", NULL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Translator setup. */

START_TEST(test_set_field_errors)
{
    struct ofct_error err;

    ck_assert(ofct_xlate_set_field(xlate, "reg0", &err));
    ck_assert_str_eq(err.msg, "reg0: expected FIELD=VALUE");
    ck_assert(ofct_xlate_set_field(xlate, "frob=1", &err));
    ck_assert_str_eq(err.msg, "frob: unknown field");
    ck_assert(ofct_xlate_set_field(xlate, "reg0=zz", &err));
    ck_assert(ofct_xlate_set_field(xlate, "reg0=0x100000000", &err));
    ck_assert(ofct_xlate_set_field(xlate, "vlan_vid=0x2000", &err));
    /* NXM names work too. */
    ck_assert(!ofct_xlate_set_field(xlate, "NXM_NX_REG3=3", &err));
    check_xlate("ct(zone=NXM_NX_REG3[0..15])", "ct(zone=3)", NULL);
}
END_TEST

START_TEST(test_port_map_errors)
{
    struct ofct_error err;

    ck_assert(ofct_xlate_map_port_string(xlate, "1", &err));
    ck_assert_str_eq(err.msg, "1: expected OFP_PORT=ODP_PORT");
    ck_assert(ofct_xlate_map_port_string(xlate, "frob=1", &err));
    ck_assert_str_eq(err.msg, "frob: not an OpenFlow port");
    ck_assert(ofct_xlate_map_port_string(xlate, "1=x", &err));
    ck_assert_str_eq(err.msg, "x: not a datapath port number");
    ck_assert(ofct_xlate_map_port_string(xlate, "NORMAL=1", &err));
    ck_assert_str_eq(err.msg, "only numbered ports and LOCAL have a datapath "
                     "port");
    for (int i = 1; i <= 1024; i++) {
        ck_assert(!ofct_xlate_map_port(xlate, i, i + 100, &err));
    }
    ck_assert(ofct_xlate_map_port(xlate, 1025, 1, &err));
    ck_assert_str_eq(err.msg, "more than 1024 port mappings");
    check_xlate("output:1024", "1124", NULL);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The recirculation table on its own. */

START_TEST(test_recirc_table)
{
    struct ofct_recirc_table *rt = ofct_recirc_table_new(3);
    struct ofct_recirc_state st, got;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    uint32_t id;

    memset(&st, 0, sizeof st);
    st.in_port = 0xffff;
    for (int i = 0; i < 3; i++) {
        st.table_id = i;
        ck_assert(!ofct_recirc_table_get_id(rt, &st, &id, &err));
        ck_assert_uint_eq(id, i + 1);
    }
    /* The same state keeps its id even when the table is full. */
    st.table_id = 1;
    ck_assert(!ofct_recirc_table_get_id(rt, &st, &id, &err));
    ck_assert_uint_eq(id, 2);
    st.table_id = 9;
    ck_assert(ofct_recirc_table_get_id(rt, &st, &id, &err));
    ck_assert_str_eq(err.msg, "recirculation table full (3 ids)");
    ck_assert_uint_eq(ofct_recirc_table_count(rt), 3);

    ck_assert(!ofct_recirc_table_lookup(rt, 3, &got));
    ck_assert_uint_eq(got.table_id, 2);

    ofct_recirc_table_format(rt, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out),
                     "recirc(0x1): table=0\n"
                     "recirc(0x2): table=1\n"
                     "recirc(0x3): table=2\n");
    ofct_buf_uninit(&out);
    ofct_recirc_table_free(rt);
}
END_TEST

START_TEST(test_recirc_table_many)
{
    struct ofct_recirc_table *rt = ofct_recirc_table_new(0);
    struct ofct_recirc_state st;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    uint32_t id;

    /* Enough states to rehash several times; each keeps its id. */
    memset(&st, 0, sizeof st);
    for (uint32_t i = 0; i < 5000; i++) {
        st.regs[i % 16] = i;
        st.table_id = i % 7;
        ck_assert(!ofct_recirc_table_get_id(rt, &st, &id, &err));
        ck_assert_uint_eq(id, i + 1);
    }
    memset(&st, 0, sizeof st);
    for (uint32_t i = 0; i < 5000; i++) {
        st.regs[i % 16] = i;
        st.table_id = i % 7;
        ck_assert(!ofct_recirc_table_get_id(rt, &st, &id, &err));
        ck_assert_uint_eq(id, i + 1);
    }
    ck_assert_uint_eq(ofct_recirc_table_count(rt), 5000);

    /* The default limit is 65536. */
    ofct_recirc_table_free(rt);
    rt = ofct_recirc_table_new(0);
    memset(&st, 0, sizeof st);
    for (uint32_t i = 0; i < 65536; i++) {
        st.regs[0] = i;
        ck_assert(!ofct_recirc_table_get_id(rt, &st, &id, &err));
    }
    st.regs[0] = 65536;
    ck_assert(ofct_recirc_table_get_id(rt, &st, &id, &err));

    st.regs[0] = 5;
    st.conntracked = true;
    st.in_port = 0xfffe;
    st.metadata = 0xab;
    st.regs[15] = 1;
    ofct_recirc_table_free(rt);
    rt = ofct_recirc_table_new(1);
    ck_assert(!ofct_recirc_table_get_id(rt, &st, &id, &err));
    ofct_recirc_table_format(rt, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "recirc(0x1): table=0,conntracked,"
                     "in_port=LOCAL,metadata=0xab,reg0=0x5,reg15=0x1\n");
    ofct_buf_uninit(&out);
    ofct_recirc_table_free(rt);
}
END_TEST

static Suite *
xlate_suite(void)
{
    Suite *s = suite_create("xlate");
    TCase *tc;

    tc = tcase_create("ct");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_ct_zone);
    tcase_add_test(tc, test_ct_zone_from_register);
    tcase_add_test(tc, test_ct_register_aliases);
    tcase_add_test(tc, test_ct_exec_masks);
    tcase_add_test(tc, test_ct_exec_packet_values);
    tcase_add_test(tc, test_ct_helper);
    tcase_add_test(tc, test_ct_nat);
    tcase_add_test(tc, test_ct_recirc);
    tcase_add_test(tc, test_ct_recirc_without_table);
    tcase_add_test(tc, test_ct_clear);
    suite_add_tcase(s, tc);

    tc = tcase_create("other");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_output);
    tcase_add_test(tc, test_output_errors);
    tcase_add_test(tc, test_untranslated);
    tcase_add_test(tc, test_no_datapath_effect);
    tcase_add_test(tc, test_translator_unchanged);
    tcase_add_test(tc, test_set_field_errors);
    tcase_add_test(tc, test_port_map_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("recirc");
    tcase_add_test(tc, test_recirc_table);
    tcase_add_test(tc, test_recirc_table_many);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(xlate_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
