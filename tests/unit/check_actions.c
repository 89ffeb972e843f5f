/* Unit tests for the OpenFlow action codec, through the public API only
 * (include/ofct/openflow.h): ofct_actions_parse/format/encode/decode, the
 * instruction variants, ofct_actions_count and the version names.
 *
 * Every expected value below is written out literally and comes from the
 * reference implementation, Open vSwitch 3.1's ovs-ofctl:
 *
 *   encodings   ovs-ofctl -O VERSION -mmmmm parse-flow 'MATCH,actions=TEXT'
 *               (the action list at the end of the flow_mod, inside its
 *               apply_actions instruction from OpenFlow 1.1 on; MATCH is
 *               "ip", or whatever the actions' prerequisites need);
 *   decodings   printf '%s\n' HEX | ovs-ofctl parse-actions VERSION
 *               (parse-instructions for instruction lists), which also
 *               shows how re-encoding the decoded actions changes the bytes;
 *   text errors the message of ovs-ofctl parse-flow (without "ovs-ofctl: ");
 *   wire errors NAME in "bad VERSION actions: NAME".
 *
 * Where ofct refuses on purpose something that ovs-ofctl accepts, the test
 * expects ofct's own message and says what ovs-ofctl does instead.  Rows
 * on which ofct once differed carry a "Regression" comment saying how
 * it used to go wrong (the test states what ovs-ofctl does).
 *
 * Handy: CK_RUN_CASE=roundtrip CK_VERBOSITY=verbose tests/check_actions. */
#include <config.h>

#include <check.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/openflow.h"
#include "ofct/util.h"

#define ARRAY_SIZE(A) (sizeof (A) / sizeof (A)[0])

/* ------------------------------------------------------------------ */
/* OpenFlow versions as bit masks, for table rows that hold for several. */

#define V10 (1u << OFCT_OFP10)
#define V11 (1u << OFCT_OFP11)
#define V12 (1u << OFCT_OFP12)
#define V13 (1u << OFCT_OFP13)
#define V14 (1u << OFCT_OFP14)
#define V15 (1u << OFCT_OFP15)
#define V10_11 (V10 | V11)
#define V12_14 (V12 | V13 | V14)
#define V10_14 (V10 | V11 | V12_14)
#define V11_14 (V11 | V12_14)
#define V12_UP (V12_14 | V15)
#define V11_UP (V11 | V12_UP)
#define V_ALL (V10 | V11_UP)

static const enum ofct_ofp_version all_versions[] = {
    OFCT_OFP10, OFCT_OFP11, OFCT_OFP12, OFCT_OFP13, OFCT_OFP14, OFCT_OFP15,
};

/* Table-driven tests run once per (row, version): Check's loop index
 * selects one of these pairs, so that each failure is reported alone. */
struct row_version {
    unsigned short row;
    unsigned char version;
};

/* Every versioned table row starts with its version mask. */
static size_t
flatten(const void *table, size_t n_rows, size_t row_size,
        struct row_version *out)
{
    size_t n = 0;

    for (size_t i = 0; i < n_rows; i++) {
        unsigned mask = *(const unsigned *) ((const char *) table
                                             + i * row_size);
        for (size_t j = 0; j < ARRAY_SIZE(all_versions); j++) {
            if (mask & (1u << all_versions[j])) {
                out[n].row = i;
                out[n].version = all_versions[j];
                n++;
            }
        }
    }
    return n;
}

#define FLATTEN(TABLE, PAIRS)                                           \
    flatten(TABLE, ARRAY_SIZE(TABLE), sizeof (TABLE)[0], PAIRS)

/* ------------------------------------------------------------------ */
/* Helpers.  Strings they return are malloc()ed; the caller frees them. */

static const char *
vname(enum ofct_ofp_version v)
{
    return ofct_ofp_version_to_string(v);
}

static void
hex_to_buf(const char *hex, struct ofct_buf *out)
{
    struct ofct_error err;

    ofct_buf_clear(out);
    ck_assert_msg(!ofct_hex_to_bytes(hex, out, &err),
                  "bad hex in test data: %s (%s)", hex, err.msg);
}

static char *
bytes_to_hex(const void *data, size_t n)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    char *s;

    ofct_bytes_to_hex(data, n, &b);
    s = strdup(ofct_buf_cstr(&b));
    ofct_buf_uninit(&b);
    return s;
}

static char *
format_acts(const struct ofct_actions *acts)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    char *s;

    ofct_actions_format(acts, &b);
    s = strdup(ofct_buf_cstr(&b));
    ofct_buf_uninit(&b);
    return s;
}

/* Encodes 'acts' (as instructions if 'insn') and returns the hex, or NULL
 * with 'err' set. */
static char *
encode_hex(const struct ofct_actions *acts, enum ofct_ofp_version v,
           bool insn, struct ofct_error *err)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    char *s = NULL;
    int rc;

    rc = (insn ? ofct_actions_encode_instructions(acts, v, &b, err)
               : ofct_actions_encode(acts, v, &b, err));
    if (!rc) {
        s = bytes_to_hex(b.data, b.size);
    }
    ofct_buf_uninit(&b);
    return s;
}

static int
decode_buf(struct ofct_actions *acts, const struct ofct_buf *b,
           enum ofct_ofp_version v, bool insn, struct ofct_error *err)
{
    return (insn
            ? ofct_actions_decode_instructions(acts, b->data, b->size, v, err)
            : ofct_actions_decode(acts, b->data, b->size, v, err));
}

/* Parses 'text' and asserts success. */
static void
parse_ok(struct ofct_actions *acts, const char *text, const char *where)
{
    struct ofct_error err;

    ck_assert_msg(!ofct_actions_parse(acts, text, &err),
                  "%.300s: parsing \"%.300s\" failed: %s", where, text,
                  err.msg);
}

/* Asserts that 'acts' encodes to 'hex' for 'v'. */
static void
check_encodes_to(const struct ofct_actions *acts, enum ofct_ofp_version v,
                 bool insn, const char *hex, const char *where,
                 const char *step)
{
    struct ofct_error err;
    char *got = encode_hex(acts, v, insn, &err);

    ck_assert_msg(got != NULL, "%s: %s: encoding failed: %s",
                  where, step, err.msg);
    ck_assert_msg(!strcmp(got, hex),
                  "%s: %s:\n  got      %.1000s\n  expected %.1000s",
                  where, step, got, hex);
    free(got);
}

/* Asserts that the text of 'acts' is 'text'. */
static void
check_formats_as(const struct ofct_actions *acts, const char *text,
                 const char *where, const char *step)
{
    char *got = format_acts(acts);

    ck_assert_msg(!strcmp(got, text),
                  "%s: %s:\n  got      %.1000s\n  expected %.1000s",
                  where, step, got, text);
    free(got);
}

/* Asserts a failed decode with OpenFlow error 'name' and a message. */
static void
check_decode_error(struct ofct_actions *acts, const struct ofct_buf *b,
                   enum ofct_ofp_version v, bool insn, const char *name,
                   const char *where)
{
    struct ofct_error err;
    int rc = decode_buf(acts, b, v, insn, &err);

    if (!rc) {
        char *text = format_acts(acts);
        ck_abort_msg("%s: decoded as \"%.1000s\", expected %s", where, text,
                     name);
        free(text);
    }
    ck_assert_int_eq(rc, -1);
    ck_assert_msg(!strcmp(ofct_ofperr_name(err.code), name),
                  "%s: error %s (%s), expected %s", where,
                  ofct_ofperr_name(err.code), err.msg, name);
    ck_assert_msg(err.msg[0] != '\0', "%s: error without a message", where);
}

/* ------------------------------------------------------------------ */
/* Round trip: text -> wire -> text -> wire, for every version.
 *
 * 'text' is parsed and encoded for each version in 'versions': that must
 * give 'hex'.  Decoding 'hex' must print 'norm' and re-encode to 'hex'.
 * Unless RT_LOSSY, parsing 'norm' must also give 'hex' back (for
 * ovs-ofctl it does; RT_LOSSY rows print text that means other bytes, such
 * as "nat(src)" for a NAT action with flags but no range). */

#define RT_LOSSY 1u

struct rt_case {
    unsigned versions;
    const char *text;
    const char *hex;
    const char *norm;
    unsigned flags;
};

