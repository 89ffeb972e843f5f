/* Frames built from flows, for traces: the packet that a flow such as
 * "tcp,nw_src=10.1.1.1,tp_dst=21,tcp_flags=0x002" describes (just an
 * Ethernet header for a flow without a known ethertype), with valid
 * lengths and checksums so that the conntrack engine judges it as it
 * would a real one.  Fields the flow does not give are zero, as in OVS's
 * flow_compose(); a TCP segment gets a window of 65535 so that it can
 * carry data. */
#include <config.h>

#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"

#define IPV4_HDR 20
#define IPV6_HDR 40

static size_t
l4_size(uint8_t proto)
{
    switch (proto) {
    case IPPROTO_TCP_:
        return 20;
    case IPPROTO_UDP_:
    case IPPROTO_ICMP_:
    case IPPROTO_ICMPV6_:
        return 8;
    default:
        return 0;
    }
}

static void
put_l4(const struct flow *f, uint8_t *l4)
{
    switch (f->nw_proto) {
    case IPPROTO_TCP_:
        memcpy(l4, f->tp_src, 4);
        l4[12] = 5 << 4 | (f->tcp_flags[0] & 0x0f);
        l4[13] = f->tcp_flags[1];
        put_be16(l4 + 14, 65535);
        break;
    case IPPROTO_UDP_:
        memcpy(l4, f->tp_src, 4);
        put_be16(l4 + 4, 8);
        break;
    case IPPROTO_ICMP_:
    case IPPROTO_ICMPV6_:
        /* The type and code are in the low bytes of tp_src and tp_dst. */
        l4[0] = f->tp_src[1];
        l4[1] = f->tp_dst[1];
        break;
    }
}

/* Checksums come in network byte order, to be stored as they are. */
static void
store_csum(uint8_t *field, uint16_t csum)
{
    memcpy(field, &csum, 2);
}

/* The checksum field of the L4 header, or NULL. */
static uint8_t *
l4_csum_field(uint8_t proto, uint8_t *l4)
{
    return proto == IPPROTO_TCP_ ? l4 + 16
           : proto == IPPROTO_UDP_ ? l4 + 6
           : proto == IPPROTO_ICMP_ || proto == IPPROTO_ICMPV6_ ? l4 + 2
           : NULL;
}

static void
fill_l4_csum(uint8_t proto, uint8_t *l4, size_t len, const uint8_t *src,
             const uint8_t *dst, size_t addr_len)
{
    uint8_t *csum = l4_csum_field(proto, l4);
    uint8_t tail[8];
    uint32_t sum = 0;

    if (!csum) {
        return;
    }
    if (proto != IPPROTO_ICMP_) {
        /* The pseudo-header: addresses, length, protocol. */
        sum = ofct_csum_add(sum, src, addr_len);
        sum = ofct_csum_add(sum, dst, addr_len);
        memset(tail, 0, sizeof tail);
        put_be32(tail, len);
        tail[7] = proto;
        sum = ofct_csum_add(sum, tail, 8);
    }
    sum = ofct_csum_add(sum, l4, len);
    store_csum(csum, ofct_csum_finish(sum));
}

static void
put_ipv4(const struct flow *f, struct ofct_buf *frame)
{
    size_t l4_len = f->nw_frag & FLOW_NW_FRAG_LATER ? 8 : l4_size(f->nw_proto);
    uint8_t *ip = ofct_buf_put_zeros(frame, IPV4_HDR + l4_len);

    ip[0] = 0x45;
    ip[1] = f->nw_tos;
    put_be16(ip + 2, IPV4_HDR + l4_len);
    if (f->nw_frag & FLOW_NW_FRAG_ANY) {
        /* More fragments; a later fragment starts at byte 8. */
        put_be16(ip + 6, f->nw_frag & FLOW_NW_FRAG_LATER ? 0x2001 : 0x2000);
    }
    ip[8] = f->nw_ttl;
    ip[9] = f->nw_proto;
    memcpy(ip + 12, f->nw_src, 4);
    memcpy(ip + 16, f->nw_dst, 4);
    store_csum(ip + 10, ofct_csum(ip, IPV4_HDR));
    if (!(f->nw_frag & FLOW_NW_FRAG_ANY)) {
        put_l4(f, ip + IPV4_HDR);
        fill_l4_csum(f->nw_proto, ip + IPV4_HDR, l4_len, ip + 12, ip + 16, 4);
    }
}

static void
put_ipv6(const struct flow *f, struct ofct_buf *frame)
{
    size_t l4_len = l4_size(f->nw_proto);
    uint8_t *ip = ofct_buf_put_zeros(frame, IPV6_HDR + l4_len);

    put_be32(ip, 6u << 28 | (uint32_t) f->nw_tos << 20
                 | (match_be32(f->ipv6_label) & 0xfffff));
    put_be16(ip + 4, l4_len);
    ip[6] = f->nw_proto;
    ip[7] = f->nw_ttl;
    memcpy(ip + 8, f->ipv6_src, 16);
    memcpy(ip + 24, f->ipv6_dst, 16);
    put_l4(f, ip + IPV6_HDR);
    fill_l4_csum(f->nw_proto, ip + IPV6_HDR, l4_len, ip + 8, ip + 24, 16);
}

static void
put_arp(const struct flow *f, struct ofct_buf *frame)
{
    uint8_t *arp = ofct_buf_put_zeros(frame, 28);

    put_be16(arp, 1);
    put_be16(arp + 2, ETH_TYPE_IP);
    arp[4] = 6;
    arp[5] = 4;
    put_be16(arp + 6, f->nw_proto);
    memcpy(arp + 8, f->arp_sha, 6);
    memcpy(arp + 14, f->nw_src, 4);
    memcpy(arp + 18, f->arp_tha, 6);
    memcpy(arp + 24, f->nw_dst, 4);
}

void
pipe_compose(const union cls_flow *flow, struct ofct_buf *frame)
{
    const struct flow *f = &flow->f;
    uint16_t dl_type = match_be16(f->dl_type);
    uint16_t tci = match_be16(f->vlan_tci);
    uint8_t *eth;

    ofct_buf_clear(frame);
    eth = ofct_buf_put_zeros(frame, 12);
    memcpy(eth, f->dl_dst, 6);
    memcpy(eth + 6, f->dl_src, 6);
    if (tci & VLAN_CFI) {
        put_be16(ofct_buf_put_uninit(frame, 2), OFCT_ETH_TYPE_VLAN);
        put_be16(ofct_buf_put_uninit(frame, 2), tci & ~VLAN_CFI);
    }
    put_be16(ofct_buf_put_uninit(frame, 2), dl_type);
    if (dl_type == ETH_TYPE_IP) {
        put_ipv4(f, frame);
    } else if (dl_type == ETH_TYPE_IPV6) {
        put_ipv6(f, frame);
    } else if (dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP) {
        put_arp(f, frame);
    }
}
