/* Flow text in ovs-ofctl's add-flow syntax: "table=1,priority=10,
 * ct_state=+trk,ip,actions=ct(commit)" into a flow_mod (an ADD), with the
 * protocols that can carry it.  Keywords, errors and the protocol
 * narrowing follow ovs-ofctl's parse_ofp_str(). */
#include <config.h>

#include <inttypes.h>
#include <pthread.h>
#include <stdatomic.h>
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

/* The keywords of a flow that are not fields.  Field names and these do
 * not overlap, so the most common kind, a field, is looked up first. */
enum keyword_kind {
    KW_PROTOCOL,        /* "tcp": dl_type and maybe nw_proto */
    KW_FLAG,            /* "send_flow_rem": a flag of the flow_mod */
    KW_NOTHING,         /* accepted and ignored, with or without value */
    KW_TABLE,
    KW_PRIORITY,
    KW_IDLE_TIMEOUT,
    KW_HARD_TIMEOUT,
    KW_IMPORTANCE,
    KW_COOKIE,
    KW_STATISTIC,       /* dump-flows output: needs a value, ignored */
};

struct keyword {
    const char *name;
    enum keyword_kind kind;
    uint16_t dl_type;           /* KW_PROTOCOL */
    uint8_t nw_proto;           /* KW_PROTOCOL, 0 for none */
    uint16_t flag;              /* KW_FLAG */
    uint32_t usable;            /* KW_FLAG: the protocols that have it */
};

static const struct keyword keywords[] = {
#define PROTO(NAME, DL_TYPE, NW_PROTO) \
    { NAME, KW_PROTOCOL, DL_TYPE, NW_PROTO, 0, 0 }
    PROTO("ip", ETH_TYPE_IP, 0),
    PROTO("ipv4", ETH_TYPE_IP, 0),
    PROTO("ip4", ETH_TYPE_IP, 0),
    PROTO("arp", ETH_TYPE_ARP, 0),
    PROTO("icmp", ETH_TYPE_IP, IPPROTO_ICMP_),
    PROTO("tcp", ETH_TYPE_IP, IPPROTO_TCP_),
    PROTO("udp", ETH_TYPE_IP, IPPROTO_UDP_),
    PROTO("sctp", ETH_TYPE_IP, IPPROTO_SCTP_),
    PROTO("ipv6", ETH_TYPE_IPV6, 0),
    PROTO("ip6", ETH_TYPE_IPV6, 0),
    PROTO("icmp6", ETH_TYPE_IPV6, IPPROTO_ICMPV6_),
    PROTO("tcp6", ETH_TYPE_IPV6, IPPROTO_TCP_),
    PROTO("udp6", ETH_TYPE_IPV6, IPPROTO_UDP_),
    PROTO("sctp6", ETH_TYPE_IPV6, IPPROTO_SCTP_),
    PROTO("rarp", ETH_TYPE_RARP, 0),
    PROTO("mpls", 0x8847, 0),
    PROTO("mplsm", 0x8848, 0),
#undef PROTO
#define FLAG(NAME, FLAG, USABLE) { NAME, KW_FLAG, 0, 0, FLAG, USABLE }
    FLAG("send_flow_rem", OFPUTIL_FF_SEND_FLOW_REM, OFCT_P_ANY),
    FLAG("check_overlap", OFPUTIL_FF_CHECK_OVERLAP, OFCT_P_ANY),
    FLAG("reset_counts", OFPUTIL_FF_RESET_COUNTS, OFPUTIL_P_ANY_OXM),
    FLAG("no_packet_counts", OFPUTIL_FF_NO_PKT_COUNTS,
         OFPUTIL_P_ANY_OXM & ~OFCT_P_OF12_OXM),
    FLAG("no_byte_counts", OFPUTIL_FF_NO_BYT_COUNTS,
         OFPUTIL_P_ANY_OXM & ~OFCT_P_OF12_OXM),
#undef FLAG
#define KW(NAME, KIND) { NAME, KIND, 0, 0, 0, 0 }
    KW("no_readonly_table", KW_NOTHING),
    KW("allow_hidden_fields", KW_NOTHING),
    KW("table", KW_TABLE),
    KW("priority", KW_PRIORITY),
    KW("idle_timeout", KW_IDLE_TIMEOUT),
    KW("hard_timeout", KW_HARD_TIMEOUT),
    KW("importance", KW_IMPORTANCE),
    KW("cookie", KW_COOKIE),
    KW("duration", KW_STATISTIC),
    KW("n_packets", KW_STATISTIC),
    KW("n_bytes", KW_STATISTIC),
    KW("idle_age", KW_STATISTIC),
    KW("hard_age", KW_STATISTIC),
#undef KW
};
#define N_KEYWORDS (sizeof keywords / sizeof *keywords)

