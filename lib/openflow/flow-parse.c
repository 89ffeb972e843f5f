/* Flow text in ovs-ofctl's add-flow syntax: "table=1,priority=10,
 * ct_state=+trk,ip,actions=ct(commit)" into a flow_mod (an ADD), with the
 * protocols that can carry it.  Keywords, errors and the protocol
 * narrowing follow ovs-ofctl's parse_ofp_str(). */
#include <config.h>

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "openflow/flow-mod.h"
#include "openflow/ofp-util.h"
#include "util/xalloc.h"

void
flow_mod_init(struct ofct_flow_mod *fm)
{
    struct ofct_buf ofpacts = fm->ofpacts;

    memset(fm, 0, sizeof *fm);
    fm->ofpacts = ofpacts;
    ofct_buf_clear(&fm->ofpacts);
    fm->priority = OFP_DEFAULT_PRIORITY;
    fm->command = OFPFC_ADD;
    fm->table_id = OFPTT_ALL;
    fm->new_cookie = 0;
    fm->buffer_id = NO_BUFFER;
    fm->out_port = OFPP_NONE;
    fm->out_group = OFPG_ANY;
}

/* The protocol shorthands: dl_type and, for some, nw_proto. */
static const struct {
    const char *name;
    uint16_t dl_type;
    uint8_t nw_proto;
} protocols[] = {
    { "ip", ETH_TYPE_IP, 0 },
    { "ipv4", ETH_TYPE_IP, 0 },
    { "ip4", ETH_TYPE_IP, 0 },
    { "arp", ETH_TYPE_ARP, 0 },
    { "icmp", ETH_TYPE_IP, IPPROTO_ICMP_ },
    { "tcp", ETH_TYPE_IP, IPPROTO_TCP_ },
    { "udp", ETH_TYPE_IP, IPPROTO_UDP_ },
    { "sctp", ETH_TYPE_IP, IPPROTO_SCTP_ },
    { "ipv6", ETH_TYPE_IPV6, 0 },
    { "ip6", ETH_TYPE_IPV6, 0 },
    { "icmp6", ETH_TYPE_IPV6, IPPROTO_ICMPV6_ },
    { "tcp6", ETH_TYPE_IPV6, IPPROTO_TCP_ },
    { "udp6", ETH_TYPE_IPV6, IPPROTO_UDP_ },
    { "sctp6", ETH_TYPE_IPV6, IPPROTO_SCTP_ },
    { "rarp", ETH_TYPE_RARP, 0 },
    { "mpls", 0x8847, 0 },
    { "mplsm", 0x8848, 0 },
};

static bool
parse_protocol(const char *name, struct match *m)
{
    for (size_t i = 0; i < sizeof protocols / sizeof *protocols; i++) {
        if (!strcmp(name, protocols[i].name)) {
            put_be16(m->flow.dl_type, protocols[i].dl_type);
            put_be16(m->mask.dl_type, 0xffff);
            if (protocols[i].nw_proto) {
                m->flow.nw_proto = protocols[i].nw_proto;
                m->mask.nw_proto = 0xff;
            }
            return true;
        }
    }
    return false;
}

/* The flags of an ADD, with the protocols that have each. */
static const struct {
    const char *name;
    uint16_t flag;
    uint32_t usable;
} flags[] = {
    { "send_flow_rem", OFPUTIL_FF_SEND_FLOW_REM, OFCT_P_ANY },
    { "check_overlap", OFPUTIL_FF_CHECK_OVERLAP, OFCT_P_ANY },
    { "reset_counts", OFPUTIL_FF_RESET_COUNTS, OFPUTIL_P_ANY_OXM },
    { "no_packet_counts", OFPUTIL_FF_NO_PKT_COUNTS,
      OFPUTIL_P_ANY_OXM & ~OFCT_P_OF12_OXM },
    { "no_byte_counts", OFPUTIL_FF_NO_BYT_COUNTS,
      OFPUTIL_P_ANY_OXM & ~OFCT_P_OF12_OXM },
};

static bool
parse_flag(const char *name, struct ofct_flow_mod *fm, uint32_t *usable)
{
    for (size_t i = 0; i < sizeof flags / sizeof *flags; i++) {
        if (!strcmp(name, flags[i].name)) {
            fm->flags |= flags[i].flag;
            *usable &= flags[i].usable;
            return true;
        }
    }
    return false;
}

static int
parse_field(const struct mf_field *f, const char *value, struct match *m,
            uint32_t *usable, struct ofct_error *err)
{
    union mf_value v, mask;

    /* A field without a value matches its existence, which is every
     * packet here: OVS parses it as "0/0". */
    if (mf_parse(f, *value ? value : "0/0", &v, &mask, err)) {
        return -1;
    }
    if (!mf_is_value_valid(f, &v)) {
        return ofct_error_set(err, OFCT_OK, "%s is not a valid value for "
                              "field %s", value, f->name);
    }
    *usable &= mf_usable_protocols(f, &mask);
    match_set_field(m, f, &v, &mask);
    if (f->prereq != MFP_NONE) {
        m->packet_type_eth = true;
    }
    return 0;
}

static int
str_to_u64(const char *s, uint64_t *v, struct ofct_error *err)
{
    char *tail;

    *v = strtoull(s, &tail, 0);
    if (!*s || *tail) {
        return ofct_error_set(err, OFCT_OK, "invalid numeric format %s", s);
    }
    return 0;
}

