/* ofct subcommands over the pipeline: replay runs captures through a flow
 * table, trace explains one packet's path. */
#include <config.h>

#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "ofct-cli.h"

/* Options shared by replay and trace. */
struct pipe_opts {
    const char *flows;              /* --flows */
    struct ofct_ct_config ct_cfg;   /* --no-tcp-seq-chk, --no-l4-csum */
    uint16_t *ports;                /* --port */
    size_t n_ports;

    /* replay */
    char **inputs, **outputs;       /* -i, -o: "PORT=FILE" */
    size_t n_inputs, n_outputs;
    bool quiet;                     /* --quiet: no line per packet */
    enum ofct_ct_format ct_format;  /* --format */

    /* trace */
    uint32_t *ct_next;
    size_t n_ct_next;
    uint16_t *odp_ofp;
    uint32_t *odp_dp;
    size_t n_odp;
    const char *bridge;
    const char *flow;
};

static void
pipe_opts_free(struct pipe_opts *o)
{
    free(o->ports);
    free(o->inputs);
    free(o->outputs);
    free(o->ct_next);
    free(o->odp_ofp);
    free(o->odp_dp);
}

static void *
grow(void *array, size_t n, size_t size)
{
    void *p = realloc(array, (n + 1) * size);

    if (!p) {
        abort();
    }
    return p;
}

static int
parse_port(const char *option, const char *s, uint16_t *port)
{
    if (ofct_port_from_string(s, port)) {
        return ofct_cli_usage_error("%s: '%s' is not an OpenFlow port",
                                    option, s);
    }
    return OFCT_EXIT_OK;
}

/* "PORT=FILE": checks the port and returns the file, or NULL. */
static const char *
split_port_file(const char *option, const char *arg, uint16_t *port)
{
    const char *eq = strchr(arg, '=');
    char name[32];

    if (!eq || eq == arg || !eq[1] || (size_t) (eq - arg) >= sizeof name) {
        ofct_cli_usage_error("%s: '%s' is not PORT=FILE", option, arg);
        return NULL;
    }
    memcpy(name, arg, eq - arg);
    name[eq - arg] = '\0';
    return parse_port(option, name, port) ? NULL : eq + 1;
}

static int
parse_odp_port(struct pipe_opts *o, const char *arg)
{
    const char *eq = strchr(arg, '=');
    char name[32], *end;
    unsigned long dp;
    uint16_t port;

    if (!eq || (size_t) (eq - arg) >= sizeof name) {
        return ofct_cli_usage_error("--odp-port: '%s' is not OF=DP", arg);
    }
    memcpy(name, arg, eq - arg);
    name[eq - arg] = '\0';
    dp = strtoul(eq + 1, &end, 10);
    if (parse_port("--odp-port", name, &port)) {
        return OFCT_EXIT_USAGE;
    }
    if (!eq[1] || *end || dp > UINT32_MAX) {
        return ofct_cli_usage_error("--odp-port: '%s' is not a datapath "
                                    "port number", eq + 1);
    }
    o->odp_ofp = grow(o->odp_ofp, o->n_odp, sizeof *o->odp_ofp);
    o->odp_dp = grow(o->odp_dp, o->n_odp, sizeof *o->odp_dp);
    o->odp_ofp[o->n_odp] = port;
    o->odp_dp[o->n_odp++] = dp;
    return OFCT_EXIT_OK;
}

static int
parse_ct_next(struct pipe_opts *o, const char *arg)
{
    struct ofct_error err;
    uint32_t state;

    if (ofct_ct_state_parse(arg, &state, &err)) {
        return ofct_cli_usage_error("--ct-next: %s", err.msg);
    }
    o->ct_next = grow(o->ct_next, o->n_ct_next, sizeof *o->ct_next);
    o->ct_next[o->n_ct_next++] = state;
    return OFCT_EXIT_OK;
}

/* Options that take a value.  Returns an exit status, or -1 if 'arg' is
 * none of them. */
