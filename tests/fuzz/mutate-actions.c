/* mutate-actions: a deterministic generator of mutated OpenFlow action
 * lists, for the differential test tests/cli/diff-fuzz.sh (ofct against
 * ovs-ofctl).
 *
 * Usage: mutate-actions [-s SEED] [-n COUNT] < SEEDS > LISTS
 *
 * SEEDS has a line "VERSIONS HEX" per action list, VERSIONS being one or
 * more of OpenFlow10 .. OpenFlow15 separated by commas: the versions the
 * list is meant for (blank lines and '#' lines are skipped).  LISTS gets
 * every seed in each of its versions, then COUNT (default 3000) distinct
 * mutants, as "VERSION HEX" lines, all made from SEED (default 1) by a
 * fixed pseudo-random sequence, so that the same input always gives the
 * same output.
 *
 * A mutant is a seed with one to three mutations: bit flips, bytes set to
 * edge values, an action's length field changed (also inside a ct action,
 * so that nested lengths lie), truncation, extension, a vendor action's
 * subtype or vendor changed, the fields of ct (flags, zone, table, alg,
 * padding) and nat (flags, range_present, padding) randomized, the fields
 * of reg_load / reg_move / set_field randomized, actions deleted,
 * duplicated, concatenated from another seed, or moved inside a ct.  A
 * mutant is meant for one of its seed's versions, or one time in five for
 * any version.
 *
 * It knows just enough of the formats to aim at fields; it does not use
 * libofct. */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_LEN 2048            /* Longest action list made, in bytes. */
#define NX_VENDOR 0x00002320

enum {
    NXAST_RESUBMIT = 1, NXAST_REG_MOVE = 6, NXAST_REG_LOAD = 7,
    NXAST_NOTE = 8, NXAST_RESUBMIT_TABLE = 14, NXAST_CONTROLLER = 20,
    NXAST_REG_LOAD2 = 33, NXAST_CT = 35, NXAST_NAT = 36,
    NXAST_CT_CLEAR = 43, NXAST_RESUBMIT_TABLE_CT = 44,
};

static const char *const version_names[] = {
    "OpenFlow10", "OpenFlow11", "OpenFlow12",
    "OpenFlow13", "OpenFlow14", "OpenFlow15",
};
#define N_VERSIONS (sizeof version_names / sizeof version_names[0])

struct list {
    unsigned versions;          /* Bit i set: version_names[i]. */
    size_t len;
    uint8_t *bytes;
};

/* ---- pseudo-random numbers (splitmix64) ------------------------------ */

static uint64_t rng_state;

static uint64_t
rng_next(void)
{
    uint64_t z = (rng_state += UINT64_C(0x9e3779b97f4a7c15));
    z = (z ^ (z >> 30)) * UINT64_C(0xbf58476d1ce4e5b9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94d049bb133111eb);
    return z ^ (z >> 31);
}

/* A number in [0, n). */
static uint32_t
rnd(uint32_t n)
{
    return n ? (uint32_t) (rng_next() % n) : 0;
}

static bool
one_in(uint32_t n)
{
    return rnd(n) == 0;
}

static uint32_t
pick(const uint32_t *values, size_t n)
{
    return values[rnd((uint32_t) n)];
}
#define PICK(ARRAY) pick(ARRAY, sizeof ARRAY / sizeof ARRAY[0])

/* ---- byte helpers ---------------------------------------------------- */

static unsigned
get16(const uint8_t *p)
{
    return (unsigned) p[0] << 8 | p[1];
}

static uint32_t
get32(const uint8_t *p)
{
    return (uint32_t) get16(p) << 16 | get16(p + 2);
}

static void
put16(uint8_t *p, unsigned v)
{
    p[0] = (uint8_t) (v >> 8);
    p[1] = (uint8_t) v;
}

static void
put32(uint8_t *p, uint32_t v)
{
    put16(p, v >> 16);
    put16(p + 2, v & 0xffff);
}

