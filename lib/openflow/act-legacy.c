/* The pre-OpenFlow-1.2 header-rewrite actions (mod_dl_src, mod_nw_src,
 * mod_nw_tos, mod_nw_ecn, mod_nw_ttl, mod_tp_src, ...).  In the IR each is
 * a set_field record whose 'raw' names the legacy form, because that is
 * what it means; the legacy wire form is used where OVS uses it: for
 * OpenFlow 1.0/1.1, for set_field to these fields too. */
#include <config.h>

#include <arpa/inet.h>
#include <string.h>
#include <strings.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"

#define OFPVID12_PRESENT 0x1000

/* How one legacy action looks in text and on the wire.  'type10' and
 * 'type11' are 0 when the version has no such action. */
struct legacy_set {
    const char *name;            /* mod_... */
    const char *name11;          /* Name of the OpenFlow 1.1 form, if it
                                  * means something else (set_vlan_vid
                                  * never pushes a VLAN header). */
    enum mf_id field;
    enum ofp_raw_action raw10, raw11;
    uint16_t type10, type11;
    uint16_t size;               /* 16 for MAC addresses, else 8 */
};

static const struct legacy_set legacy_sets[] = {
    { "mod_vlan_vid", "set_vlan_vid", MFF_VLAN_VID,
      OFP_RAW_OFPAT10_SET_VLAN_VID, OFP_RAW_OFPAT11_SET_VLAN_VID, 1, 1, 8 },
    { "mod_vlan_pcp", "set_vlan_pcp", MFF_VLAN_PCP,
      OFP_RAW_OFPAT10_SET_VLAN_PCP, OFP_RAW_OFPAT11_SET_VLAN_PCP, 2, 2, 8 },
    { "mod_dl_src", NULL, MFF_ETH_SRC, OFP_RAW_OFPAT10_SET_DL_SRC,
      OFP_RAW_OFPAT11_SET_DL_SRC, 4, 3, 16 },
    { "mod_dl_dst", NULL, MFF_ETH_DST, OFP_RAW_OFPAT10_SET_DL_DST,
      OFP_RAW_OFPAT11_SET_DL_DST, 5, 4, 16 },
    { "mod_nw_src", NULL, MFF_IPV4_SRC, OFP_RAW_OFPAT10_SET_NW_SRC,
      OFP_RAW_OFPAT11_SET_NW_SRC, 6, 5, 8 },
    { "mod_nw_dst", NULL, MFF_IPV4_DST, OFP_RAW_OFPAT10_SET_NW_DST,
      OFP_RAW_OFPAT11_SET_NW_DST, 7, 6, 8 },
    { "mod_nw_tos", NULL, MFF_IP_DSCP, OFP_RAW_OFPAT10_SET_NW_TOS,
      OFP_RAW_OFPAT11_SET_NW_TOS, 8, 7, 8 },
    { "mod_nw_ecn", NULL, MFF_IP_ECN, OFP_RAW_NONE, OFP_RAW_OFPAT11_SET_NW_ECN,
      0, 8, 8 },
    { "mod_tp_src", NULL, MFF_TCP_SRC, OFP_RAW_OFPAT10_SET_TP_SRC,
      OFP_RAW_OFPAT11_SET_TP_SRC, 9, 9, 8 },
    { "mod_tp_dst", NULL, MFF_TCP_DST, OFP_RAW_OFPAT10_SET_TP_DST,
      OFP_RAW_OFPAT11_SET_TP_DST, 10, 10, 8 },
    { "mod_nw_ttl", NULL, MFF_IP_TTL, OFP_RAW_NONE, OFP_RAW_OFPAT11_SET_NW_TTL,
      0, 23, 8 },
};
#define N_LEGACY (sizeof legacy_sets / sizeof *legacy_sets)

static const struct legacy_set *
legacy_by_raw(enum ofp_raw_action raw)
{
    for (size_t i = 0; i < N_LEGACY; i++) {
        if (raw && (legacy_sets[i].raw10 == raw
                    || legacy_sets[i].raw11 == raw)) {
            return &legacy_sets[i];
        }
    }
    return NULL;
}

