/* ofct connection tracking: an engine that follows TCP, UDP, ICMP and other
 * IP connections, per zone, as Open vSwitch's userspace tracker and the
 * Linux kernel's do.
 *
 * An engine is an object; it has no thread and no clock of its own: every
 * call that depends on time takes the current time from the caller, in
 * milliseconds, so that replaying a capture is deterministic.  The engine
 * may be used from several threads at once.
 *
 * Lock order (internal): shard locks by increasing index; the allocator,
 * the zone table and the expectation table have their own leaf locks. */
#ifndef OFCT_CONNTRACK_H
#define OFCT_CONNTRACK_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/packet.h"
#include "ofct/util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ct_state bits, with Open vSwitch's values and names. */
#define OFCT_CS_NEW  0x01       /* "new" */
#define OFCT_CS_EST  0x02       /* "est" */
#define OFCT_CS_REL  0x04       /* "rel" */
#define OFCT_CS_RPL  0x08       /* "rpl" */
#define OFCT_CS_INV  0x10       /* "inv" */
#define OFCT_CS_TRK  0x20       /* "trk" */
#define OFCT_CS_SNAT 0x40       /* "snat" */
#define OFCT_CS_DNAT 0x80       /* "dnat" */

/* Appends 'state' as OVS prints it: "new|trk", "est|rpl|trk", or "0". */
void ofct_ct_state_format(uint32_t state, struct ofct_buf *);

/* A 128-bit connection label, as two host-order halves. */
struct ofct_u128 {
    uint64_t hi;
    uint64_t lo;
};

/* A connection's tuple in one direction.  For ICMP and ICMPv6 'sport' and
 * 'dport' are 0 and the icmp_* fields are used; for protocols without
 * ports all four are 0. */
struct ofct_ct_tuple {
    uint8_t family;             /* 4 or 6; 0 for none. */
    uint8_t proto;              /* IP protocol. */
    struct ofct_ip_addr src;
    struct ofct_ip_addr dst;
    uint16_t sport;
    uint16_t dport;
    uint16_t icmp_id;
    uint8_t icmp_type;
    uint8_t icmp_code;
};

/* The room a caller leaves after a packet's data ('capacity' - 'size'
 * below) so that NAT's ALG rewrites always fit: one FTP command grows by
 * at most 41 bytes (an EPRT that gets a full IPv6 address and a 5-digit
 * port), and a segment may carry a few.  A rewrite that does not fit is
 * skipped and counted, never written past 'capacity'. */
#define OFCT_CT_ALG_HEADROOM 256

/* A packet as the engine sees it: the frame, and the connection-tracking
 * metadata that ofct_conntrack_execute() sets on it. */
struct ofct_packet {
    /* Input.  With NAT the engine rewrites the frame in place, and an
     * ALG that lengthens a command (FTP under NAT) makes it longer: up to
     * 'capacity' bytes at 'data' (0: 'size', no room to grow).  'size'
     * is then the new length. */
    uint8_t *data;
    uint32_t size;
    uint16_t link;              /* OFCT_LINK_*, or 0 for Ethernet. */
    uint32_t capacity;

    /* Output. */
    uint8_t ct_state;           /* OFCT_CS_*. */
    uint16_t ct_zone;
    uint32_t ct_mark;
    struct ofct_u128 ct_label;
    struct ofct_ct_tuple ct_orig;   /* Original direction, when tracked. */
    enum ofct_pkt_status status;    /* How the headers parsed. */
};

