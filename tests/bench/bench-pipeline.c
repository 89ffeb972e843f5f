/* Pipeline benchmark (run by tests/bench/pipeline-bench.sh): a table of
 * 100,000 flows in the shapes of an ACL (a dozen distinct masks), its
 * loading time, classifier lookups per second on it, and whole packets
 * per second through it (parse, lookup, actions).  Figures, not pass or
 * fail.
 *
 *   bench-pipeline [N_FLOWS [N_LOOKUPS]]
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "ofct/pipeline.h"
#include "openflow/ofp-util.h"
#include "pipeline/pipeline-private.h"
#include "../unit/pkt-build.h"

static double
now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static uint32_t
rnd(uint64_t *state)
{
    *state = *state * 6364136223846793005ULL + 1442695040888963407ULL;
    return *state >> 33;
}

/* Flow 'i' of the table: one of a dozen shapes, cycling. */
static void
make_flow(unsigned int i, char *buf, size_t size)
{
    unsigned int a = i % 200, b = (i / 200) % 250, port = 1 + i % 60000;

    switch (i % 12) {
    case 0: case 1: case 2: case 3:
        snprintf(buf, size, "priority=%u,tcp,nw_src=10.%u.%u.%u,tp_dst=%u,"
                 "actions=output:2", 100 + i % 7, a, b, i % 250, port);
        break;
    case 4: case 5:
        snprintf(buf, size, "priority=90,udp,nw_dst=172.%u.%u.0/24,"
                 "udp_dst=%u,actions=output:3", a % 32, b, port);
        break;
    case 6:
        snprintf(buf, size, "priority=80,in_port=%u,ip,nw_src=192.168.%u.0/"
                 "24,actions=output:1", 1 + a % 8, b);
        break;
    case 7:
        snprintf(buf, size, "priority=70,tcp,nw_src=10.%u.%u.0/24,"
                 "nw_dst=10.%u.0.0/16,actions=drop", a, b, i % 250);
        break;
    case 8:
        snprintf(buf, size, "priority=60,ct_state=+trk+est,tcp,tp_src=%u,"
                 "actions=output:4", port);
        break;
    case 9:
        snprintf(buf, size, "priority=50,reg0=%u,ip,actions=output:5", i);
        break;
    case 10:
        snprintf(buf, size, "priority=40,udp,nw_src=10.%u.%u.%u,"
                 "nw_dst=10.%u.%u.%u,actions=output:6", a, b, i % 250,
                 b, a, i % 250);
        break;
    default:
        snprintf(buf, size, "priority=30,dl_src=02:00:%02x:%02x:%02x:%02x,"
                 "ip,actions=output:7", i >> 24 & 0xff, i >> 16 & 0xff,
                 i >> 8 & 0xff, i & 0xff);
        break;
    }
}

/* A packet that hits flow 'i' of shape 0 most of the time, or misses. */
static void
make_packet(uint64_t *st, unsigned int n_flows, union cls_flow *flow,
            struct tpkt *pkt)
{
    unsigned int i = rnd(st) % n_flows / 12 * 12;
    char src[32];

    snprintf(src, sizeof src, "10.%u.%u.%u", i % 200, (i / 200) % 250,
             i % 250);
    struct pipe_pkt pp;

    tp_tcp(pkt, src, "10.9.9.9", 1000 + rnd(st) % 1000,
           rnd(st) % 2 ? 1 + i % 60000 : 7, 1, 0, F_SYN, 1000, 0);
    memset(&pp, 0, sizeof pp);
    ofct_buf_put(&pp.frame, pkt->b, pkt->n);
    pp.link = OFCT_LINK_ETHERNET;
    put_be16(pp.flow.f.in_port, 1);
    pipe_pkt_extract(&pp);
    *flow = pp.flow;
    ofct_buf_uninit(&pp.frame);
}

int
main(int argc, char *argv[])
{
    unsigned int n_flows = argc > 1 ? atoi(argv[1]) : 100000;
    unsigned int n_lookups = argc > 2 ? atoi(argv[2]) : 2000000;
    enum { N_KEYS = 4096 };
    static union cls_flow keys[N_KEYS];
    static struct tpkt pkts[N_KEYS];
    struct ofct_pipeline *p = ofct_pipeline_create(NULL);
    struct ofct_pipeline_result *res = ofct_pipeline_result_create();
    struct ofct_error err;
    uint64_t st = 42;
    size_t hits = 0;
    double t0, t1;
    char flow[256];

    t0 = now_seconds();
    for (unsigned int i = 0; i < n_flows; i++) {
        make_flow(i, flow, sizeof flow);
        if (ofct_pipeline_add_flow(p, flow, &err)) {
            fprintf(stderr, "%s: %s\n", flow, err.msg);
            return EXIT_FAILURE;
        }
    }
    t1 = now_seconds();
    printf("pipeline: %u flows in %zu subtables loaded in %.0f ms "
           "(%.0f flows per second)\n", n_flows,
           p->tables[0].n_subtables, (t1 - t0) * 1000, n_flows / (t1 - t0));

    for (unsigned int i = 0; i < N_KEYS; i++) {
        make_packet(&st, n_flows, &keys[i], &pkts[i]);
    }
    t0 = now_seconds();
    for (unsigned int i = 0; i < n_lookups; i++) {
        hits += cls_lookup(&p->tables[0], &keys[i % N_KEYS]) != NULL;
    }
    t1 = now_seconds();
    printf("classifier: %u lookups at %u flows in %.0f ms: %.0f lookups "
           "per second (%.0f ns each, %.0f%% hit a flow)\n", n_lookups,
           n_flows, (t1 - t0) * 1000, n_lookups / (t1 - t0),
           (t1 - t0) * 1e9 / n_lookups, 100.0 * hits / n_lookups);

    t0 = now_seconds();
    for (unsigned int i = 0; i < n_lookups / 4; i++) {
        const struct tpkt *pk = &pkts[i % N_KEYS];
        struct ofct_pipeline_packet pp = { pk->b, pk->n, 0, 1, i / 1000 };

        ofct_pipeline_execute(p, &pp, res, &err);
    }
    t1 = now_seconds();
    printf("pipeline: %u packets (parse, lookup, actions) at %u flows in "
           "%.0f ms: %.0f packets per second\n", n_lookups / 4, n_flows,
           (t1 - t0) * 1000, n_lookups / 4 / (t1 - t0));

    ofct_pipeline_result_destroy(res);
    ofct_pipeline_destroy(p);
    return EXIT_SUCCESS;
}
