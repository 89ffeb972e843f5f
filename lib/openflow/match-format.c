/* A match in ovs-ofctl's normalized text: fields in Open vSwitch's
 * canonical order (connection tracking first, then the protocol shorthand,
 * registers, metadata, in_port, VLAN, Ethernet, L3, L4), with the
 * shorthand ("tcp", "ipv6", ...) standing for dl_type and nw_proto, and
 * each value in the form ovs-ofctl prints it. */
#include <config.h>

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "openflow/match.h"
#include "openflow/ofp-util.h"

static bool
is_zero(const void *p, size_t n)
{
    return mf_is_all_zeros(p, n);
}

/* "NAME=VALUE," through the field table's text form, for the fields whose
 * match syntax is the same as their set_field syntax. */
static void
format_field(const struct match *m, enum mf_id id, const char *name,
             struct ofct_buf *out)
{
    const struct mf_field *f = mf_from_id(id);
    union mf_value value, mask;

    match_get_field(m, f, &value, &mask);
    if (!mf_is_all_zeros(mask.b, f->n_bytes)) {
        ofct_buf_printf(out, "%s=", name);
        mf_format(f, &value, &mask, out);
        ofct_buf_putc(out, ',');
    }
}

/* A 16-bit field: decimal when exact, else hex value and mask. */
static void
format_u16_masked(const char *name, const uint8_t v[2], const uint8_t mk[2],
                  struct ofct_buf *out)
{
    uint16_t value = match_be16(v), mask = match_be16(mk);

    if (!mask) {
        return;
    } else if (mask == UINT16_MAX) {
        ofct_buf_printf(out, "%s=%"PRIu16",", name, value);
    } else {
        ofct_buf_printf(out, "%s=0x%"PRIx16"/0x%"PRIx16",", name, value,
                        mask);
    }
}

static void
format_u8(const char *name, uint8_t value, uint8_t mask, struct ofct_buf *out)
{
    if (mask) {
        ofct_buf_printf(out, "%s=%"PRIu8",", name, value);
    }
}

static void
format_ct(const struct match *m, struct ofct_buf *out)
{
    format_field(m, MFF_CT_STATE, "ct_state", out);
    format_u16_masked("ct_zone", m->flow.ct_zone, m->mask.ct_zone, out);
    format_field(m, MFF_CT_MARK, "ct_mark", out);
    format_field(m, MFF_CT_LABEL, "ct_label", out);
    format_field(m, MFF_CT_NW_SRC, "ct_nw_src", out);
    format_field(m, MFF_CT_IPV6_SRC, "ct_ipv6_src", out);
    format_field(m, MFF_CT_NW_DST, "ct_nw_dst", out);
    format_field(m, MFF_CT_IPV6_DST, "ct_ipv6_dst", out);
    if (m->mask.ct_nw_proto) {
        format_u8("ct_nw_proto", m->flow.ct_nw_proto, m->mask.ct_nw_proto,
                  out);
        format_u16_masked("ct_tp_src", m->flow.ct_tp_src, m->mask.ct_tp_src,
                          out);
        format_u16_masked("ct_tp_dst", m->flow.ct_tp_dst, m->mask.ct_tp_dst,
                          out);
    }
}

static const char *
ip_shorthand(uint8_t proto, bool v6, bool *skip_proto)
{
    *skip_proto = true;
    switch (proto) {
    case IPPROTO_ICMP_:
        if (!v6) {
            return "icmp";
        }
        break;
    case IPPROTO_ICMPV6_:
        if (v6) {
            return "icmp6";
        }
        break;
    case 2:
        if (!v6) {
            return "igmp";
        }
        break;
    case IPPROTO_TCP_:
        return v6 ? "tcp6" : "tcp";
    case IPPROTO_UDP_:
        return v6 ? "udp6" : "udp";
    case IPPROTO_SCTP_:
        return v6 ? "sctp6" : "sctp";
    }
    *skip_proto = false;
    return v6 ? "ipv6" : "ip";
}

