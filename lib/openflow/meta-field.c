/* The field table and lookups by id, name and NXM/OXM header.
 *
 * Facts (names, widths, headers, the OpenFlow version from which a standard
 * OXM is used) come from Open vSwitch's ovs-fields(7) and were checked
 * against ovs-ofctl 3.1 (set_field and load encodings in OpenFlow 1.0, 1.2,
 * 1.3 and 1.5; NXM and OXM match encodings). */
#include <config.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "openflow/meta-field.h"

/* NXM/OXM classes. */
#define NXM_OF_CLASS   0x0000   /* NXM_OF_*: OpenFlow 1.0 fields */
#define NXM_NX_CLASS   0x0001   /* NXM_NX_*: Nicira extensions */
#define OXM_OF_CLASS   0x8000   /* OXM_OF_*: OpenFlow basic */
#define OXM_PKT_CLASS  0x8001   /* OXM_OF_PKT_REG*: OpenFlow 1.5 packet regs */

#define HDR_NXM_OF(FIELD, LEN) NXM_HEADER(NXM_OF_CLASS, FIELD, 0, LEN)
#define HDR_NXM_NX(FIELD, LEN) NXM_HEADER(NXM_NX_CLASS, FIELD, 0, LEN)
#define HDR_OXM_OF(FIELD, LEN) NXM_HEADER(OXM_OF_CLASS, FIELD, 0, LEN)
#define HDR_OXM_PKT(FIELD)     NXM_HEADER(OXM_PKT_CLASS, FIELD, 0, 8)

/* 32-bit registers reg0..reg15: NXM_NX_REG<N>, NXM_NX class field N. */
#define MF_REG(N)                                                       \
    [MFF_REG0 + N] = {                                                  \
        .id = MFF_REG0 + N, .name = "reg" #N,                           \
        .n_bytes = 4, .n_bits = 32, .maskable = true,                   \
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true, \
        .nxm_header = HDR_NXM_NX(N, 4), .nxm_name = "NXM_NX_REG" #N,    \
    }

/* 64-bit registers xreg0..xreg7 have only an OXM (OXM_OF_PKT_REG<N>, from
 * OpenFlow 1.3), which OVS also uses in NXAST_REG_LOAD/MOVE. */
#define MF_XREG(N)                                                      \
    [MFF_XREG0 + N] = {                                                 \
        .id = MFF_XREG0 + N, .name = "xreg" #N,                         \
        .n_bytes = 8, .n_bits = 64, .maskable = true,                   \
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true, \
        .nxm_header = HDR_OXM_PKT(N), .nxm_name = "OXM_OF_PKT_REG" #N,  \
        .oxm_header = HDR_OXM_PKT(N), .oxm_name = "OXM_OF_PKT_REG" #N,  \
        .oxm_version = OFCT_OFP13,                                      \
    }

/* 128-bit registers xxreg0..xxreg3: NXM_NX_XXREG<N>, fields 111..114. */
#define MF_XXREG(N)                                                     \
    [MFF_XXREG0 + N] = {                                                \
        .id = MFF_XXREG0 + N, .name = "xxreg" #N,                       \
        .n_bytes = 16, .n_bits = 128, .maskable = true,                 \
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true, \
        .nxm_header = HDR_NXM_NX(111 + N, 16),                          \
        .nxm_name = "NXM_NX_XXREG" #N,                                  \
    }

