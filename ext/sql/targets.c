/*
** Targets (SPEC §5): every numeric statement of an indicator, the catalogue of
** indicators and the forms a connection adds.
**
**   SELECT indicator_id, value, unit, qualifier, kind, year
**   FROM gwr_targets(readfile('report.txt'), 2025) WHERE kind = 'target';
**   SELECT id, form FROM gwr_indicators WHERE id = 'cpi';
**   SELECT gwr_indicator_add('tea_output', '茶叶产量', '茶叶总产量');  -- this connection only
**
** Each connection has its own lexicons (the catalogue plus its gwr_indicator_add forms,
** and the words of statements), built on first use and freed with the connection: the
** state below is the user data of every function and module of the family,
** reference-counted.
*/
#include "glue.h"
#include "input.h"
#include "interrupt.h"
#include "lexicon_indicators.h"
#include "lexicon_targets.h"
#include "sqlvalue.h"
#include "targets.h"
#include "tvf.h"

#include <string.h>

typedef struct targets_state {
  int refs;
  indicator_lexicon *lex; /* NULL until first used */
  clause_lexicon *words;  /* NULL until first used */
} targets_state;

static void state_release(void *p)
{
  targets_state *st = p;
  if (--st->refs > 0) return;
  indicator_lexicon_free(st->lex);
  clause_lexicon_free(st->words);
  sqlite3_free(st);
}

/* The connection's lexicon, built on first use. */
static int state_lexicon(targets_state *st, indicator_lexicon **out)
{
  if (st->lex == NULL) st->lex = indicator_lexicon_new();
  *out = st->lex;
  return st->lex ? SQLITE_OK : SQLITE_NOMEM;
}

static int state_words(targets_state *st, clause_lexicon **out)
{
  if (st->words == NULL) st->words = clause_lexicon_new();
  *out = st->words;
  return st->words ? SQLITE_OK : SQLITE_NOMEM;
}

/* ---- gwr_targets(document [, year]) ------------------------------------------------- */

typedef struct targets_vtab {
  gwr_tvf base;
  targets_state *st;
} targets_vtab;

typedef struct targets_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *doc_value; /* the document, kept for the life of the rows */
  const unsigned char *doc;
  targets_parser *parser;
  gwr_interrupt interrupt;  /* asked by the parser between chunks of work */
  const target_row *row;    /* the current row, inside the parser (NULL: none) */
  sqlite3_int64 id;
  sqlite3_int64 year_arg; /* the year argument, for its hidden column */
  int has_year_arg;
  int eof;
} targets_cursor;

enum {
  TG_ID, TG_REPORT, TG_SECTION, TG_SENTENCE, TG_INDICATOR, TG_INDICATOR_ID, TG_DIRECTION,
  TG_VERB, TG_VALUE, TG_VALUE_HIGH, TG_UNIT, TG_BASE_VALUE, TG_STRETCH_VALUE, TG_QUALIFIER,
  TG_EXTRA, TG_KIND, TG_YEAR, TG_PERIOD_START, TG_PERIOD_END, TG_ANNUAL, TG_BASE_YEAR,
  TG_REDACTED, TG_TEXT, TG_START, TG_END, TG_DOCUMENT, TG_TARGET_YEAR
};

/* The hidden columns of the arguments; the year argument is called target_year because
** the visible column year is the year each figure is for. */
static const char *const targets_args[] = {"document", "year"};

static int targets_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                           sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)argc;
  (void)argv;
  int rc = gwr_tvf_connect(
      db,
      "CREATE TABLE x(id, report, section, sentence, indicator, indicator_id, direction, "
      "verb, value, value_high, unit, base_value, stretch_value, qualifier, extra, kind, "
      "year, period_start, period_end, annual, base_year, redacted, text, start, end, "
      "document HIDDEN, target_year HIDDEN)",
      "gwr_targets", targets_args, TG_DOCUMENT, 2, 1, sizeof(targets_vtab), ppVtab, pzErr);
  if (rc == SQLITE_OK) ((targets_vtab *)*ppVtab)->st = pAux;
  return rc;
}

