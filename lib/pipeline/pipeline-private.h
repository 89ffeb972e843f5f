/* The pipeline's internals, shared by the files of lib/pipeline/.
 *
 * A packet goes through the pipeline as through an Open vSwitch bridge
 * with a userspace datapath, in passes.  A pass first translates: it looks
 * the packet's fields up in the flow tables and runs the actions of the
 * flows it hits on a working copy of the fields (xlate.c, xlate-ct.c,
 * normal.c), which yields a list of datapath actions (output, header
 * rewrites, ct, recirculation).  Then the list executes on the packet
 * (execute.c): ct goes through the conntrack engine, and a recirculation
 * starts a new pass with the packet's new connection state.  As in OVS, a
 * pass whose translation fails (a loop too deep) executes nothing, and
 * fields that ct sets are only seen after a recirculation. */
#ifndef OFCT_LIB_PIPELINE_PRIVATE_H
#define OFCT_LIB_PIPELINE_PRIVATE_H 1

#include <stdbool.h>
#include <stdint.h>

#include "datapath/odp-ct.h"
#include "ofct/pipeline.h"
#include "openflow/flow-mod.h"
#include "pipeline/classifier.h"

#define OFCT_STRINGIFY(X) OFCT_STRINGIFY__(X)
#define OFCT_STRINGIFY__(X) #X

#define PIPE_N_TABLES 255               /* Tables 0 to 254, as OVS. */
#define PIPE_MAX_DEPTH 64               /* OVS's MAX_DEPTH. */
#define PIPE_MAX_RESUBMITS 4096         /* OVS's MAX_RESUBMITS. */
#define PIPE_MAX_RECIRC_DEPTH 6         /* dpif-netdev's MAX_RECIRC_DEPTH. */
#define PIPE_MAX_DP_ACTIONS 8192        /* Datapath actions per pass: OVS
                                         * stops at 64 kB of them, 8 bytes
                                         * for the smallest. */
#define PIPE_MAX_OUTPUTS 1024           /* Outputs per packet. */
#define PIPE_MAX_EVENTS 256             /* Path events kept per packet. */
#define PIPE_MAX_PORTS 4096
#define PIPE_DEFAULT_MAX_FLOWS 1000000
#define PIPE_DEFAULT_MAX_MACS 2048
#define PIPE_DEFAULT_MAC_AGING_S 300

/* ------------------------------------------------------------------ */
/* Flows and the pipeline. */

struct pipe_rule {
    struct cls_rule cr;
    uint8_t table_id;
    bool packet_type_eth;           /* For printing the match. */
    uint16_t priority;
    uint16_t idle_timeout, hard_timeout, importance, flags;
    uint64_t cookie;
    unsigned long name;             /* Line in its file, or its number. */
    size_t index;                   /* In ofct_pipeline's 'rules'. */
    uint64_t n_packets, n_bytes;
    int64_t used_ms;                /* Last hit; INT64_MIN if never. */
    bool expired;                   /* Out of its table (expire.c). */
    struct ofpact *ofpacts;
    size_t ofpacts_len;
};

struct mac_entry;

/* NORMAL's MAC learning table (normal.c). */
struct mac_table {
    struct mac_entry **buckets;
    size_t n_buckets;               /* A power of 2. */
    size_t n;
    uint32_t max;
    int64_t aging_ms;
};

struct pipe_pass;

struct ofct_pipeline {
    struct cls_table tables[PIPE_N_TABLES];
    struct pipe_rule **rules;       /* In order of addition. */
    size_t n_rules, allocated_rules;
    uint32_t next_seq;
    uint32_t max_flows;
    uint32_t protocols;

    struct ofct_conntrack *ct;
    bool own_ct;

    uint16_t *ports;                /* Sorted. */
    size_t n_ports;
    struct mac_table macs;
    bool keep_frames;

    bool started;                   /* A packet ran: 'start_ms' is set. */
    int64_t start_ms;

    size_t n_timed;                 /* Flows with an idle or hard timeout */
    size_t n_expired;               /* ...and those that expired. */
    int64_t next_expiry_ms;         /* When expire.c looks again. */

    /* Passes, one per recirculation depth, reused from packet to packet so
     * that a packet costs no allocation. */
    struct pipe_pass *passes[PIPE_MAX_RECIRC_DEPTH + 1];
};

