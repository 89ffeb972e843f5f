/* Matches: setting and reading fields through the canonical flow layout,
 * prerequisites, and normalization.  The mapping of each field onto the
 * layout follows Open vSwitch's meta-flow, whose text and wire behaviour
 * ofct reproduces. */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "openflow/match.h"
#include "openflow/ofp-util.h"
#include "openflow/ofpact.h"

void
match_init_catchall(struct match *m)
{
    memset(m, 0, sizeof *m);
}

/* Where a field that maps directly (same width, no shifting) lives in
 * struct flow; -1 for the fields that need a conversion. */
static int
direct_offset(enum mf_id id)
{
    switch (id) {
#define DIRECT(ID, MEMBER) case ID: return offsetof(struct flow, MEMBER)
    DIRECT(MFF_IN_PORT, in_port);
    DIRECT(MFF_METADATA, metadata);
    DIRECT(MFF_PKT_MARK, pkt_mark);
    DIRECT(MFF_CT_STATE, ct_state);
    DIRECT(MFF_CT_ZONE, ct_zone);
    DIRECT(MFF_CT_MARK, ct_mark);
    DIRECT(MFF_CT_LABEL, ct_label);
    DIRECT(MFF_CT_NW_PROTO, ct_nw_proto);
    DIRECT(MFF_CT_NW_SRC, ct_nw_src);
    DIRECT(MFF_CT_NW_DST, ct_nw_dst);
    DIRECT(MFF_CT_IPV6_SRC, ct_ipv6_src);
    DIRECT(MFF_CT_IPV6_DST, ct_ipv6_dst);
    DIRECT(MFF_CT_TP_SRC, ct_tp_src);
    DIRECT(MFF_CT_TP_DST, ct_tp_dst);
    DIRECT(MFF_ETH_SRC, dl_src);
    DIRECT(MFF_ETH_DST, dl_dst);
    DIRECT(MFF_ETH_TYPE, dl_type);
    DIRECT(MFF_VLAN_TCI, vlan_tci);
    DIRECT(MFF_IPV4_SRC, nw_src);
    DIRECT(MFF_IPV4_DST, nw_dst);
    DIRECT(MFF_ARP_SPA, nw_src);
    DIRECT(MFF_ARP_TPA, nw_dst);
    DIRECT(MFF_IPV6_SRC, ipv6_src);
    DIRECT(MFF_IPV6_DST, ipv6_dst);
    DIRECT(MFF_IPV6_LABEL, ipv6_label);
    DIRECT(MFF_IP_PROTO, nw_proto);
    DIRECT(MFF_IP_TTL, nw_ttl);
    DIRECT(MFF_IP_FRAG, nw_frag);
    DIRECT(MFF_ARP_SHA, arp_sha);
    DIRECT(MFF_ARP_THA, arp_tha);
    DIRECT(MFF_ND_SLL, arp_sha);
    DIRECT(MFF_ND_TLL, arp_tha);
    DIRECT(MFF_ND_TARGET, nd_target);
    DIRECT(MFF_TCP_SRC, tp_src);
    DIRECT(MFF_UDP_SRC, tp_src);
    DIRECT(MFF_SCTP_SRC, tp_src);
    DIRECT(MFF_TCP_DST, tp_dst);
    DIRECT(MFF_UDP_DST, tp_dst);
    DIRECT(MFF_SCTP_DST, tp_dst);
    DIRECT(MFF_TCP_FLAGS, tcp_flags);
#undef DIRECT
    default:
        if (id >= MFF_REG0 && id <= MFF_REG15) {
            return offsetof(struct flow, regs) + 4 * (id - MFF_REG0);
        } else if (id >= MFF_XREG0 && id <= MFF_XREG7) {
            /* xregN is reg(2N) (high half) and reg(2N+1). */
            return offsetof(struct flow, regs) + 8 * (id - MFF_XREG0);
        } else if (id >= MFF_XXREG0 && id <= MFF_XXREG3) {
            return offsetof(struct flow, regs) + 16 * (id - MFF_XXREG0);
        }
        return -1;
    }
}

