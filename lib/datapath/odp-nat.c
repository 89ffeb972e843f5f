/* The nat part of a datapath ct action: "nat(src=10.0.0.1-10.0.0.9:1024-2048,
 * persistent,random)" in text, OVS_CT_ATTR_NAT with nested OVS_NAT_ATTR_*
 * on the wire. */
#include <config.h>

#include <arpa/inet.h>
#include <string.h>

#include "datapath/odp-ct.h"

/* ------------------------------------------------------------------ */
/* Text. */

/* Scans a dotted quad strictly: four decimal octets of at most 255. */
static bool
scan_ipv4(struct odp_scanner *sc, uint8_t ip[4])
{
    const char *p = odp_scan_here(sc);
    size_t i = 0;

    for (int octet = 0; octet < 4; octet++) {
        unsigned int v = 0;
        size_t digits = 0;

        if (octet && p[i++] != '.') {
            return false;
        }
        while (p[i] >= '0' && p[i] <= '9' && digits < 3) {
            v = v * 10 + (p[i++] - '0');
            digits++;
        }
        if (!digits || v > 255 || (p[i] >= '0' && p[i] <= '9')) {
            return false;
        }
        ip[octet] = v;
    }
    sc->pos += i;
    return true;
}

/* Scans an IPv6 address, bare or in brackets.  A bare one takes every
 * address character, as OVS's scanner does, so a port needs brackets. */
static bool
scan_ipv6(struct odp_scanner *sc, uint8_t ip[16])
{
    const char *p = odp_scan_here(sc);
    bool bracket = *p == '[';
    const char *start = p + bracket;
    size_t len = strspn(start, "0123456789abcdefABCDEF:.");
    char buf[64];

    if (!len || len >= sizeof buf || (bracket && start[len] != ']')) {
        return false;
    }
    memcpy(buf, start, len);
    buf[len] = '\0';
    if (inet_pton(AF_INET6, buf, ip) != 1) {
        return false;
    }
    sc->pos += len + 2 * bracket;
    return true;
}

/* Scans one address of the family 'nat->addr_len' (0: either). */
static int
scan_nat_addr(struct odp_scanner *sc, struct odp_nat *nat, uint8_t ip[16],
              struct ofct_error *err)
{
    size_t start = sc->pos;

    if (nat->addr_len != 16 && scan_ipv4(sc, ip)) {
        nat->addr_len = 4;
        return 0;
    }
    if (nat->addr_len != 4 && scan_ipv6(sc, ip)) {
        nat->addr_len = 16;
        return 0;
    }
    return odp_scan_error(sc, start, odp_scan_value_len(sc), err,
                          nat->addr_len == 4 ? "expected an IPv4 address"
                          : nat->addr_len == 16 ? "expected an IPv6 address"
                          : "expected an IPv4 or IPv6 address");
}

static int
scan_port(struct odp_scanner *sc, uint16_t *port, struct ofct_error *err)
{
    size_t start = sc->pos;
    uint64_t v;

    if (odp_scan_uint(sc, ODP_SCAN_DEC, UINT16_MAX, "port", &v, err)) {
        return -1;
    }
    /* OVS would drop a zero port silently: the range would mean "any". */
    if (!v) {
        return odp_scan_error(sc, start, sc->pos - start, err,
                              "port 0 is not a valid port");
    }
    *port = v;
    return 0;
}

static int
scan_nat_ports(struct odp_scanner *sc, struct odp_nat *nat,
               struct ofct_error *err)
{
    size_t start = sc->pos;
    uint16_t max;

    if (scan_port(sc, &nat->proto_min, err)) {
        return -1;
    }
    if (!odp_scan_literal(sc, "-")) {
        return 0;
    }
    if (scan_port(sc, &max, err)) {
        return -1;
    }
    if (max < nat->proto_min) {
        return odp_scan_error(sc, start, sc->pos - start, err, "port range "
                              "maximum is below its minimum");
    }
    /* Like OVS, a one-port range is written as its minimum alone. */
    nat->proto_max = max > nat->proto_min ? max : 0;
    return 0;
}

/* Parses "ADDR[-ADDR][:PORT[-PORT]]". */
static int
parse_nat_range(struct odp_scanner *sc, struct odp_nat *nat,
                struct ofct_error *err)
{
    size_t start = sc->pos;
    uint8_t max[16];

    if (scan_nat_addr(sc, nat, nat->ip_min, err)) {
        return -1;
    }
    if (odp_scan_literal(sc, "-")) {
        if (scan_nat_addr(sc, nat, max, err)) {
            return -1;
        }
        int cmp = memcmp(max, nat->ip_min, nat->addr_len);
        if (cmp < 0) {
            return odp_scan_error(sc, start, sc->pos - start, err, "address "
                                  "range maximum is below its minimum");
        }
        if (cmp > 0) {
            memcpy(nat->ip_max, max, nat->addr_len);
            nat->has_ip_max = true;
        }
    }
    if (odp_scan_literal(sc, ":")) {
        return scan_nat_ports(sc, nat, err);
    }
    return 0;
}

