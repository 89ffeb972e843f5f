/* ofct subcommands over flows: parse-flow, parse-flows, ofp-print.  Their
 * output is ovs-ofctl's for the same commands. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "ofct-cli.h"

/* The protocols -O and -F allow; ovs-ofctl's default is OpenFlow 1.0 with
 * any flow format.  Returns 0, or an exit status after an error. */
static int
allowed_protocols(const struct ofct_cli *cli, uint32_t *allowed)
{
    uint32_t versions = cli->versions ? cli->versions : 1u << OFCT_OFP10;
    uint32_t version_protocols = ofct_protocols_from_versions(versions);
    struct ofct_error err;

    *allowed = OFCT_P_ANY;
    if (cli->flow_format
        && ofct_protocols_from_string(cli->flow_format, allowed, &err)) {
        return ofct_cli_usage_error("%s", err.msg);
    }
    if (!(*allowed & version_protocols)) {
        struct ofct_buf names = OFCT_BUF_INITIALIZER;

        ofct_protocols_format(*allowed, &names);
        ofct_cli_error("none of the enabled OpenFlow versions supports any "
                       "of the enabled flow formats (%s); use -O to enable "
                       "more OpenFlow versions or -F to enable more flow "
                       "formats", ofct_buf_cstr(&names));
        ofct_buf_uninit(&names);
        return OFCT_EXIT_USAGE;
    }
    *allowed &= version_protocols;
    return 0;
}

/* Prints the "usable protocols" and "chosen protocol" lines and returns
 * the chosen protocol, or 0 after reporting that there is none. */
static uint32_t
choose_protocol(uint32_t usable, uint32_t allowed)
{
    struct ofct_buf names = OFCT_BUF_INITIALIZER;
    uint32_t protocol;

    ofct_protocols_format(usable, &names);
    printf("usable protocols: %s\n", ofct_buf_cstr(&names));
    ofct_buf_uninit(&names);

    protocol = ofct_protocol_choose(usable, allowed);
    if (!protocol) {
        ofct_cli_error("no usable protocol");
        return 0;
    }
    printf("chosen protocol: %s\n", ofct_protocol_to_string(protocol));
    return protocol;
}

/* Encodes 'fm' and prints it as ofp-print would.  Returns an exit
 * status. */
static int
print_flow_mod(const struct ofct_flow_mod *fm, uint32_t protocol,
               uint32_t xid, int verbosity, struct ofct_buf *msg,
               struct ofct_buf *text)
{
    struct ofct_error err;

    ofct_buf_clear(msg);
    ofct_buf_clear(text);
    if (ofct_flow_mod_encode(fm, protocol, xid, msg, &err)) {
        ofct_cli_error("%s", err.msg);
        return OFCT_EXIT_FAILURE;
    }
    /* A message that does not decode back is printed as ovs-ofctl prints
     * it, "***decode error: ...***", and is not a failure of the run. */
    ofct_ofp_print(msg->data, msg->size, verbosity, text);
    fwrite(text->data, 1, text->size, stdout);
    return OFCT_EXIT_OK;
}

int
ofct_cmd_parse_flow(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_flow_mod *fm;
    uint32_t allowed, usable, protocol;
    struct ofct_error err;
    int status;

    status = allowed_protocols(cli, &allowed);
    if (status) {
        return status;
    }
    fm = ofct_flow_mod_new();
    if (ofct_flow_mod_parse(fm, argv[0], &usable, &err)) {
        ofct_cli_error("%s", err.msg);
        status = OFCT_EXIT_FAILURE;
    } else {
        protocol = choose_protocol(usable, allowed);
        status = protocol ? print_flow_mod(fm, protocol, 1, cli->verbosity,
                                           &msg, &text)
                          : OFCT_EXIT_FAILURE;
    }
    ofct_flow_mod_free(fm);
    ofct_buf_uninit(&msg);
    ofct_buf_uninit(&text);
    return status;
}

