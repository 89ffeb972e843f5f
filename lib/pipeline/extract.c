/* A packet's fields for flow lookups: its headers, parsed from the frame
 * by the packet layer and laid out as Open vSwitch's struct flow (what a
 * match compares against), plus the helpers that read and write fields of
 * such a flow. */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"

#define ICMPV6_ND_SOLICIT 135
#define ICMPV6_ND_ADVERT 136

/* ARP for IPv4 over Ethernet, the only kind whose fields OVS extracts. */
static void
extract_arp(struct flow *f, const uint8_t *arp, size_t len)
{
    uint16_t op;

    if (len < 28 || get_be16(arp) != 1 || get_be16(arp + 2) != ETH_TYPE_IP
        || arp[4] != 6 || arp[5] != 4) {
        return;
    }
    op = get_be16(arp + 6);
    f->nw_proto = op <= 0xff ? op : 0;
    memcpy(f->arp_sha, arp + 8, 6);
    memcpy(f->nw_src, arp + 14, 4);
    memcpy(f->arp_tha, arp + 18, 6);
    memcpy(f->nw_dst, arp + 24, 4);
}

/* The target and link-layer address options of an IPv6 neighbor
 * solicitation or advertisement. */
static void
extract_nd(struct flow *f, const uint8_t *icmp, size_t len)
{
    size_t ofs = 24;

    if (len < 24 || icmp[1] != 0) {
        return;
    }
    memcpy(f->nd_target, icmp + 8, 16);
    /* Options: type, length in units of 8 bytes, value. */
    while (ofs + 8 <= len && icmp[ofs + 1]) {
        size_t opt_len = icmp[ofs + 1] * 8;

        if (opt_len > len - ofs) {
            break;
        }
        if (icmp[ofs] == 1 && icmp[0] == ICMPV6_ND_SOLICIT) {
            memcpy(f->arp_sha, icmp + ofs + 2, 6);
        } else if (icmp[ofs] == 2 && icmp[0] == ICMPV6_ND_ADVERT) {
            memcpy(f->arp_tha, icmp + ofs + 2, 6);
        }
        ofs += opt_len;
    }
}

static void
extract_l4(struct flow *f, const struct ofct_flow_key *key, const uint8_t *l4)
{
    put_be16(f->tp_src, key->tp_src);
    put_be16(f->tp_dst, key->tp_dst);
    if (key->nw_proto == IPPROTO_TCP_ && key->l4_len >= 14) {
        /* All 12 flag bits, as OVS's tcp_flags has them. */
        put_be16(f->tcp_flags, get_be16(l4 + 12) & 0x0fff);
    } else if (key->nw_proto == IPPROTO_ICMPV6_
               && (key->tp_src == ICMPV6_ND_SOLICIT
                   || key->tp_src == ICMPV6_ND_ADVERT)) {
        extract_nd(f, l4, key->l4_len);
    }
}

static void
extract_ip(struct flow *f, const struct ofct_flow_key *key, const uint8_t *d)
{
    if (key->dl_type == OFCT_ETH_TYPE_IP) {
        memcpy(f->nw_src, key->nw_src.b, 4);
        memcpy(f->nw_dst, key->nw_dst.b, 4);
    } else {
        memcpy(f->ipv6_src, key->nw_src.b, 16);
        memcpy(f->ipv6_dst, key->nw_dst.b, 16);
        put_be32(f->ipv6_label, get_be32(d + key->l3_ofs) & 0xfffff);
    }
    f->nw_proto = key->nw_proto;
    f->nw_tos = key->nw_tos;
    f->nw_ttl = key->nw_ttl;
    f->nw_frag = key->nw_frag;
}

void
pipe_pkt_extract(struct pipe_pkt *pkt)
{
    static const struct ofct_parse_options opts = { .no_l4_csum = true };
    const uint8_t *d = pkt->frame.data;
    size_t size = pkt->frame.size;
    struct flow *f = &pkt->flow.f;
    struct ofct_flow_key *key = &pkt->key;

    /* The headers start at dl_src; what precedes is metadata. */
    memset(f->dl_src, 0, sizeof *f - offsetof(struct flow, dl_src));
    /* OVS reads the fields of a packet whose checksums are wrong: so do
     * lookups (conntrack judges the checksums itself). */
    pkt->status = ofct_frame_parse(pkt->link, d, size, &opts, key, NULL);
    if (pkt->link == OFCT_LINK_ETHERNET && size >= 14) {
        memcpy(f->dl_dst, d, 6);
        memcpy(f->dl_src, d + 6, 6);
    }
    put_be16(f->dl_type, key->dl_type);
    if (key->n_vlans) {
        put_be16(f->vlan_tci, key->vlan_tci[0] | VLAN_CFI);
    }
    if ((key->dl_type == ETH_TYPE_ARP || key->dl_type == ETH_TYPE_RARP)
        && pkt->link == OFCT_LINK_ETHERNET) {
        size_t l3 = 14 + 4 * key->n_vlans;

        if (size > l3) {
            extract_arp(f, d + l3, size - l3);
        }
    } else if (key->l3_ofs && (key->dl_type == OFCT_ETH_TYPE_IP
                               || key->dl_type == OFCT_ETH_TYPE_IPV6)) {
        extract_ip(f, key, d);
        if (pkt->status == OFCT_PKT_OK && !(key->nw_frag & OFCT_FRAG_LATER)
            && key->l4_ofs) {
            extract_l4(f, key, d + key->l4_ofs);
        }
    }
}

