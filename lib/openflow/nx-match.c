/* NXM and OXM matches: a sequence of (header, value[, mask]) entries.
 *
 * Entries are written in Open vSwitch's order (in_port, Ethernet, VLAN,
 * L3, L4, registers, pkt_mark, connection tracking, metadata) and only
 * where the match makes them meaningful: transport ports only under a
 * matching nw_proto, ND fields only for ND, and so on, so that ofct's
 * bytes are OVS's bytes.  Decoding checks each entry's length, mask,
 * value and prerequisites and reports the OpenFlow error OVS reports. */
#include <config.h>

#include <inttypes.h>
#include <string.h>

#include "openflow/flow-mod.h"
#include "openflow/ofp-util.h"

/* OXM_OF_PACKET_TYPE, which OVS also uses in NXM; value 0 is Ethernet. */
#define OXM_OF_PACKET_TYPE NXM_HEADER(0x8000, 44, 0, 4)

/* OpenFlow 1.3 and 1.4 have no standard OXM for TCP flags: OVS uses the
 * ONF experimenter's ONFOXM_ET_TCP_FLAGS there. */
#define OXM_EXPERIMENTER_CLASS 0xffff
#define ONF_EXPERIMENTER_ID 0x4f4e4600
#define ONFOXM_TCP_FLAGS_FIELD 42

static bool
is_onf_tcp_flags(enum mf_id id, enum ofct_ofp_version version)
{
    return id == MFF_TCP_FLAGS
           && (version == OFCT_OFP13 || version == OFCT_OFP14);
}

struct nx_writer {
    struct ofct_buf *out;
    enum ofct_ofp_version version;      /* 0 for NXM. */
};

/* Appends the entry of a field that 'mask' matches. */
static void
put_present_entry(struct nx_writer *w, enum mf_id id, const uint8_t *value,
                  const uint8_t *mask)
{
    const struct mf_field *f = mf_from_id(id);
    unsigned int n = f->n_bytes;
    uint32_t header = mf_header(f, w->version);
    bool masked = !mf_is_all_ones(mask, n);
    unsigned int payload = n * (masked ? 2 : 1);
    uint8_t *p;

    if (is_onf_tcp_flags(id, w->version)) {
        /* An experimenter OXM: the ONF id is part of the payload. */
        p = ofct_buf_put_uninit(w->out, 8 + payload);
        put_be32(p, NXM_HEADER(OXM_EXPERIMENTER_CLASS,
                               ONFOXM_TCP_FLAGS_FIELD, masked, 4 + payload));
        put_be32(p + 4, ONF_EXPERIMENTER_ID);
        p += 8;
    } else {
        if (masked) {
            header = NXM_HEADER(NXM_CLASS(header), NXM_FIELD(header), 1,
                                payload);
        }
        p = ofct_buf_put_uninit(w->out, 4 + payload);
        put_be32(p, header);
        p += 4;
    }
    for (unsigned int i = 0; i < n; i++) {
        p[i] = value[i] & mask[i];
    }
    if (masked) {
        memcpy(p + n, mask, n);
    }
}

/* Appends one entry: nothing if 'mask' is all zeros, an exact entry if it
 * is all ones, else a masked entry.  The test for an absent field, the
 * common case by far, is inline. */
static inline void
put_entry(struct nx_writer *w, enum mf_id id, const uint8_t *value,
          const uint8_t *mask)
{
    if (!bytes_are_zero(mask, mf_from_id(id)->n_bytes)) {
        put_present_entry(w, id, value, mask);
    }
}

/* put_entry() of member MEMBER of the flow 'FL' and mask 'MK', for a
 * field as wide as the member: the width is then a constant and the test
 * for an absent field a load or two. */
#define PUT_MEMBER(W, ID, FL, MK, MEMBER)                               \
    do {                                                                \
        if (!bytes_are_zero((MK)->MEMBER, sizeof (MK)->MEMBER)) {       \
            put_present_entry(W, ID, (FL)->MEMBER, (MK)->MEMBER);       \
        }                                                               \
    } while (0)

/* An exact 8-bit entry. */
static void
put_u8(struct nx_writer *w, enum mf_id id, uint8_t value)
{
    static const uint8_t ones = 0xff;
    put_entry(w, id, &value, &ones);
}

