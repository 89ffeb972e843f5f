/* libFuzzer target: the connection-tracking engine, fed a sequence of
 * packets, as `ofct ct-replay` feeds it a capture.
 *
 * Input: one byte of configuration (bits 0-2: link type; bit 3: no TCP
 * sequence check; bit 4: no L4 checksums; bit 5: at most 4 connections,
 * and 2 in zone 5; bit 6: short timeouts; bit 7: IPv4 header checksums
 * rewritten, so that mutated headers get through), then records of one
 * control byte and a 16-bit big-endian length followed by that many
 * bytes of frame (fewer at the end of the input).  The control byte's
 * low 4 bits pick the ct action among fixed ones (commit, zones, the FTP
 * and TFTP helpers, source and destination NAT, ...), its high 4 bits how
 * far the clock moves before the packet (a sweep runs when it moves 30 s
 * or more).  At the end the connections and expectations are dumped and
 * formatted, and the table flushed: nothing may crash, read or write out
 * of bounds, or leak. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

static const char *const actions[16] = {
    "ct(commit)",
    "ct(zone=0)",
    "ct(commit,zone=5)",
    "ct(zone=5)",
    "ct(commit,helper=ftp)",
    "ct(commit,helper=tftp)",
    "ct(commit,nat(src=10.1.1.240-10.1.1.241:1024-1026))",
    "ct(commit,nat(dst=10.1.1.2:21))",
    "ct(nat)",
    "ct(force_commit,mark=0x1/0xff)",
    "ct(commit,helper=ftp,nat(src=10.1.1.240))",
    "ct(commit,helper=tftp,nat(dst=10.1.1.3))",
    "ct(commit,nat(src=fd00::240-fd00::241,random))",
    "ct(commit,helper=ftp,nat(dst=fd00::2))",
    "ct(commit,zone=5,nat(src=10.1.1.240:1-2,hash))",
    "ct(commit,nat(src=10.0.0.1,persistent))",
};

static const enum ofct_link_type links[8] = {
    OFCT_LINK_ETHERNET, OFCT_LINK_ETHERNET, OFCT_LINK_RAW, OFCT_LINK_SLL,
    OFCT_LINK_IPV4, OFCT_LINK_IPV6, OFCT_LINK_SLL2, OFCT_LINK_ETHERNET,
};

static const int64_t steps_ms[16] = {
    0, 0, 1, 1, 10, 100, 500, 1000, 2000, 5000, 10000, 29000, 30000,
    60000, 300000, 86400000,
};

static struct ofct_ct_params params[16];

static void
init_params(void)
{
    static bool done;
    struct ofct_error err;

    if (done) {
        return;
    }
    for (size_t i = 0; i < 16; i++) {
        FUZZ_CHECK(!ofct_ct_params_parse(actions[i], &params[i], &err),
                   "%s: %s", actions[i], err.msg);
    }
    done = true;
}

static void
dump(struct ofct_conntrack *ct, const uint16_t *zone, int64_t now,
     struct ofct_buf *out)
{
    struct ofct_ct_expect_dump *xd;
    struct ofct_ct_expect_entry x;
    struct ofct_ct_dump *d;
    struct ofct_ct_entry e;

    d = ofct_conntrack_dump_start(ct, zone, now);
    while (ofct_conntrack_dump_next(d, &e)) {
        ofct_ct_entry_format(&e, OFCT_CT_FORMAT_DPCTL, true, out);
        ofct_ct_entry_format(&e, OFCT_CT_FORMAT_CONNTRACK, false, out);
        ofct_ct_entry_kernel_tcp_state(&e);
    }
    ofct_conntrack_dump_done(d);

    xd = ofct_conntrack_expect_dump_start(ct, zone, now);
    while (ofct_conntrack_expect_dump_next(xd, &x)) {
        ofct_ct_expect_format(&x, OFCT_CT_FORMAT_DPCTL, out);
        ofct_ct_expect_format(&x, OFCT_CT_FORMAT_CONNTRACK, out);
    }
    ofct_conntrack_expect_dump_done(xd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf frame = OFCT_BUF_INITIALIZER;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_ct_config cfg;
    struct ofct_ct_stats stats;
    struct ofct_conntrack *ct;
    enum ofct_link_type link;
    int64_t now = 1000000;
    uint16_t zone5 = 5;
    bool fix_csum;

    init_params();
    if (size < 1) {
        return 0;
    }
    memset(&cfg, 0, sizeof cfg);
    cfg.seed = 1;
    cfg.no_tcp_seq_chk = data[0] & 8;
    cfg.no_l4_csum = data[0] & 16;
    link = links[data[0] & 7];
    fix_csum = data[0] & 128;
    ct = ofct_conntrack_create(&cfg);
    if (data[0] & 32) {
        ofct_conntrack_set_max_conns(ct, 4);
        ofct_conntrack_set_zone_limit(ct, 5, 2);
    }
    if (data[0] & 64) {
        for (int tm = 0; tm < OFCT_CT_N_TIMEOUTS; tm++) {
            ofct_conntrack_set_timeout(ct, -1, tm, 1);
        }
    }
    data++, size--;

    while (size >= 3) {
        uint8_t ctl = data[0];
        size_t len = (size_t) data[1] << 8 | data[2];
        struct ofct_packet pkt;

        data += 3, size -= 3;
        if (len > size) {
            len = size;
        }
        if (steps_ms[ctl >> 4]) {
            now += steps_ms[ctl >> 4];
            if (steps_ms[ctl >> 4] >= 30000) {
                ofct_conntrack_sweep(ct, now);
            }
        }

        /* A buffer of exactly the frame and its room, so that ASan sees
         * any access beyond it. */
        ofct_buf_uninit(&frame);
        ofct_buf_reserve(&frame, len + OFCT_CT_ALG_HEADROOM);
        memset(&pkt, 0, sizeof pkt);
        pkt.data = ofct_buf_put(&frame, data, len);
        if (fix_csum) {
            fuzz_fix_ipv4_csum(pkt.data, len, link);
        }
        pkt.size = len;
        pkt.capacity = len + OFCT_CT_ALG_HEADROOM;
        pkt.link = link == OFCT_LINK_ETHERNET ? 0 : link;
        ofct_conntrack_execute(ct, &pkt, 1, &params[ctl & 15], now);
        FUZZ_CHECK(pkt.size <= pkt.capacity, "packet grew past its room");
        data += len, size -= len;
    }

    dump(ct, NULL, now, &out);
    dump(ct, &zone5, now, &out);
    ofct_conntrack_get_stats(ct, &stats);
    FUZZ_CHECK(ofct_conntrack_flush(ct, NULL, NULL) == stats.n_conns,
               "flush removed a number other than n_conns %llu",
               (unsigned long long) stats.n_conns);
    ofct_conntrack_get_stats(ct, &stats);
    FUZZ_CHECK(!stats.n_conns && !stats.n_expects,
               "%llu connections, %llu expectations left after a flush",
               (unsigned long long) stats.n_conns,
               (unsigned long long) stats.n_expects);
    ofct_conntrack_destroy(ct);
    ofct_buf_uninit(&frame);
    ofct_buf_uninit(&out);
    return 0;
}
