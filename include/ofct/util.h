/* ofct utility types shared by every layer: errors and byte buffers. */
#ifndef OFCT_UTIL_H
#define OFCT_UTIL_H 1

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* OpenFlow error codes that the codecs report, named as OpenFlow names them.
 * The numeric values are ofct's own; ofct_ofperr_name() gives the name. */
enum ofct_ofperr {
    OFCT_OK = 0,
    OFPBAC_BAD_TYPE,
    OFPBAC_BAD_LEN,
    OFPBAC_BAD_VENDOR,          /* OpenFlow 1.1+ calls it BAD_EXPERIMENTER */
    OFPBAC_BAD_VENDOR_TYPE,     /* ... and BAD_EXP_TYPE */
    OFPBAC_BAD_OUT_PORT,
    OFPBAC_BAD_ARGUMENT,
    OFPBAC_TOO_MANY,
    OFPBAC_BAD_OUT_TABLE,
    OFPBAC_MATCH_INCONSISTENT,
    OFPBAC_UNSUPPORTED_ORDER,
    OFPBAC_BAD_SET_TYPE,
    OFPBAC_BAD_SET_LEN,
    OFPBAC_BAD_SET_ARGUMENT,
    OFPBAC_BAD_SET_MASK,
    OFPBIC_UNKNOWN_INST,
    OFPBIC_UNSUP_INST,
    OFPBIC_BAD_TABLE_ID,
    OFPBIC_BAD_LEN,
    OFPBIC_DUP_INST,
    OFPBIC_BAD_EXPERIMENTER,
    OFPBRC_BAD_LEN,
    OFPBRC_BAD_VERSION,
    OFPBRC_BAD_TYPE,
    OFPBMC_BAD_FIELD,
    OFPBMC_BAD_VALUE,
    OFPBMC_BAD_MASK,
    OFPBMC_BAD_PREREQ,
    OFPBMC_DUP_FIELD,
    OFPBMC_BAD_LEN,
    OFPBMC_BAD_WILDCARDS,
    OFPBMC_BAD_TYPE,
    OFPFMFC_BAD_TABLE_ID,
    OFPFMFC_BAD_COMMAND,
    OFPFMFC_BAD_FLAGS,
    NXBRC_MUST_BE_ZERO,
    NXBAC_BAD_CONJUNCTION,
    OFCT_N_OFPERRS
};

const char *ofct_ofperr_name(enum ofct_ofperr);

/* An error: an OpenFlow error code (OFCT_OK when the error is not one, such
 * as a text syntax error) and a message meant for a person.  Fixed storage,
 * so reporting an error never allocates and never leaks. */
#define OFCT_ERROR_MSG_MAX 512
struct ofct_error {
    enum ofct_ofperr code;
    char msg[OFCT_ERROR_MSG_MAX];
};

/* Records an error in 'err' (which may be NULL) and returns -1, so that
 * callers can write "return ofct_error_set(err, ...);". */
int ofct_error_set(struct ofct_error *err, enum ofct_ofperr code,
                   const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int ofct_error_vset(struct ofct_error *err, enum ofct_ofperr code,
                    const char *fmt, va_list)
    __attribute__((format(printf, 3, 0)));
void ofct_error_clear(struct ofct_error *err);

/* A growable byte buffer. */
struct ofct_buf {
    uint8_t *data;
    size_t size;
    size_t allocated;
};

#define OFCT_BUF_INITIALIZER { NULL, 0, 0 }

void ofct_buf_init(struct ofct_buf *);
void ofct_buf_uninit(struct ofct_buf *);
void ofct_buf_clear(struct ofct_buf *);
void *ofct_buf_put_uninit(struct ofct_buf *, size_t n);
void *ofct_buf_put_zeros(struct ofct_buf *, size_t n);
void *ofct_buf_put(struct ofct_buf *, const void *, size_t n);
void ofct_buf_reserve(struct ofct_buf *, size_t n);
void ofct_buf_truncate(struct ofct_buf *, size_t size);
/* Appends zeros until the size is a multiple of 'align'. */
void ofct_buf_pad(struct ofct_buf *, size_t align);
/* Appends formatted text (without the terminating NUL in 'size', but the
 * data stays NUL-terminated). */
void ofct_buf_printf(struct ofct_buf *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void ofct_buf_puts(struct ofct_buf *, const char *);
void ofct_buf_putc(struct ofct_buf *, char);
/* Returns the buffer's contents as a NUL-terminated string. */
const char *ofct_buf_cstr(struct ofct_buf *);
/* Removes 'c' from the end of the buffer if it is there. */
void ofct_buf_chomp(struct ofct_buf *, char c);

/* Parses hexadecimal digits from 's' into 'out', ignoring white space.
 * Returns 0, or -1 with 'err' naming the offending character. */
int ofct_hex_to_bytes(const char *s, struct ofct_buf *out,
                      struct ofct_error *err);
/* Appends 'n' bytes as lowercase hex without separators. */
void ofct_bytes_to_hex(const void *, size_t n, struct ofct_buf *out);

#ifdef __cplusplus
}
#endif

#endif /* ofct/util.h */
