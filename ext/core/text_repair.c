/*
** Repairs of damaged report text: see text_repair.h.
*/
#include "text_repair.h"
#include "mem.h"
#include "text_utf16.h"
#include "utf8.h"
#include "words.h"

#include <string.h>

const char *repair_reason_name(repair_reason reason)
{
  return reason == REPAIR_GBK_MERGE ? "gbk_merge" : "hard_wrap";
}

void text_edits_free(text_edits *edits)
{
  gwr_mem_free(edits->items);
  edits->items = NULL;
  edits->n = edits->cap = 0;
}

static text_status add_edit(text_edits *edits, const text_edit *e, text_error *err)
{
  if (edits->n == edits->cap) {
    size_t cap = edits->cap ? edits->cap * 2 : 16;
    text_edit *p = gwr_mem_realloc(edits->items, cap * sizeof(text_edit));
    if (p == NULL) return text_nomem(err);
    edits->items = p;
    edits->cap = cap;
  }
  edits->items[edits->n++] = *e;
  return TEXT_OK;
}

/* Collects the GBK damage as edits: the merged character becomes the character and its
** mark. Spans are mapped from UTF-16 back to bytes and characters as the scan advances. */
typedef struct gbk_collect {
  text_edits *edits;
  utf16_cursor cursor;
} gbk_collect;

static text_status collect_gbk(void *arg, const gbk_damage *d, text_error *err)
{
  gbk_collect *c = arg;
  text_edit e;
  memset(&e, 0, sizeof e);
  utf16_cursor_advance(&c->cursor, d->at);
  e.start = c->cursor.bytes;
  e.char_start = c->cursor.chars;
  utf16_cursor_advance(&c->cursor, d->at + 1);
  e.end = c->cursor.bytes;
  e.char_end = c->cursor.chars;
  e.after_len = (size_t)utf8_encode(d->merge->character, e.after);
  e.after_len += (size_t)utf8_encode(d->merge->mark, e.after + e.after_len);
  e.reason = REPAIR_GBK_MERGE;
  return add_edit(c->edits, &e, err);
}

static text_status find_gbk(const gbk_table *gbk, const unsigned char *z, size_t n,
                            text_edits *out, text_error *err)
{
  utf16_buffer text = {0};
  word_iter words = {0};
  if (utf16_set_utf8(&text, z, n, err) == TEXT_OK && word_iter_open(&words, err) == TEXT_OK) {
    gbk_collect c = {out, {0}};
    utf16_cursor_init(&c.cursor, text.s);
    gbk_repair_scan(gbk, &words, text.s, text.len, collect_gbk, &c, err);
  }
  word_iter_close(&words);
  utf16_buffer_trim(&text, 0);
  return err->status;
}

text_status text_repair_find(const gbk_table *gbk, const unsigned char *z, size_t n,
                             text_edits *out, text_error *err)
{
  return find_gbk(gbk, z, n, out, err);
}

text_status text_repair_apply(const unsigned char *z, size_t n, const text_edits *edits,
                              text_buffer *out, text_error *err)
{
  size_t at = 0;
  for (size_t i = 0; i < edits->n; i++) {
    const text_edit *e = &edits->items[i];
    if (text_buffer_append(out, z + at, e->start - at, err) != TEXT_OK ||
        text_buffer_append(out, e->after, e->after_len, err) != TEXT_OK) {
      return err->status;
    }
    at = e->end;
  }
  return text_buffer_append(out, z + at, n - at, err);
}
