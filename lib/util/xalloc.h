/* Allocation that cannot fail: out of memory aborts, as in OVS and libmnl
 * users, since no caller could recover meaningfully. */
#ifndef OFCT_LIB_UTIL_XALLOC_H
#define OFCT_LIB_UTIL_XALLOC_H 1

#include <stddef.h>

void xalloc_die(void) __attribute__((noreturn));
void *xmalloc(size_t);
void *xzalloc(size_t);
void *xrealloc(void *, size_t);
char *xstrdup(const char *);
char *xmemdup0(const char *, size_t);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
