/* libFuzzer target: OpenFlow action and instruction lists in wire form, as
 * `ofct parse-actions VERSION` and `parse-instructions` take them.  The
 * first byte picks the version (low bits) and actions or instructions (bit
 * 3); the rest is the list.  What decodes is formatted, re-encoded (which
 * must succeed, as the CLI expects) and its text parsed again. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    enum ofct_ofp_version version;
    struct ofct_actions *acts, *again;
    struct ofct_error err;
    bool instructions;

    if (size < 1) {
        return 0;
    }
    version = OFCT_OFP10 + data[0] % 6;
    instructions = data[0] & 8;
    data++, size--;

    acts = ofct_actions_new();
    ofct_error_clear(&err);
    if (!(instructions
          ? ofct_actions_decode_instructions(acts, data, size, version, &err)
          : ofct_actions_decode(acts, data, size, version, &err))) {
        ofct_actions_format(acts, &text);
        FUZZ_CHECK(!(instructions
                     ? ofct_actions_encode_instructions(acts, version, &wire,
                                                        &err)
                     : ofct_actions_encode(acts, version, &wire, &err)),
                   "cannot re-encode \"%s\": %s", ofct_buf_cstr(&text),
                   err.msg);
        /* The text need not parse (ovs-ofctl prints some things it does
         * not parse), but parsing it must not go wrong. */
        again = ofct_actions_new();
        ofct_actions_parse(again, ofct_buf_cstr(&text), &err);
        ofct_actions_free(again);
    } else {
        FUZZ_CHECK(err.code != OFCT_OK || err.msg[0], "error without reason");
    }
    ofct_actions_free(acts);
    ofct_buf_uninit(&text);
    ofct_buf_uninit(&wire);
    return 0;
}