static const struct rt_case rt_cases[] = {
    /* ct: flags, table, zone, alg */
    { V_ALL, "ct",
      "ffff00180000232000230000000000000000ff0000000000",
      "ct()", 0 },
    { V_ALL, "ct()",
      "ffff00180000232000230000000000000000ff0000000000",
      "ct()", 0 },
    { V_ALL, "ct(commit)",
      "ffff00180000232000230001000000000000ff0000000000",
      "ct(commit)", 0 },
    { V_ALL, "ct(commit,force)",
      "ffff00180000232000230003000000000000ff0000000000",
      "ct(commit,force)", 0 },
    { V_ALL, "ct(commit,force,force)",
      "ffff00180000232000230003000000000000ff0000000000",
      "ct(commit,force)", 0 },
    { V_ALL, "ct(table=0)",
      "ffff00180000232000230000000000000000000000000000",
      "ct(table=0)", 0 },
    { V_ALL, "ct(table=10)",
      "ffff001800002320002300000000000000000a0000000000",
      "ct(table=10)", 0 },
    { V_ALL, "ct(table=254)",
      "ffff00180000232000230000000000000000fe0000000000",
      "ct(table=254)", 0 },
    { V_ALL, "ct(zone=10)",
      "ffff0018000023200023000000000000000aff0000000000",
      "ct(zone=10)", 0 },
    { V_ALL, "ct(zone=0x10)",
      "ffff00180000232000230000000000000010ff0000000000",
      "ct(zone=16)", 0 },
    { V_ALL, "ct(zone=65535)",
      "ffff0018000023200023000000000000ffffff0000000000",
      "ct(zone=65535)", 0 },
    { V_ALL, "ct(zone=NXM_NX_REG0[0..15])",
      "ffff0018000023200023000000010004000fff0000000000",
      "ct(zone=NXM_NX_REG0[0..15])", 0 },
    { V_ALL, "ct(zone=NXM_NX_REG0[16..31])",
      "ffff0018000023200023000000010004040fff0000000000",
      "ct(zone=NXM_NX_REG0[16..31])", 0 },
    { V_ALL, "ct(zone=reg1[0..15])",
      "ffff0018000023200023000000010204000fff0000000000",
      "ct(zone=NXM_NX_REG1[0..15])", 0 },
    { V_ALL, "ct(zone=NXM_NX_XXREG0[112..127])",
      "ffff001800002320002300000001de101c0fff0000000000",
      "ct(zone=NXM_NX_XXREG0[112..127])", 0 },
    { V_ALL, "ct(alg=ftp)",
      "ffff00180000232000230000000000000000ff0000000015",
      "ct(alg=ftp)", 0 },
    { V_ALL, "ct(alg=tftp)",
      "ffff00180000232000230000000000000000ff0000000045",
      "ct(alg=tftp)", 0 },
    { V10_11,
      "ct(commit,nat(src),exec(set_field:1->ct_mark),alg=ftp,zone=3,table=4)",
      "ffff00400000232000230001000000000003040000000015"
      "ffff0010000023200024000000010000ffff001800002320"
      "0007001f0001d6040000000000000001",
      "ct(commit,table=4,zone=3,nat(src),exec(load:0x1->NXM_NX_CT_MARK[]),"
      "alg=ftp)",
      0 },
    { V12_UP,
      "ct(commit,nat(src),exec(set_field:1->ct_mark),alg=ftp,zone=3,table=4)",
      "ffff00380000232000230001000000000003040000000015"
      "ffff0010000023200024000000010000001900100001d604"
      "0000000100000000",
      "ct(commit,table=4,zone=3,nat(src),exec(set_field:0x1->ct_mark),"
      "alg=ftp)",
      0 },
    { V10_11,
      "ct(commit,force,zone=NXM_NX_REG5[0..15],table=7,exec(set_field:0xa-"
      ">ct_mark))",
      "ffff0030000023200023000300010a04000f070000000000"
      "ffff0018000023200007001f0001d604000000000000000a",
      "ct(commit,force,table=7,zone=NXM_NX_REG5[0..15],exec(load:0xa-"
      ">NXM_NX_CT_MARK[]))",
      0 },
    { V12_UP,
      "ct(commit,force,zone=NXM_NX_REG5[0..15],table=7,exec(set_field:0xa-"
      ">ct_mark))",
      "ffff0028000023200023000300010a04000f070000000000"
      "001900100001d6040000000a00000000",
      "ct(commit,force,table=7,zone=NXM_NX_REG5[0..15],exec(set_field:0xa-"
      ">ct_mark))",
      0 },
    { V_ALL, "ct(commit",
      "ffff00180000232000230001000000000000ff0000000000",
      "ct(commit)", 0 },

    /* ct: nat */
    { V_ALL, "ct(nat)",
      "ffff00280000232000230000000000000000ff0000000000"
      "ffff0010000023200024000000000000",
      "ct(nat)", 0 },
    { V_ALL, "ct(nat,table=5)",
      "ffff00280000232000230000000000000000050000000000"
      "ffff0010000023200024000000000000",
      "ct(table=5,nat)", 0 },
    { V_ALL, "ct(nat,nat)",
      "ffff00380000232000230000000000000000ff0000000000"
      "ffff0010000023200024000000000000ffff001000002320"
      "0024000000000000",
      "ct(nat,exec(nat))", 0 },
    { V_ALL, "ct(commit,nat(src))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000",
      "ct(commit,nat(src))", 0 },
    { V_ALL, "ct(commit,nat(dst))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000020000",
      "ct(commit,nat(dst))", 0 },
    { V_ALL, "ct(commit,nat(src)",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000",
      "ct(commit,nat(src))", 0 },
    { V_ALL, "ct(commit,nat(src=))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000",
      "ct(commit,nat(src))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.240,random))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000001100010a0000f000000000",
      "ct(commit,nat(src=10.0.0.240,random))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.240:32768-65535,random))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000001100310a0000f08000ffff",
      "ct(commit,nat(src=10.0.0.240:32768-65535,random))", 0 },
    { V_ALL, "ct(commit,nat(dst=10.0.0.128-10.0.0.254,hash))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000a00030a0000800a0000fe",
      "ct(commit,nat(dst=10.0.0.128-10.0.0.254,hash))", 0 },
    { V_ALL,
      "ct(commit,nat(src=10.0.0.240-10.0.0.254:32768-65535,persistent))",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000500330a0000f00a0000fe"
      "8000ffff00000000",
      "ct(commit,nat(src=10.0.0.240-10.0.0.254:32768-65535,persistent))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.1:80))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100110a00000100500000",
      "ct(commit,nat(src=10.0.0.1:80))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.1:80-80))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100310a00000100500050",
      "ct(commit,nat(src=10.0.0.1:80))", RT_LOSSY },
    { V_ALL, "ct(commit,nat(src=10.0.0.1-10.0.0.1))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100030a0000010a000001",
      "ct(commit,nat(src=10.0.0.1))", RT_LOSSY },
    { V_ALL, "ct(commit,nat(src=10.0.0.1:1))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100110a00000100010000",
      "ct(commit,nat(src=10.0.0.1:1))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.1:65535))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100110a000001ffff0000",
      "ct(commit,nat(src=10.0.0.1:65535))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.1:0))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100010a00000100000000",
      "ct(commit,nat(src=10.0.0.1))", 0 },
    { V_ALL, "ct(commit,nat(src=0.0.0.0))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000",
      "ct(commit,nat(src))", 0 },
    { V_ALL, "ct(commit,nat(src=255.255.255.255))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200024000000010001ffffffff00000000",
      "ct(commit,nat(src=255.255.255.255))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.1,persistent,hash))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000d00010a00000100000000",
      "ct(commit,nat(src=10.0.0.1,persistent,hash))", 0 },
    { V_ALL, "ct(commit,nat(src=10.0.0.1,persistent,random))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000001500010a00000100000000",
      "ct(commit,nat(src=10.0.0.1,persistent,random))", 0 },
    { V_ALL, "ct(commit,nat(dst=10.0.0.1),nat(src=10.0.0.2))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000200010a00000100000000"
      "ffff00180000232000240000000100010a00000200000000",
      "ct(commit,nat(dst=10.0.0.1),exec(nat(src=10.0.0.2)))", 0 },
    /* ofct(8), deliberate: ovs-ofctl prints ct(commit,nat(src)), dropping
     * the flag */
    { V_ALL, "ct(commit,nat(src,random))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000110000",
      "ct(commit,nat(src,random))", 0 },
    /* ofct(8), deliberate: ovs-ofctl prints ct(commit,nat(src)), dropping
     * the flag */
    { V_ALL, "ct(commit,nat(src,persistent))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000050000",
      "ct(commit,nat(src,persistent))", 0 },
    /* ofct(8), deliberate: ovs-ofctl prints ct(commit,nat(dst)), dropping
     * the flag */
    { V_ALL, "ct(commit,nat(dst,hash))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff00100000232000240000000a0000",
      "ct(commit,nat(dst,hash))", 0 },
    { V_ALL, "ct(commit,nat(src=fe80::20c:29ff:fe88:a18b,random))",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff0020000023200024000000110004fe80000000000000"
      "020c29fffe88a18b",
      "ct(commit,nat(src=fe80::20c:29ff:fe88:a18b,random))", 0 },
    { V_ALL,
      "ct(commit,nat(src=fe80::20c:29ff:fe88:1-fe80::20c:29ff:fe88:a18b,"
      "random))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff003000002320002400000011000cfe80000000000000"
      "020c29fffe880001fe80000000000000020c29fffe88a18b",
      "ct(commit,nat(src=fe80::20c:29ff:fe88:1-fe80::20c:29ff:fe88:a18b,"
      "random))",
      0 },
    { V_ALL,
      "ct(commit,nat(src=[fe80::20c:29ff:fe88:1]-"
      "[fe80::20c:29ff:fe88:a18b]:255-4096,random))",
      "ffff00500000232000230001000000000000ff0000000000"
      "ffff003800002320002400000011003cfe80000000000000"
      "020c29fffe880001fe80000000000000020c29fffe88a18b"
      "00ff100000000000",
      "ct(commit,nat(src=[fe80::20c:29ff:fe88:1]-"
      "[fe80::20c:29ff:fe88:a18b]:255-4096,random))",
      0 },
    { V_ALL, "ct(commit,nat(dst=[::1]:443))",
      "ffff00400000232000230001000000000000ff0000000000"
      "ffff00280000232000240000000200140000000000000000"
      "000000000000000101bb000000000000",
      "ct(commit,nat(dst=[::1]:443))", 0 },
    { V_ALL, "ct(commit,nat(dst=::1))",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000200040000000000000000"
      "0000000000000001",
      "ct(commit,nat(dst=::1))", 0 },
    { V_ALL, "ct(commit,nat(dst=[2001:db8::1]))",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff002000002320002400000002000420010db800000000"
      "0000000000000001",
      "ct(commit,nat(dst=2001:db8::1))", 0 },
    { V_ALL, "ct(commit,nat(src=::1:80))",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000100040000000000000000"
      "0000000000010080",
      "ct(commit,nat(src=::0.1.0.128))", 0 },
    { V_ALL, "ct(commit,nat(src=::ffff:10.0.0.1))",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000100040000000000000000"
      "0000ffff0a000001",
      "ct(commit,nat(src=::ffff:10.0.0.1))", 0 },

    /* ct: exec with ct_mark / ct_label */
    { V10_11, "ct(commit,exec(set_field:1->ct_mark))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[]))", 0 },
    { V12_UP, "ct(commit,exec(set_field:1->ct_mark))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d6040000000100000000",
      "ct(commit,exec(set_field:0x1->ct_mark))", 0 },
    { V10_11, "ct(commit,exec(set_field:0xffffffff->ct_mark))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d60400000000ffffffff",
      "ct(commit,exec(load:0xffffffff->NXM_NX_CT_MARK[]))", 0 },
    { V12_UP, "ct(commit,exec(set_field:0xffffffff->ct_mark))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d604ffffffff00000000",
      "ct(commit,exec(set_field:0xffffffff->ct_mark))", 0 },
    { V10_14, "ct(commit,exec(load:0xf009->NXM_NX_CT_MARK[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d604000000000000f009",
      "ct(commit,exec(load:0xf009->NXM_NX_CT_MARK[]))", 0 },
    { V15, "ct(commit,exec(load:0xf009->NXM_NX_CT_MARK[]))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d6040000f00900000000",
      "ct(commit,exec(set_field:0xf009->ct_mark))", 0 },
    { V10_14, "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[3..7]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff001800002320000700c40001d6040000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[3..7]))", 0 },
    { V15, "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[3..7]))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d70800000008000000f8",
      "ct(commit,exec(set_field:0x8/0xf8->ct_mark))", 0 },
    { V10_14, "ct(commit,exec(set_field:0x1/0x1->ct_mark))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff001800002320000700000001d6040000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[0]))", 0 },
    { V15, "ct(commit,exec(set_field:0x1/0x1->ct_mark))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d7080000000100000001",
      "ct(commit,exec(set_field:0x1/0x1->ct_mark))", 0 },
    { V10_14, "ct(commit,exec(set_field:0x5/0xf0f->ct_mark))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff001800002320000700030001d6040000000000000005"
      "ffff001800002320000702030001d6040000000000000000",
      "ct(commit,exec(load:0x5->NXM_NX_CT_MARK[0..3],load:0-"
      ">NXM_NX_CT_MARK[8..11]))",
      0 },
    { V15, "ct(commit,exec(set_field:0x5/0xf0f->ct_mark))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d7080000000500000f0f",
      "ct(commit,exec(set_field:0x5/0xf0f->ct_mark))", 0 },
    { V10_11,
      "ct(commit,exec(set_field:0x123456789abcdef0fedcba9876543210-"
      ">ct_label))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff0018000023200007003f0001d810fedcba9876543210"
      "ffff0018000023200007103f0001d810123456789abcdef0",
      "ct(commit,exec(load:0xfedcba9876543210->NXM_NX_CT_LABEL[0..63],"
      "load:0x123456789abcdef0->NXM_NX_CT_LABEL[64..127]))",
      0 },
    { V12_UP,
      "ct(commit,exec(set_field:0x123456789abcdef0fedcba9876543210-"
      ">ct_label))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001900180001d810123456789abcdef0fedcba9876543210",
      "ct(commit,exec(set_field:0x123456789abcdef0fedcba9876543210-"
      ">ct_label))",
      0 },
    { V10_11, "ct(commit,exec(set_field:1->ct_label))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff0018000023200007003f0001d8100000000000000001"
      "ffff0018000023200007103f0001d8100000000000000000",
      "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[0..63],load:0-"
      ">NXM_NX_CT_LABEL[64..127]))",
      0 },
    { V12_UP, "ct(commit,exec(set_field:1->ct_label))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001900180001d81000000000000000000000000000000001",
      "ct(commit,exec(set_field:0x1->ct_label))", 0 },
    { V10_14, "ct(commit,exec(set_field:0x1/0xff->ct_label))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff001800002320000700070001d8100000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[0..7]))", 0 },
    { V15, "ct(commit,exec(set_field:0x1/0xff->ct_label))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000000000000000000001"
      "000000000000000000000000000000ff",
      "ct(commit,exec(set_field:0x1/0xff->ct_label))", 0 },
    { V10_14,
      "ct(commit,exec(set_field:0x10000000000000000/0xffff0000000000000000-"
      ">ct_label))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007100f0001d8100000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[64..79]))", 0 },
    { V15,
      "ct(commit,exec(set_field:0x10000000000000000/0xffff0000000000000000-"
      ">ct_label))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000010000000000000000"
      "000000000000ffff0000000000000000",
      "ct(commit,exec(set_field:0x10000000000000000/0xffff0000000000000000-"
      ">ct_label))",
      0 },
    { V10_11,
      "ct(commit,exec(set_field:0xffffffffffffffffffffffffffffffff-"
      ">ct_label))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff0018000023200007003f0001d810ffffffffffffffff"
      "ffff0018000023200007103f0001d810ffffffffffffffff",
      "ct(commit,exec(load:0xffffffffffffffff->NXM_NX_CT_LABEL[0..63],"
      "load:0xffffffffffffffff->NXM_NX_CT_LABEL[64..127]))",
      0 },
    { V12_UP,
      "ct(commit,exec(set_field:0xffffffffffffffffffffffffffffffff-"
      ">ct_label))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001900180001d810ffffffffffffffffffffffffffffffff",
      "ct(commit,exec(set_field:0xffffffffffffffffffffffffffffffff-"
      ">ct_label))",
      0 },
    { V10_14,
      "ct(commit,"
      "exec(set_field:0x8000000000000000000000000000000f/0x80000000000000000"
      "00000000000000f->ct_label))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff001800002320000700030001d810000000000000000f"
      "ffff00180000232000071fc00001d8100000000000000001",
      "ct(commit,exec(load:0xf->NXM_NX_CT_LABEL[0..3],load:0x1-"
      ">NXM_NX_CT_LABEL[127]))",
      0 },
    { V15,
      "ct(commit,"
      "exec(set_field:0x8000000000000000000000000000000f/0x80000000000000000"
      "00000000000000f->ct_label))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d9208000000000000000000000000000000f"
      "8000000000000000000000000000000f",
      "ct(commit,"
      "exec(set_field:0x8000000000000000000000000000000f/0x80000000000000000"
      "00000000000000f->ct_label))",
      0 },
    { V10_14, "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[64..127]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007103f0001d8100000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[64..127]))", 0 },
    { V15, "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[64..127]))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000010000000000000000"
      "ffffffffffffffff0000000000000000",
      "ct(commit,"
      "exec(set_field:0x10000000000000000/0xffffffffffffffff0000000000000000"
      "->ct_label))",
      0 },
    { V10_14,
      "ct(commit,exec(load:0->NXM_NX_CT_LABEL[64..127],load:0x1d-"
      ">NXM_NX_CT_LABEL[0..63]))",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff0018000023200007103f0001d8100000000000000000"
      "ffff0018000023200007003f0001d810000000000000001d",
      "ct(commit,exec(load:0->NXM_NX_CT_LABEL[64..127],load:0x1d-"
      ">NXM_NX_CT_LABEL[0..63]))",
      0 },
    { V15,
      "ct(commit,exec(load:0->NXM_NX_CT_LABEL[64..127],load:0x1d-"
      ">NXM_NX_CT_LABEL[0..63]))",
      "ffff00680000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000000000000000000000"
      "ffffffffffffffff0000000000000000001900280001d920"
      "0000000000000000000000000000001d0000000000000000"
      "ffffffffffffffff",
      "ct(commit,exec(set_field:0/0xffffffffffffffff0000000000000000-"
      ">ct_label,set_field:0x1d/0xffffffffffffffff->ct_label))",
      0 },
    { V10_14,
      "ct(commit,exec(load:0xffffffffffffffff->NXM_NX_CT_LABEL[32..95]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007083f0001d810ffffffffffffffff",
      "ct(commit,exec(load:0xffffffffffffffff->NXM_NX_CT_LABEL[32..95]))", 0 },
    { V15, "ct(commit,exec(load:0xffffffffffffffff->NXM_NX_CT_LABEL[32..95]))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000ffffffffffffffff00000000"
      "00000000ffffffffffffffff00000000",
      "ct(commit,"
      "exec(set_field:0xffffffffffffffff00000000/0xffffffffffffffff00000000-"
      ">ct_label))",
      0 },
    { V10_14, "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200006002000000000000100040001d604",
      "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))", 0 },
    { V15, "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001c00180020000000000000000100040001d60400000000",
      "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))", 0 },
    { V10_14, "ct(commit,exec(move:NXM_NX_XXREG0[]->NXM_NX_CT_LABEL[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000060080000000000001de100001d810",
      "ct(commit,exec(move:NXM_NX_XXREG0[]->NXM_NX_CT_LABEL[]))", 0 },
    { V15, "ct(commit,exec(move:NXM_NX_XXREG0[]->NXM_NX_CT_LABEL[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001c001800800000000000000001de100001d81000000000",
      "ct(commit,exec(move:NXM_NX_XXREG0[]->NXM_NX_CT_LABEL[]))", 0 },
    { V10_14,
      "ct(commit,exec(move:NXM_NX_REG1[0..7]->NXM_NX_CT_LABEL[120..127]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200006000800000078000102040001d810",
      "ct(commit,exec(move:NXM_NX_REG1[0..7]->NXM_NX_CT_LABEL[120..127]))",
      0 },
    { V15,
      "ct(commit,exec(move:NXM_NX_REG1[0..7]->NXM_NX_CT_LABEL[120..127]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001c00180008000000780000000102040001d81000000000",
      "ct(commit,exec(move:NXM_NX_REG1[0..7]->NXM_NX_CT_LABEL[120..127]))",
      0 },
    { V10_11, "ct(commit,exec(set_field:1->ct_mark,set_field:2->ct_label))",
      "ffff00600000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001"
      "ffff0018000023200007003f0001d8100000000000000002"
      "ffff0018000023200007103f0001d8100000000000000000",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[],load:0x2-"
      ">NXM_NX_CT_LABEL[0..63],load:0->NXM_NX_CT_LABEL[64..127]))",
      0 },
    { V12_UP, "ct(commit,exec(set_field:1->ct_mark,set_field:2->ct_label))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900100001d6040000000100000000001900180001d810"
      "00000000000000000000000000000002",
      "ct(commit,exec(set_field:0x1->ct_mark,set_field:0x2->ct_label))", 0 },
    { V10_11, "ct(commit,exec(set_field:1->ct_mark),nat(src))",
      "ffff00400000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001"
      "ffff0010000023200024000000010000",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[],nat(src)))", 0 },
    { V12_UP, "ct(commit,exec(set_field:1->ct_mark),nat(src))",
      "ffff00380000232000230001000000000000ff0000000000"
      "001900100001d6040000000100000000ffff001000002320"
      "0024000000010000",
      "ct(commit,exec(set_field:0x1->ct_mark,nat(src)))", 0 },
    { V_ALL, "ct(commit,exec(nat(src)))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000",
      "ct(commit,nat(src))", 0 },
    { V_ALL, "ct(commit,exec(drop))",
      "ffff00180000232000230001000000000000ff0000000000",
      "ct(commit)", 0 },
    { V_ALL, "ct(commit,exec())",
      "ffff00180000232000230001000000000000ff0000000000",
      "ct(commit)", 0 },

    /* ct_clear and lists */
    { V_ALL, "ct_clear",
      "ffff001000002320002b000000000000",
      "ct_clear", 0 },
    { V_ALL, "ct_clear,ct_clear",
      "ffff001000002320002b000000000000ffff001000002320"
      "002b000000000000",
      "ct_clear,ct_clear", 0 },
    { V_ALL, "ct_clear,ct(commit)",
      "ffff001000002320002b000000000000ffff001800002320"
      "00230001000000000000ff0000000000",
      "ct_clear,ct(commit)", 0 },
    { V10, "ct(commit),output:1",
      "ffff00180000232000230001000000000000ff0000000000"
      "0000000800010000",
      "ct(commit),output:1", 0 },
    { V11_UP, "ct(commit),output:1",
      "ffff00180000232000230001000000000000ff0000000000"
      "00000010000000010000000000000000",
      "ct(commit),output:1", 0 },
    { V_ALL, "ct(commit,table=1),ct(commit,table=2)",
      "ffff00180000232000230001000000000000010000000000"
      "ffff00180000232000230001000000000000020000000000",
      "ct(commit,table=1),ct(commit,table=2)", 0 },

    /* output */
    { V10, "output:1",
      "0000000800010000",
      "output:1", 0 },
    { V11_UP, "output:1",
      "00000010000000010000000000000000",
      "output:1", 0 },
    { V10, "1",
      "0000000800010000",
      "output:1", 0 },
    { V11_UP, "1",
      "00000010000000010000000000000000",
      "output:1", 0 },
    { V10, "output:0",
      "0000000800000000",
      "output:0", 0 },
    { V11_UP, "output:0",
      "00000010000000000000000000000000",
      "output:0", 0 },
    { V10, "output:65279",
      "00000008feff0000",
      "output:65279", 0 },
    { V11_UP, "output:65279",
      "000000100000feff0000000000000000",
      "output:65279", 0 },
    { V10, "65279",
      "00000008feff0000",
      "output:65279", 0 },
    { V11_UP, "65279",
      "000000100000feff0000000000000000",
      "output:65279", 0 },
    { V10, "IN_PORT",
      "00000008fff80000",
      "IN_PORT", 0 },
    { V11_UP, "IN_PORT",
      "00000010fffffff80000000000000000",
      "IN_PORT", 0 },
    { V10, "in_port",
      "00000008fff80000",
      "IN_PORT", 0 },
    { V11_UP, "in_port",
      "00000010fffffff80000000000000000",
      "IN_PORT", 0 },
    { V10, "output:IN_PORT",
      "00000008fff80000",
      "IN_PORT", 0 },
    { V11_UP, "output:IN_PORT",
      "00000010fffffff80000000000000000",
      "IN_PORT", 0 },
    { V10, "TABLE",
      "00000008fff90000",
      "TABLE", 0 },
    { V11_UP, "TABLE",
      "00000010fffffff90000000000000000",
      "TABLE", 0 },
    { V10, "NORMAL",
      "00000008fffa0000",
      "NORMAL", 0 },
    { V11_UP, "NORMAL",
      "00000010fffffffa0000000000000000",
      "NORMAL", 0 },
    { V10, "FLOOD",
      "00000008fffb0000",
      "FLOOD", 0 },
    { V11_UP, "FLOOD",
      "00000010fffffffb0000000000000000",
      "FLOOD", 0 },
    { V10, "ALL",
      "00000008fffc0000",
      "ALL", 0 },
    { V11_UP, "ALL",
      "00000010fffffffc0000000000000000",
      "ALL", 0 },
    { V10, "CONTROLLER",
      "00000008fffdffff",
      "CONTROLLER:65535", 0 },
    { V11_UP, "CONTROLLER",
      "00000010fffffffdffff000000000000",
      "CONTROLLER:65535", 0 },
    { V10, "LOCAL",
      "00000008fffe0000",
      "LOCAL", 0 },
    { V11_UP, "LOCAL",
      "00000010fffffffe0000000000000000",
      "LOCAL", 0 },
    { V10, "output:LOCAL",
      "00000008fffe0000",
      "LOCAL", 0 },
    { V11_UP, "output:LOCAL",
      "00000010fffffffe0000000000000000",
      "LOCAL", 0 },
    { V10, "output:NORMAL",
      "00000008fffa0000",
      "NORMAL", 0 },
    { V11_UP, "output:NORMAL",
      "00000010fffffffa0000000000000000",
      "NORMAL", 0 },
    { V10, "output:CONTROLLER",
      "00000008fffdffff",
      "CONTROLLER:65535", 0 },
    { V11_UP, "output:CONTROLLER",
      "00000010fffffffdffff000000000000",
      "CONTROLLER:65535", 0 },
    { V10, "output:4294967294",
      "00000008fffe0000",
      "LOCAL", 0 },
    { V11_UP, "output:4294967294",
      "00000010fffffffe0000000000000000",
      "LOCAL", 0 },
    { V10, "1,2,3",
      "000000080001000000000008000200000000000800030000",
      "output:1,output:2,output:3", 0 },
    { V11_UP, "1,2,3",
      "000000100000000100000000000000000000001000000002"
      "000000000000000000000010000000030000000000000000",
      "output:1,output:2,output:3", 0 },

    /* controller */
    { V10, "controller",
      "00000008fffdffff",
      "CONTROLLER:65535", 0 },
    { V11_UP, "controller",
      "00000010fffffffdffff000000000000",
      "CONTROLLER:65535", 0 },
    { V10, "controller:100",
      "00000008fffd0064",
      "CONTROLLER:100", 0 },
    { V11_UP, "controller:100",
      "00000010fffffffd0064000000000000",
      "CONTROLLER:100", 0 },
    { V10, "controller:0",
      "00000008fffd0000",
      "CONTROLLER:0", 0 },
    { V11_UP, "controller:0",
      "00000010fffffffd0000000000000000",
      "CONTROLLER:0", 0 },
    { V10, "CONTROLLER:0",
      "00000008fffd0000",
      "CONTROLLER:0", 0 },
    { V11_UP, "CONTROLLER:0",
      "00000010fffffffd0000000000000000",
      "CONTROLLER:0", 0 },
    { V10, "controller(max_len=100)",
      "00000008fffd0064",
      "CONTROLLER:100", 0 },
    { V11_UP, "controller(max_len=100)",
      "00000010fffffffd0064000000000000",
      "CONTROLLER:100", 0 },
    { V10, "controller(max_len=65535)",
      "00000008fffdffff",
      "CONTROLLER:65535", 0 },
    { V11_UP, "controller(max_len=65535)",
      "00000010fffffffdffff000000000000",
      "CONTROLLER:65535", 0 },
    { V10, "controller(reason=action)",
      "00000008fffdffff",
      "CONTROLLER:65535", 0 },
    { V11_UP, "controller(reason=action)",
      "00000010fffffffdffff000000000000",
      "CONTROLLER:65535", 0 },
    { V_ALL, "controller(reason=no_match)",
      "ffff0010000023200014ffff00000000",
      "controller(reason=no_match)", 0 },
    { V_ALL, "controller(reason=invalid_ttl,max_len=50,id=2)",
      "ffff0010000023200014003200020200",
      "controller(reason=invalid_ttl,max_len=50,id=2)", 0 },
    { V_ALL, "controller(id=5)",
      "ffff0010000023200014ffff00050100",
      "controller(id=5)", 0 },
    { V_ALL, "controller(reason=action_set)",
      "ffff0010000023200014ffff00000300",
      "controller(reason=action_set)", 0 },
    { V_ALL, "controller(reason=group)",
      "ffff0010000023200014ffff00000400",
      "controller(reason=group)", 0 },
    { V_ALL, "controller(reason=packet_out)",
      "ffff0010000023200014ffff00000500",
      "controller(reason=packet_out)", 0 },
    { V_ALL, "controller(reason=no_match,id=65535,max_len=0)",
      "ffff00100000232000140000ffff0000",
      "controller(reason=no_match,max_len=0,id=65535)", 0 },

    /* resubmit */
    { V_ALL, "resubmit:5",
      "ffff001000002320000e0005ff000000",
      "resubmit:5", 0 },
    { V_ALL, "resubmit(5)",
      "ffff001000002320000e0005ff000000",
      "resubmit:5", 0 },
    { V_ALL, "resubmit:LOCAL",
      "ffff001000002320000efffeff000000",
      "resubmit:LOCAL", 0 },
    { V_ALL, "resubmit:65279",
      "ffff001000002320000efeffff000000",
      "resubmit:65279", 0 },
    { V_ALL, "resubmit(,3)",
      "ffff001000002320000efff803000000",
      "resubmit(,3)", 0 },
    { V_ALL, "resubmit(5,3)",
      "ffff001000002320000e000503000000",
      "resubmit(5,3)", 0 },
    { V_ALL, "resubmit(IN_PORT,4)",
      "ffff001000002320000efff804000000",
      "resubmit(,4)", 0 },
    { V_ALL, "resubmit(LOCAL,1)",
      "ffff001000002320000efffe01000000",
      "resubmit(LOCAL,1)", 0 },
    { V_ALL, "resubmit(,0)",
      "ffff001000002320000efff800000000",
      "resubmit(,0)", 0 },
    { V_ALL, "resubmit(,254)",
      "ffff001000002320000efff8fe000000",
      "resubmit(,254)", 0 },
    { V_ALL, "resubmit(,3,ct)",
      "ffff001000002320002cfff803000000",
      "resubmit(,3,ct)", 0 },
    /* Deliberate: ovs-ofctl prints these bytes as resubmit:5 (with no
     * table it prints the short form and drops ",ct"), which does not
     * parse back to them; ofct prints resubmit(5,,ct) (ofct(8)). */
    { V_ALL, "resubmit(5,,ct)",
      "ffff001000002320002c0005ff000000",
      "resubmit(5,,ct)", 0 },
    { V_ALL, "resubmit(5,3,ct)",
      "ffff001000002320002c000503000000",
      "resubmit(5,3,ct)", 0 },

    /* set_field */
    { V10_11, "set_field:1->reg0",
      "ffff0018000023200007001f000100040000000000000001",
      "load:0x1->NXM_NX_REG0[]", 0 },
    { V12_UP, "set_field:1->reg0",
      "00190010000100040000000100000000",
      "set_field:0x1->reg0", 0 },
    { V10_11, "set_field:0xffffffff->reg15",
      "ffff0018000023200007001f00011e0400000000ffffffff",
      "load:0xffffffff->NXM_NX_REG15[]", 0 },
    { V12_UP, "set_field:0xffffffff->reg15",
      "0019001000011e04ffffffff00000000",
      "set_field:0xffffffff->reg15", 0 },
    { V10_14, "set_field:0x1/0x1->reg0",
      "ffff00180000232000070000000100040000000000000001",
      "load:0x1->NXM_NX_REG0[0]", 0 },
    { V15, "set_field:0x1/0x1->reg0",
      "00190010000101080000000100000001",
      "set_field:0x1/0x1->reg0", 0 },
    { V10_14, "set_field:0x10/0xf0->reg3",
      "ffff00180000232000070103000106040000000000000001",
      "load:0x1->NXM_NX_REG3[4..7]", 0 },
    { V15, "set_field:0x10/0xf0->reg3",
      "001900100001070800000010000000f0",
      "set_field:0x10/0xf0->reg3", 0 },
    { V10_11, "set_field:0x123456789abcdef0->xreg0",
      "ffff0018000023200007003f80010008123456789abcdef0",
      "load:0x123456789abcdef0->OXM_OF_PKT_REG0[]", 0 },
    { V12_UP, "set_field:0x123456789abcdef0->xreg0",
      "0019001080010008123456789abcdef0",
      "set_field:0x123456789abcdef0->xreg0", 0 },
    { V10_11, "set_field:0x123456789abcdef0fedcba9876543210->xxreg0",
      "ffff0018000023200007003f0001de10fedcba9876543210"
      "ffff0018000023200007103f0001de10123456789abcdef0",
      "load:0xfedcba9876543210->NXM_NX_XXREG0[0..63],"
      "load:0x123456789abcdef0->NXM_NX_XXREG0[64..127]",
      0 },
    { V12_UP, "set_field:0x123456789abcdef0fedcba9876543210->xxreg0",
      "001900180001de10123456789abcdef0fedcba9876543210",
      "set_field:0x123456789abcdef0fedcba9876543210->xxreg0", 0 },
    { V10_14, "set_field:0x1/0x1->xxreg3",
      "ffff001800002320000700000001e4100000000000000001",
      "load:0x1->NXM_NX_XXREG3[0]", 0 },
    { V15, "set_field:0x1/0x1->xxreg3",
      "001900280001e52000000000000000000000000000000001"
      "00000000000000000000000000000001",
      "set_field:0x1/0x1->xxreg3", 0 },
    { V10_11, "set_field:0xfedcba9876543210->metadata",
      "ffff0018000023200007003f80000408fedcba9876543210",
      "load:0xfedcba9876543210->OXM_OF_METADATA[]", 0 },
    { V12_UP, "set_field:0xfedcba9876543210->metadata",
      "0019001080000408fedcba9876543210",
      "set_field:0xfedcba9876543210->metadata", 0 },
    { V10_14, "set_field:0x1/0x1->metadata",
      "ffff00180000232000070000800004080000000000000001",
      "load:0x1->OXM_OF_METADATA[0]", 0 },
    { V15, "set_field:0x1/0x1->metadata",
      "001900188000051000000000000000010000000000000001",
      "set_field:0x1/0x1->metadata", 0 },
    { V10_11, "set_field:0x12345678->pkt_mark",
      "ffff0018000023200007001f000142040000000012345678",
      "load:0x12345678->NXM_NX_PKT_MARK[]", 0 },
    { V12_UP, "set_field:0x12345678->pkt_mark",
      "00190010000142041234567800000000",
      "set_field:0x12345678->pkt_mark", 0 },
    { V10_11, "set_field:5->in_port",
      "ffff0018000023200007000f000000020000000000000005",
      "load:0x5->NXM_OF_IN_PORT[]", 0 },
    { V12_UP, "set_field:5->in_port",
      "00190010000000020005000000000000",
      "set_field:5->in_port", 0 },
    { V10, "set_field:00:11:22:33:44:55->eth_src",
      "00040010001122334455000000000000",
      "mod_dl_src:00:11:22:33:44:55", 0 },
    { V11, "set_field:00:11:22:33:44:55->eth_src",
      "00030010001122334455000000000000",
      "mod_dl_src:00:11:22:33:44:55", 0 },
    { V12_UP, "set_field:00:11:22:33:44:55->eth_src",
      "00190010800008060011223344550000",
      "set_field:00:11:22:33:44:55->eth_src", 0 },
    { V10, "set_field:00:11:22:33:44:55->eth_dst",
      "00050010001122334455000000000000",
      "mod_dl_dst:00:11:22:33:44:55", 0 },
    { V11, "set_field:00:11:22:33:44:55->eth_dst",
      "00040010001122334455000000000000",
      "mod_dl_dst:00:11:22:33:44:55", 0 },
    { V12_UP, "set_field:00:11:22:33:44:55->eth_dst",
      "00190010800006060011223344550000",
      "set_field:00:11:22:33:44:55->eth_dst", 0 },
    { V10, "set_field:00:11:22:33:44:55->dl_src",
      "00040010001122334455000000000000",
      "mod_dl_src:00:11:22:33:44:55", 0 },
    { V11, "set_field:00:11:22:33:44:55->dl_src",
      "00030010001122334455000000000000",
      "mod_dl_src:00:11:22:33:44:55", 0 },
    { V12_UP, "set_field:00:11:22:33:44:55->dl_src",
      "00190010800008060011223344550000",
      "set_field:00:11:22:33:44:55->eth_src", 0 },
    /* ofct(8), deliberate: for OpenFlow 1.0/1.1 ovs-ofctl writes the legacy
     * action 00040010001122000000000000000000, dropping the mask */
    { V10_14, "set_field:00:11:22:00:00:00/ff:ff:ff:00:00:00->eth_src",
      "ffff00180000232000070617000004060000000000001122",
      "load:0x1122->NXM_OF_ETH_SRC[24..47]", 0 },
    { V15, "set_field:00:11:22:00:00:00/ff:ff:ff:00:00:00->eth_src",
      "001900188000090c001122000000ffffff00000000000000",
      "set_field:00:11:22:00:00:00/ff:ff:ff:00:00:00->eth_src", 0 },
    { V10, "set_field:1.2.3.4->ip_src",
      "0006000801020304",
      "mod_nw_src:1.2.3.4", 0 },
    { V11, "set_field:1.2.3.4->ip_src",
      "0005000801020304",
      "mod_nw_src:1.2.3.4", 0 },
    { V12_UP, "set_field:1.2.3.4->ip_src",
      "00190010800016040102030400000000",
      "set_field:1.2.3.4->ip_src", 0 },
    { V10, "set_field:1.2.3.4->ip_dst",
      "0007000801020304",
      "mod_nw_dst:1.2.3.4", 0 },
    { V11, "set_field:1.2.3.4->ip_dst",
      "0006000801020304",
      "mod_nw_dst:1.2.3.4", 0 },
    { V12_UP, "set_field:1.2.3.4->ip_dst",
      "00190010800018040102030400000000",
      "set_field:1.2.3.4->ip_dst", 0 },
    { V10, "set_field:1.2.3.4->nw_src",
      "0006000801020304",
      "mod_nw_src:1.2.3.4", 0 },
    { V11, "set_field:1.2.3.4->nw_src",
      "0005000801020304",
      "mod_nw_src:1.2.3.4", 0 },
    { V12_UP, "set_field:1.2.3.4->nw_src",
      "00190010800016040102030400000000",
      "set_field:1.2.3.4->ip_src", 0 },
    /* ofct(8), deliberate: for OpenFlow 1.0/1.1 ovs-ofctl writes the legacy
     * action 0007000801020000, dropping the mask */
    { V10_14, "set_field:1.2.0.0/255.255.0.0->ip_dst",
      "ffff0018000023200007040f000010040000000000000102",
      "load:0x102->NXM_OF_IP_DST[16..31]", 0 },
    { V15, "set_field:1.2.0.0/255.255.0.0->ip_dst",
      "001900108000190801020000ffff0000",
      "set_field:1.2.0.0/16->ip_dst", 0 },
    /* ofct(8), deliberate: for OpenFlow 1.0/1.1 ovs-ofctl writes the legacy
     * action 0006000801020000, dropping the mask */
    { V10_14, "set_field:1.2.0.0/16->ip_src",
      "ffff0018000023200007040f00000e040000000000000102",
      "load:0x102->NXM_OF_IP_SRC[16..31]", 0 },
    { V15, "set_field:1.2.0.0/16->ip_src",
      "001900108000170801020000ffff0000",
      "set_field:1.2.0.0/16->ip_src", 0 },
    /* ofct(8), deliberate: for OpenFlow 1.0/1.1 ovs-ofctl writes the legacy
     * action 0006000801020304, dropping the mask */
    { V10_14, "set_field:1.2.3.4/1.2.3.4->ip_src",
      "ffff0018000023200007008000000e040000000000000001"
      "ffff0018000023200007020100000e040000000000000003"
      "ffff0018000023200007044000000e040000000000000001"
      "ffff0018000023200007060000000e040000000000000001",
      "load:0x1->NXM_OF_IP_SRC[2],load:0x3->NXM_OF_IP_SRC[8..9],load:0x1-"
      ">NXM_OF_IP_SRC[17],load:0x1->NXM_OF_IP_SRC[24]",
      0 },
    { V15, "set_field:1.2.3.4/1.2.3.4->ip_src",
      "00190010800017080102030401020304",
      "set_field:1.2.3.4/1.2.3.4->ip_src", 0 },
    { V10_11, "set_field:2001:db8::1->ipv6_src",
      "ffff0018000023200007003f000126100000000000000001"
      "ffff0018000023200007103f0001261020010db800000000",
      "load:0x1->NXM_NX_IPV6_SRC[0..63],load:0x20010db800000000-"
      ">NXM_NX_IPV6_SRC[64..127]",
      0 },
    { V12_UP, "set_field:2001:db8::1->ipv6_src",
      "001900188000341020010db8000000000000000000000001",
      "set_field:2001:db8::1->ipv6_src", 0 },
    { V10_11, "set_field:fe80::1->ipv6_dst",
      "ffff0018000023200007003f000128100000000000000001"
      "ffff0018000023200007103f00012810fe80000000000000",
      "load:0x1->NXM_NX_IPV6_DST[0..63],load:0xfe80000000000000-"
      ">NXM_NX_IPV6_DST[64..127]",
      0 },
    { V12_UP, "set_field:fe80::1->ipv6_dst",
      "0019001880003610fe800000000000000000000000000001",
      "set_field:fe80::1->ipv6_dst", 0 },
    { V10_14, "set_field:2001:db8::/32->ipv6_src",
      "ffff0018000023200007181f000126100000000020010db8",
      "load:0x20010db8->NXM_NX_IPV6_SRC[96..127]", 0 },
    { V15, "set_field:2001:db8::/32->ipv6_src",
      "001900288000352020010db8000000000000000000000000"
      "ffffffff000000000000000000000000",
      "set_field:2001:db8::/32->ipv6_src", 0 },
    { V10_11, "set_field:0x12345->ipv6_label",
      "ffff00180000232000070013000136040000000000012345",
      "load:0x12345->NXM_NX_IPV6_LABEL[]", 0 },
    { V12_UP, "set_field:0x12345->ipv6_label",
      "00190010800038040001234500000000",
      "set_field:0x12345->ipv6_label", 0 },
    { V10, "set_field:0x20->nw_tos",
      "0008000820000000",
      "mod_nw_tos:32", 0 },
    { V11, "set_field:0x20->nw_tos",
      "0007000820000000",
      "mod_nw_tos:32", 0 },
    { V12_UP, "set_field:0x20->nw_tos",
      "0019001000000a012000000000000000",
      "set_field:32->nw_tos", 0 },
    { V10, "set_field:10->ip_dscp",
      "0008000828000000",
      "mod_nw_tos:40", 0 },
    { V11, "set_field:10->ip_dscp",
      "0007000828000000",
      "mod_nw_tos:40", 0 },
    { V12_UP, "set_field:10->ip_dscp",
      "00190010800010010a00000000000000",
      "set_field:10->ip_dscp", 0 },
    { V10, "set_field:3->ip_ecn",
      "ffff00180000232000070001000138010000000000000003",
      "load:0x3->NXM_NX_IP_ECN[]", 0 },
    { V11, "set_field:3->ip_ecn",
      "0008000803000000",
      "mod_nw_ecn:3", 0 },
    { V12_UP, "set_field:3->ip_ecn",
      "00190010800012010300000000000000",
      "set_field:3->nw_ecn", 0 },
    { V10_11, "set_field:64->nw_ttl",
      "ffff0018000023200007000700013a010000000000000040",
      "load:0x40->NXM_NX_IP_TTL[]", 0 },
    { V12_UP, "set_field:64->nw_ttl",
      "0019001000013a014000000000000000",
      "set_field:64->nw_ttl", 0 },
    { V10_11, "set_field:80->tcp_src",
      "0009000800500000",
      "mod_tp_src:80", 0 },
    { V12_UP, "set_field:80->tcp_src",
      "0019001080001a020050000000000000",
      "set_field:80->tcp_src", 0 },
    { V10_11, "set_field:443->tcp_dst",
      "000a000801bb0000",
      "mod_tp_dst:443", 0 },
    { V12_UP, "set_field:443->tcp_dst",
      "0019001080001c0201bb000000000000",
      "set_field:443->tcp_dst", 0 },
    { V10_11, "set_field:80->tp_src",
      "0009000800500000",
      "mod_tp_src:80", 0 },
    { V12_UP, "set_field:80->tp_src",
      "0019001080001a020050000000000000",
      "set_field:80->tcp_src", 0 },
    { V10_11, "set_field:53->udp_src",
      "0009000800350000",
      "mod_tp_src:53", 0 },
    { V12_UP, "set_field:53->udp_src",
      "0019001080001e020035000000000000",
      "set_field:53->udp_src", 0 },
    { V10_11, "set_field:5353->udp_dst",
      "000a000814e90000",
      "mod_tp_dst:5353", 0 },
    { V12_UP, "set_field:5353->udp_dst",
      "001900108000200214e9000000000000",
      "set_field:5353->udp_dst", 0 },
    /* ofct(8), deliberate: for OpenFlow 1.0/1.1 ovs-ofctl writes the legacy
     * action 000a000801000000, dropping the mask */
    { V10_14, "set_field:0x100/0xff00->tcp_dst",
      "ffff00180000232000070207000014020000000000000001",
      "load:0x1->NXM_OF_TCP_DST[8..15]", 0 },
    { V15, "set_field:0x100/0xff00->tcp_dst",
      "0019001080001d040100ff0000000000",
      "set_field:256/0xff00->tcp_dst", 0 },

    /* load */
    { V10_14, "load:1->NXM_NX_REG0[]",
      "ffff0018000023200007001f000100040000000000000001",
      "load:0x1->NXM_NX_REG0[]", 0 },
    { V15, "load:1->NXM_NX_REG0[]",
      "00190010000100040000000100000000",
      "set_field:0x1->reg0", 0 },
    { V10_14, "load:1->NXM_NX_REG0",
      "ffff0018000023200007001f000100040000000000000001",
      "load:0x1->NXM_NX_REG0[]", 0 },
    { V15, "load:1->NXM_NX_REG0",
      "00190010000100040000000100000000",
      "set_field:0x1->reg0", 0 },
    { V10_14, "load:1->NXM_NX_REG0_W[]",
      "ffff0018000023200007001f000100040000000000000001",
      "load:0x1->NXM_NX_REG0[]", 0 },
    { V15, "load:1->NXM_NX_REG0_W[]",
      "00190010000100040000000100000000",
      "set_field:0x1->reg0", 0 },
    { V10_14, "load:0xf->NXM_NX_REG0[0..3]",
      "ffff0018000023200007000300010004000000000000000f",
      "load:0xf->NXM_NX_REG0[0..3]", 0 },
    { V15, "load:0xf->NXM_NX_REG0[0..3]",
      "00190010000101080000000f0000000f",
      "set_field:0xf/0xf->reg0", 0 },
    { V10_14, "load:1->NXM_NX_REG0[5]",
      "ffff00180000232000070140000100040000000000000001",
      "load:0x1->NXM_NX_REG0[5]", 0 },
    { V15, "load:1->NXM_NX_REG0[5]",
      "00190010000101080000002000000020",
      "set_field:0x20/0x20->reg0", 0 },
    { V10_14, "load:0x1->NXM_NX_REG0[31]",
      "ffff001800002320000707c0000100040000000000000001",
      "load:0x1->NXM_NX_REG0[31]", 0 },
    { V15, "load:0x1->NXM_NX_REG0[31]",
      "00190010000101088000000080000000",
      "set_field:0x80000000/0x80000000->reg0", 0 },
    { V10_14, "load:0->NXM_NX_REG1[]",
      "ffff0018000023200007001f000102040000000000000000",
      "load:0->NXM_NX_REG1[]", 0 },
    { V15, "load:0->NXM_NX_REG1[]",
      "00190010000102040000000000000000",
      "set_field:0->reg1", 0 },
    { V10_14, "load:0xffffffff->NXM_NX_REG7[]",
      "ffff0018000023200007001f00010e0400000000ffffffff",
      "load:0xffffffff->NXM_NX_REG7[]", 0 },
    { V15, "load:0xffffffff->NXM_NX_REG7[]",
      "0019001000010e04ffffffff00000000",
      "set_field:0xffffffff->reg7", 0 },
    { V10_14, "load:10->NXM_NX_REG0[]",
      "ffff0018000023200007001f00010004000000000000000a",
      "load:0xa->NXM_NX_REG0[]", 0 },
    { V15, "load:10->NXM_NX_REG0[]",
      "00190010000100040000000a00000000",
      "set_field:0xa->reg0", 0 },
    { V10_14, "load:010->NXM_NX_REG0[]",
      "ffff0018000023200007001f000100040000000000000008",
      "load:0x8->NXM_NX_REG0[]", 0 },
    { V15, "load:010->NXM_NX_REG0[]",
      "00190010000100040000000800000000",
      "set_field:0x8->reg0", 0 },
    /* Regression (fixed): ovs-ofctl reads the value "0x" as 0 (load:0->NXM_NX_REG0[]);
     * ofct says "0x->NXM_NX_REG0[]: cannot parse integer value". */
    { V10_14, "load:0x->NXM_NX_REG0[]",
      "ffff0018000023200007001f000100040000000000000000",
      "load:0->NXM_NX_REG0[]", 0 },
    /* Regression (fixed): ovs-ofctl reads the value "0x" as 0 (load:0->NXM_NX_REG0[]);
     * ofct says "0x->NXM_NX_REG0[]: cannot parse integer value". */
    { V15, "load:0x->NXM_NX_REG0[]",
      "00190010000100040000000000000000",
      "set_field:0->reg0", 0 },
    { V10_14, "load:1->reg0[]",
      "ffff0018000023200007001f000100040000000000000001",
      "load:0x1->NXM_NX_REG0[]", 0 },
    { V15, "load:1->reg0[]",
      "00190010000100040000000100000000",
      "set_field:0x1->reg0", 0 },
    { V10_14, "load:1->reg2[8..15]",
      "ffff00180000232000070207000104040000000000000001",
      "load:0x1->NXM_NX_REG2[8..15]", 0 },
    { V15, "load:1->reg2[8..15]",
      "0019001000010508000001000000ff00",
      "set_field:0x100/0xff00->reg2", 0 },
    { V10_14, "load:0x123456789abcdef->NXM_NX_XXREG0[0..63]",
      "ffff0018000023200007003f0001de100123456789abcdef",
      "load:0x123456789abcdef->NXM_NX_XXREG0[0..63]", 0 },
    { V15, "load:0x123456789abcdef->NXM_NX_XXREG0[0..63]",
      "001900280001df2000000000000000000123456789abcdef"
      "0000000000000000ffffffffffffffff",
      "set_field:0x123456789abcdef/0xffffffffffffffff->xxreg0", 0 },
    { V10_14, "load:0xffffffffffffffff->NXM_NX_XXREG0[64..127]",
      "ffff0018000023200007103f0001de10ffffffffffffffff",
      "load:0xffffffffffffffff->NXM_NX_XXREG0[64..127]", 0 },
    { V15, "load:0xffffffffffffffff->NXM_NX_XXREG0[64..127]",
      "001900280001df20ffffffffffffffff0000000000000000"
      "ffffffffffffffff0000000000000000",
      "set_field:0xffffffffffffffff0000000000000000/0xffffffffffffffff000000"
      "0000000000->xxreg0",
      0 },
    { V10_14, "load:0x10000000000000000->NXM_NX_XXREG0[]",
      "ffff0018000023200007003f0001de100000000000000000"
      "ffff0018000023200007103f0001de100000000000000001",
      "load:0->NXM_NX_XXREG0[0..63],load:0x1->NXM_NX_XXREG0[64..127]", 0 },
    { V15, "load:0x10000000000000000->NXM_NX_XXREG0[]",
      "001900180001de1000000000000000010000000000000000",
      "set_field:0x10000000000000000->xxreg0", 0 },
    { V10_14, "load:0x1ffffffffffffffff->NXM_NX_XXREG0[0..64]",
      "ffff0018000023200007003f0001de10ffffffffffffffff"
      "ffff001800002320000710000001de100000000000000001",
      "load:0xffffffffffffffff->NXM_NX_XXREG0[0..63],load:0x1-"
      ">NXM_NX_XXREG0[64]",
      0 },
    { V15, "load:0x1ffffffffffffffff->NXM_NX_XXREG0[0..64]",
      "001900280001df200000000000000001ffffffffffffffff"
      "0000000000000001ffffffffffffffff",
      "set_field:0x1ffffffffffffffff/0x1ffffffffffffffff->xxreg0", 0 },
    { V10_14, "load:0x1->OXM_OF_METADATA[]",
      "ffff0018000023200007003f800004080000000000000001",
      "load:0x1->OXM_OF_METADATA[]", 0 },
    { V15, "load:0x1->OXM_OF_METADATA[]",
      "00190010800004080000000000000001",
      "set_field:0x1->metadata", 0 },
    { V10_14, "load:0x1->metadata[]",
      "ffff0018000023200007003f800004080000000000000001",
      "load:0x1->OXM_OF_METADATA[]", 0 },
    { V15, "load:0x1->metadata[]",
      "00190010800004080000000000000001",
      "set_field:0x1->metadata", 0 },
    { V10_14, "load:0x1->OXM_OF_PKT_REG0[]",
      "ffff0018000023200007003f800100080000000000000001",
      "load:0x1->OXM_OF_PKT_REG0[]", 0 },
    { V15, "load:0x1->OXM_OF_PKT_REG0[]",
      "00190010800100080000000000000001",
      "set_field:0x1->xreg0", 0 },
    { V10_14, "load:0x1->xreg0[32..63]",
      "ffff0018000023200007081f800100080000000000000001",
      "load:0x1->OXM_OF_PKT_REG0[32..63]", 0 },
    { V15, "load:0x1->xreg0[32..63]",
      "00190018800101100000000100000000ffffffff00000000",
      "set_field:0x100000000/0xffffffff00000000->xreg0", 0 },
    { V10_14, "load:0x001122334455->NXM_OF_ETH_SRC[]",
      "ffff0018000023200007002f000004060000001122334455",
      "load:0x1122334455->NXM_OF_ETH_SRC[]", 0 },
    { V15, "load:0x001122334455->NXM_OF_ETH_SRC[]",
      "00190010800008060011223344550000",
      "set_field:00:11:22:33:44:55->eth_src", 0 },
    { V10_14, "load:0x1->NXM_OF_ETH_DST[0..7]",
      "ffff00180000232000070007000002060000000000000001",
      "load:0x1->NXM_OF_ETH_DST[0..7]", 0 },
    { V15, "load:0x1->NXM_OF_ETH_DST[0..7]",
      "001900188000070c0000000000010000000000ff00000000",
      "set_field:00:00:00:00:00:01/00:00:00:00:00:ff->eth_dst", 0 },
    { V10_14, "load:0x0a000001->NXM_OF_IP_SRC[]",
      "ffff0018000023200007001f00000e04000000000a000001",
      "load:0xa000001->NXM_OF_IP_SRC[]", 0 },
    { V15, "load:0x0a000001->NXM_OF_IP_SRC[]",
      "00190010800016040a00000100000000",
      "set_field:10.0.0.1->ip_src", 0 },
    { V10_14, "load:80->NXM_OF_TCP_DST[]",
      "ffff0018000023200007000f000014020000000000000050",
      "load:0x50->NXM_OF_TCP_DST[]", 0 },
    { V15, "load:80->NXM_OF_TCP_DST[]",
      "0019001080001c020050000000000000",
      "set_field:80->tcp_dst", 0 },
    { V10_14, "load:0x1->NXM_NX_PKT_MARK[]",
      "ffff0018000023200007001f000142040000000000000001",
      "load:0x1->NXM_NX_PKT_MARK[]", 0 },
    { V15, "load:0x1->NXM_NX_PKT_MARK[]",
      "00190010000142040000000100000000",
      "set_field:0x1->pkt_mark", 0 },
    { V10_14, "load:0x1->NXM_NX_IPV6_SRC[0..63]",
      "ffff0018000023200007003f000126100000000000000001",
      "load:0x1->NXM_NX_IPV6_SRC[0..63]", 0 },
    { V15, "load:0x1->NXM_NX_IPV6_SRC[0..63]",
      "001900288000352000000000000000000000000000000001"
      "0000000000000000ffffffffffffffff",
      "set_field:::1/::ffff:ffff:ffff:ffff->ipv6_src", 0 },

    /* move */
    { V10_14, "move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "ffff00180000232000060020000000000001000400010204",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]", 0 },
    { V15, "move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "001c00180020000000000000000100040001020400000000",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]", 0 },
    { V10_14, "move:NXM_NX_REG0->NXM_NX_REG1[]",
      "ffff00180000232000060020000000000001000400010204",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]", 0 },
    { V15, "move:NXM_NX_REG0->NXM_NX_REG1[]",
      "001c00180020000000000000000100040001020400000000",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]", 0 },
    { V10_14, "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]",
      "ffff00180000232000060010000000100001000400010204",
      "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]", 0 },
    { V15, "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]",
      "001c00180010000000100000000100040001020400000000",
      "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]", 0 },
    { V10_14, "move:NXM_NX_REG0[3]->NXM_NX_REG1[7]",
      "ffff00180000232000060001000300070001000400010204",
      "move:NXM_NX_REG0[3]->NXM_NX_REG1[7]", 0 },
    { V15, "move:NXM_NX_REG0[3]->NXM_NX_REG1[7]",
      "001c00180001000300070000000100040001020400000000",
      "move:NXM_NX_REG0[3]->NXM_NX_REG1[7]", 0 },
    { V10_14, "move:reg0[]->reg1[]",
      "ffff00180000232000060020000000000001000400010204",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]", 0 },
    { V15, "move:reg0[]->reg1[]",
      "001c00180020000000000000000100040001020400000000",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]", 0 },
    { V10_14, "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]",
      "ffff00180000232000060030000000000000040600000206",
      "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]", 0 },
    { V15, "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]",
      "001c00180030000000000000800008068000060600000000",
      "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]", 0 },
    { V10_14, "move:NXM_NX_XXREG0[]->NXM_NX_XXREG1[]",
      "ffff00180000232000060080000000000001de100001e010",
      "move:NXM_NX_XXREG0[]->NXM_NX_XXREG1[]", 0 },
    { V15, "move:NXM_NX_XXREG0[]->NXM_NX_XXREG1[]",
      "001c001800800000000000000001de100001e01000000000",
      "move:NXM_NX_XXREG0[]->NXM_NX_XXREG1[]", 0 },
    { V10_14, "move:OXM_OF_METADATA[]->OXM_OF_PKT_REG0[]",
      "ffff00180000232000060040000000008000040880010008",
      "move:OXM_OF_METADATA[]->OXM_OF_PKT_REG0[]", 0 },
    { V15, "move:OXM_OF_METADATA[]->OXM_OF_PKT_REG0[]",
      "001c00180040000000000000800004088001000800000000",
      "move:OXM_OF_METADATA[]->OXM_OF_PKT_REG0[]", 0 },
    { V10_14, "move:NXM_OF_IP_SRC[]->NXM_OF_IP_DST[]",
      "ffff001800002320000600200000000000000e0400001004",
      "move:NXM_OF_IP_SRC[]->NXM_OF_IP_DST[]", 0 },
    { V15, "move:NXM_OF_IP_SRC[]->NXM_OF_IP_DST[]",
      "001c00180020000000000000800016048000180400000000",
      "move:NXM_OF_IP_SRC[]->NXM_OF_IP_DST[]", 0 },
    { V10_14, "move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]",
      "ffff00180000232000060020000000000001d60400010004",
      "move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]", 0 },
    { V15, "move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]",
      "001c001800200000000000000001d6040001000400000000",
      "move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]", 0 },
    { V10_14, "move:NXM_NX_CT_LABEL[]->NXM_NX_XXREG0[]",
      "ffff00180000232000060080000000000001d8100001de10",
      "move:NXM_NX_CT_LABEL[]->NXM_NX_XXREG0[]", 0 },
    { V15, "move:NXM_NX_CT_LABEL[]->NXM_NX_XXREG0[]",
      "001c001800800000000000000001d8100001de1000000000",
      "move:NXM_NX_CT_LABEL[]->NXM_NX_XXREG0[]", 0 },
    { V10_14, "move:NXM_NX_CT_ZONE[]->NXM_NX_REG0[0..15]",
      "ffff00180000232000060010000000000001d40200010004",
      "move:NXM_NX_CT_ZONE[]->NXM_NX_REG0[0..15]", 0 },
    { V15, "move:NXM_NX_CT_ZONE[]->NXM_NX_REG0[0..15]",
      "001c001800100000000000000001d4020001000400000000",
      "move:NXM_NX_CT_ZONE[]->NXM_NX_REG0[0..15]", 0 },
    { V10_14, "move:NXM_OF_IN_PORT[]->NXM_NX_REG0[0..15]",
      "ffff00180000232000060010000000000000000200010004",
      "move:NXM_OF_IN_PORT[]->NXM_NX_REG0[0..15]", 0 },
    { V15, "move:NXM_OF_IN_PORT[]->NXM_NX_REG0[0..15]",
      "001c00180010000000000000000000020001000400000000",
      "move:NXM_OF_IN_PORT[]->NXM_NX_REG0[0..15]", 0 },
    { V10_14, "move:NXM_OF_ETH_TYPE[]->NXM_NX_REG0[0..15]",
      "ffff00180000232000060010000000000000060200010004",
      "move:NXM_OF_ETH_TYPE[]->NXM_NX_REG0[0..15]", 0 },
    { V15, "move:NXM_OF_ETH_TYPE[]->NXM_NX_REG0[0..15]",
      "001c0018001000000000000080000a020001000400000000",
      "move:NXM_OF_ETH_TYPE[]->NXM_NX_REG0[0..15]", 0 },
    { V10_14, "move:NXM_OF_TCP_SRC[]->NXM_OF_TCP_DST[]",
      "ffff00180000232000060010000000000000120200001402",
      "move:NXM_OF_TCP_SRC[]->NXM_OF_TCP_DST[]", 0 },
    { V15, "move:NXM_OF_TCP_SRC[]->NXM_OF_TCP_DST[]",
      "001c0018001000000000000080001a0280001c0200000000",
      "move:NXM_OF_TCP_SRC[]->NXM_OF_TCP_DST[]", 0 },
    { V10_14, "move:NXM_NX_PKT_MARK[]->NXM_NX_REG0[]",
      "ffff00180000232000060020000000000001420400010004",
      "move:NXM_NX_PKT_MARK[]->NXM_NX_REG0[]", 0 },
    { V15, "move:NXM_NX_PKT_MARK[]->NXM_NX_REG0[]",
      "001c00180020000000000000000142040001000400000000",
      "move:NXM_NX_PKT_MARK[]->NXM_NX_REG0[]", 0 },
    { V10_14, "move:NXM_NX_IPV6_SRC[]->NXM_NX_IPV6_DST[]",
      "ffff00180000232000060080000000000001261000012810",
      "move:NXM_NX_IPV6_SRC[]->NXM_NX_IPV6_DST[]", 0 },
    { V15, "move:NXM_NX_IPV6_SRC[]->NXM_NX_IPV6_DST[]",
      "001c00180080000000000000800034108000361000000000",
      "move:NXM_NX_IPV6_SRC[]->NXM_NX_IPV6_DST[]", 0 },

    /* note */
    { V_ALL, "note:",
      "ffff0010000023200008000000000000",
      "note:00.00.00.00.00.00", 0 },
    { V_ALL, "note:00",
      "ffff0010000023200008000000000000",
      "note:00.00.00.00.00.00", 0 },
    { V_ALL, "note:00.",
      "ffff0010000023200008000000000000",
      "note:00.00.00.00.00.00", 0 },
    { V_ALL, "note:01.02.03.04.05.06",
      "ffff0010000023200008010203040506",
      "note:01.02.03.04.05.06", 0 },
    { V_ALL, "note:01.02.03.04.05.06.07",
      "ffff00180000232000080102030405060700000000000000",
      "note:01.02.03.04.05.06.07.00.00.00.00.00.00.00", 0 },
    { V_ALL, "note:0102030405060708",
      "ffff00180000232000080102030405060708000000000000",
      "note:01.02.03.04.05.06.07.08.00.00.00.00.00.00", 0 },
    { V_ALL, "note:deadbeef",
      "ffff0010000023200008deadbeef0000",
      "note:de.ad.be.ef.00.00", 0 },
    { V_ALL, "note:DEADBEEF",
      "ffff0010000023200008deadbeef0000",
      "note:de.ad.be.ef.00.00", 0 },
    /* Regression (fixed): ovs-ofctl skips any number of dots between the bytes of a
     * note; ofct says "bad hex digit in `note' argument" at the second dot. */
    { V_ALL, "note:01..02",
      "ffff0010000023200008010200000000",
      "note:01.02.00.00.00.00", 0 },
    { V_ALL, "note:.01",
      "ffff0010000023200008010000000000",
      "note:01.00.00.00.00.00", 0 },

    /* drop, goto_table (as an action list: OF1.0 has no instructions) */
    { V_ALL, "drop",
      "",
      "drop", 0 },
    { V_ALL, "drop,drop",
      "",
      "drop", 0 },
    { V10, "goto_table:1",
      "ffff001000002320000efff801000000",
      "resubmit(,1)", 0 },
    { V10, "output:1,goto_table:5",
      "0000000800010000ffff001000002320000efff805000000",
      "output:1,resubmit(,5)", 0 },
    { V10, "output:1,,output:2",
      "00000008000100000000000800020000",
      "output:1,output:2", 0 },
    { V11_UP, "output:1,,output:2",
      "000000100000000100000000000000000000001000000002"
      "0000000000000000",
      "output:1,output:2", 0 },
    { V10, "   output:1 ,  output:2 ",
      "00000008000100000000000800020000",
      "output:1,output:2", 0 },
    { V11_UP, "   output:1 ,  output:2 ",
      "000000100000000100000000000000000000001000000002"
      "0000000000000000",
      "output:1,output:2", 0 },

    /* legacy header rewrites (OpenFlow 1.0/1.1 actions, set_field from 1.2) */
    { V10, "mod_nw_src:1.2.3.4",
      "0006000801020304",
      "mod_nw_src:1.2.3.4", 0 },
    { V11, "mod_nw_src:1.2.3.4",
      "0005000801020304",
      "mod_nw_src:1.2.3.4", 0 },
    { V12_UP, "mod_nw_src:1.2.3.4",
      "00190010800016040102030400000000",
      "set_field:1.2.3.4->ip_src", 0 },
    { V10, "mod_nw_dst:10.0.0.1",
      "000700080a000001",
      "mod_nw_dst:10.0.0.1", 0 },
    { V11, "mod_nw_dst:10.0.0.1",
      "000600080a000001",
      "mod_nw_dst:10.0.0.1", 0 },
    { V12_UP, "mod_nw_dst:10.0.0.1",
      "00190010800018040a00000100000000",
      "set_field:10.0.0.1->ip_dst", 0 },
    { V10, "mod_dl_src:00:11:22:33:44:55",
      "00040010001122334455000000000000",
      "mod_dl_src:00:11:22:33:44:55", 0 },
    { V11, "mod_dl_src:00:11:22:33:44:55",
      "00030010001122334455000000000000",
      "mod_dl_src:00:11:22:33:44:55", 0 },
    { V12_UP, "mod_dl_src:00:11:22:33:44:55",
      "00190010800008060011223344550000",
      "set_field:00:11:22:33:44:55->eth_src", 0 },
    { V10, "mod_dl_dst:00:11:22:33:44:55",
      "00050010001122334455000000000000",
      "mod_dl_dst:00:11:22:33:44:55", 0 },
    { V11, "mod_dl_dst:00:11:22:33:44:55",
      "00040010001122334455000000000000",
      "mod_dl_dst:00:11:22:33:44:55", 0 },
    { V12_UP, "mod_dl_dst:00:11:22:33:44:55",
      "00190010800006060011223344550000",
      "set_field:00:11:22:33:44:55->eth_dst", 0 },
    { V10_11, "mod_tp_src:80",
      "0009000800500000",
      "mod_tp_src:80", 0 },
    { V10_11, "mod_tp_dst:80",
      "000a000800500000",
      "mod_tp_dst:80", 0 },
    { V10, "mod_nw_tos:32",
      "0008000820000000",
      "mod_nw_tos:32", 0 },
    { V11, "mod_nw_tos:32",
      "0007000820000000",
      "mod_nw_tos:32", 0 },
    { V12_UP, "mod_nw_tos:32",
      "00190010800010010800000000000000",
      "set_field:8->ip_dscp", 0 },
    { V10, "mod_nw_ecn:3",
      "ffff00180000232000070001000138010000000000000003",
      "load:0x3->NXM_NX_IP_ECN[]", 0 },
    { V11, "mod_nw_ecn:3",
      "0008000803000000",
      "mod_nw_ecn:3", 0 },
    { V12_UP, "mod_nw_ecn:3",
      "00190010800012010300000000000000",
      "set_field:3->nw_ecn", 0 },
    { V10, "mod_nw_ttl:9",
      "ffff0018000023200007000700013a010000000000000009",
      "load:0x9->NXM_NX_IP_TTL[]", 0 },
    { V11_UP, "mod_nw_ttl:9",
      "0017000809000000",
      "mod_nw_ttl:9", 0 },
    { V10, "set_nw_ttl:9",
      "ffff0018000023200007000700013a010000000000000009",
      "load:0x9->NXM_NX_IP_TTL[]", 0 },
    { V11_UP, "set_nw_ttl:9",
      "0017000809000000",
      "mod_nw_ttl:9", 0 },

    /* conjunction */
    { V_ALL, "conjunction(1,1/2)",
      "ffff0010000023200022000200000001",
      "conjunction(1,1/2)", 0 },
    { V_ALL, "conjunction(4294967295,2/2),note:01",
      "ffff00100000232000220102ffffffffffff001000002320"
      "0008010000000000",
      "conjunction(4294967295,2/2),note:01.00.00.00.00.00", 0 },
};

