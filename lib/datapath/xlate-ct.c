/* Translation of ct: OVS_ACTION_ATTR_CT, then OVS_ACTION_ATTR_RECIRC for
 * table=N.  What Open vSwitch does (ofproto-dpif-xlate.c, checked with
 * ofproto/trace of OVS 3.1):
 *
 *   - the nested exec() actions run first, on the packet's ct_mark and
 *     ct_label; the bits they touch make the mask of OVS_CT_ATTR_MARK and
 *     OVS_CT_ATTR_LABELS and the values are the packet's under that mask;
 *   - OVS_CT_ATTR_COMMIT, or OVS_CT_ATTR_FORCE_COMMIT alone for force,
 *     then OVS_CT_ATTR_ZONE always (0 included), MARK, LABELS, HELPER,
 *     NAT (its flags before its ranges);
 *   - table=N recirculates with an id for the resume point, shared by
 *     identical states; afterwards the packet is untracked. */
#include <config.h>

#include <string.h>

#include "datapath/odp-ct.h"
#include "datapath/xlate.h"
#include "openflow/ofp-util.h"

/* The connection-tracking fields that exec() has touched. */
struct ct_masks {
    uint32_t mark;
    union mf_value label;
};

static void
add_mask(struct ct_masks *m, const struct mf_field *f,
         const union mf_value *mask)
{
    if (f->id == MFF_CT_MARK) {
        m->mark |= get_be32(mask->b);
    } else {
        for (int i = 0; i < 16; i++) {
            m->label.b[i] |= mask->b[i];
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

/* Runs the nested actions of 'oc': writes to ct_mark and ct_label, and the
 * last nat, which the action list checks have limited to these. */
static int
run_exec(struct xlate_run *run, const struct ofpact_conntrack *oc,
         struct ct_masks *masks, const struct ofpact_nat **nat,
         struct ofct_error *err)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, ofpact_ct_actions(oc), ofpact_ct_actions_len(oc)) {
        if (a->type == OFPACT_SET_FIELD) {
            const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);
            field_state_set(&run->fields, sf->field, &sf->value, &sf->mask);
            add_mask(masks, sf->field, &sf->mask);
        } else if (a->type == OFPACT_REG_MOVE) {
            const struct ofpact_reg_move *mv = ofpact_get_REG_MOVE(a);
            field_state_copy_bits(&run->fields, &mv->src, &mv->dst);
            add_subfield_mask(masks, &mv->dst);
        } else if (a->type == OFPACT_NAT) {
            *nat = ofpact_get_NAT(a);
        } else {
            return ofct_error_set(err, OFCT_OK, "ct: cannot translate nested "
                                  "action %s",
                                  ofpact_classes[a->type].name);
        }
    }
    return 0;
}

static void
fill_mark_label(const struct xlate_run *run, const struct ct_masks *masks,
                struct odp_ct *ct)
{
    static const uint8_t zeros[16];
    union mf_value label;

    if (masks->mark) {
        ct->has_mark = true;
        ct->mark_mask = masks->mark;
        ct->mark = field_state_get_u32(&run->fields, MFF_CT_MARK)
                   & masks->mark;
    }
    if (memcmp(masks->label.b, zeros, 16)) {
        ct->has_label = true;
        field_state_get(&run->fields, mf_from_id(MFF_CT_LABEL), &label);
        for (int i = 0; i < 16; i++) {
            ct->label[i] = label.b[i] & masks->label.b[i];
            ct->label_mask[i] = masks->label.b[i];
        }
    }
}

int
xlate_ct_fill_helper(uint16_t alg, struct odp_ct *ct, struct ofct_error *err)
{
    if (alg == CT_ALG_FTP) {
        strcpy(ct->helper, "ftp");
    } else if (alg == CT_ALG_TFTP) {
        strcpy(ct->helper, "tftp");
    } else if (alg) {
        /* OVS logs "cannot serialize ct_helper" and leaves it out. */
        return ofct_error_set(err, OFCT_OK, "ct: alg=%u has no datapath "
                              "helper (only ftp and tftp do)", alg);
    }
    return 0;
}

