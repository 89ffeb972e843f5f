/* Helpers shared by the libFuzzer targets of tests/fuzz (see README.md). */
#ifndef OFCT_FUZZ_H
#define OFCT_FUZZ_H 1

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A NUL-terminated copy of 'size' bytes, for the text parsers (which take
 * C strings): an embedded NUL simply ends the text early.  Free it. */
static inline char *
fuzz_strndup(const uint8_t *data, size_t size)
{
    char *s = malloc(size + 1);

    if (!s) {
        abort();
    }
    memcpy(s, data, size);
    s[size] = '\0';
    return s;
}

/* Stops the run on a broken invariant, so that libFuzzer keeps the input:
 * a round trip that the CLI would report as "cannot re-encode" or "cannot
 * parse its own text". */
#define FUZZ_CHECK(COND, ...)                                   \
    do {                                                        \
        if (!(COND)) {                                          \
            fprintf(stderr, "%s:%d: %s: ", __FILE__, __LINE__,  \
                    #COND);                                     \
            fprintf(stderr, __VA_ARGS__);                       \
            fputc('\n', stderr);                                \
            abort();                                            \
        }                                                       \
    } while (0)

#endif /* fuzz.h */
