/* Scanning ODP action text ("ct(commit,zone=5),recirc(0x1)") with
 * positions, so that every error says where it is.  Open vSwitch parses
 * this text with scanf-like patterns that wrap numbers silently; these
 * helpers check ranges instead. */
#ifndef OFCT_LIB_DATAPATH_ODP_SCAN_H
#define OFCT_LIB_DATAPATH_ODP_SCAN_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/util.h"

/* What separates actions and options, as in OVS. */
#define ODP_DELIMITERS ", \t\r\n"

struct odp_scanner {
    const char *s;          /* The whole text, NUL-terminated. */
    size_t pos;             /* Current position in 's'. */
    unsigned int depth;     /* Nesting of action lists. */
};

void odp_scan_init(struct odp_scanner *, const char *s);
/* The text at the current position. */
const char *odp_scan_here(const struct odp_scanner *);
void odp_scan_skip_delimiters(struct odp_scanner *);
/* True at the end of the text, at a delimiter or at 'close' (0 for
 * none): where a token may end. */
bool odp_scan_at_end_of_token(const struct odp_scanner *, char close);
/* Advances past 'literal' if the text continues with it. */
bool odp_scan_literal(struct odp_scanner *, const char *literal);
/* Length of the keyword (letters, digits, '_') at the current position. */
size_t odp_scan_keyword_len(const struct odp_scanner *);
/* Length of the value at the current position: up to a delimiter, a
 * parenthesis or the end. */
size_t odp_scan_value_len(const struct odp_scanner *);

/* Records "`TOKEN' at offset N: MESSAGE" ('len' bytes of text from 'at'),
 * or "at offset N: MESSAGE" when 'len' is 0, and returns -1. */
int odp_scan_error(const struct odp_scanner *, size_t at, size_t len,
                   struct ofct_error *err, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Number syntaxes. */
enum odp_scan_base {
    ODP_SCAN_DEC,           /* Decimal digits (OVS's %u). */
    ODP_SCAN_HEX,           /* Hex digits, optional 0x (OVS's %x). */
    ODP_SCAN_ANY,           /* 0x hex, 0 octal, else decimal (OVS's %i). */
    ODP_SCAN_DEC_OR_HEX,    /* 0x hex, else decimal. */
};

/* Scans an unsigned number no greater than 'max' named 'what' (for
 * messages) at the current position. */
int odp_scan_uint(struct odp_scanner *, enum odp_scan_base, uint64_t max,
                  const char *what, uint64_t *value, struct ofct_error *err);
/* Scans a 128-bit number as OVS's scan_u128(): 0x and up to 32 hex digits,
 * or a decimal or octal number of up to 64 bits.  'value' is big-endian. */
int odp_scan_u128(struct odp_scanner *, const char *what, uint8_t value[16],
                  struct ofct_error *err);

/* Appends '0x' and the hex digits of the 16-byte big-endian 'value'
 * without leading zeros ("0x0" for zero), as OVS's ds_put_hex(). */
void odp_format_u128(const uint8_t value[16], struct ofct_buf *out);

#endif
