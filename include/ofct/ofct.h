/* libofct: the OpenFlow connection-tracking stack as Open vSwitch defines
 * it.  Include this umbrella header or the per-layer headers. */
#ifndef OFCT_OFCT_H
#define OFCT_OFCT_H 1

#include "ofct/util.h"
#include "ofct/openflow.h"
#include "ofct/flow.h"
#include "ofct/datapath.h"
#include "ofct/packet.h"
#include "ofct/conntrack.h"
#include "ofct/pipeline.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The library's version string, e.g. "0.1.0". */
const char *ofct_version(void);

#ifdef __cplusplus
}
#endif

#endif
