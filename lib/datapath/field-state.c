/* The fields of the packet being translated. */
#include <config.h>

#include <string.h>

#include "datapath/field-state.h"
#include "openflow/ofpact.h"
#include "openflow/ofp-util.h"

void
field_state_init(struct field_state *fs)
{
    memset(fs, 0, sizeof *fs);
    put_be16(fs->v[MFF_IN_PORT].b, OFPP_NONE);
}

/* The registers that 'f' spans, if it is reg*, xreg* or xxreg*. */
static bool
reg_span(const struct mf_field *f, unsigned int *first, unsigned int *n)
{
    if (f->id >= MFF_REG0 && f->id <= MFF_REG15) {
        *first = f->id - MFF_REG0;
        *n = 1;
    } else if (f->id >= MFF_XREG0 && f->id <= MFF_XREG7) {
        *first = 2 * (f->id - MFF_XREG0);
        *n = 2;
    } else if (f->id >= MFF_XXREG0 && f->id <= MFF_XXREG3) {
        *first = 4 * (f->id - MFF_XXREG0);
        *n = 4;
    } else {
        return false;
    }
    return true;
}

void
field_state_get(const struct field_state *fs, const struct mf_field *f,
                union mf_value *value)
{
    unsigned int first, n;

    memset(value, 0, sizeof *value);
    if (reg_span(f, &first, &n)) {
        for (unsigned int i = 0; i < n; i++) {
            memcpy(value->b + 4 * i, fs->v[MFF_REG0 + first + i].b, 4);
        }
    } else if (f->id == MFF_IN_PORT_OXM) {
        put_be32(value->b, ofp_port_to_ofp11(get_be16(fs->v[MFF_IN_PORT].b)));
    } else {
        *value = fs->v[f->id];
    }
}

static void
put_raw(struct field_state *fs, const struct mf_field *f,
        const union mf_value *value)
{
    unsigned int first, n;
    uint16_t port;

    if (reg_span(f, &first, &n)) {
        for (unsigned int i = 0; i < n; i++) {
            memcpy(fs->v[MFF_REG0 + first + i].b, value->b + 4 * i, 4);
        }
    } else if (f->id == MFF_IN_PORT_OXM) {
        if (!ofp_port_from_ofp11(get_be32(value->b), &port)) {
            port = OFPP_NONE;
        }
        put_be16(fs->v[MFF_IN_PORT].b, port);
    } else {
        fs->v[f->id] = *value;
    }
}

void
field_state_set(struct field_state *fs, const struct mf_field *f,
                const union mf_value *value, const union mf_value *mask)
{
    union mf_value cur;

    field_state_get(fs, f, &cur);
    for (unsigned int i = 0; i < f->n_bytes; i++) {
        cur.b[i] = (cur.b[i] & ~mask->b[i]) | (value->b[i] & mask->b[i]);
    }
    put_raw(fs, f, &cur);
}

uint64_t
field_state_get_bits(const struct field_state *fs,
                     const struct mf_subfield *sf)
{
    union mf_value v;
    uint64_t bits = 0;

    field_state_get(fs, sf->field, &v);
    for (unsigned int i = 0; i < sf->n_bits && i < 64; i++) {
        if (mf_bit_is_set(v.b, sf->field->n_bytes, sf->ofs + i)) {
            bits |= UINT64_C(1) << i;
        }
    }
    return bits;
}

void
field_state_copy_bits(struct field_state *fs, const struct mf_subfield *src,
                      const struct mf_subfield *dst)
{
    union mf_value s, d;

    field_state_get(fs, src->field, &s);
    field_state_get(fs, dst->field, &d);
    for (unsigned int i = 0; i < src->n_bits && i < dst->n_bits; i++) {
        mf_set_bit(d.b, dst->field->n_bytes, dst->ofs + i,
                   mf_bit_is_set(s.b, src->field->n_bytes, src->ofs + i));
    }
    put_raw(fs, dst->field, &d);
}

uint32_t
field_state_get_u32(const struct field_state *fs, enum mf_id id)
{
    union mf_value v;

    field_state_get(fs, mf_from_id(id), &v);
    return get_be32(v.b);
}

uint16_t
field_state_get_u16(const struct field_state *fs, enum mf_id id)
{
    union mf_value v;

    field_state_get(fs, mf_from_id(id), &v);
    return get_be16(v.b);
}

uint64_t
field_state_get_u64(const struct field_state *fs, enum mf_id id)
{
    union mf_value v;

    field_state_get(fs, mf_from_id(id), &v);
    return get_be64(v.b);
}

void
field_state_clear_ct(struct field_state *fs)
{
    for (int id = MFF_CT_STATE; id <= MFF_CT_TP_DST; id++) {
        memset(&fs->v[id], 0, sizeof fs->v[id]);
    }
}
