/* The action IR: a flat, 8-byte-aligned sequence of typed action records
 * in a buffer (the idea of Open vSwitch's "ofpacts").  A ct action holds
 * its nested exec()/nat() actions inline, right after its own record, and
 * its 'len' covers them.
 *
 * Every action kind is declared once, in OFPACTS below; its text parser,
 * formatter and wire encoder sit in one block of one act-*.c file, reached
 * through ofpact_classes[].  Wire forms ("raw" actions: one action kind may
 * have several, e.g. set_field arrives as OFPAT_SET_FIELD or
 * NXAST_REG_LOAD) are declared once, in OFP_RAW_ACTIONS, with their
 * decoder. */
#ifndef OFCT_LIB_OPENFLOW_OFPACT_H
#define OFCT_LIB_OPENFLOW_OFPACT_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/openflow.h"
#include "ofct/util.h"
#include "openflow/meta-field.h"

/* ENUM, struct name, text name (as ovs-ofctl spells it). */
#define OFPACTS                                                 \
    OFPACT(OUTPUT,      ofpact_output,      "output")           \
    OFPACT(CONTROLLER,  ofpact_controller,  "controller")       \
    OFPACT(SET_FIELD,   ofpact_set_field,   "set_field")        \
    OFPACT(REG_MOVE,    ofpact_reg_move,    "move")             \
    OFPACT(RESUBMIT,    ofpact_resubmit,    "resubmit")         \
    OFPACT(CT,          ofpact_conntrack,   "ct")               \
    OFPACT(CT_CLEAR,    ofpact_null,        "ct_clear")         \
    OFPACT(NAT,         ofpact_nat,         "nat")              \
    OFPACT(NOTE,        ofpact_note,        "note")             \
    OFPACT(CONJUNCTION, ofpact_conjunction, "conjunction")      \
    OFPACT(GOTO_TABLE,  ofpact_goto_table,  "goto_table")

enum ofpact_type {
#define OFPACT(ENUM, STRUCT, NAME) OFPACT_##ENUM,
    OFPACTS
#undef OFPACT
    N_OFPACTS
};

/* Wire forms of actions.  ENUM, vendor (0 = standard OpenFlow action),
 * type or experimenter subtype, first and last OpenFlow version, minimum
 * and maximum length, name as OVS logs it. */
