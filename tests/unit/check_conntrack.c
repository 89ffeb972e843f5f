/* Unit tests for lib/conntrack: the engine's verdicts and table. */
#include <config.h>

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-private.h"
#include "ofct/conntrack.h"
#include "pkt-build.h"

#define NEW (OFCT_CS_NEW | OFCT_CS_TRK)
#define EST (OFCT_CS_EST | OFCT_CS_TRK)
#define EST_RPL (OFCT_CS_EST | OFCT_CS_RPL | OFCT_CS_TRK)
#define INV (OFCT_CS_INV | OFCT_CS_TRK)
#define REL_RPL (OFCT_CS_REL | OFCT_CS_RPL | OFCT_CS_TRK)

static const struct ofct_ct_params commit = { .commit = true };
static const struct ofct_ct_params lookup = { .commit = false };

/* Runs 'p' through 'ct' at 'now' and returns its ct_state. */
static uint8_t
run(struct ofct_conntrack *ct, struct tpkt *p,
    const struct ofct_ct_params *params, int64_t now)
{
    struct ofct_packet pkt;

    memset(&pkt, 0, sizeof pkt);
    pkt.data = p->b;
    pkt.size = p->n;
    ofct_conntrack_execute(ct, &pkt, 1, params, now);
    return pkt.ct_state;
}

static size_t
count_conns(struct ofct_conntrack *ct, int64_t now)
{
    struct ofct_ct_dump *d = ofct_conntrack_dump_start(ct, NULL, now);
    struct ofct_ct_entry e;
    size_t n = 0;

    while (ofct_conntrack_dump_next(d, &e)) {
        n++;
    }
    ofct_conntrack_dump_done(d);
    return n;
}

/* The only connection of 'ct', which must have exactly one. */
static struct ofct_ct_entry
only_entry(struct ofct_conntrack *ct, int64_t now)
{
    struct ofct_ct_dump *d = ofct_conntrack_dump_start(ct, NULL, now);
    struct ofct_ct_entry e;

    ck_assert(ofct_conntrack_dump_next(d, &e));
    {
        struct ofct_ct_entry extra;

        ck_assert(!ofct_conntrack_dump_next(d, &extra));
    }
    ofct_conntrack_dump_done(d);
    return e;
}

static const char *
entry_text(const struct ofct_ct_entry *e, enum ofct_ct_format format)
{
    static char text[512];
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_ct_entry_format(e, format, false, &b);
    snprintf(text, sizeof text, "%s", ofct_buf_cstr(&b));
    ofct_buf_uninit(&b);
    return text;
}

START_TEST(test_state_format)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_ct_state_format(NEW, &b);
    ofct_buf_putc(&b, ' ');
    ofct_ct_state_format(EST_RPL, &b);
    ofct_buf_putc(&b, ' ');
    ofct_ct_state_format(0, &b);
    ofct_buf_putc(&b, ' ');
    ofct_ct_state_format(0xff, &b);
    ck_assert_str_eq(ofct_buf_cstr(&b), "new|trk est|rpl|trk 0 "
                     "new|est|rel|rpl|inv|trk|snat|dnat");
    ofct_buf_uninit(&b);
}
END_TEST

/* A copy of 'p' with an 802.1Q tag, which the parser's fast path leaves
 * to the full parser: the engine then builds the key another way. */
static void
vlan_tagged(const struct tpkt *p, struct tpkt *t)
{
    memcpy(t->b, p->b, 12);
    memcpy(t->b + 12, "\x81\x00\x00\x05", 4);
    memcpy(t->b + 16, p->b + 12, p->n - 12);
    t->n = p->n + 4;
    t->l3 = p->l3 + 4;
    t->l4 = p->l4 + 4;
}

/* The key that the engine builds from the frame on the fast path is the
 * one it builds from the full parser's: a connection committed by one
 * is found by the other, in both directions, TCP and UDP, in a zone. */
