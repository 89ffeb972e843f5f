/* ofct subcommands over the connection-tracking engine: ct-replay runs
 * captures through it, ct-bench measures it. */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include "ofct-cli.h"

/* Parses a decimal number in [min, max] for option 'name'. */
static int
parse_number(const char *name, const char *s, unsigned long long min,
             unsigned long long max, unsigned long long *value)
{
    char *end;

    errno = 0;
    *value = strtoull(s, &end, 10);
    if (!*s || *end || errno || *s == '-' || *value < min || *value > max) {
        return ofct_cli_usage_error("%s: '%s' is not a number from %llu to "
                                    "%llu", name, s, min, max);
    }
    return OFCT_EXIT_OK;
}

/* Subcommand options.  A subcommand gets the arguments after its name,
 * so getopt sees them behind the name (argv[-1]), as a program's own. */
static void
options_start(void)
{
    optind = 0;
    opterr = 0;
}

static int
next_option(int argc, char *argv[], const char *shortopts,
            const struct option *options)
{
    return getopt_long(argc + 1, argv - 1, shortopts, options, NULL);
}

/* Reports the option that getopt could not take ('c' is what it
 * returned) and returns OFCT_EXIT_USAGE. */
static int
option_error(const char *command, char *argv[], int c)
{
    return ofct_cli_usage_error(c == ':'
                                ? "%s: option '%s' requires an argument"
                                : "%s: unknown option '%s'",
                                command, argv[optind - 2]);
}

static double
monotonic_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Progress on a terminal: only when stderr is one and stdout is not, so
 * that it neither garbles the output nor lands in a log. */
struct progress {
    bool enabled;
    double last;
};

static void
progress_init(struct progress *p)
{
    p->enabled = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
    p->last = monotonic_seconds();
}

static void
progress_show(struct progress *p, const char *what, unsigned long long n)
{
    double now;

    if (!p->enabled || n % 65536) {
        return;
    }
    now = monotonic_seconds();
    if (now - p->last >= 0.5) {
        fprintf(stderr, "\r%s: %llu packets", what, n);
        p->last = now;
    }
}

static void
progress_done(struct progress *p)
{
    if (p->enabled) {
        fprintf(stderr, "\r\033[K");
    }
}

/* ct-replay. */

/* --helper NAME[=PORT]: packets to PORT of the helper's protocol commit
 * with the helper, as ct(commit,alg=NAME) in a flow for that port would. */
struct helper_binding {
    char name[16];
    uint8_t proto;
    uint16_t port;
};

#define MAX_HELPER_BINDINGS 16

/* --ct [port=PORT:]ACTION: the ct action for packets to PORT (TCP or UDP),
 * or for all the others. */
struct ct_binding {
    uint16_t port;
    struct ofct_ct_params params;
};

#define MAX_CT_BINDINGS 16

struct replay_opts {
    struct ofct_ct_params params;   /* For packets no --ct port= names. */
    bool default_ct;                /* --ct without port= gave 'params'. */
    bool zone_or_commit;            /* --zone or --no-commit did. */
    struct ofct_ct_config cfg;
    bool dump;
    bool dump_expect;
    enum ofct_ct_format format;
    int verbosity;
    struct helper_binding helpers[MAX_HELPER_BINDINGS];
    size_t n_helpers;
    struct ct_binding cts[MAX_CT_BINDINGS];
    size_t n_cts;
    const char *write_file;         /* -w */
};

static int
parse_helper_option(const char *arg, struct replay_opts *o)
{
    struct helper_binding *b = &o->helpers[o->n_helpers];
    const char *eq = strchr(arg, '=');
    size_t len = eq ? (size_t) (eq - arg) : strlen(arg);
    unsigned long long port;

    if (o->n_helpers >= MAX_HELPER_BINDINGS) {
        return ofct_cli_usage_error("--helper: at most %d",
                                    MAX_HELPER_BINDINGS);
    }
    if (len < sizeof b->name) {
        memcpy(b->name, arg, len);
        b->name[len] = '\0';
    }
    if (len >= sizeof b->name
        || !ofct_ct_helper_info(b->name, &b->proto, &b->port)) {
        return ofct_cli_usage_error("--helper: unknown helper '%.*s' (ftp "
                                    "or tftp)", (int) len, arg);
    }
    if (eq) {
        if (parse_number("--helper", eq + 1, 1, 65535, &port)) {
            return OFCT_EXIT_USAGE;
        }
        b->port = port;
    }
    o->n_helpers++;
    return OFCT_EXIT_OK;
}

