/* ALG payload edits under NAT and the TCP sequence offsets they cause,
 * per direction (see ct-nat.h).
 *
 * Unlike a tracker that keeps one offset for the whole connection, or
 * one per direction that a retransmission of the edited segment gets
 * wrong, each direction keeps its last edits with the exact sequence
 * number of the text they replaced: a byte before an edit keeps the
 * offset from before it, a byte after gets the one after, whatever
 * segment it travels in.  Offsets are kept modulo 2**32, as sequence
 * numbers are, so no sum is ever cut short. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-nat.h"
#include "packet/parse-private.h"
#include "util/xalloc.h"

struct ct_nat_edit {
    uint32_t seq;               /* Sender's number of the first byte. */
    uint32_t offset;            /* Receiver's less sender's numbers after
                                 * the edit, modulo 2**32. */
    uint8_t old_len, new_len;
    uint8_t old_text[CT_NAT_EDIT_TEXT];
    uint8_t new_text[CT_NAT_EDIT_TEXT];
};

/* The edits of one direction, oldest first. */
struct ct_nat_stream {
    uint32_t offset;            /* Before the first edit remembered. */
    uint32_t n;
    struct ct_nat_edit edits[CT_NAT_EDITS];
};

struct ct_nat_edits {
    struct ct_nat_stream dir[2];    /* Indexed by enum ct_dir. */
};

static bool
seq_lt(uint32_t a, uint32_t b)
{
    return (int32_t) (a - b) < 0;
}

static bool
seq_gt(uint32_t a, uint32_t b)
{
    return (int32_t) (a - b) > 0;
}

static uint32_t
get32(const uint8_t *p)
{
    return (uint32_t) get16(p) << 16 | get16(p + 2);
}

static void
put32(uint8_t *p, uint32_t v)
{
    p[0] = v >> 24;
    p[1] = v >> 16;
    p[2] = v >> 8;
    p[3] = v;
}

static uint32_t
edit_end(const struct ct_nat_edit *e)
{
    return e->seq + e->old_len;
}

/* The offset of the bytes just before edit 'i'. */
static uint32_t
offset_before(const struct ct_nat_stream *s, size_t i)
{
    return i ? s->edits[i - 1].offset : s->offset;
}

/* The receiver's number for the sender's 'seq'.  A number inside an
 * edited text (a segment that starts there, which cannot be rewritten)
 * keeps the offset from before the edit. */
static uint32_t
seq_out(const struct ct_nat_stream *s, uint32_t seq)
{
    size_t i;

    for (i = s->n; i-- > 0;) {
        if (!seq_lt(seq, edit_end(&s->edits[i]))) {
            return seq + s->edits[i].offset;
        }
    }
    return seq + s->offset;
}

/* The sender's number for the receiver's 'rseq' (an acknowledgement or a
 * SACK edge).  One inside the text of an edit becomes the edit's start:
 * the sender will send the whole text again, to be rewritten again. */
static uint32_t
seq_back(const struct ct_nat_stream *s, uint32_t rseq)
{
    size_t i;

    for (i = s->n; i-- > 0;) {
        const struct ct_nat_edit *e = &s->edits[i];
        uint32_t start = e->seq + offset_before(s, i);

        if (!seq_lt(rseq, start + e->new_len)) {
            return rseq - e->offset;
        }
        if (seq_gt(rseq, start)) {
            return e->seq;
        }
    }
    return rseq - s->offset;
}

/* The segment at hand: its first payload byte's number, the payload and
 * its length. */
struct segment {
    uint32_t seq;
    const uint8_t *payload;
    size_t len;
};

static void
segment_of(const struct ofct_flow_key *f, const uint8_t *data,
           struct segment *seg)
{
    seg->seq = f->tcp_seq + !!(f->tcp_flags & OFCT_TCP_SYN);
    seg->payload = data + f->l7_ofs;
    seg->len = f->l4_len - (f->l7_ofs - f->l4_ofs);
}

/* Whether the segment holds the whole text that 'e' replaces, unchanged
 * (a retransmission of the edited bytes, or the edit's own segment). */
static bool
edit_in_segment(const struct ct_nat_edit *e, const struct segment *seg)
{
    uint32_t ofs = e->seq - seg->seq;

    return !seq_lt(e->seq, seg->seq) && ofs <= seg->len
           && e->old_len <= seg->len - ofs
           && !memcmp(seg->payload + ofs, e->old_text, e->old_len);
}

/* How much longer the remembered edits of 's' make the segment. */
static long
segment_growth(const struct ct_nat_stream *s, const struct segment *seg)
{
    long growth = 0;
    size_t i;

    for (i = 0; s && i < s->n; i++) {
        if (edit_in_segment(&s->edits[i], seg)) {
            growth += (long) s->edits[i].new_len - s->edits[i].old_len;
        }
    }
    return growth;
}

/* Whether the packet of 'np' can grow by 'growth' bytes. */
static bool
has_room(const struct ct_nat_pkt *np, long growth)
{
    const struct ofct_packet *pkt = np->pkt;
    uint32_t cap = pkt->capacity > pkt->size ? pkt->capacity : pkt->size;

    return growth <= 0 || ((long) cap - (long) pkt->size >= growth
                           && (long) np->flow->l3_len + growth <= 65535);
}

static struct ct_nat_stream *
stream_for_write(struct ct_nat *nat, bool reply)
{
    if (!nat->edits) {
        nat->edits = xzalloc(sizeof *nat->edits);
    }
    return &nat->edits->dir[reply];
}