/* The lines of a flow file.  They are read once, except when the protocol
 * that parse-flows speculated on changes (see below): then the lines
 * before the change are read again, from the start of a regular file or
 * from memory for standard input. */
struct flow_file {
    const char *name;
    FILE *stream;
    struct ofct_buf saved;      /* Lines of stdin, NUL-separated. */
    size_t saved_ofs;
    bool replay;                /* Reading 'saved' again? */
};

/* As ofct_cli_read_line(), with getline(): the benchmark's 100,000 lines
 * are a profile where a byte at a time shows. */
static bool
read_flow_line(FILE *stream, struct ofct_buf *line, unsigned long *lineno)
{
    static char *buf;
    static size_t cap;
    ssize_t n;

    while ((n = getline(&buf, &cap, stream)) >= 0) {
        char *s = buf, *hash = memchr(buf, '#', n);
        size_t len = hash ? (size_t) (hash - buf) : (size_t) n;

        ++*lineno;
        while (len && isspace((unsigned char) s[len - 1])) {
            len--;
        }
        while (len && isspace((unsigned char) *s)) {
            s++;
            len--;
        }
        if (len) {
            ofct_buf_clear(line);
            ofct_buf_put(line, s, len);
            ofct_buf_cstr(line);
            return true;
        }
    }
    free(buf);
    buf = NULL;
    cap = 0;
    return false;
}

static bool
flow_file_next(struct flow_file *ff, struct ofct_buf *line,
               unsigned long *lineno)
{
    if (ff->replay) {
        const char *s;
        size_t n;

        if (ff->saved_ofs >= ff->saved.size) {
            return false;
        }
        s = (const char *) ff->saved.data + ff->saved_ofs;
        n = strlen(s);
        memcpy(lineno, s + n + 1, sizeof *lineno);
        ff->saved_ofs += n + 1 + sizeof *lineno;
        ofct_buf_clear(line);
        ofct_buf_put(line, s, n);
        ofct_buf_cstr(line);
        return true;
    }
    if (!read_flow_line(ff->stream, line, lineno)) {
        return false;
    }
    if (ff->stream == stdin) {
        ofct_buf_put(&ff->saved, line->data, line->size + 1);
        ofct_buf_put(&ff->saved, lineno, sizeof *lineno);
    }
    return true;
}

static bool
flow_file_rewind(struct flow_file *ff)
{
    if (ff->stream == stdin) {
        ff->replay = true;
        ff->saved_ofs = 0;
        return true;
    }
    return !fseek(ff->stream, 0, SEEK_SET);
}

/* The printed flows of parse-flows, held back until the "usable
 * protocols" line that must come first is known: in memory up to
 * SPILL_SIZE bytes at a time, beyond that in an unlinked temporary file
 * (so that memory stays small however long the file; without a temporary
 * file, all in memory). */
#define SPILL_SIZE (1024 * 1024)

/* Buffer size for reading flows and copying held output: the default
 * (4 kB) makes thousands of system calls for a large flow table. */
#define IO_BUFFER_SIZE (256 * 1024)

struct held_output {
    struct ofct_buf mem;
    FILE *spill;                /* NULL until needed, or if unavailable. */
    bool spill_failed;          /* No temporary file: keep all in memory. */
    bool write_error;
};

static FILE *
open_spill(void)
{
    const char *dir = getenv("TMPDIR");
    struct ofct_buf name = OFCT_BUF_INITIALIZER;
    FILE *file = NULL;
    int fd;

    ofct_buf_printf(&name, "%s/ofct-flows.XXXXXX", dir && *dir ? dir : "/tmp");
    fd = mkstemp((char *) name.data);
    if (fd >= 0) {
        unlink((const char *) name.data);
        file = fdopen(fd, "w+");
        if (!file) {
            close(fd);
        }
    }
    ofct_buf_uninit(&name);
    return file;
}

/* Moves what is in memory to the temporary file once there is enough of
 * it. */
