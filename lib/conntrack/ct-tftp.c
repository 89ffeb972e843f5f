/* The TFTP helper (RFC 1350): a read or write request from the client
 * starts a transfer in which the server answers from a port of its own
 * choosing, so the helper expects a UDP connection from the server's
 * address, any port, to the client's address and port.  As the kernel's
 * helper, it looks only at the request's opcode; the server's port is
 * whatever the connection was committed with (69 for TFTP).  Under NAT
 * the expectation is for the client's address and port as the server
 * knows them, and the transfer is translated as the request was. */
#include <config.h>

#include "conntrack/ct-alg.h"
#include "packet/parse-private.h"

#define TFTP_RRQ 1
#define TFTP_WRQ 2

static void
tftp_process(struct ofct_conntrack *ct, struct conn *conn,
             const struct ct_pkt *pkt)
{
    struct ct_key req, rep, key;
    struct ct_nat_follow nat;
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
    /* The server answers from its own address to the client's address
     * and port as it knows them: the reply key's, which NAT may have
     * translated.  The answer is then translated back to the client's. */
    conn_get_key(conn, CT_DIR_ORIG, &req);
    conn_get_key(conn, CT_DIR_REPLY, &rep);
    ct_alg_expect_key(conn, IPPROTO_NUM_UDP, &rep.src, &rep.dst, rep.dport,
                      &key);
    ct_alg_nat_follow(&req, &rep, req.sport, rep.dport, &nat);
    ct_expect_create(ct, conn, &key, &nat, pkt->now);
}

const struct ct_helper ct_helper_tftp = {
    .name = "tftp",
    .proto = IPPROTO_NUM_UDP,
    .port = 69,
    .max_expected = 1,
    .expect_timeout_ms = 300 * 1000,
    .process = tftp_process,
};
