/* UDP tracker: the shared first / multiple / bidirectional states with
 * UDP's own timeouts.  The packet layer has already checked the UDP
 * length and checksum.
 *
 * For the kernel-style view of a dump, a connection becomes "assured"
 * as the kernel's does (see ct_udp_update() in ct-private.h). */
#include <config.h>

#include "conntrack/ct-private.h"

const enum ofct_ct_timeout ct_udp_timeouts[3] = {
    [CT_SIMPLE_FIRST] = OFCT_CT_TM_UDP_FIRST,
    [CT_SIMPLE_MULTIPLE] = OFCT_CT_TM_UDP_SINGLE,
    [CT_SIMPLE_BIDIR] = OFCT_CT_TM_UDP_MULTIPLE,
};

static bool
udp_valid_new(const struct ct_pkt *pkt)
{
    return true;
}

static void
udp_new_conn(struct ofct_conntrack *ct, struct conn *conn,
             const struct ct_pkt *pkt)
{
    conn->state = CT_SIMPLE_FIRST;
    conn_set_timeout(ct, conn, ct_udp_timeouts[CT_SIMPLE_FIRST], pkt->now);
}

static enum ct_update_res
udp_update(struct ofct_conntrack *ct, struct conn *conn,
           const struct ct_pkt *pkt)
{
    return ct_udp_update(ct, conn, pkt);
}

static void
udp_get_info(const struct conn *conn, struct ofct_ct_entry *entry)
{
}

const struct ct_l4_proto ct_proto_udp = {
    .name = "udp",
    .data_size = 0,
    .valid_new = udp_valid_new,
    .new_conn = udp_new_conn,
    .update = udp_update,
    .get_info = udp_get_info,
};