/* The protocol shorthand.  Sets '*skip_type' and '*skip_proto' when it
 * stands for dl_type and nw_proto. */
static void
format_shorthand(const struct match *m, bool *skip_type, bool *skip_proto,
                 struct ofct_buf *out)
{
    uint16_t dl_type = match_dl_type(m);

    *skip_type = *skip_proto = false;
    if (!match_be16(m->mask.dl_type)) {
        return;
    }
    *skip_type = true;
    if (dl_type == ETH_TYPE_IP || dl_type == ETH_TYPE_IPV6) {
        bool v6 = dl_type == ETH_TYPE_IPV6;

        if (m->mask.nw_proto) {
            ofct_buf_printf(out, "%s,", ip_shorthand(m->flow.nw_proto, v6,
                                                     skip_proto));
        } else {
            ofct_buf_puts(out, v6 ? "ipv6," : "ip,");
        }
    } else if (dl_type == ETH_TYPE_RARP) {
        ofct_buf_puts(out, "rarp,");
    } else if (dl_type == ETH_TYPE_ARP) {
        ofct_buf_puts(out, "arp,");
    } else if (dl_type == 0x8847) {
        ofct_buf_puts(out, "mpls,");
    } else if (dl_type == 0x8848) {
        ofct_buf_puts(out, "mplsm,");
    } else {
        *skip_type = false;
    }
}

static void
format_vlan(const struct match *m, struct ofct_buf *out)
{
    uint16_t tci = match_be16(m->flow.vlan_tci);
    uint16_t mask = match_be16(m->mask.vlan_tci);
    uint16_t vid_mask = mask & VLAN_VID_MASK;
    uint16_t pcp_mask = mask & VLAN_PCP_MASK;

    if (!mask) {
        return;
    }
    if (mask & VLAN_CFI && tci & VLAN_CFI
        && (!vid_mask || vid_mask == VLAN_VID_MASK)
        && (!pcp_mask || pcp_mask == VLAN_PCP_MASK)
        && (vid_mask || pcp_mask)) {
        if (vid_mask) {
            ofct_buf_printf(out, "dl_vlan=%d,", tci & VLAN_VID_MASK);
        }
        if (pcp_mask) {
            ofct_buf_printf(out, "dl_vlan_pcp=%d,", tci >> 13);
        }
    } else if (mask == 0xffff) {
        ofct_buf_printf(out, "vlan_tci=0x%04"PRIx16",", tci);
    } else {
        ofct_buf_printf(out, "vlan_tci=0x%04"PRIx16"/0x%04"PRIx16",", tci,
                        mask);
    }
}

static void
format_l2(const struct match *m, bool skip_type, struct ofct_buf *out)
{
    char name[8];

    for (int i = 0; i < 16; i++) {
        snprintf(name, sizeof name, "reg%d", i);
        format_field(m, MFF_REG0 + i, name, out);
    }
    format_field(m, MFF_METADATA, "metadata", out);
    if (match_be16(m->mask.in_port)) {
        ofct_buf_puts(out, "in_port=");
        ofp_format_port(match_be16(m->flow.in_port), out);
        ofct_buf_putc(out, ',');
    }
    format_vlan(m, out);
    format_field(m, MFF_ETH_SRC, "dl_src", out);
    format_field(m, MFF_ETH_DST, "dl_dst", out);
    if (!skip_type && match_be16(m->mask.dl_type)) {
        ofct_buf_printf(out, "dl_type=0x%04"PRIx16",", match_dl_type(m));
    }
}

