/* The expectation table of the ALGs (see ct-alg.h): a chained hash table
 * under one mutex, keyed by the expected connection's original key with
 * a wildcard source port, bounded in all and per master.
 *
 * Expectations are few (one per FTP control connection at a time, as in
 * the kernel) and looked for only when a packet would start a
 * connection, and only while the table holds any, so one lock serves. */
#include <config.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-alg.h"
#include "util/xalloc.h"

struct ct_expect {
    struct ct_expect *hash_next;
    struct ct_expect *master_next;  /* In the master's list, oldest first. */
    uint32_t hash;
    struct ct_key key;              /* 'sport' 0: any source port. */
    struct conn *master;
    struct ct_key master_key;
    const struct ct_helper *helper;
    uint32_t mark;                  /* The master's, when created. */
    struct ofct_u128 label;
    struct ct_nat_follow nat;
    int64_t expiration;
};

struct ct_expect_table {
    pthread_mutex_t mutex;
    struct ct_expect **buckets;
    uint32_t mask;                  /* Number of buckets, less 1. */
    uint32_t n;
    uint32_t max;
    uint32_t max_per_master;        /* 0: the helper's own. */
    uint64_t n_created, n_matched, n_expired, n_evicted, n_deleted;
    uint64_t n_refused;
};

#define EXPECT_MIN_BUCKETS 16

void
ct_expect_init(struct ofct_conntrack *ct, uint32_t max,
               uint32_t max_per_master)
{
    struct ct_expect_table *t = xzalloc(sizeof *t);

    pthread_mutex_init(&t->mutex, NULL);
    t->mask = EXPECT_MIN_BUCKETS - 1;
    t->buckets = xzalloc(EXPECT_MIN_BUCKETS * sizeof *t->buckets);
    t->max = max ? max : CT_DEFAULT_MAX_EXPECTS;
    t->max_per_master = max_per_master;
    ct->expects = t;
    ct->n_expects = 0;
}

void
ct_expect_destroy(struct ofct_conntrack *ct)
{
    struct ct_expect_table *t = ct->expects;
    uint32_t i;

    /* The engine flushes its connections first, and their expectations
     * with them; free whatever a caller's misuse might have left. */
    for (i = 0; i <= t->mask; i++) {
        struct ct_expect *e, *next;

        for (e = t->buckets[i]; e; e = next) {
            next = e->hash_next;
            free(e);
        }
    }
    pthread_mutex_destroy(&t->mutex);
    free(t->buckets);
    free(t);
    ct->expects = NULL;
}

void
ct_alg_expect_key(const struct conn *master, uint8_t proto,
                  const struct ofct_ip_addr *src,
                  const struct ofct_ip_addr *dst, uint16_t dport,
                  struct ct_key *key)
{
    memset(key, 0, sizeof *key);
    key->src = *src;
    key->dst = *dst;
    ct_key_set_ports(key, 0, dport);
    ct_key_set_misc(key, master->zone, proto, master->family);
}

void
ct_alg_nat_follow(const struct ct_key *a, const struct ct_key *b,
                  uint16_t port, uint16_t seen_port, struct ct_nat_follow *nat)
{
    memset(nat, 0, sizeof *nat);
    if (memcmp(&b->dst, &a->src, sizeof a->src) || port != seen_port) {
        nat->type = OFCT_CT_NAT_DST;
        nat->addr = a->src;
        nat->port = port;
    } else if (memcmp(&a->dst, &b->src, sizeof b->src)) {
        nat->type = OFCT_CT_NAT_SRC;
        nat->addr = a->dst;
    }
}

static struct ct_expect **
bucket(struct ct_expect_table *t, uint32_t hash)
{
    return &t->buckets[hash & t->mask];
}

static struct ct_expect *
find(struct ct_expect_table *t, const struct ct_key *key, uint32_t hash)
{
    struct ct_expect *e;

    for (e = *bucket(t, hash); e; e = e->hash_next) {
        if (e->hash == hash && !memcmp(&e->key, key, sizeof *key)) {
            return e;
        }
    }
    return NULL;
}

/* Doubles the buckets when the table holds more than one expectation per
 * bucket.  The total limit bounds it. */
static void
maybe_grow(struct ct_expect_table *t)
{
    uint32_t n = (t->mask + 1) * 2;
    struct ct_expect **b;
    uint32_t i;

    if (t->n <= t->mask) {
        return;
    }
    b = xzalloc(n * sizeof *b);
    for (i = 0; i <= t->mask; i++) {
        struct ct_expect *e, *next;

        for (e = t->buckets[i]; e; e = next) {
            next = e->hash_next;
            e->hash_next = b[e->hash & (n - 1)];
            b[e->hash & (n - 1)] = e;
        }
    }
    free(t->buckets);
    t->buckets = b;
    t->mask = n - 1;
}

