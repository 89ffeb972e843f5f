/* OpenFlow error names by version, as Open vSwitch 3.1 decodes them.
 *
 * One line per error and run of versions that encode it the same way:
 * E(NAME, FIRST, LAST, VENDOR, TYPE, CODE) says that in OpenFlow 1.FIRST
 * to 1.LAST the error NAME is
 *   - OF:  the standard error (TYPE, CODE);
 *   - NX:  a Nicira error: in OpenFlow 1.0 and 1.1 the vendor error (type
 *          0xb0c2, code 0) whose nested header holds vendor 0x2320, TYPE and
 *          CODE; from OpenFlow 1.2 on the experimenter error (type 0xffff)
 *          with exp_code TYPE and experimenter 0x2320 (CODE is 0);
 *   - ONF: an ONF experimenter error, exp_code TYPE and experimenter
 *          0x4f4e4600.
 * The facts are the OpenFlow 1.0-1.5 specifications' and Open vSwitch's
 * (include/openvswitch/ofp-errors.h), checked against the answers of
 * "ovs-ofctl print-error NAME" and "ovs-ofctl ofp-print" (see
 * tools/probe-ovs-error-rows.py).
 *
 * Where two errors share a (version, vendor, type, code), decoding gives
 * the one listed first, as Open vSwitch does: OpenFlow 1.0 and 1.1 have one
 * code (1,5) for OFPBRC_EPERM and OFPBRC_IS_SECONDARY, OpenFlow 1.1 one
 * code (3,5) for OFPBIC_BAD_EXPERIMENTER and OFPBIC_BAD_EXP_TYPE. */
#include <config.h>

#include <stdbool.h>

#include "openflow/ofp-errors.h"
#include "openflow/ofp-util.h"

#define OF 0
#define NX 0x00002320
#define ONF 0x4f4e4600