static void
held_output_flush(struct held_output *ho)
{
    if (ho->mem.size < SPILL_SIZE || ho->spill_failed) {
        return;
    }
    if (!ho->spill) {
        ho->spill = open_spill();
        if (!ho->spill) {
            ho->spill_failed = true;
            return;
        }
    }
    if (fwrite(ho->mem.data, 1, ho->mem.size, ho->spill) != ho->mem.size) {
        ho->write_error = true;
    }
    ofct_buf_clear(&ho->mem);
}

/* Drops everything held so far. */
static void
held_output_discard(struct held_output *ho)
{
    ofct_buf_clear(&ho->mem);
    if (ho->spill) {
        fclose(ho->spill);
        ho->spill = NULL;
    }
}

/* Copies the temporary file to stdout from 'ofs' with read and write. */
static bool
copy_spill(FILE *spill, off_t ofs)
{
    /* Large reads and writes: megabytes go through here. */
    size_t size = IO_BUFFER_SIZE;
    char *buf = malloc(size);
    bool ok;
    size_t n;

    if (!buf || fseeko(spill, ofs, SEEK_SET)) {
        free(buf);
        return false;
    }
    while ((n = fread(buf, 1, size, spill)) > 0) {
        fwrite(buf, 1, n, stdout);
    }
    ok = !ferror(spill);
    free(buf);
    return ok;
}

/* Copies the temporary file to stdout, in the kernel where it can
 * (sendfile(2) to a file or a pipe): the copy is the one part of
 * parse-flows that no second thread shortens, and megabytes long.
 * Returns 0, -1 for an error of the temporary file, or -2 (errno set)
 * for one of stdout. */
static int
send_spill(FILE *spill)
{
    off_t ofs = 0;
    struct stat st;

    if (fflush(spill) || fstat(fileno(spill), &st)) {
        return -1;
    }
    if (fflush(stdout)) {
        return -2;
    }
    while (ofs < st.st_size) {
        ssize_t n = sendfile(STDOUT_FILENO, fileno(spill), &ofs,
                             st.st_size - ofs);

        if (n < 0 && errno == EINTR) {
            continue;
        } else if (n < 0 && (errno == EINVAL || errno == ENOSYS)) {
            /* Not a descriptor sendfile() writes to: the rest by hand. */
            return copy_spill(spill, ofs) ? 0 : -1;
        } else if (n < 0) {
            return -2;
        } else if (n == 0) {
            return -1;          /* The file is shorter than it was. */
        }
    }
    return 0;
}

/* Writes what is held to stdout.  Returns 0, -1 for an error of the
 * temporary file, -2 (errno set) for one of stdout. */
static int
held_output_write(struct held_output *ho)
{
    int retval = ho->spill ? send_spill(ho->spill) : 0;

    if (retval) {
        return retval;
    }
    fwrite(ho->mem.data, 1, ho->mem.size, stdout);
    return ho->write_error ? -1 : 0;
}

/* held_output_write() with its errors reported; returns an exit
 * status. */
static int
write_held_output(struct held_output *ho, const char *file_name)
{
    int retval = held_output_write(ho);

    if (retval == -1) {
        ofct_cli_error("%s: temporary file: read or write error", file_name);
    } else if (retval == -2) {
        ofct_cli_error("error writing standard output: %s", strerror(errno));
    }
    return retval ? OFCT_EXIT_FAILURE : OFCT_EXIT_OK;
}

static void
held_output_uninit(struct held_output *ho)
{
    held_output_discard(ho);
    ofct_buf_uninit(&ho->mem);
}

/* What parse-flows needs per flow. */
struct flows_run {
    struct flow_file *ff;
    struct ofct_flow_mod *fm;
    struct ofct_buf line;
    struct ofct_buf msg;
    int verbosity;
};

/* A flow as parse-flows gets it: parsed, and perhaps already encoded
 * (by the reader thread) for the protocol that the flows up to it
 * choose. */
struct parsed_flow {
    const struct ofct_flow_mod *fm;
    uint32_t usable;
    const struct ofct_buf *msg;     /* Encoded message, or NULL... */
    uint32_t msg_protocol;          /* ...for this protocol. */
};