static void
set_bytes(uint8_t *flow, uint8_t *mask, const uint8_t *value,
          const uint8_t *new_mask, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        mask[i] = new_mask[i];
        flow[i] = value[i] & new_mask[i];
    }
}

/* Replaces the bits of one byte selected by 'bits'. */
static void
set_bits8(uint8_t *flow, uint8_t *mask, uint8_t value, uint8_t value_mask,
          uint8_t bits)
{
    *flow = (*flow & ~bits) | (value & value_mask & bits);
    *mask = (*mask & ~bits) | (value_mask & bits);
}

/* An 8-bit field (icmp_type, icmp_code) stored in a 16-bit member, as OVS
 * stores ICMP type and code in tp_src and tp_dst. */
static void
set_u8_in_be16(uint8_t flow[2], uint8_t mask[2], uint8_t value,
               uint8_t value_mask)
{
    flow[0] = 0;
    flow[1] = value & value_mask;
    mask[0] = value_mask ? 0xff : 0;
    mask[1] = value_mask ? 0xff : 0;
}

static void
set_vlan_tci_bits(struct match *m, uint16_t value, uint16_t mask,
                  uint16_t bits)
{
    uint16_t tci = match_be16(m->flow.vlan_tci);
    uint16_t tci_mask = match_be16(m->mask.vlan_tci);

    tci = (tci & ~bits) | (value & mask & bits);
    tci_mask = (tci_mask & ~bits) | (mask & bits);
    put_be16(m->flow.vlan_tci, tci);
    put_be16(m->mask.vlan_tci, tci_mask);
}

static void
set_special(struct match *m, const struct mf_field *f,
            const union mf_value *v, const union mf_value *mk)
{
    struct flow *fl = &m->flow, *ma = &m->mask;

    switch (f->id) {
    case MFF_IN_PORT_OXM: {
        uint16_t port;

        /* A port that OpenFlow 1.0 cannot name ("in_port_oxm[]=65536")
         * is OFPP_NONE, "in_port=ANY", as in OVS. */
        if (!ofp_port_from_ofp11(get_be32(v->b), &port)) {
            port = OFPP_NONE;
        }
        put_be16(fl->in_port, port);
        put_be16(ma->in_port, mf_is_all_zeros(mk->b, 4) ? 0 : 0xffff);
        break;
    }
    case MFF_DL_VLAN:
        /* The VID and "a VLAN is present", as OVS's dl_vlan does. */
        set_vlan_tci_bits(m, get_be16(v->b) | VLAN_CFI,
                          mf_is_all_zeros(mk->b, 2) ? 0 : 0xffff,
                          VLAN_VID_MASK | VLAN_CFI);
        break;
    case MFF_VLAN_VID:
        /* OpenFlow 1.2 semantics: the CFI bit is "a VLAN is present". */
        set_vlan_tci_bits(m, get_be16(v->b), get_be16(mk->b),
                          VLAN_VID_MASK | VLAN_CFI);
        break;
    case MFF_DL_VLAN_PCP:
    case MFF_VLAN_PCP:
        set_vlan_tci_bits(m, (uint16_t) (v->b[0] << 13) | VLAN_CFI,
                          mk->b[0] ? 0xffff : 0, VLAN_PCP_MASK | VLAN_CFI);
        break;
    case MFF_IP_DSCP:
        set_bits8(&fl->nw_tos, &ma->nw_tos, v->b[0], mk->b[0] ? 0xff : 0,
                  0xfc);
        break;
    case MFF_IP_DSCP_SHIFTED:
        set_bits8(&fl->nw_tos, &ma->nw_tos, v->b[0] << 2,
                  mk->b[0] ? 0xff : 0, 0xfc);
        break;
    case MFF_IP_ECN:
        set_bits8(&fl->nw_tos, &ma->nw_tos, v->b[0], mk->b[0] ? 0xff : 0,
                  0x03);
        break;
    case MFF_ARP_OP:
        /* OVS keeps the ARP opcode in nw_proto, 8 bits of it. */
        fl->nw_proto = v->b[1] & (mk->b[1] | mk->b[0] ? 0xff : 0);
        ma->nw_proto = mk->b[1] | mk->b[0] ? 0xff : 0;
        break;
    case MFF_ICMPV4_TYPE:
    case MFF_ICMPV6_TYPE:
        set_u8_in_be16(fl->tp_src, ma->tp_src, v->b[0], mk->b[0]);
        break;
    case MFF_ICMPV4_CODE:
    case MFF_ICMPV6_CODE:
        set_u8_in_be16(fl->tp_dst, ma->tp_dst, v->b[0], mk->b[0]);
        break;
    default:
        break;
    }
}

