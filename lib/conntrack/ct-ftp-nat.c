/* The FTP helper under NAT: an address and port that an end announces
 * (PORT, EPRT, 227, 229) when NAT translates that end.  The other end
 * must be told the address it knows the announcing end by, and a port on
 * it that no other announcement holds; the data connection it then opens
 * is translated back to the announced address and port (ct-nat.h's
 * ct_nat_follow).
 *
 * Which end NAT translates decides everything: with source NAT, the
 * client's PORT and EPRT are rewritten and its 227 and 229 answers are
 * not, and with destination NAT the other way round; the end that is not
 * translated announces what the other end can reach already, and the
 * data connection is only given the translated address of its opener
 * (ct-ftp.c).
 *
 * The text is rewritten through an edit (ct-nat-seq.c), which keeps this
 * direction's sequence numbers right from then on and rewrites a
 * retransmission of the segment the same way. */
#include <config.h>

#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "conntrack/ct-alg.h"
#include "packet/parse-private.h"

/* How many ports after the announced one are tried when other
 * announcements hold it, as two clients behind one address announce the
 * same port. */
#define FTP_NAT_PORT_TRIES 64

/* Formats the argument of 'cmd' for the address 'addr' of the
 * connection's family 'family' and for 'port': "h1,h2,h3,h4,p1,p2" for
 * PORT and 227, "ADDR<d>PORT" for EPRT (with its delimiter 'delim'), the
 * port for 229.  Returns the length, or 0 if it does not fit. */
static size_t
format_arg(const struct ftp_cmd *cmd, char delim,
           const struct ofct_ip_addr *addr, uint8_t family, uint16_t port,
           char *buf, size_t size)
{
    char text[INET6_ADDRSTRLEN];
    int n;

    switch (cmd->type) {
    case FTP_CMD_PORT:
    case FTP_CMD_PASV:
        n = snprintf(buf, size, "%u,%u,%u,%u,%u,%u", addr->b[0], addr->b[1],
                     addr->b[2], addr->b[3], port >> 8, port & 0xff);
        break;
    case FTP_CMD_EPRT:
        if (!inet_ntop(family == 6 ? AF_INET6 : AF_INET, addr->b, text,
                       sizeof text)) {
            return 0;
        }
        n = snprintf(buf, size, "%s%c%u", text, delim, port);
        break;
    case FTP_CMD_EPSV:
    default:
        n = snprintf(buf, size, "%u", port);
        break;
    }
    return n > 0 && (size_t) n < size ? (size_t) n : 0;
}

/* The port 'i' places after 'port', wrapping around and skipping 0. */
static uint16_t
port_after(uint16_t port, unsigned int i)
{
    return (uint16_t) (((uint32_t) port - 1 + i) % 65535 + 1);
}

/* Creates the expectation for the first port from the announced one on
 * that no other master expects.  Returns the port, or 0 if none. */
static uint16_t
expect_free_port(struct ofct_conntrack *ct, struct conn *conn,
                 const struct ct_pkt *pkt, const struct ftp_cmd *cmd,
                 const struct ct_key *a, const struct ct_key *b)
{
    unsigned int i;

    for (i = 0; i < FTP_NAT_PORT_TRIES; i++) {
        uint16_t port = port_after(cmd->port, i);
        struct ct_nat_follow nat;
        struct ct_key key;

        ct_alg_expect_key(conn, IPPROTO_NUM_TCP, &b->src, &b->dst, port,
                          &key);
        ct_alg_nat_follow(a, b, cmd->port, port, &nat);
        switch (ct_expect_create(ct, conn, &key, &nat, pkt->now)) {
        case CT_EXPECT_OK:
            return port;
        case CT_EXPECT_FULL:
            return 0;
        case CT_EXPECT_TAKEN:
            break;
        }
    }
    return 0;
}

void
ct_ftp_nat_announce(struct ofct_conntrack *ct, struct conn *conn,
                    const struct ct_pkt *pkt, const struct ftp_cmd *cmd,
                    const char *line, uint32_t line_seq,
                    const struct ct_key *a, const struct ct_key *b)
{
    const uint8_t *old = (const uint8_t *) line + cmd->arg_ofs;
    char delim = cmd->type == FTP_CMD_EPRT ? line[cmd->arg_ofs - 1] : 0;
    uint32_t seq = line_seq + cmd->arg_ofs;
    char text[CT_NAT_EDIT_TEXT];
    size_t len;
    uint16_t port;

    /* The longest text is the one with the largest port: check first
     * that it fits, so that no expectation is made for a command that is
     * then left as it was. */
    len = format_arg(cmd, delim, &b->dst, conn->family, 65535, text,
                     sizeof text);
    if (!len || !ct_nat_edit_add(conn, pkt->reply, pkt, seq, old,
                                 cmd->arg_len, NULL, len, true)) {
        __atomic_fetch_add(&ct->n_nat_alg_skipped, 1, __ATOMIC_RELAXED);
        return;
    }
    port = expect_free_port(ct, conn, pkt, cmd, a, b);
    if (!port) {
        return;                 /* Counted by the expectation table. */
    }
    len = format_arg(cmd, delim, &b->dst, conn->family, port, text,
                     sizeof text);
    if (len != cmd->arg_len || memcmp(text, old, len)) {
        ct_nat_edit_add(conn, pkt->reply, pkt, seq, old, cmd->arg_len,
                        (const uint8_t *) text, len, false);
    }
}
