/* OpenFlow protocols (version + flow format): names, sets, and which
 * protocols can carry a given match, as Open vSwitch decides them. */
#include <config.h>

#include <string.h>
#include <strings.h>

#include "ofct/flow.h"
#include "openflow/flow-mod.h"
#include "openflow/match.h"

static const char *const protocol_names[] = {
    "OpenFlow10-table_id", "OpenFlow10+table_id", "NXM-table_id",
    "NXM+table_id", "OpenFlow11", "OXM-OpenFlow12", "OXM-OpenFlow13",
    "OXM-OpenFlow14", "OXM-OpenFlow15",
};
#define N_PROTOCOLS (sizeof protocol_names / sizeof *protocol_names)

/* Family names, tried before single names when printing a set. */
static const struct {
    uint32_t protocols;
    const char *name;
} abbrevs[] = {
    { OFCT_P_ANY, "any" },
    { OFPUTIL_P_OF10_STD_ANY, "OpenFlow10" },
    { OFPUTIL_P_OF10_NXM_ANY, "NXM" },
    { OFPUTIL_P_ANY_OXM, "OXM" },
};
#define N_ABBREVS (sizeof abbrevs / sizeof *abbrevs)

const char *
ofct_protocol_to_string(uint32_t protocol)
{
    for (size_t i = 0; i < N_PROTOCOLS; i++) {
        if (protocol == 1u << i) {
            return protocol_names[i];
        }
    }
    return "none";
}

/* Removes from '*protocols' the first family or single protocol it holds
 * and returns its name. */
static const char *
pop_name(uint32_t *protocols)
{
    for (size_t i = 0; i < N_ABBREVS; i++) {
        if ((*protocols & abbrevs[i].protocols) == abbrevs[i].protocols) {
            *protocols &= ~abbrevs[i].protocols;
            return abbrevs[i].name;
        }
    }
    for (size_t i = 0; i < N_PROTOCOLS; i++) {
        if (*protocols & (1u << i)) {
            *protocols &= ~(1u << i);
            return protocol_names[i];
        }
    }
    *protocols = 0;
    return "?";
}

void
ofct_protocols_format(uint32_t protocols, struct ofct_buf *out)
{
    bool first = true;

    protocols &= OFCT_P_ANY;
    if (!protocols) {
        ofct_buf_puts(out, "none");
    }
    while (protocols) {
        const char *name = pop_name(&protocols);

        ofct_buf_printf(out, "%s%s", first ? "" : ",", name);
        first = false;
    }
    ofct_buf_cstr(out);
}

static uint32_t
protocol_from_name(const char *s, size_t n)
{
    for (size_t i = 0; i < N_PROTOCOLS; i++) {
        if (strlen(protocol_names[i]) == n
            && !strncasecmp(s, protocol_names[i], n)) {
            return 1u << i;
        }
    }
    for (size_t i = 0; i < N_ABBREVS; i++) {
        if (strlen(abbrevs[i].name) == n
            && !strncasecmp(s, abbrevs[i].name, n)) {
            return abbrevs[i].protocols;
        }
    }
    return 0;
}

int
ofct_protocols_from_string(const char *s, uint32_t *protocols,
                           struct ofct_error *err)
{
    *protocols = 0;
    while (*s) {
        size_t n;
        uint32_t p;

        s += strspn(s, ", \t");
        n = strcspn(s, ", \t");
        if (!n) {
            break;
        }
        p = protocol_from_name(s, n);
        if (!p) {
            return ofct_error_set(err, OFCT_OK, "%.*s: unknown flow protocol",
                                  (int) n, s);
        }
        *protocols |= p;
        s += n;
    }
    if (!*protocols) {
        return ofct_error_set(err, OFCT_OK, "no flow protocol given");
    }
    return 0;
}

uint32_t
ofct_protocols_from_versions(uint32_t bitmap)
{
    uint32_t protocols = 0;

    if (bitmap & (1u << OFCT_OFP10)) {
        protocols |= OFPUTIL_P_OF10_STD_ANY | OFPUTIL_P_OF10_NXM_ANY;
    }
    if (bitmap & (1u << OFCT_OFP11)) {
        protocols |= OFCT_P_OF11_STD;
    }
    if (bitmap & (1u << OFCT_OFP12)) {
        protocols |= OFCT_P_OF12_OXM;
    }
    if (bitmap & (1u << OFCT_OFP13)) {
        protocols |= OFCT_P_OF13_OXM;
    }
    if (bitmap & (1u << OFCT_OFP14)) {
        protocols |= OFCT_P_OF14_OXM;
    }
    if (bitmap & (1u << OFCT_OFP15)) {
        protocols |= OFCT_P_OF15_OXM;
    }
    return protocols;
}

