/* The datapath ct action: "ct(commit,zone=5,mark=0x1/0xff,...)" in text,
 * OVS_ACTION_ATTR_CT with nested OVS_CT_ATTR_* on the wire. */
#include <config.h>

#include <ctype.h>
#include <inttypes.h>
#include <string.h>

#include "datapath/odp-ct.h"

/* ------------------------------------------------------------------ */
/* Text. */

/* Option bits, to refuse an option given twice (OVS lets the last one win
 * silently). */
enum {
    CT_OPT_COMMIT = 1 << 0,
    CT_OPT_FORCE = 1 << 1,
    CT_OPT_ZONE = 1 << 2,
    CT_OPT_MARK = 1 << 3,
    CT_OPT_LABEL = 1 << 4,
    CT_OPT_HELPER = 1 << 5,
    CT_OPT_TIMEOUT = 1 << 6,
    CT_OPT_NAT = 1 << 7,
};

struct ct_option {
    const char *name;
    unsigned int bit;
    bool takes_value;       /* "name=value" rather than "name". */
};

static const struct ct_option ct_options[] = {
    { "commit", CT_OPT_COMMIT, false },
    { "force_commit", CT_OPT_FORCE, false },
    { "zone", CT_OPT_ZONE, true },
    { "mark", CT_OPT_MARK, true },
    { "label", CT_OPT_LABEL, true },
    { "helper", CT_OPT_HELPER, true },
    { "timeout", CT_OPT_TIMEOUT, true },
    { "nat", CT_OPT_NAT, false },
};

static const struct ct_option *
find_ct_option(const char *kw, size_t len)
{
    for (size_t i = 0; i < sizeof ct_options / sizeof *ct_options; i++) {
        if (strlen(ct_options[i].name) == len
            && !strncmp(ct_options[i].name, kw, len)) {
            return &ct_options[i];
        }
    }
    return NULL;
}

static int
parse_zone(struct odp_scanner *sc, struct odp_ct *ct, struct ofct_error *err)
{
    uint64_t v;

    if (odp_scan_uint(sc, ODP_SCAN_DEC, UINT16_MAX, "zone", &v, err)) {
        return -1;
    }
    /* Zone 0 is the default zone: OVS leaves the attribute out. */
    ct->zone = v;
    ct->has_zone = v != 0;
    return 0;
}

static int
parse_mark(struct odp_scanner *sc, struct odp_ct *ct, struct ofct_error *err)
{
    uint64_t v, m = UINT32_MAX;

    if (odp_scan_uint(sc, ODP_SCAN_HEX, UINT32_MAX, "mark", &v, err)
        || (odp_scan_literal(sc, "/")
            && odp_scan_uint(sc, ODP_SCAN_HEX, UINT32_MAX, "mark mask", &m,
                             err))) {
        return -1;
    }
    ct->mark = v;
    ct->mark_mask = m;
    /* A zero mask changes nothing: OVS leaves the attribute out. */
    ct->has_mark = m != 0;
    return 0;
}

static int
parse_label(struct odp_scanner *sc, struct odp_ct *ct,
            struct ofct_error *err)
{
    static const uint8_t zeros[16];

    if (odp_scan_u128(sc, "label", ct->label, err)) {
        return -1;
    }
    if (odp_scan_literal(sc, "/")) {
        if (odp_scan_u128(sc, "label mask", ct->label_mask, err)) {
            return -1;
        }
    } else {
        memset(ct->label_mask, 0xff, sizeof ct->label_mask);
    }
    ct->has_label = memcmp(ct->label_mask, zeros, 16) != 0;
    return 0;
}

/* helper=NAME and timeout=NAME: a name the kernel can hold, printable so
 * that it reads back the same. */
static int
parse_name(struct odp_scanner *sc, const char *what, char *dst, size_t max,
           struct ofct_error *err)
{
    const char *s = odp_scan_here(sc);
    size_t len = odp_scan_value_len(sc);

    if (!len) {
        return odp_scan_error(sc, sc->pos, 0, err, "expected a %s name",
                              what);
    }
    if (len > max) {
        return odp_scan_error(sc, sc->pos, len, err, "%s name longer than "
                              "%zu characters", what, max);
    }
    for (size_t i = 0; i < len; i++) {
        if (!isgraph((unsigned char) s[i]) || s[i] == '=') {
            return odp_scan_error(sc, sc->pos, len, err, "%s name has a "
                                  "character that cannot be in a name",
                                  what);
        }
    }
    memcpy(dst, s, len);
    dst[len] = '\0';
    sc->pos += len;
    return 0;
}

