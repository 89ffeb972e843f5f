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

void
ofct_cli_print_differences(const uint8_t *a, size_t a_len,
                           const uint8_t *b, size_t b_len)
{
    size_t i;

    for (i = 0; i < a_len && i < b_len; i++) {
        if (a[i] != b[i]) {
            printf("%2zu: %02x -> %02x\n", i, a[i], b[i]);
        }
    }
    for (i = a_len; i < b_len; i++) {
        printf("%2zu: (none) -> %02x\n", i, b[i]);
    }
    for (i = b_len; i < a_len; i++) {
        printf("%2zu: %02x -> (none)\n", i, a[i]);
    }
}

bool
ofct_cli_is_option(const char *arg, const char *name)
{
    size_t len = strlen(name);

    return !strncmp(arg, name, len) && (arg[len] == '\0' || arg[len] == '=');
}

const char *
ofct_cli_option_value(const char *name, int argc, char *argv[], int *i)
{
    const char *arg = argv[*i];
    size_t len = strlen(name);

    if (arg[len] == '=') {
        return arg + len + 1;
    }
    if (*i + 1 < argc) {
        return argv[++*i];
    }
    ofct_cli_error("option '%s' requires an argument", name);
    return NULL;
}
