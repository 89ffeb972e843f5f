/* The connection-tracking actions: ct (NXAST_CT), nat (NXAST_NAT, only
 * inside ct) and ct_clear (NXAST_CT_CLEAR). */
#include <config.h>

#include <arpa/inet.h>
#include <inttypes.h>
#include <string.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"
#include "util/buf-fmt.h"

#define NXAST_CT_SUBTYPE 35
#define NXAST_NAT_SUBTYPE 36
#define NXAST_CT_CLEAR_SUBTYPE 43
#define NX_ACTION_CT_SIZE 24
#define NX_ACTION_NAT_SIZE 16

static struct ofpact_conntrack *
ct_at(struct ofct_buf *b, size_t ofs)
{
    return (struct ofpact_conntrack *) (b->data + ofs);
}

/* ------------------------------------------------------------------ */
/* ct */

int
ofpact_ct_check(const struct ofpact_conntrack *oc, struct ofct_error *err)
{
    const struct ofpact *a;

    if (oc->flags & NX_CT_F_FORCE && !(oc->flags & NX_CT_F_COMMIT)) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT,
                              "\"force\" flag requires \"commit\" flag.");
    }
    if (oc->zone_src.field && oc->zone_src.n_bits != 16) {
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "zone n_bits %u not "
                              "within valid range [16..16]",
                              oc->zone_src.n_bits);
    }
    if (oc->flags & NX_CT_F_COMMIT) {
        return 0;
    }
    OFPACT_FOR_EACH (a, ofpact_ct_actions(oc), ofpact_ct_actions_len(oc)) {
        if (a->type != OFPACT_NAT || ofpact_get_NAT(a)->flags
            || ofpact_get_NAT(a)->range_af) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "CT action "
                                  "requires commit flag if actions other "
                                  "than NAT without arguments are "
                                  "specified.");
        }
    }
    return 0;
}

static int
parse_ct_zone(struct ofpact_conntrack *oc, const char *value,
              struct ofct_error *err)
{
    const char *p = value;

    if (!str_to_u16(value, "zone", &oc->zone_imm, NULL)) {
        return 0;
    }
    if (mf_parse_subfield(&oc->zone_src, &p, err)) {
        return -1;
    }
    if (*p) {
        return ofct_error_set(err, OFCT_OK, "unexpected input following "
                              "field syntax");
    }
    return 0;
}

static int
parse_ct_alg(const char *value, uint16_t *alg, struct ofct_error *err)
{
    if (!strcmp(value, "ftp")) {
        *alg = CT_ALG_FTP;
    } else if (!strcmp(value, "tftp")) {
        *alg = CT_ALG_TFTP;
    } else {
        return ofct_error_set(err, OFCT_OK, "invalid conntrack helper "
                              "\"%s\"", value);
    }
    return 0;
}

static int
parse_ct_table(const char *value, uint8_t *table, struct ofct_error *err)
{
    if (!ofp_table_from_string(value, table)) {
        return ofct_error_set(err, OFCT_OK, "unknown table %s", value);
    }
    if (*table == NX_CT_RECIRC_NONE) {
        return ofct_error_set(err, OFCT_OK, "invalid table %#"PRIx8, *table);
    }
    return 0;
}

/* OVS lets a later "zone=", "table=" or "alg=" silently override an
 * earlier one (and keeps a stale zone subfield); a repeated key is almost
 * certainly a mistake, so refuse it. */
static int
check_once(unsigned int *seen, unsigned int bit, const char *key,
           struct ofct_error *err)
{
    if (*seen & bit) {
        return ofct_error_set(err, OFCT_OK, "\"ct\" action: \"%s\" given "
                              "more than once", key);
    }
    *seen |= bit;
    return 0;
}

static int
parse_ct_arg(struct ofct_buf *b, size_t ofs, char *key, char *value,
             unsigned int *seen, struct ofpact_parse_ctx *nested,
             struct ofct_error *err)
{
    struct ofpact_conntrack *oc = ct_at(b, ofs);

