/* Tracing: a packet's path explained in the layout of Open vSwitch's
 * "ovs-appctl ofproto/trace".
 *
 * Each pass is a tree of nodes (the bridge, each table a flow matched in,
 * each action, details and errors), printed as OVS prints it: a node's
 * indentation is four spaces per level, plus one level when more nodes
 * follow it in its list or it cannot have children; its children go one
 * level deeper for each of those.  That is why a resubmit that ends a
 * flow's actions prints the next table at the same indentation.  After
 * the pass come its "Final flow" and its "Datapath actions" in OVS's
 * datapath syntax; then each recirculation, breadth first, under a
 * "recirc(0x1) - resume conntrack with ct_state=..." banner. */
#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/datapath.h"
#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

/* At most this many recirculations are traced. */
#define TRACE_MAX_PASSES 256

struct trace_node;

struct trace_list {
    struct trace_node *head, *tail;
};

struct trace_node {
    enum trace_node_type type;
    char *text;
    struct trace_list subs;
    struct trace_node *next;
};

struct trace_deferred {
    struct pipe_pass *pass;
    unsigned int depth;
};

struct pipe_trace {
    const struct ofct_trace_options *opts;
    size_t next_ct;                 /* Next of opts->ct_next to use. */
    struct ofct_recirc_table *recirc;
    struct trace_deferred *queue;
    size_t n_queued, head;
    struct ofct_buf *out;
};

/* ------------------------------------------------------------------ */
/* Nodes. */

static struct trace_node *
node_add(struct trace_list *list, enum trace_node_type type, char *text)
{
    struct trace_node *node = xzalloc(sizeof *node);

    node->type = type;
    node->text = text;
    if (list->tail) {
        list->tail->next = node;
    } else {
        list->head = node;
    }
    list->tail = node;
    return node;
}

static void
list_free(struct trace_list *list)
{
    struct trace_node *node, *next;

    for (node = list->head; node; node = next) {
        next = node->next;
        list_free(&node->subs);
        free(node->text);
        free(node);
    }
    list->head = list->tail = NULL;
}

static bool
is_terminal(enum trace_node_type type)
{
    return type != TRACE_BRIDGE && type != TRACE_TABLE
           && type != TRACE_THAW;
}

static void
put_spaces(struct ofct_buf *out, int n)
{
    memset(ofct_buf_put_uninit(out, n), ' ', n);
}

static void
list_print(const struct trace_list *list, int level, struct ofct_buf *out)
{
    for (const struct trace_node *n = list->head; n; n = n->next) {
        int more = n->next || is_terminal(n->type);

        if (n->type == TRACE_BRIDGE) {
            ofct_buf_putc(out, '\n');
        }
        put_spaces(out, (level + more) * 4);
        switch (n->type) {
        case TRACE_DETAIL:
            ofct_buf_printf(out, " -> %s\n", n->text);
            break;
        case TRACE_WARN:
            ofct_buf_printf(out, " >> %s\n", n->text);
            break;
        case TRACE_ERROR:
            ofct_buf_printf(out, " >>>> %s <<<<\n", n->text);
            break;
        case TRACE_BRIDGE:
            ofct_buf_printf(out, "%s\n", n->text);
            put_spaces(out, (level + more) * 4);
            memset(ofct_buf_put_uninit(out, strlen(n->text)), '-',
                   strlen(n->text));
            ofct_buf_putc(out, '\n');
            break;
        case TRACE_TABLE:
        case TRACE_THAW:
        case TRACE_ACTION:
            ofct_buf_printf(out, "%s\n", n->text);
            break;
        }
        list_print(&n->subs, level + 2 * more, out);
    }
}

/* Node texts made by pipe_trace_node() are short messages: a fixed
 * buffer holds them. */
static char *
vformat(const char *fmt, va_list args)
{
    char buf[256];

    vsnprintf(buf, sizeof buf, fmt, args);
    return xstrdup(buf);
}