/* ---- the working buffer ---------------------------------------------- */

static uint8_t buf[MAX_LEN];
static size_t buf_len;

/* Where the actions are in buf, as far as well-formed lengths go. */
struct action {
    size_t ofs, len;
    int depth;                  /* 0 at top level, 1 inside a ct. */
};
static struct action actions[MAX_LEN / 8];
static size_t n_actions;

static bool
is_nx(size_t ofs, size_t len)
{
    return len >= 10 && get16(buf + ofs) == 0xffff
           && get32(buf + ofs + 4) == NX_VENDOR;
}

static unsigned
nx_subtype(size_t ofs)
{
    return get16(buf + ofs + 8);
}

static void
scan_range(size_t ofs, size_t end, int depth)
{
    while (ofs + 8 <= end && n_actions < sizeof actions / sizeof *actions) {
        size_t len = get16(buf + ofs + 2);
        if (len < 8 || len % 8 || ofs + len > end) {
            return;
        }
        actions[n_actions].ofs = ofs;
        actions[n_actions].len = len;
        actions[n_actions].depth = depth;
        n_actions++;
        if (depth == 0 && len > 24 && is_nx(ofs, len)
            && nx_subtype(ofs) == NXAST_CT) {
            scan_range(ofs + 24, ofs + len, 1);
        }
        ofs += len;
    }
}

static void
scan(void)
{
    n_actions = 0;
    scan_range(0, buf_len, 0);
}

/* A random action, or NULL when there is none.  With SUBTYPE >= 0, a
 * random NX action of that subtype. */
static const struct action *
random_action(int subtype)
{
    const struct action *found[sizeof actions / sizeof *actions];
    size_t n = 0;

    for (size_t i = 0; i < n_actions; i++) {
        const struct action *a = &actions[i];
        if (subtype < 0
            || (is_nx(a->ofs, a->len) && nx_subtype(a->ofs) == (unsigned) subtype)) {
            found[n++] = a;
        }
    }
    return n ? found[rnd((uint32_t) n)] : NULL;
}

static bool
insert_bytes(size_t ofs, const uint8_t *p, size_t n)
{
    if (buf_len + n > MAX_LEN || ofs > buf_len) {
        return false;
    }
    memmove(buf + ofs + n, buf + ofs, buf_len - ofs);
    memcpy(buf + ofs, p, n);
    buf_len += n;
    return true;
}

static void
delete_bytes(size_t ofs, size_t n)
{
    memmove(buf + ofs, buf + ofs + n, buf_len - ofs - n);
    buf_len -= n;
}

/* The ct action holding the nested action at OFS, if any. */
static const struct action *
parent_ct(size_t ofs)
{
    for (size_t i = 0; i < n_actions; i++) {
        const struct action *a = &actions[i];
        if (a->depth == 0 && a->ofs < ofs && ofs < a->ofs + a->len) {
            return a;
        }
    }
    return NULL;
}

/* ---- mutations --------------------------------------------------------
 * Each returns true when it changed something. */

static const uint32_t edge_bytes[] = {
    0x00, 0x01, 0x02, 0x03, 0x07, 0x08, 0x0f, 0x10, 0x18, 0x1f, 0x20,
    0x3f, 0x40, 0x7f, 0x80, 0xfe, 0xff,
};

static bool
mut_bit_flip(void)
{
    if (!buf_len) {
        return false;
    }
    for (uint32_t n = 1 + rnd(3); n--; ) {
        buf[rnd((uint32_t) buf_len)] ^= (uint8_t) (1u << rnd(8));
    }
    return true;
}

static bool
mut_byte_set(void)
{
    if (!buf_len) {
        return false;
    }
    for (uint32_t n = 1 + rnd(2); n--; ) {
        buf[rnd((uint32_t) buf_len)] = (uint8_t) (one_in(4) ? rnd(256)
                                                  : PICK(edge_bytes));
    }
    return true;
}

