/* Test helper: builds Ethernet frames with IPv4 or IPv6 and TCP, UDP or
 * ICMP headers, with correct checksums unless a test breaks them. */
#ifndef OFCT_TESTS_PKT_BUILD_H
#define OFCT_TESTS_PKT_BUILD_H 1

#include <stdint.h>
#include <string.h>

#include "ofct/packet.h"

struct tpkt {
    uint8_t b[2048];
    size_t n;
    size_t l3;                  /* Offset of the IP header. */
    size_t l4;                  /* Offset of the L4 header. */
};

static inline void
tp_put16(uint8_t *p, uint16_t v)
{
    p[0] = v >> 8;
    p[1] = v;
}

static inline void
tp_put32(uint8_t *p, uint32_t v)
{
    tp_put16(p, v >> 16);
    tp_put16(p + 2, v);
}

/* Wraps 'l4' (of 'l4_len' bytes, protocol 'proto') in IP and Ethernet.
 * Fills the L4 checksum at 'csum_ofs' within the L4 header unless it is
 * negative; ICMP (IPv4) has no pseudo-header. */
static inline void
tp_build(struct tpkt *p, const char *src, const char *dst, uint8_t proto,
         const uint8_t *l4, size_t l4_len, int csum_ofs)
{
    struct ofct_ip_addr s, d;
    int family = ofct_ip_addr_parse(src, &s);
    uint8_t *ip;
    uint32_t sum;

    ofct_ip_addr_parse(dst, &d);
    memset(p->b, 0, sizeof p->b);
    memcpy(p->b, "\x50\x54\x00\x00\x00\x0a\x50\x54\x00\x00\x00\x09", 12);
    tp_put16(p->b + 12, family == 6 ? 0x86dd : 0x0800);
    p->l3 = 14;
    ip = p->b + 14;
    if (family == 4) {
        ip[0] = 0x45;
        tp_put16(ip + 2, 20 + l4_len);
        ip[8] = 64;
        ip[9] = proto;
        memcpy(ip + 12, s.b, 4);
        memcpy(ip + 16, d.b, 4);
        {
            uint16_t c = ofct_csum(ip, 20);

            memcpy(ip + 10, &c, 2);
        }
        p->l4 = 34;
    } else {
        ip[0] = 0x60;
        tp_put16(ip + 4, l4_len);
        ip[6] = proto;
        ip[7] = 64;
        memcpy(ip + 8, s.b, 16);
        memcpy(ip + 24, d.b, 16);
        p->l4 = 54;
    }
    memcpy(p->b + p->l4, l4, l4_len);
    p->n = p->l4 + l4_len;
    if (csum_ofs >= 0) {
        uint8_t ph[40];
        uint16_t c;

        sum = 0;
        if (family == 4 && proto != 1) {
            memcpy(ph, s.b, 4);
            memcpy(ph + 4, d.b, 4);
            ph[8] = 0;
            ph[9] = proto;
            tp_put16(ph + 10, l4_len);
            sum = ofct_csum_add(0, ph, 12);
        } else if (family == 6) {
            memset(ph, 0, sizeof ph);
            memcpy(ph, s.b, 16);
            memcpy(ph + 16, d.b, 16);
            tp_put32(ph + 32, l4_len);
            ph[39] = proto;
            sum = ofct_csum_add(0, ph, 40);
        }
        sum = ofct_csum_add(sum, p->b + p->l4, l4_len);
        c = ofct_csum_finish(sum);
        memcpy(p->b + p->l4 + csum_ofs, &c, 2);
    }
}

/* TCP flags for tp_tcp(). */
#define F_FIN OFCT_TCP_FIN
#define F_SYN OFCT_TCP_SYN
#define F_RST OFCT_TCP_RST
#define F_PSH OFCT_TCP_PSH
#define F_ACK OFCT_TCP_ACK

static inline void
tp_tcp(struct tpkt *p, const char *src, const char *dst, uint16_t sport,
       uint16_t dport, uint32_t seq, uint32_t ack, uint16_t flags,
       uint16_t win, size_t payload)
{
    uint8_t l4[1500];

    memset(l4, 0, sizeof l4);
    tp_put16(l4, sport);
    tp_put16(l4 + 2, dport);
    tp_put32(l4 + 4, seq);
    tp_put32(l4 + 8, ack);
    l4[12] = 5 << 4;
    l4[13] = flags;
    tp_put16(l4 + 14, win);
    memset(l4 + 20, 'x', payload);
    tp_build(p, src, dst, 6, l4, 20 + payload, 16);
}

/* A TCP segment with a window scale option (NOP, then kind 3, length 3,
 * 'shift'), as a SYN carries it. */
static inline void
tp_tcp_wscale(struct tpkt *p, const char *src, const char *dst,
              uint16_t sport, uint16_t dport, uint32_t seq, uint32_t ack,
              uint16_t flags, uint16_t win, uint8_t shift)
{
    uint8_t l4[24];

    memset(l4, 0, sizeof l4);
    tp_put16(l4, sport);
    tp_put16(l4 + 2, dport);
    tp_put32(l4 + 4, seq);
    tp_put32(l4 + 8, ack);
    l4[12] = 6 << 4;
    l4[13] = flags;
    tp_put16(l4 + 14, win);
    l4[20] = 1;
    l4[21] = 3;
    l4[22] = 3;
    l4[23] = shift;
    tp_build(p, src, dst, 6, l4, sizeof l4, 16);
}

static inline void
tp_udp(struct tpkt *p, const char *src, const char *dst, uint16_t sport,
       uint16_t dport, size_t payload)
{
    uint8_t l4[1500];

    memset(l4, 0, sizeof l4);
    tp_put16(l4, sport);
    tp_put16(l4 + 2, dport);
    tp_put16(l4 + 4, 8 + payload);
    memset(l4 + 8, 'u', payload);
    tp_build(p, src, dst, 17, l4, 8 + payload, 6);
}

/* An ICMP (or, for IPv6 addresses, ICMPv6) message with 'type', 'code',
 * the 4 bytes 'rest' after the checksum, and 'body'. */
static inline void
tp_icmp(struct tpkt *p, const char *src, const char *dst, uint8_t type,
        uint8_t code, uint32_t rest, const uint8_t *body, size_t body_len)
{
    struct ofct_ip_addr a;
    uint8_t l4[1500];

    memset(l4, 0, sizeof l4);
    l4[0] = type;
    l4[1] = code;
    tp_put32(l4 + 4, rest);
    if (body_len) {
        memcpy(l4 + 8, body, body_len);
    }
    tp_build(p, src, dst, ofct_ip_addr_parse(src, &a) == 6 ? 58 : 1, l4,
             8 + body_len, 2);
}

/* An ICMP error quoting the IP packet of 'quoted' (its first 28 bytes
 * for IPv4, 48 for IPv6). */
static inline void
tp_icmp_error(struct tpkt *p, const char *src, const char *dst,
              uint8_t type, uint8_t code, const struct tpkt *quoted)
{
    size_t n = quoted->n - quoted->l3;
    size_t max = quoted->l4 - quoted->l3 + 8;

    tp_icmp(p, src, dst, type, code, 0, quoted->b + quoted->l3,
            n < max ? n : max);
}

#endif
