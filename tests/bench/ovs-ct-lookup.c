/* Workload B of ofct's ct-bench, run through Open vSwitch's userspace
 * connection tracker (lib/conntrack.c), for comparison with
 * "ofct ct-bench --conns C --packets P --batch B [--random] [--threads N]".
 *
 * Built against a built Open vSwitch tree (tests/bench/ovs-compare.sh does
 * it when OVS_BUILD names one); it uses OVS's in-tree API only, as OVS's
 * tests/test-conntrack.c does: conntrack_init(), conntrack_execute() on a
 * dp_packet_batch, conntrack_destroy().
 *
 * The workload is ofct's, packet for packet (utilities/ofct-conntrack.c):
 *   - the 42-byte Ethernet/IPv4/UDP frame 10.1.1.1 -> 10.1.1.2 of OVS's
 *     conntrack benchmark, UDP checksum 0; connection i has source port
 *     1 + i % 60000 and destination port 1 + i / 60000, so only the ports
 *     change and the IPv4 header checksum stays valid;
 *   - commit pass: connections 0 .. C-1 in order, in batches of B, zone 0,
 *     commit;
 *   - lookup pass: P packets, the k-th for connection
 *     (k * prime + 12345) % C with --random (prime 1000003, or the next of
 *     ofct's list that does not divide C), k % C without; zone 0, commit
 *     (as ofct: the same ct action as the first pass); only this pass's
 *     wall time, frame rewrites included, is "conntrack: N ms";
 *   - with N threads, thread t takes the batches t, t + N, t + 2N, ...;
 *   - bytes per connection: peak RSS (getrusage) / connections in the
 *     table at the end.
 * As OVS's benchmark does between batches, each packet's cached connection
 * is cleared (pkt_metadata_init_conn) so that every packet is looked up.
 * Threads are OVS threads synchronized with OVS barriers, as in
 * test-conntrack.c, and each quiesces (RCU) every 1024 batches as OVS's PMD
 * threads do, so that memory OVS frees through RCU (old cmap arrays when
 * the table grows) is freed as it would be in a switch. */

#include <config.h>

#include <getopt.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "conntrack.h"
#include "csum.h"
#include "dp-packet.h"
#include "flow.h"
#include "ovs-rcu.h"
#include "ovs-thread.h"
#include "packets.h"

static const uint8_t frame[42] = {
    0x50, 0x54, 0x00, 0x00, 0x00, 0x0a, 0x50, 0x54, 0x00, 0x00, 0x00, 0x09,
    0x08, 0x00,
    0x45, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00,
    0x0a, 0x01, 0x01, 0x01, 0x0a, 0x01, 0x01, 0x02,
    0x00, 0x01, 0x00, 0x02, 0x00, 0x08, 0x00, 0x00,
};

static struct conntrack *ct;
static unsigned int n_threads = 1, batch = 32;
static unsigned long long n_conns = 1000000, n_packets = 1000000;
static bool random_order;
static struct ovs_barrier barrier;

struct thread {
    pthread_t thread;
    unsigned int tid;
    bool lookup;
    struct dp_packet_batch pkts;
    ovs_be16 dl_type;
};

static double
now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static long long
now_msec(void)
{
    return (long long) (now_seconds() * 1000);
}

static unsigned long long
conn_index(unsigned long long k)
{
    static const unsigned long long primes[] = {
        1000003, 999983, 15485863, 32452843,
    };
    size_t p;

    k %= n_conns;
    if (!random_order) {
        return k;
    }
    for (p = 0; p < sizeof primes / sizeof primes[0] - 1; p++) {
        if (n_conns % primes[p]) {
            break;
        }
    }
    return (k * primes[p] + 12345) % n_conns;
}

static void
set_conn(struct dp_packet *pkt, unsigned long long i)
{
    struct udp_header *udp = dp_packet_l4(pkt);

    udp->udp_src = htons(1 + i % 60000);
    udp->udp_dst = htons(1 + i / 60000);
}

static void
prepare(struct thread *t)
{
    unsigned int i;

    dp_packet_batch_init(&t->pkts);
    for (i = 0; i < batch; i++) {
        struct dp_packet *pkt = dp_packet_new(sizeof frame);
        struct flow flow;
        ovs_be16 *ip_csum;

        dp_packet_put(pkt, frame, sizeof frame);
        ip_csum = (ovs_be16 *) ((char *) dp_packet_data(pkt) + 24);
        *ip_csum = csum((char *) dp_packet_data(pkt) + 14, 20);
        flow_extract(pkt, &flow);       /* Sets the L3 and L4 offsets. */
        t->dl_type = flow.dl_type;
        dp_packet_batch_add(&t->pkts, pkt);
    }
}