/* NAT, as a ct action's nat() asks for it (Open vSwitch's ct(nat)).
 *
 * OFCT_CT_NAT_SRC or _DST ("nat(src=...)", "nat(dst=...)"): a connection
 * that the action commits is translated.  The engine picks the reply
 * tuple at commit: for src, the source address from 'addr_min' to
 * 'addr_max' ('family' 0: the packet's own) and the source port from
 * 'port_min' to 'port_max' (0 and 0: none given); for dst, the
 * destination address and port.  No two connections of a zone ever have
 * the same tuple, in either direction: when the ranges hold no free one,
 * the packet is "inv" and counted (n_nat_exhausted).
 *
 * How the tuple is chosen:
 *   - The address: a keyed hash of the packet's source and destination
 *     addresses (of the source only with 'persistent', so that a client
 *     keeps its address whatever it talks to) picks where to start in the
 *     range; the addresses after it are tried in turn.
 *   - The port (TCP and UDP): the original port is kept when it is free
 *     and in the range, or when no range is given (as the Linux kernel
 *     does); otherwise the search starts at a point that 'hash' (a keyed
 *     hash of the tuple) or 'random' picks, and neither keeps the
 *     original port.  Without a range, a source port that must change
 *     stays in its class (1-511, 600-1023, 1024-65535); a destination
 *     port without a range never changes.
 *   - ICMP queries keep their identifier unless it is taken, then get
 *     another; other protocols change only addresses.
 *   - The search is bounded, as the kernel's is: every port of a range of
 *     up to 128 ports, then rounds of 64, 32 and 16 from other points;
 *     at most 8192 tuples in all.
 *
 * Every later packet of the connection that goes through a ct action
 * with nat, either OFCT_CT_NAT_BARE ("nat" alone, the way flows un-NAT
 * the reply direction) or a range (ignored then), is translated the same
 * way, both directions, with its IPv4, TCP, UDP and ICMP checksums fixed,
 * and its ct_state gets "snat" or "dnat" as Open vSwitch sets them: a
 * source-NATed connection's original direction is "snat" and its reply
 * direction "dnat", and the other way round.  ICMP errors about the
 * connection are translated too, outer and quoted headers.  A ct action
 * without nat translates nothing.
 *
 * The FTP and TFTP helpers follow NAT: FTP's PORT, EPRT, 227 and 229
 * are rewritten to the translated address and port (another port if
 * that one is expected already), with TCP sequence and acknowledgement
 * numbers (SACK blocks too) adjusted per direction from the rewrite on;
 * the expectation is for the translated tuple, and a data connection
 * committed with nat is translated to match its control connection. */
enum ofct_ct_nat_type {
    OFCT_CT_NAT_NONE,           /* No nat in the action. */
    OFCT_CT_NAT_BARE,           /* "nat": what the connection has. */
    OFCT_CT_NAT_SRC,            /* "nat(src=...)" */
    OFCT_CT_NAT_DST,            /* "nat(dst=...)" */
};

struct ofct_ct_nat {
    enum ofct_ct_nat_type type;
    uint8_t family;             /* 4 or 6; 0: no address range. */
    struct ofct_ip_addr addr_min, addr_max;
    uint16_t port_min, port_max;    /* 0 and 0: no port range. */
    bool persistent;
    bool hash;
    bool random;
};

/* The parameters of a ct action that the engine uses.
 *
 * 'helper' is how ct(commit,alg=ftp) or alg=tftp asks for an
 * application-layer gateway: "ftp" (TCP) or "tftp" (UDP), or NULL for
 * none.  It counts only when a packet commits a new connection of the
 * helper's protocol, which then keeps the helper for its life: later
 * packets need not name it, and naming it for an existing connection
 * changes nothing.  A connection created from an expectation (an FTP data
 * connection) gets no helper, as in the kernel.  The helper reads the
 * connection's payload and creates expectations: the connections they
 * announce are "rel" (see ofct_conntrack_expect_dump_start()). */
struct ofct_ct_params {
    uint16_t zone;
    bool commit;                /* Store a new connection. */
    bool force;                 /* A reply-direction packet restarts it. */
    const char *helper;         /* Helper (ALG) name on commit, or NULL. */
    bool set_mark;              /* On a committed connection: */
    uint32_t mark, mark_mask;   /* mark = (mark & ~mask) | (value & mask). */
    bool set_label;
    struct ofct_u128 label, label_mask;
    struct ofct_ct_nat nat;     /* See above. */
};

/* Checks parameters once, before execution: the helper must exist, force
 * needs commit, and a NAT range must be ordered (minimum not above
 * maximum, ports both 0 or both set), without both hash and random, and
 * only with src or dst.  Returns 0, or -1 with 'err' set. */
int ofct_ct_params_check(const struct ofct_ct_params *,
                         struct ofct_error *err);

