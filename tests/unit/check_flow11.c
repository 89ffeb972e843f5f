/* Unit tests for subfields in matches ("reg0[0..3]=5") and for OpenFlow
 * 1.1 flow_mods (lib/openflow/flow-parse.c, subfield.c, ofp11-match.c,
 * flow-mod.c, ofp-print.c).
 *
 * The tests run the library the way "ofct parse-flow" does and compare
 * with the rows of check_flow11-rows.h, whose expected texts and bytes are
 * literal output of ovs-ofctl 3.1 (Debian openvswitch-common) for the
 * same input, written by tools/probe-ovs-flow11-rows.py. */
#include <config.h>

#include <check.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/flow.h"
#include "openflow/flow-mod.h"
#include "flow-test.h"

/* An OpenFlow 1.1 flow_mod: its bytes, from "-O OpenFlow11 -mmmmm
 * parse-flow", and the text of those bytes at verbosity 0 and 3. */
struct wire_row {
    const char *flow;
    const char *hex;
    const char *text;
    const char *text_raw;
};

#include "check_flow11-rows.h"

/* Subfields in matches: values in hex, decimal and octal, several
 * subfields of one field, subfields of every kind of field by OVS and
 * NXM/OXM name, and the errors. */

START_TEST(test_subfield)
{
    check_flow_row(&subfield_rows[_i]);
}
END_TEST

/* OpenFlow 1.1: usable and chosen protocols, and the flow_mod's text, for
 * every field of the OpenFlow 1.1 match, fields it cannot hold, the
 * parameters and actions. */

START_TEST(test_of11_flow)
{
    check_flow_row(&of11_rows[_i]);
}
END_TEST

/* Encoding gives ovs-ofctl's bytes; those bytes print as ovs-ofctl prints
 * them, and decode and encode again to themselves. */
START_TEST(test_of11_wire)
{
    const struct wire_row *row = &wire_rows[_i];
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_buf again = OFCT_BUF_INITIALIZER;
    struct ofct_buf want = from_hex(row->hex);
    struct ofct_error err;
    uint32_t usable;
    char *got;
    int retval;

    ck_assert_msg(!ofct_flow_mod_parse(fm, row->flow, &usable, &err),
                  "%s: %s", row->flow, err.msg);
    ck_assert(usable & OFCT_P_OF11_STD);
    ck_assert_msg(!ofct_flow_mod_encode(fm, OFCT_P_OF11_STD, 1, &msg, &err),
                  "%s", err.msg);
    got = to_hex(&msg);
    ck_assert_msg(!strcmp(got, row->hex), "%s:\ngot  %s\nwant %s",
                  row->flow, got, row->hex);
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
    ck_assert(!ofct_flow_mod_encode(fm, OFCT_P_OF11_STD, 1, &again, &err));
    got = to_hex(&again);
    ck_assert_msg(!strcmp(got, row->hex), "%s, decoded and encoded "
                  "again:\ngot  %s\nwant %s", row->flow, got, row->hex);
    free(got);

    ofct_flow_mod_free(fm);
    ofct_buf_uninit(&msg);
    ofct_buf_uninit(&again);
    ofct_buf_uninit(&want);
}
END_TEST

/* flow_mods ovs-ofctl does not write: VLAN cases, bad values, fields
 * without their prerequisites, bad parameters, an OpenFlow 1.1 match in
 * OpenFlow 1.3 and 1.5 and OXM in OpenFlow 1.1. */
START_TEST(test_of11_print)
{
    const struct print_row *row = &print_rows[_i];
    struct ofct_buf bytes = from_hex(row->hex);
    bool decodes = !strstr(row->expected, "***");
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

/* Every OpenFlow 1.1 message above cut at every length (with its length
 * field as it was and as the cut), and with random bytes changed, prints
 * without crashing (the sanitizer build checks the memory accesses) and
 * keeps print_message()'s promises. */

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
            /* Mostly in the match, where OpenFlow 1.1 differs. */
            size_t at = next_random(seed) % (i % 2 && n > 136 ? 88 : n);

            copy[i % 2 && n > 136 ? 48 + at : at] = next_random(seed);
        }
        free(print_message(copy, n, i % 6, &retval));
    }
    free(copy);
    ofct_buf_uninit(&orig);
}

START_TEST(test_of11_damaged)
{
    uint32_t seed = 0x2468ace1;

    for (size_t i = 0; i < ARRAY_SIZE(wire_rows); i++) {
        damage(wire_rows[i].hex, &seed);
    }
    for (size_t i = 0; i < ARRAY_SIZE(print_rows); i++) {
        damage(print_rows[i].hex, &seed);
    }
}
END_TEST

static Suite *
flow11_suite(void)
{
    Suite *s = suite_create("flow11");
    TCase *tc;

    tc = tcase_create("subfields");
    tcase_add_loop_test(tc, test_subfield, 0, ARRAY_SIZE(subfield_rows));
    suite_add_tcase(s, tc);

    tc = tcase_create("of11");
    tcase_add_loop_test(tc, test_of11_flow, 0, ARRAY_SIZE(of11_rows));
    tcase_add_loop_test(tc, test_of11_wire, 0, ARRAY_SIZE(wire_rows));
    tcase_add_loop_test(tc, test_of11_print, 0, ARRAY_SIZE(print_rows));
    suite_add_tcase(s, tc);

    tc = tcase_create("damaged");
    /* Thousands of messages; more under the sanitizers. */
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_of11_damaged);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(flow11_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
