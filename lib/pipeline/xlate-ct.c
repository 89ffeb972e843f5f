/* ct in a pass: its datapath action and its recirculation.  As in Open
 * vSwitch's translation:
 *
 *   - exec() runs first, on the packet's ct_mark and ct_label; the bits it
 *     writes make the masks of the mark and label that the connection
 *     gets, with the packet's values under them;
 *   - table=N freezes what the packet resumes with (table, registers,
 *     metadata, in_port) and recirculates after the ct;
 *   - the packet is untracked afterwards in this pass: ct_state and the
 *     other ct fields are only seen by the recirculation. */
#include <config.h>

#include <string.h>

#include "datapath/xlate.h"
#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"

/* The bits of ct_mark and ct_label that exec() writes. */
struct ct_masks {
    uint32_t mark;
    uint8_t label[16];
};

static void
add_mask(struct ct_masks *m, const struct mf_field *f,
         const union mf_value *mask)
{
    if (f->id == MFF_CT_MARK) {
        m->mark |= get_be32(mask->b);
    } else if (f->id == MFF_CT_LABEL) {
        for (int i = 0; i < 16; i++) {
            m->label[i] |= mask->b[i];
        }
    }
}

static void
add_subfield_mask(struct ct_masks *m, const struct mf_subfield *sf)
{
    union mf_value mask;

    memset(&mask, 0, sizeof mask);
    for (unsigned int i = 0; i < sf->n_bits; i++) {
        mf_set_bit(mask.b, sf->field->n_bytes, sf->ofs + i, true);
    }
    add_mask(m, sf->field, &mask);
}

/* The masks of exec()'s writes, and its nat() (the last one). */
static void
scan_exec(const struct ofpact_conntrack *oc, struct ct_masks *masks,
          const struct ofpact_nat **nat)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, ofpact_ct_actions(oc), ofpact_ct_actions_len(oc)) {
        if (a->type == OFPACT_SET_FIELD) {
            const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);

            add_mask(masks, sf->field, &sf->mask);
        } else if (a->type == OFPACT_REG_MOVE) {
            add_subfield_mask(masks, &ofpact_get_REG_MOVE(a)->dst);
        } else if (a->type == OFPACT_NAT) {
            *nat = ofpact_get_NAT(a);
        }
    }
}

static void
fill_odp(const struct pipe_pass *pass, const struct ofpact_conntrack *oc,
         const struct ct_masks *masks, uint16_t zone, struct odp_ct *odp)
{
    static const uint8_t zeros[16];
    const struct flow *f = &pass->flow.f;

    memset(odp, 0, sizeof *odp);
    odp->commit = (oc->flags & NX_CT_F_COMMIT) && !(oc->flags & NX_CT_F_FORCE);
    odp->force_commit = (oc->flags & NX_CT_F_COMMIT)
                        && (oc->flags & NX_CT_F_FORCE);
    odp->has_zone = true;
    odp->zone = zone;
    if (masks->mark) {
        odp->has_mark = true;
        odp->mark_mask = masks->mark;
        odp->mark = match_be32(f->ct_mark) & masks->mark;
    }
    if (memcmp(masks->label, zeros, 16)) {
        odp->has_label = true;
        for (int i = 0; i < 16; i++) {
            odp->label[i] = f->ct_label[i] & masks->label[i];
            odp->label_mask[i] = masks->label[i];
        }
    }
    /* alg= was checked when the flow was added. */
    xlate_ct_fill_helper(oc->alg, odp, NULL);
}

static void
freeze(struct pipe_pass *pass, uint8_t table_id, struct pipe_frozen *frozen)
{
    const struct flow *f = &pass->flow.f;

    memset(frozen, 0, sizeof *frozen);
    frozen->table_id = table_id;
    memcpy(frozen->regs, f->regs, sizeof frozen->regs);
    memcpy(frozen->metadata, f->metadata, sizeof frozen->metadata);
    memcpy(frozen->pkt_mark, f->pkt_mark, sizeof frozen->pkt_mark);
    memcpy(frozen->in_port, f->in_port, sizeof frozen->in_port);
    frozen->recirc_id = pipe_trace_recirc_id(pass, frozen);
}

void
pipe_xlate_ct(struct pipe_pass *pass, const struct ofpact_conntrack *oc)
{
    const struct ofpact_nat *nat = NULL;
    struct pipe_dp_action *a;
    struct ct_masks masks;
    uint16_t zone;

    zone = (oc->zone_src.field
            ? pipe_flow_read_bits(&pass->flow, &oc->zone_src)
            : oc->zone_imm);
    memset(&masks, 0, sizeof masks);
    scan_exec(oc, &masks, &nat);
    pipe_xlate_actions(pass, ofpact_ct_actions(oc), ofpact_ct_actions_len(oc));

    a = pipe_xlate_put(pass, DP_CT);
    if (!a) {
        return;
    }
    fill_odp(pass, oc, &masks, zone, &a->ct.odp);
    if (nat) {
        xlate_ct_fill_nat(nat, &a->ct.odp.nat);
    }
    a->ct.mark_after = match_be32(pass->flow.f.ct_mark);
    memcpy(a->ct.label_after, pass->flow.f.ct_label, 16);

    if (oc->recirc_table != NX_CT_RECIRC_NONE) {
        a = pipe_xlate_put(pass, DP_RECIRC);
        if (!a) {
            return;
        }
        freeze(pass, oc->recirc_table, &a->frozen);
        pipe_trace_node(pass, TRACE_DETAIL, "A clone of the packet is "
                        "forked to recirculate. The forked pipeline will be "
                        "resumed at table %u.", oc->recirc_table);
    }
    pipe_flow_clear_ct(&pass->flow);
    pass->conntracked = false;
    pipe_trace_node(pass, TRACE_DETAIL, "Sets the packet to an untracked "
                    "state, and clears all the conntrack fields.");
}
