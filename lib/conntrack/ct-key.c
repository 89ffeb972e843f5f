/* Connection keys: from packets and tuples, reversed, hashed, compared. */
#include <config.h>

#include <string.h>

#include "conntrack/ct-nat.h"
#include "conntrack/ct-private.h"
#include "packet/parse-private.h"

/* The ICMP type of the answer to query 'type', or -1 if 'type' is not a
 * query this tracker follows. */
static int
icmp_reply_type(uint8_t proto, uint8_t type)
{
    if (proto == IPPROTO_NUM_ICMP) {
        switch (type) {
        case 8: return 0;       /* Echo. */
        case 0: return 8;
        case 13: return 14;     /* Timestamp. */
        case 14: return 13;
        case 15: return 16;     /* Information. */
        case 16: return 15;
        case 17: return 18;     /* Address mask. */
        case 18: return 17;
        }
    } else if (proto == IPPROTO_NUM_ICMPV6) {
        switch (type) {
        case 128: return 129;   /* Echo. */
        case 129: return 128;
        }
    }
    return -1;
}

static bool
is_icmp(uint8_t proto)
{
    return proto == IPPROTO_NUM_ICMP || proto == IPPROTO_NUM_ICMPV6;
}

int
ct_l4_index(uint8_t proto)
{
    switch (proto) {
    case IPPROTO_NUM_TCP:
        return CT_L4_TCP;
    case IPPROTO_NUM_UDP:
        return CT_L4_UDP;
    case IPPROTO_NUM_ICMP:
    case IPPROTO_NUM_ICMPV6:
        return CT_L4_ICMP;
    default:
        return CT_L4_OTHER;
    }
}

/* The rest of ct_key_from_flow(), for protocols other than TCP and UDP. */
bool
ct_key_from_flow__(const struct ofct_flow_key *flow, struct ct_key *key)
{
    if (is_icmp(flow->nw_proto)) {
        /* tp_src is the type, tp_dst the code. */
        if (icmp_reply_type(flow->nw_proto, flow->tp_src) < 0) {
            return false;
        }
        ct_key_set_ports(key, flow->icmp_id,
                         flow->tp_src << 8 | flow->tp_dst);
    } else {
        key->ports = 0;
    }
    return true;
}

void
ct_key_reverse(const struct ct_key *in, struct ct_key *out)
{
    *out = *in;
    out->src = in->dst;
    out->dst = in->src;
    if (is_icmp(in->proto)) {
        int type = icmp_reply_type(in->proto, in->dport >> 8);

        out->dport = (type < 0 ? in->dport >> 8 : type) << 8
                     | (in->dport & 0xff);
    } else {
        out->sport = in->dport;
        out->dport = in->sport;
    }
}

/* A keyed hash in the style of NH (the hash under UMAC): the sum over
 * word pairs of (w[2i] + k[2i]) * (w[2i+1] + k[2i+1]), where the k are
 * random per engine.  Two distinct keys collide with probability about
 * 2**-32 whatever the attacker chooses, as long as the k stay secret,
 * which is what resistance to hash flooding needs; a plain seeded hash
 * such as MurmurHash has seed-independent collisions.  Only the words
 * that an IPv4 key uses are hashed for IPv4. */
void
conn_get_key(const struct conn *conn, enum ct_dir dir, struct ct_key *key)
{
    size_t alen = ct_addr_len(conn->family);
    struct ct_key orig;

    memset(&orig, 0, sizeof orig);
    memcpy(orig.src.b, conn->addrs, alen);
    memcpy(orig.dst.b, conn->addrs + alen, alen);
    orig.sport = conn->sport;
    orig.dport = conn->dport;
    orig.zone = conn->zone;
    orig.proto = conn->proto;
    orig.family = conn->family;
    if (dir == CT_DIR_ORIG) {
        *key = orig;
    } else if (conn_nat(conn)) {
        /* NAT made the reply key other than the reversed original. */
        *key = conn_nat(conn)->reply;
    } else {
        ct_key_reverse(&orig, key);
    }
}

bool
conn_key_equal_slow(const struct conn *conn, enum ct_dir dir,
                    const struct ct_key *key)
{
    struct ct_key k;

    conn_get_key(conn, dir, &k);
    return !memcmp(&k, key, sizeof k);
}

void
ct_key_to_tuple(const struct ct_key *key, struct ofct_ct_tuple *t)
{
    memset(t, 0, sizeof *t);
    t->family = key->family;
    t->proto = key->proto;
    t->src = key->src;
    t->dst = key->dst;
    if (is_icmp(key->proto)) {
        t->icmp_id = key->sport;
        t->icmp_type = key->dport >> 8;
        t->icmp_code = key->dport & 0xff;
    } else {
        t->sport = key->sport;
        t->dport = key->dport;
    }
}

int
ct_key_from_tuple(const struct ofct_ct_tuple *t, uint16_t zone,
                  struct ct_key *key)
{
    if (t->family != 4 && t->family != 6) {
        return -1;
    }
    memset(key, 0, sizeof *key);
    key->family = t->family;
    key->proto = t->proto;
    key->zone = zone;
    memcpy(key->src.b, t->src.b, ct_addr_len(t->family));
    memcpy(key->dst.b, t->dst.b, ct_addr_len(t->family));
    if (is_icmp(t->proto)) {
        key->sport = t->icmp_id;
        key->dport = t->icmp_type << 8 | t->icmp_code;
    } else if (t->proto == IPPROTO_NUM_TCP || t->proto == IPPROTO_NUM_UDP) {
        key->sport = t->sport;
        key->dport = t->dport;
    }
    return 0;
}
