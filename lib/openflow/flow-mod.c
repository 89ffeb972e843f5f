/* flow_mod messages on the wire: OFPT_FLOW_MOD with an OpenFlow 1.0 match,
 * NXT_FLOW_MOD with an NXM match (OpenFlow 1.0), and OFPT_FLOW_MOD with an
 * OXM match and instructions (OpenFlow 1.2 to 1.5).
 *
 * Layouts after the 8-byte OpenFlow header:
 *   OF1.0: match(40) cookie(8) command(2) idle(2) hard(2) priority(2)
 *          buffer_id(4) out_port(2) flags(2), actions
 *   NXT:   vendor(4) subtype(4) cookie(8) command(2) idle(2) hard(2)
 *          priority(2) buffer_id(4) out_port(2) flags(2) match_len(2)
 *          pad(6), NXM padded to 8, actions
 *   OF1.1+: cookie(8) cookie_mask(8) table(1) command(1) idle(2) hard(2)
 *          priority(2) buffer_id(4) out_port(4) out_group(4) flags(2)
 *          importance(2, OF1.4+), match, instructions; the match is the
 *          88-byte OpenFlow 1.1 match (ofp11-match.c) in OpenFlow 1.1 and
 *          OXM padded to 8 from OpenFlow 1.2 on, and either version
 *          decodes both, as in OVS. */
#include <config.h>

#include <string.h>

#include "openflow/flow-mod.h"
#include "openflow/ofp-util.h"

#define OFPT_VENDOR 4
#define OFPT_FLOW_MOD 14
#define NXT_FLOW_MOD 13
#define OFP10_FLOW_MOD_LEN 72
#define NX_FLOW_MOD_LEN 48
#define OFP11_FLOW_MOD_LEN 48
#define OFPMT_STANDARD 0
#define OFPMT_OXM 1

static uint8_t *
put_header(struct ofct_buf *out, enum ofct_ofp_version version, uint8_t type,
           uint32_t xid, size_t body)
{
    uint8_t *p = ofct_buf_put_zeros(out, 8 + body);

    p[0] = version;
    p[1] = type;
    put_be32(p + 4, xid);
    return p;
}

static void
fix_length(struct ofct_buf *out, size_t start)
{
    put_be16(out->data + start + 2, out->size - start);
}

/* The command field of OpenFlow 1.0 messages, which carries the table in
 * its upper byte for the "+table_id" protocols. */
static uint16_t
tid_command(const struct ofct_flow_mod *fm, uint32_t protocol)
{
    return protocol & OFPUTIL_P_TID ? (fm->table_id << 8) | fm->command
                                    : fm->command;
}

static uint16_t
ofp10_flags(uint16_t flags)
{
    return (flags & OFPUTIL_FF_SEND_FLOW_REM ? 1 : 0)
           | (flags & OFPUTIL_FF_CHECK_OVERLAP ? 2 : 0)
           | (flags & OFPUTIL_FF_EMERG ? 4 : 0);
}

static uint16_t
ofp11_flags(uint16_t flags)
{
    return (flags & OFPUTIL_FF_SEND_FLOW_REM ? 1 : 0)
           | (flags & OFPUTIL_FF_CHECK_OVERLAP ? 2 : 0)
           | (flags & OFPUTIL_FF_RESET_COUNTS ? 4 : 0)
           | (flags & OFPUTIL_FF_NO_PKT_COUNTS ? 8 : 0)
           | (flags & OFPUTIL_FF_NO_BYT_COUNTS ? 16 : 0);
}

/* Fields shared by the OpenFlow 1.0 and NXM layouts, from 'cookie' on. */
static void
put_of10_params(uint8_t *p, const struct ofct_flow_mod *fm,
                uint32_t protocol)
{
    put_be64(p, fm->command == OFPFC_ADD ? fm->new_cookie : fm->cookie);
    put_be16(p + 8, tid_command(fm, protocol));
    put_be16(p + 10, fm->idle_timeout);
    put_be16(p + 12, fm->hard_timeout);
    put_be16(p + 14, fm->priority);
    put_be32(p + 16, fm->buffer_id);
    put_be16(p + 20, fm->out_port);
    put_be16(p + 22, ofp10_flags(fm->flags));
}

static int
put_actions(const struct ofct_flow_mod *fm, const struct ofct_buf *ofpacts,
            enum ofct_ofp_version version, struct ofct_buf *out,
            struct ofct_error *err)
{
    struct ofct_actions acts = { *ofpacts };

