/* ofct subcommands over the action codec: parse-actions,
 * parse-instructions, encode-actions, encode-instructions. */
#include <config.h>

#include <stdint.h>
#include <stdio.h>

#include "ofct-cli.h"

/* Actions and instructions go through the same steps with different codec
 * entry points; this says which. */
struct codec {
    const char *nature;         /* "actions" or "instructions". */
    int (*decode)(struct ofct_actions *, const void *, size_t,
                  enum ofct_ofp_version, struct ofct_error *);
    int (*encode)(const struct ofct_actions *, enum ofct_ofp_version,
                  struct ofct_buf *, struct ofct_error *);
};

static const struct codec actions_codec = {
    "actions", ofct_actions_decode, ofct_actions_encode,
};

static const struct codec instructions_codec = {
    "instructions", ofct_actions_decode_instructions,
    ofct_actions_encode_instructions,
};

/* Decodes the wire bytes 'in', prints them as text and prints how their
 * re-encoding differs from 'in'.  A decode error is part of the normal
 * output (as in ovs-ofctl); only a failed re-encoding, which would be a
 * codec bug, makes the command fail. */
static int
parse_one(const struct codec *codec, enum ofct_ofp_version version,
          const struct ofct_buf *in, unsigned long lineno,
          struct ofct_actions *acts)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct ofct_error err;
    int status = OFCT_EXIT_OK;

    ofct_error_clear(&err);
    if (codec->decode(acts, in->data, in->size, version, &err)) {
        printf("bad %s %s: %s\n\n", ofct_ofp_version_to_string(version),
               codec->nature, ofct_ofperr_name(err.code));
        if (err.msg[0]) {
            ofct_cli_error("line %lu: %s", lineno, err.msg);
        }
        return OFCT_EXIT_OK;
    }

    ofct_actions_format(acts, &text);
    printf("actions=%s\n", ofct_buf_cstr(&text));
    if (codec->encode(acts, version, &out, &err)) {
        ofct_cli_error("line %lu: cannot re-encode: %s", lineno, err.msg);
        status = OFCT_EXIT_FAILURE;
    } else {
        ofct_cli_print_differences(in->data, in->size, out.data, out.size);
    }
    putchar('\n');

    ofct_buf_uninit(&text);
    ofct_buf_uninit(&out);
    return status;
}

/* Reads hex lines from stdin and runs each through parse_one(). */
static int
parse_stdin(const struct codec *codec, const char *version_name)
{
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    struct ofct_buf in = OFCT_BUF_INITIALIZER;
    struct ofct_actions *acts;
    enum ofct_ofp_version version;
    unsigned long lineno = 0;
    int status;

    status = ofct_cli_parse_version(version_name, &version);
    if (status) {
        return status;
    }

    acts = ofct_actions_new();
    while (ofct_cli_read_line(stdin, &line, &lineno)) {
        struct ofct_error err;

        ofct_buf_clear(&in);
        if (ofct_hex_to_bytes(ofct_buf_cstr(&line), &in, &err)) {
            /* Like ovs-ofctl: input that is not hex at all stops the run,
             * since nothing after it can be trusted to line up. */
            ofct_cli_error("line %lu: %s", lineno, err.msg);
            status = OFCT_EXIT_FAILURE;
            break;
        }
        if (parse_one(codec, version, &in, lineno, acts)) {
            status = OFCT_EXIT_FAILURE;
        }
    }
    if (ferror(stdin)) {
        ofct_cli_error("error reading standard input");
        status = OFCT_EXIT_FAILURE;
    }

    ofct_actions_free(acts);
    ofct_buf_uninit(&line);
    ofct_buf_uninit(&in);
    return status;
}

int
ofct_cmd_parse_actions(const struct ofct_cli *cli, int argc, char *argv[])
{
    return parse_stdin(&actions_codec, argv[0]);
}

int
ofct_cmd_parse_instructions(const struct ofct_cli *cli, int argc,
                            char *argv[])
{
    return parse_stdin(&instructions_codec, argv[0]);
}

/* Parses action text and prints its wire form as one line of hex.  Returns
 * 0, or -1 with 'err' set. */
static int
encode_one(const struct codec *codec, enum ofct_ofp_version version,
           const char *text, struct ofct_actions *acts,
           struct ofct_error *err)
{
    struct ofct_buf wire = OFCT_BUF_INITIALIZER;
    struct ofct_buf hex = OFCT_BUF_INITIALIZER;
    int retval;

    retval = ofct_actions_parse(acts, text, err);
    if (!retval) {
        retval = codec->encode(acts, version, &wire, err);
    }
    if (!retval) {
        ofct_bytes_to_hex(wire.data, wire.size, &hex);
        puts(ofct_buf_cstr(&hex));
    }

    ofct_buf_uninit(&wire);
    ofct_buf_uninit(&hex);
    return retval;
}

/* encode-* over stdin: every bad line is reported and the rest still
 * encoded, so that one run shows every problem in a file. */
static int
encode_stdin(const struct codec *codec, enum ofct_ofp_version version,
             struct ofct_actions *acts)
{
    struct ofct_buf line = OFCT_BUF_INITIALIZER;
    unsigned long lineno = 0;
    int status = OFCT_EXIT_OK;

    while (ofct_cli_read_line(stdin, &line, &lineno)) {
        struct ofct_error err;

        ofct_error_clear(&err);
        if (encode_one(codec, version, ofct_buf_cstr(&line), acts, &err)) {
            ofct_cli_error("line %lu: %s", lineno, err.msg);
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

static int
encode_cmd(const struct codec *codec, int argc, char *argv[])
{
    struct ofct_actions *acts;
    enum ofct_ofp_version version;
    int status;

    status = ofct_cli_parse_version(argv[0], &version);
    if (status) {
        return status;
    }

    acts = ofct_actions_new();
    if (argc > 1) {
        struct ofct_error err;

        ofct_error_clear(&err);
        if (encode_one(codec, version, argv[1], acts, &err)) {
            ofct_cli_error("%s", err.msg);
            status = OFCT_EXIT_FAILURE;
        }
    } else {
        status = encode_stdin(codec, version, acts);
    }
    ofct_actions_free(acts);
    return status;
}

int
ofct_cmd_encode_actions(const struct ofct_cli *cli, int argc, char *argv[])
{
    return encode_cmd(&actions_codec, argc, argv);
}

int
ofct_cmd_encode_instructions(const struct ofct_cli *cli, int argc,
                             char *argv[])
{
    return encode_cmd(&instructions_codec, argc, argv);
}
