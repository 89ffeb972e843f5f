/* Recirculation ids: ct(table=N) sends the packet through the connection
 * tracker and back into the datapath with a recirculation id; the id must
 * map back to where the packet resumes.  Ids are dense (1, 2, ...) and
 * never reused, so an id is an index; a hash over the state finds the id
 * of a state that already has one, as OVS shares an id between identical
 * frozen states. */
#include <config.h>

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>

#include "ofct/datapath.h"
#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"
#include "util/xalloc.h"

#define RECIRC_DEFAULT_MAX 65536
/* Ids are 32-bit and 0 means "not recirculated". */
#define RECIRC_ID_MAX UINT32_MAX

struct recirc_entry {
    struct ofct_recirc_state state;
    uint32_t hash;
    uint32_t next;              /* Next id in the bucket, 0 for none. */
};

struct ofct_recirc_table {
    struct recirc_entry *entries;   /* entries[id - 1]. */
    size_t n, allocated, max;
    uint32_t *buckets;              /* First id of each bucket, 0 if none. */
    size_t n_buckets;               /* A power of 2. */
    uint32_t seed;                  /* Random: registers come from packets,
                                     * so chains must not be predictable. */
};

struct ofct_recirc_table *
ofct_recirc_table_new(size_t max_ids)
{
    struct ofct_recirc_table *rt = xzalloc(sizeof *rt);

    if (getrandom(&rt->seed, sizeof rt->seed, GRND_NONBLOCK)
        != sizeof rt->seed) {
        rt->seed = (uint32_t) (uintptr_t) rt ^ (uint32_t) time(NULL);
    }
    rt->max = max_ids ? max_ids : RECIRC_DEFAULT_MAX;
    if (rt->max > RECIRC_ID_MAX) {
        rt->max = RECIRC_ID_MAX;
    }
    return rt;
}

void
ofct_recirc_table_free(struct ofct_recirc_table *rt)
{
    if (rt) {
        free(rt->entries);
        free(rt->buckets);
        free(rt);
    }
}

size_t
ofct_recirc_table_count(const struct ofct_recirc_table *rt)
{
    return rt->n;
}

/* FNV-1a, from a seeded basis, over the fields of a state one by one (not
 * over the struct, whose padding bytes are undefined). */
static uint32_t
hash_bytes(uint32_t h, const void *p_, size_t n)
{
    const uint8_t *p = p_;

    for (size_t i = 0; i < n; i++) {
        h = (h ^ p[i]) * 16777619u;
    }
    return h;
}

static uint32_t
hash_state(const struct ofct_recirc_table *rt,
           const struct ofct_recirc_state *st)
{
    uint32_t h = 2166136261u ^ rt->seed;
    uint8_t conntracked = st->conntracked;

    h = hash_bytes(h, &st->table_id, sizeof st->table_id);
    h = hash_bytes(h, &conntracked, sizeof conntracked);
    h = hash_bytes(h, &st->in_port, sizeof st->in_port);
    h = hash_bytes(h, &st->metadata, sizeof st->metadata);
    return hash_bytes(h, st->regs, sizeof st->regs);
}

static bool
same_state(const struct ofct_recirc_state *a,
           const struct ofct_recirc_state *b)
{
    return (a->table_id == b->table_id && a->conntracked == b->conntracked
            && a->in_port == b->in_port && a->metadata == b->metadata
            && !memcmp(a->regs, b->regs, sizeof a->regs));
}

static uint32_t
find_id(const struct ofct_recirc_table *rt,
        const struct ofct_recirc_state *st, uint32_t hash)
{
    if (!rt->n_buckets) {
        return 0;
    }
    for (uint32_t id = rt->buckets[hash & (rt->n_buckets - 1)]; id;
         id = rt->entries[id - 1].next) {
        const struct recirc_entry *e = &rt->entries[id - 1];
        if (e->hash == hash && same_state(&e->state, st)) {
            return id;
        }
    }
    return 0;
}

static void
insert_bucket(struct ofct_recirc_table *rt, uint32_t id)
{
    struct recirc_entry *e = &rt->entries[id - 1];
    size_t b = e->hash & (rt->n_buckets - 1);

    e->next = rt->buckets[b];
    rt->buckets[b] = id;
}

/* Keeps at most one entry per bucket on average.  Returns true if it
 * rehashed every entry, the newest included. */
static bool
grow_buckets(struct ofct_recirc_table *rt)
{
    if (rt->n < rt->n_buckets) {
        return false;
    }
    free(rt->buckets);
    rt->n_buckets = rt->n_buckets ? rt->n_buckets * 2 : 16;
    rt->buckets = xzalloc(rt->n_buckets * sizeof *rt->buckets);
    for (uint32_t id = 1; id <= rt->n; id++) {
        insert_bucket(rt, id);
    }
    return true;
}

int
ofct_recirc_table_get_id(struct ofct_recirc_table *rt,
                         const struct ofct_recirc_state *st, uint32_t *idp,
                         struct ofct_error *err)
{
    uint32_t hash = hash_state(rt, st);
    uint32_t id = find_id(rt, st, hash);
    struct recirc_entry *e;

    if (id) {
        *idp = id;
        return 0;
    }
    if (rt->n >= rt->max) {
        return ofct_error_set(err, OFCT_OK, "recirculation table full (%zu "
                              "ids)", rt->max);
    }
    if (rt->n == rt->allocated) {
        rt->allocated = rt->allocated ? rt->allocated * 2 : 16;
        rt->entries = xrealloc(rt->entries,
                               rt->allocated * sizeof *rt->entries);
    }
    e = &rt->entries[rt->n++];
    memset(e, 0, sizeof *e);
    e->state = *st;
    e->hash = hash;
    id = rt->n;
    if (!grow_buckets(rt)) {
        insert_bucket(rt, id);
    }
    *idp = id;
    return 0;
}

int
ofct_recirc_table_lookup(const struct ofct_recirc_table *rt, uint32_t id,
                         struct ofct_recirc_state *st)
{
    if (!id || id > rt->n) {
        return -1;
    }
    *st = rt->entries[id - 1].state;
    return 0;
}

static void
format_state(const struct ofct_recirc_state *st, struct ofct_buf *out)
{
    ofct_buf_printf(out, "table=%"PRIu8, st->table_id);
    if (st->conntracked) {
        ofct_buf_puts(out, ",conntracked");
    }
    if (st->in_port != OFPP_NONE) {
        ofct_buf_puts(out, ",in_port=");
        ofp_format_port(st->in_port, out);
    }
    if (st->metadata) {
        ofct_buf_printf(out, ",metadata=%#"PRIx64, st->metadata);
    }
    for (int i = 0; i < 16; i++) {
        if (st->regs[i]) {
            ofct_buf_printf(out, ",reg%d=%#"PRIx32, i, st->regs[i]);
        }
    }
}

void
ofct_recirc_table_format(const struct ofct_recirc_table *rt,
                         struct ofct_buf *out)
{
    for (size_t i = 0; i < rt->n; i++) {
        ofct_buf_printf(out, "recirc(%#zx): ", i + 1);
        format_state(&rt->entries[i].state, out);
        ofct_buf_putc(out, '\n');
    }
    ofct_buf_cstr(out);
}
