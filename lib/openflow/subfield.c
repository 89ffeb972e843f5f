/* Subfields ("NXM_NX_REG0[0..15]") and bit helpers over field values.
 *
 * Parsing follows ovs-ofctl 3.1: the name ends at the first '[' or '-'
 * (so "reg0->reg1[]" names reg0), a missing "[...]" means the whole field,
 * and the bit numbers are scanned like OVS's "%d" (wrapping, then truncated
 * to an int), so the error messages quote the same numbers. */
#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "openflow/meta-field.h"
#include "util/buf-fmt.h"

static const struct mf_field *
subfield_field(const char *name, size_t len)
{
    const struct mf_field *f = mf_from_nxm_name_len(name, len, NULL);

    return f ? f : mf_from_ovs_name_len(name, len);
}

/* Scans "%d" then the literal 'follow' (which must not be empty). */
static const char *
scan_bit(const char *s, const char *follow, int *bit)
{
    uint64_t v;
    size_t n = strlen(follow);

    s = mf_scan_int(s, 10, &v);
    if (!s || strncmp(s, follow, n)) {
        return NULL;
    }
    *bit = (int) (uint32_t) v;
    return s + n;
}

/* Parses "[]", "[a..b]" or "[n]" at 's' into '*start' and '*end' (which
 * hold the whole field on entry).  Returns the end of the brackets, or
 * NULL on a syntax error. */
static const char *
parse_bits(const char *s, int *start, int *end)
{
    const char *p;

    if (!strncmp(s, "[]", 2)) {
        return s + 2;
    }
    p = scan_bit(s + 1, "..", start);
    if (p) {
        p = scan_bit(p, "]", end);
        if (p) {
            return p;
        }
    }
    p = scan_bit(s + 1, "]", start);
    if (p) {
        *end = *start;
    }
    return p;
}

int
mf_parse_subfield(struct mf_subfield *sf, const char **sp,
                  struct ofct_error *err)
{
    const char *s = *sp;
    const struct mf_field *f;
    size_t name_len;
    int start, end;

    name_len = strcspn(s, "[-");
    f = subfield_field(s, name_len);
    if (!f) {
        return ofct_error_set(err, OFCT_OK, "%s: unknown field `%.*s'",
                              *sp, (int) name_len, s);
    }
    s += name_len;

    start = 0;
    end = f->n_bits - 1;
    if (*s == '[') {
        s = parse_bits(s, &start, &end);
        if (!s) {
            return ofct_error_set(err, OFCT_OK,
                                  "%s: syntax error expecting [] or [<bit>] "
                                  "or [<start>..<end>]", *sp);
        }
    }

    /* Signed, then unsigned comparisons, as in OVS: "[-1]" is a starting
     * bit past the end of the field, "[5..-2]" one after its end bit. */
    if (start > end) {
        return ofct_error_set(err, OFCT_OK,
                              "%s: starting bit %d is after ending bit %d",
                              *sp, start, end);
    } else if ((unsigned int) start >= f->n_bits) {
        return ofct_error_set(err, OFCT_OK,
                              "%s: starting bit %d is not valid because "
                              "field is only %d bits wide",
                              *sp, start, f->n_bits);
    } else if ((unsigned int) end >= f->n_bits) {
        return ofct_error_set(err, OFCT_OK,
                              "%s: ending bit %d is not valid because "
                              "field is only %d bits wide",
                              *sp, end, f->n_bits);
    }

    sf->field = f;
    sf->ofs = start;
    sf->n_bits = end - start + 1;
    *sp = s;
    return 0;
}

/* "0x" then hex digits, as many as there are (leading zeros do not
 * count against the width): the digits must fill 'n_bytes' bytes at most.
 * No digits at all is 0, as in OVS. */