static int
parse_valued_option(struct pipe_opts *o, int argc, char *argv[], int *i)
{
    static const char *const names[] = {
        "--flows", "--port", "-i", "-o", "--format", "--ct-next",
        "--odp-port", "--bridge",
    };
    const char *name = NULL, *v;
    uint16_t port;

    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        if (ofct_cli_is_option(argv[*i], names[k])) {
            name = names[k];
        }
    }
    if (!name) {
        return -1;
    }
    v = ofct_cli_option_value(name, argc, argv, i);
    if (!v) {
        return OFCT_EXIT_USAGE;
    } else if (!strcmp(name, "--flows")) {
        o->flows = v;
    } else if (!strcmp(name, "--port")) {
        if (parse_port(name, v, &port)) {
            return OFCT_EXIT_USAGE;
        }
        o->ports = grow(o->ports, o->n_ports, sizeof *o->ports);
        o->ports[o->n_ports++] = port;
    } else if (!strcmp(name, "-i") || !strcmp(name, "-o")) {
        bool in = name[1] == 'i';

        if (!split_port_file(name, v, &port)) {
            return OFCT_EXIT_USAGE;
        }
        if (in) {
            o->inputs = grow(o->inputs, o->n_inputs, sizeof *o->inputs);
            o->inputs[o->n_inputs++] = (char *) v;
        } else {
            o->outputs = grow(o->outputs, o->n_outputs, sizeof *o->outputs);
            o->outputs[o->n_outputs++] = (char *) v;
        }
    } else if (!strcmp(name, "--format")) {
        if (!strcmp(v, "dpctl")) {
            o->ct_format = OFCT_CT_FORMAT_DPCTL;
        } else if (!strcmp(v, "conntrack")) {
            o->ct_format = OFCT_CT_FORMAT_CONNTRACK;
        } else {
            return ofct_cli_usage_error("--format: '%s' is not dpctl or "
                                        "conntrack", v);
        }
    } else if (!strcmp(name, "--ct-next")) {
        return parse_ct_next(o, v);
    } else if (!strcmp(name, "--odp-port")) {
        return parse_odp_port(o, v);
    } else {
        o->bridge = v;
    }
    return OFCT_EXIT_OK;
}

static int
parse_pipe_options(const char *command, int argc, char *argv[],
                   struct pipe_opts *o)
{
    for (int i = 0; i < argc; i++) {
        int status = parse_valued_option(o, argc, argv, &i);

        if (status > 0) {
            return status;
        } else if (!status) {
            continue;
        }
        if (!strcmp(argv[i], "--no-tcp-seq-chk")) {
            o->ct_cfg.no_tcp_seq_chk = true;
        } else if (!strcmp(argv[i], "--no-l4-csum")) {
            o->ct_cfg.no_l4_csum = true;
        } else if (!strcmp(argv[i], "--quiet") || !strcmp(argv[i], "-q")) {
            o->quiet = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return ofct_cli_usage_error("%s: unknown option '%s'", command,
                                        argv[i]);
        } else if (!o->flow) {
            o->flow = argv[i];
        } else {
            return ofct_cli_usage_error("%s: unexpected argument '%s'",
                                        command, argv[i]);
        }
    }
    if (!o->flows) {
        return ofct_cli_usage_error("%s: --flows FILE is required", command);
    }
    return OFCT_EXIT_OK;
}

/* The protocols -O and -F allow, ovs-ofctl's default being OpenFlow 1.0
 * with any flow format. */
static int
allowed_protocols(const struct ofct_cli *cli, uint32_t *allowed)
{
    uint32_t versions = cli->versions ? cli->versions : 1u << OFCT_OFP10;
    struct ofct_error err;

    *allowed = OFCT_P_ANY;
    if (cli->flow_format
        && ofct_protocols_from_string(cli->flow_format, allowed, &err)) {
        return ofct_cli_usage_error("%s", err.msg);
    }
    *allowed &= ofct_protocols_from_versions(versions);
    if (!*allowed) {
        return ofct_cli_usage_error("no OpenFlow version of -O supports a "
                                    "flow format of -F");
    }
    return OFCT_EXIT_OK;
}

/* Creates the pipeline and loads the flows and ports of 'o'. */
static int
load_pipeline(const struct ofct_cli *cli, const struct pipe_opts *o,
              struct ofct_conntrack **ctp, struct ofct_pipeline **pp)
{
    struct ofct_pipeline_config cfg;
    struct ofct_error err;
    int status;