static struct row_version rt_pairs[ARRAY_SIZE(rt_cases) * 6];
static size_t n_rt_pairs;

START_TEST(test_roundtrip)
{
    const struct rt_case *c = &rt_cases[rt_pairs[_i].row];
    enum ofct_ofp_version v = rt_pairs[_i].version;
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    char where[256];

    snprintf(where, sizeof where, "%s \"%s\"", vname(v), c->text);

    /* text -> wire */
    parse_ok(acts, c->text, where);
    check_encodes_to(acts, v, false, c->hex, where, "text -> wire");

    /* wire -> text -> wire */
    hex_to_buf(c->hex, &wire);
    ck_assert_msg(!decode_buf(acts, &wire, v, false, &err),
                  "%s: decoding %s failed: %s", where, c->hex, err.msg);
    check_formats_as(acts, c->norm, where, "wire -> text");
    check_encodes_to(acts, v, false, c->hex, where, "re-encoding");

    /* normalized text -> wire */
    if (!(c->flags & RT_LOSSY)) {
        parse_ok(acts, c->norm, where);
        check_encodes_to(acts, v, false, c->hex, where,
                         "normalized text -> wire");
    }

    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Text -> text: the text of a parsed (not encoded) list is what ovs-ofctl
 * prints for a flow with those actions, in OpenFlow 1.3 (1.5 for masked
 * set_field, which only 1.5 carries as such). */

struct fmt_case {
    const char *text;
    const char *fmt;
};

static const struct fmt_case fmt_cases[] = {
    { "ct",
      "ct()" },
    { "ct()",
      "ct()" },
    { "ct(commit)",
      "ct(commit)" },
    { "ct(commit,force)",
      "ct(commit,force)" },
    { "ct(commit,force,force)",
      "ct(commit,force)" },
    { "ct(table=0)",
      "ct(table=0)" },
    { "ct(table=10)",
      "ct(table=10)" },
    { "ct(table=254)",
      "ct(table=254)" },
    { "ct(zone=10)",
      "ct(zone=10)" },
    { "ct(zone=0x10)",
      "ct(zone=16)" },
    { "ct(zone=65535)",
      "ct(zone=65535)" },
    { "ct(zone=NXM_NX_REG0[0..15])",
      "ct(zone=NXM_NX_REG0[0..15])" },
    { "ct(zone=NXM_NX_REG0[16..31])",
      "ct(zone=NXM_NX_REG0[16..31])" },
    { "ct(zone=reg1[0..15])",
      "ct(zone=NXM_NX_REG1[0..15])" },
    { "ct(zone=NXM_NX_XXREG0[112..127])",
      "ct(zone=NXM_NX_XXREG0[112..127])" },
    { "ct(alg=ftp)",
      "ct(alg=ftp)" },
    { "ct(alg=tftp)",
      "ct(alg=tftp)" },
    { "ct(commit,nat(src),exec(set_field:1->ct_mark),alg=ftp,zone=3,table=4)",
      "ct(commit,table=4,zone=3,nat(src),exec(set_field:0x1->ct_mark),"
      "alg=ftp)" },
    { "ct(commit,force,zone=NXM_NX_REG5[0..15],table=7,exec(set_field:0xa-"
      ">ct_mark))",
      "ct(commit,force,table=7,zone=NXM_NX_REG5[0..15],exec(set_field:0xa-"
      ">ct_mark))" },
    { "ct(commit",
      "ct(commit)" },
    { "ct(nat)",
      "ct(nat)" },
    { "ct(nat,table=5)",
      "ct(table=5,nat)" },
    { "ct(nat,nat)",
      "ct(nat,exec(nat))" },
    { "ct(commit,nat(src))",
      "ct(commit,nat(src))" },
    { "ct(commit,nat(dst))",
      "ct(commit,nat(dst))" },
    { "ct(commit,nat(src)",
      "ct(commit,nat(src))" },
    { "ct(commit,nat(src=))",
      "ct(commit,nat(src))" },
    { "ct(commit,nat(src=10.0.0.240,random))",
      "ct(commit,nat(src=10.0.0.240,random))" },
    { "ct(commit,nat(src=10.0.0.240:32768-65535,random))",
      "ct(commit,nat(src=10.0.0.240:32768-65535,random))" },
    { "ct(commit,nat(dst=10.0.0.128-10.0.0.254,hash))",
      "ct(commit,nat(dst=10.0.0.128-10.0.0.254,hash))" },
    { "ct(commit,nat(src=10.0.0.240-10.0.0.254:32768-65535,persistent))",
      "ct(commit,nat(src=10.0.0.240-10.0.0.254:32768-65535,persistent))" },
    { "ct(commit,nat(src=10.0.0.1:80))",
      "ct(commit,nat(src=10.0.0.1:80))" },
    { "ct(commit,nat(src=10.0.0.1:80-80))",
      "ct(commit,nat(src=10.0.0.1:80))" },
    { "ct(commit,nat(src=10.0.0.1-10.0.0.1))",
      "ct(commit,nat(src=10.0.0.1))" },
    { "ct(commit,nat(src=10.0.0.1:1))",
      "ct(commit,nat(src=10.0.0.1:1))" },
    { "ct(commit,nat(src=10.0.0.1:65535))",
      "ct(commit,nat(src=10.0.0.1:65535))" },
    { "ct(commit,nat(src=10.0.0.1:0))",
      "ct(commit,nat(src=10.0.0.1))" },
    { "ct(commit,nat(src=255.255.255.255))",
      "ct(commit,nat(src=255.255.255.255))" },
    { "ct(commit,nat(src=10.0.0.1,persistent,hash))",
      "ct(commit,nat(src=10.0.0.1,persistent,hash))" },
    { "ct(commit,nat(src=10.0.0.1,persistent,random))",
      "ct(commit,nat(src=10.0.0.1,persistent,random))" },
    { "ct(commit,nat(dst=10.0.0.1),nat(src=10.0.0.2))",
      "ct(commit,nat(dst=10.0.0.1),exec(nat(src=10.0.0.2)))" },
    /* ofct(8), deliberate: ovs-ofctl prints ct(commit,nat(src)), dropping
     * the flag */
    { "ct(commit,nat(src,random))",
      "ct(commit,nat(src,random))" },
    /* ofct(8), deliberate: ovs-ofctl prints ct(commit,nat(src)), dropping
     * the flag */
    { "ct(commit,nat(src,persistent))",
      "ct(commit,nat(src,persistent))" },
    /* ofct(8), deliberate: ovs-ofctl prints ct(commit,nat(dst)), dropping
     * the flag */
    { "ct(commit,nat(dst,hash))",
      "ct(commit,nat(dst,hash))" },
    { "ct(commit,nat(src=fe80::20c:29ff:fe88:a18b,random))",
      "ct(commit,nat(src=fe80::20c:29ff:fe88:a18b,random))" },
    { "ct(commit,nat(src=fe80::20c:29ff:fe88:1-fe80::20c:29ff:fe88:a18b,"
      "random))",
      "ct(commit,nat(src=fe80::20c:29ff:fe88:1-fe80::20c:29ff:fe88:a18b,"
      "random))" },
    { "ct(commit,nat(src=[fe80::20c:29ff:fe88:1]-"
      "[fe80::20c:29ff:fe88:a18b]:255-4096,random))",
      "ct(commit,nat(src=[fe80::20c:29ff:fe88:1]-"
      "[fe80::20c:29ff:fe88:a18b]:255-4096,random))" },
    { "ct(commit,nat(dst=[::1]:443))",
      "ct(commit,nat(dst=[::1]:443))" },
    { "ct(commit,nat(dst=::1))",
      "ct(commit,nat(dst=::1))" },
    { "ct(commit,nat(dst=[2001:db8::1]))",
      "ct(commit,nat(dst=2001:db8::1))" },
    { "ct(commit,nat(src=::1:80))",
      "ct(commit,nat(src=::0.1.0.128))" },
    { "ct(commit,nat(src=::ffff:10.0.0.1))",
      "ct(commit,nat(src=::ffff:10.0.0.1))" },
    { "ct(commit,exec(set_field:1->ct_mark))",
      "ct(commit,exec(set_field:0x1->ct_mark))" },
    { "ct(commit,exec(set_field:0xffffffff->ct_mark))",
      "ct(commit,exec(set_field:0xffffffff->ct_mark))" },
    { "ct(commit,exec(load:0xf009->NXM_NX_CT_MARK[]))",
      "ct(commit,exec(load:0xf009->NXM_NX_CT_MARK[]))" },
    { "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[3..7]))",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[3..7]))" },
    { "ct(commit,exec(set_field:0x1/0x1->ct_mark))",
      "ct(commit,exec(set_field:0x1/0x1->ct_mark))" },
    { "ct(commit,exec(set_field:0x5/0xf0f->ct_mark))",
      "ct(commit,exec(set_field:0x5/0xf0f->ct_mark))" },
    { "ct(commit,exec(set_field:0x123456789abcdef0fedcba9876543210-"
      ">ct_label))",
      "ct(commit,exec(set_field:0x123456789abcdef0fedcba9876543210-"
      ">ct_label))" },
    { "ct(commit,exec(set_field:1->ct_label))",
      "ct(commit,exec(set_field:0x1->ct_label))" },
    { "ct(commit,exec(set_field:0x1/0xff->ct_label))",
      "ct(commit,exec(set_field:0x1/0xff->ct_label))" },
    { "ct(commit,exec(set_field:0x10000000000000000/0xffff0000000000000000-"
      ">ct_label))",
      "ct(commit,exec(set_field:0x10000000000000000/0xffff0000000000000000-"
      ">ct_label))" },
    { "ct(commit,exec(set_field:0xffffffffffffffffffffffffffffffff-"
      ">ct_label))",
      "ct(commit,exec(set_field:0xffffffffffffffffffffffffffffffff-"
      ">ct_label))" },
    { "ct(commit,"
      "exec(set_field:0x8000000000000000000000000000000f/0x80000000000000000"
      "00000000000000f->ct_label))",
      "ct(commit,"
      "exec(set_field:0x8000000000000000000000000000000f/0x8000000000000000"
      "000000000000000f->ct_label))" },
    { "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[64..127]))",
      "ct(commit,exec(load:0x1->NXM_NX_CT_LABEL[64..127]))" },
    { "ct(commit,exec(load:0->NXM_NX_CT_LABEL[64..127],load:0x1d-"
      ">NXM_NX_CT_LABEL[0..63]))",
      "ct(commit,exec(load:0->NXM_NX_CT_LABEL[64..127],load:0x1d-"
      ">NXM_NX_CT_LABEL[0..63]))" },
    { "ct(commit,exec(load:0xffffffffffffffff->NXM_NX_CT_LABEL[32..95]))",
      "ct(commit,exec(load:0xffffffffffffffff->NXM_NX_CT_LABEL[32..95]))" },
    { "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
      "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))" },
    { "ct(commit,exec(move:NXM_NX_XXREG0[]->NXM_NX_CT_LABEL[]))",
      "ct(commit,exec(move:NXM_NX_XXREG0[]->NXM_NX_CT_LABEL[]))" },
    { "ct(commit,exec(move:NXM_NX_REG1[0..7]->NXM_NX_CT_LABEL[120..127]))",
      "ct(commit,exec(move:NXM_NX_REG1[0..7]->NXM_NX_CT_LABEL[120..127]))" },
    { "ct(commit,exec(set_field:1->ct_mark,set_field:2->ct_label))",
      "ct(commit,exec(set_field:0x1->ct_mark,set_field:0x2->ct_label))" },
    { "ct(commit,exec(set_field:1->ct_mark),nat(src))",
      "ct(commit,exec(set_field:0x1->ct_mark,nat(src)))" },
    { "ct(commit,exec(nat(src)))",
      "ct(commit,nat(src))" },
    { "ct(commit,exec(drop))",
      "ct(commit)" },
    { "ct(commit,exec())",
      "ct(commit)" },
    { "ct_clear",
      "ct_clear" },
    { "ct_clear,ct_clear",
      "ct_clear,ct_clear" },
    { "ct_clear,ct(commit)",
      "ct_clear,ct(commit)" },
    { "ct(commit),output:1",
      "ct(commit),output:1" },
    { "ct(commit,table=1),ct(commit,table=2)",
      "ct(commit,table=1),ct(commit,table=2)" },
    { "output:1",
      "output:1" },
    { "1",
      "output:1" },
    { "output:0",
      "output:0" },
    { "output:65279",
      "output:65279" },
    { "65279",
      "output:65279" },
    { "IN_PORT",
      "IN_PORT" },
    { "in_port",
      "IN_PORT" },
    { "output:IN_PORT",
      "IN_PORT" },
    { "TABLE",
      "TABLE" },
    { "NORMAL",
      "NORMAL" },
    { "FLOOD",
      "FLOOD" },
    { "ALL",
      "ALL" },
    { "CONTROLLER",
      "CONTROLLER:65535" },
    { "LOCAL",
      "LOCAL" },
    { "output:LOCAL",
      "LOCAL" },
    { "output:NORMAL",
      "NORMAL" },
    { "output:CONTROLLER",
      "CONTROLLER:65535" },
    { "output:4294967294",
      "LOCAL" },
    { "1,2,3",
      "output:1,output:2,output:3" },
    { "controller",
      "CONTROLLER:65535" },
    { "controller:100",
      "CONTROLLER:100" },
    { "controller:0",
      "CONTROLLER:0" },
    { "CONTROLLER:0",
      "CONTROLLER:0" },
    { "controller(max_len=100)",
      "CONTROLLER:100" },
    { "controller(max_len=65535)",
      "CONTROLLER:65535" },
    { "controller(reason=action)",
      "CONTROLLER:65535" },
    { "controller(reason=no_match)",
      "controller(reason=no_match)" },
    { "controller(reason=invalid_ttl,max_len=50,id=2)",
      "controller(reason=invalid_ttl,max_len=50,id=2)" },
    { "controller(id=5)",
      "controller(id=5)" },
    { "controller(reason=action_set)",
      "controller(reason=action_set)" },
    { "controller(reason=group)",
      "controller(reason=group)" },
    { "controller(reason=packet_out)",
      "controller(reason=packet_out)" },
    { "controller(reason=no_match,id=65535,max_len=0)",
      "controller(reason=no_match,max_len=0,id=65535)" },
    { "resubmit:5",
      "resubmit:5" },
    { "resubmit(5)",
      "resubmit:5" },
    { "resubmit:LOCAL",
      "resubmit:LOCAL" },
    { "resubmit:65279",
      "resubmit:65279" },
    { "resubmit(,3)",
      "resubmit(,3)" },
    { "resubmit(5,3)",
      "resubmit(5,3)" },
    { "resubmit(IN_PORT,4)",
      "resubmit(,4)" },
    { "resubmit(LOCAL,1)",
      "resubmit(LOCAL,1)" },
    { "resubmit(,0)",
      "resubmit(,0)" },
    { "resubmit(,254)",
      "resubmit(,254)" },
    { "resubmit(,3,ct)",
      "resubmit(,3,ct)" },
    /* Deliberate: ovs-ofctl prints resubmit:5, losing ",ct". */
    { "resubmit(5,,ct)",
      "resubmit(5,,ct)" },
    { "resubmit(5,3,ct)",
      "resubmit(5,3,ct)" },
    { "set_field:1->reg0",
      "set_field:0x1->reg0" },
    { "set_field:0xffffffff->reg15",
      "set_field:0xffffffff->reg15" },
    { "set_field:0x1/0x1->reg0",
      "set_field:0x1/0x1->reg0" },
    { "set_field:0x10/0xf0->reg3",
      "set_field:0x10/0xf0->reg3" },
    { "set_field:0x123456789abcdef0->xreg0",
      "set_field:0x123456789abcdef0->xreg0" },
    { "set_field:0x123456789abcdef0fedcba9876543210->xxreg0",
      "set_field:0x123456789abcdef0fedcba9876543210->xxreg0" },
    { "set_field:0x1/0x1->xxreg3",
      "set_field:0x1/0x1->xxreg3" },
    { "set_field:0xfedcba9876543210->metadata",
      "set_field:0xfedcba9876543210->metadata" },
    { "set_field:0x1/0x1->metadata",
      "set_field:0x1/0x1->metadata" },
    { "set_field:0x12345678->pkt_mark",
      "set_field:0x12345678->pkt_mark" },
    { "set_field:5->in_port",
      "set_field:5->in_port" },
    { "set_field:00:11:22:33:44:55->eth_src",
      "set_field:00:11:22:33:44:55->eth_src" },
    { "set_field:00:11:22:33:44:55->eth_dst",
      "set_field:00:11:22:33:44:55->eth_dst" },
    { "set_field:00:11:22:33:44:55->dl_src",
      "set_field:00:11:22:33:44:55->eth_src" },
    { "set_field:00:11:22:00:00:00/ff:ff:ff:00:00:00->eth_src",
      "set_field:00:11:22:00:00:00/ff:ff:ff:00:00:00->eth_src" },
    { "set_field:1.2.3.4->ip_src",
      "set_field:1.2.3.4->ip_src" },
    { "set_field:1.2.3.4->ip_dst",
      "set_field:1.2.3.4->ip_dst" },
    { "set_field:1.2.3.4->nw_src",
      "set_field:1.2.3.4->ip_src" },
    { "set_field:1.2.0.0/255.255.0.0->ip_dst",
      "set_field:1.2.0.0/16->ip_dst" },
    { "set_field:1.2.0.0/16->ip_src",
      "set_field:1.2.0.0/16->ip_src" },
    { "set_field:1.2.3.4/1.2.3.4->ip_src",
      "set_field:1.2.3.4/1.2.3.4->ip_src" },
    { "set_field:2001:db8::1->ipv6_src",
      "set_field:2001:db8::1->ipv6_src" },
    { "set_field:fe80::1->ipv6_dst",
      "set_field:fe80::1->ipv6_dst" },
    { "set_field:2001:db8::/32->ipv6_src",
      "set_field:2001:db8::/32->ipv6_src" },
    { "set_field:0x12345->ipv6_label",
      "set_field:0x12345->ipv6_label" },
    { "set_field:0x20->nw_tos",
      "set_field:32->nw_tos" },
    { "set_field:10->ip_dscp",
      "set_field:10->ip_dscp" },
    { "set_field:3->ip_ecn",
      "set_field:3->nw_ecn" },
    { "set_field:64->nw_ttl",
      "set_field:64->nw_ttl" },
    { "set_field:80->tcp_src",
      "set_field:80->tcp_src" },
    { "set_field:443->tcp_dst",
      "set_field:443->tcp_dst" },
    { "set_field:80->tp_src",
      "set_field:80->tcp_src" },
    { "set_field:53->udp_src",
      "set_field:53->udp_src" },
    { "set_field:5353->udp_dst",
      "set_field:5353->udp_dst" },
    { "set_field:0x100/0xff00->tcp_dst",
      "set_field:256/0xff00->tcp_dst" },
    { "load:1->NXM_NX_REG0[]",
      "load:0x1->NXM_NX_REG0[]" },
    { "load:1->NXM_NX_REG0",
      "load:0x1->NXM_NX_REG0[]" },
    { "load:1->NXM_NX_REG0_W[]",
      "load:0x1->NXM_NX_REG0[]" },
    { "load:0xf->NXM_NX_REG0[0..3]",
      "load:0xf->NXM_NX_REG0[0..3]" },
    { "load:1->NXM_NX_REG0[5]",
      "load:0x1->NXM_NX_REG0[5]" },
    { "load:0x1->NXM_NX_REG0[31]",
      "load:0x1->NXM_NX_REG0[31]" },
    { "load:0->NXM_NX_REG1[]",
      "load:0->NXM_NX_REG1[]" },
    { "load:0xffffffff->NXM_NX_REG7[]",
      "load:0xffffffff->NXM_NX_REG7[]" },
    { "load:10->NXM_NX_REG0[]",
      "load:0xa->NXM_NX_REG0[]" },
    { "load:010->NXM_NX_REG0[]",
      "load:0x8->NXM_NX_REG0[]" },
    /* Regression (fixed): ovs-ofctl reads the value "0x" as 0; ofct refuses it. */
    { "load:0x->NXM_NX_REG0[]",
      "load:0->NXM_NX_REG0[]" },
    { "load:1->reg0[]",
      "load:0x1->NXM_NX_REG0[]" },
    { "load:1->reg2[8..15]",
      "load:0x1->NXM_NX_REG2[8..15]" },
    { "load:0x123456789abcdef->NXM_NX_XXREG0[0..63]",
      "load:0x123456789abcdef->NXM_NX_XXREG0[0..63]" },
    { "load:0xffffffffffffffff->NXM_NX_XXREG0[64..127]",
      "load:0xffffffffffffffff->NXM_NX_XXREG0[64..127]" },
    { "load:0x10000000000000000->NXM_NX_XXREG0[]",
      "load:0->NXM_NX_XXREG0[0..63],load:0x1->NXM_NX_XXREG0[64..127]" },
    { "load:0x1ffffffffffffffff->NXM_NX_XXREG0[0..64]",
      "load:0xffffffffffffffff->NXM_NX_XXREG0[0..63],load:0x1-"
      ">NXM_NX_XXREG0[64]" },
    { "load:0x1->OXM_OF_METADATA[]",
      "load:0x1->OXM_OF_METADATA[]" },
    { "load:0x1->metadata[]",
      "load:0x1->OXM_OF_METADATA[]" },
    { "load:0x1->OXM_OF_PKT_REG0[]",
      "load:0x1->OXM_OF_PKT_REG0[]" },
    { "load:0x1->xreg0[32..63]",
      "load:0x1->OXM_OF_PKT_REG0[32..63]" },
    { "load:0x001122334455->NXM_OF_ETH_SRC[]",
      "load:0x1122334455->NXM_OF_ETH_SRC[]" },
    { "load:0x1->NXM_OF_ETH_DST[0..7]",
      "load:0x1->NXM_OF_ETH_DST[0..7]" },
    { "load:0x0a000001->NXM_OF_IP_SRC[]",
      "load:0xa000001->NXM_OF_IP_SRC[]" },
    { "load:80->NXM_OF_TCP_DST[]",
      "load:0x50->NXM_OF_TCP_DST[]" },
    { "load:0x1->NXM_NX_PKT_MARK[]",
      "load:0x1->NXM_NX_PKT_MARK[]" },
    { "load:0x1->NXM_NX_IPV6_SRC[0..63]",
      "load:0x1->NXM_NX_IPV6_SRC[0..63]" },
    { "move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]" },
    { "move:NXM_NX_REG0->NXM_NX_REG1[]",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]" },
    { "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]",
      "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]" },
    { "move:NXM_NX_REG0[3]->NXM_NX_REG1[7]",
      "move:NXM_NX_REG0[3]->NXM_NX_REG1[7]" },
    { "move:reg0[]->reg1[]",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]" },
    { "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]",
      "move:NXM_OF_ETH_SRC[]->NXM_OF_ETH_DST[]" },
    { "move:NXM_NX_XXREG0[]->NXM_NX_XXREG1[]",
      "move:NXM_NX_XXREG0[]->NXM_NX_XXREG1[]" },
    { "move:OXM_OF_METADATA[]->OXM_OF_PKT_REG0[]",
      "move:OXM_OF_METADATA[]->OXM_OF_PKT_REG0[]" },
    { "move:NXM_OF_IP_SRC[]->NXM_OF_IP_DST[]",
      "move:NXM_OF_IP_SRC[]->NXM_OF_IP_DST[]" },
    { "move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]",
      "move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]" },
    { "move:NXM_NX_CT_LABEL[]->NXM_NX_XXREG0[]",
      "move:NXM_NX_CT_LABEL[]->NXM_NX_XXREG0[]" },
    { "move:NXM_NX_CT_ZONE[]->NXM_NX_REG0[0..15]",
      "move:NXM_NX_CT_ZONE[]->NXM_NX_REG0[0..15]" },
    { "move:NXM_OF_IN_PORT[]->NXM_NX_REG0[0..15]",
      "move:NXM_OF_IN_PORT[]->NXM_NX_REG0[0..15]" },
    { "move:NXM_OF_ETH_TYPE[]->NXM_NX_REG0[0..15]",
      "move:NXM_OF_ETH_TYPE[]->NXM_NX_REG0[0..15]" },
    { "move:NXM_OF_TCP_SRC[]->NXM_OF_TCP_DST[]",
      "move:NXM_OF_TCP_SRC[]->NXM_OF_TCP_DST[]" },
    { "move:NXM_NX_PKT_MARK[]->NXM_NX_REG0[]",
      "move:NXM_NX_PKT_MARK[]->NXM_NX_REG0[]" },
    { "move:NXM_NX_IPV6_SRC[]->NXM_NX_IPV6_DST[]",
      "move:NXM_NX_IPV6_SRC[]->NXM_NX_IPV6_DST[]" },
    { "drop",
      "drop" },
    { "drop,drop",
      "drop" },
    { "goto_table:1",
      "goto_table:1" },
    { "output:1,goto_table:5",
      "output:1,goto_table:5" },
    { "output:1,,output:2",
      "output:1,output:2" },
    { "   output:1 ,  output:2 ",
      "output:1,output:2" },
    { "conjunction(1,1/2)",
      "conjunction(1,1/2)" },

    /* A parsed note has exactly the bytes given; the padding to a
     * multiple of 8 only appears on the wire. */
    { "note:", "note:" },
    { "note:00.", "note:00" },
    { "note:0102030405060708", "note:01.02.03.04.05.06.07.08" },
    { "note:DEADBEEF", "note:de.ad.be.ef" },
    { "note:.01", "note:01" },
    /* Regression (fixed): ovs-ofctl skips any number of dots between bytes; ofct
     * refuses a second dot ("bad hex digit in `note' argument"). */
    { "note:01..02", "note:01.02" },
    { "conjunction(4294967295,2/2),note:01",
      "conjunction(4294967295,2/2),note:01" },
};

