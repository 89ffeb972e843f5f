/* Internals of the connection-tracking engine.
 *
 * The table is split into shards, each a chained hash table under its own
 * spinlock.  A connection is linked twice, under the hash of its original
 * key and under the hash of its reply key, usually in two shards; the
 * shard of its original node is its "home".
 *
 * - Holding the lock of either shard that links a connection keeps it
 *   alive: unlinking (and so freeing) it takes the locks of both.
 * - Its mutable state (tracker data, counters, mark, label, flags) is
 *   read and written under its home shard's lock, so a packet in the
 *   original direction needs one lock, and a batch of them keeps it.
 * - Locks are taken in increasing shard order. */
#ifndef OFCT_LIB_CONNTRACK_CT_PRIVATE_H
#define OFCT_LIB_CONNTRACK_CT_PRIVATE_H 1

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "conntrack/ct-lock.h"
#include "ofct/conntrack.h"
#include "ofct/packet.h"

enum ct_dir {
    CT_DIR_ORIG = 0,
    CT_DIR_REPLY = 1,
};

/* A lookup key.  No padding, so that keys compare with memcmp().  For ICMP
 * queries 'sport' is the identifier and 'dport' the type and code
 * (type << 8 | code); a reply's key has the reply type. */
struct ct_key {
    struct ofct_ip_addr src;
    struct ofct_ip_addr dst;
    /* Each group of small fields is also a word, written at once (see
     * ct_key_set_ports()): the hash reads them as words, and a word read
     * just after narrower writes stalls the processor. */
    union {
        struct {
            uint16_t sport;
            uint16_t dport;
        };
        uint32_t ports;
    };
    union {
        struct {
            uint16_t zone;
            uint8_t proto;
            uint8_t family;     /* 4 or 6. */
        };
        uint32_t misc;
    };
};

/* Composes the word in registers, in the layout of the fields it
 * overlays: building it in memory through the narrow fields would bring
 * back the stall. */
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define CT_WORD16(A, B) ((uint32_t) (A) | (uint32_t) (B) << 16)
#define CT_WORD16_8_8(A, B, C) \
    ((uint32_t) (A) | (uint32_t) (B) << 16 | (uint32_t) (C) << 24)
#else
#define CT_WORD16(A, B) ((uint32_t) (A) << 16 | (uint32_t) (B))
#define CT_WORD16_8_8(A, B, C) \
    ((uint32_t) (A) << 16 | (uint32_t) (B) << 8 | (uint32_t) (C))
#endif

static inline void
ct_key_set_ports(struct ct_key *key, uint16_t sport, uint16_t dport)
{
    key->ports = CT_WORD16(sport, dport);
}

static inline void
ct_key_set_misc(struct ct_key *key, uint16_t zone, uint8_t proto,
                uint8_t family)
{
    key->misc = CT_WORD16_8_8(zone, proto, family);
}

/* Link in a hash chain.  Each connection has two, one per direction. */
struct conn_node {
    struct conn_node *next;
    uint32_t hash;
    uint8_t dir;                /* enum ct_dir */
};

struct ct_expect;
struct ct_nat;
struct ct_nat_pkt;

/* Rarely used per-connection data, allocated on first use so that the
 * common connection stays small.  Later features hang off it too: the
 * reply key and per-direction sequence-number skews after NAT. */
struct conn_ext {
    struct ofct_u128 label;

    /* ALGs (ct-alg.h).  'helper' is set when the connection is created and
     * never changes.  'alg_state' is the helper's own per-connection data
     * (one allocation, freed with free()), read and written under the
     * connection's home shard lock as the rest of its state.  'expects'
     * lists the expectations this connection created, oldest first; it
     * belongs to the expectation table and is read and written only under
     * that table's lock. */
    const struct ct_helper *helper;
    void *alg_state;
    struct ct_expect *expects;

    /* A connection created from an expectation: its master's original key
     * ('parent.family' is 0 for other connections). */
    struct ct_key parent;

    /* NAT (ct-nat.h), or NULL. */
    struct ct_nat *nat;
};

