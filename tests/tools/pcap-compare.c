/* Compares the IP packets of two captures, frame by frame, for tests that
 * set ofct's translation beside a router's: every frame must parse with
 * its checksums right, and the two IP packets must be the same but for
 * what a router changes on the way (the TTL or hop limit, and with it the
 * IPv4 header checksum).  Link-layer headers are not compared.
 *
 * Usage: pcap-compare A.pcap B.pcap
 * Exit status 0 if they agree, 1 with the first difference on stdout, 2 on
 * bad usage or an unreadable file. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ofct/packet.h"

/* One frame's IP packet, with the bytes a router changes cleared. */
struct ip_packet {
    uint8_t data[65536];
    size_t len;
};

static int
read_ip(struct ofct_pcap_reader *r, const char *name, unsigned long n,
        struct ip_packet *ip)
{
    struct ofct_flow_key key;
    struct ofct_frame frame;
    struct ofct_error err;
    int retval = ofct_pcap_read(r, &frame, &err);

    if (retval <= 0) {
        if (retval < 0) {
            printf("%s: %s\n", name, err.msg);
        }
        return retval;
    }
    ofct_error_clear(&err);
    if (ofct_frame_parse(ofct_pcap_link_type(r), frame.data, frame.caplen,
                         NULL, &key, &err) != OFCT_PKT_OK) {
        printf("%s: frame %lu: %s\n", name, n, err.msg);
        return -1;
    }
    /* The IP packet, without any link-layer padding after it. */
    ip->len = frame.caplen - key.l3_ofs;
    if (key.l3_len < ip->len) {
        ip->len = key.l3_len;
    }
    if (ip->len > sizeof ip->data) {
        printf("%s: frame %lu: too long\n", name, n);
        return -1;
    }
    memcpy(ip->data, frame.data + key.l3_ofs, ip->len);
    if (key.dl_type == OFCT_ETH_TYPE_IPV6) {
        ip->data[7] = 0;
    } else {
        ip->data[8] = 0;
        memset(ip->data + 10, 0, 2);
    }
    return 1;
}

int
main(int argc, char *argv[])
{
    static struct ip_packet a, b;
    struct ofct_pcap_reader *ra, *rb;
    struct ofct_error err;
    unsigned long n;

    if (argc != 3) {
        fprintf(stderr, "usage: %s A.pcap B.pcap\n", argv[0]);
        return 2;
    }
    ra = ofct_pcap_open(argv[1], &err);
    rb = ra ? ofct_pcap_open(argv[2], &err) : NULL;
    if (!rb) {
        fprintf(stderr, "%s\n", err.msg);
        return 2;
    }
    for (n = 1; ; n++) {
        int x = read_ip(ra, argv[1], n, &a);
        int y = read_ip(rb, argv[2], n, &b);

        if (x < 0 || y < 0) {
            return 1;
        } else if (x != y) {
            printf("frame %lu: only in %s\n", n, x ? argv[1] : argv[2]);
            return 1;
        } else if (!x) {
            break;
        } else if (a.len != b.len || memcmp(a.data, b.data, a.len)) {
            size_t i = 0;

            while (i < a.len && i < b.len && a.data[i] == b.data[i]) {
                i++;
            }
            printf("frame %lu: IP packets differ at byte %zu (lengths %zu "
                   "and %zu)\n", n, i, a.len, b.len);
            return 1;
        }
    }
    ofct_pcap_close(ra);
    ofct_pcap_close(rb);
    return 0;
}