START_TEST(test_format_parsed)
{
    const struct fmt_case *c = &fmt_cases[_i];
    struct ofct_actions *acts = ofct_actions_new();
    char where[256];

    snprintf(where, sizeof where, "\"%s\"", c->text);
    parse_ok(acts, c->text, where);
    check_formats_as(acts, c->fmt, where, "text -> text");

    /* The output is itself valid input that means the same. */
    parse_ok(acts, c->fmt, where);
    check_formats_as(acts, c->fmt, where, "text -> text -> text");
    ofct_actions_free(acts);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Instructions (OpenFlow 1.1+): the actions go in apply_actions, and
 * goto_table is an instruction of its own. */

struct insn_case {
    unsigned versions;
    const char *text;
    const char *hex;
    const char *norm;
};

static const struct insn_case insn_cases[] = {
    { V11_UP, "goto_table:1",
      "0001000801000000",
      "goto_table:1" },
    { V11_UP, "output:1,goto_table:5",
      "000400180000000000000010000000010000000000000000"
      "0001000805000000",
      "output:1,goto_table:5" },
    { V11_UP, "output:1",
      "000400180000000000000010000000010000000000000000",
      "output:1" },
    { V11_UP, "resubmit(,2),goto_table:3",
      "0004001800000000ffff001000002320000efff802000000"
      "0001000803000000",
      "resubmit(,2),goto_table:3" },
    { V11_UP, "ct(commit),goto_table:2",
      "0004002000000000ffff0018000023200023000100000000"
      "0000ff00000000000001000802000000",
      "ct(commit),goto_table:2" },
    { V12_UP, "set_field:1->reg0,goto_table:254",
      "00040018000000000019001000010004000000010000000000010008fe000000",
      "set_field:0x1->reg0,goto_table:254" },
    { V11_UP, "goto_table:255",
      "00010008ff000000",
      "goto_table:255" },
    /* An empty list is no instruction at all. */
    { V11_UP, "drop", "", "drop" },
};

static struct row_version insn_pairs[ARRAY_SIZE(insn_cases) * 6];
static size_t n_insn_pairs;

START_TEST(test_instructions)
{
    const struct insn_case *c = &insn_cases[insn_pairs[_i].row];
    enum ofct_ofp_version v = insn_pairs[_i].version;
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    char where[256];

    snprintf(where, sizeof where, "%s instructions \"%s\"", vname(v),
             c->text);
    parse_ok(acts, c->text, where);
    check_encodes_to(acts, v, true, c->hex, where, "text -> wire");

    hex_to_buf(c->hex, &wire);
    ck_assert_msg(!decode_buf(acts, &wire, v, true, &err),
                  "%s: decoding %s failed: %s", where, c->hex, err.msg);
    check_formats_as(acts, c->norm, where, "wire -> text");
    check_encodes_to(acts, v, true, c->hex, where, "re-encoding");

    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Text errors. */

struct text_error_case {
    const char *text;
    const char *msg;
};

/* Text that ovs-ofctl rejects, with its message. */
static const struct text_error_case text_errors[] = {
    /* ct: flags, table, zone, alg */
    { "ct(force)",
      "\"force\" flag requires \"commit\" flag." },
    { "ct(table=255)",
      "invalid table 0xff" },
    { "ct(table=256)",
      "unknown table 256" },
    { "ct(table=-1)",
      "unknown table -1" },
    { "ct(table=foo)",
      "unknown table foo" },
    { "ct(table=0x10)",
      "unknown table 0x10" },
    { "ct(table=)",
      "unknown table " },
    { "ct(table)",
      "unknown table " },
    { "ct(foo)",
      "invalid argument to \"ct\" action: `foo'" },
    { "ct(foo=1)",
      "invalid argument to \"ct\" action: `foo'" },
    { "ct(commit))",
      "unknown action )" },
    { "ct(zone=65536)",
      "65536: unknown field `65536'" },
    { "ct(zone=-1)",
      "-1: unknown field `'" },
    { "ct(zone=foo)",
      "foo: unknown field `foo'" },
    { "ct(zone=)",
      ": unknown field `'" },
    { "ct(zone)",
      ": unknown field `'" },
    { "ct(commit,zone=foo[])",
      "foo[]: unknown field `foo'" },
    { "ct(commit,zone=NXM_NX_REG0[16..32])",
      "NXM_NX_REG0[16.."
      "32]: ending bit 32 is not valid because field is only 32 bits wide" },
    /* Regression (fixed): ofct's message is "NXM_NX_REG0[0..15]x: trailing garbage
     * following zone subfield". */
    { "ct(zone=NXM_NX_REG0[0..15]x)",
      "unexpected input following field syntax" },
    { "ct(alg=http)",
      "invalid conntrack helper \"http\"" },
    { "ct(alg=)",
      "invalid conntrack helper \"\"" },
    { "ct(alg)",
      "invalid conntrack helper \"\"" },
    { "ct(alg=FTP)",
      "invalid conntrack helper \"FTP\"" },

    /* ct: nested actions */
    { "ct(commit,exec(set_field:1->reg0))",
      "ct action doesn't support nested modification of reg0" },
    { "ct(commit,exec(load:1->NXM_NX_REG0[]))",
      "ct action doesn't support nested modification of reg0" },
    { "ct(commit,exec(move:NXM_NX_CT_MARK[]->NXM_NX_REG0[]))",
      "ct action doesn't support nested modification of reg0" },
    { "ct(commit,exec(output:1))",
      "ct action doesn't support nested action output" },
    { "ct(commit,exec(1))",
      "ct action doesn't support nested action output" },
    { "ct(commit,exec(controller))",
      "ct action doesn't support nested action output" },
    { "ct(commit,exec(ct(commit)))",
      "ct action doesn't support nested action ct" },
    { "ct(commit,exec(ct_clear))",
      "ct action doesn't support nested action ct_clear" },
    { "ct(commit,exec(resubmit(,1)))",
      "ct action doesn't support nested action resubmit" },
    { "ct(commit,exec(note:01))",
      "ct action doesn't support nested action note" },
    { "ct(commit,exec(goto_table:1))",
      "ct action doesn't support nested action goto_table" },
    { "ct(commit,exec(set_field:1->ct_mark,output:1))",
      "ct action doesn't support nested action output" },
    { "ct(commit,exec(set_field:1->ct_zone))",
      "ct_zone is read-only" },
    { "ct(commit,exec(set_field:1->ct_state))",
      "ct_state is read-only" },
    { "ct(commit,exec(foo))",
      "unknown action foo" },
    { "ct(commit,exec(set_field:1->ct_mark,drop))",
      "\"drop\" must not be accompanied by any other action or instruction" },
    { "ct(commit,exec(set_field:1->ct_mark),output:1)",
      "invalid argument to \"ct\" action: `output'" },
    /* Regression (fixed): ofct's message is "ct action doesn't support nested
     * modification of ip_src". */
    { "ct(commit,exec(mod_nw_src:1.2.3.4))",
      "ct action doesn't support nested action mod_nw_src" },
    { "ct(commit,exec(ct(commit,exec(ct(commit)))))",
      "ct action doesn't support nested action ct" },
    /* Regression (fixed): with 4 or more levels of ct ofct says "actions nested too
     * deeply"; ovs-ofctl gives the nesting message at any depth. */
    { "ct(commit,exec(ct(commit,exec(ct(commit,exec(ct(commit)))))))",
      "ct action doesn't support nested action ct" },

    /* nat */
    { "nat",
      "Cannot have NAT action outside of \"ct\" action" },
    { "nat(src)",
      "Cannot have NAT action outside of \"ct\" action" },
    { "ct(nat(foo))",
      "invalid key \"foo\" in \"nat\" argument" },
    { "ct(nat=foo)",
      "invalid key \"foo\" in \"nat\" argument" },
    { "ct(nat(src,dst))",
      "May only specify one of \"src\" or \"dst\"." },
    { "ct(nat(persistent))",
      "Flags allowed only with \"src\" or \"dst\"." },
    { "ct(nat(random))",
      "Flags allowed only with \"src\" or \"dst\"." },
    { "ct(nat(hash))",
      "Flags allowed only with \"src\" or \"dst\"." },
    { "ct(commit,nat(src,hash,random))",
      "Both \"hash\" and \"random\" are not allowed." },
    { "ct(commit,nat(src=10.0.0.1-10.0.0.0))",
      "invalid nat range \"10.0.0.1-10.0.0.0\"" },
    { "ct(commit,nat(src=10.0.0.1:10-9))",
      "invalid nat range \"10.0.0.1:10-9\"" },
    /* Regression (fixed): ovs-ofctl's IPv6 scanner takes the hex digit 'f' before
     * failing, hence "(oo)" and pos 1; ofct says "garbage (foo) after nat
     * range \"foo\" (pos: 0)". */
    { "ct(commit,nat(src=foo))",
      "garbage (oo) after nat range \"foo\" (pos: 1)" },
    { "ct(commit,nat(src=10.0.0.1x))",
      "garbage (x) after nat range \"10.0.0.1x\" (pos: 8)" },
    { "ct(commit,nat(src=10.0.0.1:80x))",
      "garbage (x) after nat range \"10.0.0.1:80x\" (pos: 11)" },
    { "ct(commit,nat(src=10.0.0.1:))",
      "invalid nat range \"10.0.0.1:\"" },
    { "ct(commit,nat(src=10.0.0.1-))",
      "invalid nat range \"10.0.0.1-\"" },
    { "ct(commit,nat(src=10.0.0.1-foo))",
      "invalid nat range \"10.0.0.1-foo\"" },
    { "ct(commit,nat(src=::1-::0))",
      "invalid nat range \"::1-::0\"" },
    { "ct(commit,nat(src=[::1))",
      "garbage ([::1) after nat range \"[::1\" (pos: 0)" },

    /* other actions */
    { "foo",
      "unknown action foo" },
    { "foo:1",
      "unknown action foo" },
    { "drop,output:1",
      "\"drop\" must not be accompanied by any other action or instruction" },
    { "output:1,drop",
      "\"drop\" must not be accompanied by any other action or instruction" },
    { "set_field:1->reg0,drop",
      "\"drop\" must not be accompanied by any other action or instruction" },
    { "output:foo",
      "foo: output to unknown port" },
    { "output:",
      ": output to unknown port" },
    { "output:1,output",
      ": output to unknown port" },
    { "output:0xfff8",
      "0xfff8: output to unknown port" },
    { "output:-1",
      "-1: output to unknown port" },
    { "output:1x",
      "1x: output to unknown port" },
    { "output:99999",
      "99999: output to unknown port" },
    { "output:4294967296",
      "4294967296: output to unknown port" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "ANY",
      "output to invalid port 65535 (OFPBAC_BAD_OUT_PORT)" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "output:ANY",
      "output to invalid port 65535 (OFPBAC_BAD_OUT_PORT)" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "output:NONE",
      "output to invalid port 65535 (OFPBAC_BAD_OUT_PORT)" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "output:65535",
      "output to invalid port 65535 (OFPBAC_BAD_OUT_PORT)" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "output:65280",
      "output to invalid port 65280 (OFPBAC_BAD_OUT_PORT)" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "output:4294967295",
      "output to invalid port 65535 (OFPBAC_BAD_OUT_PORT)" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_OUT_PORT)", from its flow check. */
    { "output:4294967040",
      "output to invalid port 65280 (OFPBAC_BAD_OUT_PORT)" },
    { "controller(foo=1)",
      "unknown key \"foo\" parsing controller action" },
    { "controller(reason=foo)",
      "unknown reason \"foo\"" },
    { "controller(max_len=70000)",
      "invalid max_len \"70000\"" },
    { "controller(max_len=foo)",
      "invalid max_len \"foo\"" },
    { "controller(max_len=)",
      "invalid max_len \"\"" },
    { "controller(id=70000)",
      "invalid id \"70000\"" },
    { "controller:foo",
      "unknown key \"foo\" parsing controller action" },
    { "controller:70000",
      "invalid max_len \"70000\"" },
    { "resubmit",
      "at least one \"in_port\" or \"table\" must be specified on resubmit" },
    { "resubmit:",
      "at least one \"in_port\" or \"table\" must be specified on resubmit" },
    { "resubmit()",
      "at least one \"in_port\" or \"table\" must be specified on resubmit" },
    { "resubmit(,)",
      "at least one \"in_port\" or \"table\" must be specified on resubmit" },
    { "resubmit(,255)",
      "at least one \"in_port\" or \"table\" must be specified on resubmit" },
    { "resubmit:IN_PORT",
      "at least one \"in_port\" or \"table\" must be specified on resubmit" },
    { "resubmit(,256)",
      "256: resubmit to unknown table" },
    { "resubmit(,-1)",
      "-1: resubmit to unknown table" },
    { "resubmit(,foo)",
      "foo: resubmit to unknown table" },
    { "resubmit(foo)",
      "foo: resubmit to unknown port" },
    { "resubmit:foo",
      "foo: resubmit to unknown port" },
    { "resubmit(1,2,3)",
      "3: unknown parameter" },
    { "resubmit(1,2,foo)",
      "foo: unknown parameter" },
    { "set_field",
      ": missing `->'" },
    { "set_field:1",
      "1: missing `->'" },
    { "set_field:1->",
      "1->: missing field name following `->'" },
    { "set_field:1->foo",
      "foo is not a valid OXM field name" },
    { "set_field:1->NXM_NX_REG0",
      "NXM_NX_REG0 is not a valid OXM field name" },
    { "set_field:1->reg0[]",
      "reg0[] is not a valid OXM field name" },
    { "set_field:0x100000000->reg0",
      "0x100000000: value too large for 4-byte field reg0" },
    { "set_field:foo->reg0",
      "foo: bad syntax for reg0 value" },
    { "set_field:1->eth_type",
      "eth_type is read-only" },
    { "set_field:6->ip_proto",
      "ip_proto is read-only" },
    { "set_field:1->ct_state",
      "ct_state is read-only" },
    { "set_field:1->ct_zone",
      "ct_zone is read-only" },
    { "set_field:1->ct_nw_src",
      "ct_nw_src is read-only" },
    { "set_field:1->ip_frag",
      "ip_frag is read-only" },
    { "set_field:1->tcp_flags",
      "tcp_flags is read-only" },
    { "set_field:1->ct_mark",
      "cannot set CT fields outside of ct action" },
    { "set_field:1->ct_label",
      "cannot set CT fields outside of ct action" },
    { "set_field:1.2.3->ip_src",
      "1.2.3: invalid IP address" },
    { "set_field:::1->ip_src",
      "::1: invalid IP address" },
    { "set_field:00:11:22:33:44->eth_src",
      "00:11:22:33:44: invalid Ethernet address" },
    { "set_field:64->ip_dscp",
      "64 is not a valid value for field ip_dscp" },
    { "set_field:4->ip_ecn",
      "4 is not a valid value for field ip_ecn" },
    { "set_field:0x100000->ipv6_label",
      "0x100000 is not a valid value for field ipv6_label" },
    { "set_field:65536->tcp_dst",
      "65536: value too large for 2-byte field tcp_dst" },
    { "load",
      ": missing `->'" },
    { "load:1",
      "1: missing `->'" },
    { "load:1->",
      "1->: missing field name following `->'" },
    { "load:1->foo",
      "foo: unknown field `foo'" },
    { "load:1->NXM_NX_REG0[",
      "NXM_NX_REG0[: syntax error expecting [] or [<bit>] or [<start>.."
      "<end>]" },
    { "load:1->NXM_NX_REG0[0..",
      "NXM_NX_REG0[0..: syntax error expecting [] or [<bit>] or [<start>.."
      "<end>]" },
    /* Regression (fixed): ofct's message is "NXM_NX_REG0[0..31]x: trailing garbage
     * following subfield". */
    { "load:1->NXM_NX_REG0[0..31]x",
      "unexpected input following field syntax" },
    { "load:1->NXM_NX_REG0[0..32]",
      "NXM_NX_REG0[0.."
      "32]: ending bit 32 is not valid because field is only 32 bits wide" },
    { "load:1->NXM_NX_REG0[32]",
      "NXM_NX_REG0[32]: starting bit 32 is not valid because field is only "
      "32 bits wide" },
    { "load:1->NXM_NX_REG0[3..2]",
      "NXM_NX_REG0[3..2]: starting bit 3 is after ending bit 2" },
    { "load:0x100000000->NXM_NX_REG0[]",
      "0x100000000->NXM_NX_REG0[]: cannot parse integer value" },
    { "load:0x10->NXM_NX_REG0[0..3]",
      "0x10->NXM_NX_REG0[0..3]: value 0x10 does not fit into 4 bits" },
    { "load:16->NXM_NX_REG0[0..3]",
      "16->NXM_NX_REG0[0..3]: value 0x10 does not fit into 4 bits" },
    { "load:2->NXM_NX_REG0[0]",
      "2->NXM_NX_REG0[0]: value 0x2 does not fit into 1 bits" },
    { "load:0x1ff->NXM_OF_ETH_SRC[0..7]",
      "0x1ff->NXM_OF_ETH_SRC[0.."
      "7]: value 00:00:00:00:01:ff does not fit into 8 bits" },
    { "load:0x1ff->NXM_OF_IP_SRC[0..7]",
      "0x1ff->NXM_OF_IP_SRC[0..7]: value 0.0.1.255 does not fit into 8 bits" },
    { "load:0x1ff->NXM_NX_IPV6_SRC[0..7]",
      "0x1ff->NXM_NX_IPV6_SRC[0..7]: value ::1ff does not fit into 8 bits" },
    { "load:foo->NXM_NX_REG0[]",
      "foo->NXM_NX_REG0[]: cannot parse integer value" },
    { "load:-1->NXM_NX_REG0[]",
      "-1->NXM_NX_REG0[]: cannot parse integer value" },
    { "load:->NXM_NX_REG0[]",
      "->NXM_NX_REG0[]: cannot parse integer value" },
    { "load:1->NXM_NX_CT_MARK[]",
      "cannot set CT fields outside of ct action" },
    { "load:1->NXM_NX_CT_LABEL[]",
      "cannot set CT fields outside of ct action" },
    { "load:0x100000000000000000000000000000000->NXM_NX_XXREG0[]",
      "0x100000000000000000000000000000000-"
      ">NXM_NX_XXREG0[]: cannot parse integer value" },
    { "load:18446744073709551616->NXM_NX_XXREG0[]",
      "18446744073709551616->NXM_NX_XXREG0[]: cannot parse integer value" },
    { "move",
      ": unknown field `'" },
    { "move:NXM_NX_REG0[]",
      "NXM_NX_REG0[]: missing `->' following source" },
    { "move:NXM_NX_REG0[]->",
      ": unknown field `'" },
    { "move:NXM_NX_REG0[]->NXM_NX_REG1[0..15]",
      "NXM_NX_REG0[]->NXM_NX_REG1[0.."
      "15]: source field is 32 bits wide but destination is 16 bits wide" },
    { "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[]",
      "NXM_NX_REG0[0..15]-"
      ">NXM_NX_REG1[]: source field is 16 bits wide but destination is 32 b"
      "its wide" },
    { "move:NXM_NX_REG0[]->NXM_NX_XXREG0[]",
      "NXM_NX_REG0[]-"
      ">NXM_NX_XXREG0[]: source field is 32 bits wide but destination is 12"
      "8 bits wide" },
    { "move:NXM_NX_REG0[]->NXM_OF_ETH_TYPE[0..15]",
      "NXM_NX_REG0[]->NXM_OF_ETH_TYPE[0.."
      "15]: source field is 32 bits wide but destination is 16 bits wide" },
    /* ovs-ofctl: "actions are invalid with specified match
     * (OFPBAC_BAD_SET_ARGUMENT)", from its flow check. */
    { "move:NXM_NX_REG0[0..15]->NXM_OF_ETH_TYPE[]",
      "destination field eth_type is not writable" },
    { "move:NXM_NX_REG0[0..15]->NXM_NX_CT_ZONE[]",
      "destination field ct_zone is not writable" },
    { "move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]",
      "cannot set CT fields outside of ct action" },
    { "move:foo[]->NXM_NX_REG0[]",
      "foo[]->NXM_NX_REG0[]: unknown field `foo'" },
    { "move:NXM_NX_REG0[]->foo[]",
      "foo[]: unknown field `foo'" },
    /* Regression (fixed): ofct's message is "x: trailing garbage following subfield". */
    { "move:NXM_NX_REG0[]->NXM_NX_REG1[]x",
      "unexpected input following field syntax" },
    { "move:NXM_NX_REG0[]NXM_NX_REG1[]",
      "NXM_NX_REG0[]NXM_NX_REG1[]: missing `->' following source" },
    { "move:NXM_NX_REG0[0..32]->NXM_NX_REG1[]",
      "NXM_NX_REG0[0..32]-"
      ">NXM_NX_REG1[]: ending bit 32 is not valid because field is only 32 "
      "bits wide" },
    { "note:0",
      "bad hex digit in `note' argument" },
    { "note:xx",
      "bad hex digit in `note' argument" },
    { "note:0g",
      "bad hex digit in `note' argument" },
    { "note:01.0",
      "bad hex digit in `note' argument" },
    { "note:01:02",
      "bad hex digit in `note' argument" },
    { "goto_table:foo",
      "unknown table \"foo\"" },
    { "goto_table:256",
      "unknown table \"256\"" },
    { "goto_table:-1",
      "unknown table \"-1\"" },
    { "goto_table",
      "unknown table \"\"" },
    { "goto_table:1,goto_table:2",
      "duplicate goto_table instruction not allowed, for OpenFlow 1."
      "1+ compatibility" },
    { "goto_table:1,goto_table:1",
      "duplicate goto_table instruction not allowed, for OpenFlow 1."
      "1+ compatibility" },
    { "goto_table:1,output:1",
      "invalid instruction ordering: apply_actions must appear before goto_"
      "table, for OpenFlow 1.1+ compatibility" },
    { "output:1,goto_table:2,goto_table:3",
      "duplicate goto_table instruction not allowed, for OpenFlow 1."
      "1+ compatibility" },
    { "apply_actions(output:1)",
      "apply_actions is the default instruction" },
    { "mod_nw_src:foo",
      "foo: could not convert to IP address" },
    { "mod_nw_tos:3",
      "3: not a valid TOS" },
    { "mod_nw_ecn:4",
      "4: not a valid ECN" },
    { "mod_tp_dst:70000",
      "invalid destination port \"70000\"" },
    { "mod_nw_ttl:256",
      "invalid TTL \"256\"" },
    { "conjunction(1,2/2),output:1",
      "\"conjunction\" actions may be used along with \"note\" but not any "
      "other kind of action (such as the \"output\" action used here)" },
    { "conjunction(1,3/2)",
      "clause index must be less than or equal to number of clauses" },
    { "conjunction(1,0/2)",
      "clause index must be positive" },
    { "conjunction(1,1/1)",
      "conjunction must have at least 2 clauses" },
    { "conjunction(1,1/65)",
      "conjunction must have at most 64 clauses" },
    { "conjunction(1)",
      "\"conjunction\" syntax is \"conjunction(id,i/n)\"" },
};

/* Text that ovs-ofctl accepts (or encodes into bytes that it then refuses
 * to decode) and ofct refuses on purpose, with ofct's message. */
static const struct text_error_case text_errors_ofct[] = {
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_SET_LEN) */
    { "ct(zone=NXM_NX_REG0[0..7])",
      "zone n_bits 8 not within valid range [16..16]" },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_SET_LEN) */
    { "ct(zone=NXM_NX_REG0[0..31])",
      "zone n_bits 32 not within valid range [16..16]" },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_SET_LEN) */
    { "ct(zone=NXM_NX_REG0[])",
      "zone n_bits 32 not within valid range [16..16]" },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_SET_LEN) */
    { "ct(zone=reg0)",
      "zone n_bits 32 not within valid range [16..16]" },
    /* ovs-ofctl -> ct(zone=2) */
    { "ct(zone=1,zone=2)",
      "\"ct\" action: \"zone\" given more than once" },
    /* ovs-ofctl -> ct(zone=NXM_NX_REG0[0..15]) */
    { "ct(zone=NXM_NX_REG0[0..15],zone=3)",
      "\"ct\" action: \"zone\" given more than once" },
    /* ovs-ofctl -> ct(table=2) */
    { "ct(table=1,table=2)",
      "\"ct\" action: \"table\" given more than once" },
    /* ovs-ofctl accepts */
    { "ct(alg=ftp,alg=tftp)",
      "\"ct\" action: \"alg\" given more than once" },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_ARGUMENT) */
    { "ct(exec(set_field:1->ct_mark))",
      "CT action requires commit flag if actions other than NAT without arg"
      "uments are specified." },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_ARGUMENT) */
    { "ct(exec(load:1->NXM_NX_CT_MARK[]))",
      "CT action requires commit flag if actions other than NAT without arg"
      "uments are specified." },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_ARGUMENT) */
    { "ct(exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
      "CT action requires commit flag if actions other than NAT without arg"
      "uments are specified." },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_ARGUMENT) */
    { "ct(nat(src=10.0.0.1))",
      "CT action requires commit flag if actions other than NAT without arg"
      "uments are specified." },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_ARGUMENT) */
    { "ct(nat(src))",
      "CT action requires commit flag if actions other than NAT without arg"
      "uments are specified." },
    /* ovs-ofctl accepts, but rejects its own encoding (OFPBAC_BAD_ARGUMENT) */
    { "ct(nat,exec(set_field:1->ct_mark))",
      "CT action requires commit flag if actions other than NAT without arg"
      "uments are specified." },
    /* ovs-ofctl -> ct(commit,nat(src=10.0.0.1)) */
    { "ct(commit,nat(src=10.0.0.1:65536))",
      "invalid nat range \"10.0.0.1:65536\"" },
    /* ovs-ofctl -> ct(commit,nat(src=10.0.0.1:4464)) */
    { "ct(commit,nat(src=10.0.0.1:70000))",
      "invalid nat range \"10.0.0.1:70000\"" },
    /* ovs-ofctl -> ct(commit,nat(src=[::1]:34463)) */
    { "ct(commit,nat(src=[::1]:99999))",
      "invalid nat range \"[::1]:99999\"" },
    /* ovs-ofctl -> ct(commit,nat(src=10.0.0.0)) */
    { "ct(commit,nat(src=10.0.0.256))",
      "invalid nat range \"10.0.0.256\"" },
    /* ovs-ofctl -> ct(commit,nat(src)) */
    { "ct(commit,nat(src=10.0.0))",
      "invalid nat range \"10.0.0\"" },
    /* ovs-ofctl -> ct_clear */
    { "ct_clear(1)",
      "ct_clear does not take an argument (got `1')" },
    /* ovs-ofctl -> ct_clear */
    { "ct_clear(foo)",
      "ct_clear does not take an argument (got `foo')" },
    /* ovs-ofctl -> ct_clear */
    { "ct_clear:1",
      "ct_clear does not take an argument (got `1')" },
    /* ovs-ofctl -> load:0x1->NXM_NX_REG0[] */
    { "load:0x1zz->NXM_NX_REG0[]",
      "0x1zz->NXM_NX_REG0[]: cannot parse integer value" },
    /* ovs-ofctl accepts, but rejects its own encoding
     * (OFPBAC_BAD_SET_ARGUMENT) */
    { "load:1->NXM_OF_ETH_TYPE[]",
      "destination field eth_type is not writable" },
    /* ovs-ofctl accepts, but rejects its own encoding
     * (OFPBAC_BAD_SET_ARGUMENT) */
    { "load:1->NXM_OF_IP_PROTO[]",
      "destination field nw_proto is not writable" },
    /* ovs-ofctl accepts, but rejects its own encoding
     * (OFPBAC_BAD_SET_ARGUMENT) */
    { "load:1->NXM_NX_CT_STATE[]",
      "destination field ct_state is not writable" },
    /* ovs-ofctl accepts, but rejects its own encoding
     * (OFPBAC_BAD_SET_ARGUMENT) */
    { "load:1->NXM_NX_CT_ZONE[]",
      "destination field ct_zone is not writable" },
    /* ovs-ofctl -> resubmit(1,2,ct) */
    { "resubmit(1,2,ct,4)",
      "4: unexpected resubmit argument" },
    /* ovs-ofctl -> output:NXM_NX_REG0[] */
    { "output:NXM_NX_REG0[]",
      "output to a field (NXM_NX_REG0[]) is not supported by ofct" },
    /* ovs-ofctl -> output(port=1,max_len=100) */
    { "output(port=1,max_len=100)",
      "output with truncation (port=1,max_len=100) is not supported by ofct" },
    /* ovs-ofctl -> controller(userdata=01.02) */
    { "controller(userdata=01.02)",
      "controller action: \"userdata\" (NXAST_CONTROLLER2) is not supported"
      " by ofct" },
    /* ovs-ofctl -> controller(pause) */
    { "controller(pause)",
      "controller action: \"pause\" (NXAST_CONTROLLER2) is not supported by"
      " ofct" },
    /* ovs-ofctl -> controller(meter_id=1) */
    { "controller(meter_id=1)",
      "controller action: \"meter_id\" (NXAST_CONTROLLER2) is not supported"
      " by ofct" },
    /* ovs-ofctl -> write_actions(output:1) */
    { "write_actions(output:1)",
      "action \"write_actions\" is not supported by ofct" },
    /* ovs-ofctl -> clear_actions */
    { "clear_actions",
      "action \"clear_actions\" is not supported by ofct" },
    /* ovs-ofctl -> write_metadata:0x1 */
    { "write_metadata:1",
      "action \"write_metadata\" is not supported by ofct" },
    /* ovs-ofctl -> meter:1 */
    { "meter:1",
      "action \"meter\" is not supported by ofct" },
};

