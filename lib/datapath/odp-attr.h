/* Datapath (ODP) netlink attributes: the numbers that the kernel header
 * lacks, their names for messages, a strict walker that checks every
 * attribute against a per-nest policy table, and a builder over libmnl
 * that writes exactly the bytes Open vSwitch writes.
 *
 * Byte order, as in OVS: attribute headers and integer payloads (zone,
 * mark, ports, recirculation ids) are in host order, addresses in network
 * order. */
#ifndef OFCT_LIB_DATAPATH_ODP_ATTR_H
#define OFCT_LIB_DATAPATH_ODP_ATTR_H 1

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libmnl/libmnl.h>
#include <linux/openvswitch.h>

#include "ofct/util.h"

/* Linux 6.1's <linux/openvswitch.h> (Debian 12's linux-libc-dev) has every
 * OVS_CT_ATTR_* up to OVS_CT_ATTR_TIMEOUT, every OVS_NAT_ATTR_* and the
 * OVS_CHECK_PKT_LEN_ATTR_*; it ends the action list at
 * OVS_ACTION_ATTR_DEC_TTL (23).  OVS_ACTION_ATTR_DROP (a u32 reason) came
 * with Linux 6.4 and has always been 24 in OVS's own copy of the header; it
 * is an enumerator, so it cannot be tested with #ifdef: ofct uses its own
 * name for it. */
#define ODP_ACTION_ATTR_DROP 24

/* An action list goes into one netlink attribute (OVS_FLOW_ATTR_ACTIONS)
 * whose 16-bit length also counts its header: OVS refuses a list longer
 * than this (nl_attr_oversized()). */
#define ODP_ACTIONS_MAX (UINT16_MAX & ~(MNL_ALIGNTO - 1))

/* How deeply clone() and check_pkt_len() may nest.  OVS allows 32 levels in
 * text (MAX_ODP_NESTED); the kernel allows fewer in practice; 16 bounds the
 * recursion of both the parser and the decoder. */
#define ODP_MAX_DEPTH 16

/* ------------------------------------------------------------------ */
/* Policy: what each attribute type of one nest may hold. */

enum odp_attr_kind {
    ODP_ATTR_NONE,          /* Not a valid type here (or unknown). */
    ODP_ATTR_UNSUPPORTED,   /* Valid for the kernel, not decoded by ofct. */
    ODP_ATTR_FLAG,          /* No payload. */
    ODP_ATTR_U16,
    ODP_ATTR_U32,
    ODP_ATTR_BYTES,         /* min_len..max_len bytes. */
    ODP_ATTR_STRING,        /* NUL-terminated, min_len..max_len bytes with
                             * the NUL, no NUL before the end. */
    ODP_ATTR_NESTED,        /* Attributes; NLA_F_NESTED allowed. */
};

struct odp_attr_policy {
    const char *name;       /* "OVS_CT_ATTR_ZONE"; NULL if no such type. */
    enum odp_attr_kind kind;
    uint16_t min_len, max_len;
};

/* The attribute types of one kind of nest. */
struct odp_attr_space {
    const char *what;       /* "OVS_CT_ATTR", for unknown types. */
    const struct odp_attr_policy *policy;
    size_t n_types;         /* At most 64. */
    bool unique;            /* Each type at most once (not action lists). */
};

extern const struct odp_attr_space odp_action_space;
extern const struct odp_attr_space odp_ct_space;
extern const struct odp_attr_space odp_nat_space;
extern const struct odp_attr_space odp_check_pkt_len_space;

/* ------------------------------------------------------------------ */
/* Walking attributes strictly. */

struct odp_attr_iter {
    const struct odp_attr_space *space;
    const uint8_t *base;    /* Start of the outermost list, for offsets. */
    const uint8_t *pos;
    size_t left;
    uint64_t seen;          /* Types met so far, for 'unique'. */
    unsigned int depth;     /* Nesting level of this list (0 = top). */
};

/* Walks the 'len' bytes at 'data' (which must be 4-byte aligned and lie
 * within the list that starts at 'base') as attributes of 'space'. */
void odp_attr_iter_init(struct odp_attr_iter *, const struct odp_attr_space *,
                        const void *base, const void *data, size_t len);
/* Walks the payload of 'nest', an attribute met by 'parent'. */
void odp_attr_iter_nested(struct odp_attr_iter *child,
                          const struct odp_attr_space *,
                          const struct odp_attr_iter *parent,
                          const struct nlattr *nest);
/* Sets '*attrp' to the next attribute and returns 1, returns 0 at the end,
 * or returns -1 with 'err' naming the attribute and its offset when the
 * bytes are truncated, the type is unknown, unsupported or repeated, or the
 * length does not fit the policy. */
int odp_attr_iter_next(struct odp_attr_iter *, const struct nlattr **attrp,
                       struct ofct_error *err);

/* The type of 'a' without the NLA_F_* flags. */
uint16_t odp_attr_type(const struct nlattr *a);
/* Offset of 'a' from the start of the outermost list. */
size_t odp_attr_offset(const struct odp_attr_iter *, const struct nlattr *a);
/* "OVS_CT_ATTR_ZONE", or "OVS_CT_ATTR type 42". */
const char *odp_attr_name(const struct odp_attr_space *, uint16_t type,
                          char *buf, size_t size);
/* Records "NAME at offset N: MESSAGE" in 'err' and returns -1. */
int odp_attr_error(const struct odp_attr_iter *, const struct nlattr *a,
                   struct ofct_error *err, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Payload getters for attributes the walker has checked.  memcpy() keeps
 * them safe for any alignment of the payload. */
uint16_t odp_attr_get_u16(const struct nlattr *);
uint32_t odp_attr_get_u32(const struct nlattr *);
const void *odp_attr_payload(const struct nlattr *);
size_t odp_attr_payload_len(const struct nlattr *);

/* ------------------------------------------------------------------ */
/* Building attributes. */

/* A netlink message buffer of fixed size (so that nest pointers stay
 * valid) that libmnl fills.  Writing past ODP_ACTIONS_MAX bytes of
 * attributes sets 'overflow' and writes nothing more. */
struct odp_builder {
    void *buf;
    struct nlmsghdr *nlh;
    size_t buflen;
    bool overflow;
};

void odp_builder_init(struct odp_builder *);
void odp_builder_uninit(struct odp_builder *);
/* Appends the attributes built so far to 'out'.  Returns 0, or -1 with
 * 'err' if they did not fit. */
int odp_builder_finish(struct odp_builder *, struct ofct_buf *out,
                       struct ofct_error *err);

void odp_put_flag(struct odp_builder *, uint16_t type);
void odp_put_u16(struct odp_builder *, uint16_t type, uint16_t value);
void odp_put_u32(struct odp_builder *, uint16_t type, uint32_t value);
void odp_put_bytes(struct odp_builder *, uint16_t type, const void *,
                   size_t len);
/* A string with its terminating NUL, as OVS's nl_msg_put_string(). */
void odp_put_string(struct odp_builder *, uint16_t type, const char *);
/* Nests.  OVS never sets NLA_F_NESTED, which mnl_attr_nest_start() does:
 * odp_nest_end() clears it so that the bytes are OVS's. */
struct nlattr *odp_nest_start(struct odp_builder *, uint16_t type);
void odp_nest_end(struct odp_builder *, struct nlattr *);

#endif
