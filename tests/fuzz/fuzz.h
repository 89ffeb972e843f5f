/* Helpers shared by the libFuzzer targets of tests/fuzz (see README.md). */
#ifndef OFCT_FUZZ_H
#define OFCT_FUZZ_H 1

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/ofct.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A NUL-terminated copy of 'size' bytes, for the text parsers (which take
 * C strings): an embedded NUL simply ends the text early.  Free it. */
static inline char *
fuzz_strndup(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);

    if (!s) {
        abort();
    }
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* Rewrites the IPv4 header checksum of 'frame' (untagged Ethernet, or
 * raw IP for any other 'link' but the Linux cooked ones), so that a
 * mutated IP header gets past the checksum, which the parser always
 * verifies, to the code behind it.  Uses the library's ofct_csum(). */
static inline void
fuzz_fix_ipv4_csum(uint8_t *frame, size_t len, int link)
{
    size_t l3 = link == 1 ? 14 : 0;     /* OFCT_LINK_ETHERNET */
    uint16_t csum;
    size_t ihl;

    if (link == 113 || link == 276) {   /* SLL, SLL2 */
        return;
    }
    if ((link == 1 && (len < 14 || frame[12] != 0x08 || frame[13] != 0))
        || len < l3 + 20 || frame[l3] >> 4 != 4) {
        return;
    }
    ihl = (size_t) (frame[l3] & 15) * 4;
    if (ihl < 20 || len < l3 + ihl) {
        return;
    }
    frame[l3 + 10] = frame[l3 + 11] = 0;
    csum = ofct_csum(frame + l3, ihl);
    memcpy(frame + l3 + 10, &csum, 2);
}

/* Stops the run on a broken invariant, so that libFuzzer keeps the input:
 * a round trip that the CLI would report as "cannot re-encode" or "cannot
 * parse its own text". */
#define FUZZ_CHECK(COND, ...)                                   \
    do {                                                        \
        if (!(COND)) {                                          \
            fprintf(stderr, "%s:%d: %s: ", __FILE__, __LINE__,  \
                    #COND);                                     \
            fprintf(stderr, __VA_ARGS__);                       \
            fputc('\n', stderr);                                \
            abort();                                            \
        }                                                       \
    } while (0)

#endif /* fuzz.h */