/* Connection flags. */
enum {
    CONN_SEEN_REPLY = 1 << 0,
    CONN_ASSURED = 1 << 1,
    CONN_TCP_RESET = 1 << 2,    /* Closed by an accepted RST. */
    CONN_TCP_MIDSTREAM = 1 << 3,/* Created by a packet other than a SYN. */
    CONN_REL = 1 << 4,          /* Created from an expectation (ALGs). */
};

/* A connection.  The original key's addresses and the tracker's data
 * follow it in memory: 8 bytes of addresses for IPv4, 32 for IPv6, then
 * the tracker's 'data_size' bytes at CONN_L4_OFS. */
struct conn {
    struct conn_node node[2];
    int64_t expiration;         /* Milliseconds; atomic access. */
    uint64_t packets[2];
    uint64_t bytes[2];
    struct conn_ext *ext;
    uint32_t id;
    uint32_t mark;
    uint32_t start;             /* Creation time, ms, modulo 2**32. */
    uint8_t reserved;           /* Padding; free for later use. */
    uint8_t l4;                 /* Index in ct_l4_protos. */
    uint8_t state;              /* Tracker's small state (UDP, ICMP...). */
    uint8_t flags;              /* CONN_*. */
    /* Original key, less its addresses. */
    uint16_t sport, dport, zone;
    uint8_t proto, family;
    uint8_t addrs[] __attribute__((aligned(4)));
};

static inline size_t
ct_addr_len(uint8_t family)
{
    return family == 6 ? 16 : 4;
}

static inline void *
conn_l4_data(const struct conn *conn)
{
    size_t ofs = (2 * ct_addr_len(conn->family) + 7) & ~(size_t) 7;
    return (void *) (conn->addrs + ofs);
}

/* Verdicts of a tracker's update. */
enum ct_update_res {
    CT_UPDATE_INVALID,          /* Bad packet; the connection is unchanged. */
    CT_UPDATE_VALID,            /* est */
    CT_UPDATE_VALID_NEW,        /* new (an unanswered connection's packet) */
    CT_UPDATE_NEW,              /* Replace the connection by a new one. */
};

struct ofct_conntrack;

/* What the engine passes to a tracker about the packet at hand. */
struct ct_pkt {
    const struct ofct_flow_key *key;
    const uint8_t *data;
    bool reply;
    int64_t now;
    /* The packet when the ct action translates it (a connection with NAT
     * and a ct action with nat), for an ALG to rewrite; else NULL. */
    struct ct_nat_pkt *nat;
};

/* An L4 tracker. */
struct ct_l4_proto {
    const char *name;
    size_t data_size;           /* Tracker data after the key. */
    /* Whether 'pkt' may start a connection. */
    bool (*valid_new)(const struct ct_pkt *);
    /* Initializes the tracker data of a new connection from its first
     * packet and sets its first timeout. */
    void (*new_conn)(struct ofct_conntrack *, struct conn *,
                     const struct ct_pkt *);
    /* Updates the connection with a later packet. */
    enum ct_update_res (*update)(struct ofct_conntrack *, struct conn *,
                                 const struct ct_pkt *);
    /* Fills the protocol part of a dump entry. */
    void (*get_info)(const struct conn *, struct ofct_ct_entry *);
};

enum {
    CT_L4_TCP,
    CT_L4_UDP,
    CT_L4_ICMP,
    CT_L4_OTHER,
    CT_N_L4
};

extern const struct ct_l4_proto ct_proto_tcp;
extern const struct ct_l4_proto ct_proto_udp;
extern const struct ct_l4_proto ct_proto_icmp;
extern const struct ct_l4_proto ct_proto_other;
extern const struct ct_l4_proto *const ct_l4_protos[CT_N_L4];

/* An application-layer helper (ALG), one file each (ct-ftp.c,
 * ct-tftp.c).  'name' is what ct(alg=...) names.  A connection of
 * protocol 'proto' committed with the helper keeps it for its life, and
 * 'process' sees each of its packets that the tracker has judged valid,
 * the first one included, under the connection's home shard lock.
 * Expectations that the helper creates live 'expect_timeout_ms' and a
 * connection may have 'max_expected' of them at once (see ct-alg.h). */
