/* Datapath actions that hold action lists: clone(ACTIONS) and
 * check_pkt_len(size=N,gt(ACTIONS),le(ACTIONS)).  OVS's translation emits
 * them around ct actions, so its datapath output cannot be read back
 * without them. */
#include <config.h>

#include <inttypes.h>
#include <string.h>

#include "datapath/odp-actions.h"

/* ------------------------------------------------------------------ */
/* clone */

int
odp_parse_clone(struct odp_scanner *sc, struct odp_builder *b,
                struct ofct_error *err)
{
    struct nlattr *nest;

    if (odp_expect(sc, "(", err)) {
        return -1;
    }
    nest = odp_nest_start(b, OVS_ACTION_ATTR_CLONE);
    if (odp_parse_nested_list(sc, b, err) || odp_expect(sc, ")", err)) {
        return -1;
    }
    odp_nest_end(b, nest);
    return 0;
}

int
odp_format_clone(const struct odp_attr_iter *it, const struct nlattr *a,
                 struct ofct_buf *out, struct ofct_error *err)
{
    ofct_buf_puts(out, "clone(");
    if (odp_format_nested_list(it, a, out, err)) {
        return -1;
    }
    ofct_buf_putc(out, ')');
    return 0;
}

/* ------------------------------------------------------------------ */
/* check_pkt_len */

/* Parses "(ACTIONS)" into a nest of type 'type'. */
static int
parse_branch(struct odp_scanner *sc, uint16_t type, struct odp_builder *b,
             struct ofct_error *err)
{
    struct nlattr *nest = odp_nest_start(b, type);

    if (odp_parse_nested_list(sc, b, err) || odp_expect(sc, ")", err)) {
        return -1;
    }
    odp_nest_end(b, nest);
    return 0;
}

int
odp_parse_check_pkt_len(struct odp_scanner *sc, struct odp_builder *b,
                        struct ofct_error *err)
{
    struct nlattr *nest;
    uint64_t size;

    /* OVS scans the size with %i. */
    if (odp_expect(sc, "(size=", err)
        || odp_scan_uint(sc, ODP_SCAN_ANY, UINT16_MAX, "size", &size, err)
        || odp_expect(sc, ",gt(", err)) {
        return -1;
    }
    nest = odp_nest_start(b, OVS_ACTION_ATTR_CHECK_PKT_LEN);
    odp_put_u16(b, OVS_CHECK_PKT_LEN_ATTR_PKT_LEN, size);
    if (parse_branch(sc, OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER, b, err)
        || odp_expect(sc, ",le(", err)
        || parse_branch(sc, OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL, b,
                        err)
        || odp_expect(sc, ")", err)) {
        return -1;
    }
    odp_nest_end(b, nest);
    return 0;
}

int
odp_format_check_pkt_len(const struct odp_attr_iter *parent,
                         const struct nlattr *attr, struct ofct_buf *out,
                         struct ofct_error *err)
{
    const struct nlattr *a[OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL + 1];
    const struct nlattr *cur;
    struct odp_attr_iter it;
    int retval;

    memset(a, 0, sizeof a);
    odp_attr_iter_nested(&it, &odp_check_pkt_len_space, parent, attr);
    while ((retval = odp_attr_iter_next(&it, &cur, err)) > 0) {
        a[odp_attr_type(cur)] = cur;
    }
    if (retval) {
        return -1;
    }
    for (int t = OVS_CHECK_PKT_LEN_ATTR_PKT_LEN;
         t <= OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL; t++) {
        if (!a[t]) {
            char name[64];
            return odp_attr_error(parent, attr, err, "lacks %s",
                                  odp_attr_name(&odp_check_pkt_len_space, t,
                                                name, sizeof name));
        }
    }
    ofct_buf_printf(out, "check_pkt_len(size=%"PRIu16",gt(",
                    odp_attr_get_u16(a[OVS_CHECK_PKT_LEN_ATTR_PKT_LEN]));
    if (odp_format_nested_list(&it, a[OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER],
                               out, err)) {
        return -1;
    }
    ofct_buf_puts(out, "),le(");
    if (odp_format_nested_list(
            &it, a[OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL], out, err)) {
        return -1;
    }
    ofct_buf_puts(out, "))");
    return 0;
}
