/* Internal interface of the packet parser, for lib/conntrack. */
#ifndef OFCT_LIB_PACKET_PARSE_PRIVATE_H
#define OFCT_LIB_PACKET_PARSE_PRIVATE_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/packet.h"

/* Parses the packet quoted in an ICMP or ICMPv6 error message: 'data' holds
 * the quoted IP header ('family' 4 or 6) and at least the first 8 bytes of
 * its L4 header, which is all an error must quote.  Fills the addresses,
 * nw_proto, the ports (or ICMP type, code and id) of 'key'.  Checksums and
 * lengths of the quoted packet are not checked, since it is usually cut
 * short.  Returns OFCT_PKT_OK, or the reason with 'err' set. */
enum ofct_pkt_status flow_parse_quoted(const uint8_t *data, size_t size,
                                       int family, struct ofct_flow_key *key,
                                       struct ofct_error *err);

/* Parses an IP packet at offset 'ofs' of 'data' whose ethertype,
 * 'dl_type', came from a link-layer header other than Ethernet's. */
enum ofct_pkt_status flow_parse_ethertype(const void *data, size_t size,
                                          size_t ofs, uint16_t dl_type,
                                          const struct ofct_parse_options *,
                                          struct ofct_flow_key *key,
                                          struct ofct_error *err);

/* True for an ICMP (IPv4) or ICMPv6 error type, which quotes a packet. */
bool flow_icmp_is_error(uint8_t nw_proto, uint8_t type);

/* A big-endian 16-bit field. */
static inline uint16_t
get16(const uint8_t *p)
{
    return (uint16_t) (p[0] << 8 | p[1]);
}

/* IP protocol numbers. */
enum {
    IPPROTO_NUM_HOPOPTS = 0,
    IPPROTO_NUM_ICMP = 1,
    IPPROTO_NUM_TCP = 6,
    IPPROTO_NUM_UDP = 17,
    IPPROTO_NUM_ROUTING = 43,
    IPPROTO_NUM_FRAGMENT = 44,
    IPPROTO_NUM_ESP = 50,
    IPPROTO_NUM_AH = 51,
    IPPROTO_NUM_ICMPV6 = 58,
    IPPROTO_NUM_NONE = 59,
    IPPROTO_NUM_DSTOPTS = 60,
};

#endif
