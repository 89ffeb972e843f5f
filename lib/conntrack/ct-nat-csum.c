/* Checksums for NAT.  The fields that NAT changes on every packet
 * (addresses, ports, sequence numbers) are few and small, so their
 * checksums are updated incrementally: HC' = ~(~HC + ~m + m') for each
 * 16-bit word m that becomes m' (RFC 1624, equation 3, which, unlike
 * RFC 1141's, never yields -0 for a header that sums to 0).  A segment
 * whose length an ALG changed is summed again. */
#include <config.h>

#include <string.h>

#include "conntrack/ct-nat.h"
#include "packet/parse-private.h"

static void
put16(uint8_t *p, uint16_t v)
{
    p[0] = v >> 8;
    p[1] = v;
}

static uint32_t
fold(uint32_t acc)
{
    acc = (acc & 0xffff) + (acc >> 16);
    return (acc & 0xffff) + (acc >> 16);
}

void
ct_csum_update(uint8_t *csum, const void *old_, const void *new_, size_t n,
               bool udp)
{
    const uint8_t *old = old_, *new = new_;
    uint16_t hc = get16(csum);
    uint32_t acc;
    size_t i;

    if (udp && !hc) {
        return;                 /* No checksum. */
    }
    acc = (uint16_t) ~hc;
    /* 32 bits hold the sum of 65536 words: 'n' is at most a few dozen. */
    for (i = 0; i + 1 < n; i += 2) {
        acc += (uint16_t) ~get16(old + i);
        acc += get16(new + i);
    }
    hc = ~fold(acc) & 0xffff;
    put16(csum, udp && !hc ? 0xffff : hc);
}

/* The span of whole 16-bit words around 'n' bytes at 'ofs'. */
#define SPAN_MAX (CT_NAT_EDIT_TEXT + 2)

void
ct_csum_write(uint8_t *base, size_t len, size_t ofs, const void *new,
              size_t n, uint8_t *csum, bool udp)
{
    size_t start = ofs & ~(size_t) 1;
    size_t end = (ofs + n + 1) & ~(size_t) 1;
    uint8_t before[SPAN_MAX], after[SPAN_MAX];
    size_t i;

    if (!csum || end - start > SPAN_MAX) {
        memcpy(base + ofs, new, n);
        return;
    }
    /* A byte past 'len' is the same before and after: any value does. */
    for (i = start; i < end; i++) {
        before[i - start] = i < len ? base[i] : 0;
    }
    memcpy(base + ofs, new, n);
    for (i = start; i < end; i++) {
        after[i - start] = i < len ? base[i] : 0;
    }
    ct_csum_update(csum, before, after, end - start, udp);
}

/* The pseudo-header sum of 'ip' (RFC 793, RFC 8200 section 8.1). */
static uint32_t
pseudo_sum(const struct ct_nat_ip *ip)
{
    uint8_t tail[8] = { 0 };
    uint32_t sum;

    if (ip->family == 4) {
        sum = ofct_csum_add(0, ip->l3 + 12, 8);
        tail[1] = ip->proto;
        put16(tail + 2, ip->l4_len);
        return ofct_csum_add(sum, tail, 4);
    }
    sum = ofct_csum_add(0, ip->l3 + 8, 32);
    tail[0] = ip->l4_len >> 24;
    tail[1] = ip->l4_len >> 16;
    put16(tail + 2, ip->l4_len);
    tail[7] = ip->proto;
    return ofct_csum_add(sum, tail, 8);
}

void
ct_csum_l4_recompute(struct ct_nat_ip *ip)
{
    uint8_t *csum = ct_nat_ip_l4_csum(ip);
    uint32_t sum = 0;
    uint16_t c;

    if (!csum) {
        return;
    }
    if (ip->proto == IPPROTO_NUM_UDP && ip->family == 4 && !get16(csum)) {
        return;                 /* Sent without a checksum: keep it so. */
    }
    memset(csum, 0, 2);
    if (ip->proto != IPPROTO_NUM_ICMP) {
        sum = pseudo_sum(ip);
    }
    sum = ofct_csum_add(sum, ip->l4, ip->l4_len);
    c = ofct_csum_finish(sum);
    /* ofct_csum_finish() gives the bytes in memory order. */
    memcpy(csum, &c, 2);
    if (ip->proto == IPPROTO_NUM_UDP && !get16(csum)) {
        put16(csum, 0xffff);
    }
}
