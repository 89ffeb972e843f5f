/* The syntax of Open vSwitch's first conntrack design, in which the FTP
 * firewall example was written:
 *
 *     in_port=2,tcp,conn_state=-trk,action=ct(recirc)
 *
 * "conn_state" became "ct_state", and "ct(recirc)", which recirculated to
 * the same table, became "ct(table=N)" with the flow's own table.  Both are
 * rewritten here, in the text, before the flow parser sees them; the flow
 * parser itself stays ovs-ofctl's. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "pipeline/pipeline-private.h"

static bool
is_separator(char c)
{
    return c == ',' || c == ' ' || c == '\t';
}

/* The length of the key of the "key=value" or "key:value" item at 's'. */
static size_t
key_len(const char *s, size_t n)
{
    size_t i = 0;

    while (i < n && s[i] != '=' && s[i] != ':' && !is_separator(s[i])) {
        i++;
    }
    return i;
}

/* Rewrites the match part, 'n' bytes at 's', into 'out' and finds the
 * flow's table.  A table that is not a number is left for the flow parser
 * to report. */
static void
rewrite_match(const char *s, size_t n, struct ofct_buf *out,
              unsigned long *table)
{
    size_t i = 0;

    while (i < n) {
        size_t start = i, klen;

        while (i < n && !is_separator(s[i])) {
            i++;
        }
        klen = key_len(s + start, i - start);
        if (klen == 10 && !memcmp(s + start, "conn_state", 10)) {
            ofct_buf_puts(out, "ct_state");
            ofct_buf_put(out, s + start + klen, i - start - klen);
        } else {
            if (klen == 5 && !memcmp(s + start, "table", 5)
                && i - start > 6) {
                *table = strtoul(s + start + 6, NULL, 0);
            }
            ofct_buf_put(out, s + start, i - start);
        }
        while (i < n && is_separator(s[i])) {
            ofct_buf_putc(out, s[i++]);
        }
    }
}

/* The end of the parenthesized text that starts after the '(' at 's',
 * i.e. the position of its matching ')', or NULL. */
static const char *
close_paren(const char *s)
{
    int depth = 1;

    for (; *s; s++) {
        if (*s == '(') {
            depth++;
        } else if (*s == ')' && !--depth) {
            return s;
        }
    }
    return NULL;
}

/* Rewrites the arguments of one ct(), 'n' bytes at 's'. */
static void
rewrite_ct_args(const char *s, size_t n, unsigned long table,
                struct ofct_buf *out)
{
    size_t i = 0;

    while (i < n) {
        size_t start = i;
        int depth = 0;

        while (i < n && (depth || s[i] != ',')) {
            depth += s[i] == '(' ? 1 : s[i] == ')' ? -1 : 0;
            i++;
        }
        if (i - start == 6 && !memcmp(s + start, "recirc", 6)) {
            ofct_buf_printf(out, "table=%lu", table);
        } else {
            ofct_buf_put(out, s + start, i - start);
        }
        if (i < n) {
            ofct_buf_putc(out, s[i++]);
        }
    }
}

/* Rewrites every top-level "ct(...)" of the action text 's'. */
static void
rewrite_actions(const char *s, unsigned long table, struct ofct_buf *out)
{
    const char *p = s;

    while (*p) {
        bool at_start = p == s || is_separator(p[-1]);
        const char *end;

        if (at_start && !strncmp(p, "ct(", 3) && (end = close_paren(p + 3))) {
            ofct_buf_puts(out, "ct(");
            rewrite_ct_args(p + 3, end - (p + 3), table, out);
            ofct_buf_putc(out, ')');
            p = end + 1;
        } else if (*p == '(' && (end = close_paren(p + 1))) {
            /* Nested text (exec(), note) is not a top-level action. */
            ofct_buf_put(out, p, end + 1 - p);
            p = end + 1;
        } else {
            ofct_buf_putc(out, *p++);
        }
    }
}

void
pipe_legacy_rewrite(const char *text, struct ofct_buf *out)
{
    const char *act = strstr(text, "action");
    size_t match_len = act ? (size_t) (act - text) : strlen(text);
    unsigned long table = 0;

    ofct_buf_clear(out);
    rewrite_match(text, match_len, out, &table);
    if (act) {
        const char *eq = strchr(act, '=');

        if (!eq) {
            ofct_buf_puts(out, act);
        } else {
            ofct_buf_put(out, act, eq + 1 - act);
            rewrite_actions(eq + 1, table, out);
        }
    }
    ofct_buf_cstr(out);
}