/* Parses a ct action in Open vSwitch's datapath (ODP) syntax, such as
 * "ct(commit,zone=5,helper=ftp,nat(src=10.1.1.240:1024-65535,random))",
 * into '*params' (helper names point to static storage), and checks it.
 * Marks and labels set their bits; timeouts are not supported.  Returns
 * 0, or -1 with 'err' saying what is wrong and where. */
int ofct_ct_params_parse(const char *text, struct ofct_ct_params *params,
                         struct ofct_error *err);

/* Whether 'name' is a helper ("ftp", "tftp"); if so, sets '*proto' to the
 * IP protocol it follows and '*port' to its well-known server port (21,
 * 69), either of which may be NULL. */
bool ofct_ct_helper_info(const char *name, uint8_t *proto, uint16_t *port);

/* Timeouts, named as Open vSwitch's timeout policies name them.  UDP's
 * three come from OVS; "other" IP protocols have their own three. */
#define OFCT_CT_TIMEOUTS                                      \
    OFCT_CT_TIMEOUT(TCP_SYN_SENT, "tcp_syn_sent", 30)         \
    OFCT_CT_TIMEOUT(TCP_SYN_RECV, "tcp_syn_recv", 30)         \
    OFCT_CT_TIMEOUT(TCP_ESTABLISHED, "tcp_established", 86400) \
    OFCT_CT_TIMEOUT(TCP_FIN_WAIT, "tcp_fin_wait", 900)        \
    OFCT_CT_TIMEOUT(TCP_TIME_WAIT, "tcp_time_wait", 45)       \
    OFCT_CT_TIMEOUT(TCP_CLOSE, "tcp_close", 30)               \
    OFCT_CT_TIMEOUT(UDP_FIRST, "udp_first", 60)               \
    OFCT_CT_TIMEOUT(UDP_SINGLE, "udp_single", 60)             \
    OFCT_CT_TIMEOUT(UDP_MULTIPLE, "udp_multiple", 30)         \
    OFCT_CT_TIMEOUT(ICMP_FIRST, "icmp_first", 60)             \
    OFCT_CT_TIMEOUT(ICMP_REPLY, "icmp_reply", 30)             \
    OFCT_CT_TIMEOUT(OTHER_FIRST, "other_first", 60)           \
    OFCT_CT_TIMEOUT(OTHER_SINGLE, "other_single", 60)         \
    OFCT_CT_TIMEOUT(OTHER_MULTIPLE, "other_multiple", 30)

enum ofct_ct_timeout {
#define OFCT_CT_TIMEOUT(ENUM, NAME, SECONDS) OFCT_CT_TM_##ENUM,
    OFCT_CT_TIMEOUTS
#undef OFCT_CT_TIMEOUT
    OFCT_CT_N_TIMEOUTS
};

const char *ofct_ct_timeout_name(enum ofct_ct_timeout);
/* Returns 0 and sets '*tm', or -1 if 'name' is not a timeout's name. */
int ofct_ct_timeout_from_name(const char *name, enum ofct_ct_timeout *tm);
/* The default, in seconds. */
uint32_t ofct_ct_timeout_default(enum ofct_ct_timeout);

/* TCP peer states, as Open vSwitch's (and pf's) tracker names them. */
enum ofct_ct_tcp_state {
    OFCT_TCPS_CLOSED,
    OFCT_TCPS_LISTEN,
    OFCT_TCPS_SYN_SENT,
    OFCT_TCPS_SYN_RECV,
    OFCT_TCPS_ESTABLISHED,
    OFCT_TCPS_CLOSE_WAIT,
    OFCT_TCPS_FIN_WAIT_1,
    OFCT_TCPS_CLOSING,
    OFCT_TCPS_LAST_ACK,
    OFCT_TCPS_FIN_WAIT_2,
    OFCT_TCPS_TIME_WAIT,
};

/* Engine configuration. */
struct ofct_ct_config {
    uint32_t max_conns;         /* 0: the default, 3,000,000 as OVS. */
    bool no_tcp_seq_chk;        /* Do not check TCP sequence numbers. */
    bool no_l4_csum;            /* Do not verify L4 checksums. */
    uint64_t seed;              /* Hash key seed; 0: random. */
    /* Expectations (ALGs), as the kernel bounds them: in all (0: 4096,
     * the kernel's default), and per master connection (0: the helper's
     * own, 1 for FTP and TFTP as in the kernel; a new expectation then
     * replaces the master's oldest). */
    uint32_t max_expects;
    uint32_t max_expects_per_master;
};

