/* ICMP and ICMPv6 errors about a NATed connection (RFC 5508 section 4,
 * RFC 3022 section 4.3): the error quotes a packet that crossed the NAT
 * the other way, so both must be translated for the host that receives
 * the error to recognize its own packet in it.
 *
 * - The outer header: only the address that NAT changes in the error's
 *   direction.  The other one is the host that sent the error, a router
 *   on the way perhaps, which is not part of the connection.
 * - The quoted header (addresses, ports or ICMP identifier, IPv4 header
 *   checksum, and the L4 checksum if the quote reaches it): back to what
 *   its sender sent, the key of its own direction.
 * - The ICMP checksum, summed again over the whole message, since the
 *   quoted bytes changed. */
#include <config.h>

#include "conntrack/ct-nat.h"
#include "packet/parse-private.h"

void
ct_nat_icmp_error(const struct conn *conn, bool reply, struct ct_nat_pkt *np)
{
    const struct ofct_flow_key *f = np->flow;
    uint8_t family = f->dl_type == OFCT_ETH_TYPE_IPV6 ? 6 : 4;
    uint8_t *quoted = np->pkt->data + f->l7_ofs;
    size_t qlen = f->l4_ofs + f->l4_len - f->l7_ofs;
    struct ct_nat_ip outer, inner;
    struct ofct_flow_key q;
    struct ct_key other;

    if (flow_parse_quoted(quoted, qlen, family, &q, NULL) != OFCT_PKT_OK) {
        return;
    }
    /* The quoted packet went in the other direction. */
    conn_get_key(conn, reply ? CT_DIR_ORIG : CT_DIR_REPLY, &other);

    outer.l3 = np->pkt->data + f->l3_ofs;
    outer.l4 = np->pkt->data + f->l4_ofs;
    outer.l4_len = f->l4_len;
    outer.family = family;
    outer.proto = f->nw_proto;
    if ((conn_nat(conn)->type == OFCT_CT_NAT_SRC) != reply) {
        ct_nat_ip_set_addr(&outer, true, &other.dst);
    } else {
        ct_nat_ip_set_addr(&outer, false, &other.src);
    }

    inner.l3 = quoted;
    inner.l4 = quoted + q.l4_ofs;
    inner.l4_len = qlen - q.l4_ofs;
    inner.family = family;
    inner.proto = q.nw_proto;
    ct_nat_ip_set_addr(&inner, true, &other.src);
    ct_nat_ip_set_addr(&inner, false, &other.dst);
    if (q.nw_proto == IPPROTO_NUM_TCP || q.nw_proto == IPPROTO_NUM_UDP) {
        ct_nat_ip_set_port(&inner, true, other.sport);
        ct_nat_ip_set_port(&inner, false, other.dport);
    } else {
        ct_nat_ip_set_port(&inner, true, other.sport);
    }

    ct_csum_l4_recompute(&outer);
}