static int targets_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  targets_cursor *cur = sqlite3_malloc64(sizeof *cur);
  if (cur == NULL) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  cur->eof = 1;
  *ppCursor = &cur->base;
  return SQLITE_OK;
}

static void targets_reset(targets_cursor *cur)
{
  targets_parser_free(cur->parser);
  cur->parser = NULL;
  gwr_interrupt_end(&cur->interrupt);
  sqlite3_value_free(cur->doc_value);
  cur->doc_value = NULL;
  cur->doc = NULL;
  cur->row = NULL;
  cur->eof = 1;
}

static int targets_close(sqlite3_vtab_cursor *cursor)
{
  targets_reset((targets_cursor *)cursor);
  sqlite3_free(cursor);
  return SQLITE_OK;
}

/* TARGETS_NOMEM or TARGETS_INTERRUPTED as SQLite's error. */
static int targets_error(targets_cursor *cur, int rc)
{
  int why = gwr_interrupt_end(&cur->interrupt);
  return gwr_interrupt_vtab_error(cur->base.pVtab, "gwr_targets",
                                  rc == TARGETS_INTERRUPTED ? why : SQLITE_NOMEM);
}

static int targets_step(targets_cursor *cur)
{
  int rc = targets_next_ref(cur->parser, &cur->row);
  if (rc != 1) cur->row = NULL;
  if (rc < 0) return targets_error(cur, rc);
  cur->eof = rc == 0;
  cur->id++;
  return SQLITE_OK;
}

