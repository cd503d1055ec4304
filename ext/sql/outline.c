/*
** Outline (SPEC §4): the heading tree and the sentences of a report.
**
**   SELECT id, depth, kind, marker, title, role FROM gwr_sections(:report);
**   SELECT body FROM gwr_sections(:report) WHERE title LIKE '%预期目标%';
**   SELECT s.text FROM gwr_sentences(:report) s JOIN gwr_sections(:report) h
**     ON h.id = s.section WHERE h.role = 'targets';
**
** Both are table-valued functions (tvf.h). xFilter parses the whole document once
** (ext/core/outline.c, sentence.c); rows then only step. Offsets are converted from
** bytes to characters with a forward-only cursor, so a scan stays linear. Titles,
** bodies and sentence texts are joined across hard line wraps (linewrap.h) and built
** only when a query asks for them.
*/
#include "input.h"
#include "interrupt.h"
#include "tvf.h"

#include "outline.h"
#include "sentence.h"
#include "utf8.h"

#include <string.h>

/* ---- Shared: the document and byte-to-character offsets ------------------------- */

typedef struct char_cursor {
  const unsigned char *s;
  size_t byte;
  sqlite3_int64 chars;
} char_cursor;

/* Character offset of byte pos; forward moves cost the distance, a backward one
** restarts from the beginning (queries read rows in order, so that is rare). */
static sqlite3_int64 char_offset(char_cursor *c, size_t pos)
{
  if (pos < c->byte) {
    c->byte = 0;
    c->chars = 0;
  }
  c->chars += (sqlite3_int64)utf8_length(c->s + c->byte, pos - c->byte);
  c->byte = pos;
  return c->chars;
}

static void str_emit(void *ctx, const unsigned char *p, size_t len)
{
  sqlite3_str_append((sqlite3_str *)ctx, (const char *)p, (int)len);
}

/* The text of doc[start..end) with hard wraps joined, as a result value. */
static void result_joined(sqlite3_context *ctx, const char *zFunc, const char *zWhat,
                          linewrap_reader *r, size_t start, size_t end)
{
  sqlite3_str *str = sqlite3_str_new(NULL);
  linewrap_join(r, start, end, str_emit, str);
  gwr_result_str(ctx, zFunc, zWhat, str);
}

/* Parses the document, stopping when the statement is interrupted. */
static int parse_document(sqlite3_vtab *vtab, const char *zFunc, const gwr_doc *doc,
                          unsigned flags, outline **o)
{
  gwr_interrupt it;
  gwr_interrupt_init(&it, ((gwr_tvf *)vtab)->db);
  int parsed = outline_parse_ex(doc->z, doc->n, flags, gwr_interrupt_ask, &it, o);
  int rc = gwr_interrupt_end(&it);
  if (parsed == OUTLINE_OK) return SQLITE_OK;
  return gwr_interrupt_vtab_error(vtab, zFunc, parsed == OUTLINE_INTERRUPTED ? rc : SQLITE_NOMEM);
}

/* ---- gwr_sections --------------------------------------------------------------- */

static const char *const sections_args[] = {"document"};

enum {
  SEC_ID, SEC_PARENT, SEC_DEPTH, SEC_REPORT, SEC_KIND, SEC_MARKER, SEC_ORDINAL, SEC_TITLE,
  SEC_RUN_IN, SEC_ROLE, SEC_BODY, SEC_START, SEC_END, SEC_PATH, SEC_DOCUMENT
};

typedef struct sections_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *doc_value; /* our copy of the document argument */
  gwr_doc doc;
  outline *o;
  int row;                  /* 1-based id of the current section */
  sqlite3_int64 *chars;     /* character offsets: start and end of each section */
  linewrap_reader reader;   /* joins titles and bodies, forward only ... */
  int reader_ready;         /* ... made on first use: count(*) needs none */
  char *title, *body;       /* the current row's texts, built on first use */
  int title_len, body_len;
  int texts_row;            /* the row they belong to */
} sections_cursor;

static int sections_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                            sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)aux;
  (void)argc;
  (void)argv;
  return gwr_tvf_connect(db,
                         "CREATE TABLE x(id INTEGER, parent INTEGER, depth INTEGER, "
                         "report INTEGER, kind TEXT, marker TEXT, ordinal INTEGER, title TEXT, "
                         "run_in INTEGER, role TEXT, body TEXT, start INTEGER, \"end\" INTEGER, "
                         "path TEXT, document HIDDEN)",
                         "gwr_sections", sections_args, SEC_DOCUMENT, 1, 1, sizeof(gwr_tvf),
                         ppVtab, pzErr);
}

