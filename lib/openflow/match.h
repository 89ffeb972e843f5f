/* Matches: the packet fields a flow matches, as a value and a mask over one
 * canonical flow layout.
 *
 * Several field names share one place in a packet, as in Open vSwitch:
 * tcp_src, udp_src, sctp_src and icmp_type are all the transport source
 * "tp_src"; nw_src is arp_spa; dl_vlan, dl_vlan_pcp, vlan_vid and vlan_pcp
 * are views of vlan_tci; xreg and xxreg are pairs and quads of reg; and so
 * on.  Text parsing, printing, NXM/OXM and OpenFlow 1.0 matches all go
 * through this layout, which is why "udp,udp_dst=53" prints back as
 * "udp,tp_dst=53" and "xreg0=1" as "reg0=0,reg1=0x1", as ovs-ofctl does.
 *
 * Every multi-byte member is big-endian, as on the wire, so that field
 * values (union mf_value) copy in and out without conversion. */
#ifndef OFCT_LIB_OPENFLOW_MATCH_H
#define OFCT_LIB_OPENFLOW_MATCH_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "openflow/meta-field.h"

struct flow {
    uint8_t regs[16][4];
    uint8_t metadata[8];
    uint8_t pkt_mark[4];
    uint8_t in_port[2];         /* OpenFlow 1.0 port number. */
    uint8_t ct_state[4];
    uint8_t ct_zone[2];
    uint8_t ct_mark[4];
    uint8_t ct_label[16];
    uint8_t ct_nw_src[4];
    uint8_t ct_nw_dst[4];
    uint8_t ct_ipv6_src[16];
    uint8_t ct_ipv6_dst[16];
    uint8_t ct_nw_proto;
    uint8_t ct_tp_src[2];
    uint8_t ct_tp_dst[2];
    uint8_t dl_src[6];
    uint8_t dl_dst[6];
    uint8_t dl_type[2];
    uint8_t vlan_tci[2];
    uint8_t nw_src[4];          /* Also arp_spa. */
    uint8_t nw_dst[4];          /* Also arp_tpa. */
    uint8_t ipv6_src[16];
    uint8_t ipv6_dst[16];
    uint8_t ipv6_label[4];
    uint8_t nd_target[16];
    uint8_t arp_sha[6];         /* Also nd_sll. */
    uint8_t arp_tha[6];         /* Also nd_tll. */
    uint8_t nw_proto;           /* Also the low byte of arp_op. */
    uint8_t nw_tos;             /* DSCP in the upper 6 bits, ECN below. */
    uint8_t nw_ttl;
    uint8_t nw_frag;            /* FLOW_NW_FRAG_* */
    uint8_t tp_src[2];          /* Also icmp_type (in the low byte). */
    uint8_t tp_dst[2];          /* Also icmp_code. */
    uint8_t tcp_flags[2];
};

/* 'flow' holds the values and 'mask' the bits that matter; a bit clear in
 * 'mask' is always clear in 'flow' too, so that equal matches compare
 * equal byte for byte. */
struct match {
    struct flow flow;
    struct flow mask;
    /* Set when a field that needs Ethernet was given (every field with a
     * prerequisite): OVS then matches packet_type "Ethernet", which only
     * shows on the wire when nothing else does. */
    bool packet_type_eth;
};

#define FLOW_NW_FRAG_ANY   0x01
#define FLOW_NW_FRAG_LATER 0x02
#define FLOW_NW_FRAG_MASK  0x03

#define VLAN_VID_MASK 0x0fff
#define VLAN_CFI      0x1000
#define VLAN_PCP_MASK 0xe000

/* ct_state bits. */
#define CS_NEW         0x01
#define CS_ESTABLISHED 0x02
#define CS_RELATED     0x04
#define CS_REPLY_DIR   0x08
#define CS_INVALID     0x10
#define CS_TRACKED     0x20
#define CS_SRC_NAT     0x40
#define CS_DST_NAT     0x80