static void
put_l4(struct nx_writer *w, const struct match *m)
{
    const struct flow *fl = &m->flow, *mk = &m->mask;
    uint16_t dl_type = match_dl_type(m);

    switch (fl->nw_proto) {
    case IPPROTO_TCP_:
        PUT_MEMBER(w, MFF_TCP_SRC, fl, mk, tp_src);
        PUT_MEMBER(w, MFF_TCP_DST, fl, mk, tp_dst);
        PUT_MEMBER(w, MFF_TCP_FLAGS, fl, mk, tcp_flags);
        return;
    case IPPROTO_UDP_:
        PUT_MEMBER(w, MFF_UDP_SRC, fl, mk, tp_src);
        PUT_MEMBER(w, MFF_UDP_DST, fl, mk, tp_dst);
        return;
    case IPPROTO_SCTP_:
        PUT_MEMBER(w, MFF_SCTP_SRC, fl, mk, tp_src);
        PUT_MEMBER(w, MFF_SCTP_DST, fl, mk, tp_dst);
        return;
    }
    if (dl_type == ETH_TYPE_IP && fl->nw_proto == IPPROTO_ICMP_) {
        if (match_be16(mk->tp_src)) {
            put_u8(w, MFF_ICMPV4_TYPE, fl->tp_src[1]);
        }
        if (match_be16(mk->tp_dst)) {
            put_u8(w, MFF_ICMPV4_CODE, fl->tp_dst[1]);
        }
    } else if (dl_type == ETH_TYPE_IPV6 && fl->nw_proto == IPPROTO_ICMPV6_) {
        uint16_t type = match_be16(fl->tp_src);

        if (match_be16(mk->tp_src)) {
            put_u8(w, MFF_ICMPV6_TYPE, fl->tp_src[1]);
        }
        if (match_be16(mk->tp_dst)) {
            put_u8(w, MFF_ICMPV6_CODE, fl->tp_dst[1]);
        }
        if (!match_be16(fl->tp_dst) && (type == ND_NEIGHBOR_SOLICIT
                                        || type == ND_NEIGHBOR_ADVERT)) {
            PUT_MEMBER(w, MFF_ND_TARGET, fl, mk, nd_target);
            if (type == ND_NEIGHBOR_SOLICIT) {
                PUT_MEMBER(w, MFF_ND_SLL, fl, mk, arp_sha);
            } else {
                PUT_MEMBER(w, MFF_ND_TLL, fl, mk, arp_tha);
            }
        }
    }
}

static void
put_ip(struct nx_writer *w, const struct match *m)
{
    const struct flow *fl = &m->flow, *mk = &m->mask;
    uint8_t frag, frag_mask;

    if (match_dl_type(m) == ETH_TYPE_IP) {
        PUT_MEMBER(w, MFF_IPV4_SRC, fl, mk, nw_src);
        PUT_MEMBER(w, MFF_IPV4_DST, fl, mk, nw_dst);
    } else {
        PUT_MEMBER(w, MFF_IPV6_SRC, fl, mk, ipv6_src);
        PUT_MEMBER(w, MFF_IPV6_DST, fl, mk, ipv6_dst);
    }

    /* Both fragment bits matched is an exact match of the whole byte. */
    frag = fl->nw_frag & FLOW_NW_FRAG_MASK;
    frag_mask = mk->nw_frag & FLOW_NW_FRAG_MASK;
    frag_mask = frag_mask == FLOW_NW_FRAG_MASK ? 0xff : frag_mask;
    put_entry(w, MFF_IP_FRAG, &frag, &frag_mask);

    if (mk->nw_tos & 0xfc) {
        if (w->version) {
            put_u8(w, MFF_IP_DSCP_SHIFTED, fl->nw_tos >> 2);
        } else {
            put_u8(w, MFF_IP_DSCP, fl->nw_tos & 0xfc);
        }
    }
    if (mk->nw_tos & 0x03) {
        put_u8(w, MFF_IP_ECN, fl->nw_tos & 0x03);
    }
    if (mk->nw_ttl) {
        put_u8(w, MFF_IP_TTL, fl->nw_ttl);
    }
    PUT_MEMBER(w, MFF_IPV6_LABEL, fl, mk, ipv6_label);
    if (mk->nw_proto) {
        put_u8(w, MFF_IP_PROTO, fl->nw_proto);
        put_l4(w, m);
    }
}

