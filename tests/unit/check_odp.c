/* Unit tests for lib/datapath's ODP actions: text to netlink and back, per
 * ct attribute and per nat form, and strict decoding of malformed netlink.
 *
 * Expected bytes are Open vSwitch's (from its tests/odp.at and from its
 * odp_actions_from_string(), as in tests/data/odp-ct-actions.txt):
 * attribute headers and integers in host order, which is little-endian on
 * the machines these tests run on. */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/datapath.h"

/* Parses 'text' and checks the netlink bytes ('hex') and the text printed
 * back from them ('back'; NULL means 'text' itself). */
static void
check_text(const char *text, const char *back, const char *hex)
{
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_buf got_hex = OFCT_BUF_INITIALIZER;
    struct ofct_buf got_text = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert_msg(!ofct_odp_actions_parse(text, &nl, &err),
                  "%s: %s", text, err.msg);
    ofct_bytes_to_hex(nl.data, nl.size, &got_hex);
    ck_assert_msg(!strcmp(ofct_buf_cstr(&got_hex), hex),
                  "%s: bytes %s, expected %s", text, ofct_buf_cstr(&got_hex),
                  hex);
    ck_assert_msg(!ofct_odp_actions_format(nl.data, nl.size, &got_text, &err),
                  "%s: own bytes do not decode: %s", text, err.msg);
    ck_assert_str_eq(ofct_buf_cstr(&got_text), back ? back : text);

    ofct_buf_uninit(&nl);
    ofct_buf_uninit(&got_hex);
    ofct_buf_uninit(&got_text);
}

/* Parses 'text', which must fail with a message that contains 'msg', and
 * append nothing. */
static void
check_text_error(const char *text, const char *msg)
{
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert_msg(ofct_odp_actions_parse(text, &nl, &err),
                  "%s: parsed, expected an error with \"%s\"", text, msg);
    ck_assert_msg(strstr(err.msg, msg), "%s: error \"%s\", expected one "
                  "with \"%s\"", text, err.msg, msg);
    ck_assert_uint_eq(nl.size, 0);
    ofct_buf_uninit(&nl);
}

/* Decodes 'hex', which must fail with a message that contains 'msg'. */
static void
check_decode_error(const char *hex, const char *msg)
{
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert(!ofct_hex_to_bytes(hex, &nl, &err));
    ck_assert_msg(ofct_odp_actions_format(nl.data, nl.size, &text, &err),
                  "%s: decoded as \"%s\", expected an error with \"%s\"",
                  hex, ofct_buf_cstr(&text), msg);
    ck_assert_msg(strstr(err.msg, msg), "%s: error \"%s\", expected one "
                  "with \"%s\"", hex, err.msg, msg);
    ck_assert_uint_eq(text.size, 0);
    ofct_buf_uninit(&nl);
    ofct_buf_uninit(&text);
}

/* Decodes 'hex', which must give 'text'. */
static void
check_decode(const char *hex, const char *text)
{
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert(!ofct_hex_to_bytes(hex, &nl, &err));
    ck_assert_msg(!ofct_odp_actions_format(nl.data, nl.size, &out, &err),
                  "%s: %s", hex, err.msg);
    ck_assert_str_eq(ofct_buf_cstr(&out), text);
    ofct_buf_uninit(&nl);
    ofct_buf_uninit(&out);
}

/* ------------------------------------------------------------------ */
/* ct attributes, one by one. */

START_TEST(test_ct_bare_and_flags)
{
    check_text("ct", NULL, "04000c00");
    check_text("ct()", "ct", "04000c00");
    check_text("ct(commit)", NULL, "08000c0004000100");
    check_text("ct(force_commit)", NULL, "08000c0004000700");
    check_text_error("ct(commit,force_commit)", "only one of commit and "
                     "force_commit");
    check_text_error("ct(commit,commit)", "`commit' at offset 10: given more "
                     "than once");
    check_text_error("ct(commitx)", "unknown ct() option");
    check_text_error("ct(commit=1)", "unexpected text after commit");
}
END_TEST

