/* Translation of OpenFlow actions into datapath actions: the translator,
 * the dispatch over action kinds, and output, ct_clear, set_field, load
 * and move.  What Open vSwitch does was checked with ofproto/trace of OVS
 * 3.1 on a userspace datapath. */
#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datapath/xlate.h"
#include "openflow/ofp-util.h"
#include "util/xalloc.h"

#define CS_TRACKED 0x20         /* The +trk bit of ct_state. */

struct ofct_xlate *
ofct_xlate_new(struct ofct_recirc_table *recirc)
{
    struct ofct_xlate *x = xzalloc(sizeof *x);

    field_state_init(&x->fields);
    x->recirc = recirc;
    return x;
}

void
ofct_xlate_free(struct ofct_xlate *x)
{
    if (x) {
        free(x->ports);
        free(x);
    }
}

int
ofct_xlate_set_field(struct ofct_xlate *x, const char *assignment,
                     struct ofct_error *err)
{
    const char *eq = strchr(assignment, '=');
    const struct mf_field *f;
    union mf_value value, mask;

    ofct_error_clear(err);
    if (!eq) {
        return ofct_error_set(err, OFCT_OK, "%s: expected FIELD=VALUE",
                              assignment);
    }
    f = mf_from_name_len(assignment, eq - assignment);
    if (!f) {
        return ofct_error_set(err, OFCT_OK, "%.*s: unknown field",
                              (int) (eq - assignment), assignment);
    }
    if (mf_parse_value(f, eq + 1, &value, err)) {
        return -1;
    }
    if (!mf_is_value_valid(f, &value)) {
        return ofct_error_set(err, OFCT_OK, "%s: value not valid for %s",
                              eq + 1, f->name);
    }
    memset(&mask, 0xff, sizeof mask);
    field_state_set(&x->fields, f, &value, &mask);
    return 0;
}

int
ofct_xlate_map_port(struct ofct_xlate *x, uint16_t ofp_port,
                    uint32_t odp_port, struct ofct_error *err)
{
    ofct_error_clear(err);
    if (ofp_port >= OFPP_MAX && ofp_port != OFPP_LOCAL) {
        return ofct_error_set(err, OFCT_OK, "only numbered ports and LOCAL "
                              "have a datapath port");
    }
    for (size_t i = 0; i < x->n_ports; i++) {
        if (x->ports[i].ofp_port == ofp_port) {
            x->ports[i].odp_port = odp_port;
            return 0;
        }
    }
    if (x->n_ports >= XLATE_MAX_PORTS) {
        return ofct_error_set(err, OFCT_OK, "more than %d port mappings",
                              XLATE_MAX_PORTS);
    }
    if (!(x->n_ports & (x->n_ports + 1))) {
        /* Grow at 0, 1, 3, 7, ... entries: doubling. */
        x->ports = xrealloc(x->ports, 2 * (x->n_ports + 1) * sizeof *x->ports);
    }
    x->ports[x->n_ports].ofp_port = ofp_port;
    x->ports[x->n_ports].odp_port = odp_port;
    x->n_ports++;
    return 0;
}

int
ofct_xlate_map_port_string(struct ofct_xlate *x, const char *mapping,
                           struct ofct_error *err)
{
    const char *eq = strchr(mapping, '=');
    char *ofp_name;
    uint16_t ofp_port;
    unsigned int odp_port;
    bool ok;

    ofct_error_clear(err);
    if (!eq) {
        return ofct_error_set(err, OFCT_OK, "%s: expected OFP_PORT=ODP_PORT",
                              mapping);
    }
    ofp_name = xmemdup0(mapping, eq - mapping);
    ok = ofp_port_from_string(ofp_name, &ofp_port);
    free(ofp_name);
    if (!ok) {
        return ofct_error_set(err, OFCT_OK, "%.*s: not an OpenFlow port",
                              (int) (eq - mapping), mapping);
    }
    if (!str_to_uint(eq + 1, 10, &odp_port)) {
        return ofct_error_set(err, OFCT_OK, "%s: not a datapath port number",
                              eq + 1);
    }
    return ofct_xlate_map_port(x, ofp_port, odp_port, err);
}

/* ------------------------------------------------------------------ */
/* Actions. */

bool
xlate_is_metadata_field(const struct mf_field *f)
{
    return (f->id == MFF_IN_PORT || f->id == MFF_IN_PORT_OXM
            || f->id == MFF_METADATA
            || (f->id >= MFF_REG0 && f->id <= MFF_XXREG3));
}

static int
odp_port_of(const struct ofct_xlate *x, uint16_t port, uint32_t *odp,
            struct ofct_error *err)
{
    struct ofct_buf name = OFCT_BUF_INITIALIZER;

    for (size_t i = 0; i < x->n_ports; i++) {
        if (x->ports[i].ofp_port == port) {
            *odp = x->ports[i].odp_port;
            return 0;
        }
    }
    if (port < OFPP_MAX) {
        *odp = port;
        return 0;
    }
    ofp_format_port(port, &name);
    ofct_error_set(err, OFCT_OK, "output to %s: %s", ofct_buf_cstr(&name),
                   port == OFPP_LOCAL
                   ? "no datapath port is mapped to LOCAL"
                   : port == OFPP_CONTROLLER
                   ? "OVS sends the packet to userspace, which ofct does "
                     "not translate"
                   : "needs a switch's forwarding, which ofct does not "
                     "translate");
    ofct_buf_uninit(&name);
    return -1;
}