static int
parse_ct_option(const char *arg, struct replay_opts *o)
{
    struct ofct_ct_params *params = &o->params;
    unsigned long long port = 0;
    struct ofct_error err;
    const char *action = arg;

    if (!strncmp(arg, "port=", 5)) {
        const char *colon = strchr(arg, ':');
        char number[8];

        if (!colon || colon - arg - 5 >= (ptrdiff_t) sizeof number) {
            return ofct_cli_usage_error("--ct: '%s' is not "
                                        "port=PORT:ACTION", arg);
        }
        memcpy(number, arg + 5, colon - arg - 5);
        number[colon - arg - 5] = '\0';
        if (parse_number("--ct port", number, 1, 65535, &port)) {
            return OFCT_EXIT_USAGE;
        }
        if (o->n_cts >= MAX_CT_BINDINGS) {
            return ofct_cli_usage_error("--ct: at most %d ports",
                                        MAX_CT_BINDINGS);
        }
        o->cts[o->n_cts].port = port;
        params = &o->cts[o->n_cts++].params;
        action = colon + 1;
    } else if (o->default_ct) {
        return ofct_cli_usage_error("--ct: only one without port=");
    } else {
        o->default_ct = true;
    }
    ofct_error_clear(&err);
    if (ofct_ct_params_parse(action, params, &err)) {
        return ofct_cli_usage_error("--ct: %s", err.msg);
    }
    return OFCT_EXIT_OK;
}

/* The ct parameters of 'frame': those of the --ct port= for its TCP or UDP
 * destination port, else the default ones, with the helper that a
 * --helper option gives it. */
static void
frame_params(const struct replay_opts *o, enum ofct_link_type link,
             const struct ofct_frame *frame, struct ofct_ct_params *params)
{
    struct ofct_parse_options popts = { o->cfg.no_l4_csum };
    struct ofct_flow_key key;
    size_t i;

    *params = o->params;
    if ((!o->n_helpers && !o->n_cts)
        || ofct_frame_parse(link, frame->data, frame->caplen, &popts, &key,
                            NULL) != OFCT_PKT_OK
        || (key.nw_proto != 6 && key.nw_proto != 17)) {
        return;
    }
    for (i = 0; i < o->n_cts; i++) {
        if (key.tp_dst == o->cts[i].port) {
            *params = o->cts[i].params;
            break;
        }
    }
    for (i = 0; i < o->n_helpers && !params->helper; i++) {
        if (key.nw_proto == o->helpers[i].proto
            && key.tp_dst == o->helpers[i].port) {
            params->helper = o->helpers[i].name;
        }
    }
}

static int
parse_timeout_option(struct ofct_conntrack *ct, const char *arg, int zone)
{
    enum ofct_ct_timeout tm;
    unsigned long long seconds;
    const char *eq = strchr(arg, '=');
    char name[64];

    if (!eq || (size_t) (eq - arg) >= sizeof name) {
        return ofct_cli_usage_error("--timeout: '%s' is not NAME=SECONDS",
                                    arg);
    }
    memcpy(name, arg, eq - arg);
    name[eq - arg] = '\0';
    if (ofct_ct_timeout_from_name(name, &tm)) {
        return ofct_cli_usage_error("--timeout: unknown timeout '%s' (for "
                                    "example tcp_established, udp_first)",
                                    name);
    }
    if (parse_number("--timeout", eq + 1, 1, UINT32_MAX, &seconds)) {
        return OFCT_EXIT_USAGE;
    }
    ofct_conntrack_set_timeout(ct, zone, tm, seconds);
    return OFCT_EXIT_OK;
}

/* Prints the connection table, sorted so that the output does not depend
 * on the engine's random hash key. */
static int
compare_strings(const void *a_, const void *b_)
{
    const char *const *a = a_;
    const char *const *b = b_;

    return strcmp(*a, *b);
}

/* Lines to print sorted. */
struct sorted_lines {
    char **lines;
    size_t n, allocated;
};

static void
sorted_lines_add(struct sorted_lines *sl, struct ofct_buf *line)
{
    if (sl->n >= sl->allocated) {
        sl->allocated = sl->allocated ? 2 * sl->allocated : 16;
        sl->lines = realloc(sl->lines, sl->allocated * sizeof *sl->lines);
        if (!sl->lines) {
            abort();
        }
    }
    sl->lines[sl->n] = strdup(ofct_buf_cstr(line));
    if (!sl->lines[sl->n++]) {
        abort();
    }
    ofct_buf_clear(line);
}

