/* Unit tests for flows: match fields in flow text, the canonical order of
 * printed matches, the usable and chosen protocols, flow_mod encoding and
 * decoding for every protocol, and the printing of OpenFlow messages
 * (include/ofct/flow.h; lib/openflow/match*.c, flow-parse.c, flow-check.c,
 * ofp-protocol.c, nx-match.c, ofp10-match.c, flow-mod.c, ofp-print.c).
 *
 * The tests run the library the way "ofct parse-flow" does and compare
 * with the rows of check_flow-rows.h, whose expected texts and bytes are
 * literal output of ovs-ofctl 3.1 (Debian openvswitch-common) for the
 * same input; see the comment there for the commands. */
#include <config.h>

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/flow.h"
#include "openflow/flow-mod.h"
#include "openflow/match.h"
#include "flow-test.h"

/* The same with -F FORMATS, and only the first two lines (the usable and
 * the chosen protocols). */
struct protocol_row {
    const char *versions;
    const char *formats;
    const char *flow;
    const char *expected;
};

/* A flow_mod for one protocol: its bytes, from "-mmmmm parse-flow", and
 * its text at verbosity 0 and 3 (the raw OpenFlow 1.0 and NXM match). */
struct wire_row {
    const char *protocol;
    const char *flow;
    const char *hex;
    const char *text;
    const char *text_raw;
};

#include "check_flow-rows.h"

/* Fields: a value, a mask, a CIDR prefix, a bad value and a missing
 * prerequisite for each, in OpenFlow 1.0 (NXM when needed) and 1.5. */

START_TEST(test_field)
{
    check_flow_row(&field_rows[_i]);
}
END_TEST

/* Matches print their fields in Open vSwitch's order, whatever the order
 * of the input. */

START_TEST(test_canonical_order)
{
    check_flow_row(&order_rows[_i]);
}
END_TEST

START_TEST(test_catchall_match)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct match m;

    match_init_catchall(&m);
    match_format(&m, OFP_DEFAULT_PRIORITY, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "");
    match_format(&m, 7, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "priority=7");
    ofct_buf_uninit(&out);
}
END_TEST

/* Keywords of the flow syntax other than fields, and flow-level errors:
 * the action/match consistency check among them. */

START_TEST(test_keywords)
{
    check_flow_row(&keyword_rows[_i]);
}
END_TEST

/* Usable and chosen protocols for -O and -F combinations. */

START_TEST(test_protocols)
{
    const struct protocol_row *row = &protocol_rows[_i];
    char *got = parse_flow(row->versions, row->formats, row->flow, 0, true);

    ck_assert_msg(!strcmp(got, row->expected),
                  "-O '%s' -F '%s' parse-flow '%s':\ngot:\n%swant:\n%s",
                  row->versions, row->formats, row->flow, got,
                  row->expected);
    free(got);
}
END_TEST

static void
check_protocols_format(uint32_t protocols, const char *expected)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;

    ofct_protocols_format(protocols, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), expected);
    ofct_buf_uninit(&out);
}

