/* The OpenFlow 1.0 match: a fixed 40-byte structure with a wildcard bit
 * per field and CIDR prefix lengths for the IPv4 addresses.
 *
 *   0: wildcards (4)  4: in_port (2)  6: dl_src (6)  12: dl_dst (6)
 *  18: dl_vlan (2)   20: dl_vlan_pcp, pad  22: dl_type (2)  24: nw_tos
 *  25: nw_proto, pad (2)  28: nw_src (4)  32: nw_dst (4)  36: tp_src (2)
 *  38: tp_dst (2) */
#include <config.h>

#include <stdio.h>
#include <string.h>

#include "openflow/flow-mod.h"
#include "openflow/ofp-util.h"

#define OFPFW10_IN_PORT     (1u << 0)
#define OFPFW10_DL_VLAN     (1u << 1)
#define OFPFW10_DL_SRC      (1u << 2)
#define OFPFW10_DL_DST      (1u << 3)
#define OFPFW10_DL_TYPE     (1u << 4)
#define OFPFW10_NW_PROTO    (1u << 5)
#define OFPFW10_TP_SRC      (1u << 6)
#define OFPFW10_TP_DST      (1u << 7)
#define OFPFW10_NW_SRC_SHIFT 8
#define OFPFW10_NW_DST_SHIFT 14
#define OFPFW10_DL_VLAN_PCP (1u << 20)
#define OFPFW10_NW_TOS      (1u << 21)
#define OFPFW10_ALL         ((1u << 22) - 1)
#define OFP10_VLAN_NONE     0xffff

/* Number of low bits a netmask leaves out: 32 for 0.0.0.0. */
static unsigned int
netmask_to_wcbits(const uint8_t mask[4])
{
    uint32_t m = match_be32(mask);
    unsigned int bits = 32;

    while (m) {
        m <<= 1;
        bits--;
    }
    return bits;
}

static void
wcbits_to_netmask(unsigned int bits, uint8_t mask[4])
{
    put_be32(mask, bits >= 32 ? 0 : UINT32_MAX << bits);
}

static uint32_t
vlan_wildcards(const struct match *m, uint8_t out[OFP10_MATCH_LEN])
{
    uint16_t tci = match_be16(m->flow.vlan_tci);
    uint16_t mask = match_be16(m->mask.vlan_tci);
    uint32_t w = 0;

    if (!mask) {
        return OFPFW10_DL_VLAN | OFPFW10_DL_VLAN_PCP;
    } else if (mask & VLAN_CFI && !(tci & VLAN_CFI)) {
        put_be16(out + 18, OFP10_VLAN_NONE);
        return 0;
    }
    if (!(mask & VLAN_VID_MASK)) {
        w |= OFPFW10_DL_VLAN;
    } else {
        put_be16(out + 18, tci & VLAN_VID_MASK);
    }
    if (!(mask & VLAN_PCP_MASK)) {
        w |= OFPFW10_DL_VLAN_PCP;
    } else {
        out[20] = tci >> 13;
    }
    return w;
}

void
ofp10_match_put(const struct match *match, uint8_t out[OFP10_MATCH_LEN])
{
    /* Not normalized: OVS writes "tp_dst=80" without a transport protocol
     * as it is, and drops it when decoding. */
    struct match norm = *match;
    const struct flow *fl = &norm.flow, *mk = &norm.mask;
    uint16_t dl_type;
    uint32_t w = 0;

    memset(out, 0, OFP10_MATCH_LEN);

    w |= match_be16(mk->in_port) ? 0 : OFPFW10_IN_PORT;
    w |= match_be16(mk->dl_type) ? 0 : OFPFW10_DL_TYPE;
    w |= mk->nw_proto ? 0 : OFPFW10_NW_PROTO;
    w |= netmask_to_wcbits(mk->nw_src) << OFPFW10_NW_SRC_SHIFT;
    w |= netmask_to_wcbits(mk->nw_dst) << OFPFW10_NW_DST_SHIFT;
    w |= mk->nw_tos & 0xfc ? 0 : OFPFW10_NW_TOS;
    w |= match_be16(mk->tp_src) ? 0 : OFPFW10_TP_SRC;
    w |= match_be16(mk->tp_dst) ? 0 : OFPFW10_TP_DST;
    w |= mf_is_all_zeros(mk->dl_src, 6) ? OFPFW10_DL_SRC : 0;
    w |= mf_is_all_zeros(mk->dl_dst, 6) ? OFPFW10_DL_DST : 0;
    w |= vlan_wildcards(&norm, out);

    put_be32(out, w);
    memcpy(out + 4, fl->in_port, 2);
    memcpy(out + 6, fl->dl_src, 6);
    memcpy(out + 12, fl->dl_dst, 6);
    dl_type = match_dl_type(&norm);
    put_be16(out + 22, dl_type);
    out[24] = fl->nw_tos & 0xfc;
    out[25] = fl->nw_proto;
    memcpy(out + 28, fl->nw_src, 4);
    memcpy(out + 32, fl->nw_dst, 4);
    memcpy(out + 36, fl->tp_src, 2);
    memcpy(out + 38, fl->tp_dst, 2);
}

