/* Tracker for IP protocols without one of their own.  It uses the
 * "first / multiple / bidirectional" state machine that UDP shares
 * (ct_simple_update() in ct-private.h, inline since every UDP packet
 * runs it), with its own timeouts. */
#include <config.h>

#include "conntrack/ct-private.h"

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
