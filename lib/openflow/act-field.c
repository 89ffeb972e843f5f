/* Field-writing actions: set_field and load (one IR record, two wire forms:
 * OFPAT_SET_FIELD and NXAST_REG_LOAD) and move (NXAST_REG_MOVE, or
 * OFPAT_COPY_FIELD in OpenFlow 1.5). */
#include <config.h>

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"
#include "util/buf-fmt.h"

#define NXAST_REG_MOVE_SUBTYPE 6
#define NXAST_REG_LOAD_SUBTYPE 7
#define NXAST_REG_LOAD2_SUBTYPE 33
#define ONFACT_COPY_FIELD_SUBTYPE 3200
#define OFPAT_SET_FIELD 25
#define OFPAT_COPY_FIELD 28

const struct mf_field *
ofpact_field_from_nxm_header(uint32_t header)
{
    if (NXM_HASMASK(header)) {
        header = NXM_HEADER(NXM_CLASS(header), NXM_FIELD(header), 0,
                            NXM_LENGTH(header) / 2);
    }
    return mf_from_header(header);
}

/* Checks that 'sf' lies within its field, with OVS's error codes. */
static int
check_subfield(const struct mf_subfield *sf, const char *role,
               struct ofct_error *err)
{
    if (!sf->n_bits) {
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "zero bit %s field "
                              "%s", role, sf->field->name);
    }
    if (sf->ofs + sf->n_bits > sf->field->n_bits) {
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "bit offset %u and "
                              "width %u exceeds %u-bit width of %s field %s",
                              sf->ofs, sf->n_bits, sf->field->n_bits, role,
                              sf->field->name);
    }
    return 0;
}

static int
check_dst(const struct mf_subfield *sf, struct ofct_error *err)
{
    if (check_subfield(sf, "destination", err)) {
        return -1;
    }
    if (!sf->field->writable) {
        return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "destination "
                              "field %s is not writable", sf->field->name);
    }
    return 0;
}

/* Values are big-endian byte strings whose bit 0 is the low bit of the
 * last byte.  These helpers go a byte at a time rather than a bit at a
 * time: a 128-bit ct_label load is encoded and printed for every flow of
 * a large table. */

static unsigned int
umin(unsigned int a, unsigned int b)
{
    return a < b ? a : b;
}

/* The bits of 'v' from 'ofs' up, as the low bits of a byte (fewer than 8
 * at the top of a byte); 0 beyond the value. */
static unsigned int
byte_from(const uint8_t *v, unsigned int n_bytes, unsigned int ofs)
{
    return ofs / 8 < n_bytes ? v[n_bytes - 1 - ofs / 8] >> (ofs % 8) : 0;
}

static uint64_t
get_bits(const uint8_t *v, unsigned int n_bytes, unsigned int ofs,
         unsigned int n_bits)
{
    uint64_t x = 0;

    for (unsigned int i = 0; i < n_bits;) {
        unsigned int take = umin(8 - (ofs + i) % 8, n_bits - i);
        uint64_t chunk = byte_from(v, n_bytes, ofs + i) & ((1u << take) - 1);

        x |= chunk << i;
        i += take;
    }
    return x;
}

static void
put_bits(uint8_t *v, unsigned int n_bytes, unsigned int ofs,
         unsigned int n_bits, uint64_t x)
{
    for (unsigned int i = 0; i < n_bits;) {
        unsigned int bit = ofs + i;
        unsigned int take = umin(8 - bit % 8, n_bits - i);
        unsigned int mask = ((1u << take) - 1) << (bit % 8);

        if (bit / 8 < n_bytes) {
            uint8_t *byte = &v[n_bytes - 1 - bit / 8];

            *byte = (*byte & ~mask) | (((x >> i) << (bit % 8)) & mask);
        }
        i += take;
    }
}

/* The first bit at or above 'ofs' and below 'limit' that is 1 (or, with
 * 'ones' false, 0) in 'v'; 'limit' if there is none. */
static unsigned int
find_bit(const uint8_t *v, unsigned int n_bytes, unsigned int ofs,
         unsigned int limit, bool ones)
{
    while (ofs < limit) {
        unsigned int b = byte_from(v, n_bytes, ofs);

        if (!ones) {
            b = ~b & (0xffu >> (ofs % 8));
        }
        if (b) {
            return umin(ofs + __builtin_ctz(b), limit);
        }
        ofs = (ofs / 8 + 1) * 8;
    }
    return limit;
}

