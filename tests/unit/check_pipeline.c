/* Unit tests for lib/pipeline: the classifier against a linear scan, the
 * early conntrack syntax, and packets through small flow tables (output,
 * resubmit, goto_table, registers, ct and its recirculation, ct_clear,
 * NORMAL, header rewrites, counters, the loop limits, dump-flows and
 * trace).  The FTP firewall over real captures is tested by
 * tests/cli/pipeline.sh, against a real switch by pipeline-ovs.sh. */
#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/pipeline.h"
#include "pipeline/classifier.h"
#include "pipeline/pipeline-private.h"
#include "pkt-build.h"

/* ------------------------------------------------------------------ */
/* Classifier. */

/* A pseudo-random generator, so that runs repeat. */
static uint32_t
rnd(uint64_t *state)
{
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return *state >> 33;
}

struct ref_rule {
    struct cls_rule cr;
    union cls_flow value, mask;
    int priority;
    bool replaced;
};

/* A match on a few fields from a small set of shapes, as real tables
 * have, with random values from small ranges so that rules overlap. */
static void
random_match(uint64_t *st, union cls_flow *value, union cls_flow *mask)
{
    uint32_t shape = rnd(st) % 6;
    struct flow *v = &value->f, *m = &mask->f;

    memset(value, 0, sizeof *value);
    memset(mask, 0, sizeof *mask);
    if (shape & 1) {
        v->in_port[1] = rnd(st) % 4;
        m->in_port[0] = m->in_port[1] = 0xff;
    }
    if (shape >= 2) {
        v->nw_proto = rnd(st) % 2 ? 6 : 17;
        m->nw_proto = 0xff;
        v->tp_dst[1] = rnd(st) % 8;
        m->tp_dst[0] = m->tp_dst[1] = 0xff;
    }
    if (shape >= 4) {
        /* A prefix of nw_src: 8 or 16 bits. */
        int bytes = 1 + rnd(st) % 2;

        for (int i = 0; i < bytes; i++) {
            v->nw_src[i] = rnd(st) % 4;
            m->nw_src[i] = 0xff;
        }
    }
    if (rnd(st) % 4 == 0) {
        v->regs[0][3] = rnd(st) % 2;
        m->regs[0][3] = 0x01;
    }
    for (size_t i = 0; i < CLS_N_WORDS; i++) {
        value->w[i] &= mask->w[i];
    }
}

static void
random_packet(uint64_t *st, union cls_flow *flow)
{
    struct flow *f = &flow->f;

    memset(flow, 0, sizeof *flow);
    f->in_port[1] = rnd(st) % 4;
    f->nw_proto = rnd(st) % 2 ? 6 : 17;
    f->tp_dst[1] = rnd(st) % 8;
    f->nw_src[0] = rnd(st) % 4;
    f->nw_src[1] = rnd(st) % 4;
    f->regs[0][3] = rnd(st) % 4;
}

static bool
ref_matches(const struct ref_rule *r, const union cls_flow *flow)
{
    for (size_t i = 0; i < CLS_N_WORDS; i++) {
        if ((flow->w[i] & r->mask.w[i]) != r->value.w[i]) {
            return false;
        }
    }
    return true;
}

/* The highest priority, then the first added: the rule a lookup must
 * find, by scanning them all. */
static const struct ref_rule *
ref_lookup(const struct ref_rule *rules, size_t n, const union cls_flow *f)
{
    const struct ref_rule *best = NULL;

    for (size_t i = 0; i < n; i++) {
        const struct ref_rule *r = &rules[i];

        if (!r->replaced && ref_matches(r, f)
            && (!best || r->priority > best->priority
                || (r->priority == best->priority
                    && r->cr.seq < best->cr.seq))) {
            best = r;
        }
    }
    return best;
}

