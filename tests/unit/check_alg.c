/* Unit tests for the ALGs: the FTP command parser, the FTP and TFTP
 * helpers on real packets through the engine, and the expectation table
 * (lib/conntrack/ct-ftp.c, ct-tftp.c, ct-expect.c). */
#include <config.h>

#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "conntrack/ct-alg.h"
#include "ofct/conntrack.h"
#include "pkt-build.h"

#define NEW (OFCT_CS_NEW | OFCT_CS_TRK)
#define EST (OFCT_CS_EST | OFCT_CS_TRK)
#define EST_RPL (OFCT_CS_EST | OFCT_CS_RPL | OFCT_CS_TRK)
#define NEW_REL (OFCT_CS_NEW | OFCT_CS_REL | OFCT_CS_TRK)
#define EST_REL (OFCT_CS_EST | OFCT_CS_REL | OFCT_CS_TRK)
#define EST_REL_RPL (OFCT_CS_EST | OFCT_CS_REL | OFCT_CS_RPL | OFCT_CS_TRK)
#define INV (OFCT_CS_INV | OFCT_CS_TRK)

/* The parser, case by case. */

struct parse_case {
    const char *line;
    bool from_client;
    enum ftp_parse_result result;
    enum ftp_cmd_type type;
    const char *addr;           /* NULL: none (229). */
    uint16_t port;
    const char *arg;            /* What arg_ofs and arg_len point at. */
};

#define C true                  /* Sent by the client. */
#define S false                 /* Sent by the server. */
#define OK FTP_PARSE_OK
#define BAD FTP_PARSE_MALFORMED
#define NONE FTP_PARSE_NONE
#define NO_CMD 0, NULL, 0, NULL  /* The rest, for a line that is not one. */