static void
check_text_error(const struct text_error_case *c)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_error err;
    int rc;

    ofct_error_clear(&err);
    rc = ofct_actions_parse(acts, c->text, &err);
    if (!rc) {
        char *text = format_acts(acts);
        ck_abort_msg("\"%s\" parsed as \"%s\", expected error \"%s\"",
                     c->text, text, c->msg);
        free(text);
    }
    ck_assert_int_eq(rc, -1);
    ck_assert_msg(!strcmp(err.msg, c->msg),
                  "\"%s\":\n  got      %s\n  expected %s",
                  c->text, err.msg, c->msg);
    ofct_actions_free(acts);
}

START_TEST(test_text_error)
{
    check_text_error(&text_errors[_i]);
}
END_TEST

START_TEST(test_text_error_ofct)
{
    check_text_error(&text_errors_ofct[_i]);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Wire errors and lenient decodings. */

struct wire_error_case {
    unsigned versions;
    const char *what;
    const char *hex;
    const char *error;          /* ofct_ofperr_name() of the error */
};

/* Actions that ovs-ofctl refuses to decode. */
static const struct wire_error_case wire_errors[] = {
    { V_ALL, "list length not a multiple of 8",
      "0000000800010000ff",
      "OFPBRC_BAD_LEN" },
    { V_ALL, "list length 4",
      "ffff0018",
      "OFPBRC_BAD_LEN" },
    { V_ALL, "action length 0",
      "0000000000000000",
      "OFPBAC_BAD_LEN" },
    { V10, "OF1.0 output length 16",
      "00000010000100000000000000000000",
      "OFPBAC_BAD_LEN" },
    { V11_UP, "OF1.0 output length 16",
      "00000010000100000000000000000000",
      "OFPBAC_BAD_OUT_PORT" },
    { V11_UP, "OF1.1 output length 8",
      "0000000800010000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "action longer than buffer",
      "ffff00200000232000230000000000000000ff0000000000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "ct length 16 (< 24)",
      "ffff0010000023200023000000000000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "ct length 28 in 32-byte list",
      "ffff001c0000232000230000000000000000ff0000000000"
      "0000000000000000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "experimenter header only",
      "ffff000800002320",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "ct_clear length 24",
      "ffff001800002320002b0000000000000000000000000000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "resubmit length 24",
      "ffff00180000232000010005000000000000000000000000",
      "OFPBAC_BAD_LEN" },
    { V10_11, "set_field length 8 (header only)",
      "0019000800010004",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field length 8 (header only)",
      "0019000800010004",
      "OFPBMC_BAD_LEN" },
    { V10_14, "reg_load length 32",
      "ffff0020000023200007001f000100040000000000000001"
      "0000000000000000",
      "OFPBAC_BAD_LEN" },
    { V15, "reg_load length 32",
      "ffff0020000023200007001f000100040000000000000001"
      "0000000000000000",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "reg_move length 16",
      "ffff0010000023200006000000000000",
      "OFPBMC_BAD_LEN" },
    { V15, "reg_move length 16",
      "ffff0010000023200006000000000000",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V_ALL, "unknown vendor",
      "ffff0010000012340000000000000000",
      "OFPBAC_BAD_VENDOR" },
    { V_ALL, "vendor 0 experimenter",
      "ffff0010000000000000000000000000",
      "OFPBAC_BAD_VENDOR" },
    { V_ALL, "unknown NX subtype 0xffff",
      "ffff001000002320ffff000000000000",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V_ALL, "unknown NX subtype 0xff",
      "ffff00100000232000ff000000000000",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V_ALL, "unknown standard type 0xab",
      "00ab000800000000",
      "OFPBAC_BAD_TYPE" },
    { V10_11, "set_field type in OF1.0",
      "00190010000100040000000100000000",
      "OFPBAC_BAD_TYPE" },
    { V10_14, "copy_field type before OF1.5",
      "001c00180020000000000000000100040001020400000000",
      "OFPBAC_BAD_TYPE" },
    { V_ALL, "ct force without commit",
      "ffff00180000232000230002000000000000ff0000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "ct zone 8 bits",
      "ffff00180000232000230000000100040007ff0000000000",
      "OFPBAC_BAD_SET_LEN" },
    { V_ALL, "ct zone 32 bits",
      "ffff0018000023200023000000010004001fff0000000000",
      "OFPBAC_BAD_SET_LEN" },
    { V_ALL, "ct zone 16 bits past end of reg0",
      "ffff0018000023200023000000010004050fff0000000000",
      "OFPBAC_BAD_SET_LEN" },
    { V_ALL, "ct zone unknown field",
      "ffff001800002320002300000001fe04000fff0000000000",
      "OFPBAC_BAD_SET_TYPE" },
    { V_ALL, "nested ct",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000230000000000000000ff0000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nested ct_clear",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff001000002320002b000000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V10, "nested output",
      "ffff00200000232000230001000000000000ff0000000000"
      "0000000800010000",
      "OFPBAC_BAD_ARGUMENT" },
    { V11_UP, "nested output",
      "ffff00200000232000230001000000000000ff0000000000"
      "0000000800010000",
      "OFPBAC_BAD_LEN" },
    { V10_14, "nested reg0 load",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f000100040000000000000001",
      "OFPBAC_BAD_ARGUMENT" },
    { V15, "nested reg0 load",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f000100040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "nested ct_zone load",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007000f0001d4020000000000000001",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "nested ct_zone load",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007000f0001d4020000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "nested ct_mark load without commit",
      "ffff00300000232000230000000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001",
      "OFPBAC_BAD_ARGUMENT" },
    { V15, "nested ct_mark load without commit",
      "ffff00300000232000230000000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V15, "nested ct_mark load with commit",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V_ALL, "nested nat with src without commit",
      "ffff00280000232000230000000000000000ff0000000000"
      "ffff0010000023200024000000010000",
      "OFPBAC_BAD_ARGUMENT" },
    { V15, "nested move to ct_mark",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200006002000000000000100040001d604",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "ct_mark load outside ct",
      "ffff0018000023200007001f0001d6040000000000000001",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "ct_mark load outside ct",
      "ffff0018000023200007001f0001d6040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "ct_label move outside ct",
      "ffff00180000232000060080000000000001de100001d810",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "ct_label move outside ct",
      "ffff00180000232000060080000000000001de100001d810",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "ct truncated nested action",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d604",
      "OFPBAC_BAD_LEN" },
    { V15, "ct truncated nested action",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d604",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V_ALL, "nat outside ct",
      "ffff0010000023200024000000010000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V_ALL, "nat src+dst",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000030000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat hash+random",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000190000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat unknown flag 0x20",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000210000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv4 max without min",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100020a00000100000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv6 max without min",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000100080000000000000000"
      "0000000000000001",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat proto max without min",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100210a00000100500000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat proto min without address",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100100050000000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv4 and ipv6",
      "ffff00400000232000230001000000000000ff0000000000"
      "ffff00280000232000240000000100050a00000100000000"
      "00000000000000000000000100000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv4 range truncated",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100030a00000100000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv6 range truncated",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100040000000000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv4 max < min",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100030a0000020a000001",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv6 max < min",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff003000002320002400000001000c0000000000000000"
      "000000000000000200000000000000000000000000000001",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat port max < min",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100310a00000100500040",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat port min 0",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100110a00000100000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "nat ipv4 min 0",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100010000000000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V10_14, "load value too wide",
      "ffff00180000232000070003000100040000000000000010",
      "OFPBAC_BAD_ARGUMENT" },
    { V15, "load value too wide",
      "ffff00180000232000070003000100040000000000000010",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "load 64-bit value in 32-bit field",
      "ffff0018000023200007003f000100040000000000000001",
      "OFPBAC_BAD_SET_LEN" },
    { V15, "load 64-bit value in 32-bit field",
      "ffff0018000023200007003f000100040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "load bits past end",
      "ffff00180000232000070783000100040000000000000001",
      "OFPBAC_BAD_SET_LEN" },
    { V15, "load bits past end",
      "ffff00180000232000070783000100040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "load to eth_type",
      "ffff0018000023200007000f000006020000000000000001",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "load to eth_type",
      "ffff0018000023200007000f000006020000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "load to ip_proto",
      "ffff0018000023200007000700000c010000000000000001",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "load to ip_proto",
      "ffff0018000023200007000700000c010000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "load to unknown field",
      "ffff0018000023200007001f0001fe040000000000000001",
      "OFPBAC_BAD_SET_TYPE" },
    { V15, "load to unknown field",
      "ffff0018000023200007001f0001fe040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V15, "load to masked header",
      "ffff0018000023200007001f000101080000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "load to ct_state",
      "ffff0018000023200007001f0001d2040000000000000001",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "load to ct_state",
      "ffff0018000023200007001f0001d2040000000000000001",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_11, "set_field OXM length 8 for reg0",
      "00190010000100080000000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field OXM length 8 for reg0",
      "00190010000100080000000000000000",
      "OFPBAC_BAD_SET_LEN" },
    { V10_11, "set_field OXM length 2 for reg0",
      "00190010000100020000000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field OXM length 2 for reg0",
      "00190010000100020000000000000000",
      "OFPBAC_BAD_SET_LEN" },
    { V10_11, "set_field masked reg0",
      "00190010000101080000000100000001",
      "OFPBAC_BAD_TYPE" },
    { V12_14, "set_field masked reg0",
      "00190010000101080000000100000001",
      "OFPBAC_BAD_SET_MASK" },
    { V10_11, "set_field value outside mask",
      "00190010000101080000000300000001",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field value outside mask",
      "00190010000101080000000300000001",
      "OFPBMC_BAD_WILDCARDS" },
    { V10_11, "set_field nonzero padding",
      "00190010000100040000000100000001",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field nonzero padding",
      "00190010000100040000000100000001",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field entry longer than action",
      "001900100001de100000000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field entry longer than action",
      "001900100001de100000000000000000",
      "OFPBMC_BAD_LEN" },
    { V10_11, "set_field unknown OXM",
      "001900100001fe040000000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field unknown OXM",
      "001900100001fe040000000000000000",
      "OFPBAC_BAD_SET_LEN" },
    { V10_11, "set_field ip_proto",
      "00190010800014010600000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field ip_proto",
      "00190010800014010600000000000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field eth_type",
      "0019001080000a020800000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field eth_type",
      "0019001080000a020800000000000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field ip_dscp 64",
      "00190010800010014000000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field ip_dscp 64",
      "00190010800010014000000000000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field ip_ecn 4",
      "00190010800012010400000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field ip_ecn 4",
      "00190010800012010400000000000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field ipv6_label 0x100000",
      "00190010800038040010000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field ipv6_label 0x100000",
      "00190010800038040010000000000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field vlan_vid without present bit",
      "0019001080000c020005000000000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field vlan_vid without present bit",
      "0019001080000c020005000000000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field in_port_oxm",
      "00190010800000040000000500000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field in_port_oxm",
      "00190010800000040000000500000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field ct_mark outside ct",
      "001900100001d6040000000100000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field ct_mark outside ct",
      "001900100001d6040000000100000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field ct_state",
      "001900100001d2040000000100000000",
      "OFPBAC_BAD_TYPE" },
    { V12_UP, "set_field ct_state",
      "001900100001d2040000000100000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field length 24 for 4-byte field",
      "001900180001000400000000000000000000000000000000",
      "OFPBAC_BAD_TYPE" },
    { V10_14, "move bits past end of source",
      "ffff00180000232000060020000100000001000400010204",
      "OFPBAC_BAD_SET_LEN" },
    { V15, "move bits past end of source",
      "ffff00180000232000060020000100000001000400010204",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move bits past end of dest",
      "ffff00180000232000060020000000010001000400010204",
      "OFPBAC_BAD_SET_LEN" },
    { V15, "move bits past end of dest",
      "ffff00180000232000060020000000010001000400010204",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move zero bits",
      "ffff00180000232000060000000000000001000400010204",
      "OFPBAC_BAD_SET_LEN" },
    { V15, "move zero bits",
      "ffff00180000232000060000000000000001000400010204",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move unknown source",
      "ffff00180000232000060020000000000001fe0400010204",
      "OFPBMC_BAD_FIELD" },
    { V15, "move unknown source",
      "ffff00180000232000060020000000000001fe0400010204",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move unknown dest",
      "ffff0018000023200006002000000000000100040001fe04",
      "OFPBMC_BAD_FIELD" },
    { V15, "move unknown dest",
      "ffff0018000023200006002000000000000100040001fe04",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move to eth_type",
      "ffff00180000232000060010000000000001000400000602",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "move to eth_type",
      "ffff00180000232000060010000000000001000400000602",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move to ct_zone",
      "ffff0018000023200006001000000000000100040001d402",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V15, "move to ct_zone",
      "ffff0018000023200006001000000000000100040001d402",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move nonzero padding",
      "ffff00200000232000060020000000000001000400010204"
      "0100000000000000",
      "NXBRC_MUST_BE_ZERO" },
    { V15, "move nonzero padding",
      "ffff00200000232000060020000000000001000400010204"
      "0100000000000000",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "move masked src header",
      "ffff00180000232000060020000000000001010800010204",
      "OFPBMC_BAD_MASK" },
    { V15, "move masked src header",
      "ffff00180000232000060020000000000001010800010204",
      "OFPBAC_BAD_VENDOR_TYPE" },
    { V10_14, "copy_field bits past end",
      "001c00180021000000000000000100040001020400000000",
      "OFPBAC_BAD_TYPE" },
    { V15, "copy_field bits past end",
      "001c00180021000000000000000100040001020400000000",
      "OFPBAC_BAD_SET_LEN" },
    { V10_14, "copy_field nonzero pad",
      "001c001800200000000000ff000100040001020400000000",
      "OFPBAC_BAD_TYPE" },
    { V10_14, "copy_field nonzero trailing pad",
      "001c0018002000000000000000010004000102040000ff00",
      "OFPBAC_BAD_TYPE" },
    { V15, "copy_field nonzero trailing pad",
      "001c0018002000000000000000010004000102040000ff00",
      "NXBRC_MUST_BE_ZERO" },
    { V10_14, "copy_field unknown",
      "001c001800200000000000000001fe040001020400000000",
      "OFPBAC_BAD_TYPE" },
    { V15, "copy_field unknown",
      "001c001800200000000000000001fe040001020400000000",
      "OFPBMC_BAD_FIELD" },
    { V10, "OF1.0 output to 0xff00",
      "00000008ff000000",
      "OFPBAC_BAD_OUT_PORT" },
    { V11_UP, "OF1.0 output to 0xff00",
      "00000008ff000000",
      "OFPBAC_BAD_LEN" },
    { V10, "OF1.0 output to ANY",
      "00000008ffff0000",
      "OFPBAC_BAD_OUT_PORT" },
    { V11_UP, "OF1.0 output to ANY",
      "00000008ffff0000",
      "OFPBAC_BAD_LEN" },
    { V10, "OF1.0 output to 0xfff7",
      "00000008fff70000",
      "OFPBAC_BAD_OUT_PORT" },
    { V11_UP, "OF1.0 output to 0xfff7",
      "00000008fff70000",
      "OFPBAC_BAD_LEN" },
    { V10, "OF1.1 output to ANY",
      "00000010ffffffff0000000000000000",
      "OFPBAC_BAD_LEN" },
    { V11_UP, "OF1.1 output to ANY",
      "00000010ffffffff0000000000000000",
      "OFPBAC_BAD_OUT_PORT" },
    { V10, "OF1.1 output to 0x10000",
      "00000010000100000000000000000000",
      "OFPBAC_BAD_LEN" },
    { V11_UP, "OF1.1 output to 0x10000",
      "00000010000100000000000000000000",
      "OFPBAC_BAD_OUT_PORT" },
    { V10, "OF1.1 output to 0xffffff00",
      "00000010ffffff000000000000000000",
      "OFPBAC_BAD_LEN" },
    { V11_UP, "OF1.1 output to 0xffffff00",
      "00000010ffffff000000000000000000",
      "OFPBAC_BAD_OUT_PORT" },
    { V10, "OF1.1 output to 0xfffffff7",
      "00000010fffffff70000000000000000",
      "OFPBAC_BAD_LEN" },
    { V11_UP, "OF1.1 output to 0xfffffff7",
      "00000010fffffff70000000000000000",
      "OFPBAC_BAD_OUT_PORT" },
    { V10, "OF1.1 output nonzero pad",
      "00000010000000010000ffffffffffff",
      "OFPBAC_BAD_LEN" },
    { V10, "OF1.1 output to 0xfeff",
      "000000100000feff0000000000000000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "resubmit_table nonzero pad",
      "ffff001000002320000e000503000100",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "resubmit_table_ct nonzero pad",
      "ffff001000002320002c000503010000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "ct nested 3 deep",
      "ffff00480000232000230001000000000000ff0000000000"
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000230001000000000000ff0000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "ct with nat then nested ct",
      "ffff00400000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000ffff001800002320"
      "00230001000000000000ff0000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V10, "ct nested ct with output inside",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000230001000000000000ff0000000000"
      "0000000800010000",
      "OFPBAC_BAD_ARGUMENT" },
    { V11_UP, "ct nested ct with output inside",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000230001000000000000ff0000000000"
      "0000000800010000",
      "OFPBAC_BAD_LEN" },
    { V_ALL, "nat ipv6 min ::",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000100040000000000000000"
      "0000000000000000",
      "OFPBAC_BAD_ARGUMENT" },
    { V_ALL, "ct without commit, bare nat then nat(src)",
      "ffff00380000232000230000000000000000ff0000000000"
      "ffff0010000023200024000000000000ffff001000002320"
      "0024000000010000",
      "OFPBAC_BAD_ARGUMENT" },
    { V10_11, "OF1.2 set_field nested in ct in OF1.0/1.1",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d6040000000100000000",
      "OFPBAC_BAD_TYPE" },
    { V10_14, "copy_field into ct_mark inside ct",
      "ffff00300000232000230001000000000000ff0000000000"
      "001c00180020000000000000000100040001d60400000000",
      "OFPBAC_BAD_TYPE" },
    { V10_14, "copy_field into ct_mark outside ct",
      "001c00180020000000000000000100040001d60400000000",
      "OFPBAC_BAD_TYPE" },
    { V15, "copy_field into ct_mark outside ct",
      "001c00180020000000000000000100040001d60400000000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    { V10_11, "set_field masked ct_label inside ct",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000000000000000000001"
      "00000000000000000000000000000001",
      "OFPBAC_BAD_TYPE" },
    { V12_14, "set_field masked ct_label inside ct",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000000000000000000001"
      "00000000000000000000000000000001",
      "OFPBAC_BAD_SET_MASK" },
};

/* Instruction lists that ovs-ofctl refuses to decode. */
static const struct wire_error_case insn_errors[] = {
    { V11_UP, "length 33",
      "000100080500000000040018000000000000001000000001"
      "000000000000000000",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "length 5",
      "0001000805",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "goto_table length 16",
      "00010010050000000000000000000000",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "instruction length 0",
      "0001000005000000",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "instruction length 7",
      "0001000705000000",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "instruction longer than buffer",
      "0001001005000000",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "duplicate apply",
      "00040008000000000004000800000000",
      "OFPBIC_DUP_INST" },
    { V11_UP, "duplicate goto",
      "00010008010000000001000802000000",
      "OFPBIC_DUP_INST" },
    { V11_UP, "unknown type 7",
      "0007000800000000",
      "OFPBIC_UNKNOWN_INST" },
    { V11_UP, "unknown type 0",
      "0000000800000000",
      "OFPBIC_UNKNOWN_INST" },
    /* Regression (fixed): ofct has no OFPBIC_BAD_EXPERIMENTER and says
     * OFPBIC_UNKNOWN_INST. */
    { V11_UP, "experimenter len 8",
      "ffff000800000000",
      "OFPBIC_BAD_EXPERIMENTER" },
    /* Regression (fixed): ofct has no OFPBIC_BAD_EXPERIMENTER and says
     * OFPBIC_UNKNOWN_INST. */
    { V11_UP, "experimenter NX",
      "ffff0010000023200000000000000000",
      "OFPBIC_BAD_EXPERIMENTER" },
    { V11_UP, "apply with OF1.0 output",
      "00040010000000000000000800010000",
      "OFPBAC_BAD_LEN" },
    { V11_UP, "apply len 16 with 24 bytes",
      "000400100000000000000010000000010000000000000000",
      "OFPBIC_BAD_LEN" },
    { V11_UP, "apply with nat outside ct",
      "0004001800000000ffff0010000023200024000000010000",
      "OFPBAC_BAD_SET_ARGUMENT" },
    /* Regression (fixed): meter is no instruction in OpenFlow 1.5 (ovs-ofctl:
     * OFPBIC_UNKNOWN_INST); ofct says OFPBIC_UNSUP_INST. */
    { V15, "meter in OpenFlow 1.5",
      "0006000800000001",
      "OFPBIC_UNKNOWN_INST" },
};

/* Instructions that ovs-ofctl decodes and ofct refuses on purpose: its
 * instruction set is apply_actions and goto_table. */
static const struct wire_error_case insn_errors_ofct[] = {
    /* ovs-ofctl: write_actions(output:1) */
    { V11_UP, "write_actions",
      "000300180000000000000010000000010000000000000000",
      "OFPBIC_UNSUP_INST" },
    /* ovs-ofctl: clear_actions */
    { V11_UP, "clear_actions",
      "0005000800000000",
      "OFPBIC_UNSUP_INST" },
    /* ovs-ofctl: write_metadata:0x1/0x1 */
    { V11_UP, "write_metadata",
      "000200180000000000000000000000010000000000000001",
      "OFPBIC_UNSUP_INST" },
    /* ovs-ofctl: meter:1 */
    { V11_14, "meter",
      "0006000800000001",
      "OFPBIC_UNSUP_INST" },
};

static struct row_version wire_error_pairs[ARRAY_SIZE(wire_errors) * 6];
static size_t n_wire_error_pairs;
static struct row_version insn_error_pairs[ARRAY_SIZE(insn_errors) * 6];
static size_t n_insn_error_pairs;
static struct row_version insn_error_ofct_pairs[ARRAY_SIZE(insn_errors_ofct)
                                                * 6];
static size_t n_insn_error_ofct_pairs;

static void
check_wire_error(const struct wire_error_case *c, enum ofct_ofp_version v,
                 bool insn)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    char where[256];

    snprintf(where, sizeof where, "%s %s %s (%s)", vname(v),
             insn ? "instructions" : "actions", c->hex, c->what);
    hex_to_buf(c->hex, &wire);
    check_decode_error(acts, &wire, v, insn, c->error, where);
    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}

