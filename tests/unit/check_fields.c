/* Unit tests for the field table (lib/openflow/meta-field.c), subfields
 * (subfield.c) and field values in text (field-value.c).
 *
 * Every expected header, name, printed value and error message below was
 * taken from ovs-ofctl 3.1 (Debian openvswitch-common): set_field and load
 * encodings dumped with -mmmmm in OpenFlow 1.0, 1.2, 1.3 and 1.5, match
 * printing of parse-flow, set_field printing in OpenFlow 1.5, and the
 * messages of move:/push: for subfields. */
#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "openflow/meta-field.h"

/* The table, row by row. */

struct expected_field {
    enum mf_id id;
    const char *name;
    const char *extra_name;
    unsigned int n_bytes;
    unsigned int n_bits;
    bool maskable;
    bool writable;
    uint32_t nxm_header;
    const char *nxm_name;
    uint32_t oxm_header;
    const char *oxm_name;
    enum ofct_ofp_version oxm_version;
};

#define OF12 OFCT_OFP12
#define OF13 OFCT_OFP13
#define OF15 OFCT_OFP15

static const struct expected_field expected_fields[] = {
    { MFF_IN_PORT, "in_port", NULL, 2, 16, 0, 1,
      0x00000002, "NXM_OF_IN_PORT", 0, NULL, 0 },
    { MFF_IN_PORT_OXM, "in_port_oxm", NULL, 4, 32, 0, 1,
      0x80000004, "OXM_OF_IN_PORT", 0x80000004, "OXM_OF_IN_PORT", OF12 },
    { MFF_METADATA, "metadata", NULL, 8, 64, 1, 1,
      0x80000408, "OXM_OF_METADATA", 0x80000408, "OXM_OF_METADATA", OF12 },
    { MFF_PKT_MARK, "pkt_mark", NULL, 4, 32, 1, 1,
      0x00014204, "NXM_NX_PKT_MARK", 0, NULL, 0 },
    { MFF_CT_STATE, "ct_state", NULL, 4, 32, 1, 0,
      0x0001d204, "NXM_NX_CT_STATE", 0, NULL, 0 },
    { MFF_CT_ZONE, "ct_zone", NULL, 2, 16, 0, 0,
      0x0001d402, "NXM_NX_CT_ZONE", 0, NULL, 0 },
    { MFF_CT_MARK, "ct_mark", NULL, 4, 32, 1, 1,
      0x0001d604, "NXM_NX_CT_MARK", 0, NULL, 0 },
    { MFF_CT_LABEL, "ct_label", NULL, 16, 128, 1, 1,
      0x0001d810, "NXM_NX_CT_LABEL", 0, NULL, 0 },
    { MFF_CT_NW_PROTO, "ct_nw_proto", NULL, 1, 8, 0, 0,
      0x0001ee01, "NXM_NX_CT_NW_PROTO", 0, NULL, 0 },
    { MFF_CT_NW_SRC, "ct_nw_src", NULL, 4, 32, 1, 0,
      0x0001f004, "NXM_NX_CT_NW_SRC", 0, NULL, 0 },
    { MFF_CT_NW_DST, "ct_nw_dst", NULL, 4, 32, 1, 0,
      0x0001f204, "NXM_NX_CT_NW_DST", 0, NULL, 0 },
    { MFF_CT_IPV6_SRC, "ct_ipv6_src", NULL, 16, 128, 1, 0,
      0x0001f410, "NXM_NX_CT_IPV6_SRC", 0, NULL, 0 },
    { MFF_CT_IPV6_DST, "ct_ipv6_dst", NULL, 16, 128, 1, 0,
      0x0001f610, "NXM_NX_CT_IPV6_DST", 0, NULL, 0 },
    { MFF_CT_TP_SRC, "ct_tp_src", NULL, 2, 16, 1, 0,
      0x0001f802, "NXM_NX_CT_TP_SRC", 0, NULL, 0 },
    { MFF_CT_TP_DST, "ct_tp_dst", NULL, 2, 16, 1, 0,
      0x0001fa02, "NXM_NX_CT_TP_DST", 0, NULL, 0 },
    { MFF_REG0, "reg0", NULL, 4, 32, 1, 1,
      0x00010004, "NXM_NX_REG0", 0, NULL, 0 },
    { MFF_REG1, "reg1", NULL, 4, 32, 1, 1,
      0x00010204, "NXM_NX_REG1", 0, NULL, 0 },
    { MFF_REG2, "reg2", NULL, 4, 32, 1, 1,
      0x00010404, "NXM_NX_REG2", 0, NULL, 0 },
    { MFF_REG3, "reg3", NULL, 4, 32, 1, 1,
      0x00010604, "NXM_NX_REG3", 0, NULL, 0 },
    { MFF_REG4, "reg4", NULL, 4, 32, 1, 1,
      0x00010804, "NXM_NX_REG4", 0, NULL, 0 },
    { MFF_REG5, "reg5", NULL, 4, 32, 1, 1,
      0x00010a04, "NXM_NX_REG5", 0, NULL, 0 },
    { MFF_REG6, "reg6", NULL, 4, 32, 1, 1,
      0x00010c04, "NXM_NX_REG6", 0, NULL, 0 },
    { MFF_REG7, "reg7", NULL, 4, 32, 1, 1,
      0x00010e04, "NXM_NX_REG7", 0, NULL, 0 },
    { MFF_REG8, "reg8", NULL, 4, 32, 1, 1,
      0x00011004, "NXM_NX_REG8", 0, NULL, 0 },
    { MFF_REG9, "reg9", NULL, 4, 32, 1, 1,
      0x00011204, "NXM_NX_REG9", 0, NULL, 0 },
    { MFF_REG10, "reg10", NULL, 4, 32, 1, 1,
      0x00011404, "NXM_NX_REG10", 0, NULL, 0 },
    { MFF_REG11, "reg11", NULL, 4, 32, 1, 1,
      0x00011604, "NXM_NX_REG11", 0, NULL, 0 },
    { MFF_REG12, "reg12", NULL, 4, 32, 1, 1,
      0x00011804, "NXM_NX_REG12", 0, NULL, 0 },
    { MFF_REG13, "reg13", NULL, 4, 32, 1, 1,
      0x00011a04, "NXM_NX_REG13", 0, NULL, 0 },
    { MFF_REG14, "reg14", NULL, 4, 32, 1, 1,
      0x00011c04, "NXM_NX_REG14", 0, NULL, 0 },
    { MFF_REG15, "reg15", NULL, 4, 32, 1, 1,
      0x00011e04, "NXM_NX_REG15", 0, NULL, 0 },
    { MFF_XREG0, "xreg0", NULL, 8, 64, 1, 1,
      0x80010008, "OXM_OF_PKT_REG0", 0x80010008, "OXM_OF_PKT_REG0", OF13 },
    { MFF_XREG1, "xreg1", NULL, 8, 64, 1, 1,
      0x80010208, "OXM_OF_PKT_REG1", 0x80010208, "OXM_OF_PKT_REG1", OF13 },
    { MFF_XREG2, "xreg2", NULL, 8, 64, 1, 1,
      0x80010408, "OXM_OF_PKT_REG2", 0x80010408, "OXM_OF_PKT_REG2", OF13 },
    { MFF_XREG3, "xreg3", NULL, 8, 64, 1, 1,
      0x80010608, "OXM_OF_PKT_REG3", 0x80010608, "OXM_OF_PKT_REG3", OF13 },
    { MFF_XREG4, "xreg4", NULL, 8, 64, 1, 1,
      0x80010808, "OXM_OF_PKT_REG4", 0x80010808, "OXM_OF_PKT_REG4", OF13 },
    { MFF_XREG5, "xreg5", NULL, 8, 64, 1, 1,
      0x80010a08, "OXM_OF_PKT_REG5", 0x80010a08, "OXM_OF_PKT_REG5", OF13 },
    { MFF_XREG6, "xreg6", NULL, 8, 64, 1, 1,
      0x80010c08, "OXM_OF_PKT_REG6", 0x80010c08, "OXM_OF_PKT_REG6", OF13 },
    { MFF_XREG7, "xreg7", NULL, 8, 64, 1, 1,
      0x80010e08, "OXM_OF_PKT_REG7", 0x80010e08, "OXM_OF_PKT_REG7", OF13 },
    { MFF_XXREG0, "xxreg0", NULL, 16, 128, 1, 1,
      0x0001de10, "NXM_NX_XXREG0", 0, NULL, 0 },
    { MFF_XXREG1, "xxreg1", NULL, 16, 128, 1, 1,
      0x0001e010, "NXM_NX_XXREG1", 0, NULL, 0 },
    { MFF_XXREG2, "xxreg2", NULL, 16, 128, 1, 1,
      0x0001e210, "NXM_NX_XXREG2", 0, NULL, 0 },
    { MFF_XXREG3, "xxreg3", NULL, 16, 128, 1, 1,
      0x0001e410, "NXM_NX_XXREG3", 0, NULL, 0 },
    { MFF_ETH_SRC, "eth_src", "dl_src", 6, 48, 1, 1,
      0x00000406, "NXM_OF_ETH_SRC", 0x80000806, "OXM_OF_ETH_SRC", OF12 },
    { MFF_ETH_DST, "eth_dst", "dl_dst", 6, 48, 1, 1,
      0x00000206, "NXM_OF_ETH_DST", 0x80000606, "OXM_OF_ETH_DST", OF12 },
    { MFF_ETH_TYPE, "eth_type", "dl_type", 2, 16, 0, 0,
      0x00000602, "NXM_OF_ETH_TYPE", 0x80000a02, "OXM_OF_ETH_TYPE", OF12 },
    { MFF_VLAN_TCI, "vlan_tci", NULL, 2, 16, 1, 1,
      0x00000802, "NXM_OF_VLAN_TCI", 0, NULL, 0 },
    { MFF_DL_VLAN, "dl_vlan", NULL, 2, 12, 0, 1, 0, NULL, 0, NULL, 0 },
    { MFF_VLAN_VID, "vlan_vid", NULL, 2, 12, 1, 1,
      0x80000c02, "OXM_OF_VLAN_VID", 0x80000c02, "OXM_OF_VLAN_VID", OF12 },
    { MFF_DL_VLAN_PCP, "dl_vlan_pcp", NULL, 1, 3, 0, 1,
      0, NULL, 0, NULL, 0 },
    { MFF_VLAN_PCP, "vlan_pcp", NULL, 1, 3, 0, 1,
      0x80000e01, "OXM_OF_VLAN_PCP", 0x80000e01, "OXM_OF_VLAN_PCP", OF12 },
    { MFF_IPV4_SRC, "ip_src", "nw_src", 4, 32, 1, 1,
      0x00000e04, "NXM_OF_IP_SRC", 0x80001604, "OXM_OF_IPV4_SRC", OF12 },
    { MFF_IPV4_DST, "ip_dst", "nw_dst", 4, 32, 1, 1,
      0x00001004, "NXM_OF_IP_DST", 0x80001804, "OXM_OF_IPV4_DST", OF12 },
    { MFF_IPV6_SRC, "ipv6_src", NULL, 16, 128, 1, 1,
      0x00012610, "NXM_NX_IPV6_SRC", 0x80003410, "OXM_OF_IPV6_SRC", OF12 },
    { MFF_IPV6_DST, "ipv6_dst", NULL, 16, 128, 1, 1,
      0x00012810, "NXM_NX_IPV6_DST", 0x80003610, "OXM_OF_IPV6_DST", OF12 },
    { MFF_IPV6_LABEL, "ipv6_label", NULL, 4, 20, 1, 1,
      0x00013604, "NXM_NX_IPV6_LABEL", 0x80003804, "OXM_OF_IPV6_FLABEL",
      OF12 },
    { MFF_IP_PROTO, "nw_proto", "ip_proto", 1, 8, 0, 0,
      0x00000c01, "NXM_OF_IP_PROTO", 0x80001401, "OXM_OF_IP_PROTO", OF12 },
    { MFF_IP_DSCP, "nw_tos", NULL, 1, 8, 0, 1,
      0x00000a01, "NXM_OF_IP_TOS", 0, NULL, 0 },
    { MFF_IP_DSCP_SHIFTED, "ip_dscp", NULL, 1, 6, 0, 1,
      0x80001001, "OXM_OF_IP_DSCP", 0x80001001, "OXM_OF_IP_DSCP", OF12 },
    { MFF_IP_ECN, "nw_ecn", "ip_ecn", 1, 2, 0, 1,
      0x00013801, "NXM_NX_IP_ECN", 0x80001201, "OXM_OF_IP_ECN", OF12 },
    { MFF_IP_TTL, "nw_ttl", NULL, 1, 8, 0, 1,
      0x00013a01, "NXM_NX_IP_TTL", 0, NULL, 0 },
    { MFF_IP_FRAG, "ip_frag", "nw_frag", 1, 2, 1, 0,
      0x00013401, "NXM_NX_IP_FRAG", 0, NULL, 0 },
    { MFF_ARP_OP, "arp_op", NULL, 2, 16, 0, 1,
      0x00001e02, "NXM_OF_ARP_OP", 0x80002a02, "OXM_OF_ARP_OP", OF12 },
    { MFF_ARP_SPA, "arp_spa", NULL, 4, 32, 1, 1,
      0x00002004, "NXM_OF_ARP_SPA", 0x80002c04, "OXM_OF_ARP_SPA", OF12 },
    { MFF_ARP_TPA, "arp_tpa", NULL, 4, 32, 1, 1,
      0x00002204, "NXM_OF_ARP_TPA", 0x80002e04, "OXM_OF_ARP_TPA", OF12 },
    { MFF_ARP_SHA, "arp_sha", NULL, 6, 48, 1, 1,
      0x00012206, "NXM_NX_ARP_SHA", 0x80003006, "OXM_OF_ARP_SHA", OF12 },
    { MFF_ARP_THA, "arp_tha", NULL, 6, 48, 1, 1,
      0x00012406, "NXM_NX_ARP_THA", 0x80003206, "OXM_OF_ARP_THA", OF12 },
    { MFF_TCP_SRC, "tcp_src", "tp_src", 2, 16, 1, 1,
      0x00001202, "NXM_OF_TCP_SRC", 0x80001a02, "OXM_OF_TCP_SRC", OF12 },
    { MFF_TCP_DST, "tcp_dst", "tp_dst", 2, 16, 1, 1,
      0x00001402, "NXM_OF_TCP_DST", 0x80001c02, "OXM_OF_TCP_DST", OF12 },
    { MFF_TCP_FLAGS, "tcp_flags", NULL, 2, 12, 1, 0,
      0x00014402, "NXM_NX_TCP_FLAGS", 0x80005402, "OXM_OF_TCP_FLAGS", OF15 },
    { MFF_UDP_SRC, "udp_src", NULL, 2, 16, 1, 1,
      0x00001602, "NXM_OF_UDP_SRC", 0x80001e02, "OXM_OF_UDP_SRC", OF12 },
    { MFF_UDP_DST, "udp_dst", NULL, 2, 16, 1, 1,
      0x00001802, "NXM_OF_UDP_DST", 0x80002002, "OXM_OF_UDP_DST", OF12 },
    { MFF_SCTP_SRC, "sctp_src", NULL, 2, 16, 1, 1,
      0x80002202, "OXM_OF_SCTP_SRC", 0x80002202, "OXM_OF_SCTP_SRC", OF12 },
    { MFF_SCTP_DST, "sctp_dst", NULL, 2, 16, 1, 1,
      0x80002402, "OXM_OF_SCTP_DST", 0x80002402, "OXM_OF_SCTP_DST", OF12 },
    { MFF_ICMPV4_TYPE, "icmp_type", NULL, 1, 8, 0, 1,
      0x00001a01, "NXM_OF_ICMP_TYPE", 0x80002601, "OXM_OF_ICMPV4_TYPE",
      OF12 },
    { MFF_ICMPV4_CODE, "icmp_code", NULL, 1, 8, 0, 1,
      0x00001c01, "NXM_OF_ICMP_CODE", 0x80002801, "OXM_OF_ICMPV4_CODE",
      OF12 },
    { MFF_ICMPV6_TYPE, "icmpv6_type", NULL, 1, 8, 0, 1,
      0x00012a01, "NXM_NX_ICMPV6_TYPE", 0x80003a01, "OXM_OF_ICMPV6_TYPE",
      OF12 },
    { MFF_ICMPV6_CODE, "icmpv6_code", NULL, 1, 8, 0, 1,
      0x00012c01, "NXM_NX_ICMPV6_CODE", 0x80003c01, "OXM_OF_ICMPV6_CODE",
      OF12 },
    { MFF_ND_TARGET, "nd_target", NULL, 16, 128, 1, 1,
      0x00012e10, "NXM_NX_ND_TARGET", 0x80003e10, "OXM_OF_IPV6_ND_TARGET",
      OF12 },
    { MFF_ND_SLL, "nd_sll", NULL, 6, 48, 1, 1,
      0x00013006, "NXM_NX_ND_SLL", 0x80004006, "OXM_OF_IPV6_ND_SLL", OF12 },
    { MFF_ND_TLL, "nd_tll", NULL, 6, 48, 1, 1,
      0x00013206, "NXM_NX_ND_TLL", 0x80004206, "OXM_OF_IPV6_ND_TLL", OF12 },
};