static int
parse_ct_value(struct odp_scanner *sc, const struct ct_option *opt,
               struct odp_ct *ct, struct ofct_error *err)
{
    switch (opt->bit) {
    case CT_OPT_COMMIT:
        ct->commit = true;
        return 0;
    case CT_OPT_FORCE:
        ct->force_commit = true;
        return 0;
    case CT_OPT_ZONE:
        return parse_zone(sc, ct, err);
    case CT_OPT_MARK:
        return parse_mark(sc, ct, err);
    case CT_OPT_LABEL:
        return parse_label(sc, ct, err);
    case CT_OPT_HELPER:
        return parse_name(sc, "helper", ct->helper, ODP_CT_HELPER_MAX, err);
    case CT_OPT_TIMEOUT:
        return parse_name(sc, "timeout", ct->timeout, ODP_CT_TIMEOUT_MAX,
                          err);
    case CT_OPT_NAT:
    default:
        return odp_nat_parse(sc, &ct->nat, err);
    }
}

static int
parse_ct_option(struct odp_scanner *sc, struct odp_ct *ct, unsigned int *seen,
                struct ofct_error *err)
{
    size_t at = sc->pos;
    size_t len = odp_scan_keyword_len(sc);
    const struct ct_option *opt = find_ct_option(odp_scan_here(sc), len);

    if (!opt) {
        return odp_scan_error(sc, at, odp_scan_value_len(sc), err, "unknown "
                              "ct() option");
    }
    if (*seen & opt->bit) {
        return odp_scan_error(sc, at, len, err, "given more than once in "
                              "ct()");
    }
    *seen |= opt->bit;
    sc->pos += len;
    if (opt->takes_value && !odp_scan_literal(sc, "=")) {
        return odp_scan_error(sc, at, len, err, "expected `%s=VALUE'",
                              opt->name);
    }
    if (parse_ct_value(sc, opt, ct, err)) {
        return -1;
    }
    if (!odp_scan_at_end_of_token(sc, ')')) {
        return odp_scan_error(sc, sc->pos, odp_scan_value_len(sc), err,
                              "unexpected text after %s", opt->name);
    }
    return 0;
}

int
odp_ct_parse(struct odp_scanner *sc, struct odp_ct *ct,
             struct ofct_error *err)
{
    size_t at = sc->pos - 2;
    unsigned int seen = 0;

    memset(ct, 0, sizeof *ct);
    if (!odp_scan_literal(sc, "(")) {
        return 0;
    }
    for (;;) {
        odp_scan_skip_delimiters(sc);
        if (odp_scan_literal(sc, ")")) {
            break;
        }
        if (!*odp_scan_here(sc)) {
            return odp_scan_error(sc, at, sc->pos - at, err, "missing `)'");
        }
        if (parse_ct_option(sc, ct, &seen, err)) {
            return -1;
        }
    }
    if (ct->commit && ct->force_commit) {
        return odp_scan_error(sc, at, sc->pos - at, err, "ct() takes only "
                              "one of commit and force_commit");
    }
    return 0;
}

static bool
is_all_ones(const uint8_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (p[i] != 0xff) {
            return false;
        }
    }
    return true;
}

static void
format_ct_options(const struct odp_ct *ct, struct ofct_buf *out)
{
    if (ct->commit) {
        ofct_buf_puts(out, "commit,");
    }
    if (ct->force_commit) {
        ofct_buf_puts(out, "force_commit,");
    }
    if (ct->has_zone && ct->zone) {
        ofct_buf_printf(out, "zone=%"PRIu16",", ct->zone);
    }
    if (ct->has_mark) {
        ofct_buf_printf(out, "mark=%#"PRIx32"/%#"PRIx32",", ct->mark,
                        ct->mark_mask);
    }
    if (ct->has_label) {
        ofct_buf_puts(out, "label=");
        odp_format_u128(ct->label, out);
        if (!is_all_ones(ct->label_mask, 16)) {
            ofct_buf_putc(out, '/');
            odp_format_u128(ct->label_mask, out);
        }
        ofct_buf_putc(out, ',');
    }
    if (ct->helper[0]) {
        ofct_buf_printf(out, "helper=%s,", ct->helper);
    }
    if (ct->timeout[0]) {
        ofct_buf_printf(out, "timeout=%s,", ct->timeout);
    }
    if (ct->nat.present) {
        odp_nat_format(&ct->nat, out);
    }
}

void
odp_ct_format(const struct odp_ct *ct, struct ofct_buf *out)
{
    ofct_buf_puts(out, "ct");
    if (ct->commit || ct->force_commit || (ct->has_zone && ct->zone)
        || ct->has_mark || ct->has_label || ct->helper[0] || ct->timeout[0]
        || ct->nat.present) {
        ofct_buf_putc(out, '(');
        format_ct_options(ct, out);
        ofct_buf_chomp(out, ',');
        ofct_buf_putc(out, ')');
    }
}

