/* Rows of tests/unit/check_ofp_errors.c, written by
 * tools/probe-ovs-error-rows.py from the answers of ovs-ofctl 3.1 (Debian
 * openvswitch-common): ovs-ofctl ofp-print HEX [VERBOSITY], standard
 * output.  Not edited by hand. */

static const struct error_row error_rows[] = {
    { "0101001000000001ffff000000000000", 2,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n" },
    { "0101001400000002ffff00010000000001020304", 2,
      "OFPT_ERROR (xid=0x2): OFPBRC_BAD_VERSION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001800000003ffff00020000000001000008000000aa", 2,
      "OFPT_ERROR (xid=0x3): OFPBAC_BAD_TYPE\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001a00000004ffff000300000000010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x4): OFPFMFC_TABLE_FULL\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002100000005ffff0004000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x5): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001000000006ffff000500000000", 2,
      "OFPT_ERROR (xid=0x6): OFPQOFC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "0101001400000007ffff00060000232001020304", 2,
      "OFPT_ERROR (xid=0x7): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000008b0c20000000000000000000001000008000000aa", 2,
      "OFPT_ERROR (xid=0x8): OFPHFC_INCOMPATIBLE\n"
      "\\001\\000\\000\\010\\000\\000\\000\\252\n" },
    { "0101001e00000009b0c200000000000000000001010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x9): OFPHFC_EPERM\n"
      "\\001\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "010100250000000ab0c2000000000000000100006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0xa): OFPBRC_BAD_VERSION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000000bb0c200000000000000010001", 2,
      "OFPT_ERROR (xid=0xb): OFPBRC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "010100180000000cb0c20000000000000001000201020304", 2,
      "OFPT_ERROR (xid=0xc): OFPBRC_BAD_STAT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000000db0c20000000000000001000301000008000000aa", 2,
      "OFPT_ERROR (xid=0xd): OFPBRC_BAD_VENDOR\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000000eb0c200000000000000010004010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0xe): OFPBRC_BAD_SUBTYPE\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000000fb0c2000000000000000100056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0xf): OFPBRC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000010b0c200000000000000010006", 2,
      "OFPT_ERROR (xid=0x10): OFPBRC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "0101001800000011b0c20000000000000001000701020304", 2,
      "OFPT_ERROR (xid=0x11): OFPBRC_BUFFER_EMPTY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000012b0c20000000000000001000801000008000000aa", 2,
      "OFPT_ERROR (xid=0x12): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000013b0c200000000000000020000010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x13): OFPBAC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000014b0c2000000000000000200016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x14): OFPBAC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000015b0c200000000000000020002", 2,
      "OFPT_ERROR (xid=0x15): OFPBAC_BAD_VENDOR\n"
      "OpenFlow message is empty\n" },
    { "0101001800000016b0c20000000000000002000301020304", 2,
      "OFPT_ERROR (xid=0x16): OFPBAC_BAD_VENDOR_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000017b0c20000000000000002000401000008000000aa", 2,
      "OFPT_ERROR (xid=0x17): OFPBAC_BAD_OUT_PORT\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000018b0c200000000000000020005010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x18): OFPBAC_BAD_ARGUMENT\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000019b0c2000000000000000200066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x19): OFPBAC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000001ab0c200000000000000020007", 2,
      "OFPT_ERROR (xid=0x1a): OFPBAC_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "010100180000001bb0c20000000000000002000801020304", 2,
      "OFPT_ERROR (xid=0x1b): OFPBAC_BAD_QUEUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000001cb0c20000000000000003000001000008000000aa", 2,
      "OFPT_ERROR (xid=0x1c): OFPFMFC_TABLE_FULL\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000001db0c200000000000000030001010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x1d): OFPFMFC_OVERLAP\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000001eb0c2000000000000000300026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x1e): OFPFMFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000001fb0c200000000000000030003", 2,
      "OFPT_ERROR (xid=0x1f): OFPFMFC_BAD_EMERG_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "0101001800000020b0c20000000000000003000401020304", 2,
      "OFPT_ERROR (xid=0x20): OFPFMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000021b0c20000000000000003000501000008000000aa", 2,
      "OFPT_ERROR (xid=0x21): OFPFMFC_UNSUPPORTED\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000022b0c200000000000000040000010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x22): OFPPMFC_BAD_PORT\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000023b0c2000000000000000400016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x23): OFPPMFC_BAD_HW_ADDR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000024b0c200000000000000050000", 2,
      "OFPT_ERROR (xid=0x24): OFPQOFC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "0101001800000025b0c20000000000000005000101020304", 2,
      "OFPT_ERROR (xid=0x25): OFPQOFC_BAD_QUEUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000026b0c20000000000000005000201000008000000aa", 2,
      "OFPT_ERROR (xid=0x26): OFPQOFC_EPERM\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000027b0c200000000232000000107010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x27): OFPBMC_BAD_FIELD\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000028b0c2000000002320000101006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x28): NXBRC_NXM_INVALID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000029b0c200000000232000010101", 2,
      "OFPT_ERROR (xid=0x29): NXBRC_NXM_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "010100180000002ab0c20000000023200001010201020304", 2,
      "OFPT_ERROR (xid=0x2a): OFPBMC_BAD_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000002bb0c20000000023200001010301000008000000aa", 2,
      "OFPT_ERROR (xid=0x2b): OFPBMC_BAD_MASK\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000002cb0c200000000232000010104010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x2c): OFPBMC_BAD_PREREQ\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000002db0c2000000002320000101056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x2d): OFPBMC_DUP_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000002eb0c200000000232000010106", 2,
      "OFPT_ERROR (xid=0x2e): OFPBMC_BAD_WILDCARDS\n"
      "OpenFlow message is empty\n" },
    { "010100180000002fb0c20000000023200001010801020304", 2,
      "OFPT_ERROR (xid=0x2f): NXBMC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000030b0c20000000023200001010901000008000000aa", 2,
      "OFPT_ERROR (xid=0x30): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000031b0c200000000232000010200010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x31): OFPBRC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000032b0c2000000002320000102016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x32): OFPRRFC_BAD_ROLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000033b0c200000000232000010202", 2,
      "OFPT_ERROR (xid=0x33): OFPBRC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "0101001800000034b0c20000000023200001020301020304", 2,
      "OFPT_ERROR (xid=0x34): NXBRC_MUST_BE_ZERO\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000035b0c20000000023200001020401000008000000aa", 2,
      "OFPT_ERROR (xid=0x35): NXBRC_BAD_REASON\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000036b0c200000000232000010205010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x36): OFPMOFC_MONITOR_EXISTS\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000037b0c2000000002320000102066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x37): OFPMOFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000038b0c200000000232000010207", 2,
      "OFPT_ERROR (xid=0x38): OFPMOFC_UNKNOWN_MONITOR\n"
      "OpenFlow message is empty\n" },
    { "0101001800000039b0c20000000023200001020801020304", 2,
      "OFPT_ERROR (xid=0x39): NXBRC_FM_BAD_EVENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000003ab0c20000000023200001020901000008000000aa", 2,
      "OFPT_ERROR (xid=0x3a): NXBRC_UNENCODABLE_ERROR\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000003bb0c20000000023200001020a010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x3b): OFPBAC_MATCH_INCONSISTENT\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000003cb0c20000000023200001020b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x3c): OFPBAC_BAD_SET_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000003db0c20000000023200001020c", 2,
      "OFPT_ERROR (xid=0x3d): OFPBAC_BAD_SET_LEN\n"
      "OpenFlow message is empty\n" },
    { "010100180000003eb0c20000000023200001020d01020304", 2,
      "OFPT_ERROR (xid=0x3e): OFPBAC_BAD_SET_ARGUMENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000003fb0c20000000023200001020f01000008000000aa", 2,
      "OFPT_ERROR (xid=0x3f): NXTTMFC_BAD_COMMAND\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000040b0c200000000232000010210010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x40): NXTTMFC_BAD_OPT_LEN\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000041b0c2000000002320000102116e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x41): NXTTMFC_BAD_FIELD_IDX\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000042b0c200000000232000010212", 2,
      "OFPT_ERROR (xid=0x42): NXTTMFC_TABLE_FULL\n"
      "OpenFlow message is empty\n" },
    { "0101001800000043b0c20000000023200001021301020304", 2,
      "OFPT_ERROR (xid=0x43): NXTTMFC_ALREADY_MAPPED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000044b0c20000000023200001021401000008000000aa", 2,
      "OFPT_ERROR (xid=0x44): NXTTMFC_DUP_ENTRY\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000045b0c200000000232000010215010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x45): NXR_NOT_SUPPORTED\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000046b0c2000000002320000102166e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x46): NXR_STALE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000047b0c200000000232000010217", 2,
      "OFPT_ERROR (xid=0x47): NXST_NOT_CONFIGURED\n"
      "OpenFlow message is empty\n" },
    { "0101001800000048b0c20000000023200001021801020304", 2,
      "OFPT_ERROR (xid=0x48): NXFMFC_INVALID_TLV_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000049b0c20000000023200001021901000008000000aa", 2,
      "OFPT_ERROR (xid=0x49): NXTTMFC_INVALID_TLV_DEL\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000004ab0c200000000232000020009010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x4a): OFPBAC_BAD_OUT_GROUP\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000004bb0c2000000002320000201006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x4b): NXBAC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000004cb0c200000000232000020101", 2,
      "OFPT_ERROR (xid=0x4c): OFPBIC_UNSUP_INST\n"
      "OpenFlow message is empty\n" },
    { "010100180000004db0c20000000023200002020e01020304", 2,
      "OFPT_ERROR (xid=0x4d): NXBAC_BAD_CONJUNCTION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000004eb0c20000000023200003010201000008000000aa", 2,
      "OFPT_ERROR (xid=0x4e): OFPFMFC_BAD_FLAGS\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000004fb0c200000000232000050100010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x4f): NXFMFC_HARDWARE\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000050b0c2000000002320000501016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x50): NXFMFC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000051b0c200000000232000060000", 2,
      "OFPT_ERROR (xid=0x51): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow message is empty\n" },
    { "0101001800000052b0c20000000023200006000101020304", 2,
      "OFPT_ERROR (xid=0x52): OFPGMFC_INVALID_GROUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000053b0c20000000023200006000201000008000000aa", 2,
      "OFPT_ERROR (xid=0x53): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000054b0c200000000232000060003010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x54): OFPGMFC_OUT_OF_GROUPS\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000055b0c2000000002320000600046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x55): OFPGMFC_OUT_OF_BUCKETS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000056b0c200000000232000060005", 2,
      "OFPT_ERROR (xid=0x56): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "0101001800000057b0c20000000023200006000601020304", 2,
      "OFPT_ERROR (xid=0x57): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000058b0c20000000023200006000701000008000000aa", 2,
      "OFPT_ERROR (xid=0x58): OFPGMFC_LOOP\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000059b0c200000000232000060008010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x59): OFPGMFC_UNKNOWN_GROUP\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000005ab0c2000000002320000600096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x5a): OFPGMFC_CHAINED_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000005bb0c20000000023200006000a", 2,
      "OFPT_ERROR (xid=0x5b): OFPGMFC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "010100180000005cb0c20000000023200006000b01020304", 2,
      "OFPT_ERROR (xid=0x5c): OFPGMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c0000005db0c20000000023200006000c01000008000000aa", 2,
      "OFPT_ERROR (xid=0x5d): OFPGMFC_BAD_BUCKET\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e0000005eb0c20000000023200006000d010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x5e): OFPGMFC_BAD_WATCH\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "010100250000005fb0c20000000023200006000e6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x5f): OFPGMFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000060b0c20000000023200006000f", 2,
      "OFPT_ERROR (xid=0x60): OFPGMFC_UNKNOWN_BUCKET\n"
      "OpenFlow message is empty\n" },
    { "0101001800000061b0c20000000023200006001001020304", 2,
      "OFPT_ERROR (xid=0x61): OFPGMFC_BUCKET_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000062b0c2000000002320000d000201000008000000aa", 2,
      "OFPT_ERROR (xid=0x62): OFPBPC_BAD_TYPE\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000063b0c2000000002320000d0003010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x63): OFPBPC_BAD_LEN\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000064b0c2000000002320000d00046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x64): OFPBPC_BAD_VALUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101001400000065b0c2000000002320000e0003", 2,
      "OFPT_ERROR (xid=0x65): OFPBPC_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "0101001800000066b0c2000000002320000e000401020304", 2,
      "OFPT_ERROR (xid=0x66): OFPBPC_DUP_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0101001c00000067b0c2000000002320000e000501000008000000aa", 2,
      "OFPT_ERROR (xid=0x67): OFPBPC_BAD_EXPERIMENTER\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "0101001e00000068b0c2000000002320000e0006010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x68): OFPBPC_BAD_EXP_TYPE\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101002500000069b0c2000000002320000e00076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x69): OFPBPC_BAD_EXP_VALUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "010100140000006ab0c2000000002320000e0008", 2,
      "OFPT_ERROR (xid=0x6a): OFPBPC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "010100100000006b0000000001020304", 2,
      "OFPT_ERROR (xid=0x6b): OFPHFC_INCOMPATIBLE\n"
      "\\001\\002\\003\\004\n" },
    { "010100140000006c0000000101000008000000aa", 2,
      "OFPT_ERROR (xid=0x6c): OFPHFC_EPERM\n"
      "\\001\\000\\000\\010\\000\\000\\000\\252\n" },
    { "010100160000006d00010000010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x6d): OFPBRC_BAD_VERSION\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101001d0000006e000100016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x6e): OFPBRC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101000c0000006f00010002", 2,
      "OFPT_ERROR (xid=0x6f): OFPBRC_BAD_STAT\n"
      "OpenFlow message is empty\n" },
    { "01010010000000700001000301020304", 2,
      "OFPT_ERROR (xid=0x70): OFPBRC_BAD_VENDOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "01010014000000710001000401000008000000aa", 2,
      "OFPT_ERROR (xid=0x71): OFPBRC_BAD_SUBTYPE\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "010100160000007200010005010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x72): OFPBRC_EPERM\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101001d00000073000100066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x73): OFPBRC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101000c0000007400010007", 2,
      "OFPT_ERROR (xid=0x74): OFPBRC_BUFFER_EMPTY\n"
      "OpenFlow message is empty\n" },
    { "01010010000000750001000801020304", 2,
      "OFPT_ERROR (xid=0x75): OFPBRC_BUFFER_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "01010014000000760002000001000008000000aa", 2,
      "OFPT_ERROR (xid=0x76): OFPBAC_BAD_TYPE\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "010100160000007700020001010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x77): OFPBAC_BAD_LEN\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101001d00000078000200026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x78): OFPBAC_BAD_VENDOR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101000c0000007900020003", 2,
      "OFPT_ERROR (xid=0x79): OFPBAC_BAD_VENDOR_TYPE\n"
      "OpenFlow message is empty\n" },
    { "010100100000007a0002000401020304", 2,
      "OFPT_ERROR (xid=0x7a): OFPBAC_BAD_OUT_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "010100140000007b0002000501000008000000aa", 2,
      "OFPT_ERROR (xid=0x7b): OFPBAC_BAD_ARGUMENT\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "010100160000007c00020006010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x7c): OFPBAC_EPERM\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101001d0000007d000200076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x7d): OFPBAC_TOO_MANY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101000c0000007e00020008", 2,
      "OFPT_ERROR (xid=0x7e): OFPBAC_BAD_QUEUE\n"
      "OpenFlow message is empty\n" },
    { "010100100000007f0003000001020304", 2,
      "OFPT_ERROR (xid=0x7f): OFPFMFC_TABLE_FULL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "01010014000000800003000101000008000000aa", 2,
      "OFPT_ERROR (xid=0x80): OFPFMFC_OVERLAP\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "010100160000008100030002010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x81): OFPFMFC_EPERM\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101001d00000082000300036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x82): OFPFMFC_BAD_EMERG_TIMEOUT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101000c0000008300030004", 2,
      "OFPT_ERROR (xid=0x83): OFPFMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "01010010000000840003000501020304", 2,
      "OFPT_ERROR (xid=0x84): OFPFMFC_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "01010014000000850004000001000008000000aa", 2,
      "OFPT_ERROR (xid=0x85): OFPPMFC_BAD_PORT\n"
      "OFPT_HELLO (xid=0xaa):\n"
      " version bitmap: 0x01\n" },
    { "010100160000008600040001010e0048000000bb0000", 2,
      "OFPT_ERROR (xid=0x86): OFPPMFC_BAD_HW_ADDR\n"
      "OFPT_FLOW_MOD (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  01 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0101001d00000087000500006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (xid=0x87): OFPQOFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0101000c0000008800050001", 2,
      "OFPT_ERROR (xid=0x88): OFPQOFC_BAD_QUEUE\n"
      "OpenFlow message is empty\n" },
    { "01010010000000890005000201020304", 2,
      "OFPT_ERROR (xid=0x89): OFPQOFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100180000008affff00000000000002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x8a): OFPHFC_INCOMPATIBLE\n"
      "\\002\\000\\000\\010\\000\\000\\000\\252\n" },
    { "0201001a0000008bffff000100000000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x8b): OFPBRC_BAD_VERSION\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "020100210000008cffff0002000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x8c): OFPBAC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "020100100000008dffff000300000000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x8d): OFPBIC_UNKNOWN_INST\n"
      "OpenFlow message is empty\n" },
    { "020100140000008effff00040000000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x8e): OFPBMC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100180000008fffff00050000000002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x8f): OFPFMFC_UNKNOWN\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001a00000090ffff000600000000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x90): OFPGMFC_GROUP_EXISTS\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201002100000091ffff0007000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x91): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201001000000092ffff000800000000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x92): OFPTMFC_BAD_TABLE\n"
      "OpenFlow message is empty\n" },
    { "0201001400000093ffff00090000000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x93): OFPQOFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001800000094ffff000a0000000002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x94): OFPSCFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e00000095b0c200000000000000000000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x95): OFPHFC_INCOMPATIBLE\n"
      "\\002\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "0201002500000096b0c2000000000000000000016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x96): OFPHFC_EPERM\n"
      "no common version\n" },
    { "0201001400000097b0c200000000000000010000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x97): OFPBRC_BAD_VERSION\n"
      "OpenFlow message is empty\n" },
    { "0201001800000098b0c20000000000000001000101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x98): OFPBRC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c00000099b0c20000000000000001000202000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x99): OFPBRC_BAD_STAT\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e0000009ab0c200000000000000010003020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x9a): OFPBRC_BAD_VENDOR\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "020100250000009bb0c2000000000000000100046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x9b): OFPBRC_BAD_SUBTYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "020100140000009cb0c200000000000000010005", 2,
      "OFPT_ERROR (OF1.1) (xid=0x9c): OFPBRC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "020100180000009db0c20000000000000001000601020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x9d): OFPBRC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c0000009eb0c20000000000000001000702000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x9e): OFPBRC_BUFFER_EMPTY\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e0000009fb0c200000000000000010008020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x9f): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000a0b0c2000000000000000100096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa0): OFPBRC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000a1b0c200000000000000020000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa1): OFPBAC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "02010018000000a2b0c20000000000000002000101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa2): OFPBAC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000a3b0c20000000000000002000202000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa3): OFPBAC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000a4b0c200000000000000020003020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa4): OFPBAC_BAD_VENDOR_TYPE\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000a5b0c2000000000000000200046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa5): OFPBAC_BAD_OUT_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000a6b0c200000000000000020005", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa6): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "02010018000000a7b0c20000000000000002000601020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa7): OFPBAC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000a8b0c20000000000000002000702000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa8): OFPBAC_TOO_MANY\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000a9b0c200000000000000020008020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xa9): OFPBAC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000aab0c2000000000000000200096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xaa): OFPBAC_BAD_OUT_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000abb0c20000000000000002000a", 2,
      "OFPT_ERROR (OF1.1) (xid=0xab): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow message is empty\n" },
    { "02010018000000acb0c20000000000000002000b01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xac): OFPBAC_UNSUPPORTED_ORDER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000adb0c20000000000000002000c02000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xad): OFPBAC_BAD_TAG\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000aeb0c200000000000000030000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xae): OFPBIC_UNKNOWN_INST\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000afb0c2000000000000000300016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xaf): OFPBIC_UNSUP_INST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000b0b0c200000000000000030002", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb0): OFPBIC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "02010018000000b1b0c20000000000000003000301020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb1): OFPBIC_UNSUP_METADATA\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000b2b0c20000000000000003000402000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb2): OFPBIC_UNSUP_METADATA_MASK\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000b3b0c200000000000000030005020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb3): OFPBIC_BAD_EXPERIMENTER\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000b4b0c2000000000000000400006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb4): OFPBMC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000b5b0c200000000000000040001", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb5): OFPBMC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "02010018000000b6b0c20000000000000004000201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb6): OFPBMC_BAD_TAG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000b7b0c20000000000000004000302000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb7): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000b8b0c200000000000000040004020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb8): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000b9b0c2000000000000000400056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xb9): OFPBMC_BAD_WILDCARDS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000bab0c200000000000000040006", 2,
      "OFPT_ERROR (OF1.1) (xid=0xba): OFPBMC_BAD_FIELD\n"
      "OpenFlow message is empty\n" },
    { "02010018000000bbb0c20000000000000004000701020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xbb): OFPBMC_BAD_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000bcb0c20000000000000005000002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xbc): OFPFMFC_UNKNOWN\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000bdb0c200000000000000050001020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xbd): OFPFMFC_TABLE_FULL\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000beb0c2000000000000000500026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xbe): OFPFMFC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000bfb0c200000000000000050003", 2,
      "OFPT_ERROR (OF1.1) (xid=0xbf): OFPFMFC_OVERLAP\n"
      "OpenFlow message is empty\n" },
    { "02010018000000c0b0c20000000000000005000401020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc0): OFPFMFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000c1b0c20000000000000005000502000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc1): OFPFMFC_BAD_TIMEOUT\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000c2b0c200000000000000050006020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc2): OFPFMFC_BAD_COMMAND\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000c3b0c2000000000000000600006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc3): OFPGMFC_GROUP_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000c4b0c200000000000000060001", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc4): OFPGMFC_INVALID_GROUP\n"
      "OpenFlow message is empty\n" },
    { "02010018000000c5b0c20000000000000006000201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc5): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000c6b0c20000000000000006000302000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc6): OFPGMFC_OUT_OF_GROUPS\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000c7b0c200000000000000060004020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc7): OFPGMFC_OUT_OF_BUCKETS\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000c8b0c2000000000000000600056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc8): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000c9b0c200000000000000060006", 2,
      "OFPT_ERROR (OF1.1) (xid=0xc9): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "02010018000000cab0c20000000000000006000701020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xca): OFPGMFC_LOOP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000cbb0c20000000000000006000802000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xcb): OFPGMFC_UNKNOWN_GROUP\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000ccb0c200000000000000070000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xcc): OFPPMFC_BAD_PORT\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000cdb0c2000000000000000700016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xcd): OFPPMFC_BAD_HW_ADDR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000ceb0c200000000000000070002", 2,
      "OFPT_ERROR (OF1.1) (xid=0xce): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "02010018000000cfb0c20000000000000007000301020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xcf): OFPPMFC_BAD_ADVERTISE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000d0b0c20000000000000008000002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd0): OFPTMFC_BAD_TABLE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000d1b0c200000000000000080001020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd1): OFPTMFC_BAD_CONFIG\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000d2b0c2000000000000000900006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd2): OFPQOFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000d3b0c200000000000000090001", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd3): OFPQOFC_BAD_QUEUE\n"
      "OpenFlow message is empty\n" },
    { "02010018000000d4b0c20000000000000009000201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd4): OFPQOFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000d5b0c2000000000000000a000002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd5): OFPSCFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000d6b0c2000000000000000a0001020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd6): OFPSCFC_BAD_LEN\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000d7b0c2000000002320000101006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd7): NXBRC_NXM_INVALID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000d8b0c200000000232000010101", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd8): NXBRC_NXM_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "02010018000000d9b0c20000000023200001010301020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xd9): OFPBMC_BAD_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000dab0c20000000023200001010402000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xda): OFPBMC_BAD_PREREQ\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000dbb0c200000000232000010105020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xdb): OFPBMC_DUP_FIELD\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000dcb0c2000000002320000101086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xdc): NXBMC_CT_DATAPATH_SUPPORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000ddb0c200000000232000010109", 2,
      "OFPT_ERROR (OF1.1) (xid=0xdd): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow message is empty\n" },
    { "02010018000000deb0c20000000023200001020101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xde): OFPRRFC_BAD_ROLE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000dfb0c20000000023200001020202000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xdf): OFPBRC_BAD_PORT\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000e0b0c200000000232000010203020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe0): NXBRC_MUST_BE_ZERO\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000e1b0c2000000002320000102046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe1): NXBRC_BAD_REASON\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000e2b0c200000000232000010205", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe2): OFPMOFC_MONITOR_EXISTS\n"
      "OpenFlow message is empty\n" },
    { "02010018000000e3b0c20000000023200001020601020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe3): OFPMOFC_BAD_FLAGS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000e4b0c20000000023200001020702000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe4): OFPMOFC_UNKNOWN_MONITOR\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000e5b0c200000000232000010208020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe5): NXBRC_FM_BAD_EVENT\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000e6b0c2000000002320000102096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe6): NXBRC_UNENCODABLE_ERROR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000e7b0c20000000023200001020b", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe7): OFPBAC_BAD_SET_TYPE\n"
      "OpenFlow message is empty\n" },
    { "02010018000000e8b0c20000000023200001020c01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe8): OFPBAC_BAD_SET_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000e9b0c20000000023200001020d02000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xe9): OFPBAC_BAD_SET_ARGUMENT\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000eab0c20000000023200001020f020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xea): NXTTMFC_BAD_COMMAND\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000ebb0c2000000002320000102106e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xeb): NXTTMFC_BAD_OPT_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000ecb0c200000000232000010211", 2,
      "OFPT_ERROR (OF1.1) (xid=0xec): NXTTMFC_BAD_FIELD_IDX\n"
      "OpenFlow message is empty\n" },
    { "02010018000000edb0c20000000023200001021201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xed): NXTTMFC_TABLE_FULL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000eeb0c20000000023200001021302000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xee): NXTTMFC_ALREADY_MAPPED\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000efb0c200000000232000010214020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xef): NXTTMFC_DUP_ENTRY\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000f0b0c2000000002320000102156e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf0): NXR_NOT_SUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000f1b0c200000000232000010216", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf1): NXR_STALE\n"
      "OpenFlow message is empty\n" },
    { "02010018000000f2b0c20000000023200001021701020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf2): NXST_NOT_CONFIGURED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000f3b0c20000000023200001021802000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf3): NXFMFC_INVALID_TLV_FIELD\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000f4b0c200000000232000010219020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf4): NXTTMFC_INVALID_TLV_DEL\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000f5b0c2000000002320000201006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf5): NXBAC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000f6b0c20000000023200002020e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf6): NXBAC_BAD_CONJUNCTION\n"
      "OpenFlow message is empty\n" },
    { "02010018000000f7b0c20000000023200003010001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf7): OFPBIC_DUP_INST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000f8b0c20000000023200005010002000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf8): NXFMFC_HARDWARE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000f9b0c200000000232000050101020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xf9): NXFMFC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000fab0c2000000002320000501026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xfa): OFPFMFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "02010014000000fbb0c2000000002320000d0002", 2,
      "OFPT_ERROR (OF1.1) (xid=0xfb): OFPBPC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "02010018000000fcb0c2000000002320000d000301020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0xfc): OFPBPC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c000000fdb0c2000000002320000d000402000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0xfd): OFPBPC_BAD_VALUE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e000000feb0c2000000002320000e0003020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0xfe): OFPBPC_TOO_MANY\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "02010025000000ffb0c2000000002320000e00046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0xff): OFPBPC_DUP_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201001400000100b0c2000000002320000e0005", 2,
      "OFPT_ERROR (OF1.1) (xid=0x100): OFPBPC_BAD_EXPERIMENTER\n"
      "OpenFlow message is empty\n" },
    { "0201001800000101b0c2000000002320000e000601020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x101): OFPBPC_BAD_EXP_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0201001c00000102b0c2000000002320000e000702000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x102): OFPBPC_BAD_EXP_VALUE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001e00000103b0c2000000002320000e0008020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x103): OFPBPC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000104000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x104): OFPHFC_INCOMPATIBLE\n"
      "no common version\n" },
    { "0201000c0000010500000001", 2,
      "OFPT_ERROR (OF1.1) (xid=0x105): OFPHFC_EPERM\n" },
    { "02010010000001060001000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x106): OFPBRC_BAD_VERSION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001070001000102000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x107): OFPBRC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000010800010002020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x108): OFPBRC_BAD_STAT\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000109000100036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x109): OFPBRC_BAD_VENDOR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000010a00010004", 2,
      "OFPT_ERROR (OF1.1) (xid=0x10a): OFPBRC_BAD_SUBTYPE\n"
      "OpenFlow message is empty\n" },
    { "020100100000010b0001000501020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x10b): OFPBRC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100140000010c0001000602000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x10c): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000010d00010007020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x10d): OFPBRC_BUFFER_EMPTY\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d0000010e000100086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x10e): OFPBRC_BUFFER_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000010f00010009", 2,
      "OFPT_ERROR (OF1.1) (xid=0x10f): OFPBRC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "02010010000001100002000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x110): OFPBAC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001110002000102000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x111): OFPBAC_BAD_LEN\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000011200020002020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x112): OFPBAC_BAD_VENDOR\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000113000200036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x113): OFPBAC_BAD_VENDOR_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000011400020004", 2,
      "OFPT_ERROR (OF1.1) (xid=0x114): OFPBAC_BAD_OUT_PORT\n"
      "OpenFlow message is empty\n" },
    { "02010010000001150002000501020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x115): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001160002000602000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x116): OFPBAC_EPERM\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000011700020007020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x117): OFPBAC_TOO_MANY\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000118000200086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x118): OFPBAC_BAD_QUEUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000011900020009", 2,
      "OFPT_ERROR (OF1.1) (xid=0x119): OFPBAC_BAD_OUT_GROUP\n"
      "OpenFlow message is empty\n" },
    { "020100100000011a0002000a01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x11a): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100140000011b0002000b02000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x11b): OFPBAC_UNSUPPORTED_ORDER\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000011c0002000c020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x11c): OFPBAC_BAD_TAG\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d0000011d000300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x11d): OFPBIC_UNKNOWN_INST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000011e00030001", 2,
      "OFPT_ERROR (OF1.1) (xid=0x11e): OFPBIC_UNSUP_INST\n"
      "OpenFlow message is empty\n" },
    { "020100100000011f0003000201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x11f): OFPBIC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001200003000302000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x120): OFPBIC_UNSUP_METADATA\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000012100030004020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x121): OFPBIC_UNSUP_METADATA_MASK\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000122000300056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x122): OFPBIC_BAD_EXPERIMENTER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000012300040000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x123): OFPBMC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "02010010000001240004000101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x124): OFPBMC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001250004000202000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x125): OFPBMC_BAD_TAG\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000012600040003020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x126): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000127000400046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x127): OFPBMC_BAD_NW_ADDR_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000012800040005", 2,
      "OFPT_ERROR (OF1.1) (xid=0x128): OFPBMC_BAD_WILDCARDS\n"
      "OpenFlow message is empty\n" },
    { "02010010000001290004000601020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x129): OFPBMC_BAD_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100140000012a0004000702000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x12a): OFPBMC_BAD_VALUE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000012b00050000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x12b): OFPFMFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d0000012c000500016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x12c): OFPFMFC_TABLE_FULL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000012d00050002", 2,
      "OFPT_ERROR (OF1.1) (xid=0x12d): OFPFMFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "020100100000012e0005000301020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x12e): OFPFMFC_OVERLAP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100140000012f0005000402000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x12f): OFPFMFC_EPERM\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000013000050005020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x130): OFPFMFC_BAD_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000131000500066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x131): OFPFMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000013200060000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x132): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow message is empty\n" },
    { "02010010000001330006000101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x133): OFPGMFC_INVALID_GROUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001340006000202000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x134): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000013500060003020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x135): OFPGMFC_OUT_OF_GROUPS\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000136000600046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x136): OFPGMFC_OUT_OF_BUCKETS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000013700060005", 2,
      "OFPT_ERROR (OF1.1) (xid=0x137): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "02010010000001380006000601020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x138): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001390006000702000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x139): OFPGMFC_LOOP\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000013a00060008020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x13a): OFPGMFC_UNKNOWN_GROUP\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d0000013b000700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x13b): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000013c00070001", 2,
      "OFPT_ERROR (OF1.1) (xid=0x13c): OFPPMFC_BAD_HW_ADDR\n"
      "OpenFlow message is empty\n" },
    { "020100100000013d0007000201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x13d): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "020100140000013e0007000302000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x13e): OFPPMFC_BAD_ADVERTISE\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "020100160000013f00080000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x13f): OFPTMFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000140000800016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x140): OFPTMFC_BAD_CONFIG\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0201000c0000014100090000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x141): OFPQOFC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "02010010000001420009000101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x142): OFPQOFC_BAD_QUEUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "02010014000001430009000202000008000000aa", 2,
      "OFPT_ERROR (OF1.1) (xid=0x143): OFPQOFC_EPERM\n"
      "OFPT_HELLO (OF1.1) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02\n" },
    { "0201001600000144000a0000020e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.1) (xid=0x144): OFPSCFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.1) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  02 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0201001d00000145000a00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.1) (xid=0x145): OFPSCFC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001000000146ffff000000000000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x146): OFPHFC_INCOMPATIBLE\n" },
    { "0301001400000147ffff00010000000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x147): OFPBRC_BAD_VERSION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000148ffff00020000000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x148): OFPBAC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a00000149ffff000300000000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x149): OFPBIC_UNKNOWN_INST\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100210000014affff0004000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x14a): OFPBMC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100100000014bffff000500000000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x14b): OFPFMFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "030100140000014cffff00060000000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x14c): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100180000014dffff00070000000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x14d): OFPPMFC_BAD_PORT\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a0000014effff000800000000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x14e): OFPTMFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100210000014fffff0009000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x14f): OFPQOFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001000000150ffff000a00000000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x150): OFPSCFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "0301001400000151ffff000b0000000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x151): OFPRRFC_STALE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000152ffff00020000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x152): NXBRC_NXM_INVALID\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a00000153ffff000300002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x153): NXBRC_NXM_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002100000154ffff0004000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x154): NXBRC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001000000155ffff000500002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x155): NXBRC_BAD_REASON\n"
      "OpenFlow message is empty\n" },
    { "0301001400000156ffff00060000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x156): OFPMOFC_MONITOR_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000157ffff00070000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x157): OFPMOFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a00000158ffff000800002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x158): OFPMOFC_UNKNOWN_MONITOR\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002100000159ffff0009000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x159): NXBRC_FM_BAD_EVENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100100000015affff000a00002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x15a): NXBRC_UNENCODABLE_ERROR\n"
      "OpenFlow message is empty\n" },
    { "030100140000015bffff000b0000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x15b): NXBAC_MUST_BE_ZERO\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100180000015cffff000c0000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x15c): NXFMFC_HARDWARE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a0000015dffff000d00002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x15d): NXFMFC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100210000015effff000f000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x15e): NXBAC_BAD_CONJUNCTION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100100000015fffff001000002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x15f): NXTTMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "0301001400000160ffff00110000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x160): NXTTMFC_BAD_OPT_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000161ffff00120000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x161): NXTTMFC_BAD_FIELD_IDX\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a00000162ffff001300002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x162): NXTTMFC_TABLE_FULL\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002100000163ffff0014000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x163): NXTTMFC_ALREADY_MAPPED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001000000164ffff001500002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x164): NXTTMFC_DUP_ENTRY\n"
      "OpenFlow message is empty\n" },
    { "0301001400000165ffff00190000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x165): OFPBPC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000166ffff001a0000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x166): OFPBPC_BAD_LEN\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a00000167ffff001b00002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x167): OFPBPC_BAD_VALUE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002100000168ffff001c000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x168): OFPBPC_TOO_MANY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001000000169ffff001d00002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x169): OFPBPC_DUP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "030100140000016affff001e0000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x16a): OFPBPC_BAD_EXPERIMENTER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100180000016bffff001f0000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x16b): OFPBPC_BAD_EXP_TYPE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a0000016cffff002000002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x16c): OFPBPC_BAD_EXP_VALUE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100210000016dffff0021000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x16d): OFPBPC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100100000016effff002200002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x16e): NXR_NOT_SUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "030100140000016fffff00230000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x16f): NXR_STALE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000170ffff00240000232003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x170): NXST_NOT_CONFIGURED\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001a00000171ffff002500002320030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x171): NXFMFC_INVALID_TLV_FIELD\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002100000172ffff0026000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x172): NXTTMFC_INVALID_TLV_DEL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001000000173ffff002a00002320", 2,
      "OFPT_ERROR (OF1.2) (xid=0x173): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow message is empty\n" },
    { "0301001400000174ffff002b0000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x174): NXBMC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001800000175ffff0a284f4e460003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x175): OFPBIC_DUP_INST\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e00000176b0c200000000000000000000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x176): OFPHFC_INCOMPATIBLE\n"
      "\\003\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "0301002500000177b0c2000000000000000000016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x177): OFPHFC_EPERM\n"
      "no common version\n" },
    { "0301001400000178b0c200000000000000010000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x178): OFPBRC_BAD_VERSION\n"
      "OpenFlow message is empty\n" },
    { "0301001800000179b0c20000000000000001000101020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x179): OFPBRC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c0000017ab0c20000000000000001000203000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x17a): OFPBRC_BAD_STAT\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e0000017bb0c200000000000000010003030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x17b): OFPBRC_BAD_VENDOR\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100250000017cb0c2000000000000000100046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x17c): OFPBRC_BAD_SUBTYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100140000017db0c200000000000000010005", 2,
      "OFPT_ERROR (OF1.2) (xid=0x17d): OFPBRC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "030100180000017eb0c20000000000000001000601020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x17e): OFPBRC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c0000017fb0c20000000000000001000703000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x17f): OFPBRC_BUFFER_EMPTY\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e00000180b0c200000000000000010008030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x180): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002500000181b0c2000000000000000100096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x181): OFPBRC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001400000182b0c20000000000000001000a", 2,
      "OFPT_ERROR (OF1.2) (xid=0x182): OFPBRC_IS_SECONDARY\n"
      "OpenFlow message is empty\n" },
    { "0301001800000183b0c20000000000000001000b01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x183): OFPBRC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c00000184b0c20000000000000001000c03000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x184): OFPBRC_BAD_PACKET\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e00000185b0c200000000000000020000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x185): OFPBAC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002500000186b0c2000000000000000200016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x186): OFPBAC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001400000187b0c200000000000000020002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x187): OFPBAC_BAD_VENDOR\n"
      "OpenFlow message is empty\n" },
    { "0301001800000188b0c20000000000000002000301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x188): OFPBAC_BAD_VENDOR_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c00000189b0c20000000000000002000403000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x189): OFPBAC_BAD_OUT_PORT\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e0000018ab0c200000000000000020005030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x18a): OFPBAC_BAD_ARGUMENT\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100250000018bb0c2000000000000000200066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x18b): OFPBAC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100140000018cb0c200000000000000020007", 2,
      "OFPT_ERROR (OF1.2) (xid=0x18c): OFPBAC_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "030100180000018db0c20000000000000002000801020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x18d): OFPBAC_BAD_QUEUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c0000018eb0c20000000000000002000903000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x18e): OFPBAC_BAD_OUT_GROUP\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e0000018fb0c20000000000000002000a030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x18f): OFPBAC_MATCH_INCONSISTENT\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002500000190b0c20000000000000002000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x190): OFPBAC_UNSUPPORTED_ORDER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001400000191b0c20000000000000002000c", 2,
      "OFPT_ERROR (OF1.2) (xid=0x191): OFPBAC_BAD_TAG\n"
      "OpenFlow message is empty\n" },
    { "0301001800000192b0c20000000000000002000d01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x192): OFPBAC_BAD_SET_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c00000193b0c20000000000000002000e03000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x193): OFPBAC_BAD_SET_LEN\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e00000194b0c20000000000000002000f030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x194): OFPBAC_BAD_SET_ARGUMENT\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301002500000195b0c2000000000000000300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x195): OFPBIC_UNKNOWN_INST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301001400000196b0c200000000000000030001", 2,
      "OFPT_ERROR (OF1.2) (xid=0x196): OFPBIC_UNSUP_INST\n"
      "OpenFlow message is empty\n" },
    { "0301001800000197b0c20000000000000003000201020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x197): OFPBIC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c00000198b0c20000000000000003000303000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x198): OFPBIC_UNSUP_METADATA\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e00000199b0c200000000000000030004030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x199): OFPBIC_UNSUP_METADATA_MASK\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100250000019ab0c2000000000000000300056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x19a): OFPBIC_BAD_EXPERIMENTER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "030100140000019bb0c200000000000000030006", 2,
      "OFPT_ERROR (OF1.2) (xid=0x19b): OFPBIC_BAD_EXP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "030100180000019cb0c20000000000000003000701020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x19c): OFPBIC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c0000019db0c20000000000000003000803000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x19d): OFPBIC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e0000019eb0c200000000000000040000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x19e): OFPBMC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "030100250000019fb0c2000000000000000400016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x19f): OFPBMC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001a0b0c200000000000000040002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a0): OFPBMC_BAD_TAG\n"
      "OpenFlow message is empty\n" },
    { "03010018000001a1b0c20000000000000004000301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a1): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001a2b0c20000000000000004000403000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a2): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001a3b0c200000000000000040005030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a3): OFPBMC_BAD_WILDCARDS\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001a4b0c2000000000000000400066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a4): OFPBMC_BAD_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001a5b0c200000000000000040007", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a5): OFPBMC_BAD_VALUE\n"
      "OpenFlow message is empty\n" },
    { "03010018000001a6b0c20000000000000004000801020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a6): OFPBMC_BAD_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001a7b0c20000000000000004000903000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a7): OFPBMC_BAD_PREREQ\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001a8b0c20000000000000004000a030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a8): OFPBMC_DUP_FIELD\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001a9b0c20000000000000004000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1a9): OFPBMC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001aab0c200000000000000050000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1aa): OFPFMFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "03010018000001abb0c20000000000000005000101020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ab): OFPFMFC_TABLE_FULL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001acb0c20000000000000005000203000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ac): OFPFMFC_BAD_TABLE_ID\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001adb0c200000000000000050003030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ad): OFPFMFC_OVERLAP\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001aeb0c2000000000000000500046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ae): OFPFMFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001afb0c200000000000000050005", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1af): OFPFMFC_BAD_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "03010018000001b0b0c20000000000000005000601020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b0): OFPFMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001b1b0c20000000000000005000703000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b1): OFPFMFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001b2b0c200000000000000060000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b2): OFPGMFC_GROUP_EXISTS\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001b3b0c2000000000000000600016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b3): OFPGMFC_INVALID_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001b4b0c200000000000000060002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b4): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "03010018000001b5b0c20000000000000006000301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b5): OFPGMFC_OUT_OF_GROUPS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001b6b0c20000000000000006000403000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b6): OFPGMFC_OUT_OF_BUCKETS\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001b7b0c200000000000000060005030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b7): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001b8b0c2000000000000000600066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b8): OFPGMFC_WATCH_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001b9b0c200000000000000060007", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1b9): OFPGMFC_LOOP\n"
      "OpenFlow message is empty\n" },
    { "03010018000001bab0c20000000000000006000801020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ba): OFPGMFC_UNKNOWN_GROUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001bbb0c20000000000000006000903000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1bb): OFPGMFC_CHAINED_GROUP\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001bcb0c20000000000000006000a030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1bc): OFPGMFC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001bdb0c20000000000000006000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1bd): OFPGMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001beb0c20000000000000006000c", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1be): OFPGMFC_BAD_BUCKET\n"
      "OpenFlow message is empty\n" },
    { "03010018000001bfb0c20000000000000006000d01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1bf): OFPGMFC_BAD_WATCH\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001c0b0c20000000000000006000e03000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c0): OFPGMFC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001c1b0c200000000000000070000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c1): OFPPMFC_BAD_PORT\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001c2b0c2000000000000000700016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c2): OFPPMFC_BAD_HW_ADDR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001c3b0c200000000000000070002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c3): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "03010018000001c4b0c20000000000000007000301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c4): OFPPMFC_BAD_ADVERTISE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001c5b0c20000000000000007000403000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c5): OFPPMFC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001c6b0c200000000000000080000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c6): OFPTMFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001c7b0c2000000000000000800016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c7): OFPTMFC_BAD_CONFIG\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001c8b0c200000000000000080002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c8): OFPTMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "03010018000001c9b0c20000000000000009000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1c9): OFPQOFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001cab0c20000000000000009000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ca): OFPQOFC_BAD_QUEUE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001cbb0c200000000000000090002030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1cb): OFPQOFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001ccb0c2000000000000000a00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1cc): OFPSCFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001cdb0c2000000000000000a0001", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1cd): OFPSCFC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "03010018000001ceb0c2000000000000000a000201020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ce): OFPSCFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001cfb0c2000000000000000b000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1cf): OFPRRFC_STALE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001d0b0c2000000000000000b0001030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d0): OFPRRFC_UNSUP\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001d1b0c2000000000000000b00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d1): OFPRRFC_BAD_ROLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001d2b0c200000000232000020000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d2): NXBRC_NXM_INVALID\n"
      "OpenFlow message is empty\n" },
    { "03010018000001d3b0c20000000023200003000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d3): NXBRC_NXM_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001d4b0c20000000023200004000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d4): NXBRC_MUST_BE_ZERO\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001d5b0c200000000232000050000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d5): NXBRC_BAD_REASON\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001d6b0c2000000002320000600006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d6): OFPMOFC_MONITOR_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001d7b0c200000000232000070000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d7): OFPMOFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "03010018000001d8b0c20000000023200008000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d8): OFPMOFC_UNKNOWN_MONITOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001d9b0c20000000023200009000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1d9): NXBRC_FM_BAD_EVENT\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001dab0c2000000002320000a0000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1da): NXBRC_UNENCODABLE_ERROR\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001dbb0c2000000002320000b00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1db): NXBAC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001dcb0c2000000002320000c0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1dc): NXFMFC_HARDWARE\n"
      "OpenFlow message is empty\n" },
    { "03010018000001ddb0c2000000002320000d000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1dd): NXFMFC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001deb0c2000000002320000f000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1de): NXBAC_BAD_CONJUNCTION\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001dfb0c200000000232000100000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1df): NXTTMFC_BAD_COMMAND\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001e0b0c2000000002320001100006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e0): NXTTMFC_BAD_OPT_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001e1b0c200000000232000120000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e1): NXTTMFC_BAD_FIELD_IDX\n"
      "OpenFlow message is empty\n" },
    { "03010018000001e2b0c20000000023200013000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e2): NXTTMFC_TABLE_FULL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001e3b0c20000000023200014000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e3): NXTTMFC_ALREADY_MAPPED\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001e4b0c200000000232000150000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e4): NXTTMFC_DUP_ENTRY\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001e5b0c2000000002320001900006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e5): OFPBPC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001e6b0c2000000002320001a0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e6): OFPBPC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "03010018000001e7b0c2000000002320001b000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e7): OFPBPC_BAD_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001e8b0c2000000002320001c000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e8): OFPBPC_TOO_MANY\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001e9b0c2000000002320001d0000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1e9): OFPBPC_DUP_TYPE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001eab0c2000000002320001e00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ea): OFPBPC_BAD_EXPERIMENTER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001ebb0c2000000002320001f0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1eb): OFPBPC_BAD_EXP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "03010018000001ecb0c20000000023200020000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ec): OFPBPC_BAD_EXP_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001edb0c20000000023200021000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ed): OFPBPC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001eeb0c200000000232000220000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ee): NXR_NOT_SUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001efb0c2000000002320002300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ef): NXR_STALE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001f0b0c200000000232000240000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f0): NXST_NOT_CONFIGURED\n"
      "OpenFlow message is empty\n" },
    { "03010018000001f1b0c20000000023200025000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f1): NXFMFC_INVALID_TLV_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001c000001f2b0c20000000023200026000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f2): NXTTMFC_INVALID_TLV_DEL\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0301001e000001f3b0c2000000002320002a0000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f3): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "03010025000001f4b0c2000000002320002b00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f4): NXBMC_CT_DATAPATH_SUPPORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "03010014000001f5b0c200004f4e46000a280000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f5): OFPBIC_DUP_INST\n"
      "OpenFlow message is empty\n" },
    { "03010010000001f60000000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f6): OFPHFC_INCOMPATIBLE\n"
      "\\001\\002\\003\\004\n" },
    { "03010014000001f70000000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f7): OFPHFC_EPERM\n"
      "\\003\\000\\000\\010\\000\\000\\000\\252\n" },
    { "03010016000001f800010000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f8): OFPBRC_BAD_VERSION\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d000001f9000100016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1f9): OFPBRC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c000001fa00010002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1fa): OFPBRC_BAD_STAT\n"
      "OpenFlow message is empty\n" },
    { "03010010000001fb0001000301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1fb): OFPBRC_BAD_VENDOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000001fc0001000403000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1fc): OFPBRC_BAD_SUBTYPE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "03010016000001fd00010005030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1fd): OFPBRC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d000001fe000100066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1fe): OFPBRC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c000001ff00010007", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1ff): OFPBRC_BUFFER_EMPTY\n"
      "OpenFlow message is empty\n" },
    { "03010010000002000001000801020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x200): OFPBRC_BUFFER_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002010001000903000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x201): OFPBRC_BAD_TABLE_ID\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "03010016000002020001000a030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x202): OFPBRC_IS_SECONDARY\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d000002030001000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x203): OFPBRC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c000002040001000c", 2,
      "OFPT_ERROR (OF1.2) (xid=0x204): OFPBRC_BAD_PACKET\n"
      "OpenFlow message is empty\n" },
    { "03010010000002050002000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x205): OFPBAC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002060002000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x206): OFPBAC_BAD_LEN\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000020700020002030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x207): OFPBAC_BAD_VENDOR\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000208000200036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x208): OFPBAC_BAD_VENDOR_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000020900020004", 2,
      "OFPT_ERROR (OF1.2) (xid=0x209): OFPBAC_BAD_OUT_PORT\n"
      "OpenFlow message is empty\n" },
    { "030100100000020a0002000501020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x20a): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100140000020b0002000603000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x20b): OFPBAC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000020c00020007030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x20c): OFPBAC_TOO_MANY\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d0000020d000200086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x20d): OFPBAC_BAD_QUEUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000020e00020009", 2,
      "OFPT_ERROR (OF1.2) (xid=0x20e): OFPBAC_BAD_OUT_GROUP\n"
      "OpenFlow message is empty\n" },
    { "030100100000020f0002000a01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x20f): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002100002000b03000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x210): OFPBAC_UNSUPPORTED_ORDER\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "03010016000002110002000c030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x211): OFPBAC_BAD_TAG\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d000002120002000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x212): OFPBAC_BAD_SET_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c000002130002000e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x213): OFPBAC_BAD_SET_LEN\n"
      "OpenFlow message is empty\n" },
    { "03010010000002140002000f01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x214): OFPBAC_BAD_SET_ARGUMENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002150003000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x215): OFPBIC_UNKNOWN_INST\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000021600030001030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x216): OFPBIC_UNSUP_INST\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000217000300026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x217): OFPBIC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000021800030003", 2,
      "OFPT_ERROR (OF1.2) (xid=0x218): OFPBIC_UNSUP_METADATA\n"
      "OpenFlow message is empty\n" },
    { "03010010000002190003000401020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x219): OFPBIC_UNSUP_METADATA_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100140000021a0003000503000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x21a): OFPBIC_BAD_EXPERIMENTER\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000021b00030006030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x21b): OFPBIC_BAD_EXP_TYPE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d0000021c000300076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x21c): OFPBIC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000021d00030008", 2,
      "OFPT_ERROR (OF1.2) (xid=0x21d): OFPBIC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "030100100000021e0004000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x21e): OFPBMC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100140000021f0004000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x21f): OFPBMC_BAD_LEN\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000022000040002030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x220): OFPBMC_BAD_TAG\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000221000400036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x221): OFPBMC_BAD_DL_ADDR_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000022200040004", 2,
      "OFPT_ERROR (OF1.2) (xid=0x222): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OpenFlow message is empty\n" },
    { "03010010000002230004000501020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x223): OFPBMC_BAD_WILDCARDS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002240004000603000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x224): OFPBMC_BAD_FIELD\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000022500040007030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x225): OFPBMC_BAD_VALUE\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000226000400086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x226): OFPBMC_BAD_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000022700040009", 2,
      "OFPT_ERROR (OF1.2) (xid=0x227): OFPBMC_BAD_PREREQ\n"
      "OpenFlow message is empty\n" },
    { "03010010000002280004000a01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x228): OFPBMC_DUP_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002290004000b03000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x229): OFPBMC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000022a00050000030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x22a): OFPFMFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d0000022b000500016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x22b): OFPFMFC_TABLE_FULL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000022c00050002", 2,
      "OFPT_ERROR (OF1.2) (xid=0x22c): OFPFMFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "030100100000022d0005000301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x22d): OFPFMFC_OVERLAP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100140000022e0005000403000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x22e): OFPFMFC_EPERM\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000022f00050005030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x22f): OFPFMFC_BAD_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000230000500066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x230): OFPFMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000023100050007", 2,
      "OFPT_ERROR (OF1.2) (xid=0x231): OFPFMFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "03010010000002320006000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x232): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002330006000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x233): OFPGMFC_INVALID_GROUP\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000023400060002030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x234): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000235000600036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x235): OFPGMFC_OUT_OF_GROUPS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000023600060004", 2,
      "OFPT_ERROR (OF1.2) (xid=0x236): OFPGMFC_OUT_OF_BUCKETS\n"
      "OpenFlow message is empty\n" },
    { "03010010000002370006000501020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x237): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002380006000603000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x238): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000023900060007030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x239): OFPGMFC_LOOP\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d0000023a000600086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x23a): OFPGMFC_UNKNOWN_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000023b00060009", 2,
      "OFPT_ERROR (OF1.2) (xid=0x23b): OFPGMFC_CHAINED_GROUP\n"
      "OpenFlow message is empty\n" },
    { "030100100000023c0006000a01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x23c): OFPGMFC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100140000023d0006000b03000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x23d): OFPGMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000023e0006000c030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x23e): OFPGMFC_BAD_BUCKET\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d0000023f0006000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x23f): OFPGMFC_BAD_WATCH\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c000002400006000e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x240): OFPGMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "03010010000002410007000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x241): OFPPMFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002420007000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x242): OFPPMFC_BAD_HW_ADDR\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000024300070002030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x243): OFPPMFC_BAD_CONFIG\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000244000700036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x244): OFPPMFC_BAD_ADVERTISE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000024500070004", 2,
      "OFPT_ERROR (OF1.2) (xid=0x245): OFPPMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "03010010000002460008000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x246): OFPTMFC_BAD_TABLE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "03010014000002470008000103000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x247): OFPTMFC_BAD_CONFIG\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000024800080002030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x248): OFPTMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d00000249000900006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x249): OFPQOFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000024a00090001", 2,
      "OFPT_ERROR (OF1.2) (xid=0x24a): OFPQOFC_BAD_QUEUE\n"
      "OpenFlow message is empty\n" },
    { "030100100000024b0009000201020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x24b): OFPQOFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "030100140000024c000a000003000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x24c): OFPSCFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "030100160000024d000a0001030e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x24d): OFPSCFC_BAD_LEN\n"
      "OFPT_FLOW_MOD (OF1.2) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  03 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0301001d0000024e000a00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.2) (xid=0x24e): OFPSCFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0301000c0000024f000b0000", 2,
      "OFPT_ERROR (OF1.2) (xid=0x24f): OFPRRFC_STALE\n"
      "OpenFlow message is empty\n" },
    { "0301001000000250000b000101020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x250): OFPRRFC_UNSUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0301001400000251000b000203000008000000aa", 2,
      "OFPT_ERROR (OF1.2) (xid=0x251): OFPRRFC_BAD_ROLE\n"
      "OFPT_HELLO (OF1.2) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03\n" },
    { "0401001a00000252ffff000000000000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x252): OFPHFC_INCOMPATIBLE\n"
      "\\004\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "0401002100000253ffff0001000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x253): OFPBRC_BAD_VERSION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000254ffff000200000000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x254): OFPBAC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "0401001400000255ffff00030000000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x255): OFPBIC_UNKNOWN_INST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000256ffff00040000000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x256): OFPBMC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000257ffff000500000000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x257): OFPFMFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000258ffff0006000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x258): OFPGMFC_GROUP_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000259ffff000700000000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x259): OFPPMFC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "040100140000025affff00080000000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x25a): OFPTMFC_BAD_TABLE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100180000025bffff00090000000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x25b): OFPQOFC_BAD_PORT\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a0000025cffff000a00000000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x25c): OFPSCFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100210000025dffff000b000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x25d): OFPRRFC_STALE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100100000025effff000c00000000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x25e): OFPMMFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "040100140000025fffff000d0000000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x25f): OFPTFFC_BAD_TABLE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000260ffff00020000232004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x260): NXBRC_NXM_INVALID\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000261ffff000300002320040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x261): NXBRC_NXM_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000262ffff0004000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x262): NXBRC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000263ffff000500002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x263): NXBRC_BAD_REASON\n"
      "OpenFlow message is empty\n" },
    { "0401001400000264ffff00060000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x264): OFPMOFC_MONITOR_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000265ffff00070000232004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x265): OFPMOFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000266ffff000800002320040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x266): OFPMOFC_UNKNOWN_MONITOR\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000267ffff0009000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x267): NXBRC_FM_BAD_EVENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000268ffff000a00002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x268): NXBRC_UNENCODABLE_ERROR\n"
      "OpenFlow message is empty\n" },
    { "0401001400000269ffff000b0000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x269): NXBAC_MUST_BE_ZERO\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100180000026affff000c0000232004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x26a): NXFMFC_HARDWARE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a0000026bffff000d00002320040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x26b): NXFMFC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100210000026cffff000f000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x26c): NXBAC_BAD_CONJUNCTION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100100000026dffff001000002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x26d): NXTTMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "040100140000026effff00110000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x26e): NXTTMFC_BAD_OPT_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100180000026fffff00120000232004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x26f): NXTTMFC_BAD_FIELD_IDX\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000270ffff001300002320040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x270): NXTTMFC_TABLE_FULL\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000271ffff0014000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x271): NXTTMFC_ALREADY_MAPPED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000272ffff001500002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x272): NXTTMFC_DUP_ENTRY\n"
      "OpenFlow message is empty\n" },
    { "0401001400000273ffff00220000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x273): NXR_NOT_SUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000274ffff00230000232004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x274): NXR_STALE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000275ffff002400002320040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x275): NXST_NOT_CONFIGURED\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000276ffff0025000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x276): NXFMFC_INVALID_TLV_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000277ffff002600002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x277): NXTTMFC_INVALID_TLV_DEL\n"
      "OpenFlow message is empty\n" },
    { "0401001400000278ffff00270000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x278): NXBAC_BAD_HEADER_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000279ffff00280000232004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x279): NXBAC_UNKNOWN_ED_PROP\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a0000027affff002900002320040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x27a): NXBAC_BAD_ED_PROP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100210000027bffff002a000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x27b): NXBAC_CT_DATAPATH_SUPPORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100100000027cffff002b00002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x27c): NXBMC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow message is empty\n" },
    { "040100140000027dffff002c0000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x27d): NXTFFC_DUP_TABLE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100180000027effff08fc4f4e460004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x27e): OFPBFC_UNKNOWN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a0000027fffff08fd4f4e4600040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x27f): OFPBFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000280ffff08fe4f4e46006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x280): OFPBFC_BAD_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000281ffff08ff4f4e4600", 2,
      "OFPT_ERROR (OF1.3) (xid=0x281): OFPBFC_BUNDLE_EXIST\n"
      "OpenFlow message is empty\n" },
    { "0401001400000282ffff09004f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x282): OFPBFC_BUNDLE_CLOSED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000283ffff09014f4e460004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x283): OFPBFC_OUT_OF_BUNDLES\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000284ffff09024f4e4600040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x284): OFPBFC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000285ffff09034f4e46006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x285): OFPBFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000286ffff09044f4e4600", 2,
      "OFPT_ERROR (OF1.3) (xid=0x286): OFPBFC_MSG_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "0401001400000287ffff09054f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x287): OFPBFC_MSG_BAD_XID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000288ffff09064f4e460004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x288): OFPBFC_MSG_UNSUP\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000289ffff09074f4e4600040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x289): OFPBFC_MSG_CONFLICT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100210000028affff09084f4e46006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x28a): OFPBFC_MSG_TOO_MANY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100100000028bffff09094f4e4600", 2,
      "OFPT_ERROR (OF1.3) (xid=0x28b): OFPBFC_MSG_FAILED\n"
      "OpenFlow message is empty\n" },
    { "040100140000028cffff090a4f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x28c): OFPBFC_TIMEOUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100180000028dffff090b4f4e460004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x28d): OFPBFC_BUNDLE_IN_PROGRESS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a0000028effff09384f4e4600040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x28e): OFPFMFC_BAD_PRIORITY\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100210000028fffff09424f4e46006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x28f): OFPACFC_INVALID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000290ffff09434f4e4600", 2,
      "OFPT_ERROR (OF1.3) (xid=0x290): OFPACFC_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "0401001400000291ffff09444f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x291): OFPACFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000292ffff0a284f4e460004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x292): OFPBIC_DUP_INST\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000293ffff0a504f4e4600040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x293): OFPBRC_MULTIPART_REQUEST_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000294ffff0a514f4e46006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x294): OFPBRC_MULTIPART_REPLY_TIMEOUT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001000000295ffff109a4f4e4600", 2,
      "OFPT_ERROR (OF1.3) (xid=0x295): OFPBAC_BAD_SET_MASK\n"
      "OpenFlow message is empty\n" },
    { "0401001400000296ffff115b4f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x296): OFPBPC_TOO_MANY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001800000297ffff115c4f4e460004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x297): OFPBPC_DUP_TYPE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001a00000298ffff115d4f4e4600040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x298): OFPBPC_BAD_EXPERIMENTER\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002100000299ffff115e4f4e46006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x299): OFPBPC_BAD_EXP_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100100000029affff115f4f4e4600", 2,
      "OFPT_ERROR (OF1.3) (xid=0x29a): OFPBPC_BAD_EXP_VALUE\n"
      "OpenFlow message is empty\n" },
    { "040100140000029bffff11604f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x29b): OFPBPC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c0000029cb0c20000000000000000000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x29c): OFPHFC_INCOMPATIBLE\n"
      "\\004\\000\\000\\010\\000\\000\\000\\252\n" },
    { "0401001e0000029db0c200000000000000000001040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x29d): OFPHFC_EPERM\n"
      "\\004\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "040100250000029eb0c2000000000000000100006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x29e): OFPBRC_BAD_VERSION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100140000029fb0c200000000000000010001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x29f): OFPBRC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "04010018000002a0b0c20000000000000001000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a0): OFPBRC_BAD_STAT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002a1b0c20000000000000001000304000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a1): OFPBRC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002a2b0c200000000000000010004040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a2): OFPBRC_BAD_SUBTYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002a3b0c2000000000000000100056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a3): OFPBRC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002a4b0c200000000000000010006", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a4): OFPBRC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "04010018000002a5b0c20000000000000001000701020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a5): OFPBRC_BUFFER_EMPTY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002a6b0c20000000000000001000804000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a6): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002a7b0c200000000000000010009040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a7): OFPBRC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002a8b0c20000000000000001000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a8): OFPBRC_IS_SECONDARY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002a9b0c20000000000000001000b", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2a9): OFPBRC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "04010018000002aab0c20000000000000001000c01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2aa): OFPBRC_BAD_PACKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002abb0c20000000000000001000d04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ab): OFPBRC_MULTIPART_BUFFER_OVERFLOW\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002acb0c200000000000000020000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ac): OFPBAC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002adb0c2000000000000000200016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ad): OFPBAC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002aeb0c200000000000000020002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ae): OFPBAC_BAD_VENDOR\n"
      "OpenFlow message is empty\n" },
    { "04010018000002afb0c20000000000000002000301020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2af): OFPBAC_BAD_VENDOR_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002b0b0c20000000000000002000404000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b0): OFPBAC_BAD_OUT_PORT\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002b1b0c200000000000000020005040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b1): OFPBAC_BAD_ARGUMENT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002b2b0c2000000000000000200066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b2): OFPBAC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002b3b0c200000000000000020007", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b3): OFPBAC_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "04010018000002b4b0c20000000000000002000801020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b4): OFPBAC_BAD_QUEUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002b5b0c20000000000000002000904000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b5): OFPBAC_BAD_OUT_GROUP\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002b6b0c20000000000000002000a040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b6): OFPBAC_MATCH_INCONSISTENT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002b7b0c20000000000000002000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b7): OFPBAC_UNSUPPORTED_ORDER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002b8b0c20000000000000002000c", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b8): OFPBAC_BAD_TAG\n"
      "OpenFlow message is empty\n" },
    { "04010018000002b9b0c20000000000000002000d01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2b9): OFPBAC_BAD_SET_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002bab0c20000000000000002000e04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ba): OFPBAC_BAD_SET_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002bbb0c20000000000000002000f040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2bb): OFPBAC_BAD_SET_ARGUMENT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002bcb0c2000000000000000300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2bc): OFPBIC_UNKNOWN_INST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002bdb0c200000000000000030001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2bd): OFPBIC_UNSUP_INST\n"
      "OpenFlow message is empty\n" },
    { "04010018000002beb0c20000000000000003000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2be): OFPBIC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002bfb0c20000000000000003000304000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2bf): OFPBIC_UNSUP_METADATA\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002c0b0c200000000000000030004040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c0): OFPBIC_UNSUP_METADATA_MASK\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002c1b0c2000000000000000300056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c1): OFPBIC_BAD_EXPERIMENTER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002c2b0c200000000000000030006", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c2): OFPBIC_BAD_EXP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "04010018000002c3b0c20000000000000003000701020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c3): OFPBIC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002c4b0c20000000000000003000804000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c4): OFPBIC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002c5b0c200000000000000040000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c5): OFPBMC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002c6b0c2000000000000000400016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c6): OFPBMC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002c7b0c200000000000000040002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c7): OFPBMC_BAD_TAG\n"
      "OpenFlow message is empty\n" },
    { "04010018000002c8b0c20000000000000004000301020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c8): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002c9b0c20000000000000004000404000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2c9): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002cab0c200000000000000040005040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ca): OFPBMC_BAD_WILDCARDS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002cbb0c2000000000000000400066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2cb): OFPBMC_BAD_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002ccb0c200000000000000040007", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2cc): OFPBMC_BAD_VALUE\n"
      "OpenFlow message is empty\n" },
    { "04010018000002cdb0c20000000000000004000801020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2cd): OFPBMC_BAD_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002ceb0c20000000000000004000904000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ce): OFPBMC_BAD_PREREQ\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002cfb0c20000000000000004000a040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2cf): OFPBMC_DUP_FIELD\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002d0b0c20000000000000004000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d0): OFPBMC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002d1b0c200000000000000050000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d1): OFPFMFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "04010018000002d2b0c20000000000000005000101020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d2): OFPFMFC_TABLE_FULL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002d3b0c20000000000000005000204000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d3): OFPFMFC_BAD_TABLE_ID\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002d4b0c200000000000000050003040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d4): OFPFMFC_OVERLAP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002d5b0c2000000000000000500046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d5): OFPFMFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002d6b0c200000000000000050005", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d6): OFPFMFC_BAD_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "04010018000002d7b0c20000000000000005000601020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d7): OFPFMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002d8b0c20000000000000005000704000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d8): OFPFMFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002d9b0c200000000000000060000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2d9): OFPGMFC_GROUP_EXISTS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002dab0c2000000000000000600016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2da): OFPGMFC_INVALID_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002dbb0c200000000000000060002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2db): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "04010018000002dcb0c20000000000000006000301020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2dc): OFPGMFC_OUT_OF_GROUPS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002ddb0c20000000000000006000404000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2dd): OFPGMFC_OUT_OF_BUCKETS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002deb0c200000000000000060005040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2de): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002dfb0c2000000000000000600066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2df): OFPGMFC_WATCH_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002e0b0c200000000000000060007", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e0): OFPGMFC_LOOP\n"
      "OpenFlow message is empty\n" },
    { "04010018000002e1b0c20000000000000006000801020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e1): OFPGMFC_UNKNOWN_GROUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002e2b0c20000000000000006000904000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e2): OFPGMFC_CHAINED_GROUP\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002e3b0c20000000000000006000a040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e3): OFPGMFC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002e4b0c20000000000000006000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e4): OFPGMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002e5b0c20000000000000006000c", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e5): OFPGMFC_BAD_BUCKET\n"
      "OpenFlow message is empty\n" },
    { "04010018000002e6b0c20000000000000006000d01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e6): OFPGMFC_BAD_WATCH\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002e7b0c20000000000000006000e04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e7): OFPGMFC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002e8b0c200000000000000070000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e8): OFPPMFC_BAD_PORT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002e9b0c2000000000000000700016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2e9): OFPPMFC_BAD_HW_ADDR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002eab0c200000000000000070002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ea): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "04010018000002ebb0c20000000000000007000301020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2eb): OFPPMFC_BAD_ADVERTISE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002ecb0c20000000000000007000404000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ec): OFPPMFC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002edb0c200000000000000080000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ed): OFPTMFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002eeb0c2000000000000000800016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ee): OFPTMFC_BAD_CONFIG\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002efb0c200000000000000080002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ef): OFPTMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "04010018000002f0b0c20000000000000009000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f0): OFPQOFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002f1b0c20000000000000009000104000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f1): OFPQOFC_BAD_QUEUE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002f2b0c200000000000000090002040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f2): OFPQOFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002f3b0c2000000000000000a00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f3): OFPSCFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002f4b0c2000000000000000a0001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f4): OFPSCFC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "04010018000002f5b0c2000000000000000a000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f5): OFPSCFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002f6b0c2000000000000000b000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f6): OFPRRFC_STALE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002f7b0c2000000000000000b0001040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f7): OFPRRFC_UNSUP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002f8b0c2000000000000000b00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f8): OFPRRFC_BAD_ROLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002f9b0c2000000000000000c0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2f9): OFPMMFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "04010018000002fab0c2000000000000000c000101020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2fa): OFPMMFC_METER_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c000002fbb0c2000000000000000c000204000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2fb): OFPMMFC_INVALID_METER\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e000002fcb0c2000000000000000c0003040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2fc): OFPMMFC_UNKNOWN_METER\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "04010025000002fdb0c2000000000000000c00046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2fd): OFPMMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "04010014000002feb0c2000000000000000c0005", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2fe): OFPMMFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "04010018000002ffb0c2000000000000000c000601020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x2ff): OFPMMFC_BAD_RATE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000300b0c2000000000000000c000704000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x300): OFPMMFC_BAD_BURST\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000301b0c2000000000000000c0008040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x301): OFPMMFC_BAD_BAND\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000302b0c2000000000000000c00096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x302): OFPMMFC_BAD_BAND_VALUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000303b0c2000000000000000c000a", 2,
      "OFPT_ERROR (OF1.3) (xid=0x303): OFPMMFC_OUT_OF_METERS\n"
      "OpenFlow message is empty\n" },
    { "0401001800000304b0c2000000000000000c000b01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x304): OFPMMFC_OUT_OF_BANDS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000305b0c2000000000000000d000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x305): OFPTFFC_BAD_TABLE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000306b0c2000000000000000d0001040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x306): OFPTFFC_BAD_METADATA\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000307b0c2000000000000000d00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x307): OFPBPC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000308b0c2000000000000000d0003", 2,
      "OFPT_ERROR (OF1.3) (xid=0x308): OFPBPC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "0401001800000309b0c2000000000000000d000401020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x309): OFPBPC_BAD_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c0000030ab0c2000000000000000d000504000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x30a): OFPTFFC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e0000030bb0c200000000232000020000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x30b): NXBRC_NXM_INVALID\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100250000030cb0c2000000002320000300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x30c): NXBRC_NXM_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100140000030db0c200000000232000040000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x30d): NXBRC_MUST_BE_ZERO\n"
      "OpenFlow message is empty\n" },
    { "040100180000030eb0c20000000023200005000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x30e): NXBRC_BAD_REASON\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c0000030fb0c20000000023200006000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x30f): OFPMOFC_MONITOR_EXISTS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000310b0c200000000232000070000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x310): OFPMOFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000311b0c2000000002320000800006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x311): OFPMOFC_UNKNOWN_MONITOR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000312b0c200000000232000090000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x312): NXBRC_FM_BAD_EVENT\n"
      "OpenFlow message is empty\n" },
    { "0401001800000313b0c2000000002320000a000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x313): NXBRC_UNENCODABLE_ERROR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000314b0c2000000002320000b000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x314): NXBAC_MUST_BE_ZERO\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000315b0c2000000002320000c0000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x315): NXFMFC_HARDWARE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000316b0c2000000002320000d00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x316): NXFMFC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000317b0c2000000002320000f0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x317): NXBAC_BAD_CONJUNCTION\n"
      "OpenFlow message is empty\n" },
    { "0401001800000318b0c20000000023200010000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x318): NXTTMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000319b0c20000000023200011000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x319): NXTTMFC_BAD_OPT_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e0000031ab0c200000000232000120000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x31a): NXTTMFC_BAD_FIELD_IDX\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100250000031bb0c2000000002320001300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x31b): NXTTMFC_TABLE_FULL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100140000031cb0c200000000232000140000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x31c): NXTTMFC_ALREADY_MAPPED\n"
      "OpenFlow message is empty\n" },
    { "040100180000031db0c20000000023200015000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x31d): NXTTMFC_DUP_ENTRY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c0000031eb0c20000000023200022000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x31e): NXR_NOT_SUPPORTED\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e0000031fb0c200000000232000230000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x31f): NXR_STALE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000320b0c2000000002320002400006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x320): NXST_NOT_CONFIGURED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000321b0c200000000232000250000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x321): NXFMFC_INVALID_TLV_FIELD\n"
      "OpenFlow message is empty\n" },
    { "0401001800000322b0c20000000023200026000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x322): NXTTMFC_INVALID_TLV_DEL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000323b0c20000000023200027000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x323): NXBAC_BAD_HEADER_TYPE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000324b0c200000000232000280000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x324): NXBAC_UNKNOWN_ED_PROP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000325b0c2000000002320002900006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x325): NXBAC_BAD_ED_PROP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000326b0c2000000002320002a0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x326): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow message is empty\n" },
    { "0401001800000327b0c2000000002320002b000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x327): NXBMC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000328b0c2000000002320002c000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x328): NXTFFC_DUP_TABLE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000329b0c200004f4e460008fc0000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x329): OFPBFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100250000032ab0c200004f4e460008fd00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x32a): OFPBFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100140000032bb0c200004f4e460008fe0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x32b): OFPBFC_BAD_ID\n"
      "OpenFlow message is empty\n" },
    { "040100180000032cb0c200004f4e460008ff000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x32c): OFPBFC_BUNDLE_EXIST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c0000032db0c200004f4e46000900000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x32d): OFPBFC_BUNDLE_CLOSED\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e0000032eb0c200004f4e460009010000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x32e): OFPBFC_OUT_OF_BUNDLES\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100250000032fb0c200004f4e4600090200006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x32f): OFPBFC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000330b0c200004f4e460009030000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x330): OFPBFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "0401001800000331b0c200004f4e46000904000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x331): OFPBFC_MSG_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000332b0c200004f4e46000905000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x332): OFPBFC_MSG_BAD_XID\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000333b0c200004f4e460009060000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x333): OFPBFC_MSG_UNSUP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000334b0c200004f4e4600090700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x334): OFPBFC_MSG_CONFLICT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000335b0c200004f4e460009080000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x335): OFPBFC_MSG_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "0401001800000336b0c200004f4e46000909000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x336): OFPBFC_MSG_FAILED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000337b0c200004f4e4600090a000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x337): OFPBFC_TIMEOUT\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000338b0c200004f4e4600090b0000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x338): OFPBFC_BUNDLE_IN_PROGRESS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000339b0c200004f4e4600093800006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x339): OFPFMFC_BAD_PRIORITY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100140000033ab0c200004f4e460009420000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x33a): OFPACFC_INVALID\n"
      "OpenFlow message is empty\n" },
    { "040100180000033bb0c200004f4e46000943000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x33b): OFPACFC_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c0000033cb0c200004f4e46000944000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x33c): OFPACFC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e0000033db0c200004f4e46000a280000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x33d): OFPBIC_DUP_INST\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "040100250000033eb0c200004f4e46000a5000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x33e): OFPBRC_MULTIPART_REQUEST_TIMEOUT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "040100140000033fb0c200004f4e46000a510000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x33f): OFPBRC_MULTIPART_REPLY_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "0401001800000340b0c200004f4e4600109a000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x340): OFPBAC_BAD_SET_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000341b0c200004f4e4600115b000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x341): OFPBPC_TOO_MANY\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "0401001e00000342b0c200004f4e4600115c0000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x342): OFPBPC_DUP_TYPE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401002500000343b0c200004f4e4600115d00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x343): OFPBPC_BAD_EXPERIMENTER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401001400000344b0c200004f4e4600115e0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x344): OFPBPC_BAD_EXP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "0401001800000345b0c200004f4e4600115f000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x345): OFPBPC_BAD_EXP_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0401001c00000346b0c200004f4e46001160000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x346): OFPBPC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000034700000000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x347): OFPHFC_INCOMPATIBLE\n"
      "\\004\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "0401001d00000348000000016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x348): OFPHFC_EPERM\n"
      "no common version\n" },
    { "0401000c0000034900010000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x349): OFPBRC_BAD_VERSION\n"
      "OpenFlow message is empty\n" },
    { "040100100000034a0001000101020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x34a): OFPBRC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000034b0001000204000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x34b): OFPBRC_BAD_STAT\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000034c00010003040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x34c): OFPBRC_BAD_VENDOR\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000034d000100046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x34d): OFPBRC_BAD_SUBTYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000034e00010005", 2,
      "OFPT_ERROR (OF1.3) (xid=0x34e): OFPBRC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "040100100000034f0001000601020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x34f): OFPBRC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003500001000704000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x350): OFPBRC_BUFFER_EMPTY\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000035100010008040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x351): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000352000100096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x352): OFPBRC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c000003530001000a", 2,
      "OFPT_ERROR (OF1.3) (xid=0x353): OFPBRC_IS_SECONDARY\n"
      "OpenFlow message is empty\n" },
    { "04010010000003540001000b01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x354): OFPBRC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003550001000c04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x355): OFPBRC_BAD_PACKET\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003560001000d040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x356): OFPBRC_MULTIPART_BUFFER_OVERFLOW\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000357000200006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x357): OFPBAC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000035800020001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x358): OFPBAC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "04010010000003590002000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x359): OFPBAC_BAD_VENDOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000035a0002000304000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x35a): OFPBAC_BAD_VENDOR_TYPE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000035b00020004040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x35b): OFPBAC_BAD_OUT_PORT\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000035c000200056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x35c): OFPBAC_BAD_ARGUMENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000035d00020006", 2,
      "OFPT_ERROR (OF1.3) (xid=0x35d): OFPBAC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "040100100000035e0002000701020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x35e): OFPBAC_TOO_MANY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000035f0002000804000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x35f): OFPBAC_BAD_QUEUE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000036000020009040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x360): OFPBAC_BAD_OUT_GROUP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d000003610002000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x361): OFPBAC_MATCH_INCONSISTENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c000003620002000b", 2,
      "OFPT_ERROR (OF1.3) (xid=0x362): OFPBAC_UNSUPPORTED_ORDER\n"
      "OpenFlow message is empty\n" },
    { "04010010000003630002000c01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x363): OFPBAC_BAD_TAG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003640002000d04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x364): OFPBAC_BAD_SET_TYPE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003650002000e040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x365): OFPBAC_BAD_SET_LEN\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d000003660002000f6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x366): OFPBAC_BAD_SET_ARGUMENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000036700030000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x367): OFPBIC_UNKNOWN_INST\n"
      "OpenFlow message is empty\n" },
    { "04010010000003680003000101020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x368): OFPBIC_UNSUP_INST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003690003000204000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x369): OFPBIC_BAD_TABLE_ID\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000036a00030003040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x36a): OFPBIC_UNSUP_METADATA\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000036b000300046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x36b): OFPBIC_UNSUP_METADATA_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000036c00030005", 2,
      "OFPT_ERROR (OF1.3) (xid=0x36c): OFPBIC_BAD_EXPERIMENTER\n"
      "OpenFlow message is empty\n" },
    { "040100100000036d0003000601020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x36d): OFPBIC_BAD_EXP_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000036e0003000704000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x36e): OFPBIC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000036f00030008040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x36f): OFPBIC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000370000400006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x370): OFPBMC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000037100040001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x371): OFPBMC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "04010010000003720004000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x372): OFPBMC_BAD_TAG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003730004000304000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x373): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000037400040004040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x374): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000375000400056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x375): OFPBMC_BAD_WILDCARDS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000037600040006", 2,
      "OFPT_ERROR (OF1.3) (xid=0x376): OFPBMC_BAD_FIELD\n"
      "OpenFlow message is empty\n" },
    { "04010010000003770004000701020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x377): OFPBMC_BAD_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003780004000804000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x378): OFPBMC_BAD_MASK\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000037900040009040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x379): OFPBMC_BAD_PREREQ\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000037a0004000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x37a): OFPBMC_DUP_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000037b0004000b", 2,
      "OFPT_ERROR (OF1.3) (xid=0x37b): OFPBMC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "040100100000037c0005000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x37c): OFPFMFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000037d0005000104000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x37d): OFPFMFC_TABLE_FULL\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000037e00050002040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x37e): OFPFMFC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000037f000500036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x37f): OFPFMFC_OVERLAP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000038000050004", 2,
      "OFPT_ERROR (OF1.3) (xid=0x380): OFPFMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "04010010000003810005000501020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x381): OFPFMFC_BAD_TIMEOUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003820005000604000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x382): OFPFMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000038300050007040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x383): OFPFMFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000384000600006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x384): OFPGMFC_GROUP_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000038500060001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x385): OFPGMFC_INVALID_GROUP\n"
      "OpenFlow message is empty\n" },
    { "04010010000003860006000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x386): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003870006000304000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x387): OFPGMFC_OUT_OF_GROUPS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000038800060004040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x388): OFPGMFC_OUT_OF_BUCKETS\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000389000600056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x389): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000038a00060006", 2,
      "OFPT_ERROR (OF1.3) (xid=0x38a): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "040100100000038b0006000701020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x38b): OFPGMFC_LOOP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000038c0006000804000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x38c): OFPGMFC_UNKNOWN_GROUP\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000038d00060009040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x38d): OFPGMFC_CHAINED_GROUP\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000038e0006000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x38e): OFPGMFC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000038f0006000b", 2,
      "OFPT_ERROR (OF1.3) (xid=0x38f): OFPGMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "04010010000003900006000c01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x390): OFPGMFC_BAD_BUCKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003910006000d04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x391): OFPGMFC_BAD_WATCH\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003920006000e040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x392): OFPGMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000393000700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x393): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000039400070001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x394): OFPPMFC_BAD_HW_ADDR\n"
      "OpenFlow message is empty\n" },
    { "04010010000003950007000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x395): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003960007000304000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x396): OFPPMFC_BAD_ADVERTISE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000039700070004040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x397): OFPPMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d00000398000800006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x398): OFPTMFC_BAD_TABLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000039900080001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x399): OFPTMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "040100100000039a0008000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x39a): OFPTMFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "040100140000039b0009000004000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x39b): OFPQOFC_BAD_PORT\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "040100160000039c00090001040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x39c): OFPQOFC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d0000039d000900026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x39d): OFPQOFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c0000039e000a0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x39e): OFPSCFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "040100100000039f000a000101020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x39f): OFPSCFC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003a0000a000204000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a0): OFPSCFC_EPERM\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003a1000b0000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a1): OFPRRFC_STALE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d000003a2000b00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a2): OFPRRFC_UNSUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c000003a3000b0002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a3): OFPRRFC_BAD_ROLE\n"
      "OpenFlow message is empty\n" },
    { "04010010000003a4000c000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a4): OFPMMFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003a5000c000104000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a5): OFPMMFC_METER_EXISTS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003a6000c0002040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a6): OFPMMFC_INVALID_METER\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d000003a7000c00036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a7): OFPMMFC_UNKNOWN_METER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c000003a8000c0004", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a8): OFPMMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "04010010000003a9000c000501020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3a9): OFPMMFC_BAD_FLAGS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003aa000c000604000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3aa): OFPMMFC_BAD_RATE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003ab000c0007040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3ab): OFPMMFC_BAD_BURST\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d000003ac000c00086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3ac): OFPMMFC_BAD_BAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c000003ad000c0009", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3ad): OFPMMFC_BAD_BAND_VALUE\n"
      "OpenFlow message is empty\n" },
    { "04010010000003ae000c000a01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3ae): OFPMMFC_OUT_OF_METERS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003af000c000b04000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3af): OFPMMFC_OUT_OF_BANDS\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003b0000d0000040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3b0): OFPTFFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0401001d000003b1000d00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3b1): OFPTFFC_BAD_METADATA\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0401000c000003b2000d0002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3b2): OFPBPC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "04010010000003b3000d000301020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3b3): OFPBPC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "04010014000003b4000d000404000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3b4): OFPBPC_BAD_VALUE\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010016000003b5000d0005040e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x3b5): OFPTFFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.3) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  04 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003b6ffff0000000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3b6): OFPHFC_INCOMPATIBLE\n"
      "no common version\n" },
    { "05010010000003b7ffff000100000000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3b7): OFPBRC_BAD_VERSION\n"
      "OpenFlow message is empty\n" },
    { "05010014000003b8ffff00020000000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3b8): OFPBAC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003b9ffff00030000000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3b9): OFPBIC_UNKNOWN_INST\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003baffff000400000000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ba): OFPBMC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003bbffff0005000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3bb): OFPFMFC_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003bcffff000600000000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3bc): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow message is empty\n" },
    { "05010014000003bdffff00070000000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3bd): OFPPMFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003beffff00080000000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3be): OFPTMFC_BAD_TABLE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003bfffff000900000000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3bf): OFPQOFC_BAD_PORT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003c0ffff000a000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c0): OFPSCFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003c1ffff000b00000000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c1): OFPRRFC_STALE\n"
      "OpenFlow message is empty\n" },
    { "05010014000003c2ffff000c0000000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c2): OFPMMFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003c3ffff000d0000000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c3): OFPTFFC_BAD_TABLE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003c4ffff000e00000000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c4): OFPBPC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003c5ffff000f000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c5): OFPACFC_INVALID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003c6ffff001000000000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c6): OFPMOFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "05010014000003c7ffff00110000000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c7): OFPBFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003c8ffff00020000232005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c8): NXBRC_NXM_INVALID\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003c9ffff000300002320050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3c9): NXBRC_NXM_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003caffff0004000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ca): NXBRC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003cbffff000500002320", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3cb): NXBRC_BAD_REASON\n"
      "OpenFlow message is empty\n" },
    { "05010014000003ccffff00090000232001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3cc): NXBRC_FM_BAD_EVENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003cdffff000a0000232005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3cd): NXBRC_UNENCODABLE_ERROR\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003ceffff000b00002320050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ce): NXBAC_MUST_BE_ZERO\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003cfffff000c000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3cf): NXFMFC_HARDWARE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003d0ffff000d00002320", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d0): NXFMFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "05010014000003d1ffff000f0000232001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d1): NXBAC_BAD_CONJUNCTION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003d2ffff00100000232005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d2): NXTTMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003d3ffff001100002320050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d3): NXTTMFC_BAD_OPT_LEN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003d4ffff0012000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d4): NXTTMFC_BAD_FIELD_IDX\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003d5ffff001300002320", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d5): NXTTMFC_TABLE_FULL\n"
      "OpenFlow message is empty\n" },
    { "05010014000003d6ffff00140000232001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d6): NXTTMFC_ALREADY_MAPPED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003d7ffff00150000232005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d7): NXTTMFC_DUP_ENTRY\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003d8ffff001600002320050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d8): OFPBFC_BAD_VERSION\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003d9ffff0017000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3d9): NXQOFC_QUEUE_ERROR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003daffff002200002320", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3da): NXR_NOT_SUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "05010014000003dbffff00230000232001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3db): NXR_STALE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003dcffff00240000232005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3dc): NXST_NOT_CONFIGURED\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003ddffff002500002320050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3dd): NXFMFC_INVALID_TLV_FIELD\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003deffff0026000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3de): NXTTMFC_INVALID_TLV_DEL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003dfffff002700002320", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3df): NXBAC_BAD_HEADER_TYPE\n"
      "OpenFlow message is empty\n" },
    { "05010014000003e0ffff00280000232001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e0): NXBAC_UNKNOWN_ED_PROP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010018000003e1ffff00290000232005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e1): NXBAC_BAD_ED_PROP\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001a000003e2ffff002a00002320050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e2): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010021000003e3ffff002b000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e3): NXBMC_CT_DATAPATH_SUPPORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010010000003e4ffff002c00002320", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e4): NXTFFC_DUP_TABLE\n"
      "OpenFlow message is empty\n" },
    { "05010014000003e5ffff109a4f4e460001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e5): OFPBAC_BAD_SET_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c000003e6b0c20000000000000000000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e6): OFPHFC_INCOMPATIBLE\n"
      "\\005\\000\\000\\010\\000\\000\\000\\252\n" },
    { "0501001e000003e7b0c200000000000000000001050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e7): OFPHFC_EPERM\n"
      "\\005\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "05010025000003e8b0c2000000000000000100006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e8): OFPBRC_BAD_VERSION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010014000003e9b0c200000000000000010001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3e9): OFPBRC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "05010018000003eab0c20000000000000001000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ea): OFPBRC_BAD_STAT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c000003ebb0c20000000000000001000305000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3eb): OFPBRC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e000003ecb0c200000000000000010004050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ec): OFPBRC_BAD_SUBTYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010025000003edb0c2000000000000000100056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ed): OFPBRC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010014000003eeb0c200000000000000010006", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ee): OFPBRC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "05010018000003efb0c20000000000000001000701020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ef): OFPBRC_BUFFER_EMPTY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c000003f0b0c20000000000000001000805000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f0): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e000003f1b0c200000000000000010009050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f1): OFPBRC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010025000003f2b0c20000000000000001000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f2): OFPBRC_IS_SECONDARY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010014000003f3b0c20000000000000001000b", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f3): OFPBRC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "05010018000003f4b0c20000000000000001000c01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f4): OFPBRC_BAD_PACKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c000003f5b0c20000000000000001000d05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f5): OFPBRC_MULTIPART_BUFFER_OVERFLOW\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e000003f6b0c20000000000000001000e050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f6): OFPBRC_MULTIPART_REQUEST_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010025000003f7b0c20000000000000001000f6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f7): OFPBRC_MULTIPART_REPLY_TIMEOUT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010014000003f8b0c200000000000000020000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f8): OFPBAC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "05010018000003f9b0c20000000000000002000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3f9): OFPBAC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c000003fab0c20000000000000002000205000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3fa): OFPBAC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e000003fbb0c200000000000000020003050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3fb): OFPBAC_BAD_VENDOR_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "05010025000003fcb0c2000000000000000200046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3fc): OFPBAC_BAD_OUT_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "05010014000003fdb0c200000000000000020005", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3fd): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "05010018000003feb0c20000000000000002000601020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3fe): OFPBAC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c000003ffb0c20000000000000002000705000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x3ff): OFPBAC_TOO_MANY\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000400b0c200000000000000020008050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x400): OFPBAC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000401b0c2000000000000000200096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x401): OFPBAC_BAD_OUT_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000402b0c20000000000000002000a", 2,
      "OFPT_ERROR (OF1.4) (xid=0x402): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow message is empty\n" },
    { "0501001800000403b0c20000000000000002000b01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x403): OFPBAC_UNSUPPORTED_ORDER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000404b0c20000000000000002000c05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x404): OFPBAC_BAD_TAG\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000405b0c20000000000000002000d050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x405): OFPBAC_BAD_SET_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000406b0c20000000000000002000e6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x406): OFPBAC_BAD_SET_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000407b0c20000000000000002000f", 2,
      "OFPT_ERROR (OF1.4) (xid=0x407): OFPBAC_BAD_SET_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "0501001800000408b0c20000000000000003000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x408): OFPBIC_UNKNOWN_INST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000409b0c20000000000000003000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x409): OFPBIC_UNSUP_INST\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000040ab0c200000000000000030002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x40a): OFPBIC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000040bb0c2000000000000000300036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x40b): OFPBIC_UNSUP_METADATA\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000040cb0c200000000000000030004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x40c): OFPBIC_UNSUP_METADATA_MASK\n"
      "OpenFlow message is empty\n" },
    { "050100180000040db0c20000000000000003000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x40d): OFPBIC_BAD_EXPERIMENTER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000040eb0c20000000000000003000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x40e): OFPBIC_BAD_EXP_TYPE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000040fb0c200000000000000030007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x40f): OFPBIC_BAD_LEN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000410b0c2000000000000000300086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x410): OFPBIC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000411b0c200000000000000030009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x411): OFPBIC_DUP_INST\n"
      "OpenFlow message is empty\n" },
    { "0501001800000412b0c20000000000000004000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x412): OFPBMC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000413b0c20000000000000004000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x413): OFPBMC_BAD_LEN\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000414b0c200000000000000040002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x414): OFPBMC_BAD_TAG\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000415b0c2000000000000000400036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x415): OFPBMC_BAD_DL_ADDR_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000416b0c200000000000000040004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x416): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OpenFlow message is empty\n" },
    { "0501001800000417b0c20000000000000004000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x417): OFPBMC_BAD_WILDCARDS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000418b0c20000000000000004000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x418): OFPBMC_BAD_FIELD\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000419b0c200000000000000040007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x419): OFPBMC_BAD_VALUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000041ab0c2000000000000000400086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x41a): OFPBMC_BAD_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000041bb0c200000000000000040009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x41b): OFPBMC_BAD_PREREQ\n"
      "OpenFlow message is empty\n" },
    { "050100180000041cb0c20000000000000004000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x41c): OFPBMC_DUP_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000041db0c20000000000000004000b05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x41d): OFPBMC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000041eb0c200000000000000050000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x41e): OFPFMFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000041fb0c2000000000000000500016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x41f): OFPFMFC_TABLE_FULL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000420b0c200000000000000050002", 2,
      "OFPT_ERROR (OF1.4) (xid=0x420): OFPFMFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "0501001800000421b0c20000000000000005000301020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x421): OFPFMFC_OVERLAP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000422b0c20000000000000005000405000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x422): OFPFMFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000423b0c200000000000000050005050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x423): OFPFMFC_BAD_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000424b0c2000000000000000500066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x424): OFPFMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000425b0c200000000000000050007", 2,
      "OFPT_ERROR (OF1.4) (xid=0x425): OFPFMFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "0501001800000426b0c20000000000000005000801020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x426): OFPFMFC_CANT_SYNC\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000427b0c20000000000000005000905000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x427): OFPFMFC_BAD_PRIORITY\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000428b0c20000000000000005000a050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x428): OFPFMFC_IS_SYNC\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000429b0c2000000000000000600006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x429): OFPGMFC_GROUP_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000042ab0c200000000000000060001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x42a): OFPGMFC_INVALID_GROUP\n"
      "OpenFlow message is empty\n" },
    { "050100180000042bb0c20000000000000006000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x42b): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000042cb0c20000000000000006000305000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x42c): OFPGMFC_OUT_OF_GROUPS\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000042db0c200000000000000060004050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x42d): OFPGMFC_OUT_OF_BUCKETS\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000042eb0c2000000000000000600056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x42e): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000042fb0c200000000000000060006", 2,
      "OFPT_ERROR (OF1.4) (xid=0x42f): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "0501001800000430b0c20000000000000006000701020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x430): OFPGMFC_LOOP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000431b0c20000000000000006000805000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x431): OFPGMFC_UNKNOWN_GROUP\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000432b0c200000000000000060009050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x432): OFPGMFC_CHAINED_GROUP\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000433b0c20000000000000006000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x433): OFPGMFC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000434b0c20000000000000006000b", 2,
      "OFPT_ERROR (OF1.4) (xid=0x434): OFPGMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "0501001800000435b0c20000000000000006000c01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x435): OFPGMFC_BAD_BUCKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000436b0c20000000000000006000d05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x436): OFPGMFC_BAD_WATCH\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000437b0c20000000000000006000e050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x437): OFPGMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000438b0c2000000000000000700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x438): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000439b0c200000000000000070001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x439): OFPPMFC_BAD_HW_ADDR\n"
      "OpenFlow message is empty\n" },
    { "050100180000043ab0c20000000000000007000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x43a): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000043bb0c20000000000000007000305000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x43b): OFPPMFC_BAD_ADVERTISE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000043cb0c200000000000000070004050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x43c): OFPPMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000043db0c2000000000000000800006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x43d): OFPTMFC_BAD_TABLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000043eb0c200000000000000080001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x43e): OFPTMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "050100180000043fb0c20000000000000008000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x43f): OFPTMFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000440b0c20000000000000009000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x440): OFPQOFC_BAD_PORT\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000441b0c200000000000000090001050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x441): OFPQOFC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000442b0c2000000000000000900026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x442): OFPQOFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000443b0c2000000000000000a0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x443): OFPSCFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "0501001800000444b0c2000000000000000a000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x444): OFPSCFC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000445b0c2000000000000000a000205000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x445): OFPSCFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000446b0c2000000000000000b0000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x446): OFPRRFC_STALE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000447b0c2000000000000000b00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x447): OFPRRFC_UNSUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000448b0c2000000000000000b0002", 2,
      "OFPT_ERROR (OF1.4) (xid=0x448): OFPRRFC_BAD_ROLE\n"
      "OpenFlow message is empty\n" },
    { "0501001800000449b0c2000000000000000c000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x449): OFPMMFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000044ab0c2000000000000000c000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x44a): OFPMMFC_METER_EXISTS\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000044bb0c2000000000000000c0002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x44b): OFPMMFC_INVALID_METER\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000044cb0c2000000000000000c00036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x44c): OFPMMFC_UNKNOWN_METER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000044db0c2000000000000000c0004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x44d): OFPMMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "050100180000044eb0c2000000000000000c000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x44e): OFPMMFC_BAD_FLAGS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000044fb0c2000000000000000c000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x44f): OFPMMFC_BAD_RATE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000450b0c2000000000000000c0007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x450): OFPMMFC_BAD_BURST\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000451b0c2000000000000000c00086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x451): OFPMMFC_BAD_BAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000452b0c2000000000000000c0009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x452): OFPMMFC_BAD_BAND_VALUE\n"
      "OpenFlow message is empty\n" },
    { "0501001800000453b0c2000000000000000c000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x453): OFPMMFC_OUT_OF_METERS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000454b0c2000000000000000c000b05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x454): OFPMMFC_OUT_OF_BANDS\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000455b0c2000000000000000d0000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x455): OFPTFFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000456b0c2000000000000000d00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x456): OFPTFFC_BAD_METADATA\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000457b0c2000000000000000d0005", 2,
      "OFPT_ERROR (OF1.4) (xid=0x457): OFPTFFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "0501001800000458b0c2000000000000000e000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x458): OFPBPC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000459b0c2000000000000000e000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x459): OFPBPC_BAD_LEN\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000045ab0c2000000000000000e0002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x45a): OFPBPC_BAD_VALUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000045bb0c2000000000000000e00036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x45b): OFPBPC_TOO_MANY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000045cb0c2000000000000000e0004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x45c): OFPBPC_DUP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "050100180000045db0c2000000000000000e000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x45d): OFPBPC_BAD_EXPERIMENTER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000045eb0c2000000000000000e000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x45e): OFPBPC_BAD_EXP_TYPE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000045fb0c2000000000000000e0007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x45f): OFPBPC_BAD_EXP_VALUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000460b0c2000000000000000e00086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x460): OFPBPC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000461b0c2000000000000000f0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x461): OFPACFC_INVALID\n"
      "OpenFlow message is empty\n" },
    { "0501001800000462b0c2000000000000000f000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x462): OFPACFC_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000463b0c2000000000000000f000205000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x463): OFPACFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000464b0c200000000000000100000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x464): OFPMOFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000465b0c2000000000000001000016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x465): OFPMOFC_MONITOR_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000466b0c200000000000000100002", 2,
      "OFPT_ERROR (OF1.4) (xid=0x466): OFPMOFC_INVALID_MONITOR\n"
      "OpenFlow message is empty\n" },
    { "0501001800000467b0c20000000000000010000301020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x467): OFPMOFC_UNKNOWN_MONITOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000468b0c20000000000000010000405000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x468): OFPMOFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000469b0c200000000000000100005050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x469): OFPMOFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000046ab0c2000000000000001000066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x46a): OFPMOFC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000046bb0c200000000000000100007", 2,
      "OFPT_ERROR (OF1.4) (xid=0x46b): OFPMOFC_BAD_OUT\n"
      "OpenFlow message is empty\n" },
    { "050100180000046cb0c20000000000000011000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x46c): OFPBFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000046db0c20000000000000011000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x46d): OFPBFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000046eb0c200000000000000110002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x46e): OFPBFC_BAD_ID\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000046fb0c2000000000000001100036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x46f): OFPBFC_BUNDLE_EXIST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000470b0c200000000000000110004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x470): OFPBFC_BUNDLE_CLOSED\n"
      "OpenFlow message is empty\n" },
    { "0501001800000471b0c20000000000000011000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x471): OFPBFC_OUT_OF_BUNDLES\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000472b0c20000000000000011000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x472): OFPBFC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000473b0c200000000000000110007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x473): OFPBFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000474b0c2000000000000001100086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x474): OFPBFC_MSG_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000475b0c200000000000000110009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x475): OFPBFC_MSG_BAD_XID\n"
      "OpenFlow message is empty\n" },
    { "0501001800000476b0c20000000000000011000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x476): OFPBFC_MSG_UNSUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000477b0c20000000000000011000b05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x477): OFPBFC_MSG_CONFLICT\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000478b0c20000000000000011000c050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x478): OFPBFC_MSG_TOO_MANY\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000479b0c20000000000000011000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x479): OFPBFC_MSG_FAILED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000047ab0c20000000000000011000e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x47a): OFPBFC_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "050100180000047bb0c20000000000000011000f01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x47b): OFPBFC_BUNDLE_IN_PROGRESS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000047cb0c20000000023200002000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x47c): NXBRC_NXM_INVALID\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000047db0c200000000232000030000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x47d): NXBRC_NXM_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000047eb0c2000000002320000400006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x47e): NXBRC_MUST_BE_ZERO\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000047fb0c200000000232000050000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x47f): NXBRC_BAD_REASON\n"
      "OpenFlow message is empty\n" },
    { "0501001800000480b0c20000000023200009000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x480): NXBRC_FM_BAD_EVENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000481b0c2000000002320000a000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x481): NXBRC_UNENCODABLE_ERROR\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000482b0c2000000002320000b0000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x482): NXBAC_MUST_BE_ZERO\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000483b0c2000000002320000c00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x483): NXFMFC_HARDWARE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000484b0c2000000002320000d0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x484): NXFMFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "0501001800000485b0c2000000002320000f000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x485): NXBAC_BAD_CONJUNCTION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000486b0c20000000023200010000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x486): NXTTMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000487b0c200000000232000110000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x487): NXTTMFC_BAD_OPT_LEN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000488b0c2000000002320001200006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x488): NXTTMFC_BAD_FIELD_IDX\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000489b0c200000000232000130000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x489): NXTTMFC_TABLE_FULL\n"
      "OpenFlow message is empty\n" },
    { "050100180000048ab0c20000000023200014000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x48a): NXTTMFC_ALREADY_MAPPED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c0000048bb0c20000000023200015000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x48b): NXTTMFC_DUP_ENTRY\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e0000048cb0c200000000232000160000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x48c): OFPBFC_BAD_VERSION\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "050100250000048db0c2000000002320001700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x48d): NXQOFC_QUEUE_ERROR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "050100140000048eb0c200000000232000220000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x48e): NXR_NOT_SUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "050100180000048fb0c20000000023200023000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x48f): NXR_STALE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000490b0c20000000023200024000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x490): NXST_NOT_CONFIGURED\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000491b0c200000000232000250000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x491): NXFMFC_INVALID_TLV_FIELD\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000492b0c2000000002320002600006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x492): NXTTMFC_INVALID_TLV_DEL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000493b0c200000000232000270000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x493): NXBAC_BAD_HEADER_TYPE\n"
      "OpenFlow message is empty\n" },
    { "0501001800000494b0c20000000023200028000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x494): NXBAC_UNKNOWN_ED_PROP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001c00000495b0c20000000023200029000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x495): NXBAC_BAD_ED_PROP\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001e00000496b0c2000000002320002a0000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x496): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501002500000497b0c2000000002320002b00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x497): NXBMC_CT_DATAPATH_SUPPORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501001400000498b0c2000000002320002c0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x498): NXTFFC_DUP_TABLE\n"
      "OpenFlow message is empty\n" },
    { "0501001800000499b0c200004f4e4600109a000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x499): OFPBAC_BAD_SET_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "050100140000049a0000000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x49a): OFPHFC_INCOMPATIBLE\n"
      "\\005\\000\\000\\010\\000\\000\\000\\252\n" },
    { "050100160000049b00000001050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x49b): OFPHFC_EPERM\n"
      "\\005\\016\\000H\\000\\000\\000\\273\\000\\000\n" },
    { "0501001d0000049c000100006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x49c): OFPBRC_BAD_VERSION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000049d00010001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x49d): OFPBRC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "050100100000049e0001000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x49e): OFPBRC_BAD_STAT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "050100140000049f0001000305000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x49f): OFPBRC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004a000010004050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a0): OFPBRC_BAD_SUBTYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004a1000100056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a1): OFPBRC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004a200010006", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a2): OFPBRC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "05010010000004a30001000701020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a3): OFPBRC_BUFFER_EMPTY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004a40001000805000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a4): OFPBRC_BUFFER_UNKNOWN\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004a500010009050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a5): OFPBRC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004a60001000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a6): OFPBRC_IS_SECONDARY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004a70001000b", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a7): OFPBRC_BAD_PORT\n"
      "OpenFlow message is empty\n" },
    { "05010010000004a80001000c01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a8): OFPBRC_BAD_PACKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004a90001000d05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4a9): OFPBRC_MULTIPART_BUFFER_OVERFLOW\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004aa0001000e050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4aa): OFPBRC_MULTIPART_REQUEST_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004ab0001000f6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ab): OFPBRC_MULTIPART_REPLY_TIMEOUT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004ac00020000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ac): OFPBAC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "05010010000004ad0002000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ad): OFPBAC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004ae0002000205000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ae): OFPBAC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004af00020003050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4af): OFPBAC_BAD_VENDOR_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004b0000200046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b0): OFPBAC_BAD_OUT_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004b100020005", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b1): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "05010010000004b20002000601020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b2): OFPBAC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004b30002000705000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b3): OFPBAC_TOO_MANY\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004b400020008050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b4): OFPBAC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004b5000200096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b5): OFPBAC_BAD_OUT_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004b60002000a", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b6): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow message is empty\n" },
    { "05010010000004b70002000b01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b7): OFPBAC_UNSUPPORTED_ORDER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004b80002000c05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b8): OFPBAC_BAD_TAG\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004b90002000d050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4b9): OFPBAC_BAD_SET_TYPE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004ba0002000e6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ba): OFPBAC_BAD_SET_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004bb0002000f", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4bb): OFPBAC_BAD_SET_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "05010010000004bc0003000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4bc): OFPBIC_UNKNOWN_INST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004bd0003000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4bd): OFPBIC_UNSUP_INST\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004be00030002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4be): OFPBIC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004bf000300036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4bf): OFPBIC_UNSUP_METADATA\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004c000030004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c0): OFPBIC_UNSUP_METADATA_MASK\n"
      "OpenFlow message is empty\n" },
    { "05010010000004c10003000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c1): OFPBIC_BAD_EXPERIMENTER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004c20003000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c2): OFPBIC_BAD_EXP_TYPE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004c300030007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c3): OFPBIC_BAD_LEN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004c4000300086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c4): OFPBIC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004c500030009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c5): OFPBIC_DUP_INST\n"
      "OpenFlow message is empty\n" },
    { "05010010000004c60004000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c6): OFPBMC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004c70004000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c7): OFPBMC_BAD_LEN\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004c800040002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c8): OFPBMC_BAD_TAG\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004c9000400036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4c9): OFPBMC_BAD_DL_ADDR_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004ca00040004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ca): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OpenFlow message is empty\n" },
    { "05010010000004cb0004000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4cb): OFPBMC_BAD_WILDCARDS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004cc0004000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4cc): OFPBMC_BAD_FIELD\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004cd00040007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4cd): OFPBMC_BAD_VALUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004ce000400086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ce): OFPBMC_BAD_MASK\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004cf00040009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4cf): OFPBMC_BAD_PREREQ\n"
      "OpenFlow message is empty\n" },
    { "05010010000004d00004000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d0): OFPBMC_DUP_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004d10004000b05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d1): OFPBMC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004d200050000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d2): OFPFMFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004d3000500016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d3): OFPFMFC_TABLE_FULL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004d400050002", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d4): OFPFMFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "05010010000004d50005000301020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d5): OFPFMFC_OVERLAP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004d60005000405000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d6): OFPFMFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004d700050005050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d7): OFPFMFC_BAD_TIMEOUT\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004d8000500066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d8): OFPFMFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004d900050007", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4d9): OFPFMFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "05010010000004da0005000801020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4da): OFPFMFC_CANT_SYNC\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004db0005000905000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4db): OFPFMFC_BAD_PRIORITY\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004dc0005000a050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4dc): OFPFMFC_IS_SYNC\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004dd000600006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4dd): OFPGMFC_GROUP_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004de00060001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4de): OFPGMFC_INVALID_GROUP\n"
      "OpenFlow message is empty\n" },
    { "05010010000004df0006000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4df): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004e00006000305000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e0): OFPGMFC_OUT_OF_GROUPS\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004e100060004050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e1): OFPGMFC_OUT_OF_BUCKETS\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004e2000600056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e2): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004e300060006", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e3): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OpenFlow message is empty\n" },
    { "05010010000004e40006000701020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e4): OFPGMFC_LOOP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004e50006000805000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e5): OFPGMFC_UNKNOWN_GROUP\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004e600060009050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e6): OFPGMFC_CHAINED_GROUP\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004e70006000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e7): OFPGMFC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004e80006000b", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e8): OFPGMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "05010010000004e90006000c01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4e9): OFPGMFC_BAD_BUCKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004ea0006000d05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ea): OFPGMFC_BAD_WATCH\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004eb0006000e050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4eb): OFPGMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004ec000700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ec): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004ed00070001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ed): OFPPMFC_BAD_HW_ADDR\n"
      "OpenFlow message is empty\n" },
    { "05010010000004ee0007000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ee): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004ef0007000305000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ef): OFPPMFC_BAD_ADVERTISE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004f000070004050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f0): OFPPMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004f1000800006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f1): OFPTMFC_BAD_TABLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004f200080001", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f2): OFPTMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "05010010000004f30008000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f3): OFPTMFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004f40009000005000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f4): OFPQOFC_BAD_PORT\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004f500090001050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f5): OFPQOFC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004f6000900026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f6): OFPQOFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004f7000a0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f7): OFPSCFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "05010010000004f8000a000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f8): OFPSCFC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004f9000a000205000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4f9): OFPSCFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004fa000b0000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4fa): OFPRRFC_STALE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d000004fb000b00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4fb): OFPRRFC_UNSUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c000004fc000b0002", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4fc): OFPRRFC_BAD_ROLE\n"
      "OpenFlow message is empty\n" },
    { "05010010000004fd000c000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4fd): OFPMMFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000004fe000c000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4fe): OFPMMFC_METER_EXISTS\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "05010016000004ff000c0002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x4ff): OFPMMFC_INVALID_METER\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d00000500000c00036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x500): OFPMMFC_UNKNOWN_METER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c00000501000c0004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x501): OFPMMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "0501001000000502000c000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x502): OFPMMFC_BAD_FLAGS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001400000503000c000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x503): OFPMMFC_BAD_RATE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001600000504000c0007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x504): OFPMMFC_BAD_BURST\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d00000505000c00086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x505): OFPMMFC_BAD_BAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c00000506000c0009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x506): OFPMMFC_BAD_BAND_VALUE\n"
      "OpenFlow message is empty\n" },
    { "0501001000000507000c000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x507): OFPMMFC_OUT_OF_METERS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001400000508000c000b05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x508): OFPMMFC_OUT_OF_BANDS\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001600000509000d0000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x509): OFPTFFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d0000050a000d00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x50a): OFPTFFC_BAD_METADATA\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000050b000d0005", 2,
      "OFPT_ERROR (OF1.4) (xid=0x50b): OFPTFFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "050100100000050c000e000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x50c): OFPBPC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "050100140000050d000e000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x50d): OFPBPC_BAD_LEN\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "050100160000050e000e0002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x50e): OFPBPC_BAD_VALUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d0000050f000e00036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x50f): OFPBPC_TOO_MANY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c00000510000e0004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x510): OFPBPC_DUP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "0501001000000511000e000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x511): OFPBPC_BAD_EXPERIMENTER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001400000512000e000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x512): OFPBPC_BAD_EXP_TYPE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "0501001600000513000e0007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x513): OFPBPC_BAD_EXP_VALUE\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d00000514000e00086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x514): OFPBPC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c00000515000f0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x515): OFPACFC_INVALID\n"
      "OpenFlow message is empty\n" },
    { "0501001000000516000f000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x516): OFPACFC_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0501001400000517000f000205000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x517): OFPACFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "050100160000051800100000050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x518): OFPMOFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d00000519001000016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x519): OFPMOFC_MONITOR_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000051a00100002", 2,
      "OFPT_ERROR (OF1.4) (xid=0x51a): OFPMOFC_INVALID_MONITOR\n"
      "OpenFlow message is empty\n" },
    { "050100100000051b0010000301020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x51b): OFPMOFC_UNKNOWN_MONITOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "050100140000051c0010000405000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x51c): OFPMOFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "050100160000051d00100005050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x51d): OFPMOFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d0000051e001000066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x51e): OFPMOFC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000051f00100007", 2,
      "OFPT_ERROR (OF1.4) (xid=0x51f): OFPMOFC_BAD_OUT\n"
      "OpenFlow message is empty\n" },
    { "05010010000005200011000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x520): OFPBFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000005210011000105000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x521): OFPBFC_EPERM\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "050100160000052200110002050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x522): OFPBFC_BAD_ID\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d00000523001100036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x523): OFPBFC_BUNDLE_EXIST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000052400110004", 2,
      "OFPT_ERROR (OF1.4) (xid=0x524): OFPBFC_BUNDLE_CLOSED\n"
      "OpenFlow message is empty\n" },
    { "05010010000005250011000501020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x525): OFPBFC_OUT_OF_BUNDLES\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "05010014000005260011000605000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x526): OFPBFC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "050100160000052700110007050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x527): OFPBFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d00000528001100086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x528): OFPBFC_MSG_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000052900110009", 2,
      "OFPT_ERROR (OF1.4) (xid=0x529): OFPBFC_MSG_BAD_XID\n"
      "OpenFlow message is empty\n" },
    { "050100100000052a0011000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x52a): OFPBFC_MSG_UNSUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "050100140000052b0011000b05000008000000aa", 2,
      "OFPT_ERROR (OF1.4) (xid=0x52b): OFPBFC_MSG_CONFLICT\n"
      "OFPT_HELLO (OF1.4) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05\n" },
    { "050100160000052c0011000c050e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.4) (xid=0x52c): OFPBFC_MSG_TOO_MANY\n"
      "OFPT_FLOW_MOD (OF1.4) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  05 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0501001d0000052d0011000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x52d): OFPBFC_MSG_FAILED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0501000c0000052e0011000e", 2,
      "OFPT_ERROR (OF1.4) (xid=0x52e): OFPBFC_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "050100100000052f0011000f01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x52f): OFPBFC_BUNDLE_IN_PROGRESS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001800000530ffff00000000000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x530): OFPHFC_INCOMPATIBLE\n"
      "\\006\\000\\000\\010\\000\\000\\000\\252\n" },
    { "0601001a00000531ffff000100000000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x531): OFPBRC_BAD_VERSION\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002100000532ffff0002000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x532): OFPBAC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001000000533ffff000300000000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x533): OFPBIC_UNKNOWN_INST\n"
      "OpenFlow message is empty\n" },
    { "0601001400000534ffff00040000000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x534): OFPBMC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001800000535ffff00050000000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x535): OFPFMFC_UNKNOWN\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a00000536ffff000600000000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x536): OFPGMFC_GROUP_EXISTS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002100000537ffff0007000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x537): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001000000538ffff000800000000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x538): OFPTMFC_BAD_TABLE\n"
      "OpenFlow message is empty\n" },
    { "0601001400000539ffff00090000000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x539): OFPQOFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100180000053affff000a0000000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x53a): OFPSCFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a0000053bffff000b00000000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x53b): OFPRRFC_STALE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100210000053cffff000c000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x53c): OFPMMFC_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100100000053dffff000d00000000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x53d): OFPTFFC_BAD_TABLE\n"
      "OpenFlow message is empty\n" },
    { "060100140000053effff000e0000000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x53e): OFPBPC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100180000053fffff000f0000000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x53f): OFPACFC_INVALID\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a00000540ffff001000000000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x540): OFPMOFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002100000541ffff0011000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x541): OFPBFC_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001000000542ffff000200002320", 2,
      "OFPT_ERROR (OF1.5) (xid=0x542): NXBRC_NXM_INVALID\n"
      "OpenFlow message is empty\n" },
    { "0601001400000543ffff00030000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x543): NXBRC_NXM_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001800000544ffff00040000232006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x544): NXBRC_MUST_BE_ZERO\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a00000545ffff000500002320060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x545): NXBRC_BAD_REASON\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002100000546ffff0009000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x546): NXBRC_FM_BAD_EVENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001000000547ffff000a00002320", 2,
      "OFPT_ERROR (OF1.5) (xid=0x547): NXBRC_UNENCODABLE_ERROR\n"
      "OpenFlow message is empty\n" },
    { "0601001400000548ffff000b0000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x548): NXBAC_MUST_BE_ZERO\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001800000549ffff000c0000232006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x549): NXFMFC_HARDWARE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a0000054affff000d00002320060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x54a): NXFMFC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100210000054bffff000f000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x54b): NXBAC_BAD_CONJUNCTION\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100100000054cffff001000002320", 2,
      "OFPT_ERROR (OF1.5) (xid=0x54c): NXTTMFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "060100140000054dffff00110000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x54d): NXTTMFC_BAD_OPT_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100180000054effff00120000232006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x54e): NXTTMFC_BAD_FIELD_IDX\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a0000054fffff001300002320060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x54f): NXTTMFC_TABLE_FULL\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002100000550ffff0014000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x550): NXTTMFC_ALREADY_MAPPED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001000000551ffff001500002320", 2,
      "OFPT_ERROR (OF1.5) (xid=0x551): NXTTMFC_DUP_ENTRY\n"
      "OpenFlow message is empty\n" },
    { "0601001400000552ffff00160000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x552): OFPBFC_BAD_VERSION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001800000553ffff00170000232006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x553): NXQOFC_QUEUE_ERROR\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a00000554ffff002200002320060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x554): NXR_NOT_SUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002100000555ffff0023000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x555): NXR_STALE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001000000556ffff002400002320", 2,
      "OFPT_ERROR (OF1.5) (xid=0x556): NXST_NOT_CONFIGURED\n"
      "OpenFlow message is empty\n" },
    { "0601001400000557ffff00250000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x557): NXFMFC_INVALID_TLV_FIELD\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001800000558ffff00260000232006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x558): NXTTMFC_INVALID_TLV_DEL\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a00000559ffff002700002320060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x559): NXBAC_BAD_HEADER_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100210000055affff0028000023206e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x55a): NXBAC_UNKNOWN_ED_PROP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100100000055bffff002900002320", 2,
      "OFPT_ERROR (OF1.5) (xid=0x55b): NXBAC_BAD_ED_PROP\n"
      "OpenFlow message is empty\n" },
    { "060100140000055cffff002a0000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x55c): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100180000055dffff002b0000232006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x55d): NXBMC_CT_DATAPATH_SUPPORT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001a0000055effff002c00002320060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x55e): NXTFFC_DUP_TABLE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000055fb0c2000000000000000000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x55f): OFPHFC_INCOMPATIBLE\n"
      "no common version\n" },
    { "0601001400000560b0c200000000000000000001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x560): OFPHFC_EPERM\n" },
    { "0601001800000561b0c20000000000000001000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x561): OFPBRC_BAD_VERSION\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000562b0c20000000000000001000106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x562): OFPBRC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000563b0c200000000000000010002060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x563): OFPBRC_BAD_STAT\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000564b0c2000000000000000100036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x564): OFPBRC_BAD_VENDOR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000565b0c200000000000000010004", 2,
      "OFPT_ERROR (OF1.5) (xid=0x565): OFPBRC_BAD_SUBTYPE\n"
      "OpenFlow message is empty\n" },
    { "0601001800000566b0c20000000000000001000501020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x566): OFPBRC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000567b0c20000000000000001000606000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x567): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000568b0c200000000000000010007060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x568): OFPBRC_BUFFER_EMPTY\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000569b0c2000000000000000100086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x569): OFPBRC_BUFFER_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000056ab0c200000000000000010009", 2,
      "OFPT_ERROR (OF1.5) (xid=0x56a): OFPBRC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "060100180000056bb0c20000000000000001000a01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x56b): OFPBRC_IS_SECONDARY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000056cb0c20000000000000001000b06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x56c): OFPBRC_BAD_PORT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000056db0c20000000000000001000c060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x56d): OFPBRC_BAD_PACKET\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000056eb0c20000000000000001000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x56e): OFPBRC_MULTIPART_BUFFER_OVERFLOW\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000056fb0c20000000000000001000e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x56f): OFPBRC_MULTIPART_REQUEST_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "0601001800000570b0c20000000000000001000f01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x570): OFPBRC_MULTIPART_REPLY_TIMEOUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000571b0c20000000000000001001006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x571): OFPBRC_MULTIPART_BAD_SCHED\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000572b0c200000000000000010011060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x572): OFPBRC_PIPELINE_FIELDS_ONLY\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000573b0c2000000000000000100126e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x573): OFPBRC_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000574b0c200000000000000020000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x574): OFPBAC_BAD_TYPE\n"
      "OpenFlow message is empty\n" },
    { "0601001800000575b0c20000000000000002000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x575): OFPBAC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000576b0c20000000000000002000206000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x576): OFPBAC_BAD_VENDOR\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000577b0c200000000000000020003060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x577): OFPBAC_BAD_VENDOR_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000578b0c2000000000000000200046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x578): OFPBAC_BAD_OUT_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000579b0c200000000000000020005", 2,
      "OFPT_ERROR (OF1.5) (xid=0x579): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "060100180000057ab0c20000000000000002000601020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x57a): OFPBAC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000057bb0c20000000000000002000706000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x57b): OFPBAC_TOO_MANY\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000057cb0c200000000000000020008060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x57c): OFPBAC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000057db0c2000000000000000200096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x57d): OFPBAC_BAD_OUT_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000057eb0c20000000000000002000a", 2,
      "OFPT_ERROR (OF1.5) (xid=0x57e): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow message is empty\n" },
    { "060100180000057fb0c20000000000000002000b01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x57f): OFPBAC_UNSUPPORTED_ORDER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000580b0c20000000000000002000c06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x580): OFPBAC_BAD_TAG\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000581b0c20000000000000002000d060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x581): OFPBAC_BAD_SET_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000582b0c20000000000000002000e6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x582): OFPBAC_BAD_SET_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000583b0c20000000000000002000f", 2,
      "OFPT_ERROR (OF1.5) (xid=0x583): OFPBAC_BAD_SET_ARGUMENT\n"
      "OpenFlow message is empty\n" },
    { "0601001800000584b0c20000000000000002001001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x584): OFPBAC_BAD_SET_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000585b0c20000000000000002001106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x585): OFPBAC_BAD_METER\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000586b0c200000000000000030000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x586): OFPBIC_UNKNOWN_INST\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000587b0c2000000000000000300016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x587): OFPBIC_UNSUP_INST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000588b0c200000000000000030002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x588): OFPBIC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "0601001800000589b0c20000000000000003000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x589): OFPBIC_UNSUP_METADATA\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000058ab0c20000000000000003000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x58a): OFPBIC_UNSUP_METADATA_MASK\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000058bb0c200000000000000030005060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x58b): OFPBIC_BAD_EXPERIMENTER\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000058cb0c2000000000000000300066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x58c): OFPBIC_BAD_EXP_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000058db0c200000000000000030007", 2,
      "OFPT_ERROR (OF1.5) (xid=0x58d): OFPBIC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "060100180000058eb0c20000000000000003000801020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x58e): OFPBIC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000058fb0c20000000000000003000906000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x58f): OFPBIC_DUP_INST\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000590b0c200000000000000040000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x590): OFPBMC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000591b0c2000000000000000400016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x591): OFPBMC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000592b0c200000000000000040002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x592): OFPBMC_BAD_TAG\n"
      "OpenFlow message is empty\n" },
    { "0601001800000593b0c20000000000000004000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x593): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000594b0c20000000000000004000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x594): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000595b0c200000000000000040005060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x595): OFPBMC_BAD_WILDCARDS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000596b0c2000000000000000400066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x596): OFPBMC_BAD_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000597b0c200000000000000040007", 2,
      "OFPT_ERROR (OF1.5) (xid=0x597): OFPBMC_BAD_VALUE\n"
      "OpenFlow message is empty\n" },
    { "0601001800000598b0c20000000000000004000801020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x598): OFPBMC_BAD_MASK\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000599b0c20000000000000004000906000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x599): OFPBMC_BAD_PREREQ\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000059ab0c20000000000000004000a060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x59a): OFPBMC_DUP_FIELD\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000059bb0c20000000000000004000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x59b): OFPBMC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000059cb0c200000000000000050000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x59c): OFPFMFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "060100180000059db0c20000000000000005000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x59d): OFPFMFC_TABLE_FULL\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000059eb0c20000000000000005000206000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x59e): OFPFMFC_BAD_TABLE_ID\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000059fb0c200000000000000050003060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x59f): OFPFMFC_OVERLAP\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005a0b0c2000000000000000500046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a0): OFPFMFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005a1b0c200000000000000050005", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a1): OFPFMFC_BAD_TIMEOUT\n"
      "OpenFlow message is empty\n" },
    { "06010018000005a2b0c20000000000000005000601020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a2): OFPFMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005a3b0c20000000000000005000706000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a3): OFPFMFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005a4b0c200000000000000050008060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a4): OFPFMFC_CANT_SYNC\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005a5b0c2000000000000000500096e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a5): OFPFMFC_BAD_PRIORITY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005a6b0c20000000000000005000a", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a6): OFPFMFC_IS_SYNC\n"
      "OpenFlow message is empty\n" },
    { "06010018000005a7b0c20000000000000006000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a7): OFPGMFC_GROUP_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005a8b0c20000000000000006000106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a8): OFPGMFC_INVALID_GROUP\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005a9b0c200000000000000060002060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5a9): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005aab0c2000000000000000600036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5aa): OFPGMFC_OUT_OF_GROUPS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005abb0c200000000000000060004", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ab): OFPGMFC_OUT_OF_BUCKETS\n"
      "OpenFlow message is empty\n" },
    { "06010018000005acb0c20000000000000006000501020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ac): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005adb0c20000000000000006000606000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ad): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005aeb0c200000000000000060007060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ae): OFPGMFC_LOOP\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005afb0c2000000000000000600086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5af): OFPGMFC_UNKNOWN_GROUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005b0b0c200000000000000060009", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b0): OFPGMFC_CHAINED_GROUP\n"
      "OpenFlow message is empty\n" },
    { "06010018000005b1b0c20000000000000006000a01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b1): OFPGMFC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005b2b0c20000000000000006000b06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b2): OFPGMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005b3b0c20000000000000006000c060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b3): OFPGMFC_BAD_BUCKET\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005b4b0c20000000000000006000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b4): OFPGMFC_BAD_WATCH\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005b5b0c20000000000000006000e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b5): OFPGMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "06010018000005b6b0c20000000000000006000f01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b6): OFPGMFC_UNKNOWN_BUCKET\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005b7b0c20000000000000006001006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b7): OFPGMFC_BUCKET_EXISTS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005b8b0c200000000000000070000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b8): OFPPMFC_BAD_PORT\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005b9b0c2000000000000000700016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5b9): OFPPMFC_BAD_HW_ADDR\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005bab0c200000000000000070002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ba): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "06010018000005bbb0c20000000000000007000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5bb): OFPPMFC_BAD_ADVERTISE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005bcb0c20000000000000007000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5bc): OFPPMFC_EPERM\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005bdb0c200000000000000080000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5bd): OFPTMFC_BAD_TABLE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005beb0c2000000000000000800016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5be): OFPTMFC_BAD_CONFIG\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005bfb0c200000000000000080002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5bf): OFPTMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "06010018000005c0b0c20000000000000009000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c0): OFPQOFC_BAD_PORT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005c1b0c20000000000000009000106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c1): OFPQOFC_BAD_QUEUE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005c2b0c200000000000000090002060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c2): OFPQOFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005c3b0c2000000000000000a00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c3): OFPSCFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005c4b0c2000000000000000a0001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c4): OFPSCFC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "06010018000005c5b0c2000000000000000a000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c5): OFPSCFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005c6b0c2000000000000000b000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c6): OFPRRFC_STALE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005c7b0c2000000000000000b0001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c7): OFPRRFC_UNSUP\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005c8b0c2000000000000000b00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c8): OFPRRFC_BAD_ROLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005c9b0c2000000000000000b0003", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5c9): OFPRRFC_ID_UNSUP\n"
      "OpenFlow message is empty\n" },
    { "06010018000005cab0c2000000000000000b000401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ca): OFPRRFC_ID_IN_USE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005cbb0c2000000000000000c000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5cb): OFPMMFC_UNKNOWN\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005ccb0c2000000000000000c0001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5cc): OFPMMFC_METER_EXISTS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005cdb0c2000000000000000c00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5cd): OFPMMFC_INVALID_METER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005ceb0c2000000000000000c0003", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ce): OFPMMFC_UNKNOWN_METER\n"
      "OpenFlow message is empty\n" },
    { "06010018000005cfb0c2000000000000000c000401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5cf): OFPMMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005d0b0c2000000000000000c000506000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d0): OFPMMFC_BAD_FLAGS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005d1b0c2000000000000000c0006060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d1): OFPMMFC_BAD_RATE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005d2b0c2000000000000000c00076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d2): OFPMMFC_BAD_BURST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005d3b0c2000000000000000c0008", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d3): OFPMMFC_BAD_BAND\n"
      "OpenFlow message is empty\n" },
    { "06010018000005d4b0c2000000000000000c000901020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d4): OFPMMFC_BAD_BAND_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005d5b0c2000000000000000c000a06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d5): OFPMMFC_OUT_OF_METERS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005d6b0c2000000000000000c000b060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d6): OFPMMFC_OUT_OF_BANDS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005d7b0c2000000000000000d00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d7): OFPTFFC_BAD_TABLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005d8b0c2000000000000000d0001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d8): OFPTFFC_BAD_METADATA\n"
      "OpenFlow message is empty\n" },
    { "06010018000005d9b0c2000000000000000d000501020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5d9): OFPTFFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005dab0c2000000000000000d000606000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5da): OFPTFFC_BAD_CAPA\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005dbb0c2000000000000000d0007060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5db): OFPTFFC_BAD_MAX_ENT\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005dcb0c2000000000000000d00086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5dc): OFPTFFC_BAD_FEATURES\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005ddb0c2000000000000000d0009", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5dd): OFPTFFC_BAD_COMMAND\n"
      "OpenFlow message is empty\n" },
    { "06010018000005deb0c2000000000000000d000a01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5de): OFPTFFC_TOO_MANY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005dfb0c2000000000000000e000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5df): OFPBPC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005e0b0c2000000000000000e0001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e0): OFPBPC_BAD_LEN\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005e1b0c2000000000000000e00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e1): OFPBPC_BAD_VALUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005e2b0c2000000000000000e0003", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e2): OFPBPC_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "06010018000005e3b0c2000000000000000e000401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e3): OFPBPC_DUP_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005e4b0c2000000000000000e000506000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e4): OFPBPC_BAD_EXPERIMENTER\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005e5b0c2000000000000000e0006060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e5): OFPBPC_BAD_EXP_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005e6b0c2000000000000000e00076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e6): OFPBPC_BAD_EXP_VALUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005e7b0c2000000000000000e0008", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e7): OFPBPC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "06010018000005e8b0c2000000000000000f000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e8): OFPACFC_INVALID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005e9b0c2000000000000000f000106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5e9): OFPACFC_UNSUPPORTED\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005eab0c2000000000000000f0002060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ea): OFPACFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005ebb0c2000000000000001000006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5eb): OFPMOFC_UNKNOWN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005ecb0c200000000000000100001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ec): OFPMOFC_MONITOR_EXISTS\n"
      "OpenFlow message is empty\n" },
    { "06010018000005edb0c20000000000000010000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ed): OFPMOFC_INVALID_MONITOR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005eeb0c20000000000000010000306000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ee): OFPMOFC_UNKNOWN_MONITOR\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005efb0c200000000000000100004060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ef): OFPMOFC_BAD_COMMAND\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005f0b0c2000000000000001000056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f0): OFPMOFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005f1b0c200000000000000100006", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f1): OFPMOFC_BAD_TABLE_ID\n"
      "OpenFlow message is empty\n" },
    { "06010018000005f2b0c20000000000000010000701020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f2): OFPMOFC_BAD_OUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005f3b0c20000000000000011000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f3): OFPBFC_UNKNOWN\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005f4b0c200000000000000110001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f4): OFPBFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005f5b0c2000000000000001100026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f5): OFPBFC_BAD_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005f6b0c200000000000000110003", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f6): OFPBFC_BUNDLE_EXIST\n"
      "OpenFlow message is empty\n" },
    { "06010018000005f7b0c20000000000000011000401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f7): OFPBFC_BUNDLE_CLOSED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005f8b0c20000000000000011000506000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f8): OFPBFC_OUT_OF_BUNDLES\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005f9b0c200000000000000110006060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5f9): OFPBFC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005fab0c2000000000000001100076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5fa): OFPBFC_BAD_FLAGS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "06010014000005fbb0c200000000000000110008", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5fb): OFPBFC_MSG_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "06010018000005fcb0c20000000000000011000901020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5fc): OFPBFC_MSG_BAD_XID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c000005fdb0c20000000000000011000a06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5fd): OFPBFC_MSG_UNSUP\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e000005feb0c20000000000000011000b060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5fe): OFPBFC_MSG_CONFLICT\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "06010025000005ffb0c20000000000000011000c6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x5ff): OFPBFC_MSG_TOO_MANY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000600b0c20000000000000011000d", 2,
      "OFPT_ERROR (OF1.5) (xid=0x600): OFPBFC_MSG_FAILED\n"
      "OpenFlow message is empty\n" },
    { "0601001800000601b0c20000000000000011000e01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x601): OFPBFC_TIMEOUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000602b0c20000000000000011000f06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x602): OFPBFC_BUNDLE_IN_PROGRESS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000603b0c200000000000000110010060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x603): OFPBFC_SCHED_NOT_SUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000604b0c2000000000000001100116e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x604): OFPBFC_SCHED_FUTURE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000605b0c200000000000000110012", 2,
      "OFPT_ERROR (OF1.5) (xid=0x605): OFPBFC_SCHED_PAST\n"
      "OpenFlow message is empty\n" },
    { "0601001800000606b0c20000000023200002000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x606): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000607b0c20000000023200003000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x607): NXBRC_NXM_BAD_TYPE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000608b0c200000000232000040000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x608): NXBRC_MUST_BE_ZERO\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000609b0c2000000002320000500006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x609): NXBRC_BAD_REASON\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000060ab0c200000000232000090000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x60a): NXBRC_FM_BAD_EVENT\n"
      "OpenFlow message is empty\n" },
    { "060100180000060bb0c2000000002320000a000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x60b): NXBRC_UNENCODABLE_ERROR\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000060cb0c2000000002320000b000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x60c): NXBAC_MUST_BE_ZERO\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000060db0c2000000002320000c0000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x60d): NXFMFC_HARDWARE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000060eb0c2000000002320000d00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x60e): NXFMFC_BAD_TABLE_ID\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000060fb0c2000000002320000f0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x60f): NXBAC_BAD_CONJUNCTION\n"
      "OpenFlow message is empty\n" },
    { "0601001800000610b0c20000000023200010000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x610): NXTTMFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000611b0c20000000023200011000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x611): NXTTMFC_BAD_OPT_LEN\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000612b0c200000000232000120000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x612): NXTTMFC_BAD_FIELD_IDX\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000613b0c2000000002320001300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x613): NXTTMFC_TABLE_FULL\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000614b0c200000000232000140000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x614): NXTTMFC_ALREADY_MAPPED\n"
      "OpenFlow message is empty\n" },
    { "0601001800000615b0c20000000023200015000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x615): NXTTMFC_DUP_ENTRY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000616b0c20000000023200016000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x616): OFPBFC_BAD_VERSION\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000617b0c200000000232000170000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x617): NXQOFC_QUEUE_ERROR\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000618b0c2000000002320002200006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x618): NXR_NOT_SUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601001400000619b0c200000000232000230000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x619): NXR_STALE\n"
      "OpenFlow message is empty\n" },
    { "060100180000061ab0c20000000023200024000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x61a): NXST_NOT_CONFIGURED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c0000061bb0c20000000023200025000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x61b): NXFMFC_INVALID_TLV_FIELD\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e0000061cb0c200000000232000260000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x61c): NXTTMFC_INVALID_TLV_DEL\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "060100250000061db0c2000000002320002700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x61d): NXBAC_BAD_HEADER_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "060100140000061eb0c200000000232000280000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x61e): NXBAC_UNKNOWN_ED_PROP\n"
      "OpenFlow message is empty\n" },
    { "060100180000061fb0c20000000023200029000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x61f): NXBAC_BAD_ED_PROP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001c00000620b0c2000000002320002a000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x620): NXBAC_CT_DATAPATH_SUPPORT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001e00000621b0c2000000002320002b0000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x621): NXBMC_CT_DATAPATH_SUPPORT\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601002500000622b0c2000000002320002c00006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x622): NXTFFC_DUP_TABLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000062300000000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x623): OFPHFC_INCOMPATIBLE\n" },
    { "06010010000006240000000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x624): OFPHFC_EPERM\n"
      "\\001\\002\\003\\004\n" },
    { "06010014000006250001000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x625): OFPBRC_BAD_VERSION\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000062600010001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x626): OFPBRC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000627000100026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x627): OFPBRC_BAD_STAT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000062800010003", 2,
      "OFPT_ERROR (OF1.5) (xid=0x628): OFPBRC_BAD_VENDOR\n"
      "OpenFlow message is empty\n" },
    { "06010010000006290001000401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x629): OFPBRC_BAD_SUBTYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000062a0001000506000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x62a): OFPBRC_EPERM\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000062b00010006060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x62b): OFPBRC_BAD_LEN\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000062c000100076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x62c): OFPBRC_BUFFER_EMPTY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000062d00010008", 2,
      "OFPT_ERROR (OF1.5) (xid=0x62d): OFPBRC_BUFFER_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "060100100000062e0001000901020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x62e): OFPBRC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000062f0001000a06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x62f): OFPBRC_IS_SECONDARY\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006300001000b060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x630): OFPBRC_BAD_PORT\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006310001000c6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x631): OFPBRC_BAD_PACKET\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006320001000d", 2,
      "OFPT_ERROR (OF1.5) (xid=0x632): OFPBRC_MULTIPART_BUFFER_OVERFLOW\n"
      "OpenFlow message is empty\n" },
    { "06010010000006330001000e01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x633): OFPBRC_MULTIPART_REQUEST_TIMEOUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006340001000f06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x634): OFPBRC_MULTIPART_REPLY_TIMEOUT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000063500010010060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x635): OFPBRC_MULTIPART_BAD_SCHED\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000636000100116e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x636): OFPBRC_PIPELINE_FIELDS_ONLY\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000063700010012", 2,
      "OFPT_ERROR (OF1.5) (xid=0x637): OFPBRC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "06010010000006380002000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x638): OFPBAC_BAD_TYPE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006390002000106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x639): OFPBAC_BAD_LEN\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000063a00020002060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x63a): OFPBAC_BAD_VENDOR\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000063b000200036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x63b): OFPBAC_BAD_VENDOR_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000063c00020004", 2,
      "OFPT_ERROR (OF1.5) (xid=0x63c): OFPBAC_BAD_OUT_PORT\n"
      "OpenFlow message is empty\n" },
    { "060100100000063d0002000501020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x63d): OFPBAC_BAD_ARGUMENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000063e0002000606000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x63e): OFPBAC_EPERM\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000063f00020007060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x63f): OFPBAC_TOO_MANY\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000640000200086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x640): OFPBAC_BAD_QUEUE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000064100020009", 2,
      "OFPT_ERROR (OF1.5) (xid=0x641): OFPBAC_BAD_OUT_GROUP\n"
      "OpenFlow message is empty\n" },
    { "06010010000006420002000a01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x642): OFPBAC_MATCH_INCONSISTENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006430002000b06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x643): OFPBAC_UNSUPPORTED_ORDER\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006440002000c060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x644): OFPBAC_BAD_TAG\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006450002000d6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x645): OFPBAC_BAD_SET_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006460002000e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x646): OFPBAC_BAD_SET_LEN\n"
      "OpenFlow message is empty\n" },
    { "06010010000006470002000f01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x647): OFPBAC_BAD_SET_ARGUMENT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006480002001006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x648): OFPBAC_BAD_SET_MASK\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000064900020011060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x649): OFPBAC_BAD_METER\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000064a000300006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x64a): OFPBIC_UNKNOWN_INST\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000064b00030001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x64b): OFPBIC_UNSUP_INST\n"
      "OpenFlow message is empty\n" },
    { "060100100000064c0003000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x64c): OFPBIC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000064d0003000306000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x64d): OFPBIC_UNSUP_METADATA\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000064e00030004060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x64e): OFPBIC_UNSUP_METADATA_MASK\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000064f000300056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x64f): OFPBIC_BAD_EXPERIMENTER\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000065000030006", 2,
      "OFPT_ERROR (OF1.5) (xid=0x650): OFPBIC_BAD_EXP_TYPE\n"
      "OpenFlow message is empty\n" },
    { "06010010000006510003000701020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x651): OFPBIC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006520003000806000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x652): OFPBIC_EPERM\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000065300030009060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x653): OFPBIC_DUP_INST\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000654000400006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x654): OFPBMC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000065500040001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x655): OFPBMC_BAD_LEN\n"
      "OpenFlow message is empty\n" },
    { "06010010000006560004000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x656): OFPBMC_BAD_TAG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006570004000306000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x657): OFPBMC_BAD_DL_ADDR_MASK\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000065800040004060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x658): OFPBMC_BAD_NW_ADDR_MASK\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000659000400056e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x659): OFPBMC_BAD_WILDCARDS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000065a00040006", 2,
      "OFPT_ERROR (OF1.5) (xid=0x65a): OFPBMC_BAD_FIELD\n"
      "OpenFlow message is empty\n" },
    { "060100100000065b0004000701020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x65b): OFPBMC_BAD_VALUE\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000065c0004000806000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x65c): OFPBMC_BAD_MASK\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000065d00040009060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x65d): OFPBMC_BAD_PREREQ\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000065e0004000a6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x65e): OFPBMC_DUP_FIELD\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000065f0004000b", 2,
      "OFPT_ERROR (OF1.5) (xid=0x65f): OFPBMC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "06010010000006600005000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x660): OFPFMFC_UNKNOWN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006610005000106000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x661): OFPFMFC_TABLE_FULL\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000066200050002060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x662): OFPFMFC_BAD_TABLE_ID\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000663000500036e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x663): OFPFMFC_OVERLAP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000066400050004", 2,
      "OFPT_ERROR (OF1.5) (xid=0x664): OFPFMFC_EPERM\n"
      "OpenFlow message is empty\n" },
    { "06010010000006650005000501020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x665): OFPFMFC_BAD_TIMEOUT\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006660005000606000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x666): OFPFMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000066700050007060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x667): OFPFMFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000668000500086e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x668): OFPFMFC_CANT_SYNC\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000066900050009", 2,
      "OFPT_ERROR (OF1.5) (xid=0x669): OFPFMFC_BAD_PRIORITY\n"
      "OpenFlow message is empty\n" },
    { "060100100000066a0005000a01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x66a): OFPFMFC_IS_SYNC\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000066b0006000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x66b): OFPGMFC_GROUP_EXISTS\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000066c00060001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x66c): OFPGMFC_INVALID_GROUP\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000066d000600026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x66d): OFPGMFC_WEIGHT_UNSUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000066e00060003", 2,
      "OFPT_ERROR (OF1.5) (xid=0x66e): OFPGMFC_OUT_OF_GROUPS\n"
      "OpenFlow message is empty\n" },
    { "060100100000066f0006000401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x66f): OFPGMFC_OUT_OF_BUCKETS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006700006000506000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x670): OFPGMFC_CHAINING_UNSUPPORTED\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000067100060006060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x671): OFPGMFC_WATCH_UNSUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000672000600076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x672): OFPGMFC_LOOP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000067300060008", 2,
      "OFPT_ERROR (OF1.5) (xid=0x673): OFPGMFC_UNKNOWN_GROUP\n"
      "OpenFlow message is empty\n" },
    { "06010010000006740006000901020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x674): OFPGMFC_CHAINED_GROUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006750006000a06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x675): OFPGMFC_BAD_TYPE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006760006000b060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x676): OFPGMFC_BAD_COMMAND\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006770006000c6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x677): OFPGMFC_BAD_BUCKET\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006780006000d", 2,
      "OFPT_ERROR (OF1.5) (xid=0x678): OFPGMFC_BAD_WATCH\n"
      "OpenFlow message is empty\n" },
    { "06010010000006790006000e01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x679): OFPGMFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000067a0006000f06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x67a): OFPGMFC_UNKNOWN_BUCKET\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000067b00060010060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x67b): OFPGMFC_BUCKET_EXISTS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000067c000700006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x67c): OFPPMFC_BAD_PORT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000067d00070001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x67d): OFPPMFC_BAD_HW_ADDR\n"
      "OpenFlow message is empty\n" },
    { "060100100000067e0007000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x67e): OFPPMFC_BAD_CONFIG\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000067f0007000306000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x67f): OFPPMFC_BAD_ADVERTISE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000068000070004060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x680): OFPPMFC_EPERM\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000681000800006e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x681): OFPTMFC_BAD_TABLE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000068200080001", 2,
      "OFPT_ERROR (OF1.5) (xid=0x682): OFPTMFC_BAD_CONFIG\n"
      "OpenFlow message is empty\n" },
    { "06010010000006830008000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x683): OFPTMFC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006840009000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x684): OFPQOFC_BAD_PORT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000068500090001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x685): OFPQOFC_BAD_QUEUE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000686000900026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x686): OFPQOFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c00000687000a0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x687): OFPSCFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "0601001000000688000a000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x688): OFPSCFC_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001400000689000a000206000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x689): OFPSCFC_EPERM\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000068a000b0000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x68a): OFPRRFC_STALE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000068b000b00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x68b): OFPRRFC_UNSUP\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000068c000b0002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x68c): OFPRRFC_BAD_ROLE\n"
      "OpenFlow message is empty\n" },
    { "060100100000068d000b000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x68d): OFPRRFC_ID_UNSUP\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000068e000b000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x68e): OFPRRFC_ID_IN_USE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000068f000c0000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x68f): OFPMMFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000690000c00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x690): OFPMMFC_METER_EXISTS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c00000691000c0002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x691): OFPMMFC_INVALID_METER\n"
      "OpenFlow message is empty\n" },
    { "0601001000000692000c000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x692): OFPMMFC_UNKNOWN_METER\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001400000693000c000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x693): OFPMMFC_BAD_COMMAND\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001600000694000c0005060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x694): OFPMMFC_BAD_FLAGS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d00000695000c00066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x695): OFPMMFC_BAD_RATE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c00000696000c0007", 2,
      "OFPT_ERROR (OF1.5) (xid=0x696): OFPMMFC_BAD_BURST\n"
      "OpenFlow message is empty\n" },
    { "0601001000000697000c000801020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x697): OFPMMFC_BAD_BAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "0601001400000698000c000906000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x698): OFPMMFC_BAD_BAND_VALUE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "0601001600000699000c000a060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x699): OFPMMFC_OUT_OF_METERS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000069a000c000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x69a): OFPMMFC_OUT_OF_BANDS\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c0000069b000d0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x69b): OFPTFFC_BAD_TABLE\n"
      "OpenFlow message is empty\n" },
    { "060100100000069c000d000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x69c): OFPTFFC_BAD_METADATA\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "060100140000069d000d000506000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x69d): OFPTFFC_EPERM\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "060100160000069e000d0006060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x69e): OFPTFFC_BAD_CAPA\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d0000069f000d00076e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x69f): OFPTFFC_BAD_MAX_ENT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006a0000d0008", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a0): OFPTFFC_BAD_FEATURES\n"
      "OpenFlow message is empty\n" },
    { "06010010000006a1000d000901020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a1): OFPTFFC_BAD_COMMAND\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006a2000d000a06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a2): OFPTFFC_TOO_MANY\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006a3000e0000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a3): OFPBPC_BAD_TYPE\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006a4000e00016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a4): OFPBPC_BAD_LEN\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006a5000e0002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a5): OFPBPC_BAD_VALUE\n"
      "OpenFlow message is empty\n" },
    { "06010010000006a6000e000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a6): OFPBPC_TOO_MANY\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006a7000e000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a7): OFPBPC_DUP_TYPE\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006a8000e0005060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a8): OFPBPC_BAD_EXPERIMENTER\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006a9000e00066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6a9): OFPBPC_BAD_EXP_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006aa000e0007", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6aa): OFPBPC_BAD_EXP_VALUE\n"
      "OpenFlow message is empty\n" },
    { "06010010000006ab000e000801020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6ab): OFPBPC_EPERM\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006ac000f000006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6ac): OFPACFC_INVALID\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006ad000f0001060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6ad): OFPACFC_UNSUPPORTED\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006ae000f00026e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6ae): OFPACFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006af00100000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6af): OFPMOFC_UNKNOWN\n"
      "OpenFlow message is empty\n" },
    { "06010010000006b00010000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b0): OFPMOFC_MONITOR_EXISTS\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006b10010000206000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b1): OFPMOFC_INVALID_MONITOR\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006b200100003060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b2): OFPMOFC_UNKNOWN_MONITOR\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006b3001000046e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b3): OFPMOFC_BAD_COMMAND\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006b400100005", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b4): OFPMOFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "06010010000006b50010000601020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b5): OFPMOFC_BAD_TABLE_ID\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006b60010000706000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b6): OFPMOFC_BAD_OUT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006b700110000060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b7): OFPBFC_UNKNOWN\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006b8001100016e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b8): OFPBFC_EPERM\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006b900110002", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6b9): OFPBFC_BAD_ID\n"
      "OpenFlow message is empty\n" },
    { "06010010000006ba0011000301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6ba): OFPBFC_BUNDLE_EXIST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006bb0011000406000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6bb): OFPBFC_BUNDLE_CLOSED\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006bc00110005060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6bc): OFPBFC_OUT_OF_BUNDLES\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006bd001100066e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6bd): OFPBFC_BAD_TYPE\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006be00110007", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6be): OFPBFC_BAD_FLAGS\n"
      "OpenFlow message is empty\n" },
    { "06010010000006bf0011000801020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6bf): OFPBFC_MSG_BAD_LEN\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006c00011000906000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c0): OFPBFC_MSG_BAD_XID\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006c10011000a060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c1): OFPBFC_MSG_UNSUP\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006c20011000b6e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c2): OFPBFC_MSG_CONFLICT\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006c30011000c", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c3): OFPBFC_MSG_TOO_MANY\n"
      "OpenFlow message is empty\n" },
    { "06010010000006c40011000d01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c4): OFPBFC_MSG_FAILED\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "06010014000006c50011000e06000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c5): OFPBFC_TIMEOUT\n"
      "OFPT_HELLO (OF1.5) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04, 0x05, 0x06\n" },
    { "06010016000006c60011000f060e0048000000bb0000", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c6): OFPBFC_BUNDLE_IN_PROGRESS\n"
      "OFPT_FLOW_MOD (OF1.5) (xid=0xbb):\n"
      "(***truncated to 10 bytes from 72***)\n"
      "00000000  06 0e 00 48 00 00 00 bb-00 00                   |...H......      |\n" },
    { "0601001d000006c7001100106e6f20636f6d6d6f6e2076657273696f6e", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c7): OFPBFC_SCHED_NOT_SUPPORTED\n"
      "(***truncated to 17 bytes from 8291***)\n"
      "00000000  6e 6f 20 63 6f 6d 6d 6f-6e 20 76 65 72 73 69 6f |no common versio|\n"
      "00000010  6e                                              |n               |\n" },
    { "0601000c000006c800110011", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c8): OFPBFC_SCHED_FUTURE\n"
      "OpenFlow message is empty\n" },
    { "06010010000006c90011001201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x6c9): OFPBFC_SCHED_PAST\n"
      "OpenFlow packet too short (only 4 bytes):\n"
      "00000000  01 02 03 04                                     |....            |\n" },
    { "01010010000000010000000201020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 00 00 02 01 02 03 04 |................|\n" },
    { "01010010000000010001001301020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 01 00 13 01 02 03 04 |................|\n" },
    { "01010010000000010002001201020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 02 00 12 01 02 03 04 |................|\n" },
    { "01010010000000010003000a01020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 03 00 0a 01 02 03 04 |................|\n" },
    { "01010010000000010004000c01020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 04 00 0c 01 02 03 04 |................|\n" },
    { "01010010000000010005000b01020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 05 00 0b 01 02 03 04 |................|\n" },
    { "0101001000000001000d000a01020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 0d 00 0a 01 02 03 04 |................|\n" },
    { "01010010000000010011001001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 11 00 10 01 02 03 04 |................|\n" },
    { "01010010000000010012000001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-00 12 00 00 01 02 03 04 |................|\n" },
    { "01010010000000011234000001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-12 34 00 00 01 02 03 04 |.........4......|\n" },
    { "0101001000000001b0c2000101020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-b0 c2 00 01 01 02 03 04 |................|\n" },
    { "0101001000000001ffff000001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-ff ff 00 00 01 02 03 04 |................|\n" },
    { "0101001800000001b0c20000000023200001025801020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 18 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 58 01 02 03 04-                        |...X....        |\n" },
    { "0101001800000001b0c20000000012340001010001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 18 00 00 00 01-b0 c2 00 00 00 00 12 34 |...............4|\n"
      "00000010  00 01 01 00 01 02 03 04-                        |........        |\n" },
    { "0101001400000001ffff00640000232001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 14 00 00 00 01-ff ff 00 64 00 00 23 20 |...........d..# |\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0101001400000001ffff08fb4f4e460001020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 14 00 00 00 01-ff ff 08 fb 4f 4e 46 00 |............ONF.|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0101001400000001ffff00010000123401020304", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 14 00 00 00 01-ff ff 00 01 00 00 12 34 |...............4|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "02010010000000010000000201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 00 00 02 01 02 03 04 |................|\n" },
    { "02010010000000010001001301020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 01 00 13 01 02 03 04 |................|\n" },
    { "02010010000000010002001201020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 02 00 12 01 02 03 04 |................|\n" },
    { "02010010000000010003000a01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 03 00 0a 01 02 03 04 |................|\n" },
    { "02010010000000010004000c01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 04 00 0c 01 02 03 04 |................|\n" },
    { "02010010000000010005000b01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 05 00 0b 01 02 03 04 |................|\n" },
    { "0201001000000001000d000a01020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 0d 00 0a 01 02 03 04 |................|\n" },
    { "02010010000000010011001001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 11 00 10 01 02 03 04 |................|\n" },
    { "02010010000000010012000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-00 12 00 00 01 02 03 04 |................|\n" },
    { "02010010000000011234000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-12 34 00 00 01 02 03 04 |.........4......|\n" },
    { "0201001000000001b0c2000101020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-b0 c2 00 01 01 02 03 04 |................|\n" },
    { "0201001000000001ffff000001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 10 00 00 00 01-ff ff 00 00 01 02 03 04 |................|\n" },
    { "0201001800000001b0c20000000023200001025801020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 18 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 58 01 02 03 04-                        |...X....        |\n" },
    { "0201001800000001b0c20000000012340001010001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 18 00 00 00 01-b0 c2 00 00 00 00 12 34 |...............4|\n"
      "00000010  00 01 01 00 01 02 03 04-                        |........        |\n" },
    { "0201001400000001ffff00640000232001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 14 00 00 00 01-ff ff 00 64 00 00 23 20 |...........d..# |\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0201001400000001ffff08fb4f4e460001020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 14 00 00 00 01-ff ff 08 fb 4f 4e 46 00 |............ONF.|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0201001400000001ffff00010000123401020304", 2,
      "OFPT_ERROR (OF1.1) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  02 01 00 14 00 00 00 01-ff ff 00 01 00 00 12 34 |...............4|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "03010010000000010000000201020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 00 00 02 01 02 03 04 |................|\n" },
    { "03010010000000010001001301020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 01 00 13 01 02 03 04 |................|\n" },
    { "03010010000000010002001201020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 02 00 12 01 02 03 04 |................|\n" },
    { "03010010000000010003000a01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 03 00 0a 01 02 03 04 |................|\n" },
    { "03010010000000010004000c01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 04 00 0c 01 02 03 04 |................|\n" },
    { "03010010000000010005000b01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 05 00 0b 01 02 03 04 |................|\n" },
    { "0301001000000001000d000a01020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 0d 00 0a 01 02 03 04 |................|\n" },
    { "03010010000000010011001001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 11 00 10 01 02 03 04 |................|\n" },
    { "03010010000000010012000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-00 12 00 00 01 02 03 04 |................|\n" },
    { "03010010000000011234000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-12 34 00 00 01 02 03 04 |.........4......|\n" },
    { "0301001000000001b0c2000101020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-b0 c2 00 01 01 02 03 04 |................|\n" },
    { "0301001000000001ffff000001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 10 00 00 00 01-ff ff 00 00 01 02 03 04 |................|\n" },
    { "0301001800000001b0c20000000023200001025801020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 18 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 58 01 02 03 04-                        |...X....        |\n" },
    { "0301001800000001b0c20000000012340001010001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 18 00 00 00 01-b0 c2 00 00 00 00 12 34 |...............4|\n"
      "00000010  00 01 01 00 01 02 03 04-                        |........        |\n" },
    { "0301001400000001ffff00640000232001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 14 00 00 00 01-ff ff 00 64 00 00 23 20 |...........d..# |\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0301001400000001ffff08fb4f4e460001020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 14 00 00 00 01-ff ff 08 fb 4f 4e 46 00 |............ONF.|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0301001400000001ffff00010000123401020304", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  03 01 00 14 00 00 00 01-ff ff 00 01 00 00 12 34 |...............4|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "04010010000000010000000201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 00 00 02 01 02 03 04 |................|\n" },
    { "04010010000000010001001301020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 01 00 13 01 02 03 04 |................|\n" },
    { "04010010000000010002001201020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 02 00 12 01 02 03 04 |................|\n" },
    { "04010010000000010003000a01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 03 00 0a 01 02 03 04 |................|\n" },
    { "04010010000000010004000c01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 04 00 0c 01 02 03 04 |................|\n" },
    { "04010010000000010005000b01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 05 00 0b 01 02 03 04 |................|\n" },
    { "0401001000000001000d000a01020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 0d 00 0a 01 02 03 04 |................|\n" },
    { "04010010000000010011001001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 11 00 10 01 02 03 04 |................|\n" },
    { "04010010000000010012000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-00 12 00 00 01 02 03 04 |................|\n" },
    { "04010010000000011234000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-12 34 00 00 01 02 03 04 |.........4......|\n" },
    { "0401001000000001b0c2000101020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-b0 c2 00 01 01 02 03 04 |................|\n" },
    { "0401001000000001ffff000001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 10 00 00 00 01-ff ff 00 00 01 02 03 04 |................|\n" },
    { "0401001800000001b0c20000000023200001025801020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 18 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 58 01 02 03 04-                        |...X....        |\n" },
    { "0401001800000001b0c20000000012340001010001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 18 00 00 00 01-b0 c2 00 00 00 00 12 34 |...............4|\n"
      "00000010  00 01 01 00 01 02 03 04-                        |........        |\n" },
    { "0401001400000001ffff00640000232001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 14 00 00 00 01-ff ff 00 64 00 00 23 20 |...........d..# |\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0401001400000001ffff08fb4f4e460001020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 14 00 00 00 01-ff ff 08 fb 4f 4e 46 00 |............ONF.|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0401001400000001ffff00010000123401020304", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 14 00 00 00 01-ff ff 00 01 00 00 12 34 |...............4|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "05010010000000010000000201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 00 00 02 01 02 03 04 |................|\n" },
    { "05010010000000010001001301020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 01 00 13 01 02 03 04 |................|\n" },
    { "05010010000000010002001201020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 02 00 12 01 02 03 04 |................|\n" },
    { "05010010000000010003000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 03 00 0a 01 02 03 04 |................|\n" },
    { "05010010000000010004000c01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 04 00 0c 01 02 03 04 |................|\n" },
    { "05010010000000010005000b01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 05 00 0b 01 02 03 04 |................|\n" },
    { "0501001000000001000d000a01020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 0d 00 0a 01 02 03 04 |................|\n" },
    { "05010010000000010011001001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 11 00 10 01 02 03 04 |................|\n" },
    { "05010010000000010012000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-00 12 00 00 01 02 03 04 |................|\n" },
    { "05010010000000011234000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-12 34 00 00 01 02 03 04 |.........4......|\n" },
    { "0501001000000001b0c2000101020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-b0 c2 00 01 01 02 03 04 |................|\n" },
    { "0501001000000001ffff000001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 10 00 00 00 01-ff ff 00 00 01 02 03 04 |................|\n" },
    { "0501001800000001b0c20000000023200001025801020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 18 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 58 01 02 03 04-                        |...X....        |\n" },
    { "0501001800000001b0c20000000012340001010001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 18 00 00 00 01-b0 c2 00 00 00 00 12 34 |...............4|\n"
      "00000010  00 01 01 00 01 02 03 04-                        |........        |\n" },
    { "0501001400000001ffff00640000232001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 14 00 00 00 01-ff ff 00 64 00 00 23 20 |...........d..# |\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0501001400000001ffff08fb4f4e460001020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 14 00 00 00 01-ff ff 08 fb 4f 4e 46 00 |............ONF.|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0501001400000001ffff00010000123401020304", 2,
      "OFPT_ERROR (OF1.4) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  05 01 00 14 00 00 00 01-ff ff 00 01 00 00 12 34 |...............4|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "06010010000000010000000201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 00 00 02 01 02 03 04 |................|\n" },
    { "06010010000000010001001301020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 01 00 13 01 02 03 04 |................|\n" },
    { "06010010000000010002001201020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 02 00 12 01 02 03 04 |................|\n" },
    { "06010010000000010003000a01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 03 00 0a 01 02 03 04 |................|\n" },
    { "06010010000000010004000c01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 04 00 0c 01 02 03 04 |................|\n" },
    { "06010010000000010005000b01020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 05 00 0b 01 02 03 04 |................|\n" },
    { "06010010000000010012000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-00 12 00 00 01 02 03 04 |................|\n" },
    { "06010010000000011234000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-12 34 00 00 01 02 03 04 |.........4......|\n" },
    { "0601001000000001b0c2000101020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-b0 c2 00 01 01 02 03 04 |................|\n" },
    { "0601001000000001ffff000001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 10 00 00 00 01-ff ff 00 00 01 02 03 04 |................|\n" },
    { "0601001800000001b0c20000000023200001025801020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 58 01 02 03 04-                        |...X....        |\n" },
    { "0601001800000001b0c20000000012340001010001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-b0 c2 00 00 00 00 12 34 |...............4|\n"
      "00000010  00 01 01 00 01 02 03 04-                        |........        |\n" },
    { "0601001400000001ffff00640000232001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 14 00 00 00 01-ff ff 00 64 00 00 23 20 |...........d..# |\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0601001400000001ffff08fb4f4e460001020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 14 00 00 00 01-ff ff 08 fb 4f 4e 46 00 |............ONF.|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0601001400000001ffff00010000123401020304", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 14 00 00 00 01-ff ff 00 01 00 00 12 34 |...............4|\n"
      "00000010  01 02 03 04                                     |....            |\n" },
    { "0101000b0000000100010006", 2,
      "(***only uses 11 bytes out of 12***)\n"
      "00000000  01 01 00 0b 00 00 00 01-00 01 00 06             |............    |\n" },
    { "0101000c00000001000100", 2,
      "OFPT_ERROR (xid=0x1):\n"
      "(***truncated to 11 bytes from 12***)\n"
      "00000000  01 01 00 0c 00 00 00 01-00 01 00                |...........     |\n" },
    { "0101000a000000010001", 2,
      "***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 0a 00 00 00 01-00 01                   |..........      |\n" },
    { "0101000c00000001b0c20000", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 0c 00 00 00 01-b0 c2 00 00             |............    |\n" },
    { "0101001000000001b0c2000000002320", 2,
      "OFPT_ERROR (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  01 01 00 10 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n" },
    { "0101001300000001b0c20000000023200001020000", 2,
      "(***only uses 19 bytes out of 21***)\n"
      "00000000  01 01 00 13 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 02 00 00                                  |.....           |\n" },
    { "0401000c00000001ffff0002", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 0c 00 00 00 01-ff ff 00 02             |............    |\n" },
    { "0401000e00000001ffff00020000", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 0e 00 00 00 01-ff ff 00 02 00 00       |..............  |\n" },
    { "0401000f00000001ffff0002000023", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  04 01 00 0f 00 00 00 01-ff ff 00 02 00 00 23    |..............# |\n" },
    { "0401001000000001ffff000200002320", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow message is empty\n" },
    { "0401001400000001000100060400000c", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1):\n"
      "(***truncated to 16 bytes from 20***)\n"
      "00000000  04 01 00 14 00 00 00 01-00 01 00 06 04 00 00 0c |................|\n" },
    { "0401000c00000001000100060400000c00000002", 2,
      "(***only uses 12 bytes out of 20***)\n"
      "00000000  04 01 00 0c 00 00 00 01-00 01 00 06 04 00 00 0c |................|\n"
      "00000010  00 00 00 02                                     |....            |\n" },
    { "040100140000000100010006040000100000000201020304", 2,
      "(***only uses 20 bytes out of 24***)\n"
      "00000000  04 01 00 14 00 00 00 01-00 01 00 06 04 00 00 10 |................|\n"
      "00000010  00 00 00 02 01 02 03 04-                        |........        |\n" },
    { "0701000c0000000100010006", 2,
      "OFPT_ERROR (OF 0x07) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  07 01 00 0c 00 00 00 01-00 01 00 06             |............    |\n" },
    { "0001000c0000000100010006", 2,
      "***decode error: OFPBRC_BAD_TYPE***\n"
      "00000000  00 01 00 0c 00 00 00 01-00 01 00 06             |............    |\n" },
    { "0401000c000000010001000604", 2,
      "(***only uses 12 bytes out of 13***)\n"
      "00000000  04 01 00 0c 00 00 00 01-00 01 00 06 04          |.............   |\n" },
    { "0301001000000001000000014142435c", 2,
      "OFPT_ERROR (OF1.2) (xid=0x1): OFPHFC_EPERM\n"
      "ABC\\134\n" },
    { "0601001600000001000000007f00e282ac2209", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1):\n"
      "(***truncated to 19 bytes from 22***)\n"
      "00000000  06 01 00 16 00 00 00 01-00 00 00 00 7f 00 e2 82 |................|\n"
      "00000010  ac 22 09                                        |.\".             |\n" },
    { "0101001400000001000100060100000800000005", 2,
      "OFPT_ERROR (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (xid=0x5):\n"
      " version bitmap: 0x01\n" },
    { "0101001800000001000100060102000c0000000601020304", 2,
      "OFPT_ERROR (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_ECHO_REQUEST (xid=0x6): 4 bytes of payload\n" },
    { "010100140000000100010006011200080000000c", 2,
      "OFPT_ERROR (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_BARRIER_REQUEST (xid=0xc):\n" },
    { "0401001400000001000100060414000800000007", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_BARRIER_REQUEST (OF1.3) (xid=0x7):\n" },
    { "04010016000000010001000604140008000000070102", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "(***only uses 8 bytes out of 10***)\n"
      "00000000  04 14 00 08 00 00 00 07-01 02                   |..........      |\n" },
    { "0401001d00000001000100060401001000000009000100060102030405", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "(***only uses 16 bytes out of 17***)\n"
      "00000000  04 01 00 10 00 00 00 09-00 01 00 06 01 02 03 04 |................|\n"
      "00000010  05                                              |.               |\n" },
    { "04010020000000010001000604010018000000090001000604000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_ERROR (OF1.3) (xid=0x9):\n"
      "(***truncated to 20 bytes from 24***)\n"
      "00000000  04 01 00 18 00 00 00 09-00 01 00 06 04 00 00 08 |................|\n"
      "00000010  00 00 00 aa                                     |....            |\n" },
    { "0101001900000001000100060101000c000000ab0000000100", 2,
      "OFPT_ERROR (xid=0x1): OFPBRC_BAD_LEN\n"
      "(***only uses 12 bytes out of 13***)\n"
      "00000000  01 01 00 0c 00 00 00 ab-00 00 00 01 00          |.............   |\n" },
    { "0401001c00000001000100060400001000000005000100080000001a", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0x5):\n"
      " version bitmap: 0x01, 0x03, 0x04\n" },
    { "0401001c000000010001000604000010000000050001000800000001", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0x5):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n"
      " unknown data in hello:\n"
      "00000000  04 00 00 10 00 00 00 05-00 01 00 08 00 00 00 01 |................|\n" },
    { "0401001c000000010001000604000010000000050002000800000012", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0x5):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n"
      " unknown data in hello:\n"
      "00000000  04 00 00 10 00 00 00 05-00 02 00 08 00 00 00 12 |................|\n" },
    { "0401001800000001000100060400000c0000000500010004", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0x5):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n"
      " unknown data in hello:\n"
      "00000000  04 00 00 0c 00 00 00 05-00 01 00 04             |............    |\n" },
    { "04010014000000010001000604000008000000aa", 0,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010014000000010001000604000008000000aa", 1,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010014000000010001000604000008000000aa", 2,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010014000000010001000604000008000000aa", 3,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010014000000010001000604000008000000aa", 4,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n" },
    { "04010014000000010001000604000008000000aa", 5,
      "OFPT_ERROR (OF1.3) (xid=0x1): OFPBRC_BAD_LEN\n"
      "OFPT_HELLO (OF1.3) (xid=0xaa):\n"
      " version bitmap: 0x01, 0x02, 0x03, 0x04\n"
      "00000000  04 01 00 14 00 00 00 01-00 01 00 06 04 00 00 08 |................|\n"
      "00000010  00 00 00 aa                                     |....            |\n" },
    { "0101000f0000000100000000414243", 0,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n"
      "ABC\n" },
    { "0101000f0000000100000000414243", 1,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n"
      "ABC\n" },
    { "0101000f0000000100000000414243", 2,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n"
      "ABC\n" },
    { "0101000f0000000100000000414243", 3,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n"
      "ABC\n" },
    { "0101000f0000000100000000414243", 4,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n"
      "ABC\n" },
    { "0101000f0000000100000000414243", 5,
      "OFPT_ERROR (xid=0x1): OFPHFC_INCOMPATIBLE\n"
      "ABC\n"
      "00000000  01 01 00 0f 00 00 00 01-00 00 00 00 41 42 43    |............ABC |\n" },
    { "0101001600000001b0c2000000002320000101000102", 0,
      "OFPT_ERROR (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 2 bytes):\n"
      "00000000  01 02                                           |..              |\n" },
    { "0101001600000001b0c2000000002320000101000102", 1,
      "OFPT_ERROR (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 2 bytes):\n"
      "00000000  01 02                                           |..              |\n" },
    { "0101001600000001b0c2000000002320000101000102", 2,
      "OFPT_ERROR (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 2 bytes):\n"
      "00000000  01 02                                           |..              |\n" },
    { "0101001600000001b0c2000000002320000101000102", 3,
      "OFPT_ERROR (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 2 bytes):\n"
      "00000000  01 02                                           |..              |\n" },
    { "0101001600000001b0c2000000002320000101000102", 4,
      "OFPT_ERROR (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 2 bytes):\n"
      "00000000  01 02                                           |..              |\n" },
    { "0101001600000001b0c2000000002320000101000102", 5,
      "OFPT_ERROR (xid=0x1): NXBRC_NXM_INVALID\n"
      "OpenFlow packet too short (only 2 bytes):\n"
      "00000000  01 02                                           |..              |\n"
      "00000000  01 01 00 16 00 00 00 01-b0 c2 00 00 00 00 23 20 |..............# |\n"
      "00000010  00 01 01 00 01 02                               |......          |\n" },
    { "0601001800000001ffff08fc4f4e460006000008000000aa", 0,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-ff ff 08 fc 4f 4e 46 00 |............ONF.|\n"
      "00000010  06 00 00 08 00 00 00 aa-                        |........        |\n" },
    { "0601001800000001ffff08fc4f4e460006000008000000aa", 1,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-ff ff 08 fc 4f 4e 46 00 |............ONF.|\n"
      "00000010  06 00 00 08 00 00 00 aa-                        |........        |\n" },
    { "0601001800000001ffff08fc4f4e460006000008000000aa", 2,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-ff ff 08 fc 4f 4e 46 00 |............ONF.|\n"
      "00000010  06 00 00 08 00 00 00 aa-                        |........        |\n" },
    { "0601001800000001ffff08fc4f4e460006000008000000aa", 3,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-ff ff 08 fc 4f 4e 46 00 |............ONF.|\n"
      "00000010  06 00 00 08 00 00 00 aa-                        |........        |\n" },
    { "0601001800000001ffff08fc4f4e460006000008000000aa", 4,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-ff ff 08 fc 4f 4e 46 00 |............ONF.|\n"
      "00000010  06 00 00 08 00 00 00 aa-                        |........        |\n" },
    { "0601001800000001ffff08fc4f4e460006000008000000aa", 5,
      "OFPT_ERROR (OF1.5) (xid=0x1): ***decode error: OFPBRC_BAD_LEN***\n"
      "00000000  06 01 00 18 00 00 00 01-ff ff 08 fc 4f 4e 46 00 |............ONF.|\n"
      "00000010  06 00 00 08 00 00 00 aa-                        |........        |\n" },
};