#define NX_VENDOR_ID 0x00002320
#define ONF_VENDOR_ID 0x4f4e4600
#define OFP_RAW_ACTIONS                                                     \
    RAW(OFPAT10_OUTPUT,  0, 0,  OFCT_OFP10, OFCT_OFP10, 8, 8,               \
        "OFPAT_OUTPUT")                                                     \
    RAW(OFPAT11_OUTPUT,  0, 0,  OFCT_OFP11, OFCT_OFP15, 16, 16,             \
        "OFPAT_OUTPUT")                                                     \
    /* OVS still reads the OpenFlow 1.1 rewrites in 1.2-1.5 (deprecated);  \
     * it writes set_field there. */                                       \
    RAW(OFPAT10_SET_VLAN_VID, 0, 1, OFCT_OFP10, OFCT_OFP10, 8, 8,          \
        "OFPAT_SET_VLAN_VID")                                               \
    RAW(OFPAT10_SET_VLAN_PCP, 0, 2, OFCT_OFP10, OFCT_OFP10, 8, 8,          \
        "OFPAT_SET_VLAN_PCP")                                               \
    RAW(OFPAT11_SET_VLAN_VID, 0, 1, OFCT_OFP11, OFCT_OFP15, 8, 8,          \
        "OFPAT_SET_VLAN_VID")                                               \
    RAW(OFPAT11_SET_VLAN_PCP, 0, 2, OFCT_OFP11, OFCT_OFP15, 8, 8,          \
        "OFPAT_SET_VLAN_PCP")                                               \
    RAW(OFPAT10_SET_DL_SRC, 0, 4, OFCT_OFP10, OFCT_OFP10, 16, 16,          \
        "OFPAT_SET_DL_SRC")                                                 \
    RAW(OFPAT10_SET_DL_DST, 0, 5, OFCT_OFP10, OFCT_OFP10, 16, 16,          \
        "OFPAT_SET_DL_DST")                                                 \
    RAW(OFPAT10_SET_NW_SRC, 0, 6, OFCT_OFP10, OFCT_OFP10, 8, 8,            \
        "OFPAT_SET_NW_SRC")                                                 \
    RAW(OFPAT10_SET_NW_DST, 0, 7, OFCT_OFP10, OFCT_OFP10, 8, 8,            \
        "OFPAT_SET_NW_DST")                                                 \
    RAW(OFPAT10_SET_NW_TOS, 0, 8, OFCT_OFP10, OFCT_OFP10, 8, 8,            \
        "OFPAT_SET_NW_TOS")                                                 \
    RAW(OFPAT10_SET_TP_SRC, 0, 9, OFCT_OFP10, OFCT_OFP10, 8, 8,            \
        "OFPAT_SET_TP_SRC")                                                 \
    RAW(OFPAT10_SET_TP_DST, 0, 10, OFCT_OFP10, OFCT_OFP10, 8, 8,           \
        "OFPAT_SET_TP_DST")                                                 \
    RAW(OFPAT11_SET_DL_SRC, 0, 3, OFCT_OFP11, OFCT_OFP15, 16, 16,          \
        "OFPAT_SET_DL_SRC")                                                 \
    RAW(OFPAT11_SET_DL_DST, 0, 4, OFCT_OFP11, OFCT_OFP15, 16, 16,          \
        "OFPAT_SET_DL_DST")                                                 \
    RAW(OFPAT11_SET_NW_SRC, 0, 5, OFCT_OFP11, OFCT_OFP15, 8, 8,            \
        "OFPAT_SET_NW_SRC")                                                 \
    RAW(OFPAT11_SET_NW_DST, 0, 6, OFCT_OFP11, OFCT_OFP15, 8, 8,            \
        "OFPAT_SET_NW_DST")                                                 \
    RAW(OFPAT11_SET_NW_TOS, 0, 7, OFCT_OFP11, OFCT_OFP15, 8, 8,            \
        "OFPAT_SET_NW_TOS")                                                 \
    RAW(OFPAT11_SET_NW_ECN, 0, 8, OFCT_OFP11, OFCT_OFP15, 8, 8,            \
        "OFPAT_SET_NW_ECN")                                                 \
    RAW(OFPAT11_SET_TP_SRC, 0, 9, OFCT_OFP11, OFCT_OFP15, 8, 8,            \
        "OFPAT_SET_TP_SRC")                                                 \
    RAW(OFPAT11_SET_TP_DST, 0, 10, OFCT_OFP11, OFCT_OFP15, 8, 8,           \
        "OFPAT_SET_TP_DST")                                                 \
    RAW(OFPAT11_SET_NW_TTL, 0, 23, OFCT_OFP11, OFCT_OFP15, 8, 8,           \
        "OFPAT_SET_NW_TTL")                                                 \
    RAW(OFPAT12_SET_FIELD, 0, 25, OFCT_OFP12, OFCT_OFP15, 8, 0xfff8,        \
        "OFPAT_SET_FIELD")                                                  \
    RAW(OFPAT15_COPY_FIELD, 0, 28, OFCT_OFP15, OFCT_OFP15, 16, 0xfff8,      \
        "OFPAT_COPY_FIELD")                                                 \
    RAW(NXAST_RESUBMIT, NX_VENDOR_ID, 1, OFCT_OFP10, OFCT_OFP15, 16, 16,    \
        "NXAST_RESUBMIT")                                                   \
    RAW(NXAST_REG_MOVE, NX_VENDOR_ID, 6, OFCT_OFP10, OFCT_OFP14, 16, 0xfff8,\
        "NXAST_REG_MOVE")                                                   \
    RAW(NXAST_REG_LOAD, NX_VENDOR_ID, 7, OFCT_OFP10, OFCT_OFP14, 24, 24,    \
        "NXAST_REG_LOAD")                                                   \
    RAW(NXAST_REG_LOAD2, NX_VENDOR_ID, 33, OFCT_OFP10, OFCT_OFP14, 16,      \
        0xfff8, "NXAST_REG_LOAD2")                                          \
    RAW(ONFACT_COPY_FIELD, ONF_VENDOR_ID, 3200, OFCT_OFP13, OFCT_OFP14, 24, \
        0xfff8, "ONFACT_COPY_FIELD")                                        \
    RAW(NXAST_NOTE, NX_VENDOR_ID, 8, OFCT_OFP10, OFCT_OFP15, 16, 0xfff8,    \
        "NXAST_NOTE")                                                       \
    RAW(NXAST_RESUBMIT_TABLE, NX_VENDOR_ID, 14, OFCT_OFP10, OFCT_OFP15,     \
        16, 16, "NXAST_RESUBMIT_TABLE")                                     \
    RAW(NXAST_CONTROLLER, NX_VENDOR_ID, 20, OFCT_OFP10, OFCT_OFP15, 16, 16, \
        "NXAST_CONTROLLER")                                                 \
    RAW(NXAST_CONJUNCTION, NX_VENDOR_ID, 34, OFCT_OFP10, OFCT_OFP15, 16, 16,\
        "NXAST_CONJUNCTION")                                                \
    RAW(NXAST_CT, NX_VENDOR_ID, 35, OFCT_OFP10, OFCT_OFP15, 24, 0xfff8,     \
        "NXAST_CT")                                                         \
    RAW(NXAST_NAT, NX_VENDOR_ID, 36, OFCT_OFP10, OFCT_OFP15, 16, 0xfff8,    \
        "NXAST_NAT")                                                        \
    RAW(NXAST_CT_CLEAR, NX_VENDOR_ID, 43, OFCT_OFP10, OFCT_OFP15, 16, 16,   \
        "NXAST_CT_CLEAR")                                                   \
    RAW(NXAST_RESUBMIT_TABLE_CT, NX_VENDOR_ID, 44, OFCT_OFP10, OFCT_OFP15,  \
        16, 16, "NXAST_RESUBMIT_TABLE_CT")