static void
sorted_lines_print(struct sorted_lines *sl)
{
    size_t i;

    if (sl->n) {
        qsort(sl->lines, sl->n, sizeof *sl->lines, compare_strings);
    }
    for (i = 0; i < sl->n; i++) {
        puts(sl->lines[i]);
        free(sl->lines[i]);
    }
    free(sl->lines);
}

static void
dump_table(struct ofct_conntrack *ct, const struct replay_opts *o,
           int64_t now)
{
    struct ofct_ct_dump *dump = ofct_conntrack_dump_start(ct, NULL, now);
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct sorted_lines sl = { NULL, 0, 0 };
    struct ofct_ct_entry e;

    while (ofct_conntrack_dump_next(dump, &e)) {
        ofct_ct_entry_format(&e, o->format, o->verbosity > 0, &line);
        sorted_lines_add(&sl, &line);
    }
    ofct_conntrack_dump_done(dump);
    ofct_buf_uninit(&line);
    sorted_lines_print(&sl);
}

static void
dump_expectations(struct ofct_conntrack *ct, const struct replay_opts *o,
                  int64_t now)
{
    struct ofct_ct_expect_dump *dump;
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct sorted_lines sl = { NULL, 0, 0 };
    struct ofct_ct_expect_entry e;

    dump = ofct_conntrack_expect_dump_start(ct, NULL, now);
    while (ofct_conntrack_expect_dump_next(dump, &e)) {
        ofct_ct_expect_format(&e, o->format, &line);
        sorted_lines_add(&sl, &line);
    }
    ofct_conntrack_expect_dump_done(dump);
    ofct_buf_uninit(&line);
    sorted_lines_print(&sl);
}

/* What a replay writes besides its lines: the frames as they left the
 * engine (-w). */
struct replay_out {
    struct ofct_pcap_writer *writer;
    enum ofct_link_type link;
    struct ofct_buf frame;          /* The frame the engine rewrites. */
    struct ofct_buf line;
};

/* Writes the frame as the engine left it. */
static int
write_frame(struct replay_out *out, const struct ofct_frame *in,
            const struct ofct_packet *pkt)
{
    struct ofct_frame f = *in;
    struct ofct_error err;

    f.data = pkt->data;
    f.caplen = pkt->size;
    f.len = in->len + pkt->size - in->caplen;
    if (ofct_pcap_write(out->writer, &f, &err)) {
        ofct_cli_error("%s", err.msg);
        return OFCT_EXIT_FAILURE;
    }
    return OFCT_EXIT_OK;
}

/* Runs one frame through the engine, prints its line and writes it. */
static int
replay_frame(struct ofct_conntrack *ct, const struct replay_opts *o,
             enum ofct_link_type link, const struct ofct_frame *frame,
             unsigned long long n, struct replay_out *out)
{
    struct ofct_buf *line = &out->line;
    struct ofct_ct_params params;
    struct ofct_packet pkt;

    memset(&pkt, 0, sizeof pkt);
    frame_params(o, link, frame, &params);
    /* The engine may rewrite packets (NAT), so it gets its own copy, with
     * room to grow. */
    ofct_buf_clear(&out->frame);
    ofct_buf_reserve(&out->frame, frame->caplen + OFCT_CT_ALG_HEADROOM);
    pkt.data = ofct_buf_put(&out->frame, frame->data, frame->caplen);
    pkt.size = frame->caplen;
    pkt.capacity = frame->caplen + OFCT_CT_ALG_HEADROOM;
    pkt.link = link;
    ofct_conntrack_execute(ct, &pkt, 1, &params, frame->ts_ns / 1000000);

    ofct_buf_clear(line);
    ofct_buf_printf(line, "%llu: ", n);
    ofct_ct_state_format(pkt.ct_state, line);
    if (pkt.size != frame->caplen
        || memcmp(pkt.data, frame->data, pkt.size)) {
        /* Translated: what it became. */
        ofct_buf_puts(line, " -> ");
        ofct_frame_summary(link, pkt.data, pkt.size, line);
    }
    if (o->verbosity && pkt.status != OFCT_PKT_OK
        && pkt.status != OFCT_PKT_NOT_IP) {
        struct ofct_parse_options popts = { o->cfg.no_l4_csum };
        struct ofct_flow_key key;
        struct ofct_error err;

        ofct_error_clear(&err);
        ofct_frame_parse(link, frame->data, frame->caplen, &popts, &key,
                         &err);
        ofct_buf_printf(line, " (%s)", err.msg);
    }
    puts(ofct_buf_cstr(line));
    return out->writer ? write_frame(out, frame, &pkt) : OFCT_EXIT_OK;
}