#define OFP_ERRORS(E) \
    /* OFPET_HELLO_FAILED */ \
    E(OFPHFC_INCOMPATIBLE,             0, 5, OF,    0,   0) \
    E(OFPHFC_EPERM,                    0, 5, OF,    0,   1) \
    /* OFPET_BAD_REQUEST */ \
    E(OFPBRC_BAD_VERSION,              0, 5, OF,    1,   0) \
    E(OFPBRC_BAD_TYPE,                 0, 5, OF,    1,   1) \
    E(OFPBRC_BAD_STAT,                 0, 5, OF,    1,   2) \
    E(OFPBRC_BAD_VENDOR,               0, 5, OF,    1,   3) \
    E(OFPBRC_BAD_SUBTYPE,              0, 5, OF,    1,   4) \
    E(OFPBRC_EPERM,                    0, 5, OF,    1,   5) \
    E(OFPBRC_BAD_LEN,                  0, 5, OF,    1,   6) \
    E(OFPBRC_BUFFER_EMPTY,             0, 5, OF,    1,   7) \
    E(OFPBRC_BUFFER_UNKNOWN,           0, 5, OF,    1,   8) \
    E(OFPBRC_BAD_TABLE_ID,             0, 0, NX,    1, 512) \
    E(OFPBRC_BAD_TABLE_ID,             1, 5, OF,    1,   9) \
    E(OFPBRC_IS_SECONDARY,             0, 1, OF,    1,   5) \
    E(OFPBRC_IS_SECONDARY,             2, 5, OF,    1,  10) \
    E(OFPBRC_BAD_PORT,                 0, 1, NX,    1, 514) \
    E(OFPBRC_BAD_PORT,                 2, 5, OF,    1,  11) \
    E(OFPBRC_BAD_PACKET,               2, 5, OF,    1,  12) \
    E(OFPBRC_MULTIPART_BAD_SCHED,      5, 5, OF,    1,  16) \
    E(OFPBRC_PIPELINE_FIELDS_ONLY,     5, 5, OF,    1,  17) \
    E(OFPBRC_UNKNOWN,                  5, 5, OF,    1,  18) \
    E(OFPBRC_MULTIPART_BUFFER_OVERFLOW, 3, 5, OF,    1,  13) \
    E(OFPBRC_MULTIPART_REQUEST_TIMEOUT, 3, 3, ONF, 2640,   0) \
    E(OFPBRC_MULTIPART_REQUEST_TIMEOUT, 4, 5, OF,    1,  14) \
    E(OFPBRC_MULTIPART_REPLY_TIMEOUT,  3, 3, ONF, 2641,   0) \
    E(OFPBRC_MULTIPART_REPLY_TIMEOUT,  4, 5, OF,    1,  15) \
    /* Nicira bad requests */ \
    E(NXBRC_NXM_INVALID,               0, 1, NX,    1, 256) \
    E(NXBRC_NXM_INVALID,               2, 5, NX,    2,   0) \
    E(NXBRC_NXM_BAD_TYPE,              0, 1, NX,    1, 257) \
    E(NXBRC_NXM_BAD_TYPE,              2, 5, NX,    3,   0) \
    E(NXBRC_MUST_BE_ZERO,              0, 1, NX,    1, 515) \
    E(NXBRC_MUST_BE_ZERO,              2, 5, NX,    4,   0) \
    E(NXBRC_BAD_REASON,                0, 1, NX,    1, 516) \
    E(NXBRC_BAD_REASON,                2, 5, NX,    5,   0) \
    E(NXBRC_FM_BAD_EVENT,              0, 1, NX,    1, 520) \
    E(NXBRC_FM_BAD_EVENT,              2, 5, NX,    9,   0) \
    E(NXBRC_UNENCODABLE_ERROR,         0, 1, NX,    1, 521) \
    E(NXBRC_UNENCODABLE_ERROR,         2, 5, NX,   10,   0) \
    /* OFPET_BAD_ACTION */ \
    E(OFPBAC_BAD_TYPE,                 0, 5, OF,    2,   0) \
    E(OFPBAC_BAD_LEN,                  0, 5, OF,    2,   1) \
    E(OFPBAC_BAD_VENDOR,               0, 5, OF,    2,   2) \
    E(OFPBAC_BAD_VENDOR_TYPE,          0, 5, OF,    2,   3) \
    E(OFPBAC_BAD_OUT_PORT,             0, 5, OF,    2,   4) \
    E(OFPBAC_BAD_ARGUMENT,             0, 5, OF,    2,   5) \
    E(OFPBAC_EPERM,                    0, 5, OF,    2,   6) \
    E(OFPBAC_TOO_MANY,                 0, 5, OF,    2,   7) \
    E(OFPBAC_BAD_QUEUE,                0, 5, OF,    2,   8) \
    E(OFPBAC_BAD_OUT_GROUP,            0, 0, NX,    2,   9) \
    E(OFPBAC_BAD_OUT_GROUP,            1, 5, OF,    2,   9) \
    E(OFPBAC_MATCH_INCONSISTENT,       0, 0, NX,    1, 522) \
    E(OFPBAC_MATCH_INCONSISTENT,       1, 5, OF,    2,  10) \
    E(OFPBAC_UNSUPPORTED_ORDER,        1, 5, OF,    2,  11) \
    E(OFPBAC_BAD_TAG,                  1, 5, OF,    2,  12) \
    E(OFPBAC_BAD_SET_TYPE,             0, 1, NX,    1, 523) \
    E(OFPBAC_BAD_SET_TYPE,             2, 5, OF,    2,  13) \
    E(OFPBAC_BAD_SET_LEN,              0, 1, NX,    1, 524) \
    E(OFPBAC_BAD_SET_LEN,              2, 5, OF,    2,  14) \
    E(OFPBAC_BAD_SET_ARGUMENT,         0, 1, NX,    1, 525) \
    E(OFPBAC_BAD_SET_ARGUMENT,         2, 5, OF,    2,  15) \
    E(OFPBAC_BAD_SET_MASK,             3, 4, ONF, 4250,   0) \
    E(OFPBAC_BAD_SET_MASK,             5, 5, OF,    2,  16) \
    E(OFPBAC_BAD_METER,                5, 5, OF,    2,  17) \
    /* Nicira bad actions */ \
    E(NXBAC_MUST_BE_ZERO,              0, 1, NX,    2, 256) \
    E(NXBAC_MUST_BE_ZERO,              2, 5, NX,   11,   0) \
    E(NXBAC_BAD_CONJUNCTION,           0, 1, NX,    2, 526) \
    E(NXBAC_BAD_CONJUNCTION,           2, 5, NX,   15,   0) \
    E(NXBAC_BAD_HEADER_TYPE,           3, 5, NX,   39,   0) \
    E(NXBAC_UNKNOWN_ED_PROP,           3, 5, NX,   40,   0) \
    E(NXBAC_BAD_ED_PROP,               3, 5, NX,   41,   0) \
    E(NXBAC_CT_DATAPATH_SUPPORT,       0, 1, NX,    1, 265) \
    E(NXBAC_CT_DATAPATH_SUPPORT,       2, 5, NX,   42,   0) \
    /* OFPET_BAD_INSTRUCTION */ \
    E(OFPBIC_UNKNOWN_INST,             1, 5, OF,    3,   0) \
    E(OFPBIC_UNSUP_INST,               0, 0, NX,    2, 257) \
    E(OFPBIC_UNSUP_INST,               1, 5, OF,    3,   1) \
    E(OFPBIC_BAD_TABLE_ID,             1, 5, OF,    3,   2) \
    E(OFPBIC_UNSUP_METADATA,           1, 5, OF,    3,   3) \
    E(OFPBIC_UNSUP_METADATA_MASK,      1, 5, OF,    3,   4) \
    E(OFPBIC_BAD_EXPERIMENTER,         1, 5, OF,    3,   5) \
    E(OFPBIC_BAD_EXP_TYPE,             1, 1, OF,    3,   5) \
    E(OFPBIC_BAD_EXP_TYPE,             2, 5, OF,    3,   6) \
    E(OFPBIC_BAD_LEN,                  2, 5, OF,    3,   7) \
    E(OFPBIC_EPERM,                    2, 5, OF,    3,   8) \
    E(OFPBIC_DUP_INST,                 1, 1, NX,    3, 256) \
    E(OFPBIC_DUP_INST,                 2, 3, ONF, 2600,   0) \
    E(OFPBIC_DUP_INST,                 4, 5, OF,    3,   9) \
    /* OFPET_BAD_MATCH */ \
    E(OFPBMC_BAD_TYPE,                 1, 5, OF,    4,   0) \
    E(OFPBMC_BAD_LEN,                  1, 5, OF,    4,   1) \
    E(OFPBMC_BAD_TAG,                  1, 5, OF,    4,   2) \
    E(OFPBMC_BAD_DL_ADDR_MASK,         1, 5, OF,    4,   3) \
    E(OFPBMC_BAD_NW_ADDR_MASK,         1, 5, OF,    4,   4) \
    E(OFPBMC_BAD_WILDCARDS,            0, 0, NX,    1, 262) \
    E(OFPBMC_BAD_WILDCARDS,            1, 5, OF,    4,   5) \
    E(OFPBMC_BAD_FIELD,                0, 0, NX,    0, 263) \
    E(OFPBMC_BAD_FIELD,                1, 5, OF,    4,   6) \
    E(OFPBMC_BAD_VALUE,                0, 0, NX,    1, 258) \
    E(OFPBMC_BAD_VALUE,                1, 5, OF,    4,   7) \
    E(OFPBMC_BAD_MASK,                 0, 1, NX,    1, 259) \
    E(OFPBMC_BAD_MASK,                 2, 5, OF,    4,   8) \
    E(OFPBMC_BAD_PREREQ,               0, 1, NX,    1, 260) \
    E(OFPBMC_BAD_PREREQ,               2, 5, OF,    4,   9) \
    E(OFPBMC_DUP_FIELD,                0, 1, NX,    1, 261) \
    E(OFPBMC_DUP_FIELD,                2, 5, OF,    4,  10) \
    E(OFPBMC_EPERM,                    2, 5, OF,    4,  11) \
    /* Nicira bad matches */ \
    E(NXBMC_CT_DATAPATH_SUPPORT,       0, 1, NX,    1, 264) \
    E(NXBMC_CT_DATAPATH_SUPPORT,       2, 5, NX,   43,   0) \
    /* OFPET_FLOW_MOD_FAILED */ \
    E(OFPFMFC_UNKNOWN,                 1, 5, OF,    5,   0) \
    E(OFPFMFC_TABLE_FULL,              0, 0, OF,    3,   0) \
    E(OFPFMFC_TABLE_FULL,              1, 5, OF,    5,   1) \
    E(OFPFMFC_BAD_TABLE_ID,            1, 5, OF,    5,   2) \
    E(OFPFMFC_OVERLAP,                 0, 0, OF,    3,   1) \
    E(OFPFMFC_OVERLAP,                 1, 5, OF,    5,   3) \
    E(OFPFMFC_EPERM,                   0, 0, OF,    3,   2) \
    E(OFPFMFC_EPERM,                   1, 5, OF,    5,   4) \
    E(OFPFMFC_BAD_TIMEOUT,             1, 5, OF,    5,   5) \
    E(OFPFMFC_BAD_EMERG_TIMEOUT,       0, 0, OF,    3,   3) \
    E(OFPFMFC_BAD_COMMAND,             0, 0, OF,    3,   4) \
    E(OFPFMFC_BAD_COMMAND,             1, 5, OF,    5,   6) \
    E(OFPFMFC_BAD_FLAGS,               0, 0, NX,    3, 258) \
    E(OFPFMFC_BAD_FLAGS,               1, 1, NX,    5, 258) \
    E(OFPFMFC_BAD_FLAGS,               2, 5, OF,    5,   7) \
    E(OFPFMFC_CANT_SYNC,               4, 5, OF,    5,   8) \
    E(OFPFMFC_BAD_PRIORITY,            3, 3, ONF, 2360,   0) \
    E(OFPFMFC_BAD_PRIORITY,            4, 5, OF,    5,   9) \
    E(OFPFMFC_IS_SYNC,                 4, 5, OF,    5,  10) \
    E(OFPFMFC_UNSUPPORTED,             0, 0, OF,    3,   5) \
    /* Nicira flow_mod failures */ \
    E(NXFMFC_HARDWARE,                 0, 1, NX,    5, 256) \
    E(NXFMFC_HARDWARE,                 2, 5, NX,   12,   0) \
    E(NXFMFC_BAD_TABLE_ID,             0, 1, NX,    5, 257) \
    E(NXFMFC_BAD_TABLE_ID,             2, 5, NX,   13,   0) \
    E(NXFMFC_INVALID_TLV_FIELD,        0, 1, NX,    1, 536) \
    E(NXFMFC_INVALID_TLV_FIELD,        2, 5, NX,   37,   0) \
    /* OFPET_GROUP_MOD_FAILED */ \
    E(OFPGMFC_GROUP_EXISTS,            0, 0, NX,    6,   0) \
    E(OFPGMFC_GROUP_EXISTS,            1, 5, OF,    6,   0) \
    E(OFPGMFC_INVALID_GROUP,           0, 0, NX,    6,   1) \
    E(OFPGMFC_INVALID_GROUP,           1, 5, OF,    6,   1) \
    E(OFPGMFC_WEIGHT_UNSUPPORTED,      0, 0, NX,    6,   2) \
    E(OFPGMFC_WEIGHT_UNSUPPORTED,      1, 5, OF,    6,   2) \
    E(OFPGMFC_OUT_OF_GROUPS,           0, 0, NX,    6,   3) \
    E(OFPGMFC_OUT_OF_GROUPS,           1, 5, OF,    6,   3) \
    E(OFPGMFC_OUT_OF_BUCKETS,          0, 0, NX,    6,   4) \
    E(OFPGMFC_OUT_OF_BUCKETS,          1, 5, OF,    6,   4) \
    E(OFPGMFC_CHAINING_UNSUPPORTED,    0, 0, NX,    6,   5) \
    E(OFPGMFC_CHAINING_UNSUPPORTED,    1, 5, OF,    6,   5) \
    E(OFPGMFC_WATCH_UNSUPPORTED,       0, 0, NX,    6,   6) \
    E(OFPGMFC_WATCH_UNSUPPORTED,       1, 5, OF,    6,   6) \
    E(OFPGMFC_LOOP,                    0, 0, NX,    6,   7) \
    E(OFPGMFC_LOOP,                    1, 5, OF,    6,   7) \
    E(OFPGMFC_UNKNOWN_GROUP,           0, 0, NX,    6,   8) \
    E(OFPGMFC_UNKNOWN_GROUP,           1, 5, OF,    6,   8) \
    E(OFPGMFC_CHAINED_GROUP,           0, 0, NX,    6,   9) \
    E(OFPGMFC_CHAINED_GROUP,           2, 5, OF,    6,   9) \
    E(OFPGMFC_BAD_TYPE,                0, 0, NX,    6,  10) \
    E(OFPGMFC_BAD_TYPE,                2, 5, OF,    6,  10) \
    E(OFPGMFC_BAD_COMMAND,             0, 0, NX,    6,  11) \
    E(OFPGMFC_BAD_COMMAND,             2, 5, OF,    6,  11) \
    E(OFPGMFC_BAD_BUCKET,              0, 0, NX,    6,  12) \
    E(OFPGMFC_BAD_BUCKET,              2, 5, OF,    6,  12) \
    E(OFPGMFC_BAD_WATCH,               0, 0, NX,    6,  13) \
    E(OFPGMFC_BAD_WATCH,               2, 5, OF,    6,  13) \
    E(OFPGMFC_EPERM,                   0, 0, NX,    6,  14) \
    E(OFPGMFC_EPERM,                   2, 5, OF,    6,  14) \
    E(OFPGMFC_UNKNOWN_BUCKET,          0, 0, NX,    6,  15) \
    E(OFPGMFC_UNKNOWN_BUCKET,          5, 5, OF,    6,  15) \
    E(OFPGMFC_BUCKET_EXISTS,           0, 0, NX,    6,  16) \
    E(OFPGMFC_BUCKET_EXISTS,           5, 5, OF,    6,  16) \
    /* OFPET_PORT_MOD_FAILED */ \
    E(OFPPMFC_BAD_PORT,                0, 0, OF,    4,   0) \
    E(OFPPMFC_BAD_PORT,                1, 5, OF,    7,   0) \
    E(OFPPMFC_BAD_HW_ADDR,             0, 0, OF,    4,   1) \
    E(OFPPMFC_BAD_HW_ADDR,             1, 5, OF,    7,   1) \
    E(OFPPMFC_BAD_CONFIG,              1, 5, OF,    7,   2) \
    E(OFPPMFC_BAD_ADVERTISE,           1, 5, OF,    7,   3) \
    E(OFPPMFC_EPERM,                   2, 5, OF,    7,   4) \
    /* OFPET_TABLE_MOD_FAILED */ \
    E(OFPTMFC_BAD_TABLE,               1, 5, OF,    8,   0) \
    E(OFPTMFC_BAD_CONFIG,              1, 5, OF,    8,   1) \
    E(OFPTMFC_EPERM,                   2, 5, OF,    8,   2) \
    /* OFPET_QUEUE_OP_FAILED */ \
    E(OFPQOFC_BAD_PORT,                0, 0, OF,    5,   0) \
    E(OFPQOFC_BAD_PORT,                1, 5, OF,    9,   0) \
    E(OFPQOFC_BAD_QUEUE,               0, 0, OF,    5,   1) \
    E(OFPQOFC_BAD_QUEUE,               1, 5, OF,    9,   1) \
    E(OFPQOFC_EPERM,                   0, 0, OF,    5,   2) \
    E(OFPQOFC_EPERM,                   1, 5, OF,    9,   2) \
    /* Nicira queue errors */ \
    E(NXQOFC_QUEUE_ERROR,              4, 5, NX,   23,   0) \
    /* OFPET_SWITCH_CONFIG_FAILED */ \
    E(OFPSCFC_BAD_FLAGS,               1, 5, OF,   10,   0) \
    E(OFPSCFC_BAD_LEN,                 1, 5, OF,   10,   1) \
    E(OFPSCFC_EPERM,                   2, 5, OF,   10,   2) \
    /* OFPET_ROLE_REQUEST_FAILED */ \
    E(OFPRRFC_STALE,                   2, 5, OF,   11,   0) \
    E(OFPRRFC_UNSUP,                   2, 5, OF,   11,   1) \
    E(OFPRRFC_BAD_ROLE,                0, 1, NX,    1, 513) \
    E(OFPRRFC_BAD_ROLE,                2, 5, OF,   11,   2) \
    E(OFPRRFC_ID_UNSUP,                5, 5, OF,   11,   3) \
    E(OFPRRFC_ID_IN_USE,               5, 5, OF,   11,   4) \
    /* OFPET_METER_MOD_FAILED */ \
    E(OFPMMFC_UNKNOWN,                 3, 5, OF,   12,   0) \
    E(OFPMMFC_METER_EXISTS,            3, 5, OF,   12,   1) \
    E(OFPMMFC_INVALID_METER,           3, 5, OF,   12,   2) \
    E(OFPMMFC_UNKNOWN_METER,           3, 5, OF,   12,   3) \
    E(OFPMMFC_BAD_COMMAND,             3, 5, OF,   12,   4) \
    E(OFPMMFC_BAD_FLAGS,               3, 5, OF,   12,   5) \
    E(OFPMMFC_BAD_RATE,                3, 5, OF,   12,   6) \
    E(OFPMMFC_BAD_BURST,               3, 5, OF,   12,   7) \
    E(OFPMMFC_BAD_BAND,                3, 5, OF,   12,   8) \
    E(OFPMMFC_BAD_BAND_VALUE,          3, 5, OF,   12,   9) \
    E(OFPMMFC_OUT_OF_METERS,           3, 5, OF,   12,  10) \
    E(OFPMMFC_OUT_OF_BANDS,            3, 5, OF,   12,  11) \
    /* OFPET_TABLE_FEATURES_FAILED */ \
    E(OFPTFFC_BAD_TABLE,               3, 5, OF,   13,   0) \
    E(OFPTFFC_BAD_METADATA,            3, 5, OF,   13,   1) \
    E(OFPTFFC_EPERM,                   3, 5, OF,   13,   5) \
    E(OFPTFFC_BAD_CAPA,                5, 5, OF,   13,   6) \
    E(OFPTFFC_BAD_MAX_ENT,             5, 5, OF,   13,   7) \
    E(OFPTFFC_BAD_FEATURES,            5, 5, OF,   13,   8) \
    E(OFPTFFC_BAD_COMMAND,             5, 5, OF,   13,   9) \
    E(OFPTFFC_TOO_MANY,                5, 5, OF,   13,  10) \
    /* Nicira table features */ \
    E(NXTFFC_DUP_TABLE,                3, 5, NX,   44,   0) \
    /* OFPET_BAD_PROPERTY */ \
    E(OFPBPC_BAD_TYPE,                 0, 1, NX,   13,   2) \
    E(OFPBPC_BAD_TYPE,                 2, 2, NX,   25,   0) \
    E(OFPBPC_BAD_TYPE,                 3, 3, OF,   13,   2) \
    E(OFPBPC_BAD_TYPE,                 4, 5, OF,   14,   0) \
    E(OFPBPC_BAD_LEN,                  0, 1, NX,   13,   3) \
    E(OFPBPC_BAD_LEN,                  2, 2, NX,   26,   0) \
    E(OFPBPC_BAD_LEN,                  3, 3, OF,   13,   3) \
    E(OFPBPC_BAD_LEN,                  4, 5, OF,   14,   1) \
    E(OFPBPC_BAD_VALUE,                0, 1, NX,   13,   4) \
    E(OFPBPC_BAD_VALUE,                2, 2, NX,   27,   0) \
    E(OFPBPC_BAD_VALUE,                3, 3, OF,   13,   4) \
    E(OFPBPC_BAD_VALUE,                4, 5, OF,   14,   2) \
    E(OFPBPC_TOO_MANY,                 0, 1, NX,   14,   3) \
    E(OFPBPC_TOO_MANY,                 2, 2, NX,   28,   0) \
    E(OFPBPC_TOO_MANY,                 3, 3, ONF, 4443,   0) \
    E(OFPBPC_TOO_MANY,                 4, 5, OF,   14,   3) \
    E(OFPBPC_DUP_TYPE,                 0, 1, NX,   14,   4) \
    E(OFPBPC_DUP_TYPE,                 2, 2, NX,   29,   0) \
    E(OFPBPC_DUP_TYPE,                 3, 3, ONF, 4444,   0) \
    E(OFPBPC_DUP_TYPE,                 4, 5, OF,   14,   4) \
    E(OFPBPC_BAD_EXPERIMENTER,         0, 1, NX,   14,   5) \
    E(OFPBPC_BAD_EXPERIMENTER,         2, 2, NX,   30,   0) \
    E(OFPBPC_BAD_EXPERIMENTER,         3, 3, ONF, 4445,   0) \
    E(OFPBPC_BAD_EXPERIMENTER,         4, 5, OF,   14,   5) \
    E(OFPBPC_BAD_EXP_TYPE,             0, 1, NX,   14,   6) \
    E(OFPBPC_BAD_EXP_TYPE,             2, 2, NX,   31,   0) \
    E(OFPBPC_BAD_EXP_TYPE,             3, 3, ONF, 4446,   0) \
    E(OFPBPC_BAD_EXP_TYPE,             4, 5, OF,   14,   6) \
    E(OFPBPC_BAD_EXP_VALUE,            0, 1, NX,   14,   7) \
    E(OFPBPC_BAD_EXP_VALUE,            2, 2, NX,   32,   0) \
    E(OFPBPC_BAD_EXP_VALUE,            3, 3, ONF, 4447,   0) \
    E(OFPBPC_BAD_EXP_VALUE,            4, 5, OF,   14,   7) \
    E(OFPBPC_EPERM,                    0, 1, NX,   14,   8) \
    E(OFPBPC_EPERM,                    2, 2, NX,   33,   0) \
    E(OFPBPC_EPERM,                    3, 3, ONF, 4448,   0) \
    E(OFPBPC_EPERM,                    4, 5, OF,   14,   8) \
    /* OFPET_ASYNC_CONFIG_FAILED */ \
    E(OFPACFC_INVALID,                 3, 3, ONF, 2370,   0) \
    E(OFPACFC_INVALID,                 4, 5, OF,   15,   0) \
    E(OFPACFC_UNSUPPORTED,             3, 3, ONF, 2371,   0) \
    E(OFPACFC_UNSUPPORTED,             4, 5, OF,   15,   1) \
    E(OFPACFC_EPERM,                   3, 3, ONF, 2372,   0) \
    E(OFPACFC_EPERM,                   4, 5, OF,   15,   2) \
    /* OFPET_BUNDLE_FAILED */ \
    E(OFPBFC_UNKNOWN,                  3, 3, ONF, 2300,   0) \
    E(OFPBFC_UNKNOWN,                  4, 5, OF,   17,   0) \
    E(OFPBFC_EPERM,                    3, 3, ONF, 2301,   0) \
    E(OFPBFC_EPERM,                    4, 5, OF,   17,   1) \
    E(OFPBFC_BAD_ID,                   3, 3, ONF, 2302,   0) \
    E(OFPBFC_BAD_ID,                   4, 5, OF,   17,   2) \
    E(OFPBFC_BUNDLE_EXIST,             3, 3, ONF, 2303,   0) \
    E(OFPBFC_BUNDLE_EXIST,             4, 5, OF,   17,   3) \
    E(OFPBFC_BUNDLE_CLOSED,            3, 3, ONF, 2304,   0) \
    E(OFPBFC_BUNDLE_CLOSED,            4, 5, OF,   17,   4) \
    E(OFPBFC_OUT_OF_BUNDLES,           3, 3, ONF, 2305,   0) \
    E(OFPBFC_OUT_OF_BUNDLES,           4, 5, OF,   17,   5) \
    E(OFPBFC_BAD_TYPE,                 3, 3, ONF, 2306,   0) \
    E(OFPBFC_BAD_TYPE,                 4, 5, OF,   17,   6) \
    E(OFPBFC_BAD_FLAGS,                3, 3, ONF, 2307,   0) \
    E(OFPBFC_BAD_FLAGS,                4, 5, OF,   17,   7) \
    E(OFPBFC_MSG_BAD_LEN,              3, 3, ONF, 2308,   0) \
    E(OFPBFC_MSG_BAD_LEN,              4, 5, OF,   17,   8) \
    E(OFPBFC_MSG_BAD_XID,              3, 3, ONF, 2309,   0) \
    E(OFPBFC_MSG_BAD_XID,              4, 5, OF,   17,   9) \
    E(OFPBFC_MSG_UNSUP,                3, 3, ONF, 2310,   0) \
    E(OFPBFC_MSG_UNSUP,                4, 5, OF,   17,  10) \
    E(OFPBFC_MSG_CONFLICT,             3, 3, ONF, 2311,   0) \
    E(OFPBFC_MSG_CONFLICT,             4, 5, OF,   17,  11) \
    E(OFPBFC_MSG_TOO_MANY,             3, 3, ONF, 2312,   0) \
    E(OFPBFC_MSG_TOO_MANY,             4, 5, OF,   17,  12) \
    E(OFPBFC_MSG_FAILED,               3, 3, ONF, 2313,   0) \
    E(OFPBFC_MSG_FAILED,               4, 5, OF,   17,  13) \
    E(OFPBFC_TIMEOUT,                  3, 3, ONF, 2314,   0) \
    E(OFPBFC_TIMEOUT,                  4, 5, OF,   17,  14) \
    E(OFPBFC_BUNDLE_IN_PROGRESS,       3, 3, ONF, 2315,   0) \
    E(OFPBFC_BUNDLE_IN_PROGRESS,       4, 5, OF,   17,  15) \
    E(OFPBFC_SCHED_NOT_SUPPORTED,      5, 5, OF,   17,  16) \
    E(OFPBFC_SCHED_FUTURE,             5, 5, OF,   17,  17) \
    E(OFPBFC_SCHED_PAST,               5, 5, OF,   17,  18) \
    E(OFPBFC_BAD_VERSION,              4, 5, NX,   22,   0) \
    /* OFPET_FLOW_MONITOR_FAILED */ \
    E(OFPMOFC_UNKNOWN,                 4, 5, OF,   16,   0) \
    E(OFPMOFC_MONITOR_EXISTS,          0, 1, NX,    1, 517) \
    E(OFPMOFC_MONITOR_EXISTS,          2, 3, NX,    6,   0) \
    E(OFPMOFC_MONITOR_EXISTS,          4, 5, OF,   16,   1) \
    E(OFPMOFC_INVALID_MONITOR,         4, 5, OF,   16,   2) \
    E(OFPMOFC_UNKNOWN_MONITOR,         0, 1, NX,    1, 519) \
    E(OFPMOFC_UNKNOWN_MONITOR,         2, 3, NX,    8,   0) \
    E(OFPMOFC_UNKNOWN_MONITOR,         4, 5, OF,   16,   3) \
    E(OFPMOFC_BAD_COMMAND,             4, 5, OF,   16,   4) \
    E(OFPMOFC_BAD_FLAGS,               0, 1, NX,    1, 518) \
    E(OFPMOFC_BAD_FLAGS,               2, 3, NX,    7,   0) \
    E(OFPMOFC_BAD_FLAGS,               4, 5, OF,   16,   5) \
    E(OFPMOFC_BAD_TABLE_ID,            4, 5, OF,   16,   6) \
    E(OFPMOFC_BAD_OUT,                 4, 5, OF,   16,   7) \
    /* Nicira TLV table mods */ \
    E(NXTTMFC_BAD_COMMAND,             0, 1, NX,    1, 527) \
    E(NXTTMFC_BAD_COMMAND,             2, 5, NX,   16,   0) \
    E(NXTTMFC_BAD_OPT_LEN,             0, 1, NX,    1, 528) \
    E(NXTTMFC_BAD_OPT_LEN,             2, 5, NX,   17,   0) \
    E(NXTTMFC_BAD_FIELD_IDX,           0, 1, NX,    1, 529) \
    E(NXTTMFC_BAD_FIELD_IDX,           2, 5, NX,   18,   0) \
    E(NXTTMFC_TABLE_FULL,              0, 1, NX,    1, 530) \
    E(NXTTMFC_TABLE_FULL,              2, 5, NX,   19,   0) \
    E(NXTTMFC_ALREADY_MAPPED,          0, 1, NX,    1, 531) \
    E(NXTTMFC_ALREADY_MAPPED,          2, 5, NX,   20,   0) \
    E(NXTTMFC_DUP_ENTRY,               0, 1, NX,    1, 532) \
    E(NXTTMFC_DUP_ENTRY,               2, 5, NX,   21,   0) \
    E(NXTTMFC_INVALID_TLV_DEL,         0, 1, NX,    1, 537) \
    E(NXTTMFC_INVALID_TLV_DEL,         2, 5, NX,   38,   0) \
    /* NXT_RESUME */ \
    E(NXR_NOT_SUPPORTED,               0, 1, NX,    1, 533) \
    E(NXR_NOT_SUPPORTED,               2, 5, NX,   34,   0) \
    E(NXR_STALE,                       0, 1, NX,    1, 534) \
    E(NXR_STALE,                       2, 5, NX,   35,   0) \
    /* Nicira statistics */ \
    E(NXST_NOT_CONFIGURED,             0, 1, NX,    1, 535) \
    E(NXST_NOT_CONFIGURED,             2, 5, NX,   36,   0)