enum ofp_raw_action {
    OFP_RAW_NONE = 0,
#define RAW(ENUM, VENDOR, TYPE, MINV, MAXV, MINLEN, MAXLEN, NAME) \
    OFP_RAW_##ENUM,
    OFP_RAW_ACTIONS
#undef RAW
    N_OFP_RAWS
};

/* Header of every action record. */
struct ofpact {
    uint8_t type;   /* enum ofpact_type */
    uint8_t raw;    /* enum ofp_raw_action this came from, or OFP_RAW_NONE */
    uint32_t len;   /* Length of the record and anything nested in it:
                     * 32 bits, since a ct action's records can outgrow the
                     * 16-bit wire length that carried them. */
};

#define OFPACT_ALIGNTO 8
#define OFPACT_ALIGN(N) (((N) + OFPACT_ALIGNTO - 1) & ~(OFPACT_ALIGNTO - 1))

/* OpenFlow 1.0 port numbers, which the IR uses for all versions, as OVS's
 * ofp_port_t does. */
#define OFPP_MAX        0xff00
#define OFPP_UNSET      0xfff7
#define OFPP_IN_PORT    0xfff8
#define OFPP_TABLE      0xfff9
#define OFPP_NORMAL     0xfffa
#define OFPP_FLOOD      0xfffb
#define OFPP_ALL        0xfffc
#define OFPP_CONTROLLER 0xfffd
#define OFPP_LOCAL      0xfffe
#define OFPP_NONE       0xffff
#define OFPP11_OFFSET   0xffff0000u

struct ofpact_null {
    struct ofpact ofpact;
};

struct ofpact_output {
    struct ofpact ofpact;
    uint16_t port;
    uint16_t max_len;
};

/* Reasons a packet goes to a controller (OFPR_*). */
enum ofp_packet_in_reason {
    OFPR_NO_MATCH, OFPR_ACTION, OFPR_INVALID_TTL, OFPR_ACTION_SET,
    OFPR_GROUP, OFPR_PACKET_OUT, OFPR_N_REASONS
};