void
pipe_trace_node(struct pipe_pass *pass, enum trace_node_type type,
                const char *fmt, ...)
{
    va_list args;

    if (!pass->trace) {
        return;
    }
    va_start(args, fmt);
    node_add(pass->trace_cur, type, vformat(fmt, args));
    va_end(args);
}

static void
add_text(struct pipe_pass *pass, enum trace_node_type type,
         struct ofct_buf *text)
{
    node_add(pass->trace_cur, type, xstrdup(ofct_buf_cstr(text)));
}

void
pipe_trace_action(struct pipe_pass *pass, const struct ofpact *a)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;

    if (!pass->trace) {
        return;
    }
    ofpacts_format_list(a, OFPACT_ALIGN(a->len), &text);
    add_text(pass, TRACE_ACTION, &text);
    ofct_buf_uninit(&text);
    if (a->type == OFPACT_CONTROLLER
        || (a->type == OFPACT_OUTPUT
            && ofpact_get_OUTPUT(a)->port == OFPP_CONTROLLER)) {
        pipe_trace_node(pass, TRACE_WARN, "ofct does not model the "
                        "controller: no datapath action for it");
    }
}

void *
pipe_trace_table(struct pipe_pass *pass, uint8_t table_id,
                 const struct pipe_rule *rule)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    void *prev = pass->trace_cur;
    struct trace_node *node;

    if (!pass->trace) {
        return NULL;
    }
    ofct_buf_printf(&text, "%2u. ", table_id);
    if (!rule) {
        ofct_buf_puts(&text, "No match.");
    } else {
        union cls_flow value, mask;
        struct match m;
        size_t before = text.size;

        cls_rule_get(&rule->cr, &value, &mask);
        m.flow = value.f;
        m.mask = mask.f;
        m.packet_type_eth = rule->packet_type_eth;
        match_format(&m, OFP_DEFAULT_PRIORITY, &text);
        ofct_buf_printf(&text, "%spriority %u", text.size > before ? ", " : "",
                        rule->priority);
        if (rule->cookie) {
            ofct_buf_printf(&text, ", cookie %#"PRIx64, rule->cookie);
        }
    }
    node = node_add(pass->trace_cur, TRACE_TABLE,
                    xstrdup(ofct_buf_cstr(&text)));
    ofct_buf_uninit(&text);
    pass->trace_cur = &node->subs;
    return prev;
}

void
pipe_trace_restore(struct pipe_pass *pass, void *prev)
{
    if (pass->trace) {
        pass->trace_cur = prev;
    }
}

/* ------------------------------------------------------------------ */
/* Flows, as OVS's flow_format() prints a packet's. */

/* Sets the masks of the fields a packet of this kind has, as OVS's
 * flow_wildcards_init_for_packet() does. */
static void
mask_packet_fields(const struct flow *f, struct flow *mk)
{
    uint16_t dl_type = match_be16(f->dl_type);
    bool ip = dl_type == ETH_TYPE_IP, ipv6 = dl_type == ETH_TYPE_IPV6;

    memset(mk->in_port, 0xff, 2);
    memset(mk->vlan_tci, 0xff, 2);
    memset(mk->dl_src, 0xff, 6);
    memset(mk->dl_dst, 0xff, 6);
    memset(mk->dl_type, 0xff, 2);
    if (dl_type == ETH_TYPE_ARP || dl_type == ETH_TYPE_RARP) {
        memset(mk->nw_src, 0xff, 4);
        memset(mk->nw_dst, 0xff, 4);
        mk->nw_proto = 0xff;
        memset(mk->arp_sha, 0xff, 6);
        memset(mk->arp_tha, 0xff, 6);
        return;
    } else if (!ip && !ipv6) {
        return;
    }
    if (ip) {
        memset(mk->nw_src, 0xff, 4);
        memset(mk->nw_dst, 0xff, 4);
    } else {
        memset(mk->ipv6_src, 0xff, 16);
        memset(mk->ipv6_dst, 0xff, 16);
        memset(mk->ipv6_label, 0xff, 4);
    }
    mk->nw_proto = mk->nw_tos = mk->nw_ttl = 0xff;
    mk->nw_frag = FLOW_NW_FRAG_MASK;
    if (f->nw_frag & FLOW_NW_FRAG_LATER) {
        return;
    }
    if (f->nw_proto == IPPROTO_TCP_ || f->nw_proto == IPPROTO_UDP_
        || f->nw_proto == IPPROTO_SCTP_ || f->nw_proto == IPPROTO_ICMP_
        || f->nw_proto == IPPROTO_ICMPV6_ || (ip && f->nw_proto == 2)) {
        memset(mk->tp_src, 0xff, 2);
        memset(mk->tp_dst, 0xff, 2);
    }
    if (f->nw_proto == IPPROTO_TCP_) {
        put_be16(mk->tcp_flags, 0x0fff);
    }
    if (ipv6 && f->nw_proto == IPPROTO_ICMPV6_
        && (match_be16(f->tp_src) == 135 || match_be16(f->tp_src) == 136)) {
        memset(mk->nd_target, 0xff, 16);
        memset(mk->arp_sha, 0xff, 6);
        memset(mk->arp_tha, 0xff, 6);
    }
}

