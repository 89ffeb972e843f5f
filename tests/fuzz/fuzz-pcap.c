/* libFuzzer target: capture files, as `ofct ct-replay FILE` reads them:
 * the input is written to a temporary file, opened (pcap or pcapng,
 * through libpcap), and every frame read and parsed for the file's link
 * type. */
#include <config.h>

#include <unistd.h>

#include "ofct/ofct.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static char name[64];
    struct ofct_pcap_reader *r;
    struct ofct_error err;
    struct ofct_frame f;
    FILE *file;
    int n = 0;
    int ret;

    if (!name[0]) {
        const char *dir = getenv("TMPDIR");

        snprintf(name, sizeof name, "%s/ofct-fuzz-pcap.%ld",
                 dir && strlen(dir) < 32 ? dir : "/tmp", (long) getpid());
    }
    file = fopen(name, "wb");
    FUZZ_CHECK(file && fwrite(data, 1, size, file) == size && !fclose(file),
               "cannot write %s", name);

    ofct_error_clear(&err);
    r = ofct_pcap_open(name, &err);
    if (!r) {
        FUZZ_CHECK(err.msg[0], "open failed without a reason");
        goto out;
    }
    while ((ret = ofct_pcap_read(r, &f, &err)) == 1 && n++ < 10000) {
        struct ofct_parse_options popts = { .no_l4_csum = n & 1 };
        struct ofct_flow_key key;
        struct ofct_error perr;

        FUZZ_CHECK(f.caplen <= size, "frame of %u bytes from %zu",
                   f.caplen, size);
        ofct_frame_parse(ofct_pcap_link_type(r), f.data, f.caplen, &popts,
                         &key, &perr);
    }
    if (ret < 0) {
        FUZZ_CHECK(err.msg[0], "read failed without a reason");
    }
    ofct_pcap_close(r);
out:
    unlink(name);
    return 0;
}