    (void) fm;
    return ofct_actions_encode_instructions(&acts, version, out, err);
}

static int
encode_of10(const struct ofct_flow_mod *fm, uint32_t protocol, uint32_t xid,
            struct ofct_buf *out, struct ofct_error *err)
{
    size_t start = out->size;
    uint8_t *p = put_header(out, OFCT_OFP10, OFPT_FLOW_MOD, xid,
                            OFP10_FLOW_MOD_LEN - 8);

    ofp10_match_put(&fm->match, p + 8);
    put_of10_params(p + 48, fm, protocol);
    if (put_actions(fm, &fm->ofpacts, OFCT_OFP10, out, err)) {
        return -1;
    }
    fix_length(out, start);
    return 0;
}

static int
encode_nxm(const struct ofct_flow_mod *fm, uint32_t protocol, uint32_t xid,
           struct ofct_buf *out, struct ofct_error *err)
{
    size_t start = out->size;
    size_t match_len;
    uint8_t *p = put_header(out, OFCT_OFP10, OFPT_VENDOR, xid,
                            NX_FLOW_MOD_LEN - 8);

    put_be32(p + 8, NX_VENDOR_ID);
    put_be32(p + 12, NXT_FLOW_MOD);
    put_of10_params(p + 16, fm, protocol);
    match_len = nx_put_match(&fm->match, 0, out);
    put_be16(out->data + start + 40, match_len);
    ofct_buf_pad(out, 8);
    if (put_actions(fm, &fm->ofpacts, OFCT_OFP10, out, err)) {
        return -1;
    }
    fix_length(out, start);
    return 0;
}

/* For OpenFlow 1.2+, mod_tp_src and mod_tp_dst become a set_field of
 * tcp_, udp_ or sctp_ ports, by the flow's nw_proto, as OVS encodes them.
 * Returns a rewritten copy of the actions in 'copy', or the originals. */
static const struct ofct_buf *
l4_ports_for_match(const struct ofct_flow_mod *fm, struct ofct_buf *copy)
{
    const struct ofpact *a;
    enum mf_id src, dst;

    switch (fm->match.flow.nw_proto) {
    case IPPROTO_UDP_:
        src = MFF_UDP_SRC, dst = MFF_UDP_DST;
        break;
    case IPPROTO_SCTP_:
        src = MFF_SCTP_SRC, dst = MFF_SCTP_DST;
        break;
    default:
        src = MFF_TCP_SRC, dst = MFF_TCP_DST;
        break;
    }
    ofct_buf_put(copy, fm->ofpacts.data, fm->ofpacts.size);
    OFPACT_FOR_EACH (a, (const struct ofpact *) copy->data, copy->size) {
        if (ofpact_is_legacy_set(a)) {
            struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);
            enum mf_id id = sf->field->id;

            if (id == MFF_TCP_SRC || id == MFF_TCP_DST) {
                sf->field = mf_from_id(id == MFF_TCP_SRC ? src : dst);
                sf->ofpact.raw = OFP_RAW_NONE;
            }
        }
    }
    return copy;
}

/* OpenFlow 1.1 and later: the parameters, then the match, OpenFlow 1.1's
 * own or OXM, then the instructions.  OpenFlow 1.1 has actions for the
 * transport ports (OFPAT11_SET_TP_SRC/DST) and needs no rewrite. */
