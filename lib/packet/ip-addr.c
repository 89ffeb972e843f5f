/* IP addresses in text. */
#include <config.h>

#include <arpa/inet.h>
#include <string.h>

#include "ofct/packet.h"

void
ofct_ip_addr_format(const struct ofct_ip_addr *addr, int family,
                    struct ofct_buf *out)
{
    char s[INET6_ADDRSTRLEN];

    if (!inet_ntop(family == 6 ? AF_INET6 : AF_INET, addr->b, s, sizeof s)) {
        strcpy(s, "?");
    }
    ofct_buf_puts(out, s);
}

int
ofct_ip_addr_parse(const char *s, struct ofct_ip_addr *addr)
{
    memset(addr, 0, sizeof *addr);
    if (inet_pton(AF_INET, s, addr->b) == 1) {
        return 4;
    }
    if (inet_pton(AF_INET6, s, addr->b) == 1) {
        return 6;
    }
    return 0;
}