/* An open-addressed hash table of 'keywords', twice as large as needed,
 * built on first use: every item of every flow is looked up here. */
#define KEYWORD_SLOTS 128
_Static_assert(2 * N_KEYWORDS <= KEYWORD_SLOTS, "KEYWORD_SLOTS too small");
static const struct keyword *keyword_slots[KEYWORD_SLOTS];
static pthread_once_t keyword_once = PTHREAD_ONCE_INIT;
static atomic_bool keywords_built;

static uint32_t
hash_keyword(const char *s)
{
    uint32_t h = 2166136261u;

    for (; *s; s++) {
        h = (h ^ (unsigned char) *s) * 16777619u;
    }
    return h ^ (h >> 16);
}

static const struct keyword **
keyword_slot(const char *name)
{
    for (uint32_t i = hash_keyword(name); ; i++) {
        const struct keyword **slot = &keyword_slots[i % KEYWORD_SLOTS];

        if (!*slot || !strcmp((*slot)->name, name)) {
            return slot;
        }
    }
}

static void
build_keyword_slots(void)
{
    for (size_t i = 0; i < N_KEYWORDS; i++) {
        *keyword_slot(keywords[i].name) = &keywords[i];
    }
    atomic_store_explicit(&keywords_built, true, memory_order_release);
}

static const struct keyword *
keyword_lookup(const char *name)
{
    if (!atomic_load_explicit(&keywords_built, memory_order_acquire)) {
        pthread_once(&keyword_once, build_keyword_slots);
    }
    return *keyword_slot(name);
}

static void
parse_protocol(const struct keyword *kw, struct match *m)
{
    put_be16(m->flow.dl_type, kw->dl_type);
    put_be16(m->mask.dl_type, 0xffff);
    if (kw->nw_proto) {
        m->flow.nw_proto = kw->nw_proto;
        m->mask.nw_proto = 0xff;
    }
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
    /* No mf_is_value_valid() here, unlike set_field: as in ovs-ofctl, a
     * match keeps the bits its field has ("dl_vlan=4096" is dl_vlan=0,
     * "nw_tos=0x11" is nw_tos=16), and a value the wire cannot carry
     * ("ipv6_label=0x100000") fails when the flow_mod is decoded. */
    *usable &= mf_usable_protocols(f, &mask);
    match_set_field(m, f, &v, &mask);
    if (f->prereq != MFP_NONE) {
        m->packet_type_eth = true;
    }
    return 0;
}

/* "reg0[0..3]=5": sets bits of a field and leaves the others as they
 * were, as Open vSwitch's parse_subfield() does.  The value is an integer
 * without mask, in hex or in C's decimal or octal, and the field's other
 * bits keep what earlier items gave them ("reg0=0x100,reg0[0..3]=5" is
 * reg0=0x105).  Prerequisites are not checked, as for a field given
 * whole.  A field that cannot be masked, matched on only part of its bits
 * ("ct_zone[0..7]=5"), is not set and leaves no protocol usable, which
 * ovs-ofctl reports as OFPBAC_MATCH_INCONSISTENT. */