/* Opens -w's file for the link type of the first capture; later captures
 * must have the same. */
static int
replay_out_link(struct replay_out *out, const struct replay_opts *o,
                enum ofct_link_type link)
{
    struct ofct_error err;

    if (!o->write_file) {
        return OFCT_EXIT_OK;
    }
    if (!out->writer) {
        out->writer = ofct_pcap_create(o->write_file, link, &err);
        out->link = link;
        if (!out->writer) {
            ofct_cli_error("%s", err.msg);
            return OFCT_EXIT_FAILURE;
        }
    } else if (link != out->link) {
        ofct_cli_error("%s: the captures have different link types (%d and "
                       "%d)", o->write_file, (int) out->link, (int) link);
        return OFCT_EXIT_FAILURE;
    }
    return OFCT_EXIT_OK;
}

/* Replays one capture file.  '*n' counts frames across files; '*now'
 * ends as the last frame's time. */
static int
replay_file(struct ofct_conntrack *ct, const struct replay_opts *o,
            const char *file_name, unsigned long long *n, int64_t *now,
            struct progress *progress, struct replay_out *out)
{
    struct ofct_pcap_reader *r;
    struct ofct_frame frame;
    struct ofct_error err;
    int64_t last_sweep = 0;
    bool swept = false;
    int retval;

    r = ofct_pcap_open(file_name, &err);
    if (!r) {
        ofct_cli_error("%s", err.msg);
        return OFCT_EXIT_FAILURE;
    }
    if (replay_out_link(out, o, ofct_pcap_link_type(r))) {
        ofct_pcap_close(r);
        return OFCT_EXIT_FAILURE;
    }
    while ((retval = ofct_pcap_read(r, &frame, &err)) == 1) {
        *now = frame.ts_ns / 1000000;
        if (replay_frame(ct, o, ofct_pcap_link_type(r), &frame, ++*n, out)) {
            retval = -2;
            break;
        }
        /* Reclaim expired connections about once a second of capture. */
        if (!swept || *now - last_sweep >= 1000) {
            ofct_conntrack_sweep(ct, *now);
            last_sweep = *now;
            swept = true;
        }
        progress_show(progress, "ct-replay", *n);
    }
    if (retval == -1) {
        ofct_cli_error("%s", err.msg);
    }
    ofct_pcap_close(r);
    return retval < 0 ? OFCT_EXIT_FAILURE : OFCT_EXIT_OK;
}

static int
parse_replay_options(int argc, char *argv[], struct replay_opts *o,
                     char ***timeouts, size_t *n_timeouts)
{
    static const struct option long_options[] = {
        { "zone", required_argument, NULL, 'z' },
        { "no-commit", no_argument, NULL, 'c' },
        { "no-tcp-seq-chk", no_argument, NULL, 's' },
        { "no-l4-csum", no_argument, NULL, 'k' },
        { "dump", no_argument, NULL, 'd' },
        { "dump-expect", no_argument, NULL, 'e' },
        { "format", required_argument, NULL, 'f' },
        { "timeout", required_argument, NULL, 't' },
        { "helper", required_argument, NULL, 'H' },
        { "ct", required_argument, NULL, 'C' },
        { "write", required_argument, NULL, 'w' },
        { NULL, 0, NULL, 0 },
    };
    unsigned long long v;
    int c;

    options_start();
    while ((c = next_option(argc, argv, "+:w:", long_options)) != -1) {
        switch (c) {
        case 'z':
            if (parse_number("--zone", optarg, 0, 65535, &v)) {
                return OFCT_EXIT_USAGE;
            }
            o->params.zone = v;
            o->zone_or_commit = true;
            break;
        case 'c':
            o->params.commit = false;
            o->zone_or_commit = true;
            break;
        case 'C':
            if (parse_ct_option(optarg, o)) {
                return OFCT_EXIT_USAGE;
            }
            break;
        case 'w':
            o->write_file = optarg;
            break;
        case 's':
            o->cfg.no_tcp_seq_chk = true;
            break;
        case 'k':
            o->cfg.no_l4_csum = true;
            break;
        case 'd':
            o->dump = true;
            break;
        case 'e':
            o->dump_expect = true;
            break;
        case 'H':
            if (parse_helper_option(optarg, o)) {
                return OFCT_EXIT_USAGE;
            }
            break;
        case 'f':
            if (!strcmp(optarg, "dpctl")) {
                o->format = OFCT_CT_FORMAT_DPCTL;
            } else if (!strcmp(optarg, "conntrack")) {
                o->format = OFCT_CT_FORMAT_CONNTRACK;
            } else {
                return ofct_cli_usage_error("--format: '%s' is not dpctl or "
                                            "conntrack", optarg);
            }
            break;
        case 't':
            *timeouts = realloc(*timeouts, (*n_timeouts + 1)
                                           * sizeof **timeouts);
            if (!*timeouts) {
                abort();
            }
            (*timeouts)[(*n_timeouts)++] = optarg;
            break;
        default:
            return option_error("ct-replay", argv, c);
        }
    }
    if (o->default_ct && o->zone_or_commit) {
        return ofct_cli_usage_error("ct-replay: --ct without port= says the "
                                    "zone and commit: no --zone or "
                                    "--no-commit with it");
    }
    return -1;
}