START_TEST(test_classifier_vs_scan)
{
    enum { N_RULES = 3000, N_PACKETS = 20000 };
    struct ref_rule *rules = calloc(N_RULES, sizeof *rules);
    struct cls_table t;
    uint64_t st = 12345 + _i;
    size_t n = 0;

    cls_init(&t);
    for (size_t i = 0; i < N_RULES; i++) {
        struct ref_rule *r = &rules[n++];
        struct cls_rule *old;

        random_match(&st, &r->value, &r->mask);
        r->priority = rnd(&st) % 50;
        old = cls_insert(&t, &r->cr, &r->value, &r->mask, r->priority, i);
        if (old) {
            /* Same match and priority: the new rule takes the old one's
             * place, and its order. */
            ((struct ref_rule *) old)->replaced = true;
            ck_assert_uint_lt(r->cr.seq, i);
        }
    }
    ck_assert_uint_lt(t.n_rules, N_RULES);
    for (size_t i = 0; i < N_PACKETS; i++) {
        union cls_flow pkt;
        const struct ref_rule *want;
        const struct cls_rule *got;

        random_packet(&st, &pkt);
        want = ref_lookup(rules, n, &pkt);
        got = cls_lookup(&t, &pkt);
        ck_assert_ptr_eq(got, want ? &want->cr : NULL);
    }
    for (size_t i = 0; i < n; i++) {
        cls_rule_destroy(&rules[i].cr);
    }
    cls_destroy(&t);
    free(rules);
}
END_TEST

/* Rules removed at random (expired flows) leave lookups as a scan of the
 * rules left would answer them. */
START_TEST(test_classifier_remove_vs_scan)
{
    enum { N_RULES = 2000, N_PACKETS = 4000 };
    struct ref_rule *rules = calloc(N_RULES, sizeof *rules);
    struct cls_table t;
    uint64_t st = 777 + _i;
    size_t n_live;

    cls_init(&t);
    for (size_t i = 0; i < N_RULES; i++) {
        struct ref_rule *r = &rules[i];
        struct cls_rule *old;

        random_match(&st, &r->value, &r->mask);
        r->priority = rnd(&st) % 50;
        old = cls_insert(&t, &r->cr, &r->value, &r->mask, r->priority, i);
        if (old) {
            ((struct ref_rule *) old)->replaced = true;
        }
    }
    n_live = t.n_rules;
    for (int round = 0; round < 4; round++) {
        /* Remove about a third of the rules left, heads of buckets and
         * rules behind them alike. */
        for (size_t i = 0; i < N_RULES; i++) {
            struct ref_rule *r = &rules[i];

            if (!r->replaced && rnd(&st) % 3 == 0) {
                cls_remove(&t, &r->cr);
                r->replaced = true;
                n_live--;
            }
        }
        ck_assert_uint_eq(t.n_rules, n_live);
        for (size_t i = 0; i < N_PACKETS; i++) {
            union cls_flow pkt;
            const struct ref_rule *want;

            random_packet(&st, &pkt);
            want = ref_lookup(rules, N_RULES, &pkt);
            ck_assert_ptr_eq(cls_lookup(&t, &pkt), want ? &want->cr : NULL);
        }
    }
    for (size_t i = 0; i < N_RULES; i++) {
        cls_rule_destroy(&rules[i].cr);
    }
    cls_destroy(&t);
    free(rules);
}
END_TEST

START_TEST(test_classifier_replace)
{
    union cls_flow v, m, pkt;
    struct cls_rule a, b, c;
    struct cls_table t;

    cls_init(&t);
    memset(&v, 0, sizeof v);
    memset(&m, 0, sizeof m);
    memset(&pkt, 0, sizeof pkt);
    m.f.nw_proto = 0xff;
    v.f.nw_proto = 6;
    pkt.f.nw_proto = 6;
    ck_assert_ptr_null(cls_insert(&t, &a, &v, &m, 10, 0));
    ck_assert_ptr_null(cls_insert(&t, &b, &v, &m, 20, 1));
    ck_assert_ptr_eq(cls_lookup(&t, &pkt), &b);
    /* Same priority: replaces. */
    ck_assert_ptr_eq(cls_insert(&t, &c, &v, &m, 20, 2), &b);
    ck_assert_ptr_eq(cls_lookup(&t, &pkt), &c);
    ck_assert_uint_eq(t.n_rules, 2);
    pkt.f.nw_proto = 17;
    ck_assert_ptr_null(cls_lookup(&t, &pkt));
    cls_rule_destroy(&a);
    cls_rule_destroy(&c);
    cls_destroy(&t);
}
END_TEST

/* ------------------------------------------------------------------ */
/* The early conntrack syntax. */

