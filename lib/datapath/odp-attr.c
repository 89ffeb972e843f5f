/* Datapath netlink attributes: policy tables, the strict walker and the
 * builder. */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "datapath/odp-attr.h"
#include "util/xalloc.h"

/* ------------------------------------------------------------------ */
/* Policies.  Every type the kernel header names is listed, so that an
 * attribute ofct does not handle is reported by name. */

#define NAMED(TYPE, KIND) [TYPE] = { #TYPE, KIND, 0, 0 }
#define SIZED(TYPE, KIND, MIN, MAX) [TYPE] = { #TYPE, KIND, MIN, MAX }

static const struct odp_attr_policy action_policy[] = {
    NAMED(OVS_ACTION_ATTR_OUTPUT, ODP_ATTR_U32),
    NAMED(OVS_ACTION_ATTR_USERSPACE, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_SET, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_PUSH_VLAN, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_POP_VLAN, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_SAMPLE, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_RECIRC, ODP_ATTR_U32),
    NAMED(OVS_ACTION_ATTR_HASH, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_PUSH_MPLS, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_POP_MPLS, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_SET_MASKED, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_CT, ODP_ATTR_NESTED),
    NAMED(OVS_ACTION_ATTR_TRUNC, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_PUSH_ETH, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_POP_ETH, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_CT_CLEAR, ODP_ATTR_FLAG),
    NAMED(OVS_ACTION_ATTR_PUSH_NSH, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_POP_NSH, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_METER, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_CLONE, ODP_ATTR_NESTED),
    NAMED(OVS_ACTION_ATTR_CHECK_PKT_LEN, ODP_ATTR_NESTED),
    NAMED(OVS_ACTION_ATTR_ADD_MPLS, ODP_ATTR_UNSUPPORTED),
    NAMED(OVS_ACTION_ATTR_DEC_TTL, ODP_ATTR_UNSUPPORTED),
    [ODP_ACTION_ATTR_DROP] = { "OVS_ACTION_ATTR_DROP", ODP_ATTR_U32, 0, 0 },
};

/* Helper and timeout names: OVS allows 15 and 31 characters (the kernel's
 * NF_CT_HELPER_NAME_LEN and CTNL_TIMEOUT_NAME_MAX, with the NUL). */
static const struct odp_attr_policy ct_policy[] = {
    NAMED(OVS_CT_ATTR_COMMIT, ODP_ATTR_FLAG),
    NAMED(OVS_CT_ATTR_ZONE, ODP_ATTR_U16),
    SIZED(OVS_CT_ATTR_MARK, ODP_ATTR_BYTES, 8, 8),
    SIZED(OVS_CT_ATTR_LABELS, ODP_ATTR_BYTES, 32, 32),
    SIZED(OVS_CT_ATTR_HELPER, ODP_ATTR_STRING, 2, 16),
    NAMED(OVS_CT_ATTR_NAT, ODP_ATTR_NESTED),
    NAMED(OVS_CT_ATTR_FORCE_COMMIT, ODP_ATTR_FLAG),
    NAMED(OVS_CT_ATTR_EVENTMASK, ODP_ATTR_UNSUPPORTED),
    SIZED(OVS_CT_ATTR_TIMEOUT, ODP_ATTR_STRING, 2, 32),
};

static const struct odp_attr_policy nat_policy[] = {
    NAMED(OVS_NAT_ATTR_SRC, ODP_ATTR_FLAG),
    NAMED(OVS_NAT_ATTR_DST, ODP_ATTR_FLAG),
    SIZED(OVS_NAT_ATTR_IP_MIN, ODP_ATTR_BYTES, 4, 16),
    SIZED(OVS_NAT_ATTR_IP_MAX, ODP_ATTR_BYTES, 4, 16),
    NAMED(OVS_NAT_ATTR_PROTO_MIN, ODP_ATTR_U16),
    NAMED(OVS_NAT_ATTR_PROTO_MAX, ODP_ATTR_U16),
    NAMED(OVS_NAT_ATTR_PERSISTENT, ODP_ATTR_FLAG),
    NAMED(OVS_NAT_ATTR_PROTO_HASH, ODP_ATTR_FLAG),
    NAMED(OVS_NAT_ATTR_PROTO_RANDOM, ODP_ATTR_FLAG),
};

