/* Translation of OpenFlow actions into datapath actions: the translator
 * object and the state of one translation.  xlate.c has the translator,
 * the dispatch and the simple actions; xlate-ct.c has ct. */
#ifndef OFCT_LIB_DATAPATH_XLATE_H
#define OFCT_LIB_DATAPATH_XLATE_H 1

#include "datapath/field-state.h"
#include "datapath/odp-attr.h"
#include "ofct/datapath.h"
#include "openflow/ofpact.h"

/* At most this many port mappings per translator. */
#define XLATE_MAX_PORTS 1024

struct xlate_port {
    uint16_t ofp_port;
    uint32_t odp_port;
};

struct ofct_xlate {
    struct field_state fields;      /* The packet as translation starts. */
    struct xlate_port *ports;
    size_t n_ports;
    struct ofct_recirc_table *recirc;   /* Not owned; may be NULL. */
};

/* One translation: the packet as the actions change it, and the datapath
 * actions built so far. */
struct xlate_run {
    const struct ofct_xlate *x;
    struct field_state fields;
    struct odp_builder *b;
};

/* True if 'f' is a field that only translation sees (registers, metadata,
 * in_port): writing it produces no datapath action. */
bool xlate_is_metadata_field(const struct mf_field *f);

/* Translates ct action 'a' (xlate-ct.c). */
int xlate_ct(struct xlate_run *, const struct ofpact *a, struct ofct_error *);

/* Pieces of that translation that the pipeline shares (xlate-ct.c): the
 * helper name of alg= (error for an alg without one), and nat(). */
struct odp_ct;
struct odp_nat;
int xlate_ct_fill_helper(uint16_t alg, struct odp_ct *, struct ofct_error *);
void xlate_ct_fill_nat(const struct ofpact_nat *, struct odp_nat *);

#endif
