/* Unit tests for lib/packet: header parsing, checksums, captures. */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ofct/packet.h"
#include "packet/parse-fast.h"
#include "packet/parse-private.h"
#include "pkt-build.h"

static enum ofct_pkt_status
parse(const struct tpkt *p, size_t n, struct ofct_flow_key *key,
      struct ofct_error *err)
{
    ofct_error_clear(err);
    return ofct_flow_parse(p->b, n, NULL, key, err);
}

START_TEST(test_csum_rfc1071)
{
    /* The example of RFC 1071 section 3: the sum of these bytes is
     * 0xddf2, whose complement is 0x220d. */
    static const uint8_t data[] = { 0x00, 0x01, 0xf2, 0x03,
                                    0xf4, 0xf5, 0xf6, 0xf7 };
    uint16_t c = ofct_csum(data, sizeof data);
    uint8_t *b = (uint8_t *) &c;

    ck_assert_uint_eq(b[0], 0x22);
    ck_assert_uint_eq(b[1], 0x0d);
    /* An odd length pads with a zero byte. */
    c = ofct_csum(data, 1);
    ck_assert_uint_eq(b[0], 0xff);
    ck_assert_uint_eq(b[1], 0xff);
}
END_TEST

START_TEST(test_parse_ipv4_tcp)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 44280, 8080, 1000, 2000,
           F_ACK | F_PSH, 502, 10);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.dl_type, OFCT_ETH_TYPE_IP);
    ck_assert_uint_eq(key.nw_proto, 6);
    ck_assert_uint_eq(key.nw_ttl, 64);
    ck_assert_mem_eq(key.nw_src.b, "\x0a\x01\x01\x01", 4);
    ck_assert_mem_eq(key.nw_dst.b, "\x0a\x01\x01\x02", 4);
    ck_assert_uint_eq(key.tp_src, 44280);
    ck_assert_uint_eq(key.tp_dst, 8080);
    ck_assert_uint_eq(key.tcp_seq, 1000);
    ck_assert_uint_eq(key.tcp_ack, 2000);
    ck_assert_uint_eq(key.tcp_flags, F_ACK | F_PSH);
    ck_assert_uint_eq(key.tcp_window, 502);
    ck_assert_uint_eq(key.l3_ofs, 14);
    ck_assert_uint_eq(key.l4_ofs, 34);
    ck_assert_uint_eq(key.l7_ofs, 54);
    ck_assert_uint_eq(key.l3_len, 50);
    ck_assert_uint_eq(key.l4_len, 30);
}
END_TEST

/* Every prefix of a valid frame is reported as truncated (or, for a cut
 * inside the Ethernet header, truncated too), never parsed as valid, and
 * the message says where. */
static void
check_all_prefixes(const struct tpkt *p)
{
    size_t n;

    for (n = 0; n < p->n; n++) {
        struct ofct_flow_key key;
        struct ofct_error err;
        enum ofct_pkt_status s;
        uint8_t *copy = malloc(n ? n : 1);

        /* A heap copy of exactly n bytes, so that a read past the end is
         * caught under AddressSanitizer. */
        memcpy(copy, p->b, n);
        ofct_error_clear(&err);
        s = ofct_flow_parse(copy, n, NULL, &key, &err);
        ck_assert_msg(s == OFCT_PKT_TRUNCATED, "prefix of %zu bytes: %s",
                      n, ofct_pkt_status_to_string(s));
        ck_assert_ptr_nonnull(strstr(err.msg, "offset"));
        free(copy);
    }
}

START_TEST(test_truncation_everywhere)
{
    static const uint8_t echo[8] = "pingping";
    struct tpkt p;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK, 100, 5);
    check_all_prefixes(&p);
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3);
    check_all_prefixes(&p);
    tp_icmp(&p, "10.1.1.1", "10.1.1.2", 8, 0, 0x12340001, echo, 8);
    check_all_prefixes(&p);
    tp_tcp(&p, "fd00::1", "fd00::2", 1, 2, 3, 4, F_SYN, 100, 0);
    check_all_prefixes(&p);
    tp_icmp(&p, "fd00::1", "fd00::2", 128, 0, 0x12340001, echo, 8);
    check_all_prefixes(&p);
}
END_TEST

