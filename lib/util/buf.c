/* Growable byte buffer. */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "ofct/util.h"
#include "util/xalloc.h"

void
ofct_buf_init(struct ofct_buf *b)
{
    b->data = NULL;
    b->size = 0;
    b->allocated = 0;
}

void
ofct_buf_uninit(struct ofct_buf *b)
{
    free(b->data);
    ofct_buf_init(b);
}

void
ofct_buf_clear(struct ofct_buf *b)
{
    b->size = 0;
}

/* Grows 'b' to hold 'n' more bytes and the spare byte. */
static void
grow(struct ofct_buf *b, size_t n)
{
    size_t need = b->size + n + 1;

    if (need < b->size) {
        xalloc_die();
    }
    if (need > b->allocated) {
        size_t cap = b->allocated ? b->allocated : 64;
        while (cap < need) {
            if (cap > SIZE_MAX / 2) {
                cap = need;
                break;
            }
            cap *= 2;
        }
        b->data = xrealloc(b->data, cap);
        b->allocated = cap;
    }
}

/* Keeps one spare byte beyond 'size' so that text can stay NUL-terminated
 * without a separate allocation.  The check is inline: appending is the
 * inner loop of every formatter. */
static inline void
reserve(struct ofct_buf *b, size_t n)
{
    if (b->allocated - b->size <= n) {
        grow(b, n);
    }
}

static inline void *
put_uninit(struct ofct_buf *b, size_t n)
{
    void *p;

    reserve(b, n);
    p = b->data + b->size;
    b->size += n;
    return p;
}

static inline void
put(struct ofct_buf *b, const void *src, size_t n)
{
    uint8_t *p = put_uninit(b, n);

    if (n <= 8) {
        /* The formatters append a few bytes at a time: cheaper than a
         * call to memcpy(). */
        const uint8_t *s = src;

        for (size_t i = 0; i < n; i++) {
            p[i] = s[i];
        }
    } else {
        memcpy(p, src, n);
    }
}

static inline void
putc_(struct ofct_buf *b, char c)
{
    reserve(b, 1);
    b->data[b->size++] = c;
}

void
ofct_buf_reserve(struct ofct_buf *b, size_t n)
{
    reserve(b, n);
}

void *
ofct_buf_put_uninit(struct ofct_buf *b, size_t n)
{
    return put_uninit(b, n);
}

void *
ofct_buf_put_zeros(struct ofct_buf *b, size_t n)
{
    void *p = put_uninit(b, n);
    memset(p, 0, n);
    return p;
}

void *
ofct_buf_put(struct ofct_buf *b, const void *src, size_t n)
{
    void *p = put_uninit(b, n);

    if (n) {
        memcpy(p, src, n);
    }
    return p;
}

void
ofct_buf_truncate(struct ofct_buf *b, size_t size)
{
    if (size < b->size) {
        b->size = size;
    }
}

void
ofct_buf_pad(struct ofct_buf *b, size_t align)
{
    size_t rem = b->size % align;
    if (rem) {
        ofct_buf_put_zeros(b, align - rem);
    }
}

/* A conversion specification: "%[-0#][width][.precision][length]conv". */
struct printf_spec {
    bool left;                  /* '-' */
    bool zero;                  /* '0' */
    bool alt;                   /* '#' */
    int width;
    int precision;              /* -1 if none */
    char length;                /* 0, 'H' (hh), 'h', 'l', 'L' (ll), 'z',
                                 * 'j', 't' */
    char conv;
};

/* Parses the specification after a '%' at '*fmtp'.  Returns false for
 * anything fast_printf() does not format itself ('+', ' ', '*' widths,
 * %p, floating point, ...). */
