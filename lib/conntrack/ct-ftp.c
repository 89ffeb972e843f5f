/* The FTP helper: reads the control connection in both directions and
 * expects the data connections that it announces (RFC 959, RFC 2428):
 *
 *   client  PORT h1,h2,h3,h4,p1,p2      the server will connect to h:p
 *   client  EPRT |1|a.b.c.d|port|       the same, IPv4 or IPv6
 *           EPRT |2|v6addr|port|
 *   server  227 ... h1,h2,h3,h4,p1,p2   the client will connect to h:p
 *   server  229 ... (|||port|)          the client will connect to port
 *
 * Written from the RFCs and from the behaviour of the Linux kernel's
 * helper, not from its code, nor from Open vSwitch's.
 *
 * Unlike a parser that looks at a fixed window of each segment, this one
 * follows each direction as a byte stream: a command may span segments
 * and a segment may hold several commands.  Each direction keeps the
 * sequence number of the next byte it has not read, so that a
 * retransmitted segment is not read twice and a segment that leaves a gap
 * (lost before the tracker, or reordered) makes it skip to the next line
 * rather than read a line with a hole in it.  Only lines that start like
 * one of the four commands above are buffered, up to FTP_LINE_MAX bytes;
 * everything else is skipped without a copy.
 *
 * An announced address must be the sender's own: anything else (an FTP
 * bounce, a spoofed 227) creates nothing and is counted, as are
 * malformed commands. */
#include <config.h>

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-alg.h"
#include "packet/parse-private.h"
#include "util/xalloc.h"

/* The parser.  Lines are not NUL-terminated: every read checks 'end'. */

