/* OpenFlow messages as text, as ovs-ofctl's ofp-print prints them: a
 * header line "NAME (OF1.x) (xid=0x..):" and the message's body, a
 * "***decode error: ...***" and a hex dump for what does not decode, and a
 * hex dump of every message from verbosity 5 on.
 *
 * Messages printed: hello, error (every error Open vSwitch names, from
 * ofp-errors.c), echo request/reply, barrier request/reply, packet_out
 * (OpenFlow 1.0-1.4), and flow_mod (OFPT_FLOW_MOD of OpenFlow 1.0 and
 * 1.2-1.5, NXT_FLOW_MOD). */
#include <config.h>

#include <inttypes.h>
#include <string.h>

#include "openflow/flow-mod.h"
#include "openflow/ofp-errors.h"
#include "openflow/ofp-util.h"
#include "util/buf-fmt.h"

#define OFP_HEADER_LEN 8

enum ofp_msg {
    MSG_HELLO, MSG_ERROR, MSG_ECHO_REQUEST, MSG_ECHO_REPLY, MSG_FLOW_MOD,
    MSG_NXT_FLOW_MOD, MSG_PACKET_OUT, MSG_BARRIER_REQUEST,
    MSG_BARRIER_REPLY, MSG_UNKNOWN,
};

static const char *const msg_names[] = {
    "OFPT_HELLO", "OFPT_ERROR", "OFPT_ECHO_REQUEST", "OFPT_ECHO_REPLY",
    "OFPT_FLOW_MOD", "NXT_FLOW_MOD", "OFPT_PACKET_OUT",
    "OFPT_BARRIER_REQUEST", "OFPT_BARRIER_REPLY", "?",
};

static enum ofp_msg
classify(const uint8_t *oh, size_t len)
{
    uint8_t version = oh[0], type = oh[1];

    if (version > OFCT_OFP15) {
        /* Open vSwitch reads hello, error and echo of any later version
         * (and names no error there). */
        return (type == 0 ? MSG_HELLO : type == 1 ? MSG_ERROR
                : type == 2 ? MSG_ECHO_REQUEST
                : type == 3 ? MSG_ECHO_REPLY : MSG_UNKNOWN);
    } else if (version < OFCT_OFP10) {
        return MSG_UNKNOWN;
    }
    switch (type) {
    case 0: return MSG_HELLO;
    case 1: return MSG_ERROR;
    case 2: return MSG_ECHO_REQUEST;
    case 3: return MSG_ECHO_REPLY;
    case 4:
        return (version == OFCT_OFP10 && len >= 16
                && get_be32(oh + 8) == NX_VENDOR_ID
                && get_be32(oh + 12) == 13) ? MSG_NXT_FLOW_MOD : MSG_UNKNOWN;
    case 13: return MSG_PACKET_OUT;
    case 14: return MSG_FLOW_MOD;
    case 18: return version == OFCT_OFP10 ? MSG_BARRIER_REQUEST : MSG_UNKNOWN;
    case 19: return version == OFCT_OFP10 ? MSG_BARRIER_REPLY : MSG_UNKNOWN;
    case 20: return version > OFCT_OFP10 ? MSG_BARRIER_REQUEST : MSG_UNKNOWN;
    case 21: return version > OFCT_OFP10 ? MSG_BARRIER_REPLY : MSG_UNKNOWN;
    }
    return MSG_UNKNOWN;
}

static void
put_header(const uint8_t *oh, enum ofp_msg msg, struct ofct_buf *out)
{
    buf_put_str(out, msg_names[msg]);
    if (oh[0] > OFCT_OFP15) {
        BUF_PUT_LIT(out, " (OF 0x");
        buf_put_hex_width(out, oh[0], 2);
        buf_put_char(out, ')');
    } else if (oh[0] != OFCT_OFP10) {
        BUF_PUT_LIT(out, " (OF1.");
        buf_put_dec(out, oh[0] - 1);
        buf_put_char(out, ')');
    }
    BUF_PUT_LIT(out, " (xid=0x");
    buf_put_hex(out, get_be32(oh + 4));
    BUF_PUT_LIT(out, "):");
}