START_TEST(test_truncated_message)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK, 100, 0);
    ck_assert_int_eq(parse(&p, 30, &key, &err), OFCT_PKT_TRUNCATED);
    ck_assert_str_eq(err.msg, "IPv4 header at offset 14: truncated "
                     "(16 of 20 bytes)");
    ck_assert_int_eq(parse(&p, 50, &key, &err), OFCT_PKT_TRUNCATED);
    ck_assert_str_eq(err.msg, "IPv4 packet at offset 14: truncated "
                     "(36 of 40 bytes)");
}
END_TEST

START_TEST(test_bad_checksums)
{
    struct ofct_parse_options no_l4 = { .no_l4_csum = true };
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK, 100, 7);
    p.b[p.l4 + 16] ^= 1;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_BAD_CSUM);
    ck_assert_str_eq(err.msg, "TCP segment at offset 34: bad checksum");
    /* Captures taken with checksum offload: L4 checks off. */
    ck_assert_int_eq(ofct_flow_parse(p.b, p.n, &no_l4, &key, &err),
                     OFCT_PKT_OK);

    /* The IPv4 header checksum is checked even then. */
    p.b[p.l3 + 10] ^= 1;
    ck_assert_int_eq(ofct_flow_parse(p.b, p.n, &no_l4, &key, &err),
                     OFCT_PKT_BAD_CSUM);
    ck_assert_str_eq(err.msg, "IPv4 header at offset 14: bad checksum");

    tp_icmp(&p, "10.1.1.1", "10.1.1.2", 8, 0, 1, NULL, 0);
    p.b[p.n - 1] ^= 0x80;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_BAD_CSUM);
    tp_icmp(&p, "fd00::1", "fd00::2", 128, 0, 1, NULL, 0);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    p.b[p.n - 1] ^= 0x80;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_BAD_CSUM);
    ck_assert_str_eq(err.msg, "ICMPv6 message at offset 54: bad checksum");
}
END_TEST

START_TEST(test_udp_checksum_zero_and_length)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;

    /* No checksum: fine over IPv4, not over IPv6. */
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 5);
    p.b[p.l4 + 6] = p.b[p.l4 + 7] = 0;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    tp_udp(&p, "fd00::1", "fd00::2", 1, 2, 5);
    p.b[p.l4 + 6] = p.b[p.l4 + 7] = 0;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_BAD_CSUM);

    /* A UDP length beyond the IP payload, or below the header. */
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 5);
    tp_put16(p.b + p.l4 + 4, 14);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_MALFORMED);
    ck_assert_str_eq(err.msg, "UDP header at offset 34: length 14, "
                     "outside 8..13");
    tp_put16(p.b + p.l4 + 4, 7);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_MALFORMED);
}
END_TEST

START_TEST(test_malformed_headers)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;
    uint16_t c;

    /* IPv4 header length below 20 bytes. */
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 5);
    p.b[p.l3] = 0x44;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_MALFORMED);
    ck_assert_str_eq(err.msg, "IPv4 header at offset 14: version 4, "
                     "header length 16");
    /* Total length shorter than the header. */
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 5);
    tp_put16(p.b + p.l3 + 2, 19);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_MALFORMED);
    /* TCP data offset beyond the segment. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK, 100, 0);
    p.b[p.l4 + 12] = 6 << 4;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_MALFORMED);
    ck_assert_str_eq(err.msg, "TCP header at offset 34: data offset 24 "
                     "bytes, outside 20..20");
    /* Ethernet padding after the IP packet is not part of it. */
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 0);
    p.n = 60;
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.l3_len, 28);
    /* Fixing the checksum after a change keeps the packet valid. */
    p.b[p.l3 + 8] = 1;
    p.b[p.l3 + 10] = p.b[p.l3 + 11] = 0;
    c = ofct_csum(p.b + p.l3, 20);
    memcpy(p.b + p.l3 + 10, &c, 2);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.nw_ttl, 1);
}
END_TEST