static int targets_filter(sqlite3_vtab_cursor *cursor, int idxNum, const char *idxStr,
                          int argc, sqlite3_value **argv)
{
  (void)idxStr;
  targets_cursor *cur = (targets_cursor *)cursor;
  targets_vtab *vt = (targets_vtab *)cursor->pVtab;
  sqlite3_value *args[2];
  targets_reset(cur);
  cur->id = 0;
  int rc = gwr_tvf_args(cursor->pVtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  char *zErr = NULL;
  sqlite3_int64 year = 0;
  int year_null = 1;
  cur->has_year_arg = 0;
  if (args[1]) {
    rc = gwr_arg_int("gwr_targets", "year", args[1], &year, &year_null, &zErr);
    if (rc != SQLITE_OK) return gwr_vtab_error(cursor->pVtab, rc, zErr);
    if (!year_null && (year < 1000 || year > 9999)) {
      zErr = gwr_errorf("gwr_targets", "argument 'year' must be a year between 1000 and 9999, not %lld",
                        (long long)year);
      return gwr_vtab_error(cursor->pVtab, SQLITE_ERROR, zErr);
    }
    cur->year_arg = year;
    cur->has_year_arg = !year_null;
  }
  /* The rows point into the document: keep our own copy of the argument. */
  gwr_doc doc;
  rc = gwr_tvf_document(cursor->pVtab, args[0], &cur->doc_value, &doc);
  if (rc != SQLITE_OK || doc.z == NULL) return rc; /* NULL: no rows */
  indicator_lexicon *lex;
  clause_lexicon *words;
  if (state_lexicon(vt->st, &lex) != SQLITE_OK || state_words(vt->st, &words) != SQLITE_OK)
    return SQLITE_NOMEM;
  cur->doc = doc.z;
  gwr_interrupt_init(&cur->interrupt, vt->base.db);
  rc = targets_parser_new_ex(doc.z, doc.n, year_null ? 0 : (int)year, lex, words,
                             gwr_interrupt_ask, &cur->interrupt, &cur->parser);
  if (rc < 0) return targets_error(cur, rc);
  return targets_step(cur);
}

static int targets_next_row(sqlite3_vtab_cursor *cursor)
{
  return targets_step((targets_cursor *)cursor);
}

static int targets_eof(sqlite3_vtab_cursor *cursor)
{
  return ((targets_cursor *)cursor)->eof;
}

static void result_int_or_null(sqlite3_context *ctx, int v)
{
  if (v) sqlite3_result_int(ctx, v);
  else sqlite3_result_null(ctx);
}

static void result_name(sqlite3_context *ctx, const char *z)
{
  if (z && z[0]) sqlite3_result_text(ctx, z, -1, SQLITE_TRANSIENT);
  else sqlite3_result_null(ctx);
}

static int targets_column(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int col)
{
  targets_cursor *cur = (targets_cursor *)cursor;
  static const target_row none; /* before the first row and after the last */
  const target_row *r = cur->row ? cur->row : &none;
  const quantity *q = &r->figure;
  switch (col) {
  case TG_ID: sqlite3_result_int64(ctx, cur->id); break;
  case TG_REPORT: sqlite3_result_int(ctx, r->report); break;
  case TG_SECTION: result_int_or_null(ctx, r->section); break;
  case TG_SENTENCE: result_int_or_null(ctx, r->sentence); break;
  case TG_INDICATOR: result_name(ctx, r->indicator); break;
  case TG_INDICATOR_ID: result_name(ctx, r->form ? r->form->id : NULL); break;
  case TG_DIRECTION: result_name(ctx, target_direction_name(r->direction)); break;
  case TG_VERB: result_name(ctx, r->verb); break;
  case TG_VALUE:
    if (!q->redacted) gwr_result_numeral(ctx, &q->value);
    break;
  case TG_VALUE_HIGH:
    if (q->has_high && !q->high_redacted) gwr_result_numeral(ctx, &q->value_high);
    break;
  case TG_UNIT: sqlite3_result_text(ctx, q->unit, -1, SQLITE_TRANSIENT); break;
  case TG_BASE_VALUE:
    if (!q->redacted) gwr_result_numeral_scaled(ctx, &q->value, q->scale_exp);
    break;
  case TG_STRETCH_VALUE:
    if (r->has_stretch) gwr_result_numeral(ctx, &r->stretch);
    break;
  case TG_QUALIFIER: result_name(ctx, r->qualifier); break;
  case TG_EXTRA:
    if (r->extra_end > r->extra_start)
      gwr_result_text(ctx, "gwr_targets", "extra", (const char *)cur->doc + r->extra_start,
                      r->extra_end - r->extra_start, SQLITE_TRANSIENT);
    break;
  case TG_KIND: result_name(ctx, target_kind_name(r->kind)); break;
  case TG_YEAR: result_int_or_null(ctx, r->year); break;
  case TG_PERIOD_START: result_int_or_null(ctx, r->period_start); break;
  case TG_PERIOD_END: result_int_or_null(ctx, r->period_end); break;
  case TG_ANNUAL: sqlite3_result_int(ctx, r->annual); break;
  case TG_BASE_YEAR: result_int_or_null(ctx, r->base_year); break;
  case TG_REDACTED: sqlite3_result_int(ctx, q->redacted); break;
  case TG_TEXT:
    gwr_result_text(ctx, "gwr_targets", "text", (const char *)cur->doc + r->start,
                    r->end - r->start, SQLITE_TRANSIENT);
    break;
  case TG_START: sqlite3_result_int64(ctx, (sqlite3_int64)r->char_start); break;
  case TG_END: sqlite3_result_int64(ctx, (sqlite3_int64)r->char_end); break;
  case TG_DOCUMENT: sqlite3_result_value(ctx, cur->doc_value); break;
  case TG_TARGET_YEAR:
    if (cur->has_year_arg) sqlite3_result_int64(ctx, cur->year_arg);
    break;
  default: break;
  }
  return SQLITE_OK;
}

static int targets_rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *pRowid)
{
  *pRowid = ((targets_cursor *)cursor)->id;
  return SQLITE_OK;
}

static sqlite3_module targets_module =
    GWR_TVF_MODULE(targets_connect, targets_open, targets_close, targets_filter,
                   targets_next_row, targets_eof, targets_column, targets_rowid);

/* ---- gwr_indicator_add(id, form [, name]) ----------------------------------------- */