void
match_set_field(struct match *m, const struct mf_field *f,
                const union mf_value *value, const union mf_value *mask)
{
    int ofs = direct_offset(f->id);
    union mf_value all_ones;

    if (f->id == MFF_IPV6_LABEL
        && (get_be32(mask->b) & 0x000fffff) == 0x000fffff) {
        /* A mask that covers the 20 bits of the label is an exact match,
         * value unmasked, as OVS sets it ("ipv6_label=0x12345/0xfffff"
         * prints as ipv6_label=0x12345). */
        memset(all_ones.b, 0xff, sizeof all_ones.b);
        mask = &all_ones;
    }
    if (ofs >= 0) {
        set_bytes((uint8_t *) &m->flow + ofs, (uint8_t *) &m->mask + ofs,
                  value->b, mask->b, f->n_bytes);
    } else {
        set_special(m, f, value, mask);
    }
    if (f->id == MFF_CT_STATE) {
        /* OVS keeps only the defined ct_state bits in a mask, so that an
         * exact ct_state goes on the wire as a masked one (.../0xff). */
        memset(m->mask.ct_state, 0, 3);
        memset(m->flow.ct_state, 0, 3);
    }
}

static void
get_special(const struct match *m, const struct mf_field *f,
            union mf_value *v, union mf_value *mk)
{
    const struct flow *fl = &m->flow, *ma = &m->mask;
    uint16_t tci = match_be16(fl->vlan_tci);
    uint16_t tci_mask = match_be16(ma->vlan_tci);

    switch (f->id) {
    case MFF_IN_PORT_OXM:
        put_be32(v->b, ofp_port_to_ofp11(match_be16(fl->in_port)));
        put_be32(mk->b, match_be16(ma->in_port) ? UINT32_MAX : 0);
        break;
    case MFF_DL_VLAN:
    case MFF_VLAN_VID:
        put_be16(v->b, tci & (VLAN_VID_MASK | (f->id == MFF_VLAN_VID
                                               ? VLAN_CFI : 0)));
        put_be16(mk->b, tci_mask & (VLAN_VID_MASK | (f->id == MFF_VLAN_VID
                                                     ? VLAN_CFI : 0)));
        break;
    case MFF_DL_VLAN_PCP:
    case MFF_VLAN_PCP:
        v->b[0] = tci >> 13;
        mk->b[0] = (tci_mask >> 13) & 7;
        break;
    case MFF_IP_DSCP:
        v->b[0] = fl->nw_tos & 0xfc;
        mk->b[0] = ma->nw_tos & 0xfc;
        break;
    case MFF_IP_DSCP_SHIFTED:
        v->b[0] = fl->nw_tos >> 2;
        mk->b[0] = ma->nw_tos >> 2;
        break;
    case MFF_IP_ECN:
        v->b[0] = fl->nw_tos & 3;
        mk->b[0] = ma->nw_tos & 3;
        break;
    case MFF_ARP_OP:
        v->b[1] = fl->nw_proto;
        mk->b[0] = ma->nw_proto ? 0xff : 0;
        mk->b[1] = ma->nw_proto;
        break;
    case MFF_ICMPV4_TYPE:
    case MFF_ICMPV6_TYPE:
        v->b[0] = fl->tp_src[1];
        mk->b[0] = ma->tp_src[1];
        break;
    case MFF_ICMPV4_CODE:
    case MFF_ICMPV6_CODE:
        v->b[0] = fl->tp_dst[1];
        mk->b[0] = ma->tp_dst[1];
        break;
    default:
        break;
    }
}

