/* libFuzzer target: datapath (ODP) actions, as `ofct decode-odp-actions`
 * (netlink bytes) and `ofct parse-odp-actions` (text) take them.  The first
 * byte picks which: even, the rest is netlink, decoded to text that must
 * parse again; odd, the rest is text, parsed to netlink that must
 * decode. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    if (size < 1) {
        return 0;
    }
    ofct_error_clear(&err);
    if (data[0] & 1) {
        char *s = fuzz_strndup(data + 1, size - 1);

        if (!ofct_odp_actions_parse(s, &nl, &err)) {
            FUZZ_CHECK(!ofct_odp_actions_format(nl.data, nl.size, &text,
                                                &err),
                       "cannot decode its own netlink for \"%s\": %s", s,
                       err.msg);
        } else {
            FUZZ_CHECK(err.msg[0] && !nl.size,
                       "error without a message, or output left");
        }
        free(s);
    } else {
        if (!ofct_odp_actions_format(data + 1, size - 1, &text, &err)) {
            FUZZ_CHECK(!ofct_odp_actions_parse(ofct_buf_cstr(&text), &nl,
                                               &err),
                       "cannot parse its own text \"%s\": %s",
                       ofct_buf_cstr(&text), err.msg);
        } else {
            FUZZ_CHECK(err.msg[0] && !text.size,
                       "error without a message, or output left");
        }
    }
    ofct_buf_uninit(&nl);
    ofct_buf_uninit(&text);
    return 0;
}