/* ------------------------------------------------------------------ */
/* Netlink. */

/* OVS writes a label as its ovs_u128 in memory: the 128-bit number in host
 * byte order.  ofct keeps it big-endian; this converts either way. */
static void
label_swap(const uint8_t in[16], uint8_t out[16])
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    memcpy(out, in, 16);
#else
    for (int i = 0; i < 16; i++) {
        out[i] = in[15 - i];
    }
#endif
}

void
odp_ct_encode(const struct odp_ct *ct, struct odp_builder *b)
{
    struct nlattr *nest = odp_nest_start(b, OVS_ACTION_ATTR_CT);

    if (ct->commit) {
        odp_put_flag(b, OVS_CT_ATTR_COMMIT);
    }
    if (ct->force_commit) {
        odp_put_flag(b, OVS_CT_ATTR_FORCE_COMMIT);
    }
    if (ct->has_zone) {
        odp_put_u16(b, OVS_CT_ATTR_ZONE, ct->zone);
    }
    if (ct->has_mark) {
        uint32_t mark[2] = { ct->mark, ct->mark_mask };
        odp_put_bytes(b, OVS_CT_ATTR_MARK, mark, sizeof mark);
    }
    if (ct->has_label) {
        uint8_t label[32];
        label_swap(ct->label, label);
        label_swap(ct->label_mask, label + 16);
        odp_put_bytes(b, OVS_CT_ATTR_LABELS, label, sizeof label);
    }
    if (ct->helper[0]) {
        odp_put_string(b, OVS_CT_ATTR_HELPER, ct->helper);
    }
    if (ct->timeout[0]) {
        odp_put_string(b, OVS_CT_ATTR_TIMEOUT, ct->timeout);
    }
    odp_nat_encode(&ct->nat, b);
    odp_nest_end(b, nest);
}

/* Copies a checked OVS_CT_ATTR_HELPER or _TIMEOUT string, which must read
 * back the same from text. */
static int
decode_name(const struct odp_attr_iter *it, const struct nlattr *a,
            char *dst, struct ofct_error *err)
{
    const char *s = odp_attr_payload(a);

    for (const char *p = s; *p; p++) {
        if (!isgraph((unsigned char) *p) || strchr("(),=", *p)) {
            return odp_attr_error(it, a, err, "name has a character that "
                                  "cannot be written in ODP text");
        }
    }
    strcpy(dst, s);
    return 0;
}

static int
decode_ct_attr(const struct odp_attr_iter *it, const struct nlattr *a,
               struct odp_ct *ct, struct ofct_error *err)
{
    const uint8_t *p = odp_attr_payload(a);
    uint32_t mark[2];

    switch (odp_attr_type(a)) {
    case OVS_CT_ATTR_COMMIT:
        ct->commit = true;
        break;
    case OVS_CT_ATTR_FORCE_COMMIT:
        ct->force_commit = true;
        break;
    case OVS_CT_ATTR_ZONE:
        ct->has_zone = true;
        ct->zone = odp_attr_get_u16(a);
        break;
    case OVS_CT_ATTR_MARK:
        memcpy(mark, p, sizeof mark);
        ct->has_mark = true;
        ct->mark = mark[0];
        ct->mark_mask = mark[1];
        break;
    case OVS_CT_ATTR_LABELS:
        ct->has_label = true;
        label_swap(p, ct->label);
        label_swap(p + 16, ct->label_mask);
        break;
    case OVS_CT_ATTR_HELPER:
        return decode_name(it, a, ct->helper, err);
    case OVS_CT_ATTR_TIMEOUT:
        return decode_name(it, a, ct->timeout, err);
    case OVS_CT_ATTR_NAT:
    default:
        return odp_nat_decode(it, a, &ct->nat, err);
    }
    return 0;
}

int
odp_ct_decode(const struct odp_attr_iter *parent, const struct nlattr *attr,
              struct odp_ct *ct, struct ofct_error *err)
{
    const struct nlattr *a, *commit = NULL;
    struct odp_attr_iter it;
    int retval;

    memset(ct, 0, sizeof *ct);
    odp_attr_iter_nested(&it, &odp_ct_space, parent, attr);
    while ((retval = odp_attr_iter_next(&it, &a, err)) > 0) {
        if (odp_attr_type(a) == OVS_CT_ATTR_COMMIT) {
            commit = a;
        }
        if (decode_ct_attr(&it, a, ct, err)) {
            return -1;
        }
    }
    if (!retval && ct->commit && ct->force_commit) {
        return odp_attr_error(&it, commit, err, "contradicts "
                              "OVS_CT_ATTR_FORCE_COMMIT");
    }
    return retval;
}
