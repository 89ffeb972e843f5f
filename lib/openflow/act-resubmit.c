/* Continuing in another table: resubmit (NXAST_RESUBMIT,
 * NXAST_RESUBMIT_TABLE, NXAST_RESUBMIT_TABLE_CT) and the goto_table
 * instruction (a resubmit in OpenFlow 1.0). */
#include <config.h>

#include <string.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"
#include "util/buf-fmt.h"

#define NXAST_RESUBMIT_SUBTYPE 1
#define NXAST_RESUBMIT_TABLE_SUBTYPE 14
#define NXAST_RESUBMIT_TABLE_CT_SUBTYPE 44

/* ------------------------------------------------------------------ */
/* resubmit */

static int
parse_resubmit_args(char *arg, struct ofpact_resubmit *rs,
                    struct ofct_error *err)
{
    char *port_s = strsep(&arg, ",");
    char *table_s = strsep(&arg, ",");
    char *ct_s = strsep(&arg, ",");

    if (port_s && *port_s && !ofp_port_from_string(port_s, &rs->in_port)) {
        return ofct_error_set(err, OFCT_OK, "%s: resubmit to unknown port",
                              port_s);
    }
    if (table_s && *table_s
        && !ofp_table_from_string(table_s, &rs->table_id)) {
        return ofct_error_set(err, OFCT_OK, "%s: resubmit to unknown table",
                              table_s);
    }
    if (ct_s && *ct_s) {
        if (strcmp(ct_s, "ct")) {
            return ofct_error_set(err, OFCT_OK, "%s: unknown parameter",
                                  ct_s);
        }
        rs->with_ct_orig = true;
    }
    /* OVS ignores anything after the third argument. */
    if (arg) {
        return ofct_error_set(err, OFCT_OK, "%s: unexpected resubmit "
                              "argument", arg);
    }
    return 0;
}

int
parse_RESUBMIT(char *arg, struct ofpact_parse_ctx *ctx,
               struct ofct_error *err)
{
    struct ofpact_resubmit rs = {
        .in_port = OFPP_IN_PORT, .table_id = 255,
    };

    if (parse_resubmit_args(arg, &rs, err)) {
        return -1;
    }
    if (rs.in_port == OFPP_IN_PORT && rs.table_id == 255) {
        return ofct_error_set(err, OFCT_OK, "at least one \"in_port\" or "
                              "\"table\" must be specified on resubmit");
    }

    struct ofpact_resubmit *rec = ofpact_put_RESUBMIT(ctx->ofpacts);
    struct ofpact hdr = rec->ofpact;
    *rec = rs;
    rec->ofpact = hdr;
    return 0;
}

void
format_RESUBMIT(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_resubmit *rs = ofpact_get_RESUBMIT(a);

    if (rs->in_port != OFPP_IN_PORT && rs->table_id == 255
        && !rs->with_ct_orig) {
        ofct_buf_puts(out, "resubmit:");
        ofp_format_port(rs->in_port, out);
        return;
    }
    ofct_buf_puts(out, "resubmit(");
    if (rs->in_port != OFPP_IN_PORT) {
        ofp_format_port(rs->in_port, out);
    }
    ofct_buf_putc(out, ',');
    if (rs->table_id != 255) {
        buf_put_dec(out, rs->table_id);
    }
    if (rs->with_ct_orig) {
        ofct_buf_puts(out, ",ct");
    }
    ofct_buf_putc(out, ')');
}

static void
put_resubmit(uint16_t subtype, uint16_t in_port, uint8_t table,
             struct ofct_buf *out)
{
    uint8_t *p = ofpact_put_nx_header(out, subtype, 16);

    put_be16(p + 10, in_port);
    p[12] = table;
}

/* OVS writes NXAST_RESUBMIT_TABLE (table 255 for "this table") except for
 * a resubmit that arrived as a plain NXAST_RESUBMIT, which goes back out
 * the same way. */
int
encode_RESUBMIT(const struct ofpact *a, enum ofct_ofp_version version,
                struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_resubmit *rs = ofpact_get_RESUBMIT(a);

    if (rs->with_ct_orig) {
        put_resubmit(NXAST_RESUBMIT_TABLE_CT_SUBTYPE, rs->in_port,
                     rs->table_id, out);
    } else if (rs->table_id == 255 && a->raw == OFP_RAW_NXAST_RESUBMIT) {
        put_resubmit(NXAST_RESUBMIT_SUBTYPE, rs->in_port, 0, out);
    } else {
        put_resubmit(NXAST_RESUBMIT_TABLE_SUBTYPE, rs->in_port, rs->table_id,
                     out);
    }
    return 0;
}

static int
put_decoded_resubmit(const uint8_t *a, enum ofp_raw_action raw,
                     struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_resubmit *rs;

    if (raw != OFP_RAW_NXAST_RESUBMIT && (a[13] || a[14] || a[15])) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "%s: non-zero "
                              "padding", ofp_raw_name(raw));
    }
    rs = ofpact_put_RESUBMIT(ctx->ofpacts);
    rs->ofpact.raw = raw;
    rs->in_port = get_be16(a + 10);
    rs->table_id = raw == OFP_RAW_NXAST_RESUBMIT ? 255 : a[12];
    rs->with_ct_orig = raw == OFP_RAW_NXAST_RESUBMIT_TABLE_CT;
    return 0;
}

int
decode_NXAST_RESUBMIT(const uint8_t *a, size_t len,
                      struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    return put_decoded_resubmit(a, OFP_RAW_NXAST_RESUBMIT, ctx, err);
}

int
decode_NXAST_RESUBMIT_TABLE(const uint8_t *a, size_t len,
                            struct ofpact_decode_ctx *ctx,
                            struct ofct_error *err)
{
    return put_decoded_resubmit(a, OFP_RAW_NXAST_RESUBMIT_TABLE, ctx, err);
}

int
decode_NXAST_RESUBMIT_TABLE_CT(const uint8_t *a, size_t len,
                               struct ofpact_decode_ctx *ctx,
                               struct ofct_error *err)
{
    return put_decoded_resubmit(a, OFP_RAW_NXAST_RESUBMIT_TABLE_CT, ctx,
                                err);
}

/* ------------------------------------------------------------------ */
/* goto_table */

int
parse_GOTO_TABLE(char *arg, struct ofpact_parse_ctx *ctx,
                 struct ofct_error *err)
{
    uint8_t table;

    if (!ofp_table_from_string(arg, &table)) {
        return ofct_error_set(err, OFCT_OK, "unknown table \"%s\"", arg);
    }
    ofpact_put_GOTO_TABLE(ctx->ofpacts)->table_id = table;
    return 0;
}

void
format_GOTO_TABLE(const struct ofpact *a, struct ofct_buf *out)
{
    BUF_PUT_LIT(out, "goto_table:");
    buf_put_dec(out, ofpact_get_GOTO_TABLE(a)->table_id);
}

/* OpenFlow 1.0 has no instructions: OVS sends goto_table as a resubmit to
 * that table from the same port. */
int
encode_GOTO_TABLE(const struct ofpact *a, enum ofct_ofp_version version,
                  struct ofct_buf *out, struct ofct_error *err)
{
    if (version != OFCT_OFP10) {
        return ofct_error_set(err, OFCT_OK, "goto_table is an instruction "
                              "in %s", ofct_ofp_version_to_string(version));
    }
    put_resubmit(NXAST_RESUBMIT_TABLE_SUBTYPE, OFPP_IN_PORT,
                 ofpact_get_GOTO_TABLE(a)->table_id, out);
    return 0;
}
