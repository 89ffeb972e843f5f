/* Field values in text: parsing and printing as ovs-ofctl does.
 *
 * The accepted syntax, the printed forms and the error messages follow
 * ovs-ofctl 3.1 exactly, including its quirks (OVS's own scanner wraps on
 * overflow, hexadecimal digits may be separated by white space, decimal
 * accepts octal through strtoull()), because flows written for ovs-ofctl
 * must mean the same thing here. */
#include <config.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "openflow/meta-field.h"
#include "util/buf-fmt.h"

/* Connection tracking state flags (ct_state). */
#define CS_SUPPORTED_MASK 0xffu
/* The 12 bits of tcp_flags. */
#define TCP_FLAGS_MASK 0x0fffu
/* ip_frag bits. */
#define FRAG_ANY    0x01u
#define FRAG_LATER  0x02u
#define FRAG_MASK   (FRAG_ANY | FRAG_LATER)

/* OpenFlow 1.0 reserved ports and the OpenFlow 1.1 mapping. */
#define OFPP_MAX        0xff00u
#define OFPP_FIRST_RESV 0xfff7u
#define OFPP_NONE       0xffffu
#define OFPP11_MAX      0xffffff00u
#define OFPP11_OFFSET   0xffff0000u

static const struct {
    const char *name;
    uint16_t port;
} named_ports[] = {
    /* Printing picks the first name for a number: "ANY", not "NONE". */
    { "IN_PORT", 0xfff8 },
    { "TABLE", 0xfff9 },
    { "NORMAL", 0xfffa },
    { "FLOOD", 0xfffb },
    { "ALL", 0xfffc },
    { "CONTROLLER", 0xfffd },
    { "LOCAL", 0xfffe },
    { "ANY", 0xffff },
    { "UNSET", 0xfff7 },
    { "NONE", 0xffff },
};

#define N_NAMED_PORTS (sizeof named_ports / sizeof *named_ports)

/* ip_frag names.  Parsing takes the first entry with a name, so the second
 * "no" and "later" only serve printing of partial masks. */
static const struct {
    const char *name;
    uint8_t mask;
    uint8_t value;
} frag_names[] = {
    { "no", FRAG_ANY | FRAG_LATER, 0 },
    { "first", FRAG_ANY | FRAG_LATER, FRAG_ANY },
    { "later", FRAG_ANY | FRAG_LATER, FRAG_ANY | FRAG_LATER },
    { "no", FRAG_ANY, 0 },
    { "yes", FRAG_ANY, FRAG_ANY },
    { "not_later", FRAG_LATER, 0 },
    { "later", FRAG_LATER, FRAG_LATER },
};

#define N_FRAG_NAMES (sizeof frag_names / sizeof *frag_names)

/* A flag's name, with its length. */
struct flag_name {
    const char *name;
    size_t len;
};
#define FLAG_NAME(NAME) { NAME, sizeof NAME - 1 }

/* A flags field in text: ct_state and tcp_flags. */
struct flags_syntax {
    const char *field_name;             /* in messages: "ct_state", "TCP" */
    const struct flag_name *names;      /* by bit number */
    unsigned int n_names;
    uint32_t allowed;
};

/* The name of flag 'bit' (one bit), or NULL. */
static inline const char *
bit_name(const struct flags_syntax *fs, uint32_t bit)
{
    unsigned int i = __builtin_ctz(bit);

    return i < fs->n_names ? fs->names[i].name : NULL;
}

static int
hexit_value(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    } else if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

const char *
mf_scan_int(const char *s, int base, uint64_t *value)
{
    bool negative;
    uint64_t v = 0;
    int n_digits = 0;

    while (isspace((unsigned char) *s)) {
        s++;
    }
    negative = *s == '-';
    s += *s == '-' || *s == '+';
    if ((base == 0 || base == 16) && s[0] == '0'
        && (s[1] == 'x' || s[1] == 'X')) {
        base = 16;
        s += 2;
    } else if (base == 0) {
        base = *s == '0' ? 8 : 10;
    }

    for (;; s++, n_digits++) {
        int digit = hexit_value(*s);

        if (digit < 0 || digit >= base) {
            break;
        }
        v = v * base + digit;
    }
    if (!n_digits) {
        return NULL;
    }
    *value = negative ? -v : v;
    return s;
}

/* Big-endian helpers for values of up to 16 bytes. */
static void
put_uint(uint8_t *p, unsigned int n_bytes, uint64_t v)
{
    unsigned int i;

    for (i = 0; i < n_bytes; i++) {
        p[n_bytes - 1 - i] = i < 8 ? (uint8_t) (v >> (8 * i)) : 0;
    }
}

