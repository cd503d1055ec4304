/* The core's allocator for unit tests: plain libc (see ext/core/mem.h). */
#include "mem.h"

#include <stdlib.h>

void *gwr_mem_alloc(size_t n)
{
  return malloc(n ? n : 1);
}

void *gwr_mem_realloc(void *p, size_t n)
{
  return realloc(p, n ? n : 1);
}

void gwr_mem_free(void *p)
{
  free(p);
}