#define N_EXPECTED (sizeof expected_fields / sizeof *expected_fields)
#define ARRAY_SIZE(A) (sizeof (A) / sizeof *(A))

static void
assert_str_or_null(const char *got, const char *want, const char *what,
                   const char *field)
{
    if (!want) {
        ck_assert_msg(!got, "%s %s: got \"%s\", want NULL", field, what, got);
    } else {
        ck_assert_msg(got && !strcmp(got, want), "%s %s: got \"%s\", want "
                      "\"%s\"", field, what, got ? got : "(null)", want);
    }
}

START_TEST(test_table_rows)
{
    size_t i;

    ck_assert_uint_eq(N_EXPECTED, MFF_N_IDS);
    for (i = 0; i < N_EXPECTED; i++) {
        const struct expected_field *e = &expected_fields[i];
        const struct mf_field *f = mf_from_id(e->id);

        ck_assert_ptr_nonnull(f);
        ck_assert_int_eq(f->id, e->id);
        ck_assert_str_eq(f->name, e->name);
        assert_str_or_null(f->extra_name, e->extra_name, "extra_name",
                           e->name);
        ck_assert_msg(f->n_bytes == e->n_bytes && f->n_bits == e->n_bits,
                      "%s: width %u/%u", e->name, f->n_bytes, f->n_bits);
        ck_assert_msg(f->maskable == e->maskable, "%s: maskable", e->name);
        ck_assert_msg(f->writable == e->writable, "%s: writable", e->name);
        ck_assert_msg(f->nxm_header == e->nxm_header,
                      "%s: nxm_header 0x%08x", e->name, f->nxm_header);
        assert_str_or_null(f->nxm_name, e->nxm_name, "nxm_name", e->name);
        ck_assert_msg(f->oxm_header == e->oxm_header,
                      "%s: oxm_header 0x%08x", e->name, f->oxm_header);
        assert_str_or_null(f->oxm_name, e->oxm_name, "oxm_name", e->name);
        if (e->oxm_header) {
            ck_assert_int_eq(f->oxm_version, e->oxm_version);
        }
    }
}
END_TEST

/* Properties that must hold for any field added later. */
START_TEST(test_table_invariants)
{
    int i;

    for (i = 0; i < MFF_N_IDS; i++) {
        const struct mf_field *f = mf_from_id(i);

        ck_assert_int_eq(f->id, i);
        ck_assert_ptr_nonnull(f->name);
        ck_assert_uint_ge(f->n_bytes, 1);
        ck_assert_uint_le(f->n_bytes, sizeof(union mf_value));
        ck_assert_uint_le(f->n_bits, 8u * f->n_bytes);
        ck_assert_uint_ge(f->n_bits, 1);
        if (f->nxm_header) {
            ck_assert_uint_eq(NXM_LENGTH(f->nxm_header), f->n_bytes);
            ck_assert_uint_eq(NXM_HASMASK(f->nxm_header), 0);
            ck_assert_ptr_nonnull(f->nxm_name);
        }
        if (f->oxm_header) {
            ck_assert_uint_eq(NXM_LENGTH(f->oxm_header), f->n_bytes);
            ck_assert_uint_eq(NXM_HASMASK(f->oxm_header), 0);
            ck_assert_ptr_nonnull(f->oxm_name);
            ck_assert_int_ge(f->oxm_version, OFCT_OFP12);
        }
    }
    ck_assert_ptr_null(mf_from_id(MFF_N_IDS));
    ck_assert_ptr_null(mf_from_id((enum mf_id) -1));
}
END_TEST

/* Names. */