struct ct_helper {
    const char *name;
    uint8_t proto;              /* IPPROTO_NUM_TCP or _UDP. */
    uint16_t port;              /* Well-known server port. */
    uint32_t max_expected;
    uint32_t expect_timeout_ms;
    void (*process)(struct ofct_conntrack *, struct conn *,
                    const struct ct_pkt *);
};

const struct ct_helper *ct_helper_find(const char *name);

/* The "first / multiple / bidirectional" state machine that UDP and other
 * protocols share (ct-other.c). */
enum ct_simple_state {
    CT_SIMPLE_FIRST,
    CT_SIMPLE_MULTIPLE,
    CT_SIMPLE_BIDIR,
};

/* A bucket array with its size, so that one pointer gives both. */
struct ct_buckets {
    uint32_t mask;              /* Number of buckets, less 1. */
    struct ct_buckets *retired; /* Arrays this one replaced (see below). */
    struct conn_node *heads[];
};

/* A shard: a chained hash table with its lock, on its own cache line.
 *
 * Besides the locked lookups, the execute loop peeks at the head of a
 * packet's bucket without the lock, only to prefetch it (ct_table_peek()).
 * For that, 'table' and the heads are read and written atomically, and a
 * bucket array that growth replaces is kept (on the new array's 'retired'
 * list) until the engine is destroyed, so that a peek never reads freed
 * memory; they add at most as much again as the current arrays. */
struct ct_shard {
    struct ct_spinlock lock;
    uint32_t n_nodes;
    struct ct_buckets *table;
} __attribute__((aligned(64)));

#define CT_SHARD_BITS 8
#define CT_N_SHARDS (1u << CT_SHARD_BITS)

/* Per-zone settings, allocated for the zones that have any. */
struct ct_zone_cfg {
    uint32_t limit;                             /* 0: none. */
    uint32_t timeouts[OFCT_CT_N_TIMEOUTS];      /* ms; 0: the default. */
};

struct ofct_conntrack {
    struct ct_shard shards[CT_N_SHARDS];
    uint32_t hash_key[12];      /* Random per engine. */
    uint64_t hash_mul;          /* The final multiplier of ct_key_hash(),
                                 * from 'hash_key' (ct_hash_mul()). */

    bool tcp_seq_chk;
    bool l4_csum;
    uint32_t max_conns;
    uint32_t default_timeouts[OFCT_CT_N_TIMEOUTS];  /* ms */

    /* Zone settings: a two-level table indexed by zone >> 8 and zone & 255,
     * written under 'zone_mutex', read without it (pointers only ever go
     * from NULL to a table that is never freed before the engine). */
    pthread_mutex_t zone_mutex;
    struct ct_zone_cfg **zone_cfg[256];
    uint32_t *zone_counts;      /* 65536 counters, atomic. */

    struct ct_alloc *alloc;

    /* Expectations of the ALGs (ct-expect.c).  'n_expects' is also read
     * without the table's lock, so that a new connection looks for an
     * expectation only when there is one. */
    struct ct_expect_table *expects;
    uint32_t n_expects;

    /* NAT (ct-nat.h).  'n_nat_conns' is also what tells a commit without
     * NAT that it must check its reply key: one of a NATed connection
     * may be the same.  'nat_rng' is the state of nat(random)'s
     * generator, seeded from the hash key. */
    uint32_t n_nat_conns;
    uint64_t nat_rng;

    /* Statistics (atomic). */
    uint32_t n_conns;
    uint32_t next_id;
    uint64_t n_created, n_expired, n_deleted, n_invalid;
    uint64_t n_refused_full, n_refused_zone;
    uint64_t n_alg_bounce, n_alg_malformed;
    uint64_t n_nat_exhausted, n_nat_clash, n_nat_alg_skipped;
};

static inline uint32_t
ct_key_word(const struct ct_key *key, size_t ofs)
{
    uint32_t w;

    memcpy(&w, (const uint8_t *) key + ofs, sizeof w);
    return w;
}

/* The multiplier of ct_key_hash()'s final fold: kept in the engine, once
 * computed, since it depends only on the hash key. */
static inline uint64_t
ct_hash_mul(const uint32_t k[12])
{
    return 0xbf58476d1ce4e5b9ULL ^ ((uint64_t) k[10] << 32 | k[11]);
}