static int
encode_of11_up(const struct ofct_flow_mod *fm, enum ofct_ofp_version version,
               uint32_t xid, struct ofct_buf *out, struct ofct_error *err)
{
    struct ofct_buf copy = OFCT_BUF_INITIALIZER;
    size_t start = out->size;
    size_t match_start, match_len;
    uint8_t *p = put_header(out, version, OFPT_FLOW_MOD, xid,
                            OFP11_FLOW_MOD_LEN - 8);
    bool adds = fm->command <= OFPFC_MODIFY_STRICT;
    const struct ofct_buf *acts;
    int retval;

    put_be64(p + 8, fm->command == OFPFC_ADD ? fm->new_cookie : fm->cookie);
    put_be64(p + 16, fm->cookie_mask);
    /* Table 255 means "all tables", which only deletes may use, and none
     * in OpenFlow 1.1. */
    p[24] = ((adds || version == OFCT_OFP11) && fm->table_id == OFPTT_ALL
             ? 0 : fm->table_id);
    p[25] = fm->command;
    put_be16(p + 26, fm->idle_timeout);
    put_be16(p + 28, fm->hard_timeout);
    put_be16(p + 30, fm->priority);
    put_be32(p + 32, fm->buffer_id);
    put_be32(p + 36, ofp_port_to_ofp11(fm->out_port));
    put_be32(p + 40, fm->out_group);
    put_be16(p + 44, ofp11_flags(fm->flags));
    put_be16(p + 46, version >= OFCT_OFP14 ? fm->importance : 0);

    if (version == OFCT_OFP11) {
        ofp11_match_put(&fm->match, ofct_buf_put_zeros(out, OFP11_MATCH_LEN));
        acts = &fm->ofpacts;
    } else {
        match_start = out->size;
        ofct_buf_put_zeros(out, 4);
        match_len = 4 + nx_put_match(&fm->match, version, out);
        put_be16(out->data + match_start, OFPMT_OXM);
        put_be16(out->data + match_start + 2, match_len);
        ofct_buf_pad(out, 8);
        acts = l4_ports_for_match(fm, &copy);
    }

    retval = put_actions(fm, acts, version, out, err);
    ofct_buf_uninit(&copy);
    if (!retval) {
        fix_length(out, start);
    }
    return retval;
}

int
ofct_flow_mod_encode(const struct ofct_flow_mod *fm, uint32_t protocol,
                     uint32_t xid, struct ofct_buf *out,
                     struct ofct_error *err)
{
    size_t start = out->size;
    int retval;

    ofct_error_clear(err);
    switch (protocol) {
    case OFCT_P_OF10_STD:
    case OFCT_P_OF10_STD_TID:
        retval = encode_of10(fm, protocol, xid, out, err);
        break;
    case OFCT_P_OF10_NXM:
    case OFCT_P_OF10_NXM_TID:
        retval = encode_nxm(fm, protocol, xid, out, err);
        break;
    case OFCT_P_OF11_STD:
    case OFCT_P_OF12_OXM:
    case OFCT_P_OF13_OXM:
    case OFCT_P_OF14_OXM:
    case OFCT_P_OF15_OXM:
        retval = encode_of11_up(fm, ofct_protocol_version(protocol), xid,
                                out, err);
        break;
    default:
        retval = ofct_error_set(err, OFCT_OK, "flow_mod encoding for %s is "
                                "not supported", ofct_protocol_to_string(
                                    protocol));
        break;
    }
    if (retval) {
        ofct_buf_truncate(out, start);
    }
    return retval;
}

/* ------------------------------------------------------------------ */
/* Decoding. */

static uint16_t
flags_from_ofp10(uint16_t raw)
{
    return (raw & 1 ? OFPUTIL_FF_SEND_FLOW_REM : 0)
           | (raw & 2 ? OFPUTIL_FF_CHECK_OVERLAP : 0)
           | (raw & 4 ? OFPUTIL_FF_EMERG : 0);
}

static uint16_t
flags_from_ofp11(uint16_t raw)
{
    return (raw & 1 ? OFPUTIL_FF_SEND_FLOW_REM : 0)
           | (raw & 2 ? OFPUTIL_FF_CHECK_OVERLAP : 0)
           | (raw & 4 ? OFPUTIL_FF_RESET_COUNTS : 0)
           | (raw & 8 ? OFPUTIL_FF_NO_PKT_COUNTS : 0)
           | (raw & 16 ? OFPUTIL_FF_NO_BYT_COUNTS : 0);
}

/* The OpenFlow 1.0 and NXM parameters from 'cookie' on.  The table is in
 * the command's upper byte, as OVS reads it when printing. */
static void
pull_of10_params(const uint8_t *p, struct ofct_flow_mod *fm)
{
    uint16_t command = get_be16(p + 8);
    uint64_t cookie = get_be64(p);

    fm->command = command & 0xff;
    fm->table_id = command >> 8;
    if (fm->command == OFPFC_ADD) {
        fm->new_cookie = cookie;
    } else {
        fm->cookie = cookie;
        fm->cookie_mask = UINT64_MAX;
        fm->new_cookie = UINT64_MAX;
    }
    fm->idle_timeout = get_be16(p + 10);
    fm->hard_timeout = get_be16(p + 12);
    fm->priority = get_be16(p + 14);
    fm->buffer_id = get_be32(p + 16);
    fm->out_port = get_be16(p + 20);
    fm->flags = flags_from_ofp10(get_be16(p + 22));
}