START_TEST(test_every_name_finds_its_field)
{
    size_t i;

    for (i = 0; i < N_EXPECTED; i++) {
        const struct expected_field *e = &expected_fields[i];
        const struct mf_field *f = mf_from_id(e->id);
        bool masked = true;

        ck_assert_ptr_eq(mf_from_name(e->name), f);
        ck_assert_ptr_eq(mf_from_ovs_name(e->name), f);
        ck_assert_ptr_null(mf_from_nxm_name_len(e->name, strlen(e->name),
                                                NULL));
        if (e->extra_name) {
            ck_assert_ptr_eq(mf_from_name(e->extra_name), f);
            ck_assert_ptr_eq(mf_from_ovs_name(e->extra_name), f);
        }
        if (e->nxm_name) {
            ck_assert_ptr_eq(mf_from_name(e->nxm_name), f);
            ck_assert_ptr_null(mf_from_ovs_name(e->nxm_name));
            ck_assert_ptr_eq(mf_from_nxm_name_len(e->nxm_name,
                                                  strlen(e->nxm_name),
                                                  &masked), f);
            ck_assert(!masked);
        }
        if (e->oxm_name) {
            ck_assert_ptr_eq(mf_from_name(e->oxm_name), f);
            ck_assert_ptr_null(mf_from_ovs_name(e->oxm_name));
        }
    }
}
END_TEST

START_TEST(test_name_lookup_details)
{
    const struct mf_field *eth_src = mf_from_id(MFF_ETH_SRC);
    const struct mf_field *reg0 = mf_from_id(MFF_REG0);
    bool masked = false;

    /* Aliases and every header name of a field. */
    ck_assert_ptr_eq(mf_from_name("dl_src"), eth_src);
    ck_assert_ptr_eq(mf_from_name("NXM_OF_ETH_SRC"), eth_src);
    ck_assert_ptr_eq(mf_from_name("OXM_OF_ETH_SRC"), eth_src);
    ck_assert_ptr_eq(mf_from_name("tp_src"), mf_from_id(MFF_TCP_SRC));
    ck_assert_ptr_eq(mf_from_name("nw_src"), mf_from_id(MFF_IPV4_SRC));
    ck_assert_ptr_eq(mf_from_name("ip_proto"), mf_from_id(MFF_IP_PROTO));
    ck_assert_ptr_eq(mf_from_name("ip_ecn"), mf_from_id(MFF_IP_ECN));
    ck_assert_ptr_eq(mf_from_name("nw_frag"), mf_from_id(MFF_IP_FRAG));
    ck_assert_ptr_eq(mf_from_name("OXM_OF_IPV6_FLABEL"),
                     mf_from_id(MFF_IPV6_LABEL));
    /* OpenFlow 1.3's experimenter OXM name for tcp_flags. */
    ck_assert_ptr_eq(mf_from_name("ONFOXM_ET_TCP_FLAGS"),
                     mf_from_id(MFF_TCP_FLAGS));

    /* Case-sensitive, and no prefixes or unknown names. */
    ck_assert_ptr_null(mf_from_name("Eth_src"));
    ck_assert_ptr_null(mf_from_name("nxm_nx_reg0"));
    ck_assert_ptr_null(mf_from_name("REG0"));
    ck_assert_ptr_null(mf_from_name("reg"));
    ck_assert_ptr_null(mf_from_name("reg16"));
    ck_assert_ptr_null(mf_from_name("xreg8"));
    ck_assert_ptr_null(mf_from_name("xxreg4"));
    ck_assert_ptr_null(mf_from_name(""));
    ck_assert_ptr_null(mf_from_name("tun_id"));

    /* 'len' bounds the name; it need not be NUL-terminated. */
    ck_assert_ptr_eq(mf_from_name_len("reg0[]->reg1", 4), reg0);
    ck_assert_ptr_eq(mf_from_name_len("reg10", 4), mf_from_id(MFF_REG1));
    ck_assert_ptr_null(mf_from_name_len("reg0", 3));
    ck_assert_ptr_null(mf_from_name_len("reg0", 0));

    /* "_W" names the masked form of an NXM/OXM name only, and only where
     * the caller asks for it. */
    ck_assert_ptr_eq(mf_from_nxm_name_len("NXM_NX_REG0_W", 13, &masked),
                     reg0);
    ck_assert(masked);
    ck_assert_ptr_eq(mf_from_nxm_name_len("OXM_OF_ETH_SRC_W", 16, &masked),
                     eth_src);
    ck_assert(masked);
    ck_assert_ptr_eq(mf_from_nxm_name_len("NXM_NX_REG0", 11, &masked), reg0);
    ck_assert(!masked);
    ck_assert_ptr_null(mf_from_nxm_name_len("reg0_W", 6, &masked));
    ck_assert(!masked);
    ck_assert_ptr_null(mf_from_nxm_name_len("_W", 2, NULL));
    ck_assert_ptr_null(mf_from_nxm_name_len("NXM_NX_REG0_W_W", 15, NULL));
    ck_assert_ptr_null(mf_from_name("NXM_NX_REG0_W"));
    ck_assert_ptr_null(mf_from_ovs_name_len("reg0_W", 6));
    ck_assert_ptr_eq(mf_from_ovs_name_len("dl_srcX", 6), eth_src);
}
END_TEST

START_TEST(test_subfield_names)
{
    static const struct {
        enum mf_id id;
        const char *name;
    } cases[] = {
        { MFF_REG0, "NXM_NX_REG0" },
        { MFF_XREG0, "OXM_OF_PKT_REG0" },
        { MFF_XXREG3, "NXM_NX_XXREG3" },
        { MFF_METADATA, "OXM_OF_METADATA" },
        { MFF_IN_PORT, "NXM_OF_IN_PORT" },
        { MFF_IN_PORT_OXM, "OXM_OF_IN_PORT" },
        { MFF_ETH_SRC, "NXM_OF_ETH_SRC" },
        { MFF_CT_MARK, "NXM_NX_CT_MARK" },
        { MFF_CT_LABEL, "NXM_NX_CT_LABEL" },
        { MFF_VLAN_PCP, "OXM_OF_VLAN_PCP" },
        { MFF_IP_DSCP_SHIFTED, "OXM_OF_IP_DSCP" },
        { MFF_SCTP_SRC, "OXM_OF_SCTP_SRC" },
        { MFF_DL_VLAN, "dl_vlan" },
        { MFF_DL_VLAN_PCP, "dl_vlan_pcp" },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        ck_assert_str_eq(mf_subfield_name(mf_from_id(cases[i].id)),
                         cases[i].name);
    }
}
END_TEST

START_TEST(test_ct_writable)
{
    int i;

    for (i = 0; i < MFF_N_IDS; i++) {
        const struct mf_field *f = mf_from_id(i);
        bool want = i == MFF_CT_MARK || i == MFF_CT_LABEL;

        ck_assert_msg(mf_is_ct_writable(f) == want, "%s", f->name);
    }
}
END_TEST

/* Headers. */

START_TEST(test_from_header)
{
    size_t i;

    for (i = 0; i < N_EXPECTED; i++) {
        const struct expected_field *e = &expected_fields[i];
        const struct mf_field *f = mf_from_id(e->id);
        uint32_t h;

        h = e->nxm_header;
        if (h) {
            ck_assert_ptr_eq(mf_from_header(h), f);
            /* The masked form: hasmask set and the length doubled. */
            ck_assert_ptr_eq(mf_from_header(h + NXM_LENGTH(h) + 0x100), f);
            /* hasmask with the unmasked length, or the reverse. */
            ck_assert_ptr_null(mf_from_header(h | 0x100));
            ck_assert_ptr_null(mf_from_header(h + NXM_LENGTH(h)));
        }
        h = e->oxm_header;
        if (h) {
            ck_assert_ptr_eq(mf_from_header(h), f);
            ck_assert_ptr_eq(mf_from_header(h + NXM_LENGTH(h) + 0x100), f);
        }
    }

    /* Masked headers as ovs-ofctl writes them in matches. */
    ck_assert_ptr_eq(mf_from_header(0x0001d308), mf_from_id(MFF_CT_STATE));
    ck_assert_ptr_eq(mf_from_header(0x80005504), mf_from_id(MFF_TCP_FLAGS));
    ck_assert_ptr_eq(mf_from_header(0x80010110), mf_from_id(MFF_XREG0));
    /* in_port and in_port_oxm differ only by header. */
    ck_assert_ptr_eq(mf_from_header(0x00000002), mf_from_id(MFF_IN_PORT));
    ck_assert_ptr_eq(mf_from_header(0x80000004),
                     mf_from_id(MFF_IN_PORT_OXM));
    /* Unknown: 0, tun_id (NXM_NX field 16), an odd masked length. */
    ck_assert_ptr_null(mf_from_header(0));
    ck_assert_ptr_null(mf_from_header(0x00012008));
    ck_assert_ptr_null(mf_from_header(0x0001d709));
    ck_assert_ptr_null(mf_from_header(0xffffffff));
}
END_TEST