/* Encodes 'pf' for 'protocol' (unless it already is) and appends its
 * ofp-print text to 'out'.  Returns 0, or -1 with 'err' if the flow does
 * not encode. */
static int
format_flow_mod(struct flows_run *run, const struct parsed_flow *pf,
                uint32_t protocol, uint32_t xid, struct ofct_buf *out,
                struct ofct_error *err)
{
    const struct ofct_buf *msg = &run->msg;

    if (pf->msg && pf->msg_protocol == protocol) {
        msg = pf->msg;
    } else {
        ofct_buf_clear(&run->msg);
        if (ofct_flow_mod_encode(pf->fm, protocol, xid, &run->msg, err)) {
            return -1;
        }
    }
    ofct_ofp_print(msg->data, msg->size, run->verbosity, out);
    return 0;
}

/* Parses the next flow of the file into 'fm'.  Returns 1 for a flow, 0
 * at the end, or -1 after reporting an error (a read error too). */
static int
next_flow(struct flows_run *run, struct ofct_flow_mod *fm, uint32_t *usable,
          unsigned long *lineno)
{
    struct ofct_error err;

    if (!flow_file_next(run->ff, &run->line, lineno)) {
        if (ferror(run->ff->stream)) {
            ofct_cli_error("%s: read error", run->ff->name);
            return -1;
        }
        return 0;
    }
    if (ofct_flow_mod_parse(fm, ofct_buf_cstr(&run->line), usable, &err)) {
        ofct_cli_error("%s:%lu: %s", run->ff->name, *lineno, err.msg);
        return -1;
    }
    return 1;
}

/* Parsing a flow takes about as long as decoding and printing it, so on
 * a machine with more than one core a reader thread parses the flows into
 * a ring of slots while the main thread prints them.  Encoding goes to
 * whichever thread is ahead: the reader encodes a flow (for the protocol
 * that the flows so far choose, as the main thread would) while the main
 * thread has at least ENCODE_BACKLOG flows waiting, and leaves it to the
 * main thread otherwise; which thread encodes changes no byte of output.
 * The main thread sees the same flows in the same order, and the reader
 * reports errors as the main thread would; the reader only starts after
 * READER_AFTER flows, so that small files run on one thread. */
#define RING_SIZE 1024          /* flows parsed ahead, at most */
#define RING_BATCH 128          /* flows handed over at a time: the fewer
                                 * hand-overs, the fewer context switches
                                 * when the two threads share a core */
#define READER_AFTER 1024
#define ENCODE_BACKLOG (RING_SIZE / 2)

struct flow_ring {
    struct flows_run *run;
    struct ofct_flow_mod *fms[RING_SIZE];
    uint32_t usable[RING_SIZE];
    struct ofct_buf msgs[RING_SIZE];
    uint32_t msg_protocol[RING_SIZE];   /* 0 if not encoded */
    unsigned long lineno;       /* the reader's, from where it starts */
    uint32_t allowed;
    uint32_t usable_all;        /* the reader's, from where it starts */
    size_t first_xid;           /* of the reader's first flow */
    pthread_t thread;
    pthread_mutex_t mutex;
    pthread_cond_t cond;

    /* Protected by 'mutex'.  Slot 'i % RING_SIZE' holds flow 'i'. */
    size_t produced;            /* flows parsed and handed over */
    size_t consumed;            /* flows the main thread is done with */
    bool done;                  /* the reader has stopped... */
    int retval;                 /* ...with next_flow()'s last result */
};

/* Hands the reader's flows up to 'n' over; returns how many flows the
 * main thread is done with. */
static size_t
ring_publish(struct flow_ring *ring, size_t n, bool done, int retval)
{
    size_t consumed;

    pthread_mutex_lock(&ring->mutex);
    ring->produced = n;
    ring->done = done;
    ring->retval = retval;
    pthread_cond_broadcast(&ring->cond);
    consumed = ring->consumed;
    pthread_mutex_unlock(&ring->mutex);
    return consumed;
}