static bool
mut_length(void)
{
    const struct action *a = random_action(-1);
    if (!a) {
        return false;
    }
    uint32_t len = (uint32_t) a->len;
    const uint32_t choices[] = {
        0, 4, 8, 16, len - 8, len + 8, len + 16, len - 1, len + 1, len + 4,
        0xfff8, 0xffff, (uint32_t) (buf_len - a->ofs),
        (uint32_t) (buf_len - a->ofs + 8), rnd(0x10000), rnd(64) * 8,
    };
    uint32_t v = PICK(choices) & 0xffff;
    if (v == len) {
        v = len + 8;
    }
    put16(buf + a->ofs + 2, v);
    return true;
}

static bool
mut_truncate(void)
{
    if (buf_len <= 1) {
        return false;
    }
    size_t cut;
    if (one_in(2) && buf_len > 8) {
        cut = 8 * (1 + rnd((uint32_t) (buf_len - 1) / 8));
    } else {
        cut = 1 + rnd((uint32_t) buf_len - 1);
    }
    buf_len = cut;
    return true;
}

static bool
mut_extend(void)
{
    uint8_t extra[16];
    size_t n = one_in(2) ? 8 : 1 + rnd(16);
    bool zero = one_in(2);

    for (size_t i = 0; i < n; i++) {
        extra[i] = zero ? 0 : (uint8_t) rnd(256);
    }
    return insert_bytes(buf_len, extra, n);
}

static bool
mut_subtype(void)
{
    static const uint32_t subtypes[] = {
        NXAST_RESUBMIT, NXAST_REG_MOVE, NXAST_REG_LOAD, NXAST_NOTE,
        NXAST_RESUBMIT_TABLE, NXAST_CONTROLLER, NXAST_REG_LOAD2, NXAST_CT,
        NXAST_NAT, NXAST_CT_CLEAR, NXAST_RESUBMIT_TABLE_CT, 0, 2, 3, 4, 5,
        9, 10, 11, 12, 13, 15, 16, 17, 18, 19, 21, 22, 23, 24, 25, 26, 27,
        28, 29, 30, 31, 32, 34, 37, 38, 39, 40, 41, 42, 45, 46, 47, 48,
        0xff, 0xffff,
    };
    const struct action *a;

    for (int tries = 0; tries < 4; tries++) {
        a = random_action(-1);
        if (a && is_nx(a->ofs, a->len)) {
            put16(buf + a->ofs + 8, PICK(subtypes));
            return true;
        }
    }
    return false;
}

static bool
mut_vendor_or_type(void)
{
    static const uint32_t vendors[] = {
        0x00000000, 0x00002321, 0x4f4e4600, 0x00002320 ^ 0x01000000,
        0xffffffff,
    };
    static const uint32_t types[] = {
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18,
        19, 21, 22, 23, 24, 25, 26, 27, 28, 29, 0x1e, 0x1f, 0x20, 0x7fff,
        0xfffe, 0xffff,
    };
    const struct action *a = random_action(-1);

    if (!a) {
        return false;
    }
    if (a->len >= 8 && get16(buf + a->ofs) == 0xffff && one_in(2)) {
        put32(buf + a->ofs + 4, PICK(vendors));
    } else {
        put16(buf + a->ofs, PICK(types));
    }
    return true;
}

/* Known NXM/OXM headers and some that are not. */
static const uint32_t headers[] = {
    0x00000000, 0x00000002,                     /* in_port */
    0x00010004, 0x00010204, 0x00011e04,         /* reg0, reg1, reg15 */
    0x00012004,                                 /* reg16 (none) */
    0x00013804,                                 /* tun_... / unknown */
    0x0001d404, 0x0001d602, 0x0001d504, 0x0001d604, /* ct_state/zone/mark */
    0x0001d810, 0x0001d910,                     /* ct_label, masked */
    0x00000806, 0x00000406, 0x00000206,         /* eth fields */
    0x00000e04, 0x00001004, 0x00001202,         /* ip src/dst, tcp src */
    0x80000004, 0x80000408, 0x80000806,         /* OXM in_port, metadata */
    0x80010008, 0x80010e08,                     /* xreg0, xreg7 */
    0x00014010, 0x00014610,                     /* xxreg0, xxreg3 */
    0x80000c02, 0x80001604, 0x80001a02,         /* vlan_vid, ip_src, tcp */
    0xffff0108, 0x7fff0004, 0xffffffff,
};