    memset(&cfg, 0, sizeof cfg);
    status = allowed_protocols(cli, &cfg.protocols);
    if (status) {
        return status;
    }
    *ctp = ofct_conntrack_create(&o->ct_cfg);
    cfg.ct = *ctp;
    cfg.keep_frames = o->n_outputs > 0;
    *pp = ofct_pipeline_create(&cfg);
    if (ofct_pipeline_add_flow_file(*pp, o->flows, &err)) {
        ofct_cli_error("%s", err.msg);
        return OFCT_EXIT_FAILURE;
    }
    for (size_t i = 0; i < o->n_ports; i++) {
        if (ofct_pipeline_add_port(*pp, o->ports[i], &err)) {
            return ofct_cli_usage_error("--port: %s", err.msg);
        }
    }
    return OFCT_EXIT_OK;
}

/* ------------------------------------------------------------------ */
/* replay */

struct input {
    uint16_t port;
    const char *file;
    struct ofct_pcap_reader *reader;
    struct ofct_frame frame;        /* The next frame, if 'have'. */
    bool have;
};

struct output {
    uint16_t port;
    const char *file;
    struct ofct_pcap_writer *writer;
};

struct replay {
    struct ofct_pipeline *p;
    struct ofct_pipeline_result *res;
    struct input *in;
    size_t n_in;
    struct output *out;
    size_t n_out;
    unsigned long long n;
    int64_t now_ms;
    bool quiet;
};

static int
open_inputs(struct replay *r, const struct pipe_opts *o)
{
    struct ofct_error err;

    r->in = calloc(o->n_inputs, sizeof *r->in);
    for (size_t i = 0; i < o->n_inputs; i++) {
        struct input *in = &r->in[i];

        in->file = split_port_file("-i", o->inputs[i], &in->port);
        in->reader = ofct_pcap_open(in->file, &err);
        r->n_in++;
        if (!in->reader) {
            ofct_cli_error("%s", err.msg);
            return OFCT_EXIT_FAILURE;
        }
        ofct_pipeline_add_port(r->p, in->port, NULL);
    }
    return OFCT_EXIT_OK;
}

static int
open_outputs(struct replay *r, const struct pipe_opts *o)
{
    enum ofct_link_type link = OFCT_LINK_ETHERNET;
    struct ofct_error err;

    if (o->n_outputs && r->n_in) {
        link = ofct_pcap_link_type(r->in[0].reader);
        for (size_t i = 1; i < r->n_in; i++) {
            if (ofct_pcap_link_type(r->in[i].reader) != link) {
                return ofct_cli_usage_error("replay: -o needs captures of "
                                            "one link type");
            }
        }
    }
    r->out = calloc(o->n_outputs, sizeof *r->out);
    for (size_t i = 0; i < o->n_outputs; i++) {
        struct output *out = &r->out[i];

        out->file = split_port_file("-o", o->outputs[i], &out->port);
        out->writer = ofct_pcap_create(out->file, link, &err);
        r->n_out++;
        if (!out->writer) {
            ofct_cli_error("%s", err.msg);
            return OFCT_EXIT_FAILURE;
        }
        ofct_pipeline_add_port(r->p, out->port, NULL);
    }
    return OFCT_EXIT_OK;
}

static int
close_all(struct replay *r)
{
    int status = OFCT_EXIT_OK;
    struct ofct_error err;

    for (size_t i = 0; i < r->n_in; i++) {
        ofct_pcap_close(r->in[i].reader);
    }
    for (size_t i = 0; i < r->n_out; i++) {
        if (r->out[i].writer
            && ofct_pcap_close_writer(r->out[i].writer, &err)) {
            ofct_cli_error("%s", err.msg);
            status = OFCT_EXIT_FAILURE;
        }
    }
    free(r->in);
    free(r->out);
    return status;
}

/* Reads the next frame of each input that has none.  Returns -1 after
 * reporting a damaged capture. */
static int
fill_inputs(struct replay *r)
{
    struct ofct_error err;

    for (size_t i = 0; i < r->n_in; i++) {
        struct input *in = &r->in[i];
        int retval;

        if (in->have || !in->reader) {
            continue;
        }
        retval = ofct_pcap_read(in->reader, &in->frame, &err);
        if (retval < 0) {
            ofct_cli_error("%s", err.msg);
            return -1;
        }
        in->have = retval == 1;
    }
    return 0;
}

