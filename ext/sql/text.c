/*
** The text family (SPEC §6), on ICU:
**
**   SELECT gwr_normalize('ＧＤＰ增长５．２％');          -- 'GDP增长5.2%'  (NFKC; or 'NFC', 'NFKC_CF')
**   SELECT gwr_decode(readfile('report-gbk.txt'));     -- detected: BOM, UTF-8, else ucsdet
**   SELECT gwr_decode(x'C4E3BAC3', 'GBK');             -- '你好'
**   SELECT gwr_repair('完善市尝社会的关系');              -- '完善市场、社会的关系'
**   SELECT gwr_repair('坚持走新型工' || char(10) || '业化道路。');  -- hard wrap joined
**   SELECT * FROM gwr_repairs('完善市尝社会的关系');      -- start, end, before, after, reason
**   SELECT word, kind FROM gwr_words('GDP增长5.2%');   -- GDP latin, 增长 han, 5.2 number, % punct
**
** The FTS5 tokenizer `gwr` lives in fts5_gwr.c and is registered from here. The work is
** done by the core (text_normalize, text_decode, text_repair, words); this file reads
** arguments, reports errors with the function's name, and hands results to SQLite.
*/
#include "glue.h"
#include "fts5_gwr.h"
#include "input.h"
#include "interrupt.h"
#include "mem.h"
#include "text_decode.h"
#include "text_normalize.h"
#include "text_repair.h"
#include "text_utf16.h"
#include "tvf.h"
#include "utf8.h"
#include "words.h"

#include <string.h>

/* ---------------------------------------------------------------- shared state */

/* What the functions of one connection share: the GBK merge table, built once when the
** family is registered, and the UTF-16 buffers of gwr_normalize(), reused from call to
** call (a connection runs one statement step at a time). Counted, because several
** functions and a module hold it. */
typedef struct text_shared {
  gbk_table gbk;
  normalize_work normalize;
  int refs;
} text_shared;

/* Buffers beyond this many UTF-16 units are not kept between calls. */
#define TEXT_KEEP_UNITS (1 << 20)

static void text_shared_release(void *p)
{
  text_shared *shared = p;
  if (shared && --shared->refs == 0) {
    gbk_table_free(&shared->gbk);
    normalize_work_trim(&shared->normalize, 0);
    sqlite3_free(shared);
  }
}

/* The SQLite code of an error of the core. stopped: what gwr_interrupt_end() said when the
** work was stopped through it (SQLITE_INTERRUPT, or SQLITE_NOMEM when its check statement
** could not be made). */
static int text_error_code(const text_error *err, int stopped)
{
  if (err->status == TEXT_NOMEM) return SQLITE_NOMEM;
  if (err->status == TEXT_STOPPED) return stopped == SQLITE_INTERRUPT ? SQLITE_INTERRUPT : SQLITE_NOMEM;
  return SQLITE_ERROR;
}

/* "fn(): <message>" for an error of the core. */
static void result_text_error(sqlite3_context *ctx, const char *zFunc, const text_error *err,
                              int stopped)
{
  int rc = text_error_code(err, stopped);
  if (rc == SQLITE_NOMEM) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  gwr_result_error(ctx, rc, gwr_errorf(zFunc, "%s", err->message));
}

static int vtab_text_error(sqlite3_vtab *vtab, const char *zFunc, const text_error *err,
                           int stopped)
{
  int rc = text_error_code(err, stopped);
  if (rc == SQLITE_NOMEM) return SQLITE_NOMEM;
  return gwr_vtab_error(vtab, rc, gwr_errorf(zFunc, "%s", err->message));
}

/* For documents read with gwr_doc_bytes(), whose UTF-8 ICU checks while converting: when
** the core fails on invalid UTF-8, the input policy reports it (with the byte offset),
** else the core's own error stands. */
static int doc_error(const char *zFunc, sqlite3_value *v, const gwr_doc *doc,
                     const text_error *err, char **pzErr)
{
  *pzErr = NULL;
  if (err->status == TEXT_NOMEM) return SQLITE_NOMEM;
  if (utf8_validate(doc->z, doc->n) != UTF8_VALID) {
    gwr_doc invalid;
    return gwr_doc_read(zFunc, v, &invalid, pzErr);
  }
  *pzErr = gwr_errorf(zFunc, "%s", err->message);
  return *pzErr ? SQLITE_ERROR : SQLITE_NOMEM;
}