const struct mf_field mf_fields[MFF_N_IDS] = {
    /* Metadata. */
    [MFF_IN_PORT] = {
        .id = MFF_IN_PORT, .name = "in_port",
        .n_bytes = 2, .n_bits = 16, .maskable = false,
        .string = MFS_OFP_PORT, .prereq = MFP_NONE, .writable = true,
        .nxm_header = HDR_NXM_OF(0, 2), .nxm_name = "NXM_OF_IN_PORT",
    },
    [MFF_IN_PORT_OXM] = {
        .id = MFF_IN_PORT_OXM, .name = "in_port_oxm",
        .n_bytes = 4, .n_bits = 32, .maskable = false,
        .string = MFS_OFP_PORT_OXM, .prereq = MFP_NONE, .writable = true,
        .nxm_header = HDR_OXM_OF(0, 4), .nxm_name = "OXM_OF_IN_PORT",
        .oxm_header = HDR_OXM_OF(0, 4), .oxm_name = "OXM_OF_IN_PORT",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_METADATA] = {
        .id = MFF_METADATA, .name = "metadata",
        .n_bytes = 8, .n_bits = 64, .maskable = true,
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true,
        .nxm_header = HDR_OXM_OF(2, 8), .nxm_name = "OXM_OF_METADATA",
        .oxm_header = HDR_OXM_OF(2, 8), .oxm_name = "OXM_OF_METADATA",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_PKT_MARK] = {
        .id = MFF_PKT_MARK, .name = "pkt_mark",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true,
        .nxm_header = HDR_NXM_NX(33, 4), .nxm_name = "NXM_NX_PKT_MARK",
    },

    /* Connection tracking. */
    [MFF_CT_STATE] = {
        .id = MFF_CT_STATE, .name = "ct_state",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_CT_STATE, .prereq = MFP_NONE, .writable = false,
        .nxm_header = HDR_NXM_NX(105, 4), .nxm_name = "NXM_NX_CT_STATE",
    },
    [MFF_CT_ZONE] = {
        .id = MFF_CT_ZONE, .name = "ct_zone",
        .n_bytes = 2, .n_bits = 16, .maskable = false,
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = false,
        .nxm_header = HDR_NXM_NX(106, 2), .nxm_name = "NXM_NX_CT_ZONE",
    },
    [MFF_CT_MARK] = {
        .id = MFF_CT_MARK, .name = "ct_mark",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true,
        .nxm_header = HDR_NXM_NX(107, 4), .nxm_name = "NXM_NX_CT_MARK",
    },
    [MFF_CT_LABEL] = {
        .id = MFF_CT_LABEL, .name = "ct_label",
        .n_bytes = 16, .n_bits = 128, .maskable = true,
        .string = MFS_HEXADECIMAL, .prereq = MFP_NONE, .writable = true,
        .nxm_header = HDR_NXM_NX(108, 16), .nxm_name = "NXM_NX_CT_LABEL",
    },
    [MFF_CT_NW_PROTO] = {
        .id = MFF_CT_NW_PROTO, .name = "ct_nw_proto",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(119, 1), .nxm_name = "NXM_NX_CT_NW_PROTO",
    },
    [MFF_CT_NW_SRC] = {
        .id = MFF_CT_NW_SRC, .name = "ct_nw_src",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_IPV4, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(120, 4), .nxm_name = "NXM_NX_CT_NW_SRC",
    },
    [MFF_CT_NW_DST] = {
        .id = MFF_CT_NW_DST, .name = "ct_nw_dst",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_IPV4, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(121, 4), .nxm_name = "NXM_NX_CT_NW_DST",
    },
    [MFF_CT_IPV6_SRC] = {
        .id = MFF_CT_IPV6_SRC, .name = "ct_ipv6_src",
        .n_bytes = 16, .n_bits = 128, .maskable = true,
        .string = MFS_IPV6, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(122, 16), .nxm_name = "NXM_NX_CT_IPV6_SRC",
    },
    [MFF_CT_IPV6_DST] = {
        .id = MFF_CT_IPV6_DST, .name = "ct_ipv6_dst",
        .n_bytes = 16, .n_bits = 128, .maskable = true,
        .string = MFS_IPV6, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(123, 16), .nxm_name = "NXM_NX_CT_IPV6_DST",
    },
    [MFF_CT_TP_SRC] = {
        .id = MFF_CT_TP_SRC, .name = "ct_tp_src",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(124, 2), .nxm_name = "NXM_NX_CT_TP_SRC",
    },
    [MFF_CT_TP_DST] = {
        .id = MFF_CT_TP_DST, .name = "ct_tp_dst",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_CT_VALID, .writable = false,
        .nxm_header = HDR_NXM_NX(125, 2), .nxm_name = "NXM_NX_CT_TP_DST",
    },

    /* Registers. */
    MF_REG(0), MF_REG(1), MF_REG(2), MF_REG(3),
    MF_REG(4), MF_REG(5), MF_REG(6), MF_REG(7),
    MF_REG(8), MF_REG(9), MF_REG(10), MF_REG(11),
    MF_REG(12), MF_REG(13), MF_REG(14), MF_REG(15),
    MF_XREG(0), MF_XREG(1), MF_XREG(2), MF_XREG(3),
    MF_XREG(4), MF_XREG(5), MF_XREG(6), MF_XREG(7),
    MF_XXREG(0), MF_XXREG(1), MF_XXREG(2), MF_XXREG(3),

    /* Ethernet. */
    [MFF_ETH_SRC] = {
        .id = MFF_ETH_SRC, .name = "eth_src", .extra_name = "dl_src",
        .n_bytes = 6, .n_bits = 48, .maskable = true,
        .string = MFS_ETHERNET, .prereq = MFP_ETHERNET, .writable = true,
        .nxm_header = HDR_NXM_OF(2, 6), .nxm_name = "NXM_OF_ETH_SRC",
        .oxm_header = HDR_OXM_OF(4, 6), .oxm_name = "OXM_OF_ETH_SRC",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ETH_DST] = {
        .id = MFF_ETH_DST, .name = "eth_dst", .extra_name = "dl_dst",
        .n_bytes = 6, .n_bits = 48, .maskable = true,
        .string = MFS_ETHERNET, .prereq = MFP_ETHERNET, .writable = true,
        .nxm_header = HDR_NXM_OF(1, 6), .nxm_name = "NXM_OF_ETH_DST",
        .oxm_header = HDR_OXM_OF(3, 6), .oxm_name = "OXM_OF_ETH_DST",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ETH_TYPE] = {
        .id = MFF_ETH_TYPE, .name = "eth_type", .extra_name = "dl_type",
        .n_bytes = 2, .n_bits = 16, .maskable = false,
        .string = MFS_HEXADECIMAL, .prereq = MFP_ETHERNET, .writable = false,
        .nxm_header = HDR_NXM_OF(3, 2), .nxm_name = "NXM_OF_ETH_TYPE",
        .oxm_header = HDR_OXM_OF(5, 2), .oxm_name = "OXM_OF_ETH_TYPE",
        .oxm_version = OFCT_OFP12,
    },

    /* VLAN.  dl_vlan and dl_vlan_pcp are the OpenFlow 1.0 views and have
     * no header of their own. */
    [MFF_VLAN_TCI] = {
        .id = MFF_VLAN_TCI, .name = "vlan_tci",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_HEXADECIMAL, .prereq = MFP_ETHERNET, .writable = true,
        .nxm_header = HDR_NXM_OF(4, 2), .nxm_name = "NXM_OF_VLAN_TCI",
    },
    [MFF_DL_VLAN] = {
        .id = MFF_DL_VLAN, .name = "dl_vlan",
        .n_bytes = 2, .n_bits = 12, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ETHERNET, .writable = true,
    },
    [MFF_VLAN_VID] = {
        .id = MFF_VLAN_VID, .name = "vlan_vid",
        .n_bytes = 2, .n_bits = 12, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_ETHERNET, .writable = true,
        .nxm_header = HDR_OXM_OF(6, 2), .nxm_name = "OXM_OF_VLAN_VID",
        .oxm_header = HDR_OXM_OF(6, 2), .oxm_name = "OXM_OF_VLAN_VID",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_DL_VLAN_PCP] = {
        .id = MFF_DL_VLAN_PCP, .name = "dl_vlan_pcp",
        .n_bytes = 1, .n_bits = 3, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ETHERNET, .writable = true,
    },
    [MFF_VLAN_PCP] = {
        .id = MFF_VLAN_PCP, .name = "vlan_pcp",
        .n_bytes = 1, .n_bits = 3, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_VLAN_VID, .writable = true,
        .nxm_header = HDR_OXM_OF(7, 1), .nxm_name = "OXM_OF_VLAN_PCP",
        .oxm_header = HDR_OXM_OF(7, 1), .oxm_name = "OXM_OF_VLAN_PCP",
        .oxm_version = OFCT_OFP12,
    },

    /* IPv4 and IPv6. */
    [MFF_IPV4_SRC] = {
        .id = MFF_IPV4_SRC, .name = "ip_src", .extra_name = "nw_src",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_IPV4, .prereq = MFP_IPV4, .writable = true,
        .nxm_header = HDR_NXM_OF(7, 4), .nxm_name = "NXM_OF_IP_SRC",
        .oxm_header = HDR_OXM_OF(11, 4), .oxm_name = "OXM_OF_IPV4_SRC",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IPV4_DST] = {
        .id = MFF_IPV4_DST, .name = "ip_dst", .extra_name = "nw_dst",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_IPV4, .prereq = MFP_IPV4, .writable = true,
        .nxm_header = HDR_NXM_OF(8, 4), .nxm_name = "NXM_OF_IP_DST",
        .oxm_header = HDR_OXM_OF(12, 4), .oxm_name = "OXM_OF_IPV4_DST",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IPV6_SRC] = {
        .id = MFF_IPV6_SRC, .name = "ipv6_src",
        .n_bytes = 16, .n_bits = 128, .maskable = true,
        .string = MFS_IPV6, .prereq = MFP_IPV6, .writable = true,
        .nxm_header = HDR_NXM_NX(19, 16), .nxm_name = "NXM_NX_IPV6_SRC",
        .oxm_header = HDR_OXM_OF(26, 16), .oxm_name = "OXM_OF_IPV6_SRC",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IPV6_DST] = {
        .id = MFF_IPV6_DST, .name = "ipv6_dst",
        .n_bytes = 16, .n_bits = 128, .maskable = true,
        .string = MFS_IPV6, .prereq = MFP_IPV6, .writable = true,
        .nxm_header = HDR_NXM_NX(20, 16), .nxm_name = "NXM_NX_IPV6_DST",
        .oxm_header = HDR_OXM_OF(27, 16), .oxm_name = "OXM_OF_IPV6_DST",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IPV6_LABEL] = {
        .id = MFF_IPV6_LABEL, .name = "ipv6_label",
        .n_bytes = 4, .n_bits = 20, .maskable = true,
        .string = MFS_HEXADECIMAL, .prereq = MFP_IPV6, .writable = true,
        .nxm_header = HDR_NXM_NX(27, 4), .nxm_name = "NXM_NX_IPV6_LABEL",
        .oxm_header = HDR_OXM_OF(28, 4), .oxm_name = "OXM_OF_IPV6_FLABEL",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IP_PROTO] = {
        .id = MFF_IP_PROTO, .name = "nw_proto", .extra_name = "ip_proto",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_IP_ANY, .writable = false,
        .nxm_header = HDR_NXM_OF(6, 1), .nxm_name = "NXM_OF_IP_PROTO",
        .oxm_header = HDR_OXM_OF(10, 1), .oxm_name = "OXM_OF_IP_PROTO",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IP_DSCP] = {
        .id = MFF_IP_DSCP, .name = "nw_tos",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_IP_ANY, .writable = true,
        .nxm_header = HDR_NXM_OF(5, 1), .nxm_name = "NXM_OF_IP_TOS",
    },
    [MFF_IP_DSCP_SHIFTED] = {
        .id = MFF_IP_DSCP_SHIFTED, .name = "ip_dscp",
        .n_bytes = 1, .n_bits = 6, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_IP_ANY, .writable = true,
        .nxm_header = HDR_OXM_OF(8, 1), .nxm_name = "OXM_OF_IP_DSCP",
        .oxm_header = HDR_OXM_OF(8, 1), .oxm_name = "OXM_OF_IP_DSCP",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IP_ECN] = {
        .id = MFF_IP_ECN, .name = "nw_ecn", .extra_name = "ip_ecn",
        .n_bytes = 1, .n_bits = 2, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_IP_ANY, .writable = true,
        .nxm_header = HDR_NXM_NX(28, 1), .nxm_name = "NXM_NX_IP_ECN",
        .oxm_header = HDR_OXM_OF(9, 1), .oxm_name = "OXM_OF_IP_ECN",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_IP_TTL] = {
        .id = MFF_IP_TTL, .name = "nw_ttl",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_IP_ANY, .writable = true,
        .nxm_header = HDR_NXM_NX(29, 1), .nxm_name = "NXM_NX_IP_TTL",
    },
    [MFF_IP_FRAG] = {
        .id = MFF_IP_FRAG, .name = "ip_frag", .extra_name = "nw_frag",
        .n_bytes = 1, .n_bits = 2, .maskable = true,
        .string = MFS_FRAG, .prereq = MFP_IP_ANY, .writable = false,
        .nxm_header = HDR_NXM_NX(26, 1), .nxm_name = "NXM_NX_IP_FRAG",
    },

    /* ARP. */
    [MFF_ARP_OP] = {
        .id = MFF_ARP_OP, .name = "arp_op",
        .n_bytes = 2, .n_bits = 16, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ARP, .writable = true,
        .nxm_header = HDR_NXM_OF(15, 2), .nxm_name = "NXM_OF_ARP_OP",
        .oxm_header = HDR_OXM_OF(21, 2), .oxm_name = "OXM_OF_ARP_OP",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ARP_SPA] = {
        .id = MFF_ARP_SPA, .name = "arp_spa",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_IPV4, .prereq = MFP_ARP, .writable = true,
        .nxm_header = HDR_NXM_OF(16, 4), .nxm_name = "NXM_OF_ARP_SPA",
        .oxm_header = HDR_OXM_OF(22, 4), .oxm_name = "OXM_OF_ARP_SPA",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ARP_TPA] = {
        .id = MFF_ARP_TPA, .name = "arp_tpa",
        .n_bytes = 4, .n_bits = 32, .maskable = true,
        .string = MFS_IPV4, .prereq = MFP_ARP, .writable = true,
        .nxm_header = HDR_NXM_OF(17, 4), .nxm_name = "NXM_OF_ARP_TPA",
        .oxm_header = HDR_OXM_OF(23, 4), .oxm_name = "OXM_OF_ARP_TPA",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ARP_SHA] = {
        .id = MFF_ARP_SHA, .name = "arp_sha",
        .n_bytes = 6, .n_bits = 48, .maskable = true,
        .string = MFS_ETHERNET, .prereq = MFP_ARP, .writable = true,
        .nxm_header = HDR_NXM_NX(17, 6), .nxm_name = "NXM_NX_ARP_SHA",
        .oxm_header = HDR_OXM_OF(24, 6), .oxm_name = "OXM_OF_ARP_SHA",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ARP_THA] = {
        .id = MFF_ARP_THA, .name = "arp_tha",
        .n_bytes = 6, .n_bits = 48, .maskable = true,
        .string = MFS_ETHERNET, .prereq = MFP_ARP, .writable = true,
        .nxm_header = HDR_NXM_NX(18, 6), .nxm_name = "NXM_NX_ARP_THA",
        .oxm_header = HDR_OXM_OF(25, 6), .oxm_name = "OXM_OF_ARP_THA",
        .oxm_version = OFCT_OFP12,
    },

    /* TCP, UDP, SCTP. */
    [MFF_TCP_SRC] = {
        .id = MFF_TCP_SRC, .name = "tcp_src", .extra_name = "tp_src",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_TCP, .writable = true,
        .nxm_header = HDR_NXM_OF(9, 2), .nxm_name = "NXM_OF_TCP_SRC",
        .oxm_header = HDR_OXM_OF(13, 2), .oxm_name = "OXM_OF_TCP_SRC",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_TCP_DST] = {
        .id = MFF_TCP_DST, .name = "tcp_dst", .extra_name = "tp_dst",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_TCP, .writable = true,
        .nxm_header = HDR_NXM_OF(10, 2), .nxm_name = "NXM_OF_TCP_DST",
        .oxm_header = HDR_OXM_OF(14, 2), .oxm_name = "OXM_OF_TCP_DST",
        .oxm_version = OFCT_OFP12,
    },
    /* OpenFlow 1.3 and 1.4 carry tcp_flags in an ONF experimenter OXM
     * (ONFOXM_ET_TCP_FLAGS), which a 32-bit header cannot express; the
     * table gives the standard OXM of OpenFlow 1.5 and the NXM before. */
    [MFF_TCP_FLAGS] = {
        .id = MFF_TCP_FLAGS, .name = "tcp_flags",
        .n_bytes = 2, .n_bits = 12, .maskable = true,
        .string = MFS_TCP_FLAGS, .prereq = MFP_TCP, .writable = false,
        .nxm_header = HDR_NXM_NX(34, 2), .nxm_name = "NXM_NX_TCP_FLAGS",
        .oxm_header = HDR_OXM_OF(42, 2), .oxm_name = "OXM_OF_TCP_FLAGS",
        .oxm_version = OFCT_OFP15,
    },
    [MFF_UDP_SRC] = {
        .id = MFF_UDP_SRC, .name = "udp_src",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_UDP, .writable = true,
        .nxm_header = HDR_NXM_OF(11, 2), .nxm_name = "NXM_OF_UDP_SRC",
        .oxm_header = HDR_OXM_OF(15, 2), .oxm_name = "OXM_OF_UDP_SRC",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_UDP_DST] = {
        .id = MFF_UDP_DST, .name = "udp_dst",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_UDP, .writable = true,
        .nxm_header = HDR_NXM_OF(12, 2), .nxm_name = "NXM_OF_UDP_DST",
        .oxm_header = HDR_OXM_OF(16, 2), .oxm_name = "OXM_OF_UDP_DST",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_SCTP_SRC] = {
        .id = MFF_SCTP_SRC, .name = "sctp_src",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_SCTP, .writable = true,
        .nxm_header = HDR_OXM_OF(17, 2), .nxm_name = "OXM_OF_SCTP_SRC",
        .oxm_header = HDR_OXM_OF(17, 2), .oxm_name = "OXM_OF_SCTP_SRC",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_SCTP_DST] = {
        .id = MFF_SCTP_DST, .name = "sctp_dst",
        .n_bytes = 2, .n_bits = 16, .maskable = true,
        .string = MFS_DECIMAL, .prereq = MFP_SCTP, .writable = true,
        .nxm_header = HDR_OXM_OF(18, 2), .nxm_name = "OXM_OF_SCTP_DST",
        .oxm_header = HDR_OXM_OF(18, 2), .oxm_name = "OXM_OF_SCTP_DST",
        .oxm_version = OFCT_OFP12,
    },

    /* ICMPv4, ICMPv6, neighbor discovery. */
    [MFF_ICMPV4_TYPE] = {
        .id = MFF_ICMPV4_TYPE, .name = "icmp_type",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ICMPV4, .writable = true,
        .nxm_header = HDR_NXM_OF(13, 1), .nxm_name = "NXM_OF_ICMP_TYPE",
        .oxm_header = HDR_OXM_OF(19, 1), .oxm_name = "OXM_OF_ICMPV4_TYPE",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ICMPV4_CODE] = {
        .id = MFF_ICMPV4_CODE, .name = "icmp_code",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ICMPV4, .writable = true,
        .nxm_header = HDR_NXM_OF(14, 1), .nxm_name = "NXM_OF_ICMP_CODE",
        .oxm_header = HDR_OXM_OF(20, 1), .oxm_name = "OXM_OF_ICMPV4_CODE",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ICMPV6_TYPE] = {
        .id = MFF_ICMPV6_TYPE, .name = "icmpv6_type",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ICMPV6, .writable = true,
        .nxm_header = HDR_NXM_NX(21, 1), .nxm_name = "NXM_NX_ICMPV6_TYPE",
        .oxm_header = HDR_OXM_OF(29, 1), .oxm_name = "OXM_OF_ICMPV6_TYPE",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ICMPV6_CODE] = {
        .id = MFF_ICMPV6_CODE, .name = "icmpv6_code",
        .n_bytes = 1, .n_bits = 8, .maskable = false,
        .string = MFS_DECIMAL, .prereq = MFP_ICMPV6, .writable = true,
        .nxm_header = HDR_NXM_NX(22, 1), .nxm_name = "NXM_NX_ICMPV6_CODE",
        .oxm_header = HDR_OXM_OF(30, 1), .oxm_name = "OXM_OF_ICMPV6_CODE",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ND_TARGET] = {
        .id = MFF_ND_TARGET, .name = "nd_target",
        .n_bytes = 16, .n_bits = 128, .maskable = true,
        .string = MFS_IPV6, .prereq = MFP_ND, .writable = true,
        .nxm_header = HDR_NXM_NX(23, 16), .nxm_name = "NXM_NX_ND_TARGET",
        .oxm_header = HDR_OXM_OF(31, 16), .oxm_name = "OXM_OF_IPV6_ND_TARGET",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ND_SLL] = {
        .id = MFF_ND_SLL, .name = "nd_sll",
        .n_bytes = 6, .n_bits = 48, .maskable = true,
        .string = MFS_ETHERNET, .prereq = MFP_ND_SOLICIT, .writable = true,
        .nxm_header = HDR_NXM_NX(24, 6), .nxm_name = "NXM_NX_ND_SLL",
        .oxm_header = HDR_OXM_OF(32, 6), .oxm_name = "OXM_OF_IPV6_ND_SLL",
        .oxm_version = OFCT_OFP12,
    },
    [MFF_ND_TLL] = {
        .id = MFF_ND_TLL, .name = "nd_tll",
        .n_bytes = 6, .n_bits = 48, .maskable = true,
        .string = MFS_ETHERNET, .prereq = MFP_ND_ADVERT, .writable = true,
        .nxm_header = HDR_NXM_NX(25, 6), .nxm_name = "NXM_NX_ND_TLL",
        .oxm_header = HDR_OXM_OF(33, 6), .oxm_name = "OXM_OF_IPV6_ND_TLL",
        .oxm_version = OFCT_OFP12,
    },
};