static void indicator_add_func(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
  static const char zFunc[] = "gwr_indicator_add";
  static const char *const azArg[] = {"id", "form", "name"};
  gwr_doc args[3] = {{NULL, 0}, {NULL, 0}, {NULL, 0}};
  char *zErr = NULL;
  for (int i = 0; i < argc; i++) {
    int rc = gwr_doc_read(zFunc, argv[i], &args[i], &zErr);
    if (rc != SQLITE_OK) {
      gwr_result_error(ctx, rc, zErr);
      return;
    }
    if (args[i].z == NULL && i < 2) {
      gwr_result_error(ctx, SQLITE_ERROR, gwr_errorf(zFunc, "argument '%s' is NULL", azArg[i]));
      return;
    }
  }
  /* The id and the name are C strings for the lexicon: copies, NUL-terminated. */
  char *zId = sqlite3_mprintf("%.*s", (int)args[0].n, (const char *)args[0].z);
  char *zName = args[2].z ? sqlite3_mprintf("%.*s", (int)args[2].n, (const char *)args[2].z) : NULL;
  indicator_lexicon *lex;
  int rc = state_lexicon(sqlite3_user_data(ctx), &lex);
  if (rc != SQLITE_OK || zId == NULL || (args[2].z && zName == NULL)) {
    sqlite3_free(zId);
    sqlite3_free(zName);
    sqlite3_result_error_nomem(ctx);
    return;
  }
  /* An error below is a message, or SQLITE_NOMEM when even that could not be made. */
  int failed = 1;
  if (zName && (strlen(zName) != args[2].n || zName[0] == 0)) {
    zErr = gwr_errorf(zFunc, "argument 'name' must be a non-empty text without NUL characters");
  } else if (strlen(zId) != args[0].n) {
    zErr = gwr_errorf(zFunc, "argument 'id' must not contain NUL characters");
  } else {
    const indicator_form *known;
    switch (indicator_lexicon_add(lex, zId, (const char *)args[1].z, args[1].n, zName)) {
    case INDICATOR_ADDED:
      sqlite3_result_int(ctx, 1);
      failed = 0;
      break;
    case INDICATOR_UNCHANGED:
      sqlite3_result_int(ctx, 0);
      failed = 0;
      break;
    case INDICATOR_NOMEM:
      break;
    case INDICATOR_BAD_ID:
      zErr = gwr_errorf(zFunc, "id '%q' must be 1 to 64 of the characters a-z, 0-9 and _", zId);
      break;
    case INDICATOR_BAD_FORM:
      zErr = gwr_errorf(zFunc, "form must be 1 to 64 characters, not only spaces");
      break;
    case INDICATOR_NAME_CONFLICT:
      known = indicator_lexicon_find_id(lex, zId);
      zErr = gwr_errorf(zFunc, "indicator '%q' is named '%q', not '%q'", zId, known->name, zName);
      break;
    }
  }
  if (failed) gwr_result_error(ctx, zErr ? SQLITE_ERROR : SQLITE_NOMEM, zErr);
  sqlite3_free(zId);
  sqlite3_free(zName);
}

/* ---- gwr_indicators ---------------------------------------------------------------- */

typedef struct indicators_vtab {
  gwr_tvf base;
  targets_state *st;
} indicators_vtab;

typedef struct indicators_cursor {
  sqlite3_vtab_cursor base;
  indicator_lexicon *lex;
  size_t i; /* the current form */
} indicators_cursor;

enum { IND_ID, IND_NAME, IND_NAME_EN, IND_FORM, IND_UNIT };

static int indicators_connect(sqlite3 *db, void *pAux, int argc, const char *const *argv,
                              sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)argc;
  (void)argv;
  int rc = gwr_tvf_connect(db, "CREATE TABLE x(id, name, name_en, form, unit)",
                           "gwr_indicators", NULL, 5, 0, 0, sizeof(indicators_vtab), ppVtab,
                           pzErr);
  if (rc == SQLITE_OK) ((indicators_vtab *)*ppVtab)->st = pAux;
  return rc;
}

static int indicators_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  indicators_cursor *cur = sqlite3_malloc64(sizeof *cur);
  if (cur == NULL) return SQLITE_NOMEM;
  memset(cur, 0, sizeof *cur);
  *ppCursor = &cur->base;
  return SQLITE_OK;
}

static int indicators_close(sqlite3_vtab_cursor *cursor)
{
  sqlite3_free(cursor);
  return SQLITE_OK;
}

