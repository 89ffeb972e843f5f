/* Unit tests for NAT in the conntrack engine (lib/conntrack/ct-nat*.c,
 * ct-ftp-nat.c): translation in both directions with checksums, tuple
 * allocation, ICMP errors, and the FTP and TFTP helpers under NAT.
 *
 * Most checks compare a translated frame byte for byte with the frame
 * built from scratch with the translated headers (tests/unit/pkt-build.h
 * computes every checksum in full), so that any checksum the incremental
 * updates get wrong shows. */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-alg.h"
#include "conntrack/ct-nat.h"
#include "conntrack/ct-private.h"
#include "ofct/conntrack.h"
#include "packet/parse-private.h"
#include "pkt-build.h"

#define TRK OFCT_CS_TRK
#define NEW (OFCT_CS_NEW | TRK)
#define EST (OFCT_CS_EST | TRK)
#define RPL OFCT_CS_RPL
#define REL OFCT_CS_REL
#define INV (OFCT_CS_INV | TRK)
#define SNAT OFCT_CS_SNAT
#define DNAT OFCT_CS_DNAT

static struct ofct_conntrack *
engine(void)
{
    struct ofct_ct_config cfg = { .seed = 42 };

    return ofct_conntrack_create(&cfg);
}

/* The parameters of a ct action in the datapath syntax. */
static struct ofct_ct_params
ct_action(const char *text)
{
    struct ofct_ct_params params;
    struct ofct_error err;

    ofct_error_clear(&err);
    if (ofct_ct_params_parse(text, &params, &err)) {
        ck_abort_msg("%s: %s", text, err.msg);
    }
    return params;
}

/* Runs 'p' through 'ct' with 'text''s parameters, in place (with room to
 * grow), and returns its ct_state. */
static uint8_t
run(struct ofct_conntrack *ct, struct tpkt *p, const char *text, int64_t now)
{
    struct ofct_ct_params params = ct_action(text);
    struct ofct_packet pkt;

    memset(&pkt, 0, sizeof pkt);
    pkt.data = p->b;
    pkt.size = p->n;
    pkt.capacity = sizeof p->b;
    ofct_conntrack_execute(ct, &pkt, 1, &params, now);
    p->n = pkt.size;
    return pkt.ct_state;
}

static void
hexdump_diff(const struct tpkt *got, const struct tpkt *want)
{
    size_t i, n = got->n > want->n ? got->n : want->n;

    for (i = 0; i < n; i++) {
        int g = i < got->n ? got->b[i] : -1;
        int w = i < want->n ? want->b[i] : -1;

        if (g != w) {
            fprintf(stderr, "  byte %zu: got %d, want %d\n", i, g, w);
        }
    }
}

/* 'got' is 'want', byte for byte. */
#define ck_frame_eq(GOT, WANT)                                          \
    do {                                                                \
        if ((GOT)->n != (WANT)->n                                       \
            || memcmp((GOT)->b, (WANT)->b, (GOT)->n)) {                 \
            hexdump_diff(GOT, WANT);                                    \
            ck_abort_msg("frames differ (%zu and %zu bytes)",           \
                         (GOT)->n, (WANT)->n);                          \
        }                                                               \
    } while (0)

/* The frame parses with every checksum right. */
static void
ck_csums_ok(const struct tpkt *p)
{
    struct ofct_flow_key key;
    struct ofct_error err;

    ofct_error_clear(&err);
    ck_assert_msg(ofct_flow_parse(p->b, p->n, NULL, &key, &err)
                  == OFCT_PKT_OK, "%s", err.msg);
}

static struct ofct_ct_stats
stats(struct ofct_conntrack *ct)
{
    struct ofct_ct_stats s;

    ofct_conntrack_get_stats(ct, &s);
    return s;
}

/* The dump line (dpctl format) of the connection whose original source
 * port (or ICMP identifier) is 'sport', or "" if none. */
static const char *
conn_line(struct ofct_conntrack *ct, uint16_t sport, int64_t now)
{
    static char text[512];
    struct ofct_ct_dump *d = ofct_conntrack_dump_start(ct, NULL, now);
    struct ofct_ct_entry e;

    text[0] = '\0';
    while (ofct_conntrack_dump_next(d, &e)) {
        if (e.orig.sport == sport || (!e.orig.sport && e.orig.icmp_id
                                      == sport)) {
            struct ofct_buf b = OFCT_BUF_INITIALIZER;

            ofct_ct_entry_format(&e, OFCT_CT_FORMAT_DPCTL, false, &b);
            snprintf(text, sizeof text, "%s", ofct_buf_cstr(&b));
            ofct_buf_uninit(&b);
        }
    }
    ofct_conntrack_dump_done(d);
    return text;
}

/* Translation of TCP, UDP and ICMP, both ways. */

START_TEST(test_snat_tcp)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p, want;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 40000, 80, 1000, 0, F_SYN, 64000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=10.1.1.240))", 1),
                      NEW | SNAT);
    tp_tcp(&want, "10.1.1.240", "10.1.1.2", 40000, 80, 1000, 0, F_SYN,
           64000, 0);
    ck_frame_eq(&p, &want);

    /* The reply comes to the translated address; bare nat un-NATs it. */
    tp_tcp(&p, "10.1.1.2", "10.1.1.240", 80, 40000, 9000, 1001,
           F_SYN | F_ACK, 64000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(nat)", 2), EST | RPL | DNAT);
    tp_tcp(&want, "10.1.1.2", "10.1.1.1", 80, 40000, 9000, 1001,
           F_SYN | F_ACK, 64000, 0);
    ck_frame_eq(&p, &want);

    /* Later packets with a range translate as the connection says. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 40000, 80, 1001, 9001, F_ACK, 64000,
           100);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=10.9.9.9))", 3),
                      EST | SNAT);
    tp_tcp(&want, "10.1.1.240", "10.1.1.2", 40000, 80, 1001, 9001, F_ACK,
           64000, 100);
    ck_frame_eq(&p, &want);

    /* A ct action without nat leaves the packet as it is. */
    tp_tcp(&p, "10.1.1.2", "10.1.1.240", 80, 40000, 9001, 1101, F_ACK,
           64000, 0);
    want = p;
    ck_assert_uint_eq(run(ct, &p, "ct(commit)", 4), EST | RPL);
    ck_frame_eq(&p, &want);

    /* The untranslated reply is not the connection's. */
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 80, 40000, 9001, 1101, F_ACK,
           64000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(nat)", 5), NEW);

    ck_assert_str_eq(conn_line(ct, 40000, 5), "tcp,orig=(src=10.1.1.1,"
                     "dst=10.1.1.2,sport=40000,dport=80),reply=(src=10.1.1.2,"
                     "dst=10.1.1.240,sport=80,dport=40000),"
                     "protoinfo=(state=ESTABLISHED)");
    ck_assert_uint_eq(stats(ct).n_nat_conns, 1);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_dnat_tcp_port)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p, want;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 40000, 80, 1000, 0, F_SYN, 64000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(dst=10.1.1.3:8080))", 1),
                      NEW | DNAT);
    tp_tcp(&want, "10.1.1.1", "10.1.1.3", 40000, 8080, 1000, 0, F_SYN, 64000,
           0);
    ck_frame_eq(&p, &want);

    tp_tcp(&p, "10.1.1.3", "10.1.1.1", 8080, 40000, 9000, 1001,
           F_SYN | F_ACK, 64000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(nat)", 2), EST | RPL | SNAT);
    tp_tcp(&want, "10.1.1.2", "10.1.1.1", 80, 40000, 9000, 1001,
           F_SYN | F_ACK, 64000, 0);
    ck_frame_eq(&p, &want);
    ck_assert_str_eq(conn_line(ct, 40000, 2), "tcp,orig=(src=10.1.1.1,"
                     "dst=10.1.1.2,sport=40000,dport=80),reply=(src=10.1.1.3,"
                     "dst=10.1.1.1,sport=8080,dport=40000),"
                     "protoinfo=(state=ESTABLISHED)");
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_snat_ipv6_udp)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p, want;

    tp_udp(&p, "fd00::1", "fd00::2", 5353, 53, 30);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=[fd00::f0]))", 1),
                      NEW | SNAT);
    tp_udp(&want, "fd00::f0", "fd00::2", 5353, 53, 30);
    ck_frame_eq(&p, &want);

    tp_udp(&p, "fd00::2", "fd00::f0", 53, 5353, 70);
    ck_assert_uint_eq(run(ct, &p, "ct(nat)", 2), EST | RPL | DNAT);
    tp_udp(&want, "fd00::2", "fd00::1", 53, 5353, 70);
    ck_frame_eq(&p, &want);

    /* TCP over IPv6 with a port range. */
    tp_tcp(&p, "fd00::1", "fd00::2", 40000, 80, 5, 0, F_SYN, 64000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=[fd00::f0]:2000))", 3),
                      NEW | SNAT);
    tp_tcp(&want, "fd00::f0", "fd00::2", 2000, 80, 5, 0, F_SYN, 64000, 0);
    ck_frame_eq(&p, &want);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_udp_no_checksum)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p;

    /* An IPv4 UDP datagram without a checksum keeps none. */
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 5353, 53, 31);
    memset(p.b + p.l4 + 6, 0, 2);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=10.1.1.240:7000))", 1),
                      NEW | SNAT);
    ck_assert_uint_eq(p.b[p.l4 + 6] | p.b[p.l4 + 7], 0);
    ck_assert_uint_eq(get16(p.b + p.l4), 7000);
    ck_assert_mem_eq(p.b + p.l3 + 12, "\x0a\x01\x01\xf0", 4);
    ck_csums_ok(&p);
    ofct_conntrack_destroy(ct);
}
END_TEST

