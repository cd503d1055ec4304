/*
** The input policy of SPEC §1: see input.h.
*/
#include "input.h"
#include "interrupt.h"
#include "utf8.h"

#include <stdarg.h>

char *gwr_errorf(const char *zFunc, const char *zFormat, ...)
{
  va_list ap;
  va_start(ap, zFormat);
  char *zBody = sqlite3_vmprintf(zFormat, ap);
  va_end(ap);
  if (zBody == NULL) return NULL;
  char *z = sqlite3_mprintf("%s(): %s", zFunc, zBody);
  sqlite3_free(zBody);
  return z;
}

int gwr_doc_bytes(sqlite3_value *v, gwr_doc *out)
{
  out->z = NULL;
  out->n = 0;
  int type = sqlite3_value_type(v);
  if (type == SQLITE_NULL) return SQLITE_OK;
  const unsigned char *z;
  if (type == SQLITE_BLOB) {
    z = sqlite3_value_blob(v);
  } else {
    z = sqlite3_value_text(v);
  }
  int n = sqlite3_value_bytes(v);
  if (z == NULL) {
    /* Only an empty BLOB has no pointer (an empty TEXT is ""). Any other value without
    ** one ran out of memory while being converted to UTF-8 — and then its length reads
    ** 0 too, which must not pass for an empty document. */
    if (type != SQLITE_BLOB || n > 0) return SQLITE_NOMEM;
    z = (const unsigned char *)"";
  }
  out->z = z;
  out->n = (size_t)n;
  return SQLITE_OK;
}