int
ofct_cmd_ct_replay(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct replay_out out;
    struct ofct_error err;
    struct replay_opts o;
    struct ofct_conntrack *ct;
    struct progress progress;
    char **timeouts = NULL;
    size_t n_timeouts = 0, i;
    unsigned long long n = 0;
    int64_t now = 0;
    int status;

    memset(&o, 0, sizeof o);
    o.params.commit = true;
    o.verbosity = cli->verbosity;
    status = parse_replay_options(argc, argv, &o, &timeouts, &n_timeouts);
    if (status < 0 && optind > argc) {
        status = ofct_cli_usage_error("ct-replay: no capture file given");
    }
    if (status >= 0) {
        free(timeouts);
        return status;
    }

    status = OFCT_EXIT_OK;
    ct = ofct_conntrack_create(&o.cfg);
    for (i = 0; i < n_timeouts && !status; i++) {
        status = parse_timeout_option(ct, timeouts[i], -1);
    }
    free(timeouts);
    if (status) {
        ofct_conntrack_destroy(ct);
        return status;
    }
    progress_init(&progress);
    memset(&out, 0, sizeof out);
    for (i = optind - 1; i < (size_t) argc && !status; i++) {
        status = replay_file(ct, &o, argv[i], &n, &now, &progress, &out);
    }
    progress_done(&progress);
    if (out.writer && ofct_pcap_close_writer(out.writer, &err) && !status) {
        ofct_cli_error("%s", err.msg);
        status = OFCT_EXIT_FAILURE;
    }
    ofct_buf_uninit(&out.frame);
    ofct_buf_uninit(&out.line);
    if (!status && o.dump) {
        dump_table(ct, &o, now);
    }
    if (!status && o.dump_expect) {
        dump_expectations(ct, &o, now);
    }
    ofct_conntrack_destroy(ct);
    return status;
}

/* ct-bench. */

struct bench_opts {
    unsigned int threads;
    unsigned long long packets;
    unsigned int batch;
    unsigned long long conns;   /* 0: workload A. */
    bool random;
    const char *write_pcap;     /* Write traffic instead of running. */
};

/* The frame of Open vSwitch's conntrack benchmark: 42 bytes of Ethernet,
 * IPv4 10.1.1.1 -> 10.1.1.2 and UDP 1 -> 2 without a checksum. */
static const uint8_t bench_frame[42] = {
    0x50, 0x54, 0x00, 0x00, 0x00, 0x0a, 0x50, 0x54, 0x00, 0x00, 0x00, 0x09,
    0x08, 0x00,
    0x45, 0x00, 0x00, 0x1c, 0x00, 0x00, 0x00, 0x00, 0x40, 0x11, 0x00, 0x00,
    0x0a, 0x01, 0x01, 0x01, 0x0a, 0x01, 0x01, 0x02,
    0x00, 0x01, 0x00, 0x02, 0x00, 0x08, 0x00, 0x00,
};

#define UDP_SPORT_OFS 34
#define UDP_DPORT_OFS 36

static void
put16(uint8_t *p, uint16_t v)
{
    p[0] = v >> 8;
    p[1] = v;
}

struct bench_thread {
    pthread_t thread;
    unsigned int tid;
    const struct bench_opts *o;
    struct ofct_conntrack *ct;
    pthread_barrier_t *barrier;
    bool lookup_phase;          /* Workload B: second pass. */
    uint8_t *frames;            /* 'batch' frames. */
    struct ofct_packet *pkts;
    double cpu;                 /* Seconds of CPU the pass took. */
};

static double
thread_cpu_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Sets the UDP ports of 'frame' for connection 'i' of workload B: ports
 * only, so that the IPv4 header and its checksum stay the same. */