/* Header names that OVS accepts for a field beyond its 'nxm_name' and
 * 'oxm_name': headers that the table does not model. */
static const struct {
    const char *name;
    enum mf_id id;
} extra_nxm_names[] = {
    { "ONFOXM_ET_TCP_FLAGS", MFF_TCP_FLAGS },
};

/* Lookup indexes, built once from the table: open-addressed hash tables,
 * since every field and keyword of every flow is looked up by name and
 * every NXM/OXM entry by header.  Sizes are powers of 2, at least twice
 * the number of entries, so that probes stay short and always end at an
 * empty slot.  No two fields share a name or a header. */
#define NAME_SLOTS 512
#define HEADER_SLOTS 512
_Static_assert(2 * (2 * MFF_N_IDS + 1) <= NAME_SLOTS, "NAME_SLOTS too small");
_Static_assert(2 * 2 * MFF_N_IDS <= HEADER_SLOTS, "HEADER_SLOTS too small");

struct name_slot {
    const char *name;           /* NULL for an empty slot */
    size_t len;
    const struct mf_field *field;
};

struct header_slot {
    uint32_t header;            /* 0 for an empty slot */
    const struct mf_field *field;
};

#define N_EXTRA_NXM_NAMES (sizeof extra_nxm_names / sizeof *extra_nxm_names)