static void
put_arp(struct nx_writer *w, const struct match *m)
{
    const struct flow *fl = &m->flow, *mk = &m->mask;

    if (mk->nw_proto) {
        uint8_t op[2] = { 0, fl->nw_proto };
        static const uint8_t ones[2] = { 0xff, 0xff };
        put_entry(w, MFF_ARP_OP, op, ones);
    }
    PUT_MEMBER(w, MFF_ARP_SPA, fl, mk, nw_src);
    PUT_MEMBER(w, MFF_ARP_TPA, fl, mk, nw_dst);
    PUT_MEMBER(w, MFF_ARP_SHA, fl, mk, arp_sha);
    PUT_MEMBER(w, MFF_ARP_THA, fl, mk, arp_tha);
}

static void
put_vlan(struct nx_writer *w, const struct match *m)
{
    uint16_t tci = match_be16(m->flow.vlan_tci);
    uint16_t mask = match_be16(m->mask.vlan_tci);
    uint8_t vid[2], vid_mask[2];

    if (!w->version) {
        put_entry(w, MFF_VLAN_TCI, m->flow.vlan_tci, m->mask.vlan_tci);
        return;
    }
    /* OXM splits the TCI into VLAN_VID (with the "present" bit) and
     * VLAN_PCP. */
    put_be16(vid, tci & (VLAN_VID_MASK | VLAN_CFI));
    mask &= VLAN_VID_MASK | VLAN_CFI;
    /* The whole VID and the "present" bit are an exact VLAN_VID. */
    put_be16(vid_mask, mask == (VLAN_VID_MASK | VLAN_CFI) ? 0xffff : mask);
    mask = match_be16(m->mask.vlan_tci);
    put_entry(w, MFF_VLAN_VID, vid, vid_mask);
    if (match_be16(vid) && mask & VLAN_PCP_MASK) {
        put_u8(w, MFF_VLAN_PCP, tci >> 13);
    }
}

static void
put_ct(struct nx_writer *w, const struct match *m)
{
    const struct flow *fl = &m->flow, *mk = &m->mask;

    if (FLOW_RANGE_IS_ZERO(mk, ct_state, ct_tp_dst)) {
        return;
    }
    PUT_MEMBER(w, MFF_CT_STATE, fl, mk, ct_state);
    PUT_MEMBER(w, MFF_CT_ZONE, fl, mk, ct_zone);
    PUT_MEMBER(w, MFF_CT_MARK, fl, mk, ct_mark);
    PUT_MEMBER(w, MFF_CT_LABEL, fl, mk, ct_label);
    PUT_MEMBER(w, MFF_CT_NW_SRC, fl, mk, ct_nw_src);
    PUT_MEMBER(w, MFF_CT_IPV6_SRC, fl, mk, ct_ipv6_src);
    PUT_MEMBER(w, MFF_CT_NW_DST, fl, mk, ct_nw_dst);
    PUT_MEMBER(w, MFF_CT_IPV6_DST, fl, mk, ct_ipv6_dst);
    if (fl->ct_nw_proto) {
        put_u8(w, MFF_CT_NW_PROTO, fl->ct_nw_proto);
        PUT_MEMBER(w, MFF_CT_TP_SRC, fl, mk, ct_tp_src);
        PUT_MEMBER(w, MFF_CT_TP_DST, fl, mk, ct_tp_dst);
    }
}

size_t
nx_put_match(const struct match *m, enum ofct_ofp_version version,
             struct ofct_buf *out)
{
    struct nx_writer w = { out, version };
    const struct flow *fl = &m->flow, *mk = &m->mask;
    size_t start = out->size;
    uint16_t dl_type = match_dl_type(m);