static void
bench_set_conn(uint8_t *frame, unsigned long long i)
{
    put16(frame + UDP_SPORT_OFS, 1 + i % 60000);
    put16(frame + UDP_DPORT_OFS, 1 + i / 60000);
}

static void
bench_prepare(struct bench_thread *t)
{
    unsigned int i;

    t->frames = malloc(t->o->batch * sizeof bench_frame);
    t->pkts = calloc(t->o->batch, sizeof *t->pkts);
    if (!t->frames || !t->pkts) {
        abort();
    }
    for (i = 0; i < t->o->batch; i++) {
        uint8_t *f = t->frames + i * sizeof bench_frame;
        uint16_t csum;

        memcpy(f, bench_frame, sizeof bench_frame);
        put16(f + UDP_SPORT_OFS, 1 + t->tid);
        csum = ofct_csum(f + 14, 20);
        memcpy(f + 24, &csum, 2);
        t->pkts[i].data = f;
        t->pkts[i].size = sizeof bench_frame;
    }
}

/* The connection that the k-th packet of workload B's lookup pass uses:
 * a fixed permutation of 0..conns-1 when random, so that no table of
 * indices inflates the memory being measured. */
static unsigned long long
bench_conn_index(const struct bench_opts *o, unsigned long long k)
{
    static const unsigned long long primes[] = {
        1000003, 999983, 15485863, 32452843,
    };
    size_t p;

    k %= o->conns;
    if (!o->random) {
        return k;
    }
    for (p = 0; p < sizeof primes / sizeof primes[0] - 1; p++) {
        if (o->conns % primes[p]) {
            break;
        }
    }
    return (k * primes[p] + 12345) % o->conns;
}

static void *
bench_thread_main(void *t_)
{
    struct bench_thread *t = t_;
    const struct bench_opts *o = t->o;
    struct ofct_ct_params params = { .zone = 0, .commit = true };
    unsigned long long total, k, i;
    unsigned int j;

    bench_prepare(t);
    pthread_barrier_wait(t->barrier);
    t->cpu = thread_cpu_seconds();
    if (!o->conns) {
        /* Workload A: the same packet over and over, as OVS's. */
        for (k = 0; k < o->packets; k += o->batch) {
            ofct_conntrack_execute(t->ct, t->pkts, o->batch, &params, 1000);
        }
    } else {
        total = t->lookup_phase ? o->packets : o->conns;
        for (k = t->tid * o->batch; k < total;
             k += (unsigned long long) o->threads * o->batch) {
            unsigned int n = total - k < o->batch ? total - k : o->batch;

            for (j = 0; j < n; j++) {
                i = t->lookup_phase ? bench_conn_index(o, k + j) : k + j;
                bench_set_conn(t->frames + j * sizeof bench_frame, i);
            }
            ofct_conntrack_execute(t->ct, t->pkts, n, &params, 1000);
        }
    }
    t->cpu = thread_cpu_seconds() - t->cpu;
    pthread_barrier_wait(t->barrier);
    free(t->frames);
    free(t->pkts);
    return NULL;
}

/* Runs one pass on every thread.  Returns its wall time in seconds and
 * sets '*cpu' to the CPU time the threads spent, which a busy machine
 * inflates less than the wall time. */
static double
bench_run(const struct bench_opts *o, struct ofct_conntrack *ct,
          bool lookup_phase, double *cpu)
{
    struct bench_thread *threads = calloc(o->threads, sizeof *threads);
    pthread_barrier_t barrier;
    double start, end;
    unsigned int i;

    if (!threads) {
        abort();
    }
    pthread_barrier_init(&barrier, NULL, o->threads + 1);
    for (i = 0; i < o->threads; i++) {
        threads[i].tid = i;
        threads[i].o = o;
        threads[i].ct = ct;
        threads[i].barrier = &barrier;
        threads[i].lookup_phase = lookup_phase;
        if (pthread_create(&threads[i].thread, NULL, bench_thread_main,
                           &threads[i])) {
            ofct_cli_error("cannot create a thread");
            exit(OFCT_EXIT_FAILURE);
        }
    }
    pthread_barrier_wait(&barrier);
    start = monotonic_seconds();
    pthread_barrier_wait(&barrier);
    end = monotonic_seconds();
    *cpu = 0;
    for (i = 0; i < o->threads; i++) {
        pthread_join(threads[i].thread, NULL);
        *cpu += threads[i].cpu;
    }
    pthread_barrier_destroy(&barrier);
    free(threads);
    return end - start;
}

