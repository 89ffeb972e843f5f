/* Text forms of ct_state and of connections: Open vSwitch's
 * dpctl/dump-conntrack and conntrack-tools' "conntrack -L -o extended". */
#include <config.h>

#include <inttypes.h>

#include "conntrack/ct-private.h"
#include "packet/parse-private.h"

void
ofct_ct_state_format(uint32_t state, struct ofct_buf *out)
{
    static const char *const names[] = {
        "new", "est", "rel", "rpl", "inv", "trk", "snat", "dnat",
    };
    size_t start = out->size;
    size_t i;

    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (state & (1u << i)) {
            if (out->size > start) {
                ofct_buf_putc(out, '|');
            }
            ofct_buf_puts(out, names[i]);
        }
    }
    if (out->size == start) {
        ofct_buf_putc(out, '0');
    }
}

static bool
is_icmp(uint8_t proto)
{
    return proto == IPPROTO_NUM_ICMP || proto == IPPROTO_NUM_ICMPV6;
}

static const char *
proto_name(uint8_t proto)
{
    switch (proto) {
    case IPPROTO_NUM_ICMP: return "icmp";
    case IPPROTO_NUM_ICMPV6: return "icmpv6";
    case IPPROTO_NUM_TCP: return "tcp";
    case IPPROTO_NUM_UDP: return "udp";
    case 132: return "sctp";
    case 136: return "udplite";
    case 33: return "dccp";
    case 2: return "igmp";
    default: return NULL;
    }
}

static const char *const ovs_tcp_states[] = {
    "CLOSED", "LISTEN", "SYN_SENT", "SYN_RECV", "ESTABLISHED",
    "CLOSE_WAIT", "FIN_WAIT_1", "CLOSING", "LAST_ACK", "FIN_WAIT_2",
    "TIME_WAIT",
};

static const char *
ovs_tcp_state_name(unsigned int state)
{
    return state < sizeof ovs_tcp_states / sizeof ovs_tcp_states[0]
           ? ovs_tcp_states[state] : "UNKNOWN";
}

/* dpctl/dump-conntrack. */

static void
dpctl_tuple(const struct ofct_ct_tuple *t, struct ofct_buf *out)
{
    ofct_buf_puts(out, "src=");
    ofct_ip_addr_format(&t->src, t->family, out);
    ofct_buf_puts(out, ",dst=");
    ofct_ip_addr_format(&t->dst, t->family, out);
    if (is_icmp(t->proto)) {
        ofct_buf_printf(out, ",id=%u,type=%u,code=%u", t->icmp_id,
                        t->icmp_type, t->icmp_code);
    } else {
        ofct_buf_printf(out, ",sport=%u,dport=%u", t->sport, t->dport);
    }
}

/* As OVS's ds_put_hex(): "0x" and the bytes from the first nonzero one. */
static void
put_label(const struct ofct_u128 *label, struct ofct_buf *out)
{
    uint8_t b[16];
    bool printed = false;
    int i;

    for (i = 0; i < 8; i++) {
        b[i] = label->hi >> (56 - 8 * i);
        b[8 + i] = label->lo >> (56 - 8 * i);
    }
    for (i = 0; i < 16; i++) {
        if (b[i] || printed) {
            ofct_buf_printf(out, printed ? "%02x" : "0x%x", b[i]);
            printed = true;
        }
    }
}

/* OVS keeps a state per peer and prints one: the larger, with FIN_WAIT_2
 * shown as TIME_WAIT and SYN_RECV as ESTABLISHED, as the kernel would. */
static const char *
dpctl_tcp_state(const struct ofct_ct_entry *e)
{
    unsigned int s = e->tcp_state[0] > e->tcp_state[1] ? e->tcp_state[0]
                                                       : e->tcp_state[1];

    if (s == OFCT_TCPS_FIN_WAIT_2) {
        s = OFCT_TCPS_TIME_WAIT;
    } else if (s == OFCT_TCPS_SYN_RECV) {
        s = OFCT_TCPS_ESTABLISHED;
    }
    return ovs_tcp_state_name(s);
}

static void
format_dpctl(const struct ofct_ct_entry *e, bool verbose,
             struct ofct_buf *out)
{
    const char *name = proto_name(e->orig.proto);
    int d;