static void
hex_dump(const uint8_t *p, size_t len, struct ofct_buf *out)
{
    for (size_t ofs = 0; ofs < len; ofs += 16) {
        size_t n = len - ofs < 16 ? len - ofs : 16;
        size_t i;

        ofct_buf_printf(out, "%08zx  ", ofs);
        for (i = 0; i < 16; i++) {
            if (i < n) {
                ofct_buf_printf(out, "%02x%c", p[ofs + i], i == 7 ? '-' : ' ');
            } else {
                ofct_buf_puts(out, "   ");
            }
        }
        ofct_buf_putc(out, '|');
        for (i = 0; i < 16; i++) {
            int c = i < n ? p[ofs + i] : ' ';
            ofct_buf_putc(out, c >= 32 && c < 127 ? c : '.');
        }
        ofct_buf_puts(out, "|\n");
    }
}

/* ------------------------------------------------------------------ */
/* Bodies.  Each returns OFCT_OK or the decode error to report. */

/* A hello's version bitmap element of 'len' bytes at 'elem': stores its
 * versions in '*bitmap' and returns true, or returns false if it is empty,
 * not a multiple of 32 bits or names no version but 0 (only its first 32
 * bits count, as in Open vSwitch). */
static bool
hello_bitmap(const uint8_t *elem, uint16_t len, uint32_t *bitmap)
{
    uint32_t versions;

    if (len == 4 || (len - 4) % 4) {
        return false;
    }
    versions = get_be32(elem + 4) & ~1u;
    if (!versions) {
        return false;
    }
    *bitmap = versions;
    return true;
}

static enum ofct_ofperr
print_hello(const uint8_t *oh, size_t len, struct ofct_buf *out)
{
    /* Every version up to the header's, unless an element says otherwise
     * (the last good bitmap wins, as in Open vSwitch). */
    uint32_t bitmap = ((oh[0] < 32 ? 1u << oh[0] : 0) - 1) << 1;
    size_t ofs = OFP_HEADER_LEN;
    bool understood = true, first = true;

    /* Elements: type(2) length(2), each padded to 8 bytes; type 1 is a
     * version bitmap. */
    while (ofs < len) {
        uint16_t type, elen;

        if (len - ofs < 4) {
            understood = false;
            break;
        }
        type = get_be16(oh + ofs);
        elen = get_be16(oh + ofs + 2);
        if (elen < 4 || (elen + 7u) / 8 * 8 > len - ofs) {
            understood = false;
            break;
        }
        if (type != 1 || !hello_bitmap(oh + ofs, elen, &bitmap)) {
            understood = false;
        }
        ofs += (elen + 7u) / 8 * 8;
    }
    ofct_buf_puts(out, "\n version bitmap: ");
    for (int v = 0; v < 32; v++) {
        if (bitmap & (1u << v)) {
            ofct_buf_printf(out, "%s0x%02x", first ? "" : ", ", v);
            first = false;
        }
    }
    if (!understood) {
        ofct_buf_puts(out, "\n unknown data in hello:\n");
        hex_dump(oh, len, out);
    }
    return OFCT_OK;
}

static enum ofct_ofperr
print_echo(const uint8_t *oh, size_t len, int verbosity,
           struct ofct_buf *out)
{
    size_t n = len - OFP_HEADER_LEN;

    ofct_buf_printf(out, " %zu bytes of payload\n", n);
    if (verbosity > 1) {
        hex_dump(oh + OFP_HEADER_LEN, n, out);
    }
    return OFCT_OK;
}

/* Text as Open vSwitch's ds_put_printable() shows it: control characters,
 * bytes past '~', backslashes and double quotes in octal (\012). */
static void
put_printable(const uint8_t *p, size_t len, struct ofct_buf *out)
{
    for (size_t i = 0; i < len; i++) {
        if (p[i] < 0x20 || p[i] > 0x7e || p[i] == '\\' || p[i] == '"') {
            ofct_buf_printf(out, "\\%03o", p[i]);
        } else {
            ofct_buf_putc(out, p[i]);
        }
    }
}

/* An error's name, then its data: the text of a hello failure, otherwise
 * the start of the offending request, printed at verbosity 1. */
