/*
** Targets (SPEC §5): the catalogue of indicators and the forms a connection adds.
**
**   SELECT id, form FROM gwr_indicators WHERE id = 'cpi';
**   SELECT gwr_indicator_add('tea_output', '茶叶产量', '茶叶总产量');  -- this connection only
**
** Each connection has its own lexicon (the catalogue plus its gwr_indicator_add forms),
** built on first use and freed with the connection: the state below is the user data of
** every function and module of the family, reference-counted.
*/
#include "glue.h"
#include "input.h"
#include "lexicon_indicators.h"
#include "tvf.h"

#include <string.h>

typedef struct targets_state {
  int refs;
  indicator_lexicon *lex; /* NULL until first used */
} targets_state;

static void state_release(void *p)
{
  targets_state *st = p;
  if (--st->refs > 0) return;
  indicator_lexicon_free(st->lex);
  sqlite3_free(st);
}

/* The connection's lexicon, built on first use. */
static int state_lexicon(targets_state *st, indicator_lexicon **out)
{
  if (st->lex == NULL) st->lex = indicator_lexicon_new();
  *out = st->lex;
  return st->lex ? SQLITE_OK : SQLITE_NOMEM;
}

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
  int rc = sqlite3_create_module_v2(db, "gwr_indicators", &indicators_module, st, state_release);
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