static int sections_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  sections_cursor *c = sqlite3_malloc(sizeof *c);
  if (c == NULL) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void sections_texts_clear(sections_cursor *c)
{
  sqlite3_free(c->title);
  sqlite3_free(c->body);
  c->title = c->body = NULL;
  c->texts_row = 0;
}

static void sections_reset(sections_cursor *c)
{
  sections_texts_clear(c);
  outline_free(c->o);
  c->o = NULL;
  sqlite3_free(c->chars);
  c->chars = NULL;
  sqlite3_value_free(c->doc_value);
  c->doc_value = NULL;
  c->row = 0;
}

static int sections_close(sqlite3_vtab_cursor *cur)
{
  sections_cursor *c = (sections_cursor *)cur;
  sections_reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

/* Character offsets of every section's start and end, in one pass over the starts
** (they never decrease); an end is a later start, or the document's end, less the
** spaces trimmed before it. */
static int sections_char_offsets(sections_cursor *c)
{
  int count = outline_count(c->o);
  c->chars = sqlite3_malloc64(sizeof *c->chars * (2 * (size_t)count + 1));
  if (c->chars == NULL) return SQLITE_NOMEM;
  char_cursor cc = {c->doc.z, 0, 0};
  for (int id = 1; id <= count; id++) c->chars[2 * (id - 1)] = char_offset(&cc, outline_get(c->o, id)->start);
  sqlite3_int64 total = char_offset(&cc, c->doc.n);
  for (int id = 1; id <= count; id++) {
    const outline_section *sec = outline_get(c->o, id);
    sqlite3_int64 at_limit = total;
    if (sec->limit < c->doc.n) {
      /* the section that starts at the limit: the first one after sec not inside it */
      int lo = id, hi = count;
      while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (outline_get(c->o, mid + 1)->start < sec->limit) lo = mid + 1;
        else hi = mid;
      }
      at_limit = lo < count ? c->chars[2 * lo] : total;
    }
    c->chars[2 * (id - 1) + 1] =
        at_limit - (sqlite3_int64)utf8_length(c->doc.z + sec->end, sec->limit - sec->end);
  }
  return SQLITE_OK;
}

static int sections_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr, int argc,
                           sqlite3_value **argv)
{
  (void)idxStr;
  sections_cursor *c = (sections_cursor *)cur;
  sqlite3_vtab *vtab = cur->pVtab;
  sqlite3_value *args[1];
  sections_reset(c);
  int rc = gwr_tvf_args(vtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  rc = gwr_tvf_document(vtab, args[0], &c->doc_value, &c->doc);
  if (rc != SQLITE_OK || c->doc.z == NULL) return rc;
  rc = parse_document(vtab, "gwr_sections", &c->doc, 0, &c->o);
  if (rc != SQLITE_OK) return rc;
  rc = sections_char_offsets(c);
  if (rc != SQLITE_OK) return rc;
  c->reader_ready = 0;
  c->row = 1;
  return SQLITE_OK;
}

static int sections_next(sqlite3_vtab_cursor *cur)
{
  sections_cursor *c = (sections_cursor *)cur;
  c->row++;
  return SQLITE_OK;
}

static int sections_eof(sqlite3_vtab_cursor *cur)
{
  sections_cursor *c = (sections_cursor *)cur;
  return c->o == NULL || c->row > outline_count(c->o);
}

static int sections_rowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid)
{
  *pRowid = ((sections_cursor *)cur)->row;
  return SQLITE_OK;
}

static char *joined_text(sections_cursor *c, size_t start, size_t end, int *len)
{
  if (!c->reader_ready) {
    outline_reader_init(c->o, &c->reader);
    c->reader_ready = 1;
  }
  sqlite3_str *str = sqlite3_str_new(NULL);
  linewrap_join(&c->reader, start, end, str_emit, str);
  *len = sqlite3_str_length(str);
  if (sqlite3_str_errcode(str) != SQLITE_OK) {
    sqlite3_free(sqlite3_str_finish(str));
    return NULL;
  }
  char *z = sqlite3_str_finish(str);
  return z ? z : sqlite3_mprintf("");
}

/* Title and body of the current row, built together so the reader moves forward. */
static int sections_texts(sections_cursor *c, const outline_section *sec)
{
  if (c->texts_row == c->row) return SQLITE_OK;
  sections_texts_clear(c);
  c->title = joined_text(c, sec->title_start, sec->title_end, &c->title_len);
  c->body = c->title ? joined_text(c, sec->body_start, sec->body_end, &c->body_len) : NULL;
  if (c->title == NULL || c->body == NULL) return SQLITE_NOMEM;
  c->texts_row = c->row;
  return SQLITE_OK;
}

