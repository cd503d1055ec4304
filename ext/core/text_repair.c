/*
** Repairs of damaged report text: see text_repair.h.
*/
#include "text_repair.h"
#include "chars.h"
#include "linewrap.h"
#include "mem.h"
#include "outline.h"
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
** mark. Spans are mapped from UTF-16 back to bytes as the scan advances. */
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
  utf16_cursor_advance(&c->cursor, d->at + 1);
  e.end = c->cursor.bytes;
  e.after_len = (size_t)utf8_encode(d->merge->character, e.after);
  e.after_len += (size_t)utf8_encode(d->merge->mark, e.after + e.after_len);
  e.reason = REPAIR_GBK_MERGE;
  return add_edit(c->edits, &e, err);
}

static text_status find_gbk(const gbk_table *gbk, word_iter *words, const unsigned char *z,
                            size_t n, stop_fn stop, void *ctx, text_edits *out,
                            text_error *err)
{
  utf16_buffer text = {0};
  if (utf16_set_utf8(&text, z, n, err) == TEXT_OK) {
    gbk_collect c = {out, {0}};
    utf16_cursor_init(&c.cursor, text.s);
    gbk_repair_scan(gbk, words, text.s, text.len, collect_gbk, &c, stop, ctx, err);
  }
  utf16_buffer_trim(&text, 0);
  return err->status;
}

/* The first byte of s[pos..n) that is not a space or a zero-width character. */
static size_t skip_spaces(const unsigned char *s, size_t n, size_t pos)
{
  while (pos < n) {
    size_t next = pos;
    uint32_t c = utf8_next(s, n, &next);
    if (char_fold(c) != ' ' && !char_is_ignorable(c)) break;
    pos = next;
  }
  return pos;
}

/* Does s[from..to) hold a mark that runs a sentence on (，、；：。！？, any width)? */
static int has_clause_mark(const unsigned char *s, size_t from, size_t to)
{
  while (from < to) {
    uint32_t c = char_fold(utf8_next(s, to, &from));
    if (c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == 0x3001 || c == 0x3002) {
      return 1;
    }
  }
  return 0;
}

/* Does joining the Han characters before byte `end` and from byte `next` make a word that
** spans the join (坚持走新型工 / 业化道路: 工业)? */
static text_status joins_a_word(word_iter *words, const unsigned char *s, size_t n, size_t end,
                                size_t next, int *word, text_error *err)
{
  UChar window[16];
  int32_t k = 0, cut;
  size_t pos = end;
  *word = 0;
  while (pos > 0 && k < 6) { /* up to six characters back, read backwards */
    size_t prev = utf8_prev(s, pos);
    size_t at = prev;
    uint32_t c = utf8_next(s, n, &at);
    if (c > 0xFFFF || !char_is_han(c)) break;
    window[k++] = (UChar)c;
    pos = prev;
  }
  for (int32_t i = 0; i < k / 2; i++) { /* into reading order */
    UChar t = window[i];
    window[i] = window[k - 1 - i];
    window[k - 1 - i] = t;
  }
  cut = k;
  pos = next;
  while (pos < n && k < (int32_t)(sizeof window / sizeof window[0])) {
    uint32_t c = utf8_next(s, n, &pos);
    if (c > 0xFFFF || !char_is_han(c)) break;
    window[k++] = (UChar)c;
  }
  if (cut == 0 || cut == k) return TEXT_OK;
  int boundary;
  if (word_is_boundary(words, window, k, cut, &boundary, err) != TEXT_OK) return err->status;
  *word = !boundary;
  return TEXT_OK;
}

/* Does a GBK edit give back a 。 (its replacement ends with one)? */
static int restores_full_stop(const text_edit *e)
{
  static const unsigned char full_stop[] = {0xE3, 0x80, 0x82}; /* 。 */
  return e->after_len >= sizeof full_stop &&
         memcmp(e->after + e->after_len - sizeof full_stop, full_stop, sizeof full_stop) == 0;
}

