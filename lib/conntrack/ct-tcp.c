/* TCP tracker: per-peer states and sequence-window tracking with the rules
 * of FreeBSD pf (Guido van Rooij's "Real Stateful TCP Packet Filtering"),
 * as Open vSwitch's userspace tracker applies them.  Written from those
 * rules, not from either's code.
 *
 * Each peer has: 'seqlo', the highest sequence number it has sent (the end
 * of its data); 'seqhi', the highest it may send (what the other end has
 * acknowledged plus its window); 'max_win', its largest window (before
 * scaling); its window scale; and its state.  A segment is valid when its
 * data ends inside the receiver's window, starts no more than one window
 * back, and acknowledges no more than about one window either way; a RST
 * must also carry the expected sequence number (within one). */
#include <config.h>

#include "conntrack/ct-private.h"

struct tcp_peer {
    uint32_t seqlo;
    uint32_t seqhi;
    uint32_t max_win;
    uint8_t wscale;             /* WSCALE_* flags and the shift. */
    uint8_t state;              /* enum ofct_ct_tcp_state */
};

#define WSCALE_SEEN 0x80        /* The peer sent a window scale option. */
#define WSCALE_UNKNOWN 0x40     /* Picked up midstream: scale unknown. */
#define WSCALE_MASK 0x0f
#define TCP_MAX_WSCALE 14

/* How far an acknowledgement may be from what the other end sent: one
 * maximum window plus a fudge of a packet's worth, as in pf. */
#define MAX_ACK_WINDOW (0xffff + 1500)

/* Sequence numbers compare modulo 2**32. */
static bool
seq_geq(uint32_t a, uint32_t b)
{
    return (int32_t) (a - b) >= 0;
}

static bool
seq_gt(uint32_t a, uint32_t b)
{
    return (int32_t) (a - b) > 0;
}

static struct tcp_peer *
tcp_peers(const struct conn *conn)
{
    return conn_l4_data(conn);
}

/* Flag combinations no TCP stack sends (pf checks these when it scrubs). */
static bool
tcp_invalid_flags(uint16_t flags)
{
    if (flags & OFCT_TCP_SYN) {
        if (flags & (OFCT_TCP_RST | OFCT_TCP_FIN)) {
            return true;
        }
    } else if (!(flags & (OFCT_TCP_ACK | OFCT_TCP_RST))) {
        return true;
    }
    return !(flags & OFCT_TCP_ACK)
           && (flags & (OFCT_TCP_FIN | OFCT_TCP_PSH | OFCT_TCP_URG));
}

/* Reads the window scale option of a SYN.  Bounded by the header length,
 * which the packet layer checked; an option whose length byte runs past
 * the header ends the walk. */
static uint8_t
tcp_get_wscale(const struct ct_pkt *pkt)
{
    const struct ofct_flow_key *key = pkt->key;
    const uint8_t *opt = pkt->data + key->l4_ofs + 20;
    const uint8_t *end = pkt->data + key->l7_ofs;

    while (opt < end) {
        uint8_t kind = opt[0];
        size_t len;

        if (kind == 0) {
            break;                      /* End of options. */
        } else if (kind == 1) {
            opt++;                      /* NOP. */
            continue;
        }
        if (end - opt < 2 || opt[1] < 2 || opt[1] > end - opt) {
            break;
        }
        len = opt[1];
        if (kind == 3 && len == 3) {
            uint8_t shift = opt[2] < TCP_MAX_WSCALE ? opt[2]
                                                    : TCP_MAX_WSCALE;
            return shift | WSCALE_SEEN;
        }
        opt += len;
    }
    return 0;
}

static uint32_t
tcp_payload_len(const struct ofct_flow_key *key)
{
    return key->l4_len - (key->l7_ofs - key->l4_ofs);
}