/* "3/2/1": the ordinals from the top, '*' for a section without one. */
static void result_path(sqlite3_context *ctx, const outline *o, const outline_section *sec)
{
  int ordinals[64], depth = 0;
  for (const outline_section *p = sec; p && depth < 64; p = outline_get(o, p->parent))
    ordinals[depth++] = p->ordinal;
  sqlite3_str *str = sqlite3_str_new(sqlite3_context_db_handle(ctx));
  for (int k = depth - 1; k >= 0; k--) {
    if (ordinals[k] > 0) sqlite3_str_appendf(str, "%d", ordinals[k]);
    else sqlite3_str_appendchar(str, 1, '*');
    if (k > 0) sqlite3_str_appendchar(str, 1, '/');
  }
  int n = sqlite3_str_length(str);
  char *z = sqlite3_str_finish(str);
  if (z == NULL) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  sqlite3_result_text(ctx, z, n, sqlite3_free);
}

static int sections_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
  sections_cursor *c = (sections_cursor *)cur;
  const outline_section *sec = outline_get(c->o, c->row);
  switch (col) {
  case SEC_ID: sqlite3_result_int(ctx, sec->id); break;
  case SEC_PARENT:
    if (sec->parent) sqlite3_result_int(ctx, sec->parent);
    break;
  case SEC_DEPTH: sqlite3_result_int(ctx, sec->depth); break;
  case SEC_REPORT: sqlite3_result_int(ctx, sec->report); break;
  case SEC_KIND: sqlite3_result_text(ctx, outline_kind_name(sec->kind), -1, SQLITE_STATIC); break;
  case SEC_MARKER:
    if (sec->marker_end > sec->marker_start)
      sqlite3_result_text(ctx, (const char *)c->doc.z + sec->marker_start,
                          (int)(sec->marker_end - sec->marker_start), SQLITE_TRANSIENT);
    break;
  case SEC_ORDINAL:
    if (sec->ordinal > 0) sqlite3_result_int(ctx, sec->ordinal);
    break;
  case SEC_TITLE:
  case SEC_BODY: {
    int rc = sections_texts(c, sec);
    if (rc != SQLITE_OK) return rc;
    if (col == SEC_TITLE) {
      /* NULL for a report found by a numbering restart, which has no title line */
      if (sec->title_end > sec->title_start)
        gwr_result_text(ctx, "gwr_sections", "title", c->title, (sqlite3_uint64)c->title_len,
                        SQLITE_TRANSIENT);
    } else {
      gwr_result_text(ctx, "gwr_sections", "body", c->body, (sqlite3_uint64)c->body_len,
                      SQLITE_TRANSIENT);
    }
    break;
  }
  case SEC_RUN_IN: sqlite3_result_int(ctx, sec->run_in); break;
  case SEC_ROLE: sqlite3_result_text(ctx, outline_role_name(sec->role), -1, SQLITE_STATIC); break;
  case SEC_START: sqlite3_result_int64(ctx, c->chars[2 * (c->row - 1)]); break;
  case SEC_END: sqlite3_result_int64(ctx, c->chars[2 * (c->row - 1) + 1]); break;
  case SEC_PATH: result_path(ctx, c->o, sec); break;
  default: sqlite3_result_value(ctx, c->doc_value); break;
  }
  return SQLITE_OK;
}

static sqlite3_module sections_module =
    GWR_TVF_MODULE(sections_connect, sections_open, sections_close, sections_filter,
                   sections_next, sections_eof, sections_column, sections_rowid);

/* ---- gwr_sentences -------------------------------------------------------------- */

static const char *const sentences_args[] = {"document"};

enum { SEN_ID, SEN_SECTION, SEN_TEXT, SEN_START, SEN_END, SEN_DOCUMENT };

typedef struct sentences_cursor {
  sqlite3_vtab_cursor base;
  sqlite3_value *doc_value;
  gwr_doc doc;
  outline *o;               /* parsed with its sentences */
  int row;                  /* 1-based id of the current sentence */
  const sentence *current;
  char_cursor chars;
  sqlite3_int64 start_char, end_char;
  int chars_row;            /* the row start_char and end_char belong to */
  linewrap_reader reader;   /* joins sentence texts, forward only ... */
  int reader_ready;         /* ... made on first use: count(*) needs none */
} sentences_cursor;

static int sentences_connect(sqlite3 *db, void *aux, int argc, const char *const *argv,
                             sqlite3_vtab **ppVtab, char **pzErr)
{
  (void)aux;
  (void)argc;
  (void)argv;
  return gwr_tvf_connect(db,
                         "CREATE TABLE x(id INTEGER, section INTEGER, text TEXT, start INTEGER, "
                         "\"end\" INTEGER, document HIDDEN)",
                         "gwr_sentences", sentences_args, SEN_DOCUMENT, 1, 1, sizeof(gwr_tvf),
                         ppVtab, pzErr);
}