static enum ofct_ofperr
print_error(const uint8_t *oh, size_t len, struct ofct_buf *out)
{
    size_t ofs;
    const char *name = ofp_error_decode(oh, len, &ofs);

    if (!name) {
        /* Open vSwitch cannot name it: it reports the message. */
        return OFPBRC_BAD_LEN;
    }
    ofct_buf_printf(out, " %s\n", name);
    if (!strncmp(name, "OFPHFC_", 7)) {
        put_printable(oh + ofs, len - ofs, out);
    } else {
        struct ofct_buf inner = OFCT_BUF_INITIALIZER;

        ofct_ofp_print(oh + ofs, len - ofs, 1, &inner);
        ofct_buf_put(out, inner.data, inner.size);
        ofct_buf_uninit(&inner);
    }
    return OFCT_OK;
}

static enum ofct_ofperr
print_packet_out(const uint8_t *oh, size_t len, struct ofct_buf *out)
{
    uint8_t version = oh[0];
    size_t fixed = version == OFCT_OFP10 ? 16 : 24;
    struct ofct_actions *acts;
    struct ofct_error err;
    uint32_t buffer_id;
    uint16_t in_port, acts_len;
    enum ofct_ofperr code = OFCT_OK;

    if (version == OFCT_OFP15 || len < fixed) {
        return version == OFCT_OFP15 ? OFPBRC_BAD_TYPE : OFPBRC_BAD_LEN;
    }
    buffer_id = get_be32(oh + 8);
    if (version == OFCT_OFP10) {
        in_port = get_be16(oh + 12);
        acts_len = get_be16(oh + 14);
    } else {
        if (!ofp_port_from_ofp11(get_be32(oh + 12), &in_port)) {
            return OFPBRC_BAD_LEN;
        }
        acts_len = get_be16(oh + 16);
    }
    if (acts_len > len - fixed) {
        return OFPBRC_BAD_LEN;
    }
    acts = ofct_actions_new();
    if (ofct_actions_decode(acts, oh + fixed, acts_len, version, &err)) {
        code = err.code;
    } else {
        ofct_buf_puts(out, " in_port=");
        ofp_format_port(in_port, out);
        ofct_buf_puts(out, " actions=");
        ofct_actions_format(acts, out);
        if (buffer_id == UINT32_MAX) {
            ofct_buf_printf(out, " data_len=%zu", len - fixed - acts_len);
        } else {
            ofct_buf_printf(out, " buffer=0x%08"PRIx32, buffer_id);
        }
    }
    ofct_actions_free(acts);
    return code;
}

static enum ofct_ofperr
print_body(const uint8_t *oh, size_t len, enum ofp_msg msg, int verbosity,
           struct ofct_buf *out)
{
    struct ofct_error err;

    switch (msg) {
    case MSG_HELLO:
        return print_hello(oh, len, out);
    case MSG_ERROR:
        return print_error(oh, len, out);
    case MSG_ECHO_REQUEST:
    case MSG_ECHO_REPLY:
        return print_echo(oh, len, verbosity, out);
    case MSG_BARRIER_REQUEST:
    case MSG_BARRIER_REPLY:
        return len == OFP_HEADER_LEN ? OFCT_OK : OFPBRC_BAD_LEN;
    case MSG_PACKET_OUT:
        return print_packet_out(oh, len, out);
    case MSG_FLOW_MOD:
    case MSG_NXT_FLOW_MOD:
        return flow_mod_format(oh, len, verbosity, out, &err) ? err.code
                                                             : OFCT_OK;
    case MSG_UNKNOWN:
        break;
    }
    return OFPBRC_BAD_TYPE;
}

/* The length rules Open vSwitch checks before it names a message ("exactly
 * N bytes, or longer by a multiple of M"); a message that breaks them
 * prints as a bare decode error, without its name. */