static void
ping(struct tpkt *p, const char *src, const char *dst, uint8_t type,
     uint16_t id, uint16_t seq)
{
    static const uint8_t body[16] = "0123456789abcdef";

    tp_icmp(p, src, dst, type, 0, (uint32_t) id << 16 | seq, body,
            sizeof body);
}

START_TEST(test_icmp_echo)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p, want;

    ping(&p, "10.1.1.1", "10.1.1.2", 8, 0x1234, 1);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=10.1.1.240))", 1),
                      NEW | SNAT);
    ping(&want, "10.1.1.240", "10.1.1.2", 8, 0x1234, 1);
    ck_frame_eq(&p, &want);
    ping(&p, "10.1.1.2", "10.1.1.240", 0, 0x1234, 1);
    ck_assert_uint_eq(run(ct, &p, "ct(nat)", 2), EST | RPL | DNAT);
    ping(&want, "10.1.1.2", "10.1.1.1", 0, 0x1234, 1);
    ck_frame_eq(&p, &want);

    /* Another client with the same identifier to the same server: the
     * translated identifier must differ, and translates back. */
    ping(&p, "10.1.1.5", "10.1.1.2", 8, 0x1234, 7);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=10.1.1.240))", 3),
                      NEW | SNAT);
    ck_csums_ok(&p);
    ck_assert_uint_ne(get16(p.b + p.l4 + 4), 0x1234);
    {
        uint16_t id = get16(p.b + p.l4 + 4);

        ping(&p, "10.1.1.2", "10.1.1.240", 0, id, 7);
        ck_assert_uint_eq(run(ct, &p, "ct(nat)", 4), EST | RPL | DNAT);
        ping(&want, "10.1.1.2", "10.1.1.5", 0, 0x1234, 7);
        ck_frame_eq(&p, &want);
    }

    /* ICMPv6, whose checksum covers the addresses. */
    ping(&p, "fd00::1", "fd00::2", 128, 77, 1);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(dst=[fd00::3]))", 5),
                      NEW | DNAT);
    ping(&want, "fd00::1", "fd00::3", 128, 77, 1);
    ck_frame_eq(&p, &want);
    ping(&p, "fd00::3", "fd00::1", 129, 77, 1);
    ck_assert_uint_eq(run(ct, &p, "ct(nat)", 6), EST | RPL | SNAT);
    ping(&want, "fd00::2", "fd00::1", 129, 77, 1);
    ck_frame_eq(&p, &want);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Tuple allocation. */

static uint8_t
syn(struct ofct_conntrack *ct, const char *src, uint16_t sport,
    const char *dst, const char *action, int64_t now, struct tpkt *p)
{
    tp_tcp(p, src, dst, sport, 80, 1000, 0, F_SYN, 64000, 0);
    return run(ct, p, action, now);
}