static long
peak_rss_kb(void)
{
    struct rusage ru;

    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void
bench_report(const char *what, unsigned long long packets, double seconds,
             double cpu)
{
    printf("%s: %.0f ms\n", what, seconds * 1000);
    printf("packets per second: %.0f\n", seconds > 0 ? packets / seconds
                                                      : 0.0);
    printf("cpu: %.0f ms, %.1f ns per packet\n", cpu * 1000,
           packets ? cpu * 1e9 / packets : 0.0);
}

static int
parse_bench_options(int argc, char *argv[], struct bench_opts *o)
{
    static const struct option long_options[] = {
        { "threads", required_argument, NULL, 't' },
        { "packets", required_argument, NULL, 'p' },
        { "batch", required_argument, NULL, 'b' },
        { "conns", required_argument, NULL, 'c' },
        { "random", no_argument, NULL, 'r' },
        { "write-pcap", required_argument, NULL, 'w' },
        { NULL, 0, NULL, 0 },
    };
    unsigned long long v;
    int c;

    options_start();
    while ((c = next_option(argc, argv, "+:", long_options)) != -1) {
        switch (c) {
        case 't':
            if (parse_number("--threads", optarg, 1, 256, &v)) {
                return OFCT_EXIT_USAGE;
            }
            o->threads = v;
            break;
        case 'p':
            if (parse_number("--packets", optarg, 1, 1ULL << 40,
                             &o->packets)) {
                return OFCT_EXIT_USAGE;
            }
            break;
        case 'b':
            if (parse_number("--batch", optarg, 1, 1024, &v)) {
                return OFCT_EXIT_USAGE;
            }
            o->batch = v;
            break;
        case 'c':
            if (parse_number("--conns", optarg, 1, 60000ULL * 65535,
                             &o->conns)) {
                return OFCT_EXIT_USAGE;
            }
            break;
        case 'r':
            o->random = true;
            break;
        case 'w':
            o->write_pcap = optarg;
            break;
        default:
            return option_error("ct-bench", argv, c);
        }
    }
    if (optind - 1 < argc) {
        return ofct_cli_usage_error("ct-bench: unexpected argument '%s'",
                                    argv[optind - 1]);
    }
    return -1;
}

/* Traffic for replay benchmarks: 'conns' TCP connections of 10 packets
 * each (handshake, a request and a response with their ACKs, close), 1000
 * at a time interleaved, with valid checksums. */
struct gen_conn {
    uint8_t client[4];
    uint16_t cport;
    uint32_t cseq, sseq;
};

static size_t
gen_segment(uint8_t *f, const struct gen_conn *c, bool from_client,
            uint8_t flags, size_t payload)
{
    static const uint8_t server[4] = { 10, 255, 0, 1 };
    const uint8_t *src = from_client ? c->client : server;
    const uint8_t *dst = from_client ? server : c->client;
    uint8_t *ip = f + 14, *tcp = f + 34;
    size_t tcp_len = 20 + payload;
    uint8_t pseudo[12];
    uint16_t csum;

    memset(f, 0, 54);
    memcpy(f, bench_frame, 12);
    put16(f + 12, 0x0800);
    ip[0] = 0x45;
    put16(ip + 2, 20 + tcp_len);
    ip[8] = 64;
    ip[9] = 6;
    memcpy(ip + 12, src, 4);
    memcpy(ip + 16, dst, 4);
    csum = ofct_csum(ip, 20);
    memcpy(ip + 10, &csum, 2);

    put16(tcp, from_client ? c->cport : 80);
    put16(tcp + 2, from_client ? 80 : c->cport);
    put16(tcp + 4, (from_client ? c->cseq : c->sseq) >> 16);
    put16(tcp + 6, from_client ? c->cseq : c->sseq);
    put16(tcp + 8, (from_client ? c->sseq : c->cseq) >> 16);
    put16(tcp + 10, from_client ? c->sseq : c->cseq);
    tcp[12] = 5 << 4;
    tcp[13] = flags;
    put16(tcp + 14, 64240);
    memset(tcp + 20, 'd', payload);
    memcpy(pseudo, src, 4);
    memcpy(pseudo + 4, dst, 4);
    pseudo[8] = 0;
    pseudo[9] = 6;
    put16(pseudo + 10, tcp_len);
    csum = ofct_csum_finish(ofct_csum_add(ofct_csum_add(0, pseudo, 12), tcp,
                                          tcp_len));
    memcpy(tcp + 16, &csum, 2);
    return 34 + tcp_len;
}

/* Step 'step' (0..9) of connection 'c'. */
static size_t
gen_step(uint8_t *f, struct gen_conn *c, int step)
{
    enum { FIN = 1, SYN = 2, PSH = 8, ACK = 16 };
    static const struct {
        bool client;
        uint8_t flags;
        uint16_t payload;
    } steps[10] = {
        { true, SYN, 0 }, { false, SYN | ACK, 0 }, { true, ACK, 0 },
        { true, PSH | ACK, 100 }, { false, ACK, 0 },
        { false, PSH | ACK, 1000 }, { true, ACK, 0 },
        { true, FIN | ACK, 0 }, { false, FIN | ACK, 0 }, { true, ACK, 0 },
    };
    size_t n = gen_segment(f, c, steps[step].client, steps[step].flags,
                           steps[step].payload);
    uint32_t *seq = steps[step].client ? &c->cseq : &c->sseq;

    *seq += steps[step].payload + !!(steps[step].flags & (SYN | FIN));
    return n;
}

static int
bench_write_pcap(const struct bench_opts *o)
{
    enum { GROUP = 1000 };
    struct ofct_pcap_writer *w;
    struct gen_conn *group = calloc(GROUP, sizeof *group);
    struct ofct_error err;
    uint8_t frame[1100];
    int64_t ts = 1700000000LL * 1000000000;
    unsigned long long base, i;
    int step;

    w = ofct_pcap_create(o->write_pcap, OFCT_LINK_ETHERNET, &err);
    if (!w || !group) {
        ofct_cli_error("%s", err.msg);
        free(group);
        return OFCT_EXIT_FAILURE;
    }
    for (base = 0; base < o->conns; base += GROUP) {
        unsigned long long n = o->conns - base < GROUP ? o->conns - base
                                                       : GROUP;

        for (i = 0; i < n; i++) {
            unsigned long long k = base + i;

            group[i].client[0] = 10;
            group[i].client[1] = k >> 16;
            group[i].client[2] = k >> 8;
            group[i].client[3] = k;
            group[i].cport = 1024 + k % 60000;
            group[i].cseq = k * 7919;
            group[i].sseq = k * 104729 + 12345;
        }
        for (step = 0; step < 10; step++) {
            for (i = 0; i < n; i++) {
                struct ofct_frame f;

                f.data = frame;
                f.caplen = f.len = gen_step(frame, &group[i], step);
                f.ts_ns = ts += 1000;
                ofct_pcap_write(w, &f, &err);
            }
        }
    }
    free(group);
    if (ofct_pcap_close_writer(w, &err)) {
        ofct_cli_error("%s", err.msg);
        return OFCT_EXIT_FAILURE;
    }
    return OFCT_EXIT_OK;
}

int
ofct_cmd_ct_bench(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct bench_opts o = {
        .threads = 1, .packets = 3000000, .batch = 32, .conns = 0,
    };
    struct ofct_ct_config cfg = { .max_conns = 0 };
    struct ofct_conntrack *ct;
    struct ofct_ct_stats stats;
    long rss_before;
    double wall, cpu;
    int status;

    status = parse_bench_options(argc, argv, &o);
    if (status >= 0) {
        return status;
    }
    if (o.conns > UINT32_MAX / 2) {
        return ofct_cli_usage_error("ct-bench: --conns is too large");
    }
    if (o.write_pcap) {
        o.conns = o.conns ? o.conns : 100000;
        return bench_write_pcap(&o);
    }
    cfg.max_conns = o.conns > 3000000 ? o.conns : 0;
    rss_before = peak_rss_kb();
    ct = ofct_conntrack_create(&cfg);

    printf("threads: %u, batch: %u\n", o.threads, o.batch);
    if (!o.conns) {
        wall = bench_run(&o, ct, false, &cpu);
        bench_report("conntrack", o.packets * o.threads, wall, cpu);
    } else {
        wall = bench_run(&o, ct, false, &cpu);
        bench_report("commit", o.conns, wall, cpu);
        wall = bench_run(&o, ct, true, &cpu);
        bench_report("conntrack", o.packets, wall, cpu);
    }
    ofct_conntrack_get_stats(ct, &stats);
    printf("connections: %"PRIu64"\n", stats.n_conns);
    printf("peak memory: %ld kB\n", peak_rss_kb());
    if (stats.n_conns) {
        printf("bytes per connection: %.0f (peak RSS), %.0f (RSS growth), "
               "%.0f (engine's own count)\n",
               peak_rss_kb() * 1024.0 / stats.n_conns,
               (peak_rss_kb() - rss_before) * 1024.0 / stats.n_conns,
               (double) stats.memory / stats.n_conns);
    }
    ofct_conntrack_destroy(ct);
    return OFCT_EXIT_OK;
}