/* The input whose next frame is the earliest (the first -i on a tie), or
 * NULL at the end of every capture. */
static struct input *
earliest(struct replay *r)
{
    struct input *best = NULL;

    for (size_t i = 0; i < r->n_in; i++) {
        struct input *in = &r->in[i];

        if (in->have && (!best || in->frame.ts_ns < best->frame.ts_ns)) {
            best = in;
        }
    }
    return best;
}

static int
write_outputs(struct replay *r, const struct ofct_frame *in_frame)
{
    size_t n = ofct_pipeline_result_n_outputs(r->res);
    struct ofct_error err;

    for (size_t i = 0; i < n; i++) {
        struct ofct_frame f = *in_frame;
        uint16_t port;
        size_t size;

        port = ofct_pipeline_result_output(r->res, i, &f.data, &size);
        f.caplen = f.len = size;
        for (size_t k = 0; k < r->n_out; k++) {
            if (r->out[k].port == port
                && ofct_pcap_write(r->out[k].writer, &f, &err)) {
                ofct_cli_error("%s", err.msg);
                return -1;
            }
        }
    }
    return 0;
}

static void
print_packet(struct replay *r, const struct input *in, struct ofct_buf *line)
{
    ofct_buf_clear(line);
    ofct_buf_printf(line, "%llu: in_port=", r->n);
    ofct_port_format(in->port, line);
    ofct_buf_putc(line, ' ');
    ofct_frame_summary(ofct_pcap_link_type(in->reader), in->frame.data,
                       in->frame.caplen, line);
    ofct_buf_puts(line, ": ");
    ofct_pipeline_result_format(r->res, line);
    puts(ofct_buf_cstr(line));
}

static int
replay_one(struct replay *r, struct input *in, struct ofct_buf *line)
{
    struct ofct_pipeline_packet pkt;
    struct ofct_error err;

    pkt.data = in->frame.data;
    pkt.size = in->frame.caplen;
    pkt.link = ofct_pcap_link_type(in->reader);
    pkt.in_port = in->port;
    pkt.time_ms = in->frame.ts_ns / 1000000;
    r->now_ms = pkt.time_ms;
    r->n++;
    if (ofct_pipeline_execute(r->p, &pkt, r->res, &err)) {
        ofct_cli_error("packet %llu: %s", r->n, err.msg);
        return -1;
    }
    if (!r->quiet) {
        print_packet(r, in, line);
    }
    if (r->n_out && write_outputs(r, &in->frame)) {
        return -1;
    }
    in->have = false;
    return 0;
}

static double
monotonic_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Runs every frame, in timestamp order.  Progress goes to a terminal on
 * stderr when stdout is not one. */
static int
replay_all(struct replay *r)
{
    bool progress = isatty(STDERR_FILENO) && !isatty(STDOUT_FILENO);
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    int64_t last_sweep = INT64_MIN;
    double last_shown = monotonic_seconds();
    struct input *in;
    int retval = 0;

    while (!retval && !(retval = fill_inputs(r)) && (in = earliest(r))) {
        retval = replay_one(r, in, &line);
        /* Reclaim expired connections about once a second of capture. */
        if (last_sweep == INT64_MIN || r->now_ms - last_sweep >= 1000) {
            ofct_conntrack_sweep(ofct_pipeline_conntrack(r->p), r->now_ms);
            last_sweep = r->now_ms;
        }
        if (progress && !(r->n % 65536)
            && monotonic_seconds() - last_shown >= 0.5) {
            fprintf(stderr, "\rreplay: %llu packets", r->n);
            last_shown = monotonic_seconds();
        }
    }
    if (progress) {
        fprintf(stderr, "\r\033[K");
    }
    ofct_buf_uninit(&line);
    return retval;
}

static int
compare_strings(const void *a_, const void *b_)
{
    return strcmp(*(char *const *) a_, *(char *const *) b_);
}

/* The connection table, sorted so that it does not depend on the
 * engine's hash key. */