START_TEST(test_fast_key_agrees)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    const struct ofct_ct_params zc = { .commit = true, .zone = 513 };
    const struct ofct_ct_params zl = { .zone = 513 };
    struct tpkt req, rep, treq, trep;

    tp_udp(&req, "10.1.1.1", "10.1.2.3", 34567, 7777, 9);
    tp_udp(&rep, "10.1.2.3", "10.1.1.1", 7777, 34567, 14);
    vlan_tagged(&req, &treq);
    vlan_tagged(&rep, &trep);
    ck_assert_uint_eq(run(ct, &req, &zc, 0), NEW);
    ck_assert_uint_eq(run(ct, &trep, &zl, 10), EST_RPL);
    ck_assert_uint_eq(run(ct, &treq, &zl, 20), EST);
    ck_assert_uint_eq(run(ct, &rep, &zl, 30), EST_RPL);
    ck_assert_uint_eq(run(ct, &rep, &lookup, 30), NEW);
    ck_assert_uint_eq(count_conns(ct, 40), 1);

    tp_tcp(&req, "10.1.1.1", "10.1.2.3", 40000, 80, 1000, 0, F_SYN, 100, 0);
    tp_tcp(&rep, "10.1.2.3", "10.1.1.1", 80, 40000, 5000, 1001,
           F_SYN | F_ACK, 100, 0);
    vlan_tagged(&req, &treq);
    vlan_tagged(&rep, &trep);
    ck_assert_uint_eq(run(ct, &treq, &zc, 50), NEW);
    ck_assert_uint_eq(run(ct, &rep, &zl, 60), EST_RPL);
    ck_assert_uint_eq(count_conns(ct, 70), 2);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_udp_states)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct tpkt req, rep;
    struct ofct_ct_entry e;

    tp_udp(&req, "10.1.1.1", "10.1.1.2", 34567, 7777, 9);
    tp_udp(&rep, "10.1.1.2", "10.1.1.1", 7777, 34567, 14);

    /* Without commit nothing is stored. */
    ck_assert_uint_eq(run(ct, &req, &lookup, 0), NEW);
    ck_assert_uint_eq(count_conns(ct, 0), 0);
    ck_assert_uint_eq(run(ct, &rep, &lookup, 0), NEW);

    /* As OVS: an unanswered connection's second packet is still new. */
    ck_assert_uint_eq(run(ct, &req, &commit, 0), NEW);
    ck_assert_uint_eq(run(ct, &req, &commit, 10), NEW);
    ck_assert_uint_eq(run(ct, &req, &commit, 20), EST);
    ck_assert_uint_eq(run(ct, &rep, &lookup, 30), EST_RPL);
    ck_assert_uint_eq(run(ct, &req, &lookup, 40), EST);

    e = only_entry(ct, 40);
    ck_assert_uint_eq(e.packets[0], 3 + 1);
    ck_assert_uint_eq(e.packets[1], 1);
    ck_assert_uint_eq(e.bytes[1], 20 + 8 + 14);
    ck_assert(e.seen_reply);
    ck_assert(!e.assured);
    ck_assert_str_eq(entry_text(&e, OFCT_CT_FORMAT_DPCTL),
                     "udp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=34567,"
                     "dport=7777),reply=(src=10.1.1.2,dst=10.1.1.1,"
                     "sport=7777,dport=34567)");
    /* A stream (a reply, then traffic 2 s after the start) is assured,
     * as in the kernel. */
    ck_assert_uint_eq(run(ct, &rep, &lookup, 2500), EST_RPL);
    ck_assert(only_entry(ct, 2500).assured);

    /* Bidirectional UDP lasts udp_multiple, 30 s, after its last packet. */
    ck_assert_uint_eq(run(ct, &req, &lookup, 2500 + 29999), EST);
    ck_assert_uint_eq(run(ct, &req, &lookup, 2500 + 29999 + 30000), NEW);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* A TCP connection from 10.1.1.1:1000 to 10.1.1.2:80. */
struct tcp_conv {
    uint32_t cseq, sseq;        /* Next sequence numbers. */
};

static uint8_t
c2s(struct ofct_conntrack *ct, struct tcp_conv *t, uint16_t flags,
    size_t len, int64_t now)
{
    struct tpkt p;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, t->cseq,
           flags & F_ACK ? t->sseq : 0, flags, 65535, len);
    t->cseq += len + !!(flags & (F_SYN | F_FIN));
    return run(ct, &p, &commit, now);
}

static uint8_t
s2c(struct ofct_conntrack *ct, struct tcp_conv *t, uint16_t flags,
    size_t len, int64_t now)
{
    struct tpkt p;

    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 80, 1000, t->sseq, t->cseq, flags,
           65535, len);
    t->sseq += len + !!(flags & (F_SYN | F_FIN));
    return run(ct, &p, &commit, now);
}

static const char *
kernel_state(struct ofct_conntrack *ct, int64_t now)
{
    struct ofct_ct_entry e = only_entry(ct, now);

    return ofct_ct_entry_kernel_tcp_state(&e);
}

static void
tcp_open(struct ofct_conntrack *ct, struct tcp_conv *t)
{
    t->cseq = 1000000;
    t->sseq = 3000000000u;
    ck_assert_uint_eq(c2s(ct, t, F_SYN, 0, 0), NEW);
    ck_assert_str_eq(kernel_state(ct, 0), "SYN_SENT");
    ck_assert_uint_eq(s2c(ct, t, F_SYN | F_ACK, 0, 1), EST_RPL);
    ck_assert_str_eq(kernel_state(ct, 1), "SYN_RECV");
    ck_assert_uint_eq(c2s(ct, t, F_ACK, 0, 2), EST);
    ck_assert_str_eq(kernel_state(ct, 2), "ESTABLISHED");
}