START_TEST(test_header_per_version)
{
    static const struct {
        enum mf_id id;
        uint32_t nxm, of10, of11, of12, of13, of14, of15;
    } cases[] = {
        /* set_field/load encodings of ovs-ofctl: NXAST_REG_LOAD in
         * OpenFlow 1.0, OFPAT_SET_FIELD from 1.2 on. */
        { MFF_ETH_SRC, 0x00000406, 0x00000406, 0x00000406,
          0x80000806, 0x80000806, 0x80000806, 0x80000806 },
        { MFF_IPV4_SRC, 0x00000e04, 0x00000e04, 0x00000e04,
          0x80001604, 0x80001604, 0x80001604, 0x80001604 },
        { MFF_IPV6_SRC, 0x00012610, 0x00012610, 0x00012610,
          0x80003410, 0x80003410, 0x80003410, 0x80003410 },
        { MFF_TCP_SRC, 0x00001202, 0x00001202, 0x00001202,
          0x80001a02, 0x80001a02, 0x80001a02, 0x80001a02 },
        { MFF_IP_ECN, 0x00013801, 0x00013801, 0x00013801,
          0x80001201, 0x80001201, 0x80001201, 0x80001201 },
        /* No OXM: the NXM header in every version. */
        { MFF_IN_PORT, 0x00000002, 0x00000002, 0x00000002,
          0x00000002, 0x00000002, 0x00000002, 0x00000002 },
        { MFF_CT_MARK, 0x0001d604, 0x0001d604, 0x0001d604,
          0x0001d604, 0x0001d604, 0x0001d604, 0x0001d604 },
        { MFF_CT_LABEL, 0x0001d810, 0x0001d810, 0x0001d810,
          0x0001d810, 0x0001d810, 0x0001d810, 0x0001d810 },
        { MFF_REG0, 0x00010004, 0x00010004, 0x00010004,
          0x00010004, 0x00010004, 0x00010004, 0x00010004 },
        { MFF_XXREG0, 0x0001de10, 0x0001de10, 0x0001de10,
          0x0001de10, 0x0001de10, 0x0001de10, 0x0001de10 },
        { MFF_IP_TTL, 0x00013a01, 0x00013a01, 0x00013a01,
          0x00013a01, 0x00013a01, 0x00013a01, 0x00013a01 },
        /* Only an OXM: the OXM header even in NXAST_REG_LOAD. */
        { MFF_METADATA, 0x80000408, 0x80000408, 0x80000408,
          0x80000408, 0x80000408, 0x80000408, 0x80000408 },
        { MFF_XREG0, 0x80010008, 0x80010008, 0x80010008,
          0x80010008, 0x80010008, 0x80010008, 0x80010008 },
        { MFF_SCTP_SRC, 0x80002202, 0x80002202, 0x80002202,
          0x80002202, 0x80002202, 0x80002202, 0x80002202 },
        /* OXM_OF_TCP_FLAGS only from OpenFlow 1.5 (1.3 and 1.4 use an
         * experimenter OXM that the table leaves out). */
        { MFF_TCP_FLAGS, 0x00014402, 0x00014402, 0x00014402,
          0x00014402, 0x00014402, 0x00014402, 0x80005402 },
        /* No header at all. */
        { MFF_DL_VLAN, 0, 0, 0, 0, 0, 0, 0 },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        const struct mf_field *f = mf_from_id(cases[i].id);

        ck_assert_uint_eq(mf_header(f, 0), cases[i].nxm);
        ck_assert_uint_eq(mf_header(f, OFCT_OFP10), cases[i].of10);
        ck_assert_uint_eq(mf_header(f, OFCT_OFP11), cases[i].of11);
        ck_assert_uint_eq(mf_header(f, OFCT_OFP12), cases[i].of12);
        ck_assert_uint_eq(mf_header(f, OFCT_OFP13), cases[i].of13);
        ck_assert_uint_eq(mf_header(f, OFCT_OFP14), cases[i].of14);
        ck_assert_uint_eq(mf_header(f, OFCT_OFP15), cases[i].of15);
    }
}
END_TEST

START_TEST(test_header_name_per_version)
{
    const struct mf_field *eth_src = mf_from_id(MFF_ETH_SRC);
    const struct mf_field *tcp_flags = mf_from_id(MFF_TCP_FLAGS);

    ck_assert_str_eq(mf_header_name(eth_src, 0), "NXM_OF_ETH_SRC");
    ck_assert_str_eq(mf_header_name(eth_src, OFCT_OFP10), "NXM_OF_ETH_SRC");
    ck_assert_str_eq(mf_header_name(eth_src, OFCT_OFP12), "OXM_OF_ETH_SRC");
    ck_assert_str_eq(mf_header_name(tcp_flags, OFCT_OFP13),
                     "NXM_NX_TCP_FLAGS");
    ck_assert_str_eq(mf_header_name(tcp_flags, OFCT_OFP15),
                     "OXM_OF_TCP_FLAGS");
    ck_assert_str_eq(mf_header_name(mf_from_id(MFF_XREG2), 0),
                     "OXM_OF_PKT_REG2");
    ck_assert_str_eq(mf_header_name(mf_from_id(MFF_CT_MARK), OFCT_OFP15),
                     "NXM_NX_CT_MARK");
    ck_assert_str_eq(mf_header_name(mf_from_id(MFF_DL_VLAN), OFCT_OFP13),
                     "dl_vlan");
}
END_TEST

/* Values in text. */

struct value_case {
    const char *field;
    const char *in;
    const char *out;        /* mf_format() of what mf_parse() read */
};

/* Printed forms are ovs-ofctl's: set_field:IN->FIELD in OpenFlow 1.5
 * prints set_field:OUT->FIELD, or (for read-only fields) the match
 * FIELD=IN prints FIELD=OUT. */
static const struct value_case value_cases[] = {
    /* Hexadecimal fields: 0x and no leading zeros, any width. */
    { "reg0", "1", "0x1" },
    { "reg0", "0X1F", "0x1f" },
    { "reg0", "0xAbC", "0xabc" },
    { "reg0", "010", "0x8" },                   /* octal, as strtoull */
    { "reg0", "0x", "0" },
    { "reg0", "0x0001", "0x1" },
    { "reg0", "4294967295", "0xffffffff" },
    { "reg0", "0x00000000000000000000000000000000000000001", "0x1" },
    { "reg0", "0x1/0xff", "0x1/0xff" },
    { "reg0", "0xf/0x0f", "0xf/0xf" },
    { "reg0", "0x1/+1", "0x1/0x1" },
    { "reg0", "0x1/0xffffffff", "0x1" },
    { "reg0", "0/0", "ANY" },
    { "reg0", "*", "ANY" },
    { "metadata", "-1", "0xffffffffffffffff" },
    { "metadata", "0x123456789abcdef0", "0x123456789abcdef0" },
    { "xxreg0", "-1", "0xffffffffffffffff" },
    { "xxreg0", "18446744073709551615", "0xffffffffffffffff" },
    { "xxreg0", "0x1/0xffffffffffffffff", "0x1/0xffffffffffffffff" },
    { "xxreg2", "0xffffffffffffffffffffffffffffffff",
      "0xffffffffffffffffffffffffffffffff" },
    { "ct_label", "1", "0x1" },
    { "ct_label", "0", "0" },
    { "ct_label", "0x0/0x1", "0/0x1" },
    { "ct_label", "0x10000000000000000/0x10000000000000000",
      "0x10000000000000000/0x10000000000000000" },
    { "ct_mark", "5", "0x5" },
    { "ct_zone", "0x10", "0x10" },
    { "vlan_tci", "0x1000/0x1000", "0x1000/0x1000" },
    { "ipv6_label", "0xfffff", "0xfffff" },

    /* Decimal fields: decimal value, hexadecimal mask. */
    { "tcp_src", "0x10/0xf0", "16/0xf0" },
    { "tcp_src", "16/0xfff0", "16/0xfff0" },
    { "tcp_src", "80", "80" },
    { "tcp_dst", "65535", "65535" },
    { "nw_ttl", "1/0xff", "1" },
    { "icmp_type", "255", "255" },
    { "vlan_vid", "0x1fff", "8191" },
    { "nw_tos", "252", "252" },

    /* ct_state: exact values print as a|b, masked ones as +a-b. */
    { "ct_state", "+trk+new", "+new+trk" },
    { "ct_state", "-new+trk", "-new+trk" },
    { "ct_state", "+trk-new-est", "-new-est+trk" },
    { "ct_state", "0x21/0x21", "+new+trk" },
    { "ct_state", "0x21/33", "+new+trk" },
    { "ct_state", "0x21/0x21/3", "+new+trk" },
    { "ct_state", "1/1x", "+new" },
    { "ct_state", "0x21/0x31", "+new-inv+trk" },
    { "ct_state", "0x40/0xc0", "+snat-dnat" },
    { "ct_state", "0/0x1", "-new" },
    { "ct_state", "+snat+dnat+rpl+inv+rel+est",
      "+est+rel+rpl+inv+snat+dnat" },
    { "ct_state", "+rel+rpl+inv+snat+dnat-est-trk-new",
      "rel|rpl|inv|snat|dnat" },
    { "ct_state", "0x21", "new|trk" },
    { "ct_state", "33", "new|trk" },
    { "ct_state", "0x21/0xff", "new|trk" },
    { "ct_state", "trk", "trk" },
    { "ct_state", "trk|new", "new|trk" },
    { "ct_state", "1|0x20", "new|trk" },
    { "ct_state", "new|", "new" },
    { "ct_state", "08", "rpl" },                /* "0", then "8" */
    { "ct_state", "4294967329", "new|trk" },    /* low 32 bits */
    { "ct_state", "0", "0" },
    { "ct_state", "0/0xff", "0" },
    { "ct_state", "0/0", "ANY" },

    /* tcp_flags. */
    { "tcp_flags", "+syn-ack", "+syn-ack" },
    { "tcp_flags", "0x002/0x012", "+syn-ack" },
    { "tcp_flags", "syn", "syn" },
    { "tcp_flags", "0x12", "syn|ack" },
    { "tcp_flags", "0x2/0xfff", "syn" },
    { "tcp_flags", "0", "0" },
    { "tcp_flags", "0xfff",
      "fin|syn|rst|psh|ack|urg|ece|cwr|ns|[200]|[400]|[800]" },
    { "tcp_flags", "+ns+[200]", "+ns+[200]" },
    { "tcp_flags", "[200]|fin", "fin|[200]" },

    /* ip_frag. */
    { "ip_frag", "no", "no" },
    { "ip_frag", "yes", "yes" },
    { "ip_frag", "first", "first" },
    { "ip_frag", "later", "later" },
    { "ip_frag", "not_later", "not_later" },
    { "ip_frag", "NO", "no" },
    { "ip_frag", "Not_Later", "not_later" },

    /* Ethernet: bytes scanned as %hhx (prefix, sign, wrap allowed). */
    { "eth_src", "00:11:22:33:44:55", "00:11:22:33:44:55" },
    { "eth_src", "1:2:3:4:5:6", "01:02:03:04:05:06" },
    { "eth_src", "AA:BB:CC:DD:EE:FF", "aa:bb:cc:dd:ee:ff" },
    { "eth_src", "0x1:2:3:4:5:6", "01:02:03:04:05:06" },
    { "eth_src", "+1:2:3:4:5:6", "01:02:03:04:05:06" },
    { "eth_src", "100:2:3:4:5:6", "00:02:03:04:05:06" },
    { "eth_src", "-1:2:3:4:5:6", "ff:02:03:04:05:06" },
    { "eth_src", "00:11:22:33:44:55/ff:ff:ff:ff:ff:ff",
      "00:11:22:33:44:55" },
    { "eth_src", "00:11:22:00:00:00/ff:ff:ff:00:00:00",
      "00:11:22:00:00:00/ff:ff:ff:00:00:00" },
    { "eth_dst", "01:00:00:00:00:00/01:00:00:00:00:00",
      "01:00:00:00:00:00/01:00:00:00:00:00" },
    { "nd_tll", "1:2:3:4:5:6", "01:02:03:04:05:06" },

    /* IPv4: CIDR masks print as /N, others dotted. */
    { "ip_src", "1.2.3.4", "1.2.3.4" },
    { "ip_src", "1.2.3.0/24", "1.2.3.0/24" },
    { "ip_src", "1.2.3.4/24", "1.2.3.4/24" },   /* value not masked */
    { "ip_src", "1.2.3.4/32", "1.2.3.4" },
    { "ip_src", "1.2.3.0/255.255.255.0", "1.2.3.0/24" },
    { "ip_src", "1.2.0.4/255.255.0.255", "1.2.0.4/255.255.0.255" },
    { "ip_src", "1.0.0.0/+8", "1.0.0.0/8" },
    { "ip_src", "0.0.0.0/4294967297", "0.0.0.0/1" },
    { "ip_src", "1.2.3.4/0", "ANY" },
    { "ip_src", "256.1.1.1", "0.1.1.1" },
    { "ip_src", "-1.2.3.4", "255.2.3.4" },
    { "ip_src", "01.02.03.010", "1.2.3.10" },
    { "arp_tpa", "10.0.0.0/8", "10.0.0.0/8" },
    { "ct_nw_dst", "192.168.0.1", "192.168.0.1" },

    /* IPv6: inet_ntop() text. */
    { "ipv6_src", "::1", "::1" },
    { "ipv6_src", "0:0:0:0:0:0:0:1", "::1" },
    { "ipv6_src", "2001:DB8::1", "2001:db8::1" },
    { "ipv6_src", "2001:db8::/32", "2001:db8::/32" },
    { "ipv6_src", "2001:db8::/+64", "2001:db8::/64" },
    { "ipv6_src", "2001:db8::/ffff:ffff::", "2001:db8::/32" },
    { "ipv6_src", "2001::/ffff:0:ffff::", "2001::/ffff:0:ffff::" },
    { "ipv6_src", "::ffff:1.2.3.4", "::ffff:1.2.3.4" },
    { "ipv6_src", "::1.2.3.4", "::1.2.3.4" },
    { "ipv6_src", "::/0", "ANY" },
    { "ipv6_dst", "ff02::1:ff00:0/104", "ff02::1:ff00:0/104" },
    { "nd_target", "fe80::1:0:0:1", "fe80::1:0:0:1" },

    /* Ports: names for reserved ports, OpenFlow 1.1 numbers mapped. */
    { "in_port", "1", "1" },
    { "in_port", "+5", "5" },
    { "in_port", "0", "0" },
    { "in_port", "65534", "LOCAL" },
    { "in_port", "local", "LOCAL" },
    { "in_port", "IN_PORT", "IN_PORT" },
    { "in_port", "TABLE", "TABLE" },
    { "in_port", "NORMAL", "NORMAL" },
    { "in_port", "FLOOD", "FLOOD" },
    { "in_port", "ALL", "ALL" },
    { "in_port", "CONTROLLER", "CONTROLLER" },
    { "in_port", "ANY", "ANY" },
    { "in_port", "NONE", "ANY" },
    { "in_port", "65535", "ANY" },
    { "in_port", "UNSET", "UNSET" },
    { "in_port", "65527", "UNSET" },
    { "in_port", "65280", "65280" },
    { "in_port", "4294967294", "LOCAL" },
    { "in_port", "4294967295", "ANY" },
    { "in_port", "4294967040", "65280" },
    { "in_port_oxm", "1", "1" },
    { "in_port_oxm", "LOCAL", "LOCAL" },
    { "in_port_oxm", "65534", "LOCAL" },
    { "in_port_oxm", "65280", "65280" },
};