START_TEST(test_vlan_tags)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p, q;

    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 4);
    /* Insert an 802.1ad tag and an 802.1Q tag after the MAC addresses. */
    memcpy(q.b, p.b, 12);
    memcpy(q.b + 12, "\x88\xa8\x00\x64\x81\x00\x20\xc8", 8);
    memcpy(q.b + 20, p.b + 12, p.n - 12);
    q.n = p.n + 8;
    ck_assert_int_eq(parse(&q, q.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.n_vlans, 2);
    ck_assert_uint_eq(key.vlan_tci[0], 100);
    ck_assert_uint_eq(key.vlan_tci[1], 0x20c8);
    ck_assert_uint_eq(key.dl_type, OFCT_ETH_TYPE_IP);
    ck_assert_uint_eq(key.l3_ofs, 22);
    ck_assert_uint_eq(key.tp_dst, 2);
    ck_assert_int_eq(parse(&q, 15, &key, &err), OFCT_PKT_TRUNCATED);
    ck_assert_str_eq(err.msg, "VLAN tag at offset 12: truncated "
                     "(3 of 4 bytes)");

    /* Not IP at all. */
    tp_put16(q.b + 20, 0x0806);
    ck_assert_int_eq(parse(&q, q.n, &key, &err), OFCT_PKT_NOT_IP);
}
END_TEST

/* An IPv6 TCP SYN behind 'n_ext' destination-options headers and an
 * optional fragment header. */
static void
ipv6_with_ext(struct tpkt *p, int n_ext, bool frag, uint16_t frag_off)
{
    struct tpkt t;
    uint8_t l3[1500];
    size_t len = 0, tcp_len;
    int i;

    tp_tcp(&t, "fd00::1", "fd00::2", 1000, 80, 1, 0, F_SYN, 100, 0);
    tcp_len = t.n - t.l4;
    for (i = 0; i < n_ext; i++) {
        memset(l3 + len, 0, 8);
        l3[len] = i + 1 < n_ext ? 60 : frag ? 44 : 6;
        len += 8;
    }
    if (frag) {
        memset(l3 + len, 0, 8);
        l3[len] = 6;
        tp_put16(l3 + len + 2, frag_off);
        len += 8;
    }
    memcpy(l3 + len, t.b + t.l4, tcp_len);
    len += tcp_len;
    *p = t;
    p->b[t.l3 + 6] = n_ext ? 60 : frag ? 44 : 6;
    tp_put16(p->b + t.l3 + 4, len);
    memcpy(p->b + t.l4, l3, len);
    p->n = t.l4 + len;
}

START_TEST(test_ipv6_extension_headers)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;

    ipv6_with_ext(&p, 2, false, 0);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.nw_proto, 6);
    ck_assert_uint_eq(key.l4_ofs, 54 + 16);
    ck_assert_uint_eq(key.tp_dst, 80);

    /* A first fragment (more fragments, offset 0): L4 is there. */
    ipv6_with_ext(&p, 1, true, 1);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.nw_frag, OFCT_FRAG_ANY);
    ck_assert_uint_eq(key.tp_dst, 80);
    /* A later fragment: no L4 header to read. */
    ipv6_with_ext(&p, 0, true, 8 << 3);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.nw_frag, OFCT_FRAG_ANY | OFCT_FRAG_LATER);
    ck_assert_uint_eq(key.tp_dst, 0);

    /* A chain longer than the parser walks. */
    ipv6_with_ext(&p, 20, false, 0);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_MALFORMED);
    ck_assert_ptr_nonnull(strstr(err.msg, "more than 16"));
}
END_TEST