/* Finds the next run of 1-bits in the mask of 'sf' at or above 'start',
 * at most 64 bits long: NXAST_REG_LOAD carries 64 bits at a time. */
static bool
next_load_segment(const struct ofpact_set_field *sf, unsigned int start,
                  struct mf_subfield *dst, uint64_t *value)
{
    const struct mf_field *f = sf->field;
    unsigned int ofs, end;

    ofs = find_bit(sf->mask.b, f->n_bytes, start, f->n_bits, true);
    if (ofs >= f->n_bits) {
        return false;
    }
    end = find_bit(sf->mask.b, f->n_bytes, ofs + 1,
                   umin(f->n_bits, ofs + 64), false);
    dst->field = f;
    dst->ofs = ofs;
    dst->n_bits = end - ofs;
    *value = get_bits(sf->value.b, f->n_bytes, ofs, end - ofs);
    return true;
}

/* ------------------------------------------------------------------ */
/* set_field */

int
parse_SET_FIELD(char *arg, struct ofpact_parse_ctx *ctx,
                struct ofct_error *err)
{
    char *arrow = strstr(arg, "->");
    const struct mf_field *f;
    union mf_value value, mask;
    struct ofpact_set_field *sf;
    const char *key;

    if (!arrow) {
        return ofct_error_set(err, OFCT_OK, "%s: missing `->'", arg);
    }
    key = arrow + 2;
    if (!*key) {
        return ofct_error_set(err, OFCT_OK, "%s: missing field name "
                              "following `->'", arg);
    }
    f = mf_from_ovs_name(key);
    if (!f) {
        return ofct_error_set(err, OFCT_OK, "%s is not a valid OXM field "
                              "name", key);
    }
    if (!f->writable) {
        return ofct_error_set(err, OFCT_OK, "%s is read-only", key);
    }
    *arrow = '\0';
    if (mf_parse(f, arg, &value, &mask, err)) {
        return -1;
    }
    if (!mf_is_value_valid(f, &value)) {
        return ofct_error_set(err, OFCT_OK, "%s is not a valid value for "
                              "field %s", arg, key);
    }
    sf = ofpact_put_SET_FIELD(ctx->ofpacts);
    sf->field = f;
    sf->value = value;
    sf->mask = mask;
    return 0;
}

/* Parses a load value: hexadecimal of any width up to the field's, or a
 * decimal/octal number up to 64 bits.  Unlike OVS, trailing garbage
 * ("0x1zz") is an error rather than ignored. */
static int
parse_load_value(const char *s, const struct mf_field *f, union mf_value *v)
{
    memset(v, 0, sizeof *v);
    if (!strncasecmp(s, "0x", 2)) {
        const char *h = s + 2;
        size_t n = strlen(h);

        /* A bare "0x" is 0, as OVS reads it. */
        if (strspn(h, "0123456789abcdefABCDEF") != n) {
            return -1;
        }
        while (n > 1 && *h == '0') {
            h++;
            n--;
        }
        if (n > 2u * f->n_bytes) {
            return -1;
        }
        for (size_t i = 0; i < n; i++) {
            int c = h[n - 1 - i];
            unsigned int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            put_bits(v->b, f->n_bytes, 4 * i, 4, d);
        }
        return 0;
    } else {
        char *tail;
        unsigned long long x;

        if (!*s || *s == '-' || *s == '+') {
            return -1;
        }
        errno = 0;
        x = strtoull(s, &tail, 0);
        if (errno || *tail) {
            return -1;
        }
        put_bits(v->b, f->n_bytes, 0, f->n_bytes >= 8 ? 64 : 8 * f->n_bytes,
                 x);
        return f->n_bytes < 8 && x >> (8 * f->n_bytes) ? -1 : 0;
    }
}

static bool
fits_in_bits(const union mf_value *v, unsigned int n_bytes,
             unsigned int n_bits)
{
    for (unsigned int i = n_bits; i < 8 * n_bytes; i++) {
        if (mf_bit_is_set(v->b, n_bytes, i)) {
            return false;
        }
    }
    return true;
}

