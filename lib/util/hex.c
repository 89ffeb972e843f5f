/* Hexadecimal conversion, as test vectors and the CLI exchange bytes. */
#include <config.h>

#include <ctype.h>

#include "ofct/util.h"

static int
hexit_value(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c = tolower((unsigned char) c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

int
ofct_hex_to_bytes(const char *s, struct ofct_buf *out,
                  struct ofct_error *err)
{
    const char *p = s;

    for (;;) {
        int hi, lo;

        while (isspace((unsigned char) *p)) {
            p++;
        }
        if (!*p) {
            return 0;
        }
        hi = hexit_value(*p);
        if (hi < 0) {
            return ofct_error_set(err, OFCT_OK, "invalid hex digit `%c' at "
                                  "offset %td", *p, p - s);
        }
        lo = hexit_value(p[1]);
        if (lo < 0) {
            return ofct_error_set(err, OFCT_OK, p[1] ? "invalid hex digit "
                                  "`%c' at offset %td" : "odd number of hex "
                                  "digits (%c) at offset %td",
                                  p[1] ? p[1] : *p, p[1] ? p + 1 - s : p - s);
        }
        uint8_t byte = hi * 16 + lo;
        ofct_buf_put(out, &byte, 1);
        p += 2;
    }
}

void
ofct_bytes_to_hex(const void *data, size_t n, struct ofct_buf *out)
{
    static const char digits[] = "0123456789abcdef";
    const uint8_t *p = data;
    char *q = ofct_buf_put_uninit(out, 2 * n);

    for (size_t i = 0; i < n; i++) {
        *q++ = digits[p[i] >> 4];
        *q++ = digits[p[i] & 15];
    }
}