START_TEST(test_ipv4_fragments)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    struct tpkt p;
    uint16_t c;

    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 4);
    tp_put16(p.b + p.l3 + 6, 0x0010);       /* Offset 16 * 8. */
    p.b[p.l3 + 10] = p.b[p.l3 + 11] = 0;
    c = ofct_csum(p.b + p.l3, 20);
    memcpy(p.b + p.l3 + 10, &c, 2);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.nw_frag, OFCT_FRAG_ANY | OFCT_FRAG_LATER);
    ck_assert_uint_eq(key.tp_src, 0);
}
END_TEST

START_TEST(test_icmp_fields_and_quoted)
{
    struct ofct_flow_key key, inner;
    struct ofct_error err;
    struct tpkt udp, p;

    tp_icmp(&p, "10.1.1.1", "10.1.1.2", 8, 0, 0x55dc0001, NULL, 0);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.tp_src, 8);
    ck_assert_uint_eq(key.icmp_id, 0x55dc);

    tp_udp(&udp, "10.1.1.1", "10.1.1.2", 34567, 7999, 9);
    tp_icmp_error(&p, "10.1.1.2", "10.1.1.1", 3, 3, &udp);
    ck_assert_int_eq(parse(&p, p.n, &key, &err), OFCT_PKT_OK);
    ck_assert(flow_icmp_is_error(key.nw_proto, key.tp_src));
    ck_assert_int_eq(flow_parse_quoted(p.b + key.l7_ofs, p.n - key.l7_ofs,
                                       4, &inner, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(inner.nw_proto, 17);
    ck_assert_uint_eq(inner.tp_src, 34567);
    ck_assert_uint_eq(inner.tp_dst, 7999);
    ck_assert_mem_eq(inner.nw_src.b, "\x0a\x01\x01\x01", 4);
    /* A quote cut before the 8 bytes of L4 header is not enough. */
    ck_assert_int_eq(flow_parse_quoted(p.b + key.l7_ofs, 27, 4, &inner,
                                       &err), OFCT_PKT_TRUNCATED);
    ck_assert_int_eq(flow_parse_quoted(p.b + key.l7_ofs, 10, 6, &inner,
                                       &err), OFCT_PKT_TRUNCATED);
}
END_TEST

START_TEST(test_cooked_and_raw_links)
{
    struct ofct_flow_key key;
    struct ofct_error err;
    uint8_t frame[200];
    struct tpkt p;
    size_t ip_len;

    tp_udp(&p, "10.1.1.1", "10.1.1.2", 5, 6, 3);
    ip_len = p.n - p.l3;

    /* Raw IP. */
    ck_assert_int_eq(ofct_frame_parse(OFCT_LINK_RAW, p.b + p.l3, ip_len,
                                      NULL, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.tp_src, 5);
    ck_assert_uint_eq(key.l3_ofs, 0);

    /* Linux cooked v1: protocol at offset 14 of 16 bytes. */
    memset(frame, 0, 16);
    tp_put16(frame + 14, 0x0800);
    memcpy(frame + 16, p.b + p.l3, ip_len);
    ck_assert_int_eq(ofct_frame_parse(OFCT_LINK_SLL, frame, 16 + ip_len,
                                      NULL, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.l3_ofs, 16);
    ck_assert_uint_eq(key.tp_dst, 6);
    ck_assert_int_eq(ofct_frame_parse(OFCT_LINK_SLL, frame, 10, NULL, &key,
                                      &err), OFCT_PKT_TRUNCATED);

    /* Linux cooked v2: protocol at offset 0 of 20 bytes. */
    memset(frame, 0, 20);
    tp_put16(frame, 0x0800);
    memcpy(frame + 20, p.b + p.l3, ip_len);
    ck_assert_int_eq(ofct_frame_parse(OFCT_LINK_SLL2, frame, 20 + ip_len,
                                      NULL, &key, &err), OFCT_PKT_OK);
    ck_assert_uint_eq(key.l3_ofs, 20);
}
END_TEST

START_TEST(test_ip_addr_text)
{
    struct ofct_buf b = OFCT_BUF_INITIALIZER;
    struct ofct_ip_addr a;

    ck_assert_int_eq(ofct_ip_addr_parse("10.1.1.240", &a), 4);
    ofct_ip_addr_format(&a, 4, &b);
    ck_assert_int_eq(ofct_ip_addr_parse("fd00::1", &a), 6);
    ofct_buf_putc(&b, ' ');
    ofct_ip_addr_format(&a, 6, &b);
    ck_assert_str_eq(ofct_buf_cstr(&b), "10.1.1.240 fd00::1");
    ck_assert_int_eq(ofct_ip_addr_parse("10.1.1.256", &a), 0);
    ofct_buf_uninit(&b);
}
END_TEST

/* Captures. */

static char *
temp_file(void)
{
    char *name = strdup("/tmp/ofct-check-packet.XXXXXX");
    int fd = mkstemp(name);

    ck_assert_int_ge(fd, 0);
    close(fd);
    return name;
}

START_TEST(test_pcap_round_trip)
{
    struct ofct_pcap_writer *w;
    struct ofct_pcap_reader *r;
    struct ofct_frame f;
    struct ofct_error err;
    struct tpkt p;
    char *name = temp_file();
    int i;

    w = ofct_pcap_create(name, OFCT_LINK_ETHERNET, &err);
    ck_assert_ptr_nonnull(w);
    for (i = 0; i < 3; i++) {
        tp_udp(&p, "10.1.1.1", "10.1.1.2", 100 + i, 53, i);
        f.data = p.b;
        f.caplen = f.len = p.n;
        f.ts_ns = 1795280808000000000LL + i * 1500000LL + 7;
        ck_assert_int_eq(ofct_pcap_write(w, &f, &err), 0);
    }
    ck_assert_int_eq(ofct_pcap_close_writer(w, &err), 0);

    r = ofct_pcap_open(name, &err);
    ck_assert_msg(r != NULL, "%s", err.msg);
    ck_assert_int_eq(ofct_pcap_link_type(r), OFCT_LINK_ETHERNET);
    for (i = 0; i < 3; i++) {
        struct ofct_flow_key key;

        ck_assert_int_eq(ofct_pcap_read(r, &f, &err), 1);
        ck_assert_int_eq(f.ts_ns, 1795280808000000000LL + i * 1500000LL
                         + 7);
        ck_assert_int_eq(ofct_flow_parse(f.data, f.caplen, NULL, &key,
                                         &err), OFCT_PKT_OK);
        ck_assert_uint_eq(key.tp_src, 100 + i);
    }
    ck_assert_int_eq(ofct_pcap_read(r, &f, &err), 0);
    ofct_pcap_close(r);
    unlink(name);
    free(name);
}
END_TEST

START_TEST(test_pcap_errors)
{
    struct ofct_pcap_reader *r;
    struct ofct_frame f;
    struct ofct_error err;
    char *name = temp_file();
    FILE *file;
    struct ofct_pcap_writer *w;
    struct tpkt p;
    long size;

    /* Not a capture at all. */
    file = fopen(name, "w");
    fputs("this is not a capture file\n", file);
    fclose(file);
    r = ofct_pcap_open(name, &err);
    ck_assert_ptr_null(r);
    ck_assert_ptr_nonnull(strstr(err.msg, name));

    /* Missing file. */
    ck_assert_ptr_null(ofct_pcap_open("/nonexistent/x.pcap", &err));
    ck_assert_ptr_nonnull(strstr(err.msg, "/nonexistent/x.pcap"));

    /* A file cut in the middle of its second frame. */
    w = ofct_pcap_create(name, OFCT_LINK_ETHERNET, &err);
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 30);
    f.data = p.b;
    f.caplen = f.len = p.n;
    f.ts_ns = 0;
    ofct_pcap_write(w, &f, &err);
    ofct_pcap_write(w, &f, &err);
    ck_assert_int_eq(ofct_pcap_close_writer(w, &err), 0);
    file = fopen(name, "r+");
    fseek(file, 0, SEEK_END);
    size = ftell(file);
    fclose(file);
    ck_assert_int_eq(truncate(name, size - 10), 0);
    r = ofct_pcap_open(name, &err);
    ck_assert_ptr_nonnull(r);
    ck_assert_int_eq(ofct_pcap_read(r, &f, &err), 1);
    ck_assert_int_eq(ofct_pcap_read(r, &f, &err), -1);
    ck_assert_msg(strstr(err.msg, "after frame 1") != NULL, "%s", err.msg);
    ofct_pcap_close(r);

    /* A link type that the parser does not know. */
    w = ofct_pcap_create(name, 105, &err);      /* 802.11 */
    ck_assert_int_eq(ofct_pcap_close_writer(w, &err), 0);
    ck_assert_ptr_null(ofct_pcap_open(name, &err));
    ck_assert_ptr_nonnull(strstr(err.msg, "link type 105"));
    unlink(name);
    free(name);
}
END_TEST

/* Random damage to valid frames of every kind: the parser must return a
 * status for each, never read outside the frame (AddressSanitizer checks
 * that in the sanitizer build), and say what is wrong when it fails. */
START_TEST(test_mutations)
{
    static const uint8_t body[16] = "0123456789abcdef";
    uint32_t seed = 12345;
    struct tpkt base[6];
    int i, k;

    tp_tcp(&base[0], "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK, 100, 30);
    tp_udp(&base[1], "10.1.1.1", "10.1.1.2", 1, 2, 20);
    tp_icmp(&base[2], "10.1.1.1", "10.1.1.2", 3, 3, 0, base[1].b + 14, 48);
    tp_tcp(&base[3], "fd00::1", "fd00::2", 1, 2, 3, 4, F_SYN, 100, 0);
    tp_icmp(&base[4], "fd00::1", "fd00::2", 128, 0, 7, body, sizeof body);
    ipv6_with_ext(&base[5], 3, true, 1);
    for (i = 0; i < 30000; i++) {
        const struct tpkt *b = &base[i % 6];
        struct ofct_flow_key key, inner;
        struct ofct_error err;
        enum ofct_pkt_status st;
        size_t n = b->n;
        uint8_t *copy;

        seed = seed * 1103515245 + 12345;
        if (seed >> 28 == 0) {
            n = (seed >> 8) % (b->n + 1);
        }
        copy = malloc(n ? n : 1);
        memcpy(copy, b->b, n);
        for (k = 0; k < 3 && n; k++) {
            seed = seed * 1103515245 + 12345;
            copy[(seed >> 8) % n] ^= 1 << (seed >> 4 & 7);
        }
        ofct_error_clear(&err);
        st = ofct_flow_parse(copy, n, NULL, &key, &err);
        if (st != OFCT_PKT_OK && st != OFCT_PKT_NOT_IP) {
            ck_assert_msg(err.msg[0], "no message for status %d", st);
        } else if (st == OFCT_PKT_OK && key.l7_ofs < n) {
            flow_parse_quoted(copy + key.l7_ofs, n - key.l7_ofs,
                              key.dl_type == OFCT_ETH_TYPE_IPV6 ? 6 : 4,
                              &inner, NULL);
        }
        free(copy);
    }
}
END_TEST

/* The fast path gives the same key as the full parser whenever it
 * answers, and answers for the common frames. */
static void
check_fast_path(const uint8_t *frame, size_t n, bool l4_csum, bool must)
{
    struct ofct_parse_options opts = { .no_l4_csum = !l4_csum };
    struct ofct_flow_key fast, full;
    bool ok;

    memset(&full, 0xaa, sizeof full);
    ok = flow_parse_fast(frame, n, l4_csum, &fast);
    ck_assert(!must || ok);
    if (ok) {
        /* The full parser, reached with the fast path failing: a copy
         * with a VLAN tag the fast path does not take, then compared
         * without the tag's effects. */
        uint8_t tagged[2048];
        size_t i;

        memcpy(tagged, frame, 12);
        memcpy(tagged + 12, "\x81\x00\x00\x05", 4);
        memcpy(tagged + 16, frame + 12, n - 12);
        ck_assert_int_eq(ofct_flow_parse(tagged, n + 4, &opts, &full, NULL),
                         OFCT_PKT_OK);
        ck_assert_uint_eq(full.n_vlans, 1);
        full.n_vlans = 0;
        full.vlan_tci[0] = 0;
        full.l3_ofs -= 4;
        full.l4_ofs -= 4;
        full.l7_ofs -= 4;
        for (i = 0; i < sizeof fast; i++) {
            ck_assert_msg(((uint8_t *) &fast)[i] == ((uint8_t *) &full)[i],
                          "byte %zu of the key differs", i);
        }
    }
}

/* The fast path's IPv4 header check agrees with the checksum itself, on
 * random headers and on headers whose checksum is right, in both of its
 * forms when it is zero (0x0000 and 0xffff). */
START_TEST(test_fast_ipv4_csum)
{
    uint32_t seed = 7;
    uint8_t ip[20];
    int i, k;

    for (i = 0; i < 200000; i++) {
        uint16_t c;

        for (k = 0; k < 20; k++) {
            seed = seed * 1103515245 + 12345;
            ip[k] = seed >> 16;
        }
        ip[0] = 0x45;
        if (i & 1) {
            ip[10] = ip[11] = 0;
            c = ofct_csum(ip, 20);
            memcpy(ip + 10, &c, 2);
            if (i % 7 == 1) {
                ip[k = 12 + (seed >> 8) % 8] ^= 1 << (seed >> 4 & 7);
            }
        }
        ck_assert_int_eq(fast_ipv4_csum_ok(ip), ofct_csum(ip, 20) == 0);
    }
    /* A header whose checksum is zero, written as 0x0000 or 0xffff. */
    memset(ip, 0, sizeof ip);
    ip[0] = 0x45;
    ip[1] = 0xff;
    ip[2] = 0xba;               /* 0x45ff + 0xba00 = 0xffff. */
    ck_assert_int_eq(ofct_csum(ip, 20), 0);
    ck_assert(fast_ipv4_csum_ok(ip));
    ip[10] = ip[11] = 0xff;
    ck_assert_int_eq(ofct_csum(ip, 20), 0);
    ck_assert(fast_ipv4_csum_ok(ip));
    ip[10] = 0xfe;
    ck_assert(!fast_ipv4_csum_ok(ip));
}
END_TEST

START_TEST(test_fast_path_agrees)
{
    uint32_t seed = 99;
    struct tpkt p;
    int i, k;

    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK | F_PSH, 100, 30);
    check_fast_path(p.b, p.n, true, true);
    tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 20);
    check_fast_path(p.b, p.n, true, true);
    p.b[p.l4 + 6] = p.b[p.l4 + 7] = 0;
    check_fast_path(p.b, p.n, true, true);
    for (i = 0; i < 20000; i++) {
        seed = seed * 1103515245 + 12345;
        if (seed & 1) {
            tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1, 2, 3, 4, F_ACK, 100,
                   (seed >> 8) % 40);
        } else {
            tp_udp(&p, "10.1.1.1", "10.1.1.2", 1, 2, (seed >> 8) % 40);
        }
        for (k = 0; k < 2; k++) {
            seed = seed * 1103515245 + 12345;
            p.b[(seed >> 8) % p.n] ^= 1 << (seed >> 4 & 7);
        }
        check_fast_path(p.b, p.n, seed >> 31, false);
    }
}
END_TEST

