/* ICMP and ICMPv6 query tracker (echo, timestamp, information, address
 * mask): a connection per identifier, started only by a request, in state
 * "first" until the reply.  ICMP errors are not connections of their own:
 * the engine relates them to the connection they quote (conntrack.c). */
#include <config.h>

#include "conntrack/ct-private.h"
#include "packet/parse-private.h"

enum {
    ICMPS_FIRST,
    ICMPS_REPLY,
};

static bool
icmp_valid_new(const struct ct_pkt *pkt)
{
    uint8_t type = pkt->key->tp_src;

    if (pkt->key->nw_proto == IPPROTO_NUM_ICMPV6) {
        return type == 128;
    }
    return type == 8 || type == 13 || type == 15 || type == 17;
}

static void
icmp_new_conn(struct ofct_conntrack *ct, struct conn *conn,
              const struct ct_pkt *pkt)
{
    conn->state = ICMPS_FIRST;
    conn_set_timeout(ct, conn, OFCT_CT_TM_ICMP_FIRST, pkt->now);
}

static enum ct_update_res
icmp_update(struct ofct_conntrack *ct, struct conn *conn,
            const struct ct_pkt *pkt)
{
    if (pkt->reply) {
        conn->state = ICMPS_REPLY;
    }
    conn_set_timeout(ct, conn, conn->state == ICMPS_REPLY
                     ? OFCT_CT_TM_ICMP_REPLY : OFCT_CT_TM_ICMP_FIRST,
                     pkt->now);
    return CT_UPDATE_VALID;
}

static void
icmp_get_info(const struct conn *conn, struct ofct_ct_entry *entry)
{
}

const struct ct_l4_proto ct_proto_icmp = {
    .name = "icmp",
    .data_size = 0,
    .valid_new = icmp_valid_new,
    .new_conn = icmp_new_conn,
    .update = icmp_update,
    .get_info = icmp_get_info,
};