static bool
tcp_valid_new(const struct ct_pkt *pkt)
{
    uint16_t flags = pkt->key->tcp_flags;

    /* A SYN+ACK must not create a connection: new connections start with
     * a SYN, and ones already running (picked up midstream) with any
     * other valid segment. */
    return !tcp_invalid_flags(flags)
           && (flags & (OFCT_TCP_SYN | OFCT_TCP_ACK))
              != (OFCT_TCP_SYN | OFCT_TCP_ACK);
}

static void
tcp_new_conn(struct ofct_conntrack *ct, struct conn *conn,
             const struct ct_pkt *pkt)
{
    const struct ofct_flow_key *key = pkt->key;
    struct tcp_peer *src = &tcp_peers(conn)[CT_DIR_ORIG];
    struct tcp_peer *dst = &tcp_peers(conn)[CT_DIR_REPLY];
    uint16_t flags = key->tcp_flags;

    src->seqlo = key->tcp_seq;
    src->seqhi = src->seqlo + tcp_payload_len(key) + 1;
    if (flags & OFCT_TCP_SYN) {
        src->seqhi++;
        src->wscale = tcp_get_wscale(pkt);
    } else {
        src->wscale = dst->wscale = WSCALE_UNKNOWN;
        conn->flags |= CONN_TCP_MIDSTREAM;
    }
    src->max_win = key->tcp_window ? key->tcp_window : 1;
    if (src->wscale & WSCALE_MASK) {
        /* Keep the window unscaled, as the other peer's will be. */
        uint32_t scale = 1u << (src->wscale & WSCALE_MASK);

        src->max_win = (src->max_win + scale - 1) / scale;
    }
    if (flags & OFCT_TCP_FIN) {
        src->seqhi++;
    }
    dst->seqhi = 1;
    dst->max_win = 1;
    src->state = OFCT_TCPS_SYN_SENT;
    dst->state = OFCT_TCPS_CLOSED;
    conn_set_timeout(ct, conn, OFCT_CT_TM_TCP_SYN_SENT, pkt->now);
}

/* The first segment from the peer that did not open the connection: sets
 * its sequence space.  Returns false if the ACK-skew check should be
 * skipped (the window was just opened). */
static bool
tcp_first_from_peer(struct tcp_peer *src, struct tcp_peer *dst,
                    const struct ofct_flow_key *key, const struct ct_pkt *pkt,
                    uint32_t *win, uint8_t *sws, uint8_t *dws)
{
    uint16_t flags = key->tcp_flags;
    uint32_t end = key->tcp_seq + tcp_payload_len(key);
    bool check_ackskew = true;

    if (flags & OFCT_TCP_SYN) {
        end++;
        if (dst->wscale & WSCALE_SEEN) {
            src->wscale = tcp_get_wscale(pkt);
            if (src->wscale & WSCALE_SEEN) {
                /* Both sides scale: remove the scale from this window. */
                uint32_t scale;

                *sws = src->wscale & WSCALE_MASK;
                *dws = dst->wscale & WSCALE_MASK;
                scale = 1u << *sws;
                *win = (*win + scale - 1) / scale;
            } else {
                /* The other side asked for scaling in vain: its window
                 * was scaled all along. */
                dst->max_win <<= dst->wscale & WSCALE_MASK;
                dst->wscale = 0;
            }
        }
    }
    if (flags & OFCT_TCP_FIN) {
        end++;
    }
    src->seqlo = key->tcp_seq;
    src->state = OFCT_TCPS_SYN_SENT;
    /* seqhi may have been set by a midstream pickup: slide it. */
    if (src->seqhi == 1
        || seq_geq(end + (dst->max_win << *dws ? dst->max_win << *dws : 1),
                   src->seqhi)) {
        src->seqhi = end + (dst->max_win << *dws ? dst->max_win << *dws : 1);
        check_ackskew = false;
    }
    if (*win > src->max_win) {
        src->max_win = *win;
    }
    return check_ackskew;
}

/* Moves the peers' states after a valid segment and sets the timeout
 * that the new states call for. */
