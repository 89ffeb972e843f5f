/* Growable byte buffer. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* Keeps one spare byte beyond 'size' so that text can stay NUL-terminated
 * without a separate allocation. */
void
ofct_buf_reserve(struct ofct_buf *b, size_t n)
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

void *
ofct_buf_put_uninit(struct ofct_buf *b, size_t n)
{
    void *p;

    ofct_buf_reserve(b, n);
    p = b->data + b->size;
    b->size += n;
    return p;
}

void *
ofct_buf_put_zeros(struct ofct_buf *b, size_t n)
{
    void *p = ofct_buf_put_uninit(b, n);
    memset(p, 0, n);
    return p;
}

void *
ofct_buf_put(struct ofct_buf *b, const void *src, size_t n)
{
    void *p = ofct_buf_put_uninit(b, n);
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

void
ofct_buf_printf(struct ofct_buf *b, const char *fmt, ...)
{
    va_list args;
    int needed;

    ofct_buf_reserve(b, 64);
    va_start(args, fmt);
    needed = vsnprintf((char *) b->data + b->size,
                       b->allocated - b->size, fmt, args);
    va_end(args);
    if (needed < 0) {
        return;
    }
    if ((size_t) needed >= b->allocated - b->size) {
        ofct_buf_reserve(b, needed);
        va_start(args, fmt);
        vsnprintf((char *) b->data + b->size, b->allocated - b->size,
                  fmt, args);
        va_end(args);
    }
    b->size += needed;
}

void
ofct_buf_puts(struct ofct_buf *b, const char *s)
{
    ofct_buf_put(b, s, strlen(s));
}

void
ofct_buf_putc(struct ofct_buf *b, char c)
{
    ofct_buf_put(b, &c, 1);
}

const char *
ofct_buf_cstr(struct ofct_buf *b)
{
    ofct_buf_reserve(b, 0);
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
