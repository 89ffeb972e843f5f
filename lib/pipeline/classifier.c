/* Tuple space search: one hash table per distinct mask.  See
 * classifier.h. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "pipeline/classifier.h"
#include "util/xalloc.h"


/* A catch-all subtable has no words to compare, and then 'values' may be
 * NULL, which memcmp() must not be given even for 0 bytes. */
static inline bool
values_equal(const uint64_t *a, const uint64_t *b, size_t n)
{
    return !n || !memcmp(a, b, n * sizeof *a);
}

struct cls_subtable {
    union cls_flow mask;
    uint32_t mask_hash;             /* To find a subtable by mask fast. */
    uint8_t n_idx;                  /* Words the mask touches ... */
    uint8_t idx[CLS_N_WORDS];       /* ... and which. */
    int max_priority;               /* Of its rules: only grows, since
                                     * rules are replaced, never removed. */
    size_t n_heads;                 /* Distinct masked values. */
    size_t n_buckets;               /* A power of 2. */
    struct cls_rule **buckets;
};

_Static_assert(CLS_N_WORDS < 256, "word indexes fit in a byte");

static inline uint64_t
hash_add(uint64_t h, uint64_t w)
{
    h ^= w;
    h *= 0x9e3779b97f4a7c15ULL;
    return h ^ (h >> 29);
}

static inline uint32_t
hash_finish(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (uint32_t) h;
}

/* Hashes the masked words of 'flow' into 'words' and returns their hash. */
static inline uint32_t
mask_flow(const struct cls_subtable *st, const union cls_flow *flow,
          uint64_t *words)
{
    uint64_t h = st->n_idx;

    for (size_t i = 0; i < st->n_idx; i++) {
        words[i] = flow->w[st->idx[i]] & st->mask.w[st->idx[i]];
        h = hash_add(h, words[i]);
    }
    return hash_finish(h);
}

static uint32_t
hash_mask(const union cls_flow *mask)
{
    uint64_t h = 0;

    for (size_t i = 0; i < CLS_N_WORDS; i++) {
        h = hash_add(h, mask->w[i]);
    }
    return hash_finish(h);
}

void
cls_init(struct cls_table *t)
{
    memset(t, 0, sizeof *t);
}

void
cls_destroy(struct cls_table *t)
{
    for (size_t i = 0; i < t->n_subtables; i++) {
        free(t->subtables[i]->buckets);
        free(t->subtables[i]);
    }
    free(t->subtables);
    memset(t, 0, sizeof *t);
}

static struct cls_subtable *
subtable_create(struct cls_table *t, const union cls_flow *mask,
                uint32_t mask_hash)
{
    struct cls_subtable *st = xzalloc(sizeof *st);

    st->mask = *mask;
    st->mask_hash = mask_hash;
    for (size_t i = 0; i < CLS_N_WORDS; i++) {
        if (mask->w[i]) {
            st->idx[st->n_idx++] = i;
        }
    }
    st->max_priority = -1;
    st->n_buckets = 8;
    st->buckets = xzalloc(st->n_buckets * sizeof *st->buckets);

    /* Appended last: its max priority is below every other's until its
     * first rule moves it up. */
    t->subtables = xrealloc(t->subtables,
                            (t->n_subtables + 1) * sizeof *t->subtables);
    t->subtables[t->n_subtables++] = st;
    return st;
}

static struct cls_subtable *
subtable_find(struct cls_table *t, const union cls_flow *mask,
              uint32_t mask_hash)
{
    for (size_t i = 0; i < t->n_subtables; i++) {
        struct cls_subtable *st = t->subtables[i];

        if (st->mask_hash == mask_hash
            && !memcmp(&st->mask, mask, sizeof *mask)) {
            return st;
        }
    }
    return NULL;
}

/* Moves 'st', whose max priority just rose, up to its place. */
static void
subtable_promote(struct cls_table *t, struct cls_subtable *st)
{
    size_t i = 0;

    while (t->subtables[i] != st) {
        i++;
    }
    for (; i > 0 && t->subtables[i - 1]->max_priority < st->max_priority;
         i--) {
        t->subtables[i] = t->subtables[i - 1];
    }
    t->subtables[i] = st;
}

static void
subtable_grow(struct cls_subtable *st)
{
    size_t n = st->n_buckets * 2;
    struct cls_rule **buckets = xzalloc(n * sizeof *buckets);

    for (size_t i = 0; i < st->n_buckets; i++) {
        struct cls_rule *r, *next;

        for (r = st->buckets[i]; r; r = next) {
            next = r->hnext;
            r->hnext = buckets[r->hash & (n - 1)];
            buckets[r->hash & (n - 1)] = r;
        }
    }
    free(st->buckets);
    st->buckets = buckets;
    st->n_buckets = n;
}

/* The head of the rules whose masked value is 'words', or NULL; sets
 * '*prevp' to the link that points to it. */