static uint64_t
get_uint(const uint8_t *p, unsigned int n_bytes)
{
    uint64_t v = 0;
    unsigned int i;

    for (i = 0; i < n_bytes; i++) {
        v = (v << 8) | p[i];
    }
    return v;
}

/* Integers. */

/* Hexadecimal after "0x": as many digits as fit in 'n_bytes' (leading zeros
 * do not count), white space between digits skipped as OVS does. */
static int
parse_hex_int(const char *s, uint8_t *p, unsigned int n_bytes,
              const char **tail)
{
    uint8_t nibbles[2 * sizeof(union mf_value)];
    unsigned int len = 0;
    unsigned int i;

    for (;; s++) {
        int hexit;

        while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
            s++;
        }
        hexit = hexit_value(*s);
        if (hexit < 0) {
            break;
        }
        if (hexit || len) {
            if ((len + 2) / 2 > n_bytes) {
                return ERANGE;
            }
            nibbles[len++] = hexit;
        }
    }
    *tail = s;

    memset(p, 0, n_bytes);
    for (i = 0; i < len; i++) {
        unsigned int pos = len - 1 - i;     /* nibble index from the right */
        p[n_bytes - 1 - pos / 2] |= nibbles[i] << (pos % 2 ? 4 : 0);
    }
    return 0;
}

/* An integer of 'n_bytes' bytes: "0x..." in hexadecimal, anything else as
 * strtoull() with base 0 reads it (so "010" is 8 and "-1" is 2**64-1).
 * Returns 0, ERANGE if it does not fit, or EINVAL. */
static int
parse_int(const char *s, uint8_t *p, unsigned int n_bytes, const char **tail)
{
    unsigned long long int v;
    char *end;

    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        return parse_hex_int(s + 2, p, n_bytes, tail);
    }
    if (s[0] >= '1' && s[0] <= '9') {
        /* Up to 18 decimal digits cannot overflow: no strtoull(). */
        int n;

        v = 0;
        for (n = 0; n < 18 && s[n] >= '0' && s[n] <= '9'; n++) {
            v = v * 10 + (s[n] - '0');
        }
        if (s[n] < '0' || s[n] > '9') {
            *tail = s + n;
            if (n_bytes < 8 && v >> (8 * n_bytes)) {
                return ERANGE;
            }
            put_uint(p, n_bytes, v);
            return 0;
        }
    }

    errno = 0;
    v = strtoull(s, &end, 0);
    *tail = end;
    if (errno) {
        return errno;
    }
    if (end == s) {
        return EINVAL;
    }
    if (n_bytes < 8 && v >> (8 * n_bytes)) {
        return ERANGE;
    }
    put_uint(p, n_bytes, v);
    return 0;
}

static int
integer_error(const struct mf_field *f, const char *s, const char *what,
              int error, struct ofct_error *err)
{
    if (error == ERANGE) {
        return ofct_error_set(err, OFCT_OK,
                              "%s: %s too large for %u-byte field %s",
                              s, what, f->n_bytes, f->name);
    }
    return ofct_error_set(err, OFCT_OK, "%s: bad syntax for %s %s",
                          s, f->name, what);
}

static int
parse_integer(const struct mf_field *f, const char *s, union mf_value *value,
              union mf_value *mask, struct ofct_error *err)
{
    const char *tail;
    int error;

    error = parse_int(s, value->b, f->n_bytes, &tail);
    if (error || (*tail != '\0' && *tail != '/')) {
        return integer_error(f, s, "value", error, err);
    }

    if (*tail == '/') {
        error = parse_int(tail + 1, mask->b, f->n_bytes, &tail);
        if (error || *tail != '\0') {
            return integer_error(f, s, "mask", error, err);
        }
    } else {
        memset(mask->b, 0xff, f->n_bytes);
    }
    return 0;
}

/* "0x" and the digits without leading zeros, or "0", as OVS's
 * ds_put_hex(). */
static void
format_hex(const uint8_t *p, unsigned int n_bytes, struct ofct_buf *out)
{
    unsigned int i = 0;

    while (i < n_bytes && !p[i]) {
        i++;
    }
    if (i == n_bytes) {
        buf_put_char(out, '0');
        return;
    }
    buf_put_0xhex(out, p[i]);
    for (i++; i < n_bytes; i++) {
        buf_put_hex_width(out, p[i], 2);
    }
}

