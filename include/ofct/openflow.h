/* ofct OpenFlow layer: protocol versions, action lists in text and wire
 * form.  The action list itself is opaque; the library owns its layout. */
#ifndef OFCT_OPENFLOW_H
#define OFCT_OPENFLOW_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ofct/util.h"

#ifdef __cplusplus
extern "C" {
#endif

/* OpenFlow protocol versions, numbered as on the wire. */
enum ofct_ofp_version {
    OFCT_OFP10 = 0x01,
    OFCT_OFP11 = 0x02,
    OFCT_OFP12 = 0x03,
    OFCT_OFP13 = 0x04,
    OFCT_OFP14 = 0x05,
    OFCT_OFP15 = 0x06,
};

/* "OpenFlow10" ... "OpenFlow15" (case-insensitive; "OF1.3" also accepted).
 * Returns 0 and sets '*v', or -1 if 's' names no version. */
int ofct_ofp_version_from_string(const char *s, enum ofct_ofp_version *v);
/* "OpenFlow10" ... "OpenFlow15". */
const char *ofct_ofp_version_to_string(enum ofct_ofp_version);

struct ofct_actions;

struct ofct_actions *ofct_actions_new(void);
void ofct_actions_free(struct ofct_actions *);
/* Number of top-level actions (a ct action with nested actions counts 1). */
size_t ofct_actions_count(const struct ofct_actions *);

/* Parses an action list in ovs-ofctl syntax (the text after "actions=")
 * into 'acts', replacing its contents.  On error returns -1 with 'err'
 * holding the message that ovs-ofctl prints for the same text. */
int ofct_actions_parse(struct ofct_actions *acts, const char *text,
                       struct ofct_error *err);

/* Appends the normalized text of 'acts' to 'out', as ovs-ofctl prints it
 * ("drop" for an empty list).  The text is NUL-terminated. */
void ofct_actions_format(const struct ofct_actions *acts,
                         struct ofct_buf *out);

/* Appends the OpenFlow wire form of 'acts' for 'version' to 'out'.  For
 * OpenFlow 1.1 and later an action list that holds instructions
 * (goto_table) cannot be encoded as a plain action list: use
 * ofct_actions_encode_instructions().  Returns 0, or -1 with 'err'. */
int ofct_actions_encode(const struct ofct_actions *acts,
                        enum ofct_ofp_version version, struct ofct_buf *out,
                        struct ofct_error *err);

/* Appends 'acts' as an OpenFlow 1.1+ instruction list (apply_actions,
 * goto_table); for OpenFlow 1.0 it is the same as ofct_actions_encode(). */
int ofct_actions_encode_instructions(const struct ofct_actions *acts,
                                     enum ofct_ofp_version version,
                                     struct ofct_buf *out,
                                     struct ofct_error *err);

/* Decodes 'len' bytes of OpenFlow actions for 'version' into 'acts',
 * replacing its contents.  On error returns -1 with err->code set to the
 * OpenFlow error (OFPBAC_*) that Open vSwitch reports for the same bytes
 * and err->msg saying why and at which offset. */
int ofct_actions_decode(struct ofct_actions *acts, const void *data,
                        size_t len, enum ofct_ofp_version version,
                        struct ofct_error *err);
/* The same for an OpenFlow 1.1+ instruction list. */
int ofct_actions_decode_instructions(struct ofct_actions *acts,
                                     const void *data, size_t len,
                                     enum ofct_ofp_version version,
                                     struct ofct_error *err);

#ifdef __cplusplus
}
#endif

#endif /* ofct/openflow.h */