static struct cls_rule *
bucket_find(const struct cls_subtable *st, const uint64_t *words,
            uint32_t hash, struct cls_rule ***prevp)
{
    struct cls_rule **prev = &st->buckets[hash & (st->n_buckets - 1)];

    for (; *prev; prev = &(*prev)->hnext) {
        struct cls_rule *r = *prev;

        if (r->hash == hash
            && values_equal(r->values, words, st->n_idx)) {
            break;
        }
    }
    if (prevp) {
        *prevp = prev;
    }
    return *prev;
}

static bool
goes_before(const struct cls_rule *a, const struct cls_rule *b)
{
    return a->priority > b->priority
           || (a->priority == b->priority && a->seq < b->seq);
}

/* Puts 'rule' into the list of rules with its value, whose head '*headp'
 * is linked from a bucket.  Returns a rule it replaced, or NULL. */
static struct cls_rule *
list_insert(struct cls_rule **headp, struct cls_rule *rule)
{
    struct cls_rule **pos = headp;
    struct cls_rule *old;

    while (*pos && (*pos)->priority > rule->priority) {
        pos = &(*pos)->same;
    }
    old = *pos && (*pos)->priority == rule->priority ? *pos : NULL;
    if (old) {
        /* The new rule takes the old one's place, order included. */
        rule->seq = old->seq;
        rule->same = old->same;
    } else {
        rule->same = *pos;
    }
    if (pos == headp) {
        rule->hnext = *headp ? (*headp)->hnext : NULL;
    }
    *pos = rule;
    return old;
}

struct cls_rule *
cls_insert(struct cls_table *t, struct cls_rule *rule,
           const union cls_flow *value, const union cls_flow *mask,
           int priority, uint32_t seq)
{
    uint32_t mask_hash = hash_mask(mask);
    struct cls_subtable *st = subtable_find(t, mask, mask_hash);
    struct cls_rule **prev, *head, *old;

    if (!st) {
        st = subtable_create(t, mask, mask_hash);
    }
    rule->subtable = st;
    rule->priority = priority;
    rule->seq = seq;
    /* At least one word, so that comparing none is not comparing NULL. */
    rule->values = xmalloc((st->n_idx ? st->n_idx : 1)
                           * sizeof *rule->values);
    rule->hash = mask_flow(st, value, rule->values);
    rule->hnext = rule->same = NULL;

    head = bucket_find(st, rule->values, rule->hash, &prev);
    if (!head) {
        if (st->n_heads >= st->n_buckets) {
            subtable_grow(st);
            bucket_find(st, rule->values, rule->hash, &prev);
        }
        *prev = rule;
        st->n_heads++;
        old = NULL;
    } else {
        old = list_insert(prev, rule);
    }
    if (old) {
        free(old->values);
        old->values = NULL;
    } else {
        t->n_rules++;
    }
    if (priority > st->max_priority) {
        st->max_priority = priority;
        subtable_promote(t, st);
    }
    return old;
}

void
cls_remove(struct cls_table *t, struct cls_rule *rule)
{
    struct cls_subtable *st = rule->subtable;
    struct cls_rule **prev, *head;

    head = bucket_find(st, rule->values, rule->hash, &prev);
    if (head == rule) {
        if (rule->same) {
            /* The next rule with the same value heads the list now. */
            rule->same->hnext = rule->hnext;
            *prev = rule->same;
        } else {
            *prev = rule->hnext;
            st->n_heads--;
        }
    } else {
        struct cls_rule **link = &head->same;

        while (*link != rule) {
            link = &(*link)->same;
        }
        *link = rule->same;
    }
    t->n_rules--;
    cls_rule_destroy(rule);
}

void
cls_rule_destroy(struct cls_rule *rule)
{
    free(rule->values);
    rule->values = NULL;
}

static const struct cls_rule *
subtable_lookup(const struct cls_subtable *st, const union cls_flow *flow)
{
    uint64_t words[CLS_N_WORDS];
    uint32_t hash = mask_flow(st, flow, words);
    const struct cls_rule *r = st->buckets[hash & (st->n_buckets - 1)];

    for (; r; r = r->hnext) {
        if (r->hash == hash
            && values_equal(r->values, words, st->n_idx)) {
            return r;
        }
    }
    return NULL;
}

const struct cls_rule *
cls_lookup(const struct cls_table *t, const union cls_flow *flow)
{
    const struct cls_rule *best = NULL;

    for (size_t i = 0; i < t->n_subtables; i++) {
        const struct cls_subtable *st = t->subtables[i];
        const struct cls_rule *r;

        /* Subtables come by decreasing max priority: none further on can
         * beat 'best' (an equal priority can, by 'seq'). */
        if (best && st->max_priority < best->priority) {
            break;
        }
        r = subtable_lookup(st, flow);
        if (r && (!best || goes_before(r, best))) {
            best = r;
        }
    }
    return best;
}

void
cls_rule_get(const struct cls_rule *rule, union cls_flow *value,
             union cls_flow *mask)
{
    const struct cls_subtable *st = rule->subtable;

    memset(value, 0, sizeof *value);
    for (size_t i = 0; i < st->n_idx; i++) {
        value->w[st->idx[i]] = rule->values[i];
    }
    *mask = st->mask;
}
