/* The consistency check between a flow's match and its actions, as Open
 * vSwitch's ofpacts_check() makes it: a ct action needs an IP match,
 * alg=ftp needs TCP and alg=tftp UDP, commit is refused for +inv
 * connections, set_field/load/move need their fields' prerequisites, and
 * so on.  Some mismatches are errors (OFPBAC_MATCH_INCONSISTENT); for the
 * legacy header rewrites OVS only narrows the protocols to OpenFlow 1.0's,
 * whose actions do not depend on the match.  Also: the protocols that can
 * carry an action list as parsed. */
#include <config.h>

#include <string.h>

#include "openflow/flow-mod.h"

struct check_ctx {
    const struct match *match;
    uint8_t table_id;
    uint32_t *usable;
};

static int check_list(const struct ofpact *, size_t len, struct check_ctx *,
                      struct ofct_error *);

static int
inconsistent(struct ofct_error *err, const char *why, const char *name)
{
    return ofct_error_set(err, OFPBAC_MATCH_INCONSISTENT, "%s %s lacks "
                          "correct prerequisites", why, name);
}

static bool
is_ct_valid(const struct match *m)
{
    /* The same rule as the ct_nw_src prerequisite. */
    return match_prereqs_ok(m, mf_from_id(MFF_CT_NW_SRC));
}

static void
check_legacy(const struct ofpact_set_field *sf, struct check_ctx *ctx)
{
    const struct match *m = ctx->match;
    bool ok = true;

    switch (sf->field->id) {
    case MFF_IPV4_SRC:
    case MFF_IPV4_DST:
        ok = match_dl_type(m) == ETH_TYPE_IP;
        break;
    case MFF_IP_DSCP:
    case MFF_IP_ECN:
    case MFF_IP_TTL:
        ok = match_is_ip_any(m);
        break;
    case MFF_TCP_SRC:
    case MFF_TCP_DST:
        ok = match_is_ip_any(m) && !(m->flow.nw_frag & FLOW_NW_FRAG_LATER)
             && (m->flow.nw_proto == IPPROTO_TCP_
                 || m->flow.nw_proto == IPPROTO_UDP_
                 || m->flow.nw_proto == IPPROTO_SCTP_);
        break;
    default:
        break;
    }
    if (!ok) {
        /* OpenFlow 1.0's actions rewrite whatever header is there. */
        *ctx->usable &= OFPUTIL_P_OF10_ANY;
    }
}

static int
check_set_field(const struct ofpact_set_field *sf, struct check_ctx *ctx,
                struct ofct_error *err)
{
    const struct match *m = ctx->match;

    if (ofpact_is_legacy_set(&sf->ofpact)) {
        check_legacy(sf, ctx);
        return 0;
    }
    if (!match_prereqs_ok(m, sf->field)
        || (sf->field->id == MFF_VLAN_VID
            && !(match_be16(m->flow.vlan_tci) & VLAN_CFI))) {
        return inconsistent(err, "set_field", sf->field->name);
    }
    return 0;
}

static int
check_subfield(const struct mf_subfield *sf, const char *role,
               struct check_ctx *ctx, struct ofct_error *err)
{
    if (!match_prereqs_ok(ctx->match, sf->field)) {
        return inconsistent(err, role, sf->field->name);
    }
    return 0;
}

static int
check_ct(const struct ofpact_conntrack *ct, struct check_ctx *ctx,
         struct ofct_error *err)
{
    const struct match *m = ctx->match;
    uint32_t state = match_be32(m->flow.ct_state);

    if (!match_is_ip_any(m)
        || (state & CS_INVALID && ct->flags & NX_CT_F_COMMIT)
        || (ct->alg == CT_ALG_FTP && m->flow.nw_proto != IPPROTO_TCP_)
        || (ct->alg == CT_ALG_TFTP && m->flow.nw_proto != IPPROTO_UDP_)) {
        return ofct_error_set(err, OFPBAC_MATCH_INCONSISTENT, "ct action "
                              "does not fit the match (it needs an IP match, "
                              "TCP for alg=ftp, UDP for alg=tftp, and no "
                              "commit of +inv connections)");
    }
    if (ct->zone_src.field) {
        return check_subfield(&ct->zone_src, "source field", ctx, err);
    }
    return check_list(ofpact_ct_actions(ct), ofpact_ct_actions_len(ct), ctx,
                      err);
}