struct ofp_error_entry {
    const char *name;
    uint8_t first, last;        /* OpenFlow 1.first to 1.last. */
    uint32_t vendor;
    uint16_t type, code;
};

static const struct ofp_error_entry entries[] = {
#define E(NAME, FIRST, LAST, VENDOR, TYPE, CODE) \
    { #NAME, FIRST, LAST, VENDOR, TYPE, CODE },
    OFP_ERRORS(E)
#undef E
};

const char *
ofp_error_name(uint8_t version, uint32_t vendor, uint16_t type,
               uint16_t code)
{
    if (version < 0x01 || version > 0x06) {
        return NULL;
    }
    for (size_t i = 0; i < sizeof entries / sizeof *entries; i++) {
        const struct ofp_error_entry *e = &entries[i];

        if (version - 1 >= e->first && version - 1 <= e->last
            && e->vendor == vendor && e->type == type && e->code == code) {
            return e->name;
        }
    }
    return NULL;
}

const char *
ofp_error_decode(const uint8_t *oh, size_t len, size_t *data_ofs)
{
    uint16_t type, code;
    uint32_t vendor = 0;
    size_t ofs = 12;

    if (len < ofs) {
        return NULL;
    }
    type = get_be16(oh + 8);
    code = get_be16(oh + 10);
    /* Open vSwitch reads both extension forms in every version; the table
     * decides what they mean there. */
    if (type == 0xb0c2 && code == 0) {
        if (len < ofs + 8) {
            return NULL;
        }
        vendor = get_be32(oh + ofs);
        type = get_be16(oh + ofs + 4);
        code = get_be16(oh + ofs + 6);
        ofs += 8;
    } else if (type == 0xffff) {
        if (len < ofs + 4) {
            return NULL;
        }
        vendor = get_be32(oh + ofs);
        type = code;
        code = 0;
        ofs += 4;
    }
    *data_ofs = ofs;
    return ofp_error_name(oh[0], vendor, type, code);
}

