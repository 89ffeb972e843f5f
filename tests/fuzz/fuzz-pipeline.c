/* libFuzzer target: the pipeline, flow tables run over a sequence of
 * packets, as `ofct replay` and `ofct trace` run them.
 *
 * Input: one byte of configuration (bits 0-3: which of the fixed flow
 * tables below, modulo their number; bits 4-6: which --ct-next list the
 * final trace uses; bit 7: IPv4 header checksums rewritten, so that
 * mutated headers get through), then records as fuzz-conntrack's: one
 * control byte and a 16-bit big-endian length followed by that many bytes
 * of Ethernet frame (fewer at the end of the input).  The control byte's
 * low 2 bits pick the in_port (1-4), bits 2-3 nothing yet, its high 4 bits
 * how far the clock moves before the packet (flows with timeouts expire,
 * the engine is swept when it moves 30 s or more).  Each packet goes
 * through ofct_pipeline_execute() and its result is formatted; at the end
 * the flows and the connections are dumped, the table's trace flow is
 * traced with the --ct-next list, and everything is destroyed: nothing
 * may crash, read or write out of bounds, or leak. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

struct table_set {
    const char *flows[12];
    const char *trace;          /* Flow text for ofct_pipeline_trace(). */
};

static const struct table_set sets[] = {
    /* FTP firewall with the ALG, as tests/data/pipeline/ftp-fw.flows. */
    { {
        "priority=1,action=drop",
        "priority=10,arp,action=normal",
        "priority=10,icmp,action=normal",
        "in_port=1,tcp,action=ct(alg=ftp,commit),2",
        "in_port=2,tcp,ct_state=-trk,action=ct(table=0)",
        "in_port=2,tcp,ct_state=+trk-new+est,action=1",
        "in_port=2,tcp,ct_state=+trk+rel,action=1",
        "table=0,priority=5,udp,action=ct(commit,alg=tftp,table=1)",
        "table=1,priority=5,udp,ct_state=+trk,idle_timeout=2,action=FLOOD",
      }, "in_port=2,tcp,nw_src=10.1.1.2,nw_dst=10.1.1.1,tp_src=21,"
         "tp_dst=40000,tcp_flags=+ack" },
    /* Source NAT out, bare nat back, exec setting the label. */
    { {
        "table=0,priority=10,in_port=1,ip,actions=ct(commit,nat(src=10.1.1."
        "240-10.1.1.250:1024-65535,random),table=1)",
        "table=0,priority=10,in_port=2,ip,actions=ct(nat,table=1)",
        "table=0,priority=10,in_port=3,ipv6,actions=ct(commit,nat(src=fd00::"
        "240-fd00::241),table=1)",
        "table=0,priority=10,in_port=4,ipv6,actions=ct(nat,table=1)",
        "table=1,priority=10,ct_state=+trk+snat,ip,actions=2",
        "table=1,priority=10,ct_state=+trk+dnat,ip,actions=load:0x1->"
        "NXM_NX_REG1[],ct(commit,exec(set_field:0x2->ct_label)),1",
        "table=1,priority=5,ct_state=+trk,actions=IN_PORT",
        "table=0,priority=1,actions=NORMAL",
      }, "in_port=1,udp,nw_src=10.1.1.1,nw_dst=10.1.1.2,tp_src=1000,"
         "tp_dst=53" },
    /* Destination NAT with the FTP ALG, and ct_clear. */
    { {
        "table=0,priority=10,in_port=1,tcp,actions=ct(commit,alg=ftp,"
        "nat(dst=10.1.1.2:21),table=1)",
        "table=0,priority=10,in_port=2,tcp,actions=ct(nat,table=1)",
        "table=0,priority=10,in_port=3,udp,actions=ct(commit,alg=tftp,"
        "nat(dst=10.1.1.3),table=1)",
        "table=0,priority=10,in_port=4,ip,actions=ct(commit,zone=7,"
        "exec(set_field:0x5/0xff->ct_mark),nat(src=10.0.0.1)),ct_clear,"
        "resubmit(,2)",
        "table=1,priority=10,ct_state=+new+trk,actions=2",
        "table=1,priority=10,ct_state=+est+trk,actions=ct_clear,1",
        "table=1,priority=10,ct_state=+rel+trk,actions=1,2",
        "table=1,priority=1,ct_state=+inv+trk,actions=drop",
        "table=2,priority=1,hard_timeout=3,actions=ALL",
      }, "in_port=1,tcp,nw_src=10.1.1.1,nw_dst=10.1.1.9,tp_src=40000,"
         "tp_dst=21,tcp_flags=+syn" },
    /* Resubmit, goto_table, rewrites and every output, as
     * tests/data/pipeline/trace-tables.flows. */
    { {
        "table=0,priority=100,in_port=1,ip,actions=load:0x5->NXM_NX_REG0[],"
        "resubmit(,1)",
        "table=0,priority=90,in_port=2,ip,actions=goto_table:2",
        "table=1,priority=10,reg0=5,ip,actions=ct(commit,zone=5,exec("
        "set_field:0x1->ct_mark)),ct(table=2,zone=NXM_NX_REG0[0..15])",
        "table=2,priority=10,ct_state=+trk,ip,actions=ct_clear,output:2,"
        "resubmit(,3)",
        "table=2,cookie=0x55,priority=5,ip,actions=output:1",
        "table=3,priority=1,tcp,actions=note:01,set_field:10.0.0.9->ip_dst,"
        "set_field:8080->tcp_dst,mod_dl_src:00:00:00:00:00:42,"
        "mod_nw_tos:16,mod_tp_src:99,output:in_port",
        "table=4,priority=1,ip,actions=resubmit(,5),LOCAL,FLOOD,ALL,IN_PORT,"
        "output:1,NORMAL,resubmit(,6)",
        "table=5,priority=1,actions=load:1->reg1,mod_dl_dst:00:00:00:00:00:07,resubmit(,7)",
        "table=7,priority=1,actions=output:2",
        "table=0,priority=200,in_port=3,actions=resubmit(,10)",
        "table=10,priority=1,actions=resubmit(,10)",
        "table=0,priority=200,in_port=4,actions=resubmit(,4)",
      }, "in_port=1,tcp,nw_src=10.1.1.1,nw_dst=10.1.1.2,tp_src=1,tp_dst=2" },
    /* Loops: recirculation past its limit, resubmit fan-out past 4096. */
    { {
        "table=0,priority=10,in_port=1,ip,actions=ct(table=0)",
        "table=0,priority=10,in_port=2,ip,actions=ct(commit,table=1)",
        "table=1,priority=10,ip,actions=ct(nat,table=0)",
        "table=0,priority=10,in_port=3,actions=resubmit(,20)",
        "table=20,actions=resubmit(,21),resubmit(,21),resubmit(,21),"
        "resubmit(,21)",
        "table=21,actions=resubmit(,22),resubmit(,22),resubmit(,22),"
        "resubmit(,22)",
        "table=22,actions=resubmit(,23),resubmit(,23),resubmit(,23),"
        "resubmit(,23)",
        "table=23,actions=resubmit(,24),resubmit(,24),resubmit(,24),"
        "resubmit(,24)",
        "table=24,actions=resubmit(,25),resubmit(,25),resubmit(,25),"
        "resubmit(,25)",
        "table=25,actions=resubmit(,26),resubmit(,26),resubmit(,26),"
        "resubmit(,26)",
        "table=26,actions=resubmit(,20),output:1",
        "table=0,priority=10,in_port=4,idle_timeout=1,actions=resubmit(4,0)",
      }, "in_port=2,udp,nw_src=10.1.1.1,nw_dst=10.1.1.2,tp_src=1,tp_dst=2" },
};

