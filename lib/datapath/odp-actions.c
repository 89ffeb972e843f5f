/* Datapath action lists in text and netlink: the class table, the simple
 * actions (output, recirc, ct_clear, drop), and the public entry points. */
#include <config.h>

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datapath/odp-actions.h"
#include "datapath/odp-ct.h"
#include "ofct/datapath.h"
#include "util/xalloc.h"

/* ------------------------------------------------------------------ */
/* output: a bare port number. */

static int
parse_output(struct odp_scanner *sc, struct odp_builder *b,
             struct ofct_error *err)
{
    uint64_t port;

    /* OVS scans the port with %i, so 0x and octal work too. */
    if (odp_scan_uint(sc, ODP_SCAN_ANY, UINT32_MAX, "port", &port, err)) {
        return -1;
    }
    odp_put_u32(b, OVS_ACTION_ATTR_OUTPUT, port);
    return 0;
}

static int
format_output(const struct odp_attr_iter *it, const struct nlattr *a,
              struct ofct_buf *out, struct ofct_error *err)
{
    ofct_buf_printf(out, "%"PRIu32, odp_attr_get_u32(a));
    return 0;
}

/* ------------------------------------------------------------------ */
/* recirc(ID). */

int
odp_expect(struct odp_scanner *sc, const char *literal,
           struct ofct_error *err)
{
    if (odp_scan_literal(sc, literal)) {
        return 0;
    }
    return odp_scan_error(sc, sc->pos, odp_scan_value_len(sc), err,
                          "expected `%s'", literal);
}

static int
parse_recirc(struct odp_scanner *sc, struct odp_builder *b,
             struct ofct_error *err)
{
    uint64_t id;

    /* OVS prints the id in hex but parses only decimal; take both. */
    if (odp_expect(sc, "(", err)
        || odp_scan_uint(sc, ODP_SCAN_DEC_OR_HEX, UINT32_MAX,
                         "recirculation id", &id, err)
        || odp_expect(sc, ")", err)) {
        return -1;
    }
    odp_put_u32(b, OVS_ACTION_ATTR_RECIRC, id);
    return 0;
}

static int
format_recirc(const struct odp_attr_iter *it, const struct nlattr *a,
              struct ofct_buf *out, struct ofct_error *err)
{
    ofct_buf_printf(out, "recirc(%#"PRIx32")", odp_attr_get_u32(a));
    return 0;
}

/* ------------------------------------------------------------------ */
/* ct and ct_clear. */

static int
parse_ct(struct odp_scanner *sc, struct odp_builder *b,
         struct ofct_error *err)
{
    struct odp_ct ct;

    if (odp_ct_parse(sc, &ct, err)) {
        return -1;
    }
    odp_ct_encode(&ct, b);
    return 0;
}

static int
format_ct(const struct odp_attr_iter *it, const struct nlattr *a,
          struct ofct_buf *out, struct ofct_error *err)
{
    struct odp_ct ct;

    if (odp_ct_decode(it, a, &ct, err)) {
        return -1;
    }
    odp_ct_format(&ct, out);
    return 0;
}

static int
parse_ct_clear(struct odp_scanner *sc, struct odp_builder *b,
               struct ofct_error *err)
{
    odp_put_flag(b, OVS_ACTION_ATTR_CT_CLEAR);
    return 0;
}

static int
format_ct_clear(const struct odp_attr_iter *it, const struct nlattr *a,
                struct ofct_buf *out, struct ofct_error *err)
{
    ofct_buf_puts(out, "ct_clear");
    return 0;
}

/* ------------------------------------------------------------------ */
/* drop: OVS's explicit drop, OVS_ACTION_ATTR_DROP with a reason (0 in
 * text), printed as "drop" whatever the reason.  As the whole of a nested
 * list, "drop" is the empty list instead (odp_parse_nested_list()). */

static int
parse_drop(struct odp_scanner *sc, struct odp_builder *b,
           struct ofct_error *err)
{
    odp_put_u32(b, ODP_ACTION_ATTR_DROP, 0);
    return 0;
}

static int
format_drop(const struct odp_attr_iter *it, const struct nlattr *a,
            struct ofct_buf *out, struct ofct_error *err)
{
    ofct_buf_puts(out, "drop");
    return 0;
}

/* ------------------------------------------------------------------ */
/* The classes. */

