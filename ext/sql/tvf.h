/*
** The skeleton shared by every table-valued function of sqlite-gwr (SQLite's
** ext/misc/series.c pattern): an eponymous-only virtual table whose arguments are
** HIDDEN columns at the end of its schema.
**
**   SELECT * FROM gwr_numbers('增长5%左右');   -- argument 0 = column "document"
**
** xBestIndex maps equality constraints on the hidden columns to argv in column order;
** idxNum holds one bit per argument present. A missing required argument is not a
** planner failure but an error from xFilter that names it, so joins still plan.
*/
#ifndef GWR_TVF_H
#define GWR_TVF_H

#include "glue.h"
#include "input.h"

#include <stddef.h>

typedef struct gwr_tvf {
  sqlite3_vtab base;
  sqlite3 *db;                  /* the connection (for limits and interrupts) */
  const char *zFunc;            /* "gwr_numbers": the prefix of every error */
  const char *const *azArgName; /* names of the hidden arguments, for errors */
  int iFirstArg;                /* column index of the first hidden argument */
  int nArg;                     /* number of hidden argument columns (at most 8) */
  int nRequired;                /* the first nRequired arguments must be given */
} gwr_tvf;

/* xConnect helper: declares zSchema, marks the table INNOCUOUS and allocates szVtab
** bytes (at least sizeof(gwr_tvf), zeroed) whose head is a filled-in gwr_tvf. */
int gwr_tvf_connect(sqlite3 *db, const char *zSchema, const char *zFunc,
                    const char *const *azArgName, int iFirstArg, int nArg, int nRequired,
                    size_t szVtab, sqlite3_vtab **ppVtab, char **pzErr);

int gwr_tvf_disconnect(sqlite3_vtab *vtab);
int gwr_tvf_best_index(sqlite3_vtab *vtab, sqlite3_index_info *info);

/* xFilter helper: spreads argv into args[0..nArg-1] by position (NULL where absent).
** Returns SQLITE_OK, or an error naming the first missing required argument. */
int gwr_tvf_args(sqlite3_vtab *vtab, int idxNum, int argc, sqlite3_value **argv,
                 sqlite3_value **args);

/* xFilter helper for the document argument: a private copy in *copy (the argument may
** change once xFilter returns), alive until sqlite3_value_free(*copy), read by the input
** policy with gwr_doc_read_interruptible(). A NULL or absent argument gives doc->z NULL
** and SQLITE_OK; an error goes to vtab->zErrMsg. */
int gwr_tvf_document(sqlite3_vtab *vtab, sqlite3_value *arg, sqlite3_value **copy,
                     gwr_doc *doc);

/* A module table for eponymous-only table-valued functions. */
#define GWR_TVF_MODULE(connect, open, close, filter, next, eof, column, rowid) \
  {                                                                          \
    0, NULL, connect, gwr_tvf_best_index, gwr_tvf_disconnect, NULL, open,    \
    close, filter, next, eof, column, rowid, NULL, NULL, NULL, NULL, NULL,   \
    NULL, NULL, NULL, NULL, NULL, NULL                                        \
  }

#endif
