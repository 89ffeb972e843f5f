/* libFuzzer target: flow text as `ofct parse-flow FLOW` takes it.  The
 * flow is parsed; if it parses, it is encoded for every protocol that can
 * carry it (or refused with a reason) and each message is printed back, as
 * parse-flow does, at the verbosity of the input's length modulo 3. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_flow_mod *fm;
    struct ofct_error err;
    uint32_t usable = 0;
    char *s;

    s = fuzz_strndup(data, size);
    fm = ofct_flow_mod_new();
    ofct_error_clear(&err);
    if (!ofct_flow_mod_parse(fm, s, &usable, &err)) {
        for (uint32_t p = 1; p & OFCT_P_ANY; p <<= 1) {
            if (!(usable & p)) {
                continue;
            }
            /* Encoded, or refused with a reason: ofct does not implement
             * everything OVS encodes (mod_vlan_vid in OpenFlow 1.1, which
             * pushes a VLAN header when needed, says so). */
            ofct_buf_clear(&msg);
            ofct_error_clear(&err);
            if (ofct_flow_mod_encode(fm, p, 1, &msg, &err)) {
                FUZZ_CHECK(err.msg[0], "encode error without a message");
                continue;
            }
            /* Printed, but not always decoded: Open vSwitch encodes some
             * flows that its own decoder refuses (vlan_tci=0x6005 for
             * OpenFlow 1.2+: a PCP without a VLAN, OFPBMC_BAD_PREREQ),
             * and ofct encodes and prints them the same way. */
            ofct_buf_clear(&text);
            ofct_ofp_print(msg.data, msg.size, size % 3, &text);
            FUZZ_CHECK(text.size && text.data[text.size - 1] == '\n',
                       "output does not end with a newline");
        }
    } else {
        FUZZ_CHECK(err.msg[0], "error without a message");
    }
    ofct_flow_mod_free(fm);
    ofct_buf_uninit(&msg);
    ofct_buf_uninit(&text);
    free(s);
    return 0;
}