/* Masks what is not zero among 'n' bytes at offset 'ofs'. */
static void
mask_if_set(const struct flow *f, struct flow *mk, size_t ofs, size_t n)
{
    if (!mf_is_all_zeros((const uint8_t *) f + ofs, n)) {
        memset((uint8_t *) mk + ofs, 0xff, n);
    }
}

#define MASK_IF_SET(F, MK, MEMBER) \
    mask_if_set(F, MK, offsetof(struct flow, MEMBER), sizeof (F)->MEMBER)

/* OVS shows the second VLAN of a tagged packet too, before dl_src; ofct
 * follows one VLAN, so the second is always "vlan_tci1=0x0000". */
static void
insert_inner_vlan(struct ofct_buf *out, size_t start)
{
    static const char inner[] = "vlan_tci1=0x0000,";
    const size_t n = sizeof inner - 1;
    const char *dl_src = strstr((const char *) out->data + start, "dl_src=");
    size_t ofs, tail;

    if (!dl_src) {
        return;
    }
    ofs = dl_src - (const char *) out->data;
    tail = out->size - ofs;
    ofct_buf_put_uninit(out, n);
    memmove(out->data + ofs + n, out->data + ofs, tail);
    memcpy(out->data + ofs, inner, n);
}

static void
format_flow(const union cls_flow *flow, uint32_t recirc_id,
            struct ofct_buf *out)
{
    const struct flow *f = &flow->f;
    uint32_t ct_state = match_be32(f->ct_state);
    size_t start = out->size;
    struct match m;

    if (recirc_id) {
        ofct_buf_printf(out, "recirc_id=%#"PRIx32",", recirc_id);
    }
    if (ct_state) {
        ofct_buf_puts(out, "ct_state=");
        ofct_ct_state_format(ct_state, out);
        ofct_buf_putc(out, ',');
    }

    /* The other connection-tracking fields that are set. */
    memset(&m, 0, sizeof m);
    m.flow = *f;
    MASK_IF_SET(f, &m.mask, ct_zone);
    MASK_IF_SET(f, &m.mask, ct_mark);
    MASK_IF_SET(f, &m.mask, ct_label);
    MASK_IF_SET(f, &m.mask, ct_nw_src);
    MASK_IF_SET(f, &m.mask, ct_nw_dst);
    MASK_IF_SET(f, &m.mask, ct_ipv6_src);
    MASK_IF_SET(f, &m.mask, ct_ipv6_dst);
    MASK_IF_SET(f, &m.mask, ct_nw_proto);
    if (f->ct_nw_proto) {
        memset(m.mask.ct_tp_src, 0xff, 2);
        memset(m.mask.ct_tp_dst, 0xff, 2);
    }
    match_format(&m, OFP_DEFAULT_PRIORITY, out);
    if (out->size > start && out->data[out->size - 1] != ',') {
        ofct_buf_putc(out, ',');
    }
    if (recirc_id) {
        ofct_buf_puts(out, "eth,");
    }