static bool
parse_spec(const char **fmtp, struct printf_spec *spec)
{
    const char *p = *fmtp;

    *spec = (struct printf_spec) { .precision = -1 };
    switch (*p) {
    case 's': case 'd': case 'u': case 'x': case 'c':
        /* The common bare conversion. */
        spec->conv = *p;
        *fmtp = p + 1;
        return true;
    }
    for (;; p++) {
        if (*p == '-') {
            spec->left = true;
        } else if (*p == '0') {
            spec->zero = true;
        } else if (*p == '#') {
            spec->alt = true;
        } else {
            break;
        }
    }
    for (; *p >= '0' && *p <= '9'; p++) {
        if (spec->width > 100000) {
            return false;
        }
        spec->width = spec->width * 10 + (*p - '0');
    }
    if (*p == '.') {
        p++;
        if (*p == '*') {
            spec->precision = -2;       /* from the arguments */
            p++;
        } else {
            spec->precision = 0;
            for (; *p >= '0' && *p <= '9'; p++) {
                if (spec->precision > 100000) {
                    return false;
                }
                spec->precision = spec->precision * 10 + (*p - '0');
            }
        }
    }
    if (*p == 'h' || *p == 'l') {
        spec->length = p[1] == *p ? (*p == 'h' ? 'H' : 'L') : *p;
        p += p[1] == *p ? 2 : 1;
    } else if (*p == 'z' || *p == 'j' || *p == 't') {
        spec->length = *p++;
    }
    spec->conv = *p++;
    *fmtp = p;

    switch (spec->conv) {
    case 'd': case 'i': case 'u': case 'x': case 'X':
        /* Integer precision and the '0' flag interact; leave it to libc. */
        return spec->precision == -1;
    case 's':
        return !spec->zero && !spec->alt && !spec->length;
    case 'c':
        return (!spec->zero && !spec->alt && !spec->length
                && spec->precision == -1);
    default:
        return false;
    }
}

/* Fetches an integer argument of the type 'spec' names, as its magnitude
 * and sign. */
static uint64_t
fetch_int(const struct printf_spec *spec, va_list *args, bool *negative)
{
    bool is_signed = spec->conv == 'd' || spec->conv == 'i';
    int64_t s;

    *negative = false;
    if (!is_signed) {
        switch (spec->length) {
        case 'H': return (unsigned char) va_arg(*args, unsigned int);
        case 'h': return (unsigned short) va_arg(*args, unsigned int);
        case 'l': return va_arg(*args, unsigned long);
        case 'L': return va_arg(*args, unsigned long long);
        case 'z': return va_arg(*args, size_t);
        case 'j': return va_arg(*args, uintmax_t);
        case 't': return (uint64_t) va_arg(*args, ptrdiff_t);
        default: return va_arg(*args, unsigned int);
        }
    }
    switch (spec->length) {
    case 'H': s = (signed char) va_arg(*args, int); break;
    case 'h': s = (short) va_arg(*args, int); break;
    case 'l': s = va_arg(*args, long); break;
    case 'L': s = va_arg(*args, long long); break;
    case 'z': s = va_arg(*args, ssize_t); break;
    case 'j': s = va_arg(*args, intmax_t); break;
    case 't': s = va_arg(*args, ptrdiff_t); break;
    default: s = va_arg(*args, int); break;
    }
    *negative = s < 0;
    return *negative ? -(uint64_t) s : (uint64_t) s;
}

static void
put_padding(struct ofct_buf *b, char c, int n)
{
    if (n > 0) {
        memset(put_uninit(b, n), c, n);
    }
}

/* Appends 'len' bytes of 's' padded to the width of 'spec'. */
static void
put_padded(struct ofct_buf *b, const struct printf_spec *spec,
           const char *s, size_t len)
{
    int pad = spec->width > (int) len ? spec->width - (int) len : 0;

    if (!spec->left) {
        put_padding(b, ' ', pad);
    }
    put(b, s, len);
    if (spec->left) {
        put_padding(b, ' ', pad);
    }
}

/* Writes 'v' in decimal just before 'end' and returns where it starts,
 * two digits at a time. */
static char *
put_decimal(uint64_t v, char *end)
{
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324"
        "25262728293031323334353637383940414243444546474849"
        "50515253545556575859606162636465666768697071727374"
        "75767778798081828384858687888990919293949596979899";
    char *p = end;

    while (v >= 100) {
        unsigned int r = v % 100;

        v /= 100;
        *--p = pairs[2 * r + 1];
        *--p = pairs[2 * r];
    }
    if (v >= 10) {
        *--p = pairs[2 * v + 1];
        *--p = pairs[2 * v];
    } else {
        *--p = '0' + v;
    }
    return p;
}

