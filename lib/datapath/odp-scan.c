/* Scanning ODP action text. */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "datapath/odp-scan.h"

void
odp_scan_init(struct odp_scanner *sc, const char *s)
{
    sc->s = s;
    sc->pos = 0;
    sc->depth = 0;
}

const char *
odp_scan_here(const struct odp_scanner *sc)
{
    return sc->s + sc->pos;
}

void
odp_scan_skip_delimiters(struct odp_scanner *sc)
{
    sc->pos += strspn(odp_scan_here(sc), ODP_DELIMITERS);
}

bool
odp_scan_at_end_of_token(const struct odp_scanner *sc, char close)
{
    char c = sc->s[sc->pos];

    return !c || strchr(ODP_DELIMITERS, c) || (close && c == close);
}

bool
odp_scan_literal(struct odp_scanner *sc, const char *literal)
{
    size_t n = strlen(literal);

    if (strncmp(odp_scan_here(sc), literal, n)) {
        return false;
    }
    sc->pos += n;
    return true;
}

size_t
odp_scan_keyword_len(const struct odp_scanner *sc)
{
    const char *p = odp_scan_here(sc);
    size_t n = 0;

    while (isalnum((unsigned char) p[n]) || p[n] == '_') {
        n++;
    }
    return n;
}

size_t
odp_scan_value_len(const struct odp_scanner *sc)
{
    return strcspn(odp_scan_here(sc), ODP_DELIMITERS "()");
}

int
odp_scan_error(const struct odp_scanner *sc, size_t at, size_t len,
               struct ofct_error *err, const char *fmt, ...)
{
    char detail[OFCT_ERROR_MSG_MAX];
    va_list args;

    va_start(args, fmt);
    vsnprintf(detail, sizeof detail, fmt, args);
    va_end(args);

    /* Quote at most 40 bytes of the offending text. */
    if (len) {
        int quoted = len > 40 ? 40 : (int) len;
        return ofct_error_set(err, OFCT_OK, "`%.*s%s' at offset %zu: %s",
                              quoted, sc->s + at, len > 40 ? "..." : "", at,
                              detail);
    }
    return ofct_error_set(err, OFCT_OK, "at offset %zu: %s", at, detail);
}

static int
digit_value(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    } else if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return 99;
}

static bool
has_hex_prefix(const char *p)
{
    return p[0] == '0' && (p[1] == 'x' || p[1] == 'X');
}

/* Picks the radix for 'base' and skips any prefix at '*p'. */
static int
pick_radix(enum odp_scan_base base, const char **p)
{
    bool hex_prefix = has_hex_prefix(*p);

    if (hex_prefix && base != ODP_SCAN_DEC) {
        *p += 2;
        return 16;
    }
    if (base == ODP_SCAN_HEX) {
        return 16;
    }
    if (base == ODP_SCAN_ANY && **p == '0' && isdigit((unsigned char) (*p)[1])) {
        return 8;
    }
    return 10;
}

int
odp_scan_uint(struct odp_scanner *sc, enum odp_scan_base base, uint64_t max,
              const char *what, uint64_t *value, struct ofct_error *err)
{
    const char *start = odp_scan_here(sc);
    const char *p = start;
    int radix = pick_radix(base, &p);
    uint64_t v = 0;
    size_t n = 0;

    for (; digit_value(p[n]) < radix; n++) {
        unsigned int d = digit_value(p[n]);

        if (d > max || v > (max - d) / radix) {
            size_t len = (size_t) (p - start) + n + 1;
            len += strspn(p + n + 1, "0123456789abcdefABCDEF");
            return odp_scan_error(sc, sc->pos, len, err, "%s is greater "
                                  "than %llu", what,
                                  (unsigned long long) max);
        }
        v = v * radix + d;
    }
    if (!n) {
        return odp_scan_error(sc, sc->pos, odp_scan_value_len(sc), err,
                              "expected %s (a number)", what);
    }
    sc->pos += (size_t) (p - start) + n;
    *value = v;
    return 0;
}

static int
scan_u128_hex(struct odp_scanner *sc, const char *what, uint8_t value[16],
              struct ofct_error *err)
{
    const char *p = odp_scan_here(sc) + 2;
    size_t n = strspn(p, "0123456789abcdefABCDEF");
    size_t skip = strspn(p, "0");

    if (!n) {
        return odp_scan_error(sc, sc->pos, 2, err, "expected hex digits "
                              "for %s", what);
    }
    if (n - (skip < n ? skip : n - 1) > 32) {
        return odp_scan_error(sc, sc->pos, n + 2, err, "%s is wider than "
                              "128 bits", what);
    }
    memset(value, 0, 16);
    for (size_t i = 0; i < n; i++) {
        size_t nibble = n - 1 - i;          /* 0 = least significant */
        if (nibble < 32) {
            value[15 - nibble / 2] |= digit_value(p[i]) << (nibble % 2 * 4);
        }
    }
    sc->pos += n + 2;
    return 0;
}

int
odp_scan_u128(struct odp_scanner *sc, const char *what, uint8_t value[16],
              struct ofct_error *err)
{
    uint64_t v;

    if (has_hex_prefix(odp_scan_here(sc))) {
        return scan_u128_hex(sc, what, value, err);
    }
    if (odp_scan_uint(sc, ODP_SCAN_ANY, UINT64_MAX, what, &v, err)) {
        return -1;
    }
    memset(value, 0, 16);
    for (int i = 15; i >= 8; i--) {
        value[i] = v;
        v >>= 8;
    }
    return 0;
}

void
odp_format_u128(const uint8_t value[16], struct ofct_buf *out)
{
    static const char hexits[] = "0123456789abcdef";
    bool started = false;

    ofct_buf_puts(out, "0x");
    for (int i = 0; i < 32; i++) {
        int nibble = (value[i / 2] >> (i % 2 ? 0 : 4)) & 0xf;

        if (nibble || started || i == 31) {
            ofct_buf_putc(out, hexits[nibble]);
            started = true;
        }
    }
}
