/* The connection-tracking engine: creation, settings, and the per-packet
 * path (parse, look up from either direction, update or create). */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#include "conntrack/ct-alg.h"
#include "conntrack/ct-nat.h"
#include "conntrack/ct-private.h"
#include "packet/parse-fast.h"
#include "packet/parse-private.h"
#include "util/xalloc.h"

/* As Open vSwitch's default "ct max". */
#define CT_DEFAULT_MAX_CONNS 3000000

const struct ct_l4_proto *const ct_l4_protos[CT_N_L4] = {
    [CT_L4_TCP] = &ct_proto_tcp,
    [CT_L4_UDP] = &ct_proto_udp,
    [CT_L4_ICMP] = &ct_proto_icmp,
    [CT_L4_OTHER] = &ct_proto_other,
};

static uint64_t
splitmix64(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);

    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Fills the hash key from 'seed', or from the system's random source when
 * 'seed' is 0 (falling back on the time and the process id, which is
 * still per-run, if that fails). */
static void
init_hash_key(struct ofct_conntrack *ct, uint64_t seed)
{
    size_t i;

    if (!seed && getrandom(&seed, sizeof seed, 0) != sizeof seed) {
        struct timespec ts;

        clock_gettime(CLOCK_MONOTONIC, &ts);
        seed = ts.tv_nsec ^ (uint64_t) ts.tv_sec << 20 ^ getpid();
    }
    for (i = 0; i < sizeof ct->hash_key / sizeof ct->hash_key[0]; i++) {
        ct->hash_key[i] = splitmix64(&seed);
    }
}

struct ofct_conntrack *
ofct_conntrack_create(const struct ofct_ct_config *cfg)
{
    static const struct ofct_ct_config defaults;
    struct ofct_conntrack *ct;
    enum ofct_ct_timeout tm;

    if (!cfg) {
        cfg = &defaults;
    }
    /* The shards are cache-line aligned, so the engine must be too. */
    if (posix_memalign((void **) &ct, 64, sizeof *ct)) {
        xalloc_die();
    }
    memset(ct, 0, sizeof *ct);
    ct_table_init(ct);
    init_hash_key(ct, cfg->seed);
    ct->hash_mul = ct_hash_mul(ct->hash_key);
    ct->nat_rng = (uint64_t) ct->hash_key[0] << 32 | ct->hash_key[1];
    ct->tcp_seq_chk = !cfg->no_tcp_seq_chk;
    ct->l4_csum = !cfg->no_l4_csum;
    ct->max_conns = cfg->max_conns ? cfg->max_conns : CT_DEFAULT_MAX_CONNS;
    for (tm = 0; tm < OFCT_CT_N_TIMEOUTS; tm++) {
        ct->default_timeouts[tm] = ofct_ct_timeout_default(tm) * 1000;
    }
    pthread_mutex_init(&ct->zone_mutex, NULL);
    ct->zone_counts = xzalloc(65536 * sizeof *ct->zone_counts);
    ct->alloc = ct_alloc_create();
    ct_expect_init(ct, cfg->max_expects, cfg->max_expects_per_master);
    return ct;
}

void
ofct_conntrack_destroy(struct ofct_conntrack *ct)
{
    size_t i, j;

    if (!ct) {
        return;
    }
    ofct_conntrack_flush(ct, NULL, NULL);
    ct_expect_destroy(ct);
    ct_table_destroy(ct);
    for (i = 0; i < 256; i++) {
        if (ct->zone_cfg[i]) {
            for (j = 0; j < 256; j++) {
                free(ct->zone_cfg[i][j]);
            }
            free(ct->zone_cfg[i]);
        }
    }
    pthread_mutex_destroy(&ct->zone_mutex);
    free(ct->zone_counts);
    ct_alloc_destroy(ct->alloc);
    free(ct);
}

void
ofct_conntrack_set_tcp_seq_chk(struct ofct_conntrack *ct, bool enable)
{
    __atomic_store_n(&ct->tcp_seq_chk, enable, __ATOMIC_RELAXED);
}

void
ofct_conntrack_set_max_conns(struct ofct_conntrack *ct, uint32_t max)
{
    __atomic_store_n(&ct->max_conns, max, __ATOMIC_RELAXED);
}

struct conn_ext *
conn_ext(struct conn *conn)
{
    if (!conn->ext) {
        conn->ext = xzalloc(sizeof *conn->ext);
    }
    return conn->ext;
}

void
ct_conn_free(struct ofct_conntrack *ct, struct conn *conn)
{
    __atomic_fetch_sub(&ct->zone_counts[conn->zone], 1, __ATOMIC_RELAXED);
    __atomic_fetch_sub(&ct->n_conns, 1, __ATOMIC_RELAXED);
    if (conn->ext) {
        /* Only a connection with a helper can be a master. */
        if (conn->ext->helper) {
            ct_expect_remove_master(ct, conn);
        }
        free(conn->ext->alg_state);
        ct_nat_free(ct, conn);
    }
    free(conn->ext);
    ct_free(ct->alloc, conn, conn_size(conn->family, conn->l4));
}