static void
check_legacy(const char *in, const char *want)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;

    pipe_legacy_rewrite(in, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), want);
    ofct_buf_uninit(&out);
}

START_TEST(test_legacy_syntax)
{
    check_legacy("in_port=2,tcp,conn_state=-trk,action=ct(recirc)",
                 "in_port=2,tcp,ct_state=-trk,action=ct(table=0)");
    check_legacy("table=3 tcp conn_state=+trk+est actions=ct(commit,recirc),1",
                 "table=3 tcp ct_state=+trk+est actions=ct(commit,table=3),1");
    check_legacy("table=0x5,ip,actions=ct(recirc,exec(set_field:1->ct_mark))",
                 "table=0x5,ip,actions=ct(table=5,exec(set_field:1->ct_mark))");
    /* Only whole keys and whole ct() arguments. */
    check_legacy("ip,actions=note:72656369726300,ct(commit)",
                 "ip,actions=note:72656369726300,ct(commit)");
    check_legacy("ip,actions=resubmit(,1),ct(zone=1,recirc)",
                 "ip,actions=resubmit(,1),ct(zone=1,table=0)");
    check_legacy("conn_state_x=1,actions=drop", "conn_state_x=1,actions=drop");
}
END_TEST

/* ------------------------------------------------------------------ */
/* Packets through tables. */

static struct ofct_pipeline *pl;
static struct ofct_pipeline_result *res;
static int64_t now;

static void
pipe_setup(void)
{
    struct ofct_pipeline_config cfg;

    memset(&cfg, 0, sizeof cfg);
    cfg.keep_frames = true;
    pl = ofct_pipeline_create(&cfg);
    res = ofct_pipeline_result_create();
    now = 1000;
}

static void
pipe_teardown(void)
{
    ofct_pipeline_result_destroy(res);
    ofct_pipeline_destroy(pl);
}

static void
add(const char *flow)
{
    struct ofct_error err;

    ck_assert_msg(!ofct_pipeline_add_flow(pl, flow, &err), "%s: %s", flow,
                  err.msg);
}

static void
add_fails(const char *flow, const char *msg)
{
    struct ofct_error err;

    ck_assert_msg(ofct_pipeline_add_flow(pl, flow, &err), "%s", flow);
    ck_assert_msg(strstr(err.msg, msg), "%s: \"%s\" lacks \"%s\"", flow,
                  err.msg, msg);
}

/* Runs 'pkt' in on 'in_port' and checks the one-line result. */
static void
run(const struct tpkt *pkt, uint16_t in_port, const char *want)
{
    struct ofct_pipeline_packet pp;
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    pp.data = pkt->b;
    pp.size = pkt->n;
    pp.link = OFCT_LINK_ETHERNET;
    pp.in_port = in_port;
    pp.time_ms = now++;
    ck_assert_msg(!ofct_pipeline_execute(pl, &pp, res, &err), "%s", err.msg);
    ofct_pipeline_result_format(res, &line);
    ck_assert_str_eq(ofct_buf_cstr(&line), want);
    ofct_buf_uninit(&line);
}

static void
udp(struct tpkt *p, const char *src, const char *dst)
{
    tp_udp(p, src, dst, 1000, 2000, 10);
}

START_TEST(test_output_and_counters)
{
    struct ofct_buf dump = OFCT_BUF_INITIALIZER;
    struct tpkt p;

    add("in_port=1,udp,actions=2");
    add("priority=0,actions=drop");
    udp(&p, "10.0.0.1", "10.0.0.2");
    run(&p, 1, "0:1 -> 2");
    run(&p, 1, "0:1 -> 2");
    run(&p, 3, "0:2 -> drop");
    /* Output to the input port is skipped, as in OVS. */
    run(&p, 2, "0:2 -> drop");
    now += 2500;
    ofct_pipeline_dump_flows(pl, now, &dump);
    ck_assert_str_eq(ofct_buf_cstr(&dump),
        " cookie=0x0, duration=2.504s, table=0, n_packets=2, n_bytes=104, "
        "idle_age=2, udp,in_port=1 actions=output:2\n"
        " cookie=0x0, duration=2.504s, table=0, n_packets=2, n_bytes=104, "
        "idle_age=2, priority=0 actions=drop\n");
    ofct_buf_uninit(&dump);
}
END_TEST

