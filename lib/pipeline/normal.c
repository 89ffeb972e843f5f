/* NORMAL: the switch as an L2 learning switch over its ports, and FLOOD
 * and ALL.  As Open vSwitch's NORMAL: the source MAC is learned on the
 * input port (per VLAN), a frame to a learned unicast MAC goes to its
 * port, any other is flooded to every port but the input port.  Entries
 * age out (300 s by default) and the table is bounded (2048 by default),
 * evicting the least recently learned entry when full. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

struct mac_entry {
    struct mac_entry *next;
    uint8_t mac[6];
    uint16_t vlan;
    uint16_t port;
    int64_t learned_ms;
};

void
mac_table_init(struct mac_table *t, uint32_t max, uint32_t aging_s)
{
    memset(t, 0, sizeof *t);
    t->max = max;
    t->aging_ms = (int64_t) aging_s * 1000;
    t->n_buckets = 64;
    t->buckets = xzalloc(t->n_buckets * sizeof *t->buckets);
}

void
mac_table_destroy(struct mac_table *t)
{
    for (size_t i = 0; i < t->n_buckets; i++) {
        struct mac_entry *e, *next;

        for (e = t->buckets[i]; e; e = next) {
            next = e->next;
            free(e);
        }
    }
    free(t->buckets);
}

static size_t
mac_hash(const uint8_t mac[6], uint16_t vlan)
{
    uint64_t h = vlan;

    for (int i = 0; i < 6; i++) {
        h = (h << 8) | mac[i];
    }
    h *= 0x9e3779b97f4a7c15ULL;
    return h >> 32;
}

static struct mac_entry **
mac_find(struct mac_table *t, const uint8_t mac[6], uint16_t vlan)
{
    struct mac_entry **e = &t->buckets[mac_hash(mac, vlan)
                                       & (t->n_buckets - 1)];

    for (; *e; e = &(*e)->next) {
        if ((*e)->vlan == vlan && !memcmp((*e)->mac, mac, 6)) {
            break;
        }
    }
    return e;
}

static void
mac_remove(struct mac_table *t, struct mac_entry **e)
{
    struct mac_entry *gone = *e;

    *e = gone->next;
    free(gone);
    t->n--;
}

/* Evicts the entry learned longest ago.  Only a full table pays for the
 * scan. */
static void
mac_evict(struct mac_table *t)
{
    struct mac_entry **oldest = NULL;

    for (size_t i = 0; i < t->n_buckets; i++) {
        for (struct mac_entry **e = &t->buckets[i]; *e; e = &(*e)->next) {
            if (!oldest || (*e)->learned_ms < (*oldest)->learned_ms) {
                oldest = e;
            }
        }
    }
    if (oldest) {
        mac_remove(t, oldest);
    }
}

static void
mac_grow(struct mac_table *t)
{
    size_t n = t->n_buckets * 2;
    struct mac_entry **buckets = xzalloc(n * sizeof *buckets);

    for (size_t i = 0; i < t->n_buckets; i++) {
        struct mac_entry *e, *next;

        for (e = t->buckets[i]; e; e = next) {
            next = e->next;
            e->next = buckets[mac_hash(e->mac, e->vlan) & (n - 1)];
            buckets[mac_hash(e->mac, e->vlan) & (n - 1)] = e;
        }
    }
    free(t->buckets);
    t->buckets = buckets;
    t->n_buckets = n;
}

static void
mac_learn(struct mac_table *t, const uint8_t mac[6], uint16_t vlan,
          uint16_t port, int64_t now)
{
    struct mac_entry **e = mac_find(t, mac, vlan);

    if (!*e) {
        if (t->n >= t->max) {
            mac_evict(t);
        }
        if (t->n >= t->n_buckets) {
            mac_grow(t);
        }
        e = mac_find(t, mac, vlan);
        *e = xzalloc(sizeof **e);
        memcpy((*e)->mac, mac, 6);
        (*e)->vlan = vlan;
        t->n++;
    }
    (*e)->port = port;
    (*e)->learned_ms = now;
}

/* The port of 'mac' in 'vlan', or 0 if it was never learned or aged
 * out. */
static uint16_t
mac_lookup(struct mac_table *t, const uint8_t mac[6], uint16_t vlan,
           int64_t now)
{
    struct mac_entry **e = mac_find(t, mac, vlan);

    if (!*e) {
        return 0;
    }
    if (now - (*e)->learned_ms >= t->aging_ms) {
        mac_remove(t, e);
        return 0;
    }
    return (*e)->port;
}

void
pipe_xlate_flood(struct pipe_pass *pass, bool all)
{
    const struct ofct_pipeline *p = pass->p;
    uint16_t in_port = match_be16(pass->flow.f.in_port);

    /* FLOOD and ALL differ by ports configured not to flood, which ofct's
     * switch does not have.  OVS's order is that of its hash tables;
     * ofct's is LOCAL (which is OVS's first in small bridges) then the
     * ports by number. */
    (void) all;
    if (in_port != OFPP_LOCAL && pipe_has_port(p, OFPP_LOCAL)) {
        pipe_xlate_output(pass, OFPP_LOCAL);
    }
    for (size_t i = 0; i < p->n_ports; i++) {
        if (p->ports[i] != in_port && p->ports[i] != OFPP_LOCAL) {
            pipe_xlate_output(pass, p->ports[i]);
        }
    }
}

void
pipe_xlate_normal(struct pipe_pass *pass)
{
    const struct flow *f = &pass->flow.f;
    struct mac_table *t = &pass->p->macs;
    uint16_t in_port = match_be16(f->in_port);
    uint16_t tci = match_be16(f->vlan_tci);
    uint16_t vlan = tci & VLAN_CFI ? tci & VLAN_VID_MASK : 0;
    uint16_t port;

    /* A trace learns nothing, as in OVS. */
    if (!(f->dl_src[0] & 1) && !pass->trace) {
        mac_learn(t, f->dl_src, vlan, in_port, pass->now_ms);
    }
    port = f->dl_dst[0] & 1 ? 0 : mac_lookup(t, f->dl_dst, vlan,
                                             pass->now_ms);
    if (!port) {
        pipe_trace_node(pass, TRACE_DETAIL, "no learned MAC for "
                        "destination, flooding");
        pipe_xlate_flood(pass, false);
    } else if (port == in_port) {
        pipe_trace_node(pass, TRACE_DETAIL, "learned port is input port, "
                        "dropping");
    } else {
        pipe_trace_node(pass, TRACE_DETAIL, "forwarding to learned port");
        pipe_xlate_output(pass, port);
    }
}