static bool
mut_ct(void)
{
    const struct action *a = random_action(NXAST_CT);
    uint8_t *p;

    if (!a || a->len < 24) {
        return false;
    }
    p = buf + a->ofs;
    switch (rnd(7)) {
    case 0: {                   /* flags */
        static const uint32_t flags[] = {
            0, 1, 2, 3, 4, 5, 7, 0x8, 0x10, 0x80, 0x8000, 0xffff,
        };
        put16(p + 10, one_in(4) ? rnd(0x10000) : PICK(flags));
        break;
    }
    case 1:                     /* zone_src */
        put32(p + 12, PICK(headers));
        break;
    case 2: {                   /* zone (immediate or ofs_nbits) */
        static const uint32_t zones[] = {
            0, 1, 7, 15, 0x000f, 0x001f, 0x040f, 0x03cf, 0x0010, 0x0407,
            0x07cf, 0x0fcf, 0x1fcf, 0xffff, 0x800f,
        };
        put16(p + 16, one_in(4) ? rnd(0x10000) : PICK(zones));
        break;
    }
    case 3: {                   /* recirc_table */
        static const uint32_t tables[] = { 0, 1, 0xfe, 0xff, 0x80 };
        p[18] = (uint8_t) PICK(tables);
        break;
    }
    case 4:                     /* pad */
        p[19 + rnd(3)] = (uint8_t) (1 + rnd(255));
        break;
    case 5: {                   /* alg */
        static const uint32_t algs[] = { 0, 21, 69, 1, 20, 22, 0xffff };
        put16(p + 22, one_in(4) ? rnd(0x10000) : PICK(algs));
        break;
    }
    default:                    /* zone_src and zone together */
        put32(p + 12, one_in(2) ? 0 : PICK(headers));
        put16(p + 16, rnd(0x10000));
        break;
    }
    return true;
}

static bool
mut_nat(void)
{
    const struct action *a = random_action(NXAST_NAT);
    uint8_t *p;

    if (!a || a->len < 16) {
        return false;
    }
    p = buf + a->ofs;
    switch (rnd(4)) {
    case 0: {                   /* flags */
        static const uint32_t flags[] = {
            0, 1, 2, 3, 4, 5, 8, 9, 0x10, 0x11, 0x19, 0x21, 0x18, 0x31,
            0x40, 0x41, 0x80, 0xffff,
        };
        put16(p + 12, one_in(4) ? rnd(0x10000) : PICK(flags));
        break;
    }
    case 1: {                   /* range_present */
        static const uint32_t present[] = {
            0, 1, 2, 3, 4, 8, 0xc, 0x10, 0x20, 0x30, 0x31, 0x33, 0x3c,
            0x3f, 0x40, 0x7f, 0xffff,
        };
        put16(p + 14, one_in(4) ? rnd(0x10000) : PICK(present));
        break;
    }
    case 2:                     /* pad */
        p[10 + rnd(2)] = (uint8_t) (1 + rnd(255));
        break;
    default:                    /* both */
        put16(p + 12, rnd(0x80));
        put16(p + 14, rnd(0x40));
        break;
    }
    return true;
}