static const struct parse_case parse_cases[] = {
    /* PORT, in every case. */
    { "PORT 10,1,1,1,4,1", C, OK, FTP_CMD_PORT, "10.1.1.1", 1025,
      "10,1,1,1,4,1" },
    { "port 10,1,1,1,4,1", C, OK, FTP_CMD_PORT, "10.1.1.1", 1025,
      "10,1,1,1,4,1" },
    { "PoRt 10,1,1,1,4,1", C, OK, FTP_CMD_PORT, "10.1.1.1", 1025,
      "10,1,1,1,4,1" },
    { "PORT  10,1,1,1,4,1  ", C, OK, FTP_CMD_PORT, "10.1.1.1", 1025,
      "10,1,1,1,4,1" },
    { "PORT 010,001,001,001,004,001", C, OK, FTP_CMD_PORT, "10.1.1.1", 1025,
      "010,001,001,001,004,001" },
    { "PORT 10,1,1,1,255,255", C, OK, FTP_CMD_PORT, "10.1.1.1", 65535,
      "10,1,1,1,255,255" },
    { "PORT 255,255,255,255,1,0", C, OK, FTP_CMD_PORT, "255.255.255.255",
      256, "255,255,255,255,1,0" },
    /* Octets above 255, port 0, the wrong count of numbers. */
    { "PORT 256,1,1,1,4,1", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,256,1", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,4,1000", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,0,0", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,4", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,4,1,7", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,4,1 now", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,4,-1", C, BAD, NO_CMD },
    { "PORT 10.1.1.1,4,1", C, BAD, NO_CMD },
    { "PORT 10,1,1,1,,4,1", C, BAD, NO_CMD },
    { "PORT 99999999999999999999999999,1,1,1,4,1", C, BAD, NO_CMD },
    { "PORT", C, BAD, NO_CMD },
    { "PORT ", C, BAD, NO_CMD },
    /* Only the command, only at the line's start, only from the client. */
    { "PORTS 10,1,1,1,4,1", C, NONE, NO_CMD },
    { " PORT 10,1,1,1,4,1", C, NONE, NO_CMD },
    { "NOOP PORT 10,1,1,1,4,1", C, NONE, NO_CMD },
    { "SITE EXEC PORT 10,1,1,1,4,1", C, NONE, NO_CMD },
    { "PORT 10,1,1,1,4,1", S, NONE, NO_CMD },
    { "EPRT |1|10.1.1.1|1025|", S, NONE, NO_CMD },

    /* EPRT, IPv4 and IPv6, with any delimiter. */
    { "EPRT |1|10.1.1.1|1025|", C, OK, FTP_CMD_EPRT, "10.1.1.1", 1025,
      "10.1.1.1|1025" },
    { "eprt |1|10.1.1.1|1025|", C, OK, FTP_CMD_EPRT, "10.1.1.1", 1025,
      "10.1.1.1|1025" },
    { "EPRT |2|fd00::1|6446|", C, OK, FTP_CMD_EPRT, "fd00::1", 6446,
      "fd00::1|6446" },
    { "EPRT !2!fd00::1!6446!", C, OK, FTP_CMD_EPRT, "fd00::1", 6446,
      "fd00::1!6446" },
    { "EPRT !1!10.1.1.1!65535!", C, OK, FTP_CMD_EPRT, "10.1.1.1", 65535,
      "10.1.1.1!65535" },
    { "EPRT |2|2001:db8::10.1.1.1|80|", C, OK, FTP_CMD_EPRT,
      "2001:db8::a01:101", 80, "2001:db8::10.1.1.1|80" },
    /* Delimiters that do not match, bad families, ports, addresses. */
    { "EPRT |1|10.1.1.1!1025|", C, BAD, NO_CMD },
    { "EPRT |1!10.1.1.1|1025|", C, BAD, NO_CMD },
    { "EPRT |1|10.1.1.1|1025!", C, BAD, NO_CMD },
    { "EPRT |1|10.1.1.1|1025", C, BAD, NO_CMD },
    { "EPRT |3|10.1.1.1|1025|", C, BAD, NO_CMD },
    { "EPRT |1|10.1.1.1|0|", C, BAD, NO_CMD },
    { "EPRT |1|10.1.1.1|65536|", C, BAD, NO_CMD },
    { "EPRT |1|10.1.1.256|1025|", C, BAD, NO_CMD },
    { "EPRT |1|10.1.1|1025|", C, BAD, NO_CMD },
    { "EPRT |1|fd00::1|1025|", C, BAD, NO_CMD },
    { "EPRT |2|10.1.1.1|1025|", C, BAD, NO_CMD },
    { "EPRT |2|fd00::zz|1025|", C, BAD, NO_CMD },
    { "EPRT |2|1:2:3:4:5:6:7:8:9:10:11:12:13:14:15:16:17:18|1025|", C,
      BAD, NO_CMD },
    { "EPRT |1|10.1.1.1|1025| extra", C, BAD, NO_CMD },
    { "EPRT", C, BAD, NO_CMD },
    { "EPRT |", C, BAD, NO_CMD },

    /* 227 in every form servers use. */
    { "227 Entering Passive Mode (10,1,1,2,156,143).", S, OK, FTP_CMD_PASV,
      "10.1.1.2", 40079, "10,1,1,2,156,143" },
    { "227 Entering Passive Mode (10,1,1,2,156,143", S, OK, FTP_CMD_PASV,
      "10.1.1.2", 40079, "10,1,1,2,156,143" },
    { "227 Entering Passive Mode. 10,1,1,2,156,143", S, OK, FTP_CMD_PASV,
      "10.1.1.2", 40079, "10,1,1,2,156,143" },
    { "227 =10,1,1,2,156,143", S, OK, FTP_CMD_PASV, "10.1.1.2", 40079,
      "10,1,1,2,156,143" },
    { "227 Entering Passive Mode 2 (10,1,1,2,156,143)", S, OK, FTP_CMD_PASV,
      "10.1.1.2", 40079, "10,1,1,2,156,143" },
    { "227 Entering Passive Mode (10,1,1,2,300,143).", S, BAD, NO_CMD },
    { "227 Entering Passive Mode (10,1,1,2,0,0).", S, BAD, NO_CMD },
    { "227 Entering Passive Mode", S, BAD, NO_CMD },
    { "227 Entering Passive Mode (10,1,1,2,156,143).", C, NONE, NO_CMD },
    { "227-Entering Passive Mode (10,1,1,2,156,143).", S, NONE, NO_CMD },

    /* 229, with digits before the parenthesis and any delimiter. */
    { "229 Entering Extended Passive Mode (|||6446|)", S, OK, FTP_CMD_EPSV,
      NULL, 6446, "6446" },
    { "229 Entering Extended Passive Mode 2 (|||6446|)", S, OK,
      FTP_CMD_EPSV, NULL, 6446, "6446" },
    { "229 Entering Extended Passive Mode (!!!6446!).", S, OK, FTP_CMD_EPSV,
      NULL, 6446, "6446" },
    { "229 Entering Extended Passive Mode (|||6446!)", S, BAD, NO_CMD },
    { "229 Entering Extended Passive Mode (||!6446|)", S, BAD, NO_CMD },
    { "229 Entering Extended Passive Mode (|||0|)", S, BAD, NO_CMD },
    { "229 Entering Extended Passive Mode (|||65536|)", S, BAD, NO_CMD },
    { "229 Entering Extended Passive Mode (|||6446|", S, BAD, NO_CMD },
    { "229 Entering Extended Passive Mode |||6446|", S, BAD, NO_CMD },
    { "229 Entering Extended Passive Mode (111644611)", S, BAD, NO_CMD },
    { "229 (", S, BAD, NO_CMD },

    /* Replies that announce nothing. */
    { "230 Login successful.", S, NONE, NO_CMD },
    { "150 Here comes the directory listing.", S, NONE, NO_CMD },
    { "", C, NONE, NO_CMD },
    { "", S, NONE, NO_CMD },
};

START_TEST(test_parse_case)
{
    const struct parse_case *c = &parse_cases[_i];
    struct ftp_cmd cmd;
    enum ftp_parse_result r;

    r = ftp_parse_line(c->line, strlen(c->line), c->from_client, &cmd);
    ck_assert_msg(r == c->result, "\"%s\": result %d, expected %d",
                  c->line, r, c->result);
    if (r == FTP_PARSE_OK) {
        struct ofct_ip_addr a;
        int family = c->addr ? ofct_ip_addr_parse(c->addr, &a) : 0;

        if (!c->addr) {
            memset(&a, 0, sizeof a);
        }
        ck_assert_int_eq(cmd.type, c->type);
        ck_assert_int_eq(cmd.family, family);
        ck_assert_msg(!memcmp(&cmd.addr, &a, sizeof a), "\"%s\": address",
                      c->line);
        ck_assert_uint_eq(cmd.port, c->port);
        ck_assert_uint_le(cmd.arg_ofs + cmd.arg_len, strlen(c->line));
        ck_assert_msg(cmd.arg_len == strlen(c->arg)
                      && !memcmp(c->line + cmd.arg_ofs, c->arg, cmd.arg_len),
                      "\"%s\": argument at %zu, %zu bytes", c->line,
                      cmd.arg_ofs, cmd.arg_len);
    }
}
END_TEST

/* Lines are not NUL-terminated: the parser reads only 'len' bytes. */
START_TEST(test_parse_bounds)
{
    static const char text[] = "PORT 10,1,1,1,4,1234";
    struct ftp_cmd cmd;
    char *copy;
    size_t n;

    /* Every prefix, in a buffer of exactly its size (ASan would see a
     * read past it). */
    for (n = 0; n <= strlen(text); n++) {
        copy = malloc(n ? n : 1);
        memcpy(copy, text, n);
        ftp_parse_line(copy, n, true, &cmd);
        ftp_parse_line(copy, n, false, &cmd);
        free(copy);
    }
    /* "PORT 10,1,1,1,4,12" of the longer text is a valid command. */
    ck_assert_int_eq(ftp_parse_line(text, 18, true, &cmd), FTP_PARSE_OK);
    ck_assert_uint_eq(cmd.port, 4 * 256 + 12);
    /* A NUL inside an EPRT address does not cut it short. */
    ck_assert_int_eq(ftp_parse_line("EPRT |2|::1\0zz|80|", 18, true, &cmd),
                     FTP_PARSE_MALFORMED);
}
END_TEST

/* An engine with helpers, and FTP conversations through it. */

static struct ofct_conntrack *
engine(uint32_t max_expects, uint32_t per_master)
{
    struct ofct_ct_config cfg = {
        .seed = 42, .max_expects = max_expects,
        .max_expects_per_master = per_master,
    };

    return ofct_conntrack_create(&cfg);
}

static struct ofct_ct_stats
stats(struct ofct_conntrack *ct)
{
    struct ofct_ct_stats s;

    ofct_conntrack_get_stats(ct, &s);
    return s;
}

/* A TCP segment with 'len' bytes of payload 'data'. */
static void
tp_tcp_data(struct tpkt *p, const char *src, const char *dst, uint16_t sport,
            uint16_t dport, uint32_t seq, uint32_t ack, uint16_t flags,
            const void *data, size_t len)
{
    uint8_t l4[2048];

    /* tp_build() copies into a 2048-byte frame. */
    ck_assert_uint_le(len, 2048 - 54 - 20);
    memset(l4, 0, 20);
    tp_put16(l4, sport);
    tp_put16(l4 + 2, dport);
    tp_put32(l4 + 4, seq);
    tp_put32(l4 + 8, ack);
    l4[12] = 5 << 4;
    l4[13] = flags;
    tp_put16(l4 + 14, 65535);
    if (len) {
        memcpy(l4 + 20, data, len);
    }
    tp_build(p, src, dst, 6, l4, 20 + len, 16);
}

static uint8_t
run_pkt(struct ofct_conntrack *ct, struct tpkt *p,
        const struct ofct_ct_params *params, int64_t now,
        struct ofct_packet *out)
{
    struct ofct_packet pkt;

    memset(&pkt, 0, sizeof pkt);
    pkt.data = p->b;
    pkt.size = p->n;
    ofct_conntrack_execute(ct, &pkt, 1, params, now);
    if (out) {
        *out = pkt;
    }
    return pkt.ct_state;
}

/* An FTP control connection from 'client':'cport' to 'server':21. */
struct ftp_conv {
    struct ofct_conntrack *ct;
    const char *client, *server;
    uint16_t cport;
    uint32_t cseq, sseq;
    struct ofct_ct_params params;
    int64_t now;
};

static void
conv_init(struct ftp_conv *f, struct ofct_conntrack *ct, const char *client,
          const char *server, uint16_t cport)
{
    memset(f, 0, sizeof *f);
    f->ct = ct;
    f->client = client;
    f->server = server;
    f->cport = cport;
    f->cseq = 1000;
    f->sseq = 500000;
    f->params.commit = true;
    f->params.helper = "ftp";
    f->now = 1000;
}

/* Sends 'len' bytes from the client (or the server) at sequence number
 * 'seq', without moving the conversation's own numbers. */
static uint8_t
conv_send_at(struct ftp_conv *f, bool from_client, uint16_t flags,
             uint32_t seq, const void *data, size_t len)
{
    struct tpkt p;

    if (from_client) {
        tp_tcp_data(&p, f->client, f->server, f->cport, 21, seq,
                    flags & F_ACK ? f->sseq : 0, flags, data, len);
    } else {
        tp_tcp_data(&p, f->server, f->client, 21, f->cport, seq, f->cseq,
                    flags, data, len);
    }
    return run_pkt(f->ct, &p, &f->params, f->now++, NULL);
}

static uint8_t
conv_send(struct ftp_conv *f, bool from_client, const void *data,
          size_t len)
{
    uint32_t *seq = from_client ? &f->cseq : &f->sseq;
    uint8_t state = conv_send_at(f, from_client, F_ACK | F_PSH, *seq, data,
                                 len);

    *seq += len;
    return state;
}

static uint8_t
client_says(struct ftp_conv *f, const char *text)
{
    return conv_send(f, true, text, strlen(text));
}

static uint8_t
server_says(struct ftp_conv *f, const char *text)
{
    return conv_send(f, false, text, strlen(text));
}

static void
conv_open(struct ftp_conv *f)
{
    ck_assert_uint_eq(conv_send_at(f, true, F_SYN, f->cseq++, NULL, 0), NEW);
    ck_assert_uint_eq(conv_send_at(f, false, F_SYN | F_ACK, f->sseq++, NULL,
                                   0), EST_RPL);
    ck_assert_uint_eq(conv_send_at(f, true, F_ACK, f->cseq, NULL, 0), EST);
    ck_assert_uint_eq(server_says(f, "220 Welcome\r\n"), EST_RPL);
}

static size_t
n_expects(struct ofct_conntrack *ct)
{
    return stats(ct).n_expects;
}

/* The only expectation of 'ct'. */
static struct ofct_ct_expect_entry
only_expect(struct ofct_conntrack *ct, int64_t now)
{
    struct ofct_ct_expect_dump *d;
    struct ofct_ct_expect_entry e, extra;

    d = ofct_conntrack_expect_dump_start(ct, NULL, now);
    ck_assert(ofct_conntrack_expect_dump_next(d, &e));
    ck_assert(!ofct_conntrack_expect_dump_next(d, &extra));
    ofct_conntrack_expect_dump_done(d);
    return e;
}

static const char *
expect_text(const struct ofct_ct_expect_entry *e, enum ofct_ct_format fmt)
{
    static char text[512];
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_ct_expect_format(e, fmt, &b);
    snprintf(text, sizeof text, "%s", ofct_buf_cstr(&b));
    ofct_buf_uninit(&b);
    return text;
}

/* A TCP SYN of a data connection, run with 'params'. */
static uint8_t
data_syn(struct ofct_conntrack *ct, const char *src, const char *dst,
         uint16_t sport, uint16_t dport, const struct ofct_ct_params *params,
         int64_t now, struct ofct_packet *out)
{
    struct tpkt p;

    tp_tcp(&p, src, dst, sport, dport, 77777, 0, F_SYN, 65535, 0);
    return run_pkt(ct, &p, params, now, out);
}

static const struct ofct_ct_params commit = { .commit = true };
static const struct ofct_ct_params lookup = { .commit = false };

/* Finds the dump entry whose original source port is 'sport'. */
static bool
find_conn(struct ofct_conntrack *ct, uint16_t sport, int64_t now,
          struct ofct_ct_entry *out)
{
    struct ofct_ct_dump *d = ofct_conntrack_dump_start(ct, NULL, now);
    struct ofct_ct_entry e;
    bool found = false;

    while (ofct_conntrack_dump_next(d, &e)) {
        if (e.orig.sport == sport) {
            *out = e;
            found = true;
        }
    }
    ofct_conntrack_dump_done(d);
    return found;
}

static const char *
conn_text(const struct ofct_ct_entry *e)
{
    static char text[512];
    struct ofct_buf b = OFCT_BUF_INITIALIZER;

    ofct_ct_entry_format(e, OFCT_CT_FORMAT_DPCTL, false, &b);
    snprintf(text, sizeof text, "%s", ofct_buf_cstr(&b));
    ofct_buf_uninit(&b);
    return text;
}

START_TEST(test_ftp_active)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_expect_entry x;
    struct ofct_ct_entry e;
    struct ofct_packet pkt;
    struct ftp_conv f;
    struct tpkt p;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    ck_assert_uint_eq(client_says(&f, "PORT 10,1,1,1,4,1\r\n"), EST);
    x = only_expect(ct, f.now);
    ck_assert_str_eq(expect_text(&x, OFCT_CT_FORMAT_DPCTL),
                     "tcp,orig=(src=10.1.1.2,dst=10.1.1.1,sport=0,dport=1025),"
                     "parent=(src=10.1.1.1,dst=10.1.1.2,sport=40000,"
                     "dport=21)");
    ck_assert_str_eq(expect_text(&x, OFCT_CT_FORMAT_CONNTRACK),
                     "300 proto=6 src=10.1.1.2 dst=10.1.1.1 sport=0 "
                     "dport=1025 mask-src=255.255.255.255 "
                     "mask-dst=255.255.255.255 sport=0 dport=65535 "
                     "master-src=10.1.1.1 master-dst=10.1.1.2 sport=40000 "
                     "dport=21 class=0 helper=ftp");
    ck_assert_str_eq(x.helper, "ftp");

    /* The server connects back from port 20: new|rel, and its ct_orig
     * is the control connection's, as in OVS. */
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &commit,
                               f.now, &pkt), NEW_REL);
    ck_assert_uint_eq(pkt.ct_orig.sport, 40000);
    ck_assert_uint_eq(pkt.ct_orig.dport, 21);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_expect_matched, 1);

    /* Related for its whole life, in both directions. */
    tp_tcp(&p, "10.1.1.1", "10.1.1.2", 1025, 20, 9000, 77778,
           F_SYN | F_ACK, 65535, 0);
    ck_assert_uint_eq(run_pkt(ct, &p, &commit, f.now, NULL), EST_REL_RPL);
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 20, 1025, 77778, 9001, F_ACK, 65535,
           0);
    ck_assert_uint_eq(run_pkt(ct, &p, &commit, f.now, NULL), EST_REL);
    tp_tcp(&p, "10.1.1.2", "10.1.1.1", 20, 1025, 77778, 9001,
           F_ACK | F_PSH, 65535, 100);
    ck_assert_uint_eq(run_pkt(ct, &p, &lookup, f.now, &pkt), EST_REL);
    ck_assert_uint_eq(pkt.ct_orig.sport, 40000);

    ck_assert(find_conn(ct, 20, f.now, &e));
    ck_assert(e.helper == NULL);
    ck_assert_str_eq(conn_text(&e),
                     "tcp,orig=(src=10.1.1.2,dst=10.1.1.1,sport=20,"
                     "dport=1025),reply=(src=10.1.1.1,dst=10.1.1.2,"
                     "sport=1025,dport=20),protoinfo=(state=ESTABLISHED),"
                     "parent=(src=10.1.1.1,dst=10.1.1.2,sport=40000,"
                     "dport=21)");
    ck_assert(find_conn(ct, 40000, f.now, &e));
    ck_assert_str_eq(e.helper, "ftp");
    ck_assert_uint_eq(e.parent.family, 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_passive)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_expect_entry x;
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PASV\r\n");
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(server_says(&f, "227 Entering Passive Mode "
                                      "(10,1,1,2,156,143).\r\n"), EST_RPL);
    x = only_expect(ct, f.now);
    ck_assert_str_eq(expect_text(&x, OFCT_CT_FORMAT_DPCTL),
                     "tcp,orig=(src=10.1.1.1,dst=10.1.1.2,sport=0,"
                     "dport=40079),parent=(src=10.1.1.1,dst=10.1.1.2,"
                     "sport=40000,dport=21)");
    /* The client connects from any port. */
    ck_assert_uint_eq(data_syn(ct, "10.1.1.1", "10.1.1.2", 51234, 40079,
                               &commit, f.now, NULL), NEW_REL);

    /* 229: the same, with the port only. */
    client_says(&f, "EPSV\r\n");
    server_says(&f, "229 Entering Extended Passive Mode (|||6446|)\r\n");
    ck_assert_uint_eq(data_syn(ct, "10.1.1.1", "10.1.1.2", 51235, 6446,
                               &commit, f.now, NULL), NEW_REL);
    /* Not from the server's side, not to another port. */
    server_says(&f, "229 Entering Extended Passive Mode (|||6447|)\r\n");
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 6447, 51236,
                               &commit, f.now, NULL), NEW);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.1", "10.1.1.2", 51236, 6448,
                               &commit, f.now, NULL), NEW);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.3", "10.1.1.2", 51236, 6447,
                               &commit, f.now, NULL), NEW);
    ck_assert_uint_eq(stats(ct).n_expect_created, 3);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_ipv6)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_expect_entry x;
    struct ftp_conv f;

    conv_init(&f, ct, "fd00::1", "fd00::2", 40000);
    conv_open(&f);
    client_says(&f, "EPRT |2|fd00::1|40001|\r\n");
    x = only_expect(ct, f.now);
    ck_assert_str_eq(expect_text(&x, OFCT_CT_FORMAT_CONNTRACK),
                     "300 proto=6 src=fd00::2 dst=fd00::1 sport=0 "
                     "dport=40001 "
                     "mask-src=ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
                     "mask-dst=ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff "
                     "sport=0 dport=65535 master-src=fd00::1 "
                     "master-dst=fd00::2 sport=40000 dport=21 class=0 "
                     "helper=ftp");
    ck_assert_uint_eq(data_syn(ct, "fd00::2", "fd00::1", 20, 40001, &commit,
                               f.now, NULL), NEW_REL);

    server_says(&f, "229 Entering Extended Passive Mode (|||50000|)\r\n");
    ck_assert_uint_eq(data_syn(ct, "fd00::1", "fd00::2", 40002, 50000,
                               &commit, f.now, NULL), NEW_REL);

    /* An IPv4 address on an IPv6 connection is not the sender's. */
    client_says(&f, "EPRT |1|10.1.1.1|40003|\r\n");
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_alg_bounce, 2);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* The data connection to 10.1.1.1:1025 that "PORT 10,1,1,1,4,1" opens:
 * related or not? */