/* Packet metadata. */

/* The original tuple of a related connection is its master's, as in OVS
 * and the kernel: ct_nw_src and friends then match the control
 * connection that flows already allowed. */
static inline void
write_md(struct ofct_packet *pkt, const struct conn *conn)
{
    pkt->ct_zone = conn->zone;
    pkt->ct_mark = conn->mark;
    if (conn->ext) {
        pkt->ct_label = conn->ext->label;
    }
    if (__builtin_expect(conn->flags & CONN_REL, 0)) {
        ct_key_to_tuple(&conn->ext->parent, &pkt->ct_orig);
    } else {
        conn_get_orig_tuple(conn, &pkt->ct_orig);
    }
}

/* The metadata of a packet that an expectation relates, for a connection
 * not (or not yet) stored. */
static void
write_expect_md(struct ofct_packet *pkt, const struct ct_expect_match *m)
{
    pkt->ct_state |= OFCT_CS_REL;
    pkt->ct_mark = m->mark;
    pkt->ct_label = m->label;
    ct_key_to_tuple(&m->master_key, &pkt->ct_orig);
}

static void
apply_mark_label(struct conn *conn, const struct ofct_ct_params *params)
{
    if (params->set_mark) {
        conn->mark = (conn->mark & ~params->mark_mask)
                     | (params->mark & params->mark_mask);
    }
    if (params->set_label
        && (params->label_mask.hi || params->label_mask.lo)) {
        struct ofct_u128 *l = &conn_ext(conn)->label;

        l->hi = (l->hi & ~params->label_mask.hi)
                | (params->label.hi & params->label_mask.hi);
        l->lo = (l->lo & ~params->label_mask.lo)
                | (params->label.lo & params->label_mask.lo);
    }
}

static void
mark_invalid(struct ofct_conntrack *ct, struct ofct_packet *pkt)
{
    pkt->ct_state = OFCT_CS_INV | OFCT_CS_TRK;
    __atomic_fetch_add(&ct->n_invalid, 1, __ATOMIC_RELAXED);
}

/* Locks the shards of hashes 'a' and 'b' in order (once if the same). */
static void
lock_two(struct ofct_conntrack *ct, uint32_t a, uint32_t b)
{
    struct ct_shard *sa = ct_shard_of(ct, a), *sb = ct_shard_of(ct, b);

    if (sa == sb) {
        ct_spin_lock(&sa->lock);
    } else if (sa < sb) {
        ct_spin_lock(&sa->lock);
        ct_spin_lock(&sb->lock);
    } else {
        ct_spin_lock(&sb->lock);
        ct_spin_lock(&sa->lock);
    }
}

static void
unlock_two(struct ofct_conntrack *ct, uint32_t a, uint32_t b)
{
    struct ct_shard *sa = ct_shard_of(ct, a), *sb = ct_shard_of(ct, b);

    ct_spin_unlock(&sa->lock);
    if (sb != sa) {
        ct_spin_unlock(&sb->lock);
    }
}

/* The shard lock that the execute loop keeps from one packet to the next
 * while they hash to the same shard: a batch of one flow's packets then
 * takes the lock once. */
struct held {
    struct ct_shard *shard;
};

static void
hold(struct held *held, struct ct_shard *shard)
{
    if (held->shard != shard) {
        if (held->shard) {
            ct_spin_unlock(&held->shard->lock);
        }
        ct_spin_lock(&shard->lock);
        held->shard = shard;
    }
}

static void
release(struct held *held)
{
    if (held->shard) {
        ct_spin_unlock(&held->shard->lock);
        held->shard = NULL;
    }
}

/* Finds 'key' with the shard of 'hash' held, and locks the home shard of
 * its connection (the shard of its original node, whose lock guards the
 * connection's state) when that is another one, setting '*homep' to it.
 * Returns the node, or NULL. */
static struct conn_node *find_locked__(struct ofct_conntrack *,
                                       struct held *, const struct ct_key *,
                                       uint32_t hash, int64_t now,
                                       struct ct_shard **homep)
    __attribute__((noinline));

static inline __attribute__((always_inline)) struct conn_node *
find_locked(struct ofct_conntrack *ct, struct held *held,
            const struct ct_key *key, uint32_t hash, int64_t now,
            struct ct_shard **homep)
{
    struct ct_shard *shard = ct_shard_of(ct, hash);
    struct conn_node *node;