/* Encodes the flow in slot 'n', if 'encode', for the protocol that the
 * flows up to it choose; one that does not encode is left for the main
 * thread. */
static void
ring_encode(struct flow_ring *ring, size_t n, bool encode)
{
    size_t slot = n % RING_SIZE;
    struct ofct_error err;
    uint32_t protocol;

    ring->usable_all &= ring->usable[slot];
    protocol = ofct_protocol_choose(ring->usable_all, ring->allowed);
    ofct_buf_clear(&ring->msgs[slot]);
    ring->msg_protocol[slot] = 0;
    if (encode && protocol
        && !ofct_flow_mod_encode(ring->fms[slot], protocol,
                                 ring->first_xid + n, &ring->msgs[slot],
                                 &err)) {
        ring->msg_protocol[slot] = protocol;
    }
}

static void *
ring_reader(void *ring_)
{
    struct flow_ring *ring = ring_;
    size_t n = 0, published = 0, consumed = 0;
    int retval;

    for (;;) {
        if (n - consumed >= RING_SIZE) {
            /* Full: wait for the main thread to free a batch. */
            pthread_mutex_lock(&ring->mutex);
            ring->produced = published = n;
            pthread_cond_broadcast(&ring->cond);
            while (n - ring->consumed > RING_SIZE - RING_BATCH) {
                pthread_cond_wait(&ring->cond, &ring->mutex);
            }
            consumed = ring->consumed;
            pthread_mutex_unlock(&ring->mutex);
        }
        retval = next_flow(ring->run, ring->fms[n % RING_SIZE],
                           &ring->usable[n % RING_SIZE], &ring->lineno);
        if (retval <= 0) {
            break;
        }
        ring_encode(ring, n, n - consumed >= ENCODE_BACKLOG);
        if (++n - published >= RING_BATCH) {
            consumed = ring_publish(ring, n, false, 0);
            published = n;
        }
    }
    ring_publish(ring, n, true, retval);
    return NULL;
}

/* Where the main thread gets its flows: parsed by itself into run->fm,
 * then, past READER_AFTER flows, from the ring. */
struct flow_source {
    struct flows_run *run;
    unsigned long lineno;
    uint32_t allowed;
    uint32_t usable_all;        /* of the flows returned so far */
    size_t n;                   /* flows returned so far */
    struct flow_ring *ring;     /* NULL while on one thread */
    size_t avail;               /* flows handed over so far */
    size_t released;            /* flows last reported done */
};

static void
ring_free(struct flow_ring *ring)
{
    for (size_t i = 0; i < RING_SIZE; i++) {
        ofct_flow_mod_free(ring->fms[i]);
        ofct_buf_uninit(&ring->msgs[i]);
    }
    pthread_mutex_destroy(&ring->mutex);
    pthread_cond_destroy(&ring->cond);
    free(ring);
}

static bool
start_reader(struct flow_source *src)
{
    struct flow_ring *ring = calloc(1, sizeof *ring);

    if (!ring) {
        return false;
    }
    ring->run = src->run;
    ring->lineno = src->lineno;
    ring->allowed = src->allowed;
    ring->usable_all = src->usable_all;
    ring->first_xid = src->n + 1;
    for (size_t i = 0; i < RING_SIZE; i++) {
        ring->fms[i] = ofct_flow_mod_new();
        ofct_buf_init(&ring->msgs[i]);
    }
    pthread_mutex_init(&ring->mutex, NULL);
    pthread_cond_init(&ring->cond, NULL);
    if (pthread_create(&ring->thread, NULL, ring_reader, ring)) {
        ring_free(ring);
        return false;
    }
    src->ring = ring;
    src->avail = src->released = 0;
    return true;
}