static bool
port_1025_related(struct ofct_conntrack *ct, int64_t now)
{
    return data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &lookup, now,
                    NULL) == NEW_REL;
}

/* A PORT split in two segments at every byte offset, then byte by byte:
 * one expectation each time. */
START_TEST(test_ftp_split_every_offset)
{
    static const char cmd[] = "PORT 10,1,1,1,4,1\r\n";
    size_t len = strlen(cmd), k;

    for (k = 0; k <= len; k++) {
        struct ofct_conntrack *ct = engine(0, 0);
        struct ftp_conv f;

        conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
        conv_open(&f);
        ck_assert_uint_eq(conv_send(&f, true, cmd, k), EST);
        ck_assert_uint_eq(n_expects(ct), k == len);
        conv_send(&f, true, cmd + k, len - k);
        ck_assert_msg(port_1025_related(ct, f.now), "split at %zu", k);
        ck_assert_uint_eq(stats(ct).n_expect_created, 1);
        ofct_conntrack_destroy(ct);
    }
}
END_TEST

START_TEST(test_ftp_split_bytewise)
{
    static const char cmd[] = "EPRT |1|10.1.1.1|1025|\r\n";
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;
    size_t k;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    for (k = 0; k < strlen(cmd); k++) {
        ck_assert_uint_eq(n_expects(ct), 0);
        conv_send(&f, true, cmd + k, 1);
    }
    ck_assert(port_1025_related(ct, f.now));
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_two_commands)
{
    static const char two[] = "PORT 10,1,1,1,4,1\r\nPORT 10,1,1,1,4,2\r\n";
    struct ofct_conntrack *ct = engine(0, 2);
    struct ftp_conv f;

    /* Room for two: both. */
    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, two);
    ck_assert_uint_eq(n_expects(ct), 2);
    ck_assert(port_1025_related(ct, f.now));
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1026,
                               &lookup, f.now, NULL), NEW_REL);
    ofct_conntrack_destroy(ct);

    /* The kernel's one per master: the second replaces the first. */
    ct = engine(0, 0);
    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, two);
    ck_assert_uint_eq(n_expects(ct), 1);
    ck_assert_uint_eq(stats(ct).n_expect_evicted, 1);
    ck_assert(!port_1025_related(ct, f.now));
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1026,
                               &lookup, f.now, NULL), NEW_REL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_retransmission)
{
    static const char port[] = "PORT 10,1,1,1,4,1\r\n";
    static const char more[] = "PORT 10,1,1,1,4,1\r\nPORT 10,1,1,1,4,2\r\n";
    struct ofct_conntrack *ct = engine(0, 4);
    struct ftp_conv f;
    uint32_t seq;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    seq = f.cseq;
    client_says(&f, port);
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);
    /* The same segment again: read once. */
    ck_assert_uint_eq(conv_send_at(&f, true, F_ACK | F_PSH, seq, port,
                                   strlen(port)), EST);
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);
    ck_assert_uint_eq(n_expects(ct), 1);
    /* A retransmission that carries new data too: only the new line. */
    conv_send_at(&f, true, F_ACK | F_PSH, seq, more, strlen(more));
    f.cseq = seq + strlen(more);
    ck_assert_uint_eq(stats(ct).n_expect_created, 2);
    ck_assert_uint_eq(n_expects(ct), 2);
    /* The same command again (not a retransmission): renewed, not a
     * second expectation. */
    client_says(&f, port);
    ck_assert_uint_eq(stats(ct).n_expect_created, 2);
    ck_assert_uint_eq(n_expects(ct), 2);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_line_start_only)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "NOOP PORT 10,1,1,1,4,1\r\n");
    client_says(&f, "SITE x\r\n PORT 10,1,1,1,4,1\r\n");
    client_says(&f, "STOR a");
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");     /* Still "STOR a...". */
    ck_assert_uint_eq(n_expects(ct), 0);
    /* A bare LF ends a line too. */
    client_says(&f, "NOOP\nport 10,1,1,1,4,1\n");
    ck_assert(port_1025_related(ct, f.now));
    /* The server cannot send PORT, nor the client 227. */
    server_says(&f, "PORT 10,1,1,2,4,1\r\n");
    client_says(&f, "227 Entering Passive Mode (10,1,1,1,4,1)\r\n");
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Sends 'text' from the server in segments of at most 1400 bytes. */
static void
server_says_long(struct ftp_conv *f, const char *text)
{
    size_t len = strlen(text), ofs;

    for (ofs = 0; ofs < len; ofs += 1400) {
        conv_send(f, false, text + ofs, len - ofs < 1400 ? len - ofs : 1400);
    }
}