static const struct legacy_set *
legacy_by_field(enum mf_id field)
{
    for (size_t i = 0; i < N_LEGACY; i++) {
        if (legacy_sets[i].field == field) {
            return &legacy_sets[i];
        }
    }
    return NULL;
}

bool
ofpact_is_legacy_set(const struct ofpact *a)
{
    return a->type == OFPACT_SET_FIELD && legacy_by_raw(a->raw);
}

const char *
ofpact_legacy_name(const struct ofpact *a)
{
    const struct legacy_set *ls = legacy_by_raw(a->raw);

    return a->raw == ls->raw11 && ls->name11 ? ls->name11 : ls->name;
}

/* ------------------------------------------------------------------ */
/* Text. */

static struct ofpact_set_field *
put_legacy(struct ofct_buf *b, const struct legacy_set *ls)
{
    struct ofpact_set_field *sf = ofpact_put_SET_FIELD(b);
    const struct mf_field *f = mf_from_id(ls->field);

    sf->ofpact.raw = ls->raw10 ? ls->raw10 : ls->raw11;
    sf->field = f;
    memset(sf->mask.b, 0xff, f->n_bytes);
    return sf;
}

static int
parse_legacy_value(const struct legacy_set *ls, const char *arg,
                   union mf_value *v, struct ofct_error *err)
{
    uint32_t ip;
    uint8_t u8;
    uint16_t u16;

    memset(v, 0, sizeof *v);
    switch (ls->field) {
    case MFF_VLAN_VID:
        if (str_to_u16(arg, "VLAN VID", &u16, err)) {
            return -1;
        }
        if (u16 > 0xfff) {
            return ofct_error_set(err, OFCT_OK, "%s: not a valid VLAN VID",
                                  arg);
        }
        put_be16(v->b, u16 | OFPVID12_PRESENT);
        return 0;
    case MFF_VLAN_PCP:
        if (str_to_u8(arg, "VLAN PCP", &u8, err)) {
            return -1;
        }
        if (u8 > 7) {
            return ofct_error_set(err, OFCT_OK, "%s: not a valid VLAN PCP",
                                  arg);
        }
        v->b[0] = u8;
        return 0;
    case MFF_ETH_SRC:
    case MFF_ETH_DST:
        if (mf_parse_value(mf_from_id(ls->field), arg, v, NULL)) {
            return ofct_error_set(err, OFCT_OK, "invalid mac address %s",
                                  arg);
        }
        return 0;
    case MFF_IPV4_SRC:
    case MFF_IPV4_DST:
        if (inet_pton(AF_INET, arg, &ip) != 1) {
            return ofct_error_set(err, OFCT_OK, "%s: could not convert to IP "
                                  "address", arg);
        }
        memcpy(v->b, &ip, 4);
        return 0;
    case MFF_IP_DSCP:
        if (str_to_u8(arg, "TOS", &u8, err)) {
            return -1;
        }
        if (u8 & 3) {
            return ofct_error_set(err, OFCT_OK, "%s: not a valid TOS", arg);
        }
        v->b[0] = u8;
        return 0;
    case MFF_IP_ECN:
        if (str_to_u8(arg, "ECN", &u8, err)) {
            return -1;
        }
        if (u8 & ~3) {
            return ofct_error_set(err, OFCT_OK, "%s: not a valid ECN", arg);
        }
        v->b[0] = u8;
        return 0;
    case MFF_IP_TTL:
        if (str_to_u8(arg, "TTL", &u8, err)) {
            return -1;
        }
        v->b[0] = u8;
        return 0;
    default:
        if (str_to_u16(arg, ls->field == MFF_TCP_SRC ? "source port"
                       : "destination port", &u16, err)) {
            return -1;
        }
        put_be16(v->b, u16);
        return 0;
    }
}

