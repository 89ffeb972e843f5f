/* Text helpers shared by the OpenFlow codecs. */
#include <config.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"
#include "util/buf-fmt.h"

/* Character classes of ovs-ofctl's key=value syntax, looked up in one
 * table rather than with strchr()/strspn() per character: tokenizing is
 * most of the time parse-flows spends outside the codecs. */
enum {
    KV_SPACE = 1 << 0,          /* ", \t\r\n": separates pairs */
    KV_KEY_END = 1 << 1,        /* ":=(, \t\r\n" and NUL: ends a key */
    KV_VALUE_END = 1 << 2,      /* ", \t\r\n" and NUL: ends a value */
    KV_PAREN_END = 1 << 3,      /* ")" and NUL: ends a "key(value)" */
    KV_OPEN = 1 << 4,           /* "(": a nested value starts */
    KV_NEST = 1 << 5,           /* "(", ")" and NUL: nesting changes */
};

static const uint8_t kv_class[256] = {
    ['\0'] = KV_KEY_END | KV_VALUE_END | KV_PAREN_END | KV_NEST,
    [','] = KV_SPACE | KV_KEY_END | KV_VALUE_END,
    [' '] = KV_SPACE | KV_KEY_END | KV_VALUE_END,
    ['\t'] = KV_SPACE | KV_KEY_END | KV_VALUE_END,
    ['\r'] = KV_SPACE | KV_KEY_END | KV_VALUE_END,
    ['\n'] = KV_SPACE | KV_KEY_END | KV_VALUE_END,
    [':'] = KV_KEY_END,
    ['='] = KV_KEY_END,
    ['('] = KV_KEY_END | KV_OPEN | KV_NEST,
    [')'] = KV_PAREN_END | KV_NEST,
};

/* Length of the value at 's' up to a character of class 'end' (NUL is in
 * every such class), skipping over balanced parentheses so that
 * "exec(a,b)" stays one value. */
static size_t
value_length(const char *s, uint8_t end)
{
    const uint8_t stop = end | KV_OPEN;
    size_t n = 0;

    for (;;) {
        int level = 0;

        while (!(kv_class[(unsigned char) s[n]] & stop)) {
            n++;
        }
        if (s[n] != '(') {
            return n;
        }
        /* Up to the matching ')', or the end of the string. */
        do {
            while (!(kv_class[(unsigned char) s[n]] & KV_NEST)) {
                n++;
            }
            if (s[n] == '\0') {
                return n;
            }
            level += s[n] == '(' ? 1 : -1;
            n++;
        } while (level > 0);
    }
}

bool
ofp_parse_key_value(char **stringp, char **keyp, char **valuep)
{
    char *s = *stringp;
    char *key, *value;
    size_t key_len, value_len;
    char key_delim, value_delim;
    uint8_t value_end;

    while (kv_class[(unsigned char) *s] & KV_SPACE) {
        s++;
    }
    if (*s == '\0') {
        *stringp = s;
        *keyp = *valuep = NULL;
        return false;
    }

    key = s;
    key_len = 0;
    while (!(kv_class[(unsigned char) key[key_len]] & KV_KEY_END)) {
        key_len++;
    }
    key_delim = key[key_len];
    key[key_len] = '\0';
    s += key_len + (key_delim != '\0');

    if (key_delim == ':' || key_delim == '=') {
        value_end = KV_VALUE_END;
    } else if (key_delim == '(') {
        value_end = KV_PAREN_END;
    } else {
        *stringp = s;
        *keyp = key;
        *valuep = key + key_len;
        return true;
    }

    value = s;
    value_len = value_length(value, value_end);
    value_delim = value[value_len];

    /* "load(x)->y" style: the value continues after the parenthesis. */
    if (key_delim == '(' && value[value_len] == ')'
        && value[value_len + 1] == '-' && value[value_len + 2] == '>') {
        value_len += value_length(&value[value_len], KV_VALUE_END);
        value_delim = value[value_len];
    }
    value[value_len] = '\0';
    s += value_len + (value_delim != '\0');

    *stringp = s;
    *keyp = key;
    *valuep = value;
    return true;
}

