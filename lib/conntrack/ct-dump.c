/* Walks over the whole table: sweeping expired connections, flushing,
 * dumping, statistics. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-alg.h"
#include "conntrack/ct-private.h"
#include "util/xalloc.h"

static size_t
shard_index(uint32_t hash)
{
    return hash >> (32 - CT_SHARD_BITS);
}

/* A connection picked for deletion while walking shard 'i', with its node
 * in that shard. */
struct victim {
    struct conn *conn;
    enum ct_dir dir;
};

struct victims {
    struct victim *v;
    size_t n, allocated;
};

static void
victims_push(struct victims *vs, struct conn *conn, enum ct_dir dir)
{
    if (vs->n >= vs->allocated) {
        vs->allocated = vs->allocated ? 2 * vs->allocated : 64;
        vs->v = xrealloc(vs->v, vs->allocated * sizeof *vs->v);
    }
    vs->v[vs->n].conn = conn;
    vs->v[vs->n].dir = dir;
    vs->n++;
}

typedef bool reap_pred(const struct conn *, const void *aux, int64_t now);

/* Collects, in locked shard 'i', the connections that 'pred' picks.  Each
 * connection is taken from the lower-numbered of its two shards (from its
 * original node when both are in one), so that the other shard's lock
 * can be taken in order. */
static void
collect(struct ct_shard *shard, size_t i, reap_pred *pred, const void *aux,
        int64_t now, struct victims *vs)
{
    uint32_t b;

    for (b = 0; b <= shard->table->mask; b++) {
        struct conn_node *node;

        for (node = shard->table->heads[b]; node; node = node->next) {
            struct conn *conn = conn_of_node(node);
            size_t j = shard_index(conn->node[!node->dir].hash);

            if ((j > i || (j == i && node->dir == CT_DIR_ORIG))
                && pred(conn, aux, now)) {
                victims_push(vs, conn, node->dir);
            }
        }
    }
}

/* Deletes every connection that 'pred' picks.  Returns how many. */
static size_t
reap(struct ofct_conntrack *ct, reap_pred *pred, const void *aux,
     int64_t now)
{
    struct victims vs = { NULL, 0, 0 };
    size_t total = 0;
    size_t i, k;

    for (i = 0; i < CT_N_SHARDS; i++) {
        struct ct_shard *shard = &ct->shards[i];

        vs.n = 0;
        ct_spin_lock(&shard->lock);
        collect(shard, i, pred, aux, now, &vs);
        for (k = 0; k < vs.n; k++) {
            struct conn_node *mine = &vs.v[k].conn->node[vs.v[k].dir];
            struct conn_node *other = &vs.v[k].conn->node[!vs.v[k].dir];
            struct ct_shard *oshard = &ct->shards[shard_index(other->hash)];

            if (oshard != shard) {
                ct_spin_lock(&oshard->lock);
            }
            ct_table_remove(shard, mine);
            ct_table_remove(oshard, other);
            if (oshard != shard) {
                ct_spin_unlock(&oshard->lock);
            }
        }
        ct_spin_unlock(&shard->lock);
        for (k = 0; k < vs.n; k++) {
            ct_conn_free(ct, vs.v[k].conn);
        }
        total += vs.n;
    }
    free(vs.v);
    return total;
}

static bool
pred_expired(const struct conn *conn, const void *aux, int64_t now)
{
    return conn_expired(conn, now);
}

size_t
ofct_conntrack_sweep(struct ofct_conntrack *ct, int64_t now_ms)
{
    size_t n;

    /* Expectations first, so that those whose master has expired count
     * as expired rather than as deleted with it. */
    ct_expect_sweep(ct, now_ms);
    n = reap(ct, pred_expired, NULL, now_ms);

    __atomic_fetch_add(&ct->n_expired, n, __ATOMIC_RELAXED);
    return n;
}

static bool
pred_all(const struct conn *conn, const void *aux, int64_t now)
{
    return true;
}

static bool
pred_zone(const struct conn *conn, const void *aux, int64_t now)
{
    return conn->zone == *(const uint16_t *) aux;
}

/* Finds the connection that has 'key' as its original or reply key and
 * deletes it. */
static size_t
flush_key(struct ofct_conntrack *ct, const struct ct_key *key)
{
    uint32_t hash = ct_key_hash(ct, key);
    struct ct_shard *shard = ct_shard_of(ct, hash);
    struct conn_node *node;
    struct ct_key orig;
    uint32_t id = 0;

    ct_spin_lock(&shard->lock);
    node = ct_table_lookup(shard, key, hash, INT64_MIN);
    if (node) {
        conn_get_key(conn_of_node(node), CT_DIR_ORIG, &orig);
        id = conn_of_node(node)->id;
    }
    ct_spin_unlock(&shard->lock);
    return node && ct_conn_delete(ct, &orig, id);
}

size_t
ofct_conntrack_flush(struct ofct_conntrack *ct, const uint16_t *zone,
                     const struct ofct_ct_tuple *tuple)
{
    size_t n;

    if (tuple) {
        struct ct_key key;

        if (ct_key_from_tuple(tuple, zone ? *zone : 0, &key)) {
            return 0;
        }
        return flush_key(ct, &key);
    }
    n = zone ? reap(ct, pred_zone, zone, 0) : reap(ct, pred_all, NULL, 0);
    __atomic_fetch_add(&ct->n_deleted, n, __ATOMIC_RELAXED);
    return n;
}

void
ofct_conntrack_get_stats(const struct ofct_conntrack *ct_,
                         struct ofct_ct_stats *s)
{
    struct ofct_conntrack *ct = (struct ofct_conntrack *) ct_;

