/* ofct packet layer: header parsing into a flow key, checksums, and
 * capture files (pcap and pcapng through libpcap).
 *
 * Parsing never reads past the end of the frame: a truncated or malformed
 * packet is reported as such, with the layer, the offset and what is
 * wrong. */
#ifndef OFCT_PACKET_H
#define OFCT_PACKET_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Ethertypes, as numbers in host byte order. */
#define OFCT_ETH_TYPE_IP    0x0800
#define OFCT_ETH_TYPE_IPV6  0x86dd
#define OFCT_ETH_TYPE_VLAN  0x8100    /* 802.1Q */
#define OFCT_ETH_TYPE_QINQ  0x88a8    /* 802.1ad */

/* An IPv4 or IPv6 address in network byte order.  An IPv4 address takes the
 * first 4 bytes; the other 12 are zero, so that two keys compare with
 * memcmp(). */
struct ofct_ip_addr {
    uint8_t b[16];
};

/* How a parse ended.  Anything but OFCT_PKT_OK and OFCT_PKT_NOT_IP means
 * that the packet cannot be judged by connection tracking. */
enum ofct_pkt_status {
    OFCT_PKT_OK,                /* Parsed to L4 (or to L3 for a fragment). */
    OFCT_PKT_NOT_IP,            /* Parsed Ethernet; not IPv4 or IPv6. */
    OFCT_PKT_TRUNCATED,         /* A header runs past the end of the data. */
    OFCT_PKT_MALFORMED,         /* A header field has an impossible value. */
    OFCT_PKT_BAD_CSUM,          /* A checksum does not verify. */
};

/* IP fragment bits (key.nw_frag), as OVS's nw_frag. */
#define OFCT_FRAG_ANY   0x01    /* Any fragment. */
#define OFCT_FRAG_LATER 0x02    /* Not the first fragment: no L4 header. */

/* TCP flags (key.tcp_flags). */
#define OFCT_TCP_FIN 0x001
#define OFCT_TCP_SYN 0x002
#define OFCT_TCP_RST 0x004
#define OFCT_TCP_PSH 0x008
#define OFCT_TCP_ACK 0x010
#define OFCT_TCP_URG 0x020

/* The headers of one packet.  Numbers are in host byte order, addresses in
 * network byte order.  Offsets are from the start of the frame. */
struct ofct_flow_key {
    uint16_t dl_type;           /* Ethertype after VLAN tags. */
    uint8_t n_vlans;            /* 0, 1 or 2. */
    uint16_t vlan_tci[2];       /* Outer first. */

    uint8_t nw_proto;           /* L4 protocol (after IPv6 ext headers). */
    uint8_t nw_ttl;
    uint8_t nw_tos;
    uint8_t nw_frag;            /* OFCT_FRAG_*. */
    struct ofct_ip_addr nw_src;
    struct ofct_ip_addr nw_dst;

    uint16_t tp_src;            /* TCP/UDP ports; ICMP type. */
    uint16_t tp_dst;            /* TCP/UDP ports; ICMP code. */
    uint16_t tcp_flags;         /* OFCT_TCP_*. */
    uint16_t tcp_window;
    uint32_t tcp_seq;
    uint32_t tcp_ack;
    uint16_t icmp_id;           /* ICMP echo identifier. */

    uint16_t l3_ofs;            /* Start of the IP header. */
    uint16_t l4_ofs;            /* Start of the L4 header. */
    uint16_t l7_ofs;            /* Start of the L4 payload. */
    uint16_t l3_len;            /* IP packet length (total length). */
    uint16_t l4_len;            /* L4 header and payload length. */
};

/* Parse options. */
struct ofct_parse_options {
    /* Do not verify TCP, UDP and ICMP checksums (for captures taken with
     * checksum offload, where the sender's checksums are not filled in).
     * The IPv4 header checksum is always verified. */
    bool no_l4_csum;
};

/* Parses the Ethernet frame 'data' of 'size' bytes into 'key'.  Returns the
 * status; for anything but OFCT_PKT_OK and OFCT_PKT_NOT_IP, 'err' (if not
 * NULL) says which header is wrong, where and how.  'key' is filled as far
 * as the parse went. */