/* A 227 line of 'len' bytes, its CR included. */
static char *
long_227(size_t len)
{
    static const char head[] = "227 Entering Passive Mode (10,1,1,2,4,1)";
    char *s = malloc(len + 2);

    ck_assert_uint_ge(len, sizeof head);
    memcpy(s, head, strlen(head));
    memset(s + strlen(head), '.', len - 1 - strlen(head));
    memcpy(s + len - 1, "\r\n", 3);
    return s;
}

START_TEST(test_ftp_long_lines)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;
    char *s;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);

    /* 129 bytes: longer than a 128-byte window, still a reply. */
    s = long_227(129);
    server_says(&f, s);
    free(s);
    ck_assert_uint_eq(n_expects(ct), 1);
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);

    /* 4,000 bytes in three segments: rejected and counted. */
    s = long_227(4000);
    server_says_long(&f, s);
    free(s);
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 1);

    /* The bound itself, and one more. */
    s = long_227(FTP_LINE_MAX);
    server_says(&f, s);
    free(s);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 1);
    s = long_227(FTP_LINE_MAX + 1);
    server_says(&f, s);
    free(s);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 2);

    /* Long lines that cannot be commands are skipped, not counted, and
     * the next line is read. */
    s = malloc(5000);
    memset(s, 'x', 4997);
    memcpy(s + 4997, "\r\n", 3);
    server_says_long(&f, s);
    free(s);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 2);
    server_says(&f, "227 =10,1,1,2,4,2\r\n");
    ck_assert_uint_eq(data_syn(ct, "10.1.1.1", "10.1.1.2", 5000, 1026,
                               &lookup, f.now, NULL), NEW_REL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_bounce)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    /* FTP bounce: the client names a third host, or the server. */
    client_says(&f, "PORT 10,9,9,9,0,25\r\n");
    client_says(&f, "PORT 10,1,1,2,0,22\r\n");
    client_says(&f, "EPRT |1|10.9.9.9|25|\r\n");
    /* A spoofed 227: the server names another host. */
    server_says(&f, "227 Entering Passive Mode (10,9,9,9,0,25).\r\n");
    server_says(&f, "227 Entering Passive Mode (10,1,1,1,0,25).\r\n");
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_alg_bounce, 5);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 0);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.9.9.9", 20, 25, &commit,
                               f.now, NULL), NEW);

    /* Malformed commands are counted apart. */
    client_says(&f, "PORT 10,1,1,1,256,1\r\n");
    client_says(&f, "PORT 10,1,1,1,0,0\r\n");
    client_says(&f, "EPRT |1|10.1.1.1!1025|\r\n");
    server_says(&f, "229 Entering Extended Passive Mode (|||65536|)\r\n");
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 4);
    ck_assert_uint_eq(stats(ct).n_alg_bounce, 5);
    ck_assert_uint_eq(n_expects(ct), 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_ftp_invalid_segments)
{
    static const char port[] = "PORT 10,1,1,1,4,1\r\n";
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    /* Far outside the window: invalid, and not read. */
    ck_assert_uint_eq(conv_send_at(&f, true, F_ACK | F_PSH,
                                   f.cseq + 0x40000000, port, strlen(port)),
                      INV);
    ck_assert_uint_eq(n_expects(ct), 0);
    /* A segment after a gap (one lost before the tracker): the line it
     * falls in is skipped, not read with a hole; the next one is read. */
    f.cseq += 6;                                /* "NOOP\r\n" lost. */
    client_says(&f, port);
    ck_assert_uint_eq(n_expects(ct), 0);
    client_says(&f, "PORT 10,1,1,1,4,2\r\n");
    ck_assert_uint_eq(n_expects(ct), 1);
    /* The lost segment, late: behind what was read, ignored. */
    conv_send_at(&f, true, F_ACK | F_PSH, f.cseq - 38 - 6, "PORT\r\n", 6);
    ck_assert_uint_eq(stats(ct).n_alg_malformed, 0);
    /* A RST carries nothing that is read. */
    conv_send_at(&f, true, F_RST | F_ACK, f.cseq, port, strlen(port));
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* A control connection picked up midstream: its position in the line is
 * unknown until the first line end. */
START_TEST(test_ftp_midstream)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    ck_assert_uint_eq(client_says(&f, "PORT 10,1,1,1,4,1\r\n"), NEW);
    ck_assert_uint_eq(n_expects(ct), 0);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    ck_assert(port_1025_related(ct, f.now));
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Expectations: what a related connection inherits, and when. */

START_TEST(test_expect_commit_required)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_packet pkt;
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    /* A lookup without commit is related but stores nothing and leaves
     * the expectation for the commit. */
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &lookup,
                               f.now, &pkt), NEW_REL);
    ck_assert_uint_eq(pkt.ct_orig.sport, 40000);
    ck_assert_uint_eq(n_expects(ct), 1);
    ck_assert_uint_eq(stats(ct).n_conns, 1);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &commit,
                               f.now, NULL), NEW_REL);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_conns, 2);
    /* Consumed: another connection to the same port is not related. */
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 21, 1025, &commit,
                               f.now, NULL), NEW);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expect_inherit)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_params dparams = { .commit = true, .zone = 7 };
    struct ofct_ct_entry e;
    struct ofct_packet pkt;
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    f.params.zone = 7;
    f.params.set_mark = true;
    f.params.mark = 0x42;
    f.params.mark_mask = 0xffffffff;
    f.params.set_label = true;
    f.params.label.lo = 0xabc;
    f.params.label_mask.lo = 0xfff;
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    ck_assert_uint_eq(only_expect(ct, f.now).zone, 7);
    ck_assert_uint_eq(only_expect(ct, f.now).mark, 0x42);

    /* Not in another zone. */
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &lookup,
                               f.now, NULL), NEW);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025,
                               &dparams, f.now, &pkt), NEW_REL);
    ck_assert_uint_eq(pkt.ct_zone, 7);
    ck_assert_uint_eq(pkt.ct_mark, 0x42);
    ck_assert_uint_eq(pkt.ct_label.lo, 0xabc);
    ck_assert(find_conn(ct, 20, f.now, &e));
    ck_assert_uint_eq(e.zone, 7);
    ck_assert_uint_eq(e.mark, 0x42);
    ck_assert_uint_eq(e.label.lo, 0xabc);

    /* The data connection's own commit may set its mark over it. */
    client_says(&f, "PORT 10,1,1,1,4,2\r\n");
    dparams.set_mark = true;
    dparams.mark = 0x1;
    dparams.mark_mask = 0xf;
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1026,
                               &dparams, f.now, &pkt), NEW_REL);
    ck_assert_uint_eq(pkt.ct_mark, 0x41);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* A data connection committed with a helper does not get it: an FTP data
 * connection must not be read as a control connection. */
