/* ofct subcommands over the datapath layer: parse-odp-actions,
 * decode-odp-actions and translate. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "ofct-cli.h"

/* Options of these subcommands, which come after the subcommand name. */
struct dp_options {
    bool hex;                   /* --hex */
    struct ofct_xlate *xlate;   /* --reg and --port go here, if not NULL. */
    char *positional[1];
    int n_positional;
};

/* Applies one --reg or --port to the translator. */
static int
apply_xlate_option(const char *name, const char *value,
                   struct ofct_xlate *xlate)
{
    struct ofct_error err;
    int retval;

    ofct_error_clear(&err);
    retval = (!strcmp(name, "--reg")
              ? ofct_xlate_set_field(xlate, value, &err)
              : ofct_xlate_map_port_string(xlate, value, &err));
    if (retval) {
        return ofct_cli_usage_error("%s %s: %s", name, value, err.msg);
    }
    return OFCT_EXIT_OK;
}

static int
parse_one_option(int argc, char *argv[], int *i, struct dp_options *opts)
{
    const char *arg = argv[*i];

    if (!strcmp(arg, "--hex")) {
        opts->hex = true;
        return OFCT_EXIT_OK;
    }
    if (opts->xlate && (ofct_cli_is_option(arg, "--reg") || ofct_cli_is_option(arg, "--port"))) {
        const char *name = arg[2] == 'r' ? "--reg" : "--port";
        const char *value = ofct_cli_option_value(name, argc, argv, i);

        return value ? apply_xlate_option(name, value, opts->xlate)
                     : OFCT_EXIT_USAGE;
    }
    return ofct_cli_usage_error("unknown option '%s'; use --help for help",
                                arg);
}

/* Parses the subcommand's arguments: options anywhere, at most
 * 'max_positional' other arguments ("--" ends the options). */
static int
parse_dp_options(int argc, char *argv[], int max_positional,
                 struct dp_options *opts)
{
    bool options_done = false;

    for (int i = 0; i < argc; i++) {
        const char *arg = argv[i];

        if (!options_done && !strcmp(arg, "--")) {
            options_done = true;
        } else if (!options_done && arg[0] == '-' && arg[1] == '-') {
            int status = parse_one_option(argc, argv, &i, opts);
            if (status) {
                return status;
            }
        } else if (opts->n_positional < max_positional) {
            opts->positional[opts->n_positional++] = argv[i];
        } else {
            return ofct_cli_usage_error("unexpected argument '%s'", arg);
        }
    }
    return OFCT_EXIT_OK;
}

static void
print_hex(const struct ofct_buf *b)
{
    struct ofct_buf hex = OFCT_BUF_INITIALIZER;

    ofct_bytes_to_hex(b->data, b->size, &hex);
    puts(ofct_buf_cstr(&hex));
    ofct_buf_uninit(&hex);
}

/* ------------------------------------------------------------------ */
/* parse-odp-actions */

/* Parses one line of ODP text, prints it normalized (by decoding the
 * netlink it gave, which also checks it) and, with --hex, the netlink
 * bytes.  A line that does not parse gets test-odp's verdict on stdout and
 * the reason on stderr. */
static int
parse_odp_line(const char *line, unsigned long lineno, bool hex)
{
    struct ofct_buf nl = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    int status = OFCT_EXIT_OK;

    if (ofct_odp_actions_parse(line, &nl, &err)) {
        puts("odp_actions_from_string: error");
        ofct_cli_error("line %lu: %s", lineno, err.msg);
    } else if (ofct_odp_actions_format(nl.data, nl.size, &text, &err)) {
        ofct_cli_error("line %lu: cannot decode its own netlink: %s", lineno,
                       err.msg);
        status = OFCT_EXIT_FAILURE;
    } else {
        puts(ofct_buf_cstr(&text));
        if (hex) {
            print_hex(&nl);
        }
    }
    ofct_buf_uninit(&nl);
    ofct_buf_uninit(&text);
    return status;
}

int
ofct_cmd_parse_odp_actions(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct dp_options opts = { .hex = false };
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    unsigned long lineno = 0;
    int status;

    status = parse_dp_options(argc, argv, 0, &opts);
    if (status) {
        return status;
    }
    while (ofct_cli_read_line(stdin, &line, &lineno)) {
        if (parse_odp_line(ofct_buf_cstr(&line), lineno, opts.hex)) {
            status = OFCT_EXIT_FAILURE;
        }
    }
    if (ferror(stdin)) {
        ofct_cli_error("error reading standard input");
        status = OFCT_EXIT_FAILURE;
    }
    ofct_buf_uninit(&line);
    return status;
}