START_TEST(test_protocol_sets)
{
    static const char *const names[] = {
        "OpenFlow10-table_id", "OpenFlow10+table_id", "NXM-table_id",
        "NXM+table_id", "OpenFlow11", "OXM-OpenFlow12", "OXM-OpenFlow13",
        "OXM-OpenFlow14", "OXM-OpenFlow15",
    };
    static const enum ofct_ofp_version versions[] = {
        OFCT_OFP10, OFCT_OFP10, OFCT_OFP10, OFCT_OFP10, OFCT_OFP11,
        OFCT_OFP12, OFCT_OFP13, OFCT_OFP14, OFCT_OFP15,
    };
    struct ofct_error err;
    uint32_t p;

    for (size_t i = 0; i < ARRAY_SIZE(names); i++) {
        ck_assert_str_eq(ofct_protocol_to_string(1u << i), names[i]);
        ck_assert_int_eq(ofct_protocol_version(1u << i), versions[i]);
        ck_assert(!ofct_protocols_from_string(names[i], &p, &err));
        ck_assert_uint_eq(p, 1u << i);
    }
    ck_assert_str_eq(ofct_protocol_to_string(0), "none");
    ck_assert_str_eq(ofct_protocol_to_string(3), "none");

    /* Families first, then single protocols in bit order, as ovs-ofctl
     * prints "usable protocols". */
    check_protocols_format(OFCT_P_ANY, "any");
    check_protocols_format(0, "none");
    check_protocols_format(OFPUTIL_P_OF10_STD_ANY, "OpenFlow10");
    check_protocols_format(OFPUTIL_P_OF10_NXM_ANY | OFPUTIL_P_ANY_OXM,
                           "NXM,OXM");
    check_protocols_format(OFPUTIL_P_NXM_OF11_UP, "NXM,OXM,OpenFlow11");
    check_protocols_format(OFPUTIL_P_TID,
                           "OXM,OpenFlow10+table_id,NXM+table_id,"
                           "OpenFlow11");
    check_protocols_format(OFCT_P_OF13_OXM | OFCT_P_OF15_OXM,
                           "OXM-OpenFlow13,OXM-OpenFlow15");

    /* Names in any case, families, lists. */
    ck_assert(!ofct_protocols_from_string("nxm", &p, &err));
    ck_assert_uint_eq(p, OFPUTIL_P_OF10_NXM_ANY);
    ck_assert(!ofct_protocols_from_string("OpenFlow10,oxm", &p, &err));
    ck_assert_uint_eq(p, OFPUTIL_P_OF10_STD_ANY | OFPUTIL_P_ANY_OXM);
    ck_assert(!ofct_protocols_from_string("any", &p, &err));
    ck_assert_uint_eq(p, OFCT_P_ANY);
    ck_assert(ofct_protocols_from_string("NXM,bogus", &p, &err));
    ck_assert_str_eq(err.msg, "bogus: unknown flow protocol");

    /* The chosen protocol is the lowest usable one that is allowed. */
    ck_assert_uint_eq(ofct_protocol_choose(OFPUTIL_P_TID,
                                           OFPUTIL_P_OF10_ANY),
                      OFCT_P_OF10_STD_TID);
    ck_assert_uint_eq(ofct_protocol_choose(OFPUTIL_P_NXM_OXM_ANY,
                                           OFCT_P_OF13_OXM
                                           | OFCT_P_OF15_OXM),
                      OFCT_P_OF13_OXM);
    ck_assert_uint_eq(ofct_protocol_choose(OFCT_P_OF10_STD,
                                           OFPUTIL_P_ANY_OXM), 0);

    ck_assert_uint_eq(ofct_protocols_from_versions(1u << OFCT_OFP10),
                      OFPUTIL_P_OF10_ANY);
    ck_assert_uint_eq(ofct_protocols_from_versions(1u << OFCT_OFP11
                                                   | 1u << OFCT_OFP14),
                      OFCT_P_OF11_STD | OFCT_P_OF14_OXM);
}
END_TEST

/* flow_mod messages, per protocol: OpenFlow 1.0 with and without the
 * table in the command, NXT_FLOW_MOD with and without it, OXM in OpenFlow
 * 1.2 to 1.5.  Encoding gives ovs-ofctl's bytes; those bytes decode and
 * print as ovs-ofctl prints them, and encode again to themselves. */

START_TEST(test_flow_mod_wire)
{
    const struct wire_row *row = &wire_rows[_i];
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_buf again = OFCT_BUF_INITIALIZER;
    struct ofct_buf want = from_hex(row->hex);
    uint32_t usable, protocol;
    struct ofct_error err;
    char *got;
    int retval;

    ck_assert(!ofct_protocols_from_string(row->protocol, &protocol, &err));
    ck_assert_msg(!ofct_flow_mod_parse(fm, row->flow, &usable, &err),
                  "%s: %s", row->flow, err.msg);
    ck_assert(usable & protocol);
    ck_assert_msg(!ofct_flow_mod_encode(fm, protocol, 1, &msg, &err),
                  "%s", err.msg);
    got = to_hex(&msg);
    ck_assert_msg(!strcmp(got, row->hex), "%s in %s:\ngot  %s\nwant %s",
                  row->flow, row->protocol, got, row->hex);
    free(got);

    got = print_message(want.data, want.size, 0, &retval);
    ck_assert_int_eq(retval, 0);
    ck_assert_str_eq(got, row->text);
    free(got);
    got = print_message(want.data, want.size, 3, &retval);
    ck_assert_str_eq(got, row->text_raw);
    free(got);

    ck_assert_msg(!flow_mod_decode(fm, want.data, want.size, &err), "%s",
                  err.msg);
    ck_assert(!ofct_flow_mod_encode(fm, protocol, 1, &again, &err));
    got = to_hex(&again);
    ck_assert_msg(!strcmp(got, row->hex), "%s in %s, decoded and encoded "
                  "again:\ngot  %s\nwant %s", row->flow, row->protocol, got,
                  row->hex);
    free(got);

    ofct_flow_mod_free(fm);
    ofct_buf_uninit(&msg);
    ofct_buf_uninit(&again);
    ofct_buf_uninit(&want);
}
END_TEST