int
parse_load(char *arg, struct ofpact_parse_ctx *ctx, struct ofct_error *err)
{
    char *arrow = strstr(arg, "->");
    struct mf_subfield dst;
    union mf_value value;
    const char *p;

    if (!arrow) {
        return ofct_error_set(err, OFCT_OK, "%s: missing `->'", arg);
    }
    if (!arrow[2]) {
        return ofct_error_set(err, OFCT_OK, "%s: missing field name "
                              "following `->'", arg);
    }
    p = arrow + 2;
    if (mf_parse_subfield(&dst, &p, err)) {
        return -1;
    }
    if (*p) {
        return ofct_error_set(err, OFCT_OK, "unexpected input following "
                              "field syntax");
    }
    *arrow = '\0';
    if (parse_load_value(arg, dst.field, &value)) {
        *arrow = '-';
        return ofct_error_set(err, OFCT_OK, "%s: cannot parse integer value",
                              arg);
    }
    if (!fits_in_bits(&value, dst.field->n_bytes, dst.n_bits)) {
        struct ofct_buf s = OFCT_BUF_INITIALIZER;
        mf_format(dst.field, &value, NULL, &s);
        *arrow = '-';
        ofct_error_set(err, OFCT_OK, "%s: value %s does not fit into %u bits",
                       arg, ofct_buf_cstr(&s), dst.n_bits);
        ofct_buf_uninit(&s);
        return -1;
    }
    if (check_dst(&dst, err)) {
        return -1;
    }

    struct ofpact_set_field *sf = ofpact_put_SET_FIELD(ctx->ofpacts);
    sf->ofpact.raw = OFP_RAW_NXAST_REG_LOAD;
    sf->field = dst.field;
    for (unsigned int i = 0; i < dst.n_bits; i++) {
        mf_set_bit(sf->value.b, dst.field->n_bytes, dst.ofs + i,
                   mf_bit_is_set(value.b, dst.field->n_bytes, i));
        mf_set_bit(sf->mask.b, dst.field->n_bytes, dst.ofs + i, true);
    }
    return 0;
}

void
format_SET_FIELD(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);

    if (ofpact_is_legacy_set(a)) {
        format_legacy_set(a, out);
    } else if (a->raw == OFP_RAW_NXAST_REG_LOAD) {
        struct mf_subfield dst;
        unsigned int start = 0;
        uint64_t value;
        bool first = true;

        while (next_load_segment(sf, start, &dst, &value)) {
            if (!first) {
                buf_put_char(out, ',');
            }
            /* "%#"PRIx64: no "0x" before a zero. */
            BUF_PUT_LIT(out, "load:");
            if (value) {
                buf_put_0xhex(out, value);
            } else {
                buf_put_char(out, '0');
            }
            BUF_PUT_LIT(out, "->");
            mf_format_subfield(&dst, out);
            start = dst.ofs + dst.n_bits;
            first = false;
        }
    } else {
        ofct_buf_puts(out, "set_field:");
        mf_format(sf->field, &sf->value, &sf->mask, out);
        BUF_PUT_LIT(out, "->");
        buf_put_str(out, sf->field->name);
    }
}

static void
encode_reg_loads(const struct ofpact_set_field *sf, struct ofct_buf *out)
{
    struct mf_subfield dst;
    unsigned int start = 0;
    uint64_t value;

    while (next_load_segment(sf, start, &dst, &value)) {
        uint8_t *p = ofpact_put_nx_header(out, NXAST_REG_LOAD_SUBTYPE, 24);
        put_be16(p + 10, dst.ofs << 6 | (dst.n_bits - 1));
        put_be32(p + 12, mf_header(sf->field, 0));
        put_be64(p + 16, value);
        start = dst.ofs + dst.n_bits;
    }
}

/* Appends the OXM entry of 'sf' (masked if its mask is not all-ones). */
static void
put_entry(const struct ofpact_set_field *sf, enum ofct_ofp_version version,
          struct ofct_buf *out)
{
    const struct mf_field *f = sf->field;
    bool masked = !mf_is_all_ones(sf->mask.b, f->n_bytes);
    uint32_t header = mf_header(f, version);