static void
set_count(struct ofct_conntrack *ct, uint32_t n)
{
    ct->expects->n = n;
    __atomic_store_n(&ct->n_expects, n, __ATOMIC_RELAXED);
}

/* Unlinks 'e' from its bucket and from its master's list and frees it. */
static void
expect_free(struct ofct_conntrack *ct, struct ct_expect *e)
{
    struct ct_expect_table *t = ct->expects;
    struct ct_expect **p;

    for (p = bucket(t, e->hash); *p != e; p = &(*p)->hash_next) {
        continue;
    }
    *p = e->hash_next;
    for (p = &e->master->ext->expects; *p != e; p = &(*p)->master_next) {
        continue;
    }
    *p = e->master_next;
    set_count(ct, t->n - 1);
    free(e);
}

/* Whether 'e' is dead at 'now': timed out, or its master has. */
static bool
expect_dead(const struct ct_expect *e, int64_t now)
{
    return e->expiration <= now || conn_expired(e->master, now);
}

static size_t
sweep_locked(struct ofct_conntrack *ct, int64_t now)
{
    struct ct_expect_table *t = ct->expects;
    size_t n = 0;
    uint32_t i;

    for (i = 0; i <= t->mask; i++) {
        struct ct_expect *e, *next;

        for (e = t->buckets[i]; e; e = next) {
            next = e->hash_next;
            if (expect_dead(e, now)) {
                expect_free(ct, e);
                n++;
            }
        }
    }
    t->n_expired += n;
    return n;
}

size_t
ct_expect_sweep(struct ofct_conntrack *ct, int64_t now)
{
    struct ct_expect_table *t = ct->expects;
    size_t n;

    if (!ct_expect_any(ct)) {
        return 0;
    }
    pthread_mutex_lock(&t->mutex);
    n = sweep_locked(ct, now);
    pthread_mutex_unlock(&t->mutex);
    return n;
}

/* Makes room for one more expectation of 'master': in all (sweeping dead
 * ones when full) and in the master's share (its oldest goes, as the
 * kernel's helpers do).  Returns false if the table stays full. */
static bool
make_room(struct ofct_conntrack *ct, struct conn *master, int64_t now)
{
    struct ct_expect_table *t = ct->expects;
    const struct ct_helper *helper = master->ext->helper;
    uint32_t limit = t->max_per_master ? t->max_per_master
                                       : helper->max_expected;
    struct ct_expect *e;
    uint32_t n = 0;

    for (e = master->ext->expects; e; e = e->master_next) {
        n++;
    }
    if (n >= limit && master->ext->expects) {
        expect_free(ct, master->ext->expects);
        t->n_evicted++;
        return true;
    }
    if (t->n >= t->max && !sweep_locked(ct, now)) {
        t->n_refused++;
        return false;
    }
    return true;
}

/* Sets what a connection will inherit from 'e', from its master now. */
static void
expect_fill(struct ct_expect *e, struct conn *master, int64_t now)
{
    e->mark = master->mark;
    e->label = master->ext->label;
    e->expiration = now + master->ext->helper->expect_timeout_ms;
}

/* Moves 'e' to the end of its master's list: the newest. */
static void
move_to_newest(struct ct_expect *e)
{
    struct ct_expect **p;

    for (p = &e->master->ext->expects; *p != e; p = &(*p)->master_next) {
        continue;
    }
    *p = e->master_next;
    while (*p) {
        p = &(*p)->master_next;
    }
    e->master_next = NULL;
    *p = e;
}

static void
expect_insert(struct ofct_conntrack *ct, struct conn *master,
              const struct ct_key *key, uint32_t hash,
              const struct ct_nat_follow *nat, int64_t now)
{
    struct ct_expect_table *t = ct->expects;
    struct ct_expect *e = xzalloc(sizeof *e);
    struct ct_expect **p;

    e->key = *key;
    if (nat) {
        e->nat = *nat;
    }
    e->hash = hash;
    e->master = master;
    conn_get_key(master, CT_DIR_ORIG, &e->master_key);
    e->helper = master->ext->helper;
    expect_fill(e, master, now);

    for (p = &master->ext->expects; *p; p = &(*p)->master_next) {
        continue;
    }
    *p = e;
    e->hash_next = *bucket(t, hash);
    *bucket(t, hash) = e;
    set_count(ct, t->n + 1);
    maybe_grow(t);
    t->n_created++;
}