static struct name_slot ovs_names[NAME_SLOTS];
static struct name_slot nxm_names[NAME_SLOTS];
static struct header_slot headers[HEADER_SLOTS];
static pthread_once_t index_once = PTHREAD_ONCE_INIT;
/* Set once the indexes are built: one load on every lookup rather than a
 * call to pthread_once(). */
static atomic_bool indexes_built;

/* Hashes the first and last 8 bytes (names are short and differ at the
 * end: "reg1", "reg12") with the length. */
static uint32_t
hash_name(const char *s, size_t len)
{
    uint64_t a = 0, b = 0;

    if (len >= 8) {
        memcpy(&a, s, 8);
        memcpy(&b, s + len - 8, 8);
    } else {
        for (size_t i = 0; i < len; i++) {
            a = (a << 8) | (unsigned char) s[i];
        }
    }
    a ^= (b + len) * UINT64_C(0x9e3779b97f4a7c15);
    a *= UINT64_C(0xff51afd7ed558ccd);
    return a >> 32;
}

static uint32_t
hash_header(uint32_t header)
{
    return (header * UINT32_C(0x9e3779b1)) >> 16;
}

static struct name_slot *
find_name_slot(struct name_slot *index, const char *name, size_t len)
{
    uint32_t i = hash_name(name, len);

    for (;; i++) {
        struct name_slot *slot = &index[i & (NAME_SLOTS - 1)];

        if (!slot->name
            || (slot->len == len && !memcmp(slot->name, name, len))) {
            return slot;
        }
    }
}