    if (!strcmp(key, "commit")) {
        oc->flags |= NX_CT_F_COMMIT;
    } else if (!strcmp(key, "force")) {
        oc->flags |= NX_CT_F_FORCE;
    } else if (!strcmp(key, "table")) {
        return (check_once(seen, 1, key, err)
                || parse_ct_table(value, &oc->recirc_table, err));
    } else if (!strcmp(key, "zone")) {
        return (check_once(seen, 2, key, err)
                || parse_ct_zone(oc, value, err));
    } else if (!strcmp(key, "alg")) {
        return (check_once(seen, 4, key, err)
                || parse_ct_alg(value, &oc->alg, err));
    } else if (!strcmp(key, "nat")) {
        return parse_NAT(value, nested, err);
    } else if (!strcmp(key, "exec")) {
        return ofpacts_parse_list(value, nested, err);
    } else {
        return ofct_error_set(err, OFCT_OK, "invalid argument to \"ct\" "
                              "action: `%s'", key);
    }
    return 0;
}

int
parse_CT(char *arg, struct ofpact_parse_ctx *ctx, struct ofct_error *err)
{
    struct ofct_buf *b = ctx->ofpacts;
    struct ofpact_conntrack *oc = ofpact_put_CT(b);
    size_t ofs = (uint8_t *) oc - b->data;
    struct ofpact_parse_ctx nested = {
        .ofpacts = b, .outer = OFPACT_CT, .depth = ctx->depth + 1,
    };
    unsigned int seen = 0;
    char *key, *value;

    oc->recirc_table = NX_CT_RECIRC_NONE;
    while (ofp_parse_key_value(&arg, &key, &value)) {
        if (parse_ct_arg(b, ofs, key, value, &seen, &nested, err)) {
            return -1;
        }
    }
    ofpact_finish(b, ofs);
    return ofpact_ct_check(ct_at(b, ofs), err);
}

static void
format_ct_alg(uint16_t alg, struct ofct_buf *out)
{
    if (alg == CT_ALG_FTP) {
        ofct_buf_puts(out, "alg=ftp,");
    } else if (alg == CT_ALG_TFTP) {
        ofct_buf_puts(out, "alg=tftp,");
    } else if (alg) {
        BUF_PUT_LIT(out, "alg=");
        buf_put_dec(out, alg);
        buf_put_char(out, ',');
    }
}

void
format_CT(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_conntrack *oc = ofpact_get_CT(a);
    const struct ofpact *nested = ofpact_ct_actions(oc);
    size_t nested_len = ofpact_ct_actions_len(oc);

    ofct_buf_puts(out, "ct(");
    if (oc->flags & NX_CT_F_COMMIT) {
        ofct_buf_puts(out, "commit,");
    }
    if (oc->flags & NX_CT_F_FORCE) {
        ofct_buf_puts(out, "force,");
    }
    if (oc->recirc_table != NX_CT_RECIRC_NONE) {
        BUF_PUT_LIT(out, "table=");
        buf_put_dec(out, oc->recirc_table);
        buf_put_char(out, ',');
    }
    if (oc->zone_src.field) {
        ofct_buf_puts(out, "zone=");
        mf_format_subfield(&oc->zone_src, out);
        ofct_buf_putc(out, ',');
    } else if (oc->zone_imm) {
        BUF_PUT_LIT(out, "zone=");
        buf_put_dec(out, oc->zone_imm);
        buf_put_char(out, ',');
    }
    /* A leading nat is printed outside exec(), as OVS does. */
    if (nested_len && nested->type == OFPACT_NAT) {
        format_NAT(nested, out);
        ofct_buf_putc(out, ',');
        nested_len -= OFPACT_ALIGN(nested->len);
        nested = ofpact_next(nested);
    }
    if (nested_len) {
        ofct_buf_puts(out, "exec(");
        ofpacts_format_list(nested, nested_len, out);
        ofct_buf_puts(out, "),");
    }
    format_ct_alg(oc->alg, out);
    ofct_buf_chomp(out, ',');
    ofct_buf_putc(out, ')');
}