/* Steps to the first visible form at or after cur->i. */
static void indicators_skip(indicators_cursor *cur)
{
  size_t n = indicator_lexicon_count(cur->lex);
  while (cur->i < n && indicator_lexicon_form(cur->lex, cur->i)->shadowed) cur->i++;
}

static int indicators_filter(sqlite3_vtab_cursor *cursor, int idxNum, const char *idxStr,
                             int argc, sqlite3_value **argv)
{
  (void)idxNum;
  (void)idxStr;
  (void)argc;
  (void)argv;
  indicators_cursor *cur = (indicators_cursor *)cursor;
  indicators_vtab *vt = (indicators_vtab *)cursor->pVtab;
  int rc = state_lexicon(vt->st, &cur->lex);
  if (rc != SQLITE_OK) return rc;
  cur->i = 0;
  indicators_skip(cur);
  return SQLITE_OK;
}

static int indicators_next(sqlite3_vtab_cursor *cursor)
{
  indicators_cursor *cur = (indicators_cursor *)cursor;
  cur->i++;
  indicators_skip(cur);
  return SQLITE_OK;
}

static int indicators_eof(sqlite3_vtab_cursor *cursor)
{
  indicators_cursor *cur = (indicators_cursor *)cursor;
  return cur->lex == NULL || cur->i >= indicator_lexicon_count(cur->lex);
}

static void result_text_or_null(sqlite3_context *ctx, const char *z)
{
  if (z) sqlite3_result_text(ctx, z, -1, SQLITE_STATIC);
  else sqlite3_result_null(ctx);
}

static int indicators_column(sqlite3_vtab_cursor *cursor, sqlite3_context *ctx, int col)
{
  indicators_cursor *cur = (indicators_cursor *)cursor;
  const indicator_form *f = indicator_lexicon_form(cur->lex, cur->i);
  /* The strings live as long as the lexicon, i.e. the connection: SQLITE_STATIC is safe
  ** for the life of the row. */
  switch (col) {
  case IND_ID: result_text_or_null(ctx, f->id); break;
  case IND_NAME: result_text_or_null(ctx, f->name); break;
  case IND_NAME_EN: result_text_or_null(ctx, f->name_en); break;
  case IND_FORM: result_text_or_null(ctx, f->form); break;
  case IND_UNIT: result_text_or_null(ctx, f->unit); break;
  }
  return SQLITE_OK;
}

static int indicators_rowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *pRowid)
{
  *pRowid = (sqlite3_int64)((indicators_cursor *)cursor)->i + 1;
  return SQLITE_OK;
}

static sqlite3_module indicators_module =
    GWR_TVF_MODULE(indicators_connect, indicators_open, indicators_close, indicators_filter,
                   indicators_next, indicators_eof, indicators_column, indicators_rowid);

/* ---- registration ------------------------------------------------------------------ */

int gwr_register_targets(sqlite3 *db)
{
  targets_state *st = sqlite3_malloc64(sizeof *st);
  if (st == NULL) return SQLITE_NOMEM;
  memset(st, 0, sizeof *st);
  /* Every registration holds a reference, taken before the call: SQLite calls the
  ** destructor itself when a registration fails. */
  st->refs = 1; /* ours, until the end of this function */
  st->refs++;
  int rc = sqlite3_create_module_v2(db, "gwr_targets", &targets_module, st, state_release);
  if (rc == SQLITE_OK) {
    st->refs++;
    rc = sqlite3_create_module_v2(db, "gwr_indicators", &indicators_module, st, state_release);
  }
  for (int nArg = 2; rc == SQLITE_OK && nArg <= 3; nArg++) {
    /* DIRECTONLY: adding forms changes what later queries read, so only top-level SQL
    ** may call it, never a view, trigger or schema the user did not write. */
    st->refs++;
    rc = sqlite3_create_function_v2(db, "gwr_indicator_add", nArg,
                                    SQLITE_UTF8 | SQLITE_DIRECTONLY, st, indicator_add_func,
                                    NULL, NULL, state_release);
  }
  state_release(st);
  return rc;
}
