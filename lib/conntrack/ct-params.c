/* The parameters of a ct action: their checks, and how they come from
 * Open vSwitch's datapath form, in text ("ct(commit,nat(src=...))") or
 * parsed by lib/datapath. */
#include <config.h>

#include <string.h>

#include "conntrack/ct-params.h"
#include "conntrack/ct-private.h"
#include "datapath/odp-scan.h"

static int
check_nat(const struct ofct_ct_nat *nat, struct ofct_error *err)
{
    size_t alen = nat->family == 6 ? 16 : 4;

    if (nat->type == OFCT_CT_NAT_NONE) {
        return 0;
    } else if (nat->type == OFCT_CT_NAT_BARE) {
        if (nat->family || nat->port_min || nat->port_max
            || nat->persistent || nat->hash || nat->random) {
            return ofct_error_set(err, OFCT_OK, "nat without src or dst "
                                  "takes no range and no flags");
        }
        return 0;
    } else if (nat->type != OFCT_CT_NAT_SRC
               && nat->type != OFCT_CT_NAT_DST) {
        return ofct_error_set(err, OFCT_OK, "unknown nat type %d",
                              (int) nat->type);
    }
    if (nat->family && nat->family != 4 && nat->family != 6) {
        return ofct_error_set(err, OFCT_OK, "nat: address family %u",
                              nat->family);
    }
    if (nat->family && memcmp(nat->addr_max.b, nat->addr_min.b, alen) < 0) {
        return ofct_error_set(err, OFCT_OK, "nat: address range maximum "
                              "is below its minimum");
    }
    if ((nat->port_min == 0) != (nat->port_max == 0)
        || nat->port_max < nat->port_min) {
        return ofct_error_set(err, OFCT_OK, "nat: port range %u-%u",
                              nat->port_min, nat->port_max);
    }
    if (nat->hash && nat->random) {
        return ofct_error_set(err, OFCT_OK, "nat takes only one of hash "
                              "and random");
    }
    return 0;
}

int
ofct_ct_params_check(const struct ofct_ct_params *params,
                     struct ofct_error *err)
{
    if (params->helper && !ct_helper_find(params->helper)) {
        return ofct_error_set(err, OFCT_OK, "%s: no such helper (ALG)",
                              params->helper);
    }
    if (params->force && !params->commit) {
        return ofct_error_set(err, OFCT_OK, "force requires commit");
    }
    return check_nat(&params->nat, err);
}

static uint64_t
get_be64(const uint8_t *p)
{
    uint64_t v = 0;
    size_t i;

    for (i = 0; i < 8; i++) {
        v = v << 8 | p[i];
    }
    return v;
}

static void
nat_from_odp(const struct odp_nat *o, struct ofct_ct_nat *nat)
{
    memset(nat, 0, sizeof *nat);
    if (!o->present) {
        return;
    }
    nat->type = (o->src ? OFCT_CT_NAT_SRC
                 : o->dst ? OFCT_CT_NAT_DST : OFCT_CT_NAT_BARE);
    if (o->addr_len) {
        nat->family = o->addr_len == 16 ? 6 : 4;
        memcpy(nat->addr_min.b, o->ip_min, o->addr_len);
        memcpy(nat->addr_max.b, o->has_ip_max ? o->ip_max : o->ip_min,
               o->addr_len);
    }
    if (o->proto_min) {
        /* A one-port range has no maximum in the datapath's form. */
        nat->port_min = o->proto_min;
        nat->port_max = o->proto_max ? o->proto_max : o->proto_min;
    }
    nat->persistent = o->persistent;
    nat->hash = o->proto_hash;
    nat->random = o->proto_random;
}

int
ct_params_from_odp(const struct odp_ct *odp, struct ofct_ct_params *params,
                   struct ofct_error *err)
{
    const struct ct_helper *helper = NULL;

    memset(params, 0, sizeof *params);
    if (odp->timeout[0]) {
        return ofct_error_set(err, OFCT_OK, "ct(timeout=%s): timeout "
                              "policies are not taken from the action",
                              odp->timeout);
    }
    if (odp->helper[0]) {
        helper = ct_helper_find(odp->helper);
        if (!helper) {
            return ofct_error_set(err, OFCT_OK, "%s: no such helper (ALG)",
                                  odp->helper);
        }
        params->helper = helper->name;
    }
    params->zone = odp->zone;
    params->commit = odp->commit || odp->force_commit;
    params->force = odp->force_commit;
    params->set_mark = odp->has_mark;
    params->mark = odp->mark;
    params->mark_mask = odp->mark_mask;
    params->set_label = odp->has_label;
    params->label.hi = get_be64(odp->label);
    params->label.lo = get_be64(odp->label + 8);
    params->label_mask.hi = get_be64(odp->label_mask);
    params->label_mask.lo = get_be64(odp->label_mask + 8);
    nat_from_odp(&odp->nat, &params->nat);
    return ofct_ct_params_check(params, err);
}

int
ofct_ct_params_parse(const char *text, struct ofct_ct_params *params,
                     struct ofct_error *err)
{
    struct odp_scanner sc;
    struct odp_ct odp;

    odp_scan_init(&sc, text);
    odp_scan_skip_delimiters(&sc);
    if (!odp_scan_literal(&sc, "ct")
        || !odp_scan_at_end_of_token(&sc, '(')) {
        return odp_scan_error(&sc, sc.pos, 0, err, "expected ct(...)");
    }
    if (odp_ct_parse(&sc, &odp, err)) {
        return -1;
    }
    odp_scan_skip_delimiters(&sc);
    if (*odp_scan_here(&sc)) {
        return odp_scan_error(&sc, sc.pos, strlen(odp_scan_here(&sc)), err,
                              "unexpected text after ct(...)");
    }
    return ct_params_from_odp(&odp, params, err);
}