enum ofct_pkt_status ofct_flow_parse(const void *data, size_t size,
                                     const struct ofct_parse_options *,
                                     struct ofct_flow_key *key,
                                     struct ofct_error *err);

/* The same for a frame that starts at the IP header (raw IP captures). */
enum ofct_pkt_status ofct_flow_parse_l3(const void *data, size_t size,
                                        const struct ofct_parse_options *,
                                        struct ofct_flow_key *key,
                                        struct ofct_error *err);

const char *ofct_pkt_status_to_string(enum ofct_pkt_status);

/* Internet checksum helpers (RFC 1071), on data in network byte order. */
uint32_t ofct_csum_add(uint32_t partial, const void *, size_t n);
uint16_t ofct_csum_finish(uint32_t partial);
/* The checksum of 'n' bytes of 'data', folded and complemented. */
uint16_t ofct_csum(const void *data, size_t n);

/* Formats 'addr' of family 4 or 6 ("10.1.1.1", "fd00::1"). */
void ofct_ip_addr_format(const struct ofct_ip_addr *, int family,
                         struct ofct_buf *);
/* Parses an IPv4 or IPv6 address.  Returns 4 or 6, or 0 if 's' is not an
 * address. */
int ofct_ip_addr_parse(const char *s, struct ofct_ip_addr *);

/* Capture files. */

/* Link types that the parser understands, as libpcap's DLT_ values. */
enum ofct_link_type {
    OFCT_LINK_ETHERNET = 1,     /* DLT_EN10MB */
    OFCT_LINK_RAW = 101,        /* LINKTYPE_RAW: IPv4 or IPv6 */
    OFCT_LINK_SLL = 113,        /* Linux cooked capture v1 */
    OFCT_LINK_IPV4 = 228,
    OFCT_LINK_IPV6 = 229,
    OFCT_LINK_SLL2 = 276,       /* Linux cooked capture v2 */
};

/* One frame of a capture.  'data' stays valid until the next read. */
struct ofct_frame {
    const uint8_t *data;
    uint32_t caplen;            /* Bytes captured, in 'data'. */
    uint32_t len;               /* Bytes on the wire. */
    int64_t ts_ns;              /* Timestamp, nanoseconds since the epoch. */
};

struct ofct_pcap_reader;

/* Opens a pcap or pcapng file ("-" for standard input).  Returns NULL with
 * 'err' set if it cannot be read or its link type is not one above. */
struct ofct_pcap_reader *ofct_pcap_open(const char *file_name,
                                        struct ofct_error *err);
/* Reads the next frame.  Returns 1 with '*frame' set, 0 at the end of the
 * file, -1 with 'err' set on a damaged file. */
int ofct_pcap_read(struct ofct_pcap_reader *, struct ofct_frame *frame,
                   struct ofct_error *err);
enum ofct_link_type ofct_pcap_link_type(const struct ofct_pcap_reader *);
void ofct_pcap_close(struct ofct_pcap_reader *);

/* Parses 'frame' according to 'link' (Ethernet, SLL, SLL2 or raw IP), as
 * ofct_flow_parse() does.  A frame captured shorter than it was on the wire
 * is parsed as far as it goes.  Offsets in 'key' are from the start of the
 * frame. */
enum ofct_pkt_status ofct_frame_parse(enum ofct_link_type link,
                                      const void *data, size_t size,
                                      const struct ofct_parse_options *,
                                      struct ofct_flow_key *key,
                                      struct ofct_error *err);

struct ofct_pcap_writer;

/* Creates (or truncates) a pcap file of link type 'link'. */
struct ofct_pcap_writer *ofct_pcap_create(const char *file_name,
                                          enum ofct_link_type link,
                                          struct ofct_error *err);
int ofct_pcap_write(struct ofct_pcap_writer *, const struct ofct_frame *,
                    struct ofct_error *err);
/* Flushes and closes.  Returns 0, or -1 with 'err' set if writing failed. */
int ofct_pcap_close_writer(struct ofct_pcap_writer *, struct ofct_error *err);

#ifdef __cplusplus
}
#endif

#endif /* ofct/packet.h */
