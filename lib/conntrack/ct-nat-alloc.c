/* Choosing the translated tuple of a new connection: a reply key that no
 * live connection uses, within the address and port ranges of nat()
 * (RFC 4787 behaviour: the mapping depends on the whole tuple, so one
 * translated address and port serve many destinations; the original
 * port is kept when it can be, as RFC 4787's REQ-3 wishes).
 *
 * The search is the kernel's in outline, written afresh: addresses in
 * turn from a hashed start; at each, the original port if it may be
 * kept, then a round of up to 128 ports from a hashed (or random)
 * point, then rounds of 64, 32 and 16 from other points.  A range of up
 * to 128 ports is thus searched whole, and a full one is found so; a
 * larger one may be declared full a little early, which bounds the work
 * a flood of new connections can cause.  CT_NAT_MAX_PROBES bounds it in
 * all. */
#include <config.h>

#include <string.h>

#include "conntrack/ct-nat.h"
#include "packet/parse-private.h"

#define FIRST_ROUND 128
#define LAST_ROUND 16

/* A search in progress. */
struct search {
    struct ofct_conntrack *ct;
    int64_t now;
    const struct ofct_ct_nat *nat;
    struct ct_key cand;         /* The reply key being tried. */
    uint32_t probes_left;
    uint64_t seed;              /* Where the port rounds start. */
};

/* Whether the candidate is free: no live connection has it as its
 * original or reply key. */
static bool
cand_free(struct search *s)
{
    uint32_t hash = ct_key_hash(s->ct, &s->cand);
    struct ct_shard *shard = ct_shard_of(s->ct, hash);
    bool used;

    s->probes_left--;
    ct_spin_lock(&shard->lock);
    used = ct_table_lookup(shard, &s->cand, hash, s->now) != NULL;
    ct_spin_unlock(&shard->lock);
    return !used;
}

static uint64_t
mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* The next starting point: random, or derived from the hash so that the
 * same connection gets the same ports (a replay is deterministic). */
static uint64_t
next_start(struct search *s)
{
    if (s->nat->random) {
        uint64_t x = __atomic_add_fetch(&s->ct->nat_rng,
                                        0x9e3779b97f4a7c15ULL,
                                        __ATOMIC_RELAXED);
        return mix64(x);
    }
    s->seed = mix64(s->seed + 0x9e3779b97f4a7c15ULL);
    return s->seed;
}

/* Addresses. */

/* The number of addresses from 'min' to 'max', at most UINT64_MAX. */
static uint64_t
addr_count(const struct ofct_ip_addr *min, const struct ofct_ip_addr *max,
           size_t alen)
{
    uint64_t hi = 0, lo = 0;
    int borrow = 0;
    size_t i;

    /* max - min, big-endian, in two 64-bit halves. */
    for (i = alen; i-- > 0;) {
        int d = max->b[i] - min->b[i] - borrow;
        size_t shift = 8 * (alen - 1 - i);

        borrow = d < 0;
        d += borrow ? 256 : 0;
        if (shift < 64) {
            lo |= (uint64_t) d << shift;
        } else {
            hi |= (uint64_t) d << (shift - 64);
        }
    }
    return hi || lo == UINT64_MAX ? UINT64_MAX : lo + 1;
}

/* 'out' = 'min' + 'n', big-endian. */
static void
addr_add(const struct ofct_ip_addr *min, uint64_t n, size_t alen,
         struct ofct_ip_addr *out)
{
    unsigned int carry = 0;
    size_t i;

    *out = *min;
    for (i = alen; i-- > 0;) {
        unsigned int v = out->b[i] + (n & 0xff) + carry;

        out->b[i] = v & 0xff;
        carry = v >> 8;
        n >>= 8;
    }
}

/* Which side of the reply key NAT changes: its destination for source
 * NAT (replies go to the translated source), its source for destination
 * NAT. */
static struct ofct_ip_addr *
cand_addr(struct search *s)
{
    return s->nat->type == OFCT_CT_NAT_SRC ? &s->cand.dst : &s->cand.src;
}

static uint16_t *
cand_port(struct search *s)
{
    if (s->cand.proto != IPPROTO_NUM_TCP && s->cand.proto != IPPROTO_NUM_UDP) {
        return &s->cand.sport;  /* ICMP: the identifier. */
    }
    return s->nat->type == OFCT_CT_NAT_SRC ? &s->cand.dport : &s->cand.sport;
}