START_TEST(test_expect_no_helper_for_related)
{
    static const char port[] = "PORT 10,1,1,1,4,2\r\n";
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_params ftp = { .commit = true, .helper = "ftp" };
    struct ofct_ct_entry e;
    struct ftp_conv f;
    struct tpkt p;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &ftp,
                               f.now, NULL), NEW_REL);
    ck_assert(find_conn(ct, 20, f.now, &e));
    ck_assert(e.helper == NULL);
    tp_tcp_data(&p, "10.1.1.2", "10.1.1.1", 20, 1025, 77778, 0, F_ACK, port,
                strlen(port));
    run_pkt(ct, &p, &ftp, f.now, NULL);
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);

    /* Nor does a connection of another protocol than the helper's. */
    ftp.helper = "tftp";
    ck_assert_uint_eq(data_syn(ct, "10.1.1.5", "10.1.1.6", 5, 6, &ftp, f.now,
                               NULL), NEW);
    ck_assert(find_conn(ct, 5, f.now, &e));
    ck_assert(e.helper == NULL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expect_expiry)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;
    int64_t t0;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    t0 = f.now - 1;
    ck_assert_uint_eq(only_expect(ct, t0 + 1000).timeout_ms, 299000);
    ck_assert(port_1025_related(ct, t0 + 299999));
    ck_assert(!port_1025_related(ct, t0 + 300000));
    ck_assert_uint_eq(n_expects(ct), 1);
    ofct_conntrack_sweep(ct, t0 + 299999);
    ck_assert_uint_eq(n_expects(ct), 1);
    ofct_conntrack_sweep(ct, t0 + 300000);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_expect_expired, 1);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expect_limits)
{
    struct ofct_conntrack *ct = engine(2, 3);
    struct ftp_conv f[3];
    int i;

    /* Three masters, room for two in all. */
    for (i = 0; i < 3; i++) {
        conv_init(&f[i], ct, "10.1.1.1", "10.1.1.2", 40000 + i);
        conv_open(&f[i]);
    }
    client_says(&f[0], "PORT 10,1,1,1,4,1\r\n");
    client_says(&f[1], "PORT 10,1,1,1,4,2\r\n");
    client_says(&f[2], "PORT 10,1,1,1,4,3\r\n");
    ck_assert_uint_eq(n_expects(ct), 2);
    ck_assert_uint_eq(stats(ct).n_expect_refused, 1);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1027, &lookup,
                               f[0].now, NULL), NEW);
    ck_assert(port_1025_related(ct, f[0].now));
    ofct_conntrack_destroy(ct);

    /* Two masters expecting the same connection: the first keeps it. */
    ct = engine(0, 0);
    for (i = 0; i < 2; i++) {
        conv_init(&f[i], ct, "10.1.1.1", "10.1.1.2", 40000 + i);
        conv_open(&f[i]);
        client_says(&f[i], "PORT 10,1,1,1,4,1\r\n");
    }
    ck_assert_uint_eq(n_expects(ct), 1);
    ck_assert_uint_eq(stats(ct).n_expect_refused, 1);
    ck_assert_uint_eq(only_expect(ct, f[0].now).parent.sport, 40000);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expect_replace_oldest)
{
    struct ofct_conntrack *ct = engine(0, 3);
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    client_says(&f, "PORT 10,1,1,1,4,2\r\n");
    client_says(&f, "PORT 10,1,1,1,4,3\r\n");
    /* Renewing the oldest makes it the newest. */
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    client_says(&f, "PORT 10,1,1,1,4,4\r\n");
    ck_assert_uint_eq(n_expects(ct), 3);
    ck_assert_uint_eq(stats(ct).n_expect_evicted, 1);
    ck_assert(port_1025_related(ct, f.now));
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1026,
                               &lookup, f.now, NULL), NEW);
    ck_assert_uint_eq(data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1028,
                               &lookup, f.now, NULL), NEW_REL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expect_flush_with_master)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_tuple t;
    struct ftp_conv f;
    uint16_t zone = 0;

    /* Flushing the master by its tuple. */
    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    memset(&t, 0, sizeof t);
    t.family = 4;
    t.proto = 6;
    ofct_ip_addr_parse("10.1.1.1", &t.src);
    ofct_ip_addr_parse("10.1.1.2", &t.dst);
    t.sport = 40000;
    t.dport = 21;
    ck_assert_uint_eq(ofct_conntrack_flush(ct, &zone, &t), 1);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_expect_deleted, 1);
    ck_assert(!port_1025_related(ct, f.now));

    /* Flushing everything; a data connection outlives its master. */
    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40001);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    data_syn(ct, "10.1.1.2", "10.1.1.1", 20, 1025, &commit, f.now, NULL);
    client_says(&f, "PORT 10,1,1,1,4,2\r\n");
    ck_assert_uint_eq(ofct_conntrack_flush(ct, NULL, &t), 0);
    t.sport = 40001;
    ck_assert_uint_eq(ofct_conntrack_flush(ct, NULL, &t), 1);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_conns, 1);
    ck_assert_uint_eq(stats(ct).n_expect_deleted, 2);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_expect_master_expiry)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct ftp_conv f;

    ofct_conntrack_set_timeout(ct, -1, OFCT_CT_TM_TCP_ESTABLISHED, 10);
    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    /* The master expires before its expectation would. */
    ck_assert(port_1025_related(ct, f.now + 9000));
    ck_assert(!port_1025_related(ct, f.now + 10000));
    ck_assert_uint_eq(ofct_conntrack_sweep(ct, f.now + 10000), 1);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_expect_expired, 1);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* An ICMP error about a data connection is related to it, as for any
 * connection. */