static bool
mut_field_action(void)
{
    for (int tries = 0; tries < 6; tries++) {
        const struct action *a = random_action(-1);
        uint8_t *p;

        if (!a) {
            return false;
        }
        p = buf + a->ofs;
        if (is_nx(a->ofs, a->len) && nx_subtype(a->ofs) == NXAST_REG_LOAD
            && a->len >= 24) {
            if (one_in(2)) {
                put16(p + 10, rnd(0x10000));            /* ofs_nbits */
            } else {
                put32(p + 12, PICK(headers));           /* dst */
            }
            return true;
        } else if (is_nx(a->ofs, a->len)
                   && nx_subtype(a->ofs) == NXAST_REG_MOVE && a->len >= 24) {
            switch (rnd(4)) {
            case 0: put16(p + 10, rnd(0x100)); break;   /* n_bits */
            case 1: put16(p + 12 + 2 * rnd(2), rnd(0x80)); break;
            default: put32(p + 16 + 4 * rnd(2), PICK(headers)); break;
            }
            return true;
        } else if (get16(p) == 25 && a->len >= 8) {     /* OFPAT_SET_FIELD */
            if (one_in(2)) {
                put32(p + 4, PICK(headers));
            } else {
                p[7] = (uint8_t) (p[7] ^ (1u << rnd(8)));  /* oxm length */
            }
            return true;
        } else if (is_nx(a->ofs, a->len)
                   && nx_subtype(a->ofs) == NXAST_REG_LOAD2 && a->len >= 16) {
            if (one_in(2)) {
                put32(p + 10, PICK(headers));
            } else {
                p[13] = (uint8_t) (p[13] ^ (1u << rnd(8)));
            }
            return true;
        }
    }
    return false;
}

/* Changes the length of a ct action, or of an action inside one, by a
 * multiple of 8 while leaving the bytes as they are, so that the lengths
 * of the nested actions and of their container disagree. */
static bool
mut_nested_length(void)
{
    const struct action *ct = random_action(NXAST_CT);
    static const int32_t deltas[] = { -16, -8, 8, 16, -1, 1 };

    if (!ct) {
        return false;
    }
    if (ct->len > 24 && one_in(2)) {
        for (size_t i = 0; i < n_actions; i++) {
            const struct action *a = &actions[i];
            if (a->depth == 1 && a->ofs > ct->ofs
                && a->ofs < ct->ofs + ct->len && one_in(2)) {
                int32_t d = deltas[rnd(sizeof deltas / sizeof *deltas)];
                put16(buf + a->ofs + 2, (unsigned) ((int32_t) a->len + d));
                return true;
            }
        }
    }
    int32_t d = deltas[rnd(sizeof deltas / sizeof *deltas)];
    put16(buf + ct->ofs + 2, (unsigned) ((int32_t) ct->len + d));
    return true;
}

static bool
mut_delete(void)
{
    const struct action *a = random_action(-1);
    const struct action *ct;

    if (!a || n_actions < 2) {
        return false;
    }
    ct = a->depth ? parent_ct(a->ofs) : NULL;
    if (ct && !one_in(4)) {     /* usually keep the ct's length right */
        put16(buf + ct->ofs + 2, (unsigned) (ct->len - a->len));
    }
    delete_bytes(a->ofs, a->len);
    return true;
}

static bool
mut_duplicate(void)
{
    const struct action *a = random_action(-1);
    uint8_t copy[MAX_LEN];
    const struct action *ct;
    size_t len;

    if (!a) {
        return false;
    }
    len = a->len;
    memcpy(copy, buf + a->ofs, len);
    ct = a->depth ? parent_ct(a->ofs) : NULL;
    if (!insert_bytes(a->ofs + len, copy, len)) {
        return false;
    }
    if (ct && !one_in(4)) {
        put16(buf + ct->ofs + 2, (unsigned) (ct->len + len));
    }
    return true;
}

/* Seeds, for the mutations that take bytes from another list. */
static struct list *seeds;
static size_t n_seeds;

static const struct list *
random_seed(void)
{
    return n_seeds ? &seeds[rnd((uint32_t) n_seeds)] : NULL;
}