/* Adds 'fm' as a flow named 'name' (pipeline.c). */
int pipe_add_flow_mod(struct ofct_pipeline *, const struct ofct_flow_mod *fm,
                      unsigned long name, struct ofct_error *);
/* Checks that the pipeline can run the actions of 'fm' (pipeline.c). */
int pipe_check_flow_mod(const struct ofct_flow_mod *fm, struct ofct_error *);
/* Parses flow text in ovs-ofctl syntax, early conntrack syntax included,
 * into 'fm' and narrows '*usable' (flow-load.c). */
int pipe_parse_flow(const char *text, struct ofct_flow_mod *fm,
                    uint32_t *usable, struct ofct_error *);
/* Encodes 'fm' in 'protocol' and decodes it back, as a switch installs a
 * flow sent by ovs-ofctl (flow-load.c). */
int pipe_round_trip(struct ofct_flow_mod *fm, uint32_t protocol,
                    struct ofct_error *);
/* Rewrites the early conntrack syntax ("conn_state", "ct(recirc)") of a
 * flow into today's; 'out' gets the text, changed or not (legacy.c). */
void pipe_legacy_rewrite(const char *text, struct ofct_buf *out);
bool pipe_has_port(const struct ofct_pipeline *, uint16_t port);
/* Takes the flows whose idle or hard timeout has passed at 'now_ms' out of
 * their tables, as Open vSwitch does once a second (expire.c). */
void pipe_expire(struct ofct_pipeline *, int64_t now_ms);

/* ------------------------------------------------------------------ */
/* Packets. */

/* The connection-tracking metadata a packet carries after ct. */
struct pipe_ct_md {
    uint8_t state;
    uint16_t zone;
    uint32_t mark;
    struct ofct_u128 label;
    struct ofct_ct_tuple orig;
};

/* The NAT that a trace with --ct-next simulates, as OVS's trace does:
 * the addresses and ports go to the start of the nat() ranges. */
struct pipe_nat_sim {
    bool present;                   /* The last ct had a nat(). */
    uint8_t family;                 /* 4 or 6; 0: no range, no change. */
    uint8_t src[2][16], dst[2][16]; /* Before, after. */
    uint16_t sport[2], dport[2];
};

struct pipe_pkt {
    struct ofct_buf frame;          /* Owned copy: actions rewrite it. */
    enum ofct_link_type link;
    struct ofct_flow_key key;       /* Header offsets, for rewrites. */
    enum ofct_pkt_status status;
    union cls_flow flow;            /* Fields for lookups. */
    struct pipe_ct_md ct;
    struct pipe_nat_sim nat_sim;    /* Traces only. */
};

/* Fills the header fields of pkt->flow from its frame (extract.c). */
void pipe_pkt_extract(struct pipe_pkt *);
/* Sets pkt->flow's connection-tracking fields from pkt->ct. */
void pipe_pkt_load_ct(struct pipe_pkt *);

/* Field access on a flow: 'f' through the canonical layout, under 'mask'
 * (extract.c). */
void pipe_flow_write(union cls_flow *, const struct mf_field *f,
                     const union mf_value *value,
                     const union mf_value *mask);
void pipe_flow_read(const union cls_flow *, const struct mf_field *f,
                    union mf_value *value);
uint64_t pipe_flow_read_bits(const union cls_flow *,
                             const struct mf_subfield *);
/* Copies the bits of 'src' into 'dst', as move does. */
void pipe_flow_copy_bits(union cls_flow *, const struct mf_subfield *src,
                         const struct mf_subfield *dst);
void pipe_flow_clear_ct(union cls_flow *);

/* True if set_field/load/move may write 'f' in a flow: metadata and the
 * headers that rewrite.c can change in a frame (rewrite.c). */
bool pipe_field_is_writable(const struct mf_field *f);

/* ------------------------------------------------------------------ */
/* Datapath actions: what a pass's translation yields. */

/* Header fields that a pass changed, to write into the frame. */
enum {
    HDR_ETH_SRC = 1 << 0,
    HDR_ETH_DST = 1 << 1,
    HDR_IP_SRC = 1 << 2,
    HDR_IP_DST = 1 << 3,
    HDR_IP_TOS = 1 << 4,
    HDR_IP_TTL = 1 << 5,
    HDR_IPV6_LABEL = 1 << 6,
    HDR_TP_SRC = 1 << 7,
    HDR_TP_DST = 1 << 8,
};

