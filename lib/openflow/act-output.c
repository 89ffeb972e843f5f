/* Sending packets out: output (OFPAT_OUTPUT) and controller (OFPAT_OUTPUT
 * to CONTROLLER when it can be, else NXAST_CONTROLLER). */
#include <config.h>

#include <inttypes.h>
#include <string.h>
#include <strings.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"

#define OFPAT_OUTPUT 0
#define NXAST_CONTROLLER_SUBTYPE 20

/* ------------------------------------------------------------------ */
/* output */

int
parse_OUTPUT(char *arg, struct ofpact_parse_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_output *output;
    uint16_t port;

    if (strchr(arg, '[')) {
        return ofct_error_set(err, OFCT_OK, "output to a field (%s) is not "
                              "supported by ofct", arg);
    }
    if (strstr(arg, "port") && strstr(arg, "max_len")) {
        return ofct_error_set(err, OFCT_OK, "output with truncation (%s) is "
                              "not supported by ofct", arg);
    }
    if (!ofp_port_from_string(arg, &port)) {
        return ofct_error_set(err, OFCT_OK, "%s: output to unknown port",
                              arg);
    }
    if (ofpact_check_output_port(port, err)) {
        return -1;
    }
    output = ofpact_put_OUTPUT(ctx->ofpacts);
    output->port = port;
    output->max_len = port == OFPP_CONTROLLER ? UINT16_MAX : 0;
    return 0;
}

void
format_OUTPUT(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_output *output = ofpact_get_OUTPUT(a);

    if (output->port < OFPP_MAX) {
        ofct_buf_puts(out, "output:");
    }
    ofp_format_port(output->port, out);
    if (output->port == OFPP_CONTROLLER) {
        ofct_buf_printf(out, ":%u", output->max_len);
    }
}

static void
put_output(uint16_t port, uint16_t max_len, enum ofct_ofp_version version,
           struct ofct_buf *out)
{
    uint8_t *p;

    if (version == OFCT_OFP10) {
        p = ofpact_put_std_header(out, OFPAT_OUTPUT, 8);
        put_be16(p + 4, port);
        put_be16(p + 6, max_len);
    } else {
        p = ofpact_put_std_header(out, OFPAT_OUTPUT, 16);
        put_be32(p + 4, ofp_port_to_ofp11(port));
        put_be16(p + 8, max_len);
    }
}

int
encode_OUTPUT(const struct ofpact *a, enum ofct_ofp_version version,
              struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_output *output = ofpact_get_OUTPUT(a);

    put_output(output->port, output->max_len, version, out);
    return 0;
}

/* Reserved ports that an output action may name; OFPP_NONE (ANY) and
 * numbers between OFPP_MAX and the reserved range may not. */
int
ofpact_check_output_port(uint16_t port, struct ofct_error *err)
{
    switch (port) {
    case OFPP_IN_PORT:
    case OFPP_TABLE:
    case OFPP_NORMAL:
    case OFPP_FLOOD:
    case OFPP_ALL:
    case OFPP_CONTROLLER:
    case OFPP_LOCAL:
        return 0;
    default:
        if (port < OFPP_MAX) {
            return 0;
        }
        return ofct_error_set(err, OFPBAC_BAD_OUT_PORT, "output to invalid "
                              "port %u (OFPBAC_BAD_OUT_PORT)", port);
    }
}

static int
put_decoded_output(uint16_t port, uint16_t max_len, enum ofp_raw_action raw,
                   struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_output *output;

    if (ofpact_check_output_port(port, err)) {
        return -1;
    }
    output = ofpact_put_OUTPUT(ctx->ofpacts);
    output->ofpact.raw = raw;
    output->port = port;
    output->max_len = max_len;
    return 0;
}

int
decode_OFPAT10_OUTPUT(const uint8_t *a, size_t len,
                      struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    return put_decoded_output(get_be16(a + 4), get_be16(a + 6),
                              OFP_RAW_OFPAT10_OUTPUT, ctx, err);
}

int
decode_OFPAT11_OUTPUT(const uint8_t *a, size_t len,
                      struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    uint32_t port11 = get_be32(a + 4);
    uint16_t port;

    if (!ofp_port_from_ofp11(port11, &port)) {
        return ofct_error_set(err, OFPBAC_BAD_OUT_PORT, "port %"PRIu32" is "
                              "outside the supported range", port11);
    }
    return put_decoded_output(port, get_be16(a + 8), OFP_RAW_OFPAT11_OUTPUT,
                              ctx, err);
}

/* ------------------------------------------------------------------ */
/* controller */

static const char *const reason_names[OFPR_N_REASONS] = {
    [OFPR_NO_MATCH] = "no_match",
    [OFPR_ACTION] = "action",
    [OFPR_INVALID_TTL] = "invalid_ttl",
    [OFPR_ACTION_SET] = "action_set",
    [OFPR_GROUP] = "group",
    [OFPR_PACKET_OUT] = "packet_out",
};

