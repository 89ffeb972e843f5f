/* The field table: every field that matches and actions name, with its OVS
 * names, NXM/OXM headers, width, maskability, text format and
 * prerequisites.  One table (meta-field.c) is the single source of these
 * facts; everything else looks fields up here. */
#ifndef OFCT_LIB_OPENFLOW_META_FIELD_H
#define OFCT_LIB_OPENFLOW_META_FIELD_H 1

#include <stdbool.h>
#include <stdint.h>

#include "ofct/openflow.h"
#include "ofct/util.h"

/* Field identifiers.  The order is the order of the table in meta-field.c,
 * which follows Open vSwitch's meta-flow order (so that anything that
 * prints fields "in canonical order" can iterate by id). */
enum mf_id {
    MFF_IN_PORT,            /* in_port, 16-bit (NXM_OF_IN_PORT) */
    MFF_IN_PORT_OXM,        /* in_port_oxm, 32-bit (OXM_OF_IN_PORT) */
    MFF_METADATA,           /* metadata, 64-bit */
    MFF_PKT_MARK,           /* pkt_mark, 32-bit */
    MFF_CT_STATE, MFF_CT_ZONE, MFF_CT_MARK, MFF_CT_LABEL,
    MFF_CT_NW_PROTO, MFF_CT_NW_SRC, MFF_CT_NW_DST,
    MFF_CT_IPV6_SRC, MFF_CT_IPV6_DST, MFF_CT_TP_SRC, MFF_CT_TP_DST,
    MFF_REG0, MFF_REG1, MFF_REG2, MFF_REG3, MFF_REG4, MFF_REG5, MFF_REG6,
    MFF_REG7, MFF_REG8, MFF_REG9, MFF_REG10, MFF_REG11, MFF_REG12,
    MFF_REG13, MFF_REG14, MFF_REG15,
    MFF_XREG0, MFF_XREG1, MFF_XREG2, MFF_XREG3, MFF_XREG4, MFF_XREG5,
    MFF_XREG6, MFF_XREG7,
    MFF_XXREG0, MFF_XXREG1, MFF_XXREG2, MFF_XXREG3,
    MFF_ETH_SRC, MFF_ETH_DST, MFF_ETH_TYPE,
    MFF_VLAN_TCI, MFF_DL_VLAN, MFF_VLAN_VID, MFF_DL_VLAN_PCP, MFF_VLAN_PCP,
    MFF_IPV4_SRC, MFF_IPV4_DST, MFF_IPV6_SRC, MFF_IPV6_DST, MFF_IPV6_LABEL,
    /* As in OVS, MFF_IP_DSCP is "nw_tos" (the whole 8-bit TOS byte with the
     * ECN bits zero) and MFF_IP_DSCP_SHIFTED is "ip_dscp" (6 bits). */
    MFF_IP_PROTO, MFF_IP_DSCP, MFF_IP_DSCP_SHIFTED, MFF_IP_ECN, MFF_IP_TTL,
    MFF_IP_FRAG,
    MFF_ARP_OP, MFF_ARP_SPA, MFF_ARP_TPA, MFF_ARP_SHA, MFF_ARP_THA,
    MFF_TCP_SRC, MFF_TCP_DST, MFF_TCP_FLAGS,
    MFF_UDP_SRC, MFF_UDP_DST,
    MFF_SCTP_SRC, MFF_SCTP_DST,
    MFF_ICMPV4_TYPE, MFF_ICMPV4_CODE,
    MFF_ICMPV6_TYPE, MFF_ICMPV6_CODE,
    MFF_ND_TARGET, MFF_ND_SLL, MFF_ND_TLL,
    MFF_N_IDS
};

/* How a field's value is written in text. */
enum mf_string {
    MFS_DECIMAL,
    MFS_HEXADECIMAL,
    MFS_CT_STATE,       /* "+trk+new" flags or a number */
    MFS_ETHERNET,
    MFS_IPV4,
    MFS_IPV6,
    MFS_OFP_PORT,       /* 16-bit OpenFlow port: number or LOCAL, ... */
    MFS_OFP_PORT_OXM,   /* 32-bit OpenFlow port */
    MFS_FRAG,           /* no, yes, first, later, not_later */
    MFS_TCP_FLAGS,      /* "+syn-ack" flags or a number */
};

/* Prerequisites, as OVS's MFP_*. */
enum mf_prereq {
    MFP_NONE, MFP_ETHERNET, MFP_ARP, MFP_VLAN_VID, MFP_IPV4, MFP_IPV6,
    MFP_IP_ANY, MFP_CT_VALID, MFP_TCP, MFP_UDP, MFP_SCTP, MFP_ICMPV4,
    MFP_ICMPV6, MFP_ND, MFP_ND_SOLICIT, MFP_ND_ADVERT,
};

/* NXM/OXM header: class (16 bits), field (7 bits), hasmask (1 bit),
 * length (8 bits), as on the wire; experimenter OXMs are not used by the
 * fields in this table. */
#define NXM_HEADER(CLASS, FIELD, HASMASK, LEN) \
    (((uint32_t) (CLASS) << 16) | ((FIELD) << 9) | ((HASMASK) << 8) | (LEN))
