/* Loading flows as "ovs-ofctl add-flow" and "add-flows" install them: the
 * text is parsed, encoded in the protocol ovs-ofctl would choose, and
 * decoded back as the switch decodes it.  The round trip is what makes a
 * flow print as a switch reports it ("set_field:0x1->ct_mark" sent over
 * OpenFlow 1.0 comes back as "load:0x1->NXM_NX_CT_MARK[]"). */
#include <config.h>

#include <inttypes.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "pipeline/pipeline-private.h"
#include "util/xalloc.h"

int
pipe_parse_flow(const char *text, struct ofct_flow_mod *fm,
                uint32_t *usable, struct ofct_error *err)
{
    struct ofct_buf modern = OFCT_BUF_INITIALIZER;
    int retval;

    /* Most flows use today's syntax: no copy for them. */
    if (!strstr(text, "conn_state") && !strstr(text, "recirc")) {
        return ofct_flow_mod_parse(fm, text, usable, err);
    }
    pipe_legacy_rewrite(text, &modern);
    retval = ofct_flow_mod_parse(fm, ofct_buf_cstr(&modern), usable, err);
    ofct_buf_uninit(&modern);
    return retval;
}

int
pipe_round_trip(struct ofct_flow_mod *fm, uint32_t protocol,
                struct ofct_error *err)
{
    struct ofct_buf msg = OFCT_BUF_INITIALIZER;
    struct ofct_flow_mod *back;
    struct ofct_error derr;
    int retval;

    if (ofct_flow_mod_encode(fm, protocol, 0, &msg, err)) {
        ofct_buf_uninit(&msg);
        return -1;
    }
    back = ofct_flow_mod_new();
    retval = flow_mod_decode(back, msg.data, msg.size, &derr);
    if (!retval) {
        struct ofct_flow_mod tmp = *fm;

        *fm = *back;
        *back = tmp;
    } else if (derr.code != OFPBRC_BAD_TYPE) {
        /* A flow that does not come back is a bug in one of the codecs;
         * OpenFlow 1.1 messages, which ofct does not decode, keep their
         * parsed form. */
        ofct_error_set(err, derr.code, "flow does not decode back: %s",
                       derr.msg);
    } else {
        retval = 0;
    }
    ofct_flow_mod_free(back);
    ofct_buf_uninit(&msg);
    return retval;
}

static int
choose(const struct ofct_pipeline *p, uint32_t usable, uint32_t *protocol,
       struct ofct_error *err)
{
    *protocol = ofct_protocol_choose(usable, p->protocols);
    if (!*protocol) {
        struct ofct_buf names = OFCT_BUF_INITIALIZER;

        ofct_protocols_format(usable, &names);
        ofct_error_set(err, OFCT_OK, "no usable protocol: the flows need "
                       "%s, which the allowed protocols do not include",
                       ofct_buf_cstr(&names));
        ofct_buf_uninit(&names);
        return -1;
    }
    return 0;
}

int
ofct_pipeline_add_flow(struct ofct_pipeline *p, const char *text,
                       struct ofct_error *err)
{
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    uint32_t usable, protocol;
    int retval;

    ofct_error_clear(err);
    retval = pipe_parse_flow(text, fm, &usable, err);
    if (!retval) {
        retval = choose(p, usable, &protocol, err);
    }
    if (!retval) {
        retval = pipe_round_trip(fm, protocol, err);
    }
    if (!retval) {
        retval = pipe_add_flow_mod(p, fm, p->n_rules + 1, err);
    }
    ofct_flow_mod_free(fm);
    return retval;
}

/* The meaningful lines of a flow file, NUL-terminated one after the other,
 * each followed by its line number. */
struct flow_lines {
    struct ofct_buf buf;
    size_t n;
};

static void
lines_add(struct flow_lines *lines, const char *s, size_t len,
          unsigned long lineno)
{
    ofct_buf_put(&lines->buf, s, len);
    ofct_buf_putc(&lines->buf, '\0');
    ofct_buf_put(&lines->buf, &lineno, sizeof lineno);
    lines->n++;
}

/* Reads 'stream' into 'lines', without comments ('#' to the end of a line)
 * and surrounding white space. */
