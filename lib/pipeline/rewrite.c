/* Header rewrites: the set_field, load and move actions that change a
 * packet's Ethernet addresses, IP addresses, TOS, TTL, IPv6 flow label or
 * TCP/UDP ports, applied to the frame with its checksums updated
 * incrementally (RFC 1624), so that a checksum that was wrong stays
 * wrong, as in a switch. */
#include <config.h>

#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"

bool
pipe_field_is_writable(const struct mf_field *f)
{
    switch (f->id) {
    case MFF_IN_PORT:
    case MFF_IN_PORT_OXM:
    case MFF_METADATA:
    case MFF_PKT_MARK:
    case MFF_ETH_SRC:
    case MFF_ETH_DST:
    case MFF_IPV4_SRC:
    case MFF_IPV4_DST:
    case MFF_IPV6_SRC:
    case MFF_IPV6_DST:
    case MFF_IPV6_LABEL:
    case MFF_IP_DSCP:
    case MFF_IP_DSCP_SHIFTED:
    case MFF_IP_ECN:
    case MFF_IP_TTL:
    case MFF_TCP_SRC:
    case MFF_TCP_DST:
    case MFF_UDP_SRC:
    case MFF_UDP_DST:
        return true;
    default:
        return f->id >= MFF_REG0 && f->id <= MFF_XXREG3;
    }
}

/* Replaces 16-bit word 'old' by 'new' under checksum '*csum'. */
static void
csum_replace16(uint8_t *csum, uint16_t old, uint16_t new)
{
    uint32_t sum = (uint16_t) ~get_be16(csum) + (uint16_t) ~old + new;

    sum = (sum & 0xffff) + (sum >> 16);
    sum = (sum & 0xffff) + (sum >> 16);
    put_be16(csum, ~sum);
}

/* Writes 'n' bytes (even) at 'dst', updating each checksum of 'csums'
 * (NULL entries skipped). */
static void
replace(uint8_t *dst, const uint8_t *src, size_t n, uint8_t *csums[2])
{
    for (size_t i = 0; i < n; i += 2) {
        uint16_t old = get_be16(dst + i), new = get_be16(src + i);

        for (int j = 0; j < 2; j++) {
            if (csums[j]) {
                csum_replace16(csums[j], old, new);
            }
        }
        put_be16(dst + i, new);
    }
}

/* The L4 checksum of the packet, or NULL if it has none to update: a
 * later fragment, a zero UDP checksum over IPv4 (none), or a protocol
 * without the pseudo-header. */
static uint8_t *
l4_csum(struct pipe_pkt *pkt)
{
    const struct ofct_flow_key *key = &pkt->key;
    uint8_t *l4 = pkt->frame.data + key->l4_ofs;

    if (pkt->status != OFCT_PKT_OK || !key->l4_ofs
        || key->nw_frag & OFCT_FRAG_LATER) {
        return NULL;
    }
    if (key->nw_proto == IPPROTO_TCP_ && key->l4_len >= 18) {
        return l4 + 16;
    }
    if (key->nw_proto == IPPROTO_UDP_ && key->l4_len >= 8
        && (get_be16(l4 + 6) || key->dl_type == OFCT_ETH_TYPE_IPV6)) {
        return l4 + 6;
    }
    if (key->nw_proto == IPPROTO_ICMPV6_ && key->l4_len >= 4) {
        return l4 + 2;
    }
    return NULL;
}

static void
rewrite_eth(struct pipe_pkt *pkt, const struct pipe_set *set)
{
    if (pkt->link != OFCT_LINK_ETHERNET || pkt->frame.size < 14) {
        return;
    }
    if (set->fields & HDR_ETH_DST) {
        memcpy(pkt->frame.data, set->eth_dst, 6);
    }
    if (set->fields & HDR_ETH_SRC) {
        memcpy(pkt->frame.data + 6, set->eth_src, 6);
    }
}

static void
rewrite_ipv4(struct pipe_pkt *pkt, const struct pipe_set *set)
{
    uint8_t *ip = pkt->frame.data + pkt->key.l3_ofs;
    uint8_t *csums[2] = { ip + 10, l4_csum(pkt) };
    uint8_t *hdr_only[2] = { ip + 10, NULL };
    uint8_t word[2];

    if (set->fields & HDR_IP_SRC) {
        replace(ip + 12, set->ip_src, 4, csums);
    }
    if (set->fields & HDR_IP_DST) {
        replace(ip + 16, set->ip_dst, 4, csums);
    }
    if (set->fields & HDR_IP_TOS) {
        word[0] = ip[0];
        word[1] = set->tos;
        replace(ip, word, 2, hdr_only);
    }
    if (set->fields & HDR_IP_TTL) {
        word[0] = set->ttl;
        word[1] = ip[9];
        replace(ip + 8, word, 2, hdr_only);
    }
}

static void
rewrite_ipv6(struct pipe_pkt *pkt, const struct pipe_set *set)
{
    uint8_t *ip = pkt->frame.data + pkt->key.l3_ofs;
    uint8_t *csums[2] = { l4_csum(pkt), NULL };

    if (set->fields & HDR_IP_SRC) {
        replace(ip + 8, set->ip_src, 16, csums);
    }
    if (set->fields & HDR_IP_DST) {
        replace(ip + 24, set->ip_dst, 16, csums);
    }
    if (set->fields & (HDR_IP_TOS | HDR_IPV6_LABEL)) {
        /* Version 4 bits, traffic class 8, flow label 20. */
        uint32_t w = get_be32(ip);

        if (set->fields & HDR_IP_TOS) {
            w = (w & 0xf00fffff) | (uint32_t) set->tos << 20;
        }
        if (set->fields & HDR_IPV6_LABEL) {
            w = (w & 0xfff00000) | (set->label & 0xfffff);
        }
        put_be32(ip, w);
    }
    if (set->fields & HDR_IP_TTL) {
        ip[7] = set->ttl;
    }
}

static void
rewrite_ports(struct pipe_pkt *pkt, const struct pipe_set *set)
{
    uint8_t *l4 = pkt->frame.data + pkt->key.l4_ofs;
    uint8_t *csums[2] = { l4_csum(pkt), NULL };
    uint8_t port[2];

    if (pkt->status != OFCT_PKT_OK
        || (pkt->key.nw_proto != IPPROTO_TCP_
            && pkt->key.nw_proto != IPPROTO_UDP_)) {
        return;
    }
    if (set->fields & HDR_TP_SRC) {
        put_be16(port, set->tp_src);
        replace(l4, port, 2, csums);
    }
    if (set->fields & HDR_TP_DST) {
        put_be16(port, set->tp_dst);
        replace(l4 + 2, port, 2, csums);
    }
}

void
pipe_rewrite(struct pipe_pkt *pkt, const struct pipe_set *set)
{
    const struct ofct_flow_key *key = &pkt->key;

    rewrite_eth(pkt, set);
    if (!key->l3_ofs) {
        return;
    }
    if (key->dl_type == OFCT_ETH_TYPE_IP) {
        rewrite_ipv4(pkt, set);
    } else if (key->dl_type == OFCT_ETH_TYPE_IPV6) {
        rewrite_ipv6(pkt, set);
    }
    if (set->fields & (HDR_TP_SRC | HDR_TP_DST) && key->l4_ofs
        && !(key->nw_frag & OFCT_FRAG_LATER)) {
        rewrite_ports(pkt, set);
    }
}
