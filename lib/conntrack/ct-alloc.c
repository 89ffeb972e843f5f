/* A size-class allocator for connections.  malloc() adds a header of 8 to
 * 16 bytes to every block, 10% of a connection; here blocks are carved
 * from 64 kB slabs and freed blocks go to a free list per size.  Slabs
 * are returned to the system only when the engine is destroyed, which
 * bounds nothing new: the table limits the number of connections. */
#include <config.h>

#include <pthread.h>
#include <stdlib.h>

#include "conntrack/ct-private.h"
#include "util/xalloc.h"

#define SLAB_SIZE (64 * 1024)
#define ALIGN 16
#define MAX_BLOCK 512
#define N_CLASSES (MAX_BLOCK / ALIGN)

struct free_block {
    struct free_block *next;
};

struct slab {
    struct slab *next;
    uint8_t *cur;               /* Free space starts here... */
    uint8_t *end;               /* ...and ends here. */
};

struct ct_alloc {
    pthread_mutex_t mutex;
    struct free_block *free[N_CLASSES + 1];
    struct slab *slabs[N_CLASSES + 1];  /* Current slab first. */
    size_t memory;
};

struct ct_alloc *
ct_alloc_create(void)
{
    struct ct_alloc *a = xzalloc(sizeof *a);

    pthread_mutex_init(&a->mutex, NULL);
    return a;
}

void
ct_alloc_destroy(struct ct_alloc *a)
{
    size_t i;

    if (!a) {
        return;
    }
    for (i = 0; i <= N_CLASSES; i++) {
        struct slab *s, *next;

        for (s = a->slabs[i]; s; s = next) {
            next = s->next;
            free(s);
        }
    }
    pthread_mutex_destroy(&a->mutex);
    free(a);
}

static struct slab *
new_slab(struct ct_alloc *a, size_t cls)
{
    struct slab *s = xmalloc(SLAB_SIZE);

    s->cur = (uint8_t *) s + ((sizeof *s + ALIGN - 1) & ~(size_t) (ALIGN - 1));
    s->end = (uint8_t *) s + SLAB_SIZE;
    s->next = a->slabs[cls];
    a->slabs[cls] = s;
    a->memory += SLAB_SIZE;
    return s;
}

/* Under AddressSanitizer every connection is its own malloc() block, so
 * that a use after free is caught rather than hidden by the free list. */
#if defined(__SANITIZE_ADDRESS__)
#define CT_ALLOC_USE_MALLOC 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CT_ALLOC_USE_MALLOC 1
#endif
#endif

void *
ct_alloc(struct ct_alloc *a, size_t size)
{
    size_t cls = (size + ALIGN - 1) / ALIGN;
    size_t bytes = cls * ALIGN;
    struct slab *s;
    void *p;

    if (cls > N_CLASSES) {
        abort();                /* Connections are far smaller. */
    }
#ifdef CT_ALLOC_USE_MALLOC
    pthread_mutex_lock(&a->mutex);
    a->memory += bytes;
    pthread_mutex_unlock(&a->mutex);
    return xmalloc(bytes);
#endif
    pthread_mutex_lock(&a->mutex);
    if (a->free[cls]) {
        p = a->free[cls];
        a->free[cls] = a->free[cls]->next;
    } else {
        s = a->slabs[cls];
        if (!s || s->end - s->cur < (ptrdiff_t) bytes) {
            s = new_slab(a, cls);
        }
        p = s->cur;
        s->cur += bytes;
    }
    pthread_mutex_unlock(&a->mutex);
    return p;
}

void
ct_free(struct ct_alloc *a, void *p, size_t size)
{
    size_t cls = (size + ALIGN - 1) / ALIGN;
    struct free_block *b = p;

#ifdef CT_ALLOC_USE_MALLOC
    pthread_mutex_lock(&a->mutex);
    a->memory -= cls * ALIGN;
    pthread_mutex_unlock(&a->mutex);
    free(p);
    return;
#endif
    pthread_mutex_lock(&a->mutex);
    b->next = a->free[cls];
    a->free[cls] = b;
    pthread_mutex_unlock(&a->mutex);
}

size_t
ct_alloc_memory(struct ct_alloc *a)
{
    size_t memory;

    pthread_mutex_lock(&a->mutex);
    memory = a->memory;
    pthread_mutex_unlock(&a->mutex);
    return memory;
}