/* Inline, as everything on the per-packet path. */
static inline uint32_t
ct_key_hash(const struct ofct_conntrack *ct, const struct ct_key *key)
{
    const uint32_t *k = ct->hash_key;
    uint64_t h;

    h = (uint64_t) (uint32_t) (key->ports + k[0])
        * (uint32_t) (key->misc + k[1]);
    if (key->family == 4) {
        h += (uint64_t) (uint32_t) (ct_key_word(key, 0) + k[2])
             * (uint32_t) (ct_key_word(key, 16) + k[3]);
    } else {
        size_t i;

        for (i = 0; i < 8; i += 2) {
            h += (uint64_t) (uint32_t) (ct_key_word(key, 4 * i) + k[2 + i])
                 * (uint32_t) (ct_key_word(key, 4 * i + 4) + k[3 + i]);
        }
    }
    /* Fold the 64 bits so that the shard (top bits) and the bucket (low
     * bits) both depend on all of them. */
    h ^= h >> 29;
    h *= ct->hash_mul;
    return h >> 32 ^ (uint32_t) h;
}

/* The original tuple of 'conn', without building its key first: this
 * runs for every packet. */
static inline void
conn_get_orig_tuple(const struct conn *conn, struct ofct_ct_tuple *t)
{
    t->family = conn->family;
    t->proto = conn->proto;
    if (conn->family == 4) {
        /* Each address as two 8-byte stores, the address zero-extended
         * in the first. */
        uint64_t a = 0, zero = 0;

        memcpy(&a, conn->addrs, 4);
        memcpy(t->src.b, &a, 8);
        memcpy(t->src.b + 8, &zero, 8);
        a = 0;
        memcpy(&a, conn->addrs + 4, 4);
        memcpy(t->dst.b, &a, 8);
        memcpy(t->dst.b + 8, &zero, 8);
    } else {
        memcpy(t->src.b, conn->addrs, 16);
        memcpy(t->dst.b, conn->addrs + 16, 16);
    }
    if (conn->proto == 1 || conn->proto == 58) {
        t->sport = t->dport = 0;
        t->icmp_id = conn->sport;
        t->icmp_type = conn->dport >> 8;
        t->icmp_code = conn->dport & 0xff;
    } else {
        t->sport = conn->sport;
        t->dport = conn->dport;
        t->icmp_id = t->icmp_type = t->icmp_code = 0;
    }
}

/* ct-key.c */
void ct_key_reverse(const struct ct_key *, struct ct_key *);
void conn_get_key(const struct conn *, enum ct_dir, struct ct_key *);
bool conn_key_equal_slow(const struct conn *, enum ct_dir,
                         const struct ct_key *);
void ct_key_to_tuple(const struct ct_key *, struct ofct_ct_tuple *);
int ct_key_from_tuple(const struct ofct_ct_tuple *, uint16_t zone,
                      struct ct_key *);
bool ct_key_from_flow__(const struct ofct_flow_key *, struct ct_key *);

/* Builds the key of a parsed packet; false if conntrack cannot follow it
 * (no L4 for a fragment, an ICMP type that is neither query nor error).
 * TCP and UDP inline. */
static inline bool
ct_key_from_flow(const struct ofct_flow_key *flow, uint16_t zone,
                 struct ct_key *key)
{
    if (flow->nw_frag) {
        return false;           /* No reassembly: fragments are "inv". */
    }
    if (flow->dl_type == OFCT_ETH_TYPE_IPV6) {
        key->src = flow->nw_src;
        key->dst = flow->nw_dst;
        ct_key_set_misc(key, zone, flow->nw_proto, 6);
    } else {
        /* The parser wrote 4 bytes of each address: read back just those,
         * since a wider read of narrower writes stalls. */
        memset(&key->src, 0, sizeof key->src);
        memset(&key->dst, 0, sizeof key->dst);
        memcpy(key->src.b, flow->nw_src.b, 4);
        memcpy(key->dst.b, flow->nw_dst.b, 4);
        ct_key_set_misc(key, zone, flow->nw_proto, 4);
    }
    if (flow->nw_proto == 6 || flow->nw_proto == 17) {
        ct_key_set_ports(key, flow->tp_src, flow->tp_dst);
        return true;
    }
    return ct_key_from_flow__(flow, key);
}
int ct_l4_index(uint8_t proto);

