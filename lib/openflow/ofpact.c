/* The action registry and the operations on whole action lists: text
 * parse/format, wire encode/decode, nesting rules.  Per-action code lives
 * in act-*.c. */
#include <config.h>

#include <ctype.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"
#include "util/xalloc.h"

const struct ofpact_class ofpact_classes[N_OFPACTS] = {
#define OFPACT(ENUM, STRUCT, NAME)                                      \
    [OFPACT_##ENUM] = { NAME, parse_##ENUM, format_##ENUM, encode_##ENUM, \
                        OFPACT_##ENUM == OFPACT_GOTO_TABLE },
    OFPACTS
#undef OFPACT
};

/* Bounds the nesting of ct(exec(...)) so that hostile input cannot recurse
 * deeply; OVS allows no ct inside ct at all, so 2 levels suffice. */
#define MAX_NESTING 2

/* Limits the size of one action list's records.  OpenFlow's 16-bit
 * lengths bound the wire form to 64 KiB; the records of the same actions
 * take at most a few times more. */
#define MAX_OFPACTS_LEN (4u << 20)

struct ofpact *
ofpact_put(struct ofct_buf *b, enum ofpact_type type, size_t size)
{
    struct ofpact *a;

    ofct_buf_pad(b, OFPACT_ALIGNTO);
    a = ofct_buf_put_zeros(b, OFPACT_ALIGN(size));
    a->type = type;
    a->len = size;
    return a;
}

void
ofpact_finish(struct ofct_buf *b, size_t ofs)
{
    struct ofpact *a = (struct ofpact *) (b->data + ofs);

    a->len = b->size - ofs;
    ofct_buf_pad(b, OFPACT_ALIGNTO);
}

/* The actions appended to 'b' since offset 'start'.  An empty list of
 * actions may have no buffer at all, and NULL + 0 is undefined in C
 * (UBSan reports it), so it is not computed. */
static const struct ofpact *
ofpacts_since(const struct ofct_buf *b, size_t start)
{
    return b->data ? (const struct ofpact *) (b->data + start) : NULL;
}

/* ------------------------------------------------------------------ */
/* Text. */

/* Action names that Open vSwitch knows and ofct does not implement: inside
 * ct(exec(...)) they get OVS's own nesting error (none of them is allowed
 * there anyway); elsewhere a clear "not supported" message. */
static const char *const unsupported_names[] = {
    "group", "enqueue", "output_reg", "bundle", "bundle_load",
    "strip_vlan", "pop_vlan", "push_vlan", "push_mpls", "pop_mpls",
    "set_tunnel", "set_tunnel64", "set_queue", "pop_queue", "dec_ttl",
    "set_mpls_label", "set_mpls_tc", "set_mpls_ttl", "dec_mpls_ttl",
    "fin_timeout", "learn", "multipath", "exit", "sample",
    "clone", "write_actions", "clear_actions", "write_metadata", "meter",
    "check_pkt_larger", "dec_nsh_ttl", "encap", "decap", "debug_recirc",
    "debug_slow", "delete_field", "unroll_xlate", "enqueue",
};

static bool
is_unsupported_name(const char *key)
{
    for (size_t i = 0; i < sizeof unsupported_names / sizeof *unsupported_names;
         i++) {
        if (!strcasecmp(key, unsupported_names[i])) {
            return true;
        }
    }
    return false;
}

static int
ofpact_type_from_name(const char *name, enum ofpact_type *type)
{
    /* The names are lower case: most can be passed over on their first
     * letter, without a call to strcasecmp(). */
    int c = tolower((unsigned char) name[0]);

    for (int i = 0; i < N_OFPACTS; i++) {
        if (ofpact_classes[i].name[0] == c
            && !strcasecmp(name, ofpact_classes[i].name)) {
            *type = i;
            return 0;
        }
    }
    return -1;
}

/* Parses one "key[:=(]value" item of an action list. */
static int
parse_one(char *key, char *value, struct ofpact_parse_ctx *ctx, bool *drop,
          struct ofct_error *err)
{
    enum ofpact_type type;
    uint16_t port;
    int retval;

    if (!ofpact_type_from_name(key, &type)) {
        return ofpact_classes[type].parse(value, ctx, err);
    } else if ((retval = parse_legacy_set(key, value, ctx, err)) <= 0) {
        return retval;
    } else if (!strcasecmp(key, "set_nw_ttl")) {
        return parse_legacy_set("mod_nw_ttl", value, ctx, err);
    } else if (!strcasecmp(key, "load")) {
        return parse_load(value, ctx, err);
    } else if (!strcasecmp(key, "drop")) {
        *drop = true;
        return 0;
    } else if (!strcasecmp(key, "apply_actions")) {
        return ofct_error_set(err, OFCT_OK,
                              "apply_actions is the default instruction");
    } else if (ofp_port_from_string(key, &port)) {
        struct ofpact_output *output;

        if (ofpact_check_output_port(port, err)) {
            return -1;
        }
        output = ofpact_put_OUTPUT(ctx->ofpacts);
        output->port = port;
        output->max_len = port == OFPP_CONTROLLER ? UINT16_MAX : 0;
        return 0;
    } else if (is_unsupported_name(key)) {
        if (ctx->outer == OFPACT_CT) {
            return ofct_error_set(err, OFCT_OK, "ct action doesn't support "
                                  "nested action %s", key);
        }
        return ofct_error_set(err, OFCT_OK, "action \"%s\" is not supported "
                              "by ofct", key);
    }
    return ofct_error_set(err, OFCT_OK, "unknown action %s", key);
}

int
ofpacts_parse_list(char *text, struct ofpact_parse_ctx *ctx,
                   struct ofct_error *err)
{
    size_t start = ctx->ofpacts->size;
    bool drop = false;
    char *pos = text;
    char *key, *value;

    /* Only a ct action nests, and nothing may nest ct inside ct: stop
     * there rather than recurse on hostile input. */
    if (ctx->depth > MAX_NESTING) {
        return ofct_error_set(err, OFCT_OK, "ct action doesn't support "
                              "nested action ct");
    }
    while (ofp_parse_key_value(&pos, &key, &value)) {
        if (parse_one(key, value, ctx, &drop, err)) {
            return -1;
        }
        if (ctx->ofpacts->size > MAX_OFPACTS_LEN) {
            return ofct_error_set(err, OFCT_OK, "input too big");
        }
    }
    if (drop && ctx->ofpacts->size > start) {
        return ofct_error_set(err, OFCT_OK, "\"drop\" must not be "
                              "accompanied by any other action or "
                              "instruction");
    }
    return ofpacts_verify(ofpacts_since(ctx->ofpacts, start),
                          ctx->ofpacts->size - start, ctx->outer, err);
}

void
ofpacts_format_list(const struct ofpact *acts, size_t len,
                    struct ofct_buf *out)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, acts, len) {
        if (a != acts) {
            ofct_buf_putc(out, ',');
        }
        ofpact_classes[a->type].format(a, out);
    }
}