static bool
length_ok(const uint8_t *oh, size_t len, enum ofp_msg msg)
{
    uint8_t version = oh[0];
    size_t min;

    switch (msg) {
    case MSG_ERROR:
        return len >= 12;
    case MSG_BARRIER_REQUEST:
    case MSG_BARRIER_REPLY:
        return len == OFP_HEADER_LEN;
    case MSG_PACKET_OUT:
        return len >= (version == OFCT_OFP10 || version == OFCT_OFP15
                       ? 16 : 24);
    case MSG_FLOW_MOD:
        min = version == OFCT_OFP10 ? 72 : 48;
        return len >= min && (len - min) % 8 == 0;
    case MSG_NXT_FLOW_MOD:
        return len >= 48 && (len - 48) % 8 == 0;
    case MSG_HELLO:
    case MSG_ECHO_REQUEST:
    case MSG_ECHO_REPLY:
    case MSG_UNKNOWN:
        break;
    }
    /* A vendor (experimenter) message needs its vendor and subtype. */
    return !(oh[1] == 4 && len < 16);
}

static void
print_message(const uint8_t *oh, size_t len, int verbosity,
              struct ofct_buf *out, bool *ok)
{
    enum ofp_msg msg = classify(oh, len);
    enum ofct_ofperr error = OFPBRC_BAD_TYPE;
    size_t start = out->size;

    if (!length_ok(oh, len, msg)) {
        error = OFPBRC_BAD_LEN;
    } else if (msg != MSG_UNKNOWN) {
        put_header(oh, msg, out);
        error = print_body(oh, len, msg, verbosity, out);
    }
    if (error == OFCT_OK) {
        if (verbosity >= 5) {
            ofct_buf_chomp(out, '\n');
            ofct_buf_putc(out, '\n');
            hex_dump(oh, len, out);
        }
        ofct_buf_chomp(out, '\n');
        ofct_buf_putc(out, '\n');
        return;
    }
    *ok = false;
    if (out->size > start) {
        ofct_buf_putc(out, ' ');
    }
    ofct_buf_printf(out, "***decode error: %s***\n", ofct_ofperr_name(error));
    hex_dump(oh, len, out);
}

int
ofct_ofp_print(const void *data, size_t len, int verbosity,
               struct ofct_buf *out)
{
    const uint8_t *oh = data;
    bool ok = true;

    if (!len) {
        ofct_buf_puts(out, "OpenFlow message is empty\n");
        ok = false;
    } else if (len < OFP_HEADER_LEN) {
        ofct_buf_printf(out, "OpenFlow packet too short (only %zu bytes):\n",
                        len);
        hex_dump(oh, len, out);
        ok = false;
    } else if (get_be16(oh + 2) > len) {
        enum ofp_msg msg = classify(oh, len);

        if (msg != MSG_UNKNOWN) {
            put_header(oh, msg, out);
            ofct_buf_putc(out, '\n');
        }
        ofct_buf_printf(out, "(***truncated to %zu bytes from %u***)\n", len,
                        get_be16(oh + 2));
        hex_dump(oh, len, out);
        ok = false;
    } else if (get_be16(oh + 2) < len) {
        ofct_buf_printf(out, "(***only uses %u bytes out of %zu***)\n",
                        get_be16(oh + 2), len);
        hex_dump(oh, len, out);
        ok = false;
    } else {
        print_message(oh, len, verbosity, out, &ok);
    }
    ofct_buf_cstr(out);
    return ok ? 0 : -1;
}

/* ------------------------------------------------------------------ */
/* flow_mod. */

static const char *
command_name(uint8_t command)
{
    static const char *const names[] = {
        "ADD", "MOD", "MOD_STRICT", "DEL", "DEL_STRICT",
    };
    return command < 5 ? names[command] : NULL;
}

/* The match: as decoded, or raw at verbosity 3 and up for the OpenFlow
 * 1.0 and NXM forms.  Returns true if the priority still needs printing. */
static bool
format_match(const uint8_t *msg, const struct ofct_flow_mod *fm,
             int verbosity, struct ofct_buf *out)
{
    if (verbosity >= 3 && msg[0] == OFCT_OFP10 && msg[1] == 14) {
        ofp10_match_format(msg + 8, verbosity, out);
        return true;
    } else if (verbosity >= 3 && msg[0] == OFCT_OFP10) {
        nx_match_format_raw(msg + 48, get_be16(msg + 40), out);
        return true;
    }
    match_format(&fm->match, fm->priority, out);
    return false;
}