START_TEST(test_value_parse_format)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(value_cases); i++) {
        const struct value_case *c = &value_cases[i];
        const struct mf_field *f = mf_from_name(c->field);
        struct ofct_buf out = OFCT_BUF_INITIALIZER;
        union mf_value value, mask;
        struct ofct_error err;

        ck_assert_ptr_nonnull(f);
        ck_assert_msg(!mf_parse(f, c->in, &value, &mask, &err),
                      "%s=%s: %s", c->field, c->in, err.msg);
        mf_format(f, &value, &mask, &out);
        ck_assert_msg(!strcmp(ofct_buf_cstr(&out), c->out),
                      "%s=%s: printed \"%s\", want \"%s\"",
                      c->field, c->in, ofct_buf_cstr(&out), c->out);
        ofct_buf_uninit(&out);
    }
}
END_TEST

/* What mf_format() prints, mf_parse() reads back to the same text ("ANY"
 * excepted: OVS prints it for an all-zero mask and parses nothing). */
START_TEST(test_value_round_trip)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(value_cases); i++) {
        const struct value_case *c = &value_cases[i];
        const struct mf_field *f = mf_from_name(c->field);
        struct ofct_buf out = OFCT_BUF_INITIALIZER;
        union mf_value value, mask;
        struct ofct_error err;

        if (!strcmp(c->out, "ANY")) {
            continue;
        }
        ck_assert_msg(!mf_parse(f, c->out, &value, &mask, &err),
                      "%s=%s: %s", c->field, c->out, err.msg);
        mf_format(f, &value, &mask, &out);
        ck_assert_str_eq(ofct_buf_cstr(&out), c->out);
        ofct_buf_uninit(&out);
    }
}
END_TEST

