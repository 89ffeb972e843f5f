/* The TFTP helper (RFC 1350): a read or write request from the client
 * starts a transfer in which the server answers from a port of its own
 * choosing, so the helper expects a UDP connection from the server's
 * address, any port, to the client's address and port.  As the kernel's
 * helper, it looks only at the request's opcode; the server's port is
 * whatever the connection was committed with (69 for TFTP). */
#include <config.h>

#include "conntrack/ct-alg.h"
#include "packet/parse-private.h"

#define TFTP_RRQ 1
#define TFTP_WRQ 2

static void
tftp_process(struct ofct_conntrack *ct, struct conn *conn,
             const struct ct_pkt *pkt)
{
    struct ct_key req, key;
    const uint8_t *data;
    uint16_t opcode;
    size_t n;

    if (pkt->reply) {
        return;
    }
    data = ct_pkt_payload(pkt, &n);
    if (n < 2) {
        return;
    }
    opcode = get16(data);
    if (opcode != TFTP_RRQ && opcode != TFTP_WRQ) {
        return;
    }
    /* NAT (not yet) would make the expectation for the client's
     * translated address and port. */
    conn_get_key(conn, CT_DIR_ORIG, &req);
    ct_alg_expect_key(conn, IPPROTO_NUM_UDP, &req.dst, &req.src, req.sport,
                      &key);
    ct_expect_create(ct, conn, &key, pkt->now);
}

const struct ct_helper ct_helper_tftp = {
    .name = "tftp",
    .proto = IPPROTO_NUM_UDP,
    .port = 69,
    .max_expected = 1,
    .expect_timeout_ms = 300 * 1000,
    .process = tftp_process,
};