    if (match_be16(mk->in_port)) {
        if (version) {
            uint8_t port[4];
            static const uint8_t ones[4] = { 0xff, 0xff, 0xff, 0xff };
            put_be32(port, ofp_port_to_ofp11(match_be16(fl->in_port)));
            put_entry(&w, MFF_IN_PORT_OXM, port, ones);
        } else {
            PUT_MEMBER(&w, MFF_IN_PORT, fl, mk, in_port);
        }
    }
    PUT_MEMBER(&w, MFF_ETH_SRC, fl, mk, dl_src);
    PUT_MEMBER(&w, MFF_ETH_DST, fl, mk, dl_dst);
    PUT_MEMBER(&w, MFF_ETH_TYPE, fl, mk, dl_type);
    put_vlan(&w, m);
    if (match_is_ip_any(m)) {
        put_ip(&w, m);
    } else if (dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP) {
        put_arp(&w, m);
    }
    if (bytes_are_zero(mk->regs, sizeof mk->regs)) {
        /* No registers, as in most flows. */
    } else if (version < OFCT_OFP15) {
        for (int i = 0; i < 16; i++) {
            PUT_MEMBER(&w, MFF_REG0 + i, fl, mk, regs[i]);
        }
    } else {
        for (int i = 0; i < 8; i++) {
            put_entry(&w, MFF_XREG0 + i, fl->regs[2 * i], mk->regs[2 * i]);
        }
    }
    PUT_MEMBER(&w, MFF_PKT_MARK, fl, mk, pkt_mark);
    put_ct(&w, m);
    PUT_MEMBER(&w, MFF_METADATA, fl, mk, metadata);
    if (out->size == start && m->packet_type_eth) {
        /* Only fields that did not make it to the wire asked for Ethernet;
         * OVS still says so. */
        put_be32(ofct_buf_put_zeros(out, 8), OXM_OF_PACKET_TYPE);
    }
    return out->size - start;
}

/* ------------------------------------------------------------------ */
/* Decoding. */

/* The field whose class and field number are those of 'header', whatever
 * its length, so that a bad length can be told from an unknown field. */
static bool
header_is_known(uint32_t header)
{
    for (int id = 0; id < MFF_N_IDS; id++) {
        const struct mf_field *f = mf_from_id(id);
        uint32_t hs[2] = { f->nxm_header, f->oxm_header };

        for (int i = 0; i < 2; i++) {
            if (hs[i] && NXM_CLASS(hs[i]) == NXM_CLASS(header)
                && NXM_FIELD(hs[i]) == NXM_FIELD(header)) {
                return true;
            }
        }
    }
    return false;
}

static int
check_entry(const struct mf_field *f, const union mf_value *v,
            const union mf_value *mask, bool masked, const struct match *m,
            struct ofct_error *err)
{
    unsigned int n = f->n_bytes;

    if (masked && !f->maskable && !mf_is_all_ones(mask->b, n)) {
        return ofct_error_set(err, OFPBMC_BAD_MASK, "%s: field is not "
                              "maskable", f->name);
    }
    /* Both callers zero 'v' past the field and fill 'mask' with ones, so
     * the whole unions can be compared a word at a time. */
    if (masked && ((v->be64[0] & ~mask->be64[0])
                   | (v->be64[1] & ~mask->be64[1]))) {
        return ofct_error_set(err, OFPBMC_BAD_WILDCARDS, "%s: 1-bits in "
                              "value for bits wildcarded by the mask",
                              f->name);
    }
    if (!mf_is_value_valid(f, v)) {
        return ofct_error_set(err, OFPBMC_BAD_VALUE, "%s: bad value",
                              f->name);
    }
    if (!match_prereqs_ok(m, f)) {
        return ofct_error_set(err, OFPBMC_BAD_PREREQ, "%s: prerequisites "
                              "not met", f->name);
    }
    if (match_has_field(m, f)) {
        return ofct_error_set(err, OFPBMC_DUP_FIELD, "%s: duplicate field",
                              f->name);
    }
    return 0;
}

/* The one experimenter OXM ofct knows: ONFOXM_ET_TCP_FLAGS. */
static size_t
pull_experimenter(const uint8_t *p, size_t avail, struct match *m,
                  struct ofct_error *err)
{
    uint32_t header = get_be32(p);
    unsigned int len = NXM_LENGTH(header);
    bool masked = NXM_HASMASK(header);
    const struct mf_field *f = mf_from_id(MFF_TCP_FLAGS);
    union mf_value v, mask;

    if (avail < 8 || len + 4 > avail || len != 4 + 2 * (masked ? 2 : 1)) {
        ofct_error_set(err, OFPBMC_BAD_LEN, "experimenter match entry "
                       "truncated or of a bad length");
        return 0;
    }
    if (get_be32(p + 4) != ONF_EXPERIMENTER_ID
        || NXM_FIELD(header) != ONFOXM_TCP_FLAGS_FIELD) {
        ofct_error_set(err, OFPBMC_BAD_FIELD, "unknown experimenter match "
                       "entry %#010"PRIx32, header);
        return 0;
    }
    memset(&v, 0, sizeof v);
    memset(&mask, 0xff, sizeof mask);
    memcpy(v.b, p + 8, 2);
    if (masked) {
        memcpy(mask.b, p + 10, 2);
    }
    if (check_entry(f, &v, &mask, masked, m, err)) {
        return 0;
    }
    match_set_field(m, f, &v, &mask);
    return 4 + len;
}