struct ofpact_controller {
    struct ofpact ofpact;
    uint16_t max_len;
    uint16_t controller_id;
    uint8_t reason;       /* enum ofp_packet_in_reason */
};

/* set_field and load: write 'value' under 'mask' into 'field'. */
struct ofpact_set_field {
    struct ofpact ofpact;
    const struct mf_field *field;
    union mf_value value;
    union mf_value mask;
};

struct ofpact_reg_move {
    struct ofpact ofpact;
    struct mf_subfield src;
    struct mf_subfield dst;
};

struct ofpact_resubmit {
    struct ofpact ofpact;
    uint16_t in_port;
    uint8_t table_id;     /* 255 = the current table */
    bool with_ct_orig;
};

struct ofpact_goto_table {
    struct ofpact ofpact;
    uint8_t table_id;
};

/* NXAST_CT flags. */
#define NX_CT_F_COMMIT 0x1
#define NX_CT_F_FORCE  0x2
#define NX_CT_RECIRC_NONE 0xff
#define CT_ALG_FTP  21
#define CT_ALG_TFTP 69

struct ofpact_conntrack {
    struct ofpact ofpact;
    uint16_t flags;                 /* NX_CT_F_*, unknown bits kept */
    uint16_t zone_imm;              /* zone when zone_src.field is NULL */
    struct mf_subfield zone_src;
    uint16_t alg;                   /* helper as a well-known port, or 0 */
    uint8_t recirc_table;           /* NX_CT_RECIRC_NONE for none */
    /* Nested actions follow at OFPACT_ALIGN(sizeof(struct
     * ofpact_conntrack)). */
};

/* NXAST_NAT flags and range bits. */
#define NX_NAT_F_SRC          0x01
#define NX_NAT_F_DST          0x02
#define NX_NAT_F_PERSISTENT   0x04
#define NX_NAT_F_PROTO_HASH   0x08
#define NX_NAT_F_PROTO_RANDOM 0x10
#define NX_NAT_F_MASK         0x1f
#define NX_NAT_RANGE_IPV4_MIN  0x01
#define NX_NAT_RANGE_IPV4_MAX  0x02
#define NX_NAT_RANGE_IPV6_MIN  0x04
#define NX_NAT_RANGE_IPV6_MAX  0x08
#define NX_NAT_RANGE_PROTO_MIN 0x10
#define NX_NAT_RANGE_PROTO_MAX 0x20

struct ofpact_nat {
    struct ofpact ofpact;
    uint16_t flags;            /* NX_NAT_F_* */
    uint8_t range_af;          /* 0 (no address), 4 or 6 */
    uint32_t ipv4_min, ipv4_max;       /* host byte order; max 0 = none */
    uint8_t ipv6_min[16], ipv6_max[16];
    uint16_t proto_min, proto_max;     /* 0 = none */
};

struct ofpact_conjunction {
    struct ofpact ofpact;
    uint8_t clause;          /* 0-based */
    uint8_t n_clauses;
    uint32_t id;
};

struct ofpact_note {
    struct ofpact ofpact;
    uint32_t n;
    uint8_t data[];
};

/* Accessors: ofpact_get_CT(a) etc. */
#define OFPACT(ENUM, STRUCT, NAME)                                      \
    static inline struct STRUCT *                                       \
    ofpact_get_##ENUM(const struct ofpact *a)                           \
    {                                                                   \
        return (struct STRUCT *) a;                                     \
    }
OFPACTS
#undef OFPACT

static inline const struct ofpact *
ofpact_next(const struct ofpact *a)
{
    return (const struct ofpact *) ((const uint8_t *) a
                                    + OFPACT_ALIGN(a->len));
}

static inline const struct ofpact *
ofpact_end(const void *ofpacts, size_t len)
{
    /* An empty list may be NULL, and NULL + 0 is undefined in C. */
    return len ? (const struct ofpact *) ((const uint8_t *) ofpacts + len)
               : ofpacts;
}