static void
format_integer(const struct mf_field *f, const union mf_value *value,
               const union mf_value *mask, struct ofct_buf *out)
{
    if (f->string == MFS_HEXADECIMAL) {
        format_hex(value->b, f->n_bytes, out);
    } else {
        /* Every decimal field is at most 8 bytes wide. */
        buf_put_dec(out, get_uint(value->b,
                                  f->n_bytes < 8 ? f->n_bytes : 8));
    }
    if (mask) {
        /* A decimal field's mask is hexadecimal, as OVS prints it. */
        buf_put_char(out, '/');
        format_hex(mask->b, f->n_bytes, out);
    }
}

/* Flags: ct_state and tcp_flags. */

static const struct flag_name ct_state_names[] = {
    FLAG_NAME("new"), FLAG_NAME("est"), FLAG_NAME("rel"), FLAG_NAME("rpl"),
    FLAG_NAME("inv"), FLAG_NAME("trk"), FLAG_NAME("snat"), FLAG_NAME("dnat"),
};

static const struct flag_name tcp_flag_names[] = {
    FLAG_NAME("fin"), FLAG_NAME("syn"), FLAG_NAME("rst"), FLAG_NAME("psh"),
    FLAG_NAME("ack"), FLAG_NAME("urg"), FLAG_NAME("ece"), FLAG_NAME("cwr"),
    FLAG_NAME("ns"), FLAG_NAME("[200]"), FLAG_NAME("[400]"),
    FLAG_NAME("[800]"),
};

static const struct flags_syntax ct_state_syntax = {
    "ct_state", ct_state_names,
    sizeof ct_state_names / sizeof *ct_state_names, CS_SUPPORTED_MASK,
};

static const struct flags_syntax tcp_flags_syntax = {
    "TCP", tcp_flag_names, sizeof tcp_flag_names / sizeof *tcp_flag_names,
    TCP_FLAGS_MASK,
};

static int
flags_unknown(const struct flags_syntax *fs, const char *s,
              struct ofct_error *err)
{
    return ofct_error_set(err, OFCT_OK, "%s: unknown %s flag(s)",
                          s, fs->field_name);
}

/* The bit whose name starts 's' and is followed by a character in 'ends'
 * or by the end of the string; 0 if none.  Sets '*len' to the name's
 * length. */
static uint32_t
flag_at(const struct flags_syntax *fs, const char *s, const char *ends,
        size_t *len)
{
    uint32_t bit;

    /* Only the named bits can match; the first character rules out most
     * of them cheaply. */
    for (unsigned int i = 0; i < fs->n_names; i++) {
        const char *name = fs->names[i].name;
        size_t n = fs->names[i].len;

        bit = 1u << i;
        if (name[0] == s[0]) {
            if (!strncmp(s, name, n)
                && (s[n] == '\0' || strchr(ends, s[n]))) {
                *len = n;
                return bit;
            }
        }
    }
    return 0;
}

/* "+trk-new": each named flag must be set (+) or clear (-). */
static int
parse_flags_plus_minus(const struct flags_syntax *fs, const char *s,
                       uint32_t *flagsp, uint32_t *maskp,
                       struct ofct_error *err)
{
    uint32_t flags = 0, mask = 0;

    while (*s) {
        bool set = *s++ == '+';
        uint32_t bit;
        size_t len;

        bit = flag_at(fs, s, "+-", &len);
        if (!bit || !(bit & fs->allowed)) {
            return flags_unknown(fs, s, err);
        }
        if (mask & bit) {
            return ofct_error_set(err, OFCT_OK,
                                  "%s: Each %s flag can be specified only "
                                  "once", s, fs->field_name);
        }
        mask |= bit;
        flags |= set ? bit : 0;
        s += len;
    }
    *flagsp = flags;
    *maskp = mask;
    return 0;
}

/* "new|trk", "0x21", "1|0x20": the listed flags set, all others clear. */
static int
parse_flags_exact(const struct flags_syntax *fs, const char *s,
                  uint32_t *flagsp, uint32_t *maskp, struct ofct_error *err)
{
    const char *p = s;
    uint32_t flags = 0;

    while (*p) {
        const char *end;
        uint64_t v;
        uint32_t bit;
        size_t len;

        end = mf_scan_int(p, 0, &v);
        if (end) {
            /* OVS checks and keeps only the low 32 bits ("4294967329" is
             * new|trk). */
            if ((uint32_t) v & ~fs->allowed) {
                return flags_unknown(fs, s, err);
            }
            flags |= (uint32_t) v;
            p = end + (*end == '|');
            continue;
        }

        bit = flag_at(fs, p, "|", &len);
        if (!bit || !(bit & fs->allowed)) {
            return flags_unknown(fs, s, err);
        }
        flags |= bit;
        p += len + (p[len] == '|');
    }
    *flagsp = flags;
    *maskp = UINT32_MAX;
    return 0;
}