int
encode_CT(const struct ofpact *a, enum ofct_ofp_version version,
          struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_conntrack *oc = ofpact_get_CT(a);
    size_t start = out->size;
    uint8_t *p;

    if (ofpact_ct_check(oc, err)) {
        return -1;
    }
    p = ofpact_put_nx_header(out, NXAST_CT_SUBTYPE, NX_ACTION_CT_SIZE);
    put_be16(p + 10, oc->flags);
    if (oc->zone_src.field) {
        put_be32(p + 12, mf_header(oc->zone_src.field, 0));
        put_be16(p + 16, oc->zone_src.ofs << 6 | (oc->zone_src.n_bits - 1));
    } else {
        put_be16(p + 16, oc->zone_imm);
    }
    p[18] = oc->recirc_table;
    put_be16(p + 22, oc->alg);
    if (ofpacts_encode_list(ofpact_ct_actions(oc), ofpact_ct_actions_len(oc),
                            version, out, err)) {
        return -1;
    }
    if (out->size - start > 0xfff8) {
        return ofct_error_set(err, OFPBAC_BAD_LEN, "ct action with its "
                              "nested actions is %zu bytes in %s, more than "
                              "an action's 16-bit length allows",
                              out->size - start,
                              ofct_ofp_version_to_string(version));
    }
    put_be16(out->data + start + 2, out->size - start);
    return 0;
}

/* Decodes the zone source of an NXAST_CT: a 16-bit subfield, or an
 * immediate value in the same bytes. */
static int
decode_ct_zone(const uint8_t *a, struct ofpact_conntrack *oc,
               struct ofct_error *err)
{
    uint32_t header = get_be32(a + 12);
    uint16_t ofs_nbits = get_be16(a + 16);

    if (!header) {
        oc->zone_imm = ofs_nbits;
        return 0;
    }
    oc->zone_src.field = ofpact_field_from_nxm_header(header);
    oc->zone_src.ofs = ofs_nbits >> 6;
    oc->zone_src.n_bits = (ofs_nbits & 0x3f) + 1;
    if (!oc->zone_src.field) {
        const char *name = mf_unsupported_name(header, 0);

        if (!name) {
            return ofct_error_set(err, OFPBAC_BAD_SET_TYPE, "ct zone source "
                                  "%#"PRIx32" is not a known field", header);
        } else if (oc->zone_src.n_bits == 16) {
            return ofct_error_set(err, OFPBAC_BAD_SET_TYPE, "ct zone source "
                                  "field %s is not supported by ofct", name);
        }
        /* Not 16 bits: OVS's error below, whatever the field. */
    } else if (oc->zone_src.ofs + oc->zone_src.n_bits
               > oc->zone_src.field->n_bits) {
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "%s[%u..%u] exceeds "
                              "the %u-bit field", oc->zone_src.field->name,
                              oc->zone_src.ofs,
                              oc->zone_src.ofs + oc->zone_src.n_bits - 1,
                              oc->zone_src.field->n_bits);
    }
    /* Checked here, before any nested action, so that the error is the
     * one OVS reports first. */
    if (oc->zone_src.n_bits != 16) {
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "zone n_bits %u not "
                              "within valid range [16..16]",
                              oc->zone_src.n_bits);
    }
    return 0;
}

int
decode_NXAST_CT(const uint8_t *a, size_t len, struct ofpact_decode_ctx *ctx,
                struct ofct_error *err)
{
    struct ofct_buf *b = ctx->ofpacts;
    struct ofpact_conntrack *oc = ofpact_put_CT(b);
    size_t ofs = (uint8_t *) oc - b->data;
    struct ofpact_decode_ctx nested = *ctx;

    oc->ofpact.raw = OFP_RAW_NXAST_CT;
    oc->flags = get_be16(a + 10);
    if (oc->flags & NX_CT_F_FORCE && !(oc->flags & NX_CT_F_COMMIT)) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT,
                              "\"force\" flag requires \"commit\" flag.");
    }
    if (decode_ct_zone(a, oc, err)) {
        return -1;
    }
    oc->recirc_table = a[18];
    oc->alg = get_be16(a + 22);

    nested.outer = OFPACT_CT;
    nested.depth++;
    nested.base_ofs += NX_ACTION_CT_SIZE;
    if (ofpacts_decode_list(a + NX_ACTION_CT_SIZE, len - NX_ACTION_CT_SIZE,
                            &nested, err)) {
        return -1;
    }
    ofpact_finish(b, ofs);
    return ofpact_ct_check(ct_at(b, ofs), err);
}

/* ------------------------------------------------------------------ */
/* ct_clear */

int
parse_CT_CLEAR(char *arg, struct ofpact_parse_ctx *ctx,
               struct ofct_error *err)
{
    /* OVS ignores an argument here; taking "ct_clear(1)" silently would
     * hide a typo, so refuse it. */
    if (*arg) {
        return ofct_error_set(err, OFCT_OK, "ct_clear does not take an "
                              "argument (got `%s')", arg);
    }
    ofpact_put_CT_CLEAR(ctx->ofpacts);
    return 0;
}