/* Whether 'key' is the key of 'conn' in direction 'dir'.  Inline, and in
 * place for the original direction, since every lookup calls it. */
static inline bool
conn_key_equal(const struct conn *conn, enum ct_dir dir,
               const struct ct_key *key)
{
    if (dir != CT_DIR_ORIG) {
        return conn_key_equal_slow(conn, dir, key);
    }
    /* The connection keeps the same small fields in the same order; word
     * by word, as the key was written. */
    if (memcmp(&key->ports, &conn->sport, 4)
        || memcmp(&key->misc, &conn->zone, 4)) {
        return false;
    }
    if (conn->family == 4) {
        return !memcmp(key->src.b, conn->addrs, 4)
               && !memcmp(key->dst.b, conn->addrs + 4, 4);
    }
    return !memcmp(key->src.b, conn->addrs, 16)
           && !memcmp(key->dst.b, conn->addrs + 16, 16);
}

/* ct-table.c */
static inline struct ct_shard *
ct_shard_of(struct ofct_conntrack *ct, uint32_t hash)
{
    return &ct->shards[hash >> (32 - CT_SHARD_BITS)];
}
void ct_table_insert(struct ct_shard *, struct conn_node *);
void ct_table_remove(struct ct_shard *, struct conn_node *);
void ct_table_init(struct ofct_conntrack *);
void ct_table_destroy(struct ofct_conntrack *);
size_t ct_table_memory(struct ofct_conntrack *);

static inline struct conn *
conn_of_node(const struct conn_node *node)
{
    return (struct conn *) (node - node->dir);
}

/* The head of the chain of 'hash', with the shard locked. */
static inline struct conn_node *
ct_bucket_head(const struct ct_shard *shard, uint32_t hash)
{
    return shard->table->heads[hash & shard->table->mask];
}

/* Without the lock: prefetches the head node of the chain of 'hash',
 * which is most likely the connection a lookup will want.  The node may
 * be stale; it is only prefetched, never read. */
static inline void
ct_table_prefetch_head(const struct ct_shard *shard, uint32_t hash)
{
    const struct ct_buckets *t = __atomic_load_n(&shard->table,
                                                 __ATOMIC_ACQUIRE);
    struct conn_node *head = __atomic_load_n(&t->heads[hash & t->mask],
                                             __ATOMIC_RELAXED);

    /* A connection spans two cache lines (three if unaligned). */
    __builtin_prefetch(head, 1);
    __builtin_prefetch((const char *) head + 64, 1);
}

/* Without the lock: prefetches the bucket of 'hash'. */
static inline void
ct_table_prefetch_bucket(const struct ct_shard *shard, uint32_t hash)
{
    const struct ct_buckets *t = __atomic_load_n(&shard->table,
                                                 __ATOMIC_ACQUIRE);

    __builtin_prefetch(&t->heads[hash & t->mask]);
}

static inline bool
conn_expired(const struct conn *conn, int64_t now)
{
    return __atomic_load_n(&conn->expiration, __ATOMIC_RELAXED) <= now;
}

static inline __attribute__((always_inline)) struct conn_node *
ct_table_lookup(struct ct_shard *shard, const struct ct_key *key,
                uint32_t hash, int64_t now)
{
    struct conn_node *node;

    for (node = ct_bucket_head(shard, hash); node; node = node->next) {
        if (node->hash == hash) {
            const struct conn *conn = conn_of_node(node);

            /* An expired connection never matches, but the chain goes on:
             * a live one with the same key may follow it. */
            if (conn_key_equal(conn, node->dir, key)
                && !conn_expired(conn, now)) {
                return node;
            }
        }
    }
    return NULL;
}

/* ct-zone.c */
uint32_t ct_zone_limit(const struct ofct_conntrack *, uint16_t zone);

/* Returns the settings of 'zone', or NULL if it has none.  Lock-free:
 * the tables are published with release stores and never freed while
 * the engine lives. */