static bool
mut_concat(void)
{
    const struct list *s = random_seed();
    return s && s->len && insert_bytes(one_in(4) ? 0 : buf_len,
                                       s->bytes, s->len);
}

/* Puts an action of another seed (its first) inside a ct action, fixing
 * the ct's length, or at the top level. */
static bool
mut_implant(void)
{
    const struct list *s = random_seed();
    const struct action *ct = random_action(NXAST_CT);
    size_t len;

    if (!s || s->len < 8) {
        return false;
    }
    len = get16(s->bytes + 2);
    if (len < 8 || len % 8 || len > s->len) {
        return false;
    }
    if (ct && !one_in(4)) {
        size_t at = ct->ofs + 24 + (ct->len > 24 && one_in(2)
                                    ? ct->len - 24 : 0);
        if (!insert_bytes(at, s->bytes, len)) {
            return false;
        }
        put16(buf + ct->ofs + 2, (unsigned) (ct->len + len));
        return true;
    }
    size_t at = buf_len;
    if (n_actions && one_in(2)) {
        const struct action *a = random_action(-1);
        if (a->depth == 0) {
            at = a->ofs;
        }
    }
    return insert_bytes(at, s->bytes, len);
}

typedef bool mutation_func(void);
static mutation_func *const mutations[] = {
    mut_bit_flip, mut_byte_set, mut_length, mut_length, mut_truncate,
    mut_extend, mut_subtype, mut_vendor_or_type, mut_ct, mut_ct, mut_ct,
    mut_nat, mut_nat, mut_field_action, mut_nested_length,
    mut_nested_length, mut_delete, mut_duplicate, mut_concat, mut_implant,
};

/* ---- seen lists (to print each list once) ---------------------------- */

struct seen {
    uint64_t hash;
    struct seen *next;
};
#define N_BUCKETS 8192
static struct seen *buckets[N_BUCKETS];

/* True the first time VERSION and the bytes of buf are seen.  Hash
 * collisions only drop a list, which is harmless. */
static bool
first_time(int version)
{
    uint64_t h = UINT64_C(0xcbf29ce484222325) ^ (uint64_t) version;
    struct seen *s;

    for (size_t i = 0; i < buf_len; i++) {
        h = (h ^ buf[i]) * UINT64_C(0x100000001b3);
    }
    h = (h ^ buf_len) * UINT64_C(0x100000001b3);
    for (s = buckets[h % N_BUCKETS]; s; s = s->next) {
        if (s->hash == h) {
            return false;
        }
    }
    s = malloc(sizeof *s);
    if (!s) {
        perror("mutate-actions");
        exit(1);
    }
    s->hash = h;
    s->next = buckets[h % N_BUCKETS];
    buckets[h % N_BUCKETS] = s;
    return true;
}

static void
print_buf(int version)
{
    printf("%s ", version_names[version]);
    for (size_t i = 0; i < buf_len; i++) {
        printf("%02x", buf[i]);
    }
    putchar('\n');
}

/* ---- input ----------------------------------------------------------- */

/* The versions in S, "OpenFlow10,OpenFlow13", as a bitmap; 0 if one of
 * them is not a version. */
static unsigned
parse_versions(char *s)
{
    unsigned versions = 0;

    for (char *v = strtok(s, ","); v; v = strtok(NULL, ",")) {
        size_t i;
        for (i = 0; i < N_VERSIONS; i++) {
            if (!strcmp(v, version_names[i])) {
                break;
            }
        }
        if (i == N_VERSIONS) {
            return 0;
        }
        versions |= 1u << i;
    }
    return versions;
}

/* A random version of VERSIONS. */
static int
random_version(unsigned versions)
{
    int chosen[N_VERSIONS];
    uint32_t n = 0;

    for (size_t i = 0; i < N_VERSIONS; i++) {
        if (versions & (1u << i)) {
            chosen[n++] = (int) i;
        }
    }
    return n ? chosen[rnd(n)] : 0;
}

