/* A small spinlock for the engine's short critical sections (a hash chain
 * walk, a connection update).  Uncontended, it costs one atomic exchange
 * to take and a plain store to release, where a mutex costs two atomic
 * operations; when it spins for long, it yields the processor so that an
 * oversubscribed machine still makes progress. */
#ifndef OFCT_LIB_CONNTRACK_CT_LOCK_H
#define OFCT_LIB_CONNTRACK_CT_LOCK_H 1

#include <sched.h>
#include <stdbool.h>
#include <stdint.h>

#if defined(__x86_64__) || defined(__i386__)
#define CT_CPU_RELAX() __builtin_ia32_pause()
#else
#define CT_CPU_RELAX() ((void) 0)
#endif

struct ct_spinlock {
    uint8_t locked;
};

static inline void
ct_spin_init(struct ct_spinlock *l)
{
    l->locked = 0;
}

static inline bool
ct_spin_trylock(struct ct_spinlock *l)
{
    return !__atomic_exchange_n(&l->locked, 1, __ATOMIC_ACQUIRE);
}

static inline void
ct_spin_lock(struct ct_spinlock *l)
{
    unsigned int spins = 0;

    while (!ct_spin_trylock(l)) {
        /* Wait with plain loads, which do not take the cache line away
         * from the holder. */
        while (__atomic_load_n(&l->locked, __ATOMIC_RELAXED)) {
            if (++spins >= 1000) {
                sched_yield();
                spins = 0;
            } else {
                CT_CPU_RELAX();
            }
        }
    }
}

static inline void
ct_spin_unlock(struct ct_spinlock *l)
{
    __atomic_store_n(&l->locked, 0, __ATOMIC_RELEASE);
}

#endif