START_TEST(test_value_bytes)
{
    const struct mf_field *f;
    union mf_value value, mask;
    struct ofct_error err;

    /* Big-endian, 'n_bytes' wide, the rest zero. */
    f = mf_from_id(MFF_REG0);
    ck_assert_int_eq(mf_parse(f, "0x12345678/0xff00", &value, &mask, &err),
                     0);
    ck_assert_mem_eq(value.b, "\x12\x34\x56\x78\0\0\0\0\0\0\0\0\0\0\0\0",
                     16);
    ck_assert_mem_eq(mask.b, "\x00\x00\xff\x00", 4);

    f = mf_from_id(MFF_CT_LABEL);
    ck_assert_int_eq(mf_parse(f, "0x102", &value, &mask, &err), 0);
    ck_assert_mem_eq(value.b, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x01\x02", 16);
    ck_assert(mf_is_all_ones(mask.b, 16));
    ck_assert_int_eq(mf_parse(f, "18446744073709551615", &value, &mask,
                              &err), 0);
    ck_assert_mem_eq(value.b, "\0\0\0\0\0\0\0\0\xff\xff\xff\xff\xff\xff"
                     "\xff\xff", 16);

    /* Values keep bits outside the mask, as OVS's mf_parse(). */
    f = mf_from_id(MFF_IPV4_SRC);
    ck_assert_int_eq(mf_parse(f, "1.2.3.4/24", &value, &mask, &err), 0);
    ck_assert_mem_eq(value.b, "\x01\x02\x03\x04", 4);
    ck_assert_mem_eq(mask.b, "\xff\xff\xff\x00", 4);

    /* in_port_oxm holds the OpenFlow 1.1 number. */
    f = mf_from_id(MFF_IN_PORT_OXM);
    ck_assert_int_eq(mf_parse(f, "LOCAL", &value, &mask, &err), 0);
    ck_assert_mem_eq(value.b, "\xff\xff\xff\xfe", 4);

    /* ip_frag: the unused bits of the mask are set. */
    f = mf_from_id(MFF_IP_FRAG);
    ck_assert_int_eq(mf_parse(f, "yes", &value, &mask, &err), 0);
    ck_assert_uint_eq(value.b[0], 0x01);
    ck_assert_uint_eq(mask.b[0], 0xfd);
    ck_assert_int_eq(mf_parse(f, "not_later", &value, &mask, &err), 0);
    ck_assert_uint_eq(value.b[0], 0x00);
    ck_assert_uint_eq(mask.b[0], 0xfe);
    ck_assert_int_eq(mf_parse(f, "later", &value, &mask, &err), 0);
    ck_assert_uint_eq(value.b[0], 0x03);
    ck_assert_uint_eq(mask.b[0], 0xff);

    /* ct_state "+trk" is value 0x20 mask 0x20; "trk" masks all bits. */
    f = mf_from_id(MFF_CT_STATE);
    ck_assert_int_eq(mf_parse(f, "+trk", &value, &mask, &err), 0);
    ck_assert_mem_eq(value.b, "\0\0\0\x20", 4);
    ck_assert_mem_eq(mask.b, "\0\0\0\x20", 4);
    ck_assert_int_eq(mf_parse(f, "trk", &value, &mask, &err), 0);
    ck_assert_mem_eq(mask.b, "\xff\xff\xff\xff", 4);
}
END_TEST

START_TEST(test_format_edge_cases)
{
    static const struct {
        enum mf_id id;
        uint8_t value[4];
        uint8_t mask[4];
        bool exact;
        const char *out;
    } cases[] = {
        /* A NULL mask is exact. */
        { MFF_REG0, { 0, 0, 0, 0 }, { 0 }, true, "0" },
        { MFF_CT_STATE, { 0, 0, 0, 0x21 }, { 0 }, true, "new|trk" },
        { MFF_TCP_FLAGS, { 0x00, 0x12 }, { 0 }, true, "syn|ack" },
        /* Bits without a flag name. */
        { MFF_CT_STATE, { 0, 0, 1, 0x21 }, { 0 }, true, "new|trk|0x100" },
        { MFF_CT_STATE, { 0, 0, 1, 0 }, { 0, 0, 1, 0x01 }, false, "-new" },
        { MFF_TCP_FLAGS, { 0x10, 0x02 }, { 0 }, true, "syn|0x1000" },
        { MFF_TCP_FLAGS, { 0, 0 }, { 0xf0, 0 }, false, "0/0" },
        /* ip_frag values no name describes. */
        { MFF_IP_FRAG, { 0x02 }, { 0 }, true, "<error>" },
        { MFF_IP_FRAG, { 0x02 }, { 0x02 }, false, "later" },
        { MFF_IP_FRAG, { 0x00 }, { 0x02 }, false, "not_later" },
        { MFF_IP_FRAG, { 0x00 }, { 0xfc }, false, "<error>" },
        /* A masked port prints as a number. */
        { MFF_IN_PORT, { 0xff, 0xfe }, { 0xff, 0x00 }, false,
          "65534/0xff00" },
        { MFF_IN_PORT_OXM, { 0xff, 0xff, 0xff, 0xfe }, { 0 }, true,
          "LOCAL" },
        /* An OpenFlow 1.1 port with no 16-bit equivalent. */
        { MFF_IN_PORT_OXM, { 0x00, 0x01, 0x00, 0x00 }, { 0 }, true, "ANY" },
        { MFF_ETH_TYPE, { 0x08, 0x00 }, { 0 }, true, "0x800" },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        const struct mf_field *f = mf_from_id(cases[i].id);
        struct ofct_buf out = OFCT_BUF_INITIALIZER;
        union mf_value value, mask;

        memset(&value, 0, sizeof value);
        memset(&mask, 0, sizeof mask);
        memcpy(value.b, cases[i].value, f->n_bytes);
        memcpy(mask.b, cases[i].mask, f->n_bytes);
        mf_format(f, &value, cases[i].exact ? NULL : &mask, &out);
        ck_assert_msg(!strcmp(ofct_buf_cstr(&out), cases[i].out),
                      "%s case %zu: \"%s\"", f->name, i,
                      ofct_buf_cstr(&out));
        ofct_buf_uninit(&out);
    }
}
END_TEST

struct error_case {
    const char *field;
    const char *in;
    const char *msg;
};

static const struct error_case error_cases[] = {
    /* Integers. */
    { "reg0", "1x", "1x: bad syntax for reg0 value" },
    { "reg0", "abc", "abc: bad syntax for reg0 value" },
    { "reg0", "1e3", "1e3: bad syntax for reg0 value" },
    { "reg0", "08", "08: bad syntax for reg0 value" },
    { "reg0", "0x-1", "0x-1: bad syntax for reg0 value" },
    { "reg0", "/1", "/1: bad syntax for reg0 value" },
    { "reg0", "", ": bad syntax for reg0 value" },
    { "reg0", "0x1/", "0x1/: bad syntax for reg0 mask" },
    { "reg0", "0x1/08", "0x1/08: bad syntax for reg0 mask" },
    { "reg0", "1/2/3", "1/2/3: bad syntax for reg0 mask" },
    { "reg0", "-1", "-1: value too large for 4-byte field reg0" },
    { "reg0", "0x100000000",
      "0x100000000: value too large for 4-byte field reg0" },
    { "reg0", "4294967296",
      "4294967296: value too large for 4-byte field reg0" },
    { "reg0", "99999999999999999999",
      "99999999999999999999: value too large for 4-byte field reg0" },
    { "reg0", "0x0000000000000000000000000000000000000000100000000",
      "0x0000000000000000000000000000000000000000100000000: value too "
      "large for 4-byte field reg0" },
    { "reg0", "0x1/0x1ffffffff",
      "0x1/0x1ffffffff: mask too large for 4-byte field reg0" },
    { "reg0", "0x1/-1", "0x1/-1: mask too large for 4-byte field reg0" },
    { "tcp_src", "0x1ffff",
      "0x1ffff: value too large for 2-byte field tcp_src" },
    { "tcp_dst", "65536",
      "65536: value too large for 2-byte field tcp_dst" },
    { "tcp_src", "0x10/0x10000",
      "0x10/0x10000: mask too large for 2-byte field tcp_src" },
    { "xxreg0", "0x1000000000000000000000000000000000",
      "0x1000000000000000000000000000000000: value too large for 16-byte "
      "field xxreg0" },
    { "xxreg0", "340282366920938463463374607431768211455",
      "340282366920938463463374607431768211455: value too large for "
      "16-byte field xxreg0" },
    { "ct_label", "18446744073709551616",
      "18446744073709551616: value too large for 16-byte field ct_label" },
    { "nw_ttl", "1/2", "1/2: invalid mask for field nw_ttl" },

    /* ct_state. */
    { "ct_state", "0x100/0x100", "0x100/0x100: unknown ct_state flag(s)" },
    { "ct_state", "0x21/0x121", "0x21/0x121: unknown ct_state flag(s)" },
    { "ct_state", "0x21/0xffffffff",
      "0x21/0xffffffff: unknown ct_state flag(s)" },
    { "ct_state", "0x21/-1", "0x21/-1: unknown ct_state flag(s)" },
    { "ct_state", "0xffffffff", "0xffffffff: unknown ct_state flag(s)" },
    { "ct_state", "0x", "0x: unknown ct_state flag(s)" },
    { "ct_state", "0x1/0x", "0x1/0x: unknown ct_state flag(s)" },
    { "ct_state", "0x21/", "0x21/: unknown ct_state flag(s)" },
    { "ct_state", "+foo", "foo: unknown ct_state flag(s)" },
    { "ct_state", "+TRK", "TRK: unknown ct_state flag(s)" },
    { "ct_state", "+", ": unknown ct_state flag(s)" },
    { "ct_state", "+new+trk-", ": unknown ct_state flag(s)" },
    { "ct_state", "+new-foo", "foo: unknown ct_state flag(s)" },
    { "ct_state", "+newtrk", "newtrk: unknown ct_state flag(s)" },
    { "ct_state", "+trk/0x20", "trk/0x20: unknown ct_state flag(s)" },
    { "ct_state", "+new|trk", "new|trk: unknown ct_state flag(s)" },
    { "ct_state", "-0x1", "0x1: unknown ct_state flag(s)" },
    { "ct_state", "+trk+trk",
      "trk: Each ct_state flag can be specified only once" },
    { "ct_state", "+trk-trk",
      "trk: Each ct_state flag can be specified only once" },
    { "ct_state", "+new+est+new",
      "new: Each ct_state flag can be specified only once" },
    { "ct_state", "new|foo", "new|foo: unknown ct_state flag(s)" },
    { "ct_state", "new||trk", "new||trk: unknown ct_state flag(s)" },
    { "ct_state", "|new", "|new: unknown ct_state flag(s)" },
    { "ct_state", "new+trk", "new+trk: unknown ct_state flag(s)" },
    { "ct_state", "0x21+trk", "0x21+trk: unknown ct_state flag(s)" },
    { "ct_state", "new|trk|0x100",
      "new|trk|0x100: unknown ct_state flag(s)" },

    /* tcp_flags. */
    { "tcp_flags", "0x1000", "0x1000: unknown TCP flag(s)" },
    { "tcp_flags", "0x2/0xffff", "0x2/0xffff: unknown TCP flag(s)" },
    { "tcp_flags", "+SYN", "SYN: unknown TCP flag(s)" },
    { "tcp_flags", "foo", "foo: unknown TCP flag(s)" },
    { "tcp_flags", "+syn+syn",
      "syn: Each TCP flag can be specified only once" },

    /* ip_frag (OVS's message lacks its closing parenthesis). */
    { "ip_frag", "1", "1: unknown fragment type (valid types are \"no\", "
      "\"yes\", \"first\", \"later\", \"not_later\"" },
    { "ip_frag", "yes/1", "yes/1: unknown fragment type (valid types are "
      "\"no\", \"yes\", \"first\", \"later\", \"not_later\"" },

    /* Ethernet. */
    { "eth_src", "1:2:3:4:5", "1:2:3:4:5: invalid Ethernet address" },
    { "eth_src", "1:2:3:4:5:6:7", "1:2:3:4:5:6:7: invalid Ethernet address" },
    { "eth_src", "1:2:3:4:5:6/", "1:2:3:4:5:6/: invalid Ethernet address" },
    { "eth_src", "1:2:3:4:5:6/1", "1:2:3:4:5:6/1: invalid Ethernet address" },
    { "eth_src", "001122334455", "001122334455: invalid Ethernet address" },

    /* IPv4. */
    { "ip_src", "1.2.3.4/33", "1.2.3.4/33: IPv4 network prefix bits not "
      "between 0 and 32, inclusive" },
    { "ip_src", "1.2.3.4/-1", "1.2.3.4/-1: IPv4 network prefix bits not "
      "between 0 and 32, inclusive" },
    { "ip_src", "1.2.3", "1.2.3: invalid IP address" },
    { "ip_src", "1.2.3.4x", "1.2.3.4x: invalid IP address" },
    { "ip_src", "1.2.3.4/24x", "1.2.3.4/24x: invalid IP address" },
    { "ip_src", "0x1.2.3.4", "0x1.2.3.4: invalid IP address" },
    { "ip_src", "1.2.3.4/", "1.2.3.4/: invalid IP address" },
    { "ip_src", "1.2.3.4/1.2.3", "1.2.3.4/1.2.3: invalid IP address" },
    { "ip_src", "1.2.3.4/24.5", "1.2.3.4/24.5: invalid IP address" },

    /* IPv6. */
    { "ipv6_src", "2001:db8::/129", "2001:db8::/129: IPv6 network prefix "
      "bits not between 0 and 128, inclusive" },
    { "ipv6_src", "2001:db8::/-1", "2001:db8::/-1: IPv6 network prefix "
      "bits not between 0 and 128, inclusive" },
    { "ipv6_src", "2001:db8::/0:ffff::",
      "2001:db8::/0:ffff::: invalid IPv6 address" },
    { "ipv6_src", "2001:db8::/1::", "2001:db8::/1::: invalid IPv6 address" },
    { "ipv6_src", "1::2::3", "1::2::3: invalid IPv6 address" },
    { "ipv6_src", "2001:db8::1x", "2001:db8::1x: invalid IPv6 address" },
    { "ipv6_src", "2001:db8::/", "2001:db8::/: invalid IPv6 address" },
    { "ipv6_src", "2001:db8::/zz", "2001:db8::/zz: invalid IPv6 address" },
    { "ipv6_src", "fe80::1%eth0", "fe80::1%eth0: invalid IPv6 address" },
    { "ipv6_src", "1.2.3.4", "1.2.3.4: invalid IPv6 address" },
    { "ipv6_src", "2001:db8:0:0:0:0:0:0:1",
      "2001:db8:0:0:0:0:0:0:1: invalid IPv6 address" },
    { "ipv6_src", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa: invalid IPv6 "
      "address" },
    { "ipv6_src", "2001:db8::/ab::cd::",
      "2001:db8::/ab::cd::: Invalid IPv6 mask" },
    { "ipv6_src", "2001:db8::/ff.ff", "2001:db8::/ff.ff: Invalid IPv6 mask" },

    /* Ports. */
    { "in_port", "0xfffe", "0xfffe: invalid or unknown port for in_port" },
    { "in_port", "65536", "65536: invalid or unknown port for in_port" },
    { "in_port", "4294967296",
      "4294967296: invalid or unknown port for in_port" },
    { "in_port", "-1", "-1: invalid or unknown port for in_port" },
    { "in_port", "foo", "foo: invalid or unknown port for in_port" },
    { "in_port", "\"p1\"", "\"p1\": invalid or unknown port for in_port" },
    { "in_port", "1/1", "1/1: invalid or unknown port for in_port" },
    { "in_port_oxm", "65536",
      "65536: port value out of range for in_port_oxm" },
    { "in_port_oxm", "foo", "foo: port value out of range for in_port_oxm" },
    { "in_port_oxm", "1/1", "1/1: port value out of range for in_port_oxm" },
};

START_TEST(test_value_errors)
{
    size_t i;

    for (i = 0; i < ARRAY_SIZE(error_cases); i++) {
        const struct error_case *c = &error_cases[i];
        const struct mf_field *f = mf_from_name(c->field);
        union mf_value value, mask;
        struct ofct_error err;

        ofct_error_clear(&err);
        ck_assert_msg(mf_parse(f, c->in, &value, &mask, &err) == -1,
                      "%s=%s: accepted", c->field, c->in);
        ck_assert_msg(!strcmp(err.msg, c->msg), "%s=%s: \"%s\"",
                      c->field, c->in, err.msg);
        ck_assert_int_eq(err.code, OFCT_OK);
    }
}
END_TEST

START_TEST(test_parse_value)
{
    static const struct error_case wild[] = {
        { "in_port", "*", "*: wildcards not allowed here" },
        { "ct_state", "+trk", "+trk: wildcards not allowed here" },
        { "reg0", "0x1/0xff", "0x1/0xff: wildcards not allowed here" },
        { "ip_frag", "yes", "yes: wildcards not allowed here" },
        { "ip_src", "1.2.3.0/24", "1.2.3.0/24: wildcards not allowed here" },
        { "reg0", "1x", "1x: bad syntax for reg0 value" },
    };
    union mf_value value;
    struct ofct_error err;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(wild); i++) {
        ck_assert_int_eq(mf_parse_value(mf_from_name(wild[i].field),
                                        wild[i].in, &value, &err), -1);
        ck_assert_str_eq(err.msg, wild[i].msg);
    }

    ck_assert_int_eq(mf_parse_value(mf_from_name("ct_state"), "0x21",
                                    &value, &err), 0);
    ck_assert_mem_eq(value.b, "\0\0\0\x21", 4);
    ck_assert_int_eq(mf_parse_value(mf_from_name("ip_frag"), "first",
                                    &value, &err), 0);
    ck_assert_uint_eq(value.b[0], 1);
    ck_assert_int_eq(mf_parse_value(mf_from_name("in_port"), "LOCAL",
                                    &value, &err), 0);
    ck_assert_mem_eq(value.b, "\xff\xfe", 2);
    /* A full mask is no wildcard. */
    ck_assert_int_eq(mf_parse_value(mf_from_name("reg0"), "1/0xffffffff",
                                    &value, &err), 0);
}
END_TEST