static const struct odp_attr_policy check_pkt_len_policy[] = {
    NAMED(OVS_CHECK_PKT_LEN_ATTR_PKT_LEN, ODP_ATTR_U16),
    NAMED(OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER, ODP_ATTR_NESTED),
    NAMED(OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL, ODP_ATTR_NESTED),
};

#define SPACE(WHAT, POLICY, UNIQUE) \
    { WHAT, POLICY, sizeof POLICY / sizeof *POLICY, UNIQUE }

const struct odp_attr_space odp_action_space =
    SPACE("OVS_ACTION_ATTR", action_policy, false);
const struct odp_attr_space odp_ct_space =
    SPACE("OVS_CT_ATTR", ct_policy, true);
const struct odp_attr_space odp_nat_space =
    SPACE("OVS_NAT_ATTR", nat_policy, true);
const struct odp_attr_space odp_check_pkt_len_space =
    SPACE("OVS_CHECK_PKT_LEN_ATTR", check_pkt_len_policy, true);

/* ------------------------------------------------------------------ */
/* Walking. */

void
odp_attr_iter_init(struct odp_attr_iter *it, const struct odp_attr_space *sp,
                   const void *base, const void *data, size_t len)
{
    it->space = sp;
    it->base = base;
    it->pos = data;
    it->left = len;
    it->seen = 0;
    it->depth = 0;
}

void
odp_attr_iter_nested(struct odp_attr_iter *child,
                     const struct odp_attr_space *sp,
                     const struct odp_attr_iter *parent,
                     const struct nlattr *nest)
{
    odp_attr_iter_init(child, sp, parent->base, odp_attr_payload(nest),
                       odp_attr_payload_len(nest));
    child->depth = parent->depth + 1;
}

uint16_t
odp_attr_type(const struct nlattr *a)
{
    return mnl_attr_get_type(a);
}

size_t
odp_attr_offset(const struct odp_attr_iter *it, const struct nlattr *a)
{
    return (const uint8_t *) a - it->base;
}

static const struct odp_attr_policy *
policy_of(const struct odp_attr_space *sp, uint16_t type)
{
    return type < sp->n_types && sp->policy[type].name ? &sp->policy[type]
                                                       : NULL;
}

const char *
odp_attr_name(const struct odp_attr_space *sp, uint16_t type, char *buf,
              size_t size)
{
    const struct odp_attr_policy *p = policy_of(sp, type);

    if (p) {
        return p->name;
    }
    snprintf(buf, size, "%s type %u", sp->what, type);
    return buf;
}

static int
verror_at(const struct odp_attr_space *sp, uint16_t type, size_t ofs,
          struct ofct_error *err, const char *fmt, va_list args)
{
    char name[64];
    char detail[OFCT_ERROR_MSG_MAX];

    vsnprintf(detail, sizeof detail, fmt, args);
    return ofct_error_set(err, OFCT_OK, "%s at offset %zu: %s",
                          odp_attr_name(sp, type, name, sizeof name), ofs,
                          detail);
}