/* The next flow from the ring: like next_flow(). */
static int
ring_next(struct flow_source *src, struct parsed_flow *pf)
{
    struct flow_ring *ring = src->ring;
    size_t i = src->n - READER_AFTER;

    if (i == src->avail || i - src->released >= RING_BATCH) {
        /* Every flow before 'i' is done with: hand the slots back, and
         * wait for more flows if there are none. */
        bool done;
        int retval;

        pthread_mutex_lock(&ring->mutex);
        ring->consumed = src->released = i;
        pthread_cond_broadcast(&ring->cond);
        while (ring->produced == i && !ring->done) {
            pthread_cond_wait(&ring->cond, &ring->mutex);
        }
        src->avail = ring->produced;
        done = ring->done;
        retval = ring->retval;
        pthread_mutex_unlock(&ring->mutex);
        if (i == src->avail) {
            return done ? retval : 0;
        }
    }
    pf->fm = ring->fms[i % RING_SIZE];
    pf->usable = ring->usable[i % RING_SIZE];
    pf->msg = &ring->msgs[i % RING_SIZE];
    pf->msg_protocol = ring->msg_protocol[i % RING_SIZE];
    src->n++;
    return 1;
}

/* Like next_flow(), for the main thread. */
static int
source_next(struct flow_source *src, struct parsed_flow *pf)
{
    int retval;

    if (!src->ring && src->n == READER_AFTER
        && sysconf(_SC_NPROCESSORS_ONLN) > 1) {
        start_reader(src);
    }
    if (src->ring) {
        retval = ring_next(src, pf);
    } else {
        retval = next_flow(src->run, src->run->fm, &pf->usable,
                           &src->lineno);
        pf->fm = src->run->fm;
        pf->msg = NULL;
    }
    if (retval > 0) {
        src->n += !src->ring;
        src->usable_all &= pf->usable;
    }
    return retval;
}

/* Waits for the reader, if there is one, and frees it. */
static void
source_finish(struct flow_source *src)
{
    struct flow_ring *ring = src->ring;

    if (ring) {
        pthread_join(ring->thread, NULL);
        ring_free(ring);
        src->ring = NULL;
    }
}

/* Reads and parses every flow once, printing each with the protocol that
 * the flows so far allow (the protocol can only change when a flow
 * narrows the usable set, rarely after the first flows).  Sets
 * '*usable_all' to the protocols every flow can use and '*n_stale' to
 * the number of flows at the start that were printed with another
 * protocol than the final one and are not in 'ho'.  A flow that does not
 * encode stops the printing: all the flows are then printed again at the
 * end, where the error shows after the flows before it, as in ovs-ofctl.
 * Returns an exit status. */
static int
parse_and_print(struct flows_run *run, uint32_t allowed,
                uint32_t *usable_all, uint32_t *n_stale,
                struct held_output *ho)
{
    struct flow_source src = {
        .run = run, .allowed = allowed, .usable_all = OFCT_P_ANY,
    };
    uint32_t protocol = 0, n_flows = 0;
    struct parsed_flow pf;
    bool printing = true;
    int retval;

    *n_stale = 0;
    while ((retval = source_next(&src, &pf)) > 0) {
        uint32_t chosen = ofct_protocol_choose(src.usable_all, allowed);
        struct ofct_error err;

        n_flows++;
        if (chosen != protocol) {
            /* What was printed used a protocol that no longer fits. */
            held_output_discard(ho);
            *n_stale = n_flows - 1;
            protocol = chosen;
        }
        if (protocol && printing) {
            if (format_flow_mod(run, &pf, protocol, n_flows, &ho->mem,
                                &err)) {
                held_output_discard(ho);
                printing = false;
            }
            held_output_flush(ho);
        }
    }
    *usable_all = src.usable_all;
    source_finish(&src);
    if (!printing) {
        *n_stale = n_flows;
    }
    return retval < 0 ? OFCT_EXIT_FAILURE : OFCT_EXIT_OK;
}