static void *
thread_main(void *t_)
{
    struct thread *t = t_;
    unsigned long long total = t->lookup ? n_packets : n_conns;
    unsigned long long k, n_batches = 0;
    long long now;

    prepare(t);
    ovs_barrier_block(&barrier);
    now = now_msec();
    for (k = (unsigned long long) t->tid * batch; k < total;
         k += (unsigned long long) n_threads * batch) {
        unsigned int n = total - k < batch ? total - k : batch;
        unsigned int j;

        t->pkts.count = n;
        for (j = 0; j < n; j++) {
            struct dp_packet *pkt = t->pkts.packets[j];

            set_conn(pkt, t->lookup ? conn_index(k + j) : k + j);
            pkt_metadata_init_conn(&pkt->md);
            pkt->md.ct_state = 0;
        }
        conntrack_execute(ct, &t->pkts, t->dl_type, false, true, 0,
                          NULL, NULL, 0, 0, NULL, NULL, now, 0);
        if (++n_batches % 1024 == 0) {
            /* As OVS's PMD threads do every 1024 iterations. */
            ovsrcu_try_quiesce();
        }
    }
    ovs_barrier_block(&barrier);
    t->pkts.count = batch;
    dp_packet_delete_batch(&t->pkts, true);
    return NULL;
}

static double
run(bool lookup)
{
    struct thread *threads = calloc(n_threads, sizeof *threads);
    double start, end;
    unsigned int i;

    if (!threads) {
        abort();
    }
    ovs_barrier_init(&barrier, n_threads + 1);
    for (i = 0; i < n_threads; i++) {
        threads[i].tid = i;
        threads[i].lookup = lookup;
        threads[i].thread = ovs_thread_create("ct_thread", thread_main,
                                              &threads[i]);
    }
    ovs_barrier_block(&barrier);
    start = now_seconds();
    ovs_barrier_block(&barrier);
    end = now_seconds();
    for (i = 0; i < n_threads; i++) {
        xpthread_join(threads[i].thread, NULL);
    }
    ovs_barrier_destroy(&barrier);
    free(threads);
    return end - start;
}

static void
report(const char *what, unsigned long long packets, double seconds)
{
    printf("%s: %.0f ms\n", what, seconds * 1000);
    printf("packets per second: %.0f\n", seconds > 0 ? packets / seconds
                                                      : 0.0);
}

static long
peak_rss_kb(void)
{
    struct rusage ru;

    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void
usage(void)
{
    fprintf(stderr, "usage: ovs-ct-lookup [--conns C] [--packets P] "
            "[--batch B] [--threads N] [--random]\n");
    exit(2);
}

int
main(int argc, char *argv[])
{
    static const struct option options[] = {
        { "conns", required_argument, NULL, 'c' },
        { "packets", required_argument, NULL, 'p' },
        { "batch", required_argument, NULL, 'b' },
        { "threads", required_argument, NULL, 't' },
        { "random", no_argument, NULL, 'r' },
        { NULL, 0, NULL, 0 },
    };
    uint32_t nconns = 0;
    double wall;
    int c;

    while ((c = getopt_long(argc, argv, "", options, NULL)) != -1) {
        switch (c) {
        case 'c': n_conns = strtoull(optarg, NULL, 10); break;
        case 'p': n_packets = strtoull(optarg, NULL, 10); break;
        case 'b': batch = strtoul(optarg, NULL, 10); break;
        case 't': n_threads = strtoul(optarg, NULL, 10); break;
        case 'r': random_order = true; break;
        default: usage();
        }
    }
    if (optind < argc || !n_conns || n_conns > 60000ULL * 65535
        || !batch || batch > NETDEV_MAX_BURST || !n_threads) {
        usage();
    }

    ct = conntrack_init();
    if (n_conns > 3000000) {
        conntrack_set_maxconns(ct, n_conns);
    }
    printf("threads: %u, batch: %u\n", n_threads, batch);
    wall = run(false);
    report("commit", n_conns, wall);
    wall = run(true);
    report("conntrack", n_packets, wall);
    conntrack_get_nconns(ct, &nconns);
    printf("connections: %"PRIu32"\n", nconns);
    printf("peak memory: %ld kB\n", peak_rss_kb());
    if (nconns) {
        printf("bytes per connection: %.0f (peak RSS)\n",
               peak_rss_kb() * 1024.0 / nconns);
    }
    conntrack_destroy(ct);
    return 0;
}