static int
parse_flags(const struct flags_syntax *fs, const char *s, uint32_t *flagsp,
            uint32_t *maskp, struct ofct_error *err)
{
    const char *p;
    uint64_t flags, mask;

    /* "FLAGS/MASK" in numbers; as in OVS, anything after MASK is
     * ignored. */
    p = mf_scan_int(s, 0, &flags);
    if (p && *p == '/' && mf_scan_int(p + 1, 0, &mask)) {
        *flagsp = flags;
        *maskp = mask;
        if (*flagsp & ~fs->allowed || *maskp & ~fs->allowed) {
            return flags_unknown(fs, s, err);
        }
        return 0;
    }

    if (*s == '+' || *s == '-') {
        return parse_flags_plus_minus(fs, s, flagsp, maskp, err);
    }
    return parse_flags_exact(fs, s, flagsp, maskp, err);
}

/* "new|trk" (0 for none); bits without a name as one "0x..." at the end. */
static void
format_flags_exact(const struct flags_syntax *fs, uint32_t flags,
                   struct ofct_buf *out)
{
    uint32_t bad = 0;
    bool first = true;
    uint32_t bit;

    if (!flags) {
        buf_put_char(out, '0');
        return;
    }
    /* Each set bit, lowest first. */
    for (uint32_t rest = flags; rest; rest &= rest - 1) {
        const char *name;

        bit = rest & -rest;
        name = bit_name(fs, bit);
        if (name) {
            if (!first) {
                buf_put_char(out, '|');
            }
            buf_put_str(out, name);
            first = false;
        } else {
            bad |= bit;
        }
    }
    if (bad) {
        if (!first) {
            buf_put_char(out, '|');
        }
        buf_put_0xhex(out, bad);
    }
}

/* A mask that covers every defined flag prints as the set flags
 * ("new|trk"), any other mask as "+new-est...", one entry per mask bit,
 * lowest first, as OVS prints matches.  (OVS's own learn action prints an
 * exact ct_state as "+new-est...-[Unknown]" over all 32 bits, which no
 * parser accepts; this prints what the match syntax reads back.) */
static void
format_flags(const struct flags_syntax *fs, uint32_t flags, uint32_t mask,
             struct ofct_buf *out)
{
    mask &= fs->allowed;
    if (mask == fs->allowed) {
        format_flags_exact(fs, flags, out);
    } else if (!mask) {
        ofct_buf_puts(out, "0/0");
    } else {
        /* Each bit of the mask, lowest first. */
        for (uint32_t rest = mask; rest; rest &= rest - 1) {
            uint32_t bit = rest & -rest;
            const char *name = bit_name(fs, bit);

            buf_put_char(out, flags & bit ? '+' : '-');
            buf_put_str(out, name ? name : "[Unknown]");
        }
    }
}

static int
parse_flags_field(const struct mf_field *f, const struct flags_syntax *fs,
                  const char *s, union mf_value *value, union mf_value *mask,
                  struct ofct_error *err)
{
    /* Zeroed only to quiet -Wmaybe-uninitialized at -O2: parse_flags()
     * sets both whenever it succeeds. */
    uint32_t flags = 0, flags_mask = 0;

    if (parse_flags(fs, s, &flags, &flags_mask, err)) {
        return -1;
    }
    put_uint(value->b, f->n_bytes, flags);
    put_uint(mask->b, f->n_bytes, flags_mask);
    return 0;
}

/* Ethernet addresses. */

/* "xx:xx:xx:xx:xx:xx", each byte scanned as OVS's "%hhx". */
static const char *
scan_mac(const char *s, uint8_t mac[6])
{
    int i;

    for (i = 0; i < 6; i++) {
        uint64_t v;

        if (i && *s++ != ':') {
            return NULL;
        }
        s = mf_scan_int(s, 16, &v);
        if (!s) {
            return NULL;
        }
        mac[i] = v;
    }
    return s;
}

static int
parse_ethernet(const char *s, union mf_value *value, union mf_value *mask,
               struct ofct_error *err)
{
    const char *p = scan_mac(s, value->b);