/* idle_timeout and hard_timeout expire flows on the packets' clock, as
 * OVS does once a second: strictly past the deadline, then the packets
 * fall to the next flow and the dump no longer shows the flow. */
START_TEST(test_flow_expiry)
{
    struct ofct_buf dump = OFCT_BUF_INITIALIZER;
    struct tpkt p, q;

    add("in_port=1,udp,hard_timeout=3,actions=2");
    add("in_port=3,udp,idle_timeout=2,actions=4");
    add("priority=0,actions=drop");
    udp(&p, "10.0.0.1", "10.0.0.2");
    udp(&q, "10.0.0.3", "10.0.0.4");
    run(&p, 1, "0:1 -> 2");                 /* t = 1000: installed */
    run(&q, 3, "0:2 -> 4");                 /* 1001 */
    now = 2500;
    run(&q, 3, "0:2 -> 4");                 /* used at 2500 */
    now = 4000;                 /* a look, exactly at the hard deadline */
    run(&p, 1, "0:1 -> 2");
    now = 4501;                 /* past q's idle deadline (4500), but the */
    run(&q, 3, "0:2 -> 4");     /* next look is at 5000 */
    now = 5001;                 /* a look: p expires, q was hit at 4501 */
    run(&q, 3, "0:2 -> 4");
    run(&p, 1, "0:3 -> drop");
    ck_assert_uint_eq(ofct_pipeline_n_flows(pl), 2);
    now = 7100;                 /* q, last hit at 5001, expired at 7001 */
    run(&q, 3, "0:3 -> drop");
    ck_assert_uint_eq(ofct_pipeline_n_flows(pl), 1);
    ofct_pipeline_dump_flows(pl, now, &dump);
    ck_assert_str_eq(ofct_buf_cstr(&dump),
        " cookie=0x0, duration=6.101s, table=0, n_packets=2, n_bytes=104, "
        "idle_age=0, priority=0 actions=drop\n");
    ofct_buf_uninit(&dump);
}
END_TEST

/* A look for expired flows happens at most once a second of the packets'
 * clock, as in OVS: a flow can outlive its deadline by up to a second. */
START_TEST(test_flow_expiry_cadence)
{
    struct tpkt p;

    add("in_port=1,udp,hard_timeout=1,actions=2");
    add("priority=0,actions=drop");
    udp(&p, "10.0.0.1", "10.0.0.2");
    run(&p, 1, "0:1 -> 2");                 /* t = 1000: a look */
    now = 1999;
    run(&p, 1, "0:1 -> 2");                 /* no look before 2000 */
    now = 2000;
    run(&p, 1, "0:1 -> 2");                 /* a look: not past 2000 */
    now = 2500;
    run(&p, 1, "0:1 -> 2");                 /* past, no look until 3000 */
    now = 3000;
    run(&p, 1, "0:2 -> drop");
}
END_TEST

START_TEST(test_resubmit_goto_registers)
{
    struct tpkt p;

    add("table=0,in_port=1,ip,actions=load:0x7->NXM_NX_REG3[],"
        "resubmit(,1),resubmit(5,2)");
    add("table=1,reg3=7,ip,actions=move:NXM_NX_REG3[]->NXM_NX_REG4[],"
        "goto_table:3");
    add("table=2,in_port=5,actions=output:9");
    add("table=3,reg4=7,actions=output:4");
    udp(&p, "10.0.0.1", "10.0.0.2");
    run(&p, 1, "0:1 1:2 3:4 2:3 -> 4,9");
    /* No flow in table 1 without reg3: a miss, then table 2. */
    add("table=0,in_port=2,ip,actions=resubmit(,1),resubmit(5,2)");
    run(&p, 2, "0:5 1:miss 2:3 -> 9");
}
END_TEST

START_TEST(test_ct_recirculation)
{
    struct tpkt p, r;

    add("table=0,ip,actions=ct(commit,table=1)");
    add("table=1,ct_state=+trk+new,ip,actions=1");
    add("table=1,ct_state=+trk+est,ip,actions=2");
    udp(&p, "10.0.0.1", "10.0.0.2");
    tp_udp(&r, "10.0.0.2", "10.0.0.1", 2000, 1000, 10);
    run(&p, 3, "0:1 ct(new|trk) 1:2 -> 1");
    run(&r, 4, "0:1 ct(est|rpl|trk) 1:3 -> 2");
    run(&p, 3, "0:1 ct(est|trk) 1:3 -> 2");
}
END_TEST