void
format_CT_CLEAR(const struct ofpact *a, struct ofct_buf *out)
{
    ofct_buf_puts(out, "ct_clear");
}

int
encode_CT_CLEAR(const struct ofpact *a, enum ofct_ofp_version version,
                struct ofct_buf *out, struct ofct_error *err)
{
    ofpact_put_nx_header(out, NXAST_CT_CLEAR_SUBTYPE, 16);
    return 0;
}

int
decode_NXAST_CT_CLEAR(const uint8_t *a, size_t len,
                      struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    /* The 6 pad bytes are ignored, as OVS does. */
    ofpact_put_CT_CLEAR(ctx->ofpacts)->ofpact.raw = OFP_RAW_NXAST_CT_CLEAR;
    return 0;
}

/* ------------------------------------------------------------------ */
/* nat */

/* Scans a dotted-quad IPv4 address at 's', strictly (each octet 0..255). */
static bool
scan_ipv4(const char *s, size_t *n, uint32_t *ip)
{
    size_t i = 0;
    uint32_t addr = 0;

    for (int octet = 0; octet < 4; octet++) {
        unsigned int v = 0;
        size_t digits = 0;

        if (octet && s[i++] != '.') {
            return false;
        }
        while (s[i] >= '0' && s[i] <= '9' && digits < 4) {
            v = v * 10 + (s[i++] - '0');
            digits++;
        }
        if (!digits || v > 255) {
            return false;
        }
        addr = addr << 8 | v;
    }
    *n += i;
    *ip = addr;
    return true;
}

/* Scans an IPv6 address, bare or in brackets.  Like OVS's scanf pattern,
 * it consumes the characters an address may contain before knowing whether
 * they make one; '*ok' says whether they do.  Returns the number of
 * characters consumed. */
static size_t
scan_ipv6(const char *s, uint8_t ip[16], bool *ok)
{
    static const char chars[] = "0123456789abcdefABCDEF:.";
    bool bracket = *s == '[';
    const char *start = s + bracket;
    size_t len = strspn(start, chars);
    char buf[64];

    *ok = false;
    if (!len || len > 46 || (bracket && start[len] != ']')) {
        return 0;
    }
    memcpy(buf, start, len);
    buf[len] = '\0';
    *ok = inet_pton(AF_INET6, buf, ip) == 1;
    return len + 2 * bracket;
}

static bool
scan_port(const char *s, size_t *n, uint16_t *port)
{
    size_t i = 0;
    unsigned long v = 0;

    while (s[i] >= '0' && s[i] <= '9' && i < 6) {
        v = v * 10 + (s[i++] - '0');
    }
    if (!i || v > UINT16_MAX) {
        return false;
    }
    *n += i;
    *port = v;
    return true;
}

/* Scans the address part of a nat range.  Returns false if it is invalid;
 * a prefix that is no address leaves 'on->range_af' 0 with '*n' past the
 * characters consumed, as OVS does, for the caller to report. */
static bool
scan_nat_addrs(const char *s, size_t *n, struct ofpact_nat *on)
{
    bool ok;

    if (scan_ipv4(s, n, &on->ipv4_min)) {
        on->range_af = 4;
        if (s[*n] == '-') {
            ++*n;
            return (scan_ipv4(s + *n, n, &on->ipv4_max)
                    && on->ipv4_max >= on->ipv4_min);
        }
        return true;
    }
    *n += scan_ipv6(s, on->ipv6_min, &ok);
    if (!ok) {
        /* OVS takes "src=1.2.3" as plain "src": refuse instead. */
        return *n == 0 || s[*n] != '\0';
    }
    on->range_af = 6;
    if (s[*n] == '-') {
        ++*n;
        *n += scan_ipv6(s + *n, on->ipv6_max, &ok);
        return ok && memcmp(on->ipv6_max, on->ipv6_min, 16) >= 0;
    }
    return true;
}

static bool
scan_nat_ports(const char *s, size_t *n, struct ofpact_nat *on)
{
    if (!scan_port(s + *n, n, &on->proto_min)) {
        return false;
    }
    if (s[*n] == '-') {
        ++*n;
        return (scan_port(s + *n, n, &on->proto_max)
                && on->proto_max >= on->proto_min);
    }
    return true;
}

