/* Shared pieces of the ofct command-line tool: the subcommand table entry,
 * global options, exit statuses and small I/O helpers.  Protocol logic
 * belongs in the library, not here. */
#ifndef OFCT_UTILITIES_OFCT_CLI_H
#define OFCT_UTILITIES_OFCT_CLI_H 1

#include <stdbool.h>
#include <stdio.h>

#include "ofct/ofct.h"

/* Exit statuses, as documented in ofct(8). */
enum {
    OFCT_EXIT_OK = 0,           /* Success. */
    OFCT_EXIT_FAILURE = 1,      /* Bad input or a failed operation. */
    OFCT_EXIT_USAGE = 2,        /* Bad command line. */
};

/* Global options, given before the subcommand. */
struct ofct_cli {
    bool protocol_set;                  /* -O given? */
    enum ofct_ofp_version protocol;     /* -O value, if 'protocol_set'; the
                                         * first one if -O lists several. */
    uint32_t versions;                  /* -O as a bitmap of
                                         * 1 << enum ofct_ofp_version. */
    const char *flow_format;            /* -F value, or NULL. */
    int verbosity;                      /* Number of -m. */
};

/* One subcommand.  'run' gets the arguments after the subcommand name
 * (argv[0] is the first of them) and returns an exit status. */
struct ofct_command {
    const char *name;
    const char *args;           /* Argument synopsis, e.g. "VERSION". */
    const char *summary;        /* One line for --help. */
    int min_args;
    int max_args;
    int (*run)(const struct ofct_cli *, int argc, char *argv[]);
};

/* Prints "ofct: <message>" and a newline on stderr. */
void ofct_cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same, and returns OFCT_EXIT_USAGE. */
int ofct_cli_usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* Parses an OpenFlow version argument such as "OpenFlow13".  Returns
 * OFCT_EXIT_OK, or reports the error and returns OFCT_EXIT_USAGE. */
int ofct_cli_parse_version(const char *s, enum ofct_ofp_version *v);
/* Parses -O's argument, one version or a comma-separated list, into
 * cli->versions and cli->protocol.  Returns OFCT_EXIT_OK, or reports the
 * error and returns OFCT_EXIT_USAGE. */
int ofct_cli_parse_versions(const char *s, struct ofct_cli *cli);

/* Reads the next meaningful line of 'stream' into 'line' (replacing its
 * contents): a '#' and what follows it are a comment, surrounding white
 * space is dropped, and lines left empty are skipped.  '*lineno' counts
 * every physical line read, so that errors can name the line.  Returns
 * true if it read a line, false at end of file or on a read error (check
 * ferror()). */
bool ofct_cli_read_line(FILE *stream, struct ofct_buf *line,
                        unsigned long *lineno);

/* Prints how 'b' differs from 'a', byte by byte, in the format of
 * ovs-ofctl's parse-actions ("%2zu: %02x -> %02x"), so that outputs can be
 * compared directly. */
void ofct_cli_print_differences(const uint8_t *a, size_t a_len,
                                const uint8_t *b, size_t b_len);

/* Whether 'arg' is the long option 'name' ("--name" or "--name=VALUE"),
 * for subcommands whose arguments mix options and operands freely. */
bool ofct_cli_is_option(const char *arg, const char *name);

/* The value of option 'name' (argv[*i]), from "--name=VALUE" or from the
 * next argument (advancing '*i'); NULL after reporting if there is
 * none. */
const char *ofct_cli_option_value(const char *name, int argc, char *argv[],
                                  int *i);

/* Subcommands (ofct-actions.c). */
int ofct_cmd_parse_actions(const struct ofct_cli *, int argc, char *argv[]);
int ofct_cmd_parse_instructions(const struct ofct_cli *, int argc,
                                char *argv[]);
int ofct_cmd_encode_actions(const struct ofct_cli *, int argc, char *argv[]);
int ofct_cmd_encode_instructions(const struct ofct_cli *, int argc,
                                 char *argv[]);

/* Subcommands (ofct-datapath.c). */
int ofct_cmd_parse_odp_actions(const struct ofct_cli *, int argc,
                               char *argv[]);
int ofct_cmd_decode_odp_actions(const struct ofct_cli *, int argc,
                                char *argv[]);
int ofct_cmd_translate(const struct ofct_cli *, int argc, char *argv[]);

/* Subcommands (ofct-conntrack.c). */
int ofct_cmd_ct_replay(const struct ofct_cli *, int argc, char *argv[]);
int ofct_cmd_ct_bench(const struct ofct_cli *, int argc, char *argv[]);

/* Subcommands (ofct-flows.c). */
int ofct_cmd_parse_flow(const struct ofct_cli *, int argc, char *argv[]);
int ofct_cmd_parse_flows(const struct ofct_cli *, int argc, char *argv[]);
int ofct_cmd_ofp_print(const struct ofct_cli *, int argc, char *argv[]);

/* Subcommands (ofct-pipeline.c). */
int ofct_cmd_replay(const struct ofct_cli *, int argc, char *argv[]);
int ofct_cmd_trace(const struct ofct_cli *, int argc, char *argv[]);

#endif
