/* The parser's fast path: the most common frame (Ethernet without VLAN
 * tags, IPv4 without options, not a fragment, TCP or UDP), parsed inline
 * by the callers that see every packet.  It fills the key exactly as
 * ofct_flow_parse() would (tests/unit/check_packet.c compares them) and
 * gives up, returning false, on anything else, errors included: the full
 * parser then handles the frame and explains what is wrong with it. */
#ifndef OFCT_LIB_PACKET_PARSE_FAST_H
#define OFCT_LIB_PACKET_PARSE_FAST_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "ofct/packet.h"
#include "packet/parse-private.h"

static inline uint32_t
fast_get32(const uint8_t *p)
{
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
           | (uint32_t) p[2] << 8 | p[3];
}

/* Whether the checksum of the 20-byte IPv4 header at 'ip' verifies: its
 * one's-complement sum is 0xffff.  The plain sum of its five 32-bit words
 * (in either byte order) is congruent to that sum modulo 0xffff, and not
 * 0 (the first byte is 0x45), so it is a multiple of 0xffff exactly when
 * the folded sum is 0xffff: one division by a constant (a multiplication)
 * instead of the folds. */
static inline bool
fast_ipv4_csum_ok(const uint8_t *ip)
{
    uint32_t w[5];
    uint64_t sum;

    memcpy(w, ip, sizeof w);
    sum = ((uint64_t) w[0] + w[1] + w[2]) + ((uint64_t) w[3] + w[4]);
    return sum % 0xffff == 0;
}

/* Verifies the TCP or UDP checksum of the segment in 'key'. */
static inline bool
fast_l4_csum_ok(const uint8_t *frame, const struct ofct_flow_key *key)
{
    uint8_t tail[4] = { 0, key->nw_proto, key->l4_len >> 8, key->l4_len };
    uint32_t sum;

    sum = ofct_csum_add(0, frame + 26, 8);      /* Source, destination. */
    sum = ofct_csum_add(sum, tail, 4);
    sum = ofct_csum_add(sum, frame + key->l4_ofs, key->l4_len);
    return ofct_csum_finish(sum) == 0;
}

/* The source and destination ports at 'l4' as one word, in the layout of
 * two host-order uint16_t, source first: one load and, on a little-endian
 * processor, a byte swap and a rotation. */
static inline uint32_t
fast_ports_word(const uint8_t *l4)
{
    uint32_t w;

    memcpy(&w, l4, sizeof w);
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    w = __builtin_bswap32(w);
    w = w >> 16 | w << 16;
#endif
    return w;
}

static inline void
fast_set_ports(struct ofct_flow_key *key, const uint8_t *l4)
{
    uint32_t w = fast_ports_word(l4);

    memcpy((uint8_t *) key + offsetof(struct ofct_flow_key, tp_src), &w,
           sizeof w);
}

static inline bool
fast_parse_udp(const uint8_t *frame, bool l4_csum, struct ofct_flow_key *key)
{
    const uint8_t *udp = frame + 34;
    uint16_t udp_len;

    if (key->l4_len < 8) {
        return false;
    }
    udp_len = get16(udp + 4);
    if (udp_len < 8 || udp_len > key->l4_len) {
        return false;
    }
    fast_set_ports(key, udp);
    key->l7_ofs = 42;
    key->l4_len = udp_len;
    return !l4_csum || (!udp[6] && !udp[7]) || fast_l4_csum_ok(frame, key);
}

static inline bool
fast_parse_tcp(const uint8_t *frame, bool l4_csum, struct ofct_flow_key *key)
{
    const uint8_t *tcp = frame + 34;
    size_t hlen;

    if (key->l4_len < 20) {
        return false;
    }
    hlen = (tcp[12] >> 4) * 4;
    if (hlen < 20 || hlen > key->l4_len) {
        return false;
    }
    fast_set_ports(key, tcp);
    key->tcp_seq = fast_get32(tcp + 4);
    key->tcp_ack = fast_get32(tcp + 8);
    key->tcp_flags = get16(tcp + 12) & 0x0fff;
    key->tcp_window = get16(tcp + 14);
    key->l7_ofs = 34 + hlen;
    return !l4_csum || fast_l4_csum_ok(frame, key);
}

static inline bool
flow_parse_fast(const uint8_t *frame, size_t size, bool l4_csum,
                struct ofct_flow_key *key)
{
    const uint8_t *ip;
    uint16_t total;

    /* 'frame' may be NULL for an empty frame (the pipeline's never-filled
     * buffer): no pointer arithmetic on it before the size is checked, as
     * NULL + 14 is undefined. */
    if (size < 34) {
        return false;
    }
    ip = frame + 14;
    if (frame[12] != 0x08 || frame[13] != 0x00
        || ip[0] != 0x45 || (ip[9] != 6 && ip[9] != 17)
        || get16(ip + 6) & 0x3fff) {
        return false;
    }
    total = get16(ip + 2);
    if (total < 20 || total > size - 14 || !fast_ipv4_csum_ok(ip)) {
        return false;
    }
    memset(key, 0, sizeof *key);
    key->dl_type = OFCT_ETH_TYPE_IP;
    key->nw_tos = ip[1];
    key->nw_ttl = ip[8];
    key->nw_proto = ip[9];
    memcpy(key->nw_src.b, ip + 12, 4);
    memcpy(key->nw_dst.b, ip + 16, 4);
    key->l3_ofs = 14;
    key->l3_len = total;
    key->l4_ofs = 34;
    key->l4_len = total - 20;
    return ip[9] == 17 ? fast_parse_udp(frame, l4_csum, key)
                       : fast_parse_tcp(frame, l4_csum, key);
}

#endif
