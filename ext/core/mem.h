/*
** Memory for the core. The core never calls malloc() itself: inside SQLite these
** forward to sqlite3_malloc64()/sqlite3_free() (ext/sql/mem.c), so SQLite's allocator,
** its memory statistics and fault injection see every byte; unit tests link a libc
** version (tests/unit/mem_libc.c).
*/
#ifndef GWR_MEM_H
#define GWR_MEM_H

#include <stddef.h>

void *gwr_mem_alloc(size_t n);             /* NULL when out of memory */
void *gwr_mem_realloc(void *p, size_t n);  /* NULL when out of memory; p is kept */
void gwr_mem_free(void *p);                /* NULL is allowed */

#endif