    /* The common case inline: the connection is at home in this shard,
     * as it always is when found by its original node. */
    hold(held, shard);
    node = ct_table_lookup(shard, key, hash, now);
    if (!node || node->dir == CT_DIR_ORIG
        || ct_shard_of(ct, conn_of_node(node)->node[CT_DIR_ORIG].hash)
           == shard) {
        *homep = NULL;
        return node;
    }
    return find_locked__(ct, held, key, hash, now, homep);
}

static struct conn_node *
find_locked__(struct ofct_conntrack *ct, struct held *held,
              const struct ct_key *key, uint32_t hash, int64_t now,
              struct ct_shard **homep)
{
    struct ct_shard *shard = ct_shard_of(ct, hash);

    for (;;) {
        struct conn_node *node;
        struct ct_shard *home;

        *homep = NULL;
        hold(held, shard);
        node = ct_table_lookup(shard, key, hash, now);
        if (!node) {
            return NULL;
        }
        home = ct_shard_of(ct, conn_of_node(node)->node[CT_DIR_ORIG].hash);
        if (home == shard) {
            return node;
        }
        if (home > shard || ct_spin_trylock(&home->lock)) {
            if (home > shard) {
                ct_spin_lock(&home->lock);
            }
            *homep = home;
            return node;
        }
        /* Take the locks in order, then look again: the connection may
         * have gone in between. */
        release(held);
        ct_spin_lock(&home->lock);
        hold(held, shard);
        node = ct_table_lookup(shard, key, hash, now);
        if (node && ct_shard_of(ct, conn_of_node(node)->node[CT_DIR_ORIG]
                                    .hash) == home) {
            *homep = home;
            return node;
        }
        ct_spin_unlock(&home->lock);
    }
}

static void
unlock_home(struct ct_shard *home)
{
    if (home) {
        ct_spin_unlock(&home->lock);
    }
}

/* Finds the node of the connection numbered 'id' linked under 'hash' in
 * direction 'dir', expired or not.  The shard must be locked. */
static struct conn_node *
find_by_id(struct ct_shard *shard, uint32_t hash, enum ct_dir dir,
           uint32_t id)
{
    struct conn_node *node;

    for (node = ct_bucket_head(shard, hash); node; node = node->next) {
        if (node->hash == hash && node->dir == dir
            && conn_of_node(node)->id == id) {
            return node;
        }
    }
    return NULL;
}

/* The hash of the reply node of the connection numbered 'id' whose
 * original key hashes to 'h1', or false if there is none.  The reply key
 * is not derived from the original one: after NAT it is another tuple. */
static bool
find_reply_hash(struct ofct_conntrack *ct, uint32_t h1, uint32_t id,
                uint32_t *h2)
{
    struct ct_shard *shard = ct_shard_of(ct, h1);
    struct conn_node *node;

    ct_spin_lock(&shard->lock);
    node = find_by_id(shard, h1, CT_DIR_ORIG, id);
    if (node) {
        *h2 = conn_of_node(node)->node[CT_DIR_REPLY].hash;
    }
    ct_spin_unlock(&shard->lock);
    return node != NULL;
}

bool
ct_conn_delete(struct ofct_conntrack *ct, const struct ct_key *orig,
               uint32_t id)
{
    uint32_t h1 = ct_key_hash(ct, orig), h2;
    struct conn_node *node;
    struct conn *conn;

    if (!find_reply_hash(ct, h1, id, &h2)) {
        return false;
    }
    /* With both shards locked, look again: another thread may have
     * deleted it in between.  (An id comes back only after 2**32 new
     * connections, and would also need the same key.) */
    lock_two(ct, h1, h2);
    node = find_by_id(ct_shard_of(ct, h1), h1, CT_DIR_ORIG, id);
    if (!node) {
        unlock_two(ct, h1, h2);
        return false;
    }
    conn = conn_of_node(node);
    ct_table_remove(ct_shard_of(ct, h1), &conn->node[CT_DIR_ORIG]);
    ct_table_remove(ct_shard_of(ct, h2), &conn->node[CT_DIR_REPLY]);
    unlock_two(ct, h1, h2);
    __atomic_fetch_add(&ct->n_deleted, 1, __ATOMIC_RELAXED);
    ct_conn_free(ct, conn);
    return true;
}

/* Counts a new connection against the limits.  Returns false, undoing
 * the count, if a limit refuses it. */