static inline struct ct_zone_cfg *
zone_cfg_get(const struct ofct_conntrack *ct, uint16_t zone)
{
    struct ct_zone_cfg **level;

    level = __atomic_load_n(&ct->zone_cfg[zone >> 8], __ATOMIC_ACQUIRE);
    return level ? __atomic_load_n(&level[zone & 0xff], __ATOMIC_ACQUIRE)
                 : NULL;
}

/* Timeout 'tm' in 'zone', in ms. */
static inline uint32_t
ct_timeout_ms(const struct ofct_conntrack *ct, uint16_t zone,
              enum ofct_ct_timeout tm)
{
    const struct ct_zone_cfg *cfg = zone_cfg_get(ct, zone);
    uint32_t ms = 0;

    if (cfg) {
        ms = __atomic_load_n(&cfg->timeouts[tm], __ATOMIC_RELAXED);
    }
    return ms ? ms : __atomic_load_n(&ct->default_timeouts[tm],
                                     __ATOMIC_RELAXED);
}

/* Sets 'conn' to expire 'tm' after 'now'. */
static inline void
conn_set_timeout(struct ofct_conntrack *ct, struct conn *conn,
                 enum ofct_ct_timeout tm, int64_t now)
{
    __atomic_store_n(&conn->expiration,
                     now + ct_timeout_ms(ct, conn->zone, tm),
                     __ATOMIC_RELAXED);
}

/* The state machine of ct-other.c, shared with UDP. */
static inline enum ct_update_res
ct_simple_update(struct ofct_conntrack *ct, struct conn *conn,
                 const struct ct_pkt *pkt, const enum ofct_ct_timeout tms[3])
{
    enum ct_update_res res = CT_UPDATE_VALID;

    if (pkt->reply && conn->state != CT_SIMPLE_BIDIR) {
        conn->state = CT_SIMPLE_BIDIR;
    } else if (conn->state == CT_SIMPLE_FIRST) {
        conn->state = CT_SIMPLE_MULTIPLE;
        res = CT_UPDATE_VALID_NEW;
    }
    conn_set_timeout(ct, conn, tms[conn->state], pkt->now);
    return res;
}

/* UDP's update (ct-udp.c), inline for the execute loop, which calls it
 * directly for UDP connections instead of through ct_l4_protos.  A
 * connection becomes "assured" as the kernel's does: when a reply has
 * been seen and a packet comes CT_UDP_STREAM_MS or more after the
 * connection started (a stream, not a single exchange). */
#define CT_UDP_STREAM_MS 2000

extern const enum ofct_ct_timeout ct_udp_timeouts[3];

static inline enum ct_update_res
ct_udp_update(struct ofct_conntrack *ct, struct conn *conn,
              const struct ct_pkt *pkt)
{
    enum ct_update_res res = ct_simple_update(ct, conn, pkt,
                                              ct_udp_timeouts);

    if (conn->state == CT_SIMPLE_BIDIR
        && (uint32_t) pkt->now - conn->start >= CT_UDP_STREAM_MS) {
        conn->flags |= CONN_ASSURED;
    }
    return res;
}

/* conntrack.c */
/* Unlinks and frees 'conn' if it is still linked; takes the locks of its
 * shards, so the caller must hold none. */
bool ct_conn_delete(struct ofct_conntrack *, const struct ct_key *orig,
                    uint32_t id);
void ct_conn_free(struct ofct_conntrack *, struct conn *);
struct conn_ext *conn_ext(struct conn *);

/* ct-alloc.c: fixed-size blocks for connections, without malloc's
 * per-block header. */
struct ct_alloc *ct_alloc_create(void);
void ct_alloc_destroy(struct ct_alloc *);
void *ct_alloc(struct ct_alloc *, size_t);
void ct_free(struct ct_alloc *, void *, size_t);
size_t ct_alloc_memory(struct ct_alloc *);

static inline size_t
conn_size(uint8_t family, int l4)
{
    size_t ofs = (2 * ct_addr_len(family) + 7) & ~(size_t) 7;

    return (sizeof(struct conn) + ofs + ct_l4_protos[l4]->data_size + 15)
           & ~(size_t) 15;
}

#endif