START_TEST(test_ct_zone)
{
    check_text("ct(zone=5)", NULL, "0c000c000600020005000000");
    check_text("ct(commit,zone=65535)", NULL,
               "10000c000400010006000200ffff0000");
    /* OVS leaves zone 0 (the default zone) out. */
    check_text("ct(commit,zone=0)", "ct(commit)", "08000c0004000100");
    /* OVS would wrap 65536 to zone 0 silently. */
    check_text_error("ct(commit,zone=65536)", "zone is greater than 65535");
    check_text_error("ct(zone=0x5)", "unexpected text after zone");
    check_text_error("ct(zone=)", "expected zone");
    check_text_error("ct(zone)", "expected `zone=VALUE'");
    /* A zone attribute with value 0, as translation writes it, prints as
     * no zone. */
    check_decode("0c000c000600020000000000", "ct");
}
END_TEST

START_TEST(test_ct_mark)
{
    check_text("ct(commit,mark=0xa0a0a0a0/0xfefefefe)", NULL,
               "14000c00040001000c000300a0a0a0a0fefefefe");
    /* Hex without 0x, as OVS's %x; the mask defaults to all ones. */
    check_text("ct(commit,mark=10)", "ct(commit,mark=0x10/0xffffffff)",
               "14000c00040001000c00030010000000ffffffff");
    check_text("ct(mark=0/0xff)", NULL, "10000c000c00030000000000ff000000");
    /* A zero mask changes nothing: no attribute. */
    check_text("ct(commit,mark=5/0)", "ct(commit)", "08000c0004000100");
    check_text_error("ct(mark=0x100000000)", "mark is greater than "
                     "4294967295");
    check_text_error("ct(mark=1/0x1ffffffff)", "mark mask is greater");
    check_text_error("ct(mark=xyz)", "expected mark");
}
END_TEST

START_TEST(test_ct_label)
{
    check_text("ct(commit,label=0x1234567890abcdef1234567890abcdef/"
               "0xf1f2f3f4f5f6f7f8f9f0fafbfcfdfeff)", NULL,
               "2c000c000400010024000400efcdab9078563412efcdab9078563412"
               "fffefdfcfbfaf0f9f8f7f6f5f4f3f2f1");
    check_text("ct(commit,label=1)", "ct(commit,label=0x1)",
               "2c000c0004000100240004000100000000000000000000000000"
               "0000ffffffffffffffffffffffffffffffff");
    check_text("ct(label=0/1)", "ct(label=0x0/0x1)",
               "28000c0024000400" "00000000000000000000000000000000"
               "01000000000000000000000000000000");
    /* Leading zeros do not count towards the 128 bits. */
    check_text("ct(label=0x000000000000000000000000000000000000001)",
               "ct(label=0x1)",
               "28000c002400040001000000000000000000000000000000"
               "ffffffffffffffffffffffffffffffff");
    check_text_error("ct(label=0x1ffffffffffffffffffffffffffffffff)",
                     "label is wider than 128 bits");
    check_text_error("ct(label=18446744073709551616)", "label is greater");
    check_text_error("ct(labels=1)", "`labels=1' at offset 3: unknown ct() "
                     "option");
}
END_TEST

START_TEST(test_ct_helper_timeout)
{
    check_text("ct(commit,helper=ftp)", NULL,
               "10000c00040001000800050066747000");
    /* "tftp" and its NUL take 5 bytes: 3 zero bytes of padding. */
    check_text("ct(commit,helper=tftp)", NULL,
               "14000c0004000100090005007466747000000000");
    check_text("ct(helper=abcdefghijklmno)", NULL,
               "18000c0014000500" "6162636465666768696a6b6c6d6e6f00");
    check_text_error("ct(commit,helper=abcdefghijklmnop)", "helper name "
                     "longer than 15 characters");
    check_text_error("ct(helper=)", "expected a helper name");
    check_text_error("ct(helper=a=b)", "cannot be in a name");
    check_text("ct(commit,timeout=ovs_tp_1_tcp4)", NULL,
               "1c000c0004000100120009006f76735f74705f315f74637034000000");
    check_text_error("ct(timeout=abcdefghijklmnopqrstuvwxyzabcdef)",
                     "timeout name longer than 31");
}
END_TEST

