/* Header parsing: Ethernet, VLAN, IPv4, IPv6 and its extension headers,
 * TCP, UDP, ICMP, ICMPv6, into a struct ofct_flow_key.
 *
 * Every read is preceded by a length check against what the frame holds,
 * and, below L3, against what the IP header says the packet holds (an
 * Ethernet frame may carry padding after the IP packet). */
#include <config.h>

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

#include "ofct/packet.h"
#include "packet/parse-fast.h"
#include "packet/parse-private.h"

/* Parse state. */
struct parser {
    const uint8_t *data;
    size_t size;                /* Bytes available from 'data'. */
    const struct ofct_parse_options *opts;
    struct ofct_flow_key *key;
    struct ofct_error *err;
};

static const struct ofct_parse_options default_opts = { .no_l4_csum = false };

static uint32_t
get32(const uint8_t *p)
{
    return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
           | (uint32_t) p[2] << 8 | p[3];
}

static enum ofct_pkt_status
fail(struct parser *p, enum ofct_pkt_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static enum ofct_pkt_status
fail(struct parser *p, enum ofct_pkt_status status, const char *fmt, ...)
{
    if (p->err) {
        va_list args;

        va_start(args, fmt);
        ofct_error_vset(p->err, OFCT_OK, fmt, args);
        va_end(args);
    }
    return status;
}

/* Fails with "truncated" unless 'need' bytes are there at offset 'ofs'
 * within a limit of 'limit' bytes. */
static bool
have(size_t ofs, size_t need, size_t limit)
{
    return ofs <= limit && need <= limit - ofs;
}

static enum ofct_pkt_status
truncated(struct parser *p, const char *what, size_t ofs, size_t need,
          size_t limit)
{
    return fail(p, OFCT_PKT_TRUNCATED,
                "%s at offset %zu: truncated (%zu of %zu bytes)", what, ofs,
                limit > ofs ? limit - ofs : 0, need);
}

/* L4 checksums. */

/* Adds the IPv4 or IPv6 pseudo-header of an L4 segment. */
static uint32_t
pseudo_header_sum(const struct ofct_flow_key *key, uint8_t proto,
                  uint32_t l4_len)
{
    uint8_t tail[8];
    uint32_t sum;

    if (key->dl_type == OFCT_ETH_TYPE_IP) {
        sum = ofct_csum_add(0, key->nw_src.b, 4);
        sum = ofct_csum_add(sum, key->nw_dst.b, 4);
        tail[0] = 0;
        tail[1] = proto;
        tail[2] = l4_len >> 8;
        tail[3] = l4_len;
        return ofct_csum_add(sum, tail, 4);
    }
    sum = ofct_csum_add(0, key->nw_src.b, 16);
    sum = ofct_csum_add(sum, key->nw_dst.b, 16);
    tail[0] = l4_len >> 24;
    tail[1] = l4_len >> 16;
    tail[2] = l4_len >> 8;
    tail[3] = l4_len;
    tail[4] = tail[5] = tail[6] = 0;
    tail[7] = proto;
    return ofct_csum_add(sum, tail, 8);
}

static bool
l4_csum_ok(struct parser *p, bool pseudo)
{
    const struct ofct_flow_key *key = p->key;
    uint32_t sum = 0;

    if (pseudo) {
        sum = pseudo_header_sum(key, key->nw_proto, key->l4_len);
    }
    sum = ofct_csum_add(sum, p->data + key->l4_ofs, key->l4_len);
    return ofct_csum_finish(sum) == 0;
}

/* Whether to verify the L4 checksum: never for fragments, whose checksum
 * covers the whole datagram. */
static bool
verify_l4(const struct parser *p)
{
    return !p->opts->no_l4_csum && !p->key->nw_frag;
}

static enum ofct_pkt_status
bad_l4_csum(struct parser *p, const char *what)
{
    return fail(p, OFCT_PKT_BAD_CSUM, "%s at offset %u: bad checksum", what,
                p->key->l4_ofs);
}

/* Sets tp_src and tp_dst with one 32-bit store: readers often load the two
 * together (a compiler merges the loads), and a load wider than the stores
 * it reads from stalls the processor. */
static void
set_ports(struct ofct_flow_key *key, uint16_t src, uint16_t dst)
{
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    uint32_t w = src | (uint32_t) dst << 16;
#else
    uint32_t w = (uint32_t) src << 16 | dst;
#endif

    _Static_assert(offsetof(struct ofct_flow_key, tp_dst)
                   == offsetof(struct ofct_flow_key, tp_src) + 2,
                   "tp_src and tp_dst are adjacent");
    memcpy((uint8_t *) key + offsetof(struct ofct_flow_key, tp_src), &w,
           sizeof w);
}

/* L4. */

static enum ofct_pkt_status
parse_tcp(struct parser *p)
{
    struct ofct_flow_key *key = p->key;
    const uint8_t *tcp = p->data + key->l4_ofs;
    size_t hlen;

    if (key->l4_len < 20) {
        return truncated(p, "TCP header", key->l4_ofs, 20, key->l4_ofs
                         + key->l4_len);
    }
    hlen = (tcp[12] >> 4) * 4;
    if (hlen < 20 || hlen > key->l4_len) {
        return fail(p, OFCT_PKT_MALFORMED, "TCP header at offset %u: data "
                    "offset %zu bytes, outside 20..%u", key->l4_ofs, hlen,
                    key->l4_len);
    }
    set_ports(key, get16(tcp), get16(tcp + 2));
    key->tcp_seq = get32(tcp + 4);
    key->tcp_ack = get32(tcp + 8);
    key->tcp_flags = get16(tcp + 12) & 0x0fff;
    key->tcp_window = get16(tcp + 14);
    key->l7_ofs = key->l4_ofs + hlen;
    if (verify_l4(p) && !l4_csum_ok(p, true)) {
        return bad_l4_csum(p, "TCP segment");
    }
    return OFCT_PKT_OK;
}

static enum ofct_pkt_status
parse_udp(struct parser *p)
{
    struct ofct_flow_key *key = p->key;
    const uint8_t *udp = p->data + key->l4_ofs;
    uint16_t udp_len;

    if (key->l4_len < 8) {
        return truncated(p, "UDP header", key->l4_ofs, 8,
                         key->l4_ofs + key->l4_len);
    }
    set_ports(key, get16(udp), get16(udp + 2));
    key->l7_ofs = key->l4_ofs + 8;
    if (key->nw_frag) {
        return OFCT_PKT_OK;
    }
    udp_len = get16(udp + 4);
    if (udp_len < 8 || udp_len > key->l4_len) {
        return fail(p, OFCT_PKT_MALFORMED, "UDP header at offset %u: length "
                    "%u, outside 8..%u", key->l4_ofs, udp_len, key->l4_len);
    }
    /* The checksum covers the UDP length, which may be shorter than the IP
     * payload. */
    key->l4_len = udp_len;
    if (verify_l4(p)) {
        bool zero = !udp[6] && !udp[7];

        if (zero && key->dl_type == OFCT_ETH_TYPE_IP) {
            return OFCT_PKT_OK;         /* No checksum: allowed in IPv4. */
        }
        if (zero || !l4_csum_ok(p, true)) {
            return bad_l4_csum(p, "UDP datagram");
        }
    }
    return OFCT_PKT_OK;
}

bool
flow_icmp_is_error(uint8_t nw_proto, uint8_t type)
{
    if (nw_proto == IPPROTO_NUM_ICMP) {
        return type == 3 || type == 4 || type == 5 || type == 11
               || type == 12;
    }
    return nw_proto == IPPROTO_NUM_ICMPV6 && type >= 1 && type <= 4;
}

/* ICMP query types that carry an identifier: echo, timestamp, information
 * and address mask requests and replies (ICMPv6: echo). */
static bool
icmp_has_id(uint8_t nw_proto, uint8_t type)
{
    if (nw_proto == IPPROTO_NUM_ICMP) {
        return type == 0 || type == 8 || (type >= 13 && type <= 18);
    }
    return type == 128 || type == 129;
}

static enum ofct_pkt_status
parse_icmp(struct parser *p)
{
    struct ofct_flow_key *key = p->key;
    const uint8_t *icmp = p->data + key->l4_ofs;
    bool v6 = key->nw_proto == IPPROTO_NUM_ICMPV6;
    const char *name = v6 ? "ICMPv6 message" : "ICMP message";

    if (key->l4_len < 8) {
        return truncated(p, name, key->l4_ofs, 8, key->l4_ofs + key->l4_len);
    }
    set_ports(key, icmp[0], icmp[1]);
    if (icmp_has_id(key->nw_proto, icmp[0])) {
        key->icmp_id = get16(icmp + 4);
    }
    key->l7_ofs = key->l4_ofs + 8;
    if (verify_l4(p) && !l4_csum_ok(p, v6)) {
        return bad_l4_csum(p, name);
    }
    return OFCT_PKT_OK;
}

static enum ofct_pkt_status
parse_l4(struct parser *p)
{
    struct ofct_flow_key *key = p->key;

    key->l7_ofs = key->l4_ofs;
    if (key->nw_frag & OFCT_FRAG_LATER) {
        return OFCT_PKT_OK;
    }
    switch (key->nw_proto) {
    case IPPROTO_NUM_TCP:
        return parse_tcp(p);
    case IPPROTO_NUM_UDP:
        return parse_udp(p);
    case IPPROTO_NUM_ICMP:
    case IPPROTO_NUM_ICMPV6:
        return parse_icmp(p);
    default:
        return OFCT_PKT_OK;
    }
}

/* L3. */

/* The IPv4 header checksum, folded: 0 if it verifies.  Specialized for a
 * header (a multiple of 4 bytes, at most 60), since every packet has one. */
static uint16_t
ipv4_header_csum(const uint8_t *ip, size_t ihl)
{
    uint32_t w[5];
    uint64_t sum;
    size_t i;

    /* The fixed 20 bytes in two independent chains, then the options. */
    memcpy(w, ip, sizeof w);
    sum = ((uint64_t) w[0] + w[1] + w[2]) + ((uint64_t) w[3] + w[4]);
    for (i = 20; i < ihl; i += 4) {
        memcpy(w, ip + i, 4);
        sum += w[0];
    }
    sum = (sum & 0xffffffff) + (sum >> 32);
    sum = (sum & 0xffff) + (sum >> 16);
    sum = (sum & 0xffff) + (sum >> 16);
    sum = (sum & 0xffff) + (sum >> 16);
    return ~sum & 0xffff;
}

static enum ofct_pkt_status
parse_ipv4(struct parser *p, size_t ofs)
{
    struct ofct_flow_key *key = p->key;
    const uint8_t *ip = p->data + ofs;
    size_t ihl, total;
    uint16_t frag;

    if (!have(ofs, 20, p->size)) {
        return truncated(p, "IPv4 header", ofs, 20, p->size);
    }
    ihl = (ip[0] & 0x0f) * 4;
    if (ip[0] >> 4 != 4 || ihl < 20) {
        return fail(p, OFCT_PKT_MALFORMED, "IPv4 header at offset %zu: "
                    "version %u, header length %zu", ofs, ip[0] >> 4, ihl);
    }
    total = get16(ip + 2);
    if (total < ihl) {
        return fail(p, OFCT_PKT_MALFORMED, "IPv4 header at offset %zu: "
                    "total length %zu shorter than its header (%zu)", ofs,
                    total, ihl);
    }
    if (!have(ofs, total, p->size)) {
        return truncated(p, "IPv4 packet", ofs, total, p->size);
    }
    if (ipv4_header_csum(ip, ihl)) {
        return fail(p, OFCT_PKT_BAD_CSUM, "IPv4 header at offset %zu: bad "
                    "checksum", ofs);
    }
    key->l3_ofs = ofs;
    key->l3_len = total;
    key->nw_tos = ip[1];
    key->nw_ttl = ip[8];
    key->nw_proto = ip[9];
    memcpy(key->nw_src.b, ip + 12, 4);
    memcpy(key->nw_dst.b, ip + 16, 4);
    frag = get16(ip + 6);
    if (frag & 0x3fff) {
        key->nw_frag = OFCT_FRAG_ANY | (frag & 0x1fff ? OFCT_FRAG_LATER : 0);
    }
    key->l4_ofs = ofs + ihl;
    key->l4_len = total - ihl;
    return parse_l4(p);
}

static bool
ipv6_is_ext_header(uint8_t nh)
{
    return nh == IPPROTO_NUM_HOPOPTS || nh == IPPROTO_NUM_ROUTING
           || nh == IPPROTO_NUM_FRAGMENT || nh == IPPROTO_NUM_DSTOPTS
           || nh == IPPROTO_NUM_AH;
}

/* A bound on the extension header chain, so that a crafted packet cannot
 * make the parser walk a long list of empty headers. */
#define MAX_IPV6_EXT_HEADERS 16

/* Walks the extension headers from 'ofs' up to 'end'.  On return
 * key->nw_proto is the upper-layer protocol and key->l4_ofs where it
 * starts. */
static enum ofct_pkt_status
parse_ipv6_ext(struct parser *p, size_t ofs, size_t end, uint8_t nh)
{
    struct ofct_flow_key *key = p->key;
    int n;

    for (n = 0; ipv6_is_ext_header(nh); n++) {
        const uint8_t *h = p->data + ofs;
        size_t len;

        if (n >= MAX_IPV6_EXT_HEADERS) {
            return fail(p, OFCT_PKT_MALFORMED, "IPv6 extension header at "
                        "offset %zu: more than %d in a chain", ofs,
                        MAX_IPV6_EXT_HEADERS);
        }
        if (nh == IPPROTO_NUM_HOPOPTS && n > 0) {
            return fail(p, OFCT_PKT_MALFORMED, "IPv6 hop-by-hop options at "
                        "offset %zu: not first in the chain", ofs);
        }
        if (!have(ofs, 8, end)) {
            return truncated(p, "IPv6 extension header", ofs, 8, end);
        }
        len = nh == IPPROTO_NUM_FRAGMENT ? 8
              : nh == IPPROTO_NUM_AH ? (h[1] + 2) * 4 : (h[1] + 1) * 8;
        if (!have(ofs, len, end)) {
            return truncated(p, "IPv6 extension header", ofs, len, end);
        }
        if (nh == IPPROTO_NUM_FRAGMENT) {
            uint16_t off = get16(h + 2);

            if (off & 0xfff9) {
                key->nw_frag = OFCT_FRAG_ANY
                               | (off & 0xfff8 ? OFCT_FRAG_LATER : 0);
            }
        }
        nh = h[0];
        ofs += len;
    }
    key->nw_proto = nh;
    key->l4_ofs = ofs;
    key->l4_len = end - ofs;
    return OFCT_PKT_OK;
}

static enum ofct_pkt_status
parse_ipv6(struct parser *p, size_t ofs)
{
    struct ofct_flow_key *key = p->key;
    const uint8_t *ip = p->data + ofs;
    enum ofct_pkt_status status;
    size_t payload;

    if (!have(ofs, 40, p->size)) {
        return truncated(p, "IPv6 header", ofs, 40, p->size);
    }
    if (ip[0] >> 4 != 6) {
        return fail(p, OFCT_PKT_MALFORMED, "IPv6 header at offset %zu: "
                    "version %u", ofs, ip[0] >> 4);
    }
    payload = get16(ip + 4);
    if (!payload && ip[6] == IPPROTO_NUM_HOPOPTS) {
        return fail(p, OFCT_PKT_MALFORMED, "IPv6 header at offset %zu: "
                    "jumbograms are not supported", ofs);
    }
    if (!have(ofs + 40, payload, p->size)) {
        return truncated(p, "IPv6 packet", ofs, 40 + payload, p->size);
    }
    key->l3_ofs = ofs;
    key->l3_len = 40 + payload;
    key->nw_tos = (get16(ip) >> 4) & 0xff;
    key->nw_ttl = ip[7];
    memcpy(key->nw_src.b, ip + 8, 16);
    memcpy(key->nw_dst.b, ip + 24, 16);
    status = parse_ipv6_ext(p, ofs + 40, ofs + 40 + payload, ip[6]);
    return status != OFCT_PKT_OK ? status : parse_l4(p);
}

static enum ofct_pkt_status
parse_l3(struct parser *p, size_t ofs)
{
    switch (p->key->dl_type) {
    case OFCT_ETH_TYPE_IP:
        return parse_ipv4(p, ofs);
    case OFCT_ETH_TYPE_IPV6:
        return parse_ipv6(p, ofs);
    default:
        return OFCT_PKT_NOT_IP;
    }
}

/* L2. */

static enum ofct_pkt_status
parse_ethernet(struct parser *p)
{
    struct ofct_flow_key *key = p->key;
    size_t ofs = 12;

    if (p->size < 14) {
        return truncated(p, "Ethernet header", 0, 14, p->size);
    }
    key->dl_type = get16(p->data + ofs);
    ofs += 2;
    while ((key->dl_type == OFCT_ETH_TYPE_VLAN
            || key->dl_type == OFCT_ETH_TYPE_QINQ) && key->n_vlans < 2) {
        if (!have(ofs, 4, p->size)) {
            return truncated(p, "VLAN tag", ofs - 2, 4, p->size);
        }
        key->vlan_tci[key->n_vlans++] = get16(p->data + ofs);
        key->dl_type = get16(p->data + ofs + 2);
        ofs += 4;
    }
    return parse_l3(p, ofs);
}

static void
parser_init(struct parser *p, const void *data, size_t size,
            const struct ofct_parse_options *opts, struct ofct_flow_key *key,
            struct ofct_error *err)
{
    p->data = data;
    p->size = size > UINT16_MAX ? UINT16_MAX : size;
    p->opts = opts ? opts : &default_opts;
    p->key = key;
    p->err = err;
    memset(key, 0, sizeof *key);
}

enum ofct_pkt_status
ofct_flow_parse(const void *data, size_t size,
                const struct ofct_parse_options *opts,
                struct ofct_flow_key *key, struct ofct_error *err)
{
    struct parser p;

    if (flow_parse_fast(data, size, !(opts && opts->no_l4_csum), key)) {
        return OFCT_PKT_OK;
    }
    parser_init(&p, data, size, opts, key, err);
    return parse_ethernet(&p);
}

enum ofct_pkt_status
ofct_flow_parse_l3(const void *data, size_t size,
                   const struct ofct_parse_options *opts,
                   struct ofct_flow_key *key, struct ofct_error *err)
{
    struct parser p;
    const uint8_t *b = data;

    parser_init(&p, data, size, opts, key, err);
    if (!size) {
        return truncated(&p, "IP header", 0, 1, 0);
    }
    key->dl_type = b[0] >> 4 == 6 ? OFCT_ETH_TYPE_IPV6 : OFCT_ETH_TYPE_IP;
    return parse_l3(&p, 0);
}

enum ofct_pkt_status
flow_parse_ethertype(const void *data, size_t size, size_t ofs,
                     uint16_t dl_type, const struct ofct_parse_options *opts,
                     struct ofct_flow_key *key, struct ofct_error *err)
{
    struct parser p;

    parser_init(&p, data, size, opts, key, err);
    key->dl_type = dl_type;
    return parse_l3(&p, ofs);
}

/* Quoted packets in ICMP errors. */

enum ofct_pkt_status
flow_parse_quoted(const uint8_t *data, size_t size, int family,
                  struct ofct_flow_key *key, struct ofct_error *err)
{
    static const struct ofct_parse_options no_csum = { .no_l4_csum = true };
    struct parser p;
    enum ofct_pkt_status status;
    size_t hlen;

    parser_init(&p, data, size, &no_csum, key, err);
    key->dl_type = family == 6 ? OFCT_ETH_TYPE_IPV6 : OFCT_ETH_TYPE_IP;
    hlen = family == 6 ? 40 : 20;
    if (size < hlen) {
        return truncated(&p, "quoted IP header", 0, hlen, size);
    }
    if (family == 4) {
        hlen = (data[0] & 0x0f) * 4;
        if (data[0] >> 4 != 4 || hlen < 20 || hlen > size) {
            return fail(&p, OFCT_PKT_MALFORMED, "quoted IPv4 header: "
                        "version %u, header length %zu", data[0] >> 4, hlen);
        }
        key->nw_proto = data[9];
        memcpy(key->nw_src.b, data + 12, 4);
        memcpy(key->nw_dst.b, data + 16, 4);
        key->l4_ofs = hlen;
        key->l4_len = size - hlen;
    } else {
        if (data[0] >> 4 != 6) {
            return fail(&p, OFCT_PKT_MALFORMED, "quoted IPv6 header: "
                        "version %u", data[0] >> 4);
        }
        memcpy(key->nw_src.b, data + 8, 16);
        memcpy(key->nw_dst.b, data + 24, 16);
        status = parse_ipv6_ext(&p, 40, size, data[6]);
        if (status != OFCT_PKT_OK) {
            return status;
        }
    }
    if (key->l4_len < 8) {
        return truncated(&p, "quoted L4 header", key->l4_ofs, 8, size);
    }
    /* Only the first 8 bytes are there for sure: read them, no further. */
    key->l4_len = 8;
    if (key->nw_proto == IPPROTO_NUM_TCP
        || key->nw_proto == IPPROTO_NUM_UDP) {
        /* The quoted lengths describe the whole original packet, so only
         * the ports are read. */
        set_ports(key, get16(data + key->l4_ofs),
                  get16(data + key->l4_ofs + 2));
        return OFCT_PKT_OK;
    }
    return parse_l4(&p);
}

const char *
ofct_pkt_status_to_string(enum ofct_pkt_status status)
{
    switch (status) {
    case OFCT_PKT_OK:
        return "ok";
    case OFCT_PKT_NOT_IP:
        return "not IP";
    case OFCT_PKT_TRUNCATED:
        return "truncated";
    case OFCT_PKT_MALFORMED:
        return "malformed";
    case OFCT_PKT_BAD_CSUM:
        return "bad checksum";
    }
    return "unknown";
}