static bool
parse_hex_bytes(const char *s, uint8_t *v, unsigned int n_bytes)
{
    size_t len = strspn(s, "0123456789abcdefABCDEF");

    if (s[len]) {
        return false;
    }
    for (size_t i = 0; i < len; i++) {
        char c = s[len - 1 - i];
        unsigned int d = (c <= '9' ? c - '0'
                          : c <= 'F' ? c - 'A' + 10 : c - 'a' + 10);

        if (i / 2 >= n_bytes) {
            if (d) {
                return false;
            }
        } else {
            v[n_bytes - 1 - i / 2] |= d << (4 * (i % 2));
        }
    }
    return true;
}

/* Anything else goes through strtoull() in base 0, as in OVS: a sign and
 * octal are allowed, a value past 64 bits or the field's width is not. */
static bool
parse_c_integer(const char *s, uint8_t *v, unsigned int n_bytes)
{
    unsigned long long int x;
    char *tail;

    errno = 0;
    x = strtoull(s, &tail, 0);
    if (errno || tail == s || *tail) {
        return false;
    }
    for (unsigned int i = n_bytes; i-- > 0; ) {
        v[i] = x & 0xff;
        x >>= 8;
    }
    return !x;
}

int
mf_parse_subfield_int(const struct mf_subfield *sf, const char *name,
                      const char *s, union mf_value *value,
                      struct ofct_error *err)
{
    const struct mf_field *f = sf->field;
    bool ok;

    memset(value, 0, sizeof *value);
    ok = (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
          ? parse_hex_bytes(s + 2, value->b, f->n_bytes)
          : parse_c_integer(s, value->b, f->n_bytes));
    if (!ok) {
        return ofct_error_set(err, OFCT_OK, "%s: cannot parse integer "
                              "value: %s", name, s);
    }
    for (unsigned int i = sf->n_bits; i < 8u * f->n_bytes; i++) {
        if (mf_bit_is_set(value->b, f->n_bytes, i)) {
            struct ofct_buf text = OFCT_BUF_INITIALIZER;

            mf_format_value(f, value, &text);
            ofct_error_set(err, OFCT_OK, "%s: value %s does not fit into "
                           "%u bits", name, ofct_buf_cstr(&text),
                           sf->n_bits);
            ofct_buf_uninit(&text);
            return -1;
        }
    }
    return 0;
}

void
mf_format_subfield(const struct mf_subfield *sf, struct ofct_buf *out)
{
    const struct mf_field *f = sf->field;

    ofct_buf_puts(out, f ? mf_subfield_name(f) : "<unknown>");
    if (f && sf->ofs == 0 && sf->n_bits == f->n_bits) {
        ofct_buf_puts(out, "[]");
    } else if (sf->n_bits == 1) {
        buf_put_char(out, '[');
        buf_put_dec(out, sf->ofs);
        buf_put_char(out, ']');
    } else {
        buf_put_char(out, '[');
        buf_put_dec(out, sf->ofs);
        BUF_PUT_LIT(out, "..");
        buf_put_dec(out, (unsigned int) (sf->ofs + sf->n_bits - 1));
        buf_put_char(out, ']');
    }
}

/* Both scan a word at a time: matches ask them of every field. */
bool
mf_is_all_ones(const uint8_t *v, unsigned int n_bytes)
{
    uint64_t acc = UINT64_MAX;

    for (; n_bytes >= 8; v += 8, n_bytes -= 8) {
        uint64_t w;

        memcpy(&w, v, 8);
        acc &= w;
    }
    for (; n_bytes; v++, n_bytes--) {
        acc &= *v | ~UINT64_C(0xff);
    }
    return acc == UINT64_MAX;
}

bool
mf_is_all_zeros(const uint8_t *v, unsigned int n_bytes)
{
    uint64_t acc = 0;

    for (; n_bytes >= 8; v += 8, n_bytes -= 8) {
        uint64_t w;

        memcpy(&w, v, 8);
        acc |= w;
    }
    for (; n_bytes; v++, n_bytes--) {
        acc |= *v;
    }
    return !acc;
}