static void
fill_nat_addrs(const struct ofpact_nat *on, struct odp_nat *nat)
{
    static const uint8_t zeros[16];

    if (on->range_af == 4) {
        nat->addr_len = 4;
        put_be32(nat->ip_min, on->ipv4_min);
        if (on->ipv4_max > on->ipv4_min) {
            put_be32(nat->ip_max, on->ipv4_max);
            nat->has_ip_max = true;
        }
    } else if (on->range_af == 6) {
        nat->addr_len = 16;
        memcpy(nat->ip_min, on->ipv6_min, 16);
        if (memcmp(on->ipv6_max, zeros, 16)
            && memcmp(on->ipv6_max, on->ipv6_min, 16) > 0) {
            memcpy(nat->ip_max, on->ipv6_max, 16);
            nat->has_ip_max = true;
        }
    }
    if (on->range_af && on->proto_min) {
        nat->proto_min = on->proto_min;
        if (on->proto_max > on->proto_min) {
            nat->proto_max = on->proto_max;
        }
    }
}

void
xlate_ct_fill_nat(const struct ofpact_nat *on, struct odp_nat *nat)
{
    nat->present = true;
    nat->flags_first = true;
    if (!(on->flags & (NX_NAT_F_SRC | NX_NAT_F_DST))) {
        return;
    }
    nat->src = (on->flags & NX_NAT_F_SRC) != 0;
    nat->dst = !nat->src;
    nat->persistent = (on->flags & NX_NAT_F_PERSISTENT) != 0;
    nat->proto_hash = (on->flags & NX_NAT_F_PROTO_HASH) != 0;
    nat->proto_random = (!nat->proto_hash
                         && on->flags & NX_NAT_F_PROTO_RANDOM);
    fill_nat_addrs(on, nat);
}

static int
put_recirc(struct xlate_run *run, uint8_t table, struct ofct_error *err)
{
    struct ofct_recirc_state st;
    uint32_t id;

    if (!run->x->recirc) {
        return ofct_error_set(err, OFCT_OK, "ct(table=%u) needs a "
                              "recirculation table", table);
    }
    memset(&st, 0, sizeof st);
    st.table_id = table;
    st.conntracked = true;
    st.in_port = field_state_get_u16(&run->fields, MFF_IN_PORT);
    st.metadata = field_state_get_u64(&run->fields, MFF_METADATA);
    for (int i = 0; i < 16; i++) {
        st.regs[i] = field_state_get_u32(&run->fields, MFF_REG0 + i);
    }
    if (ofct_recirc_table_get_id(run->x->recirc, &st, &id, err)) {
        return -1;
    }
    odp_put_u32(run->b, OVS_ACTION_ATTR_RECIRC, id);
    return 0;
}

int
xlate_ct(struct xlate_run *run, const struct ofpact *a,
         struct ofct_error *err)
{
    const struct ofpact_conntrack *oc = ofpact_get_CT(a);
    const struct ofpact_nat *nat = NULL;
    struct ct_masks masks;
    struct odp_ct ct;

    memset(&ct, 0, sizeof ct);
    memset(&masks, 0, sizeof masks);
    ct.commit = (oc->flags & NX_CT_F_COMMIT) && !(oc->flags & NX_CT_F_FORCE);
    ct.force_commit = (oc->flags & NX_CT_F_COMMIT)
                      && (oc->flags & NX_CT_F_FORCE);
    ct.has_zone = true;
    ct.zone = (oc->zone_src.field
               ? field_state_get_bits(&run->fields, &oc->zone_src)
               : oc->zone_imm);
    if (run_exec(run, oc, &masks, &nat, err)
        || xlate_ct_fill_helper(oc->alg, &ct, err)) {
        return -1;
    }
    fill_mark_label(run, &masks, &ct);
    if (nat) {
        xlate_ct_fill_nat(nat, &ct.nat);
    }
    odp_ct_encode(&ct, run->b);
    if (oc->recirc_table != NX_CT_RECIRC_NONE
        && put_recirc(run, oc->recirc_table, err)) {
        return -1;
    }
    field_state_clear_ct(&run->fields);
    return 0;
}
