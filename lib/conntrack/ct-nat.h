/* Internals of NAT in the connection-tracking engine (see
 * include/ofct/conntrack.h for what it does).
 *
 * A connection with NAT keeps its original key where every connection
 * does and its reply key, which NAT makes other than the reversed
 * original, in 'conn_ext->nat': both keys index it in the table, so a
 * packet is found from either side of the translation.  A packet of
 * direction D is translated to the reverse of the key of the other
 * direction, which changes only what NAT changed: the source for a
 * source NAT's original direction, the destination for its replies.
 *
 * Files: ct-nat.c (a connection's NAT, set up at commit), ct-nat-alloc.c
 * (choosing a free reply tuple), ct-nat-pkt.c (rewriting headers),
 * ct-nat-icmp.c (ICMP errors), ct-nat-seq.c (ALG payload edits and the
 * TCP sequence offsets they cause), ct-nat-csum.c (checksums),
 * ct-ftp-nat.c (the FTP helper's rewrites).
 *
 * Locking: the NAT of a connection is set before the connection is in
 * the table and never changes, but for its edits ('edits'), which are
 * read and written under the connection's home shard lock, as the rest
 * of its mutable state. */
#ifndef OFCT_LIB_CONNTRACK_CT_NAT_H
#define OFCT_LIB_CONNTRACK_CT_NAT_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "conntrack/ct-private.h"

struct ct_nat_edits;

/* A connection's NAT. */
struct ct_nat {
    struct ct_key reply;            /* The reply key, translated. */
    uint8_t type;                   /* OFCT_CT_NAT_SRC or _DST. */
    struct ct_nat_edits *edits;     /* ALG rewrites; NULL until one. */
};

static inline const struct ct_nat *
conn_nat(const struct conn *conn)
{
    return conn->ext ? conn->ext->nat : NULL;
}

/* The packet that a ct action with nat is translating. */
struct ct_nat_pkt {
    struct ofct_packet *pkt;        /* Its frame, written in place. */
    struct ofct_flow_key *flow;     /* Its headers; lengths follow edits. */
};

/* The NAT that a connection announced by an ALG gets when it is
 * committed with nat, so that each end sees it as it sees the master:
 * to the announcing end's own address and port when the announcement was
 * rewritten (destination NAT), or from the address by which the
 * announcing end knows the other (source NAT).  See ct-ftp-nat.c. */
struct ct_nat_follow {
    uint8_t type;                   /* OFCT_CT_NAT_NONE, _SRC or _DST. */
    struct ofct_ip_addr addr;
    uint16_t port;                  /* _DST: the port too. */
};

/* ct-nat.c */

/* The range that 'follow' stands for, in address family 'family'. */
void ct_nat_follow_range(const struct ct_nat_follow *, uint8_t family,
                         struct ofct_ct_nat *range);

/* Gives 'conn' (not yet in the table) the NAT that 'nat' asks for, with a
 * free reply tuple.  Returns false if there is none: the range is
 * exhausted (or of another address family). */
bool ct_nat_setup(struct ofct_conntrack *, struct conn *,
                  const struct ofct_ct_nat *, int64_t now);
/* Frees the NAT of 'conn', which is being freed. */
void ct_nat_free(struct ofct_conntrack *, struct conn *);
/* The ct_state flags (OFCT_CS_SNAT or _DNAT) of a translated packet of
 * 'conn' in the original or reply direction. */
uint8_t ct_nat_state(const struct conn *, bool reply);

/* ct-nat-alloc.c */

/* The most tuples one commit tries. */
#define CT_NAT_MAX_PROBES 8192

/* Chooses the reply key of a connection with original key 'orig' that
 * 'nat' (OFCT_CT_NAT_SRC or _DST) translates: one that no live
 * connection has at 'now', in either direction.  Returns false if the
 * search finds none. */
bool ct_nat_select(struct ofct_conntrack *, const struct ct_key *orig,
                   const struct ofct_ct_nat *, int64_t now,
                   struct ct_key *reply);

/* ct-nat-pkt.c */

/* Translates the packet of 'conn' in the original or reply direction:
 * applies its direction's ALG edits, adjusts TCP sequence numbers,
 * rewrites addresses and ports (ICMP: identifier), and fixes checksums. */
void ct_nat_translate(const struct conn *, bool reply, struct ct_nat_pkt *);

/* Replaces the 'old_len' bytes at offset 'ofs' of the packet's frame by
 * the 'new_len' bytes 'new', moving the rest, and updates the IP length
 * and the flow's lengths.  Returns false, changing nothing, if the frame
 * has no room or the IP packet would grow too long. */
bool ct_nat_pkt_replace(struct ct_nat_pkt *, size_t ofs, size_t old_len,
                        const uint8_t *new, size_t new_len);

