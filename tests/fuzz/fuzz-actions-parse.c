/* libFuzzer target: action text as `ofct encode-actions VERSION ACTIONS`
 * takes it.  What parses is formatted, parsed again (the normalized text
 * must parse to the same text) and encoded for every version as actions
 * and as instructions, then decoded; encoding and decoding may refuse
 * (an action a version cannot carry) but then must say why. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf text2 = OFCT_BUF_INITIALIZER;
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_actions *acts, *again;
    struct ofct_error err;
    char *s;

    s = fuzz_strndup(data, size);
    acts = ofct_actions_new();
    ofct_error_clear(&err);
    if (!ofct_actions_parse(acts, s, &err)) {
        ofct_actions_format(acts, &text);
        again = ofct_actions_new();
        if (!ofct_actions_parse(again, ofct_buf_cstr(&text), &err)) {
            ofct_actions_format(again, &text2);
            FUZZ_CHECK(!strcmp(ofct_buf_cstr(&text), ofct_buf_cstr(&text2)),
                       "\"%s\" reads back as \"%s\"",
                       ofct_buf_cstr(&text), ofct_buf_cstr(&text2));
        }
        ofct_actions_free(again);
        for (int v = OFCT_OFP10; v <= OFCT_OFP15; v++) {
            ofct_error_clear(&err);
            ofct_buf_clear(&wire);
            if (ofct_actions_encode(acts, v, &wire, &err)) {
                FUZZ_CHECK(err.msg[0], "encode error without a message");
            }
            ofct_error_clear(&err);
            ofct_buf_clear(&wire);
            if (ofct_actions_encode_instructions(acts, v, &wire, &err)) {
                FUZZ_CHECK(err.msg[0], "encode error without a message");
            } else {
                /* What was encoded decodes, or is refused with a reason:
                 * not always decoded, since Open vSwitch's encoder writes
                 * some lists that its own decoder refuses (such as
                 * set_field:2050->vlan_vid in OpenFlow 1.2+, without
                 * OFPVID_PRESENT), and ofct writes the same bytes. */
                struct ofct_actions *dec = ofct_actions_new();

                if (ofct_actions_decode_instructions(dec, wire.data,
                                                     wire.size, v, &err)) {
                    FUZZ_CHECK(err.msg[0], "decode error without a message");
                }
                ofct_actions_free(dec);
            }
        }
    } else {
        FUZZ_CHECK(err.msg[0], "parse error without a message");
    }
    ofct_actions_free(acts);
    ofct_buf_uninit(&text);
    ofct_buf_uninit(&text2);
    ofct_buf_uninit(&wire);
    free(s);
    return 0;
}