    if (masked) {
        header = NXM_HEADER(NXM_CLASS(header), NXM_FIELD(header), 1,
                            2 * NXM_LENGTH(header));
    }
    put_be32(ofct_buf_put_uninit(out, 4), header);
    ofct_buf_put(out, sf->value.b, f->n_bytes);
    if (masked) {
        ofct_buf_put(out, sf->mask.b, f->n_bytes);
    }
}

static void
encode_set_field(const struct ofpact_set_field *sf,
                 enum ofct_ofp_version version, struct ofct_buf *out)
{
    size_t start = out->size;

    ofpact_put_std_header(out, OFPAT_SET_FIELD, 4);
    put_entry(sf, version, out);
    ofpact_pad_and_fix_len(out, start);
}

static void
encode_reg_load2(const struct ofpact_set_field *sf, struct ofct_buf *out)
{
    size_t start = out->size;

    ofpact_put_nx_header(out, NXAST_REG_LOAD2_SUBTYPE, 10);
    put_entry(sf, 0, out);
    ofpact_pad_and_fix_len(out, start);
}

/* The wire form follows OVS: OpenFlow 1.5 has only Set-Field; a load stays
 * a load before that; OpenFlow 1.2-1.4 Set-Field cannot carry a mask. */
int
encode_SET_FIELD(const struct ofpact *a, enum ofct_ofp_version version,
                 struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);
    struct ofpact_set_field dscp;
    int retval;

    retval = encode_legacy_set(sf, version, out, err);
    if (retval <= 0) {
        return retval;
    }
    if (ofpact_is_legacy_set(a) && sf->field->id == MFF_IP_DSCP) {
        /* OVS sends mod_nw_tos as ip_dscp, the TOS shifted right. */
        dscp = *sf;
        dscp.field = mf_from_id(MFF_IP_DSCP_SHIFTED);
        memset(&dscp.value, 0, sizeof dscp.value);
        dscp.value.b[0] = sf->value.b[0] >> 2;
        memset(&dscp.mask, 0, sizeof dscp.mask);
        dscp.mask.b[0] = 0xff;
        sf = &dscp;
    }
    if (version >= OFCT_OFP15) {
        encode_set_field(sf, version, out);
    } else if (a->raw == OFP_RAW_NXAST_REG_LOAD2) {
        encode_reg_load2(sf, out);
    } else if (a->raw == OFP_RAW_NXAST_REG_LOAD || version < OFCT_OFP12
               || !mf_is_all_ones(sf->mask.b, sf->field->n_bytes)) {
        encode_reg_loads(sf, out);
    } else {
        encode_set_field(sf, version, out);
    }
    return 0;
}

int
decode_NXAST_REG_LOAD(const uint8_t *a, size_t len,
                      struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    uint16_t ofs_nbits = get_be16(a + 10);
    uint32_t header = get_be32(a + 12);
    uint64_t value = get_be64(a + 16);
    struct mf_subfield dst;
    struct ofpact_set_field *sf;

    dst.field = ofpact_field_from_nxm_header(header);
    dst.ofs = ofs_nbits >> 6;
    dst.n_bits = (ofs_nbits & 0x3f) + 1;
    if (!dst.field) {
        const char *name = mf_unsupported_name(header, 0);

        if (name) {
            return ofct_error_set(err, OFPBAC_BAD_SET_TYPE, "destination "
                                  "field %s is not supported by ofct", name);
        }
        return ofct_error_set(err, OFPBAC_BAD_SET_TYPE, "unknown "
                              "destination field %#"PRIx32, header);
    }
    if (check_dst(&dst, err)) {
        return -1;
    }
    if (dst.n_bits < 64 && value >> dst.n_bits) {
        return ofct_error_set(err, OFPBAC_BAD_ARGUMENT, "load value "
                              "%#"PRIx64" does not fit in %u bits", value,
                              dst.n_bits);
    }
    sf = ofpact_put_SET_FIELD(ctx->ofpacts);
    sf->ofpact.raw = OFP_RAW_NXAST_REG_LOAD;
    sf->field = dst.field;
    put_bits(sf->value.b, dst.field->n_bytes, dst.ofs, dst.n_bits, value);
    put_bits(sf->mask.b, dst.field->n_bytes, dst.ofs, dst.n_bits, UINT64_MAX);
    return 0;
}