struct ofct_conntrack;

/* Creates an engine; 'cfg' may be NULL for the defaults. */
struct ofct_conntrack *ofct_conntrack_create(const struct ofct_ct_config *);
void ofct_conntrack_destroy(struct ofct_conntrack *);

/* Runs each of the 'n' packets through the engine as a ct action with
 * 'params' would, at time 'now_ms', and sets their ct_* fields.  Never
 * fails: a packet the engine cannot judge is "inv|trk". */
void ofct_conntrack_execute(struct ofct_conntrack *,
                            struct ofct_packet *pkts, size_t n,
                            const struct ofct_ct_params *params,
                            int64_t now_ms);

/* Settings that can change at run time. */
void ofct_conntrack_set_tcp_seq_chk(struct ofct_conntrack *, bool enable);
void ofct_conntrack_set_max_conns(struct ofct_conntrack *, uint32_t);
/* Connections allowed in 'zone' (0: no limit but the total). */
void ofct_conntrack_set_zone_limit(struct ofct_conntrack *, uint16_t zone,
                                   uint32_t limit);
/* Sets timeout 'tm' in 'zone' (or in every zone that has no value of its
 * own, when 'zone' is negative) to 'seconds'.  Connections pick the new
 * value up on their next packet. */
void ofct_conntrack_set_timeout(struct ofct_conntrack *, int zone,
                                enum ofct_ct_timeout tm, uint32_t seconds);

/* Frees the connections that have expired at 'now_ms' and returns how many.
 * Expired connections never match a packet, swept or not; sweeping
 * returns their memory and their place under the limits.  Call it from
 * time to time.  Expired expectations go too (not counted in the return
 * value). */
size_t ofct_conntrack_sweep(struct ofct_conntrack *, int64_t now_ms);

/* Deletes every connection (both NULL), every connection of '*zone', or
 * the one whose original or reply tuple is '*tuple' in '*zone' (zone 0 if
 * 'zone' is NULL).  Returns the number deleted.  The expectations of a
 * deleted connection go with it. */
size_t ofct_conntrack_flush(struct ofct_conntrack *, const uint16_t *zone,
                            const struct ofct_ct_tuple *tuple);

struct ofct_ct_stats {
    uint64_t n_conns;           /* Connections in the table now. */
    uint64_t n_created;         /* Connections committed. */
    uint64_t n_expired;         /* Swept after their timeout. */
    uint64_t n_deleted;         /* Flushed, forced or reopened. */
    uint64_t n_invalid;         /* Packets found invalid. */
    uint64_t n_refused_full;    /* Commits refused: total limit. */
    uint64_t n_refused_zone;    /* Commits refused: zone limit. */
    uint64_t memory;            /* Bytes held for connections and tables. */

    /* ALGs. */
    uint64_t n_expects;         /* Expectations in the table now. */
    uint64_t n_expect_created;
    uint64_t n_expect_matched;  /* Consumed by a committed connection. */
    uint64_t n_expect_expired;  /* Timed out, or their master did. */
    uint64_t n_expect_evicted;  /* Replaced by a newer one of the master. */
    uint64_t n_expect_deleted;  /* Removed with their master. */
    uint64_t n_expect_refused;  /* Total limit, or another master's. */
    uint64_t n_alg_bounce;      /* Announced address not the sender's. */
    uint64_t n_alg_malformed;   /* Bad numbers, delimiters, long lines. */

    /* NAT. */
    uint64_t n_nat_conns;       /* Connections with NAT now. */
    uint64_t n_nat_exhausted;   /* Commits refused: no free tuple. */
    uint64_t n_nat_clash;       /* Commits refused: the reply tuple of a
                                 * connection without NAT is a NATed
                                 * connection's. */
    uint64_t n_nat_alg_skipped; /* FTP announcements not rewritten: split
                                 * across segments, too long, or no room
                                 * to lengthen the packet. */
};

void ofct_conntrack_get_stats(const struct ofct_conntrack *,
                              struct ofct_ct_stats *);