/* Prints the first 'n' flows of the file again, with 'protocol'. */
static int
print_stale(struct flows_run *run, uint32_t protocol, uint32_t n)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    unsigned long lineno = 0;
    int status = OFCT_EXIT_OK;

    if (!flow_file_rewind(run->ff)) {
        ofct_cli_error("%s: cannot read again", run->ff->name);
        return OFCT_EXIT_FAILURE;
    }
    for (uint32_t xid = 1; !status && xid <= n; xid++) {
        struct ofct_error err;
        uint32_t usable;

        if (next_flow(run, run->fm, &usable, &lineno) <= 0) {
            /* The file changed under us since the first reading. */
            if (!ferror(run->ff->stream)) {
                ofct_cli_error("%s: changed while read", run->ff->name);
            }
            status = OFCT_EXIT_FAILURE;
            break;
        }
        ofct_buf_clear(&text);
        if (format_flow_mod(run, &(struct parsed_flow) { .fm = run->fm },
                            protocol, xid, &text, &err)) {
            ofct_cli_error("%s", err.msg);
            status = OFCT_EXIT_FAILURE;
        }
        fwrite(text.data, 1, text.size, stdout);
    }
    ofct_buf_uninit(&text);
    return status;
}

/* parse-flows prints what ovs-ofctl prints: the protocols that all the
 * flows can use, the chosen one, then each flow's flow_mod in it.  Each
 * line is parsed once, and its output held back until the end (see
 * parse_and_print()). */
int
ofct_cmd_parse_flows(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct flow_file ff = { .name = argv[0], .saved = OFCT_BUF_INITIALIZER };
    struct held_output ho = { .mem = OFCT_BUF_INITIALIZER };
    struct flows_run run = {
        .ff = &ff, .line = OFCT_BUF_INITIALIZER, .msg = OFCT_BUF_INITIALIZER,
        .verbosity = cli->verbosity,
    };
    uint32_t allowed, usable, protocol, n_stale;
    char *in_buf = NULL;
    int status;

    status = allowed_protocols(cli, &allowed);
    if (status) {
        return status;
    }
    ff.stream = strcmp(argv[0], "-") ? fopen(argv[0], "r") : stdin;
    if (!ff.stream) {
        ofct_cli_error("%s: cannot open: %s", argv[0], strerror(errno));
        return OFCT_EXIT_FAILURE;
    }
    if (ff.stream != stdin) {
        in_buf = malloc(IO_BUFFER_SIZE);
        if (in_buf) {
            setvbuf(ff.stream, in_buf, _IOFBF, IO_BUFFER_SIZE);
        }
    }

    run.fm = ofct_flow_mod_new();
    status = parse_and_print(&run, allowed, &usable, &n_stale, &ho);
    if (!status) {
        protocol = choose_protocol(usable, allowed);
        if (!protocol) {
            status = OFCT_EXIT_FAILURE;
        } else {
            status = print_stale(&run, protocol, n_stale);
        }
        if (!status) {
            status = write_held_output(&ho, argv[0]);
        }
    }

    held_output_uninit(&ho);
    ofct_flow_mod_free(run.fm);
    ofct_buf_uninit(&run.line);
    ofct_buf_uninit(&run.msg);
    ofct_buf_uninit(&ff.saved);
    if (ff.stream != stdin) {
        fclose(ff.stream);
    }
    free(in_buf);
    return status;
}

int
ofct_cmd_ofp_print(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    int verbosity = cli->verbosity + 2;   /* as ovs-ofctl's ofp-print */
    int status = OFCT_EXIT_OK;

    if (argc > 1) {
        char *end;
        long v = strtol(argv[1], &end, 10);

        if (*end || end == argv[1] || v < 0 || v > 100) {
            return ofct_cli_usage_error("%s: not a valid verbosity",
                                        argv[1]);
        }
        verbosity = v;
    }
    if (ofct_hex_to_bytes(argv[0], &msg, &err)) {
        ofct_cli_error("%s", err.msg);
        status = OFCT_EXIT_FAILURE;
    } else {
        ofct_ofp_print(msg.data, msg.size, verbosity, &text);
        fwrite(text.data, 1, text.size, stdout);
    }
    ofct_buf_uninit(&msg);
    ofct_buf_uninit(&text);
    return status;
}