static void
pull_vlan(uint32_t w, const uint8_t in[OFP10_MATCH_LEN], struct match *m)
{
    uint16_t vid = get_be16(in + 18);
    uint16_t tci = 0, mask = 0;

    if (!(w & OFPFW10_DL_VLAN) && vid == OFP10_VLAN_NONE) {
        /* No VLAN at all, whatever the PCP says. */
        put_be16(m->mask.vlan_tci, 0xffff);
        return;
    }
    if (!(w & OFPFW10_DL_VLAN)) {
        tci |= (vid & VLAN_VID_MASK) | VLAN_CFI;
        mask |= VLAN_VID_MASK | VLAN_CFI;
    }
    if (!(w & OFPFW10_DL_VLAN_PCP)) {
        tci |= ((in[20] & 7) << 13) | VLAN_CFI;
        mask |= VLAN_PCP_MASK | VLAN_CFI;
    }
    put_be16(m->flow.vlan_tci, tci);
    put_be16(m->mask.vlan_tci, mask);
}

static void
pull_bytes(bool wild, const uint8_t *src, uint8_t *flow, uint8_t *mask,
           size_t n)
{
    if (!wild) {
        memcpy(flow, src, n);
        memset(mask, 0xff, n);
    }
}

static void
pull_nw_addr(unsigned int bits, const uint8_t *src, uint8_t flow[4],
             uint8_t mask[4])
{
    wcbits_to_netmask(bits, mask);
    for (int i = 0; i < 4; i++) {
        flow[i] = src[i] & mask[i];
    }
}

void
ofp10_match_pull(const uint8_t in[OFP10_MATCH_LEN], struct match *m)
{
    uint32_t w = get_be32(in) & OFPFW10_ALL;
    struct flow *fl = &m->flow, *mk = &m->mask;

    match_init_catchall(m);
    pull_bytes(w & OFPFW10_IN_PORT, in + 4, fl->in_port, mk->in_port, 2);
    pull_bytes(w & OFPFW10_DL_SRC, in + 6, fl->dl_src, mk->dl_src, 6);
    pull_bytes(w & OFPFW10_DL_DST, in + 12, fl->dl_dst, mk->dl_dst, 6);
    pull_vlan(w, in, m);
    if (!(w & OFPFW10_DL_TYPE)) {
        memcpy(fl->dl_type, in + 22, 2);
        put_be16(mk->dl_type, 0xffff);
    }
    if (!(w & OFPFW10_NW_TOS)) {
        fl->nw_tos = in[24] & 0xfc;
        mk->nw_tos = 0xfc;
    }
    if (!(w & OFPFW10_NW_PROTO)) {
        fl->nw_proto = in[25];
        mk->nw_proto = 0xff;
    }
    pull_nw_addr((w >> OFPFW10_NW_SRC_SHIFT) & 0x3f, in + 28, fl->nw_src,
                 mk->nw_src);
    pull_nw_addr((w >> OFPFW10_NW_DST_SHIFT) & 0x3f, in + 32, fl->nw_dst,
                 mk->nw_dst);
    pull_bytes(w & OFPFW10_TP_SRC, in + 36, fl->tp_src, mk->tp_src, 2);
    pull_bytes(w & OFPFW10_TP_DST, in + 38, fl->tp_dst, mk->tp_dst, 2);
    match_normalize(m);
}

/* One "name=value," of the OpenFlow 1.0 match print; a wildcarded field
 * prints as "name=*" from verbosity 2 on, else not at all. */
static void
print_wild(struct ofct_buf *out, const char *name, bool wild, int verbosity,
           const char *value)
{
    if (wild && verbosity < 2) {
        return;
    }
    ofct_buf_printf(out, "%s=%s,", name, wild ? "*" : value);
}

static void
print_nw_addr(struct ofct_buf *out, const char *name, const uint8_t ip[4],
              unsigned int bits, int verbosity)
{
    if (bits >= 32 && verbosity < 2) {
        return;
    }
    ofct_buf_printf(out, "%s=", name);
    if (bits < 32) {
        ofct_buf_printf(out, "%u.%u.%u.%u", ip[0], ip[1], ip[2], ip[3]);
        if (bits) {
            ofct_buf_printf(out, "/%u", 32 - bits);
        }
    } else {
        ofct_buf_putc(out, '*');
    }
    ofct_buf_putc(out, ',');
}