/* gwr_doc_read() and gwr_arg_text(): zArg names the argument in errors, or is NULL for
** the document; with db, the check can be interrupted. */
static int text_read(const char *zFunc, const char *zArg, sqlite3_value *v, sqlite3 *db,
                     gwr_doc *out, char **pzErr)
{
  *pzErr = NULL;
  int rc = gwr_doc_bytes(v, out);
  if (rc != SQLITE_OK || out->z == NULL) return rc;
  size_t bad;
  if (db) {
    gwr_interrupt it;
    gwr_interrupt_init(&it, db);
    bad = utf8_validate_stop(out->z, out->n, gwr_interrupt_ask, &it);
    rc = gwr_interrupt_end(&it);
    if (bad == UTF8_STOPPED) {
      out->z = NULL;
      out->n = 0;
      *pzErr = rc == SQLITE_INTERRUPT ? gwr_errorf(zFunc, "interrupted") : NULL;
      return *pzErr ? rc : SQLITE_NOMEM;
    }
  } else {
    bad = utf8_validate(out->z, out->n);
  }
  if (bad != UTF8_VALID) {
    out->z = NULL;
    out->n = 0;
    if (zArg) {
      *pzErr = gwr_errorf(zFunc, "invalid UTF-8 in argument '%s' at byte %lld; use gwr_decode()",
                          zArg, (long long)bad);
    } else {
      *pzErr = gwr_errorf(zFunc, "invalid UTF-8 at byte %lld; use gwr_decode()", (long long)bad);
    }
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

int gwr_doc_read(const char *zFunc, sqlite3_value *v, gwr_doc *out, char **pzErr)
{
  return text_read(zFunc, NULL, v, NULL, out, pzErr);
}

int gwr_doc_read_interruptible(const char *zFunc, sqlite3_value *v, sqlite3 *db, gwr_doc *out,
                               char **pzErr)
{
  return text_read(zFunc, NULL, v, db, out, pzErr);
}

int gwr_arg_text(const char *zFunc, const char *zArg, sqlite3_value *v, gwr_doc *out,
                 char **pzErr)
{
  return text_read(zFunc, zArg, v, NULL, out, pzErr);
}

int gwr_arg_int(const char *zFunc, const char *zArg, sqlite3_value *v, sqlite3_int64 *out,
                int *isNull, char **pzErr)
{
  *pzErr = NULL;
  *isNull = 0;
  *out = 0;
  switch (sqlite3_value_numeric_type(v)) {
  case SQLITE_NULL:
    *isNull = 1;
    return SQLITE_OK;
  case SQLITE_INTEGER:
    *out = sqlite3_value_int64(v);
    return SQLITE_OK;
  case SQLITE_FLOAT: {
    double d = sqlite3_value_double(v);
    if (d >= -9.2e18 && d <= 9.2e18 && d == (double)(sqlite3_int64)d) {
      *out = (sqlite3_int64)d;
      return SQLITE_OK;
    }
    break;
  }
  default:
    break;
  }
  /* The message quotes what was given: never a BLOB's raw bytes or a cut character. */
  if (sqlite3_value_type(v) == SQLITE_BLOB) {
    *pzErr = gwr_errorf(zFunc, "argument '%s' must be an integer, not a BLOB", zArg);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  const unsigned char *zText = sqlite3_value_text(v);
  size_t n = zText ? (size_t)sqlite3_value_bytes(v) : 0, shown = 0;
  if (zText && utf8_validate(zText, n) != UTF8_VALID) {
    *pzErr = gwr_errorf(zFunc, "argument '%s' must be an integer, not text with invalid UTF-8",
                        zArg);
    return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
  }
  for (int chars = 0; chars < 40 && shown < n; chars++) utf8_next(zText, n, &shown);
  *pzErr = gwr_errorf(zFunc, "argument '%s' must be an integer, not '%.*s'", zArg, (int)shown,
                      zText ? (const char *)zText : "");
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

void gwr_result_text(sqlite3_context *ctx, const char *zFunc, const char *zWhat, const char *z,
                     sqlite3_uint64 n, void (*xDel)(void *))
{
  int limit = sqlite3_limit(sqlite3_context_db_handle(ctx), SQLITE_LIMIT_LENGTH, -1);
  if (n <= (sqlite3_uint64)limit) {
    sqlite3_result_text64(ctx, z ? z : "", n, z ? xDel : SQLITE_STATIC, SQLITE_UTF8);
    return;
  }
  if (z && xDel != SQLITE_STATIC && xDel != SQLITE_TRANSIENT) xDel((void *)z);
  char *zErr = gwr_errorf(zFunc, "the %s of %llu bytes exceeds SQLITE_LIMIT_LENGTH (%d)", zWhat,
                          n, limit);
  gwr_result_error(ctx, SQLITE_TOOBIG, zErr);
}

void gwr_result_str(sqlite3_context *ctx, const char *zFunc, const char *zWhat, sqlite3_str *str)
{
  int rc = sqlite3_str_errcode(str);
  sqlite3_uint64 n = (sqlite3_uint64)sqlite3_str_length(str);
  char *z = sqlite3_str_finish(str);
  if (rc != SQLITE_OK) {
    sqlite3_free(z);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  gwr_result_text(ctx, zFunc, zWhat, z, n, sqlite3_free);
}

void gwr_result_error(sqlite3_context *ctx, int rc, char *zErr)
{
  if (rc == SQLITE_NOMEM || zErr == NULL) {
    sqlite3_result_error_nomem(ctx);
    sqlite3_free(zErr);
    return;
  }
  /* The message goes to SQLite as the result value, which an error code then turns into
  ** the error: sqlite3_result_error() would copy it, and a copy that fails for lack of
  ** memory leaves a bare "SQL logic error" instead of SQLITE_NOMEM. */
  sqlite3_result_text(ctx, zErr, -1, sqlite3_free);
  sqlite3_result_error_code(ctx, rc == SQLITE_OK ? SQLITE_ERROR : rc);
}

int gwr_vtab_error(sqlite3_vtab *vtab, int rc, char *zErr)
{
  sqlite3_free(vtab->zErrMsg);
  vtab->zErrMsg = zErr;
  return (rc == SQLITE_OK || (zErr == NULL && rc == SQLITE_ERROR)) ? SQLITE_NOMEM : rc;
}