#define OFPACT_FOR_EACH(POS, OFPACTS, LEN)                              \
    for ((POS) = (OFPACTS); (POS) < ofpact_end(OFPACTS, LEN);           \
         (POS) = ofpact_next(POS))

/* Nested actions of a ct action. */
static inline const struct ofpact *
ofpact_ct_actions(const struct ofpact_conntrack *ct)
{
    return (const struct ofpact *) ((const uint8_t *) ct
                                    + OFPACT_ALIGN(sizeof *ct));
}

static inline size_t
ofpact_ct_actions_len(const struct ofpact_conntrack *ct)
{
    return ct->ofpact.len - OFPACT_ALIGN(sizeof *ct);
}

/* An action list, as the public API sees it. */
struct ofct_actions {
    struct ofct_buf ofpacts;
};

/* Appends a zeroed record of 'size' bytes of 'type' to 'b' and returns it.
 * The pointer is valid until the next append. */
struct ofpact *ofpact_put(struct ofct_buf *b, enum ofpact_type type,
                          size_t size);
#define OFPACT(ENUM, STRUCT, NAME)                                      \
    static inline struct STRUCT *                                       \
    ofpact_put_##ENUM(struct ofct_buf *b)                               \
    {                                                                   \
        return (struct STRUCT *) ofpact_put(b, OFPACT_##ENUM,           \
                                            sizeof(struct STRUCT));     \
    }
OFPACTS
#undef OFPACT
/* Sets the 'len' of the record at offset 'ofs' in 'b' to reach the end of
 * 'b' (for records with nested or variable-length data) and pads 'b'. */
void ofpact_finish(struct ofct_buf *b, size_t ofs);

/* Text parsing context. */
struct ofpact_parse_ctx {
    struct ofct_buf *ofpacts;
    enum ofpact_type outer;      /* OFPACT_CT inside ct(exec(...)), or
                                  * N_OFPACTS at top level. */
    unsigned int depth;
};

/* Wire decoding context. */
struct ofpact_decode_ctx {
    struct ofct_buf *ofpacts;
    enum ofct_ofp_version version;
    enum ofpact_type outer;
    unsigned int depth;
    size_t base_ofs;             /* Offset of the list within the message,
                                  * for error messages. */
};

/* The registry: one entry per action kind. */
struct ofpact_class {
    const char *name;
    /* Parses the argument text 'arg' (writable, NUL-terminated; "" when the
     * action has none) and appends the action to ctx->ofpacts. */
    int (*parse)(char *arg, struct ofpact_parse_ctx *, struct ofct_error *);
    void (*format)(const struct ofpact *, struct ofct_buf *);
    int (*encode)(const struct ofpact *, enum ofct_ofp_version,
                  struct ofct_buf *, struct ofct_error *);
    bool is_instruction;
};

extern const struct ofpact_class ofpact_classes[N_OFPACTS];

/* Each act-*.c file provides these for its action kinds. */
#define OFPACT(ENUM, STRUCT, NAME)                                      \
    int parse_##ENUM(char *, struct ofpact_parse_ctx *,                 \
                     struct ofct_error *);                              \
    void format_##ENUM(const struct ofpact *, struct ofct_buf *);       \
    int encode_##ENUM(const struct ofpact *, enum ofct_ofp_version,     \
                      struct ofct_buf *, struct ofct_error *);
OFPACTS
#undef OFPACT

/* Decoders of wire forms: 'a' points to the whole action ('len' bytes,
 * already checked against the raw's length limits and multiple of 8). */
#define RAW(ENUM, VENDOR, TYPE, MINV, MAXV, MINLEN, MAXLEN, NAME)       \
    int decode_##ENUM(const uint8_t *a, size_t len,                     \
                      struct ofpact_decode_ctx *, struct ofct_error *);
OFP_RAW_ACTIONS
#undef RAW

/* Looks up the field that an NXM header names in NXAST_REG_LOAD or an
 * NXAST_CT zone source: a header with the hasmask bit (and the doubled
 * length that goes with it) names the same field, as in OVS. */
const struct mf_field *ofpact_field_from_nxm_header(uint32_t header);