enum ct_expect_result
ct_expect_create(struct ofct_conntrack *ct, struct conn *master,
                 const struct ct_key *key_, const struct ct_nat_follow *nat,
                 int64_t now)
{
    struct ct_expect_table *t = ct->expects;
    enum ct_expect_result res = CT_EXPECT_OK;
    struct ct_key key = *key_;
    struct ct_expect *e;
    uint32_t hash;

    key.sport = 0;
    hash = ct_key_hash(ct, &key);
    pthread_mutex_lock(&t->mutex);
    e = find(t, &key, hash);
    if (e && e->master != master && expect_dead(e, now)) {
        expect_free(ct, e);
        t->n_expired++;
        e = NULL;
    }
    if (e && e->master == master) {
        /* The same announcement again (a retransmission, a repeated
         * command): renew it rather than add a second one. */
        expect_fill(e, master, now);
        e->nat = nat ? *nat : (struct ct_nat_follow) { 0 };
        move_to_newest(e);
    } else if (e) {
        /* Another master expects the same connection: the first one
         * keeps it, as in the kernel. */
        t->n_refused++;
        res = CT_EXPECT_TAKEN;
    } else if (make_room(ct, master, now)) {
        expect_insert(ct, master, &key, hash, nat, now);
    } else {
        res = CT_EXPECT_FULL;
    }
    pthread_mutex_unlock(&t->mutex);
    return res;
}

bool
ct_expect_lookup(struct ofct_conntrack *ct, const struct ct_key *key_,
                 int64_t now, bool take, struct ct_expect_match *m)
{
    struct ct_expect_table *t = ct->expects;
    struct ct_key key = *key_;
    struct ct_expect *e;
    uint32_t hash;

    key.sport = 0;
    hash = ct_key_hash(ct, &key);
    pthread_mutex_lock(&t->mutex);
    e = find(t, &key, hash);
    if (e && expect_dead(e, now)) {
        e = NULL;               /* Left for the sweep. */
    }
    if (e) {
        m->master_key = e->master_key;
        m->mark = e->mark;
        m->label = e->label;
        m->nat = e->nat;
        if (take) {
            expect_free(ct, e);
            t->n_matched++;
        }
    }
    pthread_mutex_unlock(&t->mutex);
    return e != NULL;
}

void
ct_expect_remove_master(struct ofct_conntrack *ct, struct conn *master)
{
    struct ct_expect_table *t = ct->expects;

    pthread_mutex_lock(&t->mutex);
    while (master->ext->expects) {
        expect_free(ct, master->ext->expects);
        t->n_deleted++;
    }
    pthread_mutex_unlock(&t->mutex);
}

void
ct_expect_get_stats(struct ofct_conntrack *ct, struct ofct_ct_stats *s)
{
    struct ct_expect_table *t = ct->expects;

    pthread_mutex_lock(&t->mutex);
    s->n_expects = t->n;
    s->n_expect_created = t->n_created;
    s->n_expect_matched = t->n_matched;
    s->n_expect_expired = t->n_expired;
    s->n_expect_evicted = t->n_evicted;
    s->n_expect_deleted = t->n_deleted;
    s->n_expect_refused = t->n_refused;
    s->memory += sizeof *t + (t->mask + 1) * sizeof *t->buckets
                 + t->n * sizeof(struct ct_expect);
    pthread_mutex_unlock(&t->mutex);
}

/* Dumps: a copy of the table taken at once, so that the caller may take
 * its time. */

struct ofct_ct_expect_dump {
    struct ofct_ct_expect_entry *entries;
    size_t n, pos;
};

static void
expect_to_entry(const struct ct_expect *e, int64_t now,
                struct ofct_ct_expect_entry *entry)
{
    int64_t left = e->expiration - now;

    memset(entry, 0, sizeof *entry);
    ct_key_to_tuple(&e->key, &entry->tuple);
    ct_key_to_tuple(&e->master_key, &entry->parent);
    entry->zone = e->key.zone;
    entry->mark = e->mark;
    entry->label = e->label;
    entry->timeout_ms = left > UINT32_MAX ? UINT32_MAX : left;
    entry->helper = e->helper->name;
}

struct ofct_ct_expect_dump *
ofct_conntrack_expect_dump_start(struct ofct_conntrack *ct,
                                 const uint16_t *zone, int64_t now_ms)
{
    struct ofct_ct_expect_dump *d = xzalloc(sizeof *d);
    struct ct_expect_table *t = ct->expects;
    uint32_t i;

    pthread_mutex_lock(&t->mutex);
    d->entries = xmalloc((t->n ? t->n : 1) * sizeof *d->entries);
    for (i = 0; i <= t->mask; i++) {
        const struct ct_expect *e;

        for (e = t->buckets[i]; e; e = e->hash_next) {
            if (!expect_dead(e, now_ms) && (!zone || *zone == e->key.zone)) {
                expect_to_entry(e, now_ms, &d->entries[d->n++]);
            }
        }
    }
    pthread_mutex_unlock(&t->mutex);
    return d;
}

bool
ofct_conntrack_expect_dump_next(struct ofct_ct_expect_dump *d,
                                struct ofct_ct_expect_entry *entry)
{
    if (d->pos >= d->n) {
        return false;
    }
    *entry = d->entries[d->pos++];
    return true;
}

void
ofct_conntrack_expect_dump_done(struct ofct_ct_expect_dump *d)
{
    if (d) {
        free(d->entries);
        free(d);
    }
}