static void
print_connections(struct ofct_conntrack *ct, enum ofct_ct_format format,
                  bool verbose, int64_t now_ms)
{
    struct ofct_ct_dump *dump = ofct_conntrack_dump_start(ct, NULL, now_ms);
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct ofct_ct_entry e;
    char **lines = NULL;
    size_t n = 0;

    while (ofct_conntrack_dump_next(dump, &e)) {
        ofct_buf_clear(&line);
        ofct_ct_entry_format(&e, format, verbose, &line);
        lines = grow(lines, n, sizeof *lines);
        lines[n++] = strdup(ofct_buf_cstr(&line));
    }
    ofct_conntrack_dump_done(dump);
    if (n) {
        qsort(lines, n, sizeof *lines, compare_strings);
    }
    for (size_t i = 0; i < n; i++) {
        puts(lines[i]);
        free(lines[i]);
    }
    free(lines);
    ofct_buf_uninit(&line);
}

static void
print_tables(const struct replay *r, struct ofct_conntrack *ct,
             const struct pipe_opts *o, int verbosity)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;

    ofct_pipeline_dump_flows(r->p, r->now_ms, &text);
    printf("%s== flows\n%s== connections\n", r->quiet ? "" : "\n",
           ofct_buf_cstr(&text));
    print_connections(ct, o->ct_format, verbosity > 0, r->now_ms);
    ofct_buf_uninit(&text);
}

int
ofct_cmd_replay(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct pipe_opts o;
    struct ofct_conntrack *ct = NULL;
    struct replay r;
    int status;

    memset(&o, 0, sizeof o);
    memset(&r, 0, sizeof r);
    status = parse_pipe_options("replay", argc, argv, &o);
    if (!status && (o.flow || !o.n_inputs)) {
        status = ofct_cli_usage_error("replay: give the captures as -i "
                                      "PORT=CAPTURE");
    }
    if (!status) {
        status = load_pipeline(cli, &o, &ct, &r.p);
    }
    if (!status) {
        r.res = ofct_pipeline_result_create();
        r.quiet = o.quiet;
        status = open_inputs(&r, &o);
        if (!status) {
            status = open_outputs(&r, &o);
        }
        if (!status && replay_all(&r)) {
            status = OFCT_EXIT_FAILURE;
        }
        if (!status) {
            print_tables(&r, ct, &o, cli->verbosity);
        }
        status = close_all(&r) ? OFCT_EXIT_FAILURE : status;
        ofct_pipeline_result_destroy(r.res);
    }
    ofct_pipeline_destroy(r.p);
    ofct_conntrack_destroy(ct);
    pipe_opts_free(&o);
    return status;
}

/* ------------------------------------------------------------------ */
/* trace */

int
ofct_cmd_trace(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_trace_options topts;
    struct ofct_conntrack *ct = NULL;
    struct ofct_pipeline *p = NULL;
    struct ofct_error err;
    struct pipe_opts o;
    int status;

    memset(&o, 0, sizeof o);
    status = parse_pipe_options("trace", argc, argv, &o);
    if (!status && (!o.flow || o.n_inputs || o.n_outputs)) {
        status = ofct_cli_usage_error("trace: give one FLOW to trace "
                                      "(and no -i or -o)");
    }
    if (!status) {
        status = load_pipeline(cli, &o, &ct, &p);
    }
    if (!status) {
        memset(&topts, 0, sizeof topts);
        topts.ct_next = o.ct_next;
        topts.n_ct_next = o.n_ct_next;
        topts.odp_map_ofp = o.odp_ofp;
        topts.odp_map_odp = o.odp_dp;
        topts.n_odp_map = o.n_odp;
        topts.bridge = o.bridge;
        if (ofct_pipeline_trace(p, o.flow, &topts, 0, &out, &err)) {
            fputs(ofct_buf_cstr(&out), stdout);
            ofct_cli_error("%s", err.msg);
            status = OFCT_EXIT_FAILURE;
        } else {
            fputs(ofct_buf_cstr(&out), stdout);
        }
    }
    ofct_buf_uninit(&out);
    ofct_pipeline_destroy(p);
    ofct_conntrack_destroy(ct);
    pipe_opts_free(&o);
    return status;
}
