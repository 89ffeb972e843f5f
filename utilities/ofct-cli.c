/* Helpers shared by the ofct subcommands. */
#include <config.h>

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ofct-cli.h"

static void
verror(const char *fmt, va_list args)
{
    /* Flush stdout first so that, when both go to one terminal or file,
     * an error appears after the output that preceded it. */
    fflush(stdout);
    fputs("ofct: ", stderr);
    vfprintf(stderr, fmt, args);
    putc('\n', stderr);
}

void
ofct_cli_error(const char *fmt, ...)
{
    va_list args;

    va_start(args, fmt);
    verror(fmt, args);
    va_end(args);
}

int
ofct_cli_usage_error(const char *fmt, ...)
{
    va_list args;

    va_start(args, fmt);
    verror(fmt, args);
    va_end(args);
    return OFCT_EXIT_USAGE;
}

int
ofct_cli_parse_version(const char *s, enum ofct_ofp_version *v)
{
    if (ofct_ofp_version_from_string(s, v)) {
        return ofct_cli_usage_error("%s: not a valid OpenFlow version "
                                    "(use OpenFlow10 ... OpenFlow15)", s);
    }
    return OFCT_EXIT_OK;
}

int
ofct_cli_parse_versions(const char *s, struct ofct_cli *cli)
{
    char *copy = strdup(s);
    char *save = NULL;
    int status = OFCT_EXIT_OK;

    if (!copy) {
        ofct_cli_error("out of memory");
        return OFCT_EXIT_FAILURE;
    }
    cli->versions = 0;
    for (char *v = strtok_r(copy, ", ", &save); v;
         v = strtok_r(NULL, ", ", &save)) {
        enum ofct_ofp_version version;

        status = ofct_cli_parse_version(v, &version);
        if (status) {
            break;
        }
        if (!cli->versions) {
            cli->protocol = version;
        }
        cli->versions |= 1u << version;
    }
    if (!status && !cli->versions) {
        status = ofct_cli_usage_error("%s: no OpenFlow version given", s);
    }
    free(copy);
    return status;
}

/* Reads one physical line without its newline.  Returns false at end of
 * file when nothing was read. */
static bool
read_physical_line(FILE *stream, struct ofct_buf *line)
{
    int c;

    ofct_buf_clear(line);
    while ((c = getc(stream)) != EOF && c != '\n') {
        ofct_buf_putc(line, c);
    }
    return c != EOF || line->size > 0;
}

/* Drops a '#' comment and surrounding white space, in place. */
static void
strip_comment_and_space(struct ofct_buf *line)
{
    char *s = (char *) ofct_buf_cstr(line);
    char *hash = strchr(s, '#');
    size_t start = 0;
    size_t end;

    end = hash ? (size_t) (hash - s) : line->size;
    while (end > 0 && isspace((unsigned char) s[end - 1])) {
        end--;
    }
    while (start < end && isspace((unsigned char) s[start])) {
        start++;
    }
    memmove(s, s + start, end - start);
    ofct_buf_truncate(line, end - start);
}

bool
ofct_cli_read_line(FILE *stream, struct ofct_buf *line,
                   unsigned long *lineno)
{
    while (read_physical_line(stream, line)) {
        ++*lineno;
        strip_comment_and_space(line);
        if (line->size) {
            ofct_buf_cstr(line);
            return true;
        }
    }
    return false;
}
