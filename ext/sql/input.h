/*
** The input policy of SPEC §1, in one place for every function:
**   - a document is TEXT in UTF-8; a BLOB is read as UTF-8 bytes; a number as its text;
**   - invalid UTF-8 is an error naming the function and the byte offset;
**   - NULL is not an error: the caller answers NULL (scalar) or zero rows (table);
**   - every message starts with the function name: "gwr_numbers(): ...".
** Errors travel as (rc, message) pairs; the message is sqlite3_malloc()ed and may be
** NULL for SQLITE_NOMEM. gwr_result_error()/gwr_vtab_error() hand them to SQLite.
*/
#ifndef GWR_INPUT_H
#define GWR_INPUT_H

#include "glue.h"
#include <stddef.h>

typedef struct gwr_doc {
  const unsigned char *z; /* the bytes; NULL when the argument is SQL NULL */
  size_t n;               /* length in bytes */
} gwr_doc;

/* Reads a document argument. z stays valid as long as the sqlite3_value is unchanged. */
int gwr_doc_read(const char *zFunc, sqlite3_value *v, gwr_doc *out, char **pzErr);

/* The bytes of a document argument as gwr_doc_read() takes them, without the UTF-8 check:
** for functions whose first step (ICU's strict UTF-8 -> UTF-16 conversion) checks them
** anyway. When that step fails, gwr_doc_read() names the offending byte. */
int gwr_doc_bytes(sqlite3_value *v, gwr_doc *out);

/* gwr_doc_read() for a document that may be long: the UTF-8 check runs in pieces, and
** between them sqlite3_interrupt() or the progress handler of db can stop it
** (interrupt.h): then the result is SQLITE_INTERRUPT and "zFunc(): interrupted". */
int gwr_doc_read_interruptible(const char *zFunc, sqlite3_value *v, sqlite3 *db, gwr_doc *out,
                               char **pzErr);

/* Reads a text argument that is not the document (a pattern, a replacement) by the same
** policy; an error names the argument: "fn(): invalid UTF-8 in argument 'pattern' at
** byte N; use gwr_decode()". */
int gwr_arg_text(const char *zFunc, const char *zArg, sqlite3_value *v, gwr_doc *out,
                 char **pzErr);

/* Reads an optional integer argument such as a year. NULL sets *isNull. INTEGER, an
** integral REAL and TEXT holding an integer are accepted; anything else is an error
** naming zArg. */
int gwr_arg_int(const char *zFunc, const char *zArg, sqlite3_value *v, sqlite3_int64 *out,
                int *isNull, char **pzErr);

/* "zFunc(): <formatted message>", or NULL when out of memory. */
char *gwr_errorf(const char *zFunc, const char *zFormat, ...);

/* Sets a text result of n bytes, or, when n exceeds the connection's SQLITE_LIMIT_LENGTH
** (a UTF-16 database holds documents longer than that in UTF-8), the error
** "zFunc(): the <zWhat> of N bytes exceeds SQLITE_LIMIT_LENGTH (M)", never a truncated
** text. xDel frees z either way, as with sqlite3_result_text64(). */
void gwr_result_text(sqlite3_context *ctx, const char *zFunc, const char *zWhat, const char *z,
                     sqlite3_uint64 n, void (*xDel)(void *));

/* The text of a sqlite3_str built without a connection (sqlite3_str_new(NULL), which is
** limited only by SQLITE_MAX_LENGTH) as a result by gwr_result_text(); out of memory
** otherwise. Finishes str. */
void gwr_result_str(sqlite3_context *ctx, const char *zFunc, const char *zWhat, sqlite3_str *str);

/* Reports (rc, zErr) as the result of a scalar function; frees zErr. */
void gwr_result_error(sqlite3_context *ctx, int rc, char *zErr);

/* Reports (rc, zErr) through a virtual table's zErrMsg; frees zErr; returns rc. */
int gwr_vtab_error(sqlite3_vtab *vtab, int rc, char *zErr);

#endif