static int
error_at(const struct odp_attr_iter *it, uint16_t type, size_t ofs,
         struct ofct_error *err, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static int
error_at(const struct odp_attr_iter *it, uint16_t type, size_t ofs,
         struct ofct_error *err, const char *fmt, ...)
{
    va_list args;

    va_start(args, fmt);
    verror_at(it->space, type, ofs, err, fmt, args);
    va_end(args);
    return -1;
}

int
odp_attr_error(const struct odp_attr_iter *it, const struct nlattr *a,
               struct ofct_error *err, const char *fmt, ...)
{
    va_list args;

    va_start(args, fmt);
    verror_at(it->space, odp_attr_type(a), odp_attr_offset(it, a), err, fmt,
              args);
    va_end(args);
    return -1;
}

/* Checks that the attribute at 'a' lies within the list, padding
 * included: OVS always pads, and a list that ends inside an attribute's
 * padding has lost bytes. */
static int
check_bounds(const struct odp_attr_iter *it, const struct nlattr *a,
             struct ofct_error *err)
{
    size_t ofs = it->pos - it->base;
    size_t padded;

    if (it->left < MNL_ATTR_HDRLEN) {
        return ofct_error_set(err, OFCT_OK, "%s list: %zu bytes at offset "
                              "%zu are too short for an attribute header",
                              it->space->what, it->left, ofs);
    }
    if (a->nla_len < MNL_ATTR_HDRLEN) {
        return error_at(it, odp_attr_type(a), ofs, err, "length %u is "
                        "shorter than the attribute header", a->nla_len);
    }
    padded = MNL_ALIGN((size_t) a->nla_len);
    if (!mnl_attr_ok(a, (int) it->left) || padded > it->left) {
        return error_at(it, odp_attr_type(a), ofs, err, "length %u (%zu with "
                        "padding) runs past the end of the list (%zu bytes "
                        "left)", a->nla_len, padded, it->left);
    }
    return 0;
}

static int
check_string(const struct odp_attr_iter *it, const struct nlattr *a,
             struct ofct_error *err)
{
    const char *s = odp_attr_payload(a);
    size_t len = odp_attr_payload_len(a);

    if (s[len - 1] != '\0') {
        return odp_attr_error(it, a, err, "string is not NUL-terminated");
    }
    if (strlen(s) != len - 1) {
        return odp_attr_error(it, a, err, "string has a NUL before its "
                              "end");
    }
    return 0;
}

static int
check_length(const struct odp_attr_iter *it, const struct nlattr *a,
             const struct odp_attr_policy *p, struct ofct_error *err)
{
    size_t len = odp_attr_payload_len(a);
    size_t min = p->min_len, max = p->max_len;

    switch (p->kind) {
    case ODP_ATTR_FLAG:
        min = max = 0;
        break;
    case ODP_ATTR_U16:
        min = max = 2;
        break;
    case ODP_ATTR_U32:
        min = max = 4;
        break;
    case ODP_ATTR_NESTED:
        return 0;
    case ODP_ATTR_BYTES:
    case ODP_ATTR_STRING:
        break;
    case ODP_ATTR_NONE:
    case ODP_ATTR_UNSUPPORTED:
    default:
        return odp_attr_error(it, a, err, "unexpected attribute");
    }
    if (len < min || len > max) {
        return (min == max
                ? odp_attr_error(it, a, err, "payload is %zu bytes, "
                                 "expected %zu", len, min)
                : odp_attr_error(it, a, err, "payload is %zu bytes, "
                                 "expected %zu to %zu", len, min, max));
    }
    return p->kind == ODP_ATTR_STRING ? check_string(it, a, err) : 0;
}

/* Checks the type of 'a': known, handled, flags only where netlink allows
 * them, and not repeated where the nest forbids it. */
static int
check_type(struct odp_attr_iter *it, const struct nlattr *a,
           const struct odp_attr_policy **pp, struct ofct_error *err)
{
    uint16_t type = odp_attr_type(a);
    const struct odp_attr_policy *p = policy_of(it->space, type);
    size_t ofs = odp_attr_offset(it, a);

    if (!p || p->kind == ODP_ATTR_NONE) {
        return ofct_error_set(err, OFCT_OK, "unknown %s type %u at offset "
                              "%zu", it->space->what, type, ofs);
    }
    if (p->kind == ODP_ATTR_UNSUPPORTED) {
        return error_at(it, type, ofs, err, "not supported by ofct");
    }
    if (a->nla_type & NLA_F_NET_BYTEORDER
        || (a->nla_type & NLA_F_NESTED && p->kind != ODP_ATTR_NESTED)) {
        return error_at(it, type, ofs, err, "unexpected flags %#x in the "
                        "type", a->nla_type & ~NLA_TYPE_MASK);
    }
    if (it->space->unique) {
        if (it->seen & (UINT64_C(1) << type)) {
            return error_at(it, type, ofs, err, "given more than once");
        }
        it->seen |= UINT64_C(1) << type;
    }
    *pp = p;
    return 0;
}

int
odp_attr_iter_next(struct odp_attr_iter *it, const struct nlattr **attrp,
                   struct ofct_error *err)
{
    const struct nlattr *a = (const struct nlattr *) it->pos;
    const struct odp_attr_policy *p = NULL;

    if (!it->left) {
        return 0;
    }
    if (check_bounds(it, a, err)
        || check_type(it, a, &p, err)
        || check_length(it, a, p, err)) {
        return -1;
    }
    it->pos += MNL_ALIGN((size_t) a->nla_len);
    it->left -= MNL_ALIGN((size_t) a->nla_len);
    *attrp = a;
    return 1;
}

uint16_t
odp_attr_get_u16(const struct nlattr *a)
{
    uint16_t v;

    memcpy(&v, odp_attr_payload(a), sizeof v);
    return v;
}

uint32_t
odp_attr_get_u32(const struct nlattr *a)
{
    uint32_t v;

    memcpy(&v, odp_attr_payload(a), sizeof v);
    return v;
}

const void *
odp_attr_payload(const struct nlattr *a)
{
    return (const uint8_t *) a + MNL_ATTR_HDRLEN;
}

size_t
odp_attr_payload_len(const struct nlattr *a)
{
    return a->nla_len - MNL_ATTR_HDRLEN;
}

/* ------------------------------------------------------------------ */
/* Building. */

void
odp_builder_init(struct odp_builder *b)
{
    b->buflen = MNL_NLMSG_HDRLEN + ODP_ACTIONS_MAX;
    /* Zeroed: libmnl 1.0.4 does not clear the padding that aligns an
     * attribute, and OVS's padding is zero. */
    b->buf = xzalloc(b->buflen);
    b->nlh = mnl_nlmsg_put_header(b->buf);
    b->overflow = false;
}

void
odp_builder_uninit(struct odp_builder *b)
{
    free(b->buf);
    b->buf = NULL;
    b->nlh = NULL;
}

int
odp_builder_finish(struct odp_builder *b, struct ofct_buf *out,
                   struct ofct_error *err)
{
    if (b->overflow) {
        return ofct_error_set(err, OFCT_OK, "datapath actions longer than "
                              "%d bytes", ODP_ACTIONS_MAX);
    }
    ofct_buf_put(out, mnl_nlmsg_get_payload(b->nlh),
                 b->nlh->nlmsg_len - MNL_NLMSG_HDRLEN);
    return 0;
}

static void
note(struct odp_builder *b, bool ok)
{
    if (!ok) {
        b->overflow = true;
    }
}

void
odp_put_flag(struct odp_builder *b, uint16_t type)
{
    static const uint8_t nothing;

    if (!b->overflow) {
        note(b, mnl_attr_put_check(b->nlh, b->buflen, type, 0, &nothing));
    }
}

void
odp_put_u16(struct odp_builder *b, uint16_t type, uint16_t value)
{
    if (!b->overflow) {
        note(b, mnl_attr_put_u16_check(b->nlh, b->buflen, type, value));
    }
}

void
odp_put_u32(struct odp_builder *b, uint16_t type, uint32_t value)
{
    if (!b->overflow) {
        note(b, mnl_attr_put_u32_check(b->nlh, b->buflen, type, value));
    }
}

void
odp_put_bytes(struct odp_builder *b, uint16_t type, const void *data,
              size_t len)
{
    if (!b->overflow) {
        note(b, mnl_attr_put_check(b->nlh, b->buflen, type, len, data));
    }
}

void
odp_put_string(struct odp_builder *b, uint16_t type, const char *s)
{
    if (!b->overflow) {
        note(b, mnl_attr_put_strz_check(b->nlh, b->buflen, type, s));
    }
}

struct nlattr *
odp_nest_start(struct odp_builder *b, uint16_t type)
{
    struct nlattr *nest = NULL;

    if (!b->overflow) {
        nest = mnl_attr_nest_start_check(b->nlh, b->buflen, type);
        note(b, nest != NULL);
    }
    return nest;
}

void
odp_nest_end(struct odp_builder *b, struct nlattr *nest)
{
    if (nest && !b->overflow) {
        mnl_attr_nest_end(b->nlh, nest);
        nest->nla_type &= ~NLA_F_NESTED;
    }
}
