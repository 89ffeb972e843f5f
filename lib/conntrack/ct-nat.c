/* A connection's NAT: set up when the connection is committed, from the
 * ct action's nat() range or from the expectation that announced it,
 * and freed with it. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-nat.h"
#include "util/xalloc.h"

void
ct_nat_follow_range(const struct ct_nat_follow *follow, uint8_t family,
                    struct ofct_ct_nat *range)
{
    memset(range, 0, sizeof *range);
    range->type = follow->type;
    range->family = family;
    range->addr_min = range->addr_max = follow->addr;
    /* A source port stays if it can, as for any source NAT; the
     * destination port is the announced one. */
    range->port_min = range->port_max = follow->port;
}

bool
ct_nat_setup(struct ofct_conntrack *ct, struct conn *conn,
             const struct ofct_ct_nat *range, int64_t now)
{
    struct ct_key orig, reply;
    struct ct_nat *nat;

    conn_get_key(conn, CT_DIR_ORIG, &orig);
    /* Counted before the search, so that a commit without NAT that races
     * with this one checks its reply key (see conn_create()). */
    __atomic_fetch_add(&ct->n_nat_conns, 1, __ATOMIC_SEQ_CST);
    if (!ct_nat_select(ct, &orig, range, now, &reply)) {
        __atomic_fetch_sub(&ct->n_nat_conns, 1, __ATOMIC_RELAXED);
        return false;
    }
    nat = xzalloc(sizeof *nat);
    nat->reply = reply;
    nat->type = range->type;
    conn_ext(conn)->nat = nat;
    return true;
}

void
ct_nat_free(struct ofct_conntrack *ct, struct conn *conn)
{
    struct ct_nat *nat = conn->ext ? conn->ext->nat : NULL;

    if (nat) {
        __atomic_fetch_sub(&ct->n_nat_conns, 1, __ATOMIC_RELAXED);
        ct_nat_edits_free(nat->edits);
        free(nat);
        conn->ext->nat = NULL;
    }
}

uint8_t
ct_nat_state(const struct conn *conn, bool reply)
{
    /* As Open vSwitch: the reply direction of a source NAT has its
     * destination translated, and the other way round. */
    bool src = (conn_nat(conn)->type == OFCT_CT_NAT_SRC) != reply;

    return src ? OFCT_CS_SNAT : OFCT_CS_DNAT;
}