START_TEST(test_ct_fields_only_after_recirculation)
{
    struct tpkt p;

    /* After a ct without table=, the packet is untracked in its pass. */
    add("table=0,ip,actions=ct(commit),resubmit(,1)");
    add("table=1,ct_state=+trk,actions=1");
    add("table=1,priority=0,actions=2");
    udp(&p, "10.0.0.1", "10.0.0.2");
    run(&p, 3, "0:1 1:3 -> 2");
}
END_TEST

START_TEST(test_ct_mark_zone_and_clear)
{
    struct tpkt p;

    add("table=0,ip,actions=load:0x9->NXM_NX_REG0[],"
        "ct(commit,zone=NXM_NX_REG0[0..15],table=1,"
        "exec(set_field:0x5->ct_mark))");
    add("table=1,ct_zone=9,ct_mark=5,ct_state=+trk,reg0=9,ip,"
        "actions=ct_clear,resubmit(,2)");
    add("table=2,ct_state=-trk,ct_mark=0,actions=output:7");
    udp(&p, "10.0.0.1", "10.0.0.2");
    run(&p, 3, "0:1 ct(new|trk) 1:2 2:3 -> 7");
}
END_TEST

START_TEST(test_loops)
{
    struct ofct_buf want = OFCT_BUF_INITIALIZER;
    struct tpkt p;

    add("table=0,in_port=1,actions=resubmit(,0)");
    add("table=0,in_port=2,actions=resubmit(,10),resubmit(,10)");
    for (int t = 10; t < 22; t++) {
        char flow[128];

        snprintf(flow, sizeof flow, "table=%d,actions=resubmit(,%d),"
                 "resubmit(,%d)", t, t + 1, t + 1);
        add(flow);
    }
    add("table=22,actions=drop");
    add("table=0,in_port=3,ip,actions=ct(table=0)");
    udp(&p, "10.0.0.1", "10.0.0.2");

    /* The first visit and 64 resubmits; the 65th fails. */
    ofct_buf_clear(&want);
    for (int i = 0; i < 65; i++) {
        ofct_buf_puts(&want, "0:1 ");
    }
    ofct_buf_puts(&want, "-> drop (over max translation depth 64)");
    run(&p, 1, ofct_buf_cstr(&want));
    ofct_buf_uninit(&want);
    ofct_pipeline_execute(pl, &(struct ofct_pipeline_packet) {
                              p.b, p.n, 0, 2, now }, res, NULL);
    ck_assert_str_eq(ofct_pipeline_result_error(res),
                     "over 4096 resubmit actions");
    ck_assert_uint_eq(ofct_pipeline_result_n_outputs(res), 0);
    /* ct(table=0) in table 0: recirculates until the datapath's limit. */
    run(&p, 3, "0:16 ct(new|trk) 0:16 ct(new|trk) 0:16 ct(new|trk) 0:16 "
        "ct(new|trk) 0:16 ct(new|trk) 0:16 ct(new|trk) 0:16 "
        "-> drop (over max recirculation depth 6)");
}
END_TEST

START_TEST(test_normal)
{
    struct tpkt ab, ba;

    add("actions=NORMAL");
    ofct_pipeline_add_port(pl, 3, NULL);
    udp(&ab, "10.0.0.1", "10.0.0.2");
    udp(&ba, "10.0.0.2", "10.0.0.1");
    /* tp_build's frames go from ...:09 to ...:0a; swap for the reply. */
    memcpy(ba.b, "\x50\x54\x00\x00\x00\x09\x50\x54\x00\x00\x00\x0a", 12);
    ofct_pipeline_add_port(pl, 1, NULL);
    ofct_pipeline_add_port(pl, 2, NULL);
    run(&ab, 1, "0:1 -> 2,3");
    run(&ba, 2, "0:1 -> 1");
    run(&ab, 1, "0:1 -> 2");
    /* A MAC on the input port: dropped. */
    run(&ab, 2, "0:1 -> drop");
}
END_TEST