/* Other messages: hello, echo, error, barrier and packet_out in each
 * version, and messages that do not decode. */

START_TEST(test_print)
{
    const struct print_row *row = &print_rows[_i];
    struct ofct_buf bytes = from_hex(row->hex);
    bool decodes = (!strstr(row->expected, "***")
                    && strncmp(row->expected, "OpenFlow packet too short",
                               25));
    char *got;
    int retval;

    got = print_message(bytes.data, bytes.size, row->verbosity, &retval);
    ck_assert_msg(!strcmp(got, row->expected),
                  "ofp-print %s %d:\ngot:\n%swant:\n%s", row->hex,
                  row->verbosity, got, row->expected);
    ck_assert_int_eq(retval, decodes ? 0 : -1);
    ck_assert_int_eq(row->status, 0);
    free(got);
    ofct_buf_uninit(&bytes);
}
END_TEST

START_TEST(test_print_empty)
{
    int retval;
    char *got = print_message("", 0, 2, &retval);

    ck_assert_str_eq(got, "OpenFlow message is empty\n");
    ck_assert_int_eq(retval, -1);
    free(got);
}
END_TEST

/* Damaged messages: every valid message above cut at every length (with
 * its length field as it was and as the cut), and with random bytes
 * changed, must print without crashing (the sanitizer build checks the
 * memory accesses) and keep print_message()'s promises. */

static uint32_t
next_random(uint32_t *state)
{
    /* xorshift32: fixed seed, the same bytes in every run. */
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

static void
damage(const char *hex, uint32_t *seed)
{
    struct ofct_buf orig = from_hex(hex);
    uint8_t *copy = malloc(orig.size + 1);
    int retval;

    for (size_t cut = 0; cut <= orig.size; cut++) {
        memcpy(copy, orig.data, cut);
        free(print_message(copy, cut, 5, &retval));
        if (cut >= 4) {
            copy[2] = cut >> 8;
            copy[3] = cut;
            free(print_message(copy, cut, 3, &retval));
        }
    }
    for (int i = 0; i < 200; i++) {
        size_t n = orig.size;

        memcpy(copy, orig.data, n);
        for (int j = next_random(seed) % 4; j >= 0; j--) {
            copy[next_random(seed) % n] = next_random(seed);
        }
        if (i % 2 && n >= 4) {
            /* Keep the length right, to get past the header checks. */
            copy[2] = n >> 8;
            copy[3] = n;
        }
        free(print_message(copy, n, i % 6, &retval));
    }
    free(copy);
    ofct_buf_uninit(&orig);
}

START_TEST(test_damaged_messages)
{
    uint32_t seed = 0x12345678;

    for (size_t i = 0; i < ARRAY_SIZE(print_rows); i++) {
        damage(print_rows[i].hex, &seed);
    }
    for (size_t i = 0; i < ARRAY_SIZE(wire_rows); i++) {
        damage(wire_rows[i].hex, &seed);
    }
}
END_TEST

static Suite *
flow_suite(void)
{
    Suite *s = suite_create("flow");
    TCase *tc;

    tc = tcase_create("fields");
    tcase_add_loop_test(tc, test_field, 0, ARRAY_SIZE(field_rows));
    suite_add_tcase(s, tc);

    tc = tcase_create("order");
    tcase_add_loop_test(tc, test_canonical_order, 0, ARRAY_SIZE(order_rows));
    tcase_add_test(tc, test_catchall_match);
    suite_add_tcase(s, tc);

    tc = tcase_create("keywords");
    tcase_add_loop_test(tc, test_keywords, 0, ARRAY_SIZE(keyword_rows));
    suite_add_tcase(s, tc);

    tc = tcase_create("protocols");
    tcase_add_loop_test(tc, test_protocols, 0, ARRAY_SIZE(protocol_rows));
    tcase_add_test(tc, test_protocol_sets);
    suite_add_tcase(s, tc);

    tc = tcase_create("wire");
    tcase_add_loop_test(tc, test_flow_mod_wire, 0, ARRAY_SIZE(wire_rows));
    suite_add_tcase(s, tc);

    tc = tcase_create("print");
    tcase_add_loop_test(tc, test_print, 0, ARRAY_SIZE(print_rows));
    tcase_add_test(tc, test_print_empty);
    suite_add_tcase(s, tc);

    tc = tcase_create("damaged");
    /* Thousands of messages; more under the sanitizers. */
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_damaged_messages);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(flow_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