#define ETH_TYPE_IP   0x0800
#define ETH_TYPE_ARP  0x0806
#define ETH_TYPE_RARP 0x8035
#define ETH_TYPE_IPV6 0x86dd
#define IPPROTO_ICMP_ 1
#define IPPROTO_TCP_  6
#define IPPROTO_UDP_  17
#define IPPROTO_ICMPV6_ 58
#define IPPROTO_SCTP_ 132
#define ND_NEIGHBOR_SOLICIT 135
#define ND_NEIGHBOR_ADVERT  136

void match_init_catchall(struct match *);

/* Sets field 'f' of 'm' to 'value' under 'mask' (both 'f->n_bytes' wide,
 * big-endian), mapping the field onto the canonical layout.  Bits of the
 * value outside the mask are dropped. */
void match_set_field(struct match *m, const struct mf_field *f,
                     const union mf_value *value,
                     const union mf_value *mask);
/* Reads field 'f' of 'm' back into 'value' and 'mask'. */
void match_get_field(const struct match *m, const struct mf_field *f,
                     union mf_value *value, union mf_value *mask);
/* True if 'f' is matched at all (some bit of its mask is set). */
bool match_has_field(const struct match *m, const struct mf_field *f);

/* True if the 'n' bytes at 'p' are all zero.  Word at a time and inline:
 * printing and encoding a match asks this of every field, and most are
 * absent. */
static inline bool
bytes_are_zero(const void *p_, size_t n)
{
    const uint8_t *p = p_;
    uint64_t acc = 0;

    for (; n >= 8; p += 8, n -= 8) {
        uint64_t w;

        memcpy(&w, p, 8);
        acc |= w;
    }
    if (n >= 4) {
        uint32_t w;

        memcpy(&w, p, 4);
        acc |= w;
        p += 4;
        n -= 4;
    }
    if (n >= 2) {
        uint16_t w;

        memcpy(&w, p, 2);
        acc |= w;
        p += 2;
        n -= 2;
    }
    if (n) {
        acc |= *p;
    }
    return !acc;
}

/* True if no field from member FIRST to member LAST of struct flow
 * (inclusive, in layout order) is matched in mask 'MK'. */
#define FLOW_RANGE_IS_ZERO(MK, FIRST, LAST)                             \
    bytes_are_zero((const uint8_t *) (MK) + offsetof(struct flow, FIRST), \
                   offsetof(struct flow, LAST) + sizeof (MK)->LAST        \
                   - offsetof(struct flow, FIRST))

/* Accessors for the members the rules below look at. */
static inline uint16_t
match_be16(const uint8_t p[2])
{
    return (uint16_t) (p[0] << 8 | p[1]);
}

static inline uint32_t
match_be32(const uint8_t p[4])
{
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
           | (uint32_t) p[2] << 8 | p[3];
}

static inline uint16_t
match_dl_type(const struct match *m)
{
    return match_be16(m->flow.dl_type);
}

static inline bool
match_is_ip_any(const struct match *m)
{
    uint16_t t = match_dl_type(m);
    return t == ETH_TYPE_IP || t == ETH_TYPE_IPV6;
}

/* True if the prerequisites of 'f' hold in 'm', judging by the values in
 * 'm' as Open vSwitch's decoder does (an unmatched field reads as 0). */
bool match_prereqs_ok(const struct match *m, const struct mf_field *f);

/* Drops the fields whose prerequisites 'm' does not meet, as Open vSwitch
 * does before it writes an OpenFlow 1.0 match.  Returns true if that
 * changed 'm'. */
bool match_normalize(struct match *m);

/* Appends 'm' in ovs-ofctl's normalized text ("ct_state=+trk,ip,..."),
 * with "priority=N," first unless 'priority' is OFP_DEFAULT_PRIORITY.
 * Appends nothing for a match that matches everything. */
#define OFP_DEFAULT_PRIORITY 0x8000
void match_format(const struct match *m, int priority, struct ofct_buf *out);

#endif
