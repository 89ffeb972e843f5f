/* Capture files through libpcap: pcap and pcapng in, pcap out, and the
 * link-layer headers (Ethernet, Linux cooked v1 and v2, raw IP) in front
 * of the IP header. */
#include <config.h>

#include <errno.h>
#include <pcap/pcap.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/packet.h"
#include "packet/parse-private.h"
#include "util/xalloc.h"

struct ofct_pcap_reader {
    pcap_t *pcap;
    char *file_name;
    enum ofct_link_type link;
    unsigned long n_frames;     /* Frames read so far, for messages. */
};

struct ofct_pcap_writer {
    pcap_t *pcap;
    pcap_dumper_t *dumper;
    char *file_name;
};

static bool
link_type_supported(int dlt)
{
    switch (dlt) {
    case OFCT_LINK_ETHERNET:
    case OFCT_LINK_RAW:
    case OFCT_LINK_SLL:
    case OFCT_LINK_IPV4:
    case OFCT_LINK_IPV6:
    case OFCT_LINK_SLL2:
        return true;
    default:
        return false;
    }
}

/* libpcap calls LINKTYPE_RAW DLT_RAW, which is 12 or 14 on some systems;
 * map what pcap_datalink() says back to the file's link type. */
static int
normalize_dlt(int dlt)
{
#ifdef DLT_RAW
    if (dlt == DLT_RAW) {
        return OFCT_LINK_RAW;
    }
#endif
    return dlt;
}

struct ofct_pcap_reader *
ofct_pcap_open(const char *file_name, struct ofct_error *err)
{
    char errbuf[PCAP_ERRBUF_SIZE] = "";
    struct ofct_pcap_reader *r;
    pcap_t *pcap;
    int dlt;

    pcap = pcap_open_offline_with_tstamp_precision(
        file_name, PCAP_TSTAMP_PRECISION_NANO, errbuf);
    if (!pcap) {
        ofct_error_set(err, OFCT_OK, "%s: %s", file_name, errbuf);
        return NULL;
    }
    dlt = normalize_dlt(pcap_datalink(pcap));
    if (!link_type_supported(dlt)) {
        const char *name = pcap_datalink_val_to_name(dlt);

        ofct_error_set(err, OFCT_OK, "%s: link type %d (%s) is not "
                       "supported (Ethernet, Linux cooked v1/v2 and raw IP "
                       "are)", file_name, dlt, name ? name : "unknown");
        pcap_close(pcap);
        return NULL;
    }
    r = xzalloc(sizeof *r);
    r->pcap = pcap;
    r->file_name = xstrdup(file_name);
    r->link = dlt;
    return r;
}

int
ofct_pcap_read(struct ofct_pcap_reader *r, struct ofct_frame *frame,
               struct ofct_error *err)
{
    struct pcap_pkthdr *hdr;
    const u_char *data;
    int retval;

    retval = pcap_next_ex(r->pcap, &hdr, &data);
    if (retval == PCAP_ERROR_BREAK) {
        return 0;
    }
    if (retval != 1) {
        return ofct_error_set(err, OFCT_OK, "%s: after frame %lu: %s",
                              r->file_name, r->n_frames,
                              pcap_geterr(r->pcap));
    }
    r->n_frames++;
    /* A pcapng timestamp is 64 bits of units as small as the file says, so
     * its seconds need not fit in 64 bits of nanoseconds (about 292 years
     * either side of 1970): refused, rather than overflowed (found by
     * fuzzing, tests/fuzz). */
    if (hdr->ts.tv_sec > INT64_MAX / 1000000000 - 1
        || hdr->ts.tv_sec < INT64_MIN / 1000000000 + 1) {
        return ofct_error_set(err, OFCT_OK, "%s: frame %lu: timestamp %lld "
                              "s is out of range", r->file_name,
                              r->n_frames, (long long) hdr->ts.tv_sec);
    }
    frame->data = data;
    frame->caplen = hdr->caplen;
    frame->len = hdr->len;
    /* With nanosecond precision requested, tv_usec holds nanoseconds. */
    frame->ts_ns = (int64_t) hdr->ts.tv_sec * 1000000000 + hdr->ts.tv_usec;
    return 1;
}