START_TEST(test_header_rewrites)
{
    struct ofct_parse_options opts = { .no_l4_csum = false };
    struct ofct_flow_key key;
    const uint8_t *data;
    struct tpkt p;
    size_t size;

    add("in_port=1,tcp,actions=set_field:10.9.9.9->ip_dst,"
        "set_field:8080->tcp_dst,mod_dl_src:00:00:00:00:00:42,"
        "set_field:33->nw_ttl,set_field:3->ip_ecn,2,"
        "set_field:80->tcp_dst,3");
    tp_tcp(&p, "10.0.0.1", "10.0.0.2", 1234, 80, 1, 0, F_SYN, 1000, 5);
    run(&p, 1, "0:1 -> 2,3");

    ofct_pipeline_result_output(res, 0, &data, &size);
    ck_assert_int_eq(ofct_flow_parse(data, size, &opts, &key, NULL),
                     OFCT_PKT_OK);
    ck_assert_uint_eq(key.tp_dst, 8080);
    ck_assert_uint_eq(key.nw_ttl, 33);
    ck_assert_uint_eq(key.nw_tos & 3, 3);
    ck_assert_mem_eq(key.nw_dst.b, "\x0a\x09\x09\x09", 4);
    ck_assert_mem_eq(data + 6, "\x00\x00\x00\x00\x00\x42", 6);

    ofct_pipeline_result_output(res, 1, &data, &size);
    ck_assert_int_eq(ofct_flow_parse(data, size, &opts, &key, NULL),
                     OFCT_PKT_OK);
    ck_assert_uint_eq(key.tp_dst, 80);

    add_fails("arp,actions=set_field:10.1.1.1->arp_spa,1",
              "writing arp_spa is not supported");
}
END_TEST

START_TEST(test_refusals)
{
    add_fails("ip,actions=ct(commit,alg=99)", "helper");
    add_fails("ip,actions=conjunction(1,1/2)", "conjunction");
    add_fails("ip,actions=ct(force)", "commit");
}
END_TEST

/* The source address and port of output 'i', and whether its checksums
 * are right. */
static void
check_output(size_t i, const char *src, const char *dst)
{
    struct ofct_parse_options opts = { .no_l4_csum = false };
    struct ofct_ip_addr want_src, want_dst;
    struct ofct_flow_key key;
    const uint8_t *data;
    size_t size;

    ofct_pipeline_result_output(res, i, &data, &size);
    ck_assert_int_eq(ofct_flow_parse(data, size, &opts, &key, NULL),
                     OFCT_PKT_OK);
    ofct_ip_addr_parse(src, &want_src);
    ofct_ip_addr_parse(dst, &want_dst);
    ck_assert_mem_eq(key.nw_src.b, want_src.b, 4);
    ck_assert_mem_eq(key.nw_dst.b, want_dst.b, 4);
}

START_TEST(test_nat)
{
    struct tpkt p, r;

    /* Host 1 behind port 1 is source-NATed to 10.9.9.9; replies come back
     * through a bare nat. */
    add("table=0,in_port=1,ip,actions=ct(commit,nat(src=10.9.9.9),"
        "table=1)");
    add("table=0,in_port=2,ip,actions=ct(nat,table=1)");
    add("table=1,ct_state=+trk+snat,ip,actions=2");
    add("table=1,ct_state=+trk+dnat,ip,actions=1");
    udp(&p, "10.0.0.1", "10.0.0.2");
    tp_udp(&r, "10.0.0.2", "10.9.9.9", 2000, 1000, 10);
    run(&p, 1, "0:1 ct(new|trk|snat) 1:3 -> 2");
    check_output(0, "10.9.9.9", "10.0.0.2");
    run(&r, 2, "0:2 ct(est|rpl|trk|dnat) 1:4 -> 1");
    check_output(0, "10.0.0.2", "10.0.0.1");
}
END_TEST

