/* alloc.h: a worker's heap, tuned for the same allocations request after request (core/alloc.c). */
#ifndef MOTCUA_ALLOC_H
#define MOTCUA_ALLOC_H

/* Once per worker, before its first request. */
void alloc_tune(void);

#endif