static void
read_lines(FILE *stream, struct flow_lines *lines)
{
    unsigned long lineno = 0;
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;

    while ((n = getline(&line, &cap, stream)) >= 0) {
        char *s = line, *hash = memchr(line, '#', n);
        size_t len = hash ? (size_t) (hash - line) : (size_t) n;

        lineno++;
        while (len && isspace((unsigned char) s[len - 1])) {
            len--;
        }
        while (len && isspace((unsigned char) *s)) {
            s++;
            len--;
        }
        if (len) {
            lines_add(lines, s, len, lineno);
        }
    }
    free(line);
}

/* Iterates over 'lines': '*ofs' starts at 0. */
static bool
lines_next(const struct flow_lines *lines, size_t *ofs, const char **text,
           unsigned long *lineno)
{
    size_t n;

    if (*ofs >= lines->buf.size) {
        return false;
    }
    *text = (const char *) lines->buf.data + *ofs;
    n = strlen(*text);
    memcpy(lineno, *text + n + 1, sizeof *lineno);
    *ofs += n + 1 + sizeof *lineno;
    return true;
}

static int
at_line(struct ofct_error *err, const char *file_name, unsigned long lineno)
{
    char msg[OFCT_ERROR_MSG_MAX];

    memcpy(msg, err->msg, sizeof msg);
    return ofct_error_set(err, err->code, "%s:%lu: %s", file_name, lineno,
                          msg);
}

/* First pass: every flow parses and can run; their common protocol. */
static int
check_lines(const struct ofct_pipeline *p, const struct flow_lines *lines,
            const char *file_name, uint32_t *protocol,
            struct ofct_error *err)
{
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    uint32_t usable = OFCT_P_ANY, flow_usable;
    unsigned long lineno;
    const char *text;
    size_t ofs = 0;
    int retval = 0;

    while (!retval && lines_next(lines, &ofs, &text, &lineno)) {
        retval = pipe_parse_flow(text, fm, &flow_usable, err);
        if (!retval) {
            retval = pipe_check_flow_mod(fm, err);
        }
        if (retval) {
            retval = at_line(err, file_name, lineno);
        }
        usable &= flow_usable;
    }
    ofct_flow_mod_free(fm);
    if (!retval && p->n_rules + lines->n > p->max_flows) {
        retval = ofct_error_set(err, OFCT_OK, "%s: %zu flows: more than "
                                "the pipeline's limit of %"PRIu32,
                                file_name, p->n_rules + lines->n,
                                p->max_flows);
    }
    return retval ? -1 : choose(p, usable, protocol, err);
}

static int
add_lines(struct ofct_pipeline *p, const struct flow_lines *lines,
          const char *file_name, uint32_t protocol, struct ofct_error *err)
{
    struct ofct_flow_mod *fm = ofct_flow_mod_new();
    uint32_t usable;
    unsigned long lineno;
    const char *text;
    size_t ofs = 0;
    int retval = 0;

    while (!retval && lines_next(lines, &ofs, &text, &lineno)) {
        retval = pipe_parse_flow(text, fm, &usable, err);
        if (!retval) {
            retval = pipe_round_trip(fm, protocol, err);
        }
        if (!retval) {
            retval = pipe_add_flow_mod(p, fm, lineno, err);
        }
        if (retval) {
            retval = at_line(err, file_name, lineno);
        }
    }
    ofct_flow_mod_free(fm);
    return retval;
}

int
ofct_pipeline_add_flow_file(struct ofct_pipeline *p, const char *file_name,
                            struct ofct_error *err)
{
    struct flow_lines lines = { OFCT_BUF_INITIALIZER, 0 };
    bool is_stdin = !strcmp(file_name, "-");
    FILE *stream = is_stdin ? stdin : fopen(file_name, "r");
    uint32_t protocol = 0;
    int retval;

    ofct_error_clear(err);
    if (!stream) {
        return ofct_error_set(err, OFCT_OK, "%s: %s", file_name,
                              strerror(errno));
    }
    read_lines(stream, &lines);
    if (ferror(stream)) {
        retval = ofct_error_set(err, OFCT_OK, "%s: read error", file_name);
    } else {
        retval = check_lines(p, &lines, file_name, &protocol, err);
    }
    if (!is_stdin) {
        fclose(stream);
    }
    if (!retval) {
        retval = add_lines(p, &lines, file_name, protocol, err);
    }
    ofct_buf_uninit(&lines.buf);
    return retval;
}