/* Returns 1 if 'key' is not a legacy action name. */
int
parse_legacy_set(const char *key, char *arg, struct ofpact_parse_ctx *ctx,
                 struct ofct_error *err)
{
    for (size_t i = 0; i < N_LEGACY; i++) {
        const struct legacy_set *ls = &legacy_sets[i];
        union mf_value v;

        bool is11 = ls->name11 && !strcasecmp(key, ls->name11);

        if (is11 || !strcasecmp(key, ls->name)) {
            struct ofpact_set_field *sf;

            if (parse_legacy_value(ls, arg, &v, err)) {
                return -1;
            }
            sf = put_legacy(ctx->ofpacts, ls);
            sf->value = v;
            if (is11) {
                sf->ofpact.raw = ls->raw11;
            }
            return 0;
        }
    }
    return 1;
}

void
format_legacy_set(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);
    const struct legacy_set *ls = legacy_by_raw(a->raw);

    ofct_buf_printf(out, "%s:", ofpact_legacy_name(a));
    switch (ls->field) {
    case MFF_VLAN_VID:
        ofct_buf_printf(out, "%u", get_be16(sf->value.b) & 0xfff);
        break;
    case MFF_VLAN_PCP:
    case MFF_IP_DSCP:
    case MFF_IP_ECN:
    case MFF_IP_TTL:
        ofct_buf_printf(out, "%u", sf->value.b[0]);
        break;
    case MFF_TCP_SRC:
    case MFF_TCP_DST:
        ofct_buf_printf(out, "%u", get_be16(sf->value.b));
        break;
    default:
        mf_format(sf->field, &sf->value, NULL, out);
        break;
    }
}

/* ------------------------------------------------------------------ */
/* Wire. */

static void
put_legacy_wire(const struct legacy_set *ls, const struct ofpact_set_field *sf,
                enum ofct_ofp_version version, struct ofct_buf *out)
{
    uint16_t type = version == OFCT_OFP10 ? ls->type10 : ls->type11;
    uint8_t *p = ofpact_put_std_header(out, type, ls->size);

    memcpy(p + 4, sf->value.b, sf->field->n_bytes);
    if (ls->field == MFF_VLAN_VID) {
        put_be16(p + 4, get_be16(sf->value.b) & 0xfff);
    }
}

/* Encodes 'sf' in a legacy form if OVS would for 'version'.  Returns 1 if
 * it would not (the caller then uses set_field or reg_load). */
int
encode_legacy_set(const struct ofpact_set_field *sf,
                  enum ofct_ofp_version version, struct ofct_buf *out,
                  struct ofct_error *err)
{
    enum ofp_raw_action raw = sf->ofpact.raw;
    const struct legacy_set *ls = legacy_by_raw(raw);
    enum mf_id id = sf->field->id;
    union mf_value tos;

    if (!ls && version <= OFCT_OFP11 && raw != OFP_RAW_NXAST_REG_LOAD
        && mf_is_all_ones(sf->mask.b, sf->field->n_bytes)) {
        /* A full set_field in OpenFlow 1.0/1.1: the legacy action if the
         * field has one.  ip_dscp is nw_tos shifted; UDP ports share the
         * TCP port actions. */
        if (id == MFF_IP_DSCP_SHIFTED) {
            struct ofpact_set_field copy = *sf;
            memset(&tos, 0, sizeof tos);
            tos.b[0] = sf->value.b[0] << 2;
            copy.field = mf_from_id(MFF_IP_DSCP);
            copy.value = tos;
            return encode_legacy_set(&copy, version, out, err);
        }
        id = id == MFF_UDP_SRC ? MFF_TCP_SRC : id == MFF_UDP_DST ? MFF_TCP_DST
             : id;
        ls = legacy_by_field(id);
        if (ls && ls->field != MFF_IP_TTL
            && (version == OFCT_OFP10 ? ls->type10 : ls->type11)) {
            put_legacy_wire(ls, sf, version, out);
            return 0;
        }
        return 1;
    }
    if (!ls) {
        return 1;
    }
    if (ls->name11 && raw == ls->raw10 && version > OFCT_OFP10) {
        /* OVS pushes a VLAN header first when the flow has none, which
         * depends on the flow's match. */
        return ofct_error_set(err, OFCT_OK, "%s pushes a VLAN header when "
                              "needed in %s, which ofct does not implement; "
                              "use %s", ls->name,
                              ofct_ofp_version_to_string(version),
                              ls->name11);
    }
    if (version <= OFCT_OFP11 || ls->field == MFF_IP_TTL) {
        if (!(version == OFCT_OFP10 ? ls->type10 : ls->type11)) {
            return 1;         /* mod_nw_ecn/ttl in 1.0: a reg_load */
        }
        put_legacy_wire(ls, sf, version, out);
        return 0;
    }
    if (ls->field == MFF_TCP_SRC || ls->field == MFF_TCP_DST) {
        /* With a flow, OVS writes a set_field of tcp_, udp_ or sctp_ per
         * its match (the flow layer does that); without one, as here, it
         * writes the OpenFlow 1.1 action, which 1.2+ still accept. */
        put_legacy_wire(ls, sf, OFCT_OFP11, out);
        return 0;
    }
    return 1;
}