static void
add_name(struct name_slot *index, const char *name, const struct mf_field *f)
{
    struct name_slot *slot;

    if (!name) {
        return;
    }
    /* Fields with only an OXM list the same name twice: the first stays. */
    slot = find_name_slot(index, name, strlen(name));
    if (!slot->name) {
        slot->name = name;
        slot->len = strlen(name);
        slot->field = f;
    }
}

static struct header_slot *
find_header_slot(uint32_t header)
{
    uint32_t i = hash_header(header);

    for (;; i++) {
        struct header_slot *slot = &headers[i & (HEADER_SLOTS - 1)];

        if (!slot->header || slot->header == header) {
            return slot;
        }
    }
}

static void
add_header(uint32_t header, const struct mf_field *f)
{
    if (header) {
        struct header_slot *slot = find_header_slot(header);

        if (!slot->header) {
            slot->header = header;
            slot->field = f;
        }
    }
}

static void
build_indexes(void)
{
    size_t i;

    for (i = 0; i < MFF_N_IDS; i++) {
        const struct mf_field *f = &mf_fields[i];

        add_name(ovs_names, f->name, f);
        add_name(ovs_names, f->extra_name, f);
        add_name(nxm_names, f->nxm_name, f);
        add_name(nxm_names, f->oxm_name, f);
        add_header(f->nxm_header, f);
        add_header(f->oxm_header, f);
    }
    for (i = 0; i < N_EXTRA_NXM_NAMES; i++) {
        add_name(nxm_names, extra_nxm_names[i].name,
                 &mf_fields[extra_nxm_names[i].id]);
    }
    atomic_store_explicit(&indexes_built, true, memory_order_release);
}