START_TEST(test_expect_icmp_error)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct tpkt syn, err;
    struct ftp_conv f;

    conv_init(&f, ct, "10.1.1.1", "10.1.1.2", 40000);
    conv_open(&f);
    client_says(&f, "PORT 10,1,1,1,4,1\r\n");
    tp_tcp(&syn, "10.1.1.2", "10.1.1.1", 20, 1025, 77777, 0, F_SYN, 65535, 0);
    ck_assert_uint_eq(run_pkt(ct, &syn, &commit, f.now, NULL), NEW_REL);
    tp_icmp_error(&err, "10.1.1.1", "10.1.1.2", 3, 3, &syn);
    ck_assert_uint_eq(run_pkt(ct, &err, &commit, f.now, NULL),
                      OFCT_CS_REL | OFCT_CS_RPL | OFCT_CS_TRK);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* TFTP. */

static uint8_t
udp_data(struct ofct_conntrack *ct, const char *src, const char *dst,
         uint16_t sport, uint16_t dport, const void *data, size_t len,
         const struct ofct_ct_params *params, int64_t now)
{
    uint8_t l4[600];
    struct tpkt p;

    ck_assert_uint_le(len, sizeof l4 - 8);
    memset(l4, 0, 8);
    tp_put16(l4, sport);
    tp_put16(l4 + 2, dport);
    tp_put16(l4 + 4, 8 + len);
    memcpy(l4 + 8, data, len);
    tp_build(&p, src, dst, 17, l4, 8 + len, 6);
    return run_pkt(ct, &p, params, now, NULL);
}

