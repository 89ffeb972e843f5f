/* Internet checksum (RFC 1071). */
#include <config.h>

#include <string.h>

#include "ofct/packet.h"

/* Adds 'n' bytes to a 32-bit one's-complement partial sum.  Sums 16-bit
 * big-endian words; an odd last byte is padded with zero, as RFC 1071
 * says.  The accumulator is 64 bits wide so that folding is needed only at
 * the end, which matters for the speed of long payloads. */
uint32_t
ofct_csum_add(uint32_t partial, const void *data_, size_t n)
{
    const uint8_t *p = data_;
    uint64_t sum = partial;

    while (n >= 8) {
        uint32_t a, b;

        memcpy(&a, p, 4);
        memcpy(&b, p + 4, 4);
        /* Byte order does not matter for a one's-complement sum as long
         * as the result is swapped back consistently: sum in native order
         * and fix up at the end. */
        sum += (uint64_t) a + b;
        p += 8;
        n -= 8;
    }
    while (n >= 2) {
        uint16_t w;

        memcpy(&w, p, 2);
        sum += w;
        p += 2;
        n -= 2;
    }
    if (n) {
        uint8_t last[2] = { p[0], 0 };
        uint16_t w;

        memcpy(&w, last, 2);
        sum += w;
    }
    while (sum >> 32) {
        sum = (sum & 0xffffffff) + (sum >> 32);
    }
    return sum;
}

/* Folds a native-order partial sum and returns the complemented checksum in
 * network byte order, ready to be stored in (or compared with) a header. */
uint16_t
ofct_csum_finish(uint32_t partial)
{
    uint32_t sum = partial;

    sum = (sum & 0xffff) + (sum >> 16);
    sum = (sum & 0xffff) + (sum >> 16);
    return ~sum & 0xffff;
}

uint16_t
ofct_csum(const void *data, size_t n)
{
    return ofct_csum_finish(ofct_csum_add(0, data, n));
}
