/*
** Stopping a long parse from SQL: sqlite3_interrupt() and progress handlers.
**
**   gwr_interrupt it;
**   gwr_interrupt_init(&it, db);
**   rc = outline_parse_ex(doc, n, 0, gwr_interrupt_ask, &it, &o);   -- any stop_fn user
**   rc = gwr_interrupt_end(&it);   -- SQLITE_INTERRUPT when it said stop, SQLITE_NOMEM ...
**
** A virtual table or function cannot ask SQLite 3.40 whether the statement is to stop
** (sqlite3_is_interrupted() came in 3.41), and the progress handler is called only
** between virtual-machine instructions of a statement. Both show in a statement stepped
** on the same connection: it fails with SQLITE_INTERRUPT once sqlite3_interrupt() was
** called, or when the progress handler returns nonzero. So each ask steps a tiny
** statement, prepared at the first ask, that runs about one instruction per KB of text
** read since the ask before: a progress handler called every N instructions is called
** about every N KB of a long parse, as if the parse were SQL.
** A trace callback (sqlite3_trace_v2) sees that statement (its table is named
** gwr_interrupt_check).
*/
#ifndef GWR_INTERRUPT_H
#define GWR_INTERRUPT_H

#include "glue.h"

#include <stddef.h>

typedef struct gwr_interrupt {
  sqlite3 *db;
  sqlite3_stmt *tick; /* the statement stepped at each ask; NULL until the first */
  size_t done;        /* the bytes read at the last ask */
  int rc;             /* SQLITE_OK, or why the parse was told to stop */
  int unavailable;    /* the statement cannot be prepared here: never stop */
} gwr_interrupt;

void gwr_interrupt_init(gwr_interrupt *it, sqlite3 *db);

/* A stop_fn (ext/core/stop.h): nonzero when the parse must stop. ctx is a gwr_interrupt. */
int gwr_interrupt_ask(void *ctx, size_t done);

/* Finalizes the statement; returns SQLITE_OK, SQLITE_INTERRUPT or SQLITE_NOMEM. */
int gwr_interrupt_end(gwr_interrupt *it);

/* For xFilter/xNext after a parse stopped: rc SQLITE_INTERRUPT becomes the error
** "zFunc(): interrupted"; anything else is out of memory. Returns the code to return. */
int gwr_interrupt_vtab_error(sqlite3_vtab *vtab, const char *zFunc, int rc);

#endif
