/* The datapath form of a ct action (OVS_ACTION_ATTR_CT and its nested
 * OVS_CT_ATTR_* / OVS_NAT_ATTR_* attributes) as a plain structure: text
 * parses into it, netlink decodes into it, and both the text formatter and
 * the netlink encoder read it, so the four directions cannot disagree.
 * The translator fills it from an OpenFlow ct action. */
#ifndef OFCT_LIB_DATAPATH_ODP_CT_H
#define OFCT_LIB_DATAPATH_ODP_CT_H 1

#include <stdbool.h>
#include <stdint.h>

#include "datapath/odp-attr.h"
#include "datapath/odp-scan.h"

/* OVS_CT_ATTR_NAT.  Integers in host order, addresses in network order. */
struct odp_nat {
    bool present;           /* The attribute is there (maybe empty). */
    bool src, dst;
    bool persistent, proto_hash, proto_random;
    uint8_t addr_len;       /* 0 (no address), 4 or 16. */
    uint8_t ip_min[16];
    uint8_t ip_max[16];
    bool has_ip_max;
    uint16_t proto_min, proto_max;  /* 0: absent. */
    /* Attribute order.  OVS's text parser writes SRC/DST, the ranges, then
     * the flags; its translator writes SRC/DST, the flags, then the
     * ranges.  Both are kept so that each path gives OVS's bytes. */
    bool flags_first;
};

#define ODP_CT_HELPER_MAX 15    /* Characters, without the NUL. */
#define ODP_CT_TIMEOUT_MAX 31

/* OVS_ACTION_ATTR_CT. */
struct odp_ct {
    bool commit, force_commit;
    bool has_zone;
    uint16_t zone;
    bool has_mark;
    uint32_t mark, mark_mask;
    bool has_label;
    uint8_t label[16], label_mask[16];  /* Big-endian 128-bit numbers. */
    char helper[ODP_CT_HELPER_MAX + 1];     /* "" for none. */
    char timeout[ODP_CT_TIMEOUT_MAX + 1];   /* "" for none. */
    struct odp_nat nat;
};

/* Text.  odp_ct_parse() starts just after "ct". */
int odp_ct_parse(struct odp_scanner *, struct odp_ct *, struct ofct_error *);
void odp_ct_format(const struct odp_ct *, struct ofct_buf *);
/* Netlink. */
void odp_ct_encode(const struct odp_ct *, struct odp_builder *);
int odp_ct_decode(const struct odp_attr_iter *parent, const struct nlattr *,
                  struct odp_ct *, struct ofct_error *);

/* The nat part (odp-nat.c).  odp_nat_parse() starts just after "nat". */
int odp_nat_parse(struct odp_scanner *, struct odp_nat *,
                  struct ofct_error *);
void odp_nat_format(const struct odp_nat *, struct ofct_buf *);
void odp_nat_encode(const struct odp_nat *, struct odp_builder *);
int odp_nat_decode(const struct odp_attr_iter *parent, const struct nlattr *,
                   struct odp_nat *, struct ofct_error *);

#endif
