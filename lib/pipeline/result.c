/* What happened to one packet: the flows it hit, where it went, and the
 * one-line forms of a result and of a frame that replays print. */
#include <config.h>

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

struct ofct_pipeline_result *
ofct_pipeline_result_create(void)
{
    struct ofct_pipeline_result *r = xzalloc(sizeof *r);

    ofct_buf_init(&r->frames);
    return r;
}

void
ofct_pipeline_result_destroy(struct ofct_pipeline_result *r)
{
    if (r) {
        free(r->outputs);
        ofct_buf_uninit(&r->frames);
        free(r);
    }
}

void
pipe_result_clear(struct ofct_pipeline_result *r)
{
    r->n_events = 0;
    r->events_truncated = false;
    r->n_outputs = 0;
    ofct_buf_clear(&r->frames);
    r->has_error = false;
    r->error[0] = '\0';
}

void
pipe_result_event(struct ofct_pipeline_result *r, enum pipe_event_type type,
                  uint8_t table_id, unsigned long name, uint8_t ct_state)
{
    struct pipe_event *e;

    if (r->n_events >= PIPE_MAX_EVENTS) {
        r->events_truncated = true;
        return;
    }
    e = &r->events[r->n_events++];
    e->type = type;
    e->table_id = table_id;
    e->name = name;
    e->ct_state = ct_state;
}

void
pipe_result_output(struct ofct_pipeline_result *r, uint16_t port,
                   const struct ofct_buf *frame, bool keep)
{
    struct pipe_output *o;

    if (r->n_outputs >= PIPE_MAX_OUTPUTS) {
        pipe_result_error(r, "over %d outputs", PIPE_MAX_OUTPUTS);
        return;
    }
    if (r->n_outputs >= r->allocated_outputs) {
        r->allocated_outputs = r->allocated_outputs
                               ? 2 * r->allocated_outputs : 8;
        r->outputs = xrealloc(r->outputs,
                              r->allocated_outputs * sizeof *r->outputs);
    }
    o = &r->outputs[r->n_outputs++];
    o->port = port;
    o->ofs = r->frames.size;
    o->size = keep ? frame->size : 0;
    if (keep) {
        ofct_buf_put(&r->frames, frame->data, frame->size);
    }
}

void
pipe_result_error(struct ofct_pipeline_result *r, const char *fmt, ...)
{
    va_list args;

    /* The first reason is the one that matters. */
    if (r->has_error) {
        return;
    }
    r->has_error = true;
    va_start(args, fmt);
    vsnprintf(r->error, sizeof r->error, fmt, args);
    va_end(args);
}

size_t
ofct_pipeline_result_n_outputs(const struct ofct_pipeline_result *r)
{
    return r->n_outputs;
}

uint16_t
ofct_pipeline_result_output(const struct ofct_pipeline_result *r, size_t i,
                            const uint8_t **data, size_t *size)
{
    const struct pipe_output *o = &r->outputs[i];

    if (data) {
        *data = r->frames.data ? r->frames.data + o->ofs : NULL;
    }
    if (size) {
        *size = o->size;
    }
    return o->port;
}

const char *
ofct_pipeline_result_error(const struct ofct_pipeline_result *r)
{
    return r->has_error ? r->error : NULL;
}

static void
format_event(const struct pipe_event *e, struct ofct_buf *out)
{
    switch ((enum pipe_event_type) e->type) {
    case EV_RULE:
        ofct_buf_printf(out, "%u:%lu", e->table_id, e->name);
        break;
    case EV_MISS:
        ofct_buf_printf(out, "%u:miss", e->table_id);
        break;
    case EV_CT:
        ofct_buf_puts(out, "ct(");
        ofct_ct_state_format(e->ct_state, out);
        ofct_buf_putc(out, ')');
        break;
    }
}

void
ofct_pipeline_result_format(const struct ofct_pipeline_result *r,
                            struct ofct_buf *out)
{
    for (size_t i = 0; i < r->n_events; i++) {
        format_event(&r->events[i], out);
        ofct_buf_putc(out, ' ');
    }
    if (r->events_truncated) {
        ofct_buf_puts(out, "... ");
    }
    ofct_buf_puts(out, "->");
    for (size_t i = 0; i < r->n_outputs; i++) {
        ofct_buf_putc(out, i ? ',' : ' ');
        ofp_format_port(r->outputs[i].port, out);
    }
    if (!r->n_outputs) {
        ofct_buf_puts(out, " drop");
    }
    if (r->has_error) {
        ofct_buf_printf(out, " (%s)", r->error);
    }
    ofct_buf_cstr(out);
}

/* Frame summaries. */

static void
format_tcp_flags(uint16_t flags, struct ofct_buf *out)
{
    /* tcpdump's letters and order; '.' is ACK. */
    static const struct {
        uint16_t bit;
        char c;
    } names[] = {
        { OFCT_TCP_FIN, 'F' }, { OFCT_TCP_SYN, 'S' }, { OFCT_TCP_RST, 'R' },
        { OFCT_TCP_PSH, 'P' }, { OFCT_TCP_ACK, '.' }, { OFCT_TCP_URG, 'U' },
    };

    ofct_buf_puts(out, " [");
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (flags & names[i].bit) {
            ofct_buf_putc(out, names[i].c);
        }
    }
    ofct_buf_putc(out, ']');
}