/* Hands a finished buffer to SQLite without copying (its bytes are sqlite3_malloc()ed);
** one longer than SQLITE_LIMIT_LENGTH is an error naming the function (gwr_result_text). */
static void result_buffer(sqlite3_context *ctx, const char *zFunc, text_buffer *b)
{
  if (b->data == NULL) {
    sqlite3_result_text(ctx, "", 0, SQLITE_STATIC);
    return;
  }
  gwr_result_text(ctx, zFunc, "result", (const char *)b->data, b->len, sqlite3_free);
  b->data = NULL;
  b->len = b->cap = 0;
}

/* An optional TEXT option such as a form or a charset: NULL when absent or SQL NULL. */
static int read_option(sqlite3_context *ctx, const char *zFunc, const char *zArg,
                       sqlite3_value *v, const char **out)
{
  *out = NULL;
  if (v == NULL || sqlite3_value_type(v) == SQLITE_NULL) return SQLITE_OK;
  if (sqlite3_value_type(v) != SQLITE_TEXT) {
    gwr_result_error(ctx, SQLITE_ERROR,
                     gwr_errorf(zFunc, "argument '%s' must be text", zArg));
    return SQLITE_ERROR;
  }
  *out = (const char *)sqlite3_value_text(v);
  if (*out == NULL) {
    sqlite3_result_error_nomem(ctx);
    return SQLITE_NOMEM;
  }
  return SQLITE_OK;
}

/* ---------------------------------------------------------------- gwr_normalize */

static void normalize_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  static const char zFunc[] = "gwr_normalize";
  text_shared *shared = sqlite3_user_data(ctx);
  gwr_doc doc;
  int rc = gwr_doc_bytes(argv[0], &doc); /* checked by the conversion to UTF-16 */
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  const char *zForm;
  if (read_option(ctx, zFunc, "form", argc > 1 ? argv[1] : NULL, &zForm) != SQLITE_OK) return;
  normalize_form form = NORMALIZE_NFKC;
  if (zForm && !normalize_form_parse(zForm, &form)) {
    gwr_result_error(ctx, SQLITE_ERROR,
                     gwr_errorf(zFunc, "unknown form '%s'; use 'NFKC', 'NFC' or 'NFKC_CF'",
                                zForm));
    return;
  }
  if (doc.z == NULL) return; /* NULL in, NULL out */
  text_buffer out = {0};
  text_error err = {0};
  if (text_normalize(doc.z, doc.n, form, &shared->normalize, &out, &err) == TEXT_OK) {
    result_buffer(ctx, zFunc, &out);
  } else {
    char *zErr;
    rc = doc_error(zFunc, argv[0], &doc, &err, &zErr);
    gwr_result_error(ctx, rc, zErr);
  }
  text_buffer_free(&out);
  normalize_work_trim(&shared->normalize, TEXT_KEEP_UNITS);
}

/* ---------------------------------------------------------------- gwr_decode */

static void decode_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  static const char zFunc[] = "gwr_decode";
  const char *zCharset, *zOnError;
  if (read_option(ctx, zFunc, "charset", argc > 1 ? argv[1] : NULL, &zCharset) != SQLITE_OK ||
      read_option(ctx, zFunc, "on_error", argc > 2 ? argv[2] : NULL, &zOnError) != SQLITE_OK) {
    return;
  }
  decode_errors errors = DECODE_STRICT;
  if (zOnError && sqlite3_stricmp(zOnError, "replace") == 0) {
    errors = DECODE_REPLACE;
  } else if (zOnError && sqlite3_stricmp(zOnError, "strict") != 0) {
    gwr_result_error(ctx, SQLITE_ERROR,
                     gwr_errorf(zFunc, "on_error must be 'strict' or 'replace', not '%s'",
                                zOnError));
    return;
  }
  if (sqlite3_value_type(argv[0]) == SQLITE_NULL) return;
  /* The bytes as stored: a BLOB as it is, TEXT as its UTF-8 bytes. */
  const unsigned char *z = sqlite3_value_blob(argv[0]);
  int n = sqlite3_value_bytes(argv[0]);
  if (z == NULL && n > 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  text_buffer out = {0};
  text_error err = {0};
  decode_result result;
  if (text_decode(z ? z : (const unsigned char *)"", (size_t)n, zCharset, errors, &out, &result,
                  &err) == TEXT_OK) {
    result_buffer(ctx, zFunc, &out);
  } else {
    result_text_error(ctx, zFunc, &err, SQLITE_OK);
  }
  text_buffer_free(&out);
}

