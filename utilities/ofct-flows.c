/* ofct subcommands over flows: parse-flow, parse-flows, ofp-print.  Their
 * output is ovs-ofctl's for the same commands. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

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

/* The lines of a flow file, read twice: once to find the protocol every
 * flow can use, once to print them.  A regular file is read again from
 * the start; standard input is kept in memory. */
struct flow_file {
    const char *name;
    FILE *stream;
    struct ofct_buf saved;      /* Lines of stdin, NUL-separated. */
    size_t saved_ofs;
    bool replay;                /* Second pass over 'saved'? */
};

/* As ofct_cli_read_line(), with getline(): the benchmark's 100,000 lines
 * are read twice, and a byte at a time shows in its profile. */
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

/* First pass: every flow must parse; returns the protocols all can use,
 * or sets '*status'. */
static uint32_t
usable_for_all(struct flow_file *ff, struct ofct_flow_mod *fm,
               int *status)
{
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    uint32_t usable_all = OFCT_P_ANY;
    unsigned long lineno = 0;

    while (flow_file_next(ff, &line, &lineno)) {
        struct ofct_error err;
        uint32_t usable;

        if (ofct_flow_mod_parse(fm, ofct_buf_cstr(&line), &usable, &err)) {
            ofct_cli_error("%s:%lu: %s", ff->name, lineno, err.msg);
            *status = OFCT_EXIT_FAILURE;
            break;
        }
        usable_all &= usable;
    }
    if (ferror(ff->stream)) {
        ofct_cli_error("%s: read error", ff->name);
        *status = OFCT_EXIT_FAILURE;
    }
    ofct_buf_uninit(&line);
    return usable_all;
}

/* Second pass: prints each flow's flow_mod, with xids 1, 2, ... */
static int
print_all(struct flow_file *ff, struct ofct_flow_mod *fm, uint32_t protocol,
          int verbosity)
{
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    unsigned long lineno = 0;
    uint32_t xid = 0;
    int status = OFCT_EXIT_OK;

    while (!status && flow_file_next(ff, &line, &lineno)) {
        struct ofct_error err;
        uint32_t usable;

        if (ofct_flow_mod_parse(fm, ofct_buf_cstr(&line), &usable, &err)) {
            /* The file changed under us since the first pass. */
            ofct_cli_error("%s:%lu: %s", ff->name, lineno, err.msg);
            status = OFCT_EXIT_FAILURE;
            break;
        }
        status = print_flow_mod(fm, protocol, ++xid, verbosity, &msg, &text);
    }
    ofct_buf_uninit(&line);
    ofct_buf_uninit(&msg);
    ofct_buf_uninit(&text);
    return status;
}

int
ofct_cmd_parse_flows(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct flow_file ff = { .name = argv[0], .saved = OFCT_BUF_INITIALIZER };
    struct ofct_flow_mod *fm;
    uint32_t allowed, usable, protocol;
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

    fm = ofct_flow_mod_new();
    usable = usable_for_all(&ff, fm, &status);
    if (!status) {
        protocol = choose_protocol(usable, allowed);
        if (!protocol) {
            status = OFCT_EXIT_FAILURE;
        } else if (!flow_file_rewind(&ff)) {
            ofct_cli_error("%s: cannot read again", argv[0]);
            status = OFCT_EXIT_FAILURE;
        } else {
            status = print_all(&ff, fm, protocol, cli->verbosity);
        }
    }

    ofct_flow_mod_free(fm);
    ofct_buf_uninit(&ff.saved);
    if (ff.stream != stdin) {
        fclose(ff.stream);
    }
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