/* Finds a field by the class and field number of 'header', whatever its
 * hasmask bit and length say: OVS tells a known field with a bad length
 * (OFPBAC_BAD_SET_LEN) from an unknown one. */
static const struct mf_field *
field_by_class_field(uint32_t header)
{
    for (int i = 0; i < MFF_N_IDS; i++) {
        const struct mf_field *f = mf_from_id(i);
        uint32_t h[2] = { f->nxm_header, f->oxm_header };

        for (int j = 0; j < 2; j++) {
            if (h[j] && NXM_CLASS(h[j]) == NXM_CLASS(header)
                && NXM_FIELD(h[j]) == NXM_FIELD(header)) {
                return f;
            }
        }
    }
    return NULL;
}

/* Reads one OXM/NXM entry (header, value and, if the header says so, a
 * mask) at 'p', as set_field and NXAST_REG_LOAD2 carry it, with the error
 * codes OVS gives.  Sets '*used' to the entry's length. */
static int
pull_entry(const uint8_t *p, size_t avail, bool may_mask,
           struct ofpact_set_field *sf, size_t *used, struct ofct_error *err)
{
    uint32_t header;
    const struct mf_field *f;
    unsigned int len, width;
    bool masked;

    if (avail < 4) {
        return ofct_error_set(err, OFPBMC_BAD_LEN, "OXM header truncated");
    }
    header = get_be32(p);
    masked = NXM_HASMASK(header);
    len = NXM_LENGTH(header);
    width = masked ? len / 2 : len;
    if (!width || width >= 128) {
        return ofct_error_set(err, OFPBAC_BAD_SET_TYPE, "OXM header "
                              "%#"PRIx32" has an impossible length",
                              header);
    }
    f = NXM_CLASS(header) == 0xffff ? NULL : field_by_class_field(header);
    if (!f) {
        const char *name = mf_unsupported_name(header, avail >= 8
                                                       ? get_be32(p + 4) : 0);

        if (name) {
            return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "field %s is not "
                                  "supported by ofct", name);
        }
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "unknown OXM field "
                              "%#"PRIx32, header);
    }
    if (width != f->n_bytes) {
        return ofct_error_set(err, OFPBAC_BAD_SET_LEN, "%s needs %u bytes, "
                              "OXM header %#"PRIx32" says %u", f->name,
                              f->n_bytes, header, width);
    }
    if (4 + len > avail) {
        return ofct_error_set(err, OFPBMC_BAD_LEN, "%s entry truncated",
                              f->name);
    }
    sf->field = f;
    memcpy(sf->value.b, p + 4, width);
    memset(sf->mask.b, 0xff, width);
    if (masked) {
        memcpy(sf->mask.b, p + 4 + width, width);
        for (size_t i = 0; i < width; i++) {
            if (sf->value.b[i] & ~sf->mask.b[i]) {
                return ofct_error_set(err, OFPBMC_BAD_WILDCARDS, "%s value "
                                      "has 1-bits where the mask has "
                                      "0-bits", f->name);
            }
        }
        if (!may_mask) {
            return ofct_error_set(err, OFPBAC_BAD_SET_MASK, "set_field "
                                  "masks need OpenFlow 1.5");
        }
    }
    *used = 4 + len;
    return 0;
}

static bool
is_zeros(const uint8_t *p, size_t n)
{
    while (n--) {
        if (*p++) {
            return false;
        }
    }
    return true;
}

#define OFPVID12_PRESENT 0x1000

/* Decodes the entry of a set_field or NXAST_REG_LOAD2 starting at 'ofs'
 * in the 'len'-byte action 'a', and appends the record. */