#define NXM_CLASS(H)   ((H) >> 16)
#define NXM_FIELD(H)   (((H) >> 9) & 0x7f)
#define NXM_HASMASK(H) (((H) >> 8) & 1)
#define NXM_LENGTH(H)  ((H) & 0xff)

struct mf_field {
    enum mf_id id;
    const char *name;        /* OVS's primary name: "eth_src", "ct_mark" */
    const char *extra_name;  /* Alternate name: "dl_src", or NULL */
    uint8_t n_bytes;         /* Width in bytes (value is big-endian). */
    uint16_t n_bits;         /* Width in bits (<= 8 * n_bytes). */
    bool maskable;           /* Arbitrary bitwise masks allowed in matches. */
    enum mf_string string;
    enum mf_prereq prereq;
    bool writable;           /* Can be set by set_field/load/move. */

    /* Header used in NXM (OpenFlow 1.0 NXM matches, NXAST_REG_LOAD/MOVE):
     * the first header OVS lists for the field, and its name. */
    uint32_t nxm_header;
    const char *nxm_name;
    /* Header used in OXM from 'oxm_version' on (0 if the field has no
     * standard OXM and always uses 'nxm_header'). */
    uint32_t oxm_header;
    const char *oxm_name;
    enum ofct_ofp_version oxm_version;
};

/* Field values: big-endian bytes, 'n_bytes' of them. */
union mf_value {
    uint8_t b[16];
    uint64_t be64[2];
};

/* The field table, indexed by id (meta-field.c). */
extern const struct mf_field mf_fields[MFF_N_IDS];

/* The field with identifier 'id', or NULL if 'id' is out of range.
 * Inline: encoders and printers ask for a field's width and header for
 * every field of every match. */
static inline const struct mf_field *
mf_from_id(enum mf_id id)
{
    return (unsigned int) id < MFF_N_IDS ? &mf_fields[id] : NULL;
}
/* Looks a field up by OVS name, alternate name or NXM/OXM name (e.g.
 * "ct_mark", "NXM_NX_CT_MARK", "OXM_OF_ETH_SRC", "ONFOXM_ET_TCP_FLAGS"),
 * case-sensitive as OVS is; NULL if none.  'len' is the length of 'name'
 * (it need not be NUL-terminated).  No "_W" suffix: see
 * mf_from_nxm_name_len(). */
const struct mf_field *mf_from_name_len(const char *name, size_t len);
const struct mf_field *mf_from_name(const char *name);
/* Looks a field up by OVS name or alternate name only ("eth_src",
 * "dl_src").  Match keywords and set_field accept only these: ovs-ofctl
 * rejects "set_field:1->NXM_NX_REG0" ("... is not a valid OXM field name")
 * and "NXM_NX_REG0=1" as a match ("unknown keyword"). */
const struct mf_field *mf_from_ovs_name_len(const char *name, size_t len);
const struct mf_field *mf_from_ovs_name(const char *name);
/* Looks a field up by NXM/OXM name only.  A "_W" suffix (the masked form,
 * "NXM_NX_REG0_W") is accepted and sets '*masked' (which may be NULL); OVS
 * accepts it in subfields, but never after an OVS name ("reg0_W"). */
const struct mf_field *mf_from_nxm_name_len(const char *name, size_t len,
                                            bool *masked);
/* Looks up the field whose NXM or OXM header equals 'header', ignoring the
 * hasmask bit.  The length in 'header' must be the field's width in bytes
 * when hasmask is 0 and twice that when hasmask is 1 (value and mask);
 * anything else matches nothing.  NULL if none. */
const struct mf_field *mf_from_header(uint32_t header);
/* OVS's name of the field that 'header' names ("tun_id") if Open vSwitch
 * knows it and ofct's table does not (mf-unsupported.c, generated by
 * tools/probe-ovs-fields.sh from ovs-ofctl), else NULL.  'experimenter' is
 * the experimenter ID that follows a header of class 0xffff, ignored for
 * other classes.  A header with the hasmask bit counts half its length,
 * as in ofpact_field_from_nxm_header(). */
const char *mf_unsupported_name(uint32_t header, uint32_t experimenter);
/* The header to put on the wire for 'f' in 'version' (0 = NXM, as in
 * NXAST_REG_LOAD and OpenFlow 1.0 NXM matches), unmasked: 'oxm_header'
 * from 'oxm_version' on, 'nxm_header' before.  0 for a field with no
 * header at all (dl_vlan, dl_vlan_pcp: OpenFlow 1.0 match fields only). */
uint32_t mf_header(const struct mf_field *f, enum ofct_ofp_version version);
/* The name of the header that mf_header() returns ("OXM_OF_ETH_SRC" from
 * OpenFlow 1.2 on, "NXM_OF_ETH_SRC" before), or the OVS name for a field
 * without a header. */
const char *mf_header_name(const struct mf_field *f,
                           enum ofct_ofp_version version);
/* The name of 'f' as OVS prints it in a subfield ("NXM_NX_REG0",
 * "OXM_OF_METADATA", or the OVS name for a field without a header). */
