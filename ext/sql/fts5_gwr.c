/*
** The FTS5 tokenizer `gwr`: Chinese word segmentation (ICU's dictionary), NFKC and case
** folding, so that full-width and half-width forms, and upper and lower case, match.
**
**   CREATE VIRTUAL TABLE docs USING fts5(body, tokenize = 'gwr');
**   SELECT highlight(docs, 0, '[', ']') FROM docs WHERE docs MATCH '营商环境';
**   SELECT rowid FROM docs WHERE docs MATCH '"深化 改革"';  -- phrase
**   SELECT rowid FROM docs WHERE docs MATCH '财政*';         -- prefix
**
** Each word of kind han, latin or number (words.h) is one token, folded with ICU's
** NFKC_Casefold; punctuation is not indexed. Offsets are the word's bytes in the text
** as given, so highlight() and snippet() mark exactly the original characters. Bytes
** that are not UTF-8 are skipped (they hold no words), never a reason to fail an INSERT.
*/
#include "fts5_gwr.h"
#include "mem.h"
#include "text_buffer.h"
#include "text_normalize.h"
#include "text_utf16.h"
#include "utf8.h"
#include "words.h"

#include <string.h>

typedef struct gwr_tokenizer {
  word_iter words;
  const UNormalizer2 *fold; /* NFKC_Casefold */
  utf16_buffer text;        /* the UTF-16 copy of the text being tokenized */
  utf16_buffer folded;      /* one folded word */
  text_buffer token;        /* the same, as UTF-8 */
} gwr_tokenizer;

static void tokenizer_delete(Fts5Tokenizer *p)
{
  gwr_tokenizer *t = (gwr_tokenizer *)p;
  if (t == NULL) return;
  word_iter_close(&t->words);
  utf16_buffer_trim(&t->text, 0);
  utf16_buffer_trim(&t->folded, 0);
  text_buffer_free(&t->token);
  sqlite3_free(t);
}

static int tokenizer_create(void *pCtx, const char **azArg, int nArg, Fts5Tokenizer **ppOut)
{
  (void)pCtx;
  (void)azArg;
  *ppOut = NULL;
  if (nArg > 0) return SQLITE_ERROR; /* the tokenizer takes no options */
  gwr_tokenizer *t = sqlite3_malloc64(sizeof *t);
  if (t == NULL) return SQLITE_NOMEM;
  memset(t, 0, sizeof *t);
  text_error err = {0};
  if (word_iter_open(&t->words, &err) != TEXT_OK ||
      normalize_instance(NORMALIZE_NFKC_CF, &t->fold, &err) != TEXT_OK) {
    tokenizer_delete((Fts5Tokenizer *)t);
    return err.status == TEXT_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
  }
  *ppOut = (Fts5Tokenizer *)t;
  return SQLITE_OK;
}

static int status_rc(const text_error *err)
{
  return err->status == TEXT_NOMEM ? SQLITE_NOMEM : SQLITE_ERROR;
}

/* Tokenizes the valid UTF-8 run z[0..n), which starts at byte `base` of the text. */
static int tokenize_run(gwr_tokenizer *t, void *pCtx, const unsigned char *z, size_t n,
                        size_t base,
                        int (*xToken)(void *, int, const char *, int, int, int))
{
  text_error err = {0};
  /* The buffers stay with the tokenizer: FTS5 tokenizes many small texts. */
  if (utf16_set_utf8(&t->text, z, n, &err) != TEXT_OK ||
      word_iter_set_text(&t->words, t->text.s, t->text.len, &err) != TEXT_OK) {
    return status_rc(&err);
  }
  utf16_cursor at;
  utf16_cursor_init(&at, t->text.s);
  int32_t start, end;
  word_kind kind;
  int found;
  while ((found = word_iter_next(&t->words, &start, &end, &kind, &err)) > 0) {
    if (kind == WORD_PUNCT) continue;
    utf16_cursor_advance(&at, start);
    size_t byte_start = at.bytes;
    utf16_cursor_advance(&at, end);
    t->token.len = 0;
    if (normalize_utf16(t->fold, t->text.s + start, end - start, &t->folded, &err) != TEXT_OK ||
        utf16_append_utf8(&t->token, t->folded.s, t->folded.len, &err) != TEXT_OK) {
      return status_rc(&err);
    }
    if (t->token.len == 0) continue; /* folded to nothing */
    if (t->token.len > INT32_MAX || base + at.bytes > INT32_MAX) return SQLITE_TOOBIG;
    int rc = xToken(pCtx, 0, (const char *)t->token.data, (int)t->token.len,
                    (int)(base + byte_start), (int)(base + at.bytes));
    if (rc != SQLITE_OK) return rc;
  }
  return found == 0 ? SQLITE_OK : status_rc(&err);
}

static int tokenizer_tokenize(Fts5Tokenizer *p, void *pCtx, int flags, const char *pText,
                              int nText, int (*xToken)(void *, int, const char *, int, int, int))
{
  (void)flags; /* documents, queries and prefixes are all cut the same way */
  gwr_tokenizer *t = (gwr_tokenizer *)p;
  const unsigned char *z = (const unsigned char *)pText;
  size_t n = nText > 0 ? (size_t)nText : 0, at = 0;
  while (at < n) {
    size_t bad = utf8_validate(z + at, n - at);
    size_t run = bad == UTF8_VALID ? n - at : bad;
    if (run > 0) {
      int rc = tokenize_run(t, pCtx, z + at, run, at, xToken);
      if (rc != SQLITE_OK) return rc;
    }
    at += run + (bad == UTF8_VALID ? 0 : 1);
  }
  return SQLITE_OK;
}

/* The connection's fts5_api, or NULL when SQLite has no FTS5. */
static fts5_api *fts5_api_of(sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK) return NULL;
  sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step(stmt);
  sqlite3_finalize(stmt);
  return api;
}

int gwr_register_fts5_tokenizer(sqlite3 *db)
{
  fts5_api *api = fts5_api_of(db);
  if (api == NULL || api->iVersion < 2) return SQLITE_OK;
  static fts5_tokenizer tokenizer = {tokenizer_create, tokenizer_delete, tokenizer_tokenize};
  return api->xCreateTokenizer(api, "gwr", NULL, &tokenizer, NULL);
}