static int
parse_subfield(const char *name, const char *value, struct match *m,
               uint32_t *usable, struct ofct_error *err)
{
    const struct mf_field *f;
    struct mf_subfield sf;
    union mf_value bits, v, mask;
    const char *p = name;

    if (mf_parse_subfield(&sf, &p, err)) {
        return -1;
    } else if (*p) {
        return ofct_error_set(err, OFCT_OK, "unexpected input following "
                              "field syntax");
    } else if (mf_parse_subfield_int(&sf, name, value, &bits, err)) {
        return -1;
    }

    f = sf.field;
    match_get_field(m, f, &v, &mask);
    for (unsigned int i = 0; i < sf.n_bits; i++) {
        mf_set_bit(v.b, f->n_bytes, sf.ofs + i,
                   mf_bit_is_set(bits.b, f->n_bytes, i));
        mf_set_bit(mask.b, f->n_bytes, sf.ofs + i, true);
    }
    if (!f->maskable && !mf_is_all_ones(mask.b, f->n_bytes)) {
        *usable = 0;
    } else {
        *usable &= mf_usable_protocols(f, &mask);
        match_set_field(m, f, &v, &mask);
    }
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

/* Keywords that take a value and are not fields ('kw' is NULL for an
 * unknown name). */
static int
parse_keyword(const struct keyword *kw, const char *name, const char *value,
              struct ofct_flow_mod *fm, uint32_t *usable,
              struct ofct_error *err)
{
    if (!*value) {
        return ofct_error_set(err, OFCT_OK, "field %s missing value", name);
    }
    switch (kw ? kw->kind : KW_NOTHING) {
    case KW_TABLE:
        if (!ofp_table_from_string(value, &fm->table_id)) {
            return ofct_error_set(err, OFCT_OK, "unknown table \"%s\"",
                                  value);
        }
        if (fm->table_id != OFPTT_ALL) {
            *usable &= OFPUTIL_P_TID;
        }
        return 0;
    case KW_PRIORITY:
        return str_to_u16(value, name, &fm->priority, err);
    case KW_IDLE_TIMEOUT:
        return str_to_u16(value, name, &fm->idle_timeout, err);
    case KW_HARD_TIMEOUT:
        return str_to_u16(value, name, &fm->hard_timeout, err);
    case KW_IMPORTANCE:
        return str_to_u16(value, name, &fm->importance, err);
    case KW_COOKIE:
        return parse_cookie(value, fm, err);
    case KW_STATISTIC:
        /* dump-flows output, accepted so that it can be read back. */
        return 0;
    case KW_PROTOCOL:
    case KW_FLAG:
    case KW_NOTHING:
        break;
    }
    return ofct_error_set(err, OFCT_OK, "unknown keyword %s", name);
}

static int
parse_match_item(char *name, char *value, struct ofct_flow_mod *fm,
                 uint32_t *usable, struct ofct_error *err)
{
    const struct mf_field *f = mf_from_ovs_name(name);
    const struct keyword *kw;

    if (f) {
        return parse_field(f, value, &fm->match, usable, err);
    }
    kw = keyword_lookup(name);
    if (kw && kw->kind == KW_PROTOCOL) {
        parse_protocol(kw, &fm->match);
        return 0;
    } else if (kw && kw->kind == KW_FLAG) {
        fm->flags |= kw->flag;
        *usable &= kw->usable;
        return 0;
    } else if (kw && kw->kind == KW_NOTHING) {
        return 0;
    } else if (!kw && strchr(name, '[')) {
        return parse_subfield(name, value, &fm->match, usable, err);
    }
    return parse_keyword(kw, name, value, fm, usable, err);
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
    } else if (!*usable) {
        /* No protocol can carry the match (as ovs-ofctl says it). */
        return ofct_error_set(err, OFPBAC_MATCH_INCONSISTENT, "actions are "
                              "invalid with specified match (%s)",
                              ofct_ofperr_name(OFPBAC_MATCH_INCONSISTENT));
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