static void
init_indexes(void)
{
    if (!atomic_load_explicit(&indexes_built, memory_order_acquire)) {
        pthread_once(&index_once, build_indexes);
    }
}

static const struct mf_field *
lookup_name(struct name_slot *index, const char *name, size_t len)
{
    return find_name_slot(index, name, len)->field;
}

const struct mf_field *
mf_from_ovs_name_len(const char *name, size_t len)
{
    init_indexes();
    return lookup_name(ovs_names, name, len);
}

const struct mf_field *
mf_from_ovs_name(const char *name)
{
    return mf_from_ovs_name_len(name, strlen(name));
}

const struct mf_field *
mf_from_nxm_name_len(const char *name, size_t len, bool *masked)
{
    const struct mf_field *f;
    bool wild = false;

    init_indexes();
    f = lookup_name(nxm_names, name, len);
    if (!f && len > 2 && !memcmp(name + len - 2, "_W", 2)) {
        f = lookup_name(nxm_names, name, len - 2);
        wild = f != NULL;
    }
    if (masked) {
        *masked = wild;
    }
    return f;
}

const struct mf_field *
mf_from_name_len(const char *name, size_t len)
{
    const struct mf_field *f;

    init_indexes();
    f = lookup_name(ovs_names, name, len);
    return f ? f : lookup_name(nxm_names, name, len);
}