/* Sets the flag 'flag' named by the keyword at 'at', which must not be set
 * already. */
static int
set_once(struct odp_scanner *sc, size_t at, size_t len, bool *flag,
         struct ofct_error *err)
{
    if (*flag) {
        return odp_scan_error(sc, at, len, err, "given more than once in "
                              "nat()");
    }
    *flag = true;
    return 0;
}

static int
parse_nat_item(struct odp_scanner *sc, struct odp_nat *nat,
               struct ofct_error *err)
{
    size_t at = sc->pos;
    size_t len = odp_scan_keyword_len(sc);
    const char *kw = odp_scan_here(sc);

    sc->pos += len;
    if ((len == 3 && !strncmp(kw, "src", 3))
        || (len == 3 && !strncmp(kw, "dst", 3))) {
        if (nat->src || nat->dst) {
            return odp_scan_error(sc, at, len, err, "nat() takes only one "
                                  "of src and dst");
        }
        *(kw[0] == 's' ? &nat->src : &nat->dst) = true;
        return odp_scan_literal(sc, "=") ? parse_nat_range(sc, nat, err) : 0;
    } else if (len == 10 && !strncmp(kw, "persistent", 10)) {
        return set_once(sc, at, len, &nat->persistent, err);
    } else if (len == 4 && !strncmp(kw, "hash", 4)) {
        return set_once(sc, at, len, &nat->proto_hash, err);
    } else if (len == 6 && !strncmp(kw, "random", 6)) {
        return set_once(sc, at, len, &nat->proto_random, err);
    }
    sc->pos = at;
    return odp_scan_error(sc, at, odp_scan_value_len(sc), err, "unknown "
                          "nat() option");
}

/* The checks OVS's parser makes, and those it skips by dropping flags
 * silently (persistent, hash or random without src or dst). */
static int
check_nat_text(struct odp_scanner *sc, size_t at, const struct odp_nat *nat,
               struct ofct_error *err)
{
    size_t len = sc->pos - at;

    if (nat->proto_hash && nat->proto_random) {
        return odp_scan_error(sc, at, len, err, "nat() takes only one of "
                              "hash and random");
    }
    if (!nat->src && !nat->dst
        && (nat->persistent || nat->proto_hash || nat->proto_random)) {
        return odp_scan_error(sc, at, len, err, "persistent, hash and "
                              "random need src or dst");
    }
    return 0;
}

int
odp_nat_parse(struct odp_scanner *sc, struct odp_nat *nat,
              struct ofct_error *err)
{
    size_t at = sc->pos - 3;

    memset(nat, 0, sizeof *nat);
    nat->present = true;
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
        if (parse_nat_item(sc, nat, err)) {
            return -1;
        }
        if (!odp_scan_at_end_of_token(sc, ')')) {
            return odp_scan_error(sc, sc->pos, odp_scan_value_len(sc), err,
                                  "unexpected text in nat()");
        }
    }
    return check_nat_text(sc, at, nat, err);
}

static void
format_addr(const struct odp_nat *nat, const uint8_t *ip,
            struct ofct_buf *out)
{
    char buf[INET6_ADDRSTRLEN];

    if (nat->addr_len == 4) {
        ofct_buf_printf(out, "%u.%u.%u.%u", ip[0], ip[1], ip[2], ip[3]);
    } else {
        inet_ntop(AF_INET6, ip, buf, sizeof buf);
        /* Brackets only when a port follows, as OVS prints it. */
        ofct_buf_printf(out, nat->proto_min ? "[%s]" : "%s", buf);
    }
}

static void
format_range(const struct odp_nat *nat, struct ofct_buf *out)
{
    static const uint8_t zeros[16];

    ofct_buf_putc(out, '=');
    format_addr(nat, nat->ip_min, out);
    if (nat->has_ip_max && memcmp(nat->ip_max, zeros, nat->addr_len)
        && memcmp(nat->ip_max, nat->ip_min, nat->addr_len)) {
        ofct_buf_putc(out, '-');
        format_addr(nat, nat->ip_max, out);
    }
    if (nat->proto_min) {
        ofct_buf_printf(out, ":%u", nat->proto_min);
        if (nat->proto_max && nat->proto_max != nat->proto_min) {
            ofct_buf_printf(out, "-%u", nat->proto_max);
        }
    }
}