static void
format_l3(const struct match *m, bool skip_proto, struct ofct_buf *out)
{
    uint16_t dl_type = match_dl_type(m);
    bool arp = dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP;

    if (dl_type == ETH_TYPE_IPV6) {
        format_field(m, MFF_IPV6_SRC, "ipv6_src", out);
        format_field(m, MFF_IPV6_DST, "ipv6_dst", out);
        if (!is_zero(m->mask.ipv6_label, 4)) {
            uint32_t mask = match_be32(m->mask.ipv6_label);

            ofct_buf_printf(out, "ipv6_label=0x%05"PRIx32,
                            match_be32(m->flow.ipv6_label));
            if (mask != UINT32_MAX) {
                ofct_buf_printf(out, "/0x%05"PRIx32, mask);
            }
            ofct_buf_putc(out, ',');
        }
    } else if (arp) {
        format_field(m, MFF_IPV4_SRC, "arp_spa", out);
        format_field(m, MFF_IPV4_DST, "arp_tpa", out);
    } else {
        format_field(m, MFF_IPV4_SRC, "nw_src", out);
        format_field(m, MFF_IPV4_DST, "nw_dst", out);
    }
    if (!skip_proto) {
        format_u8(arp ? "arp_op" : "nw_proto", m->flow.nw_proto,
                  m->mask.nw_proto, out);
    }
    if (arp) {
        format_field(m, MFF_ARP_SHA, "arp_sha", out);
        format_field(m, MFF_ARP_THA, "arp_tha", out);
    }
    if (m->mask.nw_tos & 0xfc) {
        ofct_buf_printf(out, "nw_tos=%d,", m->flow.nw_tos & 0xfc);
    }
    if (m->mask.nw_tos & 0x03) {
        ofct_buf_printf(out, "nw_ecn=%d,", m->flow.nw_tos & 0x03);
    }
    format_u8("nw_ttl", m->flow.nw_ttl, m->mask.nw_ttl, out);
    format_field(m, MFF_IP_FRAG, "nw_frag", out);
}

static void
format_l4(const struct match *m, struct ofct_buf *out)
{
    uint16_t dl_type = match_dl_type(m);
    uint8_t proto = m->flow.nw_proto;

    if ((dl_type == ETH_TYPE_IP && proto == IPPROTO_ICMP_)
        || (dl_type == ETH_TYPE_IPV6 && proto == IPPROTO_ICMPV6_)) {
        format_u16_masked("icmp_type", m->flow.tp_src, m->mask.tp_src, out);
        format_u16_masked("icmp_code", m->flow.tp_dst, m->mask.tp_dst, out);
        if (dl_type == ETH_TYPE_IPV6) {
            format_field(m, MFF_ND_TARGET, "nd_target", out);
            format_field(m, MFF_ARP_SHA, "nd_sll", out);
            format_field(m, MFF_ARP_THA, "nd_tll", out);
        }
    } else if (dl_type == ETH_TYPE_IP && proto == 2) {
        format_u16_masked("igmp_type", m->flow.tp_src, m->mask.tp_src, out);
        format_u16_masked("igmp_code", m->flow.tp_dst, m->mask.tp_dst, out);
    } else {
        format_u16_masked("tp_src", m->flow.tp_src, m->mask.tp_src, out);
        format_u16_masked("tp_dst", m->flow.tp_dst, m->mask.tp_dst, out);
    }
    if (match_is_ip_any(m) && proto == IPPROTO_TCP_
        && !is_zero(m->mask.tcp_flags, 2)) {
        format_field(m, MFF_TCP_FLAGS, "tcp_flags", out);
    }
}

void
match_format(const struct match *m, int priority, struct ofct_buf *out)
{
    size_t start = out->size;
    bool skip_type, skip_proto;

    if (priority != OFP_DEFAULT_PRIORITY) {
        ofct_buf_printf(out, "priority=%d,", priority);
    }
    format_field(m, MFF_PKT_MARK, "pkt_mark", out);
    format_ct(m, out);
    format_shorthand(m, &skip_type, &skip_proto, out);
    format_l2(m, skip_type, out);
    format_l3(m, skip_proto, out);
    format_l4(m, out);
    if (out->size > start) {
        ofct_buf_chomp(out, ',');
    }
    ofct_buf_cstr(out);
}