/* ------------------------------------------------------------------ */
/* Nesting rules, shared by text and wire. */

static const struct mf_field *
ofpact_dst_field(const struct ofpact *a)
{
    if (a->type == OFPACT_SET_FIELD) {
        return ofpact_get_SET_FIELD(a)->field;
    } else if (a->type == OFPACT_REG_MOVE) {
        return ofpact_get_REG_MOVE(a)->dst.field;
    }
    return NULL;
}

static int
verify_nested(const struct ofpact *a, enum ofpact_type outer,
              struct ofct_error *err)
{
    const struct mf_field *field = ofpact_dst_field(a);

    if (field && mf_is_ct_writable(field) && outer != OFPACT_CT) {
        return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "cannot set CT "
                              "fields outside of ct action");
    }
    if (a->type == OFPACT_NAT) {
        if (outer != OFPACT_CT) {
            return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "Cannot have "
                                  "NAT action outside of \"ct\" action");
        }
        return 0;
    }
    if (outer == OFPACT_CT) {
        if (ofpact_is_legacy_set(a)) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "ct action "
                                  "doesn't support nested action %s",
                                  ofpact_legacy_name(a));
        }
        if (!field) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "ct action "
                                  "doesn't support nested action %s",
                                  ofpact_classes[a->type].name);
        }
        if (!mf_is_ct_writable(field)) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "ct action "
                                  "doesn't support nested modification of "
                                  "%s", field->name);
        }
    }
    return 0;
}

/* A flow with conjunction actions may carry notes and nothing else. */
static int
verify_conjunction(const struct ofpact *acts, size_t len,
                   struct ofct_error *err)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, acts, len) {
        if (a->type != OFPACT_CONJUNCTION && a->type != OFPACT_NOTE) {
            return ofct_error_set(err, NXBAC_BAD_CONJUNCTION, "\"conjunction"
                                  "\" actions may be used along with \"note\" "
                                  "but not any other kind of action (such as "
                                  "the \"%s\" action used here)",
                                  ofpact_classes[a->type].name);
        }
    }
    return 0;
}