/* "10.1.1.1:80" or "[fd00::1]:80". */
static void
format_endpoint(const struct ofct_flow_key *key, const struct ofct_ip_addr *a,
                uint16_t port, bool with_port, struct ofct_buf *out)
{
    bool v6 = key->dl_type == OFCT_ETH_TYPE_IPV6;

    if (with_port && v6) {
        ofct_buf_putc(out, '[');
    }
    ofct_ip_addr_format(a, v6 ? 6 : 4, out);
    if (with_port) {
        ofct_buf_printf(out, "%s:%u", v6 ? "]" : "", port);
    }
}

static void
summarize_ip(const struct ofct_flow_key *key, struct ofct_buf *out)
{
    bool v6 = key->dl_type == OFCT_ETH_TYPE_IPV6;
    bool later = key->nw_frag & OFCT_FRAG_LATER;
    bool ports = !later && (key->nw_proto == IPPROTO_TCP_
                            || key->nw_proto == IPPROTO_UDP_);
    uint32_t payload = key->l7_ofs ? key->l4_ofs + key->l4_len - key->l7_ofs
                                   : 0;

    switch (key->nw_proto) {
    case IPPROTO_TCP_:
        ofct_buf_puts(out, v6 ? "tcp6 " : "tcp ");
        break;
    case IPPROTO_UDP_:
        ofct_buf_puts(out, v6 ? "udp6 " : "udp ");
        break;
    case IPPROTO_ICMP_:
        ofct_buf_puts(out, "icmp ");
        break;
    case IPPROTO_ICMPV6_:
        ofct_buf_puts(out, "icmp6 ");
        break;
    default:
        ofct_buf_puts(out, v6 ? "ipv6 " : "ip ");
        break;
    }
    format_endpoint(key, &key->nw_src, key->tp_src, ports, out);
    ofct_buf_puts(out, " > ");
    format_endpoint(key, &key->nw_dst, key->tp_dst, ports, out);
    if (later) {
        ofct_buf_puts(out, " fragment");
    } else if (key->nw_proto == IPPROTO_TCP_) {
        format_tcp_flags(key->tcp_flags, out);
    } else if (key->nw_proto == IPPROTO_ICMP_
               || key->nw_proto == IPPROTO_ICMPV6_) {
        ofct_buf_printf(out, " type %u code %u", key->tp_src, key->tp_dst);
    } else if (key->nw_proto != IPPROTO_UDP_) {
        ofct_buf_printf(out, " proto %u", key->nw_proto);
    }
    if (ports && payload) {
        ofct_buf_printf(out, " len %"PRIu32, payload);
    }
}

static void
summarize_arp(const uint8_t *arp, size_t len, struct ofct_buf *out)
{
    struct ofct_ip_addr spa, tpa;

    if (len < 28 || get_be16(arp + 2) != ETH_TYPE_IP || arp[4] != 6
        || arp[5] != 4) {
        ofct_buf_puts(out, "arp");
        return;
    }
    memset(&spa, 0, sizeof spa);
    memset(&tpa, 0, sizeof tpa);
    memcpy(spa.b, arp + 14, 4);
    memcpy(tpa.b, arp + 24, 4);
    if (get_be16(arp + 6) == 1) {
        ofct_buf_puts(out, "arp who-has ");
        ofct_ip_addr_format(&tpa, 4, out);
        ofct_buf_puts(out, " tell ");
        ofct_ip_addr_format(&spa, 4, out);
    } else if (get_be16(arp + 6) == 2) {
        ofct_buf_puts(out, "arp reply ");
        ofct_ip_addr_format(&spa, 4, out);
        ofct_buf_printf(out, " is-at %02x:%02x:%02x:%02x:%02x:%02x",
                        arp[8], arp[9], arp[10], arp[11], arp[12], arp[13]);
    } else {
        ofct_buf_printf(out, "arp op %u", get_be16(arp + 6));
    }
}

void
ofct_frame_summary(enum ofct_link_type link, const uint8_t *data,
                   size_t size, struct ofct_buf *out)
{
    struct ofct_flow_key key;
    enum ofct_pkt_status status;

    status = ofct_frame_parse(link ? link : OFCT_LINK_ETHERNET, data, size,
                              NULL, &key, NULL);
    if (key.l3_ofs) {
        summarize_ip(&key, out);
    } else if (key.dl_type == ETH_TYPE_ARP
               && (!link || link == OFCT_LINK_ETHERNET)) {
        size_t l3 = 14 + 4 * key.n_vlans;

        summarize_arp(data + l3, size > l3 ? size - l3 : 0, out);
    } else {
        ofct_buf_printf(out, "eth type 0x%04x", key.dl_type);
    }
    if (status != OFCT_PKT_OK && status != OFCT_PKT_NOT_IP) {
        ofct_buf_printf(out, " (%s)", ofct_pkt_status_to_string(status));
    }
    ofct_buf_cstr(out);
}
