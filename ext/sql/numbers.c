/*
** Numbers (SPEC §3).
**
**   SELECT gwr_number('4.64亿');                 -- 464000000
**   SELECT gwr_number('一千二百三十四点五');      -- 1234.5
**   SELECT text, value, unit, base_value, kind, qualifier
**     FROM gwr_numbers('地区生产总值增长6%左右，一般公共预算收入4.64亿元');
**
** gwr_number(text) is the value of one whole numeral (NULL when the text is anything
** else); gwr_numbers(document) lists every quantity of a document, one row each, read
** by the core's quantity scanner (ext/core/quantity.h) as the cursor advances.
*/
#include "glue.h"
#include "input.h"
#include "interrupt.h"
#include "quantity.h"
#include "sqlvalue.h"
#include "tvf.h"

#include <string.h>

/* ---- gwr_number(text) --------------------------------------------------------------- */

static void number_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  (void)argc;
  gwr_doc text;
  char *zErr;
  int rc = gwr_doc_read("gwr_number", argv[0], &text, &zErr);
  if (rc != SQLITE_OK) {
    gwr_result_error(ctx, rc, zErr);
    return;
  }
  numeral_value v;
  if (text.z == NULL || !numeral_value_of(text.z, text.n, &v)) return; /* NULL */
  gwr_result_numeral(ctx, &v);
}

/* ---- gwr_numbers(document) ------------------------------------------------------------- */

static const char numbers_schema[] =
    "CREATE TABLE x(id INTEGER, text TEXT, value, value_high, unit TEXT, scale INTEGER,"
    " base_value, base_unit TEXT, kind TEXT, qualifier TEXT, redacted INTEGER,"
    " start INTEGER, \"end\" INTEGER, document HIDDEN)";
enum {
  NUMBERS_ID,
  NUMBERS_TEXT,
  NUMBERS_VALUE,
  NUMBERS_VALUE_HIGH,
  NUMBERS_UNIT,
  NUMBERS_SCALE,
  NUMBERS_BASE_VALUE,
  NUMBERS_BASE_UNIT,
  NUMBERS_KIND,
  NUMBERS_QUALIFIER,
  NUMBERS_REDACTED,
  NUMBERS_START,
  NUMBERS_END,
  NUMBERS_DOCUMENT
};

typedef struct numbers_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *docValue; /* a copy of the document argument, alive as long as the rows */
  gwr_doc doc;             /* its validated bytes */
  quantity_scanner scanner;
  gwr_interrupt interrupt; /* asked by the scanner between chunks */
  quantity current;
  sqlite3_int64 id; /* of the current row */
  int eof;
} numbers_cursor;

static int numbers_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                           sqlite3_vtab **ppVtab, char **pzErr)
{
  static const char *const azArg[] = {"document"};
  (void)pAux;
  (void)argc;
  (void)argv;
  return gwr_tvf_connect(db, numbers_schema, "gwr_numbers", azArg, NUMBERS_DOCUMENT, 1, 1,
                         sizeof(gwr_tvf), ppVtab, pzErr);
}

static int numbers_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  numbers_cursor *cur = sqlite3_malloc64(sizeof *cur);
  if (cur == NULL) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  cur->eof = 1;
  *ppCursor = &cur->base;
  return SQLITE_OK;
}

static int numbers_close(sqlite3_vtab_cursor *base)
{
  numbers_cursor *cur = (numbers_cursor *)base;
  gwr_interrupt_end(&cur->interrupt);
  sqlite3_value_free(cur->docValue);
  sqlite3_free(cur);
  return SQLITE_OK;
}

static int numbers_next(sqlite3_vtab_cursor *base)
{
  numbers_cursor *cur = (numbers_cursor *)base;
  if (quantity_next(&cur->scanner, &cur->current)) {
    cur->id++;
    return SQLITE_OK;
  }
  cur->eof = 1;
  int rc = gwr_interrupt_end(&cur->interrupt);
  if (!cur->scanner.stopped) return SQLITE_OK;
  return gwr_interrupt_vtab_error(base->pVtab, "gwr_numbers", rc);
}

