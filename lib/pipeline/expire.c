/* Flow expiry: idle_timeout and hard_timeout, in capture time.
 *
 * Open vSwitch looks for expired flows about once a second, and a flow
 * expires when that look finds the time strictly past its hard deadline
 * (installed + hard_timeout) or its idle deadline (last hit, or installed
 * if never hit, + idle_timeout).  A replay does the same on its clock,
 * the packets' timestamps: at the first packet and then at the first one
 * at least a second after the previous look.  The flows count as
 * installed at the first packet.  An expired flow leaves its table and
 * the dump; packets that would have hit it fall to the next flow. */
#include <config.h>

#include "pipeline/pipeline-private.h"

static bool
rule_expired(const struct ofct_pipeline *p, const struct pipe_rule *rule,
             int64_t now_ms)
{
    int64_t used = rule->used_ms == INT64_MIN ? p->start_ms : rule->used_ms;

    return ((rule->hard_timeout
             && now_ms > p->start_ms + rule->hard_timeout * INT64_C(1000))
            || (rule->idle_timeout
                && now_ms > used + rule->idle_timeout * INT64_C(1000)));
}

void
pipe_expire(struct ofct_pipeline *p, int64_t now_ms)
{
    if (now_ms < p->next_expiry_ms || p->n_expired == p->n_timed) {
        return;
    }
    p->next_expiry_ms = now_ms + 1000;
    for (size_t i = 0; i < p->n_rules; i++) {
        struct pipe_rule *rule = p->rules[i];

        if (!rule->expired && (rule->idle_timeout || rule->hard_timeout)
            && rule_expired(p, rule, now_ms)) {
            cls_remove(&p->tables[rule->table_id], &rule->cr);
            rule->expired = true;
            p->n_expired++;
        }
    }
}