int
ofpacts_verify(const struct ofpact *acts, size_t len, enum ofpact_type outer,
               struct ofct_error *err)
{
    const struct ofpact *a;
    bool seen_goto = false;

    OFPACT_FOR_EACH (a, acts, len) {
        if (a->type == OFPACT_CONJUNCTION) {
            if (verify_conjunction(acts, len, err)) {
                return -1;
            }
            break;
        }
    }

    OFPACT_FOR_EACH (a, acts, len) {
        if (verify_nested(a, outer, err)) {
            return -1;
        }
        if (a->type == OFPACT_GOTO_TABLE) {
            if (seen_goto) {
                return ofct_error_set(err, OFPBIC_DUP_INST, "duplicate "
                                      "goto_table instruction not allowed, "
                                      "for OpenFlow 1.1+ compatibility");
            }
            seen_goto = true;
        } else if (seen_goto) {
            return ofct_error_set(err, OFPBAC_UNSUPPORTED_ORDER, "invalid "
                                  "instruction ordering: apply_actions must "
                                  "appear before goto_table, for OpenFlow "
                                  "1.1+ compatibility");
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Wire encoding. */

void *
ofpact_put_std_header(struct ofct_buf *out, uint16_t type, size_t size)
{
    uint8_t *p = ofct_buf_put_zeros(out, size);

    put_be16(p, type);
    put_be16(p + 2, size);
    return p;
}

void *
ofpact_put_nx_header(struct ofct_buf *out, uint16_t subtype, size_t size)
{
    uint8_t *p = ofpact_put_std_header(out, 0xffff, size);

    put_be32(p + 4, NX_VENDOR_ID);
    put_be16(p + 8, subtype);
    return p;
}

void
ofpact_pad_and_fix_len(struct ofct_buf *out, size_t start)
{
    ofct_buf_pad(out, 8);
    put_be16(out->data + start + 2, out->size - start);
}

int
ofpacts_encode_list(const struct ofpact *acts, size_t len,
                    enum ofct_ofp_version version, struct ofct_buf *out,
                    struct ofct_error *err)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, acts, len) {
        if (ofpact_classes[a->type].encode(a, version, out, err)) {
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Wire decoding. */

struct ofp_raw_info {
    uint32_t vendor;
    uint16_t type;
    enum ofct_ofp_version min_version, max_version;
    uint16_t min_len, max_len;
    const char *name;
    int (*decode)(const uint8_t *, size_t, struct ofpact_decode_ctx *,
                  struct ofct_error *);
};

static const struct ofp_raw_info raw_infos[N_OFP_RAWS] = {
#define RAW(ENUM, VENDOR, TYPE, MINV, MAXV, MINLEN, MAXLEN, NAME)       \
    [OFP_RAW_##ENUM] = { VENDOR, TYPE, MINV, MAXV, MINLEN, MAXLEN, NAME, \
                         decode_##ENUM },
    OFP_RAW_ACTIONS
#undef RAW
};

const char *
ofp_raw_name(enum ofp_raw_action raw)
{
    return raw > OFP_RAW_NONE && raw < N_OFP_RAWS ? raw_infos[raw].name
                                                  : "?";
}

/* Finds the raw action 'type' of 'vendor' in 'version': sets '*raw', or
 * '*unsupported' for one that OVS knows and ofct does not implement. */
static int
find_raw(uint32_t vendor, uint16_t type, enum ofct_ofp_version version,
         enum ofp_raw_action *raw,
         const struct ofp_raw_unsupported **unsupported,
         struct ofct_error *err)
{
    for (int i = OFP_RAW_NONE + 1; i < N_OFP_RAWS; i++) {
        const struct ofp_raw_info *ri = &raw_infos[i];
        if (ri->vendor == vendor && ri->type == type
            && version >= ri->min_version && version <= ri->max_version) {
            *raw = i;
            return 0;
        }
    }
    *unsupported = ofp_raw_unsupported_find(vendor, type, version);
    if (*unsupported) {
        return 0;
    }
    return ofct_error_set(err, vendor ? OFPBAC_BAD_VENDOR_TYPE
                                      : OFPBAC_BAD_TYPE,
                          "unknown %s action for vendor %#"PRIx32" and "
                          "type %"PRIu16,
                          ofct_ofp_version_to_string(version), vendor, type);
}

/* Identifies the action at 'p' (with 'avail' bytes left in the list) and
 * checks its length, as OVS does before decoding the body.  An action that
 * OVS knows and ofct does not implement gets the same length checks, then
 * fails. */
static int
pull_raw(const uint8_t *p, size_t avail, enum ofct_ofp_version version,
         enum ofp_raw_action *raw, size_t *lenp, struct ofct_error *err)
{
    const struct ofp_raw_unsupported *unsupported = NULL;
    uint32_t vendor = 0;
    uint16_t type, len;

    if (avail < 4 || (get_be16(p) != 0xffff && avail < 8)) {
        return ofct_error_set(err, OFPBAC_BAD_LEN, "action truncated: %zu "
                              "bytes left, need at least 8", avail);
    }
    type = get_be16(p);
    if (type == 0xffff) {
        if (avail < 8) {
            return ofct_error_set(err, OFPBAC_BAD_LEN, "action truncated");
        }
        vendor = get_be32(p + 4);
        if (vendor != NX_VENDOR_ID && vendor != ONF_VENDOR_ID) {
            return ofct_error_set(err, OFPBAC_BAD_VENDOR, "OpenFlow action "
                                  "has unknown vendor %#"PRIx32, vendor);
        }
        if (avail < 16) {
            return ofct_error_set(err, OFPBAC_BAD_LEN, "experimenter action "
                                  "truncated: %zu bytes left, need 16",
                                  avail);
        }
        type = get_be16(p + 8);
    }
    if (find_raw(vendor, type, version, raw, &unsupported, err)) {
        return -1;
    }

    const struct ofp_raw_info *ri = &raw_infos[*raw];
    const char *name = unsupported ? unsupported->name : ri->name;
    unsigned int min_len = unsupported ? unsupported->min_len : ri->min_len;
    unsigned int max_len = unsupported ? unsupported->max_len : ri->max_len;

    len = get_be16(p + 2);
    if (len > avail) {
        return ofct_error_set(err, OFPBAC_BAD_LEN, "OpenFlow action %s "
                              "length %u exceeds action buffer length %zu",
                              name, len, avail);
    }
    if (len < min_len || len > max_len) {
        return ofct_error_set(err, OFPBAC_BAD_LEN, "OpenFlow action %s "
                              "length %u not in valid range [%u,%u]",
                              name, len, min_len, max_len);
    }
    if (len % 8) {
        return ofct_error_set(err, OFPBAC_BAD_LEN, "OpenFlow action %s "
                              "length %u is not a multiple of 8",
                              name, len);
    }
    if (unsupported) {
        return ofct_error_set(err, vendor ? OFPBAC_BAD_VENDOR_TYPE
                                          : OFPBAC_BAD_TYPE,
                              "%s is not supported by ofct", name);
    }
    *lenp = len;
    return 0;
}

int
ofpacts_decode_list(const uint8_t *data, size_t len,
                    struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    size_t start = ctx->ofpacts->size;
    size_t ofs = 0;

    if (ctx->depth > MAX_NESTING) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "ct action doesn't "
                              "support nested action ct");
    }
    while (ofs < len) {
        enum ofp_raw_action raw = OFP_RAW_NONE;
        size_t alen = 0;

        if (pull_raw(data + ofs, len - ofs, ctx->version, &raw, &alen, err)
            || raw_infos[raw].decode(data + ofs, alen, ctx, err)) {
            if (err && !strstr(err->msg, "bad action at offset")) {
                char detail[OFCT_ERROR_MSG_MAX];
                memcpy(detail, err->msg, sizeof detail);
                ofct_error_set(err, err->code, "bad action at offset %zu "
                               "(%s): %s", ctx->base_ofs + ofs,
                               ofct_ofperr_name(err->code), detail);
            }
            return -1;
        }
        ofs += alen;
        if (ctx->ofpacts->size > MAX_OFPACTS_LEN) {
            return ofct_error_set(err, OFPBAC_TOO_MANY, "action list too "
                                  "large");
        }
    }
    return ofpacts_verify(ofpacts_since(ctx->ofpacts, start),
                          ctx->ofpacts->size - start, ctx->outer, err);
}

/* ------------------------------------------------------------------ */
/* Public API. */

static const char *const version_names[] = {
    [OFCT_OFP10] = "OpenFlow10", [OFCT_OFP11] = "OpenFlow11",
    [OFCT_OFP12] = "OpenFlow12", [OFCT_OFP13] = "OpenFlow13",
    [OFCT_OFP14] = "OpenFlow14", [OFCT_OFP15] = "OpenFlow15",
};

int
ofct_ofp_version_from_string(const char *s, enum ofct_ofp_version *v)
{
    for (int i = OFCT_OFP10; i <= OFCT_OFP15; i++) {
        char short_name[8];

        snprintf(short_name, sizeof short_name, "OF1.%d", i - 1);
        if (!strcasecmp(s, version_names[i]) || !strcasecmp(s, short_name)) {
            *v = i;
            return 0;
        }
    }
    return -1;
}

const char *
ofct_ofp_version_to_string(enum ofct_ofp_version v)
{
    return v >= OFCT_OFP10 && v <= OFCT_OFP15 ? version_names[v] : "OpenFlow?";
}

struct ofct_actions *
ofct_actions_new(void)
{
    struct ofct_actions *acts = xzalloc(sizeof *acts);
    ofct_buf_init(&acts->ofpacts);
    return acts;
}

void
ofct_actions_free(struct ofct_actions *acts)
{
    if (acts) {
        ofct_buf_uninit(&acts->ofpacts);
        free(acts);
    }
}

size_t
ofct_actions_count(const struct ofct_actions *acts)
{
    const struct ofpact *a;
    size_t n = 0;

    OFPACT_FOR_EACH (a, (const struct ofpact *) acts->ofpacts.data,
                     acts->ofpacts.size) {
        n++;
    }
    return n;
}

int
ofct_actions_parse(struct ofct_actions *acts, const char *text,
                   struct ofct_error *err)
{
    struct ofpact_parse_ctx ctx = {
        .ofpacts = &acts->ofpacts, .outer = N_OFPACTS, .depth = 0,
    };
    char *copy = xstrdup(text);
    int retval;

    ofct_error_clear(err);
    ofct_buf_clear(&acts->ofpacts);
    retval = ofpacts_parse_list(copy, &ctx, err);
    free(copy);
    if (retval) {
        ofct_buf_clear(&acts->ofpacts);
    }
    return retval;
}

void
ofct_actions_format(const struct ofct_actions *acts, struct ofct_buf *out)
{
    if (!acts->ofpacts.size) {
        ofct_buf_puts(out, "drop");
    } else {
        ofpacts_format_list((const struct ofpact *) acts->ofpacts.data,
                            acts->ofpacts.size, out);
    }
    ofct_buf_cstr(out);
}

static bool
has_instructions(const struct ofct_actions *acts)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, (const struct ofpact *) acts->ofpacts.data,
                     acts->ofpacts.size) {
        if (ofpact_classes[a->type].is_instruction) {
            return true;
        }
    }
    return false;
}

int
ofct_actions_encode(const struct ofct_actions *acts,
                    enum ofct_ofp_version version, struct ofct_buf *out,
                    struct ofct_error *err)
{
    size_t start = out->size;