static bool
reserve_conn(struct ofct_conntrack *ct, uint16_t zone)
{
    uint32_t zone_limit = ct_zone_limit(ct, zone);
    uint32_t max = __atomic_load_n(&ct->max_conns, __ATOMIC_RELAXED);

    if (__atomic_fetch_add(&ct->n_conns, 1, __ATOMIC_RELAXED) >= max) {
        __atomic_fetch_sub(&ct->n_conns, 1, __ATOMIC_RELAXED);
        __atomic_fetch_add(&ct->n_refused_full, 1, __ATOMIC_RELAXED);
        return false;
    }
    if (zone_limit && __atomic_fetch_add(&ct->zone_counts[zone], 1,
                                         __ATOMIC_RELAXED) >= zone_limit) {
        __atomic_fetch_sub(&ct->zone_counts[zone], 1, __ATOMIC_RELAXED);
        __atomic_fetch_sub(&ct->n_conns, 1, __ATOMIC_RELAXED);
        __atomic_fetch_add(&ct->n_refused_zone, 1, __ATOMIC_RELAXED);
        return false;
    }
    if (!zone_limit) {
        __atomic_fetch_add(&ct->zone_counts[zone], 1, __ATOMIC_RELAXED);
    }
    return true;
}

/* Reserves room for a connection, sweeping expired ones first when a
 * limit is reached: they no longer count, swept or not. */
static bool
reserve_conn_or_sweep(struct ofct_conntrack *ct, uint16_t zone, int64_t now)
{
    uint64_t full = __atomic_load_n(&ct->n_refused_full, __ATOMIC_RELAXED);
    uint64_t zfull = __atomic_load_n(&ct->n_refused_zone, __ATOMIC_RELAXED);

    if (reserve_conn(ct, zone)) {
        return true;
    }
    if (!ofct_conntrack_sweep(ct, now)) {
        return false;
    }
    /* The first refusal was not final: do not count it. */
    __atomic_store_n(&ct->n_refused_full, full, __ATOMIC_RELAXED);
    __atomic_store_n(&ct->n_refused_zone, zfull, __ATOMIC_RELAXED);
    return reserve_conn(ct, zone);
}

static struct conn *
conn_alloc(struct ofct_conntrack *ct, const struct ct_key *key, int l4)
{
    size_t size = conn_size(key->family, l4);
    size_t alen = ct_addr_len(key->family);
    struct conn *conn = ct_alloc(ct->alloc, size);

    memset(conn, 0, size);
    conn->node[CT_DIR_REPLY].dir = CT_DIR_REPLY;
    conn->l4 = l4;
    conn->sport = key->sport;
    conn->dport = key->dport;
    conn->zone = key->zone;
    conn->proto = key->proto;
    conn->family = key->family;
    memcpy(conn->addrs, key->src.b, alen);
    memcpy(conn->addrs + alen, key->dst.b, alen);
    return conn;
}

/* Makes 'conn' a connection related to the master of the expectation
 * 'm': it inherits the master's mark and label, and no helper of its own
 * (as in the kernel), even if the ct action names one. */
static void
conn_set_related(struct conn *conn, const struct ct_expect_match *m)
{
    struct conn_ext *ext = conn_ext(conn);

    conn->flags |= CONN_REL;
    conn->mark = m->mark;
    ext->label = m->label;
    ext->parent = m->master_key;
}

/* The helper of a new connection that the ct action asks for, if it
 * follows the connection's protocol. */
static void
conn_set_helper(struct conn *conn, const struct ofct_ct_params *params)
{
    const struct ct_helper *helper = ct_helper_find(params->helper);

    if (helper && helper->proto == conn->proto) {
        conn_ext(conn)->helper = helper;
    }
}

/* Gives a new connection its NAT: the expectation's, for a connection
 * that one announced, if the ct action has nat (as in Open vSwitch, its
 * range does not count then); the action's range for another one.
 * Returns false if the range has no free tuple. */
static bool
conn_setup_nat(struct ofct_conntrack *ct, struct conn *conn,
               const struct ofct_ct_params *params,
               const struct ct_expect_match *m, int64_t now)
{
    struct ofct_ct_nat follow;

    if (params->nat.type == OFCT_CT_NAT_NONE) {
        return true;
    } else if (m) {
        if (m->nat.type == OFCT_CT_NAT_NONE) {
            return true;
        }
        ct_nat_follow_range(&m->nat, conn->family, &follow);
        return ct_nat_setup(ct, conn, &follow, now);
    } else if (params->nat.type == OFCT_CT_NAT_BARE) {
        return true;
    }
    return ct_nat_setup(ct, conn, &params->nat, now);
}

/* Tries to link 'conn' (original key 'key', hash 'hash') under both its
 * keys, and leaves both shards locked, setting '*rhash' to the hash of
 * its reply key.  No two connections have the same key: it fails if
 * another thread has just committed the same connection, or if the reply
 * key is taken (checked only while some connection has NAT, since
 * otherwise a reply key is a reversed original key, which the lookup
 * before the commit found free). */
enum insert_result {
    INSERTED,
    DUPLICATE,
    REPLY_TAKEN,
};

