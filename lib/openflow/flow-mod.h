/* flow_mod messages: the IR of one flow_mod and the internal entry points
 * of the files that parse, check, encode, decode and print it. */
#ifndef OFCT_LIB_OPENFLOW_FLOW_MOD_H
#define OFCT_LIB_OPENFLOW_FLOW_MOD_H 1

#include <stdbool.h>
#include <stdint.h>

#include "ofct/flow.h"
#include "openflow/match.h"
#include "openflow/ofpact.h"

/* Protocol families, as Open vSwitch names them. */
#define OFPUTIL_P_OF10_STD_ANY (OFCT_P_OF10_STD | OFCT_P_OF10_STD_TID)
#define OFPUTIL_P_OF10_NXM_ANY (OFCT_P_OF10_NXM | OFCT_P_OF10_NXM_TID)
#define OFPUTIL_P_OF10_ANY (OFPUTIL_P_OF10_STD_ANY | OFPUTIL_P_OF10_NXM_ANY)
#define OFPUTIL_P_ANY_OXM (OFCT_P_OF12_OXM | OFCT_P_OF13_OXM \
                           | OFCT_P_OF14_OXM | OFCT_P_OF15_OXM)
#define OFPUTIL_P_NXM_OXM_ANY (OFPUTIL_P_OF10_NXM_ANY | OFPUTIL_P_ANY_OXM)
#define OFPUTIL_P_NXM_OF11_UP (OFPUTIL_P_OF10_NXM_ANY | OFCT_P_OF11_STD \
                               | OFPUTIL_P_ANY_OXM)
#define OFPUTIL_P_OF11_UP (OFCT_P_OF11_STD | OFPUTIL_P_ANY_OXM)
#define OFPUTIL_P_TID (OFCT_P_OF10_STD_TID | OFCT_P_OF10_NXM_TID \
                       | OFCT_P_OF11_STD | OFPUTIL_P_ANY_OXM)

/* flow_mod commands. */
enum ofp_flow_mod_command {
    OFPFC_ADD, OFPFC_MODIFY, OFPFC_MODIFY_STRICT, OFPFC_DELETE,
    OFPFC_DELETE_STRICT,
};

/* Flags, as OVS's OFPUTIL_FF_*: the bits differ per version on the wire. */
#define OFPUTIL_FF_SEND_FLOW_REM (1 << 0)
#define OFPUTIL_FF_CHECK_OVERLAP (1 << 1)
#define OFPUTIL_FF_RESET_COUNTS (1 << 2)
#define OFPUTIL_FF_NO_PKT_COUNTS (1 << 3)
#define OFPUTIL_FF_NO_BYT_COUNTS (1 << 4)
#define OFPUTIL_FF_EMERG (1 << 5)

#define OFP_FLOW_PERMANENT 0
#define OFPTT_ALL 0xff
#define OFPG_ANY 0xffffffffu
#define NO_BUFFER 0xffffffffu

struct ofct_flow_mod {
    struct match match;
    uint16_t priority;
    uint8_t command;                /* enum ofp_flow_mod_command */
    uint8_t table_id;               /* OFPTT_ALL when not given */
    uint64_t cookie;
    uint64_t cookie_mask;
    uint64_t new_cookie;            /* UINT64_MAX when not given */
    uint16_t idle_timeout;
    uint16_t hard_timeout;
    uint16_t importance;
    uint32_t buffer_id;
    uint16_t out_port;              /* OpenFlow 1.0 port; OFPP_NONE = any */
    uint32_t out_group;
    uint16_t flags;                 /* OFPUTIL_FF_* */
    struct ofct_buf ofpacts;
};

void flow_mod_init(struct ofct_flow_mod *);

/* The protocols that can express match 'm' as a whole, beyond what each
 * field allows on its own (ofp-protocol.c). */
uint32_t match_usable_protocols(const struct match *m);
/* The protocols that can match field 'f' under 'mask' (ofp-protocol.c). */
uint32_t mf_usable_protocols(const struct mf_field *f,
                             const union mf_value *mask);

/* Checks the actions of a flow against its match, as Open vSwitch's
 * ofpacts_check() does, and narrows '*usable' (flow-check.c).  Returns 0,
 * or -1 with the OpenFlow error in 'err'. */
int ofpacts_check_match(const struct ofpact *acts, size_t len,
                        const struct match *m, uint8_t table_id,
                        uint32_t *usable, struct ofct_error *err);
/* Narrows '*usable' to the protocols that can carry the actions as
 * parsed (flow-check.c). */
void ofpacts_usable_protocols(const struct ofpact *acts, size_t len,
                              uint32_t *usable);

/* NXM and OXM matches (nx-match.c).  nx_put_match() appends the NXM or,
 * when 'version' is not 0, OXM entries of 'm' without padding and returns
 * their length.  nx_pull_match() decodes 'len' bytes of entries. */
size_t nx_put_match(const struct match *m, enum ofct_ofp_version version,
                    struct ofct_buf *out);
int nx_pull_match(const uint8_t *p, size_t len, struct match *m,
                  struct ofct_error *err);
/* "NXM_OF_ETH_TYPE(0800), NXM_NX_CT_STATE_W(...)" as ovs-ofctl prints an
 * NXM match at -mmm; "<any>" when empty. */
void nx_match_format_raw(const uint8_t *p, size_t len, struct ofct_buf *out);

/* OpenFlow 1.0 matches (ofp10-match.c): 40 bytes. */
#define OFP10_MATCH_LEN 40
void ofp10_match_put(const struct match *m, uint8_t out[OFP10_MATCH_LEN]);
void ofp10_match_pull(const uint8_t in[OFP10_MATCH_LEN], struct match *m);
void ofp10_match_format(const uint8_t in[OFP10_MATCH_LEN], int verbosity,
                        struct ofct_buf *out);

/* OpenFlow 1.1 matches (ofp11-match.c): 88 bytes, OFPMT_STANDARD.
 * ofp11_match_pull() returns 0, or -1 with OFPBMC_BAD_VALUE or
 * OFPBMC_BAD_FIELD in 'err' for a value a field cannot take. */
#define OFP11_MATCH_LEN 88
void ofp11_match_put(const struct match *m, uint8_t out[OFP11_MATCH_LEN]);
int ofp11_match_pull(const uint8_t in[OFP11_MATCH_LEN], struct match *m,
                     struct ofct_error *err);

/* Decodes a whole flow_mod message (OFPT_FLOW_MOD of any version or
 * NXT_FLOW_MOD) into 'fm' (flow-mod.c). */
int flow_mod_decode(struct ofct_flow_mod *fm, const uint8_t *msg, size_t len,
                    struct ofct_error *err);
/* Appends the body of ovs-ofctl's flow_mod print after "...:" (flow-mod
 * printing in ofp-print.c). */
int flow_mod_format(const uint8_t *msg, size_t len, int verbosity,
                    struct ofct_buf *out, struct ofct_error *err);

#endif
