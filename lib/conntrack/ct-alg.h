/* Internals of the application-layer gateways (ALGs): the expectation
 * table (ct-expect.c) that the FTP (ct-ftp.c) and TFTP (ct-tftp.c)
 * helpers fill, and the FTP command parser.
 *
 * An expectation says that a connection is about to be opened because of
 * another one, its master: after "PORT 10,1,1,1,4,1" on an FTP control
 * connection, the server will connect from its address to 10.1.1.1 port
 * 1025.  The first packet that matches an expectation is "new|rel", and
 * the connection it starts, if committed, is related for its whole life
 * and inherits the master's zone (it is looked up there), mark and label.
 * As in the kernel's helpers, the source port is always a wildcard: an
 * expectation's key has 'sport' 0.
 *
 * Locking: the table has one mutex, a leaf lock.  Helpers create
 * expectations while holding their master's home shard lock; everything
 * else takes the table's lock with no shard lock held.  A master is freed
 * only after ct_expect_remove_master(), so an expectation's master pointer
 * is valid while the table's lock is held. */
#ifndef OFCT_LIB_CONNTRACK_CT_ALG_H
#define OFCT_LIB_CONNTRACK_CT_ALG_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "conntrack/ct-nat.h"
#include "conntrack/ct-private.h"

/* The kernel's default total, nf_conntrack_expect_max for a table of
 * 262,144 buckets: 4 per 256 buckets. */
#define CT_DEFAULT_MAX_EXPECTS 4096

/* ct-expect.c */

void ct_expect_init(struct ofct_conntrack *, uint32_t max,
                    uint32_t max_per_master);
void ct_expect_destroy(struct ofct_conntrack *);

enum ct_expect_result {
    CT_EXPECT_OK,
    CT_EXPECT_TAKEN,            /* Another master expects the same. */
    CT_EXPECT_FULL,             /* The table is full. */
};

/* Creates an expectation of 'master' (whose home shard lock the caller
 * holds) for a connection with original key 'key' (its 'sport' is
 * ignored: any), which gets the NAT 'nat' (NULL: none) if it is
 * committed with nat.  An expectation of the same master with the same
 * key is renewed instead (a retransmitted command); one of another
 * master makes this one fail.  When the master already has its helper's
 * number of expectations, the oldest goes. */
enum ct_expect_result ct_expect_create(struct ofct_conntrack *,
                                       struct conn *master,
                                       const struct ct_key *key,
                                       const struct ct_nat_follow *nat,
                                       int64_t now);

/* What a connection inherits from the expectation it matched. */
struct ct_expect_match {
    struct ct_key master_key;   /* Master's original key: the parent. */
    uint32_t mark;
    struct ofct_u128 label;
    struct ct_nat_follow nat;
};

/* Looks for an expectation that a packet with key 'key' matches at 'now'.
 * With 'take' the expectation is consumed (the packet commits its
 * connection), otherwise it stays.  Returns true and fills '*m' if one
 * matched. */
bool ct_expect_lookup(struct ofct_conntrack *, const struct ct_key *key,
                      int64_t now, bool take, struct ct_expect_match *m);

/* Inline, since every new connection asks: is there any expectation? */
static inline bool
ct_expect_any(const struct ofct_conntrack *ct)
{
    return __atomic_load_n(&ct->n_expects, __ATOMIC_RELAXED) != 0;
}

/* Removes the expectations of 'master', which is being freed. */
void ct_expect_remove_master(struct ofct_conntrack *, struct conn *master);

/* Removes the expectations that have expired at 'now', or whose master
 * has.  Returns how many. */
size_t ct_expect_sweep(struct ofct_conntrack *, int64_t now);

void ct_expect_get_stats(struct ofct_conntrack *, struct ofct_ct_stats *);

/* Helpers' shared bits. */

/* The key of the connection that 'master' expects: from 'src' to 'dst'
 * port 'dport' over 'proto', any source port, in the master's zone. */
void ct_alg_expect_key(const struct conn *master, uint8_t proto,
                       const struct ofct_ip_addr *src,
                       const struct ofct_ip_addr *dst, uint16_t dport,
                       struct ct_key *key);

/* The NAT of a connection that end 'a' announces for end 'b' to open, to
 * 'a''s own port 'port' ('seen_port' as 'b' knows it): 'a' and 'b' are
 * the master's keys of their directions, so 'a->src' is 'a''s own
 * address and 'b->dst' the one 'b' knows it by.  If these differ (NAT
 * translates 'a'), the connection is translated to 'a''s own; if 'a'
 * knows 'b' by another address than 'b''s own (NAT translates 'b'), it
 * comes from the address 'a' knows. */
void ct_alg_nat_follow(const struct ct_key *a, const struct ct_key *b,
                       uint16_t port, uint16_t seen_port,
                       struct ct_nat_follow *nat);

/* Payload of the packet at hand. */
static inline const uint8_t *
ct_pkt_payload(const struct ct_pkt *pkt, size_t *len)
{
    const struct ofct_flow_key *k = pkt->key;

    *len = k->l4_len - (k->l7_ofs - k->l4_ofs);
    return pkt->data + k->l7_ofs;
}

/* ct-ftp.c: the FTP command parser, exposed for the unit tests. */

/* The longest FTP control line that the helper reads.  The commands and
 * replies it looks for are short (an EPRT with an IPv6 address and
 * spelled-out text takes well under 100 bytes); a longer line that starts
 * like one of them is rejected and counted as malformed. */
#define FTP_LINE_MAX 512

enum ftp_cmd_type {
    FTP_CMD_PORT,               /* Client: PORT h1,h2,h3,h4,p1,p2 */
    FTP_CMD_EPRT,               /* Client: EPRT |af|addr|port| */
    FTP_CMD_PASV,               /* Server: 227 ... h1,h2,h3,h4,p1,p2 */
    FTP_CMD_EPSV,               /* Server: 229 ... (|||port|) */
};

/* A command or reply that announces an address and port.  'arg_ofs' and
 * 'arg_len' locate the address-and-port text in the line (for PORT, the
 * six numbers; for EPRT, from the address to the port's end; for 229,
 * the port): what NAT will rewrite. */
struct ftp_cmd {
    enum ftp_cmd_type type;
    uint8_t family;             /* 4 or 6; 0 for 229, which has none. */
    struct ofct_ip_addr addr;
    uint16_t port;
    size_t arg_ofs, arg_len;
};

enum ftp_parse_result {
    FTP_PARSE_NONE,             /* Not a line the helper looks for. */
    FTP_PARSE_OK,               /* '*cmd' filled. */
    FTP_PARSE_MALFORMED,        /* Starts like one, but is wrong. */
};

/* Parses one control line 'line' of 'len' bytes (without its line end)
 * sent by the client ('from_client') or by the server.  Commands are
 * matched case-insensitively and only at the start of the line. */
enum ftp_parse_result ftp_parse_line(const char *line, size_t len,
                                     bool from_client, struct ftp_cmd *cmd);

/* ct-ftp-nat.c: an announcement of the end that NAT translates.  'a' and
 * 'b' are the master's keys of the announcing end's direction and of the
 * other; 'line' is the line that starts at sequence number 'line_seq'. */
void ct_ftp_nat_announce(struct ofct_conntrack *, struct conn *,
                         const struct ct_pkt *, const struct ftp_cmd *,
                         const char *line, uint32_t line_seq,
                         const struct ct_key *a, const struct ct_key *b);

extern const struct ct_helper ct_helper_ftp;
extern const struct ct_helper ct_helper_tftp;

#endif