void
odp_nat_format(const struct odp_nat *nat, struct ofct_buf *out)
{
    ofct_buf_puts(out, "nat");
    if (!nat->src && !nat->dst) {
        return;
    }
    ofct_buf_puts(out, nat->src ? "(src" : "(dst");
    if (nat->addr_len) {
        format_range(nat, out);
    }
    ofct_buf_putc(out, ',');
    if (nat->persistent) {
        ofct_buf_puts(out, "persistent,");
    }
    if (nat->proto_hash) {
        ofct_buf_puts(out, "hash,");
    }
    if (nat->proto_random) {
        ofct_buf_puts(out, "random,");
    }
    ofct_buf_chomp(out, ',');
    ofct_buf_putc(out, ')');
}

/* ------------------------------------------------------------------ */
/* Netlink. */

static void
put_nat_flags(const struct odp_nat *nat, struct odp_builder *b)
{
    if (nat->persistent) {
        odp_put_flag(b, OVS_NAT_ATTR_PERSISTENT);
    }
    if (nat->proto_hash) {
        odp_put_flag(b, OVS_NAT_ATTR_PROTO_HASH);
    }
    if (nat->proto_random) {
        odp_put_flag(b, OVS_NAT_ATTR_PROTO_RANDOM);
    }
}

static void
put_nat_ranges(const struct odp_nat *nat, struct odp_builder *b)
{
    if (nat->addr_len) {
        odp_put_bytes(b, OVS_NAT_ATTR_IP_MIN, nat->ip_min, nat->addr_len);
        if (nat->has_ip_max) {
            odp_put_bytes(b, OVS_NAT_ATTR_IP_MAX, nat->ip_max,
                          nat->addr_len);
        }
    }
    if (nat->proto_min) {
        odp_put_u16(b, OVS_NAT_ATTR_PROTO_MIN, nat->proto_min);
        if (nat->proto_max) {
            odp_put_u16(b, OVS_NAT_ATTR_PROTO_MAX, nat->proto_max);
        }
    }
}

void
odp_nat_encode(const struct odp_nat *nat, struct odp_builder *b)
{
    struct nlattr *nest;

    if (!nat->present) {
        return;
    }
    nest = odp_nest_start(b, OVS_CT_ATTR_NAT);
    if (nat->src || nat->dst) {
        odp_put_flag(b, nat->src ? OVS_NAT_ATTR_SRC : OVS_NAT_ATTR_DST);
        if (nat->flags_first) {
            put_nat_flags(nat, b);
        }
        put_nat_ranges(nat, b);
        if (!nat->flags_first) {
            put_nat_flags(nat, b);
        }
    }
    odp_nest_end(b, nest);
}

/* The attributes of one OVS_CT_ATTR_NAT, by type, and where they were. */
struct nat_attrs {
    const struct nlattr *a[OVS_NAT_ATTR_PROTO_RANDOM + 1];
    int first_flag, first_range;    /* Positions, -1 if none. */
};

static int
collect_nat_attrs(struct odp_attr_iter *it, struct nat_attrs *na,
                  struct ofct_error *err)
{
    const struct nlattr *a;
    int retval, n = 0;

    memset(na, 0, sizeof *na);
    na->first_flag = na->first_range = -1;
    while ((retval = odp_attr_iter_next(it, &a, err)) > 0) {
        uint16_t type = odp_attr_type(a);
        bool is_flag = (type == OVS_NAT_ATTR_PERSISTENT
                        || type == OVS_NAT_ATTR_PROTO_HASH
                        || type == OVS_NAT_ATTR_PROTO_RANDOM);
        bool is_range = (type >= OVS_NAT_ATTR_IP_MIN
                         && type <= OVS_NAT_ATTR_PROTO_MAX);

        na->a[type] = a;
        if (is_flag && na->first_flag < 0) {
            na->first_flag = n;
        }
        if (is_range && na->first_range < 0) {
            na->first_range = n;
        }
        n++;
    }
    return retval;
}

