/* ofct flows: ovs-ofctl flow text ("table=1,ct_state=+trk,ip,actions=...")
 * parsed into flow_mod messages, the OpenFlow "protocols" that can carry
 * them, their wire encoding (NXT_FLOW_MOD with an NXM match, OFPT_FLOW_MOD
 * with an OpenFlow 1.0 or OXM match) and the printing of OpenFlow messages
 * as ovs-ofctl prints them. */
#ifndef OFCT_FLOW_H
#define OFCT_FLOW_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/openflow.h"
#include "ofct/util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A protocol is an OpenFlow version plus a flow format, as Open vSwitch
 * defines them; a set of protocols is a bitwise OR.  The bit order is
 * Open vSwitch's, which matters: the chosen protocol is the lowest bit of
 * the usable ones. */
enum ofct_protocol {
    OFCT_P_OF10_STD = 1 << 0,       /* "OpenFlow10-table_id" */
    OFCT_P_OF10_STD_TID = 1 << 1,   /* "OpenFlow10+table_id" */
    OFCT_P_OF10_NXM = 1 << 2,       /* "NXM-table_id" */
    OFCT_P_OF10_NXM_TID = 1 << 3,   /* "NXM+table_id" */
    OFCT_P_OF11_STD = 1 << 4,       /* "OpenFlow11" */
    OFCT_P_OF12_OXM = 1 << 5,       /* "OXM-OpenFlow12" */
    OFCT_P_OF13_OXM = 1 << 6,
    OFCT_P_OF14_OXM = 1 << 7,
    OFCT_P_OF15_OXM = 1 << 8,
};
#define OFCT_P_ANY 0x1ffu

/* The name of one protocol ("NXM+table_id"). */
const char *ofct_protocol_to_string(uint32_t protocol);
/* Appends a set of protocols as ovs-ofctl prints it: "any", "OpenFlow10",
 * "NXM" and "OXM" for the whole families, then single names
 * ("NXM,OXM,OpenFlow11"); "none" for the empty set. */
void ofct_protocols_format(uint32_t protocols, struct ofct_buf *out);
/* Parses a comma-separated list of protocol names or family names ("nxm",
 * "OpenFlow10-table_id", any case), as ovs-ofctl's -F.  Returns 0, or -1
 * with 'err' naming the unknown name. */
int ofct_protocols_from_string(const char *s, uint32_t *protocols,
                               struct ofct_error *err);
/* The protocols of a set of OpenFlow versions, given as a bitmap of
 * (1 << enum ofct_ofp_version). */
uint32_t ofct_protocols_from_versions(uint32_t version_bitmap);
/* The OpenFlow version a protocol speaks. */
enum ofct_ofp_version ofct_protocol_version(uint32_t protocol);
/* The protocol ovs-ofctl picks: the lowest one in 'usable' & 'allowed', or
 * 0 if there is none. */
uint32_t ofct_protocol_choose(uint32_t usable, uint32_t allowed);

/* A flow_mod: the command, match, actions and parameters of one flow. */
struct ofct_flow_mod;

struct ofct_flow_mod *ofct_flow_mod_new(void);
void ofct_flow_mod_free(struct ofct_flow_mod *);

/* Parses one flow in ovs-ofctl's add-flow syntax into 'fm' (an ADD) and
 * sets '*usable' to the protocols that can carry it.  On error returns -1
 * with the message ovs-ofctl gives for the same text in 'err'. */
int ofct_flow_mod_parse(struct ofct_flow_mod *fm, const char *text,
                        uint32_t *usable, struct ofct_error *err);

/* Appends 'fm' as an OpenFlow message for 'protocol' (one protocol, not a
 * set) with transaction id 'xid'.  Returns 0, or -1 with 'err'. */
int ofct_flow_mod_encode(const struct ofct_flow_mod *fm, uint32_t protocol,
                         uint32_t xid, struct ofct_buf *out,
                         struct ofct_error *err);

/* Appends the text ovs-ofctl's ofp-print gives for the OpenFlow message in
 * 'data' (flow_mod, hello, echo, error, barrier, packet_out, ...) at
 * 'verbosity' (the number of -m), ending with a newline; messages that do
 * not decode print as "***decode error: ...***" and a hex dump, as in
 * ovs-ofctl.  Returns 0 if the message decoded, -1 if not. */
int ofct_ofp_print(const void *data, size_t len, int verbosity,
                   struct ofct_buf *out);

#ifdef __cplusplus
}
#endif

#endif /* ofct/flow.h */
