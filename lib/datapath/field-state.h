/* The values of a packet's fields as translation sees them and changes
 * them: registers, in_port, metadata, ct_state, ct_mark, ...  Registers
 * are stored once, so that reg0, xreg0 and xxreg0 see the same bits (xreg0
 * is reg0:reg1, xxreg0 is reg0:reg1:reg2:reg3, most significant first, as
 * in OVS); in_port_oxm is in_port in OpenFlow 1.1 numbering.  Every other
 * field is stored on its own. */
#ifndef OFCT_LIB_DATAPATH_FIELD_STATE_H
#define OFCT_LIB_DATAPATH_FIELD_STATE_H 1

#include <stdbool.h>
#include <stdint.h>

#include "openflow/meta-field.h"

struct field_state {
    union mf_value v[MFF_N_IDS];
};

/* All fields zero, except in_port: OFPP_NONE (not known). */
void field_state_init(struct field_state *);

void field_state_get(const struct field_state *, const struct mf_field *,
                     union mf_value *);
/* Writes 'value' into the bits of 'f' that 'mask' has set. */
void field_state_set(struct field_state *, const struct mf_field *,
                     const union mf_value *value,
                     const union mf_value *mask);

/* Reads a subfield of at most 64 bits as a number. */
uint64_t field_state_get_bits(const struct field_state *,
                              const struct mf_subfield *);
/* Copies the bits of 'src' into 'dst' (of the same width), as move does. */
void field_state_copy_bits(struct field_state *, const struct mf_subfield *src,
                           const struct mf_subfield *dst);

/* The 32-bit and 16-bit fields that translation reads often. */
uint32_t field_state_get_u32(const struct field_state *, enum mf_id);
uint16_t field_state_get_u16(const struct field_state *, enum mf_id);
uint64_t field_state_get_u64(const struct field_state *, enum mf_id);

/* Clears the conntrack fields (ct_state, ct_zone, ct_mark, ct_label and
 * the original-direction tuple): the packet is untracked. */
void field_state_clear_ct(struct field_state *);

#endif