/* ------------------------------------------------------------------ */
/* decode-odp-actions */

/* Decodes netlink bytes, prints their text, parses that text again and
 * prints where its bytes differ from the input. */
static int
decode_odp_bytes(const struct ofct_buf *in, unsigned long lineno)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf again = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    int status = OFCT_EXIT_OK;

    if (ofct_odp_actions_format(in->data, in->size, &text, &err)) {
        printf("bad datapath actions: %s\n\n", err.msg);
        ofct_buf_uninit(&text);
        return OFCT_EXIT_OK;
    }
    printf("%s\n", ofct_buf_cstr(&text));
    if (ofct_odp_actions_parse(ofct_buf_cstr(&text), &again, &err)) {
        ofct_cli_error("line %lu: cannot parse its own text: %s", lineno,
                       err.msg);
        status = OFCT_EXIT_FAILURE;
    } else {
        ofct_cli_print_differences(in->data, in->size, again.data, again.size);
    }
    putchar('\n');
    ofct_buf_uninit(&text);
    ofct_buf_uninit(&again);
    return status;
}

int
ofct_cmd_decode_odp_actions(const struct ofct_cli *cli, int argc,
                            char *argv[])
{
    struct dp_options opts = { .hex = false };
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct ofct_buf in = OFCT_BUF_INITIALIZER;
    unsigned long lineno = 0;
    int status;

    status = parse_dp_options(argc, argv, 0, &opts);
    if (status) {
        return status;
    }
    while (ofct_cli_read_line(stdin, &line, &lineno)) {
        struct ofct_error err;

        ofct_buf_clear(&in);
        if (ofct_hex_to_bytes(ofct_buf_cstr(&line), &in, &err)) {
            ofct_cli_error("line %lu: %s", lineno, err.msg);
            status = OFCT_EXIT_FAILURE;
            break;
        }
        if (decode_odp_bytes(&in, lineno)) {
            status = OFCT_EXIT_FAILURE;
        }
    }
    if (ferror(stdin)) {
        ofct_cli_error("error reading standard input");
        status = OFCT_EXIT_FAILURE;
    }
    ofct_buf_uninit(&line);
    ofct_buf_uninit(&in);
    return status;
}

/* ------------------------------------------------------------------ */
/* translate */

static int
translate_flow(const struct ofct_xlate *xlate, const char *flow, bool hex,
               const struct ofct_recirc_table *recirc, int verbosity)
{
    struct ofct_buf odp = OFCT_BUF_INITIALIZER;
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    int status = OFCT_EXIT_OK;

    if (ofct_xlate_flow_string(xlate, flow, &odp, &err)
        || ofct_odp_actions_format(odp.data, odp.size, &text, &err)) {
        ofct_cli_error("%s", err.msg);
        status = OFCT_EXIT_FAILURE;
    } else {
        puts(ofct_buf_cstr(&text));
        if (hex) {
            print_hex(&odp);
        }
        if (verbosity) {
            ofct_buf_clear(&text);
            ofct_recirc_table_format(recirc, &text);
            fputs(ofct_buf_cstr(&text), stdout);
        }
    }
    ofct_buf_uninit(&odp);
    ofct_buf_uninit(&text);
    return status;
}

int
ofct_cmd_translate(const struct ofct_cli *cli, int argc, char *argv[])
{
    struct ofct_recirc_table *recirc = ofct_recirc_table_new(0);
    struct dp_options opts = { .hex = false };
    int status;

    opts.xlate = ofct_xlate_new(recirc);
    status = parse_dp_options(argc, argv, 1, &opts);
    if (!status && opts.n_positional != 1) {
        status = ofct_cli_usage_error("translate: missing FLOW (usage: ofct "
                                      "translate [--reg FIELD=VALUE]... "
                                      "[--port OFP=ODP]... [--hex] FLOW)");
    }
    if (!status) {
        status = translate_flow(opts.xlate, opts.positional[0], opts.hex,
                                recirc, cli->verbosity);
    }
    ofct_xlate_free(opts.xlate);
    ofct_recirc_table_free(recirc);
    return status;
}