static void
tcp_update_states(struct ofct_conntrack *ct, struct conn *conn,
                  struct tcp_peer *src, struct tcp_peer *dst, uint16_t flags,
                  int64_t now)
{
    enum ofct_ct_timeout tm;

    if (flags & OFCT_TCP_SYN && src->state < OFCT_TCPS_SYN_SENT) {
        src->state = OFCT_TCPS_SYN_SENT;
    }
    if (flags & OFCT_TCP_FIN && src->state < OFCT_TCPS_CLOSING) {
        src->state = OFCT_TCPS_CLOSING;
    }
    if (flags & OFCT_TCP_ACK) {
        if (dst->state == OFCT_TCPS_SYN_SENT) {
            dst->state = OFCT_TCPS_ESTABLISHED;
        } else if (dst->state == OFCT_TCPS_CLOSING) {
            dst->state = OFCT_TCPS_FIN_WAIT_2;
        }
    }
    if (flags & OFCT_TCP_RST) {
        src->state = dst->state = OFCT_TCPS_TIME_WAIT;
        conn->flags |= CONN_TCP_RESET;
    }
    if (src->state >= OFCT_TCPS_ESTABLISHED
        && dst->state >= OFCT_TCPS_ESTABLISHED
        && !(conn->flags & CONN_TCP_RESET)) {
        conn->flags |= CONN_ASSURED;
    }

    if (src->state >= OFCT_TCPS_FIN_WAIT_2
        && dst->state >= OFCT_TCPS_FIN_WAIT_2) {
        tm = OFCT_CT_TM_TCP_CLOSE;
    } else if (src->state >= OFCT_TCPS_CLOSING
               && dst->state >= OFCT_TCPS_CLOSING) {
        tm = OFCT_CT_TM_TCP_TIME_WAIT;
    } else if (src->state < OFCT_TCPS_ESTABLISHED
               || dst->state < OFCT_TCPS_ESTABLISHED) {
        tm = OFCT_CT_TM_TCP_SYN_RECV;
    } else if (src->state >= OFCT_TCPS_CLOSING
               || dst->state >= OFCT_TCPS_CLOSING) {
        tm = OFCT_CT_TM_TCP_FIN_WAIT;
    } else {
        tm = OFCT_CT_TM_TCP_ESTABLISHED;
    }
    conn_set_timeout(ct, conn, tm, now);
}

/* Advances the window bookkeeping after an accepted segment. */
static void
tcp_slide(struct tcp_peer *src, struct tcp_peer *dst, uint32_t win,
          uint8_t sws, uint32_t ack, uint32_t end)
{
    uint32_t scaled = win << sws;

    if (src->max_win < win) {
        src->max_win = win;
    }
    if (seq_gt(end, src->seqlo)) {
        src->seqlo = end;
    }
    if (seq_geq(ack + scaled, dst->seqhi)) {
        dst->seqhi = ack + (scaled ? scaled : 1);
    }
}