START_TEST(test_tftp)
{
    static const char rrq[] = "\0\1file\0octet";
    static const char wrq[] = "\0\2file\0octet";
    static const char data[] = "\0\3\0\1hello";
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_params tftp = { .commit = true, .helper = "tftp" };
    struct ofct_ct_expect_entry x;

    ck_assert_uint_eq(udp_data(ct, "10.1.1.1", "10.1.1.2", 40436, 69, rrq,
                               sizeof rrq, &tftp, 0), NEW);
    x = only_expect(ct, 0);
    ck_assert_str_eq(expect_text(&x, OFCT_CT_FORMAT_DPCTL),
                     "udp,orig=(src=10.1.1.2,dst=10.1.1.1,sport=0,"
                     "dport=40436),parent=(src=10.1.1.1,dst=10.1.1.2,"
                     "sport=40436,dport=69)");
    ck_assert_str_eq(x.helper, "tftp");
    /* The request again (the client's retransmission): renewed. */
    udp_data(ct, "10.1.1.1", "10.1.1.2", 40436, 69, rrq, sizeof rrq, &tftp,
             1000);
    ck_assert_uint_eq(stats(ct).n_expect_created, 1);
    ck_assert_uint_eq(only_expect(ct, 1000).timeout_ms, 300000);

    /* The server answers from a port of its own. */
    ck_assert_uint_eq(udp_data(ct, "10.1.1.2", "10.1.1.1", 52088, 40436,
                               data, sizeof data, &commit, 1001), NEW_REL);
    ck_assert_uint_eq(udp_data(ct, "10.1.1.1", "10.1.1.2", 40436, 52088,
                               "\0\4\0\1", 4, &commit, 1002), EST_REL_RPL);
    ck_assert_uint_eq(udp_data(ct, "10.1.1.2", "10.1.1.1", 52088, 40436,
                               data, sizeof data, &commit, 1003), EST_REL);

    /* A write request too; anything else, or a reply, nothing. */
    udp_data(ct, "10.1.1.1", "10.1.1.2", 40437, 69, wrq, sizeof wrq, &tftp,
             2000);
    ck_assert_uint_eq(n_expects(ct), 1);
    udp_data(ct, "10.1.1.1", "10.1.1.2", 40438, 69, data, sizeof data,
             &tftp, 2000);
    udp_data(ct, "10.1.1.1", "10.1.1.2", 40439, 69, "\0", 1, &tftp, 2000);
    udp_data(ct, "10.1.1.2", "10.1.1.1", 69, 40438, rrq, sizeof rrq, &tftp,
             2000);
    ck_assert_uint_eq(n_expects(ct), 1);
    ck_assert_uint_eq(stats(ct).n_expect_created, 2);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_tftp_ipv6)
{
    static const char rrq[] = "\0\1file\0octet";
    struct ofct_conntrack *ct = engine(0, 0);
    struct ofct_ct_params tftp = { .commit = true, .helper = "tftp" };
    struct ofct_ct_expect_entry x;

    ck_assert_uint_eq(udp_data(ct, "fd00::1", "fd00::2", 40436, 69, rrq,
                               sizeof rrq, &tftp, 0), NEW);
    x = only_expect(ct, 0);
    ck_assert_uint_eq(x.tuple.family, 6);
    ck_assert_str_eq(expect_text(&x, OFCT_CT_FORMAT_DPCTL),
                     "udp,orig=(src=fd00::2,dst=fd00::1,sport=0,"
                     "dport=40436),parent=(src=fd00::1,dst=fd00::2,"
                     "sport=40436,dport=69)");
    /* Not from another address of the server. */
    ck_assert_uint_eq(udp_data(ct, "fd00::3", "fd00::1", 5555, 40436, "x", 1,
                               &commit, 1), NEW);
    ck_assert_uint_eq(udp_data(ct, "fd00::2", "fd00::1", 5555, 40436, "x", 1,
                               &commit, 1), NEW_REL);
    ofct_conntrack_destroy(ct);
}
END_TEST