    /* Then the packet's own fields, and metadata that is set. */
    memset(&m.mask, 0, sizeof m.mask);
    mask_packet_fields(f, &m.mask);
    for (int i = 0; i < 16; i++) {
        mask_if_set(f, &m.mask, offsetof(struct flow, regs) + 4 * i, 4);
    }
    MASK_IF_SET(f, &m.mask, metadata);
    MASK_IF_SET(f, &m.mask, pkt_mark);
    start = out->size;
    match_format(&m, OFP_DEFAULT_PRIORITY, out);
    if (match_be16(f->vlan_tci) & VLAN_CFI) {
        insert_inner_vlan(out, start);
    }
    ofct_buf_chomp(out, ',');
    ofct_buf_cstr(out);
}

/* ------------------------------------------------------------------ */
/* Datapath actions, in OVS's syntax. */

static uint32_t
odp_port(const struct ofct_trace_options *opts, uint16_t port)
{
    for (size_t i = 0; i < opts->n_odp_map; i++) {
        if (opts->odp_map_ofp[i] == port) {
            return opts->odp_map_odp[i];
        }
    }
    return port;
}

static void
format_mac(const char *name, const uint8_t *mac, struct ofct_buf *out)
{
    ofct_buf_printf(out, "%s=%02x:%02x:%02x:%02x:%02x:%02x,", name, mac[0],
                    mac[1], mac[2], mac[3], mac[4], mac[5]);
}

static void
format_addr(const char *name, const uint8_t *addr, bool v6,
            struct ofct_buf *out)
{
    struct ofct_ip_addr a;

    memset(&a, 0, sizeof a);
    memcpy(a.b, addr, v6 ? 16 : 4);
    ofct_buf_printf(out, "%s=", name);
    ofct_ip_addr_format(&a, v6 ? 6 : 4, out);
    ofct_buf_putc(out, ',');
}

/* Opens "set(KEY(", or returns false if no field of 'bits' changed. */
static bool
set_open(const struct pipe_set *s, uint32_t bits, const char *key,
         struct ofct_buf *out)
{
    if (!(s->fields & bits)) {
        return false;
    }
    ofct_buf_printf(out, "set(%s(", key);
    return true;
}

static void
set_close(struct ofct_buf *out)
{
    ofct_buf_chomp(out, ',');
    ofct_buf_puts(out, ")),");
}

/* OVS's commit: Ethernet, then IP, then the transport ports, each with
 * only the fields that changed. */
static void
format_set(const struct pipe_set *s, struct ofct_buf *out)
{
    const char *l4 = s->nw_proto == IPPROTO_TCP_ ? "tcp" : "udp";

    if (set_open(s, HDR_ETH_SRC | HDR_ETH_DST, "eth", out)) {
        if (s->fields & HDR_ETH_SRC) {
            format_mac("src", s->eth_src, out);
        }
        if (s->fields & HDR_ETH_DST) {
            format_mac("dst", s->eth_dst, out);
        }
        set_close(out);
    }
    if (set_open(s, HDR_IP_SRC | HDR_IP_DST | HDR_IP_TOS | HDR_IP_TTL
                 | HDR_IPV6_LABEL, s->ipv6 ? "ipv6" : "ipv4", out)) {
        if (s->fields & HDR_IP_SRC) {
            format_addr("src", s->ip_src, s->ipv6, out);
        }
        if (s->fields & HDR_IP_DST) {
            format_addr("dst", s->ip_dst, s->ipv6, out);
        }
        if (s->fields & HDR_IPV6_LABEL) {
            ofct_buf_printf(out, "label=%#"PRIx32",", s->label);
        }
        if (s->fields & HDR_IP_TOS) {
            ofct_buf_printf(out, "%s=%#x,", s->ipv6 ? "tclass" : "tos",
                            s->tos);
        }
        if (s->fields & HDR_IP_TTL) {
            ofct_buf_printf(out, "%s=%u,", s->ipv6 ? "hlimit" : "ttl",
                            s->ttl);
        }
        set_close(out);
    }
    if (set_open(s, HDR_TP_SRC | HDR_TP_DST, l4, out)) {
        if (s->fields & HDR_TP_SRC) {
            ofct_buf_printf(out, "src=%u,", s->tp_src);
        }
        if (s->fields & HDR_TP_DST) {
            ofct_buf_printf(out, "dst=%u,", s->tp_dst);
        }
        set_close(out);
    }
}