    if (name) {
        ofct_buf_puts(out, name);
    } else {
        ofct_buf_printf(out, "%u", e->orig.proto);
    }
    for (d = 0; d < 2; d++) {
        ofct_buf_puts(out, d ? ",reply=(" : ",orig=(");
        dpctl_tuple(d ? &e->reply : &e->orig, out);
        if (verbose && (e->packets[d] || e->bytes[d])) {
            ofct_buf_printf(out, ",packets=%"PRIu64",bytes=%"PRIu64,
                            e->packets[d], e->bytes[d]);
        }
        ofct_buf_putc(out, ')');
    }
    if (verbose) {
        ofct_buf_printf(out, ",id=%"PRIu32, e->id);
    }
    if (e->zone) {
        ofct_buf_printf(out, ",zone=%u", e->zone);
    }
    if (verbose) {
        ofct_buf_printf(out, ",timeout=%"PRIu32, e->timeout_ms / 1000);
    }
    if (e->mark) {
        ofct_buf_printf(out, ",mark=%"PRIu32, e->mark);
    }
    if (e->label.hi || e->label.lo) {
        ofct_buf_puts(out, ",labels=");
        put_label(&e->label, out);
    }
    if (e->orig.proto == IPPROTO_NUM_TCP) {
        if (verbose) {
            ofct_buf_printf(out, ",protoinfo=(state_orig=%s,state_reply=%s)",
                            ovs_tcp_state_name(e->tcp_state[0]),
                            ovs_tcp_state_name(e->tcp_state[1]));
        } else {
            ofct_buf_printf(out, ",protoinfo=(state=%s)",
                            dpctl_tcp_state(e));
        }
    }
    if (e->helper) {
        ofct_buf_printf(out, ",helper=%s", e->helper);
    }
    if (e->parent.family) {
        ofct_buf_puts(out, ",parent=(");
        dpctl_tuple(&e->parent, out);
        ofct_buf_putc(out, ')');
    }
}

/* conntrack -L. */

/* The kernel keeps one TCP state per connection; derive it from the two
 * peers' states: a FIN sent but not acknowledged is CLOSING in pf terms,
 * an acknowledged one FIN_WAIT_2. */
const char *
ofct_ct_entry_kernel_tcp_state(const struct ofct_ct_entry *e)
{
    unsigned int a = e->tcp_state[0], b = e->tcp_state[1];
    unsigned int lo = a < b ? a : b, hi = a < b ? b : a;

    if (e->tcp_reset) {
        return "CLOSE";
    }
    if (lo >= OFCT_TCPS_FIN_WAIT_2) {
        return "TIME_WAIT";
    }
    if (hi >= OFCT_TCPS_FIN_WAIT_2) {
        return lo >= OFCT_TCPS_CLOSING ? "LAST_ACK" : "CLOSE_WAIT";
    }
    if (hi >= OFCT_TCPS_CLOSING) {
        return lo >= OFCT_TCPS_CLOSING ? "LAST_ACK" : "FIN_WAIT";
    }
    if (lo >= OFCT_TCPS_ESTABLISHED || e->tcp_midstream) {
        return "ESTABLISHED";
    }
    return b >= OFCT_TCPS_SYN_SENT ? "SYN_RECV" : "SYN_SENT";
}

static void
conntrack_tuple(const struct ofct_ct_tuple *t, uint64_t packets,
                uint64_t bytes, struct ofct_buf *out)
{
    ofct_buf_puts(out, "src=");
    ofct_ip_addr_format(&t->src, t->family, out);
    ofct_buf_puts(out, " dst=");
    ofct_ip_addr_format(&t->dst, t->family, out);
    if (is_icmp(t->proto)) {
        ofct_buf_printf(out, " type=%u code=%u id=%u", t->icmp_type,
                        t->icmp_code, t->icmp_id);
    } else if (t->proto == IPPROTO_NUM_TCP || t->proto == IPPROTO_NUM_UDP) {
        ofct_buf_printf(out, " sport=%u dport=%u", t->sport, t->dport);
    }
    ofct_buf_printf(out, " packets=%"PRIu64" bytes=%"PRIu64" ", packets,
                    bytes);
}

static void
format_conntrack(const struct ofct_ct_entry *e, bool verbose,
                 struct ofct_buf *out)
{
    const char *name = proto_name(e->orig.proto);