START_TEST(test_ct_order)
{
    /* Options in any order come out in OVS's order. */
    check_text("ct(commit,nat(src=10.0.0.1),helper=ftp)",
               "ct(commit,helper=ftp,nat(src=10.0.0.1))",
               "20000c000400010008000500667470001000060004000100080003000a"
               "000001");
    check_text("ct(commit,zone=5,mark=0xa0a0a0a0/0xfefefefe,label="
               "0x1234567890abcdef1234567890abcdef/0xf1f2f3f4f5f6f7f8f9f0f"
               "afbfcfdfeff,helper=ftp,nat(src=10.1.1.240-10.1.1.255:1024-"
               "2048,persistent))", NULL,
               "74000c000400010006000200050000000c000300a0a0a0a0fefefefe2400"
               "0400efcdab9078563412efcdab9078563412fffefdfcfbfaf0f9f8f7f6f5"
               "f4f3f2f108000500667470002c00060004000100080003000a0101f00800"
               "04000a0101ff0600050000040000060006000008000004000700");
    check_text_error("ct(commit", "`ct(commit' at offset 0: missing `)'");
    check_text_error("ct(foo)", "`foo' at offset 3: unknown ct() option");
}
END_TEST

/* ------------------------------------------------------------------ */
/* nat forms. */

START_TEST(test_nat_forms)
{
    check_text("ct(nat)", NULL, "08000c0004000600");
    check_text("ct(nat())", "ct(nat)", "08000c0004000600");
    check_text("ct(commit,nat(src))", NULL,
               "10000c00040001000800060004000100");
    check_text("ct(commit,nat(dst))", NULL,
               "10000c00040001000800060004000200");
    check_text("ct(commit,nat(src=10.0.0.240,random))", NULL,
               "1c000c00040001001400060004000100080003000a0000f004000900");
    check_text("ct(commit,nat(src=10.0.0.240:32768-65535,random))", NULL,
               "2c000c00040001002400060004000100080003000a0000f006000500"
               "0080000006000600ffff000004000900");
    check_text("ct(commit,nat(dst=10.0.0.128-10.0.0.254,hash))", NULL,
               "24000c00040001001c00060004000200080003000a00008008000400"
               "0a0000fe04000800");
    check_text("ct(commit,nat(dst=10.0.0.1:69))", NULL,
               "20000c0004000100180006000400020008000300"
               "0a0000010600050045000000");
    check_text("ct(commit,nat(src=fe80::20c:29ff:fe88:a18b,random))", NULL,
               "28000c0004000100200006000400010014000300fe80000000000000"
               "020c29fffe88a18b04000900");
    check_text("ct(commit,nat(src=[fe80::20c:29ff:fe88:1]-"
               "[fe80::20c:29ff:fe88:a18b]:255-4096,random))", NULL,
               "4c000c0004000100440006000400010014000300fe80000000000000"
               "020c29fffe88000114000400fe80000000000000020c29fffe88a18b"
               "06000500ff000000060006000010000004000900");
    /* Brackets only when a port follows. */
    check_text("ct(commit,nat(dst=[fe80::1]))", "ct(commit,nat(dst=fe80::1))",
               "24000c00040001001c0006000400020014000300fe80000000000000"
               "0000000000000001");
}
END_TEST

