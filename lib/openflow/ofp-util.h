/* Small helpers shared by the OpenFlow codecs: unaligned big-endian access,
 * ovs-ofctl's key=value tokenizer, numbers, ports and tables in text. */
#ifndef OFCT_LIB_OPENFLOW_OFP_UTIL_H
#define OFCT_LIB_OPENFLOW_OFP_UTIL_H 1

#include <stdbool.h>
#include <stdint.h>

#include "ofct/util.h"

static inline uint16_t
get_be16(const uint8_t *p)
{
    return (uint16_t) (p[0] << 8 | p[1]);
}

static inline uint32_t
get_be32(const uint8_t *p)
{
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
           | (uint32_t) p[2] << 8 | p[3];
}

static inline uint64_t
get_be64(const uint8_t *p)
{
    return (uint64_t) get_be32(p) << 32 | get_be32(p + 4);
}

static inline void
put_be16(uint8_t *p, uint16_t v)
{
    p[0] = v >> 8;
    p[1] = v;
}

static inline void
put_be32(uint8_t *p, uint32_t v)
{
    p[0] = v >> 24;
    p[1] = v >> 16;
    p[2] = v >> 8;
    p[3] = v;
}

static inline void
put_be64(uint8_t *p, uint64_t v)
{
    put_be32(p, v >> 32);
    put_be32(p + 4, v);
}

/* Splits the next "key", "key:value", "key=value" or "key(value)" from
 * '*stringp' as ovs-ofctl does (commas and white space separate pairs;
 * parentheses nest), NUL-terminating key and value in place.  Returns
 * false at the end of the string. */
bool ofp_parse_key_value(char **stringp, char **keyp, char **valuep);

/* Strict integer parsing: the whole string must be the number (strtol's
 * base rules: base 0 accepts 0x and leading 0 for octal, as OVS). */
bool str_to_llong(const char *s, int base, long long *value);
bool str_to_uint(const char *s, int base, unsigned int *value);
/* "invalid NAME \"S\"" on error, as OVS's str_to_u16 etc. */
int str_to_u8(const char *s, const char *name, uint8_t *v,
              struct ofct_error *);
int str_to_u16(const char *s, const char *name, uint16_t *v,
               struct ofct_error *);
int str_to_u32(const char *s, const char *name, uint32_t *v,
               struct ofct_error *);

/* OpenFlow ports in text: a number below 0xff00, or IN_PORT, TABLE,
 * NORMAL, FLOOD, ALL, CONTROLLER, LOCAL, ANY, NONE (any case). */
bool ofp_port_from_string(const char *s, uint16_t *port);
void ofp_format_port(uint16_t port, struct ofct_buf *out);
/* OpenFlow 1.1+ 32-bit port numbers. */
uint32_t ofp_port_to_ofp11(uint16_t port);
bool ofp_port_from_ofp11(uint32_t port11, uint16_t *port);
/* A table number 0..255. */
bool ofp_table_from_string(const char *s, uint8_t *table);

#endif