    if (p && !*p) {
        memset(mask->b, 0xff, 6);
        return 0;
    }
    if (p && *p == '/') {
        p = scan_mac(p + 1, mask->b);
        if (p && !*p) {
            return 0;
        }
    }
    return ofct_error_set(err, OFCT_OK, "%s: invalid Ethernet address", s);
}

static void
format_mac(const uint8_t *m, struct ofct_buf *out)
{
    for (int i = 0; i < 6; i++) {
        if (i) {
            buf_put_char(out, ':');
        }
        buf_put_hex_width(out, m[i], 2);
    }
}

/* IPv4 and IPv6 addresses. */

/* "a.b.c.d", each byte scanned as OVS's "%hhu". */
static const char *
scan_ipv4(const char *s, uint8_t ip[4])
{
    int i;

    for (i = 0; i < 4; i++) {
        uint64_t v;

        if (i && *s++ != '.') {
            return NULL;
        }
        s = mf_scan_int(s, 10, &v);
        if (!s) {
            return NULL;
        }
        ip[i] = v;
    }
    return s;
}

/* The mask with the 'prefix' leading bits of 'n_bytes' bytes set. */
static void
prefix_mask(uint8_t *p, unsigned int n_bytes, unsigned int prefix)
{
    unsigned int i;

    for (i = 0; i < n_bytes; i++) {
        unsigned int bits = prefix > 8 * i ? prefix - 8 * i : 0;
        p[i] = bits >= 8 ? 0xff : (uint8_t) (0xff00 >> bits);
    }
}

/* Returns the prefix length if 'p' is a CIDR mask, else -1. */
static int
cidr_bits(const uint8_t *p, unsigned int n_bytes)
{
    unsigned int i = 0;
    int bits = 0;

    while (i < n_bytes && p[i] == 0xff) {
        i++;
        bits += 8;
    }
    if (i < n_bytes) {
        uint8_t b = p[i++];
        while (b & 0x80) {
            b <<= 1;
            bits++;
        }
        if (b) {
            return -1;
        }
    }
    for (; i < n_bytes; i++) {
        if (p[i]) {
            return -1;
        }
    }
    return bits;
}

/* A "/BITS" prefix length, scanned as OVS's "%d" into an int. */
static const char *
scan_prefix(const char *s, int *prefix)
{
    uint64_t v;

    if (*s != '/') {
        return NULL;
    }
    s = mf_scan_int(s + 1, 10, &v);
    if (s) {
        *prefix = (int) (uint32_t) v;
    }
    return s;
}

static int
parse_ipv4(const char *s, union mf_value *value, union mf_value *mask,
           struct ofct_error *err)
{
    const char *p = scan_ipv4(s, value->b);
    const char *q;
    int prefix;

    if (!p) {
        return ofct_error_set(err, OFCT_OK, "%s: invalid IP address", s);
    }
    if (*p == '/' && (q = scan_ipv4(p + 1, mask->b)) != NULL) {
        p = q;
    } else if ((q = scan_prefix(p, &prefix)) != NULL) {
        if (prefix < 0 || prefix > 32) {
            return ofct_error_set(err, OFCT_OK,
                                  "%s: IPv4 network prefix bits not between "
                                  "0 and 32, inclusive", s);
        }
        prefix_mask(mask->b, 4, prefix);
        p = q;
    } else {
        memset(mask->b, 0xff, 4);
    }
    if (*p) {
        return ofct_error_set(err, OFCT_OK, "%s: invalid IP address", s);
    }
    return 0;
}

/* "a.b.c.d" */
static void
format_ipv4_addr(const uint8_t *ip, struct ofct_buf *out)
{
    for (int i = 0; i < 4; i++) {
        if (i) {
            buf_put_char(out, '.');
        }
        buf_put_dec(out, ip[i]);
    }
}

static void
format_ipv4(const uint8_t *ip, const uint8_t *mask, struct ofct_buf *out)
{
    format_ipv4_addr(ip, out);
    if (mask) {
        int bits = cidr_bits(mask, 4);

        buf_put_char(out, '/');
        if (bits >= 0) {
            buf_put_dec(out, bits);
        } else {
            format_ipv4_addr(mask, out);
        }
    }
}

/* The longest text OVS's "%46[0123456789abcdefABCDEF:.]" takes. */
#define IPV6_SCAN_LEN 46

/* Scans up to IPV6_SCAN_LEN characters that may form an IPv6 address into
 * 'buf' and returns the end, or NULL if there is none. */