const char *mf_subfield_name(const struct mf_field *f);

/* True if 'f' is a connection-tracking field that only ct(exec(...)) may
 * write (ct_mark, ct_label). */
bool mf_is_ct_writable(const struct mf_field *f);

/* Parses text 's' as a value (and optional "/mask") of 'f', as the match
 * and set_field syntax of ovs-ofctl do.  'mask' is set to all-ones when no
 * mask is given.  Returns 0, or -1 with the ovs-ofctl message in 'err'. */
int mf_parse(const struct mf_field *f, const char *s,
             union mf_value *value, union mf_value *mask,
             struct ofct_error *err);
/* Parses 's' as a value without mask. */
int mf_parse_value(const struct mf_field *f, const char *s,
                   union mf_value *value, struct ofct_error *err);
/* Appends 'value' (and "/mask" unless 'mask' is NULL or all-ones) in the
 * text form ovs-ofctl prints for 'f'. */
void mf_format(const struct mf_field *f, const union mf_value *value,
               const union mf_value *mask, struct ofct_buf *out);
/* Appends 'value' as Open vSwitch's mf_format() prints a value without a
 * mask in its messages ("value 0x1f does not fit into 4 bits"): as
 * mf_format(), except that ct_state shows each of its 32 bits
 * ("+new-est-...-[Unknown]"), as no match prints it. */
void mf_format_value(const struct mf_field *f, const union mf_value *value,
                     struct ofct_buf *out);
/* True if 'value' fits in 'f' (e.g. a 12-bit VLAN VID, a valid ip_frag). */
bool mf_is_value_valid(const struct mf_field *f, const union mf_value *v);

/* A contiguous range of bits within a field. */
struct mf_subfield {
    const struct mf_field *field;
    unsigned int ofs;     /* Bit offset of least-significant bit. */
    unsigned int n_bits;  /* Number of bits (>= 1). */
};

/* Parses "FIELD[]", "FIELD[a..b]" or "FIELD[n]" at '*sp', advancing '*sp'
 * past it.  FIELD is an OVS name or NXM/OXM name.  Errors carry OVS's
 * messages ("FOO: unknown field `FOO'", "...: missing [ looking for field
 * name", ...). */
int mf_parse_subfield(struct mf_subfield *sf, const char **sp,
                      struct ofct_error *err);
/* Parses 's', the value of subfield 'sf' in a match ("reg0[0..3]=5"), as
 * Open vSwitch's parse_int_string() does: "0x" and any number of hex
 * digits, or what strtoull() reads in base 0 ("010" is 8, "-1" is all
 * ones), no mask, and no more than the field's width.  On success
 * '*value' holds the number in the field's width (bit 0 is the subfield's
 * first bit).  Errors quote 'name', the subfield as written: "cannot parse
 * integer value: S" and "value V does not fit into N bits". */
int mf_parse_subfield_int(const struct mf_subfield *sf, const char *name,
                          const char *s, union mf_value *value,
                          struct ofct_error *err);
/* Appends the subfield as OVS prints it: "NXM_NX_REG0[0..15]",
 * "NXM_NX_CT_MARK[]", "NXM_NX_REG0[3]". */
void mf_format_subfield(const struct mf_subfield *sf, struct ofct_buf *out);

/* Bit helpers over big-endian values of 'n_bytes' bytes: bit 0 is the least
 * significant bit of the last byte.  A bit beyond the value reads as 0 and
 * is not written. */
/* Inline: the codecs walk values a bit at a time (load segments of a
 * 128-bit ct_label), millions of calls in a large flow table. */
static inline bool
mf_bit_is_set(const uint8_t *v, unsigned int n_bytes, unsigned int ofs)
{
    if (ofs / 8 >= n_bytes) {
        return false;
    }
    return (v[n_bytes - 1 - ofs / 8] >> (ofs % 8)) & 1;
}

static inline void
mf_set_bit(uint8_t *v, unsigned int n_bytes, unsigned int ofs, bool on)
{
    uint8_t *byte;
    uint8_t bit;

    if (ofs / 8 >= n_bytes) {
        return;
    }
    byte = &v[n_bytes - 1 - ofs / 8];
    bit = 1u << (ofs % 8);
    *byte = on ? *byte | bit : *byte & ~bit;
}
/* True if every bit of the 'n_bytes' bytes at 'v' is set (is clear). */
bool mf_is_all_ones(const uint8_t *v, unsigned int n_bytes);
bool mf_is_all_zeros(const uint8_t *v, unsigned int n_bytes);

/* Scans an integer at 's' as OVS's ovs_scan() does for its "%d", "%i",
 * "%x" and "%u" conversions, which the text syntax inherits: leading white
 * space is skipped, then an optional sign, then digits in 'base' (0 picks
 * 16 after "0x", 8 after a leading "0", else 10; 16 allows a "0x" prefix).
 * Overflow wraps modulo 2**64 and a '-' negates, so the caller truncates to
 * its own width exactly as OVS does ("reg0[4294967297]" is bit 1).  Returns
 * the end of the number, or NULL if there is no digit. */
const char *mf_scan_int(const char *s, int base, uint64_t *value);

#endif