static int numbers_filter(sqlite3_vtab_cursor *base, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv)
{
  numbers_cursor *cur = (numbers_cursor *)base;
  sqlite3_vtab *vtab = base->pVtab;
  (void)idxStr;
  gwr_interrupt_end(&cur->interrupt);
  sqlite3_value_free(cur->docValue);
  cur->docValue = NULL;
  cur->eof = 1;
  cur->id = 0;
  sqlite3_value *args[1];
  int rc = gwr_tvf_args(vtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  rc = gwr_tvf_document(vtab, args[0], &cur->docValue, &cur->doc);
  if (rc != SQLITE_OK || cur->doc.z == NULL) return rc; /* NULL: no rows */
  quantity_scanner_init(&cur->scanner, cur->doc.z, cur->doc.n, 0, cur->doc.n, 0);
  /* a long stretch without quantities is read in chunks, asking between them */
  gwr_interrupt_init(&cur->interrupt, ((gwr_tvf *)vtab)->db);
  quantity_scanner_stop(&cur->scanner, gwr_interrupt_ask, &cur->interrupt);
  cur->eof = 0;
  return numbers_next(base);
}

static int numbers_eof(sqlite3_vtab_cursor *base)
{
  return ((numbers_cursor *)base)->eof;
}

static int numbers_column(sqlite3_vtab_cursor *base, sqlite3_context *ctx, int iCol)
{
  numbers_cursor *cur = (numbers_cursor *)base;
  const quantity *q = &cur->current;
  switch (iCol) {
  case NUMBERS_ID:
    sqlite3_result_int64(ctx, cur->id);
    break;
  case NUMBERS_TEXT:
    gwr_result_text(ctx, "gwr_numbers", "text", (const char *)cur->doc.z + q->span.start,
                    q->span.end - q->span.start, SQLITE_TRANSIENT);
    break;
  case NUMBERS_VALUE:
    if (!q->redacted) gwr_result_numeral(ctx, &q->value);
    break;
  case NUMBERS_VALUE_HIGH:
    if (q->has_high && !q->high_redacted) gwr_result_numeral(ctx, &q->value_high);
    break;
  case NUMBERS_UNIT:
    sqlite3_result_text(ctx, q->unit, -1, SQLITE_TRANSIENT);
    break;
  case NUMBERS_SCALE: {
    numeral_value one = numeral_from_int(1);
    gwr_result_numeral_scaled(ctx, &one, q->scale_exp);
    break;
  }
  case NUMBERS_BASE_VALUE:
    if (!q->redacted) gwr_result_numeral_scaled(ctx, &q->value, q->scale_exp);
    break;
  case NUMBERS_BASE_UNIT:
    sqlite3_result_text(ctx, q->base_unit, -1, SQLITE_TRANSIENT);
    break;
  case NUMBERS_KIND:
    sqlite3_result_text(ctx, quantity_kind_name(q->kind), -1, SQLITE_STATIC);
    break;
  case NUMBERS_QUALIFIER:
    if (q->qualifier) sqlite3_result_text(ctx, q->qualifier, -1, SQLITE_STATIC);
    break;
  case NUMBERS_REDACTED:
    sqlite3_result_int(ctx, q->redacted || q->high_redacted);
    break;
  case NUMBERS_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)q->span.char_start);
    break;
  case NUMBERS_END:
    sqlite3_result_int64(ctx, (sqlite3_int64)q->span.char_end);
    break;
  default:
    sqlite3_result_value(ctx, cur->docValue);
    break;
  }
  return SQLITE_OK;
}

static int numbers_rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *pRowid)
{
  *pRowid = ((numbers_cursor *)base)->id;
  return SQLITE_OK;
}

static sqlite3_module numbers_module =
    GWR_TVF_MODULE(numbers_connect, numbers_open, numbers_close, numbers_filter, numbers_next,
                   numbers_eof, numbers_column, numbers_rowid);

int gwr_register_numbers(sqlite3 *db)
{
  int rc = sqlite3_create_function(db, "gwr_number", 1, GWR_PURE, NULL, number_func, NULL, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "gwr_numbers", &numbers_module, NULL);
  return rc;
}