static int
parse_cookie(const char *value, struct ofct_flow_mod *fm,
             struct ofct_error *err)
{
    if (strchr(value, '/')) {
        return ofct_error_set(err, OFCT_OK, "flow additions cannot use a "
                              "cookie mask");
    }
    return str_to_u64(value, &fm->new_cookie, err);
}

/* Keywords that take a value and are not fields. */
static int
parse_keyword(const char *name, const char *value, struct ofct_flow_mod *fm,
              uint32_t *usable, struct ofct_error *err)
{
    if (!*value) {
        return ofct_error_set(err, OFCT_OK, "field %s missing value", name);
    }
    if (!strcmp(name, "table")) {
        if (!ofp_table_from_string(value, &fm->table_id)) {
            return ofct_error_set(err, OFCT_OK, "unknown table \"%s\"",
                                  value);
        }
        if (fm->table_id != OFPTT_ALL) {
            *usable &= OFPUTIL_P_TID;
        }
        return 0;
    } else if (!strcmp(name, "priority")) {
        return str_to_u16(value, name, &fm->priority, err);
    } else if (!strcmp(name, "idle_timeout")) {
        return str_to_u16(value, name, &fm->idle_timeout, err);
    } else if (!strcmp(name, "hard_timeout")) {
        return str_to_u16(value, name, &fm->hard_timeout, err);
    } else if (!strcmp(name, "importance")) {
        return str_to_u16(value, name, &fm->importance, err);
    } else if (!strcmp(name, "cookie")) {
        return parse_cookie(value, fm, err);
    } else if (!strcmp(name, "duration") || !strcmp(name, "n_packets")
               || !strcmp(name, "n_bytes") || !strcmp(name, "idle_age")
               || !strcmp(name, "hard_age")) {
        /* dump-flows output, accepted so that it can be read back. */
        return 0;
    }
    return ofct_error_set(err, OFCT_OK, "unknown keyword %s", name);
}

static int
parse_match_item(char *name, char *value, struct ofct_flow_mod *fm,
                 uint32_t *usable, struct ofct_error *err)
{
    /* Field names and the other keywords do not overlap, so the most
     * common kind, a field, is looked up first. */
    const struct mf_field *f = mf_from_ovs_name(name);

    if (f) {
        return parse_field(f, value, &fm->match, usable, err);
    }
    if (parse_protocol(name, &fm->match)
        || parse_flag(name, fm, usable)
        || !strcmp(name, "no_readonly_table")
        || !strcmp(name, "allow_hidden_fields")) {
        return 0;
    }
    return parse_keyword(name, value, fm, usable, err);
}

/* Splits "match...,actions=..." at the first "action", as ovs-ofctl does,
 * and returns the action text (NULL if there is none). */
static char *
extract_actions(char *s)
{
    char *act = strstr(s, "action");

    if (!act) {
        return NULL;
    }
    *act = '\0';
    act = strchr(act + 1, '=');
    return act ? act + 1 : NULL;
}

static int
parse_actions(char *text, struct ofct_flow_mod *fm, uint32_t *usable,
              struct ofct_error *err)
{
    struct ofpact_parse_ctx ctx = {
        .ofpacts = &fm->ofpacts, .outer = N_OFPACTS, .depth = 0,
    };
    const struct ofpact *acts;
    struct ofct_error check_err;

    if (ofpacts_parse_list(text, &ctx, err)) {
        return -1;
    }
    acts = (const struct ofpact *) fm->ofpacts.data;
    ofpacts_usable_protocols(acts, fm->ofpacts.size, usable);
    if (ofpacts_check_match(acts, fm->ofpacts.size, &fm->match,
                            fm->table_id, usable, &check_err)) {
        return ofct_error_set(err, check_err.code, "actions are invalid "
                              "with specified match (%s)",
                              ofct_ofperr_name(check_err.code));
    }
    return 0;
}

static int
parse_flow(char *s, struct ofct_flow_mod *fm, uint32_t *usable,
           struct ofct_error *err)
{
    char *act_str = extract_actions(s);
    char *name, *value;

    *usable = OFCT_P_ANY;
    while (ofp_parse_key_value(&s, &name, &value)) {
        if (parse_match_item(name, value, fm, usable, err)) {
            return -1;
        }
    }
    if (!act_str) {
        return ofct_error_set(err, OFCT_OK, "must specify an action");
    }
    *usable &= match_usable_protocols(&fm->match);
    return parse_actions(act_str, fm, usable, err);
}

/* Flow lines are short; a stack copy avoids an allocation per flow, which
 * parse-flows of a large file notices. */
#define STACK_COPY 1024

int
ofct_flow_mod_parse(struct ofct_flow_mod *fm, const char *text,
                    uint32_t *usable, struct ofct_error *err)
{
    char stack[STACK_COPY];
    size_t n = strlen(text);
    char *copy = n < sizeof stack ? stack : xmalloc(n + 1);
    int retval;

    ofct_error_clear(err);
    memcpy(copy, text, n + 1);
    flow_mod_init(fm);
    retval = parse_flow(copy, fm, usable, err);
    if (copy != stack) {
        free(copy);
    }
    if (retval) {
        flow_mod_init(fm);
        *usable = 0;
    }
    return retval;
}

struct ofct_flow_mod *
ofct_flow_mod_new(void)
{
    struct ofct_flow_mod *fm = xzalloc(sizeof *fm);

    ofct_buf_init(&fm->ofpacts);
    flow_mod_init(fm);
    return fm;
}

void
ofct_flow_mod_free(struct ofct_flow_mod *fm)
{
    if (fm) {
        ofct_buf_uninit(&fm->ofpacts);
        free(fm);
    }
}
