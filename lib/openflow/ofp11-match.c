/* The OpenFlow 1.1 match (OFPMT_STANDARD): a fixed 88-byte structure with
 * a wildcard bit for the fields that have no mask, and masks (a 1 bit is
 * "don't care", the opposite of OXM) for the Ethernet and IPv4 addresses
 * and the metadata.
 *
 *   0: type (2) = 0   2: length (2) = 88   4: in_port (4)
 *   8: wildcards (4)  12: dl_src (6)  18: dl_src_mask (6)
 *  24: dl_dst (6)  30: dl_dst_mask (6)  36: dl_vlan (2)  38: dl_vlan_pcp
 *  39: pad  40: dl_type (2)  42: nw_tos  43: nw_proto  44: nw_src (4)
 *  48: nw_src_mask (4)  52: nw_dst (4)  56: nw_dst_mask (4)
 *  60: tp_src (2)  62: tp_dst (2)  64: mpls_label (4)  68: mpls_tc
 *  69: pad (3)  72: metadata (8)  80: metadata_mask (8)
 *
 * Encoding and decoding follow Open vSwitch 3.1: fields the structure
 * cannot hold (nw_ecn, nw_ttl, IPv6, ct_*, registers) are left out
 * silently, the protocol decision having kept such matches away from
 * OpenFlow 1.1; a decoded match keeps only the fields whose
 * prerequisites the match itself gives (nw_src needs IPv4 or ARP, tp_src
 * TCP, UDP, SCTP or ICMP), and values the fields cannot take are
 * OFPBMC_BAD_VALUE (or OFPBMC_BAD_FIELD for an ICMP type or code past
 * 255).  ofct has no MPLS fields: MPLS label and TC are always
 * wildcarded on encoding and ignored on decoding. */
#include <config.h>

#include <inttypes.h>
#include <string.h>

#include "openflow/flow-mod.h"
#include "openflow/ofp-util.h"

#define OFPMT_STANDARD 0

#define OFPFW11_IN_PORT     (1u << 0)
#define OFPFW11_DL_VLAN     (1u << 1)
#define OFPFW11_DL_VLAN_PCP (1u << 2)
#define OFPFW11_DL_TYPE     (1u << 3)
#define OFPFW11_NW_TOS      (1u << 4)
#define OFPFW11_NW_PROTO    (1u << 5)
#define OFPFW11_TP_SRC      (1u << 6)
#define OFPFW11_TP_DST      (1u << 7)
#define OFPFW11_MPLS_LABEL  (1u << 8)
#define OFPFW11_MPLS_TC     (1u << 9)

#define OFPVID11_ANY  0xfffe    /* Any VLAN tag, whatever its VID. */
#define OFPVID11_NONE 0xffff    /* No VLAN tag. */

/* Copies 'n' bytes of 'src' to 'dst' inverted: OXM masks to OpenFlow 1.1
 * masks and back. */
static void
put_inverted(uint8_t *dst, const uint8_t *src, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        dst[i] = ~src[i];
    }
}

static uint32_t
put_vlan(const struct match *m, uint8_t out[OFP11_MATCH_LEN])
{
    uint16_t tci = match_be16(m->flow.vlan_tci);
    uint16_t mask = match_be16(m->mask.vlan_tci);
    uint32_t w = 0;

    if (!mask) {
        return OFPFW11_DL_VLAN | OFPFW11_DL_VLAN_PCP;
    } else if (mask & VLAN_CFI && !(tci & VLAN_CFI)) {
        put_be16(out + 36, OFPVID11_NONE);
        return OFPFW11_DL_VLAN_PCP;
    }
    put_be16(out + 36, mask & VLAN_VID_MASK ? tci & VLAN_VID_MASK
                                            : OFPVID11_ANY);
    if (mask & VLAN_PCP_MASK) {
        out[38] = tci >> 13;
    } else {
        w |= OFPFW11_DL_VLAN_PCP;
    }
    return w;
}

