/* Translation of one pass: table lookups and the actions of the flows hit,
 * on a working copy of the packet's fields, into datapath actions.  What
 * Open vSwitch does, and the limits it puts on loops, follow its
 * ofproto-dpif-xlate (checked with ofproto/trace of OVS 3.1). */
#include <config.h>

#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

/* ------------------------------------------------------------------ */
/* Datapath actions. */

static bool
hdr_changed(const uint8_t *a, const uint8_t *b, size_t n)
{
    return memcmp(a, b, n) != 0;
}

/* The header fields that differ between the flow and the frame. */
static uint32_t
changed_fields(const struct flow *f, const struct flow *b)
{
    uint32_t fields = 0;
    bool v6 = match_be16(f->dl_type) == ETH_TYPE_IPV6;

    fields |= hdr_changed(f->dl_src, b->dl_src, 6) ? HDR_ETH_SRC : 0;
    fields |= hdr_changed(f->dl_dst, b->dl_dst, 6) ? HDR_ETH_DST : 0;
    if (v6) {
        fields |= hdr_changed(f->ipv6_src, b->ipv6_src, 16) ? HDR_IP_SRC : 0;
        fields |= hdr_changed(f->ipv6_dst, b->ipv6_dst, 16) ? HDR_IP_DST : 0;
        fields |= hdr_changed(f->ipv6_label, b->ipv6_label, 4)
                  ? HDR_IPV6_LABEL : 0;
    } else {
        fields |= hdr_changed(f->nw_src, b->nw_src, 4) ? HDR_IP_SRC : 0;
        fields |= hdr_changed(f->nw_dst, b->nw_dst, 4) ? HDR_IP_DST : 0;
    }
    fields |= f->nw_tos != b->nw_tos ? HDR_IP_TOS : 0;
    fields |= f->nw_ttl != b->nw_ttl ? HDR_IP_TTL : 0;
    fields |= hdr_changed(f->tp_src, b->tp_src, 2) ? HDR_TP_SRC : 0;
    fields |= hdr_changed(f->tp_dst, b->tp_dst, 2) ? HDR_TP_DST : 0;
    return fields;
}

static void
fill_set(struct pipe_set *set, uint32_t fields, const struct flow *f)
{
    set->fields = fields;
    set->ipv6 = match_be16(f->dl_type) == ETH_TYPE_IPV6;
    set->nw_proto = f->nw_proto;
    memcpy(set->eth_src, f->dl_src, 6);
    memcpy(set->eth_dst, f->dl_dst, 6);
    memcpy(set->ip_src, set->ipv6 ? f->ipv6_src : f->nw_src,
           set->ipv6 ? 16 : 4);
    memcpy(set->ip_dst, set->ipv6 ? f->ipv6_dst : f->nw_dst,
           set->ipv6 ? 16 : 4);
    set->tos = f->nw_tos;
    set->ttl = f->nw_ttl;
    set->label = match_be32(f->ipv6_label);
    set->tp_src = match_be16(f->tp_src);
    set->tp_dst = match_be16(f->tp_dst);
}

/* Stops the translation: OVS then drops the packet. */
static void
xlate_fail(struct pipe_pass *pass, enum pipe_xlate_error error,
           const char *msg)
{
    if (pass->error == XL_OK) {
        pipe_trace_node(pass, TRACE_ERROR, "%s", msg);
        pipe_result_error(pass->res, "%s", msg);
        pass->error = error;
    }
}

static struct pipe_dp_action *
put_raw(struct pipe_pass *pass, enum pipe_dp_type type)
{
    struct pipe_dp_action *a;

    if (pass->n_actions >= PIPE_MAX_DP_ACTIONS) {
        xlate_fail(pass, XL_TOO_MANY_RESUBMITS,
                   "over 64 kB of datapath actions");
        return NULL;
    }
    if (pass->n_actions >= pass->allocated_actions) {
        pass->allocated_actions = pass->allocated_actions
                                  ? 2 * pass->allocated_actions : 16;
        pass->actions = xrealloc(pass->actions, pass->allocated_actions
                                                * sizeof *pass->actions);
    }
    a = &pass->actions[pass->n_actions++];
    a->type = type;
    return a;
}

void
pipe_xlate_commit(struct pipe_pass *pass)
{
    uint32_t fields = changed_fields(&pass->flow.f, &pass->base.f);
    struct pipe_dp_action *a;

    if (!fields) {
        return;
    }
    a = put_raw(pass, DP_SET);
    if (a) {
        fill_set(&a->set, fields, &pass->flow.f);
    }
    /* Header fields only: the frame has them now. */
    memcpy(&pass->base.f.dl_src, &pass->flow.f.dl_src,
           sizeof(struct flow) - offsetof(struct flow, dl_src));
}

struct pipe_dp_action *
pipe_xlate_put(struct pipe_pass *pass, enum pipe_dp_type type)
{
    pipe_xlate_commit(pass);
    return put_raw(pass, type);
}