static const struct odp_action_class odp_action_classes[] = {
    { NULL, OVS_ACTION_ATTR_OUTPUT, parse_output, format_output },
    { "recirc", OVS_ACTION_ATTR_RECIRC, parse_recirc, format_recirc },
    { "ct", OVS_ACTION_ATTR_CT, parse_ct, format_ct },
    { "ct_clear", OVS_ACTION_ATTR_CT_CLEAR, parse_ct_clear,
      format_ct_clear },
    { "clone", OVS_ACTION_ATTR_CLONE, odp_parse_clone, odp_format_clone },
    { "check_pkt_len", OVS_ACTION_ATTR_CHECK_PKT_LEN,
      odp_parse_check_pkt_len, odp_format_check_pkt_len },
    { "drop", ODP_ACTION_ATTR_DROP, parse_drop, format_drop },
};

#define N_CLASSES (sizeof odp_action_classes / sizeof *odp_action_classes)

/* ODP actions that OVS knows and ofct does not parse, to say so rather
 * than "unknown". */
static const char *const unsupported_names[] = {
    "userspace", "set", "push_vlan", "pop_vlan", "sample", "hash",
    "push_mpls", "pop_mpls", "trunc", "push_eth", "pop_eth", "push_nsh",
    "pop_nsh", "meter", "tnl_push", "tnl_pop", "lb_output", "add_mpls",
    "dec_ttl", "psample",
};

static const struct odp_action_class *
class_by_name(const char *kw, size_t len)
{
    for (size_t i = 0; i < N_CLASSES; i++) {
        const char *name = odp_action_classes[i].name;
        if (name && strlen(name) == len && !strncmp(name, kw, len)) {
            return &odp_action_classes[i];
        }
    }
    return NULL;
}

static const struct odp_action_class *
class_by_type(uint16_t type)
{
    for (size_t i = 0; i < N_CLASSES; i++) {
        if (odp_action_classes[i].type == type) {
            return &odp_action_classes[i];
        }
    }
    return NULL;
}