/* Checks that an output action may name 'port' (OFPBAC_BAD_OUT_PORT if
 * not: ANY, UNSET and numbers from OFPP_MAX up to the reserved ports). */
int ofpact_check_output_port(uint16_t port, struct ofct_error *);

/* "load:VALUE->DST": parsed into a set_field record whose raw form is
 * NXAST_REG_LOAD, as OVS does. */
int parse_load(char *, struct ofpact_parse_ctx *, struct ofct_error *);

/* The pre-1.2 header rewrites (act-legacy.c), which the IR keeps as
 * set_field records with a legacy 'raw'.  parse_legacy_set() returns 1 if
 * 'key' is not one of their names; encode_legacy_set() returns 1 if OVS
 * would not use a legacy form for this record in 'version'. */
bool ofpact_is_legacy_set(const struct ofpact *);
const char *ofpact_legacy_name(const struct ofpact *);
int parse_legacy_set(const char *key, char *arg, struct ofpact_parse_ctx *,
                     struct ofct_error *);
void format_legacy_set(const struct ofpact *, struct ofct_buf *);
int encode_legacy_set(const struct ofpact_set_field *, enum ofct_ofp_version,
                      struct ofct_buf *, struct ofct_error *);

/* Parses and decodes a (nested) action list: used by ct for exec(). */
int ofpacts_parse_list(char *text, struct ofpact_parse_ctx *,
                       struct ofct_error *);
int ofpacts_decode_list(const uint8_t *data, size_t len,
                        struct ofpact_decode_ctx *, struct ofct_error *);
void ofpacts_format_list(const struct ofpact *, size_t len,
                         struct ofct_buf *);
int ofpacts_encode_list(const struct ofpact *, size_t len,
                        enum ofct_ofp_version, struct ofct_buf *,
                        struct ofct_error *);
/* Checks the nesting rules (which actions may appear inside ct, where ct
 * fields may be written, where nat may appear) for a list parsed or decoded
 * inside 'outer' (N_OFPACTS at top level). */
int ofpacts_verify(const struct ofpact *, size_t len, enum ofpact_type outer,
                   struct ofct_error *);
/* Semantic checks of a ct action that both text and wire apply: force needs
 * commit, a zone subfield is 16 bits, nested actions other than a bare nat
 * need commit. */
int ofpact_ct_check(const struct ofpact_conntrack *, struct ofct_error *);

/* Experimenter action header: type 0xffff, len, vendor, subtype. */
void *ofpact_put_nx_header(struct ofct_buf *out, uint16_t subtype,
                           size_t size);
/* Standard action header: type, len (filled in), zeroed body. */
void *ofpact_put_std_header(struct ofct_buf *out, uint16_t type,
                            size_t size);
/* Pads an action started at 'start' to a multiple of 8 and fixes its
 * length field. */
void ofpact_pad_and_fix_len(struct ofct_buf *out, size_t start);

const char *ofp_raw_name(enum ofp_raw_action);

/* A raw action that Open vSwitch decodes and ofct does not implement
 * (ofp-raw-unsupported.c, generated by tools/probe-ovs-raw-actions.sh
 * from ovs-ofctl).  The decoder checks its length against these limits as
 * for an implemented action, then rejects it with OFPBAC_BAD_TYPE
 * (standard) or OFPBAC_BAD_VENDOR_TYPE (experimenter) and "NAME is not
 * supported by ofct". */
struct ofp_raw_unsupported {
    uint32_t vendor;             /* 0 for a standard action */
    uint16_t type;               /* type, or experimenter subtype */
    enum ofct_ofp_version min_version, max_version;
    uint16_t min_len, max_len;
    const char *name;            /* as OVS logs it: "NXAST_LEARN" */
};

/* The row for 'type' of 'vendor' in 'version', or NULL if OVS does not
 * know it either.  Only consulted for actions OFP_RAW_ACTIONS lacks. */
const struct ofp_raw_unsupported *ofp_raw_unsupported_find(
    uint32_t vendor, uint16_t type, enum ofct_ofp_version);

#endif