struct pipe_set {
    uint32_t fields;                /* HDR_*. */
    bool ipv6;
    uint8_t eth_src[6], eth_dst[6];
    uint8_t ip_src[16], ip_dst[16];
    uint8_t tos, ttl;
    uint32_t label;
    uint16_t tp_src, tp_dst;
    uint8_t nw_proto;               /* Of the packet, to name the header. */
};

/* What a recirculation resumes with, besides the packet. */
struct pipe_frozen {
    uint8_t table_id;
    uint32_t recirc_id;             /* Traces only; 0 otherwise. */
    uint8_t regs[16][4];
    uint8_t metadata[8];
    uint8_t pkt_mark[4];
    uint8_t in_port[2];
};

enum pipe_dp_type {
    DP_OUTPUT,
    DP_CONTROLLER,
    DP_SET,
    DP_CT,
    DP_CT_CLEAR,
    DP_RECIRC,
};

struct pipe_dp_ct {
    struct odp_ct odp;
    /* What the packet's ct_mark and ct_label are after exec(), which a
     * trace that does not run the engine (--ct-next) hands on. */
    uint32_t mark_after;
    uint8_t label_after[16];
};

struct pipe_dp_action {
    enum pipe_dp_type type;
    union {
        uint16_t port;              /* DP_OUTPUT. */
        struct pipe_set set;        /* DP_SET. */
        struct pipe_dp_ct ct;       /* DP_CT. */
        struct pipe_frozen frozen;  /* DP_RECIRC. */
    };
};

/* ------------------------------------------------------------------ */
/* Results. */

enum pipe_event_type {
    EV_RULE,                        /* A flow matched. */
    EV_MISS,                        /* No flow matched. */
    EV_CT,                          /* A recirculation after ct. */
};

struct pipe_event {
    uint8_t type;                   /* enum pipe_event_type. */
    uint8_t table_id;
    uint8_t ct_state;
    unsigned long name;
};

struct pipe_output {
    uint16_t port;
    size_t ofs, size;               /* Of the frame in 'frames'. */
};

struct ofct_pipeline_result {
    struct pipe_event events[PIPE_MAX_EVENTS];
    size_t n_events;
    bool events_truncated;
    struct pipe_output *outputs;
    size_t n_outputs, allocated_outputs;
    struct ofct_buf frames;
    bool has_error;
    char error[128];
};

void pipe_result_clear(struct ofct_pipeline_result *);
void pipe_result_event(struct ofct_pipeline_result *, enum pipe_event_type,
                       uint8_t table_id, unsigned long name,
                       uint8_t ct_state);
void pipe_result_output(struct ofct_pipeline_result *, uint16_t port,
                        const struct ofct_buf *frame, bool keep);
