/* A size-class allocator for connections.  malloc() adds a header of 8 to
 * 16 bytes to every block, 10% of a connection; here blocks are carved
 * from 64 kB slabs and freed blocks go to a free list per size.
 *
 * There are several arenas, and each thread allocates from its own (by a
 * per-thread number, modulo the number of arenas): connections created by
 * different threads then sit on different cache lines, so that threads
 * updating their own connections do not invalidate each other's caches,
 * and the arenas' locks are not shared either.
 *
 * Slabs are returned to the system only when the engine is destroyed;
 * the connection limit bounds them. */
#include <config.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "conntrack/ct-private.h"
#include "util/xalloc.h"

#define SLAB_SIZE (64 * 1024)
/* After this many small slabs in one size class of an arena, slabs are
 * 2 MB huge pages: a large table's connections then need a TLB entry per
 * 2 MB rather than per 4 kB, which saves a page walk on most lookups in a
 * table of a million connections.  Small tables stay in small slabs. */
#define N_SMALL_SLABS 16
#define HUGE_SLAB_SIZE (2 * 1024 * 1024)
#define ALIGN 16
#define MAX_BLOCK 512
#define N_CLASSES (MAX_BLOCK / ALIGN)
#define N_ARENAS 16

/* Under AddressSanitizer every connection is its own malloc() block, so
 * that a use after free is caught rather than hidden by a free list. */
#if defined(__SANITIZE_ADDRESS__)
#define CT_ALLOC_USE_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CT_ALLOC_USE_MALLOC 1
#endif
#endif

struct free_block {
    struct free_block *next;
};

struct slab {
    struct slab *next;
    uint8_t *cur;               /* Free space starts here... */
    uint8_t *end;               /* ...and ends here. */
};

struct arena {
    pthread_mutex_t mutex;
    struct free_block *free[N_CLASSES + 1];
    struct slab *slabs[N_CLASSES + 1];  /* Current slab first. */
    unsigned int n_slabs[N_CLASSES + 1];
    size_t memory;
} __attribute__((aligned(64)));

struct ct_alloc {
    struct arena arenas[N_ARENAS];
};

struct ct_alloc *
ct_alloc_create(void)
{
    struct ct_alloc *a;
    size_t i;

    if (posix_memalign((void **) &a, 64, sizeof *a)) {
        xalloc_die();
    }
    memset(a, 0, sizeof *a);
    for (i = 0; i < N_ARENAS; i++) {
        pthread_mutex_init(&a->arenas[i].mutex, NULL);
    }
    return a;
}

void
ct_alloc_destroy(struct ct_alloc *a)
{
    size_t i, j;

    if (!a) {
        return;
    }
    for (i = 0; i < N_ARENAS; i++) {
        struct arena *ar = &a->arenas[i];

        for (j = 0; j <= N_CLASSES; j++) {
            struct slab *s, *next;

            for (s = ar->slabs[j]; s; s = next) {
                next = s->next;
                free(s);
            }
        }
        pthread_mutex_destroy(&ar->mutex);
    }
    free(a);
}

static size_t
size_class(size_t size)
{
    size_t cls = (size + ALIGN - 1) / ALIGN;

    if (cls > N_CLASSES) {
        abort();                /* Connections are far smaller. */
    }
    return cls;
}

#ifdef CT_ALLOC_USE_MALLOC
void *
ct_alloc(struct ct_alloc *a, size_t size)
{
    struct arena *ar = &a->arenas[0];

    pthread_mutex_lock(&ar->mutex);
    ar->memory += size_class(size) * ALIGN;
    pthread_mutex_unlock(&ar->mutex);
    return xmalloc(size);
}

void
ct_free(struct ct_alloc *a, void *p, size_t size)
{
    struct arena *ar = &a->arenas[0];

    pthread_mutex_lock(&ar->mutex);
    ar->memory -= size_class(size) * ALIGN;
    pthread_mutex_unlock(&ar->mutex);
    free(p);
}
#else
/* This thread's arena. */
static struct arena *
my_arena(struct ct_alloc *a)
{
    static unsigned int next_thread;
    static __thread int thread_no = -1;

    if (thread_no < 0) {
        thread_no = __atomic_fetch_add(&next_thread, 1, __ATOMIC_RELAXED)
                    % N_ARENAS;
    }
    return &a->arenas[thread_no];
}

/* Allocates a slab of 'size' bytes, on huge pages when it is that big and
 * the system allows it (madvise() failing only costs the huge pages). */
static struct slab *
slab_alloc(size_t size)
{
    void *p;

    if (size < HUGE_SLAB_SIZE) {
        return xmalloc(size);
    }
    if (posix_memalign(&p, HUGE_SLAB_SIZE, size)) {
        xalloc_die();
    }
#ifdef MADV_HUGEPAGE
    madvise(p, size, MADV_HUGEPAGE);
#endif
    return p;
}

static struct slab *
new_slab(struct arena *ar, size_t cls)
{
    size_t size = ar->n_slabs[cls] < N_SMALL_SLABS ? SLAB_SIZE
                                                   : HUGE_SLAB_SIZE;
    struct slab *s = slab_alloc(size);

    s->cur = (uint8_t *) s + ((sizeof *s + ALIGN - 1) & ~(size_t) (ALIGN - 1));
    s->end = (uint8_t *) s + size;
    s->next = ar->slabs[cls];
    ar->slabs[cls] = s;
    ar->n_slabs[cls]++;
    ar->memory += size;
    return s;
}

void *
ct_alloc(struct ct_alloc *a, size_t size)
{
    size_t cls = size_class(size);
    size_t bytes = cls * ALIGN;
    struct arena *ar = my_arena(a);
    struct slab *s;
    void *p;

    pthread_mutex_lock(&ar->mutex);
    if (ar->free[cls]) {
        p = ar->free[cls];
        ar->free[cls] = ar->free[cls]->next;
    } else {
        s = ar->slabs[cls];
        if (!s || s->end - s->cur < (ptrdiff_t) bytes) {
            s = new_slab(ar, cls);
        }
        p = s->cur;
        s->cur += bytes;
    }
    pthread_mutex_unlock(&ar->mutex);
    return p;
}

/* A block goes back to the freeing thread's arena, whichever arena it
 * came from: blocks are interchangeable within a size class. */
void
ct_free(struct ct_alloc *a, void *p, size_t size)
{
    size_t cls = size_class(size);
    struct arena *ar = my_arena(a);
    struct free_block *b = p;

    pthread_mutex_lock(&ar->mutex);
    b->next = ar->free[cls];
    ar->free[cls] = b;
    pthread_mutex_unlock(&ar->mutex);
}
#endif

size_t
ct_alloc_memory(struct ct_alloc *a)
{
    size_t memory = 0;
    size_t i;

    for (i = 0; i < N_ARENAS; i++) {
        pthread_mutex_lock(&a->arenas[i].mutex);
        memory += a->arenas[i].memory;
        pthread_mutex_unlock(&a->arenas[i].mutex);
    }
    return memory;
}
