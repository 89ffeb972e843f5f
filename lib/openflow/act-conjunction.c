/* conjunction (NXAST_CONJUNCTION): one clause of a conjunctive match. */
#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"

#define NXAST_CONJUNCTION_SUBTYPE 34

static const char *
skip_spaces(const char *s)
{
    while (isspace((unsigned char) *s)) {
        s++;
    }
    return s;
}

/* Scans an unsigned number no larger than 'max' (base 0, as OVS's "%i"),
 * then any white space. */
static const char *
scan_number(const char *s, unsigned long max, unsigned long *v)
{
    char *end;

    s = skip_spaces(s);
    if (!isdigit((unsigned char) *s)) {
        return NULL;
    }
    errno = 0;
    *v = strtoul(s, &end, 0);
    if (errno || *v > max) {
        return NULL;
    }
    return skip_spaces(end);
}

/* "ID , K / N" with optional white space, as OVS's scanf pattern reads it;
 * unlike scanf, numbers do not wrap. */
static bool
scan_conjunction(const char *s, unsigned long *id, unsigned long *k,
                 unsigned long *n)
{
    s = scan_number(s, UINT32_MAX, id);
    if (!s || *s++ != ',') {
        return false;
    }
    s = scan_number(s, UINT8_MAX, k);
    if (!s || *s++ != '/') {
        return false;
    }
    s = scan_number(s, UINT8_MAX, n);
    return s && !*s;
}

int
parse_CONJUNCTION(char *arg, struct ofpact_parse_ctx *ctx,
                  struct ofct_error *err)
{
    unsigned long id, k, n;
    struct ofpact_conjunction *oc;

    if (!scan_conjunction(arg, &id, &k, &n)) {
        return ofct_error_set(err, OFCT_OK, "\"conjunction\" syntax is "
                              "\"conjunction(id,i/n)\"");
    }
    if (n < 2) {
        return ofct_error_set(err, OFCT_OK, "conjunction must have at least "
                              "2 clauses");
    } else if (n > 64) {
        return ofct_error_set(err, OFCT_OK, "conjunction must have at most "
                              "64 clauses");
    } else if (k < 1) {
        return ofct_error_set(err, OFCT_OK, "clause index must be "
                              "positive");
    } else if (k > n) {
        return ofct_error_set(err, OFCT_OK, "clause index must be less than "
                              "or equal to number of clauses");
    }
    oc = ofpact_put_CONJUNCTION(ctx->ofpacts);
    oc->id = id;
    oc->clause = k - 1;
    oc->n_clauses = n;
    return 0;
}

void
format_CONJUNCTION(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_conjunction *oc = ofpact_get_CONJUNCTION(a);

    ofct_buf_printf(out, "conjunction(%"PRIu32",%u/%u)", oc->id,
                    oc->clause + 1, oc->n_clauses);
}

int
encode_CONJUNCTION(const struct ofpact *a, enum ofct_ofp_version version,
                   struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_conjunction *oc = ofpact_get_CONJUNCTION(a);
    uint8_t *p = ofpact_put_nx_header(out, NXAST_CONJUNCTION_SUBTYPE, 16);

    p[10] = oc->clause;
    p[11] = oc->n_clauses;
    put_be32(p + 12, oc->id);
    return 0;
}

int
decode_NXAST_CONJUNCTION(const uint8_t *a, size_t len,
                         struct ofpact_decode_ctx *ctx,
                         struct ofct_error *err)
{
    struct ofpact_conjunction *oc;

    if (a[11] < 2 || a[11] > 64 || a[10] >= a[11]) {
        return ofct_error_set(err, NXBAC_BAD_CONJUNCTION, "conjunction "
                              "clause %u of %u is invalid", a[10], a[11]);
    }
    oc = ofpact_put_CONJUNCTION(ctx->ofpacts);
    oc->ofpact.raw = OFP_RAW_NXAST_CONJUNCTION;
    oc->clause = a[10];
    oc->n_clauses = a[11];
    oc->id = get_be32(a + 12);
    return 0;
}