START_TEST(test_exhaustion)
{
    static const char *nat = "ct(commit,nat(src=10.1.1.240:10000-10001))";
    struct ofct_conntrack *ct = engine();
    struct tpkt p;
    uint16_t a, b;

    ck_assert_uint_eq(syn(ct, "10.1.1.1", 40000, "10.1.1.2", nat, 1, &p),
                      NEW | SNAT);
    a = get16(p.b + p.l4);
    ck_assert_uint_eq(syn(ct, "10.1.1.3", 40000, "10.1.1.2", nat, 1, &p),
                      NEW | SNAT);
    b = get16(p.b + p.l4);
    ck_assert(a != b && a >= 10000 && a <= 10001 && b >= 10000 && b <= 10001);

    /* Full: invalid, counted, nothing stored. */
    ck_assert_uint_eq(syn(ct, "10.1.1.4", 40000, "10.1.1.2", nat, 1, &p),
                      INV);
    ck_assert_uint_eq(stats(ct).n_nat_exhausted, 1);
    ck_assert_uint_eq(stats(ct).n_conns, 2);

    /* Another destination has its own tuples (RFC 4787 endpoint
     * dependent mapping of the tuple). */
    ck_assert_uint_eq(syn(ct, "10.1.1.4", 40000, "10.1.1.9", nat, 1, &p),
                      NEW | SNAT);

    /* A connection that goes frees its tuple. */
    {
        struct ofct_ct_tuple t;

        memset(&t, 0, sizeof t);
        t.family = 4;
        t.proto = 6;
        ofct_ip_addr_parse("10.1.1.1", &t.src);
        ofct_ip_addr_parse("10.1.1.2", &t.dst);
        t.sport = 40000;
        t.dport = 80;
        ck_assert_uint_eq(ofct_conntrack_flush(ct, NULL, &t), 1);
    }
    ck_assert_uint_eq(syn(ct, "10.1.1.4", 40000, "10.1.1.2", nat, 2, &p),
                      NEW | SNAT);
    ck_assert_uint_eq(get16(p.b + p.l4), a);
    ck_assert_uint_eq(stats(ct).n_nat_conns, 3);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expiry_frees_tuple)
{
    static const char *nat = "ct(commit,nat(src=10.1.1.240:10000))";
    struct ofct_conntrack *ct = engine();
    struct tpkt p;

    ck_assert_uint_eq(syn(ct, "10.1.1.1", 40000, "10.1.1.2", nat, 0, &p),
                      NEW | SNAT);
    ck_assert_uint_eq(syn(ct, "10.1.1.3", 40000, "10.1.1.2", nat, 1000, &p),
                      INV);
    /* tcp_syn_sent is 30 s: expired, swept or not, the tuple is free. */
    ck_assert_uint_eq(syn(ct, "10.1.1.3", 40000, "10.1.1.2", nat, 31000, &p),
                      NEW | SNAT);
    ck_assert_uint_eq(ofct_conntrack_sweep(ct, 31000), 1);
    ck_assert_uint_eq(stats(ct).n_nat_conns, 1);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* The port that a SYN from 'client':'sport' gets. */
static uint16_t
snat_port(struct ofct_conntrack *ct, const char *client, uint16_t sport,
          const char *action)
{
    struct tpkt p;

    ck_assert_uint_eq(syn(ct, client, sport, "10.1.1.2", action, 1, &p),
                      NEW | SNAT);
    ck_csums_ok(&p);
    return get16(p.b + p.l4);
}

START_TEST(test_port_choice)
{
    static const char *none = "ct(commit,nat(src=10.1.1.240))";
    static const char *range = "ct(commit,nat(src=10.1.1.240:5000-5999))";
    struct ofct_conntrack *ct = engine();
    uint16_t port;

    /* The original port if it is free; then one of its class. */
    ck_assert_uint_eq(snat_port(ct, "10.1.1.1", 5000, none), 5000);
    port = snat_port(ct, "10.1.1.3", 5000, none);
    ck_assert(port != 5000 && port >= 1024);
    ck_assert_uint_eq(snat_port(ct, "10.1.1.1", 700, none), 700);
    port = snat_port(ct, "10.1.1.3", 700, none);
    ck_assert(port != 700 && port >= 600 && port <= 1023);
    ck_assert_uint_eq(snat_port(ct, "10.1.1.1", 100, none), 100);
    port = snat_port(ct, "10.1.1.3", 100, none);
    ck_assert(port != 100 && port >= 1 && port <= 511);

    /* In a range, the original port if it is in it and free. */
    ck_assert_uint_eq(snat_port(ct, "10.1.1.4", 5500, range), 5500);
    port = snat_port(ct, "10.1.1.5", 5500, range);
    ck_assert(port != 5500 && port >= 5000 && port <= 5999);
    port = snat_port(ct, "10.1.1.6", 40000, range);
    ck_assert(port >= 5000 && port <= 5999);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_port_hash_random)
{
    static const char *hash = "ct(commit,nat(src=10.1.1.240:5000-5999,hash))";
    static const char *rnd = "ct(commit,nat(src=10.1.1.240:5000-5999,"
                             "random))";
    struct ofct_conntrack *ct1 = engine(), *ct2 = engine();
    uint16_t a, b;
    int i, kept = 0;

    /* hash: the same connection gets the same port with the same key, and
     * the original port is not kept on purpose. */
    for (i = 0; i < 20; i++) {
        char client[32];

        snprintf(client, sizeof client, "10.1.2.%d", i + 1);
        a = snat_port(ct1, client, 5500, hash);
        b = snat_port(ct2, client, 5500, hash);
        ck_assert_uint_eq(a, b);
        ck_assert(a >= 5000 && a <= 5999);
        kept += a == 5500;
    }
    ck_assert_int_lt(kept, 3);

    /* random: in the range, and no two connections to one destination on
     * the same port. */
    for (i = 0; i < 20; i++) {
        static bool used[1000];
        char client[32];

        snprintf(client, sizeof client, "10.1.3.%d", i + 1);
        a = snat_port(ct1, client, 5500, rnd);
        ck_assert(a >= 5000 && a <= 5999);
        ck_assert(!used[a - 5000]);
        used[a - 5000] = true;
    }
    ofct_conntrack_destroy(ct1);
    ofct_conntrack_destroy(ct2);
}
END_TEST

START_TEST(test_address_range)
{
    static const char *pers = "ct(commit,nat(src=10.1.1.240-10.1.1.250,"
                              "persistent))";
    static const char *plain = "ct(commit,nat(src=10.1.1.240-10.1.1.250))";
    struct ofct_conntrack *ct = engine();
    uint8_t first = 0;
    int i, distinct = 0;
    bool seen[256] = { false };

    /* persistent: one client keeps its address whatever it talks to. */
    for (i = 0; i < 8; i++) {
        char server[32];
        struct tpkt p;

        snprintf(server, sizeof server, "10.1.4.%d", i + 1);
        ck_assert_uint_eq(syn(ct, "10.1.1.1", 4000, server, pers, 1, &p),
                          NEW | SNAT);
        if (!i) {
            first = p.b[p.l3 + 15];
        }
        ck_assert_uint_eq(p.b[p.l3 + 15], first);
    }
    ck_assert(first >= 240 && first <= 250);

    /* Without: the address depends on the destination too, in range. */
    for (i = 0; i < 32; i++) {
        char server[32];
        struct tpkt p;

        snprintf(server, sizeof server, "10.1.5.%d", i + 1);
        ck_assert_uint_eq(syn(ct, "10.1.1.1", 4001, server, plain, 1, &p),
                          NEW | SNAT);
        ck_assert(p.b[p.l3 + 15] >= 240 && p.b[p.l3 + 15] <= 250);
        distinct += !seen[p.b[p.l3 + 15]];
        seen[p.b[p.l3 + 15]] = true;
    }
    ck_assert_int_gt(distinct, 3);

    /* An IPv6 range wider than 64 bits still works. */
    {
        struct tpkt p;

        tp_tcp(&p, "fd00::1", "fd00::2", 40000, 80, 1, 0, F_SYN, 100, 0);
        ck_assert_uint_eq(run(ct, &p, "ct(commit,nat(src=[fd00::]-[fd00:0:"
                              "ffff:ffff:ffff:ffff:ffff:ffff]))", 1),
                          NEW | SNAT);
        ck_csums_ok(&p);
    }
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_unique_tuples)
{
    static const char *nat = "ct(commit,nat(src=10.1.1.240:20000-20255,"
                             "random))";
    struct ofct_conntrack *ct = engine();
    bool used[256] = { false };
    int i;

    /* 200 clients with the same port to one server through 256 ports. */
    for (i = 0; i < 200; i++) {
        char client[32];
        uint16_t port;

        snprintf(client, sizeof client, "10.2.%d.%d", i / 250, i % 250 + 1);
        port = snat_port(ct, client, 5000, nat);
        ck_assert(port >= 20000 && port <= 20255);
        ck_assert_msg(!used[port - 20000], "port %u twice", port);
        used[port - 20000] = true;
    }
    ck_assert_uint_eq(stats(ct).n_nat_exhausted, 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_reply_clash)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p;

    /* 10.1.1.1:40000 -> 10.1.1.2:80 becomes 10.1.1.240:40000 -> ... */
    ck_assert_uint_eq(syn(ct, "10.1.1.1", 40000, "10.1.1.2",
                          "ct(commit,nat(src=10.1.1.240))", 1, &p),
                      NEW | SNAT);
    /* A connection from the NAT address itself with that port would have
     * the same reply tuple: refused. */
    ck_assert_uint_eq(syn(ct, "10.1.1.240", 40000, "10.1.1.2", "ct(commit)",
                          2, &p), INV);
    ck_assert_uint_eq(stats(ct).n_nat_clash, 1);
    /* And a NAT to a tuple that another connection has is avoided. */
    ck_assert_uint_eq(syn(ct, "10.1.1.7", 40001, "10.1.1.2", "ct(commit)", 3,
                          &p), NEW);
    ck_assert_uint_eq(syn(ct, "10.1.1.8", 40001, "10.1.1.2",
                          "ct(commit,nat(src=10.1.1.7))", 4, &p), NEW | SNAT);
    ck_assert_uint_ne(get16(p.b + p.l4), 40001);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_family_mismatch)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p;

    ck_assert_uint_eq(syn(ct, "10.1.1.1", 40000, "10.1.1.2",
                          "ct(commit,nat(src=[fd00::1]))", 1, &p), INV);
    ck_assert_uint_eq(stats(ct).n_conns, 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* ICMP errors. */

START_TEST(test_icmp_error_snat)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt orig, sent, err, want;

    /* A UDP datagram, source-NATed... */
    tp_udp(&orig, "10.1.1.1", "10.1.1.2", 5000, 9999, 12);
    sent = orig;
    ck_assert_uint_eq(run(ct, &sent, "ct(commit,nat(src=10.1.1.240:6000))",
                          1), NEW | SNAT);
    /* ...is refused by the server, which quotes what it got. */
    tp_icmp_error(&err, "10.1.1.2", "10.1.1.240", 3, 3, &sent);
    ck_assert_uint_eq(run(ct, &err, "ct(nat)", 2), REL | RPL | TRK | DNAT);
    tp_icmp_error(&want, "10.1.1.2", "10.1.1.1", 3, 3, &orig);
    ck_frame_eq(&err, &want);

    /* From a router on the way: its own address stays. */
    tp_icmp_error(&err, "10.9.9.9", "10.1.1.240", 11, 0, &sent);
    ck_assert_uint_eq(run(ct, &err, "ct(nat)", 3), REL | RPL | TRK | DNAT);
    tp_icmp_error(&want, "10.9.9.9", "10.1.1.1", 11, 0, &orig);
    ck_frame_eq(&err, &want);

    /* Without nat in the action: related, not translated. */
    tp_icmp_error(&err, "10.1.1.2", "10.1.1.240", 3, 3, &sent);
    want = err;
    ck_assert_uint_eq(run(ct, &err, "ct(commit)", 4), REL | RPL | TRK);
    ck_frame_eq(&err, &want);

    /* An error quoting the untranslated packet is nobody's. */
    tp_icmp_error(&err, "10.1.1.2", "10.1.1.1", 3, 3, &orig);
    ck_assert_uint_eq(run(ct, &err, "ct(nat)", 5), INV);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* An ICMP error quoting the whole of 'quoted', so that the quoted L4
 * checksum is there to fix. */
static void
icmp_error_whole(struct tpkt *p, const char *src, const char *dst,
                 uint8_t type, const struct tpkt *quoted)
{
    tp_icmp(p, src, dst, type, 0, 0, quoted->b + quoted->l3,
            quoted->n - quoted->l3);
}

START_TEST(test_icmp_error_dnat_tcp)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt syn_p, synack, synack_out, err, want;

    tp_tcp(&syn_p, "10.1.1.1", "10.1.1.2", 40000, 80, 1000, 0, F_SYN, 500, 0);
    ck_assert_uint_eq(run(ct, &syn_p, "ct(commit,nat(dst=10.1.1.3:8080))", 1),
                      NEW | DNAT);
    tp_tcp(&synack, "10.1.1.3", "10.1.1.1", 8080, 40000, 7, 1001,
           F_SYN | F_ACK, 500, 0);
    synack_out = synack;
    ck_assert_uint_eq(run(ct, &synack_out, "ct(nat)", 2), EST | RPL | SNAT);

    /* A router near the client cannot deliver the answer, as it left the
     * NAT (from 10.1.1.2:80), and tells the address it came from: the
     * error travels in the original direction, to the real server. */
    icmp_error_whole(&err, "10.9.9.9", "10.1.1.2", 3, &synack_out);
    ck_assert_uint_eq(run(ct, &err, "ct(nat)", 3), REL | TRK | DNAT);
    icmp_error_whole(&want, "10.9.9.9", "10.1.1.3", 3, &synack);
    ck_frame_eq(&err, &want);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_icmpv6_error)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt orig, sent, err, want;

    tp_udp(&orig, "fd00::1", "fd00::2", 5000, 9999, 12);
    sent = orig;
    ck_assert_uint_eq(run(ct, &sent, "ct(commit,nat(src=[fd00::f0]))", 1),
                      NEW | SNAT);
    icmp_error_whole(&err, "fd00::2", "fd00::f0", 1, &sent);
    ck_assert_uint_eq(run(ct, &err, "ct(nat)", 2), REL | RPL | TRK | DNAT);
    icmp_error_whole(&want, "fd00::2", "fd00::1", 1, &orig);
    ck_frame_eq(&err, &want);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* FTP and TFTP under NAT. */

/* A TCP segment with payload 'data' and, if 'opts_len', options. */
static void
segment(struct tpkt *p, const char *src, const char *dst, uint16_t sport,
        uint16_t dport, uint32_t seq, uint32_t ack, uint16_t flags,
        const uint8_t *opts, size_t opts_len, const char *data)
{
    size_t len = data ? strlen(data) : 0;
    size_t hlen = 20 + opts_len;
    uint8_t l4[1500];

    memset(l4, 0, sizeof l4);
    tp_put16(l4, sport);
    tp_put16(l4 + 2, dport);
    tp_put32(l4 + 4, seq);
    tp_put32(l4 + 8, ack);
    l4[12] = hlen / 4 << 4;
    l4[13] = flags;
    tp_put16(l4 + 14, 65535);
    if (opts_len) {
        memcpy(l4 + 20, opts, opts_len);
    }
    if (len) {
        memcpy(l4 + hlen, data, len);
    }
    tp_build(p, src, dst, 6, l4, hlen + len, 16);
}

/* An FTP control connection seen from both sides of a NAT: the client's
 * view ('c', 'cs' its view of the server) and the server's ('s', 'sc' its
 * view of the client), with each side's sequence numbers. */
struct conv {
    struct ofct_conntrack *ct;
    const char *c, *cs, *s, *sc;
    uint16_t cport, sport;      /* 'cport' as the client has it. */
    uint16_t scport;            /* The client's port as the server sees it. */
    const char *client_ct;      /* The ct action for the client's side. */
    const char *server_ct;
    uint32_t cseq, sseq;        /* Next numbers, each in its sender's view. */
    uint32_t cshift, sshift;    /* Receiver's less sender's numbers. */
    int64_t now;
};

static void
conv_init(struct conv *v, struct ofct_conntrack *ct, const char *c,
          const char *cs, const char *s, const char *sc, const char *nat)
{
    static char client_ct[256];

    memset(v, 0, sizeof *v);
    v->ct = ct;
    v->c = c;
    v->cs = cs;
    v->s = s;
    v->sc = sc;
    v->cport = v->scport = 5000;
    v->sport = 21;
    snprintf(client_ct, sizeof client_ct, "ct(commit,helper=ftp,%s)", nat);
    v->client_ct = client_ct;
    v->server_ct = "ct(commit,nat)";
    v->cseq = 1000;
    v->sseq = 500000;
    v->now = 1;
}

/* Sends 'text' from the client at its number 'seq' and checks that the
 * server gets 'want' (NULL: the same text) at 'want_seq', with the ack
 * moved as the server sees the server's bytes. */
static uint8_t
client_sends_at(struct conv *v, uint32_t seq, uint16_t flags,
                const uint8_t *opts, size_t opts_len, const char *text,
                const char *want, uint32_t want_seq)
{
    struct tpkt p, w;
    uint8_t state;

    segment(&p, v->c, v->cs, v->cport, v->sport, seq, v->sseq + v->sshift,
            flags, opts, opts_len, text);
    state = run(v->ct, &p, v->client_ct, v->now++);
    segment(&w, v->sc, v->s, v->scport, v->sport, want_seq, v->sseq, flags,
            opts, opts_len, want ? want : text);
    ck_frame_eq(&p, &w);
    return state;
}

static uint8_t
client_says(struct conv *v, const char *text, const char *want)
{
    uint8_t state = client_sends_at(v, v->cseq, F_ACK | F_PSH, NULL, 0, text,
                                    want, v->cseq + v->cshift);

    v->cseq += strlen(text);
    v->cshift += strlen(want ? want : text) - strlen(text);
    return state;
}

static uint8_t
server_sends_at(struct conv *v, uint32_t seq, uint16_t flags,
                const uint8_t *opts, size_t opts_len,
                const uint8_t *want_opts, const char *text, const char *want,
                uint32_t want_seq)
{
    struct tpkt p, w;
    uint8_t state;

    segment(&p, v->s, v->sc, v->sport, v->scport, seq,
            v->cseq + v->cshift, flags, opts, opts_len, text);
    state = run(v->ct, &p, v->server_ct, v->now++);
    segment(&w, v->cs, v->c, v->sport, v->cport, want_seq, v->cseq, flags,
            want_opts ? want_opts : opts, opts_len, want ? want : text);
    ck_frame_eq(&p, &w);
    return state;
}

static uint8_t
server_says(struct conv *v, const char *text, const char *want)
{
    uint8_t state = server_sends_at(v, v->sseq, F_ACK | F_PSH, NULL, 0, NULL,
                                    text, want, v->sseq + v->sshift);

    v->sseq += strlen(text);
    v->sshift += strlen(want ? want : text) - strlen(text);
    return state;
}

static void
conv_open(struct conv *v, uint8_t cflag, uint8_t sflag)
{
    uint32_t seq = v->cseq++;

    ck_assert_uint_eq(client_sends_at(v, seq, F_SYN, NULL, 0, NULL, NULL,
                                      seq), NEW | cflag);
    seq = v->sseq++;
    ck_assert_uint_eq(server_sends_at(v, seq, F_SYN | F_ACK, NULL, 0, NULL,
                                      NULL, NULL, seq), EST | RPL | sflag);
    ck_assert_uint_eq(server_says(v, "220 Welcome\r\n", NULL),
                      EST | RPL | sflag);
}

/* The data connection's first two packets: a SYN from 'src':'sport' to
 * 'dst':'dport' with 'action' that becomes the same from 'wsrc':'wsport'
 * to 'wdst':'wdport', and the answer back.  Returns the SYN's state. */
static uint8_t
data_conn(struct ofct_conntrack *ct, const char *action,
          const char *src, uint16_t sport, const char *dst, uint16_t dport,
          const char *wsrc, uint16_t wsport, const char *wdst,
          uint16_t wdport, uint8_t want_reply_state, int64_t now)
{
    struct tpkt p, w;
    uint8_t state;

    tp_tcp(&p, src, dst, sport, dport, 100, 0, F_SYN, 1000, 0);
    state = run(ct, &p, action, now);
    tp_tcp(&w, wsrc, wdst, wsport, wdport, 100, 0, F_SYN, 1000, 0);
    ck_frame_eq(&p, &w);

    tp_tcp(&p, wdst, wsrc, wdport, wsport, 300, 101, F_SYN | F_ACK, 1000, 0);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat)", now + 1),
                      want_reply_state);
    tp_tcp(&w, dst, src, dport, sport, 300, 101, F_SYN | F_ACK, 1000, 0);
    ck_frame_eq(&p, &w);
    return state;
}