static int
pull_actions(struct ofct_flow_mod *fm, const uint8_t *p, size_t len,
             enum ofct_ofp_version version, struct ofct_error *err)
{
    struct ofct_actions acts = { fm->ofpacts };
    int retval;

    retval = version == OFCT_OFP10
             ? ofct_actions_decode(&acts, p, len, version, err)
             : ofct_actions_decode_instructions(&acts, p, len, version, err);
    fm->ofpacts = acts.ofpacts;
    return retval;
}

static int
decode_of10(struct ofct_flow_mod *fm, const uint8_t *msg, size_t len,
            struct ofct_error *err)
{
    if (len < OFP10_FLOW_MOD_LEN) {
        return ofct_error_set(err, OFPBRC_BAD_LEN, "OFPT_FLOW_MOD of %zu "
                              "bytes is shorter than %d", len,
                              OFP10_FLOW_MOD_LEN);
    }
    ofp10_match_pull(msg + 8, &fm->match);
    pull_of10_params(msg + 48, fm);
    if (!(get_be32(msg + 8) & 0x3fffff)) {
        /* OpenFlow 1.0: an exact-match flow has the highest priority. */
        fm->priority = UINT16_MAX;
    }
    return pull_actions(fm, msg + OFP10_FLOW_MOD_LEN,
                        len - OFP10_FLOW_MOD_LEN, OFCT_OFP10, err);
}

static int
decode_nxm(struct ofct_flow_mod *fm, const uint8_t *msg, size_t len,
           struct ofct_error *err)
{
    size_t match_len, padded;

    if (len < NX_FLOW_MOD_LEN) {
        return ofct_error_set(err, OFPBRC_BAD_LEN, "NXT_FLOW_MOD of %zu "
                              "bytes is shorter than %d", len,
                              NX_FLOW_MOD_LEN);
    }
    pull_of10_params(msg + 16, fm);
    match_len = get_be16(msg + 40);
    padded = (match_len + 7) / 8 * 8;
    if (padded > len - NX_FLOW_MOD_LEN) {
        return ofct_error_set(err, OFPBMC_BAD_LEN, "NXM match of %zu bytes "
                              "exceeds the message", match_len);
    }
    if (nx_pull_match(msg + NX_FLOW_MOD_LEN, match_len, &fm->match, err)) {
        return -1;
    }
    return pull_actions(fm, msg + NX_FLOW_MOD_LEN + padded,
                        len - NX_FLOW_MOD_LEN - padded, OFCT_OFP10, err);
}

/* The match of an OpenFlow 1.1+ flow_mod at 'omh', with 'room' bytes
 * left in the message: OpenFlow 1.1's own or OXM, in any of these
 * versions, as OVS reads it.  Sets '*padded' to the bytes it takes. */
static int
pull_of11_up_match(const uint8_t *omh, size_t room, struct match *m,
                   size_t *padded, struct ofct_error *err)
{
    size_t match_len;

    if (room < 4) {
        return ofct_error_set(err, OFPBMC_BAD_LEN, "flow_mod has no room "
                              "for its match");
    }
    match_len = get_be16(omh + 2);
    switch (get_be16(omh)) {
    case OFPMT_STANDARD:
        if (match_len != OFP11_MATCH_LEN || room < OFP11_MATCH_LEN) {
            return ofct_error_set(err, OFPBMC_BAD_LEN, "OpenFlow 1.1 match "
                                  "of %zu bytes", match_len);
        }
        *padded = OFP11_MATCH_LEN;
        return ofp11_match_pull(omh, m, err);
    case OFPMT_OXM:
        *padded = (match_len + 7) / 8 * 8;
        if (match_len < 4 || *padded > room) {
            return ofct_error_set(err, OFPBMC_BAD_LEN, "OXM match length "
                                  "%zu does not fit the message", match_len);
        }
        return nx_pull_match(omh + 4, match_len - 4, m, err);
    default:
        return ofct_error_set(err, OFPBMC_BAD_TYPE, "match type %u",
                              get_be16(omh));
    }
}

/* The flag bits each version defines. */
static uint16_t
of11_up_flags_allowed(uint8_t version)
{
    return (version == OFCT_OFP11 ? 0x3
            : version == OFCT_OFP12 ? 0x7 : 0x1f);
}

/* The parameters around the match, checked in the order OVS checks them
 * (table, out_port, command; the flags come after the actions). */