/* ------------------------------------------------------------------ */
/* Output. */

void
pipe_xlate_output(struct pipe_pass *pass, uint16_t port)
{
    struct pipe_dp_action *a = pipe_xlate_put(pass, DP_OUTPUT);

    if (a) {
        a->port = port;
    }
}

static void
xlate_output_action(struct pipe_pass *pass, uint16_t port)
{
    uint16_t in_port = match_be16(pass->flow.f.in_port);

    switch (port) {
    case OFPP_IN_PORT:
        pipe_xlate_output(pass, in_port);
        break;
    case OFPP_NORMAL:
        pipe_xlate_normal(pass);
        break;
    case OFPP_FLOOD:
    case OFPP_ALL:
        pipe_xlate_flood(pass, port == OFPP_ALL);
        break;
    case OFPP_CONTROLLER:
        pipe_xlate_put(pass, DP_CONTROLLER);
        break;
    case OFPP_NONE:
    case OFPP_TABLE:
        break;
    default:
        if (port == in_port) {
            pipe_trace_node(pass, TRACE_WARN,
                            "skipping output to input port");
        } else {
            pipe_xlate_output(pass, port);
        }
        break;
    }
}

/* ------------------------------------------------------------------ */
/* Tables. */

/* OVS's limits on resubmits, checked before each one. */
static bool
resource_check(struct pipe_pass *pass)
{
    if (pass->depth >= PIPE_MAX_DEPTH) {
        xlate_fail(pass, XL_RECURSION_TOO_DEEP, "over max translation depth "
                   OFCT_STRINGIFY(PIPE_MAX_DEPTH));
        return false;
    }
    if (pass->n_resubmits >= PIPE_MAX_RESUBMITS) {
        xlate_fail(pass, XL_TOO_MANY_RESUBMITS, "over "
                   OFCT_STRINGIFY(PIPE_MAX_RESUBMITS) " resubmit actions");
        return false;
    }
    if (pass->n_actions >= PIPE_MAX_DP_ACTIONS) {
        xlate_fail(pass, XL_TOO_MANY_RESUBMITS, "resubmits yielded over 64 "
                   "kB of actions");
        return false;
    }
    return true;
}

/* For resubmit(...,ct): the packet's L3 and L4 fields replaced by the
 * original direction of its connection, when it has one. */
static void
use_ct_orig(union cls_flow *flow)
{
    struct flow *f = &flow->f;

    if (!(match_be32(f->ct_state) & CS_TRACKED) || !f->ct_nw_proto) {
        return;
    }
    if (match_be16(f->dl_type) == ETH_TYPE_IPV6) {
        memcpy(f->ipv6_src, f->ct_ipv6_src, 16);
        memcpy(f->ipv6_dst, f->ct_ipv6_dst, 16);
    } else {
        memcpy(f->nw_src, f->ct_nw_src, 4);
        memcpy(f->nw_dst, f->ct_nw_dst, 4);
    }
    f->nw_proto = f->ct_nw_proto;
    memcpy(f->tp_src, f->ct_tp_src, 2);
    memcpy(f->tp_dst, f->ct_tp_dst, 2);
}

static const struct pipe_rule *
lookup(struct pipe_pass *pass, uint8_t table_id, uint16_t in_port,
       bool with_ct_orig)
{
    const struct cls_table *t = &pass->p->tables[table_id];
    union cls_flow key;

    if (in_port == OFPP_IN_PORT && !with_ct_orig) {
        return (const struct pipe_rule *) cls_lookup(t, &pass->flow);
    }
    /* Only the lookup sees the substitutions, as in OVS. */
    key = pass->flow;
    if (in_port != OFPP_IN_PORT) {
        put_be16(key.f.in_port, in_port);
    }
    if (with_ct_orig) {
        use_ct_orig(&key);
    }
    return (const struct pipe_rule *) cls_lookup(t, &key);
}

static void
credit(struct pipe_pass *pass, struct pipe_rule *rule)
{
    rule->n_packets++;
    rule->n_bytes += pass->bytes;
    rule->used_ms = pass->now_ms;
    pipe_result_event(pass->res, EV_RULE, rule->table_id, rule->name, 0);
}

/* Looks the packet up in 'table_id' and runs the actions of the flow it
 * hits.  'resubmit' is false for the first table of a pass, which no limit
 * counts. */
static void
xlate_table(struct pipe_pass *pass, uint8_t table_id, uint16_t in_port,
            bool with_ct_orig, bool resubmit)
{
    uint8_t old_table = pass->table_id;
    struct pipe_rule *rule;
    bool deepens;
    void *trace;

    if (resubmit && !resource_check(pass)) {
        return;
    }
    rule = (struct pipe_rule *) lookup(pass, table_id, in_port,
                                       with_ct_orig);
    trace = pipe_trace_table(pass, table_id, rule);
    if (!rule) {
        pipe_result_event(pass->res, EV_MISS, table_id, 0, 0);
        pipe_trace_node(pass, TRACE_ACTION, "drop");
        pipe_trace_restore(pass, trace);
        return;
    }
    credit(pass, rule);
    /* Only a resubmit to this table or an earlier one can loop. */
    deepens = resubmit && table_id <= old_table;
    pass->n_resubmits += resubmit;
    pass->depth += deepens;
    pass->table_id = table_id;
    pipe_xlate_actions(pass, rule->ofpacts, rule->ofpacts_len);
    pass->table_id = old_table;
    pass->depth -= deepens;
    pipe_trace_restore(pass, trace);
}

