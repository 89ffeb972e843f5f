/* The flow table with its counters, as "ovs-ofctl dump-flows" prints it
 * (OpenFlow 1.0 flow stats, ovs-ofctl's default). */
#include <config.h>

#include <inttypes.h>
#include <stdlib.h>

#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

static int
compare_rules(const void *a_, const void *b_)
{
    const struct pipe_rule *a = *(const struct pipe_rule *const *) a_;
    const struct pipe_rule *b = *(const struct pipe_rule *const *) b_;

    if (a->table_id != b->table_id) {
        return a->table_id < b->table_id ? -1 : 1;
    }
    if (a->priority != b->priority) {
        return a->priority > b->priority ? -1 : 1;
    }
    return a->index < b->index ? -1 : a->index > b->index;
}

/* "5s", "0.005s": OVS prints milliseconds only when there are some. */
static void
format_duration(int64_t ms, struct ofct_buf *out)
{
    if (ms < 0) {
        ms = 0;
    }
    ofct_buf_printf(out, "%"PRId64, ms / 1000);
    if (ms % 1000) {
        ofct_buf_printf(out, ".%03d", (int) (ms % 1000));
    }
    ofct_buf_putc(out, 's');
}

static void
format_rule(const struct ofct_pipeline *p, const struct pipe_rule *rule,
            int64_t now_ms, struct ofct_buf *out)
{
    int64_t created = p->started ? p->start_ms : now_ms;
    int64_t used = rule->used_ms == INT64_MIN ? created : rule->used_ms;
    union cls_flow value, mask;
    struct match m;
    size_t before;

    ofct_buf_printf(out, " cookie=0x%"PRIx64", duration=", rule->cookie);
    format_duration(now_ms - created, out);
    ofct_buf_printf(out, ", table=%u, n_packets=%"PRIu64", n_bytes=%"PRIu64
                    ", ", rule->table_id, rule->n_packets, rule->n_bytes);
    if (rule->idle_timeout) {
        ofct_buf_printf(out, "idle_timeout=%u, ", rule->idle_timeout);
    }
    if (rule->hard_timeout) {
        ofct_buf_printf(out, "hard_timeout=%u, ", rule->hard_timeout);
    }
    if (rule->importance) {
        ofct_buf_printf(out, "importance=%u, ", rule->importance);
    }
    ofct_buf_printf(out, "idle_age=%"PRId64", ",
                    now_ms > used ? (now_ms - used) / 1000 : 0);

    cls_rule_get(&rule->cr, &value, &mask);
    m.flow = value.f;
    m.mask = mask.f;
    m.packet_type_eth = rule->packet_type_eth;
    before = out->size;
    match_format(&m, rule->priority, out);
    if (out->size != before) {
        ofct_buf_putc(out, ' ');
    }
    ofct_buf_puts(out, "actions=");
    if (rule->ofpacts_len) {
        ofpacts_format_list(rule->ofpacts, rule->ofpacts_len, out);
    } else {
        ofct_buf_puts(out, "drop");
    }
    ofct_buf_putc(out, '\n');
}

void
ofct_pipeline_dump_flows(const struct ofct_pipeline *p, int64_t now_ms,
                         struct ofct_buf *out)
{
    struct pipe_rule **sorted;
    size_t n = 0;

    if (!p->n_rules) {
        ofct_buf_cstr(out);
        return;
    }
    sorted = xmalloc(p->n_rules * sizeof *sorted);
    for (size_t i = 0; i < p->n_rules; i++) {
        if (!p->rules[i]->expired) {
            sorted[n++] = p->rules[i];
        }
    }
    qsort(sorted, n, sizeof *sorted, compare_rules);
    for (size_t i = 0; i < n; i++) {
        format_rule(p, sorted[i], now_ms, out);
    }
    free(sorted);
    ofct_buf_cstr(out);
}