void
ofp11_match_put(const struct match *m, uint8_t out[OFP11_MATCH_LEN])
{
    const struct flow *fl = &m->flow, *mk = &m->mask;
    uint32_t w = OFPFW11_MPLS_LABEL | OFPFW11_MPLS_TC;

    memset(out, 0, OFP11_MATCH_LEN);
    put_be16(out, OFPMT_STANDARD);
    put_be16(out + 2, OFP11_MATCH_LEN);

    if (match_be16(mk->in_port)) {
        put_be32(out + 4, ofp_port_to_ofp11(match_be16(fl->in_port)));
    } else {
        w |= OFPFW11_IN_PORT;
    }
    memcpy(out + 12, fl->dl_src, 6);
    put_inverted(out + 18, mk->dl_src, 6);
    memcpy(out + 24, fl->dl_dst, 6);
    put_inverted(out + 30, mk->dl_dst, 6);
    w |= put_vlan(m, out);
    if (match_be16(mk->dl_type)) {
        memcpy(out + 40, fl->dl_type, 2);
    } else {
        w |= OFPFW11_DL_TYPE;
    }
    /* The DSCP bits only: OpenFlow 1.1 has no ECN. */
    if (mk->nw_tos & 0xfc) {
        out[42] = fl->nw_tos & 0xfc;
    } else {
        w |= OFPFW11_NW_TOS;
    }
    if (mk->nw_proto) {
        out[43] = fl->nw_proto;
    } else {
        w |= OFPFW11_NW_PROTO;
    }
    memcpy(out + 44, fl->nw_src, 4);
    put_inverted(out + 48, mk->nw_src, 4);
    memcpy(out + 52, fl->nw_dst, 4);
    put_inverted(out + 56, mk->nw_dst, 4);
    if (match_be16(mk->tp_src)) {
        memcpy(out + 60, fl->tp_src, 2);
    } else {
        w |= OFPFW11_TP_SRC;
    }
    if (match_be16(mk->tp_dst)) {
        memcpy(out + 62, fl->tp_dst, 2);
    } else {
        w |= OFPFW11_TP_DST;
    }
    memcpy(out + 72, fl->metadata, 8);
    put_inverted(out + 80, mk->metadata, 8);
    put_be32(out + 8, w);
}

/* Sets 'n' bytes of a masked field from the wire value and OpenFlow 1.1
 * mask (ones are wildcards), keeping only the value bits the mask
 * matches. */
static void
pull_masked(const uint8_t *value, const uint8_t *wild, uint8_t *flow,
            uint8_t *mask, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        mask[i] = ~wild[i];
        flow[i] = value[i] & mask[i];
    }
}

static int
pull_vlan(uint32_t w, const uint8_t in[OFP11_MATCH_LEN], struct match *m,
          struct ofct_error *err)
{
    uint16_t vid = get_be16(in + 36);
    uint16_t tci, mask;

    if (w & OFPFW11_DL_VLAN) {
        /* The PCP means nothing without the VLAN. */
        return 0;
    } else if (vid == OFPVID11_NONE) {
        tci = 0;
        mask = 0xffff;
    } else {
        if (vid == OFPVID11_ANY) {
            tci = VLAN_CFI;
            mask = VLAN_CFI;
        } else if (vid <= VLAN_VID_MASK) {
            tci = VLAN_CFI | vid;
            mask = VLAN_CFI | VLAN_VID_MASK;
        } else {
            return ofct_error_set(err, OFPBMC_BAD_VALUE, "OpenFlow 1.1 "
                                  "match: dl_vlan %u is not a VLAN ID", vid);
        }
        if (!(w & OFPFW11_DL_VLAN_PCP)) {
            if (in[38] > 7) {
                return ofct_error_set(err, OFPBMC_BAD_VALUE, "OpenFlow 1.1 "
                                      "match: dl_vlan_pcp %u is not a "
                                      "priority", in[38]);
            }
            tci |= in[38] << 13;
            mask |= VLAN_PCP_MASK;
        }
    }
    put_be16(m->flow.vlan_tci, tci);
    put_be16(m->mask.vlan_tci, mask);
    m->packet_type_eth = true;
    return 0;
}

/* tp_src and tp_dst: ports for TCP, UDP and SCTP, type and code for ICMP
 * (OpenFlow 1.1 names only the first three; OVS takes ICMP too), ignored
 * for anything else. */