START_TEST(test_damaged_frames)
{
    uint64_t st = 99;
    struct tpkt p;

    add("table=0,ip,actions=ct(commit,table=1)");
    add("table=0,arp,actions=NORMAL");
    add("table=1,ct_state=+trk+new,tcp,actions=set_field:7->tcp_dst,1");
    add("table=1,ct_state=+inv,actions=drop");
    add("table=1,priority=0,actions=2");
    for (int i = 0; i < 20000; i++) {
        struct ofct_pipeline_packet pp;
        struct ofct_error err;
        size_t n;

        tp_tcp(&p, "10.0.0.1", "10.0.0.2", 1234, 80, 1, 0, F_SYN, 1000,
               rnd(&st) % 64);
        /* Damage a few bytes and cut the frame anywhere. */
        for (int k = rnd(&st) % 4; k > 0; k--) {
            p.b[rnd(&st) % p.n] = rnd(&st);
        }
        n = rnd(&st) % (p.n + 1);
        pp = (struct ofct_pipeline_packet) { p.b, n, 0, 1, now++ };
        ck_assert_int_eq(ofct_pipeline_execute(pl, &pp, res, &err), 0);
    }
}
END_TEST

START_TEST(test_trace)
{
    static const uint32_t ct_next[] = { OFCT_CS_TRK | OFCT_CS_EST };
    static const uint16_t ofp[] = { 1, 2 };
    static const uint32_t odp[] = { 2, 3 };
    struct ofct_trace_options opts;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    /* Open vSwitch 3.1's ofproto/trace output for the same table and
     * packet, "Megaflow:" line left out and the recirculation id made
     * ofct's. */
    add("in_port=2,tcp,ct_state=-trk,actions=ct(table=0)");
    add("in_port=2,tcp,ct_state=+trk-new+est,actions=1");
    memset(&opts, 0, sizeof opts);
    opts.ct_next = ct_next;
    opts.n_ct_next = 1;
    opts.odp_map_ofp = ofp;
    opts.odp_map_odp = odp;
    opts.n_odp_map = 2;
    ck_assert_msg(!ofct_pipeline_trace(pl, "in_port=2,tcp,nw_src=10.1.1.2,"
                                       "nw_dst=10.1.1.1,tp_src=21,"
                                       "tp_dst=40000", &opts, 0, &out, &err),
                  "%s", err.msg);
    ck_assert_str_eq(ofct_buf_cstr(&out),
"Flow: tcp,in_port=2,vlan_tci=0x0000,dl_src=00:00:00:00:00:00,"
"dl_dst=00:00:00:00:00:00,nw_src=10.1.1.2,nw_dst=10.1.1.1,nw_tos=0,"
"nw_ecn=0,nw_ttl=0,nw_frag=no,tp_src=21,tp_dst=40000,tcp_flags=0\n"
"\n"
"bridge(\"br0\")\n"
"-------------\n"
" 0. ct_state=-trk,tcp,in_port=2, priority 32768\n"
"    ct(table=0)\n"
"    drop\n"
"     -> A clone of the packet is forked to recirculate. The forked "
"pipeline will be resumed at table 0.\n"
"     -> Sets the packet to an untracked state, and clears all the "
"conntrack fields.\n"
"\n"
"Final flow: unchanged\n"
"Datapath actions: ct,recirc(0x1)\n"
"\n"
"==============================================================================="
"\n"
"recirc(0x1) - resume conntrack with ct_state=est|trk\n"
"==============================================================================="
"\n"
"\n"
"Flow: recirc_id=0x1,ct_state=est|trk,eth,tcp,in_port=2,vlan_tci=0x0000,"
"dl_src=00:00:00:00:00:00,dl_dst=00:00:00:00:00:00,nw_src=10.1.1.2,"
"nw_dst=10.1.1.1,nw_tos=0,nw_ecn=0,nw_ttl=0,nw_frag=no,tp_src=21,"
"tp_dst=40000,tcp_flags=0\n"
"\n"
"bridge(\"br0\")\n"
"-------------\n"
"    thaw\n"
"        Resuming from table 0\n"
" 0. ct_state=-new+est+trk,tcp,in_port=2, priority 32768\n"
"    output:1\n"
"\n"
"Final flow: unchanged\n"
"Datapath actions: 2\n");
    ofct_buf_uninit(&out);
}
END_TEST

/* fuzz-pipeline: an empty frame first reached the parser as a NULL
 * pointer (the pipeline's buffer, never filled), and the fast path
 * computed NULL + 14 (undefined behaviour) before checking the size. */