static int
decode_legacy(const uint8_t *a, enum ofp_raw_action raw,
              struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    const struct legacy_set *ls = legacy_by_raw(raw);
    const struct mf_field *f = mf_from_id(ls->field);
    struct ofpact_set_field *sf;

    if ((ls->field == MFF_VLAN_VID && get_be16(a + 4) > 0xfff)
        || (ls->field == MFF_VLAN_PCP && a[4] > 7)) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "%s: value out of "
                              "range", ofp_raw_name(raw));
    }
    if (ls->field == MFF_IP_DSCP && a[4] & 3) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "%s: TOS %#x has ECN "
                              "bits set", ofp_raw_name(raw), a[4]);
    }
    if (ls->field == MFF_IP_ECN && a[4] & ~3) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "%s: ECN %#x is not "
                              "a valid ECN value", ofp_raw_name(raw), a[4]);
    }
    sf = ofpact_put_SET_FIELD(ctx->ofpacts);
    sf->ofpact.raw = raw;
    sf->field = f;
    memcpy(sf->value.b, a + 4, f->n_bytes);
    memset(sf->mask.b, 0xff, f->n_bytes);
    if (ls->field == MFF_VLAN_VID) {
        put_be16(sf->value.b, get_be16(a + 4) | OFPVID12_PRESENT);
    }
    return 0;
}

#define LEGACY_DECODER(ENUM)                                            \
    int                                                                 \
    decode_##ENUM(const uint8_t *a, size_t len,                         \
                  struct ofpact_decode_ctx *ctx, struct ofct_error *err) \
    {                                                                   \
        return decode_legacy(a, OFP_RAW_##ENUM, ctx, err);              \
    }
LEGACY_DECODER(OFPAT10_SET_VLAN_VID)
LEGACY_DECODER(OFPAT10_SET_VLAN_PCP)
LEGACY_DECODER(OFPAT11_SET_VLAN_VID)
LEGACY_DECODER(OFPAT11_SET_VLAN_PCP)
LEGACY_DECODER(OFPAT10_SET_DL_SRC)
LEGACY_DECODER(OFPAT10_SET_DL_DST)
LEGACY_DECODER(OFPAT10_SET_NW_SRC)
LEGACY_DECODER(OFPAT10_SET_NW_DST)
LEGACY_DECODER(OFPAT10_SET_NW_TOS)
LEGACY_DECODER(OFPAT10_SET_TP_SRC)
LEGACY_DECODER(OFPAT10_SET_TP_DST)
LEGACY_DECODER(OFPAT11_SET_DL_SRC)
LEGACY_DECODER(OFPAT11_SET_DL_DST)
LEGACY_DECODER(OFPAT11_SET_NW_SRC)
LEGACY_DECODER(OFPAT11_SET_NW_DST)
LEGACY_DECODER(OFPAT11_SET_NW_TOS)
LEGACY_DECODER(OFPAT11_SET_NW_ECN)
LEGACY_DECODER(OFPAT11_SET_TP_SRC)
LEGACY_DECODER(OFPAT11_SET_TP_DST)
LEGACY_DECODER(OFPAT11_SET_NW_TTL)