static enum insert_result
conn_insert(struct ofct_conntrack *ct, struct conn *conn,
            const struct ct_key *key, uint32_t hash, int64_t now,
            uint32_t *rhash)
{
    struct ct_key reply;

    conn_get_key(conn, CT_DIR_REPLY, &reply);
    *rhash = ct_key_hash(ct, &reply);
    conn->node[CT_DIR_ORIG].hash = hash;
    conn->node[CT_DIR_REPLY].hash = *rhash;

    lock_two(ct, hash, *rhash);
    if (ct_table_lookup(ct_shard_of(ct, hash), key, hash, now)) {
        return DUPLICATE;
    }
    if (__atomic_load_n(&ct->n_nat_conns, __ATOMIC_SEQ_CST)
        && ct_table_lookup(ct_shard_of(ct, *rhash), &reply, *rhash, now)) {
        return REPLY_TAKEN;
    }
    ct_table_insert(ct_shard_of(ct, hash), &conn->node[CT_DIR_ORIG]);
    ct_table_insert(ct_shard_of(ct, *rhash), &conn->node[CT_DIR_REPLY]);
    return INSERTED;
}

/* How many times a commit picks a NAT tuple again after another thread
 * took the one it picked. */
#define NAT_RACE_RETRIES 2

/* Gives 'conn' its NAT and links it.  Returns INSERTED with both shards
 * locked ('*rhash' the reply key's hash); otherwise nothing is locked,
 * and a REPLY_TAKEN (which stands for any NAT failure too) is counted. */
static enum insert_result
conn_setup_and_insert(struct ofct_conntrack *ct, struct conn *conn,
                      const struct ct_key *key, uint32_t hash,
                      const struct ofct_ct_params *params,
                      const struct ct_expect_match *m, int64_t now,
                      uint32_t *rhash)
{
    enum insert_result res;
    int attempt;

    for (attempt = 0; ; attempt++) {
        if (!conn_setup_nat(ct, conn, params, m, now)) {
            __atomic_fetch_add(&ct->n_nat_exhausted, 1, __ATOMIC_RELAXED);
            return REPLY_TAKEN;
        }
        res = conn_insert(ct, conn, key, hash, now, rhash);
        if (res == INSERTED) {
            return res;
        }
        unlock_two(ct, hash, *rhash);
        if (res == DUPLICATE || !conn_nat(conn)
            || attempt == NAT_RACE_RETRIES) {
            break;
        }
        ct_nat_free(ct, conn);
    }
    if (res == REPLY_TAKEN) {
        __atomic_fetch_add(conn_nat(conn) ? &ct->n_nat_exhausted
                                          : &ct->n_nat_clash,
                           1, __ATOMIC_RELAXED);
    }
    return res;
}

/* Commits a new connection for 'pkt' (key 'key', hash 'hash') and writes
 * its metadata on 'pkt'.  A connection that an expectation announced
 * consumes it and is related.  If a limit refuses it, the packet stays
 * "new" (or "new|rel") and nothing is stored; if its NAT or its reply
 * key cannot be had, the packet is invalid. */
static void
conn_create(struct ofct_conntrack *ct, const struct ct_key *key,
            uint32_t hash, struct ct_pkt *cp, int l4,
            const struct ofct_ct_params *params, struct ofct_packet *pkt,
            uint32_t bytes, struct ct_nat_pkt *np)
{
    enum insert_result res;
    struct ct_expect_match m;
    struct conn *conn;
    uint32_t rhash;
    bool rel;

    if (!reserve_conn_or_sweep(ct, key->zone, cp->now)) {
        if (ct_expect_any(ct)
            && ct_expect_lookup(ct, key, cp->now, false, &m)) {
            write_expect_md(pkt, &m);
        }
        return;
    }
    /* Taken before the connection is in the table: if another thread
     * commits the same connection first (below), this one's expectation
     * is lost with it, which only two simultaneous first packets of one
     * data connection can cause. */
    rel = ct_expect_any(ct) && ct_expect_lookup(ct, key, cp->now, true, &m);
    conn = conn_alloc(ct, key, l4);
    conn->id = __atomic_add_fetch(&ct->next_id, 1, __ATOMIC_RELAXED);
    conn->start = cp->now;
    conn->packets[CT_DIR_ORIG] = 1;
    conn->bytes[CT_DIR_ORIG] = bytes;
    ct_l4_protos[l4]->new_conn(ct, conn, cp);
    if (rel) {
        conn_set_related(conn, &m);
        pkt->ct_state |= OFCT_CS_REL;
    } else if (params->helper) {
        conn_set_helper(conn, params);
    }
    apply_mark_label(conn, params);

    res = conn_setup_and_insert(ct, conn, key, hash, params,
                                rel ? &m : NULL, cp->now, &rhash);
    if (res != INSERTED) {
        /* A duplicate: another thread committed the same connection
         * first, and this packet stays "new". */
        if (res == REPLY_TAKEN) {
            mark_invalid(ct, pkt);
        }
        ct_conn_free(ct, conn);
        return;
    }
    cp->nat = conn_nat(conn) ? np : NULL;
    if (conn->ext && conn->ext->helper) {
        /* The first packet counts too (a TFTP request, an FTP SYN). */
        conn->ext->helper->process(ct, conn, cp);
    }
    if (cp->nat) {
        ct_nat_translate(conn, false, np);
        pkt->ct_state |= ct_nat_state(conn, false);
    }
    write_md(pkt, conn);
    unlock_two(ct, hash, rhash);
    __atomic_fetch_add(&ct->n_created, 1, __ATOMIC_RELAXED);
}