const struct mf_field *
mf_from_name(const char *name)
{
    return mf_from_name_len(name, strlen(name));
}

const struct mf_field *
mf_from_header(uint32_t header)
{
    if (NXM_HASMASK(header)) {
        if (NXM_LENGTH(header) % 2) {
            return NULL;
        }
        header = NXM_HEADER(NXM_CLASS(header), NXM_FIELD(header), 0,
                            NXM_LENGTH(header) / 2);
    }
    if (!header) {
        return NULL;
    }
    init_indexes();
    return find_header_slot(header)->field;
}

static bool
uses_oxm(const struct mf_field *f, enum ofct_ofp_version version)
{
    return f->oxm_header && version && version >= f->oxm_version;
}

uint32_t
mf_header(const struct mf_field *f, enum ofct_ofp_version version)
{
    return uses_oxm(f, version) ? f->oxm_header : f->nxm_header;
}

const char *
mf_header_name(const struct mf_field *f, enum ofct_ofp_version version)
{
    if (uses_oxm(f, version)) {
        return f->oxm_name;
    }
    return f->nxm_name ? f->nxm_name : f->name;
}

const char *
mf_subfield_name(const struct mf_field *f)
{
    return f->nxm_name ? f->nxm_name : f->name;
}

bool
mf_is_ct_writable(const struct mf_field *f)
{
    return f->id == MFF_CT_MARK || f->id == MFF_CT_LABEL;
}