static int
pull_transport(uint32_t w, const uint8_t in[OFP11_MATCH_LEN],
               struct match *m, struct ofct_error *err)
{
    struct flow *fl = &m->flow, *mk = &m->mask;
    uint16_t src = get_be16(in + 60), dst = get_be16(in + 62);

    switch (fl->nw_proto) {
    case IPPROTO_ICMP_:
        if ((!(w & OFPFW11_TP_SRC) && src > 0xff)
            || (!(w & OFPFW11_TP_DST) && dst > 0xff)) {
            return ofct_error_set(err, OFPBMC_BAD_FIELD, "OpenFlow 1.1 "
                                  "match: ICMP type or code past 255");
        }
        /* Fall through. */
    case IPPROTO_TCP_:
    case IPPROTO_UDP_:
    case IPPROTO_SCTP_:
        if (!(w & OFPFW11_TP_SRC)) {
            memcpy(fl->tp_src, in + 60, 2);
            memset(mk->tp_src, 0xff, 2);
        }
        if (!(w & OFPFW11_TP_DST)) {
            memcpy(fl->tp_dst, in + 62, 2);
            memset(mk->tp_dst, 0xff, 2);
        }
        break;
    default:
        break;
    }
    return 0;
}

int
ofp11_match_pull(const uint8_t in[OFP11_MATCH_LEN], struct match *m,
                 struct ofct_error *err)
{
    uint32_t w = get_be32(in + 8);
    struct flow *fl = &m->flow, *mk = &m->mask;
    uint16_t dl_type;
    bool ipv4, arp;

    match_init_catchall(m);
    if (!(w & OFPFW11_IN_PORT)) {
        uint16_t port;

        if (!ofp_port_from_ofp11(get_be32(in + 4), &port)) {
            return ofct_error_set(err, OFPBMC_BAD_VALUE, "OpenFlow 1.1 "
                                  "match: in_port 0x%"PRIx32" is not a port",
                                  get_be32(in + 4));
        }
        put_be16(fl->in_port, port);
        put_be16(mk->in_port, 0xffff);
    }

    /* The addresses come as a pair: both when either mask matches a bit
     * (a mask of all ones is a wildcard). */
    if (get_be32(in + 18) != UINT32_MAX || get_be16(in + 22) != 0xffff
        || get_be32(in + 30) != UINT32_MAX || get_be16(in + 34) != 0xffff) {
        pull_masked(in + 12, in + 18, fl->dl_src, mk->dl_src, 6);
        pull_masked(in + 24, in + 30, fl->dl_dst, mk->dl_dst, 6);
        m->packet_type_eth = true;
    }
    if (pull_vlan(w, in, m, err)) {
        return -1;
    }
    if (!(w & OFPFW11_DL_TYPE)) {
        memcpy(fl->dl_type, in + 40, 2);
        put_be16(mk->dl_type, 0xffff);
        m->packet_type_eth = true;
    }

    dl_type = match_dl_type(m);
    ipv4 = dl_type == ETH_TYPE_IP;
    arp = dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP;
    if (ipv4 && !(w & OFPFW11_NW_TOS)) {
        if (in[42] & 0x03) {
            return ofct_error_set(err, OFPBMC_BAD_VALUE, "OpenFlow 1.1 "
                                  "match: nw_tos 0x%02x has ECN bits",
                                  in[42]);
        }
        fl->nw_tos = in[42];
        mk->nw_tos = 0xfc;
    }
    if (ipv4 || arp) {
        if (!(w & OFPFW11_NW_PROTO)) {
            fl->nw_proto = in[43];
            mk->nw_proto = 0xff;
        }
        pull_masked(in + 44, in + 48, fl->nw_src, mk->nw_src, 4);
        pull_masked(in + 52, in + 56, fl->nw_dst, mk->nw_dst, 4);
    }
    if (ipv4 && pull_transport(w, in, m, err)) {
        return -1;
    }
    pull_masked(in + 72, in + 80, fl->metadata, mk->metadata, 8);
    return 0;
}
