/* OpenFlow 1.1+ instructions: the action list goes in an apply_actions
 * instruction and goto_table becomes its own instruction.  Other
 * instructions (write_actions, clear_actions, write_metadata, meter) are
 * not part of ofct's action set and are refused as unsupported. */
#include <config.h>

#include <string.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"

#define OFPIT_GOTO_TABLE 1
#define OFPIT_WRITE_METADATA 2
#define OFPIT_WRITE_ACTIONS 3
#define OFPIT_APPLY_ACTIONS 4
#define OFPIT_CLEAR_ACTIONS 5
#define OFPIT_METER 6
#define OFPIT_EXPERIMENTER 0xffff

int
ofct_actions_encode_instructions(const struct ofct_actions *acts,
                                 enum ofct_ofp_version version,
                                 struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact *all = (const struct ofpact *) acts->ofpacts.data;
    const struct ofpact *a, *goto_table = NULL;
    size_t start = out->size;
    size_t apply_len = 0;

    if (version == OFCT_OFP10) {
        return ofct_actions_encode(acts, version, out, err);
    }
    if (version < OFCT_OFP10 || version > OFCT_OFP15) {
        return ofct_error_set(err, OFPBRC_BAD_VERSION, "unknown OpenFlow "
                              "version %d", version);
    }
    ofct_error_clear(err);
    OFPACT_FOR_EACH (a, all, acts->ofpacts.size) {
        if (a->type == OFPACT_GOTO_TABLE) {
            goto_table = a;
            break;
        }
        apply_len = (const uint8_t *) ofpact_next(a) - (const uint8_t *) all;
    }
    if (apply_len) {
        ofct_buf_put_zeros(out, 8);
        put_be16(out->data + start, OFPIT_APPLY_ACTIONS);
        if (ofpacts_encode_list(all, apply_len, version, out, err)) {
            ofct_buf_truncate(out, start);
            return -1;
        }
        put_be16(out->data + start + 2, out->size - start);
    }
    if (goto_table) {
        uint8_t *p = ofct_buf_put_zeros(out, 8);
        put_be16(p, OFPIT_GOTO_TABLE);
        put_be16(p + 2, 8);
        p[4] = ofpact_get_GOTO_TABLE(goto_table)->table_id;
    }
    return 0;
}

static const char *
instruction_name(uint16_t type, enum ofct_ofp_version version)
{
    switch (type) {
    case OFPIT_GOTO_TABLE: return "goto_table";
    case OFPIT_WRITE_METADATA: return "write_metadata";
    case OFPIT_WRITE_ACTIONS: return "write_actions";
    case OFPIT_APPLY_ACTIONS: return "apply_actions";
    case OFPIT_CLEAR_ACTIONS: return "clear_actions";
    /* OpenFlow 1.5 made meter an action. */
    case OFPIT_METER: return version < OFCT_OFP15 ? "meter" : NULL;
    default: return NULL;
    }
}

/* Finds the apply_actions and goto_table instructions in 'data', checking
 * every instruction's framing. */
static int
scan_instructions(const uint8_t *data, size_t len,
                  enum ofct_ofp_version version,
                  const uint8_t *found[7], size_t found_len[7],
                  struct ofct_error *err)
{
    size_t ofs = 0;

    if (len % 8) {
        return ofct_error_set(err, OFPBIC_BAD_LEN, "instructions length %zu "
                              "is not a multiple of 8", len);
    }
    while (ofs < len) {
        uint16_t type = get_be16(data + ofs);
        uint16_t ilen = get_be16(data + ofs + 2);

        if (ilen < 8 || ilen % 8 || ilen > len - ofs) {
            return ofct_error_set(err, OFPBIC_BAD_LEN, "instruction at "
                                  "offset %zu has bad length %u", ofs, ilen);
        }
        if (type == OFPIT_EXPERIMENTER) {
            return ofct_error_set(err, OFPBIC_BAD_EXPERIMENTER, "experimenter "
                                  "instruction at offset %zu", ofs);
        }
        if (!instruction_name(type, version)) {
            return ofct_error_set(err, OFPBIC_UNKNOWN_INST, "unknown "
                                  "instruction type %u at offset %zu",
                                  type, ofs);
        }
        if (found[type]) {
            return ofct_error_set(err, OFPBIC_DUP_INST, "duplicate %s "
                                  "instruction", instruction_name(type, version));
        }
        if (type != OFPIT_APPLY_ACTIONS && type != OFPIT_GOTO_TABLE) {
            return ofct_error_set(err, OFPBIC_UNSUP_INST, "instruction %s "
                                  "is not supported by ofct",
                                  instruction_name(type, version));
        }
        if (type == OFPIT_GOTO_TABLE && ilen != 8) {
            return ofct_error_set(err, OFPBIC_BAD_LEN, "goto_table "
                                  "instruction length %u, must be 8", ilen);
        }
        found[type] = data + ofs;
        found_len[type] = ilen;
        ofs += ilen;
    }
    return 0;
}

int
ofct_actions_decode_instructions(struct ofct_actions *acts,
                                 const void *data, size_t len,
                                 enum ofct_ofp_version version,
                                 struct ofct_error *err)
{
    const uint8_t *found[7] = { NULL };
    size_t found_len[7] = { 0 };
    struct ofpact_decode_ctx ctx = {
        .ofpacts = &acts->ofpacts, .version = version, .outer = N_OFPACTS,
    };

    if (version == OFCT_OFP10) {
        return ofct_actions_decode(acts, data, len, version, err);
    }
    if (version < OFCT_OFP10 || version > OFCT_OFP15) {
        ofct_buf_clear(&acts->ofpacts);
        return ofct_error_set(err, OFPBRC_BAD_VERSION, "unknown OpenFlow "
                              "version %d", version);
    }
    ofct_error_clear(err);
    ofct_buf_clear(&acts->ofpacts);
    if (scan_instructions(data, len, version, found, found_len, err)) {
        return -1;
    }
    if (found[OFPIT_APPLY_ACTIONS]) {
        ctx.base_ofs = found[OFPIT_APPLY_ACTIONS] + 8 - (const uint8_t *) data;
        if (ofpacts_decode_list(found[OFPIT_APPLY_ACTIONS] + 8,
                                found_len[OFPIT_APPLY_ACTIONS] - 8, &ctx,
                                err)) {
            ofct_buf_clear(&acts->ofpacts);
            return -1;
        }
    }
    if (found[OFPIT_GOTO_TABLE]) {
        ofpact_put_GOTO_TABLE(&acts->ofpacts)->table_id
            = found[OFPIT_GOTO_TABLE][4];
    }
    return 0;
}
