/* alloc.c: a worker's heap: glibc tuned for the same allocations request after request, and calloc through its cache. */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"

void alloc_tune(void)
{
  /* Each request allocates and frees the same ~100 KiB (its HDF, the
   * page): with glibc's default the heap's top is given back to the
   * kernel after every request and taken again by the next (two brk()
   * and fresh zeroed pages per request). Kept instead below 1 MiB free:
   * a status page's churn stays, while the heap a large page grew (the
   * dashboard's year: several MiB) goes back; at 8 MiB a worker stayed
   * at 13 MiB after make bench (BENCHMARKS.md, issue 12 session 3). */
  mallopt(M_TRIM_THRESHOLD, 1 << 20);
}

/* calloc through glibc's per-thread cache. glibc 2.36's calloc never takes
 * a block from that cache (malloc does): every HDF node, name and hash
 * entry ClearSilver callocs (~90 a status page) went the slow way through
 * _int_malloc, while the frees filled the cache: 7.7% of a worker's
 * instructions a status page (BENCHMARKS.md, issue 12 session 6). The
 * memory is malloc's, freed by free as before; this file is linked in
 * with alloc_tune, so the program's calloc is this one, ClearSilver's and
 * the libraries' too. Not under a sanitizer, whose own calloc checks what
 * it hands out. memset through a volatile pointer: GCC turns malloc then
 * memset 0 into a call to calloc, here this very function. */
#ifndef __SANITIZE_ADDRESS__
static void *(*volatile zero_fill)(void *, int, size_t) = memset;

void *calloc(size_t n, size_t size)
{
  if (size && n > SIZE_MAX / size) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = malloc(n * size);
  return p ? zero_fill(p, 0, n * size) : NULL;
}
#endif