static void
format_dp_actions(const struct pipe_pass *pass, struct ofct_buf *out)
{
    size_t start = out->size;

    for (size_t i = 0; i < pass->n_actions; i++) {
        const struct pipe_dp_action *a = &pass->actions[i];

        switch (a->type) {
        case DP_OUTPUT:
            ofct_buf_printf(out, "%"PRIu32",",
                            odp_port(pass->trace->opts, a->port));
            break;
        case DP_CONTROLLER:
            break;
        case DP_SET:
            format_set(&a->set, out);
            break;
        case DP_CT:
            odp_ct_format(&a->ct.odp, out);
            ofct_buf_putc(out, ',');
            break;
        case DP_CT_CLEAR:
            ofct_buf_puts(out, "ct_clear,");
            break;
        case DP_RECIRC:
            ofct_buf_printf(out, "recirc(%#"PRIx32"),", a->frozen.recirc_id);
            break;
        }
    }
    if (out->size == start) {
        ofct_buf_puts(out, "drop");
    }
    ofct_buf_chomp(out, ',');
}

/* ------------------------------------------------------------------ */
/* Passes. */

void
pipe_trace_begin(struct pipe_pass *pass, const struct pipe_frozen *frozen)
{
    struct trace_list *root;
    struct trace_node *bridge, *thaw;
    const char *name;

    pass->initial = pass->flow;
    if (!pass->trace) {
        return;
    }
    root = xzalloc(sizeof *root);
    name = pass->trace->opts->bridge ? pass->trace->opts->bridge : "br0";
    bridge = node_add(root, TRACE_BRIDGE, xasprintf("bridge(\"%s\")", name));
    pass->trace_root = root;
    pass->trace_cur = &bridge->subs;
    if (frozen) {
        thaw = node_add(&bridge->subs, TRACE_THAW, xstrdup("thaw"));
        node_add(&thaw->subs, TRACE_THAW,
                 xasprintf("Resuming from table %u", frozen->table_id));
    }
}

void
pipe_trace_end(struct pipe_pass *pass)
{
    struct pipe_trace *t = pass->trace;
    struct trace_list *root = pass->trace_root;
    uint32_t recirc_id = pass->frozen.recirc_id;

    if (!t) {
        return;
    }
    ofct_buf_puts(t->out, "Flow: ");
    format_flow(&pass->initial, recirc_id, t->out);
    ofct_buf_putc(t->out, '\n');
    list_print(root, 0, t->out);
    ofct_buf_puts(t->out, "\nFinal flow: ");
    if (!memcmp(&pass->initial, &pass->flow, sizeof pass->flow)) {
        ofct_buf_puts(t->out, "unchanged");
    } else {
        format_flow(&pass->flow, recirc_id, t->out);
    }
    ofct_buf_puts(t->out, "\nDatapath actions: ");
    format_dp_actions(pass, t->out);
    ofct_buf_putc(t->out, '\n');
    if (pass->error != XL_OK) {
        ofct_buf_printf(t->out, "Translation failed (%s), packet is "
                        "dropped.\n", pass->error == XL_RECURSION_TOO_DEEP
                        ? "Recursion too deep" : "Too many resubmits");
    }
    list_free(root);
    free(root);
    pass->trace_root = pass->trace_cur = NULL;
}