static bool
is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char
to_upper(char c)
{
    return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

/* Whether the first min(len, strlen(word)) bytes of 'line' are 'word',
 * ignoring case. */
static bool
prefix_matches(const char *line, size_t len, const char *word)
{
    size_t i;

    for (i = 0; i < len && word[i]; i++) {
        if (to_upper(line[i]) != word[i]) {
            return false;
        }
    }
    return true;
}

/* Whether 'line' is 'word' (ignoring case) followed by a space or the end
 * of the line: the command itself, not a longer word. */
static bool
is_command(const char *line, size_t len, const char *word)
{
    size_t n = strlen(word);

    return len >= n && prefix_matches(line, n, word)
           && (len == n || line[n] == ' ');
}

/* Reads a decimal number of one or more digits at '*p', not above 'max'
 * (checked at each digit, so nothing overflows however long it is). */
static bool
parse_uint(const char **p, const char *end, uint32_t max, uint32_t *value)
{
    const char *s = *p;
    uint32_t v = 0;

    if (s >= end || !is_digit(*s)) {
        return false;
    }
    for (; s < end && is_digit(*s); s++) {
        v = v * 10 + (*s - '0');
        if (v > max) {
            return false;
        }
    }
    *p = s;
    *value = v;
    return true;
}

static bool
skip_char(const char **p, const char *end, char c)
{
    if (*p < end && **p == c) {
        (*p)++;
        return true;
    }
    return false;
}

static const char *
skip_spaces(const char *p, const char *end)
{
    while (p < end && *p == ' ') {
        p++;
    }
    return p;
}

/* "h1,h2,h3,h4,p1,p2" (RFC 959's host-port): each number at most 255,
 * the port not 0, and no seventh number. */
static bool
parse_host_port(const char **p, const char *end, struct ftp_cmd *cmd)
{
    const char *s = *p;
    uint32_t v[6];
    int i;

    for (i = 0; i < 6; i++) {
        if ((i && !skip_char(&s, end, ','))
            || !parse_uint(&s, end, 255, &v[i])) {
            return false;
        }
    }
    if (s < end && *s == ',') {
        return false;
    }
    cmd->family = 4;
    memset(&cmd->addr, 0, sizeof cmd->addr);
    for (i = 0; i < 4; i++) {
        cmd->addr.b[i] = v[i];
    }
    cmd->port = v[4] << 8 | v[5];
    cmd->arg_len = s - *p;
    *p = s;
    return cmd->port != 0;
}

/* The end of a client command: optional spaces, then nothing. */
static enum ftp_parse_result
command_end(const char *p, const char *end)
{
    return skip_spaces(p, end) == end ? FTP_PARSE_OK : FTP_PARSE_MALFORMED;
}

/* PORT h1,h2,h3,h4,p1,p2 */
static enum ftp_parse_result
parse_port(const char *line, size_t len, struct ftp_cmd *cmd)
{
    const char *end = line + len;
    const char *p = skip_spaces(line + 4, end);

    cmd->type = FTP_CMD_PORT;
    cmd->arg_ofs = p - line;
    if (!parse_host_port(&p, end, cmd)) {
        return FTP_PARSE_MALFORMED;
    }
    return command_end(p, end);
}

/* An EPRT address of family 'af' ('1' or '2') up to the delimiter 'd'. */
static bool
parse_eprt_addr(const char **p, const char *end, char af, char d,
                struct ftp_cmd *cmd)
{
    const char *s = *p;
    const char *stop = memchr(s, d, end - s);
    char text[INET6_ADDRSTRLEN];
    uint32_t v;
    int i;

    memset(&cmd->addr, 0, sizeof cmd->addr);
    if (!stop) {
        return false;
    }
    if (af == '1') {
        /* Dotted decimal, read as PORT's numbers are. */
        for (i = 0; i < 4; i++) {
            if ((i && !skip_char(&s, stop, '.'))
                || !parse_uint(&s, stop, 255, &v)) {
                return false;
            }
            cmd->addr.b[i] = v;
        }
        cmd->family = 4;
    } else {
        /* inet_pton() reads a C string: a NUL inside would cut it. */
        if (stop - s >= (ptrdiff_t) sizeof text || memchr(s, '\0', stop - s)) {
            return false;
        }
        memcpy(text, s, stop - s);
        text[stop - s] = '\0';
        if (inet_pton(AF_INET6, text, cmd->addr.b) != 1) {
            return false;
        }
        cmd->family = 6;
        s = stop;
    }
    *p = s;
    return s == stop;
}

/* EPRT <d><af><d><addr><d><port><d>, where <d> is any printable ASCII
 * character other than space (RFC 2428), the same all four times. */
static enum ftp_parse_result
parse_eprt(const char *line, size_t len, struct ftp_cmd *cmd)
{
    const char *end = line + len;
    const char *p = skip_spaces(line + 4, end);
    uint32_t port;
    char d, af;

    cmd->type = FTP_CMD_EPRT;
    if (end - p < 3) {
        return FTP_PARSE_MALFORMED;
    }
    d = p[0];
    af = p[1];
    if (d < 33 || d > 126 || (af != '1' && af != '2') || p[2] != d) {
        return FTP_PARSE_MALFORMED;
    }
    p += 3;
    cmd->arg_ofs = p - line;
    if (!parse_eprt_addr(&p, end, af, d, cmd)
        || !skip_char(&p, end, d)
        || !parse_uint(&p, end, 65535, &port) || !port
        || !skip_char(&p, end, d)) {
        return FTP_PARSE_MALFORMED;
    }
    cmd->port = port;
    cmd->arg_len = p - 1 - (line + cmd->arg_ofs);
    return command_end(p, end);
}

/* 227 <text> h1,h2,h3,h4,p1,p2 <text>.  Servers differ: "Entering Passive
 * Mode (h1,...,p2).", the same without the closing parenthesis, "Entering
 * Passive Mode. h1,...,p2", "=h1,...,p2".  The numbers follow the first
 * '(' if there is one (so that digits in the text before it do not
 * matter), otherwise start at the first digit, as RFC 1123 (4.1.2.6)
 * tells clients to look for them. */
static enum ftp_parse_result
parse_227(const char *line, size_t len, struct ftp_cmd *cmd)
{
    const char *end = line + len;
    const char *p = line + 4;
    const char *paren = memchr(p, '(', end - p);

    cmd->type = FTP_CMD_PASV;
    if (paren) {
        p = paren + 1;
    } else {
        while (p < end && !is_digit(*p)) {
            p++;
        }
    }
    cmd->arg_ofs = p - line;
    return parse_host_port(&p, end, cmd) ? FTP_PARSE_OK
                                          : FTP_PARSE_MALFORMED;
}

/* 229 <text> (<d><d><d><port><d>) <text>: the text may hold digits, the
 * delimiter is the same four times. */
static enum ftp_parse_result
parse_229(const char *line, size_t len, struct ftp_cmd *cmd)
{
    const char *end = line + len;
    const char *p = memchr(line + 4, '(', len - 4);
    uint32_t port;
    char d;

    cmd->type = FTP_CMD_EPSV;
    cmd->family = 0;
    memset(&cmd->addr, 0, sizeof cmd->addr);
    if (!p || end - p < 4) {
        return FTP_PARSE_MALFORMED;
    }
    d = p[1];
    if (d < 33 || d > 126 || is_digit(d) || p[2] != d || p[3] != d) {
        return FTP_PARSE_MALFORMED;
    }
    p += 4;
    cmd->arg_ofs = p - line;
    if (!parse_uint(&p, end, 65535, &port) || !port) {
        return FTP_PARSE_MALFORMED;
    }
    cmd->port = port;
    cmd->arg_len = p - (line + cmd->arg_ofs);
    return skip_char(&p, end, d) && skip_char(&p, end, ')')
           ? FTP_PARSE_OK : FTP_PARSE_MALFORMED;
}

enum ftp_parse_result
ftp_parse_line(const char *line, size_t len, bool from_client,
               struct ftp_cmd *cmd)
{
    memset(cmd, 0, sizeof *cmd);
    if (from_client) {
        if (is_command(line, len, "PORT")) {
            return parse_port(line, len, cmd);
        } else if (is_command(line, len, "EPRT")) {
            return parse_eprt(line, len, cmd);
        }
    } else if (len >= 4 && !memcmp(line, "227 ", 4)) {
        return parse_227(line, len, cmd);
    } else if (len >= 4 && !memcmp(line, "229 ", 4)) {
        return parse_229(line, len, cmd);
    }
    return FTP_PARSE_NONE;
}

/* Whether a line that starts with the 'len' bytes of 'line' (any number)
 * may be one that ftp_parse_line() looks for: only those are buffered. */
static bool
ftp_may_be_command(const char *line, size_t len, bool from_client)
{
    if (from_client) {
        return prefix_matches(line, len, "PORT")
               || prefix_matches(line, len, "EPRT");
    }
    return prefix_matches(line, len, "227 ")
           || prefix_matches(line, len, "229 ");
}

/* The stream of one direction. */

enum ftp_mode {
    FTP_NO_SEQ,                 /* Nothing seen yet: position unknown. */
    FTP_LINE,                   /* At or in a line that may matter. */
    FTP_SKIP,                   /* In a line that does not: to its end. */
};

struct ftp_stream {
    uint32_t next_seq;          /* Sequence number of the next byte. */
    uint32_t line_seq;          /* Sequence number of the line's start. */
    uint8_t mode;               /* enum ftp_mode */
    uint16_t len;               /* Bytes in 'line'. */
    char line[FTP_LINE_MAX];
};

struct ftp_state {
    struct ftp_stream streams[2];   /* Indexed by enum ct_dir. */
};

/* Turns a parsed command into an expectation: the receiver of the
 * command will connect to the sender's announced port.  'a' and 'b' are
 * the connection's keys in the sender's direction and in the other: the
 * sender's own address is 'a.src', and the receiver connects from its own
 * address, 'b.src', to the one it knows the sender by, 'b.dst'.  When NAT
 * translates the sender, these differ, and the command is rewritten
 * (ct-ftp-nat.c). */
static void
ftp_announce(struct ofct_conntrack *ct, struct conn *conn,
             const struct ct_pkt *pkt, const struct ftp_cmd *cmd,
             const struct ftp_stream *s)
{
    struct ct_nat_follow nat;
    struct ct_key a, b, key;

    conn_get_key(conn, pkt->reply ? CT_DIR_REPLY : CT_DIR_ORIG, &a);
    conn_get_key(conn, pkt->reply ? CT_DIR_ORIG : CT_DIR_REPLY, &b);
    if (cmd->type != FTP_CMD_EPSV
        && (cmd->family != conn->family
            || memcmp(&cmd->addr, &a.src, sizeof cmd->addr))) {
        __atomic_fetch_add(&ct->n_alg_bounce, 1, __ATOMIC_RELAXED);
        return;
    }
    if (pkt->nat && memcmp(&b.dst, &a.src, sizeof a.src)) {
        ct_ftp_nat_announce(ct, conn, pkt, cmd, s->line, s->line_seq, &a,
                            &b);
        return;
    }
    ct_alg_expect_key(conn, IPPROTO_NUM_TCP, &b.src, &b.dst, cmd->port, &key);
    ct_alg_nat_follow(&a, &b, cmd->port, cmd->port, &nat);
    ct_expect_create(ct, conn, &key, &nat, pkt->now);
}

static void
ftp_line_done(struct ofct_conntrack *ct, struct conn *conn,
              const struct ct_pkt *pkt, struct ftp_stream *s)
{
    size_t len = s->len;
    struct ftp_cmd cmd;

    if (len && s->line[len - 1] == '\r') {
        len--;
    }
    switch (ftp_parse_line(s->line, len, !pkt->reply, &cmd)) {
    case FTP_PARSE_OK:
        ftp_announce(ct, conn, pkt, &cmd, s);
        break;
    case FTP_PARSE_MALFORMED:
        __atomic_fetch_add(&ct->n_alg_malformed, 1, __ATOMIC_RELAXED);
        break;
    case FTP_PARSE_NONE:
        break;
    }
}

/* Appends 'n' bytes of the current line (no line end among them) to the
 * buffer, or gives the line up if it cannot be one that matters or is
 * too long. */
static void
ftp_append(struct ofct_conntrack *ct, struct ftp_stream *s, bool from_client,
           const uint8_t *data, size_t n)
{
    size_t room = FTP_LINE_MAX - s->len;
    size_t copy = n < room ? n : room;

    memcpy(s->line + s->len, data, copy);
    s->len += copy;
    if (!ftp_may_be_command(s->line, s->len, from_client)) {
        s->mode = FTP_SKIP;
    } else if (copy < n) {
        __atomic_fetch_add(&ct->n_alg_malformed, 1, __ATOMIC_RELAXED);
        s->mode = FTP_SKIP;
    }
}

/* Reads 'n' bytes that start at sequence number 's->next_seq'. */
static void
ftp_read(struct ofct_conntrack *ct, struct conn *conn,
         const struct ct_pkt *pkt, struct ftp_stream *s,
         const uint8_t *data, size_t n)
{
    while (n) {
        const uint8_t *nl = memchr(data, '\n', n);
        size_t chunk = nl ? (size_t) (nl - data) : n;

        if (s->mode == FTP_LINE) {
            ftp_append(ct, s, !pkt->reply, data, chunk);
        }
        s->next_seq += chunk;
        if (!nl) {
            return;
        }
        if (s->mode == FTP_LINE) {
            ftp_line_done(ct, conn, pkt, s);
        }
        s->next_seq++;
        s->mode = FTP_LINE;
        s->len = 0;
        s->line_seq = s->next_seq;
        data = nl + 1;
        n -= chunk + 1;
    }
}

/* Reads the payload of a segment that starts at 'seq': the part not read
 * before.  Bytes already read (a retransmission) are skipped; a gap
 * before the segment loses the line it falls in. */
static void
ftp_segment(struct ofct_conntrack *ct, struct conn *conn,
            const struct ct_pkt *pkt, struct ftp_stream *s, uint32_t seq,
            const uint8_t *data, size_t n)
{
    uint32_t behind = s->next_seq - seq;

    if (s->mode == FTP_NO_SEQ) {
        /* Picked up midstream: wait for a line to start. */
        s->mode = FTP_SKIP;
        s->next_seq = seq;
    } else if ((int32_t) behind < 0) {
        s->mode = FTP_SKIP;
        s->next_seq = seq;
    } else if (behind >= n) {
        return;
    } else {
        data += behind;
        n -= behind;
    }
    ftp_read(ct, conn, pkt, s, data, n);
}

static struct ftp_state *
ftp_state(struct conn *conn)
{
    struct conn_ext *ext = conn->ext;

    if (!ext->alg_state) {
        ext->alg_state = xzalloc(sizeof(struct ftp_state));
    }
    return ext->alg_state;
}

static void
ftp_process(struct ofct_conntrack *ct, struct conn *conn,
            const struct ct_pkt *pkt)
{
    const struct ofct_flow_key *key = pkt->key;
    uint32_t seq = key->tcp_seq;
    struct ftp_stream *s;
    const uint8_t *data;
    size_t n;

    if (key->tcp_flags & OFCT_TCP_RST) {
        return;
    }
    s = &ftp_state(conn)->streams[pkt->reply];
    if (key->tcp_flags & OFCT_TCP_SYN) {
        /* The stream starts after the SYN, at a line's start. */
        seq++;
        if (s->mode == FTP_NO_SEQ) {
            s->mode = FTP_LINE;
            s->next_seq = s->line_seq = seq;
        }
    }
    data = ct_pkt_payload(pkt, &n);
    if (n) {
        ftp_segment(ct, conn, pkt, s, seq, data, n);
    }
}

const struct ct_helper ct_helper_ftp = {
    .name = "ftp",
    .proto = IPPROTO_NUM_TCP,
    .port = 21,
    .max_expected = 1,
    .expect_timeout_ms = 300 * 1000,
    .process = ftp_process,
};