static void
put_le32(FILE *f, uint32_t v)
{
    uint8_t b[4] = { v, v >> 8, v >> 16, v >> 24 };

    fwrite(b, 1, 4, f);
}

/* A pcapng file written by hand (libpcap writes only pcap): a section
 * header, an Ethernet interface, one enhanced packet block. */
START_TEST(test_pcapng)
{
    struct ofct_pcap_reader *r;
    struct ofct_flow_key key;
    struct ofct_error err;
    struct ofct_frame f;
    struct tpkt p;
    char *name = temp_file();
    uint64_t ts_us = 1795280808123456ULL;
    size_t pad;
    FILE *file;

    tp_udp(&p, "10.1.1.1", "10.1.1.2", 4242, 53, 5);
    pad = (4 - p.n % 4) % 4;
    file = fopen(name, "wb");
    put_le32(file, 0x0a0d0d0a);         /* Section header block. */
    put_le32(file, 28);
    put_le32(file, 0x1a2b3c4d);
    put_le32(file, 1);                  /* Version 1.0. */
    put_le32(file, 0xffffffff);         /* Section length unknown. */
    put_le32(file, 0xffffffff);
    put_le32(file, 28);
    put_le32(file, 1);                  /* Interface description block. */
    put_le32(file, 20);
    put_le32(file, 1);                  /* Ethernet. */
    put_le32(file, 65535);
    put_le32(file, 20);
    put_le32(file, 6);                  /* Enhanced packet block. */
    put_le32(file, 32 + p.n + pad);
    put_le32(file, 0);
    put_le32(file, ts_us >> 32);
    put_le32(file, ts_us);
    put_le32(file, p.n);
    put_le32(file, p.n);
    fwrite(p.b, 1, p.n, file);
    fwrite("\0\0\0", 1, pad, file);
    put_le32(file, 32 + p.n + pad);
    fclose(file);

    r = ofct_pcap_open(name, &err);
    ck_assert_msg(r != NULL, "%s", err.msg);
    ck_assert_int_eq(ofct_pcap_link_type(r), OFCT_LINK_ETHERNET);
    ck_assert_int_eq(ofct_pcap_read(r, &f, &err), 1);
    ck_assert_int_eq(f.ts_ns, (int64_t) ts_us * 1000);
    ck_assert_uint_eq(f.caplen, p.n);
    ck_assert_int_eq(ofct_flow_parse(f.data, f.caplen, NULL, &key, &err),
                     OFCT_PKT_OK);
    ck_assert_uint_eq(key.tp_src, 4242);
    ck_assert_int_eq(ofct_pcap_read(r, &f, &err), 0);
    ofct_pcap_close(r);
    unlink(name);
    free(name);
}
END_TEST