uint32_t
pipe_trace_recirc_id(struct pipe_pass *pass, const struct pipe_frozen *fz)
{
    struct ofct_recirc_state st;
    uint32_t id = 0;

    if (!pass->trace) {
        return 0;
    }
    memset(&st, 0, sizeof st);
    st.table_id = fz->table_id;
    st.conntracked = true;
    st.in_port = match_be16(fz->in_port);
    st.metadata = get_be64(fz->metadata);
    for (int i = 0; i < 16; i++) {
        st.regs[i] = get_be32(fz->regs[i]);
    }
    ofct_recirc_table_get_id(pass->trace->recirc, &st, &id, NULL);
    return id;
}

bool
pipe_trace_ct_next(struct pipe_pass *pass, uint8_t *state)
{
    struct pipe_trace *t = pass->trace;

    if (!t || t->next_ct >= t->opts->n_ct_next) {
        return false;
    }
    *state = t->opts->ct_next[t->next_ct++];
    return true;
}

bool
pipe_trace_defer(struct pipe_pass *parent, struct pipe_pass *pass,
                 unsigned int depth)
{
    struct pipe_trace *t = parent->trace;

    if (!t) {
        return false;
    }
    pass->trace = t;
    if (t->n_queued >= TRACE_MAX_PASSES) {
        pipe_result_error(parent->res, "over %d recirculations traced",
                          TRACE_MAX_PASSES);
        pipe_pass_destroy(pass);
        return true;
    }
    t->queue = xrealloc(t->queue, (t->n_queued + 1) * sizeof *t->queue);
    t->queue[t->n_queued].pass = pass;
    t->queue[t->n_queued].depth = depth;
    t->n_queued++;
    return true;
}

/* ------------------------------------------------------------------ */
/* The trace. */

/* "nw_src=10.1.1.1,tp_src=80,nw_dst=...,tp_dst=..." (IPv6: "ipv6_src=[...]"),
 * nothing without an address family. */
static void
format_nat_sim(const struct pipe_nat_sim *sim, int i, struct ofct_buf *out)
{
    struct ofct_ip_addr src, dst;
    bool v6 = sim->family == 6;

    if (sim->family) {
        memset(&src, 0, sizeof src);
        memset(&dst, 0, sizeof dst);
        memcpy(src.b, sim->src[i], v6 ? 16 : 4);
        memcpy(dst.b, sim->dst[i], v6 ? 16 : 4);
        ofct_buf_puts(out, v6 ? "ipv6_src=[" : "nw_src=");
        ofct_ip_addr_format(&src, sim->family, out);
        ofct_buf_printf(out, "%s,tp_src=%u,%s", v6 ? "]" : "", sim->sport[i],
                        v6 ? "ipv6_dst=[" : "nw_dst=");
        ofct_ip_addr_format(&dst, sim->family, out);
        ofct_buf_printf(out, "%s,tp_dst=%u", v6 ? "]" : "", sim->dport[i]);
    }
    ofct_buf_putc(out, '\n');
}

static void
print_banner(struct pipe_trace *t, const struct pipe_pass *pass)
{
    const struct pipe_nat_sim *sim = &pass->pkt.nat_sim;
    struct ofct_buf *out = t->out;

    ofct_buf_puts(out, "\n");
    memset(ofct_buf_put_uninit(out, 79), '=', 79);
    ofct_buf_printf(out, "\nrecirc(%#"PRIx32") - resume conntrack with "
                    "ct_state=", pass->frozen.recirc_id);
    ofct_ct_state_format(pass->pkt.ct.state, out);
    ofct_buf_putc(out, '\n');
    if (sim->present) {
        ofct_buf_puts(out, "Replacing src/dst IP/ports to simulate NAT:\n"
                      " Initial flow: ");
        format_nat_sim(sim, 0, out);
        ofct_buf_puts(out, " Modified flow: ");
        format_nat_sim(sim, 1, out);
    }
    memset(ofct_buf_put_uninit(out, 79), '=', 79);
    ofct_buf_puts(out, "\n\n");
}

/* Parses 'text' as a flow's match, the fields of the packet to trace. */
static int
parse_trace_flow(const char *text, union cls_flow *flow,
                 struct ofct_error *err)
{
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    char *s = xasprintf("%s,actions=drop", text);
    uint32_t usable;
    int retval;