/* The rules OVS's formatter and the kernel apply to the combination. */
static int
check_nat_combination(const struct odp_attr_iter *it,
                      const struct nat_attrs *na, struct ofct_error *err)
{
    const struct nlattr *const *a = na->a;

    if (a[OVS_NAT_ATTR_SRC] && a[OVS_NAT_ATTR_DST]) {
        return odp_attr_error(it, a[OVS_NAT_ATTR_DST], err, "contradicts "
                              "OVS_NAT_ATTR_SRC");
    }
    if (!a[OVS_NAT_ATTR_SRC] && !a[OVS_NAT_ATTR_DST]) {
        for (int t = OVS_NAT_ATTR_IP_MIN; t <= OVS_NAT_ATTR_PROTO_RANDOM;
             t++) {
            if (a[t]) {
                return odp_attr_error(it, a[t], err, "needs OVS_NAT_ATTR_SRC "
                                      "or OVS_NAT_ATTR_DST");
            }
        }
    }
    if (a[OVS_NAT_ATTR_PROTO_HASH] && a[OVS_NAT_ATTR_PROTO_RANDOM]) {
        return odp_attr_error(it, a[OVS_NAT_ATTR_PROTO_RANDOM], err,
                              "contradicts OVS_NAT_ATTR_PROTO_HASH");
    }
    if (a[OVS_NAT_ATTR_IP_MAX] && !a[OVS_NAT_ATTR_IP_MIN]) {
        return odp_attr_error(it, a[OVS_NAT_ATTR_IP_MAX], err, "needs "
                              "OVS_NAT_ATTR_IP_MIN");
    }
    if (a[OVS_NAT_ATTR_PROTO_MIN] && !a[OVS_NAT_ATTR_IP_MIN]) {
        return odp_attr_error(it, a[OVS_NAT_ATTR_PROTO_MIN], err, "needs "
                              "OVS_NAT_ATTR_IP_MIN (a port range needs an "
                              "address)");
    }
    if (a[OVS_NAT_ATTR_PROTO_MAX] && !a[OVS_NAT_ATTR_PROTO_MIN]) {
        return odp_attr_error(it, a[OVS_NAT_ATTR_PROTO_MAX], err, "needs "
                              "OVS_NAT_ATTR_PROTO_MIN");
    }
    return 0;
}

static int
read_nat_addrs(const struct odp_attr_iter *it, const struct nat_attrs *na,
               struct odp_nat *nat, struct ofct_error *err)
{
    const struct nlattr *min = na->a[OVS_NAT_ATTR_IP_MIN];
    const struct nlattr *max = na->a[OVS_NAT_ATTR_IP_MAX];
    size_t len;

    if (!min) {
        return 0;
    }
    len = odp_attr_payload_len(min);
    if (len != 4 && len != 16) {
        return odp_attr_error(it, min, err, "payload is %zu bytes, expected "
                              "4 (IPv4) or 16 (IPv6)", len);
    }
    nat->addr_len = len;
    memcpy(nat->ip_min, odp_attr_payload(min), len);
    if (max) {
        if (odp_attr_payload_len(max) != len) {
            return odp_attr_error(it, max, err, "payload is %zu bytes, but "
                                  "OVS_NAT_ATTR_IP_MIN has %zu",
                                  odp_attr_payload_len(max), len);
        }
        memcpy(nat->ip_max, odp_attr_payload(max), len);
        nat->has_ip_max = true;
        if (memcmp(nat->ip_max, nat->ip_min, len) < 0) {
            return odp_attr_error(it, max, err, "below OVS_NAT_ATTR_IP_MIN");
        }
    }
    return 0;
}

static int
read_nat_ports(const struct odp_attr_iter *it, const struct nat_attrs *na,
               struct odp_nat *nat, struct ofct_error *err)
{
    const struct nlattr *min = na->a[OVS_NAT_ATTR_PROTO_MIN];
    const struct nlattr *max = na->a[OVS_NAT_ATTR_PROTO_MAX];

    if (!min) {
        return 0;
    }
    nat->proto_min = odp_attr_get_u16(min);
    if (!nat->proto_min) {
        /* OVS prints a zero minimum as no port range at all. */
        return odp_attr_error(it, min, err, "port 0 is not a valid port");
    }
    if (max) {
        nat->proto_max = odp_attr_get_u16(max);
        if (nat->proto_max < nat->proto_min) {
            return odp_attr_error(it, max, err, "below "
                                  "OVS_NAT_ATTR_PROTO_MIN");
        }
    }
    return 0;
}

int
odp_nat_decode(const struct odp_attr_iter *parent, const struct nlattr *attr,
               struct odp_nat *nat, struct ofct_error *err)
{
    struct odp_attr_iter it;
    struct nat_attrs na;

    memset(nat, 0, sizeof *nat);
    nat->present = true;
    odp_attr_iter_nested(&it, &odp_nat_space, parent, attr);
    if (collect_nat_attrs(&it, &na, err)
        || check_nat_combination(&it, &na, err)
        || read_nat_addrs(&it, &na, nat, err)
        || read_nat_ports(&it, &na, nat, err)) {
        return -1;
    }
    nat->src = na.a[OVS_NAT_ATTR_SRC] != NULL;
    nat->dst = na.a[OVS_NAT_ATTR_DST] != NULL;
    nat->persistent = na.a[OVS_NAT_ATTR_PERSISTENT] != NULL;
    nat->proto_hash = na.a[OVS_NAT_ATTR_PROTO_HASH] != NULL;
    nat->proto_random = na.a[OVS_NAT_ATTR_PROTO_RANDOM] != NULL;
    nat->flags_first = (na.first_flag >= 0 && na.first_range >= 0
                        && na.first_flag < na.first_range);
    return 0;
}