static int
decode_set_field_entry(const uint8_t *a, size_t len, size_t ofs,
                       bool may_mask, enum ofp_raw_action raw,
                       struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_set_field tmp;
    size_t used = 0;

    memset(&tmp, 0, sizeof tmp);
    if (pull_entry(a + ofs, len - ofs, may_mask, &tmp, &used, err)) {
        return -1;
    }
    if (!is_zeros(a + ofs + used, len - ofs - used)) {
        return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "%s: non-zero "
                              "padding", ofp_raw_name(raw));
    }
    if (tmp.field->id == MFF_IN_PORT_OXM) {
        return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "set_field may "
                              "not set in_port");
    }
    if (!tmp.field->writable) {
        return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "destination "
                              "field %s is not writable", tmp.field->name);
    }
    if (raw == OFP_RAW_OFPAT12_SET_FIELD
        && (!mf_is_value_valid(tmp.field, &tmp.value)
            || (tmp.field->id == MFF_VLAN_VID
                && (!(get_be16(tmp.value.b) & OFPVID12_PRESENT)
                    || !(get_be16(tmp.mask.b) & OFPVID12_PRESENT))))) {
        return ofct_error_set(err, OFPBAC_BAD_SET_ARGUMENT, "invalid value "
                              "for set field %s", tmp.field->name);
    }

    struct ofpact_set_field *sf = ofpact_put_SET_FIELD(ctx->ofpacts);
    sf->ofpact.raw = raw;
    sf->field = tmp.field;
    sf->value = tmp.value;
    sf->mask = tmp.mask;
    return 0;
}

int
decode_OFPAT12_SET_FIELD(const uint8_t *a, size_t len,
                         struct ofpact_decode_ctx *ctx,
                         struct ofct_error *err)
{
    return decode_set_field_entry(a, len, 4, ctx->version >= OFCT_OFP15,
                                  OFP_RAW_OFPAT12_SET_FIELD, ctx, err);
}

int
decode_NXAST_REG_LOAD2(const uint8_t *a, size_t len,
                       struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    return decode_set_field_entry(a, len, 10, true, OFP_RAW_NXAST_REG_LOAD2,
                                  ctx, err);
}

/* ------------------------------------------------------------------ */
/* move */

int
parse_REG_MOVE(char *arg, struct ofpact_parse_ctx *ctx,
               struct ofct_error *err)
{
    struct mf_subfield src, dst;
    const char *p = arg;

    if (mf_parse_subfield(&src, &p, err)) {
        return -1;
    }
    if (strncmp(p, "->", 2)) {
        return ofct_error_set(err, OFCT_OK, "%s: missing `->' following "
                              "source", arg);
    }
    p += 2;
    if (mf_parse_subfield(&dst, &p, err)) {
        return -1;
    }
    if (*p) {
        return ofct_error_set(err, OFCT_OK, "unexpected input following "
                              "field syntax");
    }
    if (src.n_bits != dst.n_bits) {
        return ofct_error_set(err, OFCT_OK, "%s: source field is %u bits "
                              "wide but destination is %u bits wide", arg,
                              src.n_bits, dst.n_bits);
    }
    if (check_dst(&dst, err)) {
        return -1;
    }

    struct ofpact_reg_move *move = ofpact_put_REG_MOVE(ctx->ofpacts);
    move->src = src;
    move->dst = dst;
    return 0;
}

void
format_REG_MOVE(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_reg_move *move = ofpact_get_REG_MOVE(a);

    ofct_buf_puts(out, "move:");
    mf_format_subfield(&move->src, out);
    ofct_buf_puts(out, "->");
    mf_format_subfield(&move->dst, out);
}

int
encode_REG_MOVE(const struct ofpact *a, enum ofct_ofp_version version,
                struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_reg_move *move = ofpact_get_REG_MOVE(a);
    uint8_t *p;

    if (version >= OFCT_OFP15) {
        p = ofpact_put_std_header(out, OFPAT_COPY_FIELD, 24);
        put_be16(p + 4, move->dst.n_bits);
        put_be16(p + 6, move->src.ofs);
        put_be16(p + 8, move->dst.ofs);
        put_be32(p + 12, mf_header(move->src.field, version));
        put_be32(p + 16, mf_header(move->dst.field, version));
    } else {
        p = ofpact_put_nx_header(out, NXAST_REG_MOVE_SUBTYPE, 24);
        put_be16(p + 10, move->dst.n_bits);
        put_be16(p + 12, move->src.ofs);
        put_be16(p + 14, move->dst.ofs);
        /* NXAST_REG_MOVE always names fields by their NXM headers. */
        put_be32(p + 16, mf_header(move->src.field, 0));
        put_be32(p + 20, mf_header(move->dst.field, 0));
    }
    return 0;
}