/* ------------------------------------------------------------------ */
/* Actions. */

/* OVS ignores a write to a header field that the packet does not have
 * (set_field:80->tcp_dst on a UDP packet after a resubmit). */
static bool
prereqs_ok(const union cls_flow *flow, const struct mf_field *f)
{
    struct match m;

    if (f->prereq == MFP_NONE) {
        return true;
    }
    m.flow = flow->f;
    memset(&m.mask, 0xff, sizeof m.mask);
    m.packet_type_eth = true;
    return match_prereqs_ok(&m, f);
}

static void
xlate_set_field(struct pipe_pass *pass, const struct ofpact_set_field *sf)
{
    if (prereqs_ok(&pass->flow, sf->field)) {
        pipe_flow_write(&pass->flow, sf->field, &sf->value, &sf->mask);
    } else {
        pipe_trace_node(pass, TRACE_WARN, "%s lacks its prerequisites: "
                        "not written", sf->field->name);
    }
}

static void
xlate_move(struct pipe_pass *pass, const struct ofpact_reg_move *mv)
{
    if (prereqs_ok(&pass->flow, mv->src.field)
        && prereqs_ok(&pass->flow, mv->dst.field)) {
        pipe_flow_copy_bits(&pass->flow, &mv->src, &mv->dst);
    } else {
        pipe_trace_node(pass, TRACE_WARN, "move lacks its prerequisites: "
                        "not done");
    }
}

static void
xlate_resubmit(struct pipe_pass *pass, const struct ofpact_resubmit *r)
{
    uint8_t table = r->table_id == 255 ? pass->table_id : r->table_id;

    xlate_table(pass, table, r->in_port, r->with_ct_orig, true);
}

static void
xlate_ct_clear(struct pipe_pass *pass)
{
    /* The datapath action only for a packet tracked in this pass. */
    if (pass->conntracked) {
        pipe_xlate_put(pass, DP_CT_CLEAR);
        pass->conntracked = false;
    }
    pipe_flow_clear_ct(&pass->flow);
}

static void
xlate_one(struct pipe_pass *pass, const struct ofpact *a)
{
    switch ((enum ofpact_type) a->type) {
    case OFPACT_OUTPUT:
        xlate_output_action(pass, ofpact_get_OUTPUT(a)->port);
        break;
    case OFPACT_CONTROLLER:
        pipe_xlate_put(pass, DP_CONTROLLER);
        break;
    case OFPACT_SET_FIELD:
        xlate_set_field(pass, ofpact_get_SET_FIELD(a));
        break;
    case OFPACT_REG_MOVE:
        xlate_move(pass, ofpact_get_REG_MOVE(a));
        break;
    case OFPACT_RESUBMIT:
        xlate_resubmit(pass, ofpact_get_RESUBMIT(a));
        break;
    case OFPACT_GOTO_TABLE:
        xlate_table(pass, ofpact_get_GOTO_TABLE(a)->table_id, OFPP_IN_PORT,
                    false, true);
        break;
    case OFPACT_CT:
        pipe_xlate_ct(pass, ofpact_get_CT(a));
        break;
    case OFPACT_CT_CLEAR:
        xlate_ct_clear(pass);
        break;
    case OFPACT_NAT:
        /* Only inside ct, which reads it itself. */
    case OFPACT_NOTE:
    case OFPACT_CONJUNCTION:
    case N_OFPACTS:
    default:
        break;
    }
}

void
pipe_xlate_actions(struct pipe_pass *pass, const struct ofpact *acts,
                   size_t len)
{
    const struct ofpact *a;

    if (!len) {
        pipe_trace_node(pass, TRACE_ACTION, "drop");
        return;
    }
    OFPACT_FOR_EACH (a, acts, len) {
        if (pass->error != XL_OK) {
            break;
        }
        pipe_trace_action(pass, a);
        xlate_one(pass, a);
    }
}

void
pipe_xlate(struct pipe_pass *pass, uint8_t table_id,
           const struct pipe_frozen *frozen)
{
    pass->base = pass->flow;
    pass->conntracked = frozen != NULL;
    pass->table_id = table_id;
    pipe_trace_begin(pass, frozen);
    xlate_table(pass, table_id, OFPP_IN_PORT, false, false);
    if (pass->error != XL_OK) {
        /* OVS drops the packet: no datapath action runs. */
        pass->n_actions = 0;
    }
    pipe_trace_end(pass);
}