/* Decodes the entry at 'p' ('avail' bytes left) into 'm' and returns its
 * length, or 0 with 'err' set. */
static size_t
pull_entry(const uint8_t *p, size_t avail, struct match *m,
           struct ofct_error *err)
{
    const struct mf_field *f;
    union mf_value v, mask;
    uint32_t header;
    unsigned int len;
    bool masked;

    if (avail < 4) {
        ofct_error_set(err, OFPBMC_BAD_LEN, "match entry truncated");
        return 0;
    }
    header = get_be32(p);
    len = NXM_LENGTH(header);
    if (NXM_CLASS(header) == OXM_EXPERIMENTER_CLASS) {
        return pull_experimenter(p, avail, m, err);
    }
    if (header == OXM_OF_PACKET_TYPE && avail >= 8) {
        if (get_be32(p + 4)) {
            ofct_error_set(err, OFPBMC_BAD_VALUE, "packet_type %#x is not "
                           "Ethernet", get_be32(p + 4));
            return 0;
        }
        m->packet_type_eth = true;
        return 8;
    }
    if (len + 4 > avail || !len) {
        ofct_error_set(err, OFPBMC_BAD_LEN, "match entry of %u bytes does "
                       "not fit in the %zu bytes left", len, avail - 4);
        return 0;
    }
    f = mf_from_header(header);
    if (!f) {
        ofct_error_set(err, header_is_known(header) ? OFPBMC_BAD_LEN
                                                    : OFPBMC_BAD_FIELD,
                       "unknown or malformed match entry %#010"PRIx32,
                       header);
        return 0;
    }
    masked = NXM_HASMASK(header);
    memset(&v, 0, sizeof v);
    memset(&mask, 0xff, sizeof mask);
    memcpy(v.b, p + 4, f->n_bytes);
    if (masked) {
        memcpy(mask.b, p + 4 + f->n_bytes, f->n_bytes);
    }
    if (check_entry(f, &v, &mask, masked, m, err)) {
        return 0;
    }
    match_set_field(m, f, &v, &mask);
    return 4 + len;
}

int
nx_pull_match(const uint8_t *p, size_t len, struct match *m,
              struct ofct_error *err)
{
    size_t ofs = 0;

    match_init_catchall(m);
    while (ofs < len) {
        size_t n = pull_entry(p + ofs, len - ofs, m, err);

        if (!n) {
            return -1;
        }
        ofs += n;
    }
    return 0;
}

static void
format_entry_name(uint32_t header, struct ofct_buf *out)
{
    uint32_t bare = header;
    const struct mf_field *f;

    if (NXM_HASMASK(header)) {
        bare = NXM_HEADER(NXM_CLASS(header), NXM_FIELD(header), 0,
                          NXM_LENGTH(header) / 2);
    }
    f = mf_from_header(header);
    if (f) {
        ofct_buf_puts(out, bare == f->nxm_header ? f->nxm_name
                                                 : f->oxm_name);
    } else if (header == OXM_OF_PACKET_TYPE) {
        ofct_buf_puts(out, "OXM_OF_PACKET_TYPE");
    } else {
        ofct_buf_printf(out, "%"PRIu32":%"PRIu32, NXM_CLASS(header),
                        NXM_FIELD(header));
    }
    if (NXM_HASMASK(header)) {
        ofct_buf_puts(out, "_W");
    }
}

void
nx_match_format_raw(const uint8_t *p, size_t len, struct ofct_buf *out)
{
    size_t ofs = 0;

    if (!len) {
        ofct_buf_puts(out, "<any>");
        return;
    }
    while (ofs + 4 <= len) {
        uint32_t header = get_be32(p + ofs);
        unsigned int n = NXM_LENGTH(header);

        if (ofs) {
            ofct_buf_puts(out, ", ");
        }
        if (ofs + 4 + n > len) {
            ofct_buf_puts(out, "<truncated>");
            return;
        }
        format_entry_name(header, out);
        ofct_buf_putc(out, '(');
        for (unsigned int i = 0; i < n; i++) {
            if (NXM_HASMASK(header) && i == n / 2) {
                ofct_buf_putc(out, '/');
            }
            ofct_buf_printf(out, "%02x", p[ofs + 4 + i]);
        }
        ofct_buf_putc(out, ')');
        ofs += 4 + n;
    }
}
