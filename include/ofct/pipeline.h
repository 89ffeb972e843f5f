/* ofct pipeline: OpenFlow flow tables that packets run through, as an Open
 * vSwitch bridge with a userspace datapath runs them.
 *
 * A pipeline holds up to 255 flow tables loaded from ovs-ofctl flow text,
 * a classifier that finds the highest-priority flow matching a packet, the
 * switch's ports and its MAC learning table (for NORMAL), and a
 * connection-tracking engine that ct actions go through.  Executing a
 * packet runs the actions of the flows it hits: output, resubmit,
 * goto_table, set_field/load/move (registers, metadata and packet
 * headers), ct with its nat (with ct(table=N) recirculating a copy of the
 * packet with its new ct_state), ct_clear; it counts packets and bytes
 * per flow.
 *
 * Every loop is bounded as in Open vSwitch: 64 nested resubmits, 4096
 * resubmits per packet, 6 nested recirculations; a packet that exceeds
 * one is dropped with the reason.  Time comes from the caller (packet
 * timestamps), so that a replay is deterministic.
 *
 * A pipeline is not thread-safe: one thread at a time. */
#ifndef OFCT_PIPELINE_H
#define OFCT_PIPELINE_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/conntrack.h"
#include "ofct/packet.h"
#include "ofct/util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Reserved OpenFlow ports, with OpenFlow 1.0 numbers as ovs-ofctl uses. */
#define OFCT_PORT_MAX        0xff00     /* Numbered ports are below. */
#define OFCT_PORT_IN_PORT    0xfff8
#define OFCT_PORT_NORMAL     0xfffa
#define OFCT_PORT_FLOOD      0xfffb
#define OFCT_PORT_ALL        0xfffc
#define OFCT_PORT_CONTROLLER 0xfffd
#define OFCT_PORT_LOCAL      0xfffe
#define OFCT_PORT_NONE       0xffff

/* Parses an OpenFlow port: a number from 1 to 0xfeff or a reserved name
 * (LOCAL, CONTROLLER, ...).  Returns 0, or -1 if 's' is not a port. */
int ofct_port_from_string(const char *s, uint16_t *port);
/* Appends "2" or "LOCAL". */
void ofct_port_format(uint16_t port, struct ofct_buf *);

struct ofct_pipeline_config {
    /* The engine that ct actions use, not owned; NULL: the pipeline makes
     * one with the default configuration and owns it. */
    struct ofct_conntrack *ct;
    /* The OpenFlow protocols (OFCT_P_* of ofct/flow.h) over which flows
     * are installed, as ovs-ofctl's -O and -F allow them: a flow file is
     * encoded in the protocol ovs-ofctl would choose and decoded back, so
     * that flows print as a switch reports them.  0: OpenFlow 1.0 with any
     * flow format, ovs-ofctl's default. */
    uint32_t protocols;
    uint32_t max_flows;             /* 0: 1,000,000. */
    uint32_t max_macs;              /* MAC table size; 0: 2048 as OVS. */
    uint32_t mac_aging_s;           /* 0: 300 seconds, as OVS. */
    bool keep_frames;               /* Keep each output's frame in the
                                     * result (for writing captures). */
};

struct ofct_pipeline;

/* Creates an empty pipeline; 'cfg' may be NULL for the defaults. */
struct ofct_pipeline *ofct_pipeline_create(const struct ofct_pipeline_config
                                           *cfg);
void ofct_pipeline_destroy(struct ofct_pipeline *);
/* The engine that ct actions use. */
struct ofct_conntrack *ofct_pipeline_conntrack(const struct ofct_pipeline *);

/* Adds one flow in ovs-ofctl add-flow syntax, as a switch installs it
 * (encoded and decoded in the pipeline's protocol when the flow can use
 * it).  The early syntax of Open vSwitch's conntrack is accepted and
 * normalized: "conn_state" for ct_state, and "recirc" inside ct() for
 * "table=" the flow's own table.  A flow with the same table, match and
 * priority as an existing one replaces it, as in Open vSwitch.  Returns 0,
 * or -1 with 'err' (ovs-ofctl's message for bad text). */
int ofct_pipeline_add_flow(struct ofct_pipeline *, const char *text,
                           struct ofct_error *err);
/* Adds every flow of the file 'file_name' ("-" for standard input), one
 * per line, '#' comments and empty lines skipped, as ovs-ofctl add-flows
 * does: one protocol for the whole file.  Flows are named by their line
 * number.  On error nothing is added and 'err' names the file and line. */
int ofct_pipeline_add_flow_file(struct ofct_pipeline *,
                                const char *file_name,
                                struct ofct_error *err);
size_t ofct_pipeline_n_flows(const struct ofct_pipeline *);

/* Adds switch port 'port' (1 to 0xfeff, or LOCAL), which NORMAL, FLOOD
 * and ALL may send to.  Ports named by the flows (in_port matches, output
 * actions) are added by ofct_pipeline_add_flow() itself. */
int ofct_pipeline_add_port(struct ofct_pipeline *, uint16_t port,
                           struct ofct_error *err);

