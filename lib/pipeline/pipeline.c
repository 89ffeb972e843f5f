/* The pipeline object: its flow tables, ports and configuration, and the
 * insertion of flows. */
#include <config.h>

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

struct ofct_pipeline *
ofct_pipeline_create(const struct ofct_pipeline_config *cfg)
{
    static const struct ofct_pipeline_config defaults;
    struct ofct_pipeline *p = xzalloc(sizeof *p);

    if (!cfg) {
        cfg = &defaults;
    }
    for (size_t i = 0; i < PIPE_N_TABLES; i++) {
        cls_init(&p->tables[i]);
    }
    p->max_flows = cfg->max_flows ? cfg->max_flows : PIPE_DEFAULT_MAX_FLOWS;
    p->protocols = cfg->protocols ? cfg->protocols
                   : ofct_protocols_from_versions(1u << OFCT_OFP10);
    p->ct = cfg->ct;
    if (!p->ct) {
        p->ct = ofct_conntrack_create(NULL);
        p->own_ct = true;
    }
    mac_table_init(&p->macs,
                   cfg->max_macs ? cfg->max_macs : PIPE_DEFAULT_MAX_MACS,
                   cfg->mac_aging_s ? cfg->mac_aging_s
                                    : PIPE_DEFAULT_MAC_AGING_S);
    p->keep_frames = cfg->keep_frames;
    return p;
}

static void
rule_free(struct pipe_rule *rule)
{
    if (rule) {
        cls_rule_destroy(&rule->cr);
        free(rule->ofpacts);
        free(rule);
    }
}

void
ofct_pipeline_destroy(struct ofct_pipeline *p)
{
    if (!p) {
        return;
    }
    for (size_t i = 0; i < PIPE_N_TABLES; i++) {
        cls_destroy(&p->tables[i]);
    }
    for (size_t i = 0; i < p->n_rules; i++) {
        rule_free(p->rules[i]);
    }
    free(p->rules);
    if (p->own_ct) {
        ofct_conntrack_destroy(p->ct);
    }
    mac_table_destroy(&p->macs);
    free(p->ports);
    for (size_t i = 0; i <= PIPE_MAX_RECIRC_DEPTH; i++) {
        pipe_pass_destroy(p->passes[i]);
    }
    free(p);
}

struct ofct_conntrack *
ofct_pipeline_conntrack(const struct ofct_pipeline *p)
{
    return p->ct;
}

size_t
ofct_pipeline_n_flows(const struct ofct_pipeline *p)
{
    return p->n_rules - p->n_expired;
}

/* Ports. */