START_TEST(test_wire_error)
{
    check_wire_error(&wire_errors[wire_error_pairs[_i].row],
                     wire_error_pairs[_i].version, false);
}
END_TEST

START_TEST(test_insn_error)
{
    check_wire_error(&insn_errors[insn_error_pairs[_i].row],
                     insn_error_pairs[_i].version, true);
}
END_TEST

START_TEST(test_insn_error_ofct)
{
    check_wire_error(&insn_errors_ofct[insn_error_ofct_pairs[_i].row],
                     insn_error_ofct_pairs[_i].version, true);
}
END_TEST

/* Bytes that ovs-ofctl decodes although no encoder of its own makes them
 * (non-zero padding, unknown flag bits, ...): decoding prints 'norm', and
 * re-encoding gives 'reencoded'. */
struct wire_decode_case {
    unsigned versions;
    const char *what;
    const char *hex;
    const char *norm;
    const char *reencoded;
};

static const struct wire_decode_case wire_decodes[] = {
    { V10, "OF1.1 output length 8",
      "0000000800010000",
      "output:1",
      "0000000800010000" },
    { V12_UP, "set_field type in OF1.0",
      "00190010000100040000000100000000",
      "set_field:0x1->reg0",
      "00190010000100040000000100000000" },
    { V15, "copy_field type before OF1.5",
      "001c00180020000000000000000100040001020400000000",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "001c00180020000000000000000100040001020400000000" },
    { V_ALL, "ct unknown flag bits",
      "ffff00180000232000230005000000000000ff0000000000",
      "ct(commit)",
      "ffff00180000232000230005000000000000ff0000000000" },
    { V_ALL, "ct zone masked header",
      "ffff0018000023200023000000010108000fff0000000000",
      "ct(zone=NXM_NX_REG0[0..15])",
      "ffff0018000023200023000000010004000fff0000000000" },
    { V_ALL, "ct zone from eth_type",
      "ffff0018000023200023000000000602000fff0000000000",
      "ct(zone=NXM_OF_ETH_TYPE[])",
      "ffff0018000023200023000000000602000fff0000000000" },
    { V_ALL, "ct unknown alg 80",
      "ffff00180000232000230000000000000000ff0000000050",
      "ct(alg=80)",
      "ffff00180000232000230000000000000000ff0000000050" },
    { V_ALL, "ct nonzero pad",
      "ffff00180000232000230000000000000000ff0102030000",
      "ct()",
      "ffff00180000232000230000000000000000ff0000000000" },
    { V_ALL, "ct table 0",
      "ffff00180000232000230000000000000000000000000000",
      "ct(table=0)",
      "ffff00180000232000230000000000000000000000000000" },
    { V10_14, "nested ct_mark load with commit",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001",
      "ct(commit,exec(load:0x1->NXM_NX_CT_MARK[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200007001f0001d6040000000000000001" },
    { V10_14, "nested move to ct_mark",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200006002000000000000100040001d604",
      "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff0018000023200006002000000000000100040001d604" },
    { V_ALL, "nat flags without src/dst",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000100000",
      "ct(commit,nat)",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000100000" },
    { V_ALL, "nat range without src/dst",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000000010a00000100000000",
      "ct(commit,nat)",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000000010a00000100000000" },
    { V_ALL, "nat unknown range bits 0x40",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100410a00000100000000",
      "ct(commit,nat(src=10.0.0.1))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100010a00000100000000" },
    { V_ALL, "nat extra trailing bytes",
      "ffff00380000232000230001000000000000ff0000000000"
      "ffff00200000232000240000000100010a00000100000000"
      "0000000000000000",
      "ct(commit,nat(src=10.0.0.1))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000000100010a00000100000000" },
    { V_ALL, "nat nonzero pad",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024ffff00010000",
      "ct(commit,nat(src))",
      "ffff00280000232000230001000000000000ff0000000000"
      "ffff0010000023200024000000010000" },
    { V10_14, "load to masked header",
      "ffff0018000023200007001f000101080000000000000001",
      "load:0x1->NXM_NX_REG0[]",
      "ffff0018000023200007001f000100040000000000000001" },
    { V15, "set_field masked reg0",
      "00190010000101080000000100000001",
      "set_field:0x1/0x1->reg0",
      "00190010000101080000000100000001" },
    { V12_UP, "set_field length 24 for 4-byte field",
      "001900180001000400000000000000000000000000000000",
      "set_field:0->reg0",
      "00190010000100040000000000000000" },
    { V15, "copy_field nonzero pad",
      "001c001800200000000000ff000100040001020400000000",
      "move:NXM_NX_REG0[]->NXM_NX_REG1[]",
      "001c00180020000000000000000100040001020400000000" },
    { V11_UP, "OF1.1 output nonzero pad",
      "00000010000000010000ffffffffffff",
      "output:1",
      "00000010000000010000000000000000" },
    { V11_UP, "OF1.1 output to 0xfeff",
      "000000100000feff0000000000000000",
      "output:65279",
      "000000100000feff0000000000000000" },
    { V_ALL, "resubmit nonzero table/pad",
      "ffff0010000023200001000503010203",
      "resubmit:5",
      "ffff0010000023200001000500000000" },
    { V_ALL, "resubmit_table in_port IN_PORT table 255",
      "ffff001000002320000efff8ff000000",
      "resubmit(,)",
      "ffff001000002320000efff8ff000000" },
    { V_ALL, "controller nonzero pad",
      "ffff0010000023200014006400000001",
      "controller(reason=no_match,max_len=100)",
      "ffff0010000023200014006400000000" },
    { V_ALL, "controller unknown reason",
      "ffff0010000023200014006400000900",
      "controller(reason=9,max_len=100)",
      "ffff0010000023200014006400000900" },
    { V_ALL, "ct_clear nonzero pad",
      "ffff001000002320002b010203040506",
      "ct_clear",
      "ffff001000002320002b000000000000" },
    { V_ALL, "note padding kept",
      "ffff0010000023200008010203000000",
      "note:01.02.03.00.00.00",
      "ffff0010000023200008010203000000" },
    { V_ALL, "ct(nat,exec(nat)) without commit",
      "ffff00380000232000230000000000000000ff0000000000"
      "ffff0010000023200024000000000000ffff001000002320"
      "0024000000000000",
      "ct(nat,exec(nat))",
      "ffff00380000232000230000000000000000ff0000000000"
      "ffff0010000023200024000000000000ffff001000002320"
      "0024000000000000" },
    { V_ALL, "NXAST_RESUBMIT",
      "ffff0010000023200001000500000000",
      "resubmit:5",
      "ffff0010000023200001000500000000" },
    { V_ALL, "NXAST_RESUBMIT to IN_PORT",
      "ffff0010000023200001fff800000000",
      "resubmit(,)",
      "ffff0010000023200001fff800000000" },
    { V12_UP, "OF1.2 set_field nested in ct in OF1.0/1.1",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d6040000000100000000",
      "ct(commit,exec(set_field:0x1->ct_mark))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d6040000000100000000" },
    { V15, "copy_field into ct_mark inside ct",
      "ffff00300000232000230001000000000000ff0000000000"
      "001c00180020000000000000000100040001d60400000000",
      "ct(commit,exec(move:NXM_NX_REG0[]->NXM_NX_CT_MARK[]))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001c00180020000000000000000100040001d60400000000" },
    { V15, "set_field masked ct_label inside ct",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000000000000000000001"
      "00000000000000000000000000000001",
      "ct(commit,exec(set_field:0x1/0x1->ct_label))",
      "ffff00400000232000230001000000000000ff0000000000"
      "001900280001d92000000000000000000000000000000001"
      "00000000000000000000000000000001" },
    { V_ALL, "ct zone immediate with nonzero ofs_nbits high bits",
      "ffff0018000023200023000000000000ffffff0000000000",
      "ct(zone=65535)",
      "ffff0018000023200023000000000000ffffff0000000000" },
    { V_ALL, "ct alg ftp with table and zone",
      "ffff00180000232000230001000000000007030000000015",
      "ct(commit,table=3,zone=7,alg=ftp)",
      "ffff00180000232000230001000000000007030000000015" },
    { V_ALL, "two ct actions",
      "ffff00180000232000230001000000000000ff0000000000"
      "ffff00180000232000230001000000000000020000000000",
      "ct(commit),ct(commit,table=2)",
      "ffff00180000232000230001000000000000ff0000000000"
      "ffff00180000232000230001000000000000020000000000" },
    { V_ALL, "nat ipv6 full range",
      "ffff00500000232000230001000000000000ff0000000000"
      "ffff003800002320002400000002003c20010db800000000"
      "000000000000000120010db80000000000000000000000ff"
      "0050100000000000",
      "ct(commit,nat(dst=[2001:db8::1]-[2001:db8::ff]:80-4096))",
      "ffff00500000232000230001000000000000ff0000000000"
      "ffff003800002320002400000002003c20010db800000000"
      "000000000000000120010db80000000000000000000000ff"
      "0050100000000000" },
    { V_ALL, "note 6 bytes",
      "ffff0010000023200008deadbeef0102",
      "note:de.ad.be.ef.01.02",
      "ffff0010000023200008deadbeef0102" },
    /* Regression (fixed): ovs-ofctl re-encodes NXAST_CONTROLLER as it came; ofct turns
     * it into OFPAT_OUTPUT to CONTROLLER. */
    { V_ALL, "controller reason action id 0",
      "ffff0010000023200014ffff00000100",
      "CONTROLLER:65535",
      "ffff0010000023200014ffff00000100" },
};

static const struct wire_decode_case insn_decodes[] = {
    { V11_UP, "goto_table",
      "0001000805000000",
      "goto_table:5",
      "0001000805000000" },
    { V11_UP, "goto_table nonzero pad",
      "0001000805ffffff",
      "goto_table:5",
      "0001000805000000" },
    { V11_UP, "goto_table 255",
      "00010008ff000000",
      "goto_table:255",
      "00010008ff000000" },
    { V11_UP, "apply + goto",
      "000400180000000000000010000000010000000000000000"
      "0001000805000000",
      "output:1,goto_table:5",
      "000400180000000000000010000000010000000000000000"
      "0001000805000000" },
    { V11_UP, "goto before apply",
      "000100080500000000040018000000000000001000000001"
      "0000000000000000",
      "output:1,goto_table:5",
      "000400180000000000000010000000010000000000000000"
      "0001000805000000" },
    { V11_UP, "empty apply nonzero pad",
      "00040008000000ff",
      "drop",
      "" },
    { V11_UP, "empty apply",
      "0004000800000000",
      "drop",
      "" },
};

static struct row_version wire_decode_pairs[ARRAY_SIZE(wire_decodes) * 6];
static size_t n_wire_decode_pairs;
static struct row_version insn_decode_pairs[ARRAY_SIZE(insn_decodes) * 6];
static size_t n_insn_decode_pairs;

static void
check_wire_decode(const struct wire_decode_case *c, enum ofct_ofp_version v,
                  bool insn)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    char where[256];

    snprintf(where, sizeof where, "%s %s %s (%s)", vname(v),
             insn ? "instructions" : "actions", c->hex, c->what);
    hex_to_buf(c->hex, &wire);
    ck_assert_msg(!decode_buf(acts, &wire, v, insn, &err),
                  "%s: decoding failed: %s (%s)", where,
                  ofct_ofperr_name(err.code), err.msg);
    check_formats_as(acts, c->norm, where, "wire -> text");
    check_encodes_to(acts, v, insn, c->reencoded, where, "re-encoding");

    /* What was re-encoded decodes to the same text. */
    hex_to_buf(c->reencoded, &wire);
    ck_assert_msg(!decode_buf(acts, &wire, v, insn, &err),
                  "%s: decoding the re-encoding failed: %s", where, err.msg);
    check_formats_as(acts, c->norm, where, "re-encoding -> text");

    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}

START_TEST(test_wire_decode)
{
    check_wire_decode(&wire_decodes[wire_decode_pairs[_i].row],
                      wire_decode_pairs[_i].version, false);
}
END_TEST

START_TEST(test_insn_decode)
{
    check_wire_decode(&insn_decodes[insn_decode_pairs[_i].row],
                      insn_decode_pairs[_i].version, true);
}
END_TEST

/* ------------------------------------------------------------------ */
/* Robustness.  Run under ASan/UBSan (./configure --enable-sanitizers):
 * whatever the bytes, decoding must not crash, and must either succeed or
 * fail with an OpenFlow error code and a message.  What decodes must print,
 * re-encode, and decode again to the same text. */

/* Checks one decoding attempt of 'len' bytes at 'data'. */
static void
check_decode_sane(const void *data, size_t len, enum ofct_ofp_version v,
                  bool insn, const char *what)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    char *hex = NULL;
    int rc;

    ofct_error_clear(&err);
    rc = (insn ? ofct_actions_decode_instructions(acts, data, len, v, &err)
               : ofct_actions_decode(acts, data, len, v, &err));
    if (rc) {
        ck_assert_int_eq(rc, -1);
        if (err.code <= OFCT_OK || err.code >= OFCT_N_OFPERRS
            || !err.msg[0]) {
            hex = bytes_to_hex(data, len);
            ck_abort_msg("%s %s %s: error code %d, message \"%s\"", what,
                         vname(v), hex, (int) err.code, err.msg);
        }
        /* A list whose length is not a multiple of 8 is refused before
         * anything else, as ovs-ofctl does. */
        if (len % 8) {
            ck_assert_str_eq(ofct_ofperr_name(err.code),
                             insn && v != OFCT_OFP10 ? "OFPBIC_BAD_LEN"
                                                     : "OFPBRC_BAD_LEN");
        }
    } else {
        char *text = format_acts(acts);
        char *text2;

        ck_assert_msg(text[0] != '\0', "%s: empty text", what);
        rc = (insn ? ofct_actions_encode_instructions(acts, v, &out, &err)
                   : ofct_actions_encode(acts, v, &out, &err));
        hex = bytes_to_hex(data, len);
        ck_assert_msg(!rc, "%s %s %s: decoded as \"%s\" but re-encoding "
                      "failed: %s", what, vname(v), hex, text, err.msg);
        rc = (insn
              ? ofct_actions_decode_instructions(acts, out.data, out.size, v,
                                                 &err)
              : ofct_actions_decode(acts, out.data, out.size, v, &err));
        ck_assert_msg(!rc, "%s %s %s: decoded as \"%s\", but its "
                      "re-encoding does not decode: %s", what, vname(v), hex,
                      text, err.msg);
        text2 = format_acts(acts);
        if (strcmp(text, text2)) {
            /* Only the deprecated OpenFlow 1.1 rewrites (mod_*,
             * set_vlan_*), which OVS still reads in 1.2+ but writes as
             * set_field, may change form; the second encoding must then
             * be a fixed point. */
            struct ofct_buf out2 = OFCT_BUF_INITIALIZER;

            ck_assert_msg(v >= OFCT_OFP12
                          && (strstr(text, "mod_") || strstr(text, "set_vlan_")),
                          "%s %s %s: decoded as \"%s\", but its re-encoding "
                          "decodes as \"%s\"", what, vname(v), hex, text,
                          text2);
            rc = (insn ? ofct_actions_encode_instructions(acts, v, &out2, &err)
                       : ofct_actions_encode(acts, v, &out2, &err));
            ck_assert_msg(!rc && out2.size == out.size
                          && !memcmp(out2.data, out.data, out.size),
                          "%s %s %s: \"%s\" does not re-encode stably",
                          what, vname(v), hex, text2);
            ofct_buf_uninit(&out2);
        }
        free(text);
        free(text2);
    }
    free(hex);
    ofct_buf_uninit(&out);
    ofct_actions_free(acts);
}