static const char *
scan_ipv6_chars(const char *s, char buf[IPV6_SCAN_LEN + 1])
{
    size_t n = 0;

    while (n < IPV6_SCAN_LEN && s[n]
           && strchr("0123456789abcdefABCDEF:.", s[n])) {
        buf[n] = s[n];
        n++;
    }
    buf[n] = '\0';
    return n ? s + n : NULL;
}

static int
parse_ipv6(const char *s, union mf_value *value, union mf_value *mask,
           struct ofct_error *err)
{
    char buf[IPV6_SCAN_LEN + 1];
    const char *p = s;
    const char *q;
    int prefix;

    while (isspace((unsigned char) *p)) {
        p++;
    }
    p = scan_ipv6_chars(p, buf);
    if (!p || inet_pton(AF_INET6, buf, value->b) != 1) {
        return ofct_error_set(err, OFCT_OK, "%s: invalid IPv6 address", s);
    }

    if ((q = scan_prefix(p, &prefix)) != NULL) {
        if (prefix < 0 || prefix > 128) {
            return ofct_error_set(err, OFCT_OK,
                                  "%s: IPv6 network prefix bits not between "
                                  "0 and 128, inclusive", s);
        }
        prefix_mask(mask->b, 16, prefix);
        p = q;
    } else if (*p == '/' && (q = scan_ipv6_chars(p + 1, buf)) != NULL) {
        if (inet_pton(AF_INET6, buf, mask->b) != 1) {
            return ofct_error_set(err, OFCT_OK, "%s: Invalid IPv6 mask", s);
        }
        p = q;
    } else {
        memset(mask->b, 0xff, 16);
    }
    if (*p) {
        return ofct_error_set(err, OFCT_OK, "%s: invalid IPv6 address", s);
    }
    return 0;
}

static void
format_ipv6_addr(const uint8_t *a, struct ofct_buf *out)
{
    char s[INET6_ADDRSTRLEN];

    /* inet_ntop() is the formatter OVS uses: same compression, same
     * embedded IPv4 ("::ffff:1.2.3.4"). */
    inet_ntop(AF_INET6, a, s, sizeof s);
    ofct_buf_puts(out, s);
}

static void
format_ipv6(const uint8_t *ip, const uint8_t *mask, struct ofct_buf *out)
{
    format_ipv6_addr(ip, out);
    if (mask) {
        int bits = cidr_bits(mask, 16);

        buf_put_char(out, '/');
        if (bits >= 0) {
            buf_put_dec(out, bits);
        } else {
            format_ipv6_addr(mask, out);
        }
    }
}

/* OpenFlow ports. */

/* A port as ovs-ofctl reads it without a port map: a decimal number (a
 * 16-bit one, or an OpenFlow 1.1 reserved port 0xffffff00 and above) or a
 * reserved port's name in any case. */
static bool
parse_port(const char *s, uint16_t *port)
{
    unsigned long long int v;
    size_t i;
    char *end;

    if (*s == '-') {
        return false;
    }

    errno = 0;
    v = strtoull(s, &end, 10);
    if (end != s && !*end && !errno && v <= UINT32_MAX) {
        if (v <= UINT16_MAX) {
            *port = v;
            return true;
        } else if (v >= OFPP11_MAX) {
            *port = v - OFPP11_OFFSET;
            return true;
        }
        return false;
    }

    for (i = 0; i < N_NAMED_PORTS; i++) {
        if (!strcasecmp(s, named_ports[i].name)) {
            *port = named_ports[i].port;
            return true;
        }
    }
    return false;
}

static uint32_t
port_to_ofp11(uint16_t port)
{
    return port < OFPP_MAX ? port : port + OFPP11_OFFSET;
}

/* The 16-bit port for an OpenFlow 1.1 port, or OFPP_NONE for a number with
 * no 16-bit equivalent (as OVS does). */
static uint16_t
port_from_ofp11(uint32_t port11)
{
    if (port11 < OFPP_MAX) {
        return port11;
    } else if (port11 >= OFPP11_MAX) {
        return port11 - OFPP11_OFFSET;
    }
    return OFPP_NONE;
}

static void
format_port(uint16_t port, struct ofct_buf *out)
{
    size_t i;

    for (i = 0; i < N_NAMED_PORTS; i++) {
        if (named_ports[i].port == port) {
            ofct_buf_puts(out, named_ports[i].name);
            return;
        }
    }
    buf_put_dec(out, port);
}

