/* A match in ovs-ofctl's normalized text: fields in Open vSwitch's
 * canonical order (connection tracking first, then the protocol shorthand,
 * registers, metadata, in_port, VLAN, Ethernet, L3, L4), with the
 * shorthand ("tcp", "ipv6", ...) standing for dl_type and nw_proto, and
 * each value in the form ovs-ofctl prints it. */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "openflow/match.h"
#include "openflow/ofp-util.h"
#include "util/buf-fmt.h"

static inline bool
is_zero(const void *p, size_t n)
{
    return bytes_are_zero(p, n);
}

/* "NAME=VALUE," through the field table's text form, for the fields whose
 * match syntax is the same as their set_field syntax and whose 'n' bytes
 * are at offset 'ofs' of struct flow (the match printer reads them there
 * rather than through match_get_field()). */
static void
format_field(const struct match *m, enum mf_id id, const char *name,
             size_t ofs, size_t n, struct ofct_buf *out)
{
    union mf_value value, mask;

    memcpy(value.b, (const uint8_t *) &m->flow + ofs, n);
    memcpy(mask.b, (const uint8_t *) &m->mask + ofs, n);
    buf_put_str(out, name);
    buf_put_char(out, '=');
    mf_format(mf_from_id(id), &value, &mask, out);
    buf_put_char(out, ',');
}

/* format_field() for a field that lives in 'MEMBER' of struct flow (the
 * member is as wide as the field), with the test for its absence (the
 * common case) inline: a match printer looks at some 40 fields to print 3
 * or 4. */
#define FORMAT_FIELD(M, ID, NAME, MEMBER, OUT)                          \
    do {                                                                \
        if (!is_zero(&(M)->mask.MEMBER, sizeof (M)->mask.MEMBER)) {     \
            format_field(M, ID, NAME, offsetof(struct flow, MEMBER),    \
                         sizeof (M)->mask.MEMBER, OUT);                 \
        }                                                               \
    } while (0)

/* "NAME=" */
static void
put_name(const char *name, struct ofct_buf *out)
{
    buf_put_str(out, name);
    buf_put_char(out, '=');
}

/* A 16-bit field: decimal when exact, else hex value and mask. */
static void
format_u16_masked(const char *name, const uint8_t v[2], const uint8_t mk[2],
                  struct ofct_buf *out)
{
    uint16_t value = match_be16(v), mask = match_be16(mk);

    if (!mask) {
        return;
    }
    put_name(name, out);
    if (mask == UINT16_MAX) {
        buf_put_dec(out, value);
    } else {
        buf_put_0xhex(out, value);
        buf_put_char(out, '/');
        buf_put_0xhex(out, mask);
    }
    buf_put_char(out, ',');
}

static void
format_u8(const char *name, uint8_t value, uint8_t mask, struct ofct_buf *out)
{
    if (mask) {
        put_name(name, out);
        buf_put_dec(out, value);
        buf_put_char(out, ',');
    }
}

static void
format_ct(const struct match *m, struct ofct_buf *out)
{
    FORMAT_FIELD(m, MFF_CT_STATE, "ct_state", ct_state, out);
    format_u16_masked("ct_zone", m->flow.ct_zone, m->mask.ct_zone, out);
    FORMAT_FIELD(m, MFF_CT_MARK, "ct_mark", ct_mark, out);
    FORMAT_FIELD(m, MFF_CT_LABEL, "ct_label", ct_label, out);
    FORMAT_FIELD(m, MFF_CT_NW_SRC, "ct_nw_src", ct_nw_src, out);
    FORMAT_FIELD(m, MFF_CT_IPV6_SRC, "ct_ipv6_src", ct_ipv6_src, out);
    FORMAT_FIELD(m, MFF_CT_NW_DST, "ct_nw_dst", ct_nw_dst, out);
    FORMAT_FIELD(m, MFF_CT_IPV6_DST, "ct_ipv6_dst", ct_ipv6_dst, out);
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
            buf_put_str(out, ip_shorthand(m->flow.nw_proto, v6, skip_proto));
            buf_put_char(out, ',');
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
            BUF_PUT_LIT(out, "dl_vlan=");
            buf_put_dec(out, tci & VLAN_VID_MASK);
            buf_put_char(out, ',');
        }
        if (pcp_mask) {
            BUF_PUT_LIT(out, "dl_vlan_pcp=");
            buf_put_dec(out, tci >> 13);
            buf_put_char(out, ',');
        }
    } else {
        BUF_PUT_LIT(out, "vlan_tci=0x");
        buf_put_hex_width(out, tci, 4);
        if (mask != 0xffff) {
            BUF_PUT_LIT(out, "/0x");
            buf_put_hex_width(out, mask, 4);
        }
        buf_put_char(out, ',');
    }
}