enum ofct_ofp_version
ofct_protocol_version(uint32_t protocol)
{
    switch (protocol) {
    case OFCT_P_OF11_STD:
        return OFCT_OFP11;
    case OFCT_P_OF12_OXM:
        return OFCT_OFP12;
    case OFCT_P_OF13_OXM:
        return OFCT_OFP13;
    case OFCT_P_OF14_OXM:
        return OFCT_OFP14;
    case OFCT_P_OF15_OXM:
        return OFCT_OFP15;
    default:
        return OFCT_OFP10;
    }
}

uint32_t
ofct_protocol_choose(uint32_t usable, uint32_t allowed)
{
    uint32_t both = usable & allowed & OFCT_P_ANY;

    return both & -both;
}

/* ------------------------------------------------------------------ */
/* Which protocols can match a field: Open vSwitch gives each field the
 * protocols for an exact match, a CIDR mask and an arbitrary mask. */

struct field_usable {
    uint32_t exact, cidr, bitwise;
};

static struct field_usable
field_usable(const struct mf_field *f)
{
    const uint32_t nxm_oxm = OFPUTIL_P_NXM_OXM_ANY;
    const uint32_t of11 = OFPUTIL_P_NXM_OF11_UP;

    switch (f->id) {
    case MFF_IN_PORT:
    case MFF_ETH_TYPE:
    case MFF_DL_VLAN:
    case MFF_DL_VLAN_PCP:
    case MFF_VLAN_PCP:
    case MFF_IP_PROTO:
    case MFF_IP_DSCP:
    case MFF_IP_DSCP_SHIFTED:
    case MFF_ARP_OP:
    case MFF_ICMPV4_TYPE:
    case MFF_ICMPV4_CODE:
        return (struct field_usable) { OFCT_P_ANY, OFCT_P_ANY, OFCT_P_ANY };
    case MFF_VLAN_TCI:
    case MFF_VLAN_VID:
        return (struct field_usable) { OFCT_P_ANY, OFCT_P_ANY, nxm_oxm };
    case MFF_ETH_SRC:
    case MFF_ETH_DST:
        return (struct field_usable) { OFCT_P_ANY, of11, of11 };
    case MFF_IPV4_SRC:
    case MFF_IPV4_DST:
    case MFF_ARP_SPA:
    case MFF_ARP_TPA:
        return (struct field_usable) { OFCT_P_ANY, OFCT_P_ANY, of11 };
    case MFF_TCP_SRC:
    case MFF_TCP_DST:
    case MFF_UDP_SRC:
    case MFF_UDP_DST:
        return (struct field_usable) { OFCT_P_ANY, nxm_oxm, nxm_oxm };
    case MFF_METADATA:
    case MFF_IN_PORT_OXM:
    case MFF_IP_ECN:
    case MFF_SCTP_SRC:
    case MFF_SCTP_DST:
        /* Fields OpenFlow 1.1 added to the standard match. */
        return (struct field_usable) { of11, of11, of11 };
    default:
        return (struct field_usable) { nxm_oxm, nxm_oxm, nxm_oxm };
    }
}

static bool
is_cidr(const uint8_t *mask, size_t n)
{
    size_t i = 0;

    while (i < n && mask[i] == 0xff) {
        i++;
    }
    if (i < n) {
        /* A partial byte must be ones then zeros, so that its complement
         * plus one is a power of two. */
        uint8_t inv = ~mask[i];

        if (inv & (inv + 1)) {
            return false;
        }
        for (i++; i < n; i++) {
            if (mask[i]) {
                return false;
            }
        }
    }
    return true;
}

uint32_t
mf_usable_protocols(const struct mf_field *f, const union mf_value *mask)
{
    struct field_usable u = field_usable(f);

    if (mf_is_all_ones(mask->b, f->n_bytes)) {
        return u.exact;
    } else if (mf_is_all_zeros(mask->b, f->n_bytes)) {
        return OFCT_P_ANY;
    } else if ((f->string == MFS_IPV4 || f->string == MFS_IPV6)
               && is_cidr(mask->b, f->n_bytes)) {
        return u.cidr;
    }
    return u.bitwise;
}

/* OpenFlow 1.0 has no IPv6: an IPv6 match on anything past dl_type needs
 * NXM or OXM.  (Each field's own needs are in field_usable().) */
uint32_t
match_usable_protocols(const struct match *m)
{
    const struct flow *mk = &m->mask;

    if (match_dl_type(m) == ETH_TYPE_IPV6
        && (!mf_is_all_zeros(mk->ipv6_src, 16)
            || !mf_is_all_zeros(mk->ipv6_dst, 16)
            || !mf_is_all_zeros(mk->nd_target, 16)
            || !mf_is_all_zeros(mk->ipv6_label, 4)
            || !mf_is_all_zeros(mk->tp_src, 2)
            || !mf_is_all_zeros(mk->tp_dst, 2)
            || mk->nw_proto || mk->nw_tos)) {
        return OFPUTIL_P_NXM_OXM_ANY;
    }
    return OFCT_P_ANY;
}