static void
format_params(const struct ofct_flow_mod *fm, bool need_priority,
              struct ofct_buf *out)
{
    if (fm->new_cookie && fm->new_cookie != UINT64_MAX) {
        BUF_PUT_LIT(out, "cookie:");
        buf_put_0xhex(out, fm->new_cookie);
        buf_put_char(out, ' ');
    }
    if (fm->cookie_mask) {
        BUF_PUT_LIT(out, "cookie:");
        buf_put_0xhex(out, fm->cookie);
        buf_put_char(out, '/');
        buf_put_0xhex(out, fm->cookie_mask);
        buf_put_char(out, ' ');
    }
    if (fm->idle_timeout) {
        BUF_PUT_LIT(out, "idle:");
        buf_put_dec(out, fm->idle_timeout);
        buf_put_char(out, ' ');
    }
    if (fm->hard_timeout) {
        BUF_PUT_LIT(out, "hard:");
        buf_put_dec(out, fm->hard_timeout);
        buf_put_char(out, ' ');
    }
    if (fm->importance) {
        BUF_PUT_LIT(out, "importance:");
        buf_put_dec(out, fm->importance);
        buf_put_char(out, ' ');
    }
    if (need_priority && fm->priority != OFP_DEFAULT_PRIORITY) {
        BUF_PUT_LIT(out, "pri:");
        buf_put_dec(out, fm->priority);
        buf_put_char(out, ' ');
    }
    if (fm->buffer_id != UINT32_MAX) {
        BUF_PUT_LIT(out, "buf:0x");
        buf_put_hex(out, fm->buffer_id);
        buf_put_char(out, ' ');
    }
    if (fm->out_port != OFPP_NONE) {
        ofct_buf_puts(out, "out_port:");
        ofp_format_port(fm->out_port, out);
        ofct_buf_putc(out, ' ');
    }
}

static void
format_flags(uint16_t flags, uint8_t version, struct ofct_buf *out)
{
    static const char *const names[] = {
        "send_flow_rem", "check_overlap", "reset_counts",
        "no_packet_counts", "no_byte_counts", "emerg",
    };

    if (version <= OFCT_OFP11) {
        /* Those versions have no such flag; OVS does not show it. */
        flags &= ~OFPUTIL_FF_RESET_COUNTS;
    }
    for (int i = 0; i < 6; i++) {
        if (flags & (1 << i)) {
            buf_put_str(out, names[i]);
            buf_put_char(out, ' ');
        }
    }
}

int
flow_mod_format(const uint8_t *msg, size_t len, int verbosity,
                struct ofct_buf *out, struct ofct_error *err)
{
    /* On the stack: printing a large flow table decodes every flow. */
    struct ofct_flow_mod fm_;
    struct ofct_flow_mod *fm = &fm_;
    struct ofct_actions acts;
    const char *command;
    bool need_priority;

    ofct_buf_init(&fm->ofpacts);
    /* Room for the decoded actions up front, rather than a few
     * reallocations as they grow: the IR takes a few times the space of
     * the wire form. */
    ofct_buf_reserve(&fm->ofpacts, len < 16384 ? 4 * len : 65536);
    if (flow_mod_decode(fm, msg, len, err)) {
        ofct_buf_uninit(&fm->ofpacts);
        return -1;
    }
    command = command_name(fm->command);
    buf_put_char(out, ' ');
    if (command) {
        buf_put_str(out, command);
    } else {
        BUF_PUT_LIT(out, "cmd:");
        buf_put_dec(out, fm->command);
    }
    if (fm->table_id) {
        BUF_PUT_LIT(out, " table:");
        buf_put_dec(out, fm->table_id);
    }
    buf_put_char(out, ' ');
    need_priority = format_match(msg, fm, verbosity, out);
    if (out->size && out->data[out->size - 1] != ' ') {
        buf_put_char(out, ' ');
    }
    format_params(fm, need_priority, out);
    format_flags(fm->flags, msg[0], out);
    BUF_PUT_LIT(out, "actions=");
    acts.ofpacts = fm->ofpacts;
    ofct_actions_format(&acts, out);
    ofct_buf_uninit(&fm->ofpacts);
    return 0;
}
