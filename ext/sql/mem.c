/*
** The core's allocator (ext/core/mem.h) inside SQLite: everything goes through
** sqlite3_malloc64(), so SQLite's memory limits, statistics and fault injection apply.
*/
#include "glue.h"
#include "mem.h"

void *gwr_mem_alloc(size_t n)
{
  return sqlite3_malloc64(n ? n : 1);
}

void *gwr_mem_realloc(void *p, size_t n)
{
  return sqlite3_realloc64(p, n ? n : 1);
}

void gwr_mem_free(void *p)
{
  sqlite3_free(p);
}