void
match_get_field(const struct match *m, const struct mf_field *f,
                union mf_value *value, union mf_value *mask)
{
    int ofs = direct_offset(f->id);

    memset(value, 0, sizeof *value);
    memset(mask, 0, sizeof *mask);
    if (ofs >= 0) {
        memcpy(value->b, (const uint8_t *) &m->flow + ofs, f->n_bytes);
        memcpy(mask->b, (const uint8_t *) &m->mask + ofs, f->n_bytes);
    } else {
        get_special(m, f, value, mask);
    }
}

bool
match_has_field(const struct match *m, const struct mf_field *f)
{
    int ofs = direct_offset(f->id);
    union mf_value value, mask;

    if (ofs >= 0) {
        /* The common case, without copying the value out. */
        return !bytes_are_zero((const uint8_t *) &m->mask + ofs, f->n_bytes);
    }
    match_get_field(m, f, &value, &mask);
    return !mf_is_all_zeros(mask.b, f->n_bytes);
}

/* ------------------------------------------------------------------ */
/* Prerequisites. */

/* OVS's check on a match: it must match a bit that only a valid
 * connection has, or be tracked and explicitly not invalid. */
static bool
is_ct_valid(const struct match *m)
{
    uint32_t state = match_be32(m->flow.ct_state);
    uint32_t mask = match_be32(m->mask.ct_state);

    return state & (CS_NEW | CS_ESTABLISHED | CS_RELATED | CS_REPLY_DIR
                    | CS_SRC_NAT | CS_DST_NAT)
           || (state & CS_TRACKED && mask & CS_INVALID
               && !(state & CS_INVALID));
}

static bool
is_l4(const struct match *m, uint8_t proto)
{
    return match_is_ip_any(m) && m->flow.nw_proto == proto
           && !(m->flow.nw_frag & FLOW_NW_FRAG_LATER);
}

static bool
is_nd(const struct match *m)
{
    uint16_t type = match_be16(m->flow.tp_src);

    return match_dl_type(m) == ETH_TYPE_IPV6
           && m->flow.nw_proto == IPPROTO_ICMPV6_
           && !match_be16(m->flow.tp_dst)
           && (type == ND_NEIGHBOR_SOLICIT || type == ND_NEIGHBOR_ADVERT);
}