/* ICMP errors. */

/* Relates an ICMP or ICMPv6 error to the connection of the packet it
 * quotes.  The error must travel back to the sender of the quoted packet,
 * as the kernel requires; otherwise, or without a connection, it is
 * invalid. */
static void
process_icmp_error(struct ofct_conntrack *ct, struct held *held,
                   struct ofct_packet *pkt, const struct ofct_flow_key *flow,
                   uint16_t zone, int64_t now, struct ct_nat_pkt *np)
{
    struct ofct_flow_key inner;
    struct conn_node *node;
    struct ct_shard *home;
    struct ct_key key, back;
    int family = flow->dl_type == OFCT_ETH_TYPE_IPV6 ? 6 : 4;

    if (flow_parse_quoted(pkt->data + flow->l7_ofs,
                          flow->l4_ofs + flow->l4_len - flow->l7_ofs,
                          family, &inner, NULL) != OFCT_PKT_OK
        || !ct_key_from_flow(&inner, zone, &key)
        || memcmp(&flow->nw_dst, &inner.nw_src, sizeof flow->nw_dst)) {
        mark_invalid(ct, pkt);
        return;
    }
    /* The error goes back the way the quoted packet came, so it has the
     * key of the direction opposite the quoted packet's.  Under NAT the
     * quoted packet is the translated one, whose key no connection has:
     * its reverse is the one to look for. */
    ct_key_reverse(&key, &back);
    node = find_locked(ct, held, &back, ct_key_hash(ct, &back), now, &home);
    if (node) {
        struct conn *conn = conn_of_node(node);
        bool reply = node->dir == CT_DIR_REPLY;

        pkt->ct_state = OFCT_CS_REL | OFCT_CS_TRK | (reply ? OFCT_CS_RPL : 0);
        if (np && conn_nat(conn)) {
            ct_nat_icmp_error(conn, reply, np);
            pkt->ct_state |= ct_nat_state(conn, reply);
        }
        write_md(pkt, conn);
    }
    unlock_home(home);
    if (!node) {
        mark_invalid(ct, pkt);
    }
}

/* The per-packet path. */

/* A ct action's parameters, with what the per-packet path tests of them
 * worked out once per call of ofct_conntrack_execute(). */
struct ct_exec {
    const struct ofct_ct_params *params;
    int64_t now;
    bool nat;                   /* params->nat.type != OFCT_CT_NAT_NONE. */
    bool force;
    bool update_md;             /* Commit with set_mark or set_label. */
};

/* Updates the connection found for 'pkt'.  Returns false if the packet
 * must instead start a new connection (after 'conn' is deleted). */
static bool
conn_update(struct ofct_conntrack *ct, struct conn *conn,
            const struct ct_pkt *cp, const struct ct_exec *ex,
            struct ofct_packet *pkt, uint32_t bytes)
{
    enum ct_update_res res;

    if (cp->nat) {
        ct_nat_track_ack(conn, cp->reply, cp->nat->flow);
    }
    /* UDP, the most common tracker without state of its own, inline. */
    res = (conn->l4 == CT_L4_UDP ? ct_udp_update(ct, conn, cp)
           : ct_l4_protos[conn->l4]->update(ct, conn, cp));
    switch (res) {
    case CT_UPDATE_NEW:
        return false;
    case CT_UPDATE_INVALID:
        pkt->ct_state = OFCT_CS_INV | OFCT_CS_TRK;
        __atomic_fetch_add(&ct->n_invalid, 1, __ATOMIC_RELAXED);
        break;
    case CT_UPDATE_VALID:
    case CT_UPDATE_VALID_NEW:
        pkt->ct_state = OFCT_CS_TRK
                        | (res == CT_UPDATE_VALID ? OFCT_CS_EST : OFCT_CS_NEW)
                        | (cp->reply ? OFCT_CS_RPL : 0)
                        | (conn->flags & CONN_REL ? OFCT_CS_REL : 0);
        conn->packets[cp->reply]++;
        conn->bytes[cp->reply] += bytes;
        if (cp->reply) {
            conn->flags |= CONN_SEEN_REPLY;
        }
        if (ex->update_md) {
            apply_mark_label(conn, ex->params);
        }
        if (conn->ext && conn->ext->helper) {
            conn->ext->helper->process(ct, conn, cp);
        }
        break;
    }
    if (cp->nat) {
        /* Invalid packets too, as Open vSwitch translates them. */
        ct_nat_translate(conn, cp->reply, cp->nat);
        pkt->ct_state |= ct_nat_state(conn, cp->reply);
    }
    write_md(pkt, conn);
    return true;
}

