/* Execution: a pass's datapath actions run on its packet, as Open
 * vSwitch's userspace datapath runs them.  ct goes through the conntrack
 * engine; a recirculation runs a new pass on a copy of the packet, at once
 * (depth first, as dpif-netdev does), at most 6 deep. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-params.h"
#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

struct pipe_pass *
pipe_pass_create(void)
{
    struct pipe_pass *pass = xzalloc(sizeof *pass);

    ofct_buf_init(&pass->pkt.frame);
    return pass;
}

void
pipe_pass_destroy(struct pipe_pass *pass)
{
    if (pass) {
        free(pass->actions);
        ofct_buf_uninit(&pass->pkt.frame);
        free(pass);
    }
}

void
pipe_pass_start(struct pipe_pass *pass, struct ofct_pipeline *p,
                struct ofct_pipeline_result *res, int64_t now_ms,
                struct ofct_error *fatal)
{
    pass->p = p;
    pass->res = res;
    pass->trace = NULL;
    pass->trace_root = pass->trace_cur = NULL;
    pass->now_ms = now_ms;
    pass->depth = 0;
    pass->n_resubmits = 0;
    pass->conntracked = false;
    pass->error = XL_OK;
    pass->fatal = fatal;
    pass->n_actions = 0;
    memset(&pass->frozen, 0, sizeof pass->frozen);
}

void
pipe_pkt_copy(struct pipe_pkt *dst, const struct pipe_pkt *src)
{
    struct ofct_buf frame = dst->frame;

    ofct_buf_clear(&frame);
    ofct_buf_put(&frame, src->frame.data, src->frame.size);
    *dst = *src;
    dst->frame = frame;
}

/* The pass at 'depth' of 'p', reused from packet to packet. */
static struct pipe_pass *
pass_at(struct ofct_pipeline *p, unsigned int depth)
{
    if (!p->passes[depth]) {
        p->passes[depth] = pipe_pass_create();
    }
    return p->passes[depth];
}

/* Notes the addresses and ports of 'pkt' as 'i' (0: before, 1: after). */
static void
note_nat_sim(struct pipe_pkt *pkt, int i)
{
    const struct flow *f = &pkt->flow.f;
    struct pipe_nat_sim *sim = &pkt->nat_sim;
    bool v6 = sim->family == 6;

    memcpy(sim->src[i], v6 ? f->ipv6_src : f->nw_src, v6 ? 16 : 4);
    memcpy(sim->dst[i], v6 ? f->ipv6_dst : f->nw_dst, v6 ? 16 : 4);
    sim->sport[i] = get_be16(f->tp_src);
    sim->dport[i] = get_be16(f->tp_dst);
}

/* A trace with --ct-next runs no connection tracker: as in OVS's trace, a
 * nat() with a range moves the packet's address (and port, with a port
 * range) to the start of the range. */
static void
simulate_nat(struct pipe_pkt *pkt, const struct odp_nat *nat)
{
    struct pipe_nat_sim *sim = &pkt->nat_sim;
    struct pipe_set set;

    memset(sim, 0, sizeof *sim);
    sim->present = nat->present;
    sim->family = nat->addr_len == 4 ? 4 : nat->addr_len == 16 ? 6 : 0;
    if (!sim->family) {
        return;
    }
    note_nat_sim(pkt, 0);
    memset(&set, 0, sizeof set);
    memcpy(set.ip_src, nat->ip_min, nat->addr_len);
    memcpy(set.ip_dst, nat->ip_min, nat->addr_len);
    set.tp_src = set.tp_dst = nat->proto_min;
    if (nat->src) {
        set.fields = HDR_IP_SRC | (nat->proto_min ? HDR_TP_SRC : 0);
    } else if (nat->dst) {
        set.fields = HDR_IP_DST | (nat->proto_min ? HDR_TP_DST : 0);
    }
    pipe_rewrite(pkt, &set);
    pipe_pkt_extract(pkt);
    note_nat_sim(pkt, 1);
}

static int
execute_ct(struct pipe_pass *pass, const struct pipe_dp_ct *ct,
           bool recirculates)
{
    struct pipe_pkt *pkt = &pass->pkt;
    struct ofct_ct_params params;
    struct ofct_packet op;
    uint8_t state;

    if (recirculates && pipe_trace_ct_next(pass, &state)) {
        /* A trace with --ct-next: the state is given, as in OVS's trace,
         * with the zone of the ct and the mark and label after exec(). */
        pkt->ct.state = state;
        pkt->ct.zone = ct->odp.zone;
        pkt->ct.mark = ct->mark_after;
        pkt->ct.label.hi = get_be64(ct->label_after);
        pkt->ct.label.lo = get_be64(ct->label_after + 8);
        simulate_nat(pkt, &ct->odp.nat);
        return 0;
    }
    if (ct_params_from_odp(&ct->odp, &params, pass->fatal)) {
        return -1;
    }
    pkt->nat_sim.present = false;
    memset(&op, 0, sizeof op);
    ofct_buf_reserve(&pkt->frame, OFCT_CT_ALG_HEADROOM);
    op.data = pkt->frame.data;
    op.size = pkt->frame.size;
    op.capacity = pkt->frame.size + OFCT_CT_ALG_HEADROOM;
    op.link = pkt->link;
    ofct_conntrack_execute(pass->p->ct, &op, 1, &params, pass->now_ms);
    pkt->ct.state = op.ct_state;
    pkt->ct.zone = op.ct_zone;
    pkt->ct.mark = op.ct_mark;
    pkt->ct.label = op.ct_label;
    pkt->ct.orig = op.ct_orig;
    if (params.nat.type != OFCT_CT_NAT_NONE) {
        /* NAT rewrote the headers, and a helper may have lengthened the
         * packet: later rewrites need the new offsets and lengths. */
        pkt->frame.size = op.size;
        pipe_pkt_extract(pkt);
    }
    return 0;
}