    memset(s, 0, sizeof *s);
    s->n_conns = __atomic_load_n(&ct->n_conns, __ATOMIC_RELAXED);
    s->n_created = __atomic_load_n(&ct->n_created, __ATOMIC_RELAXED);
    s->n_expired = __atomic_load_n(&ct->n_expired, __ATOMIC_RELAXED);
    s->n_deleted = __atomic_load_n(&ct->n_deleted, __ATOMIC_RELAXED);
    s->n_invalid = __atomic_load_n(&ct->n_invalid, __ATOMIC_RELAXED);
    s->n_refused_full = __atomic_load_n(&ct->n_refused_full,
                                        __ATOMIC_RELAXED);
    s->n_refused_zone = __atomic_load_n(&ct->n_refused_zone,
                                        __ATOMIC_RELAXED);
    s->memory = sizeof *ct + 65536 * sizeof *ct->zone_counts
                + ct_table_memory(ct) + ct_alloc_memory(ct->alloc);
    s->n_alg_bounce = __atomic_load_n(&ct->n_alg_bounce, __ATOMIC_RELAXED);
    s->n_alg_malformed = __atomic_load_n(&ct->n_alg_malformed,
                                         __ATOMIC_RELAXED);
    s->n_nat_conns = __atomic_load_n(&ct->n_nat_conns, __ATOMIC_RELAXED);
    s->n_nat_exhausted = __atomic_load_n(&ct->n_nat_exhausted,
                                         __ATOMIC_RELAXED);
    s->n_nat_clash = __atomic_load_n(&ct->n_nat_clash, __ATOMIC_RELAXED);
    s->n_nat_alg_skipped = __atomic_load_n(&ct->n_nat_alg_skipped,
                                           __ATOMIC_RELAXED);
    ct_expect_get_stats(ct, s);
}

/* Dumps. */

struct ofct_ct_dump {
    struct ofct_conntrack *ct;
    bool has_zone;
    uint16_t zone;
    int64_t now;
    size_t next_shard;
    struct ofct_ct_entry *entries;  /* From the last shard read. */
    size_t n, allocated, pos;
};

static void
conn_to_entry(const struct conn *conn, int64_t now,
              struct ofct_ct_entry *e)
{
    struct ct_key key;
    int64_t left = __atomic_load_n(&conn->expiration, __ATOMIC_RELAXED)
                   - now;

    memset(e, 0, sizeof *e);
    conn_get_key(conn, CT_DIR_ORIG, &key);
    ct_key_to_tuple(&key, &e->orig);
    conn_get_key(conn, CT_DIR_REPLY, &key);
    ct_key_to_tuple(&key, &e->reply);
    e->id = conn->id;
    e->zone = conn->zone;
    e->mark = conn->mark;
    memcpy(e->packets, conn->packets, sizeof e->packets);
    memcpy(e->bytes, conn->bytes, sizeof e->bytes);
    e->timeout_ms = left < 0 ? 0 : left > UINT32_MAX ? UINT32_MAX : left;
    e->seen_reply = (conn->flags & CONN_SEEN_REPLY) != 0;
    e->assured = (conn->flags & CONN_ASSURED) != 0;
    if (conn->ext) {
        e->label = conn->ext->label;
        e->helper = conn->ext->helper ? conn->ext->helper->name : NULL;
        if (conn->flags & CONN_REL) {
            ct_key_to_tuple(&conn->ext->parent, &e->parent);
        }
    }
    ct_l4_protos[conn->l4]->get_info(conn, e);
}

/* Copies the live connections of the next shard that has any into the
 * dump's buffer.  Returns false when all shards are done. */
static bool
dump_fill(struct ofct_ct_dump *d)
{
    while (d->next_shard < CT_N_SHARDS) {
        struct ct_shard *shard = &d->ct->shards[d->next_shard++];
        uint32_t b;

        d->n = d->pos = 0;
        ct_spin_lock(&shard->lock);
        for (b = 0; b <= shard->table->mask; b++) {
            struct conn_node *node;

            for (node = shard->table->heads[b]; node; node = node->next) {
                struct conn *conn = conn_of_node(node);

                if (node->dir != CT_DIR_ORIG || conn_expired(conn, d->now)
                    || (d->has_zone && conn->zone != d->zone)) {
                    continue;
                }
                if (d->n >= d->allocated) {
                    d->allocated = d->allocated ? 2 * d->allocated : 64;
                    d->entries = xrealloc(d->entries,
                                          d->allocated * sizeof *d->entries);
                }
                /* This is the connection's home shard. */
                conn_to_entry(conn, d->now, &d->entries[d->n++]);
            }
        }
        ct_spin_unlock(&shard->lock);
        if (d->n) {
            return true;
        }
    }
    return false;
}

struct ofct_ct_dump *
ofct_conntrack_dump_start(struct ofct_conntrack *ct, const uint16_t *zone,
                          int64_t now_ms)
{
    struct ofct_ct_dump *d = xzalloc(sizeof *d);

    d->ct = ct;
    d->has_zone = zone != NULL;
    d->zone = zone ? *zone : 0;
    d->now = now_ms;
    return d;
}

bool
ofct_conntrack_dump_next(struct ofct_ct_dump *d, struct ofct_ct_entry *e)
{
    if (d->pos >= d->n && !dump_fill(d)) {
        return false;
    }
    *e = d->entries[d->pos++];
    return true;
}

void
ofct_conntrack_dump_done(struct ofct_ct_dump *d)
{
    if (d) {
        free(d->entries);
        free(d);
    }
}