/* mf_is_value_valid() as ovs-ofctl's "X is not a valid value for field Y"
 * for set_field shows it. */
START_TEST(test_value_valid)
{
    static const struct {
        const char *field;
        const char *in;
        bool valid;
    } cases[] = {
        { "vlan_vid", "0x1fff", true },
        { "vlan_vid", "0x2005", false },
        { "vlan_pcp", "7", true },
        { "vlan_pcp", "8", false },
        { "dl_vlan", "4095", true },
        { "dl_vlan", "4096", false },
        { "dl_vlan_pcp", "8", false },
        { "ipv6_label", "0xfffff", true },
        { "ipv6_label", "0x100000", false },
        { "ip_dscp", "63", true },
        { "ip_dscp", "64", false },
        { "nw_ecn", "3", true },
        { "ip_ecn", "4", false },
        { "nw_tos", "252", true },
        { "nw_tos", "3", false },
        { "nw_tos", "255", false },
        { "arp_op", "255", true },
        { "arp_op", "256", false },
        { "icmp_type", "255", true },
        { "reg0", "0xffffffff", true },
        { "ct_state", "0xff", true },
        { "tcp_flags", "0xfff", true },
        { "ip_frag", "later", true },
        { "in_port_oxm", "LOCAL", true },
        { "in_port_oxm", "65280", true },
    };
    union mf_value v;
    struct ofct_error err;
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        const struct mf_field *f = mf_from_name(cases[i].field);

        ck_assert_int_eq(mf_parse_value(f, cases[i].in, &v, &err), 0);
        ck_assert_msg(mf_is_value_valid(f, &v) == cases[i].valid,
                      "%s=%s", cases[i].field, cases[i].in);
    }

    /* Values that only the wire can carry. */
    memset(&v, 0, sizeof v);
    v.b[2] = 0x01;
    ck_assert(!mf_is_value_valid(mf_from_id(MFF_CT_STATE), &v));
    memset(&v, 0, sizeof v);
    v.b[0] = 0x10;
    ck_assert(!mf_is_value_valid(mf_from_id(MFF_TCP_FLAGS), &v));
    memset(&v, 0, sizeof v);
    v.b[0] = 0x04;
    ck_assert(!mf_is_value_valid(mf_from_id(MFF_IP_FRAG), &v));
    memcpy(v.b, "\x00\x00\xff\x00", 4);
    ck_assert(!mf_is_value_valid(mf_from_id(MFF_IN_PORT_OXM), &v));
    memcpy(v.b, "\xff\xff\xff\x00", 4);
    ck_assert(mf_is_value_valid(mf_from_id(MFF_IN_PORT_OXM), &v));
}
END_TEST

/* Subfields. */

START_TEST(test_subfield_parse)
{
    static const struct {
        const char *in;
        const char *out;
        unsigned int ofs, n_bits;
        const char *rest;
    } cases[] = {
        { "reg0", "NXM_NX_REG0[]", 0, 32, "" },
        { "reg0->reg1[]", "NXM_NX_REG0[]", 0, 32, "->reg1[]" },
        { "reg0-x", "NXM_NX_REG0[]", 0, 32, "-x" },
        { "reg0[]junk", "NXM_NX_REG0[]", 0, 32, "junk" },
        { "reg0[0..31]", "NXM_NX_REG0[]", 0, 32, "" },
        { "reg0[0..15]->x", "NXM_NX_REG0[0..15]", 0, 16, "->x" },
        { "reg0[3]", "NXM_NX_REG0[3]", 3, 1, "" },
        { "reg0[3..3]", "NXM_NX_REG0[3]", 3, 1, "" },
        { "reg0[+1]", "NXM_NX_REG0[1]", 1, 1, "" },
        { "reg0[01..03]", "NXM_NX_REG0[1..3]", 1, 3, "" },
        { "reg0[4294967297]", "NXM_NX_REG0[1]", 1, 1, "" },
        { "reg1[0..3]", "NXM_NX_REG1[0..3]", 0, 4, "" },
        { "NXM_NX_REG2[4..7]", "NXM_NX_REG2[4..7]", 4, 4, "" },
        { "NXM_NX_REG0_W", "NXM_NX_REG0[]", 0, 32, "" },
        { "NXM_NX_REG0_W[1]", "NXM_NX_REG0[1]", 1, 1, "" },
        { "xreg0[3]", "OXM_OF_PKT_REG0[3]", 3, 1, "" },
        { "OXM_OF_PKT_REG0[32..63]", "OXM_OF_PKT_REG0[32..63]", 32, 32, "" },
        { "xxreg3[64..127]", "NXM_NX_XXREG3[64..127]", 64, 64, "" },
        { "xxreg0[0..127]", "NXM_NX_XXREG0[]", 0, 128, "" },
        { "ct_label", "NXM_NX_CT_LABEL[]", 0, 128, "" },
        { "NXM_NX_CT_LABEL[0..63]", "NXM_NX_CT_LABEL[0..63]", 0, 64, "" },
        { "ct_mark[]", "NXM_NX_CT_MARK[]", 0, 32, "" },
        { "ct_zone", "NXM_NX_CT_ZONE[]", 0, 16, "" },
        { "metadata[0..15]", "OXM_OF_METADATA[0..15]", 0, 16, "" },
        { "in_port", "NXM_OF_IN_PORT[]", 0, 16, "" },
        { "in_port_oxm", "OXM_OF_IN_PORT[]", 0, 32, "" },
        { "OXM_OF_IN_PORT[0..15]", "OXM_OF_IN_PORT[0..15]", 0, 16, "" },
        { "dl_src[]", "NXM_OF_ETH_SRC[]", 0, 48, "" },
        { "eth_src[0..23]", "NXM_OF_ETH_SRC[0..23]", 0, 24, "" },
        { "OXM_OF_ETH_SRC[]", "NXM_OF_ETH_SRC[]", 0, 48, "" },
        { "OXM_OF_ETH_SRC_W[40..47]", "NXM_OF_ETH_SRC[40..47]", 40, 8, "" },
        { "NXM_OF_VLAN_TCI[0..11]", "NXM_OF_VLAN_TCI[0..11]", 0, 12, "" },
        { "NXM_NX_TCP_FLAGS[0..11]", "NXM_NX_TCP_FLAGS[]", 0, 12, "" },
        { "ONFOXM_ET_TCP_FLAGS[]", "NXM_NX_TCP_FLAGS[]", 0, 12, "" },
        { "NXM_NX_CT_STATE[0..7]", "NXM_NX_CT_STATE[0..7]", 0, 8, "" },
        { "ct_state[5]", "NXM_NX_CT_STATE[5]", 5, 1, "" },
        { "dl_vlan[0..11]", "dl_vlan[]", 0, 12, "" },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        struct ofct_buf out = OFCT_BUF_INITIALIZER;
        const char *p = cases[i].in;
        struct mf_subfield sf;
        struct ofct_error err;

        ck_assert_msg(!mf_parse_subfield(&sf, &p, &err), "%s: %s",
                      cases[i].in, err.msg);
        ck_assert_uint_eq(sf.ofs, cases[i].ofs);
        ck_assert_uint_eq(sf.n_bits, cases[i].n_bits);
        ck_assert_str_eq(p, cases[i].rest);
        mf_format_subfield(&sf, &out);
        ck_assert_str_eq(ofct_buf_cstr(&out), cases[i].out);

        /* What is printed parses back to the same subfield. */
        p = cases[i].out;
        {
            struct mf_subfield again;

            ck_assert_int_eq(mf_parse_subfield(&again, &p, &err), 0);
            ck_assert_ptr_eq(again.field, sf.field);
            ck_assert_uint_eq(again.ofs, sf.ofs);
            ck_assert_uint_eq(again.n_bits, sf.n_bits);
            ck_assert_str_eq(p, "");
        }
        ofct_buf_uninit(&out);
    }
}
END_TEST