bool
ct_nat_edit_add(struct conn *conn, bool reply, const struct ct_pkt *cp,
                uint32_t seq, const uint8_t *old, size_t old_len,
                const uint8_t *new, size_t new_len, bool dry_run)
{
    struct ct_nat *nat = conn->ext->nat;
    const struct ct_nat_stream *s = nat->edits ? &nat->edits->dir[reply]
                                               : NULL;
    struct ct_nat_stream *w;
    struct ct_nat_edit *e;
    struct segment seg;
    uint32_t ofs;

    segment_of(cp->key, cp->data, &seg);
    ofs = seq - seg.seq;
    if (!cp->nat || !old_len || old_len > CT_NAT_EDIT_TEXT
        || new_len > CT_NAT_EDIT_TEXT || seq_lt(seq, seg.seq)
        || ofs > seg.len || old_len > seg.len - ofs
        || (s && s->n && seq_lt(seq, edit_end(&s->edits[s->n - 1])))
        || !has_room(cp->nat, segment_growth(s, &seg)
                              + (long) new_len - (long) old_len)) {
        return false;
    }
    if (dry_run) {
        return true;
    }
    w = stream_for_write(nat, reply);
    if (w->n == CT_NAT_EDITS) {
        /* The oldest edit goes: only its offset is still needed. */
        w->offset = w->edits[0].offset;
        memmove(&w->edits[0], &w->edits[1],
                (CT_NAT_EDITS - 1) * sizeof w->edits[0]);
        w->n--;
    }
    e = &w->edits[w->n];
    e->seq = seq;
    e->offset = offset_before(w, w->n) + (uint32_t) new_len
                - (uint32_t) old_len;
    e->old_len = old_len;
    e->new_len = new_len;
    memcpy(e->old_text, old, old_len);
    memcpy(e->new_text, new, new_len);
    w->n++;
    return true;
}

bool
ct_nat_edits_apply(const struct ct_nat_edits *edits, bool reply,
                   struct ct_nat_pkt *np)
{
    const struct ct_nat_stream *s = &edits->dir[reply];
    size_t l7_ofs = np->flow->l7_ofs;
    struct segment seg;
    bool done = false;
    size_t i;

    segment_of(np->flow, np->pkt->data, &seg);
    /* The last first, so that the earlier ones' offsets stay right. */
    for (i = s->n; i-- > 0;) {
        const struct ct_nat_edit *e = &s->edits[i];

        if (edit_in_segment(e, &seg)
            && ct_nat_pkt_replace(np, l7_ofs + (e->seq - seg.seq),
                                  e->old_len, e->new_text, e->new_len)) {
            done = true;
        }
    }
    return done;
}

/* Rewrites the 32-bit sequence number at offset 'ofs' of the TCP header
 * with 'map' of the stream 's'. */
static void
rewrite32(struct ct_nat_ip *ip, size_t ofs, const struct ct_nat_stream *s,
          uint32_t (*map)(const struct ct_nat_stream *, uint32_t),
          uint8_t *csum)
{
    uint8_t v[4];

    put32(v, map(s, get32(ip->l4 + ofs)));
    ct_csum_write(ip->l4, ip->l4_len, ofs, v, 4, csum, false);
}

/* The edges of the SACK option (RFC 2018) number the other direction's
 * bytes, as the acknowledgement does.  The parser has checked that the
 * header fits. */
static void
sack_rewrite(const struct ct_nat_stream *s, struct ct_nat_ip *ip,
             uint8_t *csum)
{
    size_t hlen = (ip->l4[12] >> 4) * 4;
    size_t o = 20;

    while (o < hlen) {
        uint8_t kind = ip->l4[o];
        size_t len, edge;

        if (kind == 0) {
            break;              /* End of options. */
        } else if (kind == 1) {
            o++;                /* NOP. */
            continue;
        }
        if (o + 1 >= hlen || ip->l4[o + 1] < 2 || ip->l4[o + 1] > hlen - o) {
            break;
        }
        len = ip->l4[o + 1];
        if (kind == 5 && (len - 2) % 8 == 0) {
            for (edge = o + 2; edge + 4 <= o + len; edge += 4) {
                rewrite32(ip, edge, s, seq_back, csum);
            }
        }
        o += len;
    }
}

static bool
stream_moves(const struct ct_nat_stream *s)
{
    return s->n || s->offset;
}

void
ct_nat_seq_rewrite(const struct ct_nat_edits *edits, bool reply,
                   struct ct_nat_ip *ip, bool fix_csum)
{
    const struct ct_nat_stream *mine = &edits->dir[reply];
    const struct ct_nat_stream *theirs = &edits->dir[!reply];
    uint8_t *csum = fix_csum ? ct_nat_ip_l4_csum(ip) : NULL;

    if (ip->l4_len < 20) {
        return;
    }
    if (stream_moves(mine)) {
        rewrite32(ip, 4, mine, seq_out, csum);
    }
    if (stream_moves(theirs)) {
        if (ip->l4[13] & OFCT_TCP_ACK) {
            rewrite32(ip, 8, theirs, seq_back, csum);
        }
        sack_rewrite(theirs, ip, csum);
    }
}

void
ct_nat_track_ack(const struct conn *conn, bool reply,
                 struct ofct_flow_key *flow)
{
    const struct ct_nat *nat = conn_nat(conn);

    if (nat && nat->edits && flow->nw_proto == IPPROTO_NUM_TCP
        && flow->tcp_flags & OFCT_TCP_ACK) {
        flow->tcp_ack = seq_back(&nat->edits->dir[!reply], flow->tcp_ack);
    }
}

void
ct_nat_edits_free(struct ct_nat_edits *edits)
{
    free(edits);
}