/* Every prefix of every valid encoding in the round-trip and instruction
 * tables. */
START_TEST(test_truncations)
{
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;

    for (size_t i = 0; i < n_rt_pairs; i++) {
        const struct rt_case *c = &rt_cases[rt_pairs[i].row];

        hex_to_buf(c->hex, &wire);
        for (size_t len = 0; len < wire.size; len++) {
            check_decode_sane(wire.data, len, rt_pairs[i].version, false,
                              c->text);
        }
    }
    for (size_t i = 0; i < n_insn_pairs; i++) {
        const struct insn_case *c = &insn_cases[insn_pairs[i].row];

        hex_to_buf(c->hex, &wire);
        for (size_t len = 0; len < wire.size; len++) {
            check_decode_sane(wire.data, len, insn_pairs[i].version, true,
                              c->text);
        }
    }
    ofct_buf_uninit(&wire);
}
END_TEST

/* Valid encodings whose every byte is set to all 256 values in turn.
 *
 * Regression (fixed) (here and in test_random_garbage; under ASan at once, otherwise as
 * heap corruption, "realloc(): invalid old size"): decode_NXAST_NOTE()
 * writes note->ofpact.raw through the pointer that put_note() returns,
 * but ofpact_finish() in put_note() may have moved the buffer (heap use
 * after free).  Smallest case: one 64-byte NXAST_NOTE,
 * ffff004000002320 0008 followed by 54 bytes, in any version. */
static const struct {
    enum ofct_ofp_version version;
    bool insn;
    const char *what;
    const char *hex;
} corruption_vectors[] = {
    { OFCT_OFP10, false,
      "ct(commit,nat(src=10.0.0.240:32768-65535,random))",
      "ffff00300000232000230001000000000000ff0000000000"
      "ffff00180000232000240000001100310a0000f08000ffff" },
    { OFCT_OFP10, false,
      "ct(commit,nat(src=[fe80::20c:29ff:fe88:1]-"
      "[fe80::20c:29ff:fe88:a18b]:255-4096,random))",
      "ffff00500000232000230001000000000000ff0000000000"
      "ffff003800002320002400000011003cfe80000000000000"
      "020c29fffe880001fe80000000000000020c29fffe88a18b"
      "00ff100000000000" },
    { OFCT_OFP10, false,
      "ct(commit,force,table=7,zone=NXM_NX_REG5[0..15],"
      "exec(load:0xa->NXM_NX_CT_MARK[]))",
      "ffff0030000023200023000300010a04000f070000000000"
      "ffff0018000023200007001f0001d604000000000000000a" },
    { OFCT_OFP13, false,
      "ct(commit,exec(set_field:0x123456789abcdef0fedcba9876543210"
      "->ct_label))",
      "ffff00300000232000230001000000000000ff0000000000"
      "001900180001d810123456789abcdef0fedcba9876543210" },
    { OFCT_OFP15, false, "ct(commit,exec(set_field:0x5/0xf0f->ct_mark))",
      "ffff00280000232000230001000000000000ff0000000000"
      "001900100001d7080000000500000f0f" },
    { OFCT_OFP15, false, "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31]",
      "001c00180010000000100000000100040001020400000000" },
    { OFCT_OFP10, false,
      "move:NXM_NX_REG0[0..15]->NXM_NX_REG1[16..31],load:0xf->"
      "NXM_NX_REG0[0..3]",
      "ffff00180000232000060010000000100001000400010204"
      "ffff0018000023200007000300010004000000000000000f" },
    { OFCT_OFP10, false,
      "resubmit(,3,ct),controller(reason=invalid_ttl,max_len=50,id=2),"
      "note:de.ad.be.ef.00.00,ct_clear,output:1",
      "ffff001000002320002cfff803000000"
      "ffff0010000023200014003200020200"
      "ffff0010000023200008deadbeef0000"
      "ffff001000002320002b000000000000"
      "0000000800010000" },
    { OFCT_OFP10, false, "mod_nw_src:1.2.3.4,mod_dl_dst:00:11:22:33:44:55",
      "000600080102030400050010001122334455000000000000" },
    { OFCT_OFP13, false, "set_field:2001:db8::1->ipv6_src,output:1",
      "001900188000341020010db8000000000000000000000001"
      "00000010000000010000000000000000" },
    { OFCT_OFP13, true, "output:1,goto_table:5",
      "000400180000000000000010000000010000000000000000"
      "0001000805000000" },
    { OFCT_OFP10, false, "conjunction(1,1/2)",
      "ffff0010000023200022000200000001" },
};

START_TEST(test_corruptions)
{
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;

    for (size_t i = 0; i < ARRAY_SIZE(corruption_vectors); i++) {
        hex_to_buf(corruption_vectors[i].hex, &wire);
        for (size_t ofs = 0; ofs < wire.size; ofs++) {
            uint8_t orig = wire.data[ofs];

            for (unsigned val = 0; val < 256; val++) {
                wire.data[ofs] = val;
                check_decode_sane(wire.data, wire.size,
                                  corruption_vectors[i].version,
                                  corruption_vectors[i].insn,
                                  corruption_vectors[i].what);
            }
            wire.data[ofs] = orig;
        }
    }
    ofct_buf_uninit(&wire);
}
END_TEST

/* A small deterministic generator (xorshift64*), so that every run sees
 * the same "random" bytes. */
static uint64_t
next_random(uint64_t *state)
{
    *state ^= *state >> 12;
    *state ^= *state << 25;
    *state ^= *state >> 27;
    return *state * UINT64_C(2685821657736338717);
}

/* Plausible action headers: standard types and NX subtypes that some
 * version knows, so that the bodies get parsed. */
static void
put_random_action(struct ofct_buf *b, uint64_t *rng)
{
    static const uint16_t std_types[] = {
        0, 4, 5, 6, 7, 8, 9, 10, 23, 25, 28,
    };
    static const uint16_t nx_subtypes[] = {
        1, 6, 7, 8, 14, 20, 34, 35, 36, 43, 44,
    };
    uint64_t r = next_random(rng);
    bool nx = r & 0x100;
    size_t len = 8 * (1 + r % 8);
    size_t body;
    uint8_t *p;

    if (nx && len < 16) {
        len = 16;
    }
    p = ofct_buf_put_zeros(b, len);
    if (nx) {
        uint16_t sub = nx_subtypes[(r >> 16) % ARRAY_SIZE(nx_subtypes)];

        p[0] = p[1] = 0xff;
        p[6] = 0x23;
        p[7] = 0x20;
        p[8] = sub >> 8;
        p[9] = sub;
        body = 10;
    } else {
        uint16_t type = std_types[(r >> 16) % ARRAY_SIZE(std_types)];

        p[0] = type >> 8;
        p[1] = type;
        body = 4;
    }
    p[2] = len >> 8;
    p[3] = len;
    /* A few random bytes in the body, the rest zero. */
    for (size_t i = body; i < len; i++) {
        uint64_t x = next_random(rng);

        if (x % 3 == 0) {
            p[i] = x >> 8;
        }
    }
}

START_TEST(test_random_garbage)
{
    uint64_t rng = UINT64_C(0x6f6663742d616374);   /* "ofct-act" */
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    for (int i = 0; i < 20000; i++) {
        uint64_t r = next_random(&rng);
        enum ofct_ofp_version v = all_versions[r % 6];
        bool insn = (r >> 8) % 4 == 0;

        ofct_buf_clear(&b);
        if ((r >> 16) % 2) {
            /* Pure noise, any length. */
            size_t len = (r >> 24) % 200;
            for (size_t j = 0; j < len; j++) {
                uint8_t byte = next_random(&rng);
                ofct_buf_put(&b, &byte, 1);
            }
        } else {
            /* A sequence of plausible actions, possibly nested in a ct
             * action or an apply_actions instruction. */
            int n = 1 + (r >> 24) % 4;
            size_t start = 0;

            if (insn || (r >> 32) % 3 == 0) {
                uint8_t *p = ofct_buf_put_zeros(&b, insn ? 8 : 24);
                if (insn) {
                    p[1] = 4;
                } else {
                    static const uint8_t ct[] = {
                        0xff, 0xff, 0, 0, 0, 0, 0x23, 0x20, 0, 0x23, 0, 1,
                        0, 0, 0, 0, 0, 0, 0xff,
                    };
                    memcpy(p, ct, sizeof ct);
                }
            }
            for (int j = 0; j < n; j++) {
                put_random_action(&b, &rng);
            }
            if (b.size >= 8 && (insn || (b.data[0] == 0xff
                                         && b.data[9] == 0x23))) {
                b.data[start + 2] = b.size >> 8;
                b.data[start + 3] = b.size;
            }
        }
        check_decode_sane(b.data, b.size, v, insn, "random");
    }
    ofct_buf_uninit(&b);
}
END_TEST

/* An action list of 8191 outputs: 65528 bytes in OpenFlow 1.0. */
START_TEST(test_long_action_list)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    const size_t n = 8191;

    for (size_t i = 0; i < n; i++) {
        ofct_buf_printf(&text, "%soutput:%zu", i ? "," : "", i % 65000);
    }
    parse_ok(acts, ofct_buf_cstr(&text), "8191 outputs");
    ck_assert_uint_eq(ofct_actions_count(acts), n);
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP10, &wire, &err), 0);
    ck_assert_uint_eq(wire.size, 8 * n);
    ck_assert_mem_eq(wire.data, "\x00\x00\x00\x08\x00\x00\x00\x00", 8);
    ck_assert_mem_eq(wire.data + 8 * (n - 1),
                     "\x00\x00\x00\x08\x1f\xfe\x00\x00", 8);

    ck_assert_int_eq(ofct_actions_decode(acts, wire.data, wire.size,
                                         OFCT_OFP10, &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), n);
    {
        char *back = format_acts(acts);
        ck_assert_str_eq(back, ofct_buf_cstr(&text));
        free(back);
    }
    ofct_buf_uninit(&text);
    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* Builds NXAST_CT(commit) holding 'n' OFPAT_SET_FIELD ct_mark=i. */
static void
put_ct_with_set_fields(struct ofct_buf *b, uint32_t n)
{
    size_t len = 24 + 16 * n;
    uint8_t *p = ofct_buf_put_zeros(b, 24);

    memcpy(p, "\xff\xff\x00\x00\x00\x00\x23\x20\x00\x23\x00\x01"
           "\x00\x00\x00\x00\x00\x00\xff", 19);
    p[2] = len >> 8;
    p[3] = len;
    for (uint32_t i = 0; i < n; i++) {
        p = ofct_buf_put_zeros(b, 16);
        memcpy(p, "\x00\x19\x00\x10\x00\x01\xd6\x04", 8);
        p[8] = i >> 24;
        p[9] = i >> 16;
        p[10] = i >> 8;
        p[11] = i;
    }
}

static const char big_ct_prefix[] =
    "ct(commit,exec(set_field:0->ct_mark,set_field:0x1->ct_mark,";

/* Regression (fixed): a ct action whose nested actions take 64 KiB or more inside the
 * library (from 1365 set_field on, 21864 bytes on the wire) overflows the
 * 16-bit length of its record: decoding loops forever in ofpacts_verify()
 * (or, with other counts, reads past the list: ofct_actions_count() says 7
 * for the 4094 below).  ovs-ofctl decodes all of these. */
