/* ofct datapath layer: Open vSwitch datapath ("ODP") actions, the netlink
 * attributes that OVS hands to its datapath (OVS_ACTION_ATTR_CT,
 * OVS_ACTION_ATTR_RECIRC, ...), in text and in netlink form, and the
 * translation of OpenFlow actions into them.
 *
 * Netlink bytes are exactly those of Open vSwitch: attribute headers and
 * integer payloads in host byte order, addresses in network order, and no
 * NLA_F_NESTED flag on nests. */
#ifndef OFCT_DATAPATH_H
#define OFCT_DATAPATH_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/openflow.h"
#include "ofct/util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/* ODP action text and netlink. */

/* Parses datapath actions in the text syntax of OVS's odp-util
 * ("ct(commit,zone=5,nat(src=10.0.0.1)),recirc(0x1),2") and appends their
 * netlink attributes to 'nl'.  Supported: ct, ct_clear, recirc, output (a
 * port number), clone, check_pkt_len and drop.  Where OVS's parser wraps a
 * number or drops an option silently, this one reports an error; recirc
 * ids may be decimal (as OVS parses them) or hexadecimal (as OVS prints
 * them).  Returns 0, or -1 with 'err' saying what is wrong and at which
 * offset of 'text' (and nothing appended). */
int ofct_odp_actions_parse(const char *text, struct ofct_buf *nl,
                           struct ofct_error *err);

/* Decodes the 'len' bytes of netlink attributes at 'nl' as datapath
 * actions and appends their text, as OVS prints it, to 'out' ("drop" for
 * none).  Decoding is strict: a truncated attribute, a wrong length, an
 * unknown, unsupported or repeated attribute, or attributes that contradict
 * each other make it return -1 with 'err' naming the attribute and its
 * offset (and nothing appended).  The text is NUL-terminated. */
int ofct_odp_actions_format(const void *nl, size_t len, struct ofct_buf *out,
                            struct ofct_error *err);

/* ------------------------------------------------------------------ */
/* Recirculation ids. */

/* What a recirculation id stands for: where the packet resumes after the
 * datapath sends it back (ct(table=N)), and the metadata it resumes with.
 * OVS keeps the same in its "frozen state". */
struct ofct_recirc_state {
    uint8_t table_id;           /* OpenFlow table to resume in. */
    bool conntracked;           /* Resumes as tracked (after ct). */
    uint16_t in_port;           /* OpenFlow port. */
    uint64_t metadata;
    uint32_t regs[16];          /* reg0 ... reg15. */
};

/* Allocates recirculation ids, from 1 up, one per distinct state (as OVS
 * shares an id between identical frozen states), and maps them back. */
struct ofct_recirc_table;

/* A table that holds at most 'max_ids' ids (0: a default of 65536). */
struct ofct_recirc_table *ofct_recirc_table_new(size_t max_ids);
void ofct_recirc_table_free(struct ofct_recirc_table *);
/* Number of ids allocated. */
size_t ofct_recirc_table_count(const struct ofct_recirc_table *);
/* Sets '*id' to the id of 'state', allocating one if the table has none
 * for it.  Returns 0, or -1 with 'err' when the table is full. */
int ofct_recirc_table_get_id(struct ofct_recirc_table *,
                             const struct ofct_recirc_state *state,
                             uint32_t *id, struct ofct_error *err);
/* Copies the state of 'id' to '*state' and returns 0, or returns -1 if
 * 'id' was never allocated. */
int ofct_recirc_table_lookup(const struct ofct_recirc_table *, uint32_t id,
                             struct ofct_recirc_state *state);
/* Appends one line per id, in id order, such as
 * "recirc(0x1): table=1,in_port=1,reg0=0x5\n". */
void ofct_recirc_table_format(const struct ofct_recirc_table *,
                              struct ofct_buf *out);

/* ------------------------------------------------------------------ */
/* Translation of OpenFlow actions into datapath actions. */

/* A translator: the packet's fields as translation starts (registers,
 * in_port, ct_state, ...), a map from OpenFlow ports to datapath ports, and
 * the recirculation table that ct(table=N) allocates from. */
struct ofct_xlate;

/* 'recirc' may be NULL; then translating ct(table=N) is an error.  The
 * translator does not own it. */
struct ofct_xlate *ofct_xlate_new(struct ofct_recirc_table *recirc);
void ofct_xlate_free(struct ofct_xlate *);

/* Sets a field of the packet from "FIELD=VALUE" in ovs-ofctl syntax, such
 * as "reg0=5", "xreg1=0x10", "in_port=2", "metadata=0x1" or
 * "ct_state=trk" (a packet with +trk makes ct_clear produce
 * OVS_ACTION_ATTR_CT_CLEAR).  Returns 0, or -1 with 'err'. */
int ofct_xlate_set_field(struct ofct_xlate *, const char *assignment,
                         struct ofct_error *err);

/* Maps OpenFlow port 'ofp_port' (1 ... 0xfeff, or LOCAL 0xfffe) to
 * datapath port 'odp_port'.  A port without a mapping keeps its number;
 * LOCAL and the other reserved ports need one.  Returns 0, or -1 with
 * 'err' for a reserved port that cannot be mapped or a full map. */
int ofct_xlate_map_port(struct ofct_xlate *, uint16_t ofp_port,
                        uint32_t odp_port, struct ofct_error *err);
/* The same from "OFP_PORT=ODP_PORT" text, such as "LOCAL=1" or "2=3". */
int ofct_xlate_map_port_string(struct ofct_xlate *, const char *mapping,
                               struct ofct_error *err);

/* Translates 'acts' as Open vSwitch does for the packet set up in the
 * translator and appends the datapath actions, as netlink attributes, to
 * 'odp'.  ct becomes OVS_ACTION_ATTR_CT (zone always present; mark, labels
 * and nat from its exec() and nat() actions; helper from alg=) followed,
 * with table=N, by OVS_ACTION_ATTR_RECIRC; ct_clear becomes
 * OVS_ACTION_ATTR_CT_CLEAR if the packet is tracked at that point and
 * nothing otherwise; output becomes OVS_ACTION_ATTR_OUTPUT (nothing when
 * the port is the input port).  set_field, load and move to registers,
 * metadata and in_port change the packet as translation goes on; note and
 * conjunction produce nothing.  Any other action (resubmit, goto_table,
 * controller, header rewrites) has no translation here: -1 with 'err'
 * naming it.  The translator's packet is not changed. */
int ofct_xlate_actions(const struct ofct_xlate *, const struct ofct_actions *,
                       struct ofct_buf *odp, struct ofct_error *err);

/* The same for the actions of a flow in ovs-ofctl syntax ("ip,
 * actions=ct(commit)"): what follows "actions=" (or "action="), or the
 * whole text when it has neither.  The match is not used: the packet is
 * the translator's. */
int ofct_xlate_flow_string(const struct ofct_xlate *, const char *flow,
                           struct ofct_buf *odp, struct ofct_error *err);

#ifdef __cplusplus
}
#endif

#endif /* ofct/datapath.h */