static int
parse_ofp_port(const struct mf_field *f, const char *s, union mf_value *value,
               union mf_value *mask, struct ofct_error *err)
{
    uint16_t port;

    if (!parse_port(s, &port)) {
        return ofct_error_set(err, OFCT_OK,
                              "%s: invalid or unknown port for %s",
                              s, f->name);
    }
    put_uint(value->b, 2, port);
    memset(mask->b, 0xff, 2);
    return 0;
}

static int
parse_ofp_port_oxm(const struct mf_field *f, const char *s,
                   union mf_value *value, union mf_value *mask,
                   struct ofct_error *err)
{
    uint16_t port;

    if (!parse_port(s, &port)) {
        return ofct_error_set(err, OFCT_OK,
                              "%s: port value out of range for %s",
                              s, f->name);
    }
    put_uint(value->b, 4, port_to_ofp11(port));
    memset(mask->b, 0xff, 4);
    return 0;
}

/* ip_frag. */

static int
parse_frag(const char *s, union mf_value *value, union mf_value *mask,
           struct ofct_error *err)
{
    size_t i;

    for (i = 0; i < N_FRAG_NAMES; i++) {
        if (!strcasecmp(s, frag_names[i].name)) {
            value->b[0] = frag_names[i].value;
            /* The bits outside FRAG_MASK are "exact" so that "no",
             * "first" and "later" count as exact values. */
            mask->b[0] = frag_names[i].mask | (uint8_t) ~FRAG_MASK;
            return 0;
        }
    }
    /* The message lacks its closing parenthesis in OVS too. */
    return ofct_error_set(err, OFCT_OK,
                          "%s: unknown fragment type (valid types are "
                          "\"no\", \"yes\", \"first\", \"later\", "
                          "\"not_later\"", s);
}

static void
format_frag(uint8_t value, uint8_t mask, struct ofct_buf *out)
{
    size_t i;

    mask &= FRAG_MASK;
    value &= mask;
    for (i = 0; i < N_FRAG_NAMES; i++) {
        if (value == frag_names[i].value && mask == frag_names[i].mask) {
            ofct_buf_puts(out, frag_names[i].name);
            return;
        }
    }
    ofct_buf_puts(out, "<error>");
}

/* Entry points. */

static bool
mask_is_valid(const struct mf_field *f, const union mf_value *mask)
{
    return f->maskable || mf_is_all_zeros(mask->b, f->n_bytes)
           || mf_is_all_ones(mask->b, f->n_bytes);
}

static int
parse_by_format(const struct mf_field *f, const char *s,
                union mf_value *value, union mf_value *mask,
                struct ofct_error *err)
{
    switch (f->string) {
    case MFS_DECIMAL:
    case MFS_HEXADECIMAL:
        return parse_integer(f, s, value, mask, err);
    case MFS_CT_STATE:
        return parse_flags_field(f, &ct_state_syntax, s, value, mask, err);
    case MFS_TCP_FLAGS:
        return parse_flags_field(f, &tcp_flags_syntax, s, value, mask, err);
    case MFS_ETHERNET:
        return parse_ethernet(s, value, mask, err);
    case MFS_IPV4:
        return parse_ipv4(s, value, mask, err);
    case MFS_IPV6:
        return parse_ipv6(s, value, mask, err);
    case MFS_OFP_PORT:
        return parse_ofp_port(f, s, value, mask, err);
    case MFS_OFP_PORT_OXM:
        return parse_ofp_port_oxm(f, s, value, mask, err);
    case MFS_FRAG:
        return parse_frag(s, value, mask, err);
    }
    return ofct_error_set(err, OFCT_OK, "%s: field %s has no text format",
                          s, f->name);
}

int
mf_parse(const struct mf_field *f, const char *s,
         union mf_value *value, union mf_value *mask,
         struct ofct_error *err)
{
    memset(value, 0, sizeof *value);
    memset(mask, 0, sizeof *mask);

    /* "*" is a wildcard in every format. */
    if (!strcmp(s, "*")) {
        return 0;
    }
    if (parse_by_format(f, s, value, mask, err)) {
        return -1;
    }
    if (!mask_is_valid(f, mask)) {
        return ofct_error_set(err, OFCT_OK, "%s: invalid mask for field %s",
                              s, f->name);
    }
    return 0;
}

int
mf_parse_value(const struct mf_field *f, const char *s,
               union mf_value *value, struct ofct_error *err)
{
    union mf_value mask;