/* Hard wraps, as the outline parse decides them (linewrap.h with the outline's knowledge of
** which markers open sections). Joining lines changes the text, so gwr_repair() asks for
** more than the outline needs to read titles: the line is running prose (a clause mark in
** it, or at its end), or the break cuts a word in two, or it cuts a date line. Each wrap
** becomes an edit that removes the line break and the spaces around it, as linewrap_join()
** reads the text. */
static text_status find_wraps(word_iter *words, const unsigned char *z, size_t n,
                              const text_edits *gbk, stop_fn stop, void *ctx, text_edits *out,
                              text_error *err)
{
  size_t g = 0; /* the next GBK edit not before the current line's end */
  outline *o = NULL;
  int parsed = outline_parse_ex(z, n, 0, stop, ctx, &o);
  if (parsed != OUTLINE_OK) return parsed == OUTLINE_INTERRUPTED ? text_stopped(err) : text_nomem(err);
  linewrap_reader r;
  outline_reader_init(o, &r);
  size_t asked = 0;
  while (linewrap_reader_next(&r)) {
    if (stop && r.line.start - asked >= STOP_EVERY_BYTES) {
      asked = r.line.start;
      if (stop(ctx, asked)) {
        text_stopped(err);
        break;
      }
    }
    if (!linewrap_reader_joins(&r) || r.line.next >= n) continue;
    text_edit e;
    memset(&e, 0, sizeof e);
    e.start = r.line.text_end;
    e.end = skip_spaces(z, n, r.line.next);
    e.reason = REPAIR_HARD_WRAP;
    /* A merge at the end of the line that restores a full stop ends the sentence there
    ** (夯实基矗 / 新段落 is 夯实基础。 and a new paragraph). */
    while (g < gbk->n && gbk->items[g].end < e.start) g++;
    if (g < gbk->n && gbk->items[g].end == e.start && restores_full_stop(&gbk->items[g])) {
      continue;
    }
    int evident = r.line.end_kind == LINEWRAP_END_COMMA ||
                  (r.line.flags & LINEWRAP_DATE_OPEN) ||
                  has_clause_mark(z, r.line.text_start, r.line.text_end);
    if (!evident && joins_a_word(words, z, n, e.start, e.end, &evident, err) != TEXT_OK) break;
    if (evident && add_edit(out, &e, err) != TEXT_OK) break;
  }
  outline_free(o);
  return err->status;
}

/* Merges the wrap edits into the GBK edits (both in document order) and fills in the
** character offsets of all of them in one walk. */
static text_status merge_edits(const unsigned char *z, text_edits *gbk, text_edits *wraps,
                               text_edits *out, text_error *err)
{
  size_t i = 0, j = 0, at = 0, chars = 0;
  while (i < gbk->n || j < wraps->n) {
    int take_gbk = j == wraps->n || (i < gbk->n && gbk->items[i].start < wraps->items[j].start);
    text_edit e = take_gbk ? gbk->items[i++] : wraps->items[j++];
    chars += utf8_length(z + at, e.start - at);
    e.char_start = chars;
    chars += utf8_length(z + e.start, e.end - e.start);
    e.char_end = chars;
    at = e.end;
    if (add_edit(out, &e, err) != TEXT_OK) return err->status;
  }
  return TEXT_OK;
}

text_status text_repair_find(const gbk_table *gbk, const unsigned char *z, size_t n,
                             text_edits *out, text_error *err)
{
  return text_repair_find_ex(gbk, z, n, NULL, NULL, out, err);
}

text_status text_repair_find_ex(const gbk_table *gbk, const unsigned char *z, size_t n,
                                stop_fn stop, void *ctx, text_edits *out, text_error *err)
{
  text_edits merged = {0}, wraps = {0};
  word_iter words = {0};
  if (word_iter_open(&words, err) == TEXT_OK &&
      find_gbk(gbk, &words, z, n, stop, ctx, &merged, err) == TEXT_OK &&
      find_wraps(&words, z, n, &merged, stop, ctx, &wraps, err) == TEXT_OK) {
    merge_edits(z, &merged, &wraps, out, err);
  }
  word_iter_close(&words);
  text_edits_free(&merged);
  text_edits_free(&wraps);
  return err->status;
}

text_status text_repair_apply(const unsigned char *z, size_t n, const text_edits *edits,
                              text_buffer *out, text_error *err)
{
  /* the repaired text's size, reserved at once: appends would double past it */
  size_t added = 0, removed = 0;
  for (size_t i = 0; i < edits->n; i++) {
    added += edits->items[i].after_len;
    removed += edits->items[i].end - edits->items[i].start;
  }
  if (text_buffer_reserve(out, n + added - removed, err) != TEXT_OK) return err->status;
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