static int sentences_open(sqlite3_vtab *vtab, sqlite3_vtab_cursor **ppCursor)
{
  (void)vtab;
  sentences_cursor *c = sqlite3_malloc(sizeof *c);
  if (c == NULL) return SQLITE_NOMEM;
  memset(c, 0, sizeof *c);
  *ppCursor = &c->base;
  return SQLITE_OK;
}

static void sentences_reset(sentences_cursor *c)
{
  outline_free(c->o);
  c->o = NULL;
  sqlite3_value_free(c->doc_value);
  c->doc_value = NULL;
  c->current = NULL;
  c->row = 0;
}

static int sentences_close(sqlite3_vtab_cursor *cur)
{
  sentences_cursor *c = (sentences_cursor *)cur;
  sentences_reset(c);
  sqlite3_free(c);
  return SQLITE_OK;
}

static int sentences_step(sentences_cursor *c)
{
  c->current = c->o ? sentence_get(c->o, c->row) : NULL;
  return SQLITE_OK;
}

/* The current sentence's character offsets, both at once and only when asked for, from
** a forward-only cursor: rows come in order, so a scan counts each byte once. */
static void sentences_chars(sentences_cursor *c)
{
  if (c->chars_row == c->row) return;
  c->start_char = char_offset(&c->chars, c->current->start);
  c->end_char = char_offset(&c->chars, c->current->end);
  c->chars_row = c->row;
}

static int sentences_filter(sqlite3_vtab_cursor *cur, int idxNum, const char *idxStr,
                            int argc, sqlite3_value **argv)
{
  (void)idxStr;
  sentences_cursor *c = (sentences_cursor *)cur;
  sqlite3_vtab *vtab = cur->pVtab;
  sqlite3_value *args[1];
  sentences_reset(c);
  int rc = gwr_tvf_args(vtab, idxNum, argc, argv, args);
  if (rc != SQLITE_OK) return rc;
  rc = gwr_tvf_document(vtab, args[0], &c->doc_value, &c->doc);
  if (rc != SQLITE_OK || c->doc.z == NULL) return rc;
  /* sentences carry no role: the cue tables are not read */
  rc = parse_document(vtab, "gwr_sentences", &c->doc, OUTLINE_SENTENCES | OUTLINE_NO_ROLES, &c->o);
  if (rc != SQLITE_OK) return rc;
  c->reader_ready = 0;
  c->chars.s = c->doc.z;
  c->chars.byte = 0;
  c->chars.chars = 0;
  c->chars_row = 0;
  c->row = 1;
  return sentences_step(c);
}

static int sentences_next(sqlite3_vtab_cursor *cur)
{
  sentences_cursor *c = (sentences_cursor *)cur;
  c->row++;
  return sentences_step(c);
}

static int sentences_eof(sqlite3_vtab_cursor *cur)
{
  return ((sentences_cursor *)cur)->current == NULL;
}

static int sentences_rowid(sqlite3_vtab_cursor *cur, sqlite_int64 *pRowid)
{
  *pRowid = ((sentences_cursor *)cur)->row;
  return SQLITE_OK;
}

static int sentences_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
  sentences_cursor *c = (sentences_cursor *)cur;
  switch (col) {
  case SEN_ID: sqlite3_result_int(ctx, c->current->id); break;
  case SEN_SECTION:
    if (c->current->section) sqlite3_result_int(ctx, c->current->section);
    break;
  case SEN_TEXT:
    if (!c->reader_ready) {
      outline_reader_init(c->o, &c->reader);
      c->reader_ready = 1;
    }
    result_joined(ctx, "gwr_sentences", "text", &c->reader, c->current->start, c->current->end);
    break;
  case SEN_START:
    sentences_chars(c);
    sqlite3_result_int64(ctx, c->start_char);
    break;
  case SEN_END:
    sentences_chars(c);
    sqlite3_result_int64(ctx, c->end_char);
    break;
  default: sqlite3_result_value(ctx, c->doc_value); break;
  }
  return SQLITE_OK;
}

static sqlite3_module sentences_module =
    GWR_TVF_MODULE(sentences_connect, sentences_open, sentences_close, sentences_filter,
                   sentences_next, sentences_eof, sentences_column, sentences_rowid);

int gwr_register_outline(sqlite3 *db)
{
  int rc = sqlite3_create_module(db, "gwr_sections", &sections_module, NULL);
  if (rc == SQLITE_OK) rc = sqlite3_create_module(db, "gwr_sentences", &sentences_module, NULL);
  return rc;
}