/* The shorthand for dl_type and nw_proto; sets '*skip_type' and
 * '*skip_proto' when it stands for them. */
static void
print_shorthand(const uint8_t in[OFP10_MATCH_LEN], uint32_t w,
                bool *skip_type, bool *skip_proto, struct ofct_buf *out)
{
    uint16_t dl_type = get_be16(in + 22);

    *skip_type = *skip_proto = false;
    if (w & OFPFW10_DL_TYPE) {
        return;
    }
    *skip_type = true;
    if (dl_type == ETH_TYPE_IP) {
        static const char *const names[256] = {
            [IPPROTO_ICMP_] = "icmp", [IPPROTO_TCP_] = "tcp",
            [IPPROTO_UDP_] = "udp", [IPPROTO_SCTP_] = "sctp",
        };
        const char *name = w & OFPFW10_NW_PROTO ? NULL : names[in[25]];

        *skip_proto = name != NULL;
        ofct_buf_printf(out, "%s,", name ? name : "ip");
    } else if (dl_type == ETH_TYPE_ARP) {
        ofct_buf_puts(out, "arp,");
    } else if (dl_type == ETH_TYPE_RARP) {
        ofct_buf_puts(out, "rarp,");
    } else if (dl_type == 0x8847) {
        ofct_buf_puts(out, "mpls,");
    } else if (dl_type == 0x8848) {
        ofct_buf_puts(out, "mplsm,");
    } else {
        *skip_type = false;
    }
}

static const char *
mac_string(const uint8_t *m, char buf[18])
{
    snprintf(buf, 18, "%02x:%02x:%02x:%02x:%02x:%02x",
             m[0], m[1], m[2], m[3], m[4], m[5]);
    return buf;
}

void
ofp10_match_format(const uint8_t in[OFP10_MATCH_LEN], int verbosity,
                   struct ofct_buf *out)
{
    uint32_t w = get_be32(in);
    uint16_t dl_type = get_be16(in + 22);
    bool skip_type, skip_proto;
    struct ofct_buf port = OFCT_BUF_INITIALIZER;
    char buf[32];

    print_shorthand(in, w, &skip_type, &skip_proto, out);
    ofp_format_port(get_be16(in + 4), &port);
    print_wild(out, "in_port", w & OFPFW10_IN_PORT, verbosity,
               ofct_buf_cstr(&port));
    ofct_buf_uninit(&port);
    snprintf(buf, sizeof buf, "%d", get_be16(in + 18));
    print_wild(out, "dl_vlan", w & OFPFW10_DL_VLAN, verbosity, buf);
    snprintf(buf, sizeof buf, "%d", in[20]);
    print_wild(out, "dl_vlan_pcp", w & OFPFW10_DL_VLAN_PCP, verbosity, buf);
    print_wild(out, "dl_src", w & OFPFW10_DL_SRC, verbosity,
               mac_string(in + 6, buf));
    print_wild(out, "dl_dst", w & OFPFW10_DL_DST, verbosity,
               mac_string(in + 12, buf));
    if (!skip_type) {
        snprintf(buf, sizeof buf, "0x%04x", dl_type);
        print_wild(out, "dl_type", w & OFPFW10_DL_TYPE, verbosity, buf);
    }
    print_nw_addr(out, "nw_src", in + 28,
                  (w >> OFPFW10_NW_SRC_SHIFT) & 0x3f, verbosity);
    print_nw_addr(out, "nw_dst", in + 32,
                  (w >> OFPFW10_NW_DST_SHIFT) & 0x3f, verbosity);
    if (!skip_proto) {
        snprintf(buf, sizeof buf, "%u", in[25]);
        print_wild(out, dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP
                        ? "arp_op" : "nw_proto",
                   w & OFPFW10_NW_PROTO, verbosity, buf);
    }
    snprintf(buf, sizeof buf, "%u", in[24]);
    print_wild(out, "nw_tos", w & OFPFW10_NW_TOS, verbosity, buf);
    snprintf(buf, sizeof buf, "%d", get_be16(in + 36));
    print_wild(out, in[25] == IPPROTO_ICMP_ ? "icmp_type" : "tp_src",
               w & OFPFW10_TP_SRC, verbosity, buf);
    snprintf(buf, sizeof buf, "%d", get_be16(in + 38));
    print_wild(out, in[25] == IPPROTO_ICMP_ ? "icmp_code" : "tp_dst",
               w & OFPFW10_TP_DST, verbosity, buf);
    ofct_buf_chomp(out, ',');
}
