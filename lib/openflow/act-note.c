/* note (NXAST_NOTE): opaque bytes carried along with a flow. */
#include <config.h>

#include <stddef.h>
#include <string.h>

#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"

#define NXAST_NOTE_SUBTYPE 8
#define NX_ACTION_NOTE_HDR 10

static int
hexit(int c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Appends a note record with its bytes right after the fixed part (the
 * flexible array), and returns the record. */
static struct ofpact_note *
put_note(struct ofct_buf *b, const uint8_t *data, size_t n)
{
    struct ofpact_note *note = ofpact_put_NOTE(b);
    size_t ofs = (uint8_t *) note - b->data;

    ofct_buf_truncate(b, ofs + offsetof(struct ofpact_note, data));
    ofct_buf_put(b, data, n);
    note = (struct ofpact_note *) (b->data + ofs);
    note->n = n;
    ofpact_finish(b, ofs);
    /* ofpact_finish() may move the buffer. */
    return (struct ofpact_note *) (b->data + ofs);
}

/* The most bytes an NXAST_NOTE can carry: its 16-bit length covers the
 * 10-byte header and the padding to a multiple of 8. */
#define NOTE_MAX (0xfff8 - NX_ACTION_NOTE_HDR)

/* Hex bytes, with any number of '.' between or around them, as OVS
 * reads them. */
int
parse_NOTE(char *arg, struct ofpact_parse_ctx *ctx, struct ofct_error *err)
{
    struct ofct_buf data = OFCT_BUF_INITIALIZER;

    for (;;) {
        int hi, lo;
        uint8_t byte;

        arg += strspn(arg, ".");
        if (!*arg) {
            break;
        }
        hi = hexit(arg[0]);
        lo = hi < 0 ? -1 : hexit(arg[1]);
        if (lo < 0) {
            ofct_buf_uninit(&data);
            return ofct_error_set(err, OFCT_OK, "bad hex digit in `note' "
                                  "argument");
        }
        if (data.size >= NOTE_MAX) {
            ofct_buf_uninit(&data);
            return ofct_error_set(err, OFCT_OK, "note is longer than %d "
                                  "bytes", NOTE_MAX);
        }
        byte = hi << 4 | lo;
        ofct_buf_put(&data, &byte, 1);
        arg += 2;
    }
    put_note(ctx->ofpacts, data.data, data.size);
    ofct_buf_uninit(&data);
    return 0;
}

void
format_NOTE(const struct ofpact *a, struct ofct_buf *out)
{
    const struct ofpact_note *note = ofpact_get_NOTE(a);

    ofct_buf_puts(out, "note:");
    for (size_t i = 0; i < note->n; i++) {
        ofct_buf_printf(out, i ? ".%02x" : "%02x", note->data[i]);
    }
}

int
encode_NOTE(const struct ofpact *a, enum ofct_ofp_version version,
            struct ofct_buf *out, struct ofct_error *err)
{
    const struct ofpact_note *note = ofpact_get_NOTE(a);
    size_t start = out->size;

    ofpact_put_nx_header(out, NXAST_NOTE_SUBTYPE, NX_ACTION_NOTE_HDR);
    ofct_buf_put(out, note->data, note->n);
    ofpact_pad_and_fix_len(out, start);
    return 0;
}

/* The padding is part of the note as far as OVS is concerned: it keeps all
 * the bytes after the header. */
int
decode_NXAST_NOTE(const uint8_t *a, size_t len, struct ofpact_decode_ctx *ctx,
                  struct ofct_error *err)
{
    struct ofpact_note *note = put_note(ctx->ofpacts, a + NX_ACTION_NOTE_HDR,
                                        len - NX_ACTION_NOTE_HDR);
    note->ofpact.raw = OFP_RAW_NXAST_NOTE;
    return 0;
}