static Suite *
packet_suite(void)
{
    Suite *s = suite_create("packet");
    TCase *tc = tcase_create("parse");

    tcase_add_test(tc, test_csum_rfc1071);
    tcase_add_test(tc, test_parse_ipv4_tcp);
    tcase_add_test(tc, test_truncation_everywhere);
    tcase_add_test(tc, test_truncated_message);
    tcase_add_test(tc, test_bad_checksums);
    tcase_add_test(tc, test_udp_checksum_zero_and_length);
    tcase_add_test(tc, test_malformed_headers);
    tcase_add_test(tc, test_vlan_tags);
    tcase_add_test(tc, test_ipv6_extension_headers);
    tcase_add_test(tc, test_ipv4_fragments);
    tcase_add_test(tc, test_icmp_fields_and_quoted);
    tcase_add_test(tc, test_cooked_and_raw_links);
    tcase_add_test(tc, test_ip_addr_text);
    tcase_add_test(tc, test_mutations);
    tcase_add_test(tc, test_fast_path_agrees);
    tcase_add_test(tc, test_fast_ipv4_csum);
    suite_add_tcase(s, tc);

    tc = tcase_create("pcap");
    tcase_add_test(tc, test_pcap_round_trip);
    tcase_add_test(tc, test_pcap_errors);
    tcase_add_test(tc, test_pcapng);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(packet_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