static void
put_int(struct ofct_buf *b, const struct printf_spec *spec, va_list *args)
{
    static const char lower[] = "0123456789abcdef";
    static const char upper[] = "0123456789ABCDEF";
    char digits[24];
    char *end = digits + sizeof digits, *p = end;
    bool negative;
    uint64_t v = fetch_int(spec, args, &negative);
    const char *prefix = "";
    int n_digits, n_prefix = 0, pad;

    if (spec->conv == 'x' || spec->conv == 'X') {
        const char *hexits = spec->conv == 'x' ? lower : upper;

        if (spec->alt && v) {
            prefix = spec->conv == 'x' ? "0x" : "0X";
            n_prefix = 2;
        }
        do {
            *--p = hexits[v & 15];
            v >>= 4;
        } while (v);
    } else {
        if (negative) {
            prefix = "-";
            n_prefix = 1;
        }
        p = put_decimal(v, end);
    }
    n_digits = end - p;
    pad = spec->width - n_digits - n_prefix;
    if (pad <= 0) {
        /* No padding, the usual case. */
        put(b, prefix, n_prefix);
        put(b, p, n_digits);
    } else if (spec->left || !spec->zero) {
        if (!spec->left) {
            put_padding(b, ' ', pad);
        }
        put(b, prefix, n_prefix);
        put(b, p, n_digits);
        if (spec->left) {
            put_padding(b, ' ', pad);
        }
    } else {
        put(b, prefix, n_prefix);
        put_padding(b, '0', pad);
        put(b, p, n_digits);
    }
}

/* Formats what parse_spec() accepts.  Returns false, having consumed some
 * of 'args' and appended some text, for anything else. */
static bool
fast_printf(struct ofct_buf *b, const char *fmt, va_list *args)
{
    for (;;) {
        const char *lit = fmt;
        struct printf_spec spec;

        while (*fmt && *fmt != '%') {
            fmt++;
        }
        if (fmt > lit) {
            put(b, lit, fmt - lit);
        }
        if (!*fmt) {
            return true;
        }
        fmt++;
        if (*fmt == '%') {
            putc_(b, '%');
            fmt++;
            continue;
        }
        if (!parse_spec(&fmt, &spec)) {
            return false;
        }
        if (spec.conv == 's') {
            int precision = (spec.precision == -2 ? va_arg(*args, int)
                             : spec.precision);
            const char *s = va_arg(*args, const char *);

            if (!s) {
                return false;       /* libc's "(null)" */
            }
            put_padded(b, &spec, s,
                       precision < 0 ? strlen(s) : strnlen(s, precision));
        } else if (spec.conv == 'c') {
            char c = va_arg(*args, int);

            put_padded(b, &spec, &c, 1);
        } else {
            put_int(b, &spec, args);
        }
    }
}

static void
slow_printf(struct ofct_buf *b, const char *fmt, va_list args)
{
    va_list copy;
    int needed;

    va_copy(copy, args);
    reserve(b, 64);
    needed = vsnprintf((char *) b->data + b->size,
                       b->allocated - b->size, fmt, copy);
    va_end(copy);
    if (needed < 0) {
        return;
    }
    if ((size_t) needed >= b->allocated - b->size) {
        reserve(b, needed);
        vsnprintf((char *) b->data + b->size, b->allocated - b->size,
                  fmt, args);
    }
    b->size += needed;
}

/* The codecs print millions of small numbers and names when they format
 * a large flow table, and vsnprintf() costs about ten times what the
 * common conversions ("%s", "%u", "%02x", "%"PRIx64, ...) need, so those
 * are formatted here; a format with anything else (floating point, '+',
 * "%*d", "%p", ...) goes to vsnprintf() as a whole.  The output is the
 * same either way (tests/unit/check_util.c compares them). */
void
ofct_buf_printf(struct ofct_buf *b, const char *fmt, ...)
{
    size_t start = b->size;
    va_list args, copy;

    va_start(args, fmt);
    va_copy(copy, args);
    if (!fast_printf(b, fmt, &copy)) {
        b->size = start;
        slow_printf(b, fmt, args);
    }
    va_end(copy);
    va_end(args);
    if (b->data) {
        b->data[b->size] = '\0';
    }
}

void
ofct_buf_puts(struct ofct_buf *b, const char *s)
{
    put(b, s, strlen(s));
}

void
ofct_buf_putc(struct ofct_buf *b, char c)
{
    putc_(b, c);
}

const char *
ofct_buf_cstr(struct ofct_buf *b)
{
    reserve(b, 0);
    b->data[b->size] = '\0';
    return (const char *) b->data;
}

void
ofct_buf_chomp(struct ofct_buf *b, char c)
{
    if (b->size && b->data[b->size - 1] == (uint8_t) c) {
        b->size--;
    }
}