START_TEST(test_ftp_snat_active)
{
    struct ofct_conntrack *ct = engine();
    static const uint8_t sack_in[12] = { 1, 1, 5, 10 };
    uint8_t sack[12], sack_out[12];
    struct conv v;
    uint32_t port_seq;

    conv_init(&v, ct, "10.1.1.1", "10.1.1.2", "10.1.1.2", "10.1.1.240",
              "nat(src=10.1.1.240)");
    conv_open(&v, SNAT, DNAT);

    /* The PORT command grows by 2 bytes... */
    port_seq = v.cseq;
    ck_assert_uint_eq(client_says(&v, "PORT 10,1,1,1,39,16\r\n",
                                  "PORT 10,1,1,240,39,16\r\n"), EST | SNAT);
    ck_assert_uint_eq(v.cshift, 2);
    /* ...and the server's acknowledgement is 2 less for the client. */
    ck_assert_uint_eq(server_says(&v, "200 PORT command successful\r\n",
                                  NULL), EST | RPL | DNAT);
    ck_assert_uint_eq(client_says(&v, "LIST\r\n", NULL), EST | SNAT);

    /* A retransmission of the command is rewritten again, at its old
     * number. */
    ck_assert_uint_eq(client_sends_at(&v, port_seq, F_ACK | F_PSH, NULL, 0,
                                      "PORT 10,1,1,1,39,16\r\n",
                                      "PORT 10,1,1,240,39,16\r\n", port_seq),
                      EST | SNAT);

    /* A SACK block over the bytes after the rewrite (LIST), in the
     * server's numbers, is moved to the client's. */
    memcpy(sack, sack_in, 4);
    tp_put32(sack + 4, v.cseq + v.cshift - 6);
    tp_put32(sack + 8, v.cseq + v.cshift);
    memcpy(sack_out, sack_in, 4);
    tp_put32(sack_out + 4, v.cseq - 6);
    tp_put32(sack_out + 8, v.cseq);
    ck_assert_uint_eq(server_sends_at(&v, v.sseq, F_ACK, sack, 12, sack_out,
                                      NULL, NULL, v.sseq), EST | RPL | DNAT);
    /* An acknowledgement inside the rewritten address means none of it:
     * up to "PORT ". */
    {
        struct tpkt p;

        segment(&p, "10.1.1.2", "10.1.1.240", 21, 5000, v.sseq,
                port_seq + 10, F_ACK, NULL, 0, NULL);
        ck_assert_uint_eq(run(ct, &p, "ct(nat)", v.now++), EST | RPL | DNAT);
        ck_assert_uint_eq((uint32_t) get16(p.b + p.l4 + 8) << 16
                          | get16(p.b + p.l4 + 10), port_seq + 5);
    }

    /* The server connects to the translated address and port: related,
     * translated back to the client's; the client's answer goes out from
     * the translated address. */
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.2", 20,
                                "10.1.1.240", 10000, "10.1.1.2", 20,
                                "10.1.1.1", 10000,
                                EST | REL | RPL | SNAT, v.now),
                      NEW | REL | DNAT);
    v.now += 2;
    ck_assert_uint_eq(stats(ct).n_nat_alg_skipped, 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_snat_shorter)
{
    struct ofct_conntrack *ct = engine();
    struct conv v;

    conv_init(&v, ct, "192.168.100.100", "10.1.1.2", "10.1.1.2", "10.0.0.1",
              "nat(src=10.0.0.1)");
    conv_open(&v, SNAT, DNAT);
    ck_assert_uint_eq(client_says(&v, "EPRT |1|192.168.100.100|10000|\r\n",
                                  "EPRT |1|10.0.0.1|10000|\r\n"),
                      EST | SNAT);
    ck_assert_uint_eq(v.cshift, (uint32_t) -7);
    ck_assert_uint_eq(server_says(&v, "200 EPRT command successful\r\n",
                                  NULL), EST | RPL | DNAT);
    ck_assert_uint_eq(client_says(&v, "PORT 192,168,100,100,39,17\r\n",
                                  "PORT 10,0,0,1,39,17\r\n"), EST | SNAT);
    ck_assert_uint_eq(v.cshift, (uint32_t) -14);
    ck_assert_uint_eq(server_says(&v, "200 PORT command successful\r\n",
                                  NULL), EST | RPL | DNAT);
    ck_assert_uint_eq(client_says(&v, "LIST\r\n", NULL), EST | SNAT);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.2", 20,
                                "10.0.0.1", 10001, "10.1.1.2", 20,
                                "192.168.100.100", 10001,
                                EST | REL | RPL | SNAT, v.now),
                      NEW | REL | DNAT);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_port_taken)
{
    struct ofct_conntrack *ct = engine();
    struct conv a, b;

    /* Two clients behind one address announce the same port. */
    conv_init(&a, ct, "10.1.1.1", "10.1.1.2", "10.1.1.2", "10.1.1.240",
              "nat(src=10.1.1.240)");
    conv_open(&a, SNAT, DNAT);
    conv_init(&b, ct, "10.1.1.5", "10.1.1.2", "10.1.1.2", "10.1.1.240",
              "nat(src=10.1.1.240)");
    b.cport = b.scport = 5001;
    b.now = 100;
    conv_open(&b, SNAT, DNAT);
    ck_assert_uint_eq(client_says(&a, "PORT 10,1,1,1,39,16\r\n",
                                  "PORT 10,1,1,240,39,16\r\n"), EST | SNAT);
    ck_assert_uint_eq(client_says(&b, "PORT 10,1,1,5,39,16\r\n",
                                  "PORT 10,1,1,240,39,17\r\n"), EST | SNAT);
    ck_assert_uint_eq(stats(ct).n_expects, 2);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.2", 20,
                                "10.1.1.240", 10001, "10.1.1.2", 20,
                                "10.1.1.5", 10000,
                                EST | REL | RPL | SNAT, 200),
                      NEW | REL | DNAT);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.2", 20,
                                "10.1.1.240", 10000, "10.1.1.2", 20,
                                "10.1.1.1", 10000,
                                EST | REL | RPL | SNAT, 300),
                      NEW | REL | DNAT);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_snat_passive)
{
    struct ofct_conntrack *ct = engine();
    struct conv v;

    conv_init(&v, ct, "10.1.1.1", "10.1.1.2", "10.1.1.2", "10.1.1.240",
              "nat(src=10.1.1.240)");
    conv_open(&v, SNAT, DNAT);
    /* The server is not translated: its 227 stays as it is. */
    ck_assert_uint_eq(client_says(&v, "PASV\r\n", NULL), EST | SNAT);
    ck_assert_uint_eq(server_says(&v, "227 Entering Passive Mode "
                                  "(10,1,1,2,156,143).\r\n", NULL),
                      EST | RPL | DNAT);
    /* The client's data connection leaves from the translated address. */
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.1", 33000,
                                "10.1.1.2", 40079, "10.1.1.240", 33000,
                                "10.1.1.2", 40079,
                                EST | REL | RPL | DNAT, v.now),
                      NEW | REL | SNAT);
    /* Committed without nat, a related connection is not translated. */
    ck_assert_uint_eq(server_says(&v, "227 Entering Passive Mode "
                                  "(10,1,1,2,156,144).\r\n", NULL),
                      EST | RPL | DNAT);
    {
        struct tpkt p, w;

        tp_tcp(&p, "10.1.1.1", "10.1.1.2", 33001, 40080, 1, 0, F_SYN, 9, 0);
        w = p;
        ck_assert_uint_eq(run(ct, &p, "ct(commit)", 50), NEW | REL);
        ck_frame_eq(&p, &w);
    }
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_dnat_passive)
{
    struct ofct_conntrack *ct = engine();
    struct conv v;

    /* The client talks to 10.1.1.2, the server is 10.1.1.33. */
    conv_init(&v, ct, "10.1.1.1", "10.1.1.2", "10.1.1.33", "10.1.1.1",
              "nat(dst=10.1.1.33)");
    conv_open(&v, DNAT, SNAT);
    ck_assert_uint_eq(client_says(&v, "PASV\r\n", NULL), EST | DNAT);
    ck_assert_uint_eq(server_says(&v, "227 Entering Passive Mode "
                                  "(10,1,1,33,156,143).\r\n",
                                  "227 Entering Passive Mode "
                                  "(10,1,1,2,156,143).\r\n"),
                      EST | RPL | SNAT);
    ck_assert_uint_eq(v.sshift, (uint32_t) -1);
    ck_assert_uint_eq(client_says(&v, "LIST\r\n", NULL), EST | DNAT);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.1", 33000,
                                "10.1.1.2", 40079, "10.1.1.1", 33000,
                                "10.1.1.33", 40079,
                                EST | REL | RPL | SNAT, v.now),
                      NEW | REL | DNAT);
    /* The client's active mode through a destination NAT: its PORT stays,
     * the server's connection comes from the address the client knows. */
    v.now += 2;
    ck_assert_uint_eq(client_says(&v, "PORT 10,1,1,1,39,16\r\n", NULL),
                      EST | DNAT);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.33", 20,
                                "10.1.1.1", 10000, "10.1.1.2", 20,
                                "10.1.1.1", 10000,
                                EST | REL | RPL | DNAT, v.now),
                      NEW | REL | SNAT);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_epsv_port_taken)
{
    struct ofct_conntrack *ct = engine();
    struct conv a, b;

    /* Two servers behind one address offer the same port to a client. */
    conv_init(&a, ct, "10.1.1.1", "10.1.1.2", "10.1.1.33", "10.1.1.1",
              "nat(dst=10.1.1.33)");
    conv_open(&a, DNAT, SNAT);
    conv_init(&b, ct, "10.1.1.1", "10.1.1.2", "10.1.1.34", "10.1.1.1",
              "nat(dst=10.1.1.34:21)");
    b.cport = b.scport = 5001;
    conv_open(&b, DNAT, SNAT);
    ck_assert_uint_eq(server_says(&a, "229 Extended Passive (|||40000|)\r\n",
                                  NULL), EST | RPL | SNAT);
    ck_assert_uint_eq(server_says(&b, "229 Extended Passive (|||40000|)\r\n",
                                  "229 Extended Passive (|||40001|)\r\n"),
                      EST | RPL | SNAT);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "10.1.1.1", 33000,
                                "10.1.1.2", 40001, "10.1.1.1", 33000,
                                "10.1.1.34", 40000,
                                EST | REL | RPL | SNAT, 100),
                      NEW | REL | DNAT);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Makes the connection whose original source port is 'sport' translate
 * its server too, as a source and a destination NAT on one connection
 * (the kernel's SNAT and DNAT chains) would: its reply key's source
 * becomes 'server'.  The engine's actions do one or the other; the
 * helpers do not care which. */
static void
also_translate_server(struct ofct_conntrack *ct, uint16_t sport,
                      const char *server)
{
    size_t i;

    for (i = 0; i < CT_N_SHARDS; i++) {
        struct ct_shard *shard = &ct->shards[i];
        uint32_t b;

        for (b = 0; b <= shard->table->mask; b++) {
            struct conn_node *node;

            for (node = shard->table->heads[b]; node; node = node->next) {
                struct conn *conn = conn_of_node(node);
                struct ct_nat *nat = conn->ext ? conn->ext->nat : NULL;
                struct ct_shard *rs;

                if (node->dir != CT_DIR_ORIG || conn->sport != sport
                    || !nat) {
                    continue;
                }
                rs = ct_shard_of(ct, conn->node[CT_DIR_REPLY].hash);
                ct_table_remove(rs, &conn->node[CT_DIR_REPLY]);
                ofct_ip_addr_parse(server, &nat->reply.src);
                conn->node[CT_DIR_REPLY].hash = ct_key_hash(ct, &nat->reply);
                rs = ct_shard_of(ct, conn->node[CT_DIR_REPLY].hash);
                ct_table_insert(rs, &conn->node[CT_DIR_REPLY]);
                return;
            }
        }
    }
    ck_abort_msg("no NATed connection from port %u", sport);
}

START_TEST(test_ftp_both_directions)
{
    struct ofct_conntrack *ct = engine();
    struct conv v;

    conv_init(&v, ct, "10.1.1.1", "10.1.1.2", "10.1.1.33", "10.1.1.240",
              "nat(src=10.1.1.240)");
    {
        struct tpkt p;

        segment(&p, v.c, v.cs, v.cport, v.sport, v.cseq++, 0, F_SYN, NULL, 0,
                NULL);
        ck_assert_uint_eq(run(ct, &p, v.client_ct, v.now++), NEW | SNAT);
    }
    also_translate_server(ct, 5000, "10.1.1.33");
    v.sseq++;
    ck_assert_uint_eq(server_sends_at(&v, v.sseq - 1, F_SYN | F_ACK, NULL, 0,
                                      NULL, NULL, NULL, v.sseq - 1),
                      EST | RPL | DNAT);
    ck_assert_uint_eq(server_says(&v, "220 Welcome\r\n", NULL),
                      EST | RPL | DNAT);

    /* The client's command grows by 2, the server's answer shrinks by 1:
     * each direction's numbers move by their own amount. */
    ck_assert_uint_eq(client_says(&v, "PORT 10,1,1,1,39,16\r\n",
                                  "PORT 10,1,1,240,39,16\r\n"), EST | SNAT);
    ck_assert_uint_eq(server_says(&v, "200 OK\r\n", NULL), EST | RPL | DNAT);
    ck_assert_uint_eq(client_says(&v, "PASV\r\n", NULL), EST | SNAT);
    ck_assert_uint_eq(server_says(&v, "227 Entering Passive Mode "
                                  "(10,1,1,33,156,143).\r\n",
                                  "227 Entering Passive Mode "
                                  "(10,1,1,2,156,143).\r\n"),
                      EST | RPL | DNAT);
    ck_assert_uint_eq(v.cshift, 2);
    ck_assert_uint_eq(v.sshift, (uint32_t) -1);
    ck_assert_uint_eq(client_says(&v, "LIST\r\n", NULL), EST | SNAT);
    ck_assert_uint_eq(server_says(&v, "150 Here it comes\r\n", NULL),
                      EST | RPL | DNAT);
    ck_assert_uint_eq(client_says(&v, "QUIT\r\n", NULL), EST | SNAT);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_not_rewritable)
{
    struct ofct_conntrack *ct = engine();
    struct conv v;
    struct tpkt p;

    conv_init(&v, ct, "10.1.1.1", "10.1.1.2", "10.1.1.2", "10.1.1.240",
              "nat(src=10.1.1.240)");
    conv_open(&v, SNAT, DNAT);
    /* The command's word alone in a segment: the address is whole in the
     * next, and is rewritten. */
    ck_assert_uint_eq(client_says(&v, "PORT ", NULL), EST | SNAT);
    ck_assert_uint_eq(client_says(&v, "10,1,1,1,39,16\r\n",
                                  "10,1,1,240,39,16\r\n"), EST | SNAT);
    ck_assert_uint_eq(stats(ct).n_expects, 1);
    ck_assert_uint_eq(server_says(&v, "200 OK\r\n", NULL), EST | RPL | DNAT);

    /* The address split across segments: what went cannot be rewritten,
     * so nothing is, nothing is expected, and it is counted. */
    ck_assert_uint_eq(client_says(&v, "PORT 10,1,1", NULL), EST | SNAT);
    ck_assert_uint_eq(client_says(&v, ",1,39,17\r\n", NULL), EST | SNAT);
    ck_assert_uint_eq(stats(ct).n_nat_alg_skipped, 1);
    ck_assert_uint_eq(stats(ct).n_expects, 1);
    ck_assert_uint_eq(server_says(&v, "200 OK\r\n", NULL), EST | RPL | DNAT);

    /* No room to grow the packet. */
    segment(&p, v.c, v.cs, v.cport, v.sport, v.cseq, v.sseq + v.sshift,
            F_ACK, NULL, 0, "PORT 10,1,1,1,39,18\r\n");
    {
        struct ofct_ct_params params = ct_action(v.client_ct);
        struct ofct_packet pkt;

        memset(&pkt, 0, sizeof pkt);
        pkt.data = p.b;
        pkt.size = p.n;
        ofct_conntrack_execute(ct, &pkt, 1, &params, v.now++);
        ck_assert_uint_eq(pkt.ct_state, EST | SNAT);
        ck_assert_uint_eq(pkt.size, p.n);
    }
    ck_assert_uint_eq(stats(ct).n_nat_alg_skipped, 2);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_ipv6_eprt)
{
    struct ofct_conntrack *ct = engine();
    struct conv v;

    conv_init(&v, ct, "fd00::1", "fd00::2", "fd00::2", "fd00::f0",
              "nat(src=[fd00::f0])");
    conv_open(&v, SNAT, DNAT);
    ck_assert_uint_eq(client_says(&v, "EPRT |2|fd00::1|10000|\r\n",
                                  "EPRT |2|fd00::f0|10000|\r\n"), EST | SNAT);
    ck_assert_uint_eq(server_says(&v, "200 OK\r\n", NULL), EST | RPL | DNAT);
    ck_assert_uint_eq(data_conn(ct, "ct(commit,nat)", "fd00::2", 20,
                                "fd00::f0", 10000, "fd00::2", 20, "fd00::1",
                                10000, EST | REL | RPL | SNAT, v.now),
                      NEW | REL | DNAT);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* A TFTP read request from 'src':40000 to 'dst':69. */
static void
tftp_rrq(struct tpkt *p, const char *src, const char *dst)
{
    static const char req[] = "\0\1file\0octet";
    uint8_t l4[8 + sizeof req];

    memset(l4, 0, sizeof l4);
    tp_put16(l4, 40000);
    tp_put16(l4 + 2, 69);
    tp_put16(l4 + 4, sizeof l4);
    memcpy(l4 + 8, req, sizeof req);
    tp_build(p, src, dst, 17, l4, sizeof l4, 6);
}

START_TEST(test_tftp_snat)
{
    struct ofct_conntrack *ct = engine();
    struct tpkt p, w;

    tftp_rrq(&p, "10.1.1.1", "10.1.1.2");
    ck_assert_uint_eq(run(ct, &p, "ct(commit,helper=tftp,"
                          "nat(src=10.1.1.240))", 1), NEW | SNAT);
    tftp_rrq(&w, "10.1.1.240", "10.1.1.2");
    ck_frame_eq(&p, &w);

    /* The server answers from a port of its own to the translated client:
     * related, and translated back. */
    tp_udp(&p, "10.1.1.2", "10.1.1.240", 33333, 40000, 516);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat)", 2), NEW | REL | DNAT);
    tp_udp(&w, "10.1.1.2", "10.1.1.1", 33333, 40000, 516);
    ck_frame_eq(&p, &w);
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 40000, 33333, 4);
    ck_assert_uint_eq(run(ct, &p, "ct(commit,nat)", 3),
                      EST | REL | RPL | SNAT);
    tp_udp(&w, "10.1.1.240", "10.1.1.2", 40000, 33333, 4);
    ck_frame_eq(&p, &w);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Parameters. */

START_TEST(test_params)
{
    struct ofct_ct_params p;
    struct ofct_error err;
    struct ofct_ip_addr a;

    p = ct_action("ct(commit,zone=7,helper=ftp,nat(src=10.1.1.240-10.1.1.250"
                  ":1024-2048,persistent,random))");
    ck_assert(p.commit && !p.force);
    ck_assert_uint_eq(p.zone, 7);
    ck_assert_str_eq(p.helper, "ftp");
    ck_assert_int_eq(p.nat.type, OFCT_CT_NAT_SRC);
    ck_assert_uint_eq(p.nat.family, 4);
    ofct_ip_addr_parse("10.1.1.250", &a);
    ck_assert_mem_eq(&p.nat.addr_max, &a, sizeof a);
    ck_assert_uint_eq(p.nat.port_min, 1024);
    ck_assert_uint_eq(p.nat.port_max, 2048);
    ck_assert(p.nat.persistent && p.nat.random && !p.nat.hash);

    p = ct_action("ct(nat(dst=10.1.1.3:80))");
    ck_assert(!p.commit);
    ck_assert_int_eq(p.nat.type, OFCT_CT_NAT_DST);
    ck_assert_uint_eq(p.nat.port_min, 80);
    ck_assert_uint_eq(p.nat.port_max, 80);
    ck_assert_int_eq(ct_action("ct(nat)").nat.type, OFCT_CT_NAT_BARE);
    ck_assert_int_eq(ct_action("ct").nat.type, OFCT_CT_NAT_NONE);
    p = ct_action("ct(force_commit,mark=0x5/0xff)");
    ck_assert(p.commit && p.force && p.set_mark);
    ck_assert_uint_eq(p.mark_mask, 0xff);

    ck_assert_int_eq(ofct_ct_params_parse("ct(nat(src=1.1.1.1,hash,random))",
                                          &p, &err), -1);
    ck_assert_int_eq(ofct_ct_params_parse("ct(commit,timeout=t1)", &p, &err),
                     -1);
    ck_assert_int_eq(ofct_ct_params_parse("ct(commit) x", &p, &err), -1);
    ck_assert_int_eq(ofct_ct_params_parse("recirc(1)", &p, &err), -1);
    ck_assert_int_eq(ofct_ct_params_parse("ct(helper=sip)", &p, &err), -1);

    /* The checks of parameters built by hand. */
    memset(&p, 0, sizeof p);
    p.nat.type = OFCT_CT_NAT_SRC;
    p.nat.family = 4;
    ofct_ip_addr_parse("10.0.0.9", &p.nat.addr_min);
    ofct_ip_addr_parse("10.0.0.1", &p.nat.addr_max);
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), -1);
    p.nat.addr_max = p.nat.addr_min;
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), 0);
    p.nat.port_min = 10;
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), -1);
    p.nat.port_max = 9;
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), -1);
    p.nat.port_max = 10;
    p.nat.type = OFCT_CT_NAT_BARE;
    ck_assert_int_eq(ofct_ct_params_check(&p, &err), -1);
}
END_TEST

