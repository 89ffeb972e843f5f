/* Appending numbers to a byte buffer without printf: decimal, hex and
 * zero-padded hex, the forms the OpenFlow printers use for nearly every
 * value.  Inline, because formatting a large flow table calls them tens
 * of millions of times and each call does little. */
#ifndef OFCT_LIB_UTIL_BUF_FMT_H
#define OFCT_LIB_UTIL_BUF_FMT_H 1

#include <stdint.h>
#include <string.h>

#include "ofct/util.h"

/* Room for 'n' more bytes at the end of 'b' (and the spare byte that
 * ofct_buf keeps for a NUL). */
static inline char *
buf_room(struct ofct_buf *b, size_t n)
{
    if (b->allocated - b->size <= n) {
        ofct_buf_reserve(b, n);
    }
    return (char *) b->data + b->size;
}

static inline void
buf_put_mem(struct ofct_buf *b, const char *s, size_t n)
{
    memcpy(buf_room(b, n), s, n);
    b->size += n;
}

/* A string literal, its length known at compile time. */
#define BUF_PUT_LIT(B, LIT) buf_put_mem(B, LIT, sizeof LIT - 1)

static inline void
buf_put_str(struct ofct_buf *b, const char *s)
{
    buf_put_mem(b, s, strlen(s));
}

static inline void
buf_put_char(struct ofct_buf *b, char c)
{
    *buf_room(b, 1) = c;
    b->size++;
}

/* "%"PRIu64 */
static inline void
buf_put_dec(struct ofct_buf *b, uint64_t v)
{
    char tmp[20];
    char *p = tmp + sizeof tmp;

    do {
        *--p = '0' + v % 10;
        v /= 10;
    } while (v);
    buf_put_mem(b, p, tmp + sizeof tmp - p);
}

/* "%0*"PRIx64 with 'width' (at most 16): lowercase, at least 'width'
 * digits. */
static inline void
buf_put_hex_width(struct ofct_buf *b, uint64_t v, int width)
{
    static const char hexits[] = "0123456789abcdef";
    char tmp[16];
    char *p = tmp + sizeof tmp;

    do {
        *--p = hexits[v & 15];
        v >>= 4;
    } while (v);
    while (p > tmp + sizeof tmp - width) {
        *--p = '0';
    }
    buf_put_mem(b, p, tmp + sizeof tmp - p);
}

/* "%"PRIx64 */
static inline void
buf_put_hex(struct ofct_buf *b, uint64_t v)
{
    buf_put_hex_width(b, v, 1);
}

/* "0x%"PRIx64 */
static inline void
buf_put_0xhex(struct ofct_buf *b, uint64_t v)
{
    BUF_PUT_LIT(b, "0x");
    buf_put_hex(b, v);
}

#endif