void
pipe_pkt_load_ct(struct pipe_pkt *pkt)
{
    const struct pipe_ct_md *ct = &pkt->ct;
    struct flow *f = &pkt->flow.f;

    pipe_flow_clear_ct(&pkt->flow);
    put_be32(f->ct_state, ct->state);
    put_be16(f->ct_zone, ct->zone);
    put_be32(f->ct_mark, ct->mark);
    put_be64(f->ct_label, ct->label.hi);
    put_be64(f->ct_label + 8, ct->label.lo);
    if (ct->orig.family == 4) {
        memcpy(f->ct_nw_src, ct->orig.src.b, 4);
        memcpy(f->ct_nw_dst, ct->orig.dst.b, 4);
    } else if (ct->orig.family == 6) {
        memcpy(f->ct_ipv6_src, ct->orig.src.b, 16);
        memcpy(f->ct_ipv6_dst, ct->orig.dst.b, 16);
    }
    if (ct->orig.family) {
        bool icmp = ct->orig.proto == IPPROTO_ICMP_
                    || ct->orig.proto == IPPROTO_ICMPV6_;

        f->ct_nw_proto = ct->orig.proto;
        put_be16(f->ct_tp_src, icmp ? ct->orig.icmp_type : ct->orig.sport);
        put_be16(f->ct_tp_dst, icmp ? ct->orig.icmp_code : ct->orig.dport);
    }
}

void
pipe_flow_clear_ct(union cls_flow *flow)
{
    struct flow *f = &flow->f;

    /* ct_state to ct_tp_dst are contiguous. */
    memset(f->ct_state, 0,
           offsetof(struct flow, ct_tp_dst) + sizeof f->ct_tp_dst
           - offsetof(struct flow, ct_state));
}

void
pipe_flow_read(const union cls_flow *flow, const struct mf_field *f,
               union mf_value *value)
{
    struct match m;
    union mf_value mask;

    m.flow = flow->f;
    memset(&m.mask, 0xff, sizeof m.mask);
    m.packet_type_eth = false;
    match_get_field(&m, f, value, &mask);
}

void
pipe_flow_write(union cls_flow *flow, const struct mf_field *f,
                const union mf_value *value, const union mf_value *mask)
{
    union mf_value cur, ones;
    struct match m;

    pipe_flow_read(flow, f, &cur);
    for (size_t i = 0; i < f->n_bytes; i++) {
        cur.b[i] = (cur.b[i] & ~mask->b[i]) | (value->b[i] & mask->b[i]);
    }
    memset(&ones, 0xff, sizeof ones);
    m.flow = flow->f;
    memset(&m.mask, 0xff, sizeof m.mask);
    m.packet_type_eth = false;
    match_set_field(&m, f, &cur, &ones);
    flow->f = m.flow;
}

uint64_t
pipe_flow_read_bits(const union cls_flow *flow, const struct mf_subfield *sf)
{
    union mf_value v;
    uint64_t bits = 0;

    pipe_flow_read(flow, sf->field, &v);
    for (unsigned int i = 0; i < sf->n_bits && i < 64; i++) {
        if (mf_bit_is_set(v.b, sf->field->n_bytes, sf->ofs + i)) {
            bits |= UINT64_C(1) << i;
        }
    }
    return bits;
}

void
pipe_flow_copy_bits(union cls_flow *flow, const struct mf_subfield *src,
                    const struct mf_subfield *dst)
{
    union mf_value s, v, mask;

    pipe_flow_read(flow, src->field, &s);
    memset(&v, 0, sizeof v);
    memset(&mask, 0, sizeof mask);
    for (unsigned int i = 0; i < src->n_bits && i < dst->n_bits; i++) {
        mf_set_bit(v.b, dst->field->n_bytes, dst->ofs + i,
                   mf_bit_is_set(s.b, src->field->n_bytes, src->ofs + i));
        mf_set_bit(mask.b, dst->field->n_bytes, dst->ofs + i, true);
    }
    pipe_flow_write(flow, dst->field, &v, &mask);
}
