/* Unit tests for the printing of OFPT_ERROR messages (ofct_ofp_print() in
 * include/ofct/flow.h; lib/openflow/ofp-errors.c, ofp-print.c): every
 * (version, type, code) Open vSwitch names in OpenFlow 1.0 to 1.5, in the
 * standard form, the Nicira vendor form (type 0xb0c2) and the experimenter
 * form (type 0xffff); unknown types, codes and vendors; the error's data
 * as text, as a message, too short, cut short; damaged errors; verbosity
 * 0 to 5.
 *
 * The expected texts in check_ofp_errors-rows.h are literal output of
 * "ovs-ofctl ofp-print HEX [VERBOSITY]" (Open vSwitch 3.1, Debian
 * openvswitch-common), written by tools/probe-ovs-error-rows.py. */
#include <config.h>

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/flow.h"
#include "openflow/ofp-errors.h"
#include "flow-test.h"

struct error_row {
    const char *hex;
    int verbosity;
    const char *expected;
};

#include "check_ofp_errors-rows.h"

/* Whether ovs-ofctl's text says the message (the outer one: an error's
 * data may not decode) decoded: not when it is too short, when its length
 * field disagrees with its size (a bare header line then, when the header
 * names the message, before "(***truncated ..."), or when it prints as a
 * decode error. */
static bool
decoded(const char *text)
{
    size_t first = strcspn(text, "\n");

    return (strncmp(text, "OpenFlow ", 9) && strncmp(text, "(***", 4)
            && !memmem(text, first, "***decode error", 15)
            && !(first >= 2 && !strncmp(text + first - 2, "):", 2)
                 && !strncmp(text + first, "\n(***", 5)));
}

START_TEST(test_error)
{
    const struct error_row *row = &error_rows[_i];
    struct ofct_buf bytes = from_hex(row->hex);
    char *got;
    int retval;

    got = print_message(bytes.data, bytes.size, row->verbosity, &retval);
    ck_assert_msg(!strcmp(got, row->expected),
                  "ofp-print %s %d:\ngot:\n%swant:\n%s", row->hex,
                  row->verbosity, got, row->expected);
    ck_assert_int_eq(retval, (decoded(row->expected) ? 0 : -1));
    free(got);
    ofct_buf_uninit(&bytes);
}
END_TEST

/* The table by itself: what no version names, and the duplicates that
 * decode as the first listed. */
START_TEST(test_error_names)
{
    ck_assert_str_eq(ofp_error_name(0x04, 0, 4, 0), "OFPBMC_BAD_TYPE");
    ck_assert_ptr_null(ofp_error_name(0x01, 0, 4, 12));
    ck_assert_ptr_null(ofp_error_name(0x00, 0, 1, 6));
    ck_assert_ptr_null(ofp_error_name(0x07, 0, 1, 6));
    ck_assert_str_eq(ofp_error_name(0x01, 0, 1, 5), "OFPBRC_EPERM");
    ck_assert_str_eq(ofp_error_name(0x03, 0, 1, 10), "OFPBRC_IS_SECONDARY");
    ck_assert_str_eq(ofp_error_name(0x02, 0, 3, 5),
                     "OFPBIC_BAD_EXPERIMENTER");
    ck_assert_str_eq(ofp_error_name(0x04, 0x4f4e4600, 2300, 0),
                     "OFPBFC_UNKNOWN");
    ck_assert_str_eq(ofp_error_name(0x01, 0x2320, 1, 256),
                     "NXBRC_NXM_INVALID");
    ck_assert_str_eq(ofp_error_name(0x06, 0x2320, 2, 0),
                     "NXBRC_NXM_INVALID");
}
END_TEST

/* Damaged errors: each row cut at every length (with its length field as
 * it was and as the cut) and with random bytes changed must print without
 * crashing (the sanitizer build checks the memory accesses). */

static uint32_t
next_random(uint32_t *state)
{
    /* xorshift32: fixed seed, the same bytes in every run. */
    *state ^= *state << 13;
    *state ^= *state >> 17;
    *state ^= *state << 5;
    return *state;
}

START_TEST(test_damaged_errors)
{
    uint32_t seed = 0x2468ace0;

    for (size_t r = 0; r < ARRAY_SIZE(error_rows); r += 7) {
        struct ofct_buf orig = from_hex(error_rows[r].hex);
        uint8_t *copy = malloc(orig.size + 1);
        int retval;

        for (size_t cut = 0; cut <= orig.size; cut++) {
            memcpy(copy, orig.data, cut);
            free(print_message(copy, cut, 5, &retval));
            if (cut >= 4) {
                copy[2] = cut >> 8;
                copy[3] = cut;
                free(print_message(copy, cut, 1, &retval));
            }
        }
        for (int i = 0; i < 20 && orig.size > 8; i++) {
            size_t n = orig.size;

            memcpy(copy, orig.data, n);
            copy[8 + next_random(&seed) % (n - 8)] = next_random(&seed);
            free(print_message(copy, n, i % 6, &retval));
        }
        free(copy);
        ofct_buf_uninit(&orig);
    }
}
END_TEST

static Suite *
ofp_errors_suite(void)
{
    Suite *s = suite_create("ofp_errors");
    TCase *tc;

    tc = tcase_create("print");
    tcase_add_loop_test(tc, test_error, 0, ARRAY_SIZE(error_rows));
    tcase_add_test(tc, test_error_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("damaged");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_damaged_errors);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(ofp_errors_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