/* Parses "ADDR[-ADDR][:PORT[-PORT]]".  Unlike OVS, octets above 255,
 * ports above 65535 and addresses that do not parse are errors rather
 * than silently wrapped or dropped. */
static int
parse_nat_range(const char *s, struct ofpact_nat *on, struct ofct_error *err)
{
    size_t n = 0;

    on->range_af = 0;
    if (!scan_nat_addrs(s, &n, on)) {
        return ofct_error_set(err, OFCT_OK, "invalid nat range \"%s\"", s);
    }
    if (on->range_af && s[n] == ':') {
        n++;
        if (!scan_nat_ports(s, &n, on)) {
            return ofct_error_set(err, OFCT_OK, "invalid nat range \"%s\"",
                                  s);
        }
    }
    if (s[n] != '\0') {
        return ofct_error_set(err, OFCT_OK, "garbage (%s) after nat range "
                              "\"%s\" (pos: %zu)", &s[n], s, n);
    }
    return 0;
}

static int
parse_nat_arg(struct ofpact_nat *on, const char *key, const char *value,
              struct ofct_error *err)
{
    if (!strcmp(key, "src") || !strcmp(key, "dst")) {
        on->flags |= key[0] == 's' ? NX_NAT_F_SRC : NX_NAT_F_DST;
        return parse_nat_range(value, on, err);
    } else if (!strcmp(key, "persistent")) {
        on->flags |= NX_NAT_F_PERSISTENT;
    } else if (!strcmp(key, "hash")) {
        on->flags |= NX_NAT_F_PROTO_HASH;
    } else if (!strcmp(key, "random")) {
        on->flags |= NX_NAT_F_PROTO_RANDOM;
    } else {
        return ofct_error_set(err, OFCT_OK, "invalid key \"%s\" in \"nat\" "
                              "argument", key);
    }
    return 0;
}

static int
check_nat(const struct ofpact_nat *on, struct ofct_error *err)
{
    if (on->flags & NX_NAT_F_SRC && on->flags & NX_NAT_F_DST) {
        return ofct_error_set(err, OFCT_OK, "May only specify one of \"src\" "
                              "or \"dst\".");
    }
    if (!(on->flags & (NX_NAT_F_SRC | NX_NAT_F_DST))) {
        if (on->flags) {
            return ofct_error_set(err, OFCT_OK, "Flags allowed only with "
                                  "\"src\" or \"dst\".");
        }
        if (on->range_af) {
            return ofct_error_set(err, OFCT_OK, "Range allowed only with "
                                  "\"src\" or \"dst\".");
        }
    }
    if (on->flags & NX_NAT_F_PROTO_HASH && on->flags & NX_NAT_F_PROTO_RANDOM) {
        return ofct_error_set(err, OFCT_OK, "Both \"hash\" and \"random\" are "
                              "not allowed.");
    }
    return 0;
}

int
parse_NAT(char *arg, struct ofpact_parse_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_nat on;
    char *key, *value;

    memset(&on, 0, sizeof on);
    while (ofp_parse_key_value(&arg, &key, &value)) {
        if (parse_nat_arg(&on, key, value, err)) {
            return -1;
        }
    }
    if (check_nat(&on, err)) {
        return -1;
    }

    struct ofpact_nat *rec = ofpact_put_NAT(ctx->ofpacts);
    struct ofpact hdr = rec->ofpact;
    *rec = on;
    rec->ofpact = hdr;
    return 0;
}

static void
format_ipv6(const uint8_t ip[16], bool bracket, struct ofct_buf *out)
{
    char buf[INET6_ADDRSTRLEN];

    inet_ntop(AF_INET6, ip, buf, sizeof buf);
    if (bracket) {
        buf_put_char(out, '[');
    }
    buf_put_str(out, buf);
    if (bracket) {
        buf_put_char(out, ']');
    }
}

static void
format_ipv4(uint32_t ip, struct ofct_buf *out)
{
    for (int shift = 24; shift >= 0; shift -= 8) {
        buf_put_dec(out, (ip >> shift) & 0xff);
        if (shift) {
            buf_put_char(out, '.');
        }
    }
}

