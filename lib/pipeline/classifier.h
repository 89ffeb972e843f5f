/* The classifier of one flow table: tuple space search.
 *
 * Rules with the same mask share a subtable, a hash table keyed by the
 * masked packet fields; a lookup probes each subtable once, from the one
 * whose best rule has the highest priority down, and stops as soon as no
 * remaining subtable can hold a better rule.  A table of 100,000 flows
 * with a handful of distinct masks costs a handful of hash probes.
 *
 * Only the 64-bit words of the flow that a subtable's mask touches are
 * hashed and compared, and a rule stores only those words. */
#ifndef OFCT_LIB_PIPELINE_CLASSIFIER_H
#define OFCT_LIB_PIPELINE_CLASSIFIER_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "openflow/match.h"

/* The packet fields a rule matches, as 64-bit words: the canonical layout
 * of struct flow (match.h), zero-padded. */
#define CLS_N_WORDS ((sizeof(struct flow) + 7) / 8)
union cls_flow {
    struct flow f;
    uint64_t w[CLS_N_WORDS];
};

struct cls_subtable;

/* A rule, embedded in its owner's structure. */
struct cls_rule {
    struct cls_rule *hnext;         /* Next head in a hash bucket. */
    struct cls_rule *same;          /* Next rule with the same masked
                                     * value, in lookup order. */
    struct cls_subtable *subtable;
    uint64_t *values;               /* The subtable's words of the match. */
    uint32_t hash;
    int priority;
    uint32_t seq;                   /* Among equal priorities, the lowest
                                     * wins: the first added. */
};

struct cls_table {
    struct cls_subtable **subtables;    /* By decreasing max priority. */
    size_t n_subtables;
    size_t n_rules;
};

void cls_init(struct cls_table *);
/* Frees the subtables; the rules belong to the caller. */
void cls_destroy(struct cls_table *);

/* Inserts 'rule' matching 'value' under 'mask' at 'priority'.  If a rule
 * with the same mask, value and priority is there, 'rule' takes its place
 * and the old rule is returned for the caller to free; otherwise NULL. */
struct cls_rule *cls_insert(struct cls_table *, struct cls_rule *rule,
                            const union cls_flow *value,
                            const union cls_flow *mask, int priority,
                            uint32_t seq);

/* Takes 'rule' out of 't' (a flow that expired) and frees what
 * cls_insert() allocated for it; 'rule' itself stays the caller's.  The
 * subtable stays, with its maximum priority: lookups may then probe it
 * for nothing, but never miss a better rule. */
void cls_remove(struct cls_table *t, struct cls_rule *rule);

/* Frees what cls_insert() allocated for 'rule' (not 'rule' itself), once
 * its table is destroyed. */
void cls_rule_destroy(struct cls_rule *);

/* The highest-priority rule that matches 'flow', or NULL. */
const struct cls_rule *cls_lookup(const struct cls_table *,
                                  const union cls_flow *flow);

/* Expands 'rule' back into a value and a mask. */
void cls_rule_get(const struct cls_rule *, union cls_flow *value,
                  union cls_flow *mask);

#endif