bool
str_to_llong(const char *s, int base, long long *value)
{
    char *tail;
    int save_errno;

    /* A few decimal digits, the common case ("priority=100", "zone=5"),
     * cannot overflow and need no strtoll(). */
    if ((base == 10 || base == 0) && s[0] >= '1' && s[0] <= '9') {
        long long v = 0;
        int n;

        for (n = 0; n < 18 && s[n] >= '0' && s[n] <= '9'; n++) {
            v = v * 10 + (s[n] - '0');
        }
        if (s[n] == '\0') {
            *value = v;
            return true;
        }
    }

    save_errno = errno;
    errno = 0;
    *value = strtoll(s, &tail, base);
    if (errno == EINVAL || errno == ERANGE || tail == s || *tail != '\0') {
        errno = save_errno;
        *value = 0;
        return false;
    }
    errno = save_errno;
    return true;
}

bool
str_to_uint(const char *s, int base, unsigned int *value)
{
    long long ll;

    if (!str_to_llong(s, base, &ll) || ll < 0 || ll > UINT_MAX) {
        *value = 0;
        return false;
    }
    *value = ll;
    return true;
}

static int
str_to_bounded(const char *s, const char *name, unsigned long long max,
               unsigned long long *v, struct ofct_error *err)
{
    long long ll;

    if (!str_to_llong(s, 0, &ll) || ll < 0
        || (unsigned long long) ll > max) {
        return ofct_error_set(err, OFCT_OK, "invalid %s \"%s\"", name, s);
    }
    *v = ll;
    return 0;
}

int
str_to_u8(const char *s, const char *name, uint8_t *v,
          struct ofct_error *err)
{
    unsigned long long x = 0;

    if (str_to_bounded(s, name, UINT8_MAX, &x, err)) {
        return -1;
    }
    *v = x;
    return 0;
}

int
str_to_u16(const char *s, const char *name, uint16_t *v,
           struct ofct_error *err)
{
    unsigned long long x = 0;

    if (str_to_bounded(s, name, UINT16_MAX, &x, err)) {
        return -1;
    }
    *v = x;
    return 0;
}

int
str_to_u32(const char *s, const char *name, uint32_t *v,
           struct ofct_error *err)
{
    unsigned long long x = 0;

    if (str_to_bounded(s, name, UINT32_MAX, &x, err)) {
        return -1;
    }
    *v = x;
    return 0;
}

static const struct {
    const char *name;
    uint16_t port;
} named_ports[] = {
    { "UNSET", OFPP_UNSET },
    { "IN_PORT", OFPP_IN_PORT },
    { "TABLE", OFPP_TABLE },
    { "NORMAL", OFPP_NORMAL },
    { "FLOOD", OFPP_FLOOD },
    { "ALL", OFPP_ALL },
    { "CONTROLLER", OFPP_CONTROLLER },
    { "LOCAL", OFPP_LOCAL },
    { "ANY", OFPP_NONE },
    { "NONE", OFPP_NONE },
};

bool
ofp_port_from_string(const char *s, uint16_t *port)
{
    unsigned int n;

    *port = 0;
    if (*s == '-') {
        return false;
    }
    if (str_to_uint(s, 10, &n)) {
        /* 0xff00..0xffff are the OF1.0 reserved ports; numbers in the
         * OF1.1 reserved range map onto them; anything between is not a
         * port. */
        if (n <= UINT16_MAX) {
            *port = n;
            return true;
        }
        if (n >= OFPP11_OFFSET + OFPP_MAX) {
            *port = n - OFPP11_OFFSET;
            return true;
        }
        return false;
    }
    for (size_t i = 0; i < sizeof named_ports / sizeof *named_ports; i++) {
        if (!strcasecmp(s, named_ports[i].name)) {
            *port = named_ports[i].port;
            return true;
        }
    }
    return false;
}

void
ofp_format_port(uint16_t port, struct ofct_buf *out)
{
    for (size_t i = 0; i < sizeof named_ports / sizeof *named_ports; i++) {
        if (named_ports[i].port == port) {
            ofct_buf_puts(out, named_ports[i].name);
            return;
        }
    }
    buf_put_dec(out, port);
}

uint32_t
ofp_port_to_ofp11(uint16_t port)
{
    return port < OFPP_MAX ? port : port + OFPP11_OFFSET;
}

bool
ofp_port_from_ofp11(uint32_t port11, uint16_t *port)
{
    if (port11 < OFPP_MAX) {
        *port = port11;
        return true;
    }
    if (port11 >= OFPP11_OFFSET + OFPP_MAX) {
        *port = port11 - OFPP11_OFFSET;
        return true;
    }
    *port = 0;
    return false;
}

bool
ofp_table_from_string(const char *s, uint8_t *table)
{
    unsigned int n;

    *table = 0;
    if (*s == '-' || !str_to_uint(s, 10, &n) || n > 255) {
        return false;
    }
    *table = n;
    return true;
}