/* Robustness: damaged packets of NATed connections, FTP among them. */

START_TEST(test_garbage)
{
    static const char *texts[] = {
        "PORT 10,1,1,1,39,16\r\n", "EPRT |1|10.1.1.1|10000|\r\n",
        "227 Entering Passive Mode (10,1,1,2,156,143).\r\n",
        "229 Extended Passive (|||40000|)\r\n", "LIST\r\n",
    };
    struct ofct_conntrack *ct = engine();
    unsigned int seed = 1;
    struct conv v;
    int i;

    conv_init(&v, ct, "10.1.1.1", "10.1.1.2", "10.1.1.2", "10.1.1.240",
              "nat(src=10.1.1.240)");
    conv_open(&v, SNAT, DNAT);
    for (i = 0; i < 20000; i++) {
        const char *text = texts[i % 5];
        bool client = rand_r(&seed) & 1;
        struct tpkt p;
        int k, n = rand_r(&seed) % 4;

        segment(&p, client ? "10.1.1.1" : "10.1.1.2",
                client ? "10.1.1.2" : "10.1.1.240", client ? 5000 : 21,
                client ? 21 : 5000, (client ? v.cseq : v.sseq)
                + rand_r(&seed) % 64 - 32, client ? v.sseq : v.cseq,
                F_ACK, NULL, 0, text);
        for (k = 0; k < n; k++) {
            p.b[rand_r(&seed) % p.n] ^= 1 << (rand_r(&seed) % 8);
        }
        if (rand_r(&seed) % 8 == 0) {
            p.n = rand_r(&seed) % p.n;
        }
        run(ct, &p, client ? v.client_ct : v.server_ct, v.now++);
        ck_assert_uint_le(p.n, sizeof p.b);
        if (client) {
            v.cseq += strlen(text);
        } else {
            v.sseq += strlen(text);
        }
    }
    ofct_conntrack_destroy(ct);
}
END_TEST