static void
format_nat_range(const struct ofpact_nat *on, struct ofct_buf *out)
{
    static const uint8_t zeros[16];

    ofct_buf_putc(out, '=');
    if (on->range_af == 4) {
        format_ipv4(on->ipv4_min, out);
        if (on->ipv4_max && on->ipv4_max != on->ipv4_min) {
            ofct_buf_putc(out, '-');
            format_ipv4(on->ipv4_max, out);
        }
    } else {
        format_ipv6(on->ipv6_min, on->proto_min, out);
        if (memcmp(on->ipv6_max, zeros, 16)
            && memcmp(on->ipv6_max, on->ipv6_min, 16)) {
            ofct_buf_putc(out, '-');
            format_ipv6(on->ipv6_max, on->proto_min, out);
        }
    }
    if (on->proto_min) {
        buf_put_char(out, ':');
        buf_put_dec(out, on->proto_min);
        if (on->proto_max && on->proto_max != on->proto_min) {
            buf_put_char(out, '-');
            buf_put_dec(out, on->proto_max);
        }
    }
}

/* Unlike OVS, which prints the persistent/hash/random flags only when an
 * address range is present (so "nat(src,random)" comes back as
 * "nat(src)"), print every flag: the formatter is the parser's inverse. */
void
format_NAT(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_nat *on = ofpact_get_NAT(a);

    ofct_buf_puts(out, "nat");
    if (!(on->flags & (NX_NAT_F_SRC | NX_NAT_F_DST))) {
        return;
    }
    ofct_buf_puts(out, on->flags & NX_NAT_F_SRC ? "(src" : "(dst");
    if (on->range_af) {
        format_nat_range(on, out);
    }
    if (on->flags & NX_NAT_F_PERSISTENT) {
        ofct_buf_puts(out, ",persistent");
    }
    if (on->flags & NX_NAT_F_PROTO_HASH) {
        ofct_buf_puts(out, ",hash");
    }
    if (on->flags & NX_NAT_F_PROTO_RANDOM) {
        ofct_buf_puts(out, ",random");
    }
    ofct_buf_putc(out, ')');
}

static uint16_t
put_nat_ranges(const struct ofpact_nat *on, struct ofct_buf *out)
{
    static const uint8_t zeros[16];
    uint16_t present = 0;
    uint8_t *p;

    if (on->range_af == 4) {
        if (on->ipv4_min) {
            put_be32(ofct_buf_put_uninit(out, 4), on->ipv4_min);
            present |= NX_NAT_RANGE_IPV4_MIN;
        }
        if (on->ipv4_max) {
            put_be32(ofct_buf_put_uninit(out, 4), on->ipv4_max);
            present |= NX_NAT_RANGE_IPV4_MAX;
        }
    } else if (on->range_af == 6) {
        if (memcmp(on->ipv6_min, zeros, 16)) {
            ofct_buf_put(out, on->ipv6_min, 16);
            present |= NX_NAT_RANGE_IPV6_MIN;
        }
        if (memcmp(on->ipv6_max, zeros, 16)) {
            ofct_buf_put(out, on->ipv6_max, 16);
            present |= NX_NAT_RANGE_IPV6_MAX;
        }
    }
    if (on->range_af && on->proto_min) {
        p = ofct_buf_put_uninit(out, 2);
        put_be16(p, on->proto_min);
        present |= NX_NAT_RANGE_PROTO_MIN;
    }
    if (on->range_af && on->proto_max) {
        p = ofct_buf_put_uninit(out, 2);
        put_be16(p, on->proto_max);
        present |= NX_NAT_RANGE_PROTO_MAX;
    }
    return present;
}

int
encode_NAT(const struct ofpact *a, enum ofct_ofp_version version,
           struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_nat *on = ofpact_get_NAT(a);
    size_t start = out->size;
    uint16_t present;

    ofpact_put_nx_header(out, NXAST_NAT_SUBTYPE, NX_ACTION_NAT_SIZE);
    put_be16(out->data + start + 12, on->flags);
    present = put_nat_ranges(on, out);
    put_be16(out->data + start + 14, present);
    ofpact_pad_and_fix_len(out, start);
    return 0;
}

/* Checks the flags and range bits of a wire NAT action before reading the
 * ranges.  OVS 3.1 answers OFPBAC_BAD_ARGUMENT for all of these. */
static int
check_nat_wire(uint16_t flags, uint16_t present, size_t avail,
               struct ofct_error *err)
{
    size_t need = 0;