static int
check_nat(const struct ofpact_nat *nat, struct check_ctx *ctx,
          struct ofct_error *err)
{
    uint16_t dl_type = match_dl_type(ctx->match);

    if (!match_is_ip_any(ctx->match)
        || (nat->range_af == 4 && dl_type != ETH_TYPE_IP)
        || (nat->range_af == 6 && dl_type != ETH_TYPE_IPV6)) {
        return ofct_error_set(err, OFPBAC_MATCH_INCONSISTENT, "nat address "
                              "family does not fit the match");
    }
    return 0;
}

static int
check_output(uint16_t port, struct ofct_error *err)
{
    if (port < OFPP_MAX || (port >= OFPP_IN_PORT && port != OFPP_NONE)) {
        return 0;
    }
    return ofct_error_set(err, OFPBAC_BAD_OUT_PORT, "output to port %u is "
                          "not valid", port);
}

static int
check_one(const struct ofpact *a, struct check_ctx *ctx,
          struct ofct_error *err)
{
    switch ((enum ofpact_type) a->type) {
    case OFPACT_OUTPUT:
        return check_output(ofpact_get_OUTPUT(a)->port, err);
    case OFPACT_SET_FIELD:
        return check_set_field(ofpact_get_SET_FIELD(a), ctx, err);
    case OFPACT_REG_MOVE: {
        const struct ofpact_reg_move *move = ofpact_get_REG_MOVE(a);
        return (check_subfield(&move->src, "source field", ctx, err)
                || check_subfield(&move->dst, "destination field", ctx,
                                  err)) ? -1 : 0;
    }
    case OFPACT_RESUBMIT:
        if (ofpact_get_RESUBMIT(a)->with_ct_orig
            && !is_ct_valid(ctx->match)) {
            return ofct_error_set(err, OFPBAC_MATCH_INCONSISTENT,
                                  "resubmit(...,ct) needs a match on a "
                                  "valid connection");
        }
        return 0;
    case OFPACT_CT:
        return check_ct(ofpact_get_CT(a), ctx, err);
    case OFPACT_NAT:
        return check_nat(ofpact_get_NAT(a), ctx, err);
    case OFPACT_GOTO_TABLE:
        if (ctx->table_id != OFPTT_ALL
            && ofpact_get_GOTO_TABLE(a)->table_id <= ctx->table_id) {
            return ofct_error_set(err, OFPBIC_BAD_TABLE_ID, "goto_table "
                                  "must go to a later table");
        }
        return 0;
    case OFPACT_CONTROLLER:
    case OFPACT_CT_CLEAR:
    case OFPACT_NOTE:
    case OFPACT_CONJUNCTION:
    case N_OFPACTS:
        return 0;
    }
    return 0;
}

static int
check_list(const struct ofpact *acts, size_t len, struct check_ctx *ctx,
           struct ofct_error *err)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, acts, len) {
        if (check_one(a, ctx, err)) {
            return -1;
        }
    }
    return 0;
}

int
ofpacts_check_match(const struct ofpact *acts, size_t len,
                    const struct match *m, uint8_t table_id,
                    uint32_t *usable, struct ofct_error *err)
{
    struct check_ctx ctx = { m, table_id, usable };

    return check_list(acts, len, &ctx, err);
}

void
ofpacts_usable_protocols(const struct ofpact *acts, size_t len,
                         uint32_t *usable)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, acts, len) {
        if (a->type == OFPACT_SET_FIELD && a->raw == OFP_RAW_NONE) {
            /* set_field (not load, not a legacy rewrite) needs a protocol
             * that can match the field, as in OVS. */
            const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);
            union mf_value exact;

            memset(&exact, 0xff, sizeof exact);
            *usable &= mf_usable_protocols(sf->field, &exact);
        } else if (a->type == OFPACT_CT) {
            const struct ofpact_conntrack *ct = ofpact_get_CT(a);
            ofpacts_usable_protocols(ofpact_ct_actions(ct),
                                     ofpact_ct_actions_len(ct), usable);
        }
    }
}
