/* Test helpers shared by the flow suites (check_flow, check_flow11,
 * check_ofp_errors): the library run the way "ofct parse-flow" and "ofct
 * ofp-print" run it, so that rows of ovs-ofctl's output can be compared
 * with it.  Inline so that a suite that uses only some of them still
 * builds without warnings. */
#ifndef OFCT_TESTS_FLOW_TEST_H
#define OFCT_TESTS_FLOW_TEST_H 1

#include <check.h>
#include <stdbool.h>
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

/* A message through "ovs-ofctl ofp-print HEX [VERBOSITY]" (verbosity 2
 * when none is given). */
struct print_row {
    const char *hex;
    int verbosity;
    int status;                 /* ovs-ofctl's exit status */
    const char *expected;
};

#define ARRAY_SIZE(A) (sizeof (A) / sizeof *(A))

/* The protocols "-O VERSIONS -F FORMATS" allow ("" is the default: all
 * of OpenFlow 1.0 and every flow format). */
static inline uint32_t
allowed_protocols(const char *versions, const char *formats)
{
    uint32_t bitmap = 0, allowed = OFCT_P_ANY;
    struct ofct_error err;
    char *copy, *save = NULL;

    if (!*versions) {
        bitmap = 1u << OFCT_OFP10;
    }
    copy = strdup(versions);
    for (char *v = strtok_r(copy, ",", &save); v;
         v = strtok_r(NULL, ",", &save)) {
        enum ofct_ofp_version version;

        ck_assert_msg(!ofct_ofp_version_from_string(v, &version),
                      "bad version %s", v);
        bitmap |= 1u << version;
    }
    free(copy);
    if (*formats) {
        ck_assert_msg(!ofct_protocols_from_string(formats, &allowed, &err),
                      "%s", err.msg);
    }
    return allowed & ofct_protocols_from_versions(bitmap);
}

/* "parse-flow FLOW" through the library: parse, usable and chosen
 * protocols, encode, print, as ovs-ofctl prints them.  Stops after the
 * protocol lines if 'header_only'.  Returns a string to free(). */
static inline char *
parse_flow(const char *versions, const char *formats, const char *flow,
           int verbosity, bool header_only)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    uint32_t allowed = allowed_protocols(versions, formats);
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
    protocol = ofct_protocol_choose(usable, allowed);
    if (!protocol) {
        ofct_buf_puts(&out, "error: no usable protocol\n");
        goto done;
    }
    ofct_buf_printf(&out, "chosen protocol: %s\n",
                    ofct_protocol_to_string(protocol));
    if (header_only) {
        goto done;
    }
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

static inline void
check_flow_row(const struct flow_row *row)
{
    char *got = parse_flow(row->versions, "", row->flow, 0, false);

    ck_assert_msg(!strcmp(got, row->expected),
                  "-O '%s' parse-flow '%s':\ngot:\n%swant:\n%s",
                  row->versions, row->flow, got, row->expected);
    free(got);
}

static inline struct ofct_buf
from_hex(const char *hex)
{
    struct ofct_buf bytes = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    ck_assert_msg(!ofct_hex_to_bytes(hex, &bytes, &err), "%s", err.msg);
    return bytes;
}

static inline char *
to_hex(const struct ofct_buf *bytes)
{
    struct ofct_buf hex = OFCT_BUF_INITIALIZER;
    char *s;

    ofct_bytes_to_hex(bytes->data, bytes->size, &hex);
    s = strdup(ofct_buf_cstr(&hex));
    ofct_buf_uninit(&hex);
    return s;
}

/* ofct_ofp_print() of 'size' bytes at 'data', checked for the promises
 * it makes whatever the input: a NUL-terminated text ending in a newline
 * and 0 or -1.  Returns the text, to free(). */
static inline char *
print_message(const void *data, size_t size, int verbosity, int *retval)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    char *s;

    *retval = ofct_ofp_print(data, size, verbosity, &out);
    ck_assert(*retval == 0 || *retval == -1);
    ck_assert_uint_gt(out.size, 0);
    ck_assert_int_eq(out.data[out.size - 1], '\n');
    ck_assert_uint_eq(strlen(ofct_buf_cstr(&out)), out.size);
    s = strdup(ofct_buf_cstr(&out));
    ofct_buf_uninit(&out);
    return s;
}

#endif