START_TEST(test_tcp_lifecycle)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_entry e;
    struct tcp_conv t;

    tcp_open(ct, &t);
    ck_assert(only_entry(ct, 2).assured);
    ck_assert_uint_eq(c2s(ct, &t, F_ACK | F_PSH, 100, 3), EST);
    ck_assert_uint_eq(s2c(ct, &t, F_ACK | F_PSH, 1000, 4), EST_RPL);
    ck_assert_uint_eq(s2c(ct, &t, F_ACK | F_FIN, 0, 5), EST_RPL);
    ck_assert_str_eq(kernel_state(ct, 5), "FIN_WAIT");
    ck_assert_uint_eq(c2s(ct, &t, F_ACK | F_FIN, 0, 6), EST);
    ck_assert_str_eq(kernel_state(ct, 6), "LAST_ACK");
    ck_assert_uint_eq(s2c(ct, &t, F_ACK, 0, 7), EST_RPL);
    ck_assert_str_eq(kernel_state(ct, 7), "TIME_WAIT");
    e = only_entry(ct, 7);
    ck_assert_str_eq(entry_text(&e, OFCT_CT_FORMAT_DPCTL),
                     "tcp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=1000,"
                     "dport=80),reply=(src=10.1.1.2,dst=10.1.1.1,sport=80,"
                     "dport=1000),protoinfo=(state=TIME_WAIT)");
    /* Closed on both sides: tcp_close, 30 s. */
    ck_assert_uint_eq(e.timeout_ms, 30000);

    /* A new SYN on the closed connection starts a new one. */
    t.cseq += 100000;
    ck_assert_uint_eq(c2s(ct, &t, F_SYN, 0, 8), NEW);
    ck_assert_str_eq(kernel_state(ct, 8), "SYN_SENT");
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_tcp_window)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct tcp_conv t;
    struct tpkt p;

    tcp_open(ct, &t);
    /* Data far beyond what the server has allowed: invalid, and the
     * connection is untouched. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, t.cseq + 10000000, t.sseq,
           F_ACK, 65535, 10);
    ck_assert_uint_eq(run(ct, &p, &commit, 3), INV);
    ck_assert_str_eq(kernel_state(ct, 3), "ESTABLISHED");
    ck_assert_uint_eq(c2s(ct, &t, F_ACK | F_PSH, 10, 4), EST);
    ck_assert_uint_eq(only_entry(ct, 4).packets[0], 3);

    /* An ACK for data the client never sent. */
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 80, 1000, t.sseq, t.cseq + 5000000,
           F_ACK, 65535, 0);
    ck_assert_uint_eq(run(ct, &p, &commit, 5), INV);

    /* The same with sequence checking off (dpctl/ct-disable-tcp-seq-chk). */
    ofct_conntrack_set_tcp_seq_chk(ct, false);
    ck_assert_uint_eq(run(ct, &p, &commit, 6), EST_RPL);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* With window scaling on both sides, a window field of 1000 means 128000
 * bytes: data that far ahead is in the window. */