/* ---------------------------------------------------------------- gwr_repair */

static void repair_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  static const char zFunc[] = "gwr_repair";
  (void)argc;
  text_shared *shared = sqlite3_user_data(ctx);
  sqlite3 *db = sqlite3_context_db_handle(ctx);
  gwr_doc doc;
  char *zErr;
  int rc = gwr_doc_read_interruptible(zFunc, argv[0], db, &doc, &zErr);
  if (rc != SQLITE_OK) {
    gwr_result_error(ctx, rc, zErr);
    return;
  }
  if (doc.z == NULL) return;
  text_edits edits = {0};
  text_buffer out = {0};
  text_error err = {0};
  gwr_interrupt it;
  gwr_interrupt_init(&it, db);
  text_status found = text_repair_find_ex(&shared->gbk, doc.z, doc.n, gwr_interrupt_ask, &it,
                                          &edits, &err);
  int stopped = gwr_interrupt_end(&it);
  if (found == TEXT_OK && text_repair_apply(doc.z, doc.n, &edits, &out, &err) == TEXT_OK) {
    result_buffer(ctx, zFunc, &out);
  } else {
    result_text_error(ctx, zFunc, &err, stopped);
  }
  text_buffer_free(&out);
  text_edits_free(&edits);
}

/* ---------------------------------------------------------------- gwr_repairs */

enum { REPAIRS_START, REPAIRS_END, REPAIRS_BEFORE, REPAIRS_AFTER, REPAIRS_REASON,
       REPAIRS_DOCUMENT };

static const char *const repairs_args[] = {"document"};

typedef struct repairs_vtab {
  gwr_tvf tvf;
  text_shared *shared;
} repairs_vtab;

typedef struct repairs_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *doc; /* a copy of the argument: the edits point into it */
  text_edits edits;
  size_t i;
} repairs_cursor;

static int repairs_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                           sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)argc;
  (void)argv;
  int rc = gwr_tvf_connect(db,
                           "CREATE TABLE x(start INTEGER, \"end\" INTEGER, before TEXT, "
                           "after TEXT, reason TEXT, document HIDDEN)",
                           "gwr_repairs", repairs_args, REPAIRS_DOCUMENT, 1, 1,
                           sizeof(repairs_vtab), ppVtab, pzErr);
  if (rc == SQLITE_OK) ((repairs_vtab *)*ppVtab)->shared = pAux;
  return rc;
}

static int repairs_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  repairs_cursor *c = sqlite3_malloc64(sizeof *c);
  if (c == NULL) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void repairs_reset(repairs_cursor *c)
{
  text_edits_free(&c->edits);
  sqlite3_value_free(c->doc);
  c->doc = NULL;
  c->i = 0;
}

static int repairs_close(sqlite3_vtab_cursor *cur)
{
  repairs_cursor *c = (repairs_cursor *)cur;
  repairs_reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int repairs_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                          sqlite3_value **argv)
{
  (void)idxStr;
  repairs_cursor *c = (repairs_cursor *)cur;
  repairs_vtab *vtab = (repairs_vtab *)cur->pVtab;
  repairs_reset(c);
  sqlite3_value *args[1];
  int rc = gwr_tvf_args(cur->pVtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  gwr_doc doc;
  rc = gwr_tvf_document(cur->pVtab, args[0], &c->doc, &doc);
  if (rc != SQLITE_OK || doc.z == NULL) return rc; /* NULL: no rows */
  text_error err = {0};
  gwr_interrupt it;
  gwr_interrupt_init(&it, vtab->tvf.db);
  text_status found = text_repair_find_ex(&vtab->shared->gbk, doc.z, doc.n, gwr_interrupt_ask,
                                          &it, &c->edits, &err);
  int stopped = gwr_interrupt_end(&it);
  if (found != TEXT_OK) return vtab_text_error(cur->pVtab, "gwr_repairs", &err, stopped);
  return SQLITE_OK;
}

static int repairs_next(sqlite3_vtab_cursor *cur)
{
  ((repairs_cursor *)cur)->i++;
  return SQLITE_OK;
}

static int repairs_eof(sqlite3_vtab_cursor *cur)
{
  repairs_cursor *c = (repairs_cursor *)cur;
  return c->i >= c->edits.n;
}

static int repairs_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
  repairs_cursor *c = (repairs_cursor *)cur;
  const text_edit *e = &c->edits.items[c->i];
  switch (col) {
  case REPAIRS_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)e->char_start);
    break;
  case REPAIRS_END:
    sqlite3_result_int64(ctx, (sqlite3_int64)e->char_end);
    break;
  case REPAIRS_BEFORE: {
    const char *z = (const char *)sqlite3_value_text(c->doc);
    if (z == NULL) z = (const char *)sqlite3_value_blob(c->doc);
    sqlite3_result_text(ctx, z + e->start, (int)(e->end - e->start), SQLITE_TRANSIENT);
    break;
  }
  case REPAIRS_AFTER:
    sqlite3_result_text(ctx, (const char *)e->after, (int)e->after_len, SQLITE_TRANSIENT);
    break;
  case REPAIRS_REASON:
    sqlite3_result_text(ctx, repair_reason_name(e->reason), -1, SQLITE_STATIC);
    break;
  default:
    sqlite3_result_value(ctx, c->doc);
    break;
  }
  return SQLITE_OK;
}