void pipe_result_error(struct ofct_pipeline_result *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ------------------------------------------------------------------ */
/* Translation of one pass (xlate.c). */

struct pipe_trace;

/* Errors that stop a translation, as OVS's xlate_error. */
enum pipe_xlate_error {
    XL_OK,
    XL_RECURSION_TOO_DEEP,          /* "Recursion too deep" */
    XL_TOO_MANY_RESUBMITS,          /* "Too many resubmits" */
};

struct pipe_pass {
    /* Translation state. */
    struct ofct_pipeline *p;
    struct ofct_pipeline_result *res;
    struct pipe_trace *trace;       /* NULL unless tracing. */
    void *trace_root;               /* This pass's nodes (trace.c). */
    void *trace_cur;                /* The list new nodes go to. */
    union cls_flow initial;         /* 'flow' as the pass started. */
    union cls_flow flow;            /* The fields as actions change them. */
    union cls_flow base;            /* Headers as the frame has them. */
    int64_t now_ms;
    uint32_t bytes;                 /* Packet size, for the counters. */
    uint8_t table_id;
    unsigned int depth;
    unsigned int n_resubmits;
    bool conntracked;               /* Resumed after ct, no ct since. */
    enum pipe_xlate_error error;
    struct ofct_error *fatal;       /* Set when ofct cannot run a flow. */

    /* The result: datapath actions. */
    struct pipe_dp_action *actions;
    size_t n_actions, allocated_actions;

    /* The packet this pass executes on (a copy for a recirculation), and
     * for a recirculation what it resumes with. */
    struct pipe_pkt pkt;
    struct pipe_frozen frozen;
};

/* Translates from table 'table_id' (after a recirculation that 'frozen'
 * describes, if not NULL). */
void pipe_xlate(struct pipe_pass *, uint8_t table_id,
                const struct pipe_frozen *frozen);
/* Appends a datapath action, first writing pending header changes.
 * Returns NULL (and fails the translation) when the pass has too many. */
struct pipe_dp_action *pipe_xlate_put(struct pipe_pass *,
                                      enum pipe_dp_type);
/* Writes the header fields that changed since the last datapath action as
 * a DP_SET. */
void pipe_xlate_commit(struct pipe_pass *);
void pipe_xlate_output(struct pipe_pass *, uint16_t port);
/* Runs a nested action list ("drop" in traces when empty). */
void pipe_xlate_actions(struct pipe_pass *, const struct ofpact *,
                        size_t len);

/* ct (xlate-ct.c). */
void pipe_xlate_ct(struct pipe_pass *, const struct ofpact_conntrack *);

/* NORMAL, FLOOD, ALL (normal.c). */
void mac_table_init(struct mac_table *, uint32_t max, uint32_t aging_s);
void mac_table_destroy(struct mac_table *);
void pipe_xlate_normal(struct pipe_pass *);
void pipe_xlate_flood(struct pipe_pass *, bool all);

/* Header rewrites on a frame (rewrite.c). */
void pipe_rewrite(struct pipe_pkt *, const struct pipe_set *);

/* ------------------------------------------------------------------ */
/* Execution (execute.c). */

/* Runs a pass's datapath actions on its packet.  Recirculations start
 * passes of their own (in a trace, they queue).  Returns -1 on a fatal
 * error. */
int pipe_execute_pass(struct pipe_pass *, unsigned int recirc_depth);
/* Starts pass 'pass' on a packet: clears its translation state. */
void pipe_pass_start(struct pipe_pass *, struct ofct_pipeline *,
                     struct ofct_pipeline_result *, int64_t now_ms,
                     struct ofct_error *fatal);
/* Sets up a recirculated pass from its packet and 'frozen', and
 * translates it. */
void pipe_resume_xlate(struct pipe_pass *, const struct pipe_frozen *);
struct pipe_pass *pipe_pass_create(void);
void pipe_pass_destroy(struct pipe_pass *);
void pipe_pkt_copy(struct pipe_pkt *dst, const struct pipe_pkt *src);

/* ------------------------------------------------------------------ */
/* Tracing (trace.c).  Every hook is a no-op when pass->trace is NULL. */

enum trace_node_type {
    TRACE_BRIDGE, TRACE_TABLE, TRACE_THAW, TRACE_ACTION, TRACE_DETAIL,
    TRACE_WARN, TRACE_ERROR,
};

/* Starts and ends a pass's trace: its "Flow:", the bridge node and, after
 * a recirculation, the thaw node. */
void pipe_trace_begin(struct pipe_pass *, const struct pipe_frozen *);
void pipe_trace_end(struct pipe_pass *);
void pipe_trace_node(struct pipe_pass *, enum trace_node_type,
                     const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void pipe_trace_action(struct pipe_pass *, const struct ofpact *);
/* Starts a table node for 'rule' (NULL: "No match.") in 'table_id' and
 * makes its list the current one.  Returns what pipe_trace_restore()
 * needs to go back. */
void *pipe_trace_table(struct pipe_pass *, uint8_t table_id,
                       const struct pipe_rule *);
void pipe_trace_restore(struct pipe_pass *, void *);
/* The recirculation id of 'frozen', in a trace; 0 otherwise. */
uint32_t pipe_trace_recirc_id(struct pipe_pass *, const struct pipe_frozen *);
/* In a trace, queues 'pass' to be traced after the current one and
 * returns true; without a trace returns false. */
bool pipe_trace_defer(struct pipe_pass *parent, struct pipe_pass *pass,
                      unsigned int recirc_depth);
/* The ct_state a trace's --ct-next gives the next recirculation, if any
 * is left. */
bool pipe_trace_ct_next(struct pipe_pass *, uint8_t *state);

/* Frames built from flows, for traces (compose.c). */
void pipe_compose(const union cls_flow *, struct ofct_buf *frame);

#endif