#define N_SETS (sizeof sets / sizeof sets[0])

static const uint32_t ct_next_lists[8][3] = {
    { 0 },
    { OFCT_CS_TRK | OFCT_CS_NEW },
    { OFCT_CS_TRK | OFCT_CS_EST, OFCT_CS_TRK | OFCT_CS_EST },
    { OFCT_CS_TRK | OFCT_CS_REL | OFCT_CS_RPL },
    { OFCT_CS_TRK | OFCT_CS_INV, OFCT_CS_TRK | OFCT_CS_NEW, 0 },
    { OFCT_CS_TRK | OFCT_CS_SNAT | OFCT_CS_EST },
    { OFCT_CS_TRK | OFCT_CS_DNAT | OFCT_CS_NEW, OFCT_CS_TRK | OFCT_CS_EST },
    { 0xff, 0xff, 0xff },
};
static const size_t n_ct_next[8] = { 0, 1, 2, 1, 3, 1, 2, 3 };

static const int64_t steps_ms[16] = {
    0, 0, 1, 1, 10, 100, 500, 1000, 2000, 5000, 10000, 29000, 30000,
    60000, 300000, 86400000,
};

static void
dump_conntrack(struct ofct_conntrack *ct, int64_t now, struct ofct_buf *out)
{
    struct ofct_ct_expect_dump *xd;
    struct ofct_ct_expect_entry x;
    struct ofct_ct_dump *d;
    struct ofct_ct_entry e;

    d = ofct_conntrack_dump_start(ct, NULL, now);
    while (ofct_conntrack_dump_next(d, &e)) {
        ofct_ct_entry_format(&e, OFCT_CT_FORMAT_DPCTL, true, out);
    }
    ofct_conntrack_dump_done(d);
    xd = ofct_conntrack_expect_dump_start(ct, NULL, now);
    while (ofct_conntrack_expect_dump_next(xd, &x)) {
        ofct_ct_expect_format(&x, OFCT_CT_FORMAT_DPCTL, out);
    }
    ofct_conntrack_expect_dump_done(xd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_trace_options topts;
    const struct table_set *set;
    struct ofct_pipeline_config pcfg;
    struct ofct_pipeline_result *res;
    struct ofct_pipeline *p;
    struct ofct_error err;
    int64_t now = 1000000;
    bool fix_csum;
    uint8_t cfg;

    if (size < 1) {
        return 0;
    }
    cfg = data[0];
    data++, size--;
    set = &sets[(cfg & 15) % N_SETS];
    fix_csum = cfg & 128;

    memset(&pcfg, 0, sizeof pcfg);
    pcfg.keep_frames = true;
    p = ofct_pipeline_create(&pcfg);
    FUZZ_CHECK(p, "cannot create a pipeline");
    for (size_t i = 0; i < 12 && set->flows[i]; i++) {
        FUZZ_CHECK(!ofct_pipeline_add_flow(p, set->flows[i], &err),
                   "%s: %s", set->flows[i], err.msg);
    }
    res = ofct_pipeline_result_create();

    while (size >= 3) {
        uint8_t ctl = data[0];
        size_t len = (size_t) data[1] << 8 | data[2];
        struct ofct_pipeline_packet pkt;
        uint8_t *frame;

        data += 3, size -= 3;
        if (len > size) {
            len = size;
        }
        now += steps_ms[ctl >> 4];
        if (steps_ms[ctl >> 4] >= 30000) {
            ofct_conntrack_sweep(ofct_pipeline_conntrack(p), now);
        }

        /* A copy of exactly the frame, so that ASan sees any access beyond
         * it. */
        frame = malloc(len ? len : 1);
        memcpy(frame, data, len);
        if (fix_csum) {
            fuzz_fix_ipv4_csum(frame, len, 1);
        }
        memset(&pkt, 0, sizeof pkt);
        pkt.data = frame;
        pkt.size = len;
        pkt.link = 0;
        pkt.in_port = 1 + (ctl & 3);
        pkt.time_ms = now;
        ofct_error_clear(&err);
        if (ofct_pipeline_execute(p, &pkt, res, &err)) {
            FUZZ_CHECK(err.msg[0], "execute failed without a reason");
        }
        ofct_buf_clear(&out);
        ofct_frame_summary(0, frame, len, &out);
        ofct_pipeline_result_format(res, &out);
        for (size_t i = 0; i < ofct_pipeline_result_n_outputs(res); i++) {
            const uint8_t *o;
            size_t n;

            ofct_pipeline_result_output(res, i, &o, &n);
            ofct_frame_summary(0, o, n, &out);
        }
        free(frame);
        data += len, size -= len;
    }

    ofct_buf_clear(&out);
    ofct_pipeline_dump_flows(p, now, &out);
    dump_conntrack(ofct_pipeline_conntrack(p), now, &out);

    memset(&topts, 0, sizeof topts);
    topts.ct_next = ct_next_lists[(cfg >> 4) & 7];
    topts.n_ct_next = n_ct_next[(cfg >> 4) & 7];
    ofct_buf_clear(&out);
    ofct_error_clear(&err);
    if (ofct_pipeline_trace(p, set->trace, &topts, now, &out, &err)) {
        FUZZ_CHECK(err.msg[0], "trace failed without a reason");
    }

    ofct_pipeline_result_destroy(res);
    ofct_pipeline_destroy(p);
    ofct_buf_uninit(&out);
    return 0;
}
