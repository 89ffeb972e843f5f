/* libFuzzer target: `ofct ofp-print HEX VERBOSITY` on any message.  The
 * first byte picks the verbosity, 0 to 5; the rest is the message. */
#include <config.h>

#include "ofct/ofct.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct ofct_buf text = OFCT_BUF_INITIALIZER;
    int verbosity;

    if (size < 1) {
        return 0;
    }
    verbosity = data[0] % 6;
    ofct_ofp_print(data + 1, size - 1, verbosity, &text);
    FUZZ_CHECK(text.size && text.data[text.size - 1] == '\n',
               "output does not end with a newline");
    ofct_buf_uninit(&text);
    return 0;
}
