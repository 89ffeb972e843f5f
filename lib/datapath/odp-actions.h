/* Datapath (ODP) action lists: text <-> netlink, one small class per
 * action kind.  The ct action lives in odp-ct.c and odp-nat.c, clone and
 * check_pkt_len in odp-nested.c. */
#ifndef OFCT_LIB_DATAPATH_ODP_ACTIONS_H
#define OFCT_LIB_DATAPATH_ODP_ACTIONS_H 1

#include <stddef.h>

#include "datapath/odp-attr.h"
#include "datapath/odp-scan.h"

/* One kind of datapath action. */
struct odp_action_class {
    const char *name;       /* Text keyword; NULL for output (a number). */
    uint16_t type;          /* OVS_ACTION_ATTR_*. */
    /* Parses the text after the keyword and appends the attribute. */
    int (*parse)(struct odp_scanner *, struct odp_builder *,
                 struct ofct_error *);
    /* Appends the text of attribute 'a', met by 'it', checking it. */
    int (*format)(const struct odp_attr_iter *it, const struct nlattr *a,
                  struct ofct_buf *, struct ofct_error *);
};

/* Parses a whole action list ("drop" gives OVS_ACTION_ATTR_DROP, as in
 * OVS) and appends its netlink form to 'nl'.  Returns 0, or -1 with
 * 'err' (and nothing appended). */
int odp_actions_parse(const char *text, struct ofct_buf *nl,
                      struct ofct_error *err);
/* Decodes the action list in the 'len' bytes at 'nl' (4-byte aligned),
 * strictly, and appends its text to 'out' ("drop" when empty).  Returns 0,
 * or -1 with 'err' naming the attribute and offset (and nothing
 * appended). */
int odp_actions_format(const void *nl, size_t len, struct ofct_buf *out,
                       struct ofct_error *err);

/* For nested lists (clone, check_pkt_len): parses actions up to the ')'
 * that closes the list, without consuming it ("drop" alone is the empty
 * list); formats the list nested in 'nest' ("drop" when empty). */
int odp_parse_nested_list(struct odp_scanner *, struct odp_builder *,
                          struct ofct_error *);
int odp_format_nested_list(const struct odp_attr_iter *parent,
                           const struct nlattr *nest, struct ofct_buf *,
                           struct ofct_error *);

/* Expects 'literal' at the current position, or reports what is there. */
int odp_expect(struct odp_scanner *, const char *literal,
               struct ofct_error *);

/* odp-nested.c */
int odp_parse_clone(struct odp_scanner *, struct odp_builder *,
                    struct ofct_error *);
int odp_format_clone(const struct odp_attr_iter *, const struct nlattr *,
                     struct ofct_buf *, struct ofct_error *);
int odp_parse_check_pkt_len(struct odp_scanner *, struct odp_builder *,
                            struct ofct_error *);
int odp_format_check_pkt_len(const struct odp_attr_iter *,
                             const struct nlattr *, struct ofct_buf *,
                             struct ofct_error *);

#endif