    if (mf_parse(f, s, value, &mask, err)) {
        return -1;
    }
    if (!mf_is_all_ones(mask.b, f->n_bytes)) {
        return ofct_error_set(err, OFCT_OK, "%s: wildcards not allowed here",
                              s);
    }
    return 0;
}

void
mf_format(const struct mf_field *f, const union mf_value *value,
          const union mf_value *mask, struct ofct_buf *out)
{
    if (mask) {
        if (mf_is_all_zeros(mask->b, f->n_bytes)) {
            /* As OVS prints it (set_field:ANY->reg0); nothing parses it. */
            ofct_buf_puts(out, "ANY");
            return;
        } else if (mf_is_all_ones(mask->b, f->n_bytes)) {
            mask = NULL;
        }
    }

    switch (f->string) {
    case MFS_OFP_PORT_OXM:
        if (!mask) {
            format_port(port_from_ofp11(get_uint(value->b, 4)), out);
        } else {
            format_integer(f, value, mask, out);
        }
        break;
    case MFS_OFP_PORT:
        if (!mask) {
            format_port(get_uint(value->b, 2), out);
        } else {
            format_integer(f, value, mask, out);
        }
        break;
    case MFS_DECIMAL:
    case MFS_HEXADECIMAL:
        format_integer(f, value, mask, out);
        break;
    case MFS_CT_STATE:
        format_flags(&ct_state_syntax, get_uint(value->b, f->n_bytes),
                     mask ? get_uint(mask->b, f->n_bytes) : UINT32_MAX, out);
        break;
    case MFS_TCP_FLAGS:
        format_flags(&tcp_flags_syntax, get_uint(value->b, f->n_bytes),
                     mask ? get_uint(mask->b, f->n_bytes) : UINT32_MAX, out);
        break;
    case MFS_ETHERNET:
        format_mac(value->b, out);
        if (mask) {
            ofct_buf_putc(out, '/');
            format_mac(mask->b, out);
        }
        break;
    case MFS_IPV4:
        format_ipv4(value->b, mask ? mask->b : NULL, out);
        break;
    case MFS_IPV6:
        format_ipv6(value->b, mask ? mask->b : NULL, out);
        break;
    case MFS_FRAG:
        format_frag(value->b[0], mask ? mask->b[0] : UINT8_MAX, out);
        break;
    }
}

bool
mf_is_value_valid(const struct mf_field *f, const union mf_value *v)
{
    switch (f->id) {
    case MFF_IN_PORT_OXM: {
        uint32_t port11 = get_uint(v->b, 4);
        return port11 < OFPP_MAX || port11 >= OFPP11_MAX;
    }
    case MFF_CT_STATE:
        return !(get_uint(v->b, 4) & ~CS_SUPPORTED_MASK);
    case MFF_IP_DSCP:
        /* nw_tos: the ECN bits must be zero. */
        return !(v->b[0] & 0x03);
    case MFF_IP_DSCP_SHIFTED:
        return !(v->b[0] & 0xc0);
    case MFF_IP_ECN:
    case MFF_IP_FRAG:
        return !(v->b[0] & ~0x03);
    case MFF_TCP_FLAGS:
        return !(get_uint(v->b, 2) & ~TCP_FLAGS_MASK);
    case MFF_ARP_OP:
        return !v->b[0];
    case MFF_DL_VLAN:
        /* No PCP and no CFI bit. */
        return !(get_uint(v->b, 2) & 0xf000);
    case MFF_VLAN_VID:
        /* The CFI bit is OpenFlow 1.2's "VLAN present" bit: allowed. */
        return !(get_uint(v->b, 2) & 0xe000);
    case MFF_DL_VLAN_PCP:
    case MFF_VLAN_PCP:
        return !(v->b[0] & ~0x07);
    case MFF_IPV6_LABEL:
        return !(get_uint(v->b, 4) & ~0x000fffffu);
    default:
        return true;
    }
}

void
mf_format_value(const struct mf_field *f, const union mf_value *value,
                struct ofct_buf *out)
{
    if (f->string == MFS_CT_STATE) {
        /* Every bit of the 32, as "+new-est...-[Unknown]". */
        uint32_t flags = get_uint(value->b, f->n_bytes);

        for (unsigned int i = 0; i < 32; i++) {
            const char *name = bit_name(&ct_state_syntax, 1u << i);

            buf_put_char(out, flags & (1u << i) ? '+' : '-');
            buf_put_str(out, name ? name : "[Unknown]");
        }
        return;
    }
    mf_format(f, value, NULL, out);
}