static int
pull_of11_up_params(const uint8_t *p, struct ofct_flow_mod *fm,
                    uint8_t version, struct ofct_error *err)
{
    uint32_t out_port = get_be32(p + 36);
    uint64_t cookie = get_be64(p + 8);
    uint64_t cookie_mask = get_be64(p + 16);
    bool deletes;

    fm->table_id = p[24];
    fm->command = p[25];
    deletes = (fm->command == OFPFC_DELETE
               || fm->command == OFPFC_DELETE_STRICT);
    if (fm->command == OFPFC_ADD
        || (version == OFCT_OFP11 && !cookie_mask
            && (fm->command == OFPFC_MODIFY
                || fm->command == OFPFC_MODIFY_STRICT))) {
        /* An add sets the cookie and matches none; so does a modify that
         * does not match on the cookie in OpenFlow 1.1 (it may add). */
        fm->new_cookie = cookie;
        fm->cookie = fm->cookie_mask = 0;
    } else {
        fm->cookie = cookie;
        fm->cookie_mask = cookie_mask;
        fm->new_cookie = UINT64_MAX;
    }
    if (fm->table_id == OFPTT_ALL && (version == OFCT_OFP11 || !deletes)) {
        return ofct_error_set(err, OFPFMFC_BAD_TABLE_ID, "table 255 is "
                              "only for deletes, from OpenFlow 1.2 on");
    }
    fm->idle_timeout = get_be16(p + 26);
    fm->hard_timeout = get_be16(p + 28);
    fm->priority = get_be16(p + 30);
    fm->buffer_id = get_be32(p + 32);
    if (!ofp_port_from_ofp11(out_port, &fm->out_port)) {
        return ofct_error_set(err, OFPBAC_BAD_OUT_PORT, "out_port 0x%x is "
                              "not a port", (unsigned int) out_port);
    }
    fm->out_group = get_be32(p + 40);
    fm->importance = version >= OFCT_OFP14 ? get_be16(p + 46) : 0;
    if (fm->command > OFPFC_DELETE_STRICT) {
        return ofct_error_set(err, OFPFMFC_BAD_COMMAND, "flow_mod command "
                              "%u", fm->command);
    }
    return 0;
}

static int
decode_of11_up(struct ofct_flow_mod *fm, const uint8_t *msg, size_t len,
               struct ofct_error *err)
{
    uint8_t version = msg[0];
    uint16_t raw_flags;
    size_t padded = 0;

    if (len < OFP11_FLOW_MOD_LEN) {
        return ofct_error_set(err, OFPBRC_BAD_LEN, "OFPT_FLOW_MOD of %zu "
                              "bytes is too short", len);
    }
    if (pull_of11_up_match(msg + OFP11_FLOW_MOD_LEN,
                           len - OFP11_FLOW_MOD_LEN, &fm->match, &padded,
                           err)
        || pull_of11_up_params(msg, fm, version, err)
        || pull_actions(fm, msg + OFP11_FLOW_MOD_LEN + padded,
                        len - OFP11_FLOW_MOD_LEN - padded, version, err)) {
        return -1;
    }
    raw_flags = get_be16(msg + 44);
    if (raw_flags & ~of11_up_flags_allowed(version)) {
        return ofct_error_set(err, OFPFMFC_BAD_FLAGS, "flow_mod flags "
                              "0x%x", raw_flags);
    }
    fm->flags = flags_from_ofp11(raw_flags);
    return 0;
}

int
flow_mod_decode(struct ofct_flow_mod *fm, const uint8_t *msg, size_t len,
                struct ofct_error *err)
{
    uint8_t version = msg[0], type = msg[1];
    uint32_t usable = OFCT_P_ANY;
    int retval;

    flow_mod_init(fm);
    if (version == OFCT_OFP10 && type == OFPT_FLOW_MOD) {
        retval = decode_of10(fm, msg, len, err);
    } else if (version == OFCT_OFP10 && type == OFPT_VENDOR) {
        retval = decode_nxm(fm, msg, len, err);
    } else if (version >= OFCT_OFP11 && version <= OFCT_OFP15
               && type == OFPT_FLOW_MOD) {
        retval = decode_of11_up(fm, msg, len, err);
    } else {
        retval = ofct_error_set(err, OFPBRC_BAD_TYPE, "not a flow_mod that "
                                "ofct decodes");
    }
    if (!retval) {
        /* OVS checks the actions against the match as it decodes. */
        retval = ofpacts_check_match((const struct ofpact *) fm->ofpacts.data,
                                     fm->ofpacts.size, &fm->match,
                                     fm->table_id, &usable, err);
    }
    return retval;
}
