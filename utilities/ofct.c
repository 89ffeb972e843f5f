/* ofct: command-line front end to libofct.  This file parses the global
 * options and dispatches to a subcommand from the table below. */
#include <config.h>

#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct-cli.h"

static const struct ofct_command commands[] = {
    { "parse-actions", "VERSION",
      "decode hex actions from stdin",
      1, 1, ofct_cmd_parse_actions },
    { "parse-instructions", "VERSION",
      "decode hex instructions from stdin",
      1, 1, ofct_cmd_parse_instructions },
    { "encode-actions", "VERSION [ACTIONS]",
      "encode ACTIONS (or stdin lines) as hex",
      1, 2, ofct_cmd_encode_actions },
    { "encode-instructions", "VERSION [ACTIONS]",
      "encode an instruction list as hex",
      1, 2, ofct_cmd_encode_instructions },
    { "parse-flow", "FLOW",
      "parse FLOW as ovs-ofctl does and print its flow_mod",
      1, 1, ofct_cmd_parse_flow },
    { "parse-flows", "FILE",
      "the same for each flow in FILE (- for stdin)",
      1, 1, ofct_cmd_parse_flows },
    { "ofp-print", "HEX [VERBOSITY]",
      "print the OpenFlow message HEX",
      1, 2, ofct_cmd_ofp_print },
    { "parse-odp-actions", "[--hex]",
      "normalize datapath (ODP) action text from stdin",
      0, 1, ofct_cmd_parse_odp_actions },
    { "decode-odp-actions", "",
      "decode datapath netlink actions (hex) from stdin",
      0, 0, ofct_cmd_decode_odp_actions },
    { "translate", "[--reg F=V]... [--port P=N]... [--hex] FLOW",
      "datapath actions for a flow's actions",
      1, INT_MAX, ofct_cmd_translate },
    { "ct-replay", "[OPTIONS] FILE...",
      "run captures through the conntrack engine",
      1, INT_MAX, ofct_cmd_ct_replay },
    { "ct-bench", "[OPTIONS]",
      "measure the conntrack engine",
      0, 64, ofct_cmd_ct_bench },
    { "replay", "--flows FILE -i PORT=CAPTURE... [OPTIONS]",
      "run captures through a flow table",
      1, INT_MAX, ofct_cmd_replay },
    { "trace", "--flows FILE [OPTIONS] FLOW",
      "explain a packet's path, as ofproto/trace",
      1, INT_MAX, ofct_cmd_trace },
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

static void
usage(void)
{
    int width = 0;
    size_t i;

    for (i = 0; i < N_COMMANDS; i++) {
        int w = (int) (strlen(commands[i].name) + 1
                       + strlen(commands[i].args));
        width = w > width ? w : width;
    }

    printf("ofct: OpenFlow connection-tracking tool\n"
           "usage: ofct [OPTIONS] COMMAND [ARG...]\n"
           "\nCommands:\n");
    for (i = 0; i < N_COMMANDS; i++) {
        const struct ofct_command *c = &commands[i];
        int w = (int) (strlen(c->name) + 1 + strlen(c->args));

        printf("  %s %s%*s  %s\n", c->name, c->args, width - w, "",
               c->summary);
    }
    printf("\nVERSION is OpenFlow10, OpenFlow11, ... OpenFlow15.\n"
           "\nOptions:\n"
           "  -O, --protocols=VERSIONS OpenFlow version(s) to use\n"
           "  -F, --flow-format=FORMATS flow formats to allow (nxm, oxm, ...)\n"
           "  -m, --more               more verbose output (repeatable)\n"
           "  -h, --help               show this help and exit\n"
           "  -V, --version            show the version and exit\n"
           "\nSee ofct(8) for details.\n");
}

/* Parses the global options.  Returns -1 to go on with the subcommand at
 * argv[optind], or an exit status to stop with. */
static int
parse_options(int argc, char *argv[], struct ofct_cli *cli)
{
    static const struct option long_options[] = {
        { "protocols", required_argument, NULL, 'O' },
        { "flow-format", required_argument, NULL, 'F' },
        { "more", no_argument, NULL, 'm' },
        { "help", no_argument, NULL, 'h' },
        { "version", no_argument, NULL, 'V' },
        { NULL, 0, NULL, 0 },
    };
    int c;

    /* '+': options end at the subcommand.  ':': report a missing option
     * argument as ':' so that the messages are ours, not getopt's (which
     * would name the program after argv[0]). */
    opterr = 0;
    while ((c = getopt_long(argc, argv, "+:O:F:mhV", long_options,
                            NULL)) != -1) {
        switch (c) {
        case 'O':
            if (ofct_cli_parse_versions(optarg, cli)) {
                return OFCT_EXIT_USAGE;
            }
            cli->protocol_set = true;
            break;
        case 'F':
            cli->flow_format = optarg;
            break;
        case 'm':
            cli->verbosity++;
            break;
        case 'h':
            usage();
            return OFCT_EXIT_OK;
        case 'V':
            printf("ofct (%s) %s\n", PACKAGE_NAME, PACKAGE_VERSION);
            return OFCT_EXIT_OK;
        case ':':
            return ofct_cli_usage_error("option '%s' requires an argument",
                                        argv[optind - 1]);
        default:
            /* getopt sets 'optopt' for a short option only; a grouped one
             * such as "-mx" would otherwise be reported whole. */
            if (optopt) {
                return ofct_cli_usage_error("unknown option '-%c'; use "
                                            "--help for help", optopt);
            }
            return ofct_cli_usage_error("unknown option '%s'; use --help "
                                        "for help", argv[optind - 1]);
        }
    }
    return -1;
}

static const struct ofct_command *
find_command(const char *name)
{
    size_t i;

    for (i = 0; i < N_COMMANDS; i++) {
        if (!strcmp(commands[i].name, name)) {
            return &commands[i];
        }
    }
    return NULL;
}

static int
run_command(const struct ofct_cli *cli, int argc, char *argv[])
{
    const struct ofct_command *cmd = find_command(argv[0]);
    int n_args = argc - 1;

    if (!cmd) {
        return ofct_cli_usage_error("unknown command '%s'; use --help for "
                                    "help", argv[0]);
    }
    if (n_args >= 1 && (!strcmp(argv[1], "-h")
                        || !strcmp(argv[1], "--help"))) {
        printf("usage: ofct %s%s%s\n%s\n", cmd->name,
               *cmd->args ? " " : "", cmd->args, cmd->summary);
        return OFCT_EXIT_OK;
    }
    if (n_args < cmd->min_args || n_args > cmd->max_args) {
        return ofct_cli_usage_error("%s: wrong number of arguments "
                                    "(usage: ofct %s%s%s)", cmd->name,
                                    cmd->name, *cmd->args ? " " : "",
                                    cmd->args);
    }
    return cmd->run(cli, n_args, argv + 1);
}

int
main(int argc, char *argv[])
{
    struct ofct_cli cli = { .protocol_set = false };
    int status;

    status = parse_options(argc, argv, &cli);
    if (status < 0) {
        if (optind >= argc) {
            return ofct_cli_usage_error("missing command; use --help for "
                                        "help");
        }
        status = run_command(&cli, argc - optind, argv + optind);
    }

    /* Output to a full disk or a closed pipe must not pass as success. */
    if (fflush(stdout) || ferror(stdout)) {
        ofct_cli_error("error writing standard output");
        return OFCT_EXIT_FAILURE;
    }
    return status;
}