bool
match_prereqs_ok(const struct match *m, const struct mf_field *f)
{
    uint16_t dl_type = match_dl_type(m);

    switch (f->prereq) {
    case MFP_NONE:
    case MFP_ETHERNET:
        return true;
    case MFP_ARP:
        return dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP;
    case MFP_VLAN_VID:
        return match_be16(m->flow.vlan_tci) & VLAN_CFI;
    case MFP_IPV4:
        return dl_type == ETH_TYPE_IP;
    case MFP_IPV6:
        return dl_type == ETH_TYPE_IPV6;
    case MFP_IP_ANY:
        return match_is_ip_any(m);
    case MFP_CT_VALID:
        return is_ct_valid(m);
    case MFP_TCP:
        return is_l4(m, IPPROTO_TCP_);
    case MFP_UDP:
        return is_l4(m, IPPROTO_UDP_);
    case MFP_SCTP:
        return is_l4(m, IPPROTO_SCTP_);
    case MFP_ICMPV4:
        return dl_type == ETH_TYPE_IP && m->flow.nw_proto == IPPROTO_ICMP_;
    case MFP_ICMPV6:
        return dl_type == ETH_TYPE_IPV6
               && m->flow.nw_proto == IPPROTO_ICMPV6_;
    case MFP_ND:
        return is_nd(m);
    case MFP_ND_SOLICIT:
        return is_nd(m) && match_be16(m->flow.tp_src) == ND_NEIGHBOR_SOLICIT;
    case MFP_ND_ADVERT:
        return is_nd(m) && match_be16(m->flow.tp_src) == ND_NEIGHBOR_ADVERT;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Normalization. */

enum {
    MAY_NW_ADDR = 1 << 0,       /* nw_src, nw_dst */
    MAY_TP_ADDR = 1 << 1,       /* tp_src, tp_dst */
    MAY_NW_PROTO = 1 << 2,      /* nw_proto */
    MAY_IPVX = 1 << 3,          /* nw_tos, nw_ttl */
    MAY_ARP_SHA = 1 << 4,
    MAY_ARP_THA = 1 << 5,
    MAY_IPV6 = 1 << 6,          /* ipv6_src, ipv6_dst, ipv6_label */
    MAY_ND_TARGET = 1 << 7,
};

static unsigned int
may_match_ipv6(const struct match *m)
{
    unsigned int may = MAY_NW_PROTO | MAY_IPVX | MAY_IPV6;
    uint8_t proto = m->flow.nw_proto;

    if (proto == IPPROTO_TCP_ || proto == IPPROTO_UDP_
        || proto == IPPROTO_SCTP_) {
        may |= MAY_TP_ADDR;
    } else if (proto == IPPROTO_ICMPV6_) {
        uint16_t type = match_be16(m->flow.tp_src);

        may |= MAY_TP_ADDR;
        if (type == ND_NEIGHBOR_SOLICIT) {
            may |= MAY_ND_TARGET | MAY_ARP_SHA;
        } else if (type == ND_NEIGHBOR_ADVERT) {
            may |= MAY_ND_TARGET | MAY_ARP_THA;
        }
    }
    return may;
}

/* Which groups of fields the match's dl_type and nw_proto allow. */
static unsigned int
may_match(const struct match *m)
{
    uint16_t dl_type = match_dl_type(m);
    uint8_t proto = m->flow.nw_proto;

    if (dl_type == ETH_TYPE_IP) {
        unsigned int may = MAY_NW_PROTO | MAY_IPVX | MAY_NW_ADDR;
        if (proto == IPPROTO_TCP_ || proto == IPPROTO_UDP_
            || proto == IPPROTO_SCTP_ || proto == IPPROTO_ICMP_) {
            may |= MAY_TP_ADDR;
        }
        return may;
    } else if (dl_type == ETH_TYPE_IPV6) {
        return may_match_ipv6(m);
    } else if (dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP) {
        return MAY_NW_PROTO | MAY_NW_ADDR | MAY_ARP_SHA | MAY_ARP_THA;
    }
    return 0;
}

#define CLEAR(M, MEMBER)                                                \
    do {                                                                \
        memset(&(M)->flow.MEMBER, 0, sizeof (M)->flow.MEMBER);          \
        memset(&(M)->mask.MEMBER, 0, sizeof (M)->mask.MEMBER);          \
    } while (0)

bool
match_normalize(struct match *m)
{
    unsigned int may = may_match(m);
    struct match orig = *m;

    if (!(may & MAY_NW_ADDR)) {
        CLEAR(m, nw_src);
        CLEAR(m, nw_dst);
    }
    if (!(may & MAY_TP_ADDR)) {
        CLEAR(m, tp_src);
        CLEAR(m, tp_dst);
    }
    if (!(may & MAY_NW_PROTO)) {
        CLEAR(m, nw_proto);
    }
    if (!(may & MAY_IPVX)) {
        CLEAR(m, nw_tos);
        CLEAR(m, nw_ttl);
    }
    if (!(may & MAY_ARP_SHA)) {
        CLEAR(m, arp_sha);
    }
    if (!(may & MAY_ARP_THA)) {
        CLEAR(m, arp_tha);
    }
    if (!(may & MAY_IPV6)) {
        CLEAR(m, ipv6_src);
        CLEAR(m, ipv6_dst);
        CLEAR(m, ipv6_label);
    }
    if (!(may & MAY_ND_TARGET)) {
        CLEAR(m, nd_target);
    }
    return memcmp(&orig, m, sizeof orig) != 0;
}