/* A packet that the switch receives. */
struct ofct_pipeline_packet {
    const uint8_t *data;
    uint32_t size;
    enum ofct_link_type link;       /* 0: Ethernet. */
    uint16_t in_port;
    int64_t time_ms;                /* The clock: the packet's timestamp. */
};

/* What happened to one packet: where it went and why.  Reused from packet
 * to packet. */
struct ofct_pipeline_result;

struct ofct_pipeline_result *ofct_pipeline_result_create(void);
void ofct_pipeline_result_destroy(struct ofct_pipeline_result *);

/* Runs 'pkt' through the pipeline from table 0 and fills 'result'.  A
 * packet that OVS would drop for a broken loop (too deep, too many
 * resubmits or recirculations) is not an error: the result says why.
 * Returns -1 with 'err' only for a ct action that the conntrack engine
 * refuses; the packet is then dropped. */
int ofct_pipeline_execute(struct ofct_pipeline *,
                          const struct ofct_pipeline_packet *pkt,
                          struct ofct_pipeline_result *result,
                          struct ofct_error *err);

/* The outputs of the last execution, in order: port 'i' (a numbered port,
 * LOCAL or CONTROLLER) and, with keep_frames, the frame as it left. */
size_t ofct_pipeline_result_n_outputs(const struct ofct_pipeline_result *);
uint16_t ofct_pipeline_result_output(const struct ofct_pipeline_result *,
                                     size_t i, const uint8_t **data,
                                     size_t *size);
/* Why the packet was dropped short of its actions (a broken loop), or
 * NULL. */
const char *ofct_pipeline_result_error(const struct ofct_pipeline_result *);
/* Appends the packet's path and verdict on one line, without newline:
 * each flow it hit as TABLE:FLOW (FLOW is the flow's line in its file, or
 * its number in order of addition), "TABLE:miss" where no flow matched,
 * "ct(STATE)" after each ct that recirculates, then "-> 1,2" (ports),
 * "-> drop", or "-> drop (REASON)":
 *
 *   0:5 ct(new|rel|trk) 0:7 -> 1
 */
void ofct_pipeline_result_format(const struct ofct_pipeline_result *,
                                 struct ofct_buf *);

/* Appends a one-line summary of a frame, as a capture tool lists it:
 * "tcp 10.1.1.1:40000 > 10.1.1.2:21 [S]", "arp who-has 10.1.1.2 tell
 * 10.1.1.1", "ipv6 fd00::1 > fd00::2 proto 50". */
void ofct_frame_summary(enum ofct_link_type, const uint8_t *data,
                        size_t size, struct ofct_buf *);

/* Appends the flows as "ovs-ofctl dump-flows" prints them, one per line:
 * cookie, duration, table, n_packets, n_bytes, idle_age, the match and the
 * actions.  Durations and ages are measured at 'now_ms' from the first
 * packet the pipeline executed (flows are installed before traffic).
 * Flows are in table order, then by decreasing priority, then in order of
 * addition. */
void ofct_pipeline_dump_flows(const struct ofct_pipeline *, int64_t now_ms,
                              struct ofct_buf *);

/* Tracing, as "ovs-appctl ofproto/trace" explains a packet's path. */
struct ofct_trace_options {
    /* ct_state (OFCT_CS_* bits) that each ct(table=N), in the order the
     * trace meets them, hands to the next table, as OVS's --ct-next; past
     * the last one (or with none), the pipeline's engine decides. */
    const uint32_t *ct_next;
    size_t n_ct_next;
    /* Datapath port numbers of OpenFlow ports, for the "Datapath actions"
     * lines; a port without one is shown with its OpenFlow number. */
    const uint16_t *odp_map_ofp;
    const uint32_t *odp_map_odp;
    size_t n_odp_map;
    const char *bridge;             /* Name in headings; NULL: "br0". */
};

/* Traces a packet described by 'flow' in ovs-ofctl match syntax
 * ("in_port=1,tcp,nw_src=10.1.1.1,tp_dst=21,tcp_flags=+syn"): builds the
 * frame, runs it through the pipeline at time 'now_ms' (it changes the
 * engine, counters and MAC table as a real packet would) and appends the
 * explanation in ofproto/trace's layout: "Flow:", the bridge and each
 * table with the actions it ran, "Final flow:" and "Datapath actions:"
 * (in Open vSwitch's datapath action syntax), then the same for each
 * recirculation.  Returns 0, or -1 with 'err' for a flow that does not
 * parse or a table that ofct cannot run. */
int ofct_pipeline_trace(struct ofct_pipeline *, const char *flow,
                        const struct ofct_trace_options *, int64_t now_ms,
                        struct ofct_buf *out, struct ofct_error *err);

/* Parses a ct_state for --ct-next: flags separated by commas, '|' or
 * '+' ("trk,est", "+trk+est", "est|trk").  Returns 0, or -1 with 'err'. */
int ofct_ct_state_parse(const char *s, uint32_t *state,
                        struct ofct_error *err);

#ifdef __cplusplus
}
#endif

#endif /* ofct/pipeline.h */
