/* Rewriting a packet for NAT: its addresses and ports (or ICMP
 * identifier), its TCP sequence numbers after ALG edits, the edits
 * themselves, and the checksums that cover all of these. */
#include <config.h>

#include <string.h>

#include "conntrack/ct-nat.h"
#include "packet/parse-private.h"

static size_t
addr_len(uint8_t family)
{
    return family == 6 ? 16 : 4;
}

static uint8_t *
addr_field(const struct ct_nat_ip *ip, bool src)
{
    if (ip->family == 4) {
        return ip->l3 + (src ? 12 : 16);
    }
    return ip->l3 + (src ? 8 : 24);
}

static bool
is_icmp(uint8_t proto)
{
    return proto == IPPROTO_NUM_ICMP || proto == IPPROTO_NUM_ICMPV6;
}

static bool
has_ports(uint8_t proto)
{
    return proto == IPPROTO_NUM_TCP || proto == IPPROTO_NUM_UDP;
}

/* A UDP checksum over IPv4, which may be 0 for none. */
static bool
is_udp4(const struct ct_nat_ip *ip)
{
    return ip->proto == IPPROTO_NUM_UDP && ip->family == 4;
}

uint8_t *
ct_nat_ip_l4_csum(const struct ct_nat_ip *ip)
{
    size_t ofs;

    if (ip->proto == IPPROTO_NUM_TCP) {
        ofs = 16;
    } else if (ip->proto == IPPROTO_NUM_UDP) {
        ofs = 6;
    } else if (is_icmp(ip->proto)) {
        ofs = 2;
    } else {
        return NULL;
    }
    return ofs + 2 <= ip->l4_len ? ip->l4 + ofs : NULL;
}

void
ct_nat_ip_set_addr(struct ct_nat_ip *ip, bool src,
                   const struct ofct_ip_addr *addr)
{
    size_t n = addr_len(ip->family);
    uint8_t *field = addr_field(ip, src);
    uint8_t *csum;

    if (!memcmp(field, addr->b, n)) {
        return;
    }
    if (ip->family == 4) {
        ct_csum_update(ip->l3 + 10, field, addr->b, 4, false);
    }
    /* ICMP (IPv4) has no pseudo-header; the others cover the addresses. */
    csum = ct_nat_ip_l4_csum(ip);
    if (csum && ip->proto != IPPROTO_NUM_ICMP) {
        ct_csum_update(csum, field, addr->b, n, is_udp4(ip));
    }
    memcpy(field, addr->b, n);
}

void
ct_nat_ip_set_port(struct ct_nat_ip *ip, bool src, uint16_t port)
{
    uint8_t v[2] = { port >> 8, port & 0xff };
    size_t ofs;

    if (has_ports(ip->proto)) {
        ofs = src ? 0 : 2;
    } else if (is_icmp(ip->proto)) {
        ofs = 4;                /* The query's identifier. */
    } else {
        return;
    }
    if (ofs + 2 <= ip->l4_len) {
        ct_csum_write(ip->l4, ip->l4_len, ofs, v, 2, ct_nat_ip_l4_csum(ip),
                      is_udp4(ip));
    }
}

static void
ip_of_packet(const struct ct_nat_pkt *np, struct ct_nat_ip *ip)
{
    const struct ofct_flow_key *f = np->flow;

    ip->l3 = np->pkt->data + f->l3_ofs;
    ip->l4 = np->pkt->data + f->l4_ofs;
    ip->l4_len = f->l4_len;
    ip->family = f->dl_type == OFCT_ETH_TYPE_IPV6 ? 6 : 4;
    ip->proto = f->nw_proto;
}

void
ct_nat_translate(const struct conn *conn, bool reply, struct ct_nat_pkt *np)
{
    const struct ct_nat *nat = conn_nat(conn);
    bool tcp = np->flow->nw_proto == IPPROTO_NUM_TCP;
    bool resized = false;
    struct ct_nat_ip ip;
    struct ct_key other;

    /* The packet becomes the reverse of the other direction's key. */
    conn_get_key(conn, reply ? CT_DIR_ORIG : CT_DIR_REPLY, &other);
    if (tcp && nat->edits) {
        resized = ct_nat_edits_apply(nat->edits, reply, np);
    }
    ip_of_packet(np, &ip);
    if (tcp && nat->edits) {
        ct_nat_seq_rewrite(nat->edits, reply, &ip, !resized);
    }
    ct_nat_ip_set_addr(&ip, true, &other.dst);
    ct_nat_ip_set_addr(&ip, false, &other.src);
    if (has_ports(ip.proto)) {
        ct_nat_ip_set_port(&ip, true, other.dport);
        ct_nat_ip_set_port(&ip, false, other.sport);
    } else if (is_icmp(ip.proto)) {
        ct_nat_ip_set_port(&ip, true, other.sport);
    }
    if (resized) {
        ct_csum_l4_recompute(&ip);
    }
}

/* Sets the IP header's length for an IP packet 'delta' bytes longer.
 * Returns false if it would not fit. */
static bool
set_ip_len(struct ct_nat_pkt *np, long delta)
{
    uint8_t *l3 = np->pkt->data + np->flow->l3_ofs;
    bool v6 = np->flow->dl_type == OFCT_ETH_TYPE_IPV6;
    size_t ofs = v6 ? 4 : 2;    /* Payload length, or total length. */
    long len = (long) get16(l3 + ofs) + delta;
    uint8_t v[2];

    if (len < 0 || len > 65535) {
        return false;
    }
    v[0] = len >> 8;
    v[1] = len & 0xff;
    ct_csum_write(l3, 20, ofs, v, 2, v6 ? NULL : l3 + 10, false);
    return true;
}

bool
ct_nat_pkt_replace(struct ct_nat_pkt *np, size_t ofs, size_t old_len,
                   const uint8_t *new, size_t new_len)
{
    struct ofct_packet *pkt = np->pkt;
    struct ofct_flow_key *f = np->flow;
    long cap = pkt->capacity > pkt->size ? pkt->capacity : pkt->size;
    long delta = (long) new_len - (long) old_len;

    if (ofs + old_len > pkt->size || (long) pkt->size + delta > cap
        || (long) f->l3_len + delta > 65535
        || (long) f->l4_len + delta < 0 || !set_ip_len(np, delta)) {
        return false;
    }
    memmove(pkt->data + ofs + new_len, pkt->data + ofs + old_len,
            pkt->size - ofs - old_len);
    memcpy(pkt->data + ofs, new, new_len);
    pkt->size += delta;
    f->l3_len += delta;
    f->l4_len += delta;
    return true;
}