static Suite *
nat_suite(void)
{
    Suite *s = suite_create("nat");
    TCase *tc;

    tc = tcase_create("translate");
    tcase_add_test(tc, test_snat_tcp);
    tcase_add_test(tc, test_dnat_tcp_port);
    tcase_add_test(tc, test_snat_ipv6_udp);
    tcase_add_test(tc, test_udp_no_checksum);
    tcase_add_test(tc, test_icmp_echo);
    suite_add_tcase(s, tc);

    tc = tcase_create("alloc");
    tcase_add_test(tc, test_exhaustion);
    tcase_add_test(tc, test_expiry_frees_tuple);
    tcase_add_test(tc, test_port_choice);
    tcase_add_test(tc, test_port_hash_random);
    tcase_add_test(tc, test_address_range);
    tcase_add_test(tc, test_unique_tuples);
    tcase_add_test(tc, test_reply_clash);
    tcase_add_test(tc, test_family_mismatch);
    suite_add_tcase(s, tc);

    tc = tcase_create("icmp");
    tcase_add_test(tc, test_icmp_error_snat);
    tcase_add_test(tc, test_icmp_error_dnat_tcp);
    tcase_add_test(tc, test_icmpv6_error);
    suite_add_tcase(s, tc);

    tc = tcase_create("alg");
    tcase_add_test(tc, test_ftp_snat_active);
    tcase_add_test(tc, test_ftp_snat_shorter);
    tcase_add_test(tc, test_ftp_port_taken);
    tcase_add_test(tc, test_ftp_snat_passive);
    tcase_add_test(tc, test_ftp_dnat_passive);
    tcase_add_test(tc, test_ftp_epsv_port_taken);
    tcase_add_test(tc, test_ftp_both_directions);
    tcase_add_test(tc, test_ftp_not_rewritable);
    tcase_add_test(tc, test_ftp_ipv6_eprt);
    tcase_add_test(tc, test_tftp_snat);
    suite_add_tcase(s, tc);

    tc = tcase_create("misc");
    tcase_add_test(tc, test_params);
    tcase_add_test(tc, test_garbage);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(nat_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