static int
reason_from_string(const char *s, uint8_t *reason)
{
    for (int i = 0; i < OFPR_N_REASONS; i++) {
        if (!strcasecmp(s, reason_names[i])) {
            *reason = i;
            return 0;
        }
    }
    return -1;
}

static int
parse_controller_arg(struct ofpact_controller *oc, const char *key,
                     const char *value, struct ofct_error *err)
{
    if (!strcmp(key, "reason")) {
        if (reason_from_string(value, &oc->reason)) {
            return ofct_error_set(err, OFCT_OK, "unknown reason \"%s\"",
                                  value);
        }
        return 0;
    } else if (!strcmp(key, "max_len")) {
        return str_to_u16(value, "max_len", &oc->max_len, err);
    } else if (!strcmp(key, "id")) {
        return str_to_u16(value, "id", &oc->controller_id, err);
    } else if (!strcmp(key, "userdata") || !strcmp(key, "pause")
               || !strcmp(key, "meter_id")) {
        return ofct_error_set(err, OFCT_OK, "controller action: \"%s\" "
                              "(NXAST_CONTROLLER2) is not supported by ofct",
                              key);
    }
    return ofct_error_set(err, OFCT_OK, "unknown key \"%s\" parsing "
                          "controller action", key);
}

int
parse_CONTROLLER(char *arg, struct ofpact_parse_ctx *ctx,
                 struct ofct_error *err)
{
    struct ofpact_controller oc = {
        .max_len = UINT16_MAX, .reason = OFPR_ACTION,
    };
    char *key, *value;

    if (*arg && strspn(arg, "0123456789") == strlen(arg)) {
        if (str_to_u16(arg, "max_len", &oc.max_len, err)) {
            return -1;
        }
    } else {
        while (ofp_parse_key_value(&arg, &key, &value)) {
            if (parse_controller_arg(&oc, key, value, err)) {
                return -1;
            }
        }
    }
    if (oc.reason == OFPR_ACTION && !oc.controller_id) {
        struct ofpact_output *output = ofpact_put_OUTPUT(ctx->ofpacts);
        output->port = OFPP_CONTROLLER;
        output->max_len = oc.max_len;
    } else {
        struct ofpact_controller *rec = ofpact_put_CONTROLLER(ctx->ofpacts);
        struct ofpact hdr = rec->ofpact;
        *rec = oc;
        rec->ofpact = hdr;
    }
    return 0;
}

void
format_CONTROLLER(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_controller *oc = ofpact_get_CONTROLLER(a);

    if (oc->reason == OFPR_ACTION && !oc->controller_id) {
        ofct_buf_printf(out, "CONTROLLER:%u", oc->max_len);
        return;
    }
    ofct_buf_puts(out, "controller(");
    if (oc->reason != OFPR_ACTION) {
        if (oc->reason < OFPR_N_REASONS) {
            ofct_buf_printf(out, "reason=%s,", reason_names[oc->reason]);
        } else {
            ofct_buf_printf(out, "reason=%u,", oc->reason);
        }
    }
    if (oc->max_len != UINT16_MAX) {
        ofct_buf_printf(out, "max_len=%u,", oc->max_len);
    }
    if (oc->controller_id) {
        ofct_buf_printf(out, "id=%u,", oc->controller_id);
    }
    ofct_buf_chomp(out, ',');
    ofct_buf_putc(out, ')');
}

int
encode_CONTROLLER(const struct ofpact *a, enum ofct_ofp_version version,
                  struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_controller *oc = ofpact_get_CONTROLLER(a);
    uint8_t *p;

    /* A controller action that arrived as NXAST_CONTROLLER goes back out
     * the same way even when an output to CONTROLLER would say it. */
    if (oc->reason == OFPR_ACTION && !oc->controller_id
        && a->raw != OFP_RAW_NXAST_CONTROLLER) {
        put_output(OFPP_CONTROLLER, oc->max_len, version, out);
        return 0;
    }
    p = ofpact_put_nx_header(out, NXAST_CONTROLLER_SUBTYPE, 16);
    put_be16(p + 10, oc->max_len);
    put_be16(p + 12, oc->controller_id);
    p[14] = oc->reason;
    return 0;
}

int
decode_NXAST_CONTROLLER(const uint8_t *a, size_t len,
                        struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_controller *oc = ofpact_put_CONTROLLER(ctx->ofpacts);

    oc->ofpact.raw = OFP_RAW_NXAST_CONTROLLER;
    oc->max_len = get_be16(a + 10);
    oc->controller_id = get_be16(a + 12);
    oc->reason = a[14];
    return 0;
}