/* Addresses and ports of one IP header and what follows it: the packet's
 * own, or the one that an ICMP error quotes (cut short, 'l4_len' bytes
 * of L4 header at hand). */
struct ct_nat_ip {
    uint8_t *l3;
    uint8_t *l4;
    size_t l4_len;
    uint8_t family;                 /* 4 or 6. */
    uint8_t proto;
};

void ct_nat_ip_set_addr(struct ct_nat_ip *, bool src,
                        const struct ofct_ip_addr *);
/* TCP and UDP: the source or destination port; ICMP queries: the
 * identifier ('src' ignored); others: nothing. */
void ct_nat_ip_set_port(struct ct_nat_ip *, bool src, uint16_t port);
/* The L4 checksum field, or NULL if the protocol has none or it is not
 * at hand. */
uint8_t *ct_nat_ip_l4_csum(const struct ct_nat_ip *);

/* ct-nat-icmp.c */

/* Translates an ICMP or ICMPv6 error that travels in the original or
 * reply direction of 'conn' and quotes one of its packets: the outer
 * address that NAT changes in that direction, the quoted packet back to
 * what its sender sent, and the checksums. */
void ct_nat_icmp_error(const struct conn *, bool reply, struct ct_nat_pkt *);

/* ct-nat-seq.c: ALG payload edits.
 *
 * When an ALG rewrites text in a TCP stream under NAT (an FTP PORT
 * command's address), the bytes after it move: the receiver's sequence
 * numbers differ from the sender's by the sum of the length changes so
 * far.  Each direction keeps its own edits; a segment's sequence number
 * is moved by its direction's offset, its acknowledgement and SACK
 * blocks (which number the other direction's bytes) by the other's.  An
 * edit is remembered with its text, so that a retransmission of the
 * segment is rewritten again; the last CT_NAT_EDITS of a direction are
 * (older ones only keep their offset). */
#define CT_NAT_EDITS 4
#define CT_NAT_EDIT_TEXT 64         /* Longest text replaced or replacing. */

/* Records an edit of direction 'reply' of 'conn': the 'old_len' bytes
 * 'old' of the segment at hand, at sequence number 'seq', become the
 * 'new_len' bytes 'new'.  The bytes must all be in this segment, after
 * the last edit, and the packet must have room for the change.  Returns
 * false, recording nothing, if not.  With 'dry_run', only checks, with
 * 'new_len' the longest the text can be. */
bool ct_nat_edit_add(struct conn *, bool reply, const struct ct_pkt *,
                     uint32_t seq, const uint8_t *old, size_t old_len,
                     const uint8_t *new, size_t new_len, bool dry_run);

/* Applies to the segment at hand the edits of its direction that it
 * holds whole.  Returns true if it did any. */
bool ct_nat_edits_apply(const struct ct_nat_edits *, bool reply,
                        struct ct_nat_pkt *);

/* Moves the segment's sequence number, acknowledgement and SACK blocks
 * from the sender's numbering to the receiver's, fixing the checksum
 * unless 'csum' is false (the caller recomputes it). */
void ct_nat_seq_rewrite(const struct ct_nat_edits *, bool reply,
                        struct ct_nat_ip *, bool csum);

/* The tracker follows each peer in its own numbering: sets the flow's
 * acknowledgement of a segment of 'conn' to the numbering of the
 * direction it acknowledges. */
void ct_nat_track_ack(const struct conn *, bool reply,
                      struct ofct_flow_key *);

void ct_nat_edits_free(struct ct_nat_edits *);

/* ct-nat-csum.c: Internet checksums (RFC 1071), updated incrementally
 * (RFC 1624) or recomputed.  'csum' points to a checksum field as it is
 * in the packet (big-endian).  'udp': a UDP checksum over IPv4, where 0
 * means none (left alone) and a computed 0 is sent as 0xffff. */

/* Updates 'csum' for 'n' (even) bytes of the data it covers, at an even
 * offset, changing from 'old' to 'new'. */
void ct_csum_update(uint8_t *csum, const void *old, const void *new,
                    size_t n, bool udp);

/* Writes the 'n' bytes 'new' at offset 'ofs' of the 'len' bytes at
 * 'base', which 'csum' (may be NULL) covers from 'base' on, at any
 * alignment, and updates 'csum'.  Bytes of the checksummed data beyond
 * 'len' (a quoted packet cut short) count as unchanged. */
void ct_csum_write(uint8_t *base, size_t len, size_t ofs, const void *new,
                   size_t n, uint8_t *csum, bool udp);

/* Recomputes the L4 checksum of 'ip' over its 'l4_len' bytes, with the
 * pseudo-header for TCP, UDP and ICMPv6. */
void ct_csum_l4_recompute(struct ct_nat_ip *);

#endif