static void
format_regs(const struct match *m, struct ofct_buf *out)
{
    static const char *const names[16] = {
        "reg0", "reg1", "reg2", "reg3", "reg4", "reg5", "reg6", "reg7",
        "reg8", "reg9", "reg10", "reg11", "reg12", "reg13", "reg14",
        "reg15",
    };

    if (is_zero(m->mask.regs, sizeof m->mask.regs)) {
        return;
    }
    for (int i = 0; i < 16; i++) {
        FORMAT_FIELD(m, MFF_REG0 + i, names[i], regs[i], out);
    }
}

static void
format_l2(const struct match *m, bool skip_type, struct ofct_buf *out)
{
    format_regs(m, out);
    FORMAT_FIELD(m, MFF_METADATA, "metadata", metadata, out);
    if (match_be16(m->mask.in_port)) {
        ofct_buf_puts(out, "in_port=");
        ofp_format_port(match_be16(m->flow.in_port), out);
        ofct_buf_putc(out, ',');
    }
    format_vlan(m, out);
    FORMAT_FIELD(m, MFF_ETH_SRC, "dl_src", dl_src, out);
    FORMAT_FIELD(m, MFF_ETH_DST, "dl_dst", dl_dst, out);
    if (!skip_type && match_be16(m->mask.dl_type)) {
        BUF_PUT_LIT(out, "dl_type=0x");
        buf_put_hex_width(out, match_dl_type(m), 4);
        buf_put_char(out, ',');
    }
}

static void
format_l3(const struct match *m, bool skip_proto, struct ofct_buf *out)
{
    uint16_t dl_type = match_dl_type(m);
    bool arp = dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP;

    if (dl_type == ETH_TYPE_IPV6) {
        FORMAT_FIELD(m, MFF_IPV6_SRC, "ipv6_src", ipv6_src, out);
        FORMAT_FIELD(m, MFF_IPV6_DST, "ipv6_dst", ipv6_dst, out);
        if (!is_zero(m->mask.ipv6_label, 4)) {
            uint32_t mask = match_be32(m->mask.ipv6_label);

            BUF_PUT_LIT(out, "ipv6_label=0x");
            buf_put_hex_width(out, match_be32(m->flow.ipv6_label), 5);
            if (mask != UINT32_MAX) {
                BUF_PUT_LIT(out, "/0x");
                buf_put_hex_width(out, mask, 5);
            }
            buf_put_char(out, ',');
        }
    } else if (arp) {
        FORMAT_FIELD(m, MFF_IPV4_SRC, "arp_spa", nw_src, out);
        FORMAT_FIELD(m, MFF_IPV4_DST, "arp_tpa", nw_dst, out);
    } else {
        FORMAT_FIELD(m, MFF_IPV4_SRC, "nw_src", nw_src, out);
        FORMAT_FIELD(m, MFF_IPV4_DST, "nw_dst", nw_dst, out);
    }
    if (!skip_proto) {
        format_u8(arp ? "arp_op" : "nw_proto", m->flow.nw_proto,
                  m->mask.nw_proto, out);
    }
    if (arp) {
        FORMAT_FIELD(m, MFF_ARP_SHA, "arp_sha", arp_sha, out);
        FORMAT_FIELD(m, MFF_ARP_THA, "arp_tha", arp_tha, out);
    }
    if (m->mask.nw_tos & 0xfc) {
        format_u8("nw_tos", m->flow.nw_tos & 0xfc, 0xff, out);
    }
    if (m->mask.nw_tos & 0x03) {
        format_u8("nw_ecn", m->flow.nw_tos & 0x03, 0xff, out);
    }
    format_u8("nw_ttl", m->flow.nw_ttl, m->mask.nw_ttl, out);
    FORMAT_FIELD(m, MFF_IP_FRAG, "nw_frag", nw_frag, out);
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
            FORMAT_FIELD(m, MFF_ND_TARGET, "nd_target", nd_target, out);
            FORMAT_FIELD(m, MFF_ARP_SHA, "nd_sll", arp_sha, out);
            FORMAT_FIELD(m, MFF_ARP_THA, "nd_tll", arp_tha, out);
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
        FORMAT_FIELD(m, MFF_TCP_FLAGS, "tcp_flags", tcp_flags, out);
    }
}

void
match_format(const struct match *m, int priority, struct ofct_buf *out)
{
    size_t start = out->size;
    bool skip_type, skip_proto;

    if (priority != OFP_DEFAULT_PRIORITY) {
        BUF_PUT_LIT(out, "priority=");
        if (priority < 0) {
            buf_put_char(out, '-');
        }
        buf_put_dec(out, priority < 0 ? -(int64_t) priority : priority);
        buf_put_char(out, ',');
    }
    FORMAT_FIELD(m, MFF_PKT_MARK, "pkt_mark", pkt_mark, out);
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