START_TEST(test_big_ct)
{
    static const uint32_t counts[] = { 1364, 1365, 1366, 2000, 4094 };
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    for (size_t i = 0; i < ARRAY_SIZE(counts); i++) {
        char last[64];
        char *text;

        ofct_buf_clear(&wire);
        put_ct_with_set_fields(&wire, counts[i]);
        ck_assert_msg(!ofct_actions_decode(acts, wire.data, wire.size,
                                           OFCT_OFP13, &err),
                      "%u set_field: %s", counts[i], err.msg);
        ck_assert_msg(ofct_actions_count(acts) == 1, "%u set_field: count "
                      "%zu", counts[i], ofct_actions_count(acts));
        text = format_acts(acts);
        ck_assert(!strncmp(text, big_ct_prefix, strlen(big_ct_prefix)));
        snprintf(last, sizeof last, ",set_field:%#x->ct_mark))",
                 counts[i] - 1);
        ck_assert(strlen(text) > strlen(last)
                  && !strcmp(text + strlen(text) - strlen(last), last));
        free(text);
        ofct_buf_clear(&out);
        ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP13, &out, &err),
                         0);
        ck_assert(out.size == wire.size
                  && !memcmp(out.data, wire.data, wire.size));
    }
    ofct_buf_uninit(&wire);
    ofct_buf_uninit(&out);
    ofct_actions_free(acts);
}
END_TEST

/* The longest action OpenFlow can carry: a 65528-byte note, and a ct
 * action of the same length holding 4094 set_field actions. */
START_TEST(test_longest_actions)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    uint8_t *p;
    char *text;

    /* NXAST_NOTE, length 0xfff8. */
    p = ofct_buf_put_zeros(&wire, 0xfff8);
    memcpy(p, "\xff\xff\xff\xf8\x00\x00\x23\x20\x00\x08", 10);
    for (size_t i = 10; i < 0xfff8; i++) {
        p[i] = i;
    }
    ck_assert_int_eq(ofct_actions_decode(acts, wire.data, wire.size,
                                         OFCT_OFP13, &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), 1);
    text = format_acts(acts);
    ck_assert_uint_eq(strlen(text), strlen("note:") + 3 * (0xfff8 - 10) - 1);
    ck_assert(!strncmp(text, "note:0a.0b.0c.", 14));
    free(text);
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP13, &out, &err), 0);
    ck_assert_uint_eq(out.size, wire.size);
    ck_assert(!memcmp(out.data, wire.data, wire.size));

    /* NXAST_CT, length 0xfff8, with 4094 OFPAT_SET_FIELD ct_mark.  Regression
     * (fixed; see test_big_ct), and ofct then refuses the text of the list
     * ("input too big": parsing stops at 64 KiB inside the library, some
     * 1365 set_field), which ovs-ofctl accepts. */
    ofct_buf_clear(&wire);
    put_ct_with_set_fields(&wire, 4094);
    ck_assert_uint_eq(wire.size, 0xfff8);
    ck_assert_int_eq(ofct_actions_decode(acts, wire.data, wire.size,
                                         OFCT_OFP13, &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), 1);
    text = format_acts(acts);
    ck_assert(!strncmp(text, big_ct_prefix, strlen(big_ct_prefix)));
    ck_assert(strstr(text, ",set_field:0xffd->ct_mark))") != NULL);
    ofct_buf_clear(&out);
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP13, &out, &err), 0);
    ck_assert_uint_eq(out.size, wire.size);
    ck_assert(!memcmp(out.data, wire.data, wire.size));

    /* And back from text. */
    parse_ok(acts, text, "4094 set_field in ct");
    ofct_buf_clear(&out);
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP13, &out, &err), 0);
    ck_assert(out.size == wire.size && !memcmp(out.data, wire.data,
                                                wire.size));
    free(text);

    ofct_buf_uninit(&wire);
    ofct_buf_uninit(&out);
    ofct_actions_free(acts);
}
END_TEST

/* Regression (fixed): ovs-ofctl accepts note text of any length (here 1500 bytes,
 * encoded as one 1512-byte NXAST_NOTE); ofct refuses more than 1024 bytes
 * ("note is longer than 1024 bytes"), so a long note that it decodes
 * cannot be parsed back. */
START_TEST(test_long_note_text)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ofct_buf_puts(&text, "note:");
    for (int i = 0; i < 1500; i++) {
        ofct_buf_puts(&text, i ? ".ab" : "ab");
    }
    parse_ok(acts, ofct_buf_cstr(&text), "1500-byte note");
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP10, &wire, &err), 0);
    ck_assert_uint_eq(wire.size, 1512);
    ck_assert_mem_eq(wire.data, "\xff\xff\x05\xe8\x00\x00\x23\x20\x00\x08"
                     "\xab\xab", 12);
    ck_assert_mem_eq(wire.data + 1508, "\xab\xab\x00\x00", 4);
    ofct_buf_uninit(&text);
    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* More than 64 KiB of actions: not an OpenFlow message any more, but the
 * API takes a size_t, so it must cope. */
START_TEST(test_over_64k)
{
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_error err;

    for (int i = 0; i < 5000; i++) {
        ofct_buf_put(&wire, "\xff\xff\x00\x10\x00\x00\x23\x20\x00\x2b"
                     "\x00\x00\x00\x00\x00\x00", 16);
        ofct_buf_puts(&text, i ? ",ct_clear" : "ct_clear");
    }
    check_decode_sane(wire.data, wire.size, OFCT_OFP13, false,
                      "80000 bytes of ct_clear");
    if (ofct_actions_parse(acts, ofct_buf_cstr(&text), &err)) {
        ck_assert(err.msg[0] != '\0');
    } else {
        ck_assert_uint_eq(ofct_actions_count(acts), 5000);
    }
    ofct_buf_uninit(&wire);
    ofct_buf_uninit(&text);
    ofct_actions_free(acts);
}
END_TEST

/* ct(commit,exec(ct(commit,exec(...)))) on the wire, 'depth' levels. */
static void
put_nested_ct(struct ofct_buf *b, int depth)
{
    size_t total = 24 * depth;

    for (int i = 0; i < depth; i++) {
        uint8_t *p = ofct_buf_put_zeros(b, 24);
        size_t len = total - 24 * i;

        memcpy(p, "\xff\xff\x00\x00\x00\x00\x23\x20\x00\x23\x00\x01"
               "\x00\x00\x00\x00\x00\x00\xff", 19);
        p[2] = len >> 8;
        p[3] = len;
    }
}

/* ovs-ofctl: "bad OpenFlow10 actions: OFPBAC_BAD_ARGUMENT" ("ct action
 * doesn't support nested action ct") at any depth. */
START_TEST(test_deep_nesting_wire)
{
    static const int depths[] = { 2, 3, 4, 10, 100, 1000, 2730 };
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;

    for (size_t i = 0; i < ARRAY_SIZE(depths); i++) {
        struct ofct_actions *acts = ofct_actions_new();
        char where[64];

        ofct_buf_clear(&wire);
        put_nested_ct(&wire, depths[i]);
        snprintf(where, sizeof where, "ct nested %d deep", depths[i]);
        for (size_t j = 0; j < ARRAY_SIZE(all_versions); j++) {
            check_decode_error(acts, &wire, all_versions[j], false,
                               "OFPBAC_BAD_ARGUMENT", where);
        }
        ofct_actions_free(acts);
    }
    ofct_buf_uninit(&wire);
}
END_TEST

/* The same in text: refused, whatever the depth, and without recursing
 * as deep as the text goes. */
START_TEST(test_deep_nesting_text)
{
    static const int depths[] = { 2, 3, 10, 1000, 100000 };

    for (size_t i = 0; i < ARRAY_SIZE(depths); i++) {
        struct ofct_actions *acts = ofct_actions_new();
        struct ofct_buf text = OFCT_BUF_INITIALIZER;
        struct ofct_error err;

        for (int d = 0; d < depths[i]; d++) {
            ofct_buf_puts(&text, d + 1 < depths[i] ? "ct(commit,exec("
                                                   : "ct(commit)");
        }
        for (int d = 0; d + 1 < depths[i]; d++) {
            ofct_buf_puts(&text, "))");
        }
        ck_assert_int_eq(ofct_actions_parse(acts, ofct_buf_cstr(&text),
                                            &err), -1);
        ck_assert_msg(err.msg[0] != '\0', "depth %d: no message",
                      depths[i]);
        ofct_buf_uninit(&text);
        ofct_actions_free(acts);
    }
}
END_TEST

/* ------------------------------------------------------------------ */
/* The rest of the API. */

START_TEST(test_version_strings)
{
    static const struct {
        const char *s;
        enum ofct_ofp_version v;
    } good[] = {
        { "OpenFlow10", OFCT_OFP10 }, { "OpenFlow11", OFCT_OFP11 },
        { "OpenFlow12", OFCT_OFP12 }, { "OpenFlow13", OFCT_OFP13 },
        { "OpenFlow14", OFCT_OFP14 }, { "OpenFlow15", OFCT_OFP15 },
        { "openflow13", OFCT_OFP13 }, { "OPENFLOW10", OFCT_OFP10 },
        { "OF1.0", OFCT_OFP10 }, { "OF1.3", OFCT_OFP13 },
        { "of1.5", OFCT_OFP15 }, { "Of1.1", OFCT_OFP11 },
    };
    static const char *const bad[] = {
        "", "OpenFlow", "OpenFlow1", "OpenFlow16", "OpenFlow09",
        "OpenFlow130", "OpenFlow13 ", " OpenFlow13", "OF1.6", "OF1", "1.3",
        "OF13", "0x04", "4", "OpenFlow1.3",
    };
    enum ofct_ofp_version v;

    for (size_t i = 0; i < ARRAY_SIZE(good); i++) {
        v = 0;
        ck_assert_msg(!ofct_ofp_version_from_string(good[i].s, &v),
                      "\"%s\" not recognized", good[i].s);
        ck_assert_int_eq(v, good[i].v);
    }
    for (size_t i = 0; i < ARRAY_SIZE(bad); i++) {
        ck_assert_msg(ofct_ofp_version_from_string(bad[i], &v) == -1,
                      "\"%s\" recognized", bad[i]);
    }

    ck_assert_str_eq(ofct_ofp_version_to_string(OFCT_OFP10), "OpenFlow10");
    ck_assert_str_eq(ofct_ofp_version_to_string(OFCT_OFP11), "OpenFlow11");
    ck_assert_str_eq(ofct_ofp_version_to_string(OFCT_OFP12), "OpenFlow12");
    ck_assert_str_eq(ofct_ofp_version_to_string(OFCT_OFP13), "OpenFlow13");
    ck_assert_str_eq(ofct_ofp_version_to_string(OFCT_OFP14), "OpenFlow14");
    ck_assert_str_eq(ofct_ofp_version_to_string(OFCT_OFP15), "OpenFlow15");
    /* Wire numbers. */
    ck_assert_int_eq(OFCT_OFP10, 1);
    ck_assert_int_eq(OFCT_OFP15, 6);
    /* Out of range: some string, never NULL. */
    ck_assert_ptr_nonnull(ofct_ofp_version_to_string(0));
    ck_assert_ptr_nonnull(ofct_ofp_version_to_string(7));
    ck_assert_ptr_nonnull(ofct_ofp_version_to_string(255));

    /* Each name reads back as its version. */
    for (size_t i = 0; i < ARRAY_SIZE(all_versions); i++) {
        ck_assert_int_eq(ofct_ofp_version_from_string(
                             ofct_ofp_version_to_string(all_versions[i]),
                             &v), 0);
        ck_assert_int_eq(v, all_versions[i]);
    }
}
END_TEST

START_TEST(test_count)
{
    static const struct {
        const char *text;
        size_t n;
    } cases[] = {
        { "drop", 0 },
        { "", 0 },
        { "output:1", 1 },
        { "ct(commit,nat(src=10.0.0.1),exec(set_field:1->ct_mark,"
          "set_field:2->ct_label))", 1 },
        { "ct_clear,ct(commit,exec(set_field:1->ct_mark)),output:1", 3 },
        { "note:0102030405060708090a,resubmit(,1)", 2 },
        { "set_field:0x123456789abcdef0fedcba9876543210->xxreg0", 1 },
        { "load:1->NXM_NX_REG0[0],load:1->NXM_NX_REG0[1]", 2 },
        { "output:1,goto_table:5", 2 },
        { "1,2,3,4,5,6,7,8,9,10", 10 },
    };
    struct ofct_actions *acts = ofct_actions_new();

    ck_assert_uint_eq(ofct_actions_count(acts), 0);
    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        parse_ok(acts, cases[i].text, "count");
        ck_assert_msg(ofct_actions_count(acts) == cases[i].n,
                      "\"%s\": %zu actions, expected %zu", cases[i].text,
                      ofct_actions_count(acts), cases[i].n);
    }
    ofct_actions_free(acts);
}
END_TEST

/* Decoding counts what is on the wire: 128-bit set_field becomes two
 * NXAST_REG_LOAD in OpenFlow 1.0, and each is an action. */
START_TEST(test_count_decoded)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    hex_to_buf("ffff0018000023200007003f0001de10fedcba9876543210"
               "ffff0018000023200007103f0001de10123456789abcdef0", &wire);
    ck_assert_int_eq(ofct_actions_decode(acts, wire.data, wire.size,
                                         OFCT_OFP10, &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), 2);

    hex_to_buf("ffff00480000232000230001000000000000ff0000000000"
               "ffff0018000023200007003f0001d810fedcba9876543210"
               "ffff0018000023200007103f0001d810123456789abcdef0", &wire);
    ck_assert_int_eq(ofct_actions_decode(acts, wire.data, wire.size,
                                         OFCT_OFP10, &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), 1);

    hex_to_buf("000400180000000000000010000000010000000000000000"
               "0001000805000000", &wire);
    ck_assert_int_eq(ofct_actions_decode_instructions(
                         acts, wire.data, wire.size, OFCT_OFP13, &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), 2);

    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* An empty list: "drop", nothing on the wire, no instruction. */
START_TEST(test_empty_list)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    char *text;

    text = format_acts(acts);
    ck_assert_str_eq(text, "drop");
    free(text);
    for (size_t i = 0; i < ARRAY_SIZE(all_versions); i++) {
        enum ofct_ofp_version v = all_versions[i];

        ck_assert_int_eq(ofct_actions_encode(acts, v, &wire, &err), 0);
        ck_assert_int_eq(ofct_actions_encode_instructions(acts, v, &wire,
                                                          &err), 0);
        ck_assert_uint_eq(wire.size, 0);
        ck_assert_int_eq(ofct_actions_decode(acts, "", 0, v, &err), 0);
        ck_assert_uint_eq(ofct_actions_count(acts), 0);
        ck_assert_int_eq(ofct_actions_decode_instructions(acts, "", 0, v,
                                                          &err), 0);
        ck_assert_uint_eq(ofct_actions_count(acts), 0);
        /* No bytes at NULL, as a caller's empty buffer has them.  An empty
         * list's buffer is NULL too: clang's UBSan (-fsanitize=pointer-
         * overflow) reported NULL + 0 here when fuzzed (tests/fuzz). */
        ck_assert_int_eq(ofct_actions_decode(acts, NULL, 0, v, &err), 0);
        ck_assert_uint_eq(ofct_actions_count(acts), 0);
    }
    ck_assert_int_eq(ofct_actions_parse(acts, "drop", &err), 0);
    ck_assert_uint_eq(ofct_actions_count(acts), 0);
    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* Parsing and decoding replace the list; formatting and encoding append
 * to the output buffer, and a failed encoding leaves it as it was. */
START_TEST(test_replace_and_append)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    char *text;

    parse_ok(acts, "output:1,output:2", "replace");
    parse_ok(acts, "ct_clear", "replace");
    ck_assert_uint_eq(ofct_actions_count(acts), 1);
    text = format_acts(acts);
    ck_assert_str_eq(text, "ct_clear");
    free(text);

    hex_to_buf("0000000800050000", &wire);
    ck_assert_int_eq(ofct_actions_decode(acts, wire.data, wire.size,
                                         OFCT_OFP10, &err), 0);
    text = format_acts(acts);
    ck_assert_str_eq(text, "output:5");
    free(text);

    ofct_buf_puts(&out, "actions=");
    ofct_actions_format(acts, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "actions=output:5");
    ck_assert_uint_eq(out.size, strlen("actions=output:5"));
    ck_assert_int_eq(out.data[out.size], '\0');

    ofct_buf_clear(&out);
    ofct_buf_put(&out, "\x01\x02\x03", 3);
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP10, &out, &err), 0);
    ck_assert_uint_eq(out.size, 11);
    ck_assert_mem_eq(out.data, "\x01\x02\x03\x00\x00\x00\x08\x00\x05\x00\x00",
                     11);
    ck_assert_int_eq(ofct_actions_encode_instructions(acts, OFCT_OFP13, &out,
                                                      &err), 0);
    ck_assert_uint_eq(out.size, 11 + 24);
    ck_assert_mem_eq(out.data + 11, "\x00\x04\x00\x18\x00\x00\x00\x00"
                     "\x00\x00\x00\x10\x00\x00\x00\x05", 16);

    /* goto_table cannot be a plain OpenFlow 1.1+ action: the buffer keeps
     * what it had. */
    parse_ok(acts, "output:1,goto_table:5", "goto");
    for (size_t i = 1; i < ARRAY_SIZE(all_versions); i++) {
        ofct_buf_clear(&out);
        ofct_buf_put(&out, "xy", 2);
        ck_assert_int_eq(ofct_actions_encode(acts, all_versions[i], &out,
                                             &err), -1);
        ck_assert(err.msg[0] != '\0');
        ck_assert_uint_eq(out.size, 2);
        ck_assert_mem_eq(out.data, "xy", 2);
    }

    ofct_buf_uninit(&out);
    ofct_buf_uninit(&wire);
    ofct_actions_free(acts);
}
END_TEST

/* In OpenFlow 1.0 there are no instructions: the instruction functions
 * are the action functions. */
START_TEST(test_instructions_of10)
{
    static const char *const texts[] = {
        "output:1", "ct(commit,exec(set_field:1->ct_mark))",
        "output:1,goto_table:5", "resubmit(,1),goto_table:2", "drop",
    };
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf a = OFCT_BUF_INITIALIZER;
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    for (size_t i = 0; i < ARRAY_SIZE(texts); i++) {
        char *t1, *t2;

        parse_ok(acts, texts[i], "OF1.0 instructions");
        ofct_buf_clear(&a);
        ofct_buf_clear(&b);
        ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP10, &a, &err), 0);
        ck_assert_int_eq(ofct_actions_encode_instructions(acts, OFCT_OFP10,
                                                          &b, &err), 0);
        ck_assert_uint_eq(a.size, b.size);
        ck_assert(!memcmp(a.data, b.data, a.size));

        ck_assert_int_eq(ofct_actions_decode(acts, a.data, a.size, OFCT_OFP10,
                                             &err), 0);
        t1 = format_acts(acts);
        ck_assert_int_eq(ofct_actions_decode_instructions(
                             acts, a.data, a.size, OFCT_OFP10, &err), 0);
        t2 = format_acts(acts);
        ck_assert_str_eq(t1, t2);
        free(t1);
        free(t2);
    }
    ofct_buf_uninit(&a);
    ofct_buf_uninit(&b);
    ofct_actions_free(acts);
}
END_TEST

/* Versions outside 1.0..1.5 are refused by every codec function.
 * Regression (fixed): ofct_actions_encode_instructions() and
 * ofct_actions_decode_instructions() do not check the version: with 0, 7,
 * ... they encode and decode as for OpenFlow 1.1+. */
START_TEST(test_bad_version)
{
    static const int versions[] = { 0, 7, 0x20, -1 };
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    parse_ok(acts, "output:1", "bad version");
    for (size_t i = 0; i < ARRAY_SIZE(versions); i++) {
        enum ofct_ofp_version v = versions[i];

        ck_assert_int_eq(ofct_actions_encode(acts, v, &out, &err), -1);
        ck_assert_str_eq(ofct_ofperr_name(err.code), "OFPBRC_BAD_VERSION");
        ck_assert_int_eq(ofct_actions_encode_instructions(acts, v, &out,
                                                          &err), -1);
        ck_assert_str_eq(ofct_ofperr_name(err.code), "OFPBRC_BAD_VERSION");
        ck_assert_uint_eq(out.size, 0);
        ck_assert_int_eq(ofct_actions_decode(acts, "\0\0\0\x08\0\x01\0\0", 8,
                                             v, &err), -1);
        ck_assert_str_eq(ofct_ofperr_name(err.code), "OFPBRC_BAD_VERSION");
        ck_assert_int_eq(ofct_actions_decode_instructions(acts, "", 0, v,
                                                          &err), -1);
        ck_assert_str_eq(ofct_ofperr_name(err.code), "OFPBRC_BAD_VERSION");
    }
    ofct_buf_uninit(&out);
    ofct_actions_free(acts);
}
END_TEST

/* mod_tp_src/mod_tp_dst become set_field of tcp_src, udp_src or
 * sctp_src from OpenFlow 1.2 on when the flow's match says which; an
 * action list alone has no match, and then OVS (in parse-actions'
 * re-encoding) writes the OpenFlow 1.1 action, which 1.2+ still read:
 * types 9 and 10 with the port, in every version. */
START_TEST(test_mod_tp_without_match)
{
    static const struct {
        const char *text;
        const char *hex;
    } cases[] = {
        { "mod_tp_src:80", "0009000800500000" },
        { "mod_tp_dst:443", "000a000801bb0000" },
    };
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_buf hex = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
        parse_ok(acts, cases[i].text, "mod_tp");
        for (size_t j = 0; j < ARRAY_SIZE(all_versions); j++) {
            ofct_buf_clear(&out);
            ofct_buf_clear(&hex);
            ck_assert_int_eq(ofct_actions_encode(acts, all_versions[j],
                                                 &out, &err), 0);
            ofct_bytes_to_hex(out.data, out.size, &hex);
            ck_assert_str_eq(ofct_buf_cstr(&hex), cases[i].hex);
        }
    }
    ofct_buf_uninit(&hex);
    ofct_buf_uninit(&out);
    ofct_actions_free(acts);
}
END_TEST

/* A NULL error pointer is allowed everywhere. */
START_TEST(test_null_error)
{
    struct ofct_actions *acts = ofct_actions_new();
    struct ofct_buf out = OFCT_BUF_INITIALIZER;

    ck_assert_int_eq(ofct_actions_parse(acts, "foo", NULL), -1);
    ck_assert_int_eq(ofct_actions_parse(acts, "output:1", NULL), 0);
    ck_assert_int_eq(ofct_actions_encode(acts, OFCT_OFP13, &out, NULL), 0);
    ck_assert_int_eq(ofct_actions_decode(acts, out.data, out.size - 8,
                                         OFCT_OFP13, NULL), -1);
    ck_assert_int_eq(ofct_actions_decode_instructions(acts, "\0\x07\0\x08"
                                                      "\0\0\0\0", 8,
                                                      OFCT_OFP13, NULL), -1);
    ofct_buf_uninit(&out);
    ofct_actions_free(acts);
}
END_TEST

/* ------------------------------------------------------------------ */

static TCase *
loop_tcase(const char *name, const TTest *test, size_t n)
{
    TCase *tc = tcase_create(name);

    tcase_add_loop_test(tc, test, 0, n);
    return tc;
}

static Suite *
actions_suite(void)
{
    Suite *s = suite_create("actions");
    TCase *tc;

    n_rt_pairs = FLATTEN(rt_cases, rt_pairs);
    n_insn_pairs = FLATTEN(insn_cases, insn_pairs);
    n_wire_error_pairs = FLATTEN(wire_errors, wire_error_pairs);
    n_insn_error_pairs = FLATTEN(insn_errors, insn_error_pairs);
    n_insn_error_ofct_pairs = FLATTEN(insn_errors_ofct,
                                      insn_error_ofct_pairs);
    n_wire_decode_pairs = FLATTEN(wire_decodes, wire_decode_pairs);
    n_insn_decode_pairs = FLATTEN(insn_decodes, insn_decode_pairs);

    suite_add_tcase(s, loop_tcase("roundtrip", test_roundtrip, n_rt_pairs));
    suite_add_tcase(s, loop_tcase("format", test_format_parsed,
                                  ARRAY_SIZE(fmt_cases)));
    suite_add_tcase(s, loop_tcase("instructions", test_instructions,
                                  n_insn_pairs));
    suite_add_tcase(s, loop_tcase("text_errors", test_text_error,
                                  ARRAY_SIZE(text_errors)));
    suite_add_tcase(s, loop_tcase("text_errors_ofct", test_text_error_ofct,
                                  ARRAY_SIZE(text_errors_ofct)));
    suite_add_tcase(s, loop_tcase("wire_errors", test_wire_error,
                                  n_wire_error_pairs));
    suite_add_tcase(s, loop_tcase("wire_decodes", test_wire_decode,
                                  n_wire_decode_pairs));

    tc = loop_tcase("insn_errors", test_insn_error, n_insn_error_pairs);
    tcase_add_loop_test(tc, test_insn_error_ofct, 0, n_insn_error_ofct_pairs);
    tcase_add_loop_test(tc, test_insn_decode, 0, n_insn_decode_pairs);
    suite_add_tcase(s, tc);

    tc = tcase_create("robustness");
    /* Tens of thousands of decodings; slower under sanitizers. */
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, test_truncations);
    tcase_add_test(tc, test_corruptions);
    tcase_add_test(tc, test_random_garbage);
    tcase_add_test(tc, test_deep_nesting_wire);
    tcase_add_test(tc, test_deep_nesting_text);
    suite_add_tcase(s, tc);

    tc = tcase_create("limits");
    /* A hang is a failure: keep the timeout short. */
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_long_action_list);
    tcase_add_test(tc, test_big_ct);
    tcase_add_test(tc, test_longest_actions);
    tcase_add_test(tc, test_long_note_text);
    tcase_add_test(tc, test_over_64k);
    suite_add_tcase(s, tc);

    tc = tcase_create("api");
    tcase_add_test(tc, test_version_strings);
    tcase_add_test(tc, test_count);
    tcase_add_test(tc, test_count_decoded);
    tcase_add_test(tc, test_empty_list);
    tcase_add_test(tc, test_replace_and_append);
    tcase_add_test(tc, test_instructions_of10);
    tcase_add_test(tc, test_bad_version);
    tcase_add_test(tc, test_mod_tp_without_match);
    tcase_add_test(tc, test_null_error);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(actions_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