bool
pipe_has_port(const struct ofct_pipeline *p, uint16_t port)
{
    size_t lo = 0, hi = p->n_ports;

    while (lo < hi) {
        size_t mid = (lo + hi) / 2;

        if (p->ports[mid] == port) {
            return true;
        } else if (p->ports[mid] < port) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return false;
}

int
ofct_pipeline_add_port(struct ofct_pipeline *p, uint16_t port,
                       struct ofct_error *err)
{
    size_t i;

    if ((port == 0 || port >= OFPP_MAX) && port != OFPP_LOCAL) {
        return ofct_error_set(err, OFCT_OK, "port %u: only ports 1 to %u and "
                              "LOCAL are switch ports", port, OFPP_MAX - 1);
    }
    if (pipe_has_port(p, port)) {
        return 0;
    }
    if (p->n_ports >= PIPE_MAX_PORTS) {
        return ofct_error_set(err, OFCT_OK, "more than %d ports",
                              PIPE_MAX_PORTS);
    }
    p->ports = xrealloc(p->ports, (p->n_ports + 1) * sizeof *p->ports);
    for (i = p->n_ports; i > 0 && p->ports[i - 1] > port; i--) {
        p->ports[i] = p->ports[i - 1];
    }
    p->ports[i] = port;
    p->n_ports++;
    return 0;
}

int
ofct_port_from_string(const char *s, uint16_t *port)
{
    return ofp_port_from_string(s, port) && *port ? 0 : -1;
}

void
ofct_port_format(uint16_t port, struct ofct_buf *out)
{
    ofp_format_port(port, out);
    ofct_buf_cstr(out);
}

/* Flows. */

/* Checks that the pipeline can run 'a', an action of a flow ('outer' is
 * OFPACT_CT inside ct's exec()). */
static int
check_action(const struct ofpact *a, enum ofpact_type outer,
             struct ofct_error *err)
{
    const struct mf_field *dst = NULL;

    switch ((enum ofpact_type) a->type) {
    case OFPACT_SET_FIELD:
        dst = ofpact_get_SET_FIELD(a)->field;
        break;
    case OFPACT_REG_MOVE:
        dst = ofpact_get_REG_MOVE(a)->dst.field;
        break;
    case OFPACT_CT: {
        uint16_t alg = ofpact_get_CT(a)->alg;

        if (alg && alg != CT_ALG_FTP && alg != CT_ALG_TFTP) {
            return ofct_error_set(err, OFCT_OK, "ct: alg=%u: only ftp and "
                                  "tftp have a helper", alg);
        }
        return 0;
    }
    case OFPACT_CONJUNCTION:
        return ofct_error_set(err, OFCT_OK, "conjunction: conjunctive "
                              "matches are not supported by ofct's "
                              "pipeline");
    case OFPACT_OUTPUT:
        if (ofpact_get_OUTPUT(a)->port == OFPP_TABLE) {
            return ofct_error_set(err, OFCT_OK, "output to TABLE is only "
                                  "for packet-outs");
        }
        return 0;
    case OFPACT_CONTROLLER:
    case OFPACT_RESUBMIT:
    case OFPACT_CT_CLEAR:
    case OFPACT_NAT:
    case OFPACT_NOTE:
    case OFPACT_GOTO_TABLE:
    case N_OFPACTS:
    default:
        return 0;
    }
    if (outer == OFPACT_CT ? !mf_is_ct_writable(dst)
                           : !pipe_field_is_writable(dst)) {
        return ofct_error_set(err, OFCT_OK, "writing %s is not supported by "
                              "ofct's pipeline", dst->name);
    }
    return 0;
}

static int
check_list(const struct ofpact *acts, size_t len, enum ofpact_type outer,
           struct ofct_error *err)
{
    const struct ofpact *a;

    OFPACT_FOR_EACH (a, acts, len) {
        if (check_action(a, outer, err)) {
            return -1;
        }
        if (a->type == OFPACT_CT) {
            const struct ofpact_conntrack *ct = ofpact_get_CT(a);

            if (check_list(ofpact_ct_actions(ct), ofpact_ct_actions_len(ct),
                           OFPACT_CT, err)) {
                return -1;
            }
        }
    }
    return 0;
}

int
pipe_check_flow_mod(const struct ofct_flow_mod *fm, struct ofct_error *err)
{
    return check_list((const struct ofpact *) fm->ofpacts.data,
                      fm->ofpacts.size, N_OFPACTS, err);
}

/* Adds the ports a flow names to the switch's ports. */
static void
add_flow_ports(struct ofct_pipeline *p, const struct ofct_flow_mod *fm)
{
    const struct ofpact *a;
    uint16_t in_port = match_be16(fm->match.mask.in_port)
                       ? match_be16(fm->match.flow.in_port) : 0;

    if (in_port) {
        ofct_pipeline_add_port(p, in_port, NULL);
    }
    OFPACT_FOR_EACH (a, (const struct ofpact *) fm->ofpacts.data,
                     fm->ofpacts.size) {
        if (a->type == OFPACT_OUTPUT) {
            ofct_pipeline_add_port(p, ofpact_get_OUTPUT(a)->port, NULL);
        } else if (a->type == OFPACT_RESUBMIT
                   && ofpact_get_RESUBMIT(a)->in_port != OFPP_IN_PORT) {
            ofct_pipeline_add_port(p, ofpact_get_RESUBMIT(a)->in_port, NULL);
        }
    }
}

static struct pipe_rule *
rule_from_flow_mod(const struct ofct_flow_mod *fm, unsigned long name)
{
    struct pipe_rule *rule = xzalloc(sizeof *rule);

    rule->table_id = fm->table_id == OFPTT_ALL ? 0 : fm->table_id;
    rule->packet_type_eth = fm->match.packet_type_eth;
    rule->priority = fm->priority;
    rule->idle_timeout = fm->idle_timeout;
    rule->hard_timeout = fm->hard_timeout;
    rule->importance = fm->importance;
    rule->flags = fm->flags;
    rule->cookie = fm->new_cookie == UINT64_MAX ? 0 : fm->new_cookie;
    rule->name = name;
    rule->used_ms = INT64_MIN;
    rule->ofpacts_len = fm->ofpacts.size;
    if (rule->ofpacts_len) {
        rule->ofpacts = xmalloc(rule->ofpacts_len);
        memcpy(rule->ofpacts, fm->ofpacts.data, rule->ofpacts_len);
    }
    return rule;
}

int
pipe_add_flow_mod(struct ofct_pipeline *p, const struct ofct_flow_mod *fm,
                  unsigned long name, struct ofct_error *err)
{
    union cls_flow value, mask;
    struct pipe_rule *rule;
    struct cls_rule *old;

    if (pipe_check_flow_mod(fm, err)) {
        return -1;
    }
    if (p->n_rules >= p->max_flows) {
        return ofct_error_set(err, OFCT_OK, "more than %"PRIu32" flows",
                              p->max_flows);
    }
    rule = rule_from_flow_mod(fm, name);
    memset(&value, 0, sizeof value);
    memset(&mask, 0, sizeof mask);
    value.f = fm->match.flow;
    mask.f = fm->match.mask;
    old = cls_insert(&p->tables[rule->table_id], &rule->cr, &value, &mask,
                     rule->priority, p->next_seq++);
    p->n_timed += rule->idle_timeout || rule->hard_timeout;
    if (old) {
        /* Same table, match and priority: the new flow replaces the old
         * one in its place, as an OVS add-flow does. */
        struct pipe_rule *old_rule = (struct pipe_rule *) old;

        p->n_timed -= old_rule->idle_timeout || old_rule->hard_timeout;

        rule->index = old_rule->index;
        p->rules[rule->index] = rule;
        rule_free(old_rule);
    } else {
        if (p->n_rules >= p->allocated_rules) {
            p->allocated_rules = p->allocated_rules ? 2 * p->allocated_rules
                                                    : 64;
            p->rules = xrealloc(p->rules,
                                p->allocated_rules * sizeof *p->rules);
        }
        rule->index = p->n_rules;
        p->rules[p->n_rules++] = rule;
    }
    add_flow_ports(p, fm);
    return 0;
}