static int repairs_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid)
{
  *pRowid = (sqlite3_int64)((repairs_cursor *)cur)->i + 1;
  return SQLITE_OK;
}

static sqlite3_module repairs_module =
    GWR_TVF_MODULE(repairs_connect, repairs_open, repairs_close, repairs_filter, repairs_next,
                   repairs_eof, repairs_column, repairs_rowid);

/* ---------------------------------------------------------------- gwr_words */

enum { WORDS_ID, WORDS_WORD, WORDS_KIND, WORDS_START, WORDS_END, WORDS_DOCUMENT };

static const char *const words_args[] = {"document"};

/* Streams the words of one document: ICU walks the UTF-16 copy, a cursor maps each
** boundary back to bytes (for the word's text) and characters (for start and end). */
typedef struct words_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *doc;
  const unsigned char *z; /* the document's UTF-8 bytes (inside doc) */
  utf16_buffer text;      /* its UTF-16 copy */
  word_iter words;
  utf16_cursor at;        /* the start of the current word */
  size_t byte_end, char_end;
  word_kind kind;
  sqlite3_int64 id;
  int eof;
} words_cursor;

static int words_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                         sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)pAux;
  (void)argc;
  (void)argv;
  return gwr_tvf_connect(db,
                         "CREATE TABLE x(id INTEGER, word TEXT, kind TEXT, start INTEGER, "
                         "\"end\" INTEGER, document HIDDEN)",
                         "gwr_words", words_args, WORDS_DOCUMENT, 1, 1, sizeof(gwr_tvf), ppVtab,
                         pzErr);
}

static int words_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  words_cursor *c = sqlite3_malloc64(sizeof *c);
  if (c == NULL) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  c->eof = 1;
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void words_reset(words_cursor *c)
{
  word_iter_close(&c->words);
  utf16_buffer_trim(&c->text, 0);
  sqlite3_value_free(c->doc);
  c->doc = NULL;
  c->eof = 1;
  c->id = 0;
}