static enum ct_update_res
tcp_update(struct ofct_conntrack *ct, struct conn *conn,
           const struct ct_pkt *pkt)
{
    const struct ofct_flow_key *key = pkt->key;
    struct tcp_peer *src = &tcp_peers(conn)[pkt->reply];
    struct tcp_peer *dst = &tcp_peers(conn)[!pkt->reply];
    uint16_t flags = key->tcp_flags;
    uint32_t win = key->tcp_window;
    uint32_t seq = key->tcp_seq, ack = key->tcp_ack, end;
    uint8_t sws = 0, dws = 0;
    bool check_ackskew = true;
    int64_t ackskew;

    if (tcp_invalid_flags(flags)) {
        return CT_UPDATE_INVALID;
    }
    /* A new SYN on a connection that has closed starts a new one. */
    if ((flags & (OFCT_TCP_SYN | OFCT_TCP_ACK)) == OFCT_TCP_SYN
        && dst->state >= OFCT_TCPS_FIN_WAIT_2
        && src->state >= OFCT_TCPS_FIN_WAIT_2) {
        return CT_UPDATE_NEW;
    }
    if (!(flags & OFCT_TCP_SYN)) {
        if (src->wscale & WSCALE_SEEN && dst->wscale & WSCALE_SEEN) {
            sws = src->wscale & WSCALE_MASK;
            dws = dst->wscale & WSCALE_MASK;
        } else if (src->wscale & WSCALE_UNKNOWN
                   && dst->wscale & WSCALE_UNKNOWN) {
            sws = dws = TCP_MAX_WSCALE;
        }
    }

    if (src->state < OFCT_TCPS_SYN_SENT) {
        check_ackskew = tcp_first_from_peer(src, dst, key, pkt, &win, &sws,
                                            &dws);
    }
    end = seq + tcp_payload_len(key) + !!(flags & OFCT_TCP_SYN)
          + !!(flags & OFCT_TCP_FIN);

    if (!(flags & OFCT_TCP_ACK)
        || (!ack && (flags & (OFCT_TCP_ACK | OFCT_TCP_RST))
                    == (OFCT_TCP_ACK | OFCT_TCP_RST))) {
        /* No ACK to check (or a stack that sends RST|ACK with ack 0). */
        ack = dst->seqlo;
    }
    if (seq == end) {
        /* No data: ease the sequence checks. */
        seq = end = src->seqlo;
    }
    ackskew = check_ackskew ? (int32_t) (dst->seqlo - ack) : 0;

    if (!ct->tcp_seq_chk
        || (seq_geq(src->seqhi, end)
            && seq_geq(seq, src->seqlo - (dst->max_win << dws))
            && ackskew >= -MAX_ACK_WINDOW
            && ackskew <= ((int64_t) MAX_ACK_WINDOW << sws)
            && (!(flags & OFCT_TCP_RST) || key->tcp_seq == src->seqlo
                || key->tcp_seq == src->seqlo + 1
                || key->tcp_seq + 1 == src->seqlo))) {
        tcp_slide(src, dst, win, sws, ack, end);
        tcp_update_states(ct, conn, src, dst, flags, pkt->now);
        return CT_UPDATE_VALID;
    }

    /* Outside the window, but tolerated while one side is not yet known
     * or the connection is closing: a stack that sends several SYNs before
     * an answer, a connection picked up after a restart, stray segments
     * right after a close.  The state and the timeout are not refreshed,
     * so that a flood of such segments keeps nothing alive. */
    if ((dst->state < OFCT_TCPS_SYN_SENT
         || dst->state >= OFCT_TCPS_FIN_WAIT_2
         || src->state >= OFCT_TCPS_FIN_WAIT_2)
        && seq_geq(src->seqhi + MAX_ACK_WINDOW, end)
        && seq_geq(seq, src->seqlo - MAX_ACK_WINDOW)) {
        tcp_slide(src, dst, win, sws, ack, end);
        if (flags & OFCT_TCP_FIN && src->state < OFCT_TCPS_CLOSING) {
            src->state = OFCT_TCPS_CLOSING;
        }
        if (flags & OFCT_TCP_RST) {
            src->state = dst->state = OFCT_TCPS_TIME_WAIT;
            conn->flags |= CONN_TCP_RESET;
        }
        return CT_UPDATE_VALID;
    }
    return CT_UPDATE_INVALID;
}

static void
tcp_get_info(const struct conn *conn, struct ofct_ct_entry *entry)
{
    const struct tcp_peer *peers = tcp_peers(conn);

    entry->tcp_state[0] = peers[0].state;
    entry->tcp_state[1] = peers[1].state;
    entry->tcp_reset = (conn->flags & CONN_TCP_RESET) != 0;
    entry->tcp_midstream = (conn->flags & CONN_TCP_MIDSTREAM) != 0;
}

const struct ct_l4_proto ct_proto_tcp = {
    .name = "tcp",
    .data_size = 2 * sizeof(struct tcp_peer),
    .valid_new = tcp_valid_new,
    .new_conn = tcp_new_conn,
    .update = tcp_update,
    .get_info = tcp_get_info,
};
