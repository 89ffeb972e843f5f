/* Per-zone settings: connection limits and timeout policies, and the
 * timeout names and defaults. */
#include <config.h>

#include <string.h>

#include "conntrack/ct-private.h"
#include "util/xalloc.h"

static const struct {
    const char *name;
    uint32_t seconds;
} timeouts[OFCT_CT_N_TIMEOUTS] = {
#define OFCT_CT_TIMEOUT(ENUM, NAME, SECONDS) \
    [OFCT_CT_TM_##ENUM] = { NAME, SECONDS },
    OFCT_CT_TIMEOUTS
#undef OFCT_CT_TIMEOUT
};

const char *
ofct_ct_timeout_name(enum ofct_ct_timeout tm)
{
    return tm < OFCT_CT_N_TIMEOUTS ? timeouts[tm].name : "unknown";
}

int
ofct_ct_timeout_from_name(const char *name, enum ofct_ct_timeout *tm)
{
    enum ofct_ct_timeout i;

    for (i = 0; i < OFCT_CT_N_TIMEOUTS; i++) {
        if (!strcmp(name, timeouts[i].name)) {
            *tm = i;
            return 0;
        }
    }
    return -1;
}

uint32_t
ofct_ct_timeout_default(enum ofct_ct_timeout tm)
{
    return tm < OFCT_CT_N_TIMEOUTS ? timeouts[tm].seconds : 0;
}

/* Returns the settings of 'zone', creating them.  Caller holds
 * 'zone_mutex'. */
static struct ct_zone_cfg *
zone_cfg_make(struct ofct_conntrack *ct, uint16_t zone)
{
    struct ct_zone_cfg **level = ct->zone_cfg[zone >> 8];
    struct ct_zone_cfg *cfg;

    if (!level) {
        level = xzalloc(256 * sizeof *level);
        __atomic_store_n(&ct->zone_cfg[zone >> 8], level, __ATOMIC_RELEASE);
    }
    cfg = level[zone & 0xff];
    if (!cfg) {
        cfg = xzalloc(sizeof *cfg);
        __atomic_store_n(&level[zone & 0xff], cfg, __ATOMIC_RELEASE);
    }
    return cfg;
}

uint32_t
ct_zone_limit(const struct ofct_conntrack *ct, uint16_t zone)
{
    const struct ct_zone_cfg *cfg = zone_cfg_get(ct, zone);

    return cfg ? __atomic_load_n(&cfg->limit, __ATOMIC_RELAXED) : 0;
}

void
ofct_conntrack_set_zone_limit(struct ofct_conntrack *ct, uint16_t zone,
                              uint32_t limit)
{
    pthread_mutex_lock(&ct->zone_mutex);
    __atomic_store_n(&zone_cfg_make(ct, zone)->limit, limit,
                     __ATOMIC_RELAXED);
    pthread_mutex_unlock(&ct->zone_mutex);
}

void
ofct_conntrack_set_timeout(struct ofct_conntrack *ct, int zone,
                           enum ofct_ct_timeout tm, uint32_t seconds)
{
    /* Saturate instead of wrapping: a policy of a million hours is
     * "forever" enough. */
    uint32_t ms = seconds > UINT32_MAX / 1000 ? UINT32_MAX : seconds * 1000;

    if (tm >= OFCT_CT_N_TIMEOUTS) {
        return;
    }
    if (zone < 0 || zone > 0xffff) {
        __atomic_store_n(&ct->default_timeouts[tm], ms, __ATOMIC_RELAXED);
        return;
    }
    pthread_mutex_lock(&ct->zone_mutex);
    __atomic_store_n(&zone_cfg_make(ct, zone)->timeouts[tm], ms,
                     __ATOMIC_RELAXED);
    pthread_mutex_unlock(&ct->zone_mutex);
}