static int
xlate_output(struct xlate_run *run, const struct ofpact *a,
             struct ofct_error *err)
{
    uint16_t port = ofpact_get_OUTPUT(a)->port;
    uint16_t in_port = field_state_get_u16(&run->fields, MFF_IN_PORT);
    uint32_t odp;

    if (port == OFPP_IN_PORT) {
        if (in_port == OFPP_NONE) {
            return ofct_error_set(err, OFCT_OK, "output to IN_PORT: the "
                                  "packet's in_port is not set");
        }
        port = in_port;
    } else if (port == in_port) {
        /* OVS: "skipping output to input port". */
        return 0;
    }
    if (odp_port_of(run->x, port, &odp, err)) {
        return -1;
    }
    odp_put_u32(run->b, OVS_ACTION_ATTR_OUTPUT, odp);
    return 0;
}

static int
xlate_ct_clear(struct xlate_run *run)
{
    /* OVS emits ct_clear only for a packet that is tracked here: one that
     * came back from ct(table=N), not one that a ct without table=
     * already left untracked. */
    if (field_state_get_u32(&run->fields, MFF_CT_STATE) & CS_TRACKED) {
        odp_put_flag(run->b, OVS_ACTION_ATTR_CT_CLEAR);
        field_state_clear_ct(&run->fields);
    }
    return 0;
}

static int
header_rewrite_error(const struct mf_field *f, struct ofct_error *err)
{
    return ofct_error_set(err, OFCT_OK, "writing %s: header rewrites (OVS's "
                          "set() and set_masked() datapath actions) are not "
                          "translated by ofct", f->name);
}

static int
xlate_set_field(struct xlate_run *run, const struct ofpact *a,
                struct ofct_error *err)
{
    const struct ofpact_set_field *sf = ofpact_get_SET_FIELD(a);

    if (!xlate_is_metadata_field(sf->field)) {
        return header_rewrite_error(sf->field, err);
    }
    field_state_set(&run->fields, sf->field, &sf->value, &sf->mask);
    return 0;
}

static int
xlate_move(struct xlate_run *run, const struct ofpact *a,
           struct ofct_error *err)
{
    const struct ofpact_reg_move *mv = ofpact_get_REG_MOVE(a);

    if (!xlate_is_metadata_field(mv->dst.field)) {
        return header_rewrite_error(mv->dst.field, err);
    }
    field_state_copy_bits(&run->fields, &mv->src, &mv->dst);
    return 0;
}

static int
no_translation(const struct ofpact *a, const char *why,
               struct ofct_error *err)
{
    return ofct_error_set(err, OFCT_OK, "%s: %s",
                          ofpact_classes[a->type].name, why);
}

static int
xlate_one(struct xlate_run *run, const struct ofpact *a,
          struct ofct_error *err)
{
    switch ((enum ofpact_type) a->type) {
    case OFPACT_OUTPUT:
        return xlate_output(run, a, err);
    case OFPACT_CT:
        return xlate_ct(run, a, err);
    case OFPACT_CT_CLEAR:
        return xlate_ct_clear(run);
    case OFPACT_SET_FIELD:
        return xlate_set_field(run, a, err);
    case OFPACT_REG_MOVE:
        return xlate_move(run, a, err);
    case OFPACT_NOTE:
    case OFPACT_CONJUNCTION:
        /* Nothing happens, in OVS either. */
        return 0;
    case OFPACT_RESUBMIT:
    case OFPACT_GOTO_TABLE:
        return no_translation(a, "needs flow tables, which translation of "
                              "one action list does not have", err);
    case OFPACT_CONTROLLER:
        return no_translation(a, "OVS sends the packet to userspace; ofct "
                              "does not translate that", err);
    case OFPACT_NAT:
    case N_OFPACTS:
    default:
        return no_translation(a, "has no datapath action", err);
    }
}

int
ofct_xlate_actions(const struct ofct_xlate *x, const struct ofct_actions *acts,
                   struct ofct_buf *odp, struct ofct_error *err)
{
    const struct ofpact *ofpacts = (const struct ofpact *) acts->ofpacts.data;
    struct odp_builder b;
    struct xlate_run run;
    const struct ofpact *a;
    int retval = 0;

    ofct_error_clear(err);
    odp_builder_init(&b);
    run.x = x;
    run.fields = x->fields;
    run.b = &b;
    OFPACT_FOR_EACH (a, ofpacts, acts->ofpacts.size) {
        retval = xlate_one(&run, a, err);
        if (retval) {
            break;
        }
    }
    if (!retval) {
        retval = odp_builder_finish(&b, odp, err);
    }
    odp_builder_uninit(&b);
    return retval;
}

/* The actions of a flow in ovs-ofctl syntax, as ovs-ofctl finds them: after
 * the first "action" and the '=' that follows. */
static const char *
flow_actions(const char *flow)
{
    const char *s = strstr(flow, "action");

    if (!s) {
        return flow;
    }
    s = strchr(s, '=');
    return s ? s + 1 : NULL;
}

int
ofct_xlate_flow_string(const struct ofct_xlate *x, const char *flow,
                       struct ofct_buf *odp, struct ofct_error *err)
{
    const char *text = flow_actions(flow);
    struct ofct_actions *acts;
    int retval;

    ofct_error_clear(err);
    if (!text) {
        return ofct_error_set(err, OFCT_OK, "must specify an action");
    }
    acts = ofct_actions_new();
    retval = ofct_actions_parse(acts, text, err);
    if (!retval) {
        retval = ofct_xlate_actions(x, acts, odp, err);
    }
    ofct_actions_free(acts);
    return retval;
}