/* One connection, as a dump shows it. */
struct ofct_ct_entry {
    struct ofct_ct_tuple orig;
    struct ofct_ct_tuple reply;
    struct ofct_ct_tuple parent;    /* Master connection (family 0: none). */
    uint32_t id;
    uint16_t zone;
    uint32_t mark;
    struct ofct_u128 label;
    uint64_t packets[2];            /* Original, reply direction. */
    uint64_t bytes[2];              /* IP bytes, as the kernel counts. */
    uint32_t timeout_ms;            /* Time left. */
    bool seen_reply;
    bool assured;                   /* As the kernel's [ASSURED]. */
    enum ofct_ct_tcp_state tcp_state[2];    /* Per peer, TCP only. */
    bool tcp_reset;                 /* TCP: closed by RST. */
    bool tcp_midstream;             /* TCP: picked up after its start. */
    const char *helper;             /* Helper name, or NULL. */
};

/* Dumps the connections (of '*zone' if 'zone' is not NULL) alive at
 * 'now_ms'.  The order is unspecified. */
struct ofct_ct_dump;
struct ofct_ct_dump *ofct_conntrack_dump_start(struct ofct_conntrack *,
                                               const uint16_t *zone,
                                               int64_t now_ms);
bool ofct_conntrack_dump_next(struct ofct_ct_dump *, struct ofct_ct_entry *);
void ofct_conntrack_dump_done(struct ofct_ct_dump *);

enum ofct_ct_format {
    OFCT_CT_FORMAT_DPCTL,       /* ovs-appctl dpctl/dump-conntrack */
    OFCT_CT_FORMAT_CONNTRACK,   /* conntrack -L -o extended */
};

/* Appends 'entry' as one line (without a newline) in 'format'.  'verbose'
 * adds what dpctl/dump-conntrack -m and -s add (id, counters, timeout,
 * per-peer TCP states). */
void ofct_ct_entry_format(const struct ofct_ct_entry *entry,
                          enum ofct_ct_format format, bool verbose,
                          struct ofct_buf *);
/* The kernel's name for the TCP state of 'entry' ("ESTABLISHED",
 * "TIME_WAIT", "CLOSE", ...). */
const char *ofct_ct_entry_kernel_tcp_state(const struct ofct_ct_entry *);

/* Expectations.
 *
 * An expectation is a connection that a helper has seen announced on its
 * master (an FTP PORT command, a 227 or 229 reply, an EPRT command, a
 * TFTP read or write request).  Its first packet is "new|rel": committed,
 * it starts a connection that is "rel" for its life (in both directions)
 * and inherits the master's mark and label as they were when the
 * expectation was made; it is looked up in the master's zone.  Committing
 * consumes the expectation; a lookup without commit does not.  An
 * expectation lasts 300 seconds (the kernel's helpers' timeout) and goes
 * when its master is deleted or expires. */
struct ofct_ct_expect_entry {
    struct ofct_ct_tuple tuple;     /* Expected original tuple; sport 0 is
                                     * any source port. */
    struct ofct_ct_tuple parent;    /* Master's original tuple. */
    uint16_t zone;
    uint32_t mark;
    struct ofct_u128 label;
    uint32_t timeout_ms;            /* Time left. */
    const char *helper;             /* The master's helper. */
};

/* Dumps the expectations (of '*zone' if 'zone' is not NULL) alive at
 * 'now_ms'.  The order is unspecified. */
struct ofct_ct_expect_dump;
struct ofct_ct_expect_dump *ofct_conntrack_expect_dump_start(
    struct ofct_conntrack *, const uint16_t *zone, int64_t now_ms);
bool ofct_conntrack_expect_dump_next(struct ofct_ct_expect_dump *,
                                     struct ofct_ct_expect_entry *);
void ofct_conntrack_expect_dump_done(struct ofct_ct_expect_dump *);

/* Appends 'entry' as one line (without a newline): in the format of
 * "ovs-appctl dpctl/dump-conntrack-exp" (OFCT_CT_FORMAT_DPCTL), or of
 * "conntrack -L expect" (OFCT_CT_FORMAT_CONNTRACK). */
void ofct_ct_expect_format(const struct ofct_ct_expect_entry *entry,
                           enum ofct_ct_format format, struct ofct_buf *);

#ifdef __cplusplus
}
#endif

#endif /* ofct/conntrack.h */