    retval = ofct_flow_mod_parse(fm, s, &usable, err);
    if (!retval) {
        memset(flow, 0, sizeof *flow);
        flow->f = fm->match.flow;
    }
    free(s);
    ofct_flow_mod_free(fm);
    return retval;
}

static int
trace_first(struct pipe_trace *t, struct ofct_pipeline *p,
            struct ofct_pipeline_result *res, const union cls_flow *flow,
            int64_t now_ms, struct ofct_error *err)
{
    struct pipe_pass *pass = pipe_pass_create();
    int retval;

    pipe_pass_start(pass, p, res, now_ms, err);
    pass->trace = t;
    pipe_compose(flow, &pass->pkt.frame);
    pass->pkt.link = OFCT_LINK_ETHERNET;
    pipe_pkt_extract(&pass->pkt);
    /* The packet's fields are the flow's, metadata included. */
    pass->pkt.flow = *flow;
    pass->flow = *flow;
    pass->bytes = pass->pkt.frame.size;
    if (!p->started) {
        p->started = true;
        p->start_ms = now_ms;
    }
    pipe_xlate(pass, 0, NULL);
    retval = pipe_execute_pass(pass, 0);
    pipe_pass_destroy(pass);
    return retval;
}

/* Runs the recirculation queued at 'i'.  The entry is copied out and
 * cleared first: running it may queue more (pipe_trace_defer()), which
 * reallocates t->queue, so no pointer into it may live across the run. */
static int
trace_deferred(struct pipe_trace *t, size_t i)
{
    struct trace_deferred d = t->queue[i];
    int retval;

    t->queue[i].pass = NULL;
    print_banner(t, d.pass);
    pipe_resume_xlate(d.pass, &d.pass->frozen);
    retval = pipe_execute_pass(d.pass, d.depth);
    pipe_pass_destroy(d.pass);
    return retval;
}

int
ofct_pipeline_trace(struct ofct_pipeline *p, const char *flow_text,
                    const struct ofct_trace_options *opts, int64_t now_ms,
                    struct ofct_buf *out, struct ofct_error *err)
{
    static const struct ofct_trace_options no_opts;
    struct ofct_pipeline_result *res = ofct_pipeline_result_create();
    struct pipe_trace t;
    union cls_flow flow;
    int retval;

    ofct_error_clear(err);
    memset(&t, 0, sizeof t);
    t.opts = opts ? opts : &no_opts;
    t.out = out;
    t.recirc = ofct_recirc_table_new(0);
    retval = parse_trace_flow(flow_text, &flow, err);
    if (!retval) {
        retval = trace_first(&t, p, res, &flow, now_ms, err);
    }
    for (t.head = 0; t.head < t.n_queued; t.head++) {
        if (!retval) {
            retval = trace_deferred(&t, t.head);
        } else {
            pipe_pass_destroy(t.queue[t.head].pass);
        }
    }
    free(t.queue);
    ofct_recirc_table_free(t.recirc);
    ofct_pipeline_result_destroy(res);
    ofct_buf_cstr(out);
    return retval;
}

int
ofct_ct_state_parse(const char *s, uint32_t *state, struct ofct_error *err)
{
    static const char *const names[] = {
        "new", "est", "rel", "rpl", "inv", "trk", "snat", "dnat",
    };
    const char *p = s;

    *state = 0;
    while (*p) {
        size_t n = strcspn(p, ",|+ ");
        size_t i;

        for (i = 0; i < sizeof names / sizeof *names; i++) {
            if (strlen(names[i]) == n && !strncmp(p, names[i], n)) {
                break;
            }
        }
        if (n && i == sizeof names / sizeof *names) {
            return ofct_error_set(err, OFCT_OK, "%s: unknown ct_state flag "
                                  "\"%.*s\" (new, est, rel, rpl, inv, trk, "
                                  "snat, dnat)", s, (int) n, p);
        }
        if (n) {
            *state |= 1u << i;
        }
        p += n + (p[n] != '\0');
    }
    return 0;
}