/* Ports. */

struct port_range {
    uint32_t min, size;         /* 'size' 0: the port never changes. */
    bool keep_first;            /* Try the original port first. */
    uint16_t orig;
};

/* The class of a source port that must change, as the kernel keeps it:
 * privileged ports stay privileged. */
static void
port_class(uint16_t port, struct port_range *r)
{
    if (port < 512) {
        r->min = 1;
        r->size = 511;
    } else if (port < 1024) {
        r->min = 600;
        r->size = 1024 - 600;
    } else {
        r->min = 1024;
        r->size = 65536 - 1024;
    }
}

static void
port_range_init(struct search *s, struct port_range *r)
{
    const struct ofct_ct_nat *nat = s->nat;
    uint8_t proto = s->cand.proto;

    r->orig = *cand_port(s);
    r->keep_first = true;
    r->min = r->size = 0;
    if (proto == IPPROTO_NUM_ICMP || proto == IPPROTO_NUM_ICMPV6) {
        r->size = 65536;        /* Any identifier, 0 included. */
    } else if (proto != IPPROTO_NUM_TCP && proto != IPPROTO_NUM_UDP) {
        r->keep_first = true;   /* No ports: addresses only. */
    } else if (nat->port_min) {
        r->min = nat->port_min;
        r->size = (uint32_t) nat->port_max - nat->port_min + 1;
        r->keep_first = !nat->hash && !nat->random
                        && r->orig >= nat->port_min
                        && r->orig <= nat->port_max;
    } else if (nat->type == OFCT_CT_NAT_SRC) {
        port_class(r->orig, r);
    }
}

/* Tries the ports of 'r' at the candidate's address.  Returns true when
 * the candidate is free. */
static bool
try_ports(struct search *s, const struct port_range *r)
{
    uint32_t attempts = r->size < FIRST_ROUND ? r->size : FIRST_ROUND;
    uint16_t *port = cand_port(s);
    uint32_t i;

    *port = r->orig;
    if (r->keep_first && cand_free(s)) {
        return true;
    }
    while (r->size && s->probes_left) {
        uint64_t start = next_start(s);

        for (i = 0; i < attempts && s->probes_left; i++) {
            *port = r->min + (start + i) % r->size;
            if (cand_free(s)) {
                return true;
            }
        }
        if (attempts >= r->size || attempts / 2 < LAST_ROUND) {
            break;
        }
        attempts /= 2;
    }
    return false;
}

/* The hash that picks the first address: of the source and destination,
 * or of the source alone when the mapping is to persist for a client. */
static uint64_t
addr_hash(struct search *s, const struct ct_key *orig)
{
    struct ct_key k;

    memset(&k, 0, sizeof k);
    k.src = orig->src;
    if (!s->nat->persistent) {
        k.dst = orig->dst;
    }
    ct_key_set_misc(&k, 0, 0, orig->family);
    return ct_key_hash(s->ct, &k);
}

bool
ct_nat_select(struct ofct_conntrack *ct, const struct ct_key *orig,
              const struct ofct_ct_nat *nat, int64_t now,
              struct ct_key *reply)
{
    size_t alen = orig->family == 6 ? 16 : 4;
    struct port_range ports;
    uint64_t n_addrs = 1, first = 0, i;
    struct search s;

    if (nat->family && nat->family != orig->family) {
        return false;
    }
    memset(&s, 0, sizeof s);
    s.ct = ct;
    s.now = now;
    s.nat = nat;
    s.probes_left = CT_NAT_MAX_PROBES;
    ct_key_reverse(orig, &s.cand);
    s.seed = ct_key_hash(ct, orig);
    port_range_init(&s, &ports);
    if (nat->family) {
        n_addrs = addr_count(&nat->addr_min, &nat->addr_max, alen);
        first = addr_hash(&s, orig) % n_addrs;
    }
    for (i = 0; i < n_addrs && s.probes_left; i++) {
        if (nat->family) {
            addr_add(&nat->addr_min, (first + i) % n_addrs, alen,
                     cand_addr(&s));
        }
        if (try_ports(&s, &ports)) {
            *reply = s.cand;
            return true;
        }
    }
    return false;
}
