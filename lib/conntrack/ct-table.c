/* The sharded hash table of connection nodes.  Callers hold the shard's
 * lock around every function here except init and destroy. */
#include <config.h>

#include <stdlib.h>

#include "conntrack/ct-private.h"
#include "util/xalloc.h"

#define CT_SHARD_MIN_BUCKETS 16

/* Doubles the bucket array; chains keep their order. */
static void
shard_grow(struct ct_shard *shard)
{
    uint32_t n = (shard->mask + 1) * 2;
    struct conn_node **buckets = xzalloc(n * sizeof *buckets);
    uint32_t i;

    for (i = 0; i <= shard->mask; i++) {
        struct conn_node *node, *next;

        for (node = shard->buckets[i]; node; node = next) {
            struct conn_node **b = &buckets[node->hash & (n - 1)];

            next = node->next;
            node->next = *b;
            *b = node;
        }
    }
    free(shard->buckets);
    shard->buckets = buckets;
    shard->mask = n - 1;
}

void
ct_table_insert(struct ct_shard *shard, struct conn_node *node)
{
    struct conn_node **b;

    if (shard->n_nodes > shard->mask) {
        shard_grow(shard);
    }
    b = &shard->buckets[node->hash & shard->mask];
    node->next = *b;
    *b = node;
    shard->n_nodes++;
}

void
ct_table_remove(struct ct_shard *shard, struct conn_node *node)
{
    struct conn_node **p;

    for (p = &shard->buckets[node->hash & shard->mask]; *p;
         p = &(*p)->next) {
        if (*p == node) {
            *p = node->next;
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
        shard->mask = CT_SHARD_MIN_BUCKETS - 1;
        shard->n_nodes = 0;
        shard->buckets = xzalloc(CT_SHARD_MIN_BUCKETS
                                 * sizeof *shard->buckets);
    }
}

void
ct_table_destroy(struct ofct_conntrack *ct)
{
    size_t i;

    for (i = 0; i < CT_N_SHARDS; i++) {
        free(ct->shards[i].buckets);
    }
}

size_t
ct_table_memory(struct ofct_conntrack *ct)
{
    size_t total = 0;
    size_t i;

    for (i = 0; i < CT_N_SHARDS; i++) {
        struct ct_shard *shard = &ct->shards[i];

        ct_spin_lock(&shard->lock);
        total += (shard->mask + 1) * sizeof *shard->buckets;
        ct_spin_unlock(&shard->lock);
    }
    return total;
}