START_TEST(test_helper_info)
{
    uint8_t proto = 0;
    uint16_t port = 0;

    ck_assert(ofct_ct_helper_info("ftp", &proto, &port));
    ck_assert_uint_eq(proto, 6);
    ck_assert_uint_eq(port, 21);
    ck_assert(ofct_ct_helper_info("tftp", &proto, &port));
    ck_assert_uint_eq(proto, 17);
    ck_assert_uint_eq(port, 69);
    ck_assert(ofct_ct_helper_info("ftp", NULL, NULL));
    ck_assert(!ofct_ct_helper_info("sip", &proto, &port));
    ck_assert(!ofct_ct_helper_info(NULL, &proto, &port));
}
END_TEST

/* Random bytes on control connections, in random segments, out of order
 * and overlapping: nothing crashes or leaks, and each master keeps at
 * most its one expectation. */
START_TEST(test_alg_garbage)
{
    static const char *const pieces[] = {
        "PORT ", "EPRT ", "227 ", "229 ", "(", "|||", "|", "!", ",", "10",
        "1", "255", "256", "\r\n", "\n", "\r", "(10,1,1,2,4,1)",
        "10,1,1,1,4,1", "|1|10.1.1.1|", "|2|fd00::1|", "65535", "0", " ",
        "x", "\0",
    };
    struct ofct_conntrack *ct = engine(0, 0);
    uint32_t seed = 12345;
    struct ftp_conv f[4];
    int i, k;

    for (i = 0; i < 4; i++) {
        conv_init(&f[i], ct, "10.1.1.1", "10.1.1.2", 40000 + i);
        conv_open(&f[i]);
    }
    for (k = 0; k < 20000; k++) {
        char buf[300];
        size_t n = 0;
        struct ftp_conv *c;
        bool client;

        seed = seed * 1103515245 + 12345;
        c = &f[(seed >> 8) & 3];
        client = (seed >> 12) & 1;
        while (n < 200) {
            const char *piece;

            seed = seed * 1103515245 + 12345;
            piece = pieces[(seed >> 10) % (sizeof pieces / sizeof *pieces)];
            if ((seed >> 20) % 8 == 0) {
                break;
            }
            memcpy(buf + n, piece, strlen(piece) + !*piece);
            n += strlen(piece) + !*piece;
        }
        seed = seed * 1103515245 + 12345;
        if ((seed >> 16) % 16 == 0) {
            /* Out of order, or overlapping what came before. */
            uint32_t *seq = client ? &c->cseq : &c->sseq;

            conv_send_at(c, client, F_ACK, *seq - (seed >> 4) % 300 + 150,
                         buf, n);
        } else {
            conv_send(c, client, buf, n);
        }
    }
    ck_assert_uint_le(n_expects(ct), 4);
    ck_assert_uint_gt(stats(ct).n_expect_created, 0);
    ck_assert_uint_gt(stats(ct).n_alg_malformed, 0);
    ofct_conntrack_destroy(ct);
}
END_TEST

/* Threads that each run FTP sessions and their data connections on one
 * engine, so that expectations are made, consumed and flushed at once. */
struct thread_arg {
    struct ofct_conntrack *ct;
    int id;
    int related;
};

static void *
ftp_thread(void *arg_)
{
    struct thread_arg *arg = arg_;
    char client[32], port[64], later[64];
    int i;

    snprintf(client, sizeof client, "10.2.%d.1", arg->id);
    snprintf(port, sizeof port, "PORT 10,2,%d,1,4,1\r\n", arg->id);
    for (i = 0; i < 300; i++) {
        struct ftp_conv f;

        conv_init(&f, arg->ct, client, "10.1.1.2", 10000 + i);
        conv_open(&f);
        client_says(&f, port);
        if (data_syn(arg->ct, "10.1.1.2", client, 20 + i, 1025, &commit,
                     f.now, NULL) == NEW_REL) {
            arg->related++;
        }
        if (i % 3 == 0) {
            /* Left for the flush. */
            snprintf(later, sizeof later, "PORT 10,2,%d,1,%d,%d\r\n",
                     arg->id, 8 + i / 256, i % 256);
            client_says(&f, later);
        }
    }
    return NULL;
}

START_TEST(test_alg_threads)
{
    struct ofct_conntrack *ct = engine(0, 0);
    struct thread_arg args[4];
    pthread_t threads[4];
    int i;

    for (i = 0; i < 4; i++) {
        args[i].ct = ct;
        args[i].id = i;
        args[i].related = 0;
        pthread_create(&threads[i], NULL, ftp_thread, &args[i]);
    }
    for (i = 0; i < 4; i++) {
        pthread_join(threads[i], NULL);
        ck_assert_int_eq(args[i].related, 300);
    }
    ck_assert_uint_eq(stats(ct).n_expect_matched, 1200);
    ck_assert_uint_eq(n_expects(ct), 400);
    ofct_conntrack_flush(ct, NULL, NULL);
    ck_assert_uint_eq(n_expects(ct), 0);
    ck_assert_uint_eq(stats(ct).n_expect_deleted, 400);
    ofct_conntrack_destroy(ct);
}
END_TEST

static Suite *
alg_suite(void)
{
    Suite *s = suite_create("alg");
    TCase *tc;

    tc = tcase_create("ftp-parser");
    tcase_add_loop_test(tc, test_parse_case, 0,
                        sizeof parse_cases / sizeof parse_cases[0]);
    tcase_add_test(tc, test_parse_bounds);
    suite_add_tcase(s, tc);

    tc = tcase_create("ftp");
    tcase_add_test(tc, test_ftp_active);
    tcase_add_test(tc, test_ftp_passive);
    tcase_add_test(tc, test_ftp_ipv6);
    tcase_add_test(tc, test_ftp_split_every_offset);
    tcase_add_test(tc, test_ftp_split_bytewise);
    tcase_add_test(tc, test_ftp_two_commands);
    tcase_add_test(tc, test_ftp_retransmission);
    tcase_add_test(tc, test_ftp_line_start_only);
    tcase_add_test(tc, test_ftp_long_lines);
    tcase_add_test(tc, test_ftp_bounce);
    tcase_add_test(tc, test_ftp_invalid_segments);
    tcase_add_test(tc, test_ftp_midstream);
    suite_add_tcase(s, tc);

    tc = tcase_create("expectations");
    tcase_add_test(tc, test_expect_commit_required);
    tcase_add_test(tc, test_expect_inherit);
    tcase_add_test(tc, test_expect_no_helper_for_related);
    tcase_add_test(tc, test_expect_expiry);
    tcase_add_test(tc, test_expect_limits);
    tcase_add_test(tc, test_expect_replace_oldest);
    tcase_add_test(tc, test_expect_flush_with_master);
    tcase_add_test(tc, test_expect_master_expiry);
    tcase_add_test(tc, test_expect_icmp_error);
    tcase_add_test(tc, test_tftp);
    tcase_add_test(tc, test_tftp_ipv6);
    tcase_add_test(tc, test_helper_info);
    tcase_add_test(tc, test_alg_garbage);
    tcase_add_test(tc, test_alg_threads);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(alg_suite());
    int failed;

    srunner_run_all(sr, CK_NORMAL);
    failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