START_TEST(test_tcp_window_scaling)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct tpkt p;

    tp_tcp_wscale(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 100, 0, F_SYN,
                  64240, 7);
    ck_assert_uint_eq(run(ct, &p, &commit, 0), NEW);
    tp_tcp_wscale(&p, "10.1.1.2", "10.1.1.1", 80, 1000, 5000, 101,
                  F_SYN | F_ACK, 65160, 7);
    ck_assert_uint_eq(run(ct, &p, &commit, 1), EST_RPL);
    /* The server opens a 128000-byte window (1000 << 7). */
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 80, 1000, 5001, 101, F_ACK, 1000, 0);
    ck_assert_uint_eq(run(ct, &p, &commit, 2), EST_RPL);
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 101, 5001, F_ACK, 1000, 0);
    ck_assert_uint_eq(run(ct, &p, &commit, 3), EST);
    /* 100000 bytes ahead, 1000 long: inside the scaled window. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 100101, 5001, F_ACK, 1000,
           1000);
    ck_assert_uint_eq(run(ct, &p, &commit, 4), EST);
    /* 200000 bytes ahead: beyond it. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 300101, 5001, F_ACK, 1000,
           1000);
    ck_assert_uint_eq(run(ct, &p, &commit, 5), INV);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_tcp_rst)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_entry e;
    struct tcp_conv t;
    struct tpkt p;

    tcp_open(ct, &t);
    /* A RST must carry the expected sequence number (within one). */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, t.cseq + 100, 0, F_RST,
           0, 0);
    ck_assert_uint_eq(run(ct, &p, &commit, 3), INV);
    ck_assert_str_eq(kernel_state(ct, 3), "ESTABLISHED");
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, t.cseq, t.sseq,
           F_RST | F_ACK, 0, 0);
    ck_assert_uint_eq(run(ct, &p, &commit, 4), EST);
    e = only_entry(ct, 4);
    ck_assert_str_eq(ofct_ct_entry_kernel_tcp_state(&e), "CLOSE");
    ck_assert(e.tcp_reset);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_tcp_new_rules)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct tpkt p;

    /* A SYN+ACK does not start a connection; nor do impossible flags. */
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 80, 1000, 1, 2, F_SYN | F_ACK, 100,
           0);
    ck_assert_uint_eq(run(ct, &p, &commit, 0), INV);
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 1, 0, F_SYN | F_FIN, 100,
           0);
    ck_assert_uint_eq(run(ct, &p, &commit, 0), INV);
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 1, 0, 0, 100, 0);
    ck_assert_uint_eq(run(ct, &p, &commit, 0), INV);
    ck_assert_uint_eq(count_conns(ct, 0), 0);

    /* A connection already running is picked up from any valid segment. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1000, 80, 5000, 9000,
           F_ACK | F_PSH, 1000, 50);
    ck_assert_uint_eq(run(ct, &p, &commit, 0), NEW);
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 80, 1000, 9000, 5050, F_ACK, 1000,
           0);
    ck_assert_uint_eq(run(ct, &p, &commit, 1), EST_RPL);
    ck_assert_str_eq(kernel_state(ct, 1), "ESTABLISHED");
    ck_assert(only_entry(ct, 1).tcp_midstream);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_icmp_echo)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_entry e;
    struct tpkt req, rep;

    tp_icmp(&rep, "10.1.1.2", "10.1.1.1", 0, 0, 0x55dc0001, NULL, 0);
    ck_assert_uint_eq(run(ct, &rep, &commit, 0), INV);

    tp_icmp(&req, "10.1.1.1", "10.1.1.2", 8, 0, 0x55dc0001, NULL, 0);
    ck_assert_uint_eq(run(ct, &req, &commit, 0), NEW);
    ck_assert_uint_eq(run(ct, &rep, &commit, 1), EST_RPL);
    e = only_entry(ct, 1);
    ck_assert_str_eq(entry_text(&e, OFCT_CT_FORMAT_DPCTL),
                     "icmp,orig=(src=10.1.1.1,dst=10.1.1.2,id=21980,type=8,"
                     "code=0),reply=(src=10.1.1.2,dst=10.1.1.1,id=21980,"
                     "type=0,code=0)");
    /* Another identifier is another connection. */
    tp_icmp(&req, "10.1.1.1", "10.1.1.2", 8, 0, 0x55dd0001, NULL, 0);
    ck_assert_uint_eq(run(ct, &req, &commit, 2), NEW);
    ck_assert_uint_eq(count_conns(ct, 2), 2);

    /* ICMPv6 echo. */
    tp_icmp(&req, "fd00::1", "fd00::2", 128, 0, 0x00070001, NULL, 0);
    tp_icmp(&rep, "fd00::2", "fd00::1", 129, 0, 0x00070001, NULL, 0);
    ck_assert_uint_eq(run(ct, &req, &commit, 3), NEW);
    ck_assert_uint_eq(run(ct, &rep, &commit, 4), EST_RPL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_icmp_errors)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_packet pkt;
    struct tpkt udp, err, v6, err6;

    tp_udp(&udp, "10.1.1.1", "10.1.1.2", 34567, 7999, 9);
    tp_icmp_error(&err, "10.1.1.2", "10.1.1.1", 3, 3, &udp);
    /* No connection to relate it to. */
    ck_assert_uint_eq(run(ct, &err, &commit, 0), INV);
    ck_assert_uint_eq(count_conns(ct, 0), 0);

    ck_assert_uint_eq(run(ct, &udp, &commit, 0), NEW);
    memset(&pkt, 0, sizeof pkt);
    pkt.data = err.b;
    pkt.size = err.n;
    ofct_conntrack_execute(ct, &pkt, 1, &commit, 1);
    ck_assert_uint_eq(pkt.ct_state, REL_RPL);
    ck_assert_uint_eq(pkt.ct_orig.sport, 34567);
    ck_assert_uint_eq(pkt.ct_orig.proto, 17);
    /* A router on the way may send it too: still back to the sender. */
    tp_icmp_error(&err, "10.9.9.9", "10.1.1.1", 11, 0, &udp);
    ck_assert_uint_eq(run(ct, &err, &commit, 1), REL_RPL);
    /* Not back to the sender of the quoted packet: invalid. */
    tp_icmp_error(&err, "10.1.1.2", "10.1.1.3", 3, 3, &udp);
    ck_assert_uint_eq(run(ct, &err, &commit, 1), INV);
    /* Related packets do not count as the connection's traffic. */
    ck_assert_uint_eq(only_entry(ct, 1).packets[1], 0);

    /* ICMPv6 about a TCP connection, in the original direction. */
    tp_tcp(&v6, "fd00::1", "fd00::2", 1000, 80, 1, 0, F_SYN, 100, 0);
    ck_assert_uint_eq(run(ct, &v6, &commit, 2), NEW);
    tp_tcp(&v6, "fd00::2", "fd00::1", 80, 1000, 7, 2, F_SYN | F_ACK, 100, 0);
    tp_icmp_error(&err6, "fd00::1", "fd00::2", 1, 4, &v6);
    ck_assert_uint_eq(run(ct, &err6, &commit, 3),
                      OFCT_CS_REL | OFCT_CS_TRK);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_invalid_packets)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_stats stats;
    struct ofct_packet pkt;
    struct tpkt p;

    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    ck_assert_uint_eq(run(ct, &p, &commit, 0), NEW);
    /* Truncated, bad checksum, not IP: invalid, the connection intact. */
    memset(&pkt, 0, sizeof pkt);
    pkt.data = p.b;
    pkt.size = 40;
    ofct_conntrack_execute(ct, &pkt, 1, &commit, 1);
    ck_assert_uint_eq(pkt.ct_state, INV);
    ck_assert_int_eq(pkt.status, OFCT_PKT_TRUNCATED);
    p.b[p.n - 1] ^= 1;
    ck_assert_uint_eq(run(ct, &p, &commit, 2), INV);
    p.b[p.n - 1] ^= 1;
    p.b[12] = 0x08;
    p.b[13] = 0x06;
    ck_assert_uint_eq(run(ct, &p, &commit, 3), INV);
    p.b[13] = 0x00;
    ck_assert_uint_eq(run(ct, &p, &commit, 4), NEW);
    ofct_conntrack_get_stats(ct, &stats);
    ck_assert_uint_eq(stats.n_invalid, 3);
    ck_assert_uint_eq(stats.n_conns, 1);
    ck_assert_uint_eq(only_entry(ct, 4).packets[0], 2);

    /* With L4 checksums off, a bad UDP checksum passes. */
    ofct_conntrack_destroy(ct);
    ct = ofct_conntrack_create(&(struct ofct_ct_config) {
                                   .no_l4_csum = true });
    p.b[p.n - 1] ^= 1;
    ck_assert_uint_eq(run(ct, &p, &commit, 0), NEW);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_zones_and_limits)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_params z1 = { .commit = true, .zone = 1 };
    struct ofct_ct_params z2 = { .commit = true, .zone = 2 };
    struct ofct_ct_stats stats;
    struct ofct_packet pkt;
    struct tpkt a, b;

    tp_udp(&a, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    tp_udp(&b, "10.1.1.1", "10.1.1.2", 1, 3, 3);
    ck_assert_uint_eq(run(ct, &a, &z1, 0), NEW);
    ck_assert_uint_eq(run(ct, &a, &z1, 0), NEW);
    ck_assert_uint_eq(run(ct, &a, &z1, 0), EST);
    /* Zones do not see each other's connections. */
    ck_assert_uint_eq(run(ct, &a, &z2, 0), NEW);
    ck_assert_uint_eq(count_conns(ct, 0), 2);

    /* A zone limit refuses the next commit and says so. */
    ofct_conntrack_set_zone_limit(ct, 1, 1);
    memset(&pkt, 0, sizeof pkt);
    pkt.data = b.b;
    pkt.size = b.n;
    ofct_conntrack_execute(ct, &pkt, 1, &z1, 0);
    ck_assert_uint_eq(pkt.ct_state, NEW);
    ck_assert_uint_eq(pkt.ct_zone, 1);
    ofct_conntrack_get_stats(ct, &stats);
    ck_assert_uint_eq(stats.n_refused_zone, 1);
    ck_assert_uint_eq(stats.n_conns, 2);
    ck_assert_uint_eq(run(ct, &b, &z2, 0), NEW);

    /* The total limit. */
    ofct_conntrack_set_max_conns(ct, 3);
    ck_assert_uint_eq(run(ct, &b, &commit, 0), NEW);
    ofct_conntrack_get_stats(ct, &stats);
    ck_assert_uint_eq(stats.n_refused_full, 1);
    ck_assert_uint_eq(stats.n_conns, 3);

    /* Expired connections free their place, swept or not. */
    ck_assert_uint_eq(run(ct, &b, &commit, 61000), NEW);
    ofct_conntrack_get_stats(ct, &stats);
    ck_assert_uint_eq(stats.n_refused_full, 1);
    ck_assert_uint_eq(stats.n_conns, 1);
    ck_assert_uint_eq(stats.n_expired, 3);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_timeout_policies)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_params z7 = { .commit = true, .zone = 7 };
    enum ofct_ct_timeout tm;
    struct tpkt a;

    ck_assert_int_eq(ofct_ct_timeout_from_name("udp_first", &tm), 0);
    ck_assert_int_eq(tm, OFCT_CT_TM_UDP_FIRST);
    ck_assert_uint_eq(ofct_ct_timeout_default(tm), 60);
    ck_assert_int_eq(ofct_ct_timeout_from_name("udp_last", &tm), -1);

    ofct_conntrack_set_timeout(ct, 7, OFCT_CT_TM_UDP_FIRST, 5);
    tp_udp(&a, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    ck_assert_uint_eq(run(ct, &a, &z7, 0), NEW);
    ck_assert_uint_eq(run(ct, &a, &commit, 0), NEW);
    ck_assert_uint_eq(count_conns(ct, 4999), 2);
    ck_assert_uint_eq(count_conns(ct, 5000), 1);
    ck_assert_uint_eq(run(ct, &a, &z7, 5000), NEW);
    /* The zone 7 connection that expired at 5 s, its successor and the
     * zone 0 one. */
    ck_assert_uint_eq(ofct_conntrack_sweep(ct, 60000), 3);
    ck_assert_uint_eq(count_conns(ct, 0), 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Finds a UDP source port whose key lands in the same shard and bucket
 * as the key with source port 1 (the table starts with 16 buckets). */
static uint16_t
colliding_port(struct ofct_conntrack *ct)
{
    struct tpkt p;
    struct ofct_flow_key flow;
    struct ct_key key;
    uint32_t h0 = 0;
    uint16_t sport;

    for (sport = 1; sport < 65535; sport++) {
        uint32_t h;

        tp_udp(&p, "10.1.1.1", "10.1.1.2", sport, 2, 3);
        ofct_flow_parse(p.b, p.n, NULL, &flow, NULL);
        ct_key_from_flow(&flow, 0, &key);
        h = ct_key_hash(ct, &key);
        if (sport == 1) {
            h0 = h;
        } else if (h >> 24 == h0 >> 24 && (h & 15) == (h0 & 15)) {
            return sport;
        }
    }
    ck_abort_msg("no colliding port");
    return 0;
}

START_TEST(test_expired_never_matches)
{
    struct ofct_ct_config cfg = { .seed = 42 };
    struct ofct_conntrack *ct = ofct_conntrack_create(&cfg);
    uint16_t other = colliding_port(ct);
    struct tpkt a, b, a_rep;

    tp_udp(&a, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    tp_udp(&a_rep, "10.1.1.2", "10.1.1.1", 2, 1, 3);
    tp_udp(&b, "10.1.1.1", "10.1.1.2", other, 2, 3);

    /* 'a' expires at 60 s; 'b', in the same chain, lives to 110 s. */
    ck_assert_uint_eq(run(ct, &a, &commit, 0), NEW);
    ck_assert_uint_eq(run(ct, &b, &commit, 50000), NEW);
    ck_assert_uint_eq(run(ct, &a, &lookup, 60000), NEW);
    ck_assert_uint_eq(run(ct, &a_rep, &lookup, 60000), NEW);
    ck_assert_uint_eq(run(ct, &b, &lookup, 60000), NEW);
    ck_assert_uint_eq(run(ct, &b, &lookup, 60000), EST);

    /* A new 'a' while the old one is still in its chain, unswept: the
     * live one matches, the expired one never. */
    ck_assert_uint_eq(run(ct, &a, &commit, 70000), NEW);
    ck_assert_uint_eq(run(ct, &a_rep, &commit, 70001), EST_RPL);
    ck_assert_uint_eq(count_conns(ct, 70001), 2);
    ck_assert_uint_eq(ofct_conntrack_sweep(ct, 70001), 1);
    ck_assert_uint_eq(run(ct, &a, &commit, 70002), EST);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_force)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_params force = { .commit = true, .force = true };
    struct ofct_ct_entry e;
    struct tpkt a, r;

    tp_udp(&a, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    tp_udp(&r, "10.1.1.2", "10.1.1.1", 2, 1, 3);
    ck_assert_uint_eq(run(ct, &a, &commit, 0), NEW);
    /* In the original direction force changes nothing. */
    ck_assert_uint_eq(run(ct, &a, &force, 1), NEW);
    ck_assert_uint_eq(run(ct, &a, &force, 2), EST);
    /* In the reply direction it restarts the connection this way. */
    ck_assert_uint_eq(run(ct, &r, &force, 3), NEW);
    e = only_entry(ct, 3);
    ck_assert_uint_eq(e.orig.sport, 2);
    ck_assert_uint_eq(run(ct, &a, &commit, 4), EST_RPL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_mark_and_label)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_params p = {
        .commit = true, .zone = 5,
        .set_mark = true, .mark = 0x12, .mark_mask = 0xff,
        .set_label = true, .label = { 0, 0xab }, .label_mask = { 0, 0xff },
    };
    struct ofct_ct_entry e;
    struct ofct_packet pkt;
    struct tpkt a;

    tp_udp(&a, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    memset(&pkt, 0, sizeof pkt);
    pkt.data = a.b;
    pkt.size = a.n;
    ofct_conntrack_execute(ct, &pkt, 1, &p, 0);
    ck_assert_uint_eq(pkt.ct_mark, 0x12);
    ck_assert_uint_eq(pkt.ct_label.lo, 0xab);
    ck_assert_uint_eq(pkt.ct_zone, 5);
    /* Masked: only the low byte changes. */
    p.mark = 0x3434;
    ofct_conntrack_execute(ct, &pkt, 1, &p, 1);
    ck_assert_uint_eq(pkt.ct_mark, 0x34);
    e = only_entry(ct, 1);
    ck_assert_str_eq(entry_text(&e, OFCT_CT_FORMAT_DPCTL),
                     "udp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=1,dport=2),"
                     "reply=(src=10.1.1.2,dst=10.1.1.1,sport=2,dport=1),"
                     "zone=5,mark=52,labels=0xab");
    ck_assert_str_eq(entry_text(&e, OFCT_CT_FORMAT_CONNTRACK),
                     "ipv4     2 udp      17 60 src=10.1.1.1 dst=10.1.1.2 "
                     "sport=1 dport=2 packets=2 bytes=62 [UNREPLIED] "
                     "src=10.1.1.2 dst=10.1.1.1 sport=2 dport=1 packets=0 "
                     "bytes=0 mark=52 zone=5 use=1");
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_flush)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_params z1 = { .commit = true, .zone = 1 };
    struct ofct_ct_tuple t;
    struct tpkt p;
    uint16_t zone = 1;
    int i;

    for (i = 0; i < 100; i++) {
        tp_udp(&p, "10.1.1.1", "10.1.1.2", 1000 + i, 53, 0);
        run(ct, &p, i % 2 ? &z1 : &commit, 0);
    }
    ck_assert_uint_eq(count_conns(ct, 0), 100);

    /* By tuple, original or reply, in its zone. */
    memset(&t, 0, sizeof t);
    t.family = 4;
    t.proto = 17;
    ofct_ip_addr_parse("10.1.1.2", &t.src);
    ofct_ip_addr_parse("10.1.1.1", &t.dst);
    t.sport = 53;
    t.dport = 1000;
    ck_assert_uint_eq(ofct_conntrack_flush(ct, &zone, &t), 0);
    ck_assert_uint_eq(ofct_conntrack_flush(ct, NULL, &t), 1);
    ck_assert_uint_eq(count_conns(ct, 0), 99);

    ck_assert_uint_eq(ofct_conntrack_flush(ct, &zone, NULL), 50);
    ck_assert_uint_eq(ofct_conntrack_flush(ct, NULL, NULL), 49);
    ck_assert_uint_eq(count_conns(ct, 0), 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_many_connections)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct ofct_ct_stats stats;
    struct tpkt p;
    int i;

    /* Enough to make every shard grow a few times. */
    for (i = 0; i < 20000; i++) {
        tp_udp(&p, "10.1.1.1", "10.1.1.2", 1 + i % 60000, 1 + i / 60000, 0);
        ck_assert_uint_eq(run(ct, &p, &commit, 0), NEW);
    }
    for (i = 0; i < 20000; i++) {
        tp_udp(&p, "10.1.1.2", "10.1.1.1", 1 + i / 60000, 1 + i % 60000, 0);
        ck_assert_uint_eq(run(ct, &p, &lookup, 1), EST_RPL);
    }
    ofct_conntrack_get_stats(ct, &stats);
    ck_assert_uint_eq(stats.n_conns, 20000);
    ck_assert_uint_eq(stats.n_created, 20000);
    ck_assert_uint_eq(count_conns(ct, 1), 20000);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Threads hammer the same connections from both directions while the
 * main thread flushes: under the sanitizers, any use after free or race on
 * the table would show. */
struct hammer {
    struct ofct_conntrack *ct;
    int tid;
};

static void *
hammer_main(void *h_)
{
    struct hammer *h = h_;
    struct ofct_packet pkts[16];
    struct tpkt p[16];
    int round, i;

    for (round = 0; round < 300; round++) {
        for (i = 0; i < 16; i++) {
            int c = (round + i) % 64;

            if ((i + h->tid) % 2) {
                tp_udp(&p[i], "10.1.1.1", "10.1.1.2", 1 + c, 2, 0);
            } else {
                tp_udp(&p[i], "10.1.1.2", "10.1.1.1", 2, 1 + c, 0);
            }
            memset(&pkts[i], 0, sizeof pkts[i]);
            pkts[i].data = p[i].b;
            pkts[i].size = p[i].n;
        }
        ofct_conntrack_execute(h->ct, pkts, 16, &commit, round);
        for (i = 0; i < 16; i++) {
            ck_assert(pkts[i].ct_state & OFCT_CS_TRK);
            ck_assert(!(pkts[i].ct_state & OFCT_CS_INV));
        }
    }
    return NULL;
}

START_TEST(test_threads)
{
    struct ofct_conntrack *ct = ofct_conntrack_create(NULL);
    struct hammer h[3];
    pthread_t threads[3];
    int i;

    for (i = 0; i < 3; i++) {
        h[i].ct = ct;
        h[i].tid = i;
        pthread_create(&threads[i], NULL, hammer_main, &h[i]);
    }
    for (i = 0; i < 20; i++) {
        ofct_conntrack_flush(ct, NULL, NULL);
        ofct_conntrack_sweep(ct, 1000000);
    }
    for (i = 0; i < 3; i++) {
        pthread_join(threads[i], NULL);
    }
    ck_assert_uint_le(count_conns(ct, 0), 128);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Damaged packets of tracked connections: whatever the damage, the
 * engine answers, and the connections stay consistent (every dumped one
 * is whole and each packet is tracked). */
START_TEST(test_mutations)
{
    /* Without L4 checksums, so that damage past the IP header reaches
     * the trackers instead of stopping at the parser. */
    struct ofct_ct_config cfg = { .no_l4_csum = true };
    struct ofct_conntrack *ct = ofct_conntrack_create(&cfg);
    struct tpkt base[5];
    uint32_t seed = 777;
    int i, k;

    tp_tcp(&base[0], "10.1.1.1", "10.1.1.2", 1000, 80, 1, 0, F_SYN, 100, 0);
    tp_tcp(&base[1], "10.1.1.2", "10.1.1.1", 80, 1000, 9, 2, F_SYN | F_ACK,
           100, 0);
    tp_udp(&base[2], "10.1.1.1", "10.1.1.2", 5, 6, 10);
    tp_icmp_error(&base[3], "10.1.1.2", "10.1.1.1", 3, 3, &base[2]);
    tp_icmp(&base[4], "fd00::1", "fd00::2", 128, 0, 7, NULL, 0);
    for (i = 0; i < 5; i++) {
        run(ct, &base[i], &commit, 0);
    }
    for (i = 0; i < 20000; i++) {
        struct tpkt p = base[i % 5];
        struct ofct_packet pkt;

        for (k = 0; k < 2; k++) {
            seed = seed * 1103515245 + 12345;
            p.b[(seed >> 8) % p.n] ^= 1 << (seed >> 4 & 7);
        }
        seed = seed * 1103515245 + 12345;
        memset(&pkt, 0, sizeof pkt);
        pkt.data = p.b;
        pkt.size = seed >> 28 ? p.n : (seed >> 8) % (p.n + 1);
        ofct_conntrack_execute(ct, &pkt, 1, &commit, i);
        ck_assert(pkt.ct_state & OFCT_CS_TRK);
    }
    ck_assert_uint_le(count_conns(ct, 20000), 20005);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_params_check)
{
    struct ofct_ct_params p = { .commit = true, .helper = "nonesuch" };
    struct ofct_error err;

    ck_assert_int_eq(ofct_ct_params_check(&p, &err), -1);
    ck_assert_str_eq(err.msg, "nonesuch: no such helper (ALG)");
    p.helper = NULL;
    p.commit = false;
    p.force = true;
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), -1);
    p.commit = true;
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), 0);
}
END_TEST

static Suite *
conntrack_suite(void)
{
    Suite *s = suite_create("conntrack");
    TCase *tc = tcase_create("engine");

    tcase_add_test(tc, test_state_format);
    tcase_add_test(tc, test_udp_states);
    tcase_add_test(tc, test_fast_key_agrees);
    tcase_add_test(tc, test_tcp_lifecycle);
    tcase_add_test(tc, test_tcp_window);
    tcase_add_test(tc, test_tcp_window_scaling);
    tcase_add_test(tc, test_tcp_rst);
    tcase_add_test(tc, test_tcp_new_rules);
    tcase_add_test(tc, test_icmp_echo);
    tcase_add_test(tc, test_icmp_errors);
    tcase_add_test(tc, test_invalid_packets);
    tcase_add_test(tc, test_zones_and_limits);
    tcase_add_test(tc, test_timeout_policies);
    tcase_add_test(tc, test_expired_never_matches);
    tcase_add_test(tc, test_force);
    tcase_add_test(tc, test_mark_and_label);
    tcase_add_test(tc, test_flush);
    tcase_add_test(tc, test_many_connections);
    tcase_add_test(tc, test_threads);
    tcase_add_test(tc, test_mutations);
    tcase_add_test(tc, test_params_check);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(conntrack_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