    if (flags & ~NX_NAT_F_MASK) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: unknown flags "
                              "%#x", flags & ~NX_NAT_F_MASK);
    }
    if (flags & NX_NAT_F_SRC && flags & NX_NAT_F_DST) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: both src and "
                              "dst flags set");
    }
    if (flags & NX_NAT_F_PROTO_HASH && flags & NX_NAT_F_PROTO_RANDOM) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: both hash and "
                              "random flags set");
    }
    if (present & (NX_NAT_RANGE_IPV4_MIN | NX_NAT_RANGE_IPV4_MAX)
        && present & (NX_NAT_RANGE_IPV6_MIN | NX_NAT_RANGE_IPV6_MAX)) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: both IPv4 and "
                              "IPv6 ranges present");
    }
    if ((present & NX_NAT_RANGE_IPV4_MAX && !(present & NX_NAT_RANGE_IPV4_MIN))
        || (present & NX_NAT_RANGE_IPV6_MAX
            && !(present & NX_NAT_RANGE_IPV6_MIN))
        || (present & NX_NAT_RANGE_PROTO_MAX
            && !(present & NX_NAT_RANGE_PROTO_MIN))) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: range maximum "
                              "without minimum (range_present %#x)", present);
    }
    need += present & NX_NAT_RANGE_IPV4_MIN ? 4 : 0;
    need += present & NX_NAT_RANGE_IPV4_MAX ? 4 : 0;
    need += present & NX_NAT_RANGE_IPV6_MIN ? 16 : 0;
    need += present & NX_NAT_RANGE_IPV6_MAX ? 16 : 0;
    need += present & NX_NAT_RANGE_PROTO_MIN ? 2 : 0;
    need += present & NX_NAT_RANGE_PROTO_MAX ? 2 : 0;
    if (need > avail) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: ranges need %zu "
                              "bytes but only %zu follow", need, avail);
    }
    return 0;
}

static int
read_nat_ranges(const uint8_t *p, uint16_t present, struct ofpact_nat *on,
                struct ofct_error *err)
{
    if (present & NX_NAT_RANGE_IPV4_MIN) {
        on->range_af = 4;
        on->ipv4_min = get_be32(p);
        p += 4;
        if (!on->ipv4_min) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: IPv4 range "
                                  "minimum is 0.0.0.0");
        }
        if (present & NX_NAT_RANGE_IPV4_MAX) {
            on->ipv4_max = get_be32(p);
            p += 4;
            if (on->ipv4_max < on->ipv4_min) {
                return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: IPv4 "
                                      "range maximum below minimum");
            }
        }
    } else if (present & NX_NAT_RANGE_IPV6_MIN) {
        static const uint8_t any[16];

        on->range_af = 6;
        memcpy(on->ipv6_min, p, 16);
        p += 16;
        if (!memcmp(on->ipv6_min, any, 16)) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: IPv6 range "
                                  "minimum is ::");
        }
        if (present & NX_NAT_RANGE_IPV6_MAX) {
            memcpy(on->ipv6_max, p, 16);
            p += 16;
            if (memcmp(on->ipv6_max, on->ipv6_min, 16) < 0) {
                return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: IPv6 "
                                      "range maximum below minimum");
            }
        }
    }
    if (present & NX_NAT_RANGE_PROTO_MIN) {
        if (!on->range_af) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: port range "
                                  "without an address range");
        }
        on->proto_min = get_be16(p);
        p += 2;
        if (!on->proto_min) {
            return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: port range "
                                  "minimum is 0");
        }
        if (present & NX_NAT_RANGE_PROTO_MAX) {
            on->proto_max = get_be16(p);
            if (on->proto_max < on->proto_min) {
                return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "nat: port "
                                      "range maximum below minimum");
            }
        }
    }
    return 0;
}

int
decode_NXAST_NAT(const uint8_t *a, size_t len, struct ofpact_decode_ctx *ctx,
                 struct ofct_error *err)
{
    uint16_t flags = get_be16(a + 12);
    uint16_t present = get_be16(a + 14);
    struct ofpact_nat *on;

    if (check_nat_wire(flags, present, len - NX_ACTION_NAT_SIZE, err)) {
        return -1;
    }
    on = ofpact_put_NAT(ctx->ofpacts);
    on->ofpact.raw = OFP_RAW_NXAST_NAT;
    on->flags = flags;
    return read_nat_ranges(a + NX_ACTION_NAT_SIZE, present, on, err);
}
