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
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/flow.h"
#include "openflow/flow-mod.h"

/* A flow through "ovs-ofctl [-O VERSIONS] parse-flow FLOW": its standard
 * output, then "error: MESSAGE" if it failed. */
struct flow_row {
    const char *versions;       /* "" for ovs-ofctl's default, OpenFlow10 */
    const char *flow;
    const char *expected;
};

#include "check_flow11-rows.h"

#define ARRAY_SIZE(A) (sizeof (A) / sizeof *(A))

/* The protocols "-O VERSIONS" allows ("" is OpenFlow 1.0). */
static uint32_t
allowed_protocols(const char *versions)
{
    enum ofct_ofp_version version = OFCT_OFP10;

    if (*versions) {
        ck_assert_msg(!ofct_ofp_version_from_string(versions, &version),
                      "bad version %s", versions);
    }
    return ofct_protocols_from_versions(1u << version);
}

/* "parse-flow FLOW" through the library, as ovs-ofctl prints it.
 * Returns a string to free(). */
static char *
parse_flow(const char *versions, const char *flow, int verbosity)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    uint32_t usable, protocol;
    struct ofct_error err;
    char *s;

    if (ofct_flow_mod_parse(fm, flow, &usable, &err)) {
        ofct_buf_printf(&out, "error: %s\n", err.msg);
        goto done;
    }
    ofct_buf_puts(&out, "usable protocols: ");
    ofct_protocols_format(usable, &out);
    ofct_buf_putc(&out, '\n');
    protocol = ofct_protocol_choose(usable, allowed_protocols(versions));
    if (!protocol) {
        ofct_buf_puts(&out, "error: no usable protocol\n");
        goto done;
    }
    ofct_buf_printf(&out, "chosen protocol: %s\n",
                    ofct_protocol_to_string(protocol));
    if (ofct_flow_mod_encode(fm, protocol, 1, &msg, &err)) {
        ofct_buf_printf(&out, "error: %s\n", err.msg);
        goto done;
    }
    ofct_ofp_print(msg.data, msg.size, verbosity, &out);

done:
    ofct_flow_mod_free(fm);
    ofct_buf_uninit(&msg);
    s = strdup(ofct_buf_cstr(&out));
    ofct_buf_uninit(&out);
    return s;
}

static void
check_flow_row(const struct flow_row *row)
{
    char *got = parse_flow(row->versions, row->flow, 0);

    ck_assert_msg(!strcmp(got, row->expected),
                  "-O '%s' parse-flow '%s':\ngot:\n%swant:\n%s",
                  row->versions, row->flow, got, row->expected);
    free(got);
}

/* Subfields in matches: values in hex, decimal and octal, several
 * subfields of one field, subfields of every kind of field by OVS and
 * NXM/OXM name, and the errors. */

START_TEST(test_subfield)
{
    check_flow_row(&subfield_rows[_i]);
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