static bool
is_unsupported_name(const char *kw, size_t len)
{
    for (size_t i = 0; i < sizeof unsupported_names / sizeof *unsupported_names;
         i++) {
        if (strlen(unsupported_names[i]) == len
            && !strncmp(unsupported_names[i], kw, len)) {
            return true;
        }
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Parsing lists. */

static int
parse_action(struct odp_scanner *sc, struct odp_builder *b,
             struct ofct_error *err)
{
    const char *kw = odp_scan_here(sc);
    size_t at = sc->pos;
    size_t len;
    const struct odp_action_class *c;

    if (*kw >= '0' && *kw <= '9') {
        return parse_output(sc, b, err);
    }
    len = odp_scan_keyword_len(sc);
    c = class_by_name(kw, len);
    if (!c) {
        return odp_scan_error(sc, at, len ? len : odp_scan_value_len(sc),
                              err, is_unsupported_name(kw, len)
                              ? "datapath action not supported by ofct"
                              : "unknown datapath action");
    }
    sc->pos += len;
    return c->parse(sc, b, err);
}

/* Parses actions until the end of the text or, when 'close' is not 0, a
 * 'close' character (not consumed). */
static int
parse_list(struct odp_scanner *sc, char close, struct odp_builder *b,
           struct ofct_error *err)
{
    for (;;) {
        odp_scan_skip_delimiters(sc);
        if (!*odp_scan_here(sc) || (close && *odp_scan_here(sc) == close)) {
            return 0;
        }
        if (parse_action(sc, b, err)) {
            return -1;
        }
        if (!odp_scan_at_end_of_token(sc, close)) {
            return odp_scan_error(sc, sc->pos,
                                  strcspn(odp_scan_here(sc), ODP_DELIMITERS),
                                  err, "unexpected text after the action");
        }
    }
}

/* If the nested list at the current position is just "drop", as OVS
 * prints an empty list, consumes it and returns true. */
static bool
is_whole_drop(struct odp_scanner *sc)
{
    size_t start = sc->pos;

    odp_scan_skip_delimiters(sc);
    if (odp_scan_literal(sc, "drop")) {
        odp_scan_skip_delimiters(sc);
        if (*odp_scan_here(sc) == ')') {
            return true;
        }
    }
    sc->pos = start;
    return false;
}

int
odp_parse_nested_list(struct odp_scanner *sc, struct odp_builder *b,
                      struct ofct_error *err)
{
    size_t at = sc->pos;
    int retval;

    if (sc->depth >= ODP_MAX_DEPTH) {
        return odp_scan_error(sc, at, 0, err, "actions nested more than %d "
                              "deep", ODP_MAX_DEPTH);
    }
    if (is_whole_drop(sc)) {
        return 0;
    }
    sc->depth++;
    retval = parse_list(sc, ')', b, err);
    sc->depth--;
    if (!retval && *odp_scan_here(sc) != ')') {
        return odp_scan_error(sc, at, sc->pos - at, err, "missing `)'");
    }
    return retval;
}

/* True if 'text' is "drop" in any case, as OVS compares it. */
static bool
is_drop(const char *text)
{
    return !strcasecmp(text, "drop");
}

int
odp_actions_parse(const char *text, struct ofct_buf *nl,
                  struct ofct_error *err)
{
    struct odp_builder b;
    struct odp_scanner sc;
    int retval;

    odp_builder_init(&b);
    odp_scan_init(&sc, text);
    if (is_drop(text)) {
        /* As OVS: an explicit drop, with reason 0 (XLATE_OK). */
        odp_put_u32(&b, ODP_ACTION_ATTR_DROP, 0);
        retval = 0;
    } else {
        retval = parse_list(&sc, 0, &b, err);
    }
    if (!retval) {
        retval = odp_builder_finish(&b, nl, err);
    }
    odp_builder_uninit(&b);
    return retval;
}

/* ------------------------------------------------------------------ */
/* Formatting lists. */

static int
format_list(struct odp_attr_iter *it, struct ofct_buf *out,
            struct ofct_error *err)
{
    const struct nlattr *a;
    bool first = true;
    int retval;

    while ((retval = odp_attr_iter_next(it, &a, err)) > 0) {
        const struct odp_action_class *c = class_by_type(odp_attr_type(a));

        if (!first) {
            ofct_buf_putc(out, ',');
        }
        first = false;
        if (c->format(it, a, out, err)) {
            return -1;
        }
    }
    if (!retval && first) {
        ofct_buf_puts(out, "drop");
    }
    return retval;
}

int
odp_format_nested_list(const struct odp_attr_iter *parent,
                       const struct nlattr *nest, struct ofct_buf *out,
                       struct ofct_error *err)
{
    struct odp_attr_iter it;

    odp_attr_iter_nested(&it, &odp_action_space, parent, nest);
    if (it.depth > ODP_MAX_DEPTH) {
        return odp_attr_error(parent, nest, err, "actions nested more than "
                              "%d deep", ODP_MAX_DEPTH);
    }
    return format_list(&it, out, err);
}

int
odp_actions_format(const void *nl, size_t len, struct ofct_buf *out,
                   struct ofct_error *err)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct odp_attr_iter it;
    int retval;

    odp_attr_iter_init(&it, &odp_action_space, nl, nl, len);
    retval = format_list(&it, &text, err);
    if (!retval) {
        ofct_buf_put(out, text.data, text.size);
        ofct_buf_cstr(out);
    }
    ofct_buf_uninit(&text);
    return retval;
}

/* ------------------------------------------------------------------ */
/* Public API. */

int
ofct_odp_actions_parse(const char *text, struct ofct_buf *nl,
                       struct ofct_error *err)
{
    ofct_error_clear(err);
    return odp_actions_parse(text, nl, err);
}

int
ofct_odp_actions_format(const void *nl, size_t len, struct ofct_buf *out,
                        struct ofct_error *err)
{
    void *copy;
    int retval;

    ofct_error_clear(err);
    if (len > ODP_ACTIONS_MAX) {
        return ofct_error_set(err, OFCT_OK, "datapath actions of %zu bytes: "
                              "more than the %d that fit in a netlink "
                              "attribute", len, ODP_ACTIONS_MAX);
    }
    /* The attribute walker reads headers in place: give it aligned
     * memory whatever the caller's buffer is. */
    copy = xmalloc(len ? len : 1);
    if (len) {
        memcpy(copy, nl, len);
    }
    retval = odp_actions_format(copy, len, out, err);
    free(copy);
    return retval;
}