enum ofct_link_type
ofct_pcap_link_type(const struct ofct_pcap_reader *r)
{
    return r->link;
}

void
ofct_pcap_close(struct ofct_pcap_reader *r)
{
    if (r) {
        pcap_close(r->pcap);
        free(r->file_name);
        free(r);
    }
}

/* Linux cooked headers: the protocol (an ethertype) is at offset 14 of a
 * 16-byte v1 header and at offset 0 of a 20-byte v2 header. */
static enum ofct_pkt_status
parse_cooked(const uint8_t *data, size_t size, size_t hlen, size_t proto_ofs,
             const struct ofct_parse_options *opts,
             struct ofct_flow_key *key, struct ofct_error *err)
{
    if (size < hlen) {
        memset(key, 0, sizeof *key);
        ofct_error_set(err, OFCT_OK, "Linux cooked header at offset 0: "
                       "truncated (%zu of %zu bytes)", size, hlen);
        return OFCT_PKT_TRUNCATED;
    }
    return flow_parse_ethertype(data, size, hlen, get16(data + proto_ofs),
                                opts, key, err);
}

enum ofct_pkt_status
ofct_frame_parse(enum ofct_link_type link, const void *data, size_t size,
                 const struct ofct_parse_options *opts,
                 struct ofct_flow_key *key, struct ofct_error *err)
{
    switch (link) {
    case OFCT_LINK_ETHERNET:
        return ofct_flow_parse(data, size, opts, key, err);
    case OFCT_LINK_SLL:
        return parse_cooked(data, size, 16, 14, opts, key, err);
    case OFCT_LINK_SLL2:
        return parse_cooked(data, size, 20, 0, opts, key, err);
    case OFCT_LINK_RAW:
    case OFCT_LINK_IPV4:
    case OFCT_LINK_IPV6:
    default:
        return ofct_flow_parse_l3(data, size, opts, key, err);
    }
}

struct ofct_pcap_writer *
ofct_pcap_create(const char *file_name, enum ofct_link_type link,
                 struct ofct_error *err)
{
    struct ofct_pcap_writer *w;
    pcap_t *pcap;
    pcap_dumper_t *dumper;

    pcap = pcap_open_dead_with_tstamp_precision(link, 262144,
                                                PCAP_TSTAMP_PRECISION_NANO);
    if (!pcap) {
        ofct_error_set(err, OFCT_OK, "%s: cannot create a capture of link "
                       "type %d", file_name, (int) link);
        return NULL;
    }
    dumper = pcap_dump_open(pcap, file_name);
    if (!dumper) {
        ofct_error_set(err, OFCT_OK, "%s: %s", file_name, pcap_geterr(pcap));
        pcap_close(pcap);
        return NULL;
    }
    w = xzalloc(sizeof *w);
    w->pcap = pcap;
    w->dumper = dumper;
    w->file_name = xstrdup(file_name);
    return w;
}

int
ofct_pcap_write(struct ofct_pcap_writer *w, const struct ofct_frame *frame,
                struct ofct_error *err)
{
    struct pcap_pkthdr hdr;

    if (frame->caplen > frame->len) {
        return ofct_error_set(err, OFCT_OK, "%s: frame of %u bytes captured "
                              "but %u on the wire", w->file_name,
                              frame->caplen, frame->len);
    }
    memset(&hdr, 0, sizeof hdr);
    hdr.ts.tv_sec = frame->ts_ns / 1000000000;
    hdr.ts.tv_usec = frame->ts_ns % 1000000000;
    hdr.caplen = frame->caplen;
    hdr.len = frame->len;
    pcap_dump((u_char *) w->dumper, &hdr, frame->data);
    return 0;
}

int
ofct_pcap_close_writer(struct ofct_pcap_writer *w, struct ofct_error *err)
{
    int retval = 0;

    if (!w) {
        return 0;
    }
    if (pcap_dump_flush(w->dumper) || ferror(pcap_dump_file(w->dumper))) {
        retval = ofct_error_set(err, OFCT_OK, "%s: write error: %s",
                                w->file_name, strerror(errno));
    }
    pcap_dump_close(w->dumper);
    pcap_close(w->pcap);
    free(w->file_name);
    free(w);
    return retval;
}
