/* The parameters of a ct action from the datapath's form of it. */
#ifndef OFCT_LIB_CONNTRACK_CT_PARAMS_H
#define OFCT_LIB_CONNTRACK_CT_PARAMS_H 1

#include "datapath/odp-ct.h"
#include "ofct/conntrack.h"

/* Sets '*params' from the datapath ct action 'odp' (zone, commit,
 * force_commit, mark, label, helper, nat) and checks them.  Helper names
 * point to static storage.  Returns 0, or -1 with 'err' (a timeout
 * policy, which the engine does not take from the action). */
int ct_params_from_odp(const struct odp_ct *odp,
                       struct ofct_ct_params *params,
                       struct ofct_error *err);

#endif
