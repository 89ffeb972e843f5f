/* Tracker for IP protocols without one of their own, and the "first /
 * multiple / bidirectional" state machine it shares with UDP: a
 * connection is "first" after its first packet, "multiple" after more in
 * the original direction, "bidir" once the reply direction has spoken.
 * As in Open vSwitch, the second packet of an unanswered connection is
 * still "new"; later ones are "est". */
#include <config.h>

#include "conntrack/ct-private.h"

enum ct_update_res
ct_simple_update(struct ofct_conntrack *ct, struct conn *conn,
                 const struct ct_pkt *pkt, const enum ofct_ct_timeout tms[3])
{
    enum ct_update_res res = CT_UPDATE_VALID;

    if (pkt->reply && conn->state != CT_SIMPLE_BIDIR) {
        conn->state = CT_SIMPLE_BIDIR;
    } else if (conn->state == CT_SIMPLE_FIRST) {
        conn->state = CT_SIMPLE_MULTIPLE;
        res = CT_UPDATE_VALID_NEW;
    }
    conn_set_timeout(ct, conn, tms[conn->state], pkt->now);
    return res;
}

static const enum ofct_ct_timeout other_timeouts[3] = {
    [CT_SIMPLE_FIRST] = OFCT_CT_TM_OTHER_FIRST,
    [CT_SIMPLE_MULTIPLE] = OFCT_CT_TM_OTHER_SINGLE,
    [CT_SIMPLE_BIDIR] = OFCT_CT_TM_OTHER_MULTIPLE,
};

static bool
other_valid_new(const struct ct_pkt *pkt)
{
    return true;
}

static void
other_new_conn(struct ofct_conntrack *ct, struct conn *conn,
               const struct ct_pkt *pkt)
{
    conn->state = CT_SIMPLE_FIRST;
    conn_set_timeout(ct, conn, other_timeouts[CT_SIMPLE_FIRST], pkt->now);
}

static enum ct_update_res
other_update(struct ofct_conntrack *ct, struct conn *conn,
             const struct ct_pkt *pkt)
{
    return ct_simple_update(ct, conn, pkt, other_timeouts);
}

static void
other_get_info(const struct conn *conn, struct ofct_ct_entry *entry)
{
}

const struct ct_l4_proto ct_proto_other = {
    .name = "other",
    .data_size = 0,
    .valid_new = other_valid_new,
    .new_conn = other_new_conn,
    .update = other_update,
    .get_info = other_get_info,
};