START_TEST(test_subfield_errors)
{
    static const struct {
        const char *in;
        const char *msg;
    } cases[] = {
        { "reg0[5..2]->reg1[]",
          "reg0[5..2]->reg1[]: starting bit 5 is after ending bit 2" },
        { "reg0[40]->reg1[0]", "reg0[40]->reg1[0]: starting bit 40 is not "
          "valid because field is only 32 bits wide" },
        { "reg0[1..40]->reg1[]", "reg0[1..40]->reg1[]: ending bit 40 is not "
          "valid because field is only 32 bits wide" },
        { "foo[]->reg1[]", "foo[]->reg1[]: unknown field `foo'" },
        { "[]->reg1[]", "[]->reg1[]: unknown field `'" },
        { "reg0.x->reg1[]", "reg0.x->reg1[]: unknown field `reg0.x'" },
        { "reg0]->reg1[]", "reg0]->reg1[]: unknown field `reg0]'" },
        { "reg0_W->reg1[]", "reg0_W->reg1[]: unknown field `reg0_W'" },
        { "_W[]->reg1[]", "_W[]->reg1[]: unknown field `_W'" },
        { "NXM_NX_->reg1[]", "NXM_NX_->reg1[]: unknown field `NXM_NX_'" },
        { "REG0[]", "REG0[]: unknown field `REG0'" },
        { "nxm_nx_reg0[]", "nxm_nx_reg0[]: unknown field `nxm_nx_reg0'" },
        { "reg16[]", "reg16[]: unknown field `reg16'" },
        { "reg0[1..]->reg1[]", "reg0[1..]->reg1[]: syntax error expecting "
          "[] or [<bit>] or [<start>..<end>]" },
        { "reg0[", "reg0[: syntax error expecting [] or [<bit>] or "
          "[<start>..<end>]" },
        { "reg0[x]", "reg0[x]: syntax error expecting [] or [<bit>] or "
          "[<start>..<end>]" },
        { "reg0[0x1]", "reg0[0x1]: syntax error expecting [] or [<bit>] or "
          "[<start>..<end>]" },
        { "reg0[1..3", "reg0[1..3: syntax error expecting [] or [<bit>] or "
          "[<start>..<end>]" },
        { "reg0[1..2..3]", "reg0[1..2..3]: syntax error expecting [] or "
          "[<bit>] or [<start>..<end>]" },
        { "reg0[1...3]", "reg0[1...3]: syntax error expecting [] or [<bit>] "
          "or [<start>..<end>]" },
        { "reg0[1.3]", "reg0[1.3]: syntax error expecting [] or [<bit>] or "
          "[<start>..<end>]" },
        /* Bit numbers are ints, compared signed then unsigned. */
        { "reg0[-1]->reg1[0]", "reg0[-1]->reg1[0]: starting bit -1 is not "
          "valid because field is only 32 bits wide" },
        { "reg0[-1..3]", "reg0[-1..3]: starting bit -1 is not valid because "
          "field is only 32 bits wide" },
        { "reg0[5..-2]", "reg0[5..-2]: starting bit 5 is after ending bit "
          "-2" },
        { "reg0[0..-1]", "reg0[0..-1]: starting bit 0 is after ending bit "
          "-1" },
        { "reg0[-3..-1]", "reg0[-3..-1]: starting bit -3 is not valid "
          "because field is only 32 bits wide" },
        { "reg0[99999999999]", "reg0[99999999999]: starting bit 1215752191 "
          "is not valid because field is only 32 bits wide" },
        { "reg0[99999999999999999999]", "reg0[99999999999999999999]: "
          "starting bit 1661992959 is not valid because field is only 32 "
          "bits wide" },
        { "NXM_NX_TCP_FLAGS[0..15]", "NXM_NX_TCP_FLAGS[0..15]: ending bit 15 "
          "is not valid because field is only 12 bits wide" },
        { "OXM_OF_VLAN_PCP[0..200]", "OXM_OF_VLAN_PCP[0..200]: ending bit "
          "200 is not valid because field is only 3 bits wide" },
        { "NXM_NX_IPV6_LABEL[20]", "NXM_NX_IPV6_LABEL[20]: starting bit 20 "
          "is not valid because field is only 20 bits wide" },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        const char *p = cases[i].in;
        struct mf_subfield sf;
        struct ofct_error err;

        ofct_error_clear(&err);
        ck_assert_msg(mf_parse_subfield(&sf, &p, &err) == -1, "%s accepted",
                      cases[i].in);
        ck_assert_msg(!strcmp(err.msg, cases[i].msg), "%s: \"%s\"",
                      cases[i].in, err.msg);
        /* The caller's position is left alone. */
        ck_assert_ptr_eq(p, cases[i].in);
    }
}
END_TEST

START_TEST(test_subfield_format)
{
    struct ofct_buf out = OFCT_BUF_INITIALIZER;
    struct mf_subfield sf;

    sf.field = mf_from_id(MFF_CT_MARK);
    sf.ofs = 0;
    sf.n_bits = 32;
    mf_format_subfield(&sf, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "NXM_NX_CT_MARK[]");

    /* One bit at offset 0 of a 1-bit-wide view is still "[0]" unless it is
     * the whole field. */
    ofct_buf_clear(&out);
    sf.field = mf_from_id(MFF_REG0);
    sf.ofs = 0;
    sf.n_bits = 1;
    mf_format_subfield(&sf, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "NXM_NX_REG0[0]");

    ofct_buf_clear(&out);
    sf.field = mf_from_id(MFF_XXREG1);
    sf.ofs = 64;
    sf.n_bits = 64;
    mf_format_subfield(&sf, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "NXM_NX_XXREG1[64..127]");

    /* No field: as OVS, "<unknown>". */
    ofct_buf_clear(&out);
    sf.field = NULL;
    sf.ofs = 0;
    sf.n_bits = 16;
    mf_format_subfield(&sf, &out);
    ck_assert_str_eq(ofct_buf_cstr(&out), "<unknown>[0..15]");
    ofct_buf_uninit(&out);
}
END_TEST

/* Bit helpers and the scanner. */

START_TEST(test_bits)
{
    uint8_t v[2] = { 0x80, 0x01 };
    uint8_t ones[3] = { 0xff, 0xff, 0xff };
    uint8_t zeros[3] = { 0, 0, 0 };

    ck_assert(mf_bit_is_set(v, 2, 0));
    ck_assert(!mf_bit_is_set(v, 2, 1));
    ck_assert(mf_bit_is_set(v, 2, 15));
    ck_assert(!mf_bit_is_set(v, 2, 14));
    /* Beyond the value: reads 0, writes nothing. */
    ck_assert(!mf_bit_is_set(ones, 3, 24));
    ck_assert(!mf_bit_is_set(ones, 3, 1000));

    mf_set_bit(v, 2, 3, true);
    ck_assert_uint_eq(v[1], 0x09);
    mf_set_bit(v, 2, 15, false);
    ck_assert_uint_eq(v[0], 0x00);
    mf_set_bit(v, 2, 8, true);
    ck_assert_uint_eq(v[0], 0x01);
    mf_set_bit(v, 2, 0, false);
    ck_assert_uint_eq(v[1], 0x08);
    mf_set_bit(v, 2, 16, true);
    mf_set_bit(v, 2, 4096, true);
    ck_assert_uint_eq(v[0], 0x01);
    ck_assert_uint_eq(v[1], 0x08);

    ck_assert(mf_is_all_ones(ones, 3));
    ck_assert(!mf_is_all_zeros(ones, 3));
    ck_assert(mf_is_all_zeros(zeros, 3));
    ck_assert(!mf_is_all_ones(zeros, 3));
    ones[2] = 0xfe;
    ck_assert(!mf_is_all_ones(ones, 3));
    ck_assert(mf_is_all_ones(ones, 2));
    zeros[0] = 1;
    ck_assert(!mf_is_all_zeros(zeros, 3));
    ck_assert(mf_is_all_ones(ones, 0));
    ck_assert(mf_is_all_zeros(zeros, 0));
}
END_TEST

START_TEST(test_scan_int)
{
    static const struct {
        const char *s;
        int base;
        uint64_t value;
        const char *rest;       /* NULL: no number */
    } cases[] = {
        { "12]", 10, 12, "]" },
        { "  -1", 10, UINT64_MAX, "" },
        { "+5", 10, 5, "" },
        { "0x1f", 0, 0x1f, "" },
        { "0X1F", 16, 0x1f, "" },
        { "1f:", 16, 0x1f, ":" },
        { "017", 0, 15, "" },
        { "08", 0, 0, "8" },
        { "09", 10, 9, "" },
        { "0x1", 10, 0, "x1" },
        { "99999999999999999999", 10, 7766279631452241919ull, "" },
        { "0x", 16, 0, NULL },
        { "0x", 0, 0, NULL },
        { "", 10, 0, NULL },
        { "-", 10, 0, NULL },
        { "x", 0, 0, NULL },
        { " ", 10, 0, NULL },
    };
    size_t i;

    for (i = 0; i < ARRAY_SIZE(cases); i++) {
        uint64_t v = 12345;
        const char *end = mf_scan_int(cases[i].s, cases[i].base, &v);

        if (!cases[i].rest) {
            ck_assert_msg(!end, "\"%s\" scanned", cases[i].s);
        } else {
            ck_assert_msg(end && !strcmp(end, cases[i].rest),
                          "\"%s\": rest \"%s\"", cases[i].s,
                          end ? end : "(null)");
            ck_assert_uint_eq(v, cases[i].value);
        }
    }
}
END_TEST

static Suite *
fields_suite(void)
{
    Suite *s = suite_create("fields");
    TCase *tc;

    tc = tcase_create("table");
    tcase_add_test(tc, test_table_rows);
    tcase_add_test(tc, test_table_invariants);
    tcase_add_test(tc, test_every_name_finds_its_field);
    tcase_add_test(tc, test_name_lookup_details);
    tcase_add_test(tc, test_subfield_names);
    tcase_add_test(tc, test_ct_writable);
    suite_add_tcase(s, tc);

    tc = tcase_create("headers");
    tcase_add_test(tc, test_from_header);
    tcase_add_test(tc, test_header_per_version);
    tcase_add_test(tc, test_header_name_per_version);
    suite_add_tcase(s, tc);

    tc = tcase_create("values");
    tcase_add_test(tc, test_value_parse_format);
    tcase_add_test(tc, test_value_round_trip);
    tcase_add_test(tc, test_value_bytes);
    tcase_add_test(tc, test_format_edge_cases);
    tcase_add_test(tc, test_value_errors);
    tcase_add_test(tc, test_parse_value);
    tcase_add_test(tc, test_value_valid);
    suite_add_tcase(s, tc);

    tc = tcase_create("subfields");
    tcase_add_test(tc, test_subfield_parse);
    tcase_add_test(tc, test_subfield_errors);
    tcase_add_test(tc, test_subfield_format);
    tcase_add_test(tc, test_bits);
    tcase_add_test(tc, test_scan_int);
    suite_add_tcase(s, tc);

    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(fields_suite());
    int n_failed;

    srunner_run_all(sr, CK_NORMAL);
    n_failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return n_failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