    ofct_error_clear(err);
    if (version < OFCT_OFP10 || version > OFCT_OFP15) {
        return ofct_error_set(err, OFPBRC_BAD_VERSION, "unknown OpenFlow "
                              "version %d", version);
    }
    if (version > OFCT_OFP10 && has_instructions(acts)) {
        return ofct_error_set(err, OFCT_OK, "goto_table is an instruction "
                              "in %s: encode the list as instructions",
                              ofct_ofp_version_to_string(version));
    }
    if (ofpacts_encode_list((const struct ofpact *) acts->ofpacts.data,
                            acts->ofpacts.size, version, out, err)) {
        ofct_buf_truncate(out, start);
        return -1;
    }
    return 0;
}

int
ofct_actions_decode(struct ofct_actions *acts, const void *data, size_t len,
                    enum ofct_ofp_version version, struct ofct_error *err)
{
    struct ofpact_decode_ctx ctx = {
        .ofpacts = &acts->ofpacts, .version = version, .outer = N_OFPACTS,
    };

    ofct_error_clear(err);
    ofct_buf_clear(&acts->ofpacts);
    if (version < OFCT_OFP10 || version > OFCT_OFP15) {
        return ofct_error_set(err, OFPBRC_BAD_VERSION, "unknown OpenFlow "
                              "version %d", version);
    }
    if (len % 8) {
        return ofct_error_set(err, OFPBRC_BAD_LEN, "OpenFlow message actions "
                              "length %zu is not a multiple of 8", len);
    }
    if (ofpacts_decode_list(data, len, &ctx, err)) {
        ofct_buf_clear(&acts->ofpacts);
        return -1;
    }
    return 0;
}