/* Looks 'key' up and updates its connection.  Returns true if the packet
 * was handled; false, with the key of a connection to delete in '*del'
 * (del->family 0 if none), if the packet starts a new connection. */
static bool
lookup_and_update(struct ofct_conntrack *ct, struct held *held,
                  const struct ct_key *key, uint32_t hash,
                  struct ct_pkt *cp, const struct ct_exec *ex,
                  struct ofct_packet *pkt, uint32_t bytes,
                  struct ct_nat_pkt *np, struct ct_key *del,
                  uint32_t *del_id)
{
    struct conn_node *node;
    struct ct_shard *home;
    bool handled = false;

    del->family = 0;
    node = find_locked(ct, held, key, hash, cp->now, &home);
    if (node) {
        struct conn *conn = conn_of_node(node);

        cp->reply = node->dir == CT_DIR_REPLY;
        cp->nat = np && conn_nat(conn) ? np : NULL;
        if (!(cp->reply && ex->force)) {
            handled = conn_update(ct, conn, cp, ex, pkt, bytes);
        }
        if (!handled) {
            conn_get_key(conn, CT_DIR_ORIG, del);
            *del_id = conn->id;
        }
    }
    unlock_home(home);
    return handled;
}

/* A packet between the two stages of execution. */
struct ct_prep {
    enum {
        PREP_DONE,              /* Judged already (invalid). */
        PREP_ICMP_ERROR,        /* An ICMP error: relate it. */
        PREP_TRACK,             /* 'key' and 'hash' to look up. */
    } kind;
    uint32_t hash;
    struct ct_key key;
    struct ofct_flow_key flow;
};

/* The key of a frame that flow_parse_fast() accepted (Ethernet, IPv4
 * without options, not a fragment, TCP or UDP), read from the frame
 * itself: ct_key_from_flow() would give the same from the parsed key, with
 * more tests and reads. */
static inline void
ct_key_from_fast_frame(const uint8_t *frame, uint16_t zone,
                       struct ct_key *key)
{
    const uint8_t *ip = frame + 14;

    memset(&key->src, 0, sizeof key->src);
    memset(&key->dst, 0, sizeof key->dst);
    memcpy(key->src.b, ip + 12, 4);
    memcpy(key->dst.b, ip + 16, 4);
    key->ports = fast_ports_word(frame + 34);
    ct_key_set_misc(key, zone, ip[9], 4);
}

/* Sets the hash of the key in 'prep', to track it. */
static inline void
prepare_track(struct ofct_conntrack *ct, bool prefetch, struct ct_prep *prep)
{
    prep->kind = PREP_TRACK;
    prep->hash = ct_key_hash(ct, &prep->key);
    if (prefetch) {
        ct_table_prefetch_bucket(ct_shard_of(ct, prep->hash), prep->hash);
    }
}

/* First stage, without locks: parses 'pkt' and hashes its key. */
static void
prepare(struct ofct_conntrack *ct, struct ofct_packet *pkt,
        const struct ofct_ct_params *params, bool prefetch,
        struct ct_prep *prep)
{
    struct ofct_flow_key *flow = &prep->flow;
    struct ofct_parse_options opts;

    memset(&pkt->ct_label, 0, sizeof pkt->ct_label);
    pkt->ct_zone = params->zone;
    pkt->ct_mark = 0;
    pkt->ct_orig.family = 0;
    if ((!pkt->link || pkt->link == OFCT_LINK_ETHERNET)
        && flow_parse_fast(pkt->data, pkt->size, ct->l4_csum, flow)) {
        /* The common case: a key for sure, straight from the frame. */
        pkt->status = OFCT_PKT_OK;
        ct_key_from_fast_frame(pkt->data, params->zone, &prep->key);
        prepare_track(ct, prefetch, prep);
        return;
    }
    opts.no_l4_csum = !ct->l4_csum;
    pkt->status = ofct_frame_parse(pkt->link ? pkt->link : OFCT_LINK_ETHERNET,
                                   pkt->data, pkt->size, &opts, flow, NULL);
    prep->kind = PREP_DONE;
    if (pkt->status != OFCT_PKT_OK) {
        mark_invalid(ct, pkt);
    } else if (ct_key_from_flow(flow, params->zone, &prep->key)) {
        prepare_track(ct, prefetch, prep);
    } else if ((flow->nw_proto == IPPROTO_NUM_ICMP
                || flow->nw_proto == IPPROTO_NUM_ICMPV6) && !flow->nw_frag
               && flow_icmp_is_error(flow->nw_proto, flow->tp_src)) {
        prep->kind = PREP_ICMP_ERROR;
    } else {
        mark_invalid(ct, pkt);
    }
}