static int
hexdigit(int c)
{
    return c >= '0' && c <= '9' ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static void
read_seeds(void)
{
    char line[2 * MAX_LEN + 64];
    size_t allocated = 0;
    unsigned lineno = 0;

    while (fgets(line, sizeof line, stdin)) {
        char version[128], hex[2 * MAX_LEN + 1];
        struct list *s;
        unsigned v;
        size_t n;

        lineno++;
        if (line[0] == '#' || sscanf(line, "%127s", version) != 1) {
            continue;
        }
        hex[0] = '\0';
        if (sscanf(line, "%127s %4096s", version, hex) < 1
            || !(v = parse_versions(version))) {
            fprintf(stderr, "mutate-actions: line %u: bad seed\n", lineno);
            exit(1);
        }
        n = strlen(hex);
        if (n % 2) {
            fprintf(stderr, "mutate-actions: line %u: odd hex\n", lineno);
            exit(1);
        }
        if (n_seeds == allocated) {
            allocated = allocated ? 2 * allocated : 256;
            seeds = realloc(seeds, allocated * sizeof *seeds);
            if (!seeds) {
                perror("mutate-actions");
                exit(1);
            }
        }
        s = &seeds[n_seeds];
        s->versions = v;
        s->len = n / 2;
        s->bytes = malloc(s->len + 1);
        if (!s->bytes) {
            perror("mutate-actions");
            exit(1);
        }
        for (size_t i = 0; i < s->len; i++) {
            int hi = hexdigit(hex[2 * i]), lo = hexdigit(hex[2 * i + 1]);
            if (hi < 0 || lo < 0) {
                fprintf(stderr, "mutate-actions: line %u: bad hex\n", lineno);
                exit(1);
            }
            s->bytes[i] = (uint8_t) (hi << 4 | lo);
        }
        if (s->len) {
            n_seeds++;
        }
    }
}

int
main(int argc, char *argv[])
{
    unsigned long seed = 1, count = 3000;
    int opt;

    while ((opt = getopt(argc, argv, "s:n:h")) != -1) {
        char *end;
        errno = 0;
        switch (opt) {
        case 's':
            seed = strtoul(optarg, &end, 0);
            break;
        case 'n':
            count = strtoul(optarg, &end, 0);
            break;
        default:
            fprintf(stderr, "usage: %s [-s SEED] [-n COUNT] < SEEDS\n",
                    argv[0]);
            return opt == 'h' ? 0 : 2;
        }
        if (errno || *end) {
            fprintf(stderr, "%s: -%c: bad number\n", argv[0], opt);
            return 2;
        }
    }
    rng_state = seed;
    read_seeds();
    if (!n_seeds) {
        fprintf(stderr, "mutate-actions: no seeds\n");
        return 1;
    }

    for (size_t i = 0; i < n_seeds; i++) {
        memcpy(buf, seeds[i].bytes, seeds[i].len);
        buf_len = seeds[i].len;
        for (int v = 0; v < (int) N_VERSIONS; v++) {
            if (seeds[i].versions & (1u << v) && first_time(v)) {
                print_buf(v);
            }
        }
    }

    unsigned long made = 0, attempts = 0;
    while (made < count && attempts < 100 * count + 1000) {
        const struct list *s = random_seed();
        int version = random_version(s->versions);
        bool changed = false;

        attempts++;
        memcpy(buf, s->bytes, s->len);
        buf_len = s->len;
        for (uint32_t n = 1 + (one_in(2) ? 0 : 1 + rnd(2)); n--; ) {
            scan();
            changed |= mutations[rnd(sizeof mutations
                                     / sizeof *mutations)]();
        }
        if (one_in(5)) {
            version = (int) rnd(N_VERSIONS);
        }
        if (!changed || !buf_len || !first_time(version)) {
            continue;
        }
        print_buf(version);
        made++;
    }
    return fflush(stdout) || ferror(stdout) ? 1 : 0;
}
