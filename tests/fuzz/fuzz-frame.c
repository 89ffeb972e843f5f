/* libFuzzer target: the packet parser, ofct_frame_parse(), for each link
 * type.  The first byte picks the link type (low bits) and whether L4
 * checksums are verified (bit 3); the rest is the frame, in a buffer of
 * exactly its size so that any overread is caught. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

static const enum ofct_link_type links[] = {
    OFCT_LINK_ETHERNET, OFCT_LINK_RAW, OFCT_LINK_SLL,
    OFCT_LINK_IPV4, OFCT_LINK_IPV6, OFCT_LINK_SLL2,
};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_parse_options popts;
    struct ofct_flow_key key;
    struct ofct_error err;
    enum ofct_pkt_status st;
    uint8_t *frame;

    if (size < 1) {
        return 0;
    }
    popts.no_l4_csum = data[0] & 8;
    frame = malloc(size - 1 ? size - 1 : 1);
    memcpy(frame, data + 1, size - 1);
    if (data[0] & 16) {
        fuzz_fix_ipv4_csum(frame, size - 1, links[data[0] % 6]);
    }
    ofct_error_clear(&err);
    st = ofct_frame_parse(links[data[0] % 6], frame, size - 1, &popts, &key,
                          &err);
    if (st != OFCT_PKT_OK && st != OFCT_PKT_NOT_IP) {
        FUZZ_CHECK(err.msg[0], "%s without a reason",
                   ofct_pkt_status_to_string(st));
    } else if (st == OFCT_PKT_OK) {
        FUZZ_CHECK(key.l3_ofs <= size - 1 && key.l4_ofs <= size - 1
                   && key.l7_ofs <= size - 1,
                   "offsets past the frame: l3 %u l4 %u l7 %u of %zu",
                   key.l3_ofs, key.l4_ofs, key.l7_ofs, size - 1);
    }
    free(frame);
    return 0;
}
