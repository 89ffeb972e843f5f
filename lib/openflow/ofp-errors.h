/* The names of OpenFlow errors as Open vSwitch 3.1 decodes them from
 * OFPT_ERROR messages of OpenFlow 1.0 to 1.5: the standard types and codes,
 * Nicira (NX) and ONF extension errors, in every version that has them. */
#ifndef OFCT_LIB_OPENFLOW_OFP_ERRORS_H
#define OFCT_LIB_OPENFLOW_OFP_ERRORS_H 1

#include <stddef.h>
#include <stdint.h>

/* The name Open vSwitch gives error (vendor, type, code) in OpenFlow
 * 'version' (the wire version, 0x01 for 1.0), such as "OFPBMC_BAD_TYPE",
 * or NULL if it has none.  'vendor' is 0 for a standard error. */
const char *ofp_error_name(uint8_t version, uint32_t vendor, uint16_t type,
                           uint16_t code);

/* Decodes the OFPT_ERROR message of 'len' bytes at 'oh' (at least its 12
 * bytes of header, type and code) as Open vSwitch does, the Nicira vendor
 * error (type 0xb0c2, code 0, then vendor, type and code) and the
 * experimenter error (type 0xffff, code, then experimenter id) included.
 * Returns the error's name and stores in '*data_ofs' where the data that
 * follows begins, or returns NULL if the message names no error. */
const char *ofp_error_decode(const uint8_t *oh, size_t len,
                             size_t *data_ofs);

#endif /* lib/openflow/ofp-errors.h */