START_TEST(test_empty_frame)
{
    struct ofct_pipeline_packet pp = { NULL, 0, 0, 1, 1000 };
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;

    add("table=0,actions=2");
    ck_assert_int_eq(ofct_pipeline_execute(pl, &pp, res, &err), 0);
    ofct_pipeline_result_format(res, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "0:1 -> 2");
    ofct_buf_uninit(&out);
}
END_TEST

/* fuzz-pipeline: a recirculation that the trace runs and that
 * recirculates again queued the next one while the trace held a pointer
 * into the queue, which that reallocated (heap-use-after-free). */
START_TEST(test_trace_chained_recirculations)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    const char *s;
    int n = 0;

    add("table=0,ip,actions=ct(table=1)");
    add("table=1,ip,actions=ct(commit,table=2)");
    add("table=2,ip,actions=ct(nat,table=3)");
    add("table=3,ip,actions=output:1");
    ck_assert_msg(!ofct_pipeline_trace(pl, "in_port=2,udp,nw_src=10.1.1.2,"
                                       "nw_dst=10.1.1.1,tp_src=1,tp_dst=2",
                                       NULL, 0, &out, &err), "%s", err.msg);
    for (s = ofct_buf_cstr(&out); (s = strstr(s, "resume conntrack"));
         s++) {
        n++;
    }
    ck_assert_int_eq(n, 3);
    ck_assert_ptr_nonnull(strstr(ofct_buf_cstr(&out),
                                 " 3. ip, priority 32768\n    output:1\n"));
    ofct_buf_uninit(&out);
}
END_TEST

START_TEST(test_frame_summary)
{
    struct ofct_buf s = OFCT_BUF_INITIALIZER;
    struct tpkt p;

    tp_tcp(&p, "10.0.0.1", "10.0.0.2", 1234, 80, 1, 0, F_SYN | F_ACK, 1000,
           5);
    ofct_frame_summary(OFCT_LINK_ETHERNET, p.b, p.n, &s);
    ck_assert_str_eq(ofct_buf_cstr(&s),
                     "tcp 10.0.0.1:1234 > 10.0.0.2:80 [S.] len 5");
    ofct_buf_clear(&s);
    tp_udp(&p, "fd00::1", "fd00::2", 5, 6, 0);
    ofct_frame_summary(OFCT_LINK_ETHERNET, p.b, p.n, &s);
    ck_assert_str_eq(ofct_buf_cstr(&s), "udp6 [fd00::1]:5 > [fd00::2]:6");
    ofct_buf_clear(&s);
    ofct_frame_summary(OFCT_LINK_ETHERNET, p.b, 20, &s);
    ck_assert_str_eq(ofct_buf_cstr(&s), "eth type 0x86dd (truncated)");
    ofct_buf_uninit(&s);
}
END_TEST

static Suite *
pipeline_suite(void)
{
    Suite *s = suite_create("pipeline");
    TCase *tc;

    tc = tcase_create("classifier");
    tcase_add_loop_test(tc, test_classifier_vs_scan, 0, 3);
    tcase_add_loop_test(tc, test_classifier_remove_vs_scan, 0, 3);
    tcase_add_test(tc, test_classifier_replace);
    tcase_add_test(tc, test_legacy_syntax);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);

    tc = tcase_create("execute");
    tcase_add_checked_fixture(tc, pipe_setup, pipe_teardown);
    tcase_add_test(tc, test_output_and_counters);
    tcase_add_test(tc, test_flow_expiry);
    tcase_add_test(tc, test_flow_expiry_cadence);
    tcase_add_test(tc, test_resubmit_goto_registers);
    tcase_add_test(tc, test_ct_recirculation);
    tcase_add_test(tc, test_ct_fields_only_after_recirculation);
    tcase_add_test(tc, test_ct_mark_zone_and_clear);
    tcase_add_test(tc, test_loops);
    tcase_add_test(tc, test_normal);
    tcase_add_test(tc, test_header_rewrites);
    tcase_add_test(tc, test_refusals);
    tcase_add_test(tc, test_nat);
    tcase_add_test(tc, test_damaged_frames);
    tcase_add_test(tc, test_trace);
    tcase_add_test(tc, test_trace_chained_recirculations);
    tcase_add_test(tc, test_empty_frame);
    tcase_add_test(tc, test_frame_summary);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(pipeline_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