static int words_close(sqlite3_vtab_cursor *cur)
{
  words_cursor *c = (words_cursor *)cur;
  words_reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int words_next(sqlite3_vtab_cursor *cur)
{
  words_cursor *c = (words_cursor *)cur;
  int32_t start, end;
  text_error err = {0};
  int found = word_iter_next(&c->words, &start, &end, &c->kind, &err);
  if (found <= 0) {
    c->eof = 1;
    return found == 0 ? SQLITE_OK : vtab_text_error(cur->pVtab, "gwr_words", &err, SQLITE_OK);
  }
  utf16_cursor_advance(&c->at, start);
  utf16_cursor probe = c->at;
  utf16_cursor_advance(&probe, end);
  c->byte_end = probe.bytes;
  c->char_end = probe.chars;
  c->id++;
  return SQLITE_OK;
}

static int words_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                        sqlite3_value **argv)
{
  (void)idxStr;
  words_cursor *c = (words_cursor *)cur;
  words_reset(c);
  sqlite3_value *args[1];
  int rc = gwr_tvf_args(cur->pVtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  c->doc = sqlite3_value_dup(args[0]);
  if (c->doc == NULL) return SQLITE_NOMEM;
  gwr_doc doc;
  rc = gwr_doc_bytes(c->doc, &doc); /* checked by the conversion to UTF-16 */
  if (rc != SQLITE_OK) return rc;
  if (doc.z == NULL) return SQLITE_OK; /* NULL: no rows */
  c->z = doc.z;
  text_error err = {0};
  if (utf16_set_utf8(&c->text, doc.z, doc.n, &err) != TEXT_OK ||
      word_iter_open(&c->words, &err) != TEXT_OK ||
      word_iter_set_text(&c->words, c->text.s, c->text.len, &err) != TEXT_OK) {
    char *zErr;
    rc = doc_error("gwr_words", c->doc, &doc, &err, &zErr);
    return gwr_vtab_error(cur->pVtab, rc, zErr);
  }
  utf16_cursor_init(&c->at, c->text.s);
  c->eof = 0;
  return words_next(cur);
}

static int words_eof(sqlite3_vtab_cursor *cur)
{
  return ((words_cursor *)cur)->eof;
}

static int words_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
  words_cursor *c = (words_cursor *)cur;
  switch (col) {
  case WORDS_ID:
    sqlite3_result_int64(ctx, c->id);
    break;
  case WORDS_WORD:
    gwr_result_text(ctx, "gwr_words", "word", (const char *)c->z + c->at.bytes,
                    c->byte_end - c->at.bytes, SQLITE_TRANSIENT);
    break;
  case WORDS_KIND:
    sqlite3_result_text(ctx, word_kind_name(c->kind), -1, SQLITE_STATIC);
    break;
  case WORDS_START:
    sqlite3_result_int64(ctx, (sqlite3_int64)c->at.chars);
    break;
  case WORDS_END:
    sqlite3_result_int64(ctx, (sqlite3_int64)c->char_end);
    break;
  default:
    sqlite3_result_value(ctx, c->doc);
    break;
  }
  return SQLITE_OK;
}

static int words_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *pRowid)
{
  *pRowid = ((words_cursor *)cur)->id;
  return SQLITE_OK;
}

static sqlite3_module words_module =
    GWR_TVF_MODULE(words_connect, words_open, words_close, words_filter, words_next, words_eof,
                   words_column, words_rowid);

/* ---------------------------------------------------------------- registration */

int gwr_register_text(sqlite3 *db)
{
  text_shared *shared = sqlite3_malloc64(sizeof *shared);
  if (shared == NULL) return SQLITE_NOMEM;
  memset(shared, 0, sizeof *shared);
  text_error err = {0};
  if (gbk_table_build(&shared->gbk, &err) != TEXT_OK) {
    sqlite3_free(shared);
    return err.status == TEXT_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  /* Each registration below holds one share; SQLite releases it when the function or
  ** module goes (or at once, when registering fails). After a failure the remaining
  ** shares are released here. */
  static const struct {
    const char *name;
    int nArg;
    void (*fn)(sqlite3_context *, int, sqlite3_value **);
  } with_shared[] = {
    {"gwr_repair", 1, repair_func},
    {"gwr_normalize", 1, normalize_func},
    {"gwr_normalize", 2, normalize_func},
    {"gwr_repairs", 0, NULL}, /* the module */
  };
  const int n_shared = (int)(sizeof with_shared / sizeof with_shared[0]);
  shared->refs = n_shared;
  int rc = SQLITE_OK;
  for (int i = 0; i < n_shared; i++) {
    if (rc != SQLITE_OK) {
      text_shared_release(shared);
    } else if (with_shared[i].fn) {
      rc = sqlite3_create_function_v2(db, with_shared[i].name, with_shared[i].nArg, GWR_PURE,
                                      shared, with_shared[i].fn, NULL, NULL, text_shared_release);
    } else {
      rc = sqlite3_create_module_v2(db, with_shared[i].name, &repairs_module, shared,
                                    text_shared_release);
    }
  }
  for (int nArg = 1; rc == SQLITE_OK && nArg <= 3; nArg++) {
    rc = sqlite3_create_function(db, "gwr_decode", nArg, GWR_PURE, NULL, decode_func, NULL, NULL);
  }
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "gwr_words", &words_module, NULL);
  if (rc == SQLITE_OK) rc = gwr_register_fts5_tokenizer(db);
  return rc;
}