/* Sets up a recirculated pass's fields: the packet's headers, what was
 * frozen, and the packet's connection state. */
static void
resume_fields(struct pipe_pass *pass, const struct pipe_frozen *frozen)
{
    struct flow *f = &pass->pkt.flow.f;

    pipe_pkt_extract(&pass->pkt);
    memcpy(f->regs, frozen->regs, sizeof f->regs);
    memcpy(f->metadata, frozen->metadata, sizeof f->metadata);
    memcpy(f->pkt_mark, frozen->pkt_mark, sizeof f->pkt_mark);
    memcpy(f->in_port, frozen->in_port, sizeof f->in_port);
    pipe_pkt_load_ct(&pass->pkt);
    pass->flow = pass->pkt.flow;
    pass->bytes = pass->pkt.frame.size;
}

void
pipe_resume_xlate(struct pipe_pass *pass, const struct pipe_frozen *frozen)
{
    resume_fields(pass, frozen);
    pipe_xlate(pass, frozen->table_id, frozen);
}

static int
recirculate(struct pipe_pass *pass, const struct pipe_frozen *frozen,
            unsigned int depth)
{
    struct pipe_pass *child;

    if (depth >= PIPE_MAX_RECIRC_DEPTH) {
        pipe_result_error(pass->res, "over max recirculation depth "
                          OFCT_STRINGIFY(PIPE_MAX_RECIRC_DEPTH));
        return 0;
    }
    pipe_result_event(pass->res, EV_CT, frozen->table_id, 0,
                      pass->pkt.ct.state);
    child = pass->trace ? pipe_pass_create() : pass_at(pass->p, depth + 1);
    pipe_pass_start(child, pass->p, pass->res, pass->now_ms, pass->fatal);
    pipe_pkt_copy(&child->pkt, &pass->pkt);
    child->frozen = *frozen;
    if (pipe_trace_defer(pass, child, depth + 1)) {
        return 0;
    }
    pipe_resume_xlate(child, frozen);
    return pipe_execute_pass(child, depth + 1);
}

static void
output(struct pipe_pass *pass, uint16_t port)
{
    pipe_result_output(pass->res, port, &pass->pkt.frame,
                       pass->p->keep_frames);
}

int
pipe_execute_pass(struct pipe_pass *pass, unsigned int depth)
{
    for (size_t i = 0; i < pass->n_actions; i++) {
        const struct pipe_dp_action *a = &pass->actions[i];
        bool next_recirc = (i + 1 < pass->n_actions
                            && a[1].type == DP_RECIRC);

        switch (a->type) {
        case DP_OUTPUT:
            output(pass, a->port);
            break;
        case DP_CONTROLLER:
            output(pass, OFPP_CONTROLLER);
            break;
        case DP_SET:
            pipe_rewrite(&pass->pkt, &a->set);
            break;
        case DP_CT:
            if (execute_ct(pass, &a->ct, next_recirc)) {
                return -1;
            }
            break;
        case DP_CT_CLEAR:
            memset(&pass->pkt.ct, 0, sizeof pass->pkt.ct);
            break;
        case DP_RECIRC:
            if (recirculate(pass, &a->frozen, depth)) {
                return -1;
            }
            break;
        }
    }
    return 0;
}

int
ofct_pipeline_execute(struct ofct_pipeline *p,
                      const struct ofct_pipeline_packet *pkt,
                      struct ofct_pipeline_result *result,
                      struct ofct_error *err)
{
    struct pipe_pass *pass = pass_at(p, 0);
    struct pipe_pkt *pp = &pass->pkt;

    ofct_error_clear(err);
    if (!p->started) {
        p->started = true;
        p->start_ms = pkt->time_ms;
        p->next_expiry_ms = pkt->time_ms;
    }
    if (p->n_timed) {
        pipe_expire(p, pkt->time_ms);
    }
    pipe_result_clear(result);
    pipe_pass_start(pass, p, result, pkt->time_ms, err);
    ofct_buf_clear(&pp->frame);
    if (pkt->size) {
        ofct_buf_put(&pp->frame, pkt->data, pkt->size);
    }
    pp->link = pkt->link ? pkt->link : OFCT_LINK_ETHERNET;
    memset(&pp->flow, 0, sizeof pp->flow);
    memset(&pp->ct, 0, sizeof pp->ct);
    memset(&pp->nat_sim, 0, sizeof pp->nat_sim);
    put_be16(pp->flow.f.in_port, pkt->in_port);
    pipe_pkt_extract(pp);
    pass->flow = pp->flow;
    pass->bytes = pkt->size;
    pipe_xlate(pass, 0, NULL);
    return pipe_execute_pass(pass, 0);
}