/* Pulls one field header of a move: 4 bytes, or 8 for an experimenter
 * OXM (none of which ofct knows).  Masked headers are refused. */
static int
pull_move_header(const uint8_t **p, size_t *avail,
                 const struct mf_field **f, struct ofct_error *err)
{
    uint32_t header;
    size_t size;

    if (*avail < 4) {
        return ofct_error_set(err, OFPBMC_BAD_LEN, "move: field header "
                              "truncated");
    }
    header = get_be32(*p);
    size = NXM_CLASS(header) == 0xffff ? 8 : 4;
    if (*avail < size || (size == 8 && NXM_LENGTH(header) < 4)) {
        return ofct_error_set(err, OFPBMC_BAD_LEN, "move: experimenter "
                              "field header truncated");
    }
    *p += size;
    *avail -= size;
    *f = size == 4 ? ofpact_field_from_nxm_header(header) : NULL;
    if (!*f) {
        const char *name = mf_unsupported_name(header, size == 8
                                                       ? get_be32(*p - 4) : 0);

        if (!name) {
            return ofct_error_set(err, OFPBMC_BAD_FIELD, "move: unknown "
                                  "field %#"PRIx32, header);
        } else if (!NXM_HASMASK(header)) {
            return ofct_error_set(err, OFPBMC_BAD_FIELD, "move: field %s is "
                                  "not supported by ofct", name);
        }
    }
    if (NXM_HASMASK(header)) {
        return ofct_error_set(err, OFPBMC_BAD_MASK, "move: masked field "
                              "header %#"PRIx32, header);
    }
    return 0;
}

/* Reads the source and destination headers of a move, checks that what
 * follows them is zero padding and that both subfields fit. */
static int
decode_move(const uint8_t *hdrs, size_t avail, uint16_t n_bits,
            uint16_t src_ofs, uint16_t dst_ofs, enum ofp_raw_action raw,
            struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    struct ofpact_reg_move move;

    memset(&move, 0, sizeof move);
    if (pull_move_header(&hdrs, &avail, &move.src.field, err)
        || pull_move_header(&hdrs, &avail, &move.dst.field, err)) {
        return -1;
    }
    if (!is_zeros(hdrs, avail)) {
        return ofct_error_set(err, NXBRC_MUST_BE_ZERO, "move: non-zero "
                              "padding");
    }
    move.src.ofs = src_ofs;
    move.dst.ofs = dst_ofs;
    move.src.n_bits = move.dst.n_bits = n_bits;
    if (check_subfield(&move.src, "source", err) || check_dst(&move.dst, err)) {
        return -1;
    }

    struct ofpact_reg_move *rec = ofpact_put_REG_MOVE(ctx->ofpacts);
    rec->ofpact.raw = raw;
    rec->src = move.src;
    rec->dst = move.dst;
    return 0;
}

int
decode_NXAST_REG_MOVE(const uint8_t *a, size_t len,
                      struct ofpact_decode_ctx *ctx, struct ofct_error *err)
{
    return decode_move(a + 16, len - 16, get_be16(a + 10), get_be16(a + 12),
                       get_be16(a + 14), OFP_RAW_NXAST_REG_MOVE, ctx, err);
}

int
decode_OFPAT15_COPY_FIELD(const uint8_t *a, size_t len,
                          struct ofpact_decode_ctx *ctx,
                          struct ofct_error *err)
{
    return decode_move(a + 12, len - 12, get_be16(a + 4), get_be16(a + 6),
                       get_be16(a + 8), OFP_RAW_OFPAT15_COPY_FIELD, ctx, err);
}

/* The ONF extension that carried OpenFlow 1.5's copy_field back to 1.3
 * and 1.4; OVS reads it but writes NXAST_REG_MOVE. */
int
decode_ONFACT_COPY_FIELD(const uint8_t *a, size_t len,
                         struct ofpact_decode_ctx *ctx,
                         struct ofct_error *err)
{
    return decode_move(a + 20, len - 20, get_be16(a + 12), get_be16(a + 14),
                       get_be16(a + 16), OFP_RAW_ONFACT_COPY_FIELD, ctx, err);
}
