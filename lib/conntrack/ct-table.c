/* The sharded hash table of connection nodes.  Callers hold the shard's
 * lock around every function here except init and destroy. */
#include <config.h>

#include <stdlib.h>

#include "conntrack/ct-private.h"
#include "util/xalloc.h"

#define CT_SHARD_MIN_BUCKETS 16

static struct ct_buckets *
buckets_alloc(uint32_t n)
{
    struct ct_buckets *t = xzalloc(sizeof *t + n * sizeof t->heads[0]);

    t->mask = n - 1;
    return t;
}

/* Heads are written atomically, for ct_table_prefetch_head(). */
static void
set_head(struct conn_node **head, struct conn_node *node)
{
    __atomic_store_n(head, node, __ATOMIC_RELAXED);
}

/* Doubles the bucket array; chains keep their order. */
static void
shard_grow(struct ct_shard *shard)
{
    struct ct_buckets *old = shard->table;
    uint32_t n = (old->mask + 1) * 2;
    struct ct_buckets *t = buckets_alloc(n);
    uint32_t i;

    for (i = 0; i <= old->mask; i++) {
        struct conn_node *node, *next;

        for (node = old->heads[i]; node; node = next) {
            struct conn_node **b = &t->heads[node->hash & (n - 1)];

            next = node->next;
            node->next = *b;
            *b = node;
        }
    }
    t->retired = old;
    __atomic_store_n(&shard->table, t, __ATOMIC_RELEASE);
}

void
ct_table_insert(struct ct_shard *shard, struct conn_node *node)
{
    struct conn_node **b;

    if (shard->n_nodes > shard->table->mask) {
        shard_grow(shard);
    }
    b = &shard->table->heads[node->hash & shard->table->mask];
    node->next = *b;
    set_head(b, node);
    shard->n_nodes++;
}

void
ct_table_remove(struct ct_shard *shard, struct conn_node *node)
{
    struct conn_node **p;

    for (p = &shard->table->heads[node->hash & shard->table->mask]; *p;
         p = &(*p)->next) {
        if (*p == node) {
            if (p == &shard->table->heads[node->hash & shard->table->mask]) {
                set_head(p, node->next);
            } else {
                *p = node->next;
            }
            shard->n_nodes--;
            return;
        }
    }
    abort();                    /* Not linked: a bug in the caller. */
}

void
ct_table_init(struct ofct_conntrack *ct)
{
    size_t i;

    for (i = 0; i < CT_N_SHARDS; i++) {
        struct ct_shard *shard = &ct->shards[i];

        ct_spin_init(&shard->lock);
        shard->n_nodes = 0;
        shard->table = buckets_alloc(CT_SHARD_MIN_BUCKETS);
    }
}

void
ct_table_destroy(struct ofct_conntrack *ct)
{
    size_t i;

    for (i = 0; i < CT_N_SHARDS; i++) {
        struct ct_buckets *t, *next;

        for (t = ct->shards[i].table; t; t = next) {
            next = t->retired;
            free(t);
        }
    }
}

size_t
ct_table_memory(struct ofct_conntrack *ct)
{
    size_t total = 0;
    size_t i;

    for (i = 0; i < CT_N_SHARDS; i++) {
        struct ct_shard *shard = &ct->shards[i];
        const struct ct_buckets *t;

        ct_spin_lock(&shard->lock);
        for (t = shard->table; t; t = t->retired) {
            total += sizeof *t + (t->mask + 1) * sizeof t->heads[0];
        }
        ct_spin_unlock(&shard->lock);
    }
    return total;
}