/* Second stage: looks the packet up, updates or creates its connection. */
static void
track(struct ofct_conntrack *ct, struct held *held, struct ofct_packet *pkt,
      const struct ct_exec *ex, struct ct_prep *prep)
{
    const struct ofct_ct_params *params = ex->params;
    int64_t now = ex->now;
    struct ct_nat_pkt nat = { pkt, &prep->flow };
    struct ct_nat_pkt *np = ex->nat ? &nat : NULL;
    struct ct_key del;
    struct ct_pkt cp;
    uint32_t del_id = 0;
    int l4;

    if (prep->kind == PREP_ICMP_ERROR) {
        process_icmp_error(ct, held, pkt, &prep->flow, params->zone, now,
                           np);
        return;
    } else if (prep->kind != PREP_TRACK) {
        return;
    }

    cp.key = &prep->flow;
    cp.data = pkt->data;
    cp.reply = false;
    cp.now = now;
    cp.nat = NULL;
    if (lookup_and_update(ct, held, &prep->key, prep->hash, &cp, ex, pkt,
                          prep->flow.l3_len, np, &del, &del_id)) {
        return;
    }
    cp.reply = false;
    cp.nat = NULL;
    /* What follows takes locks of its own. */
    release(held);
    if (del.family) {
        ct_conn_delete(ct, &del, del_id);
    }

    l4 = ct_l4_index(prep->key.proto);
    if (!ct_l4_protos[l4]->valid_new(&cp)) {
        mark_invalid(ct, pkt);
        return;
    }
    pkt->ct_state = OFCT_CS_NEW | OFCT_CS_TRK;
    if (params->commit) {
        conn_create(ct, &prep->key, prep->hash, &cp, l4, params, pkt,
                    prep->flow.l3_len, np);
    } else if (ct_expect_any(ct)) {
        struct ct_expect_match m;

        /* Related, but a lookup without commit leaves the expectation
         * for the commit that will follow. */
        if (ct_expect_lookup(ct, &prep->key, now, false, &m)) {
            write_expect_md(pkt, &m);
        }
    }
}

/* Packets go through in groups: all of a group are parsed and hashed
 * first (prefetching their buckets), then they are looked up in order,
 * each lookup prefetching the first node of a later packet's bucket.  The
 * result is the same as one by one (parsing depends on no state), but the
 * processor overlaps the independent work and the cache misses of several
 * packets instead of waiting on each one's chain of dependent loads: in a
 * large table, the bucket and the connection are each a miss.  A table that fits in
 * the caches gains nothing from the prefetches, so they start at
 * CT_PREFETCH_CONNS connections. */
#define CT_GROUP 32
#define CT_PREFETCH_CONNS 16384
/* How many packets ahead of the one being looked up to prefetch the first
 * node of the bucket: enough for a memory access to complete, few enough
 * that the processor can keep all of them in flight. */
#define CT_PREFETCH_AHEAD 8

static void
prefetch_head(struct ofct_conntrack *ct, const struct ct_prep *prep)
{
    if (prep->kind == PREP_TRACK) {
        ct_table_prefetch_head(ct_shard_of(ct, prep->hash), prep->hash);
    }
}

void
ofct_conntrack_execute(struct ofct_conntrack *ct, struct ofct_packet *pkts,
                       size_t n, const struct ofct_ct_params *params,
                       int64_t now_ms)
{
    bool prefetch = (__atomic_load_n(&ct->n_conns, __ATOMIC_RELAXED)
                     >= CT_PREFETCH_CONNS);
    const struct ct_exec ex = {
        .params = params,
        .now = now_ms,
        .nat = params->nat.type != OFCT_CT_NAT_NONE,
        .force = params->force,
        .update_md = params->commit && (params->set_mark
                                        || params->set_label),
    };
    struct ct_prep prep[CT_GROUP];
    struct held held = { NULL };
    size_t base, i;

    for (base = 0; base < n; base += CT_GROUP) {
        size_t m = n - base < CT_GROUP ? n - base : CT_GROUP;

        for (i = 0; i < m; i++) {
            prepare(ct, &pkts[base + i], params, prefetch, &prep[i]);
        }
        for (i = 0; i < m && i < CT_PREFETCH_AHEAD && prefetch; i++) {
            prefetch_head(ct, &prep[i]);
        }
        for (i = 0; i < m; i++) {
            if (prefetch && i + CT_PREFETCH_AHEAD < m) {
                prefetch_head(ct, &prep[i + CT_PREFETCH_AHEAD]);
            }
            track(ct, &held, &pkts[base + i], &ex, &prep[i]);
        }
    }
    release(&held);
}