    ofct_buf_printf(out, "%-8s %u ", e->orig.family == 6 ? "ipv6" : "ipv4",
                    e->orig.family == 6 ? 10 : 2);
    ofct_buf_printf(out, "%-8s %u %"PRIu32" ", name ? name : "unknown",
                    e->orig.proto, (e->timeout_ms + 999) / 1000);
    if (e->orig.proto == IPPROTO_NUM_TCP) {
        ofct_buf_printf(out, "%s ", ofct_ct_entry_kernel_tcp_state(e));
    }
    conntrack_tuple(&e->orig, e->packets[0], e->bytes[0], out);
    if (!e->seen_reply) {
        ofct_buf_puts(out, "[UNREPLIED] ");
    }
    conntrack_tuple(&e->reply, e->packets[1], e->bytes[1], out);
    if (e->assured) {
        ofct_buf_puts(out, "[ASSURED] ");
    }
    ofct_buf_printf(out, "mark=%"PRIu32" ", e->mark);
    if (e->zone) {
        ofct_buf_printf(out, "zone=%u ", e->zone);
    }
    if (e->helper) {
        ofct_buf_printf(out, "helper=%s ", e->helper);
    }
    ofct_buf_puts(out, "use=1");
    if (verbose) {
        ofct_buf_printf(out, " id=%"PRIu32, e->id);
    }
}

void
ofct_ct_entry_format(const struct ofct_ct_entry *e,
                     enum ofct_ct_format format, bool verbose,
                     struct ofct_buf *out)
{
    if (format == OFCT_CT_FORMAT_CONNTRACK) {
        format_conntrack(e, verbose, out);
    } else {
        format_dpctl(e, verbose, out);
    }
}

/* Expectations: dpctl/dump-conntrack-exp and "conntrack -L expect". */

static void
format_expect_dpctl(const struct ofct_ct_expect_entry *e,
                    struct ofct_buf *out)
{
    const char *name = proto_name(e->tuple.proto);

    if (name) {
        ofct_buf_puts(out, name);
    } else {
        ofct_buf_printf(out, "%u", e->tuple.proto);
    }
    ofct_buf_puts(out, ",orig=(");
    dpctl_tuple(&e->tuple, out);
    ofct_buf_putc(out, ')');
    if (e->zone) {
        ofct_buf_printf(out, ",zone=%u", e->zone);
    }
    if (e->mark) {
        ofct_buf_printf(out, ",mark=%"PRIu32, e->mark);
    }
    if (e->label.hi || e->label.lo) {
        ofct_buf_puts(out, ",labels=");
        put_label(&e->label, out);
    }
    ofct_buf_puts(out, ",parent=(");
    dpctl_tuple(&e->parent, out);
    ofct_buf_putc(out, ')');
}

/* "src=A dst=B sport=P dport=Q " with 'src_name' and 'dst_name' for the
 * address keys, as libnetfilter_conntrack prints tuples. */
static void
conntrack_addrs(const char *src_name, const struct ofct_ip_addr *src,
                const char *dst_name, const struct ofct_ip_addr *dst,
                int family, uint16_t sport, uint16_t dport,
                struct ofct_buf *out)
{
    ofct_buf_printf(out, "%s=", src_name);
    ofct_ip_addr_format(src, family, out);
    ofct_buf_printf(out, " %s=", dst_name);
    ofct_ip_addr_format(dst, family, out);
    ofct_buf_printf(out, " sport=%u dport=%u ", sport, dport);
}

static void
format_expect_conntrack(const struct ofct_ct_expect_entry *e,
                        struct ofct_buf *out)
{
    const struct ofct_ct_tuple *t = &e->tuple, *p = &e->parent;
    struct ofct_ip_addr ones;

    /* The mask: every address bit, the destination port, no source
     * port (any). */
    memset(ones.b, 0xff, sizeof ones.b);
    ofct_buf_printf(out, "%"PRIu32" proto=%u ", (e->timeout_ms + 999) / 1000,
                    t->proto);
    conntrack_addrs("src", &t->src, "dst", &t->dst, t->family, t->sport,
                    t->dport, out);
    conntrack_addrs("mask-src", &ones, "mask-dst", &ones, t->family, 0,
                    0xffff, out);
    conntrack_addrs("master-src", &p->src, "master-dst", &p->dst, p->family,
                    p->sport, p->dport, out);
    if (e->zone) {
        ofct_buf_printf(out, "zone=%u ", e->zone);
    }
    ofct_buf_printf(out, "class=0 helper=%s", e->helper);
}

void
ofct_ct_expect_format(const struct ofct_ct_expect_entry *e,
                      enum ofct_ct_format format, struct ofct_buf *out)
{
    if (format == OFCT_CT_FORMAT_CONNTRACK) {
        format_expect_conntrack(e, out);
    } else {
        format_expect_dpctl(e, out);
    }
}