START_TEST(test_nat_normalized)
{
    /* A one-address or one-port range is its minimum, as in OVS. */
    check_text("ct(commit,nat(src=10.0.0.5-10.0.0.5:80-80))",
               "ct(commit,nat(src=10.0.0.5:80))",
               "20000c0004000100180006000400010008000300"
               "0a0000050600050050000000");
    /* Flags without an address: OVS's parser drops them silently; ofct
     * keeps them, as OVS's translator writes them. */
    check_text("ct(commit,nat(src,random))", NULL,
               "14000c00040001000c0006000400010004000900");
    check_text("ct(commit,nat(dst,persistent,hash))", NULL,
               "18000c0004000100100006000400020004000700"
               "04000800");
}
END_TEST

START_TEST(test_nat_errors)
{
    check_text_error("ct(commit,nat(src,dst))", "`dst' at offset 18: nat() "
                     "takes only one of src and dst");
    check_text_error("ct(commit,nat(src=10.0.0.1,hash,random))",
                     "only one of hash and random");
    check_text_error("ct(commit,nat(src=10.0.0.2-10.0.0.1))",
                     "address range maximum is below its minimum");
    check_text_error("ct(commit,nat(src=10.0.0.1:90-80))",
                     "port range maximum is below its minimum");
    check_text_error("ct(commit,nat(src=10.0.0.1:0))", "port 0 is not a "
                     "valid port");
    check_text_error("ct(commit,nat(src=10.0.0.1:65536))", "port is greater "
                     "than 65535");
    check_text_error("ct(commit,nat(src=256.0.0.1))", "expected an IPv4 or "
                     "IPv6 address");
    check_text_error("ct(commit,nat(src=10.0.0.1-fe80::1))", "expected an "
                     "IPv4 address");
    check_text_error("ct(commit,nat(src=fe80::1-10.0.0.1))", "expected an "
                     "IPv6 address");
    check_text_error("ct(commit,nat(persistent))", "need src or dst");
    check_text_error("ct(commit,nat(src,random,random))", "given more than "
                     "once in nat()");
    check_text_error("ct(commit,nat(source))", "unknown nat() option");
    check_text_error("ct(commit,nat(src=10.0.0.1", "missing `)'");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Other actions and lists. */

START_TEST(test_other_actions)
{
    check_text("ct_clear", NULL, "04001000");
    check_text("1,2", NULL, "08000100010000000800010002000000");
    check_text("4294967295", NULL, "08000100ffffffff");
    /* %i, as OVS: hex and octal ports. */
    check_text("0x10,010", "16,8", "08000100100000000800010008000000");
    check_text("recirc(1)", "recirc(0x1)", "0800070001000000");
    check_text("recirc(0x1)", NULL, "0800070001000000");
    check_text("recirc(0)", NULL, "0800070000000000");
    check_text("ct(commit,zone=1),recirc(2)", "ct(commit,zone=1),"
               "recirc(0x2)",
               "10000c000400010006000200010000000800070002000000");
    check_text("drop", NULL, "0800180000000000");
    check_text(" , 1 ,\t2 ", "1,2", "08000100010000000800010002000000");
    check_text("", "drop", "");
    check_text("clone(ct_clear,2),ct_clear,3", NULL,
               "10001400040010000800010002000000040010000800010003000000");
    check_text("clone(drop)", NULL, "04001400");
    check_text("check_pkt_len(size=200,gt(ct(nat)),le(drop))", NULL,
               "1c00150006000100c80000000c00020008000c000400060004000300");
    check_text_error("recirc(4294967296)", "recirculation id is greater");
    check_text_error("recirc(1", "expected `)'");
    check_text_error("4294967296", "port is greater");
    check_text_error("ct_clear(1)", "`(1)' at offset 8: unexpected text "
                     "after the action");
    /* OVS_ACTION_ATTR_DROP; as a whole nested list, "drop" is empty. */
    check_text("1,drop", NULL, "080001000100000008001800" "00000000");
    check_text("clone( drop )", "clone(drop)", "04001400");
    check_text("clone(drop,1)", NULL, "1400140008001800000000000800010001000000");
    check_text_error("userspace(pid=0)", "`userspace' at offset 0: datapath "
                     "action not supported by ofct");
    check_text_error("frobnicate", "unknown datapath action");
    check_text_error("clone(1", "missing `)'");
    check_text_error("check_pkt_len(size=200,gt(1))", "expected `,le('");
}
END_TEST

START_TEST(test_nesting_limit)
{
    char text[400] = "";
    char back[400];

    /* 16 levels parse; 17 do not. */
    for (int i = 0; i < 16; i++) {
        strcat(text, "clone(");
    }
    strcat(text, "1");
    for (int i = 0; i < 16; i++) {
        strcat(text, ")");
    }
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    ck_assert_msg(!ofct_odp_actions_parse(text, &nl, &err), "%s", err.msg);
    ck_assert(!ofct_odp_actions_format(nl.data, nl.size, &out, &err));
    ck_assert_str_eq(ofct_buf_cstr(&out), text);

    snprintf(back, sizeof back, "clone(%s)", text);
    check_text_error(back, "nested more than 16 deep");
    ofct_buf_uninit(&nl);
    ofct_buf_uninit(&out);
}
END_TEST

START_TEST(test_size_limit)
{
    /* 8190 outputs of 8 bytes fit in 65532 bytes; 8192 do not. */
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    for (int i = 0; i < 8191; i++) {
        ofct_buf_puts(&text, "1,");
    }
    ck_assert_msg(!ofct_odp_actions_parse(ofct_buf_cstr(&text), &nl, &err),
                  "%s", err.msg);
    ck_assert_uint_eq(nl.size, 8191 * 8);
    ofct_buf_clear(&nl);
    ofct_buf_puts(&text, "1");
    ck_assert(ofct_odp_actions_parse(ofct_buf_cstr(&text), &nl, &err));
    ck_assert_ptr_nonnull(strstr(err.msg, "longer than 65532 bytes"));
    ck_assert_uint_eq(nl.size, 0);
    ofct_buf_uninit(&text);
    ofct_buf_uninit(&nl);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Malformed netlink. */

START_TEST(test_decode_truncated)
{
    check_decode("", "drop");
    check_decode_error("04000c", "3 bytes at offset 0 are too short for an "
                       "attribute header");
    check_decode_error("03000c00", "OVS_ACTION_ATTR_CT at offset 0: length 3 "
                       "is shorter than the attribute header");
    check_decode_error("0c000c0004000100", "OVS_ACTION_ATTR_CT at offset 0: "
                       "length 12 (12 with padding) runs past the end of the "
                       "list (8 bytes left)");
    /* The padding of the last attribute is missing. */
    check_decode_error("0800010002000000090005007466747000",
                       "OVS_ACTION_ATTR_POP_VLAN at offset 8: length 9 (12 "
                       "with padding) runs past the end of the list (9 bytes "
                       "left)");
    check_decode_error("10000c00040001000900050074667470",
                       "OVS_CT_ATTR_HELPER at offset 8: length 9 (12 with "
                       "padding) runs past the end of the list (8 bytes "
                       "left)");
    /* A nested attribute that runs past its nest, but not past the
     * list. */
    check_decode_error("08000c000600020005000000",
                       "OVS_CT_ATTR_ZONE at offset 4: length 6 (8 with "
                       "padding) runs past the end of the list (4 bytes "
                       "left)");
    check_decode_error("0c000c000a0002000500000000000000",
                       "OVS_CT_ATTR_ZONE at offset 4: length 10");
}
END_TEST

START_TEST(test_decode_types)
{
    check_decode_error("04000000", "unknown OVS_ACTION_ATTR type 0 at "
                       "offset 0");
    check_decode_error("0800630000000000", "unknown OVS_ACTION_ATTR type 99 "
                       "at offset 0");
    check_decode_error("0800010002000000" "0800020000000000",
                       "OVS_ACTION_ATTR_USERSPACE at offset 8: not supported "
                       "by ofct");
    check_decode_error("0c000c000800080001000000", "OVS_CT_ATTR_EVENTMASK at "
                       "offset 4: not supported by ofct");
    check_decode_error("08000c0004002a00", "unknown OVS_CT_ATTR type 42 at "
                       "offset 4");
    check_decode_error("0c000c000800060004006300",
                       "unknown OVS_NAT_ATTR type 99 at offset 8");
    check_decode_error("0c000c000400010004000100", "OVS_CT_ATTR_COMMIT at "
                       "offset 8: given more than once");
    /* Actions may repeat. */
    check_decode("0400100004001000", "ct_clear,ct_clear");
}
END_TEST

START_TEST(test_decode_flags)
{
    /* NLA_F_NESTED is valid netlink on a nest (OVS does not set it). */
    check_decode("08000c8004000100", "ct(commit)");
    check_decode_error("08000c0004000180", "OVS_CT_ATTR_COMMIT at offset 4: "
                       "unexpected flags 0x8000");
    check_decode_error("08000c4004000100", "OVS_ACTION_ATTR_CT at offset 0: "
                       "unexpected flags 0x4000");
}
END_TEST

START_TEST(test_decode_lengths)
{
    check_decode_error("0600010002000000", "OVS_ACTION_ATTR_OUTPUT at "
                       "offset 0: payload is 2 bytes, expected 4");
    check_decode_error("0c00070001000000", "OVS_ACTION_ATTR_RECIRC at offset "
                       "0: length 12");
    check_decode_error("0800100000000000", "OVS_ACTION_ATTR_CT_CLEAR at "
                       "offset 0: payload is 4 bytes, expected 0");
    check_decode_error("0c000c000800020005000000", "OVS_CT_ATTR_ZONE at "
                       "offset 4: payload is 4 bytes, expected 2");
    check_decode_error("0c000c000800030001000000", "OVS_CT_ATTR_MARK at "
                       "offset 4: payload is 4 bytes, expected 8");
    check_decode_error("1c000c001800040001000000000000000000000000000000"
                       "00000000", "OVS_CT_ATTR_LABELS at offset 4: payload "
                       "is 20 bytes, expected 32");
    check_decode_error("0c000c000600050066740000", "OVS_CT_ATTR_HELPER at "
                       "offset 4: string is not NUL-terminated");
    check_decode_error("0c000c000800050066007400", "OVS_CT_ATTR_HELPER at "
                       "offset 4: string has a NUL before its end");
    check_decode_error("0c000c000500050000000000", "OVS_CT_ATTR_HELPER at "
                       "offset 4: payload is 1 bytes, expected 2 to 16");
    check_decode_error("1c000c0015000500" "6162636465666768696a6b6c6d6e6f70"
                       "00000000", "payload is 17 bytes, expected 2 to 16");
    check_decode_error("0c000c000800050061282900",
                       "OVS_CT_ATTR_HELPER at offset 4: name has a character");
}
END_TEST

START_TEST(test_decode_ct_contradictions)
{
    check_decode_error("0c000c000400010004000700", "OVS_CT_ATTR_COMMIT at "
                       "offset 4: contradicts OVS_CT_ATTR_FORCE_COMMIT");
    /* check_pkt_len without one of its parts. */
    check_decode_error("1400150006000100c80000000400020004000200",
                       "OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER at offset "
                       "16: given more than once");
    check_decode_error("1000150006000100c800000004000200",
                       "OVS_ACTION_ATTR_CHECK_PKT_LEN at offset 0: lacks "
                       "OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL");
    /* A bad action inside a clone is found at its offset. */
    check_decode_error("1000140004001000080001000200", "OVS_ACTION_ATTR_CLONE "
                       "at offset 0: length 16");
    check_decode_error("10001400040010000600010002000000",
                       "OVS_ACTION_ATTR_OUTPUT at offset 8: payload is 2 "
                       "bytes, expected 4");
}
END_TEST

START_TEST(test_decode_nat_contradictions)
{
    /* src and dst. */
    check_decode_error("10000c000c0006000400010004000200",
                       "OVS_NAT_ATTR_DST at offset 12: contradicts "
                       "OVS_NAT_ATTR_SRC");
    /* Options without src or dst. */
    check_decode_error("0c000c000800060004000700", "OVS_NAT_ATTR_PERSISTENT "
                       "at offset 8: needs OVS_NAT_ATTR_SRC or "
                       "OVS_NAT_ATTR_DST");
    check_decode_error("14000c00100006000400010004000800" "04000900",
                       "OVS_NAT_ATTR_PROTO_RANDOM at offset 16: contradicts "
                       "OVS_NAT_ATTR_PROTO_HASH");
    check_decode_error("14000c0010000600040001000800040001020304",
                       "OVS_NAT_ATTR_IP_MAX at offset 12: needs "
                       "OVS_NAT_ATTR_IP_MIN");
    check_decode_error("18000c00140006000400010009000300010203040500"
                       "0000", "OVS_NAT_ATTR_IP_MIN at offset 12: payload is 5 "
                       "bytes, expected 4 (IPv4) or 16 (IPv6)");
    check_decode_error("28000c0024000600040001000800030001020304"
                       "14000400fe800000000000000000000000000001",
                       "OVS_NAT_ATTR_IP_MAX at offset 20: payload is 16 "
                       "bytes, but OVS_NAT_ATTR_IP_MIN has 4");
    check_decode_error("1c000c00180006000400010008000300010203050800"
                       "040001020304", "OVS_NAT_ATTR_IP_MAX at offset 20: "
                       "below OVS_NAT_ATTR_IP_MIN");
    check_decode_error("14000c0010000600040001000600050050000000",
                       "OVS_NAT_ATTR_PROTO_MIN at offset 12: needs "
                       "OVS_NAT_ATTR_IP_MIN");
    check_decode_error("1c000c001800060004000100080003000a000001"
                       "0600060050000000", "OVS_NAT_ATTR_PROTO_MAX at offset "
                       "20: needs OVS_NAT_ATTR_PROTO_MIN");
    check_decode_error("1c000c001800060004000100080003000a000001"
                       "0600050000000000", "OVS_NAT_ATTR_PROTO_MIN at offset "
                       "20: port 0 is not a valid port");
    check_decode_error("24000c002000060004000100080003000a000001"
                       "06000500500000000600060040000000",
                       "OVS_NAT_ATTR_PROTO_MAX at offset 28: below "
                       "OVS_NAT_ATTR_PROTO_MIN");
    check_decode_error("10000c000c0006000400010004000100", "OVS_NAT_ATTR_SRC "
                       "at offset 12: given more than once");
}
END_TEST

START_TEST(test_decode_translation_order)
{
    /* OVS's translator writes nat flags before the ranges; the text is the
     * same, and parsing it writes them after. */
    check_decode("24000c0004000100060002000000000014000600040001000400090008"
                 "0003000a000001", "ct(commit,nat(src=10.0.0.1,random))");
}
END_TEST

START_TEST(test_decode_unaligned)
{
    /* The public entry point takes any buffer. */
    static const uint8_t bytes[] = {
        0xff, 0x10, 0x00, 0x0c, 0x00, 0x06, 0x00, 0x02, 0x00,
        0x05, 0x00, 0x00, 0x00, 0x04, 0x00, 0x01, 0x00,
    };
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert_msg(!ofct_odp_actions_format(bytes + 1, sizeof bytes - 1, &out,
                                           &err), "%s", err.msg);
    ck_assert_str_eq(ofct_buf_cstr(&out), "ct(commit,zone=5)");
    ofct_buf_uninit(&out);
}
END_TEST

/* Mutates valid encodings byte by byte and at random: every result must
 * decode or be refused, never read out of bounds (the sanitizer build
 * checks that), and what decodes must parse back. */
START_TEST(test_decode_mutations)
{
    static const char *const texts[] = {
        "ct(commit,zone=5,mark=0xa0a0a0a0/0xfefefefe,label=0x1/0xff,"
        "helper=ftp,timeout=tp,nat(src=10.1.1.240-10.1.1.255:1024-2048,"
        "persistent))",
        "clone(ct(nat(dst=[fe80::1]-[fe80::2]:1-2,hash)),ct_clear,1),"
        "check_pkt_len(size=9,gt(recirc(0x5)),le(drop)),drop",
    };
    uint32_t seed = 12345;
    int n_ok = 0, n_bad = 0;

    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++) {
        struct ofct_buf nl = OFCT_BUF_INITIALIZER;
        struct ofct_error err;

        ck_assert_msg(!ofct_odp_actions_parse(texts[t], &nl, &err), "%s",
                      err.msg);
        for (int round = 0; round < 20000; round++) {
            struct ofct_buf copy = OFCT_BUF_INITIALIZER;
            struct ofct_buf out = OFCT_BUF_INITIALIZER;
            struct ofct_buf again = OFCT_BUF_INITIALIZER;
            size_t len = nl.size;

            ofct_buf_put(&copy, nl.data, nl.size);
            for (int k = 0; k < 1 + round % 3; k++) {
                seed = seed * 1103515245 + 12345;
                copy.data[(seed >> 8) % copy.size] = seed >> 24;
            }
            if (round % 5 == 0) {
                len = (seed >> 4) % (nl.size + 1);
            }
            if (ofct_odp_actions_format(copy.data, len, &out, &err)) {
                n_bad++;
            } else {
                n_ok++;
                ck_assert_msg(!ofct_odp_actions_parse(ofct_buf_cstr(&out),
                                                      &again, &err),
                              "%s: %s", ofct_buf_cstr(&out), err.msg);
            }
            ofct_buf_uninit(&copy);
            ofct_buf_uninit(&out);
            ofct_buf_uninit(&again);
        }
        ofct_buf_uninit(&nl);
    }
    ck_assert_int_gt(n_ok, 0);
    ck_assert_int_gt(n_bad, 0);
}
END_TEST

static Suite *
odp_suite(void)
{
    Suite *s = suite_create("odp");
    TCase *tc;

    tc = tcase_create("ct");
    tcase_add_test(tc, test_ct_bare_and_flags);
    tcase_add_test(tc, test_ct_zone);
    tcase_add_test(tc, test_ct_mark);
    tcase_add_test(tc, test_ct_label);
    tcase_add_test(tc, test_ct_helper_timeout);
    tcase_add_test(tc, test_ct_order);
    suite_add_tcase(s, tc);

    tc = tcase_create("nat");
    tcase_add_test(tc, test_nat_forms);
    tcase_add_test(tc, test_nat_normalized);
    tcase_add_test(tc, test_nat_errors);
    suite_add_tcase(s, tc);

    tc = tcase_create("lists");
    tcase_add_test(tc, test_other_actions);
    tcase_add_test(tc, test_nesting_limit);
    tcase_add_test(tc, test_size_limit);
    suite_add_tcase(s, tc);

    tc = tcase_create("netlink");
    tcase_add_test(tc, test_decode_truncated);
    tcase_add_test(tc, test_decode_types);
    tcase_add_test(tc, test_decode_flags);
    tcase_add_test(tc, test_decode_lengths);
    tcase_add_test(tc, test_decode_ct_contradictions);
    tcase_add_test(tc, test_decode_nat_contradictions);
    tcase_add_test(tc, test_decode_translation_order);
    tcase_add_test(tc, test_decode_unaligned);
    tcase_add_test(tc, test_decode_mutations);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(odp_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
